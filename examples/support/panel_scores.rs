//! Scores of the real-panel backtests with their uncertainty (issue 29): every scored case
//! kept, the base rate from what was known before each origin, and 90 % intervals from a
//! bootstrap over regions (every series of a region, at every origin and horizon, is one
//! block: the cases of one region are not independent).
#![allow(dead_code)]

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};

/// Horizon bands of the tables.
pub const BANDS: [(i32, i32); 3] = [(1, 2), (3, 5), (6, 10)];

/// Bootstrap replicates of every interval.
pub const REPLICATES: usize = 1000;

/// The band of `h` years ahead.
pub fn band_of(h: i32) -> Option<usize> {
    BANDS.iter().position(|&(a, b)| (a..=b).contains(&h))
}

/// A random walk with drift's forecast of the same case.
#[derive(Debug, Clone, Copy)]
pub struct RwCase {
    pub point: f64,
    pub lower: f64,
    pub upper: f64,
    pub p: f64,
}

/// One scored case: a target set at an origin, what the default said, what happened.
#[derive(Debug, Clone)]
pub struct Case {
    pub region: String,
    /// In the frozen split's test part (the tables are computed on these only).
    pub test: bool,
    pub origin: i32,
    pub band: usize,
    pub target_year: i32,
    pub truth: f64,
    pub target: f64,
    pub met: bool,
    pub point: f64,
    pub lower: f64,
    pub upper: f64,
    pub p: f64,
    pub rw: Option<RwCase>,
    /// The row pooled its own trajectory with its reference class.
    pub pooled: bool,
    /// The row's interval was calibrated.
    pub calibrated: bool,
    /// The pre-origin base rate (set by [`base_rates`]).
    pub base: f64,
    /// PIT of the truth under the row's own forecast and under its class's, for pooled rows
    /// (what a pooling rule is fitted on).
    pub pit_own: Option<f64>,
    pub pit_class: Option<f64>,
    /// P(met) of the own forecast and of the class, for pooled rows.
    pub p_own: Option<f64>,
    pub p_class: Option<f64>,
}

/// Fewest earlier cases a pre-origin base rate is read from; below it the base rate is ½.
pub const MIN_CLIMATOLOGY: usize = 20;

/// The base rate each case could have known at its origin: the share met among every case of
/// the same run and band (any region, either part: outcomes up to the origin were public)
/// whose target year is at or before the origin — the climatology of earlier windows. With
/// fewer than [`MIN_CLIMATOLOGY`] such cases, ½.
pub fn base_rates(cases: &mut [Case]) {
    for band in 0..BANDS.len() {
        // (year → (met, n)) over the band's cases, then cumulative.
        let mut by_year: BTreeMap<i32, (usize, usize)> = BTreeMap::new();
        for c in cases.iter().filter(|c| c.band == band) {
            let e = by_year.entry(c.target_year).or_default();
            e.0 += usize::from(c.met);
            e.1 += 1;
        }
        let mut cum: Vec<(i32, usize, usize)> = Vec::new();
        let (mut m, mut n) = (0, 0);
        for (y, (a, b)) in by_year {
            m += a;
            n += b;
            cum.push((y, m, n));
        }
        for c in cases.iter_mut().filter(|c| c.band == band) {
            let k = cum.partition_point(|x| x.0 <= c.origin);
            c.base = match k.checked_sub(1).map(|i| cum[i]) {
                Some((_, m, n)) if n >= MIN_CLIMATOLOGY => m as f64 / n as f64,
                _ => 0.5,
            };
        }
    }
}

/// Sums of one block (region) in one band; a table cell is a ratio of sums.
#[derive(Debug, Default, Clone, Copy)]
struct Sums {
    n: f64,
    cover: f64,
    brier: f64,
    brier_base: f64,
    ape: f64,
    ape_n: f64,
    /// Cases with a random walk, and its scores on them (the default's on the same cases).
    n_rw: f64,
    cover_rw: f64,
    brier_rw: f64,
    ape_rw: f64,
    ape_def_rw: f64,
    ape_n_rw: f64,
    calibrated: f64,
    pooled: f64,
}

