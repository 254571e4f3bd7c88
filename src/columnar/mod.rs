//! The hot path: many series observed in the same years, assessed against one target each,
//! without allocating per series.
//!
//! A [`SeriesBatch`] stores the values row-major in one buffer with the years once.
//! [`assess_batch`] gives, for every series, exactly the numbers of the public per-series
//! path — [`Model::fit`], [`project`](crate::project), [`probability`](crate::probability),
//! [`classify`], [`year_reached`](crate::year_reached) — bit for bit (`tests/batch.rs` checks
//! every branch, arbitrary batches, and CI every instruction set). Two ways there:
//!
//! * `Model::Auto` over the closed forms (3 to 16 points, no Levenberg–Marquardt candidate):
//!   the fused kernel of `columnar/lanes.rs` fits, projects and assesses sixteen series at a
//!   time in SIMD lanes (AVX-512 or AVX2 where the CPU has them), with logarithms and
//!   exponentials that are plain arithmetic (`math.rs`) and that the per-series path uses too;
//! * anything else: the per-series path on each row, with nothing allocated per series (no
//!   [`Series`](crate::Series), a stack buffer for the transformed values) and the Student t
//!   quantiles looked up in a table built once.
//!
//! Either way the rows are split across threads by rayon into cache-sized chunks, and written
//! in row order.

mod lanes;

use crate::par::*;

use lanes::{assess_block, Plan};
use serde::{Deserialize, Serialize};

use crate::assess::assess_one;
use crate::dist::TQuantiles;
use crate::error::{Error, Result};
use crate::feasibility::{Reason, Thresholds};
use crate::indicator::Bounds;
use crate::model::{Design, Fitted, Model, ModelKind};
use crate::projection::{project_and_probability, year_reached_under, Level, Uncertainty};
use crate::projection::{Forecast, Projected};
use crate::target::Comparator;
use crate::verdict::{Goal, Verdict};

/// Series that share their years, stored row-major: `values[s * years.len() + i]`.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesBatch {
    years: Vec<i32>,
    values: Vec<f64>,
}

impl SeriesBatch {
    /// Builds a batch.
    ///
    /// # Errors
    /// [`Error::InsufficientData`] without years, [`Error::DuplicateYear`] unless years are
    /// strictly increasing, [`Error::YearOutOfRange`], [`Error::LengthMismatch`] unless
    /// `values.len()` is a multiple of `years.len()`, [`Error::NonFiniteValue`] (with the year).
    pub fn try_new(years: Vec<i32>, values: Vec<f64>) -> Result<Self> {
        if years.is_empty() {
            return Err(Error::InsufficientData {
                what: "a batch",
                needed: 1,
                got: 0,
            });
        }
        for (i, &y) in years.iter().enumerate() {
            if !crate::series::YEAR_RANGE.contains(&y) {
                return Err(Error::YearOutOfRange { year: y.into() });
            }
            if i > 0 && years[i - 1] >= y {
                return Err(Error::DuplicateYear { year: y });
            }
        }
        if !values.len().is_multiple_of(years.len()) {
            return Err(Error::LengthMismatch {
                years: years.len(),
                values: values.len(),
            });
        }
        if let Some(k) = values.iter().position(|v| !v.is_finite()) {
            return Err(Error::NonFiniteValue {
                year: years[k % years.len()],
                value: values[k],
            });
        }
        Ok(SeriesBatch { years, values })
    }

    /// The shared years.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// Number of series.
    pub fn len(&self) -> usize {
        self.values.len() / self.years.len()
    }

    /// True without series.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The values of series `s`.
    pub fn row(&self, s: usize) -> &[f64] {
        let l = self.years.len();
        &self.values[s * l..(s + 1) * l]
    }

    /// All values, row-major.
    pub fn values(&self) -> &[f64] {
        &self.values
    }
}

/// What every series of a batch is assessed against (one target value per series).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct BatchSpec<'a> {
    /// Indicator bounds (for `Auto` and the logistic).
    pub bounds: Bounds,
    /// Model (`Auto` by default).
    pub model: Model,
    /// Target year.
    pub target_year: i32,
    /// Comparator of every target.
    pub comparator: Comparator,
    /// The plan's baseline year (t0 of the progress ratio) when it is observed; `None`: the
    /// first observation of the last five years (see [`crate::verdict`]).
    pub baseline_year: Option<i32>,
    /// Interval level.
    pub level: Level,
    /// Interval method.
    pub uncertainty: Uncertainty<'a>,
    /// Status cut-offs.
    pub thresholds: Thresholds,
}

