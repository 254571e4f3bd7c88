//! Unit tests of how figures are named from their neighbours and of coverage phrases (issue 32, the ninth session's
//! rules), each from a sentence of a development document (`seeds/plans/dev/docs/`).

use super::*;

pub(super) fn read_with(text: &str, options: &ExtractOptions) -> Vec<Candidate> {
    read_str(text, Period::default(), options)
}

/// (name, year, value) of the figures written as data.
pub(super) fn written(c: &[Candidate]) -> Vec<(&str, Option<i32>, Option<f64>)> {
    c.iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect()
}

/// 116 成都, 123 天津, 125 宁波: the first of a list of coverages (`实现5G网络全覆盖、行业应用热点区域
/// 深度覆盖`) is full coverage, the qualified ones after it are not; `5G信号全覆盖` is full
/// coverage (a bare `信号覆盖` is a signal's reach) and `普遍覆盖` is not.
#[test]
fn the_first_of_a_list_of_coverages_is_full() {
    let c = read_with(
        "到2022年底,建设5G基站4万个,实现5G网络全覆盖、行业应用热点区域深度覆盖、按需提供5G网络服务的新局面。\n\
         到2025年,加快推进5G网络建设,实现城市和乡镇全面覆盖、行政村基本覆盖、重点应用场景深度覆盖。\n\
         到2021年,实现区县(市)城区、重点乡镇5G信号全覆盖;到2023年,实现县级以上城市主城区普遍覆盖、重点区域深度覆盖。\n",
        &ExtractOptions::new("r"),
    );
    let cover: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(100.0))
        .collect();
    assert_eq!(
        cover,
        [
            ("5G网络", Some(2022), Some(100.0)),
            ("城市和乡镇", Some(2025), Some(100.0)),
            ("区县(市)城区、重点乡镇5G信号", Some(2021), Some(100.0)),
        ],
        "{c:?}"
    );
}

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

/// 094 牡丹江: `覆盖率` is a rate's name, not the verb `覆盖` and a bare `率`.
#[test]
fn a_verb_before_a_rate_is_part_of_its_name() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "截至目前,三家通信公司的5G网络在市区和县域覆盖率均达到90%以上。\n",
        &opts,
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(names, ["5G网络在市区和县域覆盖率"], "{c:?}");
}

/// 172 衡阳县: `一般公共服务、教育、…社会保障和就业等支出同比增速分别为-9.4%、…` pairs each name of the
/// list with the tail after `等`, keeps no minus sign in a name, and `计划生育` is no plan of the
/// future (the second list is achieved in the year the communiqué reports, as the first).
#[test]
fn a_list_ending_in_etc_shares_its_tail() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年国民经济和社会发展统计公报\n全年财政一般预算支出68.81亿元,增长27.4%。其中:一般公共服务、教育、科学技术、社会保障和就业等支出同比增速分别为-9.4%、23.0%、43.1%、26.4%;医疗卫生与计划生育、节能环保、公共安全、城乡社区等支出增速分别为17.0%、223.2%、12.2%、135.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).into_iter().skip(2).collect();
    assert_eq!(
        got,
        [
            ("一般公共服务支出同比增速", Some(2022), Some(-9.4)),
            ("教育支出同比增速", Some(2022), Some(23.0)),
            ("科学技术支出同比增速", Some(2022), Some(43.1)),
            ("社会保障和就业支出同比增速", Some(2022), Some(26.4)),
            ("医疗卫生与计划生育支出增速", Some(2022), Some(17.0)),
            ("节能环保支出增速", Some(2022), Some(223.2)),
            ("公共安全支出增速", Some(2022), Some(12.2)),
            ("城乡社区支出增速", Some(2022), Some(135.8)),
        ],
        "{c:?}"
    );
}

