//! Unit tests of the figures that are no indicator's level ([`super::not_level`]: issue 32, the
//! twelfth session's rules), each from a sentence of a development document
//! (`seeds/plans/dev/docs/`).

use super::tests_names::{read_with, written};
use super::*;

/// Whether a candidate of `value` went to review as `kind`, its reason saying `words`.
pub(super) fn reviewed_as(
    c: &[Candidate],
    value: f64,
    kind: crate::extract::ReviewKind,
    words: &str,
) -> bool {
    c.iter().any(|c| {
        c.value == Some(value)
            && c.review
                .as_ref()
                .is_some_and(|r| r.kind == kind && r.why.contains(words))
    })
}

/// Whether a figure of `value` was written as data for `year`.
pub(super) fn written_for(c: &[Candidate], year: i32, value: f64) -> bool {
    written(c)
        .iter()
        .any(|(_, y, v)| *y == Some(year) && *v == Some(value))
}

/// 233 岳阳 and 304 逊克: a multiple of another figure (`是2015年的1.35倍`) and the words a
/// person is quoted as saying (`“去年我们带动了周边200多户农户增收`) go to review; the level
/// before the multiple, and a quoted term (`“千兆城市”`), stay data.
#[test]
fn multiples_of_another_figure_and_quoted_speech_go_to_review() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2020年,全市人均GDP达到6.9万元,是2015年的1.35倍。\n\
         2021年,全市建成3个“千兆城市”。\n\
         “去年我们带动了周边200多户农户增收。”张磊介绍说。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            ("人均GDP", Some(2020), Some(6.9)),
            ("“千兆城市”", Some(2021), Some(3.0)),
        ],
        "{c:?}"
    );
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{c:?}");
    assert!(
        why[0].starts_with("a multiple of another figure"),
        "{why:?}"
    );
    assert!(why[1].starts_with("in a quoted speech"), "{why:?}");
}

/// 346 缙云 and 345 建始 (communiqués): a split of the population by sex (`男性人口23.85万人,女性
/// 人口22.61万人`) goes to review; the population itself stays data.
#[test]
fn a_split_by_sex_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年末全县户籍人口46.46万人,其中男性人口23.85万人,女性人口22.61万人。\n",
        &opts,
    );
    let got = written(&c);
    assert_eq!(got.len(), 1, "{c:?}");
    assert_eq!(got[0].2, Some(46.46), "{got:?}");
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert!(
        why.iter()
            .all(|w| w.starts_with("a split of the population by sex"))
            && why.len() == 2,
        "{why:?}"
    );
}

/// 412 银川, 358 交城: the articles of a policy package (`新型工业化18条、奶产业10条、房地产12条等
/// 政策直达快享`) go to review; roads and lines counted in 条 stay data.
#[test]
fn the_articles_of_a_policy_package_go_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,新型工业化18条、奶产业10条、房地产12条等政策直达快享。\n\
         2024年,打造10条精品研学游线路。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("精品研学游线路", Some(2024), Some(10.0))],
        "{c:?}"
    );
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 3, "{c:?}");
    assert!(why.iter().all(|w| w.contains("policy package")), "{why:?}");
}

/// 461 澄城, 458 曲周, 405 临颍: a count of meetings, visits or campaigns (`县级领导外出招商12次`,
/// `开展政银企座谈会等活动12次`) goes to review; a count of data calls (`共享调用量1738598次`)
/// stays data.
#[test]
fn a_count_of_meetings_or_visits_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,县级领导外出招商12次,开展政银企座谈会等活动12次。\n\
         2022年,平台共享调用量1738598次。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("平台共享调用量", Some(2022), Some(1738598.0))],
        "{c:?}"
    );
    let why: Vec<_> = c
        .iter()
        .filter_map(|c| c.review.as_ref().map(|r| r.why.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{c:?}");
    assert!(why.iter().all(|w| w.contains("meetings")), "{why:?}");
}

/// 476 大冶, 399 博白: a count of indicators by their rank (`9项强县工程经济指标增速在全省百强县市中
/// 稳居第一`) goes to review.
#[test]
fn a_count_of_indicators_by_rank_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,9项强县工程经济指标增速在全省百强县市中稳居第一,地区生产总值突破900亿元。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("地区生产总值", Some(2024), Some(900.0))],
        "{c:?}"
    );
    assert!(
        c.iter().any(|c| c
            .review
            .as_ref()
            .map(|r| r.why.as_str())
            .is_some_and(|r| r.contains("rank"))),
        "{c:?}"
    );
}

