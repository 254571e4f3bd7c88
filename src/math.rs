//! `ln` and `exp` as plain, branch-free arithmetic, one definition for one value and for a
//! row of lanes.
//!
//! Why not `f64::ln`: the platform's libm is a function call the compiler cannot vectorise,
//! and the batch kernel ([`crate::assess_batch`]) needs the logarithms and exponentials of
//! sixteen series at once from one SIMD instruction stream — and the *same bits* as the
//! per-series path, so that batch and plain results are identical. Both paths therefore call
//! these functions: the scalar [`ln`] is [`ln_lanes`] on one lane, and because Rust never
//! fuses a multiply and an add on its own, the AVX2/AVX-512 copies of the kernel round every
//! operation exactly as the scalar code does.
//!
//! The algorithms are fdlibm's (as in musl's `log.c` and `exp.c`; Sun Microsystems, 1993,
//! freely redistributable), with the special-case branches turned into selects, and skipped
//! altogether when every lane holds an ordinary argument (a positive normal for ln,
//! |x| ≤ 700 for exp, |x| ≤ 0.34 for expm1), which the same arithmetic then serves. All are
//! accurate to < 1 ulp; `tests` compares them with the platform's libm on 10^6 arguments
//! spread over the whole range (at most 1 ulp apart) and on every special value, and the
//! shortcuts with the general code bit for bit.

// fdlibm's constants, as published (their decimal expansions carry more digits than an f64).
#![allow(clippy::excessive_precision)]

/// ln 2, split so that k·LN2_HI is exact for |k| < 2^11.
const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-01;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;

/// fdlibm's minimax coefficients for ln((1 + s)/(1 − s)) = 2s + s·R(s²).
const LG1: f64 = 6.666_666_666_666_735_130e-01;
const LG2: f64 = 3.999_999_999_940_941_908e-01;
const LG3: f64 = 2.857_142_874_366_239_149e-01;
const LG4: f64 = 2.222_219_843_214_978_396e-01;
const LG5: f64 = 1.818_357_216_161_805_012e-01;
const LG6: f64 = 1.531_383_769_920_937_332e-01;
const LG7: f64 = 1.479_819_860_511_658_591e-01;

/// 2^52 + 2^51: adding it to a float of magnitude < 2^51 rounds to an integer held in the
/// low bits of the sum.
const SHIFT: f64 = 6_755_399_441_055_744.0;
/// 2^52: `from_bits(0x4330… | m) − TWO52 = m` converts a small unsigned integer exactly.
const TWO52: f64 = 4_503_599_627_370_496.0;
const TWO54: f64 = 18_014_398_509_481_984.0;

/// The standard normal CDF Φ(x) (via statrs' erfc: accurate in both tails).
#[inline]
pub(crate) fn normal_cdf(x: f64) -> f64 {
    0.5 * statrs::function::erf::erfc(-x / std::f64::consts::SQRT_2)
}

/// Φ(x) to within 1e-7 (Abramowitz & Stegun, *Handbook of Mathematical Functions*, 7.1.26:
/// |ε(erf)| ≤ 1.5e-7), for sums of many kernels where [`normal_cdf`]'s full precision costs
/// more than it gives (the reference-class distributions, which call the lane version).
#[cfg(test)]
pub(crate) fn normal_cdf_fast(x: f64) -> f64 {
    normal_cdf_fast_lanes([x])[0]
}

