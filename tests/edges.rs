//! Verdicts at the edges (issue 13), on the hand-made panel in `tests/data/edges/`: each
//! expected value is computed here from the numbers in the files, independently of the crate.

use std::path::Path;

use plancast::io::{load_panel, PanelSources};
use plancast::verdict::JudgedOn;
use plancast::{assess_panel, AssessOptions, Assessment, Panel, Status};

fn edges() -> Panel {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/edges");
    let open = |name: &str| {
        let p = dir.join(name);
        (std::fs::File::open(&p).unwrap(), p)
    };
    let mut sources = PanelSources::new();
    sources.observations = vec![open("observations.csv")];
    sources.targets = vec![open("targets.csv")];
    sources.indicators = Some(open("indicators.csv"));
    load_panel(sources).unwrap_or_else(|e| panic!("{e}"))
}

fn row<'a>(rows: &'a [Assessment], region: &str, target: f64) -> &'a Assessment {
    rows.iter()
        .find(|r| r.region == region && r.target == Some(target))
        .unwrap_or_else(|| panic!("no row {region} {target}"))
}

/// Case 1: a share at 99.2 % with targets of 99, 99.5, 99.9 and 100 %. Only the 100 % target
/// sits on the bound and is moved (to 99.95 %); the probability falls as the target rises, and
/// a target above the 80 % interval's upper end has P < 10 % (the same distribution).
#[test]
fn targets_near_a_bound_are_not_moved() {
    let report = assess_panel(&edges(), &AssessOptions::default());
    let p: Vec<f64> = [99.0, 99.5, 99.9, 100.0]
        .iter()
        .map(|&t| row(&report.rows, "near_bound", t).probability.unwrap())
        .collect();
    assert!(p[0] > p[1] && p[1] > p[2] && p[2] > p[3], "{p:?}");
    let r = row(&report.rows, "near_bound", 99.9);
    let upper = r.upper.unwrap();
    assert!(upper < 100.0);
    for t in [99.5, 99.9, 100.0] {
        let r = row(&report.rows, "near_bound", t);
        if upper < t.min(99.95) {
            assert!(r.probability.unwrap() < 0.1, "{t}: {r:?}");
        }
    }
}

/// Case 2: "≥ 500 in 2019" judged on 2019's value, not on the latest one.
#[test]
fn past_target_years() {
    let report = assess_panel(&edges(), &AssessOptions::default());
    // 470, 490, 510, 480: 510 in 2019 met it.
    let r = row(&report.rows, "met_on_time", 500.0);
    assert_eq!(r.verdict.status(), Status::Achieved);
    assert_eq!(r.verdict.judged_on(), JudgedOn::Observed);
    assert_eq!(r.verdict.value_at_target_year(), Some(510.0));
    assert_eq!(r.projected, None); // nothing to project: the year is observed
                                   // 380, 400, 450, 520: 450 in 2019 missed it; met a year late.
    let r = row(&report.rows, "met_late", 500.0);
    assert_eq!(r.verdict.status(), Status::Missed);
    assert_eq!(r.verdict.met_late(), Some(2020));
    assert_eq!(r.verdict.year_reached(), Some(2020));
    // 400 (2017), 600 (2021): 2019 interpolated on the log scale, √(400·600) = 489.90.
    let r = row(&report.rows, "gap", 500.0);
    assert_eq!(r.verdict.judged_on(), JudgedOn::Interpolated);
    assert!((r.verdict.value_at_target_year().unwrap() - 489.897_948_556_635_6).abs() < 1e-9);
    assert_eq!(r.verdict.status(), Status::Missed);
    assert_eq!(r.verdict.met_late(), Some(2021));
}

