//! The default assessment on real panels (a reduced run of `examples/backtest.rs`: every
//! fourth origin year), scored on the frozen split's **test** part only (`split.csv` of each
//! panel; docs/methods.md, "The frozen split"): its intervals and probabilities against a
//! random walk with drift and the base rate known before each origin. The bounds are what the
//! default achieves today (README, *On real panels*), so a change that makes it less honest on
//! real data fails here. Statistics are means over cases (never sums with a slack).

#[path = "../examples/support/panel_backtest.rs"]
mod panel_backtest;

use std::path::Path;

use panel_backtest::panel_scores::{summarise, Band};
use panel_backtest::{Case, RealPanel, RunOptions};

fn panel(name: &str, keep: &[&str]) -> RealPanel {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/panels")
        .join(name);
    panel_backtest::load_keeping(&dir, keep).unwrap_or_else(|e| panic!("{e}"))
}

fn run(name: &str) -> Vec<Band> {
    let rp = panel(name, &[]);
    let ro = RunOptions {
        step: 1,
        ..Default::default()
    };
    let cases = panel_backtest::run(&rp, &panel_backtest::origins(&rp, 4), 10, &ro);
    let bands = summarise(&cases);
    panel_backtest::panel_scores::print(name, &bands);
    bands
}

/// Every shipped panel has a frozen split covering each of its regions, with both parts
/// non-empty and the test part 40–60 % of the scored regions (`load` fails on a region
/// missing from `split.csv`).
#[test]
fn every_panel_has_a_frozen_split() {
    for name in panel_backtest::pool_fit::PANELS {
        let rp = panel(name, &[]);
        let regions: Vec<&str> = rp.panel.regions().iter().map(|r| r.id.as_str()).collect();
        let test = regions.iter().filter(|r| rp.is_test(r)).count();
        let share = test as f64 / regions.len() as f64;
        assert!(
            (0.4..=0.6).contains(&share),
            "{name}: {test} of {}",
            regions.len()
        );
    }
}

#[test]
fn eurostat_households_intervals_and_probabilities() {
    for b in run("eurostat_isoc_internet") {
        let s = b.stats;
        assert!(b.cases > 150, "{b:?}");
        assert!((0.70..=0.88).contains(&s.cover), "{b:?}");
        // Better probabilities than the random walk's; point forecasts better too.
        assert!(s.brier < s.brier_rw, "{b:?}");
        assert!(s.mape_minus_rw < 0.0, "{b:?}");
    }
}

/// Shares pooled with their reference class (`combine`, the recalibrated pool): on the EU
/// digital panel P(met) beats the pre-origin base rate and the random walk at every band,
/// point forecasts beat the random walk's, and intervals stay within 78–95 % (wide at 6–10
/// years: README, *On real panels*).
#[test]
fn eu_digital_pooled_with_the_class() {
    for b in run("eurostat_eu27_digital") {
        let s = b.stats;
        assert!(b.cases > 200, "{b:?}");
        assert!((0.78..=0.95).contains(&s.cover), "{b:?}");
        assert!(s.brier < s.brier_rw, "{b:?}");
        assert!(s.mape_minus_rw < 0.0, "{b:?}");
        assert!(s.brier_minus_base < 0.0, "{b:?}");
    }
}

#[test]
fn world_bank_intervals_and_probabilities() {
    for b in run("wdi_internet_users_nov2024") {
        let s = b.stats;
        assert!(b.cases > 1000, "{b:?}");
        // Short of the 75 % floor (71–73 % in the full run, 65 % at 6–10 years in this
        // reduced one): pre-diffusion zeros keep most series on the value scale, where the
        // diffusion's take-off and slow-down are not exchangeable with earlier windows; far
        // above the random walk's 20–50 %.
        assert!((0.60..=0.85).contains(&s.cover), "{b:?}");
        assert!(s.cover > s.cover_rw + 0.1, "{b:?}");
        assert!(s.mape_minus_rw <= 0.0, "{b:?}");
        assert!(s.brier < s.brier_rw, "{b:?}");
    }
}

/// Borrowed growth (`assess_panel` with `references`): every test-part country cut to one
/// observation, its path borrowed from the EU27 aggregate, the regional spread estimated at
/// each origin from the tuning part's countries before it. Its 80 % intervals cover 65–95 %
/// (69 % at 6–10 years in this reduced run: the spread known at early origins comes from
/// short pairs of years) and P(met) is no worse than the pre-origin base rate.
#[test]
fn borrowed_growth_with_the_regional_spread() {
    let rp = panel("eurostat_isoc_internet", &["eu27_2020"]);
    let origins: Vec<i32> = (2005..2022).step_by(4).collect();
    let cases = panel_backtest::run_borrowed(&rp, "eu27_2020", &origins, 10);
    let bands = summarise(&cases);
    panel_backtest::panel_scores::print("isoc borrowed", &bands);
    for b in bands {
        let s = b.stats;
        assert!(b.cases > 150, "{b:?}");
        assert!((0.65..=0.95).contains(&s.cover), "{b:?}");
        assert!(s.brier_minus_base < 0.01, "{b:?}");
    }
}

