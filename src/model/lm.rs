//! Levenberg–Marquardt for the three-parameter growth curves, on nalgebra's fixed-size types.
//!
//! Hand-written rather than taken from a crate because the problem is tiny and fixed (three
//! parameters, a handful of points): `Matrix3`/`Vector3` live on the stack, so a fit allocates
//! nothing, which is what lets the batch path fit hundreds of thousands of series a second.
//! The algorithm is Marquardt's with Nielsen's damping update (Madsen, Nielsen & Tingleff,
//! *Methods for Non-Linear Least Squares Problems*, 2004, §3.2).

use nalgebra::{Matrix3, Vector3};

use crate::math::{exp_lanes, sum_lanes};

mod search;
#[cfg(not(plancast_isa = "baseline"))]
use multiversion::multiversion;
use search::Search;
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
    /// The curve's value at t for parameters `[K, r, t0]` (t from the series' mean year).
    ///
    /// ```
    /// use plancast::model::Curve;
    /// let half = Curve::Logistic.at([100.0, 0.5, 3.0], 3.0);
    /// assert!((half - 50.0).abs() < 1e-12);
    /// ```
    pub fn at(self, [k, r, t0]: [f64; 3], t: f64) -> f64 {
        self.value(&Vector3::new(k, r, t0), t)
    }

    /// Value and gradient with respect to (K, r, t0) at t.
    #[inline]
    pub(crate) fn eval(self, p: &Vector3<f64>, t: f64) -> (f64, Vector3<f64>) {
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
    pub(crate) fn value(self, p: &Vector3<f64>, t: f64) -> f64 {
        self.eval(p, t).0
    }

    /// [`Curve::eval`] at [`P`] points, with [`crate::math`]'s exponential.
    #[inline(always)]
    fn eval_lanes(self, p: &Vector3<f64>, t: Lanes) -> (Lanes, [Lanes; 3]) {
        let (k, r, t0) = (p[0], p[1], p[2]);
        let d = t.map(|t| t - t0);
        let e = exp_lanes(d.map(|d| -r * d));
        let (mut f, mut j) = ([0.0; P], [[0.0; P]; 3]);
        match self {
            Curve::Logistic => {
                for l in 0..P {
                    let q = 1.0 / (1.0 + e[l]);
                    f[l] = k * q;
                    let w = k * e[l] * q * q;
                    [j[0][l], j[1][l], j[2][l]] = [q, w * d[l], -w * r];
                }
            }
            Curve::Gompertz => {
                let g = exp_lanes(e.map(|e| -e));
                for l in 0..P {
                    f[l] = k * g[l];
                    let w = f[l] * e[l];
                    [j[0][l], j[1][l], j[2][l]] = [g[l], w * d[l], -w * r];
                }
            }
        }
        (f, j)
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
    /// The gradient Jᵀr fell below tolerance in the metric of JᵀJ: the linearised model could
    /// reduce the SSE by no more than 10⁻¹² of itself (Bates and Watts' relative-offset
    /// criterion).
    Gradient,
    /// The step fell below tolerance relative to the parameters.
    Step,
    /// The SSE reached zero (to rounding): an exact fit.
    ZeroResidual,
}

/// How a Levenberg–Marquardt fit went.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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

/// Convergence: stop when gᵀ(JᵀJ)⁻¹g ≤ this × SSE, g = Jᵀr.
///
/// gᵀ(JᵀJ)⁻¹g is the SSE a full Gauss–Newton step would still remove, i.e. the squared length
/// of the residual's projection on the tangent plane (Bates & Watts, *Relative offset
/// orthogonality convergence criterion for nonlinear least squares*, Technometrics 23, 1981).
/// The distance δ ≈ (JᵀJ)⁻¹g to the optimum then has δᵀJᵀJδ/s² ≤ 1e-10·(n − 3): the
/// parameters sit within 10⁻⁵·√(n − 3) standard errors of it, and the SSE within 10⁻¹⁰ of
/// itself of its minimum. This is R's `nls` default: it stops when the square root of about
/// the same ratio falls below `tol = 1e-5`. (It was 1e-12 until 2026-12-02; on
/// noisy series, where Gauss–Newton converges only linearly, those last two digits took
/// 2–27 % of the fits' time, `benches/assess.rs` group `lm`; every test passes with either.)
/// The test is invariant to rescaling the parameters, which a plain |Jᵀr| threshold is not.
pub(crate) const OFFSET_TOLERANCE: f64 = 1e-10;

/// Why a Levenberg–Marquardt run gave up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// Non-finite SSE, Jacobian or damping.
    NonFinite,
    /// The ceiling ran past [`CEILING_LIMIT`] × the largest |y|: the data do not bound it.
    Runaway,
    /// [`MAX_ITERATIONS`] without meeting a convergence test.
    Iterations,
}

