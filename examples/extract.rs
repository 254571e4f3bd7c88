//! From a plan's text to the panel files: indicators, baselines and targets with their quotes.
//!
//! ```text
//! cargo run --release --example extract -- seeds/plans/000_c1a1e6179c961ec7.txt --region tongliao --out target/plan
//! cargo run --release --example feasibility -- --data target/plan --seed-classes
//! cargo run --release --example extract -- --score      # recall and precision on the seed plans
//! ```
//!
//! Writes `indicators.csv`, `observations.csv`, `targets.csv`, `regions.csv` and `review.md`
//! into `--out`. Bad arguments or files: one line on stderr, exit code 2.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/corpus_score.rs"]
mod corpus_score;
#[path = "support/extract_score.rs"]
mod extract_score;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plancast::extract::{extract_file, write_dir, ExtractOptions};

const HELP: &str = "\
extract: read a plan's text into indicators, baselines and targets, each with its quote

USAGE:
    cargo run --release --example extract -- PLAN [OPTIONS]
    cargo run --release --example extract -- --score [--verbose]
    cargo run --release --example extract -- --score --corpus seeds/plans/dev [--verbose]
    cargo run --release --example extract -- --score --corpus seeds/plans/dev --second-key seeds/plans/dev/second_key

PLAN is UTF-8 plain text or HTML. Writes indicators.csv, observations.csv, targets.csv,
regions.csv and review.md; run `feasibility --data DIR` on the result.