/// The reference-class method: the test part's regions cut to one observation and judged by
/// the tuning part's growth (their aggregate hidden), every fourth origin. At 1–5 years its
/// intervals cover 70–92 % and P(met) beats the pre-origin base rate on the three Eurostat
/// panels; at 6–10 years the household panel's regions grow slower than the class did, which
/// is why that band is not asserted.
#[test]
fn reference_class_on_held_out_regions() {
    for (folder, aggregate) in [
        ("eurostat_isoc_internet", Some("eu27_2020")),
        ("eurostat_eu27_digital", None),
        ("eurostat_nuts_daily_internet", None),
    ] {
        let keep: Vec<&str> = aggregate.into_iter().collect();
        let rp = panel(folder, &keep);
        let origins: Vec<i32> = (2005..2022).step_by(4).collect();
        let cases = panel_backtest::run_class(&rp, aggregate, &origins, 10);
        let bands = summarise(&cases);
        panel_backtest::panel_scores::print(&format!("{folder} (class)"), &bands);
        for b in bands.iter().filter(|b| b.band < 2) {
            let s = b.stats;
            assert!(b.cases > 150, "{folder}: {b:?}");
            assert!((0.70..=0.92).contains(&s.cover), "{folder}: {b:?}");
            assert!(s.brier_minus_base < 0.0, "{folder}: {b:?}");
        }
    }
}

/// The forecasts of a case as bits: (region, origin, target year, point, lower, upper, P).
fn forecasts(cases: &[Case]) -> Vec<(String, i32, i32, [u64; 4])> {
    let mut v: Vec<_> = cases
        .iter()
        .map(|c| {
            let bits = [c.point, c.lower, c.upper, c.p].map(f64::to_bits);
            (c.region.clone(), c.origin, c.target_year, bits)
        })
        .collect();
    v.sort();
    v
}

/// "As of the origin" means it: every observation after the origin multiplied by 3 (or
/// replaced by 1 − x for shares, so it stays a share) leaves every forecast of every backtest
/// — the rolling-origin run, borrowed growth with its spread estimated before the origin, the
/// reference class — bit for bit where it was. Only the truths they are scored against move.
#[test]
fn poisoned_post_origin_data_moves_no_forecast() {
    let origin = 2012;
    let poison = |rp: &RealPanel| -> RealPanel {
        let mut data = rp.panel.data().clone();
        for o in data.observations.iter_mut().filter(|o| o.year > origin) {
            o.value = if o.value <= 100.0 {
                100.0 - o.value
            } else {
                3.0 * o.value
            };
        }
        RealPanel {
            name: rp.name.clone(),
            panel: plancast::Panel::try_new(data).expect("same shape"),
            test: rp.test.clone(),
        }
    };
    let rp = panel("eurostat_isoc_internet", &["eu27_2020"]);
    let bad = poison(&rp);
    let ro = RunOptions {
        step: 1,
        ..Default::default()
    };
    let a = panel_backtest::run(&rp, &[origin], 10, &ro);
    let b = panel_backtest::run(&bad, &[origin], 10, &ro);
    assert!(a.len() > 100);
    assert_eq!(forecasts(&a), forecasts(&b));
    // The truths did move: the poison reached the data.
    assert!(a.iter().zip(&b).any(|(x, y)| x.truth != y.truth));
    let a = panel_backtest::run_borrowed(&rp, "eu27_2020", &[origin], 10);
    let b = panel_backtest::run_borrowed(&bad, "eu27_2020", &[origin], 10);
    assert!(a.len() > 50);
    assert_eq!(forecasts(&a), forecasts(&b));
    let a = panel_backtest::run_class(&rp, Some("eu27_2020"), &[origin], 10);
    let b = panel_backtest::run_class(&bad, Some("eu27_2020"), &[origin], 10);
    assert!(a.len() > 50);
    assert_eq!(forecasts(&a), forecasts(&b));
}

/// The shipped `ClassPool::default()` is the fit `cargo run --release --example backtest --
/// --fit-pool` makes on the tuning part of the four panels of shares (rounded to three
/// decimals): a change to the series' own forecasts or to the class cannot leave it stale.
#[test]
fn shipped_class_pool_is_the_tuning_fit() {
    let mut all = Vec::new();
    for name in panel_backtest::pool_fit::PANELS {
        let rp = panel(name, &[]);
        let ro = RunOptions {
            step: 1,
            pit: true,
            opts: Some(
                plancast::AssessOptions::default().with_class_pool(plancast::ClassPool::equal()),
            ),
        };
        let cases = panel_backtest::run(&rp, &panel_backtest::origins(&rp, 1), 10, &ro);
        all.extend(panel_backtest::pool_fit::pool_cases(&cases));
    }
    let fit = panel_backtest::pool_fit::fit(&all).expect("pooled tuning cases");
    let shipped = plancast::ClassPool::default();
    assert!(
        (fit.own_weight - shipped.own_weight()).abs() < 1e-9,
        "{fit:?}"
    );
    for (k, h) in [1, 4, 8].into_iter().enumerate() {
        let (a, b) = shipped.recalibration(h);
        let (fa, fb) = fit.shapes[k];
        assert!((a - fa).abs() < 5e-4 && (b - fb).abs() < 5e-4, "{fit:?}");
    }
    // The fit improves on the equal pool where it was made.
    assert!(fit.brier < fit.brier_equal, "{fit:?}");
}
