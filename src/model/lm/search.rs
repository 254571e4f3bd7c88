//! The coordinates Levenberg–Marquardt searches the two curves in, where their ceilings'
//! K → ∞ limits are finite points.

use nalgebra::Vector3;

use super::{Curve, Lanes, P};
use crate::math::{exp_lanes, exp_m1_lanes};

/// The coordinates Levenberg–Marquardt searches in.
///
/// The logistic is searched as y = 1/(c + b·e^(−rt)) with c = 1/K, b = e^(r·t0)/K. Its
/// K → ∞ limit, the exponential e^(rt)/b, is then the finite point c = 0 instead of the end
/// of a ridge: a series that does not saturate drives c to zero in a few iterations, where in
/// (K, r, t0) it crept K upwards for hundreds. The least-squares optimum is the same point
/// (the map is one-to-one for c, b > 0) and the convergence test is invariant to it; the
/// covariance is computed in (K, r, t0) at the end.
///
/// The Gompertz curve, ln y = ln K − e^(−r(t − t0)), is searched the same way as
/// y = exp(c + g·φ(r, t)) with φ = (1 − e^(−rt))/r, c = ln K − e^(r·t0), g = r·e^(r·t0): its
/// K → ∞ limit, exponential growth exp(c + g·t), is the finite point r = 0 (φ → t), where in
/// (K, r, t0) a series that does not saturate walked K up for all 200 iterations of every start
/// (on trend-break series that was most of the batch path's time).
pub(super) struct Search;

impl Search {
    /// (K, r, t0) → search coordinates; `None` when K ≤ 0 or not finite.
    pub(super) fn from_params(curve: Curve, plain: bool, p: &Vector3<f64>) -> Option<Vector3<f64>> {
        match curve {
            Curve::Gompertz if plain => Some(*p),
            Curve::Logistic => {
                let (k, r, t0) = (p[0], p[1], p[2]);
                let q = Vector3::new(1.0 / k, (r * t0).exp() / k, r);
                (k > 0.0 && q.iter().all(|v| v.is_finite())).then_some(q)
            }
            Curve::Gompertz => {
                let (k, r, t0) = (p[0], p[1], p[2]);
                let e = (r * t0).exp();
                let q = Vector3::new(k.ln() - e, r * e, r);
                (k > 0.0 && q.iter().all(|v| v.is_finite())).then_some(q)
            }
        }
    }

    /// Search coordinates → (K, r, t0).
    pub(super) fn to_params(curve: Curve, plain: bool, q: &Vector3<f64>) -> Vector3<f64> {
        match curve {
            Curve::Gompertz if plain => *q,
            Curve::Logistic => {
                let (c, b, r) = (q[0], q[1], q[2]);
                Vector3::new(1.0 / c, r, (b / c).ln() / r)
            }
            Curve::Gompertz => {
                let (c, g, r) = (q[0], q[1], q[2]);
                let e = g / r;
                Vector3::new((c + e).exp(), r, e.ln() / r)
            }
        }
    }

    /// Whether the ceiling has run past `limit`: for the logistic c < 1/limit, which includes
    /// c ≤ 0 (no finite ceiling at all); for the Gompertz curve ln K = c + g/r > ln(limit),
    /// which includes r ≤ 0 or g ≤ 0 (growth that does not slow: no finite ceiling).
    pub(super) fn ran_off(curve: Curve, plain: bool, q: &Vector3<f64>, limit: f64) -> bool {
        match curve {
            Curve::Gompertz if plain => q[0].abs() > limit,
            Curve::Logistic => q[0] < 1.0 / limit,
            Curve::Gompertz => {
                let (c, g, r) = (q[0], q[1], q[2]);
                // `!(x > y)` also catches NaN.
                !(r > 0.0 && g > 0.0 && c + g / r <= limit.ln())
            }
        }
    }

