//! Scoring the plan extractor against the hand-made seed rows (`seeds/*.csv`).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use plancast::extract::{extract_file, Candidate, ExtractOptions, Extraction, Role};

/// One hand-made seed row.
#[derive(Debug, Clone)]
pub struct SeedRow {
    pub baseline: bool,
    pub year: i32,
    pub value: Option<f64>,
    pub relative: bool,
    pub name_zh: String,
    pub quote: String,
    pub provenance: String,
}

/// Recall and precision of one plan.
#[derive(Debug, Clone)]
pub struct Score {
    pub region: String,
    pub seed_rows: usize,
    pub found: usize,
    pub found_any: usize,
    pub data_rows: usize,
    pub data_matched: usize,
    pub review_rows: usize,
    pub missed: Vec<SeedRow>,
    /// Data rows no seed row matches: `line role name year comparator value unit | quote`.
    pub extra: Vec<String>,
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.seed_rows.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.data_matched as f64 / self.data_rows.max(1) as f64
    }
}

fn read_csv(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).expect("seed csv");
    let h = r.headers().expect("header").clone();
    r.records()
        .map(|rec| {
            let rec = rec.expect("record");
            h.iter()
                .zip(rec.iter())
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .collect()
        })
        .collect()
}

/// The seed rows of `region` typed from its plan text (tables and sentences).
pub fn seed_rows(seeds: &Path, region: &str) -> Vec<SeedRow> {
    let names: BTreeMap<String, String> = read_csv(&seeds.join("indicators.csv"))
        .into_iter()
        .map(|r| (r["indicator"].clone(), r["name_zh"].clone()))
        .collect();
    let mut out = Vec::new();
    for (file, baseline) in [("observations.csv", true), ("targets.csv", false)] {
        for r in read_csv(&seeds.join(file)) {
            if r["region"] != region || !matches!(r["provenance"].as_str(), "table" | "text") {
                continue;
            }
            let relative = r.get("relative").is_some_and(|v| !v.is_empty());
            out.push(SeedRow {
                baseline,
                year: r["year"].parse().expect("year"),
                value: r["value"].parse().ok(),
                relative,
                name_zh: names.get(&r["indicator"]).cloned().unwrap_or_default(),
                quote: r["quote"].clone(),
                provenance: r["provenance"].clone(),
            });
        }
    }
    out
}

fn bigrams(s: &str) -> Vec<(char, char)> {
    let c: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace() && !"()（）%“”".contains(*c))
        .collect();
    c.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice coefficient of character bigrams.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let mut y2 = y.clone();
    let mut common = 0;
    for g in &x {
        if let Some(p) = y2.iter().position(|h| h == g) {
            y2.swap_remove(p);
            common += 1;
        }
    }
    2.0 * common as f64 / (x.len() + y.len()) as f64
}

fn same_value(c: &Candidate, s: &SeedRow) -> bool {
    if s.relative || c.relative.is_some() {
        return s.relative && c.relative.is_some();
    }
    let (Some(v), Some(t)) = (c.value, s.value) else {
        return false;
    };
    let scale = if c.unit.starts_with('亿') {
        1e8
    } else if c.unit.starts_with('万') {
        1e4
    } else {
        1.0
    };
    [v, v * scale]
        .iter()
        .any(|x| (x - t).abs() <= 1e-9 * t.abs().max(1.0))
}

/// Whether candidate `c` is seed row `s`: same role class, year and value, and the same
/// sentence (the seed's quote is on the candidate's line) or a similar name.
pub fn matches(c: &Candidate, s: &SeedRow, text_lines: &[&str]) -> bool {
    if (c.role == Role::Baseline) != s.baseline || c.year != Some(s.year) || !same_value(c, s) {
        return false;
    }
    let quote: String = s.quote.split_whitespace().collect();
    let on_line = text_lines.get(c.line.wrapping_sub(1)).is_some_and(|l| {
        !quote.is_empty() && l.split_whitespace().collect::<String>().contains(&quote)
    });
    // A table row's quote starts with the row's name as the plan writes it.
    let first_cell = s.quote.split([' ', '|']).next().unwrap_or("");
    on_line
        || c.quote.contains(&s.quote)
        || similarity(&c.name_zh, &s.name_zh) >= 0.5
        || (s.provenance == "table" && similarity(&c.name_zh, first_cell) >= 0.6)
}

/// Extracts `plan` and scores it against the seed rows of `region`.
pub fn score(seeds: &Path, plan: &Path, region: &str) -> (Extraction, Score) {
    let x = extract_file(plan, &ExtractOptions::new(region)).expect("extract");
    let text = std::fs::read_to_string(plan).expect("plan text");
    let lines: Vec<&str> = text.split('\n').collect();
    let seeds_rows = seed_rows(seeds, region);
    let data: Vec<&Candidate> = x.data().collect();
    let all: Vec<&Candidate> = x.candidates.iter().collect();
    let mut used = vec![false; data.len()];
    let mut missed = Vec::new();
    let mut found = 0;
    let mut found_any = 0;
    for s in &seeds_rows {
        if let Some(i) = (0..data.len()).find(|&i| !used[i] && matches(data[i], s, &lines)) {
            used[i] = true;
            found += 1;
            found_any += 1;
        } else {
            if all.iter().any(|c| matches(c, s, &lines)) {
                found_any += 1;
            }
            missed.push(s.clone());
        }
    }
    let (matched, unmatched): (Vec<&&Candidate>, Vec<&&Candidate>) = data
        .iter()
        .partition(|c| seeds_rows.iter().any(|s| matches(c, s, &lines)));
    let data_matched = matched.len();
    let extra = unmatched
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {:?} {} {:?} {} | {}",
                c.line, c.role, c.name_zh, c.year, c.comparator, c.value, c.unit, c.quote
            )
        })
        .collect();
    let score = Score {
        region: region.to_owned(),
        seed_rows: seeds_rows.len(),
        found,
        found_any,
        data_rows: data.len(),
        data_matched,
        review_rows: x.for_review().count(),
        missed,
        extra,
    };
    (x, score)
}

/// The five seed plans: (region, file).
pub fn seed_plans(seeds: &Path) -> Vec<(String, std::path::PathBuf)> {
    read_csv(&seeds.join("regions.csv"))
        .into_iter()
        .filter(|r| !r["seed_file"].is_empty())
        .map(|r| {
            (
                r["region"].clone(),
                seeds.join("plans").join(&r["seed_file"]),
            )
        })
        .collect()
}