/// 441 夏县, 412 银川: a count of honours (`荣获国家和省市荣誉112项`) goes to review.
#[test]
fn a_count_of_honours_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "2023年,荣获国家和省市荣誉112项,地区生产总值增长6.5%。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("地区生产总值增长", Some(2023), Some(6.5))],
        "{c:?}"
    );
    assert!(
        c.iter().any(|c| c
            .review
            .as_ref()
            .map(|r| r.why.as_str())
            .is_some_and(|r| r.contains("honours"))),
        "{c:?}"
    );
}

/// 304 逊克, 361 吉林, 346 缙云: `增加`, `减少` or `增产` right before a number of another unit
/// than % is an amount of change whatever stands before it (`户均年收入增加1.8万元`,
/// `吉林石化完成原油加工量484.2万吨、增产近17万吨`), not a level; the level beside it stays data.
#[test]
fn an_increase_after_a_long_name_is_a_change() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2025年上半年,吉林石化完成原油加工量484.2万吨、增产近17万吨。\n\
         2024年,全县户均年收入增加1.8万元。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("吉林石化完成原油加工量", Some(2025), Some(484.2))],
        "{c:?}"
    );
    for v in [17.0, 1.8] {
        assert!(
            reviewed_as(&c, v, crate::extract::ReviewKind::Change, "change"),
            "{v}: {c:?}"
        );
    }
}

/// 233 岳阳, 409 许昌: thresholds crossed one after another in years not stated
/// (`连续跨越3000亿元和4000亿元两个台阶`) go to review; with the years listed (422 北海:
/// `在1988年、1998年、2016年先后跨越10亿元、100亿元、1000亿元大关`) they are dated figures.
#[test]
fn thresholds_crossed_in_turn_without_years_go_to_review() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,国内生产总值先后跨越2500亿元、3000亿元、3500亿元台阶,增长6.1%。\n",
        &opts,
    );
    assert!(
        written(&c)
            .iter()
            .all(|(_, _, v)| v.is_some_and(|v| v < 100.0)),
        "{c:?}"
    );
    for v in [2500.0, 3500.0] {
        assert!(
            reviewed_as(
                &c,
                v,
                crate::extract::ReviewKind::Threshold,
                "one after another"
            ),
            "{v}: {c:?}"
        );
    }
    let dated = read_with(
        "全市地区生产总值在1988年、1998年、2016年先后跨越10亿元、100亿元、1000亿元大关。\n",
        &opts,
    );
    assert!(
        dated.iter().all(|c| c
            .review
            .as_ref()
            .is_none_or(|r| !r.why.contains("one after another"))),
        "{dated:?}"
    );
}

/// 540 习水, 035 湖北: the people a meeting gathered (`近200名行业专家、企业家齐聚秦巴山区`) and a
/// rate per unit spent (`每投入1元就引回15元投资`: its unit and what it returns) go to review; the
/// figures beside them stay data.
#[test]
fn attendees_and_a_rate_per_unit_go_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2025年,近200名行业专家、企业家齐聚秦巴山区,全县地区生产总值增长6%。\n\
         2023年,每投入1元就引回15元投资。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [("地区生产总值增长", Some(2025), Some(6.0))],
        "{c:?}"
    );
    for v in [200.0, 1.0, 15.0] {
        assert!(
            c.iter().any(|c| c.value == Some(v) && c.review.is_some()),
            "{v}: {c:?}"
        );
    }
}

/// 339 铜陵, 242 新郑, 586 白银: a count by an award, a ranking or a list entered
/// (`铜陵14项工作获省政府真抓实干督查激励`, `6个乡镇入围全国综合实力千强镇`) or of a congress's
/// proposals (`共提出提案202件`) goes to review; the figures beside it stay data, and so does a
/// count of a class of firms named by a ranking (208 吴兴: `省电子信息百强企业2家`).
#[test]
fn a_count_by_an_award_a_ranking_or_of_proposals_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,全市生产总值增长6.5%,铜陵14项工作获省政府真抓实干督查激励。\n\
         2024年,6个乡镇入围全国综合实力千强镇,共提出提案202件。\n\
         2024年,省电子信息百强企业2家。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            ("生产总值增长", Some(2024), Some(6.5)),
            ("省电子信息百强企业", Some(2024), Some(2.0))
        ],
        "{c:?}"
    );
    for v in [14.0, 6.0, 202.0] {
        assert!(
            reviewed_as(&c, v, crate::extract::ReviewKind::NotALevel, "a ranking"),
            "{v}: {c:?}"
        );
    }
}

