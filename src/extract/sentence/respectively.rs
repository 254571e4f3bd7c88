//! Names paired with figures in order: `分别` (`广播、电视综合覆盖率分别达99.4%、99.12%`), a bare
//! list of figures joined by `、`, and ordinals spelled out (`第一、二、三产业…分别…`).

use std::ops::Range;

use super::Candidate;
use crate::extract::{Review, ReviewKind};

/// `广播、电视综合覆盖率分别达99.4%、99.12%`: k names joined by `、` before `分别` and k figures
/// in the clause are paired in order; a shared tail (`综合覆盖率`) goes to each name when the
/// first names are shorter than the last (`广播` + `综合覆盖率`). Two names may be joined by
/// `和`, `及` or `与` (`乡镇和行政村5G网络通达率分别为100%和80%`) when the second carries the
/// shared tail.
///
/// Also: a first name holding a shared head (`一般公共预算收入和支出分别达4.78亿元、20.2亿元`:
/// `一般公共预算` + `支出`); `城乡` before a name (`城乡居民人均可支配收入分别增长7%、8%`: 城镇…, 农村…);
/// a verb after `分别` that belongs to the names (`…分别增长`); and a clause with no name of its
/// own (`分别增长6.9%、0.8%`) after one the same line paired, whose names it takes with its verb,
/// or after as many clauses of one figure each (`生猪存栏12.4万头,牛存栏0.8万头,羊存栏4.36万只,
/// 分别较同期增长3.7%、20.5%和27.7%`). Figures before `分别` in its clause (`全市2137项…网上可办率、
/// 一网通办率分别提升至96.12%、95.84%`) are not paired. A bare list of figures joined by `、` or
/// `和` pairs as `分别` does (`城镇和农村常住居民人均可支配收入完成29092元、17191元`, then
/// `同比增长5.2%和7.4%`).
///
/// `spans` holds where each figure of `found` stands in `norm`.
pub(super) fn split_respectively(
    norm: &str,
    spans: &[Range<usize>],
    found: &mut [(Range<usize>, Candidate)],
) {
    let change_verb = regex!(r"^(?:同比|比上年|较上年)?(?:增长|下降|提高|增加|减少)$");
    let change_tail = regex!(
        r"(?:年均|同比|比上年|较上年)?(?:分别)?(?:年均)?(?:增长|下降|提高|增加|减少|增速|增幅)$"
    );
    let two_before_etc = regex!(r"([^，,、和\s]{2,10})和([^，,、和\s]{2,12}等)$");
    let from_list = regex!(r"分别\s*(?:由|从)\s*$");
    let step = super::from_to::step_re();
    let five_year = regex!(r#"十([二三四五])五[”"」]?(?:期间|时期)"#);
    let per_head_income = regex!(r"^(?:居民)?人均可支配收入");
    // The subjects of the last ordinals spelled out (`第一产业`, `第二产业`, `第三产业`).
    let mut subjects: Option<Vec<String>> = None;
    let mut i = 0;
    let mut prev: Option<Vec<String>> = None;
    while i < found.len() {
        let clause = found[i].0.clone();
        let j = found[i..].iter().take_while(|(c, _)| *c == clause).count() + i;
        // The quote is the original text: a mirror site's traditional `分別` too.
        let q = &found[i].1.quote;
        let listed = (i..j.saturating_sub(1)).all(|k| match (spans.get(k), spans.get(k + 1)) {
            (Some(a), Some(b)) => {
                a.end <= b.start && matches!(norm[a.end..b.start].trim(), "、" | "和" | "及" | "与")
            }
            _ => false,
        });
        if j - i < 2 || !(q.contains("分别") || q.contains("分別") || listed) {
            i = j;
            continue;
        }
        if let Some(p) = norm[clause.clone()].find("分别").map(|p| clause.start + p) {
            let before = (i..j).take_while(|&k| spans.get(k).is_some_and(|s| s.start < p));
            let first_after = before.last().map_or(i, |k| k + 1);
            if first_after > i && j - first_after >= 2 {
                i = first_after;
            }
        }
        // The names of the one-figure clauses right before a group, as many as its figures.
        let k = j - i;
        let before: Option<Vec<String>> = i.checked_sub(k).and_then(|s| {
            let run = &found[s..i];
            let distinct = run.windows(2).all(|w| w[0].0 != w[1].0)
                && run.last().is_some_and(|(c, _)| *c != clause)
                && (s == 0 || found[s - 1].0 != run[0].0);
            // (`第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元,分别增长
            // 4.6%、7.7%和8.7%`: or one clause before of as many figures, each named)
            let one_clause = run.iter().all(|(c, _)| *c == run[0].0)
                && run[0].0 != clause
                && (s == 0 || found[s - 1].0 != run[0].0);
            // (`旅行社签订电子合同31.9万份、合同金额33.09亿元,团队游客4011万人次,分别同比增长149%、254%、
            // 208%`: or whole clauses before, as many figures in all, each named)
            let whole_clauses = run.last().is_some_and(|(c, _)| *c != clause)
                && (s == 0 || found[s - 1].0 != run[0].0)
                && q.contains("分别");
            let distinct = distinct || one_clause || whole_clauses;
            // (a clause's name stands even where its year is in doubt)
            let named = run.iter().all(|(_, c)| {
                c.name_zh.chars().count() >= 2 && !c.review.as_ref().is_some_and(asks_for_name)
            });
            (distinct && named).then(|| run.iter().map(|(_, c)| c.name_zh.clone()).collect())
        });
        // (`存储芯片、虚拟现实设备、服务机器人等产品产量高增,分别同比增长88.5%、66.3%、112.3%`: a
        // clause of as many names joined by `、` and no figure, right before the group, names it)
        let before = before.or_else(|| listed_before(norm, clause.clone(), found, k));
        // `第一、二、三产业增加值分别增长…`: ordinals sharing `第` and a head, spelled out.
        let ordinals = norm[clause.clone()].find("分别").and_then(|p| {
            let p = clause.start + p;
            let head = &norm[clause.start..p];
            // (`第一、二、三产业增加值占…的比重分别为…,对经济增长的贡献率分别为…`: a clause of what
            // the same subjects do (`对…`) takes the subjects of the ordinals before it)
            let names = match (ordinal_names(head), &subjects) {
                (Some((names, subj)), _) => {
                    subjects = Some(subj);
                    names
                }
                (None, Some(subj)) if head.trim_start().starts_with('对') => {
                    subj.iter().map(|s| format!("{s}{}", head.trim())).collect()
                }
                _ => return None,
            };
            // (`…分别增长4.2%和5.3%`: a verb of change after `分别` belongs to the names)
            let after = spans
                .get(i)
                .and_then(|f| norm.get(p + "分别".len()..f.start))
                .unwrap_or("");
            let verb = change_verb.find(after.trim()).map_or("", |m| m.as_str());
            Some(
                names
                    .into_iter()
                    .map(|n| format!("{n}{verb}"))
                    .collect::<Vec<_>>(),
            )
        });
        let group = &mut found[i..j];
        i = j;
        let earlier = prev.as_deref().or(before.as_deref());
        // (`城乡居民收入实现跨越式增长,人均可支配收入分别达38922元和17998元`: `城乡` earlier in the
        // sentence is the subject of a per-head income's two figures)
        let urban_rural = group.len() == 2
            && per_head_income.is_match(&group[0].1.name_zh)
            && norm[super::tense::full_stop_start(norm, group[0].0.start)..group[0].0.start]
                .contains("城乡");
        let first_name = if urban_rural {
            let n = &group[0].1.name_zh;
            let who = if n.starts_with("居民") {
                "城乡"
            } else {
                "城乡居民"
            };
            format!("{who}{n}")
        } else {
            group[0].1.name_zh.clone()
        };
        let paired = ordinals
            .filter(|n| n.len() == group.len())
            .or_else(|| paired_names(&first_name, group.len(), earlier));
        if let Some(names) = paired {
            for (k, (_, c)) in group.iter_mut().enumerate() {
                c.name_zh = names[k].clone();
                clear_naming_review(c);
                c.notes
                    .push("分别: names paired with figures in order".into());
            }
            prev = Some(names);
            continue;
        }
        let mut names: Vec<String> = group[0].1.name_zh.split('、').map(str::to_owned).collect();
        let mut joined = false;
        // `大田种植、设施栽培、畜禽养殖和水产养殖信息化水平分别达到…`: the last of k − 1 names
        // holds two, joined by `和`.
        if names.len() >= 2 && names.len() + 1 == group.len() {
            let last = names.pop().unwrap_or_default();
            let parts: Vec<&str> = last.split(['和', '及', '与']).collect();
            if parts.len() == 2 && parts.iter().all(|p| !p.is_empty()) {
                names.extend(parts.into_iter().map(str::to_owned));
            } else {
                names.push(last);
            }
        }
        // `中心城区和城市轨道等重点区域5G基站覆盖率分别为96.2%和97.5%`: the name stops at `等`;
        // the two places joined by `和` before it are the names.
        if names.len() == 1 && group.len() == 2 && !names[0].contains('和') {
            let ctext = &norm[group[0].0.clone()];
            let joined_before = ctext
                .find(names[0].as_str())
                .and_then(|p| two_before_etc.captures(&ctext[..p]));
            if let Some(c) = joined_before {
                names = vec![format!("{}和{}{}", &c[1], &c[2], names[0])];
            }
        }
        if names.len() == 1 && group.len() == 2 {
            let parts: Vec<&str> = names[0].split(['和', '及', '与']).collect();
            if parts.len() == 2 && parts[1].chars().count() > parts[0].chars().count() + 1 {
                names = parts.into_iter().map(str::to_owned).collect();
                joined = true;
            }
        }
        // `森林覆盖率、草原综合植被盖度分别从5.5%、26.9%提高到6.5%、28.2%`: k names, k starting
        // values, a step, k values reached — each name twice, in order.
        // (`森林覆盖率和草原综合植被盖度分别从…`: two names joined by `和`)
        let mut names = if names.len() == 1 && group.len() == 4 {
            let parts: Vec<&str> = names[0].split(['和', '及', '与']).collect();
            if parts.len() == 2 && parts.iter().all(|p| p.chars().count() >= 2) {
                parts.into_iter().map(str::to_owned).collect()
            } else {
                names
            }
        } else {
            names
        };
        let n = names.len();
        let stepped = n >= 2
            && group.len() == 2 * n
            && from_list.is_match(
                norm.get(group[0].0.start..spans.get(i - 2 * n).map_or(0, |f| f.start))
                    .unwrap_or(""),
            )
            && spans
                .get(i - n - 1)
                .zip(spans.get(i - n))
                .and_then(|(a, b)| norm.get(a.end..b.start))
                .is_some_and(|t| step.is_match(t));
        if stepped && names.iter().all(|n| n.chars().count() >= 2) {
            // (`“十三五”时期,全省学前教育毛入园率、…分别由83.2%、94%、90.85%提升至90.3%、96%、
            // 92.01%`: steps over a five-year period the sentence names, ending in its last year,
            // start in the year before its first)
            let sentence_start = norm[..group[0].0.start]
                .rfind(['。', '；', ';'])
                .map_or(0, |p| {
                    p + norm[p..].chars().next().map_or(1, char::len_utf8)
                });
            let period_start = five_year
                .captures_iter(&norm[sentence_start..group[0].0.end])
                .last()
                .map(|c| super::marks::five_year_plan_end(&c[1]))
                .filter(|&e| group[n..].iter().all(|(_, c)| c.year == Some(e)))
                .map(|e| e - 5);
            for (k, (_, c)) in group.iter_mut().enumerate() {
                c.name_zh = names[k % n].replacen("分别", "", 1);
                clear_naming_review(c);
                if k < n {
                    c.comparator = crate::target::Comparator::Eq;
                    if let Some(s) = period_start {
                        c.year = Some(s);
                        c.notes.push(format!(
                            "由…: the starting value of the period the sentence names, {s}"
                        ));
                    } else {
                        c.review = Some(Review::new(
                            ReviewKind::Year,
                            "由…: a starting value of which year?",
                        ));
                    }
                }
                c.notes
                    .push("分别从…到…: names paired with both figures in order".into());
            }
            prev = Some(names);
            continue;
        }
        if names.len() != group.len() || names.iter().any(|n| n.is_empty()) {
            continue;
        }
        // `一般公共服务、教育、…社会保障和就业等支出同比增速`: what follows `等` is every name's tail.
        let etc_tail = names.len() >= 2 && {
            let last = &names[names.len() - 1];
            match last.rsplit_once('等') {
                Some((head, tail)) if head.chars().count() >= 2 && tail.chars().count() >= 2 => {
                    let (head, tail) = (head.to_owned(), tail.to_owned());
                    let n = names.len();
                    for name in &mut names[..n - 1] {
                        name.push_str(&tail);
                    }
                    names[n - 1] = format!("{head}{tail}");
                    true
                }
                _ => false,
            }
        };
        let first_len = names[0].chars().count();
        let last = &names[names.len() - 1];
        // The tail starts after the last name's own head: as long as the first name's, or, for
        // two names joined by `和`, where a Latin term starts it (`行政村` + `5G网络通达率`).
        let head_len = if joined {
            last.chars()
                .position(|c| c.is_ascii_alphanumeric())
                .filter(|&k| k > 0)
                .unwrap_or(first_len)
        } else {
            first_len
        };
        // (`固定资产投资、规模工业增加值、…、一般公共预算收入年均分别增长…`: names of four chars or
        // more are whole; what they share is only the change after the last)
        let whole = !joined
            && names[..names.len() - 1]
                .iter()
                .all(|n| n.chars().count() >= 4);
        let change = change_tail.find(last).filter(|m| m.start() > 0);
        let tail: String = if let (true, false, Some(m)) = (whole, etc_tail, change) {
            m.as_str().to_owned()
        } else if !etc_tail && last.chars().count() > head_len + 1 {
            // (`工业用电、用气、用水量分别增长…`: a last name shorter than the first ends before
            // the first's length; what follows `分别` is still shared)
            let respectively = last
                .find("分别")
                .or_else(|| last.find("分別"))
                .map(|b| last[..b].chars().count())
                .filter(|&at| at < head_len);
            last.chars()
                .skip(respectively.unwrap_or(head_len))
                .collect()
        } else {
            String::new()
        };
        for (k, (_, c)) in group.iter_mut().enumerate() {
            let name = if k + 1 == names.len() {
                names[k].clone()
            } else {
                format!("{}{tail}", names[k])
            };
            // (`…收入分别同比增长`: the word for `respectively` is no part of a name)
            c.name_zh = name.replacen("分别", "", 1).replacen("分別", "", 1);
            clear_naming_review(c);
            c.notes
                .push("分别: names paired with figures in order".into());
        }
        prev = Some(group.iter().map(|(_, c)| c.name_zh.clone()).collect());
    }
}

/// The names a list of ordinals sharing `第` and a head spells out (`第一、二、三产业对经济增长的贡献率`
/// → `第一产业对经济增长的贡献率`, `第二产业…`, `第三产业…`; `第二、三产业增加值`), from the text
/// before `分别`.
/// Also the subjects alone (`第一产业`, …).
fn ordinal_names(text: &str) -> Option<(Vec<String>, Vec<String>)> {
    let c = regex!(r"第([一二三四五六七八九十])((?:[、和及与][一二三四五六七八九十])+)(产业|季度)([^，,。；;]*)$")
        .captures(text)?;
    let ords = std::iter::once(c[1].chars().next()?)
        .chain(c[2].chars().filter(|ch| !"、和及与".contains(*ch)));
    let subjects: Vec<String> = ords.map(|o| format!("第{o}{}", &c[3])).collect();
    let names = subjects.iter().map(|s| format!("{s}{}", &c[4])).collect();
    Some((names, subjects))
}

/// Clears a review that asked only for the figure's name (now found); a review of its year,
/// its being a change rather than a level, and the like stays.
/// (`分别高于全国、全省8.1个、6.7个百分点`: a change in percentage points, now named, is still
/// no level.)
fn clear_naming_review(c: &mut Candidate) {
    if c.review.as_ref().is_some_and(asks_for_name) {
        c.review = (c.unit == "个百分点").then(|| {
            Review::new(
                ReviewKind::Change,
                "a change in percentage points, not a level: against which year?",
            )
        });
    }
}

/// Whether review `r` asks only for the figure's name.
fn asks_for_name(r: &Review) -> bool {
    matches!(
        r.kind,
        ReviewKind::Respectively | ReviewKind::Name | ReviewKind::LongName
    )
}

/// The k names of a `分别` clause whose one name is `城乡…`, `A和B` with the head of A shared
/// (`一般公共预算收入和支出`), or empty after a clause of the line that was paired (`prev`); a verb
/// after `分别` (`增长`) goes to each. `None` for any other shape.
/// The `k` names a figureless clause right before `clause` lists, joined by `、`, with what
/// follows `等` in the last as every name's tail and a closing word of change dropped
/// (`存储芯片、虚拟现实设备、服务机器人等产品产量高增` → `存储芯片产品产量`, …).
fn listed_before(
    norm: &str,
    clause: Range<usize>,
    found: &[(Range<usize>, Candidate)],
    k: usize,
) -> Option<Vec<String>> {
    let prev = super::inherit::clause_before(norm, clause.start)?;
    if found.iter().any(|(r, _)| *r == prev) {
        return None;
    }
    let text = norm[prev.clone()].trim();
    let full = text.len();
    let text =
        regex!(r"(?:高增|大增|快速增长|较快增长|持续增长|稳步增长|增长较快)$").replace(text, "");
    let mut names: Vec<String> = text.split('、').map(|p| p.trim().to_owned()).collect();
    let n = names.len();
    // (`汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、37.5%、
    // 22.7%`: as many names and no `等`, once `增长较快` is cut off)
    if let Some((head, tail)) = names.last()?.rsplit_once('等') {
        let (head, tail) = (head.to_owned(), tail.to_owned());
        names[n - 1] = head;
        for name in &mut names {
            name.push_str(&tail);
        }
    } else if text.len() == full {
        return None;
    }
    let ok = n == k
        && n >= 2
        && names.iter().all(|p| {
            (3..=20).contains(&p.chars().count()) && !p.chars().any(|c| c.is_ascii_digit())
        });
    ok.then_some(names)
}

fn paired_names(name: &str, k: usize, prev: Option<&[String]>) -> Option<Vec<String>> {
    // (`年均分别增长7.76%、9.82%`, `较2015年分别增长1.2倍和1.4倍`: a span or a base of
    // comparison before `分别` is no subject; it goes with the verb)
    // (`4年年均分别增长5.8%、8.1%`: a span of years before `年均` too)
    let verb_only = regex!(
        r"^(?:同比|较同期|较上年|比上年|(?:(?:\d{1,2}|[二三四五六七八九十])年)?年均|(?:较|比)\s*20\d\d\s*年)?(?:增长|下降|提高|增加|减少|增幅|增速)(?:为)?$"
    );
    let span_verb;
    let (subject, verb) = match name.split_once("分别").or_else(|| name.split_once("分別")) {
        Some((s, v)) if !s.is_empty() && verb_only.is_match(&format!("{s}{v}")) => {
            span_verb = format!("{s}{v}");
            ("", span_verb.as_str())
        }
        Some((s, v)) => (s, v),
        // (`…分别达到42149元、18435元,同比增长5.2%和7.4%`: a verb alone, after a paired clause)
        None if verb_only.is_match(name) && prev.is_some() => ("", name),
        None => (name, ""),
    };
    // `总人口…,地区生产总值…,分别占全省的41.09%和46.1%`: each a share of the whole.
    let share =
        regex!(r"^占(全省|全市|全区|全国|全县|全州|全盟|GDP|地区生产总值)的?(?:比重|比例)?$");
    let share_name = share.captures(verb).map(|c| format!("占{}比重", &c[1]));
    // (`社会物流总额达到32590亿元,物流业总收入达到2055亿元,比2015年分别增长35.3%、16.1%,年平均增速分别
    // 达到6.2%、3.0%`, `…增加值分别增长20.9%、16%、17.9%,占规模以上工业增加值比重分别为23.8%、…`: a
    // rate or a share of the same subjects, after the clause of the line that named them)
    if let Some(c) = regex!(
        r"^(?:(年均增速|年平均增速|年均增长率|年均增幅|平均增速)|占([^，,。；;]{1,16}?)的?(?:比重|比例))$"
    )
    .captures(subject)
    .filter(|_| regex!(r"^(?:为|达到|达|是)?$").is_match(verb))
    {
        let prev = prev.filter(|p| p.len() == k)?;
        let tail = c.get(1).map_or_else(
            || format!("占{}比重", c.get(2).map_or("", |m| m.as_str())),
            |_| "年均增长".to_owned(),
        );
        let change = regex!(
            r"(?:(?:比|较)\s*(?:20\d\d\s*年|上年|同期))?(?:同比)?(?:增长|下降|提高|增加|减少)$"
        );
        return Some(
            prev.iter()
                .map(|p| format!("{}{tail}", change.replace(p, "")))
                .collect(),
        );
    }
    // (`三次产业分别完成15.17亿元、…;对GDP贡献率分别为8.7%、…`: what the same subjects do, `对…`,
    // after the clause of the line that named them)
    let verb = if verb_only.is_match(verb) {
        verb
    } else if let Some(s) = share_name.as_deref() {
        s
    } else if verb.is_empty() || subject.starts_with('对') {
        ""
    } else {
        return None;
    };
    if subject.starts_with('对') && subject.chars().count() >= 3 {
        let prev = prev.filter(|p| p.len() == k)?;
        return Some(prev.iter().map(|p| format!("{p}{subject}")).collect());
    }
    // (`汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、…`: a
    // measure before `分别` goes to each name of the clause before)
    if let Some(m) = regex!(
        r"^(产值|增加值|营业收入|营收|销售额|销售收入|产量|出口额|投资)(?:同比|比上年|较上年)?$"
    )
    .captures(subject)
    {
        let prev = prev.filter(|p| p.len() == k && !verb.is_empty())?;
        return Some(prev.iter().map(|p| format!("{p}{}{verb}", &m[1])).collect());
    }
    // (`城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元`: the levels of the
    // subjects whose growth the clause before paired)
    let change_end = regex!(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|增加|减少)$");
    if subject.is_empty() && verb.is_empty() {
        let prev = prev.filter(|p| p.len() == k && p.iter().all(|p| change_end.is_match(p)))?;
        return Some(
            prev.iter()
                .map(|p| change_end.replace(p, "").into_owned())
                .collect(),
        );
    }
    let names: Vec<String> = if subject.is_empty() {
        // `分别增长6.9%、0.8%` after `…收入和支出分别达4.78亿元、20.2亿元`.
        let prev = prev.filter(|p| p.len() == k && !verb.is_empty())?;
        return Some(
            prev.iter()
                .map(|p| format!("{}{verb}", p.trim_end_matches(verb)))
                .collect(),
        );
    } else if let Some(rest) = subject
        .strip_prefix("三次产业")
        .or_else(|| subject.strip_prefix("一二三产业"))
        .or_else(|| subject.strip_prefix("一、二、三产业"))
        .filter(|_| k == 3)
    {
        // `三次产业对GDP增长的贡献率分别为13.3%、40.4%和46.3%`: the first, second and third
        // industries, as every statistical communiqué lists them.
        ["第一产业", "第二产业", "第三产业"]
            .iter()
            .map(|i| format!("{i}{rest}"))
            .collect()
    } else if let Some((rest, parts)) = regex!(r"^农林牧渔(?:业)?(?:及其|及|和)?服务业")
        .find(subject)
        .map(|m| (&subject[m.end()..], 5))
        .or_else(|| subject.strip_prefix("农林牧渔业").map(|r| (r, 4)))
        .filter(|&(_, n)| n == k)
    {
        // `农林牧渔及其服务业产值分别为18.24亿元、1.50亿元、4.79亿元、2.37亿元、1.63亿元`: farming,
        // forestry, animal husbandry, fishery (and their services), as communiqués list them.
        ["农业", "林业", "牧业", "渔业", "农林牧渔服务业"][..parts]
            .iter()
            .map(|i| format!("{i}{rest}"))
            .collect()
    } else if let Some((head, tail)) = subject.split_once("存贷款").filter(|_| k == 2) {
        // `金融机构存贷款余额229.33亿元、91.09亿元`: deposits and loans.
        vec![format!("{head}存款{tail}"), format!("{head}贷款{tail}")]
    } else if let Some((parts, rest)) = [
        // `牛羊出栏分别增长5.2%、1.9%`, `进出口分别增长…`, `猪牛羊禽肉产量…`: words of one
        // character each, written together, as statistics list them.
        ("猪牛羊禽", &["猪", "牛", "羊", "禽"][..]),
        ("猪牛羊", &["猪", "牛", "羊"][..]),
        ("牛羊", &["牛", "羊"][..]),
        ("进出口", &["进口", "出口"][..]),
        ("工农业", &["工业", "农业"][..]),
        ("中小学", &["中学", "小学"][..]),
    ]
    .iter()
    .find_map(|(w, parts)| Some((*parts, subject.strip_prefix(w)?)))
    .filter(|(parts, rest)| parts.len() == k && !rest.is_empty())
    {
        parts.iter().map(|p| format!("{p}{rest}")).collect()
    } else if let Some(rest) = subject.strip_prefix("城乡").filter(|r| !r.is_empty()) {
        if k != 2 {
            return None;
        }
        vec![format!("城镇{rest}"), format!("农村{rest}")]
    } else {
        let (a, b) = subject.split_once(['和', '及', '与'])?;
        let (la, lb) = (a.chars().count(), b.chars().count());
        // The second is the first's last word replaced: `收入和支出`, not `乡镇和行政村5G…`
        // (the first shorter, handled by the shared tail) nor `A和B` of equal length.
        if k != 2 || lb < 2 || la < lb + 2 || b.contains(['、', '和']) {
            return None;
        }
        let head: String = a.chars().take(la - lb).collect();
        vec![a.to_owned(), format!("{head}{b}")]
    };
    Some(names.into_iter().map(|n| format!("{n}{verb}")).collect())
}
