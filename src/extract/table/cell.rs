//! Table cells: how a line splits into cells, and what a cell is (a year column, a value, a
//! unit, an attribute, a name), with the value and relative-benchmark patterns rows are read with.

use regex::Regex;

use crate::extract::section::heading;
use crate::extract::text::Line;
use crate::extract::Relative;
use crate::target::{Comparator, TargetKind};

#[derive(Debug, Clone)]
/// One cell: where it is, as written, and normalised.
pub(super) struct Cell {
    /// Line index.
    pub line: usize,
    /// The cell as written.
    pub orig: String,
    /// The cell as a name or unit (for a mirror site's line: the normalised copy).
    pub name: String,
    /// The normalised copy.
    pub norm: String,
}

/// A year column: of the base year, or of a goal (a milestone when a later goal follows).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum YearCol {
    Baseline(i32),
    Goal(i32),
}

impl YearCol {
    pub(super) fn year(self) -> i32 {
        match self {
            YearCol::Baseline(y) | YearCol::Goal(y) => y,
        }
    }
}

pub(super) fn year_cell_re() -> &'static Regex {
    regex!(concat!(
        r"^(?:(?P<pre>基期|基准|基数|现状|目标|规划|预期)(?:值|年)?\s*\(?)?\s*(?P<y>(?:19|20)\d\d)\s*年?\s*",
        r"(?:底|末)?\s*\)?\s*(?:\(?(?P<post>基期|基准|基数|现状|目标|规划|预期|实际|实绩|完成)(?:值|年)?\)?)?",
        // (`2020年基期值(起始日期用作比较的数据)`: a remark in brackets after the column's name)
        r"\s*(?:\([^()\d]{2,30}\))?$"
    ))
}

/// A value cell's sign and the rest: `-5.82` (a fall) is `(-1.0, "5.82")`.
pub(super) fn signed(t: &str) -> (f64, &str) {
    t.strip_prefix('-')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .map_or((1.0, t), |r| (-1.0, r))
}

pub(super) fn fyp_cell_re() -> &'static Regex {
    regex!(r"^“?十([二三四五])五”?\s*(?:期末|末)(?:值|年)?$")
}

pub(super) fn value_cell_re() -> &'static Regex {
    regex!(
        r"^(?P<cmp>≤|≥|<=|>=|<|>|约|超过|大于|不低于|不少于)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|‰|[A-Za-z]{1,5}|[万亿千百]?[个家户座套台项所条人元吨亩次件架]|万|亿)?\s*(?P<post>以上|以下|左右|以内)?\s*(?:\([^()]{1,12}\))?$",
    )
}

pub(super) fn relative_re() -> &'static Regex {
    regex!(concat!(
        r"(?P<cmp>达到或超过|达到或高于|达到|高于|超过|不低于|位居|进入|走在|步入|保持|位于|提升至|居)",
        r"(?P<scope>全省|全区|全自治区|自治区|全国|全市|省内|区内)",
        r"(?P<what>平均水平|平均|前列|先进水平|先进行列|先进|领先水平|领先|前茅)",
    ))
}

/// The relative benchmark a text states, with its comparator.
pub(crate) fn relative_in(norm: &str) -> Option<(Relative, Comparator, std::ops::Range<usize>)> {
    let c = relative_re().captures(norm)?;
    let scope = match &c["scope"] {
        "全国" => "nation",
        "全市" => "prefecture",
        _ => "province",
    };
    let leading = !c["what"].contains("平均");
    let cmp = match &c["cmp"] {
        "高于" | "超过" if !leading => Comparator::Gt,
        _ => Comparator::Ge,
    };
    let m = c.get(0).expect("match");
    Some((
        Relative {
            scope: scope.into(),
            leading,
            region: String::new(),
        },
        cmp,
        m.start()..m.end(),
    ))
}

/// What a cell is.
pub(super) enum Kind {
    Year(YearCol),
    Attr(TargetKind),
    Missing,
    Value,
    Qualitative,
    Unit,
    Header,
    Name,
}

