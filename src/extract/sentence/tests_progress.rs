//! Unit tests of the rules for progress reports and reports of a year's results (issue 32, the
//! thirteenth session), each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::tests_names::read_with;
use super::tests_work_reports::written;
use super::*;

/// 419 舟山 (a half-year progress report of 2023): a sentence that opens on a part of the year
/// to date (`1-6月,`, `一季度`) reports what was reached — an estimate of it (`预计实现`) too,
/// and through the `；` of its enumeration — while `力争` in its next clause still sets a goal.
#[test]
fn a_part_of_the_year_to_date_is_reached() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "1-6月,全市预计实现一般公共预算收入143.83亿元,增长19.6%;其中税收收入103.41亿元。\n\
         一季度GDP增长7.1%,力争上半年增长7.5%以上;1-5月,全市固定资产投资437亿元。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .map(|(_, y, r, v)| (y, r, v))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(143.83)),
            (Some(2023), Role::Baseline, Some(19.6)),
            (Some(2023), Role::Baseline, Some(103.41)),
            (Some(2023), Role::Baseline, Some(7.1)),
            (Some(2023), Role::Baseline, Some(437.0)),
        ],
        "{c:?}"
    );
    // (`力争上半年增长7.5%以上` names no year: a goal, to review — not a value reached)
    let goal = c.iter().find(|c| c.value == Some(7.5)).expect("found");
    assert!(
        goal.role == Role::Target && goal.review.is_some(),
        "{goal:?}"
    );
    // A deadline ahead in the year (`预计9月底…`) stays a goal.
    let c = read_with("1-6月,预计9月底累计建设完成5G站点1425座。\n", &opts);
    assert!(
        c.iter()
            .all(|c| c.role == Role::Target || c.review.is_some()),
        "{c:?}"
    );
}

/// 425 寿县 (a report of December 2024 on the execution of the 2024 plan and the draft of 2025's):
/// under `一、2024年国民经济和社会发展计划执行情况`, `预计全年新增规上企业70户以上` estimates the
/// whole of the year the part reviews, 2024 — not the 2025 the report goes on to plan.
#[test]
fn an_estimate_of_the_whole_year_under_review_is_that_year() {
    let opts = ExtractOptions::new("r").published(2024);
    let x = crate::extract::extract(
        "关于寿县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\
         ——2024年12月29日在寿县第十八届人民代表大会第四次会议上\n\
         一、2024年国民经济和社会发展计划执行情况\n\
         2024年是新中国成立75周年。今年以来,全县经济持续向好。\n\
         (一)稳增长、促发展,三次产业融合共进\n\
         工业经济提速扩量。预计全年新增规上企业70户以上,总数突破360家。\n"
            .as_bytes(),
        &opts,
    )
    .expect("extracts");
    // (the whole pipeline: the title makes the text an annual plan of 2025)
    assert_eq!(x.period.end_year, Some(2025));
    let c: Vec<Candidate> = x.candidates.clone();
    let got: Vec<_> = written(&c)
        .into_iter()
        .map(|(_, y, r, v)| (y, r, v))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(70.0)),
            (Some(2024), Role::Baseline, Some(360.0)),
        ],
        "{c:?}"
    );
}

/// 450 赣榆 (a summary page of 2025): `赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元
/// 以上、增长7%` — a year's work report shows what the year before it reached (2024), as `去年`
/// does; a work report that sets out goals (`提出`) is not read so.
#[test]
fn a_years_work_report_shows_the_year_before() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%,新增\"四上\"企业225家。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .map(|(_, y, r, v)| (y, r, v))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(800.0)),
            (Some(2024), Role::Baseline, Some(7.0)),
            (Some(2024), Role::Baseline, Some(225.0)),
        ],
        "{c:?}"
    );
    let c = read_with("赣榆区2025年工作报告提出,地区生产总值增长6%左右。\n", &opts);
    assert!(c.iter().all(|c| c.year != Some(2024)), "{c:?}");
}

