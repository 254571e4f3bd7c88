//! The panel driver's part of intensity judgements (`reference::intensity`): which aggregate
//! and scale a count or money target is judged by, the aggregate's projection year by year,
//! and the row — for a series with one baseline, and for a target with none.

use super::driver::{with_outcome, Assessor};
use super::one::assess_one;
use crate::feasibility::Reason;
use crate::feasibility::Status;
use crate::indicator::Indicator;
use crate::math::normal_quantile;
use crate::model::Transform;
use crate::outside::{indicator_kind, IndicatorKind};
use crate::projection::YEAR_REACHED_HORIZON;
use crate::reference::intensity::{
    aggregate_of, latest_scale, scale_for, scale_value, AggregatePoint, Drift, Intensities,
    IntensityPath,
};
use crate::reference::Scale;
use crate::report::{Assessment, Source};
use crate::target::Target;
use crate::verdict::{Draft, Goal, JudgedOn, Verdict};

impl<'p> Assessor<'p> {
    pub(super) fn intensities(&self) -> &Intensities {
        self.intensities
            .get_or_init(|| Intensities::build(self.panel, self.references()))
    }

    /// The aggregate's projection on the scale `g` for every year in `first..=last`: its
    /// observations (linear in g between them, sd 0) inside its observed range, its own
    /// trajectory (the panel's model, calibration and level; the interval read as a normal's
    /// on g) outside it.
    fn aggregate_points(
        &self,
        aggregate: &str,
        indicator: &Indicator,
        (first, last): (i32, i32),
        g: Transform,
    ) -> Option<std::sync::Arc<Vec<AggregatePoint>>> {
        // Regions of one aggregate share its projection: computed once per (aggregate,
        // indicator, years); an indicator has one scale, so one g.
        let key = (aggregate.to_owned(), indicator.id.clone(), first, last);
        if let Some(hit) = self
            .aggregate_paths
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return hit;
        }
        let value = self
            .aggregate_points_uncached(aggregate, indicator, first, last, g)
            .map(std::sync::Arc::new);
        if let Ok(mut m) = self.aggregate_paths.lock() {
            m.insert(key, value.clone());
        }
        value
    }

    fn aggregate_points_uncached(
        &self,
        aggregate: &str,
        indicator: &Indicator,
        first: i32,
        last: i32,
        g: Transform,
    ) -> Option<Vec<AggregatePoint>> {
        let s = self.panel.series_view(aggregate, &indicator.id)?;
        let src = self.own(indicator, s).ok()?;
        let path = self.path(&src, &indicator.id);
        let level = self.opts.level;
        let q = normal_quantile(0.5 + 0.5 * level.get());
        let (y_first, y_last) = (s.first().0, s.last().0);
        (first..=last)
            .map(|y| {
                if (y_first..=y_last).contains(&y) {
                    let k = s.years().partition_point(|&x| x < y);
                    let (yb, vb) = (s.years()[k], s.values()[k]);
                    if yb == y {
                        return g.admits(vb).then(|| (y, g.forward(vb), 0.0));
                    }
                    let (ya, va) = (s.years()[k - 1], s.values()[k - 1]);
                    if !(g.admits(va) && g.admits(vb)) {
                        return None;
                    }
                    let w = f64::from(y - ya) / f64::from(yb - ya);
                    let (za, zb) = (g.forward(va), g.forward(vb));
                    return Some((y, za + w * (zb - za), 0.0));
                }
                let (value, band) = path.project(y, level).ok()?;
                if !g.admits(value) {
                    return None;
                }
                let sd = band
                    .filter(|b| g.admits(b.0) && g.admits(b.1))
                    .map_or(0.0, |b| (g.forward(b.1) - g.forward(b.0)) / (2.0 * q));
                Some((y, g.forward(value), sd.max(0.0)))
            })
            .collect()
    }

    /// The intensity path of (region, indicator) from its one baseline `base`, or from none,
    /// up to the year-reached horizon past `target_year`; with the row's source and the year
    /// the path starts from. `None` when intensity or the reference classes are off
    /// ([`crate::AssessOptions::intensity`]), the indicator has no
    /// scale, the region or its aggregate no scale value, or too few comparable regions.
    pub(super) fn intensity_path(
        &self,
        region: &str,
        indicator: &Indicator,
        base: Option<(i32, f64)>,
        target_year: i32,
    ) -> Option<(IntensityPath, Source, i32)> {
        if !(self.opts.reference_classes && self.opts.intensity) {
            return None;
        }
        let panel = self.panel;
        let scale = scale_for(panel, region, indicator)?;
        // A share or index with a baseline borrows its aggregate's path (`reference::borrowed`).
        if scale == Scale::Level && base.is_some() {
            return None;
        }
        let g = scale.transform(indicator);
        let aggregate = aggregate_of(self.references(), region, &indicator.id, scale)?;
        let exclude = [region, aggregate];
        let s_r = latest_scale(panel, region, scale)?;
        let s_a = latest_scale(panel, aggregate, scale)?;
        let agg_last = panel.series_view(aggregate, &indicator.id)?.last().0;
        let ints = self.intensities();
        let (first, drift, peers, peer_count) = match base {
            None => {
                let (mean, sd, peers, n) =
                    ints.no_baseline(panel, region, &indicator.id, scale, &exclude)?;
                // Where the region stood when its plan was written (the plan's baseline
                // year), else in the aggregate's latest year, before the target year.
                let first = super::driver::plan_baseline_year(panel, region)
                    .unwrap_or(agg_last)
                    .min(target_year - 1);
                (first, Drift::Drawn { mean, sd }, peers, n)
            }
            Some((y0, _)) => {
                let (phi, s2, peers, n) =
                    ints.persistence(panel, region, &indicator.id, scale, &exclude)?;
                // r0 is filled in below, from the aggregate's value in the baseline year.
                let drift = Drift::Persistent {
                    r0: 0.0,
                    t0: f64::from(y0) + 1.0,
                    phi,
                    s2,
                };
                (y0, drift, peers, n)
            }
        };
        let last = target_year.max(first) + YEAR_REACHED_HORIZON;
        let aggregate_path = self.aggregate_points(aggregate, indicator, (first, last), g)?;
        let drift = match (drift, base) {
            (Drift::Persistent { t0, phi, s2, .. }, Some((y0, v0))) => {
                let a0 = aggregate_path.first()?.1;
                let s_r0 = scale_value(panel, region, scale, y0)?;
                let s_a0 = scale_value(panel, aggregate, scale, y0)?;
                let r0 = (v0 / s_r0).ln() - (a0 - s_a0.ln());
                if !r0.is_finite() {
                    return None;
                }
                Drift::Persistent { r0, t0, phi, s2 }
            }
            (d, _) => d,
        };
        let path = IntensityPath {
            aggregate: aggregate_path,
            size: (s_r / s_a).ln(),
            drift,
            level: self.opts.level,
            g,
        };
        let source = Source::Intensity {
            aggregate: aggregate.to_owned(),
            scale,
            peers,
            peer_count,
            baseline: base.is_some(),
        };
        Some((path, source, first))
    }
}

