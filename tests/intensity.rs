//! Intensity judgements (issue 30): counts judged per head against comparable regions, checked
//! against values computed independently here, for "as of" discipline, and on held-out regions
//! of the Chinese panel.

#[path = "../examples/support/intensity_check.rs"]
#[allow(dead_code)]
mod check;

use plancast::io::{load_panel, PanelSources};
use plancast::{assess_panel, assess_panel_as_of, AssessOptions, Panel, Scale, Source, Status};
use statrs::distribution::{ContinuousCDF, Normal};

/// Six provinces whose 2022 stations per head stand at e^r times the nation's, r known; the
/// nation's stations 2018–2022; a province `x` with population only, and one `y` with a single
/// 2020 baseline. Populations are constant.
fn panel(rs: &[f64], decay: Option<f64>) -> Panel {
    use std::fmt::Write;
    let mut regions = String::from("region,name_zh,name_en,province,level\nchina,c,c,,nation\n");
    let mut obs = String::from("region,indicator,year,value\n");
    let nation = |y: i32| 1000.0 * 1.5f64.powi(y - 2018);
    let pop_nation = 100_000.0;
    for y in 2018..=2022 {
        writeln!(obs, "china,stations,{y},{}", nation(y)).unwrap();
        writeln!(obs, "china,resident_population,{y},{pop_nation}").unwrap();
    }
    for (k, &r) in rs.iter().enumerate() {
        let id = format!("p{k}");
        let pop = 1000.0 * (k as f64 + 1.0);
        writeln!(regions, "{id},{id},{id},,province").unwrap();
        for y in 2018..=2022 {
            writeln!(obs, "{id},resident_population,{y},{pop}").unwrap();
        }
        match decay {
            // Relative intensity decaying as r·φ^(t − 2018), observed every year.
            Some(phi) => {
                for y in 2018..=2022 {
                    let rel = r * phi.powi(y - 2018);
                    let v = nation(y) * pop / pop_nation * rel.exp();
                    writeln!(obs, "{id},stations,{y},{v}").unwrap();
                }
            }
            None => {
                let v = nation(2022) * pop / pop_nation * r.exp();
                writeln!(obs, "{id},stations,2022,{v}").unwrap();
            }
        }
    }
    for (id, pop) in [("x", 2500.0), ("y", 1500.0)] {
        writeln!(regions, "{id},{id},{id},,province").unwrap();
        for y in 2018..=2022 {
            writeln!(obs, "{id},resident_population,{y},{pop}").unwrap();
        }
    }
    // y's baseline: 2020, at e^0.8 times the nation's intensity.
    let y0 = nation(2020) * 1500.0 / pop_nation * 0.8f64.exp();
    writeln!(obs, "y,stations,2020,{y0}").unwrap();
    let targets =
        "region,indicator,year,comparator,value\nx,stations,2022,>=,40\ny,stations,2022,>=,60\n";
    let ind = "indicator,unit,direction,lower,upper,category\nstations,个,up,0,,infrastructure\nresident_population,万人,up,0,,context\n";
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    load_panel(
        PanelSources::new()
            .with_observations(cur(&obs), "obs.csv")
            .with_targets(cur(targets), "targets.csv")
            .with_indicators(cur(ind), "ind.csv")
            .with_regions(cur(&regions), "regions.csv"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

/// No baseline: ln y_x(2022) ~ N(ln A(2022) + ln(S_x/S_A) + mean r, sd(r)²(1 + 1/n)), the
/// nation observed in 2022 (no projection error); the comparable regions are the six provinces
/// and `y`, whose latest (2020) relative intensity is 0.8.
#[test]
fn no_baseline_draws_from_comparable_regions() {
    let rs = [-0.4, -0.2, 0.0, 0.1, 0.2, 0.3];
    let p = panel(&rs, None);
    let report = assess_panel(&p, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert!(
        matches!(
            &x.source,
            Some(Source::Intensity { aggregate, scale: Scale::Population, peer_count: 7, baseline: false, .. })
                if aggregate == "china"
        ),
        "{:?}",
        x.source
    );
    let all: Vec<f64> = rs.iter().copied().chain([0.8]).collect();
    let n = all.len() as f64;
    let mean = all.iter().sum::<f64>() / n;
    let sd = (all.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
        * (1.0 + 1.0 / n).sqrt();
    let m = (1000.0 * 1.5f64.powi(4)).ln() + (2500.0f64 / 100_000.0).ln() + mean;
    assert!(
        (x.projected.unwrap() - m.exp()).abs() < 1e-9 * m.exp(),
        "{x:?}"
    );
    let z = Normal::new(0.0, 1.0).unwrap();
    let q = z.inverse_cdf(0.9);
    assert!((x.lower.unwrap() - (m - q * sd).exp()).abs() < 1e-6);
    assert!((x.upper.unwrap() - (m + q * sd).exp()).abs() < 1e-6);
    let p_met = 1.0 - z.cdf((40f64.ln() - m) / sd);
    assert!(
        (x.probability.unwrap() - p_met).abs() < 1e-9,
        "{x:?} {p_met}"
    );
    // Nothing invented: the row has no observation of its own.
    assert!(x.last_value.is_none());
    // Off: not assessable, with the reason that names what is missing.
    let off = assess_panel(&p, &AssessOptions::default().with_intensity(false));
    let x = off.rows.iter().find(|r| r.region == "x").unwrap();
    assert_eq!(
        x.verdict.status(),
        plancast::Status::NotAssessable(plancast::Reason::NoComparableRegions)
    );
    // Too few comparable regions (3 provinces and y: 4 < 5): no intensity distribution of its
    // own; with no other indicator of the same scale to pool, not assessable either.
    let few = panel(&rs[..3], None);
    let report = assess_panel(&few, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert!(x.source.is_none(), "{:?}", x.source);
}

/// One baseline: comparable regions whose relative intensity halves every year give φ = 0.5, so
/// y's e^0.8 in 2020 is e^0.2 by 2022: ln y(2022) = ln A(2022) + ln(S_y/S_A) + 0.8·0.5².
#[test]
fn one_baseline_drifts_back_at_the_comparable_regions_pace() {
    let rs = [-0.6, -0.3, 0.2, 0.4, 0.6, 0.9];
    let p = panel(&rs, Some(0.5));
    let report = assess_panel(&p, &AssessOptions::default());
    let y = report.rows.iter().find(|r| r.region == "y").unwrap();
    assert!(
        matches!(&y.source, Some(Source::Intensity { baseline: true, .. })),
        "{:?}",
        y.source
    );
    let m = (1000.0 * 1.5f64.powi(4)).ln() + (1500.0f64 / 100_000.0).ln() + 0.8 * 0.25;
    assert!(
        (y.projected.unwrap() / m.exp() - 1.0).abs() < 1e-6,
        "{} vs {}",
        y.projected.unwrap(),
        m.exp()
    );
    // With intensity off, the same row borrows the nation's growth: e^0.8 kept.
    let off = assess_panel(&p, &AssessOptions::default().with_intensity(false));
    let y = off.rows.iter().find(|r| r.region == "y").unwrap();
    let kept = (1000.0 * 1.5f64.powi(4)).ln() + (1500.0f64 / 100_000.0).ln() + 0.8;
    assert!(
        (y.projected.unwrap() / kept.exp() - 1.0).abs() < 1e-6,
        "{:?}",
        y.source
    );
}

/// As of 2021, the intensity rows of the seeds read nothing later: tripling every value dated
/// after 2021 moves none of them.
#[test]
fn intensity_rows_read_no_later_data() {
    let full = plancast::seeds::panel().unwrap();
    let mut data = full.data().clone();
    for o in &mut data.observations {
        let later = o.year > 2021
            || o.as_of
                .as_deref()
                .and_then(|a| a.get(..4))
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y > 2021);
        if later {
            o.value *= 3.0;
        }
    }
    let poisoned = Panel::try_new(data).unwrap();
    let opts = AssessOptions::default();
    let a = assess_panel_as_of(&full, &opts, 2021);
    let b = assess_panel_as_of(&poisoned, &opts, 2021);
    let mut intensity = 0;
    for (x, y) in a.rows.iter().zip(&b.rows) {
        if matches!(x.source, Some(Source::Intensity { .. })) {
            intensity += 1;
            let bits = |v: Option<f64>| v.map(f64::to_bits);
            assert_eq!(bits(x.projected), bits(y.projected), "{}", x.indicator);
            assert_eq!(bits(x.probability), bits(y.probability), "{}", x.indicator);
            assert_eq!(bits(x.lower), bits(y.lower));
        }
    }
    assert!(intensity >= 1, "no intensity row as of 2021");
}

/// The README's validation: regions of the test part cut to one observation or none. Stated
/// bands: the 80 % interval covers 70–92 % of the held-out values with no baseline and 65–90 %
/// with one (measured 83.3 % and 75.0 % on 60 cases each, 2026-12-04).
#[test]
fn held_out_regions_are_covered() {
    let cases = check::run(&["fixed_broadband_users"], 2023);
    let part = |baseline: bool| -> Vec<&check::Case> {
        cases
            .iter()
            .filter(|c| c.test && c.intensity && c.baseline == baseline)
            .collect()
    };
    let none = check::summary(&part(false)).unwrap();
    let one = check::summary(&part(true)).unwrap();
    assert!(none.n >= 50 && one.n >= 50, "{none:?} {one:?}");
    assert!((0.70..=0.92).contains(&none.coverage), "{none:?}");
    assert!((0.65..=0.90).contains(&one.coverage), "{one:?}");
}

/// Money per unit of GDP, one baseline (provincial software revenue, test part): the drift of
/// relative intensity covers 80–95 % of what held-out provinces did, and far more than
/// borrowing the nation's growth at its own interval on the same cases (measured 87.7 %
/// against 42.6 % on 155 cases, 2026-12-04, flagged breaks cut); the money class's regional
/// spread brings the borrowed path to 70–90 % (measured 87.7 %).
#[test]
fn money_by_intensity_beats_the_borrowed_path() {
    let cases = check::run_on(
        &plancast::seeds::panel().expect("the seed panel"),
        &["software_it_services_revenue"],
        "gdp",
        2023,
    );
    let key = |c: &check::Case| (c.region.clone(), c.origin, c.horizon);
    let judged: std::collections::BTreeSet<_> = cases
        .iter()
        .filter(|c| c.test && c.baseline && c.intensity)
        .map(key)
        .collect();
    let pick = |intensity: bool, spread: bool| -> Vec<&check::Case> {
        cases
            .iter()
            .filter(|c| c.test && c.baseline && c.intensity == intensity && c.spread == spread)
            .filter(|c| judged.contains(&key(c)))
            .collect()
    };
    let by_intensity = check::summary(&pick(true, true)).unwrap();
    let borrowed = check::summary(&pick(false, false)).unwrap();
    let spread = check::summary(&pick(false, true)).unwrap();
    assert!((0.70..=0.90).contains(&spread.coverage), "{spread:?}");
    assert!(spread.brier < borrowed.brier, "{spread:?} {borrowed:?}");
    assert!(by_intensity.n >= 150, "{by_intensity:?}");
    assert!(
        (0.80..=0.95).contains(&by_intensity.coverage),
        "{by_intensity:?}"
    );
    assert!(
        by_intensity.coverage > borrowed.coverage + 0.2,
        "{by_intensity:?} {borrowed:?}"
    );
    assert!(
        by_intensity.brier < borrowed.brier,
        "{by_intensity:?} {borrowed:?}"
    );
}

/// A share with no baseline, at its level: logit y_x(2022) ~ N(logit A(2022) + mean r,
/// sd(r)²(1 + 1/n)) with r the provinces' logit distances from the nation in 2022 — no
/// population enters. A share one province reports with a baseline stays on its borrowed path.
#[test]
fn a_share_without_baseline_is_judged_at_its_level() {
    use std::fmt::Write;
    let rs = [-0.5, -0.2, 0.0, 0.15, 0.3, 0.6];
    let logit = |p: f64| (p / (100.0 - p)).ln();
    let inv = |z: f64| 100.0 / (1.0 + (-z).exp());
    let nation = |y: i32| 40.0 + 4.0 * f64::from(y - 2018);
    let mut regions = String::from("region,name_zh,name_en,province,level\nchina,c,c,,nation\n");
    let mut obs = String::from("region,indicator,year,value\n");
    for y in 2018..=2022 {
        writeln!(obs, "china,nc_rate,{y},{}", nation(y)).unwrap();
    }
    for (k, &r) in rs.iter().enumerate() {
        writeln!(regions, "p{k},p,p,,province").unwrap();
        writeln!(obs, "p{k},nc_rate,2022,{}", inv(logit(nation(2022)) + r)).unwrap();
    }
    writeln!(regions, "x,x,x,,province").unwrap();
    let targets = "region,indicator,year,comparator,value\nx,nc_rate,2022,>=,60\n";
    let ind = "indicator,unit,direction,lower,upper,category\nnc_rate,%,up,0,100,industry\n";
    let p = panel_from(&obs, targets, ind, &regions);
    let report = assess_panel(&p, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert!(
        matches!(
            &x.source,
            Some(Source::Intensity { aggregate, scale: Scale::Level, peer_count: 6, baseline: false, .. })
                if aggregate == "china"
        ),
        "{:?}",
        x.source
    );
    let n = rs.len() as f64;
    let mean = rs.iter().sum::<f64>() / n;
    let sd = (rs.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
        * (1.0 + 1.0 / n).sqrt();
    let m = logit(nation(2022)) + mean;
    assert!((x.projected.unwrap() - inv(m)).abs() < 1e-9, "{x:?}");
    let z = Normal::new(0.0, 1.0).unwrap();
    let q = z.inverse_cdf(0.9);
    assert!((x.lower.unwrap() - inv(m - q * sd)).abs() < 1e-6, "{x:?}");
    assert!((x.upper.unwrap() - inv(m + q * sd)).abs() < 1e-6, "{x:?}");
    assert!(x.lower.unwrap() > 0.0 && x.upper.unwrap() < 100.0);
    let p_met = 1.0 - z.cdf((logit(60.0) - m) / sd);
    assert!(
        (x.probability.unwrap() - p_met).abs() < 1e-9,
        "{x:?} {p_met}"
    );
}

/// `RegionalSpread::of` for counts and money is the tuning provinces' estimate (σ the sd at
/// h = 1, b = ln(sd₅/sd₁)/ln 5), recomputed here from the NBS tables to the digits shipped; and
/// the test provinces, which it was not fitted on, stray by the same order (sd at five years
/// within a factor 1.5).
#[test]
fn quantity_spreads_are_the_tuning_estimate() {
    use plancast::{ReferenceClass, RegionalSpread};
    for (class, inds) in [
        (ReferenceClass::Count, &check::SPREAD_COUNTS[..]),
        (ReferenceClass::Money, &check::SPREAD_MONEY[..]),
    ] {
        let sd = |test: bool, h: i32| {
            check::quantity_spread_estimate(inds, test)
                .into_iter()
                .find(|e| e.0 == h)
                .map(|e| e.2)
                .unwrap()
        };
        let (s1, s5) = (sd(false, 1), sd(false, 5));
        let shipped = RegionalSpread::of(class);
        assert!((shipped.sd(1.0) - s1).abs() < 0.0005, "{class:?} {s1}");
        let b = (s5 / s1).ln() / 5f64.ln();
        assert!(
            (shipped.sd(5.0) - s1 * 5f64.powf(b)).abs() < 0.005,
            "{class:?} {b}"
        );
        let ratio = sd(true, 5) / s5;
        assert!((1.0 / 1.5..=1.5).contains(&ratio), "{class:?} {ratio}");
    }
}

/// The seed-free panel of [`shares_with_too_few_peers_pool_their_kind`]: a nation, provinces
/// `p0…p5` and a region `x` with no observation of `x_rate`; `x_rate` (an adoption rate)
/// reported by one province, two other adoption rates by four and three, and a share of GDP by
/// six with a far wider spread.
fn pooled_panel(target: f64) -> (plancast::Panel, Vec<f64>, f64) {
    use std::fmt::Write;
    let logit = |p: f64| (p / (100.0 - p)).ln();
    let inv = |z: f64| 100.0 / (1.0 + (-z).exp());
    let nation = |y: i32| 40.0 + 4.0 * f64::from(y - 2018);
    let mut regions = String::from("region,name_zh,name_en,province,level\nchina,c,c,,nation\n");
    let mut obs = String::from("region,indicator,year,value\n");
    for y in 2018..=2022 {
        for id in ["x_rate", "a_rate", "b_rate", "g_share"] {
            writeln!(obs, "china,{id},{y},{}", nation(y)).unwrap();
        }
    }
    let spread: [(&str, &[f64]); 4] = [
        ("x_rate", &[0.3]),
        ("a_rate", &[-0.4, -0.1, 0.2, 0.5]),
        ("b_rate", &[-0.3, 0.0, 0.45]),
        ("g_share", &[-2.0, -1.2, 0.0, 1.0, 1.8, 2.5]),
    ];
    for k in 0..6 {
        writeln!(regions, "p{k},p,p,,province").unwrap();
    }
    for (id, rs) in spread {
        for (k, r) in rs.iter().enumerate() {
            writeln!(obs, "p{k},{id},2022,{}", inv(logit(nation(2022)) + r)).unwrap();
        }
    }
    writeln!(regions, "x,x,x,,province").unwrap();
    let targets = format!("region,indicator,year,comparator,value\nx,x_rate,2022,>=,{target}\n");
    let ind = "indicator,name_zh,unit,direction,lower,upper,category\n\
        x_rate,数字化研发设计工具普及率,%,up,0,100,industry\n\
        a_rate,固定宽带家庭普及率,%,up,0,100,infrastructure\n\
        b_rate,5G用户普及率,%,up,0,100,infrastructure\n\
        g_share,数字经济增加值占GDP比重,%,up,0,100,economy\n";
    let p = panel_from(&obs, &targets, ind, &regions);
    // The deviations of the same kind (adoption) around each indicator's own mean.
    let mut dev = Vec::new();
    for rs in [spread[1].1, spread[2].1] {
        let m = rs.iter().sum::<f64>() / rs.len() as f64;
        dev.extend(rs.iter().map(|r| r - m));
    }
    (p, dev, logit(nation(2022)))
}

/// A share reported by too few regions (one province) with no baseline: the spread of the
/// *same kind* of shares (adoption rates) is pooled, each around its own mean (a degree of
/// freedom spent on each), μ = 0 — the share of GDP, six times as dispersed, is left out;
/// the interval and P recomputed independently.
#[test]
fn shares_with_too_few_peers_pool_their_kind() {
    use plancast::Peers;
    let inv = |z: f64| 100.0 / (1.0 + (-z).exp());
    let (p, dev, m) = pooled_panel(60.0);
    let report = assess_panel(&p, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert!(
        matches!(
            &x.source,
            Some(Source::Intensity {
                scale: Scale::Level,
                peers: Peers::SameKind,
                peer_count: 7,
                baseline: false,
                ..
            })
        ),
        "{:?}",
        x.source
    );
    let n = dev.len() as f64;
    let sd = (dev.iter().map(|d| d * d).sum::<f64>() / (n - 2.0)).sqrt() * (1.0 + 1.0 / n).sqrt();
    let z = Normal::new(0.0, 1.0).unwrap();
    let q = z.inverse_cdf(0.9);
    assert!((x.projected.unwrap() - inv(m)).abs() < 1e-9, "{x:?}");
    assert!((x.lower.unwrap() - inv(m - q * sd)).abs() < 1e-6, "{x:?}");
    assert!((x.upper.unwrap() - inv(m + q * sd)).abs() < 1e-6, "{x:?}");
    let logit60 = (60.0f64 / 40.0).ln();
    let p_met = 1.0 - z.cdf((logit60 - m) / sd);
    assert!((x.probability.unwrap() - p_met).abs() < 1e-9, "{x:?}");
}

/// An estimate that already meets the target is not an achievement: a region with no
/// observation whose estimated value meets its target is on track, with no year reached and no
/// progress ratio; P(met) says how sure.
#[test]
fn an_estimate_meeting_the_target_is_on_track_not_achieved() {
    let (p, _, _) = pooled_panel(20.0);
    let report = assess_panel(&p, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert_eq!(x.verdict.status(), Status::OnTrack, "{x:?}");
    assert!(x.verdict.year_reached().is_none(), "{x:?}");
    assert!(x.verdict.progress_ratio().is_none(), "{x:?}");
    assert!(x.probability.unwrap() > 0.99, "{x:?}");
}

/// A size known only as a lower bound ("GDP above 130 billion") is not a scale: money per
/// GDP with no baseline is judged for the region with an exact GDP, and said to have no
/// comparable regions for the one with a bound only.
#[test]
fn a_lower_bound_is_not_a_size() {
    use plancast::Reason;
    use std::fmt::Write;
    let mut regions = String::from("region,name_zh,name_en,province,level\nchina,c,c,,nation\n");
    let mut obs = String::from("region,indicator,year,value,bound\n");
    for y in 2018..=2022 {
        writeln!(obs, "china,sales,{y},{},", 1000.0 * 1.1f64.powi(y - 2018)).unwrap();
        writeln!(obs, "china,gdp,{y},{},", 10000.0 * 1.05f64.powi(y - 2018)).unwrap();
    }
    for (k, share) in [0.05, 0.08, 0.1, 0.12, 0.2].iter().enumerate() {
        writeln!(regions, "p{k},p,p,,province").unwrap();
        writeln!(obs, "p{k},gdp,2022,1000,").unwrap();
        writeln!(obs, "p{k},sales,2022,{},", 1000.0 * share).unwrap();
    }
    writeln!(regions, "exact,e,e,,province\nbound,b,b,,province").unwrap();
    writeln!(obs, "exact,gdp,2022,800,\nbound,gdp,2022,800,lower").unwrap();
    let targets = "region,indicator,year,comparator,value\n\
        exact,sales,2022,>=,50\nbound,sales,2022,>=,50\n";
    let ind = "indicator,name_zh,unit,direction,lower,upper,category\n\
        sales,软件业务收入,亿元,up,0,,industry\ngdp,地区生产总值,亿元,up,0,,economy\n";
    let p = panel_from(&obs, targets, ind, &regions);
    let report = assess_panel(&p, &AssessOptions::default());
    let row = |id: &str| report.rows.iter().find(|r| r.region == id).unwrap();
    assert!(
        matches!(
            row("exact").source,
            Some(Source::Intensity {
                scale: Scale::Gdp,
                ..
            })
        ),
        "{:?}",
        row("exact")
    );
    assert_eq!(
        row("bound").verdict.status(),
        Status::NotAssessable(Reason::NoComparableRegions),
        "{:?}",
        row("bound")
    );
}

/// A money amount per GDP is its share of GDP: provinces that report only the share
/// (数字经济增加值占GDP比重) are comparable regions of the amount (数字经济规模), with
/// r = ln share − ln the nation's share; the amount of a region with no baseline is then
/// ln y = ln y_nation + ln(GDP_region / GDP_nation) + r, r ~ N(μ, σ²(1 + 1/n)) — recomputed here.
#[test]
fn a_money_amount_borrows_the_peers_of_its_share_of_gdp() {
    use plancast::Peers;
    use std::fmt::Write;
    let shares = [30.0, 35.0, 38.0, 45.0, 52.0];
    let share_cn = |y: i32| 36.0 + f64::from(y - 2018);
    let gdp_cn = |y: i32| 900_000.0 * 1.05f64.powi(y - 2018);
    let mut regions = String::from("region,name_zh,name_en,province,level\nchina,c,c,,nation\n");
    let mut obs = String::from("region,indicator,year,value\n");
    for y in 2018..=2022 {
        writeln!(obs, "china,de_share,{y},{}", share_cn(y)).unwrap();
        writeln!(obs, "china,gdp,{y},{}", gdp_cn(y)).unwrap();
        writeln!(
            obs,
            "china,de_scale,{y},{}",
            gdp_cn(y) * share_cn(y) / 100.0
        )
        .unwrap();
    }
    for (k, sh) in shares.iter().enumerate() {
        writeln!(regions, "p{k},p,p,,province").unwrap();
        writeln!(obs, "p{k},de_share,2022,{sh}").unwrap();
    }
    writeln!(regions, "x,x,x,,province").unwrap();
    writeln!(obs, "x,gdp,2022,900").unwrap();
    let targets = "region,indicator,year,comparator,value\nx,de_scale,2022,>=,400\n";
    let ind = "indicator,name_zh,unit,direction,lower,upper,category\n\
        de_scale,数字经济规模,亿元,up,0,,economy\n\
        de_share,数字经济增加值占GDP比重,%,up,0,100,economy\n\
        gdp,地区生产总值,亿元,up,0,,economy\n";
    let p = panel_from(&obs, targets, ind, &regions);
    let report = assess_panel(&p, &AssessOptions::default());
    let x = report.rows.iter().find(|r| r.region == "x").unwrap();
    assert!(
        matches!(
            &x.source,
            Some(Source::Intensity {
                scale: Scale::Gdp,
                peers: Peers::SameLevel,
                peer_count: 5,
                baseline: false,
                ..
            })
        ),
        "{:?}",
        x.source
    );
    // Observation times are year-ends (t = 2023.0): the nation's share then is its 2022 value.
    let r: Vec<f64> = shares.iter().map(|s| (s / share_cn(2022)).ln()).collect();
    let n = r.len() as f64;
    let mu = r.iter().sum::<f64>() / n;
    let sd = (r.iter().map(|v| (v - mu).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
        * (1.0 + 1.0 / n).sqrt();
    let m = (gdp_cn(2022) * share_cn(2022) / 100.0).ln() + (900.0 / gdp_cn(2022)).ln() + mu;
    let q = Normal::new(0.0, 1.0).unwrap().inverse_cdf(0.9);
    assert!(
        (x.projected.unwrap() / m.exp() - 1.0).abs() < 1e-9,
        "{x:?} {}",
        m.exp()
    );
    assert!(
        (x.lower.unwrap() / (m - q * sd).exp() - 1.0).abs() < 1e-6,
        "{x:?}"
    );
    assert!(
        (x.upper.unwrap() / (m + q * sd).exp() - 1.0).abs() < 1e-6,
        "{x:?}"
    );
}

/// A panel from in-memory CSV texts: observations, targets, indicators, regions.
fn panel_from(obs: &str, targets: &str, ind: &str, regions: &str) -> Panel {
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    load_panel(
        PanelSources::new()
            .with_observations(cur(obs), "obs.csv")
            .with_targets(cur(targets), "targets.csv")
            .with_indicators(cur(ind), "ind.csv")
            .with_regions(cur(regions), "regions.csv"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}
