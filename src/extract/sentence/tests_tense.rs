//! Unit tests of when a figure is (issue 32, the ninth session's rules): words that look ahead
//! but do not, and phrases of this year, each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::*;

pub(super) fn read_with(text: &str, options: &ExtractOptions) -> Vec<Candidate> {
    read_str(text, Period::default(), options)
}

/// (year, role, value) of the figures written as data.
pub(super) fn written(c: &[Candidate]) -> Vec<(Option<i32>, Role, Option<f64>)> {
    c.iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect()
}

/// 153 邯郸, 170 泽州: in a review `争取` with what was won after it (`争取上级资金20.2亿元`,
/// `争取增发国债项目69个`) is secured — achieved in the year reviewed; `争取达到…` in a plan's
/// goals still strives.
#[test]
fn won_in_a_review_is_achieved() {
    // The whole pipeline: the table of contents makes it an annual plan of 2023.
    let x = crate::extract::extract(
        "目录\n1.2023“两会”解读政府工作报告要点之一:2022年工作回顾 2\n2.2023“两会”解读政府工作报告要点之二:2023年工作思路和目标 6\n\
         3.2023“两会”解读政府工作报告要点之三:2023年重点工作 ——以新城建设为引领 全面推进城乡一体化协同发展 8\n\
         2023“两会”解读政府工作报告要点之一:2022年工作回顾\n\
         58个重点项目进展顺利,全年完成投资141.6亿元;争取上级资金20.2亿元;签约项目79个。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let c: Vec<Candidate> = x.data().cloned().collect();
    assert_eq!(
        written(&c),
        [
            (Some(2022), Role::Baseline, Some(58.0)),
            (Some(2022), Role::Baseline, Some(141.6)),
            (Some(2022), Role::Baseline, Some(20.2)),
            (Some(2022), Role::Baseline, Some(79.0)),
        ],
        "{c:?}"
    );
    let goal = read_with(
        "到2025年,争取上级资金达到30亿元,力争签约项目100个。\n",
        &ExtractOptions::new("r"),
    );
    assert_eq!(
        written(&goal),
        [
            (Some(2025), Role::Target, Some(30.0)),
            (Some(2025), Role::Target, Some(100.0)),
        ],
        "{goal:?}"
    );
}

/// 044 深圳: `预计本年度可形成投资1006亿元` on a page of 2020 is this year's, as `今年` is — not
/// the plan's end year.
#[test]
fn this_years_plan_is_this_year() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "到2025年,新型基础设施建设水平全国领先。首批新基建项目总计95个,预计本年度可形成投资1006亿元。\n",
        &opts,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(1006.0))
        .map(|c| c.year)
        .collect();
    assert_eq!(got, [Some(2020)], "{c:?}");
}

/// 025 崇明: a work report's (or a plan's) review of the past (`一、发展回顾`, `过去一年`) reads an
/// achieved coverage, as a report of results does; a plan's base section alone does not.
#[test]
fn a_review_reads_achieved_coverage() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "过去一年,全区上下攻坚克难。\n实现全区5G网络和千兆光网全覆盖。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(100.0))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(100.0))], "{c:?}");
}

/// 128 溧水: `溧水1至5月共建设5G基站380个` on a page of 2020 whose sentence names no year is what the
/// months so far of 2020 reached — even though the text looks ahead to 2021 elsewhere; a goal
/// said of months (`力争1至5月…`) stays a goal.
#[test]
fn months_so_far_are_the_year_of_the_page() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "溧水1至5月共建设5G基站380个,完成该区全年建设计划任务近7成。\n提出到2021年将建设5G基站1000个。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(380.0))
        .collect();
    assert_eq!(got, [(Some(2020), Role::Baseline, Some(380.0))], "{c:?}");
    let goal = read_with("力争1至5月建设5G基站400个。\n", &opts);
    assert!(goal.iter().all(|c| c.role != Role::Baseline), "{goal:?}");
}

/// 152 江西: `其中今年新建成2万个` — newly completed this year is done, not aimed at.
#[test]
fn newly_completed_this_year_is_done() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "到2025年,全省5G基站达到10万个。\n5G基站总数达6.2万个,其中今年新建成2万个。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(2.0))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(2.0))], "{c:?}");
}

