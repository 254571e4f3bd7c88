//! Figures that are no indicator's level, whatever their year: an amount of change against the
//! year before, a multiple of another figure, words a person is quoted as saying, what a project
//! yields once built, a count of projects whose amount follows, the size of a project's site or
//! its planned investment, a threshold crossed before the value itself, the articles of a policy
//! package, a count of meetings or visits, of indicators by rank or of honours, a split by sex,
//! the size of a group, a change in percentage points, a completion ratio, figures sharing one
//! `分别` — each goes to review with the reason why. One definition for every figure a sentence
//! yields ([`super::candidate`]).

use std::ops::Range;

use crate::extract::figure::Figure;
use crate::extract::{Review, ReviewKind};

/// Why the figure `f` (named `name`, in `clause` of `norm`) is no indicator's level, if it is
/// not: the first reason that applies, in the order below.
pub(super) fn why_not_a_level(
    norm: &str,
    clause: Range<usize>,
    f: &Figure,
    name: &str,
) -> Option<Review> {
    let clause_text = &norm[clause.clone()];
    let before_figure = &norm[clause.start..f.start.max(clause.start)];
    // `…人均GDP达到15` at the end of an excerpt cut off mid-sentence: the figure's unit (and
    // perhaps its digits) are lost.
    if f.unit.is_empty() && norm[f.end..].trim().is_empty() && f.end >= clause.end {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the text is cut off right after the figure: its unit is lost",
        ));
    }
    // `比上年增加503公顷`, `粮食播种面积85.76千公顷,增加0.09千公顷`: an amount of change against the
    // year before, not a level (as a change in percentage points).
    let lead = norm[clause.start..f.start].trim_end();
    // (`比疫情前的2019年增加了近1300亿元`: a qualifier may stand before the number)
    let change = regex!(
        r"(?:(?:比|较)(?:上年|去年|上年同期|同期)?)?(?:增加|减少|增产|减产|多|少)了?(?:近|约|超过|超|逾)?$"
    );
    // (`户均年收入增加1.8万元`, `增产近17万吨`: `增加`, `减少`, `增产` right before the number
    // are a change whatever stands before them; a bare `多`/`少` only after `比`/`较` or alone)
    let changed = regex!(r"(?:增加|减少|增产|减产)了?(?:近|约|超过|超|逾)?$");
    if f.unit != "%"
        && change.is_match(lead)
        && (lead.contains(['比', '较']) || lead.chars().count() <= 3 || changed.is_match(lead))
    {
        return Some(Review::new(
            ReviewKind::Change,
            "an amount of change against the year before, not a level",
        ));
    }
    // `41个工业大类行业中,36个行业增加值实现同比增长`, `限额以上18个商品类别中15类商品零售额实现
    // 增长`: the number of industries or categories a statistic counts over, and the number of
    // them that grew — how broad growth was, no indicator's level.
    let over = regex!(
        r"^[^，,。；;\d]{0,10}?(?:行业|大类|类别|门类|類別|門類)\s*(?:中(?:[^心间間]|$)|有)"
    );
    let of_them = regex!(r"(?:行业|大类|类别|门类|類別|門類)\s*(?:中\s*[,，]?\s*有?|有)\s*$");
    // (`9个市州增速高于全省平均`, `6个市州实现两位数增长`, `10条制造业产业链营收实现两位数增长`:
    // how many places or chains grew, counted the same way)
    let grew = regex!(
        r"^[^，,。；;\d]{0,12}?(?:市州|县市区|县\(市、区\)|县区|区县|地市|市县|行业|产业链|门类)[^，,。；;\d]{0,8}?(?:增速(?:高于|快于|较)|实现(?:两位数|正)增长|保持(?:正)?增长)"
    );
    if matches!(
        f.unit.as_str(),
        "个" | "個" | "种" | "種" | "类" | "類" | "条" | "條"
    ) && (over.is_match(&norm[f.end..])
        || of_them.is_match(before_figure)
        || grew.is_match(&norm[f.end..]))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of industries or categories, or of those that grew (N个行业中M个…增长): how broad growth was, not a level",
        ));
    }
    // `新建站点数量是2023年的3倍`, `接近全国平均水平的23.6倍`: a multiple of another figure, not
    // a level of its own.
    // (`是“十二五”时期2.7倍`: a period or year named as what is multiplied may stand without `的`)
    if f.unit == "倍"
        && regex!(r"(?:是|为|相当于|接近)(?:[^，,。；;]{0,20}的|[^，,。；;]{0,16}(?:时期|期间|期末|末|年))$")
            .is_match(lead)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a multiple of another figure (是…的N倍), not a level",
        ));
    }
    // `“去年我们带动了周边200多户农户增收`: words someone is quoted as saying (a quote opened
    // before the figure and not closed), not a statement of the text's own.
    if name.starts_with('“') && !name.contains('”') {
        return Some(Review::new(
            ReviewKind::Speech,
            "in a quoted speech (“…): whose figure, of when?",
        ));
    }
    // `达产后年产值超200亿元`, `项目全面建成投产后将平均每年实现营收35,872万`: what a project
    // yields once built, in a year the clause does not name.
    if regex!(r"(?:达产|投产|建成|竣工|运营)后").is_match(before_figure)
        && !regex!(r"20\d\d\s*年").is_match(clause_text)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "what a project yields once built (达产后): in which year?",
        ));
    }
    // `“两重”“两新”项目18个、21.1亿元`, `引进…项目90个、总投资173亿元`, `签约省外项目519个,总投资
    // 2166.5亿元`: a count of projects whose amount follows is told by the amount (the corpus convention since round p); the
    // count alone is no indicator.
    if matches!(f.unit.as_str(), "个" | "项")
        && name.ends_with("项目")
        && regex!(r"^\s*(?:、\s*[^，,。；;、\d]{0,6}|[,，]\s*(?:计划|合计|共计|累计)?(?:总投资|投资总额|投资)(?:约|达|超)?\s*)\d+(?:\.\d+)?\s*(?:亿|万)元")
            .is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of projects whose amount follows: the amount is the indicator",
        ));
    }
    // `总投资250亿元的13个重大项目开工建设`: the number of projects whose total investment
    // stands before them is told by the amount, as when it follows.
    if matches!(f.unit.as_str(), "个" | "項" | "项" | "個")
        && regex!(r"投资\s*\d+(?:\.\d+)?\s*(?:亿|万)元\s*的\s*$").is_match(before_figure)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of projects whose total investment precedes: the amount is the indicator",
        ));
    }
    // `发放产业奖补377户45.5万元`, `脱贫户小额信贷125户611.04万元`: a count of the households or
    // firms paid, right before the amount paid, is told by the amount (as a count of projects).
    if matches!(f.unit.as_str(), "户" | "家")
        && regex!(r"^\s*、?\s*\d+(?:\.\d+)?\s*(?:亿|万)?元").is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of households or firms paid, right before the amount: the amount is the indicator",
        ));
    }
    // `华大30兆瓦生物质发电、年产6万吨减水剂等13个项目参加…集中开工`: a size inside the name of a
    // project the list counts — a project's name, no indicator's level.
    if f.unit != "个"
        && regex!(
            r"^[^，,。；;：:]{0,60}?等\s*\d+\s*(?:(?:个|個|项|項)[^，,。；;\d]{0,12}?|[^，,。；;\d条條座家所户戶人名]{0,4})(?:项目|項目)"
        )
        .is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a size in the name of a project a list counts (…等N个项目): part of a name",
        ));
    }
    // `天工膜材公司年产3.6亿平方米高性能锂离子电池隔膜项目顺利开工`: what one project is to make
    // a year, inside its name — a project's size, no indicator's level (once built, `…年产5.5万吨
    // 氢能项目建成投产`, the capacity it added).
    if f.unit != "个"
        && regex!(r"年产(?:能)?\s*$").is_match(before_figure)
        && regex!(r"^[^，,。；;、\d]{0,24}?(?:项目|項目)").is_match(&norm[f.end..])
        && !regex!(r"^[^，,。；;]{0,30}?(?:建成|投产|投用|竣工)").is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a yearly output in the name of a project (年产…项目): part of a name",
        ));
    }
    // `占地面积125亩`, `总建筑面积约11万平方米`, `一期地块60亩`: the size of a project's site or
    // buildings, no indicator a plan tracks over years (the corpus keys them as targets without
    // a year); land approved or reused (`获批建设用地`, `盘活低效工业用地`) stays a figure.
    if regex!(r"亩|平方|公顷|㎡").is_match(&f.unit)
        && regex!(r"占地|建筑面积|用地面积|地块|规划面积|单体建筑|建筑规模").is_match(name)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the size of a project's site or buildings (占地/建筑面积): no indicator's level",
        ));
    }
    // `全长25公里的衡州大道数字经济走廊`, `该项目总设计里程达200公里`: the length of one road,
    // corridor or line — a project's size, as its site's (a region's total, `光缆总长达18.1万公里`,
    // stays a figure).
    if regex!(r"^(?:万|千)?(?:公里|米)$").is_match(&f.unit)
        && regex!(r"全长|设计里程").is_match(name)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the length of one road, corridor or line (全长, 设计里程): a project's size",
        ));
    }
    // `中国电信鄱阳湖智算中心项目总投资20亿元`, `此次开工的白城绿色算力与数据产业园项目,总投资63亿`:
    // one project's planned investment, in a sentence that names no year and counts no projects
    // — a project's size, which the corpus keys as a target without a year (as its site's). So is
    // its planned or designed capacity and its contract price (`智算中心…规划承载2500P算力`,
    // `1号楼可承载1.2P的算力`, `智算中心项目(二标段)中标价格约为13亿元`).
    let sentence = &norm[super::tense::full_stop_start(norm, f.start)..f.start];
    if regex!(r"总投资|计划投资|规划(?:承载|安装|建设|算力|面积|规模|容量)|可承载|中标价")
        .is_match(name)
        && regex!(r"项目|中心|基地|产业园|工程").is_match(sentence)
        && !regex!(r"\d+\s*[个個项項]|20\d\d|今年|去年|全年|年度|当年").is_match(sentence)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "one project's planned investment or capacity, in no stated year: a project's size",
        ));
    }
    // `投資74億元的葦子峪抽水蓄能電站項目確定最優站址`, `投資9億元、作為全省第一批試點的…儲能示范項目`,
    // `投資6.5億元的100兆瓦分散式風力發電項目`:
    // an amount that describes the project named after it (`…的…项目`) is that project's planned investment — a project's size (keyed as a
    // target without a year), not an amount the year invested.
    if regex!(r"^(?:总|计划|计划总)?投资$").is_match(name)
        && regex!(r"亿元|万元").is_match(&f.unit)
        && regex!(
            r"^(?:、[^，,。；;、\d%]{0,16})?的(?:\d+(?:\.\d+)?\s*(?:万千瓦|千瓦|兆瓦|MW|吉瓦|GW))?[^，,。；;、\d%]{1,25}?(?:项目|工程)"
        )
            .is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the planned investment of the project named after it (投资…的…项目): a project's size",
        ));
    }
    // `5G用户规模突破3000万户,达3026万户`, `地区生产总值首破1000亿元,达1041亿元`, `首次跨越1500亿元
    // 大关,达到1536亿元`: a threshold crossed, then the value itself.
    if regex!(r"突破|超过$").is_match(norm[f.verb_start..f.start].trim_end())
        || regex!(r"(?:首破|首次突破|(?:首次)?(?:跨越|跨过|迈上|迈过|站上|越过)了?)$")
            .is_match(before_figure.trim_end())
    {
        let unit = norm.get(f.unit_span.0..f.unit_span.1).unwrap_or("");
        let after = &norm[f.end..];
        // (`首次突破10亿元大关,达10.8亿元`: the threshold's word may close it; `首次突破2000亿元、
        // 达2010.9亿元`: a `、` may stand for the comma; `首次突破300亿元,预计达到306亿元`: the value
        // may be an estimate)
        let exact = regex!(
            r"^\s*(?:大关|关口)?\s*[,，、]\s*(?:预计|实际)?\s*(?:达到|达|为)\s*\d+(?:\.\d+)?\s*(\S{1,4})"
        );
        if !unit.is_empty()
            && exact
                .captures(after)
                .is_some_and(|c| c[1].starts_with(unit))
        {
            return Some(Review::new(
                ReviewKind::Threshold,
                "a threshold crossed (突破…), the value follows (达…)",
            ));
        }
    }
    // `连续跨越3000亿元和4000亿元两个台阶`, `国内生产总值先后跨越2500亿元、3000亿元、3500亿元台阶`:
    // thresholds crossed one after another, in years the clause does not name — no level of
    // any one year (with the years listed, `在1988年、1998年、2016年先后跨越…`, each is dated).
    if regex!(r"(?:先后|连续|相继|接连)\s*(?:跨越|跨过|迈上|迈过|突破|越过|跨上)")
        .is_match(clause_text)
        && regex!(r"台阶|大关|关口").is_match(clause_text)
        && !regex!(r"(?:19|20)\d\d\s*年").is_match(clause_text)
    {
        return Some(Review::new(
            ReviewKind::Threshold,
            "thresholds crossed one after another (先后跨越…台阶), in years not stated",
        ));
    }
    // `新型工业化18条、奶产业10条、房地产12条等政策直达快享`, `助企纾困22条…等措施`: the articles of
    // a policy package, no indicator a plan tracks (the corpus keys skip them).
    if f.unit == "条"
        && regex!(r"^[^，,。；;]{0,30}?(?:等)?(?:政策|措施|举措|意见)").is_match(&norm[f.end..])
        && !regex!(r"^\s*(?:以上|左右)?\s*[^，,。；;、\d]{0,4}(?:线路|道路|街区|生产线|航线)")
            .is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the articles of a policy package (N条…措施), not a plan's indicator",
        ));
    }
    // `9项强县工程经济指标增速在全省百强县市中稳居第一`, `3项指标增速居全市第二`: a count of
    // indicators by their rank (corpus convention (6) skips rankings), not a level.
    // (`6项排名第一`, `山东13项位居全国前三`: the count of such indicators, its word unsaid)
    // (`21项指标达到预期`, `31项指标可以达到或超过年初确定的目标`, `35项预期性指标中`: a count of
    // indicators by whether they met their goals, also not a level)
    if matches!(f.unit.as_str(), "项" | "个")
        && (regex!(r"^[^，,。；;]{0,16}指标[^，,。；;]{0,16}(?:居|位居|稳居|排名|位列|名列)")
            .is_match(&norm[f.end..])
            || regex!(r"^\s*(?:排名|位居|位列|名列|稳居)").is_match(&norm[f.end..])
            || (f.unit == "项"
                && regex!(r"^\s*(?:主要)?(?:经济)?(?:预期性|约束性)?指标")
                    .is_match(&norm[f.end..])))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of indicators by their rank, not a plan's indicator",
        ));
    }
    // `荣获国家和省市荣誉112项`, `…等36项国字号荣誉纷至沓来`, `荣获…等19项大奖`, `揽获国家级殊荣1项`:
    // a count of honours or awards (corpus convention (5) skips awards), not a plan's indicator.
    // (A plan's own count of science prizes, `获得省科技进步奖2项以上`, is one.)
    if matches!(f.unit.as_str(), "项" | "个")
        && regex!(r"荣誉|称号|大奖|奖项|殊荣").is_match(&name_and_after(name, norm, f.end, 12))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of honours or titles, not a plan's indicator",
        ));
    }
    // `制定落实帮扶措施1140项`, `签订校地、校企合作协议18项`, `50项民生实事高质量完成`, `4项改革经验
    // 获省《竞跑者》推广`: a count of measures, signed agreements, promised tasks or reforms
    // (corpus convention (5) skips agreements and tasks), not a plan's indicator.
    if matches!(f.unit.as_str(), "项" | "件" | "条" | "个" | "家")
        && regex!(r"措施|合作协议|签署协议|签订协议|民生实事|办实事|改革经验|经验做法")
            .is_match(&name_and_after(name, norm, f.end, 12))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of measures, signed agreements, promised tasks or reforms, not a plan's indicator",
        ));
    }
    // `11项工作获得省政府真抓实干督查激励`, `6个乡镇入围全国综合实力千强镇`, `26家企业入选全市“百强”`,
    // `11个“灌区造”农产品入选全国名特优新农产品名录`, `其中7个入选市级案例`, `共提出提案202件`: a count of works, places or firms by the award, ranking or list they
    // won a place in (corpus conventions (5) and (6) skip them), or of a congress's proposals —
    // not a plan's indicator. (`百强` alone names a class of firms a plan may count:
    // `省电子信息百强企业2家`.)
    if matches!(f.unit.as_str(), "项" | "个" | "家" | "件" | "次")
        && regex!(
            r"督查激励|荣登|入围|上榜|跻身|入选[^，,。；;]{0,12}(?:百强|名录|名单|案例)|提案|立案"
        )
        .is_match(&name_and_after_in_clause(name, norm, f.end, 24))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count by an award, a ranking or a list entered (督查激励, 入围, 入选百强), or of proposals: not a plan's indicator",
        ));
    }
    // `县级领导外出招商12次`, `开展政银企座谈会等活动12次`, `10余场大型促消费活动`: a count of
    // meetings, visits or campaigns (corpus convention (5) skips them), not a plan's indicator.
    if matches!(f.unit.as_str(), "次" | "场")
        && regex!(r"招商|座谈|活动|会议|现场会|调研|观摩|攻坚|走访|对接|洽谈|推介")
            .is_match(&name_and_after(name, norm, f.end, 10))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of meetings, visits or campaigns, not a plan's indicator",
        ));
    }
    // `近200名行业专家、企业家齐聚秦巴山区`: the people or firms a meeting gathered (corpus
    // convention (5) skips meetings), not a plan's indicator.
    if matches!(f.unit.as_str(), "名" | "人" | "位" | "家")
        && regex!(r"齐聚|出席|参会|与会").is_match(&name_and_after(name, norm, f.end, 14))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the people or firms a meeting gathered (齐聚, 出席), not a plan's indicator",
        ));
    }
    // `1万P即每秒完成1万亿亿次运算`, `1万P算力相当于500万台高性能计算机的计算能力`: one unit of a
    // measure explained, no level of anything.
    // (and what that unit is said to be, inside the same brackets: `(1万P即每秒完成1万亿亿次运算)`)
    let bracket_open = norm[..f.start]
        .rfind(['(', '（'])
        .map(|p| &norm[p..f.start])
        .filter(|b| !b.contains([')', '）']));
    if (f.value == 1.0
        && regex!(r"^\s*[^\d，,。；;]{0,4}?(?:即|相当于|等于)").is_match(&norm[f.end..]))
        || bracket_open.is_some_and(|b| regex!(r"\d[^\d]{0,4}?(?:即|相当于|等于)").is_match(b))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "one unit of a measure explained (1万P即…, …相当于…), not a level",
        ));
    }
    // `每投入1元就引回15元投资`: the unit a ratio is per (`每投入1元`) and the ratio's value after
    // it (`就…15元`) — a rate per unit spent, no level of the year.
    if regex!(r"每(?:投入|花|增加|新增)?\s*$").is_match(before_figure)
        || regex!(r"每(?:投入|花|增加|新增)?\s*1\s*(?:元|万元|亿元)[^，,。；;\d]{0,6}$")
            .is_match(before_figure)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a rate per unit (每投入1元…): the unit and what it returns, not a level",
        ));
    }
    // `全年日照时长超3000小时`, `风能可利用时间达3500-5000小时`, `年均气温7摄氏度`, `平均海拔4200米`:
    // a place's natural conditions, which no plan sets (the corpus keys them without a year;
    // `日照` alone is also a city's name).
    if regex!(r"日照时|气温|降水量|降雨量|风速|风能可利用|无霜期|海拔").is_match(name)
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a natural condition (sunshine, temperature, altitude), not a plan's indicator",
        ));
    }
    // `男性25.79万人`, `女性人口22.61万人`: a split of the population by sex (the corpus keys
    // skip it), no indicator a plan sets.
    if regex!(r"^(?:其中)?(?:男性|女性)").is_match(name) {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a split of the population by sex, not a plan's indicator",
        ));
    }
    if f.group_size {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "the size of the group the next figure is of (N个…M个): not a value of its own",
        ));
    }
    // `高于全国1个、全省0.5个百分点`: percentage points, the word said once for the list.
    if f.unit == "个"
        && regex!(r"^\s*、[^，,。；;\d]{0,8}\d+(?:\.\d+)?\s*个百分点").is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::Change,
            "a change in percentage points (…1个、…0.5个百分点), not a level: against which year?",
        ));
    }
    // `全州经济总量连跨3个百亿元台阶`, `4年时间跨了3个“百亿台阶”`: how many thresholds were
    // crossed, no level.
    if f.unit == "个"
        && regex!(r#"^\s*[“"]?[^，,。；;\d]{0,6}?(?:台阶|大关|关口)"#).is_match(&norm[f.end..])
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a count of thresholds crossed (跨越3个百亿元台阶), not a level",
        ));
    }
    if f.unit == "个百分点" {
        return Some(Review::new(
            ReviewKind::Change,
            "a change in percentage points, not a level: against which year?",
        ));
    }
    // `城乡居民人均可支配收入…高于全国3525元、全省5476元`: an amount above the nation's or the
    // province's level is a gap, no level of its own.
    if f.unit != "%"
        && regex!(r"(?:超出|高出|高于|低于)(?:全国|全省|全市|全区|全州|全县|全盟)(?:平均(?:水平|值|数)?)?\s*$")
            .is_match(lead)
    {
        return Some(Review::new(
            ReviewKind::Change,
            "a gap to the nation's or province's level (高于全国X元), not a level",
        ));
    }
    // `超出全市平均11.4%`, `高于全国平均水平2.1%`: a gap to an average, no level of its own.
    if f.unit == "%"
        && regex!(r"(?:超出|高出|高于|超过|低于)(?:全国|全省|全市|全区|全州|全县|全盟)?平均(?:水平|值|数)?\s*$")
            .is_match(lead)
    {
        return Some(Review::new(
            ReviewKind::Change,
            "a gap to an average (高于…平均X%), not a level",
        ));
    }
    // `年度投资完成率110.8%`, `占年度计划的111.2%`, `完成年度目标的99.8%`: how much of a plan
    // was done, no indicator's level (the corpus convention since round p).
    if f.unit == "%"
        && (regex!(r"完成率$|进度$|[完宪]成率$").is_match(name)
            || regex!(
                r"(?:占|完成)(?:年度|全年|省下达|市下达)?[^，,。；;]{0,6}(?:计划|目标|任务)的?\s*$"
            )
            .is_match(lead))
    {
        return Some(Review::new(
            ReviewKind::NotALevel,
            "a share of a plan done (completion ratio), not an indicator's level",
        ));
    }
    // `分别为:石家庄1637.7万户`: after `分别为:` each figure stands by its own name.
    let named_after_colon = clause_text.find("分别").is_some_and(|p| {
        let p = clause.start + p;
        let between = norm.get(p..f.start).unwrap_or("");
        between.find([':', '：']).is_some_and(|c| {
            between[c..]
                .chars()
                .filter(|ch| ('\u{4e00}'..='\u{9fff}').contains(ch))
                .count()
                >= 2
        })
    });
    // `规上工业增加值增长11.5%、分别高于全国、全省8.1个、6.7个百分点`: a figure right before
    // `分别` is not one of those it pairs.
    let before_respectively = clause_text.find("分别").is_some_and(|p| {
        let p = clause.start + p;
        p >= f.end
            && norm
                .get(f.end..p)
                .unwrap_or("")
                .trim_matches(['、', '，', ',', ' ', '和', '并', '且'])
                .is_empty()
    });
    // `完成地区生产总值增长5%农林牧渔业总产值增长4.2%…城乡居民人均可支配收入分别增长4.7%、6.6%`
    // (a mirror that lost its commas): a figure with another name after it before `分别` is
    // not one of those `分别` pairs — they follow it.
    // (only a figure right after its verb: `2137项依申请政务服务事项…、一网通办率分别提升至…` and
    // `5个省重点项目、30个省大中型项目…分别完成投资…` count the things the list names)
    let after_verb =
        regex!(r"(?:增长|增速|达到|达|完成|实现|为|提高到|提升至|提高|提升|下降|突破|超过)\s*$")
            .is_match(norm.get(..f.start).unwrap_or(""));
    let named_before_respectively = after_verb
        && clause_text.find("分别").is_some_and(|p| {
            let p = clause.start + p;
            p >= f.end
                && regex!(r"\p{Han}{4,}")
                    .find_iter(norm.get(f.end..p).unwrap_or(""))
                    .any(|m| !regex!(r"^(?:比上年|较上年|同比|比去年)").is_match(m.as_str()))
        });
    if clause_text.contains("分别")
        && !named_after_colon
        && !before_respectively
        && !named_before_respectively
    {
        return Some(Review::new(
            ReviewKind::Respectively,
            "several figures share one sentence (分别): which name goes with which?",
        ));
    }
    None
}

/// A figure's name and the `n` characters after the figure (`铜陵` + `项工作获省政府真抓实干督查激励`):
/// where a count's noun and what it won or attended are read.
fn name_and_after(name: &str, norm: &str, end: usize, n: usize) -> String {
    format!("{name}{}", norm[end..].chars().take(n).collect::<String>())
}

/// [`name_and_after`], the words after the figure only up to the end of its clause.
fn name_and_after_in_clause(name: &str, norm: &str, end: usize, n: usize) -> String {
    let after: String = norm[end..]
        .chars()
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';'))
        .take(n)
        .collect();
    format!("{name}{after}")
}
