//! Where a line names a year: year phrases (`到2025年`, `截至2020年底`, `“十三五”期末`,
//! `2019年至今`), phrases that take the document's own scope (`年内`, `3年内`, `届时`, `到期末`,
//! `今年`), and the years a line leaves for the lines after it (a goal year carried, the last
//! year named, a heading's year). [`super::year`] turns them into a figure's year and role.

use regex::Regex;

use super::dating::goal_word_re;
use super::tense::since_after;
use crate::extract::text::Line;
use crate::extract::Period;

/// A year phrase: a year from 1940 (`1978年,全市地区生产总值达到13.13亿元` on a page of a city's
/// history) to 2099, alone or as a span, or a five-year period (`“十四五”期间`).
pub(super) fn year_re() -> &'static Regex {
    regex!(concat!(
        r"(?P<pre>到|至|截至|截止到|截止|于|在|力争|争取)?\s*(?P<y1>(?:19[4-9]|20\d)\d)\s*年?\s*",
        r"(?:[-—–~至到]+\s*(?P<y2>(?:19[4-9]|20\d)\d)\s*)?年(?P<suf>底前|末前|底|末|前|内|以前|以来|起)?",
        r"|“?十(?P<n>[二三四五])五”?(?P<fsuf>期末|末|期间|时期|以来|期|前(?P<k>[一两二三四1-4])年|(?P<half>前半期|前半程|上半程|上半期))?",
    ))
}

/// The span of past years a text reviews (`过去五年`, `五年来`, `十年来`, `“十四五”时期重大成就`):
/// where a step it reports (`地区生产总值从1.5万亿元增长到2.2万亿元`) starts when the step states
/// no starting year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Span {
    /// `过去五年`, `十年来`: so many years before the year the step ends on.
    Last(i32),
    /// `“十四五”时期`: from the year before the plan's first (2020).
    From(i32),
}

impl Span {
    /// The year a step ending in `end` starts from, if the span can say.
    pub(super) fn start(self, end: i32) -> Option<i32> {
        match self {
            Span::Last(n) => Some(end - n),
            Span::From(s) => (end > s).then_some(s),
        }
    }
}

/// The span of past years a line names (see [`Span`]); `未来五年`, `今后五年` look ahead and name none.
pub(super) fn span_of(norm: &str) -> Option<Span> {
    // (`是“十二五”时期2.7倍`: a period compared with, not reviewed)
    let compared = regex!(r#"(?:是|比|较|于|为)\s*[“"]?$"#);
    if let Some(c) = regex!(r#"十([二三四五])五[”"]?\s*(?:期间|时期|以来)"#)
        .captures_iter(norm)
        .find(|c| !compared.is_match(&norm[..c.get(0).map_or(0, |m| m.start())]))
    {
        return Some(Span::From(five_year_plan_end(&c[1]) - 5));
    }
    // (a literal look first: the pattern below has no literal to start its search from, and
    // most lines name no span)
    if !["年来", "年以来", "过去", "这", "近"]
        .iter()
        .any(|w| norm.contains(w))
    {
        return None;
    }
    let c = regex!(
        r"(?:(?:过去|这|近)\s*([二三四]?十|[五5]|10|20)\s*年|(?:^|[^0-9])([二三四]?十|[五5]|10|20)\s*年(?:来|以来))"
    )
    .captures(norm)?;
    let n = match c.get(1).or(c.get(2))?.as_str() {
        "五" | "5" => 5,
        "十" | "10" => 10,
        "二十" | "20" => 20,
        "三十" => 30,
        _ => 40,
    };
    Some(Span::Last(n))
}

/// The last year of the five-year plan its ordinal names (`十三五` → `三` → 2020).
pub(super) fn five_year_plan_end(ordinal: &str) -> i32 {
    match ordinal {
        "二" => 2015,
        "三" => 2020,
        "四" => 2025,
        _ => 2030,
    }
}

/// A count of one to five years as written (`前四年`, `前两年`, `前3年`).
pub(super) fn few_years(word: &str) -> Option<i32> {
    match word {
        "一" | "1" => Some(1),
        "两" | "二" | "2" => Some(2),
        "三" | "3" => Some(3),
        "四" | "4" => Some(4),
        "五" | "5" => Some(5),
        _ => None,
    }
}

/// A multiple right after a year phrase (`“十三五”末2倍`): the year is the multiple's base.
fn multiple_re() -> &'static Regex {
    regex!(r#"^\s*[”"]?\s*(?:期?末)?\s*的?\s*\d+(?:\.\d+)?\s*(?:多)?倍"#)
}

/// A year's target named by its value (`2020年150万公里目标`).
fn named_target_re() -> &'static Regex {
    regex!(r"^\s*\d+(?:\.\d+)?\s*[^\d，,。；;、]{0,4}?的?(?:目标|任务)")
}

/// A month after a year phrase (`2022年6 月底`, `2022年12月`).
fn month_re() -> &'static Regex {
    regex!(r"^\s*\d{1,2}\s*月(?:份)?(?:底|末)?")
}

