//! The year of a figure in a sentence: year phrases (`到2025年`, `截至2020年底`, `“十三五”期末`),
//! phrases that take the document's own scope (`年内`, `3年内`, `届时`, `到期末`), a goal year
//! carried over from an earlier sentence, and the section's default.

use regex::Regex;

use super::dating::goal_word_re;

use super::tense::{
    clause_at, clause_tense, estimate_only, full_stop_start, goals_announced_at, names_this_year,
    secured_only, sentence_around, sentence_start, since_after, spans_period, target_clause,
};
use crate::extract::text::{Line, Section};
use crate::extract::{Period, Role};

pub(super) fn year_re() -> &'static Regex {
    regex!(concat!(
        r"(?P<pre>到|至|截至|截止到|截止|于|在|力争|争取)?\s*(?P<y1>20\d\d)\s*年?\s*",
        r"(?:[-—–~至到]+\s*(?P<y2>20\d\d)\s*)?年(?P<suf>底|末|前|内|以前|以来|起)?",
        r"|“?十(?P<n>[二三四五])五”?(?P<fsuf>期末|末|期间|时期|以来|期)?",
    ))
}

/// A multiple right after a year phrase (`“十三五”末2倍`): the year is the multiple's base.
fn multiple_re() -> &'static Regex {
    regex!(r"^\s*的?\s*\d+(?:\.\d+)?\s*(?:多)?倍")
}

/// A year's target named by its value (`2020年150万公里目标`).
fn named_target_re() -> &'static Regex {
    regex!(r"^\s*\d+(?:\.\d+)?\s*[^\d，,。；;、]{0,4}?的?(?:目标|任务)")
}

/// A month after a year phrase (`2022年6 月底`, `2022年12月`).
fn month_re() -> &'static Regex {
    regex!(r"^\s*\d{1,2}\s*月(?:份)?(?:底|末)?")
}

/// A year phrase and what it says about the role.
#[derive(Debug, Clone, Copy)]
pub(super) struct YearMark {
    pub end: usize,
    pub year: i32,
    /// `Some(true)`: says baseline (`截至`, `以来`, `十三五`); `Some(false)`: says target (`到`).
    baseline: Option<bool>,
    /// `2019年底上线运行以来`: the year a count starts from, not the year it refers to.
    since: bool,
    /// The words, when they name no year but the document's scope (`年内`, `届时`).
    scope: Option<&'static str>,
    /// `2022年6月底`: a date within the year, as statistics are reported (not `…6月底前`, a
    /// deadline).
    dated: bool,
}

/// Where a line is: its section, and the goal year an earlier line of the section set
/// (`力争到2020年，…`), which later target clauses without a year of their own take.
#[derive(Debug, Clone, Copy)]
pub(super) struct At {
    pub section: Section,
    pub carry: Option<i32>,
    /// The past year an earlier line of a baseline section set (`“十三五”期间，…`).
    pub carry_base: Option<i32>,
    /// The text reports results rather than sets targets ([`is_report`](super::dating::is_report)).
    pub report: bool,
    /// The year the text speaks from ([`speaking_year`](super::dating::speaking_year)).
    pub published: Option<i32>,
    /// The last year phrase of an earlier line (`四川省2021年5G网络“强镇兴乡”工程…`), for
    /// target clauses of a text that states no period.
    pub last_year: Option<i32>,
    /// The last year phrase of an earlier line that sets no goal (`2022年上半年`, `《2024年…报告》
    /// 显示,2024年,…`): the year a report of results speaks of when a sentence names none;
    /// `true` when it closed that year (`截至2022年12月`).
    pub last_past_year: Option<(i32, bool)>,
    /// Inside a government work report's review of the past year (`过去一年,…`, `一、工作回顾`):
    /// the year before the page was published, which its undated achievements speak of.
    pub reviewed: Option<i32>,
    /// The year of the goals an earlier line of the part announced (`2023年,…主要预期目标是:…`
    /// then `力争固定资产投资增幅16%以上`), which the target clauses after it take.
    pub announced: Option<i32>,
}

fn reviewed_note(y: i32) -> String {
    format!("year not stated, a work report's review of the past year: {y}, the year before it was published")
}

