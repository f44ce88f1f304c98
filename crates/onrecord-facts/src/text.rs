//! Tokens over a document's text: words, digit runs and single punctuation marks, with byte spans.
//!
//! Owns the one tokenisation every extractor shares. It never allocates per token and never
//! interprets what a token means beyond the lexicon flags; the figure, time and place modules do
//! that.

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
    pub kind: Kind,
    /// White space stands between this token and the previous one.
    pub space_before: bool,
    /// The white space before this token holds more than one plain space (or a line break), so two
    /// digit groups around it are not one number.
    pub wide_gap: bool,
    /// Every byte is ASCII.
    pub ascii: bool,
    /// The `EAGER` lexicon flags of a word, looked up once here; read them through `has`.
    flags: u16,
}

pub(crate) const STARTS_TIME: u16 = 1;
pub(crate) const STARTS_FIGURE: u16 = 2;
/// A month or weekday name.
pub(crate) const CALENDAR: u16 = 4;
/// A word that ends the noun phrase after a number (`figures::STOP`).
pub(crate) const FIGURE_STOP: u16 = 8;
/// A capitalised function word that may stand before a place name (`places::FUNCTION_CAPS`).
pub(crate) const FUNCTION_CAP: u16 = 16;
/// A word every time expression holds one of, or stands near (`times::CORE`); numbers too.
pub(crate) const TIME_CORE: u16 = 32;
/// A word every figure holds one of (`figures::CORE`); numbers and currency signs too.
pub(crate) const FIGURE_CORE: u16 = 64;
/// A scale word ("million", "bn", "тыс"; `numbers::SCALE_WORDS`).
pub(crate) const SCALE: u16 = 128;
/// A word some time expression may hold (`times::WORDS` and the other lists it names).
pub(crate) const TIME_WORD: u16 = 256;
/// The flags looked up for every word at tokenisation: what the extractors' scans need, and the
/// start flags, which `times::find` and `figures::find` ask of most tokens near a core.
const EAGER: u16 = TIME_CORE | FIGURE_CORE | STARTS_TIME | STARTS_FIGURE;

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

/// Lower-case lexicon words with their flags, built once from the extractors' lists: an
/// open-addressing table keyed by the word's lower-case UTF-8 bytes packed into four `u64`s, so a
/// lookup is one multiply-and-shift and a few compares, without hashing a `str`.
struct Lexicon {
    keys: Vec<Key>,
    flags: Vec<u16>,
    shift: u32,
    /// Bit `last letter % 64` of `ends[len * 32 + first letter % 32]` is set when some word of
    /// `len` bytes starts and ends with those letters (lower case): most words skip the table.
    ends: Vec<u64>,
}

/// The longest lexicon word in bytes; longer words carry no flags.
const MAX_KEY: usize = 32;

type Key = [u64; 4];

fn pack(buf: &[u8; MAX_KEY]) -> Key {
    let word = |k: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&buf[8 * k..8 * k + 8]);
        u64::from_le_bytes(b)
    };
    [word(0), word(1), word(2), word(3)]
}

impl Lexicon {
    fn slot(&self, key: &Key) -> usize {
        let h = (key[0] ^ key[1].rotate_left(17) ^ key[2].rotate_left(31) ^ key[3].rotate_left(47))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, key: &Key) -> u16 {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = &self.keys[i];
            if k == key {
                return self.flags[i];
            }
            if k[0] == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    fn ends_index(len: usize, first: char) -> usize {
        len * 32 + (first as usize % 32)
    }

    fn build(words: &[(&str, u16)]) -> Lexicon {
        let size = (words.len() * 2).next_power_of_two().max(64);
        let mut lex = Lexicon {
            keys: vec![[0; 4]; size],
            flags: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            ends: vec![0; (MAX_KEY + 1) * 32],
        };
        let mask = size - 1;
        for (word, flag) in words {
            let b = word.as_bytes();
            let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) else {
                continue;
            };
            if b.len() > MAX_KEY {
                continue;
            }
            lex.ends[Self::ends_index(b.len(), first)] |= 1 << (last as u32 % 64);
            let mut buf = [0u8; MAX_KEY];
            buf[..b.len()].copy_from_slice(b);
            let key = pack(&buf);
            let mut i = lex.slot(&key);
            while lex.keys[i] != key && lex.keys[i][0] != 0 {
                i = (i + 1) & mask;
            }
            lex.keys[i] = key;
            lex.flags[i] |= flag;
        }
        lex
    }

