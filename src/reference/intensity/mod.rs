//! Intensity: a region's count or money amount judged per head or per unit of GDP against
//! comparable regions of the same country.
//!
//! A city's 5G base stations, software revenue or online retail sales scale with its size.
//! Carrying a city's one baseline forward at its nation's growth keeps its *relative
//! intensity* — its value per head (or per unit of GDP) over the nation's — fixed forever;
//! and a city with no baseline at all has nothing to carry. Comparable regions say more: how
//! far regions' intensities stray from their aggregate's, and how fast a region's relative
//! intensity drifts back towards it.
//!
//! # The relative intensity
//!
//! For a region j with aggregate A (of its references — its province, its nation: see
//! [`super::borrowed::References`] — the one whose year-end series of the indicator reaches the
//! latest year), at the time t of one of j's observations,
//!
//! r_j(t) = ln(y_j(t) / S_j) − ln(y_A(t) / S_A),
//!
//! where S is the region's [`Scale`] (resident population for counts, GDP for money, the
//! year nearest to t's within [`SCALE_YEARS`] years) and y_A(t) the aggregate's year-end series
//! interpolated log-linearly (never extrapolated). A year-end observation of year Y is at
//! t = Y + 1; a dated one (`as_of` = YYYY-MM, e.g. a cumulative count in June) at YYYY + MM/12,
//! so mid-year counts are used at their month instead of being dropped. Lower bounds (超过 …)
//! are not values and are left out.
//!
//! # Two judgements
//!
//! * **No baseline** (the region has no observation of the indicator): its relative intensity
//!   in the target year is drawn from the comparable regions' latest ones, r ~ N(μ, σ²(1 + 1/n))
//!   (the predictive of a new draw from a normal with estimated mean and spread). Comparable
//!   regions are, in order, the region's siblings (same province), regions of the same level,
//!   all regions — the first group with at least [`MIN_PEERS`]; with fewer, the spread of the
//!   indicators of the same kind (infrastructure, adoption, share of GDP, money: see
//!   [`crate::IndicatorKind`]) and scale is pooled around each indicator's own mean and μ = 0
//!   (the region is taken to be like its aggregate); for counts and money, failing that, of
//!   every indicator of the scale. The row says which ([`Peers`]).
//! * **One baseline**: its relative intensity r₀ at the baseline drifts back towards the
//!   aggregate's as an AR(1) process in continuous time: r(t₀ + h) = φʰ r₀ + ε,
//!   Var ε = s²(1 − φ²ʰ)/(1 − φ²). φ and s² are the maximum-likelihood estimates over every pair
//!   of the comparable regions' observations (each region weighing one in total; φ on a grid of
//!   0.01 in [0.3, 1]). Fewer than [`MIN_PEERS`] regions with a pair: no intensity path, and the
//!   series borrows its aggregate's growth as before ([`super::borrowed`]).
//!
//! Either way the region's value in year T is ln y_R(T) = ln ŷ_A(T) + ln(S_R / S_A) + r(T), with
//! ŷ_A the aggregate's own projection (its interval read as a normal's on the log scale) and
//! the two uncertainties added in quadrature: a log-normal whose CDF gives P(met), the interval
//! and the year reached. S_R and S_A are the latest known (population moves by a percent or two
//! in five years; GDP more, which the ratio S_R/S_A mostly cancels).
//!
//! # Shares and indices: compared at their level
//!
//! A share or an index (key processes under numerical control, 78 %; the integration index,
//! 60) is already comparable between regions of different sizes: its [`Scale`] is
//! [`Scale::Level`], S = 1 and the log is replaced by the indicator's own scale g — logit for a
//! bounded share, log for an index — so r_j(t) = g(y_j(t)) − g(y_A(t)). Only targets with no
//! baseline are judged this way (the no-baseline judgement above; pooled only over shares of
//! the same kind on the same working scale — a share of GDP strays between regions far more
//! than an enterprise adoption rate — never over every share); a share with one baseline
//! borrows its aggregate's path ([`super::borrowed`]). The region's value is then
//! g(y_R(T)) = g(ŷ_A(T)) + r(T), a normal on g (a logit-normal for a share).

