//! Unit tests of the figures that size one project rather than measure a region (issue 32, the
//! twelfth session's rules on): what a project yields once built, a count of projects before
//! their amount, a project's site, length, planned investment or capacity, and sizes inside the
//! names of the projects a list counts — each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::tests_names::{read_with, written};
use super::tests_not_level::{reviewed_as, written_for};
use super::*;

/// 368 昌平 and 338 顺庆: what a project yields once built (`达产后每年可生产1000万台智能手机`)
/// is in a year the text does not name: review; a yield in a named year stays data.
#[test]
fn a_projects_yield_once_built_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "小米智能工厂二期计划年底投用,达产后每年可生产1000万台智能手机。\n\
         项目全面建成投产后将平均每年实现营收35872万元。\n\
         2022年,全区数字经济核心产业营收达到1200亿元。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("数字经济核心产业营收", Some(2022), Some(1200.0))],
        "{c:?}"
    );
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{c:?}");
    // (without the rule the first takes the year of `年底`; the second states no year at all)
    assert!(
        why[0].starts_with("what a project yields once built"),
        "{why:?}"
    );
}

/// 374 安顺 and 144 菏泽: a count of projects whose amount follows (`项目90个、总投资173亿元`,
/// `“两重”“两新”项目18个、21.1亿元`; after a comma too, 1465 运城: `签约省外项目519个,总投资2166.5
/// 亿元`) goes to review and the amount stays data (the corpus
/// convention since round p); a count with no amount after it stays data.
#[test]
fn a_count_of_projects_before_their_amount_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,安顺引进航空装备制造及其配套制造项目90个、总投资173亿元。\n\
         2024年,争取“两重”“两新”项目18个、21.1亿元。\n\
         2024年,全市签约亿元以上项目507个。\n\
         2024年,签约省外项目519个,总投资2166.5亿元。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&(
            "安顺引进航空装备制造及其配套制造项目总投资",
            Some(2024),
            Some(173.0)
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&("签约亿元以上项目", Some(2024), Some(507.0))),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|r| [90.0, 18.0, 519.0].map(Some).contains(&r.2)),
        "{got:?}"
    );
    // (the bare amount is named by the projects before it: see the next test)
    assert!(got.iter().any(|r| r.2 == Some(21.1)), "{got:?}");
    assert!(got.iter().any(|r| r.2 == Some(2166.5)), "{got:?}");
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 3, "{c:?}");
    assert!(
        why.iter()
            .filter(|w| w.starts_with("a count of projects whose amount follows"))
            .count()
            == 3,
        "{why:?}"
    );
}

/// 381 集宁, 154 巨野 and 674 德阳: the size of a project's site or buildings (`占地面积125亩`,
/// `总建筑面积约11万平方米`, `项目单体建筑超5万平方米`) goes to review; land approved for building (`获批建设用地2135亩`)
/// stays data.
#[test]
fn a_projects_site_size_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2023年,万国数据乌兰察布数据中心项目一期占地面积125亩,总建筑面积约11万平方米。\n\
         2023年,全县获批建设用地2135亩。\n\
         2023年,德阳天府数谷云计算中心项目单体建筑超5万平方米。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("建设用地", Some(2023), Some(2135.0))],
        "{c:?}"
    );
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 3, "{c:?}");
    assert!(
        why.iter()
            .all(|w| w.starts_with("the size of a project's site")),
        "{why:?}"
    );
}

/// 565 衡阳: the length of one road or corridor (`全长25公里的衡州大道数字经济走廊`, `该项目总设计里程
/// 达200公里`) goes to review as a project's size; a region's total length (017 安康: `全市光缆总长
/// 达18.1万公里`) stays data.
#[test]
fn the_length_of_one_road_is_a_projects_size() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "2021年,全长25公里的衡州大道数字经济走廊开工,该项目总设计里程达200公里。\n\
         2021年,全市光缆总长达18.1万公里。\n",
        &opts,
    );
    assert_eq!(written(&c), [("光缆总长", Some(2021), Some(18.1))], "{c:?}");
    for v in [25.0, 200.0] {
        assert!(
            reviewed_as(&c, v, crate::extract::ReviewKind::NotALevel, "one road"),
            "{v}: {c:?}"
        );
    }
}

/// 429 鄱阳湖, 499 通榆: one project's planned investment in a sentence that names no year and
/// counts no projects (`中国电信鄱阳湖智算中心项目总投资20亿元`) goes to review, as its site's size
/// does; the total of a counted group of projects (`新开工项目115个、总投资197亿元`) stays data.
#[test]
fn one_projects_planned_investment_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "3月20日,白城市春季重点项目在通榆县现场开工。\n\
         已开工的中国电信鄱阳湖智算中心项目总投资20亿元,建设内容包括智能云中心。\n\
         2023年,新开工项目115个、总投资197亿元。\n",
        &opts,
    );
    assert!(
        written(&c).iter().all(|(_, _, v)| *v != Some(20.0)),
        "{c:?}"
    );
    assert!(
        reviewed_as(
            &c,
            20.0,
            crate::extract::ReviewKind::NotALevel,
            "one project"
        ),
        "{c:?}"
    );
    assert!(written_for(&c, 2023, 197.0), "{c:?}");
}

/// 540 竹溪 (news of a county's computing centre): a project's planned capacity in a sentence that
/// names no year (`建成“国芯一号”智算中心,规划算力200P`) is the project's size and goes to review,
/// as its planned investment does.
#[test]
fn a_projects_planned_capacity_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2025年,竹溪县数字经济发展成效明显。依托这些优势,该县联合华为、科大讯飞建成“国芯一号”智算中心,规划算力200P,一期已上线算力50P。\n",
        &opts,
    );
    assert!(
        reviewed_as(&c, 200.0, crate::extract::ReviewKind::NotALevel, "capacity"),
        "{c:?}"
    );
    assert!(written_for(&c, 2025, 50.0), "{c:?}");
}

