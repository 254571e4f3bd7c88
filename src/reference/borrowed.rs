//! Borrowed paths: a series with one observation carried forward along a reference region's
//! trajectory (its province, its nation), shifted on the working scale to start from the
//! region's value, with the regional spread of [`crate::RegionalSpread`] added on the logit
//! scale; and which reference is borrowed.

use crate::error::{Error, Result};
use crate::indicator::{Bounds, Indicator};
use crate::math::{normal_cdf, normal_quantile};
use crate::model::{Fitted, Model, Transform};
use crate::panel::{Panel, SeriesView};
use crate::projection::{
    effective_target, probability_from_cdf, probability_shifted, project, working_target,
    IntervalMethod, Level, Uncertainty,
};
use crate::projection::{Forecast, Projected};
use crate::target::Comparator;

use super::RegionalSpread;

/// An interval: (lower, upper, how).
pub(crate) type Band = (f64, f64, IntervalMethod);
/// A reference's name, its fit, and its observations.
pub(crate) type ReferenceFit<'p> = (&'p str, Fitted, SeriesView<'p>);

/// A reference series' observations, used to carry a region's single value forward with the
/// reference's growth.
pub(crate) struct Anchor<'p> {
    /// Year-end observations of the reference (borrowed from the panel).
    pub(crate) reference: SeriesView<'p>,
    /// g(region's last value) − reference path at the region's last year.
    pub(crate) shift: f64,
    /// The region's observation year.
    pub(crate) year: i32,
}

/// A projection path: a fitted trajectory, or a reference's, shifted on the working scale to
/// start from the region's last value.
pub(crate) struct Path<'f> {
    pub(crate) fit: &'f Fitted,
    pub(crate) how: Uncertainty<'f>,
    pub(crate) level: Level,
    pub(crate) anchor: Option<&'f Anchor<'f>>,
    /// The regional spread added to a borrowed path on the logit scale.
    pub(crate) spread: Option<RegionalSpread>,
}

/// The reference's growth path z(t) on the working scale: its observations (linearly
/// interpolated) where it was observed, its fitted growth before the first and its projection
/// (anchored at the last observation) after the last.
pub(crate) fn reference_path(fit: &Fitted, reference: SeriesView<'_>, year: i32) -> f64 {
    let g = fit.transform();
    let (years, values) = (reference.years(), reference.values());
    let (first, last) = (reference.first(), reference.last());
    let t = f64::from(year);
    if year <= first.0 {
        fit.center_at(t) - fit.center_at(f64::from(first.0)) + g.forward(first.1)
    } else if year >= last.0 {
        fit.anchored_center(t)
    } else {
        let k = years.partition_point(|&y| y <= year);
        let (ya, yb) = (years[k - 1], years[k]);
        let (za, zb) = (g.forward(values[k - 1]), g.forward(values[k]));
        let w = f64::from(year - ya) / f64::from(yb - ya);
        za + w * (zb - za)
    }
}

impl Path<'_> {
    fn transform(&self) -> Transform {
        self.fit.transform()
    }

    /// Working-scale offset between this path and the fit's own projection centre at `year`.
    fn offset(&self, year: i32) -> f64 {
        match self.anchor {
            None => 0.0,
            Some(a) => {
                a.shift + reference_path(self.fit, a.reference, year)
                    - self.fit.anchored_center(f64::from(year))
            }
        }
    }

    /// A borrowed path with a regional spread at `year`: a split normal on the working scale
    /// (centre, sd below, sd above) — the reference's interval read as a normal's on each side
    /// of its projection (a calibrated interval is often skewed: kept so), the spread added in
    /// quadrature to both, so the interval only widens. `None` for other paths, or at or
    /// before the region's observation.
    fn borrowed(&self, year: i32) -> Option<(f64, f64, f64)> {
        let (anchor, spread) = (self.anchor?, self.spread?);
        let h = f64::from(year - anchor.year);
        if h <= 0.0 {
            return None;
        }
        let p = project(self.fit, year, self.level, self.how).ok()?;
        let g = self.transform();
        let off = self.offset(year);
        let q = normal_quantile(0.5 + 0.5 * self.level.get());
        let z = g.forward(p.value());
        let (below, above) = p.interval().map_or((0.0, 0.0), |i| {
            (
                ((z - g.forward(i.lower())) / q).max(0.0),
                ((g.forward(i.upper()) - z) / q).max(0.0),
            )
        });
        let s = spread.sd(h);
        let (lo, hi) = (
            (below * below + s * s).sqrt(),
            (above * above + s * s).sqrt(),
        );
        let centre = z + off;
        (centre.is_finite() && lo.is_finite() && hi.is_finite()).then_some((centre, lo, hi))
    }

    /// Projection (value, lower, upper, method) at `year`.
    pub(crate) fn project(&self, year: i32, level: Level) -> Result<(f64, Option<Band>)> {
        if let Some((centre, below, above)) = self.borrowed(year) {
            let g = self.transform();
            let q = normal_quantile(0.5 + 0.5 * level.get());
            let value = g.inverse(centre);
            if !value.is_finite() {
                return Err(Error::Overflow {
                    what: "the projected value",
                });
            }
            let (lo, hi) = (g.inverse(centre - q * below), g.inverse(centre + q * above));
            let band = (lo.min(value), hi.max(value), IntervalMethod::Borrowed);
            return Ok((
                value,
                Some(band).filter(|b| b.0.is_finite() && b.1.is_finite()),
            ));
        }
        let p = project(self.fit, year, level, self.how)?;
        let off = self.offset(year);
        if off == 0.0 {
            let i = p.interval().map(|i| (i.lower(), i.upper(), i.method()));
            return Ok((p.value(), i));
        }
        let g = self.transform();
        let shift = |v: f64| g.inverse(g.forward(v) + off);
        let value = shift(p.value());
        if !value.is_finite() {
            return Err(Error::Overflow {
                what: "the projected value",
            });
        }
        let interval = p.interval().map(|i| {
            (
                shift(i.lower()).min(value),
                shift(i.upper()).max(value),
                i.method(),
            )
        });
        Ok((
            value,
            interval.filter(|i| i.0.is_finite() && i.1.is_finite()),
        ))
    }

    fn probability(&self, year: i32, c: Comparator, target: f64) -> Option<f64> {
        if let Some((centre, below, above)) = self.borrowed(year) {
            let g = self.transform();
            // The split normal's CDF: each side its own sd, ½ at the centre.
            return probability_from_cdf(c, target, |v| {
                let z = working_target(g, v) - centre;
                normal_cdf(z / if z < 0.0 { below } else { above })
            });
        }
        probability_shifted(self.fit, year, c, target, self.how, self.offset(year))
    }

    /// First year from `from` on whose projected value meets the target.
    fn year_reached(&self, from: i32, c: Comparator, target: f64) -> Option<i32> {
        if self.anchor.is_none() {
            return crate::projection::year_reached_under(
                self.fit,
                from,
                crate::projection::YEAR_REACHED_HORIZON,
                c,
                target,
                self.how,
            );
        }
        let g = self.transform();
        let t = effective_target(g, target);
        let keep = self.how.keep(g);
        let (z_last, drift, t_last) = (self.fit.z_last(), self.fit.drift(), self.fit.last().0);
        // The reference path interpolates observations, which need not be monotone: scan.
        (from..=from.saturating_add(crate::projection::YEAR_REACHED_HORIZON)).find(|&y| {
            let centre = keep.centre(crate::projection::After {
                anchored: self.fit.anchored_center(f64::from(y)),
                z_last,
                drift_change: drift * f64::from(y - t_last),
            });
            c.holds(g.inverse(centre + self.offset(y)), t)
        })
    }
}

