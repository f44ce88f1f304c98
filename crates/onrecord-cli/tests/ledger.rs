//! End-to-end: the real binary, a real SQLite file — ingest, idempotence, crash safety, bad input.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{json, ok, run, stderr};
use onrecord_ledger::{Ledger, SqliteLedger};

#[test]
fn ingesting_the_example_corpus_twice_stores_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let corpus = common::corpus();
    let first = run(&db, &["ingest", corpus.to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let expected = common::expected();
    let records = expected["counts"]["documents"].as_i64().unwrap();
    let exact_copies = expected["propagation"]["repeats"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|repeat| repeat["how"] == "exact")
        .count() as i64;
    assert!(exact_copies > 0, "the corpus plants an exact repost");
    // An exact copy of a text is one document with two sightings.
    let documents = records - exact_copies;
    let stats = json(&db, &["stats", "--format", "json"]);
    assert_eq!(stats["documents"], documents);
    assert_eq!(stats["schema_version"], onrecord_ledger::SCHEMA_VERSION);
    assert!(stats["ledger"].as_str().unwrap().ends_with("ledger.db"));

    let second = run(&db, &["ingest", corpus.to_str().unwrap()]);
    assert!(second.status.success());
    let message = stderr(&second);
    assert!(message.contains("0 documents new"), "{message}");
    assert!(message.contains("nothing new"), "{message}");
    assert_eq!(json(&db, &["stats", "--format", "json"]), stats);
}

#[test]
fn killing_an_ingest_midway_and_rerunning_stores_every_document_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let input = dir.path().join("many.jsonl");
    let total = 20_000;
    let lines: String = (0..total)
        .map(|n| {
            format!(
                "{{\"text\": \"Post {n}. \\\"We will hold sector {n},\\\" Colonel Ada Marsh said on Monday. Officials said that convoy {n} arrived.\", \"published\": \"2025-06-01\", \"source\": \"Channel {}\"}}\n",
                n % 7
            )
        })
        .collect();
    std::fs::write(&input, lines).unwrap();

    let mut child = Command::new(common::binary())
        .args([
            "--db",
            db.to_str().unwrap(),
            "ingest",
            "--quiet",
            input.to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let stored = SqliteLedger::open_existing(&db)
            .ok()
            .flatten()
            .and_then(|l| l.stats().ok())
            .map(|s| s.documents);
        if stored.is_some_and(|n| n > 500) {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "ingest made no progress"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest finished before it could be killed; make the input larger"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = SqliteLedger::open(&db).unwrap().stats().unwrap().documents;
    assert!(partial < total, "the kill came too late to test anything");

    ok(&db, &["ingest", "--quiet", input.to_str().unwrap()]);
    let ledger = SqliteLedger::open(&db).unwrap();
    ledger.integrity_check().unwrap();
    let stats = ledger.stats().unwrap();
    assert_eq!(stats.documents, total);
    assert_eq!(
        stats.statements % total,
        0,
        "every document has the same statements, stored once"
    );
}

#[test]
fn a_bad_jsonl_line_is_named_and_the_rest_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let input = dir.path().join("posts.jsonl");
    std::fs::write(
        &input,
        "{\"text\": \"First post.\"}\n{not json\n{\"text\": \"Third post.\"}\n",
    )
    .unwrap();
    let output = run(&db, &["ingest", input.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("posts.jsonl, line 2"), "{message}");
    assert!(message.contains("hint:"), "{message}");
    assert_eq!(json(&db, &["stats", "--format", "json"])["documents"], 2);
}

#[test]
fn invalid_utf8_and_missing_files_fail_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Caf\xe9 owner said the road was open.").unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "The mayor said the road was open.").unwrap();
    let missing = dir.path().join("missing.txt");
    let output = run(
        &db,
        &[
            "ingest",
            bad.to_str().unwrap(),
            missing.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("latin1.txt, byte 3: not valid UTF-8"),
        "{message}"
    );
    assert!(message.contains("missing.txt: no such file"), "{message}");
    assert_eq!(json(&db, &["stats", "--format", "json"])["documents"], 1);
}

#[test]
fn a_file_that_is_not_a_ledger_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "my notes").unwrap();
    let output = run(&db, &["ingest", common::corpus().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("is not an onrecord ledger"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("hint:"));
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "my notes");
}

#[test]
fn a_ledger_from_a_newer_onrecord_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("future.db");
    ok(
        &db,
        &[
            "ingest",
            common::corpus()
                .join("01-ridgeline-sitrep-0602.txt")
                .to_str()
                .unwrap(),
        ],
    );
    bump_schema_version(&db);
    let before = std::fs::read(&db).unwrap();
    let output = run(&db, &["stats"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("newer than this onrecord"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

/// Bumps the ledger's schema version past this build's by patching SQLite's header field
/// (`user_version` lives at byte 60, big-endian), so the test needs no SQL of its own.
fn bump_schema_version(db: &std::path::Path) {
    // Opening and dropping checkpoints the WAL into the main file.
    drop(SqliteLedger::open(db).unwrap());
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let mut bytes = std::fs::read(db).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn an_unwritable_ledger_location_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("no-such-dir/ledger.db");
    let output = run(&db, &["ingest", common::corpus().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("cannot open ledger"), "{message}");
    assert!(message.contains("hint:"), "{message}");
}

#[test]
fn reading_commands_never_create_a_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.db");
    let output = run(&db, &["search", "bridge"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no ledger at"),
        "{}",
        stderr(&output)
    );
    assert!(!db.exists());
}

#[test]
fn usage_errors_exit_with_two() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&dir.path().join("x.db"), &["search"]);
    assert_eq!(output.status.code(), Some(2));
    let output = run(&dir.path().join("x.db"), &["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn reposts_are_sightings_and_near_copies_are_linked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    ok(
        &db,
        &["ingest", "--quiet", common::corpus().to_str().unwrap()],
    );
    let expected = common::expected();
    let repeats = expected["propagation"]["repeats"].as_array().unwrap();
    let exact = repeats.iter().find(|r| r["how"] == "exact").unwrap();
    let near = repeats.iter().find(|r| r["how"] == "near").unwrap();

    // An exact copy is not a second document: the original was seen twice.
    let original = json(
        &db,
        &[
            "show",
            exact["copy_of"].as_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let sources: Vec<&str> = original["sightings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["source"].as_str())
        .collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(
        sources.contains(&exact["source"].as_str().unwrap()),
        "{sources:?}"
    );

    let near_copy = json(
        &db,
        &["show", near["doc"].as_str().unwrap(), "--format", "json"],
    );
    let linked = near_copy["document"]["near_copy_of"]
        .as_str()
        .expect("the near copy is linked");
    let near_original = json(
        &db,
        &[
            "show",
            near["copy_of"].as_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(linked, near_original["document"]["id"].as_str().unwrap());
    assert!(near_copy["document"]["similarity"].as_f64().unwrap() >= 0.8);
}

#[test]
fn places_lists_the_real_venues_with_coordinates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    ok(
        &db,
        &["ingest", "--quiet", common::corpus().to_str().unwrap()],
    );
    let places = json(&db, &["places", "--format", "json"]);
    for venue in common::expected()["places"]["real_venues"]
        .as_array()
        .unwrap()
    {
        let name = venue["place"].as_str().unwrap();
        let place = places
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing from {places}"));
        assert!(place["mentions"].as_i64().unwrap() >= 1);
        assert!(
            place["lat"].as_f64().is_some() && place["lon"].as_f64().is_some(),
            "{place}"
        );
    }
}