/// [`normal_cdf_fast`] of each lane.
#[inline(always)]
pub(crate) fn normal_cdf_fast_lanes<const W: usize>(x: [f64; W]) -> [f64; W] {
    let z = x.map(|x| x.abs() * std::f64::consts::FRAC_1_SQRT_2);
    let e = exp_lanes(z.map(|z| -z * z));
    std::array::from_fn(|l| {
        let t = 1.0 / (1.0 + 0.327_591_1 * z[l]);
        let poly = t
            * (0.254_829_592
                + t * (-0.284_496_736
                    + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
        let tail = 0.5 * poly * e[l];
        if x[l] >= 0.0 {
            1.0 - tail
        } else {
            tail
        }
    })
}

/// The sum of `W` lanes (`W` a power of two) as a balanced tree: halves added lane by lane,
/// which the compiler turns into a few SIMD shuffles and adds instead of a chain of `W`
/// dependent additions. The order is fixed, so the result is the same on every instruction set.
#[inline(always)]
pub(crate) fn sum_lanes<const W: usize>(mut a: [f64; W]) -> f64 {
    let mut width = W;
    while width > 1 {
        width /= 2;
        for l in 0..width {
            a[l] += a[l + width];
        }
    }
    a[0]
}

/// The root of `f` (non-decreasing, f(lo) ≤ 0 ≤ f(hi)) in [lo, hi] by the Illinois
/// variant of regula falsi (Dowell & Jarratt, BIT 11, 1971): bracketing like bisection,
/// superlinear like the secant method; to |hi − lo| ≤ `tol` or |f| ≤ 1e-13. `None` when `f`
/// has no value somewhere on the way.
pub(crate) fn solve_increasing(
    mut f: impl FnMut(f64) -> Option<f64>,
    mut lo: f64,
    mut hi: f64,
    tol: f64,
) -> Option<f64> {
    let (mut flo, mut fhi) = (f(lo)?, f(hi)?);
    if flo >= 0.0 {
        return Some(lo);
    }
    if fhi <= 0.0 {
        return Some(hi);
    }
    let mut side = 0i8;
    for _ in 0..200 {
        if hi - lo <= tol {
            break;
        }
        let mut x = (lo * fhi - hi * flo) / (fhi - flo);
        if !(x > lo && x < hi) {
            x = 0.5 * (lo + hi);
        }
        let fx = f(x)?;
        // |f| ≤ 1e-13: as close as a CDF sum can tell.
        if fx.abs() <= 1e-13 {
            return Some(x);
        }
        if fx < 0.0 {
            (lo, flo) = (x, fx);
            if side == -1 {
                fhi *= 0.5;
            }
            side = -1;
        } else {
            (hi, fhi) = (x, fx);
            if side == 1 {
                flo *= 0.5;
            }
            side = 1;
        }
    }
    Some(0.5 * (lo + hi))
}

/// The standard normal quantile Φ⁻¹(p); NaN outside (0, 1).
pub(crate) fn normal_quantile(p: f64) -> f64 {
    use statrs::distribution::{ContinuousCDF, Normal};
    Normal::new(0.0, 1.0).map_or(f64::NAN, |n| n.inverse_cdf(p))
}

/// The larger of a and b, `a` when they compare equal (so the sign of a zero is decided by
/// the code, not by the instruction set: `f64::max` leaves max(−0, +0) unspecified, and the
/// scalar and vector paths must agree to the bit); a NaN loses to a number, as in `f64::max`.
#[inline(always)]
pub(crate) fn max_num(a: f64, b: f64) -> f64 {
    if a.is_nan() || b > a {
        b
    } else {
        a
    }
}

/// The smaller of a and b, `a` when they compare equal; see [`max_num`].
#[inline(always)]
pub(crate) fn min_num(a: f64, b: f64) -> f64 {
    if a.is_nan() || b < a {
        b
    } else {
        a
    }
}

/// The natural logarithm: −∞ at ±0, NaN below 0 and for NaN, +∞ at +∞; subnormals handled.
#[inline]
pub(crate) fn ln(x: f64) -> f64 {
    ln_lanes([x])[0]
}

/// e^x: +∞ above 709.78…, +0 below −745.13…, NaN for NaN; subnormal results handled.
#[inline]
pub(crate) fn exp(x: f64) -> f64 {
    exp_lanes([x])[0]
}

/// e^x − 1, accurate near 0: −1 below −38.1…, +∞ above 709.78…, NaN for NaN.
#[inline]
pub(crate) fn exp_m1(x: f64) -> f64 {
    exp_m1_lanes([x])[0]
}

/// [`exp_m1`] of each lane.
#[inline(always)]
pub(crate) fn exp_m1_lanes<const W: usize>(x: [f64; W]) -> [f64; W] {
    let mut out = [0.0; W];
    // As in `ln_lanes`: growth rates are small, and for |x| ≤ 0.34 < ln2/2 the reduction is
    // k = 0 and only fdlibm's k = 0 branch is needed.
    let usual = x.iter().fold(true, |all, &x| all & (x.abs() <= 0.34));
    if usual {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = exp_m1_small(x);
        }
    } else {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = exp_m1_one(x);
        }
    }
    out
}

/// [`ln`] of each lane.
#[inline(always)]
pub(crate) fn ln_lanes<const W: usize>(x: [f64; W]) -> [f64; W] {
    let mut out = [0.0; W];
    // Data are almost always positive normal numbers, and for them the special cases are
    // dead weight: one test for the whole row (a branch on one lane, a mask reduction on
    // sixteen) skips them. Same arithmetic, so the same bits either way.
    let usual = x.iter().fold(true, |all, &x| {
        all & (f64::MIN_POSITIVE..f64::INFINITY).contains(&x)
    });
    if usual {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = ln_core(x, 0.0);
        }
    } else {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = ln_one(x);
        }
    }
    out
}

