//! Held-out validation of intensity judgements on the Chinese regional panel (issue 30).
//!
//! For every scored region of the frozen split (`seeds/china_split.csv`) and indicator, and
//! every origin year with an observation: the embedded seed panel as known at the end of the
//! origin year ([`Panel::as_of`]), with the region cut to its origin value (one baseline) or
//! to nothing (no baseline), judges pseudo-targets in each later year the region was observed
//! (1–5 years ahead). The truth is the observed value. Scored:
//! - coverage of the 80 % interval;
//! - the Brier score of P(event) against a base rate. One baseline: the event is "grows at
//!   least as fast as its aggregate" (relative intensity up), target = baseline × the
//!   aggregate's realised growth; no baseline: "at or above its aggregate's intensity",
//!   target = aggregate value × size ratio. The base rate is the share of the *other* part's
//!   regions (tuning, when scoring test) for which the same event happened over the same
//!   years: it knows the outcome year's cross-section, so beating it is harder than beating a
//!   rate known at the origin.
//!
//! The one-baseline rows are compared with what the same rows get with intensity off (the
//! borrowed path of the aggregate's growth, the crate's behaviour before issue 30).

use std::collections::{BTreeMap, BTreeSet};

use plancast::{assess_panel, AssessOptions, Comparator, Panel, Source, Target, TargetValue};

/// One scored forecast.
#[derive(Debug, Clone)]
pub struct Case {
    /// The region judged.
    pub region: String,
    /// The indicator.
    pub indicator: String,
    /// One baseline (`true`) or none.
    pub baseline: bool,
    /// Intensity path (`true`) or the borrowed path with intensity off.
    pub intensity: bool,
    /// Borrowed paths widened by the class's regional spread (`true`, the default; always
    /// `true` for intensity rows) or kept at the aggregate's own interval.
    pub spread: bool,
    /// The origin year.
    pub origin: i32,
    /// Years ahead.
    pub horizon: i32,
    /// The interval covered the truth.
    pub covered: bool,
    /// P(event).
    pub p: f64,
    /// The event happened.
    pub event: bool,
    /// The base rate of the event.
    pub base: f64,
    /// The region's part of the split.
    pub test: bool,
    /// |point forecast − truth| / truth, the point forecast being the row's projection.
    pub ape: f64,
    /// The same of the naive forecast: one baseline, the baseline carried forward (a random
    /// walk); no baseline, the aggregate's realised intensity times the region's size (an
    /// oracle of the aggregate, not a forecast known at the origin).
    pub ape_naive: f64,
}

/// The frozen split: region → part (`test`, `tuning`, `reference`).
pub fn split() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/china_split.csv"),
    )
    .expect("seeds/china_split.csv");
    text.lines()
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .map(|(r, p)| (r.to_owned(), p.to_owned()))
        .collect()
}

/// Year-end values of (region, indicator) in the full panel.
fn values(panel: &Panel, region: &str, indicator: &str) -> BTreeMap<i32, f64> {
    panel
        .series_view(region, indicator)
        .map(|s| s.iter().collect())
        .unwrap_or_default()
}

/// A region's latest scale value (resident population) at or before `year`, else the nearest.
fn scale_at(panel: &Panel, region: &str, year: i32) -> Option<f64> {
    scale_of(panel, region, "resident_population", year)
}

/// A region's latest value of the scale series `scale` at or before `year`, else the nearest.
fn scale_of(panel: &Panel, region: &str, scale: &str, year: i32) -> Option<f64> {
    let s = values(panel, region, scale);
    s.range(..=year)
        .next_back()
        .or_else(|| s.range(year..).next())
        .map(|(_, v)| *v)
}

/// Runs the validation for `indicators` (counts scaled by population), origins up to
/// `last_origin`.
pub fn run(indicators: &[&str], last_origin: i32) -> Vec<Case> {
    let full = plancast::seeds::panel().expect("the seed panel");
    run_on(&full, indicators, "resident_population", last_origin)
}

