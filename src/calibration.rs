//! Calibration: pooled rolling-origin backtest errors, by working scale and distance in
//! years, whose empirical quantiles make the default ([`crate::IntervalMethod::Calibrated`]) intervals
//! and probabilities (see [`crate::projection`] for how they are used).

mod pool;

use serde::{Deserialize, Serialize};

pub(crate) use self::pool::Pool;
use crate::indicator::Bounds;
use crate::model::{Fitted, Model, Transform};
use crate::par::*;
use crate::series::Series;

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
///
/// Windows too short for a residual sd (two points) pool their raw working-scale errors
/// apart; those pools serve scales without normalised scores and fits without an sd. The same
/// backtest chooses how projections continue the trend ([`Calibration::blend`],
/// [`Calibration::persistence`]), and the scores are measured from that centre.
///
/// ```
/// use plancast::model::{Model, Transform};
/// use plancast::{Bounds, Calibration, Series};
/// // Forty random walks with drift (a seeded LCG, uniform steps): the backtest learns to
/// // continue them with some of the drift and scores 1-year errors from there.
/// let mut state = 1u64;
/// let mut step = || {
///     state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
///     ((state >> 11) as f64 / (1u64 << 53) as f64) - 0.3
/// };
/// let series: Vec<Series> = (0..40)
///     .map(|_| {
///         let mut z = 50.0;
///         let v = (0..12).map(|_| { z += step(); z }).collect();
///         Series::try_new((2010..2022).collect(), v)
///     })
///     .collect::<Result<_, _>>()?;
/// let cal = Calibration::backtest(&series, Model::Linear, Bounds::NONE, 3, 5);
/// assert!(cal.is_usable() && cal.count(1) >= 20);
/// let (beta, omega) = (cal.persistence(Transform::Identity), cal.blend(Transform::Identity));
/// assert!((0.0..=1.0).contains(&beta) && [0.0, 0.5, 1.0].contains(&omega));
/// # Ok::<(), plancast::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Calibration {
    /// `scores[scale][d − 1]`: sorted scores e = (z − ẑ_anchored)/sd_textbook at distance d
    /// years, for fits on the values (0), log (1) and logit (2) scales.
    scores: [Vec<Pool>; 3],
    /// The fitted exponent b of each scale.
    growth: [f64; 3],
    /// `raw[scale][d − 1]`: sorted errors z − ẑ_anchored themselves, on the working scale,
    /// from every window, those too short for a residual sd (two points) included: used where
    /// the scale has no normalised pool or the fit has no sd (see [`Calibration::backtest`]).
    #[serde(default)]
    raw: [Vec<Pool>; 3],
    /// The exponent b of each scale's raw pools.
    #[serde(default)]
    raw_growth: [f64; 3],
    /// The share β of each scale's fitted trend that persisted in the backtest (see
    /// [`Calibration::persistence`]).
    persistence: [f64; 3],
    /// The weight ω of the random walk's drift in each scale's trend (see
    /// [`Calibration::blend`]).
    #[serde(default)]
    blend: [f64; 3],
}

