//! Unit tests of rates of change named after the level before them (`数字经济规模突破3000亿元，
//! 年均增长12%以上` → `数字经济规模年均增长`), each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::tests_names::{read_with, written};
use super::*;

/// 157 望江, 119 果洛, 192 师宗, 107 樟树: a rate said as `同比下降`, `年均增`, `年均递增` is of
/// the level before it, as `同比增长` is — two such rates in one text no longer share one bare
/// name (and conflict).
#[test]
fn falls_and_annual_rises_are_rates_of_the_level_before() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n\
         全年油料作物总产量达8.4万吨,同比增长3.7%。棉花总产量达0.5万吨,同比下降4.0%。\n\
         一般公共预算支出99.95亿元,同比下降2.07%。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            ("油料作物总产量", Some(2022), Some(8.4)),
            ("油料作物总产量同比增长", Some(2022), Some(3.7)),
            ("棉花总产量", Some(2022), Some(0.5)),
            ("棉花总产量同比下降", Some(2022), Some(4.0)),
            ("一般公共预算支出", Some(2022), Some(99.95)),
            ("一般公共预算支出同比下降", Some(2022), Some(2.07)),
        ],
        "{c:?}"
    );
    let c = read_with(
        "到2025年,力争实现农业总产值104亿元以上、年均增10%以上,其中种植业产值达57亿元以上、年均增14%以上。\n",
        &ExtractOptions::new("r"),
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(
        names,
        [
            "农业总产值",
            "农业总产值年均增",
            "种植业产值",
            "种植业产值年均增"
        ],
        "{c:?}"
    );
}

/// 160 长寿: `第一產業增加值26.4億元,占GDP比重5.8%,增加值增長4.6%` — a rate of the measure the
/// level's name ends with (`增加值` + `增长`) is that level's rate; the share between them does
/// not break the link.
#[test]
fn a_rate_of_the_measure_is_the_rate_of_the_level_it_ends() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2023年上半年經濟運行情況\n第一產業增加值26.4億元,占GDP比重5.8%,增加值增長4.6%。第三產業增加值228.9億元,增加值增長5.3%。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(
        names,
        [
            "第一产业增加值",
            "第一产业增加值占GDP比重",
            "第一产业增加值增长",
            "第三产业增加值",
            "第三产业增加值增长"
        ],
        "{c:?}"
    );
}

/// 252 运城, 210 渑池县: a rate against a named base (`比上年增长`, `比年初增长`) is named after
/// the level before it, across a clause with no figure (`按不变价格计算`) — two such rates of one
/// sentence no longer share a name and clash.
#[test]
fn rates_against_a_named_base_take_the_level_before() {
    let c = read_with(
        "2023年,全市地区生产总值2329.9亿元,按不变价格计算,比上年增长5.6%。\n\
         2023年,全市固定资产投资完成801.4亿元,比上年增长2.6%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", Some(2329.9)),
            ("地区生产总值比上年增长", Some(5.6)),
            ("固定资产投资", Some(801.4)),
            ("固定资产投资比上年增长", Some(2.6)),
        ]
    );
}

/// 314 天等: a harvest's change (`早稻产量2.91万吨,增产0.2%`) is named after the level before it.
#[test]
fn a_harvests_change_is_named_after_its_level() {
    let c = read_with(
        "2023年,春收粮食产量396吨,增产5.9%;早稻产量2.91万吨,增产0.2%;玉米产量7.78万吨,减产0.3%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%" && c.review.is_none())
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        ["春收粮食产量增产", "早稻产量增产", "玉米产量减产"],
        "{c:?}"
    );
}

/// 440 陇西 (a communiqué of 2021): `第一产业增加值15.79亿元,比上年增长10.6%,两年平均增长8.2%` — the
/// average over the two years since 2019 is a rate of the level before it, as `比上年增长` is; the
/// three sectors' averages no longer share one bare name (and conflict).
#[test]
fn a_two_year_average_is_a_rate_of_the_level_before() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2021年陇西县国民经济和社会发展统计公报\n\
         经初步核算,2021年全县实现地区生产总值(GDP)87.36亿元,按可比价格计算,比上年增长8%,两年平均增长6%。\
         其中:第一产业增加值15.79亿元,比上年增长10.6%,两年平均增长8.2%;\
         第二产业增加值16.31亿元,比上年增长7.5%,两年平均增长6%。\n",
        &opts,
    );
    let averages: Vec<_> = written(&c)
        .into_iter()
        .filter(|(n, _, _)| n.ends_with("两年平均增长"))
        .collect();
    assert_eq!(
        averages,
        [
            ("地区生产总值(GDP)两年平均增长", Some(2021), Some(6.0)),
            ("第一产业增加值两年平均增长", Some(2021), Some(8.2)),
            ("第二产业增加值两年平均增长", Some(2021), Some(6.0)),
        ],
        "{c:?}"
    );
}

