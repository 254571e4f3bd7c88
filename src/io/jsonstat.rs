//! JSON-stat 2.0 datasets, the format Eurostat's and several national statistics offices' APIs
//! serve (<https://json-stat.org/format/>).
//!
//! A dataset is a cube: `id` names its dimensions, `size` their lengths, `dimension.<id>
//! .category.index` the position of each category, and `value` the cells in row-major order
//! (the last dimension fastest), as an array or an object keyed by position; `status` holds
//! per-cell flags the same way. plancast reads the geographic dimension (`geo`, or the one
//! `role.geo` names) as regions and the time dimension (`time`, or `role.time`) as years; every
//! other dimension must have a single category (filter the API query to one unit, one
//! household type, …) — a cube with more is an error that names the dimension. The
//! indicator id is given by the caller (the file's stem when read through
//! [`crate::io::load_panel`]); its name is the dataset's `label`, its unit the `unit`
//! dimension's category label, or its code (Eurostat's `PC_*` codes are percentages: `%`).
//! A missing cell (`null`, or absent from an object) is no observation; a cell's status flags
//! are kept in the observation's `provenance.note` (`eurostat flags: b`).

use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::indicator::check_id;
use crate::io::wide::{table_observation, WideTable};

/// Whether the bytes look like JSON (a JSON-stat response starts with `{`).
pub(crate) fn looks_json(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{')
}

/// Reads a JSON-stat 2.0 dataset (see the module docs) into observations of `indicator`, with
/// the region names and the indicator's name and unit. Observations carry line 0 (JSON has no
/// rows); errors say where in the JSON.
///
/// # Errors
/// [`Error::Format`] with a JSON path; [`Error::Json`] for text that is not JSON.
pub fn read_jsonstat(bytes: &[u8], file: &Path, indicator: &str) -> Result<WideTable> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let d: Value = serde_json::from_slice(body).map_err(|e| Error::Json {
        message: format!("{}: {e}", file.display()),
    })?;
    let err = |location: &str, message: String| Error::Format {
        file: file.to_owned(),
        location: location.to_owned(),
        message,
    };
    if d.get("class").and_then(Value::as_str) != Some("dataset") {
        return Err(err(
            "class",
            "not a JSON-stat 2.0 dataset (`class` must be `dataset`)".into(),
        ));
    }
    let ids: Vec<&str> = d
        .get("id")
        .and_then(Value::as_array)
        .ok_or_else(|| err("id", "missing the dimension ids".into()))?
        .iter()
        .map(|v| v.as_str().unwrap_or(""))
        .collect();
    let size: Vec<usize> = d
        .get("size")
        .and_then(Value::as_array)
        .ok_or_else(|| err("size", "missing the dimension sizes".into()))?
        .iter()
        .map(|v| v.as_u64().unwrap_or(0) as usize)
        .collect();
    if ids.len() != size.len() || ids.is_empty() {
        return Err(err(
            "size",
            format!("{} ids but {} sizes", ids.len(), size.len()),
        ));
    }
    let role = |r: &str| -> Option<usize> {
        let named = d
            .pointer(&format!("/role/{r}/0"))
            .and_then(Value::as_str)
            .and_then(|n| ids.iter().position(|&i| i == n));
        named.or_else(|| ids.iter().position(|&i| i == r))
    };
    let geo = role("geo").ok_or_else(|| err("id", "no geographic dimension (`geo`)".into()))?;
    let time = role("time").ok_or_else(|| err("id", "no time dimension (`time`)".into()))?;
    for (k, (&id, &n)) in ids.iter().zip(&size).enumerate() {
        if k != geo && k != time && n != 1 {
            return Err(err(
                &format!("dimension.{id}"),
                format!("{n} categories: select one in the query (plancast reads one series per region)"),
            ));
        }
    }
    // Category codes by position, for one dimension.
    let codes = |k: usize| -> Result<Vec<String>> {
        let at = format!("dimension.{}.category.index", ids[k]);
        let index = d
            .pointer(&format!("/dimension/{}/category/index", ids[k]))
            .ok_or_else(|| err(&at, "missing".into()))?;
        let mut out = vec![String::new(); size[k]];
        match index {
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    if let (Some(slot), Some(c)) = (out.get_mut(i), c.as_str()) {
                        *slot = c.to_owned();
                    }
                }
            }
            Value::Object(m) => {
                for (c, i) in m {
                    let i = i.as_u64().unwrap_or(u64::MAX) as usize;
                    let slot = out.get_mut(i).ok_or_else(|| {
                        err(&at, format!("position {i} of `{c}` is out of range"))
                    })?;
                    *slot = c.clone();
                }
            }
            _ => return Err(err(&at, "neither an array nor an object".into())),
        }
        Ok(out)
    };
    let label_of = |k: usize, code: &str| -> Option<String> {
        d.pointer(&format!("/dimension/{}/category/label/{code}", ids[k]))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let regions = codes(geo)?;
    let years: Vec<i32> = codes(time)?
        .iter()
        .map(|c| {
            c.parse::<i32>()
                .ok()
                .filter(|y| crate::series::YEAR_RANGE.contains(y))
                .ok_or_else(|| {
                    err(
                        &format!("dimension.{}.category.index.{c}", ids[time]),
                        "not a year (plancast reads annual data)".into(),
                    )
                })
        })
        .collect::<Result<_>>()?;
    let mut out = WideTable::default();
    for r in &regions {
        check_id(r).map_err(|_| {
            err(
                &format!("dimension.{}", ids[geo]),
                format!("region id {r:?}"),
            )
        })?;
        if let Some(l) = label_of(geo, r) {
            out.region_names.insert(r.clone(), l);
        }
    }
    let name = d
        .get("label")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let unit = match ids.iter().position(|&i| i == "unit") {
        Some(k) => {
            let code = codes(k)?.into_iter().next().unwrap_or_default();
            match label_of(k, &code) {
                Some(l) => l,
                None if code.starts_with("PC") => format!("% ({code})"),
                None => code,
            }
        }
        None => String::new(),
    };
    out.indicator_names
        .insert(indicator.to_owned(), (name, unit));
    // Row-major strides.
    let mut stride = vec![1usize; size.len()];
    for k in (0..size.len().saturating_sub(1)).rev() {
        stride[k] = stride[k + 1] * size[k + 1];
    }
    let cell = |field: &str, pos: usize| -> Option<&Value> {
        match d.get(field)? {
            Value::Array(a) => a.get(pos),
            Value::Object(m) => m.get(&pos.to_string()),
            v @ Value::String(_) if field == "status" => Some(v),
            _ => None,
        }
    };
    for (gi, region) in regions.iter().enumerate() {
        for (ti, &year) in years.iter().enumerate() {
            let pos = gi * stride[geo] + ti * stride[time];
            let value = match cell("value", pos) {
                None | Some(Value::Null) => continue,
                Some(v) => v.as_f64().ok_or_else(|| {
                    err(
                        &format!("value.{pos}"),
                        format!("expected a number, found {v}"),
                    )
                })?,
            };
            let flags = cell("status", pos)
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim();
            out.rows.push((
                0,
                table_observation(region, indicator, year, value, file, flags),
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUBE: &str = r#"{"version":"2.0","class":"dataset","label":"Households - level of internet access",
      "id":["unit","geo","time"],"size":[1,2,3],
      "dimension":{"unit":{"category":{"index":{"PC_HH":0}}},
        "geo":{"category":{"index":{"DE":0,"FR":1},"label":{"DE":"Germany","FR":"France"}}},
        "time":{"category":{"index":["2019","2020","2021"]}}},
      "value":{"0":90.1,"2":91.0,"3":85,"4":88},
      "status":{"0":"b"}}"#;

    #[test]
    fn reads_a_cube() {
        let t = read_jsonstat(CUBE.as_bytes(), Path::new("h.json"), "h").unwrap();
        let got: Vec<(&str, i32, f64, &str)> = t
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
                ("DE", 2019, 90.1, "eurostat flags: b"),
                ("DE", 2021, 91.0, ""),
                ("FR", 2019, 85.0, ""),
                ("FR", 2020, 88.0, ""),
            ]
        );
        assert_eq!(t.region_names["FR"], "France");
        assert_eq!(t.indicator_names["h"].1, "% (PC_HH)");
        assert!(looks_json(CUBE.as_bytes()));
    }

    #[test]
    fn a_cube_with_two_units_is_refused_by_name() {
        let two = CUBE.replace(r#""size":[1,2,3]"#, r#""size":[2,2,3]"#);
        match read_jsonstat(two.as_bytes(), Path::new("h.json"), "h") {
            Err(Error::Format { location, .. }) => assert_eq!(location, "dimension.unit"),
            other => panic!("{other:?}"),
        }
    }
}
