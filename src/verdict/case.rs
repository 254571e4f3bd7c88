//! What a verdict is computed from: one series and its [`Goal`] as a [`Case`], with the base
//! year t0 found by rule 1 of the parent module's docs ([`base_index`]), and which growth rate a
//! CAGR is taken for ([`Leg`]).

use super::Goal;
use crate::feasibility::Thresholds;
use crate::indicator::Bounds;

/// Years before the latest observation that Eurostat's short-term assessment looks back.
const SHORT_TERM_YEARS: i32 = 5;

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
