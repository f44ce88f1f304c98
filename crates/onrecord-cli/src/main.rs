//! The `onrecord` binary: parses arguments, calls into the library crates, renders results.
//! It owns no extraction, storage or analysis logic of its own.

use std::process::ExitCode;

use clap::Parser;

/// Extraction allocates many short-lived strings and vectors per document from every rayon thread;
/// mimalloc's thread-local free lists serve them faster than the system allocator (measured with
/// `cargo bench -p onrecord-extract`, which uses the same allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod commands;
mod render;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(error) => {
            eprintln!("error: {error:#}");
            if let Some(hint) = commands::hint_for(&error) {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(1)
        }
    }
}
