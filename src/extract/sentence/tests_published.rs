//! Unit tests of the year rules that read the page's publication year (issue 32, round d on):
//! a report's figures with no year, last year, now, a dateline, a work report's news page — each
//! from a sentence of a development document (`seeds/plans/dev/docs/`).

use super::tests_reports::{brief, read_text, read_with};
use super::*;

pub(super) fn read_published(text: &str, published: i32) -> Vec<Candidate> {
    let opts = ExtractOptions::new("r").published(published);
    read_with(text, Period::default(), &opts)
}

/// 052 湖南 (湖南日报, "9月11日讯", no year in the text; the page's address says 2023-09-12):
/// given the publication year, a report's figures with no year are that year's.
#[test]
fn a_report_takes_the_callers_publication_year() {
    let text = "湖南日报9月11日讯 记者今天从省工信厅获悉,湖南深入实施5G应用“扬帆”行动,目前全省5G用户规模突破3000万户,达3026万户,5G个人用户普及率达到44.6%。\n";
    let c = read_text(text, Period::default());
    assert!(c.iter().all(|c| c.review.is_some()), "{c:?}");
    let c = read_published(text, 2023);
    let got: Vec<_> = c.iter().map(brief).collect();
    assert!(
        got.contains(&(
            "5G个人用户普及率",
            Some(2023),
            Role::Baseline,
            Some(44.6),
            true
        )),
        "{got:?}"
    );
}

/// 057 河北, on a page of 2025: `去年` is 2024 — in the figure's sentence or in an earlier
/// sentence of its line; `比去年` is a comparison's base, not a time.
#[test]
fn last_year_is_the_year_before_publication() {
    let c = read_published(
        "去年,河北省信息通信业基础设施建设实现新跨越,通信网络供给能力日益提升。完成固定资产投资150亿元,居全国第6位。\n\
         电信业务总量和用户规模实现新增长。去年,河北省电信业务总量累计达到786.5亿元。\n",
        2025,
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (
                "固定资产投资",
                Some(2024),
                Role::Baseline,
                Some(150.0),
                true
            ),
            (
                "河北省电信业务总量累计",
                Some(2024),
                Role::Baseline,
                Some(786.5),
                true
            ),
        ],
        "{c:#?}"
    );
    let marks = year_marks_in(
        "全省电信业务收入比去年增长5.1%",
        Period::default(),
        Some(2025),
    );
    assert!(marks.is_empty(), "{marks:?}");
}

/// 051 湖南: a sentence of what is done (`已发布`) with no year, on a page dated 2020, states the
/// state when it was published; undated, it goes to review.
#[test]
fn done_with_no_year_is_when_the_page_was_published() {
    let text = "5G应用创新领域不断拓展。我省已发布30个5G典型应用场景,主要集中于工业互联网、自动驾驶等领域。\n";
    let c = read_published(text, 2020);
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [(
            "5G典型应用场景",
            Some(2020),
            Role::Baseline,
            Some(30.0),
            true
        )],
        "{c:#?}"
    );
    assert!(read_text(text, Period::default())
        .iter()
        .all(|c| c.review.is_some()));
}

// Round e (2026-12-04): rules from development documents 065, 072, 074 and 075.

/// 074 东莞: `到“十四五”期末,东莞将实现…,数字经济核心产业规模将突破1.3万亿元` on a page of 2022: by
/// the end of a five-year period is a goal, even with no plan period known.
#[test]
fn by_the_end_of_a_five_year_period_is_a_goal() {
    let c = read_with(
        "东莞勾勒出数字经济未来发展的新目标、新蓝图:到“十四五”期末,东莞数字经济核心产业规模将突破1.3万亿元,数字经济核心产业增加值占GDP比重达23%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2022),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Target, Some(1.3)),
            (Some(2025), Role::Target, Some(23.0)),
        ]
    );
}

/// 075 大同: a government work report's review section `一、2024年工作回顾` dates what it
/// reports (2024), not the year the report was delivered (2025).
#[test]
fn a_heading_that_names_a_year_dates_its_review() {
    let c = read_with(
        "一、2024年工作回顾\n过去一年,全市累计投运服务器68万台。全市电力总装机达到1755万千瓦。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(68.0)),
            (Some(2024), Role::Baseline, Some(1755.0)),
        ]
    );
}

