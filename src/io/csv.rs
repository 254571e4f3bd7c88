//! CSV interchange: observations, targets, indicators, regions.
//!
//! Every reader takes any column order, ignores extra columns, accepts a UTF-8 BOM and CRLF line
//! ends, and turns every problem into an [`Error`] naming the file, the 1-based line and the column.

mod panel;
mod table;

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use self::table::{label, Row, Table};
use crate::error::{Error, ParseError, Result};
use crate::indicator::{Bounds, Direction, Indicator, Region};
use crate::target::{Benchmark, Bound, Comparator, Observation, Target, TargetValue};

pub use self::panel::{load_panel, PanelSources};

/// Reads observations: `region,indicator,year,value` (+ `as_of`, `bound`, `provenance`, `source`,
/// `quote`, `note`). Returns each row with its line number.
///
/// `bound` is empty/`exact` or `lower`; `as_of` marks a mid-year value (e.g. `2021-05`).
/// A repeated (region, indicator, year, as_of) is an [`Error::DuplicateRow`].
///
/// # Errors
/// [`Error::Csv`], [`Error::MissingColumn`], [`Error::DuplicateRow`], [`Error::Io`].
pub fn read_observations(input: impl Read, file: &Path) -> Result<Vec<(u64, Observation)>> {
    let checked = read_observations_checked(input, file)?;
    match checked.errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(checked.rows),
    }
}

/// Every data row of an observations file, accounted for: loaded, or an error with its line.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckedRows<T> {
    /// Rows that parsed, with their line numbers, in file order.
    pub rows: Vec<(u64, T)>,
    /// One error per row that did not, in file order.
    pub errors: Vec<Error>,
}

/// [`read_observations`] that does not stop at the first bad row: every data row ends up in
/// `rows` or in `errors` (with its line), so `rows.len() + errors.len()` is the number of data
/// rows. For cleaning hand-typed tables: see every problem at once.
///
/// # Errors
/// Only what stops the whole file: [`Error::Io`], [`Error::MissingColumn`], an unreadable header.
pub fn read_observations_checked(
    input: impl Read,
    file: &Path,
) -> Result<CheckedRows<Observation>> {
    let table = Table::read(
        input,
        &label(file),
        &["region", "indicator", "year", "value"],
    )?;
    // Parse every row first, then find duplicates with keys borrowed from the parsed rows:
    // owned keys cost two string copies a row.
    let parsed: Vec<(u64, Result<Observation>)> = table
        .rows()
        .map(|row| (row.line, parse_observation(&row)))
        .collect();
    let mut first_of: Vec<Option<u64>> = vec![None; parsed.len()];
    {
        let mut seen: HashMap<ObsKey<'_>, u64> = HashMap::with_capacity(parsed.len());
        for (k, (line, obs)) in parsed.iter().enumerate() {
            if let Ok(o) = obs {
                let key = (
                    o.region.as_str(),
                    o.indicator.as_str(),
                    o.year,
                    o.as_of.as_deref(),
                );
                match seen.entry(key) {
                    std::collections::hash_map::Entry::Occupied(e) => first_of[k] = Some(*e.get()),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(*line);
                    }
                }
            }
        }
    }
    let mut out = CheckedRows {
        rows: Vec::with_capacity(parsed.len()),
        errors: Vec::new(),
    };
    for ((line, obs), first) in parsed.into_iter().zip(first_of) {
        match (obs, first) {
            (Err(e), _) => out.errors.push(e),
            (Ok(obs), Some(first_line)) => out.errors.push(Error::DuplicateRow {
                file: table.file.clone(),
                line,
                first_line,
                key: format!("{}/{}/{}", obs.region, obs.indicator, obs.year),
            }),
            (Ok(obs), None) => out.rows.push((line, obs)),
        }
    }
    Ok(out)
}

fn parse_observation(row: &Row<'_>) -> Result<Observation> {
    row.check_width()?;
    let bound = match row.text("bound")? {
        "" | "exact" => Bound::Exact,
        "lower" => Bound::Lower,
        other => {
            return Err(row.err(
                "bound",
                format!("expected empty, `exact` or `lower`, found `{other}`"),
            ))
        }
    };
    Ok(Observation {
        region: row.id("region")?,
        indicator: row.id("indicator")?,
        year: row.year("year")?,
        value: row.number("value")?,
        as_of: row.opt_text("as_of")?,
        bound,
        provenance: row.provenance()?,
        definition: row.opt_text("definition")?,
    })
}

