//! WARC archives (1.0 and 1.1; `.warc.gz` is unwrapped before this reader sees it).
//!
//! Owns walking the records of an archive as a stream: each `response` record whose HTTP payload is
//! HTML (and each `resource` record of type `text/html`) becomes one page, read by the HTML reader
//! with the HTTP header's charset, named after the archive and record number, with the record's
//! `WARC-Target-URI` as URL when the page names no canonical one and `WARC-Date` as the date when
//! the page gives none. Every other record is skipped without being read into memory and counted
//! by type. One record at a time is in memory, never the archive: a record larger than the record
//! limit is skipped with an error. A record that does not start with a WARC version line makes the
//! reader look for the next one; a truncated archive ends with an error naming the record and the
//! byte offset, after every complete record before it went in. It never panics.

use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use super::html::{page_from_bytes, record_from_page};
use super::{stem, Records, Skipped};
use crate::{parse_published, IngestError, Location, Record, MAX_RECORD_BYTES};

/// The longest header line accepted; a longer one means this is not WARC.
const MAX_LINE: usize = 64 * 1024;

pub(super) fn read(
    path: &Path,
    reader: impl BufRead + Send + 'static,
    skipped: Skipped,
) -> Records {
    Box::new(WarcRecords {
        path: path.to_path_buf(),
        stem: stem(path),
        reader,
        offset: 0,
        record: 0,
        skipped,
        done: false,
    })
}

struct WarcRecords<R> {
    path: PathBuf,
    stem: String,
    reader: R,
    /// Bytes consumed so far (of the decompressed stream).
    offset: u64,
    record: u64,
    skipped: Skipped,
    done: bool,
}

/// The headers of one WARC record that matter here.
#[derive(Default)]
struct Header {
    kind: String,
    target: Option<String>,
    date: Option<String>,
    content_type: String,
    length: Option<u64>,
}

enum Line {
    Text(String),
    Eof,
}

impl<R: BufRead> WarcRecords<R> {
    fn error(&self, message: impl Into<String>) -> IngestError {
        IngestError::new(&self.path, message).at(Location::Record(self.record))
    }

