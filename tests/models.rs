//! Accuracy of the models against independently computed references, Levenberg–Marquardt
//! recovery, properties, and degenerate input.

mod common;

use common::{assert_close, CLOSED_FORM_REL, LM_REL};
use nalgebra::{DMatrix, DVector};
use plancast::model::{fit_curve_from, Curve, Model, ModelKind, SelectionReason, Termination};
use plancast::{probability, project, Bounds, Comparator, Error, Level, Series, Uncertainty};
use proptest::prelude::*;

fn series(years: &[i32], values: &[f64]) -> Series {
    Series::try_new(years.to_vec(), values.to_vec()).unwrap()
}

fn param(fit: &plancast::model::Fitted, name: &str) -> f64 {
    fit.parameters()
        .into_iter()
        .find(|p| p.0 == name)
        .unwrap()
        .1
}

/// Hand-computed linear example (worked in the comment).
/// t = 2016..2020, y = 1,3,2,5,4; t̄ = 2018, ȳ = 3, Sxx = 10, Sxy = 8 → b = 0.8;
/// fitted 1.4,2.2,3.0,3.8,4.6; SSE = 3.6; s² = 1.2.
/// At 2025: ŷ = 3 + 0.8·7 = 8.6; factor² = 1 + 1/5 + 49/10 = 6.1; sd = √(1.2·6.1) = √7.32.
/// t_{0.9,3} = 1.637744353696210 (R: qt(0.9, 3)).
/// P(Y ≥ 10) = 1 − F₃(u), u = 1.4/√7.32, F₃(u) = ½ + (1/π)[atan(u/√3) + (u/√3)/(1 + u²/3)]
/// (closed form of the t CDF with 3 degrees of freedom).
#[test]
fn linear_matches_hand_computation() {
    let s = series(&[2016, 2017, 2018, 2019, 2020], &[1.0, 3.0, 2.0, 5.0, 4.0]);
    let fit = Model::Linear.fit(&s, Bounds::NONE).unwrap();
    assert_close(param(&fit, "slope"), 0.8, CLOSED_FORM_REL);
    assert_close(param(&fit, "level_at_mean_year"), 3.0, CLOSED_FORM_REL);
    assert_close(fit.sse(), 3.6, CLOSED_FORM_REL);
    assert_close(fit.sigma().unwrap(), 1.2f64.sqrt(), CLOSED_FORM_REL);
    let level = Level::try_new(0.8).unwrap();
    let p = project(&fit, 2025, level, Uncertainty::Textbook).unwrap();
    assert_close(p.value(), 8.6, CLOSED_FORM_REL);
    let half = 1.637_744_353_696_21 * 7.32f64.sqrt();
    let i = p.interval().unwrap();
    assert_close(i.lower(), 8.6 - half, CLOSED_FORM_REL);
    assert_close(i.upper(), 8.6 + half, CLOSED_FORM_REL);
    let u: f64 = 1.4 / 7.32f64.sqrt();
    let a = u / 3f64.sqrt();
    let f3 = 0.5 + (a.atan() + a / (1.0 + u * u / 3.0)) / std::f64::consts::PI;
    let pr = probability(&fit, 2025, Comparator::Ge, 10.0, Uncertainty::Textbook).unwrap();
    assert_close(pr, 1.0 - f3, CLOSED_FORM_REL);
    // ≤ is the complement; the interval's ends have probability (1 ∓ level)/2 beyond them.
    let le = probability(&fit, 2025, Comparator::Le, 10.0, Uncertainty::Textbook).unwrap();
    assert_close(le, f3, CLOSED_FORM_REL);
    let tail = probability(&fit, 2025, Comparator::Ge, i.upper(), Uncertainty::Textbook).unwrap();
    assert_close(tail, 0.1, 1e-9);
}

