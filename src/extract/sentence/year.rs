//! The year and role of a figure in a sentence, from the year phrases around it
//! ([`super::marks`]), the words of its clause ([`super::tense`]), where the line is (its section,
//! a review, an announced goal) and the section's default.

mod dated;
mod undated;

use super::marks::{Span, YearMark};
use super::tense::{
    clause_at, clause_tense, estimate_of_past_year, estimate_only, estimate_only_in_review,
    full_stop_start, goals_announced_at, names_this_year, past_word_re, secured_only,
    sentence_around, sentence_start, spans_period, target_clause,
};
use crate::extract::section::Section;
use crate::extract::text::Line;
use crate::extract::{Period, Review, ReviewKind, Role};

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
    /// The text is a plan whose title states no period (`新疆关于…推进乡村全面振兴的实施方案`)
    /// and that reports no results: what it says of the year it was published in, or later,
    /// is a goal unless a word of the past says otherwise.
    pub plan_page: bool,
    /// No line of the text but its datelines names a calendar year or a five-year period
    /// ([`names_no_year`](super::dating::names_no_year)): the page's own date is the only year
    /// it has.
    pub yearless: bool,
    /// The year the text speaks from ([`speaking_year`](super::dating::speaking_year)).
    pub published: Option<i32>,
    /// The last year phrase of an earlier line (`四川省2021年5G网络“强镇兴乡”工程…`), for
    /// target clauses of a text that states no period.
    pub last_year: Option<i32>,
    /// The year the page speaks from, once a line after the last year phrase said `今年`
    /// (`今年政府工作的总体要求是:…` then `主要预期目标是:`): the year of goals announced
    /// without a year.
    pub this_year: Option<i32>,
    /// The last year phrase of an earlier line that sets no goal (`2022年上半年`, `《2024年…报告》
    /// 显示,2024年,…`): the year a report of results speaks of when a sentence names none;
    /// `true` when it closed that year (`截至2022年12月`).
    pub last_past_year: Option<(i32, bool)>,
    /// Inside a government work report's review of the past year (`过去一年,…`, `一、工作回顾`):
    /// the year before the page was published, which its undated achievements speak of.
    pub reviewed: Option<i32>,
    /// The text presents a period's record ([`presents_results`](super::dating::presents_results):
    /// `展示…“十四五”期间…成就`, a press conference of a period's results): a figure that states
    /// no year of its own may be the period's total, its last full year's or the page's.
    pub record: bool,
    /// The year of the goals an earlier line of the part announced (`2023年,…主要预期目标是:…`
    /// then `力争固定资产投资增幅16%以上`), which the target clauses after it take.
    pub announced: Option<i32>,
    /// The span of past years an earlier line or the part's heading reviews (`过去五年,…`,
    /// `“十四五”时期重大成就`), where the steps it reports start.
    pub span: Option<Span>,
    /// The last sentence of the line before plans and reports nothing done (`阿克苏地区计划实施援疆
    /// 项目370个,安排援疆资金17.56亿元。`): a line that opens on its breakdown (`其中:智力支援类项目
    /// 58个`) plans too.
    pub planned_before: bool,
    /// The year the last sentence that opens on a year as its time names (`2021年,我市建成…`,
    /// `记者从…获悉:2023年,…`), until a line speaks of now (`目前`, `现有`).
    pub opened_year: Option<i32>,
    /// The page is dated in the second half of the year it speaks from (`时间:2025-09-10`).
    pub late_page: bool,
}

/// What a figure's clause says of time, once its page and section have had their say: a word of
/// the past (`已`, `累计`), of the future (`力争`, `将`), and whether it states a goal outside a
/// baseline section with no word of the past.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tense {
    pub past: bool,
    pub future: bool,
    pub goal_said: bool,
}

impl Tense {
    /// The role of a figure of `year`, given the hint of its year phrase (`Some(true)`: reached,
    /// `Some(false)`: aimed at, `None`: the phrase does not say).
    fn role_of(self, year: i32, hint: Option<bool>, period: Period) -> Role {
        let Tense {
            past,
            future,
            goal_said,
        } = self;
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
        } else {
            goal_role(year, period)
        }
    }
}

