//! The outside view for one-point series: how comparable series actually grew.
//!
//! Plans almost always give one baseline and a target. When no reference series of the same
//! indicator exists (no province or nation to borrow a trajectory from), plancast judges the
//! target by the growth of the indicator's *reference class* — every series in the panel of the
//! same kind of quantity — over the target's horizon (reference-class forecasting: Kahneman &
//! Tversky's "outside view"; Flyvbjerg, *From Nobel Prize to project management: getting risks
//! right*, Project Management Journal 37(3), 2006).
//!
//! # Classes and scales
//!
//! | class | indicators | scale growth is compared on |
//! |---|---|---|
//! | `share` | bounded on both sides (adoption, coverage, online rates, in %) | logit |
//! | `money` | unbounded above, unit in currency (亿元, 万元, CNY, USD, EUR) | log |
//! | `count` | other positive quantities rising (facilities, users, connections, bandwidth) | log |
//!
//! A percentage without an upper bound (a penetration per 100 that can pass 100, a growth
//! rate) is neither a share nor a count: it has no class.
//!
//! An indicator whose better direction is *down* (PUE, energy per unit, a falling share) has no
//! class: nothing in a panel of rising quantities says how fast it falls. Nor has one of
//! category `context` (GDP, population): they describe a region, not a kind of target.
//!
//! # The distribution
//!
//! Every pair of year-end observations (t₀, t₁) of a class series is a growth record: its start
//! z₀ = g(y₀), its distance d = t₁ − t₀ and its change Δz = g(y₁) − g(y₀) on the class's scale g.
//! For a baseline z at horizon h, each series contributes the records at its distance nearest to
//! h (ties to the longer), their changes carried to h as Δz·h/d — growth read as a pace, which is
//! what the logistic (constant logit pace) and exponential (constant log pace) models assume —
//! and every series weighs one in total, however long it is. For shares, a record's weight is
//! multiplied by a Gaussian kernel in its start level (bandwidth [`LEVEL_BANDWIDTH`] logits):
//! shares near saturation grow more slowly on the logit scale than shares taking off, so a
//! share of 90 % is compared with series that were near 90 %. The weighted changes are smoothed
//! with a Gaussian kernel (Silverman's rule of thumb, *Density Estimation*, 1986, eq. 3.31),
//! which gives a continuous CDF: P(met), the interval and the percentile the target requires
//! are all read from it.
//!
//! At least [`MIN_CLASS_SERIES`] series must carry weight (Kish's effective number, so one
//! series near the level does not decide alone); otherwise there is no class distribution.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use serde::{Deserialize, Serialize};

use super::distribution::effective_series;
pub use super::distribution::ClassDistribution;
use crate::indicator::{Direction, Indicator};
use crate::model::Transform;
use crate::projection::Level;
use crate::projection::YEAR_REACHED_HORIZON;
use crate::projection::{effective_target, probability_from_cdf, working_target, IntervalMethod};
use crate::projection::{Forecast, Projected};
use crate::target::Comparator;

/// Bandwidth (logits) of the level kernel that weights share records by how close their start
/// is to the baseline.
pub(crate) const LEVEL_BANDWIDTH: f64 = 1.0;
/// Width (logits) of the level bins whose shared distributions the panel driver's share rows
/// use ([`ClassGrowth::shared_distribution`]): a sixteenth of [`LEVEL_BANDWIDTH`].
pub(crate) const LEVEL_BIN: f64 = LEVEL_BANDWIDTH / 16.0;
/// Fewest series (Kish's effective number of the series' weights) a class distribution needs.
pub(crate) const MIN_CLASS_SERIES: f64 = 3.0;
/// Level-kernel cut-off (bandwidths): beyond it a record weighs < 1e-4 of a near one
/// (√(2 ln 10⁴)).
const LEVEL_CUT: f64 = 4.292;

/// The kind of quantity an indicator measures, for comparing its growth with other series.
///
/// ```
/// use plancast::{Bounds, Indicator, ReferenceClass};
/// let mut ind = Indicator::try_new("ecommerce_turnover").unwrap();
/// ind.unit = "亿元".into();
/// assert_eq!(ReferenceClass::of(&ind), Some(ReferenceClass::Money));
/// ind.bounds = Bounds::try_new(Some(0.0), Some(100.0)).unwrap();
/// assert_eq!(ReferenceClass::of(&ind), Some(ReferenceClass::Share));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceClass {
    /// Bounded shares (adoption, coverage): compared on the logit scale.
    Share,
    /// Positive counts and other rising quantities: compared on the log scale.
    Count,
    /// Monetary amounts: compared on the log scale.
    Money,
}

