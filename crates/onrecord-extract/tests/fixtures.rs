//! Data-driven extraction tests: every `fixtures/en/NAME.txt` is extracted and compared with
//! `NAME.expected.jsonl`, one statement a line. A mismatch prints a line diff.
//! To accept new output after an intended change: `UPDATE_EXPECT=1 cargo test -p onrecord-extract --test fixtures`.

mod common;

use std::fs;
use std::path::Path;

#[test]
fn english_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/en");
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
        let statements = onrecord_extract::extract(&common::document(&text));
        let actual: Vec<String> = statements
            .iter()
            .map(|s| common::describe(&text, s))
            .collect();
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