use std::collections::HashMap;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::borrowed::References;
use crate::indicator::Indicator;
use crate::model::Transform;
use crate::outside::indicator_kind;
use crate::panel::Panel;

use super::ReferenceClass;

mod path;
mod relative;
pub(crate) use path::{AggregatePoint, Drift, IntensityPath};
pub(crate) use relative::{
    aggregate_of, latest_scale, scale_for, scale_value, share_of_gdp_twin, PeerSeries,
};
use relative::{relative_points, relative_points_on};

/// Fewest comparable regions a relative-intensity distribution or persistence estimate needs.
pub(crate) const MIN_PEERS: usize = 5;
/// Farthest a scale value's year may lie from the observation it scales (years).
pub(crate) const SCALE_YEARS: i32 = 3;

/// What a quantity is divided by to compare regions of different sizes.
///
/// ```
/// use plancast::{ReferenceClass, Scale};
/// assert_eq!(Scale::of(ReferenceClass::Count), Some(Scale::Population));
/// assert_eq!(Scale::of(ReferenceClass::Money), Some(Scale::Gdp));
/// assert_eq!(Scale::Population.indicator_id(), Some("resident_population"));
/// assert_eq!(Scale::Level.indicator_id(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scale {
    /// Resident population (常住人口), indicator id `resident_population`: for counts.
    Population,
    /// Gross regional product (地区生产总值), indicator id `gdp`: for money amounts.
    Gdp,
    /// None: a share or an index, already comparable between regions of different sizes, is
    /// compared as it is — on the logit scale when bounded, else on the log scale. Only for
    /// targets with no baseline (a share with one baseline borrows its aggregate's path).
    Level,
}

impl Scale {
    /// The scale of a reference class: population for counts, GDP for money, none for shares.
    pub fn of(class: ReferenceClass) -> Option<Scale> {
        match class {
            ReferenceClass::Count => Some(Scale::Population),
            ReferenceClass::Money => Some(Scale::Gdp),
            ReferenceClass::Share => None,
        }
    }

    /// The scale an indicator is compared on: [`Scale::of`] its reference class, except that
    /// shares and indices (unit `index` or `指数`, which no size makes larger) are compared
    /// at their [`Scale::Level`].
    ///
    /// ```
    /// use plancast::{Bounds, Indicator, Scale};
    /// let share = Indicator::with_defaults("key_process_nc_rate", "", "%")?;
    /// assert_eq!(Scale::of_indicator(&share), Some(Scale::Level));
    /// let mut index = Indicator::with_defaults("integration_index", "", "index")?;
    /// index.bounds = Bounds::try_new(Some(0.0), None)?;
    /// assert_eq!(Scale::of_indicator(&index), Some(Scale::Level));
    /// let mut racks = Indicator::with_defaults("data_centre_racks", "", "个")?;
    /// racks.bounds = Bounds::try_new(Some(0.0), None)?;
    /// assert_eq!(Scale::of_indicator(&racks), Some(Scale::Population));
    /// # Ok::<(), plancast::Error>(())
    /// ```
    pub fn of_indicator(indicator: &Indicator) -> Option<Scale> {
        let class = ReferenceClass::of(indicator)?;
        let unit = indicator.unit.to_lowercase();
        if class == ReferenceClass::Share || unit == "index" || unit == "指数" {
            return Some(Scale::Level);
        }
        Scale::of(class)
    }

