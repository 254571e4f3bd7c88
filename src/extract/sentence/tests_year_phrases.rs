//! Unit tests of year phrases (issue 32): those that date nothing that follows (a period that
//! describes a noun, a base of comparison, a period being planned for), those that count from a
//! start (a year a span starts from, a count since a period), and the whole year (`全年`) and that
//! year (`当年`) — each from a sentence of a development document (`seeds/plans/dev/docs/`).

use super::tests_tense::{read_with, written};
use super::*;

/// 185 赤峰: in a work report's review, `东北电网“十四五”期间投资最大的单体项目…竣工投运` names a
/// period to describe a project; the figures after it are the reviewed year's, not the period's
/// goals.
#[test]
fn a_period_describing_a_noun_is_no_time() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "一、2024年工作回顾\n玉龙机场旅客吞吐量突破200万大关。东北电网“十四五”期间投资最大的单体项目巴林—奈曼—阜新500千伏输变电工程竣工投运。5个园区成功认定自治区级化工园区。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(5.0))
        .collect();
    assert_eq!(got, [(Some(2024), Role::Baseline, Some(5.0))], "{c:?}");
}

/// 2985 临沧 (a page of 2022 on the first quarter): `采摘面积达157万亩,去年同期增6万亩。毛茶产量1.26万吨`
/// — `去年同期` before a change is the comparison's base with its `比` left out, not the year of the
/// figures after it.
#[test]
fn the_same_time_last_year_before_a_change_is_a_base() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "2022年一季度,我市春茶总体呈现“采摘面积扩大、产量产值增加”的态势。全市茶园种植面积173.4万亩,采摘面积达157万亩,去年同期增6万亩。毛茶产量1.26万吨,比去年同期增0.49万吨。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(1.26))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(1.26))], "{c:?}");
}

/// 3079 陕西 (news of 2022): `自2011年至今年复合增长率超过30%` reads `至今` then `年复合增长率` — a
/// rate up to now, no `今年` goal of the page's year.
#[test]
fn up_to_now_before_an_annual_rate_is_no_this_year() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "陕西半导体产业发展迅速,自2011年至今年复合增长率超过30%,聚集了半导体企业、科研院所及相关机构270余家。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(30.0))
        .collect();
    assert_eq!(got, [(Some(2022), Role::Baseline, Some(30.0))], "{c:?}");
}

/// 182 中山 (a page dated `12月9日` with no year): `2021年起,中山将…` says from when a policy runs,
/// not the year of what the next line has reached; those figures stay for review.
#[test]
fn from_a_year_on_dates_no_later_figure() {
    let c = read_with(
        "12月9日,据中山市工业和信息化局消息,截至目前,中山累计规上数字化转型企业达4820家。\n\
         2021年起,中山将制造业数字化转型作为战略支点。\n\
         中山已培育世界级“灯塔工厂”1个、国家级5G工厂2个、国家级绿色工厂21个。\n",
        &ExtractOptions::new("r"),
    );
    assert!(
        c.iter().all(|c| c.year != Some(2021) || c.review.is_some()),
        "{c:?}"
    );
}

/// 243 克拉玛依: `“十四五”以来` counts from the period's start to the page's year — not the
/// period's end; on an undated page that year is for review.
#[test]
fn since_a_five_year_period_counts_to_the_page() {
    let text = "戴震坤说,“十四五”以来,克拉玛依市建成了6座数据中心。\n";
    let c = read_str(text, Period::default(), &ExtractOptions::new("r"));
    assert!(c[0].review.is_some(), "{:?}", c[0]);
    let c = read_str(
        text,
        Period::default(),
        &ExtractOptions::new("r").published(2024),
    );
    assert_eq!(
        (c[0].year, c[0].role),
        (Some(2024), Role::Baseline),
        "{:?}",
        c[0]
    );
    assert!(c[0].review.is_none());
}

