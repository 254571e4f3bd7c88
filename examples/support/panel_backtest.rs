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
use plancast::model::Transform;
use plancast::{
    assess_panel, AssessOptions, Comparator, Panel, Provenance, Target, TargetKind, TargetValue,
};
use statrs::distribution::{ContinuousCDF, Normal};

/// Horizon bands of the table.
pub const BANDS: [(i32, i32); 3] = [(1, 2), (3, 5), (6, 10)];

/// One panel folder, loaded with lowercased region ids and without aggregates.
pub struct RealPanel {
    pub name: String,
    pub panel: Panel,
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
    let aggregates: HashSet<String> = match read("regions.csv") {
        Ok(text) => {
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
    Ok(RealPanel { name, panel })
}

/// Scores of one horizon band.
#[derive(Debug, Default, Clone)]
pub struct BandScore {
    /// Cases scored (both methods gave an interval and a probability).
    pub n: usize,
    pub cover_default: usize,
    pub cover_rw: usize,
    pub brier_default: f64,
    pub brier_rw: f64,
    /// Outcomes met, for the base rate.
    pub met: usize,
    pub ape_default: f64,
    pub ape_rw: f64,
    pub ape_n: usize,
    /// Rows whose interval was calibrated (the rest: random-walk fallback).
    pub calibrated: usize,
    /// Outcomes below the default interval (the rest of the misses are above it).
    pub below: usize,
}

impl BandScore {
    /// Scores one case of the default method: the truth against the target, the projection,
    /// its interval and P(met).
    fn add(&mut self, truth: f64, target: f64, point: f64, (lo, hi): (f64, f64), p: f64) {
        let met = truth >= target;
        self.n += 1;
        self.met += usize::from(met);
        self.cover_default += usize::from(lo <= truth && truth <= hi);
        self.below += usize::from(truth < lo);
        self.brier_default += (p - f64::from(u8::from(met))).powi(2);
        if truth != 0.0 {
            self.ape_n += 1;
            self.ape_default += ((point - truth) / truth).abs();
        }
    }

    /// Brier score of always saying the band's base rate.
    pub fn brier_base(&self) -> f64 {
        let p = self.met as f64 / self.n.max(1) as f64;
        p * (1.0 - p)
    }
}

/// The working scale of a series (`plancast::verdict::working_scale` of its indicator's bounds).
fn scale(panel: &Panel, indicator: &str, values: &[f64]) -> Transform {
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

/// Runs the backtest of one panel over `origins`, inputs thinned to every `step` years.
pub fn run(rp: &RealPanel, origins: &[i32], step: i32, hmax: i32) -> [BandScore; 3] {
    let full = &rp.panel;
    let mut bands: [BandScore; 3] = Default::default();
    let normal = Normal::new(0.0, 1.0).expect("standard normal");
    let z80 = normal.inverse_cdf(0.9);
    let opts = AssessOptions::default()
        .with_reference_classes(std::env::var_os("PLANCAST_BACKTEST_NO_CLASS").is_none());
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
        // Targets at every later observed year within hmax.
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
            }
        }
        if data.targets.is_empty() {
            continue;
        }
        let report = assess_panel(&Panel::try_new(data).expect("a subset"), &opts);
        for (r, y, target, p, (lo, hi), pr) in scored(&report, &truth) {
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
            let Some(k) = BANDS
                .iter()
                .position(|&(a, b)| (a..=b).contains(&(r.target_year - o)))
            else {
                continue;
            };
            let met = y >= target;
            let b = &mut bands[k];
            b.add(y, target, p, (lo, hi), pr);
            b.cover_rw += usize::from(rw_lo <= y && y <= rw_hi);
            b.brier_rw += (rw_p - f64::from(u8::from(met))).powi(2);
            if y != 0.0 {
                b.ape_rw += ((rw_point - y) / y).abs();
            }
            b.calibrated += usize::from(matches!(
                r.interval_method,
                Some(
                    plancast::IntervalMethod::Calibrated
                        | plancast::IntervalMethod::CalibratedExtrapolated
                )
            ));
            if std::env::var_os("PLANCAST_BACKTEST_DIAG").is_some() {
                // name, model, interval, band, origin, points, below, covered
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
        }
    }
    bands
}

/// Prints one panel's rows of the table.
pub fn print(label: &str, bands: &[BandScore; 3]) {
    for (k, b) in bands.iter().enumerate() {
        if b.n == 0 {
            continue;
        }
        let n = b.n as f64;
        let m = b.ape_n.max(1) as f64;
        println!(
            "{:<34} {:>5} {:>6} {:>5.0}% {:>6.1} {:>6.1} {:>7.3} {:>7.3} {:>7.3} {:>6.1} {:>6.1}",
            label,
            format!("{}-{}", BANDS[k].0, BANDS[k].1),
            b.n,
            100.0 * b.calibrated as f64 / n,
            100.0 * b.cover_default as f64 / n,
            100.0 * b.cover_rw as f64 / n,
            b.brier_default / n,
            b.brier_rw / n,
            b.brier_base(),
            100.0 * b.ape_default / m,
            100.0 * b.ape_rw / m,
        );
    }
}

/// The table's header.
pub fn header() {
    println!(
        "{:<34} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>6} {:>6}",
        "panel",
        "h",
        "cases",
        "calib",
        "cov80",
        "covRW",
        "Brier",
        "BrierRW",
        "base",
        "MAPE",
        "MAPERW"
    );
}

/// Scores of borrowed growth: every region cut to one observation at the origin (a plan's
/// baseline), its trajectory borrowed from `aggregate` (observed up to the origin) through
/// `AssessOptions::references`, targets at every later observed year within `hmax` at the
/// aggregate's pace (and at 1.5× it on every other row, as ambitious plans set them). Only the
/// default method is scored (a random walk needs two points).
pub fn run_borrowed(rp: &RealPanel, aggregate: &str, origins: &[i32], hmax: i32) -> [BandScore; 3] {
    let full = &rp.panel;
    let mut bands: [BandScore; 3] = Default::default();
    let opts = AssessOptions::default().with_references(Some(vec![aggregate.to_owned()]));
    for &o in origins {
        let mut data = full.data().clone();
        data.observations.retain(|x| {
            x.as_of.is_none()
                && if x.region == aggregate {
                    x.year <= o
                } else {
                    x.year == o
                }
        });
        let mut held = HeldOut::new(data);
        for ind in full.indicators() {
            let Some(agg) = full.series_view(aggregate, &ind.id) else {
                continue;
            };
            let (ay, av): (Vec<i32>, Vec<f64>) = agg.iter().filter(|x| x.0 <= o).unzip();
            if ay.len() < 3 || ay.last() != Some(&o) {
                continue;
            }
            let g = scale(full, &ind.id, &av);
            let n = ay.len();
            let b = ay
                .iter()
                .position(|&t| t >= o - 5)
                .filter(|&b| b + 1 < n)
                .unwrap_or(n - 2);
            let pace = (g.forward(av[n - 1]) - g.forward(av[b])) / f64::from(ay[n - 1] - ay[b]);
            held.add_targets(full, &ind.id, g, pace, (o, hmax), |r| r != aggregate);
        }
        held.score(&opts, o, &mut bands);
    }
    bands
}

/// Held-out rows of one origin: the cut panel's data, its targets and what happened.
struct HeldOut {
    data: plancast::PanelData,
    truth: BTreeMap<(String, String, i32), f64>,
    /// Rows set so far (every other one at 1.5× the pace).
    k: usize,
}

impl HeldOut {
    /// `data` with its targets cleared.
    fn new(mut data: plancast::PanelData) -> Self {
        data.targets.clear();
        HeldOut {
            data,
            truth: BTreeMap::new(),
            k: 0,
        }
    }

