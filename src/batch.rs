//! Assessing every target of a panel, in parallel, with the same answer on any thread count.
//!
//! One closure assesses one target; [`assess_panel`] maps it over the targets with rayon's
//! `par_iter`, [`assess_panel_serial`] with `iter`. Each target's result depends only on the
//! panel and the options (calibrations are computed first, per indicator, and are themselves
//! deterministic), and `collect` keeps input order, so the report is bit-identical for 1, 2 or
//! 64 threads.

use std::collections::BTreeMap;
#[cfg(feature = "io")]
use std::io::Write;

use crate::par::*;
use serde::{Deserialize, Serialize};

use crate::assess::{assess_one, Forecast, Projected};
use crate::calibration::Calibration;
use crate::combine::Combined;
use crate::error::{Error, Result};
#[cfg(feature = "io")]
use crate::feasibility::GrowthBasis;
use crate::feasibility::{Reason, Status, Thresholds};
use crate::indicator::{Bounds, Indicator};
use crate::math::{normal_cdf, normal_quantile};
use crate::model::{Fitted, Model, Transform};
use crate::panel::{Panel, SeriesView};
use crate::projection::{
    effective_target, probability_from_cdf, probability_shifted, project, working_target,
    IntervalMethod, Level, Uncertainty,
};
use crate::reference_class::{ClassGrowth, ClassPath, ReferenceClass};
use crate::series::Series;
use crate::spread::RegionalSpread;
use crate::target::{Comparator, Statistic, Target, TargetKind, TargetValue};
use crate::verdict::{Goal, Verdict};

/// Backtest horizon (years) used to calibrate intervals from a panel's own history: plan
/// targets lie 5–10 years ahead.
pub(crate) const CALIBRATION_HORIZON: usize = 10;
/// How far ahead `year_reached` looks, in years after the last observation.
pub(crate) const YEAR_REACHED_HORIZON: i32 = 100;

/// Options of a panel assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AssessOptions {
    /// Model fitted to every series (default [`Model::Auto`]).
    pub model: Model,
    /// Interval level (default 0.8).
    pub level: Level,
    /// Status cut-offs.
    pub thresholds: Thresholds,
    /// Reference regions to borrow growth from for single-observation series, in order of
    /// preference. `None`: the region's province, then `china`.
    pub references: Option<Vec<String>>,
    /// Calibrate intervals from the panel's own history where it has enough (default true).
    pub calibrate: bool,
    /// How far a region's growth strays from the reference it borrows, for borrowed paths on
    /// the logit scale (default: the estimate from real panels, [`RegionalSpread`]); `None`
    /// keeps the reference's own interval, a lower bound on the uncertainty.
    pub regional_spread: Option<RegionalSpread>,
    /// Judge a single observation with no reference series by its reference class: the growth
    /// of every panel series of the same kind ([`crate::ReferenceClass`]; default true).
    pub reference_classes: bool,
}

impl AssessOptions {
    /// With the model fitted to every series.
    #[must_use]
    pub fn with_model(mut self, model: Model) -> Self {
        self.model = model;
        self
    }

    /// With the interval level.
    #[must_use]
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// With status cut-offs.
    #[must_use]
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Self {
        self.thresholds = thresholds;
        self
    }

    /// With the reference regions single-observation series borrow growth from, in order of
    /// preference (default: the region's province, then `china`).
    #[must_use]
    pub fn with_references(mut self, references: Vec<String>) -> Self {
        self.references = Some(references);
        self
    }

    /// Whether to calibrate intervals from the panel's own history (default true).
    #[must_use]
    pub fn with_calibration(mut self, calibrate: bool) -> Self {
        self.calibrate = calibrate;
        self
    }

    /// With the regional spread of borrowed paths (`None`: the reference's own interval).
    #[must_use]
    pub fn with_regional_spread(mut self, spread: Option<RegionalSpread>) -> Self {
        self.regional_spread = spread;
        self
    }

    /// Whether a single observation without a reference is judged by its reference class
    /// (default true).
    #[must_use]
    pub fn with_reference_classes(mut self, on: bool) -> Self {
        self.reference_classes = on;
        self
    }
}

impl Default for AssessOptions {
    fn default() -> Self {
        AssessOptions {
            model: Model::Auto,
            level: Level::try_new(0.8).expect("0.8 is a level"),
            thresholds: Thresholds::default(),
            references: None,
            calibrate: true,
            regional_spread: Some(RegionalSpread::default()),
            reference_classes: true,
        }
    }
}