/// 595 邵阳: `在2010年的基础上翻了一番` measures a figure against 2010; it dates nothing, and the
/// figures after it keep the year the sentence before gave (2015).
#[test]
fn a_base_of_comparison_after_zai_is_no_time() {
    let c = read_with(
        "2015年GDP总量为1387亿元。财政总收入达到131.05亿元,在2010年的基础上翻了一番,年均增长20.6%。城镇居民可支配收入21070元,年均增长11.4%。",
        &ExtractOptions::new("r"),
    );
    let income = c.iter().find(|c| c.value == Some(21070.0)).expect("income");
    assert_eq!((income.year, income.role), (Some(2015), Role::Baseline));
    let revenue = c.iter().find(|c| c.value == Some(20.6)).expect("rate");
    assert_eq!(revenue.year, Some(2015));
}

/// 618 平顶山 (a mirror of a news page on the work report of 2025): `今年是“十四五”规划收官之年、
/// 谋划“十五五”发展之年` plans for the next period; its goals after `主要预期目标是:` are this
/// year's (2025), not the next period's end.
#[test]
fn a_period_being_planned_for_is_no_time() {
    let got = extracted_rows(
        "我市2025年工作總體要求和主要目標確定\n\
         報告指出,今年是“十四五”規劃收官之年、謀劃“十五五”發展之年,也是進一步全面深化改革的重要一年。\n\
         主要預期目標是:研發經費投入強度2%以上,規上工業增加值增長7.5%以上。\n",
        &ExtractOptions::new("r"),
    );
    assert_eq!(
        got,
        [
            (Some(2025), Role::Target, Some(2.0)),
            (Some(2025), Role::Target, Some(7.5))
        ],
        "{got:?}"
    );
}

/// 234 蚌埠, 239 三亚: `全年` is the whole of the year the line named before it (`2024年,…。预计,
/// 全年地区生产总值增长5.4%左右` on a page of 2025 is an estimate of 2024), and `这一年` (that
/// year) the year the text named last.
#[test]
fn the_whole_year_and_that_year_are_the_year_named() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_str(
        "2024年,蚌埠经济稳定向上。预计,全年地区生产总值增长5.4%左右,固定资产投资增长4%。\n",
        Period::default(),
        &opts,
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(5.4)),
            (Some(2024), Role::Baseline, Some(4.0)),
        ]
    );
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_str(
        "2021年,三亚经济稳增长趋势明显,全年全市地区生产总值835.37亿元,比2020年增长12.1%。\n\
         2022年12月25日至31日,三亚海关共计监管离岛免税销售5.9亿元。\n\
         这一年,三亚实际利用外资同比增长57.7%;\n",
        Period {
            base_year: Some(2022),
            start_year: Some(2023),
            end_year: Some(2023),
        },
        &opts,
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2021), Role::Baseline, Some(835.37)),
            (Some(2021), Role::Baseline, Some(12.1)),
            (Some(2022), Role::Baseline, Some(5.9)),
            (Some(2022), Role::Baseline, Some(57.7)),
        ]
    );
}

/// 252 运城 (a report of 2023's results on a page of 2024): a sentence that opens on `全年` or
/// `年末` with no year of its own is the year the text named last.
#[test]
fn the_whole_year_in_a_report_is_the_year_named_last() {
    let c = read_str(
        "2023年,全市地区生产总值2329.9亿元,同比增长5.6%。\n\
         财政金融支持有力。全年全市一般公共预算收入完成124.6亿元,同比增长10.0%。年末全市金融机构本外币各项存款余额4073.5亿元,比年初增长10.9%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2024),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2023), Role::Baseline, Some(2329.9)),
            (Some(2023), Role::Baseline, Some(5.6)),
            (Some(2023), Role::Baseline, Some(124.6)),
            (Some(2023), Role::Baseline, Some(10.0)),
            (Some(2023), Role::Baseline, Some(4073.5)),
            (Some(2023), Role::Baseline, Some(10.9)),
        ]
    );
}

/// 677 池州 (a mirror of a news page of 2021): `2000年撤地建市` is when the city was founded; the
/// area and population after it are of no year the page states, so they go to review.
#[test]
fn the_year_a_place_was_founded_dates_nothing() {
    let c = read_with(
        "池州,位于安徽省西南部,2000年撤地建市,下辖贵池区和东至、石台、青阳3县,面积8399平方公里,人口161.6万人。\n",
        &ExtractOptions::new("r"),
    );
    assert_eq!(written(&c), [], "{c:?}");
    assert!(
        c.iter()
            .any(|c| c.value == Some(8399.0) && c.year.is_none() && c.review.is_some()),
        "{c:?}"
    );
}

