//! Unit tests of a work report's review (issue 32): which year its part reviewing the past
//! speaks of — the year before the report, the years a five-year review spans, the year a heading
//! or an earlier line names — each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::tests_names::read_with;
use super::tests_work_reports::written;
use super::*;

/// (year, role, value) of the rows a text yields as data.
fn dated(text: &str, options: &ExtractOptions) -> Vec<(Option<i32>, Role, Option<f64>)> {
    written(&read_with(text, options))
        .iter()
        .map(|w| (w.1, w.2, w.3))
        .collect()
}

/// A work report delivered in 2025 reviews 2024: `过去一年,…` (and a review heading that names
/// no year, `一、工作回顾`) dates its undated achievements in the year before the page was
/// published, through its sub-headings, until the next part (`二、今年工作安排`) starts. (075
/// 大同 with its heading's year taken out; a sentence naming its own year keeps it.)
#[test]
fn a_review_of_the_past_year_is_the_year_before_publication() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "过去一年,全市累计投运服务器68万台。\n全市电力总装机达到1755万千瓦。2023年新建5G基站1200个。\n",
        &opts,
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Some(68.0)),
            (Some(2024), Some(1755.0)),
            (Some(2023), Some(1200.0))
        ]
    );
    let c = read_with(
        "一、工作回顾\n(一)产业升级步伐加快\n全市累计投运服务器68万台。\n二、工作安排\n(一)数字经济\n全市累计投运服务器已达70万台。\n",
        &opts,
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.value)).collect();
    assert_eq!(got, [(Some(2024), Some(68.0)), (Some(2025), Some(70.0))]);
    // Without the review's words the page's own year stands, as before.
    let c = read_with("全市累计投运服务器68万台。\n", &opts);
    assert!(c.iter().all(|c| c.year != Some(2024)), "{c:?}");
}

/// Round k (143 江门, a digest with no page date): `2022年,江门市政府工作报告…` dates the text;
/// its `过去五年发展回顾` reviews up to the year before, estimates (`预计突破`) included.
#[test]
fn a_five_year_review_ends_the_year_before_the_report() {
    let c = read_with(
        "2022年,江门市政府工作报告全面回顾了过去五年的发展成就。\n过去五年发展回顾\n  • 地区生产总值预计突破3500亿元,年均增长6.1%;\n  • 规模以上工业增加值达1250亿元,年均增长7.3%;\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(3500.0)),
            (Some(2021), Role::Baseline, Some(6.1)),
            (Some(2021), Role::Baseline, Some(1250.0)),
            (Some(2021), Role::Baseline, Some(7.3))
        ],
        "{c:?}"
    );
}

/// Round l (153 邯郸, an undated page): `过去的一年` after a line that named 2024 as done
/// reviews 2024.
#[test]
fn a_review_on_an_undated_page_takes_the_year_named_before() {
    let c = read_with(
        "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n过去的一年,奋斗充满艰辛,成绩殊为不易。\n(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(4704.3)),
            (Some(2024), Role::Baseline, Some(6.1))
        ],
        "{c:?}"
    );
}

/// Round l (154 巨野县, a press report of the 2025 work report): `报告回顾了2024年的工作` opens a
/// review of 2024; `2024年,预计实现…` on a page of 2025 is an estimate of a year gone by; and
/// `18个项目一年内投产达效` in the review is a duration, not the plan's scope.
#[test]
fn a_review_the_report_names_and_its_estimates() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "报告回顾了2024年的工作,过去一年,巨野县真抓实干、争先创优。\n2024年,预计实现地区生产总值478亿元,增长6.8%。\n18个项目一年内投产达效,产业园基础配套更加完善,新增市场主体贷款30亿元。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .iter()
        .filter(|w| w.3 != Some(18.0))
        .map(|w| (w.1, w.2, w.3))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(478.0)),
            (Some(2024), Role::Baseline, Some(6.8)),
            (Some(2024), Role::Baseline, Some(30.0))
        ],
        "{c:?}"
    );
}

