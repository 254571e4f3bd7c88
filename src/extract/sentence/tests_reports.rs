//! Unit tests of the year rules for reports of results (issue 32, round c), each from a
//! sentence of a development document (`seeds/plans/dev/docs/`: 035, 044, 051, 057, 058, 061).

use super::tests::p;
use super::*;

pub(super) fn read_text(text: &str, period: Period) -> Vec<Candidate> {
    read_with(text, period, &ExtractOptions::new("r"))
}

/// The data rows `extract()` writes for `text` (a page of `published`, if given), as (year, role,
/// value): through the whole pipeline, page period and all.
pub(super) fn extracted(
    text: &str,
    published: Option<i32>,
) -> Vec<(Option<i32>, Role, Option<f64>)> {
    let mut options = ExtractOptions::new("r");
    if let Some(y) = published {
        options = options.published(y);
    }
    crate::extract::extract(text.as_bytes(), &options)
        .expect("extracts")
        .data()
        .map(|c| (c.year, c.role, c.value))
        .collect()
}

pub(super) fn read_with(text: &str, period: Period, options: &ExtractOptions) -> Vec<Candidate> {
    read_str(text, period, options)
}

/// (name, year, role, value, written as data)
pub(super) fn brief(c: &Candidate) -> (&str, Option<i32>, Role, Option<f64>, bool) {
    (
        c.name_zh.as_str(),
        c.year,
        c.role,
        c.value,
        c.review.is_none(),
    )
}

/// 057 河北: a report that names its year on an earlier line (`《2024年…报告》显示,2024年,…`)
/// and then says `去年,…`: its figures are achieved in that year.
#[test]
fn a_report_takes_the_year_an_earlier_line_reports_on() {
    let c = read_text(
        "《2024年河北省信息通信行业发展报告》显示,2024年,河北省信息通信业发展的竞争优势和领先地位持续得到巩固提升。\n\
         去年,河北省信息通信业基础设施建设实现新跨越,通信网络供给能力日益提升。完成固定资产投资150亿元,居全国第6位。\n\
         去年,河北省电信业务总量累计达到786.5亿元。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (
                "固定资产投资",
                Some(2024),
                Role::Baseline,
                Some(150.0),
                true
            ),
            (
                "河北省电信业务总量累计",
                Some(2024),
                Role::Baseline,
                Some(786.5),
                true
            ),
        ]
    );
}

/// 061 云南: `2022年上半年` on a line of its own, then `上半年,…实现营业收入1163.02亿元`.
#[test]
fn a_half_year_report_takes_the_year_of_its_heading() {
    let c = read_text(
        "2022年上半年\n上半年,全省数字经济核心产业实现营业收入1163.02亿元、同比增长28.9%,比上年同期高1.5个百分点。\n",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.unit != "个百分点")
        .map(brief)
        .collect();
    assert_eq!(
        got,
        [
            (
                "数字经济核心产业实现营业收入",
                Some(2022),
                Role::Baseline,
                Some(1163.02),
                true
            ),
            (
                "数字经济核心产业实现营业收入同比增长",
                Some(2022),
                Role::Baseline,
                Some(28.9),
                true
            ),
        ]
    );
}

/// 035 湖北: after `截至2022年12月,…` (a year closed), `今年1月…23.6亿元` is in the next year,
/// which the page does not date: review, not 2022.
#[test]
fn this_year_after_a_closed_year_is_not_that_year() {
    let c = read_text(
        "截至2022年12月,全省在用数据中心144个。\n目前,农业数字经济市场规模超3亿元,今年1月全省农产品网络零售额实现23.6亿元,居全国第九。\n",
        Period::default(),
    );
    let late: Vec<_> = c
        .iter()
        .filter(|c| c.line == 2)
        .map(|c| (c.year, c.review.is_some()))
        .collect();
    assert!(late.iter().all(|&(y, r)| y != Some(2022) && r), "{late:?}");
}

