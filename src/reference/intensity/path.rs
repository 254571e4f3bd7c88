//! An intensity path: the aggregate's projection scaled by the regions' size ratio, times the
//! distribution of the region's relative intensity — a log-normal each year, from which the
//! projection, the interval, P(met) and the year reached are read (see the parent module).

use crate::math::{normal_cdf, normal_quantile};
use crate::projection::{probability_from_cdf, Forecast, IntervalMethod, Level, Projected};
use crate::target::Comparator;

use super::ar_factor;

/// The aggregate's projection at one year on the log scale: (year, centre, sd).
pub(crate) type AggregatePoint = (i32, f64, f64);

/// How the region's relative intensity moves from the base time on.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Drift {
    /// No baseline: N(μ, sd²) whatever the year.
    Drawn { mean: f64, sd: f64 },
    /// One baseline r₀ at time t₀: AR(1) towards 0 with annual persistence φ and s².
    Persistent { r0: f64, t0: f64, phi: f64, s2: f64 },
}

/// A region's value by intensity: the aggregate's projection, scaled by the regions' size
/// ratio, times the relative intensity's distribution — a log-normal each year.
#[derive(Debug, Clone)]
pub(crate) struct IntensityPath {
    /// The aggregate's projection, year after year (consecutive years), shared by the regions
    /// of one aggregate.
    pub(crate) aggregate: std::sync::Arc<Vec<AggregatePoint>>,
    /// ln(S_R / S_A).
    pub(crate) size: f64,
    pub(crate) drift: Drift,
    pub(crate) level: Level,
}

impl IntensityPath {
    /// (centre, sd) of ln y_R at `year`.
    pub(crate) fn log_normal(&self, year: i32) -> Option<(f64, f64)> {
        let first = self.aggregate.first()?.0;
        let &(_, a, sd_a) = self.aggregate.get(usize::try_from(year - first).ok()?)?;
        let (m, v) = match self.drift {
            Drift::Drawn { mean, sd } => (mean, sd * sd),
            Drift::Persistent { r0, t0, phi, s2 } => {
                let h = (f64::from(year) + 1.0 - t0).max(0.0);
                (phi.powf(h) * r0, s2 * ar_factor(phi, h))
            }
        };
        let sd = (sd_a * sd_a + v).sqrt();
        let centre = a + self.size + m;
        (centre.is_finite() && sd.is_finite() && sd > 0.0).then_some((centre, sd))
    }
}

impl Forecast for IntensityPath {
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>) {
        let Some((m, sd)) = self.log_normal(year) else {
            return (None, None);
        };
        let q = normal_quantile(0.5 + 0.5 * self.level.get());
        let band = (
            (m - q * sd).exp(),
            (m + q * sd).exp(),
            IntervalMethod::Intensity,
        );
        let p = self
            .cdf(year, target)
            .and_then(|_| probability_from_cdf(comparator, target, |v| cdf_ln(m, sd, v)));
        (Some((m.exp(), Some(band))), p)
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        let first = self.aggregate.first()?.0;
        self.aggregate
            .iter()
            .map(|a| a.0)
            .filter(|&y| y >= from.max(first))
            .find(|&y| {
                self.log_normal(y)
                    .is_some_and(|(m, _)| comparator.holds(m.exp(), target))
            })
    }

    fn cdf(&self, year: i32, v: f64) -> Option<f64> {
        let (m, sd) = self.log_normal(year)?;
        Some(cdf_ln(m, sd, v))
    }
}

/// P(Y ≤ v) for ln Y ~ N(m, sd²).
fn cdf_ln(m: f64, sd: f64, v: f64) -> f64 {
    if v <= 0.0 {
        0.0
    } else {
        normal_cdf((v.ln() - m) / sd)
    }
}
