//! Telegram Desktop "Export chat history": JSON (`result.json`) and HTML (`messages*.html`).
//!
//! Owns turning one export into one record per message: text flattened from Telegram's list of
//! strings and entity objects, the chat's name as source, the message date, the forward's origin as
//! `reposted_from`, and `channel_id/message_id` as `external_id` so that a later export with an
//! edited message replaces it rather than adding a second document. Service messages (joins, pins,
//! title changes) and messages without text (a bare photo) are skipped and counted.
//!
//! The JSON reader streams: a byte-level scanner follows the structure and hands each element of a
//! `"messages"` list to serde on its own, so a 2 GB export never sits in memory; it works for a
//! single-chat export and for a whole-account export (`chats.list[].messages`). It never recurses
//! on input nesting and never panics; a broken message is an error item and the next one goes on.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{read_bounded, Records, Skipped};
use crate::encoding::decode_document;
use crate::{parse_published, IngestError, Location, Record, MAX_RECORD_BYTES};

pub(super) fn read(
    path: &Path,
    reader: impl BufRead + Send + 'static,
    skipped: Skipped,
) -> Records {
    Box::new(TelegramJson {
        path: path.to_path_buf(),
        scanner: Scanner::new(reader),
        skipped,
        messages_seen: 0,
        done: false,
    })
}

struct TelegramJson<R> {
    path: PathBuf,
    scanner: Scanner<R>,
    skipped: Skipped,
    messages_seen: u64,
    done: bool,
}

impl<R: BufRead> Iterator for TelegramJson<R> {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.scanner.next_message() {
                Ok(Some((raw, chat))) => {
                    self.messages_seen += 1;
                    match message_record(&raw, &chat) {
                        Ok(Some(record)) => return Some(Ok(record)),
                        Ok(None) => {}
                        Err(Skip(reason)) => {
                            if reason.starts_with("error:") {
                                return Some(Err(IngestError::new(
                                    &self.path,
                                    reason.trim_start_matches("error:").trim().to_string(),
                                )
                                .at(Location::Record(self.messages_seen))
                                .hint("the message is skipped; the rest of the export goes in")));
                            }
                            self.skipped.add(reason);
                        }
                    }
                }
                Ok(None) => {
                    self.done = true;
                    if self.scanner.lists_found == 0 {
                        return Some(Err(IngestError::new(
                            &self.path,
                            "no \"messages\" list found: not a Telegram Desktop export",
                        )
                        .hint("export with Telegram Desktop: chat menu › Export chat history › Format: JSON, then give result.json; use --input-format jsonl for JSON Lines")));
                    }
                }
                Err(error) => {
                    self.done = true;
                    return Some(Err(IngestError::new(&self.path, error.message)
                        .at(Location::Byte(error.offset))
                        .hint(error.hint)));
                }
            }
        }
        None
    }
}

/// Why a message produced no record; `error:`-prefixed reasons are reported, others counted.
struct Skip(String);

/// The chat a message belongs to, from the fields before its `messages` list.
#[derive(Debug, Clone, Default)]
struct Chat {
    name: Option<String>,
    id: Option<String>,
}

