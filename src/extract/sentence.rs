//! Figures in sentences: `到2025年，全市5G基站超1200个`, `截至2020年底，全市登云企业达923家`.
//!
//! Each figure gets a name (the words before its verb, or for `建成300个在线视讯平台` the words
//! after its unit), a year (the nearest year phrase before it in its paragraph, else the
//! section's: base year in `发展基础`, end year in goals and tasks) and a comparator from the
//! words around it ([`super::figure`]). What cannot be tied down goes to review.

use std::collections::BTreeSet;
use std::ops::Range;

mod budget;
mod chronicle;
mod coverage;
mod dating;
mod each;
mod from_to;
mod inherit;
mod marks;
mod measured;
mod name;
mod not_level;
mod respectively;
mod review;
mod tense;
mod year;
use tense::{names_this_year, speaks_of_future};

use coverage::full_coverage;
use dating::{
    is_report, opening_year, opens_on_progress, presents_results, reported_year, review_heading,
};
pub(crate) use dating::{presents_work_report, speaking_year};
use each::split_each;
use from_to::from_to;
use inherit::{
    annual_plan_values, inherit_cumulative, inherit_listed_years, inherit_subjects,
    inherit_unnamed, name_bracketed_levels, name_growth_rates, name_item_investments,
    name_sector_breakdowns,
};
use marks::{
    carried_base_year, carried_past_year, carried_year, heading_year, last_past_year, last_year,
    year_marks, year_marks_in, YearMark,
};
pub(crate) use marks::{latest_base_year, latest_goal_year};
use measured::inherit_measured;
use name::{action_len, lead_len, name_of, names_nothing, MAX_NAME_CHARS};
use not_level::why_not_a_level;

use respectively::split_respectively;
use year::{goal_year, year_role, At};

use super::figure::{figures, Figure, Qualifier};
use super::section::{heading, Section, Sections};
use super::table::relative_in;
use super::text::Line;
use super::{Basis, Candidate, ExtractOptions, Found, Period, Review, ReviewKind, Role};
use crate::target::{Comparator, TargetKind};

/// The review of a figure with no name next to it ([`ReviewKind::Name`]); later passes (a rate
/// named after its level, a clause inheriting the subject before it) clear it when they find one.
fn unnamed() -> Review {
    Review::new(ReviewKind::Name, "no indicator name next to the figure")
}

