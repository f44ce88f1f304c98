//! JSON Lines: one document per line, `{"text", "url"?, "title"?, "published"?, "source"?, "lang"?,
//! "author"?, "id"?, "reposted_from"?}`. A bad line is an error item naming its line; the other lines
//! still go in.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use onrecord_model::Lang;
use serde::Deserialize;

use super::{stem, Records};
use crate::{parse_published, IngestError, Location, Record, MAX_RECORD_BYTES};

#[derive(Deserialize)]
struct Line {
    text: String,
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    author: Option<String>,
    published: Option<String>,
    source: Option<String>,
    lang: Option<String>,
    reposted_from: Option<String>,
}

pub(super) fn read(path: &Path, reader: impl BufRead + Send + 'static) -> Records {
    Box::new(JsonlRecords {
        path: path.to_path_buf(),
        stem: stem(path),
        reader,
        line: 0,
        buffer: Vec::new(),
        done: false,
    })
}

struct JsonlRecords<R> {
    path: PathBuf,
    stem: String,
    reader: R,
    line: u64,
    buffer: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Result<Record, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buffer.clear();
            self.line += 1;
            let read = std::io::Read::take(&mut self.reader, MAX_RECORD_BYTES + 1)
                .read_until(b'\n', &mut self.buffer);
            match read {
                Ok(0) => self.done = true,
                Ok(_)
                    if self.buffer.len() as u64 > MAX_RECORD_BYTES
                        && !self.buffer.ends_with(b"\n") =>
                {
                    self.done = true;
                    return Some(Err(self.error("line longer than the record limit").hint(
                        "split the record, or check that the file really is JSON Lines",
                    )));
                }
                Ok(_) => {
                    if self.buffer.trim_ascii().is_empty() {
                        continue;
                    }
                    return Some(self.parse_line());
                }
                Err(error) => {
                    self.done = true;
                    return Some(Err(self.error(format!("cannot read: {error}"))));
                }
            }
        }
        None
    }
}

impl<R> JsonlRecords<R> {
    fn error(&self, message: impl Into<String>) -> IngestError {
        IngestError::new(&self.path, message).at(Location::Line(self.line))
    }

    fn parse_line(&self) -> Result<Record, IngestError> {
        let line: Line = serde_json::from_slice(&self.buffer).map_err(|error| {
            self.error(format!("not a JSON object with a \"text\" string: {error}"))
                .hint("each line must be one JSON object such as {\"text\": \"...\", \"published\": \"2025-03-07\"}")
        })?;
        let published = match line.published.as_deref().filter(|p| !p.is_empty()) {
            Some(value) => Some(parse_published(value).ok_or_else(|| {
                self.error(format!("\"published\": {value:?} is not a date"))
                    .hint("use YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339")
            })?),
            None => None,
        };
        Ok(Record {
            name: line
                .id
                .unwrap_or_else(|| format!("{}:{}", self.stem, self.line)),
            text: line.text,
            source: line.source,
            url: line.url,
            title: line.title,
            author: line.author,
            published,
            lang: line.lang.as_deref().map(Lang::from_tag),
            reposted_from: line.reposted_from,
            external_id: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &'static str) -> Vec<Result<Record, IngestError>> {
        read(Path::new("posts.jsonl"), input.as_bytes()).collect()
    }

    #[test]
    fn good_lines_survive_a_bad_one() {
        let items = read_all("{\"text\": \"one\", \"source\": \"A\"}\nnot json\n\n{\"text\": \"three\", \"published\": \"2025-06-01\"}\n");
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].as_ref().unwrap().name, "posts:1");
        let error = items[1].as_ref().unwrap_err();
        assert_eq!(error.location, Some(Location::Line(2)));
        let third = items[2].as_ref().unwrap();
        assert_eq!(
            (third.name.as_str(), third.text.as_str()),
            ("posts:4", "three")
        );
    }

    #[test]
    fn missing_text_and_bad_dates_are_errors() {
        let items = read_all("{\"url\": \"x\"}\n{\"text\": \"t\", \"published\": \"later\"}");
        assert!(items[0].as_ref().unwrap_err().message.contains("text"));
        assert!(items[1]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not a date"));
    }

    #[test]
    fn ids_name_records() {
        let items = read_all("{\"text\": \"t\", \"id\": \"post-7\", \"lang\": \"ru\"}");
        let record = items[0].as_ref().unwrap();
        assert_eq!(record.name, "post-7");
        assert_eq!(record.lang, Some(Lang::Ru));
    }
}