/// The last year phrase of a line that says when (not a comparison's base, not a count's
/// start, not a scope word).
pub(super) fn last_year(norm: &str) -> Option<i32> {
    year_marks(norm, Period::default())
        .into_iter()
        .rev()
        .find(|m| !m.since && m.scope.is_none())
        .map(|m| m.year)
}

/// The last year phrase of a line that says when and sets no goal (not `到2025年`), and
/// whether it closes the year (`截至2022年12月`).
///
/// A five-year plan's name alone (`全面实施“十四五”规划的关键之年`) says no year that is past.
pub(super) fn last_past_year(norm: &str) -> Option<(i32, bool)> {
    let period_name = |m: &YearMark| norm[..m.end].trim_end_matches(['”', '"']).ends_with('五');
    year_marks(norm, Period::default())
        .into_iter()
        .rev()
        .find(|m| !m.since && m.scope.is_none() && m.baseline != Some(false) && !period_name(m))
        .map(|m| (m.year, m.baseline == Some(true)))
}

/// Phrases that name the document's own end year: `年内`, `3年内`, `届时`, `到期末`; in an annual
/// plan also `今年`, `全年`, `本年度`, `年底(前)`.
fn scope_re() -> &'static Regex {
    regex!(
        r"(?:\d{1,2}|[一二三四五两])年内|年内|届时|到期末|期末|今年|全年|本年度|本年|年底前|年底"
    )
}

/// A part of a year after `今年` (`上半年`, `前三季度`, `1-7月`, `以来`).
fn part_of_year_re() -> &'static Regex {
    regex!(
        r"^\s*(?:上半年|下半年|前三季度|[一二三四1-4]季度|前\d{1,2}个?月|1\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份|底|末)?|以来)"
    )
}

/// The scope phrases of `norm`, each resolved to the plan's end year (`今年`, `年底前`: the
/// annual plan's year, else the year the page was published, `this_year`).
fn scope_marks(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let annual = period.end_year.is_some() && period.start_year == period.end_year;
    let this_year = if annual { period.end_year } else { this_year };
    if period.end_year.is_none() && this_year.is_none() {
        return Vec::new();
    }
    scope_re()
        .find_iter(norm)
        .filter_map(|m| {
            // `2020年内`, `“十三五”期末`: a year phrase of its own (read by `year_re`); `去年
            // 年底`, `2021年年底`: the end of the year named — also when blanks stand between,
            // as in texts converted from PDF (`到 2022 年底`).
            let before = norm[..m.start()].trim_end().chars().next_back();
            if before.is_some_and(|c| c.is_ascii_digit() || matches!(c, '五' | '”' | '"' | '年'))
            {
                return None;
            }
            let w = m.as_str();
            let year = match w {
                "今年" | "年底前" | "年底" => this_year?,
                // `2020年全年`: the whole of a year named.
                "全年" | "本年度" | "本年" if annual => this_year?,
                // `预计本年度可形成投资1006亿元`: this year, as `今年`.
                "本年度" => this_year?,
                "全年" | "本年" => return None,
                _ => period.end_year?,
            };
            let word: &'static str = match w {
                "年底前" | "年底" => "年底",
                "今年" => "今年",
                "全年" => "全年",
                "本年度" | "本年" => "本年",
                "届时" => "届时",
                "到期末" | "期末" => "期末",
                "年内" => "年内",
                _ => "N年内",
            };
            // `今年上半年`, `今年1-7月`, `今年以来`: a part of the year, as statistics are
            // reported, not the year's goal.
            let dated = w == "今年" && part_of_year_re().is_match(&norm[m.end()..]);
            Some(YearMark {
                end: m.end(),
                year,
                baseline: (!dated).then_some(false),
                since: false,
                scope: Some(word),
                dated,
            })
        })
        .collect()
}

pub(super) fn year_marks(norm: &str, period: Period) -> Vec<YearMark> {
    year_marks_in(norm, period, None)
}