impl ReferenceClass {
    /// The class of an indicator (see the module docs), or `None` when it has none.
    pub fn of(indicator: &Indicator) -> Option<Self> {
        if indicator.direction == Direction::Down || indicator.category == "context" {
            return None;
        }
        if indicator.bounds.both().is_some() {
            return Some(ReferenceClass::Share);
        }
        if indicator.bounds.lower().is_some_and(|l| l < 0.0) || indicator.unit.contains('%') {
            return None;
        }
        let unit = indicator.unit.to_lowercase();
        let money = ["元", "cny", "usd", "eur", "yuan", "dollar", "euro"];
        if money.iter().any(|m| unit.contains(m)) {
            Some(ReferenceClass::Money)
        } else {
            Some(ReferenceClass::Count)
        }
    }

    /// Short name for reports (`share`, `count`, `money`).
    pub fn name(self) -> &'static str {
        match self {
            ReferenceClass::Share => "share",
            ReferenceClass::Count => "count",
            ReferenceClass::Money => "money",
        }
    }

    /// The scale the class compares growth on, for an indicator of the class.
    pub fn transform(self, indicator: &Indicator) -> Transform {
        match (self, indicator.bounds.both()) {
            (ReferenceClass::Share, Some((lower, upper))) => Transform::Logit { lower, upper },
            _ => Transform::Log,
        }
    }
}

impl std::fmt::Display for ReferenceClass {
    /// The short name reports use ([`ReferenceClass::name`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The growth records of one reference class: every pair of observations of every series
/// added, on the class's scale. The observations are kept (memory linear in them); a query
/// enumerates the pairs of each series at the distance it needs.
///
/// ```
/// use plancast::{model::Transform, ClassGrowth, ReferenceClass};
/// let mut pool = ClassGrowth::new(ReferenceClass::Count);
/// for (k, growth) in [0.05f64, 0.10, 0.15, 0.20].iter().enumerate() {
///     let values: Vec<f64> = (0..6).map(|t| (k as f64 + 1.0) * (1.0 + growth).powi(t)).collect();
///     pool.add_series(&[2015, 2016, 2017, 2018, 2019, 2020], &values, Transform::Log);
/// }
/// let d = pool.distribution(0.0, 5).unwrap();
/// // Half the series grew faster than 12.5 % a year, half slower.
/// let p = d.cdf(5.0 * 1.125f64.ln());
/// assert!((p - 0.5).abs() < 0.1, "{p}");
/// ```
#[derive(Debug)]
pub struct ClassGrowth {
    class: ReferenceClass,
    /// Observations (year, value on the class's scale) of every series, series after series
    /// (`bounds[s]..bounds[s + 1]`), years increasing within one.
    points: Vec<(i32, f64)>,
    bounds: Vec<usize>,
    /// [`ClassGrowth::records_at`], by horizon.
    by_horizon: RwLock<BTreeMap<i32, Arc<Vec<HorizonRecord>>>>,
    /// [`ClassGrowth::shared_distribution`], by (horizon, level bin): built once per run and
    /// shared by every row that asks for it.
    shared: RwLock<SharedDistributions>,
}

/// Distributions shared by the rows of a run, by (horizon, level bin); `None` where too few
/// series carry weight.
type SharedDistributions = HashMap<(i32, i64), Option<Arc<ClassDistribution>>>;

/// One growth record carried to a horizon.
#[derive(Debug, Clone, Copy)]
struct HorizonRecord {
    start: f64,
    change: f64,
    /// 1 / (the series' number of records at this horizon).
    base: f64,
    series: u32,
}

impl Clone for ClassGrowth {
    fn clone(&self) -> Self {
        ClassGrowth {
            class: self.class,
            points: self.points.clone(),
            bounds: self.bounds.clone(),
            by_horizon: RwLock::default(),
            shared: RwLock::default(),
        }
    }
}

impl ClassGrowth {
    /// An empty pool of the class.
    pub fn new(class: ReferenceClass) -> Self {
        ClassGrowth {
            class,
            points: Vec::new(),
            bounds: vec![0],
            by_horizon: RwLock::default(),
            shared: RwLock::default(),
        }
    }

    /// The class.
    pub fn class(&self) -> ReferenceClass {
        self.class
    }

    /// Number of series with at least one growth record.
    pub fn series_count(&self) -> usize {
        self.bounds.len() - 1
    }

