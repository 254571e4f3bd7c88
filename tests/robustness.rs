//! Bad input, numerical edge cases, determinism: never panic, never lose a row.
//!
//! Case counts are set so the whole file runs in well under a minute on 2 cores (debug build).

use std::io::Cursor;
use std::path::Path;

use plancast::io::{load_panel, read_observations, read_observations_checked, PanelSources};
use plancast::model::Model;
use plancast::verdict::{judge, Goal};
use plancast::{
    assess_panel, probability, project, Bounds, Comparator, Error, Level, Series, Thresholds,
    Uncertainty,
};
use proptest::prelude::*;

const MODELS: [Model; 6] = [
    Model::Linear,
    Model::Exponential,
    Model::Logistic {
        lower: 0.0,
        upper: 100.0,
    },
    Model::FreeLogistic,
    Model::Gompertz,
    Model::Auto,
];

/// Any f64, with the awkward ones well represented.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1e3f64..1e3,
        2 => 0.0f64..100.0,
        1 => prop::num::f64::ANY,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(0.0),
        1 => Just(100.0),
        1 => prop_oneof![Just(1e-300), Just(1e300), Just(-1e300), Just(f64::MIN_POSITIVE)],
    ]
}

fn any_bounds() -> impl Strategy<Value = (Option<f64>, Option<f64>)> {
    (prop::option::of(any_f64()), prop::option::of(any_f64()))
}

/// Checks one fitted model end to end; panics (failing the property) on a broken invariant.
fn check_fit(model: Model, s: &Series, bounds: Bounds, horizon: i32, target: f64, c: Comparator) {
    let fit = match model.fit(s, bounds) {
        Ok(f) => f,
        Err(_) => return, // a typed error is an acceptable answer
    };
    let last = s.last().unwrap().0;
    for year in [last, last.saturating_add(horizon)] {
        if year > 9999 {
            continue;
        }
        for how in [Uncertainty::Textbook, Uncertainty::RandomWalk] {
            match project(&fit, year, Level::try_new(0.8).unwrap(), how) {
                Ok(p) => {
                    assert!(p.value().is_finite());
                    if let Model::Logistic { lower, upper } = model {
                        assert!(p.value() >= lower && p.value() <= upper, "{model:?} {p:?}");
                    }
                    if let Some(i) = p.interval() {
                        assert!(i.lower().is_finite() && i.upper().is_finite());
                        assert!(i.lower() <= p.value() && p.value() <= i.upper(), "{p:?}");
                    }
                }
                Err(Error::Overflow { .. }) => {}
                Err(e) => panic!("unexpected error {e}"),
            }
            if let Some(pr) = probability(&fit, year, c, target, how) {
                assert!((0.0..=1.0).contains(&pr), "{pr}");
            }
        }
    }
    let goal = Goal::new(last.saturating_add(horizon), c, target);
    let v = judge(s, &goal, None, None, bounds, &Thresholds::default());
    assert_verdict_finite(&v);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_series_never_panic(
        years in prop::collection::vec(prop_oneof![8 => 1990i32..2030, 1 => any::<i32>(), 1 => 1i32..10_000], 0..50),
        values in prop::collection::vec(any_f64(), 0..50),
        (lower, upper) in any_bounds(),
        horizon in 0i32..50,
        target in any_f64(),
        c in prop_oneof![Just(Comparator::Ge), Just(Comparator::Gt), Just(Comparator::Le), Just(Comparator::Lt), Just(Comparator::Eq)],
    ) {
        let n = years.len().min(values.len());
        let s = match Series::try_new(years[..n].to_vec(), values[..n].to_vec()) {
            Ok(s) if !s.is_empty() => s,
            _ => return Ok(()),
        };
        let bounds = Bounds::try_new(lower, upper).unwrap_or(Bounds::NONE);
        for m in MODELS {
            check_fit(m, &s, bounds, horizon, target, c);
        }
    }

    #[test]
    fn extreme_magnitudes_are_finite_or_typed_errors(
        exp in -300i32..300,
        n in 2usize..8,
        start in 1i32..9950,
        growth in 0.5f64..2.0,
        horizon in 0i32..50,
    ) {
        let scale = 10f64.powi(exp);
        let years: Vec<i32> = (0..n as i32).map(|i| start + i).collect();
        let values: Vec<f64> = (0..n).map(|i| scale * growth.powi(i as i32)).collect();
        if values.iter().any(|v| !v.is_finite() || *v == 0.0) {
            return Ok(());
        }
        let s = Series::try_new(years, values).unwrap();
        for m in MODELS {
            check_fit(m, &s, Bounds::NONE, horizon, scale * 2.0, Comparator::Ge);
        }
    }

    #[test]
    fn arbitrary_csv_bytes_account_for_every_row(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let path = Path::new("fuzz.csv");
        // No panic, whatever the bytes.
        let _ = load_panel(PanelSources::new().with_observations(Cursor::new(bytes.clone()), path).with_targets(Cursor::new(bytes.clone()), path).with_indicators(Cursor::new(bytes.clone()), path).with_regions(Cursor::new(bytes.clone()), path));
        if let Ok(checked) = read_observations_checked(Cursor::new(bytes.clone()), path) {
            prop_assert_eq!(checked.rows.len() + checked.errors.len(), data_rows(&bytes));
            for e in &checked.errors {
                match e {
                    Error::Csv { line, .. } | Error::DuplicateRow { line, .. } => prop_assert!(*line >= 2),
                    other => prop_assert!(false, "row error without a line: {other}"),
                }
            }
        }
    }

    #[test]
    fn csv_made_of_plausible_cells_accounts_for_every_row(
        rows in prop::collection::vec(
            (prop_oneof![Just("r1"), Just("r2"), Just("R 3"), Just("")],
             prop_oneof![Just("i1"), Just("i2"), Just("5g")],
             prop_oneof![Just("2020"), Just("2021"), Just("20x1"), Just(""), Just("99999")],
             prop_oneof![Just("1"), Just("\"1,234.5\""), Just("85%"), Just("１２３．５"), Just(""), Just("abc"), Just("NaN"), Just("1e999"), Just("\"multi\nline\"")],
             prop_oneof![Just(""), Just(",extra"), Just(",extra,more")]),
            0..30),
        bom in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let nl = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        text.push_str("region,indicator,year,value");
        text.push_str(nl);
        for (r, i, y, v, extra) in &rows {
            text.push_str(&format!("{r},{i},{y},{v}{extra}{nl}"));
        }
        let checked = read_observations_checked(Cursor::new(text.clone().into_bytes()), Path::new("p.csv")).unwrap();
        prop_assert_eq!(checked.rows.len() + checked.errors.len(), rows.len());
        for (_, o) in &checked.rows {
            prop_assert!(o.value.is_finite());
        }
    }
}

