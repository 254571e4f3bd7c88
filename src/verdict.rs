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

use serde::{Deserialize, Serialize};

use crate::feasibility::{cagr, growth_between_with, GrowthBasis, Reason, Status, Thresholds};
use crate::indicator::Bounds;
use crate::model::Transform;
use crate::series::Series;
use crate::target::Comparator;

/// Years before the latest observation that Eurostat's short-term assessment looks back.
const SHORT_TERM_YEARS: i32 = 5;

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

/// Everything a verdict is computed from.
pub(crate) struct Case<'a> {
    /// Year-end observations, strictly increasing years, finite values.
    pub(crate) years: &'a [i32],
    pub(crate) values: &'a [f64],
    pub(crate) goal: &'a Goal,
    /// The projection's value at the target year.
    pub(crate) projected: Option<f64>,
    /// The indicator's bounds (the working scale of interpolation).
    pub(crate) bounds: Bounds,
    pub(crate) thresholds: &'a Thresholds,
    /// Index of the base year t0: [`base_index`] of the years and the goal's baseline year
    /// (the batch kernel computes it once for all the series that share their years).
    pub(crate) base: usize,
    /// Every value is positive (the batch kernel has it as a lane mask already).
    pub(crate) all_positive: bool,
}

impl<'a> Case<'a> {
    /// A case with its base year found by [`base_index`].
    pub(crate) fn new(
        years: &'a [i32],
        values: &'a [f64],
        goal: &'a Goal,
        projected: Option<f64>,
        bounds: Bounds,
        thresholds: &'a Thresholds,
    ) -> Self {
        let base = if years.is_empty() {
            0
        } else {
            base_index(years, goal.baseline_year)
        };
        Case {
            years,
            values,
            goal,
            projected,
            bounds,
            thresholds,
            base,
            all_positive: values.iter().all(|&v| v > 0.0),
        }
    }
}

/// Which growth rate a CAGR is taken for, so the batch kernel can hand in the ones it
/// computed for sixteen series at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leg {
    /// y_t / y0 over t − t0.
    Observed,
    /// y* / y0 over T − t0.
    Required,
    /// y* / y_t over T − t.
    RequiredFromLast,
    /// Anything else (band edges, anticipated growth): computed on the spot.
    Other,
}

/// The index of the base year t0 among `years` (non-empty): rule 1 of the module docs.
pub(crate) fn base_index(years: &[i32], baseline_year: Option<i32>) -> usize {
    let n = years.len();
    if let Some(k) = baseline_year.and_then(|b| years.binary_search(&b).ok()) {
        // A baseline that is the latest observation leaves no growth to measure.
        if k + 1 < n || n == 1 {
            return k;
        }
    }
    let t = years[n - 1];
    let k = years.partition_point(|&y| y < t.saturating_sub(SHORT_TERM_YEARS));
    if k + 1 < n {
        k
    } else {
        n.saturating_sub(2)
    }
}

/// The indicator's working scale for interpolation: logit for a share strictly inside its
/// bounds, log for positive values, else the values themselves.
///
/// ```
/// use plancast::{model::Transform, verdict::working_scale, Bounds};
/// assert_eq!(working_scale(Bounds::NONE, &[1.0, 2.0]), Transform::Log);
/// assert_eq!(working_scale(Bounds::NONE, &[0.0, 2.0]), Transform::Identity);
/// ```
pub fn working_scale(bounds: Bounds, values: &[f64]) -> Transform {
    if let Some((lower, upper)) = bounds.both() {
        if values.iter().all(|&v| v > lower && v < upper) {
            return Transform::Logit { lower, upper };
        }
    }
    if values.iter().all(|&v| v > 0.0) {
        Transform::Log
    } else {
        Transform::Identity
    }
}

