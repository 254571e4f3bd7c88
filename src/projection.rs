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

use serde::{Deserialize, Serialize};

use crate::dist::t_cdf;
use crate::error::{Error, Result};
use crate::indicator::Bounds;
use crate::math::{max_num, min_num};
use crate::model::{Fitted, Model, Transform};
use crate::series::Series;
use crate::target::Comparator;

/// A probability level strictly between 0 and 1 (0.8 for an 80 % interval).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Level(f64);

impl Level {
    /// Builds a level.
    ///
    /// # Errors
    /// [`Error::InvalidLevel`] unless 0 < level < 1.
    pub fn try_new(level: f64) -> Result<Self> {
        if level > 0.0 && level < 1.0 {
            Ok(Level(level))
        } else {
            Err(Error::InvalidLevel { level })
        }
    }

    /// The level as a number.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Level {
    type Error = Error;
    fn try_from(v: f64) -> Result<Self> {
        Level::try_new(v)
    }
}

impl From<Level> for f64 {
    fn from(l: Level) -> f64 {
        l.0
    }
}

/// How an interval was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IntervalMethod {
    /// The model's own OLS / delta-method interval.
    Textbook,
    /// Widened as a random walk's forecast error grows.
    RandomWalk,
    /// Split-conformal, from the panel's own backtest errors at the row's distance in years.
    Calibrated,
    /// Split-conformal from the nearest backtested distance, its scores scaled to the row's
    /// distance by the growth fitted across the backtested distances (see [`Calibration`]).
    CalibratedExtrapolated,
    /// A borrowed path: the reference's interval widened by the spread of regions around their
    /// reference's growth ([`crate::RegionalSpread`]), as a normal on the working scale.
    Borrowed,
    /// A one-point series carried by the growth of its reference class: quantiles of the
    /// class's smoothed growth distribution ([`crate::ClassGrowth`]).
    ReferenceClass,
    /// The series' own interval pooled with its reference class's: quantiles of the
    /// equal-weight mixture of the two predictive distributions (`combine` module).
    Combined,
}

impl IntervalMethod {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            IntervalMethod::Textbook => "textbook",
            IntervalMethod::RandomWalk => "random_walk",
            IntervalMethod::Calibrated => "calibrated",
            IntervalMethod::CalibratedExtrapolated => "calibrated_extrapolated",
            IntervalMethod::Borrowed => "borrowed",
            IntervalMethod::ReferenceClass => "reference_class",
            IntervalMethod::Combined => "combined",
        }
    }
}

impl std::fmt::Display for IntervalMethod {
    /// The short name reports use ([`IntervalMethod::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A prediction interval. Invariant: finite, lower ≤ upper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    level: Level,
    lower: f64,
    upper: f64,
    method: IntervalMethod,
}

impl Interval {
    /// Builds an interval.
    ///
    /// # Errors
    /// [`Error::Overflow`] if a bound is not finite or lower > upper.
    pub fn try_new(level: Level, lower: f64, upper: f64, method: IntervalMethod) -> Result<Self> {
        if !(lower.is_finite() && upper.is_finite() && lower <= upper) {
            return Err(Error::Overflow {
                what: "the prediction interval",
            });
        }
        Ok(Interval {
            level,
            lower,
            upper,
            method,
        })
    }

    /// Nominal coverage.
    pub fn level(&self) -> Level {
        self.level
    }

    /// Lower end.
    pub fn lower(&self) -> f64 {
        self.lower
    }

    /// Upper end.
    pub fn upper(&self) -> f64 {
        self.upper
    }

    /// How it was computed.
    pub fn method(&self) -> IntervalMethod {
        self.method
    }

    /// Whether `x` lies inside (inclusive).
    pub fn contains(&self, x: f64) -> bool {
        x >= self.lower && x <= self.upper
    }
}

/// A projected value, with an interval when one can be given.
///
/// Invariant: `value` is finite and, with an interval, lower ≤ value ≤ upper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    year: i32,
    value: f64,
    interval: Option<Interval>,
}