/// The assessment of one target: one row of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Assessment {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Target year.
    pub target_year: i32,
    /// Comparator.
    pub comparator: Comparator,
    /// Target value; for a relative target, the benchmark's value that year (if any).
    pub target: Option<f64>,
    /// The benchmark of a relative target (`liaoning`, `inner_mongolia:leading`).
    pub benchmark: Option<String>,
    /// Expected, binding or unstated.
    pub kind: TargetKind,
    /// Last year-end observation: year.
    pub last_year: Option<i32>,
    /// Last year-end observation: value.
    pub last_value: Option<f64>,
    /// The model used: `linear`, `exponential`, `logistic`, ..., or `reference:china/logistic`;
    /// `linear+drift` or `drift:linear` when the indicator's calibration continues the trend
    /// with (or as) the random walk's drift ([`Calibration::blend`]), `…+class:share` when a
    /// share's trajectory is pooled with its reference class.
    pub model: Option<String>,
    /// Projected value at the target year (only for a target year after the last observation).
    pub projected: Option<f64>,
    /// Lower end of the interval.
    pub lower: Option<f64>,
    /// Upper end of the interval.
    pub upper: Option<f64>,
    /// How the interval was computed.
    pub interval: Option<IntervalMethod>,
    /// Probability of meeting the target at the target year.
    pub probability: Option<f64>,
    /// The projected (or, for a past target year, the observed or interpolated) value minus
    /// the target.
    pub gap: Option<f64>,
    /// gap / |target|.
    pub gap_relative: Option<f64>,
    /// For a region with no observation: a same-indicator reference's projection at the target
    /// year, as context (the row stays not assessable).
    pub context: Option<ReferenceContext>,
    /// For a row judged by its reference class: the share of comparable series whose growth
    /// over the same horizon fell short of what the target requires ("requires growth faster
    /// than 93 % of comparable series" is 0.93).
    pub class_percentile: Option<f64>,
    /// The calibration behind the row's interval and probability, when they are calibrated:
    /// `indicator` (the indicator's own series in the panel) or `class:share`,
    /// `class:count`, … (too few series of its own: pooled with every indicator of its kind,
    /// [`ReferenceClass`], each on its own scale).
    pub calibrated_on: Option<String>,
    /// Status, growth figures, progress ratios and years: [`crate::verdict`].
    #[serde(flatten)]
    pub verdict: Verdict,
}

impl Assessment {
    fn blank(t: &Target) -> Self {
        let (target, benchmark) = match &t.value {
            TargetValue::Numeric(v) => (Some(*v), None),
            TargetValue::Relative(b) => (None, Some(b.to_string())),
        };
        Assessment {
            region: t.region.clone(),
            indicator: t.indicator.clone(),
            target_year: t.year,
            comparator: t.comparator,
            target,
            benchmark,
            kind: t.kind,
            last_year: None,
            last_value: None,
            model: None,
            projected: None,
            lower: None,
            upper: None,
            interval: None,
            probability: None,
            gap: None,
            gap_relative: None,
            context: None,
            class_percentile: None,
            calibrated_on: None,
            verdict: Verdict::not_assessable(Reason::NoObservations),
        }
    }

    fn not_assessable(mut self, reason: Reason) -> Self {
        self.verdict = Verdict::not_assessable(reason);
        self
    }
}

/// What a reference series says about a target its region has no observation for: its own
/// projection at the target year (observed value if the year is observed), with the interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReferenceContext {
    /// The reference region (the region's province, the nation, or one named in
    /// [`AssessOptions::references`]).
    pub region: String,
    /// Its value at the target year: observed, or projected.
    pub value: f64,
    /// The projection's interval, when there is one.
    pub interval: Option<(f64, f64)>,
}

/// An interval: (lower, upper, how).
type Band = (f64, f64, IntervalMethod);
/// A reference's name, its fit, and its observations.
type ReferenceFit<'p> = (&'p str, Fitted, SeriesView<'p>);

/// A reference series' observations, used to carry a region's single value forward with the
/// reference's growth.
struct Anchor<'p> {
    /// Year-end observations of the reference (borrowed from the panel).
    reference: SeriesView<'p>,
    /// g(region's last value) − reference path at the region's last year.
    shift: f64,
    /// The region's observation year.
    year: i32,
}

/// A projection path: a fitted trajectory, or a reference's, shifted on the working scale to
/// start from the region's last value.
struct Path<'f> {
    fit: &'f Fitted,
    how: Uncertainty<'f>,
    level: Level,
    anchor: Option<&'f Anchor<'f>>,
    /// The regional spread added to a borrowed path on the logit scale.
    spread: Option<RegionalSpread>,
}

/// Where a series' projection comes from: its own fit, or a reference's fit anchored to its
/// single value.
struct Source<'p> {
    fit: Fitted,
    anchor: Option<Anchor<'p>>,
    label: String,
}

