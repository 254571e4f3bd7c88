//! Readers refuse what they cannot read unambiguously (issue 28): a JSON-stat cube whose
//! `value` does not fill its `size`, a CSV header naming a column twice, a wide table with a
//! year column plancast cannot hold, merged header cells in a workbook. Each is an error that
//! names the file, where and what — never a partial read.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use plancast::io::{load_panel, read_jsonstat, read_observations, read_targets, read_wide};
use plancast::io::{sheet_to_csv, PanelSources};
use plancast::{Error, Panel};
use proptest::prelude::*;

/// A JSON-stat 2.0 dataset with dimensions `geo` (`R0`, `R1`, …) and `time` (2000, 2001, …)
/// of the given sizes, and `value` (and `status`, when given) as written.
fn cube(geo: usize, time: usize, value: &str, status: Option<&str>) -> String {
    let regions: Vec<String> = (0..geo).map(|g| format!("\"R{g}\"")).collect();
    let years: Vec<String> = (0..time).map(|t| format!("\"{}\"", 2000 + t)).collect();
    let status = status.map_or(String::new(), |s| format!(r#","status":{s}"#));
    format!(
        r#"{{"version":"2.0","class":"dataset","label":"test cube","id":["geo","time"],"size":[{geo},{time}],
        "dimension":{{"geo":{{"category":{{"index":[{}]}}}},"time":{{"category":{{"index":[{}]}}}}}},
        "value":{value}{status}}}"#,
        regions.join(","),
        years.join(",")
    )
}

/// The (location, message) of an [`Error::Format`] for `file`, or a panic with what came.
#[track_caller]
fn format_error<T: std::fmt::Debug>(r: plancast::Result<T>, file: &str) -> (String, String) {
    match r {
        Err(Error::Format {
            file: f,
            location,
            message,
        }) => {
            assert_eq!(f, Path::new(file));
            (location, message)
        }
        other => panic!("expected a format error, got {other:?}"),
    }
}

/// The (line, column, message) of an [`Error::Csv`] for `file`, or a panic with what came.
#[track_caller]
fn csv_error<T: std::fmt::Debug>(r: plancast::Result<T>, file: &str) -> (u64, String, String) {
    match r {
        Err(Error::Csv {
            file: f,
            line,
            column,
            message,
        }) => {
            assert_eq!(f, Path::new(file));
            (line, column, message)
        }
        other => panic!("expected a CSV error, got {other:?}"),
    }
}

fn jsonstat(text: &str) -> plancast::Result<plancast::io::WideTable> {
    read_jsonstat(text.as_bytes(), Path::new("cube.json"), "x")
}

/// Loads `bytes` as the observations of a panel (read by content, as the main job does).
fn load_observations(bytes: &[u8], name: &str) -> plancast::Result<Panel> {
    load_panel(
        PanelSources::new()
            .with_observations(Cursor::new(bytes.to_vec()), name)
            .with_targets(
                Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                "none.csv",
            ),
    )
}

// ---------------------------------------------------------------- JSON-stat

/// The issue's first file: 2 values for size [2, 3] (6 cells) — the first two were read and
/// the rest taken as absent.
#[test]
fn jsonstat_with_fewer_values_than_cells_is_refused() {
    let text = cube(2, 3, "[1,2]", None);
    let (location, message) = format_error(jsonstat(&text), "cube.json");
    assert_eq!(location, "value");
    assert!(
        message.contains("2 entries") && message.contains("6 cells"),
        "{message}"
    );
    let e = load_observations(text.as_bytes(), "cube.json").unwrap_err();
    assert!(
        e.to_string().starts_with("cube.json: value: 2 entries"),
        "{e}"
    );
}

/// The issue's second file: 5 values for size [1, 3] — the surplus was ignored.
#[test]
fn jsonstat_with_more_values_than_cells_is_refused() {
    let text = cube(1, 3, "[1,2,3,4,5]", None);
    let (location, message) = format_error(jsonstat(&text), "cube.json");
    assert_eq!(location, "value");
    assert!(
        message.contains("5 entries") && message.contains("3 cells"),
        "{message}"
    );
}