impl Projection {
    /// Builds a projection.
    ///
    /// # Errors
    /// [`Error::Overflow`] if the value is not finite or falls outside its interval.
    pub fn try_new(year: i32, value: f64, interval: Option<Interval>) -> Result<Self> {
        if !value.is_finite() {
            return Err(Error::Overflow {
                what: "the projected value",
            });
        }
        if let Some(i) = interval {
            if !(i.lower <= value && value <= i.upper) {
                return Err(Error::Overflow {
                    what: "the projected value (outside its interval)",
                });
            }
        }
        Ok(Projection {
            year,
            value,
            interval,
        })
    }

    /// The year projected to.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The projected value.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The interval, if any.
    pub fn interval(&self) -> Option<&Interval> {
        self.interval.as_ref()
    }
}

/// Pooled, normalised backtest errors by working scale and distance in years: the data behind
/// calibrated intervals.
///
/// Scores are kept apart by the working scale of the fit that made them (values, log, logit):
/// a score is a forecast error divided by that fit's own predictive sd, and errors on different
/// scales are not exchangeable (on the World Bank panel, logit-scale rows calibrated with a pool
/// dominated by linear fits covered 3–13 % instead of 80 %). They are keyed by the distance
/// between origin and outcome in years, whatever the spacing of the data (annual, biennial,
/// 5-yearly, gaps).
///
/// At a distance with too few scores (fewer than 20), the pool of the nearest
/// distance that has enough is used, scaled by (h/d)^b: b is the slope of the log of the pools'
/// 80 % spread (q90 − q10) against the log distance, fitted by least squares across the
/// distances that have enough scores and kept within [0, 1.5]; with one such distance b = ½,
/// a random walk's growth. Such rows say `calibrated_extrapolated`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Calibration {
    /// `scores[scale][d − 1]`: sorted scores e = (z − ẑ_anchored)/sd_textbook at distance d
    /// years, for fits on the values (0), log (1) and logit (2) scales.
    scores: [Vec<Pool>; 3],
    /// The fitted exponent b of each scale.
    growth: [f64; 3],
    /// The share β of each scale's fitted trend that persisted in the backtest (see
    /// [`Calibration::persistence`]).
    persistence: [f64; 3],
}

/// Scores needed at a distance before a calibrated interval is used there.
pub(crate) const MIN_CALIBRATION_SCORES: usize = 20;

/// Largest trend persistence β a calibration may estimate.
const PERSISTENCE_MAX: f64 = 1.0;

/// Index of a working scale in a [`Calibration`].
#[inline]
pub(crate) fn scale_index(t: Transform) -> usize {
    match t {
        Transform::Identity => 0,
        Transform::Log => 1,
        Transform::Logit { .. } => 2,
    }
}

impl Calibration {
    /// Builds a calibration from scores grouped by distance (`by_horizon[d − 1]`), used for
    /// fits on every scale; non-finite scores are dropped.
    pub fn from_scores(by_horizon: Vec<Vec<f64>>) -> Self {
        let pools: Vec<Pool> = by_horizon.into_iter().map(Pool::from).collect();
        Self::from_pools([pools.clone(), pools.clone(), pools], [1.0; 3])
    }

    fn from_pools(scores: [Vec<Pool>; 3], persistence: [f64; 3]) -> Self {
        let growth = [0, 1, 2].map(|k| spread_growth(&scores[k]));
        Calibration {
            scores,
            growth,
            persistence,
        }
    }