/// [`run`] on a given panel, with `scale` the indicator the quantities are divided by
/// (`resident_population` for counts, `gdp` for money).
pub fn run_on(full: &Panel, indicators: &[&str], scale: &str, last_origin: i32) -> Vec<Case> {
    let scale_at = |p: &Panel, r: &str, y: i32| scale_of(p, r, scale, y);
    let parts = split();
    let aggregate = "china";
    let mut cases = Vec::new();
    for &ind in indicators {
        let agg = values(full, aggregate, ind);
        let scored: Vec<&String> = parts
            .iter()
            .filter(|(_, p)| *p != "reference")
            .map(|(r, _)| r)
            .filter(|r| values(full, r, ind).len() >= 2)
            .collect();
        for region in &scored {
            let test = parts[region.as_str()] == "test";
            let own = values(full, region, ind);
            for (&origin, &v0) in own.range(..=last_origin) {
                let later: Vec<(i32, f64)> = own
                    .range(origin + 1..=origin + 5)
                    .map(|(y, v)| (*y, *v))
                    .filter(|(y, _)| agg.contains_key(y) && agg.contains_key(&origin))
                    .collect();
                if later.is_empty() {
                    continue;
                }
                for baseline in [true, false] {
                    let panel = cut(full, region, ind, origin, baseline);
                    let targets: Vec<(i32, f64, f64)> = later
                        .iter()
                        .filter_map(|&(y, truth)| {
                            let threshold = if baseline {
                                v0 * agg[&y] / agg[&origin]
                            } else {
                                let (s_r, s_a) =
                                    (scale_at(full, region, y)?, scale_at(full, aggregate, y)?);
                                agg[&y] * s_r / s_a
                            };
                            Some((y, threshold, truth))
                        })
                        .collect();
                    let modes: &[(bool, bool)] = if baseline {
                        &[(true, true), (false, true), (false, false)]
                    } else {
                        &[(true, true)]
                    };
                    for &(intensity, spread) in modes {
                        let rows = judge(&panel, region, ind, &targets, intensity, spread);
                        for ((y, threshold, truth), row) in targets.iter().zip(rows) {
                            let Some((p, lo, hi, from_intensity, point)) = row else {
                                continue;
                            };
                            if from_intensity != intensity {
                                continue;
                            }
                            let others: Vec<bool> = scored
                                .iter()
                                .filter(|r| (parts[r.as_str()] == "test") != test)
                                .filter_map(|r| {
                                    let o = values(full, r, ind);
                                    let (a, b) = (o.get(&origin)?, o.get(y)?);
                                    if baseline {
                                        Some(b / a >= agg[y] / agg[&origin])
                                    } else {
                                        let s_r = scale_at(full, r, *y)?;
                                        let s_a = scale_at(full, aggregate, *y)?;
                                        Some(*b >= agg[y] * s_r / s_a)
                                    }
                                })
                                .collect();
                            if others.is_empty() {
                                continue;
                            }
                            let base =
                                others.iter().filter(|&&e| e).count() as f64 / others.len() as f64;
                            cases.push(Case {
                                region: (*region).clone(),
                                indicator: ind.to_owned(),
                                baseline,
                                intensity,
                                origin,
                                horizon: y - origin,
                                covered: lo <= *truth && *truth <= hi,
                                ape: (point - truth).abs() / truth,
                                ape_naive: (if baseline { v0 } else { *threshold } - truth).abs()
                                    / truth,
                                p,
                                event: truth >= threshold,
                                base,
                                test,
                                spread,
                            });
                        }
                    }
                }
            }
        }
    }
    cases
}

/// The seed panel as known at the end of `origin`, with (region, indicator) cut to its origin
/// value (`baseline`) or removed, and no targets.
fn cut(full: &Panel, region: &str, ind: &str, origin: i32, baseline: bool) -> Panel {
    let mut data = full.as_of(origin).data().clone();
    data.targets.clear();
    data.observations.retain(|o| {
        o.region != region
            || o.indicator != ind
            || (baseline && o.year == origin && o.as_of.is_none())
    });
    Panel::try_new(data).expect("a cut panel")
}

