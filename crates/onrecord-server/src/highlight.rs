//! Marking up untrusted text without ever producing HTML: text is cut into plain segments that the
//! templates escape and wrap. Nothing here writes a tag.
//!
//! Two jobs: highlighting the query's words in a search hit, and laying a document's statements,
//! speakers, cues and facts over its text. Every offset from storage is clamped, so damaged spans
//! shift a highlight but never panic.

use onrecord_ledger::DocumentDetail;
use onrecord_model::{CharIndex, Span};
use serde::Serialize;

/// One run of text, marked or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// A search term: lowercased, optionally a prefix (`word*`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    word: String,
    prefix: bool,
}

fn terms(query: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut word = String::new();
    let mut chars = query.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
            if chars.peek().is_some_and(|n| !n.is_alphanumeric()) || chars.peek().is_none() {
                let prefix = chars.peek() == Some(&'*');
                terms.push(Term {
                    word: std::mem::take(&mut word),
                    prefix,
                });
            }
        }
    }
    terms.truncate(32);
    terms
}

/// Cuts `text` into segments, marking every word the query matches (whole words, or word starts for
/// `word*`), case-insensitively.
pub fn highlight(text: &str, query: Option<&str>) -> Vec<Segment> {
    let terms = query.map(terms).unwrap_or_default();
    if terms.is_empty() {
        return vec![Segment {
            text: text.to_string(),
            hit: false,
        }];
    }
    let mut segments: Vec<Segment> = Vec::new();
    let mut push = |piece: &str, hit: bool| {
        if piece.is_empty() {
            return;
        }
        match segments.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(piece),
            _ => segments.push(Segment {
                text: piece.to_string(),
                hit,
            }),
        }
    };
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        push(&rest[..start], false);
        rest = &rest[start..];
        let end = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let lower = word.to_lowercase();
        let hit = terms.iter().any(|term| {
            if term.prefix {
                lower.starts_with(&term.word)
            } else {
                lower == term.word
            }
        });
        push(word, hit);
        rest = &rest[end..];
    }
    segments
}

/// A piece of document text inside or outside a statement, possibly marked as a speaker mention,
/// a cue or a fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Piece {
    pub text: String,
    /// `speaker`, `cue`, `figure`, `time`, `place`, or empty for plain text.
    pub class: &'static str,
    /// What was resolved, shown on hover and focus.
    pub tip: String,
}

/// A stretch of a document's text: a statement (with its id) or the text between statements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub statement: Option<i64>,
    pub tip: String,
    pub pieces: Vec<Piece>,
}

struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    tip: String,
}

/// Lays statements, speaker mentions, cues and facts over the document's text.
pub fn document_blocks(detail: &DocumentDetail) -> Vec<Block> {
    let text = detail.document.text.as_deref().unwrap_or("");
    let index = CharIndex::new(text);
    let len = index.char_len();
    let clamp = |value: i64| -> usize { usize::try_from(value.max(0)).unwrap_or(0).min(len) };
    let slice = |start: usize, end: usize| index.slice(text, Span { start, end });

    // Statements: outer ranges, kept in order and without overlap.
    let mut statements: Vec<(usize, usize, i64, String)> = detail
        .statements
        .iter()
        .map(|s| {
            let tip = format!(
                "{} statement by {}{}{} — rule {}",
                s.kind,
                s.speaker.as_deref().unwrap_or("an unresolved speaker"),
                s.speaker_kind
                    .as_deref()
                    .map(|k| format!(" ({k})"))
                    .unwrap_or_default(),
                if s.hedged { ", hedged" } else { "" },
                s.rule
            );
            (clamp(s.start), clamp(s.end), s.id, tip)
        })
        .filter(|(start, end, _, _)| start < end)
        .collect();
    statements.sort_by_key(|(start, end, _, _)| (*start, *end));
    let mut kept: Vec<(usize, usize, i64, String)> = Vec::new();
    for statement in statements {
        if kept.last().is_none_or(|last| last.1 <= statement.0) {
            kept.push(statement);
        }
    }

    // Inner marks: facts, then speaker mentions and cues found near their statement.
    let mut marks: Vec<Mark> = Vec::new();
    for fact in &detail.facts {
        let (class, tip) = fact_tip(&fact.fact);
        marks.push(Mark {
            start: clamp(fact.start),
            end: clamp(fact.end),
            class,
            tip,
        });
    }
    for statement in &detail.statements {
        let near = (clamp(statement.start), clamp(statement.end));
        if let Some(mention) = statement.mention.as_deref() {
            if let Some((start, end)) = find_near(text, &index, mention, near) {
                let tip = format!(
                    "speaker: {}{}",
                    statement.speaker.as_deref().unwrap_or(mention),
                    statement
                        .speaker_kind
                        .as_deref()
                        .map(|k| format!(" ({k})"))
                        .unwrap_or_default()
                );
                marks.push(Mark {
                    start,
                    end,
                    class: "speaker",
                    tip,
                });
            }
        }
        if let Some(cue) = statement.cue.as_deref() {
            if let Some((start, end)) = find_near(text, &index, cue, near) {
                marks.push(Mark {
                    start,
                    end,
                    class: "cue",
                    tip: format!("cue: {cue}"),
                });
            }
        }
    }
    marks.retain(|m| m.start < m.end);
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut inner: Vec<Mark> = Vec::new();
    for mark in marks {
        if inner.last().is_none_or(|last| last.end <= mark.start) {
            inner.push(mark);
        }
    }

    // Cut the text at every boundary.
    let mut blocks: Vec<Block> = Vec::new();
    let mut position = 0;
    let mut outer = kept.into_iter().peekable();
    let emit =
        |blocks: &mut Vec<Block>, from: usize, to: usize, statement: Option<(i64, String)>| {
            if from >= to {
                return;
            }
            let mut pieces = Vec::new();
            let mut at = from;
            for mark in inner.iter().filter(|m| m.end > from && m.start < to) {
                let start = mark.start.max(from);
                let end = mark.end.min(to);
                if start > at {
                    pieces.push(Piece {
                        text: slice(at, start).to_string(),
                        class: "",
                        tip: String::new(),
                    });
                }
                pieces.push(Piece {
                    text: slice(start, end).to_string(),
                    class: mark.class,
                    tip: mark.tip.clone(),
                });
                at = end;
            }
            if at < to {
                pieces.push(Piece {
                    text: slice(at, to).to_string(),
                    class: "",
                    tip: String::new(),
                });
            }
            let (statement, tip) = match statement {
                Some((id, tip)) => (Some(id), tip),
                None => (None, String::new()),
            };
            blocks.push(Block {
                statement,
                tip,
                pieces,
            });
        };
    while position < len {
        match outer.next() {
            Some((start, end, id, tip)) => {
                emit(&mut blocks, position, start, None);
                emit(&mut blocks, start, end, Some((id, tip)));
                position = end;
            }
            None => {
                emit(&mut blocks, position, len, None);
                position = len;
            }
        }
    }
    blocks
}

