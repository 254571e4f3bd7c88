//! Scores plancast's series-based P(met) against what happened to the targets of 2021–2025 plans
//! (`seeds/outcomes/targets_2021_2025.csv`, read its README first).
//!
//! ```text
//! cargo run --release --example plan_outcomes            # the tables of README "Against what happened"
//! cargo run --release --example plan_outcomes -- --ci    # fewer bootstrap draws
//! ```
//!
//! Every resolved target (met = yes / no) becomes one region-indicator series of its own: its
//! plan's baseline value, and for a national target whose indicator has a national path
//! (`seeds/outcomes/national_paths.csv`, matched by name) that path. Each is judged
//! * **ex ante**: as of its base year (a five-year plan's 2020; otherwise the year before the
//!   target year), with [`plancast::Panel::as_of`], so no later value is read;
//! * **mid-term**: as of every later year before the target year (never the target year).
//!
//! A single baseline with no path is judged by its reference class (the embedded class series,
//! as `feasibility --seed-classes`). For the rows that get a probability ("answered") it prints
//! the Brier and log scores against two baselines — the met rate of the *other* plans' resolved
//! targets (leave-one-plan-out: the base rate known without the row's own plan) and "always
//! met" — with 90 % cluster-bootstrap intervals (clusters: plans and indicators, connected; a
//! plan's targets, and one series at several thresholds or as-of years, are not independent
//! cases), the CORP reliability table with 90 % consistency bands and the Brier score's
//! decomposition (Dimitriadis, Gneiting & Jordan 2021), and a sensitivity run that counts
//! unresolved targets as missed.

#[path = "support/cli.rs"]
mod cli;

use std::collections::BTreeMap;
use std::process::ExitCode;

use plancast::{
    AssessOptions, Bounds, Comparator, Direction, Indicator, Observation, Panel, PanelData, Region,
    Target, TargetValue,
};
use rand::{Rng, SeedableRng};

fn main() -> ExitCode {
    cli::main_with(run)
}

/// One target of the outcome set.
#[derive(Debug, Clone)]
struct Row {
    plan: String,
    level: String,
    indicator: String,
    unit: String,
    comparator: Comparator,
    baseline: Option<(i32, f64)>,
    target_year: i32,
    target: f64,
    /// Some(true) met, Some(false) missed, None unresolved.
    met: Option<bool>,
    five_year: bool,
}

/// One probability forecast of a resolved or unresolved target, as of a year.
#[derive(Debug, Clone)]
struct Case {
    plan: String,
    p: f64,
    met: Option<bool>,
    indicator: String,
    target_year: i32,
    as_of: i32,
}

fn read_rows(path: &str) -> Result<Vec<Row>, String> {
    let mut r = csv::Reader::from_path(path).map_err(|e| format!("{path}: {e}"))?;
    let h = r.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| {
        h.iter()
            .position(|x| x == name)
            .ok_or(format!("{path}: no column {name}"))
    };
    let c = [
        "plan_title",
        "level",
        "indicator_zh",
        "unit",
        "comparator",
        "baseline_year",
        "baseline_value",
        "target_year",
        "target_value",
        "met",
    ]
    .map(col);
    let c: Vec<usize> = c.into_iter().collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (k, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("{path}: {e}"))?;
        let f = |i: usize| rec.get(c[i]).unwrap_or("").trim();
        let comparator = match f(4) {
            "ge" => Comparator::Ge,
            "gt" => Comparator::Gt,
            "le" => Comparator::Le,
            "lt" => Comparator::Lt,
            "eq" | "approx" => Comparator::Eq,
            other => return Err(format!("{path}:{}: comparator {other:?}", k + 2)),
        };
        let (Ok(target_year), Ok(target)) = (f(7).parse::<i32>(), f(8).parse::<f64>()) else {
            continue; // a verdict without a target value (noted in the data): not a forecast case
        };
        let baseline = match (f(5).parse::<i32>(), f(6).parse::<f64>()) {
            (Ok(y), Ok(v)) => Some((y, v)),
            _ => None,
        };
        let met = match f(9) {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        out.push(Row {
            plan: f(0).to_owned(),
            level: f(1).to_owned(),
            indicator: f(2).to_owned(),
            unit: f(3).to_owned(),
            comparator,
            baseline,
            target_year,
            target,
            met,
            five_year: f(0).contains("十四五")
                || f(0).contains("2021—2025")
                || f(0).contains("2021-2025"),
        });
    }
    Ok(out)
}

