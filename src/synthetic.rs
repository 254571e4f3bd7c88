//! Seeded synthetic panels whose truth is known: for tests, benchmarks and the examples.
//!
//! Four families, each a plausible way an indicator evolves; values are generated for
//! `years_observed + years_future` consecutive years so that held-out outcomes exist:
//!
//! * [`Family::TrendNoise`]: y = a + b·t + ε, ε ~ N(0, σ²) independent — the textbook world.
//! * [`Family::RandomWalk`]: ln y is a random walk with drift — shocks persist.
//! * [`Family::TrendBreak`]: a linear trend whose slope changes once, at a uniformly random
//!   year of the whole span (past or future).
//! * [`Family::Saturating`]: a share in (0, 100) whose logit follows a line plus noise.
//!
//! Generation is deterministic given the seed (ChaCha8), on every platform.

use rand::SeedableRng;
use rand_distr::{Distribution, Normal};

/// rand 0.8's `Rng` trait, which [`trajectory`] takes: re-exported on purpose (this module is
/// the `synthetic` feature's, and a rand upgrade is a plancast release that says so), so
/// callers need no rand dependency of their own.
pub use rand::Rng;
/// rand_chacha 0.3's generator, which [`rng`] returns (re-exported on purpose, as [`Rng`]).
pub use rand_chacha::ChaCha8Rng;

use crate::indicator::Bounds;

/// A kind of synthetic trajectory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Linear trend plus independent noise.
    TrendNoise,
    /// Random walk with drift on the log scale.
    RandomWalk,
    /// Linear trend with one slope change at a random year.
    TrendBreak,
    /// Logistic share 0..100 with noise on the logit scale.
    Saturating,
}

impl Family {
    /// All families.
    pub const ALL: &[Family] = &[
        Family::TrendNoise,
        Family::RandomWalk,
        Family::TrendBreak,
        Family::Saturating,
    ];

    /// The indicator bounds a series of this family respects.
    pub fn bounds(self) -> Bounds {
        match self {
            Family::Saturating => Bounds::PERCENT,
            _ => Bounds::NONE,
        }
    }

    /// A name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Family::TrendNoise => "trend+noise",
            Family::RandomWalk => "random walk",
            Family::TrendBreak => "trend break",
            Family::Saturating => "saturating share",
        }
    }
}

/// A deterministic random number generator for a seed.
pub fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// Fills `out` with one trajectory of `family` over `out.len()` consecutive years.
pub fn trajectory(family: Family, rng: &mut impl Rng, out: &mut [f64]) {
    let n = out.len();
    let std = Normal::new(0.0, 1.0).expect("valid normal");
    match family {
        Family::TrendNoise => {
            let a = rng.gen_range(50.0..150.0);
            let b = rng.gen_range(2.0..10.0);
            let sigma = rng.gen_range(2.0..8.0);
            for (i, y) in out.iter_mut().enumerate() {
                *y = a + b * i as f64 + sigma * std.sample(rng);
            }
        }
        Family::RandomWalk => {
            let mu = rng.gen_range(0.03..0.12);
            let sigma = rng.gen_range(0.03..0.10);
            let mut z = rng.gen_range(3.0f64..6.0);
            for y in out.iter_mut() {
                *y = z.exp();
                z += mu + sigma * std.sample(rng);
            }
        }
        Family::TrendBreak => {
            let a = rng.gen_range(50.0..150.0);
            let b = rng.gen_range(2.0..10.0);
            let b2 = b * rng.gen_range(-0.5..2.0);
            let at = rng.gen_range(0..n.max(1));
            let sigma = rng.gen_range(2.0..6.0);
            let mut level = a;
            for (i, y) in out.iter_mut().enumerate() {
                *y = level + sigma * std.sample(rng);
                level += if i < at { b } else { b2 };
            }
        }
        Family::Saturating => {
            let mid = rng.gen_range(0.0..n as f64);
            let r = rng.gen_range(0.2..0.6);
            let sigma = rng.gen_range(0.05..0.2);
            for (i, y) in out.iter_mut().enumerate() {
                let z = r * (i as f64 - mid) + sigma * std.sample(rng);
                *y = 100.0 / (1.0 + (-z).exp());
            }
        }
    }
}