/// P(≥ threshold), the interval's ends, whether intensity judged it, and the projection.
type Judged = (f64, f64, f64, bool, f64);

/// A [`Judged`] row for each (year, threshold).
fn judge(
    panel: &Panel,
    region: &str,
    ind: &str,
    targets: &[(i32, f64, f64)],
    intensity: bool,
    spread: bool,
) -> Vec<Option<Judged>> {
    let mut data = panel.data().clone();
    data.targets = targets
        .iter()
        .map(|&(y, thr, _)| Target::new(region, ind, y, Comparator::Ge, TargetValue::Numeric(thr)))
        .collect();
    let p = Panel::try_new(data).expect("a panel with targets");
    let opts = AssessOptions::default()
        .with_intensity(intensity)
        .with_quantity_spread(spread);
    let report = assess_panel(&p, &opts);
    targets
        .iter()
        .map(|&(y, thr, _)| {
            let r = report.rows.iter().find(|r| {
                r.region == region
                    && r.indicator == ind
                    && r.target_year == y
                    && r.target.is_some_and(|t| t == thr)
            })?;
            let from_intensity = matches!(r.source, Some(Source::Intensity { .. }));
            if std::env::var_os("INTENSITY_DEBUG").is_some() {
                eprintln!(
                    "{region} {ind} {y} {intensity}: {:?} {:?}",
                    r.source,
                    r.verdict.status()
                );
            }
            if std::env::var_os("INTENSITY_DEBUG").is_some() {
                eprintln!(
                    "{region} {ind} {y} i={intensity} s={spread}: {:?} {:?} {:?} {:?} {:?}",
                    r.projected, r.lower, r.upper, r.interval_method, r.last_value
                );
            }
            Some((
                r.probability?,
                r.lower?,
                r.upper?,
                from_intensity,
                r.projected?,
            ))
        })
        .collect()
}

/// Scores of a set of cases.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// Cases.
    pub n: usize,
    /// Share of truths inside the 80 % interval.
    pub coverage: f64,
    /// Mean Brier score of P.
    pub brier: f64,
    /// Mean Brier score of the base rate.
    pub base: f64,
    /// 90 % region-block bootstrap interval of Brier − base.
    pub interval: (f64, f64),
    /// Mean absolute percentage error of the point forecasts (%).
    pub mape: f64,
    /// The same of the naive forecasts ([`Case::ape_naive`]).
    pub mape_naive: f64,
}

