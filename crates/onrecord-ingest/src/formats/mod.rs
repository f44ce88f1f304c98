//! Format detection and the readers, one module per format.
//!
//! This module owns the front door: opening an input, unwrapping gzip (any input, multi-member, so a
//! `.warc.gz` of one member per record reads as one stream), refusing binary data with a clear
//! message, detecting the format by content first and by extension second, and handing a buffered
//! stream to the one reader that owns that format. Readers never see gzip and never guess formats.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use flate2::bufread::MultiGzDecoder;

use crate::{IngestError, Input, Location, Record, MAX_RECORD_BYTES};

pub(crate) mod feed;
pub(crate) mod html;
mod jsonl;
pub(crate) mod telegram;
mod text;
pub(crate) mod warc;

/// The input formats onrecord reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, with optional `---` front matter and an optional `STEM.meta.json` sidecar.
    Text,
    /// One JSON object per line: `{"text", "url"?, "title"?, "published"?, "source"?, "lang"?}`.
    Jsonl,
    /// One HTML page: main text with boilerplate removed, plus its metadata.
    Html,
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document per item or entry.
    Feed,
    /// A Telegram Desktop "Export chat history" in JSON (`result.json`): one document per message.
    Telegram,
    /// A Telegram Desktop export in HTML (`messages.html`, `messages2.html`, ...).
    TelegramHtml,
    /// A WARC archive: one document per `response` record with an HTML payload.
    Warc,
}

impl Format {
    /// Every name `parse` accepts, canonical names first (what `--input-format` offers).
    pub const NAMES: &'static [&'static str] = &[
        "text",
        "jsonl",
        "html",
        "feed",
        "telegram",
        "telegram-html",
        "warc",
        "rss",
        "atom",
        "txt",
        "ndjson",
    ];

    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "text" | "txt" => Format::Text,
            "jsonl" | "ndjson" => Format::Jsonl,
            "html" | "htm" => Format::Html,
            "feed" | "rss" | "atom" | "xml" => Format::Feed,
            "telegram" | "telegram-json" => Format::Telegram,
            "telegram-html" => Format::TelegramHtml,
            "warc" => Format::Warc,
            _ => return None,
        })
    }

    /// The canonical name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Telegram => "telegram",
            Format::TelegramHtml => "telegram-html",
            Format::Warc => "warc",
        }
    }

    /// Detects the format: distinctive content first (a WARC version line, an `<rss>` or `<feed>`
    /// root, an HTML doctype, a Telegram export's `"messages"` list), then the file extension, then
    /// weak content hints. `path` is the name with any `.gz` already removed.
    pub fn detect(path: &Path, head: &[u8]) -> Format {
        if let Some(format) = sniff_strong(head) {
            return format;
        }
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match extension.as_str() {
            "jsonl" | "ndjson" => return Format::Jsonl,
            "txt" | "text" | "md" => return Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
            "rss" | "atom" | "xml" => return Format::Feed,
            "warc" => return Format::Warc,
            "json" => return Format::Telegram,
            _ => {}
        }
        let trimmed = skip_bom(head).trim_ascii_start();
        if trimmed.first() == Some(&b'{') {
            Format::Jsonl
        } else if trimmed.first() == Some(&b'<') {
            Format::Html
        } else {
            Format::Text
        }
    }
}

fn skip_bom(head: &[u8]) -> &[u8] {
    head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head)
}

/// Content that names its format beyond doubt.
fn sniff_strong(head: &[u8]) -> Option<Format> {
    let trimmed = skip_bom(head).trim_ascii_start();
    if trimmed.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    let window = &trimmed[..trimmed.len().min(4096)];
    let lower = window.to_ascii_lowercase();
    if lower.starts_with(b"<") {
        if lower.starts_with(b"<?xml") || lower.starts_with(b"<rss") || lower.starts_with(b"<feed")
        {
            if contains(&lower, b"<rss")
                || contains(&lower, b"<feed")
                || contains(&lower, b"<rdf:rdf")
            {
                return Some(Format::Feed);
            }
            if contains(&lower, b"<html") {
                return Some(Format::Html);
            }
            return None;
        }
        if contains(&lower, b"<!doctype html") || contains(&lower, b"<html") {
            if contains(head, b"class=\"page_header\"") && contains(head, b"history") {
                return Some(Format::TelegramHtml);
            }
            return Some(Format::Html);
        }
        return None;
    }
    if trimmed.starts_with(b"{") {
        // JSON Lines puts a whole object on the first line; a Telegram export is one pretty-printed
        // object whose first keys (name, type, id) come before its "messages" list.
        let first_line = trimmed.split(|b| *b == b'\n').next().unwrap_or(trimmed);
        if serde_json::from_slice::<serde_json::Value>(first_line).is_ok() {
            return Some(Format::Jsonl);
        }
        if contains(window, b"\"messages\"") || contains(window, b"\"chats\"") {
            return Some(Format::Telegram);
        }
    }
    None
}

