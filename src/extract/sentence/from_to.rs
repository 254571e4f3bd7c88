//! A figure and the next one joined by a step (`由85%提高到95%`, `从2020年的3.6万个增加到2025年的25万个`):
//! the first is the indicator's starting value, the second its target, both named by the words
//! before `由`/`从`.

use std::ops::Range;

use super::inherit::{clause_before, subject_of};
use super::marks::{self, YearMark};
use super::name::lead_len;
use super::year::{year_role, At};
use crate::extract::figure::Figure;
use crate::extract::text::Line;
use crate::extract::{Candidate, Period, Review, ReviewKind, Role};
use crate::target::Comparator;

/// `固定宽带家庭普及率由85%提高到95%`: the first figure is where the indicator starts (the base
/// year's value), the second its target; both take the name before `由`/`从`.
pub(super) fn from_to(
    line: &Line,
    figs: &[Figure],
    found: &mut [(Range<usize>, Candidate)],
    (marks, at, period): (&[YearMark], At, Period),
) {
    let step = step_re();
    // (`增加到 2020 年 2369 亿元`: the target's year may stand without `的`)
    // `从2020年的7.8%`, `从2012年初的12家`: the starting value's own year, after `由`/`从`.
    // (`…发展到现在的41家`, `提升至今年10月的45.9%`: the step may end on now, the page's year;
    // `从1990年的2.95亿元(人民币,下同)增长到…`: a remark in brackets may stand before the step;
    // `从13.9%飙升至56.4%`)
    // (`人均生产总值较“十三五”末的3.4万元增长到3.9万元`: `较`/`比` a year's value, then a step to
    // another, starts the step as `由` does)
    let stated = regex!(r"(?:由|从|较|比)\s*((?:19[4-9]|20\d)\d)\s*年(?:初|底|末)?\s*的?$");
    // (`由去年同期的15.4%`: a step from last year's value)
    let last_years = regex!(r"(?:由|从)\s*(?:去年|上年)(?:同期|底|末)?\s*的?$");
    let five_year = regex!(r#"十([二三四五])五[”"]?(?:期间|以来|时期)"#);
    let period_end = regex!(r#"(?:由|从|较|比)\s*[“"]?十([二三四五])五[”"]?\s*(?:期)?末\s*的?$"#);
    let span_start = regex!(
        r"(?:从|自)\s*((?:19[4-9]|20\d)\d)\s*年(?:初|底|末)?\s*(?:到|至)\s*(?:(?:19[4-9]|20\d)\d\s*年|今年|目前|现在)"
    );
    // `2016年至2021年,新疆数字经济规模从2048.68亿元增长到4255.70亿元`: a span of past years opening
    // its clause, without `从`, starts its steps in its first year too — when it ends no later
    // than the year the page speaks from (a plan's `2021年至2025年` is its period, not a review).
    let bare_span = regex!(
        r"(?:^|[。；;，,：:！!])\s*((?:19[4-9]|20\d)\d)\s*年(?:初|底|末)?\s*(?:到|至)\s*((?:19[4-9]|20\d)\d)\s*年"
    );
    let norm = &line.norm;
    // The years of the last step in this line that stated its starting year, with its target's.
    let mut stated_step: Option<(i32, Option<i32>)> = None;
    // The figures read as a step's start or end here.
    let mut stepped = vec![false; figs.len()];
    for k in 0..figs.len().saturating_sub(1) {
        let (f, g) = (&figs[k], &figs[k + 1]);
        let Some(step_m) = step.captures(&norm[f.end..g.start]) else {
            continue;
        };
        // One clause, or the next after a comma (`从2020年的3.6万个，增加到2025年的25万个`).
        let next_clause = found[k].0.end == found[k + 1].0.start.saturating_sub(','.len_utf8())
            || found[k].0.end == found[k + 1].0.start.saturating_sub('，'.len_utf8());
        if found[k].0 != found[k + 1].0 && !next_clause {
            continue;
        }
        // `…从2020年的3.6万个增加到2025年的…`: the target's own year.
        // (`提升至今年10月的45.9%`: this year, as the text dates it, is the target's own year too)
        // (`发展到“十三五”末的463.8亿元`: the end of a five-year period is a year too)
        let step_year = step_m.name("y").is_some()
            || step_m.name("this").is_some()
            || step_m.name("plan").is_some();
        let before = norm[found[k].0.start..f.start].trim_end();
        // (`全省地区生产总值由“十二五”末的6557亿元增加到9017亿元`: the end of a five-year period
        // is its last year)
        let stated_start = stated
            .captures(before)
            .map(|c| (c.get(0).map_or(0, |m| m.start()), c[1].parse::<i32>().ok()))
            .or_else(|| {
                period_end.captures(before).map(|c| {
                    (
                        c.get(0).map_or(0, |m| m.start()),
                        Some(marks::five_year_plan_end(&c[1])),
                    )
                })
            });
        // (`占专利授权量的比例由去年同期的15.4%上升到20.4%`: a step from last year's value, to
        // this year's)
        let relative_start = match stated_start {
            None => last_years.find(before).map(|m| m.start()),
            Some(_) => None,
        };
        let (from, stated_year) = match (stated_start, relative_start) {
            (Some((at, year)), _) => (&before[..at], year),
            (None, Some(at)) => (&before[..at], None),
            (None, None) => match before
                .strip_suffix('由')
                .or_else(|| before.strip_suffix('从'))
            {
                Some(from) => (from, None),
                None => continue,
            },
        };
        stepped[k] = true;
        stepped[k + 1] = true;
        let clause_start = found[k].0.start;
        let mut name_start = clause_start + lead_len(from);
        let mut name_end = clause_start + from.len();
        // `《规划》要求到2025年数字中国发展指数`: the name starts after the last year phrase;
        // `移动物联网终端用户“十四五”期间从…`: it ends before one that closes the words.
        if let Some(m) = marks::year_re()
            .find_iter(&norm[name_start..name_end.max(name_start)])
            .last()
        {
            let after = name_start + m.end();
            let rest = after + lead_len(&norm[after..name_end.max(after)]);
            if norm[rest..name_end.max(rest)].trim().chars().count() < 2 {
                name_end = name_start + m.start();
                name_end = name_start
                    + norm[name_start..name_end]
                        .trim_end_matches(['“', '"'])
                        .len();
            } else {
                name_start = rest;
            }
        }
        let mut name = line
            .name_span(name_start, name_end.max(name_start))
            .trim()
            .trim_end_matches(['将', '要'])
            .to_owned();
        // `地区生产总值连续跨过两个千亿元台阶,由2020年的4805亿元跃升至2024年的6556亿元`: a step
        // that opens its clause is of the subject the clause before it opens with, when that
        // clause states no figure of its own.
        if name.chars().count() < 2 {
            if let Some(subject) = previous_subject(line, clause_start, found)
                .or_else(|| previous_figure_name(line, clause_start, found, k))
            {
                name = subject;
            }
        }
        if name.chars().count() < 2 {
            continue;
        }
        // The target's year is its own (`增加到2025年的`) or the one before the name (`到2025年，…从2020年的…提高到…`).
        let at_pos = if step_year { g.start } else { name_start };
        let (t_year, t_role, t_notes, t_review) = year_role(line, marks, at_pos, at, period);
        let target_year = t_year.or(found[k + 1].1.year);
        let stated_year = stated_year.or(relative_start.and(target_year.map(|t| t - 1)));
        let base = &mut found[k].1;
        base.name_zh = name.clone();
        base.role = Role::Baseline;
        base.comparator = Comparator::Eq;
        base.review = None;
        // `移动物联网终端用户“十四五”期间从1775万户增长至5777万户`: a step over a five-year period the
        // sentence names starts in the year before the period's first.
        let sentence_start = norm[..f.start].rfind(['。', '；', ';']).map_or(0, |i| {
            i + norm[i..].chars().next().map_or(1, char::len_utf8)
        });
        let period_start = five_year
            .captures_iter(&norm[sentence_start..f.start])
            .last()
            .map(|c| marks::five_year_plan_end(&c[1]) - 5)
            // (`从2013年底到今年6月底,我省光缆线路长度由60万公里增加到137.6万公里,移动通信基站数
            // 从7.4万个增加到26.9万个;…`: steps over the span the paragraph opened start in its
            // first year)
            .or_else(|| {
                span_start
                    .captures_iter(&norm[..f.start])
                    .last()
                    .and_then(|c| c[1].parse::<i32>().ok())
            })
            .or_else(|| {
                let c = bare_span.captures_iter(&norm[..f.start]).last()?;
                let (first, last) = (c[1].parse::<i32>().ok()?, c[2].parse::<i32>().ok()?);
                (first < last && at.published.is_some_and(|p| last <= p)).then_some(first)
            });
        // (`2022年,全区粮食总产量从760亿斤增长到780亿斤` after `五年来,…`: a sentence that opens
        // on a year of its own is no step over the span)
        let span_start = target_year
            .filter(|&t| at.published.is_some_and(|p| t <= p))
            .filter(|_| !marks::year_re().is_match(&norm[sentence_start..f.start]))
            .and_then(|t| at.span?.start(t));
        match (stated_year, period.base_year) {
            (Some(y), _) if target_year.is_none_or(|t| t > y) => {
                base.year = Some(y);
                base.notes = vec![format!("从{y}年…: the starting value of {y}")];
                stated_step = Some((y, target_year));
            }
            // `全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元…规上工业总产值从742亿元增加到
            // 1550.2亿元`: a step that states no years, after one that stated both in the same
            // line and ends on the same year, starts where that one started.
            (None, _)
                if stated_step
                    .is_some_and(|(y, t)| t.is_some() && t == target_year && t > Some(y)) =>
            {
                let y = stated_step.map_or(0, |(y, _)| y);
                base.year = Some(y);
                base.notes = vec![format!(
                    "从…: the starting value of {y}, the year the step before it starts from"
                )];
            }
            (None, _) if period_start.is_some_and(|s| target_year.is_none_or(|t| t > s)) => {
                let s = period_start.unwrap_or_default();
                base.year = Some(s);
                base.notes = vec![format!(
                    "由…: the starting value of the period the sentence names, {s}"
                )];
            }
            // `过去五年,…地区生产总值从1.5万亿元增长到2.2万亿元` in a report of 2023 whose step ends
            // in 2022: from the span's first year, 2017.
            (None, _) if span_start.is_some() => {
                let s = span_start.unwrap_or_default();
                base.year = Some(s);
                base.notes = vec![format!(
                    "由…: the starting value of the span of past years the text reviews, {s}"
                )];
            }
            (None, Some(b)) if target_year.is_none_or(|t| t > b) => {
                base.year = Some(b);
                base.notes = vec![format!(
                    "由…: the starting value, read as the base year {b}"
                )];
            }
            // `稅收收入占比由73.7%提升至89.9%` in a five-year plan's review of the five years
            // before it (its end the plan's base year): from the start of those five years.
            (None, Some(b))
                if target_year == Some(b)
                    && period.end_year.is_some_and(|e| e - b == 5)
                    && t_role == Role::Baseline =>
            {
                base.year = Some(b - 5);
                base.notes = vec![format!(
                    "由…: the starting value of the five years the plan reviews, {}",
                    b - 5
                )];
            }
            _ => {
                base.review = Some(Review::new(
                    ReviewKind::Year,
                    "由…: a starting value of which year?",
                ))
            }
        }
        let target = &mut found[k + 1].1;
        target.name_zh = name;
        if stated_year.is_some() && t_year.is_some() {
            target.year = t_year;
            target.role = t_role;
            target.notes = t_notes;
            target.review = t_review;
            target.comparator = g.target_comparator();
        }
        if target
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name)
        {
            target.review = None;
        }
    }
    // `贫困发生率从2015年底的22.7%降至零`: a starting value whose step ends on a word, not a
    // figure, is still the value of the year it states.
    for (k, f) in figs.iter().enumerate() {
        if stepped[k] || found.len() <= k || found[k].1.value.is_none() {
            continue;
        }
        let before = norm[found[k].0.start..f.start].trim_end();
        let Some(y) = stated
            .captures(before)
            .and_then(|c| c[1].parse::<i32>().ok())
        else {
            continue;
        };
        let base = &mut found[k].1;
        base.year = Some(y);
        base.role = Role::Baseline;
        base.comparator = Comparator::Eq;
        base.notes = vec![format!("从{y}年…: the starting value of {y}")];
        if base
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Year)
        {
            base.review = None;
        }
    }
}

