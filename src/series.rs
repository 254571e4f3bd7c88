//! A validated annual time series: strictly increasing integer years, finite values.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Years plancast accepts (inclusive).
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1..=9999;

/// An indicator's observed values over (possibly irregular) years.
///
/// Invariants, checked by [`Series::try_new`] and on deserialisation: years and values have the
/// same length, years lie in [`YEAR_RANGE`], are strictly increasing after sorting (a repeated
/// year is an error, never silently merged), and every value is finite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SeriesData", into = "SeriesData")]
pub struct Series {
    years: Vec<i32>,
    values: Vec<f64>,
}

/// The unvalidated form a [`Series`] is (de)serialised through.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SeriesData {
    years: Vec<i32>,
    values: Vec<f64>,
}

impl TryFrom<SeriesData> for Series {
    type Error = Error;
    fn try_from(d: SeriesData) -> Result<Self> {
        Series::try_new(d.years, d.values)
    }
}

impl From<Series> for SeriesData {
    fn from(s: Series) -> Self {
        SeriesData {
            years: s.years,
            values: s.values,
        }
    }
}

impl Series {
    /// Builds a series, sorting by year.
    ///
    /// # Errors
    /// [`Error::LengthMismatch`], [`Error::YearOutOfRange`], [`Error::NonFiniteValue`] or
    /// [`Error::DuplicateYear`].
    pub fn try_new(years: Vec<i32>, values: Vec<f64>) -> Result<Self> {
        if years.len() != values.len() {
            return Err(Error::LengthMismatch {
                years: years.len(),
                values: values.len(),
            });
        }
        let mut pairs: Vec<(i32, f64)> = years.into_iter().zip(values).collect();
        for &(year, value) in &pairs {
            if !YEAR_RANGE.contains(&year) {
                return Err(Error::YearOutOfRange { year: year.into() });
            }
            if !value.is_finite() {
                return Err(Error::NonFiniteValue { year, value });
            }
        }
        pairs.sort_by_key(|p| p.0);
        if let Some(w) = pairs.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(Error::DuplicateYear { year: w[0].0 });
        }
        let (years, values) = pairs.into_iter().unzip();
        Ok(Series { years, values })
    }

    /// The years, strictly increasing.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// The values, in year order.
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// Number of observations.
    pub fn len(&self) -> usize {
        self.years.len()
    }

    /// True when the series has no observations.
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// The first observation `(year, value)`, if any.
    pub fn first(&self) -> Option<(i32, f64)> {
        Some((*self.years.first()?, *self.values.first()?))
    }

    /// The last observation `(year, value)`, if any.
    pub fn last(&self) -> Option<(i32, f64)> {
        Some((*self.years.last()?, *self.values.last()?))
    }

    /// The observations up to and including `year` (for backtests).
    pub fn until(&self, year: i32) -> Series {
        let k = self.years.partition_point(|&y| y <= year);
        Series {
            years: self.years[..k].to_vec(),
            values: self.values[..k].to_vec(),
        }
    }

    /// Iterates over `(year, value)` pairs.
    pub fn iter(&self) -> impl Iterator<Item = (i32, f64)> + '_ {
        self.years.iter().copied().zip(self.values.iter().copied())
    }
}
