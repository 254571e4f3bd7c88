//! The fused batch kernel: `Model::Auto` over the closed forms, sixteen series at a time.
//!
//! The per-series path spends most of its time in logarithms and exponentials (six to twelve
//! a candidate model, three a projection) and in the bookkeeping around one fit. Here the
//! values of [`W`] series are laid out lane by lane (`y[i][lane]`), every candidate is fitted
//! to all lanes at once with the lane-generic code the per-series fit runs on one lane
//! ([`Design::fit_lanes`], [`log_lanes`], [`aicc_lanes`], …), and the transforms' inverses
//! at the target year are taken for all lanes together. What is left per series — choosing
//! the model (`model::by_metadata`, `model::lower_aicc`), the anchored centre
//! (`model::anchored`), the drift (`model::drift`), the probability's score lookup or t CDF,
//! the status, the year reached — calls the very functions the per-series path calls, lane by
//! lane. So the numbers are the per-series path's,
//! bit for bit (`tests/batch.rs` checks it on every branch), while the arithmetic runs in
//! AVX2 or AVX-512 registers where the CPU has them ([`multiversion`] picks at run time).
//!
//! The verdict itself — status, growth figures, ratios — is [`judge_with`], the rules' one
//! definition, called per lane with the three growth rates the kernel computed for all lanes.
//!
//! The kernel applies to batches with `Auto`, 3 to [`MAX_POINTS`] points, an inequality target
//! and a target year after the last observation; other batches take the per-row path. Within
//! it, a series for which `Auto` would try the Levenberg–Marquardt curves (≥ 8 points, no upper
//! bound, y bending down significantly: `model::auto::concave`, tested here for all
//! lanes at once) goes to the per-series code.

#[cfg(not(plancast_isa = "baseline"))]
use multiversion::multiversion;

use super::{BatchRow, BatchSpec};
use crate::dist::TQuantiles;
use crate::math::ln_lanes;
use crate::math::{exp_lanes, exp_m1_lanes, max_num, min_num};
use crate::model::{
    aicc_lanes, by_metadata, falls_to_zero_floor, log_lanes, logit_lanes, lower_aicc, Design,
    LineLanes, Model, ModelKind, Transform, AICC_MIN_POINTS, AUTO_NONLINEAR_MIN_POINTS,
};
use crate::projection::YEAR_REACHED_HORIZON;
use crate::projection::{
    effective_target, probability_at, working_target, After, AnchoredLine, DistPlan, Keep,
};
use crate::target::Comparator;
use crate::verdict::{base_index, judge_with, Case, Leg};

/// Series per group: sixteen f64 lanes, two AVX-512 or four AVX2 registers (measured faster
/// than eight, which leaves the long division-and-polynomial chains of ln too little to
/// overlap, and than four).
pub(crate) const W: usize = 16;
/// Most points a series may have for the fused kernel (its transformed values stay on the
/// stack).
pub(crate) const MAX_POINTS: usize = 64;

/// Model codes per lane.
const LINEAR: u8 = 0;
const EXPONENTIAL: u8 = 1;
const LOGISTIC: u8 = 2;
const FAILED: u8 = 3;

/// What every series of a batch shares, computed once.
#[derive(Debug)]
pub(crate) struct Plan<'a> {
    spec: &'a BatchSpec<'a>,
    years: &'a [i32],
    design: &'a Design,
    n: usize,
    /// The logistic's bounds, when the indicator has both.
    bounds: Option<(f64, f64)>,
    t_last: i32,
    /// Index of the base year t0 (the same for every series: they share their years).
    base: usize,
    /// sqrt(1 + 1/n + (T − t̄)²/Sxx) at the target year T.
    prediction_factor: f64,
    /// The interval method at the target year's horizon.
    dist: [DistPlan<'a>; 3],
    /// How the fitted trend is continued after the last observation, per scale
    /// (`Uncertainty::keep`).
    keep: [Keep; 3],
    /// Lanes whose log bends down go to the per-series code (Levenberg–Marquardt candidates).
    lm: bool,
    /// t quantiles for the per-series code.
    tq: &'a TQuantiles,
    /// The interval's ends as centre + k·sd (`None`: ±∞).
    interval_scale: [Option<(f64, f64)>; 3],
}

