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
