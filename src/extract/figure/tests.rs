//! Unit tests of the figures of a line: numbers, units, verbs and qualifiers, each from a
//! sentence of a seed plan or a development document.

use super::*;

fn one(s: &str) -> Figure {
    let f = figures(s);
    assert_eq!(f.len(), 1, "{s}: {f:?}");
    f.into_iter().next().unwrap()
}

/// 440 陇西, 601 松原 (communiqués): a ratio's unitless level after its name and `为`
/// (`人口性别比为100.95`); 390 鄞州: `收入倍差缩小至1.66`. A bare number after `为` and any
/// other name is no figure (`项目编号为1024`).
#[test]
fn a_ratios_unitless_level_is_a_figure() {
    let f = one("年末全市人口性别比为100.95");
    assert_eq!((f.value, f.unit.as_str()), (100.95, ""));
    let f = one("城乡居民收入倍差缩小至1.66");
    assert_eq!((f.value, f.unit.as_str()), (1.66, ""));
    assert!(figures("项目编号为1024").is_empty());
}

#[test]
fn units_verbs_and_qualifiers_from_the_seed_sentences() {
    let f = one("全市互联网出口带宽达3280G");
    assert_eq!((f.value, f.unit.as_str()), (3280.0, "G"));
    let f = one("全市5G基站超1200个");
    assert_eq!((f.value, f.unit.as_str()), (1200.0, "个"));
    assert_eq!(f.target_comparator(), Comparator::Gt);
    // 信息基础设施重大工程建设三年行动方案 (pinyin mirror).
    let f = one("提供1000 兆比特每秒以上接入服务能力");
    assert_eq!((f.value, f.unit.as_str()), (1000.0, "兆比特每秒"));
    let f = one("数字经济增加值年均增速10%左右");
    assert_eq!(f.target_comparator(), Comparator::Eq);
    let f = one("创新研发基地达到20家以上");
    assert_eq!(f.target_comparator(), Comparator::Ge);
    let f = one("本市建设4G基站4000余座");
    assert_eq!((f.value, f.unit.as_str()), (4000.0, "座"));
    assert_eq!(f.qualifier, Qualifier::AtLeast { strict: true });
    let f = one("累计开通用户6千余人");
    assert_eq!((f.value, f.unit.as_str()), (6000.0, "人"));
    let f = one("电子商务交易额达到259.66亿元");
    assert_eq!((f.value, f.unit.as_str()), (259.66, "亿元"));
    let f = one("已接入共享数据量达3600万余条");
    assert_eq!((f.value, f.unit.as_str()), (3600.0, "万条"));
    // 066 容县: `余` before the multiplier.
    let f = one("宽带乡村累计投资5600余万元");
    assert_eq!((f.value, f.unit.as_str()), (5600.0, "万元"));
    assert_eq!(f.qualifier, Qualifier::AtLeast { strict: true });
    // 176 洞头: person-years.
    let f = one("每万名就业人员中研发人员达到209人年以上");
    assert_eq!((f.value, f.unit.as_str()), (209.0, "人年"));
    let f = one("打造10—20个上云平台示范企业");
    assert_eq!(f.value, 10.0);
    assert!(f.notes[0].contains("range 10–20"));
    let f = one("PUE值降至1.3以下");
    assert_eq!(f.target_comparator(), Comparator::Le);
    let f = one("新增干线光缆9 万公里");
    assert_eq!((f.value, f.unit.as_str()), (9.0, "万公里"));
    let f = one("不低于100Mbps");
    assert_eq!(
        (f.unit.as_str(), f.target_comparator()),
        ("Mbps", Comparator::Ge)
    );
}

#[test]
fn a_statistics_scope_is_no_figure() {
    // 贵阳 (117): `500万口径软件业务收入达173.33亿元`.
    let f = figures("1月至7月,500万口径软件业务收入达173.33亿元");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(173.33, "亿元")]);
}

