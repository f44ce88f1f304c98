use onrecord_model::{Lang, Span, StatementKind};

use super::*;

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

fn statement(start: usize, end: usize, speaker: &str) -> Statement {
    Statement {
        kind: StatementKind::Direct,
        content: Span::new(start, end),
        pieces: Vec::new(),
        speaker: Some(Speaker {
            mention: speaker.into(),
            mention_span: None,
            name: speaker.into(),
            kind: EntityKind::Person,
            aliases: vec![],
        }),
        cue: None,
        hedged: false,
        rule: "test".into(),
    }
}

fn extracted(document: Document, statements: Vec<Statement>) -> ExtractedDocument {
    ExtractedDocument {
        document,
        statements,
        facts: Vec::new(),
        near_dup_keys: Vec::new(),
        minhash: Vec::new(),
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
