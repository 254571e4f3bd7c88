//! Scoring the plan extractor against a corpus of hand-keyed plan texts (`seeds/plans/dev/`):
//! `index.csv` (one row per document: `doc`, `split` dev|held_out, a kind), `docs/DOC.txt`, and
//! keys in `keys/*.csv` with the header `doc,role,indicator_zh,year,comparator,value,unit,basis,quote`.
//!
//! A key row is found when a candidate written as data has the same role class (baseline, or
//! target — milestones and incremental `新增` targets included), the same year, the same value
//! (allowing `万`/`亿` in either unit) and sits on the line of the key's quote, or quotes it, or
//! has a similar name (character-bigram Dice ≥ 0.5, as for the seeds).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use plancast::extract::{extract_file, Candidate, ExtractOptions, Role};

use crate::extract_score::similarity;

/// One hand-keyed figure.
#[derive(Debug, Clone)]
pub struct KeyRow {
    pub baseline: bool,
    pub year: Option<i32>,
    pub value: Option<f64>,
    pub unit: String,
    pub name_zh: String,
    pub quote: String,
}

/// The score of one document.
#[derive(Debug, Clone, Default)]
pub struct DocScore {
    pub doc: String,
    pub split: String,
    pub kind: String,
    pub key_rows: usize,
    pub found: usize,
    /// Key rows that state a year (a data row needs one), and how many of them were found.
    pub dated_rows: usize,
    pub dated_found: usize,
    pub data_rows: usize,
    pub data_matched: usize,
    /// Data rows no key row matches but one the keyer left without a year would, but for the
    /// year: rows no dated key row can judge (the keyer could not place the figure in a year).
    pub undated_written: usize,
    pub review_rows: usize,
    /// Qualitative targets written as data (no figure: `达到全省平均水平`). The corpus keys hold
    /// figures only, so these are neither counted as written nor as right.
    pub qualitative: Vec<String>,
    /// Key rows not found (`role year value unit name | quote`).
    pub missed: Vec<String>,
    /// Data rows no key row matches.
    pub extra: Vec<String>,
    /// The extractor failed on the file.
    pub error: Option<String>,
}

/// Sums of several documents' scores.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub docs: usize,
    pub key_rows: usize,
    pub found: usize,
    pub dated_rows: usize,
    pub dated_found: usize,
    pub data_rows: usize,
    pub data_matched: usize,
    pub undated_written: usize,
    pub qualitative: usize,
}

impl Totals {
    pub fn add(&mut self, s: &DocScore) {
        self.docs += 1;
        self.key_rows += s.key_rows;
        self.dated_rows += s.dated_rows;
        self.dated_found += s.dated_found;
        self.found += s.found;
        self.data_rows += s.data_rows;
        self.data_matched += s.data_matched;
        self.undated_written += s.undated_written;
        self.qualitative += s.qualitative.len();
    }
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.key_rows.max(1) as f64
    }
    /// Recall over the key rows that state a year: a figure whose year the text leaves unknown
    /// can only go to review, never be written as data.
    pub fn dated_recall(&self) -> f64 {
        self.dated_found as f64 / self.dated_rows.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.data_matched as f64 / self.data_rows.max(1) as f64
    }
    /// Precision over the written rows a dated key row can judge: leaving out those that match,
    /// but for the year, a key row whose keyer could not date the figure (a secondary figure
    /// beside [`precision`](Self::precision), which counts them as wrong).
    pub fn judged_precision(&self) -> f64 {
        self.data_matched as f64 / (self.data_rows - self.undated_written).max(1) as f64
    }
}

fn read_csv(path: &Path) -> Result<Vec<BTreeMap<String, String>>, String> {
    let mut r = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let h = r
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    r.records()
        .map(|rec| {
            let rec = rec.map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(h.iter()
                .zip(rec.iter())
                .map(|(a, b)| (a.trim().to_owned(), b.trim().to_owned()))
                .collect())
        })
        .collect()
}

fn get<'a>(r: &'a BTreeMap<String, String>, keys: &[&str]) -> &'a str {
    keys.iter()
        .find_map(|k| r.get(*k).filter(|v| !v.is_empty()))
        .map_or("", String::as_str)
}

