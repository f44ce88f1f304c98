//! Throughput of `extract` on ≥ 50 MB of English text, one core:
//! - `example_corpus_50mb`: the bundled example corpus (`examples/corpus`, front matter dropped),
//!   replicated into documents of about 21 KB each, every text once in a rotating order (a long
//!   article or a day of posts);
//! - `fixtures_50mb`: the crate's own English fixtures replicated the same way (documents of about
//!   66 KB): every construction the rules know, densely packed, so slower per byte than real text.
//!
//!     cargo bench -p onrecord-extract
//!
//! divan reports bytes/s per sample; the whole corpus is one sample.

use divan::counter::BytesCount;
use divan::Bencher;
use onrecord_model::{Document, Lang};

/// The allocator the `onrecord` binary uses, so the numbers are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TARGET_BYTES: usize = 50 * 1024 * 1024;

/// The `.txt` files of a folder (relative to this crate), in name order, front matter dropped.
fn texts_in(folder: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| without_front_matter(&std::fs::read_to_string(p).expect("text file")).to_string())
        .collect()
}

fn without_front_matter(text: &str) -> &str {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map_or(text, |(_, body)| body)
}

fn corpus(texts: &[String]) -> Vec<Document> {
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

fn bench_extract(bencher: Bencher, documents: &[Document]) {
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench_local(|| {
        let mut statements = 0;
        for document in documents {
            statements += onrecord_extract::extract(divan::black_box(document)).len();
        }
        statements
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn example_corpus_50mb(bencher: Bencher) {
    bench_extract(bencher, &corpus(&texts_in("../../examples/corpus")));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn fixtures_50mb(bencher: Bencher) {
    bench_extract(bencher, &corpus(&texts_in("tests/fixtures/en")));
}

fn main() {
    divan::main();
}