/// A year phrase and what it says about the role.
#[derive(Debug, Clone, Copy)]
pub(super) struct YearMark {
    pub(super) end: usize,
    pub(super) year: i32,
    /// `Some(true)`: says baseline (`截至`, `以来`, `十三五`); `Some(false)`: says target (`到`).
    pub(super) baseline: Option<bool>,
    /// `2019年底上线运行以来`: the year a count starts from, not the year it refers to.
    pub(super) since: bool,
    /// The words, when they name no year but the document's scope (`年内`, `届时`).
    pub(super) scope: Option<&'static str>,
    /// `2022年6月底`: a date within the year, as statistics are reported (not `…6月底前`, a
    /// deadline).
    pub(super) dated: bool,
}

/// The last year phrase of a line that says when (not a comparison's base, not a count's
/// start, not a scope word).
pub(super) fn last_year(norm: &str) -> Option<i32> {
    year_marks(norm, Period::default())
        .into_iter()
        .rev()
        .find(|m| !m.since && m.scope.is_none())
        .map(|m| m.year)
}

/// The last year phrase of a line that says when and sets no goal (not `到2025年`), and
/// whether it closes the year (`截至2022年12月`).
///
/// A five-year plan's name alone (`全面实施“十四五”规划的关键之年`) says no year that is past.
pub(super) fn last_past_year(norm: &str) -> Option<(i32, bool)> {
    let period_name = |m: &YearMark| norm[..m.end].trim_end_matches(['”', '"']).ends_with('五');
    year_marks(norm, Period::default())
        .into_iter()
        .rev()
        .find(|m| !m.since && m.scope.is_none() && m.baseline != Some(false) && !period_name(m))
        .map(|m| (m.year, m.baseline == Some(true)))
}

/// Phrases that name the document's own end year: `年内`, `3年内`, `届时`, `到期末`; in an annual
/// plan also `今年`, `全年`, `本年度`, `年底(前)`.
fn scope_re() -> &'static Regex {
    regex!(
        r"(?:\d{1,2}|[一二三四五两])年内|年内|届时|到期末|期末|今年|全年|本年度|本年|年底前|年底"
    )
}

/// A part of a year after `今年` (`上半年`, `前三季度`, `1-7月`, `以来`).
fn part_of_year_re() -> &'static Regex {
    regex!(
        r"^\s*(?:上半年|下半年|前三季度|[一二三四1-4]季度|前\d{1,2}个?月|1\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份|底|末)?|以来)"
    )
}

/// The parts of a year that statistics report once they are over (`上半年`, `前三季度`, `一季度`,
/// `前10个月`, `1-7月`): not `下半年`, which a text names mostly ahead.
fn past_part_of_year_re() -> &'static Regex {
    regex!(r"^\s*(?:上半年|前三季度|[一二三四1-4]季度|前\d{1,2}个?月|1\s*[-—–~至]\s*\d{1,2}\s*月)")
}

