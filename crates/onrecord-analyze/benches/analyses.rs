//! Benchmark of the analyses at scale: builds a generated SQLite ledger (1 M statements by up to
//! 100 k speakers, some of them taking opposite stances over time; figures with units, places and
//! times) through the ledger API, then times `reversals` for one speaker, `figures --conflicts` for
//! one topic and a one-week `digest`. It prints numbers; it asserts nothing.
//!
//! `cargo bench -p onrecord-analyze --bench analyses -- [--statements N] [--speakers N]
//! [--db PATH] [--runs N]`. The ledger is built on first use (a few minutes for 1 M statements) and
//! reused afterwards (default path: the system temp dir).

use std::time::Instant;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use onrecord_analyze::{ConflictOptions, DigestOptions, ReversalOptions};
use onrecord_ledger::{ExtractedDocument, Ledger, SqliteLedger};
use onrecord_model::{
    Bound, Document, EntityKind, Fact, FactKind, Figure, Granularity, Lang, PlaceRef, Span,
    Speaker, Statement, StatementKind, TimeRef,
};

struct Args {
    statements: usize,
    speakers: usize,
    db: std::path::PathBuf,
    runs: usize,
}

fn args() -> Args {
    let mut args = Args {
        statements: 1_000_000,
        speakers: 100_000,
        db: std::env::temp_dir().join("onrecord-bench-analyses.db"),
        runs: 5,
    };
    let given: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < given.len() {
        let value = given.get(i + 1).cloned().unwrap_or_default();
        match given[i].as_str() {
            "--statements" => args.statements = value.parse().expect("--statements N"),
            "--speakers" => args.speakers = value.parse().expect("--speakers N"),
            "--db" => args.db = value.into(),
            "--runs" => args.runs = value.parse().expect("--runs N"),
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    args
}

const STATEMENTS_PER_DOCUMENT: usize = 10;
const FIGURES_PER_DOCUMENT: usize = 3;
const PLACES: usize = 500;
const DAYS: i64 = 365;
const UNITS: &[&str] = &[
    "drone", "missile", "soldier", "civilian", "vehicle", "tank", "shell", "percent",
];
const CLAIMS: &[&str] = &[
    "The front is fully stable",
    "Our units are withdrawing to prepared positions",
    "We will not give up a single village",
    "Everything is open for discussion",
    "There will be no talks",
    "We are ready to talk anywhere, without preconditions",
    "They don't have the cards",
    "They have all the cards",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    /// Skewed towards small values: a few speakers say a lot, most say little.
    fn skewed(&mut self, bound: usize) -> usize {
        let uniform = self.below(1 << 20) as f64 / (1 << 20) as f64;
        ((uniform.powi(3)) * bound as f64) as usize
    }
}

fn words() -> Vec<String> {
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

fn speaker_name(n: usize) -> String {
    format!("Speaker{n} Fam{}", n % 97)
}

fn start() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("a valid date")
}

fn document(
    number: usize,
    documents: usize,
    speakers: usize,
    rng: &mut Rng,
    words: &[String],
) -> ExtractedDocument {
    let published =
        start() + Duration::minutes((number as i64 * DAYS * 24 * 60) / documents.max(1) as i64);
    let mut text = String::new();
    let mut statements = Vec::with_capacity(STATEMENTS_PER_DOCUMENT);
    let mut facts = Vec::new();
    for _ in 0..STATEMENTS_PER_DOCUMENT {
        let speaker = speaker_name(rng.skewed(speakers));
        text.push('"');
        let begin = text.len();
        if rng.below(5) == 0 {
            text.push_str(CLAIMS[rng.below(CLAIMS.len())]);
            text.push_str(" near ");
        }
        for index in 0..(6 + rng.below(10)) {
            if index > 0 {
                text.push(' ');
            }
            text.push_str(&words[rng.skewed(words.len())]);
        }
        let end = text.len();
        text.push_str(&format!("\" said {speaker}. "));
        statements.push(Statement {
            kind: StatementKind::Direct,
            content: Span::new(begin, end),
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
    for _ in 0..FIGURES_PER_DOCUMENT {
        let unit = UNITS[rng.below(UNITS.len())];
        let value = 5 + rng.below(60);
        let place = format!("Place{}", rng.skewed(PLACES));
        text.push_str("Officials counted ");
        let figure_start = text.len();
        text.push_str(&format!("{value} {unit}s"));
        let figure_end = text.len();
        text.push_str(" near ");
        let place_start = text.len();
        text.push_str(&place);
        let place_end = text.len();
        text.push_str(" last night. ");
        facts.push(Fact {
            span: Span::new(figure_start, figure_end),
            kind: FactKind::Figure(Figure {
                low: value as f64,
                high: value as f64,
                approx: false,
                bound: Bound::Exact,
                unit: unit.into(),
                counted: None,
            }),
        });
        facts.push(Fact {
            span: Span::new(place_start, place_end),
            kind: FactKind::Place(PlaceRef {
                name: place,
                country: "XX".into(),
                lat: 0.0,
                lon: 0.0,
            }),
        });
        let night = published.date() - Duration::days(1);
        facts.push(Fact {
            span: Span::new(place_end + 1, place_end + 11),
            kind: FactKind::Time(TimeRef {
                from: format!("{}T18:00", night.format("%Y-%m-%d")),
                to: format!("{}T06:00", published.date().format("%Y-%m-%d")),
                granularity: Granularity::PartOfDay,
                anchor: None,
            }),
        });
    }
    let document = Document {
        id: format!("{number:012x}"),
        content_hash: format!("bench-{number:012x}"),
        name: format!("bench-{number}"),
        source: Some(format!("Source {}", number % 300)),
        url: Some(format!("https://bench.example/{number}")),
        title: None,
        author: None,
        published: Some(published),
        lang: Lang::En,
        text,
        reposted_from: None,
        external_id: None,
    };
    ExtractedDocument {
        document,
        statements,
        facts,
        said_at: Vec::new(),
        near_dup_keys: Vec::new(),
        minhash: Vec::new(),
    }
}

/// CPU time of this process so far (all threads, user + system), from `/proc/self/stat` in clock
/// ticks of 10 ms; `None` where there is no procfs. Wall time alone misleads on a busy machine.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

/// Runs `f` `runs` times; the last result, and the sorted wall and CPU times in ms.
fn time<T>(runs: usize, mut f: impl FnMut() -> Result<T>) -> Result<(T, Vec<f64>, Vec<f64>)> {
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let cpu_started = cpu_ms();
        last = Some(f()?);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if let (Some(before), Some(after)) = (cpu_started, cpu_ms()) {
            cpu.push(after - before);
        }
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    Ok((last.expect("at least one run"), times, cpu))
}

fn report(label: &str, results: usize, times: &[f64], cpu: &[f64]) {
    let at = |values: &[f64], q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    let cpu = if cpu.is_empty() {
        "-".to_string()
    } else {
        format!("{:.0}", at(cpu, 0.5))
    };
    println!(
        "{label:<52} {results:>8} {:>10.1} {:>10.1} {cpu:>10}",
        at(times, 0.5),
        at(times, 1.0)
    );
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let args = args();
    let mut ledger = SqliteLedger::open(&args.db)?;
    let words = words();
    let have = ledger.stats()?.statements as usize;
    let documents = args.statements.div_ceil(STATEMENTS_PER_DOCUMENT);
    if have < args.statements {
        eprintln!(
            "building {} with {} statements by up to {} speakers ({documents} documents)…",
            args.db.display(),
            args.statements,
            args.speakers
        );
        let started = Instant::now();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for number in 0..documents {
            let document = document(number, documents, args.speakers, &mut rng, &words);
            if number * STATEMENTS_PER_DOCUMENT >= have {
                ledger.store(&document)?;
            }
            if number % 10_000 == 0 && number > 0 {
                eprintln!(
                    "  {number} documents, {:.0} s",
                    started.elapsed().as_secs_f64()
                );
            }
        }
        eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());
    }
    let stats = ledger.stats()?;
    println!(
        "ledger: {} statements, {} speakers, {} documents, {} facts",
        stats.statements, stats.speakers, stats.documents, stats.facts
    );
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average: {}", load.trim());
    }
    println!(
        "{:<52} {:>8} {:>10} {:>10} {:>10}",
        "analysis", "results", "p50 ms", "max ms", "cpu ms"
    );
    let busiest = ledger.speakers(1)?;
    let mut speakers = vec![speaker_name(args.speakers / 50)];
    if let Some(top) = busiest.first() {
        speakers.insert(0, top.name.clone());
    }
    for name in speakers {
        let statements = ledger
            .find_entities(&name)?
            .first()
            .map_or(0, |e| e.statements);
        let (found, times, cpu) = time(args.runs, || {
            Ok(onrecord_analyze::reversals(
                &ledger,
                &ReversalOptions {
                    speaker: Some(name.clone()),
                    limit: 20,
                    ..ReversalOptions::default()
                },
            )?)
        })?;
        report(
            &format!("reversals {name} ({statements} statements)"),
            found.len(),
            &times,
            &cpu,
        );
    }
    for about in ["drones Place7", "missiles Place120", "soldiers"] {
        let (found, times, cpu) = time(args.runs, || {
            Ok(onrecord_analyze::figure_conflicts(
                &ledger,
                &ConflictOptions {
                    about: Some(about.into()),
                    limit: 50,
                    ..ConflictOptions::default()
                },
            )?)
        })?;
        report(
            &format!("figures --conflicts --about {about:?}"),
            found.len(),
            &times,
            &cpu,
        );
    }
    let since = start() + Duration::days(DAYS / 2);
    let (digest, times, cpu) = time(args.runs.min(3), || {
        Ok(onrecord_analyze::digest(
            &ledger,
            &DigestOptions::new(since, since + Duration::days(7)),
        )?)
    })?;
    report(
        &format!("digest of one week ({} statements)", digest.statements),
        digest.speakers.len()
            + digest.reversals.len()
            + digest.conflicts.len()
            + digest.claims.len(),
        &times,
        &cpu,
    );
    Ok(())
}