/// The value of `year` (≤ the latest observed year): observed, interpolated on the working
/// scale, or `None` before the first observation.
fn value_at(years: &[i32], values: &[f64], bounds: Bounds, year: i32) -> Option<(f64, JudgedOn)> {
    match years.binary_search(&year) {
        Ok(k) => Some((values[k], JudgedOn::Observed)),
        Err(0) => None,
        Err(k) if k >= years.len() => None,
        Err(k) => {
            let g = working_scale(bounds, values);
            let (ya, yb) = (years[k - 1], years[k]);
            let (za, zb) = (g.forward(values[k - 1]), g.forward(values[k]));
            let w = f64::from(year - ya) / f64::from(yb - ya);
            let v = g.inverse(za + w * (zb - za));
            v.is_finite().then_some((v, JudgedOn::Interpolated))
        }
    }
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

/// The rules of [`judge_with`], on the uncompressed verdict.
#[inline]
fn draft(
    case: &Case<'_>,
    cagr: impl Fn(Leg, f64, f64) -> f64,
    reach: impl FnOnce(i32) -> Option<i32>,
) -> Draft {
    let (years, values) = (case.years, case.values);
    let n = years.len();
    if n == 0 || values.len() != n {
        return Verdict::not_assessable(Reason::NoObservations).into();
    }
    let goal = case.goal;
    let (c, target, big_t) = (goal.comparator, goal.value, goal.year);
    let last = (years[n - 1], values[n - 1]);
    let b = case.base.min(n - 1);
    let base = (years[b], values[b]);
    let positive = target > 0.0 && case.all_positive;
    let mut basis = if positive {
        GrowthBasis::Cagr
    } else {
        GrowthBasis::AnnualChange
    };
    let growth = |leg: Leg, from: (i32, f64), to: (i32, f64), basis: GrowthBasis| {
        growth_between_with(from, to, basis, |r, dt| cagr(leg, r, dt))
    };

    let mut observed = if b + 1 < n {
        growth(Leg::Observed, base, last, basis)
    } else {
        None
    };
    let ahead = big_t > last.0;
    if n == 1 && ahead && positive {
        if let Some(p) = case.projected {
            // Anticipated progress: the growth the reference trajectory implies.
            observed = growth(Leg::Other, last, (big_t, p), GrowthBasis::Cagr);
            basis = GrowthBasis::Reference;
        }
    }
    let required = growth(Leg::Required, base, (big_t, target), basis_of(basis));
    let required_from_last = growth(
        Leg::RequiredFromLast,
        last,
        (big_t, target),
        basis_of(basis),
    );
    let progress_ratio = match (observed, required) {
        (Some(o), Some(r)) if r != 0.0 => Some(o / r).filter(|x| x.is_finite()),
        _ => None,
    };
    let change = target - base.1;
    let share = |v: f64| Some((v - base.1) / change).filter(|x| x.is_finite());
    // [(y_t − y0)/(y* − y0)] / [(t − t0)/(T − t0)], as one division.
    let midterm_ratio = (b + 1 < n && ahead)
        .then(|| {
            let done = (last.1 - base.1) * f64::from(big_t - base.0);
            Some(done / (change * f64::from(last.0 - base.0))).filter(|x| x.is_finite())
        })
        .flatten();

    let mut v = Draft {
        status: Status::NotAssessable(Reason::GrowthUndefined),
        judged_on: JudgedOn::Nothing,
        basis: Some(basis),
        base_year: Some(base.0),
        base_value: Some(base.1),
        observed,
        required,
        required_from_last,
        progress_ratio,
        unsd_ratio: None,
        midterm_ratio,
        value_at_target_year: None,
        met_late: None,
        year_reached: None,
    };
    let first_met = |after: Option<i32>| {
        years
            .iter()
            .zip(values)
            .find(|&(&y, &x)| after.is_none_or(|a| y > a) && c.holds(x, target))
            .map(|(&y, _)| y)
    };

    // Rule 2: the target year has passed.
    if !ahead {
        let Some((at, how)) = value_at(years, values, case.bounds, big_t) else {
            v.status = Status::NotAssessable(Reason::TargetBeforeObservations);
            return v;
        };
        v.value_at_target_year = Some(at);
        v.judged_on = how;
        v.unsd_ratio = share(at);
        if c.holds(at, target) {
            v.status = Status::Achieved;
            // Met by year T: the first observation that met it, or T itself when only the
            // interpolated value did.
            v.year_reached = first_met(None).filter(|&y| y <= big_t).or(Some(big_t));
        } else {
            v.status = Status::Missed;
            v.met_late = first_met(Some(big_t));
            v.year_reached = v.met_late.or_else(|| reach(last.0 + 1));
        }
        return v;
    }
    v.unsd_ratio = case.projected.and_then(share);

    // Rule 3: already met.
    if c != Comparator::Eq && c.holds(last.1, target) {
        v.status = Status::Achieved;
        v.judged_on = JudgedOn::LastObservation;
        v.year_reached = first_met(None);
        return v;
    }
    let Some(obs) = observed else {
        if n == 1 {
            // One observation and no trajectory to carry it forward.
            v.status = Status::NotAssessable(Reason::SingleObservation);
        }
        return v;
    };
    v.judged_on = JudgedOn::Pace;
    v.status = if c == Comparator::Eq {
        // Rule 5: where the pace lands against the band.
        match band_status(case, base, obs, basis_of(basis), &growth) {
            Some(s) => s,
            None => {
                v.judged_on = JudgedOn::Nothing;
                Status::NotAssessable(Reason::GrowthUndefined)
            }
        }
    } else if c.holds(base.1, target) {
        // Met at the base year, not any more: R has no meaning.
        v.progress_ratio = None;
        Status::MovingAway
    } else {
        match required {
            None => {
                v.judged_on = JudgedOn::Nothing;
                Status::NotAssessable(Reason::GrowthUndefined)
            }
            Some(req) => pace_status(c, obs, req, case.thresholds),
        }
    };
    if matches!(v.status, Status::NotAssessable(_)) {
        return v;
    }
    v.year_reached = reach(last.0 + 1);
    v
}

/// The growth basis used for required growth: a reference's anticipated growth is a CAGR.
fn basis_of(basis: GrowthBasis) -> GrowthBasis {
    match basis {
        GrowthBasis::Reference => GrowthBasis::Cagr,
        b => b,
    }
}

/// Rule 4's status from the actual and the required growth (the target not met at t0).
fn pace_status(c: Comparator, obs: f64, req: f64, thresholds: &Thresholds) -> Status {
    if req == 0.0 {
        // A strict comparator at the base value: any move the right way meets it.
        let right_way = match c {
            Comparator::Ge | Comparator::Gt => obs > 0.0,
            Comparator::Le | Comparator::Lt => obs < 0.0,
            Comparator::Eq => obs == 0.0,
        };
        return if right_way {
            Status::OnTrack
        } else {
            Status::MovingAway
        };
    }
    let ratio = obs / req;
    if !ratio.is_finite() {
        // |required| below ~1e-308 (a target a hair from the base value): the sign decides.
        return if ratio > 0.0 {
            Status::OnTrack
        } else {
            Status::MovingAway
        };
    }
    thresholds.classify(ratio)
}

/// Rule 5: an `=` target's status from the actual growth `obs` since `base`.
fn band_status(
    case: &Case<'_>,
    base: (i32, f64),
    obs: f64,
    basis: GrowthBasis,
    growth: &impl Fn(Leg, (i32, f64), (i32, f64), GrowthBasis) -> Option<f64>,
) -> Option<Status> {
    let goal = case.goal;
    let tol = Comparator::EQ_TOLERANCE * goal.value.abs();
    let (lo, hi) = (goal.value - tol, goal.value + tol);
    let g_lo = growth(Leg::Other, base, (goal.year, lo), basis)?;
    let g_hi = growth(Leg::Other, base, (goal.year, hi), basis)?;
    if g_lo <= obs && obs <= g_hi {
        return Some(Status::OnTrack);
    }
    let y0 = base.1;
    Some(if y0 < lo {
        if obs > g_hi {
            Status::Overshooting
        } else {
            pace_status(Comparator::Ge, obs, g_lo, case.thresholds)
        }
    } else if y0 > hi {
        if obs < g_lo {
            Status::Overshooting
        } else {
            pace_status(Comparator::Le, obs, g_hi, case.thresholds)
        }
    } else {
        Status::MovingAway
    })
}

#[cfg(test)]
mod tests;