    /// The indicator id whose series holds the scale; `None` for [`Scale::Level`].
    pub fn indicator_id(self) -> Option<&'static str> {
        match self {
            Scale::Population => Some("resident_population"),
            Scale::Gdp => Some("gdp"),
            Scale::Level => None,
        }
    }

    /// `per_population`, `per_gdp` or `level`, for reports.
    pub fn name(self) -> &'static str {
        match self {
            Scale::Population => "per_population",
            Scale::Gdp => "per_gdp",
            Scale::Level => "level",
        }
    }

    /// The scale an intensity of `indicator` is compared on: log for intensities per head or
    /// per GDP and for indices, logit for a bounded share at its level.
    pub(crate) fn transform(self, indicator: &Indicator) -> Transform {
        match (self, indicator.bounds.both()) {
            (Scale::Level, Some((lower, upper))) => Transform::Logit { lower, upper },
            _ => Transform::Log,
        }
    }
}

/// Which regions an intensity judgement compared the region with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Peers {
    /// Regions of the same province (siblings).
    Siblings,
    /// Regions of the same level (prefecture, county, province).
    SameLevel,
    /// Every region reporting the indicator.
    AllRegions,
    /// Too few report the indicator: the spread of every indicator of the same kind and scale
    /// (infrastructure, adoption, share of GDP …), pooled.
    SameKind,
    /// Too few report the indicator or its kind: the spread of every count (or every money
    /// amount), pooled.
    SameScale,
}

impl Peers {
    /// `siblings`, `same_level`, `all_regions`, `same_kind`, `same_scale`.
    pub fn name(self) -> &'static str {
        match self {
            Peers::Siblings => "siblings",
            Peers::SameLevel => "same_level",
            Peers::AllRegions => "all_regions",
            Peers::SameKind => "same_kind",
            Peers::SameScale => "same_scale",
        }
    }
}

/// Every region's relative intensities, by indicator, for the indicators of a count or money
/// class: what [`Intensities::no_baseline`] and [`Intensities::persistence`] read.
#[derive(Debug, Default)]
pub(crate) struct Intensities {
    by_indicator: HashMap<String, Vec<PeerSeries>>,
    /// How many regions have observations of each indicator.
    reporting: HashMap<String, usize>,
    /// [`Intensities::no_baseline`] and [`Intensities::persistence`] by what decides them, so
    /// that regions sharing a province and level (every county of a country) reuse one
    /// estimate: the cost is linear, not quadratic, in the number of regions.
    memo: Mutex<HashMap<MemoKey, Option<Estimate>>>,
    /// Every region that is a peer of some indicator.
    peer_regions: std::collections::HashSet<String>,
}

/// What decides an estimate: which (no baseline or persistence), the indicator, the scale, the
/// region's province and level, and the excluded regions that are among the peers.
type MemoKey = (
    bool,
    String,
    Scale,
    Option<String>,
    Option<String>,
    Vec<String>,
);
/// (μ or φ, sd or s², the peers, how many).
type Estimate = (f64, f64, Peers, usize);

impl Intensities {
    /// Builds the relative intensities of every series of the panel whose region has a scale
    /// value and an aggregate. Linear in the number of observations.
    pub(crate) fn build(panel: &Panel, refs: References<'_>) -> Self {
        let mut by_indicator: HashMap<String, Vec<PeerSeries>> = HashMap::new();
        let mut reporting: HashMap<String, usize> = HashMap::new();
        for (_, id) in panel.series_keys() {
            *reporting.entry(id.to_owned()).or_default() += 1;
        }
        // Every series once (not every indicator × every region: linear in the panel's size).
        // Keys are sorted by region, then indicator: each indicator's peers in region order.
        for (id, iid) in panel.series_keys() {
            let (Some(ind), Some(region)) = (panel.indicator(iid), panel.region(id)) else {
                continue;
            };
            let Some(scale) = Scale::of_indicator(ind) else {
                continue;
            };
            if latest_scale(panel, id, scale).is_none() {
                continue;
            }
            let Some(agg) = aggregate_of(refs, id, iid, scale) else {
                continue;
            };
            let points = relative_points(panel, id, agg, ind, scale);
            add_peer(&mut by_indicator, iid, region, points);
        }
        // A money amount per GDP is its share of GDP: regions that report only the share (a
        // province's digital-economy share, not its digital-economy scale) are peers of the
        // amount too, r = ln share − ln share of their aggregate.
        let twins: Vec<(&Indicator, &Indicator)> = panel
            .indicators()
            .iter()
            .filter(|ind| Scale::of_indicator(ind) == Some(Scale::Gdp))
            .filter_map(|ind| share_of_gdp_twin(panel, ind).map(|t| (ind, t)))
            .collect();
        for (amount, twin) in twins {
            let have: std::collections::HashSet<String> = by_indicator
                .get(&amount.id)
                .map(|v| v.iter().map(|p| p.region.clone()).collect())
                .unwrap_or_default();
            for (id, _) in panel.series_keys().filter(|&(_, i)| i == twin.id) {
                let Some(region) = panel.region(id).filter(|_| !have.contains(id)) else {
                    continue;
                };
                let Some(agg) = aggregate_of(refs, id, &twin.id, Scale::Level) else {
                    continue;
                };
                let points = relative_points_on(panel, id, agg, twin, Scale::Level, Transform::Log);
                add_peer(&mut by_indicator, &amount.id, region, points);
            }
        }
        let peer_regions = by_indicator
            .values()
            .flatten()
            .map(|p| p.region.clone())
            .collect();
        Intensities {
            by_indicator,
            reporting,
            memo: Mutex::default(),
            peer_regions,
        }
    }

