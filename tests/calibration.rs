//! Honest intervals: the default (calibrated) 80 % interval covers 75–85 % of held-out
//! outcomes on four kinds of synthetic panel whose truth is known, and the probability of
//! meeting a target is calibrated (Brier score below the base rate's, mean forecast ≈ frequency).

use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::{probability, project, Calibration, Comparator, Level, Series, Uncertainty};
use rand::Rng;

const OBSERVED: usize = 12;
const FUTURE: usize = 5;
const SERIES: usize = 400;
const FIRST_YEAR: i32 = 2001;

struct Outcome {
    coverage: f64,
    textbook_coverage: f64,
    brier: f64,
    base_brier: f64,
    mean_p: f64,
    freq: f64,
}

fn run(family: Family, seed: u64) -> Outcome {
    let len = OBSERVED + FUTURE;
    let values = synthetic::trajectories(family, SERIES, len, seed);
    let years: Vec<i32> = (0..len as i32).map(|i| FIRST_YEAR + i).collect();
    let bounds = family.bounds();
    let observed: Vec<Series> = values
        .chunks(len)
        .map(|row| Series::try_new(years[..OBSERVED].to_vec(), row[..OBSERVED].to_vec()).unwrap())
        .collect();
    // Calibration uses the observed years only: nothing from the future leaks in.
    let cal = Calibration::backtest(&observed, Model::Auto, bounds, OBSERVED - FUTURE, FUTURE);
    let level = Level::try_new(0.8).unwrap();
    let mut rng = synthetic::rng(seed ^ 0xB1E5);
    let (mut inside, mut inside_tb, mut total) = (0usize, 0usize, 0usize);
    let (mut brier, mut events, mut psum, mut m) = (0.0, 0.0, 0.0, 0.0);
    for (s, row) in observed.iter().zip(values.chunks(len)) {
        let fit = Model::Auto.fit(s, bounds).unwrap();
        for (k, &year) in years[OBSERVED..].iter().enumerate() {
            let truth = row[OBSERVED + k];
            let p = project(&fit, year, level, Uncertainty::Calibrated(&cal)).unwrap();
            let tb = project(&fit, year, level, Uncertainty::Textbook).unwrap();
            total += 1;
            inside += p.interval().unwrap().contains(truth) as usize;
            inside_tb += tb.interval().unwrap().contains(truth) as usize;
        }
        // A plan-like target for the last future year: somewhere around the trend.
        let last = row[OBSERVED - 1];
        let target = match family {
            Family::Saturating => rng.gen_range(last..100.0),
            _ => last * rng.gen_range(0.9..1.8),
        };
        let year = years[len - 1];
        let pr = probability(
            &fit,
            year,
            Comparator::Ge,
            target,
            Uncertainty::Calibrated(&cal),
        )
        .unwrap();
        let event = (row[len - 1] >= target) as u8 as f64;
        brier += (pr - event).powi(2);
        events += event;
        psum += pr;
        m += 1.0;
    }
    let freq = events / m;
    Outcome {
        coverage: inside as f64 / total as f64,
        textbook_coverage: inside_tb as f64 / total as f64,
        brier: brier / m,
        base_brier: freq * (1.0 - freq),
        mean_p: psum / m,
        freq,
    }
}

#[test]
fn calibrated_intervals_cover_nominal_on_every_family() {
    for (i, family) in Family::ALL.iter().copied().enumerate() {
        let o = run(family, 1000 + i as u64);
        eprintln!(
            "{:<16} coverage {:.3} (textbook {:.3})  Brier {:.4} vs base rate {:.4}  mean p {:.3} vs frequency {:.3}",
            family.name(), o.coverage, o.textbook_coverage, o.brier, o.base_brier, o.mean_p, o.freq
        );
        assert!(
            (0.75..=0.85).contains(&o.coverage),
            "{}: coverage {}",
            family.name(),
            o.coverage
        );
        assert!(
            o.brier < o.base_brier,
            "{}: Brier {} not below base rate {}",
            family.name(),
            o.brier,
            o.base_brier
        );
        assert!(
            (o.mean_p - o.freq).abs() < 0.06,
            "{}: mean p {} vs frequency {}",
            family.name(),
            o.mean_p,
            o.freq
        );
    }
}

