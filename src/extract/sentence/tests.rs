//! Unit tests of the parent module, each from a real case.

use super::*;

pub(super) fn read_text(text: &str, period: Period) -> Vec<Candidate> {
    read_str(text, period, &ExtractOptions::new("r"))
}

pub(super) fn p() -> Period {
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

pub(super) fn period(base: i32, start: i32, end: i32) -> Period {
    Period {
        base_year: Some(base),
        end_year: Some(end),
        start_year: Some(start),
    }
}

pub(super) fn brief(c: &Candidate) -> (&str, Option<i32>, Role, Option<f64>, Basis, bool) {
    (
        c.name_zh.as_str(),
        c.year,
        c.role,
        c.value,
        c.basis,
        c.review.is_none(),
    )
}

/// Issue 32, shape 1 and 6: `年内` is the annual plan's year; `新增` is the basis.
#[test]
fn within_the_year_is_the_plans_year() {
    // 商丘 2023 5G annual tasks (news); an annual plan: base 2022, start = end = 2023.
    let c = read_text("年内新增5G基站1650座。", period(2022, 2023, 2023));
    assert_eq!(
        c.iter().map(brief).collect::<Vec<_>>(),
        [(
            "5G基站",
            Some(2023),
            Role::Target,
            Some(1650.0),
            Basis::New,
            true
        )]
    );
    assert!(
        c[0].notes.iter().any(|n| n.contains("年内")),
        "{:?}",
        c[0].notes
    );
    // `3年内`, `届时` in a three-year action plan (2018—2020年).
    let c = read_text(
        "3年内全市建成5G基站1万个。届时，全市光纤宽带用户达到100万户。",
        period(2017, 2018, 2020),
    );
    assert_eq!(c.len(), 2);
    assert!(
        c.iter().all(|c| c.year == Some(2020) && c.review.is_none()),
        "{c:?}"
    );
}

/// Issue 32, shape 1: `力争到2020年，A…；B…` and target sentences after it take its year; a
/// sentence reporting what was done (`已建成`) does not.
#[test]
fn a_goal_year_carries_to_later_target_sentences() {
    let c = read_text(
        "力争到2020年，全省光纤宽带用户达到800万户。\n5G基站突破2000个。\n目前已建成4G基站3万个。",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got[0],
        (
            "光纤宽带用户",
            Some(2020),
            Role::Target,
            Some(800.0),
            Basis::Level,
            true
        )
    );
    assert_eq!(
        got[1],
        (
            "5G基站",
            Some(2020),
            Role::Target,
            Some(2000.0),
            Basis::Level,
            true
        )
    );
    assert!(
        !got[2].5,
        "a past figure without a year goes to review: {:?}",
        c[2]
    );
}

/// Issue 32, shape 1: in a plan with a known end year, a target clause outside the goals
/// section takes that year; anything else goes to review.
#[test]
fn target_clauses_take_the_documents_end_year() {
    let c = read_text(
        "打造10个数字化转型示范园区。\n全市已有规上企业1200家。",
        period(2021, 2022, 2024),
    );
    assert_eq!(c[0].year, Some(2024));
    assert!(c[0].review.is_none());
    assert!(c[1].review.is_some(), "{:?}", c[1]);
}

/// Issue 32, shape 4: `占GDP比重` is the share of the subject before it.
#[test]
fn a_share_inherits_its_subject() {
    let c = read_text(
        "到2025年，数字经济增加值达到10000亿元，占GDP比重达56%以上，年均增长超20%。",
        p(),
    );
    let names: Vec<&str> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(
        names,
        [
            "数字经济增加值",
            "数字经济增加值占GDP比重",
            "数字经济增加值年均增长"
        ]
    );
}

/// A report that sets no goal year (山西 digital economy progress): `2022年实现营收…` and
/// `同比增长` are what was reached, baselines.
#[test]
fn a_report_without_goals_states_baselines() {
    let c = read_text(
        "电子信息制造业2022年实现营收1697.2亿元，同比增长9.4%。",
        Period::default(),
    );
    assert!(
        c.iter()
            .all(|c| c.role == Role::Baseline && c.year == Some(2022)),
        "{c:?}"
    );
}

/// Pinyin-glossed mirror text (`數(shù)據(jù)`) is read through its normalised copy; the quote
/// keeps the glosses.
#[test]
fn glossed_text_is_read_and_quoted_as_written() {
    let c = read_text("到2025年，全市5G基站數(shù)量達(dá)到1.2萬個。", p());
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].name_zh, "5G基站数量");
    assert_eq!(c[0].value, Some(1.2));
    assert_eq!(c[0].unit, "万个");
    assert!(
        c[0].quote.contains("數(shù)量達(dá)到1.2萬個"),
        "{}",
        c[0].quote
    );
}

