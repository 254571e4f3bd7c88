//! The cell and row reader under every CSV reader: a [`Table`] of header positions and records
//! with their line numbers, and a [`Row`]'s located, checked cell access.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::indicator::check_id;
use crate::io::number::parse_number;
use crate::target::Provenance;

/// A parsed CSV table: header positions plus records with their line numbers.
pub(super) struct Table {
    pub(super) file: PathBuf,
    width: usize,
    columns: HashMap<String, usize>,
    pub(super) rows: Vec<(u64, csv::ByteRecord)>,
}

/// One row of a [`Table`], for located cell access.
pub(super) struct Row<'a> {
    table: &'a Table,
    pub(super) line: u64,
    record: &'a csv::ByteRecord,
}

impl Table {
    pub(super) fn read(
        mut input: impl Read,
        file: &Path,
        required: &[&'static str],
    ) -> Result<Table> {
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
        if let Some((i, j)) = super::super::wide::duplicate_names(names.iter().copied()) {
            return Err(Error::Csv {
                file: file.to_owned(),
                line: header_line,
                column: names[j].trim().to_ascii_lowercase(),
                message: super::super::wide::duplicate_message(&names, i, j),
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

    pub(super) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
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
    pub(super) fn check_width(&self) -> Result<()> {
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

    pub(super) fn err(&self, column: &str, message: impl Into<String>) -> Error {
        Error::Csv {
            file: self.table.file.clone(),
            line: self.line,
            column: column.to_owned(),
            message: message.into(),
        }
    }

    /// The trimmed cell, `""` when the column or the cell is absent.
    pub(super) fn text(&self, column: &str) -> Result<&str> {
        let Some(&i) = self.table.columns.get(column) else {
            return Ok("");
        };
        let raw = self.record.get(i).unwrap_or(b"");
        std::str::from_utf8(raw)
            .map(str::trim)
            .map_err(|e| self.err(column, format!("not valid UTF-8 ({e})")))
    }

    pub(super) fn opt_text(&self, column: &str) -> Result<Option<String>> {
        let t = self.text(column)?;
        Ok((!t.is_empty()).then(|| t.to_owned()))
    }

    pub(super) fn id(&self, column: &str) -> Result<String> {
        let t = self.text(column)?;
        check_id(t).map_err(|_| {
            self.err(
                column,
                format!("expected an id (non-empty text without control characters), found {t:?}"),
            )
        })?;
        Ok(t.to_owned())
    }

    pub(super) fn number(&self, column: &str) -> Result<f64> {
        parse_number(self.text(column)?).map_err(|m| self.err(column, m))
    }

    pub(super) fn opt_number(&self, column: &str) -> Result<Option<f64>> {
        if self.text(column)?.is_empty() {
            return Ok(None);
        }
        self.number(column).map(Some)
    }

    pub(super) fn year(&self, column: &str) -> Result<i32> {
        let t = self.text(column)?;
        let y: i64 = t
            .parse()
            .map_err(|_| self.err(column, format!("expected an integer year, found `{t}`")))?;
        if !crate::series::YEAR_RANGE.contains(&(y.clamp(0, 10_000) as i32)) {
            return Err(self.err(column, format!("year {y} is outside 1..=9999")));
        }
        Ok(y as i32)
    }

    pub(super) fn opt_year(&self, column: &str) -> Result<Option<i32>> {
        if self.text(column)?.is_empty() {
            return Ok(None);
        }
        self.year(column).map(Some)
    }

    pub(super) fn provenance(&self) -> Result<Provenance> {
        Ok(Provenance {
            kind: self.text("provenance")?.to_owned(),
            source: self.text("source")?.to_owned(),
            quote: self.text("quote")?.to_owned(),
            note: self.text("note")?.to_owned(),
        })
    }
}

pub(super) fn label(file: &Path) -> PathBuf {
    file.to_owned()
}
