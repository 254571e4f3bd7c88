//! The Excel reader on arbitrary bytes: never panics. The bytes are tried as a workbook of
//! their own (almost always refused: not a ZIP) and as the XML of the first sheet of a valid
//! `.xlsx` package, so that the fuzzer spends its time in the sheet, the merge check and the
//! CSV readers rather than in the container.
#![no_main]

use std::io::{Cursor, Write};
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use plancast::io::{load_panel, read_observations, read_wide, sheet_to_csv, PanelSources};

const CONTENT_TYPES: &str = r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;

/// An `.xlsx` package whose one sheet (`s`) is `sheet` (stored, not compressed).
fn package(sheet: &[u8]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ] {
        z.start_file(name, opts).expect("zip entry");
        z.write_all(body).expect("zip write");
    }
    z.finish().expect("zip").into_inner()
}

fn check(book: &[u8], name: &str) {
    let p = Path::new(name);
    if let Ok(csv) = sheet_to_csv(book, p, None) {
        if let Ok(rows) = read_observations(&csv[..], p) {
            assert!(rows.iter().all(|(_, o)| o.value.is_finite()));
        }
        if let Ok(t) = read_wide(&csv[..], p, "x") {
            assert!(t.rows.iter().all(|(_, o)| o.value.is_finite()));
        }
    }
    let _ = load_panel(
        PanelSources::new()
            .with_observations(Cursor::new(book.to_vec()), p)
            .with_targets(
                Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                "t.csv",
            ),
    );
}

fuzz_target!(|data: &[u8]| {
    check(data, "fuzz.xlsx");
    check(&package(data), "fuzz.xlsx#s");
});
