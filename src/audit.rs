//! Plan audits: what a reader of the plan should check before believing its targets.
//!
//! * **Milestones**: where a plan has an interim target, the growth it implies before and after
//!   it, whether the path is plausible (a share must not need to accelerate on the logit scale,
//!   which an S-curve never does), and how the milestone fares against the trajectory.
//! * **Internal consistency**: targets outside the indicator's natural bounds, baselines that
//!   already meet their target, binding targets the trajectory misses badly, text figures that
//!   disagree with table figures.
//! * **Across regions**: required growth per indicator ranked across plans; outliers above
//!   twice the median, and required growth above twice the pace observed in the reference
//!   (national) series.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::feasibility::{growth_between, GrowthBasis, Status};
use crate::model::Transform;
use crate::panel::Panel;
use crate::report::Report;
use crate::target::{Bound, TargetKind, TargetValue};

/// What an audit finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// The growth a plan implies before and after its milestone.
    MilestonePath,
    /// A bounded share whose planned path must accelerate on the logit scale after the milestone.
    ImplausiblePath,
    /// A numeric target outside the indicator's natural bounds (a share above 100 %).
    TargetOutOfBounds,
    /// The baseline already meets a target set for a later year.
    BaselinePastTarget,
    /// A binding (约束性) target with a probability below 10 % of being met.
    BindingTargetUnlikely,
    /// A text figure that disagrees with the table figure for the same indicator and year.
    TextTableMismatch,
    /// Required growth above twice the median of the regions with the same indicator.
    AmbitionOutlier,
    /// Required growth above twice the growth observed in the reference series.
    AboveReferencePace,
    /// The status (the pace ratio, Eurostat's rule) and P(met) (the projection's distribution)
    /// point different ways: on track with P < 25 %, or insufficient or moving away with
    /// P > 75 %.
    StatusDisagreesWithProbability,
    /// A projection whose interval spans a factor of 10 or more (upper ÷
    /// lower, both positive): the series, reference or class it rests on says little about
    /// the level reached — the P(met) is still given (a target in the interval's tail is still
    /// informative), the interval should not be read as a forecast.
    WideInterval,
}

impl FindingKind {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::MilestonePath => "milestone_path",
            FindingKind::ImplausiblePath => "implausible_path",
            FindingKind::TargetOutOfBounds => "target_out_of_bounds",
            FindingKind::BaselinePastTarget => "baseline_past_target",
            FindingKind::BindingTargetUnlikely => "binding_target_unlikely",
            FindingKind::TextTableMismatch => "text_table_mismatch",
            FindingKind::AmbitionOutlier => "ambition_outlier",
            FindingKind::AboveReferencePace => "above_reference_pace",
            FindingKind::StatusDisagreesWithProbability => "status_disagrees_with_probability",
            FindingKind::WideInterval => "wide_interval",
        }
    }
}

/// Three significant figures, for messages.
fn sig3(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{v}");
    }
    let digits = (2 - v.abs().log10().floor() as i32).max(0) as usize;
    format!("{v:.digits$}")
}

/// One audit finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// Region id.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// What kind of finding.
    pub kind: FindingKind,
    /// What was found, with the figures.
    pub message: String,
}

/// Growth per year between two points on the indicator's natural scale: the logit slope for a
/// share bounded on both sides, the CAGR for positive values, the annual change otherwise.
fn path_rate(
    bounds: crate::indicator::Bounds,
    a: (i32, f64),
    b: (i32, f64),
) -> Option<(f64, &'static str)> {
    if let Some((lower, upper)) = bounds.both() {
        // Figures on (or beyond) a bound moved inside by the one rule for targets there;
        // every other figure as it stands.
        let t = Transform::Logit { lower, upper };
        let (za, zb) = (
            t.forward(crate::projection::effective_target(t, a.1)),
            t.forward(crate::projection::effective_target(t, b.1)),
        );
        let dt = f64::from(b.0 - a.0);
        return (dt > 0.0).then(|| ((zb - za) / dt, "logit points/yr"));
    }
    let basis = if a.1 > 0.0 && b.1 > 0.0 {
        GrowthBasis::Cagr
    } else {
        GrowthBasis::AnnualChange
    };
    growth_between(a, b, basis).map(|g| {
        (
            g,
            if basis == GrowthBasis::Cagr {
                "%/yr"
            } else {
                "/yr"
            },
        )
    })
}