impl<'a> Plan<'a> {
    /// `None` when the fused kernel does not apply to this batch.
    pub(crate) fn new(
        spec: &'a BatchSpec<'a>,
        years: &'a [i32],
        design: Option<&'a Design>,
        tq: &'a TQuantiles,
    ) -> Option<Self> {
        let n = years.len();
        let design = design?;
        // With ≥ 8 points and no upper bound `Auto` may try the Levenberg–Marquardt curves on
        // a series whose log bends down: the kernel tests that for all lanes and hands those
        // lanes to the per-series code.
        let lm = n >= AUTO_NONLINEAR_MIN_POINTS && spec.bounds.upper().is_none();
        if spec.model != Model::Auto
            || !(3..=MAX_POINTS).contains(&n)
            || spec.comparator == Comparator::Eq
            || spec.target_year <= years[n - 1]
        {
            return None;
        }
        // As `Ols::prediction_factor`, so the bits agree.
        let d = f64::from(spec.target_year) - design.mean_t();
        let prediction_factor = (1.0 + 1.0 / n as f64 + d * d / design.sxx()).sqrt();
        let (t_first, t_last) = (years[0], years[n - 1]);
        let h = i64::from(spec.target_year) - i64::from(t_last);
        // One plan per working scale (a calibration keeps its scores apart by scale), indexed
        // as `calibration::scale_index`.
        let span = f64::from(t_last - t_first);
        let (lower, upper) = spec.bounds.both().unwrap_or((0.0, 1.0));
        let scales = [
            Transform::Identity,
            Transform::Log,
            Transform::Logit { lower, upper },
        ];
        let dist = scales.map(|t| spec.uncertainty.plan(t, h, span));
        let keep = scales.map(|t| spec.uncertainty.keep(t));
        let interval_scale =
            dist.map(|d| d.interval_scale(spec.level.get(), Some(tq), (n - 2) as u32));
        Some(Plan {
            dist,
            interval_scale,
            spec,
            years,
            design,
            n,
            bounds: spec.bounds.both(),
            t_last,
            base: base_index(years, spec.baseline_year),
            keep,
            lm,
            tq,
            prediction_factor,
        })
    }
}

/// Assesses the rows of `values` (row-major, `plan.n` a row) against `targets` into `out`.
pub(crate) fn assess_block<'a>(
    plan: &Plan<'a>,
    values: &[f64],
    targets: &[f64],
    out: &mut [BatchRow],
) {
    let n = plan.n;
    // Lane-major values and the two transformed copies, set up once a block (zeroing them per
    // group of sixteen cost more than the 6-point kernel's arithmetic).
    let mut y = [[0.0; W]; MAX_POINTS];
    let mut zlog = [[0.0; W]; MAX_POINTS];
    let mut zlogit = [[0.0; W]; MAX_POINTS];
    let mut target = [0.0; W];
    for ((rows, tgts), vals) in out
        .chunks_mut(W)
        .zip(targets.chunks(W))
        .zip(values.chunks(W * n))
    {
        let live = rows.len();
        // Lane-major copy; a short last group repeats its last row in the spare lanes.
        for l in 0..W {
            let row = &vals[l.min(live - 1) * n..][..n];
            for (yi, &v) in y.iter_mut().zip(row) {
                yi[l] = v;
            }
            target[l] = tgts[l.min(live - 1)];
        }
        group(
            plan,
            &y[..n],
            &target,
            rows,
            (&mut zlog[..n], &mut zlogit[..n]),
        );
    }
}

/// One candidate model fitted to all lanes.
#[derive(Clone, Copy)]
struct Candidate {
    /// Applies to the lane and fitted without overflow.
    ok: [bool; W],
    line: LineLanes<W>,
    /// AICc; not finite where `Auto` has `None`.
    aicc: [f64; W],
    rw: [f64; W],
    z_last: [f64; W],
}

