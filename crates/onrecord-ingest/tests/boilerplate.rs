//! Boilerplate removal scored against a reference: each `tests/boilerplate/NAME.html` beside the
//! article text it should yield, `NAME.expected.txt`. Scores are word-level precision, recall and
//! F1 (words as multisets: lower-cased runs of letters and digits), per page and over all pages
//! (micro-averaged). Run `cargo test -p onrecord-ingest --test boilerplate -- --nocapture` for the
//! table. The pages are made by `tests/boilerplate/generate.py`.

use std::collections::HashMap;
use std::path::Path;

use onrecord_ingest::near_dup::words;
use onrecord_ingest::page_from_bytes;

/// The floor for the whole corpus (the target).
const OVERALL_F1_FLOOR: f64 = 0.95;
/// No single page may fall below this.
const PAGE_F1_FLOOR: f64 = 0.80;

fn counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in words(text) {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// (true positives, extracted words, expected words)
fn overlap(extracted: &str, expected: &str) -> (usize, usize, usize) {
    let got = counts(extracted);
    let want = counts(expected);
    let hits = got
        .iter()
        .map(|(word, n)| (*n).min(*want.get(word).unwrap_or(&0)))
        .sum();
    (hits, got.values().sum(), want.values().sum())
}

fn prf(hits: usize, got: usize, want: usize) -> (f64, f64, f64) {
    let p = if got == 0 {
        0.0
    } else {
        hits as f64 / got as f64
    };
    let r = if want == 0 {
        0.0
    } else {
        hits as f64 / want as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

#[test]
fn boilerplate_removal_meets_the_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/boilerplate");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 20,
        "need 20+ reference pages, found {}",
        pages.len()
    );
    let (mut hits, mut got, mut want) = (0, 0, 0);
    let mut failures = Vec::new();
    println!(
        "{:<40} {:>6} {:>6} {:>6} {:>5}",
        "page", "P", "R", "F1", "paras"
    );
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(page).unwrap();
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected.txt"))).unwrap();
        let extracted = page_from_bytes(&bytes, None).text;
        let (h, g, w) = overlap(&extracted, &expected);
        let (p, r, f) = prf(h, g, w);
        let paragraphs_ok =
            extracted.split("\n\n").count() == expected.trim().split("\n\n").count();
        println!(
            "{name:<40} {p:>6.3} {r:>6.3} {f:>6.3} {:>5}",
            if paragraphs_ok { "ok" } else { "diff" }
        );
        if f < PAGE_F1_FLOOR {
            failures.push(format!(
                "{name}: F1 {f:.3}\n--- extracted ---\n{extracted}\n"
            ));
        }
        hits += h;
        got += g;
        want += w;
    }
    let (p, r, f) = prf(hits, got, want);
    println!("{:<40} {p:>6.3} {r:>6.3} {f:>6.3}", "OVERALL");
    assert!(
        failures.is_empty(),
        "pages below {PAGE_F1_FLOOR}:\n{}",
        failures.join("\n")
    );
    assert!(
        f >= OVERALL_F1_FLOOR,
        "overall F1 {f:.3} below {OVERALL_F1_FLOOR}"
    );
}