    fn read_line(&mut self) -> io::Result<Line> {
        let mut bytes = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut bytes)?;
        self.offset += read as u64;
        if read == 0 {
            return Ok(Line::Eof);
        }
        if read >= MAX_LINE && !bytes.ends_with(b"\n") {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "header line too long",
            ));
        }
        Ok(Line::Text(
            String::from_utf8_lossy(&bytes).trim_end().to_string(),
        ))
    }

    /// Reads up to the next record's header; `None` at the end of the archive.
    fn next_header(&mut self) -> Result<Option<Header>, IngestError> {
        let io_error = |this: &Self, error: io::Error| {
            this.error(format!("cannot read at byte {}: {error}", this.offset))
                .hint("the archive is damaged or truncated; the complete records before this point went in")
        };
        // Skip blank lines between records; resynchronise on garbage.
        let mut skipped_garbage = false;
        let start_offset;
        loop {
            let line_start = self.offset;
            match self.read_line().map_err(|e| io_error(self, e))? {
                Line::Eof => {
                    if skipped_garbage {
                        return Err(self
                            .error(format!("no WARC record found after byte {}", self.offset))
                            .hint("this part of the file is not WARC"));
                    }
                    return Ok(None);
                }
                Line::Text(line) if line.is_empty() => continue,
                Line::Text(line) if line.starts_with("WARC/") => {
                    start_offset = line_start;
                    break;
                }
                Line::Text(_) => {
                    if !skipped_garbage {
                        skipped_garbage = true;
                        self.skipped
                            .add("bytes that are not a WARC record (resynchronised)");
                    }
                }
            }
        }
        self.record += 1;
        let mut header = Header::default();
        loop {
            match self.read_line().map_err(|e| io_error(self, e))? {
                Line::Eof => return Err(self
                    .error(format!(
                        "the archive ends inside the header of the record at byte {start_offset}"
                    ))
                    .hint(
                        "the archive is truncated; the complete records before this point went in",
                    )),
                Line::Text(line) if line.is_empty() => break,
                Line::Text(line) => {
                    let Some((name, value)) = line.split_once(':') else {
                        continue;
                    };
                    let value = value.trim().to_string();
                    match name.trim().to_ascii_lowercase().as_str() {
                        "warc-type" => header.kind = value.to_ascii_lowercase(),
                        "warc-target-uri" => {
                            header.target = Some(value.trim_matches(['<', '>']).to_string())
                        }
                        "warc-date" => header.date = Some(value),
                        "content-type" => header.content_type = value.to_ascii_lowercase(),
                        "content-length" => header.length = value.parse().ok(),
                        _ => {}
                    }
                }
            }
        }
        if header.length.is_none() {
            return Err(self
                .error(format!(
                    "record at byte {start_offset} has no valid Content-Length"
                ))
                .hint("the archive is damaged; records after this one cannot be found reliably"));
        }
        Ok(Some(header))
    }

    /// Reads and discards `length` bytes.
    fn skip_block(&mut self, length: u64) -> Result<(), IngestError> {
        let copied = io::copy(&mut (&mut self.reader).take(length), &mut io::sink())
            .map_err(|e| self.error(format!("cannot read at byte {}: {e}", self.offset)))?;
        self.offset += copied;
        if copied < length {
            return Err(self.truncated(length, copied));
        }
        Ok(())
    }

    fn truncated(&self, length: u64, got: u64) -> IngestError {
        self.error(format!(
            "the archive is truncated: this record declares {length} bytes but only {got} follow (byte {})",
            self.offset
        ))
        .hint("re-download or re-crawl; the complete records before this point went in")
    }

    fn read_block(&mut self, length: u64) -> Result<Vec<u8>, IngestError> {
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        let read = (&mut self.reader)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|e| {
                self.error(format!("cannot read at byte {}: {e}", self.offset))
                    .hint("the archive is damaged or truncated; the complete records before this point went in")
            })?;
        self.offset += read as u64;
        if (read as u64) < length {
            return Err(self.truncated(length, read as u64));
        }
        Ok(block)
    }

    fn page(&self, header: &Header, block: &[u8]) -> Option<Record> {
        let (content_type, body) = if header.kind == "response" {
            let response = parse_http(block)?;
            if !(200..300).contains(&response.status) {
                self.skipped
                    .add(format!("response with HTTP status {}", response.status));
                return None;
            }
            (response.content_type, response.body)
        } else {
            (header.content_type.clone(), block.to_vec())
        };
        let is_html = content_type.contains("html")
            || (content_type.is_empty()
                && super::contains(&body[..body.len().min(1024)].to_ascii_lowercase(), b"<html"));
        if !is_html {
            self.skipped.add("non-HTML response");
            return None;
        }
        let charset = content_type
            .split(';')
            .filter_map(|part| part.trim().strip_prefix("charset="))
            .next()
            .map(|c| c.trim_matches(['"', '\'']).to_string());
        let mut page = page_from_bytes(&body, charset.as_deref());
        if page.text.trim().is_empty() {
            self.skipped.add("HTML response without main text");
            return None;
        }
        if page.url.is_none() {
            page.url = header.target.clone();
        }
        if page.published.is_none() {
            page.published = header.date.as_deref().and_then(parse_published);
        }
        Some(record_from_page(
            format!("{}:{}", self.stem, self.record),
            page,
        ))
    }
}

impl<R: BufRead> Iterator for WarcRecords<R> {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let header = match self.next_header() {
                Ok(Some(header)) => header,
                Ok(None) => {
                    self.done = true;
                    if self.record == 0 {
                        return Some(Err(IngestError::new(&self.path, "no WARC records found")
                            .hint("check that this is a WARC file")));
                    }
                    return None;
                }
                Err(error) => {
                    self.done = true;
                    return Some(Err(error));
                }
            };
            let length = header.length.unwrap_or(0);
            let wanted = match header.kind.as_str() {
                "response" => header.content_type.contains("application/http"),
                "resource" => header.content_type.contains("html"),
                _ => false,
            };
            if !wanted {
                let reason = match header.kind.as_str() {
                    "" => "record without WARC-Type".to_string(),
                    "response" | "resource" => format!("{} record that is not HTML", header.kind),
                    kind => format!("{kind} record"),
                };
                self.skipped.add(reason);
                if let Err(error) = self.skip_block(length) {
                    self.done = true;
                    return Some(Err(error));
                }
                continue;
            }
            if length > MAX_RECORD_BYTES {
                let error = self
                    .error(format!(
                        "record of {} MiB is larger than the record limit; skipped",
                        length >> 20
                    ))
                    .hint("one page this size is not an article; the other records go on");
                if let Err(skip_error) = self.skip_block(length) {
                    self.done = true;
                    return Some(Err(skip_error));
                }
                return Some(Err(error));
            }
            let block = match self.read_block(length) {
                Ok(block) => block,
                Err(error) => {
                    self.done = true;
                    return Some(Err(error));
                }
            };
            if let Some(record) = self.page(&header, &block) {
                return Some(Ok(record));
            }
        }
        None
    }
}

