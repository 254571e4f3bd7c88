//! The panel driver: every target of a panel assessed with one set of options, in parallel,
//! with the same answer on any number of threads.
//!
//! One closure assesses one target; [`assess_panel`] maps it over the targets with rayon's
//! `par_iter`, [`assess_panel_serial`] with `iter`. Each target's result depends only on the
//! panel and the options (calibrations are computed first, per indicator, and are themselves
//! deterministic), and `collect` keeps input order, so the report is bit-identical for 1, 2 or
//! 64 threads.
//!
//! The driver only resolves what a target is compared with; the rules live elsewhere: one
//! series against one target in [`super::one`], borrowed paths, reference classes and their
//! pooling in [`crate::reference`], calibration in [`super::calibrate`], the row in
//! [`crate::report`].

mod classes;
mod one_target;

use std::collections::{BTreeMap, HashMap};

use crate::par::*;

use self::classes::ClassPools;
use self::one_target::assess_target;
use super::calibrate::{calibration_for, class_calibration, model_for, CalibrationSpec};
use super::options::AssessOptions;
use crate::calibration::Calibration;
use crate::feasibility::{Reason, Status};
use crate::indicator::Indicator;
use crate::model::{Fitted, Transform};
use crate::panel::{Panel, SeriesView};
use crate::projection::Uncertainty;
use crate::reference::borrowed::{reference_path, Anchor, Path, References};
use crate::reference::intensity::Intensities;
use crate::reference::{ReferenceClass, RegionalSpread};
use crate::report::{
    Assessment, CalibratedOn, Report, SeriesProjection, Source, Trajectory, TrajectoryPoint, Trend,
};
use crate::target::{Comparator, Target, TargetValue};

pub(super) use self::one_target::with_outcome;

/// Where a series' projection comes from: its own fit, or a reference's fit anchored to its
/// single value, and the typed source the row reports.
pub(super) struct Drawn<'p> {
    fit: Fitted,
    anchor: Option<Anchor<'p>>,
    source: Source,
}

/// Assesses targets and projects series of one panel with one set of options.
///
/// Building it computes the per-indicator calibrations once (in parallel); after that every
/// [`Assessor::assess`] and [`Assessor::trajectory`] call is independent of the others, which
/// is what makes [`assess_panel`] deterministic on any number of threads.
#[derive(Debug)]
pub struct Assessor<'p> {
    pub(super) panel: &'p Panel,
    pub(super) opts: &'p AssessOptions,
    calibrations: BTreeMap<&'p str, Calibration>,
    /// Calibrations pooled over the indicators of one kind, for indicators with too few
    /// series of their own (keyed by the indicators that use them).
    pooled: BTreeMap<&'p str, (ReferenceClass, std::sync::Arc<Calibration>)>,
    /// Reference-class pools, built on the first single observation that needs one.
    classes: std::sync::OnceLock<ClassPools>,
    /// Regions' relative intensities, built on the first count or money target that needs them.
    pub(super) intensities: std::sync::OnceLock<Intensities>,
    /// Aggregates' projections for intensity paths, by (aggregate, indicator, first, last year).
    pub(super) aggregate_paths: std::sync::Mutex<AggregatePaths>,
}

/// [`Assessor::aggregate_paths`].
pub(super) type AggregatePaths = HashMap<
    (String, String, i32, i32),
    Option<std::sync::Arc<Vec<crate::reference::intensity::AggregatePoint>>>,
>;

impl<'p> Assessor<'p> {
    /// Prepares an assessor, computing calibrations on rayon's current pool.
    pub fn new(panel: &'p Panel, opts: &'p AssessOptions) -> Self {
        Self::build(panel, opts, true)
    }

    /// Prepares an assessor on the calling thread only.
    pub fn new_serial(panel: &'p Panel, opts: &'p AssessOptions) -> Self {
        Self::build(panel, opts, false)
    }

    /// Assesses one target of the panel.
    pub fn assess(&self, target: &Target) -> Assessment {
        assess_target(self, target)
    }

