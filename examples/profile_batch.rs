fn main() {
    use plancast::*;
    let fam = plancast::synthetic::Family::RandomWalk;
    let (batch, targets) = plancast::synthetic::batch(fam, 200_000, 6, 42);
    let sample: Vec<Series> = (0..2000).map(|s| Series::try_new(batch.years().to_vec(), batch.row(s).to_vec()).unwrap()).collect();
    let cal = Calibration::backtest(&sample, model::Model::Auto, fam.bounds(), 3, 5);
    let spec = BatchSpec { bounds: fam.bounds(), model: model::Model::Auto, target_year: 2025, comparator: Comparator::Ge, level: Level::try_new(0.8).unwrap(), uncertainty: Uncertainty::Calibrated(&cal), thresholds: Thresholds::default() };
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..5 { n += assess_batch_serial(&batch, &targets, &spec).unwrap().len(); }
    eprintln!("{:.0} series/s single thread", n as f64 / t.elapsed().as_secs_f64());
}