/// A target with no observation of its own: judged by intensity where it can be, else not
/// assessable with the most specific reason — a count of the plan's own programmes, a count or
/// money amount other regions report but none could be compared with, or simply no
/// observations.
pub(super) fn without_observations(
    ctx: &Assessor<'_>,
    t: &Target,
    indicator: &Indicator,
    goal: &Goal,
    row: Assessment,
) -> Assessment {
    if indicator_kind(indicator) == IndicatorKind::Programmes {
        return row.not_assessable(Reason::ProgrammeCount);
    }
    // Other regions report the indicator (the region itself has no observation of it), yet
    // none could be used: said so, rather than "no observations".
    let scaled =
        Scale::of_indicator(indicator).is_some() && ctx.intensities().reporting(&indicator.id) > 0;
    let Some((path, source, y0)) = ctx.intensity_path(&t.region, indicator, None, t.year) else {
        let reason = if scaled {
            Reason::NoComparableRegions
        } else {
            Reason::NoObservations
        };
        return row.not_assessable(reason);
    };
    // The region's estimated value in the year the path starts from stands in for a baseline,
    // so that the pace and the status follow the one verdict rule.
    let Some((m, _)) = path.normal_at(y0) else {
        return row.not_assessable(Reason::NoComparableRegions);
    };
    let (years, values) = ([y0], [path.g.inverse(m)]);
    let out = assess_one(
        &years,
        &values,
        goal,
        indicator.bounds,
        &ctx.opts.thresholds,
        Some(&path),
    );
    let mut row = with_outcome(row, &out, goal.value());
    row.verdict = not_achieved_by_an_estimate(row.verdict);
    row.source = Some(source);
    row
}

/// The stand-in for a baseline is an estimate, not an observation: where it already meets the
/// target, the row is **on track** (no growth is required of it) rather than achieved, with no
/// progress ratio and no year reached — P(met) says how sure that is.
fn not_achieved_by_an_estimate(v: Verdict) -> Verdict {
    if v.status() != Status::Achieved {
        return v;
    }
    let mut d = Draft::from(v);
    d.status = Status::OnTrack;
    d.judged_on = JudgedOn::Pace;
    d.progress_ratio = None;
    d.year_reached = None;
    d.into()
}

/// A series with one baseline of a count or money indicator, judged by intensity when
/// comparable regions say how relative intensities drift; `None` leaves it to the borrowed
/// path or the class.
pub(super) fn from_baseline(
    ctx: &Assessor<'_>,
    t: &Target,
    indicator: &Indicator,
    goal: &Goal,
    last: (i32, f64),
    row: &Assessment,
) -> Option<Assessment> {
    let (path, source, _) = ctx.intensity_path(&t.region, indicator, Some(last), t.year)?;
    let out = assess_one(
        &[last.0],
        &[last.1],
        goal,
        indicator.bounds,
        &ctx.opts.thresholds,
        Some(&path),
    );
    let mut row = with_outcome(row.clone(), &out, goal.value());
    row.source = Some(source);
    Some(row)
}
