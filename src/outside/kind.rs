//! What kind of indicator a target is about, and which level of government set it — inferred
//! from the indicator's name (Chinese or English), its unit and the region, because users' files
//! and real plans rarely carry a category column.
//!
//! The rules are a short ordered list, written on the names of three quarters of the plans of
//! `seeds/outcomes/targets_2021_2025.csv` and tested on the rest (`tests/record.rs`: the plans
//! whose title's FNV-1a hash is 0 mod 4 were held out before the names were read). The first
//! rule that matches decides:
//!
//! | kind | rule (name contains … / unit) |
//! |---|---|
//! | [`IndicatorKind::ShareOfGdp`] | 占GDP / 占(地区/国内)生产总值 / 相当于…生产总值 / 强度 / "share of GDP", unit % |
//! | [`IndicatorKind::Growth`] | 增长 / 增速 / 涨幅 / 降低 / 下降 / 降幅 / 提高 / 年均, or "growth", unit % or 百分点 |
//! | [`IndicatorKind::Infrastructure`] | 基站 / 机架 / 端口 / 算力 / 存力 / 带宽 / 里程 / 通达 / 装机 / 储能 / 节点 / 光纤 / 充电 |
//! | [`IndicatorKind::Adoption`] | 用户 / 普及 / 渗透 / 覆盖 / 流量 / 应用率 / 使用率 / 上云 / 接入率 / 参保 |
//! | [`IndicatorKind::Money`] | unit in 元 or 美元 (a level: revenue, sales, GDP) |
//! | [`IndicatorKind::Programmes`] | unit 个 / 家 / 项 / 件 and 示范 / 试点 / 平台 / 项目 / 中心 / 工厂 / 车间 / 案例 / 标准 / 企业 |
//! | [`IndicatorKind::Other`] | everything else (output in tonnes, jobs, life expectancy, rates) |

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::indicator::{Indicator, Region};

/// The kind of a target's indicator, as the track record of targets groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IndicatorKind {
    /// Supply-side infrastructure: base stations, racks, ports, computing power, kilometres.
    Infrastructure,
    /// Adoption: users, penetration and coverage shares, traffic shares.
    Adoption,
    /// A share of GDP (digital economy, R&D intensity).
    ShareOfGdp,
    /// A money amount: revenue, sales, output value, GDP level.
    Money,
    /// A count of programmes: demonstration sites, platforms, pilot projects.
    Programmes,
    /// A growth or change rate: GDP, investment, retail, income, CPI, energy-intensity cuts.
    Growth,
    /// Anything else.
    Other,
}

impl IndicatorKind {
    /// Every kind, in the order of the embedded coefficients.
    pub const ALL: [IndicatorKind; 7] = [
        IndicatorKind::Infrastructure,
        IndicatorKind::Adoption,
        IndicatorKind::ShareOfGdp,
        IndicatorKind::Money,
        IndicatorKind::Programmes,
        IndicatorKind::Growth,
        IndicatorKind::Other,
    ];

    /// `infrastructure`, `adoption`, `share_of_gdp`, `money`, `programmes`, `growth`, `other`.
    pub fn name(self) -> &'static str {
        match self {
            IndicatorKind::Infrastructure => "infrastructure",
            IndicatorKind::Adoption => "adoption",
            IndicatorKind::ShareOfGdp => "share_of_gdp",
            IndicatorKind::Money => "money",
            IndicatorKind::Programmes => "programmes",
            IndicatorKind::Growth => "growth",
            IndicatorKind::Other => "other",
        }
    }

    /// Position in [`IndicatorKind::ALL`].
    pub fn index(self) -> usize {
        IndicatorKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(IndicatorKind::ALL.len() - 1)
    }
}

impl fmt::Display for IndicatorKind {
    /// Words for a reason text: `infrastructure`, `share-of-GDP`, `growth-rate`, …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IndicatorKind::Infrastructure => "infrastructure",
            IndicatorKind::Adoption => "adoption",
            IndicatorKind::ShareOfGdp => "share-of-GDP",
            IndicatorKind::Money => "money",
            IndicatorKind::Programmes => "programme-count",
            IndicatorKind::Growth => "growth-rate",
            IndicatorKind::Other => "other",
        })
    }
}

