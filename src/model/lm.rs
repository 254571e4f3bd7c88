//! Levenberg–Marquardt for the three-parameter growth curves, on nalgebra's fixed-size types.
//!
//! Hand-written rather than taken from a crate because the problem is tiny and fixed (three
//! parameters, a handful of points): `Matrix3`/`Vector3` live on the stack, so a fit allocates
//! nothing, which is what lets the batch path fit hundreds of thousands of series a second.
//! The algorithm is Marquardt's with Nielsen's damping update (Madsen, Nielsen & Tingleff,
//! *Methods for Non-Linear Least Squares Problems*, 2004, §3.2).

use nalgebra::{Matrix3, Vector3};
use serde::{Deserialize, Serialize};

/// The three-parameter curves plancast fits by least squares on the value scale.
///
/// Parameters are (K, r, t0) with t measured from the series' mean year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Curve {
    /// y = K / (1 + exp(−r (t − t0))): logistic with a free ceiling K (floor 0).
    Logistic,
    /// y = K · exp(−exp(−r (t − t0))): Gompertz, an asymmetric S-curve.
    Gompertz,
}

impl Curve {
    /// Value and gradient with respect to (K, r, t0) at t.
    #[inline]
    pub fn eval(self, p: &Vector3<f64>, t: f64) -> (f64, Vector3<f64>) {
        let (k, r, t0) = (p[0], p[1], p[2]);
        let d = t - t0;
        let e = (-r * d).exp();
        match self {
            Curve::Logistic => {
                let q = 1.0 / (1.0 + e);
                let f = k * q;
                let w = k * e * q * q;
                (f, Vector3::new(q, w * d, -w * r))
            }
            Curve::Gompertz => {
                let g = (-e).exp();
                let f = k * g;
                let w = f * e;
                (f, Vector3::new(g, w * d, -w * r))
            }
        }
    }

    /// The curve's value at t.
    #[inline]
    pub fn value(self, p: &Vector3<f64>, t: f64) -> f64 {
        self.eval(p, t).0
    }

    /// Linearising transform used for starting values: z = h(y/K) is linear in t with slope r
    /// and root t0.
    fn linearise(self, u: f64) -> f64 {
        match self {
            Curve::Logistic => (u / (1.0 - u)).ln(),
            Curve::Gompertz => -(-u.ln()).ln(),
        }
    }

    /// A name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Curve::Logistic => "logistic (free ceiling)",
            Curve::Gompertz => "Gompertz",
        }
    }
}

/// Why Levenberg–Marquardt stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Termination {
    /// The gradient Jᵀr fell below tolerance.
    Gradient,
    /// The step fell below tolerance relative to the parameters.
    Step,
    /// The SSE reached zero (to rounding): an exact fit.
    ZeroResidual,
}

/// How a Levenberg–Marquardt fit went.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LmReport {
    /// Iterations used.
    pub iterations: usize,
    /// Why it stopped.
    pub termination: Termination,
    /// Final sum of squared errors.
    pub sse: f64,
}

/// A converged fit: parameters, the unscaled covariance (JᵀJ)⁻¹ and the report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LmFit {
    /// (K, r, t0), t0 relative to the centring year.
    pub(crate) params: Vector3<f64>,
    /// (JᵀJ)⁻¹ at the solution.
    pub(crate) jtj_inv: Matrix3<f64>,
    /// The report.
    pub(crate) report: LmReport,
}

/// Ceilings above this multiple of the largest observed value end the search.
pub(crate) const CEILING_LIMIT: f64 = 1e4;

/// Iteration cap.
pub(crate) const MAX_ITERATIONS: usize = 200;

/// Σr², JᵀJ and Jᵀr at `p`, from one evaluation of the curve and its gradient per point.
fn normal_equations(
    curve: Curve,
    p: &Vector3<f64>,
    t: &[f64],
    y: &[f64],
) -> (f64, Matrix3<f64>, Vector3<f64>) {
    let mut sse = 0.0;
    let mut a = Matrix3::zeros();
    let mut g = Vector3::zeros();
    for (&ti, &yi) in t.iter().zip(y) {
        let (f, j) = curve.eval(p, ti);
        let r = yi - f;
        sse += r * r;
        a += j * j.transpose();
        g += j * r;
    }
    (sse, a, g)
}