OPTIONS:
    --out DIR          output directory (default target/plancast-extract/REGION)
    --region ID        region id written in every row (default: the file name's stem)
    --province ID      region id for 全省/全区 benchmarks (default province)
    --nation ID        region id for 全国 benchmarks (default nation)
    --base-year Y      the plan's base year, if its text does not make it clear
    --end-year Y       the plan's end year, if its text does not make it clear
    --published Y      the year the page was published (a news page's address or header), for
                       report figures whose text states no year
    --encoding NAME    the text's encoding when it is not UTF-8 (gb18030, gbk, big5)
    --score            extract the five seed plans and compare with the hand-made seed rows
                       (--ci does the same)
    --corpus DIR       with --score: also score a hand-keyed corpus (index.csv, docs/, keys/):
                       recall and precision per document, kind, split (dev / held_out), overall
    --second-key DIR   with --corpus: a second keyer's keys of some documents (DIR/DOC.csv), scored
                       against the corpus keys with the same matcher, beside the extractor on the
                       same documents: how far two keyers agree, a ceiling for the extractor
    --verbose          with --score: list the seed rows not found (for a corpus: the misses and
                       unmatched rows of dev documents only; held_out ones are scored, not shown)
    -h, --help         this text
";

fn main() -> ExitCode {
    cli::main_with(run)
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut plan: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut region: Option<String> = None;
    let mut province: Option<String> = None;
    let mut nation: Option<String> = None;
    let mut base: Option<i32> = None;
    let mut end: Option<i32> = None;
    let mut published: Option<i32> = None;
    let mut encoding: Option<String> = None;
    let mut score = false;
    let mut verbose = false;
    let mut corpus: Option<PathBuf> = None;
    let mut second: Option<PathBuf> = None;
    let mut p = lexopt::Parser::from_env();
    let e = |x: lexopt::Error| x.to_string();
    while let Some(arg) = p.next().map_err(e)? {
        match arg {
            Value(v) if plan.is_none() => plan = Some(v.into()),
            Long("out") => out = Some(p.value().map_err(e)?.into()),
            Long("region") => region = Some(cli::value(&mut p, "region")?),
            Long("province") => province = Some(cli::value(&mut p, "province")?),
            Long("nation") => nation = Some(cli::value(&mut p, "nation")?),
            Long("base-year") => base = Some(cli::value(&mut p, "base-year")?),
            Long("end-year") => end = Some(cli::value(&mut p, "end-year")?),
            Long("published") => published = Some(cli::value(&mut p, "published")?),
            Long("encoding") => encoding = Some(cli::value(&mut p, "encoding")?),
            Long("score") | Long("ci") => score = true,
            Long("verbose") => verbose = true,
            Long("corpus") => corpus = Some(p.value().map_err(e)?.into()),
            Long("second-key") => second = Some(p.value().map_err(e)?.into()),
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Ok(());
            }
            other => return Err(format!("{} (see --help)", other.unexpected())),
        }
    }
    if score {
        print_scores(verbose)?;
        if let Some(dir) = corpus {
            print_corpus(&dir, verbose)?;
            if let Some(second) = second {
                print_agreement(&dir, &second)?;
            }
        }
        return Ok(());
    }
    let plan = plan.ok_or("give a plan's text file (see --help)")?;
    let region = region.unwrap_or_else(|| {
        plan.file_stem()
            .map_or_else(|| "plan".to_owned(), |s| s.to_string_lossy().into_owned())
    });
    let mut opts = ExtractOptions::new(region.clone());
    if let Some(x) = province {
        opts = opts.province(x);
    }
    if let Some(x) = nation {
        opts = opts.nation(x);
    }
    if let Some(y) = base {
        opts = opts.base_year(y);
    }
    if let Some(y) = end {
        opts = opts.end_year(y);
    }
    if let Some(e) = encoding {
        opts = opts.encoding(e);
    }
    if let Some(y) = published {
        opts = opts.published(y);
    }
    let x = extract_file(&plan, &opts).map_err(|e| e.to_string())?;
    let out = out.unwrap_or_else(|| Path::new("target/plancast-extract").join(&region));
    write_dir(&x, &out).map_err(|e| e.to_string())?;
    let data: Vec<_> = x.data().collect();
    let baselines = data
        .iter()
        .filter(|c| c.role == plancast::extract::Role::Baseline)
        .count();
    println!(
        "{}: {} figures written ({} baselines, {} targets and milestones), {} for review; base year {}, end year {}",
        x.title.as_deref().unwrap_or(&x.source),
        data.len(),
        baselines,
        data.len() - baselines,
        x.for_review().count(),
        x.period.base_year.map_or("?".into(), |y| y.to_string()),
        x.period.end_year.map_or("?".into(), |y| y.to_string()),
    );
    println!(
        "wrote {}/{{indicators,observations,targets,regions}}.csv and review.md",
        out.display()
    );
    println!(
        "next: cargo run --release --example feasibility -- --data {}",
        out.display()
    );
    Ok(())
}

fn print_scores(verbose: bool) -> Result<(), String> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    println!("plan       | seed rows | found as data | recall | found incl. review | written | agree with seeds | precision | for review");
    println!("-----------|-----------|---------------|--------|--------------------|---------|------------------|-----------|-----------");
    let (mut s_rows, mut s_found, mut s_any, mut s_data, mut s_match) = (0, 0, 0, 0, 0);
    for (region, file) in extract_score::seed_plans(&seeds) {
        let (_, s) = extract_score::score(&seeds, &file, &region);
        println!(
            "{:<10} | {:>9} | {:>13} | {:>5.0}% | {:>18} | {:>7} | {:>16} | {:>8.0}% | {:>10}",
            region,
            s.seed_rows,
            s.found,
            100.0 * s.recall(),
            s.found_any,
            s.data_rows,
            s.data_matched,
            100.0 * s.precision(),
            s.review_rows
        );
        s_rows += s.seed_rows;
        s_found += s.found;
        s_any += s.found_any;
        s_data += s.data_rows;
        s_match += s.data_matched;
        if verbose {
            for m in &s.missed {
                println!(
                    "    missed {} {} {:?} {} [{}] {}",
                    if m.baseline { "baseline" } else { "target" },
                    m.year,
                    m.value,
                    m.name_zh,
                    m.provenance,
                    m.quote
                );
            }
            for x in &s.extra {
                println!("    not in the seeds: {x}");
            }
        }
    }
    println!(
        "{:<10} | {:>9} | {:>13} | {:>5.0}% | {:>18} | {:>7} | {:>16} | {:>8.0}% |",
        "all",
        s_rows,
        s_found,
        100.0 * s_found as f64 / s_rows.max(1) as f64,
        s_any,
        s_data,
        s_match,
        100.0 * s_match as f64 / s_data.max(1) as f64
    );
    Ok(())
}

