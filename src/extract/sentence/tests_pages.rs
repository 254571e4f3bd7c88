//! Unit tests of the year rules that read a whole page (issue 32, thirty-first session): a
//! period looked back on, a plan that proposes a year, goals announced without a year, a
//! release of last year's results, a review's title — each from a page of the development
//! corpus (`seeds/plans/dev/docs/`), through [`crate::extract::extract`].

use super::tests_reports::extracted;
use super::{dating, review};
use crate::extract::Role;

/// The rows written with value `value` from `text` on a page of `published`.
fn rows_of(text: &str, published: i32, value: f64) -> Vec<(Option<i32>, Role, Option<f64>)> {
    extracted(text, Some(published))
        .into_iter()
        .filter(|r| r.2 == Some(value))
        .collect()
}

/// 1950 黑龙江 (news of a press conference of 2025 on `高质量完成“十四五”规划`): `“十四五”时期,…高铁总
/// 里程达到1374公里` looks back on the period from its last year — results of 2025, not goals; on a
/// page of 2022 the same sentence still speaks of the plan's goals.
#[test]
fn a_period_looked_back_on_from_its_last_year_is_past() {
    let text = "“高质量完成‘十四五’规划”系列主题新闻发布会在哈尔滨市举行。\n\
                “十四五”时期,黑龙江省综合交通基础设施建设累计完成投资预计2690亿元。铁路方面,高铁总里程达到1374公里。\n";
    assert_eq!(
        extracted(text, Some(2025)),
        [
            (Some(2025), Role::Baseline, Some(2690.0)),
            (Some(2025), Role::Baseline, Some(1374.0))
        ]
    );
    assert_eq!(
        extracted(text, Some(2022)),
        [
            (Some(2025), Role::Target, Some(2690.0)),
            (Some(2025), Role::Target, Some(1374.0))
        ]
    );
}

/// 1971 湖南 (news of a plan, a page without a date): `《湖南省提振消费专项行动方案》提出,2025年,全省
/// 实现社会消费品零售总额增长5.5%以上` — a plan named in 《》 proposes the year that opens what
/// follows: goals of 2025, not results.
#[test]
fn a_plan_proposes_the_year_that_follows() {
    let got = extracted(
        "湖南日前出台《湖南省提振消费专项行动方案》提出,2025年,全省实现社会消费品零售总额增长5.5%以上,新增限额以上“批零住餐”企业1000家以上。\n",
        None,
    );
    assert_eq!(
        got,
        [
            (Some(2025), Role::Target, Some(5.5)),
            (Some(2025), Role::Target, Some(1000.0))
        ],
        "{got:?}"
    );
}

/// 1977 长春 (news of the work report of 2025, an excerpt without a title or a year):
/// `全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上,…` on a page of 2025 announces the
/// goals of the year the page speaks from; rates a year on average (`年均增长8%`) are a plan of
/// several years and are not dated so.
#[test]
fn goals_announced_without_a_year_are_the_pages_year() {
    let got = extracted(
        "全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上,粮食产量260亿斤以上,规上工业增加值增长7%以上。\n",
        Some(2025),
    );
    assert_eq!(
        got,
        [
            (Some(2025), Role::Target, Some(5.5)),
            (Some(2025), Role::Target, Some(260.0)),
            (Some(2025), Role::Target, Some(7.0))
        ],
        "{got:?}"
    );
    let got = extracted(
        "全县经济社会发展主要预期目标是:生产总值年均增长8%左右,固定资产投资年均增长9%左右。\n",
        Some(2022),
    );
    assert!(got.iter().all(|(y, _, _)| *y != Some(2022)), "{got:?}");
}

/// 1798 成都 (a statistics release of 2022): the title `2021年成都数字经济核心产业增加值达2580.6亿元`
/// opens on the year before the page's with a figure, so `数字技术应用业增加值为1425.3亿元`, a
/// later paragraph that names no year, is of 2021 too — not of the page's year.
#[test]
fn a_release_of_last_years_results_dates_its_undated_figures() {
    let text = "2021年成都数字经济核心产业增加值达2580.6亿元 同比增长18.7%\n\
                4月7日,红星新闻记者从成都市统计局获悉,2021年,全市数字经济核心产业增加值2580.6亿元,按可比价计算较上年同期增长18.7%。\n\
                数字技术应用业增加值为1425.3亿元,较上年同期增长30.2%。\n";
    let got = extracted(text, Some(2022));
    assert!(
        got.contains(&(Some(2021), Role::Baseline, Some(1425.3)))
            && got.contains(&(Some(2021), Role::Baseline, Some(30.2)))
            && got.iter().all(|(y, _, _)| *y == Some(2021)),
        "{got:?}"
    );
}