#[test]
fn kilowatt_hours_are_a_unit() {
    // 伊吾 (323): `日均发电量达300千瓦时`.
    let f = figures("日均发电量达300千瓦时");
    assert_eq!((f[0].value, f[0].unit.as_str()), (300.0, "千瓦时"));
    // 3033 山东: `日供氢能力达到6700千克` — kilograms, not 6,700,000 of nothing.
    let f = figures("日供氢能力达到6700千克");
    assert_eq!((f[0].value, f[0].unit.as_str()), (6700.0, "千克"));
    let f = figures("装机容量达50万千瓦");
    assert_eq!((f[0].value, f[0].unit.as_str()), (50.0, "万千瓦"));
    // 甘孜 (949): kilovolt-amperes, `户均配变容量…提升到2.985千伏安`, `变电容量141万千伏安`.
    let f = figures("户均配变容量提升到2.985千伏安");
    assert_eq!((f[0].value, f[0].unit.as_str()), (2.985, "千伏安"));
    let f = figures("变电容量141万千伏安");
    assert_eq!((f[0].value, f[0].unit.as_str()), (141.0, "万千伏安"));
}

#[test]
fn sizes_joined_by_he_share_their_yishang() {
    // Dev 285: `5亿元和3000万美元以上项目423个` counts projects of two size classes.
    let f = figures("三年来,泰州市累计新开工5亿元和3000万美元以上项目423个,计");
    let v: Vec<f64> = f.iter().map(|f| f.value).collect();
    assert_eq!(v, [423.0]);
    let f = figures("利用外资3.2亿美元");
    assert_eq!((f[0].value, f[0].unit.as_str()), (3.2, "亿美元"));
}

#[test]
fn a_size_that_admits_to_a_group_is_no_figure() {
    // 丰台 (077): the group's count follows its noun at once.
    let f = figures("仅今年上半年全区新设注册资本5000万元以上企业361家");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(361.0, "家")]);
    // 黎平县 (065): a village size (`30户以上自然村寨`) is never the figure.
    let f = figures("累计完成67座4G基站的优化补点、134个30户以上自然村寨宽带网络的建设");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(67.0, "座"), (134.0, "个")]);
    // Two sizes joined by `和` are two goals, each kept.
    let f = figures("建成20家以上互联网医院和100个以上智慧药房");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(20.0, "家"), (100.0, "个")]);
}

#[test]
fn statistics_units_and_negative_rates() {
    // 衡阳县 (172): `千公顷` is a unit as written; a growth rate may be negative.
    let f = figures("全年粮食播种面积85.76千公顷,增加0.09千公顷");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(85.76, "千公顷"), (0.09, "千公顷")]);
    let f = figures("支出同比增速分别为-9.4%、23.0%");
    let got: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(got, [-9.4, 23.0]);
    // 宁远县 (204): a negative rate right after its verb.
    let f = figures("地区生产总值2616611万元,同比增长-0.5%。第二产业增加值同比增长-6.6%");
    let got: Vec<_> = f.iter().map(|f| f.value).collect();
    assert_eq!(got, [2616611.0, -0.5, -6.6]);
    // A hyphen inside a code is no sign.
    assert!(figures("10G-PON端口").iter().all(|f| f.value > 0.0));
}

#[test]
fn bandwidth_in_gigabits_is_a_unit() {
    // 黎平县 (065): `620千兆位` is 620 gigabits, not 620,000.
    let f = figures("目前全县互联网出口带宽达620千兆位");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(620.0, "千兆位")]);
}

#[test]
fn traffic_counted_in_vehicle_trips_is_one_unit() {
    // 满洲里 (1050): `年通过能力达1000万人次、车辆120万辆次、货物1000万吨`: `万辆次` is the
    // unit, not `万辆` followed by a name `次、货物`.
    let f = figures("年通过能力达1000万人次、车辆120万辆次、货物1000万吨");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(
        got,
        [(1000.0, "万人次"), (120.0, "万辆次"), (1000.0, "万吨")]
    );
    let f = figures("起降航班2.3万架次");
    assert_eq!((f[0].value, f[0].unit.as_str()), (2.3, "万架次"));
}

