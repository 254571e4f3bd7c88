//! The track record of targets: P(met) from how targets of the same kind, level of government
//! and type fared (the *outside view*), and its combination with the series-based P.
//!
//! **Outside view.** logit p_record = β₀ + u_kind + v_level + w_type (+ s·outcome-first in
//! fitting only; predictions are for target-first sampling, s·0), every effect a ridge-penalised
//! deviation (penalty ½λ Σ effect², intercept free) — the mode of a hierarchical logit whose
//! effects are N(0, 1/λ), so a cell with few targets is pulled to the overall rate. λ is chosen
//! from a grid by grouped cross-validation (Brier score; groups: the connected components of
//! plans and series, assigned to five folds).
//!
//! **Combination.** logit P = a + b·logit(p_series) + c·logit(p_record), both P clipped to
//! [0.02, 0.98], penalised by ½λ_c (a² + b² + (c − 1)²) — shrunk to the outside view — with λ_c
//! chosen the same way on the cases that have a series-based P: three parameters at most.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::kind::{GovernmentLevel, IndicatorKind};
use super::logit::{expit, fit_ridge_logit, logit_clipped};
use crate::error::Result;
use crate::target::TargetKind;

/// Clip of both probabilities before the logit of the combination.
pub(crate) const CLIP: f64 = 0.02;
/// The outside view's penalty grid.
pub(crate) const OUTSIDE_PENALTIES: [f64; 8] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0];
/// The combination's penalty grid.
pub(crate) const COMBINE_PENALTIES: [f64; 8] = [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];
const FOLDS: usize = 5;

/// Which probability a row's [`crate::Assessment::probability`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProbabilityFrom {
    /// The series-based P (the trajectory's or its reference class's).
    Series,
    /// The outside view alone: the track record of targets of its kind, level and type.
    OutsideView,
    /// The combination of the two ([`RecordModel::combined`]).
    Combined,
}

impl ProbabilityFrom {
    /// `series`, `outside_view`, `combined`.
    pub fn name(self) -> &'static str {
        match self {
            ProbabilityFrom::Series => "series",
            ProbabilityFrom::OutsideView => "outside_view",
            ProbabilityFrom::Combined => "combined",
        }
    }
}

/// What the track record says about one target: its inferred kind and level, its type and
/// the outside view's P. Its `Display` is the report's `record_reason`, e.g.
/// `expected infrastructure target nationally: 95 % met on the record`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TrackRecord {
    /// The indicator's kind (inferred from name and unit).
    pub kind: IndicatorKind,
    /// The region's level of government (its `level` field or inferred from its name).
    pub level: Option<GovernmentLevel>,
    /// Binding, expected or unstated.
    pub target_type: TargetKind,
    /// The outside view's P(met).
    pub p_record: f64,
}

impl fmt::Display for TrackRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = match self.target_type {
            TargetKind::Binding => "binding ",
            TargetKind::Expected => "expected ",
            TargetKind::Unstated => "",
        };
        write!(f, "{t}{} target", self.kind)?;
        if let Some(l) = self.level {
            write!(f, " {l}")?;
        }
        write!(f, ": {:.0} % met on the record", 100.0 * self.p_record)
    }
}

/// One resolved target for fitting the outside view.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct RecordCase {
    /// Indicator kind.
    pub kind: IndicatorKind,
    /// Level of government (`None`: unknown).
    pub level: Option<GovernmentLevel>,
    /// Target type.
    pub target_type: TargetKind,
    /// Sampled outcome-first (found because its outcome was reported).
    pub outcome_first: bool,
    /// Met.
    pub met: bool,
    /// Cross-validation group (cases of one group are never split across folds).
    pub group: usize,
}

impl RecordCase {
    /// A case.
    pub fn new(
        kind: IndicatorKind,
        level: Option<GovernmentLevel>,
        target_type: TargetKind,
        outcome_first: bool,
        met: bool,
        group: usize,
    ) -> Self {
        RecordCase {
            kind,
            level,
            target_type,
            outcome_first,
            met,
            group,
        }
    }
}

/// One resolved target with a series-based P, for fitting the combination.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct CombineCase {
    /// The series-based P.
    pub p_series: f64,
    /// The outside view's P.
    pub p_record: f64,
    /// Met.
    pub met: bool,
    /// Cross-validation group.
    pub group: usize,
}

impl CombineCase {
    /// A case.
    pub fn new(p_series: f64, p_record: f64, met: bool, group: usize) -> Self {
        CombineCase {
            p_series,
            p_record,
            met,
            group,
        }
    }
}

