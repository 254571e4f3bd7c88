//! Feasibility of targets end to end: statuses, directions, comparators, relative targets,
//! references, audits, and determinism across thread counts.

use plancast::io::{load_panel, PanelSources};
use plancast::{
    assess_panel, assess_panel_serial, audit, AssessOptions, Assessment, FindingKind, Panel,
    Reason, Status,
};

const INDICATORS: &str = "\
indicator,unit,direction,lower,upper
users,万户,up,0,
share,%,up,0,100
pue,ratio,down,1,
";

const REGIONS: &str = "\
region,name_zh,name_en,province,level,plan_title
a,甲,A,prov,county,plan A
b,乙,B,prov,county,plan B
c,丙,C,prov,county,plan C
prov,省,Province,,province,
china,全国,China,,nation,
";

// Region a: users grow 10 %/yr 2016–2020 (100 → 146.41); share on a logistic path
// 100/(1 + e^(1.4 − 0.3k)), k = 0..4, rounded to 0.01;
// pue falls 1.6 → 1.4. Region b: one observation per indicator (needs a reference).
// Region c: users fall. prov: a share series (the benchmark), china: users series.
const OBS: &str = "\
region,indicator,year,value
a,users,2016,100
a,users,2017,110
a,users,2018,121
a,users,2019,133.1
a,users,2020,146.41
a,share,2016,19.78
a,share,2017,24.97
a,share,2018,31.00
a,share,2019,37.75
a,share,2020,45.02
a,pue,2016,1.6
a,pue,2017,1.55
a,pue,2018,1.5
a,pue,2019,1.45
a,pue,2020,1.4
b,users,2020,50
b,share,2020,10
c,users,2016,100
c,users,2018,90
c,users,2020,81
prov,share,2018,30
prov,share,2019,33
prov,share,2020,36
prov,share,2021,39
china,users,2017,1000
china,users,2018,1100
china,users,2019,1200
china,users,2020,1300
";

const TARGETS: &str = "\
region,indicator,year,comparator,value,kind,relative
a,users,2025,>=,235.8,expected,
a,users,2025,>=,300,expected,
a,users,2025,>=,400,binding,
a,users,2025,>=,140,expected,
a,users,2019,>=,500,expected,
a,users,2025,=,235.8,unstated,
a,share,2025,>,,expected,prov
a,share,2025,>=,,expected,missing
a,share,2025,>=,,expected,prov:leading
a,share,2023,>=,60,expected,
a,share,2025,>=,70,expected,
a,share,2025,<=,120,expected,
a,pue,2025,<=,1.2,binding,
a,pue,2025,<,1.1,expected,
b,users,2025,>=,80,expected,
b,share,2025,>=,30,expected,
c,users,2025,>=,120,expected,
c,users,2025,<=,70,expected,
a,nothing,2025,>=,5,expected,
";

fn with_nothing_indicator(p: &str) -> String {
    format!("{p}nothing,,up,,\n")
}

