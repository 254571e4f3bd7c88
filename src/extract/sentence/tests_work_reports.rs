//! Unit tests of the rules for government work reports and annual plans' execution reports
//! (issue 32, round h), each from a sentence of a development document
//! (`seeds/plans/dev/docs/`: 075, 095, 096, 098, 101, 104, 105), and round i's year rules
//! (107, 110, 113, 119) and round j's (131, 134, 135).

use super::tests_names::read_with;
use super::*;

/// (name, year, role, value) of the rows written as data.
pub(super) fn written(c: &[Candidate]) -> Vec<(&str, Option<i32>, Role, Option<f64>)> {
    c.iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect()
}

/// 095 高邮: a report on last year's plan that then `提出了2021年…指标体系安排,具体为:` lists goals —
/// goals of 2021, through the sentences of the list, though the page reports results.
#[test]
fn goals_a_line_announces_are_goals() {
    let c = read_with(
        "周建峰在报告中说,2020年,全市上下扎实做好“六稳”工作,主要经济指标持续回升,经济社会高质量发展取得积极成效。\n\
         周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:总量支撑型指标方面,地区生产总值增长6.5%左右;固定资产投资增长6%以上。质量结构型指标方面,获批国家高新技术企业80家。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Target, Some(6.5)),
            (Some(2021), Role::Target, Some(6.0)),
            (Some(2021), Role::Target, Some(80.0)),
        ]
    );
}

/// 096 咸阳: `主要预期目标是:…；居民消费价格涨幅3%左右；粮食产量保持在180万吨以上` on a page whose
/// title names the plan's year: the figures after the `；` are that year's goals too (they went
/// to review).
#[test]
fn a_goal_list_after_a_colon_keeps_its_year_through_semicolons() {
    let c = read_with(
        "咸阳市2023年国民经济和社会发展计划\n主要预期目标是:生产总值增长6%左右;居民消费价格涨幅3%左右;粮食产量保持在180万吨以上。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Target, Some(6.0)),
            (Some(2023), Role::Target, Some(3.0)),
            (Some(2023), Role::Target, Some(180.0)),
        ]
    );
}