/// The fitted track-record model: the outside view's effects and the combination's
/// coefficients. [`RecordModel::embedded`] is the one fitted on `seeds/outcomes/` and shipped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordModel {
    /// β₀.
    pub intercept: f64,
    /// u_kind, in [`IndicatorKind::ALL`] order.
    pub kind: [f64; 7],
    /// v_level, in [`GovernmentLevel::ALL`] order (an unknown level: 0).
    pub level: [f64; 4],
    /// w_type: expected, binding, unstated.
    pub target_type: [f64; 3],
    /// s: the outcome-first sampling effect (fitted, never predicted with).
    pub outcome_first: f64,
    /// λ of the outside view.
    pub penalty: f64,
    /// (a, b, c) of the combination.
    pub combine: [f64; 3],
    /// λ_c of the combination.
    pub combine_penalty: f64,
    /// Whether the combination beat the outside view alone in the refit's grouped
    /// cross-validation; if not, the default P is the outside view.
    pub prefer_combined: bool,
    /// Cases the outside view was fitted on.
    pub cases: usize,
    /// Cases the combination was fitted on.
    pub combine_cases: usize,
}

fn type_index(t: TargetKind) -> usize {
    match t {
        TargetKind::Expected => 0,
        TargetKind::Binding => 1,
        TargetKind::Unstated => 2,
    }
}

const P: usize = 1 + 7 + 4 + 3 + 1;

fn design(c: &RecordCase) -> Vec<f64> {
    let mut x = vec![0.0; P];
    x[0] = 1.0;
    x[1 + c.kind.index()] = 1.0;
    if let Some(l) = c.level {
        x[8 + l.index()] = 1.0;
    }
    x[12 + type_index(c.target_type)] = 1.0;
    x[15] = f64::from(u8::from(c.outcome_first));
    x
}

fn met(b: bool) -> f64 {
    f64::from(u8::from(b))
}

fn combine_row(c: &CombineCase) -> Vec<f64> {
    vec![
        1.0,
        logit_clipped(c.p_series, CLIP),
        logit_clipped(c.p_record, CLIP),
    ]
}

/// Grouped K-fold assignment: group g goes to fold g mod K.
fn fold_of(group: usize, folds: usize) -> usize {
    group % folds
}

/// The penalty of `grid` with the least out-of-fold Brier score (ties: the larger penalty).
fn choose<C>(
    cases: &[C],
    group: impl Fn(&C) -> usize,
    grid: &[f64],
    fit_score: impl Fn(&[&C], &[&C], f64) -> Result<f64>,
) -> Result<f64> {
    let mut best = (f64::INFINITY, grid[grid.len() - 1]);
    for &lambda in grid.iter().rev() {
        let mut sse = 0.0;
        for k in 0..FOLDS {
            let (test, train): (Vec<&C>, Vec<&C>) =
                cases.iter().partition(|c| fold_of(group(c), FOLDS) == k);
            if test.is_empty() || train.is_empty() {
                continue;
            }
            sse += fit_score(&train, &test, lambda)?;
        }
        if sse < best.0 - 1e-12 {
            best = (sse, lambda);
        }
    }
    Ok(best.1)
}

impl RecordModel {
    /// The outside view's P(met) for a target of `kind`, `level` and `target_type`
    /// (target-first sampling).
    pub fn p_record(
        &self,
        kind: IndicatorKind,
        level: Option<GovernmentLevel>,
        target_type: TargetKind,
    ) -> f64 {
        let z = self.intercept
            + self.kind[kind.index()]
            + level.map_or(0.0, |l| self.level[l.index()])
            + self.target_type[type_index(target_type)];
        expit(z)
    }

    /// The combined P: logit P = a + b·logit(p_series) + c·logit(p_record), both clipped to
    /// `CLIP`.
    pub fn combined(&self, p_series: f64, p_record: f64) -> f64 {
        let [a, b, c] = self.combine;
        expit(a + b * logit_clipped(p_series, CLIP) + c * logit_clipped(p_record, CLIP))
    }

    fn outside_at(cases: &[&RecordCase], lambda: f64) -> Result<Vec<f64>> {
        let x: Vec<Vec<f64>> = cases.iter().map(|c| design(c)).collect();
        let y: Vec<f64> = cases.iter().map(|c| met(c.met)).collect();
        let mut pen = vec![lambda; P];
        pen[0] = 0.0;
        fit_ridge_logit(&x, &y, &pen, &[0.0; P])
    }

    /// Fits the outside view on resolved targets, λ from `OUTSIDE_PENALTIES` by grouped
    /// cross-validation; the combination is left at the outside view (a = b = 0, c = 1).
    ///
    /// # Errors
    /// [`crate::Error::InsufficientData`] without cases; [`crate::Error::Unfittable`] if
    /// Newton's method fails (not expected: every effect is penalised).
    pub fn fit(cases: &[RecordCase]) -> Result<RecordModel> {
        let lambda = choose(
            cases,
            |c| c.group,
            &OUTSIDE_PENALTIES,
            |train, test, lambda| {
                let b = Self::outside_at(train, lambda)?;
                Ok(test
                    .iter()
                    .map(|c| {
                        let z: f64 = design(c).iter().zip(&b).map(|(x, b)| x * b).sum();
                        (expit(z) - met(c.met)).powi(2)
                    })
                    .sum())
            },
        )?;
        let all: Vec<&RecordCase> = cases.iter().collect();
        let b = Self::outside_at(&all, lambda)?;
        let mut m = RecordModel {
            intercept: b[0],
            kind: [0.0; 7],
            level: [0.0; 4],
            target_type: [0.0; 3],
            outcome_first: b[15],
            penalty: lambda,
            combine: [0.0, 0.0, 1.0],
            combine_penalty: f64::INFINITY,
            prefer_combined: false,
            cases: cases.len(),
            combine_cases: 0,
        };
        m.kind.copy_from_slice(&b[1..8]);
        m.level.copy_from_slice(&b[8..12]);
        m.target_type.copy_from_slice(&b[12..15]);
        Ok(m)
    }