/// National paths by indicator name: (year, value) in year order.
fn read_paths(path: &str) -> Result<BTreeMap<String, Vec<(i32, f64)>>, String> {
    let mut r = csv::Reader::from_path(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out: BTreeMap<String, BTreeMap<i32, f64>> = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| format!("{path}: {e}"))?;
        let (Some(name), Some(y), Some(v)) = (rec.get(0), rec.get(3), rec.get(4)) else {
            continue;
        };
        if let (Ok(y), Ok(v)) = (y.parse::<i32>(), v.parse::<f64>()) {
            out.entry(name.to_owned())
                .or_default()
                .entry(y)
                .or_insert(v);
        }
    }
    Ok(out
        .into_iter()
        .map(|(k, m)| (k, m.into_iter().collect()))
        .collect())
}

/// The national path of a national row: the path of the same name, or one whose name the
/// row's indicator starts with (`千兆宽带用户数(1000Mbps及以上…)` → `千兆宽带用户数`); never across
/// units.
fn path_for<'a>(
    row: &Row,
    paths: &'a BTreeMap<String, Vec<(i32, f64)>>,
    units: &BTreeMap<String, String>,
) -> Option<&'a Vec<(i32, f64)>> {
    if row.level != "nation" {
        return None;
    }
    paths
        .iter()
        .filter(|(name, _)| units.get(*name).is_some_and(|u| *u == row.unit))
        .find(|(name, _)| row.indicator == **name || row.indicator.starts_with(name.as_str()))
        .map(|(_, p)| p)
}

fn read_units(path: &str) -> Result<BTreeMap<String, String>, String> {
    let mut r = csv::Reader::from_path(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| format!("{path}: {e}"))?;
        if let (Some(n), Some(u)) = (rec.get(0), rec.get(2)) {
            out.insert(n.to_owned(), u.to_owned());
        }
    }
    Ok(out)
}

/// The indicator of a row: a share (bounds 0–100) when its unit is % and its name is a rate or
/// share, not a growth rate; better direction from the comparator.
fn indicator_of(id: &str, row: &Row) -> Result<Indicator, String> {
    let mut ind = Indicator::try_new(id).map_err(|e| e.to_string())?;
    ind.name_zh = row.indicator.clone();
    ind.unit = row.unit.clone();
    let growth = ["增长", "增速", "涨幅", "降低", "下降", "提高", "年均"]
        .iter()
        .any(|w| row.indicator.contains(w) || row.unit.contains(w));
    let share = row.unit == "%" && !growth;
    if share {
        ind.bounds = Bounds::try_new(Some(0.0), Some(100.0)).map_err(|e| e.to_string())?;
    }
    ind.direction = match row.comparator {
        Comparator::Le | Comparator::Lt => Direction::Down,
        _ => Direction::Up,
    };
    Ok(ind)
}

/// P(met) of every row that has one, each as of the year `as_of(row)` gives (rows for which it
/// gives `None` are skipped).
fn forecasts(
    rows: &[Row],
    paths: &BTreeMap<String, Vec<(i32, f64)>>,
    units: &BTreeMap<String, String>,
    as_of: &dyn Fn(&Row) -> Vec<i32>,
) -> Result<(Vec<Case>, usize), String> {
    let mut data = PanelData::default();
    let mut when: Vec<(usize, i32)> = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        let region = format!("t{k}");
        let id = format!("i{k}");
        data.regions
            .push(Region::try_new(&region).map_err(|e| e.to_string())?);
        data.indicators.push(indicator_of(&id, row)?);
        let mut obs: BTreeMap<i32, f64> = BTreeMap::new();
        if let Some(p) = path_for(row, paths, units) {
            obs.extend(p.iter().copied());
        }
        if let Some((y, v)) = row.baseline {
            obs.entry(y).or_insert(v);
        }
        for (y, v) in obs {
            data.observations.push(Observation::new(&region, &id, y, v));
        }
        data.targets.push(Target::new(
            &region,
            &id,
            row.target_year,
            row.comparator,
            TargetValue::Numeric(row.target),
        ));
        for y in as_of(row) {
            when.push((k, y));
        }
    }
    let full = Panel::try_new(data).map_err(|e| e.to_string())?;
    let full = plancast::seeds::with_class_series(&full).map_err(|e| e.to_string())?;
    let opts = AssessOptions::default();
    // One assessment per as-of year, each reading only what was known then.
    let mut years: Vec<i32> = when.iter().map(|w| w.1).collect();
    years.sort_unstable();
    years.dedup();
    let mut out = Vec::new();
    for year in years {
        let report = plancast::assess_panel_as_of(&full, &opts, year);
        let by_region: BTreeMap<&str, &plancast::Assessment> =
            report.rows.iter().map(|r| (r.region.as_str(), r)).collect();
        for &(k, _) in when.iter().filter(|w| w.1 == year) {
            let key = format!("t{k}");
            if let Some(p) = by_region.get(key.as_str()).and_then(|r| r.probability) {
                out.push(Case {
                    plan: rows[k].plan.clone(),
                    p,
                    met: rows[k].met,
                    indicator: rows[k].indicator.clone(),
                    target_year: rows[k].target_year,
                    as_of: year,
                });
            }
        }
    }
    Ok((out, when.len()))
}

