//! The columnar batch path gives the same numbers as the plain per-series public path, on any
//! number of threads; public types are Send + Sync.

use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::{
    assess_batch, assess_batch_serial, classify, growth_between, probability, project,
    year_reached, BatchSpec, Calibration, Comparator, GrowthBasis, Level, Series, Status,
    Thresholds, Uncertainty,
};

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<plancast::Panel>();
    check::<plancast::model::Fitted>();
    check::<plancast::Calibration>();
    check::<plancast::Report>();
    check::<plancast::SeriesBatch>();
    check::<plancast::BatchRow>();
    check::<plancast::Assessor<'static>>();
    check::<plancast::Error>();
}

#[test]
fn batch_equals_plain_path_bit_for_bit() {
    let level = Level::try_new(0.8).unwrap();
    for (k, family) in Family::ALL.into_iter().enumerate() {
        let (batch, targets) = synthetic::batch(family, 3000, 6, 100 + k as u64);
        let bounds = family.bounds();
        let sample: Vec<Series> = (0..500)
            .map(|s| Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap())
            .collect();
        let cal = Calibration::backtest(&sample, Model::Auto, bounds, 3, 5);
        for how in [
            Uncertainty::Calibrated(&cal),
            Uncertainty::RandomWalk,
            Uncertainty::Textbook,
        ] {
            let spec = BatchSpec {
                bounds,
                model: Model::Auto,
                target_year: 2025,
                comparator: Comparator::Ge,
                level,
                uncertainty: how,
                thresholds: Thresholds::default(),
            };
            let rows = assess_batch(&batch, &targets, &spec).unwrap();
            assert_eq!(rows, assess_batch_serial(&batch, &targets, &spec).unwrap());
            let mut reused = vec![rows[0]; 7];
            plancast::assess_batch_into(&batch, &targets, &spec, &mut reused).unwrap();
            assert_eq!(rows, reused);
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(8)
                .build()
                .unwrap();
            assert_eq!(
                rows,
                pool.install(|| assess_batch(&batch, &targets, &spec).unwrap())
            );
            let mut statuses = std::collections::BTreeSet::new();
            for (s, row) in rows.iter().enumerate() {
                let series =
                    Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap();
                let fit = Model::Auto.fit(&series, bounds).unwrap();
                let p = project(&fit, 2025, level, how).unwrap();
                assert_eq!(row.model, Some(fit.kind()));
                assert_eq!(row.projected.map(f64::to_bits), Some(p.value().to_bits()));
                assert_eq!(row.interval, p.interval().map(|i| (i.lower(), i.upper())));
                let pr = probability(&fit, 2025, Comparator::Ge, targets[s], how);
                assert_eq!(row.probability.map(f64::to_bits), pr.map(f64::to_bits));
                let basis = if targets[s] > 0.0 && series.values().iter().all(|&v| v > 0.0) {
                    GrowthBasis::Cagr
                } else {
                    GrowthBasis::AnnualChange
                };
                let (first, last) = (series.first().unwrap(), series.last().unwrap());
                let (g, status) = classify(
                    last,
                    growth_between(first, last, basis),
                    basis,
                    2025,
                    Comparator::Ge,
                    targets[s],
                    &Thresholds::default(),
                );
                assert_eq!(row.status, status);
                assert_eq!(
                    row.progress_ratio.map(f64::to_bits),
                    g.progress_ratio.map(f64::to_bits)
                );
                if status != Status::Achieved {
                    assert_eq!(
                        row.year_reached,
                        year_reached(&fit, last.0 + 1, 100, Comparator::Ge, targets[s])
                    );
                }
                statuses.insert(status.name());
            }
            assert!(statuses.len() >= 3, "{}: {statuses:?}", family.name());
        }
    }
}

#[test]
fn year_reached_bisection_matches_a_scan() {
    let (batch, targets) = synthetic::batch(Family::TrendNoise, 500, 6, 9);
    for (s, &t) in targets.iter().enumerate() {
        let series = Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap();
        let fit = Model::Auto.fit(&series, plancast::Bounds::NONE).unwrap();
        for c in [
            Comparator::Ge,
            Comparator::Gt,
            Comparator::Le,
            Comparator::Lt,
            Comparator::Eq,
        ] {
            let scan = (2021..=2121).find(|&y| {
                c.holds(
                    fit.transform().inverse(fit.anchored_center(f64::from(y))),
                    t,
                )
            });
            assert_eq!(year_reached(&fit, 2021, 100, c, t), scan, "{c:?}");
        }
    }
}

#[test]
fn batch_rejects_bad_shapes() {
    use plancast::{Error, SeriesBatch};
    assert!(matches!(
        SeriesBatch::try_new(vec![], vec![]),
        Err(Error::InsufficientData { .. })
    ));
    assert!(matches!(
        SeriesBatch::try_new(vec![2020, 2020], vec![1.0, 2.0]),
        Err(Error::DuplicateYear { year: 2020 })
    ));
    assert!(matches!(
        SeriesBatch::try_new(vec![2020, 2021], vec![1.0, 2.0, 3.0]),
        Err(Error::LengthMismatch { .. })
    ));
    assert!(matches!(
        SeriesBatch::try_new(vec![2020, 2021], vec![1.0, 2.0, 3.0, f64::NAN]),
        Err(Error::NonFiniteValue { year: 2021, .. })
    ));
    let b = SeriesBatch::try_new(vec![2020, 2021], vec![1.0, 2.0]).unwrap();
    let spec = BatchSpec {
        bounds: plancast::Bounds::NONE,
        model: Model::Auto,
        target_year: 2025,
        comparator: Comparator::Ge,
        level: Level::try_new(0.8).unwrap(),
        uncertainty: Uncertainty::RandomWalk,
        thresholds: Thresholds::default(),
    };
    assert!(matches!(
        assess_batch(&b, &[1.0, 2.0], &spec),
        Err(Error::LengthMismatch { .. })
    ));
}
