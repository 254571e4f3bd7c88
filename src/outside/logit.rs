//! Ridge-penalised logistic regression by Newton's method (IRLS), small and dense.
//!
//! It maximises ℓ(β) − ½ Σⱼ λⱼ (βⱼ − mⱼ)², ℓ the Bernoulli log-likelihood of logit P = xᵀβ, with
//! a penalty λⱼ ≥ 0 and a prior mean mⱼ per coefficient (λ = 0: unpenalised, e.g. an intercept).
//! The objective is strictly concave when every coefficient is penalised or the design has full
//! rank, so Newton's steps β ← β + (XᵀWX + Λ)⁻¹ (Xᵀ(y − μ) − Λ(β − m)), W = diag μ(1 − μ),
//! converge from β = m; a step that would lower the objective is halved.

use nalgebra::{DMatrix, DVector};

use crate::error::{Error, Result};

/// The logistic function 1 / (1 + e^(−z)).
pub(crate) fn expit(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// ln(p / (1 − p)) of p clipped to [`lo`, 1 − `lo`].
pub(crate) fn logit_clipped(p: f64, lo: f64) -> f64 {
    let p = p.clamp(lo, 1.0 - lo);
    (p / (1.0 - p)).ln()
}

fn objective(
    x: &DMatrix<f64>,
    y: &[f64],
    beta: &DVector<f64>,
    lambda: &[f64],
    prior: &[f64],
) -> f64 {
    let eta = x * beta;
    let ll: f64 = eta
        .iter()
        .zip(y)
        .map(|(&e, &yi)| {
            // y·η − ln(1 + e^η), stable
            let soft = if e > 0.0 {
                e + (-e).exp().ln_1p()
            } else {
                e.exp().ln_1p()
            };
            yi * e - soft
        })
        .sum();
    let pen: f64 = beta
        .iter()
        .zip(lambda.iter().zip(prior))
        .map(|(b, (l, m))| l * (b - m).powi(2))
        .sum();
    ll - 0.5 * pen
}

/// The penalised maximum-likelihood coefficients of logit P = xᵀβ for outcomes `y` (0 or 1),
/// rows of `x` the cases, with penalty `lambda[j]` towards `prior[j]` on coefficient j.
///
/// # Errors
/// [`Error::InsufficientData`] without cases; [`Error::LengthMismatch`] when the rows, `y`,
/// `lambda` and `prior` disagree in length; [`Error::NonFiniteValue`] for a non-finite input;
/// [`Error::Unfittable`] when Newton's method does not converge in 200 steps (an unpenalised
/// coefficient on a separated design).
pub(crate) fn fit_ridge_logit(
    x: &[Vec<f64>],
    y: &[f64],
    lambda: &[f64],
    prior: &[f64],
) -> Result<Vec<f64>> {
    let n = x.len();
    let p = lambda.len();
    if n == 0 {
        return Err(Error::InsufficientData {
            what: "a penalised logit",
            needed: 1,
            got: 0,
        });
    }
    if y.len() != n || prior.len() != p || x.iter().any(|r| r.len() != p) {
        return Err(Error::LengthMismatch {
            years: n,
            values: y.len(),
        });
    }
    let bad = x
        .iter()
        .flatten()
        .chain(y)
        .chain(lambda)
        .chain(prior)
        .find(|v| !v.is_finite());
    if let Some(&value) = bad {
        return Err(Error::NonFiniteValue { year: 0, value });
    }
    let xm = DMatrix::from_fn(n, p, |i, j| x[i][j]);
    let mut beta = DVector::from_column_slice(prior);
    let mut obj = objective(&xm, y, &beta, lambda, prior);
    for _ in 0..200 {
        let eta = &xm * &beta;
        let mu: Vec<f64> = eta.iter().map(|&e| expit(e)).collect();
        let mut grad = DVector::zeros(p);
        let mut hess = DMatrix::zeros(p, p);
        for i in 0..n {
            let r = y[i] - mu[i];
            let w = mu[i] * (1.0 - mu[i]);
            for a in 0..p {
                grad[a] += xm[(i, a)] * r;
                for b in 0..p {
                    hess[(a, b)] += w * xm[(i, a)] * xm[(i, b)];
                }
            }
        }
        for j in 0..p {
            grad[j] -= lambda[j] * (beta[j] - prior[j]);
            hess[(j, j)] += lambda[j];
        }
        let Some(step) = hess.clone().cholesky().map(|c| c.solve(&grad)) else {
            break;
        };
        let mut t = 1.0;
        let mut next = &beta + &step;
        let mut next_obj = objective(&xm, y, &next, lambda, prior);
        while next_obj < obj - 1e-12 && t > 1e-6 {
            t *= 0.5;
            next = &beta + &step * t;
            next_obj = objective(&xm, y, &next, lambda, prior);
        }
        let change = (&next - &beta).amax();
        beta = next;
        obj = next_obj;
        if change < 1e-11 {
            return Ok(beta.iter().copied().collect());
        }
    }
    Err(Error::Unfittable {
        model: "penalised logit",
        reason: "Newton's method did not converge in 200 steps",
    })
}

/// The calibration intercept and slope of probability forecasts `p` of outcomes `met`
/// (Van Calster et al. 2019): the intercept a of logit P(met) = a + logit p (calibration in
/// the large, 0 when the mean forecast is right) and the slope b of logit P(met) = a' + b·logit p
/// (1 when forecasts are neither too extreme, b < 1, nor too timid), p clipped to [0.001, 0.999].
/// `None` when there are fewer than two outcomes of each kind, all forecasts are equal (no
/// slope), or Newton's method fails.
///
/// ```
/// let p = [0.2, 0.4, 0.6, 0.8, 0.3, 0.7];
/// let met = [false, true, false, true, false, true];
/// let (a, b) = plancast::calibration_line(&p, &met).unwrap();
/// assert!(a.is_finite() && b > 0.0); // met more often where P is higher
/// assert_eq!(plancast::calibration_line(&[0.5; 4], &[true, false, true, false]), None);
/// ```
pub fn calibration_line(p: &[f64], met: &[bool]) -> Option<(f64, f64)> {
    let ones = met.iter().filter(|m| **m).count();
    if p.len() != met.len() || ones < 2 || met.len() - ones < 2 || p.iter().any(|v| !v.is_finite())
    {
        return None;
    }
    let z: Vec<f64> = p.iter().map(|&v| logit_clipped(v, 0.001)).collect();
    let y: Vec<f64> = met.iter().map(|&m| f64::from(u8::from(m))).collect();
    // Intercept with offset z: one-dimensional Newton on the score Σ (y − expit(a + z)).
    let mut a = 0.0;
    for _ in 0..100 {
        let (mut g, mut h) = (0.0, 0.0);
        for (zi, yi) in z.iter().zip(&y) {
            let m = expit(a + zi);
            g += yi - m;
            h += m * (1.0 - m);
        }
        let step = g / h.max(1e-300);
        a += step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let x: Vec<Vec<f64>> = z.iter().map(|&zi| vec![1.0, zi]).collect();
    let b = fit_ridge_logit(&x, &y, &[0.0, 0.0], &[0.0, 0.0]).ok()?;
    a.is_finite().then_some((a, b[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One binary covariate, unpenalised: the maximum-likelihood fit is the closed form
    /// intercept = logit of the rate at x = 0, slope = the log odds ratio.
    #[test]
    fn unpenalised_two_groups_give_the_log_odds_ratio() {
        // x = 0: 3 met of 4; x = 1: 2 met of 6.
        let mut x = Vec::new();
        let mut y = Vec::new();
        for (g, met, n) in [(0.0, 3, 4), (1.0, 2, 6)] {
            for k in 0..n {
                x.push(vec![1.0, g]);
                y.push(if k < met { 1.0 } else { 0.0 });
            }
        }
        let b = fit_ridge_logit(&x, &y, &[0.0, 0.0], &[0.0, 0.0]).unwrap();
        let a = (3.0f64 / 1.0).ln();
        let s = (2.0f64 / 4.0).ln() - a;
        assert!((b[0] - a).abs() < 1e-9, "{b:?}");
        assert!((b[1] - s).abs() < 1e-9, "{b:?}");
    }

    /// Intercept only, penalised towards m: the score equation m_y − n·expit(β) = λ(β − m)
    /// holds at the fit (checked by bisection on it, independently of Newton).
    #[test]
    fn penalised_intercept_solves_its_score_equation() {
        let y = [1.0, 1.0, 1.0, 0.0, 1.0];
        let x = vec![vec![1.0]; 5];
        let (lambda, m) = (2.0, 0.0);
        let b = fit_ridge_logit(&x, &y, &[lambda], &[m]).unwrap()[0];
        let f = |t: f64| 4.0 - 5.0 * expit(t) - lambda * (t - m);
        let (mut lo, mut hi) = (-10.0, 10.0);
        for _ in 0..200 {
            let mid = 0.5 * (lo + hi);
            if f(mid) > 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assert!((b - 0.5 * (lo + hi)).abs() < 1e-9, "{b} vs {lo}");
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(fit_ridge_logit(&[], &[], &[1.0], &[0.0]).is_err());
        assert!(fit_ridge_logit(&[vec![f64::NAN]], &[1.0], &[1.0], &[0.0]).is_err());
        assert!(fit_ridge_logit(&[vec![1.0, 2.0]], &[1.0], &[1.0], &[0.0]).is_err());
    }
}