    /// Assesses every target of the panel in report order on rayon's current pool, calling
    /// `progress(k)` as every k targets complete (k ≤ 1,024), from worker threads: what
    /// [`assess_panel_with_progress`] does after building the assessor, so that a caller can
    /// time (or show) the calibration that [`Assessor::new`] does apart from the assessment.
    pub fn assess_all(&self, progress: &(dyn Fn(usize) + Sync)) -> Report {
        let targets = ordered_targets(self.panel);
        let rows = targets
            .par_chunks(PROGRESS_STEP)
            .flat_map_iter(|chunk| {
                let out: Vec<Assessment> = chunk.iter().map(|t| assess_target(self, t)).collect();
                progress(chunk.len());
                out
            })
            .collect();
        Report {
            level: self.opts.level.get(),
            rows,
        }
    }

    /// The calibration the indicator's trajectories use — its own, or the one pooled over its
    /// reference class ([`Assessment::calibrated_on`] says which) — or `None` (random-walk
    /// intervals). The same calibration given to [`crate::BatchSpec::with_uncertainty`] makes the
    /// batch path's rows equal the panel's own-series rows.
    pub fn calibration(&self, indicator: &str) -> Option<&Calibration> {
        self.calibrations
            .get(indicator)
            .or_else(|| self.pooled.get(indicator).map(|(_, c)| &**c))
    }

    /// The projected path of (region, indicator) for every year in `years`, from the series'
    /// own fit or, for a single observation, a reference's; `None` when there is neither.
    pub fn trajectory(
        &self,
        region: &str,
        indicator: &str,
        years: std::ops::RangeInclusive<i32>,
    ) -> Option<Trajectory> {
        let ind = self.panel.indicator(indicator)?;
        let series = self.panel.series_view(region, indicator)?;
        let src = match self.drawn(region, ind, series).ok()? {
            Some(src) => src,
            None if series.len() == 1 && self.opts.reference_classes => {
                return self.class_trajectory(region, ind, series.last(), years);
            }
            None => return None,
        };
        let path = self.path(&src, indicator);
        let points = years
            .filter_map(|y| {
                let (value, band) = path.project(y, self.opts.level).ok()?;
                let (value, band) = crate::projection::within_bounds(ind.bounds, value, band);
                Some(TrajectoryPoint {
                    year: y,
                    value,
                    interval: band.map(|b| (b.0, b.1)),
                })
            })
            .collect();
        Some(Trajectory {
            region: region.to_owned(),
            indicator: indicator.to_owned(),
            source: src.source,
            points,
        })
    }

