//! A real many-region report: the UN Broadband Commission's 2025 targets (75 % of people online
//! worldwide, 65 % in low- and middle-income countries, 35 % in the least developed ones, and
//! the 2015/2020 targets whose outcome is known) judged on the World Bank's internet-users file
//! exactly as downloaded, every country against the 75 % world target, and the EU Digital
//! Decade 2030 targets per member state from Eurostat's digital indicators.
//!
//! ```text
//! cargo run --release --example world_targets            # writes target/world-targets/
//! ```
//! Data: `examples/data/panels/` (World Bank CC BY 4.0, ITU as the original producer; Eurostat
//! reuse policy), with its README. Options: `--out DIR`, `--ci` (no charts).

#[path = "support/charts.rs"]
mod charts;
#[path = "support/cli.rs"]
mod cli;
#[path = "support/html.rs"]
mod html;
#[path = "support/overview.rs"]
mod overview;
#[path = "support/progress.rs"]
mod progress;
#[path = "support/report.rs"]
mod report;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plancast::io::{load_panel, PanelSources};
use plancast::AssessOptions;

fn main() -> ExitCode {
    cli::main_with(run)
}

fn read(p: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut out = PathBuf::from("target/world-targets");
    let mut ci = false;
    let mut p = lexopt::Parser::from_env();
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("out") => out = cli::value(&mut p, "out")?,
            Long("ci") => ci = true,
            Short('h') | Long("help") => {
                println!("usage: world_targets [--out DIR] [--ci]");
                return Ok(());
            }
            other => return Err(format!("{} (see --help)", other.unexpected())),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/panels");
    let wdi = root.join("wdi_internet_users_nov2024");
    let eu = root.join("eurostat_eu27_digital");
    // Every country (the metadata's rows with a region; aggregates have none) against the
    // world's 75 % for 2025, beside the Commission's own targets.
    let meta = read(&wdi.join("original_metadata_country.csv"))?;
    let meta = String::from_utf8_lossy(&meta);
    let mut rdr = csv::Reader::from_reader(meta.trim_start_matches('\u{feff}').as_bytes());
    let mut targets =
        String::from_utf8_lossy(&read(&wdi.join("targets_broadband_commission.csv"))?).into_owned();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| format!("country metadata: {e}"))?;
        if let (Some(code), Some(region)) = (rec.get(0), rec.get(1)) {
            if !region.trim().is_empty() {
                targets.push_str(&format!(
                    "{code},IT.NET.USER.ZS,2025,>=,75,Broadband Commission world target applied to each country,illustrative\n"
                ));
            }
        }
    }
    let src = |p: PathBuf| -> Result<(Cursor<Vec<u8>>, PathBuf), String> {
        Ok((Cursor::new(read(&p)?), p))
    };
    let mut sources = PanelSources::new();
    sources.observations = vec![
        src(wdi.join("original.csv"))?,
        src(eu.join("observations.csv"))?,
    ];
    sources.targets = vec![
        (
            Cursor::new(targets.into_bytes()),
            wdi.join("targets_broadband_commission.csv"),
        ),
        src(eu.join("targets_illustrative.csv"))?,
    ];
    sources.indicators = Some(src(eu.join("indicators.csv"))?);
    let panel = load_panel(sources).map_err(|e| e.to_string())?;
    report::run_panel(
        &panel,
        &AssessOptions::default(),
        &report::Outputs {
            dir: out,
            charts: !ci,
            region_charts: false,
            target_year: None,
            threads: 0,
            as_of: None,
            jsonl: false,
        },
        progress::Phases::new(false),
    )
}