/// 2116 凤鸣街道 (a report delivered in January 2025): under `一、2024年工作回顾`, a review drafted
/// before its year was over says `今年以来` and `预计全年` of 2024, the year it reviews — not of
/// 2025. The part after the next heading of its rank speaks from 2025 again.
#[test]
fn this_year_in_a_review_headed_by_its_year_is_that_year() {
    let c = read_with(
        "一、2024年工作回顾\n2024年是凤鸣街道产业结构转型升级的关键之年。今年以来,我们扎实推动经济工作,预计全年实现地区生产总值44.8亿元,同比增长6.67%。\n二、2025年工作安排\n今年,力争实现地区生产总值增长6%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(44.8)),
            (Some(2024), Role::Baseline, Some(6.67)),
            (Some(2025), Role::Target, Some(6.0)),
        ]
    );
}

/// 065 黎平, 072 甘肃: `目前` after a year phrase in the same sentence speaks of when the page
/// was published (2023), through the `；` of its enumeration; a sentence without it keeps the
/// year phrase's year (2022).
#[test]
fn now_after_a_year_phrase_is_when_the_page_was_published() {
    let c = read_with(
        "2022年,全省电子信息产业主营业务收入增长11%。目前,全省已建成5G基站5.4万个;建成投运数据中心超过38个。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2023),
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2022), Role::Baseline, Some(11.0)),
            (Some(2023), Role::Baseline, Some(5.4)),
            (Some(2023), Role::Baseline, Some(38.0)),
        ]
    );
}

/// 080 湖北: a figure with no name after a clause that names the subject and states no figure
/// is the subject's; the stretch value after it (`力争达到`) is the same indicator's, noted.
#[test]
fn an_unnamed_figure_takes_the_subject_of_the_clause_before_it() {
    let c = read_text(
        "到2024年底,数字经济核心产业增加值实现翻番,达到5500亿元,力争达到5800亿元,基本建成全国数字产业化引领区。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (
                "数字经济核心产业增加值",
                Some(2024),
                Role::Target,
                Some(5500.0),
                true
            ),
            (
                "数字经济核心产业增加值(力争)",
                Some(2024),
                Role::Target,
                Some(5800.0),
                true
            ),
        ]
    );
    // A clause before it with a figure of another unit lends no name.
    let c = read_text(
        "到2024年底,建成5G基站3万个,达到5500亿元。\n",
        Period::default(),
    );
    assert!(
        c.iter()
            .all(|c| c.value != Some(5500.0) || c.review.is_some()),
        "{c:?}"
    );
}

/// 071 西藏 (undated page): `今年` is the page's year, which nothing dates — the year of a
/// `“十四五”时期` an earlier paragraph looks ahead to is not it; such figures go to review.
#[test]
fn this_year_on_an_undated_page_takes_no_earlier_year() {
    let c = read_text(
        "截至目前,我国已建成5G基站超过115万个。“十四五”时期将是5G网络的大规模建设期,通过系统性解决方案践行绿色低碳。\n\
         1. 西藏今年计划新建5G基站3000个\n\
         今年,西藏将不断提升信息通信服务供给能力,到年底新建5G基站3000个。\n\
         据介绍,今年积极推进低频5G网络在西藏布局。有序部署千兆光网,争取百兆宽带用户占比超过95%,千兆宽带用户达到1.5万户。\n",
        Period::default(),
    );
    assert!(c.len() >= 4, "{c:?}");
    for x in &c {
        assert!(x.review.is_some() && x.year != Some(2025), "{:?}", brief(x));
    }
}

