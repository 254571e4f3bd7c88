//! Rolling-origin backtest of the default assessment on real many-region panels, next to a
//! random walk with drift computed in the same run.
//!
//! For every origin year o: keep each series' observations up to o (every fifth year only,
//! counting back from o, when thinned), set a target for every later observed year o + h
//! (h ≤ 10) as plans set them — the last value grown at the panel's median pace on the working
//! scale, so about half are met — run `assess_panel` with the default options (calibration
//! from the truncated panel's own history, nothing from after o), and score the projection,
//! its 80 % interval and P(met) against what happened. The random walk with drift is
//! z_o + d·h with sd σ·√(h(1 + h/T)) on the same working scale (Hyndman & Athanasopoulos,
//! *Forecasting: Principles and Practice*, §5.2), d and σ from the same truncated series.
//!
//! For diagnosis: `PLANCAST_BACKTEST_DIAG=1` prints one `diag` line per scored case to stderr
//! (panel, model, interval method, band, origin, points, below the interval, covered);
//! `PLANCAST_BACKTEST_NO_CLASS=1` runs without the reference classes (a share's own trajectory
//! alone, not pooled with its class).
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::io::Cursor;
use std::path::Path;

use plancast::io::{load_panel, PanelSources};

#[path = "panel_held_out.rs"]
mod held_out;
#[path = "panel_scores.rs"]
pub mod panel_scores;
#[path = "pool_fit.rs"]
pub mod pool_fit;
#[allow(unused_imports)]
pub use held_out::{run_borrowed, run_class, spread_as_of, spread_estimate_where};
pub use panel_scores::{band_of, Case, RwCase};
use plancast::model::Transform;
use plancast::{
    assess_panel, AssessOptions, Comparator, Panel, Provenance, Target, TargetKind, TargetValue,
};
use statrs::distribution::{ContinuousCDF, Normal};

/// One panel folder, loaded with lowercased region ids and without aggregates.
pub struct RealPanel {
    pub name: String,
    pub panel: Panel,
    /// The frozen split (`split.csv`, made once by `examples/data/panels/split.py`): the test
    /// part's regions. Tuning and reference regions are the rest.
    pub test: HashSet<String>,
}

impl RealPanel {
    /// Whether `region` is in the frozen split's test part.
    pub fn is_test(&self, region: &str) -> bool {
        self.test.contains(region)
    }
}

/// The regions of the frozen split's test part (`split.csv` of `dir`); every region of
/// `regions.csv` must be in the split, or the split is stale (an error).
fn read_split(dir: &Path, regions: &[String]) -> Result<HashSet<String>, String> {
    let path = dir.join("split.csv");
    let mut r = csv::Reader::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut test = HashSet::new();
    let mut all = HashSet::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| format!("{}: {e}", path.display()))?;
        let (region, part) = (rec.get(0).unwrap_or(""), rec.get(1).unwrap_or(""));
        all.insert(region.to_owned());
        if part == "test" {
            test.insert(region.to_owned());
        }
    }
    if let Some(missing) = regions.iter().find(|r| !all.contains(*r)) {
        return Err(format!(
            "{}: region {missing} is not in the frozen split",
            path.display()
        ));
    }
    Ok(test)
}

/// Reads `observations.csv` and `indicators.csv` of `dir`, lowercasing region ids (the
/// sources' `WLD`, `DE21`) and leaving out regions `regions.csv` marks as aggregates.
pub fn load(dir: &Path) -> Result<RealPanel, String> {
    load_keeping(dir, &[])
}