/// The key rows of every document, by document id.
pub fn key_rows(dir: &Path) -> Result<BTreeMap<String, Vec<KeyRow>>, String> {
    let mut out: BTreeMap<String, Vec<KeyRow>> = BTreeMap::new();
    let keys = dir.join("keys");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&keys)
        .map_err(|e| format!("{}: {e}", keys.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    for f in files {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for r in read_csv(&f)? {
            let doc = match get(&r, &["doc"]) {
                "" => stem.clone(),
                d => d.to_owned(),
            };
            out.entry(doc).or_default().push(key_row(&r));
        }
    }
    Ok(out)
}

fn key_row(r: &BTreeMap<String, String>) -> KeyRow {
    let role = get(r, &["role"]).to_lowercase();
    KeyRow {
        baseline: role.contains("baseline") || role.contains("基期") || role == "base",
        year: get(r, &["year"]).parse().ok(),
        value: get(r, &["value"]).replace(',', "").parse().ok(),
        unit: get(r, &["unit"]).to_owned(),
        name_zh: get(r, &["indicator_zh", "name_zh"]).to_owned(),
        quote: get(r, &["quote"]).to_owned(),
    }
}

/// The key rows of one key file.
fn rows_of(path: &Path) -> Result<Vec<KeyRow>, String> {
    Ok(read_csv(path)?.iter().map(key_row).collect())
}

fn scale(unit: &str) -> f64 {
    if unit.starts_with('亿') {
        1e8
    } else if unit.starts_with("万亿") {
        1e12
    } else if unit.starts_with('万') {
        1e4
    } else {
        1.0
    }
}

fn same_value(value: Option<f64>, unit: &str, k: &KeyRow) -> bool {
    let (Some(v), Some(t)) = (value, k.value) else {
        return false;
    };
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    let (sc, sk) = (scale(unit), scale(&k.unit));
    close(v, t) || close(v * sc, t * sk) || close(v * sc, t) || close(v, t * sk)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

/// A figure as the matcher sees it: written by the extractor, or keyed by a second keyer.
struct Row<'a> {
    baseline: bool,
    year: Option<i32>,
    value: Option<f64>,
    unit: &'a str,
    name_zh: &'a str,
    quote: &'a str,
    /// 1-based line of the text the figure was read on (0: unknown).
    line: usize,
}

/// Whether row `c` is key row `k`: one definition for the extractor's rows and a second keyer's.
fn row_matches(c: &Row, k: &KeyRow, text_lines: &[&str]) -> bool {
    if c.baseline != k.baseline || c.year != k.year || !same_value(c.value, c.unit, k) {
        return false;
    }
    let quote = squeeze(&k.quote);
    let on_line = !quote.is_empty()
        && text_lines
            .get(c.line.wrapping_sub(1))
            .is_some_and(|l| squeeze(l).contains(&quote));
    let cq = squeeze(c.quote);
    on_line
        || (!quote.is_empty() && (cq.contains(&quote) || (cq.len() >= 6 && quote.contains(&cq))))
        || similarity(c.name_zh, &k.name_zh) >= 0.5
}

/// Pairs each key row with at most one written row, each written row used once: first the pairs
/// whose units agree as written (`1.3万亿元` with the key's `1.3万亿元`, not its `1.3倍` on the same
/// line), then, for the key rows still unpaired, any pair `is` accepts, in key order. Returns the
/// written row of each key row.
pub fn assign(
    keys: &[KeyRow],
    n: usize,
    unit_of: impl Fn(usize) -> String,
    is: impl Fn(usize, &KeyRow) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; n];
    let mut pair: Vec<Option<usize>> = vec![None; keys.len()];
    for exact in [true, false] {
        for (j, k) in keys.iter().enumerate() {
            if pair[j].is_some() {
                continue;
            }
            let unit_ok = |i: usize| !exact || unit_of(i).trim() == k.unit.trim();
            if let Some(i) = (0..n).find(|&i| !used[i] && unit_ok(i) && is(i, k)) {
                used[i] = true;
                pair[j] = Some(i);
            }
        }
    }
    pair
}

