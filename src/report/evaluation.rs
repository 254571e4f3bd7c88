//! The table analysts file for a plan's mid-term or final evaluation (中期评估 / 终期评估): one row
//! per target with its base, target and current value, the time elapsed against the way
//! covered, and a verdict in the evaluators' words — with the forecast beside it.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Assessment, Report};
use crate::feasibility::Status;
use crate::target::TargetKind;

/// The evaluators' verdict on one target (评价).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Evaluation {
    /// The current value already meets the target (已完成).
    Completed,
    /// The way covered keeps pace with the time elapsed: completion progress ≥ time
    /// progress (达到预期).
    AsExpected,
    /// Behind the time elapsed, but the forecast still gives the target a fair chance (滞后).
    Lagging,
    /// Behind, and the forecast gives it less than [`UNLIKELY_BELOW`] (难以完成).
    Unlikely,
    /// Not enough data to say (无法评价): no current value, no base to measure progress from, or
    /// no time elapsed since the base.
    NotAssessable,
}

/// P(met) below which a lagging target is "难以完成" rather than "滞后".
pub const UNLIKELY_BELOW: f64 = 0.2;

impl Evaluation {
    /// The Chinese term evaluation reports use.
    pub fn zh(self) -> &'static str {
        match self {
            Evaluation::Completed => "已完成",
            Evaluation::AsExpected => "达到预期",
            Evaluation::Lagging => "滞后",
            Evaluation::Unlikely => "难以完成",
            Evaluation::NotAssessable => "无法评价",
        }
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.zh())
    }
}

/// One row of the evaluation table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EvaluationRow {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Binding (约束性), expected (预期性) or unstated.
    pub kind: TargetKind,
    /// Base year and value (基期值): the plan's baseline where observed.
    pub base: Option<(i32, f64)>,
    /// Target year and value (目标值).
    pub target: (i32, Option<f64>),
    /// Latest year-end value (现值) and its year.
    pub current: Option<(i32, f64)>,
    /// Share of the period elapsed (时序进度): (current year − base year) / (target year − base
    /// year).
    pub time_progress: Option<f64>,
    /// Share of the way covered (完成进度): (current − base) / (target − base).
    pub completion_progress: Option<f64>,
    /// The verdict (评价).
    pub evaluation: Evaluation,
    /// The forecast beside it: the projection at the target year and P(met).
    pub projected: Option<f64>,
    /// P(met) at the target year.
    pub probability: Option<f64>,
}

/// The evaluation of one report row.
///
/// ```
/// use plancast::io::{load_panel, PanelSources};
/// use plancast::{assess_panel, evaluation_row, AssessOptions, Evaluation};
/// let obs = "region,indicator,year,value\nr,users,2020,100\nr,users,2021,110\nr,users,2023,130\n";
/// let targets = "region,indicator,year,comparator,value\nr,users,2025,>=,200\n";
/// let panel = load_panel(
///     PanelSources::new()
///         .with_observations(obs.as_bytes(), "obs.csv")
///         .with_targets(targets.as_bytes(), "targets.csv"),
/// )?;
/// let report = assess_panel(&panel, &AssessOptions::default());
/// let e = evaluation_row(&report.rows[0]);
/// // 3 of 5 years gone (60 %), 30 of the 100 to go covered (30 %): behind.
/// assert!((e.time_progress.unwrap() - 0.6).abs() < 1e-12);
/// assert!((e.completion_progress.unwrap() - 0.3).abs() < 1e-12);
/// assert!(matches!(e.evaluation, Evaluation::Lagging | Evaluation::Unlikely));
/// # Ok::<(), plancast::Error>(())
/// ```
pub fn evaluation_row(a: &Assessment) -> EvaluationRow {
    let v = &a.verdict;
    let base = v.base_year().zip(v.base_value());
    let current = a.last_year.zip(a.last_value);
    let time_progress = match (base, current) {
        (Some((b, _)), Some((c, _))) if a.target_year > b => {
            Some(f64::from(c - b) / f64::from(a.target_year - b))
        }
        _ => None,
    };
    let completion_progress = match (base, current, a.target) {
        (Some((_, b)), Some((_, c)), Some(t)) if t != b => {
            Some((c - b) / (t - b)).filter(|x| x.is_finite())
        }
        _ => None,
    };
    let met_now = matches!(v.status(), Status::Achieved)
        || matches!((current, a.target), (Some((_, c)), Some(t)) if a.comparator.holds(c, t));
    let evaluation = if met_now {
        Evaluation::Completed
    } else {
        match (time_progress, completion_progress) {
            // No time elapsed since the base: nothing to measure progress by yet.
            (Some(tp), Some(_)) if tp <= 0.0 => Evaluation::NotAssessable,
            (Some(tp), Some(cp)) if cp >= tp => Evaluation::AsExpected,
            (Some(_), Some(_)) => match a.probability {
                Some(p) if p < UNLIKELY_BELOW => Evaluation::Unlikely,
                _ => Evaluation::Lagging,
            },
            _ => Evaluation::NotAssessable,
        }
    };
    EvaluationRow {
        region: a.region.clone(),
        indicator: a.indicator.clone(),
        kind: a.kind,
        base,
        target: (a.target_year, a.target),
        current,
        time_progress,
        completion_progress,
        evaluation,
        projected: a.projected,
        probability: a.probability,
    }
}

impl Report {
    /// The evaluation table of every row ([`evaluation_row`]).
    pub fn evaluation(&self) -> Vec<EvaluationRow> {
        self.rows.iter().map(evaluation_row).collect()
    }
}