/// The reference's growth path z(t) on the working scale: its observations (linearly
/// interpolated) where it was observed, its fitted growth before the first and its projection
/// (anchored at the last observation) after the last.
fn reference_path(fit: &Fitted, reference: SeriesView<'_>, year: i32) -> f64 {
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

    /// A borrowed path with a regional spread: its normal on the working scale at `year`
    /// (centre, sd), the reference's interval read as a normal's and the spread added in
    /// quadrature. `None` for other paths, or at or before the region's observation.
    fn borrowed(&self, year: i32) -> Option<(f64, f64)> {
        let (anchor, spread) = (self.anchor?, self.spread?);
        let h = f64::from(year - anchor.year);
        if h <= 0.0 {
            return None;
        }
        let p = project(self.fit, year, self.level, self.how).ok()?;
        let g = self.transform();
        let off = self.offset(year);
        let q = normal_quantile(0.5 + 0.5 * self.level.get());
        let sd_ref = p.interval().map_or(0.0, |i| {
            (g.forward(i.upper()) - g.forward(i.lower())) / (2.0 * q)
        });
        let s = spread.sd(h);
        let sd = (sd_ref * sd_ref + s * s).sqrt();
        let centre = g.forward(p.value()) + off;
        (centre.is_finite() && sd.is_finite()).then_some((centre, sd))
    }

    /// Projection (value, lower, upper, method) at `year`.
    fn project(&self, year: i32, level: Level) -> Result<(f64, Option<Band>)> {
        if let Some((centre, sd)) = self.borrowed(year) {
            let g = self.transform();
            let q = normal_quantile(0.5 + 0.5 * level.get());
            let value = g.inverse(centre);
            if !value.is_finite() {
                return Err(Error::Overflow {
                    what: "the projected value",
                });
            }
            let (lo, hi) = (g.inverse(centre - q * sd), g.inverse(centre + q * sd));
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
        if let Some((centre, sd)) = self.borrowed(year) {
            let g = self.transform();
            return probability_from_cdf(c, target, |v| {
                normal_cdf((working_target(g, v) - centre) / sd)
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
                YEAR_REACHED_HORIZON,
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
        (from..=from.saturating_add(YEAR_REACHED_HORIZON)).find(|&y| {
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

/// Assesses targets and projects series of one panel with one set of options.
///
/// Building it computes the per-indicator calibrations once (in parallel); after that every
/// [`Assessor::assess`] and [`Assessor::trajectory`] call is independent of the others, which
/// is what makes [`assess_panel`] deterministic on any number of threads.
#[derive(Debug)]
pub struct Assessor<'p> {
    panel: &'p Panel,
    opts: &'p AssessOptions,
    calibrations: BTreeMap<&'p str, Calibration>,
    /// Calibrations pooled over the indicators of one kind, for indicators with too few
    /// series of their own (keyed by the indicators that use them).
    pooled: BTreeMap<&'p str, (ReferenceClass, std::sync::Arc<Calibration>)>,
    /// Reference-class pools, built on the first single observation that needs one.
    classes: std::sync::OnceLock<BTreeMap<ReferenceClass, ClassGrowth>>,
}

/// A series' projected path over a range of years (for charts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Trajectory {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// The model, as in [`Assessment::model`].
    pub model: String,
    /// One point per year.
    pub points: Vec<TrajectoryPoint>,
}

/// One year of a [`Trajectory`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TrajectoryPoint {
    /// Year.
    pub year: i32,
    /// Projected (or fitted) value.
    pub value: f64,
    /// Interval, when one can be given.
    pub interval: Option<(f64, f64)>,
}

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
        let src = match self.source(region, ind, series).ok()? {
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
                let (value, band) = crate::assess::within_bounds(ind.bounds, value, band);
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
            model: src.label,
            points,
        })
    }

    fn path<'s>(&'s self, src: &'s Source<'p>, indicator: &str) -> Path<'s> {
        Path {
            fit: &src.fit,
            how: self.uncertainty(indicator),
            level: self.opts.level,
            anchor: src.anchor.as_ref(),
            spread: self
                .opts
                .regional_spread
                .filter(|_| matches!(src.fit.transform(), Transform::Logit { .. })),
        }
    }

    /// The series' own fit (≥ 2 observations) or a reference's (1 observation); `Ok(None)`
    /// when a single observation has no usable reference. Allocates nothing but the label.
    fn source(
        &self,
        region: &str,
        indicator: &Indicator,
        series: SeriesView<'p>,
    ) -> Result<Option<Source<'p>>, Reason> {
        if series.is_empty() {
            return Err(Reason::NoObservations);
        }
        let last = series.last();
        if series.len() >= 2 {
            // The panel validated the series (sorted unique years, finite values).
            let fit = model_for(self.opts.model, indicator)
                .fit_validated(series.years(), series.values(), indicator.bounds)
                .map_err(|_| Reason::FitFailed)?;
            let omega = self.uncertainty(&indicator.id).keep(fit.transform()).omega;
            let label = continuation_label(fit.kind(), omega);
            return Ok(Some(Source {
                fit,
                anchor: None,
                label,
            }));
        }
        Ok(
            reference_fit(self, region, indicator, last).map(|(name, fit, reference)| {
                let g = fit.transform();
                let shift = g.forward(last.1) - reference_path(&fit, reference, last.0);
                let label = format!("reference:{name}/{}", fit.kind().name());
                Source {
                    fit,
                    anchor: Some(Anchor {
                        reference,
                        shift,
                        year: last.0,
                    }),
                    label,
                }
            }),
        )
    }

    fn build(panel: &'p Panel, opts: &'p AssessOptions, parallel: bool) -> Self {
        let (mut calibrations, mut pooled) = (BTreeMap::new(), BTreeMap::new());
        if opts.calibrate {
            let ids: Vec<&str> = panel.indicators().iter().map(|i| i.id.as_str()).collect();
            let one =
                |id: &&'p str| calibration_for(panel, id, opts.model, parallel).map(|c| (*id, c));
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
                if let Some(cal) = class_calibration(panel, class, opts.model, parallel) {
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
        }
    }

    /// Which calibration the indicator's trajectories use: `indicator` (its own series),
    /// `class:share` (pooled over the indicators of its kind), or `None`.
    fn calibrated_on(&self, indicator: &str) -> Option<String> {
        if self.calibrations.contains_key(indicator) {
            Some("indicator".to_owned())
        } else {
            self.pooled
                .get(indicator)
                .map(|(class, _)| format!("class:{}", class.name()))
        }
    }

    /// [`Assessor::trajectory`] of a single observation carried by its reference class: the
    /// class's median and interval at each year after the observation.
    fn class_trajectory(
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
                let (value, band) = crate::assess::within_bounds(indicator.bounds, value, band);
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
            model: format!("reference_class:{}", path.pool.class().name()),
            points,
        })
    }

    /// The share class's path from a series' last observation, to pool with the series' own
    /// trajectory; `None` for other classes (not validated on real panels) or outside the
    /// logit scale.
    fn share_class_path(
        &self,
        indicator: &Indicator,
        last: (i32, f64),
    ) -> Option<(ClassPath<'_>, Transform)> {
        if ReferenceClass::of(indicator) != Some(ReferenceClass::Share) {
            return None;
        }
        let path = self.class_path(indicator, last).ok()?;
        let g = path.g;
        Some((path, g))
    }

    /// A single observation carried by its indicator's reference class, or why it cannot be.
    fn class_path(&self, indicator: &Indicator, last: (i32, f64)) -> Result<ClassPath<'_>, Reason> {
        let class = ReferenceClass::of(indicator).ok_or(Reason::NoReferenceClass)?;
        let pool = self
            .classes
            .get_or_init(|| class_pools(self.panel))
            .get(&class)
            .ok_or(Reason::NoComparableSeries)?;
        ClassPath::new(pool, class.transform(indicator), last, self.opts.level)
            .ok_or(Reason::NoComparableSeries)
    }

    fn uncertainty(&self, indicator: &str) -> Uncertainty<'_> {
        Uncertainty::default_with(
            self.calibrations
                .get(indicator)
                .or_else(|| self.pooled.get(indicator).map(|(_, c)| &**c)),
        )
    }
}

