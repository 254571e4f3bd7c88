//! Criterion benchmarks of the hot paths. Run: `cargo bench`; compare with a baseline:
//! `cargo bench -- --save-baseline before` … `cargo bench -- --baseline before`.
//!
//! * `fit/*`: each model on one 6-point series.
//! * `assess_panel/{batch,plain}/N`: fit → project → interval → probability → status for N
//!   series of 6 annual points (auto model, calibrated 80 % intervals), the columnar batch path
//!   on all cores vs the plain public per-series path on one thread, in one group so the
//!   speed-up is a ratio from one run. Workloads: `growth` (random walks, unbounded) and
//!   `shares` (saturating shares, bounded 0..100).
//! * `lm/batch`: free-logistic Levenberg–Marquardt fits of 12-point series, all cores.
//! * `load/rows`: CSV → panel.
//! * `panel_driver/{own,pooled}`: `assess_panel` on a synthetic panel (500 regions × 8
//!   indicators, 6 annual points, a quarter of them shares), reference classes off (each
//!   series' own trajectory) and on (shares pooled with their class), one thread;
//!   `panel_driver/pooled_all_cores/100000`: 20,000 regions × 5 indicators, classes on, both
//!   cores (`assess_panel`, as the main job runs it).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::verdict::{judge, Goal};
use plancast::{
    assess_batch_into, probability, project, year_reached, BatchSpec, Bounds, Calibration,
    Comparator, Level, Series, SeriesBatch, Thresholds, Uncertainty,
};
use rayon::prelude::*;

const LEN: usize = 6;

fn calibration(batch: &SeriesBatch, bounds: Bounds) -> Calibration {
    // From a deterministic 2,000-series sample: a one-off cost outside the timed loop.
    let sample: Vec<Series> = (0..batch.len().min(2000))
        .map(|s| Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap())
        .collect();
    Calibration::backtest(&sample, Model::Auto, bounds, 3, 5)
}

/// The plain path: what a user writes with the public API, one series at a time.
fn plain(
    batch: &SeriesBatch,
    targets: &[f64],
    bounds: Bounds,
    how: Uncertainty<'_>,
    level: Level,
) -> usize {
    let mut met = 0;
    for (s, &target) in targets.iter().enumerate() {
        let series = Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap();
        let Ok(fit) = Model::Auto.fit(&series, bounds) else {
            continue;
        };
        let p = project(&fit, 2025, level, how).unwrap();
        let pr = probability(&fit, 2025, Comparator::Ge, target, how);
        let last = series.last().unwrap();
        let yr = year_reached(&fit, last.0 + 1, 100, Comparator::Ge, target);
        let goal = Goal::new(2025, Comparator::Ge, target);
        let status = judge(
            &series,
            &goal,
            Some(p.value()),
            yr,
            bounds,
            &Thresholds::default(),
        )
        .status();
        met += usize::from(black_box((p.value(), pr, status, yr)).1.unwrap_or(0.0) > 0.5);
    }
    met
}

fn bench_fit(c: &mut Criterion) {
    let mut g = c.benchmark_group("fit");
    let years: Vec<i32> = (2015..2021).collect();
    let growth = Series::try_new(years.clone(), vec![12.0, 15.1, 18.9, 22.4, 28.0, 33.9]).unwrap();
    let share = Series::try_new(years, vec![8.0, 12.5, 19.0, 27.4, 37.5, 48.1]).unwrap();
    let cases = [
        ("linear", Model::Linear, &growth, Bounds::NONE),
        ("exponential", Model::Exponential, &growth, Bounds::NONE),
        (
            "logistic_bounded",
            Model::Logistic {
                lower: 0.0,
                upper: 100.0,
            },
            &share,
            Bounds::PERCENT,
        ),
        (
            "free_logistic_lm",
            Model::FreeLogistic,
            &share,
            Bounds::NONE,
        ),
        ("gompertz_lm", Model::Gompertz, &share, Bounds::NONE),
        ("auto_growth", Model::Auto, &growth, Bounds::NONE),
        ("auto_share", Model::Auto, &share, Bounds::PERCENT),
    ];
    g.throughput(Throughput::Elements(1));
    for (name, model, s, b) in cases {
        g.bench_function(name, |bch| {
            bch.iter(|| black_box(model.fit(black_box(s), b).unwrap()))
        });
    }
    g.finish();
}

fn bench_assess(c: &mut Criterion) {
    let level = Level::try_new(0.8).unwrap();
    for (workload, family) in [
        ("growth", Family::RandomWalk),
        ("shares", Family::Saturating),
    ] {
        let bounds = family.bounds();
        let mut g = c.benchmark_group(format!("assess_panel_{workload}"));
        g.sample_size(10);
        for n in [1_000usize, 100_000, 1_000_000] {
            let (batch, targets) = synthetic::batch(family, n, LEN, 42);
            let cal = calibration(&batch, bounds);
            let how = Uncertainty::Calibrated(&cal);
            let spec = BatchSpec::new(2025, Comparator::Ge)
                .with_bounds(bounds)
                .with_model(Model::Auto)
                .with_baseline_year(None)
                .with_level(level)
                .with_thresholds(Thresholds::default())
                .with_uncertainty(how);
            g.throughput(Throughput::Elements(n as u64));
            // The output buffer is reused across iterations, as a stream of batches would.
            let mut out = Vec::new();
            g.bench_with_input(BenchmarkId::new("batch", n), &n, |b, _| {
                b.iter(|| {
                    assess_batch_into(&batch, &targets, &spec, &mut out).unwrap();
                    black_box(out.len())
                })
            });
            if n <= 100_000 {
                g.bench_with_input(BenchmarkId::new("plain", n), &n, |b, _| {
                    b.iter(|| black_box(plain(&batch, &targets, bounds, how, level)))
                });
            }
        }
        g.finish();
    }
}

