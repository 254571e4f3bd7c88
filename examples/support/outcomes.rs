//! The outcome set of `seeds/outcomes/` as forecast cases, and the track-record model's
//! cross-validation and refit — shared by `examples/plan_outcomes.rs` and `tests/record.rs`
//! (so the test refits exactly as the command does).
#![allow(dead_code)]

use std::collections::BTreeMap;

use plancast::{
    AssessOptions, Bounds, CombineCase, Comparator, Direction, GovernmentLevel, Indicator,
    IndicatorKind, Observation, Panel, PanelData, RecordCase, RecordModel, Region, Target,
    TargetKind, TargetValue,
};

/// One target of the outcome set.
#[derive(Debug, Clone)]
pub struct Row {
    pub plan: String,
    /// Region name (Chinese).
    pub region: String,
    /// Recorded level (nation / province / city / county).
    pub level: String,
    pub indicator_en: String,
    /// binding / expected / unknown.
    pub target_type: String,
    pub outcome_first: bool,
    pub indicator: String,
    pub unit: String,
    pub comparator: Comparator,
    pub baseline: Option<(i32, f64)>,
    pub target_year: i32,
    pub target: f64,
    /// Some(true) met, Some(false) missed, None unresolved.
    pub met: Option<bool>,
    pub five_year: bool,
}

/// One probability forecast of a resolved or unresolved target, as of a year.
#[derive(Debug, Clone)]
pub struct Case {
    /// Index of the row in the outcome set.
    pub row: usize,
    pub plan: String,
    pub p: f64,
    pub met: Option<bool>,
    pub indicator: String,
    pub target_year: i32,
    pub as_of: i32,
}

