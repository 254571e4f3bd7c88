//! Unit tests of `分别` (respectively): which names go with which figures of a sentence, after
//! the clause before, in pairs and lists ([`super::respectively`]; issue 32), each from a sentence
//! of a development document (`seeds/plans/dev/docs/`).

use super::tests_names::{read_with, written};
use super::*;

/// 140 南昌, 159 金寨: figures before `分别` in its clause are not paired (`全市2137项…网上可办率、
/// 一网通办率分别提升至96.12%、95.84%`), and a `分别` clause with no name of its own after as
/// many one-figure clauses takes their names (`生猪存栏…,牛存栏…,羊存栏…,分别较同期增长…`).
#[test]
fn respectively_pairs_only_what_follows_and_may_take_the_clauses_before() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n全市2137项依申请政务服务事项网上可办率、一网通办率分别提升至96.12%、95.84%。\n\
         年末生猪存栏12.4万头,牛存栏0.8万头,羊存栏4.36万只,分别较同期增长3.7%、20.5%和27.7%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.1 == Some(2022))
        .map(|w| (w.0, w.2))
        .collect();
    assert_eq!(
        got,
        [
            ("依申请政务服务事项网上可办率", Some(96.12)),
            ("一网通办率", Some(95.84)),
            ("生猪存栏", Some(12.4)),
            ("牛存栏", Some(0.8)),
            ("羊存栏", Some(4.36)),
            ("生猪存栏较同期增长", Some(3.7)),
            ("牛存栏较同期增长", Some(20.5)),
            ("羊存栏较同期增长", Some(27.7)),
        ],
        "{c:?}"
    );
}

/// 202 官渡区: a bare list of figures joined by `、` pairs with `A和B` as `分别` does, and the
/// verb before the first (`完成`) is no part of the names.
#[test]
fn a_bare_list_pairs_as_respectively() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2023年上半年,城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            ("城镇常住居民人均可支配收入", Some(2023), Some(29092.0)),
            ("农村常住居民人均可支配收入", Some(2023), Some(17191.0)),
            ("城镇常住居民人均可支配收入增长", Some(2023), Some(3.0)),
            ("农村常住居民人均可支配收入增长", Some(2023), Some(6.4)),
        ],
        "{c:?}"
    );
}

/// 216 凤县: `城乡居民人均可支配收入分别达到42149元、18435元,同比增长5.2%和7.4%` — the rates joined by
/// `和`, with no name and no `分别` of their own, take the names the clause before paired.
#[test]
fn rates_joined_by_and_take_the_pairs_before() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "过去一年,全县交出合格答卷。城乡居民人均可支配收入分别达到42149元、18435元,同比增长5.2%和7.4%。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(
        names,
        [
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
            "城镇居民人均可支配收入同比增长",
            "农村居民人均可支配收入同比增长"
        ],
        "{c:?}"
    );
}

/// 218 兰州经济圈: a `分别` clause of shares of the whole (`分别占全省的…`) after as many
/// one-figure clauses names each share after its clause, even where a clause's own year is in
/// doubt (`总面积6.1万平方公里`, no year).
#[test]
fn shares_of_the_whole_take_the_clauses_before() {
    let c = read_with(
        "總面積6.1萬平方公里,2020年末總人口達到1050.53萬人,地區生產總值達到4156.7億元,分別占全省的14.33%、41.09%和46.1%。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.unit == "%")
        .map(|c| (c.name_zh.as_str(), c.value, c.review.is_none()))
        .collect();
    assert_eq!(
        got,
        [
            ("总面积占全省比重", Some(14.33), true),
            ("总人口占全省比重", Some(41.09), true),
            ("地区生产总值占全省比重", Some(46.1), true),
        ]
    );
}

/// 314 天等: ordinals sharing `第` and a head (`第一、二、三产业…分别…`) are spelled out, one name a
/// figure.
#[test]
fn shared_ordinals_are_spelled_out() {
    let c = read_with(
        "2023年,第一、二、三产业对经济增长的贡献率分别为27.8%、30.3%和41.9%。\n\
         2023年,第二、三产业增加值分别增长4.2%和5.3%。\n\
         2023年,第一、二产业增加值占地区生产总值的比重分别为21.3%和20.2%,对经济增长的贡献率分别为27.8%和30.3%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "第一产业对经济增长的贡献率",
            "第二产业对经济增长的贡献率",
            "第三产业对经济增长的贡献率",
            "第二产业增加值增长",
            "第三产业增加值增长",
            "第一产业增加值占地区生产总值的比重",
            "第二产业增加值占地区生产总值的比重",
            "第一产业对经济增长的贡献率",
            "第二产业对经济增长的贡献率"
        ],
        "{c:?}"
    );
}

