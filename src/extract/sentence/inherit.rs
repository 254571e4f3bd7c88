//! Figures named from their neighbours: a measure (`营收`) of the subject that opens its
//! sentence, a growth rate or a share of the figure before it, a running total (`累计`) of the
//! figure before it, a value after a verb of reaching of the clause before it. (Names paired
//! with figures by `分别`: `respectively.rs`.)

use std::ops::Range;

use super::tense::full_stop_start;
use super::{clauses, lead_len, Candidate, Line};
use crate::extract::{ReviewKind, Role};
use crate::target::Comparator;

/// The subject a clause opens with: after its leading words (time, scope), up to the first
/// word of [`CUT`] (`数字经济核心产业增加值实现翻番` → `数字经济核心产业增加值`).
pub(super) fn subject_of(line: &Line, clause: Range<usize>) -> String {
    let norm = &line.norm;
    // (`这是跨越发展的生动注脚——全市经济总量突破千亿大关`: the subject follows a dash)
    let clause = norm[clause.clone()]
        .rfind("——")
        .map_or(clause.clone(), |d| {
            clause.start + d + "——".len()..clause.end
        });
    let from = clause.start + lead_len(&norm[clause.clone()]);
    let end = CUT
        .iter()
        .filter_map(|w| norm[from..clause.end].find(w).map(|p| from + p))
        .min()
        .unwrap_or(clause.end);
    line.name_span(from, end).trim().to_owned()
}

/// Words that open a sentence without being a clause of it (`其中,…`).
const CONNECTIVES: &[&str] = &["其中", "同时", "此外", "另外", "另一方面"];

/// Words that end a subject (`数字经济核心产业增加值实现翻番`: the subject ends at `实现`).
const CUT: &[&str] = &[
    "不断",
    "稳步",
    "加快",
    "持续",
    "快速",
    "多个",
    "保持",
    "进一步",
    "跻身",
    "取得",
    "实现",
    "发展",
    "壮大",
    "增长",
    "提升",
    "继续",
    "突破",
    "跨越",
    "跨过",
    "连续",
    "迈上",
];

/// `软件和大数据产业不断壮大,2022年实现营收118亿元`: a figure named only by a measure
/// (`营收`, `产值`, `规模`) is of the subject that opens its sentence, when that opening clause
/// states no figure of its own (`软件和大数据产业营收`).
pub(super) fn inherit_subjects(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    const MEASURES: &[&str] = &[
        "营收",
        "营业收入",
        "收入",
        "产值",
        "规模",
        "增加值",
        "产量",
        "总量",
        "营业额",
        "销售额",
        // (`…共有9个大项,…,到2020年底累计已完成投资1420亿元,“十四五”时期将安排投资4390亿元`)
        "投资",
    ];
    let norm = &line.norm;
    let counts = regex!(r"(?:共有|共计|共)\s*\d");
    for (clause, c) in found.iter_mut() {
        if !MEASURES.contains(&c.name_zh.as_str()) {
            continue;
        }
        let start = norm[..clause.start]
            .char_indices()
            .rev()
            .find(|&(_, ch)| matches!(ch, '。' | '；' | ';' | '！' | '？'))
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        // (`其中,新型基础设施建设领域项目共有9个大项,…,“十四五”时期将安排投资4390亿元`: a
        // connective opening the sentence is no clause of its own)
        let Some(first) = clauses(&norm[start..])
            .into_iter()
            .find(|r| !CONNECTIVES.contains(&norm[start + r.start..start + r.end].trim()))
        else {
            continue;
        };
        let first = start + first.start..start + first.end;
        if first.end >= clause.start {
            continue;
        }
        let subject = if norm[first.clone()].contains(|ch: char| ch.is_ascii_digit()) {
            // (a clause that counts what the subject has, `…领域项目共有9个大项`, still opens with
            // it: the words before `共有`)
            let text = &norm[first.clone()];
            let Some(m) = counts.find(text) else {
                continue;
            };
            let from = first.start + lead_len(text);
            line.name_span(from, (first.start + m.start()).max(from))
                .trim()
                .to_owned()
        } else {
            subject_of(line, first)
        };
        if (2..=12).contains(&subject.chars().count()) {
            c.notes.push(format!(
                "{} of {subject}, the subject of its sentence",
                c.name_zh
            ));
            c.name_zh = format!("{subject}{}", c.name_zh);
        }
    }
}

