//! Why a figure goes to review: a typed [`ReviewKind`] a program can branch on, with the
//! sentence a reader is shown.

use std::fmt;

use serde::Serialize;

/// The class of question a reader must answer before a figure can be used as data.
///
/// Programs branch on the kind (supply the page's year to [`ReviewKind::Year`] rows, drop
/// [`ReviewKind::NotALevel`] rows, show [`ReviewKind::Conflict`] rows beside the row they
/// conflict with); the [`Review::why`] sentence says what exactly is in doubt.
///
/// ```
/// use plancast::extract::{extract, ExtractOptions, ReviewKind};
///
/// // No year on the line and no period in the text: which year is 5,000 base stations of?
/// let x = extract("建成5G基站5000个。\n".as_bytes(), &ExtractOptions::new("r")).unwrap();
/// let review = x.for_review().next().unwrap().review.as_ref().unwrap();
/// assert_eq!(review.kind, ReviewKind::Year);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReviewKind {
    /// Which year: none stated and none the text implies, the page's date unknown, a count
    /// since a year, a starting value of an unstated year.
    Year,
    /// Which indicator: no name next to the figure.
    Name,
    /// Which indicator: the words before the figure are too long to be one name.
    LongName,
    /// Which name goes with which figure: several figures share one sentence (`分别`).
    Respectively,
    /// `各` (each): one each of several names, or a total?
    Each,
    /// A change, not a level: an amount against the year before (`比上年增加503公顷`) or in
    /// percentage points.
    Change,
    /// A threshold crossed (`突破3000万户`) before the value itself (`达3026万户`).
    Threshold,
    /// No indicator's level in any year: a multiple of another figure, a completion ratio, what
    /// a project yields once built, a project's site or planned investment, a count of projects,
    /// meetings, honours, ranked indicators or articles of a policy, a split by sex, the size of
    /// a group.
    NotALevel,
    /// In a quoted speech: whose figure, of when?
    Speech,
    /// A benchmark (`高于全省平均水平`) with no name before it, or stated for a past year.
    Benchmark,
    /// One indicator, role and year already has a different value on another line.
    Conflict,
    /// The same figure again (the first stays data).
    Repeat,
    /// A table row whose cells do not fit its year columns.
    Table,
}

/// Why a person must confirm a figure before it is data ([`super::Candidate::review`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Review {
    /// The class of the question.
    pub kind: ReviewKind,
    /// The question in words, as `review.md` shows it (`no year stated, outside a baseline or
    /// goals section`, `conflicts with line 12: …`).
    pub why: String,
}

impl Review {
    /// A review of `kind` that asks `why`.
    pub(crate) fn new(kind: ReviewKind, why: impl Into<String>) -> Self {
        Review {
            kind,
            why: why.into(),
        }
    }
}

impl fmt::Display for Review {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.why)
    }
}

#[cfg(test)]
mod tests {
    use super::ReviewKind;
    use crate::extract::{extract, ExtractOptions};

    /// Each kind of question is the one its sentence raises: the kind a program branches on
    /// comes from the same rule that wrote the reason.
    #[test]
    fn each_review_is_of_the_kind_its_sentence_raises() {
        let cases: [(&str, f64, Option<ReviewKind>); 8] = [
            ("建成5G基站5000个。\n", 5000.0, Some(ReviewKind::Year)),
            (
                "2023年,粮食播种面积85.76千公顷,比上年增加0.09千公顷。\n",
                0.09,
                Some(ReviewKind::Change),
            ),
            (
                "2023年,5G用户规模突破3000万户,达3026万户。\n",
                3000.0,
                Some(ReviewKind::Threshold),
            ),
            ("2023年,5G用户规模突破3000万户,达3026万户。\n", 3026.0, None),
            ("2023年,达到5000个。\n", 5000.0, Some(ReviewKind::Name)),
            (
                "2023年,全市各县区分别新建5G基站100个、200个。\n",
                100.0,
                Some(ReviewKind::Respectively),
            ),
            (
                "2023年,建成5G基站5000个。\n2023年,建成5G基站6000个。\n",
                6000.0,
                Some(ReviewKind::Conflict),
            ),
            (
                "2023年,建成5G基站5000个。\n2023年,建成5G基站5000个。\n",
                5000.0,
                Some(ReviewKind::Repeat),
            ),
        ];
        for (text, value, kind) in cases {
            let options = ExtractOptions::new("r");
            let x = extract(text.as_bytes(), &options).expect("extracts");
            let got: Vec<_> = x
                .candidates
                .iter()
                .filter(|c| c.value == Some(value))
                .map(|c| c.review.as_ref().map(|r| r.kind))
                .collect();
            assert!(got.contains(&kind), "{text}: {kind:?} not in {got:?}");
        }
    }
}