/// `count` trajectories of `len` consecutive years, row-major (`values[s * len + i]`).
pub fn trajectories(family: Family, count: usize, len: usize, seed: u64) -> Vec<f64> {
    let mut r = rng(seed);
    let mut v = vec![0.0; count * len];
    for row in v.chunks_mut(len.max(1)) {
        trajectory(family, &mut r, row);
    }
    v
}

/// A seeded synthetic [`Panel`](crate::Panel): `regions` × `indicators` series of `years`
/// consecutive annual observations ending in 2020, the indicators cycling through the four
/// [`Family`] kinds, and one `>=` target per series in 2025 drawn around the series' own trend
/// (so every status class occurs). Region ids are `r00000`…, indicator ids `i000`….
pub fn panel(regions: usize, indicators: usize, years: usize, seed: u64) -> crate::Panel {
    use crate::indicator::{Direction, Indicator, Region};
    use crate::target::{
        Bound, Comparator, Observation, Provenance, Target, TargetKind, TargetValue,
    };
    let mut r = rng(seed);
    let first_year = 2021 - years as i32;
    let inds: Vec<(Indicator, Family)> = (0..indicators)
        .map(|k| {
            let family = Family::ALL[k % Family::ALL.len()];
            let id = format!("i{k:03}");
            (
                Indicator {
                    name_zh: id.clone(),
                    name_en: format!("{} {k}", family.name()),
                    unit: if family == Family::Saturating {
                        "%".into()
                    } else {
                        String::new()
                    },
                    direction: Direction::Up,
                    bounds: family.bounds(),
                    category: "synthetic".into(),
                    id,
                    defaulted: false,
                },
                family,
            )
        })
        .collect();
    let regs: Vec<Region> = (0..regions)
        .map(|k| Region {
            name_zh: format!("区{k}"),
            name_en: format!("Region {k}"),
            ..Region::try_new(&format!("r{k:05}")).expect("valid id")
        })
        .collect();
    let mut observations = Vec::with_capacity(regions * indicators * years);
    let mut targets = Vec::with_capacity(regions * indicators);
    let mut buf = vec![0.0; years];
    for reg in &regs {
        for (ind, family) in &inds {
            trajectory(*family, &mut r, &mut buf);
            for (i, &v) in buf.iter().enumerate() {
                observations.push(Observation {
                    region: reg.id.clone(),
                    indicator: ind.id.clone(),
                    year: first_year + i as i32,
                    value: v,
                    as_of: None,
                    bound: Bound::Exact,
                    provenance: Provenance::default(),
                    definition: None,
                });
            }
            let last = buf[years - 1];
            let target = match family {
                Family::Saturating => r.gen_range(last..100.0),
                _ => last * r.gen_range(0.9..1.8),
            };
            targets.push(Target {
                region: reg.id.clone(),
                indicator: ind.id.clone(),
                year: 2025,
                comparator: Comparator::Ge,
                value: TargetValue::Numeric(target),
                kind: TargetKind::Expected,
                provenance: Provenance::default(),
                definition: None,
            });
        }
    }
    crate::Panel::try_new(crate::PanelData {
        regions: regs,
        indicators: inds.into_iter().map(|x| x.0).collect(),
        observations,
        targets,
        alternates: Vec::new(),
    })
    .expect("a synthetic panel is valid by construction")
}

/// A [`SeriesBatch`](crate::SeriesBatch) of `count` series of `family` over `len` years ending
/// in 2020, with one plan-like target per series for 2025 (around each series' own trend, so all
/// status classes occur): the workload of the `assess_panel` benchmark and the
/// `synthetic_panel` example.
pub fn batch(
    family: Family,
    count: usize,
    len: usize,
    seed: u64,
) -> (crate::SeriesBatch, Vec<f64>) {
    let values = trajectories(family, count, len, seed);
    let mut r = rng(seed ^ 0x007A_26E7);
    let targets = values
        .chunks(len.max(1))
        .map(|row| {
            let last = row[row.len() - 1];
            match family {
                Family::Saturating => r.gen_range(last..100.0),
                _ => last * r.gen_range(0.9..1.8),
            }
        })
        .collect();
    let years = (2021 - len as i32..2021).collect();
    let batch = crate::SeriesBatch::try_new(years, values).expect("synthetic values are finite");
    (batch, targets)
}