/// `数字经济规模突破3000亿元，年均增长12%以上`: a growth rate named only by its verb takes the
/// name of the figure before it in the sentence (`数字经济规模年均增长`), noted as a rate.
pub(super) fn name_growth_rates(found: &mut [(Range<usize>, Candidate)]) {
    const GROWTH: &[&str] = &[
        "年均增长",
        "同比增长",
        "增长",
        "年均增速",
        "增速",
        "增幅",
        "年均增幅",
        "年增长",
        "年均提高",
        "提高",
        "下降",
        "年均下降",
        "同比下降",
        "年均递增",
        "递增",
        "年均增",
        // (`牧业产值38.69亿元,增4.0%`: a communiqué's short `增`)
        "增",
        "同比增",
        "同比增幅",
        "同比增速",
        // (`…地区生产总值2329.9亿元,按不变价格计算,比上年增长5.6%`, `…存款余额4073.5亿元,
        // 比年初增长10.9%`: a rate against a named base)
        "比上年增长",
        "比上年下降",
        "比上年提高",
        "较上年增长",
        "较上年下降",
        "比去年增长",
        "比上年同期增长",
        "较上年同期增长",
        "比年初增长",
        "比年初下降",
        // (`进出口总额7.14亿元、比增8.1%`: a work report's short `比增`, `比降`)
        "比增",
        "比降",
        "比下降",
        // (`建筑业完成增加值(现价)4104万元,增速下降22.1%`, `…同比增长10.26%,可比价增速9%`: a
        // communiqué's rates at current and at comparable prices)
        "增速下降",
        "可比价增速",
        "可比价增长",
        "可比价增速下降",
        // (`第一产业增加值15.79亿元,比上年增长10.6%,两年平均增长8.2%`: a communiqué of 2021
        // averages over the two years since 2019)
        "两年平均增长",
        "两年平均增速",
        "两年平均下降",
        "三年平均增长",
        // (`居民人均可支配收入达到3.09万元,五年年均增长8.4%`: a plan's review of its five years)
        "五年年均增长",
        "五年平均增长",
        "三年年均增长",
        "十年年均增长",
        // (`早稻产量2.91万吨,增产0.2%`: a harvest's change, in a communiqué)
        "增产",
        "减产",
        "比上年增产",
        "比上年减产",
    ];
    // (`支出13697.6亿元,为预算的90.6%,增长1.9%`: a share of the budget done, named `为预算`)
    let of_budget = regex!(r"^(?:为|占|完成)(?:年初|年度|调整)?预算(?:的)?$");
    // The subject: the last name that is neither a share nor a rate of change.
    let mut subject: Option<String> = None;
    for (_, c) in found.iter_mut() {
        let is_pct = c.unit == "%";
        // (`牧业产值38.69亿元,增4.0%`: the short `增` was read as the figure's verb, leaving no name)
        let bare_rise = c.name_zh.is_empty()
            && is_pct
            && c.quote.trim_start().starts_with('增')
            && !c.quote.trim_start().starts_with("增长");
        let name = if bare_rise {
            "增".to_owned()
        } else {
            c.name_zh.clone()
        };
        // `…增加值达到10000亿元，占GDP比重达56%以上`: a share named from `占` is of the subject
        // before it.
        // (`金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%`: a sector's contribution to
        // growth is the subject's, as a share is)
        // (`工业品物流总额97684.5亿元,同比增长1.6%,占比为42.5%`: a bare `占比` too; `社会物流总费用
        // 达1.06万亿元,同比增长3.0%,与GDP的比率为14.5%`: a ratio of the subject to another)
        let share = name.starts_with('占')
            || (name.starts_with('对') && name.contains("贡献"))
            || (name.starts_with('与') && name.ends_with("比率"));
        // (`數字產品服務業10個,占15.9%`: a bare `占` after a named count is that count's share of
        // the whole the sentence breaks down)
        let bare_share = c.name_zh.is_empty() && is_pct && c.quote.trim_start().starts_with('占');
        if bare_share {
            if let Some(prev) = &subject {
                c.name_zh = format!("{prev}占比");
                c.notes.push(format!("a share of {prev}, named after it"));
                if c.review
                    .as_ref()
                    .is_some_and(|r| r.kind == ReviewKind::Name)
                {
                    c.review = None;
                }
            }
            continue;
        }
        // `全省收入5853.9亿元,为预算的101.8%,增长3.9%;支出13697.6亿元,为预算的90.6%,增长1.9%`:
        // the share of the budget done is the level's before it, and no subject for the rate after
        // it (which, named after the share, made every account's rates one indicator's)
        if is_pct && of_budget.is_match(&name) {
            if let Some(prev) = &subject {
                c.name_zh = format!("{prev}完成预算比例");
                c.notes
                    .push(format!("the share of {prev}'s budget done, named after it"));
            }
            continue;
        }
        if share && (name.chars().count() >= 3 || name == "占比") {
            if let (Some(prev), true) = (&subject, is_pct) {
                c.name_zh = format!("{prev}{name}");
                c.notes.push(format!("a share of {prev}, named after it"));
            }
            continue;
        }
        // (`油料播种面积44.86千公顷,增加0.19千公顷,增长0.4%`: the amount of change between is no
        // subject; the rate is of the level before it)
        let change = c
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Change);
        // `第一产业增加值26.4亿元,…,增加值增长4.6%`: a rate of the measure the subject ends
        // with (`增加值` + `增长`) is the subject's rate.
        let measure_rate = subject
            .as_deref()
            .filter(|_| !GROWTH.contains(&name.as_str()));
        let measure_rate = measure_rate.and_then(|prev| {
            GROWTH.iter().find_map(|g| {
                let measure = name.strip_suffix(g)?;
                (measure.chars().count() >= 2 && prev.ends_with(measure) && prev != measure)
                    .then(|| format!("{prev}{g}"))
            })
        });
        // (`地区生产总值预计达7700亿元,是2015年的1.46倍,年均增长6.9%`: a multiple of another
        // figure names no subject of its own — the rate is of the level before it — unless words
        // stand before its `是`: `规上工业增加值是2016年的1.42倍,年均增长7.2%` is 规上工业增加值's)
        if c.unit == "倍" && measure_rate.is_none() && !GROWTH.contains(&name.as_str()) {
            let own = name
                .rfind(['是', '为'])
                .map(|i| name[..i].trim().to_owned())
                .filter(|s| s.chars().count() >= 2);
            if own.is_some() {
                subject = own;
            }
            continue;
        }
        if !GROWTH.contains(&name.as_str()) && measure_rate.is_none() {
            if name.chars().count() >= 2 && !change {
                subject = Some(name);
            }
            continue;
        }
        if let (Some(prev), true) = (&subject, is_pct) {
            if bare_rise
                && c.review
                    .as_ref()
                    .is_some_and(|r| r.kind == ReviewKind::Name)
            {
                c.review = None;
            }
            c.name_zh = measure_rate.unwrap_or_else(|| format!("{prev}{name}"));
            c.notes.push(format!(
                "a rate of change of {prev}, named after it; not a level"
            ));
        }
    }
}

