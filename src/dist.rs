//! Student t distribution: exact closed-form CDF for integer degrees of freedom, and cached
//! quantiles.
//!
//! Every interval and probability in plancast uses a t distribution with integer degrees of
//! freedom (n − 2 for the closed-form models, n − 3 for the three-parameter ones). For integer ν
//! the CDF has a finite closed form (Abramowitz & Stegun 26.7.3–26.7.4): with θ = atan(t/√ν),
//!
//! * ν odd:  A(t|ν) = (2/π)·[θ + sinθ·(cosθ + (2/3)cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2))·cos^(ν−2)θ)]
//! * ν even: A(t|ν) = sinθ·[1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2))·cos^(ν−2)θ]
//!
//! and CDF(t) = (1 + A(t|ν))/2. This costs ν/2 multiply-adds and one `atan`, against an
//! incomplete beta function in statrs; the tests check both agree to 1e-12. Beyond
//! [`CLOSED_FORM_MAX_DF`] the series is long and statrs is used.

use statrs::distribution::{ContinuousCDF, StudentsT};

/// Largest ν for which the closed form is used.
pub const CLOSED_FORM_MAX_DF: u32 = 200;

/// CDF of the standard Student t distribution with `df` degrees of freedom at `t`.
///
/// `df = 0` is treated as ν = 1 (Cauchy), the heaviest tail on offer; callers never pass it.
#[inline]
pub fn t_cdf(t: f64, df: u32) -> f64 {
    if t.is_nan() {
        return f64::NAN;
    }
    if t == f64::INFINITY {
        return 1.0;
    }
    if t == f64::NEG_INFINITY {
        return 0.0;
    }
    let nu = df.max(1);
    if nu > CLOSED_FORM_MAX_DF {
        return match StudentsT::new(0.0, 1.0, f64::from(nu)) {
            Ok(d) => d.cdf(t),
            Err(_) => f64::NAN,
        };
    }
    // sin θ and cos θ from θ = atan(t/√ν) without trigonometry: s = t/√(ν+t²), c = √ν/√(ν+t²).
    let nu_f = f64::from(nu);
    let r = (nu_f + t * t).sqrt();
    let (s, c) = if r.is_finite() {
        (t / r, nu_f.sqrt() / r)
    } else {
        (t.signum(), 0.0)
    };
    let c2 = c * c;
    let a = if nu % 2 == 1 {
        // (2/π)[θ + sinθ cosθ (1 + (2/3)c² + (2·4)/(3·5)c⁴ + …)], terms up to cos^(ν−2)
        let mut sum = 0.0;
        if nu > 1 {
            let mut term = c;
            sum = term;
            let mut k = 2;
            while k < nu - 1 {
                term *= c2 * f64::from(k) / f64::from(k + 1);
                sum += term;
                k += 2;
            }
        }
        let theta = (t / nu_f.sqrt()).atan();
        std::f64::consts::FRAC_2_PI * (theta + s * sum)
    } else {
        let mut term = 1.0;
        let mut sum = 1.0;
        let mut k = 1;
        while k < nu - 1 {
            term *= c2 * f64::from(k) / f64::from(k + 1);
            sum += term;
            k += 2;
        }
        s * sum
    };
    (0.5 + 0.5 * a).clamp(0.0, 1.0)
}

/// Quantile of the standard Student t distribution (statrs), for `p` in (0, 1).
pub fn t_quantile(p: f64, df: u32) -> f64 {
    match StudentsT::new(0.0, 1.0, f64::from(df.max(1))) {
        Ok(d) => d.inverse_cdf(p),
        Err(_) => f64::NAN,
    }
}

/// Upper quantiles t_{ν, (1+level)/2} for ν = 1..=max_df at one level, computed once.
///
/// A projection of many series at one level needs the same handful of quantiles over and over;
/// this table turns each into an array lookup.
#[derive(Debug, Clone)]
pub struct TQuantiles {
    level: f64,
    table: Vec<f64>,
}

impl TQuantiles {
    /// Builds the table for ν = 1..=max_df.
    pub fn new(level: f64, max_df: u32) -> Self {
        let p = 0.5 + 0.5 * level;
        let table = (1..=max_df.max(1)).map(|df| t_quantile(p, df)).collect();
        TQuantiles { level, table }
    }

    /// The level the table was built for.
    pub fn level(&self) -> f64 {
        self.level
    }

    /// t_{ν, (1+level)/2}; computed directly when ν is beyond the table.
    #[inline]
    pub fn get(&self, df: u32) -> f64 {
        let df = df.max(1);
        match self.table.get(df as usize - 1) {
            Some(&q) => q,
            None => t_quantile(0.5 + 0.5 * self.level, df),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_form_matches_statrs() {
        // Tolerance 1e-12 absolute: both are double-precision evaluations of the same CDF.
        for df in 1..=60u32 {
            let d = StudentsT::new(0.0, 1.0, f64::from(df)).unwrap();
            for i in -80..=80 {
                let t = f64::from(i) * 0.125;
                let a = t_cdf(t, df);
                let b = d.cdf(t);
                assert!((a - b).abs() < 1e-12, "df {df} t {t}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn known_values() {
        // Cauchy: CDF(1) = 3/4; ν = 2: CDF(t) = 1/2 + t/(2√(2+t²)) → CDF(1) = 1/2 + 1/(2√3).
        assert!((t_cdf(1.0, 1) - 0.75).abs() < 1e-15);
        assert!((t_cdf(1.0, 2) - (0.5 + 0.5 / 3f64.sqrt())).abs() < 1e-15);
        // Table value: t_{0.90, 4} = 1.533206 (NIST/SEMATECH t table).
        assert!((t_quantile(0.9, 4) - 1.533_206).abs() < 1e-6);
        assert!((t_cdf(1.533_206_274_058_24, 4) - 0.9).abs() < 1e-9);
    }
}
