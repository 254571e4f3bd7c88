//! Unit tests of how figures are named from their neighbours and of coverage phrases (issue 32, the ninth session's
//! rules), each from a sentence of a development document (`seeds/plans/dev/docs/`).

use super::tests::{brief, p, period, read_text};
use super::*;

pub(super) fn read_with(text: &str, options: &ExtractOptions) -> Vec<Candidate> {
    read_str(text, Period::default(), options)
}

/// (name, year, value) of the figures written as data.
pub(super) fn written(c: &[Candidate]) -> Vec<(&str, Option<i32>, Option<f64>)> {
    c.iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect()
}

/// 116 成都, 123 天津, 125 宁波: the first of a list of coverages (`实现5G网络全覆盖、行业应用热点区域
/// 深度覆盖`) is full coverage, the qualified ones after it are not; `5G信号全覆盖` is full
/// coverage (a bare `信号覆盖` is a signal's reach) and `普遍覆盖` is not.
#[test]
fn the_first_of_a_list_of_coverages_is_full() {
    let c = read_with(
        "到2022年底,建设5G基站4万个,实现5G网络全覆盖、行业应用热点区域深度覆盖、按需提供5G网络服务的新局面。\n\
         到2025年,加快推进5G网络建设,实现城市和乡镇全面覆盖、行政村基本覆盖、重点应用场景深度覆盖。\n\
         到2021年,实现区县(市)城区、重点乡镇5G信号全覆盖;到2023年,实现县级以上城市主城区普遍覆盖、重点区域深度覆盖。\n",
        &ExtractOptions::new("r"),
    );
    let cover: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(100.0))
        .collect();
    assert_eq!(
        cover,
        [
            ("5G网络", Some(2022), Some(100.0)),
            ("城市和乡镇", Some(2025), Some(100.0)),
            ("区县(市)城区、重点乡镇5G信号", Some(2021), Some(100.0)),
        ],
        "{c:?}"
    );
}

/// 2712 广东 (news of a fitness plan): after `实现`, a full coverage that opens a list of goals
/// (`珠三角地区实现10分钟健身圈全覆盖、其他地区优化提升15分钟健身圈`) is full; the reach in time
/// that names the circle (`10分钟`, `15分钟`) is no figure.
#[test]
fn a_full_coverage_opening_a_list_of_goals_is_read() {
    let c = read_with(
        "到2025年,人均体育场地面积达到2.6平方米以上,珠三角地区实现10分钟健身圈全覆盖、其他地区优化提升15分钟健身圈,经常参加体育锻炼人数比例达到40.5%以上。\n",
        &ExtractOptions::new("r"),
    );
    let units: Vec<_> = c.iter().map(|c| c.unit.as_str()).collect();
    assert!(!units.contains(&"分钟"), "{c:?}");
    assert!(
        written(&c).contains(&("10分钟健身圈", Some(2025), Some(100.0))),
        "{c:?}"
    );
}

/// 128 溧水 (news of a district's 5G goals) and tongliao, yingkou (the seed plans' accounts of
/// their base): an achieved coverage outside a plan's section on its base is read
/// (`目前,溧水主城区5G网络已实现全覆盖`), one inside it is not (the seed plans' keys hold only
/// their tables' indicators); a coverage followed by a second verb (`力争实现5G网络全覆盖并组网投用`)
/// is still full.
#[test]
fn coverage_outside_a_plans_base_and_before_a_second_verb_is_read() {
    let base = super::tests::read_text(
        "一、发展基础\n\
         通信基础设施持续完善。所有城区和行政村均实现全光网覆盖,固定宽带出口达到2170G。\n",
        super::tests::p(),
    );
    assert!(
        written(&base).iter().all(|w| w.2 != Some(100.0)),
        "{base:?}"
    );
    let c = read_with(
        "第一时间挂图作战,目前,溧水主城区5G网络已实现全覆盖。\n\
         今年,溧水提出到2021年将建设5G基站1000个,力争实现5G网络全覆盖并组网投用。\n",
        &ExtractOptions::new("r").published(2020),
    );
    let cover: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(100.0))
        .collect();
    assert_eq!(
        cover,
        [
            ("溧水主城区5G网络", Some(2020), Some(100.0)),
            ("5G网络", Some(2021), Some(100.0))
        ],
        "{c:?}"
    );
}

