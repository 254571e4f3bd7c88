//! Growth trajectories: model specifications, fitting, and the fitted trajectory.
//!
//! A [`Model`] is a specification; [`Model::fit`] turns a [`Series`] into a [`Fitted`]
//! trajectory, which projects to any year on its *working scale* (the scale its errors are
//! modelled on): z = g(y) for the closed-form models, y itself for the curves fitted by
//! Levenberg–Marquardt. Intervals and probabilities are built on that scale by
//! [`crate::Uncertainty`] and mapped back through g⁻¹.

mod auto;
mod fitted;
mod lm;
mod nonlinear;
mod ols;
mod transform;

pub(crate) use auto::{
    by_metadata, falls_to_zero_floor, lower_aicc, AICC_MIN_POINTS, AUTO_NONLINEAR_MIN_POINTS,
};
pub use auto::{Selection, SelectionReason};
pub use fitted::{Fitted, Predictive};
use fitted::{Mean, NonlinearMean};
pub use lm::{Curve, LmReport, Termination};
pub use nonlinear::fit_curve_from;
use nonlinear::fit_nonlinear;
pub use ols::Ols;
pub(crate) use ols::{Design, LineLanes};
pub use transform::Transform;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::indicator::Bounds;
use crate::math::{ln, ln_lanes, max_num};
use crate::series::Series;

/// The fitted growth applied from the last observation, on the working scale: the model's
/// centre `center_t` at `t` before the last observation `t_last`, else
/// `center_t − center_last + z_last` (ẑ(T) − ẑ(t_last) + g(y_last)). The one definition of the
/// anchored centre: [`Fitted::anchored_center`], the anchored lines of the year reached and the
/// batch kernel's lanes call it.
#[inline(always)]
pub(crate) fn anchored(center_t: f64, center_last: f64, z_last: f64, t: f64, t_last: f64) -> f64 {
    if t < t_last {
        center_t
    } else {
        center_t - center_last + z_last
    }
}

/// The random walk's drift on the working scale: the mean yearly change from `z_first` to
/// `z_last` over `span` years, 0 when it is not finite or there is no span. The one definition
/// of the drift: [`Fitted::drift`] and the batch kernel's lanes call it.
#[inline(always)]
pub(crate) fn drift(z_first: f64, z_last: f64, span: f64) -> f64 {
    let d = (z_last - z_first) / span;
    if span > 0.0 && d.is_finite() {
        d
    } else {
        0.0
    }
}

/// Which model a trajectory is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ModelKind {
    /// y = a + b·t.
    Linear,
    /// ln y = a + b·t; growth rate e^b − 1.
    Exponential,
    /// ln((y − L)/(U − y)) = a + b·t with known bounds L, U.
    Logistic,
    /// y = K/(1 + e^(−r(t − t0))), K fitted.
    FreeLogistic,
    /// y = K·exp(−e^(−r(t − t0))).
    Gompertz,
}

impl ModelKind {
    /// Short name as used in reports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::Linear => "linear",
            ModelKind::Exponential => "exponential",
            ModelKind::Logistic => "logistic",
            ModelKind::FreeLogistic => "free_logistic",
            ModelKind::Gompertz => "gompertz",
        }
    }

    /// Number of parameters of the mean curve (the residual scale not counted).
    pub fn parameters(self) -> usize {
        match self {
            ModelKind::Linear | ModelKind::Exponential | ModelKind::Logistic => 2,
            ModelKind::FreeLogistic | ModelKind::Gompertz => 3,
        }
    }
}

impl std::fmt::Display for ModelKind {
    /// The short name reports use ([`ModelKind::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A model specification: what to fit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Model {
    /// OLS on y.
    Linear,
    /// OLS on ln y (all y > 0).
    Exponential,
    /// OLS on the logit between known bounds (all y strictly inside).
    Logistic {
        /// Lower bound L.
        lower: f64,
        /// Upper bound U.
        upper: f64,
    },
    /// Logistic with a free ceiling, by Levenberg–Marquardt (≥ 4 points, all y > 0).
    FreeLogistic,
    /// Gompertz, by Levenberg–Marquardt (≥ 4 points, all y > 0).
    Gompertz,
    /// A documented, deterministic choice among the above; see [`Selection`].
    Auto,
}