/// Finds `needle` in the text closest to `near` (a statement's span), within a window around it.
fn find_near(
    text: &str,
    index: &CharIndex,
    needle: &str,
    near: (usize, usize),
) -> Option<(usize, usize)> {
    if needle.trim().is_empty() {
        return None;
    }
    const WINDOW: usize = 400;
    let from = index.to_byte(near.0.saturating_sub(WINDOW));
    let to = index.to_byte(near.1.saturating_add(WINDOW));
    let window = text.get(from..to)?;
    let anchor = index.to_byte(near.0).saturating_sub(from);
    let best = window
        .match_indices(needle)
        .map(|(offset, _)| offset)
        .filter(|offset| {
            // Not inside the statement's own content.
            let absolute = from + offset;
            absolute < index.to_byte(near.0) || absolute >= index.to_byte(near.1)
        })
        .min_by_key(|offset| offset.abs_diff(anchor))?;
    let start = index.to_char(from + best);
    let end = index.to_char(from + best + needle.len());
    Some((start, end))
}

/// The CSS class and the hover text for one stored fact (its FACTS.md shape).
fn fact_tip(fact: &serde_json::Value) -> (&'static str, String) {
    let get = |key: &str| -> String {
        match fact.get(key) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        }
    };
    match fact.get("type").and_then(|t| t.as_str()) {
        Some("figure") => {
            let (low, high) = (get("low"), get("high"));
            let range = if low == high {
                low
            } else {
                format!("{low}–{high}")
            };
            let counted = get("counted");
            (
                "figure",
                format!(
                    "figure: {range} {}{}{}",
                    get("unit"),
                    if counted.is_empty() {
                        String::new()
                    } else {
                        format!(" ({counted})")
                    },
                    match get("bound").as_str() {
                        "" | "exact" => String::new(),
                        bound => format!(", {}", bound.replace('_', " ")),
                    }
                ),
            )
        }
        Some("time") => (
            "time",
            format!(
                "time: {} to {} ({})",
                get("from"),
                get("to"),
                get("granularity").replace('_', " ")
            ),
        ),
        Some("place") => (
            "place",
            format!(
                "place: {}, {} ({}, {})",
                get("name"),
                get("country"),
                get("lat"),
                get("lon")
            ),
        ),
        _ => ("fact", "fact".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(segments: &[Segment]) -> Vec<&str> {
        segments
            .iter()
            .filter(|s| s.hit)
            .map(|s| s.text.as_str())
            .collect()
    }

    #[test]
    fn highlights_whole_words_case_insensitively() {
        let segments = highlight("The Bridge, the bridges and bridge.", Some("bridge"));
        assert_eq!(marked(&segments), ["Bridge", "bridge"]);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "The Bridge, the bridges and bridge.");
    }

    #[test]
    fn prefix_terms_match_word_starts() {
        let segments = highlight("bridges and Bridgehead", Some("bridge*"));
        assert_eq!(marked(&segments), ["bridges", "Bridgehead"]);
    }

    #[test]
    fn cyrillic_and_empty_queries() {
        assert_eq!(marked(&highlight("Киев и Київ", Some("киев"))), ["Киев"]);
        assert_eq!(highlight("x", None).len(), 1);
        assert_eq!(highlight("", Some("x")).len(), 0);
    }
}
