//! The SQLite schema, one migration per version. A migration never edits an earlier one.

use rusqlite::Transaction;

use crate::rekey::{self, EntityKeyRow};
use crate::Result;

/// `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`; [`after`] then does in code what SQL
/// cannot, in the same transaction.
pub const MIGRATIONS: &[&str] = &[V1, V2];

const V1: &str = r#"
CREATE TABLE documents (
    id             TEXT PRIMARY KEY,
    content_hash   TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    source         TEXT,
    url            TEXT,
    title          TEXT,
    author         TEXT,
    published      TEXT,
    lang           TEXT NOT NULL,
    text           TEXT NOT NULL,
    reposted_from  TEXT,
    external_id    TEXT UNIQUE,
    near_copy_of   TEXT REFERENCES documents(id) ON DELETE SET NULL,
    similarity     REAL,
    minhash        BLOB,
    ingested_at    TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sightings (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    source      TEXT,
    url         TEXT,
    published   TEXT,
    seen_at     TEXT NOT NULL
);
-- A place is one sighting however often it is re-ingested; a missing source or url counts as a value.
CREATE UNIQUE INDEX sightings_place ON sightings(document_id, name, ifnull(source, ''), ifnull(url, ''));

CREATE TABLE near_dup_bands (
    band_key    INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;

CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    last_key  TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL
);
CREATE INDEX entities_last_key ON entities(last_key);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    content       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    speaker_id    INTEGER REFERENCES entities(id),
    speaker_name  TEXT,
    mention       TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    hedged        INTEGER NOT NULL,
    rule          TEXT NOT NULL,
    date          TEXT,
    date_key      INTEGER NOT NULL,
    sort_key      INTEGER NOT NULL UNIQUE,
    UNIQUE (document_id, seq)
);
CREATE INDEX statements_speaker ON statements(speaker_id, sort_key);

CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, speaker_name,
    content = 'statements', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content, speaker_name) VALUES (new.sort_key, new.content, new.speaker_name);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content, speaker_name)
        VALUES ('delete', old.sort_key, old.content, old.speaker_name);
END;

CREATE TABLE facts (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
    type         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    surface      TEXT NOT NULL,
    data         TEXT NOT NULL,
    unit         TEXT,
    low          REAL,
    high         REAL,
    time_from    TEXT,
    time_to      TEXT,
    place        TEXT
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_unit ON facts(unit) WHERE unit IS NOT NULL;
CREATE INDEX facts_place ON facts(place) WHERE place IS NOT NULL;
"#;

/// Version 2: statement time, time anchors, never-reused statement ids, near-copy lookups, indexes
/// for the analyses, and name keys recomputed (see [`after`]).
const V2: &str = r#"
-- When the statement was made, from its cue ("said on Friday"); NULL when only the publication
-- dates it. `date_key` and `sort_key` use it when known.
ALTER TABLE statements ADD COLUMN said_at TEXT;
-- The day a relative time was resolved against (`TimeRef::anchor`).
ALTER TABLE facts ADD COLUMN anchor TEXT;
CREATE INDEX documents_near_copy_of ON documents(near_copy_of) WHERE near_copy_of IS NOT NULL;
CREATE INDEX facts_statement ON facts(statement_id) WHERE statement_id IS NOT NULL;
-- Whether a figure stands inside a speaker's mention ("three officials said"): one index range
-- per figure instead of reading every statement of its document.
CREATE INDEX statements_mentions ON statements(document_id, mention_start, mention_end)
    WHERE mention_start IS NOT NULL;
-- The highest id ever given, per table: ids are never given twice, even after the newest rows
-- were deleted (a replaced document), so an id cited elsewhere keeps pointing at one statement.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) SELECT 'statements', coalesce(max(id), 0) FROM statements;
"#;

/// What migration `version` (taking the schema to `version + 1`) does after its SQL.
pub fn after(tx: &Transaction, version: i64) -> Result<()> {
    match version {
        1 => rekey_entities(tx),
        _ => Ok(()),
    }
}

/// Recomputes every entity's and alias's name key with the current `name_key`, merging entities
/// whose keys now collide (see `crate::rekey`).
pub(crate) fn rekey_entities(tx: &Transaction) -> Result<()> {
    let rows = {
        let mut statement = tx.prepare("SELECT id, key, last_key, name FROM entities")?;
        let rows = statement.query_map([], |row| {
            Ok(EntityKeyRow {
                id: row.get(0)?,
                key: row.get(1)?,
                last_key: row.get(2)?,
                name: row.get(3)?,
            })
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let plan = rekey::plan(rows);
    for (dropped, kept) in &plan.merges {
        tx.execute(
            "UPDATE statements SET speaker_id = ?2 WHERE speaker_id = ?1",
            [dropped, kept],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key)
             SELECT ?2, alias, alias_key FROM entity_aliases WHERE entity_id = ?1",
            [dropped, kept],
        )?;
        tx.execute("DELETE FROM entities WHERE id = ?1", [dropped])?;
    }
    for (id, _, _) in &plan.keys {
        tx.execute(
            "UPDATE entities SET key = ?2 WHERE id = ?1",
            rusqlite::params![id, rekey::placeholder_key(*id)],
        )?;
    }
    for (id, key, last_key) in &plan.keys {
        tx.execute(
            "UPDATE entities SET key = ?2, last_key = ?3 WHERE id = ?1",
            rusqlite::params![id, key, last_key],
        )?;
    }
    let aliases = {
        let mut statement = tx.prepare("SELECT entity_id, alias, alias_key FROM entity_aliases")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    for (entity, alias, old) in aliases {
        if let Some(key) = rekey::alias_key(&alias, &old) {
            tx.execute(
                "UPDATE entity_aliases SET alias_key = ?3 WHERE entity_id = ?1 AND alias = ?2",
                rusqlite::params![entity, alias, key],
            )?;
        }
    }
    Ok(())
}