pub(crate) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// What a binary file looks like, when its first bytes say it is one.
pub(crate) fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"RIFF", "a RIFF file (WebP image or audio)"),
        (b"\x7FELF", "an executable"),
        (b"BZh", "a bzip2 archive"),
        (b"\xFD7zXZ", "an xz archive"),
        (b"\x28\xB5\x2F\xFD", "a zstd archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"SQLite format 3", "an SQLite database"),
        (b"OggS", "an Ogg audio file"),
    ];
    for (magic, kind) in MAGIC {
        if head.starts_with(magic) {
            return Some(kind);
        }
    }
    if head.len() >= 8 && &head[4..8] == b"ftyp" {
        return Some("an MP4 video");
    }
    // UTF-16 text has NULs but starts with a byte-order mark; anything else with NULs is binary.
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return None;
    }
    let window = &head[..head.len().min(8192)];
    if window.contains(&0) {
        return Some("binary data");
    }
    None
}

/// A boxed stream of records from one input.
pub type Records = Box<dyn Iterator<Item = Result<Record, IngestError>> + Send>;

/// Counts of records a reader skipped on purpose (service messages, WARC request records, ...),
/// shared with the caller so it can print a summary once the stream is drained.
#[derive(Debug, Clone, Default)]
pub struct Skipped(Arc<Mutex<BTreeMap<String, u64>>>);

impl Skipped {
    pub(crate) fn add(&self, reason: impl Into<String>) {
        if let Ok(mut counts) = self.0.lock() {
            *counts.entry(reason.into()).or_default() += 1;
        }
    }

    /// Every reason with its count, in name order.
    pub fn counts(&self) -> Vec<(String, u64)> {
        self.0
            .lock()
            .map(|counts| counts.iter().map(|(k, v)| (k.clone(), *v)).collect())
            .unwrap_or_default()
    }

    pub fn total(&self) -> u64 {
        self.counts().iter().map(|(_, n)| n).sum()
    }

    /// `12 skipped (request: 5, metadata: 7)`, or `None` when nothing was skipped.
    pub fn summary(&self) -> Option<String> {
        let counts = self.counts();
        if counts.is_empty() {
            return None;
        }
        let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        Some(format!("{} skipped ({})", self.total(), parts.join(", ")))
    }
}

/// Reads one input as a stream of records. `forced` overrides format detection (`--format`).
pub fn read_input(input: &Input, forced: Option<Format>) -> Records {
    read_input_counted(input, forced).0
}

/// Like [`read_input`], also returning the counts of records skipped on purpose (filled as the
/// stream is read) and the format used.
pub fn read_input_counted(input: &Input, forced: Option<Format>) -> (Records, Skipped) {
    let skipped = Skipped::default();
    let records = open(input, forced, skipped.clone());
    (records, skipped)
}

/// Reads any byte stream (a socket, a queue job, a generator) exactly as a file named `name` would
/// be read, streaming: nothing is read before the first record is asked for beyond an 8 KiB head.
pub fn read_reader(
    name: &Path,
    reader: Box<dyn Read + Send>,
    forced: Option<Format>,
) -> (Records, Skipped) {
    let skipped = Skipped::default();
    let records = open_reader(name.to_path_buf(), None, reader, forced, skipped.clone());
    (records, skipped)
}

/// Reads bytes already in memory (an upload, a WARC payload, a fuzz case) exactly as a file named
/// `name` would be read: gzip, detection and every reader apply.
pub fn read_bytes(name: &Path, bytes: Vec<u8>, forced: Option<Format>) -> (Records, Skipped) {
    let skipped = Skipped::default();
    let records = open_reader(
        name.to_path_buf(),
        None,
        Box::new(io::Cursor::new(bytes)),
        forced,
        skipped.clone(),
    );
    (records, skipped)
}

type Source = Box<dyn BufRead + Send>;

fn open(input: &Input, forced: Option<Format>, skipped: Skipped) -> Records {
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
    open_reader(display, sidecar_of(input), reader, forced, skipped)
}

fn open_reader(
    display: PathBuf,
    sidecar: Option<PathBuf>,
    reader: Box<dyn Read + Send>,
    forced: Option<Format>,
    skipped: Skipped,
) -> Records {
    let mut reader: Source = Box::new(BufReader::with_capacity(64 * 1024, reader));
    let mut name_for_detection = display.clone();
    let mut head = match fill_head(&mut reader) {
        Ok(head) => head,
        Err(error) => {
            return single_error(IngestError::new(&display, format!("cannot read: {error}")))
        }
    };
    let named_gz = display
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    if named_gz && !head.is_empty() && b"\x1F\x8B".starts_with(&head) {
        // Too short to hold even the gzip magic: a download or copy that stopped at once.
        return single_error(
            IngestError::new(&display, "the gzip file ends inside its header")
                .at(Location::Byte(head.len() as u64))
                .hint("the .gz file is truncated; re-download or re-compress it"),
        );
    }
    if head.starts_with(b"\x1F\x8B") {
        reader = Box::new(BufReader::with_capacity(
            64 * 1024,
            MultiGzDecoder::new(reader),
        ));
        if named_gz {
            name_for_detection = display.with_extension("");
        }
        head =
            match fill_head(&mut reader) {
                Ok(head) => head,
                Err(error) => return single_error(
                    IngestError::new(&display, format!("cannot decompress gzip: {error}"))
                        .at(Location::Byte(0))
                        .hint(
                            "the .gz file is damaged or truncated; re-download or re-compress it",
                        ),
                ),
            };
    }
    if let Some(kind) = binary_kind(&head) {
        if forced.is_none() || !matches!(forced, Some(Format::Warc)) {
            return single_error(
                IngestError::new(
                    &display,
                    format!("this is {kind}, not text, HTML, a feed, JSON or WARC"),
                )
                .at(Location::Byte(0))
                .hint("remove it from the input, or convert it to text first"),
            );
        }
    }
    let format = forced.unwrap_or_else(|| Format::detect(&name_for_detection, &head));
    match format {
        Format::Text => text::read(&display, reader, sidecar),
        Format::Jsonl => jsonl::read(&display, reader),
        Format::Html => html::read(&display, reader),
        Format::Feed => feed::read(&display, reader),
        Format::Telegram => telegram::read(&display, reader, skipped),
        Format::TelegramHtml => telegram::read_html(&display, reader, skipped),
        Format::Warc => warc::read(&display, reader, skipped),
    }
}