/// 2017 山东 (news of the work report of 2026, an undated page): a text titled
/// `2025年及“十四五”时期工作回顾` reviews 2025, so `规上工业增加值增长7.6%`, a bullet that names no
/// year, is a result of 2025 — not a goal without a year.
#[test]
fn a_review_title_dates_the_undated_results() {
    let text = "2025年及“十四五”时期工作回顾\n\
                - 2025年地区生产总值增长5.5%,达到10.3万亿元 [4]\n\
                - 规上工业增加值增长7.6%;服务业增加值增长6.1% [4]\n\
                - 省市县重点项目完成投资2.8万亿元 [4]\n";
    assert_eq!(
        extracted(text, None),
        [
            (Some(2025), Role::Baseline, Some(5.5)),
            (Some(2025), Role::Baseline, Some(10.3)),
            (Some(2025), Role::Baseline, Some(7.6)),
            (Some(2025), Role::Baseline, Some(6.1)),
            (Some(2025), Role::Baseline, Some(2.8))
        ]
    );
}

/// 2016 (news of the national outline of 2026–2030): `为到2035年人均国内生产总值比2020年翻一番、达到
/// 中等发达国家水平打好基础` names a goal further off that the plan prepares for; the targets after
/// it (`数字经济核心产业增加值占国内生产总值比重达到12.5%`) are the outline's, of 2030.
#[test]
fn a_goal_prepared_for_is_not_carried() {
    let text = "国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》,提交大会审查。\n\
                经济发展方面,提出国内生产总值增长保持在合理区间,为到2035年人均国内生产总值比2020年翻一番、达到中等发达国家水平打好基础。\n\
                其中,数字经济核心产业增加值占国内生产总值比重达到12.5%。\n";
    assert_eq!(
        extracted(text, Some(2026)),
        [(Some(2030), Role::Target, Some(12.5))]
    );
}

/// 1942 咸阳 (news of the work report of 2026): the headline `锚定“十五五”,生产总值预期目标增长5.5%以上`
/// aims at the period — its goal is of the year the section heading `2026年——` names, not of
/// 2030; so are the goals `今年…主要预期目标是:` announces below it.
#[test]
fn a_period_aimed_at_is_no_time_for_the_goals() {
    let text = "2026年——\n\
                锚定“十五五”,生产总值预期目标增长5.5%以上\n\
                贾珉亮在报告中提出今年全市经济社会发展的主要预期目标是:生产总值增长5.5%以上,一般公共预算收入增长3%左右。\n";
    let got = extracted(text, Some(2026));
    assert_eq!(
        got,
        [
            (Some(2026), Role::Target, Some(5.5)),
            (Some(2026), Role::Target, Some(5.5)),
            (Some(2026), Role::Target, Some(3.0))
        ],
        "{got:?}"
    );
}

/// 2112 芜湖经开区 (a report titled `经开区2022年经济社会发展总体情况和2023年工作打算汇报`, no page
/// date): the year before `工作打算` is the year the text plans for, not one it reports on — its
/// `预计全年实现地区生产总值685亿元` is of 2022, the year the title reports on.
#[test]
fn the_year_a_title_plans_for_is_not_reported_on() {
    let text = "经开区2022年经济社会发展总体情况和2023年工作打算汇报\n\
                今年以来,在市委市政府坚强领导下,经开区经济社会保持良好发展势头。\n\
                一是经济运行稳中向好。预计全年实现地区生产总值685亿元,增长8.5%左右。\n";
    let got = extracted(text, None);
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(685.0)),
            (Some(2022), Role::Baseline, Some(8.5))
        ],
        "{got:?}"
    );
}