    pub(super) fn path<'s>(&'s self, src: &'s Drawn<'p>, indicator: &str) -> Path<'s> {
        Path {
            fit: &src.fit,
            how: self.uncertainty(indicator),
            level: self.opts.level,
            anchor: src.anchor.as_ref(),
            spread: self.spread(src.fit.transform(), indicator),
        }
    }

    /// The regional spread a borrowed path on scale `g` is widened by: the shares' on the
    /// logit scale, the class's for counts and money on the log scale.
    fn spread(&self, g: Transform, indicator: &str) -> Option<RegionalSpread> {
        match g {
            Transform::Logit { .. } => self.opts.regional_spread,
            Transform::Log if self.opts.quantity_spread => self
                .panel
                .indicator(indicator)
                .and_then(ReferenceClass::of)
                .filter(|c| *c != ReferenceClass::Share)
                .map(RegionalSpread::of),
            _ => None,
        }
    }

    /// The series' own fit (≥ 2 observations) or a reference's (1 observation); `Ok(None)`
    /// when a single observation has no usable reference.
    fn drawn(
        &self,
        region: &'p str,
        indicator: &Indicator,
        series: SeriesView<'p>,
    ) -> Result<Option<Drawn<'p>>, Reason> {
        if series.is_empty() {
            return Err(Reason::NoObservations);
        }
        let last = series.last();
        if series.len() >= 2 {
            return self.own(indicator, series).map(Some);
        }
        Ok(self
            .references()
            .fit(region, indicator, last)
            .map(|(name, fit, reference)| {
                let g = fit.transform();
                let shift = g.forward(last.1) - reference_path(&fit, reference, last.0);
                let source = Source::Reference {
                    region: name.to_owned(),
                    model: fit.kind(),
                };
                Drawn {
                    fit,
                    anchor: Some(Anchor {
                        reference,
                        shift,
                        year: last.0,
                    }),
                    source,
                }
            }))
    }

    /// A series' own fit (≥ 2 observations, validated by the panel) with the options' model,
    /// continued as the indicator's calibration says.
    pub(super) fn own<'s>(
        &self,
        indicator: &Indicator,
        series: SeriesView<'s>,
    ) -> Result<Drawn<'s>, Reason> {
        let fit = model_for(self.opts.model, indicator)
            .fit_validated(series.years(), series.values(), indicator.bounds)
            .map_err(|_| Reason::FitFailed)?;
        let keep = self.uncertainty(&indicator.id).keep(fit.transform());
        let source = Source::Own {
            model: fit.kind(),
            trend: Trend::of(keep.beta, keep.omega),
        };
        Ok(Drawn {
            fit,
            anchor: None,
            source,
        })
    }

    fn build(panel: &'p Panel, opts: &'p AssessOptions, parallel: bool) -> Self {
        let (mut calibrations, mut pooled) = (BTreeMap::new(), BTreeMap::new());
        if opts.calibrate {
            let spec = CalibrationSpec {
                model: opts.model,
                rule: opts.continuation_rule(),
                parallel,
            };
            let ids: Vec<&str> = panel.indicators().iter().map(|i| i.id.as_str()).collect();
            let one = |id: &&'p str| calibration_for(panel, id, spec).map(|c| (*id, c));
            calibrations = if parallel {
                ids.par_iter().filter_map(one).collect()
            } else {
                ids.iter().filter_map(one).collect()
            };
            // Indicators without a calibration of their own borrow their kind's.
            let mut wanting: BTreeMap<ReferenceClass, Vec<&'p str>> = BTreeMap::new();
            for ind in panel.indicators() {
                if let (false, Some(class)) = (
                    calibrations.contains_key(ind.id.as_str()),
                    ReferenceClass::of(ind),
                ) {
                    wanting.entry(class).or_default().push(ind.id.as_str());
                }
            }
            for (class, ids) in wanting {
                if let Some(cal) = class_calibration(panel, class, spec) {
                    let cal = std::sync::Arc::new(cal);
                    for id in ids {
                        pooled.insert(id, (class, cal.clone()));
                    }
                }
            }
        }
        Assessor {
            panel,
            opts,
            calibrations,
            pooled,
            classes: std::sync::OnceLock::new(),
            intensities: std::sync::OnceLock::new(),
            aggregate_paths: std::sync::Mutex::default(),
        }
    }

    /// Which calibration the indicator's trajectories use: its own series', the one pooled
    /// over the indicators of its kind, or none.
    fn calibrated_on(&self, indicator: &str) -> Option<CalibratedOn> {
        if self.calibrations.contains_key(indicator) {
            Some(CalibratedOn::Indicator)
        } else {
            self.pooled
                .get(indicator)
                .map(|(class, _)| CalibratedOn::Class { class: *class })
        }
    }

    /// The reference regions series of this panel borrow from.
    pub(super) fn references(&self) -> References<'p> {
        References {
            panel: self.panel,
            names: self.opts.references.as_deref(),
        }
    }

    fn uncertainty(&self, indicator: &str) -> Uncertainty<'_> {
        Uncertainty::default_with(self.calibration(indicator))
    }
}

/// The plan's baseline year: the year before its period starts ("十三五期末" 2020 for a
/// 2021–2025 plan), when the region names its plan period.
pub(super) fn plan_baseline_year(panel: &Panel, region: &str) -> Option<i32> {
    panel
        .region(region)
        .and_then(|r| r.period_start)
        .map(|y| y - 1)
}

/// The order of the report: region (as listed in the panel), indicator (as listed), target
/// year, then input order.
fn ordered_targets(panel: &Panel) -> Vec<&Target> {
    let mut v: Vec<(usize, usize, i32, usize, &Target)> = panel
        .targets()
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let r = panel.region_position(&t.region).unwrap_or(usize::MAX);
            let i = panel.indicator_position(&t.indicator).unwrap_or(usize::MAX);
            (r, i, t.year, k, t)
        })
        .collect();
    v.sort_by_key(|x| (x.0, x.1, x.2, x.3));
    v.into_iter().map(|x| x.4).collect()
}

