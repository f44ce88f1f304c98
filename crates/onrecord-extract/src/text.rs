//! Tokens, quotation marks and sentences of one document, built in a few linear passes over its bytes.
//!
//! Offsets here are byte offsets into the document text; they become code points only when a
//! statement is built (`CharIndex`, at the crate boundary).

use crate::lexicon::{class, frame, Lexicon, WordInfo};

pub const NO_QUOTE: u32 = u32::MAX;

/// Where a quotation mark may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkRole {
    Open,
    Close,
    Either,
}

/// Whether a quotation mark is double (the primary marks of English) or single.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct(char),
    Mark {
        family: Family,
        role: MarkRole,
        glyph: char,
    },
    /// A line break; `blank` when an empty line follows.
    Break {
        blank: bool,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub capital: bool,
    pub info: WordInfo,
    /// The quote this token lies in (marks included), or `NO_QUOTE`.
    pub quote: u32,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
    pub fn is_break(&self) -> bool {
        matches!(self.kind, TokenKind::Break { .. })
    }
    pub fn is_mark(&self) -> bool {
        matches!(self.kind, TokenKind::Mark { .. })
    }
}

/// A paired (or paragraph-closed) quotation.
#[derive(Debug, Clone, Copy)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or of the last token inside when the quote never closes.
    pub close: usize,
    /// Byte range of the content, marks excluded, surrounding spaces trimmed.
    pub start: usize,
    pub end: usize,
    /// Number of word tokens inside.
    pub words: usize,
}

/// A sentence: a token range `[start, end)`; a quote is never split.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// The token range ends a paragraph.
    pub paragraph_end: bool,
}

pub struct Analysed<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub quotes: Vec<Quote>,
    pub sentences: Vec<Sentence>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe_glyph(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Classifies one quotation-mark glyph by its neighbours; `None` means "an apostrophe, not a mark".
fn classify_mark(c: char, prev: Option<char>, next: Option<char>) -> Option<(Family, MarkRole)> {
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let next_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–…".contains(n));
    let prev_word = prev.is_some_and(is_word_char);
    let next_word = next.is_some_and(is_word_char);
    match c {
        // “ glued to the word before it and followed by a space is a misprinted closing mark:
        // “Apparently not,“ he said.
        '“' if !prev_space && next_space => Some((Family::Double, MarkRole::Either)),
        '“' => Some((Family::Double, MarkRole::Open)),
        '”' => Some((Family::Double, MarkRole::Close)),
        '«' | '„' => Some((Family::Double, MarkRole::Open)),
        '»' => Some((Family::Double, MarkRole::Close)),
        '"' => Some((
            Family::Double,
            match (prev_space, next_space) {
                (true, false) => MarkRole::Open,
                (false, true) => MarkRole::Close,
                _ => MarkRole::Either,
            },
        )),
        '‘' | '‚' => {
            // ‘90s is an elided year, not a quotation.
            if next.is_some_and(|n| n.is_ascii_digit()) || prev_word {
                None
            } else {
                Some((Family::Single, MarkRole::Open))
            }
        }
        '’' | '\'' => {
            if prev_word && next_word {
                return None; // don't, Russia's
            }
            if prev_space && next.is_some_and(|n| n.is_ascii_digit()) {
                return None; // '90s
            }
            if prev_space && next_word {
                Some((Family::Single, MarkRole::Open))
            } else if !prev_space && next_space {
                Some((Family::Single, MarkRole::Close))
            } else {
                None
            }
        }
        _ => None,
    }
}

fn is_mark_glyph(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '‚' | '\''
    )
}

