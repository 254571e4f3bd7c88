//! Projections with prediction intervals, and the probability of meeting a target.
//!
//! Three ways to put an interval around a fitted trajectory, all on the model's working scale
//! (z = g(y)) and mapped back through g⁻¹, so bounded models stay within their bounds:
//!
//! * [`IntervalMethod::Textbook`]: ẑ ± t(df)·s·sqrt(1 + 1/n + (T − t̄)²/Sxx) (delta method for
//!   the curves). Assumes the fitted trend continues with independent errors: too narrow over
//!   long horizons on real data.
//! * [`IntervalMethod::RandomWalk`]: centred on the fitted growth applied from the last
//!   observation ([`Fitted::anchored_center`]); the standard deviation grows as a random walk
//!   with drift's forecast error does: σ_Δ·sqrt(h(1 + h/span)), σ_Δ estimated from the series'
//!   own increments, h years past the last observation; never narrower than the textbook one.
//! * [`IntervalMethod::Calibrated`] (the default where a [`Calibration`] is available):
//!   split-conformal. Fit on early years of every series sharing the indicator (rolling
//!   origins), score each later year h years ahead by e = (z − ẑ_anchored)/sd_textbook, pool
//!   the scores per horizon, and use their empirical quantiles:
//!   ẑ_anchored + q_{(1−L)/2}(h)·sd … ẑ_anchored + q_{(1+L)/2}(h)·sd. Anchoring at the last
//!   observation matters: errors measured from the fitted line grow with the length of the
//!   window on persistent data, so short backtest windows would under-state the errors of the
//!   final, longer fit; errors measured from the last value do not. Covers L of outcomes
//!   whenever future errors are exchangeable with past ones; `tests/calibration.rs` checks
//!   75–85 % for an 80 % interval on four kinds of synthetic panel (trend + noise, random
//!   walk, trend breaks, saturating shares).

mod forecast;
mod interval;
mod probability;
mod reached;

pub(crate) use forecast::{within_bounds, Forecast, Projected};
pub use interval::{Interval, IntervalMethod, Level, Projection};
use probability::probability_from;
pub use probability::{effective_target, probability};
pub(crate) use probability::{
    probability_at, probability_from_cdf, probability_shifted, working_target,
};
pub(crate) use reached::*;
pub use reached::{year_reached, year_reached_under};

use crate::calibration::{Calibration, Pool, PoolAt};
use crate::dist::t_cdf;
use crate::error::Result;
use crate::math::{max_num, min_num};
use crate::model::{Fitted, Transform};
use crate::target::Comparator;

/// Which interval to build, and with what.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Uncertainty<'a> {
    /// [`IntervalMethod::Textbook`].
    Textbook,
    /// [`IntervalMethod::RandomWalk`].
    RandomWalk,
    /// [`IntervalMethod::Calibrated`] with this calibration; falls back to `RandomWalk` at
    /// horizons with too few scores.
    Calibrated(&'a Calibration),
}

/// The distribution of the working-scale value at one year, as used for intervals and
/// probabilities.
#[derive(Clone, Copy)]
pub(crate) enum WorkingDist<'a> {
    /// centre + sd·T(df).
    T { center: f64, sd: f64, df: u32 },
    /// centre + sd·mult·E, E the empirical scores.
    Empirical {
        center: f64,
        sd: f64,
        mult: f64,
        scores: &'a Pool,
    },
}

impl<'a> Uncertainty<'a> {
    /// Default: calibrated when a calibration is given, else random walk.
    pub fn default_with(cal: Option<&'a Calibration>) -> Self {
        cal.map_or(Uncertainty::RandomWalk, Uncertainty::Calibrated)
    }

    fn dist(self, fit: &Fitted, year: i32) -> Option<(WorkingDist<'a>, IntervalMethod)> {
        let p = fit.predictive(f64::from(year));
        let (g, last) = (fit.transform(), fit.last().0);
        let h = i64::from(year) - i64::from(last);
        let span = f64::from(last - fit.first().0);
        let plan = match p.sd {
            Some(_) => self.plan(g, h, span),
            // No residual sd (two points): only raw calibration errors can give a spread.
            None => self.plan_without_sd(g, h)?,
        };
        let after = After {
            anchored: fit.anchored_center(f64::from(year)),
            z_last: fit.z_last(),
            drift_change: fit.drift() * h as f64,
        };
        Some(plan.dist(
            p.center,
            p.sd.unwrap_or(f64::NAN),
            p.df,
            after,
            fit.rw_sigma(),
        ))
    }