#[test]
fn backtest_scores_each_model() {
    use plancast::{backtest, Bounds};
    let len = 12;
    let values = synthetic::trajectories(Family::TrendNoise, 200, len, 42);
    let years: Vec<i32> = (2010..2010 + len as i32).collect();
    let series: Vec<Series> = values
        .chunks(len)
        .map(|r| Series::try_new(years.clone(), r.to_vec()).unwrap())
        .collect();
    let rows = backtest(
        &series,
        &[Model::Linear, Model::Exponential, Model::Auto],
        Bounds::NONE,
        3,
        Level::try_new(0.8).unwrap(),
    );
    assert_eq!(rows.len(), 3);
    for r in &rows {
        assert_eq!(r.series, 200);
        assert_eq!(r.points, 600);
        let cov = r.coverage.unwrap();
        eprintln!(
            "{:?}: MAPE {:.2} % coverage {:.3}",
            r.model,
            r.mape.unwrap(),
            cov
        );
        assert!((0.7..=0.9).contains(&cov), "{:?} coverage {cov}", r.model);
    }
    // The true model (linear) predicts the held-out years better than the exponential.
    assert!(rows[0].mape.unwrap() < rows[1].mape.unwrap());
}

/// Coverage of the default 80 % interval at each distance in years, for series observed on
/// `observed` years only (of annual synthetic truth from `first` on), calibrated from those
/// observations alone; returns (distance, coverage, method) for each held-out year.
fn coverage_by_distance(
    family: Family,
    first: i32,
    observed: &[i32],
    future: &[i32],
    seed: u64,
) -> Vec<(i32, f64, plancast::IntervalMethod)> {
    coverage_trained(family, first, observed, future, seed, 3, observed.len())
}

/// [`coverage_by_distance`] with backtest windows of at least `min_train` points, and the
/// final fits on the last `fit_last` observations of each series.
fn coverage_trained(
    family: Family,
    first: i32,
    observed: &[i32],
    future: &[i32],
    seed: u64,
    min_train: usize,
    fit_last: usize,
) -> Vec<(i32, f64, plancast::IntervalMethod)> {
    let last_year = *future.last().unwrap();
    let len = (last_year - first + 1) as usize;
    let values = synthetic::trajectories(family, SERIES, len, seed);
    let at = |row: &[f64], y: i32| row[(y - first) as usize];
    let bounds = family.bounds();
    let series: Vec<Series> = values
        .chunks(len)
        .map(|row| {
            let v = observed.iter().map(|&y| at(row, y)).collect();
            Series::try_new(observed.to_vec(), v).unwrap()
        })
        .collect();
    let cal = Calibration::backtest(&series, Model::Auto, bounds, min_train, 20);
    let level = Level::try_new(0.8).unwrap();
    let t = *observed.last().unwrap();
    let from = observed[observed.len() - fit_last];
    future
        .iter()
        .map(|&year| {
            let (mut inside, mut method) = (0usize, None);
            for (s, row) in series.iter().zip(values.chunks(len)) {
                let (y, v): (Vec<i32>, Vec<f64>) = s.iter().filter(|o| o.0 >= from).unzip();
                let fit = Model::Auto
                    .fit(&Series::try_new(y, v).unwrap(), bounds)
                    .unwrap();
                let p = project(&fit, year, level, Uncertainty::Calibrated(&cal)).unwrap();
                let i = p.interval().unwrap();
                method = Some(i.method());
                inside += usize::from(i.contains(at(row, year)));
            }
            (year - t, inside as f64 / SERIES as f64, method.unwrap())
        })
        .collect()
}

/// Panels observed every five years calibrate at the distances they have (5, 10 years) and
/// carry the scores to the distances they lack (3, 7 years, said in the row). Measured
/// 2026-12-01: trend + noise 0.78–0.82, saturating shares and random walks up to 0.86 (random
/// walks over-cover: the short backtest windows' fits have smaller predictive sds relative to
/// their errors than the final fit), so the bounds are 75–88 % and, carried, 70–90 %.
#[test]
fn five_yearly_panels_calibrate_at_every_distance() {
    use plancast::IntervalMethod::{Calibrated, CalibratedExtrapolated};
    let observed: Vec<i32> = (1980..=2020).step_by(5).collect();
    for (k, family) in [Family::TrendNoise, Family::RandomWalk, Family::Saturating]
        .into_iter()
        .enumerate()
    {
        let rows = coverage_by_distance(
            family,
            1980,
            &observed,
            &[2023, 2025, 2027, 2030],
            77 + k as u64,
        );
        for (d, cov, method) in rows {
            eprintln!(
                "{:<16} distance {d:>2}: coverage {cov:.3} ({method:?})",
                family.name()
            );
            if d % 5 == 0 {
                assert_eq!(method, Calibrated, "{} d {d}", family.name());
                assert!(
                    (0.75..=0.88).contains(&cov),
                    "{} d {d}: {cov}",
                    family.name()
                );
            } else {
                assert_eq!(method, CalibratedExtrapolated, "{} d {d}", family.name());
                assert!(
                    (0.70..=0.90).contains(&cov),
                    "{} d {d}: {cov}",
                    family.name()
                );
            }
        }
    }
}