/// Case 3: Eurostat's R = [(130/100)^(1/3) − 1]/[(200/100)^(1/5) − 1] = 0.0913929/0.1486984 =
/// 0.614619 (moderate); growth required from now (200/130)^(1/2) − 1 = 0.240347.
#[test]
fn eurostat_progress_ratio() {
    let report = assess_panel(&edges(), &AssessOptions::default());
    let r = row(&report.rows, "eurostat", 200.0);
    assert!((r.verdict.progress_ratio().unwrap() - 0.614_619).abs() < 1e-6);
    assert!((r.verdict.required_from_last().unwrap() - 0.240_347).abs() < 1e-6);
    assert_eq!(r.verdict.status(), Status::Moderate);
    assert_eq!(r.verdict.base_year(), Some(2020));
    // Mid-term test: 30 % of the change done in 3 of 5 years, 0.3/0.6 = 0.5.
    assert!((r.verdict.midterm_ratio().unwrap() - 0.5).abs() < 1e-12);
    // UNSD's ratio from the projection: (ŷ − 100)/(200 − 100).
    let want = (r.projected.unwrap() - 100.0) / 100.0;
    assert!((r.verdict.unsd_ratio().unwrap() - want).abs() < 1e-12);
}

/// Case 4: "about 120 in 2025" (114–126) on 20, 30, 45, 68 (2018–2021). The pace since 2018,
/// (68/20)^(1/3) − 1 = 50.4 %/yr, exceeds the (126/20)^(1/7) − 1 = 30.1 %/yr that would land on
/// the band's upper edge: overshooting, and the projection (far above 126) gives P ≈ 0.
#[test]
fn approximate_target_far_below_the_pace() {
    let report = assess_panel(&edges(), &AssessOptions::default());
    let r = row(&report.rows, "about", 120.0);
    assert_eq!(r.verdict.status(), Status::Overshooting);
    assert!(r.projected.unwrap() > 126.0);
    assert!(r.probability.unwrap() < 0.05, "{r:?}");
}

/// Statuses, reasons, model kinds, interval methods and classes print as the names reports use.
#[test]
fn display_names() {
    use plancast::model::ModelKind;
    use plancast::{IntervalMethod, Reason, ReferenceClass, Status};
    assert_eq!(Status::OnTrack.to_string(), "on_track");
    assert_eq!(
        Status::NotAssessable(Reason::NoObservations).to_string(),
        "not_assessable"
    );
    assert_eq!(
        Reason::NoComparableSeries.to_string(),
        "single_observation_no_comparable_series"
    );
    assert_eq!(ModelKind::Gompertz.to_string(), "gompertz");
    assert_eq!(IntervalMethod::Combined.to_string(), "combined");
    assert_eq!(ReferenceClass::Money.to_string(), "money");
}

/// Parse errors are typed, and an I/O error keeps its source.
#[test]
fn parse_and_io_errors_are_typed() {
    use std::error::Error as _;
    let e = "≈".parse::<plancast::Comparator>().unwrap_err();
    assert_eq!((e.what, e.found.as_str()), ("comparator", "≈"));
    let e = "maybe".parse::<plancast::TargetKind>().unwrap_err();
    assert_eq!(e.what, "target kind");
    let e = "cubic".parse::<plancast::model::Model>().unwrap_err();
    assert!(e.to_string().contains("unknown model `cubic`"));
    let e = plancast::io::PanelFiles::new()
        .observations("no/such/file.csv")
        .targets("no/such/targets.csv")
        .load()
        .unwrap_err();
    let plancast::Error::Io { file, source } = &e else {
        panic!("{e:?}")
    };
    assert!(file.ends_with("file.csv"));
    let io = source
        .get_ref()
        .downcast_ref::<std::io::Error>()
        .expect("an io::Error");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    assert!(e.source().is_some());
}

