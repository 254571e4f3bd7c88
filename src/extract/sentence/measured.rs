//! A figure named only by its neighbour in a list joined by `、`: a measure (`产量`, `变电容量`)
//! takes the name of what the figure before it is of (`全年粮食收获面积38.14万亩、产量14.31万吨` →
//! `粮食产量`), a level after a growth takes that growth's subject (`新能源汽车产量增长94.5%、达
//! 168.4万辆` → `新能源汽车产量`).

use std::ops::Range;

use super::inherit::{subject_before_figures, take_subject};
use super::{Candidate, Line};
use crate::extract::ReviewKind;

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

/// `新能源汽车产量增长94.5%、达168.4万辆`, `全市实有经营主体增长18%、突破132万户`: a figure with no
/// name of its own, joined by `、` and a verb of reaching to a growth or change of the same clause
/// (`增长94.5%`, `同比增加1829万千瓦`), is the level of the subject that growth is of — the clause's
/// subject, cut before its word of change.
pub(super) fn inherit_after_change(
    line: &Line,
    spans: &[Range<usize>],
    found: &mut [(Range<usize>, Candidate)],
) {
    let joined = regex!(
        r"^[^\d、，,。；;]{0,6}、\s*(?:已经|已)?(?:达到|达|突破|超过|增至|提高到|提升至|提升到|增长到)\s*$"
    );
    let change = regex!(r"(?:同比|比上年|较上年)?(?:增长|增加|提高|提升)\s*$");
    let word = regex!(r"(?:同比|比上年|较上年)?(?:增长|增加|提高|提升)");
    let norm = &line.norm;
    for k in 1..found.len().min(spans.len()) {
        let (clause, prev_clause) = (found[k].0.clone(), found[k - 1].0.clone());
        let unnamed = found[k]
            .1
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name);
        if !unnamed || clause != prev_clause || spans[k - 1].end > spans[k].start {
            continue;
        }
        if !joined.is_match(&norm[spans[k - 1].end..spans[k].start]) {
            continue;
        }
        // (the words before the change's figure: its subject and the word of change)
        let before = &norm[clause.start..spans[k - 1].start];
        let Some(m) = word.find_iter(before).last() else {
            continue;
        };
        let Some(subject) = subject_before_figures(line, clause.start..clause.start + m.end())
        else {
            continue;
        };
        let subject = change.replace(&subject, "").trim().to_owned();
        if !(2..=16).contains(&subject.chars().count()) {
            continue;
        }
        take_subject(&mut found[k].1, subject);
    }
}

/// `全年识别监测对象302户763人`, `纳入城乡低保8957户24835人`: a count of people right after a count
/// of households, with nothing between, counts the people of the same households — the
/// households' name and `人数`.
pub(super) fn inherit_people_after_households(
    line: &Line,
    spans: &[Range<usize>],
    found: &mut [(Range<usize>, Candidate)],
) {
    let norm = &line.norm;
    for k in 1..found.len().min(spans.len()) {
        let unnamed = found[k]
            .1
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name);
        let (prev, c) = (&found[k - 1].1, &found[k].1);
        let adjacent = spans[k - 1].end <= spans[k].start
            && norm[spans[k - 1].end..spans[k].start].trim().is_empty();
        if !unnamed
            || !adjacent
            || found[k].0 != found[k - 1].0
            || !matches!(prev.unit.as_str(), "户" | "万户")
            || !matches!(c.unit.as_str(), "人" | "万人")
            || prev.review.is_some()
            || prev.name_zh.chars().count() < 2
        {
            continue;
        }
        let subject = prev.name_zh.trim_end_matches("户数").to_owned();
        let name = format!("{subject}人数");
        let c = &mut found[k].1;
        c.notes.push(format!(
            "the people of the households counted before it: {name}"
        ));
        c.name_zh = name;
        c.review = None;
    }
}
