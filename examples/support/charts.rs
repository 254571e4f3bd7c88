//! SVG charts with plotters: small multiples per region, one indicator across regions.
#![allow(dead_code)]

use std::path::Path;

use plancast::{AssessOptions, Assessment, Assessor, Panel, Report, Status, TargetValue};
use plotters::prelude::*;

/// Colour of a status marker.
pub fn status_color(s: Status) -> RGBColor {
    match s {
        Status::Achieved => RGBColor(0, 120, 60),
        Status::OnTrack => RGBColor(40, 160, 70),
        Status::Moderate => RGBColor(230, 160, 0),
        Status::Insufficient => RGBColor(230, 100, 20),
        Status::MovingAway => RGBColor(200, 30, 30),
        Status::Overshooting => RGBColor(140, 60, 170),
        Status::Missed => RGBColor(120, 0, 0),
        _ => RGBColor(150, 150, 150),
    }
}

pub const FONT: &str =
    "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif";

pub fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Small multiples of every indicator with a target in `region`: observations (black dots), the
/// projected trajectory with its interval band (blue), the plan's path baseline → milestone →
/// target (dashed grey), and target markers coloured by status (the legend under the title);
/// counts and money whose values span more than a decade on a log axis.
pub fn region_chart(
    panel: &Panel,
    report: &Report,
    region: &str,
    path: &Path,
) -> Result<(), String> {
    let opts = AssessOptions::default();
    let assessor = Assessor::new(panel, &opts);
    let mut indicators: Vec<&str> = Vec::new();
    for r in report.rows.iter().filter(|r| r.region == region) {
        // Only indicators with data: a target alone would draw an empty panel.
        if r.last_value.is_some() && !indicators.contains(&r.indicator.as_str()) {
            indicators.push(&r.indicator);
        }
    }
    let cols = 4usize;
    let rows = indicators.len().div_ceil(cols).max(1);
    let (cell_w, cell_h) = (320u32, 230u32);
    let title_h = 74u32;
    let root = SVGBackend::new(path, (cell_w * cols as u32, cell_h * rows as u32 + title_h))
        .into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (top, body) = root.split_vertically(title_h);
    let reg = panel.region(region);
    let title = reg.map_or(region.to_owned(), |r| {
        format!(
            "{} {} — {}",
            r.name_zh,
            r.name_en,
            r.plan_title.as_deref().unwrap_or("targets")
        )
    });
    let (head, key) = top.split_vertically(44);
    head.titled(&title, (FONT, 22)).map_err(err)?;
    // What the marks mean: targets (triangles) coloured by status; black dots observed; blue
    // the trajectory and its interval band; dashed grey the plan's path.
    legend(&key, 12)?;
    let cells = body.split_evenly((rows, cols));
    for (cell, ind) in cells.iter().zip(&indicators) {
        let rows: Vec<&Assessment> = report
            .rows
            .iter()
            .filter(|r| r.region == region && r.indicator == *ind)
            .collect();
        small_multiple(panel, &assessor, region, ind, &rows, cell)?;
    }
    root.present().map_err(err)
}

