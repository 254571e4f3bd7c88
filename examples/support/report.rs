//! The report every example writes: the text report on stdout, `report.csv`, `report.json`,
//! `audit.csv`, `report.html` (self-contained: the table, sortable and filterable, the audit
//! and the charts inline), `overview.svg` (P of every target by region, per indicator) and one
//! chart per region with assessable targets.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use plancast::{audit, AssessOptions, Assessment, Assessor, Panel, Report, Status};
use unicode_width::UnicodeWidthStr;

use crate::progress::Phases;
use crate::{charts, cli, html, overview};

/// Where and what to write.
pub struct Outputs {
    /// Output directory.
    pub dir: PathBuf,
    /// Write the SVG charts (and embed them in the HTML report).
    pub charts: bool,
    /// With `charts`: one chart per region with assessable targets too (else the overview only).
    pub region_charts: bool,
    /// Also project every series to this year.
    pub target_year: Option<i32>,
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Assess the panel as known at the end of this year, and set each row's realised outcome
    /// from the full panel.
    pub as_of: Option<i32>,
    /// `report.jsonl` (JSON Lines) instead of `report.json`.
    pub jsonl: bool,
}

/// Assesses `panel`, prints the text report and writes every output file, timing each phase
/// in `phases` (and showing its progress bar).
pub fn run_panel(
    full: &Panel,
    opts: &AssessOptions,
    outs: &Outputs,
    mut phases: Phases,
) -> Result<(), String> {
    let then = outs.as_of.map(|y| full.as_of(y));
    let panel = then.as_ref().unwrap_or(full);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(outs.threads)
        .build()
        .map_err(|e| format!("--threads: {e}"))?;
    let started = std::time::Instant::now();
    let assessor = phases.run("calibrating", None, |_| {
        pool.install(|| Assessor::new(panel, opts))
    });
    let n = panel.targets().len() as u64;
    let mut report = phases.run("assessing", Some(n), |bar| {
        pool.install(|| assessor.assess_all(&|k| bar.inc(k as u64)))
    });
    drop(assessor);
    if then.is_some() {
        for row in &mut report.rows {
            row.realised = plancast::realised(full, row);
        }
    }
    let findings = phases.run("auditing", None, |_| audit(panel, &report));
    let elapsed = started.elapsed();

    let dir = &outs.dir;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut svgs: Vec<(String, PathBuf)> = Vec::new();
    let mut written = Vec::new();
    let mut notes = Vec::new();
    if outs.charts {
        phases.run("charts", None, |_| {
            draw_charts(panel, &report, outs, &mut svgs, &mut written, &mut notes)
        })?;
    }
    let text = phases.run("writing", Some(WRITERS), |bar| {
        pool.install(|| write_all(panel, opts, outs, &report, &findings, &svgs, bar))
    })?;
    let (mut text, mut files) = text;
    for n in notes {
        let _ = writeln!(text);
        let _ = writeln!(text, "{n}");
    }
    files.extend(written);
    files.push(dir.join("report.html"));
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "{} targets assessed in {:.1} ms; wrote:",
        report.rows.len(),
        elapsed.as_secs_f64() * 1e3
    );
    for p in files {
        let _ = writeln!(text, "  {}", p.display());
    }
    let _ = writeln!(text, "phases: {}", phases.summary());
    // A closed pipe (`| head`) is not an error worth a message.
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

/// How many outputs [`write_all`] writes side by side (the writing bar's length).
const WRITERS: u64 = 7;

