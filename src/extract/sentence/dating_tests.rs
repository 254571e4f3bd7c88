//! Unit tests of the year a page speaks from ([`super`]: its dated lines, its opening, the
//! plan or report it presents), each from a development document (`seeds/plans/dev/docs/`).

use super::*;
use crate::extract::text::lines;
use crate::extract::{Candidate, Role};

/// 166 雄安 (an undated mirror): a founding date and the years counted from it date the page;
/// a founding without a count, or a count without a dated founding, does not.
#[test]
fn years_counted_from_a_founding_date_the_page() {
    let text = "雄安新区设立6周年 “未来之城”雄姿初显\n\n  2017年4月1日,中共中央、国务院决定设立河北雄安新区。经过六年的建设,雄安新区现代化城市雏形初显。\n";
    assert_eq!(anniversary_year(&lines(text)), Some(2023));
    assert_eq!(speaking_year(&lines(text), None), Some(2023));
    // The caller's year outranks the count.
    assert_eq!(speaking_year(&lines(text), Some(2024)), Some(2024));
    let counted = "2019年,该区挂牌成立。走过3年,园区企业达到120家。\n";
    assert_eq!(anniversary_year(&lines(counted)), Some(2022));
    // 197 乐山 (a newspaper page whose date lost its digits).
    let leshan = "3429 期 / 第6版:地方报道\n乐山市数字经济发展跑出“加速度”\n\n本报讯 1124日,乐山市召开重大产业项目发展数字经济专题新闻发布会。记者从会上获悉,自2019年机构改革创新成立数字经济部门以来,该市高起点、快起步,通过4年创业探索,基本构建起了具有乐山特色的数字经济发展体系。\n";
    assert_eq!(anniversary_year(&lines(leshan)), Some(2023));
    let uncounted = "2017年4月1日,中共中央、国务院决定设立河北雄安新区。\n";
    assert_eq!(anniversary_year(&lines(uncounted)), None);
    let undated = "经过六年的建设,雄安新区现代化城市雏形初显。\n";
    assert_eq!(anniversary_year(&lines(undated)), None);
}

/// 1090 瑞金 (an undated work report): `今年是党的二十大召开之年` dates the page to 2022; a
/// milestone the present year is not said to be does not.
#[test]
fn a_milestone_the_present_year_is_dates_the_page() {
    let text = "微信扫一扫\n今年是党的二十大召开之年\n今年政府工作的总体要求是:…\n";
    assert_eq!(milestone_year(&lines(text)), Some(2022));
    assert_eq!(speaking_year(&lines(text), None), Some(2022));
    let founding = "今年是中国共产党成立100周年,也是“十四五”开局之年。\n";
    assert_eq!(milestone_year(&lines(founding)), Some(2021));
    let close = "今年是“十四五”规划收官之年。\n";
    assert_eq!(milestone_year(&lines(close)), Some(2025));
    let past = "党的二十大召开之年,全市地区生产总值增长5%。\n";
    assert_eq!(milestone_year(&lines(past)), None);
    let later = "一\n二\n三\n四\n今年是党的二十大召开之年\n";
    assert_eq!(milestone_year(&lines(later)), None);
}

/// 1092 临沧 (an undated review of the fourteenth plan): `“十四五”前四年(2021-2024年)` puts
/// the page in 2025; the thirteenth plan's first three years in 2019; no count, no year.
#[test]
fn the_years_of_a_period_behind_a_page_date_it() {
    let text = "综合实力夯实发展之基\n全市地区生产总值从“十三五”末的821.32亿元起步,“十四五”前四年(2021-2024年)接连突破900亿元、1000亿元、1100亿元大关,2024年达1150.19亿元。\n";
    assert_eq!(elapsed_year(&lines(text)), Some(2025));
    assert_eq!(speaking_year(&lines(text), None), Some(2025));
    assert_eq!(speaking_year(&lines(text), Some(2026)), Some(2026));
    let earlier = "“十三五”前三年,全县生产总值年均增长8%。\n";
    assert_eq!(elapsed_year(&lines(earlier)), Some(2019));
    let uncounted = "“十四五”以来,全市生产总值年均增长5%。\n";
    assert_eq!(elapsed_year(&lines(uncounted)), None);
}

/// 1092 临沧: `将…转化为` is the object marker, not the future: a review whose only other
/// word of a goal is a strategy's `目标` reports results; `将积极融入` stays the future.
#[test]
fn the_object_marker_jiang_sets_no_goal() {
    let text = "经济社会发展取得了历史性成就。\n“十四五”以来,我市将系列稳增长政策措施转化为拼经济的实际行动,锚定“3815”战略发展目标。\n“十四五”以来,我市始终坚持发展第一要务,将稳增长政策精准转化为实干行动。\n";
    assert!(is_report(&lines(text), None));
    let future = "经济社会发展取得了历史性成就。\n“十四五”以来,我市将积极融入经济圈,锚定战略发展目标。\n“十四五”以来,我市将加快建设物流枢纽。\n";
    assert!(!is_report(&lines(future), None));
}

/// (value, year) of a figure written as data.
type Written = (Option<f64>, Option<i32>);

/// The figures a whole extraction writes as data, and all its candidates.
fn written_years(text: &str) -> (Vec<Written>, Vec<Candidate>) {
    let c = crate::extract::extract(text.as_bytes(), &crate::extract::ExtractOptions::new("r"))
        .expect("extracts")
        .candidates;
    let got = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year))
        .collect();
    (got, c)
}

/// [`written_years`] of a page the caller says was published in `published`.
fn written_as_of(text: &str, published: i32) -> (Vec<Written>, Vec<Candidate>) {
    let c = crate::extract::extract(
        text.as_bytes(),
        &crate::extract::ExtractOptions::new("r").published(published),
    )
    .expect("extracts")
    .candidates;
    let got = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year))
        .collect();
    (got, c)
}

