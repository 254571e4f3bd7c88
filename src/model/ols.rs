//! Ordinary least squares of z on t, the engine of the three closed-form models.

use serde::{Deserialize, Serialize};

use crate::math::max_num;

/// A straight line z = mean_z + slope·(t − mean_t) fitted by OLS, with what its textbook
/// prediction interval needs.
///
/// Centering on mean_t keeps the fit exact to rounding for years like 2020 (an uncentered
/// intercept would cancel catastrophically).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Ols {
    /// Number of points.
    pub n: usize,
    /// Mean of t.
    pub mean_t: f64,
    /// Mean of z (the fitted value at mean_t).
    pub mean_z: f64,
    /// Slope b.
    pub slope: f64,
    /// Σ(t − mean_t)².
    pub sxx: f64,
    /// Residual sum of squares.
    pub sse: f64,
}

impl Ols {
    /// Fits z on t (two passes: means, then centred sums). `None` if n < 2 or t does not vary.
    #[inline]
    pub fn fit(
        t: impl Iterator<Item = f64> + Clone,
        z: impl Iterator<Item = f64> + Clone,
    ) -> Option<Ols> {
        let mut n = 0usize;
        let (mut st, mut sz) = (0.0, 0.0);
        for (ti, zi) in t.clone().zip(z.clone()) {
            n += 1;
            st += ti;
            sz += zi;
        }
        if n < 2 {
            return None;
        }
        let nf = n as f64;
        let (mt, mz) = (st / nf, sz / nf);
        let (mut sxx, mut sxz, mut szz) = (0.0, 0.0, 0.0);
        for (ti, zi) in t.zip(z) {
            let dt = ti - mt;
            let dz = zi - mz;
            sxx += dt * dt;
            sxz += dt * dz;
            szz += dz * dz;
        }
        if sxx <= 0.0 {
            return None;
        }
        let slope = sxz / sxx;
        // SSE = Szz − Sxz²/Sxx, floored at 0 against rounding.
        let sse = (szz - slope * sxz).max(0.0);
        Some(Ols {
            n,
            mean_t: mt,
            mean_z: mz,
            slope,
            sxx,
            sse,
        })
    }

    /// Fitted z at t.
    #[inline]
    pub fn at(&self, t: f64) -> f64 {
        self.mean_z + self.slope * (t - self.mean_t)
    }

    /// Residual standard deviation s = sqrt(SSE/(n − 2)); `None` for n = 2.
    #[inline]
    pub fn sigma(&self) -> Option<f64> {
        (self.n > 2).then(|| (self.sse / (self.n - 2) as f64).sqrt())
    }

    /// sqrt(1 + 1/n + (t − mean_t)²/Sxx): the predictive standard error in units of s.
    #[inline]
    pub fn prediction_factor(&self, t: f64) -> f64 {
        let d = t - self.mean_t;
        (1.0 + 1.0 / self.n as f64 + d * d / self.sxx).sqrt()
    }
}

/// The time side of a least-squares line, shared by every series observed in the same years:
/// t̄, Sxx and the centred times. Computing it once per batch (or once per `Auto` fit, for all
/// its candidates) leaves one pass over z per fit.
#[derive(Debug, Clone)]
pub(crate) struct Design {
    n: usize,
    mean_t: f64,
    sxx: f64,
    dt: DtBuf,
    /// (t_n − t_1) and the gaps between consecutive years, for random-walk increments.
    span: f64,
    annual: bool,
    /// The quadratic term orthogonal to 1 and t: q_i = d_i² − m₂ − k₃·d_i (d_i = t_i − t̄,
    /// m₂ = Σd²/n, k₃ = Σd³/Σd²), and Σq².
    m2: f64,
    k3: f64,
    sqq: f64,
}

/// The curvature test's threshold: the quadratic term's t statistic must be below −3 (a
/// one-sided test at about 0.1–1 % for 5 to 27 degrees of freedom). Stricter than the usual
/// 5 % because a curve chosen on noise extrapolates its invented ceiling (issue 14 reports
/// `auto`'s Levenberg–Marquardt picks losing to a random walk on real ICT panels); measured
/// 2026-12-01 on `synthetic_panel --series 200000 --years 12`, −2 sent 1.4× as many series to
/// Levenberg–Marquardt as −3 (567 k against 805 k series/s).
const CURVATURE_T: f64 = 3.0;

