//! Bulk export: every row of a table, streamed in batches, for `onrecord export` (Parquet, JSON
//! Lines, CSV). The record types are flat and stable — column names are a promise to the DuckDB,
//! Polars and Spark queries in `docs/export.md` — and the same for every backend; each backend's
//! SQL lives in its own `export` module.

use chrono::NaiveDateTime;
use serde::{Serialize, Serializer};

/// Rows per batch handed to the caller.
pub const EXPORT_BATCH: usize = 65_536;

/// The tables `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportTable {
    Statements,
    Documents,
    Entities,
    Figures,
}

impl ExportTable {
    pub const ALL: [ExportTable; 4] = [
        ExportTable::Statements,
        ExportTable::Documents,
        ExportTable::Entities,
        ExportTable::Figures,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportTable::Statements => "statements",
            ExportTable::Documents => "documents",
            ExportTable::Entities => "entities",
            ExportTable::Figures => "figures",
        }
    }

    pub fn parse(name: &str) -> Option<ExportTable> {
        ExportTable::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// One batch of exported rows, in id order.
#[derive(Debug, Clone)]
pub enum ExportRows {
    Statements(Vec<StatementRecord>),
    Documents(Vec<DocumentRecord>),
    Entities(Vec<EntityRecord>),
    Figures(Vec<FigureRecord>),
}

impl ExportRows {
    pub fn len(&self) -> usize {
        match self {
            ExportRows::Statements(rows) => rows.len(),
            ExportRows::Documents(rows) => rows.len(),
            ExportRows::Entities(rows) => rows.len(),
            ExportRows::Figures(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A statement with its speaker and its document's metadata: one row answers "who said what, when,
/// where it was published".
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatementRecord {
    pub id: i64,
    pub document_id: String,
    /// Position of the statement in its document, from 0.
    pub seq: i64,
    pub kind: String,
    pub content: String,
    /// Code-point offsets of `content` in the document text.
    pub start: i64,
    pub end: i64,
    pub speaker_id: Option<i64>,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub hedged: bool,
    pub rule: String,
    /// When it was said: `said_at` when the cue tells, else the document's publication.
    #[serde(serialize_with = "iso")]
    pub date: Option<NaiveDateTime>,
    /// When the cue says it was said ("said on Friday"); null when only the publication dates it.
    #[serde(serialize_with = "iso")]
    pub said_at: Option<NaiveDateTime>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub lang: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentRecord {
    pub id: String,
    pub content_hash: String,
    pub name: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    #[serde(serialize_with = "iso")]
    pub published: Option<NaiveDateTime>,
    pub lang: String,
    pub reposted_from: Option<String>,
    pub external_id: Option<String>,
    pub near_copy_of: Option<String>,
    pub similarity: Option<f64>,
    pub statements: i64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRecord {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub statements: i64,
    /// Other names the entity goes by, sorted.
    pub aliases: Vec<String>,
    #[serde(serialize_with = "iso")]
    pub first: Option<NaiveDateTime>,
    #[serde(serialize_with = "iso")]
    pub last: Option<NaiveDateTime>,
}

/// A figure ("4,700 to 6,300 fighters") with who gave it and where it was published.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FigureRecord {
    pub id: i64,
    pub document_id: String,
    pub statement_id: Option<i64>,
    pub speaker_id: Option<i64>,
    pub speaker: Option<String>,
    pub start: i64,
    pub end: i64,
    pub surface: String,
    pub low: f64,
    pub high: f64,
    pub unit: String,
    pub approx: bool,
    /// `exact`, `at_least`, `at_most` or `about`.
    pub bound: String,
    pub counted: Option<String>,
    #[serde(serialize_with = "iso")]
    pub published: Option<NaiveDateTime>,
    pub source: Option<String>,
}

/// The parts of a figure's stored JSON that are not columns of their own.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct FigureData {
    #[serde(default)]
    pub approx: bool,
    #[serde(default)]
    pub bound: Option<String>,
    #[serde(default)]
    pub counted: Option<String>,
}

impl FigureData {
    pub(crate) fn parse(json: &str) -> FigureData {
        serde_json::from_str(json).unwrap_or_default()
    }
}

pub(crate) const DATE_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// Parses a date as the SQLite backend stores it.
pub(crate) fn parse_date(value: Option<String>) -> Option<NaiveDateTime> {
    value.and_then(|v| NaiveDateTime::parse_from_str(&v, DATE_FORMAT).ok())
}

fn iso<S: Serializer>(date: &Option<NaiveDateTime>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.serialize_str(&date.format(DATE_FORMAT).to_string()),
        None => serializer.serialize_none(),
    }
}