/// 077 丰台: a period the sentence looks ahead to (`在“十四五”期间将逐步释放`) is a goal's, not a
/// past period's, even with no period of the text's own.
#[test]
fn a_period_looked_ahead_to_is_no_past() {
    let c = read_text(
        "园博数字经济产业园、丽泽金融商务区等重点功能区在“十四五”期间将逐步释放1000万平方米的高端产业空间。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(|x| (x.year, x.role, x.value)).collect();
    assert_eq!(got, [(Some(2025), Role::Target, Some(1000.0))]);
}

/// 088 呼和浩特: a `目前` earlier in the sentence dates every figure of its enumeration, `；`
/// included, on a page of a known year — also in a plan, not only in a report.
#[test]
fn now_earlier_in_the_sentence_dates_its_enumeration() {
    let options = ExtractOptions::new("r").published(2025);
    let c = read_with(
        "呼和浩特市是国家大数据综合试验区核心区,目前全市总算力规模突破5.4万P,绿色算力指数全国第一;建成投用国家互联网骨干直联点,省际互联网总出口带宽达5.898Gbps;已落地大型数据中心44个。\n",
        Period { base_year: None, end_year: Some(2027), start_year: None },
        &options,
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.value.is_some())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(2025), Role::Baseline, Some(5.4)),
            (Some(2025), Role::Baseline, Some(5.898)),
            (Some(2025), Role::Baseline, Some(44.0)),
        ]
    );
}

/// 086 (a county's work report): the name of a figure follows a colon
/// (`主要预期目标是:全县地区生产总值增长8%左右`).
#[test]
fn a_name_follows_a_colon() {
    let c = read_text(
        "2024年经济社会发展主要预期目标是:全县地区生产总值增长8%左右。\n",
        Period::default(),
    );
    assert_eq!(c[0].name_zh, "全县地区生产总值增长");
}

/// 092 乌鲁木齐 (a page of 2020): a sentence dated by `截至` reports through its enumeration, and
/// this year's figure in it (`其中,今年建成…`) is reached, not aimed at.
#[test]
fn a_sentence_as_of_a_date_reports_through_its_enumeration() {
    let options = ExtractOptions::new("r").published(2020);
    let c = read_with(
        "记者5日从新疆通信管理局获悉,截至6月30日,乌鲁木齐市已建设5G基站2379个,其中,今年建成5G基站1861个。\n",
        Period::default(),
        &options,
    );
    let got: Vec<_> = c.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert_eq!(
        got,
        [
            (Some(2020), Role::Baseline, Some(2379.0)),
            (Some(2020), Role::Baseline, Some(1861.0)),
        ]
    );
}

/// 188 长治, 144 菏泽, 173 斗门: how much of a plan was done (`完成率124.2%`, `占年度计划的111.2%`)
/// is no indicator's level — review (the corpus convention since round p).
#[test]
fn a_completion_ratio_goes_to_review() {
    let c = read_str(
        "2022年高标准农田建设考核指标23.1万亩,完成28.69万亩,完成率124.2%。\n\
         2024年,537个重点项目完成投资306亿元,占年度计划的111.2%。\n",
        Period::default(),
        &ExtractOptions::new("r").published(2025),
    );
    let pct: Vec<_> = c.iter().filter(|c| c.unit == "%").collect();
    assert_eq!(pct.len(), 2, "{c:?}");
    assert!(pct.iter().all(|c| c
        .review
        .as_ref()
        .is_some_and(|r| r.kind == crate::extract::ReviewKind::NotALevel
            && r.why.contains("completion ratio"))));
}

/// 370 黄冈, 239 三亚 (news pages of January): a page presenting a government work report
/// reviews the year before the page where it reports (`市场主体达到77.5万户`), and sets that
/// year's goals where it proposes them (`并提出:地区生产总值增长10%左右`).
#[test]
fn a_work_report_news_page_reviews_the_year_before() {
    let c = read_str(
        "1月9日,在黄冈市第六届人民代表大会第四次会议上,市长刘洁作政府工作报告。\n\
         全市市场主体达到77.5万户、居全省第二,新增“四上”企业1219家,同比增长显著,已累计完成。\n\
         报告对全年重点工作进行安排部署,并提出:地区生产总值增长10%左右。\n",
        Period {
            base_year: Some(2023),
            end_year: Some(2024),
            start_year: Some(2024),
        },
        &ExtractOptions::new("r").published(2024),
    );
    let rows: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year, c.role))
        .collect();
    assert_eq!(
        rows,
        [
            (Some(77.5), Some(2023), Role::Baseline),
            (Some(1219.0), Some(2023), Role::Baseline),
            (Some(10.0), Some(2024), Role::Target)
        ],
        "{c:?}"
    );
}