/// 572 郑州航空港 (news of 2021): a threshold crossed for the first time (`首破1000亿元`) before
/// the value itself (`达1041亿元`) goes to review, as `突破` does; the value is the year's level.
/// 629 铜鼓: also with the threshold's word after it (`首次突破10亿元大关,达10.8亿元`).
#[test]
fn a_threshold_first_crossed_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "2020年,郑州航空港实验区地区生产总值首破1000亿元,达1041亿元。\n",
        &opts,
    );
    assert!(
        reviewed_as(&c, 1000.0, crate::extract::ReviewKind::Threshold, ""),
        "{c:?}"
    );
    assert!(written_for(&c, 2020, 1041.0), "{c:?}");
    // 629 铜鼓 (a work report of 2023): the threshold's word may close it (`10亿元大关`).
    let c = read_with(
        "2022年,财政总收入首次突破10亿元大关,达10.8亿元。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(
        reviewed_as(&c, 10.0, crate::extract::ReviewKind::Threshold, ""),
        "{c:?}"
    );
    assert!(written_for(&c, 2022, 10.8), "{c:?}");
}

/// 658 上虞 (an excerpt of a plan's draft): `…人均GDP达到15` is cut off at the excerpt's end — the
/// figure's unit is lost, so it goes to review; a figure with its unit at a line's end stays.
#[test]
fn a_figure_cut_off_at_the_texts_end_goes_to_review() {
    let opts = ExtractOptions::new("r");
    let c = read_with("到2030年,地区生产总值年均增长6%以上,人均GDP达到15", &opts);
    assert!(
        reviewed_as(&c, 15.0, crate::extract::ReviewKind::NotALevel, "cut off"),
        "{c:?}"
    );
    assert!(written_for(&c, 2030, 6.0), "{c:?}");
    let c = read_with("到2030年,全市5G基站达到1500个", &opts);
    assert!(written_for(&c, 2030, 1500.0), "{c:?}");
}

/// 675 大理 (a work report of 2025 on a mirror): `经济总量首次突破2000亿元、达2010.9亿元` — a `、`
/// between the threshold and the value: the threshold goes to review, the value is the year's
/// level of the same subject (without `首次`).
#[test]
fn a_threshold_and_its_value_joined_by_a_list_mark() {
    let c = read_with(
        "2024年,全州经济总量首次突破2000亿元、达2010.9亿元。\n",
        &ExtractOptions::new("r").published(2025),
    );
    assert!(
        reviewed_as(&c, 2000.0, crate::extract::ReviewKind::Threshold, ""),
        "{c:?}"
    );
    assert!(written_for(&c, 2024, 2010.9), "{c:?}");
    let v = c.iter().find(|c| c.value == Some(2010.9)).expect("read");
    assert_eq!(v.name_zh, "全州经济总量", "{v:?}");
}

/// 902 青阳: a multiple of a period's figure written without `的` (`省外亿元项目累计到位资金486亿元,
/// 是“十二五”时期2.7倍`) goes to review as a multiple; the level before it stays data.
#[test]
fn a_multiple_of_a_periods_figure_without_de_goes_to_review() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "2020年,省外亿元项目累计到位资金486亿元,是“十二五”时期2.7倍。\n",
        &opts,
    );
    assert_eq!(
        written(&c).iter().map(|w| w.2).collect::<Vec<_>>(),
        [Some(486.0)],
        "{c:?}"
    );
    assert!(
        reviewed_as(&c, 2.7, crate::extract::ReviewKind::NotALevel, "multiple"),
        "{c:?}"
    );
}

/// 908 呼伦贝尔: `全市地区生产总值首次跨越1500亿元大关,达到1536亿元` — a threshold crossed (`跨越…大关`,
/// as `首次突破`), then the value itself, which takes the name.
#[test]
fn a_threshold_stepped_over_then_the_value() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,全市地区生产总值首次跨越1500亿元大关,达到1536亿元,增长4.6%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| (w.0.to_owned(), w.2)).collect();
    assert_eq!(got[0].1, Some(1536.0), "{c:?}");
    assert!(got[0].0.contains("地区生产总值"), "{c:?}");
    assert!(
        reviewed_as(
            &c,
            1500.0,
            crate::extract::ReviewKind::Threshold,
            "threshold"
        ),
        "{c:?}"
    );
}

