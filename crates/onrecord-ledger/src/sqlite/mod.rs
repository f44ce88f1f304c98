//! The SQLite backend: one file, WAL mode, FTS5 for full-text search.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use onrecord_model::{CharIndex, Document, EntityKind, Fact, FactKind, Span, Speaker, Statement};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Transaction};

use crate::{
    name_key, sort_key, statement_sort_key, DocumentDetail, DocumentRow, EntityRow,
    ExtractedDocument, FactRow, Ledger, LedgerError, Result, SearchQuery, Sighting, StatementRow,
    Stats, StoreOutcome, SCHEMA_VERSION,
};

mod analysis;
mod export;
mod schema;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const DATE_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// Near-copies are linked when their estimated Jaccard similarity reaches this, unless configured.
pub const DEFAULT_NEAR_DUP_THRESHOLD: f64 = 0.8;

pub struct SqliteLedger {
    connection: Connection,
    path: PathBuf,
    near_dup_threshold: f64,
}

impl SqliteLedger {
    /// Opens the ledger at `path`, creating it (and migrating it to the current schema) if needed.
    /// A file that is not a SQLite database, or a ledger from a newer onrecord, is refused untouched.
    pub fn open(path: &Path) -> Result<SqliteLedger> {
        check_header(path)?;
        let connection = Connection::open(path).map_err(|error| LedgerError::Open {
            path: path.to_path_buf(),
            message: error.to_string(),
        })?;
        let found: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|error| not_a_ledger_or(error, path))?;
        if found > SCHEMA_VERSION {
            return Err(LedgerError::NewerSchema {
                path: path.to_path_buf(),
                found,
            });
        }
        connection.busy_timeout(std::time::Duration::from_secs(30))?;
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|error| not_a_ledger_or(error, path))?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MiB of page cache (SQLite's default is 2 MiB), and reads through a memory map (up to
        // SQLite's build limit, 2 GiB by default): the analyses read tens of thousands of rows
        // scattered over the file, and reading each page through a system call and a copy cost
        // a fifth of `figures --conflicts` on a 1 M-statement ledger. Writes are unaffected.
        connection.pragma_update(None, "cache_size", -65536)?;
        connection.pragma_update(None, "mmap_size", 1i64 << 32)?;
        let mut ledger = SqliteLedger {
            connection,
            path: path.to_path_buf(),
            near_dup_threshold: DEFAULT_NEAR_DUP_THRESHOLD,
        };
        ledger.migrate(found)?;
        Ok(ledger)
    }

    /// Opens an existing ledger without creating one; `Ok(None)` when there is none at `path`.
    pub fn open_existing(path: &Path) -> Result<Option<SqliteLedger>> {
        if !path.exists() {
            return Ok(None);
        }
        SqliteLedger::open(path).map(Some)
    }

    pub fn set_near_dup_threshold(&mut self, threshold: f64) {
        self.near_dup_threshold = threshold;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection itself, for the bulk operations of this crate (`migrate`).
    pub(crate) fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when the file is sound.
    pub fn integrity_check(&self) -> Result<()> {
        let verdict: String = self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(LedgerError::Corrupt(verdict))
        }
    }

    /// Brings the schema up to [`SCHEMA_VERSION`], one write-locked transaction per step. Another
    /// process may be opening the same new file: each step re-reads the version under the lock and
    /// skips what that process already did.
    fn migrate(&mut self, from: i64) -> Result<()> {
        for version in from..SCHEMA_VERSION {
            let tx = self
                .connection
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            if current > version {
                continue;
            }
            tx.execute_batch(schema::MIGRATIONS[version as usize])?;
            schema::after(&tx, version)?;
            tx.pragma_update(None, "user_version", version + 1)?;
            tx.commit()?;
        }
        Ok(())
    }
}

/// Refuses a non-empty file that does not start with SQLite's header, before SQLite touches it.
fn check_header(path: &Path) -> Result<()> {
    let Ok(mut file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(error) => {
                return Err(LedgerError::Open {
                    path: path.to_path_buf(),
                    message: error.to_string(),
                })
            }
        }
    }
    if read == 0 || &header == SQLITE_HEADER {
        Ok(())
    } else {
        Err(LedgerError::NotALedger {
            path: path.to_path_buf(),
        })
    }
}