struct HttpResponse {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

/// Splits an HTTP/1.x response into status, content type and decoded body (chunked transfer
/// and gzip/deflate content encodings undone). `None` when it is not HTTP.
fn parse_http(block: &[u8]) -> Option<HttpResponse> {
    let header_end = super::find(block, b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| super::find(block, b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&block[..header_end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = value,
            _ => {}
        }
    }
    let mut body = block[header_end.1..].to_vec();
    if chunked {
        if let Some(dechunked) = dechunk(&body) {
            body = dechunked;
        }
    }
    let decoded = match encoding.as_str() {
        "gzip" | "x-gzip" => inflate(MultiGzDecoder::new(&body[..])),
        "deflate" => {
            inflate(ZlibDecoder::new(&body[..])).or_else(|| inflate(DeflateDecoder::new(&body[..])))
        }
        _ => None,
    };
    if let Some(decoded) = decoded {
        body = decoded;
    }
    Some(HttpResponse {
        status,
        content_type,
        body,
    })
}

fn inflate(reader: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(MAX_RECORD_BYTES).read_to_end(&mut out).ok()?;
    Some(out)
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = super::find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        if body.len() < size {
            out.extend_from_slice(body);
            return Some(out);
        }
        out.extend_from_slice(&body[..size]);
        body = body.get(size + 2..).unwrap_or(&[]);
    }
}

/// Builds a WARC record (for tests, fixtures and benchmarks).
#[doc(hidden)]
pub fn warc_record(
    kind: &str,
    target: &str,
    date: &str,
    content_type: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {target}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{:08x}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() as u32 ^ 0x5eed,
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive() -> Vec<u8> {
        let mut out = warc_record(
            "warcinfo",
            "",
            "2025-03-07T10:00:00Z",
            "application/warc-fields",
            b"software: test\r\n",
        );
        out.extend(warc_record(
            "request",
            "https://a.example/1",
            "2025-03-07T10:00:01Z",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n",
        ));
        let page = "<html><head><title>One</title></head><body><article><p>The first page says the talks continue, according to officials, and nothing more.</p></article></body></html>";
        out.extend(warc_record(
            "response",
            "https://a.example/1",
            "2025-03-07T10:00:02Z",
            "application/http; msgtype=response",
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}")
                .as_bytes(),
        ));
        out.extend(warc_record(
            "response",
            "https://a.example/logo.png",
            "2025-03-07T10:00:03Z",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        let body = "<html><body><p>Chunked page text that is long enough to be the main text of it.</p></body></html>";
        let chunked = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n", body.len());
        out.extend(warc_record(
            "response",
            "https://a.example/2",
            "2025-03-08T11:00:00Z",
            "application/http; msgtype=response",
            chunked.as_bytes(),
        ));
        out
    }

    fn read_all(bytes: Vec<u8>) -> (Vec<Result<Record, IngestError>>, Skipped) {
        let skipped = Skipped::default();
        let items = read(
            Path::new("crawl.warc"),
            io::Cursor::new(bytes),
            skipped.clone(),
        )
        .collect();
        (items, skipped)
    }

    #[test]
    fn html_responses_become_pages() {
        let (items, skipped) = read_all(archive());
        assert_eq!(items.len(), 2, "{items:?}");
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.name, "crawl:3");
        assert_eq!(first.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(first.published.unwrap().to_string(), "2025-03-07 10:00:02");
        assert!(first.text.starts_with("The first page"));
        let second = items[1].as_ref().unwrap();
        assert!(
            second.text.starts_with("Chunked page text"),
            "{}",
            second.text
        );
        assert_eq!(skipped.total(), 3, "{:?}", skipped.counts());
    }

    #[test]
    fn truncation_keeps_complete_records() {
        let mut bytes = archive();
        bytes.truncate(bytes.len() - 60);
        let (items, _) = read_all(bytes);
        assert!(items[0].is_ok());
        let error = items.last().unwrap().as_ref().unwrap_err();
        assert!(error.message.contains("truncated"), "{error}");
        assert_eq!(error.location, Some(Location::Record(5)));
    }

    #[test]
    fn gzip_members_per_record_read_as_one_stream() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut gz = Vec::new();
        for chunk in archive().chunks(200) {
            let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder.write_all(chunk).unwrap();
            gz.extend(encoder.finish().unwrap());
        }
        let reader = io::BufReader::new(MultiGzDecoder::new(&gz[..]));
        let items: Vec<_> = read(
            Path::new("c.warc.gz"),
            io::BufReader::new(io::Cursor::new({
                let mut all = Vec::new();
                io::BufReader::new(reader).read_to_end(&mut all).unwrap();
                all
            })),
            Skipped::default(),
        )
        .collect();
        assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2);
    }
}
