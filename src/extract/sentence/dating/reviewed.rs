//! The year a page of results reviews, from its title or opening: a report of a year's plan
//! as executed (`关于2023年…计划执行情况…的报告`), an opening on the year (`2023年是…之年`), a title
//! after a page's index lines, a communiqué's section, a review or a report on a span of years —
//! each read once per text, before any figure's year.

use super::{first_text_lines, goal_word_re, published_date, year_in_first_lines};
use crate::extract::text::Line;

/// The year a text reports on by its title: `2023年上半年经济运行情况`, `2022年国民经济和社会
/// 发展统计公报`, `2024年工作总结` — a short line among the first ones (a briefing's `发布主题:` may
/// label it: `发布主题:相山区2025年上半年经济运行情况`), perhaps after the place
/// (`沁水县2024年…统计公报`; the place may follow the year: `(新疆)2023年伊犁哈萨克自治州特克斯县国民经济
/// 和社会发展统计公报`; `2023年《政府工作报告》重点工作任务完成情况`) and with the year echoed after it by the page (`…统计公报 2024`) or a
/// file's extension (`…统计公报.docx`). Its
/// undated figures are that year's results, whenever the page was published.
///
/// A yearbook's edition (`越城年鉴(2022)`, `2022年鉴`) records the year before it: the Chinese
/// yearbook of 2022 reports on 2021.
pub(crate) fn reported_year(lines: &[Line]) -> Option<i32> {
    let title = regex!(
        r"^\s*(?:(?:发布主题|主题|标题)\s*[:：]\s*)?[^\d，,。；;:：\s]{0,12}?(20\d\d)\s*年[^，,。；;]{0,26}(?:经济运行情况|经济运行分析|统计公报|工作总结|发展情况|计划执行情况(?:的报告)?|计划执行情况(?:与|和|及)\s*20\d\d\s*年[^，,。；;]{0,20}?计划(?:草案)?的?报告(?:受.*)?|(?:工作)?任务完成情况)\s*(?:20\d\d\s*|\.(?:docx?|pdf)\s*)?$"
    );
    let yearbook = regex!(
        r"年鉴\s*[(（]?\s*(20\d\d)\s*(?:年\s*)?(?:卷\s*)?[)）]?\s*$|^\s*[^，,。；;\s]{0,12}(20\d\d)\s*年鉴\s*$"
    );
    // (a communiqué whose title the page lost, signed `南平市统计局` / `国家统计局南平调查队` /
    // `(2023年3月15日)`: of the year before its date)
    let first: Vec<&Line> = first_text_lines(lines, 6).collect();
    let signed = first.iter().any(|l| l.norm.trim().ends_with("统计局"))
        && first.iter().any(|l| l.norm.trim().ends_with("调查队"));
    let dated = regex!(r"^\s*[(（]?\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$");
    let date = year_in_first_lines(lines, 6, dated);
    if let (true, Some(y)) = (signed, date) {
        return Some(y - 1);
    }
    // (`包頭市統計局` / `(2021年4月6日)` / `2020年,面對…`: a communiqué signed by the bureau alone
    // whose text opens on the year before its date)
    // (a mirror's pinyin gloss a short line keeps, `包头市统(tǒng)计局`, is no part of the name)
    let gloss = regex!(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]");
    let bureau = first
        .iter()
        .any(|l| gloss.replace_all(l.norm.trim(), "").ends_with("统计局"));
    let opens_on = regex!(r"^\s*(20\d\d)\s*年\s*[,，]");
    if let (true, Some(d), Some(o)) = (bureau, date, year_in_first_lines(lines, 6, opens_on)) {
        if o == d - 1 {
            return Some(o);
        }
    }
    // (`(山西?。?023年長治市上黨區…統計公報` then `(2024年4月)`: a communiqué's title whose year
    // a mirror garbled, dated under it: of the year before its date)
    let month_dated =
        regex!(r"^\s*[(（]?\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?\s*$");
    let communique = || {
        first.first().filter(|l| l.norm.contains("统计公报"))?;
        first.iter().take(3).find_map(|l| {
            let y: i32 = month_dated
                .captures(&l.norm)?
                .get(1)?
                .as_str()
                .parse()
                .ok()?;
            Some(y - 1)
        })
    };
    // (`…市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办`: an
    // opening sentence naming how a year's work-report tasks are being done)
    let tasks = regex!(
        r"^[^。]{0,40}确定的\s*(20\d\d)\s*年[^，,。；;]{0,10}(?:工作|任务)[^，,。；;]{0,8}完成情况"
    );
    // (`受市人民政府委托,向大会报告杭州市2023年国民经济和社会发展计划执行情况与2024年…计划草案`:
    // the opening sentence of an execution report whose title the page lost)
    let delivered = regex!(
        r"^\s*[^。]{0,20}委托[^。]{0,24}报告[^。；;]{0,20}?(20\d\d)\s*年[^。；;]{0,20}?计划执行情况"
    );
    // (`…解读文章《关于霍邱县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》`: a page
    // that presents an execution report by its title in quotation marks, an interpretation or a
    // news report of it)
    let named_report =
        regex!(r"《\s*(?:关于)?[^》\d]{0,16}?(20\d\d)\s*年[^》]{0,26}计划执行情况[^》]*》");
    year_in_first_lines(lines, 8, title)
        .or_else(|| year_in_first_lines(lines, 2, tasks))
        .or_else(|| year_in_first_lines(lines, 4, named_report))
        .or_else(|| year_in_first_lines(lines, 8, delivered))
        .or_else(|| {
            first_text_lines(lines, 4).find_map(|l| {
                let c = yearbook.captures(&l.norm)?;
                let y: i32 = c.get(1).or(c.get(2))?.as_str().parse().ok()?;
                Some(y - 1)
            })
        })
        .or_else(communique)
}