/// 972 嘉峪关 (a work report's five-year review): `地区生产总值首次突破300亿元,预计达到306亿元` — the
/// value after a threshold crossed may be an estimate; the threshold is still no level.
#[test]
fn a_threshold_crossed_then_an_estimated_value() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2021年,地区生产总值首次突破300亿元,预计达到306亿元,年均增长5.8%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).iter().map(|w| w.2).collect();
    assert_eq!(got, [Some(306.0), Some(5.8)], "{c:?}");
    assert!(
        reviewed_as(
            &c,
            300.0,
            crate::extract::ReviewKind::Threshold,
            "threshold"
        ),
        "{c:?}"
    );
}

/// 1345 武进 (news of 2023's results): `增幅超出全市平均11.4%` — a gap to an average is no level.
#[test]
fn a_gap_to_an_average_is_no_level() {
    let c = super::tests::read_text(
        "2023年,武进区规上工业增加值增长8.6%,增幅超出全市平均11.4%。\n",
        Period::default(),
    );
    let gap: Vec<_> = c.iter().filter(|c| c.value == Some(11.4)).collect();
    assert_eq!(gap.len(), 1, "{c:?}");
    assert!(
        gap[0]
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Change),
        "{c:?}"
    );
    assert!(
        c.iter().any(|c| c.value == Some(8.6) && c.review.is_none()),
        "{c:?}"
    );
}

/// 156 荆门, 869 文昌, 1041 瑞安: `配套出台256项细化措施`, `10件民生实事全面完成`, `签署实施合作协议
/// 13项`, `4项改革经验获省《竞跑者》推广` count measures, promised tasks, signed agreements and
/// reforms (corpus convention (5)), not a plan's indicator; the figure beside them is one.
#[test]
fn counts_of_measures_agreements_and_promised_tasks_go_to_review() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "过去一年,配套出台256项细化措施以及系列配套政策,10件民生实事全面完成,与遂宁、宜宾等地签署实施合作协议13项,4项改革经验获省《竞跑者》推广,地区生产总值达到215亿元。\n",
        &opts,
    );
    let kind = crate::extract::ReviewKind::NotALevel;
    for v in [10.0, 13.0, 4.0] {
        assert!(reviewed_as(&c, v, kind, "agreements"), "{v}: {c:?}");
    }
    assert!(!written_for(&c, 2020, 256.0), "{c:?}");
    assert!(written_for(&c, 2020, 215.0), "{c:?}");
}

/// 1420 山东, 1378 奉节, 1108 杭州, 1336 巴彦淖尔, 553 鹤壁, 1153 都江堰, 508 密云: counts of
/// indicators by their rank or by whether they met their goals (`6项排名第一`, `21项指标达到预期`),
/// of awards (`19项大奖`, `国家级殊荣1项`) and of entries on a list (`入选全国…名录`, `入选市级
/// 案例`) are no plan's indicators (corpus conventions (5), (6)); a plan's own count of science
/// prizes (`获得省科技进步奖2项以上`, 176 洞头) and the figures beside them are.
#[test]
fn counts_of_ranks_goals_met_awards_and_list_entries_go_to_review() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2022年,工信部衡量工业互联网发展水平的主要指标中,山东13项位居全国前三,6项排名第一,工业互联网平台达到120个。\n\
         2022年,21项指标达到预期,荣获中国农业最具影响力品牌等19项大奖,揽获国家级殊荣1项,11个“灌区造”农产品入选全国名特优新农产品名录,其中7个入选市级案例。\n",
        &opts,
    );
    let kind = crate::extract::ReviewKind::NotALevel;
    for v in [13.0, 6.0, 21.0] {
        assert!(reviewed_as(&c, v, kind, "indicators"), "{v}: {c:?}");
    }
    for v in [19.0, 1.0] {
        assert!(reviewed_as(&c, v, kind, "honours"), "{v}: {c:?}");
    }
    for v in [11.0, 7.0] {
        assert!(reviewed_as(&c, v, kind, "list entered"), "{v}: {c:?}");
    }
    assert!(written_for(&c, 2022, 120.0), "{c:?}");
    let c = read_with(
        "到2027年,建成市级重点实验室1家,获得省科技进步奖2项以上。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(written_for(&c, 2027, 2.0), "{c:?}");
}