/// 373 南平: the date under a communiqué's signature (`(2023年3月15日)`) is when it was written;
/// a breakdown (`其中`) of the year's figures is of the year reported (2022), not of that date.
#[test]
fn a_dateline_sets_no_year_for_the_lines_after_it() {
    let c = read_text(
        "南平市统计局\n国家统计局南平调查队\n(2023年3月15日)\n一、综合\n\
         初步核算,全年实现地区生产总值2211.84亿元,比上年增长3.8%。其中,第一产业增加值361.31亿元,增长4.0%;第二产业增加值784.95亿元,增长5.8%。\n",
        Period::default(),
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(got.len(), 6, "{got:?}");
    for (name, year, role, _, data) in &got {
        assert_eq!(
            (*year, *role, *data),
            (Some(2022), Role::Baseline, true),
            "{name}: {got:?}"
        );
    }
    assert_eq!(got[2].0, "第一产业增加值", "{got:?}");
}

/// 383 信阳 (a press-conference page of 2024, traditional): what a speaker said at the
/// conference of recent years (`發佈會上,…介紹,近年來,…建成14家…`) is a report of results, of
/// the page's year, though the page has none of the other words of a report.
#[test]
fn a_press_conference_on_recent_years_reports_results() {
    let c = read_published(
        "9月24日上午,中共河南省委宣傳部召開新聞發佈會。\n\
         發佈會上,信陽市委書記蔡松濤介紹,近年來,信陽市加快老區振興,各項事業取得新成效。\n\
         科創動能不斷增強,建成14家國家級科技創新平台載體,落地4個院士工作站。\n",
        2024,
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    for (name, year, role, _, data) in &got {
        assert_eq!(
            (*year, *role, *data),
            (Some(2024), Role::Baseline, true),
            "{name}: {got:?}"
        );
    }
}

/// 052 湖南: a threshold crossed, then the value itself (`5G用户规模突破3000万户,达3026万户`): the
/// value is the figure, named by the threshold's clause; the threshold goes to review.
#[test]
fn a_threshold_then_the_value_keeps_the_value() {
    let c = read_published(
        "湖南日报9月11日讯 记者今天从省工信厅获悉,目前全省5G用户规模突破3000万户,达3026万户。\n",
        2023,
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert!(
        got.contains(&("5G用户规模", Some(2023), Role::Baseline, Some(3026.0), true)),
        "{got:?}"
    );
    assert!(got.iter().any(|r| r.3 == Some(3000.0) && !r.4), "{got:?}");
}

/// 336 兴隆台 and 044 深圳: on a page whose year the caller gives, a clause that says it was
/// done (`已`, `累计`) and names no year is of that year, though the page as a whole is not
/// counted a report (one word of the past); a share of a project's progress
/// (`已完成总建设进度的70%`) goes to review.
#[test]
fn a_clause_of_the_past_on_a_dated_page_is_of_its_year() {
    let c = read_published(
        "全区已建成5G基站1200个。\n东北新发地农产品供应链中心项目施工已完成总建设进度的70%。\n",
        2023,
    );
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            ("5G基站", Some(2023), Role::Baseline, Some(1200.0), true),
            ("进度", Some(2023), Role::Baseline, Some(70.0), false),
        ],
        "{got:?}"
    );
}

/// 924 新疆 (an implementation plan dated 3 March 2025, its title stating no period): in the
/// plan, `2025年,全区第一产业增加值增长4.5%以上` is a goal of the year it was published in; a
/// year before it stays a baseline.
#[test]
fn a_plans_own_year_is_a_goal_when_its_title_states_no_period() {
    let text = "新疆关于进一步深化农村改革扎实推进乡村全面振兴的实施方案\n\
                (2025年3月3日)\n\
                一、总体要求\n\
                2024年,全区第一产业增加值增长5.2%。2025年,全区第一产业增加值增长4.5%以上,农村居民人均可支配收入增长7%左右。\n";
    let got = crate::extract::extract(text.as_bytes(), &ExtractOptions::new("r").published(2025))
        .expect("extracts")
        .data()
        .map(|c| (c.year, c.role, c.value))
        .collect::<Vec<_>>();
    assert_eq!(
        got,
        [
            (Some(2024), Role::Baseline, Some(5.2)),
            (Some(2025), Role::Target, Some(4.5)),
            (Some(2025), Role::Target, Some(7.0))
        ],
        "{got:?}"
    );
}

/// 947 楚雄 (a press conference's news of 2021): `至2020年底,全州“三张牌”重点产业实现增加值523.95亿元`
/// — the end of a year before the page and before the plan's period it names, with no word of
/// the future, is reached; 224 濮阳 (a plan for 2020–2022 on a page of 2022): `到 2020年年底,5G基站
/// 数量超过1300个` stays a goal (a milestone of the plan).
#[test]
fn the_end_of_a_year_before_the_page_and_its_period_is_reached() {
    let opts = ExtractOptions::new("r").published(2021);
    let got = extracted_rows(
        "力争在“十四五”时期,全州GDP总量达2500亿元以上。\n\
         至2020年底,全州“三张牌”重点产业实现增加值523.95亿元,占GDP比重达38%。\n",
        &opts,
    );
    assert!(
        got.contains(&(Some(2020), Role::Baseline, Some(523.95)))
            && got.contains(&(Some(2020), Role::Baseline, Some(38.0))),
        "{got:?}"
    );
    let got = extracted_rows(
        "濮阳市加快5G产业发展三年行动计划(2020—2022年)\n一、总体目标\n到 2020年年底,5G基站数量超过1300个。\n",
        &ExtractOptions::new("r").published(2022),
    );
    assert_eq!(
        got,
        [(Some(2020), Role::Milestone, Some(1300.0))],
        "{got:?}"
    );
}

/// 386 柳州 (an undated statistics page for the 75th anniversary, traditional mirror): `新中国成立75
/// 年以来` dates the page 1949 + 75 = 2024; `柳州市1950年经济总量为0.88亿元,到2023年达到3115.86亿元,
/// 1950-2023年年均增长11.8%` ends a series its sentence opened in 1950: reached by 2023, not aimed at.
#[test]
fn a_series_from_an_earlier_year_to_a_past_one_is_reached() {
    let text = "新中国成立75年以来,柳州市经济社会实现跨越式发展。\n\
                柳州市1950年经济总量为0.88亿元,到2023年达到3115.86亿元,1950-2023年年均增长11.8%。\n";
    let c = read_with(text, Period::default(), &ExtractOptions::new("r"));
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (Some(1950), Role::Baseline, Some(0.88)),
            (Some(2023), Role::Baseline, Some(3115.86)),
            (Some(2023), Role::Baseline, Some(11.8))
        ],
        "{c:?}"
    );
    // A goal of the same shape on a page of its own years' start stays a goal.
    let c = read_published(
        "全市2020年数字经济规模为800亿元,到2025年达到1500亿元。\n",
        2021,
    );
    assert!(
        c.iter()
            .any(|c| c.value == Some(1500.0) && c.role == Role::Target),
        "{c:?}"
    );
}