/// 051 湖南: `今年上半年…累计新开通5G基站10986个` on a page dated 2020 is achieved in 2020
/// (a part of the year as statistics are reported), and `2019年至今已开通5G基站13586个` is
/// counted up to the year the page was published.
#[test]
fn part_of_this_year_and_since_a_year_are_achieved() {
    let c = read_text(
        "2020-08-01 11:24:22 来源:湖南日报\n\
         7月31日,省工信厅总经济师熊琛介绍,今年上半年全省累计新开通5G基站10986个,完成年度计划的54.8%。\n\
         我省加快推进5G网络基础设施建设,2019年至今已开通5G基站13586个,预计年底将开通超过2.2万个。\n",
        Period::default(),
    );
    let by_value = |v: f64| {
        c.iter()
            .find(|c| c.value == Some(v))
            .map(|c| (c.year, c.role))
    };
    assert_eq!(by_value(10986.0), Some((Some(2020), Role::Baseline)));
    assert_eq!(by_value(54.8), Some((Some(2020), Role::Baseline)));
    assert_eq!(by_value(13586.0), Some((Some(2020), Role::Baseline)));
    // … also when a plan the page quotes (`(2019-2021年)`) gives a base year before the count's
    // start.
    let c = read_text(
        "2020-08-01 11:24:22 来源:湖南日报\n我省加快推进5G网络基础设施建设,2019年至今已开通5G基站13586个。\n",
        Period {
            base_year: Some(2018),
            end_year: Some(2021),
            start_year: Some(2019),
        },
    );
    assert_eq!((c[0].year, c[0].role), (Some(2020), Role::Baseline));
}

/// 052 湖南: `自2021年以来,…累计达到3500万元` on an undated page: counted since 2021, to which
/// year is not said — review, not a 2021 value.
#[test]
fn since_a_year_on_an_undated_page_goes_to_review() {
    let c = read_text(
        "据悉,自2021年以来,湖南移动互联网专项资金支持5G行业融合应用项目累计达到3500万元。\n",
        Period::default(),
    );
    assert_eq!(c.len(), 1);
    assert!(c[0].review.is_some() && c[0].year.is_none(), "{c:?}");
}

/// 058 宁夏: `到2020年底,建设5G基站4000座` is a goal, although the text later mentions the
/// `“十四五”规划` (a period 2021–2025 that would make 2020 past).
#[test]
fn a_stated_goal_year_is_a_goal_before_a_mentioned_period() {
    let c = read_text(
        "到2020年底,建设5G基站4000座,在重点区域率先开展5G商用。\n",
        p(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [("5G基站", Some(2020), Role::Milestone, Some(4000.0), true)]
    );
}

/// 057 河北: `新建通信光缆15.4万公里,累计达到288.2万公里`: the running total is named after the
/// new additions before it; a change of rank (`提升3个位次`) and a size that admits firms to a
/// group (`年业务收入超过2000万的企业`) are not values.
#[test]
fn running_totals_ranks_and_thresholds() {
    let c = read_text(
        "2024年,河北省信息通信业发展。\n\
         去年,新建通信光缆15.4万公里,累计达到288.2万公里,居全国第10位。河北省综合算力指数排名全国第1,比2023年提升3个位次。\n\
         互联网年业务收入超过2000万的企业达到17家。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            ("通信光缆", Some(2024), Role::Baseline, Some(15.4), true),
            (
                "通信光缆累计",
                Some(2024),
                Role::Baseline,
                Some(288.2),
                true
            ),
            (
                "互联网年业务收入超过2000万的企业",
                Some(2024),
                Role::Baseline,
                Some(17.0),
                true
            ),
        ]
    );
}

/// 061 云南: `数字要素驱动业实现营业收入32.67亿元` — `要` in the noun `要素` does not put the
/// sentence in the future.
#[test]
fn yao_in_a_noun_is_not_the_future() {
    let c = read_text(
        "2022年上半年\n其中,数字技术应用业实现营业收入300.33亿元、同比增长5.7%;数字要素驱动业实现营业收入32.67亿元、同比增长7.0%。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
    assert_eq!(
        got,
        [
            (Some(300.33), Some(2022), Role::Baseline),
            (Some(5.7), Some(2022), Role::Baseline),
            (Some(32.67), Some(2022), Role::Baseline),
            (Some(7.0), Some(2022), Role::Baseline),
        ]
    );
}

/// 044 深圳 (big5): `目前,深圳已在新基建的部分領域取得一系列成就,…固定寬帶人口普及率51.5%`
/// in a news report of a 2020–2025 plan, with no date line: the state when the plan began.
#[test]
fn the_past_with_no_year_is_when_the_plan_began() {
    let c = read_text(
        "目前,深圳已在新基建的部分領域取得一系列成就,包括5G商用進程建設成效顯著,8月實現5G網絡全市覆蓋﹔寬帶普及和光纖入戶建設處於國際先行梯隊,固定寬帶人口普及率51.5%,光纖接入用戶佔比達94.2%\n",
        Period {
            base_year: Some(2019),
            end_year: Some(2025),
            start_year: Some(2020),
        },
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%" && c.value != Some(100.0))
        .map(|c| (c.value, c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(51.5), Some(2020), Role::Baseline, true),
            (Some(94.2), Some(2020), Role::Baseline, true),
        ]
    );
}

/// 1276 乌兰察布 (a delegate's words on a page of 2021): the goal a review's work was aimed at
/// (`围绕全市建设中国北方数据中心总目标`) sets no goal — what was brought in and reached after it
/// are the page's results; `力争实现…目标` still looks ahead.
#[test]
fn a_goal_aimed_at_is_no_goal_set() {
    let options = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "近年来,我们将大数据产业作为五大产业之一,围绕全市建设中国北方数据中心总目标,坚持数据中心、服务外包同步发力,成功引进13个数据中心项目,服务器承载能力突破200万台,投资规模达420亿元。\n",
        Period::default(),
        &options,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year, c.role))
        .collect();
    assert_eq!(
        got,
        [
            (Some(13.0), Some(2021), Role::Baseline),
            (Some(200.0), Some(2021), Role::Baseline),
            (Some(420.0), Some(2021), Role::Baseline)
        ],
        "{c:?}"
    );
    assert!(super::tense::speaks_of_future("力争实现全市数据中心总目标"));
    assert!(!super::tense::speaks_of_future(
        ",围绕全市建设数据中心总目标"
    ));
}