/// A figure's year (`None` when it goes to review), role, notes and review reason.
pub(super) type Reading = (Option<i32>, Role, Vec<String>, Option<Review>);

/// A figure of `role` whose year the text does not give: no year, and a reason for review.
pub(super) fn unplaced(role: Role, notes: Vec<String>, why: impl Into<String>) -> Reading {
    (None, role, notes, Some(Review::new(ReviewKind::Year, why)))
}

/// The note of a figure dated by the work report's review it is in (the year before publication).
pub(super) fn reviewed_note(y: i32) -> String {
    format!("year not stated, a work report's review of the past year: {y}")
}

/// Whether a year phrase ending at `end` stands in brackets that close before `pos`
/// (`一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上`):
/// it dates nothing after them.
fn bracketed(norm: &str, end: usize, pos: usize) -> bool {
    let before = &norm[..end];
    let open = before.rfind(['(', '（']);
    let close = before.rfind([')', '）']);
    open.is_some_and(|o| close.is_none_or(|c| c < o)) && norm[end..pos].contains([')', '）'])
}

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
    let dates =
        |m: &&YearMark| !m.since && !spans_period(norm, m.end) && !bracketed(norm, m.end, pos);
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
        .or(at.this_year.filter(|_| period.end_year.is_none()))
        .or(at.last_year.filter(|_| period.end_year.is_none()))
        // (`全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上` on a page of 2025 that names no
        // year: the goals of the year the page speaks from — unless they are rates a year on
        // average (`年均增长8%`), which a plan of several years sets)
        .or(at
            .published
            .filter(|_| period.end_year.is_none() && !norm[a..].contains("年均")))
}

