//! Shared test helpers: one `assert_close` with named tolerances.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

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

/// The example binary, built once per test run with a nested `cargo build --examples` into
/// its own target directory (`cargo test --all-targets` builds examples as test harnesses, not
/// as the programs analysts run; a separate directory avoids waiting on the outer build lock).
pub fn example(name: &str) -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let dir = BUILT.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let target = root.join("target").join("cli-examples");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--quiet", "--examples", "--target-dir"])
            .arg(&target)
            .current_dir(&root)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the examples failed");
        target.join("debug").join("examples")
    });
    dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

pub fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plancast-cli-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn write(dir: &Path, name: &str, body: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p.display().to_string()
}