/// 1308 河南 (news of December 2025): this year's estimate (`今年预计突破2.2万亿元`) is what the
/// year reaches; this year's aim (`今年力争突破…`) stays a goal.
#[test]
fn this_years_estimate_is_reached() {
    let options = ExtractOptions::new("r").published(2025);
    let role = |text: &str| {
        let c = read_with(text, Period::default(), &options);
        c.iter()
            .find(|c| c.value == Some(2.2))
            .map(|c| (c.year, c.role))
    };
    assert_eq!(
        role("我省数字经济规模今年预计突破2.2万亿元\n"),
        Some((Some(2025), Role::Baseline))
    );
    assert_eq!(
        role("我省数字经济规模今年力争突破2.2万亿元\n"),
        Some((Some(2025), Role::Target))
    );
}

/// 778 岚县 (an undated page of 2025's results, opening `2025年,作为“十四五”规划的收官之年`):
/// `社会消费品零售总额完成8.1亿元,增长4.9%,…其中城镇居民人均可支配收入21945元、增长3.2%` — a rate
/// of growth with no word of the future in its sentence is no goal of the year carried from the
/// opening line: written as a target it would be wrong.
#[test]
fn growth_with_no_word_of_the_future_is_no_carried_goal() {
    let c = read_text(
        "2025年,作为“十四五”规划的收官之年,岚县在转型发展的关键赛道上步履铿锵、笃行不怠。\n\
         消费市场持续活跃,社会消费品零售总额完成8.1亿元,增长4.9%,城乡居民收入稳步提升,其中城镇居民人均可支配收入21945元、增长3.2%。\n",
        // (the period the whole text is read with: its opening year as the end)
        Period {
            end_year: Some(2025),
            ..Period::default()
        },
    );
    let targets: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.role != Role::Baseline)
        .map(brief)
        .collect();
    assert!(targets.is_empty(), "{c:?}");
    // A goal sentence with the same words is still a goal of the year carried.
    let c = read_text(
        "2025年,全县要推动高质量发展。\n力争社会消费品零售总额增长6%。\n",
        Period::default(),
    );
    assert!(
        c.iter()
            .any(|c| c.value == Some(6.0) && c.role != Role::Baseline && c.year == Some(2025)),
        "{c:?}"
    );
}

/// 1348 福建 (a plan execution report, its title glued to its opening): `关于福建省2023年国民经济和
/// 社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告受福建省人民政府委托,…` reports
/// 2023; its review's undated figures are 2023's, and `争取增发国债资金` after a noun `投资计划`
/// was secured, not striven for.
#[test]
fn a_plan_execution_and_draft_report_reviews_its_first_year() {
    let c = read_text(
        "关于福建省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告受福建省人民政府委托,现将福建省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案提请审议。\n\
         2023年,全省各级各部门坚持稳中求进工作总基调。全省地区生产总值增长4.5%。\n\
         投资关键作用有效发挥。固定资产投资增长2.5%,其中,制造业投资增长11.6%。发挥政府投资引导带动作用,探索编制省级政府投资计划,新增地方政府专项债务限额1618亿元、争取增发国债资金240.5亿元支持重大项目建设。\n",
        Period::default(),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year, c.role))
        .collect();
    for v in [2.5, 11.6, 1618.0, 240.5] {
        assert!(
            got.contains(&(Some(v), Some(2023), Role::Baseline)),
            "{v}: {c:?}"
        );
    }
}

