//! Loading a panel from file paths in one call.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::io::{load_panel, PanelSources};
use crate::panel::Panel;

/// The files of a panel, by path: the common case of [`load_panel`] in one chain.
///
/// Observations may be long CSV, wide tables, JSON-stat or an Excel sheet (`book.xlsx#sheet`);
/// see [`load_panel`]. Use [`load_panel`] itself for streams that are not files.
///
/// ```
/// use plancast::io::PanelFiles;
/// let panel = PanelFiles::new()
///     .observations("tests/data/edges/observations.csv")
///     .targets("tests/data/edges/targets.csv")
///     .indicators("tests/data/edges/indicators.csv")
///     .load()?;
/// let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
/// assert_eq!(report.rows.len(), panel.targets().len());
/// # Ok::<(), plancast::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct PanelFiles {
    observations: Vec<PathBuf>,
    targets: Vec<PathBuf>,
    indicators: Option<PathBuf>,
    regions: Option<PathBuf>,
    alternates: Option<PathBuf>,
}

impl PanelFiles {
    /// No files yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an observations file (repeatable: files are concatenated in order).
    #[must_use]
    pub fn observations(mut self, path: impl AsRef<Path>) -> Self {
        self.observations.push(path.as_ref().to_owned());
        self
    }

    /// Adds a targets file (repeatable).
    #[must_use]
    pub fn targets(mut self, path: impl AsRef<Path>) -> Self {
        self.targets.push(path.as_ref().to_owned());
        self
    }

    /// The indicators file (optional: indicators it does not list get stated defaults).
    #[must_use]
    pub fn indicators(mut self, path: impl AsRef<Path>) -> Self {
        self.indicators = Some(path.as_ref().to_owned());
        self
    }

    /// The regions file (optional).
    #[must_use]
    pub fn regions(mut self, path: impl AsRef<Path>) -> Self {
        self.regions = Some(path.as_ref().to_owned());
        self
    }

    /// The alternates file (optional).
    #[must_use]
    pub fn alternates(mut self, path: impl AsRef<Path>) -> Self {
        self.alternates = Some(path.as_ref().to_owned());
        self
    }

    /// Opens the files and loads the panel.
    ///
    /// # Errors
    /// [`Error::Io`] naming a file that cannot be opened; anything [`load_panel`] reports.
    pub fn load(self) -> Result<Panel> {
        let open = |p: &PathBuf| -> Result<(File, PathBuf)> {
            // `book.xlsx#sheet`: the file is the part before `#` when the whole does not exist.
            let text = p.to_string_lossy();
            let file = match text.rsplit_once('#') {
                Some((f, _)) if !p.exists() => PathBuf::from(f),
                _ => p.clone(),
            };
            File::open(&file)
                .map(|f| (f, p.clone()))
                .map_err(|e| Error::io(p.clone(), e))
        };
        load_panel(PanelSources {
            observations: self.observations.iter().map(open).collect::<Result<_>>()?,
            targets: self.targets.iter().map(open).collect::<Result<_>>()?,
            indicators: self.indicators.as_ref().map(open).transpose()?,
            regions: self.regions.as_ref().map(open).transpose()?,
            alternates: self.alternates.as_ref().map(open).transpose()?,
        })
    }
}
