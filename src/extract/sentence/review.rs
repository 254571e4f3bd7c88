//! Where a government work report's review of a past year opens and ends, line by line: a line
//! that names the year it reviews (`报告回顾了2024年的工作`, `关于2023年工作,报告中说`), opens on
//! the past year (`过去一年,…`), or looks ahead (`展望未来5年`) moves [`At::reviewed`].

use super::dating::{counts_years_to_now, opens_outlook, opens_review};
use super::year::At;

/// The year a line says it reviews: `报告回顾了2024年的工作`, `回眸2024年`, `一、回顾2023,…`,
/// or a line that ends on the review it introduces (`…,以下是2023年工作回顾:`).
pub(super) fn reviews_year(norm: &str) -> Option<i32> {
    let named = regex!(
        r"(?:回顾|回首|回望|回眸)(?:总结)?了?\s*(20\d\d)\s*(?:年|[,，、])|(20\d\d)\s*年的?工作回顾\s*[:：]?\s*$"
    );
    named
        .captures(norm)
        .and_then(|c| c.get(1).or(c.get(2))?.as_str().parse().ok())
}

/// The year a line opens on as one that achieved (`2023年山东省数字经济发展取得一系列新的显著成就`,
/// `2022年,福州马尾区在多个领域取得了显著的发展成就`) or as one in which something was done
/// (`2022年,聚焦…目标,高台县深入实施乡村振兴战略,…,实现了县域经济综合实力…整体跃升`): a year
/// looked back on. (`成效` is left out: `取得明显成效` is as often a plan's aim; so is a bare
/// `实现`, without `了`.)
pub(super) fn achieved_year(norm: &str) -> Option<i32> {
    let achieved = regex!(r"^\s*(20\d\d)\s*年[^。；;]{0,40}?取得了?[^。；;]{0,30}?(?:成就|成绩)");
    let done = regex!(r"^\s*(20\d\d)\s*年\s*[,，][^。；;]{0,150}?(?:实现了|取得了|完成了)");
    // (`《两会数数看》我们一起来了解江苏在2024年交出的“走在前、做示范”厚实答卷`: the record a year
    // delivered, not one to strive for)
    let delivered = regex!(r"(20\d\d)\s*年交出(?:了|的)[^。；;]{0,24}?答卷");
    // (`《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成`: a year whose
    // targets were all met)
    let met = regex!(
        r"(20\d\d)\s*年[^。；;]{0,30}?(?:目标任务|各项任务|主要目标)[^。；;]{0,12}?全面完成"
    );
    achieved
        .captures(norm)
        .or_else(|| done.captures(norm))
        .or_else(|| {
            // (`目标` names what was met here; a goal still ahead says `力争`, `将`, `确保`)
            met.captures(norm)
                .filter(|_| !regex!(r"力争|争取|将|确保|计划").is_match(norm))
        })
        .or_else(|| {
            delivered
                .captures(norm)
                .filter(|_| !super::tense::speaks_of_future(norm))
        })
        .and_then(|c| c[1].parse().ok())
}

/// The year a work report looks back on, in news of it: `报告指出,2023年黑龙江农业现代化水平持续
/// 提升` on a page of 2024 — the year before the page's, which the report reviews. `None` for
/// any other year, or a line that looks ahead (`报告指出,2024年要…`).
pub(super) fn report_looks_back(norm: &str, published: Option<i32>) -> Option<i32> {
    let c = regex!(r"报告(?:中)?(?:指出|显示|回顾)\s*[,，:：]\s*(20\d\d)\s*年").captures(norm)?;
    let y: i32 = c[1].parse().ok()?;
    let rest = &norm[c.get(0)?.end()..];
    let sentence = rest.split(['。', '；', ';']).next().unwrap_or_default();
    (published == Some(y + 1) && !super::tense::speaks_of_future(sentence)).then_some(y)
}

/// The year a paragraph opening `2023年以来,…` looks back on from a page of that year or the
/// next (`2023年以来,邹城锚定…` on a page of January 2024): that year's record so far.
pub(super) fn since_year(norm: &str, published: Option<i32>) -> Option<i32> {
    let y: i32 = regex!(r"^\s*(20\d\d)\s*年以来\s*[,，]")
        .captures(norm)?
        .get(1)?
        .as_str()
        .parse()
        .ok()?;
    published.filter(|&p| p == y || p == y + 1).map(|_| y)
}