pub(super) fn classify(norm: &str, has_unit_col: bool) -> Kind {
    let t = norm.trim();
    if let Some(c) = year_cell_re().captures(t) {
        let y: i32 = c["y"].parse().unwrap_or(0);
        let word = c.name("pre").or(c.name("post")).map_or("", |m| m.as_str());
        return Kind::Year(if matches!(word, "目标" | "规划" | "预期") {
            YearCol::Goal(y)
        } else if matches!(
            word,
            "基期" | "基准" | "基数" | "现状" | "实际" | "实绩" | "完成"
        ) {
            YearCol::Baseline(y)
        } else {
            YearCol::Goal(y) // decided by position later
        });
    }
    // `十三五末`, `“十四五”期末`: the end year of that five-year plan (its role by position).
    if let Some(c) = fyp_cell_re().captures(t) {
        let year = match &c[1] {
            "二" => 2015,
            "三" => 2020,
            "四" => 2025,
            _ => 2030,
        };
        return Kind::Year(YearCol::Goal(year));
    }
    match t {
        "预期性" | "预期" | "预期值" => return Kind::Attr(TargetKind::Expected),
        "约束性" | "约束" | "约束值" => return Kind::Attr(TargetKind::Binding),
        // (`一`: a dash typed as the numeral one, in a table copied from an image)
        "—" | "——" | "-" | "--" | "–" | "/" | "无" | "暂无" | "~" | "…" | "/ " | "一" => {
            return Kind::Missing
        }
        _ => {}
    }
    // (`保持正增长`, `高于经济增长`, `与经济增长同步`: a goal in words, in an execution report's
    // table — no figure in its column, as `—`)
    if regex!(
        r"^(?:保持)?正增长$|^(?:高于|快于|略高于|不低于|与)[^\d%]{0,8}(?:增长|增速)(?:同步)?$"
    )
    .is_match(t)
    {
        return Kind::Missing;
    }
    if value_cell_re().is_match(signed(t).1) {
        return Kind::Value;
    }
    if relative_in(t).is_some() {
        return Kind::Qualitative;
    }
    const HEADER: &[&str] = &[
        "指标",
        "指标名称",
        "指标名称(单位)",
        "指标(单位)",
        "单位",
        "属性",
        "指标属性",
        "备注",
        "类别",
        "指标类别",
        "序号",
        "领域",
        "分类",
        "类型",
        "性质",
        "指标性质",
        "计量单位",
    ];
    let squeezed: String = t.split_whitespace().collect();
    if HEADER.contains(&squeezed.as_str()) {
        return Kind::Header;
    }
    const UNITS: &[&str] = &[
        "%",
        "‰",
        "个",
        "家",
        "户",
        "座",
        "套",
        "台",
        "项",
        "所",
        "条",
        "人",
        "亿元",
        "万元",
        "元",
        "万户",
        "万个",
        "万人",
        "万人次",
        "Mbps",
        "Gbps",
        "Tbps",
        "G",
        "T",
        "M",
        "PB",
        "TB",
        "万千瓦",
        "千瓦",
        "兆瓦",
        "万台",
        "万套",
        "万吨",
        "吨",
        "天",
        "个工作日",
        "年",
        "倍",
        "点",
        "分",
    ];
    if UNITS.contains(&t) || (has_unit_col && t.chars().count() <= 3 && !t.is_empty()) {
        return Kind::Unit;
    }
    Kind::Name
}

