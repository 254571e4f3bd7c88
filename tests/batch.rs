//! The columnar batch path gives the same numbers as the plain per-series public path, on any
//! number of threads; public types are Send + Sync.

use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::verdict::{judge, Goal};
use plancast::{
    assess_batch, assess_batch_serial, probability, project, year_reached, year_reached_under,
    BatchSpec, Calibration, Comparator, Level, Series, Thresholds, Uncertainty,
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
    for (k, family) in Family::ALL.iter().copied().enumerate() {
        let (batch, targets) = synthetic::batch(family, 3000, 6, 100 + k as u64);
        let bounds = family.bounds();
        let sample: Vec<Series> = (0..500)
            .map(|s| Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap())
            .collect();
        let cal = Calibration::backtest(&sample, Model::Auto, bounds, 3, 5);
        if family == Family::RandomWalk {
            // The random walks' calibration continues trends with the drift: the kernel's
            // drift arithmetic is compared below.
            let omega = [
                plancast::model::Transform::Identity,
                plancast::model::Transform::Log,
            ]
            .map(|t| cal.blend(t));
            assert!(omega.iter().any(|&w| w > 0.0), "{omega:?}");
        }
        for how in [
            Uncertainty::Calibrated(&cal),
            Uncertainty::RandomWalk,
            Uncertainty::Textbook,
        ] {
            let spec = BatchSpec::new(2025, Comparator::Ge)
                .with_bounds(bounds)
                .with_model(Model::Auto)
                .with_baseline_year(None)
                .with_level(level)
                .with_thresholds(Thresholds::default())
                .with_uncertainty(how);
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
                let plain = plain_row(batch.years(), batch.row(s), targets[s], &spec);
                assert_eq!(row_bits(row), row_bits(plain), "{} row {s}", family.name());
                let status = row.verdict.status();
                statuses.insert(status.name());
            }
            // Ambitious targets too (saturating shares outgrow the plan-like ones since their
            // base year, so those alone are on track or moderate).
            let ambitious: Vec<f64> = targets
                .iter()
                .map(|&t| match bounds.both() {
                    Some((_, upper)) => t + 0.9 * (upper - t),
                    None => 2.0 * t,
                })
                .collect();
            let rows = assess_batch(&batch, &ambitious, &spec).unwrap();
            for (s, row) in rows.iter().enumerate() {
                let plain = plain_row(batch.years(), batch.row(s), ambitious[s], &spec);
                assert_eq!(row_bits(row), row_bits(plain), "{} row {s}", family.name());
                statuses.insert(row.verdict.status().name());
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
    let spec = BatchSpec::new(2025, Comparator::Ge)
        .with_bounds(plancast::Bounds::NONE)
        .with_model(Model::Auto)
        .with_baseline_year(None)
        .with_level(Level::try_new(0.8).unwrap())
        .with_thresholds(Thresholds::default())
        .with_uncertainty(Uncertainty::RandomWalk);
    assert!(matches!(
        assess_batch(&b, &[1.0, 2.0], &spec),
        Err(Error::TargetCountMismatch {
            series: 1,
            targets: 2
        })
    ));
}

/// The row the plain public per-series path gives (what `assess_batch` promises to equal):
/// fit, project, probability, year reached, judge.
fn plain_row(years: &[i32], values: &[f64], target: f64, spec: &BatchSpec<'_>) -> Row {
    let series = Series::try_new(years.to_vec(), values.to_vec()).unwrap();
    let fit = spec.model.fit(&series, spec.bounds).ok();
    let (t, c) = (spec.target_year, spec.comparator);
    let last = series.last().unwrap();
    let ahead = t > last.0;
    let (p, pr) = match &fit {
        Some(f) if ahead => (
            project(f, t, spec.level, spec.uncertainty).ok(),
            probability(f, t, c, target, spec.uncertainty),
        ),
        _ => (None, None),
    };
    let reached = fit
        .as_ref()
        .and_then(|f| year_reached_under(f, last.0 + 1, 100, c, target, spec.uncertainty));
    let mut goal = Goal::new(t, c, target);
    if let Some(b) = spec.baseline_year {
        goal = goal.with_baseline_year(b);
    }
    // The assessment holds a projection and its interval to the indicator's natural bounds
    // (a straight line fitted to a share can run past 100 %).
    let held = |x: f64| spec.bounds.clamp(x);
    let projected = p.as_ref().map(|p| held(p.value()));
    let verdict = judge(
        &series,
        &goal,
        projected,
        reached,
        spec.bounds,
        &spec.thresholds,
    );
    Row {
        model: fit.as_ref().map(|f| f.kind()),
        projected,
        interval: p
            .as_ref()
            .and_then(|p| p.interval().map(|i| (held(i.lower()), held(i.upper())))),
        probability: pr,
        verdict,
    }
}

/// A batch row's fields (`BatchRow` is `#[non_exhaustive]`: built here field by field).
#[derive(Clone, Copy)]
struct Row {
    model: Option<plancast::model::ModelKind>,
    projected: Option<f64>,
    interval: Option<(f64, f64)>,
    probability: Option<f64>,
    verdict: plancast::verdict::Verdict,
}

impl From<&plancast::BatchRow> for Row {
    fn from(r: &plancast::BatchRow) -> Self {
        Row {
            model: r.model,
            projected: r.projected,
            interval: r.interval,
            probability: r.probability,
            verdict: r.verdict,
        }
    }
}

/// Every number of a row as bits (so −0.0 ≠ 0.0 and NaN = NaN).
fn row_bits(r: impl Into<Row>) -> String {
    let r: Row = r.into();
    let b = |x: Option<f64>| x.map(f64::to_bits);
    let v = &r.verdict;
    format!(
        "{:?} {:?} {:?} {:?} | {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        r.model,
        b(r.projected),
        r.interval.map(|(a, c)| (a.to_bits(), c.to_bits())),
        b(r.probability),
        v.status(),
        v.judged_on(),
        v.basis(),
        v.base_year(),
        b(v.base_value()),
        b(v.observed()),
        b(v.required()),
        b(v.required_from_last()),
        b(v.progress_ratio()),
        b(v.unsd_ratio()),
        b(v.midterm_ratio()),
        b(v.value_at_target_year()),
        v.met_late(),
        v.year_reached()
    )
}

fn assert_batch_is_plain(batch: &plancast::SeriesBatch, targets: &[f64], spec: &BatchSpec<'_>) {
    let rows = assess_batch(batch, targets, spec).unwrap();
    let serial = assess_batch_serial(batch, targets, spec).unwrap();
    assert_eq!(rows.len(), batch.len());
    for (s, (row, ser)) in rows.iter().zip(&serial).enumerate() {
        let plain = plain_row(batch.years(), batch.row(s), targets[s], spec);
        assert_eq!(
            row_bits(row),
            row_bits(plain),
            "series {s} {:?} target {} spec {:?}",
            batch.row(s),
            targets[s],
            (spec.model, spec.bounds, spec.comparator, spec.target_year)
        );
        assert_eq!(row_bits(ser), row_bits(plain), "serial, series {s}");
    }
}

/// Every branch of the batch kernel against the plain path: lengths 2 to 9, 12, 17, 30 and the
/// kernel's limit 64 and one past it (with and without
/// an upper bound, so both the fused kernel and the per-row fallback), gaps in the years, every
/// comparator and interval method, target years before, at and after the last observation,
/// series that are negative, zero, on or outside the bounds, and batches whose length is not a
/// multiple of the kernel's eight lanes.
#[test]
fn batch_equals_plain_path_on_every_branch() {
    use rand::{Rng, SeedableRng};
    let level = Level::try_new(0.8).unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    for len in (2..=9usize).chain([12, 17, 30, 64, 65]) {
        for gaps in [false, true] {
            let years: Vec<i32> = (0..len as i32)
                .map(|i| 2015 + if gaps { i * i / 2 + i } else { i })
                .collect();
            let last = *years.last().unwrap();
            let (batch, targets) = {
                let n = 203;
                let mut values = Vec::with_capacity(n * len);
                let mut targets = Vec::with_capacity(n);
                for s in 0..n {
                    let start: f64 = rng.gen_range(1.0..60.0);
                    let step: f64 = rng.gen_range(-3.0..8.0);
                    for i in 0..len {
                        let v = match s % 9 {
                            // Mixed signs, zeros, exact bounds, beyond the bounds, huge.
                            0 => start - 30.0 + step * i as f64,
                            1 => {
                                if i == 0 {
                                    0.0
                                } else {
                                    start + step * i as f64
                                }
                            }
                            2 => {
                                if i == len - 1 {
                                    100.0
                                } else {
                                    start
                                }
                            }
                            3 => 100.0 + start * i as f64,
                            4 => start * 1e150 * (1.0 + i as f64),
                            5 => start,
                            _ => (start + step * i as f64 + rng.gen_range(-2.0..2.0))
                                .clamp(0.5, 99.5),
                        };
                        values.push(v);
                    }
                    targets.push(match s % 7 {
                        0 => -5.0,
                        1 => 0.0,
                        2 => 100.0,
                        3 => values[s * len + len - 1],
                        _ => rng.gen_range(1.0..99.0),
                    });
                }
                (
                    plancast::SeriesBatch::try_new(years.clone(), values).unwrap(),
                    targets,
                )
            };
            let sample: Vec<Series> = (0..batch.len())
                .map(|s| Series::try_new(years.clone(), batch.row(s).to_vec()).unwrap())
                .collect();
            for bounds in [plancast::Bounds::NONE, plancast::Bounds::PERCENT] {
                let cal = Calibration::backtest(&sample, Model::Auto, bounds, 2, 5);
                for how in [
                    Uncertainty::Calibrated(&cal),
                    Uncertainty::RandomWalk,
                    Uncertainty::Textbook,
                ] {
                    for comparator in [
                        Comparator::Ge,
                        Comparator::Gt,
                        Comparator::Le,
                        Comparator::Lt,
                        Comparator::Eq,
                    ] {
                        for (target_year, baseline_year) in [
                            (last - 1, None),
                            (last, None),
                            (last + 3, None),
                            (last + 3, Some(years[1])),
                            (last + 40, None),
                        ] {
                            let spec = BatchSpec::new(target_year, comparator)
                                .with_bounds(bounds)
                                .with_model(Model::Auto)
                                .with_baseline_year(baseline_year)
                                .with_level(level)
                                .with_thresholds(Thresholds::default())
                                .with_uncertainty(how);
                            assert_batch_is_plain(&batch, &targets, &spec);
                        }
                    }
                }
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]

    /// Arbitrary batches — any finite values from 1e-300 to 1e300 of either sign, 2 to 10
    /// points, with or without bounds, any comparator and target year — give the per-series
    /// path's numbers, bit for bit.
    #[test]
    fn batch_equals_plain_path_on_arbitrary_batches(
        len in 2usize..=10,
        rows in 1usize..40,
        raw in proptest::collection::vec((-300i32..300, -1.0f64..1.0, 0u8..6), 400),
        target_raw in proptest::collection::vec((-300i32..300, -1.0f64..1.0), 40),
        bounded in proptest::bool::ANY,
        comparator in 0usize..5,
        ahead in -3i32..60,
        textbook in proptest::bool::ANY,
    ) {
        let value = |(e, m, kind): (i32, f64, u8)| match kind {
            0 => m * 10f64.powi(e),
            1 => 50.0 + 50.0 * m,
            2 => 0.0,
            3 => 100.0,
            _ => m * 1e3,
        };
        let values: Vec<f64> = raw.iter().take(rows * len).map(|&r| value(r)).collect();
        let rows = values.len() / len;
        let values = values[..rows * len].to_vec();
        let targets: Vec<f64> = target_raw
            .iter()
            .take(rows)
            .map(|&(e, m)| if e % 3 == 0 { m * 10f64.powi(e) } else { 50.0 + 60.0 * m })
            .collect();
        let years: Vec<i32> = (0..len as i32).map(|i| 2015 + i).collect();
        let batch = plancast::SeriesBatch::try_new(years, values).unwrap();
        let comparator = [
            Comparator::Ge,
            Comparator::Gt,
            Comparator::Le,
            Comparator::Lt,
            Comparator::Eq,
        ][comparator];
        let spec = BatchSpec::new(2015 + len as i32 - 1 + ahead, comparator).with_bounds(if bounded { plancast::Bounds::PERCENT } else { plancast::Bounds::NONE }).with_model(Model::Auto).with_baseline_year(None).with_level(Level::try_new(0.8).unwrap()).with_thresholds(Thresholds::default()).with_uncertainty(if textbook { Uncertainty::Textbook } else { Uncertainty::RandomWalk });
        assert_batch_is_plain(&batch, &targets, &spec);
    }
}

/// The panel driver and the batch path give the same row for the same series and target: one
/// definition of a target's assessment (`plancast::verdict`). On synthetic panels with every
/// comparator and target years before, at and after the last observation (calibration off on
/// both sides: random-walk intervals), and on every seed-plan target whose series is its own
/// (not a borrowed reference trajectory).
#[test]
fn panel_path_equals_batch_path() {
    use plancast::{AssessOptions, Assessor, Panel, Source, TargetValue};

    /// Row-for-row comparison of the panel driver with one-series batches given the same
    /// calibration: every row the batch path can produce (a series' own trajectory, or none) is
    /// compared; rows borrowing a reference, a class or pooled with one are the panel's layers.
    /// Returns (compared, rows of the panel's own trajectories).
    fn compare(panel: &Panel, opts: &AssessOptions) -> (usize, usize) {
        let assessor = Assessor::new(panel, opts);
        let report = plancast::assess_panel(panel, opts);
        let by_assessor: Vec<_> = panel.targets().iter().map(|t| assessor.assess(t)).collect();
        let (mut compared, mut own) = (0, 0);
        for r in &report.rows {
            assert!(
                by_assessor.contains(r),
                "Assessor::assess = assess_panel: {r:?}"
            );
            let Some(target) = r.target else { continue };
            if r.benchmark.is_some() || !matches!(r.source, None | Some(Source::Own { .. })) {
                continue; // a benchmark's value, a reference's or class's trajectory: panel-only
            }
            let Some(series) = panel.series(&r.region, &r.indicator) else {
                continue;
            };
            own += 1;
            let indicator = panel.indicator(&r.indicator).unwrap();
            let baseline_year = panel
                .region(&r.region)
                .and_then(|g| g.period_start)
                .map(|y| y - 1);
            let spec = BatchSpec::new(r.target_year, r.comparator)
                .with_bounds(indicator.bounds)
                .with_model(opts.model)
                .with_baseline_year(baseline_year)
                .with_level(opts.level)
                .with_thresholds(opts.thresholds)
                .with_uncertainty(Uncertainty::default_with(
                    assessor.calibration(&r.indicator),
                ));
            let batch =
                plancast::SeriesBatch::try_new(series.years().to_vec(), series.values().to_vec())
                    .unwrap();
            let b = &assess_batch(&batch, &[target], &spec).unwrap()[0];
            let key = format!(
                "{}/{} {} {}",
                r.region, r.indicator, r.comparator, r.target_year
            );
            assert_eq!(
                r.source.as_ref().and_then(|s| s.model()),
                b.model,
                "{key}: model"
            );
            let bits = |x: Option<f64>| x.map(f64::to_bits);
            assert_eq!(bits(r.projected), bits(b.projected), "{key}: projected");
            assert_eq!(bits(r.lower), bits(b.interval.map(|i| i.0)), "{key}: lower");
            assert_eq!(bits(r.upper), bits(b.interval.map(|i| i.1)), "{key}: upper");
            assert_eq!(bits(r.probability), bits(b.probability), "{key}: P");
            // The class layer says why a single observation has no trajectory where the batch
            // path says only that it is single; everything else is the batch path's verdict.
            let panel_verdict = format!("{:?}", r.verdict)
                .replace(
                    "NotAssessable(NoReferenceClass)",
                    "NotAssessable(SingleObservation)",
                )
                .replace(
                    "NotAssessable(NoComparableSeries)",
                    "NotAssessable(SingleObservation)",
                );
            assert_eq!(panel_verdict, format!("{:?}", b.verdict), "{key}: verdict");
            compared += 1;
        }
        (compared, own)
    }

    // The default configuration (calibration and reference classes on), and the plain one in
    // which single observations have no class and are compared too.
    let defaults = AssessOptions::default();
    let plain = AssessOptions::default()
        .with_calibration(false)
        .with_reference_classes(false);
    for (years, seed) in [(3, 1), (6, 2), (9, 3)] {
        let base = synthetic::panel(40, 8, years, seed);
        let mut data = base.data().clone();
        let last = 2020;
        let comparators = [
            Comparator::Ge,
            Comparator::Gt,
            Comparator::Le,
            Comparator::Lt,
            Comparator::Eq,
        ];
        for (k, t) in data.targets.iter_mut().enumerate() {
            t.comparator = comparators[k % comparators.len()];
            t.year = [last - 1, last, last + 2, last + 5, last + 30][(k / 5) % 5];
            if let TargetValue::Numeric(v) = &mut t.value {
                *v *= [0.7, 1.0, 1.3][k % 3];
            }
        }
        let panel = Panel::try_new(data).unwrap();
        let (n, _) = compare(&panel, &plain);
        let statuses: std::collections::BTreeSet<&str> = plancast::assess_panel(&panel, &plain)
            .rows
            .iter()
            .map(|r| r.verdict.status().name())
            .collect();
        assert!(statuses.len() >= 6, "{years} years: {statuses:?}");
        assert_eq!(
            n,
            panel.targets().len(),
            "{years} years: every row compared"
        );
        let (n, own) = compare(&panel, &defaults);
        assert_eq!(n, own);
        assert!(
            n * 2 >= panel.targets().len(),
            "{years} years, defaults: {n} of {} rows compared",
            panel.targets().len()
        );
    }
    let seeds = plancast::seeds::panel().unwrap();
    let (n, _) = compare(&seeds, &plain);
    assert!(n >= 30, "{n} seed rows compared");
    let (n, own) = compare(&seeds, &defaults);
    // Most seed targets start from one baseline and borrow a reference's path or a class's
    // growth; the rows neither judges are compared (three single-observation rows that both
    // paths leave not assessable: Tongliao's PUE twice, Yingkou's mobile broadband; five until
    // China's gigabit share lent Tongliao's gigabit rows a path).
    assert!(
        n == own && n >= 3,
        "{n} of {own} seed rows compared with the defaults"
    );
}
