//! What a clause says of time: whether it reports the past, speaks of the future or states a
//! goal, and where its sentence and clause start — the words the year rules of `year.rs` read.

use regex::Regex;

/// Words that make a clause a target (`达到`, `突破`, `建设`, `培育`, `打造`, `新增`…).
pub(super) fn target_verb_re() -> &'static Regex {
    regex!(concat!(
        r"达到|达|突破|超过|超|建设|建成|新建|培育|打造|新增|力争|争取|实现|提升|提高|增至|",
        r"不低于|不少于|以上|开通|部署|覆盖|引进|创建|培养|推动|带动|形成|扩大|增长|",
        r"控制在|以内|不超过|不高于"
    ))
}

/// Words that make a clause a report of what was done (`已建成`, `截至目前`, `同比增长`).
pub(super) fn past_word_re() -> &'static Regex {
    regex!(
        r"已|截至|截止|目前|现有|去年|上年|同比|了|当前|上半年|前三季度|今年以来|近年来|共有|完成投资|累计完成|累计建成|累计开通|新建成"
    )
}

/// Words that put a clause in the future (`力争`, `将`, `预计`, `到`).
pub(super) fn future_word_re() -> &'static Regex {
    regex!(r"力争|争取|将|预计|计划|目标|确保|力求|预期|有望|到20|要")
}

/// Whether every word of the future in `text` (if any) is `争取` with what was won after it
/// (`争取上级资金20.2亿元`, `争取增发国债项目69个`): in a review, secured, not striven for.
/// (`探索编制省级政府投资计划,…争取增发国债资金240.5亿元`: a noun `计划` is no word of the future)
pub(super) fn secured_only(text: &str) -> bool {
    let won = regex!(
        r"^(?:到|上级|中央|省级|省|国家|各类|专项|政府|增发|超长期|地方|国债|资金|项目|债券|政策)"
    );
    future_words(text).all(|m| m.as_str() == "争取" && won.is_match(&text[m.end()..]))
}

/// Whether the only word of the future in `text` is `预计` (expected) naming no later year
/// (`预计全年完成…`, not `预计到2025年…`).
/// (`预计9月底累计建设完成5G站点1425座`, `预计年底…`: a deadline ahead in the year is a goal.)
pub(super) fn estimate_only(text: &str) -> bool {
    estimate_of(text, false, false)
}

/// [`estimate_only`], where `预计到年末` (`预计到年底`) is an estimate too: in a review of a year
/// gone by, the year's end is no deadline ahead but the close of the year reviewed (`过去一年…
/// 预计到年末,全县地区生产总值增长3.3%`).
pub(super) fn estimate_only_in_review(text: &str) -> bool {
    estimate_of(text, true, false)
}

/// [`estimate_only`] of a year the page looks back on, where `预计将` is an estimate too:
/// `2021年经开区规模工业总产值预计将达到1060亿元` on a page of January 2022 estimates what 2021
/// reached; so does `2024年福建全省地区生产总值预计可实现全年预期目标,一般公共预算总收入5955.6亿元`
/// on a page of 2025 (the year's target met names no goal ahead).
pub(super) fn estimate_of_past_year(text: &str) -> bool {
    estimate_of(text, false, true)
}

