//! The year and role of a figure whose clause names no year: from its section (a baseline
//! section's base year, a goals section's end year), a year carried from an earlier sentence, the
//! page's date for what is done or now, else review.

use super::super::tense::{
    clause_at, full_stop_start, names_this_year, sentence_around, sentence_start, speaks_of_future,
    target_clause, target_verb_re,
};
use super::{reviewed_note, unplaced, At, Reading, Tense};
use crate::extract::section::Section;
use crate::extract::text::Line;
use crate::extract::{Period, Role};

/// The year, role, notes and review reason for a figure at `pos` with no year phrase before it.
pub(super) fn year_role(
    line: &Line,
    pos: usize,
    at: At,
    period: Period,
    tense: Tense,
    mut notes: Vec<String>,
) -> Reading {
    let Tense { past, future, .. } = tense;
    match at.section {
        Section::Baseline if at.carry_base.is_some() => {
            let y = at.carry_base.unwrap_or_default();
            notes.push(format!("year not stated: {y}, from an earlier sentence"));
            (Some(y), Role::Baseline, notes, None)
        }
        Section::Baseline if period.base_year.is_none() && at.reviewed.is_some() => {
            let y = at.reviewed.unwrap_or_default();
            notes.push(reviewed_note(y));
            (Some(y), Role::Baseline, notes, None)
        }
        Section::Baseline => match period.base_year {
            Some(b) => {
                notes.push(format!("year not stated: the plan's base year {b}"));
                (Some(b), Role::Baseline, notes, None)
            }
            None => match at.published {
                // `一、我区数字经济发展的现状 … 当前,我区已有2个千亿数字产业集群` on a page
                // dated 2023: the state when it was published.
                Some(y) => {
                    notes.push(format!(
                        "year not stated: the year the page was published ({y})"
                    ));
                    (Some(y), Role::Baseline, notes, None)
                }
                None => unplaced(
                    Role::Baseline,
                    notes,
                    "no year, and the plan's base year is unknown",
                ),
            },
        },
        // (`二、2023年…计划(草案)` / `(一)主要目标` / `地区生产总值增长5.5%`: the year its part's
        // heading or an earlier line named, before the plan's end year)
        Section::Target => match at.carry.or(period.end_year) {
            Some(e) => {
                notes.push(if at.carry.is_some() {
                    format!("year not stated: {e}, from its heading or an earlier sentence")
                } else {
                    format!("year not stated: the plan's end year {e}")
                });
                (Some(e), tense.role_of(e, Some(false), period), notes, None)
            }
            // (`二、工业生产较快增长,转型升级持续推进` then `上半年,全市规模以上工业增加值同比增长
            // 6.8%` in `2025年上半年全市经济运行情况`: a heading worded as a goal, in a report of
            // the period its title names — what the part states is that period's result)
            None if at.report && !future && at.reviewed.is_some() => {
                let y = at.reviewed.unwrap_or_default();
                notes.push(reviewed_note(y));
                (Some(y), Role::Baseline, notes, None)
            }
            None => unplaced(
                Role::Target,
                notes,
                "no year, and the plan's end year is unknown",
            ),
        },
        Section::Other => {
            // A target clause takes the year carried from an earlier sentence, else the
            // document's end year; anything else goes to review.
            // (after a line that announced goals, a figure of the list is one without a verb
            // of its own: `力争固定资产投资增幅16%以上、规上工业产值增幅13%以上`)
            // (`力争…限上社零额同比增长15%以上`: in such a list `同比增长` is the goal's own
            // measure, not a report)
            let listed = at.announced.is_some() && future;
            // (`其中:智力支援类项目58个,安排援疆资金0.87亿元` after a line that plans: what the plan
            // breaks down into is its goals, with no verb of a goal of its own)
            let breakdown = future
                && at.planned_before
                && regex!(r"^\s*其中\s*[,，:：]").is_match(&line.norm)
                && !line.norm[..pos].contains('。');
            let target = (target_clause(&line.norm, pos) && !reported_growth(&line.norm, pos))
                || at.announced.is_some()
                || breakdown;
            let target = target && (!past || listed);
            // `目前,深圳已…固定宽带人口普及率51.5%` in a text on a plan for 2020-2025: a sentence
            // that opens on now states the state when the page was published, else when the plan
            // began (a past figure with no such word still goes to review).
            // (`呼和浩特市是…核心区,目前全市总算力规模突破5.4万P,…;…总出口带宽达5.898Gbps`: a
            // `目前` earlier in the sentence dates its enumeration, `；` included)
            let full_stop = full_stop_start(&line.norm, pos);
            let opens_now = regex!(r"^\s*(?:目前|截至目前|当前|近年来|近年)")
                .is_match(sentence_around(&line.norm, pos));
            // (`截至12月13日,全省新建5G基站22632个,…;全省现有5G签约用户830万户`: a date with no
            // year is in the year the page was published)
            // (`4月8日,江苏如东举办一季度项目集中签约活动,30个总投资约184亿元的项目现场签约`: a
            // sentence opening on a day of no year tells what happened that day, in the page's
            // year; `如东拥有4555平方公里海域面积`: what a place has, now)
            let now_before = regex!(r"目前|当前|(?:截至|截止)\s*\d{1,2}\s*月|^\s*(?:[^，,。；;]{0,24}?讯\s*(?:[(（][^)）]{0,16}[)）])?\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]|拥有")
                .is_match(&line.norm[full_stop..pos]);
            // (`1—11月,全县固定资产投资完成24.3亿元,…;前三季度地区生产总值达62.4亿元`: a part of a
            // year opening a sentence or clause is of the year the page speaks from — only a
            // page's year gives it; `经统计,第一季度我省共举办各类展会活动超过130场`: after a word
            // of counting done, too)
            let part_of_year = regex!(
                r"(?:^|[；;]|(?:经统计|据统计|统计显示)\s*[,，])\s*(?:1\s*[-—–~至]\s*\d{1,2}\s*月份?|前三季度|上半年|第?一季度)\s*[,，]?"
            )
            .is_match(&line.norm[full_stop..pos]);
            if let Some(y) = at.published.filter(|_| !future && part_of_year) {
                notes.push(format!(
                    "year not stated, months of the year the page speaks from: {y}"
                ));
                return (Some(y), Role::Baseline, notes, None);
            }
            if !future && ((past && opens_now) || now_before) {
                if let Some(y) = at.published.or(period.start_year) {
                    notes.push(format!(
                        "year not stated, the past: {y}, when the page was published or its plan began"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
                // (`4月2日,随着…并网投运,新疆新型储能总装机规模…达到1009.7万千瓦` on a page that
                // dates nothing: what a day brought, in a year the page does not give — not a goal
                // of the end year another line names)
                let why = "a report of a day or of now, on a page that gives no year";
                return unplaced(Role::Baseline, notes, why);
            }
            // `我省已发布30个5G典型应用场景` on a dated page: done by the time it was published.
            // (`乌兰察布市建设了5个大数据产业园区,…总投资额达到540多亿元`: a verb with `了`)
            let done = regex!(r"已(?:发布|建成|开通|建设|形成|培育|认定|实现|累计|达到|超过|突破)|(?:建设|建成|开通|培育|形成|实现|引进|落地|完成)了")
                .is_match(&line.norm[sentence_start(&line.norm, pos)..pos]);
            if !future && done {
                if let Some(y) = at.reviewed {
                    notes.push(reviewed_note(y));
                    return (Some(y), Role::Baseline, notes, None);
                }
                if let Some(y) = at.published {
                    notes.push(format!(
                        "year not stated, done (已…): {y}, when the page was published"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
            }
            match (at.announced.or(at.carry), period.end_year) {
                (Some(y), _) if target => {
                    notes.push(format!("year not stated: {y}, from an earlier sentence"));
                    (Some(y), tense.role_of(y, Some(false), period), notes, None)
                }
                // (`未来五年的主要目标是:全县地区生产总值达350亿元以上` on an undated page: five
                // years from when? Not the end year another goal of the text names.)
                (None, Some(_))
                    if target
                        && regex!(r"(?:未来|今后)\s*[五5]\s*年")
                            .is_match(&line.norm[full_stop_start(&line.norm, pos)..pos]) =>
                {
                    let why = "goals of the five years ahead on a page that does not date them: of which end year?";
                    unplaced(Role::Target, notes, why)
                }
                (None, Some(e)) if target => {
                    notes.push(format!(
                        "year not stated: a target of the document's end year {e}"
                    ));
                    (Some(e), Role::Target, notes, None)
                }
                // … unless the sentence says `今年` itself: its year is the page's, which no
                // date gives (`今年,西藏将…到年底新建5G基站3000个` after a `“十四五”时期`).
                (None, None)
                    if target
                        && future
                        && !past
                        && at.last_year.is_some()
                        && !names_this_year(sentence_around(&line.norm, pos)) =>
                {
                    // (a goal is never of a year before the page: `2024年,…` then `力争…超50个`
                    // on a page of 2025 is 2025's)
                    let y = at
                        .last_year
                        .unwrap_or_default()
                        .max(at.published.unwrap_or(i32::MIN));
                    notes.push(format!(
                        "year not stated: {y}, the year an earlier paragraph names (no period stated), not before the page"
                    ));
                    (Some(y), tense.role_of(y, None, period), notes, None)
                }
                // (`确保粮食播种面积稳定在238万亩、产量达48万吨以上` in news of a year's work,
                // dated 2023, that names no year at all: the goals of the page's year)
                // (`确保`, `力争`: a goal set; not `全部建成将吸引20家龙头企业`, what a project
                // would bring, nor `可提供…`)
                (None, None)
                    if target
                        && future
                        && !past
                        && at.yearless
                        && at.published.is_some()
                        && regex!(r"确保|力争|争取")
                            .is_match(&line.norm[sentence_start(&line.norm, pos)..pos]) =>
                {
                    let y = at.published.unwrap_or_default();
                    notes.push(format!(
                        "year not stated: {y}, the page's date, on a page that names no year"
                    ));
                    (Some(y), Role::Target, notes, None)
                }
                _ => unplaced(
                    Role::Target,
                    notes,
                    "no year stated, outside a baseline or goals section",
                ),
            }
        }
    }
}

/// `社会消费品零售总额完成8.1亿元,增长4.9%,…其中城镇居民人均可支配收入21945元、增长3.2%`: a
/// clause whose only verb of a goal is `增长`, in a sentence that says what was completed
/// (`完成8.1亿元`) and has no word of the future, reports growth; it sets no goal.
fn reported_growth(norm: &str, pos: usize) -> bool {
    let clause = clause_at(norm, pos);
    let sentence = sentence_around(norm, pos);
    target_verb_re()
        .find_iter(clause)
        .all(|m| m.as_str() == "增长")
        && !speaks_of_future(sentence)
        && regex!(r"完成\s*\d").is_match(&norm[sentence_start(norm, pos)..pos])
}