/// 442 沁水: `金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%` — a sector's contribution to
/// growth is named after the sector, as its share is; two sectors' contributions no longer share
/// one bare name (and conflict).
#[test]
fn a_contribution_to_growth_is_the_sectors() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年国民经济和社会发展统计公报\n\
         第三产业中,金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%;\
         批发和零售业增加值14.2亿元,增长8.0%,对经济增长的贡献率为3.7%。\n",
        &opts,
    );
    let shares: Vec<_> = written(&c)
        .into_iter()
        .filter(|(n, _, _)| n.ends_with("贡献率"))
        .collect();
    assert_eq!(
        shares,
        [
            ("金融业增加值对经济增长的贡献率", Some(2024), Some(2.8)),
            (
                "批发和零售业增加值对经济增长的贡献率",
                Some(2024),
                Some(3.7)
            ),
        ],
        "{c:?}"
    );
}

/// 489 越西 (a communiqué): `第三产业完成增加值(现价)415042万元,同比增长10.26%,可比价增速9%` — the
/// rate at comparable prices is the level's too, beside its rate at current prices.
#[test]
fn a_rate_at_comparable_prices_is_the_levels() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年国民经济和社会发展统计公报\n\
         其中:第一产业完成增加值(现价)为186820万元,同比增长4.52%,可比价增速4.2%;第三产业完成增加值(现价)415042万元,同比增长10.26%,可比价增速9%。\n",
        &opts,
    );
    let rates: Vec<_> = written(&c)
        .into_iter()
        .filter(|(n, _, _)| n.ends_with("可比价增速"))
        .map(|(_, y, v)| (y, v))
        .collect();
    assert_eq!(
        rates,
        [(Some(2023), Some(4.2)), (Some(2023), Some(9.0))],
        "{c:?}"
    );
}

/// 579 漳州 (a city's plan reviewing its five years): a rate over the five years
/// (`居民人均可支配收入达到3.09万元,五年年均增长8.4%`) is of the level before it, as `年均增长` is —
/// and no longer conflicts with the GDP's own five-year rate on the same line.
#[test]
fn a_five_year_average_rate_is_named_after_its_level() {
    let c = read_with(
        "2020年,全市地区生产总值接连突破三千亿、四千亿大关,五年年均增长5.8%,提前四年实现比2010年翻一番的小康目标。居民人均可支配收入达到3.09万元,五年年均增长8.4%。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let rates: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(8.4))
        .map(|c| (c.name_zh.as_str(), c.review.is_none()))
        .collect();
    assert_eq!(rates, [("居民人均可支配收入五年年均增长", true)], "{c:?}");
}

/// 374 安顺 and 422 北海 (news of a city's five-year plan and of its forty years): a clause with
/// no name of its own that opens on a five-year plan's end before its verb of reaching
/// (`——全市经济总量突破千亿大关,“十四五”末预计突破1200亿元`) is of the subject of the clause
/// before it, which follows the dash; a threshold's word (`…1000亿元大关,2023年达1750.9亿元`) is
/// no name to take.
#[test]
fn a_clause_opening_on_a_plans_end_before_its_verb_takes_the_subject_before() {
    let c = read_with(
        "这是跨越发展的生动注脚——全市经济总量突破千亿大关,“十四五”末预计突破1200亿元。\n\
         全市地区生产总值在1988年、1998年、2016年先后跨越10亿元、100亿元、1000亿元大关,2023年达1750.9亿元。\n",
        &ExtractOptions::new("r").published(2025),
    );
    let named: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(1200.0))
        .map(|c| (c.name_zh.as_str(), c.year, c.review.is_none()))
        .collect();
    assert_eq!(named, [("经济总量", Some(2025), true)], "{c:?}");
    assert!(
        c.iter()
            .filter(|c| c.value == Some(1750.9))
            .all(|c| c.name_zh != "大关"),
        "{c:?}"
    );
}

