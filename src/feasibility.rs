//! The vocabulary of a verdict: status classes, why a target cannot be assessed, how growth
//! is measured, and the cut-offs of the progress ratio. The rules that combine them into the
//! verdict on one target live in [`crate::verdict`].

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Cut-offs of the progress ratio, validated: finite, 0 ≤ `moderate` < `on_track`.
///
/// ```
/// use plancast::{Status, Thresholds};
/// let t = Thresholds::default(); // Eurostat's: 0.95 and 0.6
/// assert_eq!(t.classify(0.7), Status::Moderate);
/// assert!(Thresholds::try_new(0.2, 0.9).is_err()); // would make 0.5 "on track"
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawThresholds", into = "RawThresholds")]
pub struct Thresholds {
    on_track: f64,
    moderate: f64,
}

/// The serialised form of [`Thresholds`], checked by [`Thresholds::try_new`] on the way in.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct RawThresholds {
    on_track: f64,
    moderate: f64,
}

impl TryFrom<RawThresholds> for Thresholds {
    type Error = Error;
    fn try_from(r: RawThresholds) -> Result<Self> {
        Thresholds::try_new(r.on_track, r.moderate)
    }
}

impl From<Thresholds> for RawThresholds {
    fn from(t: Thresholds) -> Self {
        RawThresholds {
            on_track: t.on_track,
            moderate: t.moderate,
        }
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            on_track: 0.95,
            moderate: 0.6,
        }
    }
}

impl Thresholds {
    /// Cut-offs: ρ ≥ `on_track` is on track, `moderate` ≤ ρ < `on_track` moderate.
    ///
    /// # Errors
    /// [`Error::InvalidThresholds`] unless both are finite and 0 ≤ `moderate` < `on_track`.
    pub fn try_new(on_track: f64, moderate: f64) -> Result<Self> {
        if on_track.is_finite() && moderate.is_finite() && 0.0 <= moderate && moderate < on_track {
            Ok(Thresholds { on_track, moderate })
        } else {
            Err(Error::InvalidThresholds { on_track, moderate })
        }
    }

    /// ρ at or above this is on track (Eurostat: 0.95).
    pub fn on_track(&self) -> f64 {
        self.on_track
    }

    /// ρ at or above this, below [`Thresholds::on_track`], is moderate (Eurostat: 0.6).
    pub fn moderate(&self) -> f64 {
        self.moderate
    }

    /// The status of a finite progress ratio ρ: on track, moderate, insufficient (0 ≤ ρ <
    /// moderate) or moving away (ρ < 0).
    pub fn classify(&self, ratio: f64) -> Status {
        if ratio >= self.on_track {
            Status::OnTrack
        } else if ratio >= self.moderate {
            Status::Moderate
        } else if ratio >= 0.0 {
            Status::Insufficient
        } else {
            Status::MovingAway
        }
    }
}

/// Why a target could not be assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The region has no observation of the indicator, and it is not a count or money amount
    /// that comparable regions' intensities could judge.
    NoObservations,
    /// No observation of a count or money amount that other regions report, and nothing to
    /// judge it by intensity with: no population or GDP for the region, no aggregate reporting
    /// the indicator, or too few comparable regions (`reference::intensity`).
    NoComparableRegions,
    /// A count of the plan's own programmes (demonstration sites, platforms, pilot projects):
    /// how many a plan creates is its own decision; no other region's figure says it.
    ProgrammeCount,
    /// One observation and no reference series for the indicator to borrow growth from
    /// (reference classes switched off).
    SingleObservation,
    /// One observation, no reference series, and an indicator with no reference class (better
    /// direction down, a `context` series, or a percentage with no upper bound:
    /// [`crate::ReferenceClass::of`]).
    NoReferenceClass,
    /// One observation, no reference series, and too few series of its reference class near
    /// its level to compare with (three, by Kish's effective number).
    NoComparableSeries,
    /// A relative target whose benchmark has no usable series.
    NoBenchmark,
    /// A ranking target ("among the leaders of the province") needs every region's value.
    RankingTarget,
    /// The trajectory could not be fitted (see the model's error).
    FitFailed,
    /// Growth cannot be measured (e.g. a CAGR from or to zero on a mixed-sign series).
    GrowthUndefined,
    /// The target year lies before the first observation: nothing says what happened then.
    TargetBeforeObservations,
    /// The target and the observations are stated in different definitions (口径: 累计 vs 新增,
    /// core vs broad digital economy, …), or the observations mix definitions: not
    /// comparable, so neither met nor missed.
    DefinitionDiffers,
}