/// The scope phrases of `norm`, each resolved to the plan's end year (`今年`, `年底前`: the
/// annual plan's year, else the year the page was published, `this_year`).
fn scope_marks(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let annual = period.end_year.is_some() && period.start_year == period.end_year;
    let this_year = if annual { period.end_year } else { this_year };
    if period.end_year.is_none() && this_year.is_none() {
        return Vec::new();
    }
    scope_re()
        .find_iter(norm)
        .filter_map(|m| {
            // `2020年内`, `“十三五”期末`: a year phrase of its own (read by `year_re`); `去年
            // 年底`, `2021年年底`: the end of the year named — also when blanks stand between,
            // as in texts converted from PDF (`到 2022 年底`).
            // `到去年底`, `上年底`, `明年底`: the end of last (next) year (`去年`, `明年` are read
            // by `relative_year_marks`), not this year's.
            let before = norm[..m.start()].trim_end().chars().next_back();
            if before.is_some_and(|c| {
                c.is_ascii_digit()
                    || matches!(c, '五' | '”' | '"' | '年' | '去' | '上' | '前' | '明')
            }) {
                return None;
            }
            let w = m.as_str();
            // (`自2011年至今年复合增长率超过30%`: `至今` then `年复合增长率`, no year of its own)
            if w == "今年"
                && before == Some('至')
                && regex!(r"^(?:复合|均|平均)").is_match(&norm[m.end()..])
            {
                return None;
            }
            // (`2023年全省实有经营主体稳中向好,截至年底,全省…各类经营主体1465.9万户` on a page of
            // 2024: `截至年底` after a year its sentence names is that year's end, reached)
            if w == "年底" && regex!(r"(?:截至|截止到?)\s*$").is_match(&norm[..m.start()]) {
                let start = norm[..m.start()].rfind(['。', '；', ';']).unwrap_or(0);
                let named = year_re()
                    .captures_iter(&norm[start..m.start()])
                    .last()
                    .and_then(|c| c.name("y1")?.as_str().parse::<i32>().ok());
                if let Some(y) = named {
                    return Some(YearMark {
                        end: m.end(),
                        year: y,
                        baseline: Some(true),
                        since: false,
                        scope: None,
                        dated: false,
                    });
                }
            }
            let year = match w {
                "今年" | "年底前" | "年底" => this_year?,
                // `年内数字经济高新技术企业达到1500家以上` in news of a plan to 2025 on a page of
                // 2023: within this year (an annual plan's, else the page's), as `今年`.
                "年内" => this_year.or(period.end_year)?,
                // `2020年全年`: the whole of a year named.
                "全年" | "本年度" | "本年" if annual => this_year?,
                // `预计本年度可形成投资1006亿元`: this year, as `今年`.
                "本年度" => this_year?,
                // `本年,我省将建造水网连通工程1000公里以上`: a clause opening on this year, as `今年`.
                "本年" if regex!(r"^\s*[,，]").is_match(&norm[m.end()..]) => this_year?,
                "全年" | "本年" => return None,
                _ => period.end_year?,
            };
            let word: &'static str = match w {
                "年底前" | "年底" => "年底",
                "今年" => "今年",
                "全年" => "全年",
                "本年度" | "本年" => "本年",
                "届时" => "届时",
                "到期末" | "期末" => "期末",
                "年内" => "年内",
                _ => "N年内",
            };
            // `今年上半年`, `今年1-7月`, `今年以来`: a part of the year, as statistics are
            // reported, not the year's goal.
            let dated = w == "今年" && part_of_year_re().is_match(&norm[m.end()..]);
            Some(YearMark {
                end: m.end(),
                year,
                baseline: (!dated).then_some(false),
                since: false,
                scope: Some(word),
                dated,
            })
        })
        .collect()
}

pub(super) fn year_marks(norm: &str, period: Period) -> Vec<YearMark> {
    year_marks_in(norm, period, None)
}