/// 051 湖南 (news of a province's 5G in mid-2020): a clause with no name that opens on the year's
/// end before its verb (`预计年底将开通超过2.2万个`) takes the name of the figure before it, whose
/// unit is the same once scaled (`个` and `万个`).
#[test]
fn a_clause_opening_on_the_years_end_takes_the_figure_before_in_a_scaled_unit() {
    let c = read_with(
        "我省加快推进5G网络基础设施建设,2019年至今已开通5G基站13586个,预计年底将开通超过2.2万个。\n",
        &ExtractOptions::new("r").published(2020),
    );
    let named: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(2.2))
        .map(|c| (c.name_zh.as_str(), c.review.is_none()))
        .collect();
    assert_eq!(named, [("5G基站", true)], "{c:?}");
}

/// 1218 金寨, 949 甘孜 (an execution report and news of a prefecture's grid): a figure named only by
/// a measure (`产量`, `变电容量`) is of what the figure before it in its sentence is of — the
/// subject of `粮食收获面积`, the substations `220千伏变电站` counts — so that two subjects'
/// measures on one line keep apart; a measure after a figure of the same unit with no measure in
/// its name (`招商引资到位资金`) takes nothing.
#[test]
fn a_measure_alone_is_of_what_the_figure_before_it_is_of() {
    let c = read_with(
        "2024年,全年粮食收获面积38.14万亩、产量14.31万吨,果蔬收获面积24.04万亩、产量28.25万吨。\n\
         截至2019年,全州建成500千伏变电站8座,变电容量1098万千伏安,线路长度2834公里;建成220千伏变电站5座,变电容量141万千伏安,线路长度1083公里。\n\
         2023年,全县招商引资到位资金30亿元,产值40亿元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let name = |v: f64| {
        c.iter()
            .find(|c| c.value == Some(v))
            .map(|c| c.name_zh.as_str())
    };
    assert_eq!(name(14.31), Some("粮食产量"), "{c:?}");
    assert_eq!(name(28.25), Some("果蔬产量"), "{c:?}");
    assert_eq!(name(141.0), Some("220千伏变电站变电容量"), "{c:?}");
    assert_eq!(name(1083.0), Some("220千伏变电站线路长度"), "{c:?}");
    assert!(
        name(2834.0).is_some_and(|n| n.ends_with("500千伏变电站线路长度")),
        "{c:?}"
    );
    assert_eq!(name(40.0), Some("产值"), "{c:?}");
}

/// 422 北海, 665 襄城, 188 长治, 1558 江苏 (news and a plan reviewing results): a clause with no name
/// of its own after a threshold (`…1000亿元大关,2023年达1750.9亿元`, `迈上20亿元的新台阶,完成21.46亿元`)
/// is of the subject the clause before opens with, before its first figure or year; what was done
/// of a task (`考核指标23.1万亩,完成28.69万亩`, `农村改厕任务38283座,完成38649座`) is the task's
/// completion; a running total after the province's name (`全省累计达6.8万个`) continues the figure
/// before it.
#[test]
fn an_unnamed_value_after_a_threshold_or_a_task_takes_its_subject() {
    let c = read_with(
        "全市地区生产总值在1988年、1998年、2016年先后跨越10亿元、100亿元、1000亿元大关,2023年达1750.9亿元。\n\
         2020年,一般公共预算收入迈上 20亿元的新台阶,完成 21.46 亿元,超额完成“十三五”规划目标。\n\
         (五)2022年高标准农田建设考核指标23.1万亩,完成28.69万亩,完成率124.2%。\n\
         2022年,农村改厕任务38283座,完成38649座,完成率101%。\n\
         2020年,新建并开通5G基站6.3万个,全省累计达6.8万个。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let name = |v: f64| {
        c.iter()
            .find(|c| c.value == Some(v) && c.review.is_none())
            .map(|c| c.name_zh.as_str())
    };
    assert_eq!(name(1750.9), Some("地区生产总值"), "{c:?}");
    assert_eq!(name(21.46), Some("一般公共预算收入"), "{c:?}");
    assert_eq!(name(28.69), Some("高标准农田建设完成"), "{c:?}");
    assert_eq!(name(38649.0), Some("农村改厕完成"), "{c:?}");
    assert!(name(6.8).is_some_and(|n| Some(n) == name(6.3)), "{c:?}");
}