/// 1512 牡丹江 (an undated page of a press conference on completing the 14th plan): an
/// opening that sums up the five-year plan (`高质量完成“十四五”规划系列主题新闻发布会`) speaks
/// from its last year, 2025 — `2024年,电力总装机容量达413.3万千瓦` is a result, not a milestone
/// ahead.
#[test]
fn an_undated_page_summing_up_a_five_year_plan_speaks_from_its_last_year() {
    let text = "牡丹江“十四五”发展报告:城乡收入差距缩小,多项指标超额完成\n日前,中共牡丹江市委宣传部、牡丹江市人民政府新闻办公室举行了高质量完成“十四五”规划系列主题新闻发布会。\n过去5年,牡丹江紧抓国家重大战略与政策机遇,全力推动“十四五”规划目标任务落地。\n能源安全方面,牡丹江积极推进绿色转型。2024年,电力总装机容量达413.3万千瓦,其中可再生能源装机规模276.3万千瓦。\n";
    assert_eq!(closing_plan_year(&lines(text)), Some(2025));
    let (got, c) = written_years(text);
    assert_eq!(got, [(Some(413.3), Some(2024)), (Some(276.3), Some(2024))]);
    assert!(
        c.iter()
            .filter(|c| c.review.is_none())
            .all(|c| c.role == Role::Baseline),
        "{c:?}"
    );
    // `十三五”规划收官`: 2020; a plan named with no word of its end dates nothing.
    assert_eq!(
        closing_plan_year(&lines("“十三五”规划圆满收官\n")),
        Some(2020)
    );
    assert_eq!(closing_plan_year(&lines("“十四五”规划实施以来\n")), None);
}

/// 1653 镇海区 (a government page `经济发展` dated 2025-03-24 that names no year): its account
/// of results, `实现规上工业增加值707.6亿元`, is of 2024, the year whose totals a page of the
/// first quarter publishes (the page reads as a report: `累计`, `同比`). A page that names a
/// year, or is dated later, keeps its own year.
#[test]
fn an_undated_account_on_a_page_of_the_first_quarter_is_of_the_year_before() {
    let body = "产业发展步伐稳健。全力打造先进制造业集群,实现规上工业增加值707.6亿元,再次夺得“浙江制造天工鼎”。省新智造区域试点建设不断深化,完成工业技改投资229.5亿元,累计建设数字化车间、智能工厂111个,总量居全市前列。参与国家标准制修订75项,数量创历史新高。实现服务业增加值536.3亿元,同比增长7.5%。\n";
    let text = format!("经济发展\n发布日期:2025-03-24 11:30 来源:区政府办\n{body}");
    assert_eq!(first_quarter_review(&lines(&text), Some(2025)), Some(2024));
    let (got, _) = written_years(&text);
    assert_eq!(
        got,
        [
            (Some(707.6), Some(2024)),
            (Some(229.5), Some(2024)),
            (Some(111.0), Some(2024)),
            (Some(75.0), Some(2024)),
            (Some(536.3), Some(2024)),
            (Some(7.5), Some(2024))
        ]
    );
    let later = format!("经济发展\n发布日期:2025-07-24 11:30 来源:区政府办\n{body}");
    assert_eq!(first_quarter_review(&lines(&later), Some(2025)), None);
    let named = format!("{text}2024年,全区新增市场主体1.2万户。\n");
    assert_eq!(first_quarter_review(&lines(&named), Some(2025)), None);
}

/// 1678 湖北 (an undated news page): `截至2025年10月底,全省累计建成5G基站18.25万个` dates the
/// page to 2025, so `前三季度,全省数字经济核心产业增加值达到4427亿元` above it is 2025's, not the
/// first year of the plan it mentions; `截至2024年1月底` (a page of February) dates nothing.
#[test]
fn a_date_to_the_month_dates_an_undated_page() {
    let text = "近年来,湖北以“万物互联”赋能千行百业,为湖北高质量发展注入了强劲数字动能。\n前三季度,全省数字经济核心产业增加值达到4427亿元,占GDP比重提高至9.9%;\n截至2025年10月底,全省累计建成5G基站18.25万个,提前超额完成信息基础设施“十四五”规划任务。\n";
    assert_eq!(as_of_month_year(&lines(text)), Some(2025));
    let (got, _) = written_years(text);
    assert_eq!(
        got,
        [
            (Some(4427.0), Some(2025)),
            (Some(9.9), Some(2025)),
            (Some(18.25), Some(2025))
        ]
    );
    assert_eq!(
        as_of_month_year(&lines(
            "截至2024年1月底,全省共有7个地级市获评全国“千兆城市”。\n"
        )),
        None
    );
}

/// 1429 浙江 (中新社, undated): a page that presents a work report reviewing 2024
/// (`…作政府工作报告时介绍,2024年浙江省生产总值增长5.5%左右`) speaks from 2025, its `去年` is
/// 2024 and `聚焦今年,…力争…增长6%以上` 2025's goal.
#[test]
fn a_work_report_said_to_review_a_year_speaks_from_the_next() {
    let text = "中新社杭州1月14日电 浙江省第十四届人民代表大会第三次会议14日在浙江杭州开幕,浙江省代省长刘捷作政府工作报告时介绍,2024年浙江省生产总值增长5.5%左右。\n去年,全省规上工业增加值增长7.5%左右。\n聚焦今年,浙江省政府工作报告提出力争规上工业增加值增长6%以上。\n";
    assert_eq!(report_year(&lines(text)), Some(2025));
    assert_eq!(speaking_year(&lines(text), None), Some(2025));
    let (got, c) = written_years(text);
    assert_eq!(
        got,
        [
            (Some(5.5), Some(2024)),
            (Some(7.5), Some(2024)),
            (Some(6.0), Some(2025))
        ],
        "{c:?}"
    );
}

