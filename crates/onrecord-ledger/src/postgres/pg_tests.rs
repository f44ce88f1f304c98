//! The PostgreSQL side of the backend tests, on a throwaway database of the cluster named by
//! `ONRECORD_TEST_PG` (`scripts/pg-test-cluster.sh start DIR` prints it). Without it these tests
//! fail: a test that silently skips is a test that cannot fail.

use std::sync::atomic::{AtomicUsize, Ordering};

use ::postgres::{Client, NoTls};

use super::schema;
use crate::{backend_tests, statement_sort_key, Ledger, PostgresLedger, SCHEMA_VERSION};

/// A fresh database, dropped with this value.
struct TestDatabase {
    url: String,
    admin: String,
    name: String,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestDatabase {
    fn new(label: &str) -> TestDatabase {
        let admin = std::env::var("ONRECORD_TEST_PG").unwrap_or_else(|_| {
            panic!(
                "ONRECORD_TEST_PG is not set: these tests need a PostgreSQL server.\n\
                 hint: export ONRECORD_TEST_PG=$(scripts/pg-test-cluster.sh start /tmp/onrecord-pg)"
            )
        });
        let name = format!(
            "onrecord_ledger_{label}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        Client::connect(&admin, NoTls)
            .unwrap()
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        // The admin URL names some database; swap its name for ours.
        let (base, query) = admin.split_once('?').unwrap_or((&admin, ""));
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let path_start = base[scheme_end..]
            .find('/')
            .map_or(base.len(), |i| scheme_end + i);
        let mut url = format!("{}/{name}", &base[..path_start]);
        if !query.is_empty() {
            url = format!("{url}?{query}");
        }
        TestDatabase { url, admin, name }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = Client::connect(&self.admin, NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

#[test]
fn statement_ids_are_never_given_twice_even_after_the_newest_are_deleted() {
    let database = TestDatabase::new("ids");
    let mut ledger = PostgresLedger::open(&database.url).unwrap();
    backend_tests::statement_ids_are_never_given_twice(&mut ledger);
    drop(ledger);
    let mut ledger = PostgresLedger::open(&database.url).unwrap();
    backend_tests::the_next_id_follows_every_id_given(&mut ledger, 4);
}

#[test]
fn a_statement_dated_by_its_cue_sorts_by_when_it_was_made() {
    let database = TestDatabase::new("said_at");
    let mut ledger = PostgresLedger::open(&database.url).unwrap();
    backend_tests::a_statement_dated_by_its_cue_sorts_by_when_it_was_made(&mut ledger);
    let anchor: Option<String> = Client::connect(&database.url, NoTls)
        .unwrap()
        .query_one("SELECT anchor FROM facts WHERE type = 'time'", &[])
        .unwrap()
        .get(0);
    assert_eq!(anchor.as_deref(), Some("2025-03-08"));
}

/// A database as onrecord left it at schema version 1 (keys from an older `name_key`).
fn version_1_ledger(url: &str) {
    let mut client = Client::connect(url, NoTls).unwrap();
    client
        .batch_execute("CREATE TABLE onrecord_schema (version BIGINT NOT NULL)")
        .unwrap();
    client.batch_execute(schema::MIGRATIONS[0]).unwrap();
    client
        .batch_execute(
            "INSERT INTO onrecord_schema VALUES (1);
             INSERT INTO documents (id, content_hash, name, source, published, lang, text, ingested_at)
                VALUES ('d1', 'h1', 'one', 'Wire', '2025-03-01', 'en',
                        '\"We hold the bridge,\" Velesov said.', '2025-03-02'),
                       ('d2', 'h2', 'two', 'Wire', '2025-03-03', 'en',
                        '\"The bridge is lost,\" Arkady Velesov said.', '2025-03-04');
             INSERT INTO entities (id, key, last_key, name, kind) OVERRIDING SYSTEM VALUE VALUES
                (1, 'an older key', 'key', 'Arkady Velesov', 'person'),
                (2, 'another older key', 'key', 'Arkady  Velesov.', 'person');
             SELECT setval(pg_get_serial_sequence('entities', 'id'), 2);
             INSERT INTO entity_aliases VALUES (1, 'Arkady Velesov', 'x'), (2, 'Velesov', 'y');",
        )
        .unwrap();
    for (id, document, content, speaker, date) in [
        (
            1i64,
            "d1",
            "We hold the bridge,",
            1i64,
            "2025-03-01T00:00:00",
        ),
        (2, "d2", "The bridge is lost,", 2, "2025-03-03T00:00:00"),
    ] {
        let date_key = crate::sort_key(Some(date));
        let published = chrono::NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S").unwrap();
        client
            .execute(
                "INSERT INTO statements (id, document_id, seq, kind, content, start, \"end\", speaker_id,
                    speaker_name, hedged, rule, date, date_key, sort_key, fts)
                 VALUES ($1, $2, 0, 'direct', $3, 1, 20, $4, 'Arkady Velesov', false, 'test', $5, $6, $7,
                    to_tsvector('simple', $3))",
                &[
                    &id,
                    &document,
                    &content,
                    &speaker,
                    &published,
                    &date_key,
                    &statement_sort_key(date_key, id),
                ],
            )
            .unwrap();
    }
    client
        .batch_execute("SELECT setval(pg_get_serial_sequence('statements', 'id'), 2)")
        .unwrap();
}

#[test]
fn a_version_1_ledger_opens_and_upgrades_in_place() {
    let database = TestDatabase::new("v1");
    version_1_ledger(&database.url);
    let mut ledger = PostgresLedger::open(&database.url).unwrap();
    assert_eq!(ledger.stats().unwrap().schema_version, SCHEMA_VERSION);
    let found = ledger.find_entities("Arkady Velesov").unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].id, found[0].statements), (1, 2));
    assert_eq!(found[0].name, "Arkady Velesov");
    assert_eq!(ledger.find_entities("velesov").unwrap()[0].id, 1);
    let said = ledger.said(&[1], Some("bridge"), None, None).unwrap();
    assert_eq!(said.len(), 2);
    assert_eq!(said[0].said_at, None);
    assert_eq!(said[0].date.as_deref(), Some("2025-03-01T00:00:00"));
    ledger
        .store(&backend_tests::extracted(
            backend_tests::document(
                "c",
                "\"We hold,\" Arkady Velesov said.",
                "2025-03-05T00:00:00",
            ),
            vec![backend_tests::statement(1, 8, "Arkady Velesov")],
        ))
        .unwrap();
    let found = ledger.find_entities("Arkady Velesov").unwrap();
    assert_eq!((found.len(), found[0].statements), (1, 3));
    let newest = ledger.said(&[1], None, None, None).unwrap();
    assert_eq!(newest.last().map(|row| row.id), Some(3));
    drop(ledger);
    let ledger = PostgresLedger::open(&database.url).unwrap();
    assert_eq!(
        ledger.find_entities("Arkady Velesov").unwrap()[0].statements,
        3
    );
}

/// `onrecord migrate` carries the SQLite counter over: ids the SQLite ledger gave and freed are not
/// given again by PostgreSQL either.
#[test]
fn migrating_keeps_every_statement_id_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut sqlite = crate::SqliteLedger::open(&dir.path().join("ledger.db")).unwrap();
    backend_tests::statement_ids_are_never_given_twice(&mut sqlite);
    // The record loses its last statement: no statement is left, the counter still says 3.
    let mut edit = backend_tests::document("post", "No quote left.", "2025-03-01T00:00:00");
    edit.external_id = Some("channel/7".into());
    sqlite
        .store(&backend_tests::extracted(edit, Vec::new()))
        .unwrap();
    let database = TestDatabase::new("migrate");
    let mut postgres = PostgresLedger::open(&database.url).unwrap();
    crate::migrate::sqlite_to_postgres(&sqlite, &mut postgres, &mut |_, _| {}).unwrap();
    backend_tests::the_next_id_follows_every_id_given(&mut postgres, 4);
}