/// 1603 兴宁 (a work report of 2023, a mirror): a work report's short `比增` (`进出口总额7.14亿元、
/// 比增8.1%`, `规上工业增加值19.2亿元、比增7.1%`) is the rate of the level before it — two rates of
/// two levels, not one `比增` twice in conflict.
#[test]
fn a_short_rate_word_is_the_levels_before_it() {
    let c = read_with(
        "一、2022年工作回顾\n全年实现规上工业增加值19.2亿元、比增7.1%,进出口总额7.14亿元、比增8.1%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let rates: Vec<_> = written(&c)
        .into_iter()
        .filter(|(_, _, v)| matches!(v, Some(7.1) | Some(8.1)))
        .collect();
    assert_eq!(
        rates,
        [
            ("规上工业增加值比增", Some(2022), Some(7.1)),
            ("进出口总额比增", Some(2022), Some(8.1))
        ],
        "{c:?}"
    );
}

/// 1734 常州 and 1129 灵宝 (work reports of 2021 and 2022 reviewing five years): a multiple of
/// another figure names no subject (`…达7700亿元,是2015年的1.46倍,年均增长6.9%` is 地区生产总值's
/// rate) unless words stand before its `是` (`规上工业增加值是2016年的1.42倍,年均增长7.2%`); two such
/// rates in one sentence no longer share the name `是2015年年均增长` and conflict.
#[test]
fn a_rate_after_a_multiple_is_of_the_level_before_it() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "五年来,综合实力迈上新台阶。2020年全市地区生产总值预计达7700亿元,是2015年的1.46倍,年均增长6.9%。一般公共预算收入达616.6亿元,是2015年的1.3倍,年均增长6.4%。\n",
        &opts,
    );
    let rates: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%")
        .map(|c| (c.name_zh.as_str(), c.value, c.review.is_none()))
        .collect();
    assert_eq!(
        rates,
        [
            ("地区生产总值年均增长", Some(6.9), true),
            ("一般公共预算收入年均增长", Some(6.4), true),
        ],
        "{c:?}"
    );
    let c = read_with(
        "2021年,全市地区生产总值是2016年的1.34倍,年均增长6%;规上工业增加值是2016年的1.42倍,年均增长7.2%。\n",
        &ExtractOptions::new("r").published(2022),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%")
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        ["地区生产总值年均增长", "规上工业增加值年均增长"],
        "{c:?}"
    );
}

/// 1764 广东 (news of the 14th five-year outline's project packages, 2021): `其中,新型基础设施建设领域
/// 项目共有9个大项,…,到2020年底累计已完成投资1420亿元,“十四五”时期将安排投资4390亿元` — an
/// investment named only `投资` is of the subject the sentence opens with, past the connective
/// `其中` and the count the subject has (`共有9个大项`); two packages' investments no longer share
/// the name `投资` and conflict.
#[test]
fn an_investment_is_of_the_subject_that_counts_its_items() {
    let c = read_with(
        "规划纲要显示,广东“十四五”时期安排十大领域重大项目工程包,“十四五”期间投资5万亿元左右。\n\
         其中,新型基础设施建设领域项目共有9个大项,涉及信息基础设施,到2020年底累计已完成投资1420亿元,“十四五”时期将安排投资4390亿元。\n\
         同时,重大产业集群领域项目共有20个大项,到2020年底累计已完成投资1630亿元,“十四五”时期安排投资7270亿元。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.unit == "亿元")
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("新型基础设施建设领域项目投资", Some(2020), Some(1420.0)),
            ("新型基础设施建设领域项目投资", Some(2025), Some(4390.0)),
            ("重大产业集群领域项目投资", Some(2020), Some(1630.0)),
            ("重大产业集群领域项目投资", Some(2025), Some(7270.0)),
        ],
        "{c:?}"
    );
}

/// 1780 安徽, 2194 山西, 1738 沈阳: a level joined by `、` and a verb of reaching to a growth or a
/// change of the same clause (`新能源汽车产量增长94.5%、达168.4万辆`, `新能源和清洁能源装机同比增加
/// 1829万千瓦、达到9048万千瓦`) is the level of the subject that growth is of, not a figure with no
/// name; a level after a growth said after its figure (`继续保持40%以上增长、达357万辆`) is left.
#[test]
fn a_level_joined_to_a_growth_is_of_its_subject() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,新能源汽车产量增长94.5%、达168.4万辆。全市实有经营主体增长18%、突破132万户。\n\
         2024年,汽车产量继续保持40%以上增长、达357万辆。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("新能源汽车产量", Some(2024), Some(168.4))),
        "{got:?}"
    );
    assert!(
        got.contains(&("实有经营主体", Some(2024), Some(132.0))),
        "{got:?}"
    );
    assert!(got.iter().all(|w| w.2 != Some(357.0)), "{got:?}");
    let change = read_with(
        "2025年,新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦。\n",
        &opts,
    );
    assert!(
        written(&change).contains(&("新能源和清洁能源装机", Some(2025), Some(9048.0))),
        "{change:?}"
    );
}