/// 104 牟定, 096 咸阳: names paired by `分别` — a shared head (`一般公共预算收入和支出`), `城乡`
/// (城镇…, 农村…), and `分别增长` after a pair, which takes its names.
#[test]
fn respectively_pairs_shared_heads_and_town_and_country() {
    let c = read_with(
        "过去一年,一般公共预算收入和支出分别达4.78亿元、20.2亿元,分别增长6.9%、0.8%;城乡常住居民人均可支配收入分别达47197元、16135元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.3)).collect();
    assert_eq!(
        got,
        [
            ("一般公共预算收入", Some(4.78)),
            ("一般公共预算支出", Some(20.2)),
            ("一般公共预算收入增长", Some(6.9)),
            ("一般公共预算支出增长", Some(0.8)),
            ("城镇常住居民人均可支配收入", Some(47197.0)),
            ("农村常住居民人均可支配收入", Some(16135.0)),
        ]
    );
    assert!(c
        .iter()
        .all(|c| c.year == Some(2023) && c.role == Role::Baseline));
    // Equal-length names joined by `和` are not split (which head would they share?).
    let c = read_with(
        "过去一年,收入和支出分别达4.78亿元、20.2亿元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    assert!(written(&c).is_empty(), "{c:?}");
}

/// 098 余杭, 101 东丽: `一、2022年国民经济和社会发展计划执行情况` is a review of 2022 (not a part
/// that sets goals), through its sub-headings (`(一)坚持抓机遇促发展`); `预计地区生产总值增长5%`
/// there is an estimate of 2022, not a goal.
#[test]
fn a_plans_execution_report_is_a_review_of_its_year() {
    let c = read_with(
        "一、2022年国民经济和社会发展计划执行情况\n\
         经济运行稳中有进。预计地区生产总值增长5%,R&D占GDP比重达到4.51%。\n\
         (一)坚持抓机遇促发展,京津冀协同纵深推进\n\
         落实京冀企业167个。\n\
         二、2023年国民经济和社会发展计划(草案)\n\
         (一)主要目标\n\
         地区生产总值增长5.5%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(5.0)),
            (Some(2022), Role::Baseline, Some(4.51)),
            (Some(2022), Role::Baseline, Some(167.0)),
            (Some(2023), Role::Target, Some(5.5)),
        ]
    );
}

/// 105 建宁: a work report's part with no number (`2022年工作回顾`) is a heading; `预计全年完成
/// 地区生产总值164亿元` under it is what 2022 is estimated to have reached. `预计到2025年` stays a
/// forecast.
#[test]
fn an_unnumbered_review_part_and_its_estimates() {
    let c = read_with(
        "政府工作报告\n2022年工作回顾\n2022年,全县经济社会发展取得新进展。预计全年完成地区生产总值164亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(164.0))]);
    let c = read_with(
        "一、发展目标\n预计到2025年,地区生产总值达到200亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2)).collect();
    assert_eq!(got, [(Some(2025), Role::Target)]);
}

/// 119 果洛: a work report's review of 2022, then `果洛州划定发展预期目标,地区生产总值增长3%;…`:
/// `预期目标` opens its list with a comma too, and the goals are of the year after the year
/// reported on.
#[test]
fn goals_after_a_review_are_the_next_years() {
    let c = read_with(
        "2022年,果洛州实现地区生产总值53.62亿元,同比增长2.7%;全社会固定资产投资79.82亿元,同比增长31.8%。\n\
         果洛州划定发展预期目标,地区生产总值增长3%;全社会固定资产投资增长7%。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(53.62)),
            (Some(2022), Role::Baseline, Some(2.7)),
            (Some(2022), Role::Baseline, Some(79.82)),
            (Some(2022), Role::Baseline, Some(31.8)),
            (Some(2023), Role::Target, Some(3.0)),
            (Some(2023), Role::Target, Some(7.0)),
        ]
    );
}

/// 110 辽宁 (a page of 2020 about a plan to 2025): `截至12月13日` (no year) and `现有` date their
/// enumeration in the year the page was published; `年内已完成5G投资95亿元` is done that year, not
/// by the plan's end; `到2025年底,力争…` stays the plan's goal.
#[test]
fn a_date_without_a_year_and_done_within_the_year() {
    let c = read_with(
        "规划在发展目标上提出,到2025年,力争全省数字经济增加值占GDP比重45%。\n\
         截至12月13日,全省新建5G基站22632个,基本实现主城区5G信号连续覆盖;全省现有5G签约用户830万户,年内已完成5G投资95亿元。到2025年底,力争建设开通5G基站14万个。\n",
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Target, Some(45.0)),
            (Some(2020), Role::Baseline, Some(22632.0)),
            (Some(2020), Role::Baseline, Some(830.0)),
            (Some(2020), Role::Baseline, Some(95.0)),
            (Some(2025), Role::Target, Some(14.0)),
        ]
    );
}

/// 113 沈阳 (2022): `截至去年年底,我市已累计建设1.73万个5G基站` is 2021's — `年底` after `去年` is
/// that year's end, not this year's.
#[test]
fn the_end_of_last_year_is_last_year() {
    let c = read_with(
        "截至去年年底,我市已累计建设1.73万个5G基站,重点场所5G网络通达率达到95%以上。\n",
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(1.73)),
            (Some(2021), Role::Baseline, Some(95.0)),
        ]
    );
}

/// 107 樟树 (a 十四五 plan's review): `从2015年的8.22万元/人增长到2020年的11.77万元/人` — the end of
/// a change is a goal only when its year is still ahead; here both are baselines.
#[test]
fn the_end_of_a_past_change_is_a_baseline() {
    let lines: Vec<Line> = ["全员劳动生产率从 2015 年的 8.22 万元/人增长到 2020 年的11.77 万元/人。财政总收入从2020年的62.89亿元增加到2025年的90亿元。"]
        .iter()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    let period = Period {
        base_year: Some(2020),
        end_year: Some(2025),
        start_year: Some(2021),
    };
    let c = read(&lines, &BTreeSet::new(), period, &ExtractOptions::new("r"));
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2015), Role::Baseline, Some(8.22)),
            (Some(2020), Role::Baseline, Some(11.77)),
            (Some(2020), Role::Baseline, Some(62.89)),
            (Some(2025), Role::Target, Some(90.0)),
        ]
    );
}

