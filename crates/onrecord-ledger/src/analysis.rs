//! Rows and filters for the analysis reads (`onrecord-analyze`): figures with their context, the
//! times and places around them, copies and sightings of documents. Plain structs, the same for
//! every backend; the SQL lives in each backend's own module.

use chrono::NaiveDateTime;
use serde::Serialize;

/// Filters for [`Ledger::figures`](crate::Ledger::figures). Empty fields do not filter; every field
/// that is given must hold.
#[derive(Debug, Clone, Default)]
pub struct FigureQuery {
    /// Only figures whose unit is one of these lemmas ("drone", "soldier").
    pub units: Vec<String>,
    /// Only figures in documents that mention one of these places (canonical gazetteer names).
    pub places: Vec<String>,
    /// Only figures in documents with a statement matching these full-text words (all must match).
    pub text: Option<String>,
    /// Only figures inside statements made by one of these speakers.
    pub speaker_ids: Vec<i64>,
    /// Only figures in these documents.
    pub document_ids: Vec<String>,
    /// By the document's publication; `until` is exclusive.
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub limit: usize,
}

/// How many characters of document text [`FigureRow::context`] holds on each side of the figure.
pub const FIGURE_CONTEXT_CHARS: i64 = 240;

/// One stored figure with what is needed to compare it and to cite it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FigureRow {
    pub fact_id: i64,
    pub document_id: String,
    /// The document's name (file stem or record key).
    pub doc: String,
    /// Code-point offsets of the figure in the document text.
    pub start: i64,
    pub end: i64,
    pub surface: String,
    /// The normalised unit lemma; empty when extraction found none.
    pub unit: String,
    pub low: f64,
    pub high: f64,
    pub approx: bool,
    /// `exact`, `at_least`, `at_most` or `about`.
    pub bound: String,
    pub counted: Option<String>,
    /// The statement the figure stands in, when it stands in one, and its speaker.
    pub statement_id: Option<i64>,
    pub speaker_id: Option<i64>,
    pub speaker: Option<String>,
    /// True when the figure lies inside a speaker mention ("two soldiers told us"): it counts the
    /// sources, not the event.
    pub in_mention: bool,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The document text from `context_start` to [`FIGURE_CONTEXT_CHARS`] past the figure.
    pub context: String,
    /// Code-point offset of `context` in the document text.
    pub context_start: i64,
}

/// A time or place fact of a document, for placing figures in time and space.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContextFact {
    pub document_id: String,
    /// `time` or `place`.
    pub kind: String,
    pub start: i64,
    pub end: i64,
    pub place: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, `to` exclusive.
    pub time_from: Option<String>,
    pub time_to: Option<String>,
}
