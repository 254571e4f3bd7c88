//! The overview chart across regions (`overview.svg`): a labelled dot plot per indicator for a
//! few regions, status bars per indicator for many.
#![allow(dead_code)]

use std::path::Path;

use plancast::{Assessment, Panel, Report};
use plotters::prelude::*;

use crate::charts::{err, legend, status_color, FONT, LEGEND};

/// Regions up to which the overview is a labelled dot plot (beyond: status bars).
pub const DOT_PLOT_REGIONS: usize = 40;

/// The overview across regions. Up to [`DOT_PLOT_REGIONS`] regions: a dot plot per indicator,
/// one labelled line per region, a dot per target at its P(target met) coloured by status
/// (a ring for an earlier milestone year, a disc for the indicator's last target year). More
/// regions: per indicator, a bar of the targets' statuses (counts, with shares), which reads
/// the same at 100 or 100,000 targets. Both carry a legend of the status colours. Returns
/// `false` (and writes nothing) when no row has a probability.
pub fn overview_chart(panel: &Panel, report: &Report, path: &Path) -> Result<bool, String> {
    if !report.rows.iter().any(|r| r.probability.is_some()) {
        return Ok(false);
    }
    let regions = report
        .rows
        .iter()
        .map(|r| r.region.as_str())
        .collect::<std::collections::HashSet<&str>>()
        .len();
    if regions <= DOT_PLOT_REGIONS {
        dot_plot(panel, report, path)?;
    } else {
        status_bars(panel, report, path)?;
    }
    Ok(true)
}

fn region_name(panel: &Panel, id: &str) -> String {
    panel.region(id).map_or(id.to_owned(), |g| {
        if g.name_zh != g.id {
            g.name_zh.clone()
        } else {
            g.id.clone()
        }
    })
}