/// 1090 瑞金 (a work report of 2022): `今年政府工作的总体要求是:…` then a line `主要预期目标是:`
/// that names no year — the goals listed after it are of the year the page speaks from; a year
/// named after `今年` outranks it.
#[test]
fn goals_announced_after_this_year_take_the_pages_year() {
    let text = "今年政府工作的总体要求是:以习近平新时代中国特色社会主义思想为指导。\n主要预期目标是:\nGDP 增长8.2%以上,规上工业增加值增长9%以上。\n";
    let c = read_published(text, 2022);
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            ("GDP 增长", Some(2022), Role::Target, Some(8.2), true),
            (
                "规上工业增加值增长",
                Some(2022),
                Role::Target,
                Some(9.0),
                true
            ),
        ]
    );
    let named = "今年政府工作的总体要求是:以习近平新时代中国特色社会主义思想为指导。\n展望2026年,我们将继续努力。\n主要预期目标是:\nGDP 增长8.2%以上。\n";
    let c = read_published(named, 2022);
    let got: Vec<_> = c.iter().map(brief).collect();
    assert_eq!(got[0].1, Some(2026), "{got:?}");
}

/// 1107 泉山区 (a work report of January 2024): the heading `一、回顾2023,…` opens the review of
/// 2023 — the year it names without `年` — and the figures of the review, `全年预计…`, are
/// 2023's, not the year the report was delivered in.
#[test]
fn a_heading_that_looks_back_on_a_year_dates_its_review() {
    let text = "2024年政府工作报告\n一、回顾2023,推动高质量发展迈出新步伐\n这一年,我们踔厉奋发挑重担。全年预计(下同)完成地区生产总值760亿元(含港务区)、增长5.6%,一般公共预算收入32.7亿元。\n";
    let c = read_published(text, 2024);
    let got: Vec<_> = c.iter().map(|c| (c.value, c.year)).collect();
    assert_eq!(
        got,
        [
            (Some(760.0), Some(2023)),
            (Some(5.6), Some(2023)),
            (Some(32.7), Some(2023))
        ],
        "{c:?}"
    );
}

