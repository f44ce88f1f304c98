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
//! speaker through an inverted index of shared words and stance dimensions, reject most pairs by
//! merging sorted word hashes before anything allocates, and copy citations only for the ranked
//! few; figure conflicts sweep figures of one class in time order, within lists of one place (plus
//! the figures that name none), and compare only those within the time window; propagation and
//! digest group by hashed word shingles. Per-item work on long lists (features, comparisons,
//! figure contexts) runs on every core. `benches/analyses.rs` measures it on 1 M statements.

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

/// Parses a stored date (`YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`). Runs for every figure and
/// time fact an analysis reads, so the usual shapes are read by hand before chrono's parser.
pub fn parse_date(date: &str) -> Option<chrono::NaiveDateTime> {
    use chrono::{NaiveDate, NaiveDateTime};
    if let Some(parsed) = parse_date_fast(date.as_bytes()) {
        return Some(parsed);
    }
    NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(day(date), "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` exactly; `None` for anything else.
fn parse_date_fast(bytes: &[u8]) -> Option<chrono::NaiveDateTime> {
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = bytes.get(range)?;
        digits.iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let separators = |at: &[(usize, u8)]| at.iter().all(|&(i, c)| bytes.get(i) == Some(&c));
    if !separators(&[(4, b'-'), (7, b'-')]) {
        return None;
    }
    let date =
        chrono::NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    match bytes.len() {
        10 => date.and_hms_opt(0, 0, 0),
        16 if separators(&[(10, b'T'), (13, b':')]) => {
            date.and_hms_opt(number(11..13)?, number(14..16)?, 0)
        }
        19 if separators(&[(10, b'T'), (13, b':'), (16, b':')]) => {
            date.and_hms_opt(number(11..13)?, number(14..16)?, number(17..19)?)
        }
        _ => None,
    }
}

/// `YYYY-MM-DDTHH:MM`, written by hand (chrono's formatter parses its pattern on every call).
pub(crate) fn format_minute(time: chrono::NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        time.year(),
        time.month(),
        time.day(),
        time.hour(),
        time.minute()
    )
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

/// `items.iter().map(f).collect()`, on every core when the list is long; the order is kept.
pub(crate) fn parallel_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if items.len() < 2000 || threads < 2 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            // A panic in a worker is a bug in `f`; re-raise it here.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_dates_parse_in_every_shape() {
        let at = |s: &str| parse_date(s).map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string());
        assert_eq!(at("2025-06-07").as_deref(), Some("2025-06-07T00:00:00"));
        assert_eq!(
            at("2025-06-07T20:30").as_deref(),
            Some("2025-06-07T20:30:00")
        );
        assert_eq!(
            at("2025-06-07T20:30:15").as_deref(),
            Some("2025-06-07T20:30:15")
        );
        assert_eq!(
            at("2025-06-07T20:30:15.250").as_deref(),
            Some("2025-06-07T00:00:00")
        );
        assert_eq!(at("2025-02-30"), None);
        assert_eq!(at("yesterday"), None);
        let minute = parse_date("2025-06-07T05:04").unwrap();
        assert_eq!(format_minute(minute), "2025-06-07T05:04");
    }
}