impl std::str::FromStr for Model {
    type Err = crate::ParseError;
    /// `linear`, `exponential`, `free_logistic`, `gompertz`, `auto`; `logistic` needs bounds and
    /// parses as `Logistic { 0, 100 }` (callers with an indicator use its bounds instead).
    fn from_str(s: &str) -> std::result::Result<Self, crate::ParseError> {
        Ok(match s {
            "linear" => Model::Linear,
            "exponential" => Model::Exponential,
            "logistic" => Model::Logistic {
                lower: 0.0,
                upper: 100.0,
            },
            "free_logistic" => Model::FreeLogistic,
            "gompertz" => Model::Gompertz,
            "auto" => Model::Auto,
            other => {
                return Err(crate::ParseError::new("model", other, format!(
                    "unknown model `{other}` (expected auto, linear, exponential, logistic, free_logistic, gompertz)"
                )))
            }
        })
    }
}

impl Model {
    /// The specification that fits a model of `kind` (bounds for the logistic come from
    /// `bounds`; `None` if the logistic is asked for without both bounds).
    pub fn of_kind(kind: ModelKind, bounds: Bounds) -> Option<Model> {
        Some(match kind {
            ModelKind::Linear => Model::Linear,
            ModelKind::Exponential => Model::Exponential,
            ModelKind::Logistic => {
                let (lower, upper) = bounds.both()?;
                Model::Logistic { lower, upper }
            }
            ModelKind::FreeLogistic => Model::FreeLogistic,
            ModelKind::Gompertz => Model::Gompertz,
        })
    }
}

/// The minimum number of points each model is fitted to.
pub const MIN_POINTS_CLOSED_FORM: usize = 2;
/// Levenberg–Marquardt models need at least this many points (3 parameters + 1 for the scale).
pub const MIN_POINTS_NONLINEAR: usize = 4;

impl Model {
    /// Fits the model to a series. `bounds` are the indicator's natural bounds; `Auto` uses them
    /// to choose, the others ignore them.
    ///
    /// ```
    /// use plancast::model::{Model, ModelKind};
    /// use plancast::{Bounds, Series};
    /// // Racks doubling every three years: the exponential fits exactly.
    /// let racks = Series::try_new(vec![2017, 2020, 2023], vec![100.0, 200.0, 400.0])?;
    /// let fit = Model::Exponential.fit(&racks, Bounds::NONE)?;
    /// assert_eq!(fit.kind(), ModelKind::Exponential);
    /// assert!((fit.point(2026.0) - 800.0).abs() < 1e-9);
    /// # Ok::<(), plancast::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InsufficientData`], [`Error::NoTimeVariation`], [`Error::NonPositiveValue`] (log
    /// scale), [`Error::OutOfBounds`] (logistic), [`Error::InvalidBounds`],
    /// [`Error::Unfittable`] or [`Error::NotConverged`] (Levenberg–Marquardt).
    pub fn fit(&self, series: &Series, bounds: Bounds) -> Result<Fitted> {
        self.fit_checked(series.years(), series.values(), bounds)
    }