/// Fills the buffer until it holds at least 4 KiB (or the input ends) and returns a copy of it.
/// A gzip decoder may hand out only a few bytes per call, and detection needs a window. An error
/// after some bytes (a truncated gzip) is kept for the reader to meet after those bytes, so the
/// records before it still go in and the error names its offset.
fn fill_head(reader: &mut Source) -> io::Result<Vec<u8>> {
    let head = reader.fill_buf()?;
    if head.len() >= 4096 || head.is_empty() {
        return Ok(head.to_vec());
    }
    // BufReader cannot grow its window, so peek through a chain: read what is there, then put it
    // back in front of the rest.
    let mut bytes = Vec::with_capacity(8192);
    let mut chunk = [0u8; 4096];
    let mut failure = None;
    while bytes.len() < 8192 {
        match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => {
                if bytes.is_empty() {
                    return Err(error);
                }
                failure = Some(error);
                break;
            }
        }
    }
    let rest: Box<dyn Read + Send> = match failure {
        Some(error) => Box::new(FailWith(Some(error))),
        None => Box::new(std::mem::replace(reader, Box::new(io::empty()))),
    };
    *reader = Box::new(BufReader::with_capacity(
        64 * 1024,
        io::Cursor::new(bytes.clone()).chain(rest),
    ));
    Ok(bytes)
}

/// A reader that fails once with a stored error, then reports the end.
struct FailWith(Option<io::Error>);

impl Read for FailWith {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

fn sidecar_of(input: &Input) -> Option<PathBuf> {
    match input {
        Input::File(path) => {
            let stem = path.file_stem()?.to_str()?;
            Some(path.with_file_name(format!("{stem}.meta.json")))
        }
        Input::Stdin => None,
    }
}

pub(crate) fn single_error(error: IngestError) -> Records {
    Box::new(std::iter::once(Err(error)))
}

/// The file stem used as a document name (`.gz` dropped first).
pub(crate) fn stem(path: &Path) -> String {
    let path = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        path.with_extension("")
    } else {
        path.to_path_buf()
    };
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
        .map_err(|error| {
            IngestError::new(path, format!("cannot read: {error}"))
                .at(Location::Byte(bytes.len() as u64))
                .hint("if it is compressed, the file may be truncated; the part before the error was not used")
        })?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(IngestError::new(
            path,
            format!(
                "larger than {} MiB: one document this size is not an article",
                MAX_RECORD_BYTES >> 20
            ),
        )
        .at(Location::Byte(MAX_RECORD_BYTES))
        .hint("split it into smaller files, or use JSON Lines, a feed or WARC (read record by record)"));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_before_extension() {
        let cases: &[(&str, &[u8], Format)] = &[
            ("a.txt", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Format::Warc),
            ("a.dat", b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", Format::Feed),
            ("a", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", Format::Feed),
            ("a.txt", b"<!DOCTYPE html><html><body>", Format::Html),
            ("a.json", b"{\"text\": \"x\"}\n{\"text\": \"y\"}\n", Format::Jsonl),
            ("result", b"{\n \"name\": \"Ch\",\n \"type\": \"public_channel\",\n \"id\": 1,\n \"messages\": [", Format::Telegram),
            ("page.html", b"Just words", Format::Html),
            ("notes", b"Just words", Format::Text),
            ("feed.xml", b"not xml at all", Format::Feed),
        ];
        for (name, head, expected) in cases {
            assert_eq!(Format::detect(Path::new(name), head), *expected, "{name}");
        }
    }

    #[test]
    fn names_round_trip() {
        for name in Format::NAMES {
            let format = Format::parse(name).unwrap();
            assert_eq!(Format::parse(format.name()), Some(format));
        }
    }

    #[test]
    fn binary_is_recognised() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n"), Some("a PNG image"));
        assert_eq!(binary_kind(b"abc\0def"), Some("binary data"));
        assert_eq!(binary_kind("Текст".as_bytes()), None);
    }
}