/// Dense and sparse cubes that say one thing are read whole, nulls and absent cells as no
/// observation.
#[test]
fn jsonstat_dense_and_sparse_are_read_whole() {
    let dense = jsonstat(&cube(
        2,
        3,
        "[1,null,3,4,5,6]",
        Some(r#"["b",null,"","e","",""]"#),
    ))
    .unwrap();
    let got: Vec<(&str, i32, f64, &str)> = dense
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
            ("R0", 2000, 1.0, "eurostat flags: b"),
            ("R0", 2002, 3.0, ""),
            ("R1", 2000, 4.0, "eurostat flags: e"),
            ("R1", 2001, 5.0, ""),
            ("R1", 2002, 6.0, ""),
        ]
    );
    // Keys out of numeric order, a status for all cells.
    let sparse = jsonstat(&cube(2, 3, r#"{"5":6,"10":1,"0":1}"#, Some(r#""p""#)));
    let (location, _) = format_error(sparse, "cube.json");
    assert_eq!(location, "value.10");
    let sparse = jsonstat(&cube(2, 3, r#"{"5":6,"1":2,"0":1}"#, Some(r#""p""#))).unwrap();
    let got: Vec<(&str, i32, f64)> = sparse
        .rows
        .iter()
        .map(|(_, o)| (o.region.as_str(), o.year, o.value))
        .collect();
    assert_eq!(
        got,
        vec![("R0", 2000, 1.0), ("R0", 2001, 2.0), ("R1", 2002, 6.0)]
    );
    assert!(sparse
        .rows
        .iter()
        .all(|(_, o)| o.provenance.note == "eurostat flags: p"));
}

/// Time before geo in `id`: positions are row-major in `id`'s order, rows still come region
/// by region.
#[test]
fn jsonstat_time_before_geo() {
    let text = r#"{"class":"dataset","id":["time","geo"],"size":[2,2],
        "dimension":{"time":{"category":{"index":{"2020":0,"2021":1}}},
                     "geo":{"category":{"index":{"A":0,"B":1}}}},
        "value":[1,2,3,4]}"#;
    let t = jsonstat(text).unwrap();
    let got: Vec<(&str, i32, f64)> = t
        .rows
        .iter()
        .map(|(_, o)| (o.region.as_str(), o.year, o.value))
        .collect();
    assert_eq!(
        got,
        vec![
            ("A", 2020, 1.0),
            ("A", 2021, 3.0),
            ("B", 2020, 2.0),
            ("B", 2021, 4.0)
        ]
    );
}

/// Sparse keys that are no cell position, and `status` held to the same rules as `value`.
#[test]
fn jsonstat_sparse_keys_and_status_must_be_cell_positions() {
    for (value, status, want) in [
        (r#"{"6":1}"#, None, "value.6"),
        (r#"{"-1":1}"#, None, "value.-1"),
        (r#"{"01":1}"#, None, "value.01"),
        (r#"{"x":1}"#, None, "value.x"),
        (r#"{"0":"1"}"#, None, "value.0"),
        ("[1,2,3,4,5,6]", Some("[\"b\"]"), "status"),
        ("[1,2,3,4,5,6]", Some(r#"{"9":"b"}"#), "status.9"),
        ("[1,2,3,4,5,6]", Some(r#"{"2":7}"#), "status.2"),
        ("[1,2,3,4,5,6]", Some("7"), "status"),
        ("7", None, "value"),
    ] {
        let r = jsonstat(&cube(2, 3, value, status));
        let (location, message) = format_error(r, "cube.json");
        assert_eq!(location, want, "{value} {status:?}: {message}");
    }
    let no_value = cube(2, 3, "[]", None).replace(r#","value":[]"#, "");
    assert_eq!(format_error(jsonstat(&no_value), "cube.json").0, "value");
}

/// `id`, `size` and `dimension` agree, each dimension's index has as many categories as its
/// size, each position once; a role names a dimension of `id`.
#[test]
fn jsonstat_id_size_and_dimension_must_agree() {
    let good = cube(2, 3, "[1,2,3,4,5,6]", None);
    assert!(jsonstat(&good).is_ok());
    let cases: [(&str, &str, &str); 12] = [
        // (replace, with, location)
        (r#""size":[2,3]"#, r#""size":[2,3,1]"#, "size"),
        (r#""size":[2,3]"#, r#""size":[2,"3"]"#, "size.1"),
        (r#""size":[2,3]"#, r#""size":[2,-3]"#, "size.1"),
        (r#""id":["geo","time"]"#, r#""id":["geo",7]"#, "id.1"),
        (r#""id":["geo","time"]"#, r#""id":["geo","geo"]"#, "id.1"),
        (
            r#""time":{"category":{"index":["2000","2001","2002"]}}"#,
            r#""time":{"category":{"index":["2000","2001"]}}"#,
            "dimension.time.category.index",
        ),
        (
            r#""time":{"category":{"index":["2000","2001","2002"]}}"#,
            r#""time":{"category":{"index":["2000","2001","2001"]}}"#,
            "dimension.time.category.index.2",
        ),
        (
            r#""time":{"category":{"index":["2000","2001","2002"]}}"#,
            r#""time":{"category":{"index":{"2000":0,"2001":1,"2002":3}}}"#,
            "dimension.time.category.index.2002",
        ),
        (
            r#""time":{"category":{"index":["2000","2001","2002"]}}"#,
            r#""time":{"category":{"index":{"2000":0,"2001":1,"2002":1}}}"#,
            "dimension.time.category.index.2002",
        ),
        (
            r#""time":{"category":{"index":["2000","2001","2002"]}}"#,
            r#""tiem":{"category":{"index":["2000","2001","2002"]}}"#,
            "dimension.time",
        ),
        (
            r#""dimension":{"#,
            r#""dimension":{"unit":{"category":{"index":["PC"]}},"#,
            "dimension.unit",
        ),
        (
            r#""class":"dataset","#,
            r#""class":"dataset","role":{"geo":["region"]},"#,
            "role.geo",
        ),
    ];
    for (from, to, want) in cases {
        assert!(good.contains(from), "{from}");
        let text = good.replacen(from, to, 1);
        let (location, message) = format_error(jsonstat(&text), "cube.json");
        assert_eq!(location, want, "{to}: {message}");
    }
    // A dimension read for nothing (`freq`) is held to its size all the same.
    let freq = good
        .replacen(r#""id":["geo","time"]"#, r#""id":["freq","geo","time"]"#, 1)
        .replacen(r#""size":[2,3]"#, r#""size":[1,2,3]"#, 1)
        .replacen(
            r#""dimension":{"#,
            r#""dimension":{"freq":{"category":{"index":["A","Q"]}},"#,
            1,
        );
    let (location, _) = format_error(jsonstat(&freq), "cube.json");
    assert_eq!(location, "dimension.freq.category.index");
    let freq = freq.replace(r#"["A","Q"]"#, r#"["A"]"#);
    assert_eq!(jsonstat(&freq).unwrap().rows.len(), 6);
}

/// A dimension of one category may leave out its index: its label names the category.
#[test]
fn jsonstat_single_category_without_index() {
    let text = r#"{"class":"dataset","id":["unit","geo","time"],"size":[1,1,2],
        "dimension":{"unit":{"category":{"label":{"PC_HH":"Percentage of households"}}},
                     "geo":{"category":{"index":["DE"]}},
                     "time":{"category":{"index":["2020","2021"]}}},
        "value":[1,2]}"#;
    let t = jsonstat(text).unwrap();
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.indicator_names["x"].1, "Percentage of households");
}

// ---------------------------------------------------------------- CSV, long and wide

/// The issue's third file: a header naming `value` twice — the first column was used, the
/// second ignored. The error names both columns.
#[test]
fn csv_header_naming_a_column_twice_is_refused() {
    let text = b"region,indicator,year,value,value\nr,x,2019,1,10\nr,x,2020,2,20\n";
    let (line, column, message) = csv_error(
        read_observations(&text[..], Path::new("obs.csv")),
        "obs.csv",
    );
    assert_eq!((line, column.as_str()), (1, "value"));
    assert!(
        message.contains("columns 4 (`value`) and 5 (`value`)"),
        "{message}"
    );
    let e = load_observations(text, "obs.csv").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("obs.csv:1: column `value`: columns 4"),
        "{e}"
    );
    // Case and spaces aside, and in every reader; the header's own line after blank lines.
    let text = b"\n\nregion,indicator,year,comparator,Value , value\nr,x,2025,>=,1,2\n";
    let (line, column, message) = csv_error(read_targets(&text[..], Path::new("t.csv")), "t.csv");
    assert_eq!((line, column.as_str()), (3, "value"));
    assert!(
        message.contains("columns 5 (`Value`) and 6 (`value`)"),
        "{message}"
    );
    // Unused extra columns named twice are just as ambiguous.
    let text = b"region,indicator,year,value,note,NOTE\nr,x,2019,1,a,b\n";
    let (_, column, _) = csv_error(read_observations(&text[..], Path::new("o.csv")), "o.csv");
    assert_eq!(column, "note");
    // Empty names (trailing commas) are not names.
    let text = b"region,indicator,year,value,,\nr,x,2019,1,,\n";
    assert_eq!(
        read_observations(&text[..], Path::new("o.csv"))
            .unwrap()
            .len(),
        1
    );
}

/// The issue's fourth file: a wide table whose header holds a year column past 9999 — the
/// years up to 9999 were read and nothing said about the rest.
#[test]
fn wide_year_column_outside_the_year_range_is_refused() {
    let wide = |t: &str| read_wide(t.as_bytes(), Path::new("w.csv"), "x");
    for (text, column) in [
        ("region,2019,2020,10000\nr,1,2,3\n", "10000"),
        ("region,0000,2019,2020\nr,1,2,3\n", "0000"),
        ("region,2020,99999 [YR99999]\nr,1,2\n", "99999 [YR99999]"),
        (
            "region,2020,2021,123456789012345678901234567890\nr,1,2,3\n",
            "123456789012345678901234567890",
        ),
    ] {
        let (line, col, message) = csv_error(wide(text), "w.csv");
        assert_eq!((line, col.as_str()), (1, column), "{message}");
        assert!(message.contains("outside 1..=9999"), "{message}");
        // Read by content as the main job does: still a wide table, still refused.
        let e = load_observations(text.as_bytes(), "w.csv").unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("w.csv:1: column `{column}`")),
            "{e}"
        );
    }
    // `2020Q4` and three-digit numbers are not year-like: other columns, as before.
    let t = wide("region,2019,2020,2020Q4,123\nr,1,2,x,y\n").unwrap();
    assert_eq!(t.rows.len(), 2);
}

/// Two columns of one year (`2020` and `2020 [YR2020]`) or one name, both named.
#[test]
fn wide_duplicate_columns_are_refused() {
    let wide = |t: &str| read_wide(t.as_bytes(), Path::new("w.csv"), "x");
    let (line, column, message) = csv_error(
        wide("pre,amble\ngeo,2019,2020,2020 [YR2020]\nDE,1,2,3\n"),
        "w.csv",
    );
    assert_eq!((line, column.as_str()), (2, "2020 [YR2020]"));
    assert!(
        message.contains("columns 3 (`2020`) and 4 (`2020 [YR2020]`)"),
        "{message}"
    );
    let (_, column, message) = csv_error(wide("geo,GEO,2019,2020\nDE,FR,1,2\n"), "w.csv");
    assert_eq!(column, "GEO");
    assert!(
        message.contains("columns 1 (`geo`) and 2 (`GEO`)"),
        "{message}"
    );
}

/// A data row with cells beyond the header (an unquoted `1,234`) shifts every cell after it:
/// refused, as the long reader does. Empty cells beyond the header (a trailing comma) are fine.
#[test]
fn wide_row_wider_than_the_header_is_refused() {
    let wide = |t: &str| read_wide(t.as_bytes(), Path::new("w.csv"), "x");
    let (line, column, _) = csv_error(wide("region,2019,2020\nr,1,234,5\n"), "w.csv");
    assert_eq!((line, column.as_str()), (2, "#4"));
    assert_eq!(wide("region,2019,2020\nr,1,2,,\n").unwrap().rows.len(), 2);
}

// ---------------------------------------------------------------- Excel

fn workbook() -> (Vec<u8>, PathBuf) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/xlsx/malformed.xlsx");
    (std::fs::read(&p).unwrap(), p)
}

fn sheet(name: &str) -> plancast::Result<Panel> {
    let (bytes, p) = workbook();
    load_observations(&bytes, &format!("{}#{name}", p.display()))
}

/// On a sheet as in a CSV: a header naming `value` twice, or `2020` twice, is refused with the
/// sheet's row and both columns.
#[test]
fn excel_duplicate_headers_are_refused() {
    let (_, p) = workbook();
    let file = format!("{}#dup_long", p.display());
    let (line, column, message) = csv_error(sheet("dup_long"), &file);
    assert_eq!((line, column.as_str()), (1, "value"));
    assert!(
        message.contains("columns 4 (`value`) and 5 (`value`)"),
        "{message}"
    );
    let file = format!("{}#dup_wide", p.display());
    let (line, column, message) = csv_error(sheet("dup_wide"), &file);
    assert_eq!((line, column.as_str()), (1, "2020"));
    assert!(
        message.contains("columns 3 (`2020`) and 4 (`2020`)"),
        "{message}"
    );
}

/// Merged header cells (`2020` over C3:D3) leave a column without a header: refused, naming
/// the sheet and the cells. A merged title above the header is fine.
#[test]
fn excel_merged_header_cells_are_refused() {
    let (bytes, p) = workbook();
    let file = p.display().to_string();
    let (location, message) = format_error(sheet("merged_wide"), &format!("{file}#merged_wide"));
    assert_eq!(location, "sheet \"merged_wide\", cells C3:D3");
    assert!(message.contains("row 3"), "{message}");
    let panel = sheet("title_merged").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(panel.observations().len(), 3);
    // The CSV the sheet becomes is refused the same way through the public function.
    let r = sheet_to_csv(&bytes, Path::new("book.xlsx"), Some("merged_wide"));
    assert_eq!(
        format_error(r, "book.xlsx").0,
        "sheet \"merged_wide\", cells C3:D3"
    );
}

/// Regression (the `xlsx_sheet` fuzz target): a sheet whose `<dimension ref>` runs backwards
/// (`LA1:C3`) made calamine subtract past zero, a panic wherever overflow checks are on (the
/// test profile, `cargo fuzz`); it is read as the cells it holds. Cells far apart or outside
/// Excel's grid are refused before the sheet is loaded (calamine would hold the whole area
/// in memory: 17 billion cells for `A1` and `XFD1048576`).
#[test]
fn excel_corrupt_extents_are_refused_not_fatal() {
    let panel = sheet("reversed_dimension").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(panel.observations().len(), 2);
    let (bytes, _) = workbook();
    let at = |name: &str| {
        let r = sheet_to_csv(&bytes, Path::new("book.xlsx"), Some(name));
        format_error(r, "book.xlsx")
    };
    let (location, message) = at("far_cells");
    assert_eq!(location, "sheet \"far_cells\", cells A1:XFD1048576");
    assert!(message.contains("17179869184 cells"), "{message}");
    let (location, message) = at("beyond_grid");
    assert_eq!(location, "sheet \"beyond_grid\", cell A2000000");
    assert!(message.contains("outside Excel's grid"), "{message}");
}

// ---------------------------------------------------------------- properties

/// Region and time codes: `R0`…, 2000….
fn dims() -> impl Strategy<Value = (usize, usize)> {
    (1usize..5, 1usize..7)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A dense `value` whose length is not the product of `size` is refused at `value`,
    /// whatever the lengths; one that is, is read whole (one row per non-null entry).
    #[test]
    fn dense_value_must_fill_the_cube(
        (geo, time) in dims(),
        values in prop::collection::vec(prop::option::of(-1e6f64..1e6), 0..40),
    ) {
        let cells = geo * time;
        let json: Vec<String> = values
            .iter()
            .map(|v| v.map_or("null".into(), |x| format!("{x:?}")))
            .collect();
        let r = jsonstat(&cube(geo, time, &format!("[{}]", json.join(",")), None));
        if values.len() == cells {
            let t = r.unwrap();
            prop_assert_eq!(t.rows.len(), values.iter().flatten().count());
        } else {
            let (location, message) = format_error(r, "cube.json");
            prop_assert_eq!(location, "value");
            prop_assert!(message.contains(&format!("{} entries", values.len())), "{}", message);
        }
    }

    /// A sparse `value` with any key outside 0..cells is refused at that key, never read in
    /// part; a `status` likewise.
    #[test]
    fn sparse_keys_out_of_range_are_refused(
        (geo, time) in dims(),
        inside in prop::collection::btree_set(0usize..30, 0..6),
        outside in 0usize..1000,
        in_status in any::<bool>(),
    ) {
        let cells = geo * time;
        let bad = cells + outside;
        let mut entries: Vec<String> = inside
            .iter()
            .filter(|&&p| p < cells)
            .map(|p| format!("\"{p}\":1"))
            .collect();
        let (value, status) = if in_status {
            (format!("{{{}}}", entries.join(",")), Some(format!("{{\"{bad}\":\"b\"}}")))
        } else {
            entries.push(format!("\"{bad}\":1"));
            (format!("{{{}}}", entries.join(",")), None)
        };
        let r = jsonstat(&cube(geo, time, &value, status.as_deref()));
        let (location, _) = format_error(r, "cube.json");
        let field = if in_status { "status" } else { "value" };
        prop_assert_eq!(location, format!("{field}.{bad}"));
    }

    /// A CSV header that names a column twice (any column, any case or padding, anywhere) is
    /// refused with both columns, whatever the rows.
    #[test]
    fn duplicate_header_csv_is_refused(
        extra in prop::collection::vec(
            prop::sample::select(vec!["as_of", "bound", "note", "source", "quote", "comment"]),
            0..3,
        ),
        dup in 0usize..8,
        at in 0usize..10,
        upper in any::<bool>(),
        rows in 0usize..4,
    ) {
        let mut header: Vec<String> = ["region", "indicator", "year", "value"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for e in &extra {
            if !header.iter().any(|h| h == e) {
                header.push(e.to_string());
            }
        }
        let original = dup % header.len();
        let copy = if upper {
            format!(" {} ", header[original].to_uppercase())
        } else {
            header[original].clone()
        };
        let at = at % (header.len() + 1);
        header.insert(at, copy);
        let (first, second) = if at <= original { (at, original + 1) } else { (original, at) };
        let mut text = header.join(",") + "\n";
        for k in 0..rows {
            let cells: Vec<String> = header
                .iter()
                .map(|h| match h.trim().to_ascii_lowercase().as_str() {
                    "year" => (2000 + k).to_string(),
                    "value" => k.to_string(),
                    "bound" => String::new(),
                    _ => "a".into(),
                })
                .collect();
            text += &(cells.join(",") + "\n");
        }
        let (line, column, message) =
            csv_error(read_observations(text.as_bytes(), Path::new("o.csv")), "o.csv");
        prop_assert_eq!(line, 1);
        prop_assert_eq!(column, header[second].trim().to_ascii_lowercase());
        let want = format!("columns {} (", first + 1);
        let want_second = format!(") and {} (", second + 1);
        prop_assert!(message.contains(&want), "{}", message);
        prop_assert!(message.contains(&want_second), "{}", message);
        // The same bytes through the panel loader: the same error.
        prop_assert!(load_observations(text.as_bytes(), "o.csv").is_err());
    }
}