/// 682 丹东 and 386 柳州 (pages of 2024 and 2023 on 75 years of a city): a year of the last century
/// (`1978年`, `1979年`) dates its figures as any other year does, not the page's.
#[test]
fn a_year_of_the_last_century_dates_its_figure() {
    let c = read_with(
        "国民经济持续快速增长。经过长期努力,1978年,全市地区生产总值达到13.13亿元。改革开放以来,丹东综合实力持续提升。2023年,地区生产总值达945.2亿元。\n\
         改革开放以后,全市经济快速发展,1979年全市经济总量突破10亿元,1993年经济总量突破100亿元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    assert_eq!(
        written(&c),
        [
            (Some(1978), Role::Baseline, Some(13.13)),
            (Some(2023), Role::Baseline, Some(945.2)),
            (Some(1979), Role::Baseline, Some(10.0)),
            (Some(1993), Role::Baseline, Some(100.0)),
        ],
        "{c:?}"
    );
}

/// 725 遂川 (a page of 2024 on an industrial park): `成立于1995年`, `2006年被批准为省级工业园区` are
/// when the park was founded and raised in rank; the areas after them are of no year the page
/// states, so they go to review.
#[test]
fn the_year_a_park_was_founded_or_raised_in_rank_dates_nothing() {
    let c = read_with(
        "遂川工业园区成立于1995年,2006年被批准为省级工业园区,规划区总面积约3.2万亩,建成面积1.23万亩。\n",
        &ExtractOptions::new("r").published(2024),
    );
    assert_eq!(written(&c), [], "{c:?}");
    assert!(
        c.iter()
            .any(|c| c.value == Some(3.2) && c.year.is_none() && c.review.is_some()),
        "{c:?}"
    );
}

/// 738 江阴 (a page of 2021): `到去年底,全市高新技术企业达650家` is what last year's end
/// reached — a baseline of 2020, not a goal for the end of this year.
#[test]
fn the_end_of_last_year_is_past() {
    let opts = ExtractOptions::new("r").published(2021);
    let c = read_with(
        "“十三五”期间,江阴累计推动149个省市重点工业项目开工建设。到去年底,全市高新技术企业达650家。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(650.0))
        .collect();
    assert_eq!(got, [(Some(2020), Role::Baseline, Some(650.0))], "{c:?}");
}

/// 755 椒江 (an analysis of 2021 on a page of 2022): `一季度、上半年、前三季度和全年GDP增速分别为
/// 18.8%…` after `2021年全区实现生产总值…` in the same paragraph are the months of 2021, the
/// paragraph's year — not of the year the page was published.
#[test]
fn months_take_the_year_their_paragraph_names() {
    let opts = ExtractOptions::new("r").published(2022);
    let c = read_with(
        "根据地区生产总值统一核算结果,2021年全区实现生产总值752.14亿元,比上年增长6.2%。从增长走势来看,一季度、上半年、前三季度和全年GDP增速分别为18.8%、9.6%、8.7%和6.2%,呈现稳中趋缓的态势。\n",
        &opts,
    );
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(18.8))
        .collect();
    assert_eq!(got, [(Some(2021), Role::Baseline, Some(18.8))], "{c:?}");
}