/// OLS on each transformed scale against nalgebra's SVD least-squares solve of the design
/// matrix [1, t − 2000]: a different algorithm on the same problem.
#[test]
fn closed_forms_match_svd_least_squares() {
    let years = [2013, 2015, 2016, 2019, 2020, 2022];
    let ys = [12.0, 17.5, 19.0, 31.0, 33.3, 46.6];
    let s = series(&years, &ys);
    type Transform = fn(f64) -> f64;
    let cases: [(Model, Transform); 3] = [
        (Model::Linear, |y| y),
        (Model::Exponential, |y: f64| y.ln()),
        (
            Model::Logistic {
                lower: 0.0,
                upper: 100.0,
            },
            |y: f64| (y / (100.0 - y)).ln(),
        ),
    ];
    for (model, g) in cases {
        let fit = model.fit(&s, Bounds::PERCENT).unwrap();
        let x = DMatrix::from_fn(years.len(), 2, |i, j| {
            if j == 0 {
                1.0
            } else {
                f64::from(years[i] - 2000)
            }
        });
        let z = DVector::from_iterator(ys.len(), ys.iter().map(|&y| g(y)));
        let beta = x.clone().svd(true, true).solve(&z, 1e-14).unwrap();
        let resid = &z - &x * &beta;
        assert_close(param(&fit, "slope"), beta[1], CLOSED_FORM_REL);
        assert_close(fit.sse(), resid.norm_squared(), 1e-9);
        for year in [2010, 2025, 2035] {
            let zhat = beta[0] + beta[1] * f64::from(year - 2000);
            assert_close(fit.center_at(f64::from(year)), zhat, CLOSED_FORM_REL);
        }
    }
}

#[test]
fn exponential_recovers_growth_rate_and_two_point_cagr() {
    let years: Vec<i32> = (2016..=2021).collect();
    let ys: Vec<f64> = years
        .iter()
        .map(|&y| 100.0 * 1.1f64.powi(y - 2016))
        .collect();
    let fit = Model::Exponential
        .fit(&series(&years, &ys), Bounds::NONE)
        .unwrap();
    assert_close(param(&fit, "growth_rate"), 0.1, CLOSED_FORM_REL);
    // Two points: 8 → 46 over 2020–2023 is a CAGR of (46/8)^(1/3) − 1.
    let fit = Model::Exponential
        .fit(&series(&[2020, 2023], &[8.0, 46.0]), Bounds::NONE)
        .unwrap();
    assert_close(
        param(&fit, "growth_rate"),
        (46.0f64 / 8.0).powf(1.0 / 3.0) - 1.0,
        CLOSED_FORM_REL,
    );
    assert_close(
        fit.point(2025.0),
        46.0 * (46.0f64 / 8.0).powf(2.0 / 3.0),
        CLOSED_FORM_REL,
    );
}

#[test]
fn bounded_logistic_recovers_exact_line_on_logit_scale() {
    let years: Vec<i32> = (2015..=2022).collect();
    let ys: Vec<f64> = years
        .iter()
        .map(|&y| 100.0 / (1.0 + (-(-2.0 + 0.5 * f64::from(y - 2015))).exp()))
        .collect();
    let fit = Model::Logistic {
        lower: 0.0,
        upper: 100.0,
    }
    .fit(&series(&years, &ys), Bounds::PERCENT)
    .unwrap();
    assert_close(param(&fit, "slope"), 0.5, CLOSED_FORM_REL);
    assert_close(fit.center_at(2015.0), -2.0, CLOSED_FORM_REL);
    assert!(fit.point(2100.0) <= 100.0);
}

fn curve_series(
    curve: Curve,
    k: f64,
    r: f64,
    t0: f64,
    years: std::ops::RangeInclusive<i32>,
) -> Series {
    let ys: Vec<_> = years
        .clone()
        .map(|y| {
            let d = f64::from(y) - t0;
            match curve {
                Curve::Logistic => k / (1.0 + (-r * d).exp()),
                Curve::Gompertz => k * (-(-r * d).exp()).exp(),
                _ => unreachable!(),
            }
        })
        .collect();
    Series::try_new(years.collect(), ys).unwrap()
}