/// Brier and log scores of `cases` (resolved only), and of the leave-one-plan-out base rate
/// and "always met" on the same cases.
#[derive(Debug, Clone, Copy)]
struct Scores {
    n: usize,
    brier: f64,
    log: f64,
    base: f64,
    always: f64,
    met_rate: f64,
}

fn scores(cases: &[&Case], base_rate: &dyn Fn(&str) -> f64) -> Scores {
    let resolved: Vec<(&&Case, f64)> = cases
        .iter()
        .filter_map(|c| c.met.map(|m| (c, f64::from(u8::from(m)))))
        .collect();
    let n = resolved.len();
    let mean = |f: &dyn Fn(&Case, f64) -> f64| {
        resolved.iter().map(|(c, y)| f(c, *y)).sum::<f64>() / n.max(1) as f64
    };
    let clip = |p: f64| p.clamp(0.01, 0.99);
    Scores {
        n,
        brier: mean(&|c, y| (c.p - y).powi(2)),
        log: mean(&|c, y| -(if y > 0.5 { clip(c.p) } else { 1.0 - clip(c.p) }).ln()),
        base: mean(&|c, y| (base_rate(&c.plan) - y).powi(2)),
        always: mean(&|_, y| (1.0 - y).powi(2)),
        met_rate: mean(&|_, y| y),
    }
}

/// Clusters of cases that are not independent: two cases share a cluster when they share a plan
/// or an indicator (one series at several thresholds or as-of years, one plan's targets) —
/// the connected components of the plan–indicator graph.
fn clusters<'a>(cases: &[&'a Case]) -> Vec<Vec<&'a Case>> {
    fn find(parent: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while parent[r] != r {
            r = parent[r];
        }
        let mut y = x;
        while parent[y] != r {
            let next = parent[y];
            parent[y] = r;
            y = next;
        }
        r
    }
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    let id = |k: String, ids: &mut BTreeMap<String, usize>| {
        let n = ids.len();
        *ids.entry(k).or_insert(n)
    };
    let keys: Vec<(usize, usize)> = cases
        .iter()
        .map(|c| {
            (
                id(format!("plan:{}", c.plan), &mut ids),
                id(format!("indicator:{}", c.indicator), &mut ids),
            )
        })
        .collect();
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    for &(a, b) in &keys {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut out: BTreeMap<usize, Vec<&Case>> = BTreeMap::new();
    for (c, &(a, _)) in cases.iter().zip(&keys) {
        out.entry(find(&mut parent, a)).or_default().push(c);
    }
    out.into_values().collect()
}