/// 610 浏阳 and 524 徐汇 (pages of 2025 presenting a five-year record at a press conference):
/// `规模工业企业增至932家`, stating no year, may be the period's total, its last full year's
/// or the page's — for review; `已集聚1500余家人工智能企业` is a stock reached now, the page's
/// year.
#[test]
fn a_periods_record_leaves_an_undated_figure_for_review() {
    let opts = ExtractOptions::new("r").published(2025);
    let text = "11月28日,“长沙‘十四五’答卷”系列主题新闻发布会举办浏阳市专场。\n\
                浏阳坚持产业立市。规模工业企业增至932家,A股上市企业增至9家。\n\
                浏阳已集聚1500余家人工智能企业。\n";
    let c = read_with(text, &opts);
    let at = |v: f64| c.iter().find(|c| c.value == Some(v)).expect("read");
    assert!(at(932.0).review.is_some(), "{c:?}");
    assert!(at(9.0).review.is_some(), "{c:?}");
    assert_eq!(
        (
            at(1500.0).year,
            at(1500.0).role,
            at(1500.0).review.is_none()
        ),
        (Some(2025), Role::Baseline, true)
    );
    // The same figures in a report that presents no period's record are the page's.
    let plain =
        "记者了解到,浏阳坚持产业立市。规模工业企业增至932家,A股上市企业增至9家,同比增长12%。\n";
    let c = read_with(plain, &opts);
    assert!(
        written(&c).contains(&(Some(2025), Role::Baseline, Some(932.0))),
        "{c:?}"
    );
}

/// 806 高县 (an undated work report): `未来五年的主要目标是:全县地区生产总值达350亿元以上` —
/// five years from when? Not the end year another goal of the text names (`到2026年`): for
/// review. A goal after `到2026年` keeps its year.
#[test]
fn goals_of_the_five_years_ahead_on_an_undated_page_are_for_review() {
    // The whole pipeline: the text's latest goal year (2026) is its end year.
    let x = crate::extract::extract(
        "未来五年的主要目标是:全县地区生产总值达350亿元以上,年均增长12%以上。\n到2026年,建成高标准农田8.5万亩。\n"
            .as_bytes(),
        &ExtractOptions::new("r"),
    )
    .expect("extracts");
    let c: Vec<Candidate> = x.data().chain(x.for_review()).cloned().collect();
    let at = |v: f64| c.iter().find(|c| c.value == Some(v)).expect("read");
    assert!(at(350.0).review.is_some(), "{c:?}");
    assert!(at(12.0).review.is_some(), "{c:?}");
    assert_eq!(
        (at(8.5).year, at(8.5).role, at(8.5).review.is_none()),
        (Some(2026), Role::Target, true)
    );
}

/// 842 太原: `年内` in news of a plan to 2025 on a page of 2023 is within this year, the page's —
/// as `今年` — not the plan's end year.
#[test]
fn within_the_year_is_the_pages_year_in_news_of_a_longer_plan() {
    let c = super::tests_names::read_with(
        "到2025年,全市数字经济核心产业增加值达到500亿元。年内数字经济高新技术企业达到1500家以上。\n",
        &ExtractOptions::new("r").published(2023),
    );
    assert!(
        c.iter().any(|c| c.review.is_none()
            && c.value == Some(1500.0)
            && c.year == Some(2023)
            && c.role == Role::Target),
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|c| c.review.is_none() && c.value == Some(500.0) && c.year == Some(2025)),
        "{c:?}"
    );
}

/// 994 昭通 (news of the “十三五” results): `昭通新机场获得批复,预计2021年4月开工建设,预计2023年建成
/// 投用。昭通机场航线从1条拓展到10条` — a project's expected dates in an earlier sentence date that
/// project only: the routes are the period's result, not 2023's.
#[test]
fn a_projects_expected_date_dates_only_its_own_sentence() {
    let c = read_with(
        "“十三五”时期,昭通在民航发展方面取得突破性成就。昭通新机场获得批复,预计2021年4月开工建设,预计2023年建成投用。昭通机场航线从1条拓展到10条。\n",
        &ExtractOptions::new("r"),
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(10.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2020), Role::Baseline)], "{c:?}");
    // A figure in the sentence of the date keeps it.
    let c = read_with(
        "新机场预计2023年建成投用,年旅客吞吐量达到120万人次。\n",
        &ExtractOptions::new("r"),
    );
    assert!(
        c.iter()
            .any(|c| c.value == Some(120.0) && c.year == Some(2023)),
        "{c:?}"
    );
}

