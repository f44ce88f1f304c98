//! Property tests: query parsing, highlighting and document markup never panic on any input.

use onrecord_ledger::{DocumentDetail, DocumentRow, FactRow, StatementRow};
use onrecord_server::highlight::{document_blocks, highlight};
use onrecord_server::params::{decode_cursor, encode_cursor, Params, SearchParams};
use proptest::prelude::*;

fn any_query() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z=&%+*.0-9-]{0,80}",
        "(q|speaker|source|kind|hedged|since|until|limit|cursor)=[^&]{0,30}(&(q|kind|limit|cursor|since)=[^&]{0,30}){0,4}",
    ]
}

proptest! {
    #[test]
    fn parsing_any_query_string_never_panics(raw in any_query()) {
        let params = Params::parse(Some(&raw));
        if let Ok(search) = SearchParams::from_params(&params) {
            prop_assert!(search.limit >= 1 && search.limit <= 200);
            let query = search.to_query();
            prop_assert!(query.is_ok());
            // What the page links to parses back to the same search.
            let again = SearchParams::from_params(&Params::parse(Some(&search.query_string(search.cursor.as_deref()))));
            prop_assert_eq!(Some(search), again.ok());
        }
    }

    #[test]
    fn cursors_round_trip(published in any::<i64>(), id in any::<i64>()) {
        let cursor = onrecord_ledger::Cursor { published, statement_id: id };
        prop_assert_eq!(decode_cursor(&encode_cursor(cursor)).ok(), Some(cursor));
    }

    #[test]
    fn decoding_any_cursor_never_panics(raw in any::<String>()) {
        let _ = decode_cursor(&raw);
    }

    #[test]
    fn highlighting_keeps_the_text(text in any::<String>(), query in any::<String>()) {
        let joined: String = highlight(&text, Some(&query)).iter().map(|s| s.text.as_str()).collect();
        prop_assert_eq!(joined, text);
    }

    #[test]
    fn document_markup_survives_any_spans(
        text in any::<String>(),
        spans in proptest::collection::vec((-5i64..400, -5i64..400), 0..12),
        mention in any::<String>(),
    ) {
        let statements = spans.iter().enumerate().map(|(i, (start, end))| statement(i as i64, *start, *end, &mention)).collect();
        let facts = spans.iter().enumerate().map(|(i, (start, end))| {
            let kind = ["figure", "time", "place", "x"][i % 4];
            FactRow {
            id: i as i64,
            document_id: "d".into(),
            statement_id: None,
            start: *end,
            end: *start + 3,
            surface: String::new(),
            fact: serde_json::json!({"type": kind, "low": 1, "high": 2, "unit": "drone"}),
        }}).collect();
        let detail = DocumentDetail {
            document: document(&text),
            statements,
            facts,
            sightings: Vec::new(),
            near_copies: Vec::new(),
        };
        let blocks = document_blocks(&detail);
        let joined: String = blocks.iter().flat_map(|b| b.pieces.iter()).map(|p| p.text.as_str()).collect();
        prop_assert_eq!(joined, text);
    }
}

fn statement(id: i64, start: i64, end: i64, mention: &str) -> StatementRow {
    StatementRow {
        id,
        document_id: "d".into(),
        doc: "d".into(),
        kind: "direct".into(),
        content: String::new(),
        start,
        end,
        speaker_id: Some(1),
        speaker: Some(mention.to_string()),
        speaker_kind: Some("person".into()),
        mention: Some(mention.to_string()),
        cue: Some("said".into()),
        hedged: false,
        rule: "r".into(),
        date: None,
        said_at: None,
        source: None,
        url: None,
        title: None,
    }
}

fn document(text: &str) -> DocumentRow {
    DocumentRow {
        id: "d".into(),
        name: "d".into(),
        title: None,
        url: None,
        source: None,
        author: None,
        published: None,
        lang: "en".into(),
        statements: 0,
        reposted_from: None,
        near_copy_of: None,
        similarity: None,
        text: Some(text.to_string()),
    }
}
