//! Ingest throughput per format on generated inputs (divan prints bytes/s):
//! `cargo bench -p onrecord-ingest --bench ingest`. These are measurements, not tests.

use std::io::Write;
use std::path::Path;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use onrecord_ingest::{read_bytes, warc_record, Format};

fn main() {
    divan::main();
}

const PARAGRAPH: &str = "Negotiators returned to the harbour city on Wednesday after a two-day pause, officials said, and the foreign minister told reporters that \"a third round is possible\" if the other side agreed to a ceasefire along the river.";

fn article(i: usize) -> String {
    let body: String = (0..12)
        .map(|j| format!("<p>{j}. {PARAGRAPH} ({i})</p>\n"))
        .collect();
    let menu: String = (0..40)
        .map(|j| format!("<li><a href=\"/s/{j}\">Section {j}</a></li>"))
        .collect();
    let comments: String = (0..10).map(|j| format!("<div class=\"comment\"><p>Reader {j}: I do not believe a word of it, frankly.</p></div>")).collect();
    format!("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story {i} | Wire</title><meta property=\"article:published_time\" content=\"2025-06-11T09:30:00+02:00\"><script>var x = {i};</script></head><body><nav><ul>{menu}</ul></nav><div class=\"cookie-banner\">We use cookies.</div><main><article><h1>Story {i}</h1><div class=\"share\"><a href=\"#\">Share</a></div><div class=\"article-body\">{body}</div></article><aside class=\"related\"><ul>{menu}</ul></aside></main><section class=\"comments\">{comments}</section><footer>© Wire</footer></body></html>")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn html() -> Vec<u8> {
    article(1).into_bytes()
}

fn rss() -> Vec<u8> {
    let mut out = String::from("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Wire</title>");
    for i in 0..2000 {
        out.push_str(&format!("<item><title>Item {i}</title><link>https://w.example/{i}</link><guid>g{i}</guid><pubDate>Fri, 07 Mar 2025 08:15:00 +0200</pubDate><content:encoded><![CDATA[<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>]]></content:encoded></item>"));
    }
    out.push_str("</channel></rss>");
    out.into_bytes()
}

fn telegram() -> Vec<u8> {
    let messages: Vec<serde_json::Value> = (0..20_000)
        .map(|i| serde_json::json!({"id": i, "type": "message", "date": "2025-03-07T08:15:00", "date_unixtime": "1741328100", "from": "Ch", "from_id": "channel1",
            "text": [format!("{i}: "), {"type": "bold", "text": "Breaking"}, " ", PARAGRAPH, " ", {"type": "hashtag", "text": "#front"}],
            "text_entities": [{"type": "plain", "text": PARAGRAPH}]}))
        .collect();
    serde_json::to_vec_pretty(
        &serde_json::json!({"name": "Ch", "type": "public_channel", "id": 1, "messages": messages}),
    )
    .unwrap()
}

fn warc_plain() -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..200 {
        out.extend(warc_record(
            "request",
            "https://w.example/",
            "2025-03-07T10:00:00Z",
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        let body = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{}",
            article(i)
        );
        out.extend(warc_record(
            "response",
            &format!("https://w.example/{i}"),
            "2025-03-07T10:00:00Z",
            "application/http; msgtype=response",
            body.as_bytes(),
        ));
        out.extend(warc_record(
            "response",
            "https://w.example/a.png",
            "2025-03-07T10:00:00Z",
            "application/http; msgtype=response",
            &[
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".as_slice(),
                &[7u8; 20_000],
            ]
            .concat(),
        ));
    }
    out
}

fn warc_gz() -> Vec<u8> {
    // One gzip member per record, as crawlers write them.
    let plain = warc_plain();
    let mut out = Vec::new();
    let mut rest = &plain[..];
    while !rest.is_empty() {
        let next = rest[1..]
            .windows(9)
            .position(|w| w == b"WARC/1.0\r")
            .map(|p| p + 1)
            .unwrap_or(rest.len());
        out.extend(gzip(&rest[..next]));
        rest = &rest[next..];
    }
    out
}

fn jsonl() -> Vec<u8> {
    (0..20_000)
        .flat_map(|i| {
            format!(
                "{{\"id\": \"p{i}\", \"text\": \"{}\", \"published\": \"2025-03-07\"}}\n",
                PARAGRAPH.replace('"', "\\\"")
            )
            .into_bytes()
        })
        .collect()
}

fn text() -> Vec<u8> {
    format!(
        "---\npublished: 2025-03-07\nsource: S\n---\n{}",
        (0..2000)
            .map(|_| PARAGRAPH)
            .collect::<Vec<_>>()
            .join("\n\n")
    )
    .into_bytes()
}

fn run(bencher: Bencher, name: &'static str, make: fn() -> Vec<u8>, forced: Option<Format>) {
    let input = make();
    // Compressed inputs count their decompressed size, so the numbers compare across formats.
    let counted = if name.ends_with(".gz") {
        warc_plain().len()
    } else {
        input.len()
    };
    bencher
        .counter(BytesCount::new(counted))
        .with_inputs(|| input.clone())
        .bench_values(|bytes| {
            let (records, _) = read_bytes(Path::new(name), bytes, forced);
            black_box(records.filter(|r| r.is_ok()).count())
        });
}

#[divan::bench]
fn html_page(bencher: Bencher) {
    run(bencher, "page.html", html, None)
}

#[divan::bench]
fn rss_feed(bencher: Bencher) {
    run(bencher, "feed.xml", rss, None)
}

#[divan::bench]
fn telegram_json(bencher: Bencher) {
    run(bencher, "result.json", telegram, None)
}

#[divan::bench]
fn warc(bencher: Bencher) {
    run(bencher, "crawl.warc", warc_plain, None)
}

#[divan::bench]
fn warc_gzip(bencher: Bencher) {
    run(bencher, "crawl.warc.gz", warc_gz, None)
}

#[divan::bench]
fn json_lines(bencher: Bencher) {
    run(bencher, "posts.jsonl", jsonl, None)
}

#[divan::bench]
fn plain_text(bencher: Bencher) {
    run(bencher, "note.txt", text, None)
}

#[divan::bench]
fn near_dup_signature(bencher: Bencher) {
    let text = (0..12).map(|_| PARAGRAPH).collect::<Vec<_>>().join("\n\n");
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| onrecord_ingest::near_dup::minhash_signature(black_box(&text)));
}