/// 453 沧源 (an undated page retelling a work report): a line that ends on the review it
/// introduces (`以下是2023年工作回顾:`) dates the items after it, numbered by emoji, in 2023 —
/// though the page goes on to the goals of 2024 (`展望2024年,…以下目标`).
#[test]
fn a_line_introducing_a_years_review_dates_the_items_after_it() {
    let x = crate::extract::extract(
        "🌟沧源2024年工作报告📜\n\
         尊敬的各位领导、亲爱的同事们:\n\
         随着岁月的车轮滚滚向前,我们迎来了充满希望与挑战的2024年,在这辞旧迎新的时刻,我谨代表沧源县政府,向大家汇报2023年的工作成果,并对2024年的工作进行展望。\n\
         🌈2023年,在党的坚强领导下,经济社会发展取得了显著成效,以下是2023年工作回顾:\n\
         1️⃣ 经济发展稳中向好,全年GDP同比增长8.5%,财政收入增长10%。\n\
         2️⃣ 基础设施建设加快推进,新增高速公路100公里,农村公路500公里。\n\
         🎯展望2024年,我们将紧紧围绕以下目标开展工作:\n\
         1️⃣ 经济高质量发展,推动产业结构优化升级。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let c: Vec<Candidate> = x.candidates.clone();
    let got: Vec<_> = written(&c)
        .into_iter()
        .map(|(_, y, r, v)| (y, r, v))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(8.5)),
            (Some(2023), Role::Baseline, Some(10.0)),
            (Some(2023), Role::Baseline, Some(100.0)),
            (Some(2023), Role::Baseline, Some(500.0)),
        ],
        "{c:?}"
    );
}

/// 451 长宁 (an undated page): a press conference on a five-year plan's results
/// (`上海“十四五”规划成果系列发布会`) reports what was reached — `2024年,软信服务业营收达2648亿元`
/// is a value of 2024, not a milestone of the 2021–2025 plan the page names.
#[test]
fn a_press_conference_on_a_plans_results_reports_them() {
    let x = crate::extract::extract(
        "上证报中国证券网讯上海市长宁区委书记张伟在9月23日举行的上海“十四五”规划成果系列发布会长宁区专场上表示,长宁区是上海最具互联网基因的城区之一。\n\
         一是数字经济动能更加澎湃强劲。2024年,软信服务业营收达2648亿元,规模和增速均保持上海市前列。\n\
         面向“十五五”,长宁将继续深化数据要素市场化配置改革。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(got, [(Some(2024), Role::Baseline, Some(2648.0))], "{x:?}");
}

/// 524 徐汇 (a news page of 2025-10): a page titled with a five-year plan's results
/// (`上海徐汇区‘十四五’成就:…`), its press conference after the page's navigation lines, reports
/// what the period reached — `预计达4000亿元以上` and `突破300亿元` are 2025's values, not goals
/// of the plan it names; a plan that reviews `“十三五”取得的成就` still sets its goals.
#[test]
fn a_page_titled_with_a_periods_results_reports_them() {
    let x = crate::extract::extract(
        "扫描打开手机站\n\
         随时逛,更方便!\n\
         当前位置:首页 > 财经纵横\n\
         上海徐汇区‘十四五’成就:连跨双千亿台阶的产业密码\n\
         时间:2025-10-17 10:25:34 来源:国际金融报 作者:国际金融报\n\
         10月16日上午,上海市政府新闻办举办‘实干绘答卷 接力新蓝图’上海‘十四五’规划成果系列第七场新闻发布会。\n\
         据发布会披露,‘十四五’期间徐汇区经济总量实现跨越式增长:地区生产总值连续突破两个千亿台阶,预计达4000亿元以上,总量位居上海中心城区首位;区级一般公共预算收入突破300亿元,五年增量超百亿元。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2025),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(4000.0)),
            (Some(2025), Role::Baseline, Some(300.0))
        ],
        "{x:?}"
    );
    let plan = crate::extract::extract(
        "8月12日,《保定市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》全文正式对外公布,回顾了保定“十三五”取得的成就、“十四五”面临的机遇与挑战,明确了“十四五”指导思想和主要目标。\n\
         “十四五”期间,地区生产总值年均增长8%以上。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2021),
    )
    .expect("extracts");
    let got: Vec<_> = plan.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(got, [(Some(2025), Role::Target, Some(8.0))], "{plan:?}");
}

/// 549 安化 (news of a county's people's congress, 2021-10): `(预计数,下同)` names the figure
/// an estimate — a noun, not an expectation — so `2021年,全县完成地区生产总值263.5亿元(预计数,
/// 下同),年均增长6.94%` reports what 2021 reached, as the clauses after it do.
#[test]
fn an_estimated_figure_is_reached_not_expected() {
    let x = crate::extract::extract(
        "安化县第十八届人民代表大会第一次会议开幕\n\
         周贤同志代表安化县人民政府向大会作工作报告。过去五年,实现了“十四五”良好开局。2021年,全县完成地区生产总值263.5亿元(预计数,下同),年均增长6.94%;规模工业增加值44.5亿元,年均增长5.95%。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2021),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(263.5)),
            (Some(2021), Role::Baseline, Some(6.94)),
            (Some(2021), Role::Baseline, Some(44.5)),
            (Some(2021), Role::Baseline, Some(5.95)),
        ],
        "{x:?}"
    );
}

