//! Fit → project → probability → judge on arbitrary series: never panics, and every number
//! that comes out is finite, within bounds, inside its interval, a probability in [0, 1].
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancast::model::Model;
use plancast::{
    judge, probability, project, Bounds, Comparator, Goal, Level, Series,
    Thresholds, Uncertainty,
};

fn f64_at(data: &[u8], i: usize) -> f64 {
    let mut b = [0u8; 8];
    for (k, x) in b.iter_mut().enumerate() {
        *x = *data.get(i * 8 + k).unwrap_or(&0);
    }
    f64::from_le_bytes(b)
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let n = (data[0] % 12) as usize;
    let start = 1900 + i32::from(data[1]);
    let horizon = i32::from(data[2] % 60);
    let c = [
        Comparator::Ge,
        Comparator::Gt,
        Comparator::Le,
        Comparator::Lt,
        Comparator::Eq,
    ][(data[3] % 5) as usize];
    let body = &data[4..];
    let years: Vec<i32> = (0..n)
        .map(|i| start + i as i32 * (1 + i32::from(body.get(i).copied().unwrap_or(0) % 3)))
        .collect();
    let values: Vec<f64> = (0..n).map(|i| f64_at(body, i + 1)).collect();
    let target = f64_at(body, 0);
    let bounds =
        Bounds::try_new(Some(f64_at(body, 14)), Some(f64_at(body, 15))).unwrap_or(Bounds::PERCENT);
    let Ok(s) = Series::try_new(years, values) else {
        return;
    };
    if s.is_empty() {
        return;
    }
    let last = s.last().unwrap();
    let level = Level::try_new(0.8).unwrap();
    for m in [
        Model::Linear,
        Model::Exponential,
        Model::Logistic {
            lower: 0.0,
            upper: 100.0,
        },
        Model::FreeLogistic,
        Model::Gompertz,
        Model::Auto,
    ] {
        let Ok(fit) = m.fit(&s, bounds) else { continue };
        for how in [Uncertainty::Textbook, Uncertainty::RandomWalk] {
            if let Ok(p) = project(&fit, last.0 + horizon, level, how) {
                assert!(p.value().is_finite());
                if let Some(i) = p.interval() {
                    assert!(i.lower() <= p.value() && p.value() <= i.upper());
                }
                if let Model::Logistic { lower, upper } = m {
                    assert!(p.value() >= lower && p.value() <= upper);
                }
            }
            if let Some(pr) = probability(&fit, last.0 + horizon, c, target, how) {
                assert!((0.0..=1.0).contains(&pr));
            }
        }
    }
    let goal = Goal::new(last.0 + horizon, c, target);
    let v = judge(&s, &goal, None, None, bounds, &Thresholds::default());
    for x in [
        v.observed(),
        v.required(),
        v.required_from_last(),
        v.progress_ratio(),
        v.unsd_ratio(),
        v.midterm_ratio(),
        v.value_at_target_year(),
    ]
    .into_iter()
    .flatten()
    {
        assert!(x.is_finite());
    }
});