/// [`year_marks`], with `今年` and `年底前` read as `this_year` in a text that is not an annual
/// plan.
pub(super) fn year_marks_in(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let mut out: Vec<YearMark> = year_re()
        .captures_iter(norm)
        .filter_map(|c| {
            let m = c.get(0).expect("match");
            // `比2020年提高5个百分点`, `较2020年增长`, `从2020年的85提高到95`: a comparison's
            // base, not the figure's year.
            let before = &norm[..m.start()];
            if ["比", "较", "相比", "与", "同", "从", "由"]
                .iter()
                .any(|w| before.ends_with(w))
            {
                return None;
            }
            // `基站数量达到“十三五”末2倍`: the base of a multiple, not the figure's year;
            // `提前完成了2020年150万公里目标`: the year of a target named, not a time for what
            // follows.
            if multiple_re().is_match(&norm[m.end()..])
                || named_target_re().is_match(&norm[m.end()..])
            {
                return None;
            }
            // `深入实施“十四五”规划的关键之年`: a plan's name, no time for what follows.
            if c.name("n").is_some()
                && c.name("fsuf").is_none()
                && regex!(r"^[^，,。；;、]{0,12}规划").is_match(&norm[m.end()..])
            {
                return None;
            }
            // `“十四五”期间投资最大的单体项目`: a period that describes a noun by a superlative,
            // no time for what follows.
            if c.name("n").is_some()
                && regex!(r"^[^，,。；;、]{0,8}最[^，,。；;、]{0,6}的").is_match(&norm[m.end()..])
            {
                return None;
            }
            if let Some(n) = c.name("n") {
                let year = match n.as_str() {
                    "二" => 2015,
                    "三" => 2020,
                    "四" => 2025,
                    _ => 2030,
                };
                // `“十三五”期末` in a 十四五 plan is its base; with no known period, a five-year
                // plan's end (`期末`, `期间`, `以来`) before the plan's own end is past.
                let ended = c.name("fsuf").is_some();
                // `到“十四五”期末,…将实现`: by the end of a period is a goal, whatever the text's
                // own period.
                let by = regex!(r"(?:到|至|力争到|争取到)\s*$").is_match(&norm[..m.start()]);
                // `“十四五”时期将是5G网络的大规模建设期`: a period the sentence looks ahead to is
                // no past, whatever its suffix.
                let ahead = regex!(r"^\s*(?:将|要|会|必将)").is_match(&norm[m.end()..]);
                let past = match (period.base_year, period.end_year) {
                    _ if by => Some(false),
                    (Some(b), _) => Some(year <= b),
                    (None, Some(e)) => Some(year < e),
                    (None, None) => (ended && !ahead).then_some(true),
                };
                return Some(YearMark {
                    end: m.end(),
                    year,
                    baseline: past,
                    since: since_after(norm, m.end()),
                    scope: None,
                    dated: false,
                });
            }
            let year: i32 = c
                .name("y2")
                .or(c.name("y1"))
                .and_then(|y| y.as_str().parse().ok())?;
            let pre = c.name("pre").map_or("", |p| p.as_str());
            let suf = c.name("suf").map_or("", |p| p.as_str());
            let baseline = if matches!(pre, "截至" | "截止" | "截止到") || suf == "以来" {
                Some(true)
            } else if matches!(pre, "到" | "至")
                && [
                    "发展", "增加", "增长", "提高", "提升", "扩大", "上升", "下降", "降低",
                ]
                .iter()
                .any(|w| norm[..m.start()].trim_end().ends_with(w))
                // `从建区时的78亿元GDP到2024年突破9501亿元`: the end of a span from a start.
                || (matches!(pre, "到" | "至") && {
                    let before = &norm[..m.start()];
                    let clause = before
                        .rfind(['，', ',', '。', '；', ';'])
                        .map_or(before, |p| &before[p..]);
                    clause.contains(['从', '由']) && !goal_word_re().is_match(clause)
                })
            {
                // `从2015年的51281元增长到2020年的70790元`: the end of a change, whose year says
                // when — a goal only if that year is still ahead.
                None
            } else if matches!(pre, "到" | "至" | "力争" | "争取") {
                Some(false)
            } else {
                None
            };
            // `自2021年以来,…累计`, `2019年至今已开通…`: the year a count starts from.
            // (`2021年起,中山将…`: from a year on)
            let since = matches!(suf, "以来" | "起")
                || norm[m.end()..].trim_start().starts_with("至今")
                || since_after(norm, m.end());
            Some(YearMark {
                end: m.end(),
                year,
                baseline,
                since,
                scope: None,
                dated: month_re()
                    .find(&norm[m.end()..])
                    .is_some_and(|d| !norm[m.end() + d.end()..].starts_with('前')),
            })
        })
        .collect();
    // Year phrases and scope phrases, in the order of the text.
    out.extend(scope_marks(norm, period, this_year));
    out.extend(last_year_marks(norm, period, this_year));
    out.sort_by_key(|m| m.end);
    out
}