/// The year before the page's that a sentence of its opening reports reached
/// (`…推进信息智能产业快速发展。2021年,全省规模以上信息智能产业实现营业收入849.2亿元` on a page
/// of 2022): the page reports that year's results. A sentence that looks ahead reports none.
pub(super) fn last_years_results(norm: &str, published: Option<i32>) -> Option<i32> {
    let p = published?;
    // (`2023年武进区(不含经开区,下同)总承包和专业承包建筑业企业260家,…完成建筑业总产值306.27亿元`
    // opening a line: or the place right after the year, no comma — not a month, a part of the
    // year or `以来`)
    regex!(r"(?:^\s*(20\d\d)\s*年\s*[^\d,，。；;月度底末以前内起至到上下一二三四第]|(?:^|[。；;])\s*(20\d\d)\s*年\s*[,，])([^。；;]{0,60}?(?:实现|完成|达到)[^。；;]{0,30}?\d[^。；;]*)")
        .captures_iter(norm)
        .filter(|c| !super::tense::speaks_of_future(&c[3]))
        .find_map(|c| {
            let y = c.get(1).or_else(|| c.get(2))?;
            y.as_str().parse::<i32>().ok().filter(|&y| y + 1 == p)
        })
}

/// The year before the page's that a headline reports reached (`2022年湖南完成营造林面积574.57万亩
/// 森林覆盖率达59.98%` on a page of 2023): a line with no full stop that opens on the year and
/// states a figure done or reached — the page reports that year's results. A headline that looks
/// ahead (`2024年将新建5G基站1万个`) reports none.
pub(super) fn headline_results(norm: &str, published: Option<i32>) -> Option<i32> {
    let p = published?;
    let c =
        regex!(r"^\s*(20\d\d)\s*年([^。；;，,]{0,30}?(?:完成|实现|达到?|突破)\s*\d[^。；;，,]*)$")
            .captures(norm)?;
    let y: i32 = c[1].parse().ok()?;
    (y + 1 == p && !super::tense::speaks_of_future(&c[2])).then_some(y)
}

/// The year before the page's that a news report opens on, right after its dateline
/// (`本报讯(通讯员 赵雪梅) 2025年,云龙县始终把党建“红色引擎”作为…,发展后劲持续增强。` on a page of
/// January 2026): the page looks back on that year, when its opening sentence looks ahead to
/// nothing.
pub(super) fn datelined_last_year(norm: &str, published: Option<i32>) -> Option<i32> {
    let p = published?;
    let c = regex!(r"讯\s*(?:[(（][^)）]{0,24}[)）])?\s*(20\d\d)\s*年\s*[,，]([^。；;]*)")
        .captures(norm)?;
    let y: i32 = c[1].parse().ok()?;
    (y + 1 == p && !super::tense::speaks_of_future(&c[2])).then_some(y)
}

/// The last year of a five-year period a page's opening looks back on (`海南“十三五”期间将光网、
/// 路网…列为战略性基础设施,持续加大投入,取得明显成效` on a page of 2021 → 2020): the period's
/// results, on a page published after it ended.
pub(super) fn period_achieved(norm: &str, published: Option<i32>) -> Option<i32> {
    // (`云南德钦:“十三五”经济社会发展取得新突破`: a headline of the period's results, without
    // `期间`; `…“十三五”期间,…圆满完成了…目标任务`)
    let end =
        regex!(r#"十([二三四五])五[”"]?(?:期间|时期|以来|经济社会发展|发展)[^。；;]{0,80}?(?:取得|成效|成就|成绩|圆满完成)"#)
            .captures(norm)
            .map(|c| super::marks::five_year_plan_end(&c[1]))?;
    published.filter(|&p| p > end).map(|_| end)
}

/// What the text around each line knows of its review.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context {
    /// The year the page speaks from.
    pub published: Option<i32>,
    /// The year `过去一年` covers ([`past_year`](super::dating::past_year)).
    pub past: Option<i32>,
    /// The year a news page presenting a work report reviews, if it presents one.
    pub work_report_news: Option<i32>,
}