/// 146 南通: after a clause that says `已`, the sentence reports what is done — `完成年度目标66%`
/// and `全市5G连接数83万` are achieved this year, not goals of it, though the sentence opened on
/// one (`全市将新建6300个5G基站`).
#[test]
fn clauses_after_one_saying_done_are_done() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "今年,市政府下发《关于加快推进第五代移动通信网络建设的通知》。全市将新建6300个5G基站,占全省今年新建5G基站总数的八分之一,上半年已新建5G基站4181个,完成年度目标66%,完成投资10.8亿元,全市5G连接数83万。\n",
        &opts,
    );
    // (every figure, review or not: `完成年度目标66%` is a completion ratio, sent to review
    // since the eleventh session by the corpus convention of round p; its tense is still done)
    let got: Vec<_> = c.iter().map(|c| (c.value, c.role)).collect();
    assert_eq!(
        got,
        [
            (Some(6300.0), Role::Target),
            (Some(4181.0), Role::Baseline),
            (Some(66.0), Role::Baseline),
            (Some(10.8), Role::Baseline),
            (Some(83.0), Role::Baseline),
        ],
        "{c:?}"
    );
    let reviewed: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_some())
        .map(|c| c.value)
        .collect();
    assert_eq!(reviewed, [Some(66.0)]);
}

/// 201 龙华区 (a press report of a work report, 2021): `回望过去5年,…` reviews the years before
/// the page, `展望未来5年,…` sets goals five years after it.
#[test]
fn the_past_and_the_next_five_years() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "区长代表区人民政府向大会作政府工作报告,全面回顾5年来工作,部署今后5年工作。\n\
         回望过去5年,龙华地区生产总值从1899亿元增至2493亿元;数字经济对产业发展贡献率超过50%。\n\
         展望未来5年,龙华区提出经济总量达4500亿元左右的发展目标。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| matches!(w.2, Some(v) if v == 2493.0 || v == 50.0 || v == 4500.0))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(2493.0)),
            (Some(2020), Role::Baseline, Some(50.0)),
            (Some(2026), Role::Target, Some(4500.0)),
        ],
        "{c:?}"
    );
}

/// 226 镇江 (a page of March 2020): the end of the page's own year, said with no word of the
/// past, is ahead (`2020年底,全市建成5G基站6000个;到2021年底,…`), and so is that year said with
/// `将` where the plan's base year is it; `截至2020年底` and a year before the page are reached.
#[test]
fn the_end_of_the_pages_year_is_ahead() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_str(
        "2020年底,全市建成5G基站6000个;到2021年底,建成5G基站14000个;到2022年底,建成5G基站24000个。",
        Period::default(),
        &opts,
    );
    let roles: Vec<_> = c.iter().map(|c| (c.year, c.role)).collect();
    assert_eq!(
        roles,
        [
            (Some(2020), Role::Target),
            (Some(2021), Role::Target),
            (Some(2022), Role::Target)
        ]
    );
    let plan = Period {
        base_year: Some(2020),
        start_year: Some(2020),
        end_year: Some(2022),
    };
    let c = read_str("2020年,镇江将建设5G基站6000个。", plan, &opts);
    assert_eq!(c[0].role, Role::Milestone);
    let c = read_str(
        "截至2020年底,全市建成5G基站6000个。",
        Period::default(),
        &opts,
    );
    assert_eq!(c[0].role, Role::Baseline);
    let c = read_str("2019年底,全市建成5G基站600个。", Period::default(), &opts);
    assert_eq!(c[0].role, Role::Baseline);
}

/// 230 黔南 (a repost of a 5G work plan, its lead a news report): under a heading of goals
/// (`一、建设发展目标`) the plan's figures are goals, though the page's words of a report
/// (`获悉`, `累计`) make it read as one.
#[test]
fn a_goals_heading_outranks_a_reports_words() {
    let text = "日前,小编从黔南州人民政府网获悉\n\
                黔南5G建设投资要累计完成6亿元,5G基站规模累计达到4443个。\n\
                一、建设发展目标\n\
                2020至2022年,全州5G建设投资累计完成6亿元,5G基站规模累计达到4443个。\n\
                2022年,累计建设开通5G站点4443个。\n";
    let plan = Period {
        base_year: Some(2019),
        start_year: Some(2020),
        end_year: Some(2022),
    };
    let c = read_str(text, plan, &ExtractOptions::new("r"));
    let goals: Vec<_> = c
        .iter()
        .filter(|c| c.line >= 4 && c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        goals,
        [
            (Some(2022), Role::Target, Some(6.0)),
            (Some(2022), Role::Target, Some(4443.0)),
            (Some(2022), Role::Target, Some(4443.0)),
        ]
    );
}