/// 346 缙云: rates after `分别` take the names of as many figures in the clause before them
/// (`第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元,分别增长4.6%、
/// 7.7%和8.7%`), not only of as many one-figure clauses.
#[test]
fn respectively_after_a_clause_of_as_many_named_figures() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年,全县实现地区生产总值319.74亿元,按可比价格计算,比上年增长8.0%,分产业看:第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元,分别增长4.6%、7.7%和8.7%。\n",
        &opts,
    );
    let got = written(&c);
    for (name, v) in [
        ("第一产业增加值增长", 4.6),
        ("第二产业增加值增长", 7.7),
        ("第三产业增加值增长", 8.7),
    ] {
        assert!(
            got.contains(&(name, Some(2023), Some(v))),
            "{name}: {got:?}"
        );
    }
}

/// 057 and 179 河北: after `分别为:` each figure stands by its own name (`石家庄1637.7万户,保定
/// 1288万户`), so `分别` sends none to review; a figure before `分别` in its clause (`全市2137项…
/// 分别提升至…`) is read without slicing past it.
#[test]
fn figures_named_after_respectively_colon_are_data() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,电话用户数超千万的设区市达到4个,分别为:石家庄1637.7万户,保定1288万户。\n\
         2024年,全市2137项政务服务事项网上可办率、一网通办率分别提升至96.12%、95.84%。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("石家庄", Some(2024), Some(1637.7))),
        "{got:?}"
    );
    assert!(got.contains(&("保定", Some(2024), Some(1288.0))), "{got:?}");
}

/// 052 湖南: two places joined by `和` before `等` (`中心城区和城市轨道等重点区域5G基站覆盖率分别为
/// 96.2%和97.5%`) are the names `分别` pairs, though the name stopped at `等`.
#[test]
fn two_places_before_etc_are_paired_by_respectively() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2023年,中心城区和城市轨道等重点区域5G基站覆盖率分别为96.2%和97.5%。\n",
        &opts,
    );
    let got = written(&c);
    assert_eq!(got.len(), 2, "{c:?}");
    assert!(
        got[0].0.starts_with("中心城区") && got[0].2 == Some(96.2),
        "{got:?}"
    );
    assert!(
        got[1].0.starts_with("城市轨道") && got[1].2 == Some(97.5),
        "{got:?}"
    );
}

/// 466 金溪 (a communiqué): `农林牧渔及其服务业产值分别为…` pairs five figures with farming,
/// forestry, animal husbandry, fishery and their services, and `对GDP贡献率分别为…` after
/// `三次产业分别完成…` in its line is what the same three industries contribute.
#[test]
fn farming_forestry_herding_fishing_and_what_the_industries_contribute() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n\
         2022年,三次产业分别完成15.17亿元、40.86亿元、59.74亿元;对GDP贡献率分别为8.7%、48.2%、43.1%。\n\
         2022年,全县农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、4.79亿元、2.37亿元、1.63亿元。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).into_iter().map(|(n, _, _)| n).collect();
    assert_eq!(
        names,
        [
            "第一产业",
            "第二产业",
            "第三产业",
            "第一产业对GDP贡献率",
            "第二产业对GDP贡献率",
            "第三产业对GDP贡献率",
            "农业产值",
            "林业产值",
            "牧业产值",
            "渔业产值",
            "农林牧渔服务业产值",
        ],
        "{c:?}"
    );
}

/// 461 澄城, 154 巨野: `金融机构存贷款余额229.33亿元、91.09亿元,分别增长13.66%、17.09%` — deposits
/// and loans, each with its rate.
#[test]
fn deposits_and_loans_are_two_names() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,金融机构存贷款余额229.33亿元、91.09亿元,分别增长13.66%、17.09%。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).into_iter().map(|(n, _, _)| n).collect();
    assert_eq!(
        names,
        [
            "金融机构存款余额",
            "金融机构贷款余额",
            "金融机构存款余额增长",
            "金融机构贷款余额增长",
        ],
        "{c:?}"
    );
}