impl Sums {
    fn add(&mut self, c: &Case) {
        let y = f64::from(u8::from(c.met));
        self.n += 1.0;
        self.cover += f64::from(u8::from(c.lower <= c.truth && c.truth <= c.upper));
        self.brier += (c.p - y).powi(2);
        self.brier_base += (c.base - y).powi(2);
        self.calibrated += f64::from(u8::from(c.calibrated));
        self.pooled += f64::from(u8::from(c.pooled));
        let ape = (c.truth != 0.0).then(|| ((c.point - c.truth) / c.truth).abs());
        if let Some(a) = ape {
            self.ape += a;
            self.ape_n += 1.0;
        }
        if let Some(rw) = c.rw {
            self.n_rw += 1.0;
            self.cover_rw += f64::from(u8::from(rw.lower <= c.truth && c.truth <= rw.upper));
            self.brier_rw += (rw.p - y).powi(2);
            if let Some(a) = ape {
                self.ape_rw += ((rw.point - c.truth) / c.truth).abs();
                self.ape_def_rw += a;
                self.ape_n_rw += 1.0;
            }
        }
    }

    fn scaled_add(&mut self, o: &Sums, k: f64) {
        self.n += k * o.n;
        self.cover += k * o.cover;
        self.brier += k * o.brier;
        self.brier_base += k * o.brier_base;
        self.ape += k * o.ape;
        self.ape_n += k * o.ape_n;
        self.n_rw += k * o.n_rw;
        self.cover_rw += k * o.cover_rw;
        self.brier_rw += k * o.brier_rw;
        self.ape_rw += k * o.ape_rw;
        self.ape_def_rw += k * o.ape_def_rw;
        self.ape_n_rw += k * o.ape_n_rw;
        self.calibrated += k * o.calibrated;
        self.pooled += k * o.pooled;
    }

    /// The table's statistics (NaN where undefined).
    fn stats(&self) -> Stats {
        let r = |a: f64, b: f64| if b > 0.0 { a / b } else { f64::NAN };
        Stats {
            cover: r(self.cover, self.n),
            brier: r(self.brier, self.n),
            brier_base: r(self.brier_base, self.n),
            brier_minus_base: r(self.brier - self.brier_base, self.n),
            mape: 100.0 * r(self.ape, self.ape_n),
            cover_rw: r(self.cover_rw, self.n_rw),
            brier_rw: r(self.brier_rw, self.n_rw),
            mape_rw: 100.0 * r(self.ape_rw, self.ape_n_rw),
            mape_minus_rw: 100.0 * r(self.ape_def_rw - self.ape_rw, self.ape_n_rw),
        }
    }
}

/// The statistics of one band.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    /// Share of truths inside the default's 80 % interval.
    pub cover: f64,
    pub brier: f64,
    /// Brier of the pre-origin base rate on the same cases.
    pub brier_base: f64,
    pub brier_minus_base: f64,
    /// MAPE % of the default's point forecasts.
    pub mape: f64,
    pub cover_rw: f64,
    pub brier_rw: f64,
    pub mape_rw: f64,
    /// The default's MAPE minus the random walk's, on the cases both forecast.
    pub mape_minus_rw: f64,
}

/// One band of a table: its statistics, their 90 % bootstrap intervals, the counts.
#[derive(Debug, Clone)]
pub struct Band {
    pub band: usize,
    pub cases: usize,
    pub regions: usize,
    pub calibrated: usize,
    pub pooled: usize,
    pub stats: Stats,
    /// 5 % and 95 % bootstrap quantiles of each statistic, same order as [`Stats`].
    pub lo: Stats,
    pub hi: Stats,
}

/// The test part's bands of `cases`, each with 90 % intervals from a bootstrap that resamples
/// regions with replacement ([`REPLICATES`] replicates, seed 29).
pub fn summarise(cases: &[Case]) -> Vec<Band> {
    summarise_part(cases, true)
}