/// 192 师宗县: a goal verb (`力争`) opens a list of goals that `；` continues to the full stop
/// (`2025年,力争实现农业总产值104亿元以上…；实现农业增加值66亿元以上`); a clause of the past in
/// the same sentence (`；2020年已实现…`) stays a result.
#[test]
fn a_goal_verb_holds_through_semicolons() {
    let c = read_str(
        "2025年,力争实现农业总产值104亿元以上、年均增10%以上;实现农业增加值66亿元以上,年均增10%以上。\n",
        Period::default(),
        &ExtractOptions::new("r"),
    );
    let roles: Vec<_> = c.iter().map(|c| (c.value, c.role)).collect();
    assert_eq!(
        roles,
        [
            (Some(104.0), Role::Target),
            (Some(10.0), Role::Target),
            (Some(66.0), Role::Target),
            (Some(10.0), Role::Target),
        ]
    );
    let c = read_str(
        "2025年,力争实现农业总产值104亿元以上;2020年已实现农业增加值46亿元。\n",
        Period::default(),
        &ExtractOptions::new("r"),
    );
    assert_eq!(c[1].role, Role::Baseline, "{:?}", c[1]);
}

/// 236 荆州开发区: `截至` a year the clause looks ahead to (`将`, `预计`) is a deadline.
#[test]
fn as_of_a_year_ahead_is_a_deadline() {
    let c = read_str(
        "截至2022年,荆州开发区将建成1000个5G基站。\n截至2019年底,全区已建成5G基站120个。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Target, Some(1000.0)),
            (Some(2019), Role::Baseline, Some(120.0)),
        ]
    );
}

/// 245 临汾 (a page of April 2020): `预计9月底…` is a deadline later in the page's year — a goal
/// of that year, not an estimate of what was reached; `预计全年…` in a review stays an estimate.
#[test]
fn expected_by_a_month_ahead_is_a_goal_of_the_pages_year() {
    let c = read_str(
        "截至4月30日,临汾铁塔统筹5G需求开工617个。预计9月底累计建设完成5G站点1425座,市中心城区实现全覆盖。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(617.0)),
            (Some(2020), Role::Target, Some(1425.0)),
            (Some(2020), Role::Target, Some(100.0)),
        ]
    );
    assert!(super::tense::estimate_only("预计全年完成投资"));
    assert!(!super::tense::estimate_only("预计9月底累计建设完成"));
}

/// 258 茂名 (a 2020 action plan): a year after the page's own is ahead whatever the verb's tense
/// (`至2022年底,全市新建成5G宏基站1880座`); the total listed after the addition (`、累计建成4873座`)
/// is its running total, and each takes the basis said before it.
#[test]
fn a_year_after_the_page_is_ahead() {
    let c = read_str(
        "■至2022年底,全市新建成5G宏基站1880座、累计建成4873座。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value, c.basis))
        .collect();
    assert_eq!(
        got,
        [
            (
                "5G宏基站",
                Some(2022),
                Role::Target,
                Some(1880.0),
                Basis::Level
            ),
            (
                "5G宏基站累计",
                Some(2022),
                Role::Target,
                Some(4873.0),
                Basis::Cumulative
            ),
        ]
    );
    assert!(c.iter().all(|c| c.review.is_none()));
}

/// 268 商洛 (a page of 2023): `截至一季度末` dates its sentence in the page's year, and a period
/// that names a plan's parts (`对“十四五”重点任务…进行了安排部署`) is no time for the sentences
/// after it.
#[test]
fn as_of_a_quarter_is_the_pages_year() {
    let c = read_str(
        "召开了2023年通信基础设施建设工作座谈会,对“十四五”重点任务和秦岭云等项目建设工作进行了安排部署。截至一季度末,全市累计建成5G基站4644个,5G用户发展到58.5万人。秦岭云大数据中心完成投资1.5亿元。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2023),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(4644.0)),
            (Some(2023), Role::Baseline, Some(58.5)),
            (Some(2023), Role::Baseline, Some(1.5)),
        ]
    );
}