/// 1404 商州区 (news of a party plenum, undated): `…全会在区委礼堂召开,总结2023年各项工作,部署
/// 2024年重点工作任务` speaks from 2024, so `2023年,商州区预计全年生产总值增长3.5%` estimates what
/// 2023 reached.
#[test]
fn a_meeting_that_sums_up_a_year_and_plans_the_next_speaks_from_the_next() {
    let text = "1月21日,中共商州区委十九届六次全会在区委礼堂召开,总结2023年各项工作,部署2024年重点工作任务。2023年,商州区预计全年生产总值增长3.5%,固定资产投资增长3.9%。\n";
    assert_eq!(report_year(&lines(text)), Some(2024));
    let (got, c) = written_years(text);
    assert_eq!(
        got,
        [(Some(3.5), Some(2023)), (Some(3.9), Some(2023))],
        "{c:?}"
    );
    assert!(c.iter().all(|c| c.role == Role::Baseline), "{c:?}");
}

/// 1108 杭州 (a mirror that lost the report's title): the opening sentence `受市人民政府委托,
/// 向大会报告杭州市2023年国民经济和社会发展计划执行情况与2024年…计划草案` makes the text a report
/// of 2023 — its undated results are 2023's.
#[test]
fn an_execution_reports_opening_sentence_names_its_year() {
    let text = "b33体育·(中国)官方网站\n行业资讯 分类\n  受市人民政府委托,向大会报告杭州市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案,请予审议。\n  全市地区生产总值实现20059亿元,增长5.6%。\n";
    assert_eq!(reported_year(&lines(text)), Some(2023));
    let (got, c) = written_years(text);
    assert_eq!(
        got,
        [(Some(20059.0), Some(2023)), (Some(5.6), Some(2023))],
        "{c:?}"
    );
    // (a report's mention of its own execution later in the text is no opening)
    let later = "一、总体情况\n全市经济运行稳中有进。\n".repeat(5) + text;
    assert_eq!(reported_year(&lines(&later)), None);
}

/// 275 滁州: a report's opening year after a news agency's dateline (`大皖新闻讯 2023年是…`).
#[test]
fn an_opening_year_after_a_dateline() {
    let text = "大皖新闻讯 2023年是全面贯彻党的二十大精神的开局之年,滁州市全力拼经济。\n";
    assert_eq!(opening_year(&lines(text)), Some(2023));
    assert_eq!(opening_year(&lines("2023年是开局之年。\n")), Some(2023));
    // 778 岚县: the year as what it is in a plan's course.
    let course = "2025年,作为“十四五”规划的收官之年,吕梁山腹地的岚县步履铿锵。\n";
    assert_eq!(opening_year(&lines(course)), Some(2025));
    assert_eq!(speaking_year(&lines(course), None), Some(2025));
    assert_eq!(speaking_year(&lines(course), Some(2026)), Some(2026));
    assert_eq!(
        opening_year(&lines("本报讯 记者从会上获悉,2023年是…\n")),
        None
    );
}

/// 373 南平: a communiqué whose title the page lost, signed by the statistics bureau and the
/// survey team and dated 2023, reports 2022; a dated line alone does not.
#[test]
fn a_signed_communique_reports_the_year_before_its_date() {
    let text = "南平市统计局\n国家统计局南平调查队\n(2023年3月15日)\n一、综合\n初步核算,全年实现地区生产总值2211.84亿元。\n";
    assert_eq!(reported_year(&lines(text)), Some(2022));
    assert_eq!(
        reported_year(&lines(
            "(2023年3月15日)\n全年实现地区生产总值2211.84亿元。\n"
        )),
        None
    );
}

/// 1117 博乐: the title of a report on how a year's plan was carried out (`关于2023年1-6月博乐市
/// 国民经济和社会发展计划执行情况的报告`) reports that year, as one on how its tasks were done
/// (1296 宿州); one that also drafts next year's plan (`…执行情况与2024年计划草案的报告`) reports
/// its first year too: its review comes first, and the plan part's own headings
/// (`二、2024年…`) date what follows (twenty-third session: of the ten dev reports with such a
/// title only 1348, whose excerpt is the review alone, moved — 3 → 12 found).
#[test]
fn a_plan_execution_reports_title_reports_its_year() {
    let text = "政府信息公开\n国民经济和社会发展规划\n关于2023年1-6月博乐市国民经济和社会发展计划执行情况的报告\n";
    assert_eq!(reported_year(&lines(text)), Some(2023));
    let draft = "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n";
    assert_eq!(reported_year(&lines(draft)), Some(2023));
    // (a title glued to the report's opening, `…草案的报告受福建省人民政府委托,…`)
    let glued = "关于福建省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告受福建省人民政府委托,现将…提请审议。\n";
    assert_eq!(reported_year(&lines(glued)), Some(2023));
    // (a plan that is only next year's draft reports nothing)
    let plan = "关于2024年国民经济和社会发展计划草案的报告\n";
    assert_eq!(reported_year(&lines(plan)), None);
    // 1296 宿州: how a year's work-report tasks were done (`…重点工作任务完成情况`).
    let tasks = "发布机构: 宿州市政府办公室\n\n2023年《政府工作报告》重点工作任务完成情况\n";
    assert_eq!(reported_year(&lines(tasks)), Some(2023));
}

/// 1161 咸宁: an opening sentence on how a year's work-report tasks are being done (`…对《政府
/// 工作报告》确定的2021年重点工作上半年完成情况进行了督办`) reports that year.
#[test]
fn an_opening_on_how_a_years_tasks_are_done_reports_that_year() {
    let text = "为切实推进市政府决策部署的贯彻落实,市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。现将有关情况通报如下:\n一、主要指标任务完成情况\n";
    assert_eq!(reported_year(&lines(text)), Some(2021));
    let plan = "为切实推进市政府决策部署的贯彻落实,现就2021年重点工作作如下安排:\n";
    assert_eq!(reported_year(&lines(plan)), None);
}