/// Round m (170 泽州县, a digest of the 2023 work report): `…要点之一:2022年工作回顾` is the
/// heading of the 2022 review, and its `全年` is 2022, though a later part sets out 2023.
#[test]
fn a_dated_review_heading_after_a_colon_and_its_whole_year() {
    let text = "2023“两会”解读政府工作报告要点之一:2022年工作回顾\n这一年,我们大抓实体兴产业。\n全年完成投资141.6亿元;签约项目79个。\n";
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    // An annual plan of 2023, as the digest's contents make it.
    let period = Period {
        base_year: Some(2022),
        start_year: Some(2023),
        end_year: Some(2023),
    };
    let c = read(&lines, &BTreeSet::new(), period, &ExtractOptions::new("r"));
    let got: Vec<_> = written(&c).iter().map(|w| (w.1, w.2, w.3)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(141.6)),
            (Some(2022), Role::Baseline, Some(79.0))
        ],
        "{c:?}"
    );
}

/// 675 大理 (a work report of January 2025): in its review of 2024, `“十四五”以来年均增长7.8%` is
/// counted up to 2024, the year reviewed — not to 2025, when the report was given — and so are
/// the figures after it in the paragraph.
#[test]
fn a_count_since_a_period_in_a_review_ends_in_the_year_reviewed() {
    let got = extracted_rows(
        "政府工作报告\n\
         ——2025年1月23日在大理白族自治州第十五届人民代表大会第五次会议上\n\
         一、2024年工作回顾\n\
         过去一年,经济总量达2010.9亿元,“十四五”以来年均增长7.8%(现价),规上工业增加值增长7.6%。\n",
        &ExtractOptions::new("r").published(2025),
    );
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(2010.9)),
            (Some(2024), Role::Baseline, Some(7.8)),
            (Some(2024), Role::Baseline, Some(7.6))
        ],
        "{got:?}"
    );
}

/// 883 涪陵 (a plan execution report of 2021): `为“十四五”时期开启…新征程奠定了扎实基础` names the
/// period the year's work prepared for; it dates neither the figures after it under the heading
/// `一、2020年…计划执行情况` (they are 2020's) nor the text (no plan of 2021–2025).
#[test]
fn a_period_the_work_laid_foundations_for_dates_nothing() {
    let text = "一、2020年国民经济和社会发展计划执行情况\n\
         2020年以来,全区上下坚持稳中求进工作总基调,为“十四五”时期开启全面建设社会主义现代化国家新征程奠定了扎实基础。\n\
         二是全力稳住经济基本盘。地区生产总值由一季度下降7.8%拉升至全年增长4.3%,工业增加值增长6%。\n";
    let options = ExtractOptions::new("r").published(2021);
    let got = extracted_rows(text, &options);
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(7.8)),
            (Some(2020), Role::Baseline, Some(4.3)),
            (Some(2020), Role::Baseline, Some(6.0))
        ],
        "{got:?}"
    );
    let x = crate::extract::extract(text.as_bytes(), &options).expect("extracts");
    assert_eq!((x.period.base_year, x.period.end_year), (None, None));
}

/// 890 梨树 (a county's work report, its page undated): the title `2019年梨树县政府工作报告`
/// reads as a report delivered in 2019, but its review opens `2019年,是我县…的一年`: the year
/// reviewed is 2019; there `预计到年末,…增长3.3%` is an estimate of that year's close, not a
/// deadline ahead.
#[test]
fn a_review_that_opens_on_its_year_and_its_estimate_to_the_years_end() {
    let got = extracted_rows(
        "2019年梨树县政府工作报告\n\
         一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n\
         2019年,是我县经济社会发展非同寻常的一年、极具挑战的一年、更是卓有成效的一年。\n\
         ——综合实力稳步提升,经济基础更加坚实。预计到年末,全县地区生产总值增长3.3%,固定资产投资增长13.9%。\n",
        &ExtractOptions::new("r"),
    );
    assert_eq!(
        got,
        [
            (Some(2019), Role::Baseline, Some(3.3)),
            (Some(2019), Role::Baseline, Some(13.9))
        ],
        "{got:?}"
    );
}

/// `预计到年底` outside a review stays a deadline ahead: on a news page of April 2020,
/// `预计到年底建成5G基站1000个` is a goal of 2020.
#[test]
fn an_estimate_to_the_years_end_outside_a_review_is_a_goal() {
    let got = extracted_rows(
        "4月15日,记者从市通信管理局获悉,预计到年底全市建成5G基站1000个。\n",
        &ExtractOptions::new("r").published(2020),
    );
    assert_eq!(got, [(Some(2020), Role::Target, Some(1000.0))], "{got:?}");
}

