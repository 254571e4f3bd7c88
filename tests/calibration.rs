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
    for (i, family) in Family::ALL.into_iter().enumerate() {
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
