//! Extraction speed on generated text: documents built from the fixture sentences in
//! `tests/fixtures/*.txt`, 50 MB in all, published on a fixed date.
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
        docs.push(Document {
            id: docs.len().to_string(),
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
        });
    }
    docs
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_50_mb(bencher: divan::Bencher) {
    let docs = documents();
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