    /// How projections on the scale of `t` continue a fitted trend: the calibration's
    /// [`Calibration::persistence`] and [`Calibration::blend`]; all of the fitted trend for
    /// the other methods.
    pub(crate) fn keep(self, t: Transform) -> Keep {
        match self {
            Uncertainty::Calibrated(cal) => Keep {
                beta: cal.persistence(t),
                omega: cal.blend(t),
            },
            _ => Keep::FITTED,
        }
    }

    /// What the distribution at horizon h (for an observed span) takes from the method and
    /// the calibration, the same for every series observed in the same years.
    #[inline]
    pub(crate) fn plan(self, transform: Transform, h: i64, span: f64) -> DistPlan<'a> {
        let widening = (h > 0 && span > 0.0).then(|| {
            let hf = h as f64;
            (hf * (1.0 + hf / span)).sqrt()
        });
        match self {
            Uncertainty::Textbook => DistPlan::Textbook,
            Uncertainty::RandomWalk => DistPlan::RandomWalk { widening },
            Uncertainty::Calibrated(cal) => match cal.at(transform, h, true) {
                Some(at) => DistPlan::empirical(cal, transform, h, at),
                None => DistPlan::RandomWalk { widening },
            },
        }
    }

    /// [`Uncertainty::plan`] for a fit without a residual sd: a calibration's raw errors, or
    /// nothing.
    fn plan_without_sd(self, transform: Transform, h: i64) -> Option<DistPlan<'a>> {
        match self {
            Uncertainty::Calibrated(cal) => cal
                .at(transform, h, false)
                .map(|at| DistPlan::empirical(cal, transform, h, at)),
            _ => None,
        }
    }
}

/// How a projection continues the trend after the last observation: a share β of the trend
/// that puts a weight ω on the random walk's drift and 1 − ω on the fitted model's trend (see
/// [`Calibration::blend`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Keep {
    pub(crate) beta: f64,
    pub(crate) omega: f64,
}

impl Keep {
    /// All of the fitted trend (the textbook and random-walk methods, and uncalibrated scales).
    pub(crate) const FITTED: Keep = Keep {
        beta: 1.0,
        omega: 0.0,
    };

    /// z_last + β·((1 − ω)·(anchored − z_last) + ω·drift change): the anchored centre
    /// itself, to the bit, when all of the fitted trend is kept.
    #[inline]
    pub(crate) fn centre(self, after: After) -> f64 {
        let After {
            anchored,
            z_last,
            drift_change,
        } = after;
        if self == Keep::FITTED {
            anchored
        } else if self.omega == 0.0 {
            z_last + self.beta * (anchored - z_last)
        } else {
            z_last
                + self.beta * ((1.0 - self.omega) * (anchored - z_last) + self.omega * drift_change)
        }
    }

    /// The slope after the last observation of a fitted line with `slope` and a random walk
    /// with `drift` (the same rule as [`Keep::centre`] for straight lines).
    #[inline]
    pub(crate) fn slope(self, slope: f64, drift: f64) -> f64 {
        if self == Keep::FITTED {
            slope
        } else if self.omega == 0.0 {
            slope * self.beta
        } else {
            self.beta * ((1.0 - self.omega) * slope + self.omega * drift)
        }
    }
}

/// Where a fit stands after its last observation at one year: the anchored centre
/// ([`Fitted::anchored_center`]), g(last value) and the random walk's drift times the years
/// since the last observation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct After {
    pub(crate) anchored: f64,
    pub(crate) z_last: f64,
    pub(crate) drift_change: f64,
}

/// [`Uncertainty`] resolved for one horizon: see [`Uncertainty::plan`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum DistPlan<'a> {
    Textbook,
    /// sqrt(h(1 + h/span)) when h > 0 and span > 0.
    RandomWalk {
        widening: Option<f64>,
    },
    Empirical {
        scores: &'a Pool,
        mult: f64,
        /// The scores come from another distance than the row's.
        extrapolated: bool,
        /// The scores are raw working-scale errors (the spread is theirs, not × the fit's sd).
        raw: bool,
        /// How the fitted trend is continued (all of it at or before the last observation).
        keep: Keep,
    },
}

