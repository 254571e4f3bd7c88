//! Scores P(met) against what happened to the targets of 2021–2025 plans
//! (`seeds/outcomes/targets_2021_2025.csv`, read its README first): the series-based P, the
//! track record's outside view, and their combination.
//!
//! ```text
//! cargo run --release --example plan_outcomes            # the tables of README "Against what happened"
//! cargo run --release --example plan_outcomes -- --ci    # fewer bootstrap draws
//! cargo run --release --example plan_outcomes -- --refit # rewrites src/outside/coefficients.rs
//! ```
//!
//! Every resolved target (met = yes / no) with a target value becomes one region-indicator
//! series of its own: its plan's baseline value, and for a national target whose indicator has a
//! national path (`seeds/outcomes/national_paths.csv`, matched by name) that path. Each is judged
//! * **ex ante**: as of its base year (a five-year plan's 2020; otherwise the year before the
//!   target year), with [`plancast::Panel::as_of`], so no later value is read;
//! * **mid-term**: as of every later year before the target year (never the target year).
//!
//! The series-based P is plancast's trajectory (or reference class) P. The outside view
//! ([`plancast::RecordModel`]) and the combination are scored out of fold: grouped 10-fold
//! cross-validation, groups the connected components of plans and series (region, indicator),
//! and leave-one-kind-out. Against the training folds' met rate and "always met", with 90 %
//! cluster-bootstrap intervals (the same components resampled), the calibration intercept and
//! slope, the CORP reliability table with 90 % consistency bands (Dimitriadis, Gneiting &
//! Jordan 2021), and a sensitivity run that counts unresolved targets as missed.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/outcomes.rs"]
mod outcomes;

use std::collections::BTreeMap;
use std::process::ExitCode;

use outcomes::{Pred, Row};
use rand::{Rng, SeedableRng};

fn main() -> ExitCode {
    cli::main_with(run)
}

/// One forecaster of the table: its name and its P of a case (`None`: no answer).
type Forecaster = (&'static str, fn(&Pred) -> Option<f64>);

const FORECASTERS: [Forecaster; 6] = [
    ("base rate of the training folds", |p| Some(p.base)),
    ("always met", |_| Some(1.0)),
    ("outside view (track record)", |p| Some(p.outside)),
    ("series-based P alone", |p| p.series),
    ("combined (where a series P exists)", |p| p.combined),
    ("combined, else outside view", |p| {
        Some(p.combined.unwrap_or(p.outside))
    }),
];

fn y(p: &Pred) -> f64 {
    f64::from(u8::from(p.met))
}

/// Brier score, log score (P clipped to [0.01, 0.99]) and the base rate's Brier on the same
/// cases, over the cases the forecaster answers.
fn score(preds: &[&Pred], f: fn(&Pred) -> Option<f64>) -> Option<(usize, f64, f64, f64)> {
    let v: Vec<(f64, f64, f64)> = preds
        .iter()
        .filter_map(|c| f(c).map(|q| (q, y(c), c.base)))
        .collect();
    if v.is_empty() {
        return None;
    }
    let n = v.len() as f64;
    let brier = v.iter().map(|(q, y, _)| (q - y).powi(2)).sum::<f64>() / n;
    let log = v
        .iter()
        .map(|(q, y, _)| {
            -(if *y > 0.5 {
                q.clamp(0.01, 0.99)
            } else {
                1.0 - q.clamp(0.01, 0.99)
            })
            .ln()
        })
        .sum::<f64>()
        / n;
    let base = v.iter().map(|(_, y, b)| (b - y).powi(2)).sum::<f64>() / n;
    Some((v.len(), brier, log, base))
}

/// 90 % cluster-bootstrap intervals of a forecaster's Brier score and of its difference from
/// the base rate's: the groups (connected plans and series) resampled with replacement.
fn bootstrap(
    preds: &[&Pred],
    groups: &[usize],
    f: fn(&Pred) -> Option<f64>,
    draws: usize,
) -> ((f64, f64), (f64, f64), usize) {
    let mut by: BTreeMap<usize, Vec<&Pred>> = BTreeMap::new();
    for p in preds.iter().filter(|p| f(p).is_some()) {
        by.entry(groups[p.row]).or_default().push(p);
    }
    let clusters: Vec<&Vec<&Pred>> = by.values().collect();
    if clusters.is_empty() {
        return ((f64::NAN, f64::NAN), (f64::NAN, f64::NAN), 0);
    }
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let (mut b, mut d) = (Vec::new(), Vec::new());
    for _ in 0..draws {
        let mut sample: Vec<&Pred> = Vec::new();
        for _ in 0..clusters.len() {
            sample.extend(clusters[rng.gen_range(0..clusters.len())].iter().copied());
        }
        if let Some((_, brier, _, base)) = score(&sample, f) {
            b.push(brier);
            d.push(brier - base);
        }
    }
    let q = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        (at(0.05), at(0.95))
    };
    (q(b), q(d), clusters.len())
}