/// 094 牡丹江: `覆盖率` is a rate's name, not the verb `覆盖` and a bare `率`.
#[test]
fn a_verb_before_a_rate_is_part_of_its_name() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "截至目前,三家通信公司的5G网络在市区和县域覆盖率均达到90%以上。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(names, ["5G网络在市区和县域覆盖率"], "{c:?}");
}

/// 172 衡阳县: `一般公共服务、教育、…社会保障和就业等支出同比增速分别为-9.4%、…` pairs each name of the
/// list with the tail after `等`, keeps no minus sign in a name, and `计划生育` is no plan of the
/// future (the second list is achieved in the year the communiqué reports, as the first).
#[test]
fn a_list_ending_in_etc_shares_its_tail() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n全年财政一般预算支出68.81亿元,增长27.4%。其中:一般公共服务、教育、科学技术、社会保障和就业等支出同比增速分别为-9.4%、23.0%、43.1%、26.4%;医疗卫生与计划生育、节能环保、公共安全、城乡社区等支出增速分别为17.0%、223.2%、12.2%、135.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).into_iter().skip(2).collect();
    assert_eq!(
        got,
        [
            ("一般公共服务支出同比增速", Some(2022), Some(-9.4)),
            ("教育支出同比增速", Some(2022), Some(23.0)),
            ("科学技术支出同比增速", Some(2022), Some(43.1)),
            ("社会保障和就业支出同比增速", Some(2022), Some(26.4)),
            ("医疗卫生与计划生育支出增速", Some(2022), Some(17.0)),
            ("节能环保支出增速", Some(2022), Some(223.2)),
            ("公共安全支出增速", Some(2022), Some(12.2)),
            ("城乡社区支出增速", Some(2022), Some(135.8)),
        ],
        "{c:?}"
    );
}

/// Pairing names by `分别` answers only the question of names: a figure that is a change in
/// percentage points, or has no year, stays for review.
#[test]
fn pairing_names_keeps_other_reviews() {
    let c = read_with(
        "城镇和农村居民人均可支配收入占比分别提高2个百分点、3个百分点。\n广播、电视综合覆盖率分别达99.4%、99.12%。\n",
        &ExtractOptions::new("r"),
    );
    assert!(written(&c).is_empty(), "{c:?}");
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert!(names.contains(&"广播综合覆盖率"), "{c:?}");
    assert!(c.iter().all(|c| c.review.is_some()), "{c:?}");
}

/// 147 苏州: `已有近600个行政村实现5G网络覆盖` counts the places covered; it is no 100 % coverage.
#[test]
fn a_count_of_places_covered_is_no_full_coverage() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "截至目前,全市已有近600个行政村实现5G网络覆盖,而2019年全市仅196个行政村实现5G网络覆盖。\n",
        &opts,
    );
    assert!(c.iter().all(|c| c.value != Some(100.0)), "{c:?}");
}

