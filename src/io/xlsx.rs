//! Excel workbooks (`.xlsx`, and the other formats `calamine` reads): one sheet, long or wide.
//!
//! The sheet is chosen by name with a `#` after the file name (`plan.xlsx#indicators`), else
//! the first sheet that has data. Its cells are turned into CSV text whose line numbers are the
//! sheet's row numbers, then read as any CSV (long, or wide when its header has year columns),
//! so errors name the sheet row and the column header.

use std::io::Cursor;
use std::path::Path;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use crate::error::{Error, Result};

/// A CSV field: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.
fn quote(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
}

/// Whether the bytes are a ZIP container (an `.xlsx` workbook).
pub(crate) fn looks_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The sheet a file name selects: the part after the last `#`, if any.
pub(crate) fn sheet_of(file: &Path) -> Option<String> {
    file.to_string_lossy()
        .rsplit_once('#')
        .map(|(_, s)| s.to_owned())
        .filter(|s| !s.is_empty())
}

/// One sheet of a workbook as CSV text, rows on the sheet's own line numbers (the CSV's line
/// k is the sheet's row k). `sheet`: a sheet name, or `None` for the first sheet with data.
///
/// # Errors
/// [`Error::Format`] for a file that is not a workbook or a sheet that is not there (the
/// message lists the sheets).
pub fn sheet_to_csv(bytes: &[u8], file: &Path, sheet: Option<&str>) -> Result<Vec<u8>> {
    let err = |location: String, message: String| Error::Format {
        file: file.to_owned(),
        location,
        message,
    };
    let mut wb = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| err("workbook".into(), format!("not a readable workbook ({e})")))?;
    let names = wb.sheet_names();
    let pick: Vec<String> = match sheet {
        Some(s) => {
            if !names.iter().any(|n| n == s) {
                return Err(err(
                    format!("sheet {s:?}"),
                    format!("no such sheet; the workbook has {}", names.join(", ")),
                ));
            }
            vec![s.to_owned()]
        }
        None => names.clone(),
    };
    for name in pick {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| err(format!("sheet {name:?}"), e.to_string()))?;
        let Some((row0, col0)) = range.start() else {
            continue;
        };
        let mut out: Vec<u8> = vec![b'\n'; row0 as usize];
        for row in range.rows() {
            if row.iter().all(|c| matches!(c, Data::Empty)) {
                out.push(b'\n');
                continue;
            }
            let lead = std::iter::repeat_n(String::new(), col0 as usize);
            let cells = row.iter().map(|c| match c {
                Data::Empty => String::new(),
                other => other.to_string(),
            });
            let fields: Vec<String> = lead.chain(cells).map(|f| quote(&f)).collect();
            out.extend_from_slice(fields.join(",").as_bytes());
            out.push(b'\n');
        }
        if sheet.is_some() || range.rows().count() > 1 {
            return Ok(out);
        }
    }
    Err(err(
        "workbook".into(),
        format!("no sheet with data (sheets: {})", names.join(", ")),
    ))
}
