//! The wide-table reader on arbitrary bytes: never panics, and what it accepts has a header
//! row, years in range, finite values, each on a line of the input.
#![no_main]

use std::io::Cursor;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use plancast::io::{load_panel, read_wide, PanelSources};

fuzz_target!(|data: &[u8]| {
    let p = Path::new("fuzz.csv");
    if let Ok(t) = read_wide(data, p, "x") {
        let lines = 1 + data.iter().filter(|&&b| b == b'\n').count() as u64;
        for (line, o) in &t.rows {
            assert!(*line >= 1 && *line <= lines, "line {line} of {lines}");
            assert!(o.value.is_finite());
            assert!(plancast::YEAR_RANGE.contains(&o.year));
        }
    }
    let _ = load_panel(
        PanelSources::new()
            .with_observations(Cursor::new(data.to_vec()), p)
            .with_targets(
                Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                "t.csv",
            ),
    );
});