/// `去年` (last year) as a past year phrase: the year before the annual plan's year, else
/// before the year the page was published — `去年,河北省…完成固定资产投资150亿元` on a page of
/// 2025 is 2024. Not a comparison's base (`比去年`, `较去年同期`, `与去年相比`).
fn last_year_marks(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let annual = period.end_year.is_some() && period.start_year == period.end_year;
    let Some(this_year) = (if annual { period.end_year } else { this_year }) else {
        return Vec::new();
    };
    regex!(r"去年")
        .find_iter(norm)
        .filter(|m| {
            let before = &norm[..m.start()];
            !["比", "较", "同", "与", "于", "超", "过"]
                .iter()
                .any(|w| before.ends_with(w))
        })
        .map(|m| YearMark {
            end: m.end(),
            year: this_year - 1,
            baseline: Some(true),
            since: false,
            scope: None,
            dated: false,
        })
        .collect()
}

/// The goal year a line leaves for the lines after it (`力争到2020年，A…；B…` followed by more
/// targets): its last year phrase that is not past, not a count's start and after the base year.
pub(super) fn carried_year(norm: &str, period: Period) -> Option<i32> {
    year_marks(norm, period)
        .into_iter()
        .rev()
        .find(|m| {
            m.baseline == Some(false)
                && !m.since
                && m.scope.is_none()
                && period.base_year.is_none_or(|b| m.year > b)
        })
        .map(|m| m.year)
}

/// The past year a line of a baseline section leaves for the lines after it (`“十三五”期间`,
/// `截至2020年底`): its last year phrase that says baseline and is not a count's start.
pub(super) fn carried_base_year(norm: &str, period: Period) -> Option<i32> {
    year_marks(norm, period)
        .into_iter()
        .rev()
        .find(|m| m.baseline == Some(true) && !m.since)
        .map(|m| m.year)
}

/// The latest year after `到`/`力争到`/`至` in the text: a plan's end year when it states no period.
pub(crate) fn latest_goal_year(lines: &[Line]) -> Option<i32> {
    lines
        .iter()
        .flat_map(|l| year_marks(&l.norm, Period::default()))
        .filter(|m| m.baseline == Some(false))
        .map(|m| m.year)
        .max()
}

/// The latest year the text marks as past (`截至2020年底`, `“十三五”期末`) before `end`: the base
/// year of a plan that states no period.
pub(crate) fn latest_base_year(lines: &[Line], end: Option<i32>) -> Option<i32> {
    lines
        .iter()
        .flat_map(|l| year_marks(&l.norm, Period::default()))
        .filter(|m| m.baseline == Some(true) && !m.since && end.is_none_or(|e| m.year < e))
        .map(|m| m.year)
        .max()
}

/// The year, role, notes and review reason for a figure at `pos`.
/// The year of the goals a line announces before `pos` (`2023年,…主要预期目标是:…`), `None`
/// when it announces none: the year of a goal's own phrase inside the list (`主要目标是:到2025年,…`;
/// not a span such as `“十四五”期间`), else the year named before the announcement, else the
/// year an earlier line announced, the year carried from an earlier sentence, the annual plan's,
/// the year after the one a report reviewed, the year an earlier line named.
pub(super) fn goal_year(
    norm: &str,
    marks: &[YearMark],
    pos: usize,
    at: At,
    period: Period,
) -> Option<i32> {
    let a = goals_announced_at(norm, pos)?;
    let dates = |m: &&YearMark| !m.since && !spans_period(norm, m.end);
    let before_pos = marks.iter().rev().filter(|m| m.end <= pos).find(dates);
    if let Some(m) = before_pos.filter(|m| m.end > a) {
        return Some(m.year);
    }
    let annual = period.end_year.is_some() && period.start_year == period.end_year;
    marks
        .iter()
        .rev()
        .filter(|m| m.end <= a)
        .find(dates)
        .map(|m| m.year)
        .or(at.announced)
        .or(at.carry)
        .or(period.end_year.filter(|_| annual))
        .or(at
            .last_past_year
            .filter(|_| at.report && period.end_year.is_none())
            .map(|(y, _)| y + 1))
        .or(at.last_year.filter(|_| period.end_year.is_none()))
}

