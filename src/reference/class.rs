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
/// How far (bandwidths) a smoothing kernel's mass reaches: Φ(8) = 1 − 6e-16.
const KERNEL_REACH: f64 = 8.0;

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
        // Kish's effective number of series, capped by the total weight: the level kernel can
        // leave every series a small weight, which Kish's ratio alone does not see.
        let sum: f64 = series_w.iter().sum();
        let sq: f64 = series_w.iter().map(|w| w * w).sum();
        let effective = if sq > 0.0 {
            (sum * sum / sq).min(sum)
        } else {
            0.0
        };
        if effective < MIN_CLASS_SERIES - 1e-9 || sum <= 0.0 {
            return None;
        }
        ClassDistribution::new(changes, weights, effective)
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
        let (bin, centre) = match self.class {
            ReferenceClass::Share => {
                let b = (start / LEVEL_BIN).round();
                (b as i64, b * LEVEL_BIN)
            }
            _ => (0, start),
        };
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
        let h = f64::from(horizon);
        let mut out = Vec::new();
        for (k, s) in self.bounds.windows(2).enumerate() {
            let pts = &self.points[s[0]..s[1]];
            let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
                continue;
            };
            let span = last.0 - first.0;
            let partner = |a: &(i32, f64), d: i32| {
                pts.binary_search_by_key(&(a.0 + d), |p| p.0)
                    .ok()
                    .map(|j| pts[j])
            };
            let has =
                |d: i32| (1..=span).contains(&d) && pts.iter().any(|a| partner(a, d).is_some());
            let Some(nearest) = (0..=span.max(horizon))
                .flat_map(|k| [horizon + k, horizon - k])
                .find(|&d| has(d))
            else {
                continue;
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
        out.sort_by(|a, b| a.start.total_cmp(&b.start));
        let out = Arc::new(out);
        if let Ok(mut m) = self.by_horizon.write() {
            m.entry(horizon).or_insert_with(|| Arc::clone(&out));
        }
        out
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

/// A smoothed distribution of changes on a class's scale over one horizon.
#[derive(Debug, Clone)]
pub struct ClassDistribution {
    changes: Vec<f64>,
    weights: Vec<f64>,
    /// below[i] = weights[..i].sum(): the mass of the points left of a kernel's reach.
    below: Vec<f64>,
    bandwidth: f64,
    series: f64,
}

impl ClassDistribution {
    fn new(changes: Vec<f64>, weights: Vec<f64>, series: f64) -> Option<Self> {
        let total: f64 = weights.iter().sum();
        let mut pairs: Vec<(f64, f64)> = changes
            .into_iter()
            .zip(weights.iter().map(|w| w / total))
            .collect();
        pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let (changes, weights): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
        let mean: f64 = changes.iter().zip(&weights).map(|(c, w)| c * w).sum();
        let var: f64 = changes
            .iter()
            .zip(&weights)
            .map(|(c, w)| w * (c - mean) * (c - mean))
            .sum();
        let mut d = ClassDistribution {
            changes,
            weights,
            below: Vec::new(),
            bandwidth: 0.0,
            series,
        };
        let iqr = d.raw_quantile(0.75) - d.raw_quantile(0.25);
        let spread = var.sqrt().min(iqr / 1.34);
        let spread = if spread > 0.0 { spread } else { var.sqrt() };
        // Silverman's rule with the effective number of series as n; a floor keeps a class of
        // identical changes a distribution.
        d.bandwidth = (0.9 * spread * series.powf(-0.2)).max(1e-3 * (1.0 + mean.abs()));
        if !d.bandwidth.is_finite() {
            return None;
        }
        d.bin();
        d.below = std::iter::once(0.0)
            .chain(d.weights.iter().scan(0.0, |acc, w| {
                *acc += w;
                Some(*acc)
            }))
            .collect();
        Some(d)
    }

    /// Binned kernel smoothing (Wand, *Fast computation of multivariate kernel estimators*,
    /// JCGS 3(4), 1994): changes within a quarter bandwidth of each other are merged into one
    /// point at their weighted mean, carrying their summed weight. The mean is kept exactly;
    /// the CDF moves by far less than its smoothing. Only for large classes (> 256 records).
    fn bin(&mut self) {
        if self.changes.len() <= 256 {
            return;
        }
        let width = 0.25 * self.bandwidth;
        let (mut c, mut w): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
        let (mut start, mut sum_w, mut sum_cw) = (self.changes[0], 0.0, 0.0);
        for (&x, &wx) in self.changes.iter().zip(&self.weights) {
            if x - start > width && sum_w > 0.0 {
                c.push(sum_cw / sum_w);
                w.push(sum_w);
                (start, sum_w, sum_cw) = (x, 0.0, 0.0);
            }
            sum_w += wx;
            sum_cw += wx * x;
        }
        if sum_w > 0.0 {
            c.push(sum_cw / sum_w);
            w.push(sum_w);
        }
        self.changes = c;
        self.weights = w;
    }

    /// The weighted empirical quantile of the unsmoothed changes (kept sorted).
    fn raw_quantile(&self, p: f64) -> f64 {
        let mut acc = 0.0;
        for (c, w) in self.changes.iter().zip(&self.weights) {
            acc += w;
            if acc >= p {
                return *c;
            }
        }
        self.changes.last().copied().unwrap_or(f64::NAN)
    }

    /// P(change ≤ x).
    pub fn cdf(&self, x: f64) -> f64 {
        // Points more than 8 bandwidths left of x count fully, right of it not at all
        // (Φ(8) = 1 − 6e-16): only the kernels within reach are evaluated.
        let reach = KERNEL_REACH * self.bandwidth;
        let lo = self.changes.partition_point(|&c| c < x - reach);
        let hi = self.changes.partition_point(|&c| c <= x + reach);
        let near = kernel_sum(
            &self.changes[lo..hi],
            &self.weights[lo..hi],
            x,
            1.0 / self.bandwidth,
        );
        (self.below[lo] + near).clamp(0.0, 1.0)
    }

    /// The change with P(change ≤ x) = p, for p in (0, 1): the root of [`Self::cdf`] − p
    /// (Illinois method) from the unsmoothed quantile ± 8 bandwidths (the smoothing moves no
    /// mass further), to a relative precision of 1e-8.
    pub fn quantile(&self, p: f64) -> f64 {
        let q = self.raw_quantile(p);
        let step = KERNEL_REACH * self.bandwidth;
        let (mut lo, mut hi) = (q - step, q + step);
        while self.cdf(lo) > p && lo.is_finite() {
            lo -= step;
        }
        while self.cdf(hi) < p && hi.is_finite() {
            hi += step;
        }
        let tol = 1e-8 * (1.0 + q.abs());
        crate::math::solve_increasing(|x| Some(self.cdf(x) - p), lo, hi, tol)
            .unwrap_or(0.5 * (lo + hi))
    }

    /// The effective number of series behind the distribution.
    pub fn series(&self) -> f64 {
        self.series
    }
}

/// Σ wᵢ·Φ((x − cᵢ)/h) over the kernels in reach (`inv_h` = 1/h), eight at a time with the
/// lane Φ and exp of `math.rs`, kept per lane and added as a tree at the end. Compiled for
/// AVX-512 and AVX2 as well as the baseline, picked at run time like the batch kernel; every
/// version rounds alike. The panel driver spends most of its time here: a share row pooled
/// with its class evaluates this sum about a hundred times (the quantiles' root finding).
#[cfg_attr(
    not(any(plancast_isa = "avx2", plancast_isa = "baseline")),
    multiversion::multiversion(targets(
        "x86_64+avx512f+avx512dq+avx512vl+avx2+fma",
        "x86_64+avx2+fma"
    ))
)]
#[cfg_attr(
    plancast_isa = "avx2",
    multiversion::multiversion(targets("x86_64+avx2+fma"))
)]
fn kernel_sum(changes: &[f64], weights: &[f64], x: f64, inv_h: f64) -> f64 {
    let mut acc = [0.0; K];
    let (cs, ws) = (changes.chunks_exact(K), weights.chunks_exact(K));
    let (cr, wr) = (cs.remainder(), ws.remainder());
    for (c, w) in cs.zip(ws) {
        let c: [f64; K] = c.try_into().expect("chunks of K");
        let w: [f64; K] = w.try_into().expect("chunks of K");
        add_kernels(&mut acc, c, w, x, inv_h);
    }
    if !cr.is_empty() {
        // Padding: kernels at x with weight 0 add nothing.
        let (mut c, mut w) = ([x; K], [0.0; K]);
        c[..cr.len()].copy_from_slice(cr);
        w[..wr.len()].copy_from_slice(wr);
        add_kernels(&mut acc, c, w, x, inv_h);
    }
    crate::math::sum_lanes(acc)
}