    /// The flags of `word` (any case).
    #[inline]
    fn flags_of(&self, word: &str, ascii: bool) -> u16 {
        let bytes = word.as_bytes();
        let len = bytes.len();
        if len > MAX_KEY || len == 0 {
            return 0;
        }
        if ascii {
            let first = bytes[0].to_ascii_lowercase() as char;
            let last = bytes[len - 1].to_ascii_lowercase();
            if self.ends[Self::ends_index(len, first)] & (1 << (last % 64)) == 0 {
                return 0;
            }
            // An ASCII word holds letters and apostrophes only, and setting bit 5 lower-cases a
            // letter and keeps an apostrophe: build the key's words directly.
            let mut key = [0u64; 4];
            for (slot, chunk) in key.iter_mut().zip(bytes.chunks(8)) {
                let mut w = 0u64;
                for (j, b) in chunk.iter().enumerate() {
                    w |= u64::from(b | 0x20) << (8 * j);
                }
                *slot = w;
            }
            return self.get(&key);
        }
        self.lookup(word)
    }

    /// `flags_of` for a word that is not all ASCII.
    #[inline(never)]
    fn lookup(&self, word: &str) -> u16 {
        let bytes = word.as_bytes();
        let len = bytes.len();
        let mut buf = [0u8; MAX_KEY];
        // Only Cyrillic words are in the lexicon besides ASCII ones.
        if !matches!(bytes[0], 0xd0..=0xd3) {
            return 0;
        }
        let lower = |c: char| lower_char(c).unwrap_or(c);
        let first = word.chars().next().map(lower).unwrap_or(' ');
        let last = word.chars().next_back().map(lower).unwrap_or(' ');
        if self.ends[Self::ends_index(len, first)] & (1 << (last as u32 % 64)) == 0 {
            return 0;
        }
        let mut n = 0;
        for c in word.chars() {
            let l = lower(c);
            if n + l.len_utf8() > MAX_KEY {
                return 0;
            }
            n += l.encode_utf8(&mut buf[n..]).len();
        }
        self.get(&pack(&buf))
    }
}

/// The lexicons: every flagged word, and the words with `EAGER` flags alone (a smaller table,
/// consulted for every word at tokenisation).
fn lexicons() -> &'static (Lexicon, Lexicon) {
    static CELL: OnceLock<(Lexicon, Lexicon)> = OnceLock::new();
    CELL.get_or_init(|| {
        let lists: [(&[&str], u16); 15] = [
            (crate::places::CALENDAR_WORDS, CALENDAR),
            (crate::figures::STOP, FIGURE_STOP),
            (crate::places::FUNCTION_CAPS, FUNCTION_CAP),
            (crate::times::TRIGGERS, STARTS_TIME),
            (crate::times::TRIGGERS_CYRILLIC, STARTS_TIME),
            (crate::times::CORE, TIME_CORE),
            (crate::figures::TRIGGERS, STARTS_FIGURE),
            (crate::figures::TRIGGERS_CYRILLIC, STARTS_FIGURE),
            (crate::figures::CORE, FIGURE_CORE),
            (crate::numbers::SCALE_WORDS, SCALE),
            (crate::times::WORDS, TIME_WORD),
            (crate::times::TRIGGERS, TIME_WORD),
            (crate::times::CORE, TIME_WORD),
            (crate::figures::CORE, TIME_WORD),
            (crate::numbers::SCALE_WORDS, TIME_WORD),
        ];
        let mut words: Vec<(String, u16)> = lists
            .iter()
            .flat_map(|(list, flag)| list.iter().map(move |w| (w.to_string(), *flag)))
            .collect();
        // Russian and Ukrainian number words, scale words and vague magnitudes start figures and
        // stand in them like English number words.
        let figure = STARTS_FIGURE | FIGURE_CORE;
        words.extend(
            crate::numbers::CYRILLIC_NUMBERS
                .iter()
                .map(|(w, _)| (w.to_string(), figure)),
        );
        words.extend(
            crate::numbers::SCALE_WORDS
                .iter()
                .chain(crate::figures::VAGUE_CYRILLIC)
                .filter(|w| !w.is_ascii())
                .map(|w| (w.to_string(), figure)),
        );
        // Words written with an apostrophe are known with each of its three spellings.
        let variants: Vec<(String, u16)> = words
            .iter()
            .filter(|(w, _)| w.contains('\''))
            .flat_map(|(w, f)| ['’', 'ʼ'].map(|a| (w.replace('\'', &a.to_string()), *f)))
            .collect();
        words.extend(variants);
        let words: Vec<(&str, u16)> = words.iter().map(|(w, f)| (w.as_str(), *f)).collect();
        let eager: Vec<(&str, u16)> = words
            .iter()
            .filter(|(_, f)| f & EAGER != 0)
            .copied()
            .collect();
        (Lexicon::build(&words), Lexicon::build(&eager))
    })
}