/// 1147 上党区 (a mirror): a communiqué's title whose year the mirror garbled (`(山西?。?023年…
/// 統計公報`), dated `(2024年4月)` under it, reports 2023; a date under another title does
/// not date the text.
#[test]
fn a_communique_dated_under_a_garbled_title_reports_the_year_before() {
    let text = "(山西?。?023年長治市上黨區(qū)國民經(jīng)濟和社會發(fā)展統(tǒng)計公報\n(2024年4月)\n一、綜合\n";
    assert_eq!(reported_year(&lines(text)), Some(2023));
    let other = "上党区政府工作报告\n(2024年4月)\n一、综合\n";
    assert_eq!(reported_year(&lines(other)), None);
}

/// A line that is only a date (373's `(2023年3月15日)`, a mirror's `2023-05-21 20:35`) is a
/// dateline; a line that states a figure after a date is not.
#[test]
fn a_line_that_is_only_a_date_is_a_dateline() {
    assert!(is_dateline("(2023年3月15日)"));
    assert!(is_dateline("2023-05-21 20:35"));
    assert!(is_dateline("发布时间:2021年7月7日"));
    assert!(!is_dateline("2023年3月15日,全市地区生产总值2211.84亿元"));
    assert!(!is_dateline("2023年"));
}

/// 306 越城: a yearbook's edition (`越城年鉴(2022)`) reports the year before it; a line that
/// only mentions a yearbook does not date the text.
#[test]
fn a_yearbook_reports_the_year_before_its_edition() {
    let page = "Page 422 - 越城年鉴(2022)\nP. 422\n越城年鉴\nYUECHENG YEARBOOK\n渔业产值 15.19 亿元,同比增长 3.4%。\n";
    assert_eq!(reported_year(&lines(page)), Some(2021));
    assert_eq!(reported_year(&lines("2023年鉴\n全市…\n")), Some(2022));
    let cited = "据《绍兴统计年鉴2022》,全市渔业产值15.19亿元。\n";
    assert_eq!(reported_year(&lines(cited)), None);
}

/// 442 沁水 (an undated mirror): a communiqué's title that opens on its place and has its
/// year echoed after it (`沁水县2024年国民经济和社会发展统计公报 2024`) reports 2024; a
/// sentence that only mentions a communiqué does not date the text.
#[test]
fn a_communiques_title_after_its_place_reports_its_year() {
    let page = "沁水县2024年国民经济和社会发展统计公报 2024\n\n选择区域:>>\n一、综  合\n初步核算,全年全县生产总值433.3亿元。\n";
    assert_eq!(reported_year(&lines(page)), Some(2024));
    assert_eq!(
        reported_year(&lines("2022年国民经济和社会发展统计公报\n")),
        Some(2022)
    );
    // 457 鄠邑: a file's title, with its extension.
    assert_eq!(
        reported_year(&lines(
            "鄠邑区2022年国民经济和社会发展统计公报.docx\n全年…\n"
        )),
        Some(2022)
    );
    let cited = "据沁水县统计局发布的2024年统计公报,全年全县生产总值433.3亿元。\n";
    assert_eq!(reported_year(&lines(cited)), None);
}

/// 1708 包头 (the communiqué of 2020, a mirror with pinyin glosses): signed `包頭市統(tǒng)計局` alone
/// and dated `(2021年4月6日)`, its text opening on `2020年,面對…` — the year before its date, which
/// it reports on. Without the opening year, a signature and a date alone do not say it.
#[test]
fn a_communique_signed_by_the_bureau_alone_reports_the_year_it_opens_on() {
    let text = "包頭市統(tǒng)計局\n(2021年4月6日)\n2020年,面對(duì)嚴(yán)峻復(fù)雜的國(guó)內(nèi)外環(huán)境,包頭市經(jīng)濟(jì)持續(xù)恢復(fù)。\n一、綜合\n";
    assert_eq!(reported_year(&lines(text)), Some(2020));
    let unopened = "包頭市統(tǒng)計局\n(2021年4月6日)\n面對(duì)嚴(yán)峻復(fù)雜的國(guó)內(nèi)外環(huán)境,經(jīng)濟(jì)持續(xù)恢復(fù)。\n";
    assert_eq!(reported_year(&lines(unopened)), None);
}

/// 2130 四川 (an undated mirror of 中新网 news): the headline `…开幕 2026年将全力以赴拼经济搞建设`
/// dates the page to 2026, so `报告指出,过去一年,四川实现地区生产总值67665亿元` is 2025's and
/// `今年…主要预期目标是:地区生产总值增长5.5%左右` 2026's; a headline that names a year done
/// (`2025年四川经济运行情况`) dates nothing this way, nor does a later line.
#[test]
fn a_headline_of_what_a_year_will_do_dates_an_undated_page() {
    let text = "四川省十四届人大五次会议开幕 2026年将全力以赴拼经济搞建设\n  报告指出,过去一年,四川实现地区生产总值67665亿元,增长5.5%。\n  报告明确,今年四川省经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。\n";
    assert_eq!(headline_ahead_year(&lines(text)), Some(2026));
    let (got, _) = written_years(text);
    assert_eq!(
        got,
        [
            (Some(67665.0), Some(2025)),
            (Some(5.5), Some(2025)),
            (Some(5.5), Some(2026))
        ]
    );
    assert_eq!(
        headline_ahead_year(&lines("2025年四川经济运行情况\n")),
        None
    );
    assert_eq!(
        headline_ahead_year(&lines("四川经济运行情况\n2026年将全力以赴拼经济\n")),
        None
    );
}

