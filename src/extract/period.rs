//! The plan's period — its base year and end year — from its first lines: a title's year range
//! (`2022—2025年`), a five-year plan (`“十四五”`), an annual plan's or a work report's year.
//! Titles the text cites as what it carries out (`贯彻…《“十四五”数字经济发展规划》`) are not its
//! own.

use super::Period;
use super::{sentence, text};

/// The first line near the top that names a plan.
pub(super) fn find_title(lines: &[text::Line]) -> Option<String> {
    lines
        .iter()
        .take(80)
        .map(|l| l.orig.trim())
        .find(|t| {
            t.chars().count() <= 60
                && ["规划", "方案", "意见", "计划", "纲要"]
                    .iter()
                    .any(|w| t.contains(w))
                && !t.contains(['。', ':', '：', ',', '，'])
        })
        .map(str::to_owned)
}

/// The plan's period from its first lines: `2022—2025年`, `“十四五”` (2021–2025, base 2020), an
/// annual plan's title (`2025年…工作要点`: 2025, base 2024), or a government work report
/// (`市长…作政府工作报告`) on a page published in year Y: the plan of Y.
pub(super) fn plan_period(lines: &[text::Line], published: Option<i32>) -> Period {
    let range = regex!(r"(20\d\d)\s*年?\s*[-—–~至到]+\s*(20\d\d)\s*年");
    // (`图1 2018-2022年地区生产总值及增长速度`: a chart's caption spans the years it plots, not
    // the text's period)
    let caption = regex!(r"^\s*(?:图|表)\s*\d");
    // A record's years (`…连续3年入围…`) after a span.
    let record_after = regex!(r"^[^，,。；;]{0,8}?连续\s*[\d一二三四五六七八九十]+\s*年");
    // An annual plan: `2025年数字乡村发展工作要点`, `2023年…工作计划` (a short title line).
    let annual = regex!(
        r"(20\d\d)\s*年(?:度)?[^月日,，。]{0,40}?(?:工作要点|工作计划|工作方案|工作任务|工作安排|重点工作|重点任务|任务清单|行动计划|实施方案|行动方案|国民经济和社会发展计划|计划草案)"
    );
    // (`2020年国民经济和社会发展计划执行情况与2021年计划草案`: the plan reported on is not the
    // one the text sets out)
    // (`海丰县应急管理局2024年工作总结及2025年工作计划`: the plan is of the last year named before
    // its word, 2025; the summary reviews the year before)
    let year_in = regex!(r"(20\d\d)\s*年");
    let first_annual = |t: &str| {
        annual
            .captures_iter(t)
            .find(|c| !t[c.get(0).map_or(0, |m| m.end())..].starts_with("执行"))
            .and_then(|c| {
                let whole = c.get(0)?.as_str();
                let last = year_in.captures_iter(whole).last()?;
                last[1].parse::<i32>().ok()
            })
    };
    // (a report's span, below)
    let report_word = regex!(r"报告|白皮书|年鉴|回顾|综述");
    let plan_word = regex!(r"规划|方案|计划|纲要|行动|意见|要点");
    // A work report's title dated by its year alone (see below).
    let report = regex!(r"政府工作报告\s*[(（]\s*(20\d\d)\s*年\s*[)）]");
    // (`实现了“十三五”规划圆满收官` in a work report of 2022: a plan the text reports completed,
    // not its own)
    let completed = regex!(
        r#"^[”"]?\s*(?:发展)?规划[^，,。；;]{0,4}(?:圆满收官|胜利收官|顺利收官|收官|圆满完成|胜利完成|顺利完成)"#
    );
    for (i, l) in lines
        .iter()
        .take(80)
        .enumerate()
        .filter(|(_, l)| !caption.is_match(&l.norm))
    {
        let own = without_cited_titles(&l.norm);
        // (`2019年至2021年安岳连续3年入围西部地区县域经济百强` in a work report's review: the
        // years of a record, not the text's period)
        let record = |end: usize| record_after.is_match(&own[end..]);
        // (`国家电子政务发展报告(2014-2024年)`: a report on the years it spans, no plan's period)
        let reviews_span = report_word.is_match(&own) && !plan_word.is_match(&own);
        if let Some(c) = range
            .captures(&own)
            .filter(|c| !record(c.get(0).map_or(0, |m| m.end())) && !reviews_span)
        {
            let (a, b): (i32, i32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            if b > a && b - a <= 10 {
                return Period {
                    base_year: Some(a - 1),
                    end_year: Some(b),
                    start_year: Some(a),
                };
            }
        }
        // An annual plan's own short title line (`2023年鄂尔多斯市国民经济和社会发展计划`) before
        // any line naming a five-year plan: the year it plans for, whatever five-year plan its
        // text then mentions (`…是“十四五”规划承上启下的关键一年`).
        if i < 20 && l.norm.trim().chars().count() <= 60 {
            if let Some(y) = first_annual(&l.norm) {
                return Period {
                    base_year: Some(y - 1),
                    end_year: Some(y),
                    start_year: Some(y),
                };
            }
        }
        // A work report's own title line dated by its year alone (`(山西省)晋中市人民政府工作报告
        // (2024年)`): the report plans that year. (A title dated to the day, `…工作报告(2021年12月
        // 12日)`, may be of a congress at the year's end, which plans the next.)
        if i < 6 && l.norm.trim().chars().count() <= 40 {
            if let Some(y) = report
                .captures(&l.norm)
                .and_then(|c| c.get(1))
                .and_then(|m| m.as_str().parse::<i32>().ok())
            {
                return Period {
                    base_year: Some(y - 1),
                    end_year: Some(y),
                    start_year: Some(y),
                };
            }
        }
        // The period's name and a plan's in one phrase (`“十四五”数字经济发展规划`, `科学描绘
        // “十三五”发展蓝图`: the blueprint a plan's preamble draws is the plan), not a
        // passing mention beside another word for plan (`“十四五”时期将是…建设期,…解决方案`).
        // (`全面实施“十四五”规划的关键之年`: a plan the text's year carries out, not its own)
        let names_plan = |word: &str| {
            own.match_indices(word).any(|(p, _)| {
                let lead = own[..p].trim_end_matches(['“', '"', ' ']);
                // (`科学编制“十五五”规划,争取更多项目纳入…` in a work report of 2025: a plan the
                // year will draw up, not the text's own)
                // (`提前完成“十四五”规划目标` in news of 2025: a plan the text reports done — not
                // `确保完成“十四五”规划目标任务`, a work report's goal)
                if [
                    "实施",
                    "落实",
                    "贯彻",
                    "推进",
                    "执行",
                    "编制",
                    "谋划",
                    "提前完成",
                    "已完成",
                    "超额完成",
                ]
                .iter()
                .any(|w| lead.ends_with(w))
                {
                    return false;
                }
                if completed.is_match(&own[p + word.len()..]) {
                    return false;
                }
                let rest: String = own[p + word.len()..]
                    .chars()
                    .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '？'))
                    .take(24)
                    .collect();
                ["规划", "方案", "计划", "纲要", "蓝图"]
                    .iter()
                    .any(|w| rest.contains(w))
            })
        };
        // (`岳阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要`: the outline's
        // full name)
        for (word, full, base) in [
            ("十四五", "第十四个五年", 2020),
            ("十五五", "第十五个五年", 2025),
            ("十三五", "第十三个五年", 2015),
        ] {
            if names_plan(word) || names_plan(full) {
                return Period {
                    base_year: Some(base),
                    end_year: Some(base + 5),
                    start_year: Some(base + 1),
                };
            }
        }
    }
    // … or its title quoted in a report (`解读《数字强市建设2023年工作要点》`).
    let quoted = regex!(r"《([^》]{1,60})》");
    for l in lines.iter().take(20) {
        let short = l.norm.trim().chars().count() <= 60;
        let own = without_cited_titles(&l.norm);
        let found = quoted
            .captures_iter(&own)
            .filter_map(|c| c.get(1))
            .map(|m| m.as_str())
            .chain(short.then_some(l.norm.as_str()))
            .find_map(first_annual);
        if let Some(y) = found {
            return Period {
                base_year: Some(y - 1),
                end_year: Some(y),
                start_year: Some(y),
            };
        }
    }
    // A government work report (delivered in the first months of the year it plans for), as
    // a news page of its year reports it: `1月13日,济南市…人民代表大会…开幕,市长于海田作政府
    // 工作报告。报告提出,…5G基站达到6万个`.
    // (`提请会议审议的政府工作报告对全年重点工作进行安排部署,并提出:…`)
    if let Some(y) = published {
        if sentence::presents_work_report(lines) {
            return Period {
                base_year: Some(y - 1),
                end_year: Some(y),
                start_year: Some(y),
            };
        }
    }
    Period::default()
}