    /// φ(r, t) = (1 − e^(−rt))/r and ∂φ/∂r at [`P`] points, with their series near rt = 0
    /// (where the closed forms cancel): φ = t − rt²/2 + r²t³/6 − r³t⁴/24,
    /// ∂φ/∂r = −t²/2 + rt³/3 − r²t⁴/8 + r³t⁵/30.
    #[inline(always)]
    fn phi_lanes(r: f64, t: Lanes) -> (Lanes, Lanes) {
        // Divisions are the slow operations here: by r once, by the series' constants never.
        const C6: f64 = 1.0 / 6.0;
        const C24: f64 = 1.0 / 24.0;
        const C3: f64 = 1.0 / 3.0;
        const C30: f64 = 1.0 / 30.0;
        let inv_r = 1.0 / r;
        let x = t.map(|t| r * t);
        let em1 = exp_m1_lanes(x.map(|x| -x));
        let (mut phi, mut dphi) = ([0.0; P], [0.0; P]);
        for l in 0..P {
            let (x, t) = (x[l], t[l]);
            let t2 = t * t;
            let series_phi = t * (1.0 - x * 0.5 + x * x * C6 - x * x * x * C24);
            let series_dphi = t2 * (-0.5 + x * C3 - x * x * 0.125 + x * x * x * C30);
            let closed_phi = -em1[l] * inv_r;
            let closed_dphi = (t * (em1[l] + 1.0) - closed_phi) * inv_r;
            let small = x.abs() < 1e-3;
            phi[l] = if small { series_phi } else { closed_phi };
            dphi[l] = if small { series_dphi } else { closed_dphi };
        }
        (phi, dphi)
    }

    /// Value and gradient of y = exp(c + g·φ(r, t)) with respect to (c, g, r) at [`P`] points.
    #[inline(always)]
    pub(super) fn eval_gompertz_lanes(q: &Vector3<f64>, t: Lanes) -> (Lanes, [Lanes; 3]) {
        let (c, g, r) = (q[0], q[1], q[2]);
        let (phi, dphi) = Self::phi_lanes(r, t);
        let f = exp_lanes(phi.map(|phi| c + g * phi));
        let mut j = [[0.0; P]; 3];
        for l in 0..P {
            [j[0][l], j[1][l], j[2][l]] = [f[l], f[l] * phi[l], f[l] * g * dphi[l]];
        }
        (f, j)
    }