/// 1120 福鼎 (news of a work report delivered on 27 December 2024): `预计全年…有望突破600亿元`
/// estimates what the whole year reached — `有望` after `预计` hedges the estimate and does not
/// make it a goal; a goal of next year stays one.
#[test]
fn the_whole_years_estimate_is_what_it_reached() {
    let text = "2024年,福鼎市全力以赴稳经济、促发展、惠民生,高质量发展迈出坚实步伐。预计全年地区生产总值有望突破600亿元、增长5%左右,一般公共预算总收入增长13.8%。\n";
    let c = read_published(text, 2024);
    let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
    assert_eq!(
        got,
        [
            (Some(600.0), Some(2024), Role::Baseline),
            (Some(5.0), Some(2024), Role::Baseline),
            (Some(13.8), Some(2024), Role::Baseline)
        ],
        "{c:?}"
    );
    let goal = "2025年,全市地区生产总值力争增长6%左右。\n";
    let c = read_published(goal, 2024);
    assert_eq!(c[0].role, Role::Target, "{c:?}");
}

/// 1153 都江堰 (the 2021 work report's review of the "十三五" period): `全面完成“十三五”规划目标
/// 任务` reports goals completed — a long name between `完成` and `目标` — so the figures after it,
/// `“十三五”末GDP实现441.7亿元`, are what 2020 reached, not goals.
#[test]
fn goals_completed_under_a_long_name_are_the_past() {
    let text = "“十三五”时期是都江堰市发展进程中极不平凡的五年。五年来,我们全面完成“十三五”规划目标任务,“十三五”末GDP实现441.7亿元、较2015年增长67.6%。\n";
    let c = read_published(text, 2021);
    let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
    assert_eq!(
        got,
        [
            (Some(441.7), Some(2020), Role::Baseline),
            (Some(67.6), Some(2020), Role::Baseline)
        ],
        "{c:?}"
    );
}

/// 1347 浙江 (the 2020 digital-economy work points): `全省数字经济核心产业增加值增长13%,力争15%` — a
/// stretch value with no verb at all (`力争15%`) is of the clause before it, as `力争达到` is.
#[test]
fn a_bare_stretch_value_takes_the_name_before_it() {
    let c = read_text(
        "到2020年,全省数字经济核心产业增加值增长13%,力争15%,营业收入突破2万亿元。\n",
        Period::default(),
    );
    assert!(
        c.iter().any(|c| c.value == Some(15.0)
            && c.review.is_none()
            && c.name_zh == "数字经济核心产业增加值增长(力争)"),
        "{c:?}"
    );
}

/// 1605 上海 (news of a plan's release, the page undated): the first year of the multi-year plan
/// its opening presents (`…新闻发布会上,…介绍了《上海市推进新型基础设施建设行动方案(2020-2022年)》`)
/// is the year the page speaks from — its `今年` is 2020.
#[test]
fn an_undated_page_presenting_a_plan_speaks_from_its_first_year() {
    let text = "在昨天下午举行的市政府新闻发布会上,市发展改革委主任马春雷介绍了《上海市推进新型基础设施建设行动方案(2020-2022年)》。\n今年将建4.4万个5G基站\n市经济信息化委副主任张建明说,今年全市5G建设总投资近100亿元,将新建1.2万个室外基站。\n";
    let c = read_with(text, Period::default(), &ExtractOptions::new("r"));
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.value, c.year))
        .collect();
    assert_eq!(
        got,
        [
            (Some(4.4), Some(2020)),
            (Some(100.0), Some(2020)),
            (Some(1.2), Some(2020))
        ],
        "{c:?}"
    );
}

