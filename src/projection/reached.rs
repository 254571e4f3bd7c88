//! The year a trajectory reaches a target: the first year its projection centre meets it.

use super::*;

/// How far ahead the driver's year-reached looks, in years after the last observation.
pub(crate) const YEAR_REACHED_HORIZON: i32 = 100;

/// The first year in `from..=from + horizon` at which the projection centre meets
/// `comparator target` (targets on a bounded model's bound moved inside by
/// [`effective_target`]); `None` if it does not within the horizon.
///
/// The centre after the last observation is monotone in the year for every model, so for
/// `>=`, `>`, `<=`, `<` this is a binary search (a handful of evaluations instead of one per
/// year); `=` is searched year by year.
pub fn year_reached(
    fit: &Fitted,
    from: i32,
    horizon: i32,
    comparator: Comparator,
    target: f64,
) -> Option<i32> {
    reached_keeping(fit, from, horizon, comparator, target, Keep::FITTED)
}

/// [`year_reached`] of the centre that projections under `how` use: after the last
/// observation, the calibration's share β ([`Calibration::persistence`]) of the fitted trend
/// blended with the random walk's drift ([`Calibration::blend`]); the same as
/// [`year_reached`] for the other methods, or when β = 1 and ω = 0. The assessment paths
/// report this year, so that it agrees with their projection.
pub fn year_reached_under(
    fit: &Fitted,
    from: i32,
    horizon: i32,
    comparator: Comparator,
    target: f64,
    how: Uncertainty<'_>,
) -> Option<i32> {
    let keep = how.keep(fit.transform());
    reached_keeping(fit, from, horizon, comparator, target, keep)
}

/// The first year the centre, continuing the trend after the last observation as `keep`
/// says, meets the target (the one search behind [`year_reached`] and
/// [`year_reached_under`]).
fn reached_keeping(
    fit: &Fitted,
    from: i32,
    horizon: i32,
    comparator: Comparator,
    target: f64,
    keep: Keep,
) -> Option<i32> {
    if let Some(o) = fit.ols() {
        let line = AnchoredLine {
            transform: fit.transform(),
            mean_z: o.mean_z,
            slope: keep.slope(o.slope, fit.drift()),
            mean_t: o.mean_t,
            t_last: fit.last().0,
            z_last: fit.z_last(),
        };
        return line.year_reached(from, horizon, comparator, target);
    }
    let g = fit.transform();
    let t = effective_target(g, target);
    let meets = |y: i32| {
        let year = f64::from(y);
        let z = keep.centre(After {
            anchored: fit.anchored_center(year),
            z_last: fit.z_last(),
            drift_change: fit.drift() * (year - f64::from(fit.last().0)),
        });
        comparator.holds(g.inverse(z), t)
    };
    first_year(from, from.saturating_add(horizon), comparator, meets)
}

/// A closed-form trajectory as [`Fitted::anchored_center`] sees it: the fitted line on the
/// working scale, moved to pass through g(last value) from the last year on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AnchoredLine {
    pub(crate) transform: Transform,
    pub(crate) mean_z: f64,
    pub(crate) slope: f64,
    pub(crate) mean_t: f64,
    pub(crate) t_last: i32,
    pub(crate) z_last: f64,
}

impl AnchoredLine {
    #[inline]
    fn at(&self, year: f64) -> f64 {
        self.mean_z + self.slope * (year - self.mean_t)
    }

    /// The anchored centre at `year` (as [`Fitted::anchored_center`]).
    #[inline]
    pub(crate) fn center(&self, year: f64) -> f64 {
        let t_last = f64::from(self.t_last);
        crate::model::anchored(self.at(year), self.at(t_last), self.z_last, year, t_last)
    }

    /// [`year_reached`] of this line.
    pub(crate) fn year_reached(
        &self,
        from: i32,
        horizon: i32,
        comparator: Comparator,
        target: f64,
    ) -> Option<i32> {
        let z_target = || {
            self.transform
                .forward(effective_target(self.transform, target))
        };
        self.year_reached_with(from, horizon, comparator, target, z_target)
    }

    /// [`AnchoredLine::year_reached`] with g(effective target) supplied (only its finite
    /// values matter: [`working_target`] will do).
    pub(crate) fn year_reached_with(
        &self,
        from: i32,
        horizon: i32,
        comparator: Comparator,
        target: f64,
        z_target: impl FnOnce() -> f64,
    ) -> Option<i32> {
        let g = self.transform;
        let t = effective_target(g, target);
        let meets = |y: i32| comparator.holds(g.inverse(self.center(f64::from(y))), t);
        let to = from.saturating_add(horizon);
        // The anchored centre is a line on the working scale, so solve for the crossing and
        // confirm it with the same test the search would use (two evaluations).
        if let Comparator::Ge | Comparator::Gt | Comparator::Le | Comparator::Lt = comparator {
            let z_target = z_target();
            if self.slope != 0.0 && z_target.is_finite() && from > self.t_last {
                let cross = f64::from(self.t_last) + (z_target - self.z_last) / self.slope;
                if cross.is_finite() && cross > f64::from(from) && cross < f64::from(to) {
                    let y = cross.ceil() as i32;
                    for cand in [y - 1, y, y + 1] {
                        if cand > from && cand <= to && meets(cand) && !meets(cand - 1) {
                            return Some(cand);
                        }
                    }
                }
            }
        }
        first_year(from, to, comparator, meets)
    }
}

/// Smallest year in `from..=to` where `meets` holds: bisection when the comparator makes the
/// predicate monotone along a monotone path, a scan otherwise.
pub(crate) fn first_year(
    from: i32,
    to: i32,
    comparator: Comparator,
    meets: impl Fn(i32) -> bool,
) -> Option<i32> {
    if from > to {
        return None;
    }
    if comparator == Comparator::Eq {
        return (from..=to).find(|&y| meets(y));
    }
    if meets(from) {
        return Some(from);
    }
    if !meets(to) {
        return None;
    }
    // Invariant: !meets(lo), meets(hi).
    let (mut lo, mut hi) = (from, to);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if meets(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}