#[test]
fn lm_recovers_noiseless_curves_from_poor_starts() {
    let cases = [
        (
            Curve::Logistic,
            [100.0, 0.5, 2018.0],
            [[300.0, 0.1, 2030.0], [40.0, 1.5, 2010.0]],
        ),
        (
            Curve::Gompertz,
            [50.0, 0.3, 2015.0],
            [[200.0, 0.05, 2000.0], [30.0, 1.0, 2025.0]],
        ),
    ];
    for (curve, truth, starts) in cases {
        let s = curve_series(curve, truth[0], truth[1], truth[2], 2008..=2024);
        for start in starts {
            let fit = fit_curve_from(curve, &s, start)
                .unwrap_or_else(|e| panic!("{curve:?} from {start:?}: {e}"));
            let p = fit.parameters();
            for (i, (name, v)) in p.iter().enumerate() {
                assert!(
                    (v - truth[i]).abs() <= LM_REL * truth[i].abs(),
                    "{curve:?} {name}: {v} vs {}",
                    truth[i]
                );
            }
            assert!(fit.lm_report().unwrap().iterations < 200);
        }
    }
}

/// A logistic (K 80, r 0.45, midpoint 2016.5) observed 2010–2023 with fixed noise of sd ≈ 1.
fn noisy_logistic() -> (Vec<i32>, Vec<f64>) {
    let years: Vec<i32> = (2010..=2023).collect();
    let noise = [
        0.8, -1.1, 0.3, 1.5, -0.7, -1.9, 0.4, 1.2, -0.2, 0.9, -1.3, 0.6, 0.1, -0.5,
    ];
    let ys = years
        .iter()
        .zip(noise)
        .map(|(&y, e)| 80.0 / (1.0 + (-0.45 * (f64::from(y) - 2016.5)).exp()) + e)
        .collect();
    (years, ys)
}

/// Noisy data: the LM solution is the least-squares solution. Reference: for a logistic, the
/// ceiling K is linear given (r, t0), so SSE can be profiled exactly over a fine (r, t0) grid
/// around the LM answer; no grid point may beat LM, and the grid minimum must sit next to it.
#[test]
fn lm_agrees_with_profiled_least_squares_on_noisy_data() {
    let (years, ys) = noisy_logistic();
    let s = series(&years, &ys);
    let fit = Model::FreeLogistic.fit(&s, Bounds::NONE).unwrap();
    let p = fit.parameters();
    let (r_hat, t0_hat) = (p[1].1, p[2].1);
    let profiled = |r: f64, t0: f64| {
        let q: Vec<f64> = years
            .iter()
            .map(|&y| 1.0 / (1.0 + (-r * (f64::from(y) - t0)).exp()))
            .collect();
        let k = q.iter().zip(&ys).map(|(a, b)| a * b).sum::<f64>()
            / q.iter().map(|a| a * a).sum::<f64>();
        q.iter()
            .zip(&ys)
            .map(|(a, b)| (b - k * a).powi(2))
            .sum::<f64>()
    };
    let mut best = (f64::INFINITY, 0.0, 0.0);
    for i in -50..=50 {
        for j in -50..=50 {
            let (r, t0) = (r_hat + 0.0004 * f64::from(i), t0_hat + 0.002 * f64::from(j));
            let v = profiled(r, t0);
            if v < best.0 {
                best = (v, r, t0);
            }
        }
    }
    assert!(
        fit.sse() <= best.0 * (1.0 + 1e-12),
        "LM SSE {} vs grid {}",
        fit.sse(),
        best.0
    );
    assert!((best.1 - r_hat).abs() <= 0.0004 && (best.2 - t0_hat).abs() <= 0.002);
}

/// A series still in its exponential phase: y = 5·1.25^t exactly. The logistic and Gompertz
/// least-squares ceilings are at infinity (the exponential is their K → ∞ limit), so both fits
/// must say so with a typed error instead of returning an arbitrary large K.
#[test]
fn lm_reports_an_unbounded_ceiling_as_unfittable() {
    let years: Vec<i32> = (2010..2022).collect();
    let ys: Vec<f64> = (0..12).map(|i| 5.0 * 1.25f64.powi(i)).collect();
    let s = series(&years, &ys);
    for model in [Model::FreeLogistic, Model::Gompertz] {
        let got = model.fit(&s, Bounds::NONE);
        assert!(
            matches!(got, Err(Error::Unfittable { .. })),
            "{model:?}: {:?}",
            got.map(|f| f.parameters())
        );
    }
}

