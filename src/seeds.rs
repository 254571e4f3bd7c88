//! The five seed plans and the reference trajectories, embedded in the crate.
//!
//! The CSV files in `seeds/` are compiled in with `include_str!`, so [`panel`] needs no files.
//! `seeds/NOTES.md` explains how the plans were read and lists their inconsistencies.

use std::path::PathBuf;

use crate::error::Result;
use crate::io::{load_panel, PanelSources};
use crate::panel::Panel;

/// `seeds/regions.csv`.
pub const REGIONS_CSV: &str = include_str!("../seeds/regions.csv");
/// `seeds/indicators.csv`.
pub const INDICATORS_CSV: &str = include_str!("../seeds/indicators.csv");
/// `seeds/observations.csv`: the plans' baselines.
pub const OBSERVATIONS_CSV: &str = include_str!("../seeds/observations.csv");
/// `seeds/reference_observations.csv`: national and provincial trajectories.
pub const REFERENCE_OBSERVATIONS_CSV: &str = include_str!("../seeds/reference_observations.csv");
/// `seeds/targets.csv`: the plans' milestones and targets.
pub const TARGETS_CSV: &str = include_str!("../seeds/targets.csv");
/// `seeds/alternates.csv`: second figures (text vs table).
pub const ALTERNATES_CSV: &str = include_str!("../seeds/alternates.csv");

/// The plan regions, in seed-file order.
pub const PLAN_REGIONS: [&str; 5] = ["tongliao", "zhungeer", "yingkou", "wuhai", "dongtai"];

/// The seed panel: five plans plus the national and provincial reference series.
///
/// # Errors
/// Never for the embedded data (a test checks it); the `Result` is kept because the loader is
/// the same one user files go through.
pub fn panel() -> Result<Panel> {
    let f = |name: &str| PathBuf::from(format!("seeds/{name}"));
    load_panel(PanelSources {
        observations: vec![
            (OBSERVATIONS_CSV.as_bytes(), f("observations.csv")),
            (
                REFERENCE_OBSERVATIONS_CSV.as_bytes(),
                f("reference_observations.csv"),
            ),
        ],
        targets: vec![(TARGETS_CSV.as_bytes(), f("targets.csv"))],
        indicators: Some((INDICATORS_CSV.as_bytes(), f("indicators.csv"))),
        regions: Some((REGIONS_CSV.as_bytes(), f("regions.csv"))),
        alternates: Some((ALTERNATES_CSV.as_bytes(), f("alternates.csv"))),
    })
}
