//! From a plan's text to its indicators, baselines and targets, each with the quote it came from.
//!
//! Plans state their numbers in two ways: an indicator table (`指标 | 2020年 | 2025年 | 属性`,
//! often flattened into one cell per line by the PDF or web page it came from) and sentences
//! (`到2025年，全市5G基站超1200个`). [`extract`] reads both and returns [`Candidate`]s: a name
//! as the plan writes it, a year, a comparator, a value with its unit as written, whether it is a
//! baseline, milestone or target, and the exact `quote` and `line`. Nothing is invented: a
//! figure that cannot be tied to a name, a year and a comparator is kept with a
//! [`Candidate::review`] reason instead of being written as data.
//!
//! Rules, each stated where it is applied:
//! - tables: the earliest of two or more year columns is the baseline, the latest the target,
//!   any between milestones; a row with fewer value cells than year columns is read as the last
//!   years (a note says so); `≤`, `>`, `以上`, `左右` in a cell give the comparator, else `>=`
//!   (`<=` when the target is below the baseline); `预期性`/`约束性` the kind; `—`, `/` are empty;
//!   `达到全省平均水平`, `高于全省平均水平`, `全区前列` are relative targets, kept;
//! - sentences: the year is the nearest year phrase before the figure in its paragraph
//!   (`到2025年`, `截至2020年底`, `“十三五”期末`, `2023—2025年` → 2025); without one, a figure
//!   in a base-year section (`发展基础`) is a baseline of the base year and one in a goals or
//!   tasks section a target of the plan's end year, each with a note; elsewhere it goes to review;
//! - `累计` and `新增` are reported as [`Basis`]; `超过`/`突破` → `>`, `不低于`/`以上` → `>=`,
//!   `左右` → `=`, `以下`/`控制在` → `<=`; `余`/`多` after a baseline → a lower bound;
//! - when a table and a sentence give the same indicator and year, the table's row is data and
//!   the sentence is listed as agreeing or conflicting.
//!
//! ```
//! use plancast::extract::{extract, ExtractOptions, Role};
//!
//! let plan = "第一节 发展基础\n截至2020年底，全市建成5G基站1212个。\n\
//!             第二节 发展目标\n到2025年，全市5G基站超过3000个，5G用户普及率达到60%左右。\n";
//! let got = extract(plan.as_bytes(), &ExtractOptions::new("tongliao"))?;
//! let data: Vec<_> = got.data().collect();
//! assert_eq!(data.len(), 3);
//! assert_eq!((data[0].role, data[0].year, data[0].value), (Role::Baseline, Some(2020), Some(1212.0)));
//! assert_eq!(data[1].name_zh, "5G基站");
//! assert_eq!(data[2].comparator, plancast::Comparator::Eq);
//! assert_eq!(data[2].quote, "5G用户普及率达到60%左右");
//! # Ok::<(), plancast::Error>(())
//! ```

/// A regex compiled once, on first use. The patterns are constants, so a failure is a bug the
/// unit tests catch, not a user-data error.
macro_rules! regex {
    ($re:expr $(,)?) => {{
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        RE.get_or_init(|| regex::Regex::new($re).expect("valid regex"))
    }};
}

mod figure;
mod period;
mod review;
mod section;
mod sentence;
mod stat_table;
mod table;
mod text;
mod write;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::target::{Comparator, TargetKind};

pub use review::{Review, ReviewKind};
pub use write::write_dir;

/// What a figure is to the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// The value at the plan's start (an observation).
    Baseline,
    /// An interim target (e.g. 2023 in a plan to 2025).
    Milestone,
    /// The end-of-plan target.
    Target,
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::Baseline => "baseline",
            Role::Milestone => "milestone",
            Role::Target => "target",
        })
    }
}

/// Whether a figure is a level, a flow added over the plan, a running total or a yearly amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Basis {
    /// A level at the year (the default).
    #[default]
    Level,
    /// `新增`: added over the period.
    New,
    /// `累计`: a running total.
    Cumulative,
    /// `每年`: every year.
    PerYear,
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Basis::Level => "level",
            Basis::New => "new",
            Basis::Cumulative => "cumulative",
            Basis::PerYear => "per_year",
        })
    }
}

