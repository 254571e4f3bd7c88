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
//!
//! A dataset that does not say one thing is refused, never read in part: `id`, `size` and
//! `dimension` must agree, a dense `value` must have exactly one entry per cell and a sparse
//! one only keys that are cell positions (`status` likewise). Errors are [`Error::Format`]s
//! naming the file and the JSON path (`value`, `value.6`, `dimension.time.category.index`).

use std::collections::{HashMap, HashSet};
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
/// The whole cube is read or none of it: `id`, `size` and `dimension` must agree (one size and
/// one dimension per id, each dimension's categories as many as its size, each position once),
/// a dense `value` (or `status`) array must have exactly one entry per cell (the product of
/// `size`), and a sparse one's keys must be cell positions (`0` to that product less one).
///
/// # Errors
/// [`Error::Format`] with a JSON path (`value`, `value.7`, `dimension.geo.category.index`);
/// [`Error::Json`] for text that is not JSON.
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
    let cube = Cube::read(&d, &err)?;
    let (ids, size, cells) = (&cube.ids, &cube.size, cube.cells);
    let role = |r: &str| -> Result<Option<usize>> {
        let Some(named) = d.pointer(&format!("/role/{r}")) else {
            return Ok(ids.iter().position(|&i| i == r));
        };
        let at = format!("role.{r}");
        match named.as_array().map(Vec::as_slice) {
            Some([one]) => {
                let name = one.as_str().unwrap_or("");
                ids.iter()
                    .position(|&i| i == name)
                    .map(Some)
                    .ok_or_else(|| err(&at, format!("names {one}, which is not in `id`")))
            }
            _ => Err(err(
                &at,
                format!("expected one dimension id in an array, found {named}"),
            )),
        }
    };
    let geo = role("geo")?.ok_or_else(|| err("id", "no geographic dimension (`geo`)".into()))?;
    let time = role("time")?.ok_or_else(|| err("id", "no time dimension (`time`)".into()))?;
    if geo == time {
        return Err(err(
            "role",
            format!(
                "`{}` is both the geographic and the time dimension",
                ids[geo]
            ),
        ));
    }
    for (k, (&id, &n)) in ids.iter().zip(size).enumerate() {
        if k != geo && k != time && n != 1 {
            return Err(err(
                &format!("dimension.{id}"),
                format!("{n} categories: select one in the query (plancast reads one series per region)"),
            ));
        }
    }
    let label_of = |k: usize, code: &str| -> Option<String> {
        d.get("dimension")?
            .get(ids[k])?
            .get("category")?
            .get("label")?
            .get(code)?
            .as_str()
            .map(str::to_owned)
    };
    // Every dimension's categories agree with its size, read or not.
    for k in 0..ids.len() {
        if k != geo && k != time {
            cube.codes(&d, k, &err)?;
        }
    }
    let regions = cube.codes(&d, geo, &err)?;
    let time_codes = cube.codes(&d, time, &err)?;
    let mut years: Vec<i32> = Vec::with_capacity(time_codes.len());
    let mut first: HashMap<i32, usize> = HashMap::new();
    for (i, c) in time_codes.iter().enumerate() {
        let at = format!("dimension.{}.category.index.{c}", ids[time]);
        let y = c
            .parse::<i32>()
            .ok()
            .filter(|y| crate::series::YEAR_RANGE.contains(y))
            .ok_or_else(|| err(&at, "not a year (plancast reads annual data)".into()))?;
        if let Some(&j) = first.get(&y) {
            return Err(err(
                &at,
                format!(
                    "year {y} again (positions {j} `{}` and {i} `{c}`)",
                    time_codes[j]
                ),
            ));
        }
        first.insert(y, i);
        years.push(y);
    }
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
            let code = cube
                .codes(&d, k, &err)?
                .into_iter()
                .next()
                .unwrap_or_default();
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
    // Row-major strides: the product of the later sizes, bounded by `cells`.
    let mut stride = vec![1usize; size.len()];
    for k in (0..size.len().saturating_sub(1)).rev() {
        stride[k] = stride[k + 1].saturating_mul(size[k + 1]);
    }
    let values = cube_field(&d, "value", size, cells, &err)?.ok_or_else(|| {
        err(
            "value",
            "missing: a dataset has a `value` array or object".into(),
        )
    })?;
    let status = cube_field(&d, "status", size, cells, &err)?;
    let mut read: Vec<(usize, usize, usize, f64)> = Vec::new();
    for (pos, v) in values.cells() {
        let value = match v {
            Value::Null => continue,
            v => v.as_f64().ok_or_else(|| {
                err(
                    &values.at(pos),
                    format!("expected a number or null, found {v}"),
                )
            })?,
        };
        read.push((
            (pos / stride[geo]) % size[geo],
            (pos / stride[time]) % size[time],
            pos,
            value,
        ));
    }
    let flags_of = |pos: usize| -> Result<&str> {
        let Some(status) = &status else {
            return Ok("");
        };
        match status.get(pos) {
            None | Some(Value::Null) => Ok(""),
            Some(Value::String(s)) => Ok(s.trim()),
            Some(v) => Err(err(
                &status.at(pos),
                format!("expected a status text or null, found {v}"),
            )),
        }
    };
    if let Some(status) = &status {
        for (pos, _) in status.cells() {
            flags_of(pos)?;
        }
    }
    // Region by region, years in the dimension's order, whatever the order of `id`.
    read.sort_unstable_by_key(|&(g, t, _, _)| (g, t));
    for (gi, ti, pos, value) in read {
        out.rows.push((
            0,
            table_observation(
                &regions[gi],
                indicator,
                years[ti],
                value,
                file,
                flags_of(pos)?,
            ),
        ));
    }
    Ok(out)
}

