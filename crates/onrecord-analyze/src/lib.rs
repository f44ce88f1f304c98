//! Analyses over the ledger: reversal candidates, conflicting figures, propagation of a claim and a
//! period digest (the speaker timeline is the ledger's own `said` query).
//!
//! What this crate owns: the logic that compares rows the ledger returns, and the lexicons it uses
//! for that (`data/`: negators, antonyms, stance phrases, modal words, figure units, event words),
//! each with examples run as tests.
//!
//! What it never does: it never re-parses documents or re-runs extraction (it reads statements,
//! figures and facts as stored, and at most splits stored text into words to compare it); it knows
//! no SQL and no backend (it calls the [`Ledger`](onrecord_ledger::Ledger) trait, so it works on
//! every backend); it does no other IO and reads no clock: every result is a function of the ledger
//! and the arguments, and every result cites its statements as [`Citation`]s so that a person (or a
//! script) can check it against the text.
//!
//! Results are candidates for a person to check, not verdicts: a reversal candidate says that two
//! statements *look* opposite, with the reason why.
//!
//! Cost: no analysis compares every pair of a large set. Reversals compare the statements of one
//! speaker through an inverted index of shared words and stance dimensions; figure conflicts sweep
//! figures of one class in time order and compare only those within the time window; propagation
//! and digest group by hashed word shingles.

use onrecord_ledger::{FigureRow, LedgerError, StatementRow};
use serde::Serialize;

pub mod digest;
pub mod figures;
pub mod lexicon;
pub mod reversals;
pub mod text;
pub mod trace;

pub use digest::{digest, Digest, DigestOptions};
pub use figures::{figure_conflicts, figures, Conflict, ConflictOptions, FigureItem};
pub use reversals::{reversals, Reversal, ReversalOptions};
pub use trace::{trace, Trace, TraceEntry, TraceSeed};

#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error("no speaker matches {0:?}")]
    UnknownSpeaker(String),
    #[error("no statement with id {0}")]
    UnknownStatement(i64),
}

pub type Result<T> = std::result::Result<T, AnalyzeError>;

/// Where a result's evidence stands: enough to find it in the text mechanically. `start`/`end` are
/// code-point offsets into the document's text (as in `../shared/eval/FORMAT.md`); `doc` is the
/// ingested file's stem (or the record's key).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Citation {
    pub doc: String,
    pub start: i64,
    pub end: i64,
    pub speaker: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub document_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_id: Option<i64>,
    /// The cited text as stored.
    pub quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
}

impl Citation {
    pub fn of_statement(row: &StatementRow) -> Citation {
        Citation {
            doc: row.doc.clone(),
            start: row.start,
            end: row.end,
            speaker: row.speaker.clone(),
            date: row.date.clone(),
            source: row.source.clone(),
            document_id: row.document_id.clone(),
            statement_id: Some(row.id),
            quote: row.content.clone(),
            url: row.url.clone(),
            hedged: row.hedged,
        }
    }

    pub fn of_figure(row: &FigureRow) -> Citation {
        Citation {
            doc: row.doc.clone(),
            start: row.start,
            end: row.end,
            speaker: row.speaker.clone(),
            date: row.published.clone(),
            source: row.source.clone(),
            document_id: row.document_id.clone(),
            statement_id: row.statement_id,
            quote: row.surface.clone(),
            url: row.url.clone(),
            hedged: false,
        }
    }

    /// `Source, YYYY-MM-DD` for one-line renderings.
    pub fn short(&self) -> String {
        let date = self.date.as_deref().map(day).unwrap_or("undated");
        match &self.source {
            Some(source) => format!("{source}, {date}"),
            None => format!("{}, {date}", self.doc),
        }
    }
}

/// The `YYYY-MM-DD` part of a stored date.
pub fn day(date: &str) -> &str {
    &date[..date.len().min(10)]
}

/// Parses a stored date (`YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`).
pub fn parse_date(date: &str) -> Option<chrono::NaiveDateTime> {
    use chrono::{NaiveDate, NaiveDateTime};
    NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(day(date), "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// "11 days", "5 hours", "same time": the time between two stored dates.
pub fn elapsed(from: Option<&str>, to: Option<&str>) -> Option<String> {
    let (from, to) = (parse_date(from?)?, parse_date(to?)?);
    let minutes = (to - from).num_minutes().abs();
    Some(if minutes >= 2 * 24 * 60 {
        format!("{} days", minutes / (24 * 60))
    } else if minutes >= 120 {
        format!("{} hours", minutes / 60)
    } else if minutes > 0 {
        format!("{minutes} minutes")
    } else {
        "same time".to_string()
    })
}
