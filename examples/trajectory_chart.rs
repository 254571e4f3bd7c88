//! One indicator across every region on one chart: observations, trajectories, targets.
//!
//! ```text
//! cargo run --release --example trajectory_chart -- --indicator 5g_user_penetration
//! ```
//! Options: `--indicator ID` (default `5g_user_penetration`), `--from Y --to Y` (default
//! 2018–2027), `--out DIR` (default `target/plancast-report`), `--ci` (no-op, for CI).
//! Bad arguments: one line on stderr, exit code 2.

#[path = "support/charts.rs"]
mod charts;
#[path = "support/cli.rs"]
mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main_with(run)
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut indicator = "5g_user_penetration".to_owned();
    let (mut from, mut to) = (2018, 2027);
    let mut out = PathBuf::from("target/plancast-report");
    let mut p = lexopt::Parser::from_env();
    let e = |x: lexopt::Error| x.to_string();
    while let Some(arg) = p.next().map_err(e)? {
        match arg {
            Long("indicator") => indicator = p.value().map_err(e)?.string().map_err(e)?,
            Long("from") => from = cli::value(&mut p, "from")?,
            Long("to") => to = cli::value(&mut p, "to")?,
            Long("out") => out = p.value().map_err(e)?.into(),
            Long("ci") => {}
            Short('h') | Long("help") => {
                println!(
                    "usage: trajectory_chart [--indicator ID] [--from Y] [--to Y] [--out DIR]"
                );
                return Ok(());
            }
            other => return Err(format!("{} (see --help)", other.unexpected())),
        }
    }
    if !(1..=9999).contains(&from) || !(1..=9999).contains(&to) || from >= to {
        return Err(format!(
            "--from {from} --to {to}: need 1 <= from < to <= 9999"
        ));
    }
    let panel = plancast::seeds::panel().map_err(|e| e.to_string())?;
    if panel.indicator(&indicator).is_none() {
        return Err(format!("--indicator: unknown indicator `{indicator}`"));
    }
    let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let path = out.join(format!("trajectory_{}.svg", cli::file_stem(&indicator)));
    charts::indicator_chart(&panel, &report, &indicator, &path, (from, to))?;
    println!("wrote {}", path.display());
    Ok(())
}
