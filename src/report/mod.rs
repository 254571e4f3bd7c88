//! The report: one row per target ([`Assessment`]), typed so that a program can branch on
//! where each figure comes from ([`Source`], [`CalibratedOn`]), and its writers (CSV, JSON).
//! The audit ([`crate::audit`]) reads these rows; it does not depend on the driver that makes
//! them.

mod evaluation;
mod write;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use evaluation::{evaluation_row, Evaluation, EvaluationRow, UNLIKELY_BELOW};
#[cfg(feature = "io")]
pub use write::evaluation_record;
pub use write::{EVALUATION_COLUMNS, REPORT_COLUMNS};

use crate::feasibility::Reason;
use crate::model::ModelKind;
use crate::outside::{ProbabilityFrom, TrackRecord};
use crate::projection::IntervalMethod;
use crate::reference::{Peers, ReferenceClass, Scale};
use crate::target::{Comparator, Target, TargetKind, TargetValue};
use crate::verdict::Verdict;

/// How a projection continues a series' own fitted trend after its last observation (see
/// [`crate::Calibration::blend`] and [`crate::Calibration::persistence`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Trend {
    /// The fitted model's own trend.
    Fitted,
    /// The fitted trend damped: a share `beta` < 1 of it.
    Damped {
        /// Share of the fitted trend kept.
        beta: f64,
    },
    /// The equal-weight blend of the fitted trend and the random walk's drift, a share `beta`
    /// of it kept.
    DriftBlend {
        /// Share of the blended trend kept.
        beta: f64,
    },
    /// The random walk's drift on the model's working scale, a share `beta` of it kept.
    Drift {
        /// Share of the drift kept.
        beta: f64,
    },
}

impl Trend {
    /// The trend that keeps a share β of (1 − ω)·fitted + ω·drift.
    pub(crate) fn of(beta: f64, omega: f64) -> Trend {
        if omega >= 1.0 {
            Trend::Drift { beta }
        } else if omega > 0.0 {
            Trend::DriftBlend { beta }
        } else if beta < 1.0 {
            Trend::Damped { beta }
        } else {
            Trend::Fitted
        }
    }
}

/// Where a row's projection, interval and probability come from.
///
/// Its `Display` is the text of the report's `model` column:
///
/// | source | text |
/// |---|---|
/// | own fit | `linear`, `logistic damped β=0.70`, `linear+drift`, `linear+drift β=0.80`, `drift:linear` |
/// | own fit pooled with the class | `logistic+class:share` |
/// | a reference's trajectory | `reference:china/logistic` |
/// | the reference class | `reference_class:share` |
///
/// ```
/// use plancast::{model::ModelKind, Source, Trend};
/// let s = Source::Own { model: ModelKind::Linear, trend: Trend::Damped { beta: 0.7 } };
/// assert_eq!(s.to_string(), "linear damped β=0.70");
/// assert_eq!(s.model(), Some(ModelKind::Linear));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Source {
    /// The series' own fit.
    Own {
        /// The model fitted.
        model: ModelKind,
        /// How its trend is continued.
        trend: Trend,
    },
    /// The series' own fit pooled with its reference class (the `combine` rule: shares).
    Pooled {
        /// The model fitted to the series.
        model: ModelKind,
        /// How its trend is continued.
        trend: Trend,
        /// The class it is pooled with.
        class: ReferenceClass,
    },
    /// A reference region's trajectory, anchored at the series' one observation.
    Reference {
        /// The reference region.
        region: String,
        /// The model fitted to the reference.
        model: ModelKind,
    },
    /// The growth of the indicator's reference class from the series' one observation.
    Class {
        /// The class.
        class: ReferenceClass,
    },
    /// The region's intensity (per head, per unit of GDP) against comparable regions', carried
    /// by its aggregate's projection (`reference::intensity`): from its one baseline, or, with
    /// none, from where comparable regions stand.
    Intensity {
        /// The aggregate (province, nation) whose projection is scaled.
        aggregate: String,
        /// What the quantity is divided by.
        scale: Scale,
        /// Which regions it was compared with.
        peers: Peers,
        /// How many (regions; for [`Peers::SameScale`], region-indicator pairs).
        peer_count: usize,
        /// Whether the region had a baseline of its own.
        baseline: bool,
    },
}

