//! The fitted trajectory: what a fit knows (its model, working scale, first and last
//! observations, residual spread) and how it projects on the working scale.

use nalgebra::{Matrix3, Vector3};
use serde::{Deserialize, Serialize};

use super::*;
/// The predictive distribution at one year, on the working scale: centre + scale·T(df).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Predictive {
    /// Centre (fitted value) on the working scale.
    pub center: f64,
    /// Predictive standard deviation on the working scale; `None` without residual degrees of
    /// freedom (two points for a line).
    pub sd: Option<f64>,
    /// Degrees of freedom of the t distribution.
    pub df: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Mean {
    Ols(Ols),
    /// Boxed: a Levenberg–Marquardt fit is rare on the hot path and its payload would
    /// triple the size of every `Fitted` moved around there.
    Nonlinear(Box<NonlinearMean>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct NonlinearMean {
    pub(super) curve: Curve,
    pub(super) params: Vector3<f64>,
    pub(super) jtj_inv: Matrix3<f64>,
    pub(super) report: LmReport,
}

/// A fitted trajectory. Projects to any year; see the module docs for the working scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub(super) kind: ModelKind,
    pub(super) transform: Transform,
    pub(super) mean: Mean,
    /// Year the time axis is centred on (the mean year of the data).
    pub(super) center_year: f64,
    pub(super) n: usize,
    pub(super) first: (i32, f64),
    pub(super) last: (i32, f64),
    pub(super) sse: f64,
    pub(super) aicc: Option<f64>,
    /// Random-walk diffusion σ per √year on the working scale (needs ≥ 3 points).
    pub(super) rw_sigma: Option<f64>,
    /// g(last value): where anchored projections start.
    pub(super) z_last: f64,
    /// g(first value), computed as `z_last` is: the random walk's drift starts there.
    pub(super) z_first: f64,
    pub(super) selection: Option<Selection>,
}

impl Fitted {
    /// The least-squares line on the working scale, for the closed-form models.
    pub fn ols(&self) -> Option<&Ols> {
        match &self.mean {
            Mean::Ols(o) => Some(o),
            Mean::Nonlinear(_) => None,
        }
    }

    /// g(last value): where anchored projections start, on the working scale.
    pub fn z_last(&self) -> f64 {
        self.z_last
    }

    /// Which model this is.
    pub fn kind(&self) -> ModelKind {
        self.kind
    }

    /// The working-scale transform g (identity for the Levenberg–Marquardt curves).
    pub fn transform(&self) -> Transform {
        self.transform
    }

    /// Number of observations fitted.
    pub fn n(&self) -> usize {
        self.n
    }

    /// First observation (year, value).
    pub fn first(&self) -> (i32, f64) {
        self.first
    }

    /// Last observation (year, value).
    pub fn last(&self) -> (i32, f64) {
        self.last
    }

    /// The random walk's drift on the working scale: (g(y_last) − g(y_first))/(t_last −
    /// t_first), the mean yearly change between the first and last observations (0 for a
    /// single year). A random walk with drift projects z_last + drift·h (Hyndman &
    /// Athanasopoulos, *Forecasting: Principles and Practice*, 3rd ed., §5.2).
    pub fn drift(&self) -> f64 {
        drift(
            self.z_first,
            self.z_last,
            f64::from(self.last.0 - self.first.0),
        )
    }

    /// Residual degrees of freedom: n minus the mean curve's parameters.
    pub fn df(&self) -> usize {
        self.n.saturating_sub(self.kind.parameters())
    }

    /// Residual sum of squares on the working scale.
    pub fn sse(&self) -> f64 {
        self.sse
    }

    /// Residual standard deviation on the working scale; `None` without degrees of freedom.
    pub fn sigma(&self) -> Option<f64> {
        let df = self.df();
        (df > 0).then(|| (self.sse / df as f64).sqrt())
    }

    /// AICc on the value scale (comparable across models); `None` when n ≤ k + 1.
    pub fn aicc(&self) -> Option<f64> {
        self.aicc
    }

    /// Random-walk diffusion per √year on the working scale (≥ 3 points).
    pub fn rw_sigma(&self) -> Option<f64> {
        self.rw_sigma
    }

    /// The Levenberg–Marquardt report, for the nonlinear curves.
    pub fn lm_report(&self) -> Option<&LmReport> {
        match &self.mean {
            Mean::Nonlinear(m) => Some(&m.report),
            Mean::Ols(_) => None,
        }
    }

    /// How `Model::Auto` chose this model, when it did.
    pub fn selection(&self) -> Option<&Selection> {
        self.selection.as_ref()
    }

    pub(crate) fn with_selection(mut self, s: Selection) -> Self {
        self.selection = Some(s);
        self
    }

    /// Parameters with names, in calendar years.
    ///
    /// Closed forms: `intercept` (z at year 0 is meaningless for years like 2020, so the level is
    /// given at the mean year: `level_at_mean_year`, `mean_year`) and `slope` (per year, working
    /// scale). Exponential adds `growth_rate` = e^slope − 1. Curves: `ceiling` K, `rate` r,
    /// `midpoint` t0.
    pub fn parameters(&self) -> Vec<(&'static str, f64)> {
        match &self.mean {
            Mean::Ols(o) => {
                let mut v = vec![
                    ("mean_year", o.mean_t),
                    ("level_at_mean_year", o.mean_z),
                    ("slope", o.slope),
                ];
                if self.kind == ModelKind::Exponential {
                    v.push(("growth_rate", o.slope.exp_m1()));
                }
                v
            }
            Mean::Nonlinear(m) => vec![
                ("ceiling", m.params[0]),
                ("rate", m.params[1]),
                ("midpoint", m.params[2] + self.center_year),
            ],
        }
    }

    /// The fitted value at `year` on the value scale.
    #[inline]
    pub fn point(&self, year: f64) -> f64 {
        self.transform.inverse(self.center_at(year))
    }

    /// The fitted value at `year` on the working scale.
    #[inline]
    pub fn center_at(&self, year: f64) -> f64 {
        match &self.mean {
            Mean::Ols(o) => o.at(year),
            Mean::Nonlinear(m) => m.curve.value(&m.params, year - self.center_year),
        }
    }

    /// The fitted growth applied from the last observation, on the working scale:
    /// ẑ(T) − ẑ(t_last) + g(y_last) for T at or after the last observation, ẑ(T) before it.
    ///
    /// This is the centre of the random-walk and calibrated intervals: when shocks persist
    /// (random walks, breaks) the last value, not the fitted line, is where the future starts,
    /// and the errors of a projection anchored there are comparable across windows of
    /// different lengths, which is what lets a backtest calibrate them.
    #[inline]
    pub fn anchored_center(&self, year: f64) -> f64 {
        let t_last = f64::from(self.last.0);
        if year < t_last {
            return self.center_at(year);
        }
        anchored(
            self.center_at(year),
            self.center_at(t_last),
            self.z_last,
            year,
            t_last,
        )
    }

    /// The model's own predictive distribution at `year` on the working scale: for the closed
    /// forms the textbook s·sqrt(1 + 1/n + (T − t̄)²/Sxx); for the curves the delta method
    /// σ·sqrt(1 + ∇fᵀ(JᵀJ)⁻¹∇f).
    #[inline]
    pub fn predictive(&self, year: f64) -> Predictive {
        let df = self.df() as u32;
        match &self.mean {
            Mean::Ols(o) => Predictive {
                center: o.at(year),
                sd: o.sigma().map(|s| s * o.prediction_factor(year)),
                df,
            },
            Mean::Nonlinear(m) => {
                let (f, g) = m.curve.eval(&m.params, year - self.center_year);
                let sd = self.sigma().map(|s| {
                    let q = (g.transpose() * m.jtj_inv * g)[(0, 0)].max(0.0);
                    s * (1.0 + q).sqrt()
                });
                Predictive { center: f, sd, df }
            }
        }
    }
}
