//! The unit tests of `math`: `ln`, `exp` and `exp_m1` against the platform's libm over the
//! whole range and on every special value, the shortcuts against the general code bit for bit,
//! and the root finder and the fast normal CDF.

#[test]
fn illinois_finds_roots() {
    let r = super::solve_increasing(|x| Some(x * x * x - 2.0), 0.0, 4.0, 1e-12).unwrap();
    assert!((r - 2f64.cbrt()).abs() < 1e-11, "{r}");
    let r =
        super::solve_increasing(|x| Some(super::normal_cdf(x) - 0.9), -10.0, 10.0, 1e-12).unwrap();
    assert!((r - 1.281_551_565_544_600_5).abs() < 1e-10, "{r}");
}

#[test]
fn fast_normal_cdf_within_1e7_of_statrs() {
    let mut x = -9.0;
    while x <= 9.0 {
        let d = (super::normal_cdf_fast(x) - super::normal_cdf(x)).abs();
        assert!(d < 1e-7, "{x}: {d}");
        x += 0.01;
    }
}

use super::*;
use rand::{Rng, SeedableRng};

/// Distance in units in the last place between two finite floats of the same sign.
fn ulps(a: f64, b: f64) -> u64 {
    if a == b {
        return 0;
    }
    let key = |x: f64| {
        let i = x.to_bits() as i64;
        if i < 0 {
            i64::MIN - i
        } else {
            i
        }
    };
    key(a).abs_diff(key(b))
}

/// The largest distance in ulps between `ours` and the platform's libm over 10^6
/// arguments drawn by `arg(i, rng)`, and where it occurs.
fn worst_ulps(
    seed: u64,
    mut arg: impl FnMut(usize, &mut rand_chacha::ChaCha8Rng) -> f64,
    ours: fn(f64) -> f64,
    libm: fn(f64) -> f64,
) -> (u64, f64) {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut worst = (0, 0.0);
    for i in 0..1_000_000 {
        let x = arg(i, &mut rng);
        let d = ulps(ours(x), libm(x));
        if d > worst.0 {
            worst = (d, x);
        }
    }
    worst
}

#[test]
fn ln_within_one_ulp_of_libm() {
    // Log-uniform over the whole positive range, subnormals included, plus a dense band
    // around 1 where ln is small and relative error is hardest.
    let worst = worst_ulps(
        7,
        |i, rng| {
            if i % 2 == 0 {
                f64::from_bits(rng.gen_range(1..0x7ff0_0000_0000_0000u64))
            } else {
                1.0 + rng.gen_range(-0.3..0.3)
            }
        },
        ln,
        f64::ln,
    );
    assert!(worst.0 <= 1, "ln: {} ulps at {:e}", worst.0, worst.1);
}

#[test]
fn exp_within_one_ulp_of_libm() {
    let worst = worst_ulps(
        8,
        |i, rng| match i % 3 {
            0 => rng.gen_range(-745.2..709.8),
            1 => rng.gen_range(-1.0..1.0),
            _ => rng.gen_range(-1e-9..1e-9),
        },
        exp,
        f64::exp,
    );
    assert!(worst.0 <= 1, "exp: {} ulps at {:e}", worst.0, worst.1);
}

#[test]
fn exp_m1_within_one_ulp_of_libm() {
    let worst = worst_ulps(
        9,
        |i, rng| match i % 4 {
            0 => rng.gen_range(-45.0..709.7),
            1 => rng.gen_range(-2.0..2.0),
            2 => rng.gen_range(-0.4..0.4),
            _ => rng.gen_range(-1e-12..1e-12),
        },
        exp_m1,
        f64::exp_m1,
    );
    assert!(worst.0 <= 1, "exp_m1: {} ulps at {:e}", worst.0, worst.1);
    for x in [
        0.0,
        -0.0,
        1e-300,
        -1e-300,
        5e-324,
        1e-17,
        0.5f64.ln(),
        2f64.ln(),
        1.5 * 2f64.ln(),
        56.0 * 2f64.ln(),
        -38.0,
        -40.0,
        -41.0,
        709.0,
    ] {
        assert!(ulps(exp_m1(x), x.exp_m1()) <= 1, "{x}");
    }
    assert_eq!(exp_m1(-0.0).to_bits(), (-0.0f64).to_bits());
    assert_eq!(exp_m1(f64::INFINITY), f64::INFINITY);
    assert_eq!(exp_m1(f64::NEG_INFINITY), -1.0);
    assert_eq!(exp_m1(710.0), f64::INFINITY);
    assert!(exp_m1(f64::NAN).is_nan());
}

