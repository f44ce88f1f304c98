//! The shared ingest queue (PostgreSQL ledgers only): `onrecord enqueue` adds one job per input file,
//! `onrecord worker` processes jobs — any number of workers, on any number of machines — and
//! `onrecord jobs` shows progress. The queue's rules (leases, retries, fencing) are in
//! `onrecord_ledger::PostgresLedger::claim`; this module reads, extracts and stores.
//!
//! A worker stores each document in its own transaction, exactly as `onrecord ingest` does, with the
//! same extraction, so a queue-fed ledger answers like one filled by `ingest`. A record that cannot be
//! read, or whose extraction fails (panics), is counted and named in the job's error; the rest of the
//! job goes on. A job none of whose records could be stored ends `failed` with its error.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use onrecord_ingest::{expand_inputs, into_document, read_input, Format, Input};
use onrecord_ledger::{
    Job, JobOutcome, JobRow, Ledger, LedgerSpec, NewJob, PostgresLedger, StoreOutcome,
};

use super::{ingest::extract_document, inputs, Outcome};
use crate::cli::{EnqueueArgs, JobsArgs, OutputFormat, WorkerArgs};
use crate::render;

/// Jobs are added in transactions of this many files.
const ENQUEUE_BATCH: usize = 64;

/// How many record errors a job keeps the text of.
const KEPT_ERRORS: usize = 20;

/// Opens the PostgreSQL ledger that holds the queue; a SQLite ledger has none.
fn open_queue(db: &Path) -> anyhow::Result<PostgresLedger> {
    Ok(PostgresLedger::open(&queue_url(db)?)?)
}

/// The URL of the PostgreSQL ledger that holds the queue.
fn queue_url(db: &Path) -> anyhow::Result<String> {
    match LedgerSpec::parse(db) {
        LedgerSpec::Postgres(url) => Ok(url),
        LedgerSpec::Sqlite(path) => anyhow::bail!(
            "the job queue needs a PostgreSQL ledger, and {} is a SQLite file\n\
             hint: pass --db postgresql://… (or set ONRECORD_DB); on one machine, `onrecord ingest PATH` does the same work",
            path.display()
        ),
    }
}

pub fn enqueue(db: &Path, args: EnqueueArgs) -> anyhow::Result<Outcome> {
    let mut ledger = open_queue(db)?;
    let format = args.input.input_format.clone();
    let mut pending: Vec<NewJob> = Vec::new();
    let (mut added, mut bytes, mut failed) = (0usize, 0usize, 0usize);
    let mut flush =
        |ledger: &mut PostgresLedger, pending: &mut Vec<NewJob>| -> anyhow::Result<()> {
            if !pending.is_empty() {
                added += ledger.enqueue(pending)?.len();
                pending.clear();
            }
            Ok(())
        };
    for input in expand_inputs(&args.input.paths) {
        let (name, payload) = match input {
            Ok(Input::File(path)) => match std::fs::read(&path) {
                Ok(payload) => (path.display().to_string(), payload),
                Err(error) => {
                    eprintln!("error: {}: cannot read: {error}", path.display());
                    failed += 1;
                    continue;
                }
            },
            Ok(Input::Stdin) => {
                let mut payload = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut payload)
                    .context("cannot read standard input")?;
                ("stdin".to_string(), payload)
            }
            Err(error) => {
                inputs::report(&error);
                failed += 1;
                continue;
            }
        };
        bytes += payload.len();
        pending.push(NewJob {
            name,
            format: format.clone(),
            payload,
        });
        if pending.len() == ENQUEUE_BATCH {
            flush(&mut ledger, &mut pending)?;
        }
    }
    flush(&mut ledger, &mut pending)?;
    eprintln!(
        "{added} jobs queued ({:.1} MB){}; start workers with `onrecord worker`",
        bytes as f64 / 1e6,
        if failed > 0 {
            format!(", {failed} inputs could not be read")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Success
    })
}

/// What a worker's settings are.
#[derive(Debug, Clone)]
struct Settings {
    lease: Duration,
    poll: Duration,
    max_attempts: i32,
    exit_when_empty: bool,
    /// Test hook: extraction panics on a document whose text contains this (`ONRECORD_FAILPOINT`).
    panic_marker: Option<String>,
}

