//! Figures in running text: a number, its unit as written, and the words around it that say
//! how it compares (`超过`, `不低于`, `以上`, `左右`, `余`).
//!
//! Rules, stated once:
//! - a figure is a number followed by a unit (`%`, `个`, `亿元`, `Gbps`, …) or preceded by a
//!   comparing verb (`达到1.3`); a bare number otherwise is not a figure (years, item numbers);
//! - a number glued to a letter (`IPv6`, `5G基站`, `H5`) or after `第` is a name, not a figure;
//! - `万`, `亿`, `百万`, `千万` stay in the unit as written (`亿元`, `万户`): Chinese statistics
//!   report in them; `千` multiplies (`6千余人` → 6000 人), stated in the note;
//! - `10—20个`, `2至3家`: a range; the lower end is the figure and the note says so.

use regex::Regex;

use crate::target::Comparator;

mod context;
use context::{mark_group_sizes, structural};

/// How a word around the figure qualifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qualifier {
    /// Nothing said.
    Plain,
    /// `余`, `多`, `以上`, `超过`…: at least (strictly more for `超过`/`突破`/`高于`).
    AtLeast { strict: bool },
    /// `以下`, `以内`, `不超过`, `控制在`…: at most.
    AtMost { strict: bool },
    /// `左右`, `约`, `近`: about.
    About,
}

/// One figure found in a normalised line.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// Byte range of the number through the unit and any trailing qualifier.
    pub start: usize,
    pub end: usize,
    /// Start of the comparing verb before the number, if any (else `start`).
    pub verb_start: usize,
    /// The value (the lower end of a range), after `千`.
    pub value: f64,
    /// The unit, normalised (`亿元`, `%`, `Gbps`), empty if none.
    pub unit: String,
    /// Where the unit (with a kept `万`/`亿`) is in the line, to quote it as written.
    pub unit_span: (usize, usize),
    /// What the words around it say.
    pub qualifier: Qualifier,
    /// Notes on normalisations applied.
    pub notes: Vec<String>,
    /// A count of the places or projects the next figure of its clause is of
    /// (`71个工业类开发区5G基站9000个`, `33个重点项目完成投资89.9亿元`): not a value of its own.
    pub group_size: bool,
}

impl Figure {
    /// The comparator a target stated by this figure carries: `>=` unless a word says otherwise.
    pub(crate) fn target_comparator(&self) -> Comparator {
        match self.qualifier {
            Qualifier::AtLeast { strict: true } => Comparator::Gt,
            Qualifier::AtMost { strict: true } => Comparator::Lt,
            Qualifier::AtMost { strict: false } => Comparator::Le,
            Qualifier::About => Comparator::Eq,
            Qualifier::AtLeast { strict: false } | Qualifier::Plain => Comparator::Ge,
        }
    }
}

/// Units written with Latin letters that plans use (anything else glued to a number is a name).
const LATIN_UNITS: &[&str] = &[
    "Gbps", "Mbps", "Tbps", "Kbps", "kbps", "G", "M", "T", "P", "E", "GB", "TB", "PB", "EB", "MB",
    "MW", "GW", "kW", "KW", "kWh", "km", "Km", "KM", "m", "Gb", "Tb", "Pb", "MHz", "GHz", "ms",
    "PFlops", "PFLOPS", "EFlops", "EFLOPS", "TFlops", "TFLOPS", "Flops", "FLOPS",
];