/// 052 湖南: two names joined by `和` before `分别` share the tail the second carries.
#[test]
fn two_names_joined_by_and_share_their_tail() {
    let c = read_with(
        "记者今天从省工信厅获悉,湖南深入实施5G应用“扬帆”行动。\n\
         数字基础设施不断夯实。截至7月,乡镇和行政村5G网络通达率分别为100%和80%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.year,
                c.role,
                c.value,
                c.review.is_none(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "乡镇5G网络通达率",
                Some(2023),
                Role::Baseline,
                Some(100.0),
                true
            ),
            (
                "行政村5G网络通达率",
                Some(2023),
                Role::Baseline,
                Some(80.0),
                true
            ),
        ],
        "{c:#?}"
    );
}

/// 035 湖北 (a mirror page with traditional characters): four names joined by `、` — or the
/// last two by `和` — before `分別` (traditional) pair with four figures in order.
#[test]
fn four_names_before_traditional_respectively() {
    for joint in ["、", "和"] {
        let text = format!(
            "记者从省农业农村厅获悉,目前,大田種植、設施栽培、畜禽養殖{joint}水產養殖信息化水平分別達到50.35%、40.5%、58.06%和32.62%。\n"
        );
        let c = read_with(&text, &ExtractOptions::new("r").published(2024));
        let got: Vec<_> = c.iter().map(|c| (c.name_zh.as_str(), c.value)).collect();
        assert_eq!(
            got,
            [
                ("大田种植信息化水平", Some(50.35)),
                ("设施栽培信息化水平", Some(40.5)),
                ("畜禽养殖信息化水平", Some(58.06)),
                ("水产养殖信息化水平", Some(32.62)),
            ],
            "{joint}: {c:#?}"
        );
        assert!(c.iter().all(|c| c.review.is_none() && c.year == Some(2024)));
    }
}

/// 549 安化 and 538 榆林 (news of a work report and of a plan): a span or a base of comparison
/// before `分别` (`年均分别增长7.76%9.82%`, `较2015年分别增长1.2倍和1.4倍`) is no subject of its
/// own — the rates are of the names the clause before paired with its figures.
#[test]
fn a_span_before_respectively_goes_with_the_verb() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "2021年,城乡居民人均可支配收入分别为22804元、11859元,年均分别增长7.76%9.82%。\n\
         2019年,城乡居民收入分别达到33904元和13226元,较2015年分别增长1.2倍和1.4倍。\n",
        &opts,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", Some(22804.0)),
            ("农村居民人均可支配收入", Some(11859.0)),
            ("城镇居民人均可支配收入年均增长", Some(7.76)),
            ("农村居民人均可支配收入年均增长", Some(9.82)),
            ("城镇居民收入", Some(33904.0)),
            ("农村居民收入", Some(13226.0)),
            ("城镇居民收入较2015年增长", Some(1.2)),
            ("农村居民收入较2015年增长", Some(1.4)),
        ],
        "{c:?}"
    );
}

/// 466 锦屏: a `分别` list of rates named only `增幅` (`增幅分别为2.3%、5.4%、…`) after a paired list
/// of levels takes their names, as `分别增长` does.
#[test]
fn a_list_of_growth_rates_named_zengfu_takes_the_names_before() {
    let c = read_with(
        "2022年,全县农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、4.79亿元、2.37亿元、1.63亿元;增幅分别为2.3%、5.4%、3.7%、4.5%、12.0%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let got = written(&c);
    for (name, v) in [
        ("农业产值增幅", 2.3),
        ("林业产值增幅", 5.4),
        ("农林牧渔服务业产值增幅", 12.0),
    ] {
        assert!(
            got.iter()
                .any(|&(n, y, x)| n.ends_with(name) && y == Some(2022) && x == Some(v)),
            "{name}: {got:?}"
        );
    }
}

/// 979 益阳 (the city's “十四五” plan): `固定资产投资、规模工业增加值、社会消费品零售总额、一般公共
/// 预算收入“十三五”期间年均分别增长11.1%、6.8%、8%、5.3%` — a period between the names and their
/// words of rate is no part of a name, and names of four characters or more are whole: they share
/// only the change (`年均增长`), not the last name's tail (`收入`).
#[test]
fn whole_names_share_only_their_change_across_a_period() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "固定资产投资、规模工业增加值、社会消费品零售总额、一般公共预算收入“十三五”期间年均分别增长11.1%、6.8%、8%、5.3%。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(
        names,
        [
            ("固定资产投资年均增长", Some(11.1)),
            ("规模工业增加值年均增长", Some(6.8)),
            ("社会消费品零售总额年均增长", Some(8.0)),
            ("一般公共预算收入年均增长", Some(5.3))
        ],
        "{c:?}"
    );
    // The same without the period, and a single name before a period.
    let c = read_with(
        "固定资产投资、规模工业增加值、一般公共预算收入分别增长11.1%、6.8%、5.3%。\n",
        &opts,
    );
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(
        names,
        [
            "固定资产投资增长",
            "规模工业增加值增长",
            "一般公共预算收入增长"
        ],
        "{c:?}"
    );
    let c = read_with("固定资产投资“十三五”期间年均增长11.1%。\n", &opts);
    assert_eq!(
        c.iter().map(|c| c.name_zh.as_str()).collect::<Vec<_>>(),
        ["固定资产投资年均增长"]
    );
}