/// 275 滁州, 277 来宾, 078 哈尔滨: the year's planned investment (`年度计划投资526亿元`) in a report
/// of results is a goal of that year.
#[test]
fn the_years_planned_investment_is_a_goal() {
    let c = read_str(
        "2023年,滁州参加全省集中开工项目376个、总投资2870亿元、年度计划投资526亿元。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2024),
    );
    let planned: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(526.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(planned, [(Some(2023), Role::Target)]);
}

/// 284 肇庆 (a page of 2025): a goal whose year comes only from an earlier paragraph's
/// (`2024年,…` then `力争…投产项目超50个`) is never of a year before the page.
#[test]
fn a_goal_is_not_of_a_year_before_the_page() {
    let c = read_str(
        "2024年,肇庆工业占固定资产投资比重提高到57.1%。\n力争大型产业集聚区市管起步区投产项目超50个。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let goal: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(50.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(goal, [(Some(2025), Role::Target)]);
}

/// 285 泰州: the planned total of projects already started (`新开工…项目423个,计划总投资…`) is
/// said of them, no goal.
#[test]
fn the_planned_total_of_started_projects_is_no_goal() {
    let c = read_with(
        "2022年,全市累计新开工5亿元和3000万美元以上项目423个,计划总投资3535.1亿元。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let total: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(3535.1))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(total, [(Some(2022), Role::Baseline)]);
    let c = read_with(
        "2025年计划总投资500亿元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    assert_eq!(written(&c), [(Some(2025), Role::Target, Some(500.0))]);
}

/// 310 宝安: a paragraph that opens on `其中` breaks down what the one before reported, in the
/// year it named; 181 湛江: one that names `今年` itself is not dated by the year before.
#[test]
fn a_breakdown_is_of_the_year_named_last() {
    let text = "根据核算结果,2023年宝安GDP为5202.01亿元,同比增长8.5%。\n\
                其中,第一产业增加值为0.87亿元,同比增长4.7%;第二产业增加值为2499.35亿元,同比增长6.8%。\n";
    let c = read_with(text, &ExtractOptions::new("r"));
    let years: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(years, [(Some(2023), Role::Baseline); 6]);
    let own = "2019年,全市建成4G基站5000座。\n其中,全市今年上半年新建5G基站2165座。\n";
    let c = read_with(own, &ExtractOptions::new("r").published(2020));
    let y: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(2165.0))
        .map(|c| c.year)
        .collect();
    assert_eq!(y, [Some(2020)]);
}

/// 335 莱州 (a plan of 2021–2025): the paragraphs after the one that opens on the base year
/// (`2020 年,生产总值达到 674.1 亿元,…`) go on with its account while they name no other year and
/// do not look ahead; a paragraph of goals ends it.
#[test]
fn a_plans_account_of_its_base_year_goes_on() {
    let text = "莱州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n\
                2020 年,生产总值达到 674.1 亿元, 一般公共预算收入 41.2 亿元。\n\
                新经济增加值占 GDP 的比重达到 28.4%,规模以上工业企业 206 家。\n\
                到2025年,生产总值达到1000亿元,规模以上工业企业达到300家。\n";
    let c = read_str(
        text,
        Period {
            base_year: Some(2020),
            end_year: Some(2025),
            ..Period::default()
        },
        &ExtractOptions::new("r").published(2021),
    );
    assert_eq!(
        written(&c),
        [
            (Some(2020), Role::Baseline, Some(674.1)),
            (Some(2020), Role::Baseline, Some(41.2)),
            (Some(2020), Role::Baseline, Some(28.4)),
            (Some(2020), Role::Baseline, Some(206.0)),
            (Some(2025), Role::Target, Some(1000.0)),
            (Some(2025), Role::Target, Some(300.0)),
        ]
    );
}

/// 336 兴隆台 (a page of June 2023): `截至目前,…预计完成196亿元` estimates the year so far — a
/// result of the page's year, not a goal.
#[test]
fn an_estimate_of_the_year_so_far_is_the_pages_year() {
    let c = read_with(
        "上半年,兴隆台区经济运行稳中向好。截至目前,全区地区生产总值预计完成196亿元,同比增长4.8%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert_eq!(
        written(&c),
        [
            (Some(2023), Role::Baseline, Some(196.0)),
            (Some(2023), Role::Baseline, Some(4.8))
        ]
    );
}

/// 333 海东 (a page of 2024): a text that opens on the time so far (`据…消息,今年以来,…`) reports
/// results, of the page's year; the year of a list the city was named on (`入选国家2022年度“千兆
/// 城市”`) is no time for the figures after it.
#[test]
fn a_progress_report_and_the_year_of_a_list() {
    let text = "据青海省发改委消息,今年以来,海东市以深化改革为牵引,加大招商力度。\n\
                在建强网络基础方面,全市建成通信基站9812座,成功入选国家2022年度“千兆城市”,建成应用系统203个。\n";
    let c = read_with(text, &ExtractOptions::new("r").published(2024));
    assert_eq!(
        written(&c),
        [
            (Some(2024), Role::Baseline, Some(9812.0)),
            (Some(2024), Role::Baseline, Some(203.0))
        ]
    );
    assert!(opens_on_progress(&crate::extract::text::lines(text)));
    assert!(!opens_on_progress(&crate::extract::text::lines(
        "日前,合肥市印发《数字合肥建设规划》,到2025年,5G基站达到2万个。\n"
    )));
}

/// 341 毕节 (an undated page): `今年上半年,…` after a sentence of 2022 is the page's year, which
/// nothing gives — review, not 2022; with the page's year known, that year.
#[test]
fn this_year_on_an_undated_page_is_not_the_year_before() {
    let text = "2022年毕节地区生产总值为2206.52亿元。今年上半年,实现地区生产总值1136.47亿元,同比增长4.1%。\n";
    let c = read_with(text, &ExtractOptions::new("r"));
    assert_eq!(written(&c), [(Some(2022), Role::Baseline, Some(2206.52))]);
    assert!(c
        .iter()
        .filter(|c| c.value == Some(1136.47))
        .all(|c| c.year.is_none()
            && c.review
                .as_ref()
                .map(|r| r.why.as_str())
                .is_some_and(|r| r.starts_with("今年"))));
    let c = read_with(text, &ExtractOptions::new("r").published(2023));
    let y: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(1136.47))
        .map(|c| c.year)
        .collect();
    assert_eq!(y, [Some(2023)]);
}

/// 630 上饶 (a news page of 2021-05): `2021年,上饶大数据产业营收同比有望增长六成达到800亿元` is
/// what the year is expected to reach (`有望`), a goal of 2021, not a result.
#[test]
fn expected_to_reach_is_a_goal() {
    let c = read_with(
        "“2021年,上饒大數據産業營收同比有望增長六成達到800億元。”上饒市大數據發展管理局局長程漸東在近日舉辦的第二屆全球饒商大會上透露。\n",
        &ExtractOptions::new("r").published(2021),
    );
    assert_eq!(
        written(&c),
        [(Some(2021), Role::Target, Some(800.0))],
        "{c:?}"
    );
}

/// 633 焦作 (a news page of 2025): `今年已争取各类政策性资金53.87亿元` was secured already (`已`),
/// a result of 2025, not a goal striven for.
#[test]
fn already_secured_is_no_goal() {
    let c = read_with(
        "创新推行联合谋划模式,今年已争取各类政策性资金53.87亿元。\n",
        &ExtractOptions::new("r").published(2025),
    );
    assert_eq!(
        written(&c),
        [(Some(2025), Role::Baseline, Some(53.87))],
        "{c:?}"
    );
}

/// 1440 临平区 (杭州日报, January 2022): `2021年经开区规模工业总产值预计将达到1060亿元` estimates
/// what 2021, a year the page looks back on, reached — a baseline, not a goal; on a page of 2021
/// the same words look ahead.
#[test]
fn expected_to_reach_in_a_past_year_is_an_estimate() {
    let text = "2021年经开区规模工业总产值预计将达到1060亿元,规模工业增加值达到315亿元。\n";
    let c = read_with(text, &ExtractOptions::new("r").published(2022));
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(1060.0)),
            (Some(2021), Role::Baseline, Some(315.0)),
        ],
        "{c:?}"
    );
    let c = read_with(text, &ExtractOptions::new("r").published(2021));
    assert_eq!(c[0].role, Role::Target, "{c:?}");
    assert!(super::tense::estimate_of_past_year(
        "2021年经开区规模工业总产值预计将达到"
    ));
    assert!(!super::tense::estimate_only(
        "2021年经开区规模工业总产值预计将达到"
    ));
}