/// Assesses every target of the panel in parallel on rayon's current thread pool.
///
/// To fix the thread count, run it inside `rayon::ThreadPoolBuilder::new().num_threads(n)
/// .build()?.install(|| assess_panel(...))`. The result does not depend on it (without the
/// `parallel` feature it runs on the calling thread).
///
/// ```
/// use plancast::io::{load_panel, PanelSources};
/// use plancast::{assess_panel, AssessOptions, Status};
/// let obs = "region,indicator,year,value\nr,users,2019,100\nr,users,2020,110\nr,users,2021,121\n";
/// let targets = "region,indicator,year,comparator,value\nr,users,2025,>=,200\n";
/// let panel = load_panel(
///     PanelSources::new()
///         .with_observations(obs.as_bytes(), "obs.csv")
///         .with_targets(targets.as_bytes(), "targets.csv"),
/// )?;
/// let report = assess_panel(&panel, &AssessOptions::default());
/// let row = &report.rows[0];
/// // 10 % a year since 2019 against the 12.2 % that 100 → 200 over 2019–2025 needs: moderate;
/// // the trajectory reaches 121 · 1.1⁴ = 177 by 2025, short of 200.
/// assert_eq!(row.verdict.status(), Status::Moderate);
/// assert!(row.projected.is_some_and(|v| (v - 177.16).abs() < 0.01), "{:?}", row.projected);
/// # Ok::<(), plancast::Error>(())
/// ```
pub fn assess_panel(panel: &Panel, opts: &AssessOptions) -> Report {
    assess_panel_with_progress(panel, opts, &|_| {})
}

/// Targets between two calls of the progress callback.
pub(crate) const PROGRESS_STEP: usize = 1024;

/// [`assess_panel`], calling `progress(k)` as every k targets complete (k ≤
/// 1,024), from worker threads, for a progress bar. The report is unaffected.
pub fn assess_panel_with_progress(
    panel: &Panel,
    opts: &AssessOptions,
    progress: &(dyn Fn(usize) + Sync),
) -> Report {
    Assessor::new(panel, opts).assess_all(progress)
}

/// Projects every series of the panel to `year` (in parallel, in `series_keys` order), along
/// the very trajectory [`assess_panel`] would judge a target of that year with — the series' own
/// fit and continuation, a reference's path or the reference class for a single observation,
/// pooled with the class for a share — so a projection and a report row of the same series and
/// year agree. A series observed in or after `year` gets no projection
/// ([`SeriesProjection::reason`] is `None` and the last observation says why); one without a
/// trajectory gets the reason.
pub fn project_panel(panel: &Panel, opts: &AssessOptions, year: i32) -> Vec<SeriesProjection> {
    let ctx = Assessor::new(panel, opts);
    let keys: Vec<(&str, &str)> = panel.series_keys().collect();
    keys.par_iter()
        .filter_map(|&(region, ind)| {
            let s = panel.series_view(region, ind)?;
            let last = (!s.is_empty()).then(|| s.last())?;
            // The row of a target "at least the last value" in `year`: its projection is the
            // series' own, whatever the target.
            let probe = Target::new(
                region,
                ind,
                year,
                Comparator::Ge,
                TargetValue::Numeric(last.1),
            );
            let row = assess_target(&ctx, &probe);
            let reason = match row.verdict.status() {
                Status::NotAssessable(r) if row.projected.is_none() => Some(r),
                _ => None,
            };
            Some(SeriesProjection {
                region: region.to_owned(),
                indicator: ind.to_owned(),
                year,
                source: row.source,
                n: s.len(),
                last,
                projected: row.projected,
                interval: row.lower.zip(row.upper),
                interval_method: row.interval_method,
                reason,
            })
        })
        .collect()
}

/// [`assess_panel`] on the calling thread only: the same closure, `iter` for `par_iter`.
pub fn assess_panel_serial(panel: &Panel, opts: &AssessOptions) -> Report {
    let ctx = Assessor::new_serial(panel, opts);
    let targets = ordered_targets(panel);
    let rows = targets.iter().map(|t| assess_target(&ctx, t)).collect();
    Report {
        level: opts.level.get(),
        rows,
    }
}