impl Source {
    /// Whose growth a row's observed growth (`Verdict::observed`, the report's
    /// `observed_cagr`) is: `own` (the region's series, pooled or not), `reference` (the
    /// reference's path a one-point series borrows), `class` (the class's median growth) or
    /// `intensity` (the aggregate's growth, with the region's relative intensity drifting) —
    /// the report's `observed_from` column.
    ///
    /// ```
    /// use plancast::{ReferenceClass, Source};
    /// assert_eq!(Source::Class { class: ReferenceClass::Share }.observed_from(), "class");
    /// ```
    pub fn observed_from(&self) -> &'static str {
        match self {
            Source::Own { .. } | Source::Pooled { .. } => "own",
            Source::Reference { .. } => "reference",
            Source::Class { .. } => "class",
            Source::Intensity { .. } => "intensity",
        }
    }

    /// The model fitted to the series or to its reference; `None` for a class's growth.
    pub fn model(&self) -> Option<ModelKind> {
        match self {
            Source::Own { model, .. }
            | Source::Pooled { model, .. }
            | Source::Reference { model, .. } => Some(*model),
            Source::Class { .. } | Source::Intensity { .. } => None,
        }
    }

    /// How the series' own trend is continued (own and pooled sources).
    pub fn trend(&self) -> Option<Trend> {
        match self {
            Source::Own { trend, .. } | Source::Pooled { trend, .. } => Some(*trend),
            _ => None,
        }
    }
}

fn own_label(f: &mut fmt::Formatter<'_>, model: ModelKind, trend: Trend) -> fmt::Result {
    let m = model.name();
    match trend {
        Trend::Fitted => write!(f, "{m}"),
        Trend::Damped { beta } => write!(f, "{m} damped β={beta:.2}"),
        Trend::DriftBlend { beta } if beta >= 1.0 => write!(f, "{m}+drift"),
        Trend::DriftBlend { beta } => write!(f, "{m}+drift β={beta:.2}"),
        Trend::Drift { beta } if beta >= 1.0 => write!(f, "drift:{m}"),
        Trend::Drift { beta } => write!(f, "drift:{m} β={beta:.2}"),
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Own { model, trend } => own_label(f, *model, *trend),
            Source::Pooled {
                model,
                trend,
                class,
            } => {
                own_label(f, *model, *trend)?;
                write!(f, "+class:{}", class.name())
            }
            Source::Reference { region, model } => {
                write!(f, "reference:{region}/{}", model.name())
            }
            Source::Class { class } => write!(f, "reference_class:{}", class.name()),
            Source::Intensity {
                aggregate,
                scale,
                peers,
                peer_count,
                baseline,
            } => {
                let base = if *baseline { "" } else { ",no_baseline" };
                write!(
                    f,
                    "intensity:{aggregate}/{}({}:{peer_count}{base})",
                    scale.name(),
                    peers.name()
                )
            }
        }
    }
}

/// Whether a target was met, by the value observed in its year (or later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RealisedResult {
    /// The value of the target year meets the target.
    Met,
    /// The value of the target year does not meet it, nor does any later one.
    Missed,
    /// The value of the target year does not meet it; the value of `year` (later) does.
    MetLate {
        /// The first later year whose value meets the target.
        year: i32,
    },
    /// The value is measured in another definition (口径) than the target: neither met nor
    /// missed.
    NotComparable,
}

impl RealisedResult {
    /// `met`, `missed`, `met_late`, `not_comparable`.
    pub fn name(self) -> &'static str {
        match self {
            RealisedResult::Met => "met",
            RealisedResult::Missed => "missed",
            RealisedResult::MetLate { .. } => "met_late",
            RealisedResult::NotComparable => "not_comparable",
        }
    }
}

/// The value a target's year turned out to have, and what it means for the target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Realised {
    /// The target year.
    pub year: i32,
    /// The year-end value observed in it.
    pub value: f64,
    /// Met, missed or met late.
    pub result: RealisedResult,
}

