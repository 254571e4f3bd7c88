//! Wide tables: one row per region (and indicator), one column per year — how the World Bank's
//! WDI downloads, Eurostat's tables, statistical yearbooks and plans' own indicator tables come.
//!
//! The header is the first row with at least two year columns (`2020`, or `2020 [YR2020]` as the
//! World Bank's DataBank writes it); rows before it are a preamble (the WDI file's "Data
//! Source", "Last Updated Date") and are skipped. Columns:
//!
//! | role | header (case-insensitive), first match |
//! |---|---|
//! | region | `Country Code`, `region`, `geo`, `code`; else the first column |
//! | region name | `Country Name`, `name`, `region_name` |
//! | indicator | `Indicator Code`, `indicator`, `series code`; else one indicator named by the caller |
//! | indicator name | `Indicator Name`, `series name`, `indicator_name` |
//! | unit | `unit`, `units` |
//!
//! A cell that is empty, `..` (World Bank) or `:` (Eurostat) is missing: no observation. A
//! number followed by letters is a value with Eurostat flags (`12.3 b`: break in series, `e`
//! estimated, `p` provisional, `u` low reliability): the value is read and the flags kept in
//! the observation's `provenance.note` (`eurostat flags: b`). Anything else is an error with its
//! line and column. Columns with an empty header (a trailing comma) are ignored.
//!
//! What cannot be read unambiguously is refused with the header's line and the column: two
//! columns with the same name (case and spaces aside) or the same year (`2020` and
//! `2020 [YR2020]`); a year-like column (four or more digits) outside
//! [`crate::YEAR_RANGE`] (`10000`, `0000`); a data row with cells beyond the header's last
//! column (usually an unquoted thousands separator, `1,234`).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::indicator::check_id;
use crate::io::number::parse_number;
use crate::target::{Bound, Observation, Provenance};

/// What a wide table holds: its observations and the names it gives regions and indicators.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WideTable {
    /// (line, observation), in file order (row by row, years left to right).
    pub rows: Vec<(u64, Observation)>,
    /// Region id → name, where the table has a name column.
    pub region_names: BTreeMap<String, String>,
    /// Indicator id → (name, unit), where the table has those columns.
    pub indicator_names: BTreeMap<String, (String, String)>,
}

/// A header cell that looks like a year: four or more digits, alone or followed by the World
/// Bank's `[YR…]`. `Some(Ok(year))` inside [`crate::YEAR_RANGE`], `Some(Err(()))` outside it
/// (`10000`, `0000`: a year column the crate cannot hold), `None` for anything else.
fn year_like(h: &str) -> Option<Result<i32, ()>> {
    let h = h.trim();
    let n = h.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = h.split_at(n);
    let rest = rest.trim();
    let tail_ok = rest.is_empty() || (rest.starts_with("[YR") && rest.ends_with(']'));
    if n < 4 || !tail_ok {
        return None;
    }
    Some(
        digits
            .parse::<i32>()
            .ok()
            .filter(|y| crate::series::YEAR_RANGE.contains(y))
            .ok_or(()),
    )
}

/// Whether a row is a wide table's header: two or more year-like cells, one of them a year
/// plancast can hold (a row of two large numbers in a preamble is not a header).
pub(crate) fn is_header<'a>(cells: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut like, mut years) = (0, 0);
    for c in cells {
        match year_like(c) {
            Some(Ok(_)) => (like, years) = (like + 1, years + 1),
            Some(Err(())) => like += 1,
            None => {}
        }
    }
    like >= 2 && years >= 1
}

/// The year columns of a header row, `(index, year)`, after refusing what is ambiguous: two
/// columns of the same name or year, a year-like column outside [`crate::YEAR_RANGE`]. `err`
/// builds the located error from (column header, message).
fn header_columns(
    cells: &[String],
    err: impl Fn(&str, String) -> Error,
) -> Result<Vec<(usize, i32)>> {
    let mut years: Vec<(usize, i32)> = Vec::new();
    let mut first: HashMap<i32, usize> = HashMap::new();
    for (i, c) in cells.iter().enumerate() {
        match year_like(c) {
            Some(Ok(y)) => {
                if let Some(&j) = first.get(&y) {
                    return Err(err(
                        c,
                        format!(
                            "columns {} (`{}`) and {} (`{c}`) are both year {y}: which one holds its values is ambiguous",
                            j + 1,
                            cells[j],
                            i + 1
                        ),
                    ));
                }
                first.insert(y, i);
                years.push((i, y));
            }
            Some(Err(())) => {
                return Err(err(
                    c,
                    format!(
                        "column {} looks like a year but is outside {}..={} (the years plancast can hold)",
                        i + 1,
                        crate::series::YEAR_RANGE.start(),
                        crate::series::YEAR_RANGE.end()
                    ),
                ))
            }
            None => {}
        }
    }
    if let Some((i, j)) = duplicate_names(cells.iter().map(String::as_str)) {
        return Err(err(&cells[j], duplicate_message(cells, i, j)));
    }
    Ok(years)
}

