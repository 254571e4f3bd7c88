//! Coverage phrases as figures of 100 %: `实现…全覆盖`, `…全面覆盖`, `实现光网覆盖`,
//! `8月实现5G网络全市覆盖`, the first of a list (`实现5G网络全覆盖、热点区域深度覆盖`) — a
//! target in a goal, an achieved value in a report or a baseline section. Qualified coverage
//! (`基本`, `连续`, `深度`, `有效`, `按需`, `普遍`, `基础全覆盖`) is not full coverage and is not
//! read.

use super::marks::YearMark;
use super::year::{year_role, At};
use super::{action_len, clauses, lead_len, MAX_NAME_CHARS};
use crate::extract::section::Section;
use crate::extract::text::Line;
use crate::extract::{Basis, Candidate, Found, Period, Review, ReviewKind, Role};
use crate::target::{Comparator, TargetKind};

/// Words right before `覆盖` that qualify it (not full coverage).
const QUALIFIED: &[&str] = &[
    "基本",
    "连续",
    "深度",
    "有效",
    "按需",
    "基础",
    "广度",
    "初步",
    "重点",
    "信号",
    "高质量",
    "良好",
    "较好",
    "广泛",
    "普遍",
];

/// Words anywhere before `覆盖` in its clause that make it partial (`基本实现…全覆盖`,
/// `推进有条件的地区实现…覆盖`, `重点实现…全覆盖`).
const PARTIAL: &[&str] = &["基本", "初步", "有条件", "重点实现"];

/// `实现…全覆盖`, `…全面覆盖`, `实现…覆盖` ending their clause (or before `和`, a second
/// coverage): 100 % coverage of what stands between the verb and `覆盖`.
pub(super) fn full_coverage(
    line: &Line,
    marks: &[YearMark],
    at: At,
    period: Period,
    out: &mut Vec<Candidate>,
) {
    let norm = &line.norm;
    let cls = clauses(norm);
    let count_re = regex!(r"\d\s*(?:万|千|百)?\s*(?:个|家|所|座|户|处|栋|条)[^，,；;]{0,10}实现");
    let verb_at_end = regex!(r"\s*(?:已经|已|均|全部|全面)?\s*实现了?$");
    for (pos, _) in norm.match_indices("覆盖") {
        let clause = cls
            .iter()
            .find(|r| r.start <= pos && pos <= r.end)
            .cloned()
            .unwrap_or(0..norm.len());
        let (phrase_start, word) = if norm[..pos].ends_with("全面") {
            (pos - "全面".len(), "全面覆盖")
        } else if norm[..pos].ends_with('全') {
            (pos - '全'.len_utf8(), "全覆盖")
        } else {
            (pos, "覆盖")
        };
        if phrase_start < clause.start {
            continue;
        }
        let before = &norm[clause.start..phrase_start];
        let after = norm[pos + "覆盖".len()..clause.end].trim();
        // `…全覆盖` ends its clause (or a first coverage before `和`, or a second verb after `并`:
        // `力争实现5G网络全覆盖并组网投用`); `全覆盖的…体系`,
        // `覆盖率`, `全过程、全覆盖、全要素` describe.
        // `实现5G网络全覆盖、行业应用热点区域深度覆盖`: the first of a list of coverages.
        let listed = after.strip_prefix('、').is_some_and(|rest| {
            rest.split('、')
                .next()
                .is_some_and(|next| next.contains("覆盖"))
        });
        // (`珠三角地区实现10分钟健身圈全覆盖、其他地区优化提升15分钟健身圈`: after `实现`, a full
        // coverage that opens a list of goals ends its item)
        let first_goal = after.starts_with('、') && word != "覆盖" && before.contains("实现");
        let ends = after.is_empty()
            || after.starts_with('(')
            || after.starts_with(['和', '并'])
            || listed
            || first_goal;
        // A plain `覆盖` is full coverage only after `实现` (`城镇地区实现光网覆盖`).
        let plain_ok = word != "覆盖" || before.contains("实现");
        // `已有近600个行政村实现5G网络覆盖`: a count of the places covered, not full coverage.
        let counted = count_re.is_match(before);
        if !ends
            || counted
            || !plain_ok
            || before.ends_with('、')
            || before.ends_with('“')
            // (`信号覆盖` is a signal's reach; `5G信号全覆盖` is full coverage)
            || QUALIFIED
                .iter()
                .any(|q| before.ends_with(q) && !(*q == "信号" && word != "覆盖"))
            || PARTIAL.iter().any(|q| before.contains(q))
            // `实现乡镇以上区域5G连续覆盖及…5G网络覆盖`: one qualified coverage qualifies the clause.
            || QUALIFIED
                .iter()
                .any(|q| before.contains(&format!("{q}覆盖")))
        {
            continue;
        }
        let (year, role, mut notes, mut review) = year_role(line, marks, pos, at, period);
        // An achieved coverage in a plan's section on its base (`发展基础`) is not read: such
        // sections list many coverages no table of indicators carries (the seed plans' keys);
        // elsewhere — a report, news, a plan's review outside such a section — it is.
        if role == Role::Baseline
            && at.section == Section::Baseline
            && !at.report
            && at.reviewed.is_none()
        {
            continue;
        }
        let mut start = clause.start + lead_len(before);
        // `积极推进…实现免费无线网络覆盖`: what is covered follows the last `实现`.
        // (`实现了城区全覆盖`: the `了` of the verb is no part of the name)
        if let Some(p) = before.rfind("实现") {
            let mut after = clause.start + p + "实现".len();
            if norm[after..phrase_start].starts_with('了') {
                after += '了'.len_utf8();
            }
            if norm[after..phrase_start].chars().count() >= 2 {
                start = start.max(after);
            }
        }
        if let Some(a) = action_len(&norm[start..phrase_start]) {
            start += a;
            start += lead_len(&norm[start..phrase_start]);
        }
        // (`溧水主城区5G网络已实现全覆盖`: the verb before a bare `全覆盖` is no part of the name)
        let name = norm[start..phrase_start].trim_end_matches('的').trim();
        let name = verb_at_end.find(name).map_or(name, |m| &name[..m.start()]);
        if name.chars().count() < 2 {
            review.get_or_insert_with(|| {
                Review::new(ReviewKind::Name, format!("no indicator name before {word}"))
            });
        } else if name.chars().count() > MAX_NAME_CHARS {
            review.get_or_insert_with(|| {
                Review::new(
                    ReviewKind::LongName,
                    format!("the words before {word} are long: which indicator?"),
                )
            });
        }
        notes.push(format!("{word} read as 100 % coverage"));
        out.push(Candidate {
            role,
            name_zh: line.name_span(start, start + name.len()),
            unit: "%".into(),
            year,
            comparator: if role == Role::Baseline {
                Comparator::Eq
            } else {
                Comparator::Ge
            },
            value: Some(100.0),
            relative: None,
            kind: TargetKind::Unstated,
            basis: Basis::Level,
            found: Found::Text,
            line: line.number,
            quote: line.orig_span(clause.start, clause.end).trim().to_owned(),
            notes,
            review,
        });
    }
}
