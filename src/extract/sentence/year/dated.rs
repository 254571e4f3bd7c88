//! The year and role of a figure whose clause has a year phrase of its own (`到2025年`, `2022年`,
//! `年内`, `2019年以来`): counted since a year, done within the year, or the year it names.

use super::{unplaced, At, Reading, Tense};
use crate::extract::sentence::marks::YearMark;
use crate::extract::sentence::tense::{future_words, sentence_start};
use crate::extract::text::Line;
use crate::extract::{Period, Role};

/// The year, role, notes and review reason for a figure after the year phrase `m`.
pub(super) fn year_role(
    line: &Line,
    m: &YearMark,
    at: At,
    period: Period,
    tense: Tense,
    mut notes: Vec<String>,
) -> Reading {
    let Tense { past, future, .. } = tense;
    match m {
        m if m.since => match (period.base_year, at.published) {
            (Some(b), _) if b >= m.year => {
                notes.push(format!("since {}: read as at the base year {b}", m.year));
                (Some(b), Role::Baseline, notes, None)
            }
            // `“十四五”以来年均增长7.8%` in a work report's review of 2024: counted up to the
            // year the report reviews.
            _ if at.reviewed.is_some_and(|r| r >= m.year) && !future => {
                let r = at.reviewed.unwrap_or(m.year);
                notes.push(format!(
                    "since {}: counted up to the year the report reviews ({r})",
                    m.year
                ));
                (Some(r), Role::Baseline, notes, None)
            }
            // `2019年至今已开通5G基站13586个` on a page dated 2020: counted up to when it was
            // published.
            (_, Some(p)) if p >= m.year && !future => {
                notes.push(format!(
                    "since {}: counted up to the year the page was published ({p})",
                    m.year
                ));
                (Some(p), Role::Baseline, notes, None)
            }
            _ => unplaced(
                Role::Baseline,
                notes,
                format!("counted since {}: to which year?", m.year),
            ),
        },
        // `年内已完成5G投资95亿元` on a page of 2020: done within the year the page speaks in, not
        // by the plan's end.
        m if matches!(m.scope, Some("年内" | "全年"))
            && past
            && !future
            && at.published.is_some() =>
        {
            let y = at.published.unwrap_or(m.year);
            notes.push(format!(
                "{}, done: {y}, the year the page was published",
                m.scope.unwrap_or_default()
            ));
            (Some(y), Role::Baseline, notes, None)
        }
        m => {
            if let Some(w) = m.scope {
                notes.push(format!("{w}: the plan's end year {}", m.year));
            }
            // `发展到2022年6月底的50678座`: a dated figure, not spoken of as future, is reached.
            // `截至6月30日,…其中,今年建成5G基站1861个`: this year's figure in a clause of the
            // past is reached, not aimed at.
            // `2024年,南山区…比重达56%` on a page of 2025: a year before the page, not spoken of
            // as future and with no `到`, is reached.
            let before_page = m.scope.is_none() && at.published.is_some_and(|p| m.year < p);
            // `2020年底,全市建成5G基站6000个;到2021年底,…` on a page of March 2020: the end of a
            // year not yet over when the page was written, with no word of the past, is ahead;
            // so is the page's own year said with a word of the future (`2020年,镇江将建设…`),
            // even where the plan's base year is that year.
            let year_end = {
                let said = line.norm[..m.end].trim_end();
                said.ends_with('底') || said.ends_with('末')
            };
            // `至2020年底,全州“三张牌”重点产业实现增加值523.95亿元` on a page of 2021: the end of a
            // year before the page and before the plan's period, with no word of the future, is
            // reached (`到 2020年年底,5G基站数量超过1300个` in a plan for 2020–2022 is a goal,
            // whenever its page was published).
            // (`到2022年底,全省通信光缆线路总长度达到250.2万公里,同比增长8.8%` in a report of
            // results published in 2023: its `到` is no word of the future either, when the
            // sentence has no other)
            let start = sentence_start(&line.norm, m.end);
            let clause_end = |from: usize| {
                line.norm[from..]
                    .find(['，', ',', '。', '；', ';'])
                    .map_or(line.norm.len(), |e| from + e)
            };
            let end = clause_end(m.end);
            // (`2023年,常州经开区预计完成地区生产总值992亿元` on a page of December 2023: a year
            // standing alone before a comma heads the clause after it)
            let end = match line.norm[end..].chars().next() {
                Some(c @ ('，' | ',')) if line.norm[m.end..end].trim().is_empty() => {
                    clause_end(end + c.len_utf8())
                }
                _ => end,
            };
            let only_by = future_words(&line.norm[start..end]).all(|w| w.as_str() == "到20");
            let reported_year_end = at.report && only_by;
            let by_past_year_end = m.baseline == Some(false)
                && before_page
                && year_end
                && (!future || reported_year_end)
                && period.start_year.is_none_or(|s| m.year < s);
            // `柳州市1950年经济总量为0.88亿元,到2023年达到3115.86亿元` on a page of 2024: the end
            // of a series its sentence opened in an earlier year, before the page, is reached.
            // (its `到`, and the `到` of such a series before a figure of the same sentence, is no
            // word of the future there, unless another one says so: `…,1950-2023年年均增长11.8%`)
            let years: Vec<i32> = regex!(r"((?:19|20)\d\d)\s*年")
                .captures_iter(&line.norm[start..m.end])
                .filter_map(|c| c[1].parse::<i32>().ok())
                .collect();
            let past_series = before_page
                && years.iter().any(|&y| y < m.year)
                && years.iter().all(|&y| at.published.is_some_and(|p| y < p))
                && future_words(&line.norm[start..end]).all(|w| w.as_str() == "到20");
            let series_end = m.baseline == Some(false) && past_series;
            // `我省数字经济规模今年预计突破2.2万亿元`: this year's estimate (`预计`, no deadline) is
            // what the year reaches, not a goal.
            // (`预计2025年突破251亿关口` on a page of December 2025: the year the page speaks
            // from, estimated, is reached too)
            // (`根据《方案》,预计今年全省…设备投资增长8%` in news of a plan: what the plan expects
            // of the year, a goal)
            let plan_expects =
                regex!(r"(?:根据|按照|依据)\s*《[^》]{1,40}》").is_match(&line.norm[start..m.end]);
            let this_years_estimate = (m.scope == Some("今年")
                || (m.scope.is_none() && at.published == Some(m.year)))
                && !plan_expects
                && super::super::tense::estimate_only(&line.norm[start..end]);
            // (`今年良种繁育面积达135万亩` on a page dated `2025-09-10`: this year, late in it and
            // with no word of the future, is what it has reached so far)
            let reached = m.dated
                || (m.scope == Some("今年") && (past || (at.late_page && !future)))
                || (m.baseline.is_none() && before_page)
                || by_past_year_end
                || series_end;
            let ahead = !past
                && m.baseline.is_none()
                && !m.since
                && at
                    .published
                    .is_some_and(|p| m.year > p || (m.year == p && (year_end || future)));
            // `截至2022年,荆州开发区将建成1000个5G基站`: `截至` a year the clause looks ahead to
            // is a deadline, not a date of results.
            let deadline = m.baseline == Some(true) && !m.since && future && !past;
            let hint = if (reached
                && (!future || past_series || (by_past_year_end && reported_year_end)))
                || this_years_estimate
            {
                Some(true)
            } else if ahead || deadline {
                Some(false)
            } else {
                m.baseline
            };
            (
                Some(m.year),
                tense.role_of(m.year, hint, period),
                notes,
                None,
            )
        }
    }
}
