//! Unit tests of the parent module, each from a real case.

use super::*;

fn series(years: &[i32], values: &[f64]) -> Series {
    Series::try_new(years.to_vec(), values.to_vec()).unwrap()
}

fn verdict(s: &Series, goal: Goal) -> Verdict {
    judge(s, &goal, None, None, Bounds::NONE, &Thresholds::default())
}

#[test]
fn base_year_rule() {
    // The plan's baseline year when observed.
    assert_eq!(base_index(&[2018, 2020, 2023], Some(2020)), 1);
    // Else the first observation of the last five years.
    assert_eq!(base_index(&[2010, 2017, 2018, 2019, 2023], None), 2);
    assert_eq!(base_index(&[2010, 2017, 2018, 2019, 2023], Some(2016)), 2);
    // Only the latest in the window: the one before it.
    assert_eq!(base_index(&[2000, 2010, 2020], None), 1);
    assert_eq!(base_index(&[2020], None), 0);
    assert_eq!(base_index(&[2020], Some(2020)), 0);
    // A baseline that is the latest observation: the short-term rule instead.
    assert_eq!(base_index(&[2019, 2021, 2023], Some(2023)), 0);
}

#[test]
fn eurostat_ratio_from_the_base_year() {
    // Issue 13, case 3: R = (1.3^(1/3) − 1)/(2^(1/5) − 1) = 0.614619 (Python, f64); the
    // issue's "0.6147" rounds that up in the fourth digit. The first version's figure,
    // required growth from the latest value, was 0.3803.
    let want = (1.3f64.powf(1.0 / 3.0) - 1.0) / (2f64.powf(0.2) - 1.0);
    assert!((want - 0.614_619).abs() < 1e-6, "{want}");
    let s = series(&[2020, 2023], &[100.0, 130.0]);
    let v = verdict(&s, Goal::new(2025, Comparator::Ge, 200.0));
    assert!((v.progress_ratio().unwrap() - want).abs() < 1e-12);
    assert_eq!(v.status(), Status::Moderate);
    assert_eq!(v.base_year(), Some(2020));
    // Growth required from now, its own column: (200/130)^(1/2) − 1.
    let now = (200.0f64 / 130.0).sqrt() - 1.0;
    assert!((v.required_from_last().unwrap() - now).abs() < 1e-12);
    // UNSD's ratio needs a projection; the mid-term test: (30/100)/(3/5) = 0.5.
    assert!((v.midterm_ratio().unwrap() - 0.5).abs() < 1e-12);
}

#[test]
fn past_target_years_judged_on_their_own_year() {
    // Issue 13, case 2: ≥ 500 in 2019.
    let goal = Goal::new(2019, Comparator::Ge, 500.0);
    let met = verdict(
        &series(&[2017, 2018, 2019, 2020], &[470.0, 490.0, 510.0, 480.0]),
        goal,
    );
    assert_eq!(met.status(), Status::Achieved);
    assert_eq!(met.judged_on(), JudgedOn::Observed);
    assert_eq!(met.year_reached(), Some(2019));
    let late = verdict(
        &series(&[2017, 2018, 2019, 2020], &[380.0, 400.0, 450.0, 520.0]),
        goal,
    );
    assert_eq!(late.status(), Status::Missed);
    assert_eq!(late.met_late(), Some(2020));
    // Between observations: interpolated on the log scale, √(400·600) = 489.9 < 500.
    let gap = verdict(&series(&[2017, 2021], &[400.0, 600.0]), goal);
    assert_eq!(gap.judged_on(), JudgedOn::Interpolated);
    let want = (400.0f64 * 600.0).sqrt();
    assert!((gap.value_at_target_year().unwrap() - want).abs() < 1e-9);
    assert_eq!(gap.status(), Status::Missed);
    assert_eq!(gap.met_late(), Some(2021));
    // Met only by the interpolated value: reached by the target year itself.
    let low = verdict(
        &series(&[2017, 2021], &[400.0, 600.0]),
        Goal::new(2019, Comparator::Ge, 480.0),
    );
    assert_eq!(low.status(), Status::Achieved);
    assert_eq!(low.year_reached(), Some(2019));
    // Before the first observation.
    let before = verdict(&series(&[2020, 2021], &[1.0, 2.0]), goal);
    assert_eq!(
        before.status(),
        Status::NotAssessable(Reason::TargetBeforeObservations)
    );
}

#[test]
fn approximate_targets_use_the_band() {
    // Issue 13, case 4: "about 120 in 2025" on 20, 30, 45, 68 (2018–2021): the pace
    // (68/20)^(1/3) − 1 = 50.4 %/yr lands at 20·3.4^(7/3) ≈ 347, far above 126.
    let s = series(&[2018, 2019, 2020, 2021], &[20.0, 30.0, 45.0, 68.0]);
    let v = verdict(&s, Goal::new(2025, Comparator::Eq, 120.0));
    assert_eq!(v.status(), Status::Overshooting);
    // A pace that lands in the band: 20 → 120 over 7 years needs 29.17 %/yr.
    let g = (6.0f64).powf(1.0 / 7.0);
    let on: Vec<f64> = (0..4).map(|k| 20.0 * g.powi(k)).collect();
    let v = verdict(
        &series(&[2018, 2019, 2020, 2021], &on),
        Goal::new(2025, Comparator::Eq, 120.0),
    );
    assert_eq!(v.status(), Status::OnTrack);
    // Too slow: 10 %/yr against (114/20)^(1/7) − 1 = 28.2 %/yr for the band's lower
    // edge → R = 0.354.
    let slow: Vec<f64> = (0..4).map(|k| 20.0 * 1.1f64.powi(k)).collect();
    let v = verdict(
        &series(&[2018, 2019, 2020, 2021], &slow),
        Goal::new(2025, Comparator::Eq, 120.0),
    );
    assert_eq!(v.status(), Status::Insufficient);
    // Inside the band and drifting out of it.
    let drift = verdict(
        &series(&[2020, 2021], &[120.0, 140.0]),
        Goal::new(2025, Comparator::Eq, 125.0),
    );
    assert_eq!(drift.status(), Status::MovingAway);
}

#[test]
fn falling_indicators_and_strict_targets() {
    // PUE 1.48 → 1.40 over 2020–2022 against ≤ 1.2 in 2025.
    let s = series(&[2020, 2022], &[1.48, 1.40]);
    let v = verdict(&s, Goal::new(2025, Comparator::Le, 1.2));
    let obs = (1.40f64 / 1.48).sqrt() - 1.0;
    let req = (1.2f64 / 1.48).powf(0.2) - 1.0;
    assert!((v.progress_ratio().unwrap() - obs / req).abs() < 1e-12);
    assert_eq!(v.status(), Status::Moderate); // R = 0.667
                                              // A target met at the base year and lost since.
    let lost = verdict(
        &series(&[2020, 2022], &[110.0, 95.0]),
        Goal::new(2025, Comparator::Ge, 100.0),
    );
    assert_eq!(lost.status(), Status::MovingAway);
    assert_eq!(lost.progress_ratio(), None);
    // Strict target at the base value: required growth 0.
    let up = verdict(
        &series(&[2020, 2022], &[100.0, 99.0]),
        Goal::new(2025, Comparator::Gt, 100.0),
    );
    assert_eq!(up.status(), Status::MovingAway);
}