fn fmt_rate(r: f64, unit: &str) -> String {
    if unit == "%/yr" {
        format!("{:.1} %/yr", 100.0 * r)
    } else {
        format!("{r:.3} {unit}")
    }
}

/// The factor (upper ÷ lower end of a row's interval) from which [`FindingKind::WideInterval`]
/// is raised: an order of magnitude.
pub(crate) const WIDE_INTERVAL_RATIO: f64 = 10.0;

/// How far P(met) must be from the status's side for `StatusDisagreesWithProbability`:
/// on track with P below it, or insufficient / moving away with P above 1 − it.
const DISAGREE_BELOW: f64 = 0.25;

/// Runs every audit on a panel and its report. Findings come sorted by region (panel order),
/// indicator, kind.
///
/// ```
/// let panel = plancast::seeds::panel()?;
/// let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
/// let findings = plancast::audit(&panel, &report);
/// // Tongliao's table says 3.2 Tbps of export bandwidth, its text 3280G.
/// assert!(findings.iter().any(|f| f.region == "tongliao" && f.indicator == "internet_export_bandwidth"));
/// # Ok::<(), plancast::Error>(())
/// ```
pub fn audit(panel: &Panel, report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    let row_of = |region: &str, indicator: &str, year: i32| {
        report.rows.iter().find(|r| {
            r.region == region
                && r.indicator == indicator
                && r.target_year == year
                && r.benchmark.is_none()
        })
    };

    // Milestones.
    let mut numeric: BTreeMap<(&str, &str), Vec<(i32, f64)>> = BTreeMap::new();
    for t in panel.targets() {
        if let TargetValue::Numeric(v) = t.value {
            numeric
                .entry((&t.region, &t.indicator))
                .or_default()
                .push((t.year, v));
        }
    }
    for (&(region, indicator), targets) in &numeric {
        let mut targets = targets.clone();
        targets.sort_by_key(|x| x.0);
        targets.dedup_by_key(|x| x.0);
        let Some(ind) = panel.indicator(indicator) else {
            continue;
        };
        let Some(series) = panel.series(region, indicator) else {
            continue;
        };
        let Some(base) = series.iter().filter(|&(y, _)| y < targets[0].0).last() else {
            continue;
        };
        if targets.len() >= 2 {
            let (m, end) = (targets[0], targets[targets.len() - 1]);
            if let (Some((r1, unit)), Some((r2, _))) = (
                path_rate(ind.bounds, base, m),
                path_rate(ind.bounds, m, end),
            ) {
                let fate = row_of(region, indicator, m.0)
                    .map(|r| match r.probability {
                        Some(p) => format!(
                            "; the trajectory meets the milestone with P = {:.0} % ({})",
                            100.0 * p,
                            r.verdict.status().name()
                        ),
                        None => format!("; milestone status {}", r.verdict.status().name()),
                    })
                    .unwrap_or_default();
                out.push(Finding {
                    region: region.to_owned(),
                    indicator: indicator.to_owned(),
                    kind: FindingKind::MilestonePath,
                    message: format!(
                        "{} {}→{} {}→{} {}: {} before the milestone, {} after{}",
                        base.0,
                        base.1,
                        m.0,
                        m.1,
                        end.0,
                        end.1,
                        fmt_rate(r1, unit),
                        fmt_rate(r2, unit),
                        fate
                    ),
                });
                if ind.bounds.both().is_some() && r2 > 1.5 * r1.max(0.0) && r2 > 0.0 {
                    out.push(Finding {
                        region: region.to_owned(),
                        indicator: indicator.to_owned(),
                        kind: FindingKind::ImplausiblePath,
                        message: format!(
                            "the share must accelerate on the logit scale after {} ({} vs {}); an S-curve keeps a constant logit slope",
                            m.0, fmt_rate(r2, unit), fmt_rate(r1, unit)
                        ),
                    });
                }
            }
        }
    }

    // Internal consistency.
    for t in panel.targets() {
        let (TargetValue::Numeric(v), Some(ind)) = (&t.value, panel.indicator(&t.indicator)) else {
            continue;
        };
        if !ind.bounds.contains(*v) {
            out.push(Finding {
                region: t.region.clone(),
                indicator: t.indicator.clone(),
                kind: FindingKind::TargetOutOfBounds,
                message: format!(
                    "target {} {} in {} lies outside the natural bounds {:?}..{:?}",
                    t.comparator,
                    v,
                    t.year,
                    ind.bounds.lower(),
                    ind.bounds.upper()
                ),
            });
        }
    }
    for r in &report.rows {
        if r.verdict.status() == Status::Achieved && r.last_year.is_some_and(|y| y < r.target_year)
        {
            out.push(Finding {
                region: r.region.clone(),
                indicator: r.indicator.clone(),
                kind: FindingKind::BaselinePastTarget,
                message: format!(
                    "the {} value {} already meets the {} target {} {}",
                    r.last_year.unwrap_or_default(),
                    r.last_value.unwrap_or(f64::NAN),
                    r.target_year,
                    r.comparator,
                    r.target.unwrap_or(f64::NAN)
                ),
            });
        }
        if let Some(p) = r.probability {
            let status = r.verdict.status();
            let disagree = match status {
                Status::OnTrack => p < DISAGREE_BELOW,
                Status::Insufficient | Status::MovingAway => p > 1.0 - DISAGREE_BELOW,
                _ => false,
            };
            if disagree {
                out.push(Finding {
                    region: r.region.clone(),
                    indicator: r.indicator.clone(),
                    kind: FindingKind::StatusDisagreesWithProbability,
                    message: format!(
                        "{} target {} {}: status {} (the pace so far) but P = {:.0} % (the projection): \
                         the trend's shape or the reference class decides; read both",
                        r.target_year,
                        r.comparator,
                        r.target.unwrap_or(f64::NAN),
                        status.name(),
                        100.0 * p
                    ),
                });
            }
        }
        if let (Some(lo), Some(hi)) = (r.lower, r.upper) {
            if lo > 0.0 && hi / lo >= WIDE_INTERVAL_RATIO {
                out.push(Finding {
                    region: r.region.clone(),
                    indicator: r.indicator.clone(),
                    kind: FindingKind::WideInterval,
                    message: format!(
                        "{} target {} {}: the {:.0} % interval [{}, {}] spans a factor of {:.0} — \
                         what it rests on ({}) says little about the level; P = {} is still \
                         given",
                        r.target_year,
                        r.comparator,
                        r.target.map_or_else(|| "—".into(), |t| format!("{t}")),
                        100.0 * report.level,
                        sig3(lo),
                        sig3(hi),
                        hi / lo,
                        r.source
                            .as_ref()
                            .map_or_else(|| "its own series".into(), ToString::to_string),
                        r.probability
                            .map_or_else(|| "—".into(), |p| format!("{:.0} %", 100.0 * p)),
                    ),
                });
            }
        }
        if r.kind == TargetKind::Binding && r.probability.is_some_and(|p| p < 0.1) {
            out.push(Finding {
                region: r.region.clone(),
                indicator: r.indicator.clone(),
                kind: FindingKind::BindingTargetUnlikely,
                message: format!(
                    "binding target {} {} in {}: P = {:.0} %",
                    r.comparator,
                    r.target.unwrap_or(f64::NAN),
                    r.target_year,
                    100.0 * r.probability.unwrap_or(0.0)
                ),
            });
        }
    }
    for alt in panel.alternates() {
        let Some(primary) = panel.observations().iter().find(|o| {
            o.region == alt.region
                && o.indicator == alt.indicator
                && o.year == alt.year
                && o.as_of == alt.as_of
        }) else {
            continue;
        };
        let consistent = match alt.bound {
            Bound::Lower => primary.value >= alt.value,
            Bound::Exact => {
                (primary.value - alt.value).abs() <= 1e-9 * primary.value.abs().max(1e-300)
            }
        };
        if !consistent {
            out.push(Finding {
                region: alt.region.clone(),
                indicator: alt.indicator.clone(),
                kind: FindingKind::TextTableMismatch,
                message: format!(
                    "{}: {} says {} (\u{201c}{}\u{201d}), {} says {} (\u{201c}{}\u{201d})",
                    alt.year,
                    primary.provenance.kind,
                    primary.value,
                    primary.provenance.quote,
                    alt.provenance.kind,
                    alt.value,
                    alt.provenance.quote
                ),
            });
        }
    }

    // Across regions: required growth to each plan's final numeric target.
    let plan_regions: Vec<&str> = panel
        .regions()
        .iter()
        .filter(|r| r.plan_title.is_some())
        .map(|r| r.id.as_str())
        .collect();
    let mut by_indicator: BTreeMap<&str, Vec<(&str, f64, &'static str)>> = BTreeMap::new();
    for (&(region, indicator), targets) in &numeric {
        if !plan_regions.contains(&region) {
            continue;
        }
        let (Some(ind), Some(series)) =
            (panel.indicator(indicator), panel.series(region, indicator))
        else {
            continue;
        };
        let end = *targets.iter().max_by_key(|x| x.0).expect("non-empty");
        let Some(last) = series.last().filter(|l| l.0 < end.0) else {
            continue;
        };
        if let Some((rate, unit)) = path_rate(ind.bounds, last, end) {
            by_indicator
                .entry(indicator)
                .or_default()
                .push((region, rate, unit));
        }
    }
    for (indicator, rates) in &by_indicator {
        let ind = panel.indicator(indicator).expect("known");
        if rates.len() >= 2 {
            let mut v: Vec<f64> = rates.iter().map(|r| r.1).collect();
            v.sort_by(f64::total_cmp);
            let median = if v.len() % 2 == 1 {
                v[v.len() / 2]
            } else {
                0.5 * (v[v.len() / 2 - 1] + v[v.len() / 2])
            };
            for &(region, rate, unit) in rates {
                if median > 0.0 && rate > 2.0 * median {
                    out.push(Finding {
                        region: region.to_owned(),
                        indicator: (*indicator).to_owned(),
                        kind: FindingKind::AmbitionOutlier,
                        message: format!(
                            "requires {} against a median of {} across {} plans",
                            fmt_rate(rate, unit),
                            fmt_rate(median, unit),
                            rates.len()
                        ),
                    });
                }
            }
        }
        if let Some(reference) = panel.series("china", indicator).filter(|s| s.len() >= 2) {
            let (first, last) = (
                reference.first().expect("len"),
                reference.last().expect("len"),
            );
            if let Some((pace, unit)) = path_rate(ind.bounds, first, last) {
                for &(region, rate, _) in rates {
                    if pace > 0.0 && rate > 2.0 * pace {
                        out.push(Finding {
                            region: region.to_owned(),
                            indicator: (*indicator).to_owned(),
                            kind: FindingKind::AboveReferencePace,
                            message: format!(
                                "requires {} while the national series grew {} ({}–{})",
                                fmt_rate(rate, unit),
                                fmt_rate(pace, unit),
                                first.0,
                                last.0
                            ),
                        });
                    }
                }
            }
        }
    }

    let rpos = |id: &str| panel.region_position(id).unwrap_or(usize::MAX);
    out.sort_by(|a, b| {
        (rpos(&a.region), &a.indicator, a.kind).cmp(&(rpos(&b.region), &b.indicator, b.kind))
    });
    out
}
