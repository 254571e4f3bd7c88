//! Backtests: hold out the last k observations, fit on the rest, score the held-out years.

use serde::{Deserialize, Serialize};

use crate::calibration::Calibration;
use crate::indicator::Bounds;
use crate::model::Model;
use crate::projection::{project, Level, Uncertainty};
use crate::series::Series;

/// How one model did on a set of series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BacktestScore {
    /// The model specification scored.
    pub model: Model,
    /// Series the model could be fitted to.
    pub series: usize,
    /// Series it could not be fitted to (too short, non-positive values, ...).
    pub failures: usize,
    /// Held-out points scored.
    pub points: usize,
    /// Mean absolute percentage error over held-out points with a non-zero value, in %.
    pub mape: Option<f64>,
    /// Share of held-out points inside the interval at `level`; `None` when no interval could
    /// be given.
    pub coverage: Option<f64>,
    /// Nominal level of the intervals.
    pub level: f64,
}

/// Scores each model by holding out the last `holdout` observations of every series.
///
/// Intervals are the default ones: calibrated from a rolling-origin backtest on the training
/// parts (nothing from the held-out years leaks in), falling back to random-walk intervals where
/// the calibration has too few scores.
pub fn backtest(
    series: &[Series],
    models: &[Model],
    bounds: Bounds,
    holdout: usize,
    level: Level,
) -> Vec<BacktestScore> {
    let train: Vec<(Series, &Series)> = series
        .iter()
        .filter(|s| s.len() > holdout)
        .map(|s| (s.until(s.years()[s.len() - holdout - 1]), s))
        .collect();
    let train_only: Vec<Series> = train.iter().map(|(t, _)| t.clone()).collect();
    models
        .iter()
        .map(|&model| {
            let min_train = train_only
                .iter()
                .map(Series::len)
                .max()
                .unwrap_or(0)
                .saturating_sub(holdout)
                .max(3);
            let cal = Calibration::backtest(&train_only, model, bounds, min_train, holdout.max(1));
            let (mut ok, mut failures, mut points) = (0, 0, 0);
            let (mut ape, mut ape_n, mut inside, mut with_interval) = (0.0, 0usize, 0usize, 0usize);
            for (t, full) in &train {
                let Ok(fit) = model.fit(t, bounds) else {
                    failures += 1;
                    continue;
                };
                ok += 1;
                for (year, value) in full.iter().skip(t.len()) {
                    let Ok(p) = project(&fit, year, level, Uncertainty::Calibrated(&cal)) else {
                        continue;
                    };
                    points += 1;
                    if value != 0.0 {
                        ape += ((p.value() - value) / value).abs();
                        ape_n += 1;
                    }
                    if let Some(i) = p.interval() {
                        with_interval += 1;
                        inside += usize::from(i.contains(value));
                    }
                }
            }
            BacktestScore {
                model,
                series: ok,
                failures,
                points,
                mape: (ape_n > 0).then(|| 100.0 * ape / ape_n as f64),
                coverage: (with_interval > 0).then(|| inside as f64 / with_interval as f64),
                level: level.get(),
            }
        })
        .collect()
}