/// 1416 邹城: `实施“双20”企业攀升计划,国家级“专精特新”小巨人企业达到9家` — a programme carried out
/// (`实施…计划` closing its clause) is a noun, not a plan ahead; `计划建设5G基站` still looks ahead.
#[test]
fn a_programme_carried_out_is_no_plan_ahead() {
    assert!(!super::tense::speaks_of_future("实施“双20”企业攀升计划,"));
    assert!(super::tense::speaks_of_future("今年计划建设5G基站"));
    assert!(super::tense::speaks_of_future("实施方案提出,计划"));
    let c = read_with(
        "2023年以来,邹城锚定目标。\n实施“双20”企业攀升计划,国家级“专精特新”小巨人企业达到9家。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(got, [(Some(2023), Role::Baseline, Some(9.0))], "{c:?}");
}

/// 1525 重庆 (news of a work plan of 2020): `即培育100家…龙头企业,500家…创新企业,5000家…` — the
/// clauses that open on their figure list under the verb before them: goals of the year the
/// text named, as the first.
#[test]
fn clauses_opening_on_their_figure_list_under_the_verb_before() {
    let text = "力争到2022年,数字经济总量达到万亿级规模。\n为此,重庆将用3年左右时间,培育“100+500+5000”数字经济领域市场主体。即培育100家数字经济龙头企业,500家前沿领域高成长创新企业,5000家“专特精尖”中小微企业和创新团队。\n";
    assert_eq!(
        written(&read_with(text, &ExtractOptions::new("r").published(2020))),
        [
            (Some(2022), Role::Target, Some(100.0)),
            (Some(2022), Role::Target, Some(500.0)),
            (Some(2022), Role::Target, Some(5000.0)),
        ]
    );
}

/// 1699 琼海 (the work report of February 2023, its review of 2022): `第一时间将工作重心从“防感染”
/// 转向“保健康”` marks with `将` what was turned — no word of the future — so the figures after it
/// in the review (`综合ICU床位从37张提升至151张`) stay 2022's results; `将转向` would look ahead.
#[test]
fn jiang_marking_what_was_turned_is_no_future() {
    assert!(!super::tense::speaks_of_future(
        "第一时间将工作重心从“防感染”转向“保健康、防重症、降病亡”"
    ));
    assert!(super::tense::speaks_of_future("全市将加快转向高质量发展"));
}

/// 2169 上海 (东方网, an undated page): `…2024年上海将聚焦新网络、新算力…五方面,重点推进56项任务。`
/// announces the year's tasks, so `一是…新建各类5G基站13000个` on the next line is a target of 2024;
/// a year's tasks already done (`2023年上海重点推进了56项任务`) announce nothing.
#[test]
fn a_years_tasks_announced_date_the_lines_after() {
    let opts = ExtractOptions::new("r");
    let text = "市发展改革委副主任陈国忠介绍,2024年上海将聚焦新网络、新算力、新数据、新设施、新终端五方面,重点推进56项任务。\n一是加快构建高水平网络基础设施,新建各类5G基站13000个,部署一批工业互联网平台。\n";
    let c = read_with(text, &opts);
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(13000.0))
        .collect();
    assert_eq!(got, [(Some(2024), Role::Target, Some(13000.0))], "{c:?}");
    let done = text.replace("2024年上海将聚焦", "2023年上海聚焦");
    let c = read_with(&done, &opts);
    assert!(written(&c).iter().all(|w| w.2 != Some(13000.0)), "{c:?}");
}

