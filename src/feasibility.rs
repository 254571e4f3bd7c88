//! Will a target be met? Required vs observed growth, the progress ratio, a status, the
//! probability, and the year the trajectory reaches the target.
//!
//! The status follows Eurostat's method for quantitative targets (*Sustainable development in
//! the European Union — monitoring report*, methodological annex): compare the growth observed
//! so far with the growth required to reach the target on time,
//!
//! * observed growth g_obs = (v_last/v_first)^(1/(t_last − t_first)) − 1 (CAGR),
//! * required growth g_req = (target/v_last)^(1/(T − t_last)) − 1,
//! * progress ratio ρ = g_obs / g_req,
//!
//! and classify ρ ≥ 0.95 *on track*, 0.6 ≤ ρ < 0.95 *moderate*, 0 ≤ ρ < 0.6 *insufficient*,
//! ρ < 0 *moving away* ([`Thresholds`] makes the cut-offs configurable). Handling of the edge
//! cases, so nothing is silent:
//!
//! * the last observation already meets the target → *achieved* (whatever ρ is);
//! * the target year is not after the last observation and the target is not met → *missed*;
//! * g_req = 0 (target equal to the last value under a strict comparator): ρ is undefined,
//!   *on track* if the series moves the right way, else *moving away*;
//! * g_req < 0 (a `<=` target on a falling indicator such as PUE): ρ = g_obs/g_req is positive
//!   when the series falls, as it should;
//! * values not all positive: growth is measured as the annual absolute change instead of a
//!   CAGR (`growth_basis = annual_change`);
//! * one observation only: the observed growth is the growth of the reference projection
//!   (ESCAP's *anticipated progress*: where the trend will take the region), `growth_basis =
//!   reference`.
//!
//! The probability of meeting the target comes from the projection's predictive distribution
//! (see [`crate::projection`]), so status and probability can disagree: the status looks at the
//! pace so far, the probability at where the trajectory and its uncertainty end up.

use serde::{Deserialize, Serialize};

use crate::target::Comparator;

/// Cut-offs of the progress ratio.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// ρ at or above this is on track (Eurostat: 0.95).
    pub on_track: f64,
    /// ρ at or above this (and below `on_track`) is moderate (Eurostat: 0.6).
    pub moderate: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            on_track: 0.95,
            moderate: 0.6,
        }
    }
}

/// Why a target could not be assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The region has no observation of the indicator.
    NoObservations,
    /// One observation and no reference series for the indicator to borrow growth from.
    SingleObservation,
    /// A relative target whose benchmark has no usable series.
    NoBenchmark,
    /// A ranking target ("among the leaders of the province") needs every region's value.
    RankingTarget,
    /// The trajectory could not be fitted (see the model's error).
    FitFailed,
    /// Growth cannot be measured (e.g. a CAGR from or to zero on a mixed-sign series).
    GrowthUndefined,
}

impl Reason {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Reason::NoObservations => "no_observations",
            Reason::SingleObservation => "single_observation_no_reference",
            Reason::NoBenchmark => "no_benchmark_series",
            Reason::RankingTarget => "ranking_target",
            Reason::FitFailed => "fit_failed",
            Reason::GrowthUndefined => "growth_undefined",
        }
    }
}

/// The feasibility class of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// The last observation already meets the target.
    Achieved,
    /// ρ ≥ on_track threshold.
    OnTrack,
    /// moderate ≤ ρ < on_track.
    Moderate,
    /// 0 ≤ ρ < moderate.
    Insufficient,
    /// ρ < 0: the series moves away from the target.
    MovingAway,
    /// The target year has passed (it is not after the last observation) and it was not met.
    Missed,
    /// Not assessable, for the given reason.
    NotAssessable(Reason),
}

impl Status {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on_track",
            Status::Moderate => "moderate",
            Status::Insufficient => "insufficient",
            Status::MovingAway => "moving_away",
            Status::Missed => "missed",
            Status::NotAssessable(_) => "not_assessable",
        }
    }
}

/// How growth was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrowthBasis {
    /// Compound annual growth rates of the series itself.
    Cagr,
    /// Annual absolute change (values not all positive).
    AnnualChange,
    /// The region's single value grown along a reference series' projection (CAGR).
    Reference,
}

/// Growth figures of one target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Growth {
    /// Observed growth per year.
    pub observed: Option<f64>,
    /// Required growth per year.
    pub required: Option<f64>,
    /// observed / required.
    pub progress_ratio: Option<f64>,
    /// How growth was measured.
    pub basis: GrowthBasis,
}

/// CAGR between two points, or the annual change when either value is not positive.
#[inline]
pub fn growth_between(from: (i32, f64), to: (i32, f64), basis: GrowthBasis) -> Option<f64> {
    growth_between_with(from, to, basis, cagr)
}

/// (ratio)^(1/dt) − 1 as e^(ln(ratio)/dt) − 1, exact near zero growth.
#[inline]
pub(crate) fn cagr(ratio: f64, dt: f64) -> f64 {
    crate::math::exp_m1(crate::math::ln(ratio) / dt)
}

