//! How far a region's growth strays from the growth of the reference it borrows.
//!
//! A series with one observation is carried forward along a reference's trajectory (its
//! province, its nation). The reference's own interval says how uncertain the reference's
//! path is, not how far a region departs from it; on real panels that departure dominates.
//! [`RegionalSpread`] is its standard deviation on the logit scale after h years,
//! s(h) = σ·h^b, estimated from panels where regions and their aggregate are both observed:
//! the difference between a region's logit change over h years and its aggregate's over the
//! same years, d = Δₕz_region − Δₕz_aggregate, its 10th and 90th percentiles per h, sd =
//! (q90 − q10)/2.563 (a normal's 80 % range). `cargo run --release --example backtest` prints the
//! estimates from the shipped panels (2026-12-01; σ and b of each panel from its sd at h = 1 and
//! h = 10):
//!
//! | panel (regions around) | sd at h = 1 | 5 | 10 | σ | b |
//! |---|---|---|---|---|---|
//! | Eurostat households with internet, 34 countries (EU27) | 0.145 | 0.296 | 0.452 | 0.145 | 0.49 |
//! | World Bank internet users, 213 economies (World) | 0.243 | 0.730 | 1.023 | 0.243 | 0.62 |
//!
//! | default: σ the two panels' mean sd at h = 1, b = ln(0.738/0.194)/ln 10 from their mean at h = 10 | 0.194 | 0.493 | 0.738 | 0.194 | 0.58 |
//!
//! Validated by holding out (`examples/backtest.rs`, "Borrowed growth", the frozen split's test
//! countries; `tests/real_panels.rs`): countries cut to one observation and carried along their
//! aggregate's path are covered 81.5 / 75.6 / 69.5 % by the 80 % interval at 1–2 / 3–5 / 6–10
//! years around EU27 and 98.6 / 95.1 / 74.5 % around the World aggregate (2026-12-04; an
//! earlier run on every country, before the split, read 89–91 % around EU27 and 36–40 % without
//! the spread): the World Bank's countries do not only scatter around the world's growth, they
//! outgrow it (median +0.42 logit points over 5 years: catching up, and a world share weighted
//! by population), a bias no spread covers.
//!
//! # Quantities: counts and money on the log scale
//!
//! Counts and money amounts borrowed on the log scale stray from their aggregate by kind: the
//! provinces of the NBS provincial tables (`seeds/reference_panels/provincial_series.csv`;
//! the aggregate is the sum of the provinces) around the nation, d = Δₕ ln y_province −
//! Δₕ ln y_nation, sd (q90 − q10)/2.563 over the **tuning** provinces of the frozen split
//! (`seeds/china_split.csv`; the test provinces only score). `cargo run --release --example
//! intensity_check` prints the estimates (2026-12-04):
//!
//! | class (indicators) | sd at h = 1 | 3 | 5 | σ | b |
//! |---|---|---|---|---|---|
//! | count (fixed-broadband users, mobile-internet users, optical cable length) | 0.043 | 0.093 | 0.117 | 0.043 | 0.62 |
//! | money (enterprise e-commerce sales, software revenue) | 0.171 | 0.342 | 0.438 | 0.171 | 0.58 |
//!
//! σ is the sd at h = 1 and b = ln(sd₅/sd₁)/ln 5 ([`RegionalSpread::of`]): five years is a
//! plan's horizon. These are provinces around their nation: a city or county strays further
//! from its province's growth, so on them the spread is a lower bound.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::reference::ReferenceClass;

/// The spread of regional growth around a reference's: sd s(h) = σ·h^b on the working scale,
/// h years after the region's observation.
///
/// ```
/// use plancast::RegionalSpread;
/// let s = RegionalSpread::default();
/// assert!((s.sd(1.0) - 0.194).abs() < 1e-12);
/// assert!(RegionalSpread::try_new(-0.1, 0.5).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "(f64, f64)", into = "(f64, f64)")]
pub struct RegionalSpread {
    sigma: f64,
    exponent: f64,
}

impl RegionalSpread {
    /// s(h) = `sigma`·h^`exponent`.
    ///
    /// # Errors
    /// [`Error::InvalidSpread`] unless `sigma` ≥ 0 and 0 ≤ `exponent` ≤ 2, both finite.
    pub fn try_new(sigma: f64, exponent: f64) -> Result<Self> {
        if sigma.is_finite()
            && sigma >= 0.0
            && exponent.is_finite()
            && (0.0..=2.0).contains(&exponent)
        {
            Ok(RegionalSpread { sigma, exponent })
        } else {
            Err(Error::InvalidSpread { sigma, exponent })
        }
    }

    /// The standard deviation after `h` years (0 for h ≤ 0).
    pub fn sd(&self, h: f64) -> f64 {
        if h > 0.0 {
            self.sigma * h.powf(self.exponent)
        } else {
            0.0
        }
    }
}

impl RegionalSpread {
    /// The shipped estimate for a reference class: the logit-scale default for shares, the
    /// log-scale estimates of Chinese provinces around their nation for counts and money
    /// (module docs).
    ///
    /// ```
    /// use plancast::{ReferenceClass, RegionalSpread};
    /// assert_eq!(RegionalSpread::of(ReferenceClass::Share), RegionalSpread::default());
    /// let money = RegionalSpread::of(ReferenceClass::Money);
    /// assert!(money.sd(5.0) > RegionalSpread::of(ReferenceClass::Count).sd(5.0));
    /// ```
    pub fn of(class: ReferenceClass) -> RegionalSpread {
        match class {
            ReferenceClass::Share => RegionalSpread::default(),
            ReferenceClass::Count => RegionalSpread {
                sigma: 0.043,
                exponent: 0.62,
            },
            ReferenceClass::Money => RegionalSpread {
                sigma: 0.171,
                exponent: 0.58,
            },
        }
    }
}

impl Default for RegionalSpread {
    /// The shipped estimate for shares on the logit scale (module docs).
    fn default() -> Self {
        RegionalSpread {
            sigma: 0.194,
            exponent: 0.58,
        }
    }
}

impl TryFrom<(f64, f64)> for RegionalSpread {
    type Error = Error;
    fn try_from((s, b): (f64, f64)) -> Result<Self> {
        RegionalSpread::try_new(s, b)
    }
}

impl From<RegionalSpread> for (f64, f64) {
    fn from(s: RegionalSpread) -> Self {
        (s.sigma, s.exponent)
    }
}