/// The text report and every file but the charts, written side by side on the pool: returns
/// the text for stdout and the files written but `report.html`.
fn write_all(
    panel: &Panel,
    opts: &AssessOptions,
    outs: &Outputs,
    report: &Report,
    findings: &[plancast::Finding],
    svgs: &[(String, PathBuf)],
    bar: &indicatif::ProgressBar,
) -> Result<(String, Vec<PathBuf>), String> {
    let dir = &outs.dir;
    let csv_path = dir.join("report.csv");
    let json_path = dir.join(if outs.jsonl {
        "report.jsonl"
    } else {
        "report.json"
    });
    let audit_path = dir.join("audit.csv");
    let eval_path = dir.join("evaluation.csv");
    let xlsx_path = dir.join("evaluation.xlsx");
    let html_path = dir.join("report.html");
    let proj_path = outs
        .target_year
        .map(|y| dir.join(format!("projections_{y}.csv")));
    let errors = std::sync::Mutex::new(Vec::<String>::new());
    let mut text = String::new();
    let done = |r: Result<(), String>| {
        bar.inc(1);
        if let Err(e) = r {
            errors.lock().map(|mut v| v.push(e)).ok();
        }
    };
    rayon::scope(|s| {
        s.spawn(|_| {
            done(create(&csv_path).and_then(|w| {
                report
                    .write_csv(w, panel)
                    .map_err(|e| format!("{}: {e}", csv_path.display()))
            }))
        });
        s.spawn(|_| {
            done(create(&json_path).and_then(|w| {
                if outs.jsonl {
                    report.write_jsonl(w)
                } else {
                    report.write_json(w)
                }
                .map_err(|e| format!("{}: {e}", json_path.display()))
            }))
        });
        s.spawn(|_| done(write_findings(&audit_path, findings)));
        s.spawn(|_| {
            done(create(&eval_path).and_then(|w| {
                report
                    .write_evaluation_csv(w, panel)
                    .map_err(|e| format!("{}: {e}", eval_path.display()))
            }))
        });
        s.spawn(|_| done(write_evaluation_xlsx(&xlsx_path, panel, report)));
        s.spawn(|_| {
            done(html::write_report(
                &html_path, panel, report, findings, svgs,
            ))
        });
        s.spawn(|_| {
            done(match (outs.target_year, &proj_path) {
                (Some(year), Some(path)) => cli::write_projections(panel, opts, year, path),
                _ => Ok(()),
            })
        });
        print_report(&mut text, panel, report);
        print_summary(&mut text, panel, report);
        print_findings(&mut text, panel, findings);
    });
    let errors = errors.into_inner().unwrap_or_default();
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    let mut written = vec![csv_path, json_path, audit_path, eval_path, xlsx_path];
    written.extend(proj_path);
    Ok((text, written))
}

/// Regions up to which each gets a chart of its own.
const REGION_CHARTS: usize = 200;

/// The overview and the per-region charts; pushes (caption, file) for the HTML page, and a
/// note when it leaves charts out.
fn draw_charts(
    panel: &Panel,
    report: &Report,
    outs: &Outputs,
    svgs: &mut Vec<(String, PathBuf)>,
    written: &mut Vec<PathBuf>,
    notes: &mut Vec<String>,
) -> Result<(), String> {
    let dir = &outs.dir;
    let path = dir.join("overview.svg");
    if overview::overview_chart(panel, report, &path)? {
        svgs.push(("Overview: P(target met) by region".to_owned(), path.clone()));
        written.push(path);
    }
    // Only regions with an assessable target get a chart, and only up to REGION_CHARTS of
    // them (beyond, a page of charts no one reads; the overview and report.html cover them).
    let assessable: std::collections::HashSet<&str> = report
        .rows
        .iter()
        .filter(|a| !matches!(a.verdict.status(), Status::NotAssessable(_)))
        .map(|a| a.region.as_str())
        .collect();
    let mut charted: Vec<&plancast::Region> = panel
        .regions()
        .iter()
        .filter(|_| outs.region_charts)
        .filter(|r| assessable.contains(r.id.as_str()))
        .collect();
    if charted.len() > REGION_CHARTS {
        notes.push(format!(
            "{} regions have assessable targets: no per-region charts above {REGION_CHARTS} \
             (report.html shows each region's targets on a click; the overview covers all)",
            charted.len()
        ));
        charted.clear();
    }
    for region in charted {
        let path = dir.join(format!("chart_{}.svg", cli::file_stem(&region.id)));
        charts::region_chart(panel, report, &region.id, &path)?;
        svgs.push((
            format!("{} {}", region.name_zh, region.name_en),
            path.clone(),
        ));
        written.push(path);
    }
    Ok(())
}

fn create(path: &Path) -> Result<BufWriter<File>, String> {
    File::create(path)
        .map(BufWriter::new)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Pads `s` to `width` terminal columns (CJK characters take two), truncating with `…`.
fn pad(s: &str, width: usize) -> String {
    if UnicodeWidthStr::width(s) <= width {
        let fill = width - UnicodeWidthStr::width(s);
        return format!("{s}{}", " ".repeat(fill));
    }
    let mut out = String::new();
    let mut w = 0;
    for ch in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(ch);
        w += cw;
    }
    out.push('…');
    w += 1;
    out.push_str(&" ".repeat(width.saturating_sub(w)));
    out
}

