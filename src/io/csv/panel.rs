//! Panel assembly: [`PanelSources`] names the readers of a panel's parts, and [`load_panel`]
//! reads them all, gives unlisted ids their defaults and checks ids across files.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{read_indicators, read_observations, read_regions, read_targets, ObsKey};
use crate::error::{Error, Result};
use crate::indicator::{Indicator, Region};
use crate::panel::{Panel, PanelData};
use crate::target::TargetValue;

/// Where the parts of a panel come from: readers with the names to report errors under.
///
/// For files on disk, [`super::PanelFiles`](super::super::PanelFiles) is shorter; this form
/// takes any reader (a stream, embedded bytes).
///
/// ```
/// use plancast::io::{load_panel, PanelSources};
/// let obs = "region,indicator,year,value\nr,x,2019,10\nr,x,2020,12\n";
/// let targets = "region,indicator,year,comparator,value\nr,x,2025,>=,20\n";
/// let panel = load_panel(
///     PanelSources::new()
///         .with_observations(obs.as_bytes(), "obs.csv")
///         .with_targets(targets.as_bytes(), "targets.csv"),
/// )?;
/// assert_eq!(panel.targets().len(), 1);
/// # Ok::<(), plancast::Error>(())
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct PanelSources<R> {
    /// Observations and their file names: long CSV, a wide table
    /// ([`super::read_wide`](super::super::read_wide)) or a JSON-stat 2.0 dataset
    /// ([`super::read_jsonstat`](super::super::read_jsonstat)), told apart by content.
    pub observations: Vec<(R, PathBuf)>,
    /// Targets CSV and its name.
    pub targets: Vec<(R, PathBuf)>,
    /// Indicators CSV; an indicator it does not list (or every one, without it) gets the stated
    /// defaults of [`crate::Indicator::with_defaults`], its name and unit from a wide table
    /// or JSON-stat dataset when they give them.
    pub indicators: Option<(R, PathBuf)>,
    /// Regions CSV; without it every region id seen gets defaults (named by a wide table or
    /// JSON-stat dataset when they give names).
    pub regions: Option<(R, PathBuf)>,
    /// Alternate figures (same columns as observations).
    pub alternates: Option<(R, PathBuf)>,
}

impl<R> Default for PanelSources<R> {
    fn default() -> Self {
        Self {
            observations: Vec::new(),
            targets: Vec::new(),
            indicators: None,
            regions: None,
            alternates: None,
        }
    }
}

impl<R> PanelSources<R> {
    /// No sources yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an observations source (repeatable), named `name` in errors.
    #[must_use]
    pub fn with_observations(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.observations.push((reader, name.into()));
        self
    }

    /// Adds a targets source (repeatable).
    #[must_use]
    pub fn with_targets(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.targets.push((reader, name.into()));
        self
    }

    /// The indicators source.
    #[must_use]
    pub fn with_indicators(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.indicators = Some((reader, name.into()));
        self
    }

    /// The regions source.
    #[must_use]
    pub fn with_regions(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.regions = Some((reader, name.into()));
        self
    }

    /// The alternates source.
    #[must_use]
    pub fn with_alternates(mut self, reader: R, name: impl Into<PathBuf>) -> Self {
        self.alternates = Some((reader, name.into()));
        self
    }
}