/// Three observations five years apart, the shortest history a panel calibrates from: its
/// windows of two points have no residual sd, so they pool raw working-scale errors, which
/// give the three-point fits (and two-point ones) their intervals, carried from 5 to 10 years
/// by √2. Measured 2026-12-01: 0.80–0.93 with three points (the final fits, on more points
/// than the windows, err less: they over-cover), 0.72–0.90 with two (the synthetic families'
/// noise is not the same on the working scale at every level, so 2010–2015 windows are only
/// roughly exchangeable with 2015–2020 fits).
#[test]
fn three_point_panels_calibrate_from_raw_errors() {
    use plancast::IntervalMethod::{Calibrated, CalibratedExtrapolated};
    let observed = [2010, 2015, 2020];
    for (k, family) in [Family::TrendNoise, Family::RandomWalk, Family::Saturating]
        .into_iter()
        .enumerate()
    {
        for fit_last in [3, 2] {
            let rows = coverage_trained(
                family,
                2010,
                &observed,
                &[2025, 2030],
                13 + k as u64,
                2,
                fit_last,
            );
            for (d, cov, method) in rows {
                eprintln!(
                    "{:<16} {fit_last} points, distance {d:>2}: coverage {cov:.3} ({method:?})",
                    family.name()
                );
                let want = if d == 5 {
                    Calibrated
                } else {
                    CalibratedExtrapolated
                };
                assert_eq!(method, want, "{} d {d}", family.name());
                assert!(
                    (0.70..=0.93).contains(&cov),
                    "{} {fit_last} points d {d}: {cov}",
                    family.name()
                );
            }
        }
    }
}

/// Irregularly spaced observations (gaps of 1 to 4 years) calibrate too. (Measured
/// 2026-12-01: 0.77–0.82 on trend + noise, 0.84–0.91 on random walks — 0.81–0.90 before the
/// drift was a candidate centre — whose distances of 4 and 6 years pool few windows:
/// over-covering, so the bound above is 92 %.)
#[test]
fn irregular_panels_calibrate() {
    let observed = [2000, 2001, 2003, 2006, 2010, 2012, 2015, 2016, 2018, 2020];
    for (k, family) in [Family::TrendNoise, Family::RandomWalk]
        .into_iter()
        .enumerate()
    {
        let rows = coverage_by_distance(
            family,
            2000,
            &observed,
            &[2021, 2022, 2024, 2026],
            91 + k as u64,
        );
        for (d, cov, method) in rows {
            eprintln!(
                "{:<16} distance {d:>2}: coverage {cov:.3} ({method:?})",
                family.name()
            );
            assert!(
                (0.72..=0.92).contains(&cov),
                "{} d {d}: {cov}",
                family.name()
            );
        }
    }
}

