//! The inside and the outside view together: a series' own predictive distribution pooled
//! with its reference class's.
//!
//! A series' own trend (the *inside view*) knows the region; its reference class (the *outside
//! view*, [`crate::ReferenceClass`]) knows how series at the same level actually went on. On
//! the real panels the class alone gave better probabilities than the series' own trend, and
//! their equal-weight mixture better intervals than the class alone (README, *On real
//! panels*). Equal weights, because simple averages of forecasts are hard to beat
//! (Clemen, *Combining forecasts: a review and annotated bibliography*, IJF 5(4), 1989;
//! the M4 competition's lesson, Makridakis et al., IJF 36(1), 2020).
//!
//! The combination is a beta-transformed linear pool H = B_{a,b}(w·F_inside + (1 − w)·F_outside)
//! of the two predictive CDFs (Stone 1961's linear pool, recalibrated by the beta CDF B_{a,b}:
//! Ranjan & Gneiting, *Combining probability forecasts*, JRSS B 72(1), 2010; Gneiting & Ranjan,
//! *Combining predictive distributions*, EJS 7, 2013): P(met), the projection (the pool's
//! median), the interval (its quantiles) and the year reached all come from H — one
//! distribution for all four, as everywhere in plancast. A linear pool of two calibrated
//! forecasts is over-dispersed whenever they disagree (Hora 2004; Gneiting & Ranjan 2013,
//! Theorem 3.1); the beta transform sharpens it back. The weight w and the shapes (a, b) are
//! [`ClassPool`]'s, fitted on the tuning part of the shipped real panels (docs/methods.md,
//! "Pooling with the class"). Applied by [`crate::assess_panel`] to shares whose own trajectory is on the logit
//! scale too (the class is validated on real panels only for shares; a share fitted on the
//! value scale — a history with zeros — would pool two scales, and on the World Bank panel
//! that doubled the point forecasts' errors); counts and money keep their own trajectory.

use serde::{Deserialize, Serialize};
use statrs::distribution::{Beta, ContinuousCDF};

use crate::error::{Error, Result};
use crate::model::Transform;
use crate::projection::{Forecast, Projected, YEAR_REACHED_HORIZON};
use crate::projection::{IntervalMethod, Level};
use crate::target::Comparator;

/// How a share's own forecast is pooled with its reference class:
/// H = B_{a,b}(w·F_own + (1 − w)·F_class), w the own forecast's weight and B_{a,b} the beta CDF
/// that recalibrates the pool (the module docs), with its own shapes (a, b) for each band of
/// years ahead ([`ClassPool::BANDS`]: a pool that is right at one year is too wide at ten).
///
/// The default was fitted on the tuning part of the shipped real panels (the frozen split of
/// docs/methods.md): w minimising the Brier score of P(met), then (a, b) per band by moments so
/// the pool's PIT values are uniform (`cargo run --release --example backtest -- --fit-pool`
/// prints the fit; `tests/real_panels.rs` checks the shipped values against it).
///
/// ```
/// use plancast::ClassPool;
/// let equal = ClassPool::equal();
/// assert_eq!(equal.own_weight(), 0.5);
/// assert_eq!(equal.recalibration(7), (1.0, 1.0));
/// assert!(ClassPool::try_new(1.5, [(1.0, 1.0); 3]).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "(f64, [(f64, f64); 3])", into = "(f64, [(f64, f64); 3])")]
pub struct ClassPool {
    own_weight: f64,
    shapes: [(f64, f64); 3],
}

impl ClassPool {
    /// The bands of years ahead with their own recalibration: 1–2, 3–5, 6 and more.
    pub const BANDS: [(i32, i32); 3] = [(1, 2), (3, 5), (6, i32::MAX)];

    /// The pool with weight `own_weight` on the series' own forecast and the beta
    /// recalibration B_{a,b} of each band of [`ClassPool::BANDS`] (a = b = 1: none).
    ///
    /// # Errors
    /// [`Error::InvalidPool`] unless 0 ≤ `own_weight` ≤ 1 and every a, b is positive and
    /// finite.
    pub fn try_new(own_weight: f64, shapes: [(f64, f64); 3]) -> Result<Self> {
        let bad = shapes
            .iter()
            .find(|(a, b)| !(a.is_finite() && b.is_finite() && *a > 0.0 && *b > 0.0));
        match bad {
            None if (0.0..=1.0).contains(&own_weight) => Ok(ClassPool { own_weight, shapes }),
            _ => {
                let (a, b) = bad.copied().unwrap_or(shapes[0]);
                Err(Error::InvalidPool { own_weight, a, b })
            }
        }
    }

    /// Stone's equal-weight linear pool, not recalibrated (plancast before issue 29).
    pub fn equal() -> Self {
        ClassPool {
            own_weight: 0.5,
            shapes: [(1.0, 1.0); 3],
        }
    }

    /// The weight w of the series' own forecast.
    pub fn own_weight(&self) -> f64 {
        self.own_weight
    }