#[test]
fn a_number_after_gdp_is_its_value() {
    // 林州 (1341): `2022年,该市完成GDP657.4亿元,同比增长4.8%`.
    let f = figures("2022年,该市完成GDP657.4亿元,同比增长4.8%");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(657.4, "亿元"), (4.8, "%")]);
    // Other codes glued to letters stay names.
    assert!(figures("IPv6改造").is_empty());
    assert!(figures("G20峰会").is_empty());
}

#[test]
fn a_unit_per_head_is_one_unit() {
    // 樟树 (107): `全员劳动生产率从2015年的8.22万元/人增长到2020年的11.77万元/人`.
    let f = figures("从2015年的8.22万元/人增长到2020年的11.77万元/人");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(8.22, "万元/人"), (11.77, "万元/人")]);
}

#[test]
fn cases_are_counted_in_li() {
    // 滨州 数字强市建设规划 (084).
    let f = figures("培育5G行业典型应用案例30例,其中18例获全省推广");
    let got: Vec<(f64, &str)> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(30.0, "例"), (18.0, "例")]);
    assert!(figures("30例如").is_empty());
}

#[test]
fn names_codes_years_and_ordinals_are_not_figures() {
    for s in [
        "5G基站建设",
        "IPv6改造",
        "到2025年",
        "第3项",
        "0473-3998335",
        "1.电话反馈",
        "2022—2025年",
        "H5页面",
        "总体架构如图2—1所示",
        "在数字筑基、数字惠民等6个方面重点发力",
        "简称“数字经济13条”",
        "加快10G-PON设备规模部署",
        // 山西 (149): the same name with a blank.
        "千兆接入的10G PON端口规模",
        // 庆阳 (905): a rack's rated power names the kind of rack.
        "新增上線投運2.5kW標準機架",
        "新增2.5千瓦标准机架",
        "滚动实施投资500万元以上的数字化技改项目",
        // 江苏信息通信业“十四五”规划 (news): counts of indicators and projects.
        "从建设新型数字基础设施、推动数字化应用服务等方面提出21个行业发展定量指标",
        "全省政务大数据中心建设工程等21项重大信息化工程",
        // 湖北 (pinyin mirror): the basis of a conversion.
        "按标准机架2.5 KW/架计算",
        // 河北 (057) and 江西 (054): a change of rank, sizes that admit to a group.
        "河北省综合算力指数排名全国第1,比2023年提升3个位次",
        "互联网年业务收入超过2000万的企业",
        "全省时速250公里以上的高铁",
        "覆盖河北省32个工业大类、92个工业中类、135个工业小类",
        // 山东 2023 行动方案 (081): how many agencies issued it.
        "山东省工业和信息化厅等8部门4月27日印发",
    ] {
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
}

/// 1488 漳平, 1035 枣阳: a rank in `名` as in `位` (`进入全省前10名`), and the rank a verb of
/// rising leaves (`由第100位升至今年第86位` read from `100位升至`), are no figures; a count of
/// people in `名` stays one.
#[test]
fn ranks_in_ming_and_a_rank_left_behind_are_no_figures() {
    assert!(figures("高考连续两年有物理类学子进入全省前10名").is_empty());
    assert!(figures("县域经济排名由去年100位升至今年第86位").is_empty());
    let f = one("新增高层次人才2416名");
    assert_eq!((f.value, f.unit.as_str()), (2416.0, "名"));
}

/// 1522 浙江, 1438 山西: the count of a province's cities a sentence goes on to tell of (`浙江11个
/// 设区市陆续公布…`, `浙江省11个市的GDP同比增速均为两位数`) is its make-up, no figure; a count of
/// what the cities built stays one.
#[test]
fn the_count_of_a_provinces_cities_is_no_figure() {
    assert!(figures("浙江11个设区市陆续公布2021年第一季度经济运行情况").is_empty());
    assert!(figures("浙江省11个市的居民收入稳步提高").is_empty());
    let f = one("全省新建5G基站3000个");
    assert_eq!((f.value, f.unit.as_str()), (3000.0, "个"));
}

/// 154 巨野, 1675 山东, 1704 湖北, 2017 山东: the size a class of things passes (`过10亿元项目6个`,
/// `全省拥有3个过4亿吨大港`, `在过5万亿经济大省中增速第一`, `北方第一个过10万亿元省份`) names the
/// class, no value; what passes a size (`超过110万辆`) stays a figure.
#[test]
fn the_size_a_class_passes_is_no_figure() {
    let f = one("过10亿元项目6个");
    assert_eq!((f.value, f.unit.as_str()), (6.0, "个"));
    assert!(figures("在过5万亿经济大省中增速第一").is_empty());
    assert!(figures("成为北方第一个过10万亿元省份").is_empty());
    let f = one("新能源汽车超过110万辆");
    assert_eq!((f.value, f.unit.as_str()), (110.0, "万辆"));
}

/// 2085, 2044 (news of the national health plan): an age is a unit (`人均预期寿命从76.34岁提高到
/// 77.93岁`), and so is a rate per so many people (`孕产妇死亡率从20.1/10万降至16.9/10万`); an age
/// bracket (`0-17岁户籍人口`, `15岁以上吸烟率`) or a person's age (`23岁的次仁拉吉`) is no figure.
#[test]
fn ages_and_rates_per_hundred_thousand_are_units() {
    let f = figures("人均预期寿命从76.34岁提高到77.93岁");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(76.34, "岁"), (77.93, "岁")]);
    let f = figures("孕产妇死亡率从20.1/10万降至16.9/10万");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(20.1, "/10万"), (16.9, "/10万")]);
    let f = one("人均预期寿命将达80岁以上");
    assert_eq!((f.value, f.unit.as_str()), (80.0, "岁"));
    assert!(figures("0-17岁户籍人口").is_empty());
    let f = one("15岁以上吸烟率下降到23.3%");
    assert_eq!((f.value, f.unit.as_str()), (23.3, "%"));
    assert!(figures("23岁的次仁拉吉今年大学毕业").is_empty());
}