/// Fits a closed form to the working-scale values `z` of every lane: the steps of
/// `closed_core` after the transform.
#[inline(always)]
fn candidate(
    plan: &Plan<'_>,
    z: impl Fn(usize) -> [f64; W] + Copy,
    log_jacobian: [f64; W],
    applies: [bool; W],
) -> Candidate {
    let n = plan.n;
    let line = plan.design.fit_lanes(z);
    let aicc = if n >= AICC_MIN_POINTS {
        aicc_lanes(n, 3, line.sse, log_jacobian)
    } else {
        [f64::NAN; W]
    };
    let rw = plan.design.rw_sigma_lanes(plan.years, z);
    // (Loops, not `array::from_fn`: its closure is not always inlined, and then it is
    // compiled without the group's target features.)
    let mut ok = [false; W];
    for l in 0..W {
        ok[l] = applies[l]
            & line.slope[l].is_finite()
            & line.mean_z[l].is_finite()
            & line.sse[l].is_finite();
    }
    Candidate {
        ok,
        line,
        aicc,
        rw,
        z_last: z(n - 1),
    }
}

/// Assesses one group of [`W`] series (`y[i][lane]`; `out` may be shorter than `W`).
///
/// Compiled for AVX-512, AVX2 and the baseline, chosen once at run time. The closures in here
/// inherit the target features, which is why the heavy work sits in this one function.
///
/// `--cfg plancast_isa="avx2"` or `="baseline"` (in `RUSTFLAGS`) builds only that version, so
/// CI checks every version against the per-series path whatever its CPU (`.ci/run`).
#[cfg_attr(
    not(any(plancast_isa = "avx2", plancast_isa = "baseline")),
    multiversion(targets("x86_64+avx512f+avx512dq+avx512vl+avx2+fma", "x86_64+avx2+fma"))
)]
#[cfg_attr(plancast_isa = "avx2", multiversion(targets("x86_64+avx2+fma")))]
fn group<'a>(
    plan: &Plan<'a>,
    y: &[[f64; W]],
    target: &[f64; W],
    out: &mut [BatchRow],
    (zlog, zlogit): (&mut [[f64; W]], &mut [[f64; W]]),
) {
    let spec = plan.spec;
    let n = plan.n;

    let mut positive = [true; W];
    let mut inside = [plan.bounds.is_some(); W];
    let (lower, upper) = plan.bounds.unwrap_or((0.0, 0.0));
    for yi in y {
        for l in 0..W {
            positive[l] &= yi[l] > 0.0;
            inside[l] &= yi[l] > lower && yi[l] < upper;
        }
    }

    // The candidates, each on all lanes; one that applies to no lane is not fitted (when every
    // lane is a share inside its bounds, only the logistic is: `Auto` takes it for them).
    let others = inside.contains(&false);
    let nan = [f64::NAN; W];
    let absent = Candidate {
        ok: [false; W],
        line: LineLanes {
            mean_z: nan,
            slope: nan,
            sse: nan,
        },
        aicc: nan,
        rw: nan,
        z_last: nan,
    };
    let lin = if others {
        candidate(plan, |i| y[i], [0.0; W], [true; W])
    } else {
        absent
    };
    let exp = if others && positive.contains(&true) {
        let jac = log_lanes(|i| y[i], zlog);
        candidate(plan, |i| zlog[i], jac, positive)
    } else {
        absent
    };
    // Lanes for the Levenberg–Marquardt candidates (`model::auto::concave`).
    let mut per_series = [false; W];
    if plan.lm && positive.contains(&true) {
        let concave = plan.design.concave_lanes(|i| y[i], &lin.line);
        for l in 0..W {
            per_series[l] = positive[l] & concave[l];
        }
    }
    let logit = if inside.contains(&true) {
        let jac = logit_lanes(|i| y[i], zlogit, lower, upper);
        candidate(plan, |i| zlogit[i], jac, inside)
    } else {
        absent
    };

    // `Auto`'s rule, lane by lane (see `model::auto`): a share inside its bounds, or fewer
    // points than AICc needs, by the metadata; else the lowest AICc (the earlier candidate on
    // ties; no fit without the linear one). As selects, not branches per lane.
    let mut kind = [FAILED; W];
    for (l, k) in kind.iter_mut().enumerate() {
        let (code, ok) = match by_metadata(n, inside[l], positive[l]) {
            Some(ModelKind::Logistic) => (LOGISTIC, logit.ok[l]),
            Some(ModelKind::Exponential) => (EXPONENTIAL, exp.ok[l]),
            Some(_) => (LINEAR, lin.ok[l]),
            None => {
                let falling = falls_to_zero_floor(positive[l], plan.spec.bounds, lin.line.slope[l]);
                let take_exp = exp.ok[l] & (falling | lower_aicc(exp.aicc[l], lin.aicc[l]));
                (if take_exp { EXPONENTIAL } else { LINEAR }, lin.ok[l])
            }
        };
        *k = if ok { code } else { FAILED };
    }
    let (mut mean_z, mut slope, mut sse) = (lin.line.mean_z, lin.line.slope, lin.line.sse);
    let (mut z_last, mut rw) = (lin.z_last, lin.rw);
    for (code, c) in [(EXPONENTIAL, &exp), (LOGISTIC, &logit)] {
        for l in 0..W {
            if kind[l] == code {
                mean_z[l] = c.line.mean_z[l];
                slope[l] = c.line.slope[l];
                sse[l] = c.line.sse[l];
                z_last[l] = c.z_last[l];
                rw[l] = c.rw[l];
            }
        }
    }

    // The predictive distribution at the target year (`Fitted::predictive`,
    // `Fitted::anchored_center`, `Uncertainty::dist`), then the interval's ends.
    let year = spec.target_year;
    let t = f64::from(year);
    let t_last = f64::from(plan.t_last);
    let mean_t = plan.design.mean_t();
    let df = (n - 2) as u32;
    let mut center = [0.0; W];
    let mut zl = [f64::NEG_INFINITY; W];
    let mut zu = [f64::INFINITY; W];
    let after = |anchored: f64, z_last: f64, drift_change: f64| After {
        anchored,
        z_last,
        drift_change,
    };
    let mut dists = [plan.dist[0].dist(0.0, 0.0, df, after(0.0, 0.0, 0.0), None); W];
    // The random walk's drift (`Fitted::drift`): from g(first value), computed as the fit's.
    let span = f64::from(plan.t_last - plan.years[0]);
    let mut drift = [0.0; W];
    for l in 0..W {
        let z_first = match kind[l] {
            EXPONENTIAL => zlog[0][l],
            LOGISTIC => zlogit[0][l],
            _ => y[0][l],
        };
        drift[l] = crate::model::drift(z_first, z_last[l], span);
    }
    for l in 0..W {
        let model_center = mean_z[l] + slope[l] * (t - mean_t);
        let center_last = mean_z[l] + slope[l] * (t_last - mean_t);
        let anchored = crate::model::anchored(model_center, center_last, z_last[l], t, t_last);
        let sd = (sse[l] / (n - 2) as f64).sqrt() * plan.prediction_factor;
        let k = scale_of(kind[l]);
        let a = after(anchored, z_last[l], drift[l] * (t - t_last));
        dists[l] = plan.dist[k].dist(model_center, sd, df, a, Some(rw[l]));
        let d = &dists[l].0;
        center[l] = d.center();
        if let Some((k_lo, k_hi)) = plan.interval_scale[k] {
            // As `WorkingDist::interval`: centre + k·sd, sd before the horizon multiplier.
            zl[l] = center[l] + k_lo * d.sd();
            zu[l] = center[l] + k_hi * d.sd();
        }
    }
    let value = inverse_lanes(&kind, lower, upper, center);
    let lo = inverse_lanes(&kind, lower, upper, zl);
    let hi = inverse_lanes(&kind, lower, upper, zu);

    // g(target) for the probability and the year reached (`working_target`).
    let z_target = working_target_lanes(&kind, lower, upper, target);

    // Growth: the CAGRs of last/base, target/base and target/last for all lanes, as
    // `feasibility::cagr` takes them for `Leg::Observed`, `Leg::Required` and
    // `Leg::RequiredFromLast`.
    let b = plan.base;
    let t_base = plan.years[b];
    let dt_observed = f64::from(plan.t_last - t_base);
    let dt_required = f64::from(year - t_base);
    let dt_from_last = f64::from(year - plan.t_last);
    let mut observed = [0.0; W];
    let mut required = [0.0; W];
    let mut from_last = [0.0; W];
    for l in 0..W {
        observed[l] = y[n - 1][l] / y[b][l];
        required[l] = target[l] / y[b][l];
        from_last[l] = target[l] / y[n - 1][l];
    }
    let (mut observed, mut required, mut from_last) =
        (ln_lanes(observed), ln_lanes(required), ln_lanes(from_last));
    for l in 0..W {
        observed[l] /= dt_observed;
        required[l] /= dt_required;
        from_last[l] /= dt_from_last;
    }
    let cagr_observed = exp_m1_lanes(observed);
    let cagr_required = exp_m1_lanes(required);
    let cagr_from_last = exp_m1_lanes(from_last);

    // The trend's slope after the last observation, continued as the calibration says
    // (`projection::year_reached_under`).
    let mut slope_after = slope;
    for l in 0..W {
        slope_after[l] = plan.keep[scale_of(kind[l])].slope(slope[l], drift[l]);
    }

    // The year reached, where the crossing of the anchored line settles it.
    let from = plan.t_last + 1;
    let (settled, reached) = crossing_lanes(
        plan,
        &kind,
        lower,
        upper,
        &mean_z,
        &slope_after,
        &z_last,
        &z_target,
        target,
        from,
    );

    // The projection and its interval (`project_dist`: the ends clamped around the value,
    // `finish_interval` and `Projection::try_new`, whose other checks cannot fail once the
    // value is finite, since lo ≤ value ≤ hi by construction).
    let mut lo_end = [0.0; W];
    let mut hi_end = [0.0; W];
    let mut with_value = [false; W];
    let mut with_interval = [false; W];
    for l in 0..W {
        lo_end[l] = min_num(lo[l], value[l]);
        hi_end[l] = max_num(hi[l], value[l]);
        with_value[l] = value[l].is_finite();
        with_interval[l] = with_value[l] && lo_end[l].is_finite() && hi_end[l].is_finite();
    }
    let transform_of = |code: u8| match code {
        LINEAR => Transform::Identity,
        EXPONENTIAL => Transform::Log,
        _ => Transform::Logit { lower, upper },
    };
    // The probability from each lane's distribution (`probability_at`: a t CDF, or the count
    // of calibration scores below for an empirical one).
    let mut probability = [None; W];
    for l in 0..W {
        let d = &dists[l].0;
        probability[l] = match spec.comparator {
            Comparator::Eq => probability_at(d, spec.comparator, target[l], |v| {
                working_target(transform_of(kind[l]), v)
            }),
            c => probability_at(d, c, target[l], |_| z_target[l]),
        };
    }

    let mut values = [0.0; MAX_POINTS];
    for (l, row) in out.iter_mut().enumerate() {
        let code = kind[l];
        for (v, yi) in values.iter_mut().zip(y) {
            *v = yi[l];
        }
        let target = target[l];
        if per_series[l] {
            *row = super::assess_row(
                plan.years,
                Some(plan.design),
                &values[..n],
                target,
                spec,
                plan.tq,
            );
            continue;
        }
        let goal = spec.goal(target);
        let fitted = code != FAILED;
        let held = crate::projection::within_bounds(
            spec.bounds,
            value[l],
            Some((
                lo_end[l],
                hi_end[l],
                crate::projection::IntervalMethod::Textbook,
            )),
        );
        let projected = (fitted & with_value[l]).then_some(held.0);
        let case = Case {
            years: plan.years,
            values: &values[..n],
            goal: &goal,
            projected,
            bounds: spec.bounds,
            thresholds: &spec.thresholds,
            base: plan.base,
            all_positive: positive[l],
        };
        let cagr = |leg: Leg, r: f64, dt: f64| match leg {
            Leg::Observed => cagr_observed[l],
            Leg::Required => cagr_required[l],
            Leg::RequiredFromLast => cagr_from_last[l],
            Leg::Other => crate::feasibility::cagr(r, dt),
        };
        let reach = |from: i32| {
            if !fitted {
                None
            } else if settled[l] && from == plan.t_last + 1 {
                Some(reached[l] as i32)
            } else {
                AnchoredLine {
                    transform: transform_of(code),
                    mean_z: mean_z[l],
                    slope: slope_after[l],
                    mean_t,
                    t_last: plan.t_last,
                    z_last: z_last[l],
                }
                .year_reached_with(
                    from,
                    YEAR_REACHED_HORIZON,
                    spec.comparator,
                    target,
                    || z_target[l],
                )
            }
        };
        let verdict = judge_with(&case, cagr, reach);
        let model = match code {
            LINEAR => Some(ModelKind::Linear),
            EXPONENTIAL => Some(ModelKind::Exponential),
            LOGISTIC => Some(ModelKind::Logistic),
            _ => None,
        };
        *row = BatchRow {
            model,
            projected,
            interval: (fitted & with_interval[l])
                .then(|| held.1.map(|b| (b.0, b.1)))
                .flatten(),
            probability: if fitted { probability[l] } else { None },
            verdict,
        };
    }
}