/// Moves `at.reviewed` (and, for an outlook, `at.carry`) for a line that is no heading.
pub(super) fn follow(norm: &str, at: &mut At, cx: Context) {
    // In a review, `2019年,是我县…非同寻常的一年` opens on the year it reviews.
    // (`报告指出,2020年是极不平凡的一年,一年来,…`: after the words that quote the report)
    let year_it_was = regex!(
        r"^\s*(?:[^，,。；;\d]{1,16}(?:说|指出|表示|介绍|显示)\s*[,，:：])?\s*(20\d\d)\s*年\s*[,，]?\s*是[^。；;]{0,40}?的一年"
    );
    // `关于2023年工作,报告中说,过去的一年,…` in news of a work report: the review of that year;
    // `关于2024年工作,报告提出…` on a page of 2024: the year's plans, no review.
    let about = regex!(r"^\s*关于\s*(20\d\d)\s*年的?工作\s*[,，]");
    // A line that is only a year (`2023` under `——2024年大足区政府工作报告摘登`), on a page of a
    // later year: a heading over that year's review.
    let bare_year = regex!(r"^\s*(20\d\d)\s*年?\s*$");
    // (`2024年,铜陵交出了…答卷。…` then `…今年的铜陵市政府工作报告明确,要以科技创新引领产业创新`:
    // a paragraph that sets this year's course ends the review of the past one)
    let sets_course =
        || regex!(r"(?:今年|本年)[^。；;]{0,30}(?:力争|争取|将|确保|要|明确|提出)").is_match(norm);
    if let Some(y) = about.captures(norm).and_then(|c| c[1].parse::<i32>().ok()) {
        at.reviewed = cx.published.is_none_or(|p| y < p).then_some(y);
    } else if at.reviewed.is_some() && at.reviewed == cx.work_report_news && sets_course() {
        at.reviewed = None;
    } else if let Some(y) = bare_year
        .captures(norm)
        .and_then(|c| c[1].parse::<i32>().ok())
        .filter(|&y| cx.published.is_some_and(|p| y < p))
    {
        at.reviewed = Some(y);
    } else if let Some(y) = reviews_year(norm) {
        // `报告回顾了2024年的工作,过去一年,…`: the review of a year the line names.
        at.reviewed = Some(y);
    } else if let Some(y) = regex!(
        // (`据“广东发布”微信公众号发布,孟凡利向大会作出政府工作报告时指出,2025年广东省经济运行稳中
        // 有进`: the words that quote the report may hold a comma)
        r"^\s*(?:[^，,。；;\d]{1,16}(?:说|指出|表示|介绍)\s*[,，:：])?\s*(20\d\d)\s*年\s*[,，]|^[^。；;\d]{1,50}作[^。；;\d]{0,4}政府工作报告时?(?:说|指出|表示|介绍)\s*[,，:：]\s*(20\d\d)\s*年"
    )
    .captures(norm)
    .and_then(|c| c.get(1).or(c.get(2))?.as_str().parse::<i32>().ok())
    .filter(|&y| {
        // (not `2024年,全区将…`; `预计`, `目标` in a review are no goals of its own)
        cx.work_report_news == Some(y) && !regex!(r"力争|争取|将|确保|力求|有望").is_match(norm)
    }) {
        // `…向大会作政府工作报告。` then `2023年,晋宁区围绕…,地区生产总值完成224.53亿元` on a page
        // of 2024: a paragraph opening on the year the report reviews starts its review, which
        // the paragraphs after it go on with (`产业支撑不断增强。…等6个亿元以上项目投产`).
        at.reviewed = Some(y);
    } else if let Some(y) = year_it_was
        .captures(norm)
        .and_then(|c| c[1].parse::<i32>().ok())
        .filter(|&y| {
            // … which the report's own title, `2019年…政府工作报告`, had taken for the year
            // it was delivered in; or, on a page of a later year, `2023年是赣州发展历程中极不
            // 寻常的一年` opens the review of the year it names.
            at.reviewed.is_some_and(|r| y == r + 1) || cx.published.is_some_and(|p| y < p)
        })
    {
        at.reviewed = Some(y);
    } else if let Some(y) = achieved_year(norm).filter(|&y| cx.published.is_none_or(|p| y < p)) {
        // `2023年山东省数字经济发展取得一系列新的显著成就,主要呈现出十大亮点。` on a page of
        // 2024: what the year achieved, reviewed.
        at.reviewed = Some(y);
    } else if let Some(y) = regex!(r"^\s*(?:刚刚|刚)?过去的\s*(20\d\d)\s*年")
        .captures(norm)
        .and_then(|c| c[1].parse::<i32>().ok())
        .filter(|&y| cx.published.is_none_or(|p| y < p))
    {
        // `刚刚过去的2022年,极不平凡…。一年来,…`: the review of the year the line names.
        at.reviewed = Some(y);
    } else if opens_review(norm) {
        // (on an undated page, `2024年全市上下…交出了…成绩单` then `过去的一年,…`: the year
        // the line before named)
        // (`5年来,密云区对外开放水平显著提高` on a press release of December 2025 that presents
        // no work report: years counted up to the page, not a work report's past year)
        // (`一年来,金普新区…。今年前三季度,…` on a page of December 2022: the year that speaks of
        // itself as this year is the page's)
        let to_now = cx.work_report_news.is_none()
            && (counts_years_to_now(norm, cx.published)
                || (regex!(r"^\s*一年来").is_match(norm) && norm.contains("今年")));
        at.reviewed = cx
            .published
            .map(|y| if to_now { y } else { cx.past.unwrap_or(y - 1) })
            .or(at.last_past_year.map(|(y, _)| y))
            // (on an undated page, `一、2024年工作回顾` then `刚刚过去的一年,…`: the year its
            // heading named stands)
            .or(at.reviewed);
    } else if let Some(n) = opens_outlook(norm) {
        // `展望未来5年,龙华区提出经济总量达4500亿元左右的发展目标` on a page of 2021: the review
        // is over; its goals are of 2026.
        at.reviewed = None;
        at.carry = cx.published.map(|y| y + n);
    }
}

