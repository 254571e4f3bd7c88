//! One target of the panel driver: its goal, its target value (a benchmark's), its series and
//! trajectory (its own fit, a reference's or its class's), the row written from one
//! [`Outcome`], and the reference's value beside a region with no observations.

use super::super::one::{assess_one, Outcome};
use super::super::options::ContinuationRule;
use super::{plan_baseline_year, Assessor};
use crate::feasibility::{Reason, Status};
use crate::indicator::Indicator;
use crate::model::Transform;
use crate::panel::Panel;
use crate::projection::IntervalMethod;
use crate::reference::combine::Combined;
use crate::report::{Assessment, ReferenceContext, Source};
use crate::target::{comparable, Statistic, Target, TargetValue};
use crate::verdict::Goal;

/// The goal a target sets: its year, comparator and (resolved) value, and the plan's
/// baseline year when the region names its plan period.
fn goal_of(panel: &Panel, t: &Target, target: f64) -> Goal {
    let goal = Goal::new(t.year, t.comparator, target);
    match plan_baseline_year(panel, &t.region) {
        Some(y) => goal.with_baseline_year(y),
        None => goal,
    }
}

/// The panel driver's part of one target: resolve the target value (a benchmark's), find the
/// series and its trajectory (its own fit or a reference's); the rest is [`assess_one`].
pub(super) fn assess_target(ctx: &Assessor<'_>, t: &Target) -> Assessment {
    let mut row = assess_series(ctx, t);
    super::super::outside::attach(ctx.panel, t, &mut row, ctx.opts.track_record);
    row
}

/// The series-based part of [`assess_target`].
fn assess_series(ctx: &Assessor<'_>, t: &Target) -> Assessment {
    let row = Assessment::blank(t);
    let panel = ctx.panel;
    let Some(indicator) = panel.indicator(&t.indicator) else {
        return row;
    };
    // Resolve the target value.
    let (target, mut row) = match &t.value {
        TargetValue::Numeric(v) => (*v, row),
        TargetValue::Relative(b) => {
            if b.statistic == Statistic::Leading {
                return row.not_assessable(Reason::RankingTarget);
            }
            match benchmark_value(ctx, &b.region, indicator, t.year) {
                Some(v) => (
                    v,
                    Assessment {
                        target: Some(v),
                        ..row
                    },
                ),
                None => return row.not_assessable(Reason::NoBenchmark),
            }
        }
    };
    let Some(series) = panel
        .series_view(&t.region, &t.indicator)
        .filter(|s| !s.is_empty())
    else {
        row.context = reference_context(ctx, &t.region, indicator, t.year);
        let goal = goal_of(panel, t, target);
        return super::super::intensity::without_observations(ctx, t, indicator, &goal, row);
    };
    let last = series.last();
    row.last_year = Some(last.0);
    row.last_value = Some(last.1);
    if !comparable(
        t.definition.as_deref(),
        panel
            .series_observations(&t.region, &t.indicator)
            .into_iter()
            .flatten(),
    ) {
        return row.not_assessable(Reason::DefinitionDiffers);
    }

    let goal = goal_of(panel, t, target);
    // A count or money amount with one baseline: by intensity, where comparable regions say
    // how relative intensities drift.
    if series.len() == 1 {
        if let Some(judged) =
            super::super::intensity::from_baseline(ctx, t, indicator, &goal, last, &row)
        {
            return judged;
        }
    }
    // The region's own trajectory, or a reference's; a failed fit leaves the verdict to the
    // observations.
    let src = ctx.drawn(&t.region, indicator, series).ok().flatten();
    if let Some(src) = &src {
        row.source = Some(src.source.clone());
    }
    let path = src.as_ref().map(|src| ctx.path(src, &t.indicator));
    let (years, values) = (series.years(), series.values());
    let (bounds, thresholds) = (indicator.bounds, &ctx.opts.thresholds);
    let (class, no_class) = match (&path, series.len()) {
        (None, 1) if ctx.opts.reference_classes => match ctx.class_path(indicator, last) {
            // Too few comparable series at the target's horizon leaves the verdict without a
            // trajectory: said below.
            Ok(c) => (Some(c), Some(Reason::NoComparableSeries)),
            Err(reason) => (None, Some(reason)),
        },
        _ => (None, None),
    };
    // A share's own trajectory is pooled with its class (the `combine` module), unless an
    // explicit model asked for that model's projection.
    let outside = match (&path, &src) {
        (Some(_), Some(s))
            if s.anchor.is_none()
                && ctx.opts.reference_classes
                && ctx.opts.continuation_rule() == ContinuationRule::Chosen
                && matches!(s.fit.transform(), Transform::Logit { .. }) =>
        {
            ctx.share_class_path(&t.region, indicator, last)
        }
        _ => None,
    };
    let out = match (&class, &outside, &path) {
        (Some(c), _, _) => {
            row.source = Some(Source::Class {
                class: c.pool.class(),
            });
            row.class_percentile = c.percentile(t.year, target);
            assess_one(years, values, &goal, bounds, thresholds, Some(c))
        }
        (None, Some((c, g)), Some(inside)) => {
            let both = Combined {
                inside,
                outside: c,
                g: *g,
                level: ctx.opts.level,
                rule: ctx.opts.class_pool,
                from: last.0,
            };
            let out = assess_one(years, values, &goal, bounds, thresholds, Some(&both));
            let pooled = out
                .interval
                .is_some_and(|i| i.2 == IntervalMethod::Combined);
            // A row the pool did not project (its target year observed, or no pool at that
            // year) is the series' own, year reached included.
            let out = if pooled {
                out
            } else {
                assess_one(years, values, &goal, bounds, thresholds, Some(inside))
            };
            if pooled {
                if let Some(Source::Own { model, trend }) = row.source {
                    row.source = Some(Source::Pooled {
                        model,
                        trend,
                        class: c.pool.class(),
                    });
                }
                row.class_percentile = c.percentile(t.year, target);
            }
            out
        }
        _ => assess_one(years, values, &goal, bounds, thresholds, path.as_ref()),
    };
    if let Some((_, _, method)) = out.interval {
        if matches!(
            method,
            IntervalMethod::Calibrated
                | IntervalMethod::CalibratedExtrapolated
                | IntervalMethod::Combined
                | IntervalMethod::Borrowed
        ) {
            row.calibrated_on = ctx.calibrated_on(&t.indicator);
        }
    }
    let mut row = with_outcome(row, &out, target);
    if let (Some(reason), Status::NotAssessable(Reason::SingleObservation)) =
        (no_class, row.verdict.status())
    {
        row.verdict = row.verdict.with_reason(reason);
        row.source = None;
        row.class_percentile = None;
    }
    row
}

