//! The probability of meeting a target: the target moved inside a bounded model's bounds
//! ([`effective_target`]) and taken to the working scale, then read off the distribution's CDF.

use super::{Uncertainty, WorkingDist, BOUND_RESOLUTION};
use crate::model::{Fitted, Transform};
use crate::target::Comparator;

/// Moves a target that sits on or beyond a natural bound of a bounded model just inside it, and
/// leaves every other target alone.
///
/// A logistic between L and U never reaches U, so "≥ 100 %" would have probability 0; in a
/// plan it means "what rounds to 100 %". The rule: a target ≥ U becomes U − 0.05 % of the
/// range (a target ≤ L becomes L + 0.05 %). Targets strictly inside are never moved, so the
/// probability of `≥ x` falls as x rises through 99, 99.5, 99.9 and 99.95 %; only a target
/// written more finely than the rule (99.96–99.99 %) gets a probability below that of 100 %.
///
/// ```
/// use plancast::{effective_target, model::Transform};
/// let share = Transform::Logit { lower: 0.0, upper: 100.0 };
/// assert_eq!(effective_target(share, 99.9), 99.9);
/// assert!((effective_target(share, 100.0) - 99.95).abs() < 1e-12);
/// assert_eq!(effective_target(Transform::Log, 100.0), 100.0);
/// ```
pub fn effective_target(transform: Transform, target: f64) -> f64 {
    match transform {
        Transform::Logit { lower, upper } => {
            let eps = BOUND_RESOLUTION * (upper - lower);
            if target >= upper {
                upper - eps
            } else if target <= lower {
                lower + eps
            } else {
                target
            }
        }
        _ => target,
    }
}

/// Probability that the value in `year` meets `comparator target`, under the same
/// distribution the interval uses. `None` when there is no distribution (no scale).
///
/// `=` is met within ±[`Comparator::EQ_TOLERANCE`] relative. Targets on a bounded model's
/// bound are moved inside by [`effective_target`].
pub fn probability(
    fit: &Fitted,
    year: i32,
    comparator: Comparator,
    target: f64,
    how: Uncertainty<'_>,
) -> Option<f64> {
    let (d, _) = how.dist(fit, year)?;
    probability_from(fit.transform(), &d, comparator, target)
}

/// [`probability`] of a trajectory that runs `offset` above the fit's own on the working
/// scale (a reference's path anchored at a region's value): the target's working value is
/// taken once, then shifted.
pub(crate) fn probability_shifted(
    fit: &Fitted,
    year: i32,
    comparator: Comparator,
    target: f64,
    how: Uncertainty<'_>,
    offset: f64,
) -> Option<f64> {
    let (d, _) = how.dist(fit, year)?;
    let g = fit.transform();
    probability_at(&d, comparator, target, |v| working_target(g, v) - offset)
}

pub(super) fn probability_from(
    g: Transform,
    d: &WorkingDist<'_>,
    comparator: Comparator,
    target: f64,
) -> Option<f64> {
    probability_at(d, comparator, target, |v| working_target(g, v))
}

/// g(v) for a target v, moved inside a bounded model's bounds by [`effective_target`]; −∞
/// below the domain (v ≤ 0 on a log scale, under a logistic's floor).
#[inline]
pub(crate) fn working_target(g: Transform, v: f64) -> f64 {
    let z = g.forward(effective_target(g, v));
    if z.is_nan() {
        f64::NEG_INFINITY
    } else {
        z
    }
}

/// The probability that `comparator target` holds, `z_of(v)` giving [`working_target`].
#[inline]
pub(crate) fn probability_at(
    d: &WorkingDist<'_>,
    comparator: Comparator,
    target: f64,
    z_of: impl Fn(f64) -> f64,
) -> Option<f64> {
    probability_from_cdf(comparator, target, |v: f64| d.cdf(z_of(v)))
}

/// The probability that `comparator target` holds, from the CDF of the value: 1 − F(target)
/// for `>=`/`>`, F(target) for `<=`/`<`, F(target ± 5 %) for `=`; `None` unless finite.
#[inline]
pub(crate) fn probability_from_cdf(
    comparator: Comparator,
    target: f64,
    cdf: impl Fn(f64) -> f64,
) -> Option<f64> {
    let p = match comparator {
        Comparator::Ge | Comparator::Gt => 1.0 - cdf(target),
        Comparator::Le | Comparator::Lt => cdf(target),
        Comparator::Eq => {
            let tol = Comparator::EQ_TOLERANCE * target.abs();
            (cdf(target + tol) - cdf(target - tol)).max(0.0)
        }
    };
    p.is_finite().then(|| p.clamp(0.0, 1.0))
}