fn not_a_ledger_or(error: rusqlite::Error, path: &Path) -> LedgerError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => LedgerError::NotALedger {
            path: path.to_path_buf(),
        },
        _ => LedgerError::Open {
            path: path.to_path_buf(),
            message: error.to_string(),
        },
    }
}

fn format_date(date: Option<NaiveDateTime>) -> Option<String> {
    date.map(|d| d.format(DATE_FORMAT).to_string())
}

fn now() -> String {
    chrono::Utc::now()
        .naive_utc()
        .format(DATE_FORMAT)
        .to_string()
}

impl Ledger for SqliteLedger {
    fn export(
        &self,
        table: crate::ExportTable,
        on_rows: &mut dyn FnMut(crate::ExportRows) -> Result<()>,
    ) -> Result<()> {
        self.export_impl(table, on_rows)
    }

    fn figures(&self, query: &crate::FigureQuery) -> Result<Vec<crate::FigureRow>> {
        self.figures_impl(query)
    }

    fn context_facts(&self, document_ids: &[String]) -> Result<Vec<crate::ContextFact>> {
        self.context_facts_impl(document_ids)
    }

    fn figure_units(&self, candidates: &[String]) -> Result<Vec<String>> {
        self.known_values("unit", candidates)
    }

    fn place_names(&self, candidates: &[String]) -> Result<Vec<String>> {
        self.known_values("place", candidates)
    }

    fn statements_by_id(&self, ids: &[i64]) -> Result<Vec<StatementRow>> {
        self.statements_by_id_impl(ids)
    }

    fn statement_facts(&self, statement_ids: &[i64]) -> Result<Vec<FactRow>> {
        let mut statement = self.connection.prepare_cached(&format!(
            "SELECT {FACT_COLUMNS} FROM facts WHERE statement_id IN (SELECT value FROM json_each(?1))
             ORDER BY statement_id, start, id"
        ))?;
        let ids = serde_json::to_string(statement_ids)
            .map_err(|e| LedgerError::Corrupt(e.to_string()))?;
        let facts = statement
            .query_map([ids], fact_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(facts)
    }

    fn sightings(&self, document_ids: &[String]) -> Result<Vec<Sighting>> {
        self.sightings_impl(document_ids)
    }

    fn places(&self, limit: usize) -> Result<Vec<crate::PlaceRow>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT place, count(*) AS mentions, count(DISTINCT document_id), min(data) FROM facts
             WHERE type = 'place' AND place IS NOT NULL
             GROUP BY place ORDER BY mentions DESC, place LIMIT ?1",
        )?;
        let rows = statement.query_map([limit as i64], |row| {
            let data: String = row.get(3)?;
            Ok(crate::PlaceRow::from_fact(
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                &data,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn near_copies(&self, document_ids: &[String]) -> Result<Vec<DocumentRow>> {
        self.near_copies_impl(document_ids)
    }

    fn store(&mut self, extracted: &ExtractedDocument) -> Result<StoreOutcome> {
        let threshold = self.near_dup_threshold;
        let tx = self.connection.transaction()?;
        let document = &extracted.document;
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM documents WHERE content_hash = ?1",
                [&document.content_hash],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            add_sighting(&tx, &id, document)?;
            tx.commit()?;
            return Ok(StoreOutcome::Unchanged);
        }
        let replaced = match &document.external_id {
            Some(external_id) => {
                let previous: Option<String> = tx
                    .query_row(
                        "SELECT id FROM documents WHERE external_id = ?1",
                        [external_id],
                        |row| row.get(0),
                    )
                    .optional()?;
                if let Some(previous) = &previous {
                    tx.execute("DELETE FROM documents WHERE id = ?1", [previous])?;
                }
                previous.is_some()
            }
            None => false,
        };
        insert_document(&tx, extracted, threshold)?;
        add_sighting(&tx, &document.id, document)?;
        // One code-point index serves every span of the document.
        let index = CharIndex::new(&document.text);
        let statement_ids = insert_statements(
            &tx,
            document,
            &index,
            &extracted.statements,
            &extracted.said_at,
        )?;
        insert_facts(
            &tx,
            document,
            &index,
            &extracted.statements,
            &statement_ids,
            &extracted.facts,
        )?;
        tx.commit()?;
        let statements = extracted.statements.len();
        Ok(if replaced {
            StoreOutcome::Replaced { statements }
        } else {
            StoreOutcome::New { statements }
        })
    }

    fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<i64> {
            Ok(self.connection.query_row(sql, [], |row| row.get(0))?)
        };
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            statements: count("SELECT count(*) FROM statements")?,
            speakers: count("SELECT count(DISTINCT speaker_id) FROM statements")?,
            sources: count("SELECT count(DISTINCT source) FROM sightings")?,
            facts: count("SELECT count(*) FROM facts")?,
            schema_version: count("PRAGMA user_version")?,
            ledger: self.path.display().to_string(),
        })
    }