/// The first two columns (0-based, in order) whose names are equal once trimmed and compared
/// case-insensitively; empty names are not names (a trailing comma).
pub(crate) fn duplicate_names<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> Option<(usize, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (j, n) in names.into_iter().enumerate() {
        let key = n.trim().to_ascii_lowercase();
        if key.is_empty() {
            continue;
        }
        if let Some(&i) = seen.get(&key) {
            return Some((i, j));
        }
        seen.insert(key, j);
    }
    None
}

/// The message of a duplicate column: both columns, by position and name.
pub(crate) fn duplicate_message(names: &[impl AsRef<str>], i: usize, j: usize) -> String {
    format!(
        "columns {} (`{}`) and {} (`{}`) have the same name: which one holds the data is ambiguous",
        i + 1,
        names[i].as_ref().trim(),
        j + 1,
        names[j].as_ref().trim()
    )
}

/// Whether the text looks like a wide table: some row has two or more year columns and no
/// `year` column.
pub(crate) fn looks_wide(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(body);
    let is_year = |h: &str| h.trim().eq_ignore_ascii_case("year");
    let mut records = rdr.records().take(20).filter_map(|r| r.ok()).peekable();
    // A long table's header names a `year` column: its data rows may hold two year-like
    // numbers (a year and a value of 1000, a line number) without being a wide table.
    if records.peek().is_some_and(|r| r.iter().any(is_year)) {
        return false;
    }
    records.any(|r| is_header(r.iter()) && !r.iter().any(is_year))
}

/// Reads a wide table (see the module docs). `default_indicator` names the indicator when the
/// table has no indicator column (one table, one indicator: e.g. the file's stem).
///
/// # Errors
/// [`Error::Io`]; [`Error::Csv`] with the line and the column's header for a bad cell, an
/// invalid id, a file with no header row of years, a header with two columns of the same name
/// or year or a year-like column outside [`crate::YEAR_RANGE`], or a row with cells beyond
/// the header.
pub fn read_wide(mut input: impl Read, file: &Path, default_indicator: &str) -> Result<WideTable> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(file, e))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(body);
    let err = |line: u64, column: &str, message: String| Error::Csv {
        file: file.to_owned(),
        line,
        column: column.to_owned(),
        message,
    };
    let mut header: Option<Vec<String>> = None;
    let mut out = WideTable::default();
    let (mut region_col, mut name_col, mut ind_col, mut ind_name_col, mut unit_col) =
        (0, None, None, None, None);
    let mut years: Vec<(usize, i32)> = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            err(line, "", e.to_string())
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        let Some(h) = &header else {
            let cells: Vec<String> = rec.iter().map(|c| c.trim().to_owned()).collect();
            if is_header(cells.iter().map(String::as_str)) {
                let ys = header_columns(&cells, |c, m| err(line, c, m))?;
                let find = |names: &[&str]| {
                    cells
                        .iter()
                        .position(|c| names.iter().any(|n| c.eq_ignore_ascii_case(n)))
                };
                region_col = find(&["country code", "region", "geo", "code"]).unwrap_or(0);
                name_col = find(&["country name", "name", "region_name"]);
                ind_col = find(&["indicator code", "indicator", "series code"]);
                ind_name_col = find(&["indicator name", "series name", "indicator_name"]);
                unit_col = find(&["unit", "units"]);
                years = ys;
                header = Some(cells);
            }
            continue;
        };
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // A cell beyond the header's last column belongs to no column: most often an unquoted
        // thousands separator (`1,234`) that shifted every cell after it.
        if let Some(k) = (h.len()..rec.len()).find(|&k| !rec[k].trim().is_empty()) {
            return Err(err(
                line,
                &format!("#{}", k + 1),
                format!(
                    "{} cells but the header has {} (an unquoted thousands separator? quote it: \"1,234\")",
                    rec.len(),
                    h.len()
                ),
            ));
        }
        let cell = |i: usize| rec.get(i).map_or("", str::trim);
        let region = cell(region_col).to_owned();
        check_id(&region).map_err(|_| {
            err(
                line,
                &h[region_col],
                format!("expected a region id, found {region:?}"),
            )
        })?;
        let indicator = match ind_col {
            Some(c) => cell(c).to_owned(),
            None => default_indicator.to_owned(),
        };
        check_id(&indicator).map_err(|_| {
            let col = ind_col.map_or("indicator", |c| h[c].as_str());
            err(
                line,
                col,
                format!("expected an indicator id, found {indicator:?}"),
            )
        })?;
        if let Some(c) = name_col {
            if !cell(c).is_empty() {
                out.region_names.insert(region.clone(), cell(c).to_owned());
            }
        }
        let ind_name = ind_name_col.map_or("", cell);
        let unit = unit_col.map_or("", cell);
        if !ind_name.is_empty() || !unit.is_empty() {
            out.indicator_names
                .entry(indicator.clone())
                .or_insert_with(|| (ind_name.to_owned(), unit.to_owned()));
        }
        for &(c, year) in &years {
            let raw = cell(c);
            if raw.is_empty() || raw == ".." || raw == ":" {
                continue;
            }
            let (value, flags) = split_flags(raw)
                .ok_or_else(|| err(line, &h[c], format!("expected a number, found {raw:?}")))?;
            let value = parse_number(value).map_err(|m| err(line, &h[c], m))?;
            out.rows.push((
                line,
                table_observation(&region, &indicator, year, value, file, flags),
            ));
        }
    }
    if header.is_none() {
        return Err(err(
            1,
            "",
            "no header row with two or more year columns: not a wide table".into(),
        ));
    }
    Ok(out)
}

