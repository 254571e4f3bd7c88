//! Regions and indicators: the metadata a series is interpreted with.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Checks that an id is a stable ascii id: non-empty, `[a-z0-9_]`.
///
/// # Errors
/// [`Error::InvalidId`].
pub fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidId { id: id.to_owned() })
    }
}

/// Whether more or less of an indicator is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// More is better (users, coverage, turnover).
    #[default]
    Up,
    /// Less is better (PUE, days to start a business).
    Down,
}

/// Natural bounds of an indicator's values; either side may be open.
///
/// Invariant: when both are present, `lower < upper`, and both are finite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(try_from = "BoundsData", into = "BoundsData")]
pub struct Bounds {
    lower: Option<f64>,
    upper: Option<f64>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct BoundsData {
    lower: Option<f64>,
    upper: Option<f64>,
}

impl TryFrom<BoundsData> for Bounds {
    type Error = Error;
    fn try_from(d: BoundsData) -> Result<Self> {
        Bounds::try_new(d.lower, d.upper)
    }
}

impl From<Bounds> for BoundsData {
    fn from(b: Bounds) -> Self {
        BoundsData {
            lower: b.lower,
            upper: b.upper,
        }
    }
}

impl Bounds {
    /// No bounds at all.
    pub const NONE: Bounds = Bounds {
        lower: None,
        upper: None,
    };
    /// A percentage share: 0..100.
    pub const PERCENT: Bounds = Bounds {
        lower: Some(0.0),
        upper: Some(100.0),
    };

    /// Builds bounds.
    ///
    /// # Errors
    /// [`Error::InvalidBounds`] if a bound is not finite or `lower >= upper`.
    pub fn try_new(lower: Option<f64>, upper: Option<f64>) -> Result<Self> {
        let bad = |l: f64, u: f64| Error::InvalidBounds { lower: l, upper: u };
        let l = lower.unwrap_or(f64::NEG_INFINITY);
        let u = upper.unwrap_or(f64::INFINITY);
        if lower.is_some_and(|x| !x.is_finite()) || upper.is_some_and(|x| !x.is_finite()) {
            return Err(bad(l, u));
        }
        if l >= u {
            return Err(bad(l, u));
        }
        Ok(Bounds { lower, upper })
    }

    /// The lower bound, if any.
    pub fn lower(&self) -> Option<f64> {
        self.lower
    }

    /// The upper bound, if any.
    pub fn upper(&self) -> Option<f64> {
        self.upper
    }

    /// Both bounds, when the indicator is bounded on both sides.
    pub fn both(&self) -> Option<(f64, f64)> {
        Some((self.lower?, self.upper?))
    }

    /// Clamps a value into the bounds.
    pub fn clamp(&self, x: f64) -> f64 {
        let x = self.lower.map_or(x, |l| x.max(l));
        self.upper.map_or(x, |u| x.min(u))
    }

    /// True when `x` lies within the bounds (inclusive).
    pub fn contains(&self, x: f64) -> bool {
        self.lower.is_none_or(|l| x >= l) && self.upper.is_none_or(|u| x <= u)
    }
}

/// An indicator: a concept measured the same way wherever its id appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// Stable ascii id shared across regions, e.g. `5g_user_penetration`.
    pub id: String,
    /// Chinese name as the plans use it.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Unit, e.g. `%`, `个`, `亿元`.
    pub unit: String,
    /// Whether more or less is better.
    pub direction: Direction,
    /// Natural bounds (0..100 for a share, >= 1 for PUE).
    pub bounds: Bounds,
    /// Category as the plans group it (`infrastructure`, `digital_government`, ...).
    pub category: String,
}

impl Indicator {
    /// An indicator with the given id and defaults (up, unbounded), names equal to the id.
    ///
    /// # Errors
    /// [`Error::InvalidId`].
    pub fn try_new(id: &str) -> Result<Self> {
        check_id(id)?;
        Ok(Indicator {
            id: id.to_owned(),
            name_zh: id.to_owned(),
            name_en: id.to_owned(),
            unit: String::new(),
            direction: Direction::Up,
            bounds: Bounds::NONE,
            category: String::new(),
        })
    }
}

/// A region: a plan's author (city, county) or a reference (province, nation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Stable ascii id, e.g. `tongliao`.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Id of the province the region belongs to (its first reference series), if any.
    pub province: Option<String>,
    /// Administrative level: `prefecture`, `county`, `province`, `nation`, ...
    pub level: String,
    /// Title of the plan, for plan regions.
    pub plan_title: Option<String>,
    /// First year of the plan period.
    pub period_start: Option<i32>,
    /// Last year of the plan period.
    pub period_end: Option<i32>,
    /// Seed file the plan was read from.
    pub seed_file: Option<String>,
}

impl Region {
    /// A region with the given id and no other metadata.
    ///
    /// # Errors
    /// [`Error::InvalidId`].
    pub fn try_new(id: &str) -> Result<Self> {
        check_id(id)?;
        Ok(Region {
            id: id.to_owned(),
            name_zh: id.to_owned(),
            name_en: id.to_owned(),
            province: None,
            level: String::new(),
            plan_title: None,
            period_start: None,
            period_end: None,
            seed_file: None,
        })
    }
}
