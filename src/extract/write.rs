//! Writing an [`Extraction`] as the panel's interchange files plus a review list.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::figure::fmt;
use super::{Candidate, Extraction, Role};
use crate::error::{Error, Result};
use crate::target::Comparator;

/// Writes `indicators.csv`, `observations.csv`, `targets.csv`, `regions.csv` and `review.md`
/// into `dir` (created if missing). The CSVs load with [`crate::io::PanelFiles`]; each row
/// carries `name_zh`, `line` and `quote`. Review candidates are only in `review.md`.
///
/// # Errors
/// [`Error::Io`] naming the file that could not be written.
pub fn write_dir(extraction: &Extraction, dir: impl AsRef<Path>) -> Result<()> {
    let dir = dir.as_ref();
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let files = [
        ("indicators.csv", indicators_csv(extraction)),
        ("observations.csv", observations_csv(extraction)),
        ("targets.csv", targets_csv(extraction)),
        ("regions.csv", regions_csv(extraction)),
        ("review.md", review_md(extraction)),
    ];
    for (name, content) in files {
        let path = dir.join(name);
        let content = content.map_err(|e| Error::io(&path, e))?;
        fs::write(&path, content).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

fn to_string(w: csv::Writer<Vec<u8>>) -> std::result::Result<String, String> {
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn notes(c: &Candidate) -> String {
    let mut n = c.notes.join("; ");
    if c.basis != super::Basis::Level {
        if !n.is_empty() {
            n.push_str("; ");
        }
        let _ = write!(n, "basis: {}", c.basis);
    }
    n
}

fn observations_csv(x: &Extraction) -> std::result::Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let e = |e: csv::Error| e.to_string();
    w.write_record([
        "region",
        "indicator",
        "name_zh",
        "year",
        "value",
        "as_of",
        "bound",
        "unit",
        "basis",
        "provenance",
        "source",
        "line",
        "quote",
        "note",
    ])
    .map_err(e)?;
    for c in x.data().filter(|c| c.role == Role::Baseline) {
        let (Some(year), Some(value)) = (c.year, c.value) else {
            continue;
        };
        let bound = if matches!(c.comparator, Comparator::Gt | Comparator::Ge) {
            "lower"
        } else {
            ""
        };
        w.write_record([
            x.region.as_str(),
            &c.indicator_id(),
            &c.name_zh,
            &year.to_string(),
            &fmt(value),
            "",
            bound,
            &c.unit,
            &c.basis.to_string(),
            &c.found.to_string(),
            &x.source,
            &c.line.to_string(),
            &c.quote,
            &notes(c),
        ])
        .map_err(e)?;
    }
    to_string(w)
}

fn targets_csv(x: &Extraction) -> std::result::Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let e = |e: csv::Error| e.to_string();
    w.write_record([
        "region",
        "indicator",
        "name_zh",
        "year",
        "comparator",
        "value",
        "kind",
        "relative",
        "unit",
        "basis",
        "role",
        "provenance",
        "source",
        "line",
        "quote",
        "note",
    ])
    .map_err(e)?;
    for c in x.data().filter(|c| c.role != Role::Baseline) {
        let Some(year) = c.year else { continue };
        let relative = c.relative.as_ref().map_or(String::new(), |r| {
            if r.leading {
                format!("{}:leading", r.region)
            } else {
                r.region.clone()
            }
        });
        let value = if c.relative.is_some() {
            String::new()
        } else {
            c.value.map_or(String::new(), fmt)
        };
        if value.is_empty() && relative.is_empty() {
            continue;
        }
        w.write_record([
            x.region.as_str(),
            &c.indicator_id(),
            &c.name_zh,
            &year.to_string(),
            &c.comparator.to_string(),
            &value,
            &format!("{:?}", c.kind).to_lowercase(),
            &relative,
            &c.unit,
            &c.basis.to_string(),
            &c.role.to_string(),
            &c.found.to_string(),
            &x.source,
            &c.line.to_string(),
            &c.quote,
            &notes(c),
        ])
        .map_err(e)?;
    }
    to_string(w)
}

/// One indicator per id: the first unit written; `down` when a target is stated as at most or
/// below its baseline; `0..100` for percentages whose figures all lie in it.
fn indicators_csv(x: &Extraction) -> std::result::Result<String, String> {
    struct Ind<'a> {
        name: &'a str,
        unit: &'a str,
        down: bool,
        max: f64,
        min: f64,
        base: Option<f64>,
        lowest_target: Option<f64>,
    }
    let mut by: BTreeMap<String, Ind<'_>> = BTreeMap::new();
    for c in x.data() {
        let ind = by.entry(c.indicator_id()).or_insert(Ind {
            name: &c.name_zh,
            unit: &c.unit,
            down: false,
            max: f64::NEG_INFINITY,
            min: f64::INFINITY,
            base: None,
            lowest_target: None,
        });
        if ind.unit.is_empty() {
            ind.unit = &c.unit;
        }
        if let Some(v) = c.value {
            ind.max = ind.max.max(v);
            ind.min = ind.min.min(v);
            if c.role == Role::Baseline {
                ind.base = Some(v);
            } else if c.relative.is_none() {
                ind.lowest_target = Some(ind.lowest_target.map_or(v, |t: f64| t.min(v)));
            }
        }
        if c.role != Role::Baseline && matches!(c.comparator, Comparator::Le | Comparator::Lt) {
            ind.down = true;
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let e = |e: csv::Error| e.to_string();
    w.write_record([
        "indicator",
        "name_zh",
        "name_en",
        "unit",
        "direction",
        "lower",
        "upper",
        "category",
    ])
    .map_err(e)?;
    for (id, ind) in &by {
        let down = ind.down || matches!((ind.base, ind.lowest_target), (Some(b), Some(t)) if t < b);
        let pct = ind.unit == "%" && ind.max <= 100.0;
        let lower = if ind.min >= 0.0 || !ind.min.is_finite() {
            "0"
        } else {
            ""
        };
        w.write_record([
            id.as_str(),
            ind.name,
            "",
            ind.unit,
            if down { "down" } else { "up" },
            lower,
            if pct { "100" } else { "" },
            "extracted",
        ])
        .map_err(e)?;
    }
    to_string(w)
}

fn regions_csv(x: &Extraction) -> std::result::Result<String, String> {
    // The panel's own writer: the regions file has the columns `io::read_regions` reads.
    let mut r = crate::Region::try_new(&x.region).map_err(|e| e.to_string())?;
    r.plan_title = x.title.clone();
    r.period_start = x.period.start_year.or(x.period.base_year.map(|b| b + 1));
    r.period_end = x.period.end_year;
    r.seed_file = Some(x.source.clone());
    let mut out = Vec::new();
    crate::io::write_regions(&mut out, &[r]).map_err(|e| e.to_string())?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn review_md(x: &Extraction) -> std::result::Result<String, String> {
    let mut s = String::new();
    let w = |e: std::fmt::Error| e.to_string();
    writeln!(
        s,
        "# Review: {} ({})\n",
        x.title.as_deref().unwrap_or(&x.source),
        x.region
    )
    .map_err(w)?;
    writeln!(
        s,
        "Source `{}`; base year {}, end year {}. Every figure found is listed with its quote: \
         confirm the data rows, and decide the review rows by hand (they are not in the CSVs).\n",
        x.source,
        x.period
            .base_year
            .map_or("unknown".into(), |y| y.to_string()),
        x.period
            .end_year
            .map_or("unknown".into(), |y| y.to_string()),
    )
    .map_err(w)?;
    let data: Vec<&Candidate> = x.data().collect();
    let review: Vec<&Candidate> = x.for_review().collect();
    for (title, rows, with_reason) in [
        ("Written as data", &data, false),
        ("For review (not written)", &review, true),
    ] {
        writeln!(s, "## {title}: {}\n", rows.len()).map_err(w)?;
        if rows.is_empty() {
            continue;
        }
        writeln!(
            s,
            "| ok? | line | role | indicator | year | comparator | value | unit | from | quote | {} |",
            if with_reason { "why review" } else { "notes" }
        )
        .map_err(w)?;
        writeln!(s, "|---|---|---|---|---|---|---|---|---|---|---|").map_err(w)?;
        for c in rows.iter() {
            let value = match (&c.relative, c.value) {
                (Some(r), _) => format!(
                    "{}{}",
                    r.region,
                    if r.leading {
                        " (leading)"
                    } else {
                        " (average)"
                    }
                ),
                (None, Some(v)) => fmt(v),
                (None, None) => String::new(),
            };
            let last = if with_reason {
                c.review.as_ref().map(|r| r.why.clone()).unwrap_or_default()
            } else {
                notes(c)
            };
            writeln!(
                s,
                "| [ ] | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                c.line,
                c.role,
                md_cell(&c.name_zh),
                c.year.map_or(String::new(), |y| y.to_string()),
                c.comparator,
                md_cell(&value),
                md_cell(&c.unit),
                c.found,
                md_cell(&c.quote),
                md_cell(&last),
            )
            .map_err(w)?;
        }
        s.push('\n');
    }
    Ok(s)
}