/// The subject of the clause right before `clause_start` in its sentence (after a comma), if
/// that clause states no figure of its own and its subject is a name (2 to 16 chars, no digit).
fn previous_subject(
    line: &Line,
    clause_start: usize,
    found: &[(Range<usize>, Candidate)],
) -> Option<String> {
    let prev = clause_before(&line.norm, clause_start)?;
    // (`全州经济总量连跨3个百亿元台阶,从2020年的639.9亿元跃升至…`: a count of the steps crossed is
    // no figure of the subject's own)
    let steps =
        regex!(r"\d+\s*个[^，,。；;\d]{0,8}(?:台阶|大关)").is_match(&line.norm[prev.clone()]);
    if found
        .iter()
        .any(|(r, c)| *r == prev && !(steps && c.unit == "个"))
    {
        return None;
    }
    let mut subject = subject_of(line, prev);
    if steps {
        // (the subject stops before the count and the verb that crosses the steps)
        let head = subject
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or("");
        subject = regex!(r"(?:连续|接连|先后|连)?(?:跨越|跨过|跨上|迈上|迈过|突破|跨)$")
            .replace(head, "")
            .into_owned();
    }
    // (`我们不断增加施工人员数量,从200多人增加到400多人`: a pronoun names no indicator)
    let ok = (2..=24).contains(&subject.chars().count())
        && !subject.chars().any(|c| c.is_ascii_digit())
        && !subject.starts_with(['我', '你', '他', '她', '它', '其', '这', '那', '该']);
    ok.then_some(subject)
}