/// Which pool a calibrated distribution comes from (see [`Calibration::at`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PoolAt<'a> {
    pub(crate) pool: &'a Pool,
    /// The multiplier (h/d)^b that carries the pool from its distance d to h (1 at h itself).
    pub(crate) mult: f64,
    /// The pool is another distance's.
    pub(crate) extrapolated: bool,
    /// The pool holds raw working-scale errors, not errors in units of the fit's sd.
    pub(crate) raw: bool,
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
        Self::from_pools(
            [pools.clone(), pools.clone(), pools],
            Default::default(),
            [1.0; 3],
            [0.0; 3],
        )
    }

    fn from_pools(
        scores: [Vec<Pool>; 3],
        raw: [Vec<Pool>; 3],
        persistence: [f64; 3],
        blend: [f64; 3],
    ) -> Self {
        let growth = [0, 1, 2].map(|k| spread_growth(&scores[k]));
        let raw_growth = [0, 1, 2].map(|k| spread_growth(&raw[k]));
        Calibration {
            scores,
            growth,
            raw,
            raw_growth,
            persistence,
            blend,
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
    ///
    /// With the `parallel` feature the series are backtested on rayon's thread pool; the
    /// result is the same, bit for bit, on any number of threads.
    pub fn backtest(
        series: &[Series],
        model: Model,
        bounds: Bounds,
        min_train: usize,
        max_horizon: usize,
    ) -> Self {
        Self::backtest_pooled(
            &[(series, model, bounds)],
            min_train,
            max_horizon,
            true,
            true,
        )
    }

    /// [`Calibration::backtest`] over several groups of series, each fitted with its own model
    /// and bounds (indicators of one kind, pooled), their windows scored together. `choose`:
    /// choose how projections continue the trend ([`Calibration::blend`],
    /// [`Calibration::persistence`]); otherwise the fitted trend is kept (β = 1, ω = 0) and the
    /// scores are its own errors.
    pub(crate) fn backtest_pooled(
        groups: &[(&[Series], Model, Bounds)],
        min_train: usize,
        max_horizon: usize,
        parallel: bool,
        choose: bool,
    ) -> Self {
        // Each series' windows are independent of the others': with `parallel` they are
        // computed on rayon's pool (with the `parallel` feature), and either way concatenated
        // in the series' order, so the pools are the same whatever the number of threads.
        let items: Vec<(&Series, Model, Bounds)> = groups
            .iter()
            .flat_map(|&(series, model, bounds)| series.iter().map(move |s| (s, model, bounds)))
            .collect();
        let one = |&(s, model, bounds): &(&Series, Model, Bounds)| {
            windows_of(s, model, bounds, min_train, max_horizon)
        };
        let per_series: Vec<Vec<Window>> = if parallel {
            items.par_iter().map(one).collect()
        } else {
            items.iter().map(one).collect()
        };
        let windows: Vec<Window> = per_series.into_iter().flatten().collect();
        let (mut persistence, mut blend) = ([1.0; 3], [0.0; 3]);
        for k in (0..3).filter(|_| choose) {
            if let Some((b, w)) = choose_centre(windows.iter().filter(|w| w.scale == k)) {
                (persistence[k], blend[k]) = (b, w);
            }
        }
        let mut by: [Vec<Vec<f64>>; 3] = std::array::from_fn(|_| vec![Vec::new(); max_horizon]);
        let mut raw = by.clone();
        for w in windows {
            let k = w.scale;
            let e = w.realized - persistence[k] * w.trend_under(blend[k]);
            raw[k][w.h - 1].push(e);
            if !w.sd.is_nan() {
                by[k][w.h - 1].push(e / w.sd);
            }
        }
        let pools = |by: [Vec<Vec<f64>>; 3]| by.map(|v| v.into_iter().map(Pool::from).collect());
        Self::from_pools(pools(by), pools(raw), persistence, blend)
    }

    /// The weight ω of the random walk's drift in the trend that calibrated projections keep
    /// a share β of ([`Calibration::persistence`]), on the scale of `t`: the centre is
    /// z_last + β·((1 − ω)·(fitted trend's change) + ω·drift·h), the drift being the mean
    /// yearly change between the series' first and last observations ([`Fitted::drift`]).
    /// ω = 0 keeps the fitted model's trend (a damped trend when β < 1), ω = 1 is a (damped)
    /// random walk with drift, ω = ½ their equal-weight combination. 0 when the scale has too
    /// few scores to calibrate.
    ///
    /// Chosen per scale among those three by the backtest's pooled out-of-sample error — the
    /// mean absolute error in units of each window's predictive sd, each candidate with its
    /// own least-squares β — ties going to the fitted trend. Choosing among forecasting
    /// methods by their errors pooled across many series, and combining them, is what the M4
    /// competition's best methods did (Makridakis, Spiliotis & Assimakopoulos, *IJF* 36,
    /// 2020). On the World Bank panel the backtest picks the drift on the values scale (the
    /// series with pre-diffusion zeros), which brought its point errors from 0.2–0.6 points
    /// above a random walk with drift's to 0.4–0.7 below; a β by median regression instead
    /// of least squares raised the Eurostat panels' errors and Brier scores, and was dropped.
    pub fn blend(&self, t: Transform) -> f64 {
        let k = scale_index(t);
        if self.calibrates(k) {
            self.blend[k]
        } else {
            0.0
        }
    }

    /// Whether the scale `k` has a pool (scores or raw errors) with enough entries somewhere.
    fn calibrates(&self, k: usize) -> bool {
        usable(&self.scores[k]) || usable(&self.raw[k])
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
        if self.calibrates(k) {
            self.persistence[k]
        } else {
            1.0
        }
    }

    /// Number of scores at distance h years (1-based), over every scale (normalised ones; the
    /// raw errors are counted by [`Calibration::raw_count`]).
    pub fn count(&self, h: usize) -> usize {
        count_at(&self.scores, h)
    }

    /// Number of raw errors at distance h years (1-based), over every scale: every window's,
    /// those without a residual sd included.
    pub fn raw_count(&self, h: usize) -> usize {
        count_at(&self.raw, h)
    }

    /// Largest distance with scores.
    pub fn max_horizon(&self) -> usize {
        self.scores
            .iter()
            .chain(&self.raw)
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }

    /// Whether some scale has a distance with enough scores (or raw errors) to calibrate.
    pub fn is_usable(&self) -> bool {
        self.scores.iter().chain(&self.raw).any(|p| usable(p))
    }

    /// The pool for distance h on the scale of `t`: the scores (errors in units of the fit's
    /// sd) when the fit has an sd (`with_sd`) and the scale has a distance with enough of them,
    /// else the raw errors (a two-point fit, or a panel whose windows are all too short for an
    /// sd); at h itself when it has enough, else at the nearest distance that has, carried to
    /// h by (h/d)^b. `None` when neither pool has a distance with 20 entries.
    pub(crate) fn at(&self, t: Transform, h: i64, with_sd: bool) -> Option<PoolAt<'_>> {
        let k = scale_index(t);
        let h = h.max(1) as usize;
        let scored = with_sd
            .then(|| nearest(&self.scores[k], self.growth[k], h))
            .flatten();
        match scored {
            Some((pool, mult, extrapolated)) => Some(PoolAt {
                pool,
                mult,
                extrapolated,
                raw: false,
            }),
            None => {
                nearest(&self.raw[k], self.raw_growth[k], h).map(|(pool, mult, extrapolated)| {
                    PoolAt {
                        pool,
                        mult,
                        extrapolated,
                        raw: true,
                    }
                })
            }
        }
    }
}