    /// The memo key of an estimate for `region` (see [`MemoKey`]).
    fn key(
        &self,
        panel: &Panel,
        persistence: bool,
        region: &str,
        indicator: &str,
        scale: Scale,
        exclude: &[&str],
    ) -> MemoKey {
        let me = panel.region(region);
        // The excluded regions that are peers of any indicator (the no-baseline estimate may
        // pool over every indicator of the scale).
        let present: Vec<String> = exclude
            .iter()
            .filter(|&&x| self.peer_regions.contains(x))
            .map(|&x| x.to_owned())
            .collect();
        (
            persistence,
            indicator.to_owned(),
            scale,
            me.and_then(|r| r.province.clone()),
            me.map(|r| r.level.clone()),
            present,
        )
    }

    /// `compute` once per [`MemoKey`].
    fn memoised(
        &self,
        key: MemoKey,
        compute: impl FnOnce() -> Option<Estimate>,
    ) -> Option<Estimate> {
        if let Some(hit) = self.memo.lock().ok().and_then(|m| m.get(&key).copied()) {
            return hit;
        }
        let value = compute();
        if let Ok(mut m) = self.memo.lock() {
            m.insert(key, value);
        }
        value
    }

    /// How many regions have observations of `indicator`.
    pub(crate) fn reporting(&self, indicator: &str) -> usize {
        self.reporting.get(indicator).copied().unwrap_or(0)
    }