/// 2110 温州 (a mirror of January 2025, traditional): `1月24日,溫州市統計局發布了2024年溫州經濟成績單。` opens a
/// release of 2024's results, so `全市规上工业企业扩容至9291家`, which names no year, is 2024's;
/// on a page of 2024 or of 2026 the opening dates nothing this way.
#[test]
fn an_opening_that_releases_last_years_results_dates_them() {
    let text = "1月24日,溫州市統計局發布了2024年溫州經濟成績單。數據顯示,溫州GDP首次突破9千億元大關,達到9718.8億元,按不變價格計算,比上年增長6.3%,分別高于全國和全省1.3和0.8個百分點。\n全市規上工業企業擴容至9291家,實現增加值1736.9億元,比上年增長10.2%。\n";
    assert_eq!(release_year(&lines(text), Some(2025)), Some(2024));
    assert_eq!(release_year(&lines(text), Some(2024)), None);
    assert_eq!(release_year(&lines(text), Some(2026)), None);
    let got: Vec<_> = super::super::tests_published::read_published(text, 2025)
        .iter()
        .filter(|c| c.review.is_none() && c.value == Some(9291.0))
        .map(|c| (c.value, c.year))
        .collect();
    assert_eq!(got, [(Some(9291.0), Some(2024))]);
}

/// 2292 新疆 (news of January 2026, traditional): the title `穩中有進 進中提質——解密2025年新疆經濟運行
/// 亮點` and the opening `1月30日,2025年新疆經濟運行“成績單”公布` each say the page releases 2025's
/// results, so `糧食總產量2432.3萬噸`, which names no year, is 2025's (the page as stored: 4 of 8
/// key rows → 8 of 8); on a page of 2025 neither dates anything this way.
#[test]
fn a_title_or_an_opening_on_last_years_economy_dates_its_results() {
    let title = "穩中有進 進中提質——解密2025年新疆經濟運行亮點\n糧食總產量2432.3萬噸、棉花總產量616.5萬噸\n";
    assert_eq!(release_year(&lines(title), Some(2026)), Some(2025));
    assert_eq!(release_year(&lines(title), Some(2025)), None);
    let opening = "新疆經濟穩中有進\n天山網-新疆日報記者 高峰\n糧食總產量2432.3萬噸、棉花總產量616.5萬噸,雙雙邁上新臺階;規模以上工業企業太陽能、風力發電量分別增長42.9%和9.3%……\n1月30日,2025年新疆經濟運行“成績單”公布,在一系列數字當中,隱藏著新疆經濟發展的亮點“密碼”。\n";
    assert_eq!(release_year(&lines(opening), Some(2026)), Some(2025));
    assert_eq!(release_year(&lines(opening), Some(2027)), None);
}

/// 2341 湖南 (an interview with the province's data bureau, `发布时间: 2026-01-27`): the opening
/// `“十四五”以来,湖南以数字政府建设为引擎…` reviews a period that ended the year before, so its
/// undated results (`横向连接81个省直单位的数据总枢纽`) are of 2025; on a page of July 2026, or of
/// January 2025 (the period not yet over), it dates nothing this way.
#[test]
fn a_period_reviewed_early_in_the_next_year_dates_its_results() {
    let page = |date: &str| {
        format!(
            "向“数”而行,湖南从“夯基垒台”到“积厚成势”\n湖南省人民政府门户网站 发布时间: {date} 07:03\n从前办事“跑断腿”,如今数据“代跑腿”。“十四五”以来,湖南以数字政府建设为引擎,推动全省数字化转型。\n"
        )
    };
    assert_eq!(
        closed_period_review(&lines(&page("2026-01-27")), Some(2026)),
        Some(2025)
    );
    assert_eq!(
        closed_period_review(&lines(&page("2026-07-27")), Some(2026)),
        None
    );
    assert_eq!(
        closed_period_review(&lines(&page("2025-01-27")), Some(2025)),
        None
    );
}

/// 2181 长寿 (a traditional mirror of news on the district's work report, no date on the page):
/// `報告指出,2021年,長壽實現了“十四五”良好開局。預計地區生產總值820億元` — the report the page
/// presents (`…作政府工作報告`) looks back on 2021, achieved: the page speaks from 2022, and the
/// estimate is 2021's result. Without a work report presented, it dates nothing this way.
#[test]
fn a_report_looking_back_on_a_year_achieved_speaks_from_the_next() {
    let text = "長壽:未來五年堅持以區域協同帶動全域開放\n\
                1月8日,長壽區第十九届人民代表大會第一次會議上,戴明在代表區政府作政府工作報告時表示,長壽將堅持以區域協同帶動全域開放。\n\
                報告指出,2021年,長壽實現了“十四五”良好開局。預計地區生產總值820億元、增長8%以上。\n";
    assert_eq!(report_year(&lines(text)), Some(2022));
    let got = super::super::tests_reports::extracted(text, None);
    assert_eq!(
        got,
        [
            (Some(2021), crate::extract::Role::Baseline, Some(820.0)),
            (Some(2021), crate::extract::Role::Baseline, Some(8.0))
        ],
        "{got:?}"
    );
    let no_report = "長壽區新聞\n報告指出,2021年,長壽實現了“十四五”良好開局。\n";
    assert_eq!(report_year(&lines(no_report)), None);
}

/// 2232 全国 (news of the national e-government report): the title `国家网信办:国家电子政务发展报告
/// (2014-2024年)` reports on the years it spans — its undated results (`实名注册用户超10.8亿人`) are
/// of 2024, the span's last year; it sets no plan's period (that had made them targets of 2024).
#[test]
fn a_report_on_a_span_of_years_dates_its_results_by_the_last() {
    let text = "国家网信办:国家电子政务发展报告(2014-2024年)\n2014至2024十年间,我国电子政务稳步推进。\n政务服务体系持续完善,全国一体化政务服务平台实名注册用户超10.8亿人,电子社保卡持卡人数达13.89亿。\n";
    assert_eq!(review_title_year(&lines(text)), Some(2024));
    let got = super::super::tests_reports::extracted(text, None);
    assert_eq!(
        got,
        [
            (Some(2024), crate::extract::Role::Baseline, Some(10.8)),
            (Some(2024), crate::extract::Role::Baseline, Some(13.89))
        ],
        "{got:?}"
    );
    assert_eq!(
        review_title_year(&lines("数字经济发展规划(2021-2025年)\n")),
        None
    );
}