/// The row's projection, interval, probability, verdict and gap from one [`Outcome`] — the
/// one place they are written, for every kind of trajectory.
pub(crate) fn with_outcome(mut row: Assessment, out: &Outcome, target: f64) -> Assessment {
    row.projected = out.projected;
    if let Some((lo, hi, method)) = out.interval {
        row.lower = Some(lo);
        row.upper = Some(hi);
        row.interval_method = Some(method);
    }
    row.probability = out.probability;
    row.verdict = out.verdict;
    let at = out.projected.or(out.verdict.value_at_target_year());
    if let Some(v) = at {
        let gap = v - target;
        row.gap = gap.is_finite().then_some(gap);
        row.gap_relative = (target != 0.0)
            .then(|| gap / target.abs())
            .filter(|g| g.is_finite());
    }
    row
}

/// The benchmark region's value of the indicator in `year`: observed if there is a year-end
/// value that year, else its projection (needs ≥ 2 observations).
fn benchmark_value(
    ctx: &Assessor<'_>,
    region: &str,
    indicator: &Indicator,
    year: i32,
) -> Option<f64> {
    let s = ctx.panel.series_view(region, &indicator.id)?;
    if let Some((_, v)) = s.iter().find(|&(y, _)| y == year) {
        return Some(v);
    }
    let src = ctx.own(indicator, s).ok()?;
    let (value, _) = ctx
        .path(&src, &indicator.id)
        .project(year, ctx.opts.level)
        .ok()?;
    Some(value)
}

/// The first reference of `region` (as [`References::of`] orders them) with ≥ 2 year-end
/// observations: its value in `year` if observed, else the projection of its own trajectory
/// with the panel's model and uncertainty — what the reference's own row would say, not a path
/// borrowed on a transferable scale (the region has no value to anchor one at).
///
/// [`References::of`]: crate::reference::borrowed::References::of
fn reference_context(
    ctx: &Assessor<'_>,
    region: &str,
    indicator: &Indicator,
    year: i32,
) -> Option<ReferenceContext> {
    ctx.references().of(region).find_map(|name| {
        let s = ctx
            .panel
            .series_view(name, &indicator.id)
            .filter(|s| s.len() >= 2)?;
        if let Some((_, v)) = s.iter().find(|&(y, _)| y == year) {
            return Some(ReferenceContext {
                region: name.to_owned(),
                value: v,
                interval: None,
            });
        }
        let src = ctx.own(indicator, s).ok()?;
        let (value, band) = ctx
            .path(&src, &indicator.id)
            .project(year, ctx.opts.level)
            .ok()?;
        Some(ReferenceContext {
            region: name.to_owned(),
            value,
            interval: band.map(|b| (b.0, b.1)),
        })
    })
}