/// 2238 山东 (人民日报, February 2023): after a plan's goals to 2035, a paragraph that opens on
/// recent years (`据介绍,近年来,山东政务服务水平持续提升,…。全省政务服务事项网上可办率超过90%`)
/// reports them through its sentences — results of the page's year, not goals of 2035.
#[test]
fn a_paragraph_opening_on_recent_years_reports_them() {
    let opts = ExtractOptions::new("r").published(2023);
    let text = "到2035年,与国家治理体系和治理能力现代化相适应的数字政府体系更加成熟完备。\n据介绍,近年来,山东政务服务水平持续提升,“互联网+政务服务”的广度和深度不断拓展。全省政务服务事项网上可办率超过90%,全程可网办率超过80%。\n";
    let c = read_with(text, &opts);
    let got: Vec<_> = written(&c).into_iter().map(|w| (w.0, w.1)).collect();
    assert_eq!(
        got,
        [(Some(2023), Role::Baseline), (Some(2023), Role::Baseline)],
        "{c:?}"
    );
}

/// 2289 榆中 (news of April 2025, traditional): `今年一季度,…主要指標好於預期,地區生產總值同比增長
/// 8.1%` — `好于预期` (better than expected) compares results with what was expected; the quarter
/// gone by is reached, not aimed at. `预期增长8%` still looks ahead.
#[test]
fn better_than_expected_is_no_word_of_the_future() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "今年一季度,榆中縣經濟運行呈現穩中向好、穩中向優的良好態勢,主要指標好於預期,地區生產總值同比增長8.1%,增速位列蘭州市三縣五區第一。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [(Some(2025), Role::Baseline, Some(8.1))],
        "{c:?}"
    );
    let c = read_with("今年一季度,全县地区生产总值预期增长8%。\n", &opts);
    assert!(c.iter().all(|c| c.role != Role::Baseline), "{c:?}");
}

