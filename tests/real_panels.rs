//! The default assessment on real panels (a reduced run of `examples/backtest.rs`: every
//! fourth origin year): its intervals and probabilities against a random walk with drift, on
//! the Eurostat household-internet panel and the World Bank internet-users panel. The bounds
//! are what the default achieves today (README, *On real panels*), so a change that makes it
//! less honest on real data fails here.

#[path = "../examples/support/panel_backtest.rs"]
mod panel_backtest;

use std::path::Path;

fn run(name: &str) -> [panel_backtest::BandScore; 3] {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/panels")
        .join(name);
    let rp = panel_backtest::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let years: Vec<i32> = rp.panel.observations().iter().map(|o| o.year).collect();
    let (first, last) = (*years.iter().min().unwrap(), *years.iter().max().unwrap());
    let origins: Vec<i32> = (first.max(1995) + 2..last).step_by(4).collect();
    let bands = panel_backtest::run(&rp, &origins, 1, 10);
    panel_backtest::print(name, &bands);
    bands
}

#[test]
fn eurostat_households_intervals_and_probabilities() {
    for b in run("eurostat_isoc_internet") {
        let n = b.n as f64;
        assert!(b.n > 300, "{b:?}");
        let cover = b.cover_default as f64 / n;
        assert!((0.78..=0.88).contains(&cover), "coverage {cover}");
        // Better probabilities than the random walk's; point forecasts as good.
        assert!(b.brier_default < b.brier_rw + 0.005, "{b:?}");
        assert!(b.ape_default <= b.ape_rw * 1.02, "{b:?}");
    }
}

/// Shares pooled with their reference class (`combine`): on the EU digital panel P(met) beats
/// the base rate at 3–10 years and the random walk everywhere, point forecasts beat the random
/// walk's, and intervals stay within 78–95 % (wide: README, *On real panels*).
#[test]
fn eu_digital_pooled_with_the_class() {
    for (k, b) in run("eurostat_eu27_digital").into_iter().enumerate() {
        let n = b.n as f64;
        assert!(b.n > 500, "{b:?}");
        let cover = b.cover_default as f64 / n;
        assert!((0.78..=0.95).contains(&cover), "coverage {cover}");
        assert!(b.brier_default < b.brier_rw, "{b:?}");
        assert!(b.ape_default < b.ape_rw, "{b:?}");
        if k > 0 {
            assert!(b.brier_default / n < b.brier_base(), "{b:?}");
        }
    }
}

#[test]
fn world_bank_intervals_and_probabilities() {
    for (k, b) in run("wdi_internet_users_nov2024").into_iter().enumerate() {
        let n = b.n as f64;
        assert!(b.n > 2000, "{b:?}");
        let cover = b.cover_default as f64 / n;
        // Short of the 75 % floor (67–72 % in this reduced run, 73–82 % in the full one:
        // pre-diffusion zeros keep most series on the value scale, where the diffusion's
        // take-off and slow-down are not exchangeable with earlier windows), far above the
        // random walk's 18–50 %.
        assert!((0.65..=0.85).contains(&cover), "coverage {cover}");
        assert!(cover > b.cover_rw as f64 / n + 0.1, "{b:?}");
        // Point forecasts at or below the random walk's (the calibration continues the
        // value-scale trends with the drift: `Calibration::blend`).
        assert!(b.ape_default <= b.ape_rw, "{b:?}");
        // P(met) better than the random walk's everywhere; better than the base rate at 1–2
        // years (in this reduced run; the full run of the README beats it at every band).
        assert!(b.brier_default < b.brier_rw, "{b:?}");
        if k == 0 {
            assert!(b.brier_default / n < b.brier_base(), "{b:?}");
        }
    }
}

/// Borrowed growth (`assess_panel` with `references`): every country cut to one observation,
/// its path borrowed from the EU27 aggregate. With the regional spread its 80 % intervals cover
/// 85–95 % (without it, 38–41 % in this reduced run: the aggregate's own noise) and P(met) beats
/// the base rate.
#[test]
fn borrowed_growth_with_the_regional_spread() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/panels/eurostat_isoc_internet");
    let rp = panel_backtest::load_keeping(&dir, &["eu27_2020"]).unwrap_or_else(|e| panic!("{e}"));
    let origins: Vec<i32> = (2005..2022).step_by(4).collect();
    let bands = panel_backtest::run_borrowed(&rp, "eu27_2020", &origins, 10);
    panel_backtest::print("isoc borrowed", &bands);
    for b in bands {
        let n = b.n as f64;
        assert!(b.n > 400, "{b:?}");
        let cover = b.cover_default as f64 / n;
        assert!((0.85..=0.95).contains(&cover), "coverage {cover}");
        assert!(b.brier_default / n < b.brier_base(), "{b:?}");
    }
}

/// The reference-class method (`AssessOptions::reference_classes`): half the regions cut to
/// one observation and judged by the growth of the other half (their aggregate hidden), every
/// fourth origin. Bounds: what it achieves on the three Eurostat panels at 1–5 years (README,
/// *One observation*); at 6–10 years the household panel's regions grow slower than the class
/// did and coverage falls to 54 %, which is why that band is not asserted.
#[test]
fn reference_class_on_held_out_regions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/panels");
    for (folder, aggregate) in [
        ("eurostat_isoc_internet", Some("eu27_2020")),
        ("eurostat_eu27_digital", None),
        ("eurostat_nuts_daily_internet", None),
    ] {
        let keep: Vec<&str> = aggregate.into_iter().collect();
        let rp = panel_backtest::load_keeping(&root.join(folder), &keep)
            .unwrap_or_else(|e| panic!("{e}"));
        let origins: Vec<i32> = (2005..2022).step_by(4).collect();
        let bands = panel_backtest::run_class(&rp, aggregate, &origins, 10);
        panel_backtest::print(&format!("{folder} (class)"), &bands);
        for b in &bands[..2] {
            let n = b.n as f64;
            assert!(b.n > 400, "{folder}: {b:?}");
            let cover = b.cover_default as f64 / n;
            assert!((0.70..=0.92).contains(&cover), "{folder}: coverage {cover}");
            assert!(b.brier_default / n < b.brier_base(), "{folder}: {b:?}");
        }
    }
}