fn message_record(raw: &[u8], chat: &Chat) -> Result<Option<Record>, Skip> {
    let value: Value = serde_json::from_slice(raw)
        .map_err(|e| Skip(format!("error: message is not valid JSON: {e}")))?;
    let Some(message) = value.as_object() else {
        return Err(Skip("error: a message is not a JSON object".into()));
    };
    let id = match message.get("id") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => return Err(Skip("error: message has no \"id\"".into())),
    };
    match message.get("type").and_then(Value::as_str) {
        Some("message") | None => {}
        Some("service") => return Err(Skip("service message".into())),
        Some(_) => return Err(Skip("unknown message type".into())),
    }
    let text = message
        .get("text")
        .map(flatten_text)
        .filter(|t| !t.trim().is_empty())
        .or_else(|| message.get("text_entities").map(flatten_text))
        .unwrap_or_default();
    if text.trim().is_empty() {
        return Err(Skip("message without text".into()));
    }
    let published = message
        .get("date")
        .and_then(Value::as_str)
        .and_then(parse_published)
        .or_else(|| {
            let seconds = match message.get("date_unixtime")? {
                Value::String(s) => s.parse::<i64>().ok()?,
                Value::Number(n) => n.as_i64()?,
                _ => return None,
            };
            chrono::DateTime::from_timestamp(seconds, 0).map(|d| d.naive_utc())
        });
    let source = chat.name.clone();
    let chat_key = chat
        .id
        .clone()
        .or_else(|| chat.name.clone())
        .unwrap_or_else(|| "chat".to_string());
    let author = message
        .get("author")
        .or_else(|| message.get("from"))
        .and_then(Value::as_str)
        .map(String::from)
        .filter(|a| Some(a) != source.as_ref());
    let reposted_from = message
        .get("forwarded_from")
        .and_then(Value::as_str)
        .or_else(|| message.get("saved_from").and_then(Value::as_str))
        .map(String::from);
    Ok(Some(Record {
        name: format!("{}/{id}", chat.name.as_deref().unwrap_or(&chat_key)),
        text,
        source,
        url: None,
        title: None,
        author,
        published,
        lang: None,
        reposted_from,
        external_id: Some(format!("{chat_key}/{id}")),
    }))
}

/// Telegram's `text`: a string, or a list of strings and `{"type", "text"}` entity objects (bold,
/// links, hashtags, mentions); entity text is kept, markup dropped.
fn flatten_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(parts) => {
            let mut out = String::new();
            for part in parts {
                match part {
                    Value::String(text) => out.push_str(text),
                    Value::Object(entity) => {
                        if let Some(text) = entity.get("text").and_then(Value::as_str) {
                            out.push_str(text);
                        }
                    }
                    _ => {}
                }
            }
            out
        }
        _ => String::new(),
    }
}

struct ScanError {
    offset: u64,
    message: String,
    hint: String,
}

/// One open JSON container during the scan.
struct Frame {
    is_object: bool,
    /// For an object: the key last read. For an array: the key it stands under in its parent.
    key: Option<String>,
    /// Object only: the next string is a key.
    expect_key: bool,
    chat: Chat,
}

/// A streaming scanner over a JSON document that yields the raw bytes of each element of any
/// `"messages"` array, with the enclosing chat's name and id.
struct Scanner<R> {
    reader: R,
    offset: u64,
    stack: Vec<Frame>,
    lists_found: u64,
    started: bool,
    finished: bool,
}

impl<R: BufRead> Scanner<R> {
    fn new(reader: R) -> Self {
        Scanner {
            reader,
            offset: 0,
            stack: Vec::new(),
            lists_found: 0,
            started: false,
            finished: false,
        }
    }

    fn error(&self, message: impl Into<String>, hint: &str) -> ScanError {
        ScanError {
            offset: self.offset,
            message: message.into(),
            hint: hint.to_string(),
        }
    }

