//! Plan targets (numeric or relative to a benchmark) and observations with their provenance.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::ParseError;

use crate::indicator::Direction;

/// How a target compares the indicator's value with the target value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparator {
    /// `>=` (达到, 以上, 不低于)
    #[serde(rename = ">=")]
    Ge,
    /// `>` (超, 高于)
    #[serde(rename = ">")]
    Gt,
    /// `<=` (≤, 不高于)
    #[serde(rename = "<=")]
    Le,
    /// `<` (低于)
    #[serde(rename = "<")]
    Lt,
    /// `=` (about: 左右). Met when within [`Comparator::EQ_TOLERANCE`] relative of the value.
    #[serde(rename = "=")]
    Eq,
}

impl Comparator {
    /// Relative tolerance of `=`: a target "about 10" is met by 9.5..10.5.
    pub const EQ_TOLERANCE: f64 = 0.05;

    /// Whether `value` meets `target` under this comparator.
    pub fn holds(self, value: f64, target: f64) -> bool {
        match self {
            Comparator::Ge => value >= target,
            Comparator::Gt => value > target,
            Comparator::Le => value <= target,
            Comparator::Lt => value < target,
            Comparator::Eq => (value - target).abs() <= Self::EQ_TOLERANCE * target.abs(),
        }
    }

    /// The direction a value must move to meet the target from below (`>=`, `>`) or above.
    /// `=` has none.
    pub fn direction(self) -> Option<Direction> {
        match self {
            Comparator::Ge | Comparator::Gt => Some(Direction::Up),
            Comparator::Le | Comparator::Lt => Some(Direction::Down),
            Comparator::Eq => None,
        }
    }

    /// The symbol, as written in CSV.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => ">=",
            Comparator::Gt => ">",
            Comparator::Le => "<=",
            Comparator::Lt => "<",
            Comparator::Eq => "=",
        }
    }
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

impl FromStr for Comparator {
    type Err = ParseError;
    /// Accepts `>=`, `>`, `<=`, `<`, `=`, `==`, and the typographic `≥`, `≤`.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Ok(match s.trim() {
            ">=" | "≥" => Comparator::Ge,
            ">" => Comparator::Gt,
            "<=" | "≤" => Comparator::Le,
            "<" => Comparator::Lt,
            "=" | "==" => Comparator::Eq,
            other => {
                return Err(ParseError::new(
                    "comparator",
                    other,
                    format!("expected one of >=, >, <=, <, =; found `{other}`"),
                ))
            }
        })
    }
}

/// Whether the plan calls a target expected (预期性) or binding (约束性).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// 预期性: an expectation.
    Expected,
    /// 约束性: a binding commitment.
    Binding,
    /// The plan does not say.
    #[default]
    Unstated,
}

impl FromStr for TargetKind {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Ok(match s.trim() {
            "expected" | "预期性" => TargetKind::Expected,
            "binding" | "约束性" => TargetKind::Binding,
            "" | "unstated" => TargetKind::Unstated,
            other => {
                return Err(ParseError::new(
                    "target kind",
                    other,
                    format!("expected `expected`, `binding` or `unstated`; found `{other}`"),
                ))
            }
        })
    }
}

/// What a relative target is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Statistic {
    /// The benchmark region's own value (a province's figure is its average), e.g. "达到全省平均水平".
    Average,
    /// Among the leading regions ("走在全区前列"): needs every region's value, not one series.
    Leading,
}

/// The benchmark a relative target names: a region and a statistic.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Benchmark {
    /// Region id of the benchmark, e.g. `inner_mongolia`.
    pub region: String,
    /// Which statistic of it.
    pub statistic: Statistic,
}

impl FromStr for Benchmark {
    type Err = ParseError;
    /// Parses `region` or `region:average` or `region:leading`.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        // Ids may hold `:` themselves: only a final `:average` or `:leading` is a statistic.
        let s = s.trim();
        let (region, statistic) = match s.rsplit_once(':') {
            Some((r, "average")) => (r.trim(), Statistic::Average),
            Some((r, "leading")) => (r.trim(), Statistic::Leading),
            _ => (s, Statistic::Average),
        };
        crate::indicator::check_id(region)
            .map_err(|e| ParseError::new("benchmark", s, e.to_string()))?;
        Ok(Benchmark {
            region: region.to_owned(),
            statistic,
        })
    }
}

impl fmt::Display for Benchmark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.statistic {
            Statistic::Average => f.write_str(&self.region),
            Statistic::Leading => write!(f, "{}:leading", self.region),
        }
    }
}

/// A target's value: a number, or a benchmark ("above the provincial average").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetValue {
    /// A number in the indicator's unit.
    Numeric(f64),
    /// Relative to a benchmark region's value of the same indicator in the same year.
    Relative(Benchmark),
}

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct Provenance {
    /// `table`, `text` or `reference`.
    pub kind: String,
    /// Seed file name or source URL.
    pub source: String,
    /// A short quote of the figure in its source.
    pub quote: String,
    /// How the figure was read, where that needed a decision.
    pub note: String,
}

