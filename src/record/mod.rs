//! What happened to targets: a report made as of a past year, set beside the values the panel
//! holds for the target year (the realised outcome).
//!
//! [`assess_panel_as_of`] assesses [`Panel::as_of`] — only what was known at the end of the
//! chosen year — and then reads the full panel for each row's target year: the value observed
//! then, and whether it met the target ([`Realised`]). A target whose year has no observation
//! gets none; a later observation that meets it makes it [`RealisedResult::MetLate`].

use crate::assess::{assess_panel, AssessOptions};
use crate::panel::Panel;
use crate::report::{Assessment, Realised, RealisedResult, Report};
use crate::target::comparable;

/// The realised outcome of a report row from the full panel's year-end series: `None` when the
/// target year has no observation, or the row has no target value.
pub fn realised(panel: &Panel, row: &Assessment) -> Option<Realised> {
    let target = row.target?;
    let s = panel.series_view(&row.region, &row.indicator)?;
    let (year, value) = s.iter().find(|&(y, _)| y == row.target_year)?;
    let observations = panel
        .series_observations(&row.region, &row.indicator)
        .unwrap_or_default();
    let result = if !comparable(row.definition.as_deref(), observations) {
        RealisedResult::NotComparable
    } else if row.comparator.holds(value, target) {
        RealisedResult::Met
    } else {
        match s
            .iter()
            .find(|&(y, v)| y > year && row.comparator.holds(v, target))
        {
            Some((later, _)) => RealisedResult::MetLate { year: later },
            None => RealisedResult::Missed,
        }
    };
    Some(Realised {
        year,
        value,
        result,
    })
}

/// Assesses `panel` as it was known at the end of `year` ([`Panel::as_of`]) and sets each row's
/// realised outcome ([`Assessment::realised`]) from the full panel: what the model said then,
/// beside what happened.
///
/// ```
/// use plancast::io::{load_panel, PanelSources};
/// use plancast::{assess_panel_as_of, AssessOptions, RealisedResult};
/// let obs = "region,indicator,year,value\nr,users,2018,100\nr,users,2019,110\nr,users,2020,121\nr,users,2025,150\n";
/// let targets = "region,indicator,year,comparator,value\nr,users,2025,>=,200\n";
/// let panel = load_panel(
///     PanelSources::new()
///         .with_observations(obs.as_bytes(), "obs.csv")
///         .with_targets(targets.as_bytes(), "targets.csv"),
/// )?;
/// let report = assess_panel_as_of(&panel, &AssessOptions::default(), 2020);
/// let row = &report.rows[0];
/// assert_eq!(row.last_year, Some(2020)); // 2025 was not known in 2020
/// assert_eq!(row.realised.unwrap().result, RealisedResult::Missed);
/// # Ok::<(), plancast::Error>(())
/// ```
pub fn assess_panel_as_of(panel: &Panel, opts: &AssessOptions, year: i32) -> Report {
    let then = panel.as_of(year);
    let mut report = assess_panel(&then, opts);
    for row in &mut report.rows {
        row.realised = realised(panel, row);
    }
    report
}