    /// Adds one series (`years` strictly increasing, as [`crate::Series`] guarantees) on the
    /// scale `g`, and returns how many growth records it gives: one per pair of observations
    /// both inside g's domain (a zero count has no log growth; such pairs are not records).
    /// A series with fewer than two such observations adds nothing.
    pub fn add_series(&mut self, years: &[i32], values: &[f64], g: Transform) -> usize {
        let before = self.points.len();
        self.points.extend(
            years
                .iter()
                .zip(values)
                .filter(|(_, &v)| g.admits(v))
                .map(|(&t, &v)| (t, g.forward(v))),
        );
        let n = self.points.len() - before;
        if n < 2 {
            self.points.truncate(before);
            return 0;
        }
        self.bounds.push(self.points.len());
        if let Ok(m) = self.by_horizon.get_mut() {
            m.clear();
        }
        if let Ok(m) = self.shared.get_mut() {
            m.clear();
        }
        n * (n - 1) / 2
    }

    /// The distribution of the change on the class's scale over `horizon` years (≥ 1) from a
    /// baseline `start` (on the class's scale), or `None` when fewer than
    /// three series carry weight.
    pub fn distribution(&self, start: f64, horizon: i32) -> Option<ClassDistribution> {
        if horizon < 1 || !start.is_finite() {
            return None;
        }
        let recs = self.records_at(horizon);
        // Records beyond LEVEL_CUT bandwidths of the level weigh < 1e-4 of a near one: left
        // out (they are sorted by start, so this is a range).
        let (lo, hi) = match self.class {
            ReferenceClass::Share => {
                let cut = LEVEL_CUT * LEVEL_BANDWIDTH;
                (
                    recs.partition_point(|r| r.start < start - cut),
                    recs.partition_point(|r| r.start <= start + cut),
                )
            }
            _ => (0, recs.len()),
        };
        let mut series_w = vec![0.0; self.series_count()];
        let (mut changes, mut weights) = (Vec::with_capacity(hi - lo), Vec::with_capacity(hi - lo));
        for r in &recs[lo..hi] {
            let w = r.base * self.level_weight(r.start - start);
            if w > 0.0 {
                changes.push(r.change);
                weights.push(w);
                series_w[r.series as usize] += w;
            }
        }
        let sum: f64 = series_w.iter().sum();
        let sq: f64 = series_w.iter().map(|w| w * w).sum();
        let effective = effective_series(sum, sq);
        if effective < MIN_CLASS_SERIES - 1e-9 || sum <= 0.0 {
            return None;
        }
        ClassDistribution::new(changes, weights, (sum, sq))
    }

    /// [`ClassGrowth::distribution`] as the panel driver uses it: built once per (horizon, level
    /// bin) and shared by every row that asks for it, so a panel's rows cost the same whatever
    /// the number of regions (one distribution built and sorted per row made the driver's cost
    /// quadratic in the number of regions). For shares the level kernel is centred on the
    /// baseline's bin, the nearest multiple of [`LEVEL_BIN`] logits (at most half a bin, 1/32 of
    /// the kernel's bandwidth, from the baseline itself); other classes weigh no level, so
    /// theirs is the distribution of [`ClassGrowth::distribution`] exactly.
    pub(crate) fn shared_distribution(
        &self,
        start: f64,
        horizon: i32,
    ) -> Option<Arc<ClassDistribution>> {
        if horizon < 1 || !start.is_finite() {
            return None;
        }
        let (bin, centre) = self.centre_of(start);
        let key = (horizon, bin);
        if let Some(d) = self.shared.read().ok().and_then(|m| m.get(&key).cloned()) {
            return d;
        }
        let d = self.distribution(centre, horizon).map(Arc::new);
        if let Ok(mut m) = self.shared.write() {
            return m.entry(key).or_insert(d).clone();
        }
        d
    }

    /// The growth records at `horizon`, sorted by start: for each series, its pairs at the
    /// distance nearest the horizon (ties to the longer: h, h + 1, h − 1, h + 2, …), their
    /// changes carried to the horizon, each weighing 1/(the series' number of such pairs).
    /// Computed once per horizon and kept.
    fn records_at(&self, horizon: i32) -> Arc<Vec<HorizonRecord>> {
        if let Some(r) = self
            .by_horizon
            .read()
            .ok()
            .and_then(|m| m.get(&horizon).cloned())
        {
            return r;
        }
        let mut out = Vec::new();
        for k in 0..self.series_count() {
            self.series_records(k, horizon, &mut out);
        }
        out.sort_by(|a, b| a.start.total_cmp(&b.start));
        let out = Arc::new(out);
        if let Ok(mut m) = self.by_horizon.write() {
            m.entry(horizon).or_insert_with(|| Arc::clone(&out));
        }
        out
    }