impl<'a> DistPlan<'a> {
    fn empirical(cal: &Calibration, transform: Transform, h: i64, at: PoolAt<'a>) -> Self {
        DistPlan::Empirical {
            scores: at.pool,
            mult: at.mult,
            extrapolated: at.extrapolated,
            raw: at.raw,
            keep: if h > 0 {
                Uncertainty::Calibrated(cal).keep(transform)
            } else {
                Keep::FITTED
            },
        }
    }
}

impl<'a> DistPlan<'a> {
    /// The distribution of one fit: its model centre, predictive sd and df, where it stands
    /// after its last observation, and its random-walk σ.
    #[inline]
    pub(crate) fn dist(
        self,
        center: f64,
        sd_model: f64,
        df: u32,
        after: After,
        rw_sigma: Option<f64>,
    ) -> (WorkingDist<'a>, IntervalMethod) {
        match self {
            DistPlan::Textbook => (
                WorkingDist::T {
                    center,
                    sd: sd_model,
                    df,
                },
                IntervalMethod::Textbook,
            ),
            DistPlan::RandomWalk { widening } => {
                let sd = match (rw_sigma, widening) {
                    (Some(rw), Some(w)) => max_num(sd_model, rw * w),
                    _ => sd_model,
                };
                (
                    WorkingDist::T {
                        center: after.anchored,
                        sd,
                        df,
                    },
                    IntervalMethod::RandomWalk,
                )
            }
            DistPlan::Empirical {
                scores,
                mult,
                extrapolated,
                raw,
                keep,
            } => (
                WorkingDist::Empirical {
                    center: keep.centre(after),
                    sd: if raw { 1.0 } else { sd_model },
                    mult,
                    scores,
                },
                if extrapolated {
                    IntervalMethod::CalibratedExtrapolated
                } else {
                    IntervalMethod::Calibrated
                },
            ),
        }
    }

    /// The interval's ends as centre + k·sd: (k_lo, k_hi) for every fit with `df` under this
    /// plan (−q, q for the t; the conformal quantiles × the horizon multiplier for the
    /// scores), or `None` when the scores are too few for the level (the ends are ±∞).
    /// [`WorkingDist::interval`] gives the same numbers.
    #[inline]
    pub(crate) fn interval_scale(
        self,
        level: f64,
        quantiles: Option<&crate::dist::TQuantiles>,
        df: u32,
    ) -> Option<(f64, f64)> {
        match self {
            DistPlan::Textbook | DistPlan::RandomWalk { .. } => {
                let q = t_quantile_at(level, quantiles, df);
                Some((-q, q))
            }
            DistPlan::Empirical { scores, mult, .. } => {
                let lo = conformal_quantile(scores.sorted(), 0.5 - 0.5 * level, false)?;
                let hi = conformal_quantile(scores.sorted(), 0.5 + 0.5 * level, true)?;
                Some((lo * mult, hi * mult))
            }
        }
    }
}

/// t_{df, (1+level)/2}, from the table when it is the level's.
#[inline]
fn t_quantile_at(level: f64, quantiles: Option<&crate::dist::TQuantiles>, df: u32) -> f64 {
    match quantiles {
        Some(tq) if tq.level() == level => tq.get(df),
        _ => crate::dist::t_quantile(0.5 + 0.5 * level, df),
    }
}

impl WorkingDist<'_> {
    /// The centre.
    #[inline]
    pub(crate) fn center(&self) -> f64 {
        match *self {
            WorkingDist::T { center, .. } | WorkingDist::Empirical { center, .. } => center,
        }
    }

    /// The scale the interval is built on (before an empirical horizon multiplier).
    #[inline]
    pub(crate) fn sd(&self) -> f64 {
        match *self {
            WorkingDist::T { sd, .. } | WorkingDist::Empirical { sd, .. } => sd,
        }
    }

    /// The interval's ends at `level` on the working scale (±∞ when the scores are too few
    /// for the level).
    #[inline]
    pub(crate) fn interval(
        &self,
        level: f64,
        quantiles: Option<&crate::dist::TQuantiles>,
    ) -> (f64, f64) {
        match *self {
            WorkingDist::T { center, sd, df } => {
                // center − q·sd is center + (−q)·sd to the bit: the batch kernel adds k_lo·sd.
                let q = t_quantile_at(level, quantiles, df);
                (center - q * sd, center + q * sd)
            }
            WorkingDist::Empirical {
                center,
                sd,
                mult,
                scores,
            } => {
                let lo = conformal_quantile(scores.sorted(), 0.5 - 0.5 * level, false);
                let hi = conformal_quantile(scores.sorted(), 0.5 + 0.5 * level, true);
                match (lo, hi) {
                    (Some(a), Some(b)) => (center + a * mult * sd, center + b * mult * sd),
                    _ => (f64::NEG_INFINITY, f64::INFINITY),
                }
            }
        }
    }

    /// P(value ≤ v) from z = g(v) on the working scale (see [`working_target`]).
    #[inline(always)]
    pub(crate) fn cdf(&self, z: f64) -> f64 {
        match *self {
            WorkingDist::T { center, sd, df } => {
                if sd > 0.0 {
                    t_cdf((z - center) / sd, df)
                } else if center <= z {
                    1.0
                } else {
                    0.0
                }
            }
            WorkingDist::Empirical {
                center,
                sd,
                mult,
                scores,
            } => {
                let u = if sd > 0.0 {
                    (z - center) / (sd * mult)
                } else if z >= center {
                    f64::INFINITY
                } else {
                    f64::NEG_INFINITY
                };
                let below = scores.count_below(u);
                (below as f64 + 0.5) / (scores.sorted().len() as f64 + 1.0)
            }
        }
    }
}