/// A dataset's dimensions as `id` and `size` give them, checked against `dimension`.
struct Cube<'a> {
    ids: Vec<&'a str>,
    size: Vec<usize>,
    /// The number of cells: the product of `size`.
    cells: usize,
}

impl<'a> Cube<'a> {
    fn read(d: &'a Value, err: &impl Fn(&str, String) -> Error) -> Result<Cube<'a>> {
        let ids_json = d
            .get("id")
            .and_then(Value::as_array)
            .ok_or_else(|| err("id", "missing the dimension ids (an array)".into()))?;
        let mut ids: Vec<&str> = Vec::with_capacity(ids_json.len());
        let mut listed: HashSet<&str> = HashSet::with_capacity(ids_json.len());
        for (k, v) in ids_json.iter().enumerate() {
            let id = v.as_str().ok_or_else(|| {
                err(
                    &format!("id.{k}"),
                    format!("expected a dimension id, found {v}"),
                )
            })?;
            if !listed.insert(id) {
                return Err(err(
                    &format!("id.{k}"),
                    format!("dimension `{id}` is listed twice"),
                ));
            }
            ids.push(id);
        }
        let size_json = d
            .get("size")
            .and_then(Value::as_array)
            .ok_or_else(|| err("size", "missing the dimension sizes (an array)".into()))?;
        let mut size: Vec<usize> = Vec::with_capacity(size_json.len());
        for (k, v) in size_json.iter().enumerate() {
            let n = v
                .as_u64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| {
                    err(
                        &format!("size.{k}"),
                        format!("expected a number of categories, found {v}"),
                    )
                })?;
            size.push(n);
        }
        if ids.len() != size.len() || ids.is_empty() {
            return Err(err(
                "size",
                format!("{} ids but {} sizes", ids.len(), size.len()),
            ));
        }
        let dims = d
            .get("dimension")
            .and_then(Value::as_object)
            .ok_or_else(|| {
                err(
                    "dimension",
                    "missing (an object with one entry per id)".into(),
                )
            })?;
        for id in &ids {
            if !dims.contains_key(*id) {
                return Err(err(
                    &format!("dimension.{id}"),
                    "missing: `id` lists this dimension".into(),
                ));
            }
        }
        if let Some(extra) = dims.keys().find(|k| !listed.contains(k.as_str())) {
            return Err(err(
                &format!("dimension.{extra}"),
                "not listed in `id` (which dimension of the cube is it?)".into(),
            ));
        }
        let cells = size
            .iter()
            .try_fold(1usize, |acc, &n| acc.checked_mul(n))
            .ok_or_else(|| {
                err(
                    "size",
                    format!("{size:?} makes more cells than can be counted"),
                )
            })?;
        Ok(Cube { ids, size, cells })
    }

    /// Category codes of dimension `k` by position: exactly `size[k]` of them, each position
    /// given once.
    fn codes(
        &self,
        d: &Value,
        k: usize,
        err: &impl Fn(&str, String) -> Error,
    ) -> Result<Vec<String>> {
        let (id, n) = (self.ids[k], self.size[k]);
        let at = format!("dimension.{id}.category.index");
        let category = d
            .get("dimension")
            .and_then(|x| x.get(id))
            .and_then(|x| x.get("category"));
        let count = |len: usize| -> Result<()> {
            if len == n {
                return Ok(());
            }
            Err(err(&at, format!("{len} categories but size.{k} is {n}")))
        };
        let mut out = Vec::new();
        match category.and_then(|c| c.get("index")) {
            Some(Value::Array(a)) => {
                count(a.len())?;
                for (i, c) in a.iter().enumerate() {
                    let c = c.as_str().ok_or_else(|| {
                        err(
                            &format!("{at}.{i}"),
                            format!("expected a category code, found {c}"),
                        )
                    })?;
                    out.push(c.to_owned());
                }
            }
            Some(Value::Object(m)) => {
                count(m.len())?;
                let mut slots: Vec<Option<&str>> = vec![None; n];
                for (c, i) in m {
                    let slot = i
                        .as_u64()
                        .and_then(|i| usize::try_from(i).ok())
                        .and_then(|i| slots.get_mut(i))
                        .ok_or_else(|| {
                            err(
                                &format!("{at}.{c}"),
                                format!("position {i} is not one of 0..{n}"),
                            )
                        })?;
                    if let Some(other) = slot.replace(c.as_str()) {
                        return Err(err(
                            &format!("{at}.{c}"),
                            format!("position {i} is also `{other}`'s"),
                        ));
                    }
                }
                // n entries, none out of range, none twice: every position is filled.
                out.extend(slots.into_iter().map(|c| c.unwrap_or_default().to_owned()));
            }
            // The index may be left out of a dimension of one category: its label names it.
            None => match category
                .and_then(|c| c.get("label"))
                .and_then(Value::as_object)
            {
                Some(labels) if n == 1 && labels.len() == 1 => {
                    out.extend(labels.keys().cloned());
                }
                _ => return Err(err(&at, "missing".into())),
            },
            Some(_) => return Err(err(&at, "neither an array nor an object".into())),
        }
        if let Some((i, j)) = first_repeat(&out) {
            return Err(err(
                &format!("{at}.{j}"),
                format!("category `{}` again (first at position {i})", out[j]),
            ));
        }
        Ok(out)
    }
}

