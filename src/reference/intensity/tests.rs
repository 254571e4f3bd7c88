//! The unit tests of intensity: the time of a dated value, and the decayed-innovation AR
//! factor and the persistence fitted to it.

use super::relative::time_of;
use super::*;

#[test]
fn times_of_year_end_and_dated_values() {
    assert_eq!(time_of(2020, None), Some(2021.0));
    assert_eq!(time_of(2020, Some("2020-06")), Some(2020.5));
    assert_eq!(time_of(2021, Some("2022-01")), Some(2022.0 + 1.0 / 12.0));
    assert_eq!(time_of(2020, Some("2020-13")), None);
    assert_eq!(time_of(2020, Some("June")), None);
}

#[test]
fn ar_factor_is_the_sum_of_the_decayed_innovations() {
    // Over 3 whole years: 1 + φ² + φ⁴.
    let phi: f64 = 0.8;
    let direct = 1.0 + phi.powi(2) + phi.powi(4);
    assert!((ar_factor(phi, 3.0) - direct).abs() < 1e-12);
    assert!((ar_factor(1.0, 2.5) - 2.5).abs() < 1e-12);
}

#[test]
fn persistence_recovers_a_known_decay() {
    // Regions halving their relative intensity every year, exactly: φ = 0.5, s² ≈ 0.
    let series: Vec<PeerSeries> = (1..=6)
        .map(|k| PeerSeries {
            region: format!("r{k}"),
            level: "province".into(),
            province: None,
            points: (0..4)
                .map(|t| (2020.0 + f64::from(t), f64::from(k) * 0.5f64.powi(t)))
                .collect(),
        })
        .collect();
    let refs: Vec<&PeerSeries> = series.iter().collect();
    let (phi, s2) = fit_persistence(&refs).unwrap();
    assert!((phi - 0.5).abs() < 0.011, "{phi}");
    assert!(s2 < 1e-6, "{s2}");
}
