//! Relative intensities: a region's value over its size, against its aggregate's, at the time
//! of each observation; the sizes (population, GDP) they are scaled by; the aggregate a region
//! is measured against; and the share of GDP a money amount per GDP is.

use super::{Scale, SCALE_YEARS};
use crate::indicator::Indicator;
use crate::model::Transform;
use crate::outside::indicator_kind;
use crate::panel::Panel;
use crate::reference::borrowed::References;
use crate::target::Bound;

/// A dated observation's time: year-end of `year` is `year + 1`; `as_of` YYYY-MM is
/// YYYY + MM/12.
pub(super) fn time_of(year: i32, as_of: Option<&str>) -> Option<f64> {
    match as_of {
        None => Some(f64::from(year) + 1.0),
        Some(a) => {
            let (y, m) = a.split_once('-')?;
            let (y, m): (i32, u32) = (y.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
            (1..=12)
                .contains(&m)
                .then(|| f64::from(y) + f64::from(m) / 12.0)
        }
    }
}

/// The region's year-end scale values that are values: exact (a lower bound such as "GDP
/// above 130 billion" is not a size) and positive, as (year, value) in year order.
fn scale_points<'a>(
    panel: &'a Panel,
    region: &str,
    id: &str,
) -> Option<impl Iterator<Item = (i32, f64)> + 'a> {
    let obs = panel.series_observations_iter(region, id)?;
    Some(
        obs.filter(|o| o.bound == Bound::Exact && o.value > 0.0 && o.value.is_finite())
            .filter(|o| o.as_of.as_deref().is_none_or(|a| a.ends_with("-12")))
            .map(|o| (o.year, o.value)),
    )
}

/// The region's scale value nearest to `year` (within [`SCALE_YEARS`]; the earlier of two
/// equally near).
pub(crate) fn scale_value(panel: &Panel, region: &str, scale: Scale, year: i32) -> Option<f64> {
    let Some(id) = scale.indicator_id() else {
        return Some(1.0);
    };
    scale_points(panel, region, id)?
        .filter(|&(y, _)| (y - year).abs() <= SCALE_YEARS)
        .min_by_key(|&(y, _)| ((y - year).abs(), y))
        .map(|(_, v)| v)
}

/// The latest scale value of a region (1 in every year for [`Scale::Level`]).
pub(crate) fn latest_scale(panel: &Panel, region: &str, scale: Scale) -> Option<f64> {
    let Some(id) = scale.indicator_id() else {
        return Some(1.0);
    };
    // The last of the latest year, as the series view would give.
    scale_points(panel, region, id)?
        .fold(None, |best: Option<(i32, f64)>, p| match best {
            Some(b) if b.0 > p.0 => Some(b),
            _ => Some(p),
        })
        .map(|(_, v)| v)
}

/// g(y_A(t) / s_A) at time `t` from the aggregate's year-end series, linear in g between
/// observations, none outside (g = ln: log-linear).
fn aggregate_at(
    panel: &Panel,
    region: &str,
    indicator: &str,
    t: f64,
    g: Transform,
    s_a: f64,
) -> Option<f64> {
    let s = panel.series_view(region, indicator)?;
    let pts: Vec<(f64, f64)> = s
        .iter()
        .filter(|&(_, v)| g.admits(v / s_a))
        .map(|(y, v)| (f64::from(y) + 1.0, g.forward(v / s_a)))
        .collect();
    let k = pts.partition_point(|p| p.0 < t);
    if let Some(&(tk, zk)) = pts.get(k) {
        if (tk - t).abs() < 1e-9 {
            return Some(zk);
        }
        if k > 0 {
            let (ta, za) = pts[k - 1];
            return Some(za + (zk - za) * (t - ta) / (tk - ta));
        }
    }
    None
}

/// One region's relative intensities of one indicator.
#[derive(Debug, Clone)]
pub(crate) struct PeerSeries {
    pub(crate) region: String,
    pub(crate) level: String,
    pub(crate) province: Option<String>,
    /// (time, r), time increasing.
    pub(crate) points: Vec<(f64, f64)>,
}