/// 1422 吉县 (the economic census's results, published 2025): `在數字經濟核心產業企業法人單位中,…`
/// (among them) breaks down what the line before reported for 2023 — of 2023 too, and each bare
/// `占15.9%` is the share of the count before it.
#[test]
fn among_them_breaks_down_the_year_named_last() {
    let text = "2023年末,全县共有数字经济核心产业企业法人单位63个,从业人员176人。\n在数字经济核心产业企业法人单位中,数字产品服务业10个,占15.9%;数字技术应用业21个,占33.3%。\n";
    let c = read_with(
        text,
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("数字经济核心产业企业法人单位", Some(2023), Some(63.0)),
            ("从业人员", Some(2023), Some(176.0)),
            ("数字产品服务业", Some(2023), Some(10.0)),
            ("数字产品服务业占比", Some(2023), Some(15.9)),
            ("数字技术应用业", Some(2023), Some(21.0)),
            ("数字技术应用业占比", Some(2023), Some(33.3)),
        ],
        "{c:?}"
    );
}

/// 1861 贵州 (the work points of 2026, as issued): `《数智贵州建设2026年工作要点》已经省领导同意,现印
/// 发给你们` — a text that issues the plan it holds sets goals, though its words of the past
/// (`已经…同意`, `已建数据中心`, `累计达到150家`) outnumber its words of a goal.
#[test]
fn a_text_that_issues_its_plan_is_no_report() {
    let got = extracted(
        "《数智贵州建设2026年工作要点》已经省领导同意,现印发给你们,请认真抓好贯彻落实。\n\
         为贯彻落实省委省政府关于大数据发展的部署,加快建设数智贵州,制定本工作要点。\n\
         1.发展以智算为重点的算力产业。组织开展算力产业供需对接。集聚华为云生态企业累计达到150家。\n\
         2.发展以建设高质量数据集为重点的数据产业。“一企一策”推动已建数据中心数据标注业务落地。全省从事数据标注人员达到2万人以上。\n",
        Some(2026),
    );
    assert_eq!(
        got,
        [
            (Some(2026), Role::Target, Some(150.0)),
            (Some(2026), Role::Target, Some(2.0))
        ],
        "{got:?}"
    );
}

/// 1869 霍邱 (an interpretation of the execution report, page of 2024): the page names the report
/// by its title in quotation marks (`解读文章《关于霍邱县2023年国民经济和社会发展计划执行情况与2024年
/// 计划草案的报告》`), so `预计,全年实现地区生产总值300亿元` is 2023's result, not a goal of the
/// “十四五” plan its body mentions.
#[test]
fn a_page_naming_an_execution_report_in_quotes_reports_its_year() {
    let got = extracted(
        "分管负责人解读:霍邱县发改委副主任张锐解读文章《关于霍邱县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》\n\
         一、制定背景和依据\n\
         2023年是全面落实党的二十大精神开局之年,是“十四五”规划承上启下的关键之年。\n\
         预计,全年实现地区生产总值300亿元、增长7%;规模工业增加值增长7%。\n",
        Some(2024),
    );
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(300.0)),
            (Some(2023), Role::Baseline, Some(7.0)),
            (Some(2023), Role::Baseline, Some(7.0))
        ],
        "{got:?}"
    );
}

/// 1870 牟定 (news of the work report of 2022): a title that says a year's targets were all met
/// (`《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成`) makes the page a
/// report of that year: `全县地区生产总值增长12.6%` is 2021's, not a goal of 2022.
#[test]
fn a_title_saying_a_years_targets_were_met_reports_that_year() {
    assert_eq!(
        super::review::achieved_year(
            "《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成"
        ),
        Some(2021)
    );
    assert_eq!(
        super::review::achieved_year("确保2025年各项目标任务全面完成"),
        None
    );
    let got = extracted(
        "牟定县人民政府\n\
         首页 >> 新闻动态 >> 牟定动态 >> 正文\n\
         《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n\
         日期:2022年01月24日\n\
         1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾,对2022年的主要工作作了安排部署。\n\
         据统计预测,全县地区生产总值增长12.6%,规模以上固定资产投资增长18.3%。\n",
        Some(2022),
    );
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(12.6)),
            (Some(2021), Role::Baseline, Some(18.3))
        ],
        "{got:?}"
    );
}

