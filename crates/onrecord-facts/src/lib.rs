//! Facts inside documents: figures, time expressions and places, normalised.
//!
//! Pure: text plus the document's publication time in, facts out. No IO, no clock (relative times are
//! anchored to the publication time; without one, relative expressions yield nothing), deterministic,
//! thread-safe, and it never panics on any input. Spans are code-point ranges into `Document::text`.
//! The gazetteer is generated data compiled in (`data/gazetteer.tsv`, see the crate README).
//!
//! Modules: `text` tokenises once; `times` runs first and claims its tokens; `figures` reads numbers
//! outside those; `places` resolves names against `gazetteer`. Conventions follow
//! `../shared/eval/FACTS.md`.

use onrecord_model::{CharIndex, Document, Fact, FactKind, Span};

mod figures;
mod gazetteer;
mod numbers;
mod places;
mod text;
mod times;

/// Extracts figures, times and places of one document, ordered by span start.
pub fn extract_facts(document: &Document) -> Vec<Fact> {
    let text = document.text.as_str();
    let tokens = text::tokenize(text);
    let index = CharIndex::new(text);
    let span = |start: usize, end: usize| Span::new(index.to_char(start), index.to_char(end));
    let mut facts = Vec::new();

    let times = times::find(&tokens, document.published);
    let mut claimed = vec![false; tokens.len()];
    for t in &times {
        for c in &mut claimed[t.start..t.end] {
            *c = true;
        }
        facts.push(Fact {
            span: span(tokens[t.start].start, tokens[t.end - 1].end),
            kind: FactKind::Time(t.time.clone()),
        });
    }
    let is_claimed = |i: usize| claimed.get(i).copied().unwrap_or(false);
    for f in figures::find(text, &tokens, &is_claimed) {
        facts.push(Fact {
            span: span(f.start, f.end),
            kind: FactKind::Figure(f.figure),
        });
    }
    for p in places::find(&tokens) {
        facts.push(Fact {
            span: span(p.start, p.end),
            kind: FactKind::Place(p.place),
        });
    }
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    facts
}

#[cfg(test)]
mod tests {
    #[test]
    fn trigger_lists_are_sorted() {
        for list in [crate::times::TRIGGERS, crate::figures::TRIGGERS] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
    }
}
