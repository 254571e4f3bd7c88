//! A figure named only by a measure (`产量`, `变电容量`) takes the name of what the figure before
//! it is of: `全年粮食收获面积38.14万亩、产量14.31万吨` → `粮食产量`.

use std::ops::Range;

use super::{Candidate, Line};

/// Measures a figure may be named by alone, of the thing the figure before it counts or
/// measures (`产量`, `变电容量`): [`inherit_measured`].
const MEASURED: &[&str] = &[
    "播种面积",
    "收获面积",
    "种植面积",
    "面积",
    "总产量",
    "产量",
    "总产",
    "单产",
    "总产值",
    "规上产值",
    "产值",
    "年产值",
    "增加值",
    "营业收入",
    "主营业务收入",
    "销售收入",
    "营收",
    "销售额",
    "利税",
    "税收",
    "变电容量",
    "线路长度",
    "装机容量",
];

/// `全年粮食收获面积38.14万亩、产量14.31万吨`, `建成220千伏变电站5座,变电容量141万千伏安,线路
/// 长度1083公里`: a figure named only by a measure ([`MEASURED`]) is of what the figure before it
/// in its sentence is of — the nearest one not itself named by a measure alone: that figure's
/// subject when its name ends with a measure (`粮食收获面积` → `粮食产量`), else, in another unit,
/// the thing it counts (`220千伏变电站` → `220千伏变电站变电容量`). Without it the measures of
/// two subjects on one page share one name and conflict.
pub(super) fn inherit_measured(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let norm = &line.norm;
    for k in 1..found.len() {
        let (head, rest) = found.split_at_mut(k);
        let c = &mut rest[0].1;
        let at = rest[0].0.start;
        if !MEASURED.contains(&c.name_zh.as_str()) {
            continue;
        }
        let Some((range, p)) = head
            .iter()
            .rev()
            .take_while(|(r, _)| r.start <= at && !norm[r.start..at].contains(['。', '；', ';']))
            .find(|(_, p)| !MEASURED.contains(&p.name_zh.as_str()))
        else {
            continue;
        };
        if p.review.is_some() || range.start > at {
            continue;
        }
        let measure = MEASURED
            .iter()
            .filter(|m| p.name_zh.ends_with(*m) && p.name_zh.len() > m.len())
            .max_by_key(|m| m.len());
        let subject = match measure {
            Some(m) => p.name_zh[..p.name_zh.len() - m.len()].to_owned(),
            None if p.unit != c.unit => p.name_zh.clone(),
            None => continue,
        };
        if !(2..=12).contains(&subject.chars().count())
            || subject.ends_with(['增', '长', '率', '比', '重'])
        {
            continue;
        }
        c.notes.push(format!(
            "{} of {subject}, what the figure before it is of",
            c.name_zh
        ));
        c.name_zh = format!("{subject}{}", c.name_zh);
    }
}