    /// A `>=` target at every year o + h (1 ≤ h ≤ hmax) the full panel observes, for every
    /// region `include`d that has a value at the origin o inside g's domain: that value grown
    /// at `pace` per year on g's scale, every other row at 1.5× it (as ambitious plans set
    /// them).
    fn add_targets(
        &mut self,
        full: &Panel,
        indicator: &str,
        g: Transform,
        pace: f64,
        (o, hmax): (i32, i32),
        include: impl Fn(&str) -> bool,
    ) {
        for (reg, i) in full.series_keys() {
            if i != indicator || !include(reg) {
                continue;
            }
            let s = full.series_view(reg, i).expect("key");
            let Some((_, v0)) = s.iter().find(|x| x.0 == o) else {
                continue;
            };
            if !g.admits(v0) {
                continue;
            }
            for (year, value) in s.iter() {
                let h = year - o;
                if h < 1 || h > hmax {
                    continue;
                }
                self.k += 1;
                let ambition = if self.k.is_multiple_of(2) { 1.5 } else { 1.0 };
                let target = g.inverse(g.forward(v0) + ambition * pace * f64::from(h));
                if !target.is_finite() {
                    continue;
                }
                self.truth
                    .insert((reg.to_owned(), i.to_owned(), year), value);
                self.data.targets.push(ge_target(reg, i, year, target));
            }
        }
    }