/// `line` less the plans it cites as what it carries out (`为贯彻国务院《“十四五”数字经济发展
/// 规划》,落实山东省《…规划》《…措施》等文件要求,…印发《山东省2023年数字经济“全面提升”行动方案》`)
/// or has completed (`提前一年完成《…三年行动方案(2021–2023年)》提出的…目标`), or whose content it
/// quotes (`《…规划(2021-2025年)》提出的“双核九中心”`):
/// a title after `贯彻`, `落实`, `根据`, `按照`, `依据`, `完成`, `制定实施` (within a few characters, no clause
/// mark between) or right after such a title is another document's, whose period is not the
/// text's own.
fn without_cited_titles(line: &str) -> std::borrow::Cow<'_, str> {
    // (`制定实施《云龙县2025年项目攻坚行动方案》` in a review of 2025: a plan the year carried out)
    let cite = regex!(r"(?:贯彻|落实|根据|按照|依据|完成|制定实施|出台实施)[^，,。；;《]{0,8}$");
    let titles = regex!(r"《[^》]{1,80}》");
    // (`属于《广东省5G基站和数据中心总体布局规划(2021-2025年)》提出的“双核九中心”的其中一中心`: a
    // title whose content the text quotes is another document's)
    let said = regex!(r"^\s*(?:中|里)?\s*(?:提出的|明确的|确定的|要求的|规定的|部署的)");
    let mut out = String::new();
    let mut last = 0;
    let mut chained = false;
    for m in titles.find_iter(line) {
        let gap = &line[last..m.start()];
        let cited = cite.is_match(gap)
            || (chained && gap.trim_matches(['、', '和', '及', '与', ' ']).is_empty())
            || said.is_match(&line[m.end()..]);
        out.push_str(gap);
        if !cited {
            out.push_str(m.as_str());
        }
        chained = cited;
        last = m.end();
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(line);
    }
    out.push_str(&line[last..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period_of(text: &str) -> Period {
        let lines: Vec<text::Line> = text
            .lines()
            .enumerate()
            .map(|(i, l)| text::Line::new(i + 1, l))
            .collect();
        plan_period(&lines, None)
    }

    /// 362 鄂尔多斯: an annual plan's own title line outranks a later passing mention of the
    /// five-year plan its year belongs to.
    #[test]
    fn an_annual_plans_title_outranks_a_five_year_plan_mentioned_later() {
        let p = period_of(
            "鄂府发〔2023〕1号\n2023年鄂尔多斯市国民经济和社会发展计划\n2023年,是全面贯彻落实党的二十大精神的开局之年,是“十四五”规划承上启下的关键一年。\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2022), Some(2023)));
        let p = period_of("鄂尔多斯市“十四五”数字经济发展规划\n2023年工作计划\n");
        assert_eq!((p.base_year, p.end_year), (Some(2020), Some(2025)));
    }

    /// 2958 北京 (news of 2025 on five years of waste sorting): `…生活垃圾回收利用率达到42% 提前完成
    /// “十四五”规划目标` reports a plan done ahead of time — not the text's own period; a work
    /// report's `确保完成“十四五”规划目标任务` still names it.
    #[test]
    fn a_five_year_plan_completed_ahead_is_not_the_texts_period() {
        let p = period_of("生活垃圾回收利用率达到42% 提前完成“十四五”规划目标\n");
        assert_eq!(p.end_year, None);
        let p = period_of("今年是“十四五”规划收官之年,确保完成“十四五”规划目标任务。\n");
        assert_eq!(p.end_year, Some(2025));
    }

    /// 2779 海丰县 (a bureau's `2024年工作总结及2025年工作计划`): the plan is of the last year named
    /// before its word (2025, base 2024), not of the year the summary reviews.
    #[test]
    fn a_summary_and_the_next_years_plan_in_one_title() {
        let p = period_of(
            "海丰县应急管理局2024年工作总结及2025年工作计划\n2024年,海丰县应急管理局坚持…\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2024), Some(2025)));
        let p = period_of("2023年数字乡村发展工作要点\n");
        assert_eq!((p.base_year, p.end_year), (Some(2022), Some(2023)));
    }

    /// 2232 全国: a report's span (`国家电子政务发展报告(2014-2024年)`) is no plan's period; a plan's
    /// (`数字经济发展规划(2021-2025年)`) is.
    #[test]
    fn a_reports_span_is_no_plans_period() {
        let p = period_of(
            "国家网信办:国家电子政务发展报告(2014-2024年)
",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        let p = period_of(
            "数字经济发展规划(2021-2025年)
",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2020), Some(2025)));
    }

    /// 239 三亚: a news page of 2023 on the work report that `提出:` its goals plans 2023 on the
    /// base of 2022.
    #[test]
    fn a_work_report_that_sets_out_goals_dates_the_page() {
        let lines: Vec<text::Line> = "实现又好又快发展
1月7日,在三亚市八届人大四次会议上,提请会议审议的政府工作报告对全年重点工作进行安排部署,并提出:地区生产总值增长10%左右。
"
            .lines()
            .enumerate()
            .map(|(i, l)| text::Line::new(i + 1, l))
            .collect();
        let p = plan_period(&lines, Some(2023));
        assert_eq!((p.base_year, p.end_year), (Some(2022), Some(2023)));
    }

    /// 595 邵阳: a preamble that draws the period's blueprint (`科学描绘“十三五”发展蓝图`) is the
    /// plan of that period, whenever its page was put up.
    #[test]
    fn a_preambles_blueprint_names_the_plans_period() {
        let lines: Vec<text::Line> = "“十三五”时期,是我国实现全面建成小康社会的决胜阶段。科学描绘“十三五”发展蓝图,对于看清形势、适应趋势、发挥优势具有重大而深远的意义。\n第一节 “十二五”主要成就\n"
            .lines()
            .enumerate()
            .map(|(i, l)| text::Line::new(i + 1, l))
            .collect();
        let p = plan_period(&lines, Some(2021));
        assert_eq!((p.base_year, p.end_year), (Some(2015), Some(2020)));
    }

    /// 1489 安岳 (a work report's review): the years of a record (`2019年至2021年安岳连续3年入围
    /// 西部地区县域经济百强`) are not the text's period; a plan's own span still is.
    #[test]
    fn the_years_of_a_record_set_no_period() {
        let p = period_of(
            "过去五年工作回顾\n过去五年,全县地区生产总值年均增长6.9%,2019年至2021年安岳连续3年入围西部地区县域经济百强。\n",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        let p = period_of("安岳县数字经济发展行动方案(2022—2024年)\n");
        assert_eq!((p.base_year, p.end_year), (Some(2021), Some(2024)));
    }

    /// 081 山东: the plans a text carries out are not the text; the annual plan it issues is.
    #[test]
    fn a_cited_plan_does_not_set_the_period() {
        let p = period_of(
            "一、政策出台背景\n为贯彻国务院《“十四五”数字经济发展规划》,落实山东省《“十四五”数字强省建设规划》《关于深化改革创新促进数字经济高质量发展的若干措施》等文件要求,决定将2023年确定为我省数字经济发展“全面提升”年,山东省工业和信息化厅等8部门4月27日印发《山东省2023年数字经济“全面提升”行动方案》,推出7大类22项举措。\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2022), Some(2023)));
        // 1287 广西 (news of a press conference of 2022): a plan whose goals the text says were
        // completed (`提前一年完成《…三年行动方案(2021–2023年)》提出的…目标`) is not the text's.
        let p = period_of(
            "农村信息基础设施建设取得历史性成就。提前一年完成《广西乡村振兴产业发展基础设施公共服务能力提升三年行动方案(2021–2023年)》提出的村村通4G、通光纤网络目标。\n",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        // 1351 云浮 (the work report of January 2022): a plan the text reports completed
        // (`实现了“十三五”规划圆满收官`) is not the text's; the plan it names as its own is.
        let p = period_of(
            "过去五年工作回顾\n较好地完成市六届人大确定的目标任务,实现了“十三五”规划圆满收官,全市经济社会各项事业向前迈进一大步。\n",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        // 1494 惠东 (a reply on a proposal, undated): a plan whose content the text quotes
        // (`属于《…规划(2021-2025年)》提出的“双核九中心”`) is not the text's.
        let p = period_of(
            "一、数字经济推进主要情况\n截至目前,全县光纤用户累计达35.9万户。\n(二)数据产业园建设稳步推进。惠州是属于《广东省5G基站和数据中心总体布局规划(2021-2025年)》提出的“双核九中心”的其中一中心。\n",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        let p = period_of("“十三五”规划的主要目标\n");
        assert_eq!((p.base_year, p.end_year), (Some(2015), Some(2020)));
        // 1464 晋中 (a later page of the report): a work report's title dated by its year alone
        // sets that year; one dated to the day (a congress of December may plan the next year)
        // does not.
        let p = period_of(
            "导航菜单\n(山西省)晋中市人民政府工作报告(2024年)\n  加快推进乡村全面振兴。\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2023), Some(2024)));
        let p = period_of("(四川省)石棉县人民政府工作报告(2021年12月12日)\n");
        assert_eq!((p.base_year, p.end_year), (None, None));
        // 293 衡水: a chart's caption (`图1 2018-2022年…`) sets no period.
        let p = period_of(
            "2022年衡水市国民经济和社会发展统计公报\n图1 2018-2022年地区生产总值及增长速度\n",
        );
        assert_ne!(p.start_year, Some(2018));
        // 233 岳阳: the outline's full name sets 2021–2025 too.
        let p = period_of("岳阳市国民经济和社会发展\n第十四个五年规划和二〇三五年远景目标纲要\n");
        assert_eq!((p.base_year, p.end_year), (Some(2020), Some(2025)));
        // The text's own 十四五 plan still sets 2021–2025.
        let p = period_of("浙江省数字经济发展“十四五”规划\n");
        assert_eq!((p.base_year, p.end_year), (Some(2020), Some(2025)));
        // 071 西藏: a passing `“十四五”时期` beside another word for plan (`解决方案`) is no period.
        let p = period_of(
            "“十四五”时期将是5G网络的大规模建设期,5G基站通过系统性解决方案践行绿色低碳。\n",
        );
        assert_eq!((p.base_year, p.end_year), (None, None));
        // 172 衡阳县: a year that carries out the 十四五 plan (`全面实施“十四五”规划的关键之年`)
        // is not the plan.
        let p = period_of("2022年是党的二十大召开之年,也是全面实施\"十四五\"规划的关键之年。\n");
        assert_eq!((p.base_year, p.end_year), (None, None));
        // 086: a work report's heading `三、2024年主要工作安排` makes it the plan of 2024.
        let p = period_of(
            "今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右。\n三、2024年主要工作安排\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2023), Some(2024)));
        // 111 内蒙古: `《2022年…国民经济和社会发展计划》正式发布` is the annual plan of 2022; 095 高邮:
        // the plan whose execution a report reviews is not the one it sets out.
        let p = period_of("2月9日,《2022年内蒙古自治区国民经济和社会发展计划》正式发布。\n");
        assert_eq!((p.base_year, p.end_year), (Some(2021), Some(2022)));
        let p = period_of(
            "书面提交了《关于高邮市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。\n",
        );
        assert_eq!((p.base_year, p.end_year), (Some(2020), Some(2021)));
        // A title that is not cited keeps its period even beside a cited one.
        assert_eq!(
            without_cited_titles("根据《A规划》《B措施》,制定《C方案》"),
            "根据,制定《C方案》"
        );
    }

    /// 1665 昆明 (news of the work report of January 2025): `科学编制“十五五”规划` names a plan the
    /// year will draw up, not the text's own period; `“十五五”数字经济发展规划` is one.
    #[test]
    fn a_plan_to_be_drawn_up_is_not_the_texts_period() {
        let p = period_of(
            "加强项目全生命周期管理。科学编制“十五五”规划,争取更多项目纳入国家和省规划。\n",
        );
        assert_eq!(p.end_year, None);
        let p = period_of("“十五五”数字经济发展规划\n");
        assert_eq!((p.base_year, p.end_year), (Some(2025), Some(2030)));
    }
}