fn small_multiple<DB: DrawingBackend>(
    panel: &Panel,
    assessor: &Assessor<'_>,
    region: &str,
    indicator: &str,
    rows: &[&Assessment],
    area: &DrawingArea<DB, plotters::coord::Shift>,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let ind = panel.indicator(indicator).ok_or("unknown indicator")?;
    let obs = panel.series(region, indicator);
    let obs_pts: Vec<(i32, f64)> = obs.as_ref().map(|s| s.iter().collect()).unwrap_or_default();
    let targets: Vec<(i32, f64, Status)> = rows
        .iter()
        .filter_map(|r| Some((r.target_year, r.target?, r.verdict.status())))
        .collect();
    let first_year = obs_pts
        .first()
        .map(|p| p.0)
        .into_iter()
        .chain(targets.iter().map(|t| t.0))
        .min()
        .unwrap_or(2020)
        - 1;
    let last_year = targets
        .iter()
        .map(|t| t.0)
        .max()
        .unwrap_or(2025)
        .max(first_year + 3)
        + 1;
    let traj = assessor.trajectory(
        region,
        indicator,
        first_year.max(obs_pts.first().map_or(first_year, |p| p.0))..=last_year,
    );

    let mut ys: Vec<f64> = obs_pts
        .iter()
        .map(|p| p.1)
        .chain(targets.iter().map(|t| t.1))
        .collect();
    if let Some(t) = &traj {
        for p in &t.points {
            ys.push(p.value);
            if let Some((l, u)) = p.interval {
                ys.push(l);
                ys.push(u);
            }
        }
    }
    let mut lo = ys.iter().cloned().fold(f64::INFINITY, f64::min);
    let mut hi = ys.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    // Counts and money (no upper bound) whose band spans more than a decade: a log axis, so
    // that the observations are not flattened against zero by the interval's upper end.
    let log = ind.bounds.upper().is_none() && lo > 0.0 && hi / lo > 10.0;
    let tf = |v: f64| if log { v.log10() } else { v };
    if log {
        let (l, h) = (lo.log10(), hi.log10());
        (lo, hi) = (l - 0.05 * (h - l), h + 0.05 * (h - l));
    } else {
        let pad = ((hi - lo) * 0.1).max(hi.abs() * 0.05).max(1e-9);
        lo = ind.bounds.lower().map_or(lo - pad, |b| (lo - pad).max(b));
        if lo > 0.0 && lo < (hi - lo) {
            lo = 0.0;
        }
        hi = ind.bounds.upper().map_or(hi + pad, |b| (hi + pad).min(b));
    }
    if hi <= lo {
        hi = lo + 1.0;
    }

    let unit = if ind.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", ind.unit)
    };
    let scale = if log { " · log scale" } else { "" };
    let caption = format!("{}{}{scale}", ind.name_zh, unit);
    let mut chart = ChartBuilder::on(area)
        .caption(caption, (FONT, 13))
        .margin(6)
        .x_label_area_size(18)
        .y_label_area_size(42)
        .build_cartesian_2d(first_year..last_year, lo..hi)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(4)
        .y_labels(4)
        .label_style((FONT, 10))
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| short(if log { 10f64.powf(*v) } else { *v }))
        .light_line_style(WHITE)
        .draw()
        .map_err(err)?;

    let blue = RGBColor(40, 90, 180);
    if let Some(t) = &traj {
        let band: Vec<(i32, f64, f64)> = t
            .points
            .iter()
            .filter_map(|p| p.interval.map(|(l, u)| (p.year, tf(l), tf(u))))
            .collect();
        if band.len() >= 2 {
            let mut poly: Vec<(i32, f64)> = band.iter().map(|b| (b.0, b.1)).collect();
            poly.extend(band.iter().rev().map(|b| (b.0, b.2)));
            chart
                .draw_series(std::iter::once(Polygon::new(poly, blue.mix(0.18))))
                .map_err(err)?;
        }
        chart
            .draw_series(LineSeries::new(
                t.points.iter().map(|p| (p.year, tf(p.value))),
                blue.stroke_width(2),
            ))
            .map_err(err)?;
    }
    // The plan's path: baseline → milestone → target.
    if let Some(&(y0, v0)) = obs_pts
        .iter()
        .rev()
        .find(|p| targets.iter().all(|t| p.0 < t.0))
    {
        let mut plan: Vec<(i32, f64)> = vec![(y0, tf(v0))];
        let mut ts: Vec<(i32, f64)> = targets.iter().map(|t| (t.0, tf(t.1))).collect();
        ts.sort_by_key(|t| t.0);
        ts.dedup_by_key(|t| t.0);
        plan.extend(ts);
        chart
            .draw_series(DashedLineSeries::new(
                plan,
                4,
                3,
                RGBColor(110, 110, 110).stroke_width(1),
            ))
            .map_err(err)?;
    }
    chart
        .draw_series(
            obs_pts
                .iter()
                .map(|&(y, v)| Circle::new((y, tf(v)), 3, BLACK.filled())),
        )
        .map_err(err)?;
    chart
        .draw_series(
            targets
                .iter()
                .map(|&(y, v, s)| TriangleMarker::new((y, tf(v)), 6, status_color(s).filled())),
        )
        .map_err(err)?;
    // Status of the last target, in words.
    if let Some(r) = rows.iter().max_by_key(|r| r.target_year) {
        let p = r
            .probability
            .map_or(String::new(), |p| format!(" P={:.0}%", 100.0 * p));
        let note = format!(
            "{}{} {}",
            r.target_year,
            p,
            r.verdict.status().name().replace('_', " ")
        );
        area.draw(&Text::new(
            note,
            (50, 20),
            (FONT, 10)
                .into_font()
                .color(&status_color(r.verdict.status())),
        ))
        .map_err(err)?;
    }
    Ok(())
}