/// The report's `model` of a series' own fit: the model's name, with how the calibration
/// continues its trend when that is not the model's own ([`Calibration::blend`]):
/// `linear+drift` for the equal-weight combination with the random walk's drift,
/// `drift:linear` for the drift alone (on the model's working scale).
fn continuation_label(kind: crate::model::ModelKind, omega: f64) -> String {
    if omega >= 1.0 {
        format!("drift:{}", kind.name())
    } else if omega > 0.0 {
        format!("{}+drift", kind.name())
    } else {
        kind.name().to_owned()
    }
}

/// The growth records of every reference class from every panel series with ≥ 2 year-end
/// observations, in the panel's (sorted) series order.
fn class_pools(panel: &Panel) -> BTreeMap<ReferenceClass, ClassGrowth> {
    let mut pools: BTreeMap<ReferenceClass, ClassGrowth> = BTreeMap::new();
    for (region, id) in panel.series_keys() {
        let (Some(ind), Some(s)) = (panel.indicator(id), panel.series_view(region, id)) else {
            continue;
        };
        let Some(class) = ReferenceClass::of(ind) else {
            continue;
        };
        if s.len() >= 2 {
            pools
                .entry(class)
                .or_insert_with(|| ClassGrowth::new(class))
                .add_series(s.years(), s.values(), class.transform(ind));
        }
    }
    pools
}