/// Summary of a set of cases: n, coverage, Brier, base-rate Brier, and a 90 % region-block
/// bootstrap interval of Brier − base (1,000 replicates, seed 30).
pub fn summary(cases: &[&Case]) -> Option<Summary> {
    use rand::{Rng, SeedableRng};
    if cases.is_empty() {
        return None;
    }
    let n = cases.len() as f64;
    let cover = cases.iter().filter(|c| c.covered).count() as f64 / n;
    let brier = |c: &Case| (c.p - f64::from(u8::from(c.event))).powi(2);
    let base = |c: &Case| (c.base - f64::from(u8::from(c.event))).powi(2);
    let b = cases.iter().map(|c| brier(c)).sum::<f64>() / n;
    let b0 = cases.iter().map(|c| base(c)).sum::<f64>() / n;
    let regions: Vec<&str> = cases
        .iter()
        .map(|c| c.region.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(30);
    let mut diffs = Vec::with_capacity(1000);
    for _ in 0..1000 {
        let (mut s, mut k) = (0.0, 0usize);
        for _ in 0..regions.len() {
            let r = regions[rng.gen_range(0..regions.len())];
            for c in cases.iter().filter(|c| c.region == r) {
                s += brier(c) - base(c);
                k += 1;
            }
        }
        if k > 0 {
            diffs.push(s / k as f64);
        }
    }
    diffs.sort_by(f64::total_cmp);
    let q = |p: f64| diffs[((diffs.len() - 1) as f64 * p).round() as usize];
    Some(Summary {
        n: cases.len(),
        coverage: cover,
        brier: b,
        base: b0,
        interval: (q(0.05), q(0.95)),
        mape: 100.0 * cases.iter().map(|c| c.ape).sum::<f64>() / n,
        mape_naive: 100.0 * cases.iter().map(|c| c.ape_naive).sum::<f64>() / n,
    })
}

/// Exact observations of (region, indicator) at their time: year-end of Y at Y + 1, a dated
/// value (`as_of` YYYY-MM) at YYYY + MM/12; lower bounds left out.
fn dated(panel: &Panel, region: &str, indicator: &str) -> Vec<(f64, f64)> {
    let mut v: Vec<(f64, f64)> = panel
        .series_observations(region, indicator)
        .into_iter()
        .flatten()
        .filter(|o| o.bound == plancast::Bound::Exact && o.value > 0.0)
        .filter_map(|o| {
            let t = match o.as_of.as_deref() {
                None => f64::from(o.year) + 1.0,
                Some(a) => {
                    let (y, m) = a.split_once('-')?;
                    f64::from(y.parse::<i32>().ok()?) + f64::from(m.parse::<u32>().ok()?) / 12.0
                }
            };
            Some((t, o.value))
        })
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    v
}

/// ln of a year-end series at time `t`, log-linear between its values (none outside).
fn log_at(series: &BTreeMap<i32, f64>, t: f64) -> Option<f64> {
    let pts: Vec<(f64, f64)> = series
        .iter()
        .map(|(y, v)| (f64::from(*y) + 1.0, v.ln()))
        .collect();
    let k = pts.partition_point(|p| p.0 < t);
    let b = pts.get(k)?;
    if (b.0 - t).abs() < 1e-9 {
        return Some(b.1);
    }
    let a = pts.get(k.checked_sub(1)?)?;
    Some(a.1 + (b.1 - a.1) * (t - a.0) / (b.0 - a.0))
}

/// The validation of [`run`] with every later observation a truth, dated ones (mid-year
/// cumulative counts) included: the row's log-normal is interpolated between the year-ends
/// around the truth's date (centre and sd linearly). The base rate is the share of events among
/// the other part's cases of the same indicator and mode (a climatology that knows outcomes).
pub fn run_dated(indicator: &str, last_origin: i32) -> Vec<Case> {
    let full = plancast::seeds::panel().expect("the seed panel");
    let parts = split();
    let aggregate = "china";
    let agg = values(&full, aggregate, indicator);
    let q = 1.281_551_565_544_600_5; // the normal's 0.9 quantile: an 80 % interval's half-width
    let mut cases = Vec::new();
    for (region, part) in &parts {
        if part == "reference" {
            continue;
        }
        let test = part == "test";
        let own = values(&full, region, indicator);
        let truths = dated(&full, region, indicator);
        for (&origin, &v0) in own.range(..=last_origin) {
            let t0 = f64::from(origin) + 1.0;
            let later: Vec<(f64, f64)> = truths
                .iter()
                .copied()
                .filter(|&(t, _)| t > t0 + 0.01 && t <= t0 + 5.0)
                .collect();
            if later.is_empty() {
                continue;
            }
            for baseline in [true, false] {
                let panel = cut(&full, region, indicator, origin, baseline);
                // Year-end predictions for every year the truths fall between.
                let years: BTreeSet<i32> = later
                    .iter()
                    .flat_map(|&(t, _)| {
                        let ya = t.ceil() as i32 - 2;
                        [ya, ya + 1]
                    })
                    .filter(|&y| y > origin)
                    .collect();
                let targets: Vec<(i32, f64, f64)> = years.iter().map(|&y| (y, 1.0, 0.0)).collect();
                let modes: &[bool] = if baseline { &[true, false] } else { &[true] };
                for &intensity in modes {
                    let rows = judge(&panel, region, indicator, &targets, intensity, true);
                    let at: BTreeMap<i32, (f64, f64)> = years
                        .iter()
                        .zip(&rows)
                        .filter_map(|(&y, r)| {
                            let (_, lo, hi, from, _) = (*r)?;
                            if from != intensity
                                || lo.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater)
                            {
                                return None;
                            }
                            let (m, sd) =
                                ((lo.ln() + hi.ln()) / 2.0, (hi.ln() - lo.ln()) / (2.0 * q));
                            Some((y, (m, sd)))
                        })
                        .collect();
                    for &(t, truth) in &later {
                        let ya = t.ceil() as i32 - 2;
                        let w = t - (f64::from(ya) + 1.0);
                        let a = if ya == origin && baseline {
                            Some((v0.ln(), 0.0))
                        } else {
                            at.get(&ya).copied()
                        };
                        let (Some((ma, sa)), Some(&(mb, sb))) = (a, at.get(&(ya + 1))) else {
                            continue;
                        };
                        let (m, sd) = (ma + w * (mb - ma), sa + w * (sb - sa));
                        if sd.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
                            continue;
                        }
                        let threshold = if baseline {
                            let (Some(a1), Some(a0)) = (log_at(&agg, t), log_at(&agg, t0)) else {
                                continue;
                            };
                            v0 * (a1 - a0).exp()
                        } else {
                            let (Some(a1), Some(s_r), Some(s_a)) = (
                                log_at(&agg, t),
                                scale_at(&full, region, t.floor() as i32 - 1),
                                scale_at(&full, aggregate, t.floor() as i32 - 1),
                            ) else {
                                continue;
                            };
                            a1.exp() * s_r / s_a
                        };
                        let z = (threshold.ln() - m) / sd;
                        let p = 1.0 - normal_cdf(z);
                        let (lo, hi) = ((m - q * sd).exp(), (m + q * sd).exp());
                        cases.push(Case {
                            region: region.clone(),
                            indicator: indicator.to_owned(),
                            baseline,
                            intensity,
                            origin,
                            horizon: (t - t0).ceil() as i32,
                            covered: lo <= truth && truth <= hi,
                            ape: (m.exp() - truth).abs() / truth,
                            ape_naive: (if baseline { v0 } else { threshold } - truth).abs()
                                / truth,
                            p,
                            event: truth >= threshold,
                            base: f64::NAN,
                            test,
                            spread: true,
                        });
                    }
                }
            }
        }
    }
    // The base rate: the other part's share of events, by mode.
    let share = |test: bool, baseline: bool, intensity: bool| {
        let e: Vec<bool> = cases
            .iter()
            .filter(|c| c.test == test && c.baseline == baseline && c.intensity == intensity)
            .map(|c| c.event)
            .collect();
        (!e.is_empty()).then(|| e.iter().filter(|&&x| x).count() as f64 / e.len() as f64)
    };
    let rates: Vec<(bool, bool, bool, Option<f64>)> = [true, false]
        .into_iter()
        .flat_map(|t| [(t, true, true), (t, true, false), (t, false, true)])
        .map(|(t, b, i)| (t, b, i, share(!t, b, i)))
        .collect();
    for c in &mut cases {
        c.base = rates
            .iter()
            .find(|r| r.0 == c.test && r.1 == c.baseline && r.2 == c.intensity)
            .and_then(|r| r.3)
            .unwrap_or(0.5);
    }
    cases
}