/// The name of the one figure the clause before a step states, when the step that opens its
/// clause is in the same unit (`地区生产总值年均增速达6.2%,从2021年的5.7%提升至2024年的6.6%`): the
/// step goes on about that figure's indicator.
fn previous_figure_name(
    line: &Line,
    clause_start: usize,
    found: &[(Range<usize>, Candidate)],
    k: usize,
) -> Option<String> {
    let prev = clause_before(&line.norm, clause_start)?;
    let mut in_prev = found.iter().filter(|(r, _)| *r == prev);
    let (_, c) = in_prev.next()?;
    let same_unit = found.get(k).is_some_and(|(_, s)| s.unit == c.unit);
    (in_prev.next().is_none() && same_unit && c.name_zh.chars().count() >= 2)
        .then(|| c.name_zh.clone())
}

/// The words between a starting value and the value it changes to (`提高到`, `增长至2025年的`,
/// `提升至今年10月的`, `(人民币,下同)增长到`, `(全省65位),发展到“十三五”末的`, `倍增至2023年的`): one definition for a
/// step and for a respective step.
pub(super) fn step_re() -> &'static regex::Regex {
    regex!(
        r#"^\s*(?:[(（][^()（）]{1,16}[)）])?\s*[,，]?\s*(?:(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|压缩|缩短|发展|跃升|攀升|飙升|猛增|激增|拓展|扩展|扩容|倍增|翻番|翻一番|降|升|增|减)?\s*(?:到|至)|(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|发展|跃升|攀升|转变)\s*为)\s*(?:(?P<y>(?:19[4-9]|20\d)\d)\s*年(?:\s*\d{1,2}\s*月)?(?:底|末)?\s*的?|(?P<plan>[“"]?十[二三四五]五[”"]?\s*(?:期)?末)\s*的?|(?:现在|目前|如今|(?P<this>今年)(?:\s*\d{1,2}\s*月)?(?:底|末)?)\s*的?)?\s*(?:约|近)?\s*$"#
    )
}