    /// [`Model::fit`] on plain slices, for callers that keep many series in one buffer (no
    /// [`Series`] to allocate). The slices are validated as [`Series::try_new`] would, except
    /// that they must already be sorted.
    ///
    /// # Errors
    /// As [`Model::fit`], plus [`Error::LengthMismatch`], [`Error::DuplicateYear`] (for a year
    /// not after its predecessor), [`Error::YearOutOfRange`] and [`Error::NonFiniteValue`].
    pub fn fit_slices(&self, years: &[i32], values: &[f64], bounds: Bounds) -> Result<Fitted> {
        if years.len() != values.len() {
            return Err(Error::LengthMismatch {
                years: years.len(),
                values: values.len(),
            });
        }
        for (i, (&y, &v)) in years.iter().zip(values).enumerate() {
            if !crate::series::YEAR_RANGE.contains(&y) {
                return Err(Error::YearOutOfRange { year: y.into() });
            }
            if !v.is_finite() {
                return Err(Error::NonFiniteValue { year: y, value: v });
            }
            if i > 0 && years[i - 1] >= y {
                return Err(Error::DuplicateYear { year: y });
            }
        }
        self.fit_checked(years, values, bounds)
    }

    /// Fits data already validated (a [`crate::SeriesBatch`] checks its whole buffer once).
    #[allow(dead_code)]
    pub(crate) fn fit_validated(
        &self,
        years: &[i32],
        values: &[f64],
        bounds: Bounds,
    ) -> Result<Fitted> {
        self.fit_checked(years, values, bounds)
    }

    fn fit_checked(&self, years: &[i32], values: &[f64], bounds: Bounds) -> Result<Fitted> {
        self.fit_design(years, values, bounds, None)
    }

    /// Fits validated data with the years' design computed once by the caller (the batch).
    pub(crate) fn fit_design(
        &self,
        years: &[i32],
        values: &[f64],
        bounds: Bounds,
        design: Option<&Design>,
    ) -> Result<Fitted> {
        let data = Data {
            years,
            values,
            design,
        };
        match *self {
            Model::Linear => fit_closed(ModelKind::Linear, Transform::Identity, data),
            Model::Exponential => fit_closed(ModelKind::Exponential, Transform::Log, data),
            Model::Logistic { lower, upper } => {
                Bounds::try_new(Some(lower), Some(upper))?;
                fit_closed(ModelKind::Logistic, Transform::Logit { lower, upper }, data)
            }
            Model::FreeLogistic => fit_nonlinear(Curve::Logistic, data),
            Model::Gompertz => fit_nonlinear(Curve::Gompertz, data),
            Model::Auto => auto::fit_auto(data, bounds),
        }
    }
}

/// Validated observations: sorted unique years, finite values, equal lengths.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Data<'a> {
    pub(crate) years: &'a [i32],
    pub(crate) values: &'a [f64],
    /// The years' design, when the caller computed it once for many fits.
    pub(crate) design: Option<&'a Design>,
}

impl Data<'_> {
    fn len(&self) -> usize {
        self.years.len()
    }
    fn first(&self) -> (i32, f64) {
        (self.years[0], self.values[0])
    }
    fn last(&self) -> (i32, f64) {
        let k = self.years.len() - 1;
        (self.years[k], self.values[k])
    }
}

/// Points kept on the stack when transforming a series; longer series use the heap.
const STACK_POINTS: usize = 16;

fn check_len(what: &'static str, data: Data<'_>, needed: usize) -> Result<()> {
    if data.len() < needed {
        return Err(Error::InsufficientData {
            what,
            needed,
            got: data.len(),
        });
    }
    Ok(())
}

/// Random-walk-with-drift diffusion on the working scale: increments d_i over Δ_i years,
/// drift μ = (z_n − z_1)/(t_n − t_1), σ² = Σ(d_i − μΔ_i)²/Δ_i / (m − 1) for m increments.
fn rw_sigma(years: &[i32], z: &[f64]) -> Option<f64> {
    let m = z.len().checked_sub(1)?;
    if m < 2 {
        return None;
    }
    let span = f64::from(years[m] - years[0]);
    let mu = (z[m] - z[0]) / span;
    let mut acc = 0.0;
    for i in 0..m {
        let dt = f64::from(years[i + 1] - years[i]);
        let d = z[i + 1] - z[i] - mu * dt;
        acc += d * d / dt;
    }
    Some((acc / (m - 1) as f64).sqrt())
}

