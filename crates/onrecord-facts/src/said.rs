//! When a statement was made: the time expression attached to its cue ("said on Friday", "On
//! Tuesday, the minister told reporters", "заявил в понедельник"), as opposed to a time inside what
//! was said ("he said the strike happened on Friday").
//!
//! Owns only the attachment rules; the time facts themselves come from `times`. Works on code-point
//! spans over a small window of text around the cue, so it costs little per statement.

use onrecord_model::{Fact, FactKind, Span, Statement};

/// How far (in code points) from the cue a saying time may stand.
const WINDOW: usize = 300;

/// Most words between the cue and a time after it ("told the local radio station in an interview on Friday").
const MAX_AFTER_WORDS: usize = 8;

/// Most words between a clause-opening time and the cue ("On Tuesday, the deputy foreign
/// minister of the republic told reporters").
const MAX_BEFORE_WORDS: usize = 14;

/// Words that open reported content: a time after one of them belongs to the content.
const CONTENT_OPENERS: &[&str] = &[
    "that",
    "whether",
    "что",
    "чтобы",
    "будто",
    "що",
    "щоб",
    "нібито",
];

/// Words that may stand between a time and the cue after it, besides the speaker
/// ("Peskov on Friday also said", "the ministry on Tuesday has again said").
const BETWEEN: &[&str] = &[
    "also",
    "again",
    "further",
    "publicly",
    "officially",
    "separately",
    "later",
    "earlier",
    "then",
    "has",
    "had",
    "have",
    "was",
    "were",
    "himself",
    "herself",
    "itself",
    "reportedly",
    "также",
    "тоже",
    "вновь",
    "снова",
    "официально",
    "публично",
    "уже",
    "ещё",
    "еще",
    "также",
    "також",
    "теж",
    "знову",
    "офіційно",
    "публічно",
    "вже",
    "ще",
];

/// Words that may open a clause before its time ("Earlier on Tuesday, ...", "And on Friday ...").
const LEADS: &[&str] = &[
    "and",
    "but",
    "also",
    "earlier",
    "later",
    "late",
    "then",
    "separately",
    "meanwhile",
    "however",
    "finally",
    "а",
    "и",
    "но",
    "также",
    "ранее",
    "позже",
    "позднее",
    "затем",
    "тем",
    "временем",
    "і",
    "й",
    "та",
    "але",
    "також",
    "раніше",
    "пізніше",
    "згодом",
    "тим",
    "часом",
];

/// Words that open a participle phrase about the act of speaking ("Speaking to reporters on Friday,
/// the minister said"); a time inside such a phrase is the saying time.
const SPEAKING: &[&str] = &[
    "speaking",
    "addressing",
    "talking",
    "interviewed",
    "asked",
    "выступая",
    "говоря",
    "отвечая",
    "комментируя",
    "виступаючи",
    "говорячи",
    "відповідаючи",
    "коментуючи",
];

/// Abbreviations whose full stop does not end a sentence ("Mr. Smith said").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "gov", "sen", "rep", "prof", "maj",
    "capt", "adm", "jr", "sr", "vs", "no", "gen", "cpl", "pte", "inc", "corp", "ltd", "co",
];

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '«' | '»' | '“' | '”' | '„' | '‟' | '‹' | '›' | '「' | '」'
    )
}

/// A window of the text as code points, starting at code point `offset`.
struct Window {
    offset: usize,
    chars: Vec<char>,
}

impl Window {
    fn new(text: &str, lo: usize, hi: usize) -> Window {
        Window {
            offset: lo,
            chars: text.chars().skip(lo).take(hi - lo).collect(),
        }
    }

    /// The characters of `[start, end)` (document code points), clamped to the window.
    fn slice(&self, start: usize, end: usize) -> &[char] {
        let len = self.chars.len();
        let a = start.saturating_sub(self.offset).min(len);
        let b = end.saturating_sub(self.offset).min(len).max(a);
        &self.chars[a..b]
    }

    /// Document position of the start of the sentence (or clause after `;`) holding `pos`.
    fn clause_start(&self, pos: usize) -> usize {
        let local = pos.saturating_sub(self.offset).min(self.chars.len());
        let mut k = local;
        while k > 0 {
            if ends_sentence(&self.chars, k - 1) || self.chars[k - 1] == ';' {
                break;
            }
            k -= 1;
        }
        k + self.offset
    }
}

/// Whether the character at `i` ends a sentence: `.`, `!`, `?` followed by white space (or the end),
/// except the full stop of an abbreviation or an initial; or a line break.
fn ends_sentence(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if c == '\n' {
        return true;
    }
    if !matches!(c, '.' | '!' | '?' | '…') {
        return false;
    }
    let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
    if !next_is_space {
        return false;
    }
    if c == '.' {
        let mut k = i;
        while k > 0 && chars[k - 1].is_alphabetic() {
            k -= 1;
        }
        let word: String = chars[k..i].iter().flat_map(|c| c.to_lowercase()).collect();
        if word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str()) {
            return false;
        }
    }
    true
}

