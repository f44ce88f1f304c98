//! Plain text with optional front matter (`---`, `key: value` lines, `---`) and an optional
//! `STEM.meta.json` sidecar (`{"published", "source", "lang", "title", "url"}`), as the evaluation
//! corpora use.

use std::io::Read;
use std::path::{Path, PathBuf};

use onrecord_model::Lang;

use super::{decode_utf8, read_bounded, stem, Records};
use crate::{parse_published, IngestError, Location, Record};

pub(super) fn read(path: &Path, reader: impl Read, sidecar: Option<PathBuf>) -> Records {
    Box::new(std::iter::once(read_one(path, reader, sidecar)))
}

fn read_one(
    path: &Path,
    reader: impl Read,
    sidecar: Option<PathBuf>,
) -> Result<Record, IngestError> {
    let text = decode_utf8(path, read_bounded(path, reader)?)?;
    let mut record = Record {
        name: stem(path),
        ..Record::default()
    };
    if let Some(sidecar) = sidecar.filter(|p| p.is_file()) {
        apply_sidecar(&sidecar, &mut record)?;
    }
    let body = match split_front_matter(&text) {
        Some((fields, body)) => {
            for (line, key, value) in fields {
                apply_field(&mut record, key, value)
                    .map_err(|message| IngestError::new(path, message).at(Location::Line(line)))?;
            }
            body.to_string()
        }
        None => text,
    };
    record.text = body;
    Ok(record)
}

/// Splits `---\nkey: value\n---\n` from the top of a text; `None` when the text has no front matter.
/// Each field comes with its 1-based line number.
/// One `key: value` line of front matter with its 1-based line number.
type Field<'a> = (u64, &'a str, &'a str);

fn split_front_matter(text: &str) -> Option<(Vec<Field<'_>>, &str)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut fields = Vec::new();
    let mut offset = 0;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        offset += line.len();
        let trimmed = line.trim_end();
        if trimmed == "---" {
            return Some((fields, &rest[offset..]));
        }
        let (key, value) = trimmed.split_once(':')?;
        let key = key.trim();
        if key.is_empty() || key.contains(' ') {
            return None;
        }
        fields.push((index as u64 + 2, key, value.trim()));
    }
    None
}

fn apply_field(record: &mut Record, key: &str, value: &str) -> Result<(), String> {
    let value = value.trim_matches('"');
    let text = || (!value.is_empty()).then(|| value.to_string());
    match key {
        "published" | "date" => {
            record.published = Some(parse_published(value).ok_or_else(|| {
                format!("front matter `{key}: {value}` is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
            })?)
        }
        "source" => record.source = text(),
        "title" => record.title = text(),
        "url" => record.url = text(),
        "author" => record.author = text(),
        "lang" => record.lang = Some(Lang::from_tag(value)),
        "reposted_from" => record.reposted_from = text(),
        _ => {}
    }
    Ok(())
}

fn apply_sidecar(sidecar: &Path, record: &mut Record) -> Result<(), IngestError> {
    let bytes = std::fs::read(sidecar)
        .map_err(|e| IngestError::new(sidecar, format!("cannot read: {e}")))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|error| {
        IngestError::new(sidecar, format!("not valid JSON: {error}"))
            .at(Location::Line(error.line() as u64))
            .hint("fix or remove the .meta.json file beside the text")
    })?;
    let Some(fields) = value.as_object() else {
        return Err(IngestError::new(sidecar, "expected a JSON object"));
    };
    for (key, value) in fields {
        if let Some(value) = value.as_str() {
            apply_field(record, key, value)
                .map_err(|message| IngestError::new(sidecar, message))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_parsed_and_stripped() {
        let input =
            "---\npublished: 2025-06-03T08:15\nsource: Ridge Monitor\n---\nBody \"quoted\".\n";
        let record = read_one(Path::new("a/b.txt"), input.as_bytes(), None).unwrap();
        assert_eq!(record.name, "b");
        assert_eq!(record.text, "Body \"quoted\".\n");
        assert_eq!(record.source.as_deref(), Some("Ridge Monitor"));
        assert_eq!(record.published.unwrap().to_string(), "2025-06-03 08:15:00");
    }

    #[test]
    fn text_without_front_matter_is_kept_whole() {
        for input in [
            "---\nnot front matter at all\n",
            "Just text: with a colon\n---\n",
            "",
        ] {
            let record = read_one(Path::new("x.txt"), input.as_bytes(), None).unwrap();
            assert_eq!(record.text, input);
        }
    }

    #[test]
    fn bad_date_names_the_line() {
        let input = "---\nsource: X\npublished: soon\n---\nBody\n";
        let error = read_one(Path::new("x.txt"), input.as_bytes(), None).unwrap_err();
        assert_eq!(error.location, Some(Location::Line(3)));
        assert!(error.message.contains("not a date"), "{error}");
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let error = read_one(Path::new("x.txt"), &b"ok \xff bad"[..], None).unwrap_err();
        assert_eq!(error.location, Some(Location::Byte(3)));
    }

    #[test]
    fn sidecar_supplies_metadata() {
        let dir = tempfile::tempdir().unwrap();
        let sidecar = dir.path().join("d01.meta.json");
        std::fs::write(
            &sidecar,
            r#"{"published": "2025-03-07", "source": "Wire", "lang": "uk"}"#,
        )
        .unwrap();
        let record = read_one(&dir.path().join("d01.txt"), &b"Text"[..], Some(sidecar)).unwrap();
        assert_eq!(record.source.as_deref(), Some("Wire"));
        assert_eq!(record.lang, Some(Lang::Uk));
        assert_eq!(record.published.unwrap().to_string(), "2025-03-07 00:00:00");
    }
}