/// The lower case of `c` when it is one character; handles ASCII and the basic Cyrillic block
/// without the general Unicode tables.
#[inline]
pub(crate) fn lower_char(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        'a'..='z' | 'а'..='я' | 'ѐ'..='џ' => Some(c),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        }
    }
}

/// Whether `text` lower-cased equals `word` (given in lower case).
#[inline(never)]
fn lower_eq(text: &str, word: &str) -> bool {
    let mut w = word.chars();
    for c in text.chars() {
        match lower_char(c) {
            Some(l) => {
                if w.next() != Some(l) {
                    return false;
                }
            }
            None => {
                for l in c.to_lowercase() {
                    if w.next() != Some(l) {
                        return false;
                    }
                }
            }
        }
    }
    w.next().is_none()
}

impl<'a> Token<'a> {
    /// The byte offset just past the token (kept out of the struct: 32 bytes a token, not 40).
    #[inline(always)]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Equal to `word` (given in lower case) ignoring case; Unicode-aware for non-ASCII tokens.
    /// An ASCII word never equals a non-ASCII token.
    #[inline(always)]
    pub fn is(&self, word: &str) -> bool {
        if self.ascii {
            self.text.len() == word.len() && self.text.eq_ignore_ascii_case(word)
        } else {
            !word.is_ascii() && lower_eq(self.text, word)
        }
    }

    /// Written in Cyrillic.
    pub fn is_cyrillic(&self) -> bool {
        !self.ascii
            && self
                .text
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
        self.has(STARTS_TIME)
    }

    /// Whether the word carries a lexicon flag. `EAGER` flags were looked up at tokenisation; the
    /// others are looked up now (callers ask only near numbers and names).
    #[inline]
    pub fn has(&self, flag: u16) -> bool {
        if flag & !EAGER == 0 {
            self.flags & flag != 0
        } else {
            self.kind == Kind::Word && lexicons().0.flags_of(self.text, self.ascii) & flag != 0
        }
    }

    /// Whether the token may start a figure (see `figures::TRIGGERS`).
    pub fn starts_figure(&self) -> bool {
        self.has(STARTS_FIGURE)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Every letter is upper case and there are at least two.
    pub fn is_all_caps(&self) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        if self.ascii {
            return self.text.len() > 1 && !self.text.bytes().any(|b| b.is_ascii_lowercase());
        }
        self.text.chars().count() > 1 && !self.text.chars().any(char::is_lowercase)
    }
}