/// 1278 烟台 (news of a city's first half of 2022): `规上工业增加值增长11.5%、分别高于全国、全省8.1个、
/// 6.7个百分点` — the growth right before `分别` is not one of the figures it pairs, and `8.1个`,
/// shortened before `6.7个百分点`, is a change in percentage points too.
#[test]
fn a_figure_right_before_respectively_is_not_paired() {
    let c = read_with(
        "上半年,规上工业增加值增长11.5%、分别高于全国、全省8.1个、6.7个百分点。\n",
        &ExtractOptions::new("r").published(2022),
    );
    assert_eq!(
        written(&c),
        [("规上工业增加值增长", Some(2022), Some(11.5))],
        "{c:?}"
    );
    for v in [8.1, 6.7] {
        assert!(
            c.iter().any(|c| c.value == Some(v)
                && c.unit == "个百分点"
                && c.review
                    .as_ref()
                    .is_some_and(|r| r.kind == ReviewKind::Change)),
            "{v}: {c:?}"
        );
    }
}

/// 1336 巴彦淖尔 (a work report's five-year review): `森林覆盖率、草原综合植被盖度分别从5.5%、26.9%
/// 提高到6.5%、28.2%` — two names, two starting values, a step, two values reached: each name
/// goes to one of each, in order; the starting values' year is not stated.
#[test]
fn names_pair_with_both_ends_of_a_respective_step() {
    let c = super::tests::read_text(
        "五年来,森林覆盖率、草原综合植被盖度分别从5.5%、26.9%提高到6.5%、28.2%。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(|c| (c.name_zh.as_str(), c.value)).collect();
    assert_eq!(
        got,
        [
            ("森林覆盖率", Some(5.5)),
            ("草原综合植被盖度", Some(26.9)),
            ("森林覆盖率", Some(6.5)),
            ("草原综合植被盖度", Some(28.2)),
        ],
        "{c:?}"
    );
    assert!(
        c[..2].iter().all(|c| c
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Year)),
        "{c:?}"
    );
    // (the page's own words: the two names joined by `和`)
    let c = super::tests::read_text(
        "五年来,森林覆盖率和草原综合植被盖度分别从5.5%、26.9%提高到6.5%、28.2%。\n",
        Period::default(),
    );
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(
        names,
        [
            "森林覆盖率",
            "草原综合植被盖度",
            "森林覆盖率",
            "草原综合植被盖度"
        ],
        "{c:?}"
    );
}

/// 2127 河南 (news of 2022): `“十三五”时期,全省学前教育毛入园率、义务教育巩固率、高中阶段毛入学率
/// 分别由83.2%、94%、90.85%提升至90.3%、96%、92.01%` — a respective step over the five-year period
/// the sentence names: the values reached are of its last year (2020), the starting values of the
/// year before its first (2015), as for a step with one name.
#[test]
fn a_respective_step_over_a_named_period_starts_before_its_first_year() {
    let c = read_str(
        "“十三五”时期,全省学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别由83.2%、94%、90.85%提升至90.3%、96%、92.01%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("学前教育毛入园率", Some(2015), Some(83.2)),
            ("义务教育巩固率", Some(2015), Some(94.0)),
            ("高中阶段毛入学率", Some(2015), Some(90.85)),
            ("学前教育毛入园率", Some(2020), Some(90.3)),
            ("义务教育巩固率", Some(2020), Some(96.0)),
            ("高中阶段毛入学率", Some(2020), Some(92.01)),
        ],
        "{c:?}"
    );
}

