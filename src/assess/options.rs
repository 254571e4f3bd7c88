//! What a panel assessment is asked to do: the model, the interval level, the status cut-offs,
//! the references and classes to borrow from, and how projections continue a fitted trend.

use serde::{Deserialize, Serialize};

use crate::feasibility::Thresholds;
use crate::model::Model;
use crate::projection::Level;
use crate::reference::{ClassPool, RegionalSpread};

/// How a projection continues a series' fitted trend after its last observation.
///
/// A panel's calibration ([`crate::Calibration`]) learns from the panel's own history how
/// trends went on after they were fitted: a damping β of the trend, and a weight ω on the
/// random walk's drift ([`crate::Calibration::persistence`], [`crate::Calibration::blend`]).
/// Under [`Model::Auto`] that chosen continuation is the default; an explicit model means that
/// model as fitted, unless [`ContinuationRule::Chosen`] asks for the calibration's choice.
///
/// ```
/// use plancast::{model::Model, AssessOptions, ContinuationRule};
/// let opts = AssessOptions::default().with_model(Model::Linear);
/// assert_eq!(opts.continuation_rule(), ContinuationRule::Fitted);
/// let opts = opts.with_continuation(Some(ContinuationRule::Chosen));
/// assert_eq!(opts.continuation_rule(), ContinuationRule::Chosen);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ContinuationRule {
    /// The fitted model's own trend, undamped and not pooled with the reference class: for the
    /// closed forms, the projection from the last observation with the working scale's OLS
    /// slope; intervals calibrated on that continuation's own backtest errors.
    Fitted,
    /// The continuation the calibration's backtest chose per working scale — the fitted trend
    /// damped by β, blended with the random walk's drift, or the drift alone — and a share's
    /// trajectory pooled with its reference class (see [`crate::Source::Pooled`]).
    Chosen,
}

impl ContinuationRule {
    /// The rule's name on the command line: `fitted`, `chosen`.
    pub fn name(self) -> &'static str {
        match self {
            ContinuationRule::Fitted => "fitted",
            ContinuationRule::Chosen => "chosen",
        }
    }
}

/// Options of a panel assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AssessOptions {
    /// Model fitted to every series (default [`Model::Auto`]).
    pub model: Model,
    /// Interval level (default 0.8).
    pub level: Level,
    /// Status cut-offs.
    pub thresholds: Thresholds,
    /// Reference regions to borrow growth from for single-observation series, in order of
    /// preference. `None`: the region's province, then `china`.
    pub references: Option<Vec<String>>,
    /// Calibrate intervals from the panel's own history where it has enough (default true).
    pub calibrate: bool,
    /// How far a region's growth strays from the reference it borrows, for borrowed paths on
    /// the logit scale (default: the estimate from real panels, [`RegionalSpread`]); `None`
    /// keeps the reference's own interval, a lower bound on the uncertainty.
    pub regional_spread: Option<RegionalSpread>,
    /// Widen borrowed paths of counts and money amounts (on the log scale) by how far Chinese
    /// provinces stray from their nation's growth, [`RegionalSpread::of`] their class
    /// (default true); `false` keeps the reference's own interval.
    pub quantity_spread: bool,
    /// Judge a single observation with no reference series by its reference class: the growth
    /// of every panel series of the same kind ([`crate::ReferenceClass`]; default true).
    pub reference_classes: bool,
    /// Judge counts and money amounts by their intensity (per head, per unit of GDP) against
    /// comparable regions where the panel has the population or GDP to do so: a series with
    /// one baseline, and a target with none ([`crate::Scale`]; default true; needs
    /// `reference_classes` too).
    pub intensity: bool,
    /// How projections continue a fitted trend; `None` (the default): the calibration's chosen
    /// continuation under [`Model::Auto`], the fitted model's own trend under an explicit model
    /// (see [`AssessOptions::continuation_rule`]).
    pub continuation: Option<ContinuationRule>,
    /// How a share's own forecast is pooled with its reference class (default: the fit on
    /// the real panels' tuning part, [`ClassPool`]).
    pub class_pool: ClassPool,
    /// Make [`crate::Assessment::probability`] the track record's P: the combination with the
    /// outside view, or the outside view alone, whichever the refit's cross-validation found
    /// better ([`crate::RecordModel::prefer_combined`]); targets with no observation get the
    /// outside view, labelled. Default false: the series-based P, as the batch path gives it.
    /// `p_series` and `p_record` are set either way.
    #[serde(default)]
    pub track_record: bool,
}

