//! The JSON-stat reader on arbitrary bytes: never panics, and a dataset it accepts is read
//! whole — one observation per number in `value`, every year in range, every value finite.
//!
//! The bytes are read twice: as JSON text, and as the recipe of a cube (sizes, the order of
//! `id`, dense or sparse `value` and `status`, array or object indices, how many entries and
//! where) built here, so that the fuzzer reaches the cube's checks without first having to
//! invent JSON-stat. A built cube is accepted exactly when it is well formed.
#![no_main]

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use plancast::io::{load_panel, read_jsonstat, PanelSources, WideTable};
use serde_json::{json, Map, Value};

/// Checks what the reader accepted against the JSON: every number of `value` is a row.
fn check_read(t: &WideTable, json: &[u8]) {
    for (line, o) in &t.rows {
        assert_eq!(*line, 0);
        assert!(o.value.is_finite());
        assert!(plancast::YEAR_RANGE.contains(&o.year));
    }
    let body = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    let d: Value = serde_json::from_slice(body).expect("the reader parsed it");
    let numbers = match &d["value"] {
        Value::Array(a) => a.iter().filter(|v| v.is_number()).count(),
        Value::Object(m) => m.values().filter(|v| v.is_number()).count(),
        other => panic!("accepted a `value` of {other}"),
    };
    assert_eq!(t.rows.len(), numbers);
}

/// A cube from `data`, and whether it is well formed.
fn cube(data: &[u8]) -> (Vec<u8>, bool) {
    let mut bytes = data.iter().copied();
    let mut next = move || bytes.next().unwrap_or(0);
    let (geo, time) = (usize::from(next() % 4), usize::from(next() % 5));
    let flags = next();
    let (time_first, dense, object_index, unit) = (
        flags & 1 != 0,
        flags & 2 != 0,
        flags & 4 != 0,
        flags & 8 != 0,
    );
    let status_kind = next() % 4;
    let cells = geo * time;
    let mut ok = true;
    // Indices: sometimes one category too many or too few.
    let skew = next() % 8;
    let index = |n: usize, code: &dyn Fn(usize) -> String| -> Value {
        if object_index {
            Value::Object((0..n).map(|i| (code(i), json!(i))).collect::<Map<_, _>>())
        } else {
            Value::Array((0..n).map(|i| json!(code(i))).collect())
        }
    };
    let (geo_len, time_len) = match skew {
        0 => {
            ok = false;
            (geo + 1, time)
        }
        1 if time > 0 => {
            ok = false;
            (geo, time - 1)
        }
        _ => (geo, time),
    };
    let mut dims = Map::new();
    dims.insert(
        "geo".into(),
        json!({"category": {"index": index(geo_len, &|i| format!("R{i}"))}}),
    );
    dims.insert(
        "time".into(),
        json!({"category": {"index": index(time_len, &|i| (2000 + i).to_string())}}),
    );
    let (mut ids, mut size) = if time_first {
        (vec!["time", "geo"], vec![time, geo])
    } else {
        (vec!["geo", "time"], vec![geo, time])
    };
    if unit {
        ids.insert(0, "unit");
        size.insert(0, 1);
        dims.insert("unit".into(), json!({"category": {"index": ["PC"]}}));
    }
    // `value`: dense with n entries (well formed when n == cells), or sparse at given keys.
    let n = usize::from(next() % 24);
    let value = if dense {
        ok &= n == cells;
        let v: Vec<Value> = (0..n)
            .map(|_| match next() {
                255 => Value::Null,
                b => json!(f64::from(b) - 100.0),
            })
            .collect();
        Value::Array(v)
    } else {
        let mut m = BTreeMap::new();
        for _ in 0..n {
            let key = usize::from(next() % 32);
            ok &= key < cells;
            m.insert(key.to_string(), json!(f64::from(next())));
        }
        Value::Object(m.into_iter().collect())
    };
    let mut d = json!({
        "version": "2.0",
        "class": "dataset",
        "label": "fuzz",
        "id": ids,
        "size": size,
        "dimension": dims,
        "value": value,
    });
    let k = usize::from(next() % 24);
    let status = match status_kind {
        1 => Some(json!("b")),
        2 => {
            ok &= k == cells;
            Some(Value::Array((0..k).map(|_| json!("e")).collect()))
        }
        3 => {
            let mut m = Map::new();
            for _ in 0..k {
                let key = usize::from(next() % 32);
                ok &= key < cells;
                m.insert(key.to_string(), json!("p"));
            }
            Some(Value::Object(m))
        }
        _ => None,
    };
    if let Some(s) = status {
        d["status"] = s;
    }
    (serde_json::to_vec(&d).expect("JSON"), ok)
}

fuzz_target!(|data: &[u8]| {
    let p = Path::new("fuzz.json");
    if let Ok(t) = read_jsonstat(data, p, "x") {
        check_read(&t, data);
    }
    let _ = load_panel(
        PanelSources::new()
            .with_observations(Cursor::new(data.to_vec()), p)
            .with_targets(
                Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                "t.csv",
            ),
    );
    let (built, well_formed) = cube(data);
    match read_jsonstat(&built, p, "x") {
        Ok(t) => {
            assert!(well_formed, "accepted {}", String::from_utf8_lossy(&built));
            check_read(&t, &built);
        }
        Err(e) => assert!(
            !well_formed,
            "refused a well-formed cube ({e}): {}",
            String::from_utf8_lossy(&built)
        ),
    }
});