/// `AnchoredLine::year_reached` where its closed-form step decides, for all lanes at once:
/// (settled, year as a float) — the year where settled, else the search must run (no crossing in range,
/// an `=` target, a flat line).
///
/// The same steps as the scalar code: cross = t_last + (g(target) − z_last)/slope, y = ⌈cross⌉,
/// and the first of y − 1, y, y + 1 inside (from, to] that meets the target while the year
/// before does not. Only the usual answer, y itself (y − 1 does not meet the target, y does),
/// is settled here, with one exponential per year for all lanes; the rare rest (rounding
/// at the crossing) goes to the scalar code.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn crossing_lanes(
    plan: &Plan<'_>,
    kind: &[u8; W],
    lower: f64,
    upper: f64,
    mean_z: &[f64; W],
    slope: &[f64; W],
    z_last: &[f64; W],
    z_target: &[f64; W],
    target: &[f64; W],
    from: i32,
) -> ([bool; W], [f64; W]) {
    let comparator = plan.spec.comparator;
    if comparator == Comparator::Eq {
        return ([false; W], [0.0; W]);
    }
    let to = from.saturating_add(YEAR_REACHED_HORIZON);
    let (t_last, mean_t) = (f64::from(plan.t_last), plan.design.mean_t());
    let mut ceil = [0.0; W];
    let mut live = [false; W];
    for l in 0..W {
        // `z_target` is g(effective target) or −∞, finite exactly where g(…) is.
        let cross = t_last + (z_target[l] - z_last[l]) / slope[l];
        live[l] = (kind[l] != FAILED)
            & (slope[l] != 0.0)
            & z_target[l].is_finite()
            & (from > plan.t_last)
            & cross.is_finite()
            & (cross > f64::from(from))
            & (cross < f64::from(to));
        ceil[l] = if live[l] {
            cross.ceil()
        } else {
            f64::from(from)
        };
    }
    if !live.contains(&true) {
        return ([false; W], [0.0; W]);
    }
    let logit = Transform::Logit { lower, upper };
    // meets(y) for y = ⌈cross⌉ − 1 and ⌈cross⌉.
    let mut meets = [[false; W]; 2];
    for (k, m) in meets.iter_mut().enumerate() {
        let mut z = [0.0; W];
        for l in 0..W {
            let yr = ceil[l] - 1.0 + k as f64;
            let at = mean_z[l] + slope[l] * (yr - mean_t);
            let at_last = mean_z[l] + slope[l] * (t_last - mean_t);
            z[l] = crate::model::anchored(at, at_last, z_last[l], yr, t_last);
        }
        let v = inverse_lanes(kind, lower, upper, z);
        for l in 0..W {
            let t = if kind[l] == LOGISTIC {
                effective_target(logit, target[l])
            } else {
                target[l]
            };
            m[l] = comparator.holds(v[l], t);
        }
    }
    // The scalar code tries y − 1 (it fails when y − 1 does not meet the target), then y.
    // (Compared as floats: ⌈cross⌉ is a small integer wherever `live`, so the comparisons
    // are the scalar code's on `as i32`, without a saturating conversion per lane.)
    let (from_f, to_f) = (f64::from(from), f64::from(to));
    let mut settled = [false; W];
    for l in 0..W {
        settled[l] = live[l] & (ceil[l] > from_f) & (ceil[l] <= to_f) & meets[1][l] & !meets[0][l];
    }
    (settled, ceil)
}