/// 2388 湖北 (news of the province's equipment-renewal plan, 2024): `根据《方案》,预计今年全省…
/// 设备投资增长8%` — what the plan expects of the year is a goal, not an estimate of what the year
/// reached; without the plan cited, `预计今年…增长8%` stays this year's estimate.
#[test]
fn what_a_plan_expects_this_year_is_a_goal() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "根据《方案》,预计今年全省工业、建筑、交通等重点领域设备投资增长8%;报废汽车回收率增长40%。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            (Some(2024), Role::Target, Some(8.0)),
            (Some(2024), Role::Target, Some(40.0))
        ],
        "{c:?}"
    );
    let c = read_with("预计今年全省重点领域设备投资增长8%。\n", &opts);
    assert_eq!(
        written(&c),
        [(Some(2024), Role::Baseline, Some(8.0))],
        "{c:?}"
    );
}

/// 2403 湖南 (news of the province's tourism results of 2022, traditional): `2022年全省接待國內外
/// 游客4.35億人次,恢復到2019年的90.0%` — back to a share of a year's level is a comparison, not a
/// goal of 2019 (`到20…` is no word of the future after `恢复`).
#[test]
fn recovered_to_a_share_of_a_years_level_is_no_goal() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年全省接待國內外游客4.35億人次,恢復到2019年的90.0%,好于全國23個百分點。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(90.0))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(90.0))], "{c:?}");
}

/// 2113 常州经开区 (news of a meeting, dated 2023-12-28): `…作年度工作报告,2023年,常州经开区预计
/// 完成地区生产总值992亿元,一般公共预算收入53.5亿元` — the year standing alone before a comma heads
/// the clause after it, so `预计完成` there is the page's own year's estimate, reached, not a goal;
/// with `力争` instead it stays a goal.
#[test]
fn a_year_before_a_comma_heads_the_estimate_after_it() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "會上,常州經開區黨工委書記丁一作年度工作報告,2023年,常州經開區預計完成地區生產總值992億元,一般公共預算收入53.5億元。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            (Some(2023), Role::Baseline, Some(992.0)),
            (Some(2023), Role::Baseline, Some(53.5))
        ],
        "{c:?}"
    );
    let c = read_with("2023年,常州经开区力争完成地区生产总值992亿元。\n", &opts);
    assert_eq!(
        written(&c),
        [(Some(2023), Role::Target, Some(992.0))],
        "{c:?}"
    );
}

/// 2085 (news of the national health plan, 2022, traditional): `2015年至2020年,人均預期壽命從
/// 76.34歲提高到77.93歲` — `预期` in `预期寿命` (life expectancy) is a noun, no word of the future:
/// the series is achieved by 2020.
#[test]
fn life_expectancy_is_no_word_of_the_future() {
    assert!(!super::tense::speaks_of_future(
        "人均预期寿命从76.34岁提高到77.93岁"
    ));
    assert!(super::tense::speaks_of_future("预期到2025年达到80岁"));
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "《規劃》指出,經過努力,我國人民健康水平不斷提高。2015年至2020年,人均預期壽命從76.34歲提高到77.93歲,嬰兒死亡率從8.1‰降至5.4‰。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(77.93) || w.2 == Some(5.4))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(77.93)),
            (Some(2020), Role::Baseline, Some(5.4))
        ],
        "{c:?}"
    );
}