/// [`exp`] of each lane.
#[inline(always)]
pub(crate) fn exp_lanes<const W: usize>(x: [f64; W]) -> [f64; W] {
    let mut out = [0.0; W];
    // As in `ln_lanes`: |x| ≤ 700 (a normal result, no clamping) is the usual row.
    let usual = x.iter().fold(true, |all, &x| all & (x.abs() <= 700.0));
    if usual {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = exp_core(x);
        }
    } else {
        for (o, &x) in out.iter_mut().zip(&x) {
            *o = exp_one(x);
        }
    }
    out
}

#[inline(always)]
fn ln_one(x: f64) -> f64 {
    // Subnormals (and everything ≤ 0, overwritten below) are scaled up by 2^54 first.
    let sub = x < f64::MIN_POSITIVE;
    let xs = if sub { x * TWO54 } else { x };
    let y = ln_core(xs, if sub { -54.0 } else { 0.0 });
    let y = if x == f64::INFINITY { x } else { y };
    let y = if x == 0.0 { f64::NEG_INFINITY } else { y };
    if x < 0.0 || x.is_nan() {
        f64::NAN
    } else {
        y
    }
}

/// ln(xs) + k_extra·ln 2 for a positive normal `xs` (`k_extra` is 0, or −54 for a subnormal
/// scaled by 2^54). Adding 0.0 to the exponent changes no bits (it is never −0), which is why
/// the usual row can call this directly.
#[inline(always)]
fn ln_core(xs: f64, k_extra: f64) -> f64 {
    let bits = xs.to_bits();
    // Reduce to m ∈ [√2/2, √2): x = 2^k·m.
    let hx = (bits >> 32) + (0x3ff0_0000 - 0x3fe6_a09e);
    let e = (hx >> 20) & 0x7ff;
    let dk = (f64::from_bits(0x4330_0000_0000_0000 | e) - TWO52) - 1023.0 + k_extra;
    let hm = (hx & 0x000f_ffff) + 0x3fe6_a09e;
    let m = f64::from_bits((hm << 32) | (bits & 0xffff_ffff));
    let f = m - 1.0;
    let hfsq = 0.5 * f * f;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let r = t2 + t1;
    s * (hfsq + r) + dk * LN2_LO - hfsq + f + dk * LN2_HI
}

const INV_LN2: f64 = std::f64::consts::LOG2_E;
const P1: f64 = 1.666_666_666_666_660_190_37e-01;
const P2: f64 = -2.777_777_777_701_559_338_42e-03;
const P3: f64 = 6.613_756_321_437_934_361_17e-05;
const P4: f64 = -1.653_390_220_546_525_153_90e-06;
const P5: f64 = 4.138_136_797_057_238_460_39e-08;
/// Above this e^x overflows; below `EXP_UNDERFLOW` it is below the smallest subnormal.
const EXP_OVERFLOW: f64 = 709.782_712_893_383_973_096;
const EXP_UNDERFLOW: f64 = -745.133_219_101_941_108_42;

#[inline(always)]
fn exp_one(x: f64) -> f64 {
    // Clamped so that the integer work below stays in range; the ends are patched at the end.
    let xc = x.clamp(-746.0, 710.0);
    let xc = if x.is_nan() { 0.0 } else { xc };
    // k = round(x/ln 2), r = x − k·ln 2 ∈ [−ln2/2, ln2/2], in two parts.
    let (kd, y) = exp_reduced(xc);
    // y·2^k as y·2^k1·2^k2 with both halves normal: the first product is exact, so a normal
    // result is rounded once; k ∈ [−1077, 1024], so k1, k2 ∈ [−539, 512].
    // (Rounded by the shift, not `floor`, which is a libm call on baseline x86-64.)
    let k1 = (kd * 0.5 + SHIFT) - SHIFT;
    let k2 = kd - k1;
    let pow2 = |k: f64| f64::from_bits((k + 1023.0 + SHIFT).to_bits() << 52);
    let v = y * pow2(k1) * pow2(k2);
    let v = if x > EXP_OVERFLOW { f64::INFINITY } else { v };
    let v = if x < EXP_UNDERFLOW { 0.0 } else { v };
    if x.is_nan() {
        x
    } else {
        v
    }
}

