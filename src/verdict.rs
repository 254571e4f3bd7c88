//! One target judged on one series: the rules of a verdict, in one place.
//!
//! Every path that assesses a target — [`crate::assess_panel`], [`crate::assess_batch`] and its
//! SIMD kernel — ends here: the kernel only computes the growth rates' arithmetic for sixteen
//! series at a time and hands them in; the rules below decide.
//!
//! # The rules, in the order they apply
//!
//! Notation: observations (t_i, y_i) up to the latest t; the target y* at year T under a
//! comparator; the base year t0 with value y0.
//!
//! 1. **Base year t0** (Eurostat's short-term view): the plan's baseline year when the target
//!    declares one and it is observed before the latest observation (or is the only one); else
//!    the first observation of the last five years
//!    (t − 5 ≤ t0); if that is t itself, the latest observation before t. One observation:
//!    t0 = t.
//! 2. **Target year passed** (T ≤ t): judged on the value *of year T*: observed, or, between
//!    two observations, interpolated linearly on the indicator's working scale (logit for a
//!    share inside its bounds, log for positive values, else the values themselves) —
//!    `judged_on` says which. Met → *achieved*; not met → *missed*, and if a later observation
//!    meets it the row says *met late* with the year. Before the first observation: not
//!    assessable.
//! 3. **Already met** (T > t, an inequality met by the latest value) → *achieved*.
//! 4. **Eurostat's progress ratio** (Eurostat, *Sustainable development in the European Union
//!    — monitoring report*, methodological annex, "assessing progress towards quantitative
//!    targets"; adapted by Statistics Canada and Open SDG's progress methodology):
//!    R = [(y_t/y0)^(1/(t−t0)) − 1] / [(y*/y0)^(1/(T−t0)) − 1], the actual compound growth
//!    since t0 over the growth required *from t0*. R ≥ 0.95 on track, 0.6 ≤ R < 0.95 moderate,
//!    0 ≤ R < 0.6 insufficient, R < 0 moving away ([`Thresholds`]). Values not all positive:
//!    annual changes (y_t − y0)/(t − t0) and (y* − y0)/(T − t0) instead of CAGRs. One
//!    observation with a reference trajectory: the actual growth is the growth the projection
//!    implies from t0 to T (ESCAP's *anticipated progress*). A base value that already met the
//!    target while the latest does not → moving away (R has no meaning there). A strict
//!    target equal to y0 (required growth 0): on track if the series moves the right way.
//!    "Growth required from now", (y*/y_t)^(1/(T−t)) − 1, is reported beside it: it answers
//!    "is it still feasible?", which R does not.
//! 5. **`=` targets** (左右, met within ±5 %: the band [y*(1 − 0.05), y*(1 + 0.05)]): where
//!    does the pace since t0 land at T? Inside the band → on track. Starting below the band
//!    and landing below it → R against the band's lower edge, classified as in 4; landing
//!    above it → *overshooting*. Mirrored from above. Starting inside the band and landing
//!    outside → moving away. (Landing inside ⇔ the actual growth lies between the growths
//!    required to reach the two edges, which is how it is computed.)
//!
//! Two more views, for the analyst, on every row where they are defined:
//!
//! * **UNSD's progress-chart ratio** CR = (ŷ_T − y0)/(y* − y0): the share of the planned change
//!   the projection ŷ_T (or, for a past target year, the value of that year) achieves (UN
//!   Statistics Division, *SDG Progress Chart, Technical Note*; cut-offs 0.95 and 0.10).
//! * **China's mid-term test**, 时间过半、任务过半 ("half the time gone, half the task done"):
//!   M = [(y_t − y0)/(y* − y0)] / [(t − t0)/(T − t0)], the share of the planned change achieved
//!   by the latest observation over the share of the plan period elapsed; M ≥ 1 passes. For a
//!   plan with a milestone this is read at the milestone's year once it is observed.

mod case;
mod rules;

use serde::{Deserialize, Serialize};

use self::rules::draft;
use crate::feasibility::{cagr, GrowthBasis, Reason, Status, Thresholds};
use crate::indicator::Bounds;
use crate::series::Series;
use crate::target::Comparator;

pub(crate) use self::case::{base_index, Case, Leg};
pub use self::rules::working_scale;

/// A numeric target for one series: year, comparator, value, and optionally the plan's
/// baseline year (t0 of the progress ratio).
///
/// ```
/// use plancast::{verdict::Goal, Comparator};
/// let g = Goal::new(2025, Comparator::Ge, 200.0).with_baseline_year(2020);
/// assert_eq!(g.baseline_year(), Some(2020));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Goal {
    year: i32,
    comparator: Comparator,
    value: f64,
    baseline_year: Option<i32>,
}