pub fn worker(db: &Path, args: WorkerArgs) -> anyhow::Result<Outcome> {
    // Create or migrate the schema once, before the threads start (and refuse a SQLite ledger).
    let url = queue_url(db)?;
    drop(open_queue(db)?);
    let settings = Settings {
        lease: Duration::from_secs_f64(args.lease_seconds.max(0.1)),
        poll: Duration::from_millis(args.poll_ms.max(10)),
        max_attempts: args.max_attempts.max(1),
        exit_when_empty: args.exit_when_empty,
        panic_marker: std::env::var("ONRECORD_FAILPOINT")
            .ok()
            .and_then(|v| v.strip_prefix("extract-panic:").map(str::to_string)),
    };
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "localhost".into());
    let concurrency = args.concurrency.max(1);
    let stop = AtomicBool::new(false);
    let documents = AtomicUsize::new(0);
    let started = Instant::now();
    let results: Vec<anyhow::Result<()>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..concurrency)
            .map(|thread| {
                let name = format!("{host}:{}:{thread}", std::process::id());
                let (url, settings, stop, documents) = (&url, &settings, &stop, &documents);
                scope.spawn(move || {
                    let result = work(url, &name, settings, stop, documents);
                    if result.is_err() {
                        stop.store(true, Ordering::SeqCst);
                    }
                    result
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a worker thread panicked")))
            })
            .collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let stored = documents.load(Ordering::SeqCst);
    eprintln!(
        "worker done: {stored} documents in {seconds:.2} s ({:.1} documents/s)",
        stored as f64 / seconds.max(1e-9)
    );
    results.into_iter().collect::<anyhow::Result<Vec<()>>>()?;
    Ok(Outcome::Success)
}

/// One worker thread: its own connection, claiming and processing jobs until told to stop (or, with
/// `--exit-when-empty`, until no job is queued or running).
fn work(
    url: &str,
    name: &str,
    settings: &Settings,
    stop: &AtomicBool,
    documents: &AtomicUsize,
) -> anyhow::Result<()> {
    let mut ledger = PostgresLedger::open(url)?;
    while !stop.load(Ordering::SeqCst) {
        let job = match ledger.claim(name, settings.lease, settings.max_attempts) {
            Ok(job) => job,
            Err(error) => {
                // The ledger already retried and reconnected for a while: the database is gone.
                return Err(anyhow::Error::new(error).context("cannot reach the queue"));
            }
        };
        let Some(job) = job else {
            if settings.exit_when_empty {
                let summary = ledger.queue_summary()?;
                if summary.queued == 0 && summary.running == 0 {
                    return Ok(());
                }
            }
            std::thread::sleep(settings.poll);
            continue;
        };
        eprintln!(
            "{name}: claimed job {} (attempt {}): {}",
            job.id, job.attempt, job.name
        );
        let started = Instant::now();
        match process(&mut ledger, &job, name, settings, documents) {
            Ok(Some(outcome)) => {
                if ledger.finish(&job, name, &outcome)? {
                    eprintln!(
                        "{name}: job {} {}: {} documents ({} new), {} statements, {} errors, {:.2} s",
                        job.id,
                        if outcome.failed { "failed" } else { "done" },
                        outcome.documents,
                        outcome.new_documents,
                        outcome.statements,
                        outcome.errors,
                        started.elapsed().as_secs_f64()
                    );
                } else {
                    eprintln!("{name}: job {} was taken over by another worker", job.id);
                }
            }
            Ok(None) => eprintln!(
                "{name}: lost the lease on job {}; another worker redoes it",
                job.id
            ),
            Err(error) => {
                // Left to its lease: another worker (or this one) retries it.
                eprintln!("{name}: job {} interrupted: {error:#}", job.id);
                std::thread::sleep(settings.poll);
            }
        }
    }
    Ok(())
}

/// Reads, extracts and stores one job's documents. `Ok(None)` when the lease was lost midway.
fn process(
    ledger: &mut PostgresLedger,
    job: &Job,
    worker: &str,
    settings: &Settings,
    documents: &AtomicUsize,
) -> anyhow::Result<Option<JobOutcome>> {
    let dir = tempfile::tempdir()?;
    let file_name = Path::new(&job.name)
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "input".into());
    let path = dir.path().join(file_name);
    std::fs::write(&path, &job.payload)?;
    let temp_prefix = dir.path().display().to_string();
    let original_dir = Path::new(&job.name)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let forced = job.format.as_deref().and_then(Format::parse);
    let mut outcome = JobOutcome::default();
    let mut messages: Vec<String> = Vec::new();
    let mut renewed = Instant::now();
    for record in read_input(&Input::File(path.clone()), forced) {
        if renewed.elapsed() > settings.lease / 3 {
            if !ledger.renew(job, worker, settings.lease)? {
                return Ok(None);
            }
            renewed = Instant::now();
        }
        let document = match record {
            Ok(record) => into_document(record),
            Err(error) => {
                outcome.errors += 1;
                let mut message = error.to_string().replace(&temp_prefix, &original_dir);
                if let Some(hint) = &error.hint {
                    message.push_str(&format!(" (hint: {hint})"));
                }
                messages.push(message);
                continue;
            }
        };
        let name = document.name.clone();
        let extracted = catch_unwind(AssertUnwindSafe(|| {
            if let Some(marker) = &settings.panic_marker {
                if document.text.contains(marker.as_str()) {
                    panic!("failpoint extract-panic");
                }
            }
            extract_document(document)
        }));
        let extracted = match extracted {
            Ok(extracted) => extracted,
            Err(panic) => {
                outcome.errors += 1;
                let reason = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                messages.push(format!("{}: {name}: extraction failed: {reason}", job.name));
                continue;
            }
        };
        outcome.documents += 1;
        match ledger.store(&extracted)? {
            StoreOutcome::New { statements } | StoreOutcome::Replaced { statements } => {
                outcome.new_documents += 1;
                outcome.statements += statements as i64;
            }
            StoreOutcome::Unchanged => {}
        }
        documents.fetch_add(1, Ordering::Relaxed);
    }
    outcome.failed = outcome.documents == 0 && outcome.errors > 0;
    if !messages.is_empty() {
        let more = messages.len().saturating_sub(KEPT_ERRORS);
        messages.truncate(KEPT_ERRORS);
        if more > 0 {
            messages.push(format!("… and {more} more"));
        }
        outcome.error = Some(messages.join("\n"));
    }
    Ok(Some(outcome))
}