    /// The growth records of series `k` at `horizon` (see [`ClassGrowth::records_at`]),
    /// appended to `out`.
    fn series_records(&self, k: usize, horizon: i32, out: &mut Vec<HorizonRecord>) {
        let h = f64::from(horizon);
        let pts = &self.points[self.bounds[k]..self.bounds[k + 1]];
        let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
            return;
        };
        let span = last.0 - first.0;
        let partner = |a: &(i32, f64), d: i32| {
            pts.binary_search_by_key(&(a.0 + d), |p| p.0)
                .ok()
                .map(|j| pts[j])
        };
        let has = |d: i32| (1..=span).contains(&d) && pts.iter().any(|a| partner(a, d).is_some());
        let Some(nearest) = (0..=span.max(horizon))
            .flat_map(|k| [horizon + k, horizon - k])
            .find(|&d| has(d))
        else {
            return;
        };
        let pairs: Vec<((i32, f64), (i32, f64))> = pts
            .iter()
            .filter_map(|a| partner(a, nearest).map(|b| (*a, b)))
            .filter(|(a, b)| (b.1 - a.1).is_finite())
            .collect();
        let base = 1.0 / pairs.len() as f64;
        out.extend(pairs.into_iter().map(|(a, b)| HorizonRecord {
            start: a.1,
            change: (b.1 - a.1) * h / f64::from(nearest),
            base,
            series: k as u32,
        }));
    }

    /// The level bin of a baseline and the centre of the level kernel the shared distribution
    /// of that bin uses: the nearest multiple of [`LEVEL_BIN`] for shares, the baseline itself
    /// (one bin) for other classes.
    fn centre_of(&self, start: f64) -> (i64, f64) {
        match self.class {
            ReferenceClass::Share => {
                let b = (start / LEVEL_BIN).round();
                (b as i64, b * LEVEL_BIN)
            }
            _ => (0, start),
        }
    }

    /// Whether a record starting at `start` is inside the level kernel's reach around
    /// `centre` (shares: [`LEVEL_CUT`] bandwidths; other classes: always).
    fn within_cut(&self, start: f64, centre: f64) -> bool {
        match self.class {
            ReferenceClass::Share => (start - centre).abs() <= LEVEL_CUT * LEVEL_BANDWIDTH,
            _ => true,
        }
    }

    /// [`ClassGrowth::shared_distribution`] without series `k`'s own records — the class a
    /// series is pooled with must not contain the series itself, or its own growth counts
    /// twice (issue 29). The shared distribution's kernels minus series k's, renormalised
    /// (the bandwidth is the shared one's: Silverman's rule moves by a factor
    /// (n/(n − 1))^0.2 < 1.02 for n ≥ 10 effective series). `None` when fewer than
    /// [`MIN_CLASS_SERIES`] effective series remain.
    pub(crate) fn distribution_without(
        &self,
        start: f64,
        horizon: i32,
        k: u32,
    ) -> Option<Arc<ClassDistribution>> {
        let shared = self.shared_distribution(start, horizon)?;
        let k = k as usize;
        if k >= self.series_count() {
            return Some(shared);
        }
        let (_, centre) = self.centre_of(start);
        let mut own = Vec::new();
        self.series_records(k, horizon, &mut own);
        let own: Vec<(f64, f64)> = own
            .iter()
            .filter(|r| self.within_cut(r.start, centre))
            .map(|r| (r.change, r.base * self.level_weight(r.start - centre)))
            .filter(|&(_, w)| w > 0.0)
            .collect();
        if own.is_empty() {
            return Some(shared);
        }
        shared.without(&own).map(Arc::new)
    }

    fn level_weight(&self, distance: f64) -> f64 {
        match self.class {
            ReferenceClass::Share => {
                let u = distance / LEVEL_BANDWIDTH;
                (-0.5 * u * u).exp()
            }
            _ => 1.0,
        }
    }
}

/// A one-point series carried forward by its class: a [`Forecast`] for [`crate::assess`].
#[derive(Debug)]
pub(crate) struct ClassPath<'c> {
    pub(crate) pool: &'c ClassGrowth,
    pub(crate) g: Transform,
    pub(crate) year: i32,
    pub(crate) start: f64,
    pub(crate) level: Level,
    /// Median pace (per year) at the horizon last projected, for the year reached.
    pace: Cell<Option<f64>>,
    /// The distribution last computed, by target year (a row asks for it twice).
    cached: RefCell<Option<(i32, Arc<ClassDistribution>)>>,
    /// The pool's index of the series this path forecasts, left out of its class.
    without: Option<u32>,
}

