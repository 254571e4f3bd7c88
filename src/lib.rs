#![doc = include_str!("../README.md")]
#![warn(missing_docs, missing_debug_implementations, unreachable_pub)]

mod error;
#[cfg(feature = "extract")]
pub mod extract;
mod indicator;
#[cfg(feature = "io")]
pub mod io;
mod math;
mod panel;
mod par;
#[cfg(feature = "seeds")]
pub mod seeds;
mod series;
mod target;

pub use error::{Error, IoSource, ParseError, Result};
pub use indicator::{check_id, Bounds, Direction, Indicator, Region};
pub use panel::{Panel, PanelData, SeriesView};
pub use series::{Series, YEAR_RANGE};
pub use target::{
    Benchmark, Bound, Comparator, Observation, Provenance, Statistic, Target, TargetKind,
    TargetValue,
};

mod calibration;
pub mod dist;
pub mod model;
mod projection;

pub use calibration::{score, Calibration};
pub use projection::{
    effective_target, probability, project, year_reached, year_reached_under, Interval,
    IntervalMethod, Level, Projection, Uncertainty,
};
mod backtest;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub use backtest::{backtest, BacktestScore};
mod assess;
mod reference;
pub use reference::{
    ClassDistribution, ClassGrowth, ClassPool, Peers, ReferenceClass, RegionalSpread, Scale,
};
mod feasibility;
mod record;
mod report;
pub mod verdict;

pub use assess::{
    assess_panel, assess_panel_serial, assess_panel_with_progress, project_panel, AssessOptions,
    Assessor, ContinuationRule,
};
pub use feasibility::{growth_between, GrowthBasis, Reason, Status, Thresholds};
pub use record::{assess_panel_as_of, realised};
mod outside;
pub use outside::{
    calibration_line, indicator_kind, infer_kind, infer_level, region_level, CombineCase,
    GovernmentLevel, IndicatorKind, ProbabilityFrom, RecordCase, RecordModel, TrackRecord,
};
#[cfg(feature = "io")]
pub use report::evaluation_record;
pub use report::{
    evaluation_row, Assessment, CalibratedOn, Evaluation, EvaluationRow, Realised, RealisedResult,
    ReferenceContext, Report, SeriesProjection, Source, Trajectory, TrajectoryPoint, Trend,
    EVALUATION_COLUMNS, REPORT_COLUMNS, UNLIKELY_BELOW,
};
mod audit;
pub use audit::{audit, Finding, FindingKind};
mod columnar;
pub use columnar::{
    assess_batch, assess_batch_into, assess_batch_serial, BatchRow, BatchSpec, SeriesBatch,
};
