//! The examples on bad arguments and files: one line naming the problem, exit code 2, never a
//! panic (exit code 101). Runs the example binaries `cargo test` builds next to the tests.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{example, scratch, write};

/// Runs and returns (exit code, stderr).
fn run(name: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(example(name)).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[track_caller]
fn rejects(name: &str, args: &[&str], needle: &str) {
    let (code, err) = run(name, args);
    assert_ne!(code, 101, "{name} {args:?} panicked: {err}");
    assert_eq!(code, 2, "{name} {args:?}: exit {code}, stderr {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line expected: {err}"
    );
    assert!(err.contains(needle), "`{needle}` not in: {err}");
}

#[test]
fn feasibility_rejects_bad_arguments_and_files() {
    let d = scratch("feas");
    let good_t = write(
        &d,
        "targets.csv",
        b"region,indicator,year,comparator,value\nr,i,2025,>=,10\n",
    );
    let bad_value = write(
        &d,
        "obs_bad.csv",
        b"region,indicator,year,value\nr,i,2019,1\nr,i,2020,abc\n",
    );
    let dup = write(
        &d,
        "obs_dup.csv",
        b"region,indicator,year,value\nr,i,2020,1\nr,i,2020,2\n",
    );
    let utf8 = write(
        &d,
        "obs_utf8.csv",
        b"region,indicator,year,value\nr,i,2020,\xff\n",
    );
    let no_col = write(&d, "obs_nocol.csv", b"region,indicator,value\nr,i,1\n");
    let wide = write(
        &d,
        "obs_wide.csv",
        b"region,indicator,year,value\nr,i,2020,1,234\n",
    );
    let bad_cmp = write(
        &d,
        "t_bad.csv",
        b"region,indicator,year,comparator,value\nr,i,2025,>>,10\n",
    );
    let good_o = write(
        &d,
        "obs.csv",
        b"region,indicator,year,value\nr,i,2019,5\nr,i,2020,6\n",
    );
    let out = d.join("out").display().to_string();
    rejects("feasibility", &["--bogus"], "--bogus");
    rejects("feasibility", &["--level", "1.5"], "level");
    rejects("feasibility", &["--level", "x"], "--level");
    rejects("feasibility", &["--model", "cubic"], "cubic");
    rejects("feasibility", &["--threads", "0"], "--threads");
    rejects("feasibility", &["--target-year", "20250"], "--target-year");
    rejects("feasibility", &["--targets", &good_t], "--observations");
    rejects(
        "feasibility",
        &[
            "--observations",
            "/nonexistent/obs.csv",
            "--targets",
            &good_t,
        ],
        "/nonexistent/obs.csv",
    );
    rejects(
        "feasibility",
        &[
            "--observations",
            &bad_value,
            "--targets",
            &good_t,
            "--out",
            &out,
        ],
        "obs_bad.csv:3: column `value`",
    );
    rejects(
        "feasibility",
        &["--observations", &dup, "--targets", &good_t, "--out", &out],
        "duplicate",
    );
    rejects(
        "feasibility",
        &["--observations", &utf8, "--targets", &good_t, "--out", &out],
        "UTF-8",
    );
    rejects(
        "feasibility",
        &[
            "--observations",
            &no_col,
            "--targets",
            &good_t,
            "--out",
            &out,
        ],
        "missing required column `year`",
    );
    rejects(
        "feasibility",
        &["--observations", &wide, "--targets", &good_t, "--out", &out],
        "thousands separator",
    );
    rejects(
        "feasibility",
        &[
            "--observations",
            &good_o,
            "--targets",
            &bad_cmp,
            "--out",
            &out,
        ],
        "t_bad.csv:2: column `comparator`",
    );
    // And a good panel of the analyst's own runs.
    let (code, err) = run(
        "feasibility",
        &[
            "--observations",
            &good_o,
            "--targets",
            &good_t,
            "--out",
            &out,
            "--no-charts",
        ],
    );
    assert_eq!(code, 0, "{err}");
}

/// Files a program wrote wrongly (issue 28) stop the main job with one located line, exit 2,
/// instead of a silent partial read: a JSON-stat cube with fewer or more values than its `size`
/// holds, a CSV header naming `value` twice, a wide table with a year column past 9999.
#[test]
fn feasibility_refuses_ambiguous_files() {
    let d = scratch("ambiguous");
    let targets = write(
        &d,
        "targets.csv",
        b"region,indicator,year,comparator,value\nR0,i,2025,>=,10\n",
    );
    let cube = |geo: usize, time: usize, value: &str| {
        let regions: Vec<String> = (0..geo).map(|g| format!("\"R{g}\"")).collect();
        let years: Vec<String> = (0..time).map(|t| format!("\"{}\"", 2019 + t)).collect();
        format!(
            r#"{{"version":"2.0","class":"dataset","id":["geo","time"],"size":[{geo},{time}],"dimension":{{"geo":{{"category":{{"index":[{}]}}}},"time":{{"category":{{"index":[{}]}}}}}},"value":{value}}}"#,
            regions.join(","),
            years.join(",")
        )
    };
    let short = write(&d, "short.json", cube(2, 3, "[1,2]").as_bytes());
    let long = write(&d, "long.json", cube(1, 3, "[1,2,3,4,5]").as_bytes());
    let dup = write(
        &d,
        "dupcol.csv",
        b"region,indicator,year,value,value\nR0,i,2019,1,10\nR0,i,2020,2,20\n",
    );
    let wide = write(
        &d,
        "wide10000.csv",
        b"region,2019,2020,9999,10000\nR0,1,2,3,4\n",
    );
    let out = d.join("out").display().to_string();
    for (obs, needle) in [
        (
            &short,
            "short.json: value: 2 entries but the cube has 6 cells (size [2, 3])",
        ),
        (
            &long,
            "long.json: value: 5 entries but the cube has 3 cells (size [1, 3])",
        ),
        (
            &dup,
            "dupcol.csv:1: column `value`: columns 4 (`value`) and 5 (`value`) have the same name",
        ),
        (
            &wide,
            "wide10000.csv:1: column `10000`: column 5 looks like a year but is outside 1..=9999",
        ),
    ] {
        rejects(
            "feasibility",
            &["--observations", obs, "--targets", &targets, "--out", &out],
            needle,
        );
    }
}

#[test]
fn other_examples_reject_bad_arguments() {
    rejects(
        "trajectory_chart",
        &["--indicator", "no_such_indicator"],
        "no_such_indicator",
    );
    rejects(
        "trajectory_chart",
        &["--from", "2030", "--to", "2020"],
        "--from",
    );
    rejects("synthetic_panel", &["--regions", "many"], "--regions");
    rejects("synthetic_panel", &["--years", "1"], "--years");
    rejects("backtest", &["--level", "2"], "--level");
    rejects("backtest", &["--holdout", "0"], "--holdout");
    rejects("backtest", &["--what"], "--what");
}

/// The World Bank's WDI download loads as downloaded (wide, its own ids, no indicators file)
/// and the UN Broadband Commission's targets are judged on it.
#[test]
fn world_bank_download_as_is() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/panels/wdi_internet_users_nov2024");
    let panel = plancast::io::load_panel(
        plancast::io::PanelSources::new()
            .with_observations(
                std::fs::File::open(dir.join("original.csv")).unwrap(),
                dir.join("original.csv"),
            )
            .with_targets(
                std::fs::File::open(dir.join("targets_broadband_commission.csv")).unwrap(),
                dir.join("targets_broadband_commission.csv"),
            ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let ind = panel.indicator("IT.NET.USER.ZS").unwrap();
    assert!(ind.defaulted);
    assert_eq!(ind.bounds.both(), Some((0.0, 100.0)));
    assert_eq!(panel.region("WLD").unwrap().name_en, "World");
    // Aruba's row: 2.768382663 in 1996 (the file's own figure).
    let s = panel.series("ABW", "IT.NET.USER.ZS").unwrap();
    assert!(s.iter().any(|(y, v)| y == 1996 && v == 2.768382663));
    let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
    assert_eq!(report.rows.len(), 9);
    let wld = report
        .rows
        .iter()
        .find(|r| r.region == "WLD" && r.target_year == 2025)
        .unwrap();
    assert!(wld.probability.is_some(), "{wld:?}");
    // The 2015 target (60 %) was missed and met late.
    let past = report
        .rows
        .iter()
        .find(|r| r.region == "WLD" && r.target_year == 2015)
        .unwrap();
    assert_eq!(past.verdict.status(), plancast::Status::Missed);
    assert!(past.verdict.met_late().is_some());
}

/// A hostile id (`<script>alert(1)</script>`) is data like any other: the report runs, the
/// chart file gets a safe name, and the SVG carries the id escaped, never as markup.
#[test]
fn hostile_ids_are_escaped_and_files_named_safely() {
    let dir = scratch("hostile");
    let id = "<script>alert(1)</script>";
    let obs = write(
        &dir,
        "obs.csv",
        format!("region,indicator,year,value\n\"{id}\",x,2018,10\n\"{id}\",x,2019,12\n\"{id}\",x,2020,15\n").as_bytes(),
    );
    let targets = write(
        &dir,
        "targets.csv",
        format!("region,indicator,year,comparator,value\n\"{id}\",x,2025,>=,30\n").as_bytes(),
    );
    let out = dir.join("out");
    let o = Command::new(example("feasibility"))
        .args(["--observations", &obs, "--targets", &targets, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let charts: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .filter(|p| p.file_name().is_some_and(|n| n != "overview.svg"))
        .collect();
    assert_eq!(charts.len(), 1, "{charts:?}");
    let name = charts[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c)),
        "{name}"
    );
    let svg = std::fs::read_to_string(&charts[0]).unwrap();
    assert!(!svg.contains("<script"), "raw markup in the SVG");
    assert!(svg.contains("&lt;script&gt;"), "the id is shown escaped");
}

/// Eurostat's API responses (JSON-stat 2.0), exactly as served, load as observations: every
/// value equals the one the panel's own cleaning script (`make.py`, Python) wrote to
/// `observations.csv` from the same response.
#[test]
fn eurostat_jsonstat_as_served() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/panels/eurostat_isoc_internet");
    let json = dir.join("original_isoc_ci_in_h.json");
    let panel = plancast::io::load_panel(
        plancast::io::PanelSources::new()
            .with_observations(
                std::io::Cursor::new(std::fs::read(&json).unwrap()),
                json.clone(),
            )
            .with_targets(
                std::io::Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                PathBuf::from("none.csv"),
            ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let id = "original_isoc_ci_in_h";
    let ind = panel.indicator(id).unwrap();
    assert!(
        ind.defaulted && ind.bounds.both() == Some((0.0, 100.0)),
        "{ind:?}"
    );
    let csv = std::fs::read_to_string(dir.join("observations.csv")).unwrap();
    let mut compared = 0;
    for line in csv.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f[1] != "households_internet_access_pct" {
            continue;
        }
        let (year, value): (i32, f64) = (f[2].parse().unwrap(), f[3].parse().unwrap());
        let s = panel
            .series(f[0], id)
            .unwrap_or_else(|| panic!("no series for {}", f[0]));
        let got = s.iter().find(|&(y, _)| y == year).map(|(_, v)| v);
        assert_eq!(got, Some(value), "{line}");
        compared += 1;
    }
    assert!(compared > 600, "{compared}");
    // Flags kept: the break in series flagged `b` somewhere in the response.
    assert!(panel
        .observations()
        .iter()
        .any(|o| o.provenance.note.contains("eurostat flags: b")));
    assert_eq!(panel.region("DE").unwrap().name_en, "Germany");
}

/// An Excel workbook: the sheet chosen by name after `#`, long or wide, errors on the sheet's
/// own row numbers; without a name, the first sheet with data (the notes sheet has one cell).
#[test]
fn excel_sheets_long_and_wide() {
    let book =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/xlsx/plan_tables.xlsx");
    let bytes = std::fs::read(&book).unwrap();
    let load = |sheet: &str| {
        let name = PathBuf::from(format!("{}{sheet}", book.display()));
        plancast::io::load_panel(
            plancast::io::PanelSources::new()
                .with_observations(std::io::Cursor::new(bytes.clone()), name)
                .with_targets(
                    std::io::Cursor::new(b"region,indicator,year,comparator,value\n".to_vec()),
                    PathBuf::from("none.csv"),
                ),
        )
    };
    for sheet in ["#wide", ""] {
        let p = load(sheet).unwrap_or_else(|e| panic!("{e}"));
        let s = p.series("通辽市", "5G用户普及率").unwrap();
        assert_eq!(s.values(), &[3.5, 8.0, 15.2]);
        let y = p.series("Yingkou", "5G用户普及率").unwrap();
        assert_eq!(y.years(), &[2020, 2021]);
        assert_eq!(
            p.indicator("5G用户普及率").unwrap().bounds.both(),
            Some((0.0, 100.0))
        );
    }
    // The long sheet's row 4 holds "abc": located on the sheet's row.
    match load("#long") {
        Err(plancast::Error::Csv { line, column, .. }) => {
            assert_eq!((line, column.as_str()), (4, "value"))
        }
        other => panic!("{other:?}"),
    }
    match load("#missing") {
        Err(plancast::Error::Format { message, .. }) => {
            assert!(message.contains("wide"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

/// `report.html` in a real browser (headless Chromium, installed by `.ci/run`): after the page's
/// script ran, the DOM has one row per target, sorted by P when the address asks
/// (`#sort=-7`), every chart inline, no markup from a hostile region id; a screenshot is not
/// blank. Set PLANCAST_NO_BROWSER=1 to skip where no Chromium can be installed.
#[test]
fn html_report_in_a_browser() {
    if std::env::var_os("PLANCAST_NO_BROWSER").is_some() {
        return;
    }
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect(
            "Chromium is needed for this test (.ci/run installs it); PLANCAST_NO_BROWSER=1 skips",
        );
    let dir = scratch("html");
    let id = "<script>alert(1)</script>";
    let mut obs = String::from("region,indicator,year,value\n");
    let mut targets = String::from("region,indicator,year,comparator,value\n");
    for (k, region) in [id, "通辽市", "WLD", "DE21"].iter().enumerate() {
        for (j, y) in (2016..=2020).enumerate() {
            obs.push_str(&format!(
                "\"{region}\",x %,{y},{}\n",
                10.0 + 5.0 * (j as f64) * (k as f64 + 1.0) / 2.0
            ));
        }
        targets.push_str(&format!("\"{region}\",x %,2025,>=,{}\n", 30 + 10 * k));
    }
    targets.push_str("nobody,x %,2025,>=,50\n");
    let obs = write(&dir, "obs.csv", obs.as_bytes());
    let targets = write(&dir, "targets.csv", targets.as_bytes());
    let out = dir.join("out");
    let o = Command::new(example("feasibility"))
        .args(["--observations", &obs, "--targets", &targets, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = out.join("report.html");
    let url = format!("file://{}#sort=-7", page.display());
    let dom = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--dump-dom",
            &url,
        ])
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.contains("data-ready=\"1\""), "the script did not run");
    assert!(dom.contains("data-sorted=\"-7\""), "not sorted");
    assert_eq!(dom.matches("<tr class=").count(), 5, "one row per target");
    // The 4 regions with data get a chart, `nobody` none; plus the overview.
    assert_eq!(dom.matches("<figure class=\"chart\">").count(), 5);
    assert!(
        !dom.contains("<script>alert"),
        "hostile id rendered as markup"
    );
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Sorted by P, descending, empty last: the P column's numbers fall.
    let ps: Vec<f64> = dom
        .split("<tr class=")
        .skip(1)
        .filter_map(|row| {
            let cell = row.split("<td").nth(8)?;
            let v = cell.split("data-sort=\"").nth(1)?.split('"').next()?;
            v.parse().ok()
        })
        .collect();
    // Five: `nobody` has no observation and gets the track record's outside view (issue 31).
    assert_eq!(ps.len(), 5, "{ps:?}");
    assert!(ps.windows(2).all(|w| w[0] >= w[1]), "{ps:?}");
    // A screenshot that is not blank: some pixels are neither white nor near it.
    let shot = dir.join("shot.png");
    let s = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1000,700",
        ])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(shot.exists(), "{}", String::from_utf8_lossy(&s.stderr));
    let decoder = png::Decoder::new(std::fs::File::open(&shot).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = info.color_type.samples();
    let dark = buf[..info.buffer_size()]
        .chunks(px)
        .filter(|p| p.iter().take(3).any(|&c| c < 200))
        .count();
    assert!(dark > 1000, "blank screenshot ({dark} dark pixels)");
}