impl Goal {
    /// "`comparator value` by `year`", with no declared baseline year.
    pub fn new(year: i32, comparator: Comparator, value: f64) -> Self {
        Goal {
            year,
            comparator,
            value,
            baseline_year: None,
        }
    }

    /// The plan's baseline year: t0 of the progress ratio when it is observed.
    #[must_use]
    pub fn with_baseline_year(mut self, year: i32) -> Self {
        self.baseline_year = Some(year);
        self
    }

    /// Target year T.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// Comparator.
    pub fn comparator(&self) -> Comparator {
        self.comparator
    }

    /// Target value y*.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The plan's baseline year, if declared.
    pub fn baseline_year(&self) -> Option<i32> {
        self.baseline_year
    }
}

/// What a verdict rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JudgedOn {
    /// The target year is observed: its value decides.
    Observed,
    /// The target year lies between two observations: the interpolated value decides.
    Interpolated,
    /// The target year is ahead and the latest observation already meets it.
    LastObservation,
    /// The target year is ahead: the pace since the base year decides (the progress ratio).
    Pace,
    /// No verdict could be reached.
    Nothing,
}

impl JudgedOn {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            JudgedOn::Observed => "observed",
            JudgedOn::Interpolated => "interpolated",
            JudgedOn::LastObservation => "last_observation",
            JudgedOn::Pace => "pace",
            JudgedOn::Nothing => "",
        }
    }
}

/// The verdict on one target: status, growth figures, the progress ratios, and the years.
///
/// Built only by plancast ([`judge`], the panel and batch paths), read through its accessors
/// (more may be added). Kept compact — the batch path writes one a series — its numbers are
/// stored without `Option`'s tag; serialised, it is a map with `null` for what is absent.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(from = "Draft", into = "Draft")]
pub struct Verdict {
    status: Status,
    judged_on: JudgedOn,
    basis: Option<GrowthBasis>,
    base_year: Option<i32>,
    met_late: Option<i32>,
    year_reached: Option<i32>,
    /// base value, observed, required, required from last, progress ratio, UNSD ratio,
    /// mid-term ratio, value at the target year; NaN where absent (every present one is
    /// finite).
    numbers: [f64; 8],
}

/// The verdict as the rules build it, and as it is serialised.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) struct Draft {
    pub(crate) status: Status,
    pub(crate) judged_on: JudgedOn,
    pub(crate) basis: Option<GrowthBasis>,
    pub(crate) base_year: Option<i32>,
    pub(crate) base_value: Option<f64>,
    pub(crate) observed: Option<f64>,
    pub(crate) required: Option<f64>,
    pub(crate) required_from_last: Option<f64>,
    pub(crate) progress_ratio: Option<f64>,
    pub(crate) unsd_ratio: Option<f64>,
    pub(crate) midterm_ratio: Option<f64>,
    pub(crate) value_at_target_year: Option<f64>,
    pub(crate) met_late: Option<i32>,
    pub(crate) year_reached: Option<i32>,
}

impl From<Draft> for Verdict {
    #[inline]
    fn from(d: Draft) -> Self {
        let n = |x: Option<f64>| x.filter(|v| v.is_finite()).unwrap_or(f64::NAN);
        Verdict {
            status: d.status,
            judged_on: d.judged_on,
            basis: d.basis,
            base_year: d.base_year,
            met_late: d.met_late,
            year_reached: d.year_reached,
            numbers: [
                n(d.base_value),
                n(d.observed),
                n(d.required),
                n(d.required_from_last),
                n(d.progress_ratio),
                n(d.unsd_ratio),
                n(d.midterm_ratio),
                n(d.value_at_target_year),
            ],
        }
    }
}

impl From<Verdict> for Draft {
    fn from(v: Verdict) -> Self {
        let x = |k: usize| v.number(k);
        Draft {
            status: v.status,
            judged_on: v.judged_on,
            basis: v.basis,
            base_year: v.base_year,
            base_value: x(0),
            observed: x(1),
            required: x(2),
            required_from_last: x(3),
            progress_ratio: x(4),
            unsd_ratio: x(5),
            midterm_ratio: x(6),
            value_at_target_year: x(7),
            met_late: v.met_late,
            year_reached: v.year_reached,
        }
    }
}

impl PartialEq for Verdict {
    /// Equal when every field is, absent numbers equal to each other.
    fn eq(&self, other: &Self) -> bool {
        Draft::from(*self) == Draft::from(*other)
    }
}

impl std::fmt::Debug for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Draft::from(*self).fmt(f)
    }
}

impl Verdict {
    /// A target that cannot be judged, for `reason`.
    pub(crate) const fn not_assessable(reason: Reason) -> Self {
        Verdict {
            status: Status::NotAssessable(reason),
            judged_on: JudgedOn::Nothing,
            basis: None,
            base_year: None,
            met_late: None,
            year_reached: None,
            numbers: [f64::NAN; 8],
        }
    }