/// Kernels [`kernel_sum`] evaluates together.
const K: usize = 8;

/// Adds wₗ·Φ((x − cₗ)/h) to lane l of `acc`.
#[inline(always)]
fn add_kernels(acc: &mut [f64; K], c: [f64; K], w: [f64; K], x: f64, inv_h: f64) {
    let p = crate::math::normal_cdf_fast_lanes(c.map(|c| (x - c) * inv_h));
    for l in 0..K {
        acc[l] += w[l] * p[l];
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
        })
    }

    /// The class distribution of the change from the observation to `year`.
    fn distribution(&self, year: i32) -> Option<Arc<ClassDistribution>> {
        if let Some((y, d)) = self.cached.borrow().as_ref() {
            if *y == year {
                return Some(Arc::clone(d));
            }
        }
        let d = self
            .pool
            .shared_distribution(self.start, year - self.year)?;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Bounds;

    fn pool_of(paces: &[f64]) -> ClassGrowth {
        let mut pool = ClassGrowth::new(ReferenceClass::Count);
        let years: Vec<i32> = (2010..=2020).collect();
        for &r in paces {
            let v: Vec<f64> = years
                .iter()
                .map(|&t| (r * f64::from(t - 2010)).exp())
                .collect();
            assert_eq!(pool.add_series(&years, &v, Transform::Log), 55);
        }
        pool
    }

    #[test]
    fn distribution_follows_the_paces_of_the_class() {
        // 21 series with log paces 0.00, 0.01, …, 0.20: the change over 5 years is uniform on
        // [0, 1] (steps of 0.05), smoothed; its median is 0.5 and P(change ≤ 0.25) ≈ 0.25.
        let paces: Vec<f64> = (0..=20).map(|k| f64::from(k) / 100.0).collect();
        let d = pool_of(&paces).distribution(3.0, 5).unwrap();
        assert!((d.quantile(0.5) - 0.5).abs() < 1e-6, "{}", d.quantile(0.5));
        assert!((d.cdf(0.25) - 0.25).abs() < 0.03, "{}", d.cdf(0.25));
        assert!((d.series() - 21.0).abs() < 1e-9);
    }

    #[test]
    fn too_few_series_give_no_distribution() {
        assert!(pool_of(&[0.1, 0.2]).distribution(0.0, 5).is_none());
        assert!(pool_of(&[0.1, 0.2, 0.3]).distribution(0.0, 5).is_some());
        assert!(pool_of(&[0.1, 0.2, 0.3]).distribution(0.0, 0).is_none());
    }

    #[test]
    fn pairs_outside_the_scale_are_not_records() {
        let mut pool = ClassGrowth::new(ReferenceClass::Count);
        assert_eq!(
            pool.add_series(&[2018, 2019, 2020], &[0.0, 1.0, 2.0], Transform::Log),
            1
        );
        assert_eq!(pool.add_series(&[2020], &[1.0], Transform::Log), 0);
        assert_eq!(pool.series_count(), 1);
    }

    #[test]
    fn shares_are_compared_with_series_at_their_level() {
        // Low shares rise by 1 logit in 5 years, high shares by 0.2: a baseline at a low level
        // is judged by the low series.
        let mut pool = ClassGrowth::new(ReferenceClass::Share);
        let g = Transform::Logit {
            lower: 0.0,
            upper: 100.0,
        };
        for (start, pace) in [
            (-3.0, 0.2),
            (-3.2, 0.2),
            (-2.8, 0.2),
            (-3.4, 0.2),
            (-2.6, 0.2),
            (3.0, 0.04),
            (3.2, 0.04),
            (2.8, 0.04),
            (3.4, 0.04),
            (2.6, 0.04),
        ] {
            let v: Vec<f64> = (0..6)
                .map(|t| g.inverse(start + pace * f64::from(t)))
                .collect();
            pool.add_series(&[2015, 2016, 2017, 2018, 2019, 2020], &v, g);
        }
        let low = pool.distribution(-3.0, 5).unwrap();
        assert!(
            (low.quantile(0.5) - 1.0).abs() < 0.05,
            "{}",
            low.quantile(0.5)
        );
        // Far from every series' level: no comparable series, however many there are.
        assert!(pool.distribution(-8.0, 5).is_none());
        let high = pool.distribution(3.0, 5).unwrap();
        assert!(
            (high.quantile(0.5) - 0.2).abs() < 0.05,
            "{}",
            high.quantile(0.5)
        );
    }

    #[test]
    fn classes_of_indicators() {
        let mut ind = Indicator::try_new("x").unwrap();
        ind.unit = "个".into();
        assert_eq!(ReferenceClass::of(&ind), Some(ReferenceClass::Count));
        ind.unit = "万元".into();
        assert_eq!(ReferenceClass::of(&ind), Some(ReferenceClass::Money));
        ind.bounds = Bounds::try_new(Some(0.0), Some(100.0)).unwrap();
        assert_eq!(ReferenceClass::of(&ind), Some(ReferenceClass::Share));
        ind.direction = Direction::Down;
        assert_eq!(ReferenceClass::of(&ind), None);
    }
}