    /// Rolling-origin backtest over `series`: for every origin with at least `min_train`
    /// points, fit `model` on the points up to it and score each later point within
    /// `max_horizon` years, in the pool of the fit's working scale and distance. Series too
    /// short, and fits that fail, contribute nothing.
    ///
    /// With [`Model::Auto`] the choice is made afresh on every window, so the scores measure the
    /// whole procedure (choose, then fit). Choosing once on all the data instead would score
    /// windows with a model selected because it fits them, and under-cover.
    pub fn backtest(
        series: &[Series],
        model: Model,
        bounds: Bounds,
        min_train: usize,
        max_horizon: usize,
    ) -> Self {
        // Every (origin, outcome) pair: its scale, distance, the change that happened since the
        // origin's last value, the change the fitted trend projected, and the predictive sd.
        let mut windows: Vec<(usize, usize, f64, f64, f64)> = Vec::new();
        for s in series {
            let years = s.years();

            for k in min_train.max(2) - 1..s.len().saturating_sub(1) {
                let train = s.until(years[k]);
                let Ok(fit) = model.fit(&train, bounds) else {
                    continue;
                };
                let (g, z_last) = (fit.transform(), fit.z_last());
                for j in k + 1..s.len() {
                    let h = (years[j] - years[k]) as usize;
                    if h > max_horizon {
                        break;
                    }
                    let t = f64::from(years[j]);
                    let Some(sd) = fit.predictive(t).sd.filter(|&v| v > 0.0) else {
                        continue;
                    };
                    let realized = g.forward(s.values()[j]) - z_last;
                    let trend = fit.anchored_center(t) - z_last;
                    if realized.is_finite() && trend.is_finite() {
                        windows.push((scale_index(g), h, realized, trend, sd));
                    }
                }
            }
        }
        // β per scale: least squares of the realised change on the projected one, through the
        // origin, over every window of the scale.
        let mut persistence = [1.0; 3];
        for (k, beta) in persistence.iter_mut().enumerate() {
            let (mut sxy, mut sxx, mut m) = (0.0, 0.0, 0usize);
            for w in windows.iter().filter(|w| w.0 == k) {
                sxy += w.2 * w.3;
                sxx += w.3 * w.3;
                m += 1;
            }
            let b = sxy / sxx;
            if m >= MIN_CALIBRATION_SCORES && b.is_finite() {
                *beta = b.clamp(0.0, PERSISTENCE_MAX);
            }
        }
        let mut by: [Vec<Vec<f64>>; 3] = std::array::from_fn(|_| vec![Vec::new(); max_horizon]);
        for (k, h, realized, trend, sd) in windows {
            by[k][h - 1].push((realized - persistence[k] * trend) / sd);
        }
        Self::from_pools(
            by.map(|v| v.into_iter().map(Pool::from).collect()),
            persistence,
        )
    }

    /// The share β of a fitted trend that the projection keeps on the scale of `t`: the
    /// least-squares slope of the change that happened on the change the fitted trend
    /// projected, over the backtest's windows of that scale, within [0, 1]; 1 when the scale
    /// has too few scores to calibrate. β < 1 says the panel's trends slowed down after they
    /// were fitted (saturation, catching up): calibrated projections are centred at
    /// z_last + β·(trend-projected change), and their scores measured from there. This is the
    /// damped trend (Gardner & McKenzie, *Management Science* 31, 1985) with its damping learnt
    /// across the panel's series rather than per series, and like it never amplifies a trend:
    /// on the World Bank panel an amplifying β (up to 1.5), learnt in the take-off years,
    /// over-shot the years after and cut the 80 % interval's coverage from 70–72 % to 64 %.
    pub fn persistence(&self, t: Transform) -> f64 {
        let k = scale_index(t);
        let usable = self.scores[k]
            .iter()
            .any(|p| p.sorted.len() >= MIN_CALIBRATION_SCORES);
        if usable {
            self.persistence[k]
        } else {
            1.0
        }
    }

    /// Number of scores at distance h years (1-based), over every scale.
    pub fn count(&self, h: usize) -> usize {
        self.scores
            .iter()
            .map(|pools| {
                h.checked_sub(1)
                    .and_then(|i| pools.get(i))
                    .map_or(0, |p| p.sorted.len())
            })
            .sum()
    }