/// 585 张掖, 963 西双版纳, 617 平凉 (news of five-year results): a gap to the nation's level said
/// once for a list (`高于全国1个、全省0.5个百分点`) or in an amount (`高于全国3525元、全省5476元`),
/// and a count of thresholds crossed (`全州经济总量连跨3个百亿元台阶`, `4年时间跨了3个“百亿台阶”`)
/// are no levels; the level and rate before them stay data.
#[test]
fn gaps_to_the_nation_and_counts_of_thresholds_are_no_levels() {
    use crate::extract::ReviewKind;
    let c = read_with(
        "2024年,全市地区生产总值达到680.9亿元,年均增长6.5%,高于全国1个、全省0.5个百分点。\n\
         2024年,全体居民人均可支配收入达到40000元,高于全国3525元、全省5476元。\n\
         2024年,全州经济总量连跨3个百亿元台阶。4年时间跨了3个“百亿台阶”。\n",
        &ExtractOptions::new("r").published(2025),
    );
    assert!(
        reviewed_as(&c, 1.0, ReviewKind::Change, "percentage points"),
        "{c:?}"
    );
    assert!(
        reviewed_as(&c, 3525.0, ReviewKind::Change, "高于全国"),
        "{c:?}"
    );
    assert!(
        reviewed_as(&c, 3.0, ReviewKind::NotALevel, "thresholds"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .filter(|c| c.value == Some(3.0))
            .all(|c| c.review.is_some()),
        "{c:?}"
    );
    assert!(
        written_for(&c, 2024, 680.9) && written_for(&c, 2024, 6.5),
        "{c:?}"
    );
    assert!(written_for(&c, 2024, 40000.0), "{c:?}");
}

/// 1372 张家口, 2173 湖北: one unit of a measure explained (`1萬P即每秒完成1萬億億次運算`,
/// `1萬P算力相當於500萬台高性能計算機的計算能力`) goes to review; the levels around it stay data.
#[test]
fn one_unit_of_a_measure_explained_is_no_level() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "截至2025年6月,张家口通用算力1.75万P(1万P即每秒完成1万亿亿次运算)。\n",
        &opts,
    );
    assert!(written_for(&c, 2025, 1.75), "{c:?}");
    assert!(!written_for(&c, 2025, 1.0), "{c:?}");
    let c = read_with(
        "2025年,全省算力规模达到3万P。1万P算力相当于500万台高性能计算机的计算能力。\n",
        &opts,
    );
    assert!(written_for(&c, 2025, 3.0), "{c:?}");
    assert!(!written_for(&c, 2025, 1.0), "{c:?}");
}

/// 2475 四川 (consumption, first quarter 2025) and 2163 上海 (first half 2023): `限额以上18个商品
/// 类别中15类商品零售额实现增长`, `35个工业行业中有28个行业产值实现同比增长` — the number of
/// categories a statistic counts over, and of those that grew, tell how broad growth was, not an
/// indicator's level; the retail sales beside them, and `50个左右省级行业中心` (1419, centres to
/// build), stay data.
#[test]
fn counts_of_categories_that_grew_are_no_levels() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "一季度,全省社会消费品零售总额6860.2亿元,同比增长5.3%。限额以上18个商品类别中15类商品零售额实现增长。\n\
         全市35个工业行业中有28个行业产值实现同比增长。\n\
         到2025年,建设50个左右省级行业中心。\n",
        &opts,
    );
    for v in [18.0, 15.0, 35.0, 28.0] {
        assert!(
            reviewed_as(&c, v, crate::extract::ReviewKind::NotALevel, "categories"),
            "{v}: {c:?}"
        );
    }
    assert!(written_for(&c, 2025, 6860.2), "{c:?}");
    assert!(written_for(&c, 2025, 50.0), "{c:?}");
}

/// 2557 湖北 (industry results 2024) and 2554 成都 (2025): `9个市州增速高于全省平均`, `6个市州实现
/// 两位数增长`, `10条制造业产业链营收实现两位数增长` — how many places or chains grew is how broad
/// growth was, no level; `建成5个国家级先进制造业集群` stays data.
#[test]
fn counts_of_places_that_grew_are_no_levels() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "2024年,全省9个市州增速高于全省平均,恩施、黄石等6个市州实现两位数增长。\n\
         2024年,人工智能、新型材料等10条制造业产业链营收实现两位数增长,建成5个国家级先进制造业集群。\n",
        &opts,
    );
    for v in [9.0, 6.0, 10.0] {
        assert!(
            reviewed_as(&c, v, crate::extract::ReviewKind::NotALevel, "categories"),
            "{v}: {c:?}"
        );
    }
    assert!(written_for(&c, 2024, 5.0), "{c:?}");
}
