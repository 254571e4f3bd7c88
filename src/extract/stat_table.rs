//! Statistics tables of one year, as a statistical communiqué prints them: no year columns, a
//! header of measures with their units in brackets, which may break over lines
//! (`品 名 | 播种面积` / `(亩) |` / `同比增减(%) | 产量(吨) | 同比增减(%) |`), or a unit column
//! (`品 名 | 计量单位 | 数 量 | 同比增长(%) |`), then one row per item
//! (`其中:稻谷 | 607056 | -0.32 | 267838 | 1.05 |`).
//!
//! Every value is a result of the year the text reports: the last year a line before the table
//! names. A header must hold a change against the year before (`同比`, `比上年`, `增长`, `增减`)
//! — the mark of a table of results — and a row exactly one value per measure, or the row is not
//! read. An indicator table with year columns is [`super::table`]'s.

use std::collections::BTreeSet;

use regex::Regex;

use super::text::Line;
use super::{Basis, Candidate, Found, Role};
use crate::target::{Comparator, TargetKind};

/// What the statistics tables of a text gave.
#[derive(Debug, Default)]
pub(crate) struct StatTables {
    pub candidates: Vec<Candidate>,
    /// Indices of lines that belong to these tables (sentences skip them).
    pub lines: BTreeSet<usize>,
}

/// One measure column: its name and unit (`播种面积`, `亩`); a change column names the measure
/// before it.
#[derive(Debug, Clone)]
struct Measure {
    name: String,
    unit: Option<String>,
    change: bool,
}

fn year_re() -> &'static Regex {
    regex!(r"(20\d\d)\s*年")
}

fn number_re() -> &'static Regex {
    regex!(r"^[-−]?\d+(?:\.\d+)?$")
}

/// `﹙吨﹚`, `（吨）` → `(吨)`; blanks inside a cell (`品 名`, `数 量`) dropped.
fn clean(cell: &str) -> String {
    cell.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '﹙' | '（' => '(',
            '﹚' | '）' => ')',
            c => c,
        })
        .collect()
}

/// The cells of a pipe line (empty ones dropped).
fn cells(line: &Line) -> Vec<String> {
    line.norm
        .split('|')
        .map(clean)
        .filter(|c| !c.is_empty())
        .collect()
}

fn is_change(name: &str) -> bool {
    ["同比", "比上年", "增长", "增减", "增幅", "增速"]
        .iter()
        .any(|w| name.contains(w))
}

/// A header's measure cells, units in brackets split off; a cell that is only a unit
/// (`(亩)`) belongs to the cell before it.
fn measures(cells: &[String]) -> Vec<Measure> {
    let unit_re = regex!(r"^(?P<name>[^()]*)\((?P<unit>[^()]{1,6})\)?$");
    let mut out: Vec<Measure> = Vec::new();
    for c in cells {
        let (name, unit) = match unit_re.captures(c) {
            Some(m) => (m["name"].to_owned(), Some(m["unit"].to_owned())),
            None => (c.trim_end_matches(')').to_owned(), None),
        };
        if name.is_empty() {
            if let (Some(last), Some(u)) = (out.last_mut(), unit) {
                last.unit.get_or_insert(u);
            }
            continue;
        }
        out.push(Measure {
            change: is_change(&name),
            name,
            unit,
        });
    }
    out
}

/// The statistics tables of `lines`; `skip` holds the lines another table reader took.
pub(crate) fn read(lines: &[Line], skip: &BTreeSet<usize>) -> StatTables {
    let mut out = StatTables::default();
    let mut i = 0;
    while i < lines.len() {
        // (the original line: a trailing ` |` is blanked in the normalised copy)
        if skip.contains(&i) || !lines[i].orig.contains('|') {
            i += 1;
            continue;
        }
        // The run of pipe lines from here.
        let end = (i..lines.len())
            .take_while(|&k| lines[k].orig.contains('|') && !skip.contains(&k))
            .last()
            .map_or(i, |k| k + 1);
        read_run(lines, i..end, &mut out);
        i = end.max(i + 1);
    }
    read_spaced(lines, skip, &mut out);
    out
}