/// The year a report's opening names as its own (`2023年是全面贯彻党的二十大精神的开局之年,…`,
/// `2022年,是泽州发展历程中极不平凡的一年`): among the first lines.
pub(crate) fn opening_year(lines: &[Line]) -> Option<i32> {
    // (`大皖新闻讯 2023年是…开局之年`: after a news agency's dateline)
    // (`2025年,作为“十四五”规划的收官之年,…岚县…`: the year as what it is in a plan's course)
    let opening = regex!(
        r"^\s*(?:[^，,。\s]{1,12}讯\s*[:：]?\s*)?(20\d\d)\s*年\s*[,，]?\s*(?:是|作为[^，,。；;]{0,24}之年)"
    );
    // (`现在,我代表省人民政府,向大会作政府工作报告,…` then `2023年是全面贯彻党的二十大精神的开局
    // 之年,…全省经济稳中有进`: a report delivered to the congress opens on the year it reviews, and
    // speaks from the year after it)
    let delivering = regex!(r"向大会(?:作|报告)");
    if let Some(y) = year_in_first_lines(lines, 3, opening) {
        let delivered_before = first_text_lines(lines, 3)
            .take_while(|l| !opening.is_match(&l.norm))
            .any(|l| delivering.is_match(&l.norm));
        return Some(if delivered_before { y + 1 } else { y });
    }
    // (`1月31日上午,…区长李松代表区人民政府向大会作政府工作报告。` then `2023年,晋宁区围绕…,地区
    // 生产总值完成224.53亿元`: a paragraph right after the delivery that opens on a bare year
    // reviews it)
    let bare = regex!(r"^\s*(20\d\d)\s*年\s*[,，]");
    let first: Vec<&Line> = first_text_lines(lines, 4).collect();
    first
        .windows(2)
        .find_map(|w| {
            if !delivering.is_match(&w[0].norm) {
                return None;
            }
            let y: i32 = bare.captures(&w[1].norm)?[1].parse().ok()?;
            Some(y + 1)
        })
        // (`政府工作报告中指出,2023年是全面贯彻落实党的二十大精神的开局之年` in news of the report:
        // the year it speaks of as the present one)
        .or_else(|| {
            let quoted = regex!(
                r"^\s*(?:政府工作)?报告中?(?:指出|提出)\s*[,，:：]\s*(20\d\d)\s*年\s*是[^。；;]{0,40}?(?:之年|的一年)"
            );
            year_in_first_lines(lines, 6, quoted).filter(|_| {
                first_text_lines(lines, 6).any(|l| regex!(r"作政府工作报告").is_match(&l.norm))
            })
        })
}