fn bench_lm(c: &mut Criterion) {
    let mut g = c.benchmark_group("lm");
    g.sample_size(10);
    let n = 20_000;
    // 12 and 30 points, on saturating series and on trend-break series (most of which do not
    // saturate: the runaway path); ids as before this group had lengths, plus `_30`.
    for len in [12usize, 30] {
        let years: Vec<i32> = (2009..2009 + len as i32).collect();
        let suffix = if len == 12 { "" } else { "_30" };
        let saturating = synthetic::trajectories(Family::Saturating, n, len, 5);
        let trend = synthetic::trajectories(Family::TrendBreak, n, len, 5);
        g.throughput(Throughput::Elements(n as u64));
        for (name, model, values) in [
            ("free_logistic_batch", Model::FreeLogistic, &saturating),
            ("free_logistic_trend_batch", Model::FreeLogistic, &trend),
            ("gompertz_trend_batch", Model::Gompertz, &trend),
            ("gompertz_batch", Model::Gompertz, &saturating),
        ] {
            g.bench_function(BenchmarkId::new(format!("{name}{suffix}"), n), |b| {
                b.iter(|| {
                    values
                        .par_chunks(len)
                        .map(|row| {
                            model
                                .fit_slices(&years, row, Bounds::NONE)
                                .map(|f| f.sse())
                                .unwrap_or(0.0)
                        })
                        .sum::<f64>()
                })
            });
        }
    }
    g.finish();
}