/// 2323 宜昌 (a province's series of year reviews, published February 2026): the unnumbered
/// heading `2025年工作亮点` under the city's name dates the results below it — 2025's, not the
/// page's year.
#[test]
fn a_years_highlights_heading_dates_its_results() {
    let text = "宜昌市\n\
                2025年工作亮点\n\
                聚力压舱顶梁,工业经济保持稳定增长。规上工业增加值增长7.3%。工业投资占固定资产投资的比重46.5%。\n";
    let got = extracted(text, Some(2026));
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(7.3)),
            (Some(2025), Role::Baseline, Some(46.5))
        ],
        "{got:?}"
    );
}

/// 2374 保康 (news of the county's vote on its livelihood projects of 2026): `…对2026年县政府民生实事
/// 项目进行了票决。票决结果如下:` announces the year's projects, listed in the lines after — goals of
/// 2026; a list introduced as a review (`…民生实事项目完成情况如下:`) announces none.
#[test]
fn a_years_list_of_projects_voted_for_dates_the_lines_after() {
    let list =
        "保康县第十九届人民代表大会第五次会议对2026年县政府民生实事项目进行了票决。票决结果如下:\n\
                二、农村公路提档升级项目。新建、改建农村公路100公里。\n\
                八、就业服务项目。城镇新增就业人数不低于4500人。\n";
    let got = extracted(list, None);
    assert_eq!(
        got,
        [
            (Some(2026), Role::Target, Some(100.0)),
            (Some(2026), Role::Target, Some(4500.0))
        ],
        "{got:?}"
    );
    let review = list.replace("进行了票决。票决结果如下", "完成情况如下");
    assert!(extracted(&review, None).is_empty());
}

/// 2409 商洛 (news of a year's agricultural work under a date of 2023; no line names a year):
/// `确保粮食播种面积稳定在238万亩、产量达48万吨以上` sets goals of the page's year, 2023. An undated
/// page's goals, or a project's `将吸引…` with no word of a goal set, stay for review.
#[test]
fn a_goal_set_on_a_page_that_names_no_year_is_of_its_date() {
    let text = "为全面落实市委五届三次全会精神,商洛市谋划推进农业农村六项重点工作。\n\
                一是全力确保粮食安全。落实粮食安全党政同责,确保粮食播种面积稳定在238万亩、产量达48万吨以上。\n";
    assert_eq!(
        extracted(text, Some(2023)),
        [
            (Some(2023), Role::Target, Some(238.0)),
            (Some(2023), Role::Target, Some(48.0))
        ]
    );
    assert_eq!(extracted(text, None), []);
    let project = "园区全部建成将吸引20家龙头企业入驻发展。\n";
    assert_eq!(extracted(project, Some(2023)), []);
}

/// 2583 宜春 (a page of 2025 on the budget executed in 2024): under `一、一般公共预算收入完成情况`,
/// `2024年,全市一般公共预算收入284.1亿元` names the year the next line's undated figures
/// (`分级次看,市级…一般公共预算收入49.5亿元`) report, not the page's year.
#[test]
fn a_year_named_in_a_reports_results_section_dates_the_lines_after_it() {
    let text = "一、一般公共预算收入完成情况\n\
                2024年,全市一般公共预算收入284.1亿元,同比下降2%。\n\
                分级次看,市级一般公共预算收入49.5亿元,同比增长7%。\n";
    assert_eq!(
        extracted(text, Some(2025)),
        [
            (Some(2024), Role::Baseline, Some(284.1)),
            (Some(2024), Role::Baseline, Some(2.0)),
            (Some(2024), Role::Baseline, Some(49.5)),
            (Some(2024), Role::Baseline, Some(7.0))
        ]
    );
}

