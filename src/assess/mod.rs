//! Assessing targets: one series against one target ([`one`]), the options of a panel
//! assessment ([`options`]), which calibration the trajectories use ([`calibrate`]), and the
//! panel driver that resolves what each target is compared with ([`driver`]).

pub(crate) mod calibrate;
mod driver;
mod intensity;
mod one;
mod options;
mod outside;

pub use driver::{
    assess_panel, assess_panel_serial, assess_panel_with_progress, project_panel, Assessor,
};
pub(crate) use one::assess_one;
pub use options::{AssessOptions, ContinuationRule};