/// 1705 河南 (news of May 2021 on the 14th five-year outline): `“十四五”期间` marks no past on a page of
/// 2021 — the latest past year of a text that states no period is at most the page's — so
/// `力争公办幼儿园比例达到50%以上` is a goal of 2025, not a level reached.
#[test]
fn no_year_after_the_page_is_the_base_year() {
    let text = "河南将“十四五”期间的地区生产总值年均增速设为6.0%左右,力争在相同统计时间内全省经济总量再迈上两个新的大台阶。\n在教育、医疗等民生问题方面,河南要提出加强公办幼儿园建设,力争公办幼儿园比例达到50%以上的建设目标。\n";
    let x = crate::extract::extract(text.as_bytes(), &ExtractOptions::new("r").published(2021))
        .unwrap();
    assert_eq!(x.period.base_year, Some(2021), "{:?}", x.period);
    let got: Vec<_> = x
        .data()
        .filter(|c| c.value == Some(50.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2025), Role::Target)], "{:?}", x.candidates);
}

/// 1768 额尔古纳 (the work report of 2023, its review of 2022): `增速位居各旗市区第三位,是自2005年以来
/// 最好的位次` — the best since a year is a comparison, no time: the results after it stay those of
/// the reviewed year, 2022, not counts up to the page's year.
#[test]
fn the_best_since_a_year_dates_nothing_after_it() {
    let text = "2023年额尔古纳市政府工作报告 --2023年3月11日在额尔古纳市第六届人民代表大会第三次会议上 各位代表:\n\
                一、2022年工作回顾 过去的一年,全市上下突破性完成了全年任务目标。 ——经济质效持续提升。全年地区生产总值完成50.29亿元,同比增长6%,增速位居各旗市区第三位,是自2005年以来最好的位次。第二产业增加值增速跃居各旗市区首位,限额以上固定资产投资增长14.7%,均是近7年来最好水平。社会销售品零售总额实现13.1亿元。\n";
    let x = crate::extract::extract(text.as_bytes(), &ExtractOptions::new("r").published(2023))
        .unwrap();
    let got: Vec<_> = x.data().map(|c| (c.value, c.year)).collect();
    assert_eq!(
        got,
        [
            (Some(50.29), Some(2022)),
            (Some(6.0), Some(2022)),
            (Some(14.7), Some(2022)),
            (Some(13.1), Some(2022)),
        ],
        "{:?}",
        x.candidates
    );
}

/// 3043 黑龙江 (a news page dated `时间:2025-09-10`): `今年良种繁育面积达135万亩` with no word of the
/// future, on a page of the year's second half, is what the year has reached — not a goal; on a
/// page of March the same words still set one.
#[test]
fn this_year_late_in_the_year_with_no_word_of_the_future_is_reached() {
    let page = |date: &str| {
        format!(
            "黑龙江:种业创新为大国粮仓筑牢丰收根基\n中国产业经济信息网   时间:{date}\n北安市农业农村局副局长马功臣介绍,北安市有得天独厚的大豆良种繁育基础,今年良种繁育面积达135万亩。\n"
        )
    };
    let role = |text: &str| {
        read_published(text, 2025)
            .into_iter()
            .find(|c| c.value == Some(135.0))
            .map(|c| (c.year, c.role))
    };
    assert_eq!(
        role(&page("2025-09-10")),
        Some((Some(2025), Role::Baseline))
    );
    assert_eq!(role(&page("2025-03-10")), Some((Some(2025), Role::Target)));
}

/// 3076 横琴 (news of 2022): `预计至2026年引进企业达100家` — an estimate of a year after the page's
/// is a forecast, a goal of 2026, not what 2026 reached; `预计全年…` of the page's own year still is.
#[test]
fn an_estimate_of_a_later_year_is_a_goal() {
    let text = "今年前三季度,横琴粤澳深度合作区集成电路规上企业合计营收19.72亿元,同比增长43.4%。\n\
        目前,合作区集聚了一批集成电路优质企业;粤澳集成电路设计产业园已投用,入驻率接近40%,预计至2026年引进企业达100家。\n";
    let got: Vec<_> = read_published(text, 2022)
        .into_iter()
        .filter(|c| c.value == Some(100.0))
        .map(|c| (c.year, c.role))
        .collect();
    assert_eq!(got, [(Some(2026), Role::Target)]);
}
