//! The ledger: where documents, speakers, statements and facts are kept, and every query over them.
//!
//! Only this crate knows SQL. It owns the schema, the versioned migrations and the queries; callers
//! speak the types below and the [`Ledger`] trait. Writes of one document are one transaction, so a
//! crash at any moment leaves every document either fully stored or absent. Documents are keyed by
//! content hash: storing the same text again only records a new sighting.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use onrecord_model::{Document, Fact, Statement, StatementKind};
use serde::Serialize;

mod analysis;
#[cfg(test)]
mod backend_tests;
mod export;
pub mod migrate;
mod names;
mod open;
mod postgres;
mod rekey;
mod sqlite;

pub use analysis::{ContextFact, FigureQuery, FigureRow, FIGURE_CONTEXT_CHARS};
pub use export::{
    DocumentRecord, EntityRecord, ExportRows, ExportTable, FigureRecord, StatementRecord,
    EXPORT_BATCH,
};
pub use names::name_key;
pub use open::{open, open_existing, LedgerSpec};
pub use postgres::queue::{Job, JobOutcome, JobRow, NewJob, QueueSummary};
pub use postgres::{is_postgres_url, PostgresLedger};
pub use sqlite::SqliteLedger;

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: i64 = 2;

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("{path} is not an onrecord ledger (not a SQLite database); it was left untouched")]
    NotALedger { path: PathBuf },
    #[error("{path} has ledger schema version {found}, newer than this onrecord understands ({SCHEMA_VERSION}); it was left untouched")]
    NewerSchema { path: PathBuf, found: i64 },
    #[error("cannot open ledger {path}: {message}")]
    Open { path: PathBuf, message: String },
    #[error("ledger error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("ledger data is inconsistent: {0}")]
    Corrupt(String),
}

impl LedgerError {
    /// What the user can do about it.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            LedgerError::NotALedger { .. } => Some("pass another path with --db (or ONRECORD_DB); onrecord creates a new ledger where none exists"),
            LedgerError::NewerSchema { .. } => Some("upgrade onrecord, or point --db at another ledger"),
            LedgerError::Open { path, .. } if is_postgres_url(&path.to_string_lossy()) => Some("check that the PostgreSQL server is running and that the --db URL (user, database, ?host=) is right"),
            LedgerError::Open { .. } => Some("check that the directory exists, is writable and the disk is not full"),
            LedgerError::Sqlite(error) if is_disk_full(error) => Some("free some disk space and run the command again; nothing stored was lost"),
            LedgerError::Sqlite(error) if is_read_only(error) => Some("the ledger or its directory is read-only: choose a writable --db path"),
            LedgerError::Postgres(error) if postgres::is_connection_error(error) => Some("check that the PostgreSQL server is running and that the --db URL (user, database, ?host=) is right"),
            _ => None,
        }
    }
}

fn is_disk_full(error: &rusqlite::Error) -> bool {
    error.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
}

fn is_read_only(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
    )
}

pub type Result<T> = std::result::Result<T, LedgerError>;

/// What storing one document did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreOutcome {
    /// A new document, with this many statements.
    New { statements: usize },
    /// The same text was already stored; a sighting was recorded if the place is new.
    Unchanged,
    /// An edit of a record seen before (same external id, other text) replaced it.
    Replaced { statements: usize },
}

/// A document with what extraction found in it, ready to store.
#[derive(Debug, Clone)]
pub struct ExtractedDocument {
    pub document: Document,
    pub statements: Vec<Statement>,
    pub facts: Vec<Fact>,
    /// When each statement was made, by position in `statements`, as its cue tells ("said on
    /// Friday"; `onrecord_facts::said_at`). Missing or `None`: not known, the publication time stands.
    pub said_at: Vec<Option<NaiveDateTime>>,
    /// Keys of the document's near-duplicate buckets (LSH bands); documents sharing a key are
    /// candidate near-copies.
    pub near_dup_keys: Vec<i64>,
    /// The document's MinHash signature; the share of equal positions estimates Jaccard similarity
    /// and confirms a candidate near-copy.
    pub minhash: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub documents: i64,
    pub statements: i64,
    pub speakers: i64,
    pub sources: i64,
    pub facts: i64,
    pub schema_version: i64,
    pub ledger: String,
}

/// Filters for [`Ledger::search`]. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// Full-text query words (all must match); `None` lists everything.
    pub text: Option<String>,
    pub speaker: Option<String>,
    pub since: Option<NaiveDateTime>,
    /// Exclusive upper bound.
    pub until: Option<NaiveDateTime>,
    pub kind: Option<StatementKind>,
    pub source: Option<String>,
    pub hedged: Option<bool>,
    pub limit: usize,
    /// Continue after this statement (cursor pagination in result order).
    pub after: Option<Cursor>,
}

/// A position in search results: results are ordered newest first, then by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub published: i64,
    pub statement_id: i64,
}

impl Cursor {
    /// The statement's place in result order (see [`statement_sort_key`]).
    pub fn sort_key(&self) -> i64 {
        statement_sort_key(self.published, self.statement_id)
    }
}

/// Bits of a sort key that hold the statement id; the bits above hold the minute it was made.
const SORT_KEY_ID_BITS: u32 = 38;

/// The order of statements in every listing: by minute (seconds since the epoch / 60, undated
/// and pre-1970 first), then by id. One integer, so an index on it — and the full-text index,
/// whose rowid it is — yields results newest first without sorting.
pub fn statement_sort_key(date_key: i64, statement_id: i64) -> i64 {
    let minutes = (date_key.max(0) / 60).min((1 << (63 - SORT_KEY_ID_BITS)) - 1);
    (minutes << SORT_KEY_ID_BITS) | (statement_id & ((1 << SORT_KEY_ID_BITS) - 1))
}

