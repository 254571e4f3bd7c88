//! Which calibration a panel's trajectories use: each indicator's own backtest over the panel's
//! series, or, for an indicator with too few series, one pooled over every indicator of its
//! reference class.

use crate::calibration::Calibration;
use crate::indicator::{Bounds, Indicator};
use crate::model::Model;
use crate::panel::Panel;
use crate::reference::ReferenceClass;
use crate::series::Series;

use super::options::ContinuationRule;

/// Backtest horizon (years) used to calibrate intervals from a panel's own history: plan
/// targets lie 5–10 years ahead.
pub(crate) const CALIBRATION_HORIZON: usize = 10;

/// The model to fit to an indicator: a logistic takes the indicator's own bounds when it has
/// both (the command line's `logistic` cannot know them). The one place the driver resolves
/// the options' model for an indicator.
pub(crate) fn model_for(model: Model, indicator: &Indicator) -> Model {
    match (model, indicator.bounds.both()) {
        (Model::Logistic { .. }, Some((lower, upper))) => Model::Logistic { lower, upper },
        (m, _) => m,
    }
}

/// How a backtest is asked to calibrate: the model fitted to every window, and how its
/// projections continue the fitted trend.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CalibrationSpec {
    pub(crate) model: Model,
    pub(crate) rule: ContinuationRule,
    pub(crate) parallel: bool,
}

/// The calibration of one indicator from every region's series with enough history, or `None`
/// when there is too little (then intervals fall back to random-walk ones).
pub(crate) fn calibration_for(
    panel: &Panel,
    indicator: &str,
    spec: CalibrationSpec,
) -> Option<Calibration> {
    calibration_of(panel, [panel.indicator(indicator)?], spec)
}

/// A calibration pooled over every indicator of `class` (each fitted with its own model and
/// bounds), or `None` when even that is too little.
pub(crate) fn class_calibration(
    panel: &Panel,
    class: ReferenceClass,
    spec: CalibrationSpec,
) -> Option<Calibration> {
    let members = panel
        .indicators()
        .iter()
        .filter(|ind| ReferenceClass::of(ind) == Some(class));
    calibration_of(panel, members, spec)
}

/// The backtest calibration of `indicators` together: the series of each with at least three
/// observations, fitted with the indicator's model and bounds, windows from the last
/// [`CALIBRATION_HORIZON`] years of the longest (two-point windows score raw errors only: they
/// calibrate panels whose series are too short for more, such as three 5-yearly
/// observations); `None` unless usable. Under [`ContinuationRule::Fitted`] the errors are those
/// of the fitted trend itself (no damping or drift chosen). `parallel`: on rayon's pool (the
/// same result).
fn calibration_of<'i>(
    panel: &Panel,
    indicators: impl IntoIterator<Item = &'i Indicator>,
    spec: CalibrationSpec,
) -> Option<Calibration> {
    let groups: Vec<(Vec<Series>, Model, Bounds)> = indicators
        .into_iter()
        .map(|ind| {
            let series: Vec<Series> = panel
                .series_keys()
                .filter(|(_, i)| *i == ind.id)
                .filter_map(|(r, i)| panel.series(r, i))
                .filter(|s| s.len() >= 3)
                .collect();
            (series, model_for(spec.model, ind), ind.bounds)
        })
        .collect();
    let longest = groups.iter().flat_map(|g| &g.0).map(Series::len).max()?;
    let min_train = longest.saturating_sub(CALIBRATION_HORIZON).max(2);
    let refs: Vec<(&[Series], Model, Bounds)> = groups
        .iter()
        .map(|(s, m, b)| (s.as_slice(), *m, *b))
        .collect();
    let cal = Calibration::backtest_pooled(
        &refs,
        min_train,
        CALIBRATION_HORIZON,
        spec.parallel,
        spec.rule == ContinuationRule::Chosen,
    );
    cal.is_usable().then_some(cal)
}
