//! Prints the facts of text files as `extract --facts --format jsonl` lines, reading the publication
//! date from a sibling `<stem>.meta.json` when there is one.
//!
//! `cargo run --release -p onrecord-facts --example facts_jsonl -- FILE...`

use std::path::Path;

use onrecord_model::{Document, Lang};

fn main() {
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("error: cannot read {arg}");
            continue;
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let meta = path.with_extension("meta.json");
        let published = std::fs::read_to_string(&meta)
            .ok()
            .and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
            .and_then(|v| {
                v.get("published")
                    .and_then(|p| p.as_str())
                    .map(str::to_string)
            })
            .and_then(|p| chrono::NaiveDate::parse_from_str(&p[..10.min(p.len())], "%Y-%m-%d").ok())
            .and_then(|d| d.and_hms_opt(0, 0, 0));
        let document = Document {
            id: stem.clone(),
            content_hash: String::new(),
            name: stem.clone(),
            source: None,
            url: None,
            title: None,
            author: None,
            published,
            lang: Lang::En,
            text,
            reposted_from: None,
            external_id: None,
        };
        let index = onrecord_model::CharIndex::new(&document.text);
        for fact in onrecord_facts::extract_facts(&document) {
            let mut value = serde_json::to_value(&fact.kind).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                object.insert("doc".into(), stem.clone().into());
                object.insert("start".into(), fact.span.start.into());
                object.insert("end".into(), fact.span.end.into());
                let surface =
                    &document.text[index.to_byte(fact.span.start)..index.to_byte(fact.span.end)];
                object.insert("surface".into(), surface.into());
            }
            println!("{value}");
        }
    }
}
