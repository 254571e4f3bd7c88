//! One series against one target: the projection at the target year, the probability of
//! meeting it, and the verdict — written once, for the panel driver ([`crate::assess_panel`]:
//! a series' own fit or a reference's trajectory) and the batch path's per-row code
//! ([`crate::assess_batch`]). The batch kernel computes the same numbers in SIMD lanes and
//! hands them to the same [`judge_with`].

use crate::feasibility::{cagr, Thresholds};
use crate::indicator::Bounds;
use crate::projection::IntervalMethod;
use crate::target::Comparator;
use crate::verdict::{judge_with, Case, Goal, Verdict};

/// A projection at one year: the value and, when one can be given, the interval
/// (lower, upper, method).
pub(crate) type Projected = (f64, Option<(f64, f64, IntervalMethod)>);

/// A trajectory that can be projected: a fitted model, or a reference's path anchored at a
/// region's value.
pub(crate) trait Forecast {
    /// The projection at `year` (`None` when it overflows) and the probability that the value
    /// then meets `comparator target`, from one predictive distribution.
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>);

    /// The first year in `from..` (within the crate's horizon) at which the trajectory's centre
    /// meets the target.
    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32>;

    /// P(value in `year` ≤ v) under the same predictive distribution, where there is one.
    fn cdf(&self, _year: i32, _v: f64) -> Option<f64> {
        None
    }
}

/// A projection and its interval held to the indicator's natural bounds: a value or interval
/// end beyond a bound is reported at it (a share cannot pass 100 %; a straight line fitted to
/// a share's history can). The probability is untouched: mass beyond a bound meets every
/// target up to it, as the bound itself would. Shared by the panel driver, the batch path's
/// per-row code and its kernel.
#[inline]
pub(crate) fn within_bounds(
    bounds: Bounds,
    value: f64,
    band: Option<(f64, f64, IntervalMethod)>,
) -> Projected {
    (
        bounds.clamp(value),
        band.map(|(lo, hi, m)| (bounds.clamp(lo), bounds.clamp(hi), m)),
    )
}

/// What one series says about one target.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub(crate) projected: Option<f64>,
    pub(crate) interval: Option<(f64, f64, IntervalMethod)>,
    pub(crate) probability: Option<f64>,
    pub(crate) verdict: Verdict,
}

/// Assesses the year-end observations (`years`, `values`: non-empty, strictly increasing
/// years) against `goal`, projecting with `forecast` when there is one.
///
/// A target year at or before the latest observation gets no projection, interval or
/// probability: it is judged on the value of that year (see [`crate::verdict`]).
pub(crate) fn assess_one<F: Forecast>(
    years: &[i32],
    values: &[f64],
    goal: &Goal,
    bounds: Bounds,
    thresholds: &Thresholds,
    forecast: Option<&F>,
) -> Outcome {
    let ahead = years.last().is_some_and(|&t| goal.year() > t);
    let (c, target) = (goal.comparator(), goal.value());
    let (projection, probability) = match forecast {
        Some(f) if ahead => f.project_and_probability(goal.year(), c, target),
        _ => (None, None),
    };
    let projection = projection.map(|(v, band)| within_bounds(bounds, v, band));
    let projected = projection.map(|p| p.0);
    let case = Case::new(years, values, goal, projected, bounds, thresholds);
    let verdict = judge_with(
        &case,
        |_, r, dt| cagr(r, dt),
        |from| forecast.and_then(|f| f.year_reached(from, c, target)),
    );
    Outcome {
        projected,
        interval: projection.and_then(|p| p.1),
        probability,
        verdict,
    }
}