/// "As of" a year reads no later data: the values after it are poisoned (scaled, shifted) and
/// no output moves — trajectories, intervals, probabilities, calibration pools, reference and
/// class series all come from the data up to that year. Only the realised outcome, which is
/// read from the full panel on purpose, differs.
#[test]
fn as_of_reads_no_later_data() {
    use plancast::{assess_panel_as_of, Panel};
    let seeds = plancast::seeds::panel().unwrap();
    // Targets inside the synthetic panel's years (…2020), so some have a realised outcome.
    let synthetic = {
        let mut d = plancast::synthetic::panel(60, 6, 8, 11).data().clone();
        for (k, t) in d.targets.iter_mut().enumerate() {
            t.year = [2019, 2020, 2025][k % 3];
        }
        Panel::try_new(d).unwrap()
    };
    for (name, panel, year) in [("seeds", seeds, 2021), ("synthetic", synthetic, 2017)] {
        let mut poisoned = panel.data().clone();
        let mut touched = 0;
        for o in poisoned
            .observations
            .iter_mut()
            .chain(poisoned.alternates.iter_mut())
        {
            let dated = o
                .as_of
                .as_deref()
                .and_then(|d| d.get(..4)?.parse::<i32>().ok())
                .unwrap_or(o.year);
            if o.year > year || dated > year {
                o.value = o.value * 3.7 + 11.0;
                touched += 1;
            }
        }
        assert!(touched > 0, "{name}: nothing after {year} to poison");
        let poisoned = Panel::try_new(poisoned).unwrap();
        let opts = AssessOptions::default();
        let strip = |mut r: plancast::Report| {
            for row in &mut r.rows {
                row.realised = None;
            }
            r
        };
        let a = assess_panel_as_of(&panel, &opts, year);
        let b = assess_panel_as_of(&poisoned, &opts, year);
        assert!(a.rows.iter().all(|r| r.last_year.is_none_or(|y| y <= year)));
        assert_eq!(
            strip(a.clone()),
            strip(b),
            "{name}: a later value moved an output"
        );
        // The realised outcome does read the later data (the test can fail).
        assert!(
            a.rows.iter().any(|r| r.realised.is_some()) || name == "seeds",
            "{name}: no realised outcome"
        );
    }
}

/// The evaluation table (中期评估): time progress, completion progress and the verdict, computed
/// here from the numbers of a hand-made panel.
#[test]
fn evaluation_table_from_first_principles() {
    use plancast::{evaluation_row, Evaluation};
    let obs = "region,indicator,year,value\n\
        a,users,2020,100\na,users,2021,120\na,users,2023,170\n\
        b,users,2020,100\nb,users,2021,102\nb,users,2023,104\n\
        c,users,2020,100\nc,users,2023,210\n\
        d,pue,2020,1.5\nd,pue,2023,1.4\n";
    let targets = "region,indicator,year,comparator,value\n\
        a,users,2025,>=,200\nb,users,2025,>=,200\nc,users,2025,>=,200\nd,pue,2025,<=,1.2\n";
    let ind = "indicator,unit,direction,lower,upper\nusers,万户,up,0,\npue,ratio,down,1,\n";
    let panel = load_panel(
        PanelSources::new()
            .with_observations(obs.as_bytes(), "obs.csv")
            .with_targets(targets.as_bytes(), "targets.csv")
            .with_indicators(ind.as_bytes(), "ind.csv"),
    )
    .unwrap();
    let report = assess_panel(&panel, &AssessOptions::default());
    let e: Vec<_> = report.rows.iter().map(evaluation_row).collect();
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
    // a: 3 of 5 years (0.6), 70 of 100 covered (0.7): as expected.
    assert!(close(e[0].time_progress, 0.6) && close(e[0].completion_progress, 0.7));
    assert_eq!(e[0].evaluation, Evaluation::AsExpected);
    // b: 4 of 100 covered in 60 % of the time, and a flat trend: hard to complete.
    assert!(close(e[1].completion_progress, 0.04));
    assert_eq!(
        e[1].evaluation,
        Evaluation::Unlikely,
        "{:?}",
        report.rows[1]
    );
    // c: already past the target.
    assert_eq!(e[2].evaluation, Evaluation::Completed);
    // d: PUE 1.5 → ≤ 1.2, at 1.4: a third of the way, in 60 % of the time.
    assert!(close(e[3].completion_progress, (1.4 - 1.5) / (1.2 - 1.5)));
    assert!(matches!(
        e[3].evaluation,
        Evaluation::Lagging | Evaluation::Unlikely
    ));
    let mut csv = Vec::new();
    report.write_evaluation_csv(&mut csv, &panel).unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(text.starts_with(
        "地区,指标,单位,属性,基期年份,基期值,目标年份,目标值,现值年份,现值,时序进度,完成进度,评价"
    ));
    assert!(text.contains(",60.0%,70.0%,达到预期,"), "{text}");
}