/// The level of government that set a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GovernmentLevel {
    /// The national government (国务院, ministries).
    Nation,
    /// A province, autonomous region or municipality under the centre.
    Province,
    /// A prefecture-level city (地级市, 州, 盟).
    City,
    /// A county, county-level city, district or banner.
    County,
}

impl GovernmentLevel {
    /// Every level, in the order of the embedded coefficients.
    pub const ALL: [GovernmentLevel; 4] = [
        GovernmentLevel::Nation,
        GovernmentLevel::Province,
        GovernmentLevel::City,
        GovernmentLevel::County,
    ];

    /// `nation`, `province`, `city`, `county`.
    pub fn name(self) -> &'static str {
        match self {
            GovernmentLevel::Nation => "nation",
            GovernmentLevel::Province => "province",
            GovernmentLevel::City => "city",
            GovernmentLevel::County => "county",
        }
    }

    /// Position in [`GovernmentLevel::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A level word as data files write it: `nation`/`national`/`country`/`全国`,
    /// `province`/`provincial`/`省级`, `city`/`prefecture`/`地级`, `county`/`district`/`县级`;
    /// `None` for anything else (`macro_region`, empty).
    pub fn parse(word: &str) -> Option<GovernmentLevel> {
        match word.trim().to_lowercase().as_str() {
            "nation" | "national" | "country" | "全国" | "国家" => {
                Some(GovernmentLevel::Nation)
            }
            "province" | "provincial" | "省级" | "省" => Some(GovernmentLevel::Province),
            "city" | "prefecture" | "municipal" | "地级" | "市级" => {
                Some(GovernmentLevel::City)
            }
            "county" | "district" | "banner" | "县级" | "区县" => Some(GovernmentLevel::County),
            _ => None,
        }
    }
}

impl fmt::Display for GovernmentLevel {
    /// `nationally`, `in provinces`, `in cities`, `in counties` (for reason texts).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GovernmentLevel::Nation => "nationally",
            GovernmentLevel::Province => "in provinces",
            GovernmentLevel::City => "in cities",
            GovernmentLevel::County => "in counties",
        })
    }
}

const SHARE_OF_GDP: &[&str] = &[
    "占gdp",
    "占地区生产总值",
    "占国内生产总值",
    "占全市生产总值",
    "占生产总值",
    "强度",
    "share of gdp",
    "/ gdp",
    "r&d intensity",
];
const GROWTH: &[&str] = &[
    "增长", "增速", "涨幅", "降低", "下降", "降幅", "提高", "年均", "growth",
];
const INFRASTRUCTURE: &[&str] = &[
    "基站",
    "机架",
    "端口",
    "算力",
    "存力",
    "带宽",
    "里程",
    "通达",
    "装机",
    "储能",
    "节点",
    "光纤",
    "充电",
    "base station",
    "rack",
    "computing power",
];
const ADOPTION: &[&str] = &[
    "用户",
    "普及",
    "渗透",
    "覆盖",
    "流量",
    "应用率",
    "使用率",
    "上云",
    "接入率",
    "参保",
    "subscriber",
    "penetration",
    "users",
    "adoption",
];
const PROGRAMME_UNITS: &[&str] = &["个", "家", "项", "件"];
const PROGRAMMES: &[&str] = &[
    "示范", "试点", "平台", "项目", "中心", "工厂", "车间", "案例", "标准", "企业", "园区",
];

