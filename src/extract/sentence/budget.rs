//! The accounts of a budget report (`(一)一般公共预算。全省收入5853.9亿元,为预算的101.8%,增长3.9%;
//! 支出13697.6亿元,…。省级收入1018亿元,…;支出2281.6亿元,…`): each paragraph opens on the account it
//! reports, and within it `收入`, `支出` are the whole province's or the province's own level's. A
//! figure is named with its account and level, so the accounts' incomes are no longer one
//! indicator's conflicting values.

use std::ops::Range;

use super::{Candidate, Line};

/// Names the figures of a paragraph that opens on a budget account (`(一)一般公共预算。`,
/// `(二)政府性基金预算。`) with that account, and a bare `支出`, `收入` after a level's
/// (`省级收入…;支出…`) with that level.
pub(super) fn name_budget_accounts(line: &Line, found: &mut [(Range<usize>, Candidate)]) {
    let account = regex!(
        r"^\s*[(（][一二三四五六七八九十]{1,2}[)）]\s*([^。，,；;\d]{2,12}?(?:预算|基金|账户))\s*[。:：]"
    );
    let Some(account) = account.captures(&line.norm).map(|c| c[1].trim().to_owned()) else {
        return;
    };
    let level =
        regex!(r"^(全省|省级|全市|市本级|市级|全区|区本级|区级|全县|县本级|县级|全州|州本级)");
    let bare = regex!(r"^(?:收入|支出)(?:总计|合计)?(?:增长|下降)?$");
    let mut current: Option<String> = None;
    for (_, c) in found.iter_mut() {
        if let Some(l) = level.captures(&c.name_zh) {
            current = Some(l[1].to_owned());
        } else if bare.is_match(&c.name_zh) {
            if let Some(l) = &current {
                c.name_zh = format!("{l}{}", c.name_zh);
            }
        }
        if c.name_zh.is_empty() || c.name_zh.contains(account.as_str()) {
            continue;
        }
        c.notes.push(format!(
            "a budget report's account, named with it: {account}"
        ));
        c.name_zh = format!("{account}{}", c.name_zh);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Candidate, ExtractOptions};

    /// The rows a budget report's text yields as data on a page of 2026.
    fn data(text: &str) -> Vec<Candidate> {
        extract(text.as_bytes(), &ExtractOptions::new("r").published(2026))
            .expect("extracts")
            .candidates
            .into_iter()
            .filter(|c| c.review.is_none())
            .collect()
    }

    /// 2581 四川 (the budget committee's review of the 2025 budget's execution): each account's
    /// paragraph names its figures — `一般公共预算收入` (the province's, whose `全省` the name
    /// reader drops), `一般公共预算省级支出`, `政府性基金预算收入` — so the accounts' incomes,
    /// expenditures and their growth are all written, none taken for another's conflicting value.
    #[test]
    fn a_budget_accounts_figures_are_named_with_it() {
        let text = "一、关于2025年预算执行情况\n(一)一般公共预算。全省收入5853.9亿元,增长3.9%;支出13697.6亿元,增长1.9%。省级收入1018亿元,增长4.3%;支出2281.6亿元,增长1.8%。\n(二)政府性基金预算。全省收入3789.3亿元,增长0.7%;支出5918.6亿元。\n";
        let x = data(text);
        let got: Vec<_> = x
            .iter()
            .map(|c| (c.name_zh.as_str(), c.year, c.value))
            .collect();
        assert_eq!(
            got,
            [
                ("一般公共预算收入", Some(2025), Some(5853.9)),
                ("一般公共预算收入增长", Some(2025), Some(3.9)),
                ("一般公共预算支出", Some(2025), Some(13697.6)),
                ("一般公共预算支出增长", Some(2025), Some(1.9)),
                ("一般公共预算省级收入", Some(2025), Some(1018.0)),
                ("一般公共预算省级收入增长", Some(2025), Some(4.3)),
                ("一般公共预算省级支出", Some(2025), Some(2281.6)),
                ("一般公共预算省级支出增长", Some(2025), Some(1.8)),
                ("政府性基金预算收入", Some(2025), Some(3789.3)),
                ("政府性基金预算收入增长", Some(2025), Some(0.7)),
                ("政府性基金预算支出", Some(2025), Some(5918.6)),
            ],
            "{x:?}"
        );
    }

    /// 2581 四川, 2587 吕梁: `支出13697.6亿元,为预算的90.6%,增长1.9%` — the share of the budget
    /// done is the level's before it (`一般公共预算支出完成预算比例`), and the rate after it is the
    /// level's too, not the share's: every account's shares and rates are written, none taken for
    /// another's conflicting value.
    #[test]
    fn a_share_of_the_budget_done_is_the_levels_before_it() {
        let text = "一、关于2025年预算执行情况\n(一)一般公共预算。全省收入5853.9亿元,为预算的101.8%,增长3.9%;支出13697.6亿元,为预算的90.6%,增长1.9%。\n";
        let x = data(text);
        let got: Vec<_> = x.iter().map(|c| (c.name_zh.as_str(), c.value)).collect();
        assert_eq!(
            got,
            [
                ("一般公共预算收入", Some(5853.9)),
                ("一般公共预算收入完成预算比例", Some(101.8)),
                ("一般公共预算收入增长", Some(3.9)),
                ("一般公共预算支出", Some(13697.6)),
                ("一般公共预算支出完成预算比例", Some(90.6)),
                ("一般公共预算支出增长", Some(1.9)),
            ],
            "{x:?}"
        );
    }
}