/// [`year_marks`], with `今年` and `年底前` read as `this_year` in a text that is not an annual
/// plan.
pub(super) fn year_marks_in(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let mut out: Vec<YearMark> = year_re()
        .captures_iter(norm)
        .filter_map(|c| {
            let m = c.get(0).expect("match");
            // `比2020年提高5个百分点`, `较2020年增长`, `从2020年的85提高到95`: a comparison's
            // base, not the figure's year — also with blanks between, as in texts converted from
            // PDF (`从 2015 年的 1705 亿元`).
            let before = &norm[..m.start()];
            if ["比", "较", "相比", "与", "同", "从", "由"]
                .iter()
                .any(|w| before.trim_end().ends_with(w))
            {
                return None;
            }
            // (`分别比2021年末、2022年末高7.9个、3.1个百分点`: a second base listed after the first)
            if regex!(r"(?:比|较)\s*(?:19|20)\d\d\s*年?\s*[底末]?\s*[、和及]\s*$").is_match(before) {
                return None;
            }
            // `分别恢复到2019年的113%、119%和105%`, `相当于1994年的28倍`: the year a share or a
            // multiple is of, not the figure's year — nor that of any figure after it.
            if regex!(r"(?:恢复到|恢复至|恢复|相当于)\s*$").is_match(before)
                && regex!(r"^\s*(?:同期)?的").is_match(&norm[m.end()..])
            {
                return None;
            }
            // `今年是…谋划“十五五”发展之年`: a period being planned for is no time for what
            // follows.
            // (`2025年是“十四五”收官之年,也是“十五五”谋划之年`: likewise)
            if c.name("n").is_some()
                && (regex!(r"(?:谋划|筹划|编制|研究制定)\s*(?:好)?\s*$").is_match(before)
                    || regex!(r#"^[”"」]?\s*(?:规划)?\s*的?\s*(?:谋划|筹划|编制)"#)
                        .is_match(&norm[m.end()..]))
            {
                return None;
            }
            // `池州…2000年撤地建市,…面积8399平方公里`: the year a place was founded dates no
            // figure that describes it.
            // (`遂川工业园区成立于1995年,2006年被批准为省级工业园区,规划区总面积约3.2万亩`: the
            // year it was founded or raised in rank, likewise)
            if regex!(r"^\s*(?:撤[地县州][设建](?:市|区)|撤县设市|撤县设区|建市|建区|设市|设区|建县|被批准为|获批为|批准设立|升格为|升级为)")
                .is_match(&norm[m.end()..])
                || regex!(r"(?:成立|始建|创建|组建)\s*于?\s*$").is_match(before)
            {
                return None;
            }
            // `在2010年的基础上翻了一番`: the base a figure is measured against, no time for it.
            if (before.trim_end().ends_with('在') || c.name("pre").is_some_and(|p| p.as_str() == "在"))
                && regex!(r"^\s*(?:底|末)?\s*的?\s*基础上").is_match(&norm[m.end()..])
            {
                return None;
            }
            // `《宣城市城市总体规划(2016—2030年)》获省政府批复`: a year inside a document's title
            // is part of its name, no time for what follows.
            if before.rfind('《').is_some_and(|o| before.rfind('》').is_none_or(|c| c < o))
                && norm[m.end()..].contains('》')
            {
                return None;
            }
            // `图2 2021年全区生产总值构成`, `图12018-2022年…增长速度`: a chart's caption, no time
            // for the figures after it.
            if regex!(r"图\s*\d{0,2}\s*$").is_match(before) {
                return None;
            }
            // `成功入选国家2022年度“千兆城市”`: the year of a list or title a place was named
            // on, no time for what follows.
            if regex!(r#"^\s*年?度?\s*[“"《]"#).is_match(&norm[m.end()..])
                && regex!(r"(?:入选|获评|评为|获得|荣获|列入|跻身)[^，,。；;]{0,8}$")
                    .is_match(before)
            {
                return None;
            }
            // `基站数量达到“十三五”末2倍`: the base of a multiple, not the figure's year;
            // `提前完成了2020年150万公里目标`: the year of a target named, not a time for what
            // follows.
            if multiple_re().is_match(&norm[m.end()..])
                || named_target_re().is_match(&norm[m.end()..])
            {
                return None;
            }
            // `深入实施“十四五”规划的关键之年`: a plan's name, no time for what follows; so is
            // a period that names a plan's parts (`对“十四五”重点任务…进行了安排部署`) or its start
            // (`“十四五”实现良好开局。一年来,…完成新冠疫苗接种80.8万剂次`).
            if c.name("n").is_some()
                && c.name("fsuf").is_none()
                && regex!(r"^[^，,。；;、]{0,12}规划|^”?\s*(?:重点任务|重点项目|重大项目|目标任务)|^”?\s*(?:实现)?(?:了)?(?:良好|精彩|漂亮)?开局")
                    .is_match(&norm[m.end()..])
            {
                return None;
            }
            // `锚定“十五五”,生产总值预期目标增长5.5%以上` (a headline of a work report's goals for
            // 2026): a period a text aims at, no time for what follows.
            if c.name("n").is_some()
                && c.name("fsuf").is_none()
                && regex!(r#"(?:锚定|瞄准|对标|紧扣|聚焦)\s*[“"]?\s*$"#).is_match(before)
            {
                return None;
            }
            // `“十四五”期间投资最大的单体项目`: a period that describes a noun by a superlative,
            // no time for what follows.
            if c.name("n").is_some()
                && regex!(r"^[^，,。；;、]{0,8}最[^，,。；;、]{0,6}的").is_match(&norm[m.end()..])
            {
                return None;
            }
            if let Some(n) = c.name("n") {
                let end = five_year_plan_end(n.as_str());
                // (`“十四五”前四年固定资产投资年均增长4.8%`: the period's first years end with its
                // fourth; `截至2024年,“十四五”期间…年均增长20.3%`: a span the sentence closes
                // before the period's end)
                // (`“十四五”前半期,全市GDP年均增长7.4%` in a report of 2024 on the plan's mid-term
                // evaluation: the first half ends with the period's third year)
                let first = c
                    .name("k")
                    .and_then(|k| few_years(k.as_str()))
                    .or(c.name("half").map(|_| 3));
                let closed = regex!(r"(?:截至|截止到?)\s*(20\d\d)\s*年[底末]?\s*[,，]?\s*$")
                    .captures(&norm[..m.start()])
                    .and_then(|c| c[1].parse::<i32>().ok())
                    .filter(|y| (end - 4..end).contains(y));
                let year = match (first, closed) {
                    (Some(k), _) => end - 5 + k,
                    (None, Some(y)) => y,
                    (None, None) => end,
                };
                // `“十三五”期末` in a 十四五 plan is its base; with no known period, a five-year
                // plan's end (`期末`, `期间`, `以来`) before the plan's own end is past.
                let ended = c.name("fsuf").is_some();
                // `到“十四五”期末,…将实现`: by the end of a period is a goal, whatever the text's
                // own period.
                let by = regex!(r"(?:到|至|力争到|争取到)\s*$").is_match(&norm[..m.start()]);
                // `“十四五”时期将是5G网络的大规模建设期`: a period the sentence looks ahead to is
                // no past, whatever its suffix.
                let ahead = regex!(r"^\s*(?:将|要|会|必将)").is_match(&norm[m.end()..]);
                // `“十四五”時期,黑龍江省綜合交通基礎設施建設累計完成投資預計2690億元` on a page of
                // 2025: a period the page looks back on from its last year or later is past,
                // whatever the text's own period.
                let looked_back = c
                    .name("fsuf")
                    .is_some_and(|s| matches!(s.as_str(), "时期" | "期间" | "以来"))
                    && this_year.is_some_and(|t| t >= end);
                // (`二、“十五五”时期主要目标和重大任务`: the goals of the period, ahead)
                let goals = regex!(r"^\s*的?\s*(?:主要|发展|奋斗)?目标")
                    .is_match(&norm[m.end()..]);
                let past = match (period.base_year, period.end_year) {
                    _ if by || goals => Some(false),
                    _ if looked_back && !ahead => Some(true),
                    (Some(b), _) => Some(year <= b),
                    (None, Some(e)) => Some(year < e),
                    (None, None) => (ended && !ahead).then_some(true),
                };
                // (`“十四五”以来,…建成了6座数据中心`: counted from the period's start, to a
                // year the page must give)
                let since = c.name("fsuf").is_some_and(|s| s.as_str() == "以来");
                return Some(YearMark {
                    end: m.end(),
                    // (a count since a period starts with its first year)
                    year: if since { end - 4 } else { year },
                    baseline: past,
                    since: since || since_after(norm, m.end()),
                    scope: None,
                    dated: false,
                });
            }
            let year: i32 = c
                .name("y2")
                .or(c.name("y1"))
                .and_then(|y| y.as_str().parse().ok())?;
            // `赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上`: a work report of a year
            // shows what the year before it reached, as `去年` does.
            if regex!(r"^\s*(?:政府)?工作报告(?:显示|指出|称|提到|回顾)").is_match(&norm[m.end()..])
            {
                return Some(YearMark {
                    end: m.end(),
                    year: year - 1,
                    baseline: Some(true),
                    since: false,
                    scope: None,
                    dated: false,
                });
            }
            let pre = c.name("pre").map_or("", |p| p.as_str());
            let suf = c.name("suf").map_or("", |p| p.as_str());
            // `增速位居各旗市区第三位,是自2005年以来最好的位次`, `创2010年以来新高`: the best since a
            // year is a comparison, no time the figures after it are of.
            if suf == "以来" && regex!(r"^\s*的?\s*(?:最[好高快大多低优佳]|新高|首次)").is_match(&norm[m.end()..]) {
                return None;
            }
            let baseline = if matches!(pre, "截至" | "截止" | "截止到") || suf == "以来" {
                Some(true)
            } else if matches!(pre, "到" | "至")
                && [
                    "发展", "增加", "增长", "提高", "提升", "扩大", "上升", "下降", "降低",
                ]
                .iter()
                .any(|w| norm[..m.start()].trim_end().ends_with(w))
                // `从建区时的78亿元GDP到2024年突破9501亿元`: the end of a span from a start.
                || (matches!(pre, "到" | "至") && {
                    let before = &norm[..m.start()];
                    let clause = before
                        .rfind(['，', ',', '。', '；', ';'])
                        .map_or(before, |p| &before[p..]);
                    clause.contains(['从', '由']) && !goal_word_re().is_match(clause)
                })
            {
                // `从2015年的51281元增长到2020年的70790元`: the end of a change, whose year says
                // when — a goal only if that year is still ahead.
                None
            } else if matches!(pre, "到" | "至" | "力争" | "争取") {
                Some(false)
            } else if regex!(
                r"^\s*(?:度)?(?:主要)?(?:工作打算|工作计划|工作思路|工作安排|工作要点|工作部署|重点工作|主要目标|预期目标)"
            )
            .is_match(&norm[m.end()..])
                && !regex!(r"^[^，,。；;]{0,16}?(?:完成情况|落实情况|执行情况|回顾|总结)")
                    .is_match(&norm[m.end()..])
            {
                // (`经开区2022年经济社会发展总体情况和2023年工作打算汇报`: the year a text plans
                // for, not one it reports on)
                Some(false)
            } else {
                None
            };
            // `自2021年以来,…累计`, `2019年至今已开通…`: the year a count starts from.
            // (`2021年起,中山将…`: from a year on)
            let since = matches!(suf, "以来" | "起")
                || norm[m.end()..].trim_start().starts_with("至今")
                || since_after(norm, m.end());
            Some(YearMark {
                end: m.end(),
                year,
                baseline,
                since,
                scope: None,
                // (`2024年上半年,浙江全省17个重点传统制造业增加值增长9.6%`: a part of the year
                // gone by, as statistics are reported, is dated like a month)
                dated: month_re()
                    .find(&norm[m.end()..])
                    .or_else(|| past_part_of_year_re().find(&norm[m.end()..]))
                    .is_some_and(|d| !norm[m.end() + d.end()..].starts_with('前')),
            })
        })
        .collect();
    // `2022年,我县地区生产总值…达到115.77亿元,这是继2021年突破100亿元之后,…比上年增长4.8%`: a
    // year looked back to after `继` holds until its `之后`; the year before it holds again there.
    let mut back: Vec<YearMark> = Vec::new();
    let looked_back = regex!(r"继\s*20\d\d\s*年$");
    for (i, m) in out.iter().enumerate() {
        let Some(prev) = i.checked_sub(1).map(|j| &out[j]) else {
            continue;
        };
        let lead = &norm[prev.end..m.end];
        if !looked_back.is_match(lead) {
            continue;
        }
        let rest = &norm[m.end..];
        let stop = rest.find(['。', '；', ';']).unwrap_or(rest.len());
        if let Some(p) = rest[..stop].find("之后") {
            back.push(YearMark {
                end: m.end + p + "之后".len(),
                ..*prev
            });
        }
    }
    out.extend(back);
    // Year phrases and scope phrases, in the order of the text.
    out.extend(scope_marks(norm, period, this_year));
    out.extend(relative_year_marks(norm, period, this_year));
    out.sort_by_key(|m| m.end);
    out
}

/// `去年` (last year) as a past year phrase, `明年` (next year) as a goal year: the year before
/// (after) the annual plan's year, else the year the page was published — `去年,河北省…完成固定资产
/// 投资150亿元` on a page of 2025 is 2024, `争取明年底规模突破2.4万亿元` on a page of 2024 is 2025's
/// goal. Not a comparison's base (`比去年`, `较去年同期`, `与去年相比`).
fn relative_year_marks(norm: &str, period: Period, this_year: Option<i32>) -> Vec<YearMark> {
    let annual = period.end_year.is_some() && period.start_year == period.end_year;
    let Some(this_year) = (if annual { period.end_year } else { this_year }) else {
        return Vec::new();
    };
    regex!(r"去年|明年")
        .find_iter(norm)
        .filter(|m| {
            let before = &norm[..m.start()];
            // (`由去年同期的15.4%上升到20.4%`: the start of a step, its year the step's)
            // (`采摘面积达157万亩,去年同期增6万亩`: the same time last year as a comparison's base,
            // its `比` left out)
            let compared = regex!(r"^同期\s*(?:增|减|多|少|下降|上升|提高|降低|持平)")
                .is_match(&norm[m.end()..]);
            !compared
                && !["比", "较", "同", "与", "于", "超", "过", "由", "从"]
                    .iter()
                    .any(|w| before.ends_with(w))
        })
        .map(|m| {
            let next = m.as_str() == "明年";
            YearMark {
                end: m.end(),
                year: if next { this_year + 1 } else { this_year - 1 },
                baseline: Some(!next),
                since: false,
                scope: None,
                dated: false,
            }
        })
        .collect()
}

/// The goal year a line leaves for the lines after it (`力争到2020年，A…；B…` followed by more
/// targets): its last year phrase that is not past, not a count's start and after the base year.
pub(super) fn carried_year(norm: &str, period: Period) -> Option<i32> {
    year_marks(norm, period)
        .into_iter()
        .rev()
        .find(|m| {
            m.baseline == Some(false)
                && !m.since
                && m.scope.is_none()
                && period.base_year.is_none_or(|b| m.year > b)
                && !lays_foundation_for(norm, m.end)
        })
        .map(|m| m.year)
}

/// `为“十四五”时期开启…新征程奠定了扎实基础`: a period the work reviewed prepared for, named after
/// `为`; it dates none of the line's figures or the goals after it. So does a goal further off a
/// plan prepares for (`为到2035年人均国内生产总值比2020年翻一番、达到中等发达国家水平打好基础` in the
/// outline of 2026–2030).
fn lays_foundation_for(norm: &str, end: usize) -> bool {
    regex!(r"^[^。；;!！?？]{0,40}?(?:奠定|打下|打好|打牢|筑牢|夯实)了?[^。；;，,]{0,8}基础")
        .is_match(&norm[end..])
}

/// The past year a line of a baseline section leaves for the lines after it (`“十三五”期间`,
/// `截至2020年底`): its last year phrase that says baseline and is not a count's start.
pub(super) fn carried_base_year(norm: &str, period: Period) -> Option<i32> {
    year_marks(norm, period)
        .into_iter()
        .rev()
        .find(|m| m.baseline == Some(true) && !m.since && !lays_foundation_for(norm, m.end))
        .map(|m| m.year)
}

/// The past year a line of a baseline section names with no word of its own for past or goal
/// (`2024年,全市一般公共预算收入284.1亿元` under `一、一般公共预算收入完成情况` on a page of 2025),
/// before the year the page speaks from: the year its undated lines after it (`分级次看,市级…`)
/// report, as [`carried_base_year`]'s are.
pub(super) fn carried_past_year(norm: &str, period: Period, published: Option<i32>) -> Option<i32> {
    let p = published?;
    year_marks(norm, period)
        .into_iter()
        .rev()
        .find(|m| m.baseline.is_none() && !m.since && m.scope.is_none() && m.year < p)
        .map(|m| m.year)
}

/// The latest year after `到`/`力争到`/`至` in the text: a plan's end year when it states no period.
pub(crate) fn latest_goal_year(lines: &[Line]) -> Option<i32> {
    lines
        .iter()
        .flat_map(|l| {
            year_marks(&l.norm, Period::default())
                .into_iter()
                .filter(|m| !lays_foundation_for(&l.norm, m.end))
        })
        .filter(|m| m.baseline == Some(false))
        .map(|m| m.year)
        .max()
}

/// The latest year the text marks as past (`截至2020年底`, `“十三五”期末`) before `end`: the base
/// year of a plan that states no period. No year after the one the page speaks from is past: a
/// later mark (`河南将“十四五”期间的地区生产总值年均增速设为6.0%左右` on a page of 2021) gives the
/// page's year.
pub(crate) fn latest_base_year(
    lines: &[Line],
    end: Option<i32>,
    published: Option<i32>,
) -> Option<i32> {
    lines
        .iter()
        .flat_map(|l| {
            year_marks(&l.norm, Period::default())
                .into_iter()
                .filter(|m| !lays_foundation_for(&l.norm, m.end))
        })
        .filter(|m| m.baseline == Some(true) && !m.since && end.is_none_or(|e| m.year < e))
        .map(|m| published.map_or(m.year, |p| m.year.min(p)))
        .max()
}

/// The one year a heading names (`一、2024年工作回顾`); none for a range (`2023—2025年`) or
/// several years.
pub(super) fn heading_year(norm: &str) -> Option<i32> {
    let years: Vec<i32> = regex!(r"(20\d\d)\s*年")
        .captures_iter(norm)
        .filter_map(|c| c[1].parse().ok())
        .collect();
    let range = regex!(r"20\d\d\s*年?\s*[-—–~至到]+\s*20\d\d").is_match(norm);
    match years[..] {
        [y] if !range => Some(y),
        // (`二、「十五五」时期主要目标和重大任务`: the goals of a five-year plan, of its last year —
        // not `“十四五”主要目标完成情况`, a review of them)
        [] => regex!(r"十([二三四五六])五\W{0,2}(?:时期|期间|规划)?的?(?:主要|发展)?目标")
            .captures(norm)
            .filter(|_| !regex!(r"完成|实现情况|进展|回顾|成就").is_match(norm))
            .map(|c| five_year_plan_end(&c[1])),
        _ => None,
    }
}
