//! `onrecord migrate`: copies a SQLite ledger into an empty PostgreSQL one, table by table and column
//! by column, keeping every id — so the shared ledger answers every question exactly as the laptop
//! ledger did. The copy is one PostgreSQL transaction: it lands whole or not at all.
//!
//! The copy is driven by the two schemas rather than a list of tables: every SQLite table (in the
//! order it was created, which respects foreign keys) goes to the PostgreSQL table of the same name,
//! each column converted to the PostgreSQL column's type. Columns only PostgreSQL has are derived
//! (`statements.fts`, the full-text vector). A table or a required column missing on the PostgreSQL
//! side is an error naming it: the two migration lists must describe the same schema.

use ::postgres::types::ToSql;
use ::postgres::Transaction;
use chrono::NaiveDateTime;
use rusqlite::types::Value;

use crate::postgres::fts;
use crate::{LedgerError, PostgresLedger, Result, SqliteLedger};

/// Rows copied per table, in copy order.
pub type MigrateSummary = Vec<(String, usize)>;

/// Copies `from` into `to`, which must hold no documents yet. `progress` hears each table's name and
/// rows copied so far.
pub fn sqlite_to_postgres(
    from: &SqliteLedger,
    to: &mut PostgresLedger,
    progress: &mut dyn FnMut(&str, usize),
) -> Result<MigrateSummary> {
    let source = from.connection();
    let tables = sqlite_tables(source)?;
    let connection = to.connection_mut();
    let mut tx = connection.client.transaction()?;
    let existing: i64 = tx
        .query_one("SELECT count(*) FROM documents", &[])?
        .try_get(0)?;
    if existing > 0 {
        return Err(LedgerError::Corrupt(format!(
            "the PostgreSQL ledger already holds {existing} documents; migrate only into an empty one"
        )));
    }
    let mut summary = Vec::new();
    for table in &tables {
        let copied = copy_table(source, &mut tx, table, progress)?;
        summary.push((table.name.clone(), copied));
    }
    for table in &tables {
        reset_identity(&mut tx, &table.name)?;
    }
    tx.commit()?;
    Ok(summary)
}

struct SqliteTable {
    name: String,
    columns: Vec<String>,
    has_rowid: bool,
}