/// Convergence is by the relative-offset test on noisy data, in few iterations: Marquardt's
/// relative damping starts at 1e-3 (with the start also scaled by max diag(JᵀJ), as it once
/// was, the logistic took 13 iterations here; now 6, Gompertz 8).
#[test]
fn lm_converges_by_relative_offset_in_few_iterations() {
    let (years, ys) = noisy_logistic();
    let s = series(&years, &ys);
    for model in [Model::FreeLogistic, Model::Gompertz] {
        let fit = model.fit(&s, Bounds::NONE).unwrap();
        let report = fit.lm_report().unwrap();
        assert_eq!(report.termination, Termination::Gradient, "{model:?}");
        assert!(report.iterations <= 12, "{model:?}: {report:?}");
    }
}

#[test]
fn auto_reports_its_choice() {
    let share = series(&[2020, 2022], &[8.0, 33.0]);
    let f = Model::Auto.fit(&share, Bounds::PERCENT).unwrap();
    assert_eq!(f.kind(), ModelKind::Logistic);
    assert_eq!(
        f.selection().unwrap().reason,
        SelectionReason::BoundedIndicator
    );
    let f = Model::Auto.fit(&share, Bounds::NONE).unwrap();
    assert_eq!(f.kind(), ModelKind::Exponential);
    let neg = series(&[2020, 2022], &[-1.0, 3.0]);
    assert_eq!(
        Model::Auto
            .fit(&neg, Bounds::NONE)
            .unwrap()
            .selection()
            .unwrap()
            .reason,
        SelectionReason::Fallback
    );
    let years: Vec<i32> = (2015..=2022).collect();
    let ys: Vec<f64> = years
        .iter()
        .map(|&y| 10.0 * 1.2f64.powi(y - 2015) * (1.0 + 0.01 * f64::from(y % 3)))
        .collect();
    let f = Model::Auto.fit(&series(&years, &ys), Bounds::NONE).unwrap();
    let sel = f.selection().unwrap();
    assert_eq!(sel.reason, SelectionReason::LowestAicc);
    let best = sel
        .candidates()
        .filter_map(|(_, a)| a)
        .fold(f64::INFINITY, f64::min);
    assert_eq!(f.aicc(), Some(best));
}

#[test]
fn degenerate_input_gets_typed_errors() {
    let one = series(&[2020], &[5.0]);
    assert!(matches!(
        Model::Linear.fit(&one, Bounds::NONE),
        Err(Error::InsufficientData {
            needed: 2,
            got: 1,
            ..
        })
    ));
    assert!(matches!(
        Model::Auto.fit(&one, Bounds::NONE),
        Err(Error::InsufficientData { .. })
    ));
    let two = series(&[2020, 2021], &[5.0, 6.0]);
    assert!(matches!(
        Model::Gompertz.fit(&two, Bounds::NONE),
        Err(Error::InsufficientData {
            needed: 4,
            got: 2,
            ..
        })
    ));
    assert!(matches!(
        Series::try_new(vec![2020, 2020], vec![1.0, 2.0]),
        Err(Error::DuplicateYear { year: 2020 })
    ));
    assert!(matches!(
        Series::try_new(vec![2020, 2021], vec![1.0, f64::NAN]),
        Err(Error::NonFiniteValue { year: 2021, .. })
    ));
    let zero = series(&[2020, 2021], &[0.0, 6.0]);
    assert!(matches!(
        Model::Exponential.fit(&zero, Bounds::NONE),
        Err(Error::NonPositiveValue { year: 2020, .. })
    ));
    let edge = series(&[2020, 2021], &[50.0, 100.0]);
    assert!(matches!(
        Model::Logistic {
            lower: 0.0,
            upper: 100.0
        }
        .fit(&edge, Bounds::PERCENT),
        Err(Error::OutOfBounds { year: 2021, .. })
    ));
    assert!(matches!(
        Model::Logistic {
            lower: 5.0,
            upper: 5.0
        }
        .fit(&two, Bounds::NONE),
        Err(Error::InvalidBounds { .. })
    ));
    // Constant series: an exact fit with zero scale; intervals collapse to the point (documented).
    let flat = series(&[2018, 2019, 2020, 2021], &[7.0; 4]);
    let f = Model::Linear.fit(&flat, Bounds::NONE).unwrap();
    let p = project(
        &f,
        2025,
        Level::try_new(0.8).unwrap(),
        Uncertainty::Textbook,
    )
    .unwrap();
    assert_eq!(p.value(), 7.0);
    assert_eq!(
        (p.interval().unwrap().lower(), p.interval().unwrap().upper()),
        (7.0, 7.0)
    );
    assert_eq!(
        probability(&f, 2025, Comparator::Ge, 7.5, Uncertainty::Textbook),
        Some(0.0)
    );
    // Two points: no interval, no probability, but a projection.
    let f = Model::Linear.fit(&two, Bounds::NONE).unwrap();
    let p = project(
        &f,
        2025,
        Level::try_new(0.8).unwrap(),
        Uncertainty::RandomWalk,
    )
    .unwrap();
    assert!(p.interval().is_none());
    assert_close(p.value(), 10.0, CLOSED_FORM_REL);
    assert!(
        Level::try_new(1.0).is_err()
            && Level::try_new(0.0).is_err()
            && Level::try_new(f64::NAN).is_err()
    );
}

