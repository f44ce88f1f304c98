//! Helpers shared by the integration tests.
#![allow(dead_code)]

use onrecord_model::{Document, Lang, Statement};

pub fn document(text: &str) -> Document {
    Document {
        id: "test".into(),
        content_hash: String::new(),
        name: "test".into(),
        source: None,
        url: None,
        title: None,
        author: None,
        published: None,
        lang: Lang::En,
        text: text.into(),
        reposted_from: None,
        external_id: None,
    }
}

/// The text of a code-point span.
pub fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// One line per statement: what a fixture's expectation compares.
pub fn describe(text: &str, statement: &Statement) -> String {
    let content = slice(text, statement.content.start, statement.content.end);
    let speaker = match &statement.speaker {
        Some(s) => serde_json::json!({"text": s.mention, "name": s.name, "kind": s.kind.as_str()}),
        None => serde_json::Value::Null,
    };
    serde_json::json!({
        "kind": statement.kind.as_str(),
        "content": content,
        "speaker": speaker,
        "hedged": statement.hedged,
        "rule": statement.rule,
    })
    .to_string()
}
