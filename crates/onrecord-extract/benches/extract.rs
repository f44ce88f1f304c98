//! Throughput of `extract` on ≥ 50 MB of English text, built by replicating the crate's own fixture
//! texts into documents of a few kilobytes each (the size of a news article or a day of posts).
//!
//!     CARGO_TARGET_DIR=/work/target-extract cargo bench -p onrecord-extract
//!
//! divan reports bytes/s per sample; the whole corpus is one sample.

use divan::counter::BytesCount;
use divan::Bencher;
use onrecord_model::{Document, Lang};

const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn fixture_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/en");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture"))
        .collect()
}

fn corpus() -> Vec<Document> {
    let texts = fixture_texts();
    let mut documents = Vec::new();
    let mut total = 0;
    let mut round = 0usize;
    while total < TARGET_BYTES {
        // A document of all fixtures in a rotating order, so neighbouring paragraphs vary.
        let mut text = String::new();
        for i in 0..texts.len() {
            text.push_str(&texts[(i + round) % texts.len()]);
            text.push('\n');
        }
        total += text.len();
        round += 1;
        documents.push(Document {
            id: round.to_string(),
            content_hash: String::new(),
            name: round.to_string(),
            source: None,
            url: None,
            title: None,
            author: None,
            published: None,
            lang: Lang::En,
            text,
            reposted_from: None,
            external_id: None,
        });
    }
    documents
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn extract_50mb(bencher: Bencher) {
    let documents = corpus();
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench_local(|| {
        let mut statements = 0;
        for document in &documents {
            statements += onrecord_extract::extract(divan::black_box(document)).len();
        }
        statements
    });
}

fn main() {
    divan::main();
}