/// A number in at most `width` characters, with a sensible number of digits.
pub fn num(x: f64) -> String {
    let a = x.abs();
    if a >= 1e6 {
        format!("{:.3e}", x)
    } else if a >= 1000.0 {
        format!("{x:.0}")
    } else if a >= 100.0 {
        format!("{x:.1}")
    } else if a >= 1.0 {
        format!("{x:.2}")
    } else {
        format!("{x:.3}")
    }
}

pub fn pct(x: Option<f64>) -> String {
    x.map_or("—".to_owned(), |v| format!("{:.0}%", 100.0 * v))
}

/// A growth figure: a rate in % for compound growth, units a year for annual changes (series
/// with values ≤ 0, where a rate has no meaning).
/// The observed growth, marked by where it comes from: nothing for the region's own, `r` for its
/// reference's (a borrowed path), `c` for its reference class's median, `i` for an intensity
/// path's (the aggregate's growth with the region's relative intensity drifting) — issue 30:
/// never another's growth under "observed" unmarked.
fn observed(a: &plancast::Assessment) -> String {
    let g = growth(a.verdict.observed(), a.verdict.basis());
    match (&a.source, a.verdict.observed()) {
        (Some(plancast::Source::Reference { .. }), Some(_)) => format!("{g}r"),
        (Some(plancast::Source::Class { .. }), Some(_)) => format!("{g}c"),
        (Some(plancast::Source::Intensity { .. }), Some(_)) => format!("{g}i"),
        _ => g,
    }
}

fn growth(x: Option<f64>, basis: Option<plancast::GrowthBasis>) -> String {
    if basis == Some(plancast::GrowthBasis::AnnualChange) {
        return x.map_or("—".to_owned(), |v| match v.abs() {
            a if a >= 10.0 => format!("{v:+.0}/y"),
            a if a >= 1.0 => format!("{v:+.1}/y"),
            _ => format!("{v:+.2}/y"),
        });
    }
    x.map_or("—".to_owned(), |v| {
        if v.abs() >= 10.0 {
            format!("{:+.0}x", v)
        } else if v.abs() >= 1.0 {
            format!("{:+.0}%", 100.0 * v)
        } else {
            format!("{:+.1}%", 100.0 * v)
        }
    })
}

pub fn status_label(a: &Assessment) -> String {
    use plancast::verdict::JudgedOn;
    use plancast::Reason;
    let v = &a.verdict;
    if let (Status::NotAssessable(Reason::NoObservations), Some(c)) = (v.status(), &a.context) {
        let band = c
            .interval
            .map_or(String::new(), |(l, u)| format!(" [{}, {}]", num(l), num(u)));
        return format!("n/a: no data · {} {}{band}", c.region, num(c.value));
    }
    match v.status() {
        Status::NotAssessable(r) => match r {
            Reason::NoObservations => "n/a: no data",
            Reason::SingleObservation => "n/a: 1 obs",
            Reason::NoReferenceClass => "n/a: 1 obs, no class",
            Reason::NoComparableSeries => "n/a: 1 obs, no peers",
            Reason::NoBenchmark => "n/a: no bench",
            Reason::RankingTarget => "n/a: ranking",
            Reason::FitFailed => "n/a: fit",
            Reason::TargetBeforeObservations => "n/a: before data",
            Reason::ProgrammeCount => "n/a: own programmes",
            Reason::NoComparableRegions => "n/a: no comparable regions",
            Reason::DefinitionDiffers => "n/a: definitions differ",
            _ => "n/a",
        }
        .to_owned(),
        s => {
            let mut label = s.name().replace('_', " ");
            if v.judged_on() == JudgedOn::Interpolated {
                label.push_str(" (interpolated)");
            }
            if let Some(y) = v.met_late() {
                label.push_str(&format!(" (met late, {y})"));
            }
            if let Some(p) = a.class_percentile {
                // Judged by the reference class: how many comparable series grew more slowly
                // than the target needs.
                label.push_str(&format!(" · class {:.0}%", 100.0 * p));
            } else if matches!(a.source, Some(plancast::Source::Reference { .. })) {
                label.push_str(" · borrowed");
            } else if let Some(plancast::Source::Intensity {
                baseline, scale, ..
            }) = &a.source
            {
                let per = match scale {
                    plancast::Scale::Population => "per head",
                    plancast::Scale::Level => "level",
                    _ => "per GDP",
                };
                let base = if *baseline { "" } else { ", no baseline" };
                label.push_str(&format!(" · intensity {per}{base}"));
            }
            label
        }
    }
}

