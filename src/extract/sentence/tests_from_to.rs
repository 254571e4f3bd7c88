//! Unit tests of a change from one figure to another (`由85%提高到95%`, `从2020年的3.6万个增加到
//! 2025年的25万个`): the first is where the indicator starts, the second where it goes.

use super::tests::{p, read_text};
use super::*;

#[test]
fn from_a_to_b_gives_a_baseline_and_a_target() {
    let c = read_text(
        "到2025年，固定宽带家庭普及率由85%提高到95%，PUE值从1.5降至1.3以下。",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.role,
                c.year,
                c.comparator,
                c.value,
                c.review.is_none(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "固定宽带家庭普及率",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(85.0),
                true
            ),
            (
                "固定宽带家庭普及率",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(95.0),
                true
            ),
            (
                "PUE值",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(1.5),
                true
            ),
            (
                "PUE值",
                Role::Target,
                Some(2025),
                Comparator::Le,
                Some(1.3),
                true
            ),
        ]
    );
}

/// `网民规模从2020年的9.89亿提高到12亿` (the 14th informatization plan): the starting value is
/// of its stated year, the target of the year before the name.
#[test]
fn from_a_stated_year_to_the_target() {
    let c = read_text(
        "到2025年，网民规模从2020年的9.89亿提高到12亿，5G用户普及率从2020年的15%提高到56%。",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value, c.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("网民规模", Some(2020), Role::Baseline, Some(9.89), "亿"),
            ("网民规模", Some(2025), Role::Target, Some(12.0), "亿"),
            ("5G用户普及率", Some(2020), Role::Baseline, Some(15.0), "%"),
            ("5G用户普及率", Some(2025), Role::Target, Some(56.0), "%"),
        ]
    );
}

/// `四川省5G基站数量将从2020年的3.6万个增加到2025年的25万个` (a news report of a provincial plan).
#[test]
fn from_a_stated_year_to_a_stated_year() {
    let c = read_text(
        "四川省5G基站数量将从2020年的3.6万个,增加到2025年的25万个。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("四川省5G基站数量", Some(2020), Role::Baseline, Some(3.6)),
            ("四川省5G基站数量", Some(2025), Role::Target, Some(25.0)),
        ]
    );
}

/// 广西 5G press release: `由2019年的4439座发展到2022年6 月底的50678座` — a change to a
/// dated figure (a month, no `前`) is what was reached; both ends are baselines of their years.
#[test]
fn a_change_to_a_dated_figure_is_reached() {
    let c = read_text(
        "官方数据显示,广西全区5G基站开通数由2019年的4439座发展到2022年6 月底的50678座,数量规模增长11倍多。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "座")
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (
                "广西全区5G基站开通数",
                Some(2019),
                Role::Baseline,
                Some(4439.0)
            ),
            (
                "广西全区5G基站开通数",
                Some(2022),
                Role::Baseline,
                Some(50678.0)
            ),
        ]
    );
}

/// 435 荆州 (a mirror of the 14th five-year outline, converted from PDF with blanks around its
/// numbers): `地区生产总值从 2015 年的 1705 亿元增加到 2020 年 2369 亿元` — the starting value is
/// of 2015, though blanks stand between `从` and its year, and `到 2020 年` needs no `的`.
#[test]
fn a_change_with_blanks_around_its_years() {
    let c = read_text(
        "“十三五”时期,地区生产总值从 2015 年的 1705 亿元增加到 2020 年 2369 亿元。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", Some(2015), Some(1705.0)),
            ("地区生产总值", Some(2020), Some(2369.0)),
        ],
        "{c:?}"
    );
}

/// 707 弋江 (a plan of 2020 looking back on 2015–2020) and 546 南浔: `跃升至`, `拓展至` are steps
/// like `提高到`; the starting value keeps the year after `从`.
#[test]
fn a_leap_to_is_a_step() {
    let period = Period {
        base_year: Some(2020),
        end_year: Some(2025),
        start_year: Some(2021),
    };
    let c = read_text(
        "经济总量跃上新台阶。地区生产总值从2015年末的300.41亿元跃升至2020年的469.5亿元,年均增长9.3%。",
        period,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value))
        .collect();
    assert_eq!(
        got[..2],
        [
            ("地区生产总值", Role::Baseline, Some(2015), Some(300.41)),
            ("地区生产总值", Role::Baseline, Some(2020), Some(469.5)),
        ],
        "{c:?}"
    );
}

