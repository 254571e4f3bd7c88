//! The driver's use of the outside view ([`crate::RecordModel`]): every row gets `p_series`,
//! `p_record` and its track record; with [`crate::AssessOptions::track_record`] its probability.

use crate::outside::{indicator_kind, region_level, ProbabilityFrom, RecordModel, TrackRecord};
use crate::panel::Panel;
use crate::report::Assessment;
use crate::target::Target;

/// Sets a row's track record from the embedded model ([`RecordModel::embedded`]): `p_series`
/// (the series-based P the driver computed), `p_record` and [`Assessment::track_record`] for a
/// target with a value; and, when `use_record` ([`crate::AssessOptions::track_record`]), makes
/// `probability` the better of the combination and the outside view by the refit's
/// cross-validation ([`RecordModel::prefer_combined`]) — the outside view alone for a target
/// with no series-based P, its status unchanged ([`Assessment::probability_from`] says which).
pub(crate) fn attach(panel: &Panel, target: &Target, row: &mut Assessment, use_record: bool) {
    row.p_series = row.probability;
    row.probability_from = row.probability.map(|_| ProbabilityFrom::Series);
    if row.target.is_none() {
        return;
    }
    let Some(ind) = panel.indicator(&target.indicator) else {
        return;
    };
    let model = RecordModel::embedded();
    let kind = indicator_kind(ind);
    let level = panel.region(&target.region).and_then(region_level);
    let p_record = model.p_record(kind, level, target.kind);
    row.p_record = Some(p_record);
    row.track_record = Some(TrackRecord {
        kind,
        level,
        target_type: target.kind,
        p_record,
    });
    if use_record {
        let (p, from) = match row.p_series {
            Some(ps) if model.prefer_combined => {
                (model.combined(ps, p_record), ProbabilityFrom::Combined)
            }
            _ => (p_record, ProbabilityFrom::OutsideView),
        };
        row.probability = Some(p);
        row.probability_from = Some(from);
    }
}