    /// The beta shapes (a, b) of the recalibration `horizon` years ahead.
    pub fn recalibration(&self, horizon: i32) -> (f64, f64) {
        let k = Self::BANDS
            .iter()
            .position(|&(a, b)| (a..=b).contains(&horizon))
            .unwrap_or(0);
        self.shapes[k]
    }

    /// B_{a,b}(u), the recalibration of a pooled CDF value u `horizon` years ahead.
    fn recalibrate(&self, horizon: i32, u: f64) -> f64 {
        let (a, b) = self.recalibration(horizon);
        if a == 1.0 && b == 1.0 {
            return u;
        }
        match Beta::new(a, b) {
            Ok(beta) => beta.cdf(u.clamp(0.0, 1.0)),
            Err(_) => u,
        }
    }
}

impl Default for ClassPool {
    /// The fit on the tuning part of the shipped real panels (see the type's docs).
    fn default() -> Self {
        DEFAULT_POOL
    }
}

/// [`ClassPool::default`]: fitted 2026-12-03 (docs/methods.md, "Pooling with the class").
const DEFAULT_POOL: ClassPool = ClassPool {
    own_weight: 0.2,
    shapes: [(1.149, 1.237), (1.239, 1.518), (1.200, 1.968)],
};

impl TryFrom<(f64, [(f64, f64); 3])> for ClassPool {
    type Error = Error;
    fn try_from((w, shapes): (f64, [(f64, f64); 3])) -> Result<Self> {
        ClassPool::try_new(w, shapes)
    }
}

impl From<ClassPool> for (f64, [(f64, f64); 3]) {
    fn from(p: ClassPool) -> Self {
        (p.own_weight, p.shapes)
    }
}

/// Two forecasts of the same series, pooled by a [`ClassPool`].
#[derive(Debug)]
pub(crate) struct Combined<'a, A, B> {
    pub(crate) inside: &'a A,
    pub(crate) outside: &'a B,
    /// A scale on which both distributions are continuous (logit for shares): the pool's
    /// quantiles are searched on it.
    pub(crate) g: Transform,
    pub(crate) level: Level,
    pub(crate) rule: ClassPool,
    /// The year of the series' last observation (the recalibration depends on the years
    /// ahead).
    pub(crate) from: i32,
}

impl<A: Forecast, B: Forecast> Combined<'_, A, B> {
    /// H(v) of the pool as the year reached reads it ([`Forecast::cdf_for_year_reached`]).
    fn pooled_for_year_reached(&self, year: i32, v: f64) -> Option<f64> {
        let w = self.rule.own_weight;
        let u = w * self.inside.cdf_for_year_reached(year, v)?
            + (1.0 - w) * self.outside.cdf_for_year_reached(year, v)?;
        Some(self.rule.recalibrate(year - self.from, u))
    }

    /// H(v) of the pool, where both have a CDF.
    fn pooled(&self, year: i32, v: f64) -> Option<f64> {
        let w = self.rule.own_weight;
        let u = w * self.inside.cdf(year, v)? + (1.0 - w) * self.outside.cdf(year, v)?;
        Some(self.rule.recalibrate(year - self.from, u))
    }

    /// P(met) of the pool from the two forecasts' own: their linear pool, recalibrated on the
    /// tail the comparator asks for (P(≥ t) = 1 − H(t); P(≤ t) = H(t)).
    fn probability(&self, year: i32, comparator: Comparator, qa: f64, qb: f64) -> f64 {
        let w = self.rule.own_weight;
        let q = w * qa + (1.0 - w) * qb;
        let h = year - self.from;
        match comparator {
            Comparator::Ge | Comparator::Gt => 1.0 - self.rule.recalibrate(h, 1.0 - q),
            Comparator::Le | Comparator::Lt => self.rule.recalibrate(h, q),
            // A two-sided band: the pool's mass inside it, not recalibrated (no tail).
            Comparator::Eq => q,
        }
    }

    /// The pool's p-quantile: the root of F − p on the scale g (Illinois method), from a
    /// bracket around the two forecasts' own intervals, to 1e-7 on that scale.
    fn quantile(&self, year: i32, p: f64, around: [f64; 4]) -> Option<f64> {
        // The finite ends of the two intervals on g (an end on a bound is infinite there).
        let z: Vec<f64> = around
            .iter()
            .map(|&v| self.g.forward(v))
            .filter(|z| z.is_finite())
            .collect();
        let lo = z.iter().copied().fold(f64::INFINITY, f64::min) - 1.0;
        let hi = z.iter().copied().fold(f64::NEG_INFINITY, f64::max) + 1.0;
        if !(lo.is_finite() && hi.is_finite()) {
            return None;
        }
        let (mut lo, mut hi) = (lo, hi);
        let f = |z: f64| self.pooled(year, self.g.inverse(z));
        for _ in 0..30 {
            if f(lo)? <= p {
                break;
            }
            lo -= 2.0 * (hi - lo);
        }
        for _ in 0..30 {
            if f(hi)? >= p {
                break;
            }
            hi += 2.0 * (hi - lo);
        }
        // To 1e-7 on the scale g: far finer than any figure is reported.
        let z = crate::math::solve_increasing(|z| Some(f(z)? - p), lo, hi, 1e-7)?;
        let v = self.g.inverse(z);
        v.is_finite().then_some(v)
    }
}

