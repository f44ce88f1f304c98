//! The PostgreSQL backend: a shared ledger for a team, written to by any number of workers.
//!
//! It behaves exactly like [`SqliteLedger`](crate::SqliteLedger) — same ids, same orders, same
//! search results — and the end-to-end suite runs against both. Where SQLite's order is implicit
//! (rowid, binary collation, NULLs first), the queries here spell it out (`COLLATE "C"`,
//! `NULLS FIRST`, an `id` tie-break).
//!
//! Writes of one document are one transaction. Writers may run concurrently: inserts that can race
//! (a document, an entity) use `ON CONFLICT`, and a transaction that loses a race (deadlock,
//! serialization failure, unique violation) is retried. A lost connection (the server restarted) is
//! re-established with back-off, and the interrupted call is retried; storing is idempotent, so a
//! retry never duplicates anything.

use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;
use std::time::{Duration, Instant};

use ::postgres::error::SqlState;
use ::postgres::types::ToSql;
use ::postgres::{Client, Config, NoTls, Row, Statement as Prepared, Transaction};
use chrono::NaiveDateTime;
use onrecord_model::{CharIndex, Document, EntityKind, Fact, FactKind, Span, Speaker, Statement};

use crate::{
    name_key, sort_key, statement_sort_key, DocumentDetail, DocumentRow, EntityRow,
    ExtractedDocument, FactRow, Ledger, LedgerError, Result, SearchQuery, Sighting, StatementRow,
    Stats, StoreOutcome, SCHEMA_VERSION,
};

mod analysis;
mod export;
pub(crate) mod fts;
pub mod queue;
pub(crate) mod schema;

const DATE_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// How long a call keeps trying to reach a server that went away before it gives up.
pub const DEFAULT_RECONNECT_TIMEOUT: Duration = Duration::from_secs(60);

/// How often a transaction that lost a race with another writer is retried.
const RACE_RETRIES: usize = 8;

/// Whether `spec` names a PostgreSQL ledger rather than a SQLite file.
pub fn is_postgres_url(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}

pub(crate) type Params = Vec<Box<dyn ToSql + Sync>>;

/// A connection with its prepared statements.
pub(crate) struct Connection {
    pub(crate) client: Client,
    prepared: HashMap<String, Prepared>,
}

impl Connection {
    fn prepare(&mut self, sql: &str) -> std::result::Result<Prepared, ::postgres::Error> {
        if let Some(statement) = self.prepared.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        self.prepared.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }
}

pub struct PostgresLedger {
    connection: RefCell<Connection>,
    config: Config,
    url: String,
    near_dup_threshold: f64,
    reconnect_timeout: Duration,
}

impl PostgresLedger {
    /// Connects to the database at `url` (`postgres://…` or `postgresql://…`, with `?host=/dir` for
    /// a Unix socket) and migrates it to the current schema, creating the tables on first use.
    pub fn open(url: &str) -> Result<PostgresLedger> {
        let mut ledger = PostgresLedger::connect(url)?;
        ledger.migrate()?;
        Ok(ledger)
    }

    /// Connects without creating anything; `Ok(None)` when the database holds no ledger yet.
    pub fn open_existing(url: &str) -> Result<Option<PostgresLedger>> {
        let mut ledger = PostgresLedger::connect(url)?;
        let found = ledger.schema_version()?;
        if found == 0 {
            return Ok(None);
        }
        ledger.check_version(found)?;
        Ok(Some(ledger))
    }

    fn connect(url: &str) -> Result<PostgresLedger> {
        let config = Config::from_str(url).map_err(|error| LedgerError::Open {
            path: redact(url).into(),
            message: error.to_string(),
        })?;
        let client = config.connect(NoTls).map_err(|error| LedgerError::Open {
            path: redact(url).into(),
            message: error.to_string(),
        })?;
        Ok(PostgresLedger {
            connection: RefCell::new(Connection {
                client,
                prepared: HashMap::new(),
            }),
            config,
            url: redact(url),
            near_dup_threshold: crate::sqlite::DEFAULT_NEAR_DUP_THRESHOLD,
            reconnect_timeout: DEFAULT_RECONNECT_TIMEOUT,
        })
    }

    pub fn set_near_dup_threshold(&mut self, threshold: f64) {
        self.near_dup_threshold = threshold;
    }

    /// How long to keep reconnecting to a server that went away (default one minute).
    pub fn set_reconnect_timeout(&mut self, timeout: Duration) {
        self.reconnect_timeout = timeout;
    }

    /// The connection itself, for the bulk operations of this crate (migrate, the queue).
    pub(crate) fn connection_mut(&mut self) -> &mut Connection {
        self.connection.get_mut()
    }

    /// The URL without its password, for messages.
    pub fn url(&self) -> &str {
        &self.url
    }