/// [`load`], keeping the aggregates named in `keep` (lowercased ids, e.g. `wld`).
pub fn load_keeping(dir: &Path, keep: &[&str]) -> Result<RealPanel, String> {
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f)).map_err(|e| format!("{}: {e}", dir.join(f).display()))
    };
    let mut listed: Vec<String> = Vec::new();
    let aggregates: HashSet<String> = match read("regions.csv") {
        Ok(text) => {
            let mut all = csv::Reader::from_reader(text.as_bytes());
            listed = all
                .records()
                .filter_map(|rec| rec.ok())
                .filter_map(|rec| rec.get(0).map(str::to_lowercase))
                .collect();
            let mut r = csv::Reader::from_reader(text.as_bytes());
            let headers = r.headers().map_err(|e| e.to_string())?.clone();
            let col = headers.iter().position(|h| h == "is_aggregate");
            r.records()
                .filter_map(|rec| rec.ok())
                .filter(|rec| col.is_some_and(|c| rec.get(c) == Some("1")))
                .filter_map(|rec| rec.get(0).map(str::to_lowercase))
                .collect()
        }
        Err(_) => HashSet::new(),
    };
    let obs = read("observations.csv")?;
    let mut out = String::with_capacity(obs.len());
    for (k, line) in obs.lines().enumerate() {
        if k == 0 {
            out.push_str(line);
        } else {
            let (region, rest) = line.split_once(',').ok_or("a row without commas")?;
            let region = region.to_lowercase();
            if aggregates.contains(&region) && !keep.contains(&region.as_str()) {
                continue;
            }
            out.push_str(&region);
            out.push(',');
            out.push_str(rest);
        }
        out.push('\n');
    }
    let ind = read("indicators.csv")?;
    let targets = "region,indicator,year,comparator,value\n".to_owned();
    let cur = |s: String| Cursor::new(s.into_bytes());
    let panel = load_panel(
        PanelSources::new()
            .with_observations(cur(out), dir.join("observations.csv"))
            .with_targets(cur(targets), "targets.csv")
            .with_indicators(cur(ind), dir.join("indicators.csv")),
    )
    .map_err(|e| e.to_string())?;
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let test = read_split(dir, &listed)?;
    Ok(RealPanel { name, panel, test })
}

/// The working scale of a series (`plancast::verdict::working_scale` of its indicator's bounds).
pub(crate) fn scale(panel: &Panel, indicator: &str, values: &[f64]) -> Transform {
    let b = panel.indicator(indicator).expect("known").bounds;
    plancast::verdict::working_scale(b, values)
}

/// Random walk with drift on the working scale: (centre, sd at horizon 1 per √year, span).
fn rw_drift(years: &[i32], z: &[f64]) -> Option<(f64, f64, f64)> {
    let m = z.len();
    if m < 3 {
        return None;
    }
    let span = f64::from(years[m - 1] - years[0]);
    let d = (z[m - 1] - z[0]) / span;
    let mut ss = 0.0;
    for i in 1..m {
        let g = f64::from(years[i] - years[i - 1]);
        let e = z[i] - z[i - 1] - d * g;
        ss += e * e / g;
    }
    let sigma = (ss / (m - 2) as f64).sqrt();
    (sigma.is_finite() && sigma > 0.0 && d.is_finite()).then_some((d, sigma, span))
}

/// The rolling origins of a panel: every `every`-th year from two years after its first
/// (or 1997) to the year before its last.
pub fn origins(rp: &RealPanel, every: usize) -> Vec<i32> {
    let years: Vec<i32> = rp.panel.observations().iter().map(|o| o.year).collect();
    let (first, last) = (
        years.iter().copied().min().unwrap_or(0),
        years.iter().copied().max().unwrap_or(0),
    );
    (first.max(1995) + 2..last).step_by(every.max(1)).collect()
}

/// (region, indicator, year).
type SeriesYear<'a> = (&'a str, &'a str, i32);

/// Options of [`run`].
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Every `step`-th year before the origin only (0 or 1: annual).
    pub step: i32,
    /// Also a target at the truth of every case, whose P(met) gives the PIT of the truth
    /// (what a pooling rule is fitted on): twice the work.
    pub pit: bool,
    /// The assessment's options (default: `AssessOptions::default()`).
    pub opts: Option<AssessOptions>,
}

