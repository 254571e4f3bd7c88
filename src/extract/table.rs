//! Indicator tables: a header with two or more year columns, then rows of a name and its cells.
//!
//! Tables reach us in three shapes: pipe rows (`指标 | 2020年 | 2025年`), one cell per line (a
//! PDF or web page flattened), and cells run together on one line separated by spaces. All three
//! become one stream of cells; the header says which years the value cells are, and a row is a
//! name followed by its unit, attribute and value cells in any order.

use std::collections::BTreeSet;

mod cell;
mod reported;
pub(crate) use cell::relative_in;
use cell::{
    cells_of, classify, short_cell_line, signed, split_unit, value_cell_re, year_cell_re, Cell,
    Kind, YearCol,
};
use reported::{rated_columns, reported_column, reported_year, ReportedColumn};

use super::figure::fmt;
use super::section::heading;
use super::text::Line;
use super::{Basis, Candidate, ExtractOptions, Found, Review, ReviewKind, Role};
use crate::target::{Comparator, TargetKind};

/// What the tables of a plan gave.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    pub candidates: Vec<Candidate>,
    /// Indices of lines that belong to tables (sentences skip them).
    pub lines: BTreeSet<usize>,
    /// The earliest baseline year column, if any table has one.
    pub base_year: Option<i32>,
    /// The latest year column.
    pub end_year: Option<i32>,
}