/// Loads a panel from its sources, checking ids across files with located errors.
///
/// Several observation files are concatenated in order (e.g. a plan's and a reference's); a key
/// repeated across them is an [`Error::DuplicateRow`]. Each observations source is read by its
/// content: JSON (starts with `{`) as JSON-stat, a header row with two or more year columns as
/// a wide table, anything else as long CSV.
///
/// # Errors
/// Any reader's error, [`Error::UnknownId`] for a region the regions file does not define, or
/// [`Error::DuplicateRow`].
pub fn load_panel<R: Read>(src: PanelSources<R>) -> Result<Panel> {
    // Rows carry the index of their file in `files`: a path copied to every row cost an
    // allocation a row.
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let mut observations = Vec::new();
    let mut names = super::super::wide::WideTable::default();
    for (mut r, file) in src.observations {
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)
            .map_err(|e| Error::io(file.clone(), e))?;
        // A workbook's sheet (`book.xlsx#sheet`) is turned into CSV and read like one.
        if super::super::xlsx::looks_xlsx(&bytes) {
            bytes = super::super::xlsx::sheet_to_csv(
                &bytes,
                &file,
                super::super::xlsx::sheet_of(&file).as_deref(),
            )?;
        }
        let stem = file
            .file_stem()
            .map_or_else(|| "value".to_owned(), |s| s.to_string_lossy().into_owned());
        let table = if super::super::jsonstat::looks_json(&bytes) {
            Some(super::super::jsonstat::read_jsonstat(&bytes, &file, &stem)?)
        } else if super::super::wide::looks_wide(&bytes) {
            Some(super::super::wide::read_wide(&bytes[..], &file, &stem)?)
        } else {
            None
        };
        let rows = if let Some(mut t) = table {
            names.region_names.append(&mut t.region_names);
            names.indicator_names.append(&mut t.indicator_names);
            t.rows
        } else {
            read_observations(&bytes[..], &file)?
        };
        let f = files.len();
        files.push(file);
        observations.extend(rows.into_iter().map(|(line, o)| (f, line, o)));
    }
    let mut targets = Vec::new();
    for (r, file) in src.targets {
        let rows = read_targets(r, &file)?;
        let f = files.len();
        files.push(file);
        targets.extend(rows.into_iter().map(|(line, t)| (f, line, t)));
    }
    let mut alternates = Vec::new();
    if let Some((r, file)) = src.alternates {
        let rows = read_observations(r, &file)?;
        let f = files.len();
        files.push(file);
        alternates.extend(rows.into_iter().map(|(line, o)| (f, line, o)));
    }
    let given_indicators = match src.indicators {
        Some((r, f)) => Some(read_indicators(r, &f)?),
        None => None,
    };
    let given_regions = match src.regions {
        Some((r, f)) => Some(read_regions(r, &f)?),
        None => None,
    };
    // Ids used, in first-seen order, so defaults come out in a stable order.
    let mut used: Vec<(&Path, u64, &str, &str)> = Vec::new();
    for (f, l, o) in observations.iter().chain(&alternates) {
        used.push((&files[*f], *l, &o.region, &o.indicator));
    }
    for (f, l, t) in &targets {
        used.push((&files[*f], *l, &t.region, &t.indicator));
    }
    // An indicator missing from the indicators file gets the stated defaults (flagged
    // `defaulted`), as when there is no file at all.
    let indicators = {
        let mut list = given_indicators.unwrap_or_default();
        let mut known: std::collections::HashSet<String> =
            list.iter().map(|i| i.id.clone()).collect();
        for u in &used {
            if known.insert(u.3.to_owned()) {
                let (name, unit) = names
                    .indicator_names
                    .get(u.3)
                    .map_or(("", ""), |(n, u)| (n.as_str(), u.as_str()));
                list.push(Indicator::with_defaults(u.3, name, unit)?);
            }
        }
        list
    };
    let mut regions = resolve(
        given_regions,
        &used,
        |u| u.2,
        "region",
        |id| {
            let mut r = Region::try_new(id)?;
            if let Some(n) = names.region_names.get(id) {
                r.name_en = n.clone();
            }
            Ok(r)
        },
        |r| &r.id,
    )?;
    // Relative targets may name benchmark regions that have no rows of their own.
    let mut region_ids: std::collections::HashSet<String> =
        regions.iter().map(|r| r.id.clone()).collect();
    for (_, _, t) in &targets {
        if let TargetValue::Relative(b) = &t.value {
            if region_ids.insert(b.region.clone()) {
                regions.push(Region::try_new(&b.region)?);
            }
        }
    }
    // Cross-file duplicates (within one file the reader already reported them, so one file
    // needs no second look).
    let mut seen: HashMap<ObsKey<'_>, (&Path, u64)> = HashMap::new();
    let several = observations.first().map(|x| x.0) != observations.last().map(|x| x.0);
    for (f, l, o) in observations.iter().filter(|_| several) {
        let f = &files[*f];
        let key = (
            o.region.as_str(),
            o.indicator.as_str(),
            o.year,
            o.as_of.as_deref(),
        );
        if let Some((ff, fl)) = seen.get(&key) {
            return Err(Error::DuplicateRow {
                file: f.clone(),
                line: *l,
                first_line: *fl,
                key: format!(
                    "{}/{}/{} (first in {})",
                    o.region,
                    o.indicator,
                    o.year,
                    ff.display()
                ),
            });
        }
        seen.insert(key, (f, *l));
    }
    Panel::try_new(PanelData {
        regions,
        indicators,
        observations: observations.into_iter().map(|x| x.2).collect(),
        targets: targets.into_iter().map(|x| x.2).collect(),
        alternates: alternates.into_iter().map(|x| x.2).collect(),
    })
}

type Used<'a> = (&'a Path, u64, &'a str, &'a str);

fn resolve<'a, T>(
    given: Option<Vec<T>>,
    used: &[Used<'a>],
    pick: impl Fn(&Used<'a>) -> &'a str,
    kind: &'static str,
    make: impl Fn(&str) -> Result<T>,
    id_of: impl Fn(&T) -> &String,
) -> Result<Vec<T>> {
    // Sets of the ids seen: checking each use against a list made loading quadratic in the
    // number of regions.
    match given {
        Some(list) => {
            let known: std::collections::HashSet<&str> =
                list.iter().map(|x| id_of(x).as_str()).collect();
            for u in used {
                let id = pick(u);
                if !known.contains(id) {
                    return Err(Error::UnknownId {
                        file: u.0.to_owned(),
                        line: u.1,
                        kind,
                        id: id.to_owned(),
                    });
                }
            }
            Ok(list)
        }
        None => {
            let mut out: Vec<T> = Vec::new();
            let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
            for u in used {
                let id = pick(u);
                if seen.insert(id) {
                    out.push(make(id)?);
                }
            }
            Ok(out)
        }
    }
}
