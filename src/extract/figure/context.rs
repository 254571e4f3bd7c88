//! Numbers the words around them make no indicator value: a count of the plan's own parts
//! (`6个方面`), a number inside a quoted name, a code, a rank, a duration, a threshold of
//! eligibility, a group the region is counted in, a page's views — and a count that only sizes
//! the group the next figure measures (`71个工业类开发区5G基站9000个`).

use super::Figure;

/// Marks the counts that size the group the next figure of their clause is of: a count
/// (`个`, `家`, `座`…) followed at once by its noun and, with no list mark or conjunction
/// between, by another figure that is the group's measure — the investment of the projects
/// counted (`33个重点项目完成投资89.9亿元`), or a figure in the same unit that the words between
/// name (`71个工业类开发区5G基站9000个`). A count followed by a figure that names its own noun
/// after it (`38个部门140多个应用系统`, `支持1108个重点乡镇建设1781个5G基站`, `136个部门的409个系统`) is a
/// value of its own.
pub(super) fn mark_group_sizes(norm: &str, out: &mut [Figure]) {
    const COUNTS: &[&str] = &[
        "个", "家", "座", "所", "户", "项", "条", "栋", "处", "批", "批次",
    ];
    let rate_name = regex!(r"(?:比例|比重|占比|达标率|优良率)\s*(?:为|达到|达|是)?\s*$");
    for i in 0..out.len().saturating_sub(1) {
        if !COUNTS.contains(&out[i].unit.as_str()) {
            continue;
        }
        let after = &norm[out[i].end..];
        let noun_next = after.chars().next().is_some_and(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c) && !"的以和及与并等或".contains(c)
        });
        let next = &out[i + 1];
        let between = norm
            .get(out[i].end..next.verb_start.min(next.start))
            .unwrap_or("");
        if !noun_next
            || between.contains([
                '，', ',', '。', '；', ';', '、', '和', '及', '与', '并', '或', '的', '有',
            ])
            || between.chars().count() > 20
        {
            continue;
        }
        let investment = between.contains("项目") && next.unit.ends_with('元');
        let named_between = next.unit == out[i].unit
            && !norm[next.end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric());
        // (`10个国考断面水质优良比例为80%`: the share of the group counted that meets a standard)
        let share_of_group = next.unit == "%" && rate_name.is_match(between);
        // (`7批次共计发布储能项目82个`: the batches a list was released in)
        let batches = matches!(out[i].unit.as_str(), "批" | "批次");
        out[i].group_size = investment || named_between || share_of_group || batches;
    }
}