/// `全年民营经济(不包括港澳台和外商经济)增加值112.12亿元,…。其中,第一产业增加值3.35亿元`: a
/// sector's share of a part of the economy, broken down after `其中`, is named with that part
/// (`民营经济第一产业增加值`), where the sector's share of the whole (`地区生产总值…。其中,第一产业
/// 增加值…`) is not.
pub(super) fn name_sector_breakdowns(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let norm = &line.norm;
    let sentence_of = |pos: usize| full_stop_start(norm, pos);
    let stem_re = regex!(r"^(.+?)(?:[(（][^)）]*[)）])?增加值$");
    let whole = regex!(r"地区生产总值|生产总值|GDP|国内生产总值|全市|全县|全区|全省|全旗");
    let sector = regex!(r"^第[一二三]产业");
    let mut prev_first: Option<(usize, String)> = None; // (sentence start, first name)
    let mut current: Option<(usize, String)> = None;
    for (clause, c) in found.iter_mut() {
        let start = sentence_of(clause.start);
        if current.as_ref().is_none_or(|(s, _)| *s != start) {
            prev_first = current.take();
            current = Some((start, c.name_zh.clone()));
        }
        let opens_breakdown = norm[start..].trim_start().starts_with("其中");
        if !opens_breakdown || !sector.is_match(&c.name_zh) {
            continue;
        }
        let Some((_, first)) = &prev_first else {
            continue;
        };
        let Some(stem) = stem_re.captures(first).map(|m| m[1].trim().to_owned()) else {
            continue;
        };
        if stem.chars().count() < 2 || whole.is_match(&stem) {
            continue;
        }
        c.notes
            .push(format!("其中: a sector's share of {stem}, named with it"));
        c.name_zh = format!("{stem}{}", c.name_zh);
    }
}

