//! The curves fitted by Levenberg–Marquardt (free logistic, Gompertz): data-driven starts
//! ([`fit_curve_from`] from given ones) and the [`Fitted`] trajectory they make.

use nalgebra::Vector3;

use super::{aicc, check_len, lm, rw_sigma, Curve, Data, ModelKind, Termination};
use super::{Fitted, Mean, NonlinearMean, Transform, MIN_POINTS_NONLINEAR};
use crate::error::{Error, Result};
use crate::series::Series;

pub(super) fn fit_nonlinear(curve: Curve, data: Data<'_>) -> Result<Fitted> {
    let kind = match curve {
        Curve::Logistic => ModelKind::FreeLogistic,
        Curve::Gompertz => ModelKind::Gompertz,
    };
    check_len(kind.name(), data, MIN_POINTS_NONLINEAR)?;
    if let Some((&year, &value)) = data.years.iter().zip(data.values).find(|&(_, &v)| v <= 0.0) {
        return Err(Error::NonPositiveValue {
            model: kind.name(),
            year,
            value,
        });
    }
    let years = data.years;
    let center = years.iter().map(|&y| f64::from(y)).sum::<f64>() / years.len() as f64;
    let t: Vec<f64> = years.iter().map(|&y| f64::from(y) - center).collect();
    if t.iter().all(|&x| x == t[0]) {
        return Err(Error::NoTimeVariation);
    }
    let y = data.values;
    // Data-driven starts with ceilings 1.5×, 3×, 1.1× and 10× the largest value. The first
    // start that converges (gradient, step or zero-residual test) with a ceiling above the
    // data is taken (the usual case, one run); otherwise the next start runs and the lowest
    // SSE wins, until two converged starts agree on the SSE. A first start whose ceiling runs
    // off ends the search.
    let ymax = y.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mut best: Option<lm::LmFit> = None;
    for factor in [1.5, 3.0, 1.1, 10.0] {
        let Some(start) = lm::start(curve, &t, y, factor) else {
            continue;
        };
        let f = match lm::minimise(curve, &t, y, start) {
            Ok(f) => f,
            // The least-squares ceiling is at infinity along this start's path; other starts
            // walk the same ridge (on 80,000 synthetic saturating series none found a finite
            // ceiling after one start ran off), so stop here.
            Err(lm::Failure::Runaway) if best.is_none() => break,
            Err(_) => continue,
        };
        {
            let converged = matches!(
                f.report.termination,
                Termination::Gradient | Termination::ZeroResidual | Termination::Step
            );
            let clean = converged && f.params[0] > ymax;
            // Two starts that converge to the same SSE (to 1e-9) have found the same optimum:
            // the remaining starts would walk to it again.
            let confirmed = converged
                && best.is_some_and(|b| (f.report.sse - b.report.sse).abs() <= 1e-9 * b.report.sse);
            if best.is_none_or(|b| f.report.sse < b.report.sse) {
                best = Some(f);
            }
            if clean || confirmed {
                break;
            }
        }
    }
    let fit = best.ok_or(Error::Unfittable {
        model: kind.name(),
        reason: "no start converged to a finite ceiling (the data may not saturate yet)",
    })?;
    fitted_nonlinear(curve, data, center, fit)
}

/// Fits a Levenberg–Marquardt model from given starting parameters (K, r, t0 in calendar years).
///
/// For tests and for callers with prior knowledge; [`Model::fit`](super::Model::fit) uses
/// data-driven starts.
///
/// # Errors
/// As [`Model::fit`](super::Model::fit).
pub fn fit_curve_from(curve: Curve, series: &Series, start: [f64; 3]) -> Result<Fitted> {
    let kind_name = curve.name();
    let data = Data {
        years: series.years(),
        values: series.values(),
        design: None,
    };
    check_len(kind_name, data, MIN_POINTS_NONLINEAR)?;
    let years = series.years();
    let center = years.iter().map(|&y| f64::from(y)).sum::<f64>() / years.len() as f64;
    let t: Vec<f64> = years.iter().map(|&y| f64::from(y) - center).collect();
    let p0 = Vector3::new(start[0], start[1], start[2] - center);
    let fit = lm::minimise(curve, &t, series.values(), p0).map_err(|_| Error::NotConverged {
        model: kind_name,
        iterations: lm::MAX_ITERATIONS,
        sse: f64::NAN,
    })?;
    fitted_nonlinear(curve, data, center, fit)
}

fn fitted_nonlinear(curve: Curve, data: Data<'_>, center: f64, fit: lm::LmFit) -> Result<Fitted> {
    let kind = match curve {
        Curve::Logistic => ModelKind::FreeLogistic,
        Curve::Gompertz => ModelKind::Gompertz,
    };
    if !(fit.params.iter().all(|v| v.is_finite()) && fit.params[0] > 0.0) {
        return Err(Error::Unfittable {
            model: kind.name(),
            reason: "the least-squares ceiling is not positive and finite",
        });
    }
    let n = data.len();
    Ok(Fitted {
        kind,
        transform: Transform::Identity,
        center_year: center,
        mean: Mean::Nonlinear(Box::new(NonlinearMean {
            curve,
            params: fit.params,
            jtj_inv: fit.jtj_inv,
            report: fit.report,
        })),
        n,
        first: data.first(),
        last: data.last(),
        z_last: data.last().1,
        z_first: data.first().1,
        sse: fit.report.sse,
        aicc: aicc(n, 4, fit.report.sse, 0.0),
        rw_sigma: rw_sigma(data.years, data.values),
        selection: None,
    })
}