/// The character at byte `at` and its length; ASCII, most of any text, needs no decoding.
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((char::from(byte), 1));
    }
    let c = text[at..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits the text into tokens and looks every word up in the lexicon once.
pub fn tokenize(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    let mut lower = String::with_capacity(32);
    let mut prev_char: Option<char> = None;
    let mut at = 0;
    while let Some((c, len)) = char_at(text, at) {
        let start = at;
        at += len;
        if c.is_whitespace() {
            let mut newlines = usize::from(c == '\n');
            while let Some((n, n_len)) = char_at(text, at).filter(|(n, _)| n.is_whitespace()) {
                newlines += usize::from(n == '\n');
                at += n_len;
            }
            if newlines > 0 {
                tokens.push(Token {
                    start,
                    end: at,
                    kind: TokenKind::Break {
                        blank: newlines > 1,
                    },
                    capital: false,
                    info: WordInfo::default(),
                    quote: NO_QUOTE,
                });
            }
            prev_char = Some(' ');
            continue;
        }
        if is_word_char(c) {
            let mut last = c;
            // Whether every character is lower-case ASCII, so the word is its own lexicon key.
            let mut lower_ascii = c.is_ascii() && !c.is_ascii_uppercase();
            loop {
                // A run of ASCII letters and digits, most of any word, without decoding.
                let run = at;
                while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                    lower_ascii &= !bytes[at].is_ascii_uppercase();
                    at += 1;
                }
                if at > run {
                    last = char::from(bytes[at - 1]);
                }
                let Some((n, n_len)) = char_at(text, at) else {
                    break;
                };
                if is_word_char(n) {
                    at += n_len;
                    last = n;
                    lower_ascii = false;
                    continue;
                }
                // Joiners inside a word: don't, pro-war, 4,700, 8.03, U.S., Rezident_UA.
                let joins = match n {
                    '-' | '\u{2011}' | '_' => true,
                    '\'' | '’' | 'ʼ' => true,
                    ',' | '.' => last.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                let after = char_at(text, at + n_len).map(|(a, _)| a);
                let ok = match n {
                    ',' | '.' => after.is_some_and(|a| a.is_ascii_digit()),
                    _ => after.is_some_and(is_word_char),
                };
                if !ok {
                    break;
                }
                at += n_len;
                last = n;
                lower_ascii &= n.is_ascii();
            }
            // Initials and dotted abbreviations: "U.S." keeps its dots.
            if at < bytes.len() && bytes[at] == b'.' && at - start == 1 {
                let after = bytes.get(at + 1).copied();
                if after.is_some_and(|a| a.is_ascii_uppercase()) && bytes.get(at + 2) == Some(&b'.')
                {
                    at += 3;
                    last = '.';
                    lower_ascii = false;
                }
            }
            let end = at;
            let word = &text[start..end];
            // Most words are lower-case ASCII already and are looked up as they stand.
            let key = if lower_ascii {
                word
            } else {
                lower.clear();
                if word.is_ascii() {
                    lower.push_str(word);
                    lower.make_ascii_lowercase();
                } else {
                    for ch in word.chars() {
                        if is_apostrophe_glyph(ch) {
                            lower.push('\'');
                        } else {
                            lower.extend(ch.to_lowercase());
                        }
                    }
                }
                lower.as_str()
            };
            let mut info = lexicon.word(key);
            if info.class == 0 {
                if let Some(stem) = key.strip_suffix("'s") {
                    // Possessive: keep what can own a statement, a title, an organisation or a
                    // source ("the minister's", "the General Staff's", "the brigade's"), and a
                    // function word, which is never a name ("Everyone's").
                    let stem_info = lexicon.word(stem);
                    info.class = stem_info.class
                        & (class::TITLE | class::ORG_HEAD | class::ANON_HEAD | class::STOP);
                }
            }
            tokens.push(Token {
                start,
                end,
                kind: TokenKind::Word,
                capital: c.is_uppercase(),
                info,
                quote: NO_QUOTE,
            });
            prev_char = Some(last);
            continue;
        }
        // A channel handle ("@southfront_ua", "via @rezident") is one word and a name.
        if c == '@' && !prev_char.is_some_and(is_word_char) {
            let handle_end = text[at..]
                .char_indices()
                .find(|&(_, n)| !(is_word_char(n) || n == '_'))
                .map_or(text.len(), |(i, _)| at + i);
            if handle_end > at {
                at = handle_end;
                tokens.push(Token {
                    start,
                    end: handle_end,
                    kind: TokenKind::Word,
                    capital: true,
                    info: WordInfo::default(),
                    quote: NO_QUOTE,
                });
                prev_char = text[..handle_end].chars().next_back();
                continue;
            }
        }
        let end = at;
        if is_mark_glyph(c) {
            // Two straight single quotes are one double mark (''like this'').
            if c == '\'' && bytes.get(end) == Some(&b'\'') {
                at += 1;
                let next = char_at(text, at).map(|(n, _)| n);
                if let Some((_, role)) = classify_mark('"', prev_char, next) {
                    tokens.push(mark_token(start, end + 1, Family::Double, role, '"'));
                }
                prev_char = Some('\'');
                continue;
            }
            let next = char_at(text, end).map(|(n, _)| n);
            if let Some((family, role)) = classify_mark(c, prev_char, next) {
                tokens.push(mark_token(start, end, family, role, c));
            }
            prev_char = Some(c);
            continue;
        }
        tokens.push(Token {
            start,
            end,
            kind: TokenKind::Punct(c),
            capital: false,
            info: WordInfo::default(),
            quote: NO_QUOTE,
        });
        prev_char = Some(c);
    }
    tokens
}

fn mark_token(start: usize, end: usize, family: Family, role: MarkRole, glyph: char) -> Token {
    Token {
        start,
        end,
        kind: TokenKind::Mark {
            family,
            role,
            glyph,
        },
        capital: false,
        info: WordInfo::default(),
        quote: NO_QUOTE,
    }
}

fn closes(opener: char, glyph: char, role: MarkRole) -> bool {
    if role == MarkRole::Open && !matches!((opener, glyph), ('„', '“') | ('‚', '‘')) {
        return false;
    }
    match opener {
        '“' => matches!(glyph, '”' | '"' | '“'),
        '"' => matches!(glyph, '"' | '”'),
        '«' => glyph == '»',
        '„' => matches!(glyph, '“' | '”' | '"'),
        '‘' | '\'' => matches!(glyph, '’' | '\''),
        '‚' => matches!(glyph, '‘' | '’'),
        _ => false,
    }
}

/// Pairs quotation marks. Double marks open top-level quotes; single marks do so only outside double
/// ones. A quote still open at a paragraph end continues when the next paragraph opens with a mark
/// of the same family (a multi-paragraph quote), and otherwise ends with the paragraph.
pub fn pair_quotes(text: &str, tokens: &mut [Token]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // (token index of the opener, opener glyph, family, nested depth of the same glyph)
    let mut open: Option<(usize, char, Family, u32)> = None;
    let mut index = 0;
    while index < tokens.len() {
        let token = tokens[index];
        match (token.kind, open) {
            (
                TokenKind::Mark {
                    family,
                    role,
                    glyph,
                },
                None,
            ) if role != MarkRole::Close && next_is_content(tokens, index) => {
                open = Some((index, glyph, family, 0));
            }
            (
                TokenKind::Mark {
                    role,
                    glyph,
                    family,
                },
                Some((opener, opener_glyph, open_family, depth)),
            ) => {
                if closes(opener_glyph, glyph, role) {
                    if depth > 0 {
                        open = Some((opener, opener_glyph, open_family, depth - 1));
                    } else {
                        push_quote(text, tokens, &mut quotes, opener, index, true);
                        open = None;
                    }
                } else if glyph == opener_glyph && role == MarkRole::Open && glyph == '«' {
                    open = Some((opener, opener_glyph, open_family, depth + 1));
                } else if family == Family::Double
                    && open_family == Family::Double
                    && role == MarkRole::Open
                    && glyph == opener_glyph
                    && next_is_content(tokens, index)
                {
                    // A second opener of the same kind: the first quote was never closed.
                    push_quote(text, tokens, &mut quotes, opener, index - 1, false);
                    open = Some((index, glyph, family, 0));
                }
            }
            (TokenKind::Break { .. }, Some((opener, opener_glyph, open_family, _))) => {
                let next = tokens.get(index + 1);
                let continues = next.is_some_and(|n| {
                    matches!(n.kind, TokenKind::Mark { family, role, .. }
                        if family == open_family && role != MarkRole::Close)
                });
                if continues && open_family == Family::Double {
                    // Skip the re-opening mark of the next paragraph.
                    let _ = opener_glyph;
                    index += 2;
                    continue;
                }
                if open_family == Family::Double && index > opener + 1 {
                    push_quote(text, tokens, &mut quotes, opener, index - 1, false);
                }
                open = None;
            }
            _ => {}
        }
        index += 1;
    }
    if let Some((opener, _, family, _)) = open {
        if family == Family::Double && tokens.len() > opener + 1 {
            push_quote(text, tokens, &mut quotes, opener, tokens.len() - 1, false);
        }
    }
    quotes
}

fn next_is_content(tokens: &[Token], index: usize) -> bool {
    tokens.get(index + 1).is_some_and(|n| !n.is_break())
}

fn push_quote(
    text: &str,
    tokens: &mut [Token],
    quotes: &mut Vec<Quote>,
    open: usize,
    close: usize,
    closed: bool,
) {
    let inner_first = open + 1;
    let inner_last = if closed {
        close.saturating_sub(1)
    } else {
        close
    };
    if inner_first > inner_last || inner_last >= tokens.len() {
        return;
    }
    let mut start = tokens[inner_first].start;
    let mut end = tokens[inner_last].end;
    // Trim a trailing line break of an unclosed quote.
    let mut last = inner_last;
    while last > inner_first && tokens[last].is_break() {
        last -= 1;
        end = tokens[last].end;
    }
    if tokens[inner_first].is_break() {
        start = tokens[(inner_first + 1).min(last)].start;
    }
    let words = tokens[inner_first..=last]
        .iter()
        .filter(|t| t.is_word())
        .count();
    if words == 0 || start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return;
    }
    let id = quotes.len() as u32;
    for token in &mut tokens[open..=close] {
        token.quote = id;
    }
    quotes.push(Quote {
        open,
        close,
        start,
        end,
        words,
    });
}

