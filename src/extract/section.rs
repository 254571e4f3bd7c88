//! Sections of a plan: headings (`第一节 发展基础`, `(三)发展目标`, `2022年工作回顾`), their depth,
//! and whether the lines under them describe the plan's starting point or what it aims for.

use regex::Regex;

/// What a section is about, from its heading: the plan's starting point or what it aims for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// `发展基础`, `现状`, `成效`, `回顾`: figures describe the base year.
    Baseline,
    /// `发展目标`, `主要指标`, tasks and projects: figures are what the plan aims for.
    Target,
    /// Anything else (`指导思想`, `保障措施`, a preamble).
    Other,
}

fn heading_re() -> &'static Regex {
    regex!(concat!(
        r"^\s*(?:第[一二三四五六七八九十百零]+[章节篇部分]|[一二三四五六七八九十]+\s*[、.]|",
        r"\(\s*[一二三四五六七八九十]+\s*\)|专栏\s*\d*)",
    ))
}

/// A heading: its depth (`第一章` 1, `第一节`/`一、` 2, `(一)` 3, `专栏`/`1.` 4) and what its own
/// words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    pub level: u8,
    kind: HeadingKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingKind {
    Baseline,
    /// `目标`, `指标`, `任务`, `工程`, `专栏`: about what the plan aims for, whatever is above.
    Goal,
    /// A verb of doing (`完善`, `推进`): a goal unless under a baseline heading.
    Doing,
    Other,
}