impl AssessOptions {
    /// With the rule pooling a share's own forecast with its reference class.
    #[must_use]
    pub fn with_class_pool(mut self, pool: ClassPool) -> Self {
        self.class_pool = pool;
        self
    }

    /// With [`AssessOptions::track_record`] on or off.
    #[must_use]
    pub fn with_track_record(mut self, on: bool) -> Self {
        self.track_record = on;
        self
    }

    /// With the model fitted to every series.
    #[must_use]
    pub fn with_model(mut self, model: Model) -> Self {
        self.model = model;
        self
    }

    /// With the interval level.
    #[must_use]
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// With status cut-offs.
    #[must_use]
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Self {
        self.thresholds = thresholds;
        self
    }

    /// With the reference regions single-observation series borrow growth from, in order of
    /// preference (`None`, the default: the region's province, then `china`).
    #[must_use]
    pub fn with_references(mut self, references: Option<Vec<String>>) -> Self {
        self.references = references;
        self
    }

    /// Whether to calibrate intervals from the panel's own history (default true).
    #[must_use]
    pub fn with_calibration(mut self, calibrate: bool) -> Self {
        self.calibrate = calibrate;
        self
    }

    /// With the regional spread of borrowed paths (`None`: the reference's own interval).
    #[must_use]
    pub fn with_regional_spread(mut self, spread: Option<RegionalSpread>) -> Self {
        self.regional_spread = spread;
        self
    }

    /// Whether borrowed paths of counts and money amounts are widened by their class's
    /// regional spread (default true; [`AssessOptions::quantity_spread`]).
    #[must_use]
    pub fn with_quantity_spread(mut self, on: bool) -> Self {
        self.quantity_spread = on;
        self
    }

    /// Whether a single observation without a reference is judged by its reference class
    /// (default true).
    #[must_use]
    pub fn with_reference_classes(mut self, on: bool) -> Self {
        self.reference_classes = on;
        self
    }

    /// Whether counts and money amounts are judged by intensity against comparable regions
    /// (default true; [`AssessOptions::intensity`]).
    #[must_use]
    pub fn with_intensity(mut self, on: bool) -> Self {
        self.intensity = on;
        self
    }

    /// With how projections continue a fitted trend (`None`: by the model, see
    /// [`AssessOptions::continuation_rule`]).
    #[must_use]
    pub fn with_continuation(mut self, rule: Option<ContinuationRule>) -> Self {
        self.continuation = rule;
        self
    }

    /// The continuation in force: the one asked for, else [`ContinuationRule::Chosen`] under
    /// [`Model::Auto`] and [`ContinuationRule::Fitted`] under an explicit model (an explicit
    /// model means that model's projection).
    pub fn continuation_rule(&self) -> ContinuationRule {
        self.continuation.unwrap_or(match self.model {
            Model::Auto => ContinuationRule::Chosen,
            _ => ContinuationRule::Fitted,
        })
    }
}

impl Default for AssessOptions {
    fn default() -> Self {
        AssessOptions {
            model: Model::Auto,
            level: Level::try_new(0.8).expect("0.8 is a level"),
            thresholds: Thresholds::default(),
            references: None,
            calibrate: true,
            regional_spread: Some(RegionalSpread::default()),
            quantity_spread: true,
            reference_classes: true,
            intensity: true,
            continuation: None,
            class_pool: ClassPool::default(),
            track_record: false,
        }
    }
}