/// Data rows as the csv crate splits them (header excluded; whitespace-only lines are not rows).
fn data_rows(bytes: &[u8]) -> usize {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(body);
    if rdr.byte_headers().is_err() {
        return 0;
    }
    rdr.byte_records()
        .filter_map(Result::ok)
        .filter(|r| !r.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)))
        .count()
}

#[test]
fn documented_csv_acceptance() {
    let read =
        |text: &str| read_observations(Cursor::new(text.as_bytes().to_vec()), Path::new("t.csv"));
    // Accepted: BOM, CRLF, any column order, extra columns, quoted thousands, %, full-width digits.
    let ok = read("\u{feff}value,extra,year,indicator,region\r\n\"1,234.5\",x,2020,i,r\r\n85%,,2021,i,r\r\n１２３．５,,2022,i,r\r\n").unwrap();
    let v: Vec<f64> = ok.iter().map(|(_, o)| o.value).collect();
    assert_eq!(v, vec![1234.5, 85.0, 123.5]);
    assert_eq!(
        ok.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        vec![2, 3, 4]
    );
    // Ids as the data has them: case, dots, spaces inside and Unicode kept.
    let ok = read("region,indicator,year,value\nWLD,IT.NET.USER.ZS,2020,60\n通辽市,5G用户普及率,2020,8\nCôte d'Ivoire,x,2020,1\n").unwrap();
    let ids: Vec<(&str, &str)> = ok
        .iter()
        .map(|(_, o)| (o.region.as_str(), o.indicator.as_str()))
        .collect();
    assert_eq!(
        ids,
        vec![
            ("WLD", "IT.NET.USER.ZS"),
            ("通辽市", "5G用户普及率"),
            ("Côte d'Ivoire", "x")
        ]
    );
    // A quoted field with a newline is one row; the next row's line number accounts for it.
    let ok = read("region,indicator,year,value,quote\nr,i,2020,1,\"two\nlines\"\nr,i,2021,2,\n")
        .unwrap();
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[1].0, 4);
    // Rejected, each with its line and column.
    let cases = [
        ("region,indicator,year,value\nr,i,2020,\n", 2, "value"),
        (
            "region,indicator,year,value\nr,i,2020,1\nr,i,20x0,1\n",
            3,
            "year",
        ),
        ("region,indicator,year,value\nr,i,2020,abc\n", 2, "value"),
        ("region,indicator,year,value\n,i,2020,1\n", 2, "region"),
        (
            "region,indicator,year,value\nr\u{7},i,2020,1\n",
            2,
            "region",
        ),
        ("region,indicator,year,value\nr,i,2020,NaN\n", 2, "value"),
        ("region,indicator,year,value\nr,i,2020,12,34\n", 2, "#5"),
        (
            "region,indicator,year,value,bound\nr,i,2020,1,upper\n",
            2,
            "bound",
        ),
    ];
    for (text, line, column) in cases {
        match read(text) {
            Err(Error::Csv {
                line: l, column: c, ..
            }) => assert_eq!((l, c.as_str()), (line, column), "{text:?}"),
            other => panic!("{text:?}: {other:?}"),
        }
    }
    // Quoted "12,34" is not a thousands-separated number and is rejected too.
    assert!(matches!(
        read("region,indicator,year,value\nr,i,2020,\"12,34\"\n"),
        Err(Error::Csv { line: 2, .. })
    ));
    assert!(matches!(
        read("region,indicator,year\nr,i,2020\n"),
        Err(Error::MissingColumn {
            column: "value",
            ..
        })
    ));
    assert!(matches!(
        read("region,indicator,year,value\nr,i,2020,1\nr,i,2020,2\n"),
        Err(Error::DuplicateRow {
            line: 3,
            first_line: 2,
            ..
        })
    ));
    let bad_utf8 = b"region,indicator,year,value\nr,i,2020,\xff\xfe\n".to_vec();
    assert!(matches!(
        read_observations(Cursor::new(bad_utf8), Path::new("b.csv")),
        Err(Error::Csv { line: 2, .. })
    ));
}