/// 3003 上海 (news of a white paper, its page undated): `…正式发布…《上海市不可移动革命文物保护利用报告
/// (2018-2022年)》(以下简称《报告》)` in the opening presents a report on a span of years — what the page
/// then reports with no year (`经评估保存基本完好以上有198处(占比80%)`) is of 2022; a plan of a span
/// the page only names (`编制…规划(2021-2025年)`) dates nothing.
#[test]
fn a_report_on_a_span_presented_in_the_opening_dates_its_results() {
    let text = "中新网上海1月9日电 (王笈)近日,上海市文化和旅游局正式发布国内首部不可移动革命文物白皮书——《上海市不可移动革命文物保护利用报告(2018-2022年)》(以下简称《报告》),系统全面总结上海革命文物保护利用工作。\n一是保护成效显著。5年来累计投入资金约5亿元,经评估保存基本完好以上有198处(占比80%)。\n";
    assert_eq!(review_title_year(&lines(text)), Some(2022));
    let got = super::super::tests_reports::extracted(text, None);
    assert!(
        got.contains(&(Some(2022), crate::extract::Role::Baseline, Some(198.0))),
        "{got:?}"
    );
    let plan = "近日,市政府印发《上海市文物保护利用规划(2021-2025年)》。\n";
    assert_eq!(review_title_year(&lines(plan)), None);
}

/// 2427 山东 (a mirror of the province's 2024 statistical communiqué, section ten, on a page of
/// 2025): `全年全省發明專利授權63822件,比上年增長15.4%` opens a communiqué's section — a year
/// that is over, so its undated figures are of 2024. A text that says `预计` or `今年`, or
/// that does not open on a year's total against the year before, dates nothing this way.
#[test]
fn a_communique_section_on_a_later_page_is_of_the_year_before() {
    let text = "十、科學技術和教育\n全年全省發明專利授權63822件,比上年增長15.4%;PCT國際專利申請量1729件。年末有效發明專利擁有量286321件,比上年末增長19.5%。\n";
    assert_eq!(bulletin_year(&lines(text), Some(2025)), Some(2024));
    assert_eq!(bulletin_year(&lines(text), None), None);
    let (got, c) = written_as_of(text, 2025);
    let of: Vec<_> = got.into_iter().filter(|w| w.0 == Some(63822.0)).collect();
    assert_eq!(of, [(Some(63822.0), Some(2024))], "{c:?}");
    let forecast = "全年全省发明专利授权预计6万件,比上年增长15%。\n";
    assert_eq!(bulletin_year(&lines(forecast), Some(2025)), None);
    let later =
        "科技创新\n今年以来,全省发明专利授权3万件。\n全年全省发明专利授权6万件,比上年增长15%。\n";
    assert_eq!(bulletin_year(&lines(later), Some(2025)), None);
}

/// 2460 成都 (news of the city's urban renewal, January 2026): `兴瓦社区的忙碌,是成都推进城市更新
/// 工作的缩影。回顾过去一年,成都全年推进27个片区更新、71个城中村改造项目` — a paragraph whose first
/// sentence gives no figure, then opens the review of the past year: its figures are of 2025, not
/// of the page's year. A first sentence with a figure of its own does not open a review this way.
#[test]
fn a_review_of_the_past_year_may_open_a_paragraphs_second_sentence() {
    let text = "兴瓦社区的忙碌,是成都推进城市更新工作的缩影。回顾过去一年,成都全年推进27个片区更新、71个城中村改造项目;启动城市危旧房改造802套。\n";
    assert!(opens_review(text));
    let (got, c) = written_as_of(text, 2026);
    let of: Vec<_> = got.into_iter().filter(|w| w.0 == Some(802.0)).collect();
    assert_eq!(of, [(Some(802.0), Some(2025))], "{c:?}");
    assert!(!opens_review(
        "全市建成5G基站3000个。回顾过去一年,成都全年推进27个片区更新。\n"
    ));
}

/// 2454 内蒙古 (an undated mirror of news of the region's transport work conference, traditional):
/// `記者從今天(1月14日)召開的2026年內蒙古自治區交通運輸工作會議上獲悉` — a year's work conference
/// opens the year it is named for, so the page speaks from 2026 and `今年計劃…完成投資521億元` is a
/// goal of 2026. A conference named without a year, or a year that is not a conference's, dates
/// nothing this way; the caller's year outranks it.
#[test]
fn a_years_work_conference_dates_an_undated_page() {
    let text = "![]()\n記者從今天(1月14日)召開的2026年內蒙古自治區交通運輸工作會議上獲悉,內蒙古交通運輸系統將按照自治區黨委工作部署,推動交通運輸實現質的有效提升。\n交通基礎設施方面,今年計劃推進73個重大項目,完成投資521億元。\n";
    assert_eq!(conference_year(&lines(text)), Some(2026));
    assert_eq!(speaking_year(&lines(text), None), Some(2026));
    assert_eq!(speaking_year(&lines(text), Some(2027)), Some(2027));
    let (got, c) = written_years(text);
    assert!(got.contains(&(Some(521.0), Some(2026))), "{c:?}");
    let opening = "2024年江西全省交通运输工作会议9日在南昌举行。\n";
    assert_eq!(conference_year(&lines(opening)), Some(2024));
    assert_eq!(
        conference_year(&lines("记者从全区交通运输工作会议上获悉。\n")),
        None
    );
    assert_eq!(
        conference_year(&lines("2024年全区交通投资完成521亿元。\n")),
        None
    );
}

