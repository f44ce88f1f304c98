//! A fuzz harness on stable Rust: mutates seed inputs of every format (HTML in three encodings,
//! RSS, Atom, Telegram JSON and HTML exports, WARC, gzip of each, JSON Lines, text) and feeds
//! each mutant to the readers through `read_bytes`, both with detection and with every format
//! forced. Any panic fails the test and leaves the input in `$CARGO_TARGET_TMPDIR/fuzz-crash-*`.
//!
//! The budget is `ONRECORD_FUZZ_SECONDS` (default 5, what CI runs); for a long run:
//! `ONRECORD_FUZZ_SECONDS=600 cargo test --release -p onrecord-ingest --test fuzz -- --nocapture`.
//! `ONRECORD_FUZZ_SEED` picks the random seed (default: from the clock, printed on start).

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use onrecord_ingest::{read_bytes, warc_record, Format};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    let page = "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"windows-1251\"><title>T</title><meta property=\"article:published_time\" content=\"2025-03-07T08:15:00+02:00\"><script type=\"application/ld+json\">{\"@graph\":[{\"datePublished\":\"2025-01-01\",\"author\":[{\"name\":\"A\"}]}]}</script></head><body><nav><a href=\"/\">Home</a></nav><article><h1>T</h1><p>Министр заявил, что всё спокойно, и добавил, что переговоры продолжатся.</p><p>Second &amp; last paragraph, with commas, here.</p></article><div class=\"comments\"><p>comment text that is long enough to matter</p></div></body></html>";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(page);
    let rss = br#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>F</title><item><title>A &amp; B</title><link>https://x.example/1</link><guid>g1</guid><pubDate>Fri, 07 Mar 2025 08:15:00 +0200</pubDate><description>&lt;p&gt;Sum&lt;/p&gt;</description><content:encoded><![CDATA[<p>Full <b>text</b>.</p>]]></content:encoded></item></channel></rss>"#.to_vec();
    let atom = br#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://x.example/e"/><id>e1</id><updated>2025-03-07T08:15:00Z</updated><author><name>N</name></author><content type="xhtml"><div><p>One.</p><p>Two &#x263A;.</p></div></content></entry></feed>"#.to_vec();
    let telegram = br##"{"name": "Ch", "type": "public_channel", "id": 77, "messages": [{"id": 1, "type": "service", "text": ""}, {"id": 2, "type": "message", "date": "2025-03-07T08:15:00", "forwarded_from": "Other", "text": ["a ", {"type": "bold", "text": "b"}, {"type": "hashtag", "text": "#c"}]}, {"id": 3, "date_unixtime": "1741328100", "text": "plain \"quoted\" \u00e9"}]}"##.to_vec();
    let telegram_html = br#"<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header"><div class="text bold">Ch</div></div><div class="history"><div class="message service" id="message1"><div class="body details">x</div></div><div class="message default" id="message2"><div class="body"><div class="pull_right date details" title="07.03.2025 08:15:00 UTC+02:00">08:15</div><div class="from_name">Ch</div><div class="text">Hello <b>there</b></div></div></div></div></div></body></html>"#.to_vec();
    let mut warc = warc_record(
        "warcinfo",
        "",
        "2025-03-07T10:00:00Z",
        "application/warc-fields",
        b"software: x\r\n",
    );
    warc.extend(warc_record(
        "response",
        "https://x.example/",
        "2025-03-07T10:00:00Z",
        "application/http; msgtype=response",
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}")
            .as_bytes(),
    ));
    let chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n";
    let mut body = chunked.as_bytes().to_vec();
    let gz = gzip(b"<p>gzipped page text that is long enough to be main text.</p>");
    body.extend(format!("{:x}\r\n", gz.len()).as_bytes());
    body.extend(&gz);
    body.extend(b"\r\n0\r\n\r\n");
    warc.extend(warc_record(
        "response",
        "https://x.example/gz",
        "2025-03-07T10:00:01Z",
        "application/http; msgtype=response",
        &body,
    ));
    let jsonl = b"{\"text\": \"one\", \"published\": \"2025-03-07\"}\n{\"text\": \"two\", \"lang\": \"uk\"}\n".to_vec();
    let text = b"---\npublished: 2025-03-07\nsource: S\n---\nBody text.\n".to_vec();
    let mut seeds = vec![
        ("page.html", page.as_bytes().to_vec()),
        ("page1251.html", cp1251.to_vec()),
        ("feed.xml", rss),
        ("atom.xml", atom),
        ("result.json", telegram),
        ("messages.html", telegram_html),
        ("crawl.warc", warc.clone()),
        ("posts.jsonl", jsonl),
        ("note.txt", text),
    ];
    let gzipped: Vec<_> = seeds
        .iter()
        .map(|(name, bytes)| (*name, gzip(bytes)))
        .collect();
    seeds.extend(gzipped);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/boilerplate");
    for name in [
        "01-wire-ridgeline-sitrep-0602.html",
        "24-ru-koi8.html",
        "06-app-harborwire-reddle-warsaw.html",
    ] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            seeds.push(("page.html", bytes));
        }
    }
    seeds
}

const TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"<![CDATA[",
    b"]]>",
    b"&",
    b"&#",
    b"&#x10FFFF;",
    b"&amp;",
    b"\"",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\",
    b"\\u",
    b"\r\n",
    b"\r\n\r\n",
    b"\n\n",
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999999\r\n",
    b"Content-Length: -1\r\n",
    b"WARC-Type: response\r\n",
    b"\x1f\x8b\x08\x00",
    b"\0",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"<meta charset=koi8-r>",
    b"<script>",
    b"<div>",
    b"<p>",
    b"<br>",
    b"\"messages\": [",
    b"\"text\": [",
    b"<item>",
    b"<entry>",
    b"<rss>",
    b"<feed>",
    b"0\r\n",
    b"ffffffff\r\n",
    b"\xd0",
    b"\xe2\x80",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] = rng.next() as u8;
            }
            2 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let i = rng.below(out.len() + 1);
                out.splice(i..i, token.iter().copied());
            }
            3 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + rng.below(64)).min(out.len());
                out.drain(start..end);
            }
            4 => out.truncate(rng.below(out.len() + 1)),
            5 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + rng.below(256)).min(out.len());
                let chunk = out[start..end].to_vec();
                let at = rng.below(out.len() + 1);
                out.splice(at..at, chunk);
            }
            _ => {
                let n = rng.below(16);
                for _ in 0..n {
                    let i = rng.below(out.len() + 1);
                    out.insert(i, rng.next() as u8);
                }
            }
        }
    }
    out
}

const FORMATS: &[Option<Format>] = &[
    None,
    Some(Format::Html),
    Some(Format::Feed),
    Some(Format::Telegram),
    Some(Format::TelegramHtml),
    Some(Format::Warc),
    Some(Format::Jsonl),
    Some(Format::Text),
];

#[test]
fn no_reader_panics_on_mutated_input() {
    let seconds: u64 = std::env::var("ONRECORD_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let seed: u64 = std::env::var("ONRECORD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                | 1
        });
    println!("fuzz: {seconds}s, ONRECORD_FUZZ_SEED={seed}");
    let mut rng = Rng(seed);
    let seeds = seeds();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runs = 0u64;
    // Quiet the default hook: a panic is reported below with the input that caused it.
    std::panic::set_hook(Box::new(|_| {}));
    while Instant::now() < deadline {
        let (name, bytes) = &seeds[rng.below(seeds.len())];
        let input = if rng.below(10) == 0 {
            bytes.clone()
        } else {
            mutate(&mut rng, bytes)
        };
        let forced = FORMATS[rng.below(FORMATS.len())];
        let result = catch_unwind(AssertUnwindSafe(|| {
            let (records, _) = read_bytes(Path::new(name), input.clone(), forced);
            let mut count = 0usize;
            for item in records {
                if let Err(error) = &item {
                    assert!(!error.message.is_empty());
                }
                count += 1;
                assert!(count < 1_000_000, "runaway reader");
            }
        }));
        runs += 1;
        if result.is_err() {
            let _ = std::panic::take_hook();
            let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("fuzz-crash-{seed}-{runs}.bin"));
            std::fs::write(&path, &input).unwrap();
            panic!(
                "reader panicked on a mutant of {name} (format {forced:?}); input saved to {}",
                path.display()
            );
        }
    }
    let _ = std::panic::take_hook();
    println!("fuzz: {runs} inputs, no panic");
    assert!(runs > 0);
}