/// The batch path by series length (6, 12, 30 points), a quarter of the series from each
/// synthetic family, with the family's calibration computed outside the loop ("assess a
/// calibrated panel"); `assess_panel` on a 500-region × 8-indicator synthetic panel, which
/// calibrates each indicator inside the loop ("assess with calibration"); and the calibration
/// itself ("calibrate": the rolling-origin backtest on a 2,000-series sample, what a panel
/// pays once per indicator).
fn bench_by_length(c: &mut Criterion) {
    let level = Level::try_new(0.8).unwrap();
    let per_family = 5_000;
    let mut g = c.benchmark_group("by_length");
    g.sample_size(10);
    for len in [6usize, 12, 30] {
        let sets: Vec<_> = Family::ALL
            .iter()
            .map(|&family| {
                let (batch, targets) = synthetic::batch(family, per_family, len, 7);
                let cal = calibration(&batch, family.bounds());
                (family, batch, targets, cal)
            })
            .collect();
        g.throughput(Throughput::Elements((per_family * sets.len()) as u64));
        let mut out = Vec::new();
        g.bench_with_input(BenchmarkId::new("batch", len), &len, |b, _| {
            b.iter(|| {
                let mut rows = 0;
                for (family, batch, targets, cal) in &sets {
                    let spec = BatchSpec::new(2025, Comparator::Ge)
                        .with_bounds(family.bounds())
                        .with_level(level)
                        .with_uncertainty(Uncertainty::Calibrated(cal));
                    assess_batch_into(batch, targets, &spec, &mut out).unwrap();
                    rows += out.len();
                }
                black_box(rows)
            })
        });
        // The panel driver, "assess with calibration": `assess_panel` calibrates every
        // indicator on its regions' series (rolling-origin backtest) inside the timed loop.
        let panel = synthetic::panel(500, 8, len, 7);
        g.throughput(Throughput::Elements(panel.targets().len() as u64));
        let opts = plancast::AssessOptions::default();
        g.bench_with_input(BenchmarkId::new("panel", len), &len, |b, _| {
            b.iter(|| black_box(plancast::assess_panel(&panel, &opts).rows.len()))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("calibrate");
    g.sample_size(10);
    for len in [6usize, 12, 30] {
        let (batch, _) = synthetic::batch(Family::TrendBreak, 2_000, len, 9);
        g.throughput(Throughput::Elements(batch.len() as u64));
        g.bench_with_input(BenchmarkId::new("trend_break", len), &len, |b, _| {
            b.iter(|| black_box(calibration(&batch, Bounds::NONE)))
        });
    }
    g.finish();
}

fn bench_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    let rows = 100_000;
    let mut obs = String::from("region,indicator,year,value\n");
    for k in 0..rows / 5 {
        for y in 2016..2021 {
            obs.push_str(&format!(
                "r{:05},i{:03},{y},{}\n",
                k / 50,
                k % 50,
                100.0 + k as f64 * 0.5 + f64::from(y - 2016)
            ));
        }
    }
    let targets = "region,indicator,year,comparator,value\n";
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function(BenchmarkId::new("csv_rows", rows), |b| {
        b.iter(|| {
            plancast::io::load_panel(
                plancast::io::PanelSources::new()
                    .with_observations(obs.as_bytes(), "obs.csv")
                    .with_targets(targets.as_bytes(), "targets.csv"),
            )
            .unwrap()
        })
    });
    g.finish();
}

fn bench_panel_driver(c: &mut Criterion) {
    let mut g = c.benchmark_group("panel_driver");
    g.sample_size(10);
    let panel = synthetic::panel(500, 8, LEN, 7);
    g.throughput(Throughput::Elements(panel.targets().len() as u64));
    for (name, classes) in [("own", false), ("pooled", true)] {
        let opts = plancast::AssessOptions::default().with_reference_classes(classes);
        g.bench_function(name, |b| {
            b.iter(|| black_box(plancast::assess_panel_serial(&panel, &opts).rows.len()))
        });
    }
    // At national scale: 20,000 regions × 5 indicators = 100,000 targets, reference classes
    // on (the default), both cores, as the main job assesses them.
    let panel = synthetic::panel(20_000, 5, LEN, 7);
    let n = panel.targets().len();
    g.throughput(Throughput::Elements(n as u64));
    g.measurement_time(std::time::Duration::from_secs(30));
    let opts = plancast::AssessOptions::default();
    g.bench_with_input(BenchmarkId::new("pooled_all_cores", n), &panel, |b, p| {
        b.iter(|| black_box(plancast::assess_panel(p, &opts).rows.len()))
    });
    g.finish();
}

/// Intensity judgements at scale: `n` counties in 30 provinces, each with a population; a fifth
/// report their 5G stations (the comparable regions), the rest have a no-baseline target. The
/// estimates are shared by counties of one province and level, so the cost is linear in `n`:
/// compare the two sizes' throughput in one run.
fn intensity_panel(n: usize) -> plancast::Panel {
    use plancast::{Comparator, Indicator, Observation, Region, Target, TargetValue};
    let mut data = plancast::PanelData::default();
    let mut nation = Region::try_new("china").unwrap();
    nation.level = "nation".into();
    data.regions.push(nation);
    let mut stations = Indicator::try_new("stations").unwrap();
    stations.unit = "个".into();
    let mut pop = Indicator::try_new("resident_population").unwrap();
    pop.unit = "万人".into();
    pop.category = "context".into();
    data.indicators.extend([stations, pop]);
    for y in 2019..=2023 {
        let v = 1.0e5 * 1.6f64.powi(y - 2019);
        data.observations
            .push(Observation::new("china", "stations", y, v));
        data.observations.push(Observation::new(
            "china",
            "resident_population",
            y,
            140_000.0,
        ));
    }
    for k in 0..n {
        let id = format!("c{k}");
        let mut r = Region::try_new(&id).unwrap();
        r.level = "county".into();
        data.regions.push(r);
        let people = 20.0 + (k % 97) as f64;
        data.observations
            .push(Observation::new(&id, "resident_population", 2023, people));
        if k % 5 == 0 {
            let v = 4.0e5 * people / 140_000.0 * (0.8 + 0.004 * (k % 101) as f64);
            data.observations
                .push(Observation::new(&id, "stations", 2023, v));
        } else {
            data.targets.push(Target::new(
                &id,
                "stations",
                2025,
                Comparator::Ge,
                TargetValue::Numeric(300.0),
            ));
        }
    }
    plancast::Panel::try_new(data).unwrap()
}

fn bench_intensity(c: &mut Criterion) {
    let mut g = c.benchmark_group("intensity_no_baseline");
    g.sample_size(10);
    let opts = plancast::AssessOptions::default();
    for n in [2_000usize, 20_000] {
        let panel = intensity_panel(n);
        g.throughput(Throughput::Elements(panel.targets().len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &panel, |b, p| {
            b.iter(|| black_box(plancast::assess_panel(p, &opts).rows.len()))
        });
    }
    g.finish();
}

/// The plan extractor over the five seed plans' texts (290 kB of Chinese), once and repeated
/// four times: throughput in bytes, so equal throughput at both sizes shows the cost linear in
/// the text's length (every rule reads a line, a clause or a table cell).
fn bench_extract(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/plans");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/plans")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let plans: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a seed plan's text"))
        .collect();
    let opts = plancast::extract::ExtractOptions::new("bench");
    let mut g = c.benchmark_group("extract");
    g.sample_size(20);
    for times in [1usize, 4] {
        let texts: Vec<String> = plans.iter().map(|t| t.repeat(times)).collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::new("seed_plans", times), &texts, |b, texts| {
            b.iter(|| {
                for t in texts {
                    black_box(plancast::extract::extract(t.as_bytes(), &opts).expect("extract"));
                }
            });
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_fit,
    bench_assess,
    bench_lm,
    bench_by_length,
    bench_load,
    bench_panel_driver,
    bench_intensity,
    bench_extract
);
criterion_main!(benches);