/// 1867 福建 (news of the work report of 2025): `2024年福建全省地区生产总值预计可实现全年预期目标,
/// 一般公共预算总收入5955.6亿元、增长0.8%,…固定资产投资预计增长3.9%左右` — a year gone by that met
/// its target: its figures are what it reached, not milestones of the plan.
#[test]
fn a_past_year_that_met_its_target_reports_results() {
    let got = extracted(
        "2025年01月13日10:05 | 来源:人民网\n\
         根据政府工作报告,2024年福建全省地区生产总值预计可实现全年预期目标,一般公共预算总收入5955.6亿元、增长0.8%,固定资产投资预计增长3.9%左右。\n\
         2025年是“十四五”规划收官之年。\n",
        Some(2025),
    );
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(5955.6)),
            (Some(2024), Role::Baseline, Some(0.8)),
            (Some(2024), Role::Baseline, Some(3.9))
        ],
        "{got:?}"
    );
}

/// 1872 河北 (news of a press conference, page of 2023): `到2022年底,全省通信光缆线路总长度达到
/// 250.2万公里,同比增长8.8%` in a report of results — the end of a year gone by, with no other
/// word of the future, is when the figures stood.
#[test]
fn the_end_of_a_past_year_in_a_report_dates_results() {
    let got = extracted(
        "从省政府新闻办近日召开的河北省信息通信行业和互联网发展情况新闻发布会上获悉,2022年,全省信息通信行业完成固定资产投资174.7亿元,同比增长19.7%。\n\
         电话用户规模不断壮大,位居全国前列。到2022年底,全省电话用户总数达9384.7万户,居全国第7位。\n",
        Some(2023),
    );
    assert!(
        got.contains(&(Some(2022), Role::Baseline, Some(9384.7))),
        "{got:?}"
    );
}

/// 1854 云龙 (county news of January 2026): `本报讯(通讯员 赵雪梅) 2025年,云龙县始终把党建…,发展
/// 后劲持续增强。` opens on the year gone by, so `全年在建在库项目86个` is 2025's result; and
/// `制定实施《云龙县2025年项目攻坚行动方案》` cites a plan the year carried out, not the text's own.
#[test]
fn a_dateline_then_last_year_opens_a_review_of_it() {
    let x = crate::extract::extract(
        "云龙县经济社会发展后劲持续增强\n\
         本报讯(通讯员 赵雪梅) 2025年,云龙县始终把党建“红色引擎”作为推动经济社会发展的“动力源”,全县经济社会发展向新、向绿、向优的趋势更加明显,发展后劲持续增强。\n\
         聚焦项目攻坚,增长动能加快积蓄。制定实施《云龙县2025年项目攻坚行动方案》,全年在建在库项目86个,完成投资34.02亿元。建成充电桩156个。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2026),
    )
    .expect("extracts");
    assert_eq!(x.period.end_year, None, "{:?}", x.period);
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(86.0)),
            (Some(2025), Role::Baseline, Some(34.02)),
            (Some(2025), Role::Baseline, Some(156.0))
        ],
        "{got:?}"
    );
}

/// 1915 云南 (news of the work report of 2021): `报告指出,2020年是极不平凡的一年,一年来,…` — after
/// the words that quote the report, the year it was opens the review of that year: `全省完成地区
/// 生产总值2.45万亿元` is 2020's, not a goal of 2021.
#[test]
fn a_quoted_year_it_was_opens_its_review() {
    let got = extracted(
        "云南:在大战大考中交出优异答卷\n\
         2021-01-26 17:07:58\n\
         1月26日上午,云南省第十三届人民代表大会第四次会议在昆明开幕。代省长王予波代表省人民政府向大会作政府工作报告。\n\
         报告指出,2020年是极不平凡的一年,一年来,云南坚持稳中求进工作总基调,在大战大考中交出了优异答卷。\n\
         全省完成地区生产总值2.45万亿元、增长4%,固定资产投资增长7.7%。\n",
        Some(2021),
    );
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(2.45)),
            (Some(2020), Role::Baseline, Some(4.0)),
            (Some(2020), Role::Baseline, Some(7.7))
        ],
        "{got:?}"
    );
}

/// 1912 福建 (news of the work report of 2023, a page without a date): `政府工作报告中指出,2023年是全面
/// 贯彻落实党的二十大精神的开局之年` dates the page, so `初步预计,2022年福建省地区生产总值突破5万亿元`
/// estimates a year gone by.
#[test]
fn a_quoted_opening_year_dates_an_undated_page() {
    let got = extracted(
        "人民网福州1月11日电 1月11日上午,福建省第十四届人民代表大会第一次会议开幕,福建省人民政府省长赵龙向大会作政府工作报告。\n\
         根据工作报告,初步预计,2022年福建省地区生产总值突破5万亿元,固定资产投资增长7.5%。\n\
         政府工作报告中指出,2023年是全面贯彻落实党的二十大精神的开局之年。\n",
        None,
    );
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(5.0)),
            (Some(2022), Role::Baseline, Some(7.5))
        ],
        "{got:?}"
    );
}
