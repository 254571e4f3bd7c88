//! Excel workbooks (`.xlsx`, and the other formats `calamine` reads): one sheet, long or wide.
//!
//! The sheet is chosen by name with a `#` after the file name (`plan.xlsx#indicators`), else
//! the first sheet that has data. Its cells are turned into CSV text whose line numbers are the
//! sheet's row numbers, then read as any CSV (long, or wide when its header has year columns),
//! so errors name the sheet row and the column header, and the CSV readers' rules hold on a
//! sheet as on a file (two columns of one name are refused, naming both).
//!
//! A header row with merged cells is refused (a merged region's text is in its first cell
//! only, so the other columns would have no header and their data would go unread): the error
//! names the sheet and the cells. Merges are
//! seen in `.xlsx` and `.xls` workbooks (calamine does not report them for `.xlsb` and `.ods`);
//! merged cells above the header (a title) are fine. A `.xlsx`/`.xlsb` sheet with a cell
//! outside Excel's grid, or whose cells with data span more than 16,777,216 cells (first to
//! last, rows × columns), is refused before it is loaded: the whole area would be held in
//! memory.

use std::io::Cursor;
use std::path::Path;

use calamine::{open_workbook_auto_from_rs, Data, DataRef, Dimensions, Range, Reader, Sheets};

use crate::error::{Error, Result};

/// A CSV field: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.
fn quote(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
}

/// Rows of an Excel sheet (1,048,576), the grid a cell must lie in.
const MAX_ROWS: u32 = 1 << 20;
/// Columns of an Excel sheet (16,384, `A` to `XFD`).
const MAX_COLUMNS: u32 = 1 << 14;
/// The most cells a sheet's used area (first to last cell with data, rows × columns) may
/// span: 16,777,216, e.g. a million rows of 16 columns. The reader holds the whole area in
/// memory, so two cells far apart (`A1`, `XFD1048576`) would otherwise ask for hundreds of
/// gigabytes.
const MAX_AREA: u64 = 1 << 24;

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
/// [`Error::Format`] for a file that is not a workbook, a sheet that is not there (the
/// message lists the sheets), merged cells in the sheet's header row, or a sheet too large or
/// outside Excel's grid (see the module docs).
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
        check_extent(&mut wb, &name, &err)?;
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
            check_header_merges(&mut wb, &name, &range, &out, &err)?;
            return Ok(out);
        }
    }
    Err(err(
        "workbook".into(),
        format!("no sheet with data (sheets: {})", names.join(", ")),
    ))
}

/// Refuses, before the sheet is loaded, an `.xlsx` or `.xlsb` sheet with a cell outside
/// Excel's grid or a used area larger than [`MAX_AREA`] (the cells are streamed once to find
/// the area; `.xls` sheets are bounded by their format, 65,536 × 256).
fn check_extent<RS: std::io::Read + std::io::Seek>(
    wb: &mut Sheets<RS>,
    name: &str,
    err: &impl Fn(String, String) -> Error,
) -> Result<()> {
    let mut area: Option<((u32, u32), (u32, u32))> = None;
    let mut add = |(r, c): (u32, u32)| -> Result<()> {
        if r >= MAX_ROWS || c >= MAX_COLUMNS {
            return Err(err(
                format!("sheet {name:?}, cell {}", cell_name((r, c))),
                format!("outside Excel's grid ({MAX_ROWS} rows, {MAX_COLUMNS} columns): a corrupt sheet"),
            ));
        }
        let ((r0, c0), (r1, c1)) = area.unwrap_or(((r, c), (r, c)));
        let (lo, hi) = ((r0.min(r), c0.min(c)), (r1.max(r), c1.max(c)));
        let cells = u64::from(hi.0 - lo.0 + 1) * u64::from(hi.1 - lo.1 + 1);
        if cells > MAX_AREA {
            return Err(err(
                format!("sheet {name:?}, cells {}:{}", cell_name(lo), cell_name(hi)),
                format!("the cells with data span {cells} cells, more than the {MAX_AREA} plancast reads from a sheet"),
            ));
        }
        area = Some((lo, hi));
        Ok(())
    };
    // calamine's own errors (a chart sheet, broken XML) are left to `worksheet_range`, which
    // meets them again and reports or skips them as it always has.
    macro_rules! scan {
        ($reader:expr) => {{
            if let Ok(mut cells) = $reader {
                while let Ok(Some(cell)) = cells.next_cell() {
                    if !matches!(cell.get_value(), DataRef::Empty) {
                        add(cell.get_position())?;
                    }
                }
            }
        }};
    }
    match wb {
        Sheets::Xlsx(x) => scan!(x.worksheet_cells_reader(name)),
        Sheets::Xlsb(x) => scan!(x.worksheet_cells_reader(name)),
        _ => {}
    }
    Ok(())
}

/// Refuses merged cells in the header row of sheet `name` (`csv` is the sheet as CSV): the row
/// the wide reader takes for its header when `csv` is a wide table, else the first row with
/// data (the long reader's header).
fn check_header_merges<RS: std::io::Read + std::io::Seek>(
    wb: &mut Sheets<RS>,
    name: &str,
    range: &Range<Data>,
    csv: &[u8],
    err: &impl Fn(String, String) -> Error,
) -> Result<()> {
    let merges: Vec<Dimensions> = match wb {
        Sheets::Xlsx(x) => match x.worksheet_merge_cells(name) {
            Some(m) => m.map_err(|e| err(format!("sheet {name:?}"), e.to_string()))?,
            None => Vec::new(),
        },
        Sheets::Xls(x) => x.worksheet_merge_cells(name).unwrap_or_default(),
        _ => Vec::new(),
    };
    if merges.is_empty() {
        return Ok(());
    }
    let Some((row0, _)) = range.start() else {
        return Ok(());
    };
    let wide = crate::io::wide::looks_wide(csv);
    let header = range.rows().position(|row| {
        let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
        if wide {
            crate::io::wide::is_header(cells.iter().map(|c| c.trim()))
        } else {
            cells.iter().any(|c| !c.trim().is_empty())
        }
    });
    let Some(header) = header.and_then(|h| u32::try_from(h).ok()?.checked_add(row0)) else {
        return Ok(());
    };
    match merges
        .iter()
        .find(|m| m.start.0 <= header && header <= m.end.0 && m.start != m.end)
    {
        Some(m) => Err(err(
            format!(
                "sheet {name:?}, cells {}:{}",
                cell_name(m.start),
                cell_name(m.end)
            ),
            format!(
                "merged cells in the header (row {}): a merged region's text is in its first cell only, the others read as empty; unmerge them so each column has its own header",
                header as u64 + 1
            ),
        )),
        None => Ok(()),
    }
}

/// A cell's A1 name from its 0-based (row, column).
fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut c = u64::from(col) + 1;
    while c > 0 {
        let r = ((c - 1) % 26) as u8;
        letters.push(char::from(b'A' + r));
        c = (c - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(u64::from(row) + 1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((9, 25)), "Z10");
        assert_eq!(cell_name((0, 26)), "AA1");
        assert_eq!(cell_name((1, 701)), "ZZ2");
        assert_eq!(cell_name((0, 702)), "AAA1");
    }
}
