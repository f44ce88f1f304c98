//! End-to-end: the analyses (`reversals`, `figures --conflicts`, `trace`, `digest`) on the bundled
//! example corpus, through the real binary and a real SQLite ledger. Each planted case of
//! `examples/expected.json` must be found, the planted negatives must not be flagged, and every cited
//! span must be the cited text. Precision against `crates/onrecord-analyze/tests/labelled_pairs.json`
//! is computed and printed.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{json, ok};
use serde_json::Value;

/// One ledger for all tests here, ingested once.
fn ledger() -> &'static Path {
    static LEDGER: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = LEDGER.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("ledger.db");
        ok(
            &db,
            &["ingest", "--quiet", common::corpus().to_str().unwrap()],
        );
        (dir, db)
    });
    path
}

/// `channel-posts.jsonl#5` (expected.json) is the record `channel-posts:5` in the ledger.
fn doc_name(expected: &str) -> String {
    match expected.split_once(".jsonl#") {
        Some((stem, line)) => format!("{stem}:{line}"),
        None => expected.to_string(),
    }
}

/// True when a cited quote and an expected quote are the same statement (one contains the other).
fn same_quote(cited: &Value, expected: &str) -> bool {
    let cited = cited.as_str().unwrap_or_default();
    let fold = |s: &str| {
        s.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let (cited, expected) = (fold(cited), fold(expected));
    !cited.is_empty() && (cited.contains(&expected) || expected.contains(&cited))
}

fn cites(cite: &Value, case: &Value) -> bool {
    cite["doc"] == doc_name(case["doc"].as_str().unwrap()).as_str()
        && same_quote(&cite["quote"], case["quote"].as_str().unwrap())
}

/// Document texts by document id, to check cited spans.
fn texts() -> &'static HashMap<String, String> {
    static TEXTS: OnceLock<HashMap<String, String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        json(ledger(), &["documents", "--text", "--format", "json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["id"].as_str().unwrap().to_string(),
                    d["text"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    })
}

/// Every citation's `start..end` (code points) in its document is its quote, and it names its
/// speaker, date and source fields (they may be null).
fn check_citation(cite: &Value) {
    for field in ["doc", "start", "end", "speaker", "date", "source"] {
        assert!(
            cite.get(field).is_some(),
            "citation without {field}: {cite}"
        );
    }
    let text = &texts()[cite["document_id"].as_str().unwrap()];
    let (start, end) = (
        cite["start"].as_u64().unwrap() as usize,
        cite["end"].as_u64().unwrap() as usize,
    );
    let span: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(span, cite["quote"].as_str().unwrap(), "{cite}");
}

fn reversals_json(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["reversals", "--format", "json", "--limit", "200"];
    all.extend_from_slice(args);
    json(ledger(), &all).as_array().unwrap().clone()
}

fn pair_found(found: &[Value], a: &Value, b: &Value) -> bool {
    found.iter().any(|r| {
        (cites(&r["a"], a) && cites(&r["b"], b)) || (cites(&r["a"], b) && cites(&r["b"], a))
    })
}

#[test]
fn reversals_finds_every_planted_reversal() {
    let expected = common::expected();
    let all = reversals_json(&[]);
    for case in expected["reversals"].as_array().unwrap() {
        let speaker = case["speaker"].as_str().unwrap();
        assert!(
            pair_found(&all, &case["a"], &case["b"]),
            "planted reversal by {speaker} not found among all speakers: {case}"
        );
        let surname = speaker.rsplit(' ').next().unwrap();
        let own = reversals_json(&[surname]);
        assert!(
            pair_found(&own, &case["a"], &case["b"]),
            "not found for `reversals {surname}`: {case}"
        );
        for reversal in &own {
            assert_eq!(reversal["speaker"], speaker);
            assert_eq!(reversal["candidate"], true);
            assert!(!reversal["reasons"].as_array().unwrap().is_empty());
            check_citation(&reversal["a"]);
            check_citation(&reversal["b"]);
        }
    }
}

#[test]
fn reversals_does_not_flag_the_planted_negatives() {
    let expected = common::expected();
    let all = reversals_json(&[]);
    for case in expected["reversal_negatives"].as_array().unwrap() {
        assert!(
            !pair_found(&all, &case["a"], &case["b"]),
            "consistent statements flagged as a reversal: {case}"
        );
    }
}

#[test]
fn reversals_say_they_are_candidates() {
    let table = ok(ledger(), &["reversals", "reddle"]);
    assert!(table.contains("not verdicts"), "{table}");
    let markdown = ok(ledger(), &["reversals", "reddle", "--format", "md"]);
    assert!(markdown.contains("not verdicts"), "{markdown}");
    assert!(markdown.contains("They have all the cards"), "{markdown}");
}

fn conflicts_json(args: &[&str]) -> Vec<Value> {
    let mut all = vec![
        "figures",
        "--conflicts",
        "--format",
        "json",
        "--limit",
        "200",
    ];
    all.extend_from_slice(args);
    json(ledger(), &all).as_array().unwrap().clone()
}

fn conflict_between(found: &[Value], a: &str, b: &str) -> Option<Value> {
    let (a, b) = (doc_name(a), doc_name(b));
    found
        .iter()
        .find(|c| {
            let docs = (
                c["a"]["cite"]["doc"].as_str().unwrap(),
                c["b"]["cite"]["doc"].as_str().unwrap(),
            );
            docs == (a.as_str(), b.as_str()) || docs == (b.as_str(), a.as_str())
        })
        .cloned()
}

#[test]
fn figure_conflicts_finds_every_planted_conflict() {
    let expected = common::expected();
    let found = conflicts_json(&[]);
    for case in expected["figure_conflicts"].as_array().unwrap() {
        let (a, b) = (&case["a"], &case["b"]);
        let conflict = conflict_between(
            &found,
            a["doc"].as_str().unwrap(),
            b["doc"].as_str().unwrap(),
        )
        .unwrap_or_else(|| panic!("planted figure conflict not found: {case}\nfound: {found:#?}"));
        let lows: Vec<f64> = [&conflict["a"], &conflict["b"]]
            .iter()
            .map(|side| side["low"].as_f64().unwrap())
            .collect();
        for side in [a, b] {
            assert!(
                lows.contains(&side["low"].as_f64().unwrap()),
                "{case}: the conflict is about other numbers: {conflict}"
            );
        }
        for side in ["a", "b"] {
            check_citation(&conflict[side]["cite"]);
        }
    }
}

#[test]
fn figure_conflicts_does_not_flag_agreements() {
    let expected = common::expected();
    let found = conflicts_json(&[]);
    for case in expected["figure_agreements"].as_array().unwrap() {
        let (a, b) = (
            case["a"]["doc"].as_str().unwrap(),
            case["b"]["doc"].as_str().unwrap(),
        );
        assert!(
            conflict_between(&found, a, b).is_none(),
            "agreeing figures flagged as a conflict: {case}"
        );
    }
}

#[test]
fn figure_conflicts_about_a_topic() {
    let found = conflicts_json(&["--about", "drones"]);
    assert!(
        conflict_between(&found, "10-ridgeline-merren-night", "11-steppewire-merren").is_some(),
        "{found:#?}"
    );
    assert!(
        found.iter().all(|c| c["a"]["class"] == "drone"),
        "{found:#?}"
    );
    let killed = conflicts_json(&["--about", "killed Pyrell"]);
    assert!(
        conflict_between(&killed, "15-ridgeline-pyrell", "channel-posts.jsonl#3").is_some(),
        "{killed:#?}"
    );
    assert_eq!(killed.len(), 1, "{killed:#?}");
    let troops = conflicts_json(&["--about", "troops Dunholt"]);
    assert!(
        conflict_between(
            &troops,
            "16-herald-brun-dunholt",
            "18-ridgeline-dunholt-pocket"
        )
        .is_some(),
        "{troops:#?}"
    );
    let listed = json(
        ledger(),
        &["figures", "--about", "drones", "--format", "json"],
    );
    let listed = listed.as_array().unwrap();
    assert!(
        listed.iter().any(|f| f["cite"]["quote"] == "11 drones"),
        "{listed:#?}"
    );
    assert!(listed.iter().all(|f| f["class"] == "drone"), "{listed:#?}");
}

#[test]
fn trace_follows_the_planted_claim_from_its_first_sighting() {
    let expected = common::expected();
    let propagation = &expected["propagation"];
    let trace = json(
        ledger(),
        &["trace", "two brigades Sarn crossing", "--format", "json"],
    );
    let entries = trace["entries"].as_array().unwrap();
    let first = &entries[0];
    assert_eq!(first["first"], true);
    assert!(cites(&first["cite"], &propagation["first"]), "{first}");
    for repeat in propagation["repeats"].as_array().unwrap() {
        let entry = entries
            .iter()
            .find(|e| cites(&e["cite"], repeat))
            .unwrap_or_else(|| panic!("repeat not traced: {repeat}\n{entries:#?}"));
        assert_eq!(entry["first"], false);
        if repeat["how"] == "exact" {
            assert_eq!(entry["how"], "exact copy", "{entry}");
        }
        if repeat["how"] == "near" {
            assert!(
                ["near copy", "repost"].contains(&entry["how"].as_str().unwrap()),
                "{entry}"
            );
        }
    }
    let dates: Vec<&str> = entries
        .iter()
        .map(|e| e["cite"]["date"].as_str().unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "not in time order: {dates:?}"
    );
    for entry in entries {
        check_citation(&entry["cite"]);
    }
    // A statement id traces the same claim.
    let id = first["cite"]["statement_id"].as_i64().unwrap().to_string();
    let by_id = json(ledger(), &["trace", &id, "--format", "json"]);
    assert_eq!(by_id["entries"].as_array().unwrap().len(), entries.len());
    let table = ok(ledger(), &["trace", "two brigades Sarn crossing"]);
    assert!(table.contains("first"), "{table}");
}

#[test]
fn digest_cites_every_line() {
    let markdown = ok(
        ledger(),
        &["digest", "--since", "2025-06-02", "--until", "2025-06-15"],
    );
    for line in markdown.lines() {
        let item = line.trim_start();
        if item.starts_with("- ") {
            assert!(
                item.contains("](") || item.contains('`'),
                "a digest line without a citation: {line}"
            );
        }
    }
    assert!(markdown.contains("## Conflicting figures"), "{markdown}");
    assert!(markdown.contains("## Reversal candidates"), "{markdown}");
    assert!(markdown.contains("## Claims that spread"), "{markdown}");
    let digest = json(
        ledger(),
        &[
            "digest",
            "--since",
            "2025-06-02",
            "--until",
            "2025-06-15",
            "--format",
            "json",
        ],
    );
    assert!(!digest["reversals"].as_array().unwrap().is_empty());
    assert!(!digest["conflicts"].as_array().unwrap().is_empty());
    for speaker in digest["speakers"].as_array().unwrap() {
        for cite in speaker["top"].as_array().unwrap() {
            check_citation(cite);
        }
    }
    let html = ok(
        ledger(),
        &[
            "digest",
            "--since",
            "2025-06-02",
            "--until",
            "2025-06-15",
            "--format",
            "html",
        ],
    );
    assert!(
        html.starts_with("<!doctype html>") && html.contains("<a href="),
        "{html}"
    );
    // Deterministic: the same digest twice.
    assert_eq!(
        markdown,
        ok(
            ledger(),
            &["digest", "--since", "2025-06-02", "--until", "2025-06-15"]
        )
    );
}

fn labelled() -> Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../onrecord-analyze/tests/labelled_pairs.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Precision of the top `k` results against labelled pairs; unlabelled results count as wrong.
fn precision(found: &[(Value, Value)], labels: &[Value], k: usize, what: &str) -> f64 {
    let top = &found[..found.len().min(k)];
    let mut right = 0;
    for (a, b) in top {
        let label = labels.iter().find(|l| {
            (cites(a, &l["a"]) && cites(b, &l["b"])) || (cites(a, &l["b"]) && cites(b, &l["a"]))
        });
        match label {
            Some(l) if l["label"] == true => right += 1,
            Some(_) => eprintln!("{what}: false candidate: {} / {}", a["quote"], b["quote"]),
            None => eprintln!(
                "{what}: unlabelled (counted wrong): {} {} / {} {}",
                a["doc"], a["quote"], b["doc"], b["quote"]
            ),
        }
    }
    right as f64 / top.len().max(1) as f64
}

#[test]
fn precision_on_labelled_pairs() {
    let labels = labelled();
    let reversals: Vec<(Value, Value)> = reversals_json(&[])
        .into_iter()
        .map(|r| (r["a"].clone(), r["b"].clone()))
        .collect();
    let p_reversals = precision(
        &reversals,
        labels["reversals"].as_array().unwrap(),
        10,
        "reversals",
    );
    let conflicts: Vec<(Value, Value)> = conflicts_json(&[])
        .into_iter()
        .map(|c| (c["a"]["cite"].clone(), c["b"]["cite"].clone()))
        .collect();
    let p_conflicts = precision(
        &conflicts,
        labels["figure_conflicts"].as_array().unwrap(),
        10,
        "conflicts",
    );
    println!(
        "precision@10 reversals: {p_reversals:.2} ({} candidates); precision figure conflicts: {p_conflicts:.2} ({} candidates)",
        reversals.len(),
        conflicts.len()
    );
    assert!(
        p_reversals >= 0.7,
        "reversal precision@10 {p_reversals:.2} < 0.7"
    );
    assert!(
        p_conflicts >= 0.9,
        "figure conflict precision {p_conflicts:.2} < 0.9"
    );
}