impl<'c> ClassPath<'c> {
    /// The path from the observation (`year`, `value`), or `None` when the value is outside
    /// the class scale's domain.
    pub(crate) fn new(
        pool: &'c ClassGrowth,
        g: Transform,
        (year, value): (i32, f64),
        level: Level,
    ) -> Option<Self> {
        g.admits(value).then(|| ClassPath {
            pool,
            g,
            year,
            start: g.forward(value),
            level,
            pace: Cell::new(None),
            cached: RefCell::new(None),
            without: None,
        })
    }

    /// The path with series `k` of the pool (the series being forecast) left out of the class.
    pub(crate) fn without(mut self, k: Option<u32>) -> Self {
        self.without = k;
        self
    }

    /// The class distribution of the change from the observation to `year`.
    fn distribution(&self, year: i32) -> Option<Arc<ClassDistribution>> {
        if let Some((y, d)) = self.cached.borrow().as_ref() {
            if *y == year {
                return Some(Arc::clone(d));
            }
        }
        let h = year - self.year;
        let d = match self.without {
            Some(k) => self.pool.distribution_without(self.start, h, k)?,
            None => self.pool.shared_distribution(self.start, h)?,
        };
        *self.cached.borrow_mut() = Some((year, Arc::clone(&d)));
        Some(d)
    }

    /// The share of comparable series that grew less than the target requires by `year`
    /// (the target's growth percentile), or `None` without a class distribution.
    pub(crate) fn percentile(&self, year: i32, target: f64) -> Option<f64> {
        let d = self.distribution(year)?;
        let need = working_target(self.g, target) - self.start;
        need.is_finite().then(|| d.cdf(need))
    }
}

impl Forecast for ClassPath<'_> {
    fn project_and_probability(
        &self,
        year: i32,
        comparator: Comparator,
        target: f64,
    ) -> (Option<Projected>, Option<f64>) {
        let Some(d) = self.distribution(year) else {
            return (None, None);
        };
        let median = d.quantile(0.5);
        self.pace
            .set(Some(median / f64::from(year - self.year)).filter(|p| p.is_finite()));
        let a = 0.5 - 0.5 * self.level.get();
        let at = |dz: f64| self.g.inverse(self.start + dz);
        let value = at(median);
        let band = (at(d.quantile(a)), at(d.quantile(1.0 - a)));
        let projected = value.is_finite().then(|| {
            let band = (band.0.is_finite() && band.1.is_finite()).then_some((
                band.0.min(value),
                band.1.max(value),
                IntervalMethod::ReferenceClass,
            ));
            (value, band)
        });
        let p = probability_from_cdf(comparator, target, |v| {
            d.cdf(working_target(self.g, v) - self.start)
        });
        (projected, p)
    }

    fn year_reached(&self, from: i32, comparator: Comparator, target: f64) -> Option<i32> {
        let pace = self.pace.get()?;
        let t = effective_target(self.g, target);
        (from..=from.saturating_add(YEAR_REACHED_HORIZON)).find(|&y| {
            let z = self.start + pace * f64::from(y - self.year);
            comparator.holds(self.g.inverse(z), t)
        })
    }

    fn cdf(&self, year: i32, v: f64) -> Option<f64> {
        let d = self.distribution(year)?;
        let x = working_target(self.g, v) - self.start;
        (!x.is_nan()).then(|| d.cdf(x))
    }

    /// The class's distribution of the last year projected (the target's), carried to `year`
    /// by pace: a change Δ over h′ years is read as Δ·h/h′ over h — how the class's records are
    /// carried to a horizon in the first place (the module docs). One distribution a row, not
    /// one a year: the year reached searches up to [`YEAR_REACHED_HORIZON`] years ahead.
    fn cdf_for_year_reached(&self, year: i32, v: f64) -> Option<f64> {
        let cached = self.cached.borrow().clone();
        let Some((y, d)) = cached else {
            return self.cdf(year, v);
        };
        let (h, h2) = (f64::from(y - self.year), f64::from(year - self.year));
        if h <= 0.0 || h2 <= 0.0 {
            return self.cdf(year, v);
        }
        let x = working_target(self.g, v) - self.start;
        (!x.is_nan()).then(|| d.cdf(x * h / h2))
    }
}

#[cfg(test)]
mod tests;