/// A ratio with two decimals, or a dash.
fn ratio(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}"))
}

fn print_report(out: &mut String, panel: &Panel, report: &Report) {
    let mut current = "";
    for a in &report.rows {
        if a.region != current {
            current = &a.region;
            let r = panel.region(current);
            let _ = writeln!(out);
            let title = r.map_or(String::new(), |r| {
                format!(
                    "{} {}{}",
                    r.name_zh,
                    r.name_en,
                    r.plan_title
                        .as_deref()
                        .map_or(String::new(), |t| format!(" — {t}"))
                )
            });
            let _ = writeln!(out, "{}", pad(&title, 100).trim_end());
            let _ = writeln!(
                out,
                "{} {} {} {} {} {} {} {} {} {} status",
                pad("indicator", 17),
                pad("year", 4),
                pad("target", 9),
                pad("last", 12),
                pad(&format!("projection [{:.0}%]", 100.0 * report.level), 21),
                pad("P", 4),
                pad("P ser.", 6),
                pad("req.", 6),
                pad("obs.", 7),
                pad("R", 5),
            );
        }
        let name = panel
            .indicator(&a.indicator)
            .map_or(a.indicator.as_str(), |i| i.name_zh.as_str());
        let target = match (a.target, &a.benchmark) {
            (Some(t), None) => format!("{}{}", a.comparator, num(t)),
            (Some(t), Some(b)) => format!("{}{}({})", a.comparator, num(t), b),
            (None, Some(b)) => format!("{}{}", a.comparator, b),
            (None, None) => String::new(),
        };
        let last = match (a.last_year, a.last_value) {
            (Some(y), Some(v)) => format!("{} ({})", num(v), y),
            _ => "—".to_owned(),
        };
        let proj = match (a.projected, a.lower, a.upper) {
            (Some(p), Some(l), Some(u)) => format!("{} [{}, {}]", num(p), num(l), num(u)),
            (Some(p), _, _) => num(p),
            _ => "—".to_owned(),
        };
        let _ = writeln!(
            out,
            "{} {} {} {} {} {} {} {} {} {} {}",
            pad(name, 17),
            pad(&a.target_year.to_string(), 4),
            pad(&target, 9),
            pad(&last, 12),
            pad(&proj, 21),
            pad(&pct(a.probability), 4),
            pad(&pct(a.p_series), 6),
            pad(&growth(a.verdict.required(), a.verdict.basis()), 6),
            pad(&observed(a), 7),
            pad(&ratio(a.verdict.progress_ratio()), 5),
            status_label(a)
        );
    }
}