    /// The comparable regions of `region` for `indicator`, `exclude` left out (the region
    /// itself and its aggregate), in the order of [`Peers`]; the first group with
    /// ≥ [`MIN_PEERS`] members that `usable` accepts.
    fn peers<'a>(
        &'a self,
        panel: &Panel,
        region: &str,
        indicator: &str,
        exclude: &[&str],
        usable: impl Fn(&PeerSeries) -> bool,
    ) -> Option<(Peers, Vec<&'a PeerSeries>)> {
        let all: Vec<&PeerSeries> = self
            .by_indicator
            .get(indicator)?
            .iter()
            .filter(|p| !exclude.contains(&p.region.as_str()) && usable(p))
            .collect();
        let me = panel.region(region);
        let province = me.and_then(|r| r.province.as_deref());
        let level = me.map(|r| r.level.as_str());
        let member = |group: Peers, p: &PeerSeries| match group {
            Peers::Siblings => province.is_some() && p.province.as_deref() == province,
            Peers::SameLevel => level.is_some_and(|l| p.level == l),
            _ => true,
        };
        [Peers::Siblings, Peers::SameLevel, Peers::AllRegions]
            .into_iter()
            .find_map(|group| {
                let g: Vec<&PeerSeries> =
                    all.iter().copied().filter(|p| member(group, p)).collect();
                (g.len() >= MIN_PEERS).then_some((group, g))
            })
    }

    /// The distribution of a new region's relative intensity, N(μ, σ²(1 + 1/n)) from the
    /// comparable regions' latest relative intensities: (μ, predictive sd, peers, n).
    pub(crate) fn no_baseline(
        &self,
        panel: &Panel,
        region: &str,
        indicator: &str,
        scale: Scale,
        exclude: &[&str],
    ) -> Option<Estimate> {
        let key = self.key(panel, false, region, indicator, scale, exclude);
        self.memoised(key, || {
            self.no_baseline_uncached(panel, region, indicator, scale, exclude)
        })
    }

    fn no_baseline_uncached(
        &self,
        panel: &Panel,
        region: &str,
        indicator: &str,
        scale: Scale,
        exclude: &[&str],
    ) -> Option<Estimate> {
        if let Some((peers, g)) = self.peers(panel, region, indicator, exclude, |_| true) {
            let r: Vec<f64> = g
                .iter()
                .filter_map(|p| p.points.last().map(|x| x.1))
                .collect();
            let (m, sd) = mean_sd(&r)?;
            let n = r.len() as f64;
            return Some((m, sd * (1.0 + 1.0 / n).sqrt(), peers, r.len()));
        }
        self.pooled(panel, indicator, scale, exclude)
    }

    /// Too few regions report `indicator`: the spread of the comparable regions' latest
    /// relative intensities of *other* indicators, each around its own mean (one degree of
    /// freedom spent on each mean), μ = 0 (the region taken to be like its aggregate). First
    /// the indicators of the same kind ([`crate::IndicatorKind`]: infrastructure, adoption,
    /// share of GDP, money …) and scale, then — for counts and money only — every indicator of
    /// the scale. Shares and indices pool only with their own kind and working scale (logit
    /// with logit, log with log): a share of GDP does not stray like an adoption rate.
    fn pooled(
        &self,
        panel: &Panel,
        indicator: &str,
        scale: Scale,
        exclude: &[&str],
    ) -> Option<Estimate> {
        let me = panel.indicator(indicator)?;
        let kind = indicator_kind(me);
        let logit = matches!(scale.transform(me), Transform::Logit { .. });
        let groups: &[Peers] = if scale == Scale::Level {
            &[Peers::SameKind]
        } else {
            &[Peers::SameKind, Peers::SameScale]
        };
        // Indicators in id order: the pooled sums do not depend on the map's order.
        let mut ids: Vec<&String> = self.by_indicator.keys().collect();
        ids.sort();
        groups.iter().find_map(|&group| {
            let (mut dev, mut means) = (Vec::new(), 0usize);
            for id in &ids {
                let Some(other) = panel.indicator(id) else {
                    continue;
                };
                let same = Scale::of_indicator(other) == Some(scale)
                    && matches!(scale.transform(other), Transform::Logit { .. }) == logit
                    && (group == Peers::SameScale || indicator_kind(other) == kind);
                let r: Vec<f64> = self.by_indicator[*id]
                    .iter()
                    .filter(|p| !exclude.contains(&p.region.as_str()))
                    .filter_map(|p| p.points.last().map(|x| x.1))
                    .collect();
                if !same || r.len() < 2 {
                    continue;
                }
                let m = r.iter().sum::<f64>() / r.len() as f64;
                dev.extend(r.iter().map(|x| x - m));
                means += 1;
            }
            if dev.len() < MIN_PEERS {
                return None;
            }
            let n = dev.len() as f64;
            let sd = (dev.iter().map(|d| d * d).sum::<f64>() / (n - means as f64)).sqrt();
            Some((0.0, sd * (1.0 + 1.0 / n).sqrt(), group, dev.len()))
        })
    }

    /// The AR(1) persistence of relative intensity among the comparable regions: (φ per year,
    /// s², peers, regions with a pair).
    pub(crate) fn persistence(
        &self,
        panel: &Panel,
        region: &str,
        indicator: &str,
        scale: Scale,
        exclude: &[&str],
    ) -> Option<Estimate> {
        let key = self.key(panel, true, region, indicator, scale, exclude);
        self.memoised(key, || {
            self.persistence_uncached(panel, region, indicator, exclude)
        })
    }

    fn persistence_uncached(
        &self,
        panel: &Panel,
        region: &str,
        indicator: &str,
        exclude: &[&str],
    ) -> Option<Estimate> {
        let (peers, g) = self.peers(panel, region, indicator, exclude, |p| {
            p.points.len() >= 2 && p.points[p.points.len() - 1].0 - p.points[0].0 >= 0.5
        })?;
        let (phi, s2) = fit_persistence(&g)?;
        Some((phi, s2, peers, g.len()))
    }
}