/// 566 呈贡 (news of 2021, in traditional characters): `到2020年已聚集859家企業` — by a year,
/// already — is what was reached by then, not a goal of that year.
#[test]
fn by_a_year_already_is_reached() {
    let x = crate::extract::extract(
        "位於呈貢的雲南省數字經濟開發區自2019年掛牌,到2020年已聚集859家企業,主營業務收入突破290億元。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2021),
    )
    .expect("extracts");
    let got: Vec<_> = x
        .candidates
        .iter()
        .filter(|c| c.value == Some(859.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2020), Role::Baseline)], "{x:?}");
}

/// 457 鄠邑 (a communiqué converted from a .docx file, its charts' captions run into the text): a
/// chart's caption (`图22021年全区生产总值构成`) is no time for the figures after it; they are
/// of the year the title reports on.
#[test]
fn a_charts_caption_is_no_time_for_the_figures_after_it() {
    let x = crate::extract::extract(
        "鄠邑区2022年国民经济和社会发展统计公报.docx\n\
         图12018-2022年全区生产总值及增长速度图22021年全区生产总值构成全年非公有制经济增加值244.29亿元,占地区生产总值比重71.6%。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    // (the level's name runs back over the captions, too long to write; its year is still 2022)
    let years: Vec<_> = x.candidates.iter().map(|c| (c.year, c.value)).collect();
    assert_eq!(
        years,
        [(Some(2022), Some(244.29)), (Some(2022), Some(71.6))],
        "{x:?}"
    );
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(71.6))], "{x:?}");
}

/// 466 金溪 (a communiqué of 2022): `这是继2021年突破100亿元之后,又跃上新的台阶,按可比价计算比上年
/// 增长4.8%` — the year looked back to after `继` holds until its `之后`; the growth after it is of
/// 2022, the year the sentence opened on.
#[test]
fn a_year_looked_back_to_holds_until_its_zhihou() {
    let c = read_with(
        "初步测算,2022年,我县地区生产总值突破110亿元,达到115.77亿元,这是继2021年突破100亿元之后,又跃上新的台阶,按可比价计算比上年增长4.8%,其中工业增加值实现32.79亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Some(110.0)),
            (Some(2022), Some(115.77)),
            (Some(2021), Some(100.0)),
            (Some(2022), Some(4.8)),
            (Some(2022), Some(32.79)),
        ],
        "{c:?}"
    );
}

/// 502 东光 (a work report of 2022 on one line): `“十四五”实现良好开局。一年来,…完成新冠疫苗接种
/// 80.8万剂次` — a five-year plan's good start is no time for the figures after it; they are of
/// 2021, the year the review opened on.
#[test]
fn a_plans_good_start_is_no_time() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2022年东光县政府工作报告 一、2021年工作回顾 2021年是建党100周年,是“十四五”规划开局之年,全县上下圆满完成年初任务目标,“十四五”实现良好开局。 一年来,全县人民众志成城,完成新冠疫苗接种80.8万剂次,全年实现项目落地110个。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .map(|(_, y, r, v)| (y, r, v))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(80.8)),
            (Some(2021), Role::Baseline, Some(110.0)),
        ],
        "{c:?}"
    );
}

/// 498 阜新县 (a new-year address): `回首2024年,…` opens a review of 2024, so `这一年,…粮食产量
/// 突破33亿斤` in the next paragraph is of 2024, as `回顾了2024年` already was.
#[test]
fn looking_back_on_a_year_reviews_it() {
    let x = crate::extract::extract(
        "全县的父老乡亲们,同志们,朋友们:\n\
         回首2024年,面对复杂严峻的经济环境,县委团结带领全县各级党组织和广大干部群众,承压而上、稳中求进。\n\
         这一年,我们全力以赴稳增长。粮食产量突破33亿斤,实现四连增。全县规上工业企业达到92户。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(33.0)),
            (Some(2024), Role::Baseline, Some(92.0)),
        ],
        "{x:?}"
    );
}

/// 508 密云 (a press release of December 2025 on five years of a pilot zone): `5年来,…全区实际使用
/// 外资达1.23亿美元` counts the years up to the page, 2025; in a work report the same words review
/// the year before it was delivered.
#[test]
fn five_years_to_date_on_a_press_release_end_with_its_year() {
    let opts = ExtractOptions::new("r").published(2025);
    let text = "北京密云区“两区”建设五周年交出亮眼答卷\n\
                12月10日,北京市密云区召开“两区”建设五周年新闻发布会。\n\
                5年来,密云区对外开放水平显著提高。全区实际使用外资达1.23亿美元,外贸进出口额累计完成264.1亿元。\n";
    let got: Vec<_> = written(&read_with(text, &opts))
        .into_iter()
        .map(|(_, y, _, v)| (y, v))
        .collect();
    assert_eq!(got, [(Some(2025), Some(1.23)), (Some(2025), Some(264.1))]);
    let report = "1月9日,区长作政府工作报告。\n\
                  5年来,全区实际使用外资达1.23亿美元。\n";
    let got: Vec<_> = written(&read_with(report, &opts))
        .into_iter()
        .map(|(_, y, _, v)| (y, v))
        .collect();
    assert_eq!(got, [(Some(2024), Some(1.23))]);
}