/// A stored statement with its document's metadata: everything needed to cite it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatementRow {
    pub id: i64,
    pub document_id: String,
    pub doc: String,
    pub kind: String,
    pub content: String,
    pub start: i64,
    pub end: i64,
    pub speaker_id: Option<i64>,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub hedged: bool,
    pub rule: String,
    /// When it was said: the statement's own time when known, else the document's publication.
    pub date: Option<String>,
    /// The statement's own time, when its cue gives one ("said on Friday"): the start of that
    /// time's interval. `None` when only the publication dates it.
    pub said_at: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

impl StatementRow {
    pub fn cursor(&self) -> Cursor {
        Cursor {
            published: sort_key(self.date.as_deref()),
            statement_id: self.id,
        }
    }
}

/// Dates sort as seconds since the epoch; undated statements sort last.
pub(crate) fn sort_key(date: Option<&str>) -> i64 {
    date.and_then(|d| NaiveDateTime::parse_from_str(d, "%Y-%m-%dT%H:%M:%S").ok())
        .map(|d| d.and_utc().timestamp())
        .unwrap_or(i64::MIN)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub statements: i64,
    pub aliases: Vec<String>,
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentRow {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub lang: String,
    pub statements: i64,
    pub reposted_from: Option<String>,
    /// The earliest near-copy this document was linked to, with the estimated similarity.
    pub near_copy_of: Option<String>,
    pub similarity: Option<f64>,
    pub text: Option<String>,
}

/// A place a document was seen: every ingest of the same text adds one.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Sighting {
    pub document_id: String,
    pub name: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub seen_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FactRow {
    pub id: i64,
    pub document_id: String,
    pub statement_id: Option<i64>,
    pub start: i64,
    pub end: i64,
    pub surface: String,
    /// The fact's fields in the FACTS.md shape (`type`, `low`, `high`, `from`, `name`, ...).
    pub fact: serde_json::Value,
}

/// A place the documents mention, with how often.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlaceRow {
    /// The gazetteer's canonical name.
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: i64,
    pub documents: i64,
}

impl PlaceRow {
    /// Builds a row from the stored fact JSON of one of its mentions (country and coordinates).
    pub(crate) fn from_fact(name: String, mentions: i64, documents: i64, data: &str) -> PlaceRow {
        let fact: serde_json::Value = serde_json::from_str(data).unwrap_or_default();
        PlaceRow {
            name,
            country: fact["country"].as_str().map(str::to_string),
            lat: fact["lat"].as_f64(),
            lon: fact["lon"].as_f64(),
            mentions,
            documents,
        }
    }
}

/// Everything about one document, for `show`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentDetail {
    pub document: DocumentRow,
    pub statements: Vec<StatementRow>,
    pub facts: Vec<FactRow>,
    pub sightings: Vec<Sighting>,
    pub near_copies: Vec<String>,
}

/// One ledger, whatever the backend.
pub trait Ledger {
    /// Stores one document with its extraction, in one transaction.
    fn store(&mut self, extracted: &ExtractedDocument) -> Result<StoreOutcome>;
    fn stats(&self) -> Result<Stats>;
    /// Statements matching the query, newest first.
    fn search(&self, query: &SearchQuery) -> Result<Vec<StatementRow>>;
    /// Speakers with statement counts, most statements first.
    fn speakers(&self, limit: usize) -> Result<Vec<EntityRow>>;
    /// Entities whose name or alias matches `name` (any script or spelling the name key folds).
    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>>;
    /// One speaker's statements, oldest first, optionally about some words and within dates.
    fn said(
        &self,
        entity_ids: &[i64],
        about: Option<&str>,
        since: Option<NaiveDateTime>,
        until: Option<NaiveDateTime>,
    ) -> Result<Vec<StatementRow>>;
    fn documents(&self, with_text: bool, limit: usize) -> Result<Vec<DocumentRow>>;
    /// A document by id, unique id prefix or name.
    fn document(&self, id_or_name: &str) -> Result<Option<DocumentDetail>>;

    /// Places mentioned in the ledger, most mentioned first.
    fn places(&self, limit: usize) -> Result<Vec<PlaceRow>>;

    // Reads for `onrecord-analyze`.

    /// Figures matching the query, oldest document first, with their context text.
    fn figures(&self, _query: &FigureQuery) -> Result<Vec<FigureRow>>;
    /// The time and place facts of these documents, in text order.
    fn context_facts(&self, _document_ids: &[String]) -> Result<Vec<ContextFact>>;
    /// Which of `candidates` occur as a figure unit.
    fn figure_units(&self, _candidates: &[String]) -> Result<Vec<String>>;
    /// Which of `candidates` occur as a place name.
    fn place_names(&self, _candidates: &[String]) -> Result<Vec<String>>;
    /// Statements by id, oldest first.
    fn statements_by_id(&self, _ids: &[i64]) -> Result<Vec<StatementRow>>;
    /// The facts inside these statements, by statement then text order.
    fn statement_facts(&self, statement_ids: &[i64]) -> Result<Vec<FactRow>>;
    /// Every sighting of these documents, earliest first.
    fn sightings(&self, _document_ids: &[String]) -> Result<Vec<Sighting>>;
    /// Documents linked as near-copies to or from these documents (without text).
    fn near_copies(&self, _document_ids: &[String]) -> Result<Vec<DocumentRow>>;

    /// Every row of one export table, in batches of at most [`EXPORT_BATCH`], for `onrecord export`.
    fn export(
        &self,
        table: ExportTable,
        on_rows: &mut dyn FnMut(ExportRows) -> Result<()>,
    ) -> Result<()>;
}