fn sqlite_tables(connection: &rusqlite::Connection) -> Result<Vec<SqliteTable>> {
    let mut statement = connection.prepare(
        "SELECT name, type, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' ORDER BY rowid",
    )?;
    let all: Vec<(String, String, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let virtual_tables: Vec<&str> = all
        .iter()
        .filter(|(_, _, sql)| sql.to_ascii_uppercase().starts_with("CREATE VIRTUAL"))
        .map(|(name, _, _)| name.as_str())
        .collect();
    let mut tables = Vec::new();
    for (name, _, sql) in &all {
        let shadow = virtual_tables
            .iter()
            .any(|v| name == v || name.starts_with(&format!("{v}_")));
        if name.starts_with("sqlite_") || shadow {
            continue;
        }
        let mut info = connection.prepare(&format!("PRAGMA table_info(\"{name}\")"))?;
        let columns = info
            .query_map([], |row| row.get::<_, String>(1))?
            .collect::<rusqlite::Result<_>>()?;
        tables.push(SqliteTable {
            name: name.clone(),
            columns,
            has_rowid: !sql.to_ascii_uppercase().contains("WITHOUT ROWID"),
        });
    }
    Ok(tables)
}

/// A PostgreSQL column: name, type, whether it must be given a value.
struct PgColumn {
    name: String,
    data_type: String,
    required: bool,
}

fn pg_columns(tx: &mut Transaction, table: &str) -> Result<Vec<PgColumn>> {
    let rows = tx.query(
        "SELECT column_name::text, data_type::text,
                is_nullable = 'NO' AND column_default IS NULL AND is_identity = 'NO' AND is_generated = 'NEVER'
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1
         ORDER BY ordinal_position",
        &[&table],
    )?;
    rows.iter()
        .map(|row| {
            Ok(PgColumn {
                name: row.try_get(0)?,
                data_type: row.try_get(1)?,
                required: row.try_get(2)?,
            })
        })
        .collect()
}

/// The value of one column, typed for PostgreSQL.
enum PgValue {
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(Option<bool>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
    Time(Option<NaiveDateTime>),
}

impl PgValue {
    fn as_sql(&self) -> &(dyn ToSql + Sync) {
        match self {
            PgValue::Int(v) => v,
            PgValue::Float(v) => v,
            PgValue::Bool(v) => v,
            PgValue::Text(v) => v,
            PgValue::Bytes(v) => v,
            PgValue::Time(v) => v,
        }
    }
}

/// The placeholder cast for a PostgreSQL type, and how to convert a SQLite value to it.
fn cast_for(data_type: &str) -> &'static str {
    match data_type {
        "bigint" | "integer" | "smallint" => "::bigint",
        "double precision" | "real" | "numeric" => "::float8",
        "boolean" => "::boolean",
        "bytea" => "::bytea",
        "timestamp without time zone" => "::timestamp",
        "json" => "::text::json",
        "jsonb" => "::text::jsonb",
        "tsvector" => "",
        _ => "::text",
    }
}

fn convert(value: Value, data_type: &str, table: &str, column: &str) -> Result<PgValue> {
    let mismatch = |found: &str| {
        LedgerError::Corrupt(format!(
            "{table}.{column}: cannot copy a SQLite {found} into PostgreSQL {data_type}"
        ))
    };
    Ok(match cast_for(data_type) {
        "::bigint" => PgValue::Int(match value {
            Value::Null => None,
            Value::Integer(i) => Some(i),
            _ => return Err(mismatch("non-integer")),
        }),
        "::float8" => PgValue::Float(match value {
            Value::Null => None,
            Value::Integer(i) => Some(i as f64),
            Value::Real(f) => Some(f),
            _ => return Err(mismatch("non-number")),
        }),
        "::boolean" => PgValue::Bool(match value {
            Value::Null => None,
            Value::Integer(i) => Some(i != 0),
            _ => return Err(mismatch("non-integer")),
        }),
        "::bytea" => PgValue::Bytes(match value {
            Value::Null => None,
            Value::Blob(b) => Some(b),
            Value::Text(t) => Some(t.into_bytes()),
            _ => return Err(mismatch("number")),
        }),
        "::timestamp" => PgValue::Time(match value {
            Value::Null => None,
            Value::Text(t) => Some(parse_timestamp(&t).ok_or_else(|| mismatch("non-date text"))?),
            _ => return Err(mismatch("non-text")),
        }),
        _ => PgValue::Text(match value {
            Value::Null => None,
            Value::Text(t) => Some(t),
            Value::Integer(i) => Some(i.to_string()),
            Value::Real(f) => Some(f.to_string()),
            Value::Blob(_) => return Err(mismatch("blob")),
        }),
    })
}

fn parse_timestamp(text: &str) -> Option<NaiveDateTime> {
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
}

fn copy_table(
    source: &rusqlite::Connection,
    tx: &mut Transaction,
    table: &SqliteTable,
    progress: &mut dyn FnMut(&str, usize),
) -> Result<usize> {
    let pg = pg_columns(tx, &table.name)?;
    if pg.is_empty() {
        return Err(LedgerError::Corrupt(format!(
            "the PostgreSQL schema has no table {:?}; this onrecord's two schemas disagree",
            table.name
        )));
    }
    let copied: Vec<&PgColumn> = pg
        .iter()
        .filter(|c| table.columns.contains(&c.name))
        .collect();
    let derived_fts = table.name == "statements" && pg.iter().any(|c| c.name == "fts");
    if let Some(missing) = pg.iter().find(|c| {
        c.required && !table.columns.contains(&c.name) && !(derived_fts && c.name == "fts")
    }) {
        return Err(LedgerError::Corrupt(format!(
            "PostgreSQL column {}.{} has no SQLite counterpart",
            table.name, missing.name
        )));
    }
    let names: Vec<String> = copied.iter().map(|c| format!("\"{}\"", c.name)).collect();
    let select = format!(
        "SELECT {} FROM \"{}\"{}",
        names.join(", "),
        table.name,
        if table.has_rowid {
            " ORDER BY rowid"
        } else {
            ""
        }
    );
    let content_at = copied.iter().position(|c| c.name == "content");
    let speaker_at = copied.iter().position(|c| c.name == "speaker_name");
    let mut insert_columns = names.clone();
    if derived_fts {
        insert_columns.push("fts".into());
    }
    let per_row = copied.len() + if derived_fts { 2 } else { 0 };
    let batch_rows = (30_000 / per_row.max(1)).clamp(1, 1000);

    let mut statement = source.prepare(&select)?;
    let mut rows = statement.query([])?;
    let mut batch: Vec<Vec<PgValue>> = Vec::with_capacity(batch_rows);
    let mut total = 0;
    let flush = |tx: &mut Transaction, batch: &mut Vec<Vec<PgValue>>| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut placeholders = Vec::with_capacity(batch.len());
        let mut n = 0;
        for _ in batch.iter() {
            let mut cells: Vec<String> = Vec::with_capacity(insert_columns.len());
            for column in &copied {
                n += 1;
                cells.push(format!("${n}{}", cast_for(&column.data_type)));
            }
            if derived_fts {
                let (content, speaker) = (n + 1, n + 2);
                n += 2;
                cells.push(format!(
                    "to_tsvector('simple', ${content}::text) || to_tsvector('simple', ${speaker}::text)"
                ));
            }
            placeholders.push(format!("({})", cells.join(", ")));
        }
        let sql = format!(
            "INSERT INTO \"{}\" ({}) VALUES {}",
            table.name,
            insert_columns.join(", "),
            placeholders.join(", ")
        );
        let params: Vec<&(dyn ToSql + Sync)> = batch
            .iter()
            .flat_map(|row| row.iter().map(PgValue::as_sql))
            .collect();
        tx.execute(sql.as_str(), &params)?;
        batch.clear();
        Ok(())
    };
    while let Some(row) = rows.next()? {
        let mut values = Vec::with_capacity(per_row);
        for (i, column) in copied.iter().enumerate() {
            let value: Value = row.get(i)?;
            values.push(convert(
                value,
                &column.data_type,
                &table.name,
                &column.name,
            )?);
        }
        if derived_fts {
            let text_at = |at: Option<usize>| -> String {
                match at.and_then(|i| values.get(i)) {
                    Some(PgValue::Text(Some(text))) => fts::search_text(text),
                    _ => String::new(),
                }
            };
            // The content's tokens first, then the speaker's: as `store` builds the vector.
            let content = text_at(content_at);
            let speaker = text_at(speaker_at);
            values.push(PgValue::Text(Some(content)));
            values.push(PgValue::Text(Some(speaker)));
        }
        batch.push(values);
        total += 1;
        if batch.len() == batch_rows {
            flush(tx, &mut batch)?;
            progress(&table.name, total);
        }
    }
    flush(tx, &mut batch)?;
    progress(&table.name, total);
    Ok(total)
}

/// Moves an identity column's sequence past the copied ids — and past any id the SQLite ledger
/// gave and freed since (its `counters`) — so new rows continue after them and no id is given twice.
fn reset_identity(tx: &mut Transaction, table: &str) -> Result<()> {
    let identity = tx.query_opt(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
        &[&table],
    )?;
    if let Some(row) = identity {
        let column: String = row.try_get(0)?;
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'),
                    greatest(coalesce((SELECT max(\"{column}\") FROM \"{table}\"), 0),
                             coalesce((SELECT value FROM counters WHERE name = '{table}'), 0)) + 1, false)"
            ),
            &[],
        )?;
    }
    Ok(())
}