/// A unit without its scale or `余`/`多` (`3.8万余家` and `6900余家`, `万个` and `个`): the same
/// measure.
pub(super) fn base_unit(unit: &str) -> &str {
    unit.trim_start_matches(['万', '亿', '余', '多'])
}

/// `新建通信光缆15.4万公里,累计达到288.2万公里`: a clause that opens on `累计` with no name of its
/// own is the running total of the figure before it (same unit), named after it — of the figure
/// in the same place when both clauses list as many.
pub(super) fn inherit_cumulative(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let total_name = regex!(r"^总(?:里程|长度|规模|数|量)$");
    for k in 1..found.len() {
        // (`新增软件企业6900余家、从业人员9.8万余人,累计3.8万余家、35.6万余人`: the i-th figure of a
        // clause opening on `累计` is the total of the i-th of the clause before, as many figures)
        let clause_of = |i: usize| found[i].0.clone();
        let own = clause_of(k);
        let first = (0..k)
            .rev()
            .take_while(|&i| clause_of(i) == own)
            .last()
            .unwrap_or(k);
        let nth = k - first;
        let before: Vec<usize> = (0..first)
            .rev()
            .take_while(|&i| first > 0 && clause_of(i) == clause_of(first - 1))
            .collect();
        let after = (k..found.len())
            .take_while(|&i| clause_of(i) == own)
            .count();
        let p = if first > 0 && before.len() == nth + after && nth + after > 1 {
            before[before.len() - 1 - nth]
        } else {
            k - 1
        };
        // (the total after an addition in its own clause is of that addition, whatever the
        // clauses before list)
        let p = if found[k - 1].0 == found[k].0 && found[k].1.name_zh.starts_with('总') {
            k - 1
        } else {
            p
        };
        let (head, rest) = found.split_at_mut(k);
        let ((pc, prev), (clause, c)) = (&head[p], &mut rest[0]);
        let text = &line.norm[clause.clone()];
        // (`全市新建成5G宏基站1880座、累计建成4873座`: the total listed after the addition)
        let listed = pc == clause && text.contains("、累计");
        let opens = text.trim_start().starts_with("累计") && pc != clause;
        // (`新增高速公路约3850公里、总里程达10650公里`: the total of what was added, its name a
        // `总…` of its own)
        let total = pc == clause
            && total_name.is_match(&c.name_zh)
            && base_unit(&prev.unit) == base_unit(&c.unit)
            && prev.review.is_none();
        if total {
            let added = ["新建", "新增"]
                .iter()
                .find_map(|w| prev.name_zh.find(w).map(|i| &prev.name_zh[i + w.len()..]))
                .or((prev.basis == crate::extract::Basis::New).then_some(prev.name_zh.as_str()));
            if let Some(base) = added.filter(|b| b.chars().count() >= 2) {
                c.name_zh = format!("{base}{}", c.name_zh);
                c.basis = crate::extract::Basis::Level;
                c.notes.push(format!(
                    "the total of {base}, named after the addition before it"
                ));
                continue;
            }
        }
        let unnamed = c.name_zh.chars().count() < 2;
        // (`6900余家` … `3.8万余家`: the same unit, scaled)
        if !(opens || listed)
            || !unnamed
            || base_unit(&prev.unit) != base_unit(&c.unit)
            || prev.review.is_some()
        {
            continue;
        }
        // (`重庆新增软件企业`: the addition's word may follow the place)
        let base = ["新建", "新增", "新扩容", "新开通", "新部署"]
            .iter()
            .find_map(|w| prev.name_zh.find(w).map(|i| &prev.name_zh[i + w.len()..]))
            .unwrap_or(&prev.name_zh);
        if base.chars().count() < 2 {
            continue;
        }
        c.name_zh = format!("{base}累计");
        c.notes.push(format!(
            "a running total of {base}, named after the figure before it"
        ));
        if c.review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name)
        {
            c.review = None;
        }
    }
}

