//! Plan extraction on arbitrary bytes: never panics; what comes out has a quote, a line inside
//! the input, and finite values.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancast::extract::{extract, ExtractOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(x) = extract(data, &ExtractOptions::new("r")) else {
        return;
    };
    let lines = 1 + data.iter().filter(|&&b| b == b'\n').count();
    for c in &x.candidates {
        assert!(c.line >= 1 && c.line <= lines, "line {} of {lines}", c.line);
        assert!(c.value.is_none_or(f64::is_finite));
        assert!(c.review.is_some() || !c.name_zh.is_empty());
    }
});
