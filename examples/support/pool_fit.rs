//! Fitting the rule that pools a share's own forecast with its reference class
//! (`plancast::ClassPool`) on the tuning part of the real panels (issue 29).
//!
//! The backtest runs with the equal pool (w = ½, no recalibration) and a second target at
//! each truth, so every pooled case carries its own forecast's and its class's P(met) at the
//! target and their PIT values at the truth. For each weight w on a grid of 0.05, the beta
//! recalibration (a, b) is fitted by moments to the pooled PIT values u = w·PIT_own +
//! (1 − w)·PIT_class (a Beta(a, b) variable u makes B_{a,b}(u) uniform); the weight kept is
//! the one whose recalibrated P(met) has the lowest Brier score. Only tuning cases are read.
#![allow(dead_code)]

use statrs::distribution::{Beta, ContinuousCDF};

use super::Case;

/// The panels the rule is fitted on (every shipped panel of shares).
pub const PANELS: [&str; 4] = [
    "eurostat_eu27_digital",
    "eurostat_isoc_internet",
    "eurostat_nuts_daily_internet",
    "wdi_internet_users_nov2024",
];

/// One pooled tuning case: (P_own, P_class, PIT_own, PIT_class, met, band).
type PoolCase = (f64, f64, f64, f64, bool, usize);

/// The fitted rule and its scores on the cases it was fitted on.
#[derive(Debug, Clone, Copy)]
pub struct PoolFit {
    pub own_weight: f64,
    /// (a, b) of each horizon band.
    pub shapes: [(f64, f64); 3],
    pub cases: usize,
    /// Brier of the fitted rule and of the equal pool.
    pub brier: f64,
    pub brier_equal: f64,
    /// Share of recalibrated PIT values inside [0.1, 0.9] (the 80 % interval's coverage), and
    /// the equal pool's.
    pub cover: f64,
    pub cover_equal: f64,
}

/// The pooled tuning cases of `cases` with both components.
pub fn pool_cases(cases: &[Case]) -> Vec<PoolCase> {
    cases
        .iter()
        .filter(|c| !c.test && c.pooled)
        .filter_map(|c| {
            let v = (c.p_own?, c.p_class?, c.pit_own?, c.pit_class?, c.met);
            let ok = [v.0, v.1, v.2, v.3]
                .iter()
                .all(|x| (-1e-6..=1.0 + 1e-6).contains(x));
            ok.then(|| {
                let c01 = |x: f64| x.clamp(0.0, 1.0);
                (c01(v.0), c01(v.1), c01(v.2), c01(v.3), v.4, c.band)
            })
        })
        .collect()
}

/// Beta shapes by moments of `u` (values in [0, 1]); (1, 1) when the moments admit none.
pub fn beta_by_moments(u: &[f64]) -> (f64, f64) {
    let n = u.len() as f64;
    if n < 2.0 {
        return (1.0, 1.0);
    }
    let m = u.iter().sum::<f64>() / n;
    let v = u.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (n - 1.0);
    if !(v > 0.0 && v < m * (1.0 - m)) {
        return (1.0, 1.0);
    }
    let c = m * (1.0 - m) / v - 1.0;
    (m * c, (1.0 - m) * c)
}

fn scores(cases: &[PoolCase], w: f64, shapes: [(f64, f64); 3]) -> (f64, f64) {
    let betas = shapes.map(|(a, b)| Beta::new(a, b).expect("positive shapes"));
    let mut brier = 0.0;
    let mut cover = 0.0;
    for &(po, pc, uo, uc, met, band) in cases {
        let beta = &betas[band];
        let q = w * po + (1.0 - w) * pc;
        let p = 1.0 - beta.cdf((1.0 - q).clamp(0.0, 1.0));
        brier += (p - f64::from(u8::from(met))).powi(2);
        let u = beta.cdf((w * uo + (1.0 - w) * uc).clamp(0.0, 1.0));
        cover += f64::from(u8::from((0.1..=0.9).contains(&u)));
    }
    let n = cases.len().max(1) as f64;
    (brier / n, cover / n)
}

/// The fit (see the module docs); `None` without pooled tuning cases.
pub fn fit(cases: &[PoolCase]) -> Option<PoolFit> {
    if cases.len() < 50 {
        return None;
    }
    let (brier_equal, cover_equal) = scores(cases, 0.5, [(1.0, 1.0); 3]);
    let mut best: Option<PoolFit> = None;
    for k in 0..=20 {
        let w = f64::from(k) * 0.05;
        let shapes: [(f64, f64); 3] = std::array::from_fn(|k| {
            let u: Vec<f64> = cases
                .iter()
                .filter(|c| c.5 == k)
                .map(|&(_, _, uo, uc, _, _)| w * uo + (1.0 - w) * uc)
                .collect();
            beta_by_moments(&u)
        });
        let (brier, cover) = scores(cases, w, shapes);
        if best.is_none_or(|f| brier < f.brier) {
            best = Some(PoolFit {
                own_weight: w,
                shapes,
                cases: cases.len(),
                brier,
                brier_equal,
                cover,
                cover_equal,
            });
        }
    }
    best
}