    fn search(&self, query: &SearchQuery) -> Result<Vec<StatementRow>> {
        // Results are ordered by `sort_key`, which is also the full-text index's rowid: FTS5 then
        // walks its matches newest first and stops at the limit instead of sorting every match.
        // With a speaker filter the speaker's own statements drive the query and each is checked
        // against the index by rowid, which stays cheap for common words too.
        let mut conditions: Vec<String> = Vec::new();
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        let text = query.text.as_deref().and_then(fts_query);
        let speaker_ids = match &query.speaker {
            Some(speaker) => Some(
                self.find_entities(speaker)?
                    .iter()
                    .map(|e| e.id.to_string())
                    .collect::<Vec<_>>(),
            ),
            None => None,
        };
        let fulltext_driven = text.is_some() && speaker_ids.is_none();
        let (from, key) = if fulltext_driven {
            (FULLTEXT_FROM, "f.rowid")
        } else {
            (
                "statements s JOIN documents d ON d.id = s.document_id",
                "s.sort_key",
            )
        };
        if let Some(text) = text {
            values.push(text.into());
            let matcher = values.len();
            conditions.push(if fulltext_driven {
                format!("statements_fts MATCH ?{matcher}")
            } else {
                format!("EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ?{matcher} AND rowid = s.sort_key)")
            });
        }
        if let Some(ids) = speaker_ids {
            let ids = if ids.is_empty() {
                "NULL".to_string()
            } else {
                ids.join(",")
            };
            conditions.push(format!("s.speaker_id IN ({ids})"));
        }
        if let Some(since) = query.since {
            values.push(statement_sort_key(since.and_utc().timestamp(), 0).into());
            conditions.push(format!("{key} >= ?{}", values.len()));
        }
        if let Some(until) = query.until {
            values.push(statement_sort_key(until.and_utc().timestamp(), 0).into());
            conditions.push(format!("{key} < ?{}", values.len()));
        }
        if let Some(cursor) = query.after {
            values.push(cursor.sort_key().into());
            conditions.push(format!("{key} < ?{}", values.len()));
        }
        if let Some(kind) = query.kind {
            values.push(kind.as_str().to_string().into());
            conditions.push(format!("s.kind = ?{}", values.len()));
        }
        if let Some(source) = &query.source {
            values.push(source.clone().into());
            conditions.push(format!("d.source = ?{}", values.len()));
        }
        if let Some(hedged) = query.hedged {
            conditions.push(format!("s.hedged = {}", i64::from(hedged)));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM {from} {filter} ORDER BY {key} DESC LIMIT {}",
            query.limit.max(1)
        );
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(values), statement_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn speakers(&self, limit: usize) -> Result<Vec<EntityRow>> {
        let sql =
            format!("{ENTITY_SELECT} GROUP BY e.id ORDER BY statements DESC, e.name LIMIT ?1");
        self.entities(&sql, params![limit as i64])
    }

    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        let key = name_key(name);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "{ENTITY_SELECT} WHERE e.id IN (
                SELECT id FROM entities WHERE key = ?1
                UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?1
                UNION SELECT id FROM entities WHERE last_key = ?1 AND kind != 'anonymous')
             GROUP BY e.id ORDER BY statements DESC"
        );
        self.entities(&sql, params![key])
    }

    fn said(
        &self,
        entity_ids: &[i64],
        about: Option<&str>,
        since: Option<NaiveDateTime>,
        until: Option<NaiveDateTime>,
    ) -> Result<Vec<StatementRow>> {
        if entity_ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<String> = entity_ids.iter().map(i64::to_string).collect();
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        let mut from = String::from("statements s JOIN documents d ON d.id = s.document_id");
        let mut conditions = vec![format!("s.speaker_id IN ({})", ids.join(","))];
        if let Some(text) = about.and_then(fts_query) {
            from = FULLTEXT_FROM.to_string();
            values.push(text.into());
            conditions.push(format!("statements_fts MATCH ?{}", values.len()));
        }
        if let Some(since) = since {
            values.push(since.and_utc().timestamp().into());
            conditions.push(format!("s.date_key >= ?{}", values.len()));
        }
        if let Some(until) = until {
            values.push(until.and_utc().timestamp().into());
            conditions.push(format!("s.date_key < ?{}", values.len()));
        }
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM {from} WHERE {} ORDER BY s.sort_key",
            conditions.join(" AND ")
        );
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(values), statement_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn documents(&self, with_text: bool, limit: usize) -> Result<Vec<DocumentRow>> {
        let sql =
            format!("{DOCUMENT_SELECT} ORDER BY d.published IS NULL, d.published, d.name LIMIT ?1");
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map([limit as i64], |row| document_row(row, with_text))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn document(&self, id_or_name: &str) -> Result<Option<DocumentDetail>> {
        let id: Option<String> = self
            .connection
            .query_row(
                "SELECT id FROM documents WHERE id = ?1
                 UNION ALL SELECT id FROM (SELECT id FROM documents WHERE name = ?1 ORDER BY published LIMIT 1)
                 UNION ALL SELECT id FROM (SELECT id FROM documents WHERE id LIKE ?2 ESCAPE '\\' LIMIT 1)
                 LIMIT 1",
                params![id_or_name, format!("{}%", like_escape(id_or_name))],
                |row| row.get(0),
            )
            .optional()?;
        let Some(id) = id else { return Ok(None) };
        let document = self.connection.query_row(
            &format!("{DOCUMENT_SELECT} WHERE d.id = ?1"),
            [&id],
            |row| document_row(row, true),
        )?;
        let mut statement = self.connection.prepare_cached(&format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
             WHERE s.document_id = ?1 ORDER BY s.seq"
        ))?;
        let statements = statement
            .query_map([&id], statement_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut statement = self.connection.prepare_cached(&format!(
            "SELECT {FACT_COLUMNS} FROM facts WHERE document_id = ?1 ORDER BY start"
        ))?;
        let facts = statement
            .query_map([&id], fact_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut statement = self.connection.prepare_cached(
            "SELECT document_id, name, source, url, published, seen_at FROM sightings WHERE document_id = ?1 ORDER BY seen_at",
        )?;
        let sightings = statement
            .query_map([&id], |row| {
                Ok(Sighting {
                    document_id: row.get(0)?,
                    name: row.get(1)?,
                    source: row.get(2)?,
                    url: row.get(3)?,
                    published: row.get(4)?,
                    seen_at: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut statement = self.connection.prepare_cached(
            "SELECT id FROM documents WHERE near_copy_of = ?1 ORDER BY published",
        )?;
        let near_copies = statement
            .query_map([&id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(DocumentDetail {
            document,
            statements,
            facts,
            sightings,
            near_copies,
        }))
    }
}

impl SqliteLedger {
    fn entities(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<EntityRow>> {
        let mut statement = self.connection.prepare_cached(sql)?;
        let rows = statement.query_map(params, |row| {
            let aliases: Option<String> = row.get(4)?;
            Ok(EntityRow {
                id: row.get(0)?,
                name: row.get(1)?,
                kind: row.get(2)?,
                statements: row.get(3)?,
                aliases: aliases
                    .map(|a| a.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
                first: row.get(5)?,
                last: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

const ENTITY_SELECT: &str = "SELECT e.id, e.name, e.kind,
    (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id) AS statements,
    (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias != e.name ORDER BY alias)),
    (SELECT min(coalesce(said_at, date)) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT max(coalesce(said_at, date)) FROM statements s WHERE s.speaker_id = e.id)
    FROM entities e";

/// Statements joined to their full-text index, for queries that match words.
const FULLTEXT_FROM: &str =
    "statements_fts f JOIN statements s ON s.sort_key = f.rowid JOIN documents d ON d.id = s.document_id";

const STATEMENT_COLUMNS: &str = "s.id, s.document_id, d.name, s.kind, s.content, s.start, s.end, s.speaker_id,
    s.speaker_name, (SELECT kind FROM entities WHERE id = s.speaker_id), s.mention, s.cue, s.hedged, s.rule,
    coalesce(s.said_at, s.date), d.source, d.url, d.title, s.said_at";

fn statement_row(row: &Row) -> rusqlite::Result<StatementRow> {
    Ok(StatementRow {
        id: row.get(0)?,
        document_id: row.get(1)?,
        doc: row.get(2)?,
        kind: row.get(3)?,
        content: row.get(4)?,
        start: row.get(5)?,
        end: row.get(6)?,
        speaker_id: row.get(7)?,
        speaker: row.get(8)?,
        speaker_kind: row.get(9)?,
        mention: row.get(10)?,
        cue: row.get(11)?,
        hedged: row.get(12)?,
        rule: row.get(13)?,
        date: row.get(14)?,
        source: row.get(15)?,
        url: row.get(16)?,
        title: row.get(17)?,
        said_at: row.get(18)?,
    })
}

const DOCUMENT_SELECT: &str = "SELECT d.id, d.name, d.title, d.url, d.source, d.author, d.published, d.lang,
    (SELECT count(*) FROM statements s WHERE s.document_id = d.id), d.reposted_from, d.near_copy_of, d.similarity, d.text
    FROM documents d";

fn document_row(row: &Row, with_text: bool) -> rusqlite::Result<DocumentRow> {
    Ok(DocumentRow {
        id: row.get(0)?,
        name: row.get(1)?,
        title: row.get(2)?,
        url: row.get(3)?,
        source: row.get(4)?,
        author: row.get(5)?,
        published: row.get(6)?,
        lang: row.get(7)?,
        statements: row.get(8)?,
        reposted_from: row.get(9)?,
        near_copy_of: row.get(10)?,
        similarity: row.get(11)?,
        text: if with_text { row.get(12)? } else { None },
    })
}

/// Turns user words into an FTS5 query: every word must match; `word*` is a prefix.
fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '*' || c == '\'' || c == '-'))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(|word| {
            let (stem, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, "*"),
                None => (word, ""),
            };
            format!("\"{}\"{prefix}", stem.replace(['"', '*'], ""))
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

fn like_escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn add_sighting(tx: &Transaction, id: &str, document: &Document) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO sightings (document_id, name, source, url, published, seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, document.name, document.source, document.url, format_date(document.published), now()],
    )?;
    Ok(())
}

fn insert_document(tx: &Transaction, extracted: &ExtractedDocument, threshold: f64) -> Result<()> {
    let document = &extracted.document;
    let near = find_near_copy(tx, extracted, threshold)?;
    let minhash: Vec<u8> = extracted
        .minhash
        .iter()
        .flat_map(|value| value.to_le_bytes())
        .collect();
    tx.execute(
        "INSERT INTO documents (id, content_hash, name, source, url, title, author, published, lang, text,
            reposted_from, external_id, near_copy_of, similarity, minhash, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            document.id,
            document.content_hash,
            document.name,
            document.source,
            document.url,
            document.title,
            document.author,
            format_date(document.published),
            document.lang.code(),
            document.text,
            document.reposted_from,
            document.external_id,
            near.as_ref().map(|(id, _)| id),
            near.as_ref().map(|(_, similarity)| similarity),
            (!minhash.is_empty()).then_some(minhash),
            now(),
        ],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO near_dup_bands (band_key, document_id) VALUES (?1, ?2)",
    )?;
    for key in &extracted.near_dup_keys {
        insert.execute(params![key, document.id])?;
    }
    Ok(())
}

/// The earliest stored document sharing a band with this one whose MinHash similarity reaches the
/// threshold. Cost is proportional to the candidates in its bands, not to the ledger's size.
fn find_near_copy(
    tx: &Transaction,
    extracted: &ExtractedDocument,
    threshold: f64,
) -> Result<Option<(String, f64)>> {
    if extracted.near_dup_keys.is_empty() || extracted.minhash.is_empty() {
        return Ok(None);
    }
    let keys: Vec<String> = extracted.near_dup_keys.iter().map(i64::to_string).collect();
    let sql = format!(
        "SELECT d.id, d.minhash FROM documents d WHERE d.id IN
            (SELECT DISTINCT document_id FROM near_dup_bands WHERE band_key IN ({}))
         ORDER BY d.published IS NULL, d.published, d.ingested_at LIMIT 200",
        keys.join(",")
    );
    let mut statement = tx.prepare(&sql)?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let bytes: Option<Vec<u8>> = row.get(1)?;
        let Some(bytes) = bytes else { continue };
        let other: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if other.len() != extracted.minhash.len() {
            continue;
        }
        let equal = other
            .iter()
            .zip(&extracted.minhash)
            .filter(|(a, b)| a == b)
            .count();
        let similarity = equal as f64 / other.len() as f64;
        if similarity >= threshold {
            return Ok(Some((id, similarity)));
        }
    }
    Ok(None)
}

fn insert_statements(
    tx: &Transaction,
    document: &Document,
    index: &CharIndex,
    statements: &[Statement],
    said_at: &[Option<NaiveDateTime>],
) -> Result<Vec<i64>> {
    let text_of = |span: Span| index.slice(&document.text, span).to_string();
    let date = format_date(document.published);
    // Ids are assigned here, not by SQLite, because the sort key (the full-text rowid) embeds them.
    // The write transaction makes this the only writer. The counter remembers the highest id ever
    // given, so deleting the newest statements (a replaced document) never frees their ids.
    let first_id: i64 = tx.query_row(
        "SELECT max(coalesce((SELECT value FROM counters WHERE name = 'statements'), 0),
                    coalesce((SELECT max(id) FROM statements), 0)) + 1",
        [],
        |row| row.get(0),
    )?;
    if !statements.is_empty() {
        tx.execute(
            "INSERT INTO counters (name, value) VALUES ('statements', ?1)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [first_id + statements.len() as i64 - 1],
        )?;
    }
    let mut ids = Vec::with_capacity(statements.len());
    for (seq, statement) in statements.iter().enumerate() {
        let id = first_id + seq as i64;
        let said_at = format_date(said_at.get(seq).copied().flatten());
        let date_key = sort_key(said_at.as_deref().or(date.as_deref()));
        let speaker_id = match &statement.speaker {
            Some(speaker) => Some(entity_for(tx, speaker, &document.id)?),
            None => None,
        };
        let mut insert = tx.prepare_cached(
            "INSERT INTO statements (id, document_id, seq, kind, content, start, end, speaker_id, speaker_name, mention,
                mention_start, mention_end, cue, cue_start, cue_end, hedged, rule, date, date_key, sort_key, said_at)
             VALUES (?20, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?21)",
        )?;
        insert.execute(params![
            document.id,
            seq as i64,
            statement.kind.as_str(),
            text_of(statement.content),
            statement.content.start as i64,
            statement.content.end as i64,
            speaker_id,
            statement.speaker.as_ref().map(|s| &s.name),
            statement.speaker.as_ref().map(|s| &s.mention),
            statement
                .speaker
                .as_ref()
                .and_then(|s| s.mention_span)
                .map(|s| s.start as i64),
            statement
                .speaker
                .as_ref()
                .and_then(|s| s.mention_span)
                .map(|s| s.end as i64),
            statement.cue.map(text_of),
            statement.cue.map(|cue| cue.start as i64),
            statement.cue.map(|cue| cue.end as i64),
            statement.hedged,
            statement.rule,
            date,
            date_key,
            statement_sort_key(date_key, id),
            id,
            said_at,
        ])?;
        ids.push(id);
    }
    Ok(ids)
}

/// The entity a speaker resolves to, created on first sight. Named speakers are one entity across
/// documents by name key; a surname alone joins the one person whose full name ends with it.
/// Anonymous sources are never merged: their key includes the document.
fn entity_for(tx: &Transaction, speaker: &Speaker, document_id: &str) -> Result<i64> {
    let name_key = name_key(&speaker.name);
    let key = if speaker.is_anonymous() {
        format!("anonymous:{document_id}:{name_key}")
    } else {
        name_key.clone()
    };
    let last_key = name_key.rsplit(' ').next().unwrap_or_default().to_string();
    let mut id: Option<i64> = tx
        .query_row("SELECT id FROM entities WHERE key = ?1", [&key], |row| {
            row.get(0)
        })
        .optional()?;
    if id.is_none() && speaker.kind == EntityKind::Person && !name_key.contains(' ') {
        let mut statement = tx.prepare_cached(
            "SELECT id FROM entities WHERE last_key = ?1 AND kind = 'person' AND key LIKE '% %' LIMIT 2",
        )?;
        let matches: Vec<i64> = statement
            .query_map([&last_key], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let [only] = matches[..] {
            id = Some(only);
        }
    }
    let id = match id {
        Some(id) => id,
        None => {
            tx.execute(
                "INSERT INTO entities (key, last_key, name, kind) VALUES (?1, ?2, ?3, ?4)",
                params![key, last_key, speaker.name, speaker.kind.as_str()],
            )?;
            tx.last_insert_rowid()
        }
    };
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?1, ?2, ?3)",
    )?;
    for alias in std::iter::once(&speaker.name).chain(&speaker.aliases) {
        let alias_key = crate::name_key(alias);
        if !alias_key.is_empty() && !speaker.is_anonymous() {
            insert.execute(params![id, alias, alias_key])?;
        }
    }
    Ok(id)
}

const FACT_COLUMNS: &str = "id, document_id, statement_id, start, end, surface, data";

/// A `facts` row selected with [`FACT_COLUMNS`].
fn fact_row(row: &rusqlite::Row) -> rusqlite::Result<FactRow> {
    let data: String = row.get(6)?;
    Ok(FactRow {
        id: row.get(0)?,
        document_id: row.get(1)?,
        statement_id: row.get(2)?,
        start: row.get(3)?,
        end: row.get(4)?,
        surface: row.get(5)?,
        fact: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
    })
}

fn insert_facts(
    tx: &Transaction,
    document: &Document,
    index: &CharIndex,
    statements: &[Statement],
    statement_ids: &[i64],
    facts: &[Fact],
) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO facts (document_id, statement_id, type, start, end, surface, data, unit, low, high, time_from, time_to, place, anchor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for fact in facts {
        let statement_id = statements
            .iter()
            .position(|statement| statement.content.contains(fact.span))
            .map(|position| statement_ids[position]);
        let surface = index.slice(&document.text, fact.span);
        let data =
            serde_json::to_string(&fact.kind).map_err(|e| LedgerError::Corrupt(e.to_string()))?;
        let anchor = match &fact.kind {
            FactKind::Time(time) => time.anchor.as_deref(),
            _ => None,
        };
        let (kind, unit, low, high, from, to, place) = match &fact.kind {
            FactKind::Figure(figure) => (
                "figure",
                Some(&figure.unit),
                Some(figure.low),
                Some(figure.high),
                None,
                None,
                None,
            ),
            FactKind::Time(time) => (
                "time",
                None,
                None,
                None,
                Some(&time.from),
                Some(&time.to),
                None,
            ),
            FactKind::Place(place) => ("place", None, None, None, None, None, Some(&place.name)),
        };
        insert.execute(params![
            document.id,
            statement_id,
            kind,
            fact.span.start as i64,
            fact.span.end as i64,
            surface,
            data,
            unit,
            low,
            high,
            from,
            to,
            place,
            anchor
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