/// 2659 湖南 (news of February 2023 on the forestry work conference): the headline
/// `2022年湖南完成营造林面积574.57万亩 森林覆盖率达59.98%` reports the year before the page's, so the
/// undated results below it (`完成人工造林128.98万亩`) are of 2022, not of 2023. The same headline
/// on a page of 2022, or one that looks ahead, dates nothing.
#[test]
fn a_headline_of_last_years_results_dates_the_page() {
    let text = "2022年湖南完成营造林面积574.57万亩 森林覆盖率达59.98%\n\
                国土绿化工程全面铺开。完成人工造林128.98万亩、封山育林114.4万亩。\n";
    let got = extracted(text, Some(2023));
    assert!(
        got.contains(&(Some(2022), Role::Baseline, Some(128.98))),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some(2022), Role::Baseline, Some(114.4))),
        "{got:?}"
    );
    assert_eq!(
        review::headline_results(
            "2022年湖南完成营造林面积574.57万亩 森林覆盖率达59.98%",
            Some(2022)
        ),
        None
    );
    assert_eq!(
        review::headline_results("2022年湖南将完成营造林面积574.57万亩", Some(2023)),
        None
    );
    assert_eq!(
        review::headline_results(
            "2022年湖南完成营造林面积574.57万亩 森林覆盖率达59.98%",
            Some(2023)
        ),
        Some(2022)
    );
}

/// 2632 (a mirror of news of 2022 on the national public-services plan): `…规划明确了“十四五”社会
/// 发展与公共服务主要指标——` announces the plan's main indicators, so `学前教育毛入园率大于90%` in the
/// line after is a goal of 2025, not a level of the page's year; `主要指标完成情况:` is a review.
#[test]
fn a_plans_main_indicators_announced_are_its_goals() {
    let text =
        "这份由国家发展改革委等21个部门印发的规划明确了“十四五”社会发展与公共服务主要指标——\n\
                在学有所教方面,学前教育毛入园率大于90%,九年义务教育巩固率96%。\n";
    let got = extracted(text, Some(2022));
    assert!(
        got.contains(&(Some(2025), Role::Target, Some(90.0))),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some(2025), Role::Target, Some(96.0))),
        "{got:?}"
    );
    let announce = "规划明确了“十四五”社会发展与公共服务主要指标——";
    assert!(super::tense::goals_announced_at(announce, announce.len()).is_some());
    let review = "2022年主要指标完成情况:";
    assert_eq!(super::tense::goals_announced_at(review, review.len()), None);
}

/// 2370 重庆 (news of January 2025 on the work report): `今年,重庆将…接续办好15件重点民生实事。具体
/// 包括:` opens a list of the year's projects, so `新开工改造城镇老旧小区3011万平方米。` on the next line,
/// with no verb of a goal of its own, is a goal of 2025; a list of what was done (`民生实事完成情况
/// 包括:`) opens none.
#[test]
fn a_years_livelihood_projects_listed_after_including_are_its_goals() {
    let text = "今年,重庆将突出“民呼我为”,接续办好15件重点民生实事。具体包括:\n\
                新开工改造城镇老旧小区3011万平方米。\n\
                加装农村公路安全护栏4000公里。\n";
    let got = extracted(text, Some(2025));
    assert!(
        got.contains(&(Some(2025), Role::Target, Some(3011.0))),
        "{got:?}"
    );
    assert!(
        got.contains(&(Some(2025), Role::Target, Some(4000.0))),
        "{got:?}"
    );
    let done = "2024年民生实事完成情况包括:";
    assert_eq!(super::tense::goals_announced_at(done, done.len()), None);
}

/// 2670 建湖县 (a county's page `2026年政府民生实事项目` under its index lines): the parts of the
/// list name no year and few verbs of a goal (`1. 改造提升1个区域性养老服务中心;`, `1. 对农村公路危桥
/// 改造12座`) — each item is a project of 2026, as the title says. Without such a title the items
/// stay for review.
#[test]
fn a_list_titled_as_a_years_livelihood_projects_dates_its_items() {
    let text = "索引号 11320925014387605J/2026-00036 组配分类 重点工作\n\
                2026年政府民生实事项目\n\
                今年我县共10个项目被列入2026年政府民生实事项目。\n\
                一、“一老一小”服务保障能力提升\n\
                1. 改造提升1个区域性养老服务中心;\n\
                2. 完成5个社区居家养老服务中心升级改造;\n\
                二、农村道路、桥梁改造及安全防护\n\
                1. 对农村公路危桥改造12座;\n";
    let got = extracted(text, Some(2026));
    for v in [1.0, 5.0, 12.0] {
        assert!(
            got.contains(&(Some(2026), Role::Target, Some(v))),
            "{v}: {got:?}"
        );
    }
    let untitled = text.replace("2026年政府民生实事项目\n", "");
    let got = extracted(&untitled.replace("被列入2026年", "被列入"), None);
    assert!(!got.iter().any(|w| w.2 == Some(12.0)), "{got:?}");
    assert_eq!(
        dating::projects_title_year(&crate::extract::text::lines(text)),
        Some(2026)
    );
}