/// 2607 江西 (an undated page of the two sessions of 2023: `当天,2023年江西省两会第三场“厅长通道”举行`):
/// the people's congress of a year meets in its first months, so the page speaks from 2023 and
/// `该省今年建设260万亩高标准农田` is a goal of 2023. A page recounting the sessions of a past
/// year (`2024年全国两会期间,…提交了…建议`) is not dated by them.
#[test]
fn a_years_two_sessions_date_an_undated_page() {
    let text = "江西省人大代表、江西省农业农村厅厅长江枝英15日在南昌表示,该省今年建设260万亩高标准农田,确保粮食播面稳定在5660万亩以上。\n当天,2023年江西省两会第三场“厅长通道”举行,江枝英回答媒体提问时披露上述数据。\n";
    assert_eq!(conference_year(&lines(text)), Some(2023));
    let (got, c) = written_years(text);
    assert!(got.contains(&(Some(260.0), Some(2023))), "{c:?}");
    assert!(got.contains(&(Some(5660.0), Some(2023))), "{c:?}");
    let recounted = "去年,他家靠旅游业增收10多万元。\n2024年全国两会期间,郑望春代表提交了《关于推进农村地区网络覆盖的建议》。\n";
    assert_eq!(conference_year(&lines(recounted)), None);
}

/// 3025 湖南 (an undated news page of an expo): `2025湖南(国际)通用航空及低空经济产业博览会21日在湖南
/// 长沙开幕` — an event named for a year that opens on the day the news reports is held in that
/// year, so the page speaks from 2025 and `今年前三季度传统通航飞行近9万架次` is of 2025. An event
/// named only in passing (`2024年…博览会期间签约…`) dates nothing this way.
#[test]
fn an_event_named_for_a_year_opening_dates_an_undated_page() {
    let text = "中新社长沙11月21日电 (张雪盈付敬懿)2025湖南(国际)通用航空及低空经济产业博览会21日在湖南长沙开幕,海内外科研机构、企业及行业协会等1000余名代表齐聚。\n作为中国首个全域低空空域管理改革试点省份,湖南已建成245平方公里验证测试区,今年前三季度传统通航飞行近9万架次。\n";
    assert_eq!(conference_year(&lines(text)), Some(2025));
    let (got, c) = written_years(text);
    assert!(got.contains(&(Some(9.0), Some(2025))), "{c:?}");
    let passing = "2024年中国国际进口博览会期间签约项目30个。\n";
    assert_eq!(conference_year(&lines(passing)), None);
}

/// 2500 重庆 (an undated page summing up the 2025 work report): the title `2025年重庆在经济发展、
/// 开放合作、城市治理和民生改善等方面将呈现以下变化:` announces the year's goals, so the goals
/// parts below it that name no year (`一、经济高质量发展` … `预计GDP增长6%左右`) are of 2025. An
/// opening paragraph that only mentions a goal (`2023年,市数据资源管理局…紧扣…目标…。`) is no
/// such title.
#[test]
fn a_title_announcing_a_years_goals_dates_the_goals_below() {
    let text = "2025年重庆在经济发展、开放合作、城市治理和民生改善等方面将呈现以下变化:\n一、经济高质量发展\n-\n经济增速与产业升级\n-\n预计GDP增长6%左右,规上工业增加值增长8%,工业投资占比提升至40%以上。\n";
    assert_eq!(title_goal_year(&lines(text)), Some(2025));
    let (got, c) = written_years(text);
    assert!(got.contains(&(Some(6.0), Some(2025))), "{c:?}");
    assert!(got.contains(&(Some(40.0), Some(2025))), "{c:?}");
    let opening = "2023年,市数据资源管理局在市委、市政府的正确领导下,紧扣“追赶江浙、争先江淮”目标,开拓创新。\n";
    assert_eq!(title_goal_year(&lines(opening)), None);
}

/// 2542 黑龙江 (news of the province's 2024 work report, traditional, page of January 2024):
/// `省长梁惠玲作《政府工作报告》。报告指出,2023年黑龙江农业现代化水平持续提升。` then `農業科技進步
/// 貢獻率達到70.3%` — news of a work report's review of 2023, naming no goal anywhere: its figures
/// are 2023's results. With a word of a goal on the page (`今年…将…`) the page is not taken for a
/// review this way; nor is a year other than the one before the page's.
#[test]
fn news_of_a_work_reports_review_with_no_goal_reports_results() {
    let text = "2024年01月24日10:44 | 來源:人民網-黑龍江頻道\n人民網哈爾濱1月24日電 1月24日,黑龍江省第十四屆人民代表大會第二次會議開幕,省長梁惠玲作《政府工作報告》。報告指出,2023年黑龍江農業現代化水平持續提升。\n黑龍江農業科技進步貢獻率達到70.3%。\n";
    let c = crate::extract::extract(
        text.as_bytes(),
        &crate::extract::ExtractOptions::new("r").published(2024),
    )
    .expect("extracts")
    .candidates;
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.value == Some(70.3))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2023), Role::Baseline)], "{c:?}");
    assert!(!speaks_of_goals(&lines(text)));
    assert!(speaks_of_goals(&lines("今年,黑龙江将加快建设农业强省。\n")));
    assert_eq!(
        crate::extract::sentence::review::report_looks_back(
            "报告指出,2023年黑龙江农业现代化水平持续提升。",
            Some(2024)
        ),
        Some(2023)
    );
    assert_eq!(
        crate::extract::sentence::review::report_looks_back(
            "报告指出,2023年黑龙江农业现代化水平持续提升。",
            Some(2025)
        ),
        None
    );
    assert_eq!(
        crate::extract::sentence::review::report_looks_back(
            "报告指出,2024年要加快建设农业强省。",
            Some(2025)
        ),
        None
    );
}

/// 2578 武汉 (a mirror of the budget committee's review, page of January 2026): the report named
/// in the first lines, `…关于2025年全市和市本级预算执行情况与2026年全市和市本级预算草案的审查结果报告`,
/// is on the 2025 budget as executed, so `(一)全市一般公共预算总收入完成3116亿元` is of 2025, not
/// of the page's year. A title that names no executed year dates nothing this way.
#[test]
fn a_report_on_a_years_budget_as_executed_dates_its_results() {
    let text = "武汉市人大财经委发布2025-2026预算审查结果\n2026-01-11\n武汉市第十五届人民代表大会财政经济委员会关于2025年全市和市本级预算执行情况与2026年全市和市本级预算草案的审查结果报告\n(一)全市一般公共预算总收入完成3116亿元。\n";
    assert_eq!(review_title_year(&lines(text)), Some(2025));
    let (got, c) = written_as_of(text, 2026);
    let of: Vec<_> = got.into_iter().filter(|w| w.0 == Some(3116.0)).collect();
    assert_eq!(of, [(Some(3116.0), Some(2025))], "{c:?}");
    assert_eq!(
        review_title_year(&lines("武汉市人大财经委发布预算审查结果\n")),
        None
    );
}