fn panel_full() -> Panel {
    let ind = with_nothing_indicator(INDICATORS);
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    load_panel(
        PanelSources::new()
            .with_observations(cur(OBS), "obs.csv")
            .with_targets(cur(TARGETS), "targets.csv")
            .with_indicators(cur(&ind), "ind.csv")
            .with_regions(cur(REGIONS), "regions.csv"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn row<'a>(
    rows: &'a [Assessment],
    region: &str,
    indicator: &str,
    year: i32,
    cmp: &str,
    target: Option<f64>,
    bench: Option<&str>,
) -> &'a Assessment {
    rows.iter()
        .find(|r| {
            r.region == region
                && r.indicator == indicator
                && r.target_year == year
                && r.comparator.symbol() == cmp
                && (bench.is_some() || r.target == target)
                && r.benchmark.as_deref() == bench
        })
        .unwrap_or_else(|| panic!("no row {region}/{indicator}/{year} {cmp} {target:?} {bench:?}"))
}

#[test]
fn statuses_directions_comparators() {
    let p = panel_full();
    let report = assess_panel(&p, &AssessOptions::default());
    let rows = &report.rows;
    assert_eq!(rows.len(), p.targets().len());

    // Region a grows exactly 10 %/yr from its base year 2016 (the first of the last five
    // years): observed CAGR 0.1. Eurostat's required growth is from the base year:
    // 100 → 235.8 over 9 years, (2.358)^(1/9) − 1 ≈ 0.1000 → ratio ≈ 1 → on track.
    let r = row(rows, "a", "users", 2025, ">=", Some(235.8), None);
    assert_eq!(r.verdict.base_year(), Some(2016));
    assert!((r.verdict.observed().unwrap() - 0.1).abs() < 1e-12);
    let req = 2.358f64.powf(1.0 / 9.0) - 1.0;
    assert!((r.verdict.required().unwrap() - req).abs() < 1e-12);
    let now = (235.8f64 / 146.41).powf(0.2) - 1.0;
    assert!((r.verdict.required_from_last().unwrap() - now).abs() < 1e-12);
    assert_eq!(r.verdict.status(), Status::OnTrack);
    assert_eq!(
        r.source.as_ref().map(ToString::to_string).as_deref(),
        Some("exponential")
    );
    // 300: required 3^(1/9) − 1 = 0.1298 → ratio 0.770 → moderate.
    assert_eq!(
        row(rows, "a", "users", 2025, ">=", Some(300.0), None)
            .verdict
            .status(),
        Status::Moderate
    );
    // 400: required 4^(1/9) − 1 = 0.1665 → ratio 0.6005 → moderate, by a hair (growth
    // required from the latest value, the first version's rule, said 0.449, insufficient).
    let r = row(rows, "a", "users", 2025, ">=", Some(400.0), None);
    assert!(
        (r.verdict.progress_ratio().unwrap() - 0.1 / (4f64.powf(1.0 / 9.0) - 1.0)).abs() < 1e-9
    );
    assert_eq!(r.verdict.status(), Status::Moderate);
    assert!(r.probability.unwrap() < 0.05);
    // Already above 140.
    let r = row(rows, "a", "users", 2025, ">=", Some(140.0), None);
    assert_eq!(r.verdict.status(), Status::Achieved);
    assert_eq!(r.verdict.year_reached(), Some(2020));
    // Target year before the last observation, not met.
    assert_eq!(
        row(rows, "a", "users", 2019, ">=", Some(500.0), None)
            .verdict
            .status(),
        Status::Missed
    );
    // "About 235.8" (±5 %): the exact trajectory lands on it.
    let r = row(rows, "a", "users", 2025, "=", Some(235.8), None);
    assert_eq!(r.verdict.status(), Status::OnTrack);
    assert!(r.probability.unwrap() > 0.5);
    // The fitted path reaches 235.8 in 2025 (146.41·1.1^5 = 235.79 < 235.8, so 2026).
    let r = row(rows, "a", "users", 2025, ">=", Some(235.8), None);
    assert_eq!(r.verdict.year_reached(), Some(2026));

    // Down indicator, <= and <: PUE falls 0.05/yr, CAGR ≈ −3.3 %/yr.
    let r = row(rows, "a", "pue", 2025, "<=", Some(1.2), None);
    assert!(r.verdict.required().unwrap() < 0.0 && r.verdict.observed().unwrap() < 0.0);
    assert!(matches!(
        r.verdict.status(),
        Status::OnTrack | Status::Moderate
    ));
    let r = row(rows, "a", "pue", 2025, "<", Some(1.1), None);
    assert!(
        r.verdict.progress_ratio().unwrap() > 0.0 && r.verdict.progress_ratio().unwrap() < 0.95
    );

    // Moving away: region c falls while its target asks for growth; a <= target it meets early.
    assert_eq!(
        row(rows, "c", "users", 2025, ">=", Some(120.0), None)
            .verdict
            .status(),
        Status::MovingAway
    );
    let r = row(rows, "c", "users", 2025, "<=", Some(70.0), None);
    assert!(matches!(
        r.verdict.status(),
        Status::OnTrack | Status::Moderate
    ));

    // Bounded share: the projection stays under 100; a <= 120 target is achieved at once.
    let r = row(rows, "a", "share", 2025, ">=", Some(70.0), None);
    assert_eq!(
        r.source.as_ref().map(ToString::to_string).as_deref(),
        Some("logistic")
    );
    assert!(r.upper.unwrap() < 100.0);
    assert_eq!(
        row(rows, "a", "share", 2025, "<=", Some(120.0), None)
            .verdict
            .status(),
        Status::Achieved
    );

    // Single observations borrow growth from the reference (province first, then china).
    let r = row(rows, "b", "users", 2025, ">=", Some(80.0), None);
    assert_eq!(
        r.source.as_ref().map(ToString::to_string).as_deref(),
        Some("reference:china/exponential")
    );
    assert!(r.projected.unwrap() > 50.0 && r.lower.is_some());
    let r = row(rows, "b", "share", 2025, ">=", Some(30.0), None);
    assert_eq!(
        r.source.as_ref().map(ToString::to_string).as_deref(),
        Some("reference:prov/logistic")
    );

    // No observations at all.
    let r = row(rows, "a", "nothing", 2025, ">=", Some(5.0), None);
    assert_eq!(
        r.verdict.status(),
        Status::NotAssessable(Reason::NoObservations)
    );
}

#[test]
fn relative_targets_with_and_without_benchmark() {
    let p = panel_full();
    let report = assess_panel(&p, &AssessOptions::default());
    let rows = &report.rows;
    // The province's share in 2025, projected from 30, 33, 36, 39 (2018–2021), is the target.
    let r = row(rows, "a", "share", 2025, ">", None, Some("prov"));
    let t = r.target.expect("benchmark resolved");
    assert!(t > 39.0 && t < 60.0, "benchmark projection {t}");
    assert!(!matches!(r.verdict.status(), Status::NotAssessable(_)));
    let r = row(rows, "a", "share", 2025, ">=", None, Some("missing"));
    assert_eq!(
        r.verdict.status(),
        Status::NotAssessable(Reason::NoBenchmark)
    );
    let r = row(rows, "a", "share", 2025, ">=", None, Some("prov:leading"));
    assert_eq!(
        r.verdict.status(),
        Status::NotAssessable(Reason::RankingTarget)
    );
}

#[test]
fn identical_on_1_2_8_threads_and_serial() {
    let p = plancast::seeds::panel().unwrap();
    let opts = AssessOptions::default();
    let json = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| assess_panel(&p, &opts)).to_json().unwrap()
    };
    let one = json(1);
    assert_eq!(one, json(2));
    assert_eq!(one, json(8));
    assert_eq!(one, assess_panel_serial(&p, &opts).to_json().unwrap());
    // The same on a panel with calibrations and many series.
    let p = panel_full();
    let a = assess_panel_serial(&p, &opts);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(8)
        .build()
        .unwrap();
    let b = pool.install(|| assess_panel(&p, &opts));
    assert_eq!(a, b);
}