/// Φ(z), by statrs.
fn normal_cdf(z: f64) -> f64 {
    use statrs::distribution::{ContinuousCDF, Normal};
    Normal::new(0.0, 1.0).map_or(f64::NAN, |n| n.cdf(z))
}

/// One row of `seeds/reference_panels/provincial_series.csv`.
struct ProvincialRow {
    region: String,
    indicator: String,
    year: i32,
    value: f64,
    /// Year-end (no `as_of`, or December) and exact (no bound).
    year_end_exact: bool,
}

/// The rows of the NBS provincial tables for `indicators` whose year and value parse.
fn provincial_rows(indicators: &[&str]) -> Vec<ProvincialRow> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds/reference_panels/provincial_series.csv");
    let mut r = csv::Reader::from_path(path).expect("provincial_series.csv");
    let h = r.headers().expect("a header").clone();
    let col = |n: &str| h.iter().position(|c| c == n).expect("a column");
    let (reg, ind, year, value, as_of, bound) = (
        col("region"),
        col("indicator"),
        col("year"),
        col("value"),
        col("as_of"),
        col("bound"),
    );
    r.records()
        .flatten()
        .filter(|rec| indicators.contains(&&rec[ind]))
        .filter_map(|rec| {
            Some(ProvincialRow {
                region: rec[reg].to_owned(),
                indicator: rec[ind].to_owned(),
                year: rec[year].parse().ok()?,
                value: rec[value].replace(',', "").parse().ok()?,
                year_end_exact: rec[bound].is_empty()
                    && (rec[as_of].is_empty() || rec[as_of].ends_with("-12")),
            })
        })
        .collect()
}