/// One plan target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Target {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Year by which the target is to be met.
    pub year: i32,
    /// How the value is compared.
    pub comparator: Comparator,
    /// The target value or benchmark.
    pub value: TargetValue,
    /// Expected, binding or unstated.
    pub kind: TargetKind,
    /// Source of the target.
    pub provenance: Provenance,
    /// The definition (口径) the target is stated in, where the plan or the data says: `累计`
    /// (cumulative) or `新增` (added in the year), `规上` (above designated size) or all, core or
    /// broad digital economy, 5G share of mobile users or of the population. A target is judged
    /// only against observations of the same definition ([`crate::Reason::DefinitionDiffers`]).
    #[serde(default)]
    pub definition: Option<String>,
}

/// Whether an observation is exact or a lower bound ("超过", "以上", "余").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// The value as stated.
    #[default]
    Exact,
    /// The true value is at least this.
    Lower,
}

/// One observed value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Observation {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Year.
    pub year: i32,
    /// Value in the indicator's unit.
    pub value: f64,
    /// For a mid-year value, the date it refers to (e.g. `2021-05`); `None` for a year-end value.
    pub as_of: Option<String>,
    /// Exact or lower bound.
    pub bound: Bound,
    /// Source of the value.
    pub provenance: Provenance,
    /// The definition (口径) the value is measured in, where the source says (see
    /// [`Target::definition`]).
    #[serde(default)]
    pub definition: Option<String>,
}

/// Whether a target can be judged on observations: the target and the observations that state a
/// definition (口径) all state the same one. A target or an observation that states none is
/// taken to share the others' (nothing says it differs). The one rule of comparability, for the
/// verdict and for the realised outcome.
pub(crate) fn comparable<'a>(
    target: Option<&str>,
    observations: impl IntoIterator<Item = &'a Observation>,
) -> bool {
    let mut seen = target;
    for d in observations
        .into_iter()
        .filter_map(|o| o.definition.as_deref())
    {
        match seen {
            Some(s) if s != d => return false,
            _ => seen = Some(d),
        }
    }
    true
}

impl Benchmark {
    /// A benchmark region's value: `region` (`statistic` average or leading).
    pub fn new(region: impl Into<String>, statistic: Statistic) -> Self {
        Self {
            region: region.into(),
            statistic,
        }
    }
}

impl Provenance {
    /// Where a figure comes from: its kind (`table`, `text`, `reference`, …) and source (a file
    /// name or URL); quote and note empty.
    pub fn new(kind: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            source: source.into(),
            quote: String::new(),
            note: String::new(),
        }
    }

    /// With the quote of the figure in its source.
    #[must_use]
    pub fn with_quote(mut self, quote: impl Into<String>) -> Self {
        self.quote = quote.into();
        self
    }

    /// With a note on how the figure was read.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = note.into();
        self
    }
}

impl Target {
    /// A target of `region` for `indicator`: `comparator value` by `year`; kind unstated, no
    /// provenance. Ids are checked when the target joins a [`crate::Panel`].
    ///
    /// ```
    /// use plancast::{Comparator, Target, TargetKind, TargetValue};
    /// let t = Target::new("tongliao", "5g_user_penetration", 2025, Comparator::Ge, TargetValue::Numeric(59.0))
    ///     .with_kind(TargetKind::Expected);
    /// assert_eq!(t.year, 2025);
    /// ```
    pub fn new(
        region: impl Into<String>,
        indicator: impl Into<String>,
        year: i32,
        comparator: Comparator,
        value: TargetValue,
    ) -> Self {
        Self {
            region: region.into(),
            indicator: indicator.into(),
            year,
            comparator,
            value,
            kind: TargetKind::Unstated,
            provenance: Provenance::default(),
            definition: None,
        }
    }

    /// With the definition (口径) the target is stated in.
    #[must_use]
    pub fn with_definition(mut self, definition: impl Into<String>) -> Self {
        self.definition = Some(definition.into());
        self
    }

    /// With the plan's kind (预期性 / 约束性).
    #[must_use]
    pub fn with_kind(mut self, kind: TargetKind) -> Self {
        self.kind = kind;
        self
    }

    /// With where the target comes from.
    #[must_use]
    pub fn with_provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = provenance;
        self
    }
}

impl Observation {
    /// An exact year-end observation of `indicator` in `region`, without provenance.
    ///
    /// ```
    /// use plancast::{Bound, Observation};
    /// let o = Observation::new("tongliao", "4g_population_coverage", 2020, 90.0).with_bound(Bound::Lower);
    /// assert_eq!((o.year, o.bound), (2020, Bound::Lower));
    /// ```
    pub fn new(
        region: impl Into<String>,
        indicator: impl Into<String>,
        year: i32,
        value: f64,
    ) -> Self {
        Self {
            region: region.into(),
            indicator: indicator.into(),
            year,
            value,
            as_of: None,
            bound: Bound::Exact,
            provenance: Provenance::default(),
            definition: None,
        }
    }

    /// With the definition (口径) the value is measured in.
    #[must_use]
    pub fn with_definition(mut self, definition: impl Into<String>) -> Self {
        self.definition = Some(definition.into());
        self
    }

    /// With a bound (`Lower` for "超过", "以上", "余").
    #[must_use]
    pub fn with_bound(mut self, bound: Bound) -> Self {
        self.bound = bound;
        self
    }

    /// With the date a mid-year value refers to (e.g. `2021-05`).
    #[must_use]
    pub fn with_as_of(mut self, as_of: impl Into<String>) -> Self {
        self.as_of = Some(as_of.into());
        self
    }

    /// With where the value comes from.
    #[must_use]
    pub fn with_provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = provenance;
        self
    }
}
