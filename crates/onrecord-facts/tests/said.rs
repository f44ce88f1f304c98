//! Data-driven cases for `said_time` (`tests/fixtures/said.txt`): when a statement was made.
//!
//! Format, one case per block (statements are described by hand, so these cases do not depend on
//! the statement extractor):
//! ```text
//! @published 2025-03-08          sets the publication date for the cases that follow
//! > text of the case             the document text (one line)
//! cue "SURFACE" [N]              the statement's cue (the N-th occurrence of SURFACE, default 1)
//! speaker "SURFACE" [N]          the speaker's mention (optional)
//! content "SURFACE" [N]          what was said
//! piece "SURFACE" [N]            a piece of a split quote (repeatable; replaces content's role)
//! said "SURFACE" [N]             the expected saying time overlaps SURFACE
//! said none                      no saying time
//! ```

use chrono::NaiveDate;
use onrecord_facts::{extract_facts, said_time};
use onrecord_model::{EntityKind, FactKind, Span, Speaker, Statement, StatementKind};

mod support;

use support::document;

/// The code-point span of the `nth` (1-based) occurrence of `surface` in `text`.
fn find(text: &str, surface: &str, nth: usize) -> Result<Span, String> {
    let mut from = 0;
    let mut byte = None;
    for _ in 0..nth.max(1) {
        let at = text[from..]
            .find(surface)
            .ok_or_else(|| format!("surface {surface:?} ({nth}) not in text"))?;
        byte = Some(from + at);
        from += at + surface.len().max(1);
    }
    let byte = byte.ok_or("empty")?;
    let start = text[..byte].chars().count();
    Ok(Span::new(start, start + surface.chars().count()))
}

/// `"SURFACE" [N]` → (surface, n).
fn surface_arg(rest: &str) -> Result<(String, usize), String> {
    let rest = rest.trim().strip_prefix('"').ok_or("no surface")?;
    let (surface, tail) = rest.rsplit_once('"').ok_or("unclosed surface")?;
    let n = match tail.trim() {
        "" => 1,
        n => n.parse().map_err(|_| format!("bad occurrence {n:?}"))?,
    };
    Ok((surface.to_string(), n))
}

#[derive(Default)]
struct Case {
    text: String,
    cue: Option<Span>,
    speaker: Option<Span>,
    content: Option<Span>,
    pieces: Vec<Span>,
}

impl Case {
    fn statement(&self) -> Statement {
        let content = self
            .content
            .or_else(|| {
                let first = self.pieces.first()?;
                let last = self.pieces.last()?;
                Some(Span::new(first.start, last.end))
            })
            .unwrap_or(Span::new(0, 0));
        Statement {
            kind: StatementKind::Indirect,
            content,
            pieces: self.pieces.clone(),
            speaker: self.speaker.map(|span| Speaker {
                mention: String::new(),
                mention_span: Some(span),
                name: String::new(),
                kind: EntityKind::Person,
                aliases: Vec::new(),
            }),
            cue: self.cue,
            hedged: false,
            rule: "test".into(),
        }
    }
}

fn check(case: &Case, published: Option<NaiveDate>, expect: &str) -> Result<(), String> {
    let facts = extract_facts(&document(&case.text, published));
    let got = said_time(&case.text, &case.statement(), &facts);
    if let Some(fact) = got {
        if !matches!(fact.kind, FactKind::Time(_)) {
            return Err(format!("not a time: {fact:?}"));
        }
    }
    let chars: Vec<char> = case.text.chars().collect();
    let surface_of = |span: Span| -> String { chars[span.start..span.end].iter().collect() };
    if expect.trim() == "none" {
        return match got {
            None => Ok(()),
            Some(f) => Err(format!("unexpected saying time {:?}", surface_of(f.span))),
        };
    }
    let (surface, n) = surface_arg(expect)?;
    let want = find(&case.text, &surface, n)?;
    match got {
        Some(f) if f.span.overlaps(want) => Ok(()),
        Some(f) => Err(format!(
            "wrong saying time {:?}, want {surface:?}",
            surface_of(f.span)
        )),
        None => Err(format!("missing saying time {surface:?}")),
    }
}

#[test]
fn said_time_fixtures() {
    let path = format!("{}/tests/fixtures/said.txt", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("fixture file");
    let mut published = None;
    let mut case = Case::default();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (number, line) in data.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |e: String| format!("line {}: {e}\n    in: {}", number + 1, case.text);
        if let Some(date) = line.strip_prefix("@published ") {
            published = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok();
            continue;
        }
        if let Some(t) = line.strip_prefix("> ") {
            case = Case {
                text: t.to_string(),
                ..Case::default()
            };
            continue;
        }
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        let span = |rest: &str| surface_arg(rest).and_then(|(s, n)| find(&case.text, &s, n));
        let result = match key {
            "cue" => span(rest).map(|s| case.cue = Some(s)),
            "speaker" => span(rest).map(|s| case.speaker = Some(s)),
            "content" => span(rest).map(|s| case.content = Some(s)),
            "piece" => span(rest).map(|s| case.pieces.push(s)),
            "said" => {
                cases += 1;
                check(&case, published, rest)
            }
            _ => Err(format!("unknown line {line:?}")),
        };
        if let Err(e) = result {
            failures.push(at(e));
        }
    }
    assert!(cases > 0, "no cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
