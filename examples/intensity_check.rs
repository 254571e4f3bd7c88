//! Held-out validation of intensity judgements (issue 30) on the Chinese regional panel:
//! regions of the frozen split's test part cut to one observation or none, judged with the rest.
//!
//! ```sh
//! cargo run --release --example intensity_check            # the test part (README table)
//! cargo run --release --example intensity_check -- --tuning
//! ```

#[path = "support/intensity_check.rs"]
mod check;

fn main() {
    let tuning = std::env::args().any(|a| a == "--tuning");
    let mut cases = check::run(&["fixed_broadband_users", "5g_base_stations"], 2023);
    // Money per unit of GDP: provincial software revenue (embedded since 2026-12-04).
    cases.extend(check::run_on(
        &plancast::seeds::panel().expect("the seed panel"),
        &["software_it_services_revenue"],
        "gdp",
        2023,
    ));
    // The cases intensity judged with one baseline, to compare the borrowed path on the same.
    let key = |c: &check::Case| (c.region.clone(), c.indicator.clone(), c.origin, c.horizon);
    let judged: std::collections::BTreeSet<_> = cases
        .iter()
        .filter(|c| c.baseline && c.intensity)
        .map(key)
        .collect();
    println!(
        "| indicator | baseline | method | n | mean horizon | 80 % coverage | Brier | base rate | Brier − base [90 %] | MAPE | naive MAPE |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for ind in [
        "fixed_broadband_users",
        "5g_base_stations",
        "software_it_services_revenue",
    ] {
        for (baseline, intensity, paired, label) in [
            (true, true, false, "intensity (AR(1) drift)"),
            (
                true,
                false,
                true,
                "borrowed path + provincial spread, same cases",
            ),
            (true, false, false, "borrowed path + provincial spread, all"),
            (
                true,
                false,
                true,
                "borrowed path, own interval (before), same cases",
            ),
            (false, true, false, "intensity (no baseline)"),
        ] {
            let spread = !label.contains("before");
            let sel: Vec<&check::Case> = cases
                .iter()
                .filter(|c| c.indicator == ind && c.baseline == baseline)
                .filter(|c| c.intensity == intensity && c.test != tuning)
                .filter(|c| c.spread == spread)
                .filter(|c| !paired || judged.contains(&key(c)))
                .collect();
            let mean_h =
                sel.iter().map(|c| f64::from(c.horizon)).sum::<f64>() / sel.len().max(1) as f64;
            let Some(check::Summary {
                n,
                coverage: cover,
                brier: b,
                base: b0,
                interval: (lo, hi),
                mape,
                mape_naive,
            }) = check::summary(&sel)
            else {
                continue;
            };
            println!(
                "| {ind} | {} | {label} | {n} | {mean_h:.1} | {:.1} % | {b:.3} | {b0:.3} | {:+.3} [{lo:+.3}, {hi:+.3}] | {mape:.1} % | {mape_naive:.1} % |",
                if baseline { "one" } else { "none" },
                100.0 * cover,
                b - b0
            );
        }
    }
    println!(
        "\nMAPE: of the point forecast (the row's projection); naive: one baseline, the baseline \
         carried forward (a random walk); no baseline, the aggregate's realised intensity times \
         the region's size (an oracle of the aggregate, not known at the origin)."
    );
    println!(
        "\n{} part of seeds/china_split.csv; origins up to 2023, horizons 1–5 years.",
        if tuning { "tuning" } else { "test" }
    );
    // The log-scale regional spreads of RegionalSpread::of (counts, money), from the part.
    println!(
        "\nProvinces around their nation, sd of Δₕ ln y − Δₕ ln y_nation ({} part):\n",
        if tuning { "tuning" } else { "test" }
    );
    println!("| class | h = 1 | 2 | 3 | 4 | 5 | σ | b |");
    println!("|---|---|---|---|---|---|---|---|");
    for (class, inds) in [
        ("count", &check::SPREAD_COUNTS[..]),
        ("money", &check::SPREAD_MONEY[..]),
    ] {
        let est = check::quantity_spread_estimate(inds, !tuning);
        let sd = |h: i32| est.iter().find(|e| e.0 == h).map_or(f64::NAN, |e| e.2);
        let cells: Vec<String> = (1..=5).map(|h| format!("{:.3}", sd(h))).collect();
        println!(
            "| {class} | {} | {:.3} | {:.2} |",
            cells.join(" | "),
            sd(1),
            (sd(5) / sd(1)).ln() / 5f64.ln()
        );
    }
    // 5G base stations with every later observation a truth, mid-year counts included.
    let dated = check::run_dated("5g_base_stations", 2023);
    println!("\n5G base stations, dated truths included (interpolated between year-ends):\n");
    println!("| baseline | method | n | regions | 80 % coverage | Brier | base rate | Brier − base [90 %] |");
    println!("|---|---|---|---|---|---|---|---|");
    for (baseline, intensity, label) in [
        (true, true, "intensity (AR(1) drift)"),
        (true, false, "borrowed path (before)"),
        (false, true, "intensity (no baseline)"),
    ] {
        let sel: Vec<&check::Case> = dated
            .iter()
            .filter(|c| c.baseline == baseline && c.intensity == intensity && c.test != tuning)
            .collect();
        let regions: std::collections::BTreeSet<&str> =
            sel.iter().map(|c| c.region.as_str()).collect();
        let Some(s) = check::summary(&sel) else {
            println!(
                "| {} | {label} | 0 | | | | | |",
                if baseline { "one" } else { "none" }
            );
            continue;
        };
        println!(
            "| {} | {label} | {} | {} | {:.1} % | {:.3} | {:.3} | {:+.3} [{:+.3}, {:+.3}] |",
            if baseline { "one" } else { "none" },
            s.n,
            regions.len(),
            100.0 * s.coverage,
            s.brier,
            s.base,
            s.brier - s.base,
            s.interval.0,
            s.interval.1
        );
    }
}
