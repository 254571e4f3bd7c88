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
    /// Every year-end series laid out flat (years and values), for views without allocation.
    flat_years: Vec<i32>,
    flat_values: Vec<f64>,
    /// region → indicator → range in the flat buffers; looked up by `&str` without allocating.
    views: HashMap<String, HashMap<String, std::ops::Range<usize>>>,
}

/// A borrowed year-end series of a [`Panel`]: years strictly increasing, values finite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesView<'a> {
    years: &'a [i32],
    values: &'a [f64],
}

impl<'a> SeriesView<'a> {
    /// The years, strictly increasing.
    pub fn years(&self) -> &'a [i32] {
        self.years
    }

    /// The values, in year order.
    pub fn values(&self) -> &'a [f64] {
        self.values
    }

    /// Number of observations (at least one).
    pub fn len(&self) -> usize {
        self.years.len()
    }

    /// Always false: a panel has no empty series.
    pub fn is_empty(&self) -> bool {
        self.years.is_empty()
    }

    /// The first observation.
    pub fn first(&self) -> (i32, f64) {
        (self.years[0], self.values[0])
    }

    /// The last observation.
    pub fn last(&self) -> (i32, f64) {
        let k = self.years.len() - 1;
        (self.years[k], self.values[k])
    }

    /// `(year, value)` pairs.
    pub fn iter(&self) -> impl Iterator<Item = (i32, f64)> + 'a {
        self.years.iter().copied().zip(self.values.iter().copied())
    }

    /// An owned [`Series`].
    pub fn to_series(&self) -> Series {
        Series::try_new(self.years.to_vec(), self.values.to_vec())
            .expect("a panel series is valid by construction")
    }
}

/// The plain data of a panel, as (de)serialised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
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
    /// The panel as it was known at the end of `year`: every observation (and alternate) dated
    /// after `year` left out — a year-end value of a later year, or a mid-year value whose date
    /// (`as_of`, e.g. `2021-05`) falls in a later year. Regions, indicators and targets are kept,
    /// so a target of a later year is judged on what was known then. Everything computed from
    /// the result (trajectories, calibration pools, reference and class series) reads nothing
    /// later: `tests/edges.rs::as_of_reads_no_later_data` poisons the later values and checks
    /// that no output moves.
    ///
    /// ```
    /// use plancast::{Observation, Panel, PanelData, Region, Indicator};
    /// let mut data = PanelData::default();
    /// data.regions.push(Region::try_new("r")?);
    /// data.indicators.push(Indicator::with_defaults("users", "", "")?);
    /// for (y, v) in [(2019, 1.0), (2020, 2.0), (2021, 3.0)] {
    ///     data.observations.push(Observation::new("r", "users", y, v));
    /// }
    /// data.observations.push(Observation::new("r", "users", 2020, 2.5).with_as_of("2021-06"));
    /// let then = Panel::try_new(data)?.as_of(2020);
    /// assert_eq!(then.series_view("r", "users").unwrap().years(), &[2019, 2020]);
    /// assert_eq!(then.observations().len(), 2);
    /// # Ok::<(), plancast::Error>(())
    /// ```
    pub fn as_of(&self, year: i32) -> Panel {
        let known = |o: &Observation| {
            let dated = o
                .as_of
                .as_deref()
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse::<i32>().ok())
                .unwrap_or(o.year);
            o.year <= year && dated <= year
        };
        let mut data = self.data.clone();
        data.observations.retain(known);
        data.alternates.retain(known);
        Panel::try_new(data).expect("a subset of a valid panel's rows is valid")
    }

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
        let check = |file: &str, region: &str, indicator: &str, row: usize| -> Result<_> {
            let Some(&r) = region_index.get(region) else {
                return Err(unknown(file, "region", region, row));
            };
            let Some(&i) = indicator_index.get(indicator) else {
                return Err(unknown(file, "indicator", indicator, row));
            };
            Ok((r, i))
        };
        let mut seen: HashMap<(&str, &str, i32, Option<&str>), usize> =
            HashMap::with_capacity(data.observations.len());
        // Grouped by (region, indicator) positions first: keys of owned ids cost two string
        // copies an observation.
        let mut groups: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (i, o) in data.observations.iter().enumerate() {
            let pos = check("observations", &o.region, &o.indicator, i)?;
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
                groups.entry(pos).or_default().push(i);
            }
        }
        let mut series_index: BTreeMap<(String, String), Vec<usize>> = groups
            .into_iter()
            .map(|((r, i), idx)| {
                let key = (data.regions[r].id.clone(), data.indicators[i].id.clone());
                (key, idx)
            })
            .collect();
        for (i, t) in data.targets.iter().enumerate() {
            check("targets", &t.region, &t.indicator, i)?;
        }
        for (i, o) in data.alternates.iter().enumerate() {
            check("alternates", &o.region, &o.indicator, i)?;
        }
        let (mut flat_years, mut flat_values) = (Vec::new(), Vec::new());
        let mut views: HashMap<String, HashMap<String, std::ops::Range<usize>>> = HashMap::new();
        for ((region, indicator), idx) in series_index.iter_mut() {
            idx.sort_by_key(|&i| data.observations[i].year);
            let start = flat_years.len();
            for &i in idx.iter() {
                flat_years.push(data.observations[i].year);
                flat_values.push(data.observations[i].value);
            }
            views
                .entry(region.clone())
                .or_default()
                .insert(indicator.clone(), start..flat_years.len());
        }
        Ok(Panel {
            data,
            region_index,
            indicator_index,
            series_index,
            flat_years,
            flat_values,
            views,
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

    /// Where a region stands in [`Panel::regions`] (the order reports follow).
    pub fn region_position(&self, id: &str) -> Option<usize> {
        self.region_index.get(id).copied()
    }

    /// Where an indicator stands in [`Panel::indicators`].
    pub fn indicator_position(&self, id: &str) -> Option<usize> {
        self.indicator_index.get(id).copied()
    }

    /// An indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicator_index
            .get(id)
            .map(|&i| &self.data.indicators[i])
    }

    /// The year-end observations of (region, indicator), in year order, as an owned series.
    ///
    /// Mid-year values (`as_of` set) are left out: they are not comparable with year-end
    /// values. Lower-bound values are kept (see [`Panel::series_observations`] to tell).
    pub fn series(&self, region: &str, indicator: &str) -> Option<Series> {
        self.series_view(region, indicator).map(|v| v.to_series())
    }

    /// [`Panel::series`] borrowed from the panel: no allocation (the assessment's hot path).
    pub fn series_view(&self, region: &str, indicator: &str) -> Option<SeriesView<'_>> {
        let r = self.views.get(region)?.get(indicator)?.clone();
        Some(SeriesView {
            years: &self.flat_years[r.clone()],
            values: &self.flat_values[r],
        })
    }

    /// The year-end observation rows behind [`Panel::series`].
    pub fn series_observations(&self, region: &str, indicator: &str) -> Option<Vec<&Observation>> {
        let idx = self
            .series_index
            .get(&(region.to_owned(), indicator.to_owned()))?;
        Some(idx.iter().map(|&i| &self.data.observations[i]).collect())
    }

    /// [`Panel::series_observations`] without collecting them: for hot paths.
    pub(crate) fn series_observations_iter<'a>(
        &'a self,
        region: &str,
        indicator: &str,
    ) -> Option<impl Iterator<Item = &'a Observation> + 'a> {
        let idx = self
            .series_index
            .get(&(region.to_owned(), indicator.to_owned()))?;
        Some(idx.iter().map(move |&i| &self.data.observations[i]))
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