/// 2574 陕西 (news of a press conference, March 2025): `…陕西省生态环境厅相关负责人通报了2024年陕西省
/// 生态环境质量状况。` opens a report of 2024's state, so `全省国考10个设区市优良天数平均294.6天` is
/// of 2024, not of the page's year.
#[test]
fn a_years_environmental_state_reported_dates_its_figures() {
    let text = "3月27日,省政府新闻办举办新闻发布会,陕西省生态环境厅相关负责人通报了2024年陕西省生态环境质量状况。\n“全省空气质量持续向好。”张金东介绍,全省空气质量综合指数同比改善5.8%,特别是11个市(区)同比均实现了改善。\n全省国考10个设区市优良天数平均294.6天,同比增加11.7天。\n";
    assert_eq!(release_year(&lines(text), Some(2025)), Some(2024));
    let (got, c) = written_as_of(text, 2025);
    let of: Vec<_> = got.into_iter().filter(|w| w.0 == Some(294.6)).collect();
    assert_eq!(of, [(Some(294.6), Some(2024))], "{c:?}");
}

/// 2409 商洛: a page whose lines name no year (its dateline aside) leaves its year to its date;
/// `2021年` or `“十四五”` in any line gives it one of its own.
#[test]
fn a_page_that_names_no_year_but_in_its_dateline() {
    let text = "发布时间:2023-03-02\n商洛市谋划推进农业农村六项重点工作。\n确保粮食播种面积稳定在238万亩。\n";
    assert!(names_no_year(&lines(text)));
    assert!(!names_no_year(&lines(&format!(
        "{text}2021年,全市粮食产量45万吨。\n"
    ))));
    assert!(!names_no_year(&lines(&format!(
        "{text}“十四五”以来,全市粮食稳产。\n"
    ))));
}

/// 2673 慈湖高新区 (an undated page of a briefing of 27 December on the park's 2023 record): a
/// briefing of the year's last quarter on a year's record speaks from that year — `预计2023年园区
/// 生产总值增长4.5%` is an estimate of the year ending, a result, not a goal; one held early in the
/// next year speaks from the next; one of mid-year dates nothing.
#[test]
fn a_briefing_on_a_years_record_dates_an_undated_page() {
    let text = "12月27日,市政府新闻办召开新闻发布会,邀请慈湖高新区管委会副主任就高新区2023年经济社会发展情况进行专题发布。\n记者从发布会上了解到,今年以来,慈湖高新区经济运行总体平稳。预计2023年园区生产总值增长4.5%,技改投资增长2.8%。\n";
    assert_eq!(briefing_year(&lines(text)), Some(2023));
    assert_eq!(speaking_year(&lines(text), None), Some(2023));
    let (got, c) = written_years(text);
    assert!(got.contains(&(Some(4.5), Some(2023))), "{c:?}");
    assert!(
        c.iter()
            .filter(|c| c.review.is_none())
            .all(|c| c.role == Role::Baseline),
        "{c:?}"
    );
    let january = "1月20日,市政府新闻办召开新闻发布会,介绍2023年经济运行情况。\n";
    assert_eq!(briefing_year(&lines(january)), Some(2024));
    let july = "7月20日,市政府新闻办召开新闻发布会,介绍2023年上半年经济运行情况。\n";
    assert_eq!(briefing_year(&lines(july)), None);
}

/// 2694 相山区 (a statistics bureau's briefing of August 2025): the title labelled
/// `发布主题:相山区2025年上半年经济运行情况` names the period the page reports, as the bare title
/// does, so `其中,第一产业增加值2.5亿元,增长3.9%` is a result of 2025, not a goal.
#[test]
fn a_briefings_labelled_title_names_the_period_it_reports() {
    let text = "发布主题:相山区2025年上半年经济运行情况\n发布时间:2025年8月13日上午10:00\n一、GDP。上半年,全区实现生产总值236.2亿元,增长3.4%。其中,第一产业增加值2.5亿元,增长3.9%;第二产业增加值58.8亿元,增长0.2%。\n";
    assert_eq!(reported_year(&lines(text)), Some(2025));
    let (got, c) = written_years(text);
    for v in [236.2, 2.5, 58.8] {
        assert!(got.contains(&(Some(v), Some(2025))), "{v}: {c:?}");
    }
    assert_eq!(reported_year(&lines("发布主题:相山区经济运行情况\n")), None);
}

/// 2689 晋中 (`2025年上半年全市经济运行情况`): a part headed as a goal would be
/// (`二、工业生产较快增长,转型升级持续推进`) in a report of the period its title names states that
/// period's results — `全市规模以上工业增加值同比增长6.8%` is of 2025, not a goal with no year.
#[test]
fn a_part_headed_as_a_goal_in_a_periods_report_reports_it() {
    let text = "统计分析(月度公开)\n2025年上半年全市经济运行情况\n二、工业生产较快增长,转型升级持续推进\n上半年,全市规模以上工业增加值同比增长6.8%。从三大门类看,采矿业增长6.4%,制造业增长10.3%。\n";
    let (got, c) = written_years(text);
    for v in [6.8, 6.4, 10.3] {
        assert!(got.contains(&(Some(v), Some(2025))), "{v}: {c:?}");
    }
    // (the same part with no title naming the period: still no year)
    let (got, c) = written_years(&text.replace("2025年上半年全市经济运行情况\n", ""));
    assert!(!got.contains(&(Some(6.4), Some(2025))), "{c:?}");
}