/// Whether the tokens from `index` are a quote's whole attribution, a name and a reporting verb that
/// takes its quote before it: `"Never!" Drebin said.` is one sentence.
fn attribution_follows(tokens: &[Token], index: usize) -> bool {
    let names = tokens[index..]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && t.capital && !t.info.is(class::STOP | class::PRONOUN))
        .count();
    (1..=4).contains(&names)
        && tokens.get(index + names).is_some_and(|verb| {
            verb.is_word()
                && !verb.capital
                && verb.info.is(class::VERB)
                && verb.info.frames & frame::AFTER != 0
        })
        // `"…strong." Rubio noted that …` and `"…." Brafman added, "…"` open sentences of their own.
        && tokens.get(index + names + 1).is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct('.' | '!' | '?'))
                || (t.is_punct(',') && tokens.get(index + names + 2).is_none_or(|n| !n.is_mark()))
        })
}

/// Splits the token stream into sentences. A quote is one unit: its inner stops do not split the
/// sentence around it, but a quote that ends with a stop and is followed by a capitalised word ends
/// one.
pub fn split_sentences(text: &str, tokens: &[Token], quotes: &[Quote]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    let push = |sentences: &mut Vec<Sentence>, start: usize, end: usize, paragraph_end: bool| {
        if end > start {
            sentences.push(Sentence {
                start,
                end,
                paragraph_end,
            });
        }
    };
    while index < tokens.len() {
        let token = tokens[index];
        if token.quote != NO_QUOTE {
            let quote = &quotes[token.quote as usize];
            if index == quote.open {
                index = quote.close + 1;
                let next = tokens.get(index);
                let inner_stop = text[..quote.end].ends_with(['.', '!', '?', '…']);
                let next_starts = next.is_none_or(|n| {
                    n.is_break()
                        || (n.is_word() && n.capital)
                        || (n.is_mark() && n.quote != NO_QUOTE)
                });
                if inner_stop && next_starts && !attribution_follows(tokens, index) {
                    push(&mut sentences, start, index, false);
                    start = index;
                }
                continue;
            }
            index += 1;
            continue;
        }
        match token.kind {
            TokenKind::Break { .. } => {
                push(&mut sentences, start, index, true);
                if let Some(last) = sentences.last_mut() {
                    last.paragraph_end = true;
                }
                start = index + 1;
            }
            TokenKind::Punct('.' | '!' | '?' | '…') => {
                let abbreviation = token.kind == TokenKind::Punct('.')
                    && index > 0
                    && tokens[index - 1].end == token.start
                    && tokens[index - 1].is_word()
                    && is_abbreviation(
                        &text[tokens[index - 1].start..tokens[index - 1].end],
                        tokens[index - 1],
                    );
                let next = tokens.get(index + 1);
                // No sentence opens with a comma: "of Jackson, Miss., said" goes on.
                let next_starts = next.is_none_or(|n| {
                    n.is_break()
                        || (n.is_word() && n.capital)
                        || n.is_mark()
                        || !(n.is_word()
                            || matches!(n.kind, TokenKind::Punct(',' | ';' | ')' | ':')))
                });
                // "Schumer (D-N.Y.) said": a full stop just before a closing parenthesis is inside
                // the aside.
                let closes_aside = tokens[index + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| !t.is_break() && t.kind != TokenKind::Punct('('))
                    .any(|t| t.kind == TokenKind::Punct(')'));
                // "(Having said that, there are doubts.) In a speech …": a sentence in brackets
                // ends with its closing bracket.
                let bracketed = tokens.get(start).is_some_and(|t| t.is_punct('('))
                    && next.is_some_and(|n| n.is_punct(')'))
                    && tokens
                        .get(index + 2)
                        .is_none_or(|n| n.is_break() || n.is_mark() || (n.is_word() && n.capital));
                if bracketed {
                    push(&mut sentences, start, index + 2, false);
                    start = index + 2;
                    index += 2;
                    continue;
                }
                if !abbreviation && !closes_aside && next_starts {
                    push(&mut sentences, start, index + 1, false);
                    start = index + 1;
                }
            }
            _ => {}
        }
        index += 1;
    }
    push(&mut sentences, start, tokens.len(), true);
    sentences
}