/// Tables whose columns are set apart by blanks, as a communiqué's table comes out of a page
/// that lost its cells. Two shapes:
/// - a unit line giving the value's unit and the change's, a header naming one year and a
///   change against the year before, then rows of a name, the year's value and its change
///   (`单位:万元,%` / `指  标 2024年 比上年增长` / `地区生产总值 7311113 6.0`);
/// - a header of a unit column, one measure and its change, under a title naming the year,
///   then rows of a name, its unit (where given), the value and its change
///   (`2024年主要农产品产量` / `单位 产量 比上年±%` / `油料 万吨 2.36 2.3`).
///
/// At least three rows follow the header, or nothing is read. Nothing else is read this way.
fn read_spaced(lines: &[Line], skip: &BTreeSet<usize>, out: &mut StatTables) {
    let row = regex!(
        r"^\s*#?\s*(?P<name>[^\d\s#|][^\d|]*?)\s+(?P<value>[-−]?\d+(?:\.\d+)?)\s+(?P<change>[-−]?\d+(?:\.\d+)?)\s*$"
    );
    let unit_row = regex!(
        r"^\s*(?P<name>[^\d\s#|]{1,12})\s+(?:(?P<unit>[^\d\s|]{1,5})\s+)?(?P<value>[-−]?\d+(?:\.\d+)?)\s+(?P<change>[-−]?\d+(?:\.\d+)?)\s*$"
    );
    let year_header = regex!(
        r"^\s*[^\d|]{1,8}\s+(20\d\d)\s*年\s+(?:比上年|同比)(?:增长|增减)(?:\s*\(?%\)?)?\s*$"
    );
    let unit_header = regex!(
        r"^\s*单位\s+(?P<measure>[^\d\s|]{1,8})\s+(?:比上年|同比|较上年)(?:增长|增减|±)?\s*[(（]?\s*[±]?%?\s*[)）]?\s*$"
    );
    let unit_line = regex!(r"^\s*单位\s*[:：]\s*([^,，、;；\s%]{1,6})\s*[,，、]\s*%\s*$");
    let text: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].is_blank() && !skip.contains(&k) && !out.lines.contains(&k))
        .collect();
    for (n, &h) in text.iter().enumerate() {
        // (the year, the value's unit, the measure, and the row shape)
        let shape = if let Some(y) = year_header
            .captures(&lines[h].norm)
            .and_then(|c| c[1].parse::<i32>().ok())
        {
            // The unit line stands right above the header.
            let Some(unit) = n
                .checked_sub(1)
                .and_then(|p| unit_line.captures(&lines[text[p]].norm))
                .map(|c| c[1].to_owned())
            else {
                continue;
            };
            (y, Some(unit), String::new(), row)
        } else if let Some(c) = unit_header.captures(&lines[h].norm) {
            let Some(y) = year_before(lines, h) else {
                continue;
            };
            (y, None, c["measure"].to_owned(), unit_row)
        } else {
            continue;
        };
        let (year, unit, measure, row) = shape;
        let rows: Vec<usize> = text[n + 1..]
            .iter()
            .copied()
            .take_while(|&k| row.is_match(&lines[k].norm))
            .collect();
        if rows.len() < 3 {
            continue;
        }
        out.lines.insert(h);
        for &k in &rows {
            out.lines.insert(k);
            let Some(c) = row.captures(&lines[k].norm) else {
                continue;
            };
            let name = format!("{}{measure}", clean(&c["name"]));
            let row_unit = c
                .name("unit")
                .map(|u| u.as_str().to_owned())
                .or(unit.clone())
                .unwrap_or_default();
            for (value, change) in [(&c["value"], false), (&c["change"], true)] {
                let Ok(value) = value.replace('−', "-").parse::<f64>() else {
                    continue;
                };
                out.candidates.push(Candidate {
                    role: Role::Baseline,
                    name_zh: if change {
                        format!("{name}增长")
                    } else {
                        name.clone()
                    },
                    unit: if change {
                        "%".to_owned()
                    } else {
                        row_unit.clone()
                    },
                    year: Some(year),
                    comparator: Comparator::Eq,
                    value: Some(value),
                    relative: None,
                    kind: TargetKind::Unstated,
                    basis: Basis::Level,
                    found: Found::Table,
                    line: lines[k].number,
                    quote: lines[k].orig.trim().to_owned(),
                    notes: vec![format!(
                        "a statistics table of {year} (columns set apart by blanks)"
                    )],
                    review: None,
                });
            }
        }
    }
}

