//! Ordinary least squares of z on t, the engine of the three closed-form models.

use serde::{Deserialize, Serialize};

/// A straight line z = mean_z + slope·(t − mean_t) fitted by OLS, with what its textbook
/// prediction interval needs.
///
/// Centering on mean_t keeps the fit exact to rounding for years like 2020 (an uncentered
/// intercept would cancel catastrophically).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
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
}

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
        (sxx > 0.0).then_some(Design {
            n,
            mean_t,
            sxx,
            dt,
            span,
            annual,
        })
    }

    /// Random-walk-with-drift diffusion of z on these years (see `Fitted::rw_sigma`): increments
    /// d_i over gaps Δ_i, drift μ = (z_n − z_1)/span, σ² = Σ(d_i − μΔ_i)²/Δ_i / (m − 1).
    #[inline]
    pub(crate) fn rw_sigma(&self, years: &[i32], z: &[f64]) -> Option<f64> {
        let m = self.n - 1;
        if m < 2 {
            return None;
        }
        let mu = (z[m] - z[0]) / self.span;
        let mut acc = 0.0;
        if self.annual {
            for w in z.windows(2) {
                let d = w[1] - w[0] - mu;
                acc += d * d;
            }
        } else {
            for i in 0..m {
                let gap = f64::from(years[i + 1] - years[i]);
                let d = z[i + 1] - z[i] - mu * gap;
                acc += d * d / gap;
            }
        }
        Some((acc / (m - 1) as f64).sqrt())
    }

    fn dt(&self) -> &[f64] {
        match &self.dt {
            DtBuf::Stack(a) => &a[..self.n],
            DtBuf::Heap(v) => v,
        }
    }

    /// OLS of z on these times.
    #[inline]
    pub(crate) fn fit(&self, z: &[f64]) -> Ols {
        let n = self.n as f64;
        let mz = z.iter().sum::<f64>() / n;
        let (mut sxz, mut szz) = (0.0, 0.0);
        for (&d, &zi) in self.dt().iter().zip(z) {
            let dz = zi - mz;
            sxz += d * dz;
            szz += dz * dz;
        }
        let slope = sxz / self.sxx;
        let sse = (szz - slope * sxz).max(0.0);
        Ols {
            n: self.n,
            mean_t: self.mean_t,
            mean_z: mz,
            slope,
            sxx: self.sxx,
            sse,
        }
    }
}