#[test]
fn seed_panel_assesses_every_target_exactly_once() {
    let p = plancast::seeds::panel().unwrap();
    let report = assess_panel(&p, &AssessOptions::default());
    assert_eq!(report.rows.len(), p.targets().len());
    let mut keys: Vec<String> = report
        .rows
        .iter()
        .map(|r| {
            format!(
                "{}/{}/{}/{}/{:?}/{:?}",
                r.region, r.indicator, r.target_year, r.comparator, r.benchmark, r.kind
            )
        })
        .collect();
    let mut expected: Vec<String> = p
        .targets()
        .iter()
        .map(|t| {
            let bench = match &t.value {
                plancast::TargetValue::Relative(b) => Some(b.to_string()),
                _ => None,
            };
            format!(
                "{}/{}/{}/{}/{:?}/{:?}",
                t.region, t.indicator, t.year, t.comparator, bench, t.kind
            )
        })
        .collect();
    keys.sort();
    expected.sort();
    assert_eq!(keys, expected);
    // Every number in the report is finite; every interval contains its projection.
    for r in &report.rows {
        for x in [
            r.projected,
            r.lower,
            r.upper,
            r.probability,
            r.verdict.observed(),
            r.verdict.required(),
            r.verdict.progress_ratio(),
            r.gap,
        ]
        .into_iter()
        .flatten()
        {
            assert!(x.is_finite(), "{r:?}");
        }
        if let (Some(l), Some(p), Some(u)) = (r.lower, r.projected, r.upper) {
            assert!(l <= p && p <= u, "{r:?}");
        }
        if let Some(pr) = r.probability {
            assert!((0.0..=1.0).contains(&pr));
        }
    }
    // The CSV has the documented columns, in order, and a row per target.
    let mut buf = Vec::new();
    report.write_csv(&mut buf, &p).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.starts_with("region,indicator,target_year,comparator,target,last_year,last_value,model,projected,lower,upper,probability,observed_cagr,required_cagr,progress_ratio,status,year_reached"));
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(rdr.records().count(), p.targets().len());
}