/// `全区地区生产总值增长5.9%(达到1133.16亿元)`: a level in brackets right after a growth rate is
/// the level of what grew (`地区生产总值`); so is one the rate leads to without brackets
/// (`第一产业增长9.1%达21.2亿元`, `绿色贷款逆势增长66.14%至45.14亿元`).
pub(super) fn name_bracketed_levels(
    norm: &str,
    spans: &[Range<usize>],
    found: &mut [(Range<usize>, Candidate)],
) {
    let bracket = regex!(
        r"^\s*(?:[(（]\s*(?:达到|达|为|总量|完成|实现|共)?|[,，]?\s*(?:达到|达|增至|至))\s*$"
    );
    let growth = regex!(r"(?:同比|比上年|较上年)?(?:增长|下降|增)$");
    for k in 1..found.len().min(spans.len()) {
        let gap = &norm[spans[k - 1].end..spans[k].start.max(spans[k - 1].end)];
        let (head, rest) = found.split_at_mut(k);
        let (p, c) = (&head[k - 1].1, &mut rest[0].1);
        let unnamed = c
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name);
        if !unnamed || p.unit != "%" || p.review.is_some() || !bracket.is_match(gap) {
            continue;
        }
        let Some(m) = growth.find(&p.name_zh) else {
            continue;
        };
        let level = p.name_zh[..m.start()].trim();
        if level.chars().count() < 2 {
            continue;
        }
        c.notes
            .push(format!("after the growth of {level}: its level"));
        c.name_zh = level.to_owned();
        c.review = None;
    }
}

/// `全市地区生产总值2021年突破500亿元、2022年突破600亿元、2024年突破700亿元`: a figure listed
/// after another of its clause with nothing but its own year and verb between them (`、2022年突破`)
/// is of the same indicator, when it has no name of its own and the same unit.
pub(super) fn inherit_listed_years(
    norm: &str,
    spans: &[Range<usize>],
    found: &mut [(Range<usize>, Candidate)],
) {
    let between =
        regex!(r"^\s*、\s*20\d\d\s*年(?:底|末)?\s*(?:达到|达|突破|超过|增至|跨越|迈上|为)?\s*$");
    let after_threshold = regex!(r"^\s*、\s*(?:达到|达|为)\s*$");
    for k in 1..found.len().min(spans.len()) {
        let unnamed = |c: &Candidate| {
            c.review
                .as_ref()
                .is_some_and(|r| r.kind == ReviewKind::Name)
        };
        // (`经济总量首次突破2000亿元、达2010.9亿元`: after a threshold crossed, the value itself,
        // with no year of its own)
        let threshold = found[k - 1]
            .1
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Threshold);
        let gap = &norm[spans[k - 1].end..spans[k].start.max(spans[k - 1].end)];
        if !unnamed(&found[k].1)
            || found[k].0 != found[k - 1].0
            || !(between.is_match(gap) || (threshold && after_threshold.is_match(gap)))
        {
            continue;
        }
        let (head, rest) = found.split_at_mut(k);
        let (p, c) = (&head[k - 1].1, &mut rest[0].1);
        let name = p.name_zh.trim_end_matches("首次").trim_end();
        if unnamed(p) || name.chars().count() < 2 || p.unit != c.unit {
            continue;
        }
        c.notes
            .push(format!("of {name}, the figure listed before it"));
        c.name_zh = name.to_owned();
        c.review = None;
    }
}