/// 706 临沂 (a page of 2025): `地区生产总值连续跨过两个千亿元台阶,由2020年的4805亿元跃升至2024年的
/// 6556亿元` — a step that opens its clause is of the subject of the clause before it (which
/// states no figure): 2020's starting value and 2024's level, both of `地区生产总值`. A pronoun
/// (`我们不断增加施工人员数量,从200多人增加到400多人`) names nothing.
#[test]
fn a_step_opening_its_clause_takes_the_subject_before_it() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_str(
        "“十四五”以来,临沂市经济实力持续增强。地区生产总值连续跨过两个千亿元台阶,由2020年的4805亿元跃升至2024年的6556亿元。\n",
        Period::default(),
        &opts,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", Some(2020), Role::Baseline, Some(4805.0)),
            ("地区生产总值", Some(2024), Role::Baseline, Some(6556.0)),
        ],
        "{c:?}"
    );
    let c = read_str(
        "我们不断增加施工人员数量,从200多人增加到400多人。\n",
        Period::default(),
        &opts,
    );
    assert!(c.iter().all(|c| c.name_zh != "我们"), "{c:?}");
}

/// 902 青阳 (a county's “十四五” plan, traditional characters): in its review of the five years
/// before, `稅收收入占比由 73.7% 提升至 89.9%` ends in the plan's base year 2020 and starts in
/// 2015, the start of the five years reviewed.
#[test]
fn a_change_in_a_five_year_plans_review_starts_five_years_before_its_base() {
    let x = crate::extract::extract(
        "青陽縣國民經濟和社會發展第十四個五年規劃和二〇三五年遠景目標綱要\n\
         第一章 發展基礎\n\
         主要經濟指標穩健增長,地區生產總值 142.4 億元。財政收入 17.68 億元,稅收收入占比由 73.7% 提升至 89.9% 。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let got: Vec<_> = x
        .data()
        .filter(|c| c.value.is_some_and(|v| v > 50.0 && v < 100.0))
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2015), Role::Baseline, Some(73.7)),
            (Some(2020), Role::Baseline, Some(89.9))
        ],
        "{got:?}"
    );
}

/// 1843 and 1672 内蒙古 (news of the work report of 2023): after `五年来`, `地区生产总值从1.5万亿元
/// 增长到2.2万亿元` ends in 2022, the year the report reviews, and starts five years before, 2017;
/// a later line that names a year of its own ends the span.
#[test]
fn a_step_after_a_span_of_past_years_starts_at_the_spans_start() {
    let x = crate::extract::extract(
        "政府工作报告指出,自治区第十三届人民代表大会第一次会议以来的五年,全区上下凝心聚力抓发展。\n\
         报告指出,五年来,内蒙古自治区全面小康目标如期实现。\n\
         综合经济实力大幅跃升。地区生产总值从1.5万亿元增长到2.2万亿元,人均地区生产总值从6.1万元增长到9.2万元。\n\
         2022年,全区粮食总产量从760亿斤增长到780亿斤。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2023),
    )
    .expect("extracts");
    let got: Vec<_> = x
        .data()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    for want in [
        ("地区生产总值", Some(2017), Role::Baseline, Some(1.5)),
        ("地区生产总值", Some(2022), Role::Baseline, Some(2.2)),
        ("人均地区生产总值", Some(2017), Role::Baseline, Some(6.1)),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    assert!(
        x.data()
            .all(|c| c.value != Some(760.0) || c.year != Some(2017)),
        "{got:?}"
    );
}

/// 1842 陕西 (news of the work report of 2026): under the heading `“十四五”时期重大成就` and its
/// sub-heading, `技术合同成交额从1795亿元增加到5260亿元` starts in 2020, the year before the plan's
/// first; `是“十二五”时期2.7倍` (902 青阳) compares with a period, it reviews none.
#[test]
fn a_step_under_a_heading_of_a_five_year_periods_results_starts_before_it() {
    let x = crate::extract::extract(
        "2025年工作回顾\n\
         2025年是“十四五”收官之年。\n\
         “十四五”时期重大成就\n\
         ■创新引领成势见效\n\
         ●技术合同成交额从1795亿元增加到5260亿元,科技型中小企业数量增长3.2倍。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2026),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert!(
        got.contains(&(Some(2020), Role::Baseline, Some(1795.0))),
        "{got:?}"
    );
    assert_eq!(
        marks::span_of("省外亿元项目累计到位资金486亿元,是“十二五”时期2.7倍"),
        None
    );
    assert_eq!(
        marks::span_of("“十三五”时期,全县上下…"),
        Some(marks::Span::From(2015))
    );
    assert_eq!(marks::span_of("未来五年,全县地区生产总值达350亿元"), None);
    assert_eq!(
        marks::span_of("二十年来,我们始终"),
        Some(marks::Span::Last(20))
    );
    assert_eq!(marks::span_of("自2015年以来"), None);
}

/// 936 平果 (traditional mirror): `該市涉鋁企業從2012年初的12家發展到現在的41家` — a start dated
/// `年初` and a step that ends on now: the first is 2012's, both take the name before `从`.
#[test]
fn a_start_at_the_years_beginning_and_a_step_to_now() {
    let c = read_text(
        "該市涉鋁企業從2012年初的12家發展到現在的41家。",
        Period::default(),
    );
    let first: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(12.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        first,
        [("该市涉铝企业", Some(2012), Role::Baseline, true)],
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|c| c.value == Some(41.0) && c.name_zh == "该市涉铝企业"),
        "{c:?}"
    );
}