/// 131 鄂城区 (a news page of December 2022 on the work report for 2023): `2023年,…主要预期目标
/// 是:锚定“十四五”期间…` announces 2023's goals (not the span `“十四五”期间`), and the next line's
/// list (`力争固定资产投资增幅16%以上、…限上社零额同比增长15%以上`) is of them, `同比增长` included.
#[test]
fn an_announced_goal_year_carries_to_the_list_below() {
    let c = read_with(
        "2023年,鄂城区经济社会发展主要预期目标是:锚定“十四五”期间县域经济冲十进百的目标,努力争取最好的结果。\n\
         力争固定资产投资增幅16%以上、限上社零额同比增长15%以上,财政总收入达到20亿元。\n",
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Target, Some(16.0)),
            (Some(2023), Role::Target, Some(15.0)),
            (Some(2023), Role::Target, Some(20.0)),
        ]
    );
}

/// 134: an excerpt cut off with `……` is read (only a table of contents' line, `……` then a page
/// number, is skipped); 135 乌兰察布: `建设了5个大数据产业园区,…总投资额达到540多亿元` is done by
/// the time the page was published, through its sentence.
#[test]
fn a_cut_excerpt_is_read_and_a_verb_with_le_is_done() {
    let c = read_with(
        "力争到2022年,全市将建设5G基站3000个以上;重点区域实现5G全覆盖或组网……\n第一章 发展基础……12\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.3)).collect();
    assert_eq!(got, [(Some(2022), Some(3000.0))]);
    let c = read_with(
        "乌兰察布市建设了5个大数据产业园区,11个数据中心项目总投资额达到540多亿元,服务器规模超过240万台。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(5.0)),
            // (`11个数据中心项目总投资额…`: the count of the projects whose investment follows
            // goes to review, see `figure::mark_group_sizes`)
            (Some(2021), Role::Baseline, Some(540.0)),
            (Some(2021), Role::Baseline, Some(240.0)),
        ]
    );
}

/// Round k (138 绵阳): a report's own date in its title (`政府工作报告(2023年1月3日 李云)`) is
/// its year, although a mirror reposted it in 2024 (`时间: 2024-02-24`): `今年…主要预期目标` are
/// 2023's.
#[test]
fn a_reports_dated_title_outranks_the_pages_date() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "绵阳市政府工作报告(2023年1月3日 李云)\n时间: 2024-02-24 12:54:11\n今年全市经济社会持续健康发展的主要预期目标是:地区生产总值增长7.5%、规上工业增加值增长10%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Target, Some(7.5)),
            (Some(2023), Role::Target, Some(10.0))
        ],
        "{c:?}"
    );
}

/// Round k (140 南昌): an excerpt that names no year until the heading of a year's goals
/// (`2023年全市经济社会发展主要预期目标`) reports the year before it; on a page of 2023.
#[test]
fn what_comes_before_a_years_goals_is_the_year_before() {
    let opts = ExtractOptions::new("r").published(2023);
    let text = "经核算,全年地区生产总值达7203.50亿元,再上一个千亿台阶。主要经济指标中,全年GDP增长4.1%。\n2023年全市经济社会发展主要预期目标\n";
    let c = read_with(text, &opts);
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(7203.5)),
            (Some(2022), Role::Baseline, Some(4.1))
        ],
        "{c:?}"
    );
    // A year named before the heading leaves the rule aside: that year dates its line.
    let c = read_with(&format!("2021年,{text}"), &opts);
    assert!(written(&c).iter().all(|w| w.1 != Some(2022)), "{c:?}");
}

/// Round k (150 南山区, traditional): on a page of 2025, a year before it stated without `到`
/// or a word of the future is reached (`2024年,…比重达56%`), and so is the end of a span from
/// a start (`从建区时的78亿元GDP到2024年突破9501亿元`).
#[test]
fn a_year_before_the_page_is_reached() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "從建區時的78億元GDP(地區生產總值)到2024年突破9501億元。\n2024年,南山區戰略性新興產業增加值占GDP比重達56%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .iter()
        .filter(|w| w.3 != Some(78.0))
        .map(|w| (w.1, w.2, w.3))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(9501.0)),
            (Some(2024), Role::Baseline, Some(56.0))
        ],
        "{c:?}"
    );
    // A year ahead of the page spoken of as future stays a goal.
    let c = read_with("2026年,全区战略性新兴产业增加值占GDP比重将达60%。\n", &opts);
    assert_eq!(
        written(&c).iter().map(|w| w.2).collect::<Vec<_>>(),
        [Role::Target]
    );
}

