//! Reading and writing panels: CSV interchange and JSON. I/O lives here, at the edge.

mod csv;
mod csv_write;
mod files;
mod jsonstat;
mod number;
mod wide;
mod xlsx;

pub use self::csv::{
    load_panel, read_indicators, read_observations, read_observations_checked, read_regions,
    read_targets, CheckedRows, PanelSources,
};
pub use self::csv_write::{write_indicators, write_observations, write_regions, write_targets};
pub use self::files::PanelFiles;
pub use self::jsonstat::read_jsonstat;
pub use self::number::parse_number;
pub use self::wide::{read_wide, WideTable};
pub use self::xlsx::sheet_to_csv;

use crate::error::{Error, Result};
use crate::panel::Panel;

/// Serialises a panel as pretty JSON.
///
/// # Errors
/// [`Error::Json`] (not expected for valid panels).
pub fn panel_to_json(panel: &Panel) -> Result<String> {
    serde_json::to_string_pretty(panel).map_err(|e| Error::Json {
        message: e.to_string(),
    })
}

/// Reads a panel from JSON written by [`panel_to_json`], validating it.
///
/// # Errors
/// [`Error::Json`] with serde_json's line and column, including the validation error.
pub fn panel_from_json(json: &str) -> Result<Panel> {
    serde_json::from_str(json).map_err(|e| Error::Json {
        message: e.to_string(),
    })
}
