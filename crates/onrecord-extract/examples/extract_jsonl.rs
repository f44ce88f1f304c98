//! Throwaway scorer driver until `onrecord extract` exists: prints FORMAT.md JSONL for each file.
use onrecord_model::{Document, EntityKind, Lang};

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("read");
        let stem = std::path::Path::new(&path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let doc = Document {
            id: stem.clone(),
            content_hash: String::new(),
            name: stem.clone(),
            source: None,
            url: None,
            title: None,
            author: None,
            published: None,
            lang: Lang::En,
            text: text.clone(),
            reposted_from: None,
            external_id: None,
        };
        for s in onrecord_extract::extract(&doc) {
            let row = serde_json::json!({
                "doc": stem,
                "kind": s.kind.as_str(),
                "content": slice(&text, s.content.start, s.content.end),
                "start": s.content.start,
                "end": s.content.end,
                "speaker": s.speaker.as_ref().map(|sp| serde_json::json!({"text": sp.mention, "name": sp.name, "anonymous": sp.kind == EntityKind::Anonymous})),
                "cue": s.cue.map(|c| serde_json::json!({"text": slice(&text, c.start, c.end)})),
                "hedged": s.hedged,
                "rule": s.rule,
            });
            println!("{row}");
        }
    }
}