/// A target stated in one definition (口径) is not judged on observations of another, nor is its
/// realised value called met or missed: "not comparable", with the reason.
#[test]
fn definitions_that_differ_are_not_comparable() {
    use plancast::{assess_panel_as_of, RealisedResult, Reason};
    let obs = "region,indicator,year,value,definition\n\
        a,stations,2019,100,累计\na,stations,2020,150,累计\na,stations,2021,210,累计\na,stations,2023,400,累计\n\
        b,stations,2019,100,累计\nb,stations,2020,150,累计\nb,stations,2021,210,累计\nb,stations,2023,400,累计\n\
        c,stations,2019,40,新增\nc,stations,2020,50,累计\nc,stations,2021,60,累计\n";
    let targets = "region,indicator,year,comparator,value,definition\n\
        a,stations,2023,>=,300,累计\nb,stations,2023,>=,300,新增\nc,stations,2023,>=,300,\n";
    let panel = load_panel(
        PanelSources::new()
            .with_observations(obs.as_bytes(), "obs.csv")
            .with_targets(targets.as_bytes(), "targets.csv"),
    )
    .unwrap();
    let report = assess_panel_as_of(&panel, &AssessOptions::default(), 2021);
    let status = |k: usize| report.rows[k].verdict.status();
    assert!(
        !matches!(status(0), Status::NotAssessable(_)),
        "{:?}",
        report.rows[0]
    );
    assert_eq!(status(1), Status::NotAssessable(Reason::DefinitionDiffers));
    assert_eq!(status(2), Status::NotAssessable(Reason::DefinitionDiffers));
    assert_eq!(report.rows[0].realised.unwrap().result, RealisedResult::Met);
    assert_eq!(
        report.rows[1].realised.unwrap().result,
        RealisedResult::NotComparable
    );
    assert_eq!(report.rows[1].definition.as_deref(), Some("新增"));
}

/// `StatusDisagreesWithProbability` is raised for exactly the rows whose status and P(met)
/// point different ways (on track with P < 25 %, insufficient or moving away with P > 75 %),
/// recomputed here row by row on the seed report — series P alone, with borrowed quantities
/// kept at their reference's own (narrow) interval, and P combined with the track record as
/// the main job reports it. Non-vacuous: with the track record, Zhungeer's social-security
/// card share (insufficient pace, P = 78 %) is such a row.
#[test]
fn status_and_probability_disagreements_are_reported() {
    use plancast::AssessOptions;
    for opts in [
        AssessOptions::default(),
        AssessOptions::default().with_quantity_spread(false),
        AssessOptions::default().with_track_record(true),
    ] {
        let found = disagreements(&opts);
        if opts.track_record {
            assert!(
                found.iter().any(|(r, _)| r == "zhungeer"),
                "Zhungeer's social-security card share: insufficient, P > 75 %: {found:?}"
            );
        }
    }
}

fn disagreements(opts: &plancast::AssessOptions) -> Vec<(String, String)> {
    use plancast::{audit, FindingKind, Status};
    let panel = plancast::seeds::panel().unwrap();
    let report = plancast::assess_panel(&panel, opts);
    let found: Vec<_> = audit(&panel, &report)
        .into_iter()
        .filter(|f| f.kind == FindingKind::StatusDisagreesWithProbability)
        .map(|f| (f.region, f.indicator))
        .collect();
    let mut want = Vec::new();
    for r in &report.rows {
        let Some(p) = r.probability else { continue };
        let disagree = match r.verdict.status() {
            Status::OnTrack => p < 0.25,
            Status::Insufficient | Status::MovingAway => p > 0.75,
            _ => false,
        };
        if disagree {
            want.push((r.region.clone(), r.indicator.clone()));
        }
    }
    let (mut a, mut b) = (found.clone(), want.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b);
    found
}