/// The year a release of the year before's results is of: a title that opens on that year and
/// reports a figure (`2021年成都数字经济核心产业增加值达2580.6亿元 同比增长18.7%` on a page of 2022),
/// with no word of a goal. Its undated figures go on about that year.
///
/// Also an opening that says the year's results were released (`1月24日,温州市统计局发布了2024年
/// 温州经济成绩单。` on a page of 2025, `…通报了2024年陕西省生态环境质量状况。` on one of 2025,
/// `1月30日,2025年新疆经济运行“成绩单”公布` on a page of 2026),
/// or a title on the year's economy (`解密2025年新疆经济运行亮点` on a page of 2026), or an opening
/// that heard it at a briefing on the year (`记者从2023年广西海洋经济运行情况新闻发布会上了解到`).
pub(crate) fn release_year(lines: &[Line], published: Option<i32>) -> Option<i32> {
    // (`陕西省生态环境厅相关负责人通报了2024年陕西省生态环境质量状况`: a year's state, reported)
    let released = regex!(
        r"(?:发布|通报|公布)了?\s*(20\d\d)\s*年[^，,。；;]{0,16}?(?:成绩单|经济运行情况|统计公报|主要经济数据|经济数据|质量状况)"
    );
    // (`1月30日,2025年新疆经济运行“成绩单”公布` after the headline's figures)
    let announced = regex!(
        r#"(20\d\d)\s*年[^，,。；;]{0,16}?(?:成绩单|经济运行情况|统计公报|主要经济数据|经济数据)[”"]?\s*(?:公布|发布|出炉|揭晓)"#
    );
    // (`3月27日,记者从2023年广西海洋经济运行情况新闻发布会上了解到` on a page of 2024: a briefing
    // on a year's record)
    let briefed = regex!(
        r"(?:从|在)\s*(20\d\d)\s*年[^，,。；;]{0,20}?(?:运行情况|发展情况|工作情况|成绩单)[^，,。；;]{0,6}?发布会"
    );
    let opening = year_in_first_lines(lines, 3, released)
        .or_else(|| year_in_first_lines(lines, 5, announced))
        .or_else(|| year_in_first_lines(lines, 3, briefed))
        .filter(|&y| published == Some(y + 1));
    // (`稳中有进 进中提质——解密2025年新疆经济运行亮点`: a title on the year's economy)
    let economy = regex!(r"(20\d\d)\s*年[^，,。；;]{0,8}?(?:经济运行|经济成绩单|经济数据)");
    let titled = regex!(r"^\s*(20\d\d)\s*年[^，,。；;]{0,30}?\d");
    let read = |t: &Line| -> Option<i32> {
        let c = titled
            .captures(&t.norm)
            .or_else(|| economy.captures(&t.norm))?;
        c[1].parse().ok()
    };
    let first = first_text_lines(lines, 1).next()?;
    // (`•`, `當前位置:首頁 >> 農資新聞 >> 2023年吉林…` then `2023年吉林為中國每個人飯碗多貢獻1斤半吉林糧`
    // under `發布時間:2024/2/7`: a title after a page's index lines — a line of no clause among
    // the first four — on a page of the half-year when a year's results come out; not one of
    // October, whose undated `累计已有…` speak of the page's own time)
    let results_season = published_date(lines).is_none_or(|(_, m)| m <= 6);
    let title = match read(first) {
        Some(_) => Some(first),
        None if !results_season => None,
        None => first_text_lines(lines, 4).skip(1).find(|l| {
            !l.norm.contains(['，', ',', '。', '；', ';', '>', '|']) && read(l).is_some()
        }),
    };
    let Some((title, y)) = title.and_then(|t| Some((t, read(t)?))) else {
        return opening;
    };
    (published == Some(y + 1) && !goal_word_re().is_match(&title.norm))
        .then_some(y)
        .or(opening)
}

