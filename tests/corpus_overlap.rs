//! The held-out part of the extraction corpus (`seeds/plans/dev/`, issue 32) holds no copy of a
//! development page: a page mirrored in traditional characters, or with a pinyin gloss after
//! every character, is the same page as its simplified original, and a rule written from the
//! one would be tested on the other.
//!
//! Every page is compared with every page of the other part after converting traditional
//! characters to simplified ones, dropping pinyin glosses (`數(shù)據(jù)`) and whitespace: the
//! share of its 12-character runs that the other page also holds, out of the smaller page's. At
//! the twentieth session the highest such share across the parts was 32 % (a county's and a
//! city's work reports of 2025 sharing the province's goal wording, in runs of at most 45
//! characters); round bq's held-out 1076, a traditional copy of dev 055's plan (86 % of its
//! runs), was dropped before it was scored.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Runs of this many characters are compared.
const RUN: usize = 12;

/// The highest share of a page's runs another part's page may hold.
const MAX_SHARED: f64 = 0.5;

fn normalised(text: &str) -> Vec<char> {
    let simplified = character_converter::traditional_to_simplified(text);
    let gloss = regex::Regex::new(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)").expect("valid regex");
    gloss
        .replace_all(&simplified, "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn runs(chars: &[char]) -> HashSet<String> {
    chars.windows(RUN).map(|w| w.iter().collect()).collect()
}

#[test]
fn no_held_out_page_copies_a_development_page() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/plans/dev");
    let mut index = csv::Reader::from_path(dir.join("index.csv")).expect("index.csv");
    let headers = index.headers().expect("header").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
    };
    let (doc_col, split_col) = (col("doc").expect("doc"), col("split").expect("split"));
    let mut pages: BTreeMap<String, (String, HashSet<String>)> = BTreeMap::new();
    for row in index.records() {
        let row = row.expect("index row");
        let doc = row[doc_col].to_owned();
        let text = std::fs::read_to_string(dir.join("docs").join(format!("{doc}.txt")))
            .unwrap_or_else(|e| panic!("{doc}: {e}"));
        pages.insert(doc, (row[split_col].to_owned(), runs(&normalised(&text))));
    }
    assert!(pages.len() > 700, "{} pages", pages.len());
    // Which development pages hold each run.
    let mut holders: HashMap<&str, Vec<&str>> = HashMap::new();
    for (doc, (split, r)) in &pages {
        if split == "dev" {
            for run in r {
                holders.entry(run.as_str()).or_default().push(doc.as_str());
            }
        }
    }
    let mut worst = (0.0, String::new());
    for (doc, (split, r)) in &pages {
        if split != "held_out" || r.is_empty() {
            continue;
        }
        let mut shared: HashMap<&str, usize> = HashMap::new();
        for run in r {
            for d in holders.get(run.as_str()).into_iter().flatten() {
                *shared.entry(d).or_default() += 1;
            }
        }
        for (d, n) in shared {
            let smaller = r.len().min(pages[d].1.len()).max(1);
            let share = n as f64 / smaller as f64;
            if share > worst.0 {
                worst = (share, format!("held-out {doc} and dev {d}"));
            }
        }
    }
    assert!(
        worst.0 < MAX_SHARED,
        "{}: {:.0} % of the smaller page's runs in common",
        worst.1,
        100.0 * worst.0
    );
}

/// A mirror's copy reads as its original: traditional characters, pinyin glosses and blanks
/// (`數(shù)據(jù)中心 標準機架`) compare equal to `数据中心标准机架`.
#[test]
fn a_mirrors_copy_normalises_to_its_original() {
    assert_eq!(
        normalised("數(shù)據(jù)中心 標準機架"),
        normalised("数据中心标准机架")
    );
    assert_ne!(normalised("数据中心"), normalised("数据中台"));
}
