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

    /// Places the documents mention, most mentioned first, with coordinates.
    Places(SpeakersArgs),

    /// Ingest the bundled example corpus into a fresh ledger and show what onrecord is for.
    Demo(DemoArgs),

    /// Serve the JSON API and web UI over the ledger (loopback by default; writes need the token).
    ///
    /// Example: onrecord serve --addr 127.0.0.1:8080
    Serve(ServeArgs),

    /// Benchmarks on generated data (they print timings; nothing here is a test).
    #[command(subcommand)]
    Bench(BenchCommand),

    /// Reversal candidates: statements by one speaker on one topic that point opposite ways.
    ///
    /// Candidates for a person to check, not verdicts. Example: onrecord reversals reddle --about cards
    Reversals(ReversalsArgs),

    /// Figures (numbers with what they count); with --conflicts, figures that disagree across sources.
    ///
    /// Example: onrecord figures --conflicts --about drones
    Figures(FiguresArgs),

    /// Where a claim first appeared and who repeated it, in time order (QUERY words or a statement id).
    ///
    /// Example: onrecord trace "two brigades Sarn crossing"
    Trace(TraceArgs),

    /// A cited summary of a period: top statements per speaker, reversals, figure conflicts, spread claims.
    ///
    /// Example: onrecord digest --since 2025-06-02 --until 2025-06-08 --format md
    Digest(DigestArgs),

    /// Write statements, documents, entities and figures as Parquet, JSON Lines or CSV files.
    ///
    /// One file per table in OUT, read directly by DuckDB, Polars and Spark (docs/export.md).
    /// Example: onrecord export --format parquet exports/
    Export(ExportArgs),

    /// Copy a SQLite ledger into an empty PostgreSQL ledger, keeping every id.
    ///
    /// Example: onrecord migrate --from onrecord.db --to postgresql://me@db.example/onrecord
    Migrate(MigrateArgs),

    /// Queue files for ingest by workers (PostgreSQL ledgers): one job per file, its bytes in the queue.
    ///
    /// Example: onrecord --db postgresql://me@db/onrecord enqueue ~/sources/
    Enqueue(EnqueueArgs),

    /// Process queued ingest jobs; run any number, on any number of machines.
    ///
    /// A crashed worker's job is redone by another once its lease runs out; nothing is stored twice.
    /// Example: onrecord --db postgresql://me@db/onrecord worker --concurrency 4
    Worker(WorkerArgs),

    /// The ingest queue's progress: jobs by state, documents and statements stored, failures.
    Jobs(JobsArgs),
}

/// Output of the analysis commands. JSON items cite statements as {doc, start, end, speaker, date, source}.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnalysisFormat {
    Table,
    Json,
    Jsonl,
    Md,
}

#[derive(Args, Debug)]
pub struct ReversalsArgs {
    /// The speaker (full name, surname or alias); every speaker when absent.
    pub name: Option<String>,
    /// Only pairs where one statement contains these words.
    #[arg(long, value_name = "WORDS")]
    pub about: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
    pub format: AnalysisFormat,
}

#[derive(Args, Debug)]
pub struct FiguresArgs {
    /// Only figures from different sources about the same thing that do not agree.
    #[arg(long)]
    pub conflicts: bool,
    /// Only figures about these words (a unit such as "drones", a place, words near the figure).
    #[arg(long, value_name = "WORDS")]
    pub about: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
    pub format: AnalysisFormat,
}

#[derive(Args, Debug)]
pub struct TraceArgs {
    /// Words of the claim (all must occur), or a statement id (as `search --format json` prints).
    pub query: String,
    #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
    pub format: AnalysisFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestFormat {
    Md,
    Html,
    Json,
}

#[derive(Args, Debug)]
pub struct DigestArgs {
    #[arg(long, value_name = "DATE")]
    pub since: String,
    /// Up to and including this date.
    #[arg(long, value_name = "DATE")]
    pub until: String,
    /// Only statements and figures about these words.
    #[arg(long, value_name = "WORDS")]
    pub about: Option<String>,
    #[arg(long, value_enum, default_value_t = DigestFormat::Md)]
    pub format: DigestFormat,
}

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Build a ledger of N generated statements (reused if it exists) and time `search` queries.
    ///
    /// Example: onrecord bench search --statements 1000000 --bench-db /tmp/bench.db
    Search(BenchSearchArgs),
}

#[derive(Args, Debug)]
pub struct BenchSearchArgs {
    #[arg(long, default_value_t = 1_000_000)]
    pub statements: usize,
    /// The generated ledger (built on first use, reused afterwards).
    #[arg(long, default_value = "onrecord-bench.db")]
    pub bench_db: std::path::PathBuf,
    /// Timed runs per query.
    #[arg(long, default_value_t = 20)]
    pub runs: usize,
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

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on. A non-loopback address needs --token.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// The write token (`Authorization: Bearer TOKEN`); generated and printed when absent.
    #[arg(long, env = "ONRECORD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Ledger connections kept open for requests.
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
    /// Largest request body accepted, in MiB.
    #[arg(long, default_value_t = 16)]
    pub max_body_mb: usize,
    /// Requests taking longer than this many seconds are answered with 408.
    #[arg(long, default_value_t = 30)]
    pub timeout_secs: u64,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Parquet,
    Jsonl,
    Csv,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The directory to write `statements.parquet`, `documents.parquet`, ... into (created if needed).
    pub out: PathBuf,
    #[arg(long, value_enum, default_value_t = ExportFormat::Parquet)]
    pub format: ExportFormat,
    /// Only these tables (statements, documents, entities, figures), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub tables: Option<Vec<String>>,
}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// The SQLite ledger to copy.
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// The PostgreSQL ledger to fill: a postgres:// URL of an empty database.
    #[arg(long, value_name = "URL")]
    pub to: PathBuf,
}

#[derive(Args, Debug)]
pub struct EnqueueArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Args, Debug)]
pub struct WorkerArgs {
    /// Jobs processed at once by this worker (threads, each with its own database connection).
    #[arg(long, default_value_t = 1)]
    pub concurrency: usize,
    /// A job whose worker has not renewed its lease for this long is redone by another worker.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS")]
    pub lease_seconds: f64,
    /// How often an idle worker looks for new jobs.
    #[arg(long, default_value_t = 500, value_name = "MS")]
    pub poll_ms: u64,
    /// A job is marked failed after its workers were lost this many times.
    #[arg(long, default_value_t = 3)]
    pub max_attempts: i32,
    /// Exit once no job is queued or running (instead of waiting for more).
    #[arg(long)]
    pub exit_when_empty: bool,
}

#[derive(Args, Debug)]
pub struct JobsArgs {
    /// Only jobs in this state (queued, running, done, failed).
    #[arg(long)]
    pub state: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}