/// One run of pipe lines: a header (until the first row of a name and numbers), then rows.
fn read_run(lines: &[Line], run: std::ops::Range<usize>, out: &mut StatTables) {
    let is_row = |cs: &[String]| cs.len() >= 2 && cs[1..].iter().any(|c| number_re().is_match(c));
    let Some(first_row) = run.clone().find(|&k| is_row(&cells(&lines[k]))) else {
        return;
    };
    let header: Vec<String> = run
        .clone()
        .take_while(|&k| k < first_row)
        .flat_map(|k| cells(&lines[k]))
        .collect();
    // The first cell names the items (`品名`, `指标`, `项目`); a unit column may follow.
    if header.len() < 2
        || header.iter().any(|c| year_re().is_match(c))
        || !header.iter().any(|c| is_change(c))
    {
        return;
    }
    let unit_col = header[1] == "计量单位" || header[1] == "单位";
    let measures = measures(&header[if unit_col { 2 } else { 1 }..]);
    if measures.is_empty() {
        return;
    }
    let Some(year) = year_before(lines, run.start) else {
        return;
    };
    for k in run.clone() {
        out.lines.insert(k);
    }
    for line in &lines[first_row..run.end] {
        let cs = cells(line);
        let Some(name) = cs.first().map(|n| {
            n.trim_start_matches("其中:")
                .trim_start_matches("其中：")
                .to_owned()
        }) else {
            continue;
        };
        let (unit, values) = if unit_col {
            (cs.get(1).cloned(), cs.get(2..).unwrap_or_default())
        } else {
            (None, cs.get(1..).unwrap_or_default())
        };
        if values.len() != measures.len() || !values.iter().all(|v| number_re().is_match(v)) {
            continue;
        }
        let mut level = name.clone();
        for (m, v) in measures.iter().zip(values) {
            let Ok(value) = v.replace('−', "-").parse::<f64>() else {
                continue;
            };
            // `数量` is the item itself; a change column is of the measure before it.
            let indicator = if m.change {
                format!("{level}{}", m.name)
            } else if m.name == "数量" {
                level = name.clone();
                name.clone()
            } else {
                level = format!("{name}{}", m.name);
                level.clone()
            };
            let unit = if m.change {
                "%".to_owned()
            } else {
                m.unit.clone().or(unit.clone()).unwrap_or_default()
            };
            out.candidates.push(Candidate {
                role: Role::Baseline,
                name_zh: indicator,
                unit,
                year: Some(year),
                comparator: Comparator::Eq,
                value: Some(value),
                relative: None,
                kind: TargetKind::Unstated,
                basis: Basis::Level,
                found: Found::Table,
                line: line.number,
                quote: line.orig.trim().to_owned(),
                notes: vec![format!(
                    "a statistics table of {year}, the year the line before it names"
                )],
                review: None,
            });
        }
    }
}

