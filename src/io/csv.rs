//! CSV interchange: observations, targets, indicators, regions.
//!
//! Every reader takes any column order, ignores extra columns, accepts a UTF-8 BOM and CRLF line
//! ends, and turns every problem into an [`Error`] naming the file, the 1-based line and the column.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, ParseError, Result};
use crate::indicator::{check_id, Bounds, Direction, Indicator, Region};
use crate::io::number::parse_number;
use crate::panel::{Panel, PanelData};
use crate::target::{Benchmark, Bound, Comparator, Observation, Provenance, Target, TargetValue};

/// A parsed CSV table: header positions plus records with their line numbers.
struct Table {
    file: PathBuf,
    width: usize,
    columns: HashMap<String, usize>,
    rows: Vec<(u64, csv::ByteRecord)>,
}

/// One row of a [`Table`], for located cell access.
struct Row<'a> {
    table: &'a Table,
    line: u64,
    record: &'a csv::ByteRecord,
}

impl Table {
    fn read(mut input: impl Read, file: &Path, required: &[&'static str]) -> Result<Table> {
        let io_err = |e: std::io::Error| Error::io(file, e);
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(io_err)?;
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(body);
        let csv_err = |e: csv::Error| {
            let line = e.position().map_or(0, |p| p.line());
            Error::Csv {
                file: file.to_owned(),
                line,
                column: String::new(),
                message: e.to_string(),
            }
        };
        let header = rdr.byte_headers().map_err(csv_err)?.clone();
        // The header's line as an editor shows it: the csv crate skips empty lines before it
        // (a workbook's sheet starts on the row of its first cell).
        let header_line = 1 + body
            .iter()
            .take_while(|&&b| b == b'\n' || b == b'\r')
            .filter(|&&b| b == b'\n')
            .count() as u64;
        let mut names = Vec::with_capacity(header.len());
        for (i, h) in header.iter().enumerate() {
            let name = std::str::from_utf8(h).map_err(|_| Error::Csv {
                file: file.to_owned(),
                line: header_line,
                column: format!("#{}", i + 1),
                message: "header is not valid UTF-8".to_owned(),
            })?;
            names.push(name);
        }
        // Two columns of one name: which one is `value`? Refused, naming both.
        if let Some((i, j)) = super::wide::duplicate_names(names.iter().copied()) {
            return Err(Error::Csv {
                file: file.to_owned(),
                line: header_line,
                column: names[j].trim().to_ascii_lowercase(),
                message: super::wide::duplicate_message(&names, i, j),
            });
        }
        let mut columns = HashMap::new();
        for (i, name) in names.iter().enumerate() {
            columns.insert(name.trim().to_ascii_lowercase(), i);
        }
        for &c in required {
            if !columns.contains_key(c) {
                let names: Vec<String> = header
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).into_owned())
                    .collect();
                return Err(Error::MissingColumn {
                    file: file.to_owned(),
                    column: c,
                    header: names.join(","),
                });
            }
        }
        let mut rows = Vec::new();
        // Line numbers are counted here from byte offsets: the csv crate's own line count
        // drifts on CRLF files, and an error must point at the line an editor shows.
        let (mut counted_to, mut line_at) = (0usize, 1u64);
        for rec in rdr.byte_records() {
            let rec = rec.map_err(csv_err)?;
            let mut start = rec
                .position()
                .map_or(counted_to, |p| p.byte() as usize)
                .min(body.len());
            // After a CRLF the reported start is the LF itself.
            if body.get(start) == Some(&b'\n') {
                start += 1;
            }
            if start > counted_to {
                line_at += body[counted_to..start]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count() as u64;
                counted_to = start;
            }
            let line = line_at;
            if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                continue; // a blank line is not a data row
            }
            rows.push((line, rec));
        }
        Ok(Table {
            file: file.to_owned(),
            width: header.len(),
            columns,
            rows,
        })
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |(line, record)| Row {
            table: self,
            line: *line,
            record,
        })
    }
}