/// Points evaluated together: the curve, its gradient and their products for [`P`] points at
/// a time are straight-line arithmetic on arrays ([`crate::math`]'s lane `exp`), which the
/// compiler keeps in SIMD registers; with libm's `exp`, one call per point, the evaluations
/// took a third of the batch path's time on 12-point series (perf).
const P: usize = 8;

/// Curve values and gradients at [`P`] points.
type Lanes = [f64; P];

/// Which parametrisation a block of points is evaluated in.
#[derive(Clone, Copy)]
enum Form {
    /// The curve in (K, r, t0).
    Plain(Curve),
    /// The logistic in the search coordinates (c, b, r) of [`Search`].
    SearchLogistic,
    /// The Gompertz curve in the search coordinates (c, g, r) of [`Search`].
    SearchGompertz,
}

impl Form {
    /// The form [`minimise_in`] searches `curve` in.
    fn search(curve: Curve, plain: bool) -> Self {
        match (curve, plain) {
            (Curve::Logistic, _) => Form::SearchLogistic,
            (Curve::Gompertz, false) => Form::SearchGompertz,
            (Curve::Gompertz, true) => Form::Plain(Curve::Gompertz),
        }
    }

    /// Values and gradients at [`P`] points.
    #[inline(always)]
    fn eval(self, q: &Vector3<f64>, t: Lanes) -> (Lanes, [Lanes; 3]) {
        match self {
            Form::Plain(curve) => curve.eval_lanes(q, t),
            Form::SearchLogistic => Search::eval_logistic_lanes(q, t),
            Form::SearchGompertz => Search::eval_gompertz_lanes(q, t),
        }
    }
}

/// Σr², JᵀJ and Jᵀr at `p` = (K, r, t0).
#[inline(always)]
fn normal_equations(
    curve: Curve,
    p: &Vector3<f64>,
    t: &[f64],
    y: &[f64],
) -> (f64, Matrix3<f64>, Vector3<f64>) {
    normal_equations_with(Form::Plain(curve), p, t, y)
}

/// Σr², JᵀJ and Jᵀr from one evaluation of the curve and its gradient per point, [`P`]
/// points at a time (the last block padded with t = 0 and its padding's terms set to zero).
///
/// Each of the ten sums is kept per lane and the lanes are added in a fixed order at the end:
/// the result depends on the data alone, not on the instruction set. JᵀJ is symmetric: its
/// six distinct sums are accumulated and mirrored once.
#[inline(always)]
fn normal_equations_with(
    form: Form,
    q: &Vector3<f64>,
    t: &[f64],
    y: &[f64],
) -> (f64, Matrix3<f64>, Vector3<f64>) {
    // sse, a00, a01, a02, a11, a12, a22, g0, g1, g2
    let mut acc = [[0.0; P]; 10];
    let (tc, yc) = (t.chunks_exact(P), y.chunks_exact(P));
    let (tr, yr) = (tc.remainder(), yc.remainder());
    for (tb, yb) in tc.zip(yc) {
        let tb: Lanes = tb.try_into().expect("chunks of P");
        let yb: Lanes = yb.try_into().expect("chunks of P");
        accumulate(&mut acc, form.eval(q, tb), yb, P);
    }
    if !tr.is_empty() {
        let (mut tb, mut yb) = ([0.0; P], [0.0; P]);
        tb[..tr.len()].copy_from_slice(tr);
        yb[..yr.len()].copy_from_slice(yr);
        accumulate(&mut acc, form.eval(q, tb), yb, tr.len());
    }
    let s = acc.map(sum_lanes);
    let a = Matrix3::new(s[1], s[2], s[3], s[2], s[4], s[5], s[3], s[5], s[6]);
    (s[0], a, Vector3::new(s[7], s[8], s[9]))
}

/// Adds one block's terms to the per-lane sums of [`normal_equations_with`]; lanes from
/// `live` on are padding and add zero.
#[inline(always)]
fn accumulate(acc: &mut [Lanes; 10], (f, j): (Lanes, [Lanes; 3]), y: Lanes, live: usize) {
    for l in 0..P {
        let r = y[l] - f[l];
        let terms = [
            r * r,
            j[0][l] * j[0][l],
            j[0][l] * j[1][l],
            j[0][l] * j[2][l],
            j[1][l] * j[1][l],
            j[1][l] * j[2][l],
            j[2][l] * j[2][l],
            j[0][l] * r,
            j[1][l] * r,
            j[2][l] * r,
        ];
        for (a, v) in acc.iter_mut().zip(terms) {
            a[l] += if l < live { v } else { 0.0 };
        }
    }
}

