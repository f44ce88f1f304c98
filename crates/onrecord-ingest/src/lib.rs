//! Ingest: turns what analysts collect into [`Document`]s with clean text and correct metadata.
//!
//! Owns reading inputs (files, directories, stdin), detecting their format, decoding, splitting
//! containers into records, normalising and hashing text, and detecting the language. It never
//! extracts statements and never touches the ledger. One bad record never fails a batch: every reader
//! yields `Result<Record, IngestError>` items and goes on after an error where the format allows it.
//! Readers stream: memory stays bounded by the largest single record, not the input size.

mod dates;
pub mod encoding;
mod error;
mod formats;
pub mod near_dup;
mod paths;
mod record;

pub use dates::parse_published;
pub use error::{IngestError, Location};
pub use formats::html::{fragment_text, page_from_bytes, parse_page, Page};
pub use formats::{
    read_bytes, read_input, read_input_counted, read_reader, Format, Records, Skipped,
};

#[doc(hidden)]
pub use formats::warc::warc_record;
pub use paths::{expand_inputs, Input};
pub use record::{content_hash, into_document, Record};

/// The largest single record (a text file, one JSON line) read into memory; larger ones are refused
/// with a clear error instead of exhausting memory.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;