fn estimate_of(text: &str, year_end_past: bool, will: bool) -> bool {
    let deadline = regex!(r"^\s*(?:今年)?\s*(?:\d{1,2}\s*月(?:底|末)|年底|年末)");
    let year_end = regex!(r"^到\s*(?:年底|年末)");
    // (`实现全年预期目标`: in a year gone by, the target it met)
    let met = regex!(r"(?:实现|完成)了?\s*(?:全年|年度)?\s*预期目标");
    let met: Vec<_> = if will {
        met.find_iter(text).map(|m| m.range()).collect()
    } else {
        Vec::new()
    };
    let mut words = future_word_re()
        .find_iter(text)
        .filter(|m| !met.iter().any(|r| r.start <= m.start() && m.end() <= r.end))
        .peekable();
    let mut expected = false;
    words.peek().is_some()
        && words.all(|m| {
            let rest = &text[m.end()..];
            // (`预计全年地区生产总值有望突破600亿元`: `有望` after `预计` hedges the estimate)
            if m.as_str() == "有望" && expected {
                return true;
            }
            // (`预计将达到`, where the caller allows it: `将` right after `预计`)
            if will && m.as_str() == "将" && expected && text[..m.start()].ends_with("预计") {
                return true;
            }
            expected = true;
            m.as_str() == "预计"
                && ((year_end_past && year_end.is_match(rest))
                    || (!rest.starts_with('到')
                        && (will || !rest.starts_with('将'))
                        && !deadline.is_match(rest)))
        })
}

/// Whether `text` has a word of the future; `计划` as a noun (`超出计划2个`, `年度计划`,
/// `行动计划`, `完成计划`, `计划任务`, `计划生育`, `计划单列市`) is not one, nor `要` in a noun (`要素`, `重要`), nor
/// `预计数` (the estimated figure), nor `到2022年` after a verb of change (its year says).
pub(super) fn speaks_of_future(text: &str) -> bool {
    future_words(text).next().is_some()
}

/// The words of the future in `text` that speak of the future ([`speaks_of_future`]'s rule):
/// not `计划` as a noun, `要` in a noun, `预计数`, …
pub(super) fn future_words(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    future_word_re()
        .find_iter(text)
        .filter(|m| match m.as_str() {
            // (`探索编制省级政府投资计划`: the investment plan, a noun)
            "计划" => {
                !(["超出", "超额", "完成", "年度", "行动", "工作", "投资"]
                .iter()
                .any(|w| text[..m.start()].ends_with(w))
                || text[m.end()..].starts_with(['数', '的', '》'])
                // (`计划生育`, `计划单列市`: names of a policy and of a city's status)
                || text[m.end()..].starts_with("生育")
                || text[m.end()..].starts_with("任务")
                || text[m.end()..].starts_with("单列")
                // (`实施“双20”企业攀升计划,国家级…企业达到9家`: a programme carried out, named, at
                // the end of its clause)
                || (regex!(r"(?:实施|启动|推进|开展)[^，,。；;]{1,20}$").is_match(&text[..m.start()])
                    && (text[m.end()..].is_empty()
                        || text[m.end()..].starts_with(['，', ',', '、', '。', '；', ';']))))
            }
            // `数字要素驱动业`, `工作要点`, `主要`, `重要`: `要` in a noun, not a modal.
            "要" => {
                !(text[m.end()..].starts_with(['素', '点', '求', '闻', '件'])
                    || ["重", "主", "纲", "摘", "需", "提", "只"]
                        .iter()
                        .any(|w| text[..m.start()].ends_with(w)))
            }
            // (`现将根据本次调查推算的人口主要数据公布如下`: `现将`, `兹将` — "hereby" — says
            // nothing of time either)
            "将" => {
                !disposal(&text[m.end()..])
                    && !text[..m.start()].ends_with(['现', '兹', '特'])
            }
            // `今年已争取各类政策性资金53.87亿元`: secured already, not striven for.
            "争取" => !(text[..m.start()].ends_with('已') || text[..m.start()].ends_with("已经")),
            // `主要指标好于预期`, `超预期完成`: a comparison with what was expected, said of results.
            // (`人均预期寿命`, life expectancy: a noun)
            "预期" => !(regex!(r"(?:好于|优于|高于|低于|超出|超过|超|符合|不及|达到)\s*$")
                .is_match(&text[..m.start()])
                || text[m.end()..].starts_with("寿命")),
            // `地区生产总值263.5亿元(预计数,下同)`: the estimated figure (a noun), not an expectation.
            "预计" => !text[m.end()..].starts_with(['数', '值']),
            // `工业投资实现倍增目标`, `超额完成年度目标`, `全面完成“十三五”规划目标任务`: a goal
            // reached, said of the past.
            "目标" => {
                let lead: String = text[..m.start()]
                    .chars()
                    .rev()
                    .take(12)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                // (`围绕全市建设中国北方数据中心总目标,…成功引进…13个数据中心项目`: the goal a
                // review's work was aimed at, the object of `围绕`, `锚定` — no goal set here)
                let aimed = text[..m.start()]
                    .rfind(['，', ',', '。', '；', ';'])
                    .map_or(&text[..m.start()], |p| &text[p..m.start()]);
                !regex!(r"(?:实现|完成|达成)[^，,。；;]{0,8}$").is_match(&lead)
                    && !regex!(r"^[，,。；;]?\s*(?:围绕|锚定|紧扣|紧盯|聚焦|对标|瞄准)")
                        .is_match(aimed)
            }
            // `由2019年的4439座发展到2022年6月底的…`: the end of a change, whose year says when.
            // `从建区时的78亿元GDP到2024年突破…`: the end of a span from a start, in its clause.
            // `达到2030.29亿元`: a value, not a year.
            "到20" => {
                let clause = text[..m.start()]
                    .rfind(['，', ',', '。', '；', ';'])
                    .map_or(&text[..m.start()], |p| &text[p..m.start()]);
                // (`到2020年已聚集859家企業`: by a year, already — reached, not a goal)
                // (`恢复到2019年的90.0%`: back to a share of a year's level, a comparison)
                !([
                    "发展", "增加", "增长", "提高", "提升", "扩大", "上升", "下降", "恢复",
                ]
                .iter()
                .any(|w| text[..m.start()].ends_with(w))
                    || regex!(r"^\d\d\s*年\s*(?:底|末)?\s*[,，]?\s*(?:已经|已)")
                        .is_match(&text[m.end()..])
                    || (clause.contains(['从', '由'])
                        && !regex!(r"力争|争取|将|预计|目标|确保").is_match(clause))
                    // (`2023年,成功跨越2000亿元大关,达到2030.29亿元`: a value reached, not a year)
                    || regex!(r"^\d*(?:\.\d|\s*[亿万千百个家元%户座人吨])").is_match(&text[m.end()..]))
            }
            _ => true,
        })
}

