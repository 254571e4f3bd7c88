//! Execution reports' tables of one year (`表1 清远市2020年…主要指标完成情况`): the year their title
//! names, their goal and done columns, and columns of growth rates.

use super::cell::Cell;
use crate::extract::text::Line;
use crate::extract::{Candidate, Role};

/// `指标名称 | 预期增长(%) | 上半年完成(%)` (dev 1744 淮南): an execution report's columns of growth
/// rates — each row's figures without a unit of their own are its indicator's growth in %, and
/// what was done in a part of the year is named with that part (`上半年地区生产总值增长`).
pub(super) fn rated_columns(header: &[Cell], lines: &[Line], found: &mut [Candidate]) {
    let said = |c: &Cell| -> String {
        lines
            .get(c.line)
            .map_or(String::new(), |l| l.norm.split_whitespace().collect())
    };
    let rate = header.iter().any(|c| {
        regex!(r"^(?:全年|年度)?预期(?:目标)?(?:增长|增速)[(（](?:%|％)[)）]$").is_match(&said(c))
    });
    if !rate {
        return;
    }
    let part = header.iter().find_map(|c| {
        regex!(r"^(上半年|前三季度|一季度)(?:实际)?完成")
            .captures(&said(c))
            .map(|m| m[1].to_owned())
    });
    for c in found.iter_mut().filter(|c| c.unit.is_empty()) {
        c.unit = "%".to_owned();
        c.name_zh = format!("{}增长", c.name_zh);
        if let (Some(p), Role::Baseline) = (&part, c.role) {
            c.name_zh = format!("{p}{}", c.name_zh);
        }
        c.notes
            .push("a column of growth rates (预期增长(%)): the indicator's growth".to_owned());
    }
}

/// The column of an execution report's table of one year: its goal or what was done.
pub(super) enum ReportedColumn {
    Goal,
    Done,
}

/// `预期目标`, `年度目标`, `完成情况`, `实际完成` — and, in a half-year report whose goals are rates,
/// `预期增长(%)`, `上半年完成(%)` (dev 1744 淮南).
pub(super) fn reported_column(norm: &str) -> Option<ReportedColumn> {
    let t: String = norm.split_whitespace().collect();
    match t.as_str() {
        "预期目标" | "年度目标" | "计划目标" | "目标" | "计划" | "年初目标" => {
            return Some(ReportedColumn::Goal)
        }
        "完成情况" | "实际完成" | "完成" | "执行情况" | "完成值" | "实际" => {
            return Some(ReportedColumn::Done)
        }
        _ => {}
    }
    if regex!(r"^(?:全年|年度)?预期(?:目标)?(?:增长|增速)[(（](?:%|％)[)）]$").is_match(&t)
    {
        Some(ReportedColumn::Goal)
    } else if regex!(
        r"^(?:上半年|前三季度|一季度|1[-—~]\d{1,2}月)(?:实际)?完成(?:情况)?[(（](?:%|％)[)）]$"
    )
    .is_match(&t)
    {
        Some(ReportedColumn::Done)
    } else {
        None
    }
}

/// The one year a table's title names (`表1 清远市2020年国民经济和社会发展主要指标完成情况`), when it
/// is the report of that year's goals and results: the nearest line above `i` that is not
/// blank, naming one year and `完成情况`, `执行情况` or `完成`.
pub(super) fn reported_year(lines: &[Line], i: usize) -> Option<i32> {
    let title = lines[..i].iter().rev().find(|l| !l.is_blank())?;
    let t = &title.norm;
    if t.chars().count() > 60 || !regex!(r"完成情况|执行情况|完成").is_match(t) {
        return None;
    }
    let years: Vec<i32> = regex!(r"((?:19|20)\d\d)\s*年")
        .captures_iter(t)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    match years.as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}