/// [`summarise`] of the tuning part (`test = false`) or the test part.
pub fn summarise_part(cases: &[Case], test: bool) -> Vec<Band> {
    let mut out = Vec::new();
    for band in 0..BANDS.len() {
        let mut blocks: BTreeMap<&str, Sums> = BTreeMap::new();
        for c in cases.iter().filter(|c| c.band == band && c.test == test) {
            blocks.entry(c.region.as_str()).or_default().add(c);
        }
        if blocks.is_empty() {
            continue;
        }
        let blocks: Vec<Sums> = blocks.into_values().collect();
        let mut all = Sums::default();
        for b in &blocks {
            all.scaled_add(b, 1.0);
        }
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(29);
        let mut reps: Vec<Stats> = Vec::with_capacity(REPLICATES);
        let mut mult = vec![0u32; blocks.len()];
        for _ in 0..REPLICATES {
            mult.iter_mut().for_each(|m| *m = 0);
            for _ in 0..blocks.len() {
                mult[rng.gen_range(0..blocks.len())] += 1;
            }
            let mut s = Sums::default();
            for (b, &m) in blocks.iter().zip(&mult) {
                if m > 0 {
                    s.scaled_add(b, f64::from(m));
                }
            }
            reps.push(s.stats());
        }
        let q = |f: fn(&Stats) -> f64, p: f64| {
            let mut v: Vec<f64> = reps.iter().map(f).filter(|x| x.is_finite()).collect();
            if v.is_empty() {
                return f64::NAN;
            }
            v.sort_by(f64::total_cmp);
            v[((p * (v.len() - 1) as f64).round() as usize).min(v.len() - 1)]
        };
        let at = |p: f64| Stats {
            cover: q(|s| s.cover, p),
            brier: q(|s| s.brier, p),
            brier_base: q(|s| s.brier_base, p),
            brier_minus_base: q(|s| s.brier_minus_base, p),
            mape: q(|s| s.mape, p),
            cover_rw: q(|s| s.cover_rw, p),
            brier_rw: q(|s| s.brier_rw, p),
            mape_rw: q(|s| s.mape_rw, p),
            mape_minus_rw: q(|s| s.mape_minus_rw, p),
        };
        out.push(Band {
            band,
            cases: all.n as usize,
            regions: blocks.len(),
            calibrated: all.calibrated as usize,
            pooled: all.pooled as usize,
            stats: all.stats(),
            lo: at(0.05),
            hi: at(0.95),
        });
    }
    out
}

/// The table's header (markdown).
pub fn header() {
    println!("| panel | years ahead | cases (regions) | 80 % cover | RW cover | Brier | base-rate Brier | Brier − base | MAPE % | RW MAPE % | MAPE − RW |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
}

/// One panel's rows (markdown), intervals in brackets.
pub fn print(label: &str, bands: &[Band]) {
    let ci = |x: f64, lo: f64, hi: f64, d: usize| format!("{x:.d$} [{lo:.d$}, {hi:.d$}]");
    let or_dash = |x: f64, d: usize| {
        if x.is_finite() {
            format!("{x:.d$}")
        } else {
            "—".to_owned()
        }
    };
    for b in bands {
        let (s, lo, hi) = (&b.stats, &b.lo, &b.hi);
        let mape_diff = if s.mape_minus_rw.is_finite() {
            ci(s.mape_minus_rw, lo.mape_minus_rw, hi.mape_minus_rw, 1)
        } else {
            "—".to_owned()
        };
        println!(
            "| {label} | {}-{} | {} ({}) | {} | {} | {} | {:.3} | {} | {} | {} | {} |",
            BANDS[b.band].0,
            BANDS[b.band].1,
            b.cases,
            b.regions,
            ci(100.0 * s.cover, 100.0 * lo.cover, 100.0 * hi.cover, 1),
            or_dash(100.0 * s.cover_rw, 1),
            ci(s.brier, lo.brier, hi.brier, 3),
            s.brier_base,
            ci(
                s.brier_minus_base,
                lo.brier_minus_base,
                hi.brier_minus_base,
                3
            ),
            or_dash(s.mape, 1),
            or_dash(s.mape_rw, 1),
            mape_diff,
        );
    }
}