#[test]
fn every_audit_fires_where_it_should() {
    let p = plancast::seeds::panel().unwrap();
    let report = assess_panel(&p, &AssessOptions::default());
    let findings = audit(&p, &report);
    let has = |region: &str, indicator: &str, kind: FindingKind| {
        findings
            .iter()
            .any(|f| f.region == region && f.indicator == indicator && f.kind == kind)
    };
    // Tongliao 5G 8 → 46 → 59: the milestone path is reported with its probability.
    assert!(has(
        "tongliao",
        "5g_user_penetration",
        FindingKind::MilestonePath
    ));
    // 社会保障卡持卡率 89 → 95 → 100: must accelerate on the logit scale after 2023.
    assert!(has(
        "tongliao",
        "social_security_card_coverage",
        FindingKind::ImplausiblePath
    ));
    // 3.2 Tbps in the table, 3280G in the text.
    assert!(has(
        "tongliao",
        "internet_export_bandwidth",
        FindingKind::TextTableMismatch
    ));
    // Yingkou's "超过40%" text agrees with its 42.77 table figure: no finding.
    assert!(!has(
        "yingkou",
        "one_network_service_rate",
        FindingKind::TextTableMismatch
    ));
    // Online retail must grow 7 %/yr; the national series grew 10 %/yr (2015–2024): no finding.
    assert!(!has(
        "tongliao",
        "online_retail_sales",
        FindingKind::AboveReferencePace
    ));
    // On the small panel with one target: region b's users must grow 32 %/yr (50 → 200 by
    // 2025), more than twice the nation's 9.1 %/yr.
    let ind = with_nothing_indicator(INDICATORS);
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    let small = load_panel(
        PanelSources::new()
            .with_observations(cur(OBS), "obs.csv")
            .with_targets(
                cur("region,indicator,year,comparator,value\nb,users,2025,>=,200\n"),
                "targets.csv",
            )
            .with_indicators(cur(&ind), "ind.csv")
            .with_regions(cur(REGIONS), "regions.csv"),
    )
    .unwrap();
    let f = audit(&small, &assess_panel(&small, &AssessOptions::default()));
    assert!(f.iter().any(|f| f.region == "b"
        && f.indicator == "users"
        && f.kind == FindingKind::AboveReferencePace));

    // The synthetic panel triggers the rest.
    let mut q = panel_full();
    let report = assess_panel(&q, &AssessOptions::default());
    let f = audit(&q, &report);
    assert!(f
        .iter()
        .any(|x| x.kind == FindingKind::TargetOutOfBounds && x.indicator == "share")); // <= 120 %
    assert!(f.iter().any(|x| x.kind == FindingKind::BaselinePastTarget
        && x.region == "a"
        && x.indicator == "users"));
    assert!(f
        .iter()
        .any(|x| x.kind == FindingKind::BindingTargetUnlikely && x.indicator == "users")); // 400 by 2025
                                                                                           // Ambition outlier: three regions' users targets; make one far above the others.
    let mut data = q.data().clone();
    data.targets.retain(|t| {
        t.indicator == "users" && t.year == 2025 && t.comparator == plancast::Comparator::Ge
    });
    for t in &mut data.targets {
        if t.region == "c" {
            t.value = plancast::TargetValue::Numeric(1000.0);
        }
        if t.region == "a" {
            t.value = plancast::TargetValue::Numeric(160.0);
        }
    }
    data.targets.dedup_by(|x, y| x.region == y.region);
    q = Panel::try_new(data).unwrap();
    let report = assess_panel(&q, &AssessOptions::default());
    let f = audit(&q, &report);
    assert!(
        f.iter()
            .any(|x| x.kind == FindingKind::AmbitionOutlier && x.region == "c"),
        "{f:#?}"
    );
}