/// The model to fit to an indicator: a logistic takes the indicator's own bounds when it has
/// both (the command line's `logistic` cannot know them).
fn model_for(model: Model, indicator: &Indicator) -> Model {
    match (model, indicator.bounds.both()) {
        (Model::Logistic { .. }, Some((lower, upper))) => Model::Logistic { lower, upper },
        (m, _) => m,
    }
}

/// The calibration of one indicator from every region's series with enough history, or `None`
/// when there is too little (then intervals fall back to random-walk ones).
fn calibration_for(
    panel: &Panel,
    indicator: &str,
    model: Model,
    parallel: bool,
) -> Option<Calibration> {
    calibration_of(panel, [panel.indicator(indicator)?], model, parallel)
}

/// A calibration pooled over every indicator of `class` (each fitted with its own model and
/// bounds), or `None` when even that is too little.
fn class_calibration(
    panel: &Panel,
    class: ReferenceClass,
    model: Model,
    parallel: bool,
) -> Option<Calibration> {
    let members = panel
        .indicators()
        .iter()
        .filter(|ind| ReferenceClass::of(ind) == Some(class));
    calibration_of(panel, members, model, parallel)
}

/// The backtest calibration of `indicators` together: the series of each with at least three
/// observations, fitted with the indicator's model and bounds, windows from the last
/// [`CALIBRATION_HORIZON`] years of the longest (two-point windows score raw errors only: they
/// calibrate panels whose series are too short for more, such as three 5-yearly
/// observations); `None` unless usable. `parallel`: on rayon's pool (the same result).
fn calibration_of<'i>(
    panel: &Panel,
    indicators: impl IntoIterator<Item = &'i Indicator>,
    model: Model,
    parallel: bool,
) -> Option<Calibration> {
    let groups: Vec<(Vec<Series>, Model, crate::indicator::Bounds)> = indicators
        .into_iter()
        .map(|ind| {
            let series: Vec<Series> = panel
                .series_keys()
                .filter(|(_, i)| *i == ind.id)
                .filter_map(|(r, i)| panel.series(r, i))
                .filter(|s| s.len() >= 3)
                .collect();
            (series, model_for(model, ind), ind.bounds)
        })
        .collect();
    let longest = groups.iter().flat_map(|g| &g.0).map(Series::len).max()?;
    let min_train = longest.saturating_sub(CALIBRATION_HORIZON).max(2);
    let refs: Vec<(&[Series], Model, crate::indicator::Bounds)> = groups
        .iter()
        .map(|(s, m, b)| (s.as_slice(), *m, *b))
        .collect();
    let cal = Calibration::backtest_pooled(&refs, min_train, CALIBRATION_HORIZON, parallel);
    cal.is_usable().then_some(cal)
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

/// The plan's baseline year: the year before its period starts ("十三五期末" 2020 for a
/// 2021–2025 plan), when the region names its plan period.
fn plan_baseline_year(panel: &Panel, region: &str) -> Option<i32> {
    panel
        .region(region)
        .and_then(|r| r.period_start)
        .map(|y| y - 1)
}

/// The panel driver's part of one target: resolve the target value (a benchmark's), find the
/// series and its trajectory (its own fit or a reference's); the rest is [`assess_one`].
fn assess_target(ctx: &Assessor<'_>, t: &Target) -> Assessment {
    let row = Assessment::blank(t);
    let panel = ctx.panel;
    let Some(indicator) = panel.indicator(&t.indicator) else {
        return row;
    };
    // Resolve the target value.
    let (target, mut row) = match &t.value {
        TargetValue::Numeric(v) => (*v, row),
        TargetValue::Relative(b) => {
            if b.statistic == Statistic::Leading {
                return row.not_assessable(Reason::RankingTarget);
            }
            match benchmark_value(ctx, &b.region, indicator, t.year) {
                Some(v) => (
                    v,
                    Assessment {
                        target: Some(v),
                        ..row
                    },
                ),
                None => return row.not_assessable(Reason::NoBenchmark),
            }
        }
    };
    let Some(series) = panel
        .series_view(&t.region, &t.indicator)
        .filter(|s| !s.is_empty())
    else {
        row.context = reference_context(ctx, &t.region, indicator, t.year);
        return row.not_assessable(Reason::NoObservations);
    };
    let last = series.last();
    row.last_year = Some(last.0);
    row.last_value = Some(last.1);

    // The region's own trajectory, or a reference's; a failed fit leaves the verdict to the
    // observations.
    let src = ctx.source(&t.region, indicator, series).ok().flatten();
    if let Some(src) = &src {
        row.model = Some(src.label.clone());
    }
    let path = src.as_ref().map(|src| ctx.path(src, &t.indicator));
    let mut goal = Goal::new(t.year, t.comparator, target);
    if let Some(y) = plan_baseline_year(panel, &t.region) {
        goal = goal.with_baseline_year(y);
    }
    let (years, values) = (series.years(), series.values());
    let (bounds, thresholds) = (indicator.bounds, &ctx.opts.thresholds);
    let (class, no_class) = match (&path, series.len()) {
        (None, 1) if ctx.opts.reference_classes => match ctx.class_path(indicator, last) {
            // Too few comparable series at the target's horizon leaves the verdict without a
            // trajectory: said below.
            Ok(c) => (Some(c), Some(Reason::NoComparableSeries)),
            Err(reason) => (None, Some(reason)),
        },
        _ => (None, None),
    };
    // A share's own trajectory is pooled with its class (the `combine` module).
    let outside = match (&path, &src) {
        (Some(_), Some(s))
            if s.anchor.is_none()
                && ctx.opts.reference_classes
                && matches!(s.fit.transform(), Transform::Logit { .. }) =>
        {
            ctx.share_class_path(indicator, last)
        }
        _ => None,
    };
    let out = match (&class, &outside, &path) {
        (Some(c), _, _) => {
            row.model = Some(format!("reference_class:{}", c.pool.class().name()));
            row.class_percentile = c.percentile(t.year, target);
            assess_one(years, values, &goal, bounds, thresholds, Some(c))
        }
        (None, Some((c, g)), Some(inside)) => {
            let both = Combined {
                inside,
                outside: c,
                g: *g,
                level: ctx.opts.level,
            };
            let out = assess_one(years, values, &goal, bounds, thresholds, Some(&both));
            if out
                .interval
                .is_some_and(|i| i.2 == IntervalMethod::Combined)
            {
                if let Some(m) = &mut row.model {
                    m.push_str("+class:share");
                }
                row.class_percentile = c.percentile(t.year, target);
            }
            out
        }
        _ => assess_one(years, values, &goal, bounds, thresholds, path.as_ref()),
    };
    row.projected = out.projected;
    if let Some((lo, hi, method)) = out.interval {
        row.lower = Some(lo);
        row.upper = Some(hi);
        row.interval = Some(method);
        if matches!(
            method,
            IntervalMethod::Calibrated
                | IntervalMethod::CalibratedExtrapolated
                | IntervalMethod::Combined
                | IntervalMethod::Borrowed
        ) {
            row.calibrated_on = ctx.calibrated_on(&t.indicator);
        }
    }
    row.probability = out.probability;
    row.verdict = out.verdict;
    if let (Some(reason), Status::NotAssessable(Reason::SingleObservation)) =
        (no_class, row.verdict.status())
    {
        row.verdict = Verdict::not_assessable(reason);
        row.model = None;
        row.class_percentile = None;
    }
    let at = out.projected.or(out.verdict.value_at_target_year());
    if let Some(v) = at {
        let gap = v - target;
        row.gap = gap.is_finite().then_some(gap);
        row.gap_relative = (target != 0.0)
            .then(|| gap / target.abs())
            .filter(|g| g.is_finite());
    }
    row
}

/// The reference series to borrow growth from for a single observation: the caller's list, or
/// the region's province then `china`; the first with ≥ 3 year-end observations that can be
/// fitted on a transferable scale, else the first with 2.
fn reference_fit<'p>(
    ctx: &Assessor<'p>,
    region: &str,
    indicator: &Indicator,
    last: (i32, f64),
) -> Option<ReferenceFit<'p>> {
    let panel: &'p Panel = ctx.panel;
    let opts: &'p AssessOptions = ctx.opts;
    // The caller's list, or [province, china]: borrowed, nothing allocated per target.
    let default: [Option<&'p str>; 2] = [
        panel.region(region).and_then(|r| r.province.as_deref()),
        Some("china"),
    ];
    let names = || -> Box<dyn Iterator<Item = &'p str> + 'p> {
        match &opts.references {
            Some(v) => Box::new(v.iter().map(String::as_str)),
            None => Box::new(default.into_iter().flatten()),
        }
    };
    // Prefer a reference with ≥ 3 observations (it gives an interval); a two-point reference
    // (a bare CAGR) only when none has more.
    let candidate = |name: &'p str, min_len: usize| {
        let s = panel.series_view(name, &indicator.id)?;
        if s.len() < min_len || name == region {
            return None;
        }
        let model = reference_model(indicator.bounds, last.1, s.values())?;
        let fit = model
            .fit_validated(s.years(), s.values(), indicator.bounds)
            .ok()?;
        Some((name, fit, s))
    };
    names()
        .find_map(|n| candidate(n, 3))
        .or_else(|| names().find_map(|n| candidate(n, 2)))
}