    fn combine_at(cases: &[&CombineCase], lambda: f64) -> Result<[f64; 3]> {
        let x: Vec<Vec<f64>> = cases.iter().map(|c| combine_row(c)).collect();
        let y: Vec<f64> = cases.iter().map(|c| met(c.met)).collect();
        let b = fit_ridge_logit(&x, &y, &[lambda; 3], &[0.0, 0.0, 1.0])?;
        Ok([b[0], b[1], b[2]])
    }

    /// This model with the combination fitted on `cases` (λ_c from `COMBINE_PENALTIES` by
    /// grouped cross-validation); without cases it stays the outside view.
    ///
    /// # Errors
    /// [`crate::Error::Unfittable`] if Newton's method fails (not expected).
    pub fn with_combination(mut self, cases: &[CombineCase]) -> Result<RecordModel> {
        if cases.is_empty() {
            return Ok(self);
        }
        let lambda = choose(
            cases,
            |c| c.group,
            &COMBINE_PENALTIES,
            |train, test, lambda| {
                let [a, b, c] = Self::combine_at(train, lambda)?;
                Ok(test
                    .iter()
                    .map(|t| {
                        let r = combine_row(t);
                        (expit(a + b * r[1] + c * r[2]) - met(t.met)).powi(2)
                    })
                    .sum())
            },
        )?;
        let all: Vec<&CombineCase> = cases.iter().collect();
        self.combine = Self::combine_at(&all, lambda)?;
        self.combine_penalty = lambda;
        self.combine_cases = cases.len();
        Ok(self)
    }

    /// The model as the Rust source of `src/outside/coefficients.rs` (what the refit command
    /// writes; numbers in shortest round-trip form).
    pub fn to_rust(&self) -> String {
        let arr = |v: &[f64]| {
            v.iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let lc = if self.combine_penalty.is_finite() {
            format!("{:?}", self.combine_penalty)
        } else {
            "f64::INFINITY".to_owned()
        };
        format!(
            "//! The embedded track-record model. Generated by\n\
             //! `cargo run --release --example plan_outcomes -- --refit` from `seeds/outcomes/`;\n\
             //! do not edit (`tests/record.rs` checks it equals the refit).\n\n\
             use super::model::RecordModel;\n\n\
             /// The model fitted on `seeds/outcomes/targets_2021_2025.csv`.\n\
             #[rustfmt::skip]\n\
             pub(crate) const EMBEDDED: RecordModel = RecordModel {{\n    \
             intercept: {:?},\n    kind: [{}],\n    level: [{}],\n    target_type: [{}],\n    \
             outcome_first: {:?},\n    penalty: {:?},\n    combine: [{}],\n    \
             combine_penalty: {lc},\n    prefer_combined: {},\n    cases: {},\n    \
             combine_cases: {},\n}};\n",
            self.intercept,
            arr(&self.kind),
            arr(&self.level),
            arr(&self.target_type),
            self.outcome_first,
            self.penalty,
            arr(&self.combine),
            self.prefer_combined,
            self.cases,
            self.combine_cases,
        )
    }

    /// The largest absolute difference between the coefficients of two models (∞ when their
    /// penalties or choices differ).
    pub fn max_difference(&self, other: &RecordModel) -> f64 {
        if self.prefer_combined != other.prefer_combined
            || self.cases != other.cases
            || self.combine_cases != other.combine_cases
        {
            return f64::INFINITY;
        }
        let a = [self.intercept, self.outcome_first, self.penalty]
            .into_iter()
            .chain(self.kind)
            .chain(self.level)
            .chain(self.target_type)
            .chain(self.combine);
        let b = [other.intercept, other.outcome_first, other.penalty]
            .into_iter()
            .chain(other.kind)
            .chain(other.level)
            .chain(other.target_type)
            .chain(other.combine);
        let pen = if self.combine_penalty == other.combine_penalty {
            0.0
        } else {
            (self.combine_penalty - other.combine_penalty).abs()
        };
        a.zip(b).map(|(x, y)| (x - y).abs()).fold(pen, f64::max)
    }

    /// The model fitted on `seeds/outcomes/` and shipped with the crate.
    pub fn embedded() -> &'static RecordModel {
        &super::coefficients::EMBEDDED
    }
}