/// 2731 山东 (news of 2024 on the market entities of 2023): `截至年底` after a year its sentence
/// names is that year's end, reached — not the page's year, not a goal.
#[test]
fn as_of_the_year_end_after_a_year_named_is_that_years_end() {
    let got = extracted(
        "2月4日,记者从省政府新闻办召开的发布会上获悉,2023年全省实有经营主体稳中向好,截至年底,全省实有企业、个体工商户等各类经营主体1465.9万户,居全国第二位,同比增长4.4%。\n",
        Some(2024),
    );
    assert!(
        got.contains(&(Some(2023), Role::Baseline, Some(1465.9))),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.0 == Some(2023)), "{got:?}");
}

/// 2745 贵州 (news of 2023 on the first quarter's loans): `分别比2021年末、2022年末高7.9个、3.1个
/// 百分点` compares with two year-ends — the second, listed after the first, is a base as well, not
/// the year of the figures after it (`製造業中長期貸款餘額同比增長54.1%` is this year's).
#[test]
fn a_second_base_year_listed_after_the_first_dates_nothing() {
    let got = extracted(
        "記者從中國人民銀行貴陽中心支行獲悉,今年一季度,全省金融對重點領域的信貸支持力度持續加大。\n\
         一季度末,全省工業貸款餘額3571億元,同比增長20.9%,分別比2021年末、2022年末高7.9個、3.1個百分點,為近10年來最高水平。製造業中長期貸款餘額同比增長54.1%。\n",
        Some(2023),
    );
    assert!(
        got.contains(&(Some(2023), Role::Baseline, Some(54.1))),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.0 != Some(2022)), "{got:?}");
}

/// 2757 扬州 (news of the year's renovation plan): `其中,市區52個` breaks down what the sentence
/// before plans (`我市計劃改造城鎮老舊小區130個`) — planned too, not reached.
#[test]
fn a_breakdown_of_a_planned_total_is_planned() {
    let got = extracted(
        "市住建局近日召開專題會議。2024年,我市計劃改造城鎮老舊小區130個、面積168萬平方米。其中,市區52個,預計投資額約42248萬元。\n",
        None,
    );
    assert!(
        got.contains(&(Some(2024), Role::Target, Some(52.0))),
        "{got:?}"
    );
    // (a breakdown of what was done stays reached)
    let got = extracted(
        "2023年,我市已改造城鎮老舊小區130個。其中,市區52個。\n",
        None,
    );
    assert!(
        got.contains(&(Some(2023), Role::Baseline, Some(52.0))),
        "{got:?}"
    );
}

/// 2815 内蒙古 (a bulletin of the population survey of 2023): `现将…主要数据公布如下` — `现将`
/// ("hereby") says nothing of the future; the figures it publishes are reached.
#[test]
fn hereby_is_no_word_of_the_future() {
    let got = extracted(
        "现将根据本次调查推算的人口主要数据公布如下:一、常住人口总量2023年年末全区常住人口为2396.0万人,比上年末减少5.17万人。\n",
        Some(2024),
    );
    assert!(
        got.contains(&(Some(2023), Role::Baseline, Some(2396.0))),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.1 == Role::Baseline), "{got:?}");
}

/// 2853 广西 (radio news of March 2024): an opening that heard a briefing on a year's record
/// (`记者从2023年广西海洋经济运行情况新闻发布会上了解到`) makes the page's undated results that
/// year's (`海洋旅客周转量同比增长310.8%`, 2 → 6 of the page's 13 key rows found); on a page of
/// 2023 the opening dates nothing this way.
#[test]
fn an_opening_that_heard_a_briefing_on_a_years_record_dates_its_results() {
    let text = "广西海洋经济持续保持稳中有进的发展态势\n3月27日,记者从2023年广西海洋经济运行情况新闻发布会上了解到,2023年广西海洋生产总值同比增长9.3%。\n此外,海洋交通运输业继续加快发展,海洋旅客周转量同比增长310.8%,海洋货物周转量同比增长5.3%。\n";
    assert_eq!(
        dating::release_year(&crate::extract::text::lines(text), Some(2024)),
        Some(2023)
    );
    let got = rows_of(text, 2024, 310.8);
    assert_eq!(got, [(Some(2023), Role::Baseline, Some(310.8))]);
    assert_eq!(
        dating::release_year(&crate::extract::text::lines(text), Some(2023)),
        None
    );
}