pub fn read_rows(path: &str) -> Result<Vec<Row>, String> {
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
        "region",
        "indicator_en",
        "target_type",
        "sampling",
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
            region: f(10).to_owned(),
            level: f(1).to_owned(),
            indicator_en: f(11).to_owned(),
            target_type: f(12).to_owned(),
            outcome_first: f(13) == "outcome-first",
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
pub fn read_paths(path: &str) -> Result<BTreeMap<String, Vec<(i32, f64)>>, String> {
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

pub fn read_units(path: &str) -> Result<BTreeMap<String, String>, String> {
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
pub fn forecasts(
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
            if let Some(p) = by_region.get(key.as_str()).and_then(|r| r.p_series) {
                out.push(Case {
                    row: k,
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

/// Kind of a row's indicator, inferred as the library infers it for user data.
pub fn kind_of(row: &Row) -> IndicatorKind {
    plancast::infer_kind(&row.indicator, &row.indicator_en, &row.unit)
}

/// Level of a row's region, inferred from the region's name (not the recorded level).
pub fn level_of(row: &Row) -> Option<GovernmentLevel> {
    plancast::infer_level(&row.region)
}

/// Target type of a row.
pub fn type_of(row: &Row) -> TargetKind {
    match row.target_type.as_str() {
        "binding" => TargetKind::Binding,
        "expected" => TargetKind::Expected,
        _ => TargetKind::Unstated,
    }
}

/// FNV-1a (64-bit) of a string's UTF-8 bytes.
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The plans held out from designing the kind and level rules (decided before the names were
/// read): FNV-1a of the plan title ≡ 0 mod 4.
pub fn held_out(plan: &str) -> bool {
    fnv1a(plan).is_multiple_of(4)
}

/// The year a row is judged ex ante: its baseline year before the target year, a five-year
/// plan's 2020, or the year before the target year.
pub fn ex_ante_year(r: &Row) -> i32 {
    match r.baseline {
        Some((y, _)) if y < r.target_year => y,
        _ if r.five_year => 2020.min(r.target_year - 1),
        _ => r.target_year - 1,
    }
}

/// The mid-term years of a row: after its ex-ante year, before its target year.
pub fn mid_term_years(r: &Row) -> Vec<i32> {
    ((ex_ante_year(r) + 1)..r.target_year).collect()
}

/// The cross-validation group of every row: connected components of plans and series
/// (region and indicator), so one plan's targets, and one series at several thresholds or
/// years, never sit on both sides of a fold.
pub fn groups(rows: &[Row]) -> Vec<usize> {
    fn find(parent: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while parent[r] != r {
            r = parent[r];
        }
        r
    }
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut id = |k: String| {
        let n = ids.len();
        *ids.entry(k).or_insert(n)
    };
    let keys: Vec<(usize, usize)> = rows
        .iter()
        .map(|r| {
            (
                id(format!("plan:{}", r.plan)),
                id(format!("series:{}|{}", r.region, r.indicator)),
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
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    keys.iter()
        .map(|&(a, _)| {
            let root = find(&mut parent, a);
            let n = number.len();
            *number.entry(root).or_insert(n)
        })
        .collect()
}

/// One out-of-fold forecast of a resolved target, as of a year.
#[derive(Debug, Clone, Copy)]
pub struct Pred {
    pub row: usize,
    pub as_of: i32,
    pub met: bool,
    /// The training folds' met rate.
    pub base: f64,
    /// The outside view.
    pub outside: f64,
    /// The series-based P, where there is one.
    pub series: Option<f64>,
    /// The combination, where there is a series-based P.
    pub combined: Option<f64>,
}

fn record_case(rows: &[Row], groups: &[usize], k: usize) -> RecordCase {
    let r = &rows[k];
    RecordCase::new(
        kind_of(r),
        level_of(r),
        type_of(r),
        r.outcome_first,
        r.met == Some(true),
        groups[k],
    )
}

/// Fits the model on the resolved rows for which `train(row)` holds, with the combination
/// fitted on their series cases (`series`, ex ante and mid-term).
pub fn fit_on(
    rows: &[Row],
    groups: &[usize],
    series: &[&Case],
    train: &dyn Fn(usize) -> bool,
) -> Result<RecordModel, String> {
    let cases: Vec<RecordCase> = (0..rows.len())
        .filter(|&k| rows[k].met.is_some() && train(k))
        .map(|k| record_case(rows, groups, k))
        .collect();
    let model = RecordModel::fit(&cases).map_err(|e| e.to_string())?;
    let combine: Vec<CombineCase> = series
        .iter()
        .filter(|c| c.met.is_some() && train(c.row))
        .map(|c| {
            let r = &rows[c.row];
            let pr = model.p_record(kind_of(r), level_of(r), type_of(r));
            CombineCase::new(c.p, pr, c.met == Some(true), groups[c.row])
        })
        .collect();
    model.with_combination(&combine).map_err(|e| e.to_string())
}

/// Out-of-fold forecasts: the resolved rows split by `fold(row)` into `folds` folds; for each,
/// the model fitted on the others forecasts its rows ex ante (as of [`ex_ante_year`]; `ante`
/// holds the series-based cases) and mid-term (every [`mid_term_years`] year; `mid`).
pub fn cross_validate(
    rows: &[Row],
    groups: &[usize],
    ante: &[Case],
    mid: &[Case],
    folds: usize,
    fold: &dyn Fn(usize) -> usize,
) -> Result<(Vec<Pred>, Vec<Pred>), String> {
    let series: Vec<&Case> = ante.iter().chain(mid).collect();
    let at = |cases: &[Case]| -> BTreeMap<(usize, i32), f64> {
        cases.iter().map(|c| ((c.row, c.as_of), c.p)).collect()
    };
    let (ante_p, mid_p) = (at(ante), at(mid));
    let (mut out_ante, mut out_mid) = (Vec::new(), Vec::new());
    for f in 0..folds {
        let test: Vec<usize> = (0..rows.len())
            .filter(|&k| rows[k].met.is_some() && fold(k) == f)
            .collect();
        if test.is_empty() {
            continue;
        }
        let train = |k: usize| fold(k) != f;
        let model = fit_on(rows, groups, &series, &train)?;
        let (m, n) = (0..rows.len())
            .filter(|&k| train(k))
            .filter_map(|k| rows[k].met)
            .fold((0usize, 0usize), |(m, n), x| (m + usize::from(x), n + 1));
        let base = m as f64 / n.max(1) as f64;
        for &k in &test {
            let r = &rows[k];
            let outside = model.p_record(kind_of(r), level_of(r), type_of(r));
            let pred = |as_of: i32, p: Option<f64>| Pred {
                row: k,
                as_of,
                met: r.met == Some(true),
                base,
                outside,
                series: p,
                combined: p.map(|ps| model.combined(ps, outside)),
            };
            let y = ex_ante_year(r);
            out_ante.push(pred(y, ante_p.get(&(k, y)).copied()));
            for y in mid_term_years(r) {
                out_mid.push(pred(y, mid_p.get(&(k, y)).copied()));
            }
        }
    }
    Ok((out_ante, out_mid))
}

/// Brier score of `p` over `preds`.
pub fn brier(preds: &[&Pred], p: &dyn Fn(&Pred) -> Option<f64>) -> Option<f64> {
    let v: Vec<f64> = preds
        .iter()
        .filter_map(|c| p(c).map(|q| (q - f64::from(u8::from(c.met))).powi(2)))
        .collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// Grouped 10-fold assignment of rows: group mod 10.
pub const FOLDS: usize = 10;

/// The refit: the model on every resolved target, and whether the combination beats the
/// outside view on the series cases (ex ante and mid-term) under grouped 10-fold
/// cross-validation — the default P follows the better one.
pub fn refit(rows: &[Row], ante: &[Case], mid: &[Case]) -> Result<RecordModel, String> {
    let g = groups(rows);
    let series: Vec<&Case> = ante.iter().chain(mid).collect();
    let mut model = fit_on(rows, &g, &series, &|_| true)?;
    let (pa, pm) = cross_validate(rows, &g, ante, mid, FOLDS, &|k| g[k] % FOLDS)?;
    let with_series: Vec<&Pred> = pa
        .iter()
        .chain(&pm)
        .filter(|p| p.series.is_some())
        .collect();
    let comb = brier(&with_series, &|p| p.combined);
    let out = brier(&with_series, &|p| Some(p.outside));
    model.prefer_combined = matches!((comb, out), (Some(c), Some(o)) if c < o);
    Ok(model)
}

/// The rows of the outcome set, its ex-ante and its mid-term series-based cases.
pub type OutcomeSet = (Vec<Row>, Vec<Case>, Vec<Case>);

/// The outcome set with the ex-ante and mid-term series-based cases.
pub fn load() -> Result<OutcomeSet, String> {
    let rows = read_rows("seeds/outcomes/targets_2021_2025.csv")?;
    let paths = read_paths("seeds/outcomes/national_paths.csv")?;
    let units = read_units("seeds/outcomes/national_paths.csv")?;
    let (ante, _) = forecasts(&rows, &paths, &units, &|r| vec![ex_ante_year(r)])?;
    let (mid, _) = forecasts(&rows, &paths, &units, &mid_term_years)?;
    Ok((rows, ante, mid))
}