/// Numbers that are not an indicator's value: counts of a plan's own parts (`6个方面`, `3条主线`,
/// `30项重点任务`), numbers inside a quoted name (`“数字经济13条”`), codes glued to Latin
/// (`10G-PON`), and thresholds of eligibility (`投资500万元以上的项目`).
pub(super) fn structural(norm: &str, start: usize, end: usize, unit: &str) -> bool {
    const PARTS: &[&str] = &[
        "方面",
        "主线",
        "总体目标",
        "总抓手",
        "重点任务",
        "任务",
        "重点工作",
        "大行动",
        "专项行动",
        "行动",
        "工程",
        "领域",
        "举措",
        "措施",
        "章",
        "部分",
        "维度",
        "板块",
        "体系",
        // (`全年度安全生产形势呈现3个特点:一是…`)
        "特点",
    ];
    let after = norm[end..].trim_start_matches(['“', '"']);
    if matches!(unit, "个" | "项" | "条" | "大" | "类" | "批")
        && PARTS.iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    // `提出21个行业发展定量指标`, `等21项重大信息化工程`: a count of the plan's own parts at
    // the end of the noun after the unit; `覆盖32个工业大类`: a breadth of classes, like
    // `16个领域`.
    let noun: String = after
        .chars()
        .take_while(|c| !matches!(c, '，' | '。' | '；' | ',' | ';' | '、' | '(' | '（'))
        .take(12)
        .collect();
    if matches!(unit, "个" | "项" | "条" | "类" | "批")
        && [
            "指标", "工程", "任务", "举措", "措施", "大类", "中类", "小类", "门类",
        ]
        .iter()
        .any(|w| noun.ends_with(w))
    {
        return true;
    }
    let before = &norm[..start];
    // `按标准机架2.5KW/架计算`: the basis of a conversion, not a value.
    let clause_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | '。' | '；' | ',' | ';'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    if before[clause_start..].contains('按')
        && after.chars().take(8).collect::<String>().contains("计算")
    {
        return true;
    }
    // `新增上线投运2.5kW标准机架约30万个`: a rack's rated power names the kind of rack counted.
    if matches!(unit, "kW" | "KW" | "千瓦")
        && regex!(r"^\s*(?:的)?\s*(?:标准|標準)?\s*(?:机架|機架|机柜|機櫃|機柜)").is_match(after)
    {
        return true;
    }
    let open = before.matches('“').count() > before.matches('”').count();
    let closes = after
        .chars()
        .take(16)
        .take_while(|c| !matches!(c, '，' | '。' | '；' | ',' | ';' | '“'))
        .any(|c| c == '”');
    if open && closes {
        return true; // inside `“…”`: part of a name or slogan
    }
    if after.starts_with('-') || after.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return true; // `10G-PON`
    }
    // `千兆接入的10G PON端口`: a unit of letters, a blank, then more letters is a technology's
    // name written with a space.
    if unit.chars().all(|c| c.is_ascii_alphabetic())
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return true;
    }
    // `100亿级企业3个`, `4000亿级产业集群`: a size class names what is counted; so does a
    // ship's or a plant's class (`2万吨级石化码头`, `百万千瓦级`).
    if (unit.ends_with('亿')
        || unit.ends_with("亿元")
        || unit.ends_with('万')
        || unit.ends_with('吨')
        || unit.ends_with("瓦")
        || unit.ends_with("千伏"))
        && after.starts_with('级')
    {
        return true;
    }
    // `过10亿元项目6个`, `3个过4亿吨大港`, `在过5万亿经济大省中`: the size a class of things
    // passes names the class, no value.
    let passes = norm[..start].trim_end();
    if passes.ends_with('过')
        && ![
            "超过", "通过", "经过", "度过", "跨过", "越过", "不过", "胜过", "高过",
        ]
        .iter()
        .any(|w| passes.ends_with(w))
        && regex!(
            r"^\s*(?:的)?\s*[^\d，,。；;、]{0,4}?(?:项目|港|大省|省份|企业|城市|园区|集群|县|市)"
        )
        .is_match(after)
    {
        return true;
    }
    // `提升3个位次`, `较2021年排名前移11位`: a change of rank, not a value.
    if after.starts_with("位次") || after.starts_with("名次") {
        return true;
    }
    let before_word = norm[..start].trim_end();
    // (`县域经济百强跃升至76位`, `由第100位升至今年第86位`: the verb may take `至`, and `第…位` is
    // an ordinal)
    let rank_verb = before_word.trim_end_matches(['至', '到']);
    // (`高考…进入全省前10名`, `由第100位升至第86位` read from its first rank: `名` as `位`, and a
    // rank a verb of rising leaves)
    // (`(全省65位)`, `位居全国12位`: a place in a ranking, after the whole it is ranked in or a
    // verb of ranking; `全省500名医生` is a count)
    let ranked_in = ["全省", "全国", "全市", "全区", "全州", "全盟"]
        .iter()
        .any(|w| before_word.ends_with(w))
        && unit == "位";
    // (`谷城居中部县域经济百强榜61位`: a place on a list, `榜`, is a rank)
    let rank_word = ["位居", "排名", "位列", "名列", "居", "榜"]
        .iter()
        .any(|w| before_word.ends_with(w));
    if matches!(unit, "位" | "名")
        && (before_word.ends_with('第')
            || ranked_in
            || rank_word
            || regex!(r"^\s*(?:升至|跃升至|上升至|提升至|前移至|跃居)").is_match(after)
            || [
                "前移", "后移", "上升", "下降", "前进", "后退", "提升", "跃升", "攀升", "升",
                // (`跃居全省前40位`: a rank to reach)
                "前",
            ]
            .iter()
            .any(|w| rank_verb.ends_with(w)))
    {
        return true;
    }
    // `总投资20亿元的重庆现代农业柑橘产业园`: the size of a project named after it.
    if unit.ends_with('元')
        && after.starts_with('的')
        && ["总投资", "投资额", "总投资额"]
            .iter()
            .any(|w| before_word.ends_with(w))
    {
        return true;
    }
    // `神木市共辖6个街道、14个镇`: a region's administrative make-up; `“5G+远程重症监护…”等4个
    // 项目获工信部…`: projects or cases counted for an award or a list.
    // `3429 期 / 第6版:地方报道`: a newspaper's issue and page.
    if unit == "期" && regex!(r"^[\s/|]*第\s*\d+\s*版").is_match(after) {
        return true;
    }
    // `浙江11个设区市陆续公布…`, `浙江省11个市的GDP同比增速均为两位数`: the count of a province's
    // cities or counties a sentence goes on to tell of — a region's make-up, no indicator.
    if unit == "个"
        && regex!(r"^(?:设区市|地级市|市|县|县区|区县|县\(市、区\)|县市区|市州|州市|地市)(?:的|陆续|均|都|全部|各)")
            .is_match(after)
    {
        return true;
    }
    // `总投资166.25亿元的37个项目`: the projects a total investment describes.
    if (matches!(unit, "个" | "项")
        && after.starts_with("项目")
        && regex!(r"总投资[^，,。；;]*的\s*$").is_match(&before[clause_start..]))
        || regex!(r"(?:共辖|下辖|辖)[^，,。；;]*$").is_match(&before[clause_start..])
        || (matches!(unit, "个" | "项")
            && regex!(r"^(?:项目|案例|应用案例|场景)(?:获|入选|入围|获评|荣获)").is_match(after))
    {
        return true;
    }
    // `成功创建百里杜鹃、织金洞2个国家5A级景区`, `包括兰州市、白银市、定西市和临夏回族自治州4个市州`:
    // the count of the names listed right before it — the list's size, no indicator (the page
    // names what it counts).
    if matches!(unit, "个" | "家" | "项" | "所" | "座" | "条" | "处") {
        let list = &before[clause_start..];
        let items = list
            .split(['、', '和', '及', '与'])
            .filter(|p| !p.trim().is_empty())
            .count();
        let value: Option<usize> = norm[start..end]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .ok();
        // (`…、纵四路等8条道路`: a list of examples closed by `等` counts a group — kept)
        // (a list of names, no figures: `企业4家、自治区级企业研发中心2家` counts no list)
        if list.contains('、')
            && !list.contains(|c: char| c.is_ascii_digit())
            && !list.trim_end().ends_with('等')
            && items >= 2
            && value == Some(items)
        {
            return true;
        }
    }
    // `连续7个季度全省第一`: a streak of quarters is a duration; `相当于50万台高性能计算机的算力`:
    // an equivalence, not the indicator's value.
    // (`人均GDP为78655元(按年平均汇率折算为11162美元)`: a conversion of the figure before it;
    // `根据2023年5‰人口变动抽样调查推算`: a survey's sampling rate; `700M 5G基站`: a frequency
    // band in a name)
    if (unit == "个" && after.starts_with("季度"))
        || before_word.ends_with("相当于")
        || regex!(r"(?:折算为|折合|折算成)\s*(?:约|近)?$").is_match(before_word)
        || (unit == "‰" && after.starts_with("人口"))
        || (unit == "M" && regex!(r"^\s*(?:5G|4G|频段)").is_match(after))
    {
        return true;
    }
    // `提前70天完成`, `历时38天`, `历经22天艰苦卓绝的斗争`, `经过132天的征集评选`,
    // `历时7个小时抵达`: how long something took, not an indicator; nor `3天内`, a deadline.
    let hours = unit == "个" && after.starts_with("小时");
    if (matches!(unit, "天" | "小时" | "个月") || hours)
        && ([
            "提前",
            "提前了",
            "历时",
            "历经",
            "经过",
            "用时",
            "耗时",
            "仅用",
            "用了",
        ]
        .iter()
        .any(|w| before_word.ends_with(w))
            || after.trim_start_matches("小时").starts_with('内'))
    {
        return true;
    }
    // `作为全国首批50个5G商用城市之一`, `在全省91个县(市)中继续排名第一`: the size of a group
    // the region belongs to or is ranked in.
    if noun.ends_with("之一")
        || regex!(r"^[^，,。；;]{0,10}中\s*(?:继续|仍)?(?:排名|排在|排|位居|位列|名列|居)")
            .is_match(after)
    {
        return true;
    }
    // `在…“数字新基建”100个标志性项目中,5G项目占28个`: the group a part is counted in.
    if before[clause_start..].contains('在')
        && regex!(r"^[^，,。；;]{0,12}中\s*[，,]").is_match(after)
    {
        return true;
    }
    // `山东省工业和信息化厅等8部门印发`: how many agencies issued a plan (`部` + `门`), and
    // `30例如…` (`例如`, for example), are no figures; nor the size that defines a statistic's
    // scope (`500万口径软件业务收入`).
    if (unit == "部" && after.starts_with('门'))
        || (unit == "例" && after.starts_with('如'))
        || after.starts_with("口径")
    {
        return true;
    }
    // A page's and a meeting's own counts: `浏览:149次`, `实到144人`, `233名区二届人大代表出席大会`.
    if ["浏览", "阅读", "点击", "访问", "实到", "应到"]
        .iter()
        .any(|w| before_word.trim_end_matches([':', '：']).ends_with(w))
        || (matches!(unit, "名" | "人" | "位")
            && regex!(r"^[^，,。；;]{0,10}代表(?:出席|列席|参加)").is_match(after))
    {
        return true;
    }
    // `全国每安装10台药机空调就有6台使用忠县产品`: a share said as a count of a count.
    let clause_text = &norm[clause_start..];
    let clause_text = &clause_text[..clause_text
        .find(['，', ',', '。', '；', ';'])
        .unwrap_or(clause_text.len())];
    if regex!(r"每[^\d，,。；;]{0,4}\d+[^，,。；;]{0,12}就有\d+").is_match(clause_text) {
        return true;
    }
    // `投资500万元以上的项目`, `年业务收入超过2000万的企业`, `时速250公里以上的高铁`: a size
    // that admits to a group.
    let over = ["超过", "超", "逾", "高于", "大于", "不低于", "不少于"]
        .iter()
        .any(|w| before.trim_end().ends_with(w));
    let threshold = (norm[..end].ends_with("以上") || norm[..end].ends_with("以下") || over)
        && after.starts_with('的');
    threshold
        && (unit.ends_with('元')
            || matches!(unit, "万" | "亿" | "千万" | "公里" | "千米" | "米")
            || unit.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::super::figures;

    /// 山西 (178), 菏泽 (144), 斗门区 (173): a count that sizes the group the next figure is
    /// of; 四川 (019), 滨州 (084), a seed plan: counts that are values of their own.
    #[test]
    fn group_sizes_are_marked() {
        let sizes = |t: &str| {
            figures(t)
                .iter()
                .map(|f| (f.value, f.group_size))
                .collect::<Vec<_>>()
        };
        // (1465 运城, 2052 内蒙古: the group a share is of; the batches of a release)
        assert_eq!(
            sizes("10个国考断面水质优良比例为80%"),
            [(10.0, true), (80.0, false)]
        );
        assert_eq!(
            sizes("7批次共计发布储能项目82个"),
            [(7.0, true), (82.0, false)]
        );
        assert_eq!(
            sizes("71个工业类开发区5G基站9000个"),
            [(71.0, true), (9000.0, false)]
        );
        assert_eq!(
            sizes("33个重点项目完成投资89.9亿元"),
            [(33.0, true), (89.9, false)]
        );
        assert_eq!(
            sizes("支持1108个重点乡镇建设1781个5G基站"),
            [(1108.0, false), (1781.0, false)]
        );
        assert_eq!(
            sizes("承载全市136个部门的409个系统"),
            [(136.0, false), (409.0, false)]
        );
        assert_eq!(
            sizes("为全市38个部门140多个应用系统提供云服务"),
            [(38.0, false), (140.0, false)]
        );
        assert_eq!(
            sizes("建成5G基站1200个和数据中心3个"),
            [(1200.0, false), (3.0, false)]
        );
    }

    /// 997 合川 (`100亿级企业3个、30亿级企业10个`), 310 宝安 (`500亿级产业集群`): an amount
    /// followed by `级` is a size class that names what is counted, not a value.
    #[test]
    fn a_size_class_is_no_figure() {
        let values = |t: &str| figures(t).iter().map(|f| f.value).collect::<Vec<_>>();
        assert_eq!(
            values("100亿级企业3个、30亿级企业10个、10亿级企业30个"),
            [3.0, 10.0, 30.0]
        );
        assert!(values("打造500亿级产业集群").is_empty());
        // 1285 东方: a ship's class (`2万吨级石化码头工程、5万吨级航道疏浚项目`) counts nothing.
        assert!(
            values("八所港罗带河港区2万吨级石化码头工程、5万吨级航道疏浚项目进展明显").is_empty()
        );
        // An amount that is a value stays.
        assert_eq!(values("产值达到100亿元"), [100.0]);
    }

    #[test]
    fn the_size_of_a_list_is_no_figure() {
        // 341 毕节, 218 兰州: a count of the names just listed.
        assert!(figures("成功创建百里杜鹃、织金洞2个国家5A级景区").is_empty());
        assert!(figures("本规划范围包括兰州市、白银市、定西市和临夏回族自治州4个市州").is_empty());
        // A count that is no list's size stays (`3个` after two names; `各1个`).
        assert_eq!(figures("建成省级产业创新中心、检验检测中心3个").len(), 1);
        assert_eq!(figures("在屯留区、潞城区和武乡县布置了7个试验点").len(), 1);
        // 168 庆阳, 178: a list closed by `等` is examples of a group the count sizes.
        assert_eq!(figures("将建成尚勤路、横二路等2条道路").len(), 1);
        // 通辽 (a seed plan): a list of figures is no list of names.
        assert_eq!(
            figures("培育国家高新技术企业4家、自治区级企业研发中心2家").len(),
            2
        );
    }

    #[test]
    fn ranks_durations_and_groups_are_no_figures() {
        let values = |t: &str| figures(t).iter().map(|f| f.value).collect::<Vec<_>>();
        // 绍兴 (126): a change of rank.
        assert!(values("全国第37位,较2021年排名前移11位").is_empty());
        // 1774 曹县: a place in a ranking after the whole it is ranked in or a verb of ranking;
        // a count of people after `全省` stays a figure.
        assert_eq!(
            values("地区生产总值从“十二五”末的313亿元(全省65位)"),
            [313.0]
        );
        assert!(values("位居全国12位").is_empty());
        assert_eq!(values("全省500名医生").len(), 1);
        assert!(values("跃居全省前40位").is_empty());
        // 1036 枝江: a rank risen to (`跃升至`), and an ordinal (`第86位`).
        assert!(values("县域经济百强跃升至76位").is_empty());
        assert!(values("居全国百强县第86位").is_empty());
        // 神木 (296), 常州 (281): a region's make-up, projects counted for an award.
        assert!(values("神木市共辖 6 个街道、14 个镇").is_empty());
        assert!(
            values("“5G+远程重症监护医疗健康应用”等4个项目获工信部“5G+智慧医疗”试点").is_empty()
        );
        assert_eq!(
            values("5户企业获评“辽宁省两化融合管理体系贯标试点企业”"),
            [5.0]
        );
        // 乐山 (197), 渑池县 (210): a newspaper's issue, a garbled decimal point.
        assert!(values("3429 期 / 第6版:地方报道").is_empty());
        assert!(values("医疗保健类价格上涨1·8%").is_empty());
        // 封丘县 (290): the projects a total investment describes.
        assert!(values("总投资166.25亿元的37个项目").is_empty());
        // 滁州 (275), 来宾 (277): a streak of quarters, an equivalence.
        assert!(values("营商环境连续6个季度全省前三").is_empty());
        assert!(values("相当于50万台高性能计算机的算力").is_empty());
        // 346 缙云, 052: a conversion, a survey's sampling rate, a frequency band.
        assert_eq!(
            values("人均GDP为78655元(按年平均汇率折算为11162美元)"),
            [78655.0]
        );
        assert!(values("根据2023年5‰人口变动抽样调查推算").is_empty());
        assert_eq!(values("700M 5G基站近7500座"), [7500.0]);
        // 樟树市 (107): a rank after `第 `, the parts of a ratio; 乐山 (197): `从01` (0 to 1);
        // 忠县 (207): the investment that describes a project.
        assert!(values("2020 年上升到第 69 位").is_empty());
        assert_eq!(
            values("三次产业增加值之比从 2015 年的 10.7:55.6:33.7 调整为 2020 年的 10.6:43.9:45.5"),
            Vec::<f64>::new()
        );
        // 722 庆元 (normalised from `13.6 ﹕ 42.1 ﹕ 44.3`): spaced around the colon.
        assert_eq!(
            values("三次产业结构从13.6 : 42.1 : 44.3调整为9.6 : 35.8 : 54.6"),
            Vec::<f64>::new()
        );
        assert!(values("实现了从01的跨越").is_empty());
        assert!(values("总投资20亿元的重庆现代农业柑橘产业园建成").is_empty());
        assert_eq!(values("项目总投资20亿元,年内建成"), [20.0]);
        // 西宁 (129), 乌鲁木齐 (092): how long it took.
        assert_eq!(
            values("提前70天完成农村地区26个4G/5G通信基站的建设任务"),
            [26.0]
        );
        assert!(values("分公司历时38天").is_empty());
        // 1363 临高, 826 房山, 1243 霍尔果斯, 1575 荣昌: a struggle's, a contest's, a journey's
        // length, a pop-up's deadline.
        assert!(values("历经22天艰苦卓绝的斗争").is_empty());
        assert!(values("经过132天的征集评选").is_empty());
        assert!(values("历时7个小时抵达边境城市").is_empty());
        assert!(values("3天内不再提示").is_empty());
        // 1053 谷城: a place on a list.
        assert!(values("谷城居中部县域经济百强榜61位").is_empty());
        assert_eq!(values("空气质量优良天数达到266天"), [266.0]);
        // 南通 (146), 泽州县 (170): the size of a group the region belongs to or is ranked in.
        assert!(values("作为全国首批50个5G商用城市之一").is_empty());
        assert!(values("总量在全省91个县(市)中继续排名第一").is_empty());
        // 216 凤县, 214 龙华区, 207 忠县: page views, attendance, a count of a count.
        assert!(values("作者:本站 发布时间:2025-02-11 浏览:149次").is_empty());
        assert!(values("应到150人,实到144人").is_empty());
        assert!(values("233名区二届人大代表出席大会").is_empty());
        assert!(values("全国每安装10台药机空调就有6台使用忠县产品").is_empty());
        // 052 湖南: the group a part is counted in.
        assert_eq!(
            values("在连续3年实施的全省“数字新基建”100个标志性项目中,5G项目占28个"),
            [28.0]
        );
        // A count of the region's own stays.
        assert_eq!(values("南通现有5G产业企业47家"), [47.0]);
    }
}