    /// Assesses the cut panel and scores its rows into the horizon bands.
    fn score(self, opts: &AssessOptions, o: i32, bands: &mut [BandScore; 3]) {
        if self.data.targets.is_empty() {
            return;
        }
        let report = assess_panel(&Panel::try_new(self.data).expect("a subset"), opts);
        for (r, y, target, p, (lo, hi), pr) in scored(&report, &self.truth) {
            let Some(k) = BANDS
                .iter()
                .position(|&(a, b)| (a..=b).contains(&(r.target_year - o)))
            else {
                continue;
            };
            bands[k].add(y, target, p, (lo, hi), pr);
        }
    }
}

/// The spread of regions' logit change around their aggregate's over h = 1..=10 years: the
/// sd (q90 − q10)/2.563 of d = Δₕz_region − Δₕz_aggregate over every pair of years both observe
/// (the derivation of `plancast::RegionalSpread`'s default).
pub fn spread_estimate(rp: &RealPanel, aggregate: &str) -> Vec<(i32, usize, f64)> {
    let full = &rp.panel;
    let mut by_h: Vec<Vec<f64>> = vec![Vec::new(); 10];
    for ind in full.indicators() {
        let Some((lower, upper)) = ind.bounds.both() else {
            continue;
        };
        let g = Transform::Logit { lower, upper };
        let Some(agg) = full.series_view(aggregate, &ind.id) else {
            continue;
        };
        let a: BTreeMap<i32, f64> = agg.iter().filter(|x| g.admits(x.1)).collect();
        for (reg, i) in full.series_keys() {
            if i != ind.id || reg == aggregate {
                continue;
            }
            let s: BTreeMap<i32, f64> = full
                .series_view(reg, i)
                .expect("key")
                .iter()
                .filter(|x| g.admits(x.1))
                .collect();
            for (&t, &v) in &s {
                for h in 1..=10 {
                    let (Some(&v2), Some(&a1), Some(&a2)) =
                        (s.get(&(t + h)), a.get(&t), a.get(&(t + h)))
                    else {
                        continue;
                    };
                    let d = (g.forward(v2) - g.forward(v)) - (g.forward(a2) - g.forward(a1));
                    by_h[(h - 1) as usize].push(d);
                }
            }
        }
    }
    by_h.into_iter()
        .enumerate()
        .filter(|(_, v)| v.len() >= 20)
        .map(|(k, mut v)| {
            v.sort_by(f64::total_cmp);
            let n = v.len();
            (k as i32 + 1, n, (v[9 * n / 10] - v[n / 10]) / 2.563)
        })
        .collect()
}

/// A `>=` target of the backtest.
fn ge_target(region: &str, indicator: &str, year: i32, value: f64) -> Target {
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
type Scored<'r> = (&'r plancast::Assessment, f64, f64, f64, (f64, f64), f64);

/// The rows of `report` with a truth, a projection, an interval and a probability.
fn scored<'r>(
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

/// Scores of the reference-class method: the regions split in two by their order in the
/// panel; one half cut to one observation at the origin (a plan's baseline), the other kept up
/// to the origin as the class (every indicator of the panel, same kind), the aggregate hidden
/// (`aggregate` only sets the targets' pace, as a plan's aggregate would; without one, the
/// class half's median pace over its last five years does). Targets at every later observed
/// year within `hmax`, at 1× and (every other row) 1.5× the pace; then the halves swap.
pub fn run_class(
    rp: &RealPanel,
    aggregate: Option<&str>,
    origins: &[i32],
    hmax: i32,
) -> [BandScore; 3] {
    let full = &rp.panel;
    let mut bands: [BandScore; 3] = Default::default();
    let opts = AssessOptions::default()
        .with_references(Some(Vec::new()))
        .with_calibration(false);
    let regions: Vec<&str> = full
        .regions()
        .iter()
        .map(|r| r.id.as_str())
        .filter(|&r| Some(r) != aggregate)
        .collect();
    let half_of = |r: &str| regions.iter().position(|&x| x == r).map(|k| k % 2);
    for &o in origins {
        for half in 0..2 {
            let mut data = full.data().clone();
            data.observations.retain(|x| {
                x.as_of.is_none()
                    && match half_of(&x.region) {
                        None => false,
                        Some(k) if k == half => x.year == o,
                        Some(_) => x.year <= o,
                    }
            });
            let mut held = HeldOut::new(data);
            for ind in full.indicators() {
                let Some(pace) = pace_at(full, aggregate, &ind.id, o, |r| half_of(r) != Some(half))
                else {
                    continue;
                };
                let g = match ind.bounds.both() {
                    Some((lower, upper)) => Transform::Logit { lower, upper },
                    None => Transform::Log,
                };
                held.add_targets(full, &ind.id, g, pace, (o, hmax), |r| {
                    half_of(r) == Some(half)
                });
            }
            held.score(&opts, o, &mut bands);
        }
    }
    bands
}

/// The pace (per year, working scale) targets are set at: the aggregate's over its last five
/// years up to `o`, or the median over the regions `in_class` admits.
fn pace_at(
    full: &Panel,
    aggregate: Option<&str>,
    indicator: &str,
    o: i32,
    in_class: impl Fn(&str) -> bool,
) -> Option<f64> {
    let ind = full.indicator(indicator)?;
    let g = match ind.bounds.both() {
        Some((lower, upper)) => Transform::Logit { lower, upper },
        None => Transform::Log,
    };
    let pace_of = |region: &str| -> Option<f64> {
        let s = full.series_view(region, indicator)?;
        let pts: Vec<(i32, f64)> = s
            .iter()
            .filter(|x| x.0 <= o && x.0 >= o - 5 && g.admits(x.1))
            .collect();
        let (a, b) = (pts.first()?, pts.last()?);
        (b.0 == o && b.0 > a.0).then(|| (g.forward(b.1) - g.forward(a.1)) / f64::from(b.0 - a.0))
    };
    if let Some(a) = aggregate {
        return pace_of(a);
    }
    let mut v: Vec<f64> = full
        .regions()
        .iter()
        .filter(|r| in_class(&r.id))
        .filter_map(|r| pace_of(&r.id))
        .collect();
    if v.len() < 3 {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}
