//! Command-line arguments. Every command's `--help` explains what it is for with an example.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "onrecord",
    version,
    about = "A ledger of who said what: attributed statements, figures, times and places from news and channel posts.",
    long_about = "onrecord ingests articles and posts (text, JSON Lines, ...), finds every attributed statement \
(direct quotes, reported speech, anonymous sources, hedges), resolves who spoke, and keeps it all in one \
searchable ledger (a SQLite file by default).\n\nStart with `onrecord demo`, then `onrecord ingest DIR` and \
`onrecord search WORDS`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct LedgerArgs {
    /// The ledger: a SQLite file path.
    #[arg(
        long,
        env = "ONRECORD_DB",
        default_value = "onrecord.db",
        global = true
    )]
    pub db: String,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract statements from files and print them, without a ledger (the evaluation interface).
    ///
    /// Example: onrecord extract --format jsonl article.txt posts.jsonl
    Extract(ExtractArgs),
}

#[derive(Args, Debug)]
pub struct InputArgs {
    /// Files or directories (read recursively); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Read every input as this format instead of detecting it.
    #[arg(long = "input-format", value_name = "FORMAT", value_parser = clap::builder::PossibleValuesParser::new(onrecord_ingest::Format::NAMES))]
    pub input_format: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,

    /// Publication date to anchor relative times ("yesterday"), overriding the input's own.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,

    /// Also print figures, times and places (one line each after the document's statements).
    #[arg(long)]
    pub facts: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    Table,
    Json,
    Jsonl,
}