/// Round k (146 南通, a page of 2020): after `全市将新建6300个5G基站`, a clause that says `已` of
/// itself (`上半年已新建5G基站4181个`) reports what is done; the goal stays a goal.
#[test]
fn a_clause_with_yi_is_done_after_a_goal() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "今年,全市将新建6300个5G基站,占全省今年新建5G基站总数的八分之一,上半年已新建5G基站4181个,完成投资10.8亿元。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.2, w.3)).collect();
    // (and so are the clauses after it in the sentence)
    assert_eq!(
        got,
        [
            (Role::Target, Some(6300.0)),
            (Role::Baseline, Some(4181.0)),
            (Role::Baseline, Some(10.8))
        ],
        "{c:?}"
    );
}

/// Round k (137 荔城区, the 2022 part of a plan's execution report): `完成年计划710亿元的89.4%`
/// gives the year's planned value of the figure before it (a 2022 target); the share completed
/// is not written as data.
#[test]
fn the_years_planned_value_is_a_target_of_that_year() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "一、2022年国民经济和社会发展计划执行情况\n初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%(主要是二产、三产未达预期目标)。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            ("荔城地区生产总值", Some(2022), Role::Baseline, Some(635.0)),
            ("荔城地区生产总值", Some(2022), Role::Target, Some(710.0))
        ],
        "{c:?}"
    );
}

/// Round l (160 长寿区, traditional): a title naming the year reported on (`2023年上半年经济运行
/// 情况`) makes the text a report of that year, its undated figures that year's results.
#[test]
fn a_title_naming_the_year_reported_on_dates_the_results() {
    let c = read_with(
        "2023年上半年經濟運行情況\n上半年,全區上下加快推進“兩地一城”建設。\n一、經濟增長速度持續保持全市前列。上半年全區實現地區生產總值(GDP)453.7億元、增長6.1%。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(453.7)),
            (Some(2023), Role::Baseline, Some(6.1))
        ],
        "{c:?}"
    );
}

/// Round m (172 衡阳县, a statistical communiqué with no title): `全面实施“十四五”规划的关键之年`
/// names no period of the text's own and no past year; `2022年是…` and `全年` date the results;
/// `三次产业…分别` are the first, second and third industries. (The text reports: `同比`.)
#[test]
fn a_communique_opening_on_its_year() {
    let c = read_with(
        "2022年是党的二十大召开之年,也是全面实施\"十四五\"规划的关键之年。\n一、综合\n初步核算,全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。三次产业对GDP增长的贡献率分别为13.3%、40.4%和46.3%。\n全年规模以上工业增加值同比增长7.1%。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.1, w.2, w.3)).collect();
    assert_eq!(
        got[0],
        (
            "地区生产总值(GDP)",
            Some(2022),
            Role::Baseline,
            Some(420.77)
        )
    );
    assert_eq!(
        got.iter()
            .filter(|g| g.0.starts_with("第"))
            .map(|g| (g.0, g.1, g.3))
            .collect::<Vec<_>>(),
        [
            ("第一产业对GDP增长的贡献率", Some(2022), Some(13.3)),
            ("第二产业对GDP增长的贡献率", Some(2022), Some(40.4)),
            ("第三产业对GDP增长的贡献率", Some(2022), Some(46.3))
        ],
        "{c:?}"
    );
}

/// Round m (173 斗门区, the 2022 work report's review of 2021): `实现倍增目标` is a goal reached,
/// not a word of the future; `全年` in the review is the reviewed year, not the annual plan's.
#[test]
fn a_goal_reached_in_a_review_is_past() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "一、2021年工作回顾\n一年来,我们主要抓了以下工作:\n一是产业发展保持强劲势头。工业投资实现倍增目标,全年完成工业投资134.8亿元,同比增长102.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(134.8)),
            (Some(2021), Role::Baseline, Some(102.8))
        ],
        "{c:?}"
    );
}

