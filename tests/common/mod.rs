//! Shared test helpers: one `assert_close` with named tolerances.
#![allow(dead_code)]

/// Relative tolerance for closed-form results against independent references: both sides are
/// a few dozen floating-point operations on well-conditioned data.
pub const CLOSED_FORM_REL: f64 = 1e-10;
/// Relative tolerance for Levenberg–Marquardt parameter recovery on noiseless data.
pub const LM_REL: f64 = 1e-8;

#[track_caller]
pub fn assert_close(actual: f64, expected: f64, rel: f64) {
    let scale = expected.abs().max(1e-300);
    assert!(
        (actual - expected).abs() <= rel * scale,
        "actual {actual:e} vs expected {expected:e} (rel err {:e} > {rel:e})",
        (actual - expected).abs() / scale
    );
}