/// Pairing names by `分别` answers only the question of names: a figure that is a change in
/// percentage points, or has no year, stays for review.
#[test]
fn pairing_names_keeps_other_reviews() {
    let c = read_with(
        "城镇和农村居民人均可支配收入占比分别提高2个百分点、3个百分点。\n广播、电视综合覆盖率分别达99.4%、99.12%。\n",
        &ExtractOptions::new("r"),
    );
    assert!(written(&c).is_empty(), "{c:?}");
    let names: Vec<_> = c.iter().map(|c| c.name_zh.as_str()).collect();
    assert!(names.contains(&"广播综合覆盖率"), "{c:?}");
    assert!(c.iter().all(|c| c.review.is_some()), "{c:?}");
}

/// 147 苏州: `已有近600个行政村实现5G网络覆盖` counts the places covered; it is no 100 % coverage.
#[test]
fn a_count_of_places_covered_is_no_full_coverage() {
    let opts = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "截至目前,全市已有近600个行政村实现5G网络覆盖,而2019年全市仅196个行政村实现5G网络覆盖。\n",
        &opts,
    );
    assert!(c.iter().all(|c| c.value != Some(100.0)), "{c:?}");
}

/// 176 洞头: `研发人员`, `研发投入强度` are names, not the verb `研发` and what it made.
#[test]
fn research_staff_is_a_name() {
    let c = read_with(
        "到2027年,每万名就业人员中研发人员达到209人年以上,研发投入强度达到3%。\n",
        &ExtractOptions::new("r"),
    );
    let names: Vec<_> = written(&c).iter().map(|w| w.0).collect();
    assert_eq!(names, ["每万名就业人员中研发人员", "研发投入强度"], "{c:?}");
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

/// 014 重庆, 236 荆州开发区: words that end on a verb of doing after `将` (`重庆将建设`,
/// `荆州开发区将建成`) name no indicator; the noun after the unit does.
#[test]
fn a_name_ending_on_a_verb_takes_the_noun_after_the_unit() {
    let c = read_with(
        "2020年重庆将建设250个互联网小镇。截至2022年,荆州开发区将建成1000个5G基站。\n",
        &ExtractOptions::new("r").published(2020),
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0, w.2)).collect();
    assert_eq!(got, [("互联网小镇", Some(250.0)), ("5G基站", Some(1000.0))]);
}