/// A year-end observation read from a table (wide or JSON-stat) in `file`, its status flags
/// (Eurostat's `b`, `e`, `p`, …) kept in the note.
pub(crate) fn table_observation(
    region: &str,
    indicator: &str,
    year: i32,
    value: f64,
    file: &Path,
    flags: &str,
) -> Observation {
    Observation {
        region: region.to_owned(),
        indicator: indicator.to_owned(),
        year,
        value,
        as_of: None,
        bound: Bound::Exact,
        provenance: Provenance {
            kind: "table".into(),
            source: file.display().to_string(),
            quote: String::new(),
            note: if flags.is_empty() {
                String::new()
            } else {
                format!("eurostat flags: {flags}")
            },
        },
        definition: None,
    }
}

/// `12.3 b` → (`12.3`, `b`); `12.3` → (`12.3`, ``); `: c` → None (a flagged missing value is
/// still missing: handled by the caller only for the bare `:`).
fn split_flags(raw: &str) -> Option<(&str, &str)> {
    match raw.rsplit_once(' ') {
        Some((v, f)) if !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase()) => {
            Some((v.trim(), f))
        }
        _ => Some((raw, "")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The World Bank's API download: four preamble lines, quoted cells, a trailing comma.
    const WDI: &str = "\u{feff}\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2024-11-13\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\"2021\",\n\"Aruba\",\"ABW\",\"Individuals using the Internet (% of population)\",\"IT.NET.USER.ZS\",\"\",\"88.6612\",\"93.54\",\n\"World\",\"WLD\",\"Individuals using the Internet (% of population)\",\"IT.NET.USER.ZS\",\"54\",\"60\",\"63\",\n";

    #[test]
    fn reads_the_world_bank_download_as_is() {
        let t = read_wide(WDI.as_bytes(), Path::new("API.csv"), "x").unwrap();
        let got: Vec<(&str, &str, i32, f64)> = t
            .rows
            .iter()
            .map(|(_, o)| (o.region.as_str(), o.indicator.as_str(), o.year, o.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("ABW", "IT.NET.USER.ZS", 2020, 88.6612),
                ("ABW", "IT.NET.USER.ZS", 2021, 93.54),
                ("WLD", "IT.NET.USER.ZS", 2019, 54.0),
                ("WLD", "IT.NET.USER.ZS", 2020, 60.0),
                ("WLD", "IT.NET.USER.ZS", 2021, 63.0),
            ]
        );
        assert_eq!(t.rows[0].0, 6);
        assert_eq!(t.region_names["ABW"], "Aruba");
        assert_eq!(
            t.indicator_names["IT.NET.USER.ZS"].0,
            "Individuals using the Internet (% of population)"
        );
        assert!(looks_wide(WDI.as_bytes()));
        assert!(!looks_wide(b"region,indicator,year,value\nr,i,2020,1\n"));
    }

    #[test]
    fn eurostat_flags_and_missing_cells() {
        let text = "geo,2019,2020,2021\nDE,90.1 b,:,91 ep\nFR,..,88,\n";
        let t = read_wide(text.as_bytes(), Path::new("isoc.csv"), "households").unwrap();
        let got: Vec<(&str, i32, f64, &str)> = t
            .rows
            .iter()
            .map(|(_, o)| {
                (
                    o.region.as_str(),
                    o.year,
                    o.value,
                    o.provenance.note.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("DE", 2019, 90.1, "eurostat flags: b"),
                ("DE", 2021, 91.0, "eurostat flags: ep"),
                ("FR", 2020, 88.0, ""),
            ]
        );
        assert!(t.rows.iter().all(|(_, o)| o.indicator == "households"));
    }

    #[test]
    fn bad_cells_are_located() {
        let text = "region,2019,2020\nr1,1,abc\n";
        match read_wide(text.as_bytes(), Path::new("w.csv"), "x") {
            Err(Error::Csv { line, column, .. }) => {
                assert_eq!((line, column.as_str()), (2, "2020"))
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            read_wide("a,b\n1,2\n".as_bytes(), Path::new("w.csv"), "x"),
            Err(Error::Csv { .. })
        ));
    }
}