/// The clause right before the one starting at `clause_start`, when a comma separates them in
/// one sentence (`地区生产总值连续跨过两个千亿元台阶,由…`): the clause whose subject an opening
/// verb or step continues.
pub(super) fn clause_before(norm: &str, clause_start: usize) -> Option<Range<usize>> {
    let sep = norm[..clause_start].chars().next_back()?;
    if !matches!(sep, '，' | ',') {
        return None;
    }
    let prev_end = clause_start - sep.len_utf8();
    let sentence = norm[..prev_end]
        .char_indices()
        .rev()
        .find(|&(_, ch)| matches!(ch, '。' | '；' | ';' | '！' | '？' | '!' | '?'))
        .map_or(0, |(p, ch)| p + ch.len_utf8());
    let prev = clauses(&norm[sentence..prev_end]).pop()?;
    Some(sentence + prev.start..sentence + prev.end)
}

/// `到2024年底，数字经济核心产业增加值实现翻番，达到5500亿元，力争达到5800亿元`: a figure with no
/// name of its own whose clause opens on a verb of reaching (`达到`, `力争达到`; after a year of its
/// own too: `…常住人口达到355万人,到2035年达到500万人`) is of the
/// clause right before it in the sentence — of that clause's figure when it has one of the same
/// unit (a stretch value, `力争`, is noted as one: `…(力争)`), else of the subject that clause
/// opens with when it states no figure (cut at `实现`, `持续`, …).
pub(super) fn inherit_unnamed(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    // (`到2025年,保定市区常住人口达到355万人,到2035年达到500万人`: a year may open the clause,
    // also without `到` (`…先后跨越…大关,2023年达1750.9亿元`), a five-year plan's end
    // (`全市经济总量突破千亿大关,“十四五”末预计突破1200亿元`) or the year's end (`…已开通5G基站
    // 13586个,预计年底将开通超过2.2万个`))
    let verb = regex!(
        r#"^(?:力争|争取|预计)?(?:(?:(?:到|至)?\s*(?:20\d\d\s*年|[“"]?十[一二三四五六]五[”"]?)(?:底|末|期末)?|(?:今年)?年[底末])\s*[,，]?\s*)?(?:力争|争取|预计|将)*(?:全(?:省|市|区|县|州|旗|盟)\s*)?(?:(?:截至|截止)目前\s*[,，]?\s*|目前\s*|累计\s*)?(?:已经|已)?(?:达到|达|突破|超过|增至|提高到|提升至|提升到|增长到|完成|开通(?:超过)?|建成(?:超过)?)"#
    );
    // A task's name (`农村改厕任务`) and an item's number before a name (`(六)`).
    let task = regex!(r"(?:目标任务|考核指标|任务|计划|目标)$");
    let item = regex!(r"^[(（][一二三四五六七八九十\d]{1,3}[)）]");
    // (`全省数字经济核心产业增加值增长13%,力争15%`: a stretch value with no verb at all)
    let bare_stretch = regex!(r"^(?:力争|争取)\s*\d");
    // A number in a clause; one glued to a Latin letter (`5G终端连接用户快速增长`) is a name's.
    let number = regex!(r"\d[\d.]*(?:[^\d.A-Za-z]|$)");
    let norm = &line.norm;
    for k in 0..found.len() {
        if found[k]
            .1
            .review
            .as_ref()
            .is_none_or(|r| r.kind != ReviewKind::Name)
        {
            continue;
        }
        let clause = found[k].0.clone();
        let text = norm[clause.clone()].trim_start();
        if !verb.is_match(text) && !bare_stretch.is_match(text) {
            continue;
        }
        let Some(prev) = clause_before(norm, clause.start) else {
            continue;
        };
        let stretch = text.starts_with("力争") || text.starts_with("争取");
        let (head, rest) = found.split_at_mut(k);
        let c = &mut rest[0].1;
        let name = if let Some((_, p)) = head.iter().rev().find(|(r, _)| *r == prev) {
            // (`规上工业产值保持年均6%增长,力争到2025年突破6500亿元`: a figure of another unit
            // before it, a rate of the subject: the level is of that subject)
            if p.review.is_none() && p.unit != c.unit && p.unit == "%" {
                if let Some(subject) = subject_before_figures(line, prev.clone()) {
                    take_subject(c, subject);
                }
                continue;
            }
            // (`…突破3000万户,达3026万户`: the threshold went to review, its name stands)
            let threshold = p
                .review
                .as_ref()
                .is_some_and(|r| r.kind == ReviewKind::Threshold);
            // (`…跨越1000亿元大关,2023年达1750.9亿元`: a threshold's word is no name to take —
            // the subject the clause opens with is, before its first figure or year: `全市地区
            // 生产总值`; so for a threshold not read as one, `迈上20亿元的新台阶`; one read as a
            // threshold keeps its name, `GDP…成功跨越2000亿元大关`; `已开通5G基站13586个,预计年底
            // 将开通超过2.2万个`: a unit scaled by 万 or 亿 is the same)
            let crossed = |s: &str| {
                ["大关", "台阶", "关口"]
                    .iter()
                    .any(|w| s.trim_end().ends_with(w))
            };
            if crossed(&p.name_zh) || (crossed(&norm[prev.clone()]) && !threshold) {
                if base_unit(&p.unit) != base_unit(&c.unit) {
                    continue;
                }
                if let Some(subject) = subject_before_figures(line, prev) {
                    take_subject(c, subject);
                }
                continue;
            }
            // (`2022年高标准农田建设考核指标23.1万亩,完成28.69万亩`: what was done of a task is
            // the task's completion, not the task)
            // (the task may be for review itself: a goal named in a report of results)
            let done = base_unit(&p.unit) == base_unit(&c.unit)
                && verb
                    .find(text)
                    .is_some_and(|m| m.as_str().ends_with("完成"));
            if done {
                // (`(六)农村改厕任务38283座`: an item's number is no part of the name; a task
                // named only `考核指标` is the subject's the clause opens with)
                let stem_of = |n: &str| -> Option<String> {
                    let t = task.find(n)?;
                    let stem = item.replace(&n[..t.start()], "").trim().to_owned();
                    (stem.chars().count() >= 2).then_some(stem)
                };
                let Some(stem) = stem_of(&p.name_zh)
                    .or_else(|| stem_of(&subject_before_figures(line, prev.clone())?))
                else {
                    continue;
                };
                c.notes.push(format!(
                    "what was done of {}, the task before it",
                    p.name_zh
                ));
                c.name_zh = format!("{stem}完成");
                c.review = None;
                continue;
            }
            if (p.review.is_some() && !threshold)
                || base_unit(&p.unit) != base_unit(&c.unit)
                || p.name_zh.chars().count() < 2
            {
                continue;
            }
            c.notes
                .push(format!("of {}, the figure before it", p.name_zh));
            if stretch {
                c.notes
                    .push("力争: a stretch value of the same indicator".into());
                format!("{}(力争)", p.name_zh)
            } else {
                p.name_zh.clone()
            }
        } else {
            if number.is_match(&norm[prev.clone()]) {
                continue;
            }
            let subject = subject_of(line, prev);
            if !(2..=16).contains(&subject.chars().count()) {
                continue;
            }
            c.notes
                .push(format!("of {subject}, the subject of the clause before it"));
            subject
        };
        c.name_zh = name;
        c.review = None;
    }
}