/// Rounds l and m (159 金寨县, 172 衡阳县, statistical communiqués): an amount of change against the
/// year before (`增加0.09千公顷`, `比上年减少0.7万吨`; 285 泰州, after a qualifier: `比…2019年增加了近1300亿元`)
/// is not a level: it goes to review.
#[test]
fn a_change_against_the_year_before_is_for_review() {
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n全年粮食播种面积85.76千公顷,增加0.09千公顷,增长0.1%。粮食总产量52.1万吨,比上年减少0.7万吨。\n\
         全年地区生产总值6401亿元,比疫情前的2019年增加了近1300亿元。\n",
        &ExtractOptions::new("r"),
    );
    // (the rate after the change is of the level before it)
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.1, w.3)).collect();
    assert_eq!(
        got,
        [
            ("粮食播种面积", Some(2022), Some(85.76)),
            ("粮食播种面积增长", Some(2022), Some(0.1)),
            ("粮食总产量", Some(2022), Some(52.1)),
            ("地区生产总值", Some(2022), Some(6401.0))
        ],
        "{c:?}"
    );
    assert!(c
        .iter()
        .filter(|c| matches!(c.value, Some(v) if v == 0.09 || v == 0.7 || v == 1300.0))
        .all(|c| c
            .review
            .as_ref()
            .map(|r| r.why.as_str())
            .is_some_and(|r| r.contains("change"))));
}

/// Round n (185 赤峰, the 2025 work report's review of 2024): `刚刚过去的一年,是深入实施“十四五”
/// 规划的关键之年` names a plan, not a time: `预计…增长4%左右` is an estimate of the reviewed 2024,
/// not of 2025.
#[test]
fn a_plans_name_is_no_year_for_what_follows() {
    let c = read_with(
        "一、2024年工作回顾\n刚刚过去的一年,是深入实施“十四五”规划的关键之年。一年来,我们坚持稳中求进。预计全市地区生产总值增长4%左右,固定资产投资增长10%左右。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(4.0)),
            (Some(2024), Role::Baseline, Some(10.0))
        ],
        "{c:?}"
    );
}

/// Round n (189, a county's 2023 communiqué reposted in 2024, traditional): a report that opens on
/// its year (`2023年是…开局之年`) reports that year through its parts (`一、综合`), whenever the
/// page was published.
#[test]
fn a_report_opening_on_its_year_reports_that_year() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年是全面貫徹黨的二十大精神的開局之年,全年經濟仍保持著高質量發展扎實推進。\n一、綜合\n初步測算,全年完成地區生產總值(GDP)221.23億元,比上年同期增長5.0%。其中:第一產業實現增加值47.24億元,同比增長2.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2023), Some(221.23)),
            (Some(2023), Some(5.0)),
            (Some(2023), Some(47.24)),
            (Some(2023), Some(2.8))
        ],
        "{c:?}"
    );
}

/// Round l (156 荆门): `分别同比增长` pairs names with figures as `分别增长` does.
#[test]
fn respectively_year_on_year() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "一、2022年国民经济和社会发展计划执行情况\n城镇、农村常住居民人均可支配收入分别同比增长5.4%、7.9%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.1, w.3)).collect();
    assert_eq!(
        got,
        [
            ("城镇常住居民人均可支配收入同比增长", Some(2022), Some(5.4)),
            ("农村常住居民人均可支配收入同比增长", Some(2022), Some(7.9))
        ],
        "{c:?}"
    );
}

