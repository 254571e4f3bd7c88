//! The report's writers: CSV ([`REPORT_COLUMNS`]) and JSON.

#[cfg(feature = "io")]
use std::io::Write;

#[cfg(feature = "io")]
use super::Report;
#[cfg(feature = "io")]
use crate::error::{Error, Result};
#[cfg(feature = "io")]
use crate::feasibility::{GrowthBasis, Status};
#[cfg(feature = "io")]
use crate::panel::Panel;
#[cfg(feature = "io")]
use crate::projection::IntervalMethod;
#[cfg(feature = "io")]
use crate::target::TargetKind;

/// Columns of the CSV report, in order.
pub const REPORT_COLUMNS: &[&str] = &[
    "region",
    "indicator",
    "target_year",
    "comparator",
    "target",
    "last_year",
    "last_value",
    "model",
    "projected",
    "lower",
    "upper",
    "probability",
    "observed_cagr",
    "required_cagr",
    "progress_ratio",
    "status",
    "year_reached",
    "reason",
    "benchmark",
    "kind",
    "interval",
    "level",
    "growth_basis",
    "gap",
    "gap_relative",
    "unit",
    "indicator_zh",
    "required_from_last",
    "base_year",
    "base_value",
    "judged_on",
    "value_at_target_year",
    "met_late",
    "unsd_ratio",
    "midterm_ratio",
    "class_percentile",
    "context_region",
    "context_value",
    "context_lower",
    "context_upper",
    "calibrated_on",
    "realised_year",
    "realised_value",
    "realised_result",
    "definition",
    "p_series",
    "p_record",
    "probability_from",
    "record_reason",
    "observed_from",
];

#[cfg(feature = "io")]
impl Report {
    /// Writes the report as CSV ([`REPORT_COLUMNS`]); numbers in shortest round-trip form.
    /// `panel` supplies the unit and Chinese name of each indicator.
    ///
    /// # Errors
    /// [`Error::Io`].
    #[cfg(feature = "io")]
    pub fn write_csv(&self, out: impl Write, panel: &Panel) -> Result<()> {
        let io = |e: csv::Error| Error::io("<report>", e);
        let mut w = csv::Writer::from_writer(out);
        w.write_record(REPORT_COLUMNS).map_err(io)?;
        let f = |x: Option<f64>| x.map(|v| format!("{v:?}")).unwrap_or_default();
        let i = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
        for r in &self.rows {
            let reason = match r.verdict.status() {
                Status::NotAssessable(reason) => reason.name(),
                _ => "",
            };
            let ind = panel.indicator(&r.indicator);
            let kind = match r.kind {
                TargetKind::Expected => "expected",
                TargetKind::Binding => "binding",
                TargetKind::Unstated => "unstated",
            };
            let v = &r.verdict;
            w.write_record([
                r.region.as_str(),
                &r.indicator,
                &r.target_year.to_string(),
                r.comparator.symbol(),
                &f(r.target),
                &i(r.last_year),
                &f(r.last_value),
                &r.source
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                &f(r.projected),
                &f(r.lower),
                &f(r.upper),
                &f(r.probability),
                &f(v.observed()),
                &f(v.required()),
                &f(v.progress_ratio()),
                v.status().name(),
                &i(v.year_reached()),
                reason,
                r.benchmark.as_deref().unwrap_or(""),
                kind,
                r.interval_method.map_or("", IntervalMethod::name),
                &format!("{:?}", self.level),
                v.basis().map_or("", GrowthBasis::name),
                &f(r.gap),
                &f(r.gap_relative),
                ind.map_or("", |i| i.unit.as_str()),
                ind.map_or("", |i| i.name_zh.as_str()),
                &f(v.required_from_last()),
                &i(v.base_year()),
                &f(v.base_value()),
                v.judged_on().name(),
                &f(v.value_at_target_year()),
                &i(v.met_late()),
                &f(v.unsd_ratio()),
                &f(v.midterm_ratio()),
                &f(r.class_percentile),
                r.context.as_ref().map_or("", |c| c.region.as_str()),
                &f(r.context.as_ref().map(|c| c.value)),
                &f(r.context.as_ref().and_then(|c| c.interval).map(|i| i.0)),
                &f(r.context.as_ref().and_then(|c| c.interval).map(|i| i.1)),
                &r.calibrated_on.map(|c| c.to_string()).unwrap_or_default(),
                &i(r.realised.map(|x| x.year)),
                &f(r.realised.map(|x| x.value)),
                r.realised.map_or("", |x| x.result.name()),
                r.definition.as_deref().unwrap_or(""),
                &f(r.p_series),
                &f(r.p_record),
                r.probability_from.map_or("", |p| p.name()),
                &r.track_record.map(|t| t.to_string()).unwrap_or_default(),
                match (&r.source, r.verdict.observed()) {
                    (Some(s), Some(_)) => s.observed_from(),
                    _ => "",
                },
            ])
            .map_err(io)?;
        }
        w.flush().map_err(|e| Error::io("<report>", e))
    }