/// The first reference (as [`reference_fit`] orders them) with ≥ 2 year-end observations: its
/// value in `year` if observed, else its own projection with the panel's uncertainty.
fn reference_context(
    ctx: &Assessor<'_>,
    region: &str,
    indicator: &Indicator,
    year: i32,
) -> Option<ReferenceContext> {
    let panel = ctx.panel;
    let default: [Option<&str>; 2] = [
        panel.region(region).and_then(|r| r.province.as_deref()),
        Some("china"),
    ];
    let names: Vec<&str> = match &ctx.opts.references {
        Some(v) => v.iter().map(String::as_str).collect(),
        None => default.into_iter().flatten().collect(),
    };
    names.into_iter().filter(|&n| n != region).find_map(|name| {
        let s = panel
            .series_view(name, &indicator.id)
            .filter(|s| s.len() >= 2)?;
        if let Some((_, v)) = s.iter().find(|&(y, _)| y == year) {
            return Some(ReferenceContext {
                region: name.to_owned(),
                value: v,
                interval: None,
            });
        }
        let fit = model_for(ctx.opts.model, indicator)
            .fit_validated(s.years(), s.values(), indicator.bounds)
            .ok()?;
        let src = Source {
            fit,
            anchor: None,
            label: String::new(),
        };
        let (value, band) = ctx
            .path(&src, &indicator.id)
            .project(year, ctx.opts.level)
            .ok()?;
        Some(ReferenceContext {
            region: name.to_owned(),
            value,
            interval: band.map(|b| (b.0, b.1)),
        })
    })
}