/// Where in the plan a figure was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Found {
    /// An indicator table.
    Table,
    /// A sentence.
    Text,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Found::Table => "table",
            Found::Text => "text",
        })
    }
}

/// A target stated against another region (`达到全省平均水平`, `走在全区前列`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Relative {
    /// `province`, `nation` or `prefecture`, as the plan's words (`全省`, `全区`, `全国`,
    /// `全市`) say.
    pub scope: String,
    /// Whether the target is to be among the leaders (`前列`, `先进`) rather than the average.
    pub leading: bool,
    /// The benchmark region id written to `targets.csv` (see [`ExtractOptions::province`]).
    pub region: String,
}

/// One figure read from a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Candidate {
    /// Baseline, milestone or target.
    pub role: Role,
    /// The indicator's name as the plan writes it, without the unit.
    pub name_zh: String,
    /// The unit as written (`%`, `亿元`, `个`, `Gbps`); empty when the plan gives none.
    pub unit: String,
    /// The year the figure refers to.
    pub year: Option<i32>,
    /// How a value meets the target (for a baseline: `>` or `>=` mean a lower bound).
    pub comparator: Comparator,
    /// The value (`None` for a relative target).
    pub value: Option<f64>,
    /// The benchmark of a relative target.
    pub relative: Option<Relative>,
    /// 预期性, 约束性 or unstated.
    pub kind: TargetKind,
    /// Level, new, cumulative or per year.
    pub basis: Basis,
    /// Table or sentence.
    pub found: Found,
    /// 1-based line of the input where the figure (a table row: its name) is.
    pub line: usize,
    /// The exact text it came from (a table row: its cells joined by ` | `).
    pub quote: String,
    /// How it was read: defaults applied, normalisations, ranges.
    pub notes: Vec<String>,
    /// Why a person must confirm it before it is data (a [`ReviewKind`] to branch on and the
    /// question in words); `None` for data.
    pub review: Option<Review>,
}

impl Candidate {
    /// The indicator id written to the CSV files: the name as written, spaces removed.
    pub fn indicator_id(&self) -> String {
        self.name_zh.split_whitespace().collect()
    }
}

/// The plan's period, as stated or inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[non_exhaustive]
pub struct Period {
    /// The base year (baselines without a year refer to it).
    pub base_year: Option<i32>,
    /// The end year (targets without a year refer to it).
    pub end_year: Option<i32>,
    /// The first year of the plan's period (`2022—2025年` → 2022); years before it are past.
    pub start_year: Option<i32>,
}

/// What [`extract`] found.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The region id the rows are written for.
    pub region: String,
    /// The source label written in each row's `source` column.
    pub source: String,
    /// The plan's title (the first line naming a 规划/方案/意见/计划), if found.
    pub title: Option<String>,
    /// Base and end year.
    pub period: Period,
    /// Every figure, data and review alike, in the order of the text.
    pub candidates: Vec<Candidate>,
}

impl Extraction {
    /// The candidates written as data (no review reason).
    pub fn data(&self) -> impl Iterator<Item = &Candidate> {
        self.candidates.iter().filter(|c| c.review.is_none())
    }

    /// The candidates listed for review.
    pub fn for_review(&self) -> impl Iterator<Item = &Candidate> {
        self.candidates.iter().filter(|c| c.review.is_some())
    }
}

/// Settings of [`extract`]: the region id and what the text does not say.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    region: String,
    source: Option<String>,
    base_year: Option<i32>,
    end_year: Option<i32>,
    province: String,
    nation: String,
    prefecture: String,
    encoding: Option<String>,
    published: Option<i32>,
}

impl ExtractOptions {
    /// Options for a plan of `region` (the id written in every row).
    pub fn new(region: impl Into<String>) -> Self {
        Self {
            region: region.into(),
            source: None,
            base_year: None,
            end_year: None,
            province: "province".into(),
            nation: "nation".into(),
            prefecture: "prefecture".into(),
            encoding: None,
            published: None,
        }
    }