impl Forecast for Path<'_> {
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>) {
        let p = self.project(year, self.level).ok();
        (p, self.probability(year, comparator, target))
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        Path::year_reached(self, from, comparator, target)
    }

    fn cdf(&self, year: i32, v: f64) -> Option<f64> {
        self.probability(year, Comparator::Le, v)
    }
}

/// The model a reference series is fitted with when its growth is borrowed: on the scale where
/// growth transfers between regions of different size — logit for bounded shares, log for
/// positive quantities. `None` when neither applies (absolute changes do not transfer).
fn reference_model(bounds: Bounds, region_value: f64, reference: &[f64]) -> Option<Model> {
    if let Some((lower, upper)) = bounds.both() {
        let t = Transform::Logit { lower, upper };
        if t.admits(region_value) && reference.iter().all(|&v| t.admits(v)) {
            return Some(Model::Logistic { lower, upper });
        }
    }
    (region_value > 0.0 && reference.iter().all(|&v| v > 0.0)).then_some(Model::Exponential)
}

/// The reference regions a region's series may borrow from, in order of preference: the
/// caller's list, or the region's province then `china` — one definition for borrowed paths and
/// for the context of regions without observations.
#[derive(Debug, Clone, Copy)]
pub(crate) struct References<'p> {
    pub(crate) panel: &'p Panel,
    /// The caller's list ([`crate::AssessOptions::references`]), or `None` for the default.
    pub(crate) names: Option<&'p [String]>,
}

impl<'p> References<'p> {
    /// The candidate references of `region`, itself excluded: borrowed, nothing allocated.
    pub(crate) fn of(self, region: &'p str) -> impl Iterator<Item = &'p str> + Clone + 'p {
        let default: [Option<&'p str>; 2] = [
            self.panel
                .region(region)
                .and_then(|r| r.province.as_deref()),
            Some("china"),
        ];
        let listed = self.names.into_iter().flatten().map(String::as_str);
        let default = self
            .names
            .is_none()
            .then_some(default)
            .into_iter()
            .flatten()
            .flatten();
        listed.chain(default).filter(move |&n| n != region)
    }

    /// The reference series to borrow growth from for a single observation `last` of
    /// `region`: the first candidate with ≥ 3 year-end observations that can be fitted on a
    /// transferable scale ([`reference_model`]), else the first with 2 (a bare growth rate,
    /// without an interval).
    pub(crate) fn fit(
        self,
        region: &'p str,
        indicator: &Indicator,
        last: (i32, f64),
    ) -> Option<ReferenceFit<'p>> {
        let panel = self.panel;
        let candidate = |name: &'p str, min_len: usize| {
            let s = panel.series_view(name, &indicator.id)?;
            if s.len() < min_len {
                return None;
            }
            let model = reference_model(indicator.bounds, last.1, s.values())?;
            let fit = model
                .fit_validated(s.years(), s.values(), indicator.bounds)
                .ok()?;
            Some((name, fit, s))
        };
        self.of(region)
            .find_map(|n| candidate(n, 3))
            .or_else(|| self.of(region).find_map(|n| candidate(n, 2)))
    }
}