/// The year, role, notes and review reason for a figure at `pos`: the page's and the section's
/// context first (estimates, months so far, announced goals, `目前`, `这一年`, reports of
/// results), then the figure's own year phrase ([`dated`]) or, with none, its section
/// ([`undated`]).
pub(super) fn year_role(
    line: &Line,
    marks: &[YearMark],
    pos: usize,
    at: At,
    period: Period,
) -> Reading {
    let mut notes = Vec::new();
    // (`昭通新机场…预计2023年建成投用。昭通机场航线从1条拓展到10条`: a project's expected date in
    // an earlier sentence dates that project only)
    let start = sentence_start(&line.norm, pos);
    let scheduled = |m: &&YearMark| {
        m.end <= start
            && regex!(r"(?:预计|计划)\s*(?:19|20)\d\d\s*年$").is_match(&line.norm[..m.end])
            && regex!(
                r"^\s*(?:\d{1,2}\s*月)?(?:底|前|内)?\s*(?:建成|开工|通车|投用|投产|竣工|完工)"
            )
            .is_match(&line.norm[m.end..])
    };
    let mark = marks
        .iter()
        .rev()
        .find(|m| m.end <= pos && !scheduled(m) && !bracketed(&line.norm, m.end, pos));
    // (`2021年,三亚经济稳增长趋势明显,全年全市地区生产总值835.37亿元`, `2024年,…。预计,全年地区
    // 生产总值增长5.4%左右` on a page of 2025: `全年` is the whole of the year the line named
    // before it)
    let mark = match mark {
        Some(m) if m.scope == Some("全年") => marks
            .iter()
            .rev()
            .find(|d| d.end <= pos && d.scope.is_none() && !d.since)
            .filter(|d| d.baseline != Some(false))
            .or(Some(m)),
        _ => mark,
    };
    // A plain year (`2022年`, neither `到` nor `截至`) in a clause that reports what was done
    // (`已`, `累计`, `同比增长`), or in a text that sets no goal year at all (a report), is a
    // baseline unless the clause speaks of the future (`力争`, `将`, `预计`).
    let (past, future) = clause_tense(&line.norm, pos);
    // (`…计划实施援疆项目370个,安排援疆资金17.56亿元。` then a line `其中:智力支援类项目58个,安排援疆
    // 资金0.87亿元;…`: the breakdown of a plan, in its first sentence, is planned)
    let future = future
        || (!past
            && at.planned_before
            && regex!(r"^\s*其中\s*[,，:：]").is_match(&line.norm)
            && !line.norm[..pos].contains('。'));
    // `一、建设发展目标` … `全州5G建设投资累计完成6亿元`: under a heading of goals a cumulative
    // total (`累计完成`, `累计建成`) is what the plan sums to, not a word of the past.
    let words: Vec<&str> = past_word_re()
        .find_iter(clause_at(&line.norm, pos))
        .map(|m| m.as_str())
        .collect();
    let past = past
        && !(at.section == Section::Target
            && at.reviewed.is_none()
            && !words.is_empty()
            && words.iter().all(|w| w.starts_with("累计")));
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
    // (`截至目前,全区地区生产总值预计完成196亿元` on a page of June 2023: an estimate of the
    // year so far, the page's)
    let so_far = regex!(r"截至目前|截止目前|上半年|前三季度|今年以来")
        .is_match(&line.norm[full_stop_start(&line.norm, pos)..pos]);
    let sentence_before = &line.norm[sentence_start(&line.norm, pos)..pos];
    // (`预计全年地区生产总值有望突破600亿元` in a report of the year's end: the whole year's
    // estimate is what it reached)
    let whole_year = regex!(r"^\s*预计\s*全年").is_match(sentence_before);
    let estimate = future
        && (estimate_only(sentence_before)
            || (at.reviewed.is_some() && estimate_only_in_review(sentence_before))
            || (past_year && estimate_of_past_year(sentence_before)))
        && (at.section == Section::Baseline
            || at.reviewed.is_some()
            || at.report
            || past_year
            || so_far
            || whole_year);
    // (`预计至2026年引进企业达100家` on a page of 2022: a year after the page's is forecast, not
    // reached)
    let estimate = estimate
        && !mark.is_some_and(|m| {
            !m.since && m.scope.is_none() && at.published.is_some_and(|p| m.year > p)
        });
    let future = future && !estimate;
    // The year a review part reports on (`一、2022年工作回顾`), in a base-year section its base.
    let reviewed_year = match at.section {
        Section::Baseline => at.carry_base.or(at.reviewed),
        _ => at.reviewed,
    };
    if estimate {
        let now = at.published.filter(|_| so_far);
        // (`一、2024年…计划执行情况` … `预计全年新增规上企业70户以上` in a report of 2024 that
        // goes on to plan 2025: `全年` is the year its part reviews, as below)
        let whole_reviewed =
            |m: &&YearMark| matches!(m.scope, Some("全年" | "本年")) && reviewed_year.is_some();
        if let Some(y) = mark
            .filter(|m| !m.since && !whole_reviewed(m))
            .map(|m| m.year)
            .or(at.reviewed)
            .or(now)
        {
            notes.push(format!("an estimate (预计) of what {y} reached"));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // `■至2022年底,全市新建成5G宏基站1880座` on a page of 2020: a year after the page's own is
    // ahead of it, whatever the verb's tense.
    // (the figure's own sentence's year: `“十四五”重点任务…。截至一季度末,…` is no year after it)
    let own_sentence = full_stop_start(&line.norm, pos);
    let beyond_page = mark.is_some_and(|m| {
        !m.since
            && m.scope.is_none()
            && m.end > own_sentence
            && at.published.is_some_and(|p| m.year > p)
    });
    let (past, future) = (past && !beyond_page, future || beyond_page);
    // `2025年,全区第一产业增加值增长4.5%以上` in an undated-period plan of March 2025: the page's
    // own year in a plan is a goal.
    let plan_year = at.plan_page
        && !past
        && mark.is_some_and(|m| {
            !m.since && m.scope.is_none() && at.published.is_some_and(|p| m.year >= p)
        });
    let future = future || plan_year;
    // `2022年毕节地区生产总值为2206.52亿元,…。今年上半年,实现地区生产总值1136.47亿元` on an undated
    // page: `今年` is the page's year, which no earlier sentence gives.
    if at.published.is_none()
        && mark.is_some_and(|m| m.end <= own_sentence)
        && names_this_year(&line.norm[own_sentence..pos])
    {
        let role = if past && !future {
            Role::Baseline
        } else {
            Role::Target
        };
        let why = "今年 (this year) on a page whose date is unknown: which year?";
        return unplaced(role, notes, why);
    }
    // `溧水1至5月共建设5G基站380个` on a page of 2020, its sentence naming no year: what the
    // months so far of the year the page was published reached, as statistics are reported.
    let start = sentence_start(&line.norm, pos);
    if let (Some(y), false) = (at.published, future || mark.is_some_and(|m| m.end > start)) {
        let months = regex!(
            r"(?:^|[^\d年])(?:1\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|前\d{1,2}个?月|前三季度)[^，,。；;]{0,12}$"
        );
        // (`截至一季度末,全市累计建成5G基站4644个`: as of a date in the page's year, its
        // sentence naming no year)
        let as_of = regex!(
            r"^\s*(?:截至|截止)(?:今年)?\s*(?:[一二三四1-4]季度末|\d{1,2}\s*月(?:底|末|\d{1,2}\s*日)?|上半年末|年中)"
        );
        let own = &line.norm[own_sentence..pos];
        let dated_here = mark.is_some_and(|m| m.end > own_sentence);
        // (`2021年全区实现生产总值752.14亿元,…。从增长走势来看,一季度、上半年、前三季度和全年
        // GDP增速分别为18.8%…` on a page of 2022: the paragraph's year, stated before, is the
        // year whose months these are)
        let paragraph_year = mark.is_some_and(|m| {
            !m.since && m.scope.is_none() && m.baseline != Some(false) && m.year < y
        });
        if (months.is_match(&line.norm[start..pos]) && !paragraph_year)
            || (as_of.is_match(own) && !dated_here)
        {
            notes.push(format!(
                "months of the year so far: {y}, the year the page was published"
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // `到2020年底,建设5G基站4000座` outside a baseline section, no word of the past: a goal,
    // even before the period a passing mention (`纳入“十四五”规划`) seems to give the text.
    let goal_said = !past && at.section != Section::Baseline && target_clause(&line.norm, pos);
    let tense = Tense {
        past,
        future,
        goal_said,
    };
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
            let role = goal_role(y, period);
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
    // `2022年12月25日至31日,…。` then `这一年,三亚实际利用外资同比增长57.7%`: `这一年` (that
    // year) is the year the text named last; so, in a report of results, is `全年` or `年末`
    // (`2023年,全市地区生产总值…` then `全年全市一般公共预算收入完成124.6亿元`).
    // `2023年宝安GDP为5202.01亿元…。` then `其中,第一产业增加值为0.87亿元,同比增长4.7%;…`: a
    // breakdown (`其中`) of what was reported is of the same year.
    if let (None, Some(y), false) = (mark, at.last_year, future) {
        let from = full_stop_start(&line.norm, pos);
        let sentence = &line.norm[from..pos];
        let whole = line.norm[from..]
            .find('。')
            .map_or(&line.norm[from..], |e| &line.norm[from..from + e]);
        if regex!(r"^\s*(?:这一年|那一年)").is_match(sentence) {
            notes.push(format!("这一年 / 全年: {y}, the year named last"));
            return (Some(y), Role::Baseline, notes, None);
        }
        // (`湘潭县2023年政府工作报告` … `一、全面回顾全年工作` … `全年完成地区生产总值595亿元`: in
        // a review part, `全年` is the year the part reviews, not the report's title year)
        if (at.report || past) && regex!(r"^\s*(?:全年|年末)").is_match(sentence) {
            if let Some(r) = reviewed_year {
                notes.push(format!("全年: the year its part reviews, {r}"));
                return (Some(r), Role::Baseline, notes, None);
            }
            notes.push(format!("这一年 / 全年: {y}, the year named last"));
            return (Some(y), Role::Baseline, notes, None);
        }
        // (`2023年末,全县共有數字經濟核心產業企業法人單位63個` then `在數字經濟核心產業企業法人單位中,
        // 數字產品服務業10個,占15.9%`: `在…中` (among them) breaks down the same, on a page of a
        // later year)
        if regex!(r"^\s*(?:其中\s*[,，:：]|在[^，,。；;]{2,40}中\s*[,，])").is_match(sentence)
            && (at.report || past_word_re().is_match(whole) || at.published.is_some_and(|p| y < p))
            && !names_this_year(whole)
            && !whole.contains("去年")
        {
            notes.push(format!(
                "其中: a breakdown of what was reported in {y}, the year named last"
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    // `预计9月底累计建设完成5G站点1425座` on a page of April 2020: a deadline later in the year,
    // its year unsaid, is the page's year.
    if let (None, Some(y), true) = (mark, at.published, future) {
        let from = full_stop_start(&line.norm, pos);
        if regex!(r"(?:^|[^\d])\d{1,2}\s*月(?:底|末)|年底|年末").is_match(&line.norm[from..pos])
        {
            notes.push(format!(
                "a deadline this year: {y}, when the page was published"
            ));
            let role = goal_role(y, period);
            return (Some(y), role, notes, None);
        }
    }
    // A report's figure in a sentence that does not speak of the future: achieved (a work
    // report's review of the past year is a report, whatever the rest of the page is).
    // `一、2022年工作回顾` … `全年完成投资141.6亿元`: the whole of the year the part reviews,
    // not of the annual plan the report goes on to set out.
    if let (Some(m), Some(y), false) = (mark, reviewed_year, future) {
        if matches!(m.scope, Some("全年" | "本年")) {
            notes.push(format!(
                "{}: the year its part reviews, {y}",
                m.scope.unwrap_or_default()
            ));
            return (Some(y), Role::Baseline, notes, None);
        }
    }
    if (((at.report || (past && at.published.is_some() && at.section == Section::Other))
        && at.section != Section::Target)
        || at.reviewed.is_some())
        && !future
    {
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
                // (`累计建成高标准农田58.4万亩` on a page presenting a county's five-year record:
                // the period's total, its last full year's or the page's — for review)
                // (`已集聚1500余家人工智能企业`: a stock the page reports as reached now — its year)
                let now = regex!(r"已|目前|现有|当前|截至|截止")
                    .is_match(&line.norm[sentence_start(&line.norm, pos)..pos]);
                if at.record && !now {
                    let why = "a period's record, year not stated: the period's total, its last full year or the page's year?";
                    return unplaced(Role::Baseline, notes, why);
                }
                // (`2021年,我市建成48个中小学幼儿园项目,新增学位5万个。` then `全市拥有各级各类全日制
                // 学校1500所` on a page of 2022: the year just ended, whose results the page reports
                // — not a part of a year, a running total or the present, which are the page's)
                let names_this_year = names_this_year(sentence_around(&line.norm, pos));
                let page_time = regex!(r"累计|\d{1,2}\s*月|上半年|前三季度|一季度")
                    .is_match(&line.norm[sentence_start(&line.norm, pos)..pos]);
                if let Some(y) = at.opened_year.filter(|&y| {
                    at.published == Some(y + 1) && !now && !names_this_year && !page_time
                }) {
                    notes.push(format!(
                        "a report of results, year not stated: {y}, the year just ended that an earlier sentence opens on"
                    ));
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
    match mark {
        Some(m) => dated::year_role(line, m, at, period, tense, notes),
        None => undated::year_role(line, pos, at, period, tense, notes),
    }
}

/// Whether the figure from `start` to `end` is named a goal where it stands (`省下达年度目标
/// (2170座)`, `高标准农田建设考核指标23.1万亩`, `农村改厕任务38283座`, `控制在省定目标3.0%以内`,
/// `远超既定的500亿元投资目标`): the value set for the year, not the value reached, whatever the
/// section or tense around it. `clause` is where its clause starts.
pub(super) fn named_goal(norm: &str, clause: usize, start: usize, end: usize) -> bool {
    let before = norm.get(clause..start).unwrap_or("");
    let after = norm.get(end..).unwrap_or("");
    // (`完成烟叶生产任务603万公斤`: a task completed, its value reached — but `完成省下达年度目标
    // (2170座)的99.8%` names in brackets the goal a share was done of)
    let done = regex!(r"完成[^，,。；;]{0,12}$").is_match(before)
        && !before.trim_end().ends_with(['(', '（']);
    (regex!(r"(?:目标|任务|考核指标|计划指标)\s*(?:为|是|[:：(（])?\s*$").is_match(before) && !done)
        || regex!(r"^[^，,。；;的\d]{0,4}目标").is_match(after)
}

/// A goal of year `y`: a milestone before the plan's end year, else a target.
pub(super) fn goal_role(y: i32, period: Period) -> Role {
    if period.end_year.is_some_and(|e| y < e) {
        Role::Milestone
    } else {
        Role::Target
    }
}