#[test]
fn special_values() {
    assert_eq!(ln(1.0), 0.0);
    assert_eq!(ln(0.0), f64::NEG_INFINITY);
    assert_eq!(ln(-0.0), f64::NEG_INFINITY);
    assert!(ln(-1.0).is_nan() && ln(f64::NEG_INFINITY).is_nan() && ln(f64::NAN).is_nan());
    assert_eq!(ln(f64::INFINITY), f64::INFINITY);
    assert_eq!(ln(f64::MAX), f64::MAX.ln());
    assert_eq!(ln(f64::MIN_POSITIVE), f64::MIN_POSITIVE.ln());
    assert_eq!(ln(5e-324), (5e-324f64).ln());
    assert_eq!(ln(std::f64::consts::E), 1.0);
    assert_eq!(exp(0.0), 1.0);
    assert_eq!(exp(-0.0), 1.0);
    assert!(ulps(exp(1.0), std::f64::consts::E) <= 1);
    assert_eq!(exp(f64::INFINITY), f64::INFINITY);
    assert_eq!(exp(f64::NEG_INFINITY), 0.0);
    assert!(exp(f64::NAN).is_nan());
    assert_eq!(exp(710.0), f64::INFINITY);
    assert_eq!(exp(-746.0), 0.0);
    assert_eq!(exp(709.78), 709.78f64.exp());
    // Subnormal results.
    for x in [-708.5, -720.0, -740.0, -745.0] {
        assert!(ulps(exp(x), x.exp()) <= 1, "{x}");
    }
}

#[test]
fn usual_rows_take_a_shortcut_with_the_same_bits() {
    // The shortcut (no special cases) and the general code must agree on every input the
    // shortcut accepts: random bit patterns of positive normals, and the edges.
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let mut edges = vec![f64::MIN_POSITIVE, f64::MAX, 1.0, 1.0 - f64::EPSILON / 2.0];
    edges.extend([700.0, -700.0, 0.0, -0.0, 1e-300, 708.0f64.next_down()]);
    for i in 0..1_000_000 {
        let x = if i < edges.len() {
            edges[i].abs().max(f64::MIN_POSITIVE)
        } else {
            f64::from_bits(rng.gen_range(0x0010_0000_0000_0000..0x7ff0_0000_0000_0000))
        };
        assert_eq!(ln_core(x, 0.0).to_bits(), ln_one(x).to_bits(), "ln {x:e}");
        let e = if i < edges.len() {
            edges[i].clamp(-700.0, 700.0)
        } else {
            rng.gen_range(-700.0..=700.0)
        };
        assert_eq!(exp_core(e).to_bits(), exp_one(e).to_bits(), "exp {e:e}");
        let m = if i < edges.len() {
            [
                0.34, -0.34, 1e-17, -1e-17, 0.0, -0.0, 1e-300, 0.1, -0.2, 0.3,
            ][i]
        } else if i % 2 == 0 {
            rng.gen_range(-0.34..=0.34)
        } else {
            rng.gen_range(-1e-6..=1e-6)
        };
        assert_eq!(
            exp_m1_small(m).to_bits(),
            exp_m1_one(m).to_bits(),
            "expm1 {m:e}"
        );
    }
}

#[test]
fn lanes_match_one_lane() {
    // Rows with and without unusual lanes (subnormal, huge, beyond 0.34 for expm1).
    for xs in [
        [0.3, 1e-310, 2.0, 1e300, 0.999, 46.0, 59.0, 1.0e-5],
        [0.3, 0.1, 2.0, 1e300, 0.999, 46.0, 59.0, 1.0e-5],
    ] {
        let l = ln_lanes(xs);
        let e = exp_lanes(xs.map(|x| x.min(720.0)));
        let m = exp_m1_lanes(xs.map(|x| x.min(50.0) * 0.01));
        for (i, &x) in xs.iter().enumerate() {
            assert_eq!(l[i].to_bits(), ln(x).to_bits());
            assert_eq!(e[i].to_bits(), exp(x.min(720.0)).to_bits());
            assert_eq!(m[i].to_bits(), exp_m1(x.min(50.0) * 0.01).to_bits());
        }
    }
    // A row of only usual lanes (every lane takes the shortcut) agrees with one lane too.
    let usual = [0.25, -0.3, 1e-9, 0.0];
    let m = exp_m1_lanes(usual);
    let e = exp_lanes(usual.map(|x| x * 1000.0));
    for (i, &x) in usual.iter().enumerate() {
        assert_eq!(m[i].to_bits(), exp_m1(x).to_bits());
        assert_eq!(e[i].to_bits(), exp(x * 1000.0).to_bits());
    }
}
