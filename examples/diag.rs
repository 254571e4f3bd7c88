use plancast::model::Model;
use plancast::synthetic::{self, Family};
use plancast::*;
fn main() {
    let (obs, fut, n) = (12usize, 5usize, 400usize);
    let len = obs + fut;
    for (fam, seed) in [(Family::RandomWalk, 1001u64), (Family::TrendBreak, 1002)] {
        for model in [Model::Auto, Model::Linear, Model::Exponential] {
            let values = synthetic::trajectories(fam, n, len, seed);
            let years: Vec<i32> = (0..len as i32).map(|i| 2001 + i).collect();
            let ser: Vec<Series> = values
                .chunks(len)
                .map(|r| Series::try_new(years[..obs].to_vec(), r[..obs].to_vec()).unwrap())
                .collect();
            let cal = Calibration::backtest(&ser, model, Bounds::NONE, obs - fut, fut);
            let level = Level::try_new(0.8).unwrap();
            let mut kinds = std::collections::BTreeMap::new();
            let mut cov = vec![0; fut];
            let mut tb = vec![0; fut];
            for (s, r) in ser.iter().zip(values.chunks(len)) {
                let Ok(f) = model.fit(s, Bounds::NONE) else {
                    continue;
                };
                *kinds.entry(f.kind().name()).or_insert(0) += 1;
                for k in 0..fut {
                    let p =
                        project(&f, years[obs + k], level, Uncertainty::Calibrated(&cal)).unwrap();
                    cov[k] += p.interval().unwrap().contains(r[obs + k]) as usize;
                    let p = project(&f, years[obs + k], level, Uncertainty::Textbook).unwrap();
                    tb[k] += p.interval().unwrap().contains(r[obs + k]) as usize;
                }
            }
            println!(
                "{} {:?} kinds {:?} cal {:?} textbook {:?}",
                fam.name(),
                model,
                kinds,
                cov,
                tb
            );
        }
    }
}
