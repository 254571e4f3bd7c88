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
//! The combination is the linear pool F = ½·F_inside + ½·F_outside of the two predictive
//! CDFs (Stone 1961): P(met) is the mean of the two probabilities, the projection the pool's
//! median and the interval its quantiles — one distribution for all three, as everywhere in
//! plancast. Applied by [`crate::assess_panel`] to shares whose own trajectory is on the logit
//! scale too (the class is validated on real panels only for shares; a share fitted on the
//! value scale — a history with zeros — would pool two scales, and on the World Bank panel
//! that doubled the point forecasts' errors); counts and money keep their own trajectory.

use crate::model::Transform;
use crate::projection::{Forecast, Projected};
use crate::projection::{IntervalMethod, Level};
use crate::target::Comparator;

/// Two forecasts of the same series, pooled with equal weights.
#[derive(Debug)]
pub(crate) struct Combined<'a, A, B> {
    pub(crate) inside: &'a A,
    pub(crate) outside: &'a B,
    /// A scale on which both distributions are continuous (logit for shares): the pool's
    /// quantiles are searched on it.
    pub(crate) g: Transform,
    pub(crate) level: Level,
}

impl<A: Forecast, B: Forecast> Combined<'_, A, B> {
    /// F(v) of the pool, where both have a CDF.
    fn pooled(&self, year: i32, v: f64) -> Option<f64> {
        Some(0.5 * (self.inside.cdf(year, v)? + self.outside.cdf(year, v)?))
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
        (Some(projected), Some(0.5 * (qa + qb)))
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        self.inside.year_reached(from, comparator, target)
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