impl Row<'_> {
    /// A row wider than the header is rejected: the usual cause is an unquoted thousands
    /// separator (`1,234` read as two cells), and reading `1` would be silently wrong.
    fn check_width(&self) -> Result<()> {
        let (got, width) = (self.record.len(), self.table.width);
        if got > width {
            return Err(self.err(
                &format!("#{}", width + 1),
                format!(
                    "{got} cells but the header has {width} (an unquoted thousands separator? quote it: \"1,234\")"
                ),
            ));
        }
        Ok(())
    }

    fn err(&self, column: &str, message: impl Into<String>) -> Error {
        Error::Csv {
            file: self.table.file.clone(),
            line: self.line,
            column: column.to_owned(),
            message: message.into(),
        }
    }

    /// The trimmed cell, `""` when the column or the cell is absent.
    fn text(&self, column: &str) -> Result<&str> {
        let Some(&i) = self.table.columns.get(column) else {
            return Ok("");
        };
        let raw = self.record.get(i).unwrap_or(b"");
        std::str::from_utf8(raw)
            .map(str::trim)
            .map_err(|e| self.err(column, format!("not valid UTF-8 ({e})")))
    }

    fn opt_text(&self, column: &str) -> Result<Option<String>> {
        let t = self.text(column)?;
        Ok((!t.is_empty()).then(|| t.to_owned()))
    }

    fn id(&self, column: &str) -> Result<String> {
        let t = self.text(column)?;
        check_id(t).map_err(|_| {
            self.err(
                column,
                format!("expected an id (non-empty text without control characters), found {t:?}"),
            )
        })?;
        Ok(t.to_owned())
    }

    fn number(&self, column: &str) -> Result<f64> {
        parse_number(self.text(column)?).map_err(|m| self.err(column, m))
    }

    fn opt_number(&self, column: &str) -> Result<Option<f64>> {
        if self.text(column)?.is_empty() {
            return Ok(None);
        }
        self.number(column).map(Some)
    }

    fn year(&self, column: &str) -> Result<i32> {
        let t = self.text(column)?;
        let y: i64 = t
            .parse()
            .map_err(|_| self.err(column, format!("expected an integer year, found `{t}`")))?;
        if !crate::series::YEAR_RANGE.contains(&(y.clamp(0, 10_000) as i32)) {
            return Err(self.err(column, format!("year {y} is outside 1..=9999")));
        }
        Ok(y as i32)
    }

    fn opt_year(&self, column: &str) -> Result<Option<i32>> {
        if self.text(column)?.is_empty() {
            return Ok(None);
        }
        self.year(column).map(Some)
    }

    fn provenance(&self) -> Result<Provenance> {
        Ok(Provenance {
            kind: self.text("provenance")?.to_owned(),
            source: self.text("source")?.to_owned(),
            quote: self.text("quote")?.to_owned(),
            note: self.text("note")?.to_owned(),
        })
    }
}

fn label(file: &Path) -> PathBuf {
    file.to_owned()
}

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

/// Where the parts of a panel come from: readers with the names to report errors under.
///
/// For files on disk, [`super::PanelFiles`] is shorter; this form takes any reader (a stream,
/// embedded bytes).
///
/// ```
/// use plancast::io::{load_panel, PanelSources};
/// let obs = "region,indicator,year,value\nr,x,2019,10\nr,x,2020,12\n";
/// let targets = "region,indicator,year,comparator,value\nr,x,2025,>=,20\n";
/// let panel = load_panel(
///     PanelSources::new()
///         .with_observations(obs.as_bytes(), "obs.csv")
///         .with_targets(targets.as_bytes(), "targets.csv"),
/// )?;
/// assert_eq!(panel.targets().len(), 1);
/// # Ok::<(), plancast::Error>(())
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct PanelSources<R> {
    /// Observations and their file names: long CSV, a wide table ([`super::read_wide`]) or a
    /// JSON-stat 2.0 dataset ([`super::read_jsonstat`]), told apart by content.
    pub observations: Vec<(R, PathBuf)>,
    /// Targets CSV and its name.
    pub targets: Vec<(R, PathBuf)>,
    /// Indicators CSV; an indicator it does not list (or every one, without it) gets the stated
    /// defaults of [`crate::Indicator::with_defaults`], its name and unit from a wide table
    /// or JSON-stat dataset when they give them.
    pub indicators: Option<(R, PathBuf)>,
    /// Regions CSV; without it every region id seen gets defaults (named by a wide table or
    /// JSON-stat dataset when they give names).
    pub regions: Option<(R, PathBuf)>,
    /// Alternate figures (same columns as observations).
    pub alternates: Option<(R, PathBuf)>,
}