/// 2548 海东 (news of December 2025 on the 14th plan's record): `…新闻发布会获悉,五年来,海东市…`
/// counts the years up to the page after the news lead as it does at a paragraph's start, so the
/// undated results that follow (`全市公路通车里程达1.2万余公里`) are of 2025, not of the year before.
#[test]
fn five_years_to_date_after_a_news_lead_end_with_the_pages_year() {
    let opts = ExtractOptions::new("r").published(2025);
    let text = "青海海东市:城乡面貌民生福祉治理能力全方位跃升\n\
                12月18日,记者从“十四五”发展成就海东专场新闻发布会获悉,五年来,海东市牢记嘱托、感恩奋进,城乡面貌全方位跃升。\n\
                现代化综合交通体系加快构建,全市公路通车里程达1.2万余公里,生活垃圾无害化处理率提升至98%。\n";
    let got: Vec<_> = written(&read_with(text, &opts))
        .into_iter()
        .map(|(_, y, _, v)| (y, v))
        .collect();
    assert_eq!(got, [(Some(2025), Some(1.2)), (Some(2025), Some(98.0))]);
}

/// 723 衡山县 (a mirror of a page of 2021 looking back on 2016–2020): on a page of a five-year
/// period's first year, `五年来,…` looks back on the period that ended the year before, 2020 —
/// not up to the page.
#[test]
fn five_years_on_a_page_of_a_periods_first_year_end_the_year_before() {
    let opts = ExtractOptions::new("r").published(2021);
    let text = "五年来,衡山县积极应对经济下行压力,经济社会发展迈上了新台阶。这五年,是经济实力显著提升的五年。地区生产总值年均增长7.3%;累计完成固定资产投资428.3亿元。\n";
    let got: Vec<_> = written(&read_with(text, &opts))
        .into_iter()
        .map(|(_, y, _, v)| (y, v))
        .collect();
    assert_eq!(got, [(Some(2020), Some(7.3)), (Some(2020), Some(428.3))]);
}

/// 511 河北区 (a report on the execution of the 2023 plan and the draft of 2024's): in its review,
/// `瞄准经济发展预期目标,…服务业占GDP比重由2022年的59.7%提高到61.7%` names the aim of what was done
/// — no list of goals opens after `预期目标,` — so the figures are 2023's.
#[test]
fn aiming_at_the_years_goals_opens_no_list_of_goals() {
    let x = crate::extract::extract(
        "关于河北区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n\
         一、2023年国民经济和社会发展计划执行情况\n\
         (一)聚焦提高经济发展质效,推动经济运行整体好转\n\
         运行调度积极有力。瞄准经济发展预期目标,强化经济运行调度,服务业占GDP比重由2022年的59.7%提高到61.7%,实施83个区级年度重点项目;国内招商引资到位额完成121.47亿元。\n"
            .as_bytes(),
        &ExtractOptions::new("r").published(2024),
    )
    .expect("extracts");
    let got: Vec<_> = x.data().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(59.7)),
            (Some(2023), Role::Baseline, Some(61.7)),
            (Some(2023), Role::Baseline, Some(83.0)),
            (Some(2023), Role::Baseline, Some(121.47)),
        ],
        "{x:?}"
    );
}

/// 610 浏阳 (a mirror of a news page of 2025-11, in traditional characters): a press conference of
/// a period's record (`“长沙‘十四五’答卷”系列主题新闻发布会`) reports what was reached —
/// `2025年,…地区生产总值预计突破1900亿元` is 2025's value, not a goal.
#[test]
fn a_press_conference_of_a_periods_record_reports_results() {
    let got = extracted_rows(
        "華聲在線全媒體記者 李昆勵\n\
         (11月28日,“長沙‘十四五’答卷”系列主題新聞發布會舉辦瀏陽市專場。 圖/瀏陽市委宣傳部)\n\
         “十四五”期間,瀏陽錨定“縣域經濟新典范、共同富裕先行區”目標,交出了一份持續向好、成色十足的發展答卷。2025年,瀏陽地區生產總值預計突破1900億元,地方一般公共預算收入預計突破110億元,社會消費品零售總額突破500億元。\n",
        &ExtractOptions::new("r").published(2025),
    );
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(1900.0)),
            (Some(2025), Role::Baseline, Some(110.0)),
            (Some(2025), Role::Baseline, Some(500.0))
        ],
        "{got:?}"
    );
}
