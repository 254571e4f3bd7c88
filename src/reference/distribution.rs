//! The smoothed distribution of a reference class's changes over one horizon: what P(met),
//! the interval and the target's growth percentile are read from (see [`super::class`]).

use std::sync::Arc;

use super::class::MIN_CLASS_SERIES;

/// How far (bandwidths) a smoothing kernel's mass reaches: Φ(8) = 1 − 6e-16.
const KERNEL_REACH: f64 = 8.0;

/// A smoothed distribution of changes on a class's scale over one horizon.
#[derive(Debug, Clone)]
pub struct ClassDistribution {
    /// The kernels' centres, sorted; shared (not copied) by a distribution with a series left
    /// out ([`ClassDistribution::without`]).
    changes: Arc<Vec<f64>>,
    weights: Arc<Vec<f64>>,
    /// below[i] = weights[..i].sum(): the mass of the points left of a kernel's reach.
    below: Arc<Vec<f64>>,
    bandwidth: f64,
    series: f64,
    /// The raw (unnormalised) total weight and the sum of squares of the series' weights.
    raw: (f64, f64),
    /// Kernels of a series left out (change, weight as a share of the full total), and the
    /// factor that renormalises what remains: F(x) = (F_full(x) − Σ w·Φ((x − c)/h))·rescale.
    minus: Vec<(f64, f64)>,
    rescale: f64,
}

/// Kish's effective number of series from the sum and the sum of squares of their weights,
/// capped by the total weight: the level kernel can leave every series a small weight, which
/// Kish's ratio alone does not see.
pub(super) fn effective_series(sum: f64, sq: f64) -> f64 {
    if sq > 0.0 && sum > 0.0 {
        (sum * sum / sq).min(sum)
    } else {
        0.0
    }
}

impl ClassDistribution {
    /// This distribution without one series' records `own` (change, raw weight): its kernels
    /// subtracted and the rest renormalised, the bandwidth kept. `None` when fewer than
    /// [`MIN_CLASS_SERIES`] effective series remain.
    pub(super) fn without(&self, own: &[(f64, f64)]) -> Option<Self> {
        let (total, sq) = self.raw;
        let w: f64 = own.iter().map(|x| x.1).sum();
        let rest = total - w;
        let effective = effective_series(rest, sq - w * w);
        if effective < MIN_CLASS_SERIES - 1e-9 || rest <= 1e-12 * total {
            return None;
        }
        // The full distribution's kernels shared, the series' subtracted at evaluation: a row
        // pooled with its class costs its own records, not a copy of the class.
        let minus = self
            .minus
            .iter()
            .copied()
            .chain(own.iter().map(|&(c, x)| (c, x / total)))
            .collect();
        Some(ClassDistribution {
            changes: Arc::clone(&self.changes),
            weights: Arc::clone(&self.weights),
            below: Arc::clone(&self.below),
            bandwidth: self.bandwidth,
            series: effective,
            raw: (rest, sq - w * w),
            minus,
            rescale: self.rescale * total / rest,
        })
    }

    /// The smoothed distribution of `changes` with raw `weights`; `(sum, sq)` are the sum and
    /// the sum of squares of the series' total weights (the sum equals the weights' sum).
    pub(super) fn new(changes: Vec<f64>, weights: Vec<f64>, (sum, sq): (f64, f64)) -> Option<Self> {
        let series = effective_series(sum, sq);
        let total: f64 = weights.iter().sum();
        let mut pairs: Vec<(f64, f64)> = changes
            .into_iter()
            .zip(weights.iter().map(|w| w / total))
            .collect();
        pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let (changes, weights): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
        let mean: f64 = changes.iter().zip(&weights).map(|(c, w)| c * w).sum();
        let var: f64 = changes
            .iter()
            .zip(&weights)
            .map(|(c, w)| w * (c - mean) * (c - mean))
            .sum();
        let mut d = ClassDistribution {
            changes: Arc::new(changes),
            weights: Arc::new(weights),
            below: Arc::new(Vec::new()),
            bandwidth: 0.0,
            series,
            raw: (total, sq),
            minus: Vec::new(),
            rescale: 1.0,
        };
        let iqr = d.raw_quantile(0.75) - d.raw_quantile(0.25);
        let spread = var.sqrt().min(iqr / 1.34);
        let spread = if spread > 0.0 { spread } else { var.sqrt() };
        // Silverman's rule with the effective number of series as n; a floor keeps a class of
        // identical changes a distribution.
        d.bandwidth = (0.9 * spread * series.powf(-0.2)).max(1e-3 * (1.0 + mean.abs()));
        if !d.bandwidth.is_finite() {
            return None;
        }
        d.bin();
        d.below = Arc::new(
            std::iter::once(0.0)
                .chain(d.weights.iter().scan(0.0, |acc, w| {
                    *acc += w;
                    Some(*acc)
                }))
                .collect(),
        );
        Some(d)
    }