/// Runs the backtest of one panel over `origins` (up to `hmax` years ahead) and returns every
/// scored case of every region — the test part's and the tuning part's (`Case::test`), so
/// the base rate of earlier windows can be read from all of them ([`panel_scores::base_rates`]).
pub fn run(rp: &RealPanel, origins: &[i32], hmax: i32, ro: &RunOptions) -> Vec<Case> {
    let full = &rp.panel;
    let step = ro.step.max(1);
    let mut cases = Vec::new();
    let normal = Normal::new(0.0, 1.0).expect("standard normal");
    let z80 = normal.inverse_cdf(0.9);
    let opts = ro.opts.clone().unwrap_or_else(|| {
        AssessOptions::default()
            .with_reference_classes(std::env::var_os("PLANCAST_BACKTEST_NO_CLASS").is_none())
    });
    for &o in origins {
        let mut data = full.data().clone();
        data.observations
            .retain(|x| x.year <= o && (o - x.year) % step == 0 && x.as_of.is_none());
        data.targets.clear();
        // Each eligible series: ≥ 3 observations, the last at o.
        let mut series: BTreeMap<(String, String), (Vec<i32>, Vec<f64>)> = BTreeMap::new();
        for x in &data.observations {
            let e = series
                .entry((x.region.clone(), x.indicator.clone()))
                .or_default();
            e.0.push(x.year);
            e.1.push(x.value);
        }
        series.retain(|_, (y, _)| y.len() >= 3 && y.last() == Some(&o));
        // The panel's median pace per indicator on each series' working scale (per year,
        // since the first observation of the last five years, or the one before o).
        let mut paces: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        for ((_, ind), (y, v)) in &series {
            let g = scale(full, ind, v);
            let n = y.len();
            let b = y
                .iter()
                .position(|&t| t >= o - 5)
                .filter(|&b| b + 1 < n)
                .unwrap_or(n - 2);
            let pace = (g.forward(v[n - 1]) - g.forward(v[b])) / f64::from(y[n - 1] - y[b]);
            if pace.is_finite() {
                paces.entry(ind.clone()).or_default().push(pace);
            }
        }
        let median: BTreeMap<String, f64> = paces
            .into_iter()
            .map(|(k, mut v)| {
                v.sort_by(f64::total_cmp);
                (k, v[v.len() / 2])
            })
            .collect();
        // Targets at every later observed year within hmax (and, with `pit`, at the truth).
        let mut truth: BTreeMap<(String, String, i32), f64> = BTreeMap::new();
        for ((reg, ind), (_, v)) in &series {
            let Some(&pace) = median.get(ind) else {
                continue;
            };
            let g = scale(full, ind, v);
            let Some(fs) = full.series_view(reg, ind) else {
                continue;
            };
            for (year, value) in fs.iter() {
                let h = year - o;
                if h < 1 || h > hmax {
                    continue;
                }
                let target = g.inverse(g.forward(v[v.len() - 1]) + pace * f64::from(h));
                if !target.is_finite() {
                    continue;
                }
                truth.insert((reg.clone(), ind.clone(), year), value);
                data.targets.push(ge_target(reg, ind, year, target));
                if ro.pit && value != target {
                    data.targets.push(ge_target(reg, ind, year, value));
                }
            }
        }
        if data.targets.is_empty() {
            continue;
        }
        let report = assess_panel(&Panel::try_new(data).expect("a subset"), &opts);
        // The truth-target rows: (region, indicator, year) → (P(≥ truth), class percentile).
        let pits: BTreeMap<SeriesYear, (Option<f64>, Option<f64>)> = report
            .rows
            .iter()
            .filter(|r| {
                ro.pit
                    && truth.get(&(r.region.clone(), r.indicator.clone(), r.target_year))
                        == r.target.as_ref()
            })
            .map(|r| {
                (
                    (r.region.as_str(), r.indicator.as_str(), r.target_year),
                    (r.probability, r.class_percentile),
                )
            })
            .collect();
        for (r, y, target, p, (lo, hi), pr) in scored(&report, &truth) {
            if target == y && ro.pit {
                continue;
            }
            let (ys, vs) = &series[&(r.region.clone(), r.indicator.clone())];
            let g = scale(full, &r.indicator, vs);
            let z: Vec<f64> = vs.iter().map(|&v| g.forward(v)).collect();
            let Some((d, sigma, span)) = rw_drift(ys, &z) else {
                continue;
            };
            let h = f64::from(r.target_year - o);
            let centre = z[z.len() - 1] + d * h;
            let sd = sigma * (h * (1.0 + h / span)).sqrt();
            let rw_point = g.inverse(centre);
            let (rw_lo, rw_hi) = (g.inverse(centre - z80 * sd), g.inverse(centre + z80 * sd));
            let zt = g.forward(target);
            let rw_p = 1.0 - normal.cdf((zt - centre) / sd);
            if !(rw_point.is_finite() && rw_p.is_finite()) {
                continue;
            }
            let Some(k) = band_of(r.target_year - o) else {
                continue;
            };
            let pooled = r.interval_method == Some(plancast::IntervalMethod::Combined);
            let mut case = Case {
                region: r.region.clone(),
                test: rp.is_test(&r.region),
                origin: o,
                band: k,
                target_year: r.target_year,
                truth: y,
                target,
                met: y >= target,
                point: p,
                lower: lo,
                upper: hi,
                p: pr,
                rw: Some(RwCase {
                    point: rw_point,
                    lower: rw_lo,
                    upper: rw_hi,
                    p: rw_p,
                }),
                pooled,
                calibrated: matches!(
                    r.interval_method,
                    Some(
                        plancast::IntervalMethod::Calibrated
                            | plancast::IntervalMethod::CalibratedExtrapolated
                    )
                ),
                base: 0.5,
                pit_own: None,
                pit_class: None,
                p_own: None,
                p_class: None,
            };
            if pooled {
                // Under the equal pool (what `--fit-pool` runs with), the own forecast's P is
                // 2·P_pool − P_class, and its PIT 2·PIT_pool − PIT_class.
                case.p_class = r.class_percentile.map(|c| 1.0 - c);
                case.p_own = case.p_class.map(|c| 2.0 * pr - c);
                if let Some(&(Some(pt), Some(ct))) =
                    pits.get(&(r.region.as_str(), r.indicator.as_str(), r.target_year))
                {
                    case.pit_class = Some(ct);
                    case.pit_own = Some(2.0 * (1.0 - pt) - ct);
                }
            }
            if std::env::var_os("PLANCAST_BACKTEST_DIAG").is_some() {
                eprintln!(
                    "diag {} {} {:?} {} {} {} {} {}",
                    rp.name,
                    r.source
                        .as_ref()
                        .map_or_else(|| "-".to_owned(), ToString::to_string),
                    r.interval_method,
                    k,
                    o,
                    ys.len(),
                    u8::from(y < lo),
                    u8::from(lo <= y && y <= hi)
                );
            }
            cases.push(case);
        }
    }
    panel_scores::base_rates(&mut cases);
    cases
}

/// A `>=` target of the backtest.
pub(crate) fn ge_target(region: &str, indicator: &str, year: i32, value: f64) -> Target {
    Target::new(
        region.to_owned(),
        indicator.to_owned(),
        year,
        Comparator::Ge,
        TargetValue::Numeric(value),
    )
    .with_kind(TargetKind::Unstated)
    .with_provenance(Provenance::default())
}

/// A scored row: the row, the truth, the target, the projection, its interval and P(met).
pub(crate) type Scored<'r> = (&'r plancast::Assessment, f64, f64, f64, (f64, f64), f64);

/// The rows of `report` with a truth, a projection, an interval and a probability.
pub(crate) fn scored<'r>(
    report: &'r plancast::Report,
    truth: &'r BTreeMap<(String, String, i32), f64>,
) -> impl Iterator<Item = Scored<'r>> + 'r {
    report.rows.iter().filter_map(move |r| {
        let key = (r.region.clone(), r.indicator.clone(), r.target_year);
        let y = *truth.get(&key)?;
        Some((
            r,
            y,
            r.target?,
            r.projected?,
            (r.lower?, r.upper?),
            r.probability?,
        ))
    })
}