/// Solves a·x = b for symmetric positive definite 3×3 `a` by the LDLᵀ factorisation, or
/// `None` when `a` is not positive definite to rounding (a pivot d ≤ 0 or NaN: the same test as
/// Cholesky's, whose pivots are √d).
///
/// nalgebra's `cholesky()` does this arithmetic through its generic n×n code, which the
/// compiler does not unroll; in this loop it took 15 % of the time (perf). Cholesky's three
/// square roots and nine divisions form one chain of long-latency operations; LDLᵀ needs no
/// square root and three divisions, and took a third of the time Cholesky took here (perf,
/// 12-point fits). Checked against nalgebra's Cholesky in the tests below.
#[inline]
fn solve_spd3(a: &Matrix3<f64>, b: &Vector3<f64>) -> Option<Vector3<f64>> {
    // a = L·D·Lᵀ, L unit lower triangular, D = diag(d0, d1, d2).
    let d0 = a[(0, 0)];
    let i0 = 1.0 / d0;
    let l10 = a[(1, 0)] * i0;
    let l20 = a[(2, 0)] * i0;
    let d1 = a[(1, 1)] - l10 * a[(1, 0)];
    let i1 = 1.0 / d1;
    let c21 = a[(2, 1)] - l20 * a[(1, 0)];
    let l21 = c21 * i1;
    let d2 = a[(2, 2)] - l20 * a[(2, 0)] - l21 * c21;
    // `!(x > 0)` also catches NaN.
    if !(d0 > 0.0 && d1 > 0.0 && d2 > 0.0) {
        return None;
    }
    // L·z = b, then D·Lᵀ·x = z.
    let z1 = b[1] - l10 * b[0];
    let z2 = b[2] - l20 * b[0] - l21 * z1;
    let x2 = z2 / d2;
    let x1 = z1 * i1 - l21 * x2;
    let x0 = b[0] * i0 - l10 * x1 - l20 * x2;
    Some(Vector3::new(x0, x1, x2))
}

/// Minimises Σ(y − f(t; p))² from `start`. `t` should be centred.
///
/// Fails when it meets non-finite numbers, when the ceiling runs off, or after
/// [`MAX_ITERATIONS`].
pub(crate) fn minimise(
    curve: Curve,
    t: &[f64],
    y: &[f64],
    start: Vector3<f64>,
) -> Result<LmFit, Failure> {
    match minimise_in(curve, false, t, y, start) {
        // A start far from the data (t0 many years out with a steep r) is badly scaled in the
        // Gompertz search coordinates (c and g nearly cancel); such a run is retried in
        // (K, r, t0). A runaway ceiling is not retried: it is what the coordinates are for.
        Err(Failure::Iterations | Failure::NonFinite) if curve == Curve::Gompertz => {
            minimise_in(curve, true, t, y, start)
        }
        r => r,
    }
}