impl BatchSpec<'static> {
    /// Every series against `comparator target` by `target_year`: model `Auto`, no bounds, the
    /// baseline year from the data, 80 % random-walk intervals, default cut-offs. Adjust with the
    /// `with_*` methods.
    ///
    /// ```
    /// use plancast::{assess_batch, BatchSpec, Bounds, Comparator, SeriesBatch};
    /// let batch = SeriesBatch::try_new(vec![2018, 2019, 2020], vec![10.0, 12.0, 14.0, 50.0, 51.0, 52.0])?;
    /// let spec = BatchSpec::new(2025, Comparator::Ge).with_bounds(Bounds::PERCENT);
    /// let rows = assess_batch(&batch, &[24.0, 60.0], &spec)?;
    /// assert_eq!(rows.len(), 2);
    /// # Ok::<(), plancast::Error>(())
    /// ```
    pub fn new(target_year: i32, comparator: Comparator) -> Self {
        Self {
            bounds: Bounds::NONE,
            model: Model::Auto,
            target_year,
            comparator,
            baseline_year: None,
            level: Level::try_new(0.8).expect("0.8 is a level"),
            uncertainty: Uncertainty::RandomWalk,
            thresholds: Thresholds::default(),
        }
    }
}

impl<'a> BatchSpec<'a> {
    /// With the indicator's bounds.
    #[must_use]
    pub fn with_bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = bounds;
        self
    }

    /// With the model.
    #[must_use]
    pub fn with_model(mut self, model: Model) -> Self {
        self.model = model;
        self
    }

    /// With the plan's baseline year (t0 of the progress ratio).
    #[must_use]
    pub fn with_baseline_year(mut self, year: Option<i32>) -> Self {
        self.baseline_year = year;
        self
    }

    /// With the interval level.
    #[must_use]
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// With the interval method (a calibration borrowed for the spec's lifetime).
    #[must_use]
    pub fn with_uncertainty<'b>(self, uncertainty: Uncertainty<'b>) -> BatchSpec<'b> {
        BatchSpec {
            bounds: self.bounds,
            model: self.model,
            target_year: self.target_year,
            comparator: self.comparator,
            baseline_year: self.baseline_year,
            level: self.level,
            uncertainty,
            thresholds: self.thresholds,
        }
    }

    /// With status cut-offs.
    #[must_use]
    pub fn with_thresholds(mut self, thresholds: Thresholds) -> Self {
        self.thresholds = thresholds;
        self
    }
}

impl BatchSpec<'_> {
    /// The goal of a series whose target value is `target`.
    #[inline]
    pub(crate) fn goal(&self, target: f64) -> Goal {
        let g = Goal::new(self.target_year, self.comparator, target);
        match self.baseline_year {
            Some(y) => g.with_baseline_year(y),
            None => g,
        }
    }
}

/// The assessment of one series of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BatchRow {
    /// Model fitted (`None` when no model could be fitted; the verdict then rests on the
    /// observations alone).
    pub model: Option<ModelKind>,
    /// Projected value at the target year (a target year after the last observation only).
    pub projected: Option<f64>,
    /// Interval (lower, upper).
    pub interval: Option<(f64, f64)>,
    /// Probability of meeting the target.
    pub probability: Option<f64>,
    /// Status, growth figures, progress ratios and years.
    pub verdict: Verdict,
}

impl BatchRow {
    /// A placeholder for buffers that every row overwrites.
    pub(crate) const EMPTY: BatchRow = BatchRow {
        model: None,
        projected: None,
        interval: None,
        probability: None,
        verdict: Verdict::not_assessable(Reason::NoObservations),
    };
}

/// Rows per rayon task: big enough to amortise scheduling, small enough to balance 2–64
/// threads on 10^5–10^6 series and keep a task's values (6 points × 8 B × 4096 = 192 KiB) in L2.
pub(crate) const CHUNK: usize = 4096;

/// A fitted model of one row, projected as the public path does (t quantiles from a table).
struct Fit<'a> {
    fit: &'a Fitted,
    spec: &'a BatchSpec<'a>,
    tq: &'a TQuantiles,
}