/// 963 西双版纳 (news of the “十四五” results, 2025): `全州经济总量连跨3个百亿元台阶,从2020年的
/// 639.9亿元跃升至2024年的901.8亿元` — the step opens its clause after a clause whose only figure
/// counts the steps crossed: both values take that clause's subject.
#[test]
fn a_step_after_a_count_of_steps_crossed_takes_the_subject() {
    let c = read_text(
        "全州经济总量连跨3个百亿元台阶,从2020年的639.9亿元跃升至2024年的901.8亿元。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("全州经济总量", Some(2020), Some(639.9)),
            ("全州经济总量", Some(2024), Some(901.8))
        ],
        "{c:?}"
    );
}

/// 867 永川 (a district's work report of 2022, the five years' review): `全区地区生产总值从2016年的
/// 695.7亿元增加到2021年的1144.2亿元…规上工业总产值从742亿元增加到1550.2亿元` — a step that
/// states no years, after one in the same line that stated both, starts in 2016 too.
#[test]
fn a_yearless_step_starts_where_the_step_before_it_started() {
    let c = read_text(
        "全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元,年均增长8.7%。\
         规上工业总产值从742亿元增加到1550.2亿元,年均增长15.3%。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.name_zh == "规上工业总产值")
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2016), Role::Baseline, Some(742.0)),
            (Some(2021), Role::Baseline, Some(1550.2))
        ],
        "{c:?}"
    );
}

/// 1077 德钦县 (news of 2020): `供电可靠率由2015年的98%提升为2019年的99.71%` — a step may end on
/// `为` after its verb (`提升为`), as on `到`/`至`.
#[test]
fn a_step_may_end_on_wei_after_its_verb() {
    let c = read_text(
        "供电可靠率由2015年的98%提升为2019年的99.71%。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("供电可靠率", Some(2015), Some(98.0)),
            ("供电可靠率", Some(2019), Some(99.71))
        ],
        "{c:?}"
    );
}

