//! Conversion between byte offsets (what Rust string slicing uses) and code-point offsets (what every
//! onrecord span stores).

/// Maps byte offsets of one text to code-point offsets and back in O(log n) after an O(n) build.
/// Pure-ASCII text stores nothing (both directions are the identity); text with few non-ASCII
/// characters (English with curly quotes and dashes) stores only those; text that is mostly
/// non-ASCII (Russian, Ukrainian) stores the byte offset of every character.
#[derive(Debug, Clone)]
pub struct CharIndex {
    layout: Layout,
    len_bytes: usize,
}

#[derive(Debug, Clone)]
enum Layout {
    Ascii,
    /// Every multi-byte character, in text order.
    Sparse(Vec<Wide>),
    /// The byte offset of every character.
    Dense(Vec<usize>),
}

/// A multi-byte character: where it starts in bytes and in code points, and its byte length.
#[derive(Debug, Clone, Copy)]
struct Wide {
    byte: usize,
    char: usize,
    len: usize,
}

impl Wide {
    fn end(&self) -> usize {
        self.byte + self.len
    }
}

/// The multi-byte characters of UTF-8 `bytes`, in one pass that skips ASCII eight bytes at a
/// time; `None` once they are more than one byte in eight (the dense layout is smaller then).
fn sparse_layout(bytes: &[u8]) -> Option<Layout> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut wide = Vec::new();
    let mut extra = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let chunk = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if chunk & HIGH_BITS == 0 {
                at += 8;
                continue;
            }
        }
        let lead = bytes[at];
        let len = match lead {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
        if len > 1 {
            wide.push(Wide {
                byte: at,
                char: at - extra,
                len,
            });
            extra += len - 1;
            if wide.len() * 8 > bytes.len() {
                return None;
            }
        }
        at += len;
    }
    Some(if wide.is_empty() {
        Layout::Ascii
    } else {
        Layout::Sparse(wide)
    })
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let layout = sparse_layout(text.as_bytes())
            .unwrap_or_else(|| Layout::Dense(text.char_indices().map(|(byte, _)| byte).collect()));
        CharIndex {
            layout,
            len_bytes: text.len(),
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        match &self.layout {
            Layout::Ascii => self.len_bytes,
            Layout::Sparse(wide) => wide
                .last()
                .map_or(self.len_bytes, |w| w.char + 1 + (self.len_bytes - w.end())),
            Layout::Dense(starts) => starts.len(),
        }
    }

    /// The code-point offset of a byte offset. A byte offset inside a character maps to that
    /// character's start; one past the end maps to the character count.
    pub fn to_char(&self, byte: usize) -> usize {
        if byte >= self.len_bytes {
            return self.char_len();
        }
        match &self.layout {
            Layout::Ascii => byte,
            Layout::Sparse(wide) => {
                let before = wide.partition_point(|w| w.byte <= byte);
                match before.checked_sub(1).map(|i| wide[i]) {
                    None => byte,
                    Some(w) if byte < w.end() => w.char,
                    Some(w) => w.char + 1 + (byte - w.end()),
                }
            }
            Layout::Dense(starts) => match starts.binary_search(&byte) {
                Ok(index) => index,
                Err(index) => index.saturating_sub(1),
            },
        }
    }

    /// The byte offset of a code-point offset; offsets past the end clamp to the text's length.
    pub fn to_byte(&self, char_offset: usize) -> usize {
        let byte = match &self.layout {
            Layout::Ascii => char_offset,
            Layout::Sparse(wide) => {
                let before = wide.partition_point(|w| w.char < char_offset);
                match before.checked_sub(1).map(|i| wide[i]) {
                    None => char_offset,
                    Some(w) => w.end() + (char_offset - w.char - 1),
                }
            }
            Layout::Dense(starts) => starts.get(char_offset).copied().unwrap_or(self.len_bytes),
        };
        byte.min(self.len_bytes)
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

    /// Every byte and code-point offset of `text` maps as `char_indices` says, whichever layout
    /// the text gets.
    fn round_trips(text: &str) {
        let index = CharIndex::new(text);
        let chars: Vec<usize> = text.char_indices().map(|(byte, _)| byte).collect();
        for (char_offset, &byte) in chars.iter().enumerate() {
            assert_eq!(index.to_char(byte), char_offset, "{text:?} byte {byte}");
            assert_eq!(
                index.to_byte(char_offset),
                byte,
                "{text:?} char {char_offset}"
            );
        }
        for byte in 0..text.len() {
            let owner = chars.partition_point(|&start| start <= byte) - 1;
            assert_eq!(index.to_char(byte), owner, "{text:?} inside byte {byte}");
        }
        assert_eq!(index.char_len(), chars.len());
        assert_eq!(index.to_char(text.len() + 3), chars.len());
        assert_eq!(index.to_byte(chars.len() + 3), text.len());
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 2000, ..Default::default() })]
        /// Any text, ASCII-heavy or not, maps every offset the way `char_indices` does.
        #[test]
        fn any_text_round_trips(
            text in proptest::string::string_regex("[a-z \u{ab}\u{bb}\u{2014}\u{44f}\u{1f1e6}]{0,80}").unwrap(),
        ) {
            round_trips(&text);
        }
    }

    #[test]
    fn sparse_and_dense_layouts_round_trip() {
        // Mostly ASCII with a few wide characters (sparse), wide at both ends, mostly Cyrillic
        // (dense), and four-byte characters.
        round_trips("He said \u{201c}no\u{201d} \u{2014} twice, in \u{00e9}t\u{00e9} 2024.");
        round_trips("\u{00ab}a\u{00bb}");
        round_trips("Он \u{00ab}сказал\u{00bb} да, Київ");
        round_trips("flag \u{1f1fa}\u{1f1e6} and text after the flag, long enough to stay sparse.");
        round_trips("");
    }
}