/// The year a section of a statistical communiqué is of, on a page of a later year: an excerpt
/// whose first lines give a year's total against the year before (`十、科學技術和教育` then
/// `全年全省發明專利授權63822件,比上年增長15.4%` on a page of 2025) reports a year that is over —
/// communiqués come out after their year ends — so its undated figures are of the year before
/// the page's. `None` where any line speaks of a forecast or of the present year (`预计全年`,
/// `今年`), which a communiqué never does.
pub(crate) fn bulletin_year(lines: &[Line], published: Option<i32>) -> Option<i32> {
    let year_on_year = regex!(r"^\s*全年[^。；;]{0,40}?比上年");
    let present = regex!(r"预计|今年|本年|目前|截至");
    let opens = first_text_lines(lines, 3).any(|l| year_on_year.is_match(&l.norm));
    let present = lines.iter().any(|l| present.is_match(&l.norm));
    published.filter(|_| opens && !present).map(|y| y - 1)
}

/// The year a text titled as a year's review names (`2025年及“十四五”时期工作回顾`, the first line
/// with text): its undated results are of that year.
///
/// Also a report on a span of years (`国家网信办:国家电子政务发展报告(2014-2024年)`): its undated
/// results are of the span's last year; and a report on a year's budget or plan as executed,
/// named among the first lines (`关于2025年全市和市本级预算执行情况与2026年…预算草案的审查结果报告`):
/// its undated results are of that year.
pub(crate) fn review_title_year(lines: &[Line]) -> Option<i32> {
    let title = first_text_lines(lines, 1).next()?;
    if let Some(c) =
        regex!(r"^\s*(20\d\d)\s*年[^，,。；;\d]{0,16}(?:工作回顾|发展回顾)").captures(&title.norm)
    {
        return c[1].parse().ok();
    }
    let span = regex!(
        r"(?:发展报告|白皮书|回顾|综述)\s*[(（]?\s*20\d\d\s*年?\s*[-—–~至]+\s*(20\d\d)\s*年?\s*[)）]?\s*$"
    );
    if let Some(y) = span.captures(&title.norm).and_then(|c| c[1].parse().ok()) {
        return Some(y);
    }
    // (`…正式发布…《上海市不可移动革命文物保护利用报告(2018-2022年)》(以下简称《报告》)` in a news
    // page's first lines: the page presents that report, whose undated results are of its
    // span's last year)
    let presented = regex!(
        r"(?:发布|印发|以下简称)[^。]{0,60}?《[^》]{0,40}?(?:报告|白皮书)\s*[(（]\s*20\d\d\s*年?\s*[-—–~至]+\s*(20\d\d)\s*年?\s*[)）]\s*》|《[^》]{0,40}?(?:报告|白皮书)\s*[(（]\s*20\d\d\s*年?\s*[-—–~至]+\s*(20\d\d)\s*年?\s*[)）]\s*》\s*[(（]\s*以下简称"
    );
    if let Some(y) = first_text_lines(lines, 4).find_map(|l| {
        let c = presented.captures(&l.norm)?;
        c.get(1).or(c.get(2))?.as_str().parse().ok()
    }) {
        return Some(y);
    }
    // (`…财政经济委员会关于2025年全市和市本级预算执行情况与2026年…预算草案的审查结果报告` among
    // the first lines: a report on a year's budget or plan as executed — its undated results
    // are of that year; the draft's part names its own year)
    // (`关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告`, `向区人大常委会报告2022年度区本级
    // 预算执行和其他财政收支审计情况`: an audit of a year's budget as executed, likewise)
    let executed = regex!(
        r"(?:关于|报告)\s*(20\d\d)\s*年度?[^。；;]{0,24}?(?:(?:预算|计划)执行情况|预算执行和[^。；;]{0,16}?财政收支的?审计)"
    );
    year_in_first_lines(lines, 6, executed)
}
