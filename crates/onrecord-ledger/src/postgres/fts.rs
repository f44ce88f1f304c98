//! Full-text tokens for PostgreSQL, chosen to match SQLite's FTS5 `unicode61 remove_diacritics 2`
//! tokenizer, so that both backends find the same statements for the same words.
//!
//! A token is a run of letters and digits; it is lower-cased and Latin letters lose their
//! diacritics ("Zürich" → "zurich"); Cyrillic is kept as it is ("й" stays "й"). The ledger stores
//! `to_tsvector('simple', tokens joined by spaces)`: the `simple` configuration neither stems nor drops
//! stop words, so Russian and Ukrainian text is searchable, and the parser sees only plain words.

use unicode_normalization::UnicodeNormalization;

/// The text PostgreSQL indexes for a statement: its tokens, space-separated.
pub fn search_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for token in tokens(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&token);
    }
    out
}

/// The tokens of `text`, folded.
pub fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            fold_into(ch, &mut current);
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

fn fold_into(ch: char, out: &mut String) {
    for lower in ch.to_lowercase() {
        if is_latin_with_diacritics(lower) {
            out.extend(lower.nfd().filter(|c| !is_combining(*c)));
        } else {
            out.push(lower);
        }
    }
}

fn is_latin_with_diacritics(ch: char) -> bool {
    matches!(ch as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

fn is_combining(ch: char) -> bool {
    matches!(ch as u32, 0x0300..=0x036F)
}

/// Turns user words into a `to_tsquery('simple', …)` argument with the meaning of the SQLite
/// backend's FTS5 query: every word must match; a word with several tokens ("sky-shield") is a
/// phrase; `word*` is a prefix. `None` when there is no word to search for.
pub fn tsquery(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '*' || c == '\'' || c == '-'))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .filter_map(|word| {
            let (stem, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (word, false),
            };
            let parts = tokens(stem);
            let last = parts.len().checked_sub(1)?;
            let quoted: Vec<String> = parts
                .iter()
                .enumerate()
                .map(|(i, part)| {
                    let star = if prefix && i == last { ":*" } else { "" };
                    format!("'{}'{star}", part.replace('\\', "\\\\").replace('\'', "''"))
                })
                .collect();
            Some(if quoted.len() == 1 {
                quoted.into_iter().collect()
            } else {
                format!("({})", quoted.join(" <-> "))
            })
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" & "))
}

#[cfg(test)]
mod tests {
    use super::{search_text, tsquery};

    #[test]
    fn folds_case_and_latin_diacritics_but_keeps_cyrillic() {
        assert_eq!(search_text("Zürich, 15-20% «Київ»"), "zurich 15 20 київ");
        assert_eq!(search_text("Ёлка и йод"), "ёлка и йод");
    }

    #[test]
    fn queries_are_conjunctions_of_phrases_and_prefixes() {
        assert_eq!(tsquery("bridge"), Some("'bridge'".into()));
        assert_eq!(
            tsquery("Sky-Shield brid*"),
            Some("('sky' <-> 'shield') & 'brid':*".into())
        );
        assert_eq!(tsquery("don't"), Some("('don' <-> 't')".into()));
        assert_eq!(tsquery("*** --"), None);
    }
}