/// 2163 上海 (first-half economy, 2023): `其中,汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,
/// 产值同比分别增长21.3%、37.5%、22.7%` — the names stand in the clause before, without `等` once
/// `增长较快` is cut off; the measure before `分别` (`产值`) goes to each. A clause of names that says
/// nothing of them (`A、B、C,产值…`) pairs nothing.
#[test]
fn names_listed_before_take_the_measure_after_them() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_str(
        "其中,汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、37.5%、22.7%。\n",
        Period::default(),
        &opts,
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "汽车制造业产值增长",
            "电气机械和器材制造业产值增长",
            "通用设备制造业产值增长"
        ],
        "{c:?}"
    );
    let c = read_str(
        "其中,汽车制造业、电气机械和器材制造业、通用设备制造业,产值同比分别增长21.3%、37.5%、22.7%。\n",
        Period::default(),
        &opts,
    );
    assert!(c.iter().all(|c| c.name_zh != "汽车制造业产值增长"), "{c:?}");
}

/// 2226 青海 (news of the work report of 2026): `牛羊出栏分别增长5.2%、1.9%` — words of one
/// character written together, as statistics list them (`牛羊`, `进出口`), pair with the figures in
/// order, each with the shared rest (`牛出栏增长`, `羊出栏增长`).
#[test]
fn words_of_one_character_written_together_pair_in_order() {
    let c = read_str(
        "2025年,牛羊出栏分别增长5.2%、1.9%,进出口总额分别增长3%和4%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2026),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(
        names,
        [
            ("牛出栏增长", Some(5.2)),
            ("羊出栏增长", Some(1.9)),
            ("进口总额增长", Some(3.0)),
            ("出口总额增长", Some(4.0)),
        ],
        "{c:?}"
    );
}

/// 2245 湖北 (tourism news of 2023): `旅行社签订电子合同31.9万份、合同金额33.09亿元,团队游客4011万人次,
/// 分别同比增长149%、254%、208%` — whole clauses before `分别`, as many figures in all (two in one
/// clause, one in the next), each named, name the rates in order.
#[test]
fn whole_clauses_before_respectively_name_its_figures() {
    let c = read_str(
        "2023年,旅行社签订电子合同31.9万份、合同金额33.09亿元,团队游客4011万人次,分别同比增长149%、254%、208%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2024),
    );
    let rates: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.unit == "%")
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(rates.len(), 3, "{c:?}");
    assert_eq!(
        rates.iter().map(|r| r.1).collect::<Vec<_>>(),
        [Some(149.0), Some(254.0), Some(208.0)]
    );
    assert!(
        rates[0].0.contains("电子合同") && rates[2].0.contains("团队游客"),
        "{c:?}"
    );
}

