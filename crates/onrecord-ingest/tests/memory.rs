//! Memory stays bounded on large inputs: streams far larger than the memory they may use are
//! generated on the fly (never materialised) and read through `read_reader`; the process's peak
//! resident size (`VmHWM`) must stay small. One test per binary, so nothing else runs beside it.

use std::io::Read;
use std::path::Path;

use onrecord_ingest::{read_reader, warc_record, Format};

/// Repeats `head`, then `body` `count` times, then `tail`, without holding more than one copy.
struct Generated {
    parts: Vec<(Vec<u8>, u64)>,
    part: usize,
    offset: usize,
    round: u64,
}

impl Generated {
    fn new(head: Vec<u8>, body: Vec<u8>, count: u64, tail: Vec<u8>) -> Self {
        Generated {
            parts: vec![(head, 1), (body, count), (tail, 1)],
            part: 0,
            offset: 0,
            round: 0,
        }
    }
}

impl Read for Generated {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.part < self.parts.len() {
            let (bytes, times) = &self.parts[self.part];
            if self.round >= *times || bytes.is_empty() {
                self.part += 1;
                self.round = 0;
                self.offset = 0;
                continue;
            }
            let n = (bytes.len() - self.offset).min(out.len());
            out[..n].copy_from_slice(&bytes[self.offset..self.offset + n]);
            self.offset += n;
            if self.offset == bytes.len() {
                self.offset = 0;
                self.round += 1;
            }
            return Ok(n);
        }
        Ok(0)
    }
}

fn peak_resident_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kib| kib / 1024)
        .unwrap_or(0)
}

#[test]
fn large_streams_use_little_memory() {
    // A 1 GiB WARC: 1 MiB image responses, each followed by a small HTML page.
    let mut body = warc_record(
        "response",
        "https://x.example/a.png",
        "2025-03-07T10:00:00Z",
        "application/http; msgtype=response",
        &[
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".as_slice(),
            &vec![7u8; 1 << 20],
        ]
        .concat(),
    );
    let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>A page of the archive, long enough to be its main text.</p></body></html>";
    body.extend(warc_record(
        "response",
        "https://x.example/",
        "2025-03-07T10:00:00Z",
        "application/http; msgtype=response",
        page.as_bytes(),
    ));
    let rounds = (1u64 << 30) / body.len() as u64;
    let warc = Generated::new(Vec::new(), body, rounds, Vec::new());
    let (records, skipped) = read_reader(Path::new("big.warc"), Box::new(warc), None);
    let pages = records.filter(|r| r.is_ok()).count() as u64;
    assert_eq!(pages, rounds);
    assert_eq!(skipped.total(), rounds);

    // A 32 MiB Telegram export and 32 MiB of JSON Lines.
    let message = br#"{"id": 1, "type": "message", "date": "2025-03-07T08:15:00", "text": ["A post ", {"type": "bold", "text": "with entities"}, " and enough words to be a real message in a channel."]},"#.to_vec();
    let count = (32u64 << 20) / message.len() as u64;
    let export = Generated::new(
        br#"{"name": "Ch", "type": "public_channel", "id": 1, "messages": ["#.to_vec(),
        message,
        count,
        br#"{"id": 0, "type": "service", "text": ""}]}"#.to_vec(),
    );
    let (records, _) = read_reader(
        Path::new("result.json"),
        Box::new(export),
        Some(Format::Telegram),
    );
    assert_eq!(records.filter(|r| r.is_ok()).count() as u64, count);
    let line =
        b"{\"text\": \"One line of a large JSON Lines file, read one line at a time.\"}\n".to_vec();
    let count = (32u64 << 20) / line.len() as u64;
    let lines = Generated::new(Vec::new(), line, count, Vec::new());
    let (records, _) = read_reader(Path::new("big.jsonl"), Box::new(lines), None);
    assert_eq!(records.filter(|r| r.is_ok()).count() as u64, count);

    let peak = peak_resident_mib();
    println!("peak resident memory: {peak} MiB after 1 GiB of WARC, 32 MiB of Telegram JSON and 32 MiB of JSON Lines");
    assert!(peak < 48, "peak resident memory {peak} MiB");
}
