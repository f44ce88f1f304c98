//! One module per command.

use std::process::ExitCode;

use anyhow::Context;
use chrono::{NaiveDateTime, NaiveTime};
use onrecord_ledger::Ledger;

use crate::cli::{BenchCommand, Cli, Command};

mod analyses;
mod bench;
mod demo;
mod documents;
mod export;
mod extract;
mod ingest;
mod inputs;
mod migrate;
mod queries;
mod queue;
mod serve;

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Some inputs could not be read; the rest was processed.
    SomeInputsFailed,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeInputsFailed => ExitCode::from(1),
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let db = &cli.ledger.db;
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Ingest(args) => ingest::run(&mut *open_ledger(db)?, &args.input, !args.quiet),
        Command::Search(args) => queries::search(&*open_existing(db)?, args),
        Command::Stats(args) => queries::stats(&*open_existing(db)?, args),
        Command::Speakers(args) => queries::speakers(&*open_existing(db)?, args),
        Command::Places(args) => queries::places(&*open_existing(db)?, args),
        Command::Said(args) => queries::said(&*open_existing(db)?, args),
        Command::Show(args) => documents::show(&*open_existing(db)?, args),
        Command::Documents(args) => documents::list(&*open_existing(db)?, args),
        Command::Demo(args) => demo::run(args),
        Command::Serve(args) => serve::run(db, args),
        Command::Bench(BenchCommand::Search(args)) => bench::search(args),
        Command::Reversals(args) => analyses::reversals(&*open_existing(db)?, args),
        Command::Figures(args) => analyses::figures(&*open_existing(db)?, args),
        Command::Trace(args) => analyses::trace(&*open_existing(db)?, args),
        Command::Digest(args) => analyses::digest(&*open_existing(db)?, args),
        Command::Export(args) => export::run(&*open_existing(db)?, args),
        Command::Migrate(args) => migrate::run(args),
        Command::Enqueue(args) => queue::enqueue(db, args),
        Command::Worker(args) => queue::worker(db, args),
        Command::Jobs(args) => queue::jobs(db, args),
    }
}

/// Opens (creating if needed) the ledger that `ingest` writes to: a SQLite file, or PostgreSQL when
/// `--db` is a `postgres://` URL.
fn open_ledger(path: &std::path::Path) -> anyhow::Result<Box<dyn Ledger>> {
    Ok(onrecord_ledger::open(path)?)
}

/// Opens a ledger that must already exist: reading commands never create one.
fn open_existing(path: &std::path::Path) -> anyhow::Result<Box<dyn Ledger>> {
    let ledger: Option<Box<dyn Ledger>> = onrecord_ledger::open_existing(path)?.map(|l| l as _);
    ledger.with_context(|| {
        format!(
            "no ledger at {}: run `onrecord ingest PATH` first, or pass --db",
            onrecord_ledger::LedgerSpec::parse(path).display()
        )
    })
}

/// A `hint:` line for errors that carry one.
pub fn hint_for(error: &anyhow::Error) -> Option<String> {
    error.chain().find_map(|cause| {
        if let Some(error) = cause.downcast_ref::<onrecord_ingest::IngestError>() {
            return error.hint.clone();
        }
        cause
            .downcast_ref::<onrecord_ledger::LedgerError>()?
            .hint()
            .map(str::to_string)
    })
}

/// Parses a `--since`/`--until` date. `end_of_day` makes a date-only value include its whole day.
pub fn parse_date_arg(flag: &str, value: &str, end_of_day: bool) -> anyhow::Result<NaiveDateTime> {
    let parsed = onrecord_ingest::parse_published(value).with_context(|| {
        format!("{flag} {value:?} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    })?;
    Ok(if end_of_day && parsed.time() == NaiveTime::MIN {
        parsed + chrono::Duration::days(1)
    } else {
        parsed
    })
}