fn table(name: &str, preds: &[&Pred], groups: &[usize], draws: usize) -> Vec<String> {
    let mut out = vec![
        format!("| {name} | n | Brier [90 %] | − base rate's [90 %] | log score | calibration intercept · slope |"),
        "|---|---|---|---|---|---|".to_owned(),
    ];
    for (label, f) in FORECASTERS {
        let Some((n, brier, log, base)) = score(preds, f) else {
            out.push(format!("| {label} | 0 | | | | |"));
            continue;
        };
        let (bi, di, _) = bootstrap(preds, groups, f, draws);
        let (p, m): (Vec<f64>, Vec<bool>) = preds
            .iter()
            .filter_map(|c| f(c).map(|q| (q, c.met)))
            .unzip();
        // A (nearly) constant forecast has no calibration slope.
        let spread = p.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            - p.iter().copied().fold(f64::INFINITY, f64::min);
        let cal = plancast::calibration_line(&p, &m)
            .filter(|_| spread > 0.05)
            .map(|(a, b)| format!("{a:+.2} · {b:.2}"))
            .unwrap_or_else(|| "—".into());
        out.push(format!(
            "| {label} | {n} | {brier:.3} [{:.3}, {:.3}] | {:+.3} [{:+.3}, {:+.3}] | {log:.3} | {cal} |",
            bi.0,
            bi.1,
            brier - base,
            di.0,
            di.1
        ));
    }
    out
}

/// Pool-adjacent-violators: the isotonic (non-decreasing) fit of `y` in the order given.
fn pav(y: &[f64]) -> Vec<f64> {
    let mut blocks: Vec<(f64, usize)> = Vec::new(); // (mean, size)
    for &v in y {
        blocks.push((v, 1));
        while blocks.len() > 1 && blocks[blocks.len() - 2].0 > blocks[blocks.len() - 1].0 {
            let (m2, n2) = blocks.pop().expect("two blocks");
            let (m1, n1) = blocks.pop().expect("two blocks");
            let n = n1 + n2;
            blocks.push(((m1 * n1 as f64 + m2 * n2 as f64) / n as f64, n));
        }
    }
    blocks
        .into_iter()
        .flat_map(|(m, n)| std::iter::repeat_n(m, n))
        .collect()
}