/// The aggregate a region's intensity is measured against: of its references with ≥ 2
/// year-end observations of the indicator and a scale value, the one whose series reaches the
/// latest year (the least extrapolated; the first listed of equals).
pub(crate) fn aggregate_of<'a>(
    refs: References<'a>,
    region: &'a str,
    indicator: &str,
    scale: Scale,
) -> Option<&'a str> {
    let panel = refs.panel;
    let mut best: Option<(&'a str, i32)> = None;
    for a in refs.of(region) {
        let Some(s) = panel.series_view(a, indicator).filter(|s| s.len() >= 2) else {
            continue;
        };
        if latest_scale(panel, a, scale).is_some() && best.is_none_or(|b| s.last().0 > b.1) {
            best = Some((a, s.last().0));
        }
    }
    best.map(|b| b.0)
}

/// The relative intensities of `region`'s observations of `indicator` against `aggregate`.
pub(super) fn relative_points(
    panel: &Panel,
    region: &str,
    aggregate: &str,
    indicator: &Indicator,
    scale: Scale,
) -> Vec<(f64, f64)> {
    relative_points_on(
        panel,
        region,
        aggregate,
        indicator,
        scale,
        scale.transform(indicator),
    )
}

/// [`relative_points`] on the working scale `g`.
pub(super) fn relative_points_on(
    panel: &Panel,
    region: &str,
    aggregate: &str,
    indicator: &Indicator,
    scale: Scale,
    g: Transform,
) -> Vec<(f64, f64)> {
    let indicator = indicator.id.as_str();
    let mut pts: Vec<(f64, f64)> = panel
        .series_observations(region, indicator)
        .into_iter()
        .flatten()
        .filter(|o| o.bound == Bound::Exact && o.value > 0.0 && o.value.is_finite())
        .filter_map(|o| {
            let t = time_of(o.year, o.as_of.as_deref())?;
            let scale_year = t.floor() as i32 - 1;
            let s_j = scale_value(panel, region, scale, scale_year)?;
            let s_a = scale_value(panel, aggregate, scale, scale_year)?;
            let a = aggregate_at(panel, aggregate, indicator, t, g, s_a)?;
            let r = g.forward(o.value / s_j) - a;
            r.is_finite().then_some((t, r))
        })
        .collect();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    pts.dedup_by(|b, a| (a.0 - b.0).abs() < 1e-9);
    pts
}

/// The share of GDP that is `amount` divided by GDP, by name: a share-of-GDP indicator in
/// percent whose Chinese name, less "占GDP比重" (or 占地区生产总值比重 …) and less "增加值" or
/// "规模", is the amount's name less the same words — 数字经济规模 and 数字经济增加值占GDP比重,
/// 数字经济核心产业增加值 and 数字经济核心产业增加值占GDP比重.
pub(crate) fn share_of_gdp_twin<'p>(panel: &'p Panel, amount: &Indicator) -> Option<&'p Indicator> {
    fn stem(name: &str) -> String {
        let mut s = name.replace(['（', '）', '(', ')'], "");
        for w in [
            "占GDP比重",
            "占gdp比重",
            "占地区生产总值比重",
            "占国内生产总值比重",
            "占全市生产总值比重",
            "增加值",
            "规模",
        ] {
            s = s.replace(w, "");
        }
        s.trim().to_owned()
    }
    let want = stem(&amount.name_zh);
    if want.is_empty() {
        return None;
    }
    panel.indicators().iter().find(|y| {
        y.id != amount.id
            && y.unit.trim() == "%"
            && indicator_kind(y) == crate::outside::IndicatorKind::ShareOfGdp
            && stem(&y.name_zh) == want
    })
}

/// The indicator's scale, when it has one and the region has a scale value.
pub(crate) fn scale_for(panel: &Panel, region: &str, indicator: &Indicator) -> Option<Scale> {
    let scale = Scale::of_indicator(indicator)?;
    latest_scale(panel, region, scale).map(|_| scale)
}