/// A compact tick label.
pub fn short(v: f64) -> String {
    let a = v.abs();
    if a >= 1e8 {
        format!("{:.1}亿", v / 1e8)
    } else if a >= 1e4 {
        format!("{:.1}万", v / 1e4)
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 1.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// One indicator across every region that has it: each region's observations and
/// trajectory, with its targets as triangles.
pub fn indicator_chart(
    panel: &Panel,
    report: &Report,
    indicator: &str,
    path: &Path,
    years: (i32, i32),
) -> Result<(), String> {
    let opts = AssessOptions::default();
    let assessor = Assessor::new(panel, &opts);
    let ind = panel
        .indicator(indicator)
        .ok_or_else(|| format!("unknown indicator `{indicator}`"))?;
    let regions: Vec<&str> = panel
        .regions()
        .iter()
        .map(|r| r.id.as_str())
        .filter(|r| {
            panel.series(r, indicator).is_some()
                || panel
                    .targets()
                    .iter()
                    .any(|t| t.region == *r && t.indicator == indicator)
        })
        .collect();
    let mut hi: f64 = 0.0;
    let mut trajs = Vec::new();
    for r in &regions {
        let t = assessor.trajectory(r, indicator, years.0..=years.1);
        if let Some(t) = &t {
            hi = t
                .points
                .iter()
                .map(|p| p.interval.map_or(p.value, |i| i.1))
                .fold(hi, f64::max);
        }
        if let Some(s) = panel.series(r, indicator) {
            hi = s.values().iter().cloned().fold(hi, f64::max);
        }
        for t in panel
            .targets()
            .iter()
            .filter(|t| t.region == *r && t.indicator == indicator)
        {
            if let TargetValue::Numeric(v) = t.value {
                hi = hi.max(v);
            }
        }
        trajs.push(t);
    }
    hi = ind
        .bounds
        .upper()
        .map_or(hi * 1.1, |u| (hi * 1.1).min(u))
        .max(1e-9);
    let root = SVGBackend::new(path, (1000, 640)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let unit = if ind.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", ind.unit)
    };
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("{} {}{}", ind.name_zh, ind.name_en, unit),
            (FONT, 22),
        )
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(60)
        .build_cartesian_2d(years.0..years.1, 0.0..hi)
        .map_err(err)?;
    chart
        .configure_mesh()
        .label_style((FONT, 13))
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| short(*v))
        .draw()
        .map_err(err)?;
    for (k, (r, t)) in regions.iter().zip(&trajs).enumerate() {
        let color = Palette99::pick(k).to_rgba();
        let name = panel
            .region(r)
            .map_or(r.to_string(), |x| format!("{} {}", x.name_zh, x.name_en));
        if let Some(t) = t {
            let label = format!("{name} [{}]", t.source);
            chart
                .draw_series(LineSeries::new(
                    t.points.iter().map(|p| (p.year, p.value)),
                    color.stroke_width(2),
                ))
                .map_err(err)?
                .label(label)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
                });
        }
        if let Some(s) = panel.series(r, indicator) {
            chart
                .draw_series(
                    s.iter()
                        .map(|(y, v)| Circle::new((y, v), 4, color.filled())),
                )
                .map_err(err)?;
            if t.is_none() {
                chart
                    .draw_series(std::iter::once(Circle::new(
                        s.last().expect("non-empty"),
                        4,
                        color.filled(),
                    )))
                    .map_err(err)?
                    .label(format!("{name} (no trajectory)"))
                    .legend(move |(x, y)| Circle::new((x + 9, y), 4, color.filled()));
            }
        }
        for a in report
            .rows
            .iter()
            .filter(|a| a.region == *r && a.indicator == indicator)
        {
            if let Some(v) = a.target {
                chart
                    .draw_series(std::iter::once(TriangleMarker::new(
                        (a.target_year, v),
                        8,
                        status_color(a.verdict.status()).filled(),
                    )))
                    .map_err(err)?;
                chart
                    .draw_series(std::iter::once(TriangleMarker::new(
                        (a.target_year, v),
                        8,
                        color.stroke_width(1),
                    )))
                    .map_err(err)?;
            }
        }
    }
    chart
        .configure_series_labels()
        .label_font((FONT, 13))
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(err)?;
    root.present().map_err(err)
}

/// Statuses in legend order, with their labels.
pub const LEGEND: [(Status, &str); 8] = [
    (Status::Achieved, "achieved"),
    (Status::OnTrack, "on track"),
    (Status::Moderate, "moderate"),
    (Status::Insufficient, "insufficient"),
    (Status::MovingAway, "moving away"),
    (Status::Overshooting, "overshooting"),
    (Status::Missed, "missed"),
    (
        Status::NotAssessable(plancast::Reason::NoObservations),
        "not assessable",
    ),
];

/// Draws the colour legend (what each status colour means) along the top of `area`.
pub fn legend(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    y: i32,
) -> Result<(), String> {
    let mut x = 10;
    for (s, label) in LEGEND {
        area.draw(&Circle::new((x + 6, y), 6, status_color(s).filled()))
            .map_err(err)?;
        area.draw(&Text::new(label, (x + 16, y - 7), (FONT, 13).into_font()))
            .map_err(err)?;
        x += 30 + 8 * label.len() as i32;
    }
    Ok(())
}
