//! When a text speaks from: the year its page was published, the date of the report it
//! presents, whether it reports results rather than sets goals, and where a work report's
//! review of the past year opens — read once per text (or per line) before any figure's year.

use regex::Regex;

use crate::extract::text::Line;
use crate::extract::Period;

mod reviewed;
pub(crate) use reviewed::{
    bulletin_year, opening_year, release_year, reported_year, review_title_year,
};

/// A paragraph that opens a government work report's review of the past year: `过去一年,全市
/// 上下…`, `过去的一年` (`刚刚过去的一年`), `一年来`, `回望过去5年`, or a part of the review headed by the results
/// it delivered (`(三)交出了重大项目攻坚的争先答卷。`).
pub(super) fn opens_review(norm: &str) -> bool {
    // (`刚刚过去的一年,是深入实施“十四五”规划的关键之年`)
    // (`这五年,基础设施实现整体性提升` in a report's review of the five years)
    // (`这一年,我们坚持…,交出了一份实实在在的答卷` opening a report's review)
    regex!(r"^\s*(?:在|回望|回顾|刚刚|刚)?(?:过去一年|过去的一年|一年来|过去[五5]年|[五5]年来|这[五5一]年\s*[,，])")
        .is_match(norm)
        // (`中新网西安2月8日电 (杨英琦)记者8日从…新闻发布会上获悉,过去一年,该市…`: after a news
        // lead)
        // (`记者从…政府工作报告获悉,近五年,云南省…`, `报告显示,五年来,…`: the five years a
        // report reviews, after the lead)
        || regex!(r"^[^。；;]{0,80}(?:获悉|了解到|报告显示|报告指出)\s*[,，:：]\s*(?:过去一年|过去的一年|一年来|近[五5]年|过去[五5]年|[五5]年来)[,，]")
            .is_match(norm)
        // (`方捷说,过去的一年,市政府坚持…`: after the speaker a news page quotes)
        || regex!(r"^\s*[^，,。；;\d]{1,12}(?:说|指出|表示|介绍)\s*[,，:：]\s*(?:过去一年|过去的一年|一年来)[,，]")
            .is_match(norm)
        || regex!(r"^\s*[(（][一二三四五六七八九十]{1,2}[)）][^。，,;；]{0,12}交出了?[^。，,;；]{0,20}答卷")
            .is_match(norm)
        // (`兴瓦社区的忙碌,是成都推进城市更新工作的缩影。回顾过去一年,成都全年推进27个片区更新`:
        // the second sentence of a paragraph whose first gives no figure)
        || regex!(r"^[^。；;\d]{1,80}。\s*(?:回望|回顾)?(?:过去一年|过去的一年)\s*[,，]")
            .is_match(norm)
}

/// A table of contents' line (`第一章 发展基础……1`, a page number ending it), not an excerpt cut
/// off with `……` nor one that goes on with a date (`……9月26日,…`).
pub(super) fn is_toc_line(norm: &str) -> bool {
    regex!(r"(?:\.{4,}|…{2,})\s*\d{1,4}\s*$").is_match(norm)
}

/// A paragraph that opens on years counted up to now (`5年来,`, `近三年来`): on a page that
/// presents no work report, they end with the page's year — except five years on a page of a
/// five-year period's first year (`五年来,衡山县积极应对经济下行压力,…` on a page of 2021), which
/// look back on the period that ended the year before.
pub(super) fn counts_years_to_now(norm: &str, published: Option<i32>) -> bool {
    // (`12月18日,记者从“十四五”发展成就海东专场新闻发布会获悉,五年来,海东市…`: after a news lead)
    let Some(c) =
        regex!(r"^(?:[^。；;]{0,80}(?:获悉|了解到)\s*[,，:：])?\s*(?:近|这)?([五5三3])年来")
            .captures(norm)
    else {
        return false;
    };
    let five = matches!(&c[1], "五" | "5");
    !(five && published.is_some_and(|y| y % 5 == 1))
}

