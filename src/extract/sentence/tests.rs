//! Unit tests of the parent module, each from a real case.

use super::*;

fn read_text(text: &str, period: Period) -> Vec<Candidate> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    read(&lines, &BTreeSet::new(), period, &ExtractOptions::new("r"))
}

fn p() -> Period {
    Period {
        base_year: Some(2020),
        end_year: Some(2025),
        start_year: Some(2021),
    }
}

#[test]
fn target_sentences_from_the_seeds() {
    let c = read_text(
        "力争到2023年，基本建成覆盖全市的“双千兆”网络基础设施，全市5G基站超1200个，5G网络基本实现乡镇级以上全覆盖。\n\
         到2025年，打造10—20个上云平台示范企业。\n\
         数字经济增加值年均增速10%左右。\n",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.year,
                c.comparator,
                c.value,
                c.unit.as_str(),
                c.review.is_none(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "5G基站",
                Some(2023),
                Comparator::Gt,
                Some(1200.0),
                "个",
                true
            ),
            (
                "上云平台示范企业",
                Some(2025),
                Comparator::Ge,
                Some(10.0),
                "个",
                true
            ),
            (
                "数字经济增加值年均增速",
                None,
                Comparator::Eq,
                Some(10.0),
                "%",
                false
            ),
        ]
    );
    assert_eq!(c[0].role, Role::Milestone);
    assert_eq!(c[0].quote, "全市5G基站超1200个");
}

#[test]
fn baselines_with_bounds_years_and_sections() {
    let lines: Vec<Line> = "第一节 发展基础\n本市建设4G基站4000余座，固定宽带家庭普及率达到86.5%。\n截至2020年底，全市登云企业达923家，新增备案单位62家。\n第二节 发展目标\n建成300个在线视讯平台。"
        .lines()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    let c = read(&lines, &BTreeSet::new(), p(), &ExtractOptions::new("r"));
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.role,
                c.year,
                c.comparator,
                c.value,
                c.basis,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "4G基站",
                Role::Baseline,
                Some(2020),
                Comparator::Gt,
                Some(4000.0),
                Basis::Level
            ),
            (
                "固定宽带家庭普及率",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(86.5),
                Basis::Level
            ),
            (
                "登云企业",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(923.0),
                Basis::Level
            ),
            (
                "备案单位",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(62.0),
                Basis::New
            ),
            (
                "在线视讯平台",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(300.0),
                Basis::Level
            ),
        ]
    );
    assert!(c[0].notes.iter().any(|n| n.contains("base year 2020")));
}

#[test]
fn comparison_years_and_percentage_point_changes() {
    let c = read_text(
        "到2025年，全市5G用户普及率达到70%，比2020年提高40个百分点，较2020年翻一番。",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.value, c.review.is_some()))
        .collect();
    assert_eq!(
        got,
        [
            ("5G用户普及率", Some(2025), Some(70.0), false),
            ("比2020年提高", Some(2025), Some(40.0), true),
        ]
    );
}

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

#[test]
fn relative_targets_are_kept() {
    let c = read_text(
        "到2025年,全市数字经济核心产业增加值占GDP比重达到或超过全区平均水平,数字化发展水平走在全区前列。",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.year,
                c.comparator,
                c.relative.clone().map(|r| r.leading),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "数字经济核心产业增加值占GDP比重",
                Some(2025),
                Comparator::Ge,
                Some(false)
            ),
            ("数字化发展水平", Some(2025), Comparator::Ge, Some(true)),
        ]
    );
}