/// `WideInterval` is raised for exactly the rows whose interval spans a factor of 10 or more
/// (upper ÷ lower, both positive), recomputed row by row on the seed report; non-vacuous:
/// Yingkou's cloud enterprises (the count class, 2,562 – 96,993) is one, Yingkou's 5G base
/// stations (intensity, 6,215 – 11,343) is not.
#[test]
fn wide_intervals_are_reported() {
    use plancast::{audit, AssessOptions, FindingKind};
    let panel = plancast::seeds::panel().unwrap();
    let report = plancast::assess_panel(&panel, &AssessOptions::default());
    let mut found: Vec<(String, String, i32)> = Vec::new();
    for f in audit(&panel, &report) {
        if f.kind == FindingKind::WideInterval {
            let year: i32 = f.message[..4]
                .parse()
                .expect("the message opens on the year");
            found.push((f.region, f.indicator, year));
        }
    }
    let mut want: Vec<(String, String, i32)> = report
        .rows
        .iter()
        .filter(|r| match (r.lower, r.upper) {
            (Some(lo), Some(hi)) => lo > 0.0 && hi >= 10.0 * lo,
            _ => false,
        })
        .map(|r| (r.region.clone(), r.indicator.clone(), r.target_year))
        .collect();
    found.sort();
    want.sort();
    assert_eq!(found, want);
    let has = |r: &str, i: &str| found.iter().any(|f| f.0 == r && f.1 == i);
    assert!(has("yingkou", "cloud_enterprises"), "{found:?}");
    assert!(!has("yingkou", "5g_base_stations"), "{found:?}");
}

/// The streamed writers say what the in-memory ones say: `write_json` is `to_json` byte for
/// byte, and `write_jsonl` has one line a row that reads back as that row.
#[test]
fn streamed_json_and_json_lines_match_the_report() {
    let panel = plancast::seeds::panel().unwrap();
    let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
    let mut streamed = Vec::new();
    report.write_json(&mut streamed).unwrap();
    assert_eq!(
        String::from_utf8(streamed).unwrap(),
        report.to_json().unwrap()
    );
    let mut lines = Vec::new();
    report.write_jsonl(&mut lines).unwrap();
    let text = String::from_utf8(lines).unwrap();
    assert!(text.ends_with('\n'));
    let rows: Vec<plancast::Assessment> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows, report.rows);
}

/// The report says whose growth its observed growth is (issue 30): `observed_from` is `class`
/// exactly on the rows judged by a reference class, `reference` on borrowed paths and `own`
/// otherwise — read back from the CSV against its `model` column.
#[test]
fn observed_growth_says_whose_it_is() {
    let panel = plancast::seeds::panel().unwrap();
    let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
    let mut csv = Vec::new();
    report.write_csv(&mut csv, &panel).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_slice());
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let (model, observed, from) = (col("model"), col("observed_cagr"), col("observed_from"));
    let mut seen = std::collections::BTreeSet::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        let want = if rec[observed].is_empty() {
            ""
        } else if rec[model].starts_with("reference_class:") {
            "class"
        } else if rec[model].starts_with("intensity:") {
            "intensity"
        } else if rec[model].starts_with("reference:") {
            "reference"
        } else {
            "own"
        };
        assert_eq!(&rec[from], want, "{rec:?}");
        seen.insert(want.to_owned());
    }
    // The seed plans' series are all one-point: their growth is a class's, a reference's or,
    // by intensity, their aggregate's.
    assert!(
        seen.contains("class") && seen.contains("reference") && seen.contains("intensity"),
        "{seen:?}"
    );
}