/// Files a region's relative intensities of `indicator` (none: nothing).
fn add_peer(
    by_indicator: &mut HashMap<String, Vec<PeerSeries>>,
    indicator: &str,
    region: &crate::indicator::Region,
    points: Vec<(f64, f64)>,
) {
    if points.is_empty() {
        return;
    }
    by_indicator
        .entry(indicator.to_owned())
        .or_default()
        .push(PeerSeries {
            region: region.id.clone(),
            level: region.level.clone(),
            province: region.province.clone(),
            points,
        });
}

/// Mean and sample standard deviation (n ≥ 2).
fn mean_sd(x: &[f64]) -> Option<(f64, f64)> {
    if x.len() < 2 {
        return None;
    }
    let n = x.len() as f64;
    let m = x.iter().sum::<f64>() / n;
    let v = x.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (n - 1.0);
    Some((m, v.sqrt()))
}

/// Var ε / s² of the AR(1) drift over `h` years: (1 − φ²ʰ)/(1 − φ²), h at φ = 1.
pub(crate) fn ar_factor(phi: f64, h: f64) -> f64 {
    if (1.0 - phi).abs() < 1e-9 {
        h
    } else {
        (1.0 - phi.powf(2.0 * h)) / (1.0 - phi * phi)
    }
}

/// Maximum-likelihood (φ, s²) over every pair of observations ≥ half a year apart of each
/// region (a region's pairs weigh one in total); φ on a 0.01 grid in [0.3, 1].
pub(crate) fn fit_persistence(regions: &[&PeerSeries]) -> Option<(f64, f64)> {
    let mut pairs: Vec<(f64, f64, f64, f64)> = Vec::new(); // (r0, r1, h, weight)
    for p in regions {
        let mut mine = Vec::new();
        for (i, &(t0, r0)) in p.points.iter().enumerate() {
            for &(t1, r1) in &p.points[i + 1..] {
                if t1 - t0 >= 0.5 {
                    mine.push((r0, r1, t1 - t0));
                }
            }
        }
        let w = 1.0 / mine.len().max(1) as f64;
        pairs.extend(mine.into_iter().map(|(a, b, h)| (a, b, h, w)));
    }
    if pairs.is_empty() {
        return None;
    }
    let wsum: f64 = pairs.iter().map(|p| p.3).sum();
    let mut best: Option<(f64, f64, f64)> = None;
    for k in 30..=100 {
        let phi = f64::from(k) / 100.0;
        let s2 = pairs
            .iter()
            .map(|&(r0, r1, h, w)| w * (r1 - phi.powf(h) * r0).powi(2) / ar_factor(phi, h))
            .sum::<f64>()
            / wsum;
        // An exact fit (s² = 0) would make the likelihood unbounded: floor it.
        let s2 = s2.max(1e-12);
        if !s2.is_finite() {
            continue;
        }
        let nll: f64 = pairs
            .iter()
            .map(|&(_, _, h, w)| w * (s2 * ar_factor(phi, h)).ln())
            .sum::<f64>()
            + wsum;
        if best.is_none_or(|b| nll < b.0) {
            best = Some((nll, phi, s2));
        }
    }
    best.map(|b| (b.1, b.2))
}

#[cfg(test)]
mod tests;
