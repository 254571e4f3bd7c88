//! A panel: many regions × indicators, each with observations and targets.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::indicator::{Indicator, Region};
use crate::series::Series;
use crate::target::{Observation, Target};

/// Regions, indicators, observations and targets, validated together.
///
/// Invariants (checked by [`Panel::try_new`] and on deserialisation): ids are unique; every
/// observation and target names a known region and indicator; no two observations share
/// (region, indicator, year, as_of). Rows keep the order they were given in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "PanelData", into = "PanelData")]
pub struct Panel {
    data: PanelData,
    region_index: HashMap<String, usize>,
    indicator_index: HashMap<String, usize>,
    /// (region, indicator) → indices of year-end observations, in year order.
    series_index: BTreeMap<(String, String), Vec<usize>>,
}

/// The plain data of a panel, as (de)serialised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct PanelData {
    /// Regions.
    pub regions: Vec<Region>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Observations.
    pub observations: Vec<Observation>,
    /// Targets.
    pub targets: Vec<Target>,
    /// Second figures for observations already present (a text figure beside a table figure).
    #[serde(default)]
    pub alternates: Vec<Observation>,
}

impl TryFrom<PanelData> for Panel {
    type Error = Error;
    fn try_from(d: PanelData) -> Result<Self> {
        Panel::try_new(d)
    }
}

impl From<Panel> for PanelData {
    fn from(p: Panel) -> Self {
        p.data
    }
}

fn dup(kind: &str, key: String, line: usize, first: usize) -> Error {
    Error::DuplicateRow {
        file: PathBuf::from(format!("<{kind}>")),
        line: line as u64 + 1,
        first_line: first as u64 + 1,
        key,
    }
}

fn unknown(kind_file: &str, kind: &'static str, id: &str, row: usize) -> Error {
    Error::UnknownId {
        file: PathBuf::from(format!("<{kind_file}>")),
        line: row as u64 + 1,
        kind,
        id: id.to_owned(),
    }
}

impl Panel {
    /// Validates and indexes panel data.
    ///
    /// # Errors
    /// [`Error::InvalidId`], [`Error::DuplicateRow`] (with the row positions, 1-based, in the
    /// given vectors) or [`Error::UnknownId`].
    pub fn try_new(data: PanelData) -> Result<Self> {
        let mut region_index = HashMap::new();
        for (i, r) in data.regions.iter().enumerate() {
            crate::indicator::check_id(&r.id)?;
            if let Some(first) = region_index.insert(r.id.clone(), i) {
                return Err(dup("regions", r.id.clone(), i, first));
            }
        }
        let mut indicator_index = HashMap::new();
        for (i, ind) in data.indicators.iter().enumerate() {
            crate::indicator::check_id(&ind.id)?;
            if let Some(first) = indicator_index.insert(ind.id.clone(), i) {
                return Err(dup("indicators", ind.id.clone(), i, first));
            }
        }
        let check = |file: &str, region: &str, indicator: &str, row: usize| -> Result<()> {
            if !region_index.contains_key(region) {
                return Err(unknown(file, "region", region, row));
            }
            if !indicator_index.contains_key(indicator) {
                return Err(unknown(file, "indicator", indicator, row));
            }
            Ok(())
        };
        let mut seen: HashMap<(&str, &str, i32, Option<&str>), usize> = HashMap::new();
        let mut series_index: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (i, o) in data.observations.iter().enumerate() {
            check("observations", &o.region, &o.indicator, i)?;
            if !o.value.is_finite() {
                return Err(Error::NonFiniteValue {
                    year: o.year,
                    value: o.value,
                });
            }
            let key = (
                o.region.as_str(),
                o.indicator.as_str(),
                o.year,
                o.as_of.as_deref(),
            );
            if let Some(&first) = seen.get(&key) {
                return Err(dup(
                    "observations",
                    format!("{}/{}/{}", o.region, o.indicator, o.year),
                    i,
                    first,
                ));
            }
            seen.insert(key, i);
            if o.as_of.is_none() {
                series_index
                    .entry((o.region.clone(), o.indicator.clone()))
                    .or_default()
                    .push(i);
            }
        }
        for (i, t) in data.targets.iter().enumerate() {
            check("targets", &t.region, &t.indicator, i)?;
        }
        for (i, o) in data.alternates.iter().enumerate() {
            check("alternates", &o.region, &o.indicator, i)?;
        }
        for idx in series_index.values_mut() {
            idx.sort_by_key(|&i| data.observations[i].year);
        }
        Ok(Panel {
            data,
            region_index,
            indicator_index,
            series_index,
        })
    }

    /// The regions, in input order.
    pub fn regions(&self) -> &[Region] {
        &self.data.regions
    }

    /// The indicators, in input order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.data.indicators
    }

    /// The observations, in input order.
    pub fn observations(&self) -> &[Observation] {
        &self.data.observations
    }

    /// The targets, in input order.
    pub fn targets(&self) -> &[Target] {
        &self.data.targets
    }

    /// The alternate figures, in input order.
    pub fn alternates(&self) -> &[Observation] {
        &self.data.alternates
    }

    /// The panel's plain data.
    pub fn data(&self) -> &PanelData {
        &self.data
    }

    /// A region by id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.region_index.get(id).map(|&i| &self.data.regions[i])
    }

    /// An indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicator_index
            .get(id)
            .map(|&i| &self.data.indicators[i])
    }

    /// The year-end observations of (region, indicator), in year order.
    ///
    /// Mid-year values (`as_of` set) are left out: they are not comparable with year-end
    /// values. Lower-bound values are kept (see [`Panel::series_observations`] to tell).
    pub fn series(&self, region: &str, indicator: &str) -> Option<Series> {
        let obs = self.series_observations(region, indicator)?;
        // Cannot fail: values were checked finite and (region, indicator, year) unique.
        Series::try_new(
            obs.iter().map(|o| o.year).collect(),
            obs.iter().map(|o| o.value).collect(),
        )
        .ok()
    }

    /// The year-end observation rows behind [`Panel::series`].
    pub fn series_observations(&self, region: &str, indicator: &str) -> Option<Vec<&Observation>> {
        let idx = self
            .series_index
            .get(&(region.to_owned(), indicator.to_owned()))?;
        Some(idx.iter().map(|&i| &self.data.observations[i]).collect())
    }

    /// All (region, indicator) pairs that have a year-end series, sorted by region then indicator.
    pub fn series_keys(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.series_index
            .keys()
            .map(|(r, i)| (r.as_str(), i.as_str()))
    }

    /// The targets of one region, in input order.
    pub fn targets_of<'a>(&'a self, region: &'a str) -> impl Iterator<Item = &'a Target> + 'a {
        self.data.targets.iter().filter(move |t| t.region == region)
    }
}
