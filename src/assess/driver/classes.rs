//! The reference classes of the panel driver: the growth records of every series pooled by
//! class ([`ClassPools`]), and a single observation carried by its class's path.

use std::collections::{BTreeMap, HashMap};

use super::Assessor;
use crate::feasibility::Reason;
use crate::indicator::Indicator;
use crate::model::Transform;
use crate::panel::Panel;
use crate::projection::Forecast;
use crate::reference::class::ClassPath;
use crate::reference::{ClassGrowth, ReferenceClass};
use crate::report::{Source, Trajectory, TrajectoryPoint};
use crate::target::Comparator;

impl<'p> Assessor<'p> {
    /// [`Assessor::trajectory`] of a single observation carried by its reference class: the
    /// class's median and interval at each year after the observation.
    pub(super) fn class_trajectory(
        &self,
        region: &str,
        indicator: &Indicator,
        last: (i32, f64),
        years: std::ops::RangeInclusive<i32>,
    ) -> Option<Trajectory> {
        let path = self.class_path(indicator, last).ok()?;
        let points: Vec<TrajectoryPoint> = years
            .filter_map(|y| {
                if y == last.0 {
                    return Some((y, last.1, None));
                }
                if y < last.0 {
                    return None;
                }
                let (value, band) = path.project_and_probability(y, Comparator::Ge, last.1).0?;
                let (value, band) = crate::projection::within_bounds(indicator.bounds, value, band);
                Some((y, value, band.map(|b| (b.0, b.1))))
            })
            .map(|(year, value, interval)| TrajectoryPoint {
                year,
                value,
                interval,
            })
            .collect();
        (points.len() > 1).then(|| Trajectory {
            region: region.to_owned(),
            indicator: indicator.id.clone(),
            source: Source::Class {
                class: path.pool.class(),
            },
            points,
        })
    }

    /// The share class's path from a series' last observation, to pool with the series' own
    /// trajectory; `None` for other classes (not validated on real panels) or outside the
    /// logit scale.
    pub(super) fn share_class_path(
        &self,
        region: &str,
        indicator: &Indicator,
        last: (i32, f64),
    ) -> Option<(ClassPath<'_>, Transform)> {
        if ReferenceClass::of(indicator) != Some(ReferenceClass::Share) {
            return None;
        }
        let k = self
            .classes
            .get_or_init(|| class_pools(self.panel))
            .index
            .get(&(region.to_owned(), indicator.id.clone()))
            .copied();
        let path = self.class_path(indicator, last).ok()?.without(k);
        let g = path.g;
        Some((path, g))
    }

    /// A single observation carried by its indicator's reference class, or why it cannot be.
    pub(super) fn class_path(
        &self,
        indicator: &Indicator,
        last: (i32, f64),
    ) -> Result<ClassPath<'_>, Reason> {
        let class = ReferenceClass::of(indicator).ok_or(Reason::NoReferenceClass)?;
        let pool = self
            .classes
            .get_or_init(|| class_pools(self.panel))
            .pools
            .get(&class)
            .ok_or(Reason::NoComparableSeries)?;
        ClassPath::new(pool, class.transform(indicator), last, self.opts.level)
            .ok_or(Reason::NoComparableSeries)
    }
}

/// The growth records of every reference class from every panel series with ≥ 2 year-end
/// observations, in the panel's (sorted) series order.
fn class_pools(panel: &Panel) -> ClassPools {
    let mut pools: BTreeMap<ReferenceClass, ClassGrowth> = BTreeMap::new();
    let mut index: HashMap<(String, String), u32> = HashMap::new();
    for (region, id) in panel.series_keys() {
        let (Some(ind), Some(s)) = (panel.indicator(id), panel.series_view(region, id)) else {
            continue;
        };
        let Some(class) = ReferenceClass::of(ind) else {
            continue;
        };
        if s.len() >= 2 {
            let pool = pools
                .entry(class)
                .or_insert_with(|| ClassGrowth::new(class));
            if pool.add_series(s.years(), s.values(), class.transform(ind)) > 0 {
                let k = pool.series_count() - 1;
                index.insert((region.to_owned(), id.to_owned()), k as u32);
            }
        }
    }
    ClassPools { pools, index }
}

/// The reference-class pools of a panel, and where each series sits in its pool (to leave a
/// series out of the class it is pooled with).
#[derive(Debug, Default)]
pub(super) struct ClassPools {
    pools: BTreeMap<ReferenceClass, ClassGrowth>,
    index: HashMap<(String, String), u32>,
}