/// Reads targets: `region,indicator,year,comparator,value` (+ `kind`, `relative`, provenance columns).
///
/// A numeric target has a `value`; a relative target has an empty `value` and a `relative`
/// column naming its benchmark (`liaoning`, `inner_mongolia:leading`). Both or neither is an error.
///
/// # Errors
/// [`Error::Csv`], [`Error::MissingColumn`], [`Error::Io`].
pub fn read_targets(input: impl Read, file: &Path) -> Result<Vec<(u64, Target)>> {
    let table = Table::read(
        input,
        &label(file),
        &["region", "indicator", "year", "comparator", "value"],
    )?;
    let mut out = Vec::with_capacity(table.rows.len());
    for row in table.rows() {
        row.check_width()?;
        let comparator: Comparator = row
            .text("comparator")?
            .parse()
            .map_err(|m: ParseError| row.err("comparator", m.to_string()))?;
        let kind = row
            .text("kind")?
            .parse()
            .map_err(|m: ParseError| row.err("kind", m.to_string()))?;
        let relative = row.text("relative")?;
        let value = match (row.text("value")?.is_empty(), relative.is_empty()) {
            (false, true) => TargetValue::Numeric(row.number("value")?),
            (true, false) => TargetValue::Relative(
                relative
                    .parse::<Benchmark>()
                    .map_err(|m| row.err("relative", m.to_string()))?,
            ),
            (false, false) => {
                return Err(row.err(
                    "relative",
                    "a target has either a value or a relative benchmark, not both",
                ))
            }
            (true, true) => {
                return Err(row.err(
                    "value",
                    "expected a number (or an empty value with a `relative` benchmark)",
                ))
            }
        };
        out.push((
            row.line,
            Target {
                region: row.id("region")?,
                indicator: row.id("indicator")?,
                year: row.year("year")?,
                comparator,
                value,
                kind,
                provenance: row.provenance()?,
                definition: row.opt_text("definition")?,
            },
        ));
    }
    Ok(out)
}

/// Reads indicators: `indicator,unit,direction,lower,upper` (+ `name_zh`, `name_en`, `category`).
///
/// # Errors
/// [`Error::Csv`], [`Error::MissingColumn`], [`Error::Io`].
pub fn read_indicators(input: impl Read, file: &Path) -> Result<Vec<Indicator>> {
    let table = Table::read(
        input,
        &label(file),
        &["indicator", "unit", "direction", "lower", "upper"],
    )?;
    let mut out = Vec::with_capacity(table.rows.len());
    for row in table.rows() {
        row.check_width()?;
        let id = row.id("indicator")?;
        let direction = match row.text("direction")? {
            "up" | "" => Direction::Up,
            "down" => Direction::Down,
            other => {
                return Err(row.err(
                    "direction",
                    format!("expected `up` or `down`, found `{other}`"),
                ))
            }
        };
        let bounds = Bounds::try_new(row.opt_number("lower")?, row.opt_number("upper")?)
            .map_err(|e| row.err("upper", e.to_string()))?;
        let name =
            |c: &str| -> Result<String> { Ok(row.opt_text(c)?.unwrap_or_else(|| id.clone())) };
        out.push(Indicator {
            name_zh: name("name_zh")?,
            name_en: name("name_en")?,
            unit: row.text("unit")?.to_owned(),
            direction,
            bounds,
            category: row.text("category")?.to_owned(),
            defaulted: false,
            id,
        });
    }
    Ok(out)
}

/// Reads regions: `region` (+ `name_zh`, `name_en`, `province`, `level`, `plan_title`,
/// `period_start`, `period_end`, `seed_file`).
///
/// # Errors
/// [`Error::Csv`], [`Error::MissingColumn`], [`Error::Io`].
pub fn read_regions(input: impl Read, file: &Path) -> Result<Vec<Region>> {
    let table = Table::read(input, &label(file), &["region"])?;
    let mut out = Vec::with_capacity(table.rows.len());
    for row in table.rows() {
        row.check_width()?;
        let id = row.id("region")?;
        let province = match row.text("province")? {
            "" => None,
            _ => Some(row.id("province")?),
        };
        out.push(Region {
            name_zh: row.opt_text("name_zh")?.unwrap_or_else(|| id.clone()),
            name_en: row.opt_text("name_en")?.unwrap_or_else(|| id.clone()),
            province,
            level: row.text("level")?.to_owned(),
            plan_title: row.opt_text("plan_title")?,
            period_start: row.opt_year("period_start")?,
            period_end: row.opt_year("period_end")?,
            seed_file: row.opt_text("seed_file")?,
            id,
        });
    }
    Ok(out)
}

/// (region, indicator, year, as_of): what makes an observation unique.
type ObsKey<'a> = (&'a str, &'a str, i32, Option<&'a str>);
