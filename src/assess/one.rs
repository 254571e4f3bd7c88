//! One series against one target: the projection at the target year, the probability of
//! meeting it, and the verdict — written once, for the panel driver ([`crate::assess_panel`]:
//! a series' own fit or a reference's trajectory) and the batch path's per-row code
//! ([`crate::assess_batch`]). The batch kernel computes the same numbers in SIMD lanes and
//! hands them to the same [`judge_with`].

use crate::feasibility::{cagr, Thresholds};
use crate::indicator::Bounds;
use crate::projection::{within_bounds, Forecast, IntervalMethod};
use crate::verdict::{judge_with, Case, Goal, Verdict};

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