    fn peek(&mut self) -> Result<Option<u8>, ScanError> {
        loop {
            match self.reader.fill_buf() {
                Ok(buffer) => return Ok(buffer.first().copied()),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(self.error(
                        format!("cannot read: {e}"),
                        "if it is compressed, the file may be truncated; messages before this point went in",
                    ))
                }
            }
        }
    }

    fn bump(&mut self) {
        self.reader.consume(1);
        self.offset += 1;
    }

    fn skip_whitespace(&mut self) -> Result<Option<u8>, ScanError> {
        loop {
            // Consume whole runs of whitespace from the buffer at once.
            let buffer = match self.reader.fill_buf() {
                Ok(buffer) => buffer,
                Err(_) => return self.peek(),
            };
            if buffer.is_empty() {
                return Ok(None);
            }
            let run = buffer
                .iter()
                .position(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
                .unwrap_or(buffer.len());
            let first = buffer.get(run).copied();
            self.reader.consume(run);
            self.offset += run as u64;
            if let Some(byte) = first {
                return Ok(Some(byte));
            }
        }
    }

    /// Reads one complete JSON value's raw bytes (the value starts at the current byte).
    fn capture_value(&mut self, out: &mut Vec<u8>) -> Result<(), ScanError> {
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let buffer = match self.reader.fill_buf() {
                Ok(buffer) => buffer,
                Err(e) => {
                    return Err(self.error(
                        format!("cannot read: {e}"),
                        "the file may be truncated; messages before this point went in",
                    ))
                }
            };
            if buffer.is_empty() {
                return Err(self.error(
                    "the file ends inside a message (truncated export?)",
                    "re-export the chat; the messages before this point went in",
                ));
            }
            let mut used = 0;
            let mut complete = false;
            for &byte in buffer {
                used += 1;
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if byte == b'\\' {
                        escaped = true;
                    } else if byte == b'"' {
                        in_string = false;
                        if depth == 0 {
                            complete = true;
                            break;
                        }
                    }
                    continue;
                }
                match byte {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        if depth == 0 {
                            // The end of the enclosing container: a scalar value ended before it.
                            used -= 1;
                            complete = true;
                            break;
                        }
                        depth -= 1;
                        if depth == 0 {
                            complete = true;
                            break;
                        }
                    }
                    b',' | b' ' | b'\n' | b'\r' | b'\t' if depth == 0 => {
                        used -= 1;
                        complete = true;
                        break;
                    }
                    _ => {}
                }
            }
            if out.len() as u64 + used as u64 > MAX_RECORD_BYTES {
                return Err(self.error(
                    "one message is larger than the record limit",
                    "this is not a Telegram export message; check the file",
                ));
            }
            out.extend_from_slice(&buffer[..used]);
            self.reader.consume(used);
            self.offset += used as u64;
            if complete {
                return Ok(());
            }
        }
    }

    /// Advances to the next element of a `"messages"` list; `None` at the end of the document.
    fn next_message(&mut self) -> Result<Option<(Vec<u8>, Chat)>, ScanError> {
        const SHAPE: &str = "this is not the JSON of a Telegram Desktop export; give result.json, or use --input-format jsonl for JSON Lines";
        loop {
            if self.finished {
                return Ok(None);
            }
            let Some(byte) = self.skip_whitespace()? else {
                if self.stack.is_empty() && self.started {
                    return Ok(None);
                }
                if !self.started {
                    return Err(
                        self.error("the file is empty", "give the result.json of an export")
                    );
                }
                return Err(self.error(
                    "the file ends inside the export (truncated?)",
                    "re-export the chat; the messages before this point went in",
                ));
            };
            let Some(frame) = self.stack.last_mut() else {
                if self.started {
                    return Err(
                        self.error("unexpected data after the end of the JSON document", SHAPE)
                    );
                }
                if byte != b'{' {
                    return Err(self.error("expected a JSON object at the top", SHAPE));
                }
                self.started = true;
                self.bump();
                self.stack.push(Frame {
                    is_object: true,
                    key: None,
                    expect_key: true,
                    chat: Chat::default(),
                });
                continue;
            };
            match byte {
                b',' => {
                    if frame.is_object {
                        frame.expect_key = true;
                    }
                    self.bump();
                }
                b'}' | b']' => {
                    if frame.is_object != (byte == b'}') {
                        return Err(self.error("mismatched brackets", SHAPE));
                    }
                    self.bump();
                    self.stack.pop();
                    if self.stack.is_empty() {
                        self.finished = true;
                    }
                }
                b':' if frame.is_object => {
                    frame.expect_key = false;
                    self.bump();
                }
                b'"' if frame.is_object && frame.expect_key => {
                    let mut raw = Vec::new();
                    self.capture_value(&mut raw)?;
                    let key: String = serde_json::from_slice(&raw).unwrap_or_default();
                    if let Some(frame) = self.stack.last_mut() {
                        frame.key = Some(key);
                        frame.expect_key = false;
                    }
                }
                _ => {
                    // A value: inside "messages" capture it; otherwise descend into containers
                    // and read the scalars a chat is described by.
                    let in_messages = !frame.is_object && frame.key.as_deref() == Some("messages");
                    if in_messages {
                        let chat = self
                            .stack
                            .iter()
                            .rev()
                            .find(|f| f.is_object)
                            .map(|f| f.chat.clone())
                            .unwrap_or_default();
                        let mut raw = Vec::new();
                        self.capture_value(&mut raw)?;
                        return Ok(Some((raw, chat)));
                    }
                    let key = if frame.is_object {
                        frame.key.clone()
                    } else {
                        None
                    };
                    match byte {
                        b'{' | b'[' => {
                            let parent_key = if frame.is_object {
                                frame.key.clone()
                            } else {
                                // An array's elements inherit its key only for "list"-like
                                // containers; a message list is named "messages" directly.
                                None
                            };
                            if byte == b'[' && parent_key.as_deref() == Some("messages") {
                                self.lists_found += 1;
                            }
                            self.bump();
                            self.stack.push(Frame {
                                is_object: byte == b'{',
                                key: parent_key.filter(|_| byte == b'['),
                                expect_key: byte == b'{',
                                chat: Chat::default(),
                            });
                            if self.stack.len() > 64 {
                                return Err(self
                                    .error("JSON nested deeper than a Telegram export is", SHAPE));
                            }
                        }
                        _ => {
                            let mut raw = Vec::new();
                            self.capture_value(&mut raw)?;
                            if raw.is_empty() {
                                return Err(self
                                    .error(format!("unexpected byte {:?}", byte as char), SHAPE));
                            }
                            let value: Value = serde_json::from_slice(&raw).map_err(|e| {
                                self.error(format!("invalid JSON value: {e}"), SHAPE)
                            })?;
                            if let Some(frame) = self.stack.last_mut() {
                                let text = match &value {
                                    Value::String(s) => Some(s.clone()),
                                    Value::Number(n) => Some(n.to_string()),
                                    _ => None,
                                };
                                match key.as_deref() {
                                    Some("name") => frame.chat.name = text,
                                    Some("id") => frame.chat.id = text,
                                    _ => {}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The HTML export: `messages.html` pages with `div.message` blocks. Read whole (each page holds
/// at most about a thousand messages), one record per message with text.
pub(super) fn read_html(
    path: &Path,
    reader: impl BufRead + Send + 'static,
    skipped: Skipped,
) -> Records {
    let records = match read_bounded(path, reader) {
        Ok(bytes) => {
            let (html, _) = decode_document(&bytes, None);
            html_messages(path, &html, &skipped)
        }
        Err(error) => vec![Err(error)],
    };
    Box::new(records.into_iter())
}

fn html_messages(path: &Path, html: &str, skipped: &Skipped) -> Vec<Result<Record, IngestError>> {
    use scraper::{Html, Selector};
    let document = Html::parse_document(html);
    let (Ok(message_sel), Ok(header_sel), Ok(text_sel), Ok(date_sel), Ok(from_sel), Ok(fwd_sel)) = (
        Selector::parse("div.message"),
        Selector::parse("div.page_header div.text"),
        Selector::parse("div.body > div.text"),
        Selector::parse("div.date"),
        Selector::parse("div.body > div.from_name"),
        Selector::parse("div.forwarded div.from_name"),
    ) else {
        return vec![Err(IngestError::new(path, "internal: bad selector"))];
    };
    let chat = document
        .select(&header_sel)
        .next()
        .map(|e| super::html::collapse(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty());
    let mut records = Vec::new();
    let mut last_from: Option<String> = None;
    for message in document.select(&message_sel) {
        let classes: Vec<&str> = message.value().classes().collect();
        if classes.contains(&"service") {
            skipped.add("service message");
            continue;
        }
        let id = message
            .value()
            .id()
            .map(|i| i.trim_start_matches("message").to_string())
            .unwrap_or_default();
        if let Some(from) = message.select(&from_sel).next() {
            last_from = Some(super::html::collapse(&from.text().collect::<String>()));
        }
        let forwarded = message
            .select(&fwd_sel)
            .next()
            // The forward's from_name carries its date in a span after the name.
            .and_then(|e| e.text().next().map(super::html::collapse));
        let Some(text_element) = message.select(&text_sel).next().or_else(|| {
            let fwd_text = Selector::parse("div.forwarded div.text").ok()?;
            message.select(&fwd_text).next()
        }) else {
            skipped.add("message without text");
            continue;
        };
        let text = super::html::fragment_text(&text_element.inner_html());
        if text.trim().is_empty() {
            skipped.add("message without text");
            continue;
        }
        // Dates read like title="07.03.2025 08:15:00 UTC+02:00".
        let published = message
            .select(&date_sel)
            .next()
            .and_then(|d| d.value().attr("title"))
            .and_then(|title| {
                let stamp: String = title.split(" UTC").next().unwrap_or(title).to_string();
                chrono::NaiveDateTime::parse_from_str(stamp.trim(), "%d.%m.%Y %H:%M:%S").ok()
            });
        let chat_key = chat.clone().unwrap_or_else(|| super::stem(path));
        records.push(Ok(Record {
            name: format!("{chat_key}/{id}"),
            text,
            source: chat.clone(),
            url: None,
            title: None,
            author: last_from.clone().filter(|f| Some(f) != chat.as_ref()),
            published,
            lang: None,
            reposted_from: forwarded
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty()),
            external_id: Some(format!("{chat_key}/{id}")),
        }));
    }
    if records.is_empty() && skipped.total() == 0 {
        records.push(Err(IngestError::new(
            path,
            "no messages found in this Telegram HTML export",
        )
        .hint(
            "give the messages.html of an export, or use --input-format html for a web page",
        )));
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &str) -> (Vec<Result<Record, IngestError>>, Skipped) {
        let skipped = Skipped::default();
        let items = read(
            Path::new("result.json"),
            std::io::Cursor::new(input.as_bytes().to_vec()),
            skipped.clone(),
        )
        .collect();
        (items, skipped)
    }

    const EXPORT: &str = r##"{
 "name": "Frontline Watch",
 "type": "public_channel",
 "id": 1402233445,
 "messages": [
  {"id": 1, "type": "service", "date": "2025-03-01T09:00:00", "actor": "Frontline Watch", "action": "create_channel", "title": "Frontline Watch", "text": ""},
  {"id": 2, "type": "message", "date": "2025-03-07T08:15:00", "date_unixtime": "1741328100", "from": "Frontline Watch", "from_id": "channel1402233445",
   "text": ["Overnight, ", {"type": "bold", "text": "14 drones"}, " were shot down. ", {"type": "hashtag", "text": "#Inside"}, " ", {"type": "text_link", "text": "details", "href": "https://example.org/x"}],
   "text_entities": []},
  {"id": 3, "type": "message", "date": "2025-03-07T09:00:00", "edited": "2025-03-07T09:05:00", "forwarded_from": "Ridge Monitor", "text": "Reposted: the bridge is \"closed\" until Monday."},
  {"id": 4, "type": "message", "date": "2025-03-07T10:00:00", "photo": "photos/p.jpg", "text": ""}
 ]
}"##;

    #[test]
    fn messages_become_records() {
        let (items, skipped) = read_all(EXPORT);
        let records: Vec<&Record> = items.iter().map(|i| i.as_ref().unwrap()).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].text,
            "Overnight, 14 drones were shot down. #Inside details"
        );
        assert_eq!(records[0].source.as_deref(), Some("Frontline Watch"));
        assert_eq!(records[0].external_id.as_deref(), Some("1402233445/2"));
        assert_eq!(records[0].name, "Frontline Watch/2");
        assert_eq!(
            records[0].published.unwrap().to_string(),
            "2025-03-07 08:15:00"
        );
        assert_eq!(records[1].reposted_from.as_deref(), Some("Ridge Monitor"));
        assert_eq!(skipped.total(), 2);
    }

    #[test]
    fn account_exports_nest_chats() {
        let input = r#"{"about": "x", "chats": {"about": "y", "list": [
            {"name": "A", "type": "public_channel", "id": 1, "messages": [{"id": 5, "type": "message", "date": "2025-01-01T00:00:00", "text": "from A"}]},
            {"name": "B", "type": "public_channel", "id": 2, "messages": [{"id": 6, "type": "message", "date": "2025-01-02T00:00:00", "text": "from B"}]}
        ]}}"#;
        let (items, _) = read_all(input);
        let ids: Vec<String> = items
            .iter()
            .map(|i| i.as_ref().unwrap().external_id.clone().unwrap())
            .collect();
        assert_eq!(ids, ["1/5", "2/6"]);
    }

    #[test]
    fn truncated_export_keeps_earlier_messages() {
        let cut = &EXPORT[..EXPORT.find("\"id\": 4").unwrap()];
        let (items, _) = read_all(cut);
        assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2);
        let error = items.last().unwrap().as_ref().unwrap_err();
        assert!(matches!(error.location, Some(Location::Byte(_))), "{error}");
    }

    #[test]
    fn unknown_shapes_are_explained() {
        for input in ["[1, 2, 3]", "{\"foo\": [1, 2]}", "", "{\"messages\": 5}"] {
            let (items, _) = read_all(input);
            assert!(items.iter().any(|i| i.is_err()), "{input}: {items:?}");
        }
    }

    #[test]
    fn a_bad_message_does_not_stop_the_rest() {
        let input = r#"{"name": "C", "id": 9, "messages": [{"type": "message", "text": "no id"}, {"id": 2, "text": "ok"}]}"#;
        let (items, _) = read_all(input);
        assert!(items[0].is_err());
        assert_eq!(items[1].as_ref().unwrap().text, "ok");
    }

    #[test]
    fn html_export_is_read() {
        let html = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Exported Data</title></head><body>
<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">Frontline Watch</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message1"><div class="body details">Channel created</div></div>
<div class="message default clearfix" id="message2"><div class="body"><div class="pull_right date details" title="07.03.2025 08:15:00 UTC+02:00">08:15</div>
<div class="from_name">Frontline Watch</div><div class="text">Overnight, <strong>14 drones</strong> were shot down.<br>More later.</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body"><div class="pull_right date details" title="07.03.2025 09:00:00 UTC+02:00">09:00</div>
<div class="forwarded body"><div class="from_name">Ridge Monitor <span class="date details">07.03.2025 08:50:00</span></div><div class="text">The bridge is closed.</div></div></div></div>
</div></div></div></body></html>"#;
        let skipped = Skipped::default();
        let items = html_messages(Path::new("messages.html"), html, &skipped);
        let records: Vec<&Record> = items.iter().map(|i| i.as_ref().unwrap()).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].text,
            "Overnight, 14 drones were shot down.\nMore later."
        );
        assert_eq!(records[0].external_id.as_deref(), Some("Frontline Watch/2"));
        assert_eq!(
            records[0].published.unwrap().to_string(),
            "2025-03-07 08:15:00"
        );
        assert_eq!(records[1].text, "The bridge is closed.");
        assert!(records[1]
            .reposted_from
            .as_deref()
            .unwrap()
            .starts_with("Ridge Monitor"));
        assert_eq!(skipped.total(), 1);
    }
}
