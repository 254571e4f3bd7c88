//! Regions and indicators: the metadata a series is interpreted with.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Checks an id as data has it: any non-empty text without control characters and without
/// leading or trailing whitespace (readers trim cells first). Case and Unicode are kept:
/// `Afghanistan`, `WLD`, `DE21`, `IT.NET.USER.ZS`, `通辽市` are all ids.
///
/// ```
/// assert!(plancast::check_id("IT.NET.USER.ZS").is_ok());
/// assert!(plancast::check_id("通辽市").is_ok());
/// assert!(plancast::check_id("").is_err());
/// assert!(plancast::check_id(" padded").is_err());
/// assert!(plancast::check_id("tab\there").is_err());
/// ```
///
/// # Errors
/// [`Error::InvalidId`].
pub fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty() && id.trim() == id && !id.chars().any(char::is_control);
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
#[non_exhaustive]
pub struct Indicator {
    /// Id shared across regions, as the data has it, e.g. `5g_user_penetration`, `IT.NET.USER.ZS`.
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
    /// No metadata row was given: the stated defaults of [`Indicator::with_defaults`] apply.
    #[serde(default)]
    pub defaulted: bool,
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
            defaulted: false,
        })
    }

    /// An indicator known only by its id (and, from a wide table, its name and unit), with
    /// stated defaults: direction up; bounds 0–100 when the unit or the name says `%`,
    /// `percent` or `per cent` (a share), else none. `defaulted` is set so reports can say so.
    ///
    /// ```
    /// let i = plancast::Indicator::with_defaults(
    ///     "IT.NET.USER.ZS", "Individuals using the Internet (% of population)", "").unwrap();
    /// assert_eq!(i.bounds.both(), Some((0.0, 100.0)));
    /// assert!(i.defaulted);
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidId`].
    pub fn with_defaults(id: &str, name: &str, unit: &str) -> Result<Self> {
        let mut ind = Indicator::try_new(id)?;
        if !name.is_empty() {
            ind.name_zh = name.to_owned();
            ind.name_en = name.to_owned();
        }
        ind.unit = unit.to_owned();
        let says_percent = |s: &str| {
            let l = s.to_lowercase();
            l.contains('%') || l.contains("percent") || l.contains("per cent")
        };
        if says_percent(unit) || says_percent(name) {
            ind.bounds = Bounds::try_new(Some(0.0), Some(100.0))?;
        }
        ind.defaulted = true;
        Ok(ind)
    }
}

/// A region: a plan's author (city, county) or a reference (province, nation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Region {
    /// Id as the data has it, e.g. `tongliao`, `WLD`, `DE21`.
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