/// A borrowed path's interval adds the regional spread to the reference's: s(h) = σ·h^b on the
/// logit scale, in quadrature with each side of the reference interval read as a normal's
/// (a split normal; checked here by recomputing both ends from the reference-only row, and
/// P(met) from the split normal's CDF). Counts on the log scale take their class's spread.
#[test]
fn borrowed_intervals_add_the_regional_spread() {
    use statrs::distribution::{ContinuousCDF, Normal};
    let p = panel_full();
    let with = assess_panel(&p, &AssessOptions::default());
    let without = assess_panel(
        &p,
        &AssessOptions::default()
            .with_regional_spread(None)
            .with_quantity_spread(false),
    );
    let a = row(&with.rows, "b", "share", 2025, ">=", Some(30.0), None);
    let b = row(&without.rows, "b", "share", 2025, ">=", Some(30.0), None);
    assert_eq!(a.interval_method, Some(plancast::IntervalMethod::Borrowed));
    assert_eq!(a.projected, b.projected);
    let logit = |v: f64| (v / (100.0 - v)).ln();
    let z = Normal::new(0.0, 1.0).unwrap();
    let q = z.inverse_cdf(0.9);
    let centre = logit(b.projected.unwrap());
    let below = (centre - logit(b.lower.unwrap())) / q;
    let above = (logit(b.upper.unwrap()) - centre) / q;
    let s = 0.194 * 5f64.powf(0.58); // 2020 → 2025
    let (below, above) = (
        (below * below + s * s).sqrt(),
        (above * above + s * s).sqrt(),
    );
    let inv = |z: f64| 100.0 / (1.0 + (-z).exp());
    assert!(
        (a.lower.unwrap() - inv(centre - q * below)).abs() < 1e-9,
        "{a:?}"
    );
    assert!(
        (a.upper.unwrap() - inv(centre + q * above)).abs() < 1e-9,
        "{a:?}"
    );
    let d = logit(30.0) - centre;
    let p_met = 1.0 - z.cdf(d / if d < 0.0 { below } else { above });
    assert!(
        (a.probability.unwrap() - p_met).abs() < 1e-9,
        "{a:?} {p_met}"
    );
    // The single-observation users series borrows on the log scale: the count class's spread
    // (σ 0.043, b 0.62) widens it; without it, the reference's own interval.
    let u = row(&with.rows, "b", "users", 2025, ">=", Some(80.0), None);
    let v = row(&without.rows, "b", "users", 2025, ">=", Some(80.0), None);
    assert_eq!(u.interval_method, Some(plancast::IntervalMethod::Borrowed));
    assert_ne!(v.interval_method, Some(plancast::IntervalMethod::Borrowed));
    let c = u.projected.unwrap().ln();
    let s = 0.043 * 5f64.powf(0.62);
    let below = ((c - v.lower.unwrap().ln()) / q).hypot(s);
    let above = ((v.upper.unwrap().ln() - c) / q).hypot(s);
    assert!(
        (u.lower.unwrap().ln() - (c - q * below)).abs() < 1e-9,
        "{u:?} {v:?}"
    );
    assert!(
        (u.upper.unwrap().ln() - (c + q * above)).abs() < 1e-9,
        "{u:?} {v:?}"
    );
}