/// 963 西双版纳 (news of 2025): `产业投资占比从2020年的10.4%提升至今年10月的45.9%` — a step may end
/// on this year's month (`今年10月的`), the page's year; the step after it in the sentence that
/// states no years starts where this one started.
#[test]
fn a_step_may_end_on_this_years_month() {
    let c = super::tests_published::read_published(
        "产业投资占比从2020年的10.4%提升至今年10月的45.9%;工业投资占比从7.8%提升至25.5%,创历史新高。\n",
        2025,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert!(
        got.contains(&("产业投资占比", Some(2020), Some(10.4))),
        "{c:?}"
    );
    assert!(
        got.contains(&("产业投资占比", Some(2025), Some(45.9))),
        "{c:?}"
    );
}

/// 1317 那曲 (news of 2021): `從1990年的2.95億元(人民幣,下同)增長到2020年的171.41億元` — a remark in
/// brackets between the starting value and its step does not break the step.
#[test]
fn a_bracketed_remark_does_not_break_a_step() {
    let c = read_text(
        "那曲市全地区生产总值从1990年的2.95亿元(人民币,下同)增长到2020年的171.41亿元。\n",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [(Some(1990), Some(2.95)), (Some(2020), Some(171.41))],
        "{c:?}"
    );
}

/// 1317 那曲: `贫困发生率从2015年底的22.7%降至零` — the step ends on a word, not a figure; the
/// starting value is still the value of the year it states, not of the sentence's period.
#[test]
fn a_starting_value_keeps_its_stated_year_when_the_step_ends_on_a_word() {
    let c = read_text(
        "“十三五”期间,那曲市累计减贫31907户,贫困发生率从2015年底的22.7%降至零。\n",
        p(),
    );
    let rate: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(22.7))
        .map(|c| (c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(rate, [(Some(2015), Role::Baseline, true)], "{c:?}");
}

/// 1092 临沧 (news of 2024): `产业投资占比从13.9%飙升至56.4%` — `飙升至` is a step; its starting
/// value is not the value of the year the step ends on.
#[test]
fn soaring_is_a_step() {
    let c = super::tests_published::read_published(
        "“十四五”前四年,产业投资占比从13.9%飙升至56.4%,四年提高42.5个百分点。\n",
        2024,
    );
    let start: Vec<_> = c.iter().filter(|c| c.value == Some(13.9)).collect();
    assert_eq!(start.len(), 1, "{c:?}");
    assert!(
        start[0].review.is_some() || start[0].year == Some(2020),
        "{c:?}"
    );
}

/// 1312 重庆 (news of 2025): `移动物联网终端用户“十四五”期间从1775万户增长至5777万户` — a step over a
/// five-year period the sentence names starts in the year before the period's first.
#[test]
fn a_step_over_a_named_five_year_period_starts_at_its_base() {
    let c = read_text(
        "移动物联网终端用户“十四五”期间从1775万户增长至5777万户,稳步实现“物超人”。\n",
        Period::default(),
    );
    let start: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(1775.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        start,
        [("移动物联网终端用户", Some(2020), Role::Baseline, true)],
        "{c:?}"
    );
}

/// 1438 山西 (news of July 2021): `从2013年底到今年6月底,我省光缆线路长度由60万公里增加到137.6万公里,
/// 移动通信基站数从7.4万个增加到26.9万个;…。同时,…出口带宽从3320G扩容至38276G` — every step of the
/// paragraph starts in the first year of the span it opened with, past `;` and `。`.
#[test]
fn steps_over_a_span_the_paragraph_opened_start_in_its_first_year() {
    let text = "据介绍,从2013年底到今年6月底,我省光缆线路长度由60万公里增加到137.6万公里,移动通信基站数从7.4万个增加到26.9万个;宽带接入端口从881万个增加到2393万个。同时,我省互联网省际出口带宽从3320G扩容至38276G。\n";
    let c = read_str(
        text,
        Period::default(),
        &ExtractOptions::new("r").published(2021),
    );
    let starts: Vec<_> = c
        .iter()
        .filter(|c| [60.0, 7.4, 881.0, 3320.0].contains(&c.value.unwrap_or_default()))
        .map(|c| (c.value, c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        starts,
        [
            (Some(60.0), Some(2013), Role::Baseline, true),
            (Some(7.4), Some(2013), Role::Baseline, true),
            (Some(881.0), Some(2013), Role::Baseline, true),
            (Some(3320.0), Some(2013), Role::Baseline, true),
        ],
        "{c:?}"
    );
}

/// 857 塔城 (news of the 14th plan's results): a step that names nothing after a clause stating
/// one figure in the same unit (`地区生产总值年均增速达6.2%,从2021年的5.7%提升至2024年的6.6%`)
/// goes on about that figure's indicator, and its start is of its stated year.
#[test]
fn a_step_with_no_name_goes_on_about_the_figure_before_it() {
    let c = read_text(
        "塔城发展交出亮眼答卷:地区生产总值年均增速达6.2%,从2021年的5.7%提升至2024年的6.6%。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(5.7))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [("地区生产总值年均增速", Some(2021), Role::Baseline, true)],
        "{c:?}"
    );
}

/// 1630 甘肃 (the work report of 2021, reviewing the 13th plan): `全省地区生产总值由“十二五”末的
/// 6557亿元增加到9017亿元` starts from the last year of the 12th plan, 2015, and names its indicator
/// before `由`.
#[test]
fn from_the_end_of_a_five_year_period() {
    let c = read_text(
        "全省地区生产总值由“十二五”末的6557亿元增加到9017亿元,年均增长5.5%。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(6557.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [("地区生产总值", Some(2015), Role::Baseline, true)],
        "{c:?}"
    );
}

/// 2089 潼关 (a county's “十四五” results, 2025): `人均生产总值较“十三五”末的3.4万元增长到3.9万元` —
/// `较` a period's end value, then a step, starts the step at that period's last year as `由` does.
#[test]
fn compared_with_the_end_of_a_five_year_period_then_a_step() {
    let c = read_text(
        "人均生产总值较“十三五”末的3.4万元增长到3.9万元,年均增长3.5%。",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(3.4))
        .map(|c| (c.name_zh.as_str(), c.year, c.role))
        .collect();
    assert_eq!(got, [("人均生产总值", Some(2020), Role::Baseline)], "{c:?}");
}

/// 1470 新疆 (news of 2023): `2016年至2021年,新疆数字经济规模从2048.68亿元增长到4255.70亿元` — a span
/// of past years opening the clause without `从` starts its step in its first year, 2016; a plan's
/// own span (`2021年至2025年`, ending after the page's year) does not.
#[test]
fn a_bare_span_of_past_years_starts_its_steps_in_its_first_year() {
    let text = "2016年至2021年,新疆数字经济规模从2048.68亿元增长到4255.70亿元,年均增长17.95%。\n";
    let c = read_str(
        text,
        Period::default(),
        &ExtractOptions::new("r").published(2023),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(2048.68))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [("新疆数字经济规模", Some(2016), Role::Baseline, true)],
        "{c:?}"
    );
    let plan = "2021年至2025年,全省数字经济规模从2048亿元增长到4255亿元。\n";
    let c = read_str(
        plan,
        Period::default(),
        &ExtractOptions::new("r").published(2021),
    );
    assert!(
        c.iter()
            .all(|c| c.value != Some(2048.0) || c.year != Some(2021)),
        "{c:?}"
    );
}

/// 1774 曹县 (news of 2021): `全县地区生产总值从“十二五”末的313亿元(全省65位),发展到“十三五”末的
/// 463.8亿元(全省45位)` — a step past a bracketed rank to the end of a five-year period: the start is
/// of 2015, the end of 2020.
#[test]
fn a_step_to_the_end_of_a_five_year_period() {
    let c = read_str(
        "2021年政府工作报告公开数据显示,全县地区生产总值从“十二五”末的313亿元(全省65位),发展到“十三五”末的463.8亿元(全省45位)。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2021),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", Some(2015), Role::Baseline, Some(313.0)),
            ("地区生产总值", Some(2020), Role::Baseline, Some(463.8)),
        ],
        "{c:?}"
    );
}

