//! Conversion between byte offsets (what Rust string slicing uses) and code-point offsets (what every
//! onrecord span stores).

/// Maps byte offsets of one text to code-point offsets and back in O(log n) after an O(n) build.
/// For pure-ASCII text it stores nothing and both directions are the identity.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every code point that starts a non-ASCII run boundary, or empty for ASCII text.
    byte_starts: Vec<usize>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let byte_starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(byte, _)| byte).collect()
        };
        CharIndex {
            byte_starts,
            len_bytes: text.len(),
        }
    }

    fn is_identity(&self) -> bool {
        self.byte_starts.is_empty()
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        if self.is_identity() {
            self.len_bytes
        } else {
            self.byte_starts.len()
        }
    }

    /// The code-point offset of a byte offset. A byte offset inside a character maps to that
    /// character's start; one past the end maps to the character count.
    pub fn to_char(&self, byte: usize) -> usize {
        if self.is_identity() {
            return byte.min(self.len_bytes);
        }
        match self.byte_starts.binary_search(&byte) {
            Ok(index) => index,
            Err(index) => {
                if byte >= self.len_bytes {
                    self.byte_starts.len()
                } else {
                    index.saturating_sub(1)
                }
            }
        }
    }

    /// The byte offset of a code-point offset; offsets past the end clamp to the text's length.
    pub fn to_byte(&self, char_offset: usize) -> usize {
        if self.is_identity() {
            return char_offset.min(self.len_bytes);
        }
        self.byte_starts
            .get(char_offset)
            .copied()
            .unwrap_or(self.len_bytes)
    }

    /// The text of a code-point span of the text this index was built for; a span that runs past
    /// the end is cut there, and an inverted one is empty.
    pub fn slice<'a>(&self, text: &'a str, span: crate::Span) -> &'a str {
        let start = self.to_byte(span.start);
        &text[start..self.to_byte(span.end).max(start)]
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn ascii_is_identity() {
        let index = CharIndex::new("hello");
        assert_eq!(index.to_char(3), 3);
        assert_eq!(index.to_byte(5), 5);
        assert_eq!(index.char_len(), 5);
    }

    #[test]
    fn cyrillic_round_trips() {
        let text = "Он «сказал» да";
        let index = CharIndex::new(text);
        for (char_offset, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.to_char(byte), char_offset);
            assert_eq!(index.to_byte(char_offset), byte);
        }
        assert_eq!(index.to_char(text.len()), text.chars().count());
        assert_eq!(index.to_byte(text.chars().count()), text.len());
        assert_eq!(index.slice(text, crate::Span::new(3, 11)), "«сказал»");
        assert_eq!(index.slice(text, crate::Span { start: 12, end: 99 }), "да");
    }
}
