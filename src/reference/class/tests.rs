//! The unit tests of the reference class: its distribution follows the paces of its series,
//! leaves a series out of its own class and needs enough of them; pairs off the scale are no
//! records, shares are compared at their level, and indicators are sorted into classes.

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

/// Leaving a series out of the shared distribution (its kernels subtracted, the rest
/// renormalised) gives the distribution of the pool built without it, up to the bandwidth
/// kept from the full pool: within 0.01 in CDF here (twelve series; Silverman's bandwidth
/// moves by (12/11)^0.2 − 1 = 1.8 %), computed independently by rebuilding the pool.
#[test]
fn a_series_left_out_of_its_class() {
    let paces: Vec<f64> = (0..12).map(|k| 0.02 + 0.01 * f64::from(k)).collect();
    let full = pool_of(&paces);
    let mut rest = paces.clone();
    rest.remove(3);
    let rebuilt = pool_of(&rest);
    let loo = full.distribution_without(0.0, 5, 3).unwrap();
    let want = rebuilt.distribution(0.0, 5).unwrap();
    for x in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] {
        assert!((loo.cdf(x) - want.cdf(x)).abs() < 0.01, "{x}");
    }
    assert!((loo.series() - 11.0).abs() < 1e-9);
    for p in [0.1, 0.5, 0.9] {
        assert!((loo.quantile(p) - want.quantile(p)).abs() < 0.01, "{p}");
    }
    // A pool of three series has none left once one is out.
    assert!(pool_of(&paces[..3])
        .distribution_without(0.0, 5, 0)
        .is_none());
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