/// Empirical quantile by the conformal rule: the ⌈(N+1)p⌉-th smallest (⌊(N+1)p⌋-th for the
/// lower tail); `None` when that index falls outside 1..=N (too few scores for the level).
fn conformal_quantile(sorted: &[f64], p: f64, upper: bool) -> Option<f64> {
    let n = sorted.len();
    let pos = (n + 1) as f64 * p;
    let k = if upper { pos.ceil() } else { pos.floor() } as usize;
    (1..=n).contains(&k).then(|| sorted[k - 1])
}

/// Projects a fitted trajectory to `year` with an interval at `level`.
///
/// The interval is `None` when the method has nothing to go on (two points and no
/// calibration). Bounded models map the interval back through g⁻¹, so it stays in bounds.
///
/// # Errors
/// [`crate::Error::Overflow`] when the projection or its interval is not finite (extreme horizons).
pub fn project(fit: &Fitted, year: i32, level: Level, how: Uncertainty<'_>) -> Result<Projection> {
    project_dist(fit, year, level, how.dist(fit, year), None)
}

/// [`project`] and [`probability`] at one year from one predictive distribution, with t
/// quantiles looked up in a table built once for the level (the batch path computes the
/// distribution once for both; the numbers are those of the two public functions).
pub(crate) fn project_and_probability(
    fit: &Fitted,
    year: i32,
    level: Level,
    how: Uncertainty<'_>,
    quantiles: Option<&crate::dist::TQuantiles>,
    comparator: Comparator,
    target: f64,
) -> (Result<Projection>, Option<f64>) {
    let dist = how.dist(fit, year);
    let p = dist
        .as_ref()
        .and_then(|(d, _)| probability_from(fit.transform(), d, comparator, target));
    (project_dist(fit, year, level, dist, quantiles), p)
}

fn project_dist(
    fit: &Fitted,
    year: i32,
    level: Level,
    dist: Option<(WorkingDist<'_>, IntervalMethod)>,
    quantiles: Option<&crate::dist::TQuantiles>,
) -> Result<Projection> {
    let g = fit.transform();
    let center = match &dist {
        Some((d, _)) => d.center(),
        None => fit.anchored_center(f64::from(year)),
    };
    let value = g.inverse(center);
    let interval = match dist {
        None => None,
        Some((d, method)) => {
            let (zl, zu) = d.interval(level.get(), quantiles);
            // The centre always lies inside: empirical quantiles can both be on one side.
            let (lo, hi) = (min_num(g.inverse(zl), value), max_num(g.inverse(zu), value));
            finish_interval(level, lo, hi, method)?
        }
    };
    Projection::try_new(year, value, interval)
}

/// An interval from its ends on the value scale, `None` unless both are finite.
#[inline]
pub(crate) fn finish_interval(
    level: Level,
    lo: f64,
    hi: f64,
    method: IntervalMethod,
) -> Result<Option<Interval>> {
    if lo.is_finite() && hi.is_finite() {
        Ok(Some(Interval::try_new(level, lo, hi, method)?))
    } else {
        Ok(None)
    }
}

/// Share of a bounded model's range by which a target on (or beyond) a bound is moved inside:
/// 0.05 % — on a 0–100 share, "100 %" becomes "at least 99.95 %", what rounds to 100.0 at
/// the one decimal statistics report shares with.
pub(crate) const BOUND_RESOLUTION: f64 = 0.0005;
