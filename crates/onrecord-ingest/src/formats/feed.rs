//! Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, one record per `<item>` or `<entry>`.
//!
//! Owns reading a feed with quick-xml as a stream of events: the feed's title becomes every item's
//! source; an item's full content (`content:encoded`, Atom `content`) is preferred to its summary
//! (`description`, `summary`), and either is HTML turned into paragraphs; the item's date, link,
//! author and guid (the `external_id`: a re-published item with new text replaces the old one)
//! come along. A feed that declares a non-UTF-8 encoding is transcoded first (read whole, up to the
//! record limit); UTF-8 feeds stream, one item in memory at a time, and no single XML event may
//! exceed the record limit. Malformed XML ends the feed with an error naming the byte offset; the
//! items before it go in. It never panics.

use std::io::{self, BufRead, Cursor, Read};
use std::path::{Path, PathBuf};

use encoding_rs::UTF_8;
use onrecord_model::Lang;
use quick_xml::events::Event;
use quick_xml::Reader;

use super::html::{collapse, fragment_text};
use super::{read_bounded, stem, Records};
use crate::encoding::{declared_charset, decode_document};
use crate::{parse_published, IngestError, Location, Record, MAX_RECORD_BYTES};

pub(super) fn read(path: &Path, mut reader: impl BufRead + Send + 'static) -> Records {
    let head = reader.fill_buf().map(|h| h.to_vec()).unwrap_or_default();
    let declared = declared_charset(&head);
    if declared.is_some_and(|e| e != UTF_8) {
        let bytes = match read_bounded(path, reader) {
            Ok(bytes) => bytes,
            Err(error) => return super::single_error(error),
        };
        let (text, _) = decode_document(&bytes, None);
        return Box::new(FeedRecords::new(path, Cursor::new(text.into_bytes())));
    }
    Box::new(FeedRecords::new(path, reader))
}

/// Refuses to hand out more than a record's worth of bytes between two resets, so one endless
/// XML event cannot take all memory.
struct Budget<R> {
    inner: R,
    used: u64,
}

impl<R: BufRead> Read for Budget<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Budget<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.used > MAX_RECORD_BYTES {
            return Err(io::Error::other(format!(
                "one XML element is larger than {} MiB",
                MAX_RECORD_BYTES >> 20
            )));
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.used += amount as u64;
        self.inner.consume(amount);
    }
}

#[derive(Default)]
struct Item {
    title: String,
    link: Option<String>,
    content: String,
    summary: String,
    published: Option<String>,
    updated: Option<String>,
    guid: Option<String>,
    author: Option<String>,
    /// The field text is going to, with the stack depth it was opened at.
    field: Option<(Field, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Title,
    Link,
    Content,
    Summary,
    Published,
    Updated,
    Guid,
    Author,
}

struct FeedRecords<R: BufRead> {
    path: PathBuf,
    stem: String,
    reader: Reader<Budget<R>>,
    buffer: Vec<u8>,
    /// Local names of the open elements.
    stack: Vec<String>,
    root_seen: bool,
    feed_title: Option<String>,
    reading_feed_title: Option<usize>,
    /// The channel's `<language>` (RSS) or the root's `xml:lang` (Atom).
    feed_lang: Option<String>,
    reading_feed_lang: Option<usize>,
    item: Option<(Item, usize)>,
    items: u64,
    done: bool,
}

impl<R: BufRead> FeedRecords<R> {
    fn new(path: &Path, reader: R) -> Self {
        let mut reader = Reader::from_reader(Budget {
            inner: reader,
            used: 0,
        });
        reader.config_mut().check_end_names = true;
        FeedRecords {
            path: path.to_path_buf(),
            stem: stem(path),
            reader,
            buffer: Vec::new(),
            stack: Vec::new(),
            root_seen: false,
            feed_title: None,
            reading_feed_title: None,
            feed_lang: None,
            reading_feed_lang: None,
            item: None,
            items: 0,
            done: false,
        }
    }

    fn error(&self, message: impl Into<String>) -> IngestError {
        IngestError::new(&self.path, message).at(Location::Byte(self.reader.buffer_position()))
    }