    /// Largest distance with scores.
    pub fn max_horizon(&self) -> usize {
        self.scores.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// Whether some scale has a distance with enough scores to calibrate.
    pub fn is_usable(&self) -> bool {
        self.scores
            .iter()
            .flatten()
            .any(|p| p.sorted.len() >= MIN_CALIBRATION_SCORES)
    }

    /// Scores for distance h on the scale of `t`, the multiplier that carries them to h from
    /// the nearest distance with enough scores (1 at a distance of its own), and whether they
    /// were carried (the row's distance has too few scores of its own). `None` when
    /// the scale has no distance with 20 scores.
    fn at(&self, t: Transform, h: i64) -> Option<(&Pool, f64, bool)> {
        let k = scale_index(t);
        let pools = &self.scores[k];
        let h = h.max(1) as usize;
        let enough = |d: usize| pools[d - 1].sorted.len() >= MIN_CALIBRATION_SCORES;
        if h <= pools.len() && enough(h) {
            return Some((&pools[h - 1], 1.0, false));
        }
        // The nearest distance with enough scores, the lower one on ties.
        let d = (1..=pools.len())
            .filter(|&d| enough(d))
            .min_by_key(|&d| (d.abs_diff(h), d))?;
        let mult = (h as f64 / d as f64).powf(self.growth[k]);
        Some((&pools[d - 1], mult, true))
    }
}

/// The exponent b of spread(d) ∝ d^b across the distances with enough scores (see
/// [`Calibration`]).
fn spread_growth(pools: &[Pool]) -> f64 {
    let pts: Vec<(f64, f64)> = pools
        .iter()
        .enumerate()
        .filter(|(_, p)| p.sorted.len() >= MIN_CALIBRATION_SCORES)
        .filter_map(|(i, p)| {
            let n = p.sorted.len();
            let spread = p.sorted[(9 * n) / 10] - p.sorted[n / 10];
            (spread > 0.0).then(|| (((i + 1) as f64).ln(), spread.ln()))
        })
        .collect();
    if pts.len() < 2 {
        return 0.5;
    }
    let m = pts.len() as f64;
    let (mx, my) = (
        pts.iter().map(|p| p.0).sum::<f64>() / m,
        pts.iter().map(|p| p.1).sum::<f64>() / m,
    );
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let b = sxy / sxx;
    if b.is_finite() {
        b.clamp(0.0, 1.5)
    } else {
        0.5
    }
}

/// The sorted scores of one horizon, with a bucket index over their central 98 % so that
/// counting the scores below a value is one multiplication and a compare of [`WINDOW`]
/// scores, free of branches (a binary search within the bucket when it holds more); the sparse
/// tails (where a uniform grid would be mostly empty) are binary-searched on their own.
///
/// Why the count is exact: the bucket of a value, b(u) = ⌊(u − lo)·inv_step⌋, never
/// decreases as u grows (each rounded step is monotone), so every score in an earlier bucket
/// is below u and every score in a later one above it; only u's own bucket needs comparing,
/// and the scores after it in the window are all above u.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<f64>", into = "Vec<f64>")]
pub(crate) struct Pool {
    sorted: Vec<f64>,
    /// `sorted` followed by [`WINDOW`] copies of +∞: a window never runs off the end.
    padded: Vec<f64>,
    /// Bucketed range [lo, hi]: the 1st and 99th percentiles.
    lo: f64,
    hi: f64,
    inv_step: f64,
    /// `index[b]`: the scores below lo plus those in [lo, hi] whose bucket is before b; one
    /// entry per bucket and a last one, the scores up to hi.
    index: Vec<u32>,
    /// The buckets are in use (lo < hi).
    windowed: bool,
    /// Number of buckets − 1.
    last_bucket: usize,
}

/// Scores compared at once by [`Pool::count_below`].
const WINDOW: usize = 8;

impl From<Vec<f64>> for Pool {
    fn from(mut v: Vec<f64>) -> Self {
        v.retain(|x| x.is_finite());
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let (lo, hi) = if n == 0 {
            (0.0, 0.0)
        } else {
            (v[n / 100], v[(n - 1) - n / 100])
        };
        let buckets = (4 * n).clamp(1, 1 << 18);
        let inv_step = if hi > lo {
            buckets as f64 / (hi - lo)
        } else {
            0.0
        };
        let mut pool = Pool {
            padded: v.iter().copied().chain([f64::INFINITY; WINDOW]).collect(),
            sorted: v,
            lo,
            hi,
            inv_step,
            index: Vec::new(),
            windowed: false,
            last_bucket: buckets - 1,
        };
        let mut counts = vec![0u32; buckets];
        for &s in pool.sorted.iter().filter(|&&s| s >= lo && s <= hi) {
            counts[pool.bucket(s)] += 1;
        }
        let mut acc = pool.sorted.partition_point(|&e| e < lo) as u32;
        pool.index = Vec::with_capacity(buckets + 1);
        for c in counts {
            pool.index.push(acc);
            acc += c;
        }
        pool.index.push(acc);
        pool.windowed = inv_step > 0.0;
        pool
    }
}

impl From<Pool> for Vec<f64> {
    fn from(p: Pool) -> Self {
        p.sorted
    }
}

impl Pool {
    /// The bucket of u in [lo, hi].
    #[inline]
    fn bucket(&self, u: f64) -> usize {
        (((u - self.lo) * self.inv_step) as usize).min(self.last_bucket)
    }