    /// Value and gradient of y = 1/(c + b·e^(−rt)) with respect to (c, b, r) at [`P`] points.
    #[inline(always)]
    pub(super) fn eval_logistic_lanes(q: &Vector3<f64>, t: Lanes) -> (Lanes, [Lanes; 3]) {
        let (c, b, r) = (q[0], q[1], q[2]);
        let e = exp_lanes(t.map(|t| -r * t));
        let (mut f, mut j) = ([0.0; P], [[0.0; P]; 3]);
        for l in 0..P {
            f[l] = 1.0 / (c + b * e[l]);
            let f2 = f[l] * f[l];
            [j[0][l], j[1][l], j[2][l]] = [-f2, -f2 * e[l], f2 * b * t[l] * e[l]];
        }
        (f, j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One point of the lane functions, for the scalar checks below.
    fn one(v: (Lanes, [Lanes; 3])) -> (f64, Vector3<f64>) {
        (v.0[0], Vector3::new(v.1[0][0], v.1[1][0], v.1[2][0]))
    }

    impl Search {
        fn eval_logistic(q: &Vector3<f64>, t: f64) -> (f64, Vector3<f64>) {
            one(Self::eval_logistic_lanes(q, [t; P]))
        }
        fn eval_gompertz(q: &Vector3<f64>, t: f64) -> (f64, Vector3<f64>) {
            one(Self::eval_gompertz_lanes(q, [t; P]))
        }
        fn phi(r: f64, t: f64) -> (f64, f64) {
            let (a, b) = Self::phi_lanes(r, [t; P]);
            (a[0], b[0])
        }
    }

    /// The logistic's search coordinates: (K, r, t0) → (c, b, r) → (K, r, t0) round-trips to
    /// 1e-12 relative, gives the same curve values (1e-13 relative), and its gradient matches
    /// central differences (step 1e-6 relative, tolerance 1e-6 relative to the largest entry).
    #[test]
    fn logistic_search_coordinates_agree_with_the_curve() {
        for (k, r, t0) in [(100.0, 0.5, 1.5), (80.0, 0.45, -2.0), (3.0e4, 0.02, 40.0)] {
            let p = Vector3::new(k, r, t0);
            let q = Search::from_params(Curve::Logistic, false, &p).unwrap();
            let back = Search::to_params(Curve::Logistic, false, &q);
            for i in 0..3 {
                assert!(
                    (back[i] - p[i]).abs() <= 1e-12 * p[i].abs(),
                    "{p} -> {back}"
                );
            }
            for t in [-6.0, -1.5, 0.0, 2.5, 7.0] {
                let (f, grad) = Search::eval_logistic(&q, t);
                let (f0, _) = Curve::Logistic.eval(&p, t);
                assert!((f - f0).abs() <= 1e-13 * f0, "{f} vs {f0}");
                let scale = grad.amax();
                for i in 0..3 {
                    let h = 1e-6 * q[i].abs();
                    let (mut up, mut down) = (q, q);
                    up[i] += h;
                    down[i] -= h;
                    let numeric = (Search::eval_logistic(&up, t).0
                        - Search::eval_logistic(&down, t).0)
                        / (2.0 * h);
                    assert!(
                        (grad[i] - numeric).abs() <= 1e-6 * scale,
                        "d/dq{i} at t={t}: {} vs {numeric}",
                        grad[i]
                    );
                }
            }
        }
        assert!(
            Search::from_params(Curve::Logistic, false, &Vector3::new(-1.0, 0.5, 0.0)).is_none()
        );
    }

    /// The Gompertz search coordinates (c, g, r): round trip to 1e-12 relative, the same curve
    /// values (1e-12 relative), gradients against central differences (1e-6 relative to the
    /// largest entry), including r·t near 0 where φ's series takes over (continuity there to
    /// 1e-12), and the exponential limit r → 0 counted as a runaway ceiling.
    #[test]
    fn gompertz_search_coordinates_agree_with_the_curve() {
        for (k, r, t0) in [
            (100.0, 0.5, 1.5),
            (80.0, 0.3, -2.0),
            (3.0e4, 0.02, 40.0),
            (5.0, 1e-5, 3.0),
        ] {
            let p = Vector3::new(k, r, t0);
            let q = Search::from_params(Curve::Gompertz, false, &p).unwrap();
            let back = Search::to_params(Curve::Gompertz, false, &q);
            for i in 0..3 {
                assert!(
                    (back[i] - p[i]).abs() <= 1e-9 * p[i].abs().max(1.0),
                    "{p} -> {back}"
                );
            }
            for t in [-6.0, -1.5, 0.0, 1e-4, 2.5, 7.0] {
                let (f, grad) = Search::eval_gompertz(&q, t);
                let (f0, _) = Curve::Gompertz.eval(&p, t);
                assert!((f - f0).abs() <= 1e-10 * f0, "{p} t={t}: {f} vs {f0}");
                let scale = grad.amax();
                for i in 0..3 {
                    let h = 1e-6 * q[i].abs().max(1e-3);
                    let (mut up, mut down) = (q, q);
                    up[i] += h;
                    down[i] -= h;
                    let numeric = (Search::eval_gompertz(&up, t).0
                        - Search::eval_gompertz(&down, t).0)
                        / (2.0 * h);
                    assert!(
                        (grad[i] - numeric).abs() <= 1e-6 * scale,
                        "{p} d/dq{i} at t={t}: {} vs {numeric}",
                        grad[i]
                    );
                }
            }
        }
        // φ and ∂φ/∂r are continuous where the series hands over to the closed form.
        for t in [-3.0f64, 2.0] {
            let r = 1e-3 / t.abs();
            let (a, da) = Search::phi(r * (1.0 - 1e-9), t);
            let (b, db) = Search::phi(r * (1.0 + 1e-9), t);
            assert!(
                (a - b).abs() <= 1e-11 * a.abs() && (da - db).abs() <= 1e-8 * da.abs(),
                "{a} {b} {da} {db}"
            );
        }
        let exp_limit = Vector3::new(0.0, 0.5, 0.0); // r = 0: exp(c + g·t)
        assert!(Search::ran_off(Curve::Gompertz, false, &exp_limit, 1e4));
        assert!(!Search::ran_off(
            Curve::Gompertz,
            false,
            &Search::from_params(Curve::Gompertz, false, &Vector3::new(100.0, 0.5, 1.0)).unwrap(),
            1e4 * 100.0
        ));
    }
}
