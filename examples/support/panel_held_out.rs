//! Held-out regions of the real-panel backtests: one observation kept at the origin, the
//! trajectory borrowed from the aggregate ([`run_borrowed`], with the regional spread as of
//! the origin) or judged by the reference class of the tuning part ([`run_class`]).

use std::collections::BTreeMap;

use plancast::model::Transform;
use plancast::{assess_panel, AssessOptions, Panel};

use super::panel_scores::{self, band_of, Case};
use super::{ge_target, scale, scored, RealPanel};

/// Scores of borrowed growth: every region cut to one observation at the origin (a plan's
/// baseline), its trajectory borrowed from `aggregate` (observed up to the origin) through
/// `AssessOptions::references`, targets at every later observed year within `hmax` at the
/// aggregate's pace (and at 1.5× it on every other row, as ambitious plans set them). Only the
/// default method is scored (a random walk needs two points). The regional spread is estimated
/// at each origin from the tuning part's regions, on pairs of years both at or before the
/// origin ([`spread_as_of`]); without enough of them (fewer than 20 pairs at one year), the
/// shipped default.
pub fn run_borrowed(rp: &RealPanel, aggregate: &str, origins: &[i32], hmax: i32) -> Vec<Case> {
    let full = &rp.panel;
    let mut cases = Vec::new();
    for &o in origins {
        let spread = spread_as_of(rp, aggregate, Some(o)).unwrap_or_default();
        let opts = AssessOptions::default()
            .with_references(Some(vec![aggregate.to_owned()]))
            .with_regional_spread(Some(spread));
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
        held.score(rp, &opts, o, &mut cases);
    }
    panel_scores::base_rates(&mut cases);
    cases
}

/// The regional spread σ·h^b estimated from the tuning part's regions around `aggregate`,
/// from pairs of years both at or before `as_of` (all years with `None`): σ the sd at one
/// year, b from the sd at the longest distance (≤ 10 years) with at least 20 pairs.
pub fn spread_as_of(
    rp: &RealPanel,
    aggregate: &str,
    as_of: Option<i32>,
) -> Option<plancast::RegionalSpread> {
    let est = spread_estimate_where(rp, aggregate, as_of, |r| !rp.is_test(r));
    let (h1, _, s1) = *est.first()?;
    let (hk, _, sk) = *est.last()?;
    if h1 != 1 || hk < 2 || s1 <= 0.0 || sk <= 0.0 {
        return None;
    }
    let b = ((sk / s1).ln() / f64::from(hk).ln()).clamp(0.0, 2.0);
    plancast::RegionalSpread::try_new(s1, b).ok()
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

    /// Assesses the cut panel and adds its scored rows to `cases` (no random walk: one
    /// observation).
    fn score(self, rp: &RealPanel, opts: &AssessOptions, o: i32, cases: &mut Vec<Case>) {
        if self.data.targets.is_empty() {
            return;
        }
        let report = assess_panel(&Panel::try_new(self.data).expect("a subset"), opts);
        for (r, y, target, p, (lo, hi), pr) in scored(&report, &self.truth) {
            let Some(k) = band_of(r.target_year - o) else {
                continue;
            };
            cases.push(Case {
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
                rw: None,
                pooled: r.interval_method == Some(plancast::IntervalMethod::Combined),
                calibrated: false,
                base: 0.5,
                pit_own: None,
                pit_class: None,
                p_own: None,
                p_class: None,
            });
        }
    }
}

/// The spread of regions' logit change around their aggregate's over h = 1..=10 years: the
/// sd (q90 − q10)/2.563 of d = Δₕz_region − Δₕz_aggregate over every pair of years both observe
/// (the derivation of `plancast::RegionalSpread`'s default).
pub fn spread_estimate(rp: &RealPanel, aggregate: &str) -> Vec<(i32, usize, f64)> {
    spread_estimate_where(rp, aggregate, None, |_| true)
}

/// [`spread_estimate`] over the regions `include` admits, from pairs of years both at or
/// before `as_of` (every pair with `None`).
pub fn spread_estimate_where(
    rp: &RealPanel,
    aggregate: &str,
    as_of: Option<i32>,
    include: impl Fn(&str) -> bool,
) -> Vec<(i32, usize, f64)> {
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
            if i != ind.id || reg == aggregate || !include(reg) {
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
                    if as_of.is_some_and(|y| t + h > y) {
                        break;
                    }
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

/// Scores of the reference-class method: the frozen split's test regions cut to one
/// observation at the origin (a plan's baseline), the tuning regions kept up to the origin as
/// the class (every indicator of the panel, same kind), the aggregate hidden (`aggregate` only
/// sets the targets' pace, as a plan's aggregate would; without one, the tuning part's median
/// pace over its last five years does). Targets at every later observed year within `hmax`, at
/// 1× and (every other row) 1.5× the pace.
pub fn run_class(rp: &RealPanel, aggregate: Option<&str>, origins: &[i32], hmax: i32) -> Vec<Case> {
    let full = &rp.panel;
    let mut cases = Vec::new();
    let opts = AssessOptions::default()
        .with_references(Some(Vec::new()))
        .with_calibration(false);
    let in_class = |r: &str| Some(r) != aggregate && !rp.is_test(r);
    for &o in origins {
        let mut data = full.data().clone();
        data.observations.retain(|x| {
            x.as_of.is_none()
                && if rp.is_test(&x.region) {
                    x.year == o
                } else {
                    in_class(&x.region) && x.year <= o
                }
        });
        let mut held = HeldOut::new(data);
        for ind in full.indicators() {
            let Some(pace) = pace_at(full, aggregate, &ind.id, o, in_class) else {
                continue;
            };
            let g = match ind.bounds.both() {
                Some((lower, upper)) => Transform::Logit { lower, upper },
                None => Transform::Log,
            };
            held.add_targets(full, &ind.id, g, pace, (o, hmax), |r| rp.is_test(r));
        }
        held.score(rp, &opts, o, &mut cases);
    }
    panel_scores::base_rates(&mut cases);
    cases
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