fn arb_series(min: usize) -> impl Strategy<Value = Series> {
    (
        min..10usize,
        1990i32..2030,
        prop::collection::vec(1.0f64..1000.0, 10),
        prop::collection::vec(1i32..4, 10),
    )
        .prop_map(|(n, start, vals, gaps)| {
            let mut years = Vec::with_capacity(n);
            let mut y = start;
            for g in gaps.iter().take(n) {
                years.push(y);
                y += g;
            }
            Series::try_new(years, vals[..n].to_vec()).unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn two_point_fits_reproduce_both_points(a in 1.0f64..99.0, b in 1.0f64..99.0, y0 in 1950i32..2050, gap in 1i32..10) {
        let s = series(&[y0, y0 + gap], &[a, b]);
        for m in [Model::Linear, Model::Exponential, Model::Logistic { lower: 0.0, upper: 100.0 }] {
            let f = m.fit(&s, Bounds::PERCENT).unwrap();
            prop_assert!((f.point(f64::from(y0)) - a).abs() <= 1e-9 * a.max(1.0));
            prop_assert!((f.point(f64::from(y0 + gap)) - b).abs() <= 1e-9 * b.max(1.0));
        }
    }

    #[test]
    fn intervals_contain_projection_and_widen(s in arb_series(3), h in 1i32..30) {
        let last = s.last().unwrap().0;
        for m in [Model::Linear, Model::Exponential] {
            let f = m.fit(&s, Bounds::NONE).unwrap();
            for how in [Uncertainty::Textbook, Uncertainty::RandomWalk] {
                // Width on the working scale (for the exponential a falling curve's interval
                // narrows in y while widening in ln y).
                let g = f.transform();
                let w = |year: i32, level: f64| -> Option<f64> {
                    let p = project(&f, year, Level::try_new(level).unwrap(), how).unwrap();
                    // An interval whose end overflows f64 (e^800) is not given; nothing to compare.
                    let i = *p.interval()?;
                    assert!(i.lower() <= p.value() && p.value() <= i.upper());
                    Some(g.forward(i.upper()) - g.forward(i.lower()))
                };
                let (Some(w50), Some(w80), Some(w95), Some(w80_far)) =
                    (w(last + h, 0.5), w(last + h, 0.8), w(last + h, 0.95), w(last + h + 5, 0.8))
                else {
                    continue;
                };
                prop_assert!(w50 <= w80 && w80 <= w95);
                // Farther from the data, wider (the textbook width grows with (T − t̄)²).
                prop_assert!(w80 <= w80_far * (1.0 + 1e-12));
            }
        }
    }

    #[test]
    fn bounded_models_stay_in_bounds(s in arb_series(3), h in -20i32..60) {
        let clipped: Vec<f64> = s.values().iter().map(|v| v / 1000.0 * 99.0 + 0.5).collect();
        let s = Series::try_new(s.years().to_vec(), clipped).unwrap();
        let f = Model::Logistic { lower: 0.0, upper: 100.0 }.fit(&s, Bounds::PERCENT).unwrap();
        let year = s.last().unwrap().0 + h;
        let p = project(&f, year, Level::try_new(0.95).unwrap(), Uncertainty::RandomWalk).unwrap();
        prop_assert!((0.0..=100.0).contains(&p.value()));
        if let Some(i) = p.interval() {
            prop_assert!(i.lower() >= 0.0 && i.upper() <= 100.0);
        }
    }

    #[test]
    fn scaling_values_scales_projections(s in arb_series(2), c in 0.01f64..100.0, h in 0i32..15) {
        let scaled = Series::try_new(s.years().to_vec(), s.values().iter().map(|v| v * c).collect()).unwrap();
        let year = f64::from(s.last().unwrap().0 + h);
        for m in [Model::Linear, Model::Exponential] {
            let a = m.fit(&s, Bounds::NONE).unwrap().point(year);
            let b = m.fit(&scaled, Bounds::NONE).unwrap().point(year);
            prop_assert!((b - c * a).abs() <= 1e-9 * (c * a).abs().max(1e-9));
        }
    }

    #[test]
    fn shifting_years_shifts_only_years(s in arb_series(3), shift in -500i32..500, h in 0i32..15) {
        let shifted = Series::try_new(s.years().iter().map(|y| y + shift).collect(), s.values().to_vec()).unwrap();
        let year = s.last().unwrap().0 + h;
        for m in [Model::Linear, Model::Exponential] {
            let a = project(&m.fit(&s, Bounds::NONE).unwrap(), year, Level::try_new(0.8).unwrap(), Uncertainty::Textbook).unwrap();
            let b = project(&m.fit(&shifted, Bounds::NONE).unwrap(), year + shift, Level::try_new(0.8).unwrap(), Uncertainty::Textbook).unwrap();
            prop_assert!((a.value() - b.value()).abs() <= 1e-8 * a.value().abs().max(1.0));
            let (ia, ib) = (a.interval().unwrap(), b.interval().unwrap());
            prop_assert!((ia.upper() - ib.upper()).abs() <= 1e-8 * ia.upper().abs().max(1.0));
        }
    }
}

/// `auto` tries the Levenberg–Marquardt curves only where a ceiling can be identified: y bends
/// down significantly (t < −3 for the quadratic term). A straight line and exponential growth
/// (12 points, no upper bound) do not; a logistic past its inflection does.
#[test]
fn auto_tries_curves_only_on_concave_series() {
    use plancast::Bounds;
    let years: Vec<i32> = (2010..2022).collect();
    let wiggle = |i: usize| if i.is_multiple_of(2) { 0.2 } else { -0.2 };
    let tried = |values: Vec<f64>| {
        let s = Series::try_new(years.clone(), values).unwrap();
        let fit = Model::Auto.fit(&s, Bounds::NONE).unwrap();
        let sel = fit.selection().unwrap();
        sel.aicc(ModelKind::FreeLogistic).is_some() || sel.aicc(ModelKind::Gompertz).is_some()
    };
    let line: Vec<f64> = (0..12)
        .map(|i| 100.0 + 5.0 * i as f64 + wiggle(i))
        .collect();
    assert!(!tried(line));
    let growth: Vec<f64> = (0..12)
        .map(|i| 100.0 * 1.1f64.powi(i as i32) + wiggle(i))
        .collect();
    assert!(!tried(growth));
    // K = 1000, r = 0.6, midpoint 2012: past the inflection for most of the window.
    let saturating: Vec<f64> = (0..12)
        .map(|i| 1000.0 / (1.0 + (-0.6 * (i as f64 - 2.0)).exp()) + wiggle(i))
        .collect();
    assert!(tried(saturating));
}
