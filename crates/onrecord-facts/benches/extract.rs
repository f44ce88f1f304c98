//! Extraction speed on generated text, 50 MB in all, published on a fixed date:
//! - `extract_50_mb`: documents built from the fixture sentences in `tests/fixtures/*.txt` (dense:
//!   about 30 facts per kilobyte, so it mostly measures the cost per fact);
//! - `extract_statement_corpus_50_mb`: the statement extractor's English fixture texts
//!   (`../onrecord-extract/tests/fixtures/en/*.txt`), replicated as its own benchmark does, so the
//!   two throughputs compare directly (what `extract --facts` adds to `extract`).
//!
//! `CARGO_TARGET_DIR=/work/target-facts cargo bench -p onrecord-facts --bench extract`
//! Divan prints the throughput (bytes/s) per run.

use chrono::NaiveDate;
use divan::counter::BytesCount;
use onrecord_model::{Document, Lang};

fn main() {
    divan::main();
}

const TOTAL_BYTES: usize = 50 * 1024 * 1024;
const DOC_SENTENCES: usize = 12;

fn sentences() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out = Vec::new();
    for file in ["figures.txt", "times.txt", "places.txt"] {
        let data = std::fs::read_to_string(format!("{dir}/{file}")).expect("fixture file");
        out.extend(
            data.lines()
                .filter_map(|l| l.strip_prefix("> "))
                .map(str::to_string),
        );
    }
    out
}

fn documents() -> Vec<Document> {
    let sentences = sentences();
    let published = NaiveDate::from_ymd_opt(2025, 3, 8).and_then(|d| d.and_hms_opt(0, 0, 0));
    let mut docs = Vec::new();
    let mut total = 0;
    let mut k = 0usize;
    while total < TOTAL_BYTES {
        let mut text = String::new();
        for _ in 0..DOC_SENTENCES {
            text.push_str(&sentences[k % sentences.len()]);
            text.push(' ');
            // Step by a prime so documents mix different sentences.
            k += 7;
        }
        total += text.len();
        docs.push(document(docs.len(), text, published));
    }
    docs
}

/// The statement extractor's English fixtures, each document all of them in a rotating order.
fn statement_corpus() -> Vec<Document> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../onrecord-extract/tests/fixtures/en"
    );
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("statement fixture folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture"))
        .collect();
    let published = NaiveDate::from_ymd_opt(2025, 3, 8).and_then(|d| d.and_hms_opt(0, 0, 0));
    let mut docs = Vec::new();
    let mut total = 0;
    let mut round = 0usize;
    while total < TOTAL_BYTES && !texts.is_empty() {
        let mut text = String::new();
        for i in 0..texts.len() {
            text.push_str(&texts[(i + round) % texts.len()]);
            text.push('\n');
        }
        round += 1;
        total += text.len();
        docs.push(document(docs.len(), text, published));
    }
    docs
}

fn document(number: usize, text: String, published: Option<chrono::NaiveDateTime>) -> Document {
    Document {
        id: number.to_string(),
        content_hash: String::new(),
        name: String::new(),
        source: None,
        url: None,
        title: None,
        author: None,
        published,
        lang: Lang::En,
        text,
        reposted_from: None,
        external_id: None,
    }
}

fn run(bencher: divan::Bencher, docs: Vec<Document>) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Load the gazetteer outside the timed part.
    let _ = onrecord_facts::extract_facts(&docs[0]);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut facts = 0;
        for doc in &docs {
            facts += onrecord_facts::extract_facts(divan::black_box(doc)).len();
        }
        facts
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_statement_corpus_50_mb(bencher: divan::Bencher) {
    run(bencher, statement_corpus());
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_50_mb(bencher: divan::Bencher) {
    run(bencher, documents());
}