/// 176 洞头: `研发人员`, `研发投入强度` are names, not the verb `研发` and what it made.
#[test]
fn research_staff_is_a_name() {
    let c = read_with(
        "到2027年,每万名就业人员中研发人员达到209人年以上,研发投入强度达到3%。\n",
        &ExtractOptions::new("r"),
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(names, ["每万名就业人员中研发人员", "研发投入强度"], "{c:?}");
}

/// 014 重庆, 236 荆州开发区: words that end on a verb of doing after `将` (`重庆将建设`,
/// `荆州开发区将建成`) name no indicator; the noun after the unit does.
#[test]
fn a_name_ending_on_a_verb_takes_the_noun_after_the_unit() {
    let c = read_with(
        "2020年重庆将建设250个互联网小镇。截至2022年,荆州开发区将建成1000个5G基站。\n",
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(got, [("互联网小镇", Some(250.0)), ("5G基站", Some(1000.0))]);
}

/// 001 鄂州: `实现了城区全覆盖` names 城区, not `了城区`.
#[test]
fn the_le_of_shixian_is_no_part_of_a_coverage_name() {
    let c = read_with(
        "截至2020年底,全市已建成5G基站1000个,5G网络实现了城区全覆盖。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let names: Vec<&str> = c
        .iter()
        .filter(|c| c.value == Some(100.0))
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(names, ["城区"], "{c:?}");
}

/// 298 保定: a clause that opens on a year of its own and a verb of reaching
/// (`…常住人口达到355万人,到2035年达到500万人`) names its figure after the clause before it.
#[test]
fn a_later_years_value_of_the_same_indicator_takes_its_name() {
    let c = read_with(
        "《纲要》中指出,到2025年,保定市区常住人口达到355万人,到2035年达到500万人。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        rows,
        [
            ("保定市区常住人口", Some(2025), Some(355.0)),
            ("保定市区常住人口", Some(2035), Some(500.0))
        ]
    );
}

/// 197 乐山, 134: `A、B均突破100万` and `A、B各1个` are a row per name; `年均`, `人均` are no
/// `均` of each, and a list of one name is not split.
#[test]
fn a_figure_of_each_name_is_a_row_per_name() {
    let c = read_with(
        "截至2023年底,全市千兆家庭宽带接入户数、5G移动电话用户数均突破100万。\n\
         2022年,建成省级产业创新中心、检验检测中心各1个。\n\
         2022年,城镇和农村居民人均可支配收入增长6%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        rows,
        [
            ("千兆家庭宽带接入户数", Some(2023), Some(100.0)),
            ("5G移动电话用户数", Some(2023), Some(100.0)),
            ("省级产业创新中心", Some(2022), Some(1.0)),
            ("检验检测中心", Some(2022), Some(1.0)),
            ("城镇和农村居民人均可支配收入增长", Some(2022), Some(6.0)),
        ],
        "{c:?}"
    );
}

/// A clause that opens on `均` (`,均达到90%`) holds no list: nothing is split, nothing panics.
#[test]
fn each_at_the_start_of_a_clause_is_no_list() {
    let c = read_with(
        "2022年,全市5G基站、千兆端口,均达到90%;各1个。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(c
        .iter()
        .all(|c| !c.notes.iter().any(|n| n.starts_with("均/各"))));
}

/// 281 常州: the subject of a clause with no figure names the figure after it even when it holds
/// `5G` (`5G终端连接用户快速增长,达203.95万户`); a clause with a year in it does not.
#[test]
fn a_subject_with_5g_in_it_names_the_next_figure() {
    let c = read_with(
        "截至2022年底,全市5G终端连接用户快速增长,达203.95万户。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(rows, [("5G终端连接用户", Some(203.95))], "{c:?}");
}

/// 316 大安, 349 平昌: a sector's share of a part of the economy after `其中` is named with that
/// part; of the whole (`地区生产总值`), it is not.
#[test]
fn a_sectors_share_of_a_part_is_named_with_it() {
    let c = read_with(
        "2022年,全年实现地区生产总值188.72亿元。其中,第一产业增加值25.45亿元,增长4.4%。\n\
         2022年,全年民营经济(不包括港澳台和外商经济)增加值112.12亿元。其中,第一产业增加值3.35亿元,增长3.9%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "地区生产总值",
            "第一产业增加值",
            "第一产业增加值增长",
            "民营经济(不包括港澳台和外商经济)增加值",
            "民营经济第一产业增加值",
            "民营经济第一产业增加值增长"
        ],
        "{c:?}"
    );
}

/// 277 来宾 and 144 菏泽: an amount after a count of projects (`新開工項目12個,總投資32.1億元`,
/// `“四类政策性资金”项目346个、238.7亿元`) is named by those projects, so the amounts of two
/// groups in one sentence no longer conflict, and a bare amount gets a name.
#[test]
fn an_amount_after_a_count_of_projects_is_of_those_projects() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2024年,其中新開工項目12個,總投資32.1億元;竣工項目5個,總投資6.1億元。\n\
         2024年,“四类政策性资金”项目346个、238.7亿元。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("新开工项目总投资", Some(2024), Some(32.1))),
        "{got:?}"
    );
    assert!(
        got.contains(&("竣工项目总投资", Some(2024), Some(6.1))),
        "{got:?}"
    );
    assert!(
        got.contains(&("“四类政策性资金”项目金额", Some(2024), Some(238.7))),
        "{got:?}"
    );
}