/// The positions (first, second) of the first code given twice.
fn first_repeat(codes: &[String]) -> Option<(usize, usize)> {
    let mut seen = HashMap::with_capacity(codes.len());
    for (j, c) in codes.iter().enumerate() {
        if let Some(&i) = seen.get(c.as_str()) {
            return Some((i, j));
        }
        seen.insert(c.as_str(), j);
    }
    None
}

/// A per-cell field (`value`, `status`) of a cube, its positions checked.
struct CellField<'a> {
    /// `value` or `status`, for locations.
    field: &'static str,
    entries: Entries<'a>,
}

enum Entries<'a> {
    /// One entry per cell, in row-major order.
    Dense(&'a [Value]),
    /// (cell position, entry), sorted by position.
    Sparse(Vec<(usize, &'a Value)>),
    /// One entry for every cell (a `status` string).
    All(&'a Value),
}

/// The field `field` of the dataset, checked against the cube's `size` and `cells`: an array of exactly
/// `cells` entries, an object keyed by cell positions, or (`status` only) one string for all.
/// `None` when the field is absent.
fn cube_field<'a>(
    d: &'a Value,
    field: &'static str,
    size: &[usize],
    cells: usize,
    err: &impl Fn(&str, String) -> Error,
) -> Result<Option<CellField<'a>>> {
    let entries = match d.get(field) {
        None => return Ok(None),
        Some(Value::Array(a)) => {
            if a.len() != cells {
                return Err(err(
                    field,
                    format!(
                        "{} entries but the cube has {cells} cells (size {size:?}): an array lists every cell, null for a missing one",
                        a.len()
                    ),
                ));
            }
            Entries::Dense(a)
        }
        Some(Value::Object(m)) => {
            let mut sparse = Vec::with_capacity(m.len());
            for (k, v) in m {
                let pos = k
                    .parse::<usize>()
                    .ok()
                    .filter(|&p| p < cells && p.to_string() == *k)
                    .ok_or_else(|| {
                        err(
                            &format!("{field}.{k}"),
                            match cells {
                                0 => "not a cell position: the cube has no cells".to_owned(),
                                n => format!(
                                    "not a cell position: the cube has {n} cells (size {size:?}), positions 0 to {}",
                                    n - 1
                                ),
                            },
                        )
                    })?;
                sparse.push((pos, v));
            }
            sparse.sort_unstable_by_key(|&(p, _)| p);
            Entries::Sparse(sparse)
        }
        Some(v @ Value::String(_)) if field == "status" => Entries::All(v),
        Some(Value::Null) if field == "status" => return Ok(None),
        Some(_) => {
            return Err(err(
                field,
                "neither an array nor an object keyed by cell position".into(),
            ))
        }
    };
    Ok(Some(CellField { field, entries }))
}

impl CellField<'_> {
    /// Where cell `pos` of the field is, as a JSON path.
    fn at(&self, pos: usize) -> String {
        match self.entries {
            Entries::All(_) => self.field.to_owned(),
            _ => format!("{}.{pos}", self.field),
        }
    }

    fn get(&self, pos: usize) -> Option<&Value> {
        match &self.entries {
            Entries::Dense(a) => a.get(pos),
            Entries::Sparse(m) => m
                .binary_search_by_key(&pos, |&(p, _)| p)
                .ok()
                .map(|i| m[i].1),
            Entries::All(v) => Some(v),
        }
    }

    /// The cells the field gives, with their positions (an `All` field: once, at 0).
    fn cells(&self) -> Box<dyn Iterator<Item = (usize, &Value)> + '_> {
        match &self.entries {
            Entries::Dense(a) => Box::new(a.iter().enumerate()),
            Entries::Sparse(m) => Box::new(m.iter().map(|&(p, v)| (p, v))),
            Entries::All(v) => Box::new(std::iter::once((0, *v))),
        }
    }
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