/// 2604 吉林 (a page of February 2024 opening on an index line and a breadcrumb): the title after
/// them (`2023年吉林為中國每個人飯碗多貢獻1斤半吉林糧`, a line of no clause among the first four)
/// under `發布時間:2024/2/7` releases 2023's results, so `一產增加值同比增長5%`, which names no
/// year, is 2023's (3 → 11 of the page's 13 key rows); not on a page of October, nor is a first
/// body line that opens on a year such a title.
#[test]
fn a_title_after_a_pages_index_lines_releases_last_years_results() {
    let text = "• \n  • 當前位置:首頁 >> 農資新聞 >> 2023年吉林為中國每個人飯碗多貢獻1斤半吉林糧\n    2023年吉林為中國每個人飯碗多貢獻1斤半吉林糧\n    編輯:宇博  發布時間:2024/2/7  瀏覽次數:1171\n    1月25日,在吉林省兩會期間的新聞通道上,省農業農村廳廳長李德明就全省“三農”發展突出亮點接受采訪。\n    李德明介紹,2023年著力加快建設農業強省,全面推進鄉村振興,成效主要體現在五個方面。\n    一是糧食產量創歷史新高。總產量連續3年超過800億斤,去年達到837.3億斤。\n二是農業農村經濟快速增長。一產增加值同比增長5%,高于全國0.9個百分點。\n";
    let lines = crate::extract::text::lines(text);
    assert_eq!(dating::release_year(&lines, Some(2024)), Some(2023));
    assert_eq!(dating::release_year(&lines, Some(2025)), None);
    let got = rows_of(text, 2024, 5.0);
    assert_eq!(got, [(Some(2023), Role::Baseline, Some(5.0))]);
    let october = text.replace("2024/2/7", "2024/10/7");
    assert_eq!(
        dating::release_year(&crate::extract::text::lines(&october), Some(2024)),
        None
    );
    let body = "首页 > 新闻\n2023年,全市社会消费品零售总额达5623亿元,创历史新高。\n";
    assert_eq!(
        dating::release_year(&crate::extract::text::lines(body), Some(2024)),
        None
    );
}

/// 2874 武进 (a statistics office's reading of 2023, on a page of 2024): a line opening on the year
/// just ended and the place with no comma (`2023年武进区(不含经开区,下同)…完成建筑业总产值306.27亿元`)
/// reports that year's results, so the next line's `安装工程产值39.02亿元` is 2023's (4 → 11 of
/// the page's 13 key rows); the same words after a full stop, or on a page of 2025, date nothing.
#[test]
fn a_line_opening_on_last_year_and_its_place_reports_that_years_results() {
    let text = "您当前的位置:首页> 政务公开> 统计信息> 数据解读> 内容\n2023年武进区(不含经开区,下同)总承包和专业承包建筑业企业260家,比去年同期净增40家,完成建筑业总产值306.27亿元,同比增长4.1%。\n从产值构成看,安装工程增速较快。安装工程产值39.02亿元,同比增长31.7%。\n";
    let year_of = |text: &str, published: i32| -> Vec<Option<i32>> {
        extracted(text, Some(published))
            .into_iter()
            .filter(|r| r.2 == Some(39.02))
            .map(|r| r.0)
            .collect()
    };
    assert_eq!(year_of(text, 2024), [Some(2023)]);
    assert_eq!(
        review::last_years_results(
            "2023年武进区总承包建筑业企业完成建筑业总产值306.27亿元",
            Some(2024)
        ),
        Some(2023)
    );
    assert_eq!(
        review::last_years_results(
            "全区经济向好。2023年武进区完成建筑业总产值306.27亿元",
            Some(2024)
        ),
        None
    );
    assert_eq!(
        review::last_years_results("2023年12月武进区完成建筑业总产值306.27亿元", Some(2024)),
        None
    );
    assert_eq!(year_of(text, 2025), [Some(2025)]);
}