pub fn jobs(db: &Path, args: JobsArgs) -> anyhow::Result<Outcome> {
    let ledger = open_queue(db)?;
    let summary = ledger.queue_summary()?;
    let rows = ledger.jobs(args.state.as_deref(), args.limit)?;
    match args.format.format {
        OutputFormat::Json => {
            println!(
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({"summary": summary, "jobs": rows})
                )?
            );
        }
        format => {
            if format == OutputFormat::Table {
                println!(
                    "{} queued, {} running, {} done, {} failed; {} documents ({} new), {} statements, {} record errors; {:.1} documents/s",
                    summary.queued,
                    summary.running,
                    summary.done,
                    summary.failed,
                    summary.documents,
                    summary.new_documents,
                    summary.statements,
                    summary.errors,
                    summary.documents_per_second
                );
            }
            render::emit(
                format,
                &rows,
                &[
                    "id",
                    "state",
                    "attempts",
                    "documents",
                    "statements",
                    "errors",
                    "worker",
                    "name",
                    "error",
                ],
                |job: &JobRow| {
                    vec![
                        job.id.to_string(),
                        job.state.clone(),
                        job.attempts.to_string(),
                        job.documents.to_string(),
                        job.statements.to_string(),
                        job.errors.to_string(),
                        job.worker.clone().unwrap_or_default(),
                        job.name.clone(),
                        job.error.clone().unwrap_or_default().replace('\n', "; "),
                    ]
                },
            )?;
        }
    }
    Ok(Outcome::Success)
}