fn is_abbreviation(word: &str, token: Token) -> bool {
    if token.info.is(class::ABBREV) {
        return true;
    }
    // A single capital letter is an initial ("J. Smith"), also after a hyphen ("R-S.C.", "D-N.Y.").
    let last_part = word.rsplit('-').next().unwrap_or(word);
    let mut chars = last_part.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
        || word.contains('.')
}

/// A sign that decorates a post rather than saying anything: a bullet, an arrow, a dingbat or an
/// emoji with its joiners, variation selectors and keycaps ("⚡️", "❗️", "➡", "•", "5️⃣"). Quote
/// marks and letters never are.
pub fn is_decoration(c: char) -> bool {
    matches!(c, '•' | '·' | '\u{200D}' | '\u{FE0F}' | '\u{20E3}')
        || (c >= '\u{2190}'
            && !c.is_alphanumeric()
            && !c.is_whitespace()
            && !"«»„“”‘’‹›".contains(c))
}

pub fn analyse<'a>(text: &'a str, lexicon: &Lexicon) -> Analysed<'a> {
    let mut tokens = tokenize(text, lexicon);
    let quotes = pair_quotes(text, &mut tokens);
    let sentences = split_sentences(text, &tokens, &quotes);
    Analysed {
        text,
        tokens,
        quotes,
        sentences,
    }
}