fn figure_re() -> &'static Regex {
    regex!(concat!(
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)",
        r"(?:\s*(?:-|—|–|~|至|到)\s*(?P<high>\d+(?:\.\d+)?))?",
        // One space may stand before the unit (`9 万公里`, `92 项`); `余` may stand before a
        // multiplier (`5600余万元`) as after it (`300亿余元`).
        r"(?P<a0>余|多)?(?:\s?(?P<mult>万亿|百万|千万|千|万|亿))?",
        r"(?P<a1>余|多)?",
        r"(?:\s?(?P<unit>个百分点|%|‰|[A-Za-z]+|",
        // (`PM2.5平均浓度44.8微克/立方米`: a concentration)
        r"微克/立方米|微克每立方米|毫克/立方米|毫克每立方米|毫克/升|毫克每升|",
        // (`PM10平均浓度106μg/m3`: the same in symbols)
        r"[μµ]g/m[3³]|mg/m[3³]|mg/L|",
        r"个工作日|平方公里|平方米|立方米|千瓦时|千瓦|千伏安|千米|人次|辆次|架次|艘次|车次|公里|公顷|兆比特每秒|吉比特每秒|兆瓦|标准机架|小时|分钟|",
        // (`时延低至0.56毫秒`: a latency; `皮棉亩均单产181.3公斤`, `每亩958.2斤`: a weight)
        // (`日供氢能力达到6700千克`: kilograms, `千` then `克`, kept as `千克`)
        r"毫秒|公斤|斤|克|",
        // (`全县发生各类生产安全事故14起`: accidents and cases; `总面积954933.1㎡`; `1500批次`)
        r"起|㎡|批次|",
        // (`集装箱吞吐量1197万标箱`: containers counted in twenty-foot units)
        r"标箱|",
        // (`300千瓦时`: `千` then `瓦时`, kept as `千瓦时`, not 300,000 of nothing)
        r"瓦时|瓦|伏安|",
        // `620千兆位`: bandwidth in gigabits, not 620,000 of nothing.
        r"兆比特|兆位|",
        // (`基地产值…提高至2024年的1.35兆元` on a mirror converted to Taiwan's usage: a trillion
        // yuan, `万亿元`, as written)
        r"兆元|兆美元|",
        r"个|家|户|座|套|台|项|所|条|件|人年|人|次|种|块|组|处|栋|张|部|名|辆|架|颗|款|亩|米|吨|",
        // (`人均预期寿命从76.34岁提高到77.93岁`: an age in years)
        r"批|场|篇|册|间|床|路|根|只|头|棵|倍|美元|港元|欧元|元|位|类|片|本|期|集|天|村|例|岁|G|",
        // (`环境空气质量考核得分3.5分`: a score; not `3分之1`, `2分局` — see below)
        r"分)",
        // A unit per head, household, year (`万元/人`, `元/人`, `吨/年`): one unit.
        r"(?P<per>/(?:人|户|年|亩|台|平方米))?",
        // A rate per so many people with no unit before it (`孕产妇死亡率从20.1/10万降至16.9/10万`).
        r"|(?P<per_n>/(?:10万|十万|万|千)))?",
        r"(?P<post>余|多|以上|以下|以内|左右)?",
    ))
}

fn verb_re() -> &'static Regex {
    regex!(concat!(
        r"(?P<verb>达到或超过|达到或高于|不少于|不低于|不小于|不高于|不超过|不多于|超过|高于|大于|",
        r"多于|突破|超|逾|达到|达|提升至|提升到|提高到|提高至|增长到|增加到|增至|升至|上升至|",
        r"上升到|降至|降到|降低至|降低到|下降到|下降至|缩小至|缩小到|控制在|保持在|稳定在|低于|小于|少于|",
        r"[≥≤<>]=?|>=|<=|(?:由|从)\s*20\d\d\s*年(?:底|末)?\s*的?|由|从)\s*(?P<about>约|近|大约|将近|接近)?\s*$",
    ))
}

fn about_re() -> &'static Regex {
    regex!(r"(?:约|近|大约|将近|接近)\s*$")
}

fn parse_number(s: &str) -> Option<f64> {
    let v: f64 = s.replace(',', "").parse().ok()?;
    v.is_finite().then_some(v)
}