/// 972 嘉峪关 (`嘉峪关市政府工作报告(2021年12月14日 刘凯)`, a congress at the year's end, posted
/// in 2022): its `本届政府工作回顾` reviews up to 2021, the year it was delivered in, not 2020.
/// A report delivered in January reviews the year before, as ever.
#[test]
fn a_report_delivered_in_december_reviews_its_own_year() {
    let text = |date: &str| {
        format!(
            "嘉峪关市政府工作报告({date} 刘凯)\n一、本届政府工作回顾\n\
             强化项目支撑,五年累计实施亿元以上项目181个。\n"
        )
    };
    let years = |date: &str| -> Vec<_> {
        read_with(&text(date), &ExtractOptions::new("r"))
            .iter()
            .filter(|c| c.value == Some(181.0))
            .map(|c| (c.year, c.role))
            .collect()
    };
    assert_eq!(years("2021年12月14日"), [(Some(2021), Role::Baseline)]);
    assert_eq!(years("2022年1月14日"), [(Some(2021), Role::Baseline)]);
}

/// 1395 石棉 (`导航菜单` then `(四川省)石棉县人民政府工作报告(2021年12月12日)`, a congress at the
/// year's end): the dated title after a page's navigation still dates the report, and its
/// `过去五年工作回顾` reviews up to 2021.
#[test]
fn a_dated_title_after_navigation_dates_the_report() {
    let text = "导航菜单\n\n(四川省)石棉县人民政府工作报告(2021年12月12日)\n\n  2021年12月12日在石棉县第十七届人民代表大会第一次会议上\n过去五年工作回顾\n坚持人民至上,慎终如始抓好疫情防控。县财政投入疫情防控专项资金15073万元。\n";
    let got: Vec<_> = read_with(text, &ExtractOptions::new("r"))
        .iter()
        .filter(|c| c.value == Some(15073.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2021), Role::Baseline)]);
}

/// 1041 瑞安 (the second page of a work report in the city's paper, 2025-02-24, `(上接第1版)`):
/// a part of the review headed by the results it delivered (`(三)交出了重大项目攻坚的争先答卷。`)
/// reports the year before publication, though the page never says `过去一年`.
#[test]
fn a_part_headed_by_the_results_delivered_reviews_the_past_year() {
    let opts = ExtractOptions::new("r").published(2025);
    let text = "(上接第1版)\n(三)交出了重大项目攻坚的争先答卷。加码引育增后劲。实施增资扩产项目416个,新增高标准农田7000亩。\n";
    let got: Vec<_> = read_with(text, &opts)
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(416.0)),
            (Some(2024), Role::Baseline, Some(7000.0))
        ]
    );
}

/// 1045 桃江 (news of a work report delivered on 2024-12-23): `回眸2024年` (and `报告全面回顾总结
/// 2024年的工作`) opens the review of 2024; its `预计全年…增长5%` is that year's estimate, a
/// baseline, not a goal of the page's own year.
#[test]
fn a_glance_back_at_a_year_reviews_it() {
    let opts = ExtractOptions::new("r").published(2024);
    let text = "回眸2024年\n一份亮眼的成绩单\n2024年,桃江县较好完成了主要目标任务。努力克服诸多困难,预计全年地区生产总值增长5%、固定资产投资增长7%。\n";
    let got: Vec<_> = read_with(text, &opts)
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(5.0)),
            (Some(2024), Role::Baseline, Some(7.0))
        ]
    );
}

/// 181 湛江, 978 琼海, 1315 贵州: in a report of results, a value named a goal where it stands
/// (`完成省下达年度目标(2170座)的99.8%`, `居民消费价格指数上涨0.9%,控制在省定目标3.0%以内`, `远超
/// 既定的500亿元投资目标`) is the value set for the year, not one reached; 104 牟定: a task
/// completed (`完成烟叶生产任务603万公斤`) states what was reached.
#[test]
fn a_value_named_a_goal_is_the_years_goal() {
    let roles = |text: &str, value: f64| -> Vec<_> {
        read_with(text, &ExtractOptions::new("r").published(2021))
            .iter()
            .filter(|c| c.value == Some(value) && c.review.is_none())
            .map(|c| (c.year, c.role))
            .collect()
    };
    let text = "2020年,全市新建5G基站2165座,完成省下达年度目标(2170座)的99.8%。居民消费价格指数上涨0.9%,控制在省定目标3.0%以内。累计完成投资637.6亿元,远超既定的500亿元投资目标。完成烟叶生产任务603万公斤。\n";
    assert_eq!(roles(text, 2170.0), [(Some(2020), Role::Target)]);
    assert_eq!(roles(text, 3.0), [(Some(2020), Role::Target)]);
    assert_eq!(roles(text, 500.0), [(Some(2020), Role::Target)]);
    assert_eq!(roles(text, 2165.0), [(Some(2020), Role::Baseline)]);
    assert_eq!(roles(text, 603.0), [(Some(2020), Role::Baseline)]);
}

