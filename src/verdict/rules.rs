//! The rules of a verdict (2–5 of the parent module's docs) on the uncompressed [`Draft`], with
//! the value of a passed target year interpolated on the indicator's [`working_scale`].

use super::{Case, Draft, JudgedOn, Leg, Verdict};
use crate::feasibility::{growth_between_with, GrowthBasis, Reason, Status, Thresholds};
use crate::indicator::Bounds;
use crate::model::Transform;
use crate::target::Comparator;

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

/// The rules of [`judge_with`](super::judge_with), on the uncompressed verdict.
#[inline]
pub(super) fn draft(
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