    fn schema_version(&mut self) -> Result<i64> {
        self.with_connection(|c| {
            let exists: bool = c
                .client
                .query_one("SELECT to_regclass('onrecord_schema') IS NOT NULL", &[])?
                .try_get(0)?;
            if !exists {
                return Ok(0);
            }
            c.client
                .query_one("SELECT coalesce(max(version), 0) FROM onrecord_schema", &[])?
                .try_get(0)
        })
    }

    fn check_version(&self, found: i64) -> Result<()> {
        if found > SCHEMA_VERSION {
            return Err(LedgerError::NewerSchema {
                path: self.url.clone().into(),
                found,
            });
        }
        Ok(())
    }

    /// Applies the migrations this database lacks, under an advisory lock so that workers starting
    /// together do not race.
    fn migrate(&mut self) -> Result<()> {
        let found = self.schema_version()?;
        self.check_version(found)?;
        if found == SCHEMA_VERSION {
            return Ok(());
        }
        if schema::MIGRATIONS.len() as i64 != SCHEMA_VERSION {
            return Err(LedgerError::Corrupt(format!(
                "this build has {} PostgreSQL migrations for schema version {SCHEMA_VERSION}",
                schema::MIGRATIONS.len()
            )));
        }
        let connection = self.connection.get_mut();
        let mut tx = connection.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock(7306596139)", &[])?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS onrecord_schema (version BIGINT NOT NULL)")?;
        let found: i64 = tx
            .query_one("SELECT coalesce(max(version), 0) FROM onrecord_schema", &[])?
            .try_get(0)?;
        for version in found..SCHEMA_VERSION {
            tx.batch_execute(schema::MIGRATIONS[version as usize])?;
            schema::after(&mut tx, version)?;
            tx.execute(
                "INSERT INTO onrecord_schema (version) VALUES ($1)",
                &[&(version + 1)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` on the connection. When the server went away, reconnects (with back-off, up to the
    /// reconnect timeout) and runs `f` again; when a transaction lost a race with another writer,
    /// runs it again. `f` must be safe to repeat: every write here is.
    pub(crate) fn with_connection<T>(
        &self,
        mut f: impl FnMut(&mut Connection) -> std::result::Result<T, ::postgres::Error>,
    ) -> Result<T> {
        let mut races = 0;
        let mut connection = self.connection.borrow_mut();
        loop {
            match f(&mut connection) {
                Ok(value) => return Ok(value),
                Err(error) if connection.client.is_closed() || is_connection_error(&error) => {
                    *connection = self.reconnect(error)?;
                }
                Err(error) if is_race(&error) && races < RACE_RETRIES => {
                    races += 1;
                    std::thread::sleep(Duration::from_millis(5 << races.min(6)));
                }
                Err(error) => return Err(error.into()),
            }
        }
    }

    fn reconnect(&self, cause: ::postgres::Error) -> Result<Connection> {
        let started = Instant::now();
        let mut wait = Duration::from_millis(100);
        let mut last = cause;
        while started.elapsed() < self.reconnect_timeout {
            std::thread::sleep(wait);
            match self.config.connect(NoTls) {
                Ok(client) => {
                    return Ok(Connection {
                        client,
                        prepared: HashMap::new(),
                    })
                }
                Err(error) => last = error,
            }
            wait = (wait * 2).min(Duration::from_secs(2));
        }
        Err(last.into())
    }
}

/// True for errors that mean the connection is gone or the server is shutting down.
pub(crate) fn is_connection_error(error: &::postgres::Error) -> bool {
    if error.is_closed() {
        return true;
    }
    match error.code() {
        Some(code) => {
            *code == SqlState::ADMIN_SHUTDOWN
                || *code == SqlState::CRASH_SHUTDOWN
                || *code == SqlState::CANNOT_CONNECT_NOW
                || code.code().starts_with("08")
        }
        // An I/O error without a SQLSTATE: the socket broke.
        None => std::error::Error::source(error).is_some_and(|e| e.is::<std::io::Error>()),
    }
}

/// True for errors that mean another writer got there first; the transaction can simply run again.
fn is_race(error: &::postgres::Error) -> bool {
    error.code().is_some_and(|code| {
        *code == SqlState::T_R_DEADLOCK_DETECTED
            || *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::UNIQUE_VIOLATION
    })
}

/// The URL with any password replaced by `***`.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

fn format_date(date: Option<NaiveDateTime>) -> Option<String> {
    date.map(|d| d.format(DATE_FORMAT).to_string())
}

/// Now, to the second, as the SQLite backend records it.
fn now() -> NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    NaiveDateTime::parse_from_str(&now.format(DATE_FORMAT).to_string(), DATE_FORMAT).unwrap_or(now)
}

fn refs(params: &Params) -> Vec<&(dyn ToSql + Sync)> {
    params
        .iter()
        .map(|p| p.as_ref() as &(dyn ToSql + Sync))
        .collect()
}

impl Ledger for PostgresLedger {
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
        let sql = format!(
            "SELECT {FACT_COLUMNS} FROM facts WHERE statement_id = ANY($1)
             ORDER BY statement_id, start, id"
        );
        self.with_connection(|c| {
            c.client
                .query(sql.as_str(), &[&statement_ids])?
                .iter()
                .map(fact_row)
                .collect()
        })
    }

    fn sightings(&self, document_ids: &[String]) -> Result<Vec<Sighting>> {
        self.sightings_impl(document_ids)
    }

    fn places(&self, limit: usize) -> Result<Vec<crate::PlaceRow>> {
        self.with_connection(|c| {
            c.client
                .query(
                    "SELECT place, count(*) AS mentions, count(DISTINCT document_id), min(data::text) FROM facts
                     WHERE type = 'place' AND place IS NOT NULL
                     GROUP BY place ORDER BY mentions DESC, place COLLATE \"C\" LIMIT $1",
                    &[&(limit as i64)],
                )?
                .iter()
                .map(|row| {
                    let data: String = row.try_get(3)?;
                    Ok(crate::PlaceRow::from_fact(row.try_get(0)?, row.try_get(1)?, row.try_get(2)?, &data))
                })
                .collect()
        })
    }

    fn near_copies(&self, document_ids: &[String]) -> Result<Vec<DocumentRow>> {
        self.near_copies_impl(document_ids)
    }

    fn export(
        &self,
        table: crate::ExportTable,
        on_rows: &mut dyn FnMut(crate::ExportRows) -> Result<()>,
    ) -> Result<()> {
        self.export_impl(table, on_rows)
    }

    fn store(&mut self, extracted: &ExtractedDocument) -> Result<StoreOutcome> {
        let threshold = self.near_dup_threshold;
        self.with_connection(|c| store(c, extracted, threshold))
    }

    fn stats(&self) -> Result<Stats> {
        let counts = self.with_connection(|c| {
            let row = c.client.query_one(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM statements),
                        (SELECT count(DISTINCT speaker_id) FROM statements),
                        (SELECT count(DISTINCT source) FROM sightings), (SELECT count(*) FROM facts),
                        (SELECT coalesce(max(version), 0) FROM onrecord_schema)",
                &[],
            )?;
            let mut counts = [0i64; 6];
            for (i, count) in counts.iter_mut().enumerate() {
                *count = row.try_get(i)?;
            }
            Ok(counts)
        })?;
        Ok(Stats {
            documents: counts[0],
            statements: counts[1],
            speakers: counts[2],
            sources: counts[3],
            facts: counts[4],
            schema_version: counts[5],
            ledger: self.url.clone(),
        })
    }

    fn search(&self, query: &SearchQuery) -> Result<Vec<StatementRow>> {
        let speaker_ids = match &query.speaker {
            Some(speaker) => Some(
                self.find_entities(speaker)?
                    .iter()
                    .map(|e| e.id)
                    .collect::<Vec<i64>>(),
            ),
            None => None,
        };
        self.with_connection(|c| {
            let mut conditions: Vec<String> = Vec::new();
            let mut values: Params = Vec::new();
            if let Some(text) = query.text.as_deref().and_then(fts::tsquery) {
                values.push(Box::new(text));
                conditions.push(format!("s.fts @@ to_tsquery('simple', ${})", values.len()));
            }
            if let Some(ids) = &speaker_ids {
                values.push(Box::new(ids.clone()));
                conditions.push(format!("s.speaker_id = ANY(${})", values.len()));
            }
            if let Some(since) = query.since {
                values.push(Box::new(statement_sort_key(since.and_utc().timestamp(), 0)));
                conditions.push(format!("s.sort_key >= ${}", values.len()));
            }
            if let Some(until) = query.until {
                values.push(Box::new(statement_sort_key(until.and_utc().timestamp(), 0)));
                conditions.push(format!("s.sort_key < ${}", values.len()));
            }
            if let Some(kind) = query.kind {
                values.push(Box::new(kind.as_str().to_string()));
                conditions.push(format!("s.kind = ${}", values.len()));
            }
            if let Some(source) = &query.source {
                values.push(Box::new(source.clone()));
                conditions.push(format!("d.source = ${}", values.len()));
            }
            if let Some(hedged) = query.hedged {
                values.push(Box::new(hedged));
                conditions.push(format!("s.hedged = ${}", values.len()));
            }
            if let Some(cursor) = query.after {
                values.push(Box::new(cursor.sort_key()));
                conditions.push(format!("s.sort_key < ${}", values.len()));
            }
            let filter = if conditions.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", conditions.join(" AND "))
            };
            let sql = format!(
                "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id {filter}
                 ORDER BY s.sort_key DESC LIMIT {}",
                query.limit.max(1)
            );
            let statement = c.prepare(&sql)?;
            c.client
                .query(&statement, &refs(&values))?
                .iter()
                .map(statement_row)
                .collect()
        })
    }

    fn speakers(&self, limit: usize) -> Result<Vec<EntityRow>> {
        let sql = format!(
            "{ENTITY_SELECT} ORDER BY statements DESC, e.name COLLATE \"C\", e.id LIMIT $1"
        );
        self.entities(&sql, vec![Box::new(limit as i64)])
    }

    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        let key = name_key(name);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "{ENTITY_SELECT} WHERE e.id IN (
                SELECT id FROM entities WHERE key = $1
                UNION SELECT entity_id FROM entity_aliases WHERE alias_key = $1
                UNION SELECT id FROM entities WHERE last_key = $1 AND kind <> 'anonymous')
             ORDER BY statements DESC, e.id"
        );
        self.entities(&sql, vec![Box::new(key)])
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
        self.with_connection(|c| {
            let mut values: Params = vec![Box::new(entity_ids.to_vec())];
            let mut conditions = vec!["s.speaker_id = ANY($1)".to_string()];
            if let Some(text) = about.and_then(fts::tsquery) {
                values.push(Box::new(text));
                conditions.push(format!("s.fts @@ to_tsquery('simple', ${})", values.len()));
            }
            if let Some(since) = since {
                values.push(Box::new(since.and_utc().timestamp()));
                conditions.push(format!("s.date_key >= ${}", values.len()));
            }
            if let Some(until) = until {
                values.push(Box::new(until.and_utc().timestamp()));
                conditions.push(format!("s.date_key < ${}", values.len()));
            }
            let sql = format!(
                "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
                 WHERE {} ORDER BY s.sort_key",
                conditions.join(" AND ")
            );
            let statement = c.prepare(&sql)?;
            c.client
                .query(&statement, &refs(&values))?
                .iter()
                .map(statement_row)
                .collect()
        })
    }

    fn documents(&self, with_text: bool, limit: usize) -> Result<Vec<DocumentRow>> {
        self.with_connection(|c| {
            let sql = format!(
                "{DOCUMENT_SELECT} ORDER BY d.published IS NULL, d.published, d.name COLLATE \"C\", d.id COLLATE \"C\" LIMIT $1"
            );
            let statement = c.prepare(&sql)?;
            c.client
                .query(&statement, &[&(limit as i64)])?
                .iter()
                .map(|row| document_row(row, with_text))
                .collect()
        })
    }

    fn document(&self, id_or_name: &str) -> Result<Option<DocumentDetail>> {
        self.with_connection(|c| document_detail(c, id_or_name))
    }
}

impl PostgresLedger {
    fn entities(&self, sql: &str, params: Params) -> Result<Vec<EntityRow>> {
        self.with_connection(|c| {
            let statement = c.prepare(sql)?;
            c.client
                .query(&statement, &refs(&params))?
                .iter()
                .map(|row| {
                    let aliases: Option<String> = row.try_get(4)?;
                    Ok(EntityRow {
                        id: row.try_get(0)?,
                        name: row.try_get(1)?,
                        kind: row.try_get(2)?,
                        statements: row.try_get(3)?,
                        aliases: aliases
                            .map(|a| a.split('\u{1f}').map(str::to_string).collect())
                            .unwrap_or_default(),
                        first: format_date(row.try_get(5)?),
                        last: format_date(row.try_get(6)?),
                    })
                })
                .collect()
        })
    }
}

const FACT_COLUMNS: &str = "id, document_id, statement_id, start, \"end\", surface, data::text";

/// A `facts` row selected with [`FACT_COLUMNS`].
fn fact_row(row: &::postgres::Row) -> std::result::Result<FactRow, ::postgres::Error> {
    let data: String = row.try_get(6)?;
    Ok(FactRow {
        id: row.try_get(0)?,
        document_id: row.try_get(1)?,
        statement_id: row.try_get(2)?,
        start: row.try_get(3)?,
        end: row.try_get(4)?,
        surface: row.try_get(5)?,
        fact: serde_json::from_str(&data).unwrap_or(serde_json::Value::Null),
    })
}

fn document_detail(
    c: &mut Connection,
    id_or_name: &str,
) -> std::result::Result<Option<DocumentDetail>, ::postgres::Error> {
    let find = c.prepare(
        "SELECT id FROM documents WHERE id = $1
         UNION ALL (SELECT id FROM documents WHERE name = $1 ORDER BY published NULLS FIRST, id LIMIT 1)
         UNION ALL (SELECT id FROM documents WHERE id LIKE $2 ORDER BY id COLLATE \"C\" LIMIT 1)
         LIMIT 1",
    )?;
    let prefix = format!("{}%", like_escape(id_or_name));
    let Some(row) = c.client.query_opt(&find, &[&id_or_name, &prefix])? else {
        return Ok(None);
    };
    let id: String = row.try_get(0)?;
    let statement = c.prepare(&format!("{DOCUMENT_SELECT} WHERE d.id = $1"))?;
    let document = document_row(&c.client.query_one(&statement, &[&id])?, true)?;
    let statement = c.prepare(&format!(
        "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
         WHERE s.document_id = $1 ORDER BY s.seq"
    ))?;
    let statements = c
        .client
        .query(&statement, &[&id])?
        .iter()
        .map(statement_row)
        .collect::<std::result::Result<_, _>>()?;
    let statement = c.prepare(&format!(
        "SELECT {FACT_COLUMNS} FROM facts WHERE document_id = $1 ORDER BY start, id"
    ))?;
    let facts = c
        .client
        .query(&statement, &[&id])?
        .iter()
        .map(fact_row)
        .collect::<std::result::Result<_, ::postgres::Error>>()?;
    let statement = c.prepare(
        "SELECT document_id, name, source, url, published, seen_at FROM sightings WHERE document_id = $1
         ORDER BY seen_at, name COLLATE \"C\", source COLLATE \"C\" NULLS FIRST, url COLLATE \"C\" NULLS FIRST",
    )?;
    let sightings = c
        .client
        .query(&statement, &[&id])?
        .iter()
        .map(|row| {
            Ok(Sighting {
                document_id: row.try_get(0)?,
                name: row.try_get(1)?,
                source: row.try_get(2)?,
                url: row.try_get(3)?,
                published: format_date(row.try_get(4)?),
                seen_at: format_date(row.try_get(5)?).unwrap_or_default(),
            })
        })
        .collect::<std::result::Result<_, ::postgres::Error>>()?;
    let statement = c.prepare(
        "SELECT id FROM documents WHERE near_copy_of = $1 ORDER BY published NULLS FIRST, ingested_at, id",
    )?;
    let near_copies = c
        .client
        .query(&statement, &[&id])?
        .iter()
        .map(|row| row.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
    Ok(Some(DocumentDetail {
        document,
        statements,
        facts,
        sightings,
        near_copies,
    }))
}

const ENTITY_SELECT: &str = "SELECT e.id, e.name, e.kind,
    (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id) AS statements,
    (SELECT string_agg(alias, chr(31) ORDER BY alias COLLATE \"C\") FROM entity_aliases a
        WHERE a.entity_id = e.id AND a.alias <> e.name),
    (SELECT min(coalesce(said_at, date)) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT max(coalesce(said_at, date)) FROM statements s WHERE s.speaker_id = e.id)
    FROM entities e";

const STATEMENT_COLUMNS: &str = "s.id, s.document_id, d.name, s.kind, s.content, s.start, s.\"end\", s.speaker_id,
    s.speaker_name, (SELECT kind FROM entities WHERE id = s.speaker_id), s.mention, s.cue, s.hedged, s.rule,
    coalesce(s.said_at, s.date), d.source, d.url, d.title, s.said_at";

fn statement_row(row: &Row) -> std::result::Result<StatementRow, ::postgres::Error> {
    Ok(StatementRow {
        id: row.try_get(0)?,
        document_id: row.try_get(1)?,
        doc: row.try_get(2)?,
        kind: row.try_get(3)?,
        content: row.try_get(4)?,
        start: row.try_get(5)?,
        end: row.try_get(6)?,
        speaker_id: row.try_get(7)?,
        speaker: row.try_get(8)?,
        speaker_kind: row.try_get(9)?,
        mention: row.try_get(10)?,
        cue: row.try_get(11)?,
        hedged: row.try_get(12)?,
        rule: row.try_get(13)?,
        date: format_date(row.try_get(14)?),
        source: row.try_get(15)?,
        url: row.try_get(16)?,
        title: row.try_get(17)?,
        said_at: format_date(row.try_get(18)?),
    })
}

const DOCUMENT_SELECT: &str = "SELECT d.id, d.name, d.title, d.url, d.source, d.author, d.published, d.lang,
    (SELECT count(*) FROM statements s WHERE s.document_id = d.id), d.reposted_from, d.near_copy_of, d.similarity, d.text
    FROM documents d";

fn document_row(row: &Row, with_text: bool) -> std::result::Result<DocumentRow, ::postgres::Error> {
    Ok(DocumentRow {
        id: row.try_get(0)?,
        name: row.try_get(1)?,
        title: row.try_get(2)?,
        url: row.try_get(3)?,
        source: row.try_get(4)?,
        author: row.try_get(5)?,
        published: format_date(row.try_get(6)?),
        lang: row.try_get(7)?,
        statements: row.try_get(8)?,
        reposted_from: row.try_get(9)?,
        near_copy_of: row.try_get(10)?,
        similarity: row.try_get(11)?,
        text: if with_text { row.try_get(12)? } else { None },
    })
}

fn like_escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

type PgResult<T> = std::result::Result<T, ::postgres::Error>;

/// Stores one document in one transaction. See `SqliteLedger::store` for the rules; this is the
/// same logic with the races of concurrent writers handled.
fn store(
    c: &mut Connection,
    extracted: &ExtractedDocument,
    threshold: f64,
) -> PgResult<StoreOutcome> {
    let document = &extracted.document;
    let by_hash = c.prepare("SELECT id FROM documents WHERE content_hash = $1")?;
    let by_external = c.prepare("SELECT id FROM documents WHERE external_id = $1 FOR UPDATE")?;
    let delete = c.prepare("DELETE FROM documents WHERE id = $1")?;
    let statements = Statements::prepare(c)?;
    let mut tx = c.client.transaction()?;
    let existing = tx.query_opt(&by_hash, &[&document.content_hash])?;
    if let Some(row) = existing {
        let id: String = row.try_get(0)?;
        add_sighting(&mut tx, &statements, &id, document)?;
        tx.commit()?;
        return Ok(StoreOutcome::Unchanged);
    }
    let replaced = match &document.external_id {
        Some(external_id) => {
            let previous = tx.query_opt(&by_external, &[external_id])?;
            if let Some(row) = &previous {
                let id: String = row.try_get(0)?;
                tx.execute(&delete, &[&id])?;
            }
            previous.is_some()
        }
        None => false,
    };
    if !insert_document(&mut tx, &statements, extracted, threshold)? {
        // Another writer stored the same text a moment ago.
        tx.rollback()?;
        let mut tx = c.client.transaction()?;
        let id: String = tx
            .query_one(&by_hash, &[&document.content_hash])?
            .try_get(0)?;
        add_sighting(&mut tx, &statements, &id, document)?;
        tx.commit()?;
        return Ok(StoreOutcome::Unchanged);
    }
    add_sighting(&mut tx, &statements, &document.id, document)?;
    // One code-point index serves every span of the document.
    let index = CharIndex::new(&document.text);
    let statement_ids = insert_statements(
        &mut tx,
        &statements,
        document,
        &index,
        &extracted.statements,
        &extracted.said_at,
    )?;
    insert_facts(
        &mut tx,
        &statements,
        document,
        &index,
        &extracted.statements,
        &statement_ids,
        &extracted.facts,
    )?;
    tx.commit()?;
    let count = extracted.statements.len();
    Ok(if replaced {
        StoreOutcome::Replaced { statements: count }
    } else {
        StoreOutcome::New { statements: count }
    })
}

/// The prepared statements `store` uses.
struct Statements {
    sighting: Prepared,
    document: Prepared,
    band: Prepared,
    candidates: Prepared,
    entity_by_key: Prepared,
    entity_by_last: Prepared,
    entity_insert: Prepared,
    alias: Prepared,
    statement: Prepared,
    fact: Prepared,
}

impl Statements {
    fn prepare(c: &mut Connection) -> PgResult<Statements> {
        Ok(Statements {
            sighting: c.prepare(
                "INSERT INTO sightings (document_id, name, source, url, published, seen_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )?,
            document: c.prepare(
                "INSERT INTO documents (id, content_hash, name, source, url, title, author, published, lang, text,
                    reposted_from, external_id, near_copy_of, similarity, minhash, ingested_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                 ON CONFLICT DO NOTHING",
            )?,
            band: c.prepare(
                "INSERT INTO near_dup_bands (band_key, document_id) SELECT unnest($1::bigint[]), $2
                 ON CONFLICT DO NOTHING",
            )?,
            candidates: c.prepare(
                "SELECT d.id, d.minhash FROM documents d WHERE d.id IN
                    (SELECT DISTINCT document_id FROM near_dup_bands WHERE band_key = ANY($1))
                 ORDER BY d.published IS NULL, d.published, d.ingested_at, d.id LIMIT 200",
            )?,
            entity_by_key: c.prepare("SELECT id FROM entities WHERE key = $1")?,
            entity_by_last: c.prepare(
                "SELECT id FROM entities WHERE last_key = $1 AND kind = 'person' AND key LIKE '% %' LIMIT 2",
            )?,
            entity_insert: c.prepare(
                "INSERT INTO entities (key, last_key, name, kind) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (key) DO NOTHING RETURNING id",
            )?,
            alias: c.prepare(
                "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
            )?,
            statement: c.prepare(
                // The sort key embeds the id (see `statement_sort_key`), so the id is drawn first.
                "INSERT INTO statements (id, document_id, seq, kind, content, start, \"end\", speaker_id, speaker_name,
                    mention, mention_start, mention_end, cue, cue_start, cue_end, hedged, rule, date, date_key,
                    sort_key, fts, said_at)
                 SELECT next.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                    $21::bigint | (next.id & $22::bigint),
                    to_tsvector('simple', $19) || to_tsvector('simple', $20), $23
                 FROM (SELECT nextval(pg_get_serial_sequence('statements', 'id')) AS id) AS next
                 RETURNING id",
            )?,
            // All of a document's facts in one statement: one round trip instead of one per fact.
            // `unnest` keeps the arrays' order, so ids follow text order as in the SQLite backend.
            fact: c.prepare(
                "INSERT INTO facts (document_id, statement_id, type, start, \"end\", surface, data, unit, low, high,
                    time_from, time_to, place, anchor)
                 SELECT $1, f.statement_id, f.type, f.start, f.end_, f.surface, f.data::json, f.unit, f.low, f.high,
                    f.time_from, f.time_to, f.place, f.anchor
                 FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::text[], $7::text[],
                    $8::text[], $9::float8[], $10::float8[], $11::text[], $12::text[], $13::text[], $14::text[])
                    WITH ORDINALITY AS f(statement_id, type, start, end_, surface, data, unit, low, high,
                        time_from, time_to, place, anchor, n)
                 ORDER BY f.n",
            )?,
        })
    }
}

fn add_sighting(
    tx: &mut Transaction,
    statements: &Statements,
    id: &str,
    document: &Document,
) -> PgResult<()> {
    tx.execute(
        &statements.sighting,
        &[
            &id,
            &document.name,
            &document.source,
            &document.url,
            &document.published,
            &now(),
        ],
    )?;
    Ok(())
}

/// Inserts the document row and its near-duplicate bands; `false` when another writer stored the
/// same text first.
fn insert_document(
    tx: &mut Transaction,
    statements: &Statements,
    extracted: &ExtractedDocument,
    threshold: f64,
) -> PgResult<bool> {
    let document = &extracted.document;
    let near = find_near_copy(tx, statements, extracted, threshold)?;
    let minhash: Vec<u8> = extracted
        .minhash
        .iter()
        .flat_map(|value| value.to_le_bytes())
        .collect();
    let inserted = tx.execute(
        &statements.document,
        &[
            &document.id,
            &document.content_hash,
            &document.name,
            &document.source,
            &document.url,
            &document.title,
            &document.author,
            &document.published,
            &document.lang.code(),
            &document.text,
            &document.reposted_from,
            &document.external_id,
            &near.as_ref().map(|(id, _)| id.as_str()),
            &near.as_ref().map(|(_, similarity)| *similarity),
            &(!minhash.is_empty()).then_some(minhash),
            &now(),
        ],
    )?;
    if inserted == 0 {
        return Ok(false);
    }
    if !extracted.near_dup_keys.is_empty() {
        tx.execute(&statements.band, &[&extracted.near_dup_keys, &document.id])?;
    }
    Ok(true)
}

fn find_near_copy(
    tx: &mut Transaction,
    statements: &Statements,
    extracted: &ExtractedDocument,
    threshold: f64,
) -> PgResult<Option<(String, f64)>> {
    if extracted.near_dup_keys.is_empty() || extracted.minhash.is_empty() {
        return Ok(None);
    }
    for row in tx.query(&statements.candidates, &[&extracted.near_dup_keys])? {
        let id: String = row.try_get(0)?;
        let bytes: Option<Vec<u8>> = row.try_get(1)?;
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
    tx: &mut Transaction,
    prepared: &Statements,
    document: &Document,
    index: &CharIndex,
    statements: &[Statement],
    said_at: &[Option<NaiveDateTime>],
) -> PgResult<Vec<i64>> {
    let text_of = |span: Span| index.slice(&document.text, span).to_string();
    let published = format_date(document.published);
    let mut ids = Vec::with_capacity(statements.len());
    // The same speaker usually makes several statements in a document: resolve each once.
    let mut resolved: HashMap<(String, &str, Vec<String>), i64> = HashMap::new();
    for (seq, statement) in statements.iter().enumerate() {
        let speaker_id = match &statement.speaker {
            Some(speaker) => {
                let memo = (
                    speaker.name.clone(),
                    speaker.kind.as_str(),
                    speaker.aliases.clone(),
                );
                match resolved.get(&memo) {
                    Some(&id) => Some(id),
                    None => {
                        let id = entity_for(tx, prepared, speaker, &document.id)?;
                        resolved.insert(memo, id);
                        Some(id)
                    }
                }
            }
            None => None,
        };
        let content = text_of(statement.content);
        let said_at = said_at.get(seq).copied().flatten();
        let date_key = sort_key(format_date(said_at).as_deref().or(published.as_deref()));
        let speaker_name = statement.speaker.as_ref().map(|s| s.name.as_str());
        let mention_span = statement.speaker.as_ref().and_then(|s| s.mention_span);
        let row = tx.query_one(
            &prepared.statement,
            &[
                &document.id,
                &(seq as i64),
                &statement.kind.as_str(),
                &content,
                &(statement.content.start as i64),
                &(statement.content.end as i64),
                &speaker_id,
                &speaker_name,
                &statement.speaker.as_ref().map(|s| s.mention.as_str()),
                &mention_span.map(|s| s.start as i64),
                &mention_span.map(|s| s.end as i64),
                &statement.cue.map(text_of),
                &statement.cue.map(|cue| cue.start as i64),
                &statement.cue.map(|cue| cue.end as i64),
                &statement.hedged,
                &statement.rule,
                &document.published,
                &date_key,
                &fts::search_text(&content),
                &fts::search_text(speaker_name.unwrap_or_default()),
                &statement_sort_key(date_key, 0),
                &statement_sort_key(0, -1),
                &said_at,
            ],
        )?;
        ids.push(row.try_get(0)?);
    }
    Ok(ids)
}

/// The entity a speaker resolves to, created on first sight; the rules of the SQLite backend.
fn entity_for(
    tx: &mut Transaction,
    prepared: &Statements,
    speaker: &Speaker,
    document_id: &str,
) -> PgResult<i64> {
    let name_key = name_key(&speaker.name);
    let key = if speaker.is_anonymous() {
        format!("anonymous:{document_id}:{name_key}")
    } else {
        name_key.clone()
    };
    let last_key = name_key.rsplit(' ').next().unwrap_or_default().to_string();
    let mut id: Option<i64> = match tx.query_opt(&prepared.entity_by_key, &[&key])? {
        Some(row) => Some(row.try_get(0)?),
        None => None,
    };
    if id.is_none() && speaker.kind == EntityKind::Person && !name_key.contains(' ') {
        let matches: Vec<i64> = tx
            .query(&prepared.entity_by_last, &[&last_key])?
            .iter()
            .map(|row| row.try_get(0))
            .collect::<PgResult<_>>()?;
        if let [only] = matches[..] {
            id = Some(only);
        }
    }
    let id = match id {
        Some(id) => id,
        None => {
            let inserted = tx.query_opt(
                &prepared.entity_insert,
                &[&key, &last_key, &speaker.name, &speaker.kind.as_str()],
            )?;
            match inserted {
                Some(row) => row.try_get(0)?,
                // Another writer created it meanwhile; it has committed, so it is visible now.
                None => tx.query_one(&prepared.entity_by_key, &[&key])?.try_get(0)?,
            }
        }
    };
    for alias in std::iter::once(&speaker.name).chain(&speaker.aliases) {
        let alias_key = crate::name_key(alias);
        if !alias_key.is_empty() && !speaker.is_anonymous() {
            tx.execute(&prepared.alias, &[&id, alias, &alias_key])?;
        }
    }
    Ok(id)
}

fn insert_facts(
    tx: &mut Transaction,
    prepared: &Statements,
    document: &Document,
    index: &CharIndex,
    statements: &[Statement],
    statement_ids: &[i64],
    facts: &[Fact],
) -> PgResult<()> {
    if facts.is_empty() {
        return Ok(());
    }
    let mut columns = FactColumns::default();
    for fact in facts {
        columns.statement_id.push(
            statements
                .iter()
                .position(|statement| statement.content.contains(fact.span))
                .map(|position| statement_ids[position]),
        );
        columns
            .surface
            .push(index.slice(&document.text, fact.span).to_string());
        columns
            .data
            .push(serde_json::to_string(&fact.kind).unwrap_or_else(|_| "null".into()));
        columns.start.push(fact.span.start as i64);
        columns.end.push(fact.span.end as i64);
        let (kind, unit, low, high, from, to, place) = match &fact.kind {
            FactKind::Figure(figure) => (
                "figure",
                Some(figure.unit.clone()),
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
                Some(time.from.clone()),
                Some(time.to.clone()),
                None,
            ),
            FactKind::Place(place) => (
                "place",
                None,
                None,
                None,
                None,
                None,
                Some(place.name.clone()),
            ),
        };
        columns.anchor.push(match &fact.kind {
            FactKind::Time(time) => time.anchor.clone(),
            _ => None,
        });
        columns.kind.push(kind.to_string());
        columns.unit.push(unit);
        columns.low.push(low);
        columns.high.push(high);
        columns.time_from.push(from);
        columns.time_to.push(to);
        columns.place.push(place);
    }
    tx.execute(
        &prepared.fact,
        &[
            &document.id,
            &columns.statement_id,
            &columns.kind,
            &columns.start,
            &columns.end,
            &columns.surface,
            &columns.data,
            &columns.unit,
            &columns.low,
            &columns.high,
            &columns.time_from,
            &columns.time_to,
            &columns.place,
            &columns.anchor,
        ],
    )?;
    Ok(())
}

/// A document's facts, column by column, for one `unnest` insert.
#[derive(Default)]
struct FactColumns {
    statement_id: Vec<Option<i64>>,
    kind: Vec<String>,
    start: Vec<i64>,
    end: Vec<i64>,
    surface: Vec<String>,
    data: Vec<String>,
    unit: Vec<Option<String>>,
    low: Vec<Option<f64>>,
    high: Vec<Option<f64>>,
    time_from: Vec<Option<String>>,
    time_to: Vec<Option<String>>,
    place: Vec<Option<String>>,
    anchor: Vec<Option<String>>,
}

#[cfg(test)]
mod tests {
    use super::{is_postgres_url, redact};

    #[test]
    fn urls_choose_the_backend_and_lose_their_password_in_messages() {
        assert!(is_postgres_url("postgres://db/onrecord"));
        assert!(is_postgres_url("postgresql:///onrecord?host=/tmp/pg"));
        assert!(!is_postgres_url("onrecord.db"));
        assert_eq!(
            redact("postgresql://ana:s3cret@db.example:5432/onrecord?sslmode=disable"),
            "postgresql://ana:***@db.example:5432/onrecord?sslmode=disable"
        );
        assert_eq!(
            redact("postgresql://ana@/onrecord?host=/tmp"),
            "postgresql://ana@/onrecord?host=/tmp"
        );
    }
}

#[cfg(test)]
mod pg_tests;