    /// The same verdict, not assessable for `reason` instead: the growth figures the rules
    /// could compute (the growth required, the base) are kept. How the panel driver says why a
    /// single observation has no trajectory, as a layer over the batch path's verdict.
    pub(crate) const fn with_reason(mut self, reason: Reason) -> Self {
        self.status = Status::NotAssessable(reason);
        self
    }

    #[inline]
    fn number(&self, k: usize) -> Option<f64> {
        let v = self.numbers[k];
        (!v.is_nan()).then_some(v)
    }

    /// The status class.
    pub fn status(&self) -> Status {
        self.status
    }

    /// What the status rests on.
    pub fn judged_on(&self) -> JudgedOn {
        self.judged_on
    }

    /// How growth was measured (`None` without observations).
    pub fn basis(&self) -> Option<GrowthBasis> {
        self.basis
    }

    /// Base year t0 of the progress ratio.
    pub fn base_year(&self) -> Option<i32> {
        self.base_year
    }

    /// Value in the base year, y0.
    pub fn base_value(&self) -> Option<f64> {
        self.number(0)
    }

    /// Actual growth per year from t0 to the latest observation (for one observation: the
    /// growth the reference projection implies from t0 to T).
    pub fn observed(&self) -> Option<f64> {
        self.number(1)
    }

    /// Growth per year required from t0 to reach the target at T (Eurostat's denominator).
    pub fn required(&self) -> Option<f64> {
        self.number(2)
    }

    /// Growth per year required from the latest observation to reach the target at T.
    pub fn required_from_last(&self) -> Option<f64> {
        self.number(3)
    }

    /// Eurostat's progress ratio R = observed / required.
    pub fn progress_ratio(&self) -> Option<f64> {
        self.number(4)
    }

    /// UNSD's progress-chart ratio (ŷ_T − y0)/(y* − y0).
    pub fn unsd_ratio(&self) -> Option<f64> {
        self.number(5)
    }

    /// The mid-term test 时间过半、任务过半: share of the change done / share of time gone.
    pub fn midterm_ratio(&self) -> Option<f64> {
        self.number(6)
    }

    /// The value of the target year, when it has passed (observed or interpolated).
    pub fn value_at_target_year(&self) -> Option<f64> {
        self.number(7)
    }

    /// A missed target first met in this later observed year.
    pub fn met_late(&self) -> Option<i32> {
        self.met_late
    }

    /// First year the target is met: observed (achieved, met late) or on the projected
    /// trajectory after the latest observation (within 100 years).
    pub fn year_reached(&self) -> Option<i32> {
        self.year_reached
    }
}

/// Judges one target on one series.
///
/// `projected` is the projection's value at the target year (used for one-observation series
/// and for UNSD's ratio); `year_reached` the first year after the latest observation at which
/// the projected trajectory meets the target ([`crate::year_reached`]), reported when the
/// observations do not settle it; `bounds` give the working scale for interpolation.
///
/// ```
/// use plancast::verdict::{judge, Goal};
/// use plancast::{Bounds, Comparator, Series, Status, Thresholds};
/// // 2020 = 100, 2023 = 130, target ≥ 200 in 2025 with baseline 2020: Eurostat's
/// // R = (1.3^(1/3) − 1)/(2^(1/5) − 1) = 0.6146.
/// let s = Series::try_new(vec![2020, 2023], vec![100.0, 130.0])?;
/// let goal = Goal::new(2025, Comparator::Ge, 200.0).with_baseline_year(2020);
/// let v = judge(&s, &goal, None, None, Bounds::NONE, &Thresholds::default());
/// assert_eq!(v.status(), Status::Moderate);
/// assert!((v.progress_ratio().unwrap() - 0.6146).abs() < 5e-5);
/// # Ok::<(), plancast::Error>(())
/// ```
pub fn judge(
    series: &Series,
    goal: &Goal,
    projected: Option<f64>,
    year_reached: Option<i32>,
    bounds: Bounds,
    thresholds: &Thresholds,
) -> Verdict {
    let case = Case::new(
        series.years(),
        series.values(),
        goal,
        projected,
        bounds,
        thresholds,
    );
    judge_with(&case, |_, r, dt| cagr(r, dt), |_| year_reached)
}

/// The verdict (rules 1–5 of the module docs), with the CAGRs from `cagr(leg, ratio, years)`
/// and the projected year reached from `reach(first year after the latest observation)`.
#[inline]
pub(crate) fn judge_with(
    case: &Case<'_>,
    cagr: impl Fn(Leg, f64, f64) -> f64,
    reach: impl FnOnce(i32) -> Option<i32>,
) -> Verdict {
    draft(case, cagr, reach).into()
}

#[cfg(test)]
mod tests;
