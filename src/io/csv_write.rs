//! CSV writers: observations, targets, indicators and regions in the format the readers of
//! [`super::csv`] read back, losslessly.

use std::io::Write;
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::indicator::{Direction, Indicator, Region};
use crate::target::{Bound, Observation, Target, TargetValue};

fn csv_write_err(e: impl std::fmt::Display) -> Error {
    Error::io(PathBuf::from("<output>"), e.to_string())
}

fn num(x: f64) -> String {
    // Shortest representation that round-trips exactly.
    format!("{x:?}")
}

fn opt_num(x: Option<f64>) -> String {
    x.map(num).unwrap_or_default()
}

/// Writes observations in the format [`super::read_observations`] reads (lossless round trip).
///
/// # Errors
/// [`Error::Io`].
pub fn write_observations(out: impl Write, rows: &[Observation]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "region",
        "indicator",
        "year",
        "value",
        "as_of",
        "bound",
        "provenance",
        "source",
        "quote",
        "note",
        "definition",
    ])
    .map_err(csv_write_err)?;
    for o in rows {
        let bound = match o.bound {
            Bound::Exact => "",
            Bound::Lower => "lower",
        };
        w.write_record([
            o.region.as_str(),
            &o.indicator,
            &o.year.to_string(),
            &num(o.value),
            o.as_of.as_deref().unwrap_or(""),
            bound,
            &o.provenance.kind,
            &o.provenance.source,
            &o.provenance.quote,
            &o.provenance.note,
            o.definition.as_deref().unwrap_or(""),
        ])
        .map_err(csv_write_err)?;
    }
    w.flush().map_err(csv_write_err)
}

/// Writes targets in the format [`super::read_targets`] reads (lossless round trip).
///
/// # Errors
/// [`Error::Io`].
pub fn write_targets(out: impl Write, rows: &[Target]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "region",
        "indicator",
        "year",
        "comparator",
        "value",
        "kind",
        "relative",
        "provenance",
        "source",
        "quote",
        "note",
        "definition",
    ])
    .map_err(csv_write_err)?;
    for t in rows {
        let (value, relative) = match &t.value {
            TargetValue::Numeric(v) => (num(*v), String::new()),
            TargetValue::Relative(b) => (String::new(), b.to_string()),
        };
        let kind = match t.kind {
            crate::target::TargetKind::Expected => "expected",
            crate::target::TargetKind::Binding => "binding",
            crate::target::TargetKind::Unstated => "unstated",
        };
        w.write_record([
            t.region.as_str(),
            &t.indicator,
            &t.year.to_string(),
            t.comparator.symbol(),
            &value,
            kind,
            &relative,
            &t.provenance.kind,
            &t.provenance.source,
            &t.provenance.quote,
            &t.provenance.note,
            t.definition.as_deref().unwrap_or(""),
        ])
        .map_err(csv_write_err)?;
    }
    w.flush().map_err(csv_write_err)
}

/// Writes indicators in the format [`super::read_indicators`] reads.
///
/// # Errors
/// [`Error::Io`].
pub fn write_indicators(out: impl Write, rows: &[Indicator]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "indicator",
        "name_zh",
        "name_en",
        "unit",
        "direction",
        "lower",
        "upper",
        "category",
    ])
    .map_err(csv_write_err)?;
    for i in rows {
        let dir = match i.direction {
            Direction::Up => "up",
            Direction::Down => "down",
        };
        w.write_record([
            i.id.as_str(),
            &i.name_zh,
            &i.name_en,
            &i.unit,
            dir,
            &opt_num(i.bounds.lower()),
            &opt_num(i.bounds.upper()),
            &i.category,
        ])
        .map_err(csv_write_err)?;
    }
    w.flush().map_err(csv_write_err)
}

/// Writes regions in the format [`super::read_regions`] reads.
///
/// # Errors
/// [`Error::Io`].
pub fn write_regions(out: impl Write, rows: &[Region]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "region",
        "name_zh",
        "name_en",
        "province",
        "level",
        "plan_title",
        "period_start",
        "period_end",
        "seed_file",
    ])
    .map_err(csv_write_err)?;
    for r in rows {
        let y = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
        w.write_record([
            r.id.as_str(),
            &r.name_zh,
            &r.name_en,
            r.province.as_deref().unwrap_or(""),
            &r.level,
            r.plan_title.as_deref().unwrap_or(""),
            &y(r.period_start),
            &y(r.period_end),
            r.seed_file.as_deref().unwrap_or(""),
        ])
        .map_err(csv_write_err)?;
    }
    w.flush().map_err(csv_write_err)
}