/// 450 赣榆: the amount right after a count of the households paid (`发放产业奖补377户45.5万元`,
/// `脱贫户小额信贷125户611.04万元`) is what they were paid, named by what precedes the count; the
/// count goes to review (the amount is the indicator, as for a count of projects).
#[test]
fn an_amount_after_a_count_of_households_is_what_they_were_paid() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,发放产业奖补377户45.5万元,脱贫户小额信贷125户611.04万元。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            ("发放产业奖补金额", Some(2024), Some(45.5)),
            ("脱贫户小额信贷金额", Some(2024), Some(611.04))
        ],
        "{c:?}"
    );
    assert!(
        c.iter()
            .filter(|c| c.value == Some(377.0) || c.value == Some(125.0))
            .all(|c| c
                .review
                .as_ref()
                .is_some_and(|r| r.why.contains("households"))),
        "{c:?}"
    );
}

/// 239 三亚, 458 衢州, 540 习水: a name that is only a verb or a word of time (`推进156个项目集中开工`,
/// `成立10个产业链招商组`, `现场签约14个重点项目`) names nothing: the figure goes to review as
/// unnamed; a figure beside it with a name stays data.
#[test]
fn a_lone_verb_names_nothing() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,推进156个项目集中开工,成立10个产业链招商组,地区生产总值增长4.5%。\n\
         2022年,现场签约14个重点项目。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("地区生产总值增长", Some(2022), Some(4.5))],
        "{c:?}"
    );
    assert!(
        c.iter()
            .filter(|c| matches!(c.value, Some(v) if v == 156.0 || v == 10.0 || v == 14.0))
            .all(|c| c
                .review
                .as_ref()
                .is_some_and(|r| r.kind == crate::extract::ReviewKind::Name)),
        "{c:?}"
    );
}

/// 307 进贤: a communiqué's short `增` (`牧业产值38.69亿元,增4.0%`) is a rate of the level
/// before it, as `增长` is.
#[test]
fn a_short_zeng_is_a_rate_of_the_level_before() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年,林业产值1.56亿元,增长16.4%;牧业产值38.69亿元,增4.0%;渔业产值2.1亿元,增长3.3%。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("牧业产值增", Some(2023), Some(4.0))),
        "{got:?}"
    );
    assert_eq!(got.len(), 6, "{got:?}");
}

/// 240 张家港: a level with no name after a rate of its subject (`规上工业产值保持年均6%增长,力争
/// 到2025年突破6500亿元`) is of that subject; `力争` may stand before the year.
#[test]
fn a_level_after_a_rate_of_its_subject_takes_the_subject() {
    let c = read_with(
        "到2025年,规上工业产值保持年均6%增长,力争到2025年突破6500亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got = written(&c);
    assert!(
        got.contains(&("规上工业产值", Some(2025), Some(6500.0))),
        "{got:?}"
    );
}

/// 617 平凉: `全市地区生产总值2021年突破500亿元、2022年突破600亿元、2024年突破700亿元` lists one
/// indicator's values by year; each figure after the first is of the same indicator, in its own
/// year, and the year between the first one's name and its verb is no part of the name.
#[test]
fn values_listed_by_year_are_of_the_first_ones_indicator() {
    let c = read_with(
        "“十四五”期间,平凉市的经济总量实现了“三级跳”。全市地区生产总值2021年突破500亿元、2022年突破600亿元、2024年突破700亿元,4年时间跨了3个“百亿台阶”。\n",
        &ExtractOptions::new("r"),
    );
    let gdp: Vec<_> = written(&c)
        .into_iter()
        .filter(|(n, _, _)| *n == "地区生产总值")
        .collect();
    assert_eq!(
        gdp,
        [
            ("地区生产总值", Some(2021), Some(500.0)),
            ("地区生产总值", Some(2022), Some(600.0)),
            ("地区生产总值", Some(2024), Some(700.0))
        ],
        "{c:?}"
    );
}

/// Coverage phrases: `实现光网覆盖` after `实现`, `全面覆盖`, each 100 %; qualified coverage
/// (`连续覆盖`) is not full coverage (信息基础设施三年行动方案, 四川新基建, 广西 5G).
#[test]
fn coverage_phrases_are_full_coverage() {
    let c = read_text(
        "目標是:到2018 年,城鎮地區實現光網覆蓋,提供1000 兆比特每秒以上接入服務能力。\n\
         到2022年底实现县级以上城区全面覆盖。\n\
         5G网络实现111个县级行政区主城区连续覆盖。\n",
        period(2015, 2016, 2018),
    );
    let cov: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%" && c.value == Some(100.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        cov,
        [
            ("光网", Some(2018), Role::Target, true),
            ("县级以上城区", Some(2022), Role::Target, true)
        ]
    );
}