/// AICc on the value scale for a model with `k` parameters (including the residual scale):
/// −2·logL + 2k + 2k(k+1)/(n−k−1), logL the Gaussian log-likelihood at σ̂² = SSE/n plus the
/// transform's Jacobian Σ ln|g'(y)|, so models on different scales compare fairly.
fn aicc(n: usize, k: usize, sse: f64, log_jacobian: f64) -> Option<f64> {
    if n <= k + 1 {
        return None;
    }
    let v = aicc_lanes(n, k, [sse], [log_jacobian])[0];
    v.is_finite().then_some(v)
}

/// [`aicc`] of W fits at once, for n > k + 1; not finite where [`aicc`] is `None`.
#[inline(always)]
pub(crate) fn aicc_lanes<const W: usize>(
    n: usize,
    k: usize,
    sse: [f64; W],
    log_jacobian: [f64; W],
) -> [f64; W] {
    let nf = n as f64;
    let kf = k as f64;
    let mut arg = [0.0; W];
    for l in 0..W {
        arg[l] = 2.0 * std::f64::consts::PI * max_num(sse[l] / nf, f64::MIN_POSITIVE);
    }
    let log = ln_lanes(arg);
    let (pen1, pen2) = (2.0 * kf, 2.0 * kf * (kf + 1.0) / (nf - kf - 1.0));
    let mut out = [0.0; W];
    for l in 0..W {
        let loglik = -0.5 * nf * (log[l] + 1.0) + log_jacobian[l];
        out[l] = -2.0 * loglik + pen1 + pen2;
    }
    out
}

/// z = ln y of W series into `z`, and the Jacobian term Σ ln|g'(y)| = −Σ z.
#[inline(always)]
pub(crate) fn log_lanes<const W: usize>(
    y: impl Fn(usize) -> [f64; W],
    z: &mut [[f64; W]],
) -> [f64; W] {
    let mut sum = [0.0; W];
    for (i, zi) in z.iter_mut().enumerate() {
        *zi = ln_lanes(y(i));
        for l in 0..W {
            sum[l] += zi[l];
        }
    }
    sum.map(|s| -s)
}

/// z = ln((y − L)/(U − y)) of W series into `z`, and the Jacobian term
/// Σ [ln(U − L) − ln((y − L)(U − y))].
#[inline(always)]
pub(crate) fn logit_lanes<const W: usize>(
    y: impl Fn(usize) -> [f64; W],
    z: &mut [[f64; W]],
    lower: f64,
    upper: f64,
) -> [f64; W] {
    let range = ln(upper - lower);
    let mut jac = [0.0; W];
    for (i, zi) in z.iter_mut().enumerate() {
        let yi = y(i);
        let (mut ratio, mut prod) = ([0.0; W], [0.0; W]);
        for l in 0..W {
            ratio[l] = (yi[l] - lower) / (upper - yi[l]);
            prod[l] = (yi[l] - lower) * (upper - yi[l]);
        }
        *zi = ln_lanes(ratio);
        let lp = ln_lanes(prod);
        for l in 0..W {
            jac[l] += range - lp[l];
        }
    }
    jac
}

pub(crate) fn fit_closed(kind: ModelKind, transform: Transform, data: Data<'_>) -> Result<Fitted> {
    let own;
    let design = match data.design {
        Some(d) => d,
        None => {
            check_len(kind.name(), data, MIN_POINTS_CLOSED_FORM)?;
            own = Design::new(data.years).ok_or(Error::NoTimeVariation)?;
            &own
        }
    };
    Ok(closed_core(kind, transform, data, design)?.finish(data))
}

/// A closed-form fit before it becomes a [`Fitted`]: what `Auto` compares candidates on,
/// small enough to keep several on the stack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClosedCore {
    kind: ModelKind,
    transform: Transform,
    ols: Ols,
    aicc: Option<f64>,
    z_last: f64,
    z_first: f64,
    rw_sigma: Option<f64>,
}