#[test]
fn json_and_csv_round_trips_are_lossless() {
    let panel = plancast::seeds::panel().unwrap();
    let json = plancast::io::panel_to_json(&panel).unwrap();
    let back = plancast::io::panel_from_json(&json).unwrap();
    assert_eq!(back, panel);
    // CSV round trips of each table.
    let data = panel.data();
    let mut buf = Vec::new();
    plancast::io::write_observations(&mut buf, &data.observations).unwrap();
    let obs: Vec<_> = read_observations(Cursor::new(buf), Path::new("o.csv"))
        .unwrap()
        .into_iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(obs, data.observations);
    let mut buf = Vec::new();
    plancast::io::write_targets(&mut buf, &data.targets).unwrap();
    let t: Vec<_> = plancast::io::read_targets(Cursor::new(buf), Path::new("t.csv"))
        .unwrap()
        .into_iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(t, data.targets);
    let mut buf = Vec::new();
    plancast::io::write_indicators(&mut buf, &data.indicators).unwrap();
    assert_eq!(
        plancast::io::read_indicators(Cursor::new(buf), Path::new("i.csv")).unwrap(),
        data.indicators
    );
    let mut buf = Vec::new();
    plancast::io::write_regions(&mut buf, &data.regions).unwrap();
    assert_eq!(
        plancast::io::read_regions(Cursor::new(buf), Path::new("r.csv")).unwrap(),
        data.regions
    );
    // The report, the calibration, batch rows and small types through JSON.
    let report = assess_panel(&panel, &plancast::AssessOptions::default());
    let r2: plancast::Report = serde_json::from_str(&report.to_json().unwrap()).unwrap();
    assert_eq!(r2, report);
    let cal =
        plancast::Calibration::from_scores(vec![vec![0.1, -1.5, 2.0, 0.1], vec![], vec![3.0]]);
    let c2: plancast::Calibration =
        serde_json::from_str(&serde_json::to_string(&cal).unwrap()).unwrap();
    assert_eq!(c2, cal);
    let s = Series::try_new(vec![2020, 2021], vec![0.1 + 0.2, 1e-300]).unwrap();
    let s2: Series = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(s2, s);
    let b: Bounds =
        serde_json::from_str(&serde_json::to_string(&Bounds::PERCENT).unwrap()).unwrap();
    assert_eq!(b, Bounds::PERCENT);
    // Deserialisation validates: a bad series or level is rejected, not smuggled in.
    assert!(serde_json::from_str::<Series>(r#"{"years":[2020,2020],"values":[1,2]}"#).is_err());
    assert!(serde_json::from_str::<Level>("1.5").is_err());
    assert!(serde_json::from_str::<Bounds>(r#"{"lower":5,"upper":1}"#).is_err());
    // Same panel, same report, run after run.
    assert_eq!(
        assess_panel(&panel, &plancast::AssessOptions::default())
            .to_json()
            .unwrap(),
        report.to_json().unwrap()
    );
}

#[test]
fn extreme_panels_report_only_finite_numbers() {
    // Magnitudes from 1e-300 to 1e300, years at both ends of 1..=9999, 50-year horizons.
    let obs = "region,indicator,year,value
tiny,x,2000,1e-300
tiny,x,2001,2e-300
tiny,x,2002,4e-300
huge,x,2000,1e300
huge,x,2001,1e301
huge,x,2002,1e302
early,x,1,5
early,x,2,6
early,x,3,8
late,x,9990,5
late,x,9991,50
late,x,9992,500
flat,x,2000,7
flat,x,2001,7
flat,x,2002,7
neg,x,2000,-5
neg,x,2001,-50
neg,x,2002,-500
";
    let targets = "region,indicator,year,comparator,value
tiny,x,2052,>=,1e-290
huge,x,2052,>=,1e308
huge,x,2052,<=,-1e308
early,x,53,>=,1e6
late,x,9999,>=,1e300
flat,x,2052,>,7
neg,x,2052,<=,-1e300
neg,x,2052,=,0
";
    let panel = load_panel(
        PanelSources::new()
            .with_observations(Cursor::new(obs.as_bytes().to_vec()), "o.csv")
            .with_targets(Cursor::new(targets.as_bytes().to_vec()), "t.csv"),
    )
    .unwrap();
    let report = assess_panel(&panel, &plancast::AssessOptions::default());
    assert_eq!(report.rows.len(), 8);
    for r in &report.rows {
        for x in [
            r.target,
            r.last_value,
            r.projected,
            r.lower,
            r.upper,
            r.probability,
            r.verdict.observed(),
            r.verdict.required(),
            r.verdict.progress_ratio(),
            r.verdict.required_from_last(),
            r.verdict.unsd_ratio(),
            r.verdict.midterm_ratio(),
            r.verdict.value_at_target_year(),
            r.gap,
            r.gap_relative,
        ]
        .into_iter()
        .flatten()
        {
            assert!(x.is_finite(), "{r:?}");
        }
        if let Some(p) = r.probability {
            assert!((0.0..=1.0).contains(&p));
        }
    }
    let mut buf = Vec::new();
    report.write_csv(&mut buf, &panel).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert!(
        !text.contains("NaN") && !text.contains(",inf") && !text.contains(",-inf"),
        "{text}"
    );
}

/// Found by the `assess` fuzz target (fuzz/, 2026-11-24): an achieved `<=` target whose
/// observed growth (1.8e-307 → 2 in one year: CAGR 1.1e307) divided by a required growth of
/// 2.4e-4 overflowed the progress ratio to +∞.
#[test]
fn fuzz_regression_achieved_ratio_overflow() {
    let last = (2088, 2.000_000_000_029_049_7);
    let first = (2087, 1.775_363_712_257_76e-307);
    let s = Series::try_new(vec![first.0, last.0], vec![first.1, last.1]).unwrap();
    let goal = Goal::new(2089, Comparator::Le, 2.000_471_115_083_308);
    let v = judge(&s, &goal, None, None, Bounds::NONE, &Thresholds::default());
    assert_eq!(v.status(), plancast::Status::Achieved);
    assert_verdict_finite(&v);
}

/// Every number of a verdict is finite (or absent).
fn assert_verdict_finite(v: &plancast::verdict::Verdict) {
    for x in [
        v.base_value(),
        v.observed(),
        v.required(),
        v.required_from_last(),
        v.progress_ratio(),
        v.unsd_ratio(),
        v.midterm_ratio(),
        v.value_at_target_year(),
    ]
    .into_iter()
    .flatten()
    {
        assert!(x.is_finite(), "{v:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The wide, JSON-stat and workbook readers never panic: any bytes, and wide tables built
    /// from hostile cells, give observations or a located error.
    #[test]
    fn other_formats_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        cells in prop::collection::vec(
            prop_oneof![Just("2020"), Just("2021 [YR2021]"), Just(".."), Just(":"), Just("1.5 b"), Just("x y"), Just(""), Just("\"q,\""), Just("1e999"), Just("WLD")],
            0..40),
        width in 1usize..8,
    ) {
        let p = Path::new("f");
        let _ = plancast::io::read_wide(&bytes[..], p, "x");
        let _ = plancast::io::read_jsonstat(&bytes, p, "x");
        let _ = plancast::io::sheet_to_csv(&bytes, p, None);
        let mut text = String::from("region,2019,2020\n");
        for row in cells.chunks(width) {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        match plancast::io::read_wide(text.as_bytes(), p, "x") {
            Ok(t) => for (_, o) in &t.rows { prop_assert!(o.value.is_finite()); },
            Err(e) => {
                let located = matches!(e, Error::Csv { .. });
                prop_assert!(located, "{}", e);
            }
        }
        let json = format!("{{\"class\":\"dataset\",\"id\":[\"geo\",\"time\"],\"size\":[1,{width}],\"value\":[{}]}}", cells.join(","));
        let _ = plancast::io::read_jsonstat(json.as_bytes(), p, "x");
    }
}
