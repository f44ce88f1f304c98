//! Light word handling over stored statement and context text: tokens, clause breaks, stems and
//! function words. This is not extraction: nothing here finds statements, speakers or facts; it only
//! compares texts the ledger already holds.

/// One token of a text: a lower-cased word (with `n't` split off) or a clause break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Word(String),
    /// A comma, semicolon, colon, dash, sentence end or a clause-opening conjunction.
    Break,
}

/// Splits a text into lower-cased word tokens and clause breaks. "don't" gives `do`, `n't`;
/// "won't" gives `will`, `n't`; "can't" gives `can`, `n't`; "cannot" stays one word.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Token>| {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        let w = w.trim_matches('\'').to_string();
        if w.is_empty() {
            return;
        }
        if let Some(stem) = w.strip_suffix("n't") {
            let stem = match stem {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                other => other,
            };
            if !stem.is_empty() {
                out.push(Token::Word(stem.to_string()));
            }
            out.push(Token::Word("n't".into()));
        } else if let Some(stem) = w.strip_suffix("'s") {
            out.push(Token::Word(stem.to_string()));
        } else if CLAUSE_WORDS.contains(&w.as_str()) {
            out.push(Token::Break);
        } else {
            out.push(Token::Word(w));
        }
    };
    for ch in text.chars() {
        let ch = if ch == '’' || ch == '‘' { '\'' } else { ch };
        if ch.is_alphanumeric() || ch == '\'' || (ch == '-' && !word.is_empty()) {
            word.extend(ch.to_lowercase());
        } else {
            flush(&mut word, &mut out);
            if matches!(
                ch,
                ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '(' | ')'
            ) {
                out.push(Token::Break);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Conjunctions that open a new clause: negation does not reach across them.
const CLAUSE_WORDS: &[&str] = &["but", "while", "although", "though", "whereas", "however"];

/// The words of a text, lower-cased, without clause breaks.
pub fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(w),
            Token::Break => None,
        })
        .collect()
}

/// A crude English stem: enough that "talks"/"talk", "withdrawing"/"withdraw", "intends"/"intended"
/// meet. Words of four letters or fewer are kept as they are.
pub fn stem(word: &str) -> String {
    let w = word.trim_matches('-');
    if w.chars().count() <= 4 || !w.is_ascii() {
        return w.to_string();
    }
    for (suffix, replacement) in [
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 3 && !(suffix == "s" && base.ends_with('s')) {
                let mut out = format!("{base}{replacement}");
                if suffix == "es" && !out.ends_with("se") && !out.ends_with("ce") {
                    out.pop();
                }
                // "stopped" -> "stop"
                let bytes = out.as_bytes();
                if (suffix == "ing" || suffix == "ed")
                    && bytes.len() >= 2
                    && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
                    && !matches!(bytes[bytes.len() - 1], b'l' | b's' | b'z')
                {
                    out.pop();
                }
                return out.trim_end_matches('e').to_string();
            }
        }
    }
    w.trim_end_matches('e').to_string()
}

/// Function words that carry no topic.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

/// Sorted, so that [`is_function_word`] can search it.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "n't",
    "neither",
    "never",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted() {
        let mut sorted = FUNCTION_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, FUNCTION_WORDS);
    }

    #[test]
    fn contractions_split_off_the_negation() {
        assert_eq!(
            words("They don't have the cards; we won’t go"),
            ["they", "do", "n't", "have", "the", "cards", "we", "will", "n't", "go"]
        );
    }

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in [
            ("talks", "talk"),
            ("withdrawing", "withdraw"),
            ("intends", "intended"),
            ("positions", "position"),
            ("stopped", "stop"),
            ("brigades", "brigade"),
            ("casualties", "casualty"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }
}