/// A paragraph that opens on the years ahead (`展望未来5年,…`, `今后五年,…`): how many, for
/// the goals it states without a year of their own.
pub(super) fn opens_outlook(norm: &str) -> Option<i32> {
    let c = regex!(r"^\s*(?:展望)?(?:未来|今后)([三五3-5])年").captures(norm)?;
    match &c[1] {
        "三" | "3" => Some(3),
        "4" => Some(4),
        _ => Some(5),
    }
}

/// A heading of a work report's review that names no year (`一、工作回顾`, `一、过去一年工作回顾`);
/// `一、2024年工作回顾` names its year and dates its section itself.
pub(super) fn review_heading(norm: &str) -> bool {
    regex!(r"工作回顾|发展回顾|过去一年|过去五年|五年来").is_match(norm)
        && !regex!(r"(?:19|20)\d{2}\s*年").is_match(norm)
}

/// The year a text speaks from (its `今年`): a report's own dated title, else the year the
/// caller says the page was published (`caller`), else a dated line near the top, else the year
/// of the work report its opening names, else a count of years from a dated founding. One
/// definition for the whole pipeline.
pub(crate) fn speaking_year(lines: &[Line], caller: Option<i32>) -> Option<i32> {
    delivered_year(lines)
        .or(caller)
        .or_else(|| published_year(lines))
        .or_else(|| report_year(lines))
        .or_else(|| conference_year(lines))
        .or_else(|| briefing_year(lines))
        .or_else(|| anniversary_year(lines))
        .or_else(|| milestone_year(lines))
        .or_else(|| elapsed_year(lines))
        .or_else(|| opening_year(lines))
        .or_else(|| released_plan_year(lines))
        .or_else(|| closing_plan_year(lines))
        .or_else(|| as_of_month_year(lines))
        .or_else(|| headline_ahead_year(lines))
}