    fn append(&mut self, text: &str) {
        if self.reading_feed_lang.is_some() {
            self.feed_lang
                .get_or_insert_with(String::new)
                .push_str(text.trim());
        }
        if let Some(depth) = self.reading_feed_title {
            if depth <= self.stack.len() {
                self.feed_title
                    .get_or_insert_with(String::new)
                    .push_str(text);
            }
        }
        let Some((item, _)) = self.item.as_mut() else {
            return;
        };
        let Some((field, _)) = item.field else {
            return;
        };
        let target = match field {
            Field::Title => &mut item.title,
            Field::Content => &mut item.content,
            Field::Summary => &mut item.summary,
            Field::Link => item.link.get_or_insert_with(String::new),
            Field::Published => item.published.get_or_insert_with(String::new),
            Field::Updated => item.updated.get_or_insert_with(String::new),
            Field::Guid => item.guid.get_or_insert_with(String::new),
            Field::Author => item.author.get_or_insert_with(String::new),
        };
        if target.len() < MAX_RECORD_BYTES as usize {
            target.push_str(text);
        }
    }

    fn finish_item(&mut self, item: Item) -> Option<Result<Record, IngestError>> {
        self.items += 1;
        let html = if item.content.trim().is_empty() {
            &item.summary
        } else {
            &item.content
        };
        let text = fragment_text(html);
        if text.trim().is_empty() {
            return Some(Err(IngestError::new(
                &self.path,
                "feed item has no content or summary",
            )
            .at(Location::Record(self.items))
            .hint("the item is skipped; fetch the linked page as HTML to read it")));
        }
        let published = item
            .published
            .as_deref()
            .or(item.updated.as_deref())
            .and_then(|d| parse_published(d.trim()));
        let clean = |s: Option<String>| s.map(|s| collapse(&s)).filter(|s| !s.is_empty());
        let link = clean(item.link);
        let guid = clean(item.guid).or_else(|| link.clone());
        Some(Ok(Record {
            name: format!("{}:{}", self.stem, self.items),
            text,
            source: self
                .feed_title
                .as_deref()
                .map(collapse)
                .filter(|s| !s.is_empty()),
            url: link,
            title: clean(Some(fragment_text(&item.title))),
            author: clean(item.author),
            published,
            lang: self
                .feed_lang
                .as_deref()
                .map(Lang::from_tag)
                .filter(|lang| *lang != Lang::Other),
            reposted_from: None,
            external_id: guid,
        }))
    }

