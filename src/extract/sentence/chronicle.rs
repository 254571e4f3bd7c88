//! A chronicle of one indicator, year by year, in one sentence (`2021年,全区GDP为1747.98亿元;至
//! 2022年,突破1900亿元,达1901.36亿元;2023年,成功跨越2000亿元大关,达到2030.29亿元`): a part after a
//! semicolon that opens on a year and names no indicator continues the one named before it.

use std::ops::Range;

use super::inherit::base_unit;
use super::{Candidate, Line};
use crate::extract::ReviewKind;

/// Names the first figure of each year's part of a chronicle after the first figure of the part
/// before it, when it has no name of its own (or only a verb of crossing: `成功跨越`) and the same
/// unit (`亿元`; `万亿元` counts as the same).
pub(super) fn inherit_chronicle(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let opens_on_year = regex!(r"^\s*(?:至|到)?\s*20\d\d\s*年(?:底|末)?\s*[,，]");
    let verb_only = regex!(r"^(?:成功|首次|再次|一举|顺利)?(?:跨越|突破|迈上|跨过|达到|达|超过)$");
    let norm = &line.norm;
    // (the part each figure is in: from the semicolon, full stop or line start before it)
    let part_start = |pos: usize| {
        norm[..pos]
            .char_indices()
            .rev()
            .find(|&(_, ch)| matches!(ch, '。' | '；' | ';'))
            .map_or(0, |(p, ch)| p + ch.len_utf8())
    };
    let after_semicolon = |start: usize| {
        norm[..start]
            .chars()
            .next_back()
            .is_some_and(|ch| matches!(ch, '；' | ';'))
    };
    for k in 1..found.len() {
        let c = &found[k].1;
        let unnamed = c
            .review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name)
            || c.name_zh.trim().chars().count() < 2
            || verb_only.is_match(c.name_zh.trim());
        let start = part_start(found[k].0.start);
        if !unnamed || !after_semicolon(start) || !opens_on_year.is_match(&norm[start..]) {
            continue;
        }
        // the first figure of this part, and the first of the part before it
        if found[..k].iter().any(|(r, _)| r.start >= start) {
            continue;
        }
        let sep = norm[..start].chars().next_back().map_or(0, char::len_utf8);
        let prev_start = part_start(start - sep);
        let Some(j) = found[..k]
            .iter()
            .position(|(r, _)| r.start >= prev_start && r.end <= start)
        else {
            continue;
        };
        let (head, rest) = found.split_at_mut(k);
        let (p, c) = (&head[j].1, &mut rest[0].1);
        let named = p.review.as_ref().is_none_or(|r| r.kind != ReviewKind::Name)
            && !verb_only.is_match(p.name_zh.trim())
            && p.name_zh.chars().count() >= 2;
        if !named || base_unit(&p.unit) != base_unit(&c.unit) {
            continue;
        }
        c.notes.push(format!(
            "of {}, the indicator of the year before it in a chronicle",
            p.name_zh
        ));
        c.name_zh = p.name_zh.clone();
        if c.review
            .as_ref()
            .is_some_and(|r| r.kind == ReviewKind::Name)
        {
            c.review = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests_names::read_with;
    use crate::extract::{ExtractOptions, ReviewKind, Role};

    /// 1492 柯桥 (a `十四五` results page, traditional on the page): each year's part after a
    /// semicolon continues `全区GDP`; a threshold crossed (`突破1900亿元`, `成功跨越2000亿元大关`)
    /// stays for review, named, and the value after it (`达1901.36亿元`) takes the name; `达到
    /// 2030.29亿元` is a value reached in 2023, not a goal of `到2030`.
    #[test]
    fn a_chronicles_years_continue_the_indicator_named_first() {
        let text = "五年砥砺,五年奋进。今年是“十四五”规划收官之年。\n五年来,柯桥区在经济体量、市场活力等方面实现了跨越式增长。\n“十四五”期间,柯桥区经济总量实现持续跃升,接连跨越多个千亿级整数关口。数据显示,2021年,全区GDP为1747.98亿元;至2022年,突破1900亿元,达1901.36亿元;2023年,成功跨越2000亿元大关,达到2030.29亿元。\n";
        let got: Vec<_> = read_with(text, &ExtractOptions::new("r").published(2025))
            .into_iter()
            .map(|c| {
                let threshold = c.review.is_some_and(|r| r.kind == ReviewKind::Threshold);
                (c.value, c.year, c.role, c.name_zh, threshold)
            })
            .collect();
        let gdp = |v: f64, y: i32, threshold: bool| {
            (
                Some(v),
                Some(y),
                Role::Baseline,
                "GDP".to_owned(),
                threshold,
            )
        };
        assert_eq!(
            got,
            [
                gdp(1747.98, 2021, false),
                gdp(1900.0, 2022, true),
                gdp(1901.36, 2022, false),
                gdp(2000.0, 2023, true),
                gdp(2030.29, 2023, false),
            ]
        );
    }
}