/// The words of a stretch of text, lower-cased; anything that is not a letter, a digit or an
/// apostrophe separates words.
fn words(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for &c in chars {
        if c.is_alphanumeric() || matches!(c, '\'' | '’' | 'ʼ') {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// No sentence end, no quotation mark: the stretch stays inside one clause of narration.
fn plain_gap(chars: &[char]) -> bool {
    !chars
        .iter()
        .enumerate()
        .any(|(i, &c)| is_quote(c) || c == ';' || ends_sentence(chars, i))
}

/// A candidate with its rank: lower is better.
struct Candidate<'a> {
    fact: &'a Fact,
    rank: (u8, usize),
}

/// See [`crate::said_time`].
pub(crate) fn said_time<'a>(
    text: &str,
    statement: &Statement,
    facts: &'a [Fact],
) -> Option<&'a Fact> {
    let anchor = statement
        .cue
        .or_else(|| statement.speaker.as_ref().and_then(|s| s.mention_span))?;
    let mention = statement.speaker.as_ref().and_then(|s| s.mention_span);
    let content: &[Span] = if statement.pieces.is_empty() {
        std::slice::from_ref(&statement.content)
    } else {
        &statement.pieces
    };
    let in_content = |span: Span| content.iter().any(|c| c.overlaps(span));
    let lo = anchor.start.saturating_sub(WINDOW);
    let hi = anchor.end + WINDOW;
    let nearby = |f: &&Fact| {
        matches!(f.kind, FactKind::Time(_))
            && f.span.start >= lo
            && f.span.end <= hi
            && !in_content(f.span)
    };
    // Most statements have no time near their cue: skip building the window then.
    if !facts.iter().any(|f| nearby(&f)) {
        return None;
    }
    let window = Window::new(text, lo, hi);
    let mut best: Option<Candidate> = None;
    for fact in facts.iter().filter(nearby) {
        // A cue may take in what stands between the verb and the content ("said on Friday that").
        if fact.span.overlaps(anchor) {
            if statement.cue.is_some() {
                return Some(fact);
            }
            continue;
        }
        let (gap, rank) = if fact.span.start >= anchor.end {
            (Span::new(anchor.end, fact.span.start), None)
        } else {
            (Span::new(fact.span.end, anchor.start), Some(()))
        };
        if !gap.is_empty() && in_content(gap) {
            continue;
        }
        let gap_chars = window.slice(gap.start, gap.end);
        if !plain_gap(gap_chars) {
            continue;
        }
        let rank = match rank {
            None => after_rank(gap_chars),
            Some(()) => before_rank(&window, fact.span, gap, mention),
        };
        let Some(rank) = rank else { continue };
        if best.as_ref().is_none_or(|b| rank < b.rank) {
            best = Some(Candidate { fact, rank });
        }
    }
    best.map(|c| c.fact)
}

/// A time after the cue: "said on Friday", "told reporters in Kyiv on Friday".
fn after_rank(gap: &[char]) -> Option<(u8, usize)> {
    let words = words(gap);
    if words.len() > MAX_AFTER_WORDS || words.iter().any(|w| CONTENT_OPENERS.contains(&w.as_str()))
    {
        return None;
    }
    Some((0, words.len()))
}

/// A time before the cue: right before it ("Peskov on Friday said"), or opening the clause
/// ("On Tuesday, the minister told reporters").
fn before_rank(
    window: &Window,
    time: Span,
    gap: Span,
    mention: Option<Span>,
) -> Option<(u8, usize)> {
    // Between the speaker and the cue ("Peskov on Friday said", "the ministry, on Tuesday, also
    // said"): only a few adverbs may stand there. Without a known speaker a comma may mean that the
    // time closes another clause ("after the strike on Friday, officials said").
    let gap_chars = window.slice(gap.start, gap.end);
    let mention_in_gap = mention.is_some_and(|m| m.overlaps(gap));
    if !mention_in_gap && (mention.is_some() || !gap_chars.contains(&',')) {
        let between = words(gap_chars);
        if between.iter().all(|w| BETWEEN.contains(&w.as_str())) {
            return Some((1, between.len()));
        }
    }
    let all_words = words(window.slice(gap.start, gap.end));
    if all_words.len() > MAX_BEFORE_WORDS
        || all_words
            .iter()
            .any(|w| CONTENT_OPENERS.contains(&w.as_str()))
    {
        return None;
    }
    let start = window.clause_start(time.start);
    let lead = words(window.slice(start, time.start));
    let opens_clause = lead.iter().all(|w| LEADS.contains(&w.as_str()))
        || (lead.first().is_some_and(|w| SPEAKING.contains(&w.as_str())) && lead.len() <= 6);
    opens_clause.then_some((2, all_words.len()))
}