/// `char::is_alphabetic`, without the Unicode tables for ASCII and Cyrillic letters.
#[inline]
fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphabetic(),
        0x400..=0x481 | 0x48a..=0x4ff => true,
        // General punctuation (dashes, quotes, spaces) holds no letter.
        0x2000..=0x206f => false,
        _ => c.is_alphabetic(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens. ASCII takes a byte-wise path; other characters are decoded.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let eager = &lexicons().1;
    let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
    let bytes = text.as_bytes();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    let mut gap = 0usize;
    let mut wide = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let (kind, end, ascii) = if b < 0x80 {
            if b == b' ' {
                gap += 1;
                i += 1;
                continue;
            }
            if b.is_ascii_alphabetic() {
                let mut end = start + 1;
                // Eight bytes at a time while they are all letters, then byte-wise.
                while let Some(chunk) = bytes.get(end..end + 8) {
                    let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
                        break;
                    };
                    let n = leading_letters(u64::from_le_bytes(chunk));
                    end += n;
                    if n < 8 {
                        break;
                    }
                }
                while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
                    end += 1;
                }
                let (end, ascii) =
                    if end < bytes.len() && (bytes[end] >= 0x80 || bytes[end] == b'\'') {
                        word_tail(text, end)
                    } else {
                        (end, true)
                    };
                (Kind::Word, end, ascii)
            } else if b.is_ascii_digit() {
                let mut end = start + 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
                (Kind::Num, end, true)
            } else if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                gap += 1;
                wide = true;
                i += 1;
                continue;
            } else {
                (Kind::Punct, start + 1, true)
            }
        } else {
            let c = char_at(i);
            if c.is_whitespace() {
                gap += 1;
                if c != '\u{a0}' && c != '\u{202f}' && c != '\u{2009}' {
                    wide = true;
                }
                i += c.len_utf8();
                continue;
            }
            if is_letter(c) {
                let (end, _) = word_tail(text, start + c.len_utf8());
                (Kind::Word, end, false)
            } else {
                (Kind::Punct, start + c.len_utf8(), false)
            }
        };
        let space_before = gap > 0;
        let wide_gap = wide || gap > 1;
        gap = 0;
        wide = false;
        let flags = if kind == Kind::Word {
            eager.flags_of(&text[start..end], ascii)
        } else {
            0
        };
        tokens.push(Token {
            text: &text[start..end],
            start,
            kind,
            space_before,
            wide_gap,
            ascii,
            flags,
        });
        i = end;
    }
    tokens
}

/// How many of the eight bytes of `w` (little-endian) are ASCII letters before the first other one.
#[inline(always)]
fn leading_letters(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // Lower-cased and without the high bit, each byte stays below 0x80, so these sums never carry
    // into the next byte: the high bit tells `y >= 'a'` and `y > 'z'`.
    let y = (w | (0x20 * ONES)) & (0x7f * ONES);
    let at_least_a = y + 0x1f * ONES;
    let past_z = y + 0x05 * ONES;
    let letters = at_least_a & !past_z & !w & HIGH;
    ((!letters & HIGH).trailing_zeros() / 8) as usize
}

/// Continues a word at byte `end` over letters of any script, combining marks, and apostrophes
/// between letters; returns its end and whether the part read here was all ASCII.
fn word_tail(text: &str, mut end: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ascii = true;
    while end < bytes.len() {
        let nb = bytes[end];
        if nb.is_ascii_alphabetic() {
            end += 1;
            continue;
        }
        if nb < 0x80 && nb != b'\'' {
            break;
        }
        let next = text[end..].chars().next().unwrap_or(' ');
        if is_letter(next) || is_mark(next) {
            ascii &= nb < 0x80;
            end += next.len_utf8();
        } else if is_apostrophe(next) {
            // Keep an apostrophe only between letters.
            let after = text[end + next.len_utf8()..].chars().next();
            if after.is_some_and(is_letter) {
                ascii &= nb < 0x80;
                end += next.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (end, ascii)
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

    #[test]
    fn leading_letters_agrees_with_bytewise() {
        let samples: [&[u8; 8]; 7] = [
            b"abcdefgh",
            b"ABCDEFGZ",
            b"abc defg",
            b"`az{@AZ[",
            b"Kyiv's x",
            b"\xd0\x9a\xd0\xb8abcd",
            b"zZ09aAzZ",
        ];
        for bytes in samples {
            let want = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(
                leading_letters(u64::from_le_bytes(*bytes)),
                want,
                "{bytes:?}"
            );
        }
        for b in 0..=255u8 {
            let mut bytes = *b"abcdefgh";
            bytes[3] = b;
            let want = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(leading_letters(u64::from_le_bytes(bytes)), want, "{b}");
        }
    }
}