/// The heading if the line is one (`第一节 发展基础`, `一、总体要求`, `(三)发展目标`); `None`
/// for other lines. Table-of-contents lines (`……`, `....`) are not headings.
pub(crate) fn heading(norm: &str) -> Option<Heading> {
    let t = norm.trim();
    if t.chars().count() > 40 || t.contains('。') || t.contains("....") || t.contains("……") {
        return None;
    }
    // A work report's parts often carry no number: `2022年工作回顾`, `2023年工作安排`.
    // (`过去五年发展回顾`: a report opening a term reviews five years)
    // (`2023“两会”解读政府工作报告要点之一:2022年工作回顾`: after a title's colon)
    // (`“十三五”和2020年工作回顾`: a report opening a five-year plan reviews the period ended
    // and its last year)
    // (`2025年工作亮点` under a city's name in a province's series of year reviews: the year's
    // results)
    if regex!(r#"^(?:[^:：。]{0,30}[:：]\s*)?(?:[“"]?十[一二三四五六]五[”"]?(?:时期)?\s*(?:和|及|暨|与)\s*)?(?:(?:19|20)\d{2}\s*年|今年|过去一年|过去五年)?(?:政府)?(?:工作回顾|发展回顾|主要工作安排|工作安排|重点工作|工作亮点|工作成效|工作成绩|工作总结)$"#)
        .is_match(t)
    {
        // (a part of its own: `一、五年来,…` under it is one of its parts)
        return Some(Heading {
            level: 1,
            kind: heading_kind(t),
        });
    }
    // (`过去五年发展回顾` … `未来五年发展蓝图`: the part on the five years ahead, unnumbered too,
    // ends the review and sets out goals)
    if regex!(
        r"^(?:未来|今后)(?:五|5)年(?:发展|工作)?(?:蓝图|目标|目标任务|主要目标|展望|总体要求)$"
    )
    .is_match(t)
    {
        return Some(Heading {
            level: 1,
            kind: HeadingKind::Goal,
        });
    }
    let m = heading_re().find(t)?;
    let lead = m.as_str();
    let level = if lead.contains('章') || lead.contains('篇') || lead.contains("部分") {
        1
    } else if lead.contains('节') || lead.contains('、') || lead.contains('.') {
        2
    } else if lead.starts_with('(') {
        3
    } else {
        4
    };
    Some(Heading {
        level,
        kind: heading_kind(t),
    })
}

fn heading_kind(t: &str) -> HeadingKind {
    const BASE: &[&str] = &[
        "基础",
        "现状",
        "成效",
        "成就",
        "亮点",
        "成绩",
        "回顾",
        "进展",
        "取得",
        "总结",
        "执行情况",
        "执行总体情况",
        // (`(一)全市经济社会发展主要预期目标完成情况`: how the goals were met, results)
        "完成情况",
    ];
    const GOAL: &[&str] = &["目标", "指标", "任务", "工程", "专栏", "行动", "举措"];
    const DOING: &[&str] = &[
        "建设", "发展", "推进", "打造", "提升", "构建", "实施", "培育", "加快", "完善", "推动",
        "强化", "深化", "布局",
    ];
    // (`实施数字基础能力提升行动`: `基础` that qualifies a capability, a facility or research
    // is no base)
    let qualified = regex!(r"基础(?:设施|支撑|能力|研究|教育|软件|平台|制度)");
    // (`一、筑牢数字福建建设基础`: a base to be laid is a task, not the base year's account)
    let laid = regex!(r"(?:筑牢|夯实|打牢|打好|夯牢|厚植)[^，,。、]{0,10}基础");
    let base_word = |w: &&str| {
        if *w == "基础" {
            regex!(r"基础").find_iter(t).count()
                > qualified.find_iter(t).count() + laid.find_iter(t).count()
        } else {
            t.contains(w)
        }
    };
    // (`(一)主要经济指标历史性走在全国前列`: indicators said to have done well are results)
    let done =
        regex!(r"指标[^，,。]*?(?:走在|位居|居于|好于|高于|快于|稳中|历史性|全面完成|超额完成)");
    if BASE.iter().any(base_word) || done.is_match(t) {
        HeadingKind::Baseline
    } else if GOAL.iter().any(|w| t.contains(w)) {
        HeadingKind::Goal
    } else if DOING.iter().any(|w| t.contains(w)) && !t.contains("保障") && !t.contains("措施")
    {
        HeadingKind::Doing
    } else {
        HeadingKind::Other
    }
}

/// The section each line is in, from the headings above it: a heading's own words decide,
/// except that a verb-of-doing or neutral heading under a baseline heading stays baseline
/// (`第一节 发展基础` → `(一)信息基础设施持续完善`).
#[derive(Debug, Default)]
pub(crate) struct Sections {
    stack: Vec<(u8, Section)>,
}

impl Sections {
    /// The sections of a text that as a whole looks back on a past year (`2022年,福州马尾区在多个
    /// 领域取得了显著的发展成就。以下是…盘点。` then `一、经济发展`): its headings of doing report
    /// what was done, as under a baseline heading; a heading of goals still opens goals.
    pub(crate) fn of_review() -> Self {
        Sections {
            stack: vec![(0, Section::Baseline)],
        }
    }

    /// Enters a heading; returns the section of the lines under it.
    pub(crate) fn enter(&mut self, h: Heading) -> Section {
        while self.stack.last().is_some_and(|&(l, _)| l >= h.level) {
            self.stack.pop();
        }
        let parent = self.stack.last().map(|&(_, s)| s);
        let s = match (h.kind, parent) {
            (HeadingKind::Baseline, _) => Section::Baseline,
            (HeadingKind::Goal, _) => Section::Target,
            (HeadingKind::Doing | HeadingKind::Other, Some(Section::Baseline)) => Section::Baseline,
            (HeadingKind::Doing, _) => Section::Target,
            (HeadingKind::Other, Some(p)) => p,
            (HeadingKind::Other, None) => Section::Other,
        };
        self.stack.push((h.level, s));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_their_sections() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("第一章 基础与形势"), Some(Section::Baseline));
        assert_eq!(enter("第一节 发展基础"), Some(Section::Baseline));
        assert_eq!(enter("(一)信息基础设施持续完善"), Some(Section::Baseline));
        assert_eq!(enter("第二节 面临形势"), Some(Section::Baseline));
        assert_eq!(enter("第五节 发展目标"), Some(Section::Target));
        assert_eq!(
            enter("第二章 建设泛在智能的数字基建"),
            Some(Section::Target)
        );
        assert_eq!(enter("(一)加快布局"), Some(Section::Target));
        assert_eq!(enter("第三章 保障措施"), Some(Section::Other));
        assert_eq!(heading("第一节 发展基础........................"), None);
        assert_eq!(heading("到2025年,全市数字经济实力显著增强。"), None);
        // (2152 福建's annual work points: a base to be laid is a task)
        assert!(heading("一、筑牢数字福建建设基础").is_some_and(|h| h.kind == HeadingKind::Doing));
        assert!(heading("一、发展基础").is_some_and(|h| h.kind == HeadingKind::Baseline));
    }

    /// 143 江门: an unnumbered part on the five years ahead (`未来五年发展蓝图`) after one reviewing
    /// five years (`过去五年发展回顾`) ends the review: what follows is goals, not a baseline.
    #[test]
    fn the_five_years_ahead_end_a_review_of_five_years() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("过去五年发展回顾"), Some(Section::Baseline));
        assert_eq!(enter("未来五年发展蓝图"), Some(Section::Target));
        assert_eq!(enter("(一)基础设施建设"), Some(Section::Target));
        assert_eq!(heading("未来五年,全市将建成现代化产业体系"), None);
    }

    /// 1044 简阳 (a work report opening a term): the unnumbered part `过去五年工作回顾` holds the
    /// numbered parts of the review (`一、五年来,我们实干创业绩,城市能级持续跃升`); they stay in it
    /// until the part on the years ahead.
    #[test]
    fn numbered_parts_of_an_unnumbered_review_stay_in_it() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("过去五年工作回顾"), Some(Section::Baseline));
        assert_eq!(
            enter("一、五年来,我们实干创业绩,城市能级持续跃升"),
            Some(Section::Baseline)
        );
        assert_eq!(enter("(一)综合竞争力全面提高"), Some(Section::Baseline));
        assert_eq!(enter("未来五年发展蓝图"), Some(Section::Target));
    }

    /// 1360 阿坝 (work report of January 2021): the unnumbered part `“十三五”和2020年工作回顾`
    /// reviews the period ended and its last year: a baseline part, like `2020年工作回顾`.
    #[test]
    fn a_review_of_a_period_and_its_last_year_is_a_part() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("“十三五”和2020年工作回顾"), Some(Section::Baseline));
        assert_eq!(enter("一、生态建设成绩斐然"), Some(Section::Baseline));
        assert_eq!(
            heading("“十三五”时期和2020年工作回顾").map(|h| h.level),
            Some(1)
        );
        assert_eq!(enter("未来五年发展蓝图"), Some(Section::Target));
    }

    /// 1161 咸宁 (a notice on how the work report's tasks of 2021 were done by mid-year): a
    /// heading on how goals were met (`(一)全市经济社会发展主要预期目标完成情况`) heads results,
    /// though it names goals.
    #[test]
    fn how_goals_were_met_is_a_baseline() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("一、主要指标任务完成情况"), Some(Section::Baseline));
        assert_eq!(
            enter("(一)全市经济社会发展主要预期目标完成情况"),
            Some(Section::Baseline)
        );
        assert_eq!(enter("二、主要目标"), Some(Section::Target));
    }

    /// 1171 福建 (数字福建工作要点 2025): `二、实施数字基础能力提升行动` is an action of the year's
    /// work, not a plan's base (`发展基础`, `基础与形势`): `基础` there qualifies a capability.
    #[test]
    fn a_foundational_capability_is_no_base() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(enter("二、实施数字基础能力提升行动"), Some(Section::Target));
        assert_eq!(enter("(一)发展基础"), Some(Section::Baseline));
        assert_eq!(enter("一、现实基础和面临形势"), Some(Section::Baseline));
    }

    /// 1117 博乐 (a half-year plan execution report): a heading on how a plan's indicators were
    /// carried out (`计划指标执行总体情况`) heads results, though it names indicators; a heading of
    /// the indicators themselves heads goals.
    #[test]
    fn the_execution_of_a_plans_indicators_is_a_baseline() {
        let mut s = Sections::default();
        let mut enter = |t: &str| heading(t).map(|h| s.enter(h));
        assert_eq!(
            enter("一、上半年博乐市经济社会发展计划指标执行总体情况"),
            Some(Section::Baseline)
        );
        assert_eq!(enter("二、主要指标"), Some(Section::Target));
        // 1792 海南 (the work report of 2022, its review of 2021): indicators said to have done
        // well head results.
        assert_eq!(
            enter("(一)主要经济指标历史性走在全国前列"),
            Some(Section::Baseline)
        );
    }
}