/// 1368 新密 (`(河南省)新密市人民政府工作报告(2023年)`): `刚刚过去的2022年,极不平凡…。一年来,…`
/// opens the review of the year it names; 185 赤峰 (undated, `一、2024年工作回顾` then `刚刚过去的
/// 一年,…`): the year the heading named stands.
#[test]
fn the_year_just_past_opens_its_review() {
    let text = "(河南省)新密市人民政府工作报告(2023年)\n刚刚过去的2022年,极不平凡、极为艰难、极其难忘。一年来,全市上下团结奋斗。\n这一年,我们加压赶超,经济运行稳中向好。市场主体新增4.3万户。\n";
    let got: Vec<_> = read_with(text, &ExtractOptions::new("r"))
        .iter()
        .filter(|c| c.value == Some(4.3) && c.review.is_none())
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline)]);
    let text = "一、2024年工作回顾\n刚刚过去的一年,是深入实施“十四五”规划的关键之年。一年来,我们砥砺前行。\n赤峰国际陆港开通班列,实现航空、海运、铁路、公路运输模式全覆盖。\n";
    let got: Vec<_> = read_with(text, &ExtractOptions::new("r"))
        .iter()
        .filter(|c| c.value == Some(100.0) && c.review.is_none())
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2024), Role::Baseline)]);
}

/// 1465 运城 (page two of `(山西省)运城市人民政府工作报告(2024年3月26日)`, opening on `(四)注重精准
/// 招商…`, no `过去一年` on it): a dated work report's results (a page of results: `已`, `同比`) are of the year it
/// reviews, 2023 — not of the year it was delivered in.
#[test]
fn a_dated_work_reports_results_are_of_the_year_it_reviews() {
    let text = "导航菜单\n(山西省)运城市人民政府工作报告(2024年3月26日)\n  (四)注重精准招商、精细服务,高质量发展基础持续夯实。实施“走出去、请进来”战略,签约省外项目519个,总投资2166.5亿元。\n  (五)注重完善功能、提升品质,城乡区域协调加速蝶变。全市开工改造老旧小区40个,完成既有住宅自愿加装电梯65部。\n  (六)注重降碳减污、扩绿增长,生态环境质量明显改善。完成清洁取暖改造3.3万户,PM2.5浓度同比下降2%。已完成工程25个。\n";
    assert_eq!(
        dated(text, &ExtractOptions::new("r")),
        [
            (Some(2023), Role::Baseline, Some(2166.5)),
            (Some(2023), Role::Baseline, Some(40.0)),
            (Some(2023), Role::Baseline, Some(65.0)),
            (Some(2023), Role::Baseline, Some(3.3)),
            (Some(2023), Role::Baseline, Some(2.0)),
            (Some(2023), Role::Baseline, Some(25.0)),
        ]
    );
}

/// 1504 兴化 (news of the work report of January 2020): `方捷说,过去的一年,市政府坚持…` opens the
/// review after the speaker the page quotes; its `预计全年…;一般公共预算收入39.76亿元,增长0.9%` are
/// 2019's results, not goals of a year.
#[test]
fn a_quoted_speaker_opens_the_review_of_the_past_year() {
    let text = "1月3日下午,兴化市第十六届人民代表大会第四次会议在昭阳剧院隆重开幕。\n市长方捷代表兴化市人民政府向大会作工作报告。报告分为2019年工作回顾、2020年工作安排、加强政府自身建设等三个部分。\n方捷说,过去的一年,市政府坚持以习近平新时代中国特色社会主义思想为指导,较好完成了各项目标任务。 预计全年实现地区生产总值940亿元,增长5%;一般公共预算收入39.76亿元,增长0.9%。\n";
    assert_eq!(
        dated(text, &ExtractOptions::new("r").published(2020)),
        [
            (Some(2019), Role::Baseline, Some(940.0)),
            (Some(2019), Role::Baseline, Some(5.0)),
            (Some(2019), Role::Baseline, Some(39.76)),
            (Some(2019), Role::Baseline, Some(0.9)),
        ]
    );
}