/// Whether the words after a `将` make it the object marker (`将稳增长政策精准转化为实干行动`,
/// `将数字经济作为首位战略`: "take X as Y", the written form of `把`), which says nothing of time,
/// not the future `将` (`将建成`, `将突破100亿元`).
pub(super) fn disposal(after: &str) -> bool {
    // (`第一时间将工作重心从“防感染”转向“保健康…”`: `将` marking what was turned from one thing
    // to another — not `将加快转向…`, which looks ahead)
    regex!(r"^[^，,。；;:：\d]{1,16}?(?:转化为|作为|列为|纳入|转变为|视为)").is_match(after)
        || regex!(r"^[^，,。；;:：\d]{1,12}?从[^，,。；;:：\d]{1,16}?(?:转向|转移到|调整为|调整到)")
            .is_match(after)
}

/// The clause around `pos`, found by scanning from `pos` to the nearest clause marks (not by
/// splitting the whole line: a line may hold thousands of figures).
pub(super) fn clause_at(norm: &str, pos: usize) -> &str {
    let pos = pos.min(norm.len());
    let b = norm.as_bytes();
    let cut = |i: usize, c: char| match c {
        '，' | '；' | ';' | '。' | '！' | '？' | '!' | '?' => true,
        ',' => {
            !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        }
        _ => false,
    };
    let start = norm[..pos]
        .char_indices()
        .rev()
        .find(|&(i, c)| cut(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = norm[pos..]
        .char_indices()
        .find(|&(i, c)| cut(pos + i, c))
        .map_or(norm.len(), |(i, _)| pos + i);
    &norm[start..end]
}

/// The sentence around `pos` (between `。`, `；`, `！`, `？` or the line's ends).
/// Where the sentence around `pos` starts (after the last `。`, `；`, `！`, `？` before it).
pub(super) fn sentence_start(norm: &str, pos: usize) -> usize {
    let pos = pos.min(norm.len());
    norm[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the full sentence around `pos` starts (after the last `。`, `！`, `？`): unlike
/// [`sentence_start`], a `；` does not end it — it continues an enumeration.
pub(super) fn full_stop_start(norm: &str, pos: usize) -> usize {
    let pos = pos.min(norm.len());
    norm[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '!' | '?'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether `text` says `今年`, `本年` or `明年`: a year relative to the page's, which only the
/// page's date gives.
pub(super) fn names_this_year(text: &str) -> bool {
    regex!(r"今年|本年|明年").is_match(text)
}

pub(super) fn sentence_around(norm: &str, pos: usize) -> &str {
    let pos = pos.min(norm.len());
    let stop = |c: char| matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?');
    let start = norm[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = norm[pos..]
        .char_indices()
        .find(|&(_, c)| stop(c))
        .map_or(norm.len(), |(i, _)| pos + i);
    &norm[start..end]
}

/// Whether the clause around `pos` reports the past, and whether it speaks of the future.
pub(super) fn clause_tense(norm: &str, pos: usize) -> (bool, bool) {
    let text = clause_at(norm, pos);
    // `新开工…项目423个,计划总投资3535.1亿元`: the planned total of the projects just counted
    // has their clause's tense (done, when they were started), not a goal of its own.
    let start = text.as_ptr() as usize - norm.as_ptr() as usize;
    if start > 0
        && regex!(r"^\s*计划总?投资").is_match(text)
        && regex!(r"项目\s*\d+(?:\.\d+)?\s*[个项]\s*[,，、]\s*$").is_match(&norm[..start])
    {
        let before = norm[..start].trim_end_matches([' ', ',', '，', '、']);
        let last = before.char_indices().last().map_or(0, |(i, _)| i);
        return clause_tense(norm, last);
    }
    let past = past_word_re().is_match(text);
    // The future may be set earlier in the sentence (`力争到2020年，A…，B…`).
    // (looking back at most 120 chars: a sentence, not a whole page on one line)
    let pos = pos.min(norm.len());
    let sentence_start = norm[..pos]
        .char_indices()
        .rev()
        .take(120)
        .find(|&(_, c)| matches!(c, '。' | ';' | '；'))
        .map_or_else(
            || {
                norm[..pos]
                    .char_indices()
                    .rev()
                    .nth(120)
                    .map_or(0, |(p, _)| p)
            },
            |(p, c)| p + c.len_utf8(),
        );
    // `全市将新建6300个5G基站,…,上半年已新建5G基站4181个`: a clause that says `已` of itself
    // reports what is done, whatever the sentence looked ahead to before it.
    let done_here = regex!(r"已经?[^将要]").is_match(text) && !speaks_of_future(text);
    // (`…将新建6300个5G基站,…,上半年已新建5G基站4181个,完成年度目标66%`: after a clause
    // that says `已`, the sentence speaks of what is done — its earlier future no longer holds)
    let since_done = regex!(r"已经?[^将要]")
        .find_iter(&norm[sentence_start..pos])
        .last()
        .map_or(sentence_start, |m| sentence_start + m.end());
    // (`2025年,力争实现农业总产值104亿元以上…；实现农业增加值66亿元以上`: a goal verb opens a list
    // of goals that `；` continues to the full stop)
    let full_stop = full_stop_start(norm, pos).min(sentence_start);
    let striven = !past
        && regex!(r"力争|争取|确保").is_match(&norm[full_stop..sentence_start])
        && !past_word_re().is_match(&norm[full_stop..pos]);
    // `1-6月,全市预计实现一般公共预算收入143.83亿元`, `一季度GDP增长7.1%`: a sentence that
    // opens on a part of the year to date reports it, through the `；` of its enumeration; an
    // estimate (`预计`) of that part is what was reached, not a goal.
    let to_date = regex!(
        r"^\s*(?:今年)?\s*(?:1\s*[-—–~至]\s*\d{1,2}\s*月份?|前\d{1,2}个?月|[一1]季度|上半年|前三季度)"
    )
    .is_match(&norm[full_stop_start(norm, pos).min(sentence_start)..pos]);
    let estimated = to_date && estimate_only(&norm[sentence_start..pos]);
    // (`2024年,我市計劃改造城鎮老舊小區130個、面積168萬平方米。其中,市區52個`: a breakdown of
    // what the sentence before plans is planned too)
    let planned_breakdown = !past && {
        let stop = full_stop_start(norm, pos);
        let previous = norm[..stop]
            .trim_end_matches(['。', ' '])
            .rfind('。')
            .map_or(0, |p| p + '。'.len_utf8());
        regex!(r"^\s*其中\s*[,，:：]").is_match(&norm[stop..pos])
            && speaks_of_future(&norm[previous..stop])
            && !past_word_re().is_match(&norm[previous..stop])
    };
    let future = !done_here
        && !estimated
        && (striven
            || planned_breakdown
            || speaks_of_future(&norm[since_done..pos])
            || speaks_of_future(text));
    // `近年来,…累计投入近150亿元`: a sentence that opens on the past reports it throughout.
    // (`据介绍,近年来,山东政务服务水平持续提升,…。全省政务服务事项网上可办率超过90%`: a paragraph
    // that opens on recent years reports them through its sentences)
    let opens_past = !future
        && (regex!(r"^\s*(?:据(?:介绍|了解|悉)\s*[,，]\s*)?(?:近年来|近年|目前|截至目前|去年|过去一年|以来)")
            .is_match(&norm[sentence_start..pos])
            || regex!(r"^\s*(?:据(?:介绍|了解|悉)\s*[,，]\s*)?近年来\s*[,，]").is_match(norm));
    // `截至6月30日,乌鲁木齐市已建设5G基站2379个,其中,今年建成5G基站1861个`: a sentence dated by
    // `截至` reports what was done up to then, through its enumeration.
    let as_of = !future && regex!(r"截至|截止").is_match(&norm[sentence_start..pos]);
    let opens_past = opens_past || as_of || (to_date && !future);
    // (`…上半年已新建5G基站4181个,完成年度目标66%,…,全市5G连接数83万`: the clauses after one
    // that says `已` report what is done too)
    let after_done = !future && since_done > sentence_start;
    // `全区共接待游客80.7万人,实现综合收入1.3亿元,同比分别增长118.9%和22.9%`: a later clause of
    // the sentence that compares with the year before (`同比`, `比上年`) reports the figures
    // before it as done.
    // (looking ahead at most 120 chars, as back: a page on one line holds thousands of figures)
    let ahead = norm[pos..]
        .char_indices()
        .nth(120)
        .map_or(norm.len(), |(i, _)| pos + i);
    let rest = &norm[pos..ahead];
    let rest = rest.find(['。', '；', ';']).map_or(rest, |e| &rest[..e]);
    let compared_after = !future && regex!(r"同比|比上年|较上年").is_match(rest);
    (past || opens_past || after_done || compared_after, future)
}

/// Where the line announces its goals, before `pos`: `主要预期目标是:`, `发展目标:`,
/// `…指标体系安排,具体为:` — a word for goals, then within a few characters a colon that opens
/// their list — as the start of the word for goals.
pub(super) fn goals_announced_at(norm: &str, pos: usize) -> Option<usize> {
    // (`果洛州划定发展预期目标,地区生产总值增长3%;…`: `预期目标` may open its list with a comma)
    // (`政府工作报告…并提出:地区生产总值增长10%左右`: a report proposes its goals)
    // (`瞄准经济发展预期目标,…服务业占GDP比重…提高到61.7%` in a review: the aim of what was
    // done, no list of goals)
    let aimed = regex!(r"(?:瞄准|围绕|对标|紧扣|对照)[^，,。；;]{0,8}$");
    // (`湖南日前出台《湖南省提振消费专项行动方案》提出,2025年,全省实现社会消费品零售总额增长5.5%
    // 以上`: a plan named in 《》 proposes the year that opens what follows)
    // (`2024年上海将聚焦…五方面,重点推进56项任务。` then `一是…新建各类5G基站13000个`: the year's
    // tasks, listed in the lines after)
    // (`规划明确了“十四五”社会发展与公共服务主要指标——` then `在学有所教方面,学前教育毛入园率大于
    // 90%`: a plan's main indicators, listed after the dash; not `主要指标完成情况:`, a review)
    regex!(r"(?:预期目标|主要目标|发展目标|目标任务|指标体系安排|指标安排)[^。；;:：]{0,12}[:：]|预期目标[,，]|主要指标\s*(?:——|[:：])|提出\s*[:：]|(?:方案|规划|计划|意见)》\s*(?:中)?\s*(?:提出|明确)\s*[,，]\s*20\d\d\s*年|将[^。；;]{0,40}重点(?:推进|实施|抓好)\s*\d+\s*(?:项|个|大)\s*(?:重点)?(?:任务|工程|行动)\s*[。:：]?\s*$")
        .find_iter(&norm[..pos.min(norm.len())])
        .find(|m| !(m.as_str().ends_with([',', '，']) && aimed.is_match(&norm[..m.start()])))
        .map(|m| m.start())
        // (`保康县…对2026年县政府民生实事项目进行了票决。票决结果如下:`: a year's list of projects
        // voted for, in the lines after — not `…民生实事项目完成情况如下:`, a review of them)
        .or_else(|| {
            // (`今年,重庆将…接续办好15件重点民生实事。具体包括:`: the list follows as well)
            regex!(r"(?:民生实事|实事项目|民生项目)([^:：]{0,30}?)(?:如下|具体包括|包括)\s*[:：]\s*$")
                .captures(&norm[..pos.min(norm.len())])
                .filter(|c| !regex!(r"完成|进展|落实|情况|成效").is_match(&c[1]))
                .and_then(|c| c.get(0))
                .map(|m| m.start())
        })
}

/// Whether a year phrase ending at `end` names a span of time (`“十四五”期间`, `时期`) rather
/// than a date.
pub(super) fn spans_period(norm: &str, end: usize) -> bool {
    let before = &norm[..end];
    before.ends_with("期间") || before.ends_with("时期")
}

/// Whether the clause around `pos` states a target (a target verb, no word of the past).
/// A clause that opens on its figure with no verb of its own lists under the verb of the clause
/// before it (`即培育100家…龙头企业,500家前沿领域高成长创新企业,5000家…`).
pub(super) fn target_clause(norm: &str, pos: usize) -> bool {
    let text = clause_at(norm, pos);
    if target_verb_re().is_match(text) {
        return !past_word_re().is_match(text);
    }
    let start = text.as_ptr() as usize - norm.as_ptr() as usize;
    match norm[..start].chars().next_back() {
        Some(sep @ ('，' | ',')) if regex!(r"^\s*\d").is_match(text) => {
            target_clause(norm, start - sep.len_utf8())
        }
        _ => false,
    }
}

/// Whether `以来` follows in the clause after `pos`.
pub(super) fn since_after(norm: &str, pos: usize) -> bool {
    let rest = &norm[pos..];
    let clause_end = rest
        .find(['，', ',', '。', '；', ';'])
        .unwrap_or(rest.len());
    rest[..clause_end].contains("以来")
}