/// 1092 临沧 and 1312 重庆 (pages of 2025 on the 十四五's record): `“十四五”前四年…年均增长4.8%`
/// ends with the period's fourth year, and `截至2024年,“十四五”期间…年均增长20.3%` with the year
/// that closes the span — not with the period's end, 2025.
#[test]
fn the_first_years_of_a_period_and_a_closed_span_end_before_it() {
    let opts = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "“十四五”以来,我市始终抓牢重大项目建设。“十四五”前四年固定资产投资年均增长4.8%。\n\
         电信业务保持较快增长,截至2024年,“十四五”期间我市电信业务总量年均增长20.3%,电信业务收入年均增长7.6%。\n",
        &opts,
    );
    let got: Vec<_> = written(&c).into_iter().map(|w| (w.0, w.1, w.2)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(4.8)),
            (Some(2024), Role::Baseline, Some(20.3)),
            (Some(2024), Role::Baseline, Some(7.6)),
        ],
        "{c:?}"
    );
}

/// 778 岚县 (an undated page that opens `2025年,作为“十四五”规划的收官之年`): the text speaks from
/// 2025, and `1—11月,…完成24.3亿元` and `;前三季度…达62.4亿元` are months of that year — results.
/// With no year on the page they stay for review.
#[test]
fn months_opening_a_clause_are_of_the_year_the_page_speaks_from() {
    let body = "面对复杂多变的发展环境,岚县交出了一份稳中有进的经济答卷。1—11月,全县固定资产投资完成24.3亿元;前三季度地区生产总值达62.4亿元。\n";
    let text =
        format!("2025年,作为“十四五”规划的收官之年,岚县在转型发展的关键赛道上步履铿锵。\n{body}");
    let c = read_with(&text, &ExtractOptions::new("r"));
    assert_eq!(
        written(&c),
        [
            (Some(2025), Role::Baseline, Some(24.3)),
            (Some(2025), Role::Baseline, Some(62.4)),
        ],
        "{c:?}"
    );
    let c = read_with(body, &ExtractOptions::new("r"));
    assert!(written(&c).is_empty(), "{c:?}");
}

/// 1393 如东 (a page of 2025): `4月8日,江苏如东举办一季度项目集中签约活动,30个总投资约184亿元的项目
/// 现场签约` tells what happened on a day of the page's year, and `如东拥有4555平方公里海域面积` what
/// the place has now; with no page year both stay for review.
#[test]
fn a_day_of_no_year_and_what_a_place_has_are_of_the_pages_year() {
    let text = "4月8日,江苏如东举办一季度项目集中签约活动,30个总投资约184亿元的项目现场签约。\n如东拥有4555平方公里海域面积、86公里黄金海岸线。\n";
    let got = |opts: &ExtractOptions| -> Vec<_> {
        read_with(text, opts)
            .iter()
            .filter(|c| matches!(c.value, Some(v) if v == 184.0 || v == 4555.0))
            .filter(|c| c.review.is_none())
            .map(|c| (c.year, c.role, c.value))
            .collect()
    };
    assert_eq!(
        got(&ExtractOptions::new("r").published(2025)),
        [
            (Some(2025), Role::Baseline, Some(184.0)),
            (Some(2025), Role::Baseline, Some(4555.0)),
        ]
    );
    assert!(got(&ExtractOptions::new("r")).is_empty());
}

/// 1401 山东 (a page of 2024): `争取明年底规模突破2.4万亿元` is a goal of next year's end, 2025 — not
/// of this year's end, which `年底` alone would be.
#[test]
fn next_years_end_is_the_year_after_the_pages() {
    let c = read_with(
        "全省信息技术产业营收突破2万亿元,争取明年底规模突破2.4万亿元。\n",
        &ExtractOptions::new("r").published(2024),
    );
    let goal: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(2.4))
        .map(|c| (c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(goal, [(Some(2025), Role::Target, true)], "{c:?}");
}

/// 1563 兴平 (a plan execution report of 2024): `“十四五”前半期,全市GDP年均增长7.4%` on the plan's
/// mid-term evaluation is the first half of the period, to its third year (2023) — reached, not a
/// goal of the period's end.
#[test]
fn the_first_half_of_a_period_ends_with_its_third_year() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "(一)抓政策落实,稳增长各项工作有序推进。科学实施“十四五”规划中期评估,规划指标基本达到预期。“十四五”前半期,全市GDP年均增长7.4%,超出预期0.4个百分点。\n",
        &opts,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value == Some(7.4))
        .map(|c| (c.year, c.role, c.review.is_none()))
        .collect();
    assert_eq!(got, [(Some(2023), Role::Baseline, true)], "{c:?}");
}