/// 1509 江苏 (a traditional repost of `《两会数数看》…江苏在2024年交出的…厚实答卷`, undated): a
/// page that opens on the record a year delivered looks back on that year; its figures, in
/// sentences that open on what was worked at (`著力抓好政策落实,…`), are 2024's results.
#[test]
fn the_record_a_year_delivered_is_looked_back_on() {
    let text = "《两会数数看》我们一起来了解江苏在2024年交出的“走在前、做示范”厚实答卷。\n江苏省政府2025年政府工作报告新鲜出炉,交出了一份“走在前、做示范”的厚实答卷。\n2024年,江苏经济运行总体平稳,稳中有进。地区生产总值达13.7万亿元、增长5.8%,增量全国第一。\n著力发展新质生产力,工业战略性新兴产业产值占规上工业比重达41.8%。\n";
    assert_eq!(
        dated(text, &ExtractOptions::new("r")),
        [
            (Some(2024), Role::Baseline, Some(13.7)),
            (Some(2024), Role::Baseline, Some(5.8)),
            (Some(2024), Role::Baseline, Some(41.8)),
        ]
    );
}

/// 1570 云南 (news of the provincial work report of January 2023): after the news lead, `记者从…
/// 政府工作报告获悉,近五年,…` and `报告显示,五年来,…` open the five years the report reviews,
/// up to the year before the page — not undated figures for review.
#[test]
fn five_years_a_report_reviews_after_the_news_lead() {
    let text = "2023-01-11 20:20:12 来源: 中国新闻网\n\
        11日,记者从云南省第十四届人民代表大会第一次会议上发布的政府工作报告获悉,近五年,云南省基础设施提档升级,农村公路超过27万公里,高速公路里程突破1万公里,均居全国第2位。\n\
        报告显示,五年来,云南省基础设施提档升级、发展条件全面改善。云南省铁路运营里程4981公里,其中高铁运营里程1212公里。\n";
    let got = dated(text, &ExtractOptions::new("r").published(2023));
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(27.0)),
            (Some(2022), Role::Baseline, Some(1.0)),
            (Some(2022), Role::Baseline, Some(4981.0)),
            (Some(2022), Role::Baseline, Some(1212.0))
        ]
    );
}

/// 1611 湖南 (page 3 of the provincial work report of 2023): `这五年,基础设施实现整体性提升。…数据
/// 中心总存储能力达14EB` opens the review of the five years, up to the year before the report.
#[test]
fn these_five_years_open_a_reports_review() {
    let text = "2023年湖南省政府工作报告(第3/9页)\n\
        这五年,基础设施实现整体性提升。信息设施高效协同,数据中心总存储能力达14EB。\n";
    let got = dated(text, &ExtractOptions::new("r").published(2023));
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(14.0))]);
}

/// 2667 梅州 (the work report of 2026, copied on another site): `这一年,我们坚持…,交出了一份实实在在
/// 的答卷。全年地区生产总值1583.23亿元` opens the review of the year before the report, as `过去一年,`
/// does — 2025's results, not the report year's.
#[test]
fn this_year_gone_by_opens_a_reports_review() {
    let opts = ExtractOptions::new("r").published(2026);
    let text = "这一年,我们全力以赴稳增长、促改革、惠民生,交出了一份实实在在的答卷。全年地区生产总值1583.23亿元,增长5.8%。\n";
    assert_eq!(
        dated(text, &opts),
        [
            (Some(2025), Role::Baseline, Some(1583.23)),
            (Some(2025), Role::Baseline, Some(5.8))
        ]
    );
}

/// 1260 天镇县 (a work report), 2793 钟山区 (a month's social assistance): a count of people right
/// after a count of households (`302户763人`) counts the people of those households — named with
/// them, no longer left without a name.
#[test]
fn people_right_after_households_are_of_those_households() {
    let c = read_with(
        "2022年,全年识别监测对象302户763人,落实帮扶措施。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let rows = written(&c);
    assert!(
        rows.contains(&("识别监测对象人数", Some(2022), Role::Baseline, Some(763.0))),
        "{rows:?}"
    );
    // (a count of people after other words is left alone)
    let c = read_with(
        "2022年,全年识别监测对象302户,其中763人,落实帮扶措施。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(
        written(&c).iter().all(|r| r.0 != "识别监测对象人数"),
        "{c:?}"
    );
}