impl<R> Default for PanelSources<R> {
    fn default() -> Self {
        Self {
            observations: Vec::new(),
            targets: Vec::new(),
            indicators: None,
            regions: None,
            alternates: None,
        }
    }
}

impl<R> PanelSources<R> {
    /// No sources yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an observations source (repeatable), named `name` in errors.
    #[must_use]
    pub fn with_observations(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.observations.push((reader, name.into()));
        self
    }

    /// Adds a targets source (repeatable).
    #[must_use]
    pub fn with_targets(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.targets.push((reader, name.into()));
        self
    }

    /// The indicators source.
    #[must_use]
    pub fn with_indicators(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.indicators = Some((reader, name.into()));
        self
    }

    /// The regions source.
    #[must_use]
    pub fn with_regions(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.regions = Some((reader, name.into()));
        self
    }

    /// The alternates source.
    #[must_use]
    pub fn with_alternates(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.alternates = Some((reader, name.into()));
        self
    }
}

/// Loads a panel from its sources, checking ids across files with located errors.
///
/// Several observation files are concatenated in order (e.g. a plan's and a reference's); a key
/// repeated across them is an [`Error::DuplicateRow`]. Each observations source is read by its
/// content: JSON (starts with `{`) as JSON-stat, a header row with two or more year columns as
/// a wide table, anything else as long CSV.
///
/// # Errors
/// Any reader's error, [`Error::UnknownId`] for a region the regions file does not define, or
/// [`Error::DuplicateRow`].
pub fn load_panel<R: Read>(src: PanelSources<R>) -> Result<Panel> {
    // Rows carry the index of their file in `files`: a path copied to every row cost an
    // allocation a row.
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let mut observations = Vec::new();
    let mut names = super::wide::WideTable::default();
    for (mut r, file) in src.observations {
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)
            .map_err(|e| Error::io(file.clone(), e))?;
        // A workbook's sheet (`book.xlsx#sheet`) is turned into CSV and read like one.
        if super::xlsx::looks_xlsx(&bytes) {
            bytes =
                super::xlsx::sheet_to_csv(&bytes, &file, super::xlsx::sheet_of(&file).as_deref())?;
        }
        let stem = file
            .file_stem()
            .map_or_else(|| "value".to_owned(), |s| s.to_string_lossy().into_owned());
        let table = if super::jsonstat::looks_json(&bytes) {
            Some(super::jsonstat::read_jsonstat(&bytes, &file, &stem)?)
        } else if super::wide::looks_wide(&bytes) {
            Some(super::wide::read_wide(&bytes[..], &file, &stem)?)
        } else {
            None
        };
        let rows = if let Some(mut t) = table {
            names.region_names.append(&mut t.region_names);
            names.indicator_names.append(&mut t.indicator_names);
            t.rows
        } else {
            read_observations(&bytes[..], &file)?
        };
        let f = files.len();
        files.push(file);
        observations.extend(rows.into_iter().map(|(line, o)| (f, line, o)));
    }
    let mut targets = Vec::new();
    for (r, file) in src.targets {
        let rows = read_targets(r, &file)?;
        let f = files.len();
        files.push(file);
        targets.extend(rows.into_iter().map(|(line, t)| (f, line, t)));
    }
    let mut alternates = Vec::new();
    if let Some((r, file)) = src.alternates {
        let rows = read_observations(r, &file)?;
        let f = files.len();
        files.push(file);
        alternates.extend(rows.into_iter().map(|(line, o)| (f, line, o)));
    }
    let given_indicators = match src.indicators {
        Some((r, f)) => Some(read_indicators(r, &f)?),
        None => None,
    };
    let given_regions = match src.regions {
        Some((r, f)) => Some(read_regions(r, &f)?),
        None => None,
    };
    // Ids used, in first-seen order, so defaults come out in a stable order.
    let mut used: Vec<(&Path, u64, &str, &str)> = Vec::new();
    for (f, l, o) in observations.iter().chain(&alternates) {
        used.push((&files[*f], *l, &o.region, &o.indicator));
    }
    for (f, l, t) in &targets {
        used.push((&files[*f], *l, &t.region, &t.indicator));
    }
    // An indicator missing from the indicators file gets the stated defaults (flagged
    // `defaulted`), as when there is no file at all.
    let indicators = {
        let mut list = given_indicators.unwrap_or_default();
        let mut known: std::collections::HashSet<String> =
            list.iter().map(|i| i.id.clone()).collect();
        for u in &used {
            if known.insert(u.3.to_owned()) {
                let (name, unit) = names
                    .indicator_names
                    .get(u.3)
                    .map_or(("", ""), |(n, u)| (n.as_str(), u.as_str()));
                list.push(Indicator::with_defaults(u.3, name, unit)?);
            }
        }
        list
    };
    let mut regions = resolve(
        given_regions,
        &used,
        |u| u.2,
        "region",
        |id| {
            let mut r = Region::try_new(id)?;
            if let Some(n) = names.region_names.get(id) {
                r.name_en = n.clone();
            }
            Ok(r)
        },
        |r| &r.id,
    )?;
    // Relative targets may name benchmark regions that have no rows of their own.
    let mut region_ids: std::collections::HashSet<String> =
        regions.iter().map(|r| r.id.clone()).collect();
    for (_, _, t) in &targets {
        if let TargetValue::Relative(b) = &t.value {
            if region_ids.insert(b.region.clone()) {
                regions.push(Region::try_new(&b.region)?);
            }
        }
    }
    // Cross-file duplicates (within one file the reader already reported them, so one file
    // needs no second look).
    let mut seen: HashMap<ObsKey<'_>, (&Path, u64)> = HashMap::new();
    let several = observations.first().map(|x| x.0) != observations.last().map(|x| x.0);
    for (f, l, o) in observations.iter().filter(|_| several) {
        let f = &files[*f];
        let key = (
            o.region.as_str(),
            o.indicator.as_str(),
            o.year,
            o.as_of.as_deref(),
        );
        if let Some((ff, fl)) = seen.get(&key) {
            return Err(Error::DuplicateRow {
                file: f.clone(),
                line: *l,
                first_line: *fl,
                key: format!(
                    "{}/{}/{} (first in {})",
                    o.region,
                    o.indicator,
                    o.year,
                    ff.display()
                ),
            });
        }
        seen.insert(key, (f, *l));
    }
    Panel::try_new(PanelData {
        regions,
        indicators,
        observations: observations.into_iter().map(|x| x.2).collect(),
        targets: targets.into_iter().map(|x| x.2).collect(),
        alternates: alternates.into_iter().map(|x| x.2).collect(),
    })
}

