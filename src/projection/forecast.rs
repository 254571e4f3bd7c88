//! A trajectory that can be projected — a fitted model, a reference's path anchored at a
//! region's value, a reference class's growth, or two of them pooled — as the assessment of one
//! target reads it.

use super::IntervalMethod;
use crate::indicator::Bounds;
use crate::target::Comparator;

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

    /// [`Forecast::cdf`] as the year reached reads it, year after year past the target's:
    /// the same by default; a reference class carries its target-year distribution by pace
    /// instead of building one per year.
    fn cdf_for_year_reached(&self, year: i32, v: f64) -> Option<f64> {
        self.cdf(year, v)
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