/// A report of results (安康 press release on the 14th five-year period, pinyin-glossed): its
/// figures are achieved values of the period's end, and `达到“十三五”末2倍` names the base of a
/// multiple, not the year of the figures after it.
#[test]
fn a_report_of_results_states_achieved_values() {
    let c = read_text(
        "12月4日,記者從安康市“高質(zhì)量完成‘十四五’規(guī)劃”系列主題新聞發(fā)布會第五場上了解到:“十四五”期間,全市光纜總長達(dá)18.1萬公里,寬帶網(wǎng)絡(luò)行政村覆蓋率100%,長度較“十三五”末新增66.1%;建成4G基站15250個,4G網(wǎng)絡(luò)行政村覆蓋率100%,基站數(shù)量達(dá)到“十三五”末2倍;新建5G基站6311個,5G網(wǎng)絡(luò)行政村覆蓋率達(dá)到96%;互聯(lián)網(wǎng)寬帶用戶達(dá)129.2萬戶,較“十三五”末增長49.1%。",
        p(),
    );
    let data: Vec<_> = c.iter().filter(|c| c.review.is_none()).collect();
    assert!(data.len() >= 9, "{data:?}");
    assert!(
        data.iter()
            .all(|c| c.role == Role::Baseline && c.year == Some(2025)),
        "{data:?}"
    );
    assert!(data.iter().any(|c| c.value == Some(6311.0)));
}

/// 广西 ICT meeting report: `提前完成了2020年150万公里目标` names a target by its year; that
/// year is not the time of the figures after it (they have none stated: review).
#[test]
fn a_year_naming_a_target_is_not_a_time() {
    let c = read_text(
        "光缆线路长度达到168万公里,排全国第13位,提前完成了2020年150万公里目标,互联网省际出口带宽达到2235万兆,比2018年增加了541万兆。",
        Period::default(),
    );
    assert!(
        c.iter()
            .filter(|c| c.value == Some(2235.0))
            .all(|c| c.year != Some(2020)),
        "{c:?}"
    );
}

/// 四川 5G 强镇兴乡 (news page dated `发布日期:2021-07-07`): a target clause of a text with no
/// period takes the year an earlier paragraph names (`四川省2021年5G网络“强镇兴乡”工程`).
#[test]
fn a_target_takes_the_year_an_earlier_paragraph_names() {
    let c = read_text(
        "放大字体  缩小字体 发布日期:2021-07-07  来源:川观新闻\n\
         7月6日,记者从四川省通信管理局获悉,四川省2021年5G网络“强镇兴乡”工程日前已全面动工建设。\n\
         本次工程将落实省通信业发展专项资金8726.9万元,支持1108个重点乡镇建设1781个5G基站。\n",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(1781.0))
        .map(|c| (c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(got, [(Some(2021), Role::Target, true)]);
}

/// `今年` in a news page that is not an annual plan is the year the page was published
/// (湖北 `今年,我省将新增5亿元专项资金`, with the page's date line).
#[test]
fn this_year_is_the_year_of_publication() {
    let c = read_text(
        "发布时间:2023-03-22 09:15\n今年,我省将新增5亿元专项资金,继续助力数字经济高质量发展。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [(
            "专项资金",
            Some(2023),
            Role::Target,
            Some(5.0),
            Basis::New,
            true
        )]
    );
}

/// 山西 digital economy progress: `营收` is of the subject that opens its sentence, so the
/// three industries' revenues are three indicators, not one in conflict with itself.
#[test]
fn a_measure_inherits_the_subject_of_its_sentence() {
    let c = read_text(
        "数字产业化加快发展。电子信息制造业多个领域跻身全国前列,2022年实现营收1697.2亿元,同比增长9.4%。软件和大数据产业不断壮大,2022年实现营收118亿元,同比增长10.4%。",
        Period::default(),
    );
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(
        names,
        [
            "电子信息制造业营收",
            "电子信息制造业营收同比增长",
            "软件和大数据产业营收",
            "软件和大数据产业营收同比增长"
        ]
    );
}