/// 001 鄂州: `实现了城区全覆盖` names 城区, not `了城区`.
#[test]
fn the_le_of_shixian_is_no_part_of_a_coverage_name() {
    let c = read_with(
        "截至2020年底,全市已建成5G基站1000个,5G网络实现了城区全覆盖。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let names: Vec<&str> = c
        .iter()
        .filter(|c| c.value == Some(100.0))
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(names, ["城区"], "{c:?}");
}

/// 298 保定: a clause that opens on a year of its own and a verb of reaching
/// (`…常住人口达到355万人,到2035年达到500万人`) names its figure after the clause before it.
#[test]
fn a_later_years_value_of_the_same_indicator_takes_its_name() {
    let c = read_with(
        "《纲要》中指出,到2025年,保定市区常住人口达到355万人,到2035年达到500万人。\n",
        &ExtractOptions::new("r").published(2021),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        rows,
        [
            ("保定市区常住人口", Some(2025), Some(355.0)),
            ("保定市区常住人口", Some(2035), Some(500.0))
        ]
    );
}

/// 197 乐山, 134: `A、B均突破100万` and `A、B各1个` are a row per name; `年均`, `人均` are no
/// `均` of each, and a list of one name is not split.
#[test]
fn a_figure_of_each_name_is_a_row_per_name() {
    let c = read_with(
        "截至2023年底,全市千兆家庭宽带接入户数、5G移动电话用户数均突破100万。\n\
         2022年,建成省级产业创新中心、检验检测中心各1个。\n\
         2022年,城镇和农村居民人均可支配收入增长6%。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        rows,
        [
            ("千兆家庭宽带接入户数", Some(2023), Some(100.0)),
            ("5G移动电话用户数", Some(2023), Some(100.0)),
            ("省级产业创新中心", Some(2022), Some(1.0)),
            ("检验检测中心", Some(2022), Some(1.0)),
            ("城镇和农村居民人均可支配收入增长", Some(2022), Some(6.0)),
        ],
        "{c:?}"
    );
}

/// A clause that opens on `均` (`,均达到90%`) holds no list: nothing is split, nothing panics.
#[test]
fn each_at_the_start_of_a_clause_is_no_list() {
    let c = read_with(
        "2022年,全市5G基站、千兆端口,均达到90%;各1个。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(c
        .iter()
        .all(|c| !c.notes.iter().any(|n| n.starts_with("均/各"))));
}

/// 281 常州: the subject of a clause with no figure names the figure after it even when it holds
/// `5G` (`5G终端连接用户快速增长,达203.95万户`); a clause with a year in it does not.
#[test]
fn a_subject_with_5g_in_it_names_the_next_figure() {
    let c = read_with(
        "截至2022年底,全市5G终端连接用户快速增长,达203.95万户。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.value))
        .collect();
    assert_eq!(rows, [("5G终端连接用户", Some(203.95))], "{c:?}");
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

/// 316 大安, 349 平昌: a sector's share of a part of the economy after `其中` is named with that
/// part; of the whole (`地区生产总值`), it is not.
#[test]
fn a_sectors_share_of_a_part_is_named_with_it() {
    let c = read_with(
        "2022年,全年实现地区生产总值188.72亿元。其中,第一产业增加值25.45亿元,增长4.4%。\n\
         2022年,全年民营经济(不包括港澳台和外商经济)增加值112.12亿元。其中,第一产业增加值3.35亿元,增长3.9%。\n",
        &ExtractOptions::new("r").published(2023),
    );
    let names: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| c.name_zh.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "地区生产总值",
            "第一产业增加值",
            "第一产业增加值增长",
            "民营经济(不包括港澳台和外商经济)增加值",
            "民营经济第一产业增加值",
            "民营经济第一产业增加值增长"
        ],
        "{c:?}"
    );
}

/// 277 来宾 and 144 菏泽: an amount after a count of projects (`新開工項目12個,總投資32.1億元`,
/// `“四类政策性资金”项目346个、238.7亿元`) is named by those projects, so the amounts of two
/// groups in one sentence no longer conflict, and a bare amount gets a name.
#[test]
fn an_amount_after_a_count_of_projects_is_of_those_projects() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2024年,其中新開工項目12個,總投資32.1億元;竣工項目5個,總投資6.1億元。\n\
         2024年,“四类政策性资金”项目346个、238.7亿元。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("新开工项目总投资", Some(2024), Some(32.1))),
        "{got:?}"
    );
    assert!(
        got.contains(&("竣工项目总投资", Some(2024), Some(6.1))),
        "{got:?}"
    );
    assert!(
        got.contains(&("“四类政策性资金”项目金额", Some(2024), Some(238.7))),
        "{got:?}"
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

/// 307 进贤: a communiqué's short `增` (`牧业产值38.69亿元,增4.0%`) is a rate of the level
/// before it, as `增长` is.
#[test]
fn a_short_zeng_is_a_rate_of_the_level_before() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年,林业产值1.56亿元,增长16.4%;牧业产值38.69亿元,增4.0%;渔业产值2.1亿元,增长3.3%。\n",
        &opts,
    );
    let got = written(&c);
    assert!(
        got.contains(&("牧业产值增", Some(2023), Some(4.0))),
        "{got:?}"
    );
    assert_eq!(got.len(), 6, "{got:?}");
}

/// 240 张家港: a level with no name after a rate of its subject (`规上工业产值保持年均6%增长,力争
/// 到2025年突破6500亿元`) is of that subject; `力争` may stand before the year.
#[test]
fn a_level_after_a_rate_of_its_subject_takes_the_subject() {
    let c = read_with(
        "到2025年,规上工业产值保持年均6%增长,力争到2025年突破6500亿元。\n",
        &ExtractOptions::new("r"),
    );
    let got = written(&c);
    assert!(
        got.contains(&("规上工业产值", Some(2025), Some(6500.0))),
        "{got:?}"
    );
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
