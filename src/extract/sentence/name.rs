//! The name of a figure: the words before its verb, else after a verb of doing, else the noun
//! after its unit — trimmed of the words of time, place and tense around it.

use std::ops::Range;

use regex::Regex;

use super::marks::year_marks;
use super::{Line, Period};
use crate::extract::figure::Figure;
use crate::extract::{Review, ReviewKind};

/// Verbs that end a name read after its unit.
const SUFFIX_VERBS: &[&str] = &[
    "开展", "提供", "实现", "获评", "上线", "接入", "参与", "完成", "运行", "入选", "落地",
];

/// Words that name nothing when they are all a figure's name: a verb of doing, of signing or
/// helping (`推进156个项目集中开工`, `现场签约14个重点项目`), a word of time, place or change
/// (`今年`, `这片`, `同比`, `剩余`) — the name finder found no noun.
const NOT_A_NAME: &[&str] = &[
    "推进",
    "实施",
    "包含",
    "包括",
    "拟新建",
    "支撑",
    "帮助",
    "顺利",
    "成立",
    "围绕",
    "减免",
    "报送",
    "成功",
    "现场签",
    "迈向",
    "已投",
    "剩余",
    "调整",
    "同比",
    "今年",
    "以年",
    "这片",
    "体量",
    "涉及",
    "征集",
];

/// Whether `name` is only a word that names nothing ([`NOT_A_NAME`]).
pub(super) fn names_nothing(name: &str) -> bool {
    NOT_A_NAME.contains(&name.trim())
}

/// Longest name kept without review (chars).
pub(super) const MAX_NAME_CHARS: usize = 30;

fn lead_re() -> &'static Regex {
    regex!(concat!(
        r"^(?:\s|——|—|-|:|、|\d+[、.]|[•·●■◆▪▶★☆◎○□]|",
        r"(?:到|至|截至|截止到|截止|于|在)?\s*20\d\d\s*年(?:底前|末前|底|末|前|内|以前|以来|起|至今)?|",
        r"“?十[二三四五]五”?(?:期末|末|期间|时期|以来|期)?|",
        r"到|至|截至|截止到|截止|力争|争取|预计|计划|确保|目标|其中|同时|并且|并|且|另外|此外|",
        r"已经|已|共有|共计|共|总计|合计|累计|新增|全年|当年|年内|年底前|年底|年末|底|全市|全旗|全区|全县|",
        r"全省|全镇|全盟|本市|我市|我旗|我区|我县|我省|本省|全国|每年|基本|初步|进一步|使|让|总体|",
        r"目前|现有|当前|现已|均|都|将|要|可|能|加快|全面|持续|大力|积极|逐步|(?:在|为|对|向)(?:全市|全旗|全区|全县|全省))+",
    ))
}

fn action_re() -> &'static Regex {
    regex!(concat!(
        r"^(?:建设完成|建设开通|建成|建设|推动|滚动实施|新建成|新建|打造|培育|开通|部署|安装|完成|引进|组织实施|实施|",
        r"形成|入驻|接入|梳理|发布|签订|种植|审核|涵盖|覆盖|纳入|整合|推广|认定|创建|建立|",
        r"招引|引育|孵化|改造|上线|提供|获评|入选|拥有|聚集|集聚|落地|培养|举办|开展|服务|",
        r"带动|吸引|储备|建有|设立|评选|认证|申报|获批|创成|遴选|推出|研发|制定|出台|发放|",
        r"办理|受理|汇聚|归集|注册|筹建|扶持|支持|达成|安排|投入|争取|实现|新增|累计|建)",
    ))
}

/// The length of the verb of doing a name opens with (`建成5G基站` → `建成`), or `None` —
/// also when the verb is the head of a trade's name (`服务业`, `种植业`).
pub(super) fn action_len(s: &str) -> Option<usize> {
    action_re()
        .find(s)
        .filter(|a| !is_noun_head(&s[a.end()..]) && !built_up_area(a.as_str(), &s[a.end()..]))
        .map(|a| a.end())
}

/// `建成区绿地253.4公顷`: `建成区` (the built-up area) is a noun, not `建成` (built) before `区`.
fn built_up_area(verb: &str, after: &str) -> bool {
    verb.ends_with("建成") && after.starts_with('区')
}

/// Whether the words after a verb of doing make it a noun's head: a trade (`服务业`, `种植业`,
/// not `业务`), a rate (`覆盖率`, `接入率`), people (`研发人员`), spending (`研发投入`,
/// `研发经费`), or a noun the verb's characters begin (`建筑面积`, `服务器`).
fn is_noun_head(after: &str) -> bool {
    (after.starts_with('业') && !after.starts_with("业务"))
        || ["率", "人员", "投入", "经费", "费用", "强度", "筑", "器"]
            .iter()
            .any(|w| after.starts_with(w))
}

fn inner_action_re() -> &'static Regex {
    regex!(
        r"建设完成|建成|建设|新建成|新建|打造|培育|开通|部署|安装|引进|实施|接入|梳理|发布|覆盖|纳入|整合|创建|建立|上线|提供|拥有|落地|推广"
    )
}