/// The year a page of statistics reports when the only years it names are bases of comparison
/// two years before its own (`全年专题服务类…制作比例分别达到75.71%…,较2023年提高2.05…个百分点` on a
/// page of 2025, every other figure `同比增长…`): a change against 2023 is the change of 2024, so
/// its undated figures are of 2024. `None` where any line names a year otherwise, or speaks of
/// an estimate or the present (`预计`, `今年`, `目前`, `截至`), or where no base is named.
pub(super) fn compared_year(
    lines: &[crate::extract::text::Line],
    published: Option<i32>,
) -> Option<i32> {
    let p = published?;
    let year = regex!(r"(?:19|20)\d\d\s*年");
    let base = regex!(
        r"(?:较|比)\s*((?:19|20)\d\d)\s*年(?:同期)?\s*(?:分别)?\s*(?:提高|增长|增加|下降|减少|上升|降低)"
    );
    let present = regex!(r"预计|今年|本年|目前|截至|截止|当前");
    let mut found = None;
    for l in lines
        .iter()
        .filter(|l| !super::dating::is_dateline(&l.norm))
    {
        if present.is_match(&l.norm) {
            return None;
        }
        let bases: Vec<i32> = base
            .captures_iter(&l.norm)
            .filter_map(|c| c[1].parse().ok())
            .collect();
        if year.find_iter(&l.norm).count() != bases.len() || bases.iter().any(|&b| b + 2 != p) {
            return None;
        }
        if !bases.is_empty() {
            found = Some(p - 1);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tests_published::read_published;
    use crate::extract::Role;

    /// 1162 友谊县 (news of the work report of January 2024): `关于2023年工作,报告中说,过去的一年,…`
    /// opens the review of 2023 — its `预计` figures are what 2023 reached — and `关于2024年工作,
    /// 报告提出` ends it: the year's plans.
    #[test]
    fn news_of_a_report_about_a_years_work_reviews_that_year() {
        let text = "关于2023年工作,报告中说,过去的一年,在党中央和省市县委的坚强领导下,全县上下奋发有为。\n具体体现在:一坚定发展信心,经济总体运行稳中有进。预计全县地区生产总值增长5%,一般公共预算收入增长17.2%。\n关于2024年工作,报告提出,全县地区生产总值力争增长6%。\n";
        let c = read_published(text, 2024);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(
            got,
            [
                (Some(5.0), Some(2023), Role::Baseline),
                (Some(17.2), Some(2023), Role::Baseline),
                (Some(6.0), Some(2024), Role::Target)
            ],
            "{c:?}"
        );
    }

    /// 1281 大足区 (a newspaper's digest of the work report of 2024): a line that is only a year,
    /// `2023`, heads the review of that year on a page of 2024; `2024` on the same page opens none.
    #[test]
    fn a_line_that_is_only_a_past_year_heads_its_review() {
        let text = "——2024年大足区政府工作报告摘登\n\n2023\n\n这一年,我们聚力稳进增效、争先创优,在承压前行中推动经济回升向好。\n主要指标\n全年地区生产总值增长6.5%,高于全市平均水平0.4个百分点\n固定资产投资增长12.1%,高于全市平均\n";
        let c = read_published(text, 2024);
        let got: Vec<_> = c
            .iter()
            .filter(|c| c.review.is_none())
            .map(|c| (c.value, c.year, c.role))
            .collect();
        assert_eq!(
            got,
            [
                (Some(6.5), Some(2023), Role::Baseline),
                (Some(12.1), Some(2023), Role::Baseline)
            ],
            "{c:?}"
        );
        // (without `这一年,`, which opens a review of its own: `dating::opens_review`)
        let same = read_published(
            &text
                .replace("\n2023\n", "\n2024\n")
                .replace("这一年,我们", "我们"),
            2024,
        );
        assert!(same.iter().all(|c| c.year != Some(2023)), "{same:?}");
    }

    /// 1189 赣州 (news of the work report of January 2024): `2023年是赣州发展历程中极不寻常的一年`
    /// on a page of 2024 opens the review of 2023; on a page of 2023 the same words open no review.
    #[test]
    fn a_past_year_that_was_opens_its_review() {
        let text = "2023年是赣州发展历程中极不寻常的一年。\n出台实施拼经济拼发展“20条”,经济运行逐季回升、稳步向好\n一般公共预算收入增长4.4%\n";
        let c = read_published(text, 2024);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(4.4), Some(2023), Role::Baseline)], "{c:?}");
        let c = read_published(text, 2023);
        assert!(c.iter().all(|c| c.year != Some(2022)), "{c:?}");
    }

    /// 1402 山东 (a news page of February 2024): `2023年山东省数字经济发展取得一系列新的显著成就`
    /// opens the review of 2023 — `全年数字经济总量达到4.3万亿元` is what 2023 reached; on a page
    /// of 2023 the same words open no review.
    #[test]
    fn a_past_year_that_achieved_opens_its_review() {
        let text = "2023年山东省数字经济发展取得一系列新的显著成就,主要呈现出十大亮点。\n总量规模站上更高台阶。全年数字经济总量达到4.3万亿元。\n";
        let c = read_published(text, 2024);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(4.3), Some(2023), Role::Baseline)], "{c:?}");
        let c = read_published(text, 2023);
        assert!(c.iter().all(|c| c.review.is_some()), "{c:?}");
    }

    /// 1302 马尾区 (an undated list of results): a page that opens `2022年,福州马尾区在多个领域取得
    /// 了显著的发展成就` looks back on 2022 throughout, past its headings (`一、经济发展`).
    #[test]
    fn a_page_that_opens_on_a_year_that_achieved_reviews_it() {
        let text = "引言\n2022年,福州马尾区在多个领域取得了显著的发展成就。以下是对马尾区2022年建设成就的盘点。\n一、经济发展\n1. 数字经济\n数字经济总规模突破700亿元。\n二、产业升级\n集聚200多家物联网企业,产值达650亿元。\n";
        let c = crate::extract::extract(text.as_bytes(), &crate::extract::ExtractOptions::new("r"))
            .expect("extracts")
            .candidates;
        let got: Vec<_> = c
            .iter()
            .filter(|c| c.value == Some(700.0) || c.value == Some(650.0))
            .map(|c| (c.value, c.year, c.role))
            .collect();
        assert_eq!(
            got,
            [
                (Some(700.0), Some(2022), Role::Baseline),
                (Some(650.0), Some(2022), Role::Baseline)
            ],
            "{c:?}"
        );
    }

    /// 1425 海南 (新华社, a page of January 2021): an opening that looks back on the “十三五”
    /// period (`…“十三五”期间将光网、路网…列为战略性基础设施,持续加大投入,取得明显成效`) makes the
    /// page's results the period's last year's, 2020.
    #[test]
    fn an_opening_on_a_five_year_periods_results_dates_them_by_its_end() {
        let text = "2021-01-16 21:34:01 来源:新华网\n新华社海口1月16日电 记者16日从海南省新闻办公室召开的新闻发布会获悉,海南“十三五”期间将光网、路网、电网、气网、水网建设列为战略性基础设施,持续加大投入,取得明显成效。\n光网建设方面,海南建成了10823个5G基站。\n";
        let c = read_published(text, 2021);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(10823.0), Some(2020), Role::Baseline)], "{c:?}");
        // (without the period, on a page of January that names no year, they are the year
        // just ended's too — `dating::first_quarter_review`; on a page of July, the page's year's)
        let c = read_published(&text.replace("“十三五”期间", ""), 2021);
        assert!(c.iter().all(|c| c.year == Some(2020)), "{c:?}");
        let july = text
            .replace("“十三五”期间", "")
            .replace("2021-01-16", "2021-07-16");
        let c = read_published(&july, 2021);
        assert!(c.iter().all(|c| c.year == Some(2021)), "{c:?}");
    }

    /// 2182 德钦县 (新华网, June 2021): a headline of the period's results without `期间`
    /// (`云南德钦:“十三五”经济社会发展取得新突破`) dates the page's undated results by the
    /// period's last year, 2020 — `累计投入扶贫资金36.78亿元` is 2020's, not 2021's.
    #[test]
    fn a_headline_of_a_five_year_periods_results_dates_them_by_its_end() {
        let text = "云南德钦:“十三五”经济社会发展取得新突破\n脱贫攻坚取得新胜利,脱贫攻坚以来,德钦县累计投入扶贫资金36.78亿元。\n";
        let c = read_published(text, 2021);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(36.78), Some(2020), Role::Baseline)], "{c:?}");
        assert_eq!(
            super::period_achieved("云南德钦:“十三五”经济社会发展取得新突破", Some(2021)),
            Some(2020)
        );
        assert_eq!(
            super::period_achieved("“十四五”发展取得新成就", Some(2025)),
            None
        );
    }

    /// 2185 广东 (联合新闻网, January 2026): the words that quote the report may hold a comma
    /// (`据“广东发布”微信公众号发布,孟凡利向大会作出政府工作报告时指出,2025年广东省经济运行稳中有进`)
    /// and still open its review of 2025, which `报告指出,货物进出口总额增长4.4%` goes on with, until
    /// the goals of 2026.
    #[test]
    fn a_quoted_reports_review_opens_after_a_long_lead() {
        let text = "广东省十四届人大五次会议今天在广州开幕,广东省省长孟凡利向大会作政府工作报告。\n据“广东发布”微信公众号发布,孟凡利向大会作出政府工作报告时指出,2025年广东省经济运行稳中有进、稳中向好。\n报告指出,货物进出口总额增长4.4%。服务贸易增长12.5%。\n报告指出,2026年经济社会发展的主要预期目标是,广东生产总值增长4.5%至5%,地方一般公共预算收入增长3%左右。\n";
        let c = read_published(text, 2026);
        let got: Vec<_> = c
            .iter()
            .filter(|c| c.review.is_none())
            .map(|c| (c.value, c.year, c.role))
            .collect();
        assert_eq!(
            got[..2],
            [
                (Some(4.4), Some(2025), Role::Baseline),
                (Some(12.5), Some(2025), Role::Baseline)
            ],
            "{c:?}"
        );
        assert!(
            got.contains(&(Some(3.0), Some(2026), Role::Target)),
            "{c:?}"
        );
    }

    /// 681 高台县 (甘肃日报, April 2023): a paragraph opening `2022年,聚焦…,实现了县域经济综合实力和
    /// 发展质量整体跃升` looks back on 2022 — `粮食播种面积达36.72万亩` later on is 2022's; on a page
    /// of 2022 it opens no review.
    #[test]
    fn a_past_year_in_which_something_was_done_opens_its_review() {
        let text = "2022年,聚焦“打造红色文化名城”目标,高台县深入实施乡村振兴战略,实现了县域经济综合实力和发展质量整体跃升。\n锻长板扩优势推动现代农业提质增效\n坚决扛牢粮食安全责任,粮食播种面积达36.72万亩。\n";
        let c = read_published(text, 2023);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(36.72), Some(2022), Role::Baseline)], "{c:?}");
        let c = read_published(text, 2022);
        assert!(
            c.iter()
                .all(|c| c.year != Some(2022) || c.role != Role::Baseline || c.review.is_some()),
            "{c:?}"
        );
    }

    /// 1416 邹城 (大众日报, January 2024): a paragraph opening `2023年以来,邹城锚定…` after the
    /// paper's title, date and byline makes the page a look back on 2023, past its headings; on a
    /// page of 2026 the same words span three years and date nothing.
    #[test]
    fn a_page_opening_on_the_year_so_far_looks_back_on_it() {
        let text = "邹城:双轮驱动 谱写县域高质量发展新篇章\n2024-01-22\n作者:\n来源:\n大众日报\n□邹正言\n2023年以来,邹城锚定“走在前、开新局”,坚持工业化城镇化双轮驱动战略不动摇。\n提质增效\n产业发展转型升级\n工业结构优化升级。制造业总产值占规模以上工业总产值比重达到55%。\n";
        let c = read_published(text, 2024);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(got, [(Some(55.0), Some(2023), Role::Baseline)], "{c:?}");
        let c = read_published(text, 2026);
        assert!(c.iter().all(|c| c.year != Some(2023)), "{c:?}");
    }

    /// 1374 河北 (a page of 2022): an opening that reports what 2021 reached (`…推进信息智能产业快速
    /// 发展。2021年,全省规模以上信息智能产业实现营业收入849.2亿元`) makes the page's undated results
    /// 2021's; an opening that looks ahead (`2021年,力争实现…`) does not.
    #[test]
    fn an_opening_on_last_years_results_dates_the_page() {
        let text = "从河北省发改委获悉,河北省推进信息智能产业快速发展。2021年,全省规模以上信息智能产业实现营业收入849.2亿元,同比增长26.4%。\n信息基础设施加快建设。全省光缆线路长度达到230万公里。\n";
        let c = read_published(text, 2022);
        let got: Vec<_> = c
            .iter()
            .filter(|c| c.value == Some(230.0))
            .map(|c| (c.year, c.role))
            .collect();
        assert_eq!(got, [(Some(2021), Role::Baseline)], "{c:?}");
        let ahead = text.replace("实现营业收入", "力争实现营业收入");
        let c = read_published(&ahead, 2022);
        assert!(
            c.iter()
                .filter(|c| c.value == Some(230.0))
                .all(|c| c.year != Some(2021)),
            "{c:?}"
        );
    }

    /// 1194 金普新区 (a news page of December 2022): `一年来,…。今年前三季度,…` looks back on the
    /// year the page is in, which calls itself this year — not on the year before.
    #[test]
    fn a_year_so_far_that_calls_itself_this_year_is_the_pages() {
        let text = "一年来,金普新区充分发挥了“先遣队”“主力军”的领跑和标杆作用。今年前三季度,主要经济指标成绩已十分可喜。\n前三季度,金普新区农林牧渔及服务业总产值122.6亿元,按可比价格计算,同比增长3.2%。\n";
        let c = read_published(text, 2022);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year)).collect();
        assert_eq!(
            got,
            [(Some(122.6), Some(2022)), (Some(3.2), Some(2022))],
            "{c:?}"
        );
    }

    /// 1180 西安 (中新网, a news page of February 2023): `过去一年` after the news lead
    /// (`记者8日从…新闻发布会上获悉,过去一年,…`) opens the review of 2022, which the next
    /// paragraph's figures belong to.
    #[test]
    fn the_past_year_after_a_news_lead_opens_its_review() {
        let text = "中新网西安2月8日电 (杨英琦)记者8日从西安官方举办的新闻发布会上获悉,过去一年,该市各地区经济发展质效呈现新态势。\n其中,西安市新城区地区生产总值增长4.3%,固定资产投资增长7%。\n";
        let c = read_published(text, 2023);
        let got: Vec<_> = c.iter().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(
            got,
            [
                (Some(4.3), Some(2022), Role::Baseline),
                (Some(7.0), Some(2022), Role::Baseline)
            ],
            "{c:?}"
        );
    }

    /// 1650 晋宁区 (an undated news page of the work report of January 2024): after
    /// `…向大会作政府工作报告。`, a paragraph opening on the bare year `2023年,` reviews it — the page
    /// speaks from 2024 — and the paragraphs after it go on with the review (`年产鲜切花56亿枝`).
    #[test]
    fn a_bare_year_after_a_report_delivered_opens_its_review() {
        let text = "1月31日上午,昆明市晋宁区第二届人民代表大会第三次会议开幕,区长李松代表区人民政府向大会作政府工作报告。\n2023年,晋宁区围绕云南省委“3815”战略发展目标,地区生产总值完成224.53亿元,同比增长9.1%,规模以上工业总产值完成186.61亿元。\n产业支撑不断增强。推进花卉产业集群项目建设,年产鲜切花56亿枝、产值36亿元。\n";
        let lines = crate::extract::text::lines(text);
        assert_eq!(super::super::dating::opening_year(&lines), Some(2024));
        let x = crate::extract::extract(text.as_bytes(), &crate::extract::ExtractOptions::new("r"))
            .expect("extracts");
        let got: Vec<_> = x.data().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(
            got,
            [
                (Some(224.53), Some(2023), Role::Baseline),
                (Some(9.1), Some(2023), Role::Baseline),
                (Some(186.61), Some(2023), Role::Baseline),
                (Some(56.0), Some(2023), Role::Baseline),
                (Some(36.0), Some(2023), Role::Baseline)
            ],
            "{:?}",
            x.candidates
        );
    }

    /// 339 铜陵 (news of the work report of January 2025): the review `2024年,铜陵交出了…答卷` ends
    /// at the paragraph that sets this year's course (`今年的铜陵市政府工作报告明确,要以…`); the
    /// undated `技改投资增长10%` after it is a goal (of 2025 on the whole page), not a result of 2024.
    #[test]
    fn a_paragraph_setting_this_years_course_ends_the_review() {
        let text = "1月11日、12日,铜陵市十七届人大四次会议开幕。会上,代表委员们纷纷点赞该市2024年取得的“成绩单”,对政府工作报告上的话题展开了热议。\n2024年,铜陵交出了一份稳中快进的实干答卷。全市生产总值增长6.5%。\n工业立市、产业强市,以新型工业化为路径加快推动高质量发展。今年的铜陵市政府工作报告明确,要以科技创新引领产业创新。\n推进制造业高端化、智能化、绿色化改造,技改投资增长10%。\n";
        let c = read_published(text, 2025);
        let got: Vec<_> = c
            .iter()
            .filter(|c| c.review.is_none())
            .map(|c| (c.value, c.year, c.role))
            .collect();
        // (the goal's year is left to review here: this excerpt names no end year)
        assert_eq!(got, [(Some(6.5), Some(2024), Role::Baseline)], "{c:?}");
        assert!(
            c.iter()
                .any(|c| c.value == Some(10.0) && c.role == Role::Target && c.year.is_none()),
            "{c:?}"
        );
    }

    /// 1623 同安区 (news dated 2023-12-28 of the work report delivered the day before,
    /// `总结一年工作成效,部署来年工作安排`): a report delivered at the year's end reviews that year,
    /// and `周桂良在报告中说,2023年,…` opens its review — `全年预计地区生产总值增长1.5%左右` and
    /// `规上工业总产值增长1.2%` are 2023's results.
    #[test]
    fn a_report_delivered_at_the_years_end_reviews_that_year() {
        let text = "2023-12-28 18:15:13 来源:改革网 谢伟宁\n改革网讯  12月27日,同安区第十八届人民代表大会第三次会议开幕,同安区人民政府代区长周桂良作《政府工作报告》,总结一年工作成效,部署来年工作安排。\n周桂良在报告中说,2023年,同安区深入实施“四个年”活动,稳中求进。全年预计地区生产总值增长1.5%左右,规上工业总产值增长1.2%。\n";
        let x = crate::extract::extract(text.as_bytes(), &crate::extract::ExtractOptions::new("r"))
            .expect("extracts");
        let got: Vec<_> = x.data().map(|c| (c.value, c.year, c.role)).collect();
        assert_eq!(
            got,
            [
                (Some(1.5), Some(2023), Role::Baseline),
                (Some(1.2), Some(2023), Role::Baseline)
            ],
            "{:?}",
            x.candidates
        );
    }
}
