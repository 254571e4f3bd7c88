//! Generate a seeded synthetic panel and assess it, printing throughput and peak memory.
//!
//! ```text
//! cargo run --release --example synthetic_panel                      # 3,000 regions × 50 indicators
//! cargo run --release --example synthetic_panel -- --regions 500 --indicators 20 --threads 2
//! ```
//! Options: `--regions N` (3000), `--indicators M` (50), `--years L` (6), `--seed S` (1),
//! `--threads T` (all cores), `--ci` (a small panel). The generator is
//! `plancast::synthetic::panel`.
//!
//! `--series N` instead runs the columnar batch path (`SeriesBatch` + `assess_batch`, what the
//! `assess_panel` benchmark measures) on N series of `--years` points, a quarter from each
//! synthetic family, and reports its throughput and the process's peak memory.

#[path = "support/cli.rs"]
mod cli;

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    cli::main_with(run)
}

/// Peak resident memory (VmHWM) in MiB, from /proc/self/status; `None` off Linux.
fn peak_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let (mut regions, mut indicators, mut years, mut seed, mut threads) =
        (3000usize, 50usize, 6usize, 1u64, 0usize);
    let mut series: Option<usize> = None;
    let mut p = lexopt::Parser::from_env();
    let e = |x: lexopt::Error| x.to_string();
    while let Some(arg) = p.next().map_err(e)? {
        match arg {
            Long("regions") => regions = cli::value(&mut p, "regions")?,
            Long("indicators") => indicators = cli::value(&mut p, "indicators")?,
            Long("years") => years = cli::value(&mut p, "years")?,
            Long("seed") => seed = cli::value(&mut p, "seed")?,
            Long("threads") => threads = cli::value(&mut p, "threads")?,
            Long("series") => series = Some(cli::value(&mut p, "series")?),
            Long("ci") => (regions, indicators) = (200, 20),
            Short('h') | Long("help") => {
                println!("usage: synthetic_panel [--regions N] [--indicators M] [--years L] [--seed S] [--threads T] [--series N] [--ci]");
                return Ok(());
            }
            other => return Err(format!("{} (see --help)", other.unexpected())),
        }
    }
    if regions == 0 || indicators == 0 || !(2..=200).contains(&years) {
        return Err("need --regions ≥ 1, --indicators ≥ 1 and 2 ≤ --years ≤ 200".into());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| e.to_string())?;
    if let Some(n) = series {
        return run_batch(n.max(4), years, seed, &pool);
    }
    let t0 = Instant::now();
    let panel = plancast::synthetic::panel(regions, indicators, years, seed);
    let gen = t0.elapsed();
    let opts = plancast::AssessOptions::default();
    let t1 = Instant::now();
    let report = pool.install(|| plancast::assess_panel(&panel, &opts));
    let secs = t1.elapsed().as_secs_f64();
    let n = report.rows.len();
    println!("panel: {regions} regions × {indicators} indicators × {years} years = {n} series (generated in {:.2} s)", gen.as_secs_f64());
    println!("threads: {}", pool.current_num_threads());
    for (status, count) in report
        .rows
        .iter()
        .fold(std::collections::BTreeMap::new(), |mut m, r| {
            *m.entry(r.verdict.status().name()).or_insert(0usize) += 1;
            m
        })
    {
        println!("  {status:<15} {count:>9}");
    }
    println!("assessed in {secs:.3} s");
    println!("throughput: {:.0} series/s", n as f64 / secs);
    if let Some(mib) = peak_mib() {
        println!("peak memory: {mib:.1} MiB");
    }
    Ok(())
}

/// The columnar path on `n` series, a quarter per synthetic family.
fn run_batch(n: usize, years: usize, seed: u64, pool: &rayon::ThreadPool) -> Result<(), String> {
    use plancast::model::Model;
    use plancast::synthetic::{self, Family};
    use plancast::{BatchSpec, Calibration, Comparator, Level, Series, Thresholds, Uncertainty};
    let level = Level::try_new(0.8).map_err(|e| e.to_string())?;
    let mut total = 0usize;
    let (mut secs, mut cal_secs) = (0.0, 0.0);
    let mut statuses = std::collections::BTreeMap::new();
    // One output buffer for the stream of batches, as a long-running job would keep it.
    let mut rows = Vec::new();
    for (k, family) in Family::ALL.iter().copied().enumerate() {
        let count = n / 4 + usize::from(k < n % 4);
        let (batch, targets) = synthetic::batch(family, count, years, seed + k as u64);
        // Calibration from a 2,000-series sample: a one-off cost, reported apart.
        let sample: Vec<Series> = (0..count.min(2000))
            .map(|s| {
                Series::try_new(batch.years().to_vec(), batch.row(s).to_vec())
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<_, _>>()?;
        let tc = Instant::now();
        let cal =
            pool.install(|| Calibration::backtest(&sample, Model::Auto, family.bounds(), 3, 5));
        cal_secs += tc.elapsed().as_secs_f64();
        let spec = BatchSpec::new(2025, Comparator::Ge)
            .with_bounds(family.bounds())
            .with_model(Model::Auto)
            .with_baseline_year(None)
            .with_level(level)
            .with_thresholds(Thresholds::default())
            .with_uncertainty(Uncertainty::Calibrated(&cal));
        let t = Instant::now();
        pool.install(|| plancast::assess_batch_into(&batch, &targets, &spec, &mut rows))
            .map_err(|e| e.to_string())?;
        secs += t.elapsed().as_secs_f64();
        total += rows.len();
        for r in &rows {
            *statuses.entry(r.verdict.status().name()).or_insert(0usize) += 1;
        }
    }
    println!(
        "batch: {total} series × {years} years, 4 synthetic families, threads: {}",
        pool.current_num_threads()
    );
    for (status, count) in statuses {
        println!("  {status:<15} {count:>9}");
    }
    println!("assessed in {secs:.3} s");
    println!("throughput: {:.0} series/s", total as f64 / secs);
    println!(
        "calibration (backtest of a 2,000-series sample per family) {cal_secs:.3} s; with it: {:.0} series/s",
        total as f64 / (secs + cal_secs)
    );
    if let Some(mib) = peak_mib() {
        println!("peak memory: {mib:.1} MiB (values {:.1} MiB + report {:.1} MiB at most one family at a time)",
            (total * years * 8) as f64 / 4.0 / 1048576.0,
            (total * std::mem::size_of::<plancast::BatchRow>()) as f64 / 4.0 / 1048576.0);
    }
    Ok(())
}