/// A single observation with no reference series is judged by its reference class: 21 other
/// count series grow at log paces 0.00, 0.01, …, 0.20 a year (2010–2020), so the class's
/// five-year log change is spread evenly over [0, 1]. A target of e^0.5 × the 2020 value in
/// 2025 needs the class's median growth: P ≈ 0.5; e^0.25 ×: P ≈ 0.75 (the kernel smoothing
/// moves these by less than 0.03). The percentile and P(met) are read from one distribution.
#[test]
fn one_observation_is_judged_by_its_reference_class() {
    use std::fmt::Write;
    let mut regions = String::from("region,name_zh,name_en,province,level,plan_title\n");
    let mut obs = String::from("region,indicator,year,value\n");
    for k in 0..=20 {
        writeln!(regions, "r{k},r{k},r{k},,county,").unwrap();
        for t in 2010..=2020 {
            let v = 50.0 * (f64::from(k) / 100.0 * f64::from(t - 2010)).exp();
            writeln!(obs, "r{k},firms,{t},{v}").unwrap();
        }
    }
    regions.push_str("x,x,x,,county,plan\n");
    obs.push_str("x,racks,2020,200\n");
    let e = |x: f64| 200.0 * x.exp();
    let targets = format!(
        "region,indicator,year,comparator,value\nx,racks,2025,>=,{}\nx,racks,2025,>=,{}\nx,racks,2025,<=,{}\n",
        e(0.5),
        e(0.25),
        e(0.25)
    );
    let ind = "indicator,unit,direction,lower,upper\nfirms,家,up,0,\nracks,个,up,0,\n";
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    let p = load_panel(
        PanelSources::new()
            .with_observations(cur(&obs), "obs.csv")
            .with_targets(cur(&targets), "targets.csv")
            .with_indicators(cur(ind), "ind.csv")
            .with_regions(cur(&regions), "regions.csv"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let report = assess_panel(&p, &AssessOptions::default());
    let half = row(&report.rows, "x", "racks", 2025, ">=", Some(e(0.5)), None);
    assert_eq!(
        half.source.as_ref().map(ToString::to_string).as_deref(),
        Some("reference_class:count")
    );
    assert_eq!(
        half.interval_method,
        Some(plancast::IntervalMethod::ReferenceClass)
    );
    assert!((half.probability.unwrap() - 0.5).abs() < 0.03, "{half:?}");
    assert!(
        (half.projected.unwrap() - e(0.5)).abs() < 1e-6 * e(0.5),
        "{half:?}"
    );
    // 80 % interval: the class's 10th and 90th percentiles, 0.1 and 0.9 of the way up.
    assert!((half.lower.unwrap() / 200.0).ln() > 0.05 && (half.lower.unwrap() / 200.0).ln() < 0.15);
    assert!((half.upper.unwrap() / 200.0).ln() > 0.85 && (half.upper.unwrap() / 200.0).ln() < 0.95);
    let quarter = row(&report.rows, "x", "racks", 2025, ">=", Some(e(0.25)), None);
    assert!(
        (quarter.probability.unwrap() - 0.75).abs() < 0.03,
        "{quarter:?}"
    );
    let pct = quarter.class_percentile.unwrap();
    assert!((pct - (1.0 - quarter.probability.unwrap())).abs() < 1e-9);
    let below = row(&report.rows, "x", "racks", 2025, "<=", Some(e(0.25)), None);
    assert!(
        (below.probability.unwrap() - 0.25).abs() < 0.03,
        "{below:?}"
    );
    assert!(!matches!(half.verdict.status(), Status::NotAssessable(_)));
    // Off: the single observation is not assessable, as before.
    let off = assess_panel(&p, &AssessOptions::default().with_reference_classes(false));
    let r = row(&off.rows, "x", "racks", 2025, ">=", Some(e(0.5)), None);
    assert_eq!(
        r.verdict.status(),
        Status::NotAssessable(Reason::SingleObservation)
    );
}

/// A share with its own history is pooled with its reference class (`combine`): P(met) is the
/// mean of its own trajectory's probability (reference classes off) and the class's, computed
/// here through the public `ClassGrowth`; the interval is the pool's.
#[test]
fn shares_pool_their_own_trajectory_with_the_class() {
    use plancast::model::Transform;
    use plancast::{ClassGrowth, ReferenceClass};
    use std::fmt::Write;
    let g = Transform::Logit {
        lower: 0.0,
        upper: 100.0,
    };
    let mut regions = String::from("region,name_zh,name_en,province,level,plan_title\n");
    let mut obs = String::from("region,indicator,year,value\n");
    for k in 0..12 {
        writeln!(regions, "r{k},r{k},r{k},,county,plan").unwrap();
        for t in 2012..=2020 {
            let z = -3.0 + 0.25 * f64::from(k) + (0.15 + 0.02 * f64::from(k)) * f64::from(t - 2012);
            let wobble = 0.03 * f64::from((t * 7 + k) % 5) - 0.06;
            writeln!(obs, "r{k},share,{t},{:.4}", g.inverse(z + wobble)).unwrap();
        }
    }
    let targets = "region,indicator,year,comparator,value\nr3,share,2025,>=,40\n";
    let ind = "indicator,unit,direction,lower,upper\nshare,%,up,0,100\n";
    let cur = |s: &str| std::io::Cursor::new(s.as_bytes().to_vec());
    let p = load_panel(
        PanelSources::new()
            .with_observations(cur(&obs), "obs.csv")
            .with_targets(cur(targets), "targets.csv")
            .with_indicators(cur(ind), "ind.csv")
            .with_regions(cur(&regions), "regions.csv"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let pooled = &assess_panel(&p, &AssessOptions::default()).rows[0];
    let own = &assess_panel(&p, &AssessOptions::default().with_reference_classes(false)).rows[0];
    assert_eq!(
        pooled.interval_method,
        Some(plancast::IntervalMethod::Combined)
    );
    assert!(pooled
        .source
        .as_ref()
        .map(ToString::to_string)
        .as_deref()
        .unwrap()
        .ends_with("+class:share"));
    // The class without the series itself (issue 29), rebuilt independently here; the driver
    // subtracts the series' kernels from the shared distribution and keeps its bandwidth, a
    // difference of well under 0.005 in P for eleven series.
    let mut pool = ClassGrowth::new(ReferenceClass::Share);
    for (r, i) in p.series_keys().filter(|(r, _)| *r != "r3") {
        let s = p.series_view(r, i).unwrap();
        pool.add_series(s.years(), s.values(), g);
    }
    let z0 = g.forward(p.series_view("r3", "share").unwrap().last().1);
    // The driver reads the class distribution of the baseline's level bin (1/16 logit): the
    // level kernel centred on the bin, the change measured from the baseline itself.
    let bin = (z0 * 16.0).round() / 16.0;
    let p_class = 1.0 - pool.distribution(bin, 5).unwrap().cdf(g.forward(40.0) - z0);
    // The recalibrated pool: P = 1 − B_{a,b}(1 − (w·P_own + (1 − w)·P_class)), 5 years ahead.
    let rule = plancast::ClassPool::default();
    let w = rule.own_weight();
    let (a, b) = rule.recalibration(5);
    let q = w * own.probability.unwrap() + (1.0 - w) * p_class;
    let beta = statrs::distribution::Beta::new(a, b).unwrap();
    let want = 1.0 - statrs::distribution::ContinuousCDF::cdf(&beta, 1.0 - q);
    assert!(
        (pooled.probability.unwrap() - want).abs() < 0.005,
        "{pooled:?} vs {want}"
    );
    assert!(pooled.lower.unwrap() <= pooled.projected.unwrap());
    assert!(pooled.projected.unwrap() <= pooled.upper.unwrap());
}

/// An explicit model means that model: `--model linear` (exponential, logistic) projects the
/// fitted model from the last observation with the working scale's OLS slope, as an independent
/// computation here does, while the calibration (on by default) only sets the interval. The
/// calibrated continuation (damping, drift) applies under `auto` or when asked for.
#[test]
fn an_explicit_model_is_projected_as_fitted() {
    use plancast::model::Model;
    use plancast::{ContinuationRule, Source, Trend};
    // 40 regions of a share (bounded 0–100) and of a count, 8 noisy yearly points each, whose
    // trends slow down after 2017 (so a backtest would damp them).
    let mut obs = String::from("region,indicator,year,value\n");
    let mut targets = String::from("region,indicator,year,comparator,value\n");
    for r in 0..40 {
        let (a, b) = (-2.0 + 0.05 * f64::from(r), 0.25 + 0.004 * f64::from(r));
        for (k, y) in (2013..=2020).enumerate() {
            let t = f64::from(y - 2013).min(4.0 + 0.4 * (k as f64 - 4.0).max(0.0));
            let wobble = 0.03 * (f64::from(r * 7 + y) * 1.3).sin();
            let z = a + b * t + wobble;
            obs.push_str(&format!("r{r},share,{y},{}\n", 100.0 / (1.0 + (-z).exp())));
            obs.push_str(&format!("r{r},count,{y},{}\n", (4.0 + z).exp()));
        }
        targets.push_str(&format!("r{r},share,2025,>=,60\nr{r},count,2025,>=,500\n"));
    }
    let indicators = "indicator,unit,direction,lower,upper\nshare,%,up,0,100\ncount,个,up,0,\n";
    let panel = load_panel(
        PanelSources::new()
            .with_observations(obs.as_bytes(), "obs.csv")
            .with_targets(targets.as_bytes(), "targets.csv")
            .with_indicators(indicators.as_bytes(), "indicators.csv"),
    )
    .unwrap();
    // Working scales: values, log, logit on (0, 100).
    type Scale = fn(f64) -> f64;
    let scales: [(Model, Scale, Scale); 3] = [
        (Model::Linear, |v| v, |z| z),
        (Model::Exponential, f64::ln, f64::exp),
        (
            Model::Logistic {
                lower: 0.0,
                upper: 100.0,
            },
            |v| (v / (100.0 - v)).ln(),
            |z| 100.0 / (1.0 + (-z).exp()),
        ),
    ];
    for (model, g, inv) in scales {
        let opts = AssessOptions::default().with_model(model);
        assert_eq!(opts.continuation_rule(), ContinuationRule::Fitted);
        let report = assess_panel(&panel, &opts);
        let mut checked = 0;
        for r in &report.rows {
            if matches!(model, Model::Logistic { .. }) && r.indicator != "share" {
                continue; // the logistic needs both bounds
            }
            let s = panel.series(&r.region, &r.indicator).unwrap();
            let (t, z): (Vec<f64>, Vec<f64>) = s.iter().map(|(y, v)| (f64::from(y), g(v))).unzip();
            let n = t.len() as f64;
            let (tm, zm) = (t.iter().sum::<f64>() / n, z.iter().sum::<f64>() / n);
            let sxy: f64 = t.iter().zip(&z).map(|(a, b)| (a - tm) * (b - zm)).sum();
            let sxx: f64 = t.iter().map(|a| (a - tm) * (a - tm)).sum();
            let mut expected = inv(z[z.len() - 1] + sxy / sxx * (2025.0 - t[t.len() - 1]));
            if r.indicator == "share" {
                // A projection past a natural bound is reported at it (documented).
                expected = expected.clamp(0.0, 100.0);
            }
            let got = r.projected.unwrap();
            assert!(
                (got - expected).abs() <= 1e-9 * expected.abs().max(1.0),
                "{model:?} {}/{}: {got} vs {expected}",
                r.region,
                r.indicator
            );
            assert!(
                matches!(
                    r.source,
                    Some(Source::Own {
                        trend: Trend::Fitted,
                        ..
                    })
                ),
                "{:?}",
                r.source
            );
            assert_eq!(
                r.source.as_ref().unwrap().to_string(),
                r.source.as_ref().unwrap().model().unwrap().name()
            );
            checked += 1;
        }
        assert!(checked >= 40, "{model:?}: {checked}");
        // Asked for, the calibration's chosen continuation applies, and the label says so.
        let chosen = assess_panel(
            &panel,
            &opts
                .clone()
                .with_continuation(Some(ContinuationRule::Chosen)),
        );
        let moved = chosen
            .rows
            .iter()
            .zip(&report.rows)
            .filter(|(c, f)| c.projected != f.projected)
            .count();
        let labelled = chosen
            .rows
            .iter()
            .filter(|c| {
                c.source
                    .as_ref()
                    .and_then(Source::trend)
                    .is_some_and(|t| t != Trend::Fitted)
            })
            .count();
        assert_eq!(
            moved > 0,
            labelled > 0,
            "{model:?}: {moved} moved, {labelled} labelled"
        );
    }
}