/// A report of what was built this year (商丘): `超出计划2个` speaks of a plan, not the future;
/// `已实现…全覆盖和…按需覆盖` is one full coverage, achieved, of the year of the plan reported on.
#[test]
fn an_annual_report_has_achieved_coverage() {
    let c = read_text(
        "截至12月15日,全市已建成5G基站3002个,超出计划2个;新建及改造塔杆5587个,超出计划15个,5G网络已实现县城以上城区全覆盖和垂直行业应用场景按需覆盖。",
        period(2019, 2020, 2022),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert!(
        got.iter().any(|&(_, y, r, v, _, ok)| (y, r, v, ok)
            == (Some(2020), Role::Baseline, Some(3002.0), true)),
        "{got:?}"
    );
    let cov: Vec<_> = c.iter().filter(|c| c.value == Some(100.0)).collect();
    assert_eq!(cov.len(), 1, "{cov:?}");
    assert_eq!(
        (cov[0].name_zh.as_str(), cov[0].year, cov[0].role),
        ("县城以上城区", Some(2020), Role::Baseline)
    );
}

/// Round m (178 山西): coverage said to be of a quality (`高质量覆盖`, `良好覆盖`) is not full
/// coverage.
#[test]
fn qualified_coverage_is_not_full() {
    let c = read_text(
        "到2025年,全省重点场所实现5G网络高质量覆盖,农村地区5G网络实现良好覆盖。",
        p(),
    );
    assert!(c.is_empty(), "{c:?}");
}

/// 796 西丰 (a development zone's plan, its review of 2016–2020): `其中扩建道路1.9公里,投资955万元;
/// 排水3.7公里,投资771.75万元` — each `投资` is the investment of the item that opens the clause
/// before it, one row per item (no conflict between them); a `投资` after no item stays as it is.
#[test]
fn an_investment_after_an_item_is_the_items() {
    let c = read_str(
        "“十三五”期间,基础设施累计投入资金0.351亿元。其中扩建道路1.9公里,投资955万元;排水3.7公里,投资771.75万元;电力4.035公里,投资1050万元。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2021),
    );
    let names: Vec<(&str, Option<f64>)> = c
        .iter()
        .filter(|c| c.unit == "万元")
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(
        names,
        [
            ("道路投资", Some(955.0)),
            ("排水投资", Some(771.75)),
            ("电力投资", Some(1050.0)),
        ],
        "{c:?}"
    );
    assert!(
        c.iter()
            .filter(|c| c.unit == "万元")
            .all(|c| c.review.is_none()),
        "{c:?}"
    );
}

/// 701 哈尔滨, 828 阳泉: `建` of `建筑面积` and `服务` of `服务器` are no verbs of doing: the name
/// keeps them (`服务器装机容量`), and a building's floor area goes to review as a project's size.
#[test]
fn a_noun_beginning_with_a_verbs_characters_keeps_them() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "2019年,西安项目建筑面积约90000平方米,服务器装机容量超过10万台。\n",
        &opts,
    );
    assert!(
        c.iter()
            .any(|c| c.value == Some(10.0) && c.name_zh.contains("服务器装机容量")),
        "{c:?}"
    );
    assert!(
        c.iter().any(|c| c.value == Some(90000.0)
            && c.review
                .as_ref()
                .is_some_and(|r| r.why.contains("site or buildings"))),
        "{c:?}"
    );
}