/// The CORP reliability table (Dimitriadis, Gneiting & Jordan, PNAS 118(8), 2021): the cases
/// sorted by P, the met indicator fitted isotonically in P (pool-adjacent-violators) — the
/// recalibrated probability — read at the P deciles 1, 3, 5, 7, 9, each with a 90 % consistency
/// band (the range the recalibrated value takes when the outcomes are drawn from P itself: a
/// calibrated forecaster), and CORP's decomposition Brier = MCB − DSC + UNC (miscalibration,
/// discrimination, uncertainty).
fn reliability(mut pts: Vec<(f64, f64)>, draws: usize) -> Vec<String> {
    if pts.is_empty() {
        return vec!["(no resolved case)".into()];
    }
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let p: Vec<f64> = pts.iter().map(|x| x.0).collect();
    let y: Vec<f64> = pts.iter().map(|x| x.1).collect();
    let fit = pav(&y);
    let n = p.len();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let sims: Vec<Vec<f64>> = (0..draws)
        .map(|_| {
            let ys: Vec<f64> = p
                .iter()
                .map(|&pi| f64::from(u8::from(rng.gen::<f64>() < pi)))
                .collect();
            pav(&ys)
        })
        .collect();
    let mut out = Vec::new();
    let mut last = usize::MAX;
    for q in [0.1, 0.3, 0.5, 0.7, 0.9] {
        let k = ((n - 1) as f64 * q).round() as usize;
        if k == last {
            continue;
        }
        last = k;
        let mut band: Vec<f64> = sims.iter().map(|s| s[k]).collect();
        band.sort_by(f64::total_cmp);
        let b = |x: f64| band[((band.len() - 1) as f64 * x).round() as usize];
        out.push(format!(
            "| {:.2} | {:.2} | [{:.2}, {:.2}] |",
            p[k],
            fit[k],
            b(0.05),
            b(0.95)
        ));
    }
    let brier = |f: &[f64]| f.iter().zip(&y).map(|(a, b)| (a - b).powi(2)).sum::<f64>() / n as f64;
    let mean = y.iter().sum::<f64>() / n as f64;
    let (s, c, r) = (brier(&p), brier(&fit), brier(&vec![mean; n]));
    out.push(format!(
        "Brier {s:.3} = MCB {:.3} − DSC {:.3} + UNC {r:.3}",
        s - c,
        r - c
    ));
    out
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: plan_outcomes [--ci] [--refit]  (run from the repository root)");
        return Ok(());
    }
    let draws = if args.iter().any(|a| a == "--ci") {
        200
    } else {
        2000
    };
    let (rows, ante, mid) = outcomes::load()?;
    if args.iter().any(|a| a == "--refit") {
        let model = outcomes::refit(&rows, &ante, &mid)?;
        let path = "src/outside/coefficients.rs";
        std::fs::write(path, model.to_rust()).map_err(|e| format!("{path}: {e}"))?;
        println!(
            "wrote {path}: outside view on {} targets (λ = {}), combination on {} series cases (λ = {}), default P: {}",
            model.cases,
            model.penalty,
            model.combine_cases,
            model.combine_penalty,
            if model.prefer_combined { "combined" } else { "outside view" }
        );
        return Ok(());
    }
    let resolved: Vec<&Row> = rows.iter().filter(|r| r.met.is_some()).collect();
    let met = resolved.iter().filter(|r| r.met == Some(true)).count();
    println!(
        "outcome set: {} targets with a target value, {} resolved ({} met, {:.0} %), {} plans",
        rows.len(),
        resolved.len(),
        met,
        100.0 * met as f64 / resolved.len().max(1) as f64,
        rows.iter()
            .map(|r| r.plan.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
    inference(&rows);
    let groups = outcomes::groups(&rows);
    let (pa, pm) = outcomes::cross_validate(&rows, &groups, &ante, &mid, outcomes::FOLDS, &|k| {
        groups[k] % outcomes::FOLDS
    })?;
    let n_groups = resolved_groups(&rows, &groups);
    println!(
        "\ngrouped {}-fold cross-validation; {n_groups} groups (plans and series connected) among the resolved targets",
        outcomes::FOLDS
    );
    for (name, preds) in [("ex ante", &pa), ("mid-term", &pm)] {
        let all: Vec<&Pred> = preds.iter().collect();
        let with: Vec<&Pred> = preds.iter().filter(|p| p.series.is_some()).collect();
        println!(
            "\n{name}: {} forecasts of resolved targets, {} with a series-based P ({:.0} %); every one gets the outside view",
            all.len(),
            with.len(),
            100.0 * with.len() as f64 / all.len().max(1) as f64
        );
        for line in table(name, &all, &groups, draws) {
            println!("{line}");
        }
        println!("\n{name}, only the forecasts with a series-based P:");
        for line in table(name, &with, &groups, draws) {
            println!("{line}");
        }
        let pts: Vec<(f64, f64)> = all
            .iter()
            .map(|p| (p.combined.unwrap_or(p.outside), y(p)))
            .collect();
        println!("\nCORP reliability of the combined-else-outside P ({name}; at P deciles 1, 3, 5, 7, 9; 90 % consistency band):");
        println!("| P(met) | recalibrated | consistency band |");
        println!("|---|---|---|");
        for line in reliability(pts, draws) {
            println!("{line}");
        }
    }
    // Leave one kind out: the outside view for a kind it has never seen.
    let kinds: Vec<usize> = rows.iter().map(|r| outcomes::kind_of(r).index()).collect();
    let (la, _) = outcomes::cross_validate(&rows, &groups, &ante, &mid, 7, &|k| kinds[k])?;
    let lo: Vec<&Pred> = la.iter().collect();
    println!("\nleave-one-kind-out, ex ante:");
    for line in table("ex ante, kind held out", &lo, &groups, draws) {
        println!("{line}");
    }
    println!("\nby kind (ex ante, grouped CV): n · met rate · outside view's mean P · its Brier · base rate's Brier");
    for kind in plancast::IndicatorKind::ALL {
        let v: Vec<&Pred> = pa.iter().filter(|p| kinds[p.row] == kind.index()).collect();
        if let Some((n, b, _, base)) = score(&v, |p| Some(p.outside)) {
            let rate = v.iter().map(|p| y(p)).sum::<f64>() / n as f64;
            let mean = v.iter().map(|p| p.outside).sum::<f64>() / n as f64;
            println!(
                "- {}: {n} · {rate:.2} · {mean:.2} · {b:.3} · {base:.3}",
                kind.name()
            );
        }
    }
    println!("\nnamed national rows, ex ante (out of fold):");
    for (label, name) in [
        ("5G share", "5G用户普及率"),
        ("gigabit users", "千兆宽带用户数"),
        ("online retail", "全国网上零售额"),
    ] {
        for p in pa
            .iter()
            .filter(|p| rows[p.row].level == "nation" && rows[p.row].indicator.starts_with(name))
        {
            let f = |x: Option<f64>| x.map_or("—".to_owned(), |v| format!("{v:.2}"));
            println!(
                "- {label} ({}, {}): series {}, outside view {:.2}, combined {} — {}",
                rows[p.row].indicator,
                rows[p.row].target_year,
                f(p.series),
                p.outside,
                f(p.combined),
                if p.met { "met" } else { "missed" }
            );
        }
    }
    sensitivity(&rows, &ante)?;
    let mut worst: Vec<&Pred> = pa.iter().collect();
    let e = |c: &Pred| (c.combined.unwrap_or(c.outside) - y(c)).abs();
    worst.sort_by(|a, b| e(b).total_cmp(&e(a)));
    println!("\nworst misses of the combined-else-outside P (ex ante):");
    for c in worst.iter().take(5) {
        let r = &rows[c.row];
        println!(
            "- {} {} ({}), as of {}: P = {:.2}, {}",
            r.region,
            r.indicator,
            r.target_year,
            c.as_of,
            c.combined.unwrap_or(c.outside),
            if c.met { "met" } else { "missed" }
        );
    }
    Ok(())
}

fn resolved_groups(rows: &[Row], groups: &[usize]) -> usize {
    (0..rows.len())
        .filter(|&k| rows[k].met.is_some())
        .map(|k| groups[k])
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// Level inference against the recorded level, on the held-out plans and on the others.
fn inference(rows: &[Row]) {
    for (name, held) in [("held-out plans", true), ("design plans", false)] {
        let v: Vec<&Row> = rows
            .iter()
            .filter(|r| outcomes::held_out(&r.plan) == held)
            .collect();
        let right = v
            .iter()
            .filter(|r| {
                outcomes::level_of(r).map(plancast::GovernmentLevel::name) == Some(r.level.as_str())
            })
            .count();
        println!(
            "level inferred from the region's name, {name}: {right} of {} right ({:.0} %)",
            v.len(),
            100.0 * right as f64 / v.len().max(1) as f64
        );
    }
}

/// Sensitivity: the unresolved targets counted as missed, forecast by the model fitted on all
/// resolved targets (their outcomes were never seen by it).
fn sensitivity(rows: &[Row], ante: &[outcomes::Case]) -> Result<(), String> {
    let g = outcomes::groups(rows);
    let series: Vec<&outcomes::Case> = ante.iter().collect();
    let model = outcomes::fit_on(rows, &g, &series, &|_| true)?;
    let unresolved: Vec<&Row> = rows.iter().filter(|r| r.met.is_none()).collect();
    let outside: f64 = unresolved
        .iter()
        .map(|r| {
            model
                .p_record(
                    outcomes::kind_of(r),
                    outcomes::level_of(r),
                    outcomes::type_of(r),
                )
                .powi(2)
        })
        .sum::<f64>()
        / unresolved.len().max(1) as f64;
    println!(
        "\nsensitivity: the {} unresolved targets counted as missed, outside view's Brier on them {outside:.3} (always met: 1.000)",
        unresolved.len()
    );
    Ok(())
}