/// One (origin, outcome) pair of a backtest, on its fit's working scale.
#[derive(Debug, Clone, Copy)]
struct Window {
    /// [`scale_index`] of the fit.
    scale: usize,
    /// Distance in years from origin to outcome.
    h: usize,
    /// The change that happened since the origin's last value.
    realized: f64,
    /// The change the fitted trend projected (anchored at the last value).
    trend: f64,
    /// The change the random walk's drift projected.
    drift: f64,
    /// The fit's predictive sd at the outcome; NaN where it has none (two points, or a
    /// perfect fit).
    sd: f64,
}

impl Window {
    /// The projected change with a weight ω on the drift.
    #[inline]
    fn trend_under(&self, omega: f64) -> f64 {
        if omega == 0.0 {
            self.trend
        } else {
            (1.0 - omega) * self.trend + omega * self.drift
        }
    }
}

/// Drift weights a calibration chooses among (see [`Calibration::blend`]).
const BLENDS: [f64; 3] = [0.0, 0.5, 1.0];

/// The rolling-origin windows of one series: fitted to its first k + 1 observations for every
/// k from `min_train` − 1 on (at least two points), each later observation within
/// `max_horizon` years scored against the fit's projection.
fn windows_of(
    s: &Series,
    model: Model,
    bounds: Bounds,
    min_train: usize,
    max_horizon: usize,
) -> Vec<Window> {
    let mut windows = Vec::new();
    let years = s.years();
    for k in min_train.max(2) - 1..s.len().saturating_sub(1) {
        let train = s.until(years[k]);
        let Ok(fit) = model.fit(&train, bounds) else {
            continue;
        };
        let (g, z_last, drift) = (fit.transform(), fit.z_last(), fit.drift());
        for j in k + 1..s.len() {
            let h = (years[j] - years[k]) as usize;
            if h > max_horizon {
                break;
            }
            let t = f64::from(years[j]);
            let w = Window {
                scale: scale_index(g),
                h,
                realized: g.forward(s.values()[j]) - z_last,
                trend: fit.anchored_center(t) - z_last,
                drift: drift * h as f64,
                sd: fit
                    .predictive(t)
                    .sd
                    .filter(|&v| v > 0.0)
                    .unwrap_or(f64::NAN),
            };
            if w.realized.is_finite() && w.trend.is_finite() {
                windows.push(w);
            }
        }
    }
    windows
}