#[cfg(test)]
mod tests {
    use super::analyse;
    use crate::lexicon;
    use onrecord_model::Lang;

    /// The contents of every paired quote, in order.
    fn quotes(text: &str) -> Vec<String> {
        let analysed = analyse(text, lexicon::for_lang(Lang::En));
        analysed
            .quotes
            .iter()
            .map(|q| text[q.start..q.end].to_string())
            .collect()
    }

    #[test]
    fn a_channel_handle_is_one_capitalised_word() {
        let text = "via @south_front_ua: write to press@example.com or @ alone";
        let analysed = analyse(text, lexicon::for_lang(Lang::En));
        let words: Vec<(&str, bool)> = analysed
            .tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (&text[t.start..t.end], t.capital))
            .collect();
        assert!(words.contains(&("@south_front_ua", true)));
        // An address is no handle; a lone "@" is no word.
        assert!(words.contains(&("press", false)));
        assert!(!words
            .iter()
            .any(|(w, _)| w.starts_with("@example") || *w == "@"));
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(
            quotes("Don't say Russia's '90s were better; the soldiers' pay is late.").is_empty()
        );
        assert!(quotes("It’s the ‘90s all over again, isn’t it?").is_empty());
    }

    #[test]
    fn every_mark_in_use_pairs() {
        assert_eq!(quotes("He said \"yes\"."), ["yes"]);
        assert_eq!(quotes("He said “yes”."), ["yes"]);
        assert_eq!(quotes("He said ‘yes’."), ["yes"]);
        assert_eq!(quotes("He said «yes»."), ["yes"]);
        assert_eq!(quotes("He said „yes“."), ["yes"]);
        assert_eq!(quotes("He said 'yes'."), ["yes"]);
        assert_eq!(quotes("He said ''yes''."), ["yes"]);
    }

    #[test]
    fn inner_quotes_stay_inside() {
        assert_eq!(
            quotes("“We reject the ‘root causes’ talk,” he said."),
            ["We reject the ‘root causes’ talk,"]
        );
        assert_eq!(
            quotes("«Они сказали „нет“ сразу»"),
            ["Они сказали „нет“ сразу"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let text = "“First paragraph.\n\n“Second paragraph.\n\n“Last one,” she said.";
        assert_eq!(
            quotes(text),
            ["First paragraph.\n\n“Second paragraph.\n\n“Last one,"]
        );
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        assert_eq!(
            quotes("He said: “we will stay\n\nNext paragraph."),
            ["we will stay"]
        );
    }

    #[test]
    fn quote_is_one_sentence_unit() {
        let text = "“One. Two. Three,” he said. Then he left.";
        let analysed = analyse(text, lexicon::for_lang(Lang::En));
        assert_eq!(analysed.sentences.len(), 2);
    }
}