/// e^x = y·2^k with k = round(x/ln 2) and y ∈ [√2/2, √2] (fdlibm's reduction and rational
/// approximation); `x` must be finite and within ±746.
#[inline(always)]
fn exp_reduced(x: f64) -> (f64, f64) {
    // k = round(x/ln 2), r = x − k·ln 2 ∈ [−ln2/2, ln2/2], in two parts.
    let kd = (x * INV_LN2 + SHIFT) - SHIFT;
    let hi = x - kd * LN2_HI;
    let lo = kd * LN2_LO;
    let r = hi - lo;
    let rr = r * r;
    let c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
    (kd, 1.0 + (r * c / (2.0 - c) - lo + hi))
}

/// e^x for |x| ≤ 700: the result is normal, so y·2^k is exact in one product and equals
/// `exp_one`'s y·2^k1·2^k2 to the bit.
#[inline(always)]
fn exp_core(x: f64) -> f64 {
    let (kd, y) = exp_reduced(x);
    y * f64::from_bits((kd + 1023.0 + SHIFT).to_bits() << 52)
}

/// fdlibm's coefficients for expm1's rational approximation on [−ln2/2, ln2/2].
const Q1: f64 = -3.333_333_333_333_313_164_28e-02;
const Q2: f64 = 1.587_301_587_254_814_601_65e-03;
const Q3: f64 = -7.936_507_578_674_879_424_73e-05;
const Q4: f64 = 4.008_217_827_329_362_395_52e-06;
const Q5: f64 = -2.010_992_181_836_243_713_26e-07;

#[inline(always)]
fn exp_m1_one(x: f64) -> f64 {
    // fdlibm's s_expm1.c with its branches on k computed side by side and selected.
    let xc = x.clamp(-40.0, 710.0);
    let xc = if x.is_nan() { 0.0 } else { xc };
    let kd = (xc * INV_LN2 + SHIFT) - SHIFT;
    let hi = xc - kd * LN2_HI;
    let lo = kd * LN2_LO;
    let r = hi - lo;
    let c = (hi - r) - lo;
    let (hxs, e0, at0) = exp_m1_k0(r);
    let e = r * (e0 - c) - c;
    let e = e - hxs;
    let at_m1 = 0.5 * (r - e) - 0.5;
    let at_p1 = if r < -0.25 {
        -2.0 * (e - (r + 0.5))
    } else {
        1.0 + 2.0 * (r - e)
    };
    // 2^k in two normal halves (k ≤ 1024), and 2^−k for 2 ≤ k ≤ 56.
    let k1 = (kd * 0.5 + SHIFT) - SHIFT;
    let k2 = kd - k1;
    let pow2 = |k: f64| f64::from_bits((k + 1023.0 + SHIFT).to_bits() << 52);
    let far = (r - e + 1.0) * pow2(k1) * pow2(k2) - 1.0;
    let kn = kd.clamp(-1022.0, 1023.0);
    let two_pk = pow2(kn);
    let two_mk = pow2(-kn);
    let near = if kd < 20.0 {
        (r - e + (1.0 - two_mk)) * two_pk
    } else {
        (r - (e + two_mk) + 1.0) * two_pk
    };
    let v = if kd == 0.0 {
        at0
    } else if kd == -1.0 {
        at_m1
    } else if kd == 1.0 {
        at_p1
    } else if !(0.0..=56.0).contains(&kd) {
        far
    } else {
        near
    };
    // |x| < 2^−54: x itself (keeps the sign of zero and subnormals exact).
    let v = if x.abs() < TINY_EXPM1 { x } else { v };
    let v = if x < -40.0 { -1.0 } else { v };
    let v = if x > EXP_OVERFLOW { f64::INFINITY } else { v };
    if x.is_nan() {
        x
    } else {
        v
    }
}

/// fdlibm's expm1 for k = 0, where r = x: the terms hxs and e0 the other branches reuse, and
/// the result.
#[inline(always)]
fn exp_m1_k0(r: f64) -> (f64, f64, f64) {
    let hfx = 0.5 * r;
    let hxs = r * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let e0 = hxs * ((r1 - t) / (6.0 - r * t));
    (hxs, e0, r - (r * e0 - hxs))
}

/// e^x − 1 for |x| ≤ 0.34: k = 0, so r = x exactly (x − 0·ln2 changes no bits, not even a
/// zero's sign) and this is `exp_m1_one` to the bit.
#[inline(always)]
fn exp_m1_small(x: f64) -> f64 {
    let (_, _, at0) = exp_m1_k0(x);
    if x.abs() < TINY_EXPM1 {
        x
    } else {
        at0
    }
}

/// Below this |x|, e^x − 1 rounds to x (2^−54).
const TINY_EXPM1: f64 = 5.551_115_123_125_783e-17;

#[cfg(test)]
mod tests;