/// The random-walk interval (`Uncertainty::RandomWalk`) on random walks with drift of known
/// truth: z_t = z_(t−1) + μ + σε on the values, 12 observed years, 1–5 years ahead.
#[test]
fn random_walk_intervals_cover_random_walks() {
    let mut rng = synthetic::rng(4242);
    let years: Vec<i32> = (2001..=2017).collect();
    let level = Level::try_new(0.8).unwrap();
    let mut inside = [0usize; 5];
    for _ in 0..SERIES {
        let (mu, sigma) = (rng.gen_range(-1.0..3.0), rng.gen_range(0.5..2.0));
        let mut z = 50.0;
        let values: Vec<f64> = years
            .iter()
            .map(|_| {
                // Sum of 12 uniforms − 6: a standard normal to a close approximation.
                let e: f64 = (0..12).map(|_| rng.gen_range(0.0..1.0)).sum::<f64>() - 6.0;
                z += mu + sigma * e;
                z
            })
            .collect();
        let s = Series::try_new(years[..12].to_vec(), values[..12].to_vec()).unwrap();
        let fit = Model::Linear.fit(&s, plancast::Bounds::NONE).unwrap();
        for h in 0..5 {
            let p = project(&fit, years[12 + h], level, Uncertainty::RandomWalk).unwrap();
            inside[h] += usize::from(p.interval().unwrap().contains(values[12 + h]));
        }
    }
    for (h, n) in inside.iter().enumerate() {
        let cov = *n as f64 / SERIES as f64;
        eprintln!("random walk h {}: coverage {cov:.3}", h + 1);
        assert!((0.74..=0.88).contains(&cov), "h {}: {cov}", h + 1);
    }
}

/// The calibration learns how much of a fitted trend persisted (`Calibration::persistence`):
/// ≈ 1 on series whose trend goes on, below 1 on series that level off, never above 1; and a
/// calibrated projection is centred at z_last + β·((1 − ω)·(anchored − z_last) + ω·drift·h)
/// (β and ω applied by hand here).
#[test]
fn trend_persistence_is_learnt_from_the_panel() {
    use plancast::model::Transform;
    let years: Vec<i32> = (2000..2020).collect();
    let zigzag = |t: i32| 0.3 * if t % 2 == 0 { 1.0 } else { -1.0 };
    let panel = |plateau: Option<i32>, k: usize| -> Vec<Series> {
        (0..k)
            .map(|i| {
                let slope = 1.0 + 0.01 * i as f64;
                let v = years
                    .iter()
                    .map(|&t| {
                        let x = plateau.map_or(t, |p| t.min(p));
                        100.0 + slope * f64::from(x - 2000) + zigzag(t)
                    })
                    .collect();
                Series::try_new(years.clone(), v).unwrap()
            })
            .collect()
    };
    let b = plancast::Bounds::NONE;
    let going_on = Calibration::backtest(&panel(None, 30), Model::Linear, b, 8, 5);
    let beta = going_on.persistence(Transform::Identity);
    assert!((0.95..=1.0).contains(&beta), "{beta}");
    let levelling = Calibration::backtest(&panel(Some(2012), 30), Model::Linear, b, 8, 5);
    let beta = levelling.persistence(Transform::Identity);
    assert!((0.05..0.8).contains(&beta), "{beta}");
    // No scores on the log scale: nothing learnt there.
    assert_eq!(levelling.persistence(Transform::Log), 1.0);

    // The projection's centre under the calibration.
    let s = &panel(Some(2012), 1)[0];
    let fit = Model::Linear.fit(s, b).unwrap();
    let level = Level::try_new(0.8).unwrap();
    let p = project(&fit, 2024, level, Uncertainty::Calibrated(&levelling)).unwrap();
    let (anchored, z_last) = (fit.anchored_center(2024.0), fit.z_last());
    let omega = levelling.blend(Transform::Identity);
    let drift = (z_last - s.values()[0]) / 19.0;
    assert_eq!(fit.drift(), drift);
    let h = f64::from(2024 - 2019);
    let want = z_last + beta * ((1.0 - omega) * (anchored - z_last) + omega * drift * h);
    assert!((p.value() - want).abs() < 1e-9, "{} vs {want}", p.value());
}