/// The figures of one normalised line, left to right.
pub(crate) fn figures(norm: &str) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    // Figures followed by `以上`/`以下` and a noun: sizes of admission if their clause holds
    // another figure.
    let mut admits: Vec<usize> = Vec::new();
    // `人口性别比为100.95`, `城乡居民收入倍差为1.66`: a ratio's name, then `为` — a unitless level
    // (elsewhere `为` is too loose to make a bare number a figure).
    let ratio_is = regex!(r"(?:性别比|倍差|系数)\s*(为|是)\s*$");
    // `…2个、0.9个百分点`: a `个` shortened from the list's last unit.
    let shortened_points = regex!(r"^、\s*-?\d+(?:\.\d+)?\s*个百分点");
    // A circle reached in so much time (`健身圈`, `高铁生活圈`).
    let circle = regex!(r"^[^\s，,。；;、：:]{0,4}圈");
    // Years of schooling: `年限` and a verb of reaching before a number of years.
    let schooling = regex!(
        r"年限\s*(?:提高到|提高至|提升到|提升至|增加到|增至|达到|达|为|超过|保持在|稳定在)\s*(?:约|近)?\s*$"
    );
    // An age bracket or a person's age after `岁` (see below).
    let bracket = regex!(
        r"^\s*(?:(?:及以上|以上|以下|及以下)\s*[^\s，,。；;、)）]|的|人口|户籍|老年|儿童|居民|组)"
    );
    for c in figure_re().captures_iter(norm) {
        let whole = c.get(0).expect("match");
        let num = c.name("num").expect("num");
        let before = &norm[..num.start()];
        let prev = before.chars().next_back();
        // `增速分别为-9.4%、23.0%`, `同比增长-0.5%`: a minus sign after a word or a list mark, not
        // inside a code
        // (`10G-PON`, `2—1`).
        let negative = prev == Some('-')
            && before[..before.len() - 1]
                .chars()
                .next_back()
                .is_some_and(|p| {
                    matches!(
                        p,
                        '为' | '、' | '，' | ',' | '：' | ':' | '（' | '(' | '达' | '是'
                        // (`同比增长-0.5%`, `增速-3%`, `增幅-2.1%`, `同比-4%`)
                        | '长' | '速' | '幅' | '比'
                        // (`户籍人口自然增长率-6.55‰`: a rate's name)
                        | '率'
                    )
                });
        // A number glued to a letter, a digit, a dot or `第` is part of a name or a code.
        // After `图`/`表` it is a figure or table number (`如图2—1所示`).
        // (`该市完成GDP657.4亿元`: after the acronym of the product it is its value)
        let acronym = before.ends_with("GDP");
        if !negative
            && !acronym
            && prev.is_some_and(|p| {
                // (`价格上涨1·8%`: a garbled decimal point, the number unreadable)
                p.is_ascii_alphanumeric() || matches!(p, '.' | '·' | '第' | '-' | '图' | '表')
            })
        {
            continue;
        }
        // `从0到1`, written `从01`: a number with a leading zero is a code or a garble, not a
        // figure; after `第 ` it is a rank (`上升到第 69 位`).
        let digits = num.as_str();
        if (digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0."))
            || before.trim_end().ends_with('第')
        {
            continue;
        }
        // `三次产业增加值之比…10.7:55.6:33.7`, `8:30`: a part of a ratio or a time of day.
        // (`从13.6 ﹕ 42.1 ﹕ 44.3调整为…`: spaced around the colon)
        let ratio = |s: &str| {
            let mut cs = s.trim_start().chars();
            matches!(cs.next(), Some(':' | '：' | '∶'))
                && cs
                    .as_str()
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        };
        if ratio(&norm[num.end()..]) || ratio(&before.chars().rev().collect::<String>()) {
            continue;
        }
        let Some(mut value) = parse_number(num.as_str()) else {
            continue;
        };
        if negative {
            value = -value;
        }
        let mut notes = Vec::new();
        let mult = c.name("mult").map_or("", |m| m.as_str());
        let unit_end = c.name("unit").map_or(0, |u| u.end());
        let unit_span = match (c.name("mult"), c.name("unit")) {
            (Some(m), _)
                if m.as_str() != "千"
                    || c.name("unit").is_some_and(|u| {
                        u.as_str().starts_with(['米', '瓦', '兆', '吨', '克'])
                            || u.as_str().starts_with("伏安")
                            || u.as_str().starts_with("公顷")
                    }) =>
            {
                (m.start(), unit_end.max(m.end()))
            }
            (_, Some(u)) => (u.start(), u.end()),
            _ => (0, 0),
        };
        let per_m = c.name("per").or(c.name("per_n"));
        let per = per_m.map_or("", |m| m.as_str());
        let unit_end = per_m.map_or(unit_end, |p| p.end());
        let mut unit_span = match (unit_span.1 > 0, c.name("per_n")) {
            (true, _) => (unit_span.0, unit_end),
            (false, Some(p)) => (p.start(), p.end()),
            (false, None) => unit_span,
        };
        let mut unit = c.name("unit").map_or("", |m| m.as_str()).to_owned() + per;
        let mut end = whole.end();
        // (`分别高于全国、全省2个、0.9个百分点`: `个` before the list's `个百分点` is that unit,
        // shortened)
        if unit == "个" && shortened_points.is_match(&norm[end..]) {
            unit = "个百分点".to_owned();
            unit_span = (0, 0); // (the unit is not as written)
        }
        // (`0-17岁户籍人口`, `60岁及以上人口占15.2%`, `15岁以上吸烟率`: an age bracket names a
        // group; `23岁的次仁拉吉`: a person's age — no figure; `人均预期寿命达到80岁以上` is one)
        if unit == "岁" {
            let rest = &norm[c.name("unit").map_or(whole.end(), |u| u.end())..];
            if c.name("high").is_some() || bracket.is_match(rest) {
                continue;
            }
        }
        if !unit.is_empty() && unit.chars().all(|ch| ch.is_ascii_alphabetic()) {
            // (`索引号: 11441521MB2C95788X`: a code of letters and digits)
            let code = norm[unit_end..]
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_alphanumeric());
            if !LATIN_UNITS.contains(&unit.as_str()) || code {
                // `5G基站`, `3D打印`: a name token, not a figure.
                continue;
            }
            // (`算力规模突破1万P`: a multiplier makes it a quantity)
            let single =
                unit.len() == 1 && mult.is_empty() && !num.as_str().contains('.') && value < 10.0;
            if single {
                continue; // `4G`, `5G`: network generations
            }
        }
        // `85.76千公顷`, `3.2千吨`, `620千兆位`, `6700千克`: units of statistics, kept as written.
        if mult == "千"
            && (unit.starts_with(['米', '瓦', '兆', '吨', '克'])
                || unit.starts_with("公顷")
                || unit.starts_with("伏安"))
        {
            unit = format!("千{unit}");
        } else if mult == "千" {
            value *= 1000.0;
            notes.push(format!("{}千 read as {}", num.as_str(), fmt(value)));
        } else if !mult.is_empty() {
            unit = format!("{mult}{unit}");
        }
        let high = c.name("high").and_then(|h| parse_number(h.as_str()));
        let post = c.name("post").map(|m| m.as_str());
        let a1 = c.name("a1").is_some() || c.name("a0").is_some();
        // The verb before the number.
        let (verb, verb_start, verb_q) = match verb_re().captures(before) {
            Some(v) => {
                let w = v.name("verb").expect("verb").as_str().to_owned();
                let q = verb_qualifier(&w, v.name("about").is_some());
                (Some(w), v.get(0).expect("m").start(), q)
            }
            None => match about_re().find(before) {
                Some(m) => (None, m.start(), Qualifier::About),
                // (a ratio's name, then `为`: see `ratio_is`)
                None => match ratio_is.captures(before) {
                    Some(c) => {
                        let m = c.get(1).expect("为");
                        (Some(m.as_str().to_owned()), m.start(), Qualifier::Plain)
                    }
                    None => (None, num.start(), Qualifier::Plain),
                },
            },
        };
        // (`分` of a score only: `3分之1` is a fraction, `2分局` a branch, `分别` a word)
        // (`21时39分`: a time of day)
        if unit == "分"
            && (norm[unit_end..]
                .chars()
                .next()
                .is_some_and(|ch| "之局别別行公院会校区队社厂店部钟秒".contains(ch))
                || before.ends_with(['时', '時', '点', '點']))
        {
            continue;
        }
        // (`多贡献1斤半`: one and a half, the number not as written)
        if norm[unit_end..].starts_with('半') {
            continue;
        }
        // (`10分钟健身圈`, `1小时经济圈`: a reach in time names a circle, no figure)
        if matches!(unit.as_str(), "分钟" | "小时") && circle.is_match(&norm[unit_end..]) {
            continue;
        }
        if unit == "小时" && value == 24.0 {
            continue; // `24小时` (round the clock) describes a service
        }
        if unit.is_empty() && verb.is_none() {
            continue; // a bare number: a year, an item number, a code
        }
        // (`劳动年龄人口平均受教育年限提高到11.7年`: years of schooling, a level in years)
        if unit.is_empty() && norm[end..].starts_with('年') && schooling.is_match(before) {
            unit = "年".to_owned();
            unit_span = (end, end + '年'.len_utf8());
            end += '年'.len_utf8();
        }
        // A unitless year or date after a verb (`到2025年`) is not a figure.
        let after = &norm[end..];
        if unit.is_empty()
            && (after.starts_with('年')
                || after.starts_with('月')
                || after.starts_with('日')
                || after.starts_with("号")
                || ((1900.0..=2100.0).contains(&value) && !num.as_str().contains('.')))
        {
            continue;
        }
        if (after.starts_with('年') || after.starts_with('月')) && unit != "年" {
            continue; // `10年` of a duration, `6月`
        }
        if structural(norm, num.start(), end, &unit) {
            continue;
        }
        // `500M以上用户占比`: a bandwidth threshold inside a name (no verb, a noun after `以上`).
        if verb.is_none()
            && unit.chars().all(|ch| ch.is_ascii_alphabetic())
            && !unit.is_empty()
            && matches!(post, Some("以上" | "以下"))
            && norm[end..]
                .chars()
                .next()
                .is_some_and(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch) && ch != '的')
        {
            continue;
        }
        // `5000万元以上企业361家`, `134个30户以上自然村寨`: a size that admits to a group, a
        // noun right after `以上`, when its clause holds another figure (the group's count) —
        // decided once all figures of the line are known. `30户以上自然村` always is one.
        let noun_after = norm[end..]
            .chars()
            .next()
            .is_some_and(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch) && ch != '的');
        if matches!(post, Some("以上" | "以下")) && noun_after {
            if matches!(unit.as_str(), "户" | "人") && norm[end..].starts_with(['村', '自', '行'])
            {
                continue;
            }
            admits.push(out.len());
        }
        let qualifier = match (post, a1, verb_q) {
            (Some("以上"), ..) => Qualifier::AtLeast {
                strict: matches!(verb_q, Qualifier::AtLeast { strict: true }),
            },
            (Some("以下" | "以内"), ..) => Qualifier::AtMost { strict: false },
            (Some("左右"), ..) => Qualifier::About,
            (Some("余" | "多"), ..) | (_, true, _) => Qualifier::AtLeast { strict: true },
            _ => verb_q,
        };
        if let Some(h) = high {
            if h > value {
                notes.push(format!(
                    "range {}–{}: the lower end is the figure",
                    fmt(value),
                    fmt(h)
                ));
            }
        }
        if c.name("post").is_none() && c.name("unit").is_none() {
            end = num
                .end()
                .max(c.name("high").map_or(0, |h| h.end()))
                .max(c.name("mult").map_or(0, |m| m.end()));
        }
        out.push(Figure {
            start: num.start(),
            end,
            verb_start,
            value,
            unit,
            unit_span,
            qualifier,
            notes,
            group_size: false,
        });
    }
    mark_group_sizes(norm, &mut out);
    if admits.is_empty() {
        return out;
    }
    let clause_end = |at: usize| {
        let stop = |c: char| matches!(c, '，' | '。' | '；' | ',' | ';');
        norm[at..].find(stop).map_or(norm.len(), |p| at + p)
    };
    let sizes: Vec<bool> = (0..out.len())
        .map(|i| {
            admits.contains(&i) && {
                let e = clause_end(out[i].start);
                // The group's count follows its noun at once (`企业361家`); a figure after a
                // conjunction, a verb or a second size (`20家以上医院和100个药房`) is a goal of
                // its own.
                let after = out[i].end;
                out.iter().enumerate().any(|(j, f)| {
                    let between = norm.get(after..f.start).unwrap_or("");
                    !admits.contains(&j)
                        && f.start >= after
                        && f.start < e
                        && f.verb_start >= f.start
                        && between.chars().count() <= 8
                        && !between.contains(['和', '及', '与', '、', '并'])
                })
            }
        })
        .collect();
    // `5亿元和3000万美元以上项目`: a size joined by `和` to a size that admits shares its `以上`.
    let sizes: Vec<bool> = (0..out.len())
        .map(|i| {
            sizes[i]
                || (i + 1 < out.len()
                    && sizes[i + 1]
                    && matches!(
                        norm.get(out[i].end..out[i + 1].start),
                        Some("和" | "或" | "及" | "、")
                    ))
        })
        .collect();
    out.into_iter()
        .zip(sizes)
        .filter_map(|(f, size)| (!size).then_some(f))
        .collect()
}

fn verb_qualifier(verb: &str, about: bool) -> Qualifier {
    if about {
        return Qualifier::About;
    }
    match verb {
        "超过" | "高于" | "大于" | "多于" | "突破" | "超" | "逾" | ">" => {
            Qualifier::AtLeast { strict: true }
        }
        "不少于" | "不低于" | "不小于" | "达到或超过" | "达到或高于" | "≥" | ">=" | "≥=" => {
            Qualifier::AtLeast { strict: false }
        }
        "不高于" | "不超过" | "不多于" | "控制在" | "降至" | "降到" | "降低至" | "降低到"
        | "下降到" | "下降至" | "≤" | "<=" | "≤=" => Qualifier::AtMost { strict: false },
        "低于" | "小于" | "少于" | "<" => Qualifier::AtMost { strict: true },
        _ => Qualifier::Plain,
    }
}

/// A number for notes: no trailing zeros.
pub(crate) fn fmt(v: f64) -> String {
    let s = format!("{v}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}

#[cfg(test)]
mod tests;
