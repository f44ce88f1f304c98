//! One module per command.

use std::process::ExitCode;

use crate::cli::{Cli, Command};

mod extract;
mod inputs;

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
    match cli.command {
        Command::Extract(args) => extract::run(args),
    }
}

/// A `hint:` line for errors that carry one.
pub fn hint_for(error: &anyhow::Error) -> Option<String> {
    error.chain().find_map(|cause| {
        cause
            .downcast_ref::<onrecord_ingest::IngestError>()?
            .hint
            .clone()
    })
}
