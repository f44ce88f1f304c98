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
    #[command(flatten)]
    pub ledger: LedgerArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct LedgerArgs {
    /// The ledger: a SQLite file path (created when missing).
    #[arg(
        long,
        env = "ONRECORD_DB",
        default_value = "onrecord.db",
        global = true
    )]
    pub db: std::path::PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract statements from files and print them, without a ledger (the evaluation interface).
    ///
    /// Example: onrecord extract --format jsonl article.txt posts.jsonl
    Extract(ExtractArgs),

    /// Ingest files into the ledger: read, extract, store. Re-ingesting the same text changes nothing.
    ///
    /// Example: onrecord ingest ~/sources/ posts.jsonl
    Ingest(IngestArgs),

    /// Full-text search over statements, newest first.
    ///
    /// Example: onrecord search "bridge" --speaker velesov --since 2025-03-01
    Search(SearchArgs),

    /// Counts of what the ledger holds.
    Stats(FormatArgs),

    /// Speakers with how many statements each, most first.
    Speakers(SpeakersArgs),

    /// What one speaker said, in the order it was said, grouped by day, with sources.
    ///
    /// Example: onrecord said velesov --about bridge
    Said(SaidArgs),

    /// One document: metadata, text with its statements marked, facts, sightings.
    ///
    /// Example: onrecord show 3f2a9c01b7e4
    Show(ShowArgs),

    /// The documents in the ledger, oldest first, with the ids `show` takes.
    Documents(DocumentsArgs),

    /// Ingest the bundled example corpus into a fresh ledger and show what onrecord is for.
    Demo(DemoArgs),
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Args, Debug)]
pub struct FormatArgs {
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Hide the progress bar (it is shown only on a terminal anyway).
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words that must all occur in the statement (or its speaker's name); `word*` matches a prefix.
    pub query: String,
    /// Only statements by this speaker (any alias or spelling).
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Up to and including this date.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Args, Debug)]
pub struct SpeakersArgs {
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Args, Debug)]
pub struct SaidArgs {
    /// The speaker: full name, surname, or any alias.
    pub name: String,
    /// Only statements containing these words.
    #[arg(long, value_name = "WORDS")]
    pub about: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// A document id (or a unique prefix of one), or a document name.
    pub id: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Args, Debug)]
pub struct DocumentsArgs {
    /// Include each document's stored text.
    #[arg(long)]
    pub text: bool,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Where to write the demo ledger (replaced if it exists).
    #[arg(long, default_value = "onrecord-demo.db")]
    pub demo_db: std::path::PathBuf,
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
