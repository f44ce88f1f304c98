//! `Record` (what a reader found) and its turning into a `Document`: content hash, short id, language.
//! Never changes the text: offsets must match what the user sees in the source.

use chrono::NaiveDateTime;
use onrecord_model::{Document, Lang};

/// One document as a reader found it, before hashing and language detection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// A human name: the file stem, or `stem:N` for the N-th record of a container.
    pub name: String,
    pub text: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<NaiveDateTime>,
    pub lang: Option<Lang>,
    pub reposted_from: Option<String>,
    /// The record's identity at its source, for edits (see `Document::external_id`).
    pub external_id: Option<String>,
}

/// The content hash: BLAKE3 over the text with whitespace runs folded to one space and the ends
/// trimmed, so re-wrapped or re-indented copies of the same text are the same document.
pub fn content_hash(text: &str) -> String {
    // The words joined by single spaces, hashed in one call: blake3 is slow fed a word at a time.
    let mut normalised = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !normalised.is_empty() {
            normalised.push(' ');
        }
        normalised.push_str(word);
    }
    blake3::hash(normalised.as_bytes()).to_hex().to_string()
}

/// Length of the short document id (hex characters of the content hash).
const ID_LEN: usize = 12;

/// Turns a record into a document: hash, id, and language (detected when the input gave none).
/// The text is kept exactly as read so that offsets match what the user sees in the source.
pub fn into_document(record: Record) -> Document {
    let content_hash = content_hash(&record.text);
    let lang = record
        .lang
        .filter(|lang| *lang != Lang::Other)
        .unwrap_or_else(|| Lang::detect(&record.text));
    Document {
        id: content_hash[..ID_LEN].to_string(),
        content_hash,
        name: record.name,
        source: record.source,
        url: record.url,
        title: record.title,
        author: record.author,
        published: record.published,
        lang,
        text: record.text,
        reposted_from: record.reposted_from,
        external_id: record.external_id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_does_not_change_the_hash() {
        assert_eq!(content_hash("a  b\n c "), content_hash("a b c"));
        assert_ne!(content_hash("a b c"), content_hash("a b d"));
    }

    #[test]
    fn document_keeps_text_and_detects_language() {
        let document = into_document(Record {
            name: "x".into(),
            text: " Он сказал. ".into(),
            ..Record::default()
        });
        assert_eq!(document.text, " Он сказал. ");
        assert_eq!(document.lang, Lang::Ru);
        assert_eq!(document.id.len(), ID_LEN);
    }
}