/// The log-scale regional spread of a class's provinces around their nation (the derivation
/// of `plancast::RegionalSpread::of` for counts and money): from the NBS provincial tables
/// (`seeds/reference_panels/provincial_series.csv`, year-end values), the nation the sum of the
/// provinces in the years every province reports, d = Δₕ ln y_province − Δₕ ln y_nation over
/// every pair of years of the provinces of one part of the frozen split (`test` false: the
/// tuning part), sd (q90 − q10)/2.563 for h = 1..=8: (h, pairs, sd).
pub fn quantity_spread_estimate(indicators: &[&str], test: bool) -> Vec<(i32, usize, f64)> {
    let parts = split();
    let mut series: BTreeMap<(String, String), BTreeMap<i32, f64>> = BTreeMap::new();
    for row in provincial_rows(indicators) {
        if row.year_end_exact && row.value > 0.0 {
            series
                .entry((row.indicator, row.region))
                .or_default()
                .insert(row.year, row.value);
        }
    }
    let mut by_h: Vec<Vec<f64>> = vec![Vec::new(); 8];
    for &i in indicators {
        let provinces: Vec<&BTreeMap<i32, f64>> = series
            .iter()
            .filter(|((x, _), _)| x == i)
            .map(|(_, s)| s)
            .collect();
        let years: BTreeSet<i32> = provinces.iter().flat_map(|s| s.keys().copied()).collect();
        let nation: BTreeMap<i32, f64> = years
            .into_iter()
            .filter(|y| provinces.iter().all(|s| s.contains_key(y)))
            .map(|y| (y, provinces.iter().map(|s| s[&y]).sum()))
            .collect();
        for ((_, region), s) in series.iter().filter(|((x, _), _)| x == i) {
            if parts.get(region).map(String::as_str) != Some(if test { "test" } else { "tuning" }) {
                continue;
            }
            for (&t, &v) in s {
                for k in 1..=8 {
                    let (Some(&v2), Some(&a1), Some(&a2)) =
                        (s.get(&(t + k)), nation.get(&t), nation.get(&(t + k)))
                    else {
                        continue;
                    };
                    by_h[(k - 1) as usize].push((v2 / v).ln() - (a2 / a1).ln());
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

/// The indicators of the provincial tables each class's spread is estimated from.
pub const SPREAD_COUNTS: [&str; 3] = [
    "fixed_broadband_users",
    "mobile_internet_users",
    "optical_cable_length",
];
/// See [`SPREAD_COUNTS`].
pub const SPREAD_MONEY: [&str; 2] = ["ecommerce_sales", "software_revenue"];