pub(super) fn lead_len(s: &str) -> usize {
    let end = lead_re().find(s).map_or(0, |m| m.end());
    // (`可比价增速9%`: `可` of `可比价` — at comparable prices — is no modal verb)
    if s[..end].ends_with('可') && s[end..].starts_with("比价") {
        return end - '可'.len_utf8();
    }
    end
}

/// The name of figure `f` in `line`, its words within `clause` from `from` to `until`; notes and a review of the name go to `notes`
/// and `review`.
pub(super) fn name_of(
    line: &Line,
    f: &Figure,
    (clause, from, until): (Range<usize>, usize, usize),
    notes: &mut Vec<String>,
    review: &mut Option<Review>,
) -> String {
    let norm = &line.norm;
    // The name: words before the verb, else after an action verb, else after the unit.
    let pre_start = (from.max(clause.start)
        + lead_len(&norm[from.max(clause.start)..f.verb_start.max(from)]))
    .min(f.verb_start.max(from));
    let mut name_range = pre_start..f.verb_start.max(pre_start);
    if let Some(a) = action_len(&norm[name_range.clone()]) {
        let mid = name_range.start + a;
        let mid = mid + lead_len(&norm[mid..name_range.end]);
        name_range = mid..name_range.end;
    }
    let inner = &norm[name_range.clone()];
    if inner.chars().count() > 12
        || ["在", "对", "为", "向", "通过", "依托", "围绕"]
            .iter()
            .any(|p| inner.starts_with(p))
    {
        // `在…场所建设人像识别抓拍摄像机`: the name follows the last verb of doing.
        if let Some(m) = inner_action_re()
            .find_iter(inner)
            .filter(|m| {
                !is_noun_head(&inner[m.end()..]) && !built_up_area(m.as_str(), &inner[m.end()..])
            })
            .last()
        {
            if inner[m.end()..].chars().count() >= 2 {
                name_range = name_range.start + m.end()..name_range.end;
            }
        }
    }
    let prefix = norm[name_range.clone()].trim();
    let listed = prefix.ends_with('、') || prefix.ends_with('等') || prefix.ends_with("及");
    if prefix.ends_with('各') {
        review.get_or_insert_with(|| {
            Review::new(
                ReviewKind::Each,
                "各 (each): one each of several, or a total?",
            )
        });
    }
    // `38个部门140多个应用系统`: after another figure and with no verb of its own, a figure's
    // name is the noun after its unit.
    // (not a rate whose words end its name: `…增长5%农林牧渔业总产值增长4.2%一般公共预算收入…`, a
    // mirror that lost its commas)
    let after_other = from > clause.start
        && f.verb_start == f.start
        && !regex!(r"(?:增长|下降|增速|增幅)$").is_match(prefix);
    let suffix_room = norm[f.end..until]
        .trim_start_matches('的')
        .chars()
        .take_while(|c| !matches!(c, '、' | '和' | '及' | '与' | '等' | '('))
        .count();
    // `重庆将建设250个“互联网小镇”`, `荆州开发区将建成1000个5G基站`: words that end on a verb of
    // doing (after `将`, `要`, `计划`, `正在`, `已`) name no indicator; the noun after the unit does.
    let verb_ended = suffix_room >= 2
        && regex!(r"(?:将|要|计划|正在|已经|已)(?:建设完成|建设|建成|新建成|新建|打造|培育|开通|部署|安装|引进|实施|查勘)$")
            .is_match(prefix);
    let name_chars = if listed || verb_ended || (after_other && suffix_room >= 2) {
        0
    } else {
        prefix.chars().count()
    };
    if name_chars < 2 {
        // `建成300个在线视讯平台`, `打造5个行业领先的工业互联网平台`: the noun after the unit
        // (after its last `的`), up to a list separator.
        let tail = &norm[f.end..until];
        let mut tail_start = f.end + tail.len() - tail.trim_start_matches('的').len();
        let stop = norm[tail_start..until]
            .char_indices()
            .find(|&(_, c)| matches!(c, '、' | '和' | '及' | '与' | '等' | '('))
            .map_or(until, |(i, _)| tail_start + i);
        // ... and before a verb that starts what is done with it (`28个社区卫生中心开展…`).
        let stop = SUFFIX_VERBS
            .iter()
            .filter_map(|v| norm[tail_start..stop].find(v).map(|p| tail_start + p))
            .filter(|&p| p > tail_start)
            .min()
            .unwrap_or(stop);
        // Running into the next figure's words (`217所学校“三通”开通率达到100%`): only the
        // first noun is this figure's.
        let stop = if stop == until && until < clause.end {
            norm[tail_start..stop]
                .find(['“', '的', '在'])
                .map_or(stop, |p| tail_start + p)
        } else {
            stop
        };
        if let Some(d) = norm[tail_start..stop].rfind('的') {
            if norm[tail_start + d + '的'.len_utf8()..stop].chars().count() >= 2 {
                tail_start += d + '的'.len_utf8();
            }
        }
        name_range = tail_start..stop;
    }
    // A period between a name and its words of rate, left out of the name.
    let mut elide: Option<Range<usize>> = None;
    // `…“十四五”信息化发展规划发布 到2025年信息产业营收`, `重庆将建设`: a name starts after the
    // last year phrase, and after `将`/`要` followed by a verb of doing.
    if let Some(m) = year_marks(&norm[name_range.clone()], Period::default()).last() {
        let after = name_range.start + m.end;
        let after = after + lead_len(&norm[after..name_range.end]);
        // (`固定资产投资“十三五”期间年均增长11.1%`: words of rate after a period that stands
        // between a name and its verb name nothing; the name is before the period)
        let mark_start = super::marks::year_re()
            .find_iter(&norm[name_range.start..name_range.start + m.end])
            .last()
            .map_or(m.end, |y| y.start());
        let before = norm[name_range.start..name_range.start + mark_start].trim();
        let rate_only = regex!(r"^(?:年均|平均|分别|均)+(?:增长|下降|提高|增加|减少|增速|增幅)?$")
            .is_match(norm[after..name_range.end].trim());
        if rate_only && before.chars().count() >= 2 && !before.ends_with(['到', '至', '在']) {
            elide = Some(name_range.start + mark_start..after);
        } else if norm[after..name_range.end].chars().count() >= 2 {
            name_range = after..name_range.end;
        }
    }
    // `全市地区生产总值2021年突破500亿元`: a year between the name and its verb is no part of
    // the name.
    if let Some(m) = regex!(r"\s*20\d\d\s*年(?:底|末)?\s*$").find(&norm[name_range.clone()]) {
        if norm[name_range.start..name_range.start + m.start()]
            .trim()
            .chars()
            .count()
            >= 2
        {
            name_range = name_range.start..name_range.start + m.start();
        }
    }
    // `今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右`: the name follows a colon.
    if let Some(p) = norm[name_range.clone()].rfind([':', '：']) {
        let after = name_range.start
            + p
            + norm[name_range.start + p..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        // (`• 地区生产总值:预计实现696亿元`: a label before the colon, only a verb after it)
        let rest = &norm[after..name_range.end];
        let rest = rest[lead_len(rest)..].trim();
        let rest = ["预计", "力争", "争取", "计划", "完成", "实现"]
            .iter()
            .fold(rest, |r, w| r.strip_suffix(w).unwrap_or(r));
        if rest.chars().count() >= 2 {
            name_range = after..name_range.end;
        } else {
            name_range = name_range.start..name_range.start + p;
        }
    }
    if let Some(p) = norm[name_range.clone()].rfind(['将', '要']) {
        let rest = name_range.start + p + '将'.len_utf8();
        if let Some(a) = action_len(&norm[rest..name_range.end]) {
            let after = rest + a;
            if norm[after..name_range.end].chars().count() >= 2 {
                name_range = after..name_range.end;
            }
        }
    }
    // (`…分别为-9.4%`: a negative figure's sign is no part of the name)
    let raw = norm[name_range.clone()].trim().trim_end_matches(['-', '−']);
    let mut trimmed = raw
        .trim_end_matches([
            '的', '共', '已', '约', '近', '为', '达', '均', '将', '各', '、',
        ])
        .trim_end_matches("分别");
    // (`…人均可支配收入完成29092元`: the verb is no part of the name)
    for w in ["预计", "力争", "争取", "计划", "完成", "实现"] {
        trimmed = trimmed.strip_suffix(w).unwrap_or(trimmed);
    }
    let name_range = {
        let s = name_range.start
            + (norm[name_range.clone()].len() - norm[name_range.clone()].trim_start().len());
        s..s + trimmed.len()
    };
    let mut name_range = name_range;
    // (`一般公共服务、教育…等支出同比增速分别为…`: a list `分别` pairs keeps its names)
    let paired_list = norm[clause.clone()].contains("分别")
        && norm[name_range.clone()].contains('、')
        && norm[name_range.clone()].contains('等');
    if norm[name_range.clone()].chars().count() > 16 && !paired_list {
        // `数字技术在…等领域深度应用覆盖面`: the indicator is what follows the last `的`/`等领域`.
        let inner = &norm[name_range.clone()];
        let cut = ["的", "等领域", "等方面", "等"]
            .iter()
            .filter_map(|w| inner.rfind(w).map(|p| p + w.len()))
            .max();
        if let Some(c) = cut.filter(|&c| inner[c..].chars().count() >= 3) {
            notes.push(format!(
                "name shortened from {}",
                line.orig_span(name_range.start, name_range.end)
            ));
            name_range = name_range.start + c..name_range.end;
        }
    }
    match elide.filter(|e| name_range.start < e.start && e.end < name_range.end) {
        Some(e) => format!(
            "{}{}",
            line.name_span(name_range.start, e.start).trim(),
            line.name_span(e.end, name_range.end).trim()
        ),
        None => line
            .name_span(name_range.start, name_range.end)
            .trim()
            .to_owned(),
    }
}
