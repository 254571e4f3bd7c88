//! The outside view: how targets of a kind, level of government and type fared
//! ([`RecordModel`], fitted on `seeds/outcomes/`), the inference of kind and level from names
//! ([`infer_kind`], [`infer_level`]), and the combination with the series-based P.
//! The driver sets them on report rows (`attach` in `src/assess/outside.rs`).

mod coefficients;
mod kind;
mod logit;
mod model;

pub use kind::{
    indicator_kind, infer_kind, infer_level, region_level, GovernmentLevel, IndicatorKind,
};
pub use logit::calibration_line;
pub use model::{CombineCase, ProbabilityFrom, RecordCase, RecordModel, TrackRecord};
