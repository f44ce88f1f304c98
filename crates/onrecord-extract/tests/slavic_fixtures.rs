//! Data-driven Russian/Ukrainian extraction tests: every `fixtures/{ru,uk}/NAME.txt` (invented sentences)
//! is extracted with its language and compared with `NAME.expected.jsonl`.
//! To accept new output: `UPDATE_EXPECT=1 cargo test -p onrecord-extract --test slavic_fixtures`.

mod common;

use std::fs;
use std::path::Path;

use onrecord_model::Lang;

#[test]
fn slavic_fixtures() {
    for (sub, lang) in [("ru", Lang::Ru), ("uk", Lang::Uk)] {
        run(sub, lang);
    }
}

fn run(sub: &str, lang: Lang) {
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
            let mut d = common::document(&text);
            d.lang = lang;
            d
        });
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