/// The benchmark region's value of the indicator in `year`: observed if there is a year-end
/// value that year, else its projection (needs ≥ 2 observations).
fn benchmark_value(
    ctx: &Assessor<'_>,
    region: &str,
    indicator: &Indicator,
    year: i32,
) -> Option<f64> {
    let s = ctx.panel.series_view(region, &indicator.id)?;
    if let Some((_, v)) = s.iter().find(|&(y, _)| y == year) {
        return Some(v);
    }
    let fit = model_for(ctx.opts.model, indicator)
        .fit_validated(s.years(), s.values(), indicator.bounds)
        .ok()?;
    let p = project(&fit, year, ctx.opts.level, Uncertainty::RandomWalk).ok()?;
    Some(p.value())
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
    let ctx = Assessor::new(panel, opts);
    let targets = ordered_targets(panel);
    let rows = targets
        .par_chunks(PROGRESS_STEP)
        .flat_map_iter(|chunk| {
            let out: Vec<Assessment> = chunk.iter().map(|t| assess_target(&ctx, t)).collect();
            progress(chunk.len());
            out
        })
        .collect();
    Report {
        level: opts.level.get(),
        rows,
    }
}

/// One series projected to a year, without a target (`--target-year`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SeriesProjection {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Year projected to.
    pub year: i32,
    /// Model used (or `None` when the series could not be fitted).
    pub model: Option<String>,
    /// Number of observations.
    pub n: usize,
    /// Last observation.
    pub last: (i32, f64),
    /// Projected value.
    pub projected: Option<f64>,
    /// Interval (lower, upper).
    pub interval: Option<(f64, f64)>,
    /// How the interval was computed.
    pub method: Option<IntervalMethod>,
    /// Why there is no projection, if there is none.
    pub error: Option<String>,
}

