//! The main job's phases — loading, calibrating, assessing, auditing, writing — each timed, and
//! each shown as a progress bar (or a spinner where the amount of work is not known ahead) on
//! stderr when stderr is a terminal and `--quiet` was not given. Bars never reach a file or a
//! pipe, so logs and tests see the same output as before.
#![allow(dead_code)]

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// The phases run so far and how long each took.
#[derive(Debug)]
pub struct Phases {
    show: bool,
    times: Vec<(&'static str, Duration)>,
}

impl Phases {
    /// Bars on stderr only if it is a terminal and `quiet` is false.
    pub fn new(quiet: bool) -> Self {
        Phases {
            show: !quiet && std::io::stderr().is_terminal(),
            times: Vec::new(),
        }
    }

    /// Runs one phase: `f` gets a bar of `len` steps (a spinner for `None`; hidden when bars
    /// are off) to advance, and the phase's wall time is kept.
    pub fn run<T>(
        &mut self,
        name: &'static str,
        len: Option<u64>,
        f: impl FnOnce(&ProgressBar) -> T,
    ) -> T {
        let bar = self.bar(name, len);
        let started = Instant::now();
        let out = f(&bar);
        bar.finish_and_clear();
        self.times.push((name, started.elapsed()));
        out
    }

    fn bar(&self, name: &'static str, len: Option<u64>) -> ProgressBar {
        if !self.show {
            return ProgressBar::hidden();
        }
        let bar = match len {
            Some(n) => {
                let bar = ProgressBar::new(n);
                if let Ok(style) = ProgressStyle::with_template(
                    "{prefix:>11} {bar:40} {pos}/{len} {per_sec} eta {eta}",
                ) {
                    bar.set_style(style);
                }
                bar
            }
            None => {
                let bar = ProgressBar::new_spinner();
                if let Ok(style) = ProgressStyle::with_template("{prefix:>11} {spinner} {elapsed}")
                {
                    bar.set_style(style);
                }
                bar.enable_steady_tick(Duration::from_millis(120));
                bar
            }
        };
        bar.set_prefix(name);
        bar
    }

    /// The phases' wall times on one line: `loading 0.41 s · calibrating 0.12 s · …`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .times
            .iter()
            .map(|(n, d)| format!("{n} {:.2} s", d.as_secs_f64()))
            .collect();
        parts.join(" · ")
    }
}