type Used<'a> = (&'a Path, u64, &'a str, &'a str);
/// (region, indicator, year, as_of): what makes an observation unique.
type ObsKey<'a> = (&'a str, &'a str, i32, Option<&'a str>);

fn resolve<'a, T>(
    given: Option<Vec<T>>,
    used: &[Used<'a>],
    pick: impl Fn(&Used<'a>) -> &'a str,
    kind: &'static str,
    make: impl Fn(&str) -> Result<T>,
    id_of: impl Fn(&T) -> &String,
) -> Result<Vec<T>> {
    // Sets of the ids seen: checking each use against a list made loading quadratic in the
    // number of regions.
    match given {
        Some(list) => {
            let known: std::collections::HashSet<&str> =
                list.iter().map(|x| id_of(x).as_str()).collect();
            for u in used {
                let id = pick(u);
                if !known.contains(id) {
                    return Err(Error::UnknownId {
                        file: u.0.to_owned(),
                        line: u.1,
                        kind,
                        id: id.to_owned(),
                    });
                }
            }
            Ok(list)
        }
        None => {
            let mut out: Vec<T> = Vec::new();
            let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
            for u in used {
                let id = pick(u);
                if seen.insert(id) {
                    out.push(make(id)?);
                }
            }
            Ok(out)
        }
    }
}