    /// The text's encoding when it is not UTF-8: a WHATWG label (`gb18030`, `gbk`, `big5`).
    /// Bytes invalid in it are an error (a file of mixed encodings), never replaced.
    #[must_use]
    pub fn encoding(mut self, label: impl Into<String>) -> Self {
        self.encoding = Some(label.into());
        self
    }

    /// The label written in each row's `source` column (default: the file name, or `plan`).
    #[must_use]
    pub fn source(mut self, label: impl Into<String>) -> Self {
        self.source = Some(label.into());
        self
    }

    /// The base year, when the plan's own text does not make it clear.
    #[must_use]
    pub fn base_year(mut self, year: i32) -> Self {
        self.base_year = Some(year);
        self
    }

    /// The end year, when the plan's own text does not make it clear.
    #[must_use]
    pub fn end_year(mut self, year: i32) -> Self {
        self.end_year = Some(year);
        self
    }

    /// The year the page was published, when the caller knows it (a news page's address or
    /// header: `hn.news.cn/20230912/…`). It takes the place of the date the text itself may
    /// print near its top: a report's figures with no year stated ("目前全省5G用户规模达3026万户",
    /// "截至7月") are then the state of that year, and counts "since 2021" run up to it.
    /// A report's own date in its title line (`…政府工作报告(2023年1月3日 …)`) outranks it: a
    /// mirror may repost a report years later, and its `今年` stays the report's year.
    ///
    /// ```
    /// use plancast::extract::{extract, ExtractOptions};
    /// let text = "记者今天从省工信厅获悉,目前全省5G用户规模达3026万户。".as_bytes();
    /// let none = extract(text, &ExtractOptions::new("hunan"))?;
    /// assert_eq!(none.data().count(), 0); // no year: for review
    /// let dated = extract(text, &ExtractOptions::new("hunan").published(2023))?;
    /// let c = dated.data().next().expect("a figure");
    /// assert_eq!((c.year, c.value), (Some(2023), Some(3026.0)));
    /// # Ok::<(), plancast::Error>(())
    /// ```
    #[must_use]
    pub fn published(mut self, year: i32) -> Self {
        self.published = Some(year);
        self
    }

    /// The caller's publication year ([`ExtractOptions::published`]).
    pub(crate) fn published_year(&self) -> Option<i32> {
        self.published
    }

    /// The region id written for `全省`/`全区`/`自治区` benchmarks (default `province`).
    #[must_use]
    pub fn province(mut self, id: impl Into<String>) -> Self {
        self.province = id.into();
        self
    }

    /// The region id written for `全国` benchmarks (default `nation`).
    #[must_use]
    pub fn nation(mut self, id: impl Into<String>) -> Self {
        self.nation = id.into();
        self
    }

    /// The region id written for `全市` benchmarks in a county's plan (default `prefecture`).
    #[must_use]
    pub fn prefecture(mut self, id: impl Into<String>) -> Self {
        self.prefecture = id.into();
        self
    }

    /// The benchmark region id for a scope word's class.
    pub(crate) fn benchmark_id(&self, scope: &str) -> &str {
        match scope {
            "nation" => &self.nation,
            "prefecture" => &self.prefecture,
            _ => &self.province,
        }
    }
}

/// Reads a plan's text (UTF-8 plain text, or HTML with `<table>`s).
///
/// # Errors
/// [`Error::Format`] for input that is not UTF-8 text (binary, GBK, Big5) or larger than 64 MB,
/// with the line and byte where it goes wrong; [`Error::InvalidId`] for an invalid region id.
pub fn extract(bytes: &[u8], options: &ExtractOptions) -> Result<Extraction> {
    let label = options.source.clone().unwrap_or_else(|| "plan".into());
    extract_labelled(bytes, options, &label)
}

/// Reads a plan's text from a file; the file name is the default `source`.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; as [`extract`].
pub fn extract_file(path: impl AsRef<Path>, options: &ExtractOptions) -> Result<Extraction> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let label = options.source.clone().unwrap_or_else(|| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    });
    extract_labelled(&bytes, options, &label)
}