#[derive(Debug, Clone)]
enum DtBuf {
    Stack([f64; DESIGN_STACK]),
    Heap(Vec<f64>),
}

/// Centred times kept inline for series of up to this many points.
const DESIGN_STACK: usize = 16;

impl Design {
    /// `None` for fewer than two years or years that do not vary.
    pub(crate) fn new(years: &[i32]) -> Option<Design> {
        let n = years.len();
        if n < 2 {
            return None;
        }
        let mean_t = years.iter().map(|&y| f64::from(y)).sum::<f64>() / n as f64;
        let mut dt = if n <= DESIGN_STACK {
            DtBuf::Stack([0.0; DESIGN_STACK])
        } else {
            DtBuf::Heap(vec![0.0; n])
        };
        let buf = match &mut dt {
            DtBuf::Stack(a) => &mut a[..n],
            DtBuf::Heap(v) => v.as_mut_slice(),
        };
        let mut sxx = 0.0;
        for (d, &y) in buf.iter_mut().zip(years) {
            *d = f64::from(y) - mean_t;
            sxx += *d * *d;
        }
        let span = f64::from(years[n - 1] - years[0]);
        let annual = years.windows(2).all(|w| w[1] - w[0] == 1);
        let (m2, k3) = (
            sxx / n as f64,
            buf.iter().map(|d| d * d * d).sum::<f64>() / sxx,
        );
        let sqq = buf
            .iter()
            .map(|&d| {
                let q = d * d - m2 - k3 * d;
                q * q
            })
            .sum();
        (sxx > 0.0).then_some(Design {
            n,
            mean_t,
            sxx,
            dt,
            span,
            annual,
            m2,
            k3,
            sqq,
        })
    }

    /// Random-walk-with-drift diffusion of z on these years (see `Fitted::rw_sigma`) for W
    /// series at once (z of point i in all lanes from `z(i)`; n ≥ 3): increments d_i over gaps
    /// Δ_i, drift μ = (z_n − z_1)/span, σ² = Σ(d_i − μΔ_i)²/Δ_i / (m − 1). The per-series fit
    /// calls it on one lane, so both paths round alike.
    #[inline(always)]
    pub(crate) fn rw_sigma_lanes<const W: usize>(
        &self,
        years: &[i32],
        z: impl Fn(usize) -> [f64; W],
    ) -> [f64; W] {
        let m = self.n - 1;
        let (z0, zm) = (z(0), z(m));
        let mut mu = [0.0; W];
        for l in 0..W {
            mu[l] = (zm[l] - z0[l]) / self.span;
        }
        let mut acc = [0.0; W];
        let mut prev = z0;
        for i in 0..m {
            let next = z(i + 1);
            if self.annual {
                for l in 0..W {
                    let d = next[l] - prev[l] - mu[l];
                    acc[l] += d * d;
                }
            } else {
                let gap = f64::from(years[i + 1] - years[i]);
                for l in 0..W {
                    let d = next[l] - prev[l] - mu[l] * gap;
                    acc[l] += d * d / gap;
                }
            }
            prev = next;
        }
        let mut out = [0.0; W];
        for l in 0..W {
            out[l] = (acc[l] / (m - 1) as f64).sqrt();
        }
        out
    }

    /// Mean year t̄.
    pub(crate) fn mean_t(&self) -> f64 {
        self.mean_t
    }

    /// Σ(t − t̄)².
    pub(crate) fn sxx(&self) -> f64 {
        self.sxx
    }

    fn dt(&self) -> &[f64] {
        match &self.dt {
            DtBuf::Stack(a) => &a[..self.n],
            DtBuf::Heap(v) => v,
        }
    }