/// [`growth_between`] with the CAGR of (to/from, years) supplied (the batch kernel computes
/// it for a group of series at once).
#[inline]
pub(crate) fn growth_between_with(
    from: (i32, f64),
    to: (i32, f64),
    basis: GrowthBasis,
    cagr: impl FnOnce(f64, f64) -> f64,
) -> Option<f64> {
    let dt = f64::from(to.0 - from.0);
    if dt <= 0.0 {
        return None;
    }
    let g = match basis {
        GrowthBasis::AnnualChange => (to.1 - from.1) / dt,
        _ => {
            if from.1 <= 0.0 || to.1 <= 0.0 {
                return None;
            }
            cagr(to.1 / from.1, dt)
        }
    };
    g.is_finite().then_some(g)
}

/// Growth and status of a target from the last observation, the observed growth, and the
/// target. `observed` is g_obs measured with `basis`.
#[inline]
pub fn classify(
    last: (i32, f64),
    observed: Option<f64>,
    basis: GrowthBasis,
    target_year: i32,
    comparator: Comparator,
    target: f64,
    thresholds: &Thresholds,
) -> (Growth, Status) {
    let required = growth_between(last, (target_year, target), basis);
    classify_with(
        last,
        observed,
        required,
        basis,
        target_year,
        comparator,
        target,
        thresholds,
    )
}

/// [`classify`] with the required growth supplied.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn classify_with(
    last: (i32, f64),
    observed: Option<f64>,
    required: Option<f64>,
    basis: GrowthBasis,
    target_year: i32,
    comparator: Comparator,
    target: f64,
    thresholds: &Thresholds,
) -> (Growth, Status) {
    let growth = |ratio| Growth {
        observed,
        required,
        progress_ratio: ratio,
        basis,
    };
    if comparator.holds(last.1, target) {
        let ratio = match (observed, required) {
            (Some(o), Some(r)) if r != 0.0 => Some(o / r).filter(|x| x.is_finite()),
            _ => None,
        };
        return (growth(ratio), Status::Achieved);
    }
    if target_year <= last.0 {
        return (growth(None), Status::Missed);
    }
    let (Some(obs), Some(req)) = (observed, required) else {
        return (growth(None), Status::NotAssessable(Reason::GrowthUndefined));
    };
    if req == 0.0 {
        // Strict comparator at the last value: any move the right way meets it.
        let right_way = match comparator.direction() {
            Some(crate::indicator::Direction::Up) => obs > 0.0,
            Some(crate::indicator::Direction::Down) => obs < 0.0,
            None => obs == 0.0,
        };
        let status = if right_way {
            Status::OnTrack
        } else {
            Status::MovingAway
        };
        return (growth(None), status);
    }
    let ratio = obs / req;
    if !ratio.is_finite() {
        // |required| below ~1e-308 (a target a hair from the last value): the sign decides.
        let status = if ratio > 0.0 {
            Status::OnTrack
        } else {
            Status::MovingAway
        };
        return (growth(None), status);
    }
    let status = if ratio >= thresholds.on_track {
        Status::OnTrack
    } else if ratio >= thresholds.moderate {
        Status::Moderate
    } else if ratio >= 0.0 {
        Status::Insufficient
    } else {
        Status::MovingAway
    };
    (growth(Some(ratio)), status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(last: (i32, f64), obs: f64, year: i32, c: Comparator, target: f64) -> Status {
        classify(
            last,
            Some(obs),
            GrowthBasis::Cagr,
            year,
            c,
            target,
            &Thresholds::default(),
        )
        .1
    }

    #[test]
    fn every_status_class() {
        // required: (121/100)^(1/2) − 1 = 0.1 exactly.
        let last = (2020, 100.0);
        use Comparator::{Ge, Gt, Le};
        let cases = [
            // (observed growth, target year, comparator, target, expected)
            (0.10, 2022, Ge, 121.0, Status::OnTrack),
            (0.07, 2022, Ge, 121.0, Status::Moderate),
            (0.03, 2022, Ge, 121.0, Status::Insufficient),
            (-0.01, 2022, Ge, 121.0, Status::MovingAway),
            (0.0, 2022, Ge, 90.0, Status::Achieved),
            (0.5, 2020, Ge, 121.0, Status::Missed),
            // A falling indicator with a <= target: required −0.1/yr; falling 0.1/yr is on track.
            (-0.1, 2022, Le, 81.0, Status::OnTrack),
            (0.02, 2022, Le, 81.0, Status::MovingAway),
            // Strict comparator at the last value: required growth 0.
            (0.01, 2022, Gt, 100.0, Status::OnTrack),
            (-0.01, 2022, Gt, 100.0, Status::MovingAway),
        ];
        for (obs, year, c, target, expected) in cases {
            assert_eq!(
                status(last, obs, year, c, target),
                expected,
                "{obs} {c} {target}"
            );
        }
        let (g, _) = classify(
            last,
            Some(0.07),
            GrowthBasis::Cagr,
            2022,
            Comparator::Ge,
            121.0,
            &Thresholds::default(),
        );
        assert!((g.required.unwrap() - 0.1).abs() < 1e-12);
        assert!((g.progress_ratio.unwrap() - 0.7).abs() < 1e-12);
    }

    #[test]
    fn annual_change_for_non_positive_values() {
        let (g, s) = classify(
            (2020, -2.0),
            Some(1.0),
            GrowthBasis::AnnualChange,
            2024,
            Comparator::Ge,
            2.0,
            &Thresholds::default(),
        );
        assert_eq!(g.required, Some(1.0));
        assert_eq!(s, Status::OnTrack);
    }
}
