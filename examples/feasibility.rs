//! The main job: assess every target of a panel and print a readable report.
//!
//! ```text
//! cargo run --release --example feasibility                 # the embedded seed plans
//! cargo run --release --example feasibility -- --help
//! cargo run --release --example feasibility -- --observations obs.csv --targets targets.csv
//! cargo run --release --example feasibility -- --data target/plan --seed-classes  # from `extract`
//! ```
//!
//! Writes `report.csv`, `report.json` (or `report.jsonl`), `audit.csv`, `report.html`, `overview.svg` and one SVG
//! chart per region with assessable targets into `--out` (default `target/plancast-report/`). Bad arguments or files: one line on stderr, exit code 2.

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

use std::process::ExitCode;

use plancast::AssessOptions;

const HELP: &str = "\
feasibility: will the plan targets be met?

USAGE:
    cargo run --release --example feasibility -- [OPTIONS]

With no options, assesses the five seed plans embedded in plancast.

OPTIONS:
    --data DIR            a directory with observations.csv, targets.csv and optionally
                          indicators.csv, regions.csv (e.g. written by the extract example)
    --seed-classes        add the embedded reference-class series, so that targets with a
                          baseline alone are judged by comparable series' growth
    --observations FILE   observations CSV (region,indicator,year,value); repeatable
    --targets FILE        targets CSV (region,indicator,year,comparator,value[,kind,relative])
    --indicators FILE     indicators CSV (indicator,unit,direction,lower,upper)
    --regions FILE        regions CSV (region,...)
    --model NAME          auto (default), linear, exponential, logistic, free_logistic, gompertz:
                          an explicit model is projected as fitted
    --as-of YEAR          assess with the data known at the end of YEAR only (observations,
                          reference and class series, calibration); each row also states the
                          value realised in its target year and met / missed / met late
    --continuation RULE   chosen (the calibration's damping / drift blend and class pooling;
                          the default under auto) or fitted (the model's own trend; the
                          default under an explicit model)
    --series-p            make P the series-based P; by default P is the track record's
                          (the outside view: how targets of the kind, level and type fared,
                          which scored better against 2021-2025 outcomes; `P ser.` column)
    --level P             interval level in (0, 1), default 0.8
    --target-year Y       also project every series to year Y (projection only, no target)
    --threads N           worker threads (default: all cores)
    --out DIR             output directory (default target/plancast-report)
    --no-charts           skip the SVG charts
    --jsonl               write report.jsonl (JSON Lines: one row an object and a line)
                          instead of report.json; for large runs
    -q, --quiet           no progress bars (they are shown on stderr only when it is a
                          terminal)
    -h, --help            this text
";

fn main() -> ExitCode {
    cli::main_with(run)
}

fn run() -> Result<(), String> {
    let args = cli::Args::parse(HELP)?;
    let Some(args) = args else {
        print!("{HELP}");
        return Ok(());
    };
    let mut phases = progress::Phases::new(args.quiet);
    let panel = phases.run("loading", None, |_| cli::load(&args))?;
    let opts = AssessOptions::default()
        .with_model(args.model)
        .with_continuation(args.continuation)
        .with_level(args.level)
        .with_track_record(!args.series_p);
    report::run_panel(
        &panel,
        &opts,
        &report::Outputs {
            dir: args.out.clone(),
            charts: !args.no_charts,
            region_charts: true,
            target_year: args.target_year,
            threads: args.threads.unwrap_or(0),
            as_of: args.as_of,
            jsonl: args.jsonl,
        },
        phases,
    )
}