/// (β, ω): for each candidate ω, β by least squares; the candidate with the least mean
/// absolute scaled error over the windows that have an sd; `None` with fewer than
/// [`MIN_CALIBRATION_SCORES`] of them (see [`Calibration::blend`]).
fn choose_centre<'w>(windows: impl Iterator<Item = &'w Window>) -> Option<(f64, f64)> {
    let scored: Vec<&Window> = windows.filter(|w| !w.sd.is_nan()).collect();
    if scored.len() < MIN_CALIBRATION_SCORES {
        return None;
    }
    let mut best: Option<(f64, f64, f64)> = None;
    for omega in BLENDS {
        // β: least squares of the realised change on the projected one, through the origin.
        let (sxy, sxx) = scored.iter().fold((0.0, 0.0), |(sxy, sxx), w| {
            let x = w.trend_under(omega);
            (sxy + w.realized * x, sxx + x * x)
        });
        let b = sxy / sxx;
        let beta = if b.is_finite() {
            b.clamp(0.0, PERSISTENCE_MAX)
        } else {
            1.0
        };
        let err: f64 = scored
            .iter()
            .map(|w| (w.realized - beta * w.trend_under(omega)).abs() / w.sd)
            .sum();
        if err.is_finite() && best.is_none_or(|(e, _, _)| err < e) {
            best = Some((err, beta, omega));
        }
    }
    best.map(|(_, beta, omega)| (beta, omega))
}

/// Whether some distance of `pools` has enough entries to calibrate.
fn usable(pools: &[Pool]) -> bool {
    pools
        .iter()
        .any(|p| p.sorted.len() >= MIN_CALIBRATION_SCORES)
}

/// Entries at distance h (1-based) over every scale.
fn count_at(by_scale: &[Vec<Pool>; 3], h: usize) -> usize {
    by_scale
        .iter()
        .map(|pools| {
            h.checked_sub(1)
                .and_then(|i| pools.get(i))
                .map_or(0, |p| p.sorted.len())
        })
        .sum()
}

/// The pool at distance h, or the nearest distance's with enough entries (the lower one on
/// ties) with the multiplier (h/d)^growth and `true` (carried).
fn nearest(pools: &[Pool], growth: f64, h: usize) -> Option<(&Pool, f64, bool)> {
    let enough = |d: usize| pools[d - 1].sorted.len() >= MIN_CALIBRATION_SCORES;
    if h <= pools.len() && enough(h) {
        return Some((&pools[h - 1], 1.0, false));
    }
    let d = (1..=pools.len())
        .filter(|&d| enough(d))
        .min_by_key(|&d| (d.abs_diff(h), d))?;
    let mult = (h as f64 / d as f64).powf(growth);
    Some((&pools[d - 1], mult, true))
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

#[cfg(test)]
mod tests {
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