/// 1554 贵州 (news of the work report of 2024): the year a share is of (`分别恢复到2019年的113%、
/// 119%和105%`) dates neither those shares nor the next sentence's figure, which is the year the
/// report reviews.
#[test]
fn the_year_a_share_is_of_dates_nothing_after_it() {
    let opts = ExtractOptions::new("r").published(2024);
    let c = read_with(
        "报告指出,去年贵州旅游业加快复苏,全省旅游人次、旅游总收入、游客人均花费分别恢复到2019年的113%、119%和105%。社会消费品零售总额增长5.9%。\n",
        &opts,
    );
    assert!(c.iter().all(|c| c.year != Some(2019)), "{c:?}");
    let got: Vec<_> = written(&c)
        .into_iter()
        .filter(|w| w.2 == Some(5.9))
        .collect();
    assert_eq!(got, [(Some(2023), Role::Baseline, Some(5.9))], "{c:?}");
}

/// 1600 漾濞 (a county's work report of 2023), 796 西峰: a year in brackets that close before the
/// figure (`一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上`) dates nothing after
/// them; the goals the line announces stay the year it names (2023).
#[test]
fn a_year_in_closed_brackets_dates_nothing_after_them() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上;规模以上工业增加值增长15%以上。\n",
        &opts,
    );
    let years: Vec<_> = written(&c).into_iter().map(|w| (w.2, w.0)).collect();
    assert_eq!(
        years,
        [
            (Some(8.0), Some(2023)),
            (Some(3.0), Some(2023)),
            (Some(6.0), Some(2023)),
            (Some(15.0), Some(2023))
        ],
        "{c:?}"
    );
}

/// 1635 浙江 (news of 2024 under the goal `力争全年…增长9%左右`): `2024年上半年,…增长9.6%,…覆盖率达
/// 79.4%` reports a part of the year gone by — results, dated like a month, even where a goal of
/// 2027 quoted below makes the page read as a plan (`2024年下半年` would not be).
#[test]
fn a_part_of_a_named_year_gone_by_reports_results() {
    let text = "浙江:力争全年数字经济核心产业增加值增长9%左右\n发布时间:2024-11-24 23:51:08\n据会议消息,2024年上半年,浙江全省重点传统制造业增加值增长9.6%,规上工业企业数字化改造覆盖率达79.4%。\n今年4月,《浙江省推动大规模设备更新和消费品以旧换新2024年重点工作任务清单》就提出“到2027年规上工业企业数字化改造实现全覆盖”。\n";
    let x = crate::extract::extract(text.as_bytes(), &ExtractOptions::new("r")).expect("extracts");
    let got: Vec<_> = x
        .data()
        .filter(|c| matches!(c.value, Some(v) if v > 9.5))
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(9.6)),
            (Some(2024), Role::Baseline, Some(79.4))
        ],
        "{:?}",
        x.candidates
    );
}

/// 1093 吉首 (the proposal for the 15th plan, December 2025): `预计2025年突破251亿关口` estimates
/// the year the page speaks from — the plan's base year — and is reached, not a milestone of
/// 2026–2030; `2030年,…力争…` stays a goal.
#[test]
fn an_estimate_of_the_pages_own_year_is_reached() {
    let text = "中共吉首市委关于制定吉首市国民经济和社会发展第十五个五年规划的建议\n地区生产总值从2020年的196.08亿元增长至2024年的242.33亿元,预计2025年突破251亿关口。\n2030年,全市地区生产总值力争达到330亿元。\n";
    let opts = ExtractOptions::new("r").published(2025);
    let x = crate::extract::extract(text.as_bytes(), &opts).expect("extracts");
    let got: Vec<_> = x
        .data()
        .filter(|c| matches!(c.value, Some(v) if v > 250.0))
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(251.0)),
            (Some(2030), Role::Target, Some(330.0))
        ],
        "{:?}",
        x.candidates
    );
}