/// Splits one line into cells: on `|`, else on runs of two or more spaces, else a name
/// followed by value tokens separated by single spaces (`固定宽带家庭普及率(% 75 99 预期性`).
/// The cells of a table row a page ran together without any blank (`指标2023年基准值2026年目标值`,
/// `人工智能核心产业规模800亿元1200亿元`, `智能经济占比15%20%`): a header of `指标` and two or more
/// year columns, or a name (no digit in it) and two values with their units, the whole line.
fn glued_spans(norm: &str) -> Option<Vec<(usize, usize)>> {
    if norm
        .trim()
        .contains([' ', '，', ',', '。', '；', ';', '：', ':'])
    {
        return None;
    }
    let header = regex!(r"^\s*(指标(?:名称)?)((?:20\d\d\s*年[^\d]{0,6}){2,4})\s*$");
    if let Some(c) = header.captures(norm) {
        let mut spans = vec![(c.get(1)?.start(), c.get(1)?.end())];
        let years = c.get(2)?;
        let starts: Vec<usize> = regex!(r"20\d\d\s*年")
            .find_iter(years.as_str())
            .map(|m| years.start() + m.start())
            .collect();
        for (k, &s) in starts.iter().enumerate() {
            spans.push((s, starts.get(k + 1).copied().unwrap_or(years.end())));
        }
        return Some(spans);
    }
    let row = regex!(
        r"^\s*([^\d]{2,30}?)(\d[\d.]*\s*(?:%|[^\d%.\s]{1,4}))(\d[\d.]*\s*(?:%|[^\d%.\s]{1,4}))\s*$"
    );
    let c = row.captures(norm)?;
    Some(
        (1..=3)
            .filter_map(|k| c.get(k).map(|m| (m.start(), m.end())))
            .collect(),
    )
}

pub(super) fn cells_of(line: &Line, index: usize) -> Vec<Cell> {
    let tail = regex!(r"(?:\s+(?:[≤≥<>]?\d+(?:\.\d+)?%?|—+|/|-|预期性|约束性))+\s*$");
    let split = regex!(r"\|| {2,}");
    let norm = &line.norm;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    if norm.contains('|') || norm.contains("  ") {
        let mut start = 0;
        for m in split.find_iter(norm) {
            spans.push((start, m.start()));
            start = m.end();
        }
        spans.push((start, norm.len()));
    } else if let Some(glued) = glued_spans(norm) {
        spans = glued;
    } else if let Some(m) = tail.find(norm).filter(|m| m.start() > 0) {
        spans.push((0, m.start()));
        let mut pos = m.start();
        for tok in norm[m.start()..].split(' ') {
            if !tok.is_empty() {
                let s = norm[pos..].find(tok).map_or(pos, |o| pos + o);
                spans.push((s, s + tok.len()));
                pos = s + tok.len();
            }
        }
    } else {
        spans.push((0, norm.len()));
    }
    spans
        .into_iter()
        .filter_map(|(s, e)| {
            let n = norm[s..e].trim();
            if n.is_empty() {
                return None;
            }
            let lead = norm[s..e].len() - norm[s..e].trim_start().len();
            let s2 = s + lead;
            let e2 = s2 + n.len();
            Some(Cell {
                line: index,
                orig: line.orig_span(s2, e2).to_owned(),
                name: line.name_span(s2, e2),
                norm: n.to_owned(),
            })
        })
        .collect()
}

/// Whether a line could be a table cell line of a flattened table.
pub(super) fn short_cell_line(l: &Line) -> bool {
    let t = l.norm.trim();
    // (`1.残疾人家庭人均收入年均增长(%)          >7.5          预期性`: cells set apart by runs of
    // blanks, as a PDF's table is copied — the blanks are no text, and a numbered row is no
    // heading)
    let spaced = regex!(r"\S {3,}\S").is_match(t);
    let chars = if spaced {
        t.split_whitespace().map(|w| w.chars().count() + 1).sum()
    } else {
        t.chars().count()
    };
    !t.is_empty()
        && chars <= 40
        && !t.contains('。')
        && !t.contains('，')
        && (heading(t).is_none() || spaced)
}

/// Splits `名称(单位)` / `名称(单位` / `名称（单位）` into name and unit.
pub(super) fn split_unit(name: &str) -> (String, Option<String>) {
    let trimmed = name.trim();
    for open in ['(', '（'] {
        if let Some(p) = trimmed.rfind(open) {
            let inner = trimmed[p + open.len_utf8()..]
                .trim_end_matches([')', '）'])
                .trim();
            if !inner.is_empty() && inner.chars().count() <= 6 {
                return (trimmed[..p].trim().to_owned(), Some(inner.to_owned()));
            }
        }
    }
    (trimmed.to_owned(), None)
}