/// 2889 四川 (statistics of radio and television, on a page of 2025): the only year the page names
/// is a base of comparison two years before its own (`较2023年提高2.05、0.08和1.06个百分点`), so its
/// undated figures (`有线电视实际用户928.71万户`) are of 2024 (0 → 29 of the page's 36 key rows);
/// not where another year is named, nor where a line speaks of the present (`目前`).
#[test]
fn a_base_of_comparison_two_years_back_dates_a_pages_statistics() {
    let text = "统计数据显示,一是产业规模稳步增长。全省有线电视实际用户928.71万户,其中有线电视缴费用户数504.59万户,同比增长2.07%。\n全年专题服务类、综艺益智类和影视剧类电视节目高清超高清制作比例分别达到75.71%、80.01%和98.64%,较2023年提高2.05、0.08和1.06个百分点。\n";
    let lines = crate::extract::text::lines(text);
    assert_eq!(review::compared_year(&lines, Some(2025)), Some(2024));
    assert_eq!(review::compared_year(&lines, Some(2026)), None);
    let got = rows_of(text, 2025, 928.71);
    assert_eq!(got, [(Some(2024), Role::Baseline, Some(928.71))]);
    let other = text.replace("统计数据显示", "2025年统计数据显示");
    assert_eq!(
        review::compared_year(&crate::extract::text::lines(&other), Some(2025)),
        None
    );
    let now = text.replace("统计数据显示", "目前统计数据显示");
    assert_eq!(
        review::compared_year(&crate::extract::text::lines(&now), Some(2025)),
        None
    );
}

/// 2883 阿克苏 (news of April 2023): a line that opens on the breakdown (`其中:`) of what the line
/// before plans (`阿克苏地区计划实施援疆项目370个,安排援疆资金17.56亿元。`) lists that plan's goals,
/// of the year named before (2 → 12 of the page's 13 key rows); after a line that reports what
/// was done, the same breakdown is no goal.
#[test]
fn a_line_breaking_down_the_plan_before_it_lists_its_goals() {
    let plan = "近日,浙江省发改委下达2023年度援疆项目实施计划,阿克苏地区计划实施援疆项目370个,安排援疆资金17.56亿元。\n\n其中:智力支援类项目58个,安排援疆资金0.87亿元;产业支援类项目98个,安排援疆资金4.62亿元。\n";
    let got = rows_of(plan, 2023, 58.0);
    assert_eq!(got, [(Some(2023), Role::Target, Some(58.0))]);
    let done = plan.replace("计划实施援疆项目370个", "已实施援疆项目370个");
    let got: Vec<_> = extracted(&done, Some(2023))
        .into_iter()
        .filter(|r| r.2 == Some(58.0) && r.1 == Role::Target)
        .collect();
    assert_eq!(got, []);
}

/// 2908 宁波 (the audit office's report of 2023): a title among the first lines on the audit of
/// a year's budget as executed (`关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告`) makes
/// its undated results that year's (`为企业降本减负585.7亿元`, 4 → 9 of the page's 9 key rows).
#[test]
fn an_audit_of_a_years_budget_dates_its_results() {
    let text = "宁波市十六届人大常委会第十二次会议文件\n关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n市审计局局长 励永惠\n一是助企纾困政策落实。为企业降本减负585.7亿元,落实增值税留抵退税409亿元。\n";
    let lines = crate::extract::text::lines(text);
    assert_eq!(dating::review_title_year(&lines), Some(2022));
    let got = rows_of(text, 2023, 585.7);
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(585.7))]);
    // (2904 潮阳: the report's opening says it, `向区人大常委会报告2022年度区本级预算执行和其他财政
    // 收支审计情况`: 0 → 5 of 5)
    let opening = "汕头市潮阳区审计局局长 郑创平\n主任、各位副主任、各位委员:\n我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n";
    assert_eq!(
        dating::review_title_year(&crate::extract::text::lines(opening)),
        Some(2022)
    );
    let plan = "关于2023年度宁波市级财政预算草案的报告\n一是助企纾困。为企业降本减负585.7亿元。\n";
    assert_eq!(
        dating::review_title_year(&crate::extract::text::lines(plan)),
        None
    );
}