impl Forecast for Fit<'_> {
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>) {
        let s = self.spec;
        let (p, pr) = project_and_probability(
            self.fit,
            year,
            s.level,
            s.uncertainty,
            Some(self.tq),
            comparator,
            target,
        );
        let p = p.ok().map(|p| {
            let i = p.interval().map(|i| (i.lower(), i.upper(), i.method()));
            (p.value(), i)
        });
        (p, pr)
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        year_reached_under(
            self.fit,
            from,
            crate::projection::YEAR_REACHED_HORIZON,
            comparator,
            target,
            self.spec.uncertainty,
        )
    }
}

/// The per-series kernel: the public path on one row.
#[inline]
pub(super) fn assess_row(
    years: &[i32],
    design: Option<&Design>,
    row: &[f64],
    target: f64,
    spec: &BatchSpec<'_>,
    tq: &TQuantiles,
) -> BatchRow {
    let fit = spec.model.fit_design(years, row, spec.bounds, design).ok();
    let forecast = fit.as_ref().map(|fit| Fit { fit, spec, tq });
    let out = assess_one(
        years,
        row,
        &spec.goal(target),
        spec.bounds,
        &spec.thresholds,
        forecast.as_ref(),
    );
    BatchRow {
        model: fit.as_ref().map(Fitted::kind),
        projected: out.projected,
        interval: out.interval.map(|(lo, hi, _)| (lo, hi)),
        probability: out.probability,
        verdict: out.verdict,
    }
}

/// One target per series, or [`Error::TargetCountMismatch`].
fn check_targets(batch: &SeriesBatch, targets: &[f64]) -> Result<()> {
    if targets.len() != batch.len() {
        return Err(Error::TargetCountMismatch {
            series: batch.len(),
            targets: targets.len(),
        });
    }
    Ok(())
}

/// Assesses every series of the batch against its target, in parallel (rayon's current
/// pool), in row order. Identical to running the public per-series path on each row.
///
/// # Errors
/// [`Error::TargetCountMismatch`] unless there is one target per series.
pub fn assess_batch(
    batch: &SeriesBatch,
    targets: &[f64],
    spec: &BatchSpec<'_>,
) -> Result<Vec<BatchRow>> {
    let mut out = Vec::new();
    assess_batch_into(batch, targets, spec, &mut out)?;
    Ok(out)
}

/// [`assess_batch`] into a caller's vector, whose allocation is reused when it is large enough
/// (for streams of batches: no fresh pages to fault in for every batch).
///
/// # Errors
/// As [`assess_batch`]; `out` is left empty on error.
pub fn assess_batch_into(
    batch: &SeriesBatch,
    targets: &[f64],
    spec: &BatchSpec<'_>,
    out: &mut Vec<BatchRow>,
) -> Result<()> {
    check_targets(batch, targets).inspect_err(|_| out.clear())?;
    let l = batch.years.len();
    let tq = TQuantiles::new(spec.level.get(), l as u32);
    let design = Design::new(&batch.years);
    let years = batch.years.as_slice();
    if let Some(plan) = Plan::new(spec, years, design.as_ref(), &tq) {
        // Every row is overwritten: a reused buffer of the right length is not touched twice.
        out.resize(batch.len(), BatchRow::EMPTY);
        out.par_chunks_mut(CHUNK)
            .zip(batch.values.par_chunks(CHUNK * l))
            .zip(targets.par_chunks(CHUNK))
            .for_each(|((o, v), t)| assess_block(&plan, v, t, o));
        return Ok(());
    }
    batch
        .values
        .par_chunks(l)
        .with_min_len(CHUNK)
        .zip(targets.par_iter())
        .map(|(row, &target)| assess_row(years, design.as_ref(), row, target, spec, &tq))
        .collect_into_vec(out);
    Ok(())
}

/// [`assess_batch`] on the calling thread.
///
/// # Errors
/// As [`assess_batch`].
pub fn assess_batch_serial(
    batch: &SeriesBatch,
    targets: &[f64],
    spec: &BatchSpec<'_>,
) -> Result<Vec<BatchRow>> {
    check_targets(batch, targets)?;
    let l = batch.years.len();
    let tq = TQuantiles::new(spec.level.get(), l as u32);
    let design = Design::new(&batch.years);
    if let Some(plan) = Plan::new(spec, &batch.years, design.as_ref(), &tq) {
        let mut out = vec![BatchRow::EMPTY; batch.len()];
        assess_block(&plan, &batch.values, targets, &mut out);
        return Ok(out);
    }
    Ok(batch
        .values
        .chunks(l)
        .zip(targets)
        .map(|(row, &target)| assess_row(&batch.years, design.as_ref(), row, target, spec, &tq))
        .collect())
}
