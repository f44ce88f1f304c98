//! Tokens over a document's text: words, digit runs and single punctuation marks, with byte spans.
//!
//! Owns the one tokenisation every extractor shares. It never allocates per token and never
//! interprets what a token means; the figure, time and place modules do that.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters of any script, with apostrophes inside ("Kup'yansk", "don't").
    Word,
    /// A run of ASCII digits.
    Num,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token with its byte span into the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// White space stands between this token and the previous one.
    pub space_before: bool,
    /// The white space before this token holds more than one plain space (or a line break), so two
    /// digit groups around it are not one number.
    pub wide_gap: bool,
    /// Lexicon flags of a word (`STARTS_TIME`, `STARTS_FIGURE`), looked up once here.
    pub flags: u8,
}

pub(crate) const STARTS_TIME: u8 = 1;
pub(crate) const STARTS_FIGURE: u8 = 2;
/// A month or weekday name.
pub(crate) const CALENDAR: u8 = 4;
/// A word that ends the noun phrase after a number (`figures::STOP`).
pub(crate) const FIGURE_STOP: u8 = 8;
/// A capitalised function word that may stand before a place name (`places::FUNCTION_CAPS`).
pub(crate) const FUNCTION_CAP: u8 = 16;

/// FNV-1a: a fast hasher for short keys of trusted, compiled-in lexicons.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// Lower-case trigger words with their flags, built once from the extractors' lists.
fn trigger_flags() -> &'static HashMap<&'static str, u8, FnvBuild> {
    static CELL: OnceLock<HashMap<&'static str, u8, FnvBuild>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut map: HashMap<&'static str, u8, FnvBuild> = HashMap::default();
        let lists: [(&[&str], u8); 3] = [
            (crate::places::CALENDAR_WORDS, CALENDAR),
            (crate::figures::STOP, FIGURE_STOP),
            (crate::places::FUNCTION_CAPS, FUNCTION_CAP),
        ];
        for (list, flag) in lists {
            for w in list {
                *map.entry(*w).or_insert(0) |= flag;
            }
        }
        for w in crate::times::TRIGGERS
            .iter()
            .chain(crate::times::TRIGGERS_CYRILLIC)
        {
            *map.entry(*w).or_insert(0) |= STARTS_TIME;
        }
        for w in crate::figures::TRIGGERS
            .iter()
            .chain(crate::figures::TRIGGERS_CYRILLIC)
        {
            *map.entry(*w).or_insert(0) |= STARTS_FIGURE;
        }
        map
    })
}

fn flags_of(word: &str) -> u8 {
    let bytes = word.as_bytes();
    if !word.is_ascii() {
        if !word
            .chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        {
            return 0;
        }
        let lower = word.to_lowercase();
        return trigger_flags().get(lower.as_str()).copied().unwrap_or(0);
    }
    if bytes.len() > 16 {
        return 0;
    }
    let mut buf = [0u8; 16];
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("");
    trigger_flags().get(lower).copied().unwrap_or(0)
}

impl<'a> Token<'a> {
    /// Equal to `word` (given in lower case) ignoring case; Unicode-aware for non-ASCII tokens.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
            || (!self.text.is_ascii()
                && self
                    .text
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(word.chars()))
    }

    /// Written in Cyrillic.
    pub fn is_cyrillic(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    /// Whether the token may start a time expression (see `times::TRIGGERS`).
    pub fn starts_time(&self) -> bool {
        self.flags & STARTS_TIME != 0
    }

    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    /// Whether the token may start a figure (see `figures::TRIGGERS`).
    pub fn starts_figure(&self) -> bool {
        self.flags & STARTS_FIGURE != 0
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Every letter is upper case and there are at least two.
    pub fn is_all_caps(&self) -> bool {
        self.kind == Kind::Word
            && self.text.chars().count() > 1
            && !self.text.chars().any(char::is_lowercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    let mut gap = 0usize;
    let mut wide = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            gap += 1;
            if c != ' ' && c != '\u{a0}' && c != '\u{202f}' && c != '\u{2009}' {
                wide = true;
            }
            continue;
        }
        let space_before = gap > 0;
        let wide_gap = wide || gap > 1;
        gap = 0;
        wide = false;
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            (Kind::Num, end)
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                if next.is_alphabetic() || is_mark(next) {
                    end = i + next.len_utf8();
                    chars.next();
                } else if is_apostrophe(next) {
                    // Keep an apostrophe only between letters.
                    let after = text[i + next.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphabetic) {
                        end = i + next.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            (Kind::Word, end)
        } else {
            (Kind::Punct, start + c.len_utf8())
        };
        let flags = if kind == Kind::Word {
            flags_of(&text[start..end])
        } else {
            0
        };
        tokens.push(Token {
            text: &text[start..end],
            start,
            end,
            kind,
            space_before,
            wide_gap,
            flags,
        });
    }
    tokens
}

/// A combining diacritical mark (kept inside words written in decomposed form).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let tokens = tokenize("Kup'yansk: 4 700, $1.2bn");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["Kup'yansk", ":", "4", "700", ",", "$", "1", ".", "2", "bn"]
        );
        assert!(!tokens[3].wide_gap && tokens[3].space_before);
    }
}
