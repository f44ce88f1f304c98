//! Format detection and the readers, one module per format.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::{IngestError, Input, Record, MAX_RECORD_BYTES};

mod jsonl;
mod text;

/// The input formats onrecord reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, with optional `---` front matter and an optional `STEM.meta.json` sidecar.
    Text,
    /// One JSON object per line: `{"text", "url"?, "title"?, "published"?, "source"?, "lang"?}`.
    Jsonl,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["text", "jsonl"];

    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "text" | "txt" => Format::Text,
            "jsonl" | "ndjson" => Format::Jsonl,
            _ => return None,
        })
    }

    /// Detects the format from the file name, then from the first bytes of content.
    fn detect(path: &Path, head: &[u8]) -> Format {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match extension.as_str() {
            "jsonl" | "ndjson" => return Format::Jsonl,
            "txt" | "text" | "md" => return Format::Text,
            _ => {}
        }
        let trimmed = head.trim_ascii_start();
        if trimmed.first() == Some(&b'{') {
            Format::Jsonl
        } else {
            Format::Text
        }
    }
}

/// A boxed stream of records from one input.
pub type Records = Box<dyn Iterator<Item = Result<Record, IngestError>> + Send>;

/// Reads one input as a stream of records. `forced` overrides format detection (`--format`).
pub fn read_input(input: &Input, forced: Option<Format>) -> Records {
    let display = input.display_path();
    let reader: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(path) => match File::open(path) {
            Ok(file) => Box::new(file),
            Err(error) => {
                return single_error(
                    IngestError::new(path, format!("cannot open: {error}"))
                        .hint("check that the file exists and is readable"),
                )
            }
        },
    };
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let head = match reader.fill_buf() {
        Ok(head) => head.to_vec(),
        Err(error) => {
            return single_error(IngestError::new(&display, format!("cannot read: {error}")))
        }
    };
    let format = forced.unwrap_or_else(|| Format::detect(&display, &head));
    match format {
        Format::Text => text::read(&display, reader, sidecar_of(input)),
        Format::Jsonl => jsonl::read(&display, reader),
    }
}

fn sidecar_of(input: &Input) -> Option<std::path::PathBuf> {
    match input {
        Input::File(path) => {
            let stem = path.file_stem()?.to_str()?;
            Some(path.with_file_name(format!("{stem}.meta.json")))
        }
        Input::Stdin => None,
    }
}

fn single_error(error: IngestError) -> Records {
    Box::new(std::iter::once(Err(error)))
}

/// The file stem used as a document name.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("stdin")
        .to_string()
}

/// Reads a whole record into memory, refusing more than [`MAX_RECORD_BYTES`].
pub(crate) fn read_bounded(path: &Path, reader: impl Read) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_RECORD_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| IngestError::new(path, format!("cannot read: {error}")))?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(
            IngestError::new(path, format!("larger than {} MiB", MAX_RECORD_BYTES >> 20))
                .hint("split it into smaller files, or use JSON Lines (one document per line)"),
        );
    }
    Ok(bytes)
}

/// Decodes UTF-8 (a leading byte-order mark is dropped), naming the first bad byte on failure.
pub(crate) fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String, IngestError> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        IngestError::new(path, "not valid UTF-8")
            .at(crate::Location::Byte(offset as u64))
            .hint("convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1251 -t UTF-8`)")
    })
}