/// Names candidate `c` after the subject of the clause before it, noted, and out of review.
pub(super) fn take_subject(c: &mut Candidate, subject: String) {
    c.notes
        .push(format!("of {subject}, the subject of the clause before it"));
    c.name_zh = subject;
    c.review = None;
}

/// The subject a clause opens with, cut before its first figure or year and a `在` before it
/// (`全市地区生产总值在1988年、…先后跨越10亿元…大关` → `地区生产总值`), when it is a name's length.
pub(super) fn subject_before_figures(line: &Line, clause: Range<usize>) -> Option<String> {
    let subject = subject_of(line, clause);
    // (`(五)2022年高标准农田建设考核指标23.1万亩`: an item's number and the year before it)
    let item = regex!(r"^[(（][一二三四五六七八九十\d]{1,3}[)）]\s*(?:20\d\d\s*年度?\s*)?");
    let subject = item.replace(&subject, "").into_owned();
    let subject = subject
        .find(|ch: char| ch.is_ascii_digit())
        .map_or(&subject[..], |d| &subject[..d])
        .trim_end()
        .trim_end_matches('在')
        .trim()
        .to_owned();
    let plain = !subject.contains(['(', '（', ')', '）', '“', '”', '"']);
    (plain && (2..=16).contains(&subject.chars().count())).then_some(subject)
}

