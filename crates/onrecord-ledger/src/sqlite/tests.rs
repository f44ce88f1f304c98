use onrecord_model::Lang;

use super::*;
use crate::backend_tests::{extracted, statement};

fn document(name: &str, text: &str, published: &str) -> Document {
    let hash = format!(
        "{:0>64}",
        name.len().to_string() + &text.len().to_string() + text.get(..3).unwrap_or("")
    );
    Document {
        id: format!("{name}-id"),
        content_hash: format!("{hash}{text}"),
        name: name.into(),
        source: Some("Wire".into()),
        url: None,
        title: None,
        author: None,
        published: NaiveDateTime::parse_from_str(&format!("{published}T00:00:00"), DATE_FORMAT)
            .ok(),
        lang: Lang::En,
        text: text.into(),
        reposted_from: None,
        external_id: None,
    }
}

fn ledger() -> (tempfile::TempDir, SqliteLedger) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = SqliteLedger::open(&dir.path().join("ledger.db")).unwrap();
    (dir, ledger)
}

#[test]
fn storing_twice_adds_nothing() {
    let (_dir, mut ledger) = ledger();
    let doc = extracted(
        document("a", "\"We hold the bridge,\" Velesov said.", "2025-03-01"),
        vec![statement(1, 18, "Arkady Velesov")],
    );
    assert_eq!(
        ledger.store(&doc).unwrap(),
        StoreOutcome::New { statements: 1 }
    );
    assert_eq!(ledger.store(&doc).unwrap(), StoreOutcome::Unchanged);
    let stats = ledger.stats().unwrap();
    assert_eq!(
        (stats.documents, stats.statements, stats.speakers),
        (1, 1, 1)
    );
}

#[test]
fn search_finds_words_newest_first_and_pages() {
    let (_dir, mut ledger) = ledger();
    ledger
        .store(&extracted(
            document("old", "\"The bridge holds.\"", "2025-03-01"),
            vec![statement(1, 18, "Arkady Velesov")],
        ))
        .unwrap();
    ledger
        .store(&extracted(
            document("new", "\"The bridge fell.\"", "2025-03-05"),
            vec![statement(1, 17, "Mira Kessler")],
        ))
        .unwrap();
    let query = SearchQuery {
        text: Some("bridge".into()),
        limit: 1,
        ..SearchQuery::default()
    };
    let first = ledger.search(&query).unwrap();
    assert_eq!(
        first.iter().map(|r| r.doc.as_str()).collect::<Vec<_>>(),
        ["new"]
    );
    let next = ledger
        .search(&SearchQuery {
            after: Some(first[0].cursor()),
            ..query.clone()
        })
        .unwrap();
    assert_eq!(
        next.iter().map(|r| r.doc.as_str()).collect::<Vec<_>>(),
        ["old"]
    );
    let by_speaker = ledger
        .search(&SearchQuery {
            speaker: Some("kessler".into()),
            limit: 10,
            ..SearchQuery::default()
        })
        .unwrap();
    assert_eq!(by_speaker.len(), 1);
    assert_eq!(by_speaker[0].content, "The bridge fell.");
}

#[test]
fn a_surname_joins_the_full_name() {
    let (_dir, mut ledger) = ledger();
    ledger
        .store(&extracted(
            document("a", "\"One.\" \"Two.\"", "2025-03-01"),
            vec![statement(1, 5, "Arkady Velesov")],
        ))
        .unwrap();
    ledger
        .store(&extracted(
            document("b", "\"Three.\"", "2025-03-02"),
            vec![statement(1, 7, "Velesov")],
        ))
        .unwrap();
    let found = ledger.find_entities("Velesov").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Arkady Velesov");
    let said = ledger.said(&[found[0].id], None, None, None).unwrap();
    assert_eq!(
        said.iter().map(|r| r.content.as_str()).collect::<Vec<_>>(),
        ["One.", "Three."]
    );
}

#[test]
fn an_edit_replaces_its_record() {
    let (_dir, mut ledger) = ledger();
    let mut first = document("post", "First version.", "2025-03-01");
    first.external_id = Some("channel/7".into());
    let mut edit = document("post", "Edited version.", "2025-03-01");
    edit.external_id = Some("channel/7".into());
    assert_eq!(
        ledger.store(&extracted(first, vec![])).unwrap(),
        StoreOutcome::New { statements: 0 }
    );
    assert_eq!(
        ledger.store(&extracted(edit, vec![])).unwrap(),
        StoreOutcome::Replaced { statements: 0 }
    );
    let documents = ledger.documents(true, 10).unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].text.as_deref(), Some("Edited version."));
}