fn dot_plot(panel: &Panel, report: &Report, path: &Path) -> Result<(), String> {
    // indicator (report order) → its targets with a P, and each region's line.
    let mut by_ind: Vec<(&str, Vec<&Assessment>)> = Vec::new();
    for r in report.rows.iter().filter(|r| r.probability.is_some()) {
        match by_ind.iter_mut().find(|(i, _)| *i == r.indicator) {
            Some((_, v)) => v.push(r),
            None => by_ind.push((&r.indicator, vec![r])),
        }
    }
    let cols = 3usize;
    let line_h = 18u32;
    fn lines<'a>(rows: &[&'a Assessment]) -> Vec<&'a str> {
        let mut regs: Vec<&str> = rows.iter().map(|r| r.region.as_str()).collect();
        regs.dedup();
        regs
    }
    let heights: Vec<u32> = by_ind
        .iter()
        .map(|(_, rows)| 44 + line_h * lines(rows).len() as u32)
        .collect();
    let row_h: Vec<u32> = heights
        .chunks(cols)
        .map(|c| c.iter().copied().max().unwrap_or(0))
        .collect();
    let (w, title_h) = (1200u32, 64u32);
    let total = title_h + row_h.iter().sum::<u32>();
    let root = SVGBackend::new(path, (w, total)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (top, body) = root.split_vertically(title_h);
    top.draw(&Text::new(
        "P(target met) by region, per indicator (dot: last target year; ring: earlier year)",
        (10, 6),
        (FONT, 18).into_font(),
    ))
    .map_err(err)?;
    legend(&top, 46)?;
    let mut y0 = 0i32;
    for (k, (ind, rows)) in by_ind.iter().enumerate() {
        let (r, c) = (k / cols, k % cols);
        if c == 0 && r > 0 {
            y0 += row_h[r - 1] as i32;
        }
        let cw = (w / cols as u32) as i32;
        let cell = body
            .clone()
            .shrink((c as i32 * cw, y0), (cw as u32, heights[k]));
        let regs = lines(rows);
        let last_year = rows.iter().map(|r| r.target_year).max().unwrap_or(0);
        let name = panel.indicator(ind).map_or(ind.to_string(), |i| {
            if i.name_zh == i.id {
                i.id.clone()
            } else {
                format!("{} {}", i.name_zh, i.id)
            }
        });
        let mut chart = ChartBuilder::on(&cell)
            .caption(name, (FONT, 13))
            .margin(4)
            .x_label_area_size(16)
            .y_label_area_size(110)
            .build_cartesian_2d(0.0..1.0, -0.5..(regs.len() as f64 - 0.5))
            .map_err(err)?;
        let labels: Vec<String> = regs.iter().map(|g| region_name(panel, g)).collect();
        chart
            .configure_mesh()
            .x_labels(5)
            .y_labels(regs.len().max(1))
            .label_style((FONT, 11))
            .x_label_formatter(&|v| format!("{:.0}%", 100.0 * v))
            .y_label_formatter(&|v| {
                let k = v.round();
                if (v - k).abs() < 1e-6 && k >= 0.0 {
                    labels.get(k as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .draw()
            .map_err(err)?;
        for a in rows {
            let line = regs.iter().position(|g| *g == a.region).unwrap_or(0) as f64;
            let p = a.probability.unwrap_or(0.0).clamp(0.0, 1.0);
            let col = status_color(a.verdict.status());
            let style = if a.target_year == last_year {
                col.filled()
            } else {
                col.stroke_width(2)
            };
            chart
                .draw_series(std::iter::once(Circle::new((p, line), 5, style)))
                .map_err(err)?;
        }
    }
    root.present().map_err(err)
}

fn status_bars(panel: &Panel, report: &Report, path: &Path) -> Result<(), String> {
    // indicator (report order) → counts by status, in legend order.
    let mut by_ind: Vec<(&str, [usize; 8])> = Vec::new();
    for r in &report.rows {
        let k = LEGEND
            .iter()
            .position(|(s, _)| s.name() == r.verdict.status().name())
            .unwrap_or(7);
        match by_ind.iter_mut().find(|(i, _)| *i == r.indicator) {
            Some((_, v)) => v[k] += 1,
            None => {
                let mut v = [0; 8];
                v[k] = 1;
                by_ind.push((&r.indicator, v));
            }
        }
    }
    let bar_h = 34u32;
    let (w, title_h, label_w) = (1200u32, 64u32, 240i32);
    let root =
        SVGBackend::new(path, (w, title_h + bar_h * by_ind.len() as u32 + 30)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let (top, body) = root.split_vertically(title_h);
    top.draw(&Text::new(
        format!(
            "Status of {} targets in {} regions, per indicator (share of the indicator's targets)",
            report.rows.len(),
            panel.regions().len()
        ),
        (10, 6),
        (FONT, 18).into_font(),
    ))
    .map_err(err)?;
    legend(&top, 46)?;
    let span = (w as i32 - label_w - 20) as f64;
    for (k, (ind, counts)) in by_ind.iter().enumerate() {
        let y = k as i32 * bar_h as i32 + 4;
        let n: usize = counts.iter().sum();
        let name = panel.indicator(ind).map_or(ind.to_string(), |i| {
            if i.name_zh == i.id {
                i.id.clone()
            } else {
                format!("{} {}", i.name_zh, i.id)
            }
        });
        body.draw(&Text::new(
            format!("{name} ({n})"),
            (6, y + 8),
            (FONT, 13).into_font(),
        ))
        .map_err(err)?;
        let mut x = label_w as f64;
        for (s, c) in counts.iter().enumerate() {
            if *c == 0 {
                continue;
            }
            let wd = span * *c as f64 / n.max(1) as f64;
            body.draw(&Rectangle::new(
                [(x as i32, y), ((x + wd) as i32, y + bar_h as i32 - 8)],
                status_color(LEGEND[s].0).filled(),
            ))
            .map_err(err)?;
            if wd > 34.0 {
                body.draw(&Text::new(
                    format!("{:.0}%", 100.0 * *c as f64 / n as f64),
                    (x as i32 + 4, y + 8),
                    (FONT, 12).into_font().color(&WHITE),
                ))
                .map_err(err)?;
            }
            x += wd;
        }
    }
    root.present().map_err(err)
}