/// [`minimise`] in the search coordinates of [`Search`] (`plain`: the Gompertz curve in
/// (K, r, t0)).
///
/// Compiled for AVX-512 and AVX2 as well as the baseline, picked at run time as the batch
/// kernel is (`columnar/lanes.rs`); Rust never fuses a multiply and an add on its own, so
/// every version rounds alike and gives the same bits.
#[cfg_attr(
    not(any(plancast_isa = "avx2", plancast_isa = "baseline")),
    multiversion(targets("x86_64+avx512f+avx512dq+avx512vl+avx2+fma", "x86_64+avx2+fma"))
)]
#[cfg_attr(plancast_isa = "avx2", multiversion(targets("x86_64+avx2+fma")))]
fn minimise_in(
    curve: Curve,
    plain: bool,
    t: &[f64],
    y: &[f64],
    start: Vector3<f64>,
) -> Result<LmFit, Failure> {
    let scale_y = y
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    // A ceiling this far above the data is not identified by it (the series is still in its
    // exponential phase): give up early instead of iterating towards infinity.
    let ceiling_limit = CEILING_LIMIT * scale_y;
    let form = Form::search(curve, plain);
    let mut p = Search::from_params(curve, plain, &start).ok_or(Failure::NonFinite)?;
    // SSE, JᵀJ and Jᵀr come from one pass; an accepted trial's pass serves the next iteration.
    let (mut sse, mut a, mut g) = normal_equations_with(form, &p, t, y);
    if !sse.is_finite() {
        return Err(Failure::NonFinite);
    }
    // Marquardt's damping: JᵀJ + λ·diag(JᵀJ), so λ is relative and scale-free; 1e-3 is
    // Marquardt's own start. (An earlier version multiplied it by max diag(JᵀJ) as well, which
    // for data in the hundreds damped the first steps ten-thousandfold: twice the iterations.)
    let mut lambda = 1e-3;
    let mut nu = 2.0;
    for iter in 0..MAX_ITERATIONS {
        if !(a.iter().all(|v| v.is_finite()) && g.iter().all(|v| v.is_finite())) {
            return Err(Failure::NonFinite);
        }
        let done = |termination, q: Vector3<f64>, sse: f64| {
            finish(
                curve,
                plain,
                t,
                y,
                q,
                LmReport {
                    iterations: iter,
                    termination,
                    sse,
                },
            )
        };
        if sse <= 1e-28 * scale_y * scale_y * t.len() as f64 {
            return done(Termination::ZeroResidual, p, sse);
        }
        if let Some(gauss_newton) = solve_spd3(&a, &g) {
            if g.dot(&gauss_newton) <= OFFSET_TOLERANCE * sse {
                return done(Termination::Gradient, p, sse);
            }
        }
        // Floor the scaling so a parameter the data barely touch still gets damped.
        let max_diag = a.diagonal().max();
        let diag = a.diagonal().map(|d| d.max(1e-12 * max_diag));
        loop {
            let mut damped = a;
            for i in 0..3 {
                damped[(i, i)] += lambda * diag[i];
            }
            let Some(step) = solve_spd3(&damped, &g) else {
                // Not positive definite to rounding: damp harder.
                lambda *= nu;
                nu *= 2.0;
                if !lambda.is_finite() || lambda > 1e300 {
                    return Err(Failure::NonFinite);
                }
                continue;
            };
            if step.norm() <= 1e-15 * (p.norm() + 1e-15) {
                return done(Termination::Step, p, sse);
            }
            let trial = p + step;
            let (trial_sse, trial_a, trial_g) = normal_equations_with(form, &trial, t, y);
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
                if Search::ran_off(curve, plain, &p, ceiling_limit) {
                    return Err(Failure::Runaway);
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
                return Err(Failure::NonFinite);
            }
        }
    }
    Err(Failure::Iterations)
}

/// A converged run's fit: its parameters in (K, r, t0) and the covariance factor (JᵀJ)⁻¹ there.
#[inline(always)]
fn finish(
    curve: Curve,
    plain: bool,
    t: &[f64],
    y: &[f64],
    q: Vector3<f64>,
    report: LmReport,
) -> Result<LmFit, Failure> {
    let params = Search::to_params(curve, plain, &q);
    // JᵀJ in (K, r, t0), for the covariance callers use.
    let jtj = normal_equations(curve, &params, t, y).1;
    let jtj_inv = jtj.try_inverse().ok_or(Failure::NonFinite)?;
    if !params.iter().all(|v| v.is_finite()) {
        return Err(Failure::NonFinite);
    }
    Ok(LmFit {
        params,
        jtj_inv,
        report,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `solve_spd3` against nalgebra's Cholesky on random SPD matrices M·Mᵀ + I/s with
    /// s = 1 … 1e12 (condition numbers up to ≈ 1e13), and `None` for a singular, an indefinite
    /// and a NaN matrix. Tolerance: 1e-13 · s · max(|x|, 1), since a Cholesky solve's forward
    /// error grows with the condition number; at s = 1 that is a few hundred ulps.
    #[test]
    fn solve_spd3_matches_nalgebra_cholesky() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut unif = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
        };
        for case in 0..2000 {
            let m = Matrix3::from_fn(|_, _| unif());
            let scale = 10f64.powi(case % 13);
            let a = m * m.transpose() + Matrix3::identity() / scale;
            let b = Vector3::new(unif(), unif(), unif());
            let ours = solve_spd3(&a, &b).expect("SPD");
            let theirs = a.cholesky().expect("SPD").solve(&b);
            let tol = 1e-15 * scale * 1e2 * theirs.norm().max(1.0);
            assert!((ours - theirs).norm() <= tol, "{a} {b}: {ours} vs {theirs}");
        }
        let singular = Matrix3::new(1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0);
        assert!(solve_spd3(&singular, &Vector3::new(1.0, 1.0, 1.0)).is_none());
        let indefinite = Matrix3::new(1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0);
        assert!(solve_spd3(&indefinite, &Vector3::new(1.0, 1.0, 1.0)).is_none());
        let nan = Matrix3::from_element(f64::NAN);
        assert!(solve_spd3(&nan, &Vector3::new(1.0, 1.0, 1.0)).is_none());
    }
}