    /// The report as pretty JSON.
    ///
    /// # Errors
    /// [`Error::Json`] (not expected).
    #[cfg(feature = "io")]
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Json {
            message: e.to_string(),
        })
    }

    /// Writes the report as pretty JSON to `out` as it is serialised, the same text as
    /// [`Report::to_json`] without holding it in memory.
    ///
    /// # Errors
    /// [`Error::Io`] when `out` fails.
    #[cfg(feature = "io")]
    pub fn write_json(&self, out: impl Write) -> Result<()> {
        let mut out = std::io::BufWriter::new(out);
        serde_json::to_writer_pretty(&mut out, self).map_err(|e| json_error("<report>", e))?;
        out.flush().map_err(|e| Error::io("<report>", e))
    }

    /// Writes the report as JSON Lines: one compact JSON object a row ([`Assessment`], the
    /// fields of [`Report::to_json`]'s rows) and a newline, in report order. The interval
    /// level, which JSON Lines has no header for, is the CSV's `level` column and
    /// [`Report::level`].
    ///
    /// [`Assessment`]: super::Assessment
    ///
    /// # Errors
    /// [`Error::Io`] when `out` fails.
    #[cfg(feature = "io")]
    pub fn write_jsonl(&self, out: impl Write) -> Result<()> {
        let mut out = std::io::BufWriter::new(out);
        for row in &self.rows {
            serde_json::to_writer(&mut out, row).map_err(|e| json_error("<report>", e))?;
            out.write_all(b"\n").map_err(|e| Error::io("<report>", e))?;
        }
        out.flush().map_err(|e| Error::io("<report>", e))
    }
}

/// A serde_json error while writing: an I/O failure as [`Error::Io`], anything else (not
/// expected for the report's types) as [`Error::Json`].
#[cfg(feature = "io")]
fn json_error(what: &str, e: serde_json::Error) -> Error {
    if e.is_io() {
        Error::io(what, std::io::Error::from(e))
    } else {
        Error::Json {
            message: e.to_string(),
        }
    }
}

/// The evaluation table's columns (Chinese headers, as filed), in order.
pub const EVALUATION_COLUMNS: &[&str] = &[
    "地区",
    "指标",
    "单位",
    "属性",
    "基期年份",
    "基期值",
    "目标年份",
    "目标值",
    "现值年份",
    "现值",
    "时序进度",
    "完成进度",
    "评价",
    "预测值(目标年)",
    "达标概率",
];

/// One evaluation row as the text of [`EVALUATION_COLUMNS`]: names and units from `panel`,
/// progress ratios as percentages with one decimal, numbers in shortest round-trip form.
#[cfg(feature = "io")]
pub fn evaluation_record(row: &super::EvaluationRow, panel: &Panel) -> Vec<String> {
    let f = |x: Option<f64>| x.map(|v| format!("{v:?}")).unwrap_or_default();
    // + 0.0 turns −0 into 0.
    let pct = |x: Option<f64>| {
        x.map(|v| format!("{:.1}%", 100.0 * v + 0.0))
            .unwrap_or_default()
    };
    let i = |x: Option<i32>| x.map(|v| v.to_string()).unwrap_or_default();
    let ind = panel.indicator(&row.indicator);
    let region = panel
        .region(&row.region)
        .map(|r| r.name_zh.as_str())
        .filter(|n| !n.is_empty())
        .unwrap_or(&row.region);
    let kind = match row.kind {
        TargetKind::Binding => "约束性",
        TargetKind::Expected => "预期性",
        TargetKind::Unstated => "",
    };
    vec![
        region.to_owned(),
        ind.map_or(row.indicator.clone(), |i| i.name_zh.clone()),
        ind.map_or(String::new(), |i| i.unit.clone()),
        kind.to_owned(),
        i(row.base.map(|b| b.0)),
        f(row.base.map(|b| b.1)),
        row.target.0.to_string(),
        f(row.target.1),
        i(row.current.map(|c| c.0)),
        f(row.current.map(|c| c.1)),
        pct(row.time_progress),
        pct(row.completion_progress),
        row.evaluation.zh().to_owned(),
        f(row.projected),
        pct(row.probability),
    ]
}

#[cfg(feature = "io")]
impl Report {
    /// Writes the evaluation table (中期评估 / 终期评估, [`Report::evaluation`]) as CSV with
    /// Chinese headers ([`EVALUATION_COLUMNS`]).
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn write_evaluation_csv(&self, out: impl Write, panel: &Panel) -> Result<()> {
        let io = |e: csv::Error| Error::io("<evaluation>", e);
        let mut w = csv::Writer::from_writer(out);
        w.write_record(EVALUATION_COLUMNS).map_err(io)?;
        for row in self.rows.iter().map(super::evaluation_row) {
            w.write_record(evaluation_record(&row, panel)).map_err(io)?;
        }
        w.flush().map_err(|e| Error::io("<evaluation>", e))
    }
}