/// 90 % cluster-bootstrap intervals ([`clusters`] resampled with replacement) of the Brier
/// score, the base rate's, and their difference; and the number of clusters.
fn bootstrap(
    cases: &[&Case],
    base_rate: &dyn Fn(&str) -> f64,
    draws: usize,
) -> ([(f64, f64); 3], usize) {
    let resolved: Vec<&Case> = cases.iter().copied().filter(|c| c.met.is_some()).collect();
    let groups = clusters(&resolved);
    let plans: Vec<&Vec<&Case>> = groups.iter().collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let (mut b, mut r, mut d) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..draws {
        let mut sample: Vec<&Case> = Vec::new();
        for _ in 0..plans.len() {
            sample.extend(plans[rng.gen_range(0..plans.len())].iter().copied());
        }
        let s = scores(&sample, base_rate);
        b.push(s.brier);
        r.push(s.base);
        d.push(s.brier - s.base);
    }
    let q = [b, r, d].map(|mut v| {
        v.sort_by(f64::total_cmp);
        let q = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        (q(0.05), q(0.95))
    });
    (q, plans.len())
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
fn reliability(cases: &[&Case], draws: usize) -> Vec<String> {
    let mut pts: Vec<(f64, f64)> = cases
        .iter()
        .filter_map(|c| c.met.map(|m| (c.p, f64::from(u8::from(m)))))
        .collect();
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
    let ci = std::env::args().any(|a| a == "--ci");
    if std::env::args().any(|a| a == "-h" || a == "--help") {
        println!("usage: plan_outcomes [--ci]  (run from the repository root)");
        return Ok(());
    }
    let draws = if ci { 200 } else { 2000 };
    let rows = read_rows("seeds/outcomes/targets_2021_2025.csv")?;
    let paths = read_paths("seeds/outcomes/national_paths.csv")?;
    let units = read_units("seeds/outcomes/national_paths.csv")?;
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
    // The base rate known without a row's own plan: the met rate of every other plan's
    // resolved targets.
    let mut by_plan: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for r in &resolved {
        let e = by_plan.entry(r.plan.as_str()).or_default();
        e.0 += usize::from(r.met == Some(true));
        e.1 += 1;
    }
    let base_rate = |plan: &str| {
        let (m, n) = by_plan.get(plan).copied().unwrap_or((0, 0));
        (met - m) as f64 / (resolved.len() - n).max(1) as f64
    };
    let ex_ante_year = |r: &Row| -> i32 {
        match r.baseline {
            Some((y, _)) if y < r.target_year => y,
            _ if r.five_year => 2020.min(r.target_year - 1),
            _ => r.target_year - 1,
        }
    };
    let ex_ante = |r: &Row| vec![ex_ante_year(r)];
    let mid_term = |r: &Row| ((ex_ante_year(r) + 1)..r.target_year).collect::<Vec<i32>>();
    let mut readme = Vec::new();
    for (name, when) in [
        ("ex ante", &ex_ante as &dyn Fn(&Row) -> Vec<i32>),
        ("mid-term", &mid_term),
    ] {
        let (cases, asked) = forecasts(&rows, &paths, &units, when)?;
        let answered: Vec<&Case> = cases.iter().collect();
        let s = scores(&answered, &base_rate);
        let ([bi, ri, di], groups) = bootstrap(&answered, &base_rate, draws);
        let resolved_asked = rows
            .iter()
            .filter(|r| r.met.is_some())
            .map(|r| when(r).len())
            .sum::<usize>();
        println!(
            "\n{name}: {} of {asked} forecasts answered ({} of {resolved_asked} resolved)",
            cases.len(),
            s.n
        );
        println!("| score | P(met) of plancast | base rate (other plans) | always met |");
        println!("|---|---|---|---|");
        println!(
            "| Brier | {:.3} [{:.3}, {:.3}] | {:.3} [{:.3}, {:.3}] | {:.3} |",
            s.brier, bi.0, bi.1, s.base, ri.0, ri.1, s.always
        );
        println!("| log score | {:.3} | | |", s.log);
        println!(
            "| Brier − base rate's | {:+.3} [{:+.3}, {:+.3}] | | |",
            s.brier - s.base,
            di.0,
            di.1
        );
        println!(
            "met rate of the answered resolved cases: {:.2}; {groups} clusters (plans and indicators, connected)",
            s.met_rate
        );
        println!("\nCORP reliability ({name}; at P deciles 1, 3, 5, 7, 9; 90 % consistency band):");
        println!("| P(met) | recalibrated | consistency band |");
        println!("|---|---|---|");
        for line in reliability(&answered, draws) {
            println!("{line}");
        }
        // Sensitivity: unresolved targets counted as missed.
        let pessimistic: Vec<Case> = cases
            .iter()
            .map(|c| Case {
                met: Some(c.met.unwrap_or(false)),
                ..c.clone()
            })
            .collect();
        let pr: Vec<&Case> = pessimistic.iter().collect();
        let sp = scores(&pr, &base_rate);
        println!(
            "sensitivity, unresolved counted as missed: n = {}, Brier {:.3}, base rate's {:.3}, always met {:.3}",
            sp.n, sp.brier, sp.base, sp.always
        );
        // The worst misses: confident and wrong.
        let mut worst: Vec<&Case> = answered
            .iter()
            .copied()
            .filter(|c| c.met.is_some())
            .collect();
        worst.sort_by(|a, b| {
            let e = |c: &Case| (c.p - f64::from(u8::from(c.met == Some(true)))).abs();
            e(b).total_cmp(&e(a))
        });
        println!("\nworst misses ({name}):");
        for c in worst.iter().take(5) {
            println!(
                "- {} ({}), as of {}: P = {:.2}, {}",
                c.indicator,
                c.target_year,
                c.as_of,
                c.p,
                if c.met == Some(true) { "met" } else { "missed" }
            );
        }
        readme.push((name, s));
    }
    Ok(())
}