#[test]
fn near_copies_link_to_the_earliest() {
    let (_dir, mut ledger) = ledger();
    let mut original = extracted(
        document("orig", "Original post text.", "2025-03-01"),
        vec![],
    );
    original.near_dup_keys = vec![7, 8];
    original.minhash = vec![1, 2, 3, 4, 5];
    let mut copy = extracted(
        document("copy", "REPOST: Original post text.", "2025-03-02"),
        vec![],
    );
    copy.near_dup_keys = vec![8, 9];
    copy.minhash = vec![1, 2, 3, 4, 6];
    ledger.set_near_dup_threshold(0.8);
    ledger.store(&original).unwrap();
    ledger.store(&copy).unwrap();
    let detail = ledger.document("copy").unwrap().unwrap();
    assert_eq!(detail.document.near_copy_of.as_deref(), Some("orig-id"));
    assert_eq!(
        ledger.document("orig").unwrap().unwrap().near_copies,
        ["copy-id"]
    );
}

#[test]
fn a_file_that_is_not_a_ledger_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "these are my notes, not a database").unwrap();
    let error = SqliteLedger::open(&path).err().unwrap();
    assert!(matches!(error, LedgerError::NotALedger { .. }), "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "these are my notes, not a database"
    );
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let error = SqliteLedger::open(&path).err().unwrap();
    assert!(
        matches!(error, LedgerError::NewerSchema { found, .. } if found == SCHEMA_VERSION + 1),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn fts_queries_are_quoted() {
    assert_eq!(
        fts_query("bridge  \"fell\" OR").as_deref(),
        Some("\"bridge\" \"fell\" \"OR\"")
    );
    assert_eq!(fts_query("velesov*").as_deref(), Some("\"velesov\"*"));
    assert_eq!(fts_query(" ,; ").as_deref(), None);
}

#[test]
fn words_combine_with_speaker_and_dates() {
    let (_dir, mut ledger) = ledger();
    for (name, text, date, speaker) in [
        ("a", "\"The bridge holds.\"", "2025-03-01", "Arkady Velesov"),
        ("b", "\"The bridge fell.\"", "2025-03-05", "Mira Kessler"),
        (
            "c",
            "\"The bridge is ours.\"",
            "2025-03-09",
            "Arkady Velesov",
        ),
    ] {
        let end = text.chars().count() - 1;
        ledger
            .store(&extracted(
                document(name, text, date),
                vec![statement(1, end, speaker)],
            ))
            .unwrap();
    }
    let search = |query: SearchQuery| -> Vec<String> {
        ledger
            .search(&SearchQuery { limit: 10, ..query })
            .unwrap()
            .into_iter()
            .map(|row| row.doc)
            .collect()
    };
    let bridge = || Some("bridge".to_string());
    assert_eq!(
        search(SearchQuery {
            text: bridge(),
            speaker: Some("Velesov".into()),
            ..Default::default()
        }),
        ["c", "a"]
    );
    let since = NaiveDateTime::parse_from_str("2025-03-02T00:00:00", DATE_FORMAT).ok();
    let until = NaiveDateTime::parse_from_str("2025-03-09T00:00:00", DATE_FORMAT).ok();
    assert_eq!(
        search(SearchQuery {
            text: bridge(),
            since,
            until,
            ..Default::default()
        }),
        ["b"]
    );
    assert_eq!(
        search(SearchQuery {
            text: Some("ours".into()),
            speaker: Some("Kessler".into()),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
}

#[test]
fn re_ingesting_without_source_or_url_adds_no_sighting() {
    let (_dir, mut ledger) = ledger();
    let mut bare = document("bare", "A text with no source.", "2025-03-01");
    bare.source = None;
    let bare = extracted(bare, vec![]);
    ledger.store(&bare).unwrap();
    ledger.store(&bare).unwrap();
    assert_eq!(ledger.document("bare").unwrap().unwrap().sightings.len(), 1);
}

/// A ledger file as onrecord wrote it at schema version 1: the version-1 SQL and rows inserted the
/// way that version inserted them (keys from an older `name_key`, ids max + 1).
fn version_1_ledger(path: &Path) {
    let connection = Connection::open(path).unwrap();
    connection.execute_batch(schema::MIGRATIONS[0]).unwrap();
    connection
        .execute_batch(
            "INSERT INTO documents (id, content_hash, name, source, published, lang, text, ingested_at)
                VALUES ('d1', 'h1', 'one', 'Wire', '2025-03-01T00:00:00', 'en',
                        '\"We hold the bridge,\" Velesov said.', '2025-03-02T00:00:00'),
                       ('d2', 'h2', 'two', 'Wire', '2025-03-03T00:00:00', 'en',
                        '\"The bridge is lost,\" Arkady Velesov said.', '2025-03-04T00:00:00');
             INSERT INTO entities (id, key, last_key, name, kind) VALUES
                (1, 'an older key', 'key', 'Arkady Velesov', 'person'),
                (2, 'another older key', 'key', 'Arkady  Velesov.', 'person');
             INSERT INTO entity_aliases VALUES (1, 'Arkady Velesov', 'x'), (2, 'Velesov', 'y');",
        )
        .unwrap();
    for (id, document, content, speaker, date) in [
        (1, "d1", "We hold the bridge,", 1, "2025-03-01T00:00:00"),
        (2, "d2", "The bridge is lost,", 2, "2025-03-03T00:00:00"),
    ] {
        let date_key = crate::sort_key(Some(date));
        connection
            .execute(
                "INSERT INTO statements (id, document_id, seq, kind, content, start, end, speaker_id,
                    speaker_name, hedged, rule, date, date_key, sort_key)
                 VALUES (?1, ?2, 0, 'direct', ?3, 1, 20, ?4, 'Arkady Velesov', 0, 'test', ?5, ?6, ?7)",
                params![
                    id,
                    document,
                    content,
                    speaker,
                    date,
                    date_key,
                    statement_sort_key(date_key, id)
                ],
            )
            .unwrap();
    }
    connection.pragma_update(None, "user_version", 1).unwrap();
}

#[test]
fn a_version_1_ledger_opens_and_upgrades_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    version_1_ledger(&path);
    let mut ledger = SqliteLedger::open(&path).unwrap();
    assert_eq!(ledger.stats().unwrap().schema_version, SCHEMA_VERSION);
    // Keys recomputed with today's name_key: the two spellings are one speaker, the lowest id.
    let found = ledger.find_entities("Arkady Velesov").unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].id, found[0].statements), (1, 2));
    assert_eq!(found[0].name, "Arkady Velesov");
    assert_eq!(ledger.find_entities("velesov").unwrap()[0].id, 1);
    let said = ledger.said(&[1], Some("bridge"), None, None).unwrap();
    assert_eq!(said.len(), 2);
    assert_eq!(said[0].said_at, None);
    assert_eq!(said[0].date.as_deref(), Some("2025-03-01T00:00:00"));
    // The new columns, index and counter are there; a new statement continues the ids.
    let index: i64 = ledger
        .connection
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'documents_near_copy_of'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(index, 1);
    ledger
        .store(&extracted(
            document("c", "\"We hold,\" Arkady Velesov said.", "2025-03-05"),
            vec![statement(1, 8, "Arkady Velesov")],
        ))
        .unwrap();
    let found = ledger.find_entities("Arkady Velesov").unwrap();
    assert_eq!((found.len(), found[0].statements), (1, 3));
    let newest = ledger.said(&[1], None, None, None).unwrap();
    assert_eq!(newest.last().map(|row| row.id), Some(3));
    ledger.integrity_check().unwrap();
    // Opening again changes nothing.
    drop(ledger);
    let ledger = SqliteLedger::open(&path).unwrap();
    assert_eq!(
        ledger.find_entities("Arkady Velesov").unwrap()[0].statements,
        3
    );
}

#[test]
fn statement_ids_are_never_given_twice_even_after_the_newest_are_deleted() {
    let (dir, mut ledger) = ledger();
    crate::backend_tests::statement_ids_are_never_given_twice(&mut ledger);
    drop(ledger);
    // The counter survives reopening.
    let mut ledger = SqliteLedger::open(&dir.path().join("ledger.db")).unwrap();
    crate::backend_tests::the_next_id_follows_every_id_given(&mut ledger, 4);
}

#[test]
fn a_statement_dated_by_its_cue_sorts_by_when_it_was_made() {
    let (_dir, mut ledger) = ledger();
    crate::backend_tests::a_statement_dated_by_its_cue_sorts_by_when_it_was_made(&mut ledger);
    let anchor: Option<String> = ledger
        .connection
        .query_row("SELECT anchor FROM facts WHERE type = 'time'", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(anchor.as_deref(), Some("2025-03-08"));
}
