//! The SQLite schema, one migration per version. A migration never edits an earlier one.

/// `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[r#"
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
"#];