/// 2937 山东 (news of the first quarter of 2023): a quarter after a word of counting done
/// (`经统计,第一季度我省共举办各类展会活动超过130场,其中在专业展览场馆举办展会达到84场`) is of the year
/// the page speaks from, a result (4 → 6 of the page's 11 key rows); on its own, with no such
/// word before it and no page year, it dates nothing.
#[test]
fn a_quarter_after_a_word_of_counting_done_is_the_pages_year() {
    let text = "据介绍,各市分别制定了相关促进政策。经统计,第一季度我省共举办各类展会活动超过130场,其中在专业展览场馆举办展会达到84场,展览面积超过180万平方米。\n";
    let got = rows_of(text, 2023, 84.0);
    assert_eq!(got, [(Some(2023), Role::Baseline, Some(84.0))]);
    assert!(extracted(text, None).iter().all(|r| r.2 != Some(84.0)));
}

/// 2769 厦门 (news of 2022-03-22 on the city's 2021 results): `2021年,我市建成48个中小学幼儿园项目,
/// 新增学位5万个。` then `全市拥有各级各类全日制学校1500所` — the page reports the year just ended,
/// which the sentence before opened on; a part of the year (`1至5月份`) or the present (`目前`)
/// is the page's own year.
#[test]
fn the_year_just_ended_an_earlier_sentence_opens_on_dates_a_report() {
    let text = "发展成果惠及民生\n\
        一份高质量的GDP“成绩单”,让更多的发展成果惠及民生,让百姓幸福生活指数更高。\n\
        2021年,我市建成48个中小学幼儿园项目,新增学位5万个。\n\
        全市拥有各级各类全日制学校1500所,学年初招生数29.54万人。\n\
        至2021年末,基本养老、工伤、失业保险参保人数分别为356.63万人、273.22万人、270.33万人,\
        分别比上年末增长3.4%、5.4%、4.6%。全年共发放本市失业人员4.24万人、失业保险金3.98亿元。\n\
        至2021年末,基本医疗、生育保险参保人数分别为457.20万人、270.90万人,分别比上年末增长2.7%、\
        4.9%。两项社会保险合计基金收入152.54亿元,支出120.40亿元,历年累计结余299.68亿元。\n";
    assert_eq!(rows_of(text, 2022, 1500.0)[0].0, Some(2021));
    assert_eq!(rows_of(text, 2022, 29.54)[0].0, Some(2021));
    // On a page of a later year, the year named is no year just ended.
    assert_eq!(rows_of(text, 2024, 1500.0)[0].0, Some(2024));
    let months = "2022年,全市单位GDP能耗累计下降8.6%。\n\
        1至5月份,全市工业技改投资同比增长45%。\n";
    assert_eq!(rows_of(months, 2023, 45.0)[0].0, Some(2023));
    let now = "2022年,全市建成5G基站1.2万个。\n\
        目前,全市共有数据中心12个。\n\
        在用机架3.5万个。\n";
    assert_eq!(rows_of(now, 2023, 3.5)[0].0, Some(2023));
}

/// 3054 新疆 (a news page that dates nothing): `天山网-新疆日报讯(记者…报道)4月2日,随着…并网投运,新疆
/// 新型储能总装机规模…达到1009.7万千瓦` tells what a day brought, in a year the page does not give —
/// for review, not a goal of the end year a later line names (`预计到2025年底,…将超过2000万千瓦`).
#[test]
fn a_day_reported_on_a_page_of_no_year_is_no_goal() {
    let text = "天山网-新疆日报讯(记者陈蔷薇报道)4月2日,随着华电凯升木垒雀仁光伏储能一站并网投运,新疆新型储能总装机规模突破1000万千瓦大关,达到1009.7万千瓦。\n\
        预计到2025年底,新疆新型储能并网规模将超过2000万千瓦。\n";
    let got = extracted(text, None);
    assert!(got.iter().all(|r| r.2 != Some(1009.7)), "{got:?}");
    assert!(
        got.contains(&(Some(2025), Role::Target, Some(2000.0))),
        "{got:?}"
    );
}