    /// Number of scores strictly below `u` (exact; see the type's docs).
    #[inline]
    pub(crate) fn count_below(&self, u: f64) -> usize {
        let v = &self.sorted;
        if !self.windowed {
            return v.partition_point(|&e| e < u);
        }
        if u >= self.lo && u <= self.hi {
            let b = self.bucket(u);
            let (start, end) = (self.index[b] as usize, self.index[b + 1] as usize);
            if end - start <= WINDOW {
                let window = &self.padded[start..start + WINDOW];
                return start + window.iter().map(|&e| usize::from(e < u)).sum::<usize>();
            }
            return start + v[start..end].partition_point(|&e| e < u);
        }
        // The tails: below lo only the scores before the buckets, above hi only those after.
        if u < self.lo {
            let end = self.index[0] as usize;
            v[..end].partition_point(|&e| e < u)
        } else if u > self.hi {
            let start = self.index[self.last_bucket + 1] as usize;
            start + v[start..].partition_point(|&e| e < u)
        } else {
            // NaN: nothing is below it.
            0
        }
    }
}

/// The calibration score of a fitted trajectory at (year, value): (g(y) − ẑ_anchored)/sd, sd
/// the textbook predictive standard deviation.
pub fn score(fit: &Fitted, year: i32, value: f64) -> Option<f64> {
    let p = fit.predictive(f64::from(year));
    let sd = p.sd.filter(|&s| s > 0.0)?;
    let z = fit.transform().forward(value);
    let center = fit.anchored_center(f64::from(year));
    let e = (z - center) / sd;
    e.is_finite().then_some(e)
}

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
        self.dist_from(
            fit.transform(),
            fit.z_last(),
            p.center,
            p.sd?,
            p.df,
            fit.anchored_center(f64::from(year)),
            i64::from(year) - i64::from(fit.last().0),
            f64::from(fit.last().0 - fit.first().0),
            fit.rw_sigma(),
        )
    }

    /// The working-scale distribution from a fit's pieces: the model's centre, predictive sd
    /// and df at the year, the anchored centre, the horizon h past the last observation, the
    /// observed span and the random-walk σ.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn dist_from(
        self,
        transform: Transform,
        z_last: f64,
        center: f64,
        sd_model: f64,
        df: u32,
        anchored: f64,
        h: i64,
        span: f64,
        rw_sigma: Option<f64>,
    ) -> Option<(WorkingDist<'a>, IntervalMethod)> {
        Some(
            self.plan(transform, h, span)
                .dist(center, sd_model, df, anchored, z_last, rw_sigma),
        )
    }

    /// The share of a fitted trend on the scale of `t` that projections keep: the calibration's
    /// [`Calibration::persistence`], 1 for the other methods.
    pub(crate) fn persistence(self, t: Transform) -> f64 {
        match self {
            Uncertainty::Calibrated(cal) => cal.persistence(t),
            _ => 1.0,
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
            Uncertainty::Calibrated(cal) => match cal.at(transform, h) {
                Some((scores, mult, extrapolated)) => DistPlan::Empirical {
                    scores,
                    mult,
                    extrapolated,
                    persistence: if h > 0 {
                        cal.persistence(transform)
                    } else {
                        1.0
                    },
                },
                None => DistPlan::RandomWalk { widening },
            },
        }
    }
}

/// z_last + β·(anchored − z_last): the anchored centre with a share β of its trend kept.
#[inline]
pub(crate) fn persisted(anchored: f64, z_last: f64, beta: f64) -> f64 {
    if beta == 1.0 {
        anchored
    } else {
        z_last + beta * (anchored - z_last)
    }
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
        /// The share of the fitted trend kept (1 at or before the last observation).
        persistence: f64,
    },
}