impl Reason {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Reason::NoObservations => "no_observations",
            Reason::NoComparableRegions => "no_comparable_regions",
            Reason::ProgrammeCount => "programme_count",
            Reason::SingleObservation => "single_observation_no_reference",
            Reason::NoReferenceClass => "single_observation_no_class",
            Reason::NoComparableSeries => "single_observation_no_comparable_series",
            Reason::NoBenchmark => "no_benchmark_series",
            Reason::RankingTarget => "ranking_target",
            Reason::FitFailed => "fit_failed",
            Reason::GrowthUndefined => "growth_undefined",
            Reason::TargetBeforeObservations => "target_before_observations",
            Reason::DefinitionDiffers => "definition_differs",
        }
    }
}

impl std::fmt::Display for Reason {
    /// The short name reports use ([`Reason::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The feasibility class of a target (see [`crate::verdict`] for the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Met: at the target year when it is observed (or interpolated), or already by the last
    /// observation for an inequality whose year is still ahead.
    Achieved,
    /// ρ ≥ on_track threshold (for `=` targets: the pace lands inside the band).
    OnTrack,
    /// moderate ≤ ρ < on_track.
    Moderate,
    /// 0 ≤ ρ < moderate.
    Insufficient,
    /// ρ < 0: the series moves away from the target (or, for an `=` target, out of the band
    /// it is in; or a target met at the base year is no longer met).
    MovingAway,
    /// An `=` ("about", 左右) target that the pace carries through and past its band.
    Overshooting,
    /// The target year has passed and the value that year did not meet the target.
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
            Status::Overshooting => "overshooting",
            Status::Missed => "missed",
            Status::NotAssessable(_) => "not_assessable",
        }
    }
}

impl std::fmt::Display for Status {
    /// The short name reports use ([`Status::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
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

impl GrowthBasis {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            GrowthBasis::Cagr => "cagr",
            GrowthBasis::AnnualChange => "annual_change",
            GrowthBasis::Reference => "reference",
        }
    }
}

impl std::fmt::Display for GrowthBasis {
    /// The short name reports use ([`GrowthBasis::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// CAGR between two points, or the annual change when `basis` is
/// [`GrowthBasis::AnnualChange`]; `None` unless `to` is after `from` and (for a CAGR) both
/// values are positive.
///
/// ```
/// use plancast::{growth_between, GrowthBasis};
/// let g = growth_between((2020, 100.0), (2022, 121.0), GrowthBasis::Cagr).unwrap();
/// assert!((g - 0.1).abs() < 1e-12);
/// ```
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
#[inline(always)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_validated() {
        assert!(Thresholds::try_new(0.95, 0.6).is_ok());
        for (on, m) in [
            (0.2, 0.9),
            (0.6, 0.6),
            (0.9, -0.1),
            (f64::NAN, 0.5),
            (1.0, f64::NAN),
        ] {
            assert!(
                matches!(
                    Thresholds::try_new(on, m),
                    Err(Error::InvalidThresholds { .. })
                ),
                "{on} {m}"
            );
        }
        let bad: std::result::Result<Thresholds, _> =
            serde_json::from_str(r#"{"on_track":0.2,"moderate":0.9}"#);
        assert!(bad.is_err());
        let t: Thresholds = serde_json::from_str(r#"{"on_track":0.9,"moderate":0.5}"#).unwrap();
        assert_eq!(t.classify(0.5), Status::Moderate);
        assert_eq!(t.classify(0.49), Status::Insufficient);
        assert_eq!(t.classify(0.9), Status::OnTrack);
        assert_eq!(t.classify(-1e-9), Status::MovingAway);
    }

    #[test]
    fn growth_between_cagr_and_change() {
        // 121/100 over 2 years: exactly 10 % a year.
        let g = growth_between((2020, 100.0), (2022, 121.0), GrowthBasis::Cagr).unwrap();
        assert!((g - 0.1).abs() < 1e-12);
        let d = growth_between((2020, -2.0), (2024, 2.0), GrowthBasis::AnnualChange);
        assert_eq!(d, Some(1.0));
        assert_eq!(
            growth_between((2020, -2.0), (2024, 2.0), GrowthBasis::Cagr),
            None
        );
        assert_eq!(
            growth_between((2020, 1.0), (2020, 2.0), GrowthBasis::Cagr),
            None
        );
    }
}
