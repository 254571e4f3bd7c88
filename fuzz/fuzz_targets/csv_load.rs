//! The CSV loader on arbitrary bytes: never panics, and every data row is accounted for.
#![no_main]

use std::io::Cursor;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use plancast::io::{load_panel, read_observations_checked, PanelSources};

fuzz_target!(|data: &[u8]| {
    // The same bytes as every file of a panel, then as an observations file on its own.
    let f = || Cursor::new(data.to_vec());
    let p = Path::new("fuzz.csv");
    let _ = load_panel(
        PanelSources::new()
            .with_observations(f(), p)
            .with_targets(f(), p)
            .with_indicators(f(), p)
            .with_regions(f(), p)
            .with_alternates(f(), p),
    );
    if let Ok(checked) = read_observations_checked(f(), p) {
        for (_, o) in &checked.rows {
            assert!(o.value.is_finite());
        }
        for e in &checked.errors {
            assert!(!e.to_string().is_empty());
        }
    }
});