impl ClosedCore {
    pub(crate) fn kind(&self) -> ModelKind {
        self.kind
    }

    pub(crate) fn aicc(&self) -> Option<f64> {
        self.aicc
    }

    /// The fitted slope on the working scale.
    pub(crate) fn slope(&self) -> f64 {
        self.ols.slope
    }

    pub(crate) fn finish(self, data: Data<'_>) -> Fitted {
        Fitted {
            kind: self.kind,
            transform: self.transform,
            center_year: self.ols.mean_t,
            mean: Mean::Ols(self.ols),
            n: data.len(),
            first: data.first(),
            last: data.last(),
            z_last: self.z_last,
            z_first: self.z_first,
            sse: self.ols.sse,
            aicc: self.aicc,
            rw_sigma: self.rw_sigma,
            selection: None,
        }
    }
}

/// Fits a closed-form model on the years' design.
///
/// One pass transforms and checks the values with the transform's branch hoisted out of the
/// loop (the identity needs no copy at all); the arithmetic is that of [`Transform::forward`],
/// [`Ols::fit`]-style centred sums and the Jacobian term, in the same order.
pub(crate) fn closed_core(
    kind: ModelKind,
    transform: Transform,
    data: Data<'_>,
    design: &Design,
) -> Result<ClosedCore> {
    check_len(kind.name(), data, MIN_POINTS_CLOSED_FORM)?;
    let n = data.len();
    let values = data.values;
    let reject = |i: usize| -> Error {
        let (year, value) = (data.years[i], values[i]);
        match transform {
            Transform::Log => Error::NonPositiveValue {
                model: kind.name(),
                year,
                value,
            },
            Transform::Logit { lower, upper } => Error::OutOfBounds {
                year,
                value,
                lower,
                upper,
            },
            Transform::Identity => Error::NonFiniteValue { year, value },
        }
    };
    let mut stack = [[0.0]; STACK_POINTS];
    let mut heap = Vec::new();
    let buf: &mut [[f64; 1]] = if n <= STACK_POINTS {
        &mut stack[..n]
    } else {
        heap.resize(n, [0.0]);
        &mut heap
    };
    let y = |i: usize| [values[i]];
    let log_jac = match transform {
        Transform::Identity => {
            if let Some(i) = values.iter().position(|v| !v.is_finite()) {
                return Err(reject(i));
            }
            0.0
        }
        Transform::Log => {
            if let Some(i) = values.iter().position(|&y| !(y > 0.0 && y.is_finite())) {
                return Err(reject(i));
            }
            log_lanes(y, buf)[0]
        }
        Transform::Logit { lower, upper } => {
            if let Some(i) = values.iter().position(|&y| !(y > lower && y < upper)) {
                return Err(reject(i));
            }
            logit_lanes(y, buf, lower, upper)[0]
        }
    };
    // The identity needs no copy.
    let z = |i: usize| match transform {
        Transform::Identity => [values[i]],
        _ => buf[i],
    };
    let line = design.fit_lanes(z);
    let ols = Ols {
        n,
        mean_t: design.mean_t(),
        mean_z: line.mean_z[0],
        slope: line.slope[0],
        sxx: design.sxx(),
        sse: line.sse[0],
    };
    if !(ols.slope.is_finite() && ols.mean_z.is_finite() && ols.sse.is_finite()) {
        return Err(Error::Overflow {
            what: "the least-squares fit",
        });
    }
    Ok(ClosedCore {
        kind,
        transform,
        ols,
        aicc: aicc(n, 3, ols.sse, log_jac),
        z_last: z(n - 1)[0],
        z_first: z(0)[0],
        rw_sigma: (n >= 3).then(|| design.rw_sigma_lanes(data.years, z)[0]),
    })
}