/// The year an undated page speaks from, by the press briefing its opening reports on a year's
/// record (`12月27日,市政府新闻办召开新闻发布会,…就高新区2023年经济社会发展情况进行专题发布`): a
/// briefing held in the year's last quarter speaks from that year, one held early in the next year
/// (`1月20日,…发布会,…介绍2023年经济运行情况`) from the next.
pub(crate) fn briefing_year(lines: &[Line]) -> Option<i32> {
    let briefing = regex!(
        r"^\s*(\d{1,2})\s*月\s*\d{1,2}\s*日[^。；;]{0,40}发布会[^。；;]{0,40}?(20\d\d)\s*年[^。；;]{0,16}?(?:发展|运行|工作)(?:情况|成效|成就)"
    );
    first_text_lines(lines, 3).find_map(|l| {
        let c = briefing.captures(&l.norm)?;
        let (m, y): (u32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        match m {
            10..=12 => Some(y),
            1..=4 => Some(y + 1),
            _ => None,
        }
    })
}

/// The year an undated page's headline says the place will work in (`四川省十四届人大五次会议开幕
/// 2026年将全力以赴拼经济搞建设`): news of the year's goals, written as it begins — the page
/// speaks from that year, and its `过去一年` is the year before.
pub(crate) fn headline_ahead_year(lines: &[Line]) -> Option<i32> {
    let ahead = regex!(r"(20\d\d)\s*年\s*(?:将|要|力争|争取)");
    year_in_first_lines(lines, 1, ahead)
}

/// The year of the latest `截至2025年10月底` (a date to the month, as statistics are reported) in
/// an undated page's first ten lines: the page was written once that month was over, in that
/// year. Not a date of December, January or February (`截至2024年1月底` on a page of February
/// 2024 that reports the year 2023; `截至2022年12月` on a page of the next year): around a year's
/// turn a page may speak from either.
pub(crate) fn as_of_month_year(lines: &[Line]) -> Option<i32> {
    let as_of = regex!(r"(?:截至|截止|截止到|到)\s*(20\d\d)\s*年\s*(\d{1,2})\s*月(?:底|末|份)?");
    first_text_lines(lines, 10)
        .flat_map(|l| as_of.captures_iter(&l.norm))
        .filter(|c| c[2].parse::<u32>().is_ok_and(|m| (3..=11).contains(&m)))
        .filter_map(|c| c[1].parse::<i32>().ok())
        .max()
}

/// The last year of a five-year plan an undated page's opening says is being completed or
/// summed up (`高质量完成“十四五”规划系列主题新闻发布会`, `牡丹江“十四五”发展报告`, `决胜“十四五”`,
/// `“十四五”收官`): the page speaks from the period's end, so the years before it are over.
pub(crate) fn closing_plan_year(lines: &[Line]) -> Option<i32> {
    let closing = regex!(
        r"(?:(?:高质量|圆满|全面)完成|决胜)\W{0,2}十([三四五])五|十([三四五])五\W{0,2}(?:规划)?\W{0,2}(?:圆满)?(?:收官|发展报告)"
    );
    first_text_lines(lines, 5).find_map(|l| {
        let c = closing.captures(&l.norm)?;
        let d = c.get(1).or(c.get(2))?.as_str();
        // (the thirteenth plan ended in 2020, each next one five years later)
        let plan = "三四五".find(d)? as i32 / 3;
        Some(2020 + 5 * plan)
    })
}

/// The first year of a multi-year plan a news page's opening presents as just issued
/// (`在昨天下午举行的市政府新闻发布会上,…介绍了《上海市推进新型基础设施建设行动方案(2020-2022年)》`):
/// the year the page speaks from, for a page that states no date of its own.
pub(crate) fn released_plan_year(lines: &[Line]) -> Option<i32> {
    let released = regex!(
        r"(?:介绍了?|印发了?|发布了?|出台了?|解读了?)\s*《[^》]{0,60}[(（]\s*(20\d\d)\s*年?\s*[-—–~至]+\s*20\d\d\s*年?\s*[)）]\s*》"
    );
    year_in_first_lines(lines, 5, released)
}

/// The year a report was delivered, from the date in its title line (`绵阳市政府工作报告(2023年1
///月3日 李云)`): the text's own `今年`, whatever year a mirror reposted it in.
pub(crate) fn delivered_year(lines: &[Line]) -> Option<i32> {
    delivered(lines).map(|(y, _)| y)
}

/// The year and month of the date in a report's title line — among the first three lines with
/// text, after a page's navigation (`导航菜单` then `(四川省)石棉县人民政府工作报告(2021年12月12日)`).
fn delivered(lines: &[Line]) -> Option<(i32, u32)> {
    let dated = regex!(
        r"(?:报告|讲话)[^。，,;；]{0,4}[(（]\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日"
    );
    // (`政府工作报告` then `2021年12月15日` on a line of its own: the title's date below it)
    let date_line = regex!(r"^\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*$");
    let first: Vec<&Line> = first_text_lines(lines, 3).collect();
    first.iter().enumerate().find_map(|(i, l)| {
        let c = dated.captures(&l.norm).or_else(|| {
            let title = i.checked_sub(1).map(|j| first[j].norm.trim_end())?;
            title
                .ends_with("工作报告")
                .then(|| date_line.captures(&l.norm))
                .flatten()
        })?;
        Some((c[1].parse().ok()?, c[2].parse().ok()?))
    })
}

/// The year a work report's review of "the past year" covers, given the year it speaks from: the
/// year before, unless its title dates it to November or December (`嘉峪关市政府工作报告(2021年12月
/// 14日 刘凯)`, a congress at the year's end): then the year it was delivered in, which is over.
pub(crate) fn past_year(lines: &[Line], speaking: Option<i32>) -> Option<i32> {
    let delivered = delivered(lines);
    speaking.map(|y| match delivered {
        Some((d, 11 | 12)) if d == y => y,
        _ => y - 1,
    })
}

/// The year an undated page speaks from by the milestone it says the present year is
/// (`今年是党的二十大召开之年`: 2022; `今年是建党100周年`: 2021; `今年是“十四五”开局之年`: 2021),
/// in its first lines.
pub(crate) fn milestone_year(lines: &[Line]) -> Option<i32> {
    let this_year = regex!(r"(?:今年|本年)\s*(?:是|为|恰逢|正值)([^。；;]{0,40})");
    let milestones: [(&Regex, i32); 7] = [
        (regex!(r"党的十九大召开之年"), 2017),
        (regex!(r"党的二十大召开之年"), 2022),
        (
            regex!(r"(?:建党|中国共产党成立)\s*(?:100|一百)\s*周年|建党百年"),
            2021,
        ),
        (regex!(r"十三五\W{0,2}(?:规划)?(?:的)?收官之年"), 2020),
        (regex!(r"十四五\W{0,2}(?:规划)?(?:的)?开局之年"), 2021),
        (regex!(r"十四五\W{0,2}(?:规划)?(?:的)?收官之年"), 2025),
        (regex!(r"十五五\W{0,2}(?:规划)?(?:的)?开局之年"), 2026),
    ];
    first_text_lines(lines, 4).find_map(|l| {
        let said = this_year.captures(&l.norm)?;
        let said = said.get(1)?.as_str();
        milestones
            .iter()
            .find(|(re, _)| re.is_match(said))
            .map(|&(_, y)| y)
    })
}

/// The year an undated page speaks from by the years of a five-year period it says are behind
/// it (`“十四五”前四年(2021-2024年)接连突破900亿元…`: the first four years are over, so the page
/// speaks from 2025), in its first ten lines; the latest such year when several are named.
pub(crate) fn elapsed_year(lines: &[Line]) -> Option<i32> {
    let elapsed = regex!(r"十([一二三四五])五\W{0,2}(?:时期|期间)?(?:的)?前([一两二三四1-4])年");
    first_text_lines(lines, 10)
        .flat_map(|l| elapsed.captures_iter(&l.norm))
        .filter_map(|c| {
            let plan = "一二三四五".chars().position(|d| c[1].starts_with(d))? as i32;
            let years = super::marks::few_years(&c[2])?;
            // (the eleventh plan began in 2006, each next one five years later)
            Some(2006 + 5 * plan + years)
        })
        .max()
}

/// The year of the work report a text presents, from its opening lines (`2022年,江门市政府工作
/// 报告全面回顾了过去五年…`), or the year after the one the report is said to review first
/// (`浙江省代省长刘捷作政府工作报告时介绍,2024年浙江省生产总值增长5.5%左右` → 2025), or the year
/// a meeting plans after summing up the one before (`总结2023年各项工作,部署2024年重点工作任务` →
/// 2024): for a page that states no date of its own.
pub(crate) fn report_year(lines: &[Line]) -> Option<i32> {
    let named = regex!(r"^\s*(20\d\d)\s*年\s*[,，]?\s*[^，,。；;]{0,12}政府工作报告");
    let reviewing = regex!(
        r"作(?:《[^》]{0,20})?政府工作报告》?时?(?:介绍|指出|表示|说)\s*[,，:：]\s*(20\d\d)\s*年"
    );
    // (`…全会在区委礼堂召开,总结2023年各项工作,部署2024年重点工作任务`: a meeting that sums up
    // one year and plans the next speaks from the next)
    let next = regex!(r"总结\s*20\d\d\s*年[^。；;]{0,12}工作\s*[,，、]?\s*部署\s*(20\d\d)\s*年");
    // (`報告指出,2021年,長壽實現了“十四五”良好開局。預計地區生產總值820億元` in news of a work
    // report the page presents: the year the report looks back on, achieved)
    let looked_back = regex!(
        r"^[^。；;]{0,12}报告(?:中)?(?:指出|显示|回顾)\s*[,，:：]\s*(20\d\d)\s*年\s*[,，][^。；;]{0,30}(?:实现了|取得了|完成了)"
    );
    year_in_first_lines(lines, 3, named)
        .or_else(|| year_in_first_lines(lines, 3, reviewing).map(|y| y + 1))
        .or_else(|| year_in_first_lines(lines, 3, next))
        .or_else(|| {
            year_in_first_lines(lines, 12, looked_back)
                .filter(|_| presents_work_report(lines))
                .map(|y| y + 1)
        })
}

/// The year of the annual work conference an undated page's opening reports
/// (`记者从今天(1月14日)召开的2026年内蒙古自治区交通运输工作会议上获悉`, `2024年江西全省交通运输
/// 工作会议9日在南昌举行`): such a conference opens the year it is named for, so the page speaks
/// from that year — its `今年` is the year named.
pub(crate) fn conference_year(lines: &[Line]) -> Option<i32> {
    let conference = regex!(
        r"(?:召开的|举行的|^\s*)(20\d\d)\s*年(?:度)?[^。，,；;\d]{0,24}?工作(?:会议|大会)(?:上|在|于|\d{1,2}\s*日|[(（]|召开|举行|开幕)"
    );
    // (`当天,2023年江西省两会第三场“厅长通道”举行`: the year's people's congress meets in its
    // first months, so the year it is named for is the page's; not `2024年全国两会期间,…提交了…建议`,
    // a past event a later page recounts)
    let sessions = regex!(r#"(20\d\d)\s*年[^。，,；;\d]{0,12}?[“"]?两会(?:[^期]|$)"#);
    // (`2025湖南(国际)通用航空及低空经济产业博览会21日在湖南长沙开幕`: an event named for a year,
    // opening on a day the news reports, is held in that year)
    let event = regex!(
        r"(20\d\d)\s*年?[^。，,；;\d]{0,30}?(?:博览会|展览会|交易会|洽谈会|论坛|峰会|大会|艺术节|文化节|旅游节)\s*(?:于|已于)?\s*\d{1,2}\s*日\s*(?:在[^。，,；;]{0,12})?(?:开幕|举行|召开|启幕|开展)"
    );
    year_in_first_lines(lines, 3, conference)
        .or_else(|| year_in_first_lines(lines, 3, sessions))
        .or_else(|| year_in_first_lines(lines, 4, event))
}

/// The year a page was published, from a dated line near its top (`发布日期:2021-07-07`,
/// `发布时间:2023-11-14`, `2021年10月31日 18:53:37 | 来源`).
pub(crate) fn published_year(lines: &[Line]) -> Option<i32> {
    published_date(lines).map(|(y, _)| y)
}

/// The year and month of the dated line near a page's top that [`published_year`] reads.
pub(crate) fn published_date(lines: &[Line]) -> Option<(i32, u32)> {
    let labelled = regex!(
        r"(?:发布|时间|日期)[^0-9\n]{0,6}(20\d\d)\s*[-年/.]\s*(\d{1,2})|(20\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}|(20\d\d)-(\d{1,2})-\d{1,2}"
    );
    lines.iter().take(15).find_map(|l| {
        let c = labelled.captures(&l.norm)?;
        let (y, m) = [(1, 2), (3, 4), (5, 6)]
            .iter()
            .find_map(|&(y, m)| Some((c.get(y)?, c.get(m)?)))?;
        Some((y.as_str().parse().ok()?, m.as_str().parse().ok()?))
    })
}

/// The year an undated account of results on a page dated in the first quarter speaks of
/// (`经济发展` under `发布日期:2025-03-24`, then `实现规上工业增加值707.6亿元`): the year before,
/// whose totals are published then. `None` unless the page's dated line gives the year it
/// speaks from, or if any other line names a year (`2024年`, `今年`, `去年`).
pub(crate) fn first_quarter_review(lines: &[Line], speaking: Option<i32>) -> Option<i32> {
    let (y, m) = published_date(lines)?;
    let names_year = regex!(r"(?:19|20)\d\d\s*年|今年|去年|明年|本年|上年");
    let undated = lines
        .iter()
        .filter(|l| !is_dateline(&l.norm))
        .all(|l| !names_year.is_match(&l.norm));
    (speaking == Some(y) && m <= 3 && undated).then_some(y - 1)
}

/// Whether no line of a text but its datelines ([`is_dateline`]) names a calendar year
/// (`2023年`) or a five-year period (`“十四五”`): a page that leaves its year to its date
/// (`…谋划推进农业农村六项重点工作` then `确保粮食播种面积稳定在238万亩` under a date of 2023).
pub(crate) fn names_no_year(lines: &[Line]) -> bool {
    let year = regex!(r"(?:19|20)\d\d\s*年|十[一二三四五六]五");
    lines
        .iter()
        .filter(|l| !is_dateline(&l.norm))
        .all(|l| !year.is_match(&l.norm))
}

/// The last year of a five-year period a page dated in the first quarter after it opens on
/// (`“十四五”以来,湖南以数字政府建设为引擎…` under `发布时间: 2026-01-27`): the period is over, and
/// the undated results the page then reports are of its last year, not of the weeks of the new
/// one. `None` for a page of a later month or year, or an opening that names no such period.
pub(crate) fn closed_period_review(lines: &[Line], speaking: Option<i32>) -> Option<i32> {
    let (y, m) = published_date(lines)?;
    let period = regex!(r#"十([三四五])五[”"」]?\s*(?:以来|时期|期间|的?(?:成就|成效|收官))"#);
    let end = first_text_lines(lines, 6).find_map(|l| {
        let c = period.captures(&l.norm)?;
        // (the thirteenth plan ended in 2020, each next one five years later)
        Some(2020 + 5 * ("三四五".find(&c[1])? as i32 / 3))
    })?;
    (speaking == Some(y) && m <= 3 && y == end + 1).then_some(end)
}

/// Whether a line is only a date (`(2023年3月15日)` under a communiqué's signature,
/// `2023-05-21 20:35`, `发布时间:2021年7月7日`): when the page was written or posted, not the
/// year its figures speak of, so it sets no year for the lines after it.
pub(super) fn is_dateline(norm: &str) -> bool {
    regex!(
        r"^\s*[(（]?\s*(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*)?20\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?\s*$"
    )
    .is_match(norm)
}

/// Words that report what was done, counted over a whole text by [`is_report`].
fn report_word_re() -> &'static Regex {
    regex!(
        r"已|截至|截止|目前|去年|上年|同比|以来|共有|累计|完成了|实现了|取得了|达到了|获悉|了解到|记者|近年来|发布会上"
    )
}

/// Words that set a goal, counted over a whole text by [`is_report`].
pub(super) fn goal_word_re() -> &'static Regex {
    regex!(r"力争|争取|将|预计|目标|确保|到\s*20\d\d|届时")
}

/// Whether any line of a text has a word of a goal ([`goal_word_re`]: `力争`, `将`, `预计`,
/// `目标`, `到2025`): a text with none sets no goals.
pub(crate) fn speaks_of_goals(lines: &[Line]) -> bool {
    lines.iter().any(|l| goal_word_re().is_match(&l.norm))
}

/// Whether a text reports results (a press release of what was built, a progress report)
/// rather than sets targets: its words of the past or of a news report (`已`, `截至`, `累计`,
/// `同比`, `了解到`, `记者`) are at least two, and at least twice its words of a goal (`力争`,
/// `将`, `预计`, `到2025`).
/// In such a text a figure in a sentence that does not speak of the future is an achieved
/// value (a baseline), whatever year phrase stands before it (`“十四五”期间，全市光缆总长达…`).
///
/// On a page published in a known year, `到2024年` of a year before it is a past span
/// (`从建区时的78亿元GDP到2024年突破9501亿元`), not a goal.
pub(super) fn is_report(lines: &[Line], published: Option<i32>) -> bool {
    if issues_a_plan(lines) {
        return false;
    }
    let (mut past, mut goal) = (0usize, 0usize);
    let by_year = regex!(r"到\s*(20\d\d)");
    for l in lines {
        past += report_word_re().find_iter(&l.norm).count();
        goal += goal_word_re()
            .find_iter(&l.norm)
            .filter(|m| {
                let year = by_year
                    .captures(m.as_str())
                    .and_then(|c| c[1].parse::<i32>().ok());
                let past_span = matches!((year, published), (Some(y), Some(p)) if y < p);
                let object_marker =
                    m.as_str() == "将" && super::tense::disposal(&l.norm[m.end()..]);
                !(past_span || object_marker)
            })
            .count();
    }
    past >= 2 && past >= 2 * goal
}

/// Whether a text opens by issuing the plan it holds (`《数智贵州建设2026年工作要点》已经省领导同意,
/// 现印发给你们`, `…制定本工作要点。`): a plan, whatever its words of the past (`已经…同意`, `已建
/// 数据中心`, `累计达到150家`) say.
fn issues_a_plan(lines: &[Line]) -> bool {
    let issued = regex!(
        r"现(?:将[^。；;]{0,40})?印发给你们|制定本(?:工作要点|要点|方案|实施方案|行动方案|行动计划|计划|规划)"
    );
    first_text_lines(lines, 4).any(|l| issued.is_match(&l.norm))
}

/// Whether the text is a plan whose title states no period (`新疆关于…推进乡村全面振兴的实施方案`,
/// dated only by its page): a title line that ends on a word for plan and names no year, no
/// execution report, and no period found elsewhere.
pub(super) fn is_undated_plan(lines: &[Line], period: Period) -> bool {
    period.end_year.is_none()
        && crate::extract::period::find_title(lines).is_some_and(|t| {
            regex!(r"(?:规划|方案|计划|意见|纲要|要点)\s*$").is_match(&t)
                && !regex!(r"执行|报告|总结|20\d\d").is_match(&t)
        })
}

/// Whether a text opens on the time so far (`据青海省发改委消息,今年以来,海东市…`, `近年来`,
/// `截至目前`): among its first three lines with text, one opens (after a source or dateline
/// phrase) on a span that ends now — a progress report, of results.
pub(crate) fn opens_on_progress(lines: &[Line]) -> bool {
    let so_far = regex!(
        r"^\s*(?:据[^，,。]{0,16}(?:消息|报道|了解)\s*[,，]\s*|[^，,。\s]{1,12}(?:讯|电)\s*[:：]?\s*)?(?:今年以来|近年来|去年以来|截至目前|截止目前)"
    );
    first_text_lines(lines, 3).any(|l| so_far.is_match(&l.norm))
}

/// Whether a text presents what a plan or a period achieved (`上海“十四五”规划成果系列发布会`,
/// `举行发布会,全面展示陇县“十四五”期间经济社会发展成就`, a title `上海徐汇区‘十四五’成就:…`, a
/// press conference of a period's record (`“长沙‘十四五’答卷”系列主题新闻发布会`) —
/// not a plan's `回顾了“十三五”取得的成就`) in
/// its first lines with text: a report of results, though it names the plan's period. A press
/// conference of results may come after a page's navigation lines and its title (first eight
/// lines); the other shapes are read in the first four.
pub(crate) fn presents_results(lines: &[Line]) -> bool {
    let results = regex!(
        r#"展示[^，,。；;]{0,24}成就|[“‘"']十[一二三四五六]五[”’"'](?:期间)?(?:发展|建设)?成就\s*(?:[:：]|$)"#
    );
    let conference = regex!(r"(?:成果|成就)[^，,。；;]{0,4}发布会|答卷[^，,。；;]{0,9}发布会");
    first_text_lines(lines, 8)
        .enumerate()
        .any(|(i, l)| conference.is_match(&l.norm) || (i < 4 && results.is_match(&l.norm)))
}

/// Whether a news text presents a government work report (`…市长于海田作政府工作报告`,
/// `政府工作报告提出:`) in its first ten lines: the report plans for the year the page was
/// published and reviews the year before.
pub(crate) fn presents_work_report(lines: &[Line]) -> bool {
    let report = regex!(
        r"作(?:《[^》]{0,20})?政府工作报告|政府工作报告(?:提出|指出|明确)|政府工作报告[^。；;]{0,24}(?:提出|明确)[:：]"
    );
    lines.iter().take(10).any(|l| report.is_match(&l.norm))
}

/// The year whose goals a text's title announces (`2025年重庆在经济发展、开放合作…等方面将呈现以下
///变化:`, a title that opens on a year and looks ahead): the goals parts below it that name no
/// year are of that year.
pub(crate) fn title_goal_year(lines: &[Line]) -> Option<i32> {
    let title = first_text_lines(lines, 1).next()?;
    // (a title, not the opening paragraph of a report: `2023年,市数据资源管理局…紧扣…目标…。`)
    if title.norm.chars().count() > 60 || title.norm.contains('。') {
        return None;
    }
    let c = regex!(r"^\s*(20\d\d)\s*年[^。；;\d]{0,40}?(?:将|目标|计划|预期|力争)")
        .captures(&title.norm)?;
    c[1].parse().ok()
}

/// The year of the livelihood projects a text is titled as the list of (`2026年政府民生实事项目`,
/// a short line among its first eight with text, after a page's index lines): its parts' items
/// that name no year (`一、“一老一小”服务保障能力提升` then `2. 完成5个社区居家养老服务中心升级改造`)
/// are that year's goals.
pub(crate) fn projects_title_year(lines: &[Line]) -> Option<i32> {
    let title =
        regex!(r"^\s*(20\d\d)\s*年[^。；;，,\d]{0,16}?(?:民生实事|实事项目|民生项目)(?:项目)?\s*$");
    year_in_first_lines(lines, 8, title)
}

/// The first `n` lines with text (blank ones skipped): where a page's title, date, dateline and
/// opening stand.
pub(super) fn first_text_lines(lines: &[Line], n: usize) -> impl Iterator<Item = &Line> {
    lines.iter().filter(|l| !l.is_blank()).take(n)
}

/// The year the first capture of `re` gives in the first `n` lines that are not blank.
fn year_in_first_lines(lines: &[Line], n: usize, re: &Regex) -> Option<i32> {
    first_text_lines(lines, n).find_map(|l| re.captures(&l.norm)?.get(1)?.as_str().parse().ok())
}

/// The year a text speaks from by counting years from a dated founding in its first lines:
/// `2017年4月1日,…决定设立河北雄安新区。经过六年的建设,…` (or a title `雄安新区设立6周年`)
/// speaks from 2017 + 6 = 2023, `自2019年…成立数字经济部门以来,…通过4年创业探索` from 2023;
/// `新中国成立75年以来` from 1949 + 75 = 2024. For a page that states no date of its own.
pub(crate) fn anniversary_year(lines: &[Line]) -> Option<i32> {
    // `新中国成立75年以来`, `改革开放40年来`: counted from 1949 or 1978.
    let national =
        regex!(r"(?:新中国成立|中华人民共和国成立|改革开放)\s*(\d{2})\s*(?:周年|年来|年以来)");
    let first: Vec<&Line> = first_text_lines(lines, 3).collect();
    if let Some(c) = first.iter().find_map(|l| national.captures(&l.norm)) {
        let from = if c[0].starts_with("改革开放") {
            1978
        } else {
            1949
        };
        return c[1].parse::<i32>().ok().map(|n| from + n);
    }
    let founded = regex!(
        r"(20\d\d)\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[^。；;]{0,30}(?:设立|成立|建立|挂牌|获批|建区)"
    );
    let counted = regex!(
        r"(?:(?:经过|历经|走过|通过)\s*([一二三四五六七八九十]|\d{1,2})\s*年|([一二三四五六七八九十]|\d{1,2})\s*(?:周年|年来))"
    );
    let first: Vec<&Line> = first_text_lines(lines, 5).collect();
    let year: i32 = first
        .iter()
        .find_map(|l| founded.captures(&l.norm)?.get(1)?.as_str().parse().ok())?;
    let years = first.iter().find_map(|l| {
        let c = counted.captures(&l.norm)?;
        let n = c.get(1).or(c.get(2))?.as_str();
        n.parse::<i32>().ok().or_else(|| {
            "一二三四五六七八九十"
                .chars()
                .position(|d| n.starts_with(d))
                .map(|p| p as i32 + 1)
        })
    })?;
    Some(year + years)
}

/// The first line that names a year and announces that year's goals as a title of its own
/// (`2023年全市经济社会发展主要预期目标`, `二、2024年工作安排`), when no line before it names a
/// year: its index and year.
pub(super) fn goals_heading_ahead(lines: &[Line], period: Period) -> Option<(usize, i32)> {
    let goals = regex!(
        r"^\s*(?:[一二三四五六七八九十]+、)?\s*(20\d\d)\s*年[^，,。；;:：]{0,16}(?:主要预期目标|预期目标|工作安排|主要任务|计划草案)\s*[:：]?\s*$"
    );
    for (i, line) in lines.iter().enumerate() {
        if let Some(c) = goals.captures(&line.norm) {
            return c.get(1)?.as_str().parse().ok().map(|y| (i, y));
        }
        if !super::marks::year_marks(&line.norm, period).is_empty() {
            return None;
        }
    }
    None
}

#[cfg(test)]
#[path = "dating_tests.rs"]
mod tests;