/// 2128 (news of the national work report of 2026, a traditional mirror): the heading
/// `二、「十五五」時期主要目標和重大任務` dates the goals under it by the plan's last year, 2030;
/// the next heading, `三、2026 年經濟社會發展總體要求`, dates its own; a heading of the goals'
/// review (`“十四五”主要目标完成情况`) dates nothing ahead.
#[test]
fn a_heading_of_a_five_year_plans_goals_dates_them() {
    let opts = ExtractOptions::new("r").published(2026);
    let c = read_with(
        "一、2025年工作回顾\n過去 5 年\n國內生產毛額年均增長 5.4%\n二、「十五五」時期主要目標和重大任務\n全社會研發經費投入年均增長 7% 以上\n數位經濟核心產業增加值佔國內生產毛額比重達到 12.5%\n三、2026 年經濟社會發展總體要求和政策取向\n經濟增長 5% 左右\n",
        &opts,
    );
    let got = written(&c);
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(5.4)),
            (Some(2030), Role::Target, Some(7.0)),
            (Some(2030), Role::Target, Some(12.5)),
            (Some(2026), Role::Target, Some(5.0)),
        ]
    );
    assert_eq!(marks::heading_year("二、“十四五”时期主要目标"), Some(2025));
    assert_eq!(marks::heading_year("二、“十四五”主要目标完成情况"), None);
}

/// 2215 合肥 (the work report of 2025, a traditional mirror): `2025年是“十四五”收官之年,也是“十五五”
/// 謀劃之年。…` names the next plan as one being drawn up — no time for the goals after it
/// (`經濟社會發展主要預期目標:地區生產總值增長5.5%以上` is a goal of 2025, not of 2030).
#[test]
fn a_five_year_plan_being_drawn_up_is_no_time() {
    let opts = ExtractOptions::new("r");
    let c = read_with(
        "2025年是“十四五”收官之年,也是“十五五”謀劃之年。全市上下堅持穩中求進工作總基調。\n經濟社會發展主要預期目標:地區生產總值增長5.5%以上,固定資產投資增長3%以上。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [
            (Some(2025), Role::Target, Some(5.5)),
            (Some(2025), Role::Target, Some(3.0)),
        ],
        "{c:?}"
    );
}

/// 2128 (news of the national work report of 2026, a mirror in Taiwan's usage): the heading
/// `二、「十五五」時期主要目標和重大任務` names the goals of a period ahead — no past year, so the
/// page's base year is not taken from it (it was 2026, and the year's goals under
/// `三、2026 年…` were read as results); `“十三五”时期` still looks back.
#[test]
fn a_periods_goals_are_no_past() {
    let goals = marks::year_marks("二、“十五五”时期主要目标和重大任务", Period::default());
    assert_eq!(
        goals
            .iter()
            .map(|m| (m.year, m.baseline))
            .collect::<Vec<_>>(),
        [(2030, Some(false))]
    );
    let review = marks::year_marks("“十三五”时期,全市地区生产总值年均增长7%", Period::default());
    assert_eq!(
        review
            .iter()
            .map(|m| (m.year, m.baseline))
            .collect::<Vec<_>>(),
        [(2020, Some(true))]
    );
}

/// 2629 贵州 (news of a province's water plans, a page of 2023): a clause opening on `本年,` is this
/// year's, as `今年,` is (`本年,我省将建造水网连通工程1000公里以上` is a goal of 2023); `本年` not
/// followed by a comma (`本年累计`) is left as it was.
#[test]
fn a_clause_opening_on_this_year_in_other_words_is_this_years() {
    let opts = ExtractOptions::new("r").published(2023);
    let c = read_with(
        "本年,我省将建造水网连通工程1000公里以上,健全完善水网骨架。\n",
        &opts,
    );
    assert_eq!(
        written(&c),
        [(Some(2023), Role::Target, Some(1000.0))],
        "{c:?}"
    );
    let c = read_with("本年累计建造水网连通工程1000公里。\n", &opts);
    assert!(c.iter().any(|c| c.value == Some(1000.0)), "{c:?}");
    assert!(c.iter().all(|c| c.year != Some(2023)), "{c:?}");
}