fn extract_labelled(bytes: &[u8], options: &ExtractOptions, label: &str) -> Result<Extraction> {
    crate::indicator::check_id(&options.region)?;
    let file = PathBuf::from(label);
    let owned;
    let bytes = match &options.encoding {
        Some(enc) if !matches!(enc.to_ascii_lowercase().as_str(), "utf-8" | "utf8") => {
            text::check_size(bytes.len(), &file)?;
            owned = text::transcode(bytes, enc, &file)?;
            owned.as_bytes()
        }
        _ => bytes,
    };
    let text = text::decode(bytes, &file)?;
    let lines = text::lines(text);
    let title = period::find_title(&lines);
    let tables = table::read(&lines, options);
    // A report's own date in its title outranks the page's: a mirror reposts it years later.
    let published = sentence::speaking_year(&lines, options.published_year());
    let mut period = period::plan_period(&lines, published);
    if let Some(y) = options.base_year {
        period.base_year = Some(y);
    } else if let Some(y) = tables.base_year {
        period.base_year = Some(y);
    }
    if let Some(y) = options.end_year {
        period.end_year = Some(y);
    } else if period.end_year.is_none() {
        period.end_year = tables.end_year;
    }
    if period.end_year.is_none() {
        // No stated period: the latest year the plan aims at (`到2023年`).
        period.end_year = sentence::latest_goal_year(&lines);
    }
    if period.base_year.is_none() {
        period.base_year = sentence::latest_base_year(&lines, period.end_year, published);
    }
    // Statistics tables of one year (a communiqué's), on the lines no indicator table took.
    let stats = stat_table::read(&lines, &tables.lines);
    let mut candidates = tables.candidates;
    candidates.extend(stats.candidates);
    let table_lines: BTreeSet<usize> = tables.lines.union(&stats.lines).copied().collect();
    candidates.extend(sentence::read(&lines, &table_lines, period, options));
    candidates.sort_by_key(|c| c.line);
    settle_duplicates(&mut candidates);
    Ok(Extraction {
        region: options.region.clone(),
        source: label.to_owned(),
        title,
        period,
        candidates,
    })
}

/// One data row per (indicator, role class, year): the table's row (else the first) stays
/// data; later ones go to review as agreeing or conflicting.
fn settle_duplicates(candidates: &mut [Candidate]) {
    // (a new addition and a running total of one indicator in one year are two figures:
    // `新开通5G基站10154个` and `累计开通5G基站30361个`)
    let mut first: BTreeMap<(String, bool, i32, u8), usize> = BTreeMap::new();
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..candidates.len()).collect();
        o.sort_by_key(|&i| (candidates[i].found != Found::Table, candidates[i].line));
        o
    };
    for i in order {
        let c = &candidates[i];
        let (Some(year), None) = (c.year, &c.review) else {
            continue;
        };
        let key = (
            c.indicator_id(),
            c.role == Role::Baseline,
            year,
            c.basis as u8,
        );
        match first.get(&key) {
            None => {
                first.insert(key, i);
            }
            Some(&j) => {
                let (a, b) = (&candidates[j], &candidates[i]);
                let same =
                    a.value == b.value && a.relative == b.relative && a.comparator == b.comparator;
                let why = if same {
                    Review::new(
                        ReviewKind::Repeat,
                        format!("repeats line {} (same figure)", a.line),
                    )
                } else {
                    Review::new(
                        ReviewKind::Conflict,
                        format!("conflicts with line {}: {}", a.line, a.quote),
                    )
                };
                candidates[i].review = Some(why);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 114 青岛: a new addition and a running total of one indicator in one year are two
    /// figures, not a conflict.
    #[test]
    fn a_new_addition_and_a_running_total_do_not_conflict() {
        let x = extract(
            "2022年,三家基础电信运营企业在青岛新增开通5G基站10154个,累计开通5G基站30361个。\n"
                .as_bytes(),
            &ExtractOptions::new("r").published(2023),
        )
        .expect("extracts");
        let got: Vec<_> = x.data().map(|c| (c.value, c.basis)).collect();
        assert_eq!(
            got,
            [
                (Some(10154.0), Basis::New),
                (Some(30361.0), Basis::Cumulative)
            ]
        );
    }
}