pub(super) fn year_role(
    line: &Line,
    marks: &[YearMark],
    pos: usize,
    at: At,
    period: Period,
) -> (Option<i32>, Role, Vec<String>, Option<String>) {
    let mut notes = Vec::new();
    let mark = marks.iter().rev().find(|m| m.end <= pos);
    // A plain year (`2022年`, neither `到` nor `截至`) in a clause that reports what was done
    // (`已`, `累计`, `同比增长`), or in a text that sets no goal year at all (a report), is a
    // baseline unless the clause speaks of the future (`力争`, `将`, `预计`).
    let (past, future) = clause_tense(&line.norm, pos);
    // `争取上级资金20.2亿元` in a review (or a baseline section): won, not striven for.
    let (past, future) = if future
        && (at.report || at.reviewed.is_some() || at.section == Section::Baseline)
        && secured_only(&line.norm[sentence_start(&line.norm, pos)..pos])
        && secured_only(clause_at(&line.norm, pos))
    {
        (true, false)
    } else {
        (past, future)
    };
    // `预计地区生产总值增长5%` in a plan's execution report, `预计全年完成地区生产总值164亿元` in a
    // work report's review: an estimate of what the year under review reached, not a goal.
    // (`2024年,预计实现地区生产总值478亿元` on a page of 2025: an estimate of a year gone by)
    let past_year =
        mark.is_some_and(|m| m.scope.is_none() && at.published.is_some_and(|p| m.year < p));
    let estimate = future
        && estimate_only(&line.norm[sentence_start(&line.norm, pos)..pos])
        && (at.section == Section::Baseline || at.reviewed.is_some() || at.report || past_year);
    let future = future && !estimate;
    if estimate {
        if let Some(y) = mark.filter(|m| !m.since).map(|m| m.year).or(at.reviewed) {
            notes.push(format!("an estimate (预计) of what {y} reached"));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // `溧水1至5月共建设5G基站380个` on a page of 2020, its sentence naming no year: what the
    // months so far of the year the page was published reached, as statistics are reported.
    let start = sentence_start(&line.norm, pos);
    if let (Some(y), false) = (at.published, future || mark.is_some_and(|m| m.end > start)) {
        let months = regex!(
            r"(?:^|[^\d年])(?:1\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|前\d{1,2}个?月|前三季度)[^，,。；;]{0,12}$"
        );
        if months.is_match(&line.norm[start..pos]) {
            notes.push(format!(
                "months of the year so far: {y}, the year the page was published"
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // `到2020年底,建设5G基站4000座` outside a baseline section, no word of the past: a goal,
    // even before the period a passing mention (`纳入“十四五”规划`) seems to give the text.
    let goal_said = !past && at.section != Section::Baseline && target_clause(&line.norm, pos);
    let role_of = |year: i32, hint: Option<bool>| -> Role {
        let baseline = match (period.base_year, hint) {
            (_, Some(true)) => true,
            (_, Some(false)) if goal_said => false,
            _ if period.start_year.is_some_and(|s| year < s) => true,
            (_, None) if past && !future => true,
            (Some(b), _) => year <= b,
            (None, Some(false)) => false,
            (None, None) => period.end_year.is_none_or(|e| year < e) && !future,
        };
        if baseline {
            Role::Baseline
        } else if period.end_year.is_some_and(|e| year < e) {
            Role::Milestone
        } else {
            Role::Target
        }
    };
    let carry = at.carry;
    // `提出了2021年…指标体系安排,具体为:地区生产总值增长6.5%左右；…`, `主要预期目标是:…；居民消费
    // 价格涨幅3%左右；粮食产量保持在180万吨以上`: once a line announces its goals, its figures are
    // goals — of the year a phrase before them names, else of the annual plan — even on a page
    // that otherwise reports results.
    if let Some(y) = (!past)
        .then(|| goal_year(&line.norm, marks, pos, at, period))
        .flatten()
    {
        if period.base_year.is_none_or(|b| y > b) {
            notes.push(format!(
                "a goal the line announces (…目标是: / …安排,具体为:): {y}"
            ));
            let role = if period.end_year.is_some_and(|e| y < e) {
                Role::Milestone
            } else {
                Role::Target
            };
            return (Some(y), role, notes, None);
        }
    }
    // `2022年,累计完成…,目前全县互联网出口带宽达620千兆位`, `2022年,…。目前,全省已建成5G基站
    // 5.4万个` on a page of 2023: a `目前` (now) after the year phrase speaks of when the page was
    // published, not of that year.
    if let (Some(m), Some(y), false) = (mark, at.published, future) {
        // Only in the figure's own sentence: `目前` dates its sentence, not the rest of a line.
        // (`；` continues the enumeration `目前` opened)
        let from = m.end.max(full_stop_start(&line.norm, pos)).min(pos);
        let between = &line.norm[from..pos];
        if m.scope.is_none() && !m.since && y > m.year && regex!(r"目前|当前").is_match(between)
        {
            notes.push(format!(
                "now (目前) after {}: {y}, when the page was published",
                m.year
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // A report's figure in a sentence that does not speak of the future: achieved (a work
    // report's review of the past year is a report, whatever the rest of the page is).
    // `一、2022年工作回顾` … `全年完成投资141.6亿元`: the whole of the year the part reviews,
    // not of the annual plan the report goes on to set out.
    let reviewed_year = match at.section {
        Section::Baseline => at.carry_base.or(at.reviewed),
        _ => at.reviewed,
    };
    if let (Some(m), Some(y), false) = (mark, reviewed_year, future) {
        if matches!(m.scope, Some("全年" | "本年")) {
            notes.push(format!(
                "{}: the year its part reviews, {y}",
                m.scope.unwrap_or_default()
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    if (at.report || at.reviewed.is_some()) && !future {
        match mark {
            Some(m) if m.scope.is_none() && !m.since => {
                notes.push(format!("a report of results: achieved by {}", m.year));
                return (Some(m.year), Role::Baseline, notes, None);
            }
            // (`18个项目一年内投产达效` in a review: a duration, not the plan's scope)
            _ if at.section == Section::Other
                && mark.is_none_or(|m| m.scope == Some("N年内") && at.reviewed.is_some()) =>
            {
                if let Some(y) = at.reviewed {
                    notes.push(reviewed_note(y));
                    return (Some(y), Role::Baseline, notes, None);
                }
                if let Some(y) = at.published {
                    notes.push(format!(
                        "a report of results, year not stated: the year it was published ({y})"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
                if let Some(y) = period.start_year {
                    notes.push(format!(
                        "a report of results, year not stated: the year of the plan it reports on ({y})"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
                // `2022年上半年` / `《2024年…报告》显示,2024年,…` on an earlier line, then
                // `去年,…新建移动基站1万个`: the year the report speaks of.
                // (in a sentence that says `今年`, only if that line left the year open:
                // `截至2022年12月…` then `今年1月…` is the next year, which the page does not date)
                let names_this_year = names_this_year(sentence_around(&line.norm, pos));
                let usable = at.last_past_year.filter(|&(_, c)| !(c && names_this_year));
                if let Some((y, _)) = usable {
                    notes.push(format!(
                        "a report of results, year not stated: {y}, the year an earlier line reports on"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
            }
            _ => {}
        }
    }
    match (mark, at.section) {
        (Some(m), _) if m.since => match (period.base_year, at.published) {
            (Some(b), _) if b >= m.year => {
                notes.push(format!("since {}: read as at the base year {b}", m.year));
                (Some(b), Role::Baseline, notes, None)
            }
            // `2019年至今已开通5G基站13586个` on a page dated 2020: counted up to when it was
            // published.
            (_, Some(p)) if p >= m.year && !future => {
                notes.push(format!(
                    "since {}: counted up to the year the page was published ({p})",
                    m.year
                ));
                (Some(p), Role::Baseline, notes, None)
            }
            _ => (
                None,
                Role::Baseline,
                notes,
                Some(format!("counted since {}: to which year?", m.year)),
            ),
        },
        // `年内已完成5G投资95亿元` on a page of 2020: done within the year the page speaks in, not
        // by the plan's end.
        (Some(m), _)
            if matches!(m.scope, Some("年内" | "全年"))
                && past
                && !future
                && at.published.is_some() =>
        {
            let y = at.published.unwrap_or(m.year);
            notes.push(format!(
                "{}, done: {y}, the year the page was published",
                m.scope.unwrap_or_default()
            ));
            (Some(y), Role::Baseline, notes, None)
        }
        (Some(m), _) => {
            if let Some(w) = m.scope {
                notes.push(format!("{w}: the plan's end year {}", m.year));
            }
            // `发展到2022年6月底的50678座`: a dated figure, not spoken of as future, is reached.
            // `截至6月30日,…其中,今年建成5G基站1861个`: this year's figure in a clause of the
            // past is reached, not aimed at.
            // `2024年,南山区…比重达56%` on a page of 2025: a year before the page, not spoken of
            // as future and with no `到`, is reached.
            let before_page = m.scope.is_none() && at.published.is_some_and(|p| m.year < p);
            let reached = m.dated
                || (m.scope == Some("今年") && past)
                || (m.baseline.is_none() && before_page);
            let hint = if reached && !future {
                Some(true)
            } else {
                m.baseline
            };
            (Some(m.year), role_of(m.year, hint), notes, None)
        }
        (None, Section::Baseline) if at.carry_base.is_some() => {
            let y = at.carry_base.unwrap_or_default();
            notes.push(format!("year not stated: {y}, from an earlier sentence"));
            (Some(y), Role::Baseline, notes, None)
        }
        (None, Section::Baseline) if period.base_year.is_none() && at.reviewed.is_some() => {
            let y = at.reviewed.unwrap_or_default();
            notes.push(reviewed_note(y));
            (Some(y), Role::Baseline, notes, None)
        }
        (None, Section::Baseline) => match period.base_year {
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
                None => (
                    None,
                    Role::Baseline,
                    notes,
                    Some("no year, and the plan's base year is unknown".into()),
                ),
            },
        },
        // (`二、2023年…计划(草案)` / `(一)主要目标` / `地区生产总值增长5.5%`: the year its part's
        // heading or an earlier line named, before the plan's end year)
        (None, Section::Target) => match at.carry.or(period.end_year) {
            Some(e) => {
                notes.push(if at.carry.is_some() {
                    format!("year not stated: {e}, from its heading or an earlier sentence")
                } else {
                    format!("year not stated: the plan's end year {e}")
                });
                (Some(e), role_of(e, Some(false)), notes, None)
            }
            None => (
                None,
                Role::Target,
                notes,
                Some("no year, and the plan's end year is unknown".into()),
            ),
        },
        (None, Section::Other) => {
            // A target clause takes the year carried from an earlier sentence, else the
            // document's end year; anything else goes to review.
            // (after a line that announced goals, a figure of the list is one without a verb
            // of its own: `力争固定资产投资增幅16%以上、规上工业产值增幅13%以上`)
            // (`力争…限上社零额同比增长15%以上`: in such a list `同比增长` is the goal's own
            // measure, not a report)
            let listed = at.announced.is_some() && future;
            let target =
                (target_clause(&line.norm, pos) || at.announced.is_some()) && (!past || listed);
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
            let now_before = regex!(r"目前|当前|(?:截至|截止)\s*\d{1,2}\s*月")
                .is_match(&line.norm[full_stop..pos]);
            if !future && ((past && opens_now) || now_before) {
                if let Some(y) = at.published.or(period.start_year) {
                    notes.push(format!(
                        "year not stated, the past: {y}, when the page was published or its plan began"
                    ));
                    return (Some(y), Role::Baseline, notes, None);
                }
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
            match (at.announced.or(carry), period.end_year) {
                (Some(y), _) if target => {
                    notes.push(format!("year not stated: {y}, from an earlier sentence"));
                    (Some(y), role_of(y, Some(false)), notes, None)
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
                    let y = at.last_year.unwrap_or_default();
                    notes.push(format!(
                        "year not stated: {y}, the year an earlier paragraph names (no period stated)"
                    ));
                    (Some(y), role_of(y, None), notes, None)
                }
                _ => (
                    None,
                    Role::Target,
                    notes,
                    Some("no year stated, outside a baseline or goals section".into()),
                ),
            }
        }
    }
}

/// The one year a heading names (`一、2024年工作回顾`); none for a range (`2023—2025年`) or
/// several years.
pub(super) fn heading_year(norm: &str) -> Option<i32> {
    let years: Vec<i32> = regex!(r"(20\d\d)\s*年")
        .captures_iter(norm)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    let range = regex!(r"20\d\d\s*年?\s*[-—–~至到]+\s*20\d\d").is_match(norm);
    match years[..] {
        [y] if !range => Some(y),
        _ => None,
    }
}