/// The calibration chooses how to continue a trend by the panel's pooled backtest error
/// (`Calibration::blend`), and recovers what generated the data: the random walk's drift on
/// random walks with drift (whose fitted line's slope is a noisier estimate of the drift than
/// the mean change between the ends), the fitted trend on trend + noise (whose ends are noisy).
/// Measured 2026-12-01 over seeds 1–11: ω = 1 or ½ (β ≈ 1) on random walks, ω = 0 on
/// trend + noise, with β 0.78–0.85 there: the projected change carries the noise of the last
/// value it is anchored at and of the fitted slope, so the least-squares β is attenuated
/// towards 0 (regression dilution), which for these forecasts is the error-minimising damping.
#[test]
fn continuation_is_chosen_by_backtest() {
    use plancast::model::Transform;
    let years: Vec<i32> = (2000..2012).collect();
    let chosen = |family: Family, seed: u64, t: Transform| {
        let values = synthetic::trajectories(family, SERIES, years.len(), seed);
        let series: Vec<Series> = values
            .chunks(years.len())
            .map(|r| Series::try_new(years.clone(), r.to_vec()).unwrap())
            .collect();
        let cal = Calibration::backtest(&series, Model::Linear, family.bounds(), 3, 10);
        (cal.blend(t), cal.persistence(t))
    };
    for seed in 1..=6 {
        let (omega, beta) = chosen(Family::RandomWalk, seed, Transform::Identity);
        assert!(
            omega >= 0.5,
            "random walk, seed {seed}: ω {omega} (β {beta})"
        );
        let (omega, beta) = chosen(Family::TrendNoise, seed, Transform::Identity);
        assert_eq!(omega, 0.0, "trend + noise, seed {seed} (β {beta})");
        assert!(
            (0.7..=1.0).contains(&beta),
            "trend + noise, seed {seed}: β {beta}"
        );
    }
}

/// An indicator with too few series to calibrate on its own borrows the calibration pooled
/// over every indicator of its kind, and its rows say so (`Assessment::calibrated_on`): here a
/// share observed in two regions, next to a share observed in sixty.
#[test]
fn thin_indicators_calibrate_with_their_kind() {
    use plancast::{assess_panel, AssessOptions, IntervalMethod, Panel};
    // Indicators i003 and i007 are saturating shares.
    let full = synthetic::panel(60, 8, 10, 17);
    let mut data = full.data().clone();
    let thin = |r: &str| r != "r00000" && r != "r00001";
    data.observations
        .retain(|o| !(o.indicator == "i007" && thin(&o.region)));
    data.targets
        .retain(|t| !(t.indicator == "i007" && thin(&t.region)));
    let panel = Panel::try_new(data).unwrap();
    let opts = AssessOptions::default().with_reference_classes(false);
    let report = assess_panel(&panel, &opts);
    let rows = |id: &'static str| report.rows.iter().filter(move |r| r.indicator == id);
    let calibrated = |m: Option<IntervalMethod>| {
        matches!(
            m,
            Some(IntervalMethod::Calibrated | IntervalMethod::CalibratedExtrapolated)
        )
    };
    assert_eq!(rows("i007").count(), 2);
    for r in rows("i007") {
        assert!(calibrated(r.interval_method), "{r:?}");
        assert_eq!(
            r.calibrated_on.map(|c| c.to_string()).as_deref(),
            Some("class:share"),
            "{r:?}"
        );
    }
    for r in rows("i003") {
        assert!(calibrated(r.interval_method), "{r:?}");
        assert_eq!(
            r.calibrated_on,
            Some(plancast::CalibratedOn::Indicator),
            "{r:?}"
        );
    }
    // Without the pooled calibration the thin share would fall back to random-walk intervals.
    let no_kind = Panel::try_new({
        let mut d = panel.data().clone();
        d.indicators.retain(|i| i.id != "i003");
        d.observations.retain(|o| o.indicator != "i003");
        d.targets.retain(|t| t.indicator != "i003");
        d
    })
    .unwrap();
    for r in assess_panel(&no_kind, &opts)
        .rows
        .iter()
        .filter(|r| r.indicator == "i007")
    {
        assert_eq!(r.interval_method, Some(IntervalMethod::RandomWalk), "{r:?}");
        assert_eq!(r.calibrated_on, None);
    }
}

/// The backtest's windows are computed in parallel; the calibration must not depend on how many
/// threads computed them (bit for bit, with Levenberg–Marquardt windows among them: 12-point
/// trend breaks, of which some bend down).
#[cfg(feature = "parallel")]
#[test]
fn backtest_is_the_same_on_any_number_of_threads() {
    let values = synthetic::trajectories(Family::TrendBreak, 300, 12, 4);
    let years: Vec<i32> = (2009..2021).collect();
    let sample: Vec<Series> = values
        .chunks(12)
        .map(|row| Series::try_new(years.clone(), row.to_vec()).unwrap())
        .collect();
    let on = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| Calibration::backtest(&sample, Model::Auto, plancast::Bounds::NONE, 3, 5))
    };
    let one = on(1);
    assert!(one.count(1) > 500, "{}", one.count(1));
    for threads in [2, 3] {
        assert_eq!(on(threads), one, "{threads} threads");
    }
}
