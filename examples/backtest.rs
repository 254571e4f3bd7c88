//! Hold out the last years of each series and score every model: which curve would have
//! predicted the recent past, and do its intervals cover what happened?
//!
//! ```text
//! cargo run --release --example backtest               # synthetic panels of known truth + the seed references
//! cargo run --release --example backtest -- --holdout 2 --level 0.9
//! ```
//! Options: `--holdout K` (3), `--level P` (0.8), `--series N` per family (300), `--ci`.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/panel_backtest.rs"]
mod panel_backtest;
use panel_backtest::panel_scores;

use std::process::ExitCode;

use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::{backtest, Bounds, Level, Series};

/// Backtest distances in years (the same ten `assess_panel` calibrates over).
const HORIZON: usize = 10;

fn main() -> ExitCode {
    cli::main_with(run)
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let (mut holdout, mut level, mut n) = (3usize, 0.8f64, 300usize);
    let mut ci = false;
    let mut part_test = true;
    let mut p = lexopt::Parser::from_env();
    let e = |x: lexopt::Error| x.to_string();
    while let Some(arg) = p.next().map_err(e)? {
        match arg {
            Long("holdout") => holdout = cli::value(&mut p, "holdout")?,
            Long("level") => level = cli::value(&mut p, "level")?,
            Long("series") => n = cli::value(&mut p, "series")?,
            Long("tuning") => part_test = false,
            Long("fit-pool") => return fit_pool(),
            Long("ci") => {
                n = 100;
                ci = true;
            }
            Short('h') | Long("help") => {
                println!(
                    "usage: backtest [--holdout K] [--level P] [--series N] [--tuning] [--ci]"
                );
                return Ok(());
            }
            other => return Err(format!("{} (see --help)", other.unexpected())),
        }
    }
    let level = Level::try_new(level).map_err(|x| format!("--level: {x}"))?;
    if holdout == 0 || holdout > 8 {
        return Err("--holdout must be between 1 and 8".into());
    }
    let models = [
        Model::Auto,
        Model::Linear,
        Model::Exponential,
        Model::Logistic {
            lower: 0.0,
            upper: 100.0,
        },
        Model::FreeLogistic,
        Model::Gompertz,
    ];
    println!(
        "{:<18} {:<14} {:>7} {:>7} {:>8} {:>9}",
        "panel", "model", "series", "points", "MAPE %", "coverage"
    );
    let len = 10 + holdout;
    for &family in Family::ALL {
        let values = synthetic::trajectories(family, n, len, 7);
        let years: Vec<i32> = (2010..2010 + len as i32).collect();
        let series: Vec<Series> = values
            .chunks(len)
            .map(|r| Series::try_new(years.clone(), r.to_vec()).expect("valid"))
            .collect();
        print_rows(
            family.name(),
            &backtest(&series, &models, family.bounds(), holdout, level),
        );
    }
    // The seed panel's reference series long enough to hold out one year.
    let panel = plancast::seeds::panel().map_err(|e| e.to_string())?;
    let mut by_bounds: Vec<(Bounds, Vec<Series>)> = Vec::new();
    for (r, i) in panel.series_keys() {
        let s = panel.series(r, i).expect("key");
        if s.len() >= 4 {
            let b = panel.indicator(i).expect("known").bounds;
            match by_bounds.iter_mut().find(|x| x.0 == b) {
                Some(x) => x.1.push(s),
                None => by_bounds.push((b, vec![s])),
            }
        }
    }
    for (b, series) in by_bounds {
        let label = if b.both().is_some() {
            "seed refs (shares)"
        } else {
            "seed refs"
        };
        print_rows(label, &backtest(&series, &models[..3], b, 1, level));
    }
    println!("coverage: share of held-out values inside the {:.0} % interval (calibrated where the panel allows)", 100.0 * level.get());
    real_panels(ci, part_test)
}

/// Fits the rule pooling a share's own forecast with its class (`plancast::ClassPool`) on the
/// tuning part of the shipped real panels (`support/pool_fit.rs`) and prints it beside the
/// shipped default.
fn fit_pool() -> Result<(), String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/panels");
    let mut all = Vec::new();
    for folder in panel_backtest::pool_fit::PANELS {
        let rp = panel_backtest::load(&root.join(folder))?;
        let ro = panel_backtest::RunOptions {
            step: 1,
            pit: true,
            opts: Some(
                plancast::AssessOptions::default().with_class_pool(plancast::ClassPool::equal()),
            ),
        };
        let cases = panel_backtest::run(&rp, &panel_backtest::origins(&rp, 1), 10, &ro);
        let pooled = panel_backtest::pool_fit::pool_cases(&cases);
        match panel_backtest::pool_fit::fit(&pooled) {
            Some(f) => println!("{folder}: {f:?}"),
            None => println!("{folder}: {} pooled tuning cases", pooled.len()),
        }
        all.extend(pooled);
    }
    let f = panel_backtest::pool_fit::fit(&all).ok_or("no pooled tuning cases")?;
    println!("all panels: {f:?}");
    let d = plancast::ClassPool::default();
    println!(
        "shipped default: w {:.2}, (a, b) at 1, 4, 8 years: {:?} {:?} {:?}",
        d.own_weight(),
        d.recalibration(1),
        d.recalibration(4),
        d.recalibration(8)
    );
    Ok(())
}