/// 无锡 district report (`发布时间:2023-11-14`), section `一、我区数字经济发展的现状`: with no
/// base year, the state described is that of the year the page was published.
#[test]
fn a_state_section_of_a_dated_page_is_of_its_year() {
    let c = read_text(
        "浏览量:202 | 发布时间:2023-11-14\n一、我区数字经济发展的现状\n当前,我区已有2个千亿数字产业集群。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [(
            "千亿数字产业集群",
            Some(2023),
            Role::Baseline,
            Some(2.0),
            Basis::Level,
            true
        )]
    );
}

/// 广西 5G press release: a sentence that opens on the past (`近年来,`) states no target,
/// though its clause has a verb of one (`投入`).
#[test]
fn a_sentence_opening_on_the_past_is_no_target() {
    let c = read_text(
        "近年来,广西信息通信业累计投入近150亿元开展5G网络建设。",
        period(2019, 2020, 2022),
    );
    assert!(
        c.iter()
            .all(|c| c.role == Role::Baseline || c.review.is_some()),
        "{c:?}"
    );
}

/// Text converted from PDF puts blanks around numbers (`到 2022 年底`): the year named is the
/// year of what follows, not the plan's `年底` (天津 5G opinions, 2020).
#[test]
fn a_year_with_blanks_before_its_end_is_that_year() {
    let c = read_text(
        "到 2020 年底,建设 5G 基站 2 万个,基本实现中心城区的 5G 网络覆盖;到 2022 年底,建设 5G 基站 4 万个,实现 5G 网络全覆盖。",
        period(2019, 2020, 2022),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.year, c.value, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2020), Some(2.0), true),
            (Some(2022), Some(4.0), true),
            (Some(2022), Some(100.0), true)
        ],
        "{c:?}"
    );
}

/// 362 鄂尔多斯 (an annual plan of 2023): a ceiling (`城镇登记失业率控制在5%以内`) is a target
/// clause, of the plan's year, as a floor (`增长15%以上`) is.
#[test]
fn a_ceiling_is_a_target_clause() {
    let c = read_text(
        "——全社会固定资产投资增长15%以上;\n——城镇登记失业率控制在5%以内;\n——居民消费价格涨幅不超过3%;\n",
        period(2022, 2023, 2023),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [
            ("全社会固定资产投资增长", Some(2023), Role::Target, true),
            ("城镇登记失业率", Some(2023), Role::Target, true),
            ("居民消费价格涨幅", Some(2023), Role::Target, true),
        ],
        "{c:?}"
    );
}

/// 562 宣城 (a plan's review of its last five years): a year inside a document's title
/// (`《宣城市城市总体规划(2016—2030年)》获省政府批复`) is part of its name — the development zones
/// counted after it are the review's, 2020, not goals of 2030.
#[test]
fn a_year_in_a_documents_title_is_no_time() {
    let x = crate::extract::extract(
        "“十四五”时期(2021-2025年),是我市迈向基本实现社会主义现代化新征程的重要时期。\n\
         一、宣城市“十三五”发展总结\n\
         ——中心城市能级跃升。《宣城市城市总体规划(2016—2030年)》获省政府批复,中心城区“双百”规模和芜马宣城市组群发展正式确立。在开发区优化整合中保留9家开发区,其中国家级经济技术开发区2家,省级开发区7家。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(9.0)),
            (Some(2020), Role::Baseline, Some(2.0)),
            (Some(2020), Role::Baseline, Some(7.0)),
        ],
        "{x:?}"
    );
}

/// 578 江阳 (a district's plan, converted from PDF with blanks around the quotes): the end of a
/// past period as the base of a multiple (`是 “ 十二五 ” 末的 1.5 倍`) is no time for the
/// sentences after it — the investment growth after it is of the plan's base year.
#[test]
fn a_periods_end_as_the_base_of_a_multiple_is_no_time() {
    let c = read_text(
        "第一节发展基础\n\
         经济综合实力显著增强。 “ 十三五 ” 期间,地区生产总值年均增长 8.5% ,总量达到 616.36 亿元,是 “ 十二五 ” 末的 1.5 倍。经济增长实现投资消费双轮驱动,全社会固定资产投资增速年均增长15% 。\n",
        p(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(15.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2020), Role::Baseline)], "{c:?}");
}