/// `荔城地区生产总值635亿元,完成年计划710亿元的89.4%`: in a plan's execution report the value
/// after `年计划` is the year's planned value (a target of the year reported on) of the figure
/// in the clause before it, in the same unit; the share completed after it stays for review.
pub(super) fn annual_plan_values(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let planned = regex!(r"^(?:完成|为|占)?(?:年|年度|全年)计划\s*$");
    let norm = &line.norm;
    for k in 1..found.len() {
        let clause = found[k].0.clone();
        let (head, rest) = found.split_at_mut(k);
        let c = &mut rest[0].1;
        // The words between the clause's start and the figure: the quote is the clause, the
        // figure's value the first number in it.
        let text = norm[clause.clone()].trim_start();
        let Some(num) = text.find(|ch: char| ch.is_ascii_digit()) else {
            continue;
        };
        let first: String = text[num..]
            .chars()
            .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
            .collect();
        // (the share completed, `的89.4%`, is a later figure of the same clause)
        if !planned.is_match(&text[..num]) || first.parse::<f64>().ok() != c.value {
            continue;
        }
        let Some((_, p)) = head
            .iter()
            .rev()
            .find(|(r, p)| r.end <= clause.start && p.review.is_none() && p.unit == c.unit)
        else {
            continue;
        };
        if p.name_zh.chars().count() < 2 || p.year.is_none() {
            continue;
        }
        c.name_zh = p.name_zh.clone();
        c.year = p.year;
        c.role = Role::Target;
        c.comparator = Comparator::Eq;
        c.review = None;
        c.notes = vec![format!(
            "年计划: the year's planned value of {}, the figure before it",
            p.name_zh
        )];
    }
}

/// `其中扩建道路1.9公里,投资955万元;排水3.7公里,投资771.75万元`: an investment named only
/// `投资` after a clause that opens on a short item and its size (`排水3.7公里`) is that item's
/// investment (`排水投资`) — one row per item of a list, not one indicator stated many times.
pub(super) fn name_item_investments(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let norm = &line.norm;
    let item = regex!(r"^(?:其中)?\s*(?:新建|扩建|改造|铺设|建设)?\s*(\p{Han}{1,8})\s*\d");
    for k in 1..found.len() {
        if !matches!(found[k].1.name_zh.as_str(), "投资" | "总投资" | "完成投资") {
            continue;
        }
        let clause = found[k].0.clone();
        let Some(sep) = norm[..clause.start].chars().next_back() else {
            continue;
        };
        if !matches!(sep, ',' | '，')
            || !norm[clause.clone()]
                .trim_start()
                .starts_with(['投', '总', '完'])
        {
            continue;
        }
        let prev_end = clause.start - sep.len_utf8();
        // The figure before it must open the clause right before.
        let prev = found[k - 1].0.clone();
        if prev.end != prev_end {
            continue;
        }
        let text = &norm[prev.clone()];
        let Some(c) = item.captures(text.trim_start()) else {
            continue;
        };
        let name = format!("{}{}", &c[1], found[k].1.name_zh);
        let cand = &mut found[k].1;
        cand.notes
            .push(format!("the investment of {}, the item before it", &c[1]));
        cand.name_zh = name;
    }
}
