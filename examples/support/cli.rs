//! Argument parsing, loading and progress shared by the examples.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use plancast::model::Model;
use plancast::{AssessOptions, Level, Panel};

/// The examples' `main`: runs `run`; an error is printed on one line (`error: …`, naming the
/// file, line and column where there is one) and the process exits with code 2.
pub fn main_with(run: impl FnOnce() -> Result<(), String>) -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(m) => {
            eprintln!("error: {m}");
            std::process::ExitCode::from(2)
        }
    }
}

/// The value of option `--{name}`, parsed; an error names the option and quotes the value.
pub fn value<T>(p: &mut lexopt::Parser, name: &str) -> Result<T, String>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    use lexopt::ValueExt;
    let v = p
        .value()
        .map_err(|x| x.to_string())?
        .string()
        .map_err(|x| x.to_string())?;
    v.parse().map_err(|x| format!("--{name}: {x} (`{v}`)"))
}

/// Parsed command line of the feasibility example.
#[derive(Debug)]
pub struct Args {
    pub observations: Vec<PathBuf>,
    pub targets: Vec<PathBuf>,
    pub indicators: Option<PathBuf>,
    pub regions: Option<PathBuf>,
    pub model: Model,
    pub continuation: Option<plancast::ContinuationRule>,
    pub as_of: Option<i32>,
    pub level: Level,
    pub target_year: Option<i32>,
    pub threads: Option<usize>,
    pub out: PathBuf,
    pub no_charts: bool,
    pub seed_classes: bool,
    /// No progress bars on stderr.
    pub quiet: bool,
    /// `report.jsonl` (JSON Lines) instead of `report.json`.
    pub jsonl: bool,
    /// `--series-p`: the series-based P as the report's P (not the track record's).
    pub series_p: bool,
}

impl Args {
    /// Parses `std::env::args`; `Ok(None)` for `--help`.
    pub fn parse(_help: &str) -> Result<Option<Args>, String> {
        use lexopt::prelude::*;
        let mut a = Args {
            observations: Vec::new(),
            targets: Vec::new(),
            indicators: None,
            regions: None,
            model: Model::Auto,
            continuation: None,
            as_of: None,
            level: Level::try_new(0.8).expect("level"),
            target_year: None,
            threads: None,
            out: PathBuf::from("target/plancast-report"),
            no_charts: false,
            seed_classes: false,
            quiet: false,
            jsonl: false,
            series_p: false,
        };
        let mut p = lexopt::Parser::from_env();
        let e = |x: lexopt::Error| x.to_string();
        while let Some(arg) = p.next().map_err(e)? {
            match arg {
                Long("observations") => a.observations.push(p.value().map_err(e)?.into()),
                Long("targets") => a.targets.push(p.value().map_err(e)?.into()),
                Long("indicators") => a.indicators = Some(p.value().map_err(e)?.into()),
                Long("regions") => a.regions = Some(p.value().map_err(e)?.into()),
                Long("data") => {
                    let dir: PathBuf = p.value().map_err(e)?.into();
                    a.observations.push(dir.join("observations.csv"));
                    a.targets.push(dir.join("targets.csv"));
                    for (name, slot) in [
                        ("indicators.csv", &mut a.indicators),
                        ("regions.csv", &mut a.regions),
                    ] {
                        if dir.join(name).exists() {
                            *slot = Some(dir.join(name));
                        }
                    }
                }
                Long("model") => {
                    let v = p.value().map_err(e)?.string().map_err(e)?;
                    a.model = v.parse().map_err(|m| format!("--model: {m}"))?;
                }
                Long("as-of") => {
                    let v: String = p.value().map_err(e)?.string().map_err(e)?;
                    a.as_of = Some(
                        v.parse()
                            .map_err(|_| format!("--as-of: {v:?} is not a year"))?,
                    );
                }
                Long("continuation") => {
                    let v: String = p.value().map_err(e)?.string().map_err(e)?;
                    a.continuation = Some(match v.as_str() {
                        "chosen" => plancast::ContinuationRule::Chosen,
                        "fitted" => plancast::ContinuationRule::Fitted,
                        other => {
                            return Err(format!(
                                "--continuation: {other:?} is not one of chosen, fitted"
                            ))
                        }
                    });
                }
                Long("level") => {
                    let v: f64 = value(&mut p, "level")?;
                    a.level = Level::try_new(v).map_err(|x| format!("--level: {x}"))?;
                }
                Long("target-year") => {
                    let y: i32 = value(&mut p, "target-year")?;
                    if !plancast::YEAR_RANGE.contains(&y) {
                        return Err(format!("--target-year: {y} is outside 1..=9999"));
                    }
                    a.target_year = Some(y);
                }
                Long("threads") => {
                    let n: usize = value(&mut p, "threads")?;
                    if n == 0 {
                        return Err("--threads: must be at least 1".into());
                    }
                    a.threads = Some(n);
                }
                Long("out") => a.out = p.value().map_err(e)?.into(),
                Long("no-charts") => a.no_charts = true,
                Long("seed-classes") => a.seed_classes = true,
                Long("quiet") | Short('q') => a.quiet = true,
                Long("jsonl") => a.jsonl = true,
                Long("series-p") => a.series_p = true,
                Short('h') | Long("help") => return Ok(None),
                other => return Err(format!("{} (see --help)", other.unexpected())),
            }
        }
        if a.observations.is_empty() != a.targets.is_empty() && a.target_year.is_none() {
            return Err("--observations and --targets go together (or give --target-year to project without targets)".into());
        }
        if a.observations.is_empty() && (a.indicators.is_some() || a.regions.is_some()) {
            return Err("--indicators and --regions need --observations".into());
        }
        Ok(Some(a))
    }
}