/// 826 房山: a later clause of the sentence that compares with the year before (`同比分别增长`)
/// reports the figures before it as done, of the page's year.
#[test]
fn a_comparison_with_last_year_later_in_the_sentence_reports_the_figures_before_it() {
    let c = read_with(
        "春节期间,全区共接待游客80.7万人,实现综合收入1.3亿元,同比分别增长118.9%和22.9%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let got = written(&c);
    for v in [80.7, 1.3] {
        assert!(
            got.iter()
                .any(|&(_, y, r, x)| x == Some(v) && y == Some(2024) && r == Role::Baseline),
            "{v}: {c:?}"
        );
    }
}

/// 426 云和: in a part that reviews a year (a communiqué of 2022), `全年` is that year, not the
/// year a line named last (`2021年全县生产总值现价总量为…`, a revision of the year before).
#[test]
fn the_whole_year_of_a_review_part_is_the_year_it_reviews() {
    let c = read_with(
        "2022年云和县国民经济和社会发展统计公报\n\
         一、综合\n\
         初步核算,2022年,全县实现生产总值951435万元,比上年下降4.1%。\n\
         注:2021年全县生产总值现价总量为972846万元。\n\
         全年城镇新增就业1254人。\n",
        &ExtractOptions::new("r"),
    );
    let got = written(&c);
    assert!(
        got.iter()
            .any(|&(_, y, r, x)| x == Some(1254.0) && y == Some(2022) && r == Role::Baseline),
        "{c:?}"
    );
}

/// 858 特克斯 (an undated mirror page): a communiqué's title may name the place after the year
/// (`(新疆)2023年伊犁哈萨克自治州特克斯县国民经济和社会发展统计公报`); its undated figures are
/// that year's results.
#[test]
fn a_communiques_title_with_the_place_after_the_year() {
    let c = read_with(
        "(新疆)2023年伊犁哈萨克自治州特克斯县国民经济和社会发展统计公报\n\
         特克斯县全年实现地区生产总值(GDP)510832万元,比上年增长5.5%。\n",
        &ExtractOptions::new("r"),
    );
    let got = written(&c);
    assert!(
        got.iter()
            .any(|&(_, y, r, x)| x == Some(510832.0) && y == Some(2023) && r == Role::Baseline),
        "{c:?}"
    );
}

/// 1062 西湖区 (news of ten years' results): `…入选浙江省首批“最佳应用”……9月26日,…主题新闻发布会
/// 举行。…全区国民生产总值由2012年的635.9亿元增至2021年的1904.2亿元` — `……` followed by a date
/// is no table of contents' line (its page number would end the line): the line is read.
#[test]
fn an_ellipsis_before_a_date_is_no_table_of_contents() {
    let c = read_with(
        "“民呼我为西湖码”入选浙江省首批“最佳应用”……9月26日,主题新闻发布会举行。数据显示,全区国民生产总值由2012年的635.9亿元增至2021年的1904.2亿元。\n",
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.3)).collect();
    assert_eq!(
        got,
        [(Some(2012), Some(635.9)), (Some(2021), Some(1904.2))],
        "{c:?}"
    );
}

/// 1489 安岳 (a county's work report of December 2021): the title's date on the line below it
/// (`政府工作报告` / `2021年12月15日`) is a congress at the year's end, whose review of the past
/// five years ends with the year it was delivered in.
#[test]
fn a_reports_date_on_the_line_below_its_title() {
    let c = read_with(
        "政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n过去五年工作回顾\n\
         过去五年,我们保持发展定力。全县地区生产总值年均增长6.9%、高于全国平均水平,规模以上工业增加值年均增长8.4%。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year, c.role))
        .collect();
    assert_eq!(
        got,
        [
            (Some(6.9), Some(2021), Role::Baseline),
            (Some(8.4), Some(2021), Role::Baseline)
        ],
        "{c:?}"
    );
}

/// 1612 湖南 (the provincial work report of 2024, the page undated): a report delivered to the
/// congress (`现在,我代表省人民政府,向大会作政府工作报告`) that opens on a year (`2023年是全面贯彻党的
/// 二十大精神的开局之年,…`) reviews that year and speaks from the next: its figures are 2023's results.
#[test]
fn a_delivered_report_opening_on_a_year_reviews_it() {
    // (the whole extraction: the year the page speaks from also sets the plan's period)
    let x = crate::extract::extract(
        "现在,我代表省人民政府,向大会作政府工作报告,请予审议。\n\
         2023年是全面贯彻党的二十大精神的开局之年,全省经济稳中有进、进中提质。全省地区生产总值增长4.6%,地方一般公共预算收入增长8.3%。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let c: Vec<_> = x.data().collect();
    let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
    assert_eq!(
        got,
        [
            (Some(4.6), Some(2023), Role::Baseline),
            (Some(8.3), Some(2023), Role::Baseline)
        ],
        "{c:?}"
    );
}