/// The kind of an indicator from its Chinese and English names and its unit (rules in the
/// module docs; case-insensitive for English).
///
/// ```
/// use plancast::{infer_kind, IndicatorKind};
/// assert_eq!(infer_kind("5G基站数", "", "万个"), IndicatorKind::Infrastructure);
/// assert_eq!(infer_kind("5G用户普及率", "", "%"), IndicatorKind::Adoption);
/// assert_eq!(infer_kind("地区生产总值增长", "", "%"), IndicatorKind::Growth);
/// assert_eq!(infer_kind("数字经济核心产业增加值占GDP比重", "", "%"), IndicatorKind::ShareOfGdp);
/// assert_eq!(infer_kind("网上零售额", "", "万亿元"), IndicatorKind::Money);
/// ```
pub fn infer_kind(name_zh: &str, name_en: &str, unit: &str) -> IndicatorKind {
    let name = format!("{name_zh} {name_en}").to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    let unit = unit.trim();
    let percent = unit.contains('%') || unit.contains("百分点");
    if percent && has(SHARE_OF_GDP) {
        IndicatorKind::ShareOfGdp
    } else if (percent || unit.contains("增长")) && has(GROWTH) {
        IndicatorKind::Growth
    } else if has(INFRASTRUCTURE) {
        IndicatorKind::Infrastructure
    } else if has(ADOPTION) {
        IndicatorKind::Adoption
    } else if unit.contains('元') {
        IndicatorKind::Money
    } else if PROGRAMME_UNITS.iter().any(|u| unit.ends_with(u)) && has(PROGRAMMES) {
        IndicatorKind::Programmes
    } else {
        IndicatorKind::Other
    }
}

/// The kind of a panel indicator ([`infer_kind`] on its names and unit).
pub fn indicator_kind(ind: &Indicator) -> IndicatorKind {
    let name = if ind.name_zh.is_empty() && ind.name_en.is_empty() {
        ind.id.as_str()
    } else {
        ind.name_zh.as_str()
    };
    infer_kind(name, &ind.name_en, &ind.unit)
}

/// Province-level units under the centre, by the start of their Chinese names.
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
];

/// The level of government of a region from its Chinese (or English) name: 全国 / China is the
/// nation; a province-level name (省, 自治区, the four municipalities) a province; a name ending
/// in 县, 旗 or 区 (not 自治区, 地区) a county; 市, 州, 盟, 地区 a city. A parenthesis after the
/// name is ignored (`清徐县(山西省太原市)` is a county). County-level cities (东台市) read as
/// cities unless the data says otherwise ([`region_level`]). `None` when no rule applies.
///
/// ```
/// use plancast::{infer_level, GovernmentLevel};
/// assert_eq!(infer_level("全国"), Some(GovernmentLevel::Nation));
/// assert_eq!(infer_level("上海市"), Some(GovernmentLevel::Province));
/// assert_eq!(infer_level("通辽市"), Some(GovernmentLevel::City));
/// assert_eq!(infer_level("准格尔旗"), Some(GovernmentLevel::County));
/// ```
pub fn infer_level(name: &str) -> Option<GovernmentLevel> {
    let name = name
        .split(['(', '（'])
        .next()
        .unwrap_or(name)
        .trim()
        .to_owned();
    let lower = name.to_lowercase();
    if name.is_empty() {
        return None;
    }
    if matches!(name.as_str(), "全国" | "中国" | "国家") || lower == "china" {
        return Some(GovernmentLevel::Nation);
    }
    let province_name = PROVINCES.iter().any(|p| {
        name == *p
            || name.strip_prefix(p).is_some_and(|rest| {
                rest.is_empty() || rest == "省" || rest == "市" || rest.ends_with("自治区")
            })
    });
    if province_name || name.ends_with("自治区") {
        return Some(GovernmentLevel::Province);
    }
    if name.ends_with("地区")
        || name.ends_with('市')
        || name.ends_with('州')
        || name.ends_with('盟')
    {
        return Some(GovernmentLevel::City);
    }
    if name.ends_with('县') || name.ends_with('旗') || name.ends_with('区') {
        return Some(GovernmentLevel::County);
    }
    None
}

/// The level of a panel region: its `level` field when it names one
/// ([`GovernmentLevel::parse`]), else [`infer_level`] on its Chinese name, then its English
/// name, then its id.
pub fn region_level(region: &Region) -> Option<GovernmentLevel> {
    GovernmentLevel::parse(&region.level)
        .or_else(|| infer_level(&region.name_zh))
        .or_else(|| infer_level(&region.name_en))
        .or_else(|| infer_level(&region.id))
}