/// Reads every indicator table in the plan.
pub(crate) fn read(lines: &[Line], options: &ExtractOptions) -> Tables {
    let mut out = Tables::default();
    // A header cell that is a year alone (`2022年`), no goal's or plan's word beside it.
    let bare_year = regex!(r"^\s*20\d\d\s*年?\s*(?:末|底)?\s*$");
    let mut i = 0;
    while i < lines.len() {
        match header_at(lines, i) {
            Some((header, body_start, pipe)) => {
                let (cells, next) = body(lines, body_start, pipe);
                for idx in i..next {
                    out.lines.insert(idx);
                }
                let mut years = year_columns(&header);
                // (`指标名称 | 单位 | 2021年 | 2022年` in the yearbook of 2023: every year column
                // before the page's year, none marked a goal — a table of results)
                let bare_years = header
                    .iter()
                    .filter(|c| bare_year.is_match(&c.norm))
                    .count();
                if let Some(p) = options.published_year() {
                    if years.len() >= 2
                        && bare_years == years.len()
                        && years.iter().all(|y| y.year() < p)
                    {
                        years = years.iter().map(|y| YearCol::Baseline(y.year())).collect();
                    }
                }
                if let Some(b) = years.iter().find_map(|y| match y {
                    YearCol::Baseline(y) => Some(*y),
                    YearCol::Goal(_) => None,
                }) {
                    out.base_year = Some(out.base_year.map_or(b, |o: i32| o.min(b)));
                }
                if let Some(e) = years.iter().map(|y| y.year()).max() {
                    out.end_year = Some(out.end_year.map_or(e, |o: i32| o.max(e)));
                }
                let has_unit_col = header
                    .iter()
                    .any(|c| c.norm.trim() == "单位" || c.norm.trim() == "计量单位");
                let has_index_col = header.iter().any(|c| {
                    matches!(
                        c.norm.split_whitespace().collect::<String>().as_str(),
                        "序号" | "编号"
                    )
                });
                // `年均增速`, `累计增长` columns after the years hold a rate, not a year's value.
                let first_year = header
                    .iter()
                    .position(|c| matches!(classify(&c.norm, false), Kind::Year(_)))
                    .unwrap_or(0);
                let extra_cols = header[first_year..]
                    .iter()
                    .filter(|c| {
                        (["年均", "增速", "增长", "增幅", "累计", "变化"]
                            .iter()
                            .any(|w| c.norm.contains(w))
                            || rank_column(&c.norm))
                            && !matches!(classify(&c.norm, false), Kind::Year(_))
                    })
                    .count();
                // (`“十三五”年均增长(%)` after `2015年 | 2020年`: the growth over those years, an
                // indicator of its own)
                let growth = header[first_year..]
                    .iter()
                    .find(|c| growth_column(&c.norm))
                    .filter(|_| extra_cols == 1)
                    .map(|c| {
                        if c.norm.contains("年均") {
                            "年均增长"
                        } else if c.norm.contains("累计") {
                            "累计增长"
                        } else {
                            "增长"
                        }
                    });
                let columns = Columns {
                    unit: has_unit_col,
                    index: has_index_col,
                    extra: extra_cols,
                    growth,
                };
                let first_new = out.candidates.len();
                rows(&cells, &years, columns, lines, options, &mut out.candidates);
                rated_columns(&header, lines, &mut out.candidates[first_new..]);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A header starting at line `i`: the header cells, where the body starts, whether it is a
/// pipe table.
fn header_at(lines: &[Line], i: usize) -> Option<(Vec<Cell>, usize, bool)> {
    let l = &lines[i];
    if l.norm.contains('|') {
        let cells = cells_of(l, i);
        let years = cells
            .iter()
            .filter(|c| matches!(classify(&c.norm, false), Kind::Year(_)))
            .count();
        return (years >= 2 || (years == 1 && attribute_column(&cells))).then_some((
            cells,
            i + 1,
            true,
        ));
    }
    if !short_cell_line(l) {
        return None;
    }
    // (`表1 清远市2020年…主要指标完成情况` / `指标名称` / `预期目标` / `完成情况`: an execution
    // report's table of one year, its goal and what was done — the year the title names)
    let reported = reported_year(lines, i);
    // One cell per line (blank lines between cells allowed): a header is a run of at most 12
    // short cells with two or more year cells and a header word, ending at the last year or
    // header word.
    let mut cells = Vec::new();
    let mut j = i;
    let mut years = 0;
    let mut header_words = 0;
    let mut end = None;
    while j < lines.len() && cells.len() < 12 {
        let lj = &lines[j];
        if lj.is_blank() {
            j += 1;
            continue;
        }
        if !short_cell_line(lj) {
            break;
        }
        for mut c in cells_of(lj, j) {
            if let Some(y) = reported {
                match reported_column(&c.norm) {
                    Some(ReportedColumn::Goal) => c.norm = format!("{y}年目标"),
                    Some(ReportedColumn::Done) => c.norm = format!("{y}年完成"),
                    None => {}
                }
            }
            match classify(&c.norm, false) {
                Kind::Year(_) => {
                    years += 1;
                    end = Some(j + 1);
                }
                Kind::Header => {
                    header_words += 1;
                    end = Some(j + 1);
                }
                Kind::Name if cells.is_empty() || years == 0 => {}
                // (`2015年 完成 | 2020年 完成 | “十三五”年均增长(%) | 指标属性`: a growth
                // column after the years is the header's, not a row's name)
                Kind::Name if years >= 2 && growth_column(&c.norm) => end = Some(j + 1),
                // (`预期目标 | 完成情况 | 全省排名`: a rank after the years is the header's too)
                Kind::Name if years >= 2 && rank_column(&c.norm) => end = Some(j + 1),
                _ if years >= 2 => break,
                _ => {}
            }
            cells.push(c);
        }
        if years >= 2 && end.is_some_and(|e| e <= j) {
            break;
        }
        j += 1;
    }
    let end = end?;
    if !(years >= 2 || (years == 1 && attribute_column(&cells))) || header_words == 0 {
        return None;
    }
    // The header starts at the first header word or year (a title line before stays out).
    let first = cells
        .iter()
        .position(|c| matches!(classify(&c.norm, false), Kind::Header | Kind::Year(_)))?;
    if cells[first].line != i {
        return None;
    }
    let cells: Vec<Cell> = cells.into_iter().filter(|c| c.line < end).collect();
    Some((cells, end, false))
}

/// Whether a header has a column of the targets' kind (`属性`: 预期性 or 约束性): a plan's table of
/// indicators, which may give one year's column only (`指 标 | 2025 年 | 属 性`, the targets).
fn attribute_column(header: &[Cell]) -> bool {
    header.iter().any(|c| {
        let squeezed: String = c.norm.split_whitespace().collect();
        matches!(squeezed.as_str(), "属性" | "指标属性" | "性质" | "指标性质")
    })
}

/// The body's cells: pipe lines (or short continuation lines) for a pipe table; short lines for
/// a flattened one. Returns the cells and the index of the first line after the table.
fn body(lines: &[Line], start: usize, pipe: bool) -> (Vec<Cell>, usize) {
    let mut cells = Vec::new();
    let mut j = start;
    while j < lines.len() {
        let l = &lines[j];
        if l.is_blank() {
            j += 1;
            continue;
        }
        let ok = if pipe {
            l.norm.contains('|')
        } else {
            short_cell_line(l) || row_group(lines, j)
        };
        if !ok || header_at(lines, j).is_some() {
            break;
        }
        cells.extend(cells_of(l, j));
        j += 1;
    }
    (cells, j)
}

/// A column heading of growth over the years before it (`“十三五”年均增长(%)`, `年均增速`,
/// `累计增长`), naming no indicator of its own.
/// A column of ranks after the years (`全省排名`, `位次`): no value of the indicator.
fn rank_column(norm: &str) -> bool {
    regex!(r"^(?:全省|全市|全国|全区)?(?:排名|排位|位次)$").is_match(norm.trim())
}

fn growth_column(norm: &str) -> bool {
    regex!(
        r"^(?:“?十[二三四五]五”?(?:期间)?)?(?:年均|累计)?(?:增长|增速|增幅)率?\s*(?:\((?:%|％)\))?$"
    )
    .is_match(norm.trim())
}

/// `一、经济发展` between the rows of a flattened table: a group of its rows, not a heading that
/// ends it — a short numbered label without figures, and short cells go on after it.
fn row_group(lines: &[Line], j: usize) -> bool {
    let t = lines[j].norm.trim();
    let next = lines[j + 1..].iter().find(|l| !l.is_blank());
    t.chars().count() <= 12
        && !t.chars().any(|c| c.is_ascii_digit())
        && heading(t).is_some()
        && next.is_some_and(|n| short_cell_line(n) && heading(&n.norm).is_none())
}

/// Year columns in order; with two or more, the earliest is the baseline unless marked a goal.
fn year_columns(header: &[Cell]) -> Vec<YearCol> {
    let mut cols: Vec<(YearCol, bool)> = header
        .iter()
        .filter_map(|c| {
            let marked = year_cell_re()
                .captures(c.norm.trim())
                .is_some_and(|m| m.name("pre").is_some() || m.name("post").is_some());
            match classify(&c.norm, false) {
                Kind::Year(y) => Some((y, marked)),
                _ => None,
            }
        })
        .collect();
    if cols.len() >= 2 {
        let min = cols.iter().map(|(y, _)| y.year()).min().unwrap_or(0);
        for (y, marked) in &mut cols {
            if !*marked && y.year() == min {
                *y = YearCol::Baseline(min);
            }
        }
    }
    cols.into_iter().map(|(y, _)| y).collect()
}

/// What the header says of the columns besides the years.
#[derive(Debug, Clone, Copy)]
struct Columns {
    /// A `单位` column.
    unit: bool,
    /// A `序号` column.
    index: bool,
    /// Columns after the years that hold no year's value (`年均增速`, `累计增长`).
    extra: usize,
    /// The one extra column is the growth over the years (`“十三五”年均增长(%)`): the word its
    /// rows' growth indicators take (`年均增长`).
    growth: Option<&'static str>,
}

#[derive(Default)]
struct RowAcc {
    name: Option<Cell>,
    unit: Option<String>,
    attr: Option<TargetKind>,
    values: Vec<Cell>,
    all: Vec<Cell>,
}

#[allow(clippy::too_many_arguments)]
fn rows(
    cells: &[Cell],
    years: &[YearCol],
    columns: Columns,
    lines: &[Line],
    options: &ExtractOptions,
    out: &mut Vec<Candidate>,
) {
    let Columns {
        unit: has_unit_col,
        index: has_index_col,
        ..
    } = columns;
    let mut row = RowAcc::default();
    // The number the next row would carry in a `序号` column.
    let mut next_index: Option<u32> = None;
    for (i, c) in cells.iter().enumerate() {
        // With a `序号` column, a whole number just before a name is the row's number — the
        // next in sequence after the first (`8.2 | 12 | 省统计局`: 12 is the target, and the
        // responsible unit after it is no indicator).
        let number = c.norm.trim();
        if has_index_col
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && cells
                .get(i + 1)
                .is_some_and(|n| matches!(classify(&n.norm, has_unit_col), Kind::Name))
        {
            let k: Option<u32> = number.parse().ok();
            if next_index.is_none() || k == next_index {
                next_index = k.map(|k| k + 1);
                continue;
            }
        }
        match classify(&c.norm, has_unit_col) {
            Kind::Year(_) | Kind::Header => {}
            Kind::Attr(k) => {
                row.attr = Some(k);
                row.all.push(c.clone());
            }
            Kind::Unit if row.name.is_some() && row.unit.is_none() => {
                row.unit = Some(c.name.clone());
                row.all.push(c.clone());
            }
            Kind::Missing | Kind::Value | Kind::Qualitative if row.name.is_some() => {
                row.values.push(c.clone());
                row.all.push(c.clone());
            }
            Kind::Unit | Kind::Missing | Kind::Value | Kind::Qualitative => {}
            Kind::Name => {
                let fresh = row.values.is_empty() && row.attr.is_none() && row.unit.is_none();
                if row.name.is_some() && fresh {
                    row.name = None;
                    row.all.clear();
                } else if row.name.is_some() {
                    finish(
                        std::mem::take(&mut row),
                        years,
                        columns,
                        lines,
                        options,
                        out,
                    );
                }
                row.name = Some(c.clone());
                row.all.push(c.clone());
            }
        }
    }
    if row.name.is_some() {
        finish(row, years, columns, lines, options, out);
    }
}

fn finish(
    mut row: RowAcc,
    years: &[YearCol],
    columns: Columns,
    lines: &[Line],
    options: &ExtractOptions,
    out: &mut Vec<Candidate>,
) {
    let Some(name_cell) = row.name else { return };
    let (name, unit_in_name) = split_unit(&name_cell.name);
    // (`1.残疾人家庭人均收入年均增长(%)`: a row's number before its name is no part of it)
    let name = regex!(r"^\s*\d{1,2}\s*[.．、]\s*(\S)")
        .replace(&name, "$1")
        .into_owned();
    let unit = unit_in_name.or(row.unit).unwrap_or_default();
    let quote = row
        .all
        .iter()
        .map(|c| c.orig.as_str())
        .collect::<Vec<_>>()
        .join(" | ");
    let line = lines[name_cell.line].number;
    let kind = row.attr.unwrap_or_default();
    let mut notes = Vec::new();
    let extra_cols = columns.extra;
    let mut growth = None;
    if extra_cols > 0 && row.values.len() == years.len() + extra_cols {
        let dropped: Vec<Cell> = row.values.drain(years.len()..).collect();
        // A growth column's value is the row's growth over the years, of the last year column —
        // except for a share (`%`), whose change may be in points.
        match (columns.growth, years.last(), dropped.as_slice()) {
            (Some(word), Some(&col), [cell]) if unit != "%" => {
                growth = Some((word, col, cell.clone()))
            }
            _ => notes.push(format!(
                "growth or rank column(s) not written: {}",
                dropped
                    .iter()
                    .map(|c| c.orig.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
    let n = row.values.len();
    let mut review = None;
    if n == 0 {
        return;
    }
    let offset = if n > years.len() {
        review = Some(Review::new(
            ReviewKind::Table,
            format!("{n} value cells for {} year columns", years.len()),
        ));
        0
    } else {
        if n < years.len() {
            let ys: Vec<String> = years[years.len() - n..]
                .iter()
                .map(|y| y.year().to_string())
                .collect();
            notes.push(format!(
                "{n} value cell(s) for {} year columns: read as {}",
                years.len(),
                ys.join(", ")
            ));
        }
        years.len() - n
    };
    let mut baseline: Option<f64> = None;
    for (k, cell) in row.values.iter().enumerate() {
        let Some(&col) = years.get(offset + k) else {
            break;
        };
        let t = cell.norm.trim();
        let base = Candidate {
            role: Role::Target,
            name_zh: name.clone(),
            unit: unit.clone(),
            year: Some(col.year()),
            comparator: Comparator::Ge,
            value: None,
            relative: None,
            kind,
            basis: Basis::Level,
            found: Found::Table,
            line,
            quote: quote.clone(),
            notes: notes.clone(),
            review: review.clone(),
        };
        let role = match col {
            YearCol::Baseline(_) => Role::Baseline,
            YearCol::Goal(y) if years.iter().any(|c| c.year() > y) => Role::Milestone,
            YearCol::Goal(_) => Role::Target,
        };
        // (`-5.82`: a fall)
        let (sign, unsigned) = signed(t);
        if let Some(c) = value_cell_re().captures(unsigned) {
            let v: f64 = sign * c["num"].parse().unwrap_or(f64::NAN);
            if !v.is_finite() {
                continue;
            }
            let mut cand = base;
            cand.role = role;
            cand.value = Some(v);
            if cand.unit.is_empty() {
                if let Some(u) = c.name("unit") {
                    cand.unit = u.as_str().to_owned();
                }
            }
            let explicit = c.name("cmp").map(|m| m.as_str());
            let post = c.name("post").map(|m| m.as_str());
            cand.comparator = match (explicit, post) {
                (Some("≤" | "<="), _) | (_, Some("以下" | "以内")) => Comparator::Le,
                (Some("<"), _) => Comparator::Lt,
                (Some(">" | "超过" | "大于"), _) => Comparator::Gt,
                (_, Some("左右")) | (Some("约"), _) => Comparator::Eq,
                (Some(_), _) | (_, Some(_)) => Comparator::Ge,
                (None, None) => match (role, baseline) {
                    (Role::Baseline, _) => Comparator::Eq,
                    (_, Some(b)) if v < b => {
                        cand.notes
                            .push(format!("below the baseline {}: read as at most", fmt(b)));
                        Comparator::Le
                    }
                    _ => Comparator::Ge,
                },
            };
            if role == Role::Baseline {
                baseline = Some(v);
            }
            out.push(cand);
        } else if let Some((mut rel, cmp, _)) = relative_in(t) {
            rel.region = options.benchmark_id(&rel.scope).to_owned();
            let mut cand = base;
            cand.role = if role == Role::Baseline {
                Role::Target
            } else {
                role
            };
            cand.comparator = cmp;
            cand.notes.push(format!(
                "relative to {}: {}",
                options.benchmark_id(&rel.scope),
                t
            ));
            cand.relative = Some(rel);
            if role == Role::Baseline {
                cand.review = Some(Review::new(
                    ReviewKind::Benchmark,
                    "a relative statement in a baseline column",
                ));
            }
            out.push(cand);
        }
    }
    // (`人均地区生产总值(元) | 132339 | 189195 | 7.4` under `2015年 完成 | 2020年 完成 |
    // “十三五”年均增长(%)`: 人均地区生产总值年均增长 7.4 % in 2020)
    if let Some((word, col, cell)) = growth {
        // (`-5.82`: a fall)
        let t = cell.norm.trim();
        let (sign, t) = signed(t);
        let Some(c) = value_cell_re().captures(t) else {
            return;
        };
        let Ok(v) = c["num"].parse::<f64>().map(|v| sign * v) else {
            return;
        };
        let bare = c.name("cmp").is_none() && c.name("post").is_none();
        if !v.is_finite() || !bare || c.name("unit").is_some_and(|u| u.as_str() != "%") {
            return;
        }
        let role = match col {
            YearCol::Baseline(_) => Role::Baseline,
            YearCol::Goal(_) => Role::Target,
        };
        out.push(Candidate {
            role,
            name_zh: format!("{name}{word}"),
            unit: "%".to_owned(),
            year: Some(col.year()),
            comparator: if role == Role::Baseline {
                Comparator::Eq
            } else {
                Comparator::Ge
            },
            value: Some(v),
            relative: None,
            kind,
            basis: Basis::Level,
            found: Found::Table,
            line,
            quote,
            notes: vec![format!(
                "the growth column: {word} over the years up to {}",
                col.year()
            )],
            review,
        });
    }
}

#[cfg(test)]
mod tests;
