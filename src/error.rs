//! The one error type of plancast.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// Everything that can go wrong in plancast, with what and where.
///
/// Variants carry named fields so a caller can match on the location (file, line, column,
/// region, indicator, year) instead of parsing a message.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A series needs more observations than it has (for a fit, an interval, a model).
    #[error("{what} needs at least {needed} observations, got {got}")]
    InsufficientData {
        /// What needed them (a model name, "an interval", ...).
        what: &'static str,
        /// How many are needed.
        needed: usize,
        /// How many there are.
        got: usize,
    },
    /// Years and values of a series differ in length.
    #[error("a series has {years} years but {values} values")]
    LengthMismatch {
        /// Number of years.
        years: usize,
        /// Number of values.
        values: usize,
    },
    /// A value is NaN or infinite.
    #[error("value {value} in year {year} is not finite")]
    NonFiniteValue {
        /// The year of the value.
        year: i32,
        /// The offending value.
        value: f64,
    },
    /// The same year appears twice in a series.
    #[error("year {year} appears more than once")]
    DuplicateYear {
        /// The repeated year.
        year: i32,
    },
    /// A year outside 1..=9999.
    #[error("year {year} is outside 1..=9999")]
    YearOutOfRange {
        /// The offending year.
        year: i64,
    },
    /// A model on the log scale met a value that is zero or negative.
    #[error("{model} needs positive values, but year {year} has {value}")]
    NonPositiveValue {
        /// Model name.
        model: &'static str,
        /// The year of the value.
        year: i32,
        /// The offending value.
        value: f64,
    },
    /// A bounded model met a value on or beyond one of its bounds.
    #[error("value {value} in year {year} is not strictly inside the bounds ({lower}, {upper})")]
    OutOfBounds {
        /// The year of the value.
        year: i32,
        /// The offending value.
        value: f64,
        /// Lower bound.
        lower: f64,
        /// Upper bound.
        upper: f64,
    },
    /// Bounds with lower >= upper or a non-finite bound.
    #[error("invalid bounds: lower {lower} must be finite and below upper {upper}")]
    InvalidBounds {
        /// Lower bound.
        lower: f64,
        /// Upper bound.
        upper: f64,
    },
    /// Status cut-offs that do not order the classes: they must be finite with
    /// 0 ≤ moderate < on_track.
    #[error("status thresholds need 0 <= moderate < on_track, got moderate {moderate}, on_track {on_track}")]
    InvalidThresholds {
        /// The on-track cut-off given.
        on_track: f64,
        /// The moderate cut-off given.
        moderate: f64,
    },
    /// A regional spread with a negative or non-finite σ, or an exponent outside [0, 2].
    #[error("a regional spread needs sigma >= 0 and 0 <= exponent <= 2, got sigma {sigma}, exponent {exponent}")]
    InvalidSpread {
        /// σ given.
        sigma: f64,
        /// Exponent given.
        exponent: f64,
    },
    /// A class pool with an own weight outside [0, 1] or a recalibration shape that is not
    /// positive and finite.
    #[error("a class pool needs 0 <= own weight <= 1 and beta shapes a, b > 0, got weight {own_weight}, a {a}, b {b}")]
    InvalidPool {
        /// Weight of the series' own forecast given.
        own_weight: f64,
        /// First beta shape given.
        a: f64,
        /// Second beta shape given.
        b: f64,
    },
    /// An interval level outside (0, 1).
    #[error("level {level} must be strictly between 0 and 1")]
    InvalidLevel {
        /// The offending level.
        level: f64,
    },
    /// All the years of a series are the same (or there is one), so no slope can be fitted.
    #[error("a series whose years do not vary has no trend")]
    NoTimeVariation,
    /// A model cannot be fitted to this series (e.g. a free-ceiling logistic to a falling series).
    #[error("{model} cannot be fitted: {reason}")]
    Unfittable {
        /// Model name.
        model: &'static str,
        /// Why.
        reason: &'static str,
    },
    /// Levenberg–Marquardt stopped without converging.
    #[error(
        "{model}: Levenberg–Marquardt did not converge in {iterations} iterations (SSE {sse})"
    )]
    NotConverged {
        /// Model name.
        model: &'static str,
        /// Iterations used.
        iterations: usize,
        /// Sum of squared errors at the last iterate.
        sse: f64,
    },
    /// A result would overflow f64 or be NaN (extreme magnitudes or horizons).
    #[error("{what} is not representable as a finite number")]
    Overflow {
        /// What overflowed.
        what: &'static str,
    },
    /// A CSV cell or row is malformed.
    #[error("{file}:{line}: column `{column}`: {message}")]
    Csv {
        /// The file (or a label such as `<observations>` for in-memory input).
        file: PathBuf,
        /// 1-based line number in the file (the header is line 1).
        line: u64,
        /// The column name.
        column: String,
        /// What was expected and what was found.
        message: String,
    },
    /// A CSV header lacks a required column.
    #[error("{file}: missing required column `{column}` (header has: {header})")]
    MissingColumn {
        /// The file.
        file: PathBuf,
        /// The missing column.
        column: &'static str,
        /// The header found, comma-separated.
        header: String,
    },
    /// The same (region, indicator, year[, as_of]) appears twice.
    #[error("{file}:{line}: duplicate {key} (first on line {first_line})")]
    DuplicateRow {
        /// The file.
        file: PathBuf,
        /// Line of the duplicate.
        line: u64,
        /// Line where the key first appeared.
        first_line: u64,
        /// The key, e.g. `tongliao/5g_user_penetration/2020`.
        key: String,
    },
    /// A row names a region or indicator the panel does not define.
    #[error("{file}:{line}: unknown {kind} `{id}`")]
    UnknownId {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: u64,
        /// `region` or `indicator`.
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// An id that is empty, padded with whitespace or holds control characters.
    #[error("invalid id `{id:?}`: an id is non-empty text without control characters or surrounding spaces")]
    InvalidId {
        /// The id.
        id: String,
    },
    /// Reading or writing a file failed.
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: PathBuf,
        /// The underlying error (the operating system's, or the CSV writer's).
        #[source]
        source: IoSource,
    },
    /// A batch was given a different number of targets than it has series.
    #[error("{series} series but {targets} targets: give one target per series")]
    TargetCountMismatch {
        /// Series in the batch.
        series: usize,
        /// Targets given.
        targets: usize,
    },
    /// JSON (de)serialisation failed.
    #[error("JSON: {message}")]
    Json {
        /// serde_json's message, with line and column.
        message: String,
    },
    /// A file in a non-CSV format (JSON-stat, a workbook) does not hold what it should.
    #[error("{file}: {location}: {message}")]
    Format {
        /// The file.
        file: PathBuf,
        /// Where in it: a JSON path (`dimension.time.category.index`) or a sheet and cell.
        location: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// An [`Error::Io`] for `file` (files are read and written by the `io` feature's code).
    #[cfg_attr(not(feature = "io"), allow(dead_code))]
    pub(crate) fn io(
        file: impl Into<PathBuf>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Error::Io {
            file: file.into(),
            source: IoSource(Arc::from(source.into())),
        }
    }
}

/// The error under an [`Error::Io`]: kept (not flattened to a message) and shared, so
/// [`Error`] stays `Clone`. Two are equal when their messages are.
#[derive(Debug, Clone)]
pub struct IoSource(Arc<dyn std::error::Error + Send + Sync>);

impl IoSource {
    /// The underlying error; downcast it to `std::io::Error` for its kind.
    pub fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.0
    }
}

impl PartialEq for IoSource {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

impl fmt::Display for IoSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for IoSource {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

/// A text that names no value of the type it was parsed as (the `FromStr` error of
/// [`crate::Comparator`], [`crate::TargetKind`], [`crate::Benchmark`], [`crate::model::Model`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct ParseError {
    /// What was being parsed (`comparator`, `target kind`, `benchmark`, `model`).
    pub what: &'static str,
    /// The text.
    pub found: String,
    /// What went wrong, with what is accepted.
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(what: &'static str, found: &str, message: String) -> Self {
        Self {
            what,
            found: found.to_owned(),
            message,
        }
    }
}

/// plancast's `Result`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