/// The default assessment on the real panels shipped in `examples/data/panels/`, against a
/// random walk with drift (see `support/panel_backtest.rs`).
///
/// The tables are of the frozen split's test part (`split.csv`), or of its tuning part with
/// `--tuning` (where method choices are made: docs/methods.md, "The frozen split").
fn real_panels(ci: bool, test: bool) -> Result<(), String> {
    let part = if test { "test" } else { "tuning" };
    let summarise = |cases: &[panel_backtest::Case]| panel_scores::summarise_part(cases, test);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/panels");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.join("observations.csv").exists())
        .collect();
    dirs.sort();
    println!();
    println!("Real panels ({part} part): rolling origins, targets at the panel's median pace, default options vs a random walk with drift; [90 % bootstrap intervals over regions]");
    panel_scores::header();
    for dir in dirs {
        let rp = panel_backtest::load(&dir)?;
        let origins = panel_backtest::origins(&rp, if ci { 4 } else { 1 });
        // How the whole panel teaches trends to continue (as `assess_panel` calibrates it).
        for ind in rp.panel.indicators() {
            let series: Vec<Series> = rp
                .panel
                .series_keys()
                .filter(|(_, i)| *i == ind.id)
                .filter_map(|(r, i)| rp.panel.series(r, i))
                .filter(|s| s.len() >= 3)
                .collect();
            let longest = series.iter().map(Series::len).max().unwrap_or(0);
            // As `assess_panel` calibrates.
            let cal = plancast::Calibration::backtest(
                &series,
                Model::Auto,
                ind.bounds,
                longest.saturating_sub(HORIZON).max(2),
                HORIZON,
            );
            let (lower, upper) = ind.bounds.both().unwrap_or((0.0, 1.0));
            let show = |t| format!("β {:.2} ω {}", cal.persistence(t), cal.blend(t));
            println!(
                "  {} {}: trend continued (β: share kept, ω: weight of the drift) {} (logit), {} (values)",
                rp.name,
                ind.id,
                show(plancast::model::Transform::Logit { lower, upper }),
                show(plancast::model::Transform::Identity)
            );
        }
        let annual = panel_backtest::RunOptions {
            step: 1,
            ..Default::default()
        };
        let cases = panel_backtest::run(&rp, &origins, 10, &annual);
        panel_scores::print(&rp.name, &summarise(&cases));
        if !ci {
            let thinned = panel_backtest::RunOptions {
                step: 5,
                ..Default::default()
            };
            let cases = panel_backtest::run(&rp, &origins, 10, &thinned);
            panel_scores::print(&format!("{} (5-yearly)", rp.name), &summarise(&cases));
        }
    }
    println!();
    println!(
        "Borrowed growth: each region cut to one observation, its path borrowed from the aggregate"
    );
    panel_scores::header();
    for (folder, aggregate) in [
        ("wdi_internet_users_nov2024", "wld"),
        ("eurostat_isoc_internet", "eu27_2020"),
    ] {
        let rp = panel_backtest::load_keeping(&root.join(folder), &[aggregate])?;
        let every = if ci { 4 } else { 1 };
        let origins: Vec<i32> = (2005..2022).step_by(every).collect();
        let cases = panel_backtest::run_borrowed(&rp, aggregate, &origins, 10);
        panel_scores::print(&format!("{folder} (from {aggregate})"), &summarise(&cases));
        let est = panel_backtest::spread_estimate_where(&rp, aggregate, None, |r| !rp.is_test(r));
        let sd: Vec<String> = est
            .iter()
            .filter(|e| [1, 5, 10].contains(&e.0))
            .map(|(h, n, s)| format!("h {h}: {s:.3} ({n} pairs)"))
            .collect();
        println!(
            "  spread of the tuning part's regions around {aggregate} (logit sd, all years): {}; fitted σ·h^b: {:?}",
            sd.join(", "),
            panel_backtest::spread_as_of(&rp, aggregate, None)
        );
    }
    println!();
    println!(
        "Reference class: the test part's regions cut to one observation, judged by the tuning part's"
    );
    println!("growth (every indicator of the panel, same kind), their aggregate hidden");
    panel_scores::header();
    for (folder, aggregate) in [
        ("wdi_internet_users_nov2024", Some("wld")),
        ("eurostat_isoc_internet", Some("eu27_2020")),
        ("eurostat_eu27_digital", None),
        ("eurostat_nuts_daily_internet", None),
    ] {
        let keep: Vec<&str> = aggregate.into_iter().collect();
        let rp = panel_backtest::load_keeping(&root.join(folder), &keep)?;
        let every = if ci { 4 } else { 1 };
        let origins: Vec<i32> = (2005..2022).step_by(every).collect();
        let cases = panel_backtest::run_class(&rp, aggregate, &origins, 10);
        panel_scores::print(&format!("{folder} (class)"), &summarise(&cases));
    }
    let s = plancast::RegionalSpread::default();
    println!(
        "  shipped default (the two panels' mean): h 1: {:.3}, h 5: {:.3}, h 10: {:.3}",
        s.sd(1.0),
        s.sd(5.0),
        s.sd(10.0)
    );
    println!("h: years ahead; calib: rows with calibrated intervals; cov80: share inside the default 80 % interval (covRW: the random walk's);");
    println!("Brier of P(target met) for the default, the random walk and the base rate; MAPE % of the point forecasts.");
    Ok(())
}

fn print_rows(panel: &str, rows: &[plancast::BacktestScore]) {
    for r in rows {
        let name = match r.model {
            Model::Auto => "auto",
            Model::Linear => "linear",
            Model::Exponential => "exponential",
            Model::Logistic { .. } => "logistic",
            Model::FreeLogistic => "free_logistic",
            Model::Gompertz => "gompertz",
            _ => "other",
        };
        let f = |x: Option<f64>, k: f64| x.map_or("—".to_owned(), |v| format!("{:.1}", v * k));
        println!(
            "{:<18} {:<14} {:>7} {:>7} {:>8} {:>9}",
            panel,
            name,
            r.series,
            r.points,
            f(r.mape, 1.0),
            f(r.coverage, 100.0)
        );
    }
}