/// 2274 香港 (a page of the policy address's digital-government targets): `由2021年的500萬次倍增
/// 至2023年的1 000萬次` — `倍增至` (doubled to) is a step; both figures are of the name before
/// the first, not of `倍增至2023年`.
#[test]
fn doubled_to_is_a_step() {
    let c = read_text(
        "「智方便」的年度用量(總交易次數)由2021年的500萬次倍增至2023年的1 000萬次。",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("“智方便”的年度用量(总交易次数)", Some(2021), Some(500.0)),
            ("“智方便”的年度用量(总交易次数)", Some(2023), Some(1000.0))
        ],
        "{got:?}"
    );
}

/// 2763 广州 (news of a quarter's patent statistics, 2023): `由去年同期的15.4%上升到20.4%` steps from
/// last year's value to this year's; a step whose long name stands in the clause before
/// (`企业发明专利授权量占全市发明专利总量比重,由去年同期的54.3%增长至59.9%`) takes it.
#[test]
fn a_step_from_last_years_value_and_a_long_subject_before_it() {
    let x = crate::extract::extract(
        "报告数据显示,截至2023年3月底,全市发明专利授权量6442件,占专利授权量的比例由去年同期的15.4%上升到20.4%;企业发明专利授权量占全市发明专利总量比重,由去年同期的54.3%增长至59.9%。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2023),
    )
    .expect("extracts");
    let got: Vec<_> = x
        .data()
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    for want in [
        ("发明专利授权量占专利授权量的比例", Some(2022), Some(15.4)),
        ("发明专利授权量占专利授权量的比例", Some(2023), Some(20.4)),
        (
            "企业发明专利授权量占全市发明专利总量比重",
            Some(2022),
            Some(54.3),
        ),
        (
            "企业发明专利授权量占全市发明专利总量比重",
            Some(2023),
            Some(59.9),
        ),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}
