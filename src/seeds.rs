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
/// `seeds/china_observations.csv`: the Chinese regional reference panel — provinces' and
/// cities' 5G base stations (year-end and dated), resident population and GDP, each value with
/// its quote and URL (built by `seeds/tools/make_china_panel.py` from
/// `seeds/reference_panels/`): what counts and money amounts are judged by intensity with.
pub const CHINA_OBSERVATIONS_CSV: &str = include_str!("../seeds/china_observations.csv");
/// `seeds/china_regions.csv`: the regions of [`CHINA_OBSERVATIONS_CSV`] not already in
/// `regions.csv`, with their province and level.
pub const CHINA_REGIONS_CSV: &str = include_str!("../seeds/china_regions.csv");
/// `seeds/targets.csv`: the plans' milestones and targets.
pub const TARGETS_CSV: &str = include_str!("../seeds/targets.csv");
/// `seeds/alternates.csv`: second figures (text vs table).
pub const ALTERNATES_CSV: &str = include_str!("../seeds/alternates.csv");

/// `seeds/class_observations.csv`: Eurostat adoption shares of 38 European countries, the
/// reference-class series for shares (see [`crate::ReferenceClass`] and
/// `seeds/tools/make_class_series.py`).
pub const CLASS_OBSERVATIONS_CSV: &str = include_str!("../seeds/class_observations.csv");
/// `seeds/class_indicators.csv`: the class series' indicators (category `reference_class`).
pub const CLASS_INDICATORS_CSV: &str = include_str!("../seeds/class_indicators.csv");
/// `seeds/class_regions.csv`: the class series' countries (level `class_reference`).
pub const CLASS_REGIONS_CSV: &str = include_str!("../seeds/class_regions.csv");

/// The plan regions, in seed-file order.
pub const PLAN_REGIONS: &[&str] = &["tongliao", "zhungeer", "yingkou", "wuhai", "dongtai"];

/// The seed panel: five plans, the national and provincial reference series, and the
/// reference-class series ([`class_panel`]).
///
/// # Errors
/// Never for the embedded data (a test checks it); the `Result` is kept because the loader is
/// the same one user files go through.
pub fn panel() -> Result<Panel> {
    with_class_series(&plans()?)
}

/// `panel` plus the embedded reference-class series ([`class_panel`]), so that targets whose
/// series has one observation (a plan's baseline alone) can be judged by the growth of
/// comparable series. For panels of your own, e.g. read from a plan by [`crate::extract`].
///
/// ```
/// let plan = "第一节 发展基础\n2020年，全市固定宽带家庭普及率达到60%。\n\
///             第二节 发展目标\n到2025年，全市固定宽带家庭普及率达到90%。\n";
/// let x = plancast::extract::extract(plan.as_bytes(), &plancast::extract::ExtractOptions::new("city"))?;
/// let dir = std::env::temp_dir().join("plancast-doc-with-class-series");
/// plancast::extract::write_dir(&x, &dir)?;
/// let own = plancast::io::PanelFiles::new()
///     .observations(dir.join("observations.csv"))
///     .targets(dir.join("targets.csv"))
///     .indicators(dir.join("indicators.csv"))
///     .load()?;
/// let panel = plancast::seeds::with_class_series(&own)?;
/// let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
/// let source = &report.rows[0].source;
/// assert!(matches!(source, Some(plancast::Source::Class { .. })), "{source:?}");
/// # Ok::<(), plancast::Error>(())
/// ```
///
/// # Errors
/// [`Error::DuplicateRow`](crate::Error::DuplicateRow) or an id clash if `panel` already holds
/// series with the class series' ids (`eu_…`).
pub fn with_class_series(panel: &Panel) -> Result<Panel> {
    let mut data = panel.data().clone();
    let class = class_panel()?;
    let class = class.data();
    data.regions.extend(class.regions.iter().cloned());
    data.indicators.extend(class.indicators.iter().cloned());
    data.observations.extend(class.observations.iter().cloned());
    Panel::try_new(data)
}

/// The reference-class series alone: Eurostat household internet access and use (38
/// countries, 2002–2025) and five EU digital indicators (27 states), ids prefixed `eu_`.
///
/// # Errors
/// Never for the embedded data.
pub fn class_panel() -> Result<Panel> {
    let f = |name: &str| PathBuf::from(format!("seeds/{name}"));
    load_panel(
        PanelSources::new()
            .with_observations(
                CLASS_OBSERVATIONS_CSV.as_bytes(),
                f("class_observations.csv"),
            )
            .with_targets(
                "region,indicator,year,comparator,value\n".as_bytes(),
                f("(none)"),
            )
            .with_indicators(CLASS_INDICATORS_CSV.as_bytes(), f("class_indicators.csv"))
            .with_regions(CLASS_REGIONS_CSV.as_bytes(), f("class_regions.csv")),
    )
}

/// The five plans and their references, without the class series.
fn plans() -> Result<Panel> {
    let f = |name: &str| PathBuf::from(format!("seeds/{name}"));
    // One regions source: the plans' and their references', then the Chinese panel's.
    let china_regions = CHINA_REGIONS_CSV
        .split_once('\n')
        .map_or("", |(_, rows)| rows);
    let regions = format!("{REGIONS_CSV}{china_regions}");
    load_panel(
        PanelSources::new()
            .with_observations(OBSERVATIONS_CSV.as_bytes(), f("observations.csv"))
            .with_observations(
                REFERENCE_OBSERVATIONS_CSV.as_bytes(),
                f("reference_observations.csv"),
            )
            .with_observations(
                CHINA_OBSERVATIONS_CSV.as_bytes(),
                f("china_observations.csv"),
            )
            .with_targets(TARGETS_CSV.as_bytes(), f("targets.csv"))
            .with_indicators(INDICATORS_CSV.as_bytes(), f("indicators.csv"))
            .with_regions(regions.as_bytes(), f("regions.csv + china_regions.csv"))
            .with_alternates(ALTERNATES_CSV.as_bytes(), f("alternates.csv")),
    )
}