/// 2296 河北 (news of 2021 on the thirteenth plan's ecology results): `全省PM2.5平均浓度44.8微克/立方米`
/// is a concentration in micrograms per cubic metre, a unit of its own (as `微克每立方米`, `毫克/升`).
#[test]
fn concentrations_are_units() {
    let f = figures("2020年,全省PM2.5平均浓度44.8微克/立方米,较2015年下降40%");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(44.8, "微克/立方米"), (40.0, "%")]);
    let f = one("PM2.5浓度降至26.5微克每立方米以下");
    assert_eq!((f.value, f.unit.as_str()), (26.5, "微克每立方米"));
    let f = one("化学需氧量浓度低于20毫克/升");
    assert_eq!((f.value, f.unit.as_str()), (20.0, "毫克/升"));
    // 2568 许昌示范区: the same in symbols (`PM10平均浓度106μg/m3`), not 106 of a Latin `g`
    let f = figures("PM10平均浓度106μg/m3,PM2.5平均浓度84µg/m³");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(106.0, "μg/m3"), (84.0, "µg/m³")]);
}

/// 2331 安徽 (a traditional mirror converted to Taiwan's usage): `2024年的5.06兆元` is 5.06
/// trillion yuan (`万亿元`), the unit as written; `兆瓦` stays megawatts.
#[test]
fn trillions_written_as_zhao_are_a_unit() {
    let f = one("地區生產總值從「十三五」末的3.87兆元");
    assert_eq!((f.value, f.unit.as_str()), (3.87, "兆元"));
    let f = one("光伏装机达到500兆瓦");
    assert_eq!((f.value, f.unit.as_str()), (500.0, "兆瓦"));
}

