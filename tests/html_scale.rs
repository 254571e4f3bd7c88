//! `report.html` at national scale: 100,000 targets (20,000 regions × 5 indicators) through the
//! feasibility example, then the page in headless Chromium (installed by `.ci/run`; set
//! PLANCAST_NO_BROWSER=1 to skip where there is none).
//!
//! Ignored in the plain `cargo test`: through the debug-built example the 100,000 targets take
//! over three minutes to assess and write. `.ci/run` runs it after the main job with the
//! release build: `PLANCAST_FEASIBILITY=target/release/examples/feasibility cargo test
//! --release --test html_scale -- --ignored` (about half a minute).
//!
//! The one timed check of the suite: the page — a JSON island of 100,000 rows, parsed, sorted
//! by P over all rows and its third page rendered — must be ready within
//! [`BROWSER_LIMIT`] of launching Chromium, browser start-up included.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{example, scratch, write};

/// Launching headless Chromium, loading the 100,000-row page, sorting every row by P and
/// rendering a page of 100 must take less than this. Measured on the CI machine kind (2 shared
/// cores, 2026-12-03, with three other builds running: load average 8): 11–12 s; the limit
/// leaves room for a slower host.
const BROWSER_LIMIT: Duration = Duration::from_secs(60);

const REGIONS: usize = 20_000;
const INDICATORS: [(&str, &str, &str); 5] = [
    ("share_a", "%", "100"),
    ("share_b", "%", "100"),
    ("share_c", "%", "100"),
    ("count_x", "个", ""),
    ("money_y", "亿元", ""),
];

/// A deterministic panel: every series 2018–2020, growing at a rate that varies by region and
/// indicator; one 2025 target each, some within reach and some not.
fn panel(dir: &std::path::Path) -> (String, String, String) {
    let mut ind = String::from("indicator,unit,direction,lower,upper\n");
    for (id, unit, upper) in INDICATORS {
        ind.push_str(&format!("{id},{unit},up,0,{upper}\n"));
    }
    let mut obs = String::from("region,indicator,year,value\n");
    let mut targets = String::from("region,indicator,year,comparator,value\n");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        // xorshift64: a few varied numbers a row, the same on every run.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    for r in 0..REGIONS {
        for (k, (id, _, upper)) in INDICATORS.iter().enumerate() {
            let base = if upper.is_empty() {
                10.0 + 1000.0 * next()
            } else {
                5.0 + 40.0 * next()
            };
            let g = 0.02 + 0.15 * next();
            for (j, y) in (2018..=2020).enumerate() {
                let v = base * (1.0 + g).powi(j as i32) * (1.0 + 0.01 * (next() - 0.5));
                obs.push_str(&format!("r{r:05},{id},{y},{v:.4}\n"));
            }
            let reach = 0.7 + 0.8 * next() + 0.01 * k as f64;
            let mut t = base * (1.0 + g).powi(7) * reach;
            if !upper.is_empty() {
                t = t.min(99.0);
            }
            targets.push_str(&format!("r{r:05},{id},2025,>=,{t:.4}\n"));
        }
    }
    (
        write(dir, "indicators.csv", ind.as_bytes()),
        write(dir, "observations.csv", obs.as_bytes()),
        write(dir, "targets.csv", targets.as_bytes()),
    )
}

fn dump_dom(chromium: &str, url: &str) -> (String, Duration) {
    let started = Instant::now();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--dump-dom",
            url,
        ])
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        started.elapsed(),
    )
}

#[test]
#[ignore = "minutes with the debug-built example; .ci/run runs it with the release build"]
fn html_report_at_100k_targets() {
    if std::env::var_os("PLANCAST_NO_BROWSER").is_some() {
        return;
    }
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect(
            "Chromium is needed for this test (.ci/run installs it); PLANCAST_NO_BROWSER=1 skips",
        );
    let dir = scratch("html100k");
    let (ind, obs, targets) = panel(&dir);
    let out = dir.join("out");
    // The binary named by PLANCAST_FEASIBILITY (CI: the release build), else the debug one.
    let binary = std::env::var_os("PLANCAST_FEASIBILITY")
        .map_or_else(|| example("feasibility"), std::path::PathBuf::from);
    let o = Command::new(binary)
        .args([
            "--observations",
            &obs,
            "--targets",
            &targets,
            "--indicators",
            &ind,
            "--no-charts",
            "--quiet",
            "--out",
        ])
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

    // Sorted by P (column 7), descending, over all 100,000 rows; the third page of 100 shown.
    let (dom, took) = dump_dom(
        chromium,
        &format!("file://{}#sort=-7&page=3", page.display()),
    );
    assert!(dom.contains("data-ready=\"1\""), "the script did not run");
    assert!(
        took < BROWSER_LIMIT,
        "page ready in {took:?}, over the stated limit {BROWSER_LIMIT:?}"
    );
    eprintln!("100,000-row page sorted and rendered in {took:?} (limit {BROWSER_LIMIT:?})");
    assert!(dom.contains("data-sorted=\"-7\""), "not sorted");
    assert!(dom.contains("data-page=\"3\""), "not on page 3");
    assert!(dom.contains("<span id=\"shown\">100000</span>"));
    assert_eq!(dom.matches("<tr class=").count(), 100, "one page of rows");
    let ps: Vec<f64> = dom
        .split("<tr class=")
        .skip(1)
        .filter_map(|row| {
            let cell = row.split("<td").nth(8)?;
            cell.split("data-sort=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert_eq!(ps.len(), 100, "every row on the page has a P");
    assert!(ps.windows(2).all(|w| w[0] >= w[1]), "P falls down the page");
    // The summary opens the page: counts by indicator, the targets furthest off track.
    assert!(dom.contains("Status by indicator") && dom.contains("id=\"worst\""));

    // Filter across all rows: one region's five targets; and its detail on demand.
    let (dom, _) = dump_dom(
        chromium,
        &format!("file://{}#filter=r12345&region=r12345", page.display()),
    );
    assert!(
        dom.contains("<span id=\"shown\">5</span>"),
        "filter over all rows"
    );
    assert_eq!(
        dom.matches("<tr class=").count(),
        5 + 5,
        "rows and the region's detail"
    );
    assert!(dom.contains("<section id=\"detail\" data-region=\"r12345\">"));
}