fn print_summary(out: &mut String, panel: &Panel, report: &Report) {
    if report.rows.iter().any(|r| {
        matches!(
            r.probability_from,
            Some(plancast::ProbabilityFrom::OutsideView | plancast::ProbabilityFrom::Combined)
        )
    }) {
        let _ = writeln!(
            out,
            "\nP is the track record's (the outside view: how 2021–2025 targets of the same kind, level \
             and type fared, README \"Against what happened\"; its reason is report.csv's record_reason); \
             P ser. is the trajectory's. --series-p makes P the trajectory's."
        );
    }
    let defaulted: Vec<&str> = panel
        .indicators()
        .iter()
        .filter(|i| i.defaulted)
        .map(|i| i.id.as_str())
        .collect();
    if !defaulted.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Indicators without metadata, read with the defaults (direction up; bounds 0–100 if \
             the unit or name says %, else none): {}",
            defaulted.join(", ")
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "obs.: the region's own growth; with r, its reference's (borrowed path); with c, its class's\n  \
         median — not the region's own. · borrowed: one observation carried by the province's or\n  \
         nation's trajectory; · class N%: one\n  \
         observation judged by its reference class (comparable series' growth), the target needing\n  \
         growth faster than N % of them. n/a: no data · R v [l, u]: no baseline; reference R's\n  \
         value in the target year, for context."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Status counts per region");
    let names = [
        ("achieved", "achieved"),
        ("on_track", "on track"),
        ("moderate", "moderate"),
        ("insufficient", "insuffic."),
        ("moving_away", "mov. away"),
        ("overshooting", "overshoot"),
        ("missed", "missed"),
        ("not_assessable", "n/a"),
    ];
    let _ = write!(out, "{}", pad("region", 20));
    for (_, label) in names {
        let _ = write!(out, " {label:>10}");
    }
    let _ = writeln!(out);
    for (region, counts) in report.status_counts() {
        let label = panel
            .region(&region)
            .map_or(region.clone(), |r| format!("{} {}", r.name_zh, r.name_en));
        let _ = write!(out, "{}", pad(&label, 20));
        for (n, _) in names {
            let _ = write!(out, " {:>10}", counts.get(n).copied().unwrap_or(0));
        }
        let _ = writeln!(out);
    }
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &report.rows {
        if let Status::NotAssessable(r) = a.verdict.status() {
            *reasons.entry(r.name()).or_default() += 1;
        }
    }
    if !reasons.is_empty() {
        let _ = writeln!(out, "not assessable because:");
        for (k, v) in reasons {
            let _ = writeln!(out, "  {k}: {v}");
        }
    }
}

fn print_findings(out: &mut String, panel: &Panel, findings: &[plancast::Finding]) {
    let _ = writeln!(out);
    let _ = writeln!(out, "Audit findings ({})", findings.len());
    for f in findings {
        let name = panel
            .indicator(&f.indicator)
            .map_or(f.indicator.as_str(), |i| i.name_zh.as_str());
        let line = format!("{} {} [{}] {}", f.region, name, f.kind.name(), f.message);
        // Wrap at 100 columns.
        let mut cur = String::new();
        for word in line.split(' ') {
            if UnicodeWidthStr::width(cur.as_str()) + UnicodeWidthStr::width(word) + 1 > 98
                && !cur.is_empty()
            {
                let _ = writeln!(out, "{cur}");
                cur = "    ".to_owned();
            }
            if !cur.is_empty() && !cur.ends_with(' ') {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        let _ = writeln!(out, "{cur}");
    }
}

fn write_findings(path: &Path, findings: &[plancast::Finding]) -> Result<(), String> {
    let mut w = csv::Writer::from_writer(create(path)?);
    let err = |e: csv::Error| format!("{}: {e}", path.display());
    w.write_record(["region", "indicator", "kind", "message"])
        .map_err(err)?;
    for f in findings {
        w.write_record([&f.region, &f.indicator, f.kind.name(), &f.message])
            .map_err(err)?;
    }
    w.flush().map_err(|e| format!("{}: {e}", path.display()))
}

/// The evaluation table (中期评估 / 终期评估) as an Excel sheet with Chinese headers: the same
/// text as `evaluation.csv`, numbers as numbers. Written in rust_xlsxwriter's constant-memory
/// mode (each row goes to a temporary file as it is written; strings inline), so the workbook
/// costs a row's memory, not the table's.
fn write_evaluation_xlsx(path: &Path, panel: &Panel, report: &Report) -> Result<(), String> {
    let err = |e: rust_xlsxwriter::XlsxError| format!("{}: {e}", path.display());
    let mut book = rust_xlsxwriter::Workbook::new();
    // Deflate dominated the writing of large workbooks (a third of the writing phase at
    // 100,000 rows, on one core): the fastest level above 10,000 rows, the default below.
    if report.rows.len() > 10_000 {
        book.set_zip_compression_level(1);
    }
    let sheet = book.add_worksheet_with_constant_memory().map_err(err)?;
    sheet.set_name("评估").map_err(err)?;
    for (c, h) in plancast::EVALUATION_COLUMNS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).map_err(err)?;
    }
    for (r, a) in report.rows.iter().enumerate() {
        let row = plancast::evaluation_row(a);
        for (c, cell) in plancast::evaluation_record(&row, panel).iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell.parse::<f64>() {
                Ok(x) if x.is_finite() => sheet.write_number(r, c, x).map_err(err)?,
                _ => sheet.write_string(r, c, cell).map_err(err)?,
            };
        }
    }
    book.save(path).map_err(err)
}