/// 530 新宾 (a county's work report for 2023, in traditional characters): an amount that
/// describes the project named after it (`投資74億元的葦子峪抽水蓄能電站項目`, also after a clause of
/// its own, `投資9億元、作為…的…項目`, or before a capacity, `投資6.5億元的100兆瓦…項目`) is the
/// project's size and goes to review; the year's own spending (`投資2100萬元,完成…主體`) stays
/// data, no longer in conflict with the projects' sizes.
#[test]
fn an_investment_describing_the_project_after_it_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年,投資74億元的葦子峪抽水蓄能電站項目確定最優站址并完成實地勘測,投資9億元、作為全省第一批試點的“壓縮空氣+飛輪”儲能示范項目完成縣級備案,投資6.5億元的100兆瓦分散式風力發電項目已獲市級核準。\n\
         2023年,投資2100萬元,完成榆樹園區新建污水處理廠主體。\n",
        &opts,
    );
    for v in [74.0, 9.0, 6.5] {
        assert!(
            reviewed_as(
                &c,
                v,
                crate::extract::ReviewKind::NotALevel,
                "project named after it"
            ),
            "{v}: {c:?}"
        );
    }
    assert!(written_for(&c, 2023, 2100.0), "{c:?}");
}

/// 890 梨树: sizes inside the names of projects a list counts (`华大30兆瓦生物质发电、年产6万吨
/// 减水剂等13个项目参加…集中开工`) go to review as parts of names; the count of projects stays data,
/// and so does a size outside such a list (`新增装机容量30兆瓦`).
#[test]
fn sizes_in_the_names_of_listed_projects_are_names() {
    let opts = ExtractOptions::new("r").published(2019);
    let c = read_with(
        "2019年,新天龙技术改造、华大30兆瓦生物质发电、年产6万吨减水剂等13个项目参加省“三早”项目集中开工。\n\
         2019年,全县新增装机容量30兆瓦。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| w.2).collect();
    assert_eq!(got, [Some(13.0), Some(30.0)], "{c:?}");
    for v in [30.0, 6.0] {
        assert!(
            reviewed_as(
                &c,
                v,
                crate::extract::ReviewKind::NotALevel,
                "a project a list counts"
            ),
            "{v}: {c:?}"
        );
    }
}

/// 1285 东方 (a digest of the work report of 2023): the number of projects whose total investment
/// stands before them (`总投资250亿元的13个重大项目开工建设`) is told by the amount, as when the
/// amount follows: the count goes to review.
#[test]
fn a_count_of_projects_after_their_total_investment_is_no_level() {
    let c = read_with(
        "2022年,总投资98亿元的5个产业项目成功签约,总投资250亿元的13个重大项目开工建设。\n",
        &ExtractOptions::new("r").published(2023),
    );
    for v in [5.0, 13.0] {
        assert!(
            reviewed_as(
                &c,
                v,
                ReviewKind::NotALevel,
                "a count of projects whose total investment precedes"
            ),
            "{v}: {c:?}"
        );
    }
}

/// 1240 格尔木 (a mirror of news of 2025): a place's natural conditions (`全年日照时长超3000小时`,
/// `风能可利用时间达3500-5000小时`) go to review; the capacity beside them, and a figure of the
/// city 日照, stay data.
#[test]
fn a_natural_condition_is_no_plans_indicator() {
    let c = read_with(
        "2024年,格尔木全年日照时长超3000小时,风能可利用时间达3500-5000小时,新能源装机容量达到1500万千瓦;日照市数字经济规模达到1000亿元。\n",
        &ExtractOptions::new("r").published(2025),
    );
    for v in [3000.0, 3500.0] {
        assert!(
            reviewed_as(&c, v, ReviewKind::NotALevel, "a natural condition"),
            "{v}: {c:?}"
        );
    }
    assert!(written(&c).iter().any(|w| w.2 == Some(1500.0)), "{c:?}");
    assert!(written(&c).iter().any(|w| w.2 == Some(1000.0)), "{c:?}");
}

/// 1293 义马, 358 交城, 1272 新乡: a yearly output inside the name of a project just started
/// (`天工膜材公司年产3.6亿平方米高性能锂离子电池隔膜项目顺利开工`) or of one a list counts without
/// its measure word (`瑞辉新材料年产10万吨合成新材料等16改造项目建成投用`) is part of a name; the
/// output of a project built (`美锦制氢年产5.5万吨氢能项目建成投产`) stays data, and so does a count
/// of roads (`沿黄等5条高速公路`).
#[test]
fn a_yearly_output_in_a_projects_name_is_part_of_it() {
    let c = read_with(
        "2022年,新组建的天工膜材公司年产3.6亿平方米高性能锂离子电池隔膜项目顺利开工,瑞辉新材料年产10万吨合成新材料等16改造项目建成投用。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(
        reviewed_as(&c, 3.6, ReviewKind::NotALevel, "年产…项目"),
        "{c:?}"
    );
    assert!(
        reviewed_as(&c, 10.0, ReviewKind::NotALevel, "等N个项目"),
        "{c:?}"
    );
    let built = read_with(
        "2021年,美锦制氢年产5.5万吨氢能项目建成投产。2025年,加快兰原、沿黄等5条高速公路项目建设。\n",
        &ExtractOptions::new("r").published(2022),
    );
    assert!(
        written(&built).iter().any(|w| w.2 == Some(5.5)),
        "{built:?}"
    );
    assert!(
        !reviewed_as(&built, 5.0, ReviewKind::NotALevel, "等N个项目"),
        "{built:?}"
    );
}
