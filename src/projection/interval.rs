//! What a projection is: the level of an interval, how it was computed, the interval itself and
//! the projected value, each checked when built.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A probability level strictly between 0 and 1 (0.8 for an 80 % interval).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Level(f64);

impl Level {
    /// Builds a level.
    ///
    /// # Errors
    /// [`Error::InvalidLevel`] unless 0 < level < 1.
    pub fn try_new(level: f64) -> Result<Self> {
        if level > 0.0 && level < 1.0 {
            Ok(Level(level))
        } else {
            Err(Error::InvalidLevel { level })
        }
    }

    /// The level as a number.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Level {
    type Error = Error;
    fn try_from(v: f64) -> Result<Self> {
        Level::try_new(v)
    }
}

impl From<Level> for f64 {
    fn from(l: Level) -> f64 {
        l.0
    }
}

/// How an interval was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IntervalMethod {
    /// The model's own OLS / delta-method interval.
    Textbook,
    /// Widened as a random walk's forecast error grows.
    RandomWalk,
    /// Split-conformal, from the panel's own backtest errors at the row's distance in years.
    Calibrated,
    /// Split-conformal from the nearest backtested distance, its scores scaled to the row's
    /// distance by the growth fitted across the backtested distances (see [`crate::Calibration`]).
    CalibratedExtrapolated,
    /// A borrowed path: the reference's interval widened by the spread of regions around their
    /// reference's growth ([`crate::RegionalSpread`]), as a normal on the working scale.
    Borrowed,
    /// A one-point series carried by the growth of its reference class: quantiles of the
    /// class's smoothed growth distribution ([`crate::ClassGrowth`]).
    ReferenceClass,
    /// The series' own interval pooled with its reference class's: quantiles of the
    /// equal-weight mixture of the two predictive distributions (`combine` module).
    Combined,
    /// A count or money amount judged by its intensity (per head, per unit of GDP) against
    /// comparable regions': a log-normal from the aggregate's projection and the spread of
    /// regions' relative intensities ([`crate::Scale`], `reference::intensity`).
    Intensity,
}

impl IntervalMethod {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            IntervalMethod::Textbook => "textbook",
            IntervalMethod::RandomWalk => "random_walk",
            IntervalMethod::Calibrated => "calibrated",
            IntervalMethod::CalibratedExtrapolated => "calibrated_extrapolated",
            IntervalMethod::Borrowed => "borrowed",
            IntervalMethod::ReferenceClass => "reference_class",
            IntervalMethod::Combined => "combined",
            IntervalMethod::Intensity => "intensity",
        }
    }
}

impl std::fmt::Display for IntervalMethod {
    /// The short name reports use ([`IntervalMethod::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A prediction interval. Invariant: finite, lower ≤ upper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    level: Level,
    lower: f64,
    upper: f64,
    method: IntervalMethod,
}

impl Interval {
    /// Builds an interval.
    ///
    /// # Errors
    /// [`Error::Overflow`] if a bound is not finite or lower > upper.
    pub fn try_new(level: Level, lower: f64, upper: f64, method: IntervalMethod) -> Result<Self> {
        if !(lower.is_finite() && upper.is_finite() && lower <= upper) {
            return Err(Error::Overflow {
                what: "the prediction interval",
            });
        }
        Ok(Interval {
            level,
            lower,
            upper,
            method,
        })
    }

    /// Nominal coverage.
    pub fn level(&self) -> Level {
        self.level
    }

    /// Lower end.
    pub fn lower(&self) -> f64 {
        self.lower
    }

    /// Upper end.
    pub fn upper(&self) -> f64 {
        self.upper
    }

    /// How it was computed.
    pub fn method(&self) -> IntervalMethod {
        self.method
    }

    /// Whether `x` lies inside (inclusive).
    pub fn contains(&self, x: f64) -> bool {
        x >= self.lower && x <= self.upper
    }
}

/// A projected value, with an interval when one can be given.
///
/// Invariant: `value` is finite and, with an interval, lower ≤ value ≤ upper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    year: i32,
    value: f64,
    interval: Option<Interval>,
}

impl Projection {
    /// Builds a projection.
    ///
    /// # Errors
    /// [`Error::Overflow`] if the value is not finite or falls outside its interval.
    pub fn try_new(year: i32, value: f64, interval: Option<Interval>) -> Result<Self> {
        if !value.is_finite() {
            return Err(Error::Overflow {
                what: "the projected value",
            });
        }
        if let Some(i) = interval {
            if !(i.lower <= value && value <= i.upper) {
                return Err(Error::Overflow {
                    what: "the projected value (outside its interval)",
                });
            }
        }
        Ok(Projection {
            year,
            value,
            interval,
        })
    }

    /// The year projected to.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The projected value.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The interval, if any.
    pub fn interval(&self) -> Option<&Interval> {
        self.interval.as_ref()
    }
}