    /// OLS of z on these times for W series at once (z of point i in all lanes from `z(i)`);
    /// the per-series fit calls it on one lane, so the batch kernel and the per-series path
    /// round alike.
    #[inline(always)]
    pub(crate) fn fit_lanes<const W: usize>(&self, z: impl Fn(usize) -> [f64; W]) -> LineLanes<W> {
        let n = self.n as f64;
        let mut sum = [0.0; W];
        for i in 0..self.n {
            let zi = z(i);
            for l in 0..W {
                sum[l] += zi[l];
            }
        }
        let mut mz = [0.0; W];
        for l in 0..W {
            mz[l] = sum[l] / n;
        }
        let (mut sxz, mut szz) = ([0.0; W], [0.0; W]);
        for (i, &d) in self.dt().iter().enumerate() {
            let zi = z(i);
            for l in 0..W {
                let dz = zi[l] - mz[l];
                sxz[l] += d * dz;
                szz[l] += dz * dz;
            }
        }
        let (mut slope, mut sse) = ([0.0; W], [0.0; W]);
        for l in 0..W {
            slope[l] = sxz[l] / self.sxx;
            sse[l] = max_num(szz[l] - slope[l] * sxz[l], 0.0);
        }
        LineLanes {
            mean_z: mz,
            slope,
            sse,
        }
    }
}

impl Design {
    /// Whether z bends down significantly over these years, for W series at once: the
    /// coefficient c of the quadratic term in z = a + b·t + c·q(t) (q orthogonal to 1 and t, so c
    /// = Σq·z/Σq² whatever the line) has t statistic c/se(c) < −3, se from the quadratic fit's
    /// residuals, SSE_quad = SSE_line − (Σq·z)²/Σq². On z = y this is the evidence a
    /// saturating curve needs: a ceiling is identified only past an inflection. Needs n ≥ 4;
    /// `line` is the line on the same z ([`Design::fit_lanes`]).
    ///
    /// The residuals of persistent series (random walks, trend breaks) are autocorrelated, and
    /// then the textbook se understates c's spread and "significant" curvature is found by
    /// chance: se² is inflated by (1 + ρ)/(1 − ρ), ρ the lag-1 autocorrelation of the quadratic
    /// fit's residuals clamped to [0, 0.9] (the AR(1) variance factor of a mean; Bartlett 1946,
    /// as in the Newey–West correction), so a random walk needs far stronger bending.
    #[inline(always)]
    pub(crate) fn concave_lanes<const W: usize>(
        &self,
        z: impl Fn(usize) -> [f64; W],
        line: &LineLanes<W>,
    ) -> [bool; W] {
        let mut qz = [0.0; W];
        for (i, &d) in self.dt().iter().enumerate() {
            let q = d * d - self.m2 - self.k3 * d;
            let zi = z(i);
            for l in 0..W {
                qz[l] += q * zi[l];
            }
        }
        let mut c = [0.0; W];
        for l in 0..W {
            c[l] = qz[l] / self.sqq;
        }
        // Lag-1 autocovariance of the quadratic fit's residuals.
        let (mut prev, mut lag, mut rr) = ([0.0; W], [0.0; W], [0.0; W]);
        for (i, &d) in self.dt().iter().enumerate() {
            let q = d * d - self.m2 - self.k3 * d;
            let zi = z(i);
            for l in 0..W {
                let r = zi[l] - line.mean_z[l] - line.slope[l] * d - c[l] * q;
                if i > 0 {
                    lag[l] += r * prev[l];
                }
                rr[l] += r * r;
                prev[l] = r;
            }
        }
        let df = self.n.saturating_sub(3) as f64;
        let mut out = [false; W];
        for l in 0..W {
            let sse_quad = max_num(line.sse[l] - qz[l] * qz[l] / self.sqq, 0.0);
            let rho = if rr[l] > 0.0 {
                (lag[l] / rr[l]).clamp(0.0, 0.9)
            } else {
                0.0
            };
            let inflate = (1.0 + rho) / (1.0 - rho);
            // t < −T ⇔ Σqz < 0 and (Σqz)²·df > T²·Σq²·SSE_quad·inflation (no square root, no
            // 0/0).
            out[l] = (qz[l] < 0.0)
                & (df > 0.0)
                & (qz[l] * qz[l] * df > CURVATURE_T * CURVATURE_T * self.sqq * sse_quad * inflate);
        }
        out
    }
}

/// W least-squares lines on one [`Design`]: z = mean_z + slope·(t − t̄).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineLanes<const W: usize> {
    pub(crate) mean_z: [f64; W],
    pub(crate) slope: [f64; W],
    pub(crate) sse: [f64; W],
}