/// The year the nearest line before `start` names (its last year phrase), within 30 lines.
fn year_before(lines: &[Line], start: usize) -> Option<i32> {
    lines[start.saturating_sub(30)..start]
        .iter()
        .rev()
        .find_map(|l| {
            year_re()
                .captures_iter(&l.norm)
                .last()
                .and_then(|c| c[1].parse().ok())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines;

    /// 宁远县 (dev 204): a communiqué's crop table with its header broken over three lines, and
    /// its livestock table with a unit column.
    #[test]
    fn a_communique_table_of_one_year() {
        let text = "经初步核算,2023年,全县实现地区生产总值2616611万元。\n\
                    品 名 | 播种面积\n(亩﹚ |\n同比增减(%) | 产量﹙吨﹚ | 同比增减﹙%﹚ |\n\
                    粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n\
                    其中:稻谷 | 607056 | -0.32 | 267838 | 1.05 |\n\
                    林业保持稳定。\n\
                    品 名 | 计量单位 | 数 量 | 同比增长﹙%﹚ |\n\
                    出栏牛 | 万头 | 2.23 | 4.21 |\n";
        let t = read(&lines(text), &BTreeSet::new());
        let got: Vec<_> = t
            .candidates
            .iter()
            .map(|c| (c.name_zh.as_str(), c.year, c.value, c.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("粮食作物播种面积", Some(2023), Some(726760.0), "亩"),
                ("粮食作物播种面积同比增减", Some(2023), Some(-1.78), "%"),
                ("粮食作物产量", Some(2023), Some(315690.0), "吨"),
                ("粮食作物产量同比增减", Some(2023), Some(0.8), "%"),
                ("稻谷播种面积", Some(2023), Some(607056.0), "亩"),
                ("稻谷播种面积同比增减", Some(2023), Some(-0.32), "%"),
                ("稻谷产量", Some(2023), Some(267838.0), "吨"),
                ("稻谷产量同比增减", Some(2023), Some(1.05), "%"),
                ("出栏牛", Some(2023), Some(2.23), "万头"),
                ("出栏牛同比增长", Some(2023), Some(4.21), "%"),
            ]
        );
        assert_eq!(t.lines, [1, 2, 3, 4, 5, 7, 8].into_iter().collect());
    }

    /// 2508 庐江县 (a mirror of the county's 2024 communiqué): a table whose columns are set apart
    /// by blanks, under its unit line, reads as the year its header names; without the unit line,
    /// or with fewer than three rows, it is not read.
    #[test]
    fn a_table_set_apart_by_blanks() {
        let text = "表1  2024年全县生产总值及增长情况\n\n                 单位:万元,%\n\n\
                    指  标 2024年 比上年增长\n地区生产总值 7311113 6.0\n农林牧渔业 681836 3.5\n\
                    工  业 1430156 9.0\n#营利性服务业 378906 9.8\n";
        let t = read(&lines(text), &BTreeSet::new());
        let got: Vec<_> = t
            .candidates
            .iter()
            .map(|c| (c.name_zh.as_str(), c.year, c.value, c.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值", Some(2024), Some(7311113.0), "万元"),
                ("地区生产总值增长", Some(2024), Some(6.0), "%"),
                ("农林牧渔业", Some(2024), Some(681836.0), "万元"),
                ("农林牧渔业增长", Some(2024), Some(3.5), "%"),
                ("工业", Some(2024), Some(1430156.0), "万元"),
                ("工业增长", Some(2024), Some(9.0), "%"),
                ("营利性服务业", Some(2024), Some(378906.0), "万元"),
                ("营利性服务业增长", Some(2024), Some(9.8), "%"),
            ]
        );
        let no_unit = "指  标 2024年 比上年增长\n地区生产总值 7311113 6.0\n农林牧渔业 681836 3.5\n工  业 1430156 9.0\n";
        assert!(read(&lines(no_unit), &BTreeSet::new())
            .candidates
            .is_empty());
        let two_rows = "单位:万元,%\n指  标 2024年 比上年增长\n地区生产总值 7311113 6.0\n农林牧渔业 681836 3.5\n";
        assert!(read(&lines(two_rows), &BTreeSet::new())
            .candidates
            .is_empty());
    }

    /// 2533 宜都市 (a mirror of the city's 2024 communiqué): a table with a unit column, under a
    /// title naming its year (`2024年主要农产品产量` / `单位 产量 比上年±%`); a row may leave its
    /// unit out (`茶叶 25712 6.9`).
    #[test]
    fn a_table_with_a_unit_column_set_apart_by_blanks() {
        let text = "2024年主要农产品产量\n\n单位 产量 比上年±%\n粮食 万吨 9.83 0.01\n\
                    油料 万吨 2.36 2.3\n茶叶 25712 6.9\n";
        let t = read(&lines(text), &BTreeSet::new());
        let got: Vec<_> = t
            .candidates
            .iter()
            .map(|c| (c.name_zh.as_str(), c.year, c.value, c.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("粮食产量", Some(2024), Some(9.83), "万吨"),
                ("粮食产量增长", Some(2024), Some(0.01), "%"),
                ("油料产量", Some(2024), Some(2.36), "万吨"),
                ("油料产量增长", Some(2024), Some(2.3), "%"),
                ("茶叶产量", Some(2024), Some(25712.0), ""),
                ("茶叶产量增长", Some(2024), Some(6.9), "%"),
            ]
        );
        let undated =
            "单位 产量 比上年±%\n粮食 万吨 9.83 0.01\n油料 万吨 2.36 2.3\n茶叶 25712 6.9\n";
        assert!(read(&lines(undated), &BTreeSet::new())
            .candidates
            .is_empty());
    }

    /// A table with year columns, or one without a change column, or with no year before it, is
    /// not this reader's; a row whose values do not match the measures is not read.
    #[test]
    fn other_tables_are_not_read() {
        let years = "2023年\n指标 | 2020年 | 2025年 | 同比增长(%)\n5G基站 | 100 | 200 | 3\n";
        assert!(read(&lines(years), &BTreeSet::new()).candidates.is_empty());
        let plain = "2023年\n品名 | 产量(吨)\n稻谷 | 100\n";
        assert!(read(&lines(plain), &BTreeSet::new()).candidates.is_empty());
        let undated = "品名 | 产量(吨) | 同比增长(%)\n稻谷 | 100 | 3\n";
        assert!(read(&lines(undated), &BTreeSet::new())
            .candidates
            .is_empty());
        let short = "2023年\n品名 | 产量(吨) | 同比增长(%)\n稻谷 | 100\n";
        assert!(read(&lines(short), &BTreeSet::new()).candidates.is_empty());
    }
}