/// Minimises Σ(y − f(t; p))² from `start`. `t` should be centred.
///
/// Returns `None` when it does not converge in [`MAX_ITERATIONS`] or meets non-finite numbers.
pub(crate) fn minimise(curve: Curve, t: &[f64], y: &[f64], start: Vector3<f64>) -> Option<LmFit> {
    let scale_y = y
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    // A ceiling this far above the data is not identified by it (the series is still in its
    // exponential phase): give up early instead of iterating towards infinity.
    let ceiling_limit = CEILING_LIMIT * scale_y;
    let mut p = start;
    // SSE, JᵀJ and Jᵀr come from one pass; an accepted trial's pass serves the next iteration.
    let (mut sse, mut a, mut g) = normal_equations(curve, &p, t, y);
    if !sse.is_finite() {
        return None;
    }
    let mut lambda = -1.0; // set from the first JᵀJ
    let mut nu = 2.0;
    for iter in 0..MAX_ITERATIONS {
        if !(a.iter().all(|v| v.is_finite()) && g.iter().all(|v| v.is_finite())) {
            return None;
        }
        let done = |termination, p: Vector3<f64>, sse: f64| {
            let jtj_inv = a.try_inverse()?;
            Some(LmFit {
                params: p,
                jtj_inv,
                report: LmReport {
                    iterations: iter,
                    termination,
                    sse,
                },
            })
        };
        if sse <= 1e-28 * scale_y * scale_y * t.len() as f64 {
            return done(Termination::ZeroResidual, p, sse);
        }
        // Gradient test, scale-free: |Jᵀr| relative to |J|·|r|.
        let gnorm = g.amax();
        let jnorm = a.diagonal().map(f64::sqrt).amax();
        if gnorm <= 1e-13 * jnorm * sse.sqrt() {
            return done(Termination::Gradient, p, sse);
        }
        let diag = a.diagonal().map(|d| d.max(1e-12 * jnorm * jnorm));
        if lambda < 0.0 {
            lambda = 1e-3 * diag.max();
        }
        loop {
            let mut damped = a;
            for i in 0..3 {
                damped[(i, i)] += lambda * diag[i];
            }
            let Some(step) = damped.cholesky().map(|c| c.solve(&g)) else {
                // Not positive definite to rounding: damp harder.
                lambda *= nu;
                nu *= 2.0;
                if !lambda.is_finite() || lambda > 1e300 {
                    return None;
                }
                continue;
            };
            if step.norm() <= 1e-15 * (p.norm() + 1e-15) {
                return done(Termination::Step, p, sse);
            }
            let trial = p + step;
            let (trial_sse, trial_a, trial_g) = normal_equations(curve, &trial, t, y);
            let predicted = step.dot(&(lambda * diag.component_mul(&step) + g));
            let rho = if trial_sse.is_finite() && predicted > 0.0 {
                (sse - trial_sse) / predicted
            } else {
                -1.0
            };
            if rho > 0.0 {
                let small =
                    (sse - trial_sse) <= 1e-15 * sse && step.norm() <= 1e-10 * (p.norm() + 1e-10);
                p = trial;
                sse = trial_sse;
                if p[0].abs() > ceiling_limit {
                    return None;
                }
                lambda *= (1.0 - (2.0 * rho - 1.0).powi(3)).max(1.0 / 3.0);
                nu = 2.0;
                if small {
                    // (JᵀJ at the previous iterate; one step of 1e-10 relative changes nothing
                    // that matters for the covariance.)
                    return done(Termination::Step, p, sse);
                }
                a = trial_a;
                g = trial_g;
                break;
            }
            lambda *= nu;
            nu *= 2.0;
            if !lambda.is_finite() || lambda > 1e300 {
                return None;
            }
        }
    }
    None
}

/// Data-driven starting values: a ceiling K0 above the data, then OLS of the linearised
/// curve h(y/K0) on t gives r and t0.
pub(crate) fn start(
    curve: Curve,
    t: &[f64],
    y: &[f64],
    ceiling_factor: f64,
) -> Option<Vector3<f64>> {
    let ymax = y.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    if ymax.is_nan() || ymax <= 0.0 || y.iter().any(|&v| v <= 0.0) {
        return None;
    }
    let k0 = ymax * ceiling_factor;
    let z = y.iter().map(move |&v| curve.linearise(v / k0));
    let ols = super::ols::Ols::fit(t.iter().copied(), z)?;
    let r = ols.slope;
    if r == 0.0 || !r.is_finite() {
        return None;
    }
    // z = r (t − t0) → t0 = mean_t − mean_z / r
    let t0 = ols.mean_t - ols.mean_z / r;
    let p = Vector3::new(k0, r, t0);
    p.iter().all(|v| v.is_finite()).then_some(p)
}