/// Whether candidate `c` is key row `k`.
pub fn matches(c: &Candidate, k: &KeyRow, text_lines: &[&str]) -> bool {
    let row = Row {
        baseline: c.role == Role::Baseline,
        year: c.year,
        value: c.value,
        unit: &c.unit,
        name_zh: &c.name_zh,
        quote: &c.quote,
        line: c.line,
    };
    row_matches(&row, k, text_lines)
}

/// A second keyer's rows of each document (`second/DOC.csv`, the key header) scored against the
/// corpus keys with the matcher the extractor is scored with: `key_rows` are the first keyer's,
/// `found` those the second keyer also keyed, `data_rows` the second keyer's and `data_matched`
/// those the first keyer also keyed — inter-keyer agreement, a ceiling for the extractor. A
/// second keyer's row sits on the first line of the text holding its quote.
///
/// # Errors
/// A missing or unreadable `index.csv`, key file or text.
pub fn second_key_agreement(dir: &Path, second: &Path) -> Result<Vec<DocScore>, String> {
    let index = read_csv(&dir.join("index.csv"))?;
    let first = key_rows(dir)?;
    let mut out = Vec::new();
    for r in &index {
        let doc = get(r, &["doc"]).to_owned();
        let path = second.join(format!("{doc}.csv"));
        if !path.exists() {
            continue;
        }
        let text_path = dir.join("docs").join(format!("{doc}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("{}: {e}", text_path.display()))?;
        let lines: Vec<&str> = text.split('\n').collect();
        let theirs = rows_of(&path)?;
        let ours = first.get(&doc).map_or(&[][..], Vec::as_slice);
        let as_row = |k: &'_ KeyRow| -> (usize, KeyRow) {
            let q = squeeze(&k.quote);
            let line = lines
                .iter()
                .position(|l| !q.is_empty() && squeeze(l).contains(&q))
                .map_or(0, |i| i + 1);
            (line, k.clone())
        };
        let rows: Vec<(usize, KeyRow)> = theirs.iter().map(as_row).collect();
        let is = |(line, x): &(usize, KeyRow), k: &KeyRow| {
            let row = Row {
                baseline: x.baseline,
                year: x.year,
                value: x.value,
                unit: &x.unit,
                name_zh: &x.name_zh,
                quote: &x.quote,
                line: *line,
            };
            row_matches(&row, k, &lines)
        };
        let mut s = DocScore {
            doc: doc.clone(),
            split: get(r, &["split"]).to_owned(),
            kind: get(r, &["kind"]).to_owned(),
            key_rows: ours.len(),
            data_rows: rows.len(),
            ..DocScore::default()
        };
        let pair = assign(
            ours,
            rows.len(),
            |i| rows[i].1.unit.clone(),
            |i, k| is(&rows[i], k),
        );
        for (k, p) in ours.iter().zip(&pair) {
            if p.is_some() {
                s.found += 1;
            } else {
                s.missed.push(describe_key(k));
            }
        }
        for x in &rows {
            if ours.iter().any(|k| is(x, k)) {
                s.data_matched += 1;
            } else {
                s.extra.push(describe_key(&x.1));
            }
        }
        out.push(s);
    }
    Ok(out)
}

/// Extracts one document and scores it against its key rows.
pub fn score_doc(path: &Path, keys: &[KeyRow], published: Option<i32>) -> DocScore {
    let mut s = DocScore {
        key_rows: keys.len(),
        ..DocScore::default()
    };
    let mut opts = ExtractOptions::new("corpus");
    if let Some(y) = published {
        opts = opts.published(y);
    }
    let x = match extract_file(path, &opts) {
        Ok(x) => x,
        Err(e) => {
            s.error = Some(e.to_string());
            s.missed = keys.iter().map(describe_key).collect();
            return s;
        }
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.split('\n').collect();
    // (a qualitative target states no figure; the keys hold figures only)
    let data: Vec<&Candidate> = x.data().filter(|c| c.value.is_some()).collect();
    s.qualitative = x
        .data()
        .filter(|c| c.value.is_none())
        .map(|c| {
            format!(
                "{} {} {} {:?} | {}",
                c.line, c.role, c.name_zh, c.year, c.quote
            )
        })
        .collect();
    s.dated_rows = keys.iter().filter(|k| k.year.is_some()).count();
    let pair = assign(
        keys,
        data.len(),
        |i| data[i].unit.clone(),
        |i, k| matches(data[i], k, &lines),
    );
    for (k, p) in keys.iter().zip(&pair) {
        if p.is_some() {
            s.found += 1;
            s.dated_found += usize::from(k.year.is_some());
        } else {
            let reviewed = x.for_review().find(|c| matches(c, k, &lines));
            s.missed.push(format!(
                "{}{}",
                describe_key(k),
                reviewed.map_or(String::new(), |c| format!(
                    "  [in review: {}]",
                    c.review.as_ref().map_or("", |r| r.why.as_str())
                ))
            ));
        }
    }
    s.data_rows = data.len();
    for c in &data {
        if keys.iter().any(|k| matches(c, k, &lines)) {
            s.data_matched += 1;
        } else if keys.iter().any(|k| {
            k.year.is_none() && {
                let mut undated = (*c).clone();
                undated.year = None;
                matches(&undated, k, &lines)
            }
        }) {
            s.undated_written += 1;
            s.extra.push(format!(
                "{} {} {} {:?} {} {:?} {} | {} (the key leaves its year open)",
                c.line, c.role, c.name_zh, c.year, c.comparator, c.value, c.unit, c.quote
            ));
        } else {
            s.extra.push(format!(
                "{} {} {} {:?} {} {:?} {} | {}",
                c.line, c.role, c.name_zh, c.year, c.comparator, c.value, c.unit, c.quote
            ));
        }
    }
    s.review_rows = x.for_review().count();
    s
}

fn describe_key(k: &KeyRow) -> String {
    format!(
        "{} {:?} {:?} {} {} | {}",
        if k.baseline { "baseline" } else { "target" },
        k.year,
        k.value,
        k.unit,
        k.name_zh,
        k.quote
    )
}

/// Scores every document of the corpus in `dir`, in the order of its index.
///
/// # Errors
/// A missing or unreadable `index.csv` or key file.
pub fn score_corpus(dir: &Path) -> Result<Vec<DocScore>, String> {
    let index = read_csv(&dir.join("index.csv"))?;
    let keys = key_rows(dir)?;
    let mut out = Vec::new();
    for r in &index {
        let doc = get(r, &["doc", "id", "slug"]).to_owned();
        let file = match get(r, &["file", "path"]) {
            "" => dir.join("docs").join(format!("{doc}.txt")),
            f if f.starts_with("docs/") => dir.join(f),
            f => dir.join("docs").join(f),
        };
        // The page's publication year, as a user reading it from its address would give it.
        let published = get(r, &["published_year"]).parse().ok();
        let mut s = score_doc(
            &file,
            keys.get(&doc).map_or(&[][..], Vec::as_slice),
            published,
        );
        s.doc = doc;
        s.split = get(r, &["split"]).to_owned();
        s.kind = get(r, &["kind", "type", "doc_kind"]).to_owned();
        out.push(s);
    }
    Ok(out)
}

/// Bootstrap replicates of a corpus interval.
pub const REPLICATES: usize = 2000;

/// 90 % intervals of recall and precision of `scores`, from a bootstrap that resamples whole
/// documents with replacement ([`REPLICATES`] replicates, seed 29): the rows of one document are
/// not independent (one misread year loses them all), so documents, not rows, are the units.
/// Each replicate's recall is its found rows over its key rows (a ratio of sums, as the point
/// estimate); percentile interval, `(lower, upper)` for recall then precision.
pub fn interval(scores: &[&DocScore]) -> ((f64, f64), (f64, f64)) {
    use rand::{Rng, SeedableRng};
    if scores.is_empty() {
        return ((f64::NAN, f64::NAN), (f64::NAN, f64::NAN));
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(29);
    let (mut recall, mut precision) = (Vec::new(), Vec::new());
    for _ in 0..REPLICATES {
        let mut t = Totals::default();
        for _ in 0..scores.len() {
            t.add(scores[rng.gen_range(0..scores.len())]);
        }
        recall.push(t.recall());
        precision.push(t.precision());
    }
    let band = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        (at(0.05), at(0.95))
    };
    (band(&mut recall), band(&mut precision))
}
