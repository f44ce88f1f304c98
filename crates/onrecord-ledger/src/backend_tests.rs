//! Test bodies that every backend must pass, written once over `&mut dyn Ledger`; each backend's
//! test module runs them (the PostgreSQL ones on the cluster of `ONRECORD_TEST_PG`).

use chrono::NaiveDateTime;
use onrecord_model::{
    Document, EntityKind, Fact, FactKind, Granularity, Lang, Span, Speaker, Statement,
    StatementKind, TimeRef,
};

use crate::{ExtractedDocument, Ledger, SearchQuery};

fn at(date: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S").ok()
}

pub fn document(name: &str, text: &str, published: &str) -> Document {
    Document {
        id: format!("{name}-id"),
        content_hash: format!("{name}:{text}"),
        name: name.into(),
        source: Some("Wire".into()),
        url: None,
        title: None,
        author: None,
        published: at(published),
        lang: Lang::En,
        text: text.into(),
        reposted_from: None,
        external_id: None,
    }
}

pub fn statement(start: usize, end: usize, speaker: &str) -> Statement {
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

pub fn extracted(document: Document, statements: Vec<Statement>) -> ExtractedDocument {
    ExtractedDocument {
        document,
        statements,
        facts: Vec::new(),
        said_at: Vec::new(),
        near_dup_keys: Vec::new(),
        minhash: Vec::new(),
    }
}

fn ids(ledger: &dyn Ledger) -> Vec<i64> {
    ledger
        .search(&SearchQuery {
            limit: 10,
            ..SearchQuery::default()
        })
        .unwrap()
        .iter()
        .map(|row| row.id)
        .collect()
}

/// Replacing a record deletes the newest statements; their ids are not given again: an id cited in
/// an exported file or a URL keeps meaning one statement.
pub fn statement_ids_are_never_given_twice(ledger: &mut dyn Ledger) {
    let text = "\"We hold the bridge,\" Velesov said. \"And the road,\" he said.";
    let mut first = document("post", text, "2025-03-01T00:00:00");
    first.external_id = Some("channel/7".into());
    ledger
        .store(&extracted(
            first,
            vec![
                statement(1, 20, "Arkady Velesov"),
                statement(37, 50, "Arkady Velesov"),
            ],
        ))
        .unwrap();
    assert_eq!(ids(ledger), [2, 1]);
    let mut edit = document(
        "post",
        "\"We hold the bridge,\" Velesov said.",
        "2025-03-01T00:00:00",
    );
    edit.external_id = Some("channel/7".into());
    ledger
        .store(&extracted(edit, vec![statement(1, 20, "Arkady Velesov")]))
        .unwrap();
    assert!(ledger.statements_by_id(&[1, 2]).unwrap().is_empty());
    assert_eq!(ids(ledger), [3], "the edit's statement takes a new id");
}

/// After [`statement_ids_are_never_given_twice`] (and a reopening): the next statement is `next`.
pub fn the_next_id_follows_every_id_given(ledger: &mut dyn Ledger, next: i64) {
    let mut edit = document(
        "post",
        "\"We hold it,\" Velesov said.",
        "2025-03-01T00:00:00",
    );
    edit.external_id = Some("channel/7".into());
    ledger
        .store(&extracted(edit, vec![statement(1, 11, "Arkady Velesov")]))
        .unwrap();
    assert_eq!(ids(ledger), [next]);
}

/// Published Saturday, said on Friday (as `onrecord_facts::said_at` finds from the cue and the time
/// fact stored with it): it comes before a statement published Friday noon, in
/// `said`, in search, and in search's date filter.
pub fn a_statement_dated_by_its_cue_sorts_by_when_it_was_made(ledger: &mut dyn Ledger) {
    let text = "\"We hold the bridge,\" Velesov said on Friday.";
    let mut said = statement(1, 20, "Arkady Velesov");
    said.cue = Some(Span::new(30, 34));
    let friday = Fact {
        span: Span::new(35, 44),
        kind: FactKind::Time(TimeRef {
            from: "2025-03-07".into(),
            to: "2025-03-08".into(),
            granularity: Granularity::Day,
            anchor: Some("2025-03-08".into()),
        }),
    };
    let mut saturday = extracted(document("sat", text, "2025-03-08T09:00:00"), vec![said]);
    saturday.facts = vec![friday];
    saturday.said_at = vec![at("2025-03-07T00:00:00")];
    ledger.store(&saturday).unwrap();
    let noon = document(
        "noon",
        "\"The bridge is ours,\" Velesov said.",
        "2025-03-07T12:00:00",
    );
    ledger
        .store(&extracted(noon, vec![statement(1, 20, "Arkady Velesov")]))
        .unwrap();
    let speaker = ledger.find_entities("Arkady Velesov").unwrap()[0].id;
    let rows = ledger.said(&[speaker], None, None, None).unwrap();
    let order: Vec<(&str, Option<&str>, Option<&str>)> = rows
        .iter()
        .map(|r| (r.doc.as_str(), r.said_at.as_deref(), r.date.as_deref()))
        .collect();
    assert_eq!(
        order,
        [
            (
                "sat",
                Some("2025-03-07T00:00:00"),
                Some("2025-03-07T00:00:00")
            ),
            ("noon", None, Some("2025-03-07T12:00:00")),
        ]
    );
    let newest_first: Vec<String> = ledger
        .search(&SearchQuery {
            text: Some("bridge".into()),
            limit: 10,
            ..SearchQuery::default()
        })
        .unwrap()
        .into_iter()
        .map(|row| row.doc)
        .collect();
    assert_eq!(newest_first, ["noon", "sat"]);
    let found = ledger
        .search(&SearchQuery {
            text: Some("bridge".into()),
            until: at("2025-03-07T06:00:00"),
            limit: 10,
            ..SearchQuery::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].doc, "sat");
}
