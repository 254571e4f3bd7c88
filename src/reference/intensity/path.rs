//! An intensity path: the aggregate's projection scaled by the regions' size ratio, times the
//! distribution of the region's relative intensity — a normal each year on the path's scale g
//! (log: a log-normal; logit for a share at its level), from which the projection, the
//! interval, P(met) and the year reached are read (see the parent module).

use crate::math::{normal_cdf, normal_quantile};
use crate::model::Transform;
use crate::projection::{probability_from_cdf, Forecast, IntervalMethod, Level, Projected};
use crate::target::Comparator;

use super::ar_factor;

/// The aggregate's projection at one year on the path's scale g: (year, centre, sd).
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
/// ratio, times the relative intensity's distribution — a normal on the scale g each year.
#[derive(Debug, Clone)]
pub(crate) struct IntensityPath {
    /// The aggregate's projection, year after year (consecutive years), shared by the regions
    /// of one aggregate.
    pub(crate) aggregate: std::sync::Arc<Vec<AggregatePoint>>,
    /// ln(S_R / S_A) (0 at a [`super::Scale::Level`]).
    pub(crate) size: f64,
    pub(crate) drift: Drift,
    pub(crate) level: Level,
    /// The scale the path is normal on: log, or logit for a bounded share at its level.
    pub(crate) g: Transform,
}

impl IntensityPath {
    /// (centre, sd) of g(y_R) at `year`.
    pub(crate) fn normal_at(&self, year: i32) -> Option<(f64, f64)> {
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
        let Some((m, sd)) = self.normal_at(year) else {
            return (None, None);
        };
        let (g, q) = (self.g, normal_quantile(0.5 + 0.5 * self.level.get()));
        let band = (
            g.inverse(m - q * sd),
            g.inverse(m + q * sd),
            IntervalMethod::Intensity,
        );
        let p = probability_from_cdf(comparator, target, |v| cdf_g(g, m, sd, v));
        (Some((g.inverse(m), Some(band))), p)
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        let first = self.aggregate.first()?.0;
        self.aggregate
            .iter()
            .map(|a| a.0)
            .filter(|&y| y >= from.max(first))
            .find(|&y| {
                self.normal_at(y)
                    .is_some_and(|(m, _)| comparator.holds(self.g.inverse(m), target))
            })
    }

    fn cdf(&self, year: i32, v: f64) -> Option<f64> {
        let (m, sd) = self.normal_at(year)?;
        Some(cdf_g(self.g, m, sd, v))
    }
}

/// P(Y ≤ v) for g(Y) ~ N(m, sd²): 0 below g's domain, 1 above it (a share's upper bound).
fn cdf_g(g: Transform, m: f64, sd: f64, v: f64) -> f64 {
    let z = g.forward(v);
    if z.is_nan() {
        // Outside the domain: below a log's 0 or a logit's lower bound, or above its upper.
        return match g {
            Transform::Logit { upper, .. } if v > upper => 1.0,
            _ => 0.0,
        };
    }
    normal_cdf((z - m) / sd)
}
