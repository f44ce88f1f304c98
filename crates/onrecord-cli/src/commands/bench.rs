//! `onrecord bench`: timings on generated ledgers. Benchmarks, not tests: they print numbers.

use std::time::Instant;

use onrecord_ledger::{ExtractedDocument, Ledger, SearchQuery, SqliteLedger};
use onrecord_model::{Document, EntityKind, Lang, Span, Speaker, Statement, StatementKind};

use super::Outcome;
use crate::cli::BenchSearchArgs;

const STATEMENTS_PER_DOCUMENT: usize = 10;
const SPEAKERS: usize = 100_000;

/// A small deterministic generator (xorshift), so every run builds the same ledger.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// A vocabulary of pronounceable made-up words with a Zipf-like frequency (low ranks common).
fn vocabulary() -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mir", "ten", "sa", "vor", "in", "de", "ru", "pol", "an", "chi", "bel", "os",
        "tra", "gen",
    ];
    let mut words = Vec::new();
    for a in SYLLABLES {
        for b in SYLLABLES {
            for c in ["", "n", "s", "ov", "ar"] {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    words
}

fn zipf_word<'a>(rng: &mut Rng, words: &'a [String]) -> &'a str {
    // Squaring a uniform draw skews it towards the first words.
    let uniform = rng.below(1 << 16) as f64 / (1 << 16) as f64;
    &words[((uniform * uniform) * words.len() as f64) as usize]
}

fn generated_document(number: usize, rng: &mut Rng, words: &[String]) -> ExtractedDocument {
    let mut text = String::new();
    let mut statements = Vec::with_capacity(STATEMENTS_PER_DOCUMENT);
    for _ in 0..STATEMENTS_PER_DOCUMENT {
        let speaker_number = rng.below(SPEAKERS);
        let speaker = format!("Given{} Speaker{speaker_number}", speaker_number % 50);
        text.push('"');
        let start = text.len();
        let length = 8 + rng.below(12);
        for index in 0..length {
            if index > 0 {
                text.push(' ');
            }
            text.push_str(zipf_word(rng, words));
        }
        let end = text.len();
        text.push_str(&format!("\" said {speaker}. "));
        statements.push(Statement {
            kind: StatementKind::Direct,
            content: Span::new(start, end),
            pieces: Vec::new(),
            speaker: Some(Speaker {
                mention: speaker.clone(),
                mention_span: None,
                name: speaker,
                kind: EntityKind::Person,
                aliases: Vec::new(),
            }),
            cue: None,
            hedged: rng.below(10) == 0,
            rule: "bench".into(),
        });
    }
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date")
        + chrono::Duration::days((number % 700) as i64);
    let mut record = onrecord_ingest::Record {
        name: format!("bench-{number}"),
        text,
        ..Default::default()
    };
    record.source = Some(format!("Source {}", number % 300));
    record.published = day.and_hms_opt(0, 0, 0);
    record.lang = Some(Lang::En);
    let document: Document = onrecord_ingest::into_document(record);
    ExtractedDocument {
        document,
        statements,
        facts: Vec::new(),
        said_at: Vec::new(),
        near_dup_keys: Vec::new(),
        minhash: Vec::new(),
    }
}

pub fn search(args: BenchSearchArgs) -> anyhow::Result<Outcome> {
    let mut ledger = SqliteLedger::open(&args.bench_db)?;
    let words = vocabulary();
    let have = ledger.stats()?.statements as usize;
    if have < args.statements {
        let documents = args.statements.div_ceil(STATEMENTS_PER_DOCUMENT);
        eprintln!(
            "building {} with {} statements ({documents} documents)…",
            args.bench_db.display(),
            args.statements
        );
        let started = Instant::now();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for number in 0..documents {
            let document = generated_document(number, &mut rng, &words);
            if number * STATEMENTS_PER_DOCUMENT >= have {
                ledger.store(&document)?;
            }
        }
        eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());
    }
    let stats = ledger.stats()?;
    println!(
        "ledger: {} statements, {} speakers, {} documents",
        stats.statements, stats.speakers, stats.documents
    );
    let queries: Vec<(&str, SearchQuery)> = vec![
        (
            "common word",
            SearchQuery {
                text: Some(words[0].clone()),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "mid-frequency word",
            SearchQuery {
                text: Some(words[words.len() / 3].clone()),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "rare word",
            SearchQuery {
                text: Some(words[words.len() - 1].clone()),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "two words",
            SearchQuery {
                text: Some(format!("{} {}", words[3], words[40])),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "word + speaker",
            SearchQuery {
                text: Some(words[5].clone()),
                speaker: Some("Speaker42".into()),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "word + date range",
            SearchQuery {
                text: Some(words[2].clone()),
                since: chrono::NaiveDate::from_ymd_opt(2024, 6, 1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0)),
                until: chrono::NaiveDate::from_ymd_opt(2024, 6, 8)
                    .and_then(|d| d.and_hms_opt(0, 0, 0)),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "newest, no words",
            SearchQuery {
                limit: 20,
                ..Default::default()
            },
        ),
    ];
    println!(
        "{:<20} {:>8} {:>10} {:>10} {:>10}",
        "query", "results", "p50 ms", "p95 ms", "max ms"
    );
    for (label, query) in queries {
        let mut times = Vec::with_capacity(args.runs);
        let mut results = 0;
        for _ in 0..args.runs.max(1) {
            let started = Instant::now();
            results = ledger.search(&query)?.len();
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "{label:<20} {results:>8} {:>10.2} {:>10.2} {:>10.2}",
            at(0.5),
            at(0.95),
            at(1.0)
        );
    }
    Ok(Outcome::Success)
}