impl<A: Forecast, B: Forecast> Forecast for Combined<'_, A, B> {
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>) {
        let (pa, qa) = self
            .inside
            .project_and_probability(year, comparator, target);
        let (pb, qb) = self
            .outside
            .project_and_probability(year, comparator, target);
        let (Some(pa), Some(pb), Some(qa), Some(qb)) = (pa, pb, qa, qb) else {
            return (pa, qa);
        };
        let span = |p: Projected| p.1.map_or((p.0, p.0), |b| (b.0, b.1));
        let (a, b) = (span(pa), span(pb));
        let around = [a.0, a.1, b.0, b.1];
        let alpha = 0.5 - 0.5 * self.level.get();
        let q = |p: f64| self.quantile(year, p, around);
        let projected = match (q(0.5), q(alpha), q(1.0 - alpha)) {
            (Some(m), Some(l), Some(u)) => {
                (m, Some((l.min(m), u.max(m), IntervalMethod::Combined)))
            }
            _ => return (Some(pa), Some(qa)),
        };
        (
            Some(projected),
            Some(self.probability(year, comparator, qa, qb)),
        )
    }

    /// The first year from `from` in which the pool's median meets the target (H(t) ≤ ½ for
    /// ≥, ≥ ½ for ≤): the same distribution as P(met), its class part carried from the target
    /// year by pace ([`Forecast::cdf_for_year_reached`]). Where the pool has no CDF (or for =),
    /// the series' own trajectory's year.
    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        let meets = |f: f64| match comparator {
            Comparator::Ge | Comparator::Gt => f <= 0.5,
            Comparator::Le | Comparator::Lt => f >= 0.5,
            Comparator::Eq => false,
        };
        if comparator == Comparator::Eq || self.pooled_for_year_reached(from, target).is_none() {
            return self.inside.year_reached(from, comparator, target);
        }
        (from..=from.saturating_add(YEAR_REACHED_HORIZON))
            .find(|&y| self.pooled_for_year_reached(y, target).is_some_and(meets))
    }

    fn cdf(&self, year: i32, v: f64) -> Option<f64> {
        self.pooled(year, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::normal_cdf;

    /// A normal forecast N(mean, 1) on the value scale.
    struct Normal(f64);

    impl Forecast for Normal {
        fn project_and_probability(
            &self,
            _year: i32,
            comparator: Comparator,
            target: f64,
        ) -> (Option<Projected>, Option<f64>) {
            let q = 1.281_551_565_544_600_5;
            let band = (self.0 - q, self.0 + q, IntervalMethod::Textbook);
            let p = crate::projection::probability_from_cdf(comparator, target, |v| {
                normal_cdf(v - self.0)
            });
            (Some((self.0, Some(band))), p)
        }

        fn year_reached(&self, _: i32, _: Comparator, _: f64) -> Option<i32> {
            None
        }

        fn cdf(&self, _year: i32, v: f64) -> Option<f64> {
            Some(normal_cdf(v - self.0))
        }
    }

    #[test]
    fn pool_of_two_normals() {
        let (a, b) = (Normal(0.0), Normal(2.0));
        let both = Combined {
            inside: &a,
            outside: &b,
            g: Transform::Identity,
            level: Level::try_new(0.8).unwrap(),
            rule: ClassPool::equal(),
            from: 2020,
        };
        let (proj, p) = both.project_and_probability(2025, Comparator::Ge, 1.5);
        let (median, band) = proj.unwrap();
        // Symmetric about 1.
        assert!((median - 1.0).abs() < 1e-6, "{median}");
        // P(≥ 1.5) = ½(1 − Φ(1.5)) + ½(1 − Φ(−0.5)).
        let want = 0.5 * (1.0 - normal_cdf(1.5)) + 0.5 * (1.0 - normal_cdf(-0.5));
        assert!((p.unwrap() - want).abs() < 1e-12);
        // The 10 % quantile, found independently on a grid of step 1e-5.
        let f = |x: f64| 0.5 * normal_cdf(x) + 0.5 * normal_cdf(x - 2.0);
        let mut x = -5.0;
        while f(x) < 0.1 {
            x += 1e-5;
        }
        let (lo, hi, method) = band.unwrap();
        assert_eq!(method, IntervalMethod::Combined);
        assert!((lo - x).abs() < 2e-5, "{lo} vs {x}");
        assert!((hi - (2.0 - x)).abs() < 2e-5, "{hi}");
    }
}