/// 2173 湖北 (news of December 2024): `湖北算力规模突破1万P` is a quantity, ten thousand
/// petaflops — the multiplier tells it from a network generation (`5G基站`, `4G网络`), which is
/// no figure.
#[test]
fn a_latin_unit_after_a_multiplier_is_a_quantity() {
    let f = one("湖北算力规模突破1万P");
    assert_eq!((f.value, f.unit.as_str()), (1.0, "万P"));
    assert!(figures("建成5G基站").is_empty());
    assert!(figures("4G网络覆盖").is_empty());
}

/// 2230 广西: `集装箱吞吐量1197万标箱` — containers counted in twenty-foot units, a unit, so the
/// name before the figure stays its name.
#[test]
fn twenty_foot_units_are_a_unit() {
    let f = one("集装箱吞吐量1197万标箱");
    assert_eq!((f.value, f.unit.as_str()), (1197.0, "万标箱"));
}

/// 2601 安徽, 2595 济源, 2604 吉林 (agriculture news): a yield in 公斤 (per 亩) or 斤; 1678 湖北:
/// a latency in 毫秒; 1602 绵阳: a score in 分; 2599 张家港: a negative rate after its name;
/// 2016 (the 15th plan's outline): years of schooling. Not a figure: a time of day (`21时39分`),
/// a fraction (`3分之1`), `1斤半` (the number is not the value).
#[test]
fn yields_latencies_scores_negative_rates_and_years_of_schooling() {
    let f = one("单产377.28公斤/亩");
    assert_eq!((f.value, f.unit.as_str()), (377.28, "公斤/亩"));
    let f = one("糧食單產達到每畝958.2斤");
    assert_eq!((f.value, f.unit.as_str()), (958.2, "斤"));
    let f = one("省内5毫秒");
    assert_eq!((f.value, f.unit.as_str()), (5.0, "毫秒"));
    let f = one("以86.4分的总分居全省第二");
    assert_eq!((f.value, f.unit.as_str()), (86.4, "分"));
    let f = one("户籍人口自然增长率-6.55‰");
    assert_eq!((f.value, f.unit.as_str()), (-6.55, "‰"));
    let f = one("劳动年龄人口平均受教育年限提高到11.7年");
    assert_eq!((f.value, f.unit.as_str()), (11.7, "年"));
    assert!(figures("2020年6月18日21时39分").is_empty());
    assert!(figures("占3分之1").is_empty());
    assert!(figures("多贡献1斤半").is_empty());
    assert!(figures("连续5年增长").is_empty());
}

/// 2712 广东: a reach in time that names a circle (`10分钟健身圈`, `1小时经济圈`) is no figure.
#[test]
fn a_reach_in_time_naming_a_circle_is_no_figure() {
    assert!(figures("其他地区优化提升15分钟健身圈").is_empty());
    assert!(figures("构建1小时高铁生活圈").is_empty());
    let f = one("平均审批时间压缩至15分钟");
    assert_eq!((f.value, f.unit.as_str()), (15.0, "分钟"));
}

/// 2779 海丰县, 2776 云南 (work-safety reports): accidents counted in `起`; 2781 咸安区: an area
/// in `㎡`; 2788 大同: samples in `批次`. A code of letters and digits (`索引号: 11441521MB2C95788X`)
/// is no figure in `MB`.
#[test]
fn accidents_areas_in_square_metres_batches_and_codes() {
    let f = one("全县发生各类生产安全事故14起");
    assert_eq!((f.value, f.unit.as_str()), (14.0, "起"));
    let f = one("总面积954933.1㎡");
    assert_eq!((f.value, f.unit.as_str()), (954933.1, "㎡"));
    let f = one("完成食品抽检11183批次");
    assert_eq!((f.value, f.unit.as_str()), (11183.0, "批次"));
    assert!(figures("索引号: 11441521MB2C95788X").is_empty());
    let f = one("数据中心存储容量达到500PB");
    assert_eq!((f.value, f.unit.as_str()), (500.0, "PB"));
}