/// The calibration scale of a model code (`calibration::scale_index` of its transform).
#[inline(always)]
fn scale_of(code: u8) -> usize {
    match code {
        EXPONENTIAL => 1,
        LOGISTIC => 2,
        _ => 0,
    }
}

/// `Transform::inverse` of each lane, the lane's transform given by its model code: one
/// exponential for all lanes (e^z for the log scale, e^|z| for the logit, whose two branches
/// use exactly that).
#[inline(always)]
fn inverse_lanes(kind: &[u8; W], lower: f64, upper: f64, z: [f64; W]) -> [f64; W] {
    let mut arg = [0.0; W];
    for l in 0..W {
        arg[l] = if kind[l] == EXPONENTIAL {
            z[l]
        } else {
            z[l].abs()
        };
    }
    let e = exp_lanes(arg);
    let mut out = [0.0; W];
    for l in 0..W {
        out[l] = match kind[l] {
            EXPONENTIAL => e[l],
            LOGISTIC => {
                if z[l] >= 0.0 {
                    upper - (upper - lower) / (1.0 + e[l])
                } else {
                    lower + (upper - lower) / (1.0 + e[l])
                }
            }
            _ => z[l],
        };
    }
    out
}

/// [`working_target`] of each lane: `effective_target`, then `Transform::forward` with one
/// logarithm for all lanes, NaN (outside the domain) as −∞.
#[inline(always)]
fn working_target_lanes(kind: &[u8; W], lower: f64, upper: f64, v: &[f64; W]) -> [f64; W] {
    let logit = Transform::Logit { lower, upper };
    let mut moved = [0.0; W];
    let mut arg = [0.0; W];
    for l in 0..W {
        moved[l] = if kind[l] == LOGISTIC {
            effective_target(logit, v[l])
        } else {
            v[l]
        };
        arg[l] = if kind[l] == LOGISTIC {
            (moved[l] - lower) / (upper - moved[l])
        } else {
            moved[l]
        };
    }
    let v = moved;
    let ln = ln_lanes(arg);
    let mut out = [0.0; W];
    for l in 0..W {
        // Selects rather than a branch per lane.
        let outside = if kind[l] == LOGISTIC {
            (v[l] < lower) | (v[l] > upper)
        } else {
            v[l] < 0.0
        };
        let logged = if outside { f64::NAN } else { ln[l] };
        let z = if (kind[l] == EXPONENTIAL) | (kind[l] == LOGISTIC) {
            logged
        } else {
            v[l]
        };
        out[l] = if z.is_nan() { f64::NEG_INFINITY } else { z };
    }
    out
}