/// The panel the arguments name: the analyst's files, or the embedded seeds.
pub fn load(a: &Args) -> Result<Panel, String> {
    if a.observations.is_empty() {
        return plancast::seeds::panel().map_err(|e| e.to_string());
    }
    let mut files = plancast::io::PanelFiles::new();
    for p in &a.observations {
        files = files.observations(p);
    }
    for p in &a.targets {
        files = files.targets(p);
    }
    if let Some(p) = &a.indicators {
        files = files.indicators(p);
    }
    if let Some(p) = &a.regions {
        files = files.regions(p);
    }
    let panel = files.load().map_err(|e| e.to_string())?;
    if a.seed_classes {
        return plancast::seeds::with_class_series(&panel).map_err(|e| e.to_string());
    }
    Ok(panel)
}

/// Writes every series projected to `year` as CSV.
pub fn write_projections(
    panel: &Panel,
    opts: &AssessOptions,
    year: i32,
    path: &Path,
) -> Result<(), String> {
    let rows = plancast::project_panel(panel, opts, year);
    let err = |e: csv::Error| format!("{}: {e}", path.display());
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    w.write_record([
        "region",
        "indicator",
        "year",
        "model",
        "n",
        "last_year",
        "last_value",
        "projected",
        "lower",
        "upper",
        "interval",
        "reason",
    ])
    .map_err(err)?;
    let f = |x: Option<f64>| x.map(|v| format!("{v:?}")).unwrap_or_default();
    for r in rows {
        w.write_record([
            r.region.as_str(),
            &r.indicator,
            &r.year.to_string(),
            &r.source
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            &r.n.to_string(),
            &r.last.0.to_string(),
            &format!("{:?}", r.last.1),
            &f(r.projected),
            &f(r.interval.map(|i| i.0)),
            &f(r.interval.map(|i| i.1)),
            r.interval_method.map_or("", |m| m.name()),
            r.reason.map_or("", |m| m.name()),
        ])
        .map_err(err)?;
    }
    w.flush().map_err(|e| format!("{}: {e}", path.display()))
}

/// A file-name part for an id as the data has it: the id itself when it is plain ascii
/// letters, digits, `-` and `_`; otherwise those characters kept, the rest replaced by `_`,
/// and an FNV-1a hash of the whole id appended so two ids never share a file.
#[allow(dead_code)]
pub fn file_stem(id: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if !id.is_empty() && id.chars().all(plain) {
        return id.to_owned();
    }
    let kept: String = id
        .chars()
        .map(|c| if plain(c) { c } else { '_' })
        .take(40)
        .collect();
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{kept}_{:08x}", hash as u32)
}