/// Projects every series of the panel to `year` (in parallel, in `series_keys` order).
/// Series with one observation get no projection (`error` says why).
pub fn project_panel(panel: &Panel, opts: &AssessOptions, year: i32) -> Vec<SeriesProjection> {
    let ctx = Assessor::new(panel, opts);
    let keys: Vec<(&str, &str)> = panel.series_keys().collect();
    keys.par_iter()
        .map(|&(region, ind)| {
            let s = panel.series(region, ind).expect("key from series_keys");
            let indicator = panel.indicator(ind).expect("validated panel");
            let mut out = SeriesProjection {
                region: region.to_owned(),
                indicator: ind.to_owned(),
                year,
                model: None,
                n: s.len(),
                last: s.last().expect("non-empty"),
                projected: None,
                interval: None,
                method: None,
                error: None,
            };
            let fitted = model_for(opts.model, indicator).fit(&s, indicator.bounds);
            match fitted.and_then(|f| {
                let p = project(&f, year, opts.level, ctx.uncertainty(ind))?;
                Ok((f.kind(), p))
            }) {
                Ok((kind, p)) => {
                    out.model = Some(kind.name().to_owned());
                    out.projected = Some(p.value());
                    out.interval = p.interval().map(|i| (i.lower(), i.upper()));
                    out.method = p.interval().map(|i| i.method());
                }
                Err(e) => out.error = Some(e.to_string()),
            }
            out
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

/// The assessment of a panel: one row per target, in a stable order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// Interval level used.
    pub level: f64,
    /// One row per target.
    pub rows: Vec<Assessment>,
}

/// Columns of the CSV report, in order.
pub const REPORT_COLUMNS: &[&str] = &[
    "region",
    "indicator",
    "target_year",
    "comparator",
    "target",
    "last_year",
    "last_value",
    "model",
    "projected",
    "lower",
    "upper",
    "probability",
    "observed_cagr",
    "required_cagr",
    "progress_ratio",
    "status",
    "year_reached",
    "reason",
    "benchmark",
    "kind",
    "interval",
    "level",
    "growth_basis",
    "gap",
    "gap_relative",
    "unit",
    "indicator_zh",
    "required_from_last",
    "base_year",
    "base_value",
    "judged_on",
    "value_at_target_year",
    "met_late",
    "unsd_ratio",
    "midterm_ratio",
    "class_percentile",
    "context_region",
    "context_value",
    "context_lower",
    "context_upper",
    "calibrated_on",
];

impl Report {
    /// Status counts per region, regions in report order, statuses by name.
    pub fn status_counts(&self) -> Vec<(String, BTreeMap<&'static str, usize>)> {
        let mut out: Vec<(String, BTreeMap<&'static str, usize>)> = Vec::new();
        for r in &self.rows {
            if out.last().is_none_or(|(reg, _)| *reg != r.region) {
                out.push((r.region.clone(), BTreeMap::new()));
            }
            let m = &mut out.last_mut().expect("pushed").1;
            *m.entry(r.verdict.status().name()).or_default() += 1;
        }
        out
    }

    /// Writes the report as CSV ([`REPORT_COLUMNS`]); numbers in shortest round-trip form.
    /// `panel` supplies the unit and Chinese name of each indicator.
    ///
    /// # Errors
    /// [`Error::Io`].
    #[cfg(feature = "io")]
    pub fn write_csv(&self, out: impl Write, panel: &Panel) -> Result<()> {
        let io = |e: csv::Error| Error::io("<report>", e);
        let mut w = csv::Writer::from_writer(out);
        w.write_record(REPORT_COLUMNS).map_err(io)?;
        let f = |x: Option<f64>| x.map(|v| format!("{v:?}")).unwrap_or_default();
        let i = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
        for r in &self.rows {
            let reason = match r.verdict.status() {
                Status::NotAssessable(reason) => reason.name(),
                _ => "",
            };
            let ind = panel.indicator(&r.indicator);
            let kind = match r.kind {
                TargetKind::Expected => "expected",
                TargetKind::Binding => "binding",
                TargetKind::Unstated => "unstated",
            };
            let v = &r.verdict;
            w.write_record([
                r.region.as_str(),
                &r.indicator,
                &r.target_year.to_string(),
                r.comparator.symbol(),
                &f(r.target),
                &i(r.last_year),
                &f(r.last_value),
                r.model.as_deref().unwrap_or(""),
                &f(r.projected),
                &f(r.lower),
                &f(r.upper),
                &f(r.probability),
                &f(v.observed()),
                &f(v.required()),
                &f(v.progress_ratio()),
                v.status().name(),
                &i(v.year_reached()),
                reason,
                r.benchmark.as_deref().unwrap_or(""),
                kind,
                r.interval.map_or("", IntervalMethod::name),
                &format!("{:?}", self.level),
                v.basis().map_or("", GrowthBasis::name),
                &f(r.gap),
                &f(r.gap_relative),
                ind.map_or("", |i| i.unit.as_str()),
                ind.map_or("", |i| i.name_zh.as_str()),
                &f(v.required_from_last()),
                &i(v.base_year()),
                &f(v.base_value()),
                v.judged_on().name(),
                &f(v.value_at_target_year()),
                &i(v.met_late()),
                &f(v.unsd_ratio()),
                &f(v.midterm_ratio()),
                &f(r.class_percentile),
                r.context.as_ref().map_or("", |c| c.region.as_str()),
                &f(r.context.as_ref().map(|c| c.value)),
                &f(r.context.as_ref().and_then(|c| c.interval).map(|i| i.0)),
                &f(r.context.as_ref().and_then(|c| c.interval).map(|i| i.1)),
                r.calibrated_on.as_deref().unwrap_or(""),
            ])
            .map_err(io)?;
        }
        w.flush().map_err(|e| Error::io("<report>", e))
    }

    /// The report as pretty JSON.
    ///
    /// # Errors
    /// [`Error::Json`] (not expected).
    #[cfg(feature = "io")]
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Json {
            message: e.to_string(),
        })
    }
}