/// 789 铜梁区 (a profile of 2024): `工业用电、用气、用水量分别增长22.7%、16.2%、9%` — the last name is
/// shorter than the first, so the shared tail starts at `分别`, not inside it (`工业用电别增长`).
#[test]
fn a_short_last_name_shares_only_what_follows_respectively() {
    let c = read_str(
        "2024年,工业用电、用气、用水量分别增长22.7%、16.2%、9%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert_eq!(names, ["工业用电增长", "用气增长", "用水量增长"], "{c:?}");
}

/// 1585 播州区 (a mirror of a work report that lost its commas): each figure right after its own
/// name and verb before a later `分别` (`完成地区生产总值增长5%农林牧渔业总产值增长4.2%…一般公共预算
/// 收入增长2.8%城乡居民人均可支配收入分别增长4.7%、6.6%`) stands by its name; only the figures after
/// `分别` pair with the names before it — and counts of what the list names (`2137项依申请政务服务
/// 事项网上可办率、一网通办率分别提升至…`) stay out.
#[test]
fn figures_with_their_own_names_before_respectively_stand() {
    let c = read_with(
        "一、2024年工作回顾\n经济发展稳中向好。完成地区生产总值增长5%农林牧渔业总产值增长4.2%一般公共预算收入增长2.8%城乡居民人均可支配收入分别增长4.7%、6.6%。\n\
         全市2137项依申请政务服务事项网上可办率、一网通办率分别提升至96.12%、95.84%。\n",
        &ExtractOptions::new("r").published(2025),
    );
    let named = |v: f64| {
        c.iter()
            .find(|c| c.value == Some(v))
            .filter(|c| c.review.is_none())
            .map(|c| c.name_zh.as_str())
    };
    assert_eq!(named(5.0), Some("地区生产总值增长"), "{c:?}");
    assert_eq!(named(4.2), Some("农林牧渔业总产值增长"), "{c:?}");
    assert_eq!(named(2.8), Some("一般公共预算收入增长"), "{c:?}");
    assert_eq!(named(2137.0), None, "{c:?}");
}

/// 1636 浙江 (news of 2024): a clause of names joined by `、` with no figure
/// (`存储芯片、虚拟现实设备、服务机器人等产品产量高增`) names the `分别` clause after it, each name
/// with what follows `等` and the verb after `分别`.
#[test]
fn a_figureless_list_before_names_the_respectively_clause() {
    let text = "2024年,浙江新品研发不断加快,存储芯片、虚拟现实设备、服务机器人等产品产量高增,分别同比增长88.5%、66.3%、112.3%。\n";
    let c = read_with(text, &ExtractOptions::new("r"));
    assert_eq!(
        written(&c),
        [
            ("存储芯片产品产量同比增长", Some(2024), Some(88.5)),
            ("虚拟现实设备产品产量同比增长", Some(2024), Some(66.3)),
            ("服务机器人产品产量同比增长", Some(2024), Some(112.3))
        ],
        "{c:?}"
    );
}

/// 2316 山西 (news of the province's logistics plan of 十四五), 2326 江西 (news of 2022): after a
/// `分别` clause the line paired, a rate (`年平均增速分别达到6.2%、3.0%`) or a share
/// (`占规模以上工业增加值比重分别为23.8%、37.9%、27.8%`) before `分别` is a measure of the same
/// subjects — not a name of its own with too few parts.
#[test]
fn a_rate_or_a_share_of_the_subjects_paired_before() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "2020年,全省社会物流总额达到32590亿元,物流业总收入达到2055亿元,比2015年分别增长35.3%、16.1%,年平均增速分别达到6.2%、3.0%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| matches!(w.2, Some(v) if v == 6.2 || v == 3.0))
        .map(|w| (w.0, w.2))
        .collect();
    assert_eq!(
        got,
        [
            ("社会物流总额年均增长", Some(6.2)),
            ("物流业总收入年均增长", Some(3.0))
        ],
        "{c:?}"
    );
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2021年,全省战略性新兴产业、高新技术产业、装备制造业增加值分别增长20.9%、16%、17.9%,占规模以上工业增加值比重分别为23.8%、37.9%、27.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| matches!(w.2, Some(v) if v == 23.8 || v == 27.8))
        .map(|w| w.0)
        .collect();
    assert_eq!(
        got,
        [
            "战略性新兴产业占规模以上工业增加值比重",
            "装备制造业增加值占规模以上工业增加值比重"
        ],
        "{c:?}"
    );
}

/// 1870 牟定, 1891 遵义, 444 陇县: a `分别` clause of levels with no name after the clause of
/// their growth takes its names without the growth; a span of years before `年均` is no subject;
/// `城乡` earlier in the sentence is the subject of a per-head income's two figures.
#[test]
fn respectively_levels_after_growth_a_span_before_the_average_and_urban_rural_before() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2021年,城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。\n\
         2024年,城乡居民人均可支配收入分别达46527元、20077元,4年年均分别增长5.8%、8.1%。\n\
         2023年,城乡居民收入实现跨越式增长,人均可支配收入分别达38922元和17998元。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).into_iter().map(|w| (w.0, w.1, w.2)).collect();
    assert_eq!(
        got,
        [
            ("城镇常住居民人均可支配收入增长", Some(2021), Some(12.0)),
            ("农村常住居民人均可支配收入增长", Some(2021), Some(13.0)),
            ("城镇常住居民人均可支配收入", Some(2021), Some(43366.0)),
            ("农村常住居民人均可支配收入", Some(2021), Some(13835.0)),
            ("城镇居民人均可支配收入", Some(2024), Some(46527.0)),
            ("农村居民人均可支配收入", Some(2024), Some(20077.0)),
            ("城镇居民人均可支配收入4年年均增长", Some(2024), Some(5.8)),
            ("农村居民人均可支配收入4年年均增长", Some(2024), Some(8.1)),
            ("城镇居民人均可支配收入", Some(2023), Some(38922.0)),
            ("农村居民人均可支配收入", Some(2023), Some(17998.0)),
        ],
        "{c:?}"
    );
}