fn print_corpus(dir: &Path, verbose: bool) -> Result<(), String> {
    use std::collections::BTreeMap;
    let scores = corpus_score::score_corpus(dir)?;
    println!();
    println!("document | split | kind | key rows | found | recall | written | agree | precision | for review");
    println!("---|---|---|---|---|---|---|---|---|---");
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "—".to_owned()
        } else {
            format!("{:.0}%", 100.0 * a as f64 / b as f64)
        }
    };
    let mut by_kind: BTreeMap<(String, String), corpus_score::Totals> = BTreeMap::new();
    let mut by_split: BTreeMap<String, corpus_score::Totals> = BTreeMap::new();
    let mut all = corpus_score::Totals::default();
    for s in &scores {
        println!(
            "{} | {} | {} | {} | {} | {} | {} | {} | {} | {}{}",
            s.doc,
            s.split,
            s.kind,
            s.key_rows,
            s.found,
            pct(s.found, s.key_rows),
            s.data_rows,
            s.data_matched,
            pct(s.data_matched, s.data_rows),
            s.review_rows,
            s.error
                .as_deref()
                .map_or(String::new(), |e| format!(" (error: {e})"))
        );
        by_kind
            .entry((s.split.clone(), s.kind.clone()))
            .or_default()
            .add(s);
        by_split.entry(s.split.clone()).or_default().add(s);
        all.add(s);
        if verbose && s.split != "held_out" {
            for m in &s.missed {
                println!("    missed {m}");
            }
            for x in &s.extra {
                println!("    not in the key: {x}");
            }
            for q in &s.qualitative {
                println!("    qualitative, not scored: {q}");
            }
        }
    }
    println!();
    println!("split | kind | documents | key rows | found | recall | written | agree | precision");
    println!("---|---|---|---|---|---|---|---|---");
    let row = |split: &str, kind: &str, t: &corpus_score::Totals| {
        println!(
            "{split} | {kind} | {} | {} | {} | {} | {} | {} | {}",
            t.docs,
            t.key_rows,
            t.found,
            pct(t.found, t.key_rows),
            t.data_rows,
            t.data_matched,
            pct(t.data_matched, t.data_rows)
        );
    };
    for ((split, kind), t) in &by_kind {
        row(split, kind, t);
    }
    for (split, t) in &by_split {
        row(split, "all", t);
    }
    row("all", "all", &all);
    println!();
    println!(
        "split | documents | recall | 90 % interval | precision | 90 % interval (documents resampled, {} replicates) | recall of key rows with a year | precision of rows a dated key row can judge",
        corpus_score::REPLICATES
    );
    println!("---|---|---|---|---|---|---|---");
    for (split, t) in &by_split {
        let docs: Vec<&corpus_score::DocScore> =
            scores.iter().filter(|s| &s.split == split).collect();
        let ((rl, rh), (pl, ph)) = corpus_score::interval(&docs);
        println!(
            "{split} | {} | {:.1}% | {:.1}–{:.1}% | {:.1}% | {:.1}–{:.1}% | {:.1}% ({} of {}) | {:.1}% ({} of {})",
            t.docs,
            100.0 * t.recall(),
            100.0 * rl,
            100.0 * rh,
            100.0 * t.precision(),
            100.0 * pl,
            100.0 * ph,
            100.0 * t.dated_recall(),
            t.dated_found,
            t.dated_rows,
            100.0 * t.judged_precision(),
            t.data_matched,
            t.data_rows - t.undated_written
        );
    }
    println!();
    let q: Vec<String> = by_split
        .iter()
        .map(|(split, t)| format!("{split} {}", t.qualitative))
        .collect();
    println!(
        "Qualitative targets written as data (no figure: `达到全省平均水平`), not scored — the keys hold figures only: {}",
        q.join(", ")
    );
    Ok(())
}

/// Two keyers against each other, beside the extractor on the same documents.
fn print_agreement(dir: &Path, second: &Path) -> Result<(), String> {
    let keyer = corpus_score::second_key_agreement(dir, second)?;
    let machine: Vec<corpus_score::DocScore> = corpus_score::score_corpus(dir)?
        .into_iter()
        .filter(|s| keyer.iter().any(|k| k.doc == s.doc))
        .collect();
    println!();
    println!("Second keyer against the corpus keys (the same matcher), beside the extractor on the same documents:");
    println!();
    println!("rows of | documents | first key's rows | found | recall | 90 % interval | written | agree | precision | 90 % interval");
    println!("---|---|---|---|---|---|---|---|---|---");
    for (who, scores) in [("second keyer", &keyer), ("extractor", &machine)] {
        let mut t = corpus_score::Totals::default();
        scores.iter().for_each(|s| t.add(s));
        let refs: Vec<&corpus_score::DocScore> = scores.iter().collect();
        let ((rl, rh), (pl, ph)) = corpus_score::interval(&refs);
        println!(
            "{who} | {} | {} | {} | {:.1}% | {:.1}–{:.1}% | {} | {} | {:.1}% | {:.1}–{:.1}%",
            t.docs,
            t.key_rows,
            t.found,
            100.0 * t.recall(),
            100.0 * rl,
            100.0 * rh,
            t.data_rows,
            t.data_matched,
            100.0 * t.precision(),
            100.0 * pl,
            100.0 * ph
        );
    }
    Ok(())
}
