//! One figure said of each of several names (`A、B均突破100万`, `A、B各1个`): a row per name,
//! the keying convention of the development corpus (`seeds/plans/dev/README.md`, round p on).

use std::ops::Range;

use super::name::{action_len, lead_len};
use super::{Candidate, Line};
use crate::extract::ReviewKind;

/// Splits every figure said of each of a list of names (`千兆家庭宽带接入户数、5G移动电话用户数均
/// 突破100万`; `省级产业创新中心、检验检测中心各1个`) into one candidate per name, in the list's
/// order, each with the figure's value, year and quote. A list needs two to six names of three
/// to sixteen characters joined by `、`; `年均`, `人均`, `户均`, `平均` are no `均` of each. A rate
/// said of each (`游客接待量、旅游总收入均增长10%`) is named with its verb (`游客接待量增长`).
///
/// `spans` holds where each figure of `found` stands in the line's normalised text.
pub(super) fn split_each(
    line: &Line,
    spans: &[Range<usize>],
    found: Vec<(Range<usize>, Candidate)>,
) -> Vec<(Range<usize>, Candidate)> {
    let each = regex!(
        r"(?:均|各|都)(?:已|将|可)?(?:突破|超过|达到|达|超|为|在|不低于|不少于|保持在|稳定在|(?P<change>(?:同比)?(?:增长|下降)))?\s*(?:约|近)?\s*$"
    );
    let norm = &line.norm;
    let mut out = Vec::with_capacity(found.len());
    for (k, (clause, c)) in found.into_iter().enumerate() {
        let Some(span) = spans.get(k) else {
            out.push((clause, c));
            continue;
        };
        let before = &norm[clause.start..span.start.max(clause.start)];
        // (`游客接待量、旅游总收入均增长10%`: a rate of each, named with its verb)
        let mut change = "";
        let names = each.captures(before).and_then(|c| {
            let m = c.get(0)?;
            change = c.name("change").map_or("", |v| v.as_str());
            let list_end = clause.start + m.start();
            if norm[..list_end].ends_with(['年', '人', '户', '平', '亩']) {
                return None;
            }
            let mut list_start = clause.start + lead_len(&norm[clause.start..list_end]);
            // (`建成省级产业创新中心、检验检测中心各1个`: the verb of doing is no part of a name)
            if let Some(a) = action_len(norm.get(list_start..list_end)?) {
                list_start += a;
            }
            list_names(norm, list_start..list_end)
        });
        let Some(names) = names.filter(|n| (2..=6).contains(&n.len())) else {
            out.push((clause, c));
            continue;
        };
        for r in names {
            let mut one = c.clone();
            one.name_zh = format!("{}{change}", line.name_span(r.start, r.end));
            if one
                .review
                .as_ref()
                .is_some_and(|r| r.kind == ReviewKind::Each)
            {
                one.review = None;
            }
            one.notes
                .push("均/各: the figure of each name of the list, a row per name".into());
            out.push((clause.clone(), one));
        }
    }
    out
}

/// The names of a list `range` of `norm` joined by `、` (the last may be joined by `和`, `及` or
/// `与`), when every one has three to sixteen characters. A phrase with `的` or `在` is no list of
/// names (`5G网络在市区和县域覆盖率均达到90%`: two places of one rate).
fn list_names(norm: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = norm.get(range.clone())?;
    if !text.contains('、') || text.contains(['的', '在']) {
        return None;
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, ch) in text.char_indices() {
        if matches!(ch, '、' | '和' | '及' | '与') {
            out.push(start..i);
            start = i + ch.len_utf8();
        }
    }
    out.push(start..text.len());
    let ok = out.len() >= 2
        && out
            .iter()
            .all(|r| (3..=16).contains(&text[r.clone()].trim().chars().count()));
    ok.then(|| {
        out.into_iter()
            .map(|r| range.start + r.start..range.start + r.end)
            .collect()
    })
}
