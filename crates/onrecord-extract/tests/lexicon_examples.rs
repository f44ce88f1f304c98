//! Every `+`/`-` example line of every lexicon file is a test: a positive example must yield a
//! statement (with the given speaker when one is named), a negative one must yield none.

mod common;

use onrecord_extract::lexicon::{examples, ENGLISH_FILES};

#[test]
fn english_lexicon_examples() {
    let examples = examples(&ENGLISH_FILES);
    assert!(
        examples.len() >= 20,
        "too few lexicon examples: {}",
        examples.len()
    );
    let mut failures = Vec::new();
    for example in examples {
        let statements = onrecord_extract::extract(&common::document(example.text));
        let shown: Vec<String> = statements
            .iter()
            .map(|s| common::describe(example.text, s))
            .collect();
        if example.expect_statement {
            if statements.is_empty() {
                failures.push(format!(
                    "{}: expected a statement in {:?}",
                    example.file, example.text
                ));
            } else if let Some(name) = example.speaker_name {
                let ok = statements
                    .iter()
                    .any(|s| s.speaker.as_ref().is_some_and(|sp| sp.name == name));
                if !ok {
                    failures.push(format!(
                        "{}: expected speaker {name:?} in {:?}, got {shown:?}",
                        example.file, example.text
                    ));
                }
            }
        } else if !statements.is_empty() {
            failures.push(format!(
                "{}: expected no statement in {:?}, got {shown:?}",
                example.file, example.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "lexicon examples failed:\n{}",
        failures.join("\n")
    );
}
