//! SVG charts (placeholder until the chart issue lands).
#![allow(dead_code)]

use std::path::Path;

use plancast::{Panel, Report};

/// One chart per region.
pub fn region_chart(
    _panel: &Panel,
    _report: &Report,
    _region: &str,
    _path: &Path,
) -> Result<(), String> {
    Ok(())
}
