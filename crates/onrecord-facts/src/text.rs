//! Tokens over a document's text: words, digit runs and single punctuation marks, with byte spans.
//!
//! Owns the one tokenisation every extractor shares. It never allocates per token and never
//! interprets what a token means; the figure, time and place modules do that.

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
}

impl<'a> Token<'a> {
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
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

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Every letter is upper case and there are at least two.
    pub fn is_all_caps(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().count() > 1 && !self.text.chars().any(char::is_lowercase)
    }

    /// Ends a sentence: '.', '!', '?', or a line break follows.
    pub fn ends_sentence(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.text, "." | "!" | "?" | ";")
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
                if next.is_alphabetic() || next.is_mark() {
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
        tokens.push(Token { text: &text[start..end], start, end, kind, space_before, wide_gap });
    }
    tokens
}

trait IsMark {
    fn is_mark(self) -> bool;
}

impl IsMark for char {
    fn is_mark(self) -> bool {
        matches!(self as u32, 0x0300..=0x036f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let tokens = tokenize("Kup'yansk: 4 700, $1.2bn");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["Kup'yansk", ":", "4", "700", ",", "$", "1", ".", "2", "bn"]);
        assert!(!tokens[3].wide_gap && tokens[3].space_before);
    }
}