impl<'a> DistPlan<'a> {
    /// The distribution of one fit: its model centre, predictive sd and df, anchored centre
    /// and random-walk σ.
    #[inline]
    pub(crate) fn dist(
        self,
        center: f64,
        sd_model: f64,
        df: u32,
        anchored: f64,
        z_last: f64,
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
                        center: anchored,
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
                persistence,
            } => (
                WorkingDist::Empirical {
                    center: persisted(anchored, z_last, persistence),
                    sd: sd_model,
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
                let lo = conformal_quantile(&scores.sorted, 0.5 - 0.5 * level, false)?;
                let hi = conformal_quantile(&scores.sorted, 0.5 + 0.5 * level, true)?;
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
                let lo = conformal_quantile(&scores.sorted, 0.5 - 0.5 * level, false);
                let hi = conformal_quantile(&scores.sorted, 0.5 + 0.5 * level, true);
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
                (below as f64 + 0.5) / (scores.sorted.len() as f64 + 1.0)
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
/// [`Error::Overflow`] when the projection or its interval is not finite (extreme horizons).
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

fn probability_from(
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
    reached_keeping(fit, from, horizon, comparator, target, 1.0)
}

/// [`year_reached`] of the centre that projections under `how` use: the fitted trend, with
/// the calibration's [`Calibration::persistence`] β applied after the last observation (the
/// same as [`year_reached`] for the other methods, or when β = 1). The assessment paths report
/// this year, so that it agrees with their projection.
pub fn year_reached_under(
    fit: &Fitted,
    from: i32,
    horizon: i32,
    comparator: Comparator,
    target: f64,
    how: Uncertainty<'_>,
) -> Option<i32> {
    let beta = how.persistence(fit.transform());
    reached_keeping(fit, from, horizon, comparator, target, beta)
}

/// The first year the anchored centre, with a share `beta` of its trend kept after the last
/// observation, meets the target (the one search behind [`year_reached`] and
/// [`year_reached_under`]).
fn reached_keeping(
    fit: &Fitted,
    from: i32,
    horizon: i32,
    comparator: Comparator,
    target: f64,
    beta: f64,
) -> Option<i32> {
    if let Some(o) = fit.ols() {
        let line = AnchoredLine {
            transform: fit.transform(),
            mean_z: o.mean_z,
            slope: if beta == 1.0 { o.slope } else { o.slope * beta },
            mean_t: o.mean_t,
            t_last: fit.last().0,
            z_last: fit.z_last(),
        };
        return line.year_reached(from, horizon, comparator, target);
    }
    let g = fit.transform();
    let t = effective_target(g, target);
    let meets = |y: i32| {
        let z = persisted(fit.anchored_center(f64::from(y)), fit.z_last(), beta);
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
        if year < t_last {
            return self.at(year);
        }
        self.at(year) - self.at(t_last) + self.z_last
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

#[cfg(test)]
mod pool_tests {
    use super::Pool;
    use rand::{Rng, SeedableRng};

    /// The bucketed count equals a binary search on every kind of pool: light and heavy
    /// tails, heavy ties, tiny pools; at every score, between scores, at ±∞ and NaN.
    #[test]
    fn count_below_is_exact() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        let mut windowed = 0;
        for case in 0..400 {
            let n = match case % 4 {
                0 => rng.gen_range(0..12),
                1 => rng.gen_range(12..300),
                _ => rng.gen_range(300..5000),
            };
            let scores: Vec<f64> = (0..n)
                .map(|_| {
                    let x: f64 = rng.gen_range(-1.0..1.0);
                    match case % 5 {
                        0 => x,
                        1 => x / (1.0 - x.abs()).max(1e-9),
                        2 => (x * 4.0).round() / 4.0,
                        3 => x.powi(9) * 1e6,
                        _ => x * 1e-300,
                    }
                })
                .collect();
            let pool = Pool::from(scores.clone());
            windowed += usize::from(pool.windowed);
            let mut sorted = scores;
            sorted.sort_by(f64::total_cmp);
            let mut probes: Vec<f64> = sorted.clone();
            probes.extend(sorted.windows(2).map(|w| 0.5 * (w[0] + w[1])));
            probes.extend(sorted.iter().map(|&s| s.next_up()));
            probes.extend(sorted.iter().map(|&s| s.next_down()));
            probes.extend([f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.0, -0.0]);
            probes.extend((0..50).map(|_| rng.gen_range(-2.0..2.0)));
            for u in probes {
                let want = sorted.partition_point(|&e| e < u);
                assert_eq!(pool.count_below(u), want, "case {case}, n {n}, u {u:e}");
            }
        }
        // Both paths were exercised.
        assert!((100..400).contains(&windowed), "{windowed} bucketed pools");
    }
}
