//! The scales the closed-form models are linear on.

use serde::{Deserialize, Serialize};

use crate::math::{exp, ln};

/// A monotone increasing map from an indicator's values to the scale a model is linear on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Transform {
    /// z = y (linear model; also the working scale of the nonlinear models).
    Identity,
    /// z = ln y, for y > 0 (exponential model).
    Log,
    /// z = ln((y − L)/(U − y)), for L < y < U (logistic with known bounds).
    Logit {
        /// Lower bound L.
        lower: f64,
        /// Upper bound U.
        upper: f64,
    },
}

impl Transform {
    /// z = g(y). Outside the domain: NaN; on a bound of `Logit`: ±∞.
    #[inline]
    pub fn forward(self, y: f64) -> f64 {
        match self {
            Transform::Identity => y,
            Transform::Log => {
                if y < 0.0 {
                    f64::NAN
                } else {
                    ln(y)
                }
            }
            Transform::Logit { lower, upper } => {
                if y < lower || y > upper {
                    f64::NAN
                } else {
                    ln((y - lower) / (upper - y))
                }
            }
        }
    }

    /// y = g⁻¹(z). Saturates at the bounds for infinite z.
    #[inline]
    pub fn inverse(self, z: f64) -> f64 {
        match self {
            Transform::Identity => z,
            Transform::Log => exp(z),
            Transform::Logit { lower, upper } => {
                // Written to stay inside [L, U] and accurate at both ends.
                if z >= 0.0 {
                    upper - (upper - lower) / (1.0 + exp(z))
                } else {
                    lower + (upper - lower) / (1.0 + exp(-z))
                }
            }
        }
    }

    /// ln |dz/dy| at y: the Jacobian term that puts likelihoods on the y scale (for AICc).
    #[inline]
    pub fn log_jacobian(self, y: f64) -> f64 {
        match self {
            Transform::Identity => 0.0,
            Transform::Log => -ln(y),
            Transform::Logit { lower, upper } => ln(upper - lower) - ln(y - lower) - ln(upper - y),
        }
    }

    /// Whether y is strictly inside the domain where g is finite.
    #[inline]
    pub fn admits(self, y: f64) -> bool {
        match self {
            Transform::Identity => y.is_finite(),
            Transform::Log => y > 0.0 && y.is_finite(),
            Transform::Logit { lower, upper } => y > lower && y < upper,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Transform;

    #[test]
    fn inverse_undoes_forward() {
        let ts = [
            Transform::Identity,
            Transform::Log,
            Transform::Logit {
                lower: 0.0,
                upper: 100.0,
            },
        ];
        for t in ts {
            for y in [0.5, 1.0, 8.0, 46.0, 59.0, 99.9] {
                let back = t.inverse(t.forward(y));
                assert!(
                    (back - y).abs() <= 1e-12 * y.abs().max(1.0),
                    "{t:?} {y} {back}"
                );
            }
        }
        let l = Transform::Logit {
            lower: 0.0,
            upper: 100.0,
        };
        assert_eq!(l.inverse(f64::INFINITY), 100.0);
        assert_eq!(l.inverse(f64::NEG_INFINITY), 0.0);
    }
}