    fn start(&mut self, name: String, attributes: Vec<(String, String)>, empty: bool) {
        let depth = self.stack.len();
        let attr = |key: &str| {
            attributes
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        };
        if let Some((item, item_depth)) = self.item.as_mut() {
            if let Some((Field::Content | Field::Summary, _)) = item.field {
                // Atom xhtml content: keep the markup so paragraphs survive.
                let target = match item.field {
                    Some((Field::Content, _)) => &mut item.content,
                    _ => &mut item.summary,
                };
                target.push('<');
                target.push_str(&name);
                target.push('>');
                if empty {
                    target.push_str(&format!("</{name}>"));
                }
                return;
            }
            if depth == *item_depth + 1 {
                let field = match name.as_str() {
                    "title" => Some(Field::Title),
                    "link" => {
                        let rel = attr("rel").unwrap_or_else(|| "alternate".into());
                        match attr("href") {
                            Some(href) if rel == "alternate" => {
                                item.link = Some(href);
                                None
                            }
                            Some(_) => None,
                            None => Some(Field::Link),
                        }
                    }
                    "encoded" | "content" => Some(Field::Content),
                    "description" | "summary" => Some(Field::Summary),
                    "pubdate" | "published" | "date" | "issued" => Some(Field::Published),
                    "updated" | "modified" => Some(Field::Updated),
                    "guid" | "id" => Some(Field::Guid),
                    "author" | "creator" => Some(Field::Author),
                    _ => None,
                };
                if let Some(field) = field {
                    if field == Field::Author && item.author.is_some() {
                        return;
                    }
                    if !empty {
                        item.field = Some((field, depth));
                    }
                }
            } else if depth == *item_depth + 2 && name == "name" {
                // Atom: <author><name>...</name></author>
                if let Some((Field::Author, _)) = item.field {
                    item.author = Some(String::new());
                }
            }
            return;
        }
        match name.as_str() {
            "item" | "entry" => self.item = Some((Item::default(), depth)),
            "title" if self.feed_title.is_none() && depth <= 2 => {
                self.reading_feed_title = Some(depth);
            }
            "language" if self.feed_lang.is_none() && depth <= 2 => {
                self.reading_feed_lang = Some(depth);
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) -> Option<Result<Record, IngestError>> {
        // The depth the closing element was opened at.
        let depth = self.stack.len().saturating_sub(1);
        if self.reading_feed_lang == Some(depth) {
            self.reading_feed_lang = None;
        }
        if self.reading_feed_title == Some(depth) {
            self.reading_feed_title = None;
            if self.feed_title.is_none() {
                self.feed_title = Some(String::new());
            }
        }
        let (item, item_depth) = self.item.as_mut()?;
        if depth == *item_depth {
            let (item, _) = self.item.take()?;
            return self.finish_item(item);
        }
        if let Some((field, field_depth)) = item.field {
            if depth == field_depth {
                item.field = None;
            } else if matches!(field, Field::Content | Field::Summary) {
                let target = if field == Field::Content {
                    &mut item.content
                } else {
                    &mut item.summary
                };
                target.push_str(&format!("</{name}>"));
            }
        }
        None
    }
}

fn local_name(qualified: &str) -> String {
    qualified
        .rsplit(':')
        .next()
        .unwrap_or(qualified)
        .to_ascii_lowercase()
}

impl<R: BufRead> Iterator for FeedRecords<R> {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buffer.clear();
            self.reader.get_mut().used = 0;
            let event = match self.reader.read_event_into(&mut self.buffer) {
                Ok(event) => event.into_owned(),
                Err(error) => {
                    self.done = true;
                    let message = if self.root_seen {
                        format!("malformed XML: {error}")
                    } else {
                        format!("not XML: {error}")
                    };
                    return Some(Err(self.error(message).hint(if self.items > 0 {
                        "the items before this point went in; fix or re-download the feed"
                    } else {
                        "check that this is an RSS or Atom feed (not an HTML page: use --input-format html)"
                    })));
                }
            };
            match event {
                Event::Start(element) | Event::Empty(element) if !self.root_seen => {
                    self.root_seen = true;
                    let name = local_name(element.name().as_ref());
                    if !matches!(name.as_str(), "rss" | "feed" | "rdf") {
                        self.done = true;
                        return Some(Err(self
                            .error(format!("not a feed: the root element is <{name}>, not <rss>, <feed> or <rdf:RDF>"))
                            .hint("check that this is an RSS or Atom feed; an HTML page needs --input-format html")));
                    }
                    self.feed_lang = attributes_of(&element)
                        .into_iter()
                        .find(|(key, _)| key == "lang")
                        .map(|(_, value)| value);
                    self.stack.push(name);
                }
                Event::Start(element) => {
                    let name = local_name(element.name().as_ref());
                    let attributes = attributes_of(&element);
                    self.start(name.clone(), attributes, false);
                    self.stack.push(name);
                }
                Event::Empty(element) => {
                    let name = local_name(element.name().as_ref());
                    let attributes = attributes_of(&element);
                    self.start(name, attributes, true);
                }
                Event::End(element) => {
                    let name = local_name(element.name().as_ref());
                    let record = self.end(&name);
                    self.stack.pop();
                    if let Some(record) = record {
                        return Some(record);
                    }
                }
                Event::Text(text) => {
                    let text = text.xml10_content().into_owned();
                    self.append(&text);
                }
                Event::CData(data) => {
                    let text = data.xml10_content().into_owned();
                    self.append(&text);
                }
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(ch)) => Some(ch.to_string()),
                        _ => {
                            let name: &str = reference.as_ref();
                            quick_xml::escape::resolve_predefined_entity(name)
                                .or_else(|| html_entity(name))
                                .map(String::from)
                        }
                    };
                    if let Some(text) = resolved {
                        self.append(&text);
                    }
                }
                Event::Eof => {
                    self.done = true;
                    if !self.root_seen {
                        return Some(Err(self
                            .error("not a feed: no <rss>, <feed> or <rdf:RDF> root element")
                            .hint("check that this is an RSS or Atom feed; an HTML page needs --input-format html")));
                    }
                    if !self.stack.is_empty() {
                        return Some(Err(self
                            .error("the feed ends before its last element closes (truncated?)")
                            .hint("re-download the feed; the complete items before this point went in")));
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// The HTML entities feeds use without declaring them (XML knows only five).
fn html_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "nbsp" => "\u{a0}",
        "mdash" => "—",
        "ndash" => "–",
        "laquo" => "«",
        "raquo" => "»",
        "ldquo" => "“",
        "rdquo" => "”",
        "lsquo" => "‘",
        "rsquo" => "’",
        "bdquo" => "„",
        "hellip" => "…",
        "copy" => "©",
        "shy" => "\u{ad}",
        _ => return None,
    })
}

fn attributes_of(element: &quick_xml::events::BytesStart<'_>) -> Vec<(String, String)> {
    element
        .attributes()
        .flatten()
        .map(|a| {
            let key = local_name(a.key.as_ref());
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string());
            (key, value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> Vec<Result<Record, IngestError>> {
        read(Path::new("news.xml"), Cursor::new(input.to_vec())).collect()
    }

    #[test]
    fn rss_items_prefer_full_content() {
        let rss = br#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Ridge Monitor</title><link>https://ridge.example/</link>
<item><title>Bridge closed &amp; guarded</title><link>https://ridge.example/1</link>
<guid isPermaLink="false">ridge-1</guid><pubDate>Fri, 07 Mar 2025 08:15:00 +0200</pubDate>
<dc:creator>Ana Vell</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>First paragraph, in full.</p><p>"We hold," the mayor said.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://ridge.example/2</link><description>&lt;p&gt;Only a summary &amp;amp; no more.&lt;/p&gt;</description></item>
</channel></rss>"#;
        let items = read_all(rss);
        let first = items[0].as_ref().unwrap();
        assert_eq!(
            first.text,
            "First paragraph, in full.\n\n\"We hold,\" the mayor said."
        );
        assert_eq!(first.title.as_deref(), Some("Bridge closed & guarded"));
        assert_eq!(first.source.as_deref(), Some("Ridge Monitor"));
        assert_eq!(first.url.as_deref(), Some("https://ridge.example/1"));
        assert_eq!(first.external_id.as_deref(), Some("ridge-1"));
        assert_eq!(first.author.as_deref(), Some("Ana Vell"));
        assert_eq!(first.published.unwrap().to_string(), "2025-03-07 08:15:00");
        let second = items[1].as_ref().unwrap();
        assert_eq!(second.text, "Only a summary & no more.");
        assert_eq!(
            second.external_id.as_deref(),
            Some("https://ridge.example/2")
        );
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn atom_entries() {
        let atom = br#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="text">Harbour Wire</title>
<entry><title>Talks</title><link rel="alternate" href="https://hw.example/t"/><link rel="self" href="https://hw.example/t.atom"/>
<id>tag:hw.example,2025:1</id><published>2025-03-07T08:15:00Z</published><updated>2025-03-08T00:00:00Z</updated>
<author><name>Lena Ortis</name></author><summary>Sum.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content></entry>
</feed>"#;
        let items = read_all(atom);
        let entry = items[0].as_ref().unwrap();
        assert_eq!(entry.text, "One.\n\nTwo.");
        assert_eq!(entry.url.as_deref(), Some("https://hw.example/t"));
        assert_eq!(entry.author.as_deref(), Some("Lena Ortis"));
        assert_eq!(entry.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(entry.lang, Some(Lang::En));
        assert_eq!(entry.external_id.as_deref(), Some("tag:hw.example,2025:1"));
        assert_eq!(entry.published.unwrap().to_string(), "2025-03-07 08:15:00");
    }

    #[test]
    fn windows_1251_feed_is_transcoded() {
        let body = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Новости</title><language>ru-RU</language><item><title>Т</title><description>Министр заявил, что всё спокойно.</description></item></channel></rss>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(body);
        let items = read_all(&bytes);
        let item = items[0].as_ref().unwrap();
        assert_eq!(item.text, "Министр заявил, что всё спокойно.");
        assert_eq!(item.source.as_deref(), Some("Новости"));
        assert_eq!(item.lang, Some(Lang::Ru));
    }

    #[test]
    fn not_xml_and_truncated_feeds_are_errors() {
        let items = read_all(b"this is not a feed at all");
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not a feed"));
        let items = read_all(b"<html><body>page</body></html>");
        assert!(items[0].is_err());
        let items = read_all(b"<rss><channel><title>T</title><item><title>a</title><description>one</description></item><item><title>b</title><descr");
        assert!(items[0].is_ok());
        assert!(items.last().unwrap().is_err());
    }
}