/// Clause boundaries: `，,；;。！？!?` (a comma between digits is a thousands separator).
fn clauses(norm: &str) -> Vec<Range<usize>> {
    let b = norm.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in norm.char_indices() {
        let cut = match c {
            '，' | '；' | ';' | '。' | '！' | '？' | '!' | '?' => true,
            ',' => {
                !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            }
            _ => false,
        };
        if cut {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    out.push(start..norm.len());
    out
}

/// Reads the sentences of every line that is not part of a table.
pub(crate) fn read(
    lines: &[Line],
    table_lines: &BTreeSet<usize>,
    period: Period,
    options: &ExtractOptions,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let published = speaking_year(lines, options.published_year());
    // A title that names the year reported on (`2023年上半年经济运行情况`) makes the text a report
    // of that year.
    let reported = reported_year(lines);
    // (a text that opens on the time so far, `今年以来,…`, is a progress report)
    let record = presents_results(lines);
    // (`2022年,福州马尾区在多个领域取得了显著的发展成就,…以下是…2022年建设成就的盘点。` opening
    // a page that states no later year: the whole page looks back on 2022, a report of its results)
    // (`海南“十三五”期间将光网、路网…列为战略性基础设施,…取得明显成效` on a page of 2021: the
    // period's results, of its last year 2020)
    let achieved = dating::first_text_lines(lines, 3).find_map(|l| {
        review::achieved_year(&l.norm)
            .filter(|&y| published.is_none_or(|p| y < p))
            .or_else(|| review::period_achieved(&l.norm, published))
            .or_else(|| review::last_years_results(&l.norm, published))
            .or_else(|| review::datelined_last_year(&l.norm, published))
            .or_else(|| review::headline_results(&l.norm, published))
    });
    // (`2023年以来,邹城锚定…` after a newspaper's title, date and byline, on a page of January
    // 2024: the page looks back on 2023)
    let achieved = achieved.or_else(|| {
        dating::first_text_lines(lines, 8).find_map(|l| review::since_year(&l.norm, published))
    });
    // (`…省长梁惠玲作《政府工作报告》。报告指出,2023年黑龙江农业现代化水平持续提升。` on a page of
    // January 2024 with no word of a goal: news of a work report's review of the year before)
    let achieved = achieved.or_else(|| {
        dating::first_text_lines(lines, 8)
            .find_map(|l| review::report_looks_back(&l.norm, published))
            .filter(|_| dating::presents_work_report(lines) && !dating::speaks_of_goals(lines))
    });
    let report = reported.is_some()
        || achieved.is_some()
        || is_report(lines, published)
        || opens_on_progress(lines)
        || record;
    // The year the whole text reports on, when its title or opening names it (`2023年上半年经济运行
    // 情况`; a report that opens `2023年是…开局之年`), whenever its page was published.
    // (a news page of results presenting a work report, `1月9日,…市长刘洁作政府工作报告。2023年,
    // …`, reviews the year before the page's where it reports)
    // (`12月27日,同安区…代区长周桂良作《政府工作报告》,总结一年工作成效` on a page dated
    // 2023-12-28: a report delivered at the year's end reviews that year)
    let year_end_page =
        dating::published_date(lines).is_some_and(|(y, m)| Some(y) == published && m >= 11);
    let work_report_news = published.filter(|_| presents_work_report(lines)).map(|y| {
        if year_end_page {
            y
        } else {
            y - 1
        }
    });
    let past = dating::past_year(lines, published); // the year `过去一年` covers
                                                    // (`(山西省)运城市人民政府工作报告(2024年3月26日)` then, on a later page of it, `(四)注重精准招商
                                                    // …,签约省外项目519个`: a dated work report's results are of the year it reviews)
    let delivered_review = dating::delivered_year(lines).and(past).filter(|_| report);
    let text_reviews = reported
        .or(opening_year(lines).filter(|_| report))
        .or(achieved)
        .or(work_report_news.filter(|_| report))
        .or(delivered_review)
        // (`经济发展` under `发布日期:2025-03-24`, naming no year, `实现规上工业增加值707.6亿元`: a
        // report of the first quarter gives the totals of the year before)
        .or(dating::first_quarter_review(lines, published).filter(|_| report && !record))
        .or(dating::release_year(lines, published).filter(|_| report))
        // (`“十四五”以来,…` on a page of January 2026: the period's results, of 2025)
        .or(dating::closed_period_review(lines, published).filter(|_| report))
        // (`全年全省發明專利授權63822件,比上年增長15.4%` opening a page of 2025: a communiqué's
        // section, of 2024)
        .or(dating::bulletin_year(lines, published))
        // (`…制作比例分别达到75.71%…,较2023年提高2.05…个百分点` on a page of 2025 that names no
        // other year: the figures of 2024)
        .or(review::compared_year(lines, published))
        .or(dating::review_title_year(lines));
    let plan_page = !report && dating::is_undated_plan(lines, period);
    let yearless = dating::names_no_year(lines);
    let title_goals = dating::title_goal_year(lines);
    let projects_year = dating::projects_title_year(lines);
    let mut at = At {
        section: Section::Other,
        carry: None,
        carry_base: None,
        report,
        plan_page,
        yearless,
        published,
        last_year: None,
        this_year: None,
        last_past_year: None,
        reviewed: text_reviews,
        record,
        announced: None,
        span: None,
        planned_before: false,
        opened_year: None,
        late_page: dating::published_date(lines)
            .is_some_and(|(y, m)| Some(y) == published && m >= 7),
    };
    // The level of the heading that named the span of years its part reviews.
    let mut span_level: Option<u8> = None;
    let mut sections = if achieved.is_some() {
        Sections::of_review()
    } else {
        Sections::default()
    };
    let this_year_word = regex!(r"今年|本年");
    // (`2021年,我市建成48个中小学幼儿园项目` opens a sentence on its year; `目前,…` then speaks
    // of the page's time)
    let year_opens =
        regex!(r"(?:^|[。；;:：])\s*(20\d\d)\s*年\s*(?:[,，]|全年|全[市省县区州盟旗])");
    let now_word = regex!(r"目前|当前|现有|截至目前");
    let goal_verb = regex!(r"力争|争取|确保|预计|计划|将|拟");
    let review_cx = review::Context {
        published,
        past,
        work_report_news,
    };
    // The level of the heading that named the year its part is dated by.
    let mut dated_level: Option<u8> = None;
    // The year a heading's review names (`一、2024年工作回顾`), while its part lasts.
    let mut review_named: Option<i32> = None;
    // An excerpt of a report that names no year until the heading of a year's goals
    // (`2023年全市经济社会发展主要预期目标`): what it reports before that is the year before.
    let goals_ahead = dating::goals_heading_ahead(lines, period);
    // Whether `at.reviewed` holds a plan's account of its base year (see below).
    let mut base_review = false;
    let opens_on_year = regex!(r"^\s*(20\d\d)\s*年\s*[,，]");
    if let Some((_, y)) = goals_ahead {
        at.reviewed = Some(y - 1);
    }
    for (i, line) in lines.iter().enumerate() {
        if goals_ahead.is_some_and(|(g, _)| g == i) {
            at.reviewed = None;
        }
        if let Some(h) = heading(&line.norm) {
            let section = sections.enter(h);
            // `一、2024年工作回顾`, `二、2025年工作安排`: a heading that names one year dates its
            // section — the base of a review, the year of the goals of a plan.
            let named = heading_year(&line.norm);
            // A work report's review of the past year lasts through its sub-headings
            // (`(二)产业升级步伐加快`), until a heading of its rank or above starts another part
            // (`二、今年工作安排`).
            // (`一、回顾2023,推动高质量发展迈出新步伐`: the review of the year it names)
            let reviewed = if let Some(y) = review::reviews_year(&line.norm) {
                Some(y)
            } else if review_heading(&line.norm) {
                past
            } else if h.level > 2 || section == Section::Baseline {
                at.reviewed
            } else {
                text_reviews
            };
            // A sub-heading of a dated part (`一、2023年…计划执行情况` then `(一)坚持抓机遇促发展`)
            // keeps its year.
            let named = match (named, dated_level) {
                (Some(y), _) => {
                    dated_level = Some(h.level);
                    review_named = review::reviews_year(&line.norm).filter(|&r| r == y);
                    Some(y)
                }
                (None, Some(l)) if h.level > l => at.carry.or(at.carry_base),
                _ => {
                    dated_level = None;
                    review_named = None;
                    None
                }
            };
            // `“十四五”时期重大成就` then `■综合实力再上台阶`: a heading that names a span of past
            // years dates the steps of its part, through its sub-headings.
            let span = match (marks::span_of(&line.norm), span_level) {
                (Some(s), _) => {
                    span_level = Some(h.level);
                    Some(s)
                }
                (None, Some(l)) if h.level > l => at.span,
                _ => {
                    span_level = None;
                    None
                }
            };
            at = At {
                section,
                // (`2025年重庆…将呈现以下变化:` as the title, then `一、经济高质量发展` …
                // `预计GDP增长6%左右`: a goals part under a title that announces a year's
                // goals is of that year)
                carry: named
                    .or(title_goals
                        .or(projects_year)
                        .filter(|_| section == Section::Target))
                    .filter(|_| section != Section::Baseline),
                carry_base: named.filter(|_| section == Section::Baseline),
                report,
                plan_page,
                yearless,
                published,
                last_year: at.last_year,
                this_year: at.this_year,
                last_past_year: at.last_past_year,
                reviewed,
                record,
                // (`2026年政府民生实事项目` as the title, then `一、“一老一小”服务保障能力提升`:
                // each part lists that year's projects, whatever their verbs)
                announced: projects_year.filter(|_| section == Section::Other),
                span,
                planned_before: false,
                opened_year: at.opened_year,
                late_page: at.late_page,
            };
            continue;
        }
        if table_lines.contains(&i) || dating::is_toc_line(&line.norm) {
            continue;
        }
        // A plan's account of its base year (`2020 年,生产总值达到 674.1 亿元,…` in a plan of
        // 2021–2025: a text with a base and an end year that is no report) goes on in the paragraphs after it that name no other year and do not look
        // ahead (`以“四新经济”为主要特征的新经济增加值占 GDP 的比重达到 28.4%,…`).
        if let (Some(b), Some(_)) = (period.base_year, period.end_year.filter(|_| !report)) {
            let other_year = year_marks(&line.norm, period).iter().any(|m| m.year != b);
            if base_review && (other_year || speaks_of_future(&line.norm)) {
                base_review = false;
                at.reviewed = None;
            }
            if at.reviewed.is_none()
                && at.section == Section::Other
                && opens_on_year
                    .captures(&line.norm)
                    .and_then(|c| c[1].parse::<i32>().ok())
                    == Some(b)
                && !other_year
                && !speaks_of_future(&line.norm)
            {
                base_review = true;
                at.reviewed = Some(b);
            }
        }
        review::follow(&line.norm, &mut at, review_cx);
        // `过去五年,内蒙古综合经济实力大幅跃升,地区生产总值从1.5万亿元增长到2.2万亿元`: a line that
        // names a span of past years dates its steps and those of the lines after it, until a
        // line names a year of its own.
        let span_here = marks::span_of(&line.norm);
        if span_here.is_some() {
            at.span = span_here;
        }
        // (`一、2024年工作回顾` in a report of 2025, then `2024年是…关键之年。今年以来,…预计全年实现
        // 地区生产总值44.8亿元`: a review drafted before its year was over says `今年` of the year
        // it reviews)
        let line_at = match (review_named, at.published) {
            (Some(r), Some(p)) if p == r + 1 && at.reviewed == Some(r) => At {
                published: Some(r),
                ..at
            },
            _ => at,
        };
        read_line(line, line_at, period, options, &mut out);
        at.planned_before = if line.is_blank() {
            at.planned_before
        } else {
            let text = line.norm.trim_end_matches(['。', ' ']);
            let last = text.rfind('。').map_or(0, |p| p + '。'.len_utf8());
            speaks_of_future(&text[last..]) && !tense::past_word_re().is_match(&text[last..])
        };
        // A line that announces goals leaves their year to the lines after it.
        let marks = year_marks_in(&line.norm, period, at.published);
        if let Some(y) = goal_year(&line.norm, &marks, line.norm.len(), at, period) {
            at.announced = Some(y);
        }
        if let Some(y) = carried_year(&line.norm, period) {
            at.carry = Some(y);
        }
        // (`(2023年3月15日)` under a communiqué's signature: when it was written, not the
        // year its figures speak of)
        let dateline = dating::is_dateline(&line.norm);
        let named = if dateline {
            None
        } else {
            last_year(&line.norm)
        };
        if let Some(y) = named {
            at.last_year = Some(y);
            at.this_year = None;
            if span_here.is_none() && span_level.is_none() {
                at.span = None;
            }
        } else {
            if !dateline && at.published.is_none() && names_this_year(&line.norm) {
                // `今年` on an undated page: the year last named is no longer the year spoken of.
                at.last_year = None;
            }
            if this_year_word.is_match(&line.norm) {
                at.this_year = at.published;
            }
        }
        // (not `2021年,力争实现…`, a goal)
        if let Some(c) = year_opens.captures_iter(&line.norm).last() {
            let rest = &line.norm[c.get(0).map_or(0, |m| m.end())..];
            let clause = rest
                .split(['。', '；', ';', '，', ','])
                .next()
                .unwrap_or("");
            at.opened_year = c[1].parse().ok().filter(|_| !goal_verb.is_match(clause));
        } else if now_word.is_match(&line.norm) {
            at.opened_year = None;
        }
        if let Some(y) = last_past_year(&line.norm).filter(|_| !dateline) {
            at.last_past_year = Some(y);
        }
        if at.section == Section::Baseline {
            if let Some(y) = carried_base_year(&line.norm, period).or_else(|| {
                // (a report's, outside a work report's review: a plan's base section or a
                // review names years it does not report on)
                carried_past_year(&line.norm, period, at.published)
                    .filter(|_| at.report && at.reviewed.is_none())
            }) {
                at.carry_base = Some(y);
            }
        }
    }
    out
}

fn read_line(
    line: &Line,
    at: At,
    period: Period,
    options: &ExtractOptions,
    out: &mut Vec<Candidate>,
) {
    let norm = &line.norm;
    let figs = figures(norm);
    let rel = relative_in(norm);
    if figs.is_empty() && rel.is_none() && !norm.contains("覆盖") {
        return;
    }
    let marks = year_marks_in(norm, period, at.published);
    let cls = clauses(norm);
    let clause_of = |pos: usize| {
        cls.iter()
            .find(|r| r.start <= pos && pos <= r.end)
            .cloned()
            .unwrap_or(0..norm.len())
    };
    let mut prev_end_in_clause: Option<(Range<usize>, usize)> = None;
    let mut found: Vec<(Range<usize>, Candidate)> = Vec::new();
    for (k, f) in figs.iter().enumerate() {
        let clause = clause_of(f.start);
        // A name read after the unit stops where the next figure's words begin.
        let until = figs
            .get(k + 1)
            .map_or(clause.end, |g| g.verb_start.min(clause.end).max(f.end));
        let from = match &prev_end_in_clause {
            Some((c, e)) if *c == clause => *e,
            _ => clause.start,
        };
        prev_end_in_clause = Some((clause.clone(), f.end));
        found.push((
            clause.clone(),
            candidate(
                line,
                f,
                Place {
                    clause: clause.clone(),
                    from,
                    until,
                },
                &marks,
                at,
                period,
            ),
        ));
    }
    let spans: Vec<Range<usize>> = figs.iter().map(|f| f.start..f.end).collect();
    split_respectively(norm, &spans, &mut found);
    from_to(line, &figs, &mut found, (&marks, at, period));
    inherit_subjects(line, &mut found);
    inherit_measured(line, &mut found);
    name_item_investments(line, &mut found);
    inherit_cumulative(line, &mut found);
    chronicle::inherit_chronicle(line, &mut found);
    inherit_unnamed(line, &mut found);
    measured::inherit_after_change(line, &spans, &mut found);
    measured::inherit_people_after_households(line, &spans, &mut found);
    name_bracketed_levels(norm, &spans, &mut found);
    inherit_listed_years(norm, &spans, &mut found);
    annual_plan_values(line, &mut found);
    name_growth_rates(&mut found);
    name_sector_breakdowns(line, &mut found);
    budget::name_budget_accounts(line, &mut found);
    let found = split_each(line, &spans, found);
    out.extend(found.into_iter().map(|(_, c)| c));
    full_coverage(line, &marks, at, period, out);
    // Relative targets (`达到全省平均水平`, `走在全区前列`), one per clause.
    let mut pos = 0;
    while pos < norm.len() {
        let Some((mut relv, cmp, span)) = relative_in(&norm[pos..]) else {
            break;
        };
        relv.region = options.benchmark_id(&relv.scope).to_owned();
        let span = pos + span.start..pos + span.end;
        pos = span.end;
        if norm[span.end..].starts_with('的') {
            continue; // `达到自治区先进水平的工业互联网平台` describes a noun
        }
        let clause = clause_of(span.start);
        let name_start = clause.start + lead_len(&norm[clause.start..span.start]);
        let name = norm[name_start..span.start].trim();
        let (year, role, mut notes, mut review) = year_role(line, &marks, span.start, at, period);
        let name_orig = line.name_span(name_start, name_start + name.len());
        if name.chars().count() < 2 {
            review.get_or_insert_with(|| {
                Review::new(
                    ReviewKind::Benchmark,
                    "no indicator name before the benchmark",
                )
            });
        }
        notes.push(format!(
            "relative to {}: {}",
            options.benchmark_id(&relv.scope),
            line.orig_span(span.start, span.end)
        ));
        out.push(Candidate {
            role: if role == Role::Baseline {
                Role::Target
            } else {
                role
            },
            name_zh: name_orig,
            unit: String::new(),
            year,
            comparator: cmp,
            value: None,
            relative: Some(relv),
            kind: TargetKind::Unstated,
            basis: Basis::Level,
            found: Found::Text,
            line: line.number,
            quote: line.orig_span(clause.start, clause.end).trim().to_owned(),
            notes,
            review: review.or_else(|| {
                (role == Role::Baseline).then(|| {
                    Review::new(ReviewKind::Benchmark, "a benchmark stated for a past year")
                })
            }),
        });
    }
}

/// Where a figure's words may be: its clause, from the end of the previous figure in it, up
/// to where the next figure's words begin.
struct Place {
    clause: Range<usize>,
    from: usize,
    until: usize,
}

fn candidate(
    line: &Line,
    f: &Figure,
    place: Place,
    marks: &[YearMark],
    at: At,
    period: Period,
) -> Candidate {
    let Place {
        clause,
        from,
        until,
    } = place;
    let norm = &line.norm;
    let (year, mut role, mut notes, mut review) = year_role(line, marks, f.verb_start, at, period);
    if let Some(y) = year.filter(|_| {
        role == Role::Baseline
            && review.is_none()
            && year::named_goal(norm, clause.start, f.verb_start, f.end)
    }) {
        role = year::goal_role(y, period);
        notes.push(format!(
            "named a goal (目标, 任务, 考核指标): the value set for {y}"
        ));
    }
    notes.extend(f.notes.iter().cloned());
    let clause_text = &norm[clause.clone()];
    // The basis word nearest before the figure in its clause (`新增…1880座、累计建成4873座`: the
    // first is new, the second cumulative).
    let before_figure = &norm[clause.start..f.start.max(clause.start)];
    let said = ["新增", "累计", "每年"]
        .iter()
        .filter_map(|w| before_figure.rfind(w).map(|p| (p, *w)))
        .max()
        .map(|(_, w)| w);
    let basis = match said {
        Some("新增") => Basis::New,
        Some("累计") => Basis::Cumulative,
        Some("每年") => Basis::PerYear,
        _ => Basis::Level,
    };
    let mut name = name_of(
        line,
        f,
        (clause.clone(), from, until),
        &mut notes,
        &mut review,
    );
    // `“两重”“两新”项目18个、21.1亿元`, `开工建设航空产业重大项目171个、总投资378亿元`: the amount
    // after a count of projects is of those projects (the count itself goes to review below).
    if let Some(c) = regex!(
        r"(?:其中\s*)?([^，,。；;、:：\s]{2,24}?项目)\s*\d+(?:\.\d+)?\s*(?:个|项)\s*[、,，]\s*([^，,。；;、\d]{0,6}?)(?:达|约|近|超过|超|为|共)?\s*$"
    )
    .captures(&norm[..f.start])
    {
        let (group, word) = (c.get(1).expect("group 1"), c.get(2).expect("group 2"));
        let word = if word.is_empty() {
            "金额".to_owned()
        } else {
            line.name_span(word.start(), word.end())
        };
        name = format!("{}{word}", line.name_span(group.start(), group.end()));
        notes.push("an amount after a count of projects: of those projects".into());
        if review.as_ref().is_some_and(|r| r.kind == ReviewKind::Name) {
            review = None;
        }
    } else if f.unit.ends_with('元') {
        // `发放产业奖补377户45.5万元`: the amount right after a count of the households or firms
        // paid is the amount of what they were paid (the count goes to review below).
        // (`2021年,我市建成48个中小学幼儿园项目` opens a sentence on its year; `目前,…` then speaks
        // of the page's time)
        if let Some(c) = regex!(r"([^，,。；;、:：\s\d]{2,24}?)\s*\d+(?:\.\d+)?\s*(?:户|家)\s*、?\s*$")
            .captures(&norm[..f.start])
        {
            let group = c.get(1).expect("group 1");
            name = format!("{}金额", line.name_span(group.start(), group.end()));
            notes.push("an amount after a count of the households or firms paid: what they were paid".into());
            if review.as_ref().is_some_and(|r| r.kind == ReviewKind::Name) {
                review = None;
            }
        }
    }
    let n = name.chars().count();
    if n < 2 || !name.chars().any(|c| c.is_alphabetic()) || names_nothing(&name) {
        review.get_or_insert_with(unnamed);
    } else if n > MAX_NAME_CHARS {
        review.get_or_insert_with(|| {
            Review::new(
                ReviewKind::LongName,
                format!("the words before the figure are long ({n} chars): which indicator?"),
            )
        });
    }
    if let Some(why) = why_not_a_level(norm, clause.clone(), f, &name) {
        // (`;至2022年,突破1900亿元,达1901.36亿元`: a threshold crossed stays one when a later pass
        // finds its name)
        // (`1万P即每秒完成…`: nor does one unit of a measure explained, whose name a later pass
        // would read after it)
        if matches!(why.kind, ReviewKind::Threshold | ReviewKind::NotALevel)
            && review.as_ref().is_some_and(|r| r.kind == ReviewKind::Name)
        {
            review = Some(why);
        } else {
            review.get_or_insert(why);
        }
    }
    // `参加全省集中开工项目376个、…、年度计划投资526亿元`: the year's planned value is a goal
    // of that year, whatever the tense of the report around it.
    let role = if role == Role::Baseline
        && year.is_some()
        && regex!(r"(?:年度|全年)计划(?:完成)?投资$").is_match(&name)
    {
        notes.push("年度计划投资: the year's planned value, a goal of the year".into());
        Role::Target
    } else {
        role
    };
    let comparator = match role {
        Role::Baseline => match f.qualifier {
            Qualifier::AtLeast { strict: true } => Comparator::Gt,
            Qualifier::AtLeast { strict: false } => Comparator::Ge,
            _ => Comparator::Eq,
        },
        _ => f.target_comparator(),
    };
    if role == Role::Baseline && matches!(f.qualifier, Qualifier::About) {
        notes.push("about (约/近/左右): read as the value".into());
    }
    let quote_start = clause.start + (clause_text.len() - clause_text.trim_start().len());
    let quote_end = clause.end - (clause_text.len() - clause_text.trim_end().len());
    Candidate {
        role,
        name_zh: name,
        unit: if f.unit_span.1 > f.unit_span.0 && !f.unit.starts_with('千') {
            line.name_span(f.unit_span.0, f.unit_span.1)
        } else {
            f.unit.clone()
        },
        year,
        comparator,
        value: Some(f.value),
        relative: None,
        kind: TargetKind::Unstated,
        basis,
        found: Found::Text,
        line: line.number,
        quote: line.orig_span(quote_start, quote_end).to_owned(),
        notes,
        review,
    }
}

/// Reads `text` (lines numbered from 1, no table) as [`read`] does: the test modules' one way
/// into the sentence reader.
#[cfg(test)]
fn read_str(text: &str, period: Period, options: &ExtractOptions) -> Vec<Candidate> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    read(&lines, &BTreeSet::new(), period, options)
}

/// The (year, role, value) of the rows the whole pipeline ([`crate::extract::extract`]: period,
/// tables, sentences) writes as data from `text`: the test modules' way to check a rule that
/// depends on a page's title or period.
#[cfg(test)]
fn extracted_rows(text: &str, options: &ExtractOptions) -> Vec<(Option<i32>, Role, Option<f64>)> {
    crate::extract::extract(text.as_bytes(), options)
        .expect("extracts")
        .data()
        .map(|c| (c.year, c.role, c.value))
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_pages;
#[cfg(test)]
#[path = "sentence/tests_reports.rs"]
mod tests_reports;

#[cfg(test)]
mod tests_work_reports;

#[cfg(test)]
mod tests_names;

#[cfg(test)]
mod tests_not_level;

#[cfg(test)]
mod tests_project_sizes;

#[cfg(test)]
mod tests_tense;

#[cfg(test)]
mod tests_progress;

#[cfg(test)]
mod tests_from_to;

#[cfg(test)]
mod tests_rates;

#[cfg(test)]
mod tests_respectively;

#[cfg(test)]
mod tests_published;

#[cfg(test)]
mod tests_reviews;

#[cfg(test)]
mod tests_year_phrases;