/// 1219 福建 (news of a 2020 press conference): `确保2020年底前全省建成5G基站2万个` — `前` closes the
/// deadline (`年底前`), it opens no name.
#[test]
fn before_the_years_end_is_part_of_the_deadline() {
    let c = read_text(
        "确保2020年底前全省建成5G基站2万个;到2021年底,全省建成5G基站4万个。\n",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(2.0))
        .map(|c| (c.name_zh.as_str(), c.year))
        .collect();
    assert_eq!(got, [("5G基站", Some(2020))], "{c:?}");
}

/// 981 日喀则 (news of 2024): `建成区绿地253.4公顷` — `建成区` (the built-up area) is the noun the
/// name opens with, not the verb `建成` (built) before a name `区绿地`.
#[test]
fn the_built_up_area_is_a_noun() {
    let c = read_text(
        "- 生态与民生协同推进:建成区绿地253.4公顷,建成区绿化覆盖率达到40%。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(got, ["建成区绿地", "建成区绿化覆盖率"], "{c:?}");
}

/// 1396 贵阳 (2025): `算力规模持续提升,截至目前已突破126EFlops` — a clause that opens on now and
/// a verb of reaching (`截至目前已突破`, `累计达到`, `目前已达`) names nothing of its own: the
/// figure is of the subject of the clause before it.
#[test]
fn a_reached_value_after_now_takes_the_subject_before_it() {
    let c = read_str(
        "贵阳数据中心加快集聚,累计集聚大型及以上数据中心26个,算力规模持续提升,截至目前已突破126EFlops。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(126.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.review.is_none()))
        .collect();
    assert_eq!(got, [("算力规模", Some(2025), true)], "{c:?}");
}

/// 1302 马尾区 (a list of 2022's results, one bullet a line): the bullet (`•`, `●`, `■`) before a
/// name is no part of it.
#[test]
fn a_bullet_is_no_part_of_a_name() {
    let c = read_with(
        "2022年,福州马尾区在多个领域取得了显著的发展成就。\n  • 数字经济总规模突破700亿元。\n● 物联网产值达650亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.1, w.2)).collect();
    assert_eq!(
        got,
        [
            ("数字经济总规模", Some(2022), Some(700.0)),
            ("物联网产值", Some(2022), Some(650.0))
        ],
        "{c:?}"
    );
}

/// 1333 南安 (a work report of 2025): `全区地区生产总值增长5.9%(达到1133.16亿元)` — the level in
/// brackets after a growth rate is the level of what grew.
#[test]
fn a_level_in_brackets_after_a_growth_rate_is_of_what_grew() {
    let c = read_with(
        "2024年,全区地区生产总值增长5.9%(达到1133.16亿元),规上工业总产值增长5.5%(达到955.33亿元)。\n",
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        got,
        [
            ("地区生产总值增长", Some(5.9)),
            ("地区生产总值", Some(1133.16)),
            ("规上工业总产值增长", Some(5.5)),
            ("规上工业总产值", Some(955.33))
        ],
        "{c:?}"
    );
}

/// 1870 牟定 (news of the work report of 2022): `第一产业增长9.1%达21.2亿元` — the level a growth
/// rate leads to, without brackets, is the level of what grew too.
#[test]
fn a_level_a_growth_rate_leads_to_is_of_what_grew() {
    let c = read_with(
        "2021年,全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元,招商引资增长25.9%达87.7亿元。\n",
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        got,
        [
            ("地区生产总值增长", Some(12.6)),
            ("地区生产总值", Some(92.9)),
            ("第一产业增长", Some(9.1)),
            ("第一产业", Some(21.2)),
            ("招商引资增长", Some(25.9)),
            ("招商引资", Some(87.7))
        ],
        "{c:?}"
    );
}

/// 1201 象山 (news of 2025's goals): `确保游客接待量、旅游总收入均增长10%` — a rate said of each
/// of a list is a row per name, named with its verb.
#[test]
fn a_rate_of_each_name_is_a_row_per_name() {
    let c = read_with(
        "2025年,确保游客接待量、旅游总收入均增长10%。\n",
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        got,
        [
            ("游客接待量增长", Some(10.0)),
            ("旅游总收入增长", Some(10.0))
        ],
        "{c:?}"
    );
}

/// 1302 马尾区 (a list of 2022's results, `label:value` a line): `• 地区生产总值:预计实现696亿元` —
/// with only a verb after the colon, the label before it is the name; `目标是:全县地区生产总值增长8%`
/// keeps the name after the colon.
#[test]
fn a_label_before_a_colon_names_a_figure_with_only_a_verb_after_it() {
    let c = read_with(
        "2022年,福州马尾区取得了显著的发展成就。\n  • 地区生产总值:预计实现696亿元。\n  • 固定资产投资:完成165亿元。\n今年主要预期目标是:全县地区生产总值增长8%左右。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let names: Vec<_> = c.iter().map(|c| (c.name_zh.as_str(), c.value)).collect();
    assert_eq!(
        names,
        [
            ("地区生产总值", Some(696.0)),
            ("固定资产投资", Some(165.0)),
            ("全县地区生产总值增长", Some(8.0))
        ],
        "{c:?}"
    );
}

/// 1426 重庆 (news of 2024): `新增软件企业6900余家、从业人员9.8万余人,累计3.8万余家、35.6万余人` —
/// each total after `累计` is the running total of the addition in the same place, its unit the
/// same but scaled.
#[test]
fn running_totals_pair_with_the_additions_listed_before_them() {
    let c = read_with(
        "2023年,重庆新增软件企业6900余家、从业人员9.8万余人,累计3.8万余家、35.6万余人。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        got,
        [
            ("重庆新增软件企业", Some(6900.0)),
            ("从业人员", Some(9.8)),
            ("软件企业累计", Some(3.8)),
            ("从业人员累计", Some(35.6))
        ],
        "{c:?}"
    );
}

/// 2230 广西 (news of a transport work conference, 2026): `新增高速公路约3850公里、总里程达10650公里,
/// 新增高速铁路约700公里、总里程近2500公里` — each `总里程` after an addition in its clause is the
/// total of what was added (`高速公路总里程`, `高速铁路总里程`), a level, not another addition.
#[test]
fn a_total_after_an_addition_is_named_after_it() {
    let c = read_with(
        "“十四五”时期,广西新增高速公路约3850公里、总里程达10650公里,新增高速铁路约700公里、总里程近2500公里。\n",
        &ExtractOptions::new("r").published(2026),
    );
    let totals: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.name_zh.ends_with("总里程"))
        .map(|c| (c.name_zh.as_str(), c.value, c.basis))
        .collect();
    assert_eq!(
        totals,
        [
            (
                "高速公路总里程",
                Some(10650.0),
                crate::extract::Basis::Level
            ),
            ("高速铁路总里程", Some(2500.0), crate::extract::Basis::Level),
        ],
        "{c:?}"
    );
}

/// 2727 山东 (a logistics bulletin): a bare `占比为` after a named amount and its rate is that
/// amount's share, and `与GDP的比率为` the subject's ratio to the product — no longer seven
/// figures of one name `占比` in conflict.
#[test]
fn a_bare_share_and_a_ratio_to_gdp_take_the_subject_before() {
    let c = read_with(
        "2020年,全省社会物流总额22.98万亿元。从构成看,工业品物流总额97684.5亿元,同比增长1.6%,占比为42.5%;商贸物流总额86373.3亿元,同比增长1.4%,占比为37.6%。\n\
         2020年,全省社会物流总费用达1.06万亿元,同比增长3.0%,与GDP的比率为14.5%。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.unit == "%")
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    for want in [
        ("工业品物流总额占比", Some(42.5)),
        ("商贸物流总额占比", Some(37.6)),
        ("社会物流总费用与GDP的比率", Some(14.5)),
    ] {
        assert!(rows.contains(&want), "{want:?} in {rows:?}");
    }
}
