//! Property tests of every parser of outside input: round trips where the format allows one
//! (what goes into a feed, an export or an archive comes out), and "never panics, always ends"
//! for arbitrary and truncated bytes, gzip included.

use std::io::Write;
use std::path::Path;

use onrecord_ingest::{fragment_text, parse_page, read_bytes, warc_record, Format, Record};
use proptest::prelude::*;

fn collect(name: &str, bytes: Vec<u8>, forced: Option<Format>) -> (Vec<Record>, usize) {
    let (records, _) = read_bytes(Path::new(name), bytes, forced);
    let mut ok = Vec::new();
    let mut errors = 0;
    for item in records {
        match item {
            Ok(record) => ok.push(record),
            Err(_) => errors += 1,
        }
    }
    (ok, errors)
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Words with the characters the formats must escape, in three scripts.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z]{1,10}",
        "[а-яА-ЯёЁ]{1,10}",
        "[іїєґ]{1,4}",
        Just("\"quoted\"".to_string()),
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("R&D".to_string()),
        Just("«ёлка»".to_string()),
        Just("#tag".to_string()),
        Just("\\".to_string()),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..12).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn html_parsing_never_panics(input in ".{0,400}") {
        let page = parse_page(&input);
        prop_assert!(!page.text.contains("\n\n\n"));
        prop_assert_eq!(page.text.trim(), page.text.as_str());
        let _ = fragment_text(&input);
    }

    #[test]
    fn html_bytes_in_any_encoding_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = collect("x.html", bytes.clone(), Some(Format::Html));
        let _ = collect("x", bytes, None);
    }

    #[test]
    fn telegram_export_round_trips(texts in prop::collection::vec(prop::collection::vec(sentence(), 1..4), 1..8)) {
        // Each message's text is a list of plain strings and bold entities; the reader joins them.
        let messages: Vec<serde_json::Value> = texts.iter().enumerate().map(|(i, parts)| {
            let pieces: Vec<serde_json::Value> = parts.iter().enumerate().map(|(j, part)| {
                if j % 2 == 1 { serde_json::json!({"type": "bold", "text": part}) } else { serde_json::json!(part) }
            }).collect();
            serde_json::json!({"id": i + 1, "type": "message", "date": "2025-03-07T08:15:00", "text": pieces})
        }).collect();
        let export = serde_json::to_string_pretty(&serde_json::json!({"name": "Ch", "type": "public_channel", "id": 5, "messages": messages})).unwrap();
        let (records, errors) = collect("result.json", export.into_bytes(), None);
        prop_assert_eq!(errors, 0);
        prop_assert_eq!(records.len(), texts.len());
        for (record, parts) in records.iter().zip(&texts) {
            prop_assert_eq!(&record.text, &parts.concat());
        }
    }

    #[test]
    fn truncated_telegram_export_never_panics_and_reports(cut in 0usize..400) {
        let export = r#"{"name": "Ch", "id": 5, "messages": [{"id": 1, "text": "one"}, {"id": 2, "text": ["t", {"type": "link", "text": "wo"}]}, {"id": 3, "text": "three"}]}"#;
        let cut = cut.min(export.len());
        let (records, errors) = collect("result.json", export.as_bytes()[..cut].to_vec(), Some(Format::Telegram));
        if cut < export.len() {
            prop_assert!(errors >= 1);
        }
        prop_assert!(records.len() <= 3);
    }

    #[test]
    fn rss_round_trips(items in prop::collection::vec((sentence(), sentence()), 1..6)) {
        let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let mut xml = String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>");
        for (i, (title, body)) in items.iter().enumerate() {
            // The description is HTML, escaped once more for XML.
            let html = format!("<p>{}</p>", escape(body));
            xml.push_str(&format!("<item><title>{}</title><guid>g{i}</guid><description>{}</description></item>", escape(title), escape(&html)));
        }
        xml.push_str("</channel></rss>");
        let (records, errors) = collect("f.xml", xml.into_bytes(), None);
        prop_assert_eq!(errors, 0);
        prop_assert_eq!(records.len(), items.len());
        for (record, (_, body)) in records.iter().zip(&items) {
            prop_assert_eq!(record.text.split_whitespace().collect::<Vec<_>>(), body.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn feed_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut input = b"<rss><channel><item><description>".to_vec();
        input.extend(bytes);
        let _ = collect("f.xml", input, Some(Format::Feed));
    }

    #[test]
    fn warc_keeps_every_complete_record(bodies in prop::collection::vec(sentence(), 1..6), cut in 0usize..2000) {
        let mut archive = Vec::new();
        for (i, body) in bodies.iter().enumerate() {
            let page = format!("<html><body><p>{}</p></body></html>", body.replace('&', "&amp;").replace('<', "&lt;"));
            archive.extend(warc_record("request", "https://x.example/", "2025-03-07T10:00:00Z", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"));
            archive.extend(warc_record("response", &format!("https://x.example/{i}"), "2025-03-07T10:00:00Z", "application/http; msgtype=response", format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}").as_bytes()));
        }
        let (records, errors) = collect("a.warc", archive.clone(), None);
        prop_assert_eq!(errors, 0);
        prop_assert_eq!(records.len(), bodies.len());
        let cut = cut.min(archive.len());
        let (partial, _) = collect("a.warc", archive[..cut].to_vec(), Some(Format::Warc));
        prop_assert!(partial.len() <= bodies.len());
        // The same archive gzipped and cut anywhere: no panic, never more than the whole.
        let gz = gzip(&archive);
        let gz_cut = cut.min(gz.len());
        let (from_gz, gz_errors) = collect("a.warc.gz", gz[..gz_cut].to_vec(), None);
        prop_assert!(from_gz.len() <= bodies.len());
        if gz_cut < gz.len() && gz_cut > 0 {
            prop_assert!(gz_errors >= 1, "a truncated gzip must be reported");
        }
    }

    #[test]
    fn warc_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut input = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n".to_vec();
        input.extend(bytes);
        let _ = collect("a.warc", input, None);
    }

    #[test]
    fn cyrillic_pages_decode_in_every_encoding(body in prop::collection::vec("[а-яА-Я]{2,9}", 8..30)) {
        let text = body.join(" ");
        for encoding in [encoding_rs::WINDOWS_1251, encoding_rs::KOI8_R, encoding_rs::UTF_8] {
            let page = format!("<html><head><meta charset=\"{}\"></head><body><p>{text}</p></body></html>", encoding.name());
            let (bytes, _, _) = encoding.encode(&page);
            let (records, _) = collect("p.html", bytes.to_vec(), None);
            prop_assert_eq!(&records[0].text, &text, "{}", encoding.name());
        }
    }

    #[test]
    fn jsonl_and_text_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = collect("a.jsonl", bytes.clone(), Some(Format::Jsonl));
        let _ = collect("a.txt", bytes.clone(), Some(Format::Text));
        let _ = collect("a.gz", gzip(&bytes), None);
    }
}

/// Every cut of a small gzipped archive, including inside the two-byte gzip magic, is reported:
/// a truncated download never passes as an empty or shorter file.
#[test]
fn gzip_cut_at_every_byte_is_reported() {
    let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>one</p>";
    let archive = warc_record(
        "response",
        "https://x.example/1",
        "2025-03-07T10:00:00Z",
        "application/http; msgtype=response",
        page,
    );
    let gz = gzip(&archive);
    for cut in 1..gz.len() {
        let (records, errors) = collect("a.warc.gz", gz[..cut].to_vec(), None);
        assert!(
            errors >= 1,
            "cut at byte {cut} of {} was not reported",
            gz.len()
        );
        assert!(records.len() <= 1);
    }
    let (records, errors) = collect("a.warc.gz", gz, None);
    assert_eq!((records.len(), errors), (1, 0));
}
