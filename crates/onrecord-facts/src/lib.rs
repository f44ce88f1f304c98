//! Facts inside documents: figures, time expressions and places, normalised.
//!
//! Pure: text plus the document's publication time in, facts out. No IO, no clock (relative times are
//! anchored to the publication time; without one, relative expressions yield nothing), deterministic,
//! thread-safe, and it never panics on any input. Spans are code-point ranges into `Document::text`.
//! The gazetteer is generated data compiled in (`data/gazetteer.tsv`, see the crate README).
//!
//! Modules: `text` tokenises once; `times` runs first and claims its tokens; `figures` reads numbers
//! outside those; `places` resolves names against `gazetteer`; `said` attaches a statement to the
//! time it was made ([`said_time`]). Conventions follow `../shared/eval/FACTS.md`; time facts add
//! `anchor` (the day a relative expression was resolved against; see the crate README).

use onrecord_model::{Document, Fact, FactKind, Span, Statement};

mod figures;
mod gazetteer;
mod numbers;
mod places;
mod said;
mod text;
mod times;

/// Extracts figures, times and places of one document, ordered by span start.
pub fn extract_facts(document: &Document) -> Vec<Fact> {
    let text = document.text.as_str();
    let tokens = text::tokenize(text);
    let times = times::find(&tokens, document.published);
    let mut claimed = vec![false; tokens.len()];
    for t in &times {
        for c in &mut claimed[t.start..t.end] {
            *c = true;
        }
    }
    let is_claimed = |i: usize| claimed.get(i).copied().unwrap_or(false);
    let figures = figures::find(text, &tokens, &is_claimed);
    let places = places::find(&tokens);

    // Spans are byte offsets until `to_code_points` below.
    let mut facts = Vec::with_capacity(times.len() + figures.len() + places.len());
    for t in times {
        facts.push(Fact {
            span: Span::new(tokens[t.start].start, tokens[t.end - 1].end()),
            kind: FactKind::Time(t.time),
        });
    }
    for f in figures {
        facts.push(Fact {
            span: Span::new(f.start, f.end),
            kind: FactKind::Figure(f.figure),
        });
    }
    for p in places {
        facts.push(Fact {
            span: Span::new(p.start, p.end),
            kind: FactKind::Place(p.place),
        });
    }
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    to_code_points(text, &mut facts);
    facts
}

/// Turns the facts' byte spans into code-point spans with one pass over the text up to the last
/// offset (a `CharIndex` would index every character of the document).
fn to_code_points(text: &str, facts: &mut [Fact]) {
    if text.is_ascii() {
        return;
    }
    let mut offsets: Vec<usize> = facts
        .iter()
        .flat_map(|f| [f.span.start, f.span.end])
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = text.as_bytes();
    let mut chars = Vec::with_capacity(offsets.len());
    let (mut at, mut count) = (0usize, 0usize);
    for &offset in &offsets {
        let offset = offset.min(bytes.len());
        // Every byte that does not continue a character starts one; `chars().count()` counts
        // them a word at a time when the offset is a character boundary (as spans' ends are).
        count += match text.get(at..offset) {
            Some(part) => part.chars().count(),
            None => bytes[at..offset]
                .iter()
                .filter(|b| (**b & 0xc0) != 0x80)
                .count(),
        };
        at = offset;
        chars.push(count);
    }
    let char_of = |byte: usize| offsets.binary_search(&byte).map_or(0, |k| chars[k]);
    for f in facts {
        f.span = Span::new(char_of(f.span.start), char_of(f.span.end));
    }
}

/// The time fact that says when `statement` was made, if the text gives one.
///
/// That is a time expression attached to the statement's cue (or, without a cue, to its speaker's
/// mention), in the same sentence and outside what was said:
/// - right after the cue, with at most a few words between and no "that"/"что"/"що" opening the
///   content: "X said on Friday", "told reporters in Kyiv on Friday", "заявил в понедельник";
/// - between the speaker and the cue: "Peskov on Friday said", "the ministry, on Tuesday, also said";
/// - opening the clause that holds the cue: "On Tuesday, the minister told reporters", "Earlier on
///   Friday, ...", "Speaking on Friday, the minister said", "В понедельник министр заявил".
///
/// A time inside the statement's content (or any of its pieces) is never the saying time ("he said
/// the strike happened on Friday"), nor is one across a sentence end, a quotation mark or the
/// content. When several qualify, a time after the cue wins over one before it, and the nearer wins.
///
/// `text` is the document's text and `facts` what [`extract_facts`] found in it; spans are code
/// points. Pure: no allocation proportional to the document, only a small window around the cue.
pub fn said_time<'a>(text: &str, statement: &Statement, facts: &'a [Fact]) -> Option<&'a Fact> {
    said::said_time(text, statement, facts)
}

/// When a statement was made, as far as its text tells: the start of [`said_time`]'s interval. A
/// time after the document's publication is a misreading and yields `None`.
pub fn said_at(
    document: &Document,
    statement: &Statement,
    facts: &[Fact],
) -> Option<chrono::NaiveDateTime> {
    let FactKind::Time(time) = &said_time(&document.text, statement, facts)?.kind else {
        return None;
    };
    let from = chrono::NaiveDateTime::parse_from_str(&time.from, "%Y-%m-%dT%H:%M")
        .ok()
        .or_else(|| {
            chrono::NaiveDate::parse_from_str(&time.from, "%Y-%m-%d")
                .ok()
                .and_then(|day| day.and_hms_opt(0, 0, 0))
        })?;
    match document.published {
        Some(published) if from > published => None,
        _ => Some(from),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [
            crate::times::TRIGGERS,
            crate::times::WORDS,
            crate::figures::TRIGGERS,
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
    }
}
