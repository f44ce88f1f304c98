//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

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

/// Extracts every `fixtures/SUB/NAME.txt` as `lang` and compares the statements, one line each,
/// with `NAME.expected.jsonl`; a mismatch fails with a line diff. `UPDATE_EXPECT=1` rewrites the
/// expectations instead.
pub fn check_fixtures(sub: &str, lang: Lang) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sub);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures in {}", dir.display());
    let mut failures = Vec::new();
    for path in names {
        let text = fs::read_to_string(&path).expect("fixture text");
        let statements = onrecord_extract::extract(&{
            let mut d = document(&text);
            d.lang = lang;
            d
        });
        let actual: Vec<String> = statements.iter().map(|s| describe(&text, s)).collect();
        let expected_path = path.with_extension("expected.jsonl");
        if update {
            fs::write(&expected_path, actual.join("\n") + "\n").expect("write expectation");
            continue;
        }
        let expected_text = fs::read_to_string(&expected_path).unwrap_or_default();
        let expected: Vec<&str> = expected_text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect();
        if expected != actual {
            let mut diff = format!("--- {}\n", expected_path.display());
            for line in &expected {
                if !actual.iter().any(|a| a == line) {
                    diff.push_str(&format!("- {line}\n"));
                }
            }
            for line in &actual {
                if !expected.contains(&line.as_str()) {
                    diff.push_str(&format!("+ {line}\n"));
                }
            }
            if expected.len() == actual.len() && diff.lines().count() == 1 {
                diff.push_str("  (same lines, different order)\n");
            }
            failures.push(diff);
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures differ (- expected, + actual):\n{}",
        failures.join("\n")
    );
}