/// Which calibration a row's interval and probability come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "on", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CalibratedOn {
    /// The indicator's own series in the panel.
    Indicator,
    /// Every indicator of its reference class, pooled (too few series of its own), each on
    /// its own scale.
    Class {
        /// The class.
        class: ReferenceClass,
    },
}

impl fmt::Display for CalibratedOn {
    /// `indicator`, `class:share`, `class:count`, …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalibratedOn::Indicator => f.write_str("indicator"),
            CalibratedOn::Class { class } => write!(f, "class:{}", class.name()),
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
    /// The definition (口径) the target is stated in, if any ([`crate::Target::definition`]).
    pub definition: Option<String>,
    /// Last year-end observation: year.
    pub last_year: Option<i32>,
    /// Last year-end observation: value.
    pub last_value: Option<f64>,
    /// Where the projection comes from: the series' own fit (and how its trend is continued),
    /// a reference region's trajectory, the reference class, or the own fit pooled with the
    /// class; `None` without a trajectory. Its `Display` is the report's `model` column.
    pub source: Option<Source>,
    /// Projected value at the target year (only for a target year after the last observation).
    pub projected: Option<f64>,
    /// Lower end of the interval.
    pub lower: Option<f64>,
    /// Upper end of the interval.
    pub upper: Option<f64>,
    /// How the interval [`Assessment::lower`]–[`Assessment::upper`] was computed.
    pub interval_method: Option<IntervalMethod>,
    /// Probability of meeting the target at the target year: the series-based P
    /// ([`Assessment::p_series`]), or with [`crate::AssessOptions::track_record`] the track
    /// record's ([`Assessment::probability_from`] says which).
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
    /// The calibration behind the row's interval and probability, when they are calibrated.
    pub calibrated_on: Option<CalibratedOn>,
    /// What happened: the value observed in the target year and whether it met the target,
    /// for a report made as of an earlier year ([`crate::assess_panel_as_of`]).
    pub realised: Option<Realised>,
    /// The series-based P(met): the trajectory's, or its reference class's.
    pub p_series: Option<f64>,
    /// The outside view's P(met): how targets of this kind, level and type fared
    /// ([`crate::RecordModel`]); also for a target with no observation.
    pub p_record: Option<f64>,
    /// Which P [`Assessment::probability`] is: series, outside view or combined.
    pub probability_from: Option<ProbabilityFrom>,
    /// The track record's view of the target: inferred kind and level, the reason text.
    pub track_record: Option<TrackRecord>,
    /// Status, growth figures, progress ratios and years: [`crate::verdict`].
    #[serde(flatten)]
    pub verdict: Verdict,
}

impl Assessment {
    pub(crate) fn blank(t: &Target) -> Self {
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
            definition: t.definition.clone(),
            last_year: None,
            last_value: None,
            source: None,
            projected: None,
            lower: None,
            upper: None,
            interval_method: None,
            probability: None,
            gap: None,
            gap_relative: None,
            context: None,
            class_percentile: None,
            calibrated_on: None,
            realised: None,
            p_series: None,
            p_record: None,
            probability_from: None,
            track_record: None,
            verdict: Verdict::not_assessable(Reason::NoObservations),
        }
    }

    pub(crate) fn not_assessable(mut self, reason: Reason) -> Self {
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
    /// [`crate::AssessOptions::references`]).
    pub region: String,
    /// Its value at the target year: observed, or projected.
    pub value: f64,
    /// The projection's interval, when there is one.
    pub interval: Option<(f64, f64)>,
}

/// A series' projected path over a range of years (for charts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Trajectory {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Where the path comes from, as in [`Assessment::source`].
    pub source: Source,
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
    /// Where the projection comes from (`None` when there is none: [`SeriesProjection::reason`]).
    pub source: Option<Source>,
    /// Number of observations.
    pub n: usize,
    /// Last observation.
    pub last: (i32, f64),
    /// Projected value.
    pub projected: Option<f64>,
    /// Interval (lower, upper).
    pub interval: Option<(f64, f64)>,
    /// How the interval was computed.
    pub interval_method: Option<IntervalMethod>,
    /// Why there is no projection, if there is none.
    pub reason: Option<Reason>,
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
}