    /// Binned kernel smoothing (Wand, *Fast computation of multivariate kernel estimators*,
    /// JCGS 3(4), 1994): changes within a quarter bandwidth of each other are merged into one
    /// point at their weighted mean, carrying their summed weight. The mean is kept exactly;
    /// the CDF moves by far less than its smoothing. Only for large classes (> 256 records).
    fn bin(&mut self) {
        if self.changes.len() <= 256 {
            return;
        }
        let width = 0.25 * self.bandwidth;
        let (mut c, mut w): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
        let (mut start, mut sum_w, mut sum_cw) = (self.changes[0], 0.0, 0.0);
        for (&x, &wx) in self.changes.iter().zip(self.weights.iter()) {
            if x - start > width && sum_w > 0.0 {
                c.push(sum_cw / sum_w);
                w.push(sum_w);
                (start, sum_w, sum_cw) = (x, 0.0, 0.0);
            }
            sum_w += wx;
            sum_cw += wx * x;
        }
        if sum_w > 0.0 {
            c.push(sum_cw / sum_w);
            w.push(sum_w);
        }
        self.changes = Arc::new(c);
        self.weights = Arc::new(w);
    }

    /// The weighted empirical quantile of the unsmoothed changes (kept sorted).
    fn raw_quantile(&self, p: f64) -> f64 {
        let mut acc = 0.0;
        for (c, w) in self.changes.iter().zip(self.weights.iter()) {
            acc += w;
            if acc >= p {
                return *c;
            }
        }
        self.changes.last().copied().unwrap_or(f64::NAN)
    }

    /// P(change ≤ x).
    pub fn cdf(&self, x: f64) -> f64 {
        // Points more than 8 bandwidths left of x count fully, right of it not at all
        // (Φ(8) = 1 − 6e-16): only the kernels within reach are evaluated.
        let reach = KERNEL_REACH * self.bandwidth;
        let lo = self.changes.partition_point(|&c| c < x - reach);
        let hi = self.changes.partition_point(|&c| c <= x + reach);
        let near = kernel_sum(
            &self.changes[lo..hi],
            &self.weights[lo..hi],
            x,
            1.0 / self.bandwidth,
        );
        let full = self.below[lo] + near;
        if self.minus.is_empty() {
            return full.clamp(0.0, 1.0);
        }
        let inv_h = 1.0 / self.bandwidth;
        let out: f64 = self
            .minus
            .iter()
            .map(|&(c, w)| w * crate::math::normal_cdf((x - c) * inv_h))
            .sum();
        ((full - out) * self.rescale).clamp(0.0, 1.0)
    }

    /// The change with P(change ≤ x) = p, for p in (0, 1): the root of [`Self::cdf`] − p
    /// (Illinois method) from the unsmoothed quantile ± 8 bandwidths (the smoothing moves no
    /// mass further), to a relative precision of 1e-8.
    pub fn quantile(&self, p: f64) -> f64 {
        let q = self.raw_quantile(p);
        let step = KERNEL_REACH * self.bandwidth;
        let (mut lo, mut hi) = (q - step, q + step);
        while self.cdf(lo) > p && lo.is_finite() {
            lo -= step;
        }
        while self.cdf(hi) < p && hi.is_finite() {
            hi += step;
        }
        let tol = 1e-8 * (1.0 + q.abs());
        crate::math::solve_increasing(|x| Some(self.cdf(x) - p), lo, hi, tol)
            .unwrap_or(0.5 * (lo + hi))
    }

    /// The effective number of series behind the distribution.
    pub fn series(&self) -> f64 {
        self.series
    }
}

/// Σ wᵢ·Φ((x − cᵢ)/h) over the kernels in reach (`inv_h` = 1/h), eight at a time with the
/// lane Φ and exp of `math.rs`, kept per lane and added as a tree at the end. Compiled for
/// AVX-512 and AVX2 as well as the baseline, picked at run time like the batch kernel; every
/// version rounds alike. The panel driver spends most of its time here: a share row pooled
/// with its class evaluates this sum about a hundred times (the quantiles' root finding).
#[cfg_attr(
    not(any(plancast_isa = "avx2", plancast_isa = "baseline")),
    multiversion::multiversion(targets(
        "x86_64+avx512f+avx512dq+avx512vl+avx2+fma",
        "x86_64+avx2+fma"
    ))
)]
#[cfg_attr(
    plancast_isa = "avx2",
    multiversion::multiversion(targets("x86_64+avx2+fma"))
)]
fn kernel_sum(changes: &[f64], weights: &[f64], x: f64, inv_h: f64) -> f64 {
    let mut acc = [0.0; K];
    let (cs, ws) = (changes.chunks_exact(K), weights.chunks_exact(K));
    let (cr, wr) = (cs.remainder(), ws.remainder());
    for (c, w) in cs.zip(ws) {
        let c: [f64; K] = c.try_into().expect("chunks of K");
        let w: [f64; K] = w.try_into().expect("chunks of K");
        add_kernels(&mut acc, c, w, x, inv_h);
    }
    if !cr.is_empty() {
        // Padding: kernels at x with weight 0 add nothing.
        let (mut c, mut w) = ([x; K], [0.0; K]);
        c[..cr.len()].copy_from_slice(cr);
        w[..wr.len()].copy_from_slice(wr);
        add_kernels(&mut acc, c, w, x, inv_h);
    }
    crate::math::sum_lanes(acc)
}

/// Kernels [`kernel_sum`] evaluates together.
const K: usize = 8;

/// Adds wₗ·Φ((x − cₗ)/h) to lane l of `acc`.
#[inline(always)]
fn add_kernels(acc: &mut [f64; K], c: [f64; K], w: [f64; K], x: f64, inv_h: f64) {
    let p = crate::math::normal_cdf_fast_lanes(c.map(|c| (x - c) * inv_h));
    for l in 0..K {
        acc[l] += w[l] * p[l];
    }
}
