//! The English rules. Each rule has a stable id (`en.quote.said-after`, ...) recorded on the
//! statements it finds. Sentences are processed in text order so that pronouns and roles resolve to
//! speakers already seen.

use crate::lexicon::{class, frame, Gender, Lexicon, PronounKind};
use crate::speakers::{
    is_name_token, key_of, split_title, word, Entities, FoundSpeaker, NameRun, NounPhrase, Resolved,
};
use crate::text::{Analysed, Quote, Sentence, Token, TokenKind, NO_QUOTE};
use onrecord_model::{EntityKind, StatementKind};

/// A statement in byte offsets, before conversion to the model's code-point spans.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: StatementKind,
    pub start: usize,
    pub end: usize,
    pub pieces: Vec<(usize, usize)>,
    pub speaker: Option<FoundSpeaker>,
    pub cue: Option<(usize, usize)>,
    pub hedged: bool,
    pub rule: &'static str,
}

/// Who presides over a sitting or a hearing, in a transcript's label ("THE SPEAKER:", "CHAIR:").
const PRESIDING: [&str; 5] = ["speaker", "chair", "chairman", "chairwoman", "chairperson"];

/// Words for who speaks for a programme itself, as its author, in a transcript's label or its note:
/// `NOOR HADLEY (host):`, `HOST (Dita Sova):`, `ROMAN TELYHA, CORRESPONDENT:`.
const PROGRAMME_VOICES: [&str; 8] = [
    "host",
    "presenter",
    "moderator",
    "interviewer",
    "anchor",
    "newsreader",
    "correspondent",
    "reporter",
];

/// A turn of a transcript: `MARA VOSS (host):` opening a paragraph, as token indices.
struct Turn {
    /// The first token of the turn's line: the name, or a note in square brackets before it.
    opens: usize,
    /// The first word of the name.
    label: usize,
    /// Just past the name (before a note in brackets or the colon).
    name_end: usize,
    colon: usize,
    /// Marked as the host's ("(host)", "(presenter)").
    host: bool,
    /// The words of a note in brackets after the name (`SPOKESPERSON (Annelie Strand):`).
    note: Option<(usize, usize)>,
}

/// Who hosts a transcript: the host, and everyone a label marks as one; and whether anyone else
/// speaks in it.
struct TranscriptHosts {
    /// Whom each turn's label names, in the order of the turns.
    persons: Vec<Option<usize>>,
    host: Option<usize>,
    labelled: Vec<usize>,
    guests: bool,
    /// Who speaks for the programme as its correspondent ("Our correspondent Tomas Reel").
    correspondents: Vec<usize>,
}

/// A label that opens a paragraph and ends at a colon (`Frontline Watch:`, `One channel wrote:`,
/// `The Prime Minister (Katrin Ousel):`), as token indices.
struct ColonLabel {
    /// The label's first token, after a producer's time stamp.
    line_start: usize,
    colon: usize,
    /// Just past the label's paragraph.
    paragraph_end: usize,
    /// Who the label names; `None` for an anonymous report (`One report:`).
    np: Option<NounPhrase>,
    /// The reporting verb's span (`One channel wrote:`).
    cue: Option<(usize, usize)>,
    hedged: bool,
    /// A name alone before the colon, which may label a turn.
    label_only: bool,
    /// A speaker's turn in a record or an interview, report and all.
    turn: bool,
}

pub struct Extractor<'a> {
    pub a: &'a Analysed<'a>,
    pub lex: &'static Lexicon,
    pub entities: Entities,
    pub found: Vec<Found>,
    quote_used: Vec<bool>,
    token_used: Vec<bool>,
    /// Sentence index of every token.
    sentence_of: Vec<u32>,
}

const MAX_NP: usize = 10;

/// How far back (in bytes) the subject a role word may stand for can be: about a sentence.
const CLOSE_SUBJECT: usize = 400;

/// Conjunctions that open a time or reason clause between a verb and what it reports ("told the
/// Courier before she met the ministers that …").
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "before", "after", "when", "while", "until", "since", "because", "once",
];

/// A post's header line in a thread: where it starts, the poster's name (first and last token)
/// when it gives one, the handle's token, and where the post's body starts.
struct PostHeader {
    line: usize,
    name: Option<(usize, usize)>,
    handle: usize,
    body: usize,
}

impl<'a> Extractor<'a> {
    pub fn new(a: &'a Analysed<'a>, lex: &'static Lexicon) -> Self {
        let entities = Entities::collect(a, lex);
        let mut sentence_of = vec![0u32; a.tokens.len()];
        for (index, sentence) in a.sentences.iter().enumerate() {
            for slot in &mut sentence_of[sentence.start..sentence.end] {
                *slot = index as u32;
            }
        }
        Extractor {
            a,
            lex,
            entities,
            found: Vec::new(),
            quote_used: vec![false; a.quotes.len()],
            token_used: vec![false; a.tokens.len()],
            sentence_of,
        }
    }

    pub fn run(mut self) -> (Vec<Found>, Entities) {
        let turns = self.transcript_turns();
        let mut hosts = None;
        let answers = self.unlabelled_answers();
        self.handle_posts();
        self.chat_messages();
        self.subtitles();
        self.recorded_message();
        let headline_end = self.headline_end();
        for index in 0..self.a.sentences.len() {
            let sentence = self.a.sentences[index];
            // A headline reports in its own shorthand ("Orvenia says Saravine guns hit convoy");
            // the story below it says who said what.
            if sentence.end <= headline_end {
                continue;
            }
            self.transcript_turn(sentence, &turns, &mut hosts);
            self.colon_block(index, sentence);
            self.quoted_reply(sentence);
            self.colon_inline(index, sentence);
            self.interview_answer(index, sentence);
            self.unlabelled_answer(index, &answers);
            self.dash_dialogue(sentence);
            self.dash_answer(sentence);
            self.quotes_in(index, sentence);
            self.according_to(sentence);
            self.in_the_view_of(sentence);
            self.nominal(sentence);
            self.circulating_reports(sentence);
            self.reported(sentence);
        }
        self.resolve_roles_named_later();
        self.found.sort_by_key(|f| (f.start, f.end));
        (self.found, self.entities)
    }

    /// Where a headline opening the text ends (a token index; 0 when there is none): a first line
    /// of at most twenty words, with no full stop, question or exclamation mark, colon or quote
    /// closing it, and a blank line after it.
    fn headline_end(&self) -> usize {
        let tokens = &self.a.tokens;
        let Some(line_end) = tokens.iter().position(|t| t.is_break()) else {
            return 0;
        };
        let blank_after = matches!(tokens[line_end].kind, TokenKind::Break { blank: true });
        let words = tokens[..line_end].iter().filter(|t| t.is_word()).count();
        let closed = tokens[..line_end].last().is_some_and(|t| {
            t.is_mark() || matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | ':' | '…'))
        });
        if blank_after && (1..=20).contains(&words) && !closed {
            line_end
        } else {
            0
        }
    }

    /// A definite role no one carried when its statement was found is resolved once the whole
    /// document is known: to the one person it later names with the role, or to the person the
    /// next paragraph of a news lede opens with.
    fn resolve_roles_named_later(&mut self) {
        for index in 0..self.found.len() {
            let Some(FoundSpeaker {
                mention,
                resolved: Resolved::Anonymous(_),
            }) = &self.found[index].speaker
            else {
                continue;
            };
            let mention = *mention;
            let entity = match self.sole_holder_named_after(mention) {
                Some(entity) => entity,
                None => {
                    let Some(entity) = self
                        .named_in_next_paragraph(mention)
                        .or_else(|| self.described_in_next_paragraph(mention))
                    else {
                        continue;
                    };
                    self.entities.add_alias(entity, mention);
                    entity
                }
            };
            self.found[index].speaker = Some(FoundSpeaker {
                mention,
                resolved: Resolved::Entity(entity),
            });
        }
    }

    /// "Varnia's foreign minister on Saturday accused …" in a lede, then "Foreign Minister Anton
    /// Sybel told …": a definite role nobody carried yet is the one person the document later
    /// names with it.
    fn sole_holder_named_after(&self, mention: (usize, usize)) -> Option<usize> {
        let words: Vec<&str> = self.a.text[mention.0..mention.1]
            .split_whitespace()
            .collect();
        let definite = words.first().is_some_and(|first| {
            first.eq_ignore_ascii_case("the") || crate::speakers::ends_possessive_word(first)
        });
        let head = words.last().filter(|_| definite && words.len() <= 4)?;
        let owner = words
            .first()
            .filter(|first| crate::speakers::ends_possessive_word(first))
            .map(|first| crate::speakers::strip_possessive(first));
        let qualifier = words
            .len()
            .checked_sub(2)
            .map(|at| words[at])
            .filter(|q| self.is_title_pair(q, head));
        self.entities
            .sole_holder_named_after(self.a, head, qualifier, owner, mention.1)
    }

    /// The speaker `entity`, named at `mention`, noted as having spoken there.
    fn entity_speaker(&mut self, mention: (usize, usize), entity: usize) -> FoundSpeaker {
        self.entities.note_speaker(mention.0, entity);
        FoundSpeaker {
            mention,
            resolved: Resolved::Entity(entity),
        }
    }

    /// The first and last token of a mention's byte range.
    fn mention_tokens(&self, mention: (usize, usize)) -> Option<(usize, usize)> {
        let tokens = &self.a.tokens;
        let first = tokens.partition_point(|t| t.start < mention.0);
        let last = tokens
            .partition_point(|t| t.end <= mention.1)
            .checked_sub(1)?;
        Some((first, last))
    }

    /// The first sentence of the paragraph after the one that holds sentence `index`.
    fn next_paragraph_opening(&self, index: usize) -> Option<Sentence> {
        let sentences = &self.a.sentences;
        let paragraph_end = (index..sentences.len()).find(|&i| sentences[i].paragraph_end)?;
        sentences.get(paragraph_end + 1).copied()
    }

    /// "…, with a Salentan mediator promising “no shortcuts”" in a lede, then "The mediator,
    /// former foreign minister Tomas Avelar, told …" opening the next paragraph: the one role
    /// the lede left unnamed is the person that paragraph names in apposition to it.
    fn described_in_next_paragraph(&self, mention: (usize, usize)) -> Option<usize> {
        let (first, head) = self.mention_tokens(mention)?;
        if first >= head
            || !["a", "an"].iter().any(|w| self.lower_is(first, w))
            || !self.tok(head).info.is(class::TITLE | class::ANON_HEAD)
        {
            return None;
        }
        let next = self.next_paragraph_opening(self.sentence_of[first] as usize)?;
        let opens = next.start;
        let restated = self.lower_is(opens, "the")
            && opens + 2 < next.end
            && self.w(opens + 1).eq_ignore_ascii_case(self.w(head))
            && self.tok(opens + 2).is_punct(',');
        if !restated {
            return None;
        }
        // The name closes the apposition, after any title words before it.
        let close = (opens + 3..(opens + 14).min(next.end)).find(|&i| self.tok(i).is_punct(','))?;
        let name_first = (opens + 3..close)
            .rev()
            .take_while(|&i| is_name_token(self.tok(i)) && !self.tok(i).info.is(class::TITLE))
            .last()?;
        let (from, to) = (self.tok(name_first).start, self.tok(close - 1).end);
        let entity = self.entities.mentioned_in(from, to)?;
        (self.entities.list[entity].kind == EntityKind::Person).then_some(entity)
    }

    /// "The director of the Orsa Recovery Fund acknowledged …" opening a paragraph, then "Marcus
    /// Eberlein, testifying …, said" opening the next: a news lede's definite role is the person
    /// the next paragraph opens with, named there for the first time.
    fn named_in_next_paragraph(&self, mention: (usize, usize)) -> Option<usize> {
        let (first, last) = self.mention_tokens(mention)?;
        let determiner = ["the", "its", "their"]
            .iter()
            .any(|w| self.lower_is(first, w));
        if first >= last || !determiner {
            return None;
        }
        // "The chief engineer of the Tavrin dam": the role ends before its "of" or "for".
        let head = (first + 1..=last)
            .take_while(|&i| !["of", "for", "at"].iter().any(|w| self.lower_is(i, w)))
            .last()?;
        let titled = (first + 1..=head).any(|i| self.tok(i).info.is(class::TITLE));
        if !titled || self.tok(head).capital {
            return None;
        }
        let sentence = self.sentence_of[first] as usize;
        let opens_paragraph = sentence == 0 || self.a.sentences[sentence - 1].paragraph_end;
        // The lede's subject, or its speaker after the words ("…, its chair said on Monday").
        let subject = (self.a.sentences[sentence].start..first)
            .all(|i| !self.tok(i).is_word() || self.tok(i).capital || self.is_dash(i))
            || (first > 0 && self.tok(first - 1).is_punct(','));
        if !opens_paragraph || !subject {
            return None;
        }
        let next = self.next_paragraph_opening(sentence)?;
        // "Judge Ingrid Halvorsen-Tamm, …": past a title before the name.
        let name = (next.start..next.end).find(|&i| {
            self.tok(i).is_word() && !(self.tok(i).capital && self.tok(i).info.is(class::TITLE))
        })?;
        let introduced_here = |entity: usize, at: usize| {
            let person = &self.entities.list[entity];
            person.kind == EntityKind::Person
                && person.name_tokens >= 2
                // No office of its own (one this rule gave it stands before the name).
                // ("a former president of the Court of Appeal" is no office now).
                && person.aliases.iter().all(|&alias| {
                    alias.1 <= at
                        || crate::speakers::alias_office(self.a, alias).is_none()
                        || self.a.text[..alias.1]
                            .split_whitespace()
                            .rev()
                            .take(4)
                            .any(|w| w.eq_ignore_ascii_case("former"))
                })
                && self.entities.mentions.iter().find(|m| m.1 == entity).map(|m| m.0) == Some(at)
        };
        // "Speaking at a news conference with the widow beside him, Samuel Achterberg said": past
        // the participle's clause, the first person the paragraph names.
        if self.tok(name).capital && self.w(name).ends_with("ing") {
            let (from, to) = (self.tok(name).start, self.tok(next.end - 1).end);
            return self
                .entities
                .mentions
                .iter()
                .filter(|m| from <= m.0 && m.0 < to)
                .find(|m| introduced_here(m.1, m.0))
                .map(|m| m.1);
        }
        let at = self.tok(name).start;
        let entity = self.entities.mentioned_in(at, at + 1)?;
        introduced_here(entity, at).then_some(entity)
    }

    // ----- small helpers -------------------------------------------------------------------------

    /// Whether "`qualifier` `head`" is a two-word title of the lexicon ("foreign minister").
    fn is_title_pair(&self, qualifier: &str, head: &str) -> bool {
        self.lex.title_phrases.iter().any(|p| {
            p.words.len() == 2
                && p.words[0].eq_ignore_ascii_case(qualifier)
                && p.words[1].eq_ignore_ascii_case(head)
        })
    }

    /// The word before a role's head that makes a two-word title with it, inside `first..head`:
    /// one of the lexicon ("foreign minister") or a capitalised one ("the Energy Minister").
    fn title_qualifier(&self, first: usize, head: usize) -> Option<&'a str> {
        (head > first + 1).then(|| self.w(head - 1)).filter(|q| {
            self.is_title_pair(q, self.w(head))
                || (self.tok(head).capital
                    && !crate::speakers::is_function(self.tok(head - 1))
                    && crate::speakers::names_office(self.a, head - 1, head))
        })
    }

    fn tok(&self, index: usize) -> &Token {
        &self.a.tokens[index]
    }

    fn w(&self, index: usize) -> &'a str {
        word(self.a, &self.a.tokens[index])
    }

    #[inline]
    fn lower_is(&self, index: usize, target: &str) -> bool {
        // Called everywhere: compare lengths, then bytes, without slicing the text as a str.
        let Some(t) = self.a.tokens.get(index) else {
            return false;
        };
        t.end - t.start == target.len()
            && t.is_word()
            && self.a.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(target.as_bytes())
    }

    /// A pronoun of the first person ("I", "we", "our", "we're"): a speaker's own words.
    fn is_first_person(&self, index: usize) -> bool {
        [
            "i", "we", "us", "our", "my", "me", "i'm", "i've", "we're", "we've", "we'll",
        ]
        .iter()
        .any(|w| self.lower_is(index, w))
    }

    /// A word in "-ing" that reads as a verb form, not a noun ("evening", "briefing", "wing").
    fn participle_like(&self, index: usize) -> bool {
        let t = self.tok(index);
        let w = self.w(index);
        w.ends_with("ing")
            && !t.info.is(class::ANON_HEAD
                | class::TIME
                | class::DOCUMENT
                | class::TITLE
                | class::NOUN_ING)
    }

    /// Whether the word before the colon at `colon` ends a heading ("Editor's note:", "Video
    /// Transcript:"), which introduces no speaker.
    fn heading_before(&self, colon: usize) -> bool {
        colon > 0 && self.tok(colon - 1).is_word() && self.tok(colon - 1).info.is(class::HEADING)
    }

    /// Reports the words `from..to` (trimmed; indirect or mixed) as one statement of `speaker`.
    fn push_reported(
        &mut self,
        from: usize,
        to: usize,
        speaker: FoundSpeaker,
        cue: (usize, usize),
        hedged: bool,
        rule: &'static str,
    ) {
        // A clause cut after its last word ("as saying A and that" at the text's end) is empty.
        if from >= to {
            return;
        }
        // "As one officer put it: “…”": a whole quotation is the speaker's own words.
        let quotes = self.quotes_between(from, to);
        let whole_quote = match quotes.as_slice() {
            [only] => {
                let q = self.a.quotes[*only];
                let first = (from..to).find(|&i| !self.tok(i).is_punct(':'));
                first == Some(q.open) && self.rest_is_empty(q.close + 1, to)
            }
            _ => false,
        };
        let (start, end, kind) = if whole_quote {
            let q = self.a.quotes[quotes[0]];
            (q.start, q.end, StatementKind::Direct)
        } else {
            let (start, end) = self.trim_content(self.tok(from).start, self.tok(to - 1).end, true);
            (start, end, self.reported_kind(from, to))
        };
        self.mark_quotes(from, to);
        self.push_one(kind, (start, end), speaker, Some(cue), hedged, rule);
    }

    /// Indirect, or mixed when the reported words between `from` and `to` hold a quoted fragment.
    fn reported_kind(&self, from: usize, to: usize) -> StatementKind {
        if self.quotes_between(from, to).is_empty() {
            StatementKind::Indirect
        } else {
            StatementKind::Mixed
        }
    }

    /// Whether a comma stands right before `index` (after `start`), also inside a closing quote
    /// mark: "The toll is “unfair,” the union said", "… ‘irresponsible,’ said Bell".
    fn comma_just_before(&self, index: usize, start: usize) -> bool {
        index > start
            && (self.tok(index - 1).is_punct(',')
                || (index > start + 1
                    && self.tok(index - 1).is_mark()
                    && self.tok(index - 2).is_punct(',')))
    }

    /// Whether the token at `index` is the first word of its paragraph (after bullets or emoji).
    fn opens_paragraph(&self, index: usize) -> bool {
        // "10:58 — Opposition MP Halyna Savchuk: …": a live blog's time stamp opens the entry.
        let index = self.time_stamp_before(index).unwrap_or(index);
        (0..index)
            .rev()
            .map(|i| self.tok(i))
            .find(|t| t.is_word() || t.is_break() || t.is_punct('.') || t.is_mark())
            .is_none_or(|t| t.is_break())
    }

    /// Where a time stamp and its dash ("14:15 —") end right before `index`: the stamp's first
    /// token.
    fn time_stamp_before(&self, index: usize) -> Option<usize> {
        let first = index.checked_sub(4)?;
        self.time_stamp_at(first).then_some(first)
    }

    /// Whether a live blog's time stamp and its dash ("14:15 —") start at token `first`.
    fn time_stamp_at(&self, first: usize) -> bool {
        // Four tokens exactly: hours, colon, minutes and the dash, no brackets or seconds.
        self.time_stamp_end(first) == Some(first + 4)
    }

    /// A determiner or a source noun ("The", "Several", "Troops"): written in lower case inside a
    /// description, whatever its case at the start of a sentence.
    fn common_word(&self, index: usize) -> bool {
        self.tok(index)
            .info
            .is(class::DETERMINER | class::ANON_HEAD)
    }

    /// The subject opening a reported clause after a short adjunct at `index` ("after the
    /// convention he would", "on CNN they had"), or `index` itself when it opens an amount ("about
    /// half of the cost", "around 40 percent"). A pronoun must be followed by an auxiliary, so a
    /// contact relative ("in a statement he released") is never taken for the clause.
    fn clause_after_adjunct(&self, index: usize, end: usize) -> Option<usize> {
        let amount = |i: usize| {
            i < end
                && (self.w(i).starts_with(|c: char| c.is_ascii_digit())
                    || [
                        "half", "a", "one", "two", "three", "most", "many", "some", "all",
                    ]
                    .iter()
                    .any(|w| self.lower_is(i, w)))
        };
        if ["about", "around", "nearly", "almost", "roughly"]
            .iter()
            .any(|w| self.lower_is(index, w))
            && amount(index + 1)
            && self.has_finite_verb(index + 2, (index + 12).min(end))
        {
            return Some(index);
        }
        let subject = (index + 1..(index + 7).min(end))
            .take_while(|&i| self.tok(i).is_word() && !self.is_verb(i))
            .find(|&i| self.is_pronoun_subject(i))?;
        let auxiliary = [
            "would", "will", "could", "can", "should", "might", "may", "must", "did", "does", "do",
        ];
        let next = subject + 1;
        (next < end
            && (subject > index + 1)
            && (self.is_be_or_have(next) || auxiliary.iter().any(|w| self.lower_is(next, w))))
        .then_some(subject)
    }

    /// Whether `[from, to)` holds a word that can be a clause's finite verb: a form of be or have, a
    /// modal or irregular past, a reporting verb, or a lower-case word ending in "-ed", or in "-s"
    /// between its subject and more words.
    fn has_finite_verb(&self, from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            let t = self.tok(i);
            if !t.is_word() || t.capital {
                return false;
            }
            let w = self.w(i);
            // "they're", "we'll", "she'd": a contracted auxiliary.
            let contracted = [
                "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m",
            ]
            .iter()
            .any(|c| w.ends_with(c));
            let noun = self.after_determiner(i);
            self.is_be_or_have(i)
                || contracted
                || t.info.is(class::FINITE)
                || (t.info.is(class::VERB) && !noun)
                || w.ends_with("ed")
                // "about 9,000 people remain in the town", "residents fear that": a plain present
                // after a plural subject, before what follows a verb or the sentence's end ("about
                // 40,000 civilians remain.").
                || (i > from
                    && !t.info.is(class::STOP | class::DETERMINER | class::PRONOUN | class::SKIP)
                    && w.len() >= 4
                    && !w.ends_with('s')
                    && !w.ends_with("ly")
                    && self.plural_subject(i - 1)
                    && !self.possessive(i - 1)
                    && (i + 1 == to
                        || self.is_preposition(i + 1)
                        || self.tok(i + 1).info.is(class::DETERMINER)
                        || self.tok(i + 1).is_punct('.')
                        || self.lower_is(i + 1, "that")))
                || (w.ends_with('s')
                    // "as", "its" are function words.
                    && !singular_in_s(w)
                    && !t.info.is(class::STOP | class::DETERMINER | class::PRONOUN)
                    && i > from
                    && i + 1 < to
                    && self.tok(i + 1).is_word()
                    && !self.tok(i - 1).info.is(class::DETERMINER | class::STOP))
        })
    }

    /// A plural noun that can be a clause's subject: "people", "troops", "residents".
    fn plural_subject(&self, index: usize) -> bool {
        let t = self.tok(index);
        let w = self.w(index);
        t.is_word()
            && !t.capital
            && !t
                .info
                .is(class::STOP | class::DETERMINER | class::PRONOUN | class::VERB)
            && (["people", "children", "police", "men", "women"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
                || (w.len() >= 4 && w.ends_with('s') && !singular_in_s(w)))
    }

    /// A finite form of "be" or "have" ("is", "were", "has", "had"): the verb that opens or
    /// continues a clause.
    fn is_be_or_have(&self, index: usize) -> bool {
        ["is", "are", "was", "were", "has", "have", "had"]
            .iter()
            .any(|w| self.lower_is(index, w))
    }

    /// The writer's own "I" ("I'm told", "I would say"): never a source.
    fn is_writer(&self, index: usize) -> bool {
        matches!(
            self.w(index),
            "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d"
        )
    }

    fn outside(&self, index: usize) -> bool {
        self.tok(index).quote == NO_QUOTE
    }

    /// Words of a multi-word phrase starting at `index`; returns the index after it.
    fn phrase_at(&self, index: usize, words: &[Box<str>], limit: usize) -> Option<usize> {
        let mut at = index;
        for w in words {
            while at < limit && !self.tok(at).is_word() && self.tok(at).is_punct('-') {
                at += 1;
            }
            if at >= limit || !self.lower_is(at, w) {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    fn is_verb(&self, index: usize) -> bool {
        let t = self.tok(index);
        t.is_word()
            && t.info.is(class::VERB)
            && self.outside(index)
            && (t.info.frames & frame::BACK == 0 || self.lower_is(index + 1, "back"))
            // "the officer in charge": a noun.
            && !(index > 0 && self.lower_is(index - 1, "in") && self.lower_is(index, "charge"))
    }

    /// A reporting verb used as a verb: "the state", "its report" and "State Department" are
    /// nouns.
    fn is_reporting_verb_form(&self, index: usize) -> bool {
        self.is_verb(index) && !self.tok(index).capital && !self.after_determiner(index)
    }

    /// Right after a determiner, or a determiner and one capitalised word ("a report", "a June
    /// report", "the Pentagon statement"): where a verb's form is a noun.
    fn after_determiner(&self, index: usize) -> bool {
        let determiner = |at: usize| self.tok(at).info.is(class::DETERMINER);
        (index > 0 && determiner(index - 1))
            || (index > 1 && self.tok(index - 1).capital && determiner(index - 2))
    }

    fn frames(&self, index: usize) -> u16 {
        self.tok(index).info.frames
    }

    /// A reporting verb's "-ing" form ("adding", "saying", "insisting"), which after an
    /// attribution opens a report of its own.
    fn reporting_participle(&self, index: usize) -> bool {
        self.w(index).ends_with("ing") && self.is_verb(index)
    }

    fn is_pronoun_subject(&self, index: usize) -> bool {
        let t = self.tok(index);
        if !t.is_word() || !t.info.is(class::PRONOUN) {
            return false;
        }
        let w = self.w(index);
        ["he", "she", "they", "we", "i", "it"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    }

    fn hedged_between(&self, from: usize, to: usize) -> bool {
        (from..to.min(self.a.tokens.len())).any(|i| {
            let t = self.tok(i);
            if !t.is_word() {
                return false;
            }
            if t.info.is(class::HEDGE)
                || (t.info.is(class::VERB) && t.info.frames & frame::HEDGE != 0)
            {
                return true;
            }
            t.info.is(class::PHRASE_START)
                && self
                    .lex
                    .hedge_phrases
                    .iter()
                    .any(|p| self.phrase_at(i, &p.words, to).is_some())
        })
    }

    /// Trims a byte range to exclude surrounding spaces and final punctuation.
    fn trim_content(
        &self,
        mut start: usize,
        mut end: usize,
        drop_final_stop: bool,
    ) -> (usize, usize) {
        let text = self.a.text;
        while start < end {
            let c = text[start..end].chars().next().unwrap_or(' ');
            if c.is_whitespace()
                || c == ','
                || c == '—'
                || c == '–'
                || c == ':'
                || crate::text::is_decoration(c)
            {
                start += c.len_utf8();
            } else {
                break;
            }
        }
        while start < end {
            let c = text[start..end].chars().next_back().unwrap_or(' ');
            let strip = c.is_whitespace()
                || c == ','
                || c == ';'
                || c == ':'
                || c == '—'
                || c == '–'
                || c == '-'
                || (drop_final_stop && (c == '.' || c == '!' || c == '?'))
                // "(… argue that taxes should be low.)": a bracket opened before the content.
                || (c == ')' && !text[start..end].contains('('));
            if strip {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        (start, end)
    }

    fn words_in(&self, from: usize, to: usize) -> usize {
        (from..to.min(self.a.tokens.len()))
            .filter(|&i| self.tok(i).is_word())
            .count()
    }

    fn quotes_between(&self, from: usize, to: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            let q = self.tok(i).quote;
            if q != NO_QUOTE {
                if !out.contains(&(q as usize)) {
                    out.push(q as usize);
                }
                i = self.a.quotes[q as usize].close + 1;
                continue;
            }
            i += 1;
        }
        out
    }

    // ----- noun phrases ----------------------------------------------------------------------------

    /// The noun phrase ending at token `end` (inclusive), not before `limit`.
    fn np_left(&self, end: usize, limit: usize) -> Option<NounPhrase> {
        // "Sanders himself": the reflexive only stresses the name.
        if end > limit
            && ["himself", "herself", "themselves", "itself"]
                .iter()
                .any(|w| self.lower_is(end, w))
        {
            return self.np_left(end - 1, limit);
        }
        let t = self.tok(end);
        if !t.is_word() || !self.outside(end) {
            return None;
        }
        if self.is_pronoun_subject(end) {
            return Some(NounPhrase {
                first: end,
                last: end,
                extent_last: end,
            });
        }
        // "Two in three said", "one in four": a share of the people asked.
        if end >= limit + 2
            && self.is_number(end)
            && self.lower_is(end - 1, "in")
            && self.is_number(end - 2)
        {
            let first = if end >= limit + 3 && self.lower_is(end - 3, "nearly") {
                end - 3
            } else {
                end - 2
            };
            return Some(NounPhrase {
                first,
                last: end,
                extent_last: end,
            });
        }
        // An infinitive ("to say") or a dangling connective has no subject here.
        if ["to", "of", "for"].iter().any(|w| self.lower_is(end, w)) {
            return None;
        }
        // "…; most said they were worried": a quantifier alone may be the subject.
        let lone_quantifier = || t.info.is(class::DETERMINER) && self.quantifier_alone(end, limit);
        // "The mother of three said": a count after a person's noun and "of" ends the phrase.
        let count_of_person = || {
            end >= limit + 2
                && self.is_number(end)
                && self.lower_is(end - 1, "of")
                && self.tok(end - 2).info.is(class::ANON_HEAD | class::TITLE)
        };
        if t.info.is(class::STOP | class::SKIP | class::DETERMINER)
            && !t.capital
            && !t.info.is(class::ANON_HEAD)
            && !lone_quantifier()
            && !count_of_person()
        {
            return None;
        }
        // "the state stated", "the head of state said": after a determiner or "of" a verb's form
        // is a noun.
        let noun_after_determiner = end > limit
            && (self.tok(end - 1).info.is(class::DETERMINER) || self.lower_is(end - 1, "of"));
        if t.info.is(class::VERB)
            && !t.capital
            && !t.info.is(class::ANON_HEAD)
            && !noun_after_determiner
        {
            return None;
        }
        // "On Thursday", "Wednesday", "April 18", "October 2013": a time is never a speaker.
        if t.info.is(class::TIME) && !t.info.is(class::ANON_HEAD | class::TITLE) {
            return None;
        }
        if end > limit && self.is_number(end) && self.is_month(end - 1) {
            return None;
        }
        let mut first = end;
        let mut index = end;
        loop {
            if index == limit || end - index >= MAX_NP {
                break;
            }
            let prev = index - 1;
            let p = self.tok(prev);
            if !self.outside(prev) {
                break;
            }
            // "On Thursday Korvathian channels claimed": the time opens the sentence, not the name.
            if p.capital
                && p.info.is(class::TIME)
                && !p.info.is(class::ANON_HEAD | class::TITLE)
                && (prev == limit
                    || is_sentence_start(self, prev)
                    || ["on", "in", "by", "since", "until"]
                        .iter()
                        .any(|w| self.lower_is(prev - 1, w)))
            {
                break;
            }
            // "Jock A. Finlayson": a middle initial that spells a determiner or a pronoun.
            if prev > limit
                && self.is_initial_dot(prev)
                && self
                    .tok(prev - 1)
                    .info
                    .is(class::STOP | class::DETERMINER | class::PRONOUN)
            {
                first = prev - 1;
                index = prev - 1;
                continue;
            }
            // A hyphen joins only when nothing stands between it and its words ("4 September -
            // Dovrak's defence ministry": a spaced one is a dash).
            let joining_hyphen = p.is_punct('-')
                && prev > 0
                && self.tok(prev - 1).end == p.start
                && self.tok(index).start == p.end;
            // "Fennick & Dorr": an ampersand inside a firm's name.
            let ampersand = p.is_punct('&')
                && prev > limit
                && self.tok(prev - 1).capital
                && self.tok(index).capital;
            // "The mothers' committee", "the Ferry Pilots' Guild": a plural's possessive mark,
            // paired with no other.
            let plural_possessive = p.is_mark()
                && p.quote == NO_QUOTE
                && prev > limit
                && self.tok(prev - 1).is_word()
                && self.tok(prev - 1).end == p.start
                && self.w(prev - 1).ends_with('s')
                && self.tok(index).is_word()
                && (!self.tok(index).capital
                    || (self.tok(prev - 1).capital && self.tok(index).info.is(class::ORG_HEAD)));
            if p.is_punct('%')
                || joining_hyphen
                || ampersand
                || plural_possessive
                || p.is_punct('.') && self.is_abbrev_dot(prev)
            {
                index = prev;
                continue;
            }
            if !p.is_word() {
                break;
            }
            // "In August said": a capitalised function word opening the sentence ends the phrase too.
            let sentence_initial_stop = p.capital
                && p.info.is(class::STOP | class::SKIP | class::PRONOUN)
                && !p.info.is(class::TITLE)
                && is_sentence_start(self, prev);
            // "the call sign": after a determiner a verb's form is a noun inside the phrase;
            // "an earlier version", "a later statement": so is an adverb of time an adjective.
            // "the head of state said": so is one after "of".
            // "Kharovan state television": so is one between a name's adjective and the head.
            // "Dernov's fire service": so is one after a possessive.
            let noun_after_determiner = (p.info.is(class::VERB)
                || (["earlier", "later"].iter().any(|w| self.lower_is(prev, w))))
                && prev > limit
                && (self.tok(prev - 1).info.is(class::DETERMINER)
                    || self.lower_is(prev - 1, "of")
                    || self.possessive(prev - 1)
                    || (p.info.is(class::VERB_BASE)
                        && first == prev + 1
                        && is_name_token(self.tok(prev - 1))
                        && !crate::speakers::is_function(self.tok(prev - 1))
                        // ("Polls suggest displaced residents": a plural subject and its verb.)
                        && !self.w(prev - 1).ends_with('s')));
            // "the UN monitoring mission": an -ing word between a modifier and a lower-case noun
            // modifies it; "troops defending Kolnik" ends at the participle.
            let ing_modifier =
                self.participle_like(prev) && !p.info.is(class::VERB) && prev > limit && {
                    let next = self.tok(prev + 1);
                    let before = self.tok(prev - 1);
                    next.is_word()
                        && !next.capital
                        && !self.w(prev + 1).ends_with("ing")
                        && before.is_word()
                        && (is_name_token(before) || !before.info.is(class::STOP | class::VERB))
                };
            let lower_stop =
                (sentence_initial_stop && p.info.is(class::STOP) && !p.info.is(class::PRONOUN))
                    || (!p.capital
                        && !noun_after_determiner
                        && (p
                            .info
                            .is(class::STOP | class::VERB | class::SKIP | class::PRONOUN)
                            || (self.participle_like(prev) && !ing_modifier)));
            // "The senator emailed supporters", "Obama passionately rebuked critics": a past tense
            // after a name, a role or an adverb is the verb of the clause, not part of its object.
            if self.finite_verb_after_subject(prev, limit) {
                break;
            }
            let number = self.w(prev).bytes().all(|b| b.is_ascii_digit());
            if (p.info.is(class::DETERMINER) || number)
                && !(p.info.is(class::DET_DEF) && p.capital && is_sentence_start(self, prev))
            {
                first = prev;
                // "Red Steppe and several other channels": the named source comes with the rest.
                let and = (prev.saturating_sub(3).max(limit + 1)..prev)
                    .rev()
                    .find(|&i| self.lower_is(i, "and"));
                if let Some(and) = and.filter(|&and| {
                    (and + 1..prev)
                        .all(|i| self.tok(i).info.is(class::DETERMINER) || self.is_number(i))
                        && self.others_joined(and, end)
                }) {
                    first = and + 1;
                    index = and;
                    continue;
                }
                // "the head of the Super PAC", "85% of Democrats"
                if prev >= limit + 2
                    && self.lower_is(prev - 1, "of")
                    && self.tok(prev - 2).is_word()
                {
                    index = prev - 1;
                    continue;
                }
                // "a spokesman for the ministry", "an official in the ministry", "our
                // correspondent on the ground": a source's affiliation belongs to it.
                if prev >= limit + 2
                    && ["for", "in", "at", "from", "with", "by", "on"]
                        .iter()
                        .any(|w| self.lower_is(prev - 1, w))
                    && self.tok(prev - 2).is_word()
                    && self
                        .tok(prev - 2)
                        .info
                        .is(class::ANON_HEAD | class::TITLE | class::DOCUMENT)
                {
                    index = prev - 1;
                    continue;
                }
                // "the administration in the occupied Lesk region", "a memo seen by the Courier"
                if let Some(at) = (prev >= limit + 3)
                    .then(|| self.phrase_tied_before(prev - 1, prev, end))
                    .flatten()
                {
                    index = at;
                    continue;
                }
                // "the Institute for the Study of War", "the Committee for a Responsible Budget": a
                // name goes on across a lower-case article between capitalised words.
                if prev >= limit + 2
                    && !p.capital
                    && ["for", "of"].iter().any(|w| self.lower_is(prev - 1, w))
                    && is_name_token(self.tok(prev - 2))
                    && is_name_token(self.tok(prev + 1))
                {
                    index = prev - 1;
                    continue;
                }
                // "sources close to the command", "people familiar with the plan"
                if prev >= limit + 3
                    && ((self.lower_is(prev - 1, "to") && self.lower_is(prev - 2, "close"))
                        || (self.lower_is(prev - 1, "with") && self.lower_is(prev - 2, "familiar")))
                {
                    index = prev - 2;
                    continue;
                }
                // "channels linked to the military", "bloggers loyal to the army": who a source
                // is tied to is part of it.
                if prev >= limit + 3
                    && (self.lower_is(prev - 1, "to") || self.lower_is(prev - 1, "with"))
                    && [
                        "linked",
                        "tied",
                        "loyal",
                        "connected",
                        "affiliated",
                        "allied",
                        "close",
                    ]
                    .iter()
                    .any(|w| self.lower_is(prev - 2, w))
                    && self
                        .tok(prev - 3)
                        .info
                        .is(class::ANON_HEAD | class::ORG_HEAD)
                {
                    index = prev - 2;
                    continue;
                }
                break;
            }
            if p.is_word() && p.info.is(class::DET_DEF) && p.capital {
                first = prev;
                break;
            }
            // "a senior official in Aldross", "a bank teller in Texas", "Senator from Texas",
            // "Anna Lind from Vessa", "Ulla Brandt at Fennick & Dorr": a place or a firm after a
            // described or named head belongs to it.
            if (self.lower_is(prev, "in")
                || self.lower_is(prev, "from")
                || self.lower_is(prev, "at"))
                && prev > limit
                && (first..=end).all(|i| is_name_token(self.tok(i)) || self.tok(i).is_punct('&'))
                && !(first..=end).any(|i| self.tok(i).info.is(class::TIME))
                && self.tok(prev - 1).is_word()
                && (((!self.tok(prev - 1).capital || is_sentence_start(self, prev - 1))
                    && (self.tok(prev - 1).info.is(class::ANON_HEAD | class::TITLE)
                        || self.plain_noun(prev - 1)))
                    // "Ulla Brandt at Fennick & Dorr": so is a named person's firm.
                    || ((self.lower_is(prev, "from") || self.lower_is(prev, "at"))
                        && is_name_token(self.tok(prev - 1))
                        && !crate::speakers::is_function(self.tok(prev - 1))))
            {
                first = prev;
                index = prev;
                continue;
            }
            // "The Foreign Ministry in Savrin", "An internal memo seen by the Courier says".
            if let Some(at) = (prev > limit + 1)
                .then(|| self.phrase_tied_before(prev, first, end))
                .flatten()
            {
                first = at;
                index = at;
                continue;
            }
            // "people with knowledge of the matter", "officials with the ministry": what a source
            // has or belongs to stays with it.
            // "a person familiar with Caroline Ashdown's thinking" too.
            if self.lower_is(prev, "with")
                && prev > limit
                && (self.tok(prev - 1).info.is(class::ANON_HEAD | class::TITLE)
                    || self.lower_is(prev - 1, "familiar"))
                && !self.tok(prev - 1).capital
            {
                first = prev;
                index = prev;
                continue;
            }
            // "Red Steppe and other channels"
            if first == prev + 1 && prev > limit + 1 && self.others_joined(prev, end) {
                first = prev;
                index = prev;
                continue;
            }
            // "Varga and Osin", "he and Brafman": two named speakers of one statement.
            if self.lower_is(prev, "and")
                && first == prev + 1
                && is_name_token(self.tok(prev + 1))
                && prev > limit
                && (is_name_token(self.tok(prev - 1)) || self.is_pronoun_subject(prev - 1))
                && !self.tok(prev - 1).info.is(class::DETERMINER | class::STOP)
            {
                first = prev;
                index = prev;
                continue;
            }
            if lower_stop
                && !self.lower_is(prev, "of")
                && !self.lower_is(prev, "to")
                && !self.lower_is(prev, "for")
                && !self.and_inside_organisation(prev, limit)
            {
                break;
            }
            let connective = self.lower_is(prev, "of")
                || self.lower_is(prev, "to")
                || self.lower_is(prev, "for");
            let noun_before = prev > limit
                && self.tok(prev - 1).is_word()
                && !self.tok(prev - 1).info.is(class::STOP | class::VERB)
                && !self.predicate_adjective(prev - 1);
            if connective && !noun_before {
                break;
            }
            // A possessive name before a noun is part of the phrase ("Carter's press secretary").
            first = prev;
            index = prev;
        }
        // Don't start on a connective.
        while first < end
            && (self.lower_is(first, "of")
                || self.lower_is(first, "to")
                || self.lower_is(first, "for"))
        {
            first += 1;
        }
        // A phrase must have a head that can speak: a name, a pronoun, or a noun after a determiner.
        let head = self.tok(end);
        let has_det = self.tok(first).info.is(class::DETERMINER)
            || self.w(first).bytes().all(|b| b.is_ascii_digit());
        let has_name = (first..=end)
            .any(|i| self.tok(i).capital && !self.tok(i).info.is(class::DETERMINER | class::STOP));
        // "officials on both sides": the source's head comes first.
        let first_is_source =
            first < end && self.tok(first).info.is(class::ANON_HEAD | class::TITLE);
        if has_name || has_det || first_is_source || head.info.is(class::ANON_HEAD | class::TITLE) {
            if has_det && first == end && !self.quantifier_alone(end, limit) {
                return None;
            }
            Some(NounPhrase {
                first,
                last: end,
                extent_last: end,
            })
        } else {
            None
        }
    }

    /// Whether the "and" at `and` adds unnamed others to a named source ("Red Steppe and several
    /// other channels", "the Kordon channel and two other outlets"), so the statement is the named
    /// source's.
    fn others_joined(&self, and: usize, end: usize) -> bool {
        self.lower_is(and, "and")
            && end > and
            && end - and <= 4
            && (and + 1..=end).all(|i| self.tok(i).is_word() && !self.tok(i).capital)
            && (and + 1..=end).any(|i| self.lower_is(i, "other") || self.lower_is(i, "others"))
            && and > 0
            && (is_name_token(self.tok(and - 1)) || self.tok(and - 1).info.is(class::ORG_HEAD))
    }

    /// Whether the "and" at `and` joins two words of one organisation's name ("the Center for
    /// Strategic and International Studies"): capitalised words on both sides, and before them "for"
    /// or "of" after an organisation's head word. "Smith and Jones" stay two speakers.
    fn and_inside_organisation(&self, and: usize, limit: usize) -> bool {
        if !self.lower_is(and, "and") || and <= limit || !is_name_token(self.tok(and + 1)) {
            return false;
        }
        let mut index = and;
        while index > limit && is_name_token(self.tok(index - 1)) {
            index -= 1;
        }
        index < and && index >= limit + 2 && self.organisation_connective(index - 1)
    }

    /// Whether the word at `index` is the "of"/"for" right after an organisation's capitalised head
    /// word ("Ministry of", "Institute for").
    /// When the "of" at `index` is inside a title of the lexicon ("secretary of state") that ends
    /// before `end`: where the title ends.
    fn title_around_of(&self, index: usize, end: usize) -> Option<usize> {
        if index == 0 || !self.lower_is(index, "of") {
            return None;
        }
        self.lex.title_phrases.iter().find_map(|p| {
            (p.words.len() > 2 && p.words[1].as_ref() == "of")
                .then(|| self.phrase_at(index - 1, &p.words, end))
                .flatten()
        })
    }

    fn organisation_connective(&self, index: usize) -> bool {
        index > 0
            && ["of", "for"].iter().any(|w| self.lower_is(index, w))
            && self.tok(index - 1).capital
            && self.tok(index - 1).info.is(class::ORG_HEAD)
    }

    /// The organisation named by `np` when its name holds lower-case connectives after a head word
    /// ("the Ministry of Defence", "the Institute for the Study of War"): the first and last token of
    /// the whole name.
    fn organisation_name_span(&self, np: NounPhrase) -> Option<(usize, usize)> {
        const CONNECTIVES: [&str; 7] = ["of", "for", "the", "a", "an", "and", "on"];
        let connective = (np.first + 1..np.last).find(|&i| self.organisation_connective(i))?;
        let whole = is_name_token(self.tok(np.last))
            && (connective..=np.last).all(|i| {
                is_name_token(self.tok(i)) || CONNECTIVES.iter().any(|w| self.lower_is(i, w))
            });
        if !whole {
            return None;
        }
        let mut first = connective - 1;
        while first > np.first
            && is_name_token(self.tok(first - 1))
            && !crate::speakers::is_function(self.tok(first - 1))
            && !self.tok(first - 1).info.is(class::DETERMINER)
            && !self.possessive(first - 1)
        {
            first -= 1;
        }
        Some((first, np.last))
    }

    /// A time adverbial ending just before `index` ("last week", "on Tuesday", "Wednesday", "this
    /// morning"): the index of its first token, when the word before it can still end a subject.
    fn time_before(&self, index: usize, limit: usize) -> Option<usize> {
        let mut at = index;
        // "published on March 5", "on May 3": a day of a month ("March" and "May" alone are no
        // time words).
        if at >= limit + 2
            && self.is_number(at - 1)
            && self.w(at - 1).len() <= 2
            && self.is_month(at - 2)
        {
            at -= 2;
        }
        while at > limit {
            let t = self.tok(at - 1);
            if !t.is_word() || !t.info.is(class::TIME) || !self.outside(at - 1) {
                break;
            }
            at -= 1;
        }
        if at == index || at == limit {
            return None;
        }
        // The time must hold a content word: "on" or "in" alone is a preposition.
        let content = (at..index).any(|i| {
            !matches!(
                self.w(i).to_ascii_lowercase().as_str(),
                "on" | "in" | "at" | "during" | "last" | "this" | "next"
            )
        });
        let prev = self.tok(at - 1);
        let subject_end = prev.is_word() || prev.is_punct(')') || prev.is_punct(',');
        (content && subject_end).then_some(at)
    }

    /// "citing" or "quoting": a source named as the grounds of a report.
    fn is_citing(&self, index: usize) -> bool {
        self.lower_is(index, "citing") || self.lower_is(index, "quoting")
    }

    /// "Another claimed …", "Others said …", "Some argue …": a quantifier alone at `end` stands for
    /// people the text just mentioned ("the" or "his" alone stands for nobody). The verb must
    /// agree: in "Several reports claimed" and "Another report:" the word after it is a noun.
    fn quantifier_alone(&self, end: usize, limit: usize) -> bool {
        let quantifier = [
            "another", "others", "some", "many", "most", "several", "few", "both", "one",
        ]
        .iter()
        .any(|w| self.lower_is(end, w));
        if !quantifier || !(end == limit || self.is_clause_start(end - 1)) {
            return false;
        }
        let next = end + 1;
        let Some(t) = self.a.tokens.get(next) else {
            return false;
        };
        // "One, a retired teacher, said": an appositive may stand between.
        if t.is_punct(',') {
            return true;
        }
        t.is_word()
            && if self.lower_is(end, "another") || self.lower_is(end, "one") {
                t.info.is(class::VERB) && !t.info.is(class::VERB_BASE)
            } else {
                !self.w(next).ends_with('s')
            }
    }

    /// An adjective that takes "of", "to" or "for" after a verb ("critical of Republicans",
    /// "wary of", "open to"): what follows is its complement, not a speaker's affiliation.
    fn predicate_adjective(&self, index: usize) -> bool {
        let t = self.tok(index);
        let w = self.w(index);
        t.is_word()
            && !t.capital
            && !t
                .info
                .is(class::ANON_HEAD | class::TITLE | class::ORG_HEAD | class::DOCUMENT)
            && (["ical", "ive", "ful", "ous"].iter().any(|s| w.ends_with(s))
                || [
                    "wary", "aware", "afraid", "proud", "tired", "fond", "open", "grateful",
                ]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a)))
    }

    /// A lower-case word that can head a noun phrase: no function word, verb or participle.
    fn plain_noun(&self, index: usize) -> bool {
        let t = self.tok(index);
        let w = self.w(index);
        t.is_word()
            && !t.capital
            && !crate::speakers::is_function(t)
            && !t.info.is(class::FINITE)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with("ly")
    }

    fn is_number(&self, index: usize) -> bool {
        let t = self.tok(index);
        t.is_word()
            // "105", "1,102", "8.5"
            && ((self.w(index).starts_with(|c: char| c.is_ascii_digit())
                && self
                    .w(index)
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.'))
                || [
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                ]
                .iter()
                .any(|n| self.lower_is(index, n)))
    }

    fn punct_char(&self, index: usize) -> char {
        match self.tok(index).kind {
            TokenKind::Punct(c) => c,
            _ => ' ',
        }
    }

    fn is_abbrev_dot(&self, index: usize) -> bool {
        if index == 0 || !self.tok(index - 1).is_word() || !self.tok(index - 1).capital {
            return false;
        }
        // A title ("Sen."), a middle initial ("Roger C. Altman"), or any dot before a comma or a
        // closing parenthesis ("of Jackson, Miss., said", "Chuck Schumer (D-N.Y.) said").
        self.tok(index - 1).info.is(class::ABBREV)
            || (index + 1 < self.a.tokens.len()
                && (self.tok(index + 1).is_punct(',') || self.tok(index + 1).is_punct(')')))
            || (self.w(index - 1).len() == 1
                && index + 1 < self.a.tokens.len()
                && is_name_token(self.tok(index + 1)))
    }

    /// A word ending in a possessive: "Rubio's", "the ministry’s".
    fn possessive(&self, index: usize) -> bool {
        crate::speakers::ends_possessive(self.a, index)
    }

    /// A month's name, capitalised: "April", "March" and "May" too, which alone are no time words.
    fn is_month(&self, index: usize) -> bool {
        self.tok(index).capital
            && (self.tok(index).info.is(class::TIME)
                || ["march", "may"].iter().any(|m| self.lower_is(index, m)))
    }

    /// Where a speaker's phrase goes on to the left when the preposition at `prep` ties the words
    /// `first..=end` after it to the noun before it: where a body sits ("The Foreign Ministry in
    /// Savrin", "the administration in the occupied Lesk region") or the outlet that saw a
    /// document ("a memo seen by the Courier"), neither of which speaks.
    fn phrase_tied_before(&self, prep: usize, first: usize, end: usize) -> Option<usize> {
        if self.lower_is(prep, "by") && self.outlet_saw_document(prep - 1) {
            return Some(prep - 1);
        }
        let located = self.lower_is(prep, "in")
            && self.tok(prep - 1).info.is(class::ORG_HEAD)
            && end < first + 5
            && (first..=end).any(|i| is_name_token(self.tok(i)))
            && (first..=end).all(|i| {
                self.tok(i).is_word() && !self.is_verb(i) && !self.tok(i).info.is(class::TIME)
            });
        located.then_some(prep)
    }

    /// "seen", "obtained", "reviewed" at `index` after a document ("a memo seen by the Courier"):
    /// how an outlet came by it.
    fn outlet_saw_document(&self, index: usize) -> bool {
        index > 0
            && ["seen", "obtained", "reviewed", "viewed"]
                .iter()
                .any(|w| self.lower_is(index, w))
            && self.tok(index - 1).info.is(class::DOCUMENT)
    }

    /// Whether a date ends just before `index`: "on 6 September", "on Monday", "September 6".
    fn ends_with_date(&self, index: usize) -> bool {
        let last = index.wrapping_sub(1);
        index > 0
            && (self.is_month(last)
                || (self.tok(last).capital
                    && self.tok(last).info.is(class::TIME)
                    && self.w(last).ends_with("day"))
                || (index > 1 && self.is_number(last) && self.is_month(last - 1)))
    }

    /// A dash between words: "—", "–", or a hyphen standing alone (" - ", "--").
    fn is_dash(&self, index: usize) -> bool {
        matches!(self.punct_char(index), '-' | '—' | '–')
    }

    /// Where a run of capitalised name words ending at `last` starts, over middle initials
    /// ("Rolf T. Dunmore"), not before `floor`.
    fn name_run_first(&self, last: usize, floor: usize) -> usize {
        let mut first = last;
        while first > floor
            && is_name_token(self.tok(first - 1))
            && !crate::speakers::is_function(self.tok(first - 1))
        {
            first -= 1;
        }
        // "Jock A. Finlayson", "St. Paul": step over the initial or abbreviation and its full stop
        // as one.
        if first >= floor + 2 && self.is_name_dot(first - 1) {
            return self.name_run_first(first - 2, floor);
        }
        first
    }

    /// The full stop of an initial or an abbreviation inside a name: "Rolf T. Dunmore", "St. Paul";
    /// a title's ("Sen. Lind") is split off the name later.
    fn is_name_dot(&self, index: usize) -> bool {
        self.is_initial_dot(index)
            || (index > 0
                && index < self.a.tokens.len()
                && self.tok(index).is_punct('.')
                && self.tok(index).start == self.tok(index - 1).end
                && is_name_token(self.tok(index - 1))
                && self.tok(index - 1).info.is(class::ABBREV))
    }

    /// The full stop of a middle initial inside a name: "Rolf T. Dunmore", "James B. Comey".
    fn is_initial_dot(&self, index: usize) -> bool {
        crate::speakers::is_initial_dot(self.a, index)
    }

    /// The subject of a reporting verb at `verb`: skips adverbs and auxiliaries, handles an
    /// appositive ("Colonel Ivo Prennik, the staff spokesman, said"). Returns the phrase and whether
    /// a hedge stood in between.
    fn subject_of(&self, verb: usize, limit: usize) -> Option<(NounPhrase, bool)> {
        // "19:08 Caller Oleks, Zarichna district: says queues …": notes name the speaker in a
        // label and go on with the verb.
        if verb > limit + 1 && self.tok(verb - 1).is_punct(':') && !self.tok(verb).capital {
            if let Some((Some(np), None, hedged)) = self.intro_speaker(limit, verb - 1) {
                if self.opens_paragraph(limit) {
                    return Some((np, hedged));
                }
            }
        }
        // "I heard him say, very calmly, …": whom the writer heard speak.
        if verb >= limit + 2
            && self.lower_is(verb, "say")
            && ["him", "her", "them"]
                .iter()
                .any(|w| self.lower_is(verb - 1, w))
            && ["heard", "hear", "saw", "watched"]
                .iter()
                .any(|w| self.lower_is(verb - 2, w))
        {
            let heard = verb - 1;
            return Some((
                NounPhrase {
                    first: heard,
                    last: heard,
                    extent_last: heard,
                },
                false,
            ));
        }
        let mut index = verb;
        let mut hedged = false;
        // "is said to have added", "appears to have said", "is understood to have told"
        if index >= limit + 4
            && self.lower_is(index - 1, "have")
            && self.lower_is(index - 2, "to")
            && [
                "said",
                "appears",
                "seems",
                "understood",
                "believed",
                "thought",
                "reported",
                "alleged",
                "rumoured",
                "rumored",
            ]
            .iter()
            .any(|w| self.lower_is(index - 3, w))
        {
            index -= 3;
            hedged = true;
            if index > limit && self.tok(index - 1).info.is(class::STOP) {
                index -= 1;
            }
        }
        // "likes to say that", "stepped in to say that", "went on to say": a verb before the
        // infinitive that only frames the saying.
        if index >= limit + 3 && self.lower_is(index - 1, "to") {
            let one = ["likes", "liked", "hastened", "rushed"];
            let two = [
                ("stepped", "in"),
                ("went", "on"),
                ("goes", "on"),
                ("was", "quick"),
            ];
            if one.iter().any(|w| self.lower_is(index - 2, w)) {
                index -= 2;
            } else if two
                .iter()
                .any(|(a, b)| self.lower_is(index - 3, a) && self.lower_is(index - 2, b))
            {
                index -= 3;
            }
        }
        let ing = self.tok(verb).info.is(class::ING);
        // "The ministry keeps saying", "kept on saying": a verb of going on frames the saying.
        if ing && self.lower_is(verb, "saying") && index > limit + 1 {
            if self.lower_is(index - 1, "on")
                && index > limit + 2
                && self.lower_is(index - 2, "kept")
            {
                index -= 2;
            } else if ["keeps", "keep", "kept"]
                .iter()
                .any(|w| self.lower_is(index - 1, w))
            {
                index -= 1;
            }
        }
        while index > limit {
            let p = self.tok(index - 1);
            // "did not say", "never said": a negated report is no statement.
            if p.is_word()
                && [
                    "not", "never", "didn't", "didn’t", "won't", "won’t", "cannot",
                ]
                .iter()
                .any(|n| self.w(index - 1).eq_ignore_ascii_case(n))
            {
                return None;
            }
            let be = ing
                && ["is", "are", "was", "were"]
                    .iter()
                    .any(|b| self.w(index - 1).eq_ignore_ascii_case(b));
            // "Varga and Osin both said"
            let quantifier = ["both", "all", "each"]
                .iter()
                .any(|q| self.lower_is(index - 1, q))
                && index - 1 > limit
                && is_name_token(self.tok(index - 2));
            // "Right Wing Watch first reported": an adverb of order after a name.
            let first_time = ["first", "originally"]
                .iter()
                .any(|w| self.lower_is(index - 1, w))
                && index - 1 > limit
                && is_name_token(self.tok(index - 2));
            if p.is_word()
                && !p.capital
                && (p.info.is(class::SKIP)
                    || self.w(index - 1).ends_with("ly")
                    || be
                    || quantifier
                    || first_time)
            {
                hedged |= p.info.is(class::HEDGE);
                index -= 1;
                continue;
            }
            // "A former officer we spoke to said", "a nurse I met said": a relative clause of the
            // writer's without "who".
            let contact = |n: usize, verbs: &[&str], particle: Option<&str>| {
                index > limit + n
                    && self.tok(index - n).info.is(class::PRONOUN)
                    && ["we", "I"].iter().any(|w| self.w(index - n) == *w)
                    && verbs.iter().any(|w| self.lower_is(index - n + 1, w))
                    && particle.is_none_or(|p| self.lower_is(index - 1, p))
                    && self.tok(index - n - 1).is_word()
            };
            if contact(3, &["spoke", "talked"], Some("to")) || contact(3, &["spoke"], Some("with"))
            {
                index -= 3;
                continue;
            }
            if contact(
                2,
                &["interviewed", "met", "reached", "contacted", "asked"],
                None,
            ) {
                index -= 2;
                continue;
            }
            // "Fell (D-Calif.) last week said", "Lenz on Tuesday said": a time between subject and verb.
            if let Some(before) = self.time_before(index, limit) {
                index = before;
                continue;
            }
            break;
        }
        // "A diplomat speaking on condition of anonymity told": step over the marker.
        let mut extent_last = None;
        for marker in &self.lex.anon_markers {
            let n = marker.words.len();
            if index > limit + n && self.phrase_at(index - n, &marker.words, index) == Some(index) {
                extent_last = Some(index - 1);
                let mut at = index - n;
                if at > limit
                    && self.tok(at - 1).is_word()
                    && (self.w(at - 1).ends_with("ing") || self.w(at - 1) == "spoke")
                {
                    at -= 1;
                }
                if at > limit && self.lower_is(at - 1, "who") {
                    at -= 1;
                }
                index = at;
                break;
            }
        }
        if let Some(extent_last) = extent_last {
            if index > limit {
                if let Some(np) = self.np_left(index - 1, limit) {
                    return Some((NounPhrase { extent_last, ..np }, hedged));
                }
            }
        }
        if index <= limit {
            return None;
        }
        let mut prev = index - 1;
        // "Gov. John Kasich (R-OH), said": the comma after an aside is the aside's.
        if prev > limit + 1 && self.tok(prev).is_punct(',') && self.tok(prev - 1).is_punct(')') {
            prev -= 1;
        }
        // An unnamed "prominent Eastern European politician" said: a quoted description is part of
        // the phrase.
        if self.tok(prev).is_mark() && self.tok(prev).quote != NO_QUOTE {
            let q = self.a.quotes[self.tok(prev).quote as usize];
            if q.close == prev && q.open > limit && q.words <= 8 {
                if let Some(np) = self.np_left(q.open - 1, limit) {
                    return Some((
                        NounPhrase {
                            first: np.first,
                            last: q.close,
                            extent_last: q.close,
                        },
                        hedged,
                    ));
                }
            }
        }
        // "Jessica Leeds, who told the Times": the relative stands for the phrase before it.
        if (self.lower_is(prev, "who") || self.lower_is(prev, "which")) && prev > limit + 1 {
            let before = if self.tok(prev - 1).is_punct(',') || self.is_dash(prev - 1) {
                prev - 2
            } else {
                prev - 1
            };
            if before >= limit {
                let np = self.np_left(before, limit);
                // "Nils, who ordered the ferries back?": a question to the person named.
                if np.is_some_and(|np| self.vocative_question(np.first, prev)) {
                    return None;
                }
                // "a story of a woman who claims": "who" stands for a person, so for what
                // follows a thing's "of".
                let person = np.and_then(|np| {
                    let of = (np.first + 1..np.last).find(|&i| self.lower_is(i, "of"))?;
                    let thing = self.tok(of - 1);
                    // "the 30 percent of voters who said", "a majority of members who": a
                    // share of the people is them.
                    let share = self.is_number(of - 1)
                        || (of >= np.first + 2 && self.is_number(of - 2))
                        || [
                            "percent", "majority", "minority", "share", "number", "half", "rest",
                        ]
                        .iter()
                        .any(|w| self.lower_is(of - 1, w));
                    (self.lower_is(prev, "who")
                        && thing.is_word()
                        && !thing.capital
                        && !thing
                            .info
                            .is(class::ANON_HEAD | class::TITLE | class::DETERMINER)
                        && !share)
                        .then_some(NounPhrase {
                            first: of + 1,
                            ..np
                        })
                });
                return person.or(np).map(|np| (np, hedged));
            }
            return None;
        }
        // "Bob Goodlatte (R-Va.) told": step over a parenthesis after the name.
        if self.tok(prev).is_punct(')') {
            let open = (limit..prev)
                .rev()
                .take(12)
                .find(|&i| self.tok(i).is_punct('('))?;
            if open > limit {
                return self.np_left(open - 1, limit).map(|np| (np, hedged));
            }
            return None;
        }
        // "Joyce — who practises law in Illinois — told", "Trump - who … - said", "A candidate --
        // John McCain, who lost in 2008 -- said": step over a dashed aside after the name.
        let dash = self.punct_char(prev);
        if matches!(dash, '—' | '–' | '-') {
            // "--" is two hyphens.
            let doubled = |i: usize| i > limit && self.tok(i - 1).is_punct(dash);
            let close = if doubled(prev) { prev - 1 } else { prev };
            let open = (limit..close)
                .rev()
                .take(40)
                .find(|&i| self.tok(i).is_punct(dash) || self.tok(i).is_break())?;
            let open = if doubled(open) { open - 1 } else { open };
            if open > limit && !self.tok(open).is_break() {
                return self.np_left(open - 1, limit).map(|np| {
                    (
                        NounPhrase {
                            extent_last: close - 1,
                            ..np
                        },
                        hedged,
                    )
                });
            }
            return None;
        }
        if self.tok(prev).is_punct(',') {
            // Appositive: NP , APPOSITIVE , VERB
            let mut comma = None;
            let lowest = prev.saturating_sub(30).max(limit);
            let mut i = prev;
            while i > lowest {
                i -= 1;
                let t = self.tok(i);
                // "Galina Shevrova, whose son Maxim, 27, has been held since March, said": an age
                // in commas inside the appositive.
                if t.is_punct(',')
                    && i > lowest + 2
                    && self.is_number(i - 1)
                    && self.tok(i - 2).is_punct(',')
                {
                    i -= 2;
                    continue;
                }
                if t.is_punct(',') {
                    comma = Some(i);
                    break;
                }
                if t.is_break()
                    || t.is_punct('.') && !self.is_abbrev_dot(i)
                    || t.is_punct(';')
                    || t.is_punct(':')
                {
                    break;
                }
                // "TTA, quoting “a source in the security services”, reports": the source cited
                // may be quoted at any length.
                let cited = t.quote != NO_QUOTE && {
                    let open = self.a.quotes[t.quote as usize].open;
                    open > 0 && self.is_citing(open - 1)
                };
                if t.quote != NO_QUOTE && !self.in_short_quote(i) && !cited {
                    break;
                }
            }
            // "During a briefing, Governor Lind attacked the company, saying": a clause between
            // the commas, not an appositive.
            let clause_between = comma.is_some_and(|c| {
                c + 1 < prev
                    && is_name_token(self.tok(c + 1))
                    && !crate::speakers::is_function(self.tok(c + 1))
                    && !(c + 1..prev)
                        .any(|i| ["who", "which", "that"].iter().any(|w| self.lower_is(i, w)))
                    && (c + 2..prev).any(|i| {
                        let t = self.tok(i);
                        t.is_word()
                            && !t.capital
                            && (self.w(i).ends_with("ed") || t.info.is(class::FINITE))
                    })
            });
            // "Clinton, who declared victory …, will return the favor to Trump, saying": the
            // predicate of the sentence, not an appositive, stands before the participle.
            let predicate_between = comma.is_some_and(|c| {
                c + 2 < prev
                    && (self.is_be_or_have(c + 1)
                        || [
                            "will", "would", "can", "could", "should", "must", "may", "might",
                        ]
                        .iter()
                        .any(|w| self.lower_is(c + 1, w)))
            });
            if clause_between || predicate_between {
                return None;
            }
            // The phrase before the appositive should reach back to a clause start, an adverb
            // aside ("Even the field's biggest hawks, like Rubio, say").
            let reaches_start = |np: &NounPhrase| {
                let mut first = np.first;
                while first > limit && self.tok(first - 1).info.is(class::SKIP) {
                    first -= 1;
                }
                // "On Monday the minister, Piet Lenk, said": after an opening time phrase.
                let after_time = first > limit
                    && first - limit <= 4
                    && (limit..first).all(|i| self.tok(i).info.is(class::TIME))
                    && self.tok(limit).capital
                    && !["on", "in", "at", "during", "last", "this", "next"]
                        .iter()
                        .any(|w| self.lower_is(first - 1, w));
                // "SARNET, May 26 – The foreign minister, Andriy Kalvyn, said": after a
                // dateline.
                first == limit
                    || self.is_clause_start(first - 1)
                    || is_sentence_start(self, first)
                    || after_time
                    || self.after_dateline(limit, first + 1) == first
                    || self.after_line_label(limit, first)
            };
            // "Two engineers who worked at the plant before 2022, speaking on condition of
            // anonymity, said": a relative clause before the appositive belongs to the phrase
            // that opens the sentence.
            let relative_subject = comma.filter(|&c| c > limit + 1).and_then(|c| {
                let who = (c.saturating_sub(14).max(limit + 1)..c)
                    .rev()
                    .take_while(|&i| !self.tok(i).is_punct(','))
                    .find(|&i| self.lower_is(i, "who"))?;
                self.np_left(who - 1, limit)
                    .filter(|np| np.first == limit || is_sentence_start(self, np.first))
            });
            let single = relative_subject.or_else(|| {
                comma
                    .filter(|&c| c > limit)
                    .and_then(|c| self.np_left(c - 1, limit))
                    .filter(reaches_start)
            });
            // "Anna Berg, a volunteer from Jackson, Miss., said", "X, who lives near the capital,
            // Sacramento, said": a phrase after a comma or a preposition is part of a longer
            // appositive opened by the sentence's first name.
            let inside_list = single.is_some_and(|np| {
                np.first > limit && {
                    let before = self.tok(np.first - 1);
                    before.is_punct(',')
                        || (before.is_word() && !before.capital && before.info.is(class::STOP))
                }
            });
            let long = if single.is_none() || inside_list {
                self.long_appositive_subject(prev, limit)
            } else {
                None
            };
            let np = long.or(single)?;
            // "Reuters, citing three sources familiar with the matter, reported": the aside names
            // whom the outlet cites; it does not describe the outlet.
            let citing_aside = comma.is_some_and(|c| self.is_citing(c + 1));
            return Some((
                NounPhrase {
                    extent_last: if citing_aside { np.last } else { prev - 1 },
                    ..np
                },
                hedged,
            ));
        }
        // "progressive organizations that have endorsed him say", "the groups who wrote to her
        // on Thursday say": a relative clause inside the subject; "a man who worshiped there and
        // who did not want to be named said": the first of two.
        let relative_before = |from: usize| {
            (from.saturating_sub(10).max(limit + 1)..from)
                .rev()
                .take_while(|&i| self.tok(i).is_word())
                .find(|&i| ["who", "that"].iter().any(|w| self.lower_is(i, w)))
        };
        let relative = relative_before(prev).map(|relative| match relative_before(relative - 1) {
            Some(first) if self.lower_is(relative - 1, "and") => first,
            _ => relative,
        });
        if let Some(relative) = relative {
            // The relative is the clause's subject, so its verb follows at once; "so odd that a
            // spokesman …" and "said that he …" are conjunctions.
            let t = self.tok(relative + 1);
            let auxiliary = [
                "do", "does", "did", "can", "could", "will", "would", "should", "may", "might",
                "must",
            ]
            .iter()
            .any(|w| self.lower_is(relative + 1, w))
                || self.w(relative + 1).ends_with("n't")
                || self.w(relative + 1).ends_with("n’t");
            // "who" is always a relative: "a trader who sells nets".
            let who_clause = self.lower_is(relative, "who") && t.is_word() && !t.capital;
            let opens_clause = relative < prev
                && (self.is_be_or_have(relative + 1)
                    || auxiliary
                    || who_clause
                    || t.info.is(class::FINITE)
                    || (t.info.is(class::VERB) && !t.info.is(class::VERB_BASE))
                    || (!t.capital && self.w(relative + 1).ends_with("ed")));
            if let Some(np) = opens_clause
                .then(|| self.np_left(relative - 1, limit))
                .flatten()
            {
                return Some((
                    NounPhrase {
                        extent_last: prev,
                        ..np
                    },
                    hedged,
                ));
            }
        }
        // "A news report published Wednesday said": the participle and its time modify the head.
        if prev < verb - 1
            && prev > limit
            && !self.tok(prev).capital
            && self.w(prev).ends_with("ed")
            && self
                .tok(prev - 1)
                .info
                .is(class::DOCUMENT | class::ANON_HEAD | class::ORG_HEAD)
        {
            if let Some(np) = self.np_left(prev - 1, limit) {
                return Some((
                    NounPhrase {
                        extent_last: prev,
                        ..np
                    },
                    hedged,
                ));
            }
        }
        let np = self.np_left(prev, limit)?;
        // "Jeb Bush in a Medium post said": the owner of the post speaks.
        if np.first >= limit + 2
            && ["in", "on"].iter().any(|w| self.lower_is(np.first - 1, w))
            && self.tok(np.first).info.is(class::DETERMINER)
            && self.is_medium(np.last)
        {
            if let Some(owner) = self.np_left(np.first - 2, limit) {
                return Some((owner, hedged));
            }
        }
        // "A spokesperson for a brigade operating in the direction stated": a participle phrase
        // inside the subject; the head stands before the participle.
        // "Troops defending Kolnik said": so is a participle with its object.
        // "A man selling coffee by the taxi rank said": a place after the participle's object,
        // or after "by", "beside", "behind", "opposite".
        let locative = |i: usize| {
            self.is_preposition(i)
                || ["by", "beside", "behind", "opposite", "inside"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
        };
        let participle_at = if np.first >= limit + 3 && locative(np.first - 1) {
            (np.first.saturating_sub(4).max(limit + 1)..=np.first - 2)
                .rev()
                .take_while(|&i| {
                    let t = self.tok(i);
                    t.is_word() && !t.capital && (i == np.first - 2 || !t.info.is(class::STOP))
                })
                .find(|&i| self.participle_like(i))
                .or(Some(np.first - 2))
        } else if np.first >= limit + 2 && self.participle_like(np.first - 1) {
            Some(np.first - 1)
        } else {
            None
        };
        if let Some(participle_at) = participle_at.filter(|&at| {
            let participle = self.tok(at);
            participle.is_word()
                && !participle.capital
                && (self.participle_like(at) || self.w(at).ends_with("ed"))
        }) {
            if let Some(head) = self
                .np_left(participle_at - 1, limit)
                .filter(|head| self.person_like_subject(*head))
            {
                return Some((
                    NounPhrase {
                        extent_last: prev,
                        ..head
                    },
                    hedged,
                ));
            }
        }
        self.plausible_subject(np, verb).then_some((np, hedged))
    }

    /// A text or an occasion through which someone speaks ("a post", "an interview").
    fn is_medium(&self, index: usize) -> bool {
        self.tok(index).info.is(class::DOCUMENT | class::MEDIUM)
    }

    /// A phrase's head: the word before its first lower-case preposition or function word ("our
    /// sources in the 92nd", "a source in the 3rd corps"), else its last word.
    fn head_before_preposition(&self, np: NounPhrase) -> usize {
        (np.first + 1..=np.last)
            .find(|&i| self.tok(i).info.is(class::STOP) && !self.tok(i).capital)
            .map_or(np.last, |stop| stop - 1)
    }

    /// Whether the phrase before a reporting verb can be its subject: "They stop reporting" is no
    /// phrase, a phrase ending in a possessive or a modifier has its head still to come ("the
    /// dozen states"), "his stern warning" and "his prepared remarks" are things a person has, and
    /// in "an overall cost estimate" the verb's base form after a singular indefinite phrase is a
    /// noun.
    fn plausible_subject(&self, np: NounPhrase, verb: usize) -> bool {
        // A phrase owned by the word before it is no subject; the verb's form is a noun.
        let owned = np.first > 1 && {
            let before = self.tok(np.first - 1);
            let word = self.tok(np.first - 2);
            // "ISIS’ Death Order On …": in a title-case headline, a bare apostrophe glued to a
            // plural is a possessive ("dockers' unions urged" is a subject of its own).
            (before.is_word() && self.possessive(np.first - 1))
                || (self.tok(verb).capital
                    && !before.is_word()
                    && matches!(&self.a.text[before.start..before.end], "'" | "’")
                    && word.is_word()
                    && word.end == before.start
                    && self.w(np.first - 2).ends_with(['s', 'S']))
        };
        if owned {
            return false;
        }
        if np.last == np.first {
            return true;
        }
        if self.is_pronoun_subject(np.first) {
            return false;
        }
        let last = self.tok(np.last);
        let w = self.w(np.last);
        // "the convention's pledged delegates", "The AP's report was": a possessive is no head.
        if self.possessive(np.last) {
            return false;
        }
        // "the dozen states", "other early voting states", "the subsequent tweet": a phrase that
        // ends in a modifier has its head in the verb's form, which is a noun here.
        // "familiar with the planning": right after a determiner a word in "-ing" is a noun.
        let noun_after_determiner = w.ends_with("ing")
            && np.last > np.first
            && (self.tok(np.last - 1).info.is(class::DETERMINER) || self.possessive(np.last - 1));
        let modifier = !last.capital
            && !last.info.is(class::ANON_HEAD
                | class::TITLE
                | class::ORG_HEAD
                | class::DOCUMENT
                | class::NOUN_ING)
            && !noun_after_determiner
            && (["ing", "ous", "ful", "less"]
                .iter()
                .any(|suffix| w.ends_with(suffix))
                || last.info.is(class::MODIFIER));
        if modifier {
            return false;
        }
        let head = self.tok(self.head_before_preposition(np));
        if self.tok(np.first).info.is(class::DET_POSS)
            && !head
                .info
                .is(class::ANON_HEAD | class::TITLE | class::ORG_HEAD | class::DOCUMENT)
            && !is_name_token(head)
        {
            return false;
        }
        // "a spokesman could only quip": after a modal the base form is the verb; "this type of
        // stress" is a singular phrase, so its base form is a noun too.
        // "“…,” a statement from the embassy read.": a verb that ends the clause is past tense.
        let ends_clause = self
            .a
            .tokens
            .get(verb + 1)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | '!' | '?')));
        // "the rampant blame that Wall Street faced": so is a singular definite phrase's, unless
        // its head names people ("the police say").
        let head = self.tok(np.last);
        let singular_definite = self.lower_is(np.first, "the")
            && !head.capital
            && !self.w(np.last).ends_with('s')
            && !head
                .info
                .is(class::ANON_HEAD | class::ORG_HEAD | class::TITLE);
        let singular_indefinite = singular_definite
            || ["a", "an", "this", "each", "every", "another"]
                .iter()
                .any(|w| self.lower_is(np.first, w));
        ends_clause
            || !(self.tok(verb).info.is(class::VERB_BASE)
                && singular_indefinite
                && !(np.last + 1..verb).any(|i| self.tok(i).info.is(class::FINITE)))
    }

    /// "Donna Reyes, 59, of Ashton, who watched the parade, said": a name opening the sentence,
    /// then several comma-separated pieces up to the comma at `comma` before the verb.
    fn long_appositive_subject(&self, comma: usize, limit: usize) -> Option<NounPhrase> {
        if comma > limit + 60 || comma <= limit {
            return None;
        }
        let mut first = limit;
        while first < comma && !self.tok(first).is_word() {
            first += 1;
        }
        // "But Murshed Zaheed, …, said": a conjunction opening the sentence is not the subject.
        if ["but", "and", "yet", "so"]
            .iter()
            .any(|w| self.lower_is(first, w))
        {
            first += 1;
        }
        let np = self.np_right(first, comma)?;
        // "Rep. Elijah Cummings (D-Md.), chair of …, said": an aside may follow the name.
        let mut after = np.last + 1;
        if after < comma && self.tok(after).is_punct('(') {
            after = (after..comma).find(|&i| self.tok(i).is_punct(')'))? + 1;
        }
        // "A marine from Soloport, who gave only his first name, Yarema, said": so may a short
        // phrase of where the speaker is from ("Speaking in Harlem, Clinton, …" opens with a
        // participle, not a speaker).
        // "A colleague standing near us, who did not want to be named, says": and a participle's
        // short phrase of where the speaker stands.
        let standing = after < comma
            && !self.tok(after).capital
            && self.w(after).ends_with("ing")
            && (after + 1..comma).any(|i| self.is_preposition(i));
        if after < comma
            && !self.participle_like(np.first)
            && (standing
                || ["from", "in", "at", "of"]
                    .iter()
                    .any(|w| self.lower_is(after, w)))
        {
            let phrase_end = (after..comma).find(|&i| !self.tok(i).is_word());
            if let Some(end) = phrase_end
                .filter(|&end| end - after <= 5 && (after + 1..end).all(|i| !self.is_verb(i)))
            {
                after = end;
            }
        }
        if after >= comma || !self.tok(after).is_punct(',') {
            return None;
        }
        // "On 4 March, Colonel Tebayev, …, told", "Meanwhile, the governor, Yana Dovha, said": an
        // opening adverbial is not the subject.
        if (np.first..=np.last)
            .any(|i| self.tok(i).info.is(class::TIME | class::STOP | class::SKIP))
        {
            return None;
        }
        if !(np.first..=np.last).any(|i| is_name_token(self.tok(i)))
            && !self.tok(np.last).info.is(class::ANON_HEAD)
        {
            return None;
        }
        let clean = (np.last + 1..comma).all(|i| {
            let t = self.tok(i);
            (t.quote == NO_QUOTE || self.in_short_quote(i))
                && !t.is_break()
                && !t.is_punct(';')
                && !t.is_punct(':')
                // "R-S.C.": a full stop inside an abbreviation.
                && (!t.is_punct('.') || self.is_abbrev_dot(i) || t.start == self.tok(i - 1).end)
                && (!self.is_reporting_verb_form(i) || self.frames(i) & (frame::THAT | frame::BARE) == 0)
        });
        clean.then_some(np)
    }

    /// Inside a closed quote of a few words: a name, a call sign or a cited phrase ("who goes by
    /// "Fox"", "citing "sources in the General Staff"").
    fn in_short_quote(&self, index: usize) -> bool {
        let id = self.tok(index).quote;
        id != NO_QUOTE && {
            let q = self.a.quotes[id as usize];
            q.words <= 5 && self.tok(q.close).is_mark()
        }
    }

    fn is_clause_start(&self, before: usize) -> bool {
        let t = self.tok(before);
        t.is_break()
            || t.is_punct(',')
            || t.is_punct(';')
            || t.is_punct(':')
            || t.is_punct('.')
            || t.is_punct('(')
            || t.is_mark()
            || t.quote != NO_QUOTE
            || (t.is_word() && t.info.is(class::STOP) && !t.capital)
    }

    /// A noun phrase starting at `start` and running right (after an inverted verb, "according to").
    fn np_right(&self, start: usize, limit: usize) -> Option<NounPhrase> {
        let mut index = start;
        while index < limit
            && self.tok(index).is_word()
            && self.tok(index).info.is(class::SKIP)
            && !self.tok(index).capital
        {
            index += 1;
        }
        let first = index;
        if first >= limit || !self.tok(first).is_word() {
            return None;
        }
        if self.is_pronoun_subject(first) {
            return Some(NounPhrase {
                first,
                last: first,
                extent_last: first,
            });
        }
        let mut last = None;
        while index < limit && index - first < MAX_NP {
            let t = self.tok(index);
            if t.is_punct('.') && self.is_abbrev_dot(index) || t.is_punct('-') || t.is_punct('%') {
                index += 1;
                continue;
            }
            if !t.is_word() || !self.outside(index) {
                break;
            }
            // "the head of the ministry", "sources close to the command", "people familiar with the
            // plans", "a statement from the regional administration", "an analysis by the
            // Courier": keep the connective when a name or a determiner follows.
            // "former secretary of state Hillary Clinton": a title's own "of" goes on to the
            // title's end.
            if let Some(end) = (index > first)
                .then(|| self.title_around_of(index, limit))
                .flatten()
            {
                last = Some(end - 1);
                index = end;
                continue;
            }
            let connective = || {
                ["of", "for", "to"].iter().any(|w| self.lower_is(index, w))
                    || (self.lower_is(index, "with") && self.lower_is(index - 1, "familiar"))
                    || (["from", "by"].iter().any(|w| self.lower_is(index, w))
                        && last.is_some_and(|l| self.tok(l).info.is(class::DOCUMENT)))
            };
            // "one person with (direct) knowledge of the plan": the source's access belongs to it.
            if index > first && self.lower_is(index, "with") {
                let knowledge = if self.lower_is(index + 1, "knowledge") {
                    Some(index + 1)
                } else if self.lower_is(index + 2, "knowledge") {
                    Some(index + 2)
                } else {
                    None
                };
                if let Some(k) = knowledge.filter(|&k| k + 2 < limit && self.lower_is(k + 1, "of"))
                {
                    index = k + 2;
                    if self.tok(index).info.is(class::DETERMINER) {
                        index += 1;
                    }
                    continue;
                }
            }
            if index > first
                && !t.capital
                && connective()
                && index + 1 < limit
                && self.tok(index + 1).is_word()
                && (self.tok(index + 1).capital || self.tok(index + 1).info.is(class::DETERMINER))
            {
                index += 1;
                if self.tok(index).info.is(class::DETERMINER) {
                    index += 1;
                }
                continue;
            }
            // "Jock A. Finlayson": a middle initial that spells a determiner is still an initial.
            let is_det = t.info.is(class::DETERMINER) && !self.is_initial_dot(index + 1);
            if index > first && is_det {
                break;
            }
            // "the UN monitoring mission", "the country's ruling party": an -ing word before its
            // head is a modifier; after a noun ("troops holding positions") it is a participle.
            let prenominal = || {
                let before = self.tok(index - 1);
                (before.info.is(class::DETERMINER) || before.capital || self.possessive(index - 1))
                    && index + 1 < limit
                    && self.tok(index + 1).is_word()
                    && !self.tok(index + 1).capital
                    && !self.lower_is(index + 1, "of")
                    && !self.tok(index + 1).info.is(class::STOP
                        | class::VERB
                        | class::DETERMINER
                        | class::PRONOUN
                        | class::TIME)
            };
            let ing = !t.capital && index > first && self.participle_like(index) && !prenominal();
            if ing || self.finite_verb_after_subject(index, first) {
                break;
            }
            // "CNN President On Trump:": in a title-case headline the topic starts at "On".
            if t.capital && index > first && ["on", "about"].iter().any(|w| self.lower_is(index, w))
            {
                break;
            }
            // "Obama passionately rebuked": an adverb after a name opens the predicate.
            if !t.capital
                && index > first
                && self.w(index).ends_with("ly")
                && is_name_token(self.tok(index - 1))
            {
                break;
            }
            if !t.capital
                && !is_det
                && t.info
                    .is(class::STOP | class::VERB | class::PRONOUN | class::SKIP)
                && !t.info.is(class::ANON_HEAD)
            {
                // "the embassy in Sundmark", "sources in the 58th Army": a place or a body named
                // after a described head belongs to it.
                let named_at = if self.lower_is(index + 1, "the") {
                    index + 2
                } else {
                    index + 1
                };
                // "the 58th Army": an ordinal may open the name.
                let numbered = || {
                    named_at + 1 < limit
                        && self.w(named_at).starts_with(|c: char| c.is_ascii_digit())
                        && is_name_token(self.tok(named_at + 1))
                };
                if self.lower_is(index, "in")
                    && last.is_some_and(|l| !is_name_token(self.tok(l)))
                    && named_at < limit
                    && (is_name_token(self.tok(named_at)) || numbered())
                    && !self.tok(named_at).info.is(class::TIME)
                {
                    index = named_at;
                    continue;
                }
                break;
            }
            if !is_det {
                last = Some(index);
            }
            let possessive = self.possessive(index);
            index += 1;
            if possessive {
                continue;
            }
        }
        let last = last?;
        let head = self.tok(last);
        let has_name =
            (first..=last).any(|i| self.tok(i).capital && !self.tok(i).info.is(class::DETERMINER));
        // "people close to the army": the head stands before the connective.
        let head_can_speak = head.info.is(class::ANON_HEAD | class::TITLE)
            || (first..last)
                .take_while(|&i| {
                    !["of", "for", "to", "with"]
                        .iter()
                        .any(|w| self.lower_is(i, w))
                })
                .any(|i| self.tok(i).info.is(class::ANON_HEAD | class::TITLE));
        if has_name || self.tok(first).info.is(class::DETERMINER) || head_can_speak {
            Some(NounPhrase {
                first,
                last,
                extent_last: last,
            })
        } else {
            None
        }
    }

    // ----- speakers --------------------------------------------------------------------------------

    fn speaker(&mut self, np: NounPhrase) -> FoundSpeaker {
        let a = self.a;
        // "And Rusk himself, speaking on Thursday, offered …:": a conjunction opening the
        // sentence is no part of the speaker, and "himself" only stresses who it is.
        let np = if np.first < np.last && ["and", "but"].iter().any(|w| self.lower_is(np.first, w))
        {
            NounPhrase {
                first: np.first + 1,
                ..np
            }
        } else {
            np
        };
        let mention = (self.tok(np.first).start, self.tok(np.last).end);
        if np.first < np.last
            && ["himself", "herself", "themselves"]
                .iter()
                .any(|w| self.lower_is(np.last, w))
        {
            let stressed = self.speaker(NounPhrase {
                last: np.last - 1,
                extent_last: np.last - 1,
                ..np
            });
            return FoundSpeaker {
                mention,
                resolved: stressed.resolved,
            };
        }
        let sentence = a.sentences[self.sentence_of[np.first] as usize];
        let sentence_start = self.tok(sentence.start).start;
        // "a statement from the regional administration": the document's author speaks.
        if let Some(by) = (np.first + 1..np.last).find(|&i| {
            ["from", "by"].iter().any(|w| self.lower_is(i, w))
                && self.tok(i - 1).info.is(class::DOCUMENT)
        }) {
            let author = self.speaker(NounPhrase {
                first: by + 1,
                last: np.last,
                extent_last: np.last,
            });
            return FoundSpeaker {
                mention,
                resolved: author.resolved,
            };
        }
        // "An internal Finance Ministry memo seen by the Courier": the document speaks, not the
        // outlet that saw it. "The Foreign Ministry in Savrin", "the Joint Centre in Marenzo":
        // where a named body sits is no part of its name ("the administration in Velgorod" is
        // described by it, and an embassy is known by its city).
        let seen = (np.first + 1..np.last)
            .find(|&i| self.outlet_saw_document(i) && self.lower_is(i + 1, "by"));
        let located = || {
            (np.first + 1..np.last).find(|&i| {
                self.lower_is(i, "in")
                    && self.tok(i - 1).info.is(class::ORG_HEAD)
                    && self.tok(i - 1).capital
                    && !self.tok(i + 1).is_mark()
                    && !(np.first..i)
                        .any(|k| self.lower_is(k, "embassy") || self.lower_is(k, "consulate"))
            })
        };
        if let Some(cut) = seen.or_else(located) {
            let own = self.speaker(NounPhrase {
                first: np.first,
                last: cut - 1,
                extent_last: cut - 1,
            });
            return FoundSpeaker {
                mention,
                resolved: own.resolved,
            };
        }
        // "The Head of Mission said", "the Chief of Staff": a title with "of" is its holder's,
        // not the body's after "of".
        let title_first = np.first + usize::from(self.lower_is(np.first, "the"));
        let holder = (np.last > title_first + 1
            && crate::speakers::title_with_of_ending_at(self.a, self.lex, np.last)
                == Some(title_first))
        .then(|| {
            let (head, qualifier) = (self.w(title_first), self.w(np.last));
            self.entities.role(self.a, head, Some(qualifier), mention.0)
        })
        .flatten();
        if let Some(holder) = holder {
            return self.entity_speaker(mention, holder);
        }
        // "A marine from Soloport, who gave only his first name, Yarema": the name the phrase
        // gives is the speaker's.
        if let Some(named) = self.name_given_in(np) {
            return self.entity_speaker(mention, named);
        }
        // "Varga and Osin", "Red Steppe and other channels": the statement is filed under the
        // first named; the mention keeps both. ("Minister for Water and Environment" is one
        // office.)
        if let Some(and) = (np.first + 1..np.last).find(|&i| {
            (self.lower_is(i, "and")
                && is_name_token(self.tok(i + 1))
                && (is_name_token(self.tok(i - 1)) || self.is_pronoun_subject(i - 1))
                && !self.and_inside_organisation(i, np.first)
                && !(np.first..i).any(|k| self.lower_is(k, "of") || self.lower_is(k, "for")))
                || self.others_joined(i, np.last)
        }) {
            let first = self.speaker(NounPhrase {
                first: np.first,
                last: and - 1,
                extent_last: and - 1,
            });
            return FoundSpeaker {
                mention,
                resolved: first.resolved,
            };
        }
        // "military blogger "Kroton"", "the channel "Rybar"": a quoted name after the head that
        // says what it names.
        if self.tok(np.last).is_mark() && self.tok(np.last).quote != NO_QUOTE {
            let q = self.a.quotes[self.tok(np.last).quote as usize];
            let head = q.open.checked_sub(1).map(|i| *self.tok(i));
            let named = q.close == np.last
                && q.open > np.first
                && q.close > q.open + 1
                && q.close - q.open <= 4
                && head.is_some_and(|h| {
                    h.is_word()
                        && !h.capital
                        && (h.info.is(class::TITLE | class::ORG_HEAD)
                            || (h.info.is(class::ANON_HEAD)
                                && !self.a.text[h.start..h.end].ends_with('s')))
                })
                && (q.open + 1..q.close).all(|i| self.tok(i).is_word() && self.tok(i).capital);
            if let Some(head) = head.filter(|_| named) {
                let mut run = split_title(self.a, q.open + 1, q.close - 1);
                run.organisation |= head.info.is(class::ORG_HEAD);
                let entity = self
                    .entities
                    .name_entity(self.a, &run, Some((head.start, head.end)));
                return self.entity_speaker(mention, entity);
            }
        }
        // A pronoun, or a possessive determiner standing for its owner ("His answer:").
        if np.first == np.last {
            if let Some(kind) = self.tok(np.first).info.pronoun {
                // "Trump isn't a conservative, he said.": the names before a closing "he said"
                // are in what was said, never who said it; look before the sentence.
                let closes_content = np.first > sentence.start
                    && (self.tok(np.first - 1).is_punct(',') || self.tok(np.first - 1).is_mark())
                    && self.is_verb(np.last + 1)
                    && {
                        let after =
                            self.skip_adjuncts(np.last + 2, sentence.end, self.frames(np.last + 1));
                        after >= sentence.end
                            || self.tok(after).is_mark()
                            || matches!(self.tok(after).kind, TokenKind::Punct(_))
                    };
                // What was said starts at the sentence or after a colon in it ("Sever went
                // further: the commander, he wrote, …" keeps Sever).
                let looked_from = if closes_content {
                    (sentence.start..np.first)
                        .rev()
                        .find(|&i| self.tok(i).is_punct(':') || self.tok(i).is_punct(';'))
                        .map_or(sentence_start, |i| self.tok(i).end)
                } else {
                    mention.0
                };
                let mut resolved = match kind {
                    PronounKind::Male | PronounKind::Female | PronounKind::Thing => self
                        .entities
                        .pronoun(kind, looked_from, sentence_start)
                        .map(Resolved::Entity)
                        .unwrap_or_else(|| Resolved::Anonymous(self.w(np.first).to_lowercase())),
                    // The writer's "I" keeps its capital.
                    _ if self.is_writer(np.first) => Resolved::Anonymous("I".into()),
                    _ => Resolved::Anonymous(self.w(np.first).to_lowercase()),
                };
                // "The alliance's secretary general warned … He added": an unnamed person who
                // spoke after the named one is who "he" or "she" is.
                if matches!(kind, PronounKind::Male | PronounKind::Female) {
                    let unnamed = self
                        .recent_unnamed_speaker(mention.0)
                        .or_else(|| self.unnamed_subject_before(np.first));
                    // "one woman from Pellina wrote … he wrote": not if the description says
                    // the other gender.
                    let wanted = if kind == PronounKind::Male {
                        Gender::Male
                    } else {
                        Gender::Female
                    };
                    let unnamed = unnamed.filter(|(_, description)| {
                        description
                            .split(' ')
                            .filter_map(|w| self.lex.word(w).title_gender())
                            .all(|g| g == wanted)
                    });
                    if let Some((spoke_at, description)) = unnamed {
                        let named_at = match resolved {
                            Resolved::Entity(e) => self.entities.last_mention(e, mention.0),
                            Resolved::Anonymous(_) => None,
                        };
                        if named_at.is_none_or(|at| at < spoke_at) {
                            resolved = Resolved::Anonymous(description);
                        }
                    }
                }
                // "The navy did not dispute the contacts. In an emailed statement, it said …": a
                // body no name was given for, opening the sentence before or this one.
                if kind == PronounKind::Thing && matches!(resolved, Resolved::Anonymous(_)) {
                    if let Some(description) = self.unnamed_body_subject(np.first) {
                        resolved = Resolved::Anonymous(description);
                    }
                }
                // "Got a letter from Vessgrid today. It says …": a document from a named sender,
                // in the sentence before, speaks for its sender, unless a body is named nearer.
                if kind == PronounKind::Thing {
                    if let Some((sender, sent_at)) = self.sender_of_document_before(np.first) {
                        let named_at = match resolved {
                            Resolved::Entity(e) => self.entities.last_mention(e, mention.0),
                            Resolved::Anonymous(_) => None,
                        };
                        if named_at.is_none_or(|at| at <= sent_at) {
                            resolved = Resolved::Entity(sender);
                        }
                    }
                }
                // "An internal memo … warns that A. It says B": an unnamed document or body that
                // spoke after the last thing named is what "it" is.
                if kind == PronounKind::Thing {
                    let unnamed = self.recent_unnamed(mention.0, class::DOCUMENT | class::ORG_HEAD);
                    if let Some((spoke_at, description)) = unnamed {
                        let named_at = match resolved {
                            Resolved::Entity(e) => self.entities.last_mention(e, mention.0),
                            Resolved::Anonymous(_) => None,
                        };
                        if named_at.is_none_or(|at| at < spoke_at) {
                            resolved = Resolved::Anonymous(description);
                        }
                    }
                }
                if let Resolved::Entity(e) = resolved {
                    self.entities.note_speaker(mention.0, e);
                    match kind {
                        PronounKind::Male => self.entities.learn_gender(e, Gender::Male),
                        PronounKind::Female => self.entities.learn_gender(e, Gender::Female),
                        _ => {}
                    }
                }
                return FoundSpeaker { mention, resolved };
            }
        }
        // A marker in an aside naming whom the speaker cites is theirs: "Reuters, citing sources
        // familiar with the matter, …".
        let window_end = (np.last + 1..(np.last + 12).min(sentence.end))
            .find(|&i| self.is_citing(i))
            .unwrap_or((np.last + 12).min(sentence.end));
        // After the phrase only an explicit marker counts: "Rybar (close to the defence ministry)"
        // is a named channel with an affiliation.
        let anonymous_marker = self.has_anon_marker(np.first, np.extent_last + 1, false)
            || self.has_anon_marker(np.last + 1, window_end, true);
        // The phrase's own head: before "of"/"for"/"to"/"in"/"from"/"at" ("Roman Dzyuba of the
        // Coordination HQ", "the embassy in Lorm", "the senator from Texas", "Ulla Brandt at
        // Fennick & Dorr").
        let mut head = np.last;
        for i in np.first + 1..=np.last {
            // "Secretary of State Nathaniel Pryce": the "of" of a title is not the head's.
            if self.title_around_of(i, np.last + 1).is_some() {
                continue;
            }
            if self.lower_is(i, "of") && i < np.last && self.head_before_of(i - 1, np.first) {
                continue;
            }
            // "Deputy Minister of Energy Oskar Venhaal": a title's portfolio, then its holder's
            // name, all capitalised.
            let portfolio_then_name = self.tok(i - 1).info.is(class::TITLE)
                && self.tok(i - 1).capital
                && (self.lower_is(i, "of") || self.lower_is(i, "for"))
                && np.last >= i + 3
                && (i + 1..=np.last).all(|k| is_name_token(self.tok(k)))
                && !self.tok(np.last).info.is(class::ORG_HEAD);
            if portfolio_then_name {
                continue;
            }
            if ["of", "for", "to", "in", "from", "at"]
                .iter()
                .any(|w| self.lower_is(i, w))
            {
                head = i - 1;
                break;
            }
        }
        // "the California secretary of state's website": a possessive after "of" makes the
        // whole a determiner of the last word, the head ("Irena Sobol of Corvenia's Prisoner
        // Affairs Centre" is still Irena Sobol).
        let full_name = head > np.first && self.tok(head).capital && self.tok(head - 1).capital;
        if !full_name && (head + 1..np.last).any(|i| self.possessive(i)) {
            head = np.last;
        }
        // "a recent CBS poll released Monday": a participle after the head modifies it.
        if head > np.first
            && !self.tok(head).capital
            && self.w(head).ends_with("ed")
            && self
                .tok(head - 1)
                .info
                .is(class::DOCUMENT | class::ANON_HEAD | class::ORG_HEAD | class::TITLE)
        {
            head -= 1;
        }
        // "Halvask's office said", "his office", "the Brill campaign": a person's office or
        // campaign speaks for them; it is named after them ("Dorin Halvask's office", "campaign
        // of Amy Brill").
        if head == np.last && !anonymous_marker {
            if let Some(body) = ["office", "campaign", "team", "camp"]
                .into_iter()
                .find(|w| self.lower_is(head, w))
            {
                if let Some(owner) = self.body_owner(np.first, head, mention.0) {
                    let (from, to) = self.entities.list[owner].name;
                    return FoundSpeaker {
                        mention,
                        resolved: Resolved::Anonymous(if body == "office" {
                            format!("{}'s office", &a.text[from..to])
                        } else {
                            format!("{body} of {}", &a.text[from..to])
                        }),
                    };
                }
            }
        }
        // "Hornet Wing's admin wrote": a channel's admin speaks for the channel.
        if head == np.last
            && head > np.first
            && !anonymous_marker
            && ["admin", "admins", "administrator"]
                .iter()
                .any(|w| self.lower_is(head, w))
            && self.possessive(head - 1)
        {
            if let Some(channel) = self.owner_named_before(np.first, head) {
                return self.entity_speaker(mention, channel);
            }
        }
        // "Its statement said", "Their preliminary statement said": the organisation "its" or
        // "their" stands for; "his account", "her statement": the person "his" or "her" does.
        if self.tok(head).info.is(class::DOCUMENT) {
            let owner_kind = if ["its", "their"].iter().any(|w| self.lower_is(np.first, w)) {
                Some((PronounKind::Thing, EntityKind::Organisation))
            } else if np.first + 1 != head {
                None
            } else {
                match self.w(np.first) {
                    "his" | "His" => Some((PronounKind::Male, EntityKind::Person)),
                    "her" | "Her" => Some((PronounKind::Female, EntityKind::Person)),
                    _ => None,
                }
            };
            let owner = owner_kind.and_then(|(pronoun, kind)| {
                self.entities
                    .pronoun(pronoun, mention.0, mention.0)
                    .filter(|&e| self.entities.list[e].kind == kind)
            });
            if let Some(entity) = owner {
                return self.entity_speaker(mention, entity);
            }
        }
        let head_token = *self.tok(head);
        // "the Prime Minister", "the Defence Minister": a title in capitals after "the" is a role.
        // A title alone is a role too, and so is one after capitalised words that name no one
        // where "the" stands before the phrase ("The Foreign Secretary expressed … and
        // confirmed").
        let after_the = np.first > 0
            && self.tok(np.first - 1).info.is(class::DET_DEF)
            && crate::speakers::names_office(a, np.first, head);
        // "Calvenna's Minister of Defence": a country's or a body's title is a role as well.
        let role = head_token.info.is(class::TITLE)
            && (head == np.first
                || after_the
                || (!head_token.info.is(class::ORG_HEAD)
                    && (self.tok(np.first).info.is(class::DET_DEF) || self.possessive(np.first))
                    && (np.first + 1..=head).all(|i| self.tok(i).capital)));
        let head_is_name = is_name_token(&head_token)
            && !head_token.info.is(class::DETERMINER | class::ANON_HEAD)
            && !role;
        // "Its spokeswoman, Marina Zhelud, said": a description with a name in apposition.
        // "the field's biggest hawks, like Rubio and Bush," gives examples, not a name.
        let examples = [
            "like",
            "including",
            "such",
            "among",
            "especially",
            "notably",
        ]
        .iter()
        .any(|w| self.lower_is(np.last + 2, w));
        // "A former candidate -- John McCain, who lost in 2008 -- said": a name opening a dashed
        // aside.
        if !head_is_name
            && !anonymous_marker
            && np.extent_last > np.last + 2
            && self.is_dash(np.last + 1)
        {
            let mut run_first = np.last + 1;
            while run_first < np.extent_last && self.is_dash(run_first) {
                run_first += 1;
            }
            let mut run_last = run_first;
            while run_last < np.extent_last
                && is_name_token(self.tok(run_last + 1))
                && !crate::speakers::is_function(self.tok(run_last + 1))
            {
                run_last += 1;
            }
            let closed = run_last == np.extent_last
                || self.tok(run_last + 1).is_punct(',')
                || self.is_dash(run_last + 1);
            if run_last > run_first
                && closed
                && is_name_token(self.tok(run_first))
                && !crate::speakers::is_function(self.tok(run_first))
            {
                if let Some(entity) = self.name_run_entity(run_first, run_last) {
                    return self.entity_speaker(mention, entity);
                }
            }
        }
        // "Spokesman for the Kolnik group Viktor Trehan", "Commander of the Air Force Mykola
        // Oleshko": a title of an organisation, and its holder's name closing the phrase.
        if let Some(run_first) = (!anonymous_marker)
            .then(|| self.holder_after_title(np, head))
            .flatten()
        {
            if let Some(entity) = self.name_run_entity(run_first, np.last) {
                let title = (self.tok(np.first).start, self.tok(run_first - 1).end);
                self.entities.add_alias(entity, title);
                return self.entity_speaker(mention, entity);
            }
        }
        // The comma that opens the apposition: right after the phrase, or after the rest of a
        // title's "of" or "for" phrase ("Minister for Water and Environment, Talia Rensford").
        let appositive_comma = (np.last + 1..np.extent_last)
            .take_while(|&i| {
                let t = self.tok(i);
                t.is_punct(',')
                    || (t.is_word()
                        && (t.capital
                            || ["and", "of", "for", "the"]
                                .iter()
                                .any(|w| self.lower_is(i, w))))
            })
            .find(|&i| self.tok(i).is_punct(','))
            .filter(|&comma| {
                comma == np.last + 1
                    || (np.first..=np.last)
                        .any(|i| self.lower_is(i, "of") || self.lower_is(i, "for"))
            });
        if let Some(comma) = appositive_comma.filter(|_| !head_is_name && !examples) {
            let appositive_last = self
                .name_with_origin(comma + 1, np.extent_last)
                .unwrap_or(np.extent_last);
            if is_name_token(self.tok(appositive_last)) && !anonymous_marker {
                let run_first = self.name_run_first(appositive_last, comma + 1);
                // "the Centre's head, retired rear admiral Tove Marrin,": lower-case words ending
                // in a title before the name are its title.
                let mut apposition_first = run_first;
                if run_first > 0 && self.tok(run_first - 1).info.is(class::TITLE) {
                    while apposition_first > comma + 1 && {
                        let t = self.tok(apposition_first - 1);
                        t.is_word() && !t.capital && !t.info.is(class::STOP | class::VERB)
                    } {
                        apposition_first -= 1;
                    }
                }
                // "Powell's office, when contacted by Reuters, said": a clause, not a name.
                let clause = (comma + 1..apposition_first).any(|i| {
                    let t = self.tok(i);
                    t.is_word()
                        && !t.capital
                        && (t.info.is(class::STOP | class::VERB) || self.w(i).ends_with("ed"))
                });
                if let Some(entity) = (!clause)
                    .then(|| self.name_run_entity(run_first, appositive_last))
                    .flatten()
                {
                    if head_token.info.is(class::TITLE) {
                        self.entities
                            .add_alias(entity, (head_token.start, head_token.end));
                    }
                    return self.entity_speaker(mention, entity);
                }
            }
        }
        // "a Reuters report", "a recent CBS poll": the named publisher speaks through it ("The
        // Washington Post" is a name, not a post).
        // "a Wagner-linked channel" names no publisher.
        if head_token.info.is(class::DOCUMENT)
            && !head_token.capital
            && head > np.first
            && is_name_token(self.tok(head - 1))
            && !crate::speakers::is_function(self.tok(head - 1))
            && !crate::speakers::hyphenated_modifier(self.w(head - 1))
            && !anonymous_marker
        {
            let mut run_first = head - 1;
            while run_first > np.first
                && is_name_token(self.tok(run_first - 1))
                && !crate::speakers::is_function(self.tok(run_first - 1))
            {
                run_first -= 1;
            }
            // "Geolocated footage shows", "Satellite imagery shows": a word capitalised only by
            // the sentence start is no publisher unless the text names it elsewhere ("CBS").
            let by_position = run_first == head - 1
                && is_sentence_start(self, run_first)
                && !self.is_known_name(run_first)
                && self.w(run_first).chars().any(char::is_lowercase);
            if let Some(entity) = (!by_position)
                .then(|| self.name_run_entity(run_first, head - 1))
                .flatten()
            {
                return self.entity_speaker(mention, entity);
            }
        }
        // "The Open Grid Watch monitoring group", "the Harbourlight charity": an organisation's
        // name before the noun for what it is.
        if let Some(entity) = (!anonymous_marker)
            .then(|| self.brand_before_noun(np, head))
            .flatten()
        {
            return self.entity_speaker(mention, entity);
        }
        let first_tok = *self.tok(np.first);
        let indefinite = first_tok.info.is(class::DET_INDEF);
        // "Valdria's defence ministry said": a body its owner's name names, not another country's
        // ministry named before, and no anonymous source.
        if let Some(owner_first) = (!anonymous_marker && !indefinite)
            .then(|| self.owner_of_body(np, head))
            .flatten()
        {
            // "Hadrun's embassy in Vestrany": the place or owner after the noun is part of its name.
            let last = if np.last > head
                && ["in", "of", "for", "at", "to"]
                    .iter()
                    .any(|w| self.lower_is(head + 1, w))
            {
                np.last
            } else {
                head
            };
            let entity = self.organisation_entity(owner_first, last);
            return self.entity_speaker(mention, entity);
        }
        if let Some((first, last)) = self
            .organisation_name_span(np)
            .filter(|_| !anonymous_marker && !indefinite)
        {
            let entity = self.organisation_entity(first, last);
            return self.entity_speaker(mention, entity);
        }
        if !anonymous_marker && !indefinite {
            if head_is_name {
                let mut run_first = head;
                loop {
                    if run_first > np.first
                        && is_name_token(self.tok(run_first - 1))
                        && !crate::speakers::is_function(self.tok(run_first - 1))
                        && !self.tok(run_first - 1).info.is(class::DETERMINER)
                    {
                        if self.possessive(run_first - 1) {
                            break;
                        }
                        run_first -= 1;
                    } else if run_first >= np.first + 2
                        && (self.is_name_dot(run_first - 1)
                            || self.head_before_of(run_first - 2, np.first))
                    {
                        // "Rolf T. Dunmore", "the Embassy of Kessary".
                        run_first -= 2;
                    } else {
                        break;
                    }
                }
                if let Some(entity) = self.name_run_entity(run_first, head) {
                    if let Some(title) = self.appositive_title(np) {
                        self.entities.add_alias(entity, title);
                    }
                    return self.entity_speaker(mention, entity);
                }
            }
            if first_tok.info.is(class::DET_DEF) || !first_tok.info.is(class::DETERMINER) {
                // "the minister": a role an entity carries as an alias or in its name.
                let qualifier = self.title_qualifier(np.first, head);
                let bare = first_tok.info.is(class::DET_DEF)
                    && np.first + 1 == head
                    && np.extent_last == head
                    && !head_is_name;
                let unnamed = || {
                    bare.then(|| self.unnamed_with_head(mention.0, self.w(head)))
                        .flatten()
                };
                if let Some(carrier) = self.entities.role(a, self.w(head), qualifier, mention.0) {
                    // "Colonel Dovhal … A Lesnian officer familiar with the inquiry said … The
                    // officer said": the unnamed one, who spoke since the carrier was named.
                    if let Some((_, description)) = unnamed().filter(|&(at, _)| {
                        self.entities
                            .last_mention(carrier, mention.0)
                            .is_none_or(|named| named < at)
                    }) {
                        return FoundSpeaker {
                            mention,
                            resolved: Resolved::Anonymous(description),
                        };
                    }
                    // "Rubio sought … the senator said": a person who can hold the role, subject of
                    // the sentence before, beats a carrier of the title named further back.
                    // Only a bare "the senator", and only for an office many hold at once: "the
                    // president" is the one the text has named.
                    // "The Minister", capitalised, is the office's holder the text has named.
                    let topic = (first_tok.info.is(class::DET_DEF)
                        && np.first + 1 == head
                        && np.extent_last == head
                        && !self.tok(head).capital
                        && crate::speakers::shared_office(self.w(head)))
                    .then(|| {
                        self.entities
                            .recent_person(a, self.w(head), mention.0, CLOSE_SUBJECT)
                    })
                    .flatten()
                    .filter(|&person| {
                        self.entities.last_mention(person, mention.0)
                            > self.entities.last_mention(carrier, mention.0)
                    });
                    let entity = topic.unwrap_or(carrier);
                    return self.entity_speaker(mention, entity);
                }
                // "the candidate", "the presumptive nominee": a role nobody carries as an alias yet is
                // the person the text is currently about.
                // "the alliance's secretary general" is the alliance's, whoever that is.
                let owned = (np.first..head).any(|i| self.possessive(i));
                // "A senior officer who asked not to be named said … The officer added": the
                // unnamed speaker of the moment, when the head is the same.
                if let Some((_, description)) = unnamed().filter(|_| !owned) {
                    return FoundSpeaker {
                        mention,
                        resolved: Resolved::Anonymous(description),
                    };
                }
                // "the 49-year-old explains", "the 58-year-old diplomat": an age stands for the
                // person just described, and so does a title ("the surgeon", "the chief
                // executive").
                let age = (np.first..=head).any(|i| self.w(i).ends_with("-old"));
                let title = head_token.info.is(class::TITLE) || qualifier.is_some();
                // "the utility's chief executive": whoever heads the company the text is about,
                // as "the chief executive" is.
                let owned_by_body = np.first + 1 < head
                    && self.possessive(np.first + 1)
                    && !self.tok(np.first + 1).capital
                    && self
                        .lex
                        .word(crate::speakers::strip_possessive(self.w(np.first + 1)))
                        .is(class::BODY_KIND);
                // "The representative of Halvenna": a holder the words after the title single out,
                // not whoever the text is about.
                let of_named = np.extent_last > head
                    && ["of", "for", "from"]
                        .iter()
                        .any(|w| self.lower_is(head + 1, w))
                    && (head + 2..=np.extent_last).any(|i| is_name_token(self.tok(i)));
                if first_tok.info.is(class::DET_DEF)
                    && (title || age)
                    && !head_is_name
                    && !of_named
                    && (!owned || owned_by_body)
                {
                    if let Some(entity) =
                        self.entities
                            .recent_person(a, self.w(head), mention.0, 1500)
                    {
                        return self.entity_speaker(mention, entity);
                    }
                }
                // "the ministry's daily bulletin", "the General Staff's summary": the owner speaks
                // through a document; "Udal's deputy" is someone else.
                let document_head = head_token.info.is(class::DOCUMENT);
                for i in (np.first..head).filter(|_| document_head) {
                    let w = self.w(i);
                    if self.possessive(i) {
                        let owner = if is_name_token(self.tok(i)) {
                            let run_first = self.name_run_back_to(i, np.first);
                            self.name_run_entity(run_first, i)
                        } else {
                            self.entities.role(
                                a,
                                crate::speakers::key_of(w).as_str(),
                                None,
                                mention.0,
                            )
                        };
                        if let Some(entity) = owner {
                            return self.entity_speaker(mention, entity);
                        }
                    }
                }
            }
        }
        // "The Ostravan embassy in Sundmark issued a statement … The embassy also claimed": a bare
        // "the HEAD" takes up the fuller description a recent speaker had with the same head.
        if first_tok.info.is(class::DET_DEF) && np.last == np.first + 1 {
            let head_word = self.w(np.last).to_lowercase();
            // "In a statement posted on X, the ministry said … “…,” the statement added": a
            // document takes up who spoke through it just before.
            if head_token.info.is(class::DOCUMENT) {
                let through = self
                    .found
                    .iter()
                    .rev()
                    .filter(|f| f.speaker.is_some())
                    .take_while(|f| mention.0.saturating_sub(f.end) < 1500)
                    .find(|f| {
                        f.cue.is_some_and(|(cue_start, cue_end)| {
                            let mut from = cue_start.saturating_sub(160);
                            while !a.text.is_char_boundary(from) {
                                from -= 1;
                            }
                            // Within the sentence of the earlier report, its cue included ("said
                            // in a statement that").
                            let before = a.text[from..cue_end]
                                .rsplit(['.', '!', '?'])
                                .next()
                                .unwrap_or_default();
                            before
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| w.eq_ignore_ascii_case(&head_word))
                        })
                    })
                    .and_then(|f| f.speaker.as_ref())
                    .map(|s| s.resolved.clone());
                if let Some(resolved) = through {
                    if let Resolved::Entity(e) = resolved {
                        self.entities.note_speaker(mention.0, e);
                    }
                    return FoundSpeaker { mention, resolved };
                }
                // "The Centre today published its first monthly report … According to the
                // report, …": whoever the text gave the document to speaks through it.
                if let Some(owner) = self.document_owner(np.first, &head_word) {
                    return self.entity_speaker(mention, owner);
                }
            }
            let earlier = self
                .found
                .iter()
                .rev()
                .filter_map(|f| f.speaker.as_ref())
                .take_while(|s| mention.0.saturating_sub(s.mention.1) < 1500)
                .find(|s| {
                    let words = a.text[s.mention.0..s.mention.1].split_whitespace();
                    s.mention.0 < mention.0
                        && words.clone().count() > 2
                        && words
                            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                            .any(|w| w.eq_ignore_ascii_case(&head_word))
                })
                .map(|s| s.resolved.clone());
            if let Some(resolved) = earlier {
                if let Resolved::Entity(e) = resolved {
                    self.entities.note_speaker(mention.0, e);
                }
                return FoundSpeaker { mention, resolved };
            }
            // "Reuters reported … The agency said": an outlet noun takes up the organisation
            // that spoke just before.
            let outlet = [
                "agency",
                "paper",
                "newspaper",
                "outlet",
                "broadcaster",
                "network",
                "publication",
                "daily",
                "tabloid",
                "magazine",
                "channel",
            ]
            .contains(&head_word.as_str());
            // The outlet that spoke last, or the one named since ("Grodan state daily Union
            // Herald leads with … The paper argues"), within the sentence or two before.
            let organisation = outlet
                .then(|| {
                    let spoke = self
                        .found
                        .iter()
                        .rev()
                        .filter_map(|f| f.speaker.as_ref())
                        .take_while(|s| mention.0.saturating_sub(s.mention.1) < 1500)
                        .find_map(|s| match s.resolved {
                            Resolved::Entity(e) if self.is_press(e) => Some((s.mention.0, e)),
                            _ => None,
                        });
                    let named = crate::speakers::before(&self.entities.mentions, mention.0)
                        .iter()
                        .rev()
                        .take_while(|m| mention.0 - m.0 < 400)
                        .find(|m| self.is_press(m.1))
                        .copied();
                    spoke.into_iter().chain(named).max_by_key(|&(at, _)| at)
                })
                .flatten()
                .map(|(_, e)| e);
            if let Some(e) = organisation {
                return self.entity_speaker(mention, e);
            }
            // "Tellenergo denied it … The company said": a noun for a kind of body takes up the
            // organisation named just before. "Open Cradle today released … The group now
            // estimates": or the body the text was last about, under a name nothing showed to be
            // a person's, which the noun then names.
            if head_token.info.is(class::BODY_KIND) {
                if let Some(e) = self.recent_body(mention.0, &head_word) {
                    return self.entity_speaker(mention, e);
                }
                let bare = np.first + 1 == head && np.extent_last == head;
                // A ministry or a border service is no "company" nor "operator".
                let public_body = |e: usize| {
                    crate::speakers::organisation_head(a, self.entities.list[e].name)
                        .is_some_and(|h| self.lex.owned_body(&h.to_lowercase()))
                };
                if let Some(e) = bare
                    .then(|| self.entities.recent_body(mention.0, 1500))
                    .flatten()
                    .filter(|&e| !public_body(e))
                {
                    self.entities
                        .add_alias(e, (head_token.start, head_token.end));
                    return self.entity_speaker(mention, e);
                }
            }
        }
        let description = describe(&a.text[mention.0..mention.1], self.common_word(np.first));
        FoundSpeaker {
            mention,
            resolved: Resolved::Anonymous(description),
        }
    }

    /// The named owner of the latest earlier mention of the document noun `head_word` before token
    /// `before`, within 1,500 bytes: "its first monthly report" (the body "its" is), "Selva Watch's
    /// report", "the Halvard Labs report", "a report by Open Cradle", or a report the subject of
    /// its sentence published ("The Centre today published its report", "Selva Watch released a
    /// report").
    fn document_owner(&mut self, before: usize, head_word: &str) -> Option<usize> {
        let position = self.tok(before).start;
        let mentions: Vec<usize> = (1..before)
            .rev()
            .take_while(|&j| position - self.tok(j).start < 1500)
            .filter(|&j| self.lower_is(j, head_word))
            .collect();
        for j in mentions {
            // Up to three modifiers between the owner and the noun ("its first monthly report").
            let mut owner_at = j - 1;
            while owner_at + 3 > j && owner_at > 0 && {
                let t = self.tok(owner_at);
                t.is_word() && !t.capital && !t.info.is(class::STOP | class::VERB)
            } {
                owner_at -= 1;
            }
            if ["its", "their"].iter().any(|w| self.lower_is(owner_at, w)) {
                let sentence_start = self.tok(self.a.sentences[self.sentence_of[j] as usize].start);
                let owner = self
                    .entities
                    .pronoun(
                        PronounKind::Thing,
                        self.tok(owner_at).start,
                        sentence_start.start,
                    )
                    .filter(|&e| self.entities.list[e].kind == EntityKind::Organisation);
                if owner.is_some() {
                    return owner;
                }
                continue;
            }
            let sentence = self.a.sentences[self.sentence_of[j] as usize];
            // "Selva Watch's report", "the Halvard Labs report": a name right before the noun.
            if owner_at + 1 == j
                && is_name_token(self.tok(owner_at))
                && !crate::speakers::is_function(self.tok(owner_at))
                && !self.tok(owner_at).info.is(class::TIME | class::TITLE)
                && !self
                    .lex
                    .word(&crate::speakers::key_of(self.w(owner_at)))
                    .is(class::TIME)
            {
                let first = self.name_run_first(owner_at, sentence.start);
                let by_position = first == owner_at
                    && is_sentence_start(self, first)
                    && !self.is_known_name(first);
                if !by_position {
                    if let Some(owner) = self.name_run_entity(first, owner_at) {
                        return Some(owner);
                    }
                }
            }
            // "a report by Open Cradle".
            if ["by", "from"].iter().any(|w| self.lower_is(j + 1, w))
                && j + 2 < sentence.end
                && is_name_token(self.tok(j + 2))
                && !crate::speakers::is_function(self.tok(j + 2))
            {
                let mut last = j + 2;
                while last + 1 < sentence.end
                    && is_name_token(self.tok(last + 1))
                    && !crate::speakers::is_function(self.tok(last + 1))
                {
                    last += 1;
                }
                if let Some(owner) = self.name_run_entity(j + 2, last) {
                    return Some(owner);
                }
            }
            // "The Joint Corridor Centre today published its first monthly report": the subject
            // of a verb of publishing.
            let published = (sentence.start..j).find(|&v| {
                [
                    "published",
                    "issued",
                    "released",
                    "presented",
                    "posted",
                    "circulated",
                    "publishes",
                    "issues",
                    "releases",
                ]
                .iter()
                .any(|w| self.lower_is(v, w))
            });
            if let Some(verb) = published {
                let from = self.tok(sentence.start).start;
                let to = self.tok(verb).start;
                let subject = crate::speakers::before(&self.entities.subject_mentions, to)
                    .last()
                    .filter(|m| m.0 >= from)
                    .map(|m| m.1);
                if subject.is_some() {
                    return subject;
                }
            }
        }
        None
    }

    /// The organisation a definite phrase names before the noun for its kind, a word for what it
    /// does allowed in between: "the Open Grid Watch monitoring group", "the Harbourlight charity",
    /// "the Orvgrid company". A nationality ("the Russian company") or a word capitalised only by
    /// the sentence start names none.
    fn brand_before_noun(&mut self, np: NounPhrase, head: usize) -> Option<usize> {
        let head_token = self.tok(head);
        if head_token.capital
            || head != np.last
            || !self.tok(np.first).info.is(class::DET_DEF)
            || !head_token.info.is(class::BODY_KIND)
        {
            return None;
        }
        let mut last = head - 1;
        if last > np.first && !self.tok(last).capital && self.tok(last).is_word() {
            last -= 1;
        }
        if last <= np.first
            || !is_name_token(self.tok(last))
            || crate::speakers::is_function(self.tok(last))
            || crate::speakers::hyphenated_modifier(self.w(last))
            || self.tok(last).info.is(class::TITLE | class::ANON_HEAD)
        {
            return None;
        }
        let mut first = last;
        while first > np.first + 1
            && is_name_token(self.tok(first - 1))
            && !crate::speakers::is_function(self.tok(first - 1))
        {
            first -= 1;
        }
        // "the Grid Watch group" is named; "the Defence group" is no name.
        if first == last && self.tok(last).info.is(class::ORG_HEAD) {
            return None;
        }
        let nationality = first == last && nationality_like(self.w(last));
        let by_position =
            first == last && is_sentence_start(self, first) && !self.is_known_name(first);
        if nationality || by_position {
            return None;
        }
        let entity = self.organisation_entity(first, last);
        // Named so, an entity the text gave no person's marks is the organisation.
        let e = &mut self.entities.list[entity];
        if e.kind == EntityKind::Person && !e.person_like() {
            e.kind = EntityKind::Organisation;
        }
        Some(entity)
    }

    /// The first token of the name that owns the body `head` heads ("Valdria" of "Valdria's
    /// defence ministry", "the Assembly's special committee"): a capitalised name in the possessive,
    /// then only lower-case words before a noun for a body of its own.
    fn owner_of_body(&self, np: NounPhrase, head: usize) -> Option<usize> {
        let head_token = self.tok(head);
        if head_token.capital || !self.lex.owned_body(&self.w(head).to_ascii_lowercase()) {
            return None;
        }
        let possessive = (np.first..head).rev().find(|&i| !self.modifies_body(i))?;
        if !self.possessive(possessive) || !is_name_token(self.tok(possessive)) {
            return None;
        }
        let first = self.name_run_back_to(possessive, np.first);
        // "Monday's council", "Everyone's government" have no owner.
        let owner_is_name =
            !(first..=possessive).any(|i| self.tok(i).info.is(class::TIME | class::STOP));
        owner_is_name.then_some(first)
    }

    /// The first token of the capitalised name that ends at token `last`, no earlier than `limit`:
    /// back over name words, to a function word or a determiner.
    fn name_run_back_to(&self, last: usize, limit: usize) -> usize {
        let mut first = last;
        while first > limit
            && is_name_token(self.tok(first - 1))
            && !crate::speakers::is_function(self.tok(first - 1))
            && !self.tok(first - 1).info.is(class::DETERMINER)
        {
            first -= 1;
        }
        first
    }

    /// A lower-case word that qualifies a body's noun ("defence" of "defence ministry").
    fn modifies_body(&self, index: usize) -> bool {
        let t = self.tok(index);
        t.is_word()
            && !t.capital
            && !self.possessive(index)
            && !t
                .info
                .is(class::STOP | class::VERB | class::DETERMINER | class::PRONOUN)
    }

    /// The entity of an organisation's name, `first..=last`, registered if new.
    fn organisation_entity(&mut self, first: usize, last: usize) -> usize {
        let run = NameRun {
            title_first: None,
            first,
            last,
            organisation: true,
        };
        self.entities.name_entity(self.a, &run, None)
    }

    /// The organisation named last before `position`, not long before, that a bare "the company"
    /// or "the group" can take up: one whose name ends in such a noun ("Aegiros Shipping"), or a
    /// name without an organisation's head that has spoken and that the text gave no person's or
    /// place's marks ("Tellenergo denied …") and does not use in lower case. A ministry, a council
    /// or an outlet is no company, and a body the text called "a group" is no company either.
    fn recent_body(&self, position: usize, kind_noun: &str) -> Option<usize> {
        crate::speakers::before(&self.entities.mentions, position)
            .iter()
            .rev()
            .take_while(|m| position - m.0 < 1500)
            .map(|m| m.1)
            .find(|&e| {
                let entity = &self.entities.list[e];
                if entity.kind == EntityKind::Organisation {
                    // Named "a group", it is no company.
                    if !entity.aliases.is_empty() {
                        return entity.aliases.iter().any(|&alias| {
                            crate::speakers::alias_words(self.a, alias)
                                .any(|w| w.eq_ignore_ascii_case(kind_noun))
                        });
                    }
                    let head = crate::speakers::organisation_head(self.a, entity.name)
                        .unwrap_or_default()
                        .to_lowercase();
                    let info = self.lex.word(&head);
                    if info.is(class::BODY_KIND) {
                        return true;
                    }
                    if info.is(class::ORG_HEAD) {
                        return false;
                    }
                    // A brand the text named as a body ("a group calling itself Frost Legion").
                    if entity.spoke {
                        return true;
                    }
                }
                let name = &self.a.text[entity.name.0..entity.name.1];
                let nationality = nationality_like(name);
                // "Messages warning of … The messages, which …": a capital only by position.
                let common_word = || {
                    let lower = name.to_lowercase();
                    self.a.text.match_indices(lower.as_str()).any(|(at, _)| {
                        let end = at + lower.len();
                        !self.a.text[..at].ends_with(char::is_alphanumeric)
                            && !self.a.text[end..].starts_with(char::is_alphanumeric)
                    })
                };
                // Having spoken makes a lone name person-like; a person's own marks are a full
                // name, a title or a gender.
                entity.spoke
                    && entity.name_tokens == 1
                    && entity.aliases.is_empty()
                    && entity.gender.is_none()
                    && !entity.place_like
                    && !entity.all_caps
                    && !nationality
                    && !common_word()
            })
    }

    /// Whether an entity is a news outlet or a channel: an organisation named with a press word
    /// ("Harbour Gazette", "Meridian Wire", "Reuters") or with no head word at all ("Bloomberg"),
    /// not a ministry or a union.
    fn is_press(&self, entity: usize) -> bool {
        const PRESS: [&str; 32] = [
            "agency",
            "news",
            "wire",
            "times",
            "post",
            "ledger",
            "journal",
            "tribune",
            "herald",
            "gazette",
            "telegraph",
            "guardian",
            "tv",
            "radio",
            "channel",
            "press",
            "broadcaster",
            "network",
            "review",
            "daily",
            "weekly",
            "magazine",
            "reuters",
            "courier",
            "chronicle",
            "express",
            "mirror",
            "dispatch",
            "inquirer",
            "examiner",
            "sentinel",
            "signal",
        ];
        let e = &self.entities.list[entity];
        let head = crate::speakers::organisation_head(self.a, e.name)
            .unwrap_or_default()
            .to_lowercase();
        e.kind == EntityKind::Organisation
            && (PRESS.contains(&head.as_str()) || !self.lex.word(&head).is(class::ORG_HEAD))
    }

    /// The last word of the name in an appositive `first..=last` that gives where its bearer is
    /// from, and perhaps an age: "Irina from Lendl", "Gustav from Brenmouth, 72" (a phone-in's
    /// callers, a vox pop's passers-by).
    fn name_with_origin(&self, first: usize, last: usize) -> Option<usize> {
        let name_last = (first..=last)
            .take_while(|&i| is_name_token(self.tok(i)))
            .last()?;
        let from = name_last + 1;
        if from >= last || !(self.lower_is(from, "from") || self.lower_is(from, "in")) {
            return None;
        }
        let place_last = (from + 1..=last)
            .take_while(|&i| is_name_token(self.tok(i)))
            .last()?;
        let aged = place_last + 2 == last
            && self.tok(place_last + 1).is_punct(',')
            && self.is_number(last);
        (place_last == last || aged).then_some(name_last)
    }

    /// The role in an appositive after a name ("Ivan Drach, the mayor, said"), as a byte range: the
    /// first title word before the appositive's own "of", "for" or "in".
    fn appositive_title(&self, np: NounPhrase) -> Option<(usize, usize)> {
        if np.extent_last <= np.last + 1 || !self.tok(np.last + 1).is_punct(',') {
            return None;
        }
        (np.last + 2..=np.extent_last)
            .take_while(|&i| {
                self.tok(i).is_word() && !["of", "for", "in"].iter().any(|w| self.lower_is(i, w))
            })
            .find(|&i| self.tok(i).info.is(class::TITLE))
            .map(|i| (self.tok(i).start, self.tok(i).end))
    }

    /// The entity of a name an unnamed phrase gives at its end: "…, who gave only his first name,
    /// Yarema", "…, a teacher named Olha Sava", "A former partner at Lenox, Lawrence Cummings".
    fn name_given_in(&mut self, np: NounPhrase) -> Option<usize> {
        // "A farmer named Stepan, who would not give his surname,": the name may end the phrase's
        // head before a clause about it.
        let last = [np.extent_last, np.last]
            .into_iter()
            .find(|&i| i > np.first + 1 && is_name_token(self.tok(i)))?;
        // The name may close the phrase itself ("A farmer named Stepan", no role word at its
        // head) or follow it.
        let first = self.name_run_first(last, (np.last + 1).min(np.first + 2));
        let before = first.checked_sub(1)?;
        // "A former partner at Lenox, Lawrence Cummings": a full name in apposition to a role.
        let role_then_name = last > first
            && self.tok(np.last).info.is(class::TITLE | class::ANON_HEAD)
            && !self.w(np.last).ends_with('s');
        let given = if self.tok(before).is_punct(',') {
            before > 0 && (self.lower_is(before - 1, "name") || role_then_name)
        } else if self.lower_is(before, "as") {
            // "who gave her name only as Olha", "identified only as Olha"
            crate::speakers::name_given_as(self.a, before)
        } else if ["itself", "themselves"]
            .iter()
            .any(|w| self.lower_is(before, w))
        {
            // "A group calling itself Frost Legion"
            before > 0
                && ["calling", "calls", "called"]
                    .iter()
                    .any(|w| self.lower_is(before - 1, w))
        } else if self.lower_is(before, "callsign")
            || (self.lower_is(before, "sign") && before > 0 && self.lower_is(before - 1, "call"))
        {
            // "A friend from the 112th, call sign Bison,"
            true
        } else {
            self.lower_is(before, "named")
        };
        if !given || crate::speakers::is_function(self.tok(first)) {
            return None;
        }
        let entity = self.name_run_entity(first, last)?;
        // The name a group or a company gives itself is an organisation's.
        let e = &mut self.entities.list[entity];
        let kind_noun = self.a.tokens[np.last];
        if kind_noun.info.is(class::BODY_KIND) && e.gender.is_none() && e.aliases.is_empty() {
            e.kind = EntityKind::Organisation;
            self.entities
                .add_alias(entity, (kind_noun.start, kind_noun.end));
        }
        Some(entity)
    }

    /// Where the holder's name starts in "TITLE of/for ORGANISATION First Last": the title heads
    /// the phrase, and two or three name words follow the organisation's head word. "a spokesman
    /// for Senator Ilse Marr" speaks for the senator (a title, not an organisation, before the
    /// name), and so does "an adviser to the head of the Office Andriy Yermak" (a second title).
    fn holder_after_title(&self, np: NounPhrase, head: usize) -> Option<usize> {
        let connective = head + 1;
        if !self.tok(head).info.is(class::TITLE)
            || self.w(head).ends_with('s')
            || !(self.lower_is(connective, "of") || self.lower_is(connective, "for"))
            || np.last < connective + 3
        {
            return None;
        }
        let is_name_word = |i: usize| {
            let t = self.tok(i);
            is_name_token(t)
                && !crate::speakers::is_function(t)
                && !t.info.is(class::ORG_HEAD | class::TITLE | class::TIME)
        };
        let mut first = np.last;
        while first > connective + 2 && is_name_word(first - 1) {
            first -= 1;
        }
        let words = np.last + 1 - first;
        let organisation_before = self.tok(first - 1).is_word()
            && self.tok(first - 1).info.is(class::ORG_HEAD)
            && !self.possessive(first - 1);
        let second_title = (connective + 1..first).any(|i| self.tok(i).info.is(class::TITLE));
        ((2..=3).contains(&words)
            && is_name_word(first)
            && organisation_before
            && !second_title
            && !self.possessive(np.last))
        .then_some(first)
    }

    /// The person whose office or campaign `first..head` names: the owner before "'s"
    /// ("Senator Ada Brill's campaign"), a name before the head ("the Brill campaign") or the
    /// one "his"/"her" stands for.
    fn body_owner(&mut self, first: usize, head: usize, at: usize) -> Option<usize> {
        let person = |this: &Self, e: usize| this.entities.list[e].kind == EntityKind::Person;
        if head == first + 1 {
            let kind = match self.w(first) {
                "his" | "His" => PronounKind::Male,
                "her" | "Her" => PronounKind::Female,
                _ => PronounKind::Thing,
            };
            if kind != PronounKind::Thing {
                return self
                    .entities
                    .pronoun(kind, at, at)
                    .filter(|&e| person(self, e));
            }
        }
        self.owner_named_before(first, head)
            .filter(|&e| person(self, e))
    }

    /// The entity named by the capitalised words from `first` that end just before `head`, the
    /// owner in "Dorin Halvask's office" or "Hornet Wing's admin". The owner's last word is a name,
    /// not a title ("the ombudsman's office") nor a pronoun opening the sentence ("My office").
    fn owner_named_before(&mut self, first: usize, head: usize) -> Option<usize> {
        let last = head.checked_sub(1).filter(|&last| last >= first)?;
        if !is_name_token(self.tok(last))
            || self
                .tok(last)
                .info
                .is(class::TITLE | class::DETERMINER | class::PRONOUN)
        {
            return None;
        }
        let mut run_first = last;
        while run_first > first
            && is_name_token(self.tok(run_first - 1))
            && !self.tok(run_first - 1).info.is(class::DETERMINER)
        {
            run_first -= 1;
        }
        self.name_run_entity(run_first, last)
    }

    /// The entity of a capitalised run `first..=last`, titles split off.
    fn name_run_entity(&mut self, first: usize, last: usize) -> Option<usize> {
        let mut run = crate::speakers::split_title_after_of(self.a, self.lex, first, last);
        // "(Deputy Minister of) Energy Oskar Venhaal": after a title and "of", the portfolio
        // comes first; split from the title on, the name is told apart from it.
        let portfolio = run.title_first.is_none()
            && run.first >= 2
            && run.last >= run.first + 2
            && (self.lower_is(run.first - 1, "of") || self.lower_is(run.first - 1, "for"))
            && self.tok(run.first - 2).info.is(class::TITLE)
            && self.tok(run.first - 2).capital
            && !self.tok(run.last).info.is(class::ORG_HEAD);
        if portfolio {
            let mut title_first = run.first - 2;
            while title_first > 0 && is_name_token(self.tok(title_first - 1)) {
                title_first -= 1;
            }
            run = crate::speakers::split_title_after_of(self.a, self.lex, title_first, run.last);
        }
        // "Shield of Orvane": a name going on after "of" is an organisation's or a channel's.
        run.organisation |= first + 2 <= last && self.head_before_of(first, first);
        // "last September": a month or a weekday is never a name.
        if run.first > run.last || (run.first..=run.last).all(|i| self.tok(i).info.is(class::TIME))
        {
            return None;
        }
        let title = run
            .title_first
            .map(|t| (self.tok(t).start, self.tok(run.first - 1).end));
        Some(self.entities.name_entity(self.a, &run, title))
    }

    /// Whether an anonymity marker stands in `[from, to)`; `explicit_only` leaves out those that
    /// describe an affiliation ("close to", "familiar with", "with knowledge of").
    fn has_anon_marker(&self, from: usize, to: usize, explicit_only: bool) -> bool {
        let affiliation = |p: &crate::lexicon::Phrase| {
            matches!(
                p.words.first().map(|w| w.as_ref()),
                Some("close" | "familiar" | "with")
            )
        };
        (from..to.min(self.a.tokens.len())).any(|i| {
            let t = self.tok(i);
            if !t.is_word() {
                return false;
            }
            // Most words start no phrase: only a one-word marker can be them.
            t.info.is(class::ANON_MARKER)
                || (t.info.is(class::PHRASE_START)
                    && self.lex.anon_markers.iter().any(|p| {
                        !(explicit_only && affiliation(p))
                            && self.phrase_at(i, &p.words, to).is_some()
                    }))
        })
    }

    /// Takes back the speaker note of a statement that is not kept.
    fn forget_speaker(&mut self, speaker: Option<FoundSpeaker>) {
        if let Some(FoundSpeaker {
            mention,
            resolved: Resolved::Entity(entity),
        }) = speaker
        {
            self.entities.forget_speaker(mention.0, entity);
        }
    }

    fn push(&mut self, found: Found) {
        // "Cruz won the crowds with speeches and promises to shake things up, Stovall said": a
        // verb-final report holds the act found inside it; the whole is the statement.
        let verb_final = matches!(
            found.rule,
            "en.reported.said-after" | "en.reported.said-inverted"
        );
        if verb_final {
            if let Some(inner) = self.found.iter().position(|f| {
                found.start <= f.start
                    && f.end <= found.end
                    && (found.start, found.end) != (f.start, f.end)
                    && f.rule == "en.reported.act"
            }) {
                let inner = self.found.remove(inner);
                self.forget_speaker(inner.speaker);
            }
        }
        // Never report the same text twice.
        let rejected = found.start >= found.end
            || self
                .found
                .iter()
                .any(|f| f.start < found.end && found.start < f.end);
        if rejected {
            // "… noted that Sanders himself has acknowledged he won't be the nominee": a report
            // dropped inside another's words leaves no speaker for a later "he".
            self.forget_speaker(found.speaker);
            return;
        }
        self.found.push(found);
    }

    /// The items of a numbered list whose first line opens at token `from` ("1. that …;" / "2) …"),
    /// or, when `bullets`, of a list whose lines open with one dash or bullet ("– the full
    /// report …;"), as token ranges without their markers, when there are two or more.
    fn list_items(&self, from: usize, bullets: bool) -> Vec<(usize, usize)> {
        let tokens = &self.a.tokens;
        let bullet = ['–', '—', '-', '•', '*']
            .into_iter()
            .find(|&c| bullets && tokens.get(from).is_some_and(|t| t.is_punct(c)));
        let mut items = Vec::new();
        let mut at = from;
        loop {
            let first = match bullet {
                Some(c) if at + 1 < tokens.len() && tokens[at].is_punct(c) => at + 1,
                None if at + 2 < tokens.len()
                    && self.w(at).parse::<usize>().ok() == Some(items.len() + 1)
                    && (tokens[at + 1].is_punct('.') || tokens[at + 1].is_punct(')')) =>
                {
                    at + 2
                }
                _ => break,
            };
            let end = (first..tokens.len())
                .find(|&i| tokens[i].is_break())
                .unwrap_or(tokens.len());
            if self.words_in(first, end) < 3 {
                break;
            }
            items.push((first, end));
            at = end + 1;
        }
        if items.len() < 2 {
            items.clear();
        }
        items
    }

    fn mark_quotes(&mut self, from: usize, to: usize) {
        for q in self.quotes_between(from, to) {
            self.quote_used[q] = true;
        }
    }

    // ----- rule: NAME: followed by a block ---------------------------------------------------------

    /// `Steppe Monitor:` / `One report:` / `Usov told a pool of journalists:` at the end of a
    /// paragraph, followed by a paragraph that is not quoted: the whole paragraph is a direct
    /// statement.
    fn colon_block(&mut self, index: usize, sentence: Sentence) {
        let a = self.a;
        if sentence.end == 0 || !sentence.paragraph_end {
            return;
        }
        let colon = sentence.end - 1;
        if self.token_used[colon] {
            return; // an intro another rule read already (`Kasia_K wrote:` in a forum post)
        }
        // "Forwarded from Iron Kettle" on a line of its own, no colon: the post follows.
        let passed_on = !self.tok(colon).is_punct(':')
            && (sentence.start..sentence.end)
                .find(|&i| self.tok(i).is_word())
                .is_some_and(|i| self.passed_on_from(i) == Some(i + 2));
        if !(self.tok(colon).is_punct(':') || passed_on) || self.heading_before(colon) {
            return;
        }
        let Some(next) = a.sentences.get(index + 1) else {
            return;
        };
        if self.tok(next.start).is_mark() && self.tok(next.start).quote != NO_QUOTE {
            return; // a quoted block: the quote rule takes it with this intro
        }
        let intro_end = if passed_on { sentence.end } else { colon };
        let label = self
            .dated_label(sentence.start, colon)
            .or_else(|| self.chat_label(sentence.start, colon))
            .or_else(|| self.voice_note_label(sentence.start, colon));
        let intro = match label {
            Some(np) => Some((Some(np), None, false)),
            None => self.intro_speaker(sentence.start, intro_end),
        };
        let Some((speaker_np, cue, hedged)) = intro else {
            return;
        };
        // "The union demands:\n1. that …;\n2. that …": each numbered item is a statement, and so
        // is each dashed one after a reporting verb ("The HUJ is now calling for:\n– …;\n– …").
        let items = self.list_items(next.start, cue.is_some());
        if !items.is_empty() {
            let speaker = match speaker_np {
                Some(np) => self.speaker(np),
                None => self.described_intro(sentence.start, colon),
            };
            for (from, to) in items {
                let (start, end) =
                    self.trim_content(self.tok(from).start, self.tok(to - 1).end, false);
                self.mark_quotes(from, to);
                self.push_direct(
                    (start, end),
                    speaker.clone(),
                    cue,
                    hedged,
                    "en.post.colon-list",
                );
            }
            return;
        }
        // The block: every sentence up to the paragraph end, without trailing hashtag lines.
        // Lines that open with the first line's dash or bullet go on with it ("— The situation is
        // tense.\n— Reserves are arriving.").
        let marker = |sentence: &Sentence| {
            let t = self.tok(sentence.start);
            ['—', '–', '-', '•', '*']
                .into_iter()
                .find(|&c| t.is_punct(c))
        };
        let block_marker = marker(next);
        let mut last = index + 1;
        loop {
            while last < a.sentences.len() && !a.sentences[last].paragraph_end {
                last += 1;
            }
            let continues = block_marker.is_some()
                && a.sentences.get(last + 1).is_some_and(|following| {
                    marker(following) == block_marker
                        && !(a.sentences[last].end..following.start)
                            .any(|i| matches!(self.tok(i).kind, TokenKind::Break { blank: true }))
                });
            if !continues {
                break;
            }
            last += 1;
        }
        let last = last.min(a.sentences.len() - 1);
        // "Mirosk Online:\n🔴 Governor Petro Lisk: “Stay in shelters.”", "Shield of Orvane:\n
        // The minister told the brigade that …": a post that only relays what others said gives
        // their statements, which the other rules take, not one of the channel's own.
        if (index + 1..=last).all(|i| self.relays_speech(a.sentences[i])) {
            return;
        }
        let block_start = self.tok(next.start).start;
        let block_end = self.tok(a.sentences[last].end - 1).end;
        let (start, end) = self.trim_content(block_start, block_end, false);
        if self.words_in(next.start, a.sentences[last].end) < 3 {
            return;
        }
        let speaker = speaker_np.map(|np| self.label_speaker(np));
        // "One report: … That is from the 32nd Brigade's press service.": the source named
        // right after the block.
        let speaker = speaker.or_else(|| {
            let after = a.sentences.get(last + 1)?;
            let np = self.source_named_after(*after)?;
            Some(self.speaker(np))
        });
        let speaker = speaker.unwrap_or_else(|| self.described_intro(sentence.start, colon));
        self.mark_quotes(next.start, a.sentences[last].end);
        self.push_direct((start, end), speaker, cue, hedged, "en.post.colon-block");
    }

    /// "Tellenergo, 9 January, 06:20:" on a line of its own: a name, a date and a time label the
    /// update below it, as a digest of someone's posts does. The name, up to four capitalised
    /// words.
    fn dated_label(&self, start: usize, colon: usize) -> Option<NounPhrase> {
        let first = (start..colon).find(|&i| self.tok(i).is_word())?;
        let mut last = first;
        while last + 1 < colon && last < first + 3 && is_name_token(self.tok(last + 1)) {
            last += 1;
        }
        let named = (first..=last).all(|i| {
            let t = self.tok(i);
            is_name_token(t) && !crate::speakers::is_function(t) && !t.info.is(class::HEADING)
        });
        if !named || !self.tok(last + 1).is_punct(',') {
            return None;
        }
        // The date between the name and the time: day, month and year, with commas.
        let time = (last + 2..colon).find(|&i| self.time_stamp_end(i) == Some(colon))?;
        let dated = (last + 2..time).all(|i| {
            let t = self.tok(i);
            t.is_punct(',')
                || (t.is_word()
                    && (t.info.is(class::TIME) || self.w(i).bytes().all(|b| b.is_ascii_digit())))
        });
        dated.then_some(NounPhrase {
            first,
            last,
            extent_last: last,
        })
    }

    /// "Voice note from Marta Olesk, 34, Kolby Street (1 min 12 s):", "Audio message from a nurse
    /// at the district hospital:": a recording introduced by who sent it, its words below.
    fn voice_note_label(&self, start: usize, colon: usize) -> Option<NounPhrase> {
        let first = (start..colon).find(|&i| self.tok(i).is_word())?;
        let medium = ["voice", "audio", "video"]
            .iter()
            .any(|w| self.lower_is(first, w));
        let note = ["note", "notes", "message", "memo", "recording", "clip"]
            .iter()
            .any(|w| self.lower_is(first + 1, w));
        if !(medium && note && self.lower_is(first + 2, "from")) {
            return None;
        }
        // (The sender's description runs to the first comma or bracket: "a nurse at the district
        // hospital, who asked …".)
        let np = self.np_right(first + 3, colon)?;
        let described_to = (np.last + 1..colon)
            .find(|&i| self.tok(i).is_punct(',') || self.tok(i).is_punct('('))
            .unwrap_or(colon);
        let last = self
            .last_before_breaks(np.last, described_to)
            .filter(|_| !is_name_token(self.tok(np.last)))
            .unwrap_or(np.last);
        Some(NounPhrase {
            last,
            extent_last: last,
            ..np
        })
    }

    /// "[3.10 18:52] sanych_zavod:" or "[17.10, 20:02] Olya Tkach:" on a line of its own: a chat's
    /// export, the time in brackets before its member's nickname or name.
    fn chat_label(&self, start: usize, colon: usize) -> Option<NounPhrase> {
        let first = self.chat_time_end(start, colon)?;
        let last = colon.checked_sub(1)?;
        if first > last || last - first > 2 {
            return None;
        }
        let nickname = first == last && self.tok(first).is_word();
        let name = (first..=last)
            .all(|i| is_name_token(self.tok(i)) && !crate::speakers::is_function(self.tok(i)));
        (nickname || name).then_some(NounPhrase {
            first,
            last,
            extent_last: last,
        })
    }

    /// Where a chat's time in brackets opening at `start`, before `limit`, ends (`[06:15]`,
    /// `[3.10 18:52]`, `[12.06.25, 07:02]`): the token after its `]`.
    fn chat_time_end(&self, start: usize, limit: usize) -> Option<usize> {
        if !self.tok(start).is_punct('[') {
            return None;
        }
        let close = (start + 1..limit.min(start + 12))
            .take_while(|&i| !self.tok(i).is_break())
            .find(|&i| self.tok(i).is_punct(']'))?;
        let digits =
            |i: usize| self.tok(i).is_word() && self.w(i).bytes().all(|b| b.is_ascii_digit());
        let timed = (start + 2..close.saturating_sub(1))
            .any(|i| self.tok(i).is_punct(':') && digits(i - 1) && digits(i + 1));
        timed.then_some(close + 1)
    }

    /// Who a label before a colon names: a chat's member by nickname, or the speaker its words
    /// resolve to.
    fn label_speaker(&mut self, label: NounPhrase) -> FoundSpeaker {
        let named = self
            .nickname(label)
            .or_else(|| self.introduced_guest(label.first, label.last));
        match named {
            Some(entity) => {
                let mention = (self.tok(label.first).start, self.tok(label.last).end);
                self.entity_speaker(mention, entity)
            }
            None => self.speaker(label),
        }
    }

    /// The chat member a label of one word in lower case names ("sanych_zavod" of a chat's
    /// export): an account of its own, written as it is.
    fn nickname(&mut self, label: NounPhrase) -> Option<usize> {
        let token = self.tok(label.first);
        let chat = label.first > 0 && self.tok(label.first - 1).is_punct(']');
        if label.first != label.last || token.capital || !chat {
            return None;
        }
        let run = crate::speakers::NameRun {
            title_first: None,
            first: label.first,
            last: label.last,
            organisation: false,
        };
        Some(self.entities.name_entity(self.a, &run, None))
    }

    /// Whether a sentence reports someone's words: a reporting verb with its subject, or a
    /// name and a colon before a quote.
    fn relays_speech(&self, sentence: Sentence) -> bool {
        (sentence.start..sentence.end).any(|i| {
            let t = self.tok(i);
            if t.quote != NO_QUOTE {
                return false;
            }
            let reported =
                self.is_verb(i) && !t.capital && self.subject_of(i, sentence.start).is_some();
            let colon_quote = t.is_punct(':')
                && i > sentence.start
                && is_name_token(self.tok(i - 1))
                && i + 1 < sentence.end
                && self.tok(i + 1).is_mark();
            reported || colon_quote
        })
    }

    /// An unnamed source described by the intro before a colon ("One report:"): its words.
    fn described_intro(&self, first: usize, colon: usize) -> FoundSpeaker {
        let (s, e) = (self.tok(first).start, self.tok(colon).start);
        FoundSpeaker {
            mention: (s, e),
            resolved: Resolved::Anonymous(describe(&self.a.text[s..e], self.common_word(first))),
        }
    }

    /// A direct statement in one piece.
    fn push_direct(
        &mut self,
        span: (usize, usize),
        speaker: FoundSpeaker,
        cue: Option<(usize, usize)>,
        hedged: bool,
        rule: &'static str,
    ) {
        self.push_one(StatementKind::Direct, span, speaker, cue, hedged, rule);
    }

    /// A statement of one piece.
    fn push_one(
        &mut self,
        kind: StatementKind,
        (start, end): (usize, usize),
        speaker: FoundSpeaker,
        cue: Option<(usize, usize)>,
        hedged: bool,
        rule: &'static str,
    ) {
        self.push(Found {
            kind,
            start,
            end,
            pieces: Vec::new(),
            speaker: Some(speaker),
            cue,
            hedged,
            rule,
        });
    }

    /// The source in a sentence that only names where the text before came from: "That is from the
    /// brigade's press service", "This comes from Rezident".
    fn source_named_after(&self, sentence: Sentence) -> Option<NounPhrase> {
        let mut index = sentence.start;
        if !["that", "this", "that's"]
            .iter()
            .any(|w| self.lower_is(index, w))
        {
            return None;
        }
        index += 1;
        if ["is", "was", "comes", "came"]
            .iter()
            .any(|w| self.lower_is(index, w))
        {
            index += 1;
        }
        if !self.lower_is(index, "from") {
            return None;
        }
        self.np_right(index + 1, sentence.end)
    }

    /// `Frontline Watch: The army has pulled …` / `One channel wrote: the enemy lost …`: a paragraph
    /// that opens with a short intro and a colon, then unquoted words, is a post or report reproduced
    /// as it stands: direct, up to the paragraph end. A quote after the colon is the quote rule's.
    fn colon_inline(&mut self, index: usize, sentence: Sentence) {
        // A transcript's turn is the transcript rule's.
        if self.token_used[sentence.start] {
            return;
        }
        let Some(label) = self.colon_label(index, sentence) else {
            return;
        };
        let ColonLabel {
            line_start,
            colon,
            paragraph_end,
            np,
            cue,
            hedged,
            label_only,
            turn,
        } = label;
        let mut block_end = paragraph_end;
        // "… towards the river. #Inside #Zorivka": closing hashtags tag the post; they are not
        // its words.
        while block_end > colon + 3
            && self.tok(block_end - 1).is_word()
            && self.tok(block_end - 2).is_punct('#')
            && self.tok(block_end - 2).end == self.tok(block_end - 1).start
        {
            block_end -= 2;
        }
        if self.words_in(colon + 1, block_end) < 4 {
            return;
        }
        // "The Speaker: Order, order. Mrs Ilse Varro.", "Operator: Welcome to the results call.":
        // the chair's and the operator's turns run the talk.
        if label_only
            && (self.calls_next_speaker(colon + 1, block_end)
                || (colon == line_start + 1 && self.lower_is(line_start, "operator")))
            && self.label_repeats(line_start, colon)
        {
            for i in sentence.start..=colon {
                self.token_used[i] = true;
            }
            return;
        }
        // "Observator: Would you negotiate with President Sovel?": the interviewer's question, a
        // turn of one sentence (a turn that argues before it asks is a statement).
        let question = (colon + 1..block_end)
            .rev()
            .find(|&i| !self.tok(i).is_break() && !self.tok(i).is_mark())
            .is_some_and(|i| {
                self.tok(i).is_punct('?') && self.sentence_of[i] == self.sentence_of[colon + 1]
            });
        if question && (turn || label_only) {
            return;
        }
        // "Rybar in English: Situation in the Kolnik direction as of 14 March": a title after the
        // name, no verb and no full stop, heads the post below; it is not one.
        let closed = self
            .last_before_breaks(colon + 1, block_end)
            .is_some_and(|i| !self.tok(i).is_word());
        if !closed && !self.has_finite_verb(colon + 1, block_end) {
            return;
        }
        // "Anderhaag: what he said then, and what he says now": a headline's indirect question
        // announces what follows.
        let headline_question = ["what", "why", "how", "where", "when", "who"]
            .iter()
            .any(|w| self.lower_is(colon + 1, w))
            && !question;
        if headline_question && !self.tok(colon + 1).capital {
            return;
        }
        // "Vestrany Courier: Brenning: “It was an attack”": a front page quoting someone; the
        // quote is the one named after the outlet's, which the quote rules take.
        if self.quoted_label_at(colon + 1, block_end) {
            return;
        }
        // "Chancellery: election report is “an invention”", "19:48 Deputy mayor Gruzin, by phone:
        // the council will publish …": words in lower case after a label are the label's words
        // retold, a report that ends with its sentence. A post in telegraphic style goes on with
        // more of its own ("Air Force: ballistic missile threat from the north. Everyone to
        // shelters!"); a retelling is followed by the writer's next report or aside.
        let post_goes_on = block_end > sentence.end && {
            let next = sentence.end;
            !(self.tok(next).is_punct('(') || self.tok(next).is_mark())
                && (next..block_end).all(|i| !self.is_verb(i))
        };
        // "a platoon commander: we held the line": words in the first person are the speaker's own.
        let retold = self.tok(colon + 1).is_word()
            && self.w(colon + 1).starts_with(char::is_lowercase)
            && !post_goes_on
            && !(colon + 1..sentence.end)
                .any(|i| self.tok(i).quote == NO_QUOTE && self.is_first_person(i));
        let block_end = if retold {
            block_end.min(sentence.end)
        } else if turn {
            self.record_turn_end(block_end)
        } else {
            block_end
        };
        // "Hesk: quiet.": a direction's one-word summary, nobody's report.
        if retold && self.words_in(colon + 1, block_end) < 3 {
            return;
        }
        let (start, end) = self.trim_content(
            self.tok(colon + 1).start,
            self.tok(block_end - 1).end,
            retold,
        );
        // "One report: …": an anonymous report described by its intro.
        let speaker = match np {
            Some(np) => self.label_speaker(np),
            None => self.described_intro(line_start, colon),
        };
        self.mark_quotes(colon + 1, block_end);
        for i in sentence.start..=colon {
            self.token_used[i] = true;
        }
        let kind = if retold {
            self.reported_kind(colon + 1, block_end)
        } else {
            StatementKind::Direct
        };
        self.push_one(
            kind,
            (start, end),
            speaker,
            cue,
            hedged,
            "en.post.colon-inline",
        );
    }

    /// Where a record's turn ends that fills the paragraph ending at token `paragraph_end`: it goes
    /// on through the paragraphs after it that no label opens ("The Minister for the Environment
    /// (Teodora Quillan): With permission, …\n\nAt 08:47 on Saturday the vessel struck …").
    fn record_turn_end(&self, paragraph_end: usize) -> usize {
        let sentences = &self.a.sentences;
        let mut end = paragraph_end;
        let mut next = self.sentence_of[paragraph_end - 1] as usize + 1;
        while let Some(&first) = sentences.get(next) {
            let last = self.paragraph_end_from(next);
            // "Later the Harbour Minister said …": the writer reporting again, not the speaker in
            // the first person.
            let (from, to) = (first.start, sentences[last].end);
            let writer_reports = (next..=last).any(|i| self.relays_speech(sentences[i]))
                && !(from..to).any(|i| self.is_first_person(i));
            let said = !writer_reports
                && !self.tok(first.start).is_mark()
                && !self.opens_with_any_label(first.start)
                && !self.opens_with_colon_label(first)
                && self.words_in(from, to) >= 4
                && self.has_finite_verb(from, to);
            if !said {
                break;
            }
            end = sentences[last].end;
            next = last + 1;
        }
        end
    }

    /// Whether a sentence opens with a label and a colon, as a record's turns do ("Hon. Members:",
    /// "The Minister for the Environment (Teodora Quillan):").
    fn opens_with_colon_label(&self, sentence: Sentence) -> bool {
        let start = self
            .time_stamp_end(sentence.start)
            .filter(|&end| end < sentence.end)
            .unwrap_or(sentence.start);
        // ("At 08:47" is a time.)
        (start + 1..(start + 16).min(sentence.end))
            .find(|&i| {
                self.tok(i).is_punct(':')
                    && self.a.text[self.tok(i).end..].starts_with(char::is_whitespace)
            })
            .is_some_and(|colon| colon < start + 6 || self.tok(colon - 1).is_punct(')'))
    }

    /// `> taras_b wrote (page 13): they say at the gate …`: a forum post quoting an earlier one
    /// on a line marked with ">"; the quoted words are the quoted poster's.
    fn quoted_reply(&mut self, sentence: Sentence) {
        let marker = sentence.start;
        if !self.tok(marker).is_punct('>') || (marker > 0 && !self.tok(marker - 1).is_break()) {
            return;
        }
        let Some(verb) = (marker + 2..(marker + 5).min(sentence.end)).find(|&i| {
            ["wrote", "writes", "said", "posted"]
                .iter()
                .any(|w| self.lower_is(i, w))
        }) else {
            return;
        };
        if !(marker + 1..verb).all(|i| self.tok(i).is_word()) {
            return;
        }
        let mut colon = verb + 1;
        if self.tok(colon).is_punct('(') {
            match (colon + 1..(colon + 6).min(sentence.end)).find(|&i| self.tok(i).is_punct(')')) {
                Some(close) => colon = close + 1,
                None => return,
            }
        }
        if colon >= sentence.end || !self.tok(colon).is_punct(':') {
            return;
        }
        let line_end = (colon + 1..self.a.tokens.len())
            .find(|&i| self.tok(i).is_break())
            .unwrap_or(self.a.tokens.len());
        if self.words_in(colon + 1, line_end) < 2 {
            return;
        }
        let (start, end) =
            self.trim_content(self.tok(colon + 1).start, self.tok(line_end - 1).end, false);
        // The poster's name as written, a user name in any case ("taras_b").
        let run = split_title(self.a, marker + 1, verb - 1);
        let entity = self.entities.name_entity(self.a, &run, None);
        let mention = (self.tok(marker + 1).start, self.tok(verb - 1).end);
        let speaker = self.entity_speaker(mention, entity);
        self.mark_quotes(colon + 1, line_end);
        for i in marker..=colon {
            self.token_used[i] = true;
        }
        let cue = Some((self.tok(verb).start, self.tok(colon).end));
        self.push_one(
            StatementKind::Direct,
            (start, end),
            speaker,
            cue,
            false,
            "en.post.quoted-reply",
        );
    }

    /// The label that opens a paragraph and ends at a colon, and who it names, or `None` when the
    /// colon heads, times or quotes rather than labels (`Summary:`, `11:45`, `Moore: "…"`).
    fn colon_label(&mut self, index: usize, sentence: Sentence) -> Option<ColonLabel> {
        let a = self.a;
        // "19:02 Dr Semerenko: …": a producer's note opens with the time; the label follows it.
        let line_start = self
            .time_stamp_end(sentence.start)
            .filter(|&end| end < sentence.end)
            .unwrap_or(sentence.start);
        // A debate record's office and name in brackets may run longer: "The Deputy Minister of
        // Defence (Mrs Marta Quillon):".
        let colon = (line_start..(line_start + 16).min(sentence.end))
            .find(|&i| self.tok(i).is_punct(':') && self.outside(i))
            .filter(|&i| i < line_start + 10 || self.tok(i - 1).is_punct(')'))?;
        // "Summary:" heads a text; "The General Staff's summary:" names whose it is ("Editor's
        // note:" still heads one).
        if !self.opens_paragraph(sentence.start)
            || (self.heading_before(colon) && !self.owned_document(line_start, colon))
        {
            return None;
        }
        // "Report: Sokolan's war ran on rented ships", "Poll: …": a kicker saying what kind of
        // piece follows, no one's words ("One report: …" is an anonymous source's).
        if colon == line_start + 1 && self.tok(line_start).info.is(class::DOCUMENT) {
            return None;
        }
        // "11:45" is a time; a quote after the colon is the quote rule's.
        let spaced = a.text[self.tok(colon).end..].starts_with(char::is_whitespace);
        if colon + 1 >= sentence.end || self.tok(colon + 1).is_mark() || !spaced {
            return None;
        }
        // A heading in capitals ("BREAKING NEWS:") is not a speaker; a person's initials ("YD:"
        // after "Yelena Dorosh") are.
        let intro = &a.text[self.tok(line_start).start..self.tok(colon).start];
        let initials = colon == line_start + 1 && {
            let at = self.tok(line_start).start;
            self.entities
                .mentioned_in(at, at + 1)
                .is_some_and(|e| self.entities.list[e].kind == EntityKind::Person)
        };
        if !intro.chars().any(char::is_lowercase) && !initials {
            return None;
        }
        let mut last = index;
        while last + 1 < a.sentences.len() && !a.sentences[last].paragraph_end {
            last += 1;
        }
        let paragraph_end = a.sentences[last].end;
        let intro = self.intro_speaker(line_start, colon).or_else(|| {
            // `Rezident: …`: one capitalised word no rule knows, before a whole sentence or two
            // ("Dorn: The line holds. Reinforcements have arrived.").
            let np = self.name_before_colon(line_start, colon)?;
            let word = self.w(np.last);
            let channel_like = np.first == np.last
                && !word.ends_with("ed")
                && !word.ends_with("ing")
                && self.words_in(colon + 1, paragraph_end) >= 6;
            channel_like.then_some((Some(np), None, false))
        });
        // "The Prime Minister (Katrin Ousel):", "The Prime Minister:": a record of a debate labels
        // each turn with the speaker's office, named in brackets the first time.
        let office = self.office_label(line_start, colon);
        // "[08:13] tato_ilko: Just called my son.": a chat's member by nickname, after the time.
        let chat_member = colon == line_start + 1
            && line_start > sentence.start
            && self.tok(line_start - 1).is_punct(']')
            && self.tok(line_start).is_word();
        let member = chat_member.then_some(NounPhrase {
            first: line_start,
            last: line_start,
            extent_last: line_start,
        });
        let caller = self.noted_caller(line_start, colon);
        let intro = office
            .or(member)
            .or(caller)
            .map(|np| (Some(np), None, false))
            .or(intro);
        let (np, cue, hedged) = intro?;
        // "What Vostria says: The Referendum Commission says 83.6 per cent …": words that name
        // their own speaker are that speaker's, and the reporting rules take them.
        let limit = (colon + 8).min(sentence.end);
        let words_end = (colon + 1..limit)
            .find(|&i| !self.tok(i).is_word())
            .unwrap_or(limit);
        let own_attribution = is_name_token(self.tok(colon + 1))
            && (colon + 2..words_end).any(|v| {
                self.is_verb(v)
                    && !self.tok(v).capital
                    && self.frames(v) & (frame::THAT | frame::BARE) != 0
            });
        if cue.is_some() && own_attribution {
            return None;
        }
        // "Host: Ruta Makovey.", "Witness: Viktor Saalen, Chief Executive, …": one word crediting
        // the person named after it, not a post of theirs.
        let credit =
            cue.is_none() && colon == line_start + 1 && !self.is_known_name(line_start) && {
                let name_end = (colon + 1..sentence.end)
                    .find(|&i| !is_name_token(self.tok(i)))
                    .unwrap_or(sentence.end);
                name_end >= colon + 3
                    && (name_end == sentence.end
                        || [',', '.', '(']
                            .iter()
                            .any(|&c| self.tok(name_end).is_punct(c)))
            };
        if credit {
            return None;
        }
        // (A caller's label is given by the record as an office's is.)
        let office_label = cue.is_none()
            && ((office.is_some() && np == office) || (caller.is_some() && np == caller));
        // A reporting verb must be one that introduces words after a colon ("wrote:", "said:"),
        // not "comes with the right calling card:".
        if let Some((cue_start, _)) = cue {
            let verb = (line_start..colon).find(|&i| self.tok(i).start == cue_start);
            if verb.is_none_or(|v| self.frames(v) & frame::COLON == 0 && !self.lower_is(v, "put")) {
                return None;
            }
            // "Reynolds says that's what new media is: taking a stand", "Iles says the problem
            // is simple: …": the colon is inside the reported clause, which the reporting rules
            // take whole.
            if verb.is_some_and(|v| {
                (self.lower_is(v + 1, "that") || self.lower_is(v + 1, "that's"))
                    || (v + 1..colon).any(|i| self.is_be_or_have(i))
            }) {
                return None;
            }
        }
        // "Host:", "Presenter:": the programme's own voice asks and presents, as in a transcript.
        if cue.is_none()
            && np.is_some_and(|np| {
                np.first == np.last && PROGRAMME_VOICES.iter().any(|w| self.lower_is(np.first, w))
            })
        {
            return None;
        }
        let label_only = cue.is_none() && np.is_some();
        let turn = match (cue, np) {
            (None, Some(_)) if chat_member => false,
            (None, Some(np)) => {
                self.bare_label_turn(np, line_start, colon, sentence.end, office_label)?
            }
            _ => false,
        };
        Some(ColonLabel {
            line_start,
            colon,
            paragraph_end,
            np,
            cue,
            hedged,
            label_only,
            turn,
        })
    }

    /// Whether a label without a reporting verb labels a speaker's turn (`Some(true)`), stands for
    /// a post or a source (`Some(false)`), or is no label at all (`None`). Such a label must be a
    /// name and nothing else (`Frontline Watch:`), not a heading (`Paid Notice:`, `The challenge for
    /// Sanders is steep:`).
    fn bare_label_turn(
        &self,
        np: NounPhrase,
        line_start: usize,
        colon: usize,
        sentence_end: usize,
        office_label: bool,
    ) -> Option<bool> {
        // Bullets and emoji may open the line ("❗️ Steppe Courier:"), and "via" a channel
        // passed on ("via @rezident:").
        let first_word = (line_start..colon)
            .find(|&i| self.tok(i).is_word())
            .map(|i| self.after_caps_label(i, colon).unwrap_or(i))
            .map(|i| if self.lower_is(i, "via") { i + 1 } else { i })
            // "Reply from @x:", "Forwarded from Rezident:": the post passed on is the name's.
            .map(|i| self.passed_on_from(i).unwrap_or(i));
        // "A source in the 3rd corps:": a lower-case affiliation after the phrase.
        let affiliation = |from: usize| {
            from < colon
                && ["in", "at", "from", "with", "inside", "near", "on"]
                    .iter()
                    .any(|w| self.lower_is(from, w))
                && self.words_in(from, colon) <= 6
                && (from..colon).all(|i| !self.is_verb(i) && self.tok(i).quote == NO_QUOTE)
        };
        // "Our sources in the 58th Army:", "A source in the General Staff:": a source and its
        // affiliation, nothing else.
        let source_intro = Some(np.first) == first_word
            && (self.rest_is_empty(np.extent_last + 1, colon) || affiliation(np.extent_last + 1))
            && (np.first..=np.last).any(|i| self.tok(i).info.is(class::ANON_HEAD))
            && (np.first..=np.last).all(|i| !self.is_verb(i));
        // "The General Staff of the Armed Forces:", "The Defence Ministry:": an organisation's
        // full name.
        let organisation = (np.first..=np.last).any(|i| self.tok(i).info.is(class::ORG_HEAD))
            && (self
                .organisation_name_span(np)
                .is_some_and(|(_, last)| last == np.last)
                || (self.lower_is(np.first, "the")
                    && np.first < np.last
                    && (np.first + 1..=np.last).all(|i| is_name_token(self.tok(i)))));
        let whole_name = Some(np.first) == first_word
            && (self.rest_is_empty(np.last + 1, colon) || self.topic_tail(np.last + 1, colon))
            && (organisation
                || ((np.first..=np.last).all(|i| {
                    let t = self.tok(i);
                    !t.is_word() || is_name_token(t) || t.info.is(class::TITLE)
                }) && !self.tok(np.first).info.is(class::DETERMINER)))
            && !self.tok(np.last).info.is(class::HEADING);
        // "From the commander:", "From the General Staff's summary:": who the words come from.
        let from_intro = np.first > line_start
            && first_word == Some(np.first - 1)
            && self.lower_is(np.first - 1, "from")
            && self.tok(np.first).info.is(class::DETERMINER)
            && self.can_be_source(np)
            && self.rest_is_empty(np.last + 1, colon);
        if !whole_name
            && !source_intro
            && !from_intro
            && !office_label
            && !self.owned_document(np.first, colon)
        {
            return None;
        }
        // "Ostrava: The defence ministry says …": a roundup's place heading; the line names
        // its own speaker, whose report the reported rules take. A speaker's turn is the
        // speaker's own, report and all: in a record ("Edvin Carrow (Lessmoor North): The
        // Prime Minister told this House …") or in an interview whose person's label opens
        // other paragraphs too ("Harlan: I said the government hid it"). An interviewer's
        // label ("Observator:") names no person and passes on what others say.
        let reports = (colon + 2..sentence_end).any(|v| {
            self.is_verb(v)
                && !self.tok(v).capital
                && self
                    .subject_of(v, colon + 1)
                    .is_some_and(|(subject, _)| subject.first == colon + 1)
        });
        let turn = office_label
            || self.tok(colon - 1).is_punct(')')
            || (reports && self.names_person(np) && self.label_repeats(line_start, colon));
        if reports && !turn {
            return None;
        }
        Some(turn)
    }

    /// Whether a capitalised phrase names a person the text presents as one ("Harlan" after
    /// "Daniel Harlan"), not an outlet or a channel.
    fn names_person(&self, np: NounPhrase) -> bool {
        self.entities
            .mentioned_in(self.tok(np.first).start, self.tok(np.last).end)
            .is_some_and(|e| self.entities.list[e].person_like())
    }

    /// Whether the label from `start` to `colon` opens another paragraph near it too, as
    /// the speakers' names do in an interview or a transcript.
    fn label_repeats(&self, start: usize, colon: usize) -> bool {
        let Some(first) = (start..colon).find(|&i| self.tok(i).is_word()) else {
            return false;
        };
        let label = &self.a.text[self.tok(first).start..self.tok(colon).end];
        // Turns stand near each other: the paragraphs of a hundred sentences either side.
        let sentences = &self.a.sentences;
        let here = self.sentence_of[first] as usize;
        let opens_label = |i: usize| {
            (i == 0 || sentences[i - 1].paragraph_end)
                && (sentences[i].start..sentences[i].end)
                    .find(|&t| self.tok(t).is_word())
                    .is_some_and(|t| self.a.text[self.tok(t).start..].starts_with(label))
        };
        (here.saturating_sub(100)..(here + 100).min(sentences.len()))
            .filter(|&i| opens_label(i))
            .take(2)
            .count()
            >= 2
    }

    /// `Caller (Hryhor, Vetla):`, `WITNESS (Dora Lind):`: a label of a member of the public, their
    /// name first in the note after it.
    fn noted_caller(&self, start: usize, colon: usize) -> Option<NounPhrase> {
        const PUBLIC: [&str; 7] = [
            "caller", "listener", "viewer", "resident", "witness", "guest", "reader",
        ];
        let first = (start..colon).find(|&i| self.tok(i).is_word())?;
        let noted = PUBLIC.iter().any(|w| self.lower_is(first, w))
            && self.tok(first + 1).is_punct('(')
            && self.tok(colon - 1).is_punct(')');
        if !noted {
            return None;
        }
        let last = (first + 2..colon - 1)
            .take_while(|&i| i < first + 5 && is_name_token(self.tok(i)))
            .last()?;
        Some(NounPhrase {
            first: first + 2,
            last,
            extent_last: last,
        })
    }

    /// `The Prime Minister (Katrin Ousel):` or `The Prime Minister:` opening a paragraph: the person
    /// in brackets, who then carries the office, or the office alone.
    fn office_label(&mut self, start: usize, colon: usize) -> Option<NounPhrase> {
        let first = (start..colon).find(|&i| self.tok(i).is_word())?;
        if !self.lower_is(first, "the") || !self.opens_paragraph(first) {
            return None;
        }
        let open = (first + 1..colon)
            .find(|&i| self.tok(i).is_punct('('))
            .unwrap_or(colon);
        // "Prime Minister", "Harbour Minister": capitalised words ending in a title, which may
        // name its portfolio ("Deputy Minister of Defence", "Secretary of State for Health").
        if open == first + 1
            || !(first + 1..open).any(|title| {
                crate::speakers::names_office(self.a, first + 1, title)
                    && self.portfolio(title + 1, open)
            })
        {
            return None;
        }
        if open == colon {
            return Some(NounPhrase {
                first,
                last: open - 1,
                extent_last: open - 1,
            });
        }
        // "(Mrs Marta Quillon)": the honorific is no part of the name.
        let name_first = (open + 1..colon - 1)
            .find(|&i| !self.tok(i).info.is(class::TITLE))
            .unwrap_or(colon - 1);
        let person = name_first..colon - 1;
        let named = self.tok(colon - 1).is_punct(')')
            && person.len() >= 2
            && person.clone().all(|i| is_name_token(self.tok(i)));
        if !named {
            return None;
        }
        let at = self.tok(person.start).start;
        let entity = self.entities.mentioned_in(at, at + 1)?;
        let title = (self.tok(first + 1).start, self.tok(open - 1).end);
        self.entities.add_alias(entity, title);
        Some(NounPhrase {
            first: person.start,
            last: person.end - 1,
            extent_last: person.end - 1,
        })
    }

    /// Whether `from..end` is nothing, or the portfolio a title names after "of" or "for": "of
    /// Defence", "of State for Health", "for Foreign and Commonwealth Affairs".
    fn portfolio(&self, from: usize, end: usize) -> bool {
        let joins = |i: usize| {
            ["of", "for", "and", "the"]
                .iter()
                .any(|w| self.lower_is(i, w))
        };
        from == end
            || ((self.lower_is(from, "of") || self.lower_is(from, "for"))
                && from + 1 < end
                && (from + 1..end).all(|i| self.tok(i).capital || joins(i))
                && self.tok(end - 1).capital)
    }

    /// Whether `from..end` is a short label, a colon and a quote that fills the rest: `Brenning:
    /// “It was an attack”`, `Skerra council chief: ‘Get our children off the island’`.
    fn quoted_label_at(&self, from: usize, end: usize) -> bool {
        let Some(colon) = (from..end.min(from + 8)).find(|&i| self.tok(i).is_punct(':')) else {
            return false;
        };
        let open = colon + 1;
        colon > from
            && (from..colon).all(|i| !self.is_verb(i))
            && self.tok(from).capital
            && open < end
            && self.tok(open).is_mark()
            && self.tok(open).quote != NO_QUOTE
            && {
                let quote = &self.a.quotes[self.tok(open).quote as usize];
                quote.open == open && quote.close + 1 >= end
            }
    }

    /// `Q: … / A: …`: in an interview written as questions and answers, an answer paragraph is the
    /// interviewee's, the person the text named last before its first question.
    fn interview_answer(&mut self, index: usize, sentence: Sentence) {
        let a = self.a;
        let Some(first) = (sentence.start..sentence.end).find(|&i| self.tok(i).is_word()) else {
            return;
        };
        if first + 2 >= sentence.end || !self.opens_with_label(first, &["a", "answer"]) {
            return;
        }
        let Some(first_question) =
            (0..first).find(|&i| self.opens_with_label(i, &["q", "question"]))
        else {
            return;
        };
        // ("Explained: how the swap came together", "Northline Daily explainer"; but "We asked
        // Miriam Oduya … to explain" puts the questions to her.)
        let intro_has =
            |words: &[&str]| (0..first_question).any(|i| words.iter().any(|w| self.lower_is(i, w)));
        let explainer = intro_has(&["explainer", "explained", "faq"])
            && !intro_has(&["asked", "spoke", "talked", "interviewed", "interview"]);
        let Some(entity) = self
            .interviewee_before(self.tok(first_question).start)
            .filter(|&entity| !explainer && !self.asked_about(first_question, entity))
        else {
            return;
        };
        let mut last = index;
        while last + 1 < a.sentences.len() && !a.sentences[last].paragraph_end {
            last += 1;
        }
        let block_end = a.sentences[last].end;
        if self.words_in(first + 2, block_end) < 2 {
            return;
        }
        self.token_used[first] = true;
        let label = (self.tok(first).start, self.tok(first).end);
        self.push_turn(
            label,
            first + 2,
            block_end,
            entity,
            "en.quote.interview-answer",
        );
    }

    /// Whether a question from `first_question` on names `entity` without speaking to anyone ("Q:
    /// Who is Nadia Ferrow?"): an explainer asks about someone and answers in its own voice, where
    /// an interview asks them.
    fn asked_about(&self, first_question: usize, entity: usize) -> bool {
        let mentions = &self.entities.mentions;
        (first_question..self.a.tokens.len())
            .filter(|&i| self.opens_with_label(i, &["q", "question"]))
            .any(|i| {
                let end = (i..self.a.tokens.len())
                    .find(|&k| self.tok(k).is_break())
                    .map_or(self.a.text.len(), |k| self.tok(k).start);
                let from = mentions.partition_point(|m| m.0 < self.tok(i).start);
                // ("Q: Mr Saalen, what did you do with that warning?" asks him.)
                let addressed = (i..self.a.tokens.len())
                    .take_while(|&k| self.tok(k).start < end)
                    .any(|k| self.lower_is(k, "you") || self.lower_is(k, "your"));
                !addressed
                    && mentions[from..]
                        .iter()
                        .take_while(|m| m.0 < end)
                        .any(|m| m.1 == entity)
            })
    }

    /// An interview printed as questions and answers without labels: a paragraph that only asks
    /// ("You supported the government in three elections. What changed?") or puts a claim to the
    /// interviewee ("There are reports that you are moving assets abroad."), then the answer in
    /// the first person. The answers' first sentences, and whose they are: the person named last
    /// before the first question. Two questions that end in a question mark at least, each
    /// answered, or the text is no interview.
    fn unlabelled_answers(&self) -> Option<(Vec<usize>, usize)> {
        let sentences = &self.a.sentences;
        // Paragraphs as sentence ranges.
        let mut paragraphs = Vec::new();
        let mut first = 0;
        for (i, sentence) in sentences.iter().enumerate() {
            if sentence.paragraph_end {
                paragraphs.push(first..i + 1);
                first = i + 1;
            }
        }
        let span =
            |p: &std::ops::Range<usize>| (sentences[p.start].start, sentences[p.end - 1].end);
        let quoted = |(from, to): (usize, usize)| (from..to).any(|i| self.tok(i).quote != NO_QUOTE);
        let ends_asking = |(from, to): (usize, usize)| {
            self.last_before_breaks(from, to)
                .is_some_and(|i| self.tok(i).is_punct('?'))
        };
        let addresses = |(from, to): (usize, usize)| {
            (from..to).any(|i| self.lower_is(i, "you") || self.lower_is(i, "your"))
        };
        let first_person = |(from, to): (usize, usize)| (from..to).any(|i| self.is_first_person(i));
        // Most texts have no two paragraphs that end asking: nothing more to look at.
        if paragraphs
            .iter()
            .filter(|p| ends_asking(span(p)))
            .take(2)
            .count()
            < 2
        {
            return None;
        }
        let question = |p: &std::ops::Range<usize>| {
            let words = span(p);
            p.len() <= 2
                && (ends_asking(words) || (p.len() == 1 && addresses(words)))
                && self.words_in(words.0, words.1) <= 40
                && !quoted(words)
        };
        let mut answers = Vec::new();
        let mut asked = 0;
        let mut first_question = None;
        for (k, pair) in paragraphs.windows(2).enumerate() {
            let (q, a) = (&pair[0], &pair[1]);
            let answer = span(a);
            // Between two answers, one short sentence is the interviewer's prompt ("The central
            // bank governor says the rate rise will protect savers.").
            let prompt = k > 0
                && answers.last() == Some(&paragraphs[k - 1].start)
                && q.len() == 1
                && self.words_in(span(q).0, span(q).1) <= 25
                && !quoted(span(q));
            // (An answer may quote someone inside; one that opens with a quote is a reporter's.)
            let opens_quoted = self.tok(answer.0).quote != NO_QUOTE;
            if !(question(q) || prompt) || question(a) || opens_quoted || !first_person(answer) {
                continue;
            }
            first_question.get_or_insert(span(q).0);
            asked += usize::from(ends_asking(span(q)));
            answers.push(a.start);
        }
        if asked < 2 {
            return None;
        }
        // A column asks and answers itself too; an interview says it is one before it starts.
        let before = self.tok(first_question?).start;
        let introduced = ["interview", "spoke", "talked", "conversation"]
            .iter()
            .any(|cue| {
                self.a.text[..before]
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| {
                        w.get(..cue.len())
                            .is_some_and(|head| head.eq_ignore_ascii_case(cue))
                    })
            });
        if !introduced {
            return None;
        }
        let interviewee = self.interviewee_before(before)?;
        Some((answers, interviewee))
    }

    /// An answer paragraph of [`Self::unlabelled_answers`] opening at sentence `index`.
    fn unlabelled_answer(&mut self, index: usize, answers: &Option<(Vec<usize>, usize)>) {
        let Some((answers, interviewee)) = answers else {
            return;
        };
        if !answers.contains(&index) || self.token_used[self.a.sentences[index].start] {
            return;
        }
        let mut last = index;
        while last + 1 < self.a.sentences.len() && !self.a.sentences[last].paragraph_end {
            last += 1;
        }
        let (from, to) = (self.a.sentences[index].start, self.a.sentences[last].end);
        let name = self.entities.list[*interviewee].name;
        self.push_turn(name, from, to, *interviewee, "en.quote.interview-answer");
    }

    /// Whom an interview's answers belong to: the person named last before its first question
    /// at byte `before`. "He spoke to the Torvanne Courier's Oana Fell": a name owned by an outlet
    /// is its journalist, the interviewer, and so is one named after "by" ("Questions by the
    /// Chair, Ruth Ambergh").
    fn interviewee_before(&self, before: usize) -> Option<usize> {
        // "Interview by Lena Hartig": a name after "by" is the staff's, but "Regular press
        // briefing by Spokesperson Nadia Ferreol" names whose briefing it is.
        let staffer = |at: usize| {
            let text = self.a.text[..at].trim_end();
            // "Guest: Oksana Terlych. Host: Daniel Oskarsen.": the programme's own people ask.
            let programme = [
                "host:",
                "presenter:",
                "interviewer:",
                "moderator:",
                "anchor:",
            ]
            .iter()
            .any(|label| {
                text.len() >= label.len()
                    && text.is_char_boundary(text.len() - label.len())
                    && text[text.len() - label.len()..].eq_ignore_ascii_case(label)
            });
            // "Dana Ruell spoke to her on Saturday": the one who spoke to the interviewee asks.
            let mut after = self.a.text[at..]
                .split_whitespace()
                .skip_while(|w| w.starts_with(char::is_uppercase))
                .take(2);
            let spoke_to = match after.next() {
                Some("interviewed") => true,
                Some("spoke" | "talked") => after.next().is_some_and(|w| w == "to" || w == "with"),
                _ => false,
            };
            programme
                || spoke_to
                || text.ends_with("'s")
                || text.ends_with("’s")
                || text.rsplit(['.', '\n']).next().is_some_and(|clause| {
                    let words: Vec<&str> = clause.split_whitespace().rev().take(4).collect();
                    // "She spoke to Mira Lantz in Veyden": whom the interviewee spoke to asks.
                    let spoken_to = matches!(words.first(), Some(&("to" | "with")))
                        && words.get(1).is_some_and(|w| {
                            ["spoke", "talked", "speaking", "talking"]
                                .iter()
                                .any(|v| w.eq_ignore_ascii_case(v))
                        });
                    spoken_to
                        || words.iter().take(3).enumerate().any(|(i, w)| {
                            w.eq_ignore_ascii_case("by")
                                && !words.get(i + 1).is_some_and(|owned| {
                                    self.lex.word(&owned.to_lowercase()).is(class::DOCUMENT)
                                })
                        })
                })
        };
        // "Dana Ruell spoke to her on Saturday": the one "her" is, not her son named after her.
        let spoken_to = [("her", PronounKind::Female), ("him", PronounKind::Male)]
            .into_iter()
            .filter_map(|(pronoun, kind)| {
                ["spoke to", "talked to", "interviewed"]
                    .iter()
                    .filter_map(|verb| self.a.text[..before].rfind(&format!(" {verb} {pronoun} ")))
                    .max()
                    .map(|at| (at, kind))
            })
            .max_by_key(|&(at, _)| at);
        // Named before the sentence: "Dana Ruell" who spoke is no "her".
        let sentence_start = |at: usize| self.a.text[..at].rfind(['.', '\n']).unwrap_or(0);
        if let Some(person) = spoken_to
            .and_then(|(at, kind)| {
                let from = sentence_start(at);
                self.entities.pronoun(kind, from, from)
            })
            .filter(|&e| self.entities.list[e].kind == EntityKind::Person)
        {
            return Some(person);
        }
        self.entities
            .mentions
            .iter()
            .rev()
            .filter(|m| m.0 < before && !staffer(m.0))
            .find(|m| {
                let e = &self.entities.list[m.1];
                // "Viktor Saalen, Chief Executive, Keldaran Grid Transmission": a person's
                // affiliation after the name is no person.
                // "He asked to be identified only as Denis": a known first name alone is one.
                // ("the Commissioner for the Rights of Service Members": words after "of" name
                // what an office is for, not who holds it; "the Nine Mills polyclinic": a name
                // before a noun says which.)
                let before = self.a.text[..m.0].trim_end();
                let first = self.a.tokens.partition_point(|t| t.start < m.0);
                let after = (first..self.a.tokens.len()).find(|&i| !is_name_token(self.tok(i)));
                let modifier = before.ends_with(" the")
                    && after.is_some_and(|i| self.tok(i).is_word() && !self.tok(i).capital);
                e.kind == EntityKind::Person
                    && (e.name_tokens >= 2 || !e.aliases.is_empty() || e.gender.is_some())
                    && !self.affiliation_of_name_before(m.0)
                    && !(before.ends_with(" of") || before.ends_with(" for"))
                    && !modifier
            })
            .map(|m| m.1)
    }

    /// Whether the name at byte `at` closes an apposition to a person named right before it
    /// ("Viktor Saalen, Chief Executive, Keldaran Grid Transmission"): the person's affiliation.
    fn affiliation_of_name_before(&self, at: usize) -> bool {
        let index = self.a.tokens.partition_point(|t| t.start < at);
        if self.a.tokens.get(index).is_none_or(|t| t.start != at) {
            return false;
        }
        let commas: Vec<usize> = (index.saturating_sub(8)..index)
            .filter(|&i| self.tok(i).is_punct(','))
            .collect();
        commas.len() >= 2 && {
            let name_end = commas[commas.len() - 2];
            name_end >= 2
                && is_name_token(self.tok(name_end - 1))
                && is_name_token(self.tok(name_end - 2))
                && self.tok(name_end - 1).info.class & (class::TITLE | class::ORG_HEAD) == 0
        }
    }

    /// The turns of a transcript (`MEHRANI: No. They are sleeping …`, `COL. DROST: …`, `MARA VOSS
    /// (host): …`): paragraphs opening with a name in capitals, an optional note in brackets and a
    /// colon, when there are at least two (one such line is a heading, "BREAKING:"). Empty
    /// otherwise.
    fn transcript_turns(&self) -> Vec<Turn> {
        let tokens = &self.a.tokens;
        let capitals = |t: &crate::text::Token| {
            let word = &self.a.text[t.start..t.end];
            t.is_word() && word.len() >= 2 && !word.chars().any(char::is_lowercase)
        };
        let mut turns = Vec::new();
        for (opens, token) in tokens.iter().enumerate() {
            if !(opens == 0 || tokens[opens - 1].is_break()) {
                continue;
            }
            // "[CLIP] KAARLO: …": a note on the recording may open the line.
            let mut clip_note = None;
            let mut index = opens;
            if token.is_punct('[') {
                let Some(close) = (opens + 1..tokens.len().min(opens + 5))
                    .take_while(|&i| !tokens[i].is_break())
                    .find(|&i| tokens[i].is_punct(']'))
                else {
                    continue;
                };
                clip_note = Some((opens + 1, close));
                index = close + 1;
            }
            if !tokens.get(index).is_some_and(|t| t.is_word()) {
                continue;
            }
            // The name: up to four words in capitals; "COL." keeps its dot, and an initial may
            // open it ("V. KRADOVA").
            let mut at = index;
            let mut words = 0;
            let initial = |i: usize| {
                let word = &self.a.text[tokens[i].start..tokens[i].end];
                tokens[i].is_word()
                    && word.chars().count() == 1
                    && word.chars().all(char::is_uppercase)
                    && tokens.get(i + 1).is_some_and(|t| t.is_punct('.'))
                    && tokens.get(i + 2).is_some_and(capitals)
            };
            // The name is then the surname's: "V." alone names no one the text knows.
            if initial(at) {
                at += 2;
                index = at;
            }
            // "THE DEPUTY MINISTER OF HEALTH (Paulin Ardeau):": an office may take more words.
            let most_words = if self.lower_is(index, "the") { 8 } else { 4 };
            while at < tokens.len() && words < most_words && capitals(&tokens[at]) {
                words += 1;
                at += 1;
                if tokens.get(at).is_some_and(|t| t.is_punct('.')) {
                    at += 1;
                }
            }
            if words == 0 {
                continue;
            }
            let name_end = at;
            // "CLAIRE ODENWALD, COUNTRY DIRECTOR:", "JONAS, Kelmo:": the speaker's role or
            // town after a comma.
            let mut voices_programme = false;
            if tokens.get(at).is_some_and(|t| t.is_punct(',')) {
                let role_end = (at + 1..tokens.len().min(at + 6))
                    .take_while(|&i| capitals(&tokens[i]) || is_name_token(&tokens[i]))
                    .last();
                if let Some(role_end) = role_end {
                    voices_programme = (at + 1..=role_end)
                        .any(|i| PROGRAMME_VOICES.iter().any(|w| self.lower_is(i, w)));
                    at = role_end + 1;
                }
            }
            // "(host)", "(clip, translated)": a note on the speaker or the recording.
            let mut note = None;
            if tokens.get(at).is_some_and(|t| t.is_punct('(')) {
                let close = (at + 1..tokens.len().min(at + 12))
                    .take_while(|&i| !tokens[i].is_break())
                    .find(|&i| tokens[i].is_punct(')'));
                if let Some(close) = close {
                    note = Some((at + 1, close));
                    at = close + 1;
                }
            }
            // "SIGRUN AALVIK (Centre Alliance), Minister of Defence:": an office after the party.
            if note.is_some() && tokens.get(at).is_some_and(|t| t.is_punct(',')) {
                let office_end = (at + 1..tokens.len().min(at + 9))
                    .take_while(|&i| {
                        is_name_token(&tokens[i])
                            || ["of", "for", "the", "and"]
                                .iter()
                                .any(|w| self.lower_is(i, w))
                    })
                    .last()
                    .filter(|&end| tokens.get(end + 1).is_some_and(|t| t.is_punct(':')));
                if let Some(end) = office_end {
                    at = end + 1;
                }
            }
            // "HOST:", "PRESENTER:": the label itself may name the programme's voice; "THE
            // SPEAKER (Bodil Trane):", "CHAIR:" the one who presides, as a host does.
            let label_words = || (index..name_end).filter(|&i| tokens[i].is_word());
            let presides = |i: usize| PRESIDING.iter().any(|w| self.lower_is(i, w));
            voices_programme |= label_words()
                .all(|i| PROGRAMME_VOICES.iter().any(|w| self.lower_is(i, w)))
                || (label_words().any(presides)
                    && label_words().all(|i| {
                        presides(i)
                            || ["the", "mr", "madam", "deputy"]
                                .iter()
                                .any(|w| self.lower_is(i, w))
                    }));
            // "FACT CHECK:", "VERDICT:": a heading, no one's label.
            let heading = tokens[name_end - 1].info.is(class::HEADING);
            if tokens.get(at).is_some_and(|t| t.is_punct(':')) && !heading {
                let note = note.or(clip_note);
                turns.push(Turn {
                    opens,
                    label: index,
                    name_end,
                    colon: at,
                    note,
                    host: voices_programme
                        || note.is_some_and(|(from, to)| {
                            (from..to).any(|i| PROGRAMME_VOICES.iter().any(|w| self.lower_is(i, w)))
                        }),
                });
            }
        }
        if turns.len() < 2 {
            turns.clear();
        }
        // "MAYA RENHOLT: Welcome back. I'm Maya Renholt." / "JONAH BASTERFIELD: And I'm Jonah
        // Basterfield.": who introduces themself in the show's opening turns is a host.
        let label_of = |turn: &Turn| {
            self.a.text[tokens[turn.label].start..tokens[turn.name_end - 1].end].to_lowercase()
        };
        let hosts: Vec<String> = turns
            .iter()
            .take(2)
            .filter(|turn| self.introduces_self(turn))
            .map(label_of)
            .collect();
        for turn in &mut turns {
            if hosts.contains(&label_of(turn)) {
                turn.host = true;
            }
        }
        turns
    }

    /// A subtitle file's cues (`00:00:05,500 --> 00:00:10,200` and the lines under it): a speaker
    /// captioned in brackets (`[MIRELA DOSTAN, 67, RETIRED SCHOOLTEACHER]`) says each cue after
    /// the caption, one statement a cue, but for a cue another voice opens (`[VOICE OFF CAMERA]
    /// Where did it come from?`) and words shown on screen (`[On screen: "…"]`).
    fn subtitles(&mut self) {
        let text = self.a.text;
        if !text.contains(" --> ") {
            return;
        }
        let mut lines = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            lines.push((at, at + line.trim_end().len()));
            at += line.len();
        }
        let mut speaker = None;
        let mut index = 0;
        while index < lines.len() {
            let (start, end) = lines[index];
            index += 1;
            if !is_cue_timing(&text[start..end]) {
                continue;
            }
            let first = index;
            while index < lines.len() && lines[index].0 < lines[index].1 {
                index += 1;
            }
            let Some(&(cue_start, _)) = lines.get(first).filter(|_| index > first) else {
                continue;
            };
            let cue_end = lines[index - 1].1;
            let cue = &text[cue_start..cue_end];
            if let Some(inside) = cue.strip_prefix('[').and_then(|c| c.split(']').next()) {
                // A caption alone names who speaks next; a voice in brackets before words speaks
                // them itself. Neither is the captioned speaker's, nor anyone's words on screen.
                self.take_bytes(cue_start, cue_end);
                if cue.len() == inside.len() + 2 && !inside.contains(':') {
                    let name = inside.split(',').next().unwrap_or_default().trim_end();
                    let caption = (cue_start + 1, cue_start + 1 + name.len());
                    speaker = self
                        .captioned_speaker(caption.0, caption.1)
                        .map(|entity| (entity, caption));
                }
                continue;
            }
            let Some((entity, caption)) = speaker else {
                continue;
            };
            let only_asks = cue.ends_with('?') && !cue[..cue.len() - 1].contains(['.', '!', '?']);
            if only_asks || !self.take_bytes(cue_start, cue_end) {
                continue;
            }
            let (content_start, content_end) = self.trim_content(cue_start, cue_end, false);
            let found = self.entity_speaker(caption, entity);
            self.push_direct(
                (content_start, content_end),
                found,
                None,
                false,
                "en.quote.subtitle",
            );
        }
    }

    /// A voice message transcribed in parts, each opening with its time in the recording (`[00:19]
    /// The water came at about half past two.`), under an introduction that says who recorded it
    /// (`Recorded on 12 October by Dorota Penk, 64, of Lower Pell`): each part is one direct
    /// statement of the person who recorded it. A part in brackets (`[end of recording]`) and a
    /// sound noted in brackets (`[a dog barking]`) are no one's words, nor is a part that only asks.
    fn recorded_message(&mut self) {
        let text = self.a.text;
        let mut parts = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            if let Some(after) = recording_time_end(body) {
                parts.push((at + after, at + body.len()));
            }
            at += line.len();
        }
        let Some(&(first_part, _)) = parts.first().filter(|_| parts.len() >= 3) else {
            return;
        };
        let Some((entity, mention)) = self.recorded_by(first_part) else {
            return;
        };
        for (start, end) in parts {
            let part = &text[start..end];
            // "… and then the yard was a river. [water, a dog barking]": the noted sound stays out.
            let spoken = match part.rfind(" [") {
                Some(at) if part.ends_with(']') => &part[..at],
                _ => part,
            };
            let only_asks =
                spoken.ends_with('?') && !spoken[..spoken.len() - 1].contains(['.', '!', '?']);
            if spoken.is_empty() || spoken.starts_with('[') || only_asks {
                continue;
            }
            let end = start + spoken.len();
            if !self.take_bytes(start, end) {
                continue;
            }
            let content = self.trim_content(start, end, false);
            let found = self.entity_speaker(mention, entity);
            self.push_direct(content, found, None, false, "en.quote.recorded");
        }
    }

    /// Who the introduction before byte `limit` says recorded a message (`Recorded … by Dorota
    /// Penk`, `a voice message recorded by Milan Oderby`): the person, and where the name stands.
    fn recorded_by(&mut self, limit: usize) -> Option<(usize, (usize, usize))> {
        let end = self.a.tokens.partition_point(|t| t.start < limit);
        let by = (1..end).find(|&i| {
            self.lower_is(i, "by")
                && (self.a.sentences[self.sentence_of[i] as usize].start..i)
                    .any(|k| self.lower_is(k, "recorded"))
        })?;
        let first = by + 1;
        let last = (first..end)
            .take_while(|&i| is_name_token(self.tok(i)) && i - first < 4)
            .last()?;
        let entity = self.captioned_speaker(self.tok(first).start, self.tok(last).end)?;
        Some((entity, (self.tok(first).start, self.tok(last).end)))
    }

    /// The last token in `[from, to)` that is no line break.
    fn last_before_breaks(&self, from: usize, to: usize) -> Option<usize> {
        (from..to).rev().find(|&i| !self.tok(i).is_break())
    }

    /// Where `[from, to)` ends without the line breaks closing it (`from` when it holds nothing
    /// else).
    fn end_before_breaks(&self, from: usize, to: usize) -> usize {
        self.last_before_breaks(from, to).map_or(from, |i| i + 1)
    }

    /// Marks the tokens in bytes `[start, end)` and their quotes as taken, so no later rule reads
    /// them; whether there were any.
    fn take_bytes(&mut self, start: usize, end: usize) -> bool {
        let from = self.a.tokens.partition_point(|t| t.start < start);
        let to = self.a.tokens.partition_point(|t| t.start < end);
        self.mark_quotes(from, to);
        for used in &mut self.token_used[from..to] {
            *used = true;
        }
        from < to
    }

    /// The person a subtitle's caption names in `[start, end)` (`MIRELA DOSTAN`): two capitalised
    /// words or more, a name and no title alone.
    fn captioned_speaker(&mut self, start: usize, end: usize) -> Option<usize> {
        let first = self.a.tokens.partition_point(|t| t.start < start);
        let last = self
            .a
            .tokens
            .partition_point(|t| t.start < end)
            .checked_sub(1)?;
        let named = last > first && (first..=last).all(|i| is_name_token(self.tok(i)));
        if !named {
            return None;
        }
        self.name_run_entity(first, last)
            .filter(|&e| self.entities.list[e].kind == EntityKind::Person)
    }

    /// A thread of replies by several people, each post under a header line with the poster's
    /// name and handle (`Ana Petrakis @gridsquare · 6 Jun`, `@tessby_watch (Tessby Transit Watch) ·
    /// 07:26`, `↳ Reply from @mira_kolb · 08:05`): each post is its poster's. One poster's own thread
    /// is the writer's voice, so it takes two headers of different handles.
    fn handle_posts(&mut self) {
        // "Replying to @hveld", "Quoting @tamsin_ward4": a line on what a post answers or quotes.
        const ANSWERS: [&str; 3] = ["replying", "quoting", "quote-posting"];
        let headers: Vec<PostHeader> = (0..self.a.tokens.len())
            .filter(|&index| index == 0 || self.tok(index - 1).is_break())
            .filter(|&index| !ANSWERS.iter().any(|w| self.lower_is(index, w)))
            .filter_map(|index| self.post_header(index))
            .collect();
        let handles: std::collections::HashSet<&str> =
            headers.iter().map(|h| self.w(h.handle)).collect();
        if handles.len() < 2 {
            return;
        }
        // Who each handle is, by the name a header gave it; a handle never named is its own name.
        let mut named: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (k, header) in headers.iter().enumerate() {
            let next = headers.get(k + 1).map_or(self.a.tokens.len(), |h| h.line);
            let mut from = header.body;
            if ANSWERS.iter().any(|w| self.lower_is(from, w)) {
                if let Some(line_end) = (from..next).find(|&i| self.tok(i).is_break()) {
                    from = line_end + 1;
                }
            }
            // "2/ There were no fighters …": the post's number in its thread; ">> …" marks a post
            // passed on.
            if from + 2 < next && self.is_number(from) && self.tok(from + 1).is_punct('/') {
                from += 2;
                // ("2/5 …": and how many there are.)
                if self.tok(from - 1).end == self.tok(from).start
                    && self.w(from).bytes().all(|b| b.is_ascii_digit())
                {
                    from += 1;
                }
            }
            let (own_words, quote_line) = self.after_quoted_post(from, next);
            from = own_words;
            // "[photo] Breakfast in Vernholm.": a note on what the post shows is no one's words.
            if from < next && self.tok(from).is_punct('[') {
                if let Some(close) =
                    (from + 1..next.min(from + 5)).find(|&i| self.tok(i).is_punct(']'))
                {
                    from = close + 1;
                }
            }
            let mut to = self.end_before_breaks(from, next);
            // "↻ Lena Ortwin reposted" above the next header tells who passed that post on.
            if let Some(line) = (from..to).rev().find(|&i| self.tok(i).is_break()) {
                if self.lower_is(to - 1, "reposted") && to - line <= 6 {
                    to = self.end_before_breaks(from, line);
                }
            }
            if from >= to || self.words_in(from, to) < 2 {
                continue;
            }
            let handle = self.w(header.handle);
            let (first, last) = header.name.unwrap_or((header.handle, header.handle));
            let entity = match named.get(handle) {
                Some(&entity) if header.name.is_none() => Some(entity),
                _ => self.name_run_entity(first, last),
            };
            let Some(entity) = entity else {
                continue;
            };
            if header.name.is_some() {
                named.insert(handle, entity);
            }
            // (The header and the lines quoted from an earlier post are no one's words here.)
            if let Some(quoted) = quote_line {
                self.mark_quotes(quoted, from);
            }
            for i in header.line..from {
                self.token_used[i] = true;
            }
            let label = (self.tok(first).start, self.tok(last).end);
            self.post_turns(label, from, to, entity, &named);
        }
    }

    /// Where a post's own words start, its body starting at `from` and ending before `next`: after
    /// the lines it quotes from an earlier post when it goes on below them (`Kasia_K wrote:` /
    /// `> Not one word about the tanks.`, or `Quote from X: "…"`, whose line start comes back too so
    /// its quote is no one's), or after the marks of a post it passes on whole (`>> …`).
    fn after_quoted_post(&self, from: usize, next: usize) -> (usize, Option<usize>) {
        let line_end = |at: usize| (at..next).find(|&i| self.tok(i).is_break());
        let mut at = from;
        if let Some(end) = line_end(at) {
            let wrote = end >= at + 2
                && end - at <= 5
                && self.tok(end - 1).is_punct(':')
                && self.lower_is(end - 2, "wrote");
            if wrote && self.a.tokens.get(end + 1).is_some_and(|t| t.is_punct('>')) {
                at = end + 1;
            }
            // "Quote from plate_carrier_pete: "three of five plates went through"" on a line of
            // its own above the post's words.
            let quote_from = self.lower_is(at, "quote")
                && self.lower_is(at + 1, "from")
                && (at + 2..end).any(|i| self.tok(i).is_punct(':'));
            if quote_from && end + 1 < next {
                return (end + 1, Some(at));
            }
        }
        let mut body = at;
        while body < next && self.tok(body).is_punct('>') {
            match line_end(body) {
                Some(end) if end + 1 < next => body = end + 1,
                _ => break,
            }
        }
        if body > at && !self.tok(body).is_punct('>') {
            return (body, None);
        }
        while at < next && self.tok(at).is_punct('>') {
            at += 1;
        }
        (at, None)
    }

    /// A chat's export, each message on a line of its own after its time and its sender's name
    /// (`[06:15] Sonia Belk: had at 5:30, limit 40 L`, `[08:13] tato_ilko: Just called my son.`):
    /// each message is its sender's, lines below it up to a blank line included. A message
    /// forwarded from elsewhere (`Forwarded from Verrin Insider 24:` and the post on the next
    /// line) is the source's. One that only asks, or has no words, says nothing. A label in
    /// capitals is a transcript's turn, which the transcript rules read.
    fn chat_messages(&mut self) {
        struct Message {
            line: usize,
            label: (usize, usize),
            body: usize,
        }
        let tokens = &self.a.tokens;
        let mut messages = Vec::new();
        for line in 0..tokens.len() {
            if !(tokens[line].is_punct('[') && (line == 0 || tokens[line - 1].is_break())) {
                continue;
            }
            // "[06:15]", "[12.06.25, 07:02]": the time, perhaps after the date.
            let Some(first) = self
                .chat_time_end(line, tokens.len())
                .filter(|&first| first < tokens.len())
            else {
                continue;
            };
            let label_end = (first..tokens.len().min(first + 4))
                .find(|&i| !tokens[i].is_word())
                .unwrap_or(first);
            // ("Hanna R.:": an initial keeps its full stop; "Ina Kossa (union):": a note on the
            // sender may follow the name.)
            let at_label_end = |c: char| tokens.get(label_end).is_some_and(|t| t.is_punct(c));
            let initial = label_end > first
                && at_label_end('.')
                && self.w(label_end - 1).chars().count() == 1;
            let colon = if initial {
                label_end + 1
            } else if at_label_end('(') {
                (label_end + 1..tokens.len().min(label_end + 6))
                    .take_while(|&i| !tokens[i].is_break())
                    .find(|&i| tokens[i].is_punct(')'))
                    .map_or(label_end, |close| close + 1)
            } else {
                label_end
            };
            let shouted = (first..label_end).all(|i| !self.w(i).chars().any(char::is_lowercase));
            if label_end > first && tokens.get(colon).is_some_and(|t| t.is_punct(':')) && !shouted {
                messages.push(Message {
                    line,
                    label: (first, label_end - 1),
                    body: colon + 1,
                });
            }
        }
        let senders: std::collections::HashSet<&str> = messages
            .iter()
            .map(|m| &self.a.text[self.tok(m.label.0).start..self.tok(m.label.1).end])
            .collect();
        if messages.len() < 3 || senders.len() < 2 {
            return;
        }
        for (k, message) in messages.iter().enumerate() {
            // A message goes on over the lines below it up to the next message or a blank line.
            let next_message = messages.get(k + 1).map_or(self.a.tokens.len(), |m| m.line);
            let next = (message.body..next_message)
                .find(|&i| matches!(self.tok(i).kind, TokenKind::Break { blank: true }))
                .unwrap_or(next_message);
            let mut from = message.body;
            let mut label = message.label;
            // "Forwarded from Verrin Insider 24:": the post below is the source's.
            if self.lower_is(from, "forwarded") && self.lower_is(from + 1, "from") {
                let line_end = (from..next)
                    .find(|&i| self.tok(i).is_break())
                    .unwrap_or(next);
                let source_end = self
                    .last_before_breaks(from + 2, line_end)
                    .unwrap_or(from + 2);
                let source_end = if self.tok(source_end).is_punct(':') {
                    source_end
                } else {
                    source_end + 1
                };
                if source_end > from + 2 {
                    label = (from + 2, source_end - 1);
                    from = (line_end + 1).min(next);
                }
            }
            while from < next && !self.tok(from).is_word() && !self.tok(from).is_mark() {
                from += 1;
            }
            let to = self.end_before_breaks(from, next);
            if from >= to || self.words_in(from, to) < 2 {
                continue;
            }
            // ("Is the school point open yet? Anyone?" asks twice.)
            let asks_only = self.tok(to - 1).is_punct('?')
                && !(from..to - 1).any(|i| matches!(self.tok(i).kind, TokenKind::Punct('.' | '!')));
            let entity = self.sender_entity(label);
            for i in message.line..from {
                self.token_used[i] = true;
            }
            if asks_only {
                for i in from..to {
                    self.token_used[i] = true;
                }
                continue;
            }
            let mention = (self.tok(label.0).start, self.tok(label.1).end);
            self.push_turn(mention, from, to, entity, "en.post.chat-message");
        }
    }

    /// Who a chat label `first..=last` names: the person or channel its capitalised name is, or the
    /// account its nickname in lower case is, written as it is.
    fn sender_entity(&mut self, (first, last): (usize, usize)) -> usize {
        let named = (first..=last).all(|i| is_name_token(self.tok(i)));
        if let Some(entity) = named.then(|| self.name_run_entity(first, last)).flatten() {
            return entity;
        }
        // ("Port of Kelm": a name going on after "of" is an organisation's or a channel's.)
        let run = crate::speakers::NameRun {
            title_first: None,
            first,
            last,
            organisation: (first..=last).any(|i| self.lower_is(i, "of")),
        };
        self.entities.name_entity(self.a, &run, None)
    }

    /// A post's words in `[from, to)`, its poster's `entity` (named at `label`), up to the shortened
    /// copy of a post a quote-post quotes (`> Dravik Watch @dravikwatch: URGENT …`); a line passed
    /// on inside it (`RT @SieveCheck: …`, `QT @ClipwaveNews: …`) is the other account's, and the
    /// poster's words are around it.
    fn post_turns(
        &mut self,
        label: (usize, usize),
        from: usize,
        to: usize,
        entity: usize,
        named: &std::collections::HashMap<&str, usize>,
    ) {
        let quoted_copy = (from + 1..to).find(|&i| {
            self.tok(i - 1).is_break()
                && self.tok(i).is_punct('>')
                && (i + 1..to.min(i + 6))
                    .take_while(|&k| !self.tok(k).is_break())
                    .any(|k| self.w(k).starts_with('@'))
        });
        let to = quoted_copy.map_or(to, |quoted| self.end_before_breaks(from, quoted));
        let mut start = from;
        for line in from..=to {
            let passed_on = line + 3 < to
                && (line == from || self.tok(line - 1).is_break())
                && (self.lower_is(line, "rt") || self.lower_is(line, "qt"))
                && self.w(line + 1).starts_with('@')
                && self.tok(line + 2).is_punct(':');
            if !(passed_on || line == to) {
                continue;
            }
            let mut end = self.end_before_breaks(start, line);
            // "… Three captains tell us otherwise. 1/2": the post's number in its thread closes it.
            let digits = |i: usize| self.w(i).bytes().all(|b| b.is_ascii_digit());
            if end >= start + 3
                && self.tok(end - 2).is_punct('/')
                && digits(end - 1)
                && digits(end - 3)
            {
                end -= 3;
            }
            if start < end && self.words_in(start, end) >= 2 {
                self.push_turn(label, start, end, entity, "en.post.handle-header");
            }
            start = (line..to)
                .find(|&i| self.tok(i).is_break())
                .map_or(to, |i| i + 1);
            if passed_on {
                self.passed_on_line(line + 1, start, named);
            }
        }
    }

    /// The words of a line passed on in a post (`RT @SieveCheck: …`), from the handle's token to
    /// `end`: the account's own, named as a header named it.
    fn passed_on_line(
        &mut self,
        handle: usize,
        end: usize,
        named: &std::collections::HashMap<&str, usize>,
    ) {
        let from = handle + 2;
        let to = self.end_before_breaks(from, end);
        if self.words_in(from, to) < 2 {
            return;
        }
        let entity = match named.get(self.w(handle)) {
            Some(&entity) => entity,
            None => match self.name_run_entity(handle, handle) {
                Some(entity) => entity,
                None => return,
            },
        };
        self.token_used[handle - 1] = true;
        self.token_used[handle] = true;
        let label = (self.tok(handle).start, self.tok(handle).end);
        self.push_turn(label, from, to, entity, "en.post.passed-on");
    }

    /// The header of a post opening at token `index`, its line alone: a name and a handle
    /// (`Ana Petrakis @gridsquare`), or a handle with the name after it in brackets
    /// (`@HalvarRail (Halvar Rail)`) or none, perhaps after what the post is (`↳ Reply from`,
    /// `Quote-post from`, `Repost by @redbirch of`); then a separator and a date or time.
    fn post_header(&self, index: usize) -> Option<PostHeader> {
        let tokens = &self.a.tokens;
        let handle_at =
            |i: usize| i < tokens.len() && tokens[i].is_word() && self.w(i).starts_with('@');
        let decoration = |i: usize| matches!(tokens[i].kind, TokenKind::Punct(c) if crate::text::is_decoration(c));
        let line_end = (index..tokens.len())
            .find(|&i| tokens[i].is_break())
            .unwrap_or(tokens.len());
        if line_end >= tokens.len() {
            return None;
        }
        // A date or time after a separator, or nothing, ends the header's line.
        // ("· 28 Sep, 07:12": a date and a time.)
        let dated = |at: usize, bare: bool| {
            (bare && line_end == at)
                || (at < line_end
                    && line_end - at <= 8
                    && matches!(
                        tokens[at].kind,
                        TokenKind::Punct('·' | '|' | '—' | '–' | '-')
                    ))
        };
        // "↳ Reply from", "Quote-post from", "Repost by @redbirch_mil of": what kind of post.
        const KINDS: [&str; 9] = [
            "reply",
            "from",
            "quote-post",
            "quote",
            "post",
            "repost",
            "reposted",
            "by",
            "of",
        ];
        let mut at = index;
        let mut kind_words = 0;
        while at < line_end {
            if decoration(at) {
                at += 1;
            } else if KINDS.iter().any(|w| self.lower_is(at, w)) {
                kind_words += 1;
                at += 1;
            } else if handle_at(at) && self.lower_is(at + 1, "of") && kind_words > 0 {
                // The one who passed it on; the post is the next handle's.
                at += 1;
            } else {
                break;
            }
        }
        if handle_at(at) {
            // "@HalvarRail (Halvar Rail) · 08:02", "@ines_torvald (Ines Torvald, Quillmark)".
            let handle = at;
            let mut after = at + 1;
            let mut name = None;
            if after < line_end && tokens[after].is_punct('(') {
                let close = (after + 1..line_end).find(|&i| tokens[i].is_punct(')'))?;
                let first = after + 1;
                let last = (first..close)
                    .take_while(|&i| is_name_token(&tokens[i]))
                    .last();
                name = last.map(|last| (first, last));
                after = close + 1;
            }
            // "@tavrenia_mfa · Tavrenian MFA", perhaps with "· 08:02" after: the name the account
            // shows.
            let shown = (after + 1..line_end)
                .take_while(|&i| i - after <= 5 && is_name_token(&tokens[i]) && !handle_at(i))
                .last();
            if let Some(last) = shown.filter(|_| name.is_none() && dated(after, false)) {
                let rest = last + 1;
                if rest == line_end || dated(rest, false) {
                    name = Some((after + 1, last));
                }
            }
            return dated(after, false).then_some(PostHeader {
                line: index,
                name,
                handle,
                body: line_end + 1,
            });
        }
        // (A decoration alone opening the line opens no header.)
        if kind_words == 0 && at > index {
            return None;
        }
        // "Ana Petrakis @gridsquare · 6 Jun", "Rustam D. @rustam_dorabek", "Reply · Tom Kvist
        // @tomkvist · 7 Oct".
        let name_start = at;
        let mut name_end = at;
        // ("Port of Kelm @portkelm", "Embassy of Dravonia in Kestria": "of", "in" or "the" may join
        // a name's words.)
        let joins = |i: usize| {
            i > name_start
                && ["of", "the", "and", "for", "in"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
                && tokens.get(i + 1).is_some_and(is_name_token)
        };
        while at < tokens.len()
            && at - name_start < 7
            && (is_name_token(&tokens[at]) || joins(at))
            && !handle_at(at)
        {
            at += 1;
            name_end = at;
            // "Rustam D. @rustam_dorabek": an initial keeps its full stop.
            if at < tokens.len() && tokens[at].is_punct('.') && self.w(at - 1).chars().count() == 1
            {
                at += 1;
            }
        }
        // "Tamsin Revell 🩺 @tamsin_ward4": an emoji may follow the name.
        while at < tokens.len() && decoration(at) {
            at += 1;
        }
        if kind_words == 0 && !handle_at(at) {
            return self.forum_header(index, line_end);
        }
        // "Reply · jb_from_ware @jb_from_ware": a shown name in lower case is the handle's own.
        if name_end == name_start
            && tokens[at].is_word()
            && handle_at(at + 1)
            && dated(at + 2, true)
        {
            return Some(PostHeader {
                line: index,
                name: None,
                handle: at + 1,
                body: line_end + 1,
            });
        }
        if name_end == name_start || !handle_at(at) || !dated(at + 1, true) {
            return None;
        }
        Some(PostHeader {
            line: index,
            name: Some((name_start, name_end - 1)),
            handle: at,
            body: line_end + 1,
        })
    }

    /// A forum post's header line `[index, line_end)`: the poster's user name, then a dash and
    /// when (`osokino_oleg — 14 Sep, 07:41`, `Dora Lind – 09:12`) or "wrote:" (`plate_carrier_pete
    /// wrote:`, `OldOwl_62 (Moderator) wrote:`). The name is a user name's one word (`GreyDacha`,
    /// `quietfox`) or a person's two capitalised words, never a word the lexicon knows (`Update —
    /// 14:05`).
    fn forum_header(&self, index: usize, line_end: usize) -> Option<PostHeader> {
        let tokens = &self.a.tokens;
        let user_name =
            |i: usize| tokens[i].is_word() && tokens[i].info.class == 0 && !self.is_number(i);
        let mut separator = index;
        while separator < line_end && separator - index < 2 && user_name(separator) {
            separator += 1;
        }
        if separator == index {
            return None;
        }
        let single = separator == index + 1;
        let mut wrote = separator;
        if tokens[wrote].is_punct('(') {
            wrote = (wrote + 1..line_end)
                .find(|&i| tokens[i].is_punct(')'))
                .map_or(wrote, |close| close + 1);
        }
        // (Not "Kasia_K wrote:" above the lines a post quotes: `> Not one word about the tanks.`)
        let quotes_below = tokens.get(line_end + 1).is_some_and(|t| t.is_punct('>'));
        let wrote = self.lower_is(wrote, "wrote")
            && tokens.get(wrote + 1).is_some_and(|t| t.is_punct(':'))
            && wrote + 2 == line_end
            && !quotes_below;
        let when = separator + 1..line_end;
        let dated = (single || (index..separator).all(|i| is_name_token(&tokens[i])))
            && matches!(
                tokens[separator].kind,
                TokenKind::Punct('—' | '–' | '·' | '|')
            )
            && !when.is_empty()
            && when.len() <= 8
            && when.clone().any(|i| self.is_number(i));
        (wrote || dated).then(|| PostHeader {
            line: index,
            name: (!single).then(|| (index, separator - 1)),
            handle: index,
            body: line_end + 1,
        })
    }

    /// Whether a transcript's turn says "I'm" and the name of its own label.
    fn introduces_self(&self, turn: &Turn) -> bool {
        let label: Vec<&str> = (turn.label..turn.name_end)
            .filter(|&i| self.tok(i).is_word())
            .map(|i| self.w(i))
            .collect();
        (turn.colon + 1..self.a.tokens.len())
            .take_while(|&i| !self.tok(i).is_break())
            .any(|i| {
                let name = if ["I'm", "I’m"].contains(&self.w(i)) {
                    i + 1
                } else if self.w(i) == "I" && self.lower_is(i + 1, "am") {
                    i + 2
                } else {
                    return false;
                };
                name < self.a.tokens.len()
                    && label
                        .iter()
                        .any(|word| self.w(name).eq_ignore_ascii_case(word))
            })
    }

    /// The person a transcript turn's label names, when the text knows one as a person's.
    fn turn_person(&self, turn: &Turn) -> Option<usize> {
        let (from, to) = (self.tok(turn.label).start, self.tok(turn.name_end - 1).end);
        let label = turn.label..turn.name_end;
        // `HON. MEMBERS: Hear, hear!`: many voices at once are no one.
        if label.clone().any(|i| {
            ["members", "voices", "audience", "crowd"]
                .iter()
                .any(|w| self.lower_is(i, w))
        }) {
            return None;
        }
        // `MR ACHTERBERG:`, `DR KADE:`, `MEREZ (by video link):`: a surname after an
        // honorific, or with a note on how its bearer spoke, is a person's.
        let surname_label = || {
            // (`COL. LEMBOV:`: a title, abbreviated or not, is one too.)
            let honorific = |i: usize| {
                ["mr", "mrs", "ms", "dr", "prof"].contains(&self.w(i).to_lowercase().as_str())
                    || self.tok(i).info.is(class::TITLE)
            };
            let words: Vec<usize> = label.clone().filter(|&i| self.tok(i).is_word()).collect();
            match words.as_slice() {
                [only] => {
                    turn.note.is_some()
                        && !turn.host
                        && self.tok(*only).info.class == 0
                        && !PROGRAMME_VOICES.iter().any(|w| self.lower_is(*only, w))
                }
                [first, rest @ ..] => {
                    honorific(*first) && rest.iter().all(|&i| self.tok(i).info.class == 0)
                }
                [] => false,
            }
        };
        // `HANNE (Kettle Ford):` is the caller the host named ("Let's go to Hanne").
        let named = self.entities.mentioned_in(from, to).filter(|&e| {
            let entity = &self.entities.list[e];
            entity.kind == EntityKind::Person
                && (entity.name_tokens >= 2 || self.named_in_running_text(e) || surname_label())
        });
        let office_label = label
            .clone()
            .filter(|&i| self.tok(i).is_word())
            .all(|i| self.tok(i).info.is(class::TITLE));
        // `SPOKESPERSON:` after `SPOKESPERSON RAFAEL ONDIMU:` is the office's holder.
        let office = || {
            let word = label.clone().rev().find(|&i| self.tok(i).is_word())?;
            office_label
                .then(|| self.entities.role(self.a, self.w(word), None, from))
                .flatten()
        };
        // `THE DEPUTY MINISTER OF HEALTH (Paulin Ardeau):`: an office in full, its holder in the
        // note; no name the label's words make up.
        let office_in_full = self.lower_is(turn.label, "the")
            && label.clone().any(|i| self.tok(i).info.is(class::TITLE));
        // `SPOKESPERSON (Annelie Strand):`: the person the note in brackets names, when the
        // label is an office (`QUESTION (Saldomir Live):` is a reporter's).
        let in_note = || {
            let (from, to) = turn.note.filter(|_| office_label || office_in_full)?;
            let (start, end) = (self.tok(from).start, self.tok(to - 1).end);
            self.entities.mentioned_in(start, end).filter(|&e| {
                let entity = &self.entities.list[e];
                entity.kind == EntityKind::Person && entity.name_tokens >= 2
            })
        };
        if office_in_full {
            return in_note().or_else(office);
        }
        // `INES:` after "Dr Ines Varga": the guest the text named in full.
        named
            .map(|e| self.entities.full_name_for_first(e).unwrap_or(e))
            .or_else(in_note)
            .or_else(office)
            .or_else(|| self.introduced_guest(turn.label, turn.name_end - 1))
            .or_else(|| {
                // `IS:` after "Ingrid Sallow (IS)": initials that spell a word.
                (turn.name_end == turn.label + 1 && self.w(turn.label).len() <= 3)
                    .then(|| {
                        self.entities
                            .person_by_initials(self.a, self.w(turn.label), from)
                    })
                    .flatten()
            })
    }

    /// The person a programme introduced as its guest, when a label `first..=last` is only
    /// `GUEST` or `Guest`: the first person named after the word that introduces them (`In the
    /// studio: volunteer driver Bodan Sirota`, `My guest today is …`, `Joining me is …`), on its
    /// line, before the first turn of the label.
    fn introduced_guest(&self, first: usize, last: usize) -> Option<usize> {
        const INTRODUCING: [&str; 4] = ["guest", "guests", "studio", "joining"];
        if first != last || !self.lower_is(first, "guest") {
            return None;
        }
        let tokens = &self.a.tokens;
        let first_turn = (0..first)
            .find(|&i| {
                (i == 0 || tokens[i - 1].is_break())
                    && self.lower_is(i, "guest")
                    && tokens[i + 1].is_punct(':')
            })
            .unwrap_or(first);
        let intro = (0..first_turn).find(|&i| INTRODUCING.iter().any(|w| self.lower_is(i, w)))?;
        let line_end = (intro..first_turn)
            .find(|&i| tokens[i].is_break())
            .unwrap_or(first_turn);
        let (from, to) = (tokens[intro].end, tokens[line_end].start);
        self.entities.mentioned_in(from, to).filter(|&e| {
            let entity = &self.entities.list[e];
            entity.kind == EntityKind::Person && entity.name_tokens >= 2
        })
    }

    /// The last sentence of the paragraph that sentence `first` opens or is in.
    fn paragraph_end_from(&self, first: usize) -> usize {
        let mut last = first;
        while last + 1 < self.a.sentences.len() && !self.a.sentences[last].paragraph_end {
            last += 1;
        }
        last
    }

    /// Where the transcript turn that token `from` is in ends. "COL. VOSMER: Good evening. …" /
    /// "On the night of …" / "[Cut.]": a turn goes on over paragraphs without a label of their own
    /// up to the next label or a note in square brackets; paragraphs running to the text's end may
    /// be the writer's again.
    fn turn_end(&self, from: usize, turns: &[Turn]) -> usize {
        let mut last = self.paragraph_end_from(self.sentence_of[from] as usize);
        let mut further = last;
        while let Some(next) = self.a.sentences.get(further + 1) {
            // (`turns` are in text order.)
            if turns.binary_search_by_key(&next.start, |t| t.opens).is_ok()
                || self.tok(next.start).is_punct('[')
                || self.opens_with_any_label(next.start)
            {
                last = further;
                break;
            }
            further = self.paragraph_end_from(further + 1);
        }
        self.a.sentences[last].end
    }

    /// Who hosts the transcript. The host is the one labelled so, or else the first to end a turn
    /// with a question; but one who opens the transcript and asks too is the host, before a caller
    /// who answers back with a question ("Stabilising where? On the ceiling?").
    fn transcript_hosts(&self, turns: &[Turn]) -> TranscriptHosts {
        // Each turn with whom its label names, worked out once.
        let mut persons: Vec<Option<usize>> = turns.iter().map(|t| self.turn_person(t)).collect();
        // `THE DEPUTY MINISTER OF HEALTH:` after `THE DEPUTY MINISTER OF HEALTH (Paulin Ardeau):`
        // is the same person: a label whose note named someone names them wherever it returns.
        let label_text = |turn: &Turn| {
            self.a.text[self.tok(turn.label).start..self.tok(turn.name_end - 1).end].to_lowercase()
        };
        for later in 0..turns.len() {
            if persons[later].is_some() || turns[later].note.is_some() {
                continue;
            }
            let label = label_text(&turns[later]);
            persons[later] = (0..later)
                .find(|&k| {
                    turns[k].note.is_some()
                        && persons[k].is_some()
                        && label_text(&turns[k]) == label
                })
                .and_then(|k| persons[k]);
        }
        let with_persons = || turns.iter().zip(persons.iter().copied());
        let asks = |t: &Turn| {
            let end = self.turn_end(t.label, turns);
            self.last_before_breaks(t.colon, end)
                .is_some_and(|i| self.tok(i).is_punct('?'))
        };
        // "'Open Line' with Jon Eskeland", "Host: Gleb Sotnik": whom the heading before the first
        // turn names as the programme's is the host.
        let host_in_heading = || {
            let first = turns.first()?;
            let entity = persons.first().copied().flatten()?;
            (0..first.label).find_map(|i| {
                let names_host = ["with", "host", "hosted", "presented", "presenter", "anchor"]
                    .iter()
                    .any(|w| self.lower_is(i, w));
                let named_at =
                    (i + 1..(i + 4).min(first.label)).find(|&k| is_name_token(self.tok(k)))?;
                let (start, end) = (self.tok(named_at).start, self.tok(named_at).end);
                (names_host && self.entities.mentioned_in(start, end) == Some(entity))
                    .then_some(entity)
            })
        };
        let host = match with_persons().find(|(t, _)| t.host) {
            Some((_, person)) => person,
            None => host_in_heading().or_else(|| {
                let opener = persons.first().copied().flatten();
                let opener_asks = opener.is_some()
                    && with_persons().any(|(t, person)| asks(t) && person == opener);
                if opener_asks {
                    opener
                } else {
                    with_persons()
                        .find(|(t, _)| asks(t))
                        .and_then(|(_, person)| person)
                }
            }),
        };
        // "DANA KUZMYCH, ANCHOR:" and then "KUZMYCH:", like "ROMAN TELYHA, CORRESPONDENT:", speak
        // for the programme.
        let labelled: Vec<usize> = with_persons()
            .filter(|(t, _)| t.host)
            .filter_map(|(_, person)| person)
            .collect();
        let guests = with_persons().any(|(t, person)| {
            !t.host && person.is_some_and(|e| Some(e) != host && !labelled.contains(&e))
        });
        let mut correspondents: Vec<usize> = persons.iter().flatten().copied().collect();
        correspondents.sort_unstable();
        correspondents.dedup();
        correspondents.retain(|&e| self.is_correspondent(e));
        TranscriptHosts {
            persons,
            host,
            labelled,
            guests,
            correspondents,
        }
    }

    /// Whether the text presents a person as a programme's correspondent: titled so ("Our
    /// correspondent Tomas Reel"), or handed over to ("Hanne Voss reports.", "In Lisgard, Dag
    /// Heron.").
    fn is_correspondent(&self, entity: usize) -> bool {
        let e = &self.entities.list[entity];
        let titled = e.aliases.iter().any(|&alias| {
            crate::speakers::alias_words(self.a, alias).any(|w| {
                ["correspondent", "reporter"]
                    .iter()
                    .any(|title| w.eq_ignore_ascii_case(title))
            })
        });
        let name = &self.a.text[e.name.0..e.name.1];
        let text = self.a.text;
        // "In Lisgard, Dag Heron." closing the anchor's turn (not "First caller, Jonas."), read
        // where the text names the person in full.
        let handed_over = || {
            self.entities
                .mentions
                .iter()
                .filter(|m| m.1 == entity && text[m.0..].starts_with(name))
                .any(|&(at, _)| {
                    let after = &text[at + name.len()..];
                    let closes_handover = after.starts_with('.')
                        && text[..at].ends_with(", ")
                        && text[..at - 2]
                            .rsplit(['.', '\n', ':', '?'])
                            .next()
                            .unwrap_or_default()
                            .trim_start()
                            .starts_with("In ");
                    after.starts_with(" reports") || closes_handover
                })
        };
        titled || handed_over()
    }

    /// `EKDAHL: (laughs) I do.`: a transcript's turn is its speaker's, when the text knows the
    /// name as a person's; the host's turns (marked "(host)", or else the name on the first
    /// question) are not statements, though what they report may be. `hosts` is worked out at the
    /// first turn, once for the transcript.
    fn transcript_turn(
        &mut self,
        sentence: Sentence,
        turns: &[Turn],
        hosts: &mut Option<TranscriptHosts>,
    ) {
        // (`turns` are in text order.)
        let Ok(at) = turns.binary_search_by_key(&sentence.start, |t| t.opens) else {
            return;
        };
        let turn = &turns[at];
        let hosts = hosts.get_or_insert_with(|| self.transcript_hosts(turns));
        let entity = hosts.persons[at];
        let labelled_host = entity.is_some_and(|e| hosts.labelled.contains(&e));
        // The host's label is no channel's or speaker's to the colon rules either. Hosts who talk
        // only to each other ("I'm Maja Holt." / "And I'm Daniel Ferro.") speak for themselves.
        let hosts_turn = turn.host || labelled_host || (entity.is_some() && entity == hosts.host);
        // A correspondent the programme hands over to ("Our correspondent Tomas Reel is in
        // Arvest", "Hanne Voss reports.") speaks for it too.
        let correspondent = entity.is_some_and(|e| hosts.correspondents.contains(&e));
        if correspondent || (hosts_turn && (hosts.guests || entity.is_none())) {
            for i in turn.label..=turn.colon {
                self.token_used[i] = true;
            }
            return;
        }
        let Some(entity) = entity else {
            return;
        };
        let mut block_end = self.turn_end(sentence.start, turns);
        // A stage direction opening or closing the turn ("(laughs)", "(applause)") is not what
        // was said.
        let mut from = turn.colon + 1;
        if from < block_end && self.tok(from).is_punct('(') {
            if let Some(close) = (from..block_end).find(|&i| self.tok(i).is_punct(')')) {
                from = close + 1;
            }
        }
        if let Some(open) = self.closing_stage_direction(from, block_end) {
            block_end = open;
        }
        if from >= block_end || self.words_in(from, block_end) < 2 {
            return;
        }
        for i in turn.label..=turn.colon {
            self.token_used[i] = true;
        }
        // "ANNIKA: Stabilising where? On the ceiling?": a turn of questions only asks.
        let only_asks = (self.sentence_of[from] as usize..)
            .take_while(|&i| i < self.a.sentences.len() && self.a.sentences[i].start < block_end)
            .all(|i| {
                let sentence = self.a.sentences[i];
                (sentence.start..sentence.end.min(block_end))
                    .rev()
                    .find(|&t| !self.tok(t).is_break() && !self.tok(t).is_mark())
                    .is_none_or(|t| self.tok(t).is_punct('?'))
            });
        if only_asks || self.calls_next_speaker(from, block_end) {
            return;
        }
        let label = (self.tok(turn.label).start, self.tok(turn.name_end - 1).end);
        self.push_turn(label, from, block_end, entity, "en.quote.transcript-turn");
    }

    /// Whether a short label and a colon open the line at `start`: "Q:", "Anna Lessing:",
    /// "Question (Radio Vesna):", "ANDRIS KOLK, RADIO TERVANA 1:"; its words outside brackets
    /// are capitalised ("I want to stress separately:" opens a sentence).
    fn opens_with_any_label(&self, start: usize) -> bool {
        if !self.tok(start).is_word() || !self.tok(start).capital {
            return false;
        }
        let mut in_note = false;
        for at in start + 1..self.a.tokens.len().min(start + 12) {
            let token = self.tok(at);
            match token.kind {
                // ("At 08:47" is a time.)
                TokenKind::Punct(':') if !in_note => {
                    return self.a.text[token.end..].starts_with(char::is_whitespace)
                }
                TokenKind::Punct('(') => in_note = true,
                TokenKind::Punct(')') => in_note = false,
                TokenKind::Word if in_note || token.capital || self.is_number(at) => {}
                TokenKind::Punct(',' | '.') => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether the name at `first`, opening its sentence (or a label's line), is spoken to by a
    /// question its comma and `who` at `who` open: `Nils, who ordered the ferries back?`.
    fn vocative_question(&self, first: usize, who: usize) -> bool {
        let sentence = self.a.sentences[self.sentence_of[first] as usize];
        // After a label too: `QUESTION: Nils, who …?`.
        let opens = (sentence.start..first).all(|i| !self.tok(i).is_word())
            || (first > sentence.start && self.tok(first - 1).is_punct(':'));
        let last = self.last_before_breaks(sentence.start, sentence.end);
        opens
            && self.lower_is(who, "who")
            && self.tok(who - 1).is_punct(',')
            && last.is_some_and(|i| self.tok(i).is_punct('?'))
    }

    /// Whether a turn `from..end` ends by giving the floor to the next speaker, as a chair, a host
    /// or an operator does: `Order, order. Mrs Ilse Varro.`, `Line five. Tomas in Kelt, go
    /// ahead.`, `First question, Lena Hoskuld, Harrow Securities.` Such a turn runs the talk and
    /// states nothing.
    fn calls_next_speaker(&self, from: usize, end: usize) -> bool {
        let Some(last) = self.last_before_breaks(from, end) else {
            return false;
        };
        if !self.tok(last).is_punct('.') {
            return false;
        }
        let sentence = self.a.sentences[self.sentence_of[last] as usize];
        let mut first = sentence.start.max(from);
        // Up to the full stop.
        let mut stop = last;
        // "…, go ahead." / "…, you're on the air."
        let tail: &[&[&str]] = &[
            &["go", "ahead"],
            &["you're", "on", "the", "air"],
            &["you're", "on"],
        ];
        if let Some(words) = tail.iter().find(|words| {
            stop >= first + words.len()
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.lower_is(stop - words.len() + k, w))
        }) {
            stop -= words.len();
        }
        while stop > first && self.tok(stop - 1).is_punct(',') {
            stop -= 1;
        }
        // "Next,", "First question,", "Line three,": a short lead-in before the name.
        if let Some(comma) = (first..stop.min(first + 4)).find(|&i| self.tok(i).is_punct(',')) {
            let lead_in =
                comma > first && (first..comma).all(|i| self.tok(i).is_word() && !self.is_verb(i));
            if lead_in {
                let name_follows = comma + 1 < stop && self.tok(comma + 1).capital;
                if name_follows && !is_name_token(self.tok(first)) {
                    first = comma + 1;
                }
            }
        }
        // What is left is a name and where it is from: capitalised words, "in", commas.
        stop > first
            && self.tok(first).capital
            && (first..stop).all(|i| {
                let t = self.tok(i);
                (t.is_word() && (t.capital || self.lower_is(i, "in")))
                    || t.is_punct(',')
                    || (t.is_punct('.') && i > first && self.tok(i - 1).end == t.start)
            })
            && (first..stop).any(|i| {
                // "None." ends an answer; it calls no one.
                is_name_token(self.tok(i)) && !crate::speakers::is_function(self.tok(i))
            })
    }

    /// Where a stage direction in brackets that ends the turn `from..end` opens: `… and not me!
    /// (laughs)`. Only lower-case words, at most three of them, after the turn's last sentence.
    fn closing_stage_direction(&self, from: usize, end: usize) -> Option<usize> {
        let close = self.last_before_breaks(from, end)?;
        if !self.tok(close).is_punct(')') {
            return None;
        }
        let open = (close.saturating_sub(4).max(from)..close)
            .rev()
            .find(|&i| self.tok(i).is_punct('('))?;
        let words = open + 1..close;
        let direction = !words.is_empty()
            && words
                .clone()
                .all(|i| self.tok(i).is_word() && !self.tok(i).capital);
        let after_sentence = open > from
            && ['.', '!', '?', '…']
                .iter()
                .any(|&c| self.tok(open - 1).is_punct(c));
        (direction && after_sentence).then_some(open)
    }

    /// Whether a text names `entity` outside its capitalised labels: `HANNE:` is a person when the
    /// host said "Let's go to Hanne", where `QUESTION:` or `NEWSREADER:` names no one.
    fn named_in_running_text(&self, entity: usize) -> bool {
        self.entities.mentions.iter().any(|&(at, e)| {
            e == entity
                && self.a.text[at..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .any(char::is_lowercase)
        })
    }

    /// An interview's or a transcript's turn `from..to` as a direct statement of `entity`, whose
    /// label (`A:`, `COL. DROST:`, a dash) is the mention at bytes `label`.
    fn push_turn(
        &mut self,
        label: (usize, usize),
        from: usize,
        to: usize,
        entity: usize,
        rule: &'static str,
    ) {
        let (start, end) = self.trim_content(self.tok(from).start, self.tok(to - 1).end, false);
        self.mark_quotes(from, to);
        self.entities.note_speaker(start, entity);
        let speaker = FoundSpeaker {
            mention: label,
            resolved: Resolved::Entity(entity),
        };
        self.push_direct((start, end), speaker, None, false, rule);
    }

    /// A paragraph opening with one of `labels` (lower case) and a colon: "Q:", "A:", "Answer:".
    fn opens_with_label(&self, index: usize, labels: &[&str]) -> bool {
        labels.iter().any(|w| self.lower_is(index, w))
            && self.tok(index).capital
            && index + 1 < self.a.tokens.len()
            && self.tok(index + 1).is_punct(':')
            && self.opens_paragraph(index)
    }

    /// `Moore: "…"`, `Kessler on the talks: "…"`, `Velesov, asked about the strikes: "…"`: a name of
    /// up to four capitalised words opening a paragraph, then the colon or a short topic phrase.
    fn name_before_colon(&self, left: usize, colon: usize) -> Option<NounPhrase> {
        let mut left = left;
        while left < colon && !self.tok(left).is_word() {
            left += 1;
        }
        // "Vestrany Courier: Brenning: “…”": a label after a label opening the line.
        let after_label = left > 0 && self.tok(left - 1).is_punct(':') && {
            let line_start = (0..left - 1)
                .rev()
                .take_while(|&i| !self.tok(i).is_break())
                .last();
            line_start.is_some_and(|i| self.opens_paragraph(i))
        };
        if !self.opens_paragraph(left) && !after_label {
            return None;
        }
        // "via @rezident:": the channel passed on.
        if self.lower_is(left, "via") && left + 1 < colon {
            left += 1;
        }
        let mut last = left;
        // "Lenk On Ferries:": a title-case topic starts at its function word.
        while last + 1 < colon
            && last < left + 3
            && is_name_token(self.tok(last + 1))
            && !crate::speakers::is_function(self.tok(last + 1))
        {
            last += 1;
        }
        let name = (left..=last).all(|i| {
            let t = self.tok(i);
            is_name_token(t)
                && !crate::speakers::is_function(t)
                && !t.info.is(class::HEADING | class::TIME | class::VERB)
                && self.w(i).chars().any(char::is_lowercase)
        });
        // (What the age is followed by describes the person named, who is the speaker.)
        let extent_last = if self.age_after_name(last + 1, colon) {
            last
        } else {
            colon - 1
        };
        (name && (last + 1 == colon || self.topic_tail(last + 1, colon))).then_some(NounPhrase {
            first: left,
            last,
            extent_last,
        })
    }

    /// Whether `from..colon` gives the age of the person named before it, and perhaps what else a
    /// street interview says of them: "Bohdan, 60:", "Marta, 31, a soldier's wife from Lesnivka:".
    fn age_after_name(&self, from: usize, colon: usize) -> bool {
        let age = from + 1;
        self.tok(from).is_punct(',')
            && age < colon
            && self.w(age).len() <= 3
            && self.w(age).bytes().all(|b| b.is_ascii_digit())
            && (age + 1 == colon
                || (self.tok(age + 1).is_punct(',')
                    && self.words_in(age + 2, colon) <= 12
                    && (age + 2..colon).all(|i| !self.tok(i).is_mark())))
    }

    /// Whether `from..colon` is a short phrase saying what or where a speaker spoke, between the
    /// name and the colon: "on the talks", "to reporters", ", asked about the strikes".
    fn topic_tail(&self, from: usize, colon: usize) -> bool {
        // "Dr Naomi Fenwick (Corwen):", "GeoTrench (OSINT):": an affiliation in brackets.
        if from + 1 < colon
            && self.tok(from).is_punct('(')
            && self.tok(colon - 1).is_punct(')')
            && self.words_in(from + 1, colon - 1) <= 4
        {
            return true;
        }
        let mut start = if self.tok(from).is_punct(',') {
            from + 1
        } else {
            from
        };
        // "Kessler again, on Radio Lorm this morning:": adverbs before the phrase.
        let is_adverb = |i: usize| {
            let t = self.tok(i);
            t.is_word() && !t.capital && t.info.is(class::SKIP | class::TIME)
        };
        let adverbs_end = (start..colon).find(|&i| !is_adverb(i)).unwrap_or(colon);
        if adverbs_end > start
            && adverbs_end + 1 < colon
            && self.words_in(start, adverbs_end) <= 2
            && self.tok(adverbs_end).is_punct(',')
        {
            start = adverbs_end + 1;
        }
        if self.age_after_name(from, colon) {
            return true;
        }
        // "Oskar Tamm, Chief Executive:", "Lidia Roos, Chief Financial Officer:": the speaker's
        // title after the comma.
        let title = start > from
            && self.words_in(start, colon) <= 5
            && (start..colon).all(|i| self.tok(i).is_word())
            && (start..colon).any(|i| self.tok(i).info.is(class::TITLE))
            && (start..colon).all(|i| self.tok(i).capital || self.lower_is(i, "of"));
        if title {
            return true;
        }
        // "Hlynska, leaving the building:": a participle after the comma says where or how.
        let participle = start > from && self.participle_like(start) && !self.tok(start).capital;
        let opens = participle
            || [
                "on",
                "about",
                "to",
                "via",
                "in",
                "at",
                "by",
                "asked",
                "speaking",
                "writing",
                "responding",
                "replying",
                "commenting",
            ]
            .iter()
            .any(|w| self.lower_is(start, w));
        // "Kessler again:", "Velesov later:": adverbs only.
        let adverbs = start < colon
            && self.words_in(start, colon) <= 2
            && (start..colon).all(|i| {
                let t = self.tok(i);
                t.is_word() && !t.capital && t.info.is(class::SKIP | class::TIME)
            });
        if adverbs {
            return true;
        }
        opens
            && self.words_in(start, colon) <= 8
            && (start..colon).all(|i| {
                let t = self.tok(i);
                t.quote == NO_QUOTE && !t.is_punct('.') && !t.is_punct('!') && !t.is_punct('?')
            })
    }

    /// Whether `from..colon` names an owner speaking through a document: "The General Staff's
    /// morning summary:" (a possessive, then lower-case words ending in a document noun).
    fn owned_document(&self, from: usize, colon: usize) -> bool {
        (from..colon)
            .find(|&i| self.possessive(i))
            .is_some_and(|owner| {
                owner + 1 < colon
                    && self.tok(colon - 1).info.is(class::DOCUMENT)
                    && (owner + 1..colon).all(|i| self.tok(i).is_word() && !self.tok(i).capital)
            })
    }

    /// Where the words start after a label in capitals and its dash opening a post line
    /// ("BREAKING — Governor Ivan Fedorov:", "JUST IN – …"), if `start` opens one.
    fn after_caps_label(&self, start: usize, colon: usize) -> Option<usize> {
        let last = (start..colon.min(start + 2))
            .take_while(|&i| {
                self.tok(i).is_word()
                    && self.w(i).chars().count() >= 2
                    && !self.w(i).chars().any(char::is_lowercase)
            })
            .last()?;
        (last + 2 < colon && self.is_dash(last + 1)).then_some(last + 2)
    }

    /// The speaker of an intro line ending in a colon: the subject of its reporting verb, or the
    /// noun phrase it opens with. `Ok(None)` speaker means an anonymous report ("One report:").
    #[allow(clippy::type_complexity)]
    fn intro_speaker(
        &self,
        start: usize,
        colon: usize,
    ) -> Option<(Option<NounPhrase>, Option<(usize, usize)>, bool)> {
        let mut start = start;
        // Skip leading emoji, bullets, list numbers and a live blog's time stamp ("10:58 —",
        // "19:08").
        while start < colon && !self.tok(start).is_word() {
            start += 1;
        }
        if let Some(after) = self.time_stamp_end(start).filter(|&after| after < colon) {
            start = after;
            while start < colon && !self.tok(start).is_word() {
                start += 1;
            }
        }
        if let Some(after) = self.after_caps_label(start, colon) {
            start = after;
        }
        // "Via @rybar:": the channel passed on.
        if self.lower_is(start, "via") && start + 1 < colon {
            start += 1;
        }
        // "In Harwood's words:", "In the minister's words, delivered later to …:": the owner of
        // the words.
        let words = (start + 2..colon).find(|&w| {
            self.lower_is(w, "words")
                && self.possessive(w - 1)
                && (w + 1 == colon || self.tok(w + 1).is_punct(','))
        });
        if let Some(words) = words.filter(|_| self.lower_is(start, "in")) {
            let owner = words - 1;
            let first = if self.tok(owner).capital {
                self.name_run_first(owner, start + 1)
            } else {
                self.np_left(owner, start + 1).map_or(owner, |np| np.first)
            };
            let np = NounPhrase {
                first,
                last: owner,
                extent_last: owner,
            };
            return Some((Some(np), None, false));
        }
        // "@DravicMFA:", "@kolnik_front (Kolnik Front):": a handle alone names whose post follows.
        if self.w(start).starts_with('@') && self.rest_is_empty_or_aside(start + 1, colon) {
            let np = NounPhrase {
                first: start,
                last: start,
                extent_last: start,
            };
            return Some((Some(np), None, false));
        }
        // "Finally, a brigade officer …": a sentence adverb before the speaker, or a handle before
        // who holds it ("@leshchuk_v, a Lesmarian opposition MP, was less generous:"); "Hoarfrost,
        // in a voice message:", a word the lexicon does not know, is a name.
        let word = self.w(start);
        let adverb =
            self.tok(start).info.class != 0 || word.ends_with("ly") || word.starts_with('@');
        if start + 2 < colon
            && self.tok(start + 1).is_punct(',')
            && adverb
            && !self.is_known_name(start)
        {
            start += 2;
        }
        // "Asked about that on Friday, Strynek shrugged it off:", "Speaking in Vienna, Lind was
        // blunt:": an opening participle phrase before a name.
        let opener = self.w(start);
        if (opener.ends_with("ed") || opener.ends_with("ing")) && !self.is_known_name(start) {
            if let Some(comma) = (start + 1..colon).find(|&i| self.tok(i).is_punct(',')) {
                if comma + 1 < colon && is_name_token(self.tok(comma + 1)) {
                    start = comma + 1;
                }
            }
        }
        if start < colon
            && self.tok(start).is_word()
            && self.w(start).chars().all(|c| c.is_ascii_digit())
        {
            start += 1;
            while start < colon && !self.tok(start).is_word() {
                start += 1;
            }
        }
        if start >= colon {
            return None;
        }
        // "Listen to audio of Swanson's remarks below:", "Watch the full briefing:": an
        // imperative to the reader, not a speaker.
        if [
            "listen",
            "watch",
            "read",
            "see",
            "click",
            "subscribe",
            "download",
        ]
        .iter()
        .any(|w| self.lower_is(start, w))
            && start + 1 < colon
            && self.tok(start + 1).is_word()
            && !self.tok(start + 1).capital
        {
            return None;
        }
        // A reporting verb: its subject. "Key points from the briefing:": a plural noun before
        // "from" heads a heading, unless the verb introduces words ("Reader writes from Dolmik:").
        // A finite verb first, then the rest: "A user posting as @x wrote:", "Asked about
        // Saltykova's remarks, the official said:" (after a possessive the form may be a noun, as
        // in "Kessler's answer was short:").
        let doubtful = |v: usize| {
            self.tok(v).info.is(class::ING)
                || (v > start
                    && (self.possessive(v - 1)
                        || (self.tok(v - 1).info.is(class::DET_POSS)
                            && !self.lower_is(v - 1, "her"))))
        };
        let finite_first = (start..colon)
            .filter(|&v| !doubtful(v))
            .chain((start..colon).filter(|&v| doubtful(v)));
        for v in finite_first {
            let plural_noun = self.w(v).ends_with('s')
                && self.lower_is(v + 1, "from")
                && self.frames(v) & frame::COLON == 0;
            if self.is_verb(v) && !self.tok(v).capital && !plural_noun {
                if let Some((mut np, hedged)) = self.subject_of(v, start) {
                    // "The senator emailed supporters saying:": before a participle the phrase is
                    // an object; the speaker opens the intro.
                    let object = self.tok(v).info.is(class::ING)
                        && np.first > start
                        && self.finite_verb_after_subject(np.first - 1, start);
                    if object {
                        np = self.np_right(start, np.first - 1).unwrap_or(np);
                    }
                    return Some((Some(np), Some((self.tok(v).start, self.tok(v).end)), hedged));
                }
            }
        }
        // "One analyst put it bluntly:", "Lind put it this way:": "put it" introduces words as
        // "said" does.
        if let Some(put) = (start + 1..colon.saturating_sub(1))
            .find(|&i| self.lower_is(i, "put") && self.lower_is(i + 1, "it"))
        {
            // "put it bluntly:", "put it this way:", "put it on Thursday:", "put it most
            // bluntly:", "put it plainly in an interview last week:"
            let medium = (put + 2..colon).any(|i| self.tok(i).info.is(class::MEDIUM));
            let manner = (put + 2..colon).all(|i| {
                let t = self.tok(i);
                t.is_word()
                    && (t.info.is(class::TIME)
                        || ["most", "more"].iter().any(|w| self.lower_is(i, w))
                        // "put it this way at our press briefing on Wednesday:"
                        || (medium
                            && (t.info.is(class::MEDIUM | class::DETERMINER)
                                || !t.capital
                                || ["in", "on", "during", "at"].iter().any(|w| self.lower_is(i, w))))
                        || (self.lower_is(i, "on") && self.tok(i + 1).info.is(class::TIME))
                        // "put it differently to me:"
                        || (self.lower_is(i, "to") && i + 2 == colon)
                        || (i == colon - 1
                            && self.lower_is(i - 1, "to")
                            && ["me", "us", "reporters"].iter().any(|w| self.lower_is(i, w)))
                        || (!t.capital
                            && (self.w(i).ends_with("ly")
                                || ["this", "that", "way", "another", "best", "simply"]
                                    .iter()
                                    .any(|w| self.lower_is(i, w)))))
            });
            // "As the head of the agency, Rafael Gross, put it:": a name in apposition.
            let subject = |last: usize| {
                if !self.tok(last).is_punct(',') || last < start + 2 {
                    return self.np_left(last, start);
                }
                let name = self.np_left(last - 1, start)?;
                if name.first < start + 2 || !self.tok(name.first - 1).is_punct(',') {
                    return None;
                }
                let outer = self.np_left(name.first - 2, start)?;
                Some(NounPhrase {
                    extent_last: name.last,
                    ..outer
                })
            };
            if manner {
                if let Some(np) = subject(put - 1) {
                    let cue = (self.tok(put).start, self.tok(put + 1).end);
                    return Some((Some(np), Some(cue), false));
                }
            }
        }
        // "One insurer was blunt:", "Lind was more direct:": the subject of a short "was"
        // predicate, which says how the words were meant.
        if let Some(be) = (start + 1..colon.saturating_sub(1)).find(|&i| {
            ["was", "is", "were", "are"]
                .iter()
                .any(|w| self.lower_is(i, w))
        }) {
            let manner = colon - be <= 3
                && (be + 1..colon).all(|i| self.tok(i).is_word() && !self.tok(i).capital);
            // A person or a source ("The answer is simple:" is the writer's heading).
            let speaks = |np: &NounPhrase| {
                let head = self.tok(np.last);
                is_name_token(head)
                    || head
                        .info
                        .is(class::ANON_HEAD | class::TITLE | class::PRONOUN)
            };
            if let Some(np) = self
                .np_left(be - 1, start)
                .filter(|np| manner && np.first == start && speaks(np))
            {
                let cue = (self.tok(be).start, self.tok(colon - 1).end);
                return Some((Some(np), Some(cue), false));
            }
        }
        // "Forwarded from Rezident_UA:", "Repost from @suvar_front:", "Repost @x:", "Reply from
        // @x:": a channel's post passed on or answered.
        if let Some(from) = self.passed_on_from(start) {
            let named = |np: &NounPhrase| {
                is_name_token(self.tok(np.first))
                    && (from == start + 2 || self.w(np.first).starts_with('@'))
            };
            if let Some(np) = (from < colon)
                .then(|| self.np_right(from, colon))
                .flatten()
                .filter(|np| self.rest_is_empty_or_aside(np.last + 1, colon) && named(np))
            {
                return Some((Some(np), None, false));
            }
        }
        // "From a fighter of the 71st brigade:", "From the commander:", "A message from our
        // Chief Executive, Annika Drummond:": who the words come from ("From Kyiv:" is a place).
        let what = start + usize::from(self.tok(start).info.is(class::DET_INDEF));
        let from = if what + 1 < colon
            && self.tok(what).info.is(class::MEDIUM | class::DOCUMENT)
            && self.lower_is(what + 1, "from")
        {
            what + 1
        } else {
            start
        };
        if self.lower_is(from, "from") && from + 1 < colon {
            if let Some(np) = self.np_right(from + 1, colon).filter(|np| {
                self.tok(np.first).info.is(class::DETERMINER) && self.can_be_source(*np)
            }) {
                let np = self.with_appositive_name(np, colon);
                if np.last + 1 == colon || np.extent_last + 1 == colon {
                    return Some((Some(np), None, false));
                }
            }
        }
        if self.lower_is(start, "from") && start + 1 < colon {
            // "From Kyiv:": where, not who.
            if is_name_token(self.tok(start + 1)) && !self.tok(start + 1).info.is(class::DETERMINER)
            {
                return None;
            }
        }
        // "One report:", "Their answer:", "His reply, in full:"
        let first = self.tok(start);
        let words = self.words_in(start, colon);
        if first.info.is(class::DET_INDEF)
            && words <= 4
            && (start + 1..colon).any(|i| self.tok(i).info.is(class::ANON_HEAD))
        {
            return Some((None, None, false));
        }
        if first.info.is(class::DET_POSS) && words <= 5 {
            let head = (start + 1..colon)
                .find(|&i| self.tok(i).is_word())
                .map(|i| self.w(i).to_lowercase());
            if matches!(
                head.as_deref(),
                Some("answer" | "reply" | "response" | "words" | "statement" | "message")
            ) {
                // The possessive refers to a person: resolve it like a pronoun.
                return Some((
                    Some(NounPhrase {
                        first: start,
                        last: start,
                        extent_last: start,
                    }),
                    None,
                    false,
                ));
            }
        }
        let fallback = || {
            // "A few highlights, in his words:", "from the Foreign Ministry's transcript:"
            (start..colon).find_map(|i| {
                let t = self.tok(i);
                if !t.is_word() {
                    return None;
                }
                let w = self.w(i);
                // "Zelensky in his evening address:" names its owner first.
                let named_before = (start..i).any(|j| {
                    is_name_token(self.tok(j)) && !crate::speakers::is_function(self.tok(j))
                });
                if t.info.is(class::DET_POSS)
                    && t.info.pronoun.is_some()
                    && !w.eq_ignore_ascii_case("its")
                    && !named_before
                {
                    return Some((
                        Some(NounPhrase {
                            first: i,
                            last: i,
                            extent_last: i,
                        }),
                        None,
                        false,
                    ));
                }
                let owner_word = t.capital || t.info.is(class::TITLE | class::ANON_HEAD);
                if owner_word && self.possessive(i) && i > start {
                    // "I keep coming back to Colbeck's own phrase:": a named owner is the name.
                    let np = if t.capital {
                        NounPhrase {
                            first: self.name_run_first(i, start),
                            last: i,
                            extent_last: i,
                        }
                    } else {
                        self.np_left(i, start)?
                    };
                    return Some((Some(np), None, false));
                }
                None
            })
        };
        // "Just Leaked: Look At …": a title-case headline opening with an adverb has no speaker.
        let first_word = self.tok(start);
        if first_word.capital
            && first_word.info.is(class::SKIP)
            && !first_word.info.is(class::DETERMINER | class::PRONOUN)
            && start + 1 < colon
            && is_name_token(self.tok(start + 1))
        {
            return fallback();
        }
        if let Some(tail) = self.person_named_after_verb(start, colon) {
            return Some((Some(tail), None, false));
        }
        // A name or description at the start: "Colonel-General Ruslan Tebayev, today:",
        // "Source in the 3rd Assault Detachment:", "Regional governor Oksana Berest:".
        let Some(np) = self.np_right(start, colon) else {
            return fallback();
        };
        // "A source in the 3rd corps".
        let t = self.tok(self.head_before_preposition(np));
        let named = (np.first..=np.last).any(|i| {
            is_name_token(self.tok(i)) && !self.tok(i).info.is(class::DETERMINER | class::STOP)
        });
        if !(named || t.info.is(class::ANON_HEAD)) {
            return fallback();
        }
        // A headline-like intro with a lower-case verb-less clause after the name is not an intro.
        let rest_words = self.words_in(np.extent_last + 1, colon);
        if rest_words > 16 {
            return None;
        }
        if !named && !first.info.is(class::DETERMINER) && !t.info.is(class::ANON_HEAD) {
            return fallback();
        }
        // "Hoarfrost, in a voice message to subscribers:": one name alone, with how its bearer
        // spoke set off after it, is a speaker's.
        let spoke_through = || {
            let aside = self.tok(np.last + 1);
            (aside.is_punct(',') || aside.is_punct('('))
                && (np.last + 2..colon).any(|i| self.tok(i).info.is(class::MEDIUM))
        };
        if named && !self.looks_like_speaker_name(np) && !spoke_through() {
            return fallback();
        }
        // "Commander of the Southern Group, Colonel-General Ruslan Tebayev:", "The ministry's
        // spokesperson, Anna Lind, on the figures:": the name in apposition, up to the colon or a
        // topic, names the speaker.
        let name_end = (np.last + 2..colon)
            .take_while(|&i| {
                let t = self.tok(i);
                is_name_token(t) || t.info.is(class::TITLE) || t.is_punct('-') || t.is_punct('.')
            })
            .last();
        let appositive_name = name_end.filter(|&end| {
            self.tok(np.last + 1).is_punct(',')
                && is_name_token(self.tok(end))
                && (end + 1 == colon || self.topic_tail(end + 1, colon))
        });
        if let Some(end) = appositive_name {
            return Some((
                Some(NounPhrase {
                    extent_last: end,
                    ..np
                }),
                None,
                false,
            ));
        }
        // "A post by the milblogger "Voenkor Kotenok":": the quoted name after the head is
        // part of the phrase.
        let quoted_name = (np.last + 1 < colon)
            .then(|| self.tok(np.last + 1))
            .filter(|t| t.is_mark() && t.quote != NO_QUOTE)
            .map(|t| self.a.quotes[t.quote as usize])
            .filter(|q| q.open == np.last + 1 && q.close + 1 == colon && q.words <= 4);
        if let Some(q) = quoted_name {
            return Some((
                Some(NounPhrase {
                    last: q.close,
                    extent_last: q.close,
                    ..np
                }),
                None,
                false,
            ));
        }
        Some((Some(np), None, false))
    }

    /// "The timing does not surprise pollster Daron Shaw:": a person named at the end of an intro,
    /// after a verb, is the one who speaks next ("a headline from the Wire:" is a title, "a
    /// message to President Vell:" is addressed).
    fn person_named_after_verb(&self, start: usize, colon: usize) -> Option<NounPhrase> {
        let mut first = colon;
        while first > start
            && self.tok(first - 1).is_word()
            && (is_name_token(self.tok(first - 1)) || self.tok(first - 1).info.is(class::TITLE))
        {
            first -= 1;
        }
        if first >= colon || first <= start + 1 {
            return None;
        }
        let before = self.tok(first - 1);
        let after_verb = before.is_word()
            && !before.capital
            && self.w(first - 1).chars().all(char::is_alphabetic)
            // "… on the company's channel Sokolan Press:" names where the words appeared.
            && !before.info.is(
                class::STOP | class::DETERMINER | class::PRONOUN | class::DOCUMENT | class::MEDIUM,
            )
            && !["to", "of"].iter().any(|w| self.lower_is(first - 1, w));
        let tail = NounPhrase {
            first,
            last: colon - 1,
            extent_last: colon - 1,
        };
        (after_verb
            && (first..colon - 1).any(|i| is_name_token(self.tok(i)))
            && self.looks_like_speaker_name(tail)
            && self.person_like_subject(tail))
        .then_some(tail)
    }

    /// "Shield of Orvane", "the Embassy of Norvallen": one capitalised word at `w`, no title, no
    /// person's name and no organisation's head (their names have rules of their own), that heads
    /// a name going on after "of" and a capitalised word.
    fn head_before_of(&self, w: usize, first: usize) -> bool {
        let t = self.tok(w);
        w >= first
            && is_name_token(t)
            && !t.info.is(class::TITLE
                | class::MALE_NAME
                | class::FEMALE_NAME
                | class::ANON_HEAD
                | class::ORG_HEAD
                | class::SKIP
                | class::STOP)
            && !crate::speakers::is_function(t)
            && (w == first || self.tok(w - 1).info.is(class::DETERMINER))
            && self.lower_is(w + 1, "of")
            && w + 2 < self.a.tokens.len()
            && is_name_token(self.tok(w + 2))
            && !self.is_known_name(w)
    }

    /// A word the document uses as (the last word of) a name elsewhere.
    fn is_known_name(&self, index: usize) -> bool {
        let key = key_of(self.w(index));
        self.entities
            .list
            .iter()
            .any(|e| e.key == key && (e.name_tokens >= 2 || !e.aliases.is_empty()))
    }

    /// A capitalised phrase that can be a speaker: two or more capitalised words, a title and a name,
    /// or one word the document also uses as a name elsewhere.
    fn looks_like_speaker_name(&self, np: NounPhrase) -> bool {
        let capitals = (np.first..=np.last)
            .filter(|&i| is_name_token(self.tok(i)))
            .count();
        if capitals >= 2
            || (np.first..=np.last).any(|i| self.tok(i).info.is(class::TITLE | class::ANON_HEAD))
        {
            return true;
        }
        let key = key_of(self.w(np.last));
        self.entities
            .list
            .iter()
            .any(|e| e.key == key && (e.name_tokens >= 2 || !e.aliases.is_empty()))
    }

    // ----- rule: quotations ------------------------------------------------------------------------

    /// Whether a quote is a short title in title case, with no sentence in it: "Counting the
    /// Votes", "Neutral, Interrupted".
    fn is_title(&self, quote: Quote) -> bool {
        let inside = quote.open + 1..quote.close;
        (2..=6).contains(&quote.words)
            && inside.clone().all(|i| {
                let t = self.tok(i);
                match t.kind {
                    TokenKind::Word => t.capital || self.w(i).chars().count() < 4,
                    TokenKind::Punct(c) => matches!(c, ',' | '-' | '–' | ':'),
                    _ => false,
                }
            })
            && inside
                .clone()
                .any(|i| self.tok(i).is_word() && self.tok(i).capital)
    }

    fn quotes_in(&mut self, index: usize, sentence: Sentence) {
        let quotes = self.quotes_between(sentence.start, sentence.end);
        let mut position = 0;
        while position < quotes.len() {
            let q = quotes[position];
            position += 1;
            if self.quote_used[q] {
                continue;
            }
            let quote = self.a.quotes[q];
            self.quote(index, sentence, q, quote, &quotes[position..]);
        }
    }

    fn quote(&mut self, index: usize, sentence: Sentence, q: usize, quote: Quote, later: &[usize]) {
        let prev_token = self.last_before_breaks(sentence.start, quote.open);
        // "14:20 — “…,” Obst said.", "BREAKING — “…”": a time stamp or a heading is the
        // channel's; a label before a colon (`MOORE: “…”`) is the speaker.
        let own_start = if prev_token.is_some_and(|i| self.tok(i).is_punct(':')) {
            sentence.start
        } else {
            self.after_heading(sentence.start, quote.close)
        };
        // Left context: tokens before the opening mark in this sentence, ignoring bullets and dashes.
        let left_first = (own_start..quote.open)
            .find(|&i| self.tok(i).is_word() || self.tok(i).quote != NO_QUOTE);
        let right_has_words = (quote.close + 1..sentence.end).any(|i| self.tok(i).is_word());
        let content = (quote.start, quote.end);

        // `SPEAKER VERB: "…"`, `SPEAKER: "…"`, `He added: "…"`; but `THE LOBBY, episode 40:
        // "Counting the Votes"` names a work.
        if prev_token.is_some_and(|i| self.tok(i).is_punct(':')) && self.is_title(quote) {
            return;
        }
        if let Some(colon) = prev_token.filter(|&i| self.tok(i).is_punct(':')) {
            // "Vestrany Courier: Brenning: “…”", "Korvath Today (Hadrun): Tesk: “…”", "Grey
            // Column | Vorontash: “…”": the label after an outlet's is the speaker (a time's
            // colon, "07:12:", is none).
            let left_first = left_first.map(|l| {
                (l + 1..colon)
                    .rev()
                    .find(|&i| {
                        (self.tok(i).is_punct('|')
                            || self.tok(i).is_punct(':')
                                && (self.tok(i - 1).is_punct(')')
                                    || self.tok(i - 1).is_word()
                                        && !self
                                            .w(i - 1)
                                            .starts_with(|c: char| c.is_ascii_digit())))
                            && self.tok(i + 1).capital
                    })
                    .map_or(l, |earlier| earlier + 1)
            });
            if let Some(left) = left_first.filter(|&l| l < colon) {
                // `Moore: "…"` opening a paragraph: one name before the colon is the speaker, also
                // before an age and a description (`Marta, 31, a soldier's wife:`).
                let named = self.name_before_colon(left, colon);
                let aged = named.filter(|np| self.age_after_name(np.last + 1, colon));
                let intro = aged
                    .map(|np| (Some(np), None, false))
                    .or_else(|| self.intro_speaker(left, colon))
                    .or_else(|| named.map(|np| (Some(np), None, false)));
                if let Some((np, cue, hedged)) = intro {
                    // "He said he came up with the idea: “…”": the quote ends a reported clause;
                    // the reported rule takes the whole as mixed.
                    if cue.is_some_and(|c| self.clause_after_verb(c.0, colon)) {
                        return;
                    }
                    let speaker = self.intro_found_speaker(np, left, colon);
                    self.emit_quote(
                        q,
                        speaker,
                        cue,
                        hedged,
                        if cue.is_some() {
                            "en.quote.verb-colon"
                        } else {
                            "en.quote.colon"
                        },
                        content,
                        later,
                        sentence,
                    );
                    return;
                }
            }
            // "On reinforcements: “…”": a topic, not a speaker; the quote stands on its own, or
            // the words after it name who spoke ("Quote of the day: “…” (Kessler, in Vienna)").
            if right_has_words {
                self.quote_then_attribution(sentence, q, quote, later);
            } else if left_first.is_some_and(|l| self.words_in(l, colon) <= 4) {
                self.standalone_quote(index, q, quote);
            }
            return;
        }

        if left_first.is_none() {
            // The quote opens the sentence.
            if right_has_words {
                self.quote_then_attribution(sentence, q, quote, later);
                return;
            }
            self.standalone_quote(index, q, quote);
            return;
        }

        // `SPEAKER VERB (that) "…"` with nothing after the quote.
        if !right_has_words {
            // "under a programme called “Summer Without War”": a thing named, no one speaking.
            let named_thing = |verb: usize, np: NounPhrase| {
                ["called", "dubbed", "named", "nicknamed", "titled"]
                    .iter()
                    .any(|w| self.lower_is(verb, w))
                    && self.tok(np.first).info.is(class::DET_INDEF)
                    && !self.tok(np.last).info.is(class::ANON_HEAD | class::TITLE)
            };
            if let Some((verb, np, hedged)) = self
                .verb_before_quote(sentence, quote.open)
                .filter(|&(verb, np, _)| !named_thing(verb, np))
            {
                let speaker = self.speaker(np);
                let cue = Some((self.tok(verb).start, self.tok(verb).end));
                self.token_used[verb] = true;
                self.emit_quote(
                    q,
                    Some(speaker),
                    cue,
                    hedged,
                    "en.quote.said-before",
                    content,
                    later,
                    sentence,
                );
                return;
            }
        }
        // `Hillary shot back, "…"`: a full quote after a comma at the end of a sentence that opens
        // with its speaker, even when the verb is not in the lexicon.
        let verb_earlier = (sentence.start..quote.open).any(|i| self.is_verb(i));
        if !right_has_words
            && !verb_earlier
            && prev_token.is_some_and(|p| self.tok(p).is_punct(','))
            && quote.words >= 3
        {
            if let Some(np) = self
                .first_named_np(sentence)
                .filter(|np| np.first < quote.open)
            {
                let speaker = self.speaker(np);
                self.emit_quote(
                    q,
                    Some(speaker),
                    None,
                    false,
                    "en.quote.after-comma",
                    content,
                    later,
                    sentence,
                );
            }
        }
        // `… "quoted fragment" SPEAKER said.` is mixed; the reported rule takes it. Anything else is a
        // scare quote, a title or a name.
    }

    /// The reporting verb starting at byte `verb_start` is followed by a clause of its own ("said
    /// he …", "said that …") before `colon`, not just a recipient or a time ("told reporters:").
    fn clause_after_verb(&self, verb_start: usize, colon: usize) -> bool {
        let Some(verb) = (0..colon).rev().find(|&i| self.tok(i).start == verb_start) else {
            return false;
        };
        let next = self.skip_adjuncts(verb + 1, colon, self.frames(verb));
        next + 2 < colon
            && (self.lower_is(next, "that")
                || (self.is_pronoun_subject(next)
                    && !self.lower_is(next, "it")
                    && self.tok(next + 1).is_word()
                    && !self.tok(next + 1).capital))
    }

    fn intro_found_speaker(
        &mut self,
        np: Option<NounPhrase>,
        left: usize,
        colon: usize,
    ) -> Option<FoundSpeaker> {
        match np {
            Some(np) => Some(self.speaker(np)),
            None => Some(self.described_intro(left, colon)),
        }
    }

    /// The reporting verb a quote directly follows: `VERB (RECIPIENT) (TIME) (that|,|:)`.
    fn verb_before_quote(
        &self,
        sentence: Sentence,
        open: usize,
    ) -> Option<(usize, NounPhrase, bool)> {
        let mut index = open;
        while index > sentence.start && !self.tok(index - 1).is_word() {
            let t = self.tok(index - 1);
            if !(t.is_punct(',') || t.is_punct(':') || t.is_punct('—') || t.is_punct('–')) {
                return None;
            }
            index -= 1;
        }
        if index > sentence.start && self.lower_is(index - 1, "that") {
            index -= 1;
        }
        // Up to six words of recipient or time between the verb and the quote.
        let lowest = index.saturating_sub(7).max(sentence.start);
        let mut verb = None;
        let mut i = index;
        while i > lowest {
            i -= 1;
            if self.is_verb(i) && !self.tok(i).capital {
                verb = Some(i);
                break;
            }
            if !self.tok(i).is_word() && !self.tok(i).is_punct(',') {
                break;
            }
        }
        let verb = verb?;
        // "said, very calmly, “…”": how it was said, set off by commas.
        let manner_aside = verb + 2 < index
            && self.tok(verb + 1).is_punct(',')
            && (verb + 2..index).all(|i| {
                self.tok(i).is_word()
                    && !self.tok(i).capital
                    && (self.w(i).ends_with("ly")
                        || ["very", "quite", "so", "most"]
                            .iter()
                            .any(|w| self.lower_is(i, w)))
            });
        // Words between the verb and the quote must be a recipient or a time, not a clause.
        let reached = if manner_aside {
            index
        } else {
            self.skip_adjuncts(verb + 1, index, self.frames(verb))
        };
        if reached < index {
            return None;
        }
        // "said on ABC's “This Week.”": a quote glued to a prepositional phrase is a title.
        let glued = index == open && !self.lower_is(index.saturating_sub(1), "that");
        if glued && (verb + 1..index).any(|i| self.is_preposition(i)) {
            return None;
        }
        // "furrowed his brow and said, “…”", "compared himself to her, saying, “…”"
        let (np, hedged) = match self.subject_of(verb, sentence.start) {
            Some(found) => found,
            None if self.shares_subject(sentence, verb) => {
                (self.participle_subject(sentence, verb)?, false)
            }
            None => return None,
        };
        // "… and called the Russian claims “fantasy”": a phrase right after a verb that takes no
        // clause is its object, not a speaker.
        let before = np.first.checked_sub(1).filter(|&b| b >= sentence.start);
        if before.is_some_and(|b| {
            self.is_verb(b)
                && !self.tok(b).capital
                && self.frames(b) & (frame::THAT | frame::BARE) == 0
        }) {
            return None;
        }
        // "A sign on the door reads “…”", "One placard read “…”", "It reads “…”": words on a
        // thing, a slogan, no one's statement ("The letter reads" is its writer's).
        let reads = ["read", "reads"].iter().any(|w| self.lower_is(verb, w));
        let thing = [
            "it",
            "sign",
            "placard",
            "banner",
            "poster",
            "billboard",
            "door",
            "wall",
            "caption",
            "slogan",
            "graffiti",
            "inscription",
            "sticker",
            "t-shirt",
        ]
        .iter()
        .any(|w| self.lower_is(self.head_before_preposition(np), w));
        if reads && thing {
            return None;
        }
        // "told governors that Korvath's “operation” would continue “…”": the subject of a
        // reported clause, inside another's report.
        if self.lower_is(np.first, "that") || before.is_some_and(|b| self.lower_is(b, "that")) {
            return None;
        }
        Some((verb, np, hedged))
    }

    /// `"…," SPEAKER VERB.` / `"…," VERB SPEAKER.`, with an optional second piece
    /// `, "…"` after the attribution.
    fn quote_then_attribution(
        &mut self,
        sentence: Sentence,
        q: usize,
        quote: Quote,
        later: &[usize],
    ) {
        let mut index = quote.close + 1;
        // `"…," he said`, `"…" – said the commander`, `«…», – said …`, `"…" (Kessler, …)`
        while index < sentence.end
            && [',', '—', '–', '-', '(']
                .iter()
                .any(|&c| self.tok(index).is_punct(c))
        {
            index += 1;
        }
        let end = sentence.end;
        if index >= end || !self.tok(index).is_word() {
            return;
        }
        // Inverted: "said Matt Baker"
        let mut found: Option<(usize, NounPhrase, bool, &'static str)> = None;
        // "“We'll see,” was all Velesov would say.", "… is all she would say": the speaker between
        // "was all" and the verb.
        if (self.lower_is(index, "was") || self.lower_is(index, "is"))
            && self.lower_is(index + 1, "all")
            && index + 3 < end
        {
            let verb = (index + 3..(index + 10).min(end)).find(|&v| {
                self.is_verb(v)
                    && ["would", "could", "will"]
                        .iter()
                        .any(|w| self.lower_is(v - 1, w))
            });
            if let Some(verb) = verb {
                if let Some(np) = self
                    .np_left(verb - 2, index + 2)
                    .filter(|np| np.first == index + 2)
                {
                    found = Some((verb, np, false, "en.quote.was-all"));
                }
            }
        }
        if found.is_none()
            && self.is_verb(index)
            && self.frames(index) & (frame::INV | frame::AFTER) != 0
        {
            // "wrote one, Alexander Kotov, on his channel": a quantifier with a name in apposition.
            let one_named = || {
                let one = index + 1;
                (["one", "another"].iter().any(|w| self.lower_is(one, w))
                    && one + 1 < end
                    && self.tok(one + 1).is_punct(','))
                .then(|| {
                    self.with_appositive_name(
                        NounPhrase {
                            first: one,
                            last: one,
                            extent_last: one,
                        },
                        end,
                    )
                })
                .filter(|np| np.extent_last > np.last)
            };
            if let Some(np) = self.np_right(index + 1, end).or_else(one_named) {
                let np = self.with_appositive_name(np, end);
                found = Some((index, np, false, "en.quote.said-inverted"));
            }
        }
        if found.is_none() {
            // "he said", "Colonel Prennik, the spokesman, said", "the minister reportedly told"
            for v in index + 1..(index + 24).min(end) {
                if self.tok(v).quote != NO_QUOTE
                    || self.tok(v).is_punct('.') && !self.is_abbrev_dot(v)
                {
                    break;
                }
                // "the report says": after a determiner a verb's form is the noun of the phrase.
                let noun = v > index && self.tok(v - 1).info.is(class::DETERMINER);
                if self.is_verb(v) && !noun {
                    if let Some((np, hedged)) = self.subject_of(v, index) {
                        if np.first == index {
                            found = Some((v, np, hedged, "en.quote.said-after"));
                        }
                    }
                    break;
                }
            }
        }
        if found.is_none() {
            found = self.unknown_verb_attribution(index, end);
        }
        let Some((verb, np, hedged, rule)) = found else {
            // `"…" — Mayor Ivan Drach`, `"…" (Kessler, at the talks)`: a signature names the
            // speaker. Otherwise a full-sentence quote followed by a clause of the writer's own,
            // or a scare quote.
            let paragraph_quote = self.opens_paragraph(quote.open)
                && self.a.sentences[self.sentence_of[quote.open] as usize].paragraph_end;
            if let Some(np) = self.signature(quote.close + 1, end, paragraph_quote) {
                let speaker = self.speaker(np);
                let content = (quote.start, quote.end);
                let rule = "en.quote.signed";
                self.emit_quote(
                    q,
                    Some(speaker),
                    None,
                    false,
                    rule,
                    content,
                    later,
                    sentence,
                );
            }
            return;
        };
        self.token_used[verb] = true;
        let speaker = self.speaker(np);
        let cue = Some((self.tok(verb).start, self.tok(verb).end));
        let hedged = hedged || self.hedged_between(quote.close, np.last.max(verb) + 1);
        self.emit_quote(
            q,
            Some(speaker),
            cue,
            hedged,
            rule,
            (quote.start, quote.end),
            later,
            sentence,
        );
    }

    /// "said the group's spokesman, Roman Dzyuba": an inverted speaker's phrase reaches over a
    /// name in apposition that closes the clause.
    fn with_appositive_name(&self, np: NounPhrase, end: usize) -> NounPhrase {
        // "inspector general for foreign aid, Leonie Brandt-Osei,": past the role's own "of" or
        // "for" phrase, which may go on past the phrase's end ("Minister for Water and
        // Environment, Talia Rensford,").
        let phrase_goes_on = self.lower_is(np.last + 1, "and")
            && (np.first..np.last).any(|i| self.lower_is(i, "of") || self.lower_is(i, "for"));
        let comma = if phrase_goes_on || ["of", "for"].iter().any(|w| self.lower_is(np.last + 1, w))
        {
            (np.last + 2..end.min(np.last + 8))
                .take_while(|&i| {
                    self.tok(i).is_word() && !self.is_verb(i) || self.tok(i).is_punct(',')
                })
                .find(|&i| self.tok(i).is_punct(','))
        } else {
            Some(np.last + 1)
        };
        let Some(comma) = comma else {
            return np;
        };
        if comma + 1 >= end || !self.tok(comma).is_punct(',') {
            return np;
        }
        let mut last = comma;
        loop {
            if last + 1 < end && is_name_token(self.tok(last + 1)) {
                last += 1;
            } else if last + 2 < end
                && (self.is_initial_dot(last + 1) || self.is_abbrev_dot(last + 1))
                && is_name_token(self.tok(last + 2))
            {
                // "Roger C. Altman", "Dr. Amara Osei-Lind"
                last += 2;
            } else {
                break;
            }
        }
        let closes = last + 1 >= end || {
            let t = self.tok(last + 1);
            t.is_punct(',') || t.is_punct('.') || t.is_break()
        };
        if last > comma && closes {
            NounPhrase {
                extent_last: last,
                ..np
            }
        } else {
            np
        }
    }

    /// The name signing a quote after a dash or in brackets, with at most a short description
    /// after it: `— Mayor Ivan Drach`, `(Kessler, at the Vienna talks)`.
    /// A quote that is its paragraph's whole first part (`"…" — NAME, ROLE, on …` in a week in
    /// quotes) may be signed with a description of any length.
    fn signature(&self, from: usize, end: usize, paragraph_quote: bool) -> Option<NounPhrase> {
        let mut index = from;
        let mut signed = false;
        while index < end && !self.tok(index).is_word() {
            let t = self.tok(index);
            if ['—', '–', '-', '('].iter().any(|&c| t.is_punct(c)) {
                signed = true;
            } else if !t.is_punct(',') && !t.is_punct('.') {
                return None;
            }
            index += 1;
        }
        if !signed || index >= end {
            return None;
        }
        let np = self.np_right(index, end)?;
        let named = (np.first..=np.last).any(|i| {
            is_name_token(self.tok(i)) && !self.tok(i).info.is(class::DETERMINER | class::STOP)
        });
        let after = np.last + 1;
        let preposition = |i: usize| {
            ["of", "from", "in", "at", "with"]
                .iter()
                .any(|w| self.lower_is(i, w))
        };
        // "— a soldier of the 47th brigade", "— Kessler, at the talks)": a short description.
        let described = after < end
            && (paragraph_quote
                || ((self.tok(after).is_punct(',')
                    || self.tok(after).is_punct(')')
                    || preposition(after))
                    && self.words_in(after, end) <= 8
                    && self.quotes_between(after, end).is_empty()
                    && (after..end).all(|i| !self.is_verb(i))));
        // "— local resident, speaking to our correspondent": an unnamed source signs too.
        let head = (np.first + 1..=np.last)
            .find(|&i| preposition(i))
            .map_or(np.last, |at| at - 1);
        let source =
            self.tok(head).is_word() && self.tok(head).info.is(class::ANON_HEAD | class::TITLE);
        ((named || source) && (self.rest_is_empty(after, end) || described)).then_some(np)
    }

    /// `"…," Toomey fumed.` / `"…," fumed Toomey.`: a verb the lexicon lacks, recognised by its
    /// place between a quote and a name at the end of the sentence.
    fn unknown_verb_attribution(
        &self,
        index: usize,
        end: usize,
    ) -> Option<(usize, NounPhrase, bool, &'static str)> {
        let verb_like = |i: usize| {
            let t = self.tok(i);
            let w = self.w(i);
            t.is_word()
                && !t.capital
                && !t.info.is(class::STOP | class::DETERMINER | class::SKIP)
                && (w.ends_with("ed") || w.ends_with('s'))
        };
        // "“…,” Toomey fumed on Tuesday.": a time may follow the verb.
        let closes = |mut i: usize| {
            while i < end && self.tok(i).is_word() && self.tok(i).info.is(class::TIME) {
                i += 1;
            }
            i >= end
                || self.tok(i).is_punct(',')
                || self.tok(i).is_punct('.')
                || self.tok(i).is_punct('!')
                || self.tok(i).is_punct('?')
        };
        // NAME VERB
        let name_end = if self.is_pronoun_subject(index) {
            Some(index)
        } else {
            let mut i = index;
            while i < end && is_name_token(self.tok(i)) {
                i += 1;
            }
            (i > index).then(|| i - 1)
        };
        if let Some(last) = name_end {
            if last + 1 < end && verb_like(last + 1) && closes(last + 2) {
                let np = NounPhrase {
                    first: index,
                    last,
                    extent_last: last,
                };
                return Some((last + 1, np, false, "en.quote.said-after"));
            }
        }
        // VERB NAME
        if verb_like(index) && index + 1 < end && is_name_token(self.tok(index + 1)) {
            let mut last = index + 1;
            while last + 1 < end && is_name_token(self.tok(last + 1)) {
                last += 1;
            }
            if closes(last + 1) {
                let np = NounPhrase {
                    first: index + 1,
                    last,
                    extent_last: last,
                };
                return Some((index, np, false, "en.quote.said-inverted"));
            }
        }
        None
    }

    /// A quote that is a sentence on its own: after an intro ending in a colon, a continuation of the
    /// previous speaker, or the words of the person the previous sentence is about.
    fn standalone_quote(&mut self, index: usize, q: usize, quote: Quote) {
        let a = self.a;
        let content = (quote.start, quote.end);
        // A quoted word or two on its own ('Regrouping', a heading) is not a statement.
        let sentence_like =
            quote.words >= 4 || (quote.words >= 2 && text_ends_with_stop(&a.text[..quote.end]));
        if !sentence_like {
            return;
        }
        if index > 0 {
            let prev = a.sentences[index - 1];
            let colon = prev.end - 1;
            if self.tok(colon).is_punct(':') {
                if let Some((np, cue, hedged)) = self.intro_speaker(prev.start, colon) {
                    let speaker = self.intro_found_speaker(np, prev.start, colon);
                    self.emit_quote(
                        q,
                        speaker,
                        cue,
                        hedged,
                        "en.quote.colon-block",
                        content,
                        &[],
                        prev,
                    );
                    return;
                }
                // "A few highlights, in his words:" — fall through to the previous speaker.
            }
        }
        // Continuation of the last statement when it is close by and nobody new was introduced in
        // the sentence before.
        let quote_start = self.tok(quote.open).start;
        let prev_sentence_start = index
            .checked_sub(1)
            .map(|i| self.tok(a.sentences[i].start).start)
            .unwrap_or(0);
        let gesture = index
            .checked_sub(1)
            .and_then(|i| self.gesture_subject(a.sentences[i]));
        let prev_names_someone = index > 0
            && (self.first_named_np(a.sentences[index - 1]).is_some()
                || gesture.is_some()
                || self.pronoun_subject(a.sentences[index - 1]).is_some());
        if let Some(last) = self.found.last() {
            let close = quote_start.saturating_sub(last.end) < 600
                && (last.end >= prev_sentence_start || !prev_names_someone);
            if close {
                if let Some(speaker) = last.speaker.clone() {
                    let speaker = FoundSpeaker {
                        mention: speaker.mention,
                        resolved: speaker.resolved,
                    };
                    if let Resolved::Entity(e) = speaker.resolved {
                        self.entities.note_speaker(quote_start, e);
                    }
                    self.emit_quote(
                        q,
                        Some(speaker),
                        None,
                        false,
                        "en.quote.continued",
                        content,
                        &[],
                        a.sentences[index],
                    );
                    return;
                }
            }
        }
        // The subject of the previous sentence, when it names someone.
        if index > 0 {
            let prev = a.sentences[index - 1];
            if let Some(np) = gesture
                .or_else(|| self.first_named_np(prev))
                .or_else(|| self.pronoun_subject(prev))
            {
                let speaker = self.speaker(np);
                self.emit_quote(
                    q,
                    Some(speaker),
                    None,
                    false,
                    "en.quote.standalone",
                    content,
                    &[],
                    a.sentences[index],
                );
                return;
            }
        }
        if quote.words >= 5 && text_ends_with_stop(&a.text[..quote.end]) {
            let speaker = self.nearest_speaker(quote_start);
            self.emit_quote(
                q,
                speaker,
                None,
                false,
                "en.quote.unattributed",
                content,
                &[],
                a.sentences[index],
            );
        }
    }

    /// The person a short sentence shows doing something before a quote ("He shrugs.", "…, the
    /// engineer smiled."): the subject of its last clause, of at most two words after it.
    fn gesture_subject(&self, sentence: Sentence) -> Option<NounPhrase> {
        if sentence.paragraph_end {
            return None;
        }
        let last = (sentence.start..sentence.end)
            .rev()
            .find(|&i| self.tok(i).is_word())?;
        let clause_start = (sentence.start..last)
            .rev()
            .find(|&i| self.tok(i).is_punct(','))
            .map_or(sentence.start, |comma| comma + 1);
        let first = (clause_start..last).find(|&i| self.tok(i).is_word())?;
        let mut np = self.np_right(first, sentence.end)?;
        // "the engineer shrugs": a noun phrase read to its end takes the verb in -s along.
        if np.extent_last == last && np.last == last && last > np.first + 1 {
            np = NounPhrase {
                first: np.first,
                last: last - 1,
                extent_last: last - 1,
            };
        }
        let rest = np.extent_last + 1..=last;
        let acts = !rest.is_empty()
            && rest.clone().count() <= 2
            && rest.clone().all(|i| {
                let t = self.tok(i);
                t.is_word() && !t.capital && t.quote == NO_QUOTE && !self.is_verb(i)
            })
            && (self.w(np.extent_last + 1).ends_with('s')
                || self.w(np.extent_last + 1).ends_with("ed"));
        // "…, Marta laughed.": a person's name does too.
        let named_person =
            (np.first..=np.last).all(|i| is_name_token(self.tok(i))) && self.names_person(np);
        let someone = named_person
            || if np.first == np.last {
                ["he", "she"].iter().any(|w| self.lower_is(np.first, w))
            } else {
                self.lower_is(np.first, "the")
            };
        (acts && someone).then_some(np)
    }

    fn nearest_speaker(&mut self, position: usize) -> Option<FoundSpeaker> {
        let entity = self
            .entities
            .speakers
            .iter()
            .rev()
            .find(|s| s.0 < position)
            .map(|s| s.1)
            .or_else(|| {
                self.entities
                    .mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.0 < position
                            && self.entities.list[m.1].kind == onrecord_model::EntityKind::Person
                    })
                    .map(|m| m.1)
            })?;
        let name = self.entities.list[entity].name;
        Some(FoundSpeaker {
            mention: name,
            resolved: Resolved::Entity(entity),
        })
    }

    /// "On a recent afternoon she unrolled one of them on the bed.": "he" or "she" as the
    /// sentence's subject, after at most a short opening adjunct with no name in it.
    fn pronoun_subject(&self, sentence: Sentence) -> Option<NounPhrase> {
        let end = sentence.end.min(sentence.start + 8);
        for i in sentence.start..end {
            let t = self.tok(i);
            if !t.is_word() {
                if t.is_punct(',') {
                    continue;
                }
                return None;
            }
            if ["he", "she"].iter().any(|w| self.lower_is(i, w)) {
                let verb_follows = i + 1 < sentence.end && {
                    let next = self.tok(i + 1);
                    next.is_word() && !next.capital
                };
                return verb_follows.then_some(NounPhrase {
                    first: i,
                    last: i,
                    extent_last: i,
                });
            }
            if i > sentence.start && is_name_token(t) {
                return None;
            }
        }
        None
    }

    /// The first noun phrase of a sentence that names a person or organisation.
    fn first_named_np(&self, sentence: Sentence) -> Option<NounPhrase> {
        let mut index = self.after_dateline(sentence.start, sentence.end);
        while index < sentence.end {
            if is_name_token(self.tok(index))
                && !self
                    .tok(index)
                    .info
                    .is(class::DETERMINER | class::STOP | class::SKIP | class::TIME)
            {
                let mut np = self.np_right(index, sentence.end)?;
                // "Sanders shot back": the name run, not the words after it.
                let mut run_last = index;
                loop {
                    // "Ohio Gov. John Kasich": a title's dot stays inside the name.
                    if run_last + 2 <= np.last
                        && self.tok(run_last + 1).is_punct('.')
                        && self.is_abbrev_dot(run_last + 1)
                        && is_name_token(self.tok(run_last + 2))
                    {
                        run_last += 2;
                    } else if run_last < np.last && is_name_token(self.tok(run_last + 1)) {
                        run_last += 1;
                    } else if run_last + 2 <= np.last
                        && self.tok(run_last + 1).info.is(class::TITLE)
                        && is_name_token(self.tok(run_last + 2))
                    {
                        // "Navy spokesman Dmytro Pletenko": a title between names.
                        run_last += 2;
                    } else {
                        break;
                    }
                }
                if run_last < np.last && !self.tok(np.last).info.is(class::TITLE | class::ANON_HEAD)
                {
                    np = NounPhrase {
                        first: np.first,
                        last: run_last,
                        extent_last: run_last,
                    };
                }
                if self.looks_like_speaker_name(np) || self.tok(np.last).info.is(class::TITLE) {
                    return Some(np);
                }
                // "On the Varnian side, President Kostan …": an opening phrase set off by a comma
                // is not the subject; look after it.
                match (np.last + 1..sentence.end).find(|&i| self.tok(i).is_punct(',')) {
                    Some(comma) if comma <= np.last + 3 => {
                        index = comma + 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            if self.is_pronoun_subject(index) && index == sentence.start {
                return Some(NounPhrase {
                    first: index,
                    last: index,
                    extent_last: index,
                });
            }
            index += 1;
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_quote(
        &mut self,
        q: usize,
        speaker: Option<FoundSpeaker>,
        cue: Option<(usize, usize)>,
        hedged: bool,
        rule: &'static str,
        content: (usize, usize),
        later: &[usize],
        sentence: Sentence,
    ) {
        self.quote_used[q] = true;
        let quote = self.a.quotes[q];
        let mut pieces = vec![content];
        // A second piece after the attribution: `"A," he said, "B."`
        if let Some(&next) = later.first() {
            let next_quote = self.a.quotes[next];
            let between = quote.close + 1..next_quote.open;
            let attribution_only = between.clone().all(|i| {
                let t = self.tok(i);
                !t.is_punct('.') && !t.is_punct('!') && !t.is_punct('?') && t.quote == NO_QUOTE
            }) && between
                .clone()
                .any(|i| self.is_verb(i) || self.tok(i).is_punct(','))
                // `"A," she said, adding, "B."`: a second act of speech, a statement of its own.
                && !between
                    .clone()
                    .any(|i| self.is_verb(i) && self.w(i).ends_with("ing"));
            let glued_by_comma = next_quote.open > 0
                && (self.tok(next_quote.open - 1).is_punct(',')
                    || self.tok(next_quote.open - 1).is_punct(':'));
            if attribution_only && glued_by_comma && next_quote.open < sentence.end {
                self.quote_used[next] = true;
                pieces.push((next_quote.start, next_quote.end));
            }
        }
        // A quote over four or more paragraphs (a speech, an excerpt, a list) is a statement per
        // paragraph: each is a claim of its own in the ledger. A statement of up to three stays
        // whole, as a reader quotes it.
        if pieces.len() == 1 {
            let paragraphs = self.paragraphs_of(quote);
            if paragraphs.len() >= 4 {
                for (start, end) in paragraphs {
                    self.push(Found {
                        kind: StatementKind::Direct,
                        start,
                        end,
                        pieces: Vec::new(),
                        speaker: speaker.clone(),
                        cue,
                        hedged,
                        rule: "en.quote.paragraph",
                    });
                }
                return;
            }
        }
        let start = pieces[0].0;
        let end = pieces[pieces.len() - 1].1;
        if pieces.len() == 1 {
            pieces.clear();
        }
        self.push(Found {
            kind: StatementKind::Direct,
            start,
            end,
            pieces,
            speaker,
            cue,
            hedged,
            rule,
        });
    }

    /// The paragraphs of a quote's content, each without its re-opening mark.
    fn paragraphs_of(&self, quote: Quote) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = quote.start;
        for i in quote.open + 1..quote.close {
            let t = self.tok(i);
            if t.is_break() && t.start >= start {
                let (s, e) = self.trim_content(start, t.start, false);
                if s < e {
                    out.push((s, e));
                }
                start = t.end;
                // Skip the mark that re-opens the next paragraph.
                if let Some(next) = self.a.tokens.get(i + 1) {
                    if next.is_mark() {
                        start = next.end;
                    }
                }
            }
        }
        let (s, e) = self.trim_content(start.min(quote.end), quote.end, false);
        if s < e {
            out.push((s, e));
        }
        out
    }

    // ----- rule: according to ----------------------------------------------------------------------

    fn according_to(&mut self, sentence: Sentence) {
        let mut index = sentence.start;
        while index < sentence.end {
            let t = *self.tok(index);
            if !(t.is_word() && t.info.is(class::PHRASE_START) && self.outside(index)) {
                index += 1;
                continue;
            }
            let determiner_follows = self
                .a
                .tokens
                .get(index + 1)
                .is_some_and(|n| n.is_word() && n.info.is(class::DETERMINER));
            // "per Reuters", "per navy spokesman Dmytro Halych": a name marks a source too.
            let name_follows = || {
                (index + 1..(index + 5).min(sentence.end))
                    .take_while(|&i| self.tok(i).is_word())
                    .any(|i| {
                        is_name_token(self.tok(i)) && !crate::speakers::is_function(self.tok(i))
                    })
            };
            // "142 per Aurelian crown", "30 per day": after an amount "per" is a rate.
            let rate = index > sentence.start
                && (self.is_number(index - 1)
                    || self.w(index - 1).starts_with(|c: char| c.is_ascii_digit()));
            // "Ida Hallqvist, Per Odegaard, Runa Vale": "Per" with a capital inside a sentence is
            // a first name.
            let first_name = t.capital && index > sentence.start;
            let phrase_end = self.lex.source_phrases.iter().find_map(|p| {
                self.phrase_at(index, &p.words, sentence.end).filter(|_| {
                    p.words.len() > 1
                        || ((determiner_follows || name_follows()) && !rate && !first_name)
                })
            });
            let Some(after) = phrase_end else {
                index += 1;
                continue;
            };
            // "CLAUSE, according to exit polling data.": a source without a name or determiner
            // still closes the sentence.
            let comma_before = index > sentence.start && self.tok(index - 1).is_punct(',');
            let source_last = comma_before
                .then(|| self.source_to_end(after, sentence.end))
                .flatten();
            let source_to_end = source_last.is_some();
            // "According to him, …", "…, according to them.": a pronoun alone is the source ("her
            // office" is a noun phrase).
            let pronoun = (after < sentence.end
                && self.tok(after).info.is(class::PRONOUN)
                && ["him", "her", "them"]
                    .iter()
                    .any(|w| self.lower_is(after, w))
                && (after + 1 == sentence.end
                    || matches!(self.tok(after + 1).kind, TokenKind::Punct(',' | '.' | ';'))))
            .then_some(NounPhrase {
                first: after,
                last: after,
                extent_last: after,
            });
            // "according to a survey released by the chamber": the participle and its agent belong
            // to the source.
            let Some(np) = pronoun
                .or_else(|| self.np_right(after, sentence.end))
                .filter(|np| {
                    !(source_last.is_some_and(|last| last > np.last)
                        && self.lower_is(np.last + 1, "by"))
                })
                .or_else(|| {
                    source_last.map(|last| NounPhrase {
                        first: after,
                        last,
                        extent_last: last,
                    })
                })
                .or_else(|| self.plain_source_before_comma(after, sentence.end))
            else {
                index += 1;
                continue;
            };
            // "citing the release of prisoners": "citing" names a source only when what follows
            // can speak (a name, a source noun, a document), not a reason.
            // "Kyiv Independent reports, citing the General Staff, that …": the outlet's report;
            // the reporting verb's rule takes it.
            let citing = self.is_citing(index);
            // "McConnell said in June 2012, citing …", "The minister said the town was calm,
            // citing the governor": whoever reports before the comma cites; the reporting verb's
            // rule takes the report.
            let after_verb = index >= sentence.start + 2
                && self.tok(index - 1).is_punct(',')
                && (sentence.start..index - 1).any(|v| {
                    self.is_verb(v) && !self.tok(v).capital && self.tok(v).quote == NO_QUOTE
                });
            if citing && (after_verb || !self.can_be_source(np)) {
                index += 1;
                continue;
            }
            // "proceeding according to plan", "according to schedule": a bare singular noun is a
            // manner, not a source ("according to reports", "according to polling" are sources).
            let bare = np.first == np.last && {
                let t = self.tok(np.first);
                t.is_word()
                    && !t.capital
                    && !self.w(np.first).ends_with('s')
                    && !t.info.is(class::NOUN_ING)
                    && !self.can_be_source(np)
            };
            if bare {
                index += 1;
                continue;
            }
            // Extend the source over "a Reuters report" / "the ministry's statement".
            let cue = (t.start, self.tok(after - 1).end);
            let at_start = index == sentence.start
                || (index > sentence.start
                    && (sentence.start..index).all(|i| !self.tok(i).is_word()));
            // "According to two diplomats who have seen it, …", "According to the mayor, who spoke
            // on local television, …": a relative clause belongs to the source.
            let relative_at = if np.last + 1 < sentence.end && self.tok(np.last + 1).is_punct(',') {
                np.last + 2
            } else {
                np.last + 1
            };
            let relative_end = (relative_at < sentence.end
                && ["who", "which", "that"]
                    .iter()
                    .any(|w| self.lower_is(relative_at, w)))
            .then(|| {
                (relative_at + 1..(relative_at + 14).min(sentence.end))
                    .take_while(|&i| self.tok(i).quote == NO_QUOTE && !self.tok(i).is_break())
                    .find(|&i| self.tok(i).is_punct(','))
            })
            .flatten();
            // "As per a Reuters report later in the day, …": a time after the source is its own.
            let time_end = (np.last + 1 < sentence.end
                && self.tok(np.last + 1).info.is(class::TIME)
                && !self.lower_is(np.last + 1, "that"))
            .then(|| {
                (np.last + 2..(np.last + 7).min(sentence.end))
                    .take_while(|&i| self.tok(i).is_word() || self.tok(i).is_punct(','))
                    .find(|&i| self.tok(i).is_punct(','))
            })
            .flatten();
            // "According to the regional authorities and several volunteer groups, …": two
            // sources; the statement is filed under the first.
            let second_source_end = (["and", "or"].iter().any(|w| self.lower_is(np.last + 1, w))
                && np.last + 2 < sentence.end)
                .then(|| self.np_right(np.last + 2, sentence.end))
                .flatten()
                .filter(|second| {
                    self.can_be_source(*second)
                        && second.last + 1 < sentence.end
                        && self.tok(second.last + 1).is_punct(',')
                })
                .map(|second| second.last + 1);
            // "According to the agency's medical adviser, Dr Ines Varga-Holm, stocks …": the name in
            // apposition to a description is the source's.
            let named = self.with_appositive_name(np, sentence.end);
            let appositive_end = (named.extent_last > np.last && !is_name_token(self.tok(np.last)))
                .then_some(named.extent_last + 1);
            let np = if appositive_end.is_some() { named } else { np };
            let source_comma = relative_end
                .or(time_end)
                .or(second_source_end)
                .or(appositive_end)
                .unwrap_or(np.last + 1);
            let clause_follows =
                source_comma < sentence.end && self.tok(source_comma).is_punct(',');
            // "Kestrel News Agency, citing two officials, reported that …", "Gleb Vostrin, as quoted
            // by Broadwatch, told viewers …": the subject reports; the reporting verb's rule takes it.
            let aside_before_verb = clause_follows
                && (self.is_citing(index) || self.lower_is(index, "as"))
                && source_comma + 1 < sentence.end
                && self.is_verb(source_comma + 1);
            if aside_before_verb {
                index += 1;
                continue;
            }
            // "The top 1 percent paid a quarter of all taxes, according to the budget office, and
            // the top tenth …": a full clause before the source is what the source says.
            // "… killed two people and, according to the port authority, destroyed …": a clause
            // broken off at a function word goes on after the source.
            // "CLAUSE, according to the union, one of two that represent the staff.": the words
            // after the source describe it.
            let apposition_after = clause_follows
                && self.appositive_tail(source_comma, sentence.end)
                && source_comma + 1 < sentence.end
                && (self.tok(source_comma + 1).info.is(class::DETERMINER)
                    || self.lower_is(source_comma + 1, "one")
                    || is_name_token(self.tok(source_comma + 1)));
            // "The talks were productive, according to a readout from the White House, which
            // added …": a relative clause after the source is about it.
            let relative_after = clause_follows
                && ["which", "who"]
                    .iter()
                    .any(|w| self.lower_is(source_comma + 1, w));
            let clause_before = comma_before
                && (self.words_in(sentence.start, index) >= 5
                    || (relative_after && self.words_in(sentence.start, index) >= 3))
                && index >= sentence.start + 2
                && (apposition_after
                    || relative_after
                    || (self.tok(index - 2).is_word()
                        && !self
                            .tok(index - 2)
                            .info
                            .is(class::STOP | class::SKIP | class::DETERMINER)));
            let (content_from, content_to) = if clause_before {
                (sentence.start, index - 1)
            } else if at_start
                || (clause_follows
                    && !(index > sentence.start && self.tok(index - 1).is_punct(',')))
            {
                if !clause_follows {
                    index += 1;
                    continue;
                }
                (source_comma + 1, sentence.end)
            } else if index > sentence.start && self.tok(index - 1).is_punct(',') && clause_follows
            {
                // "It is funded, according to Halloran, by a war bond": the words after the source.
                (source_comma + 1, sentence.end)
            } else if index > sentence.start
                && (self.tok(index - 1).is_punct(',') || self.words_in(sentence.start, index) >= 4)
                && (self.rest_is_empty(np.last + 1, sentence.end) || source_to_end)
            {
                // "CLAUSE, according to SOURCE." (the comma is sometimes left out)
                let comma = self.tok(index - 1).is_punct(',');
                (
                    self.after_heading(sentence.start, index),
                    if comma { index - 1 } else { index },
                )
            } else {
                index += 1;
                continue;
            };
            if self.words_in(content_from, content_to) < 3 {
                index += 1;
                continue;
            }
            // "The offensive, as per a Reuters report, is planned for spring": the subject before
            // the source and the predicate after it are one statement in two pieces.
            // So is "The talks, according to two diplomats, stalled over prisoners".
            let predicate_opens = self.is_be_or_have(content_from)
                || ["will", "would", "could", "can", "may", "might"]
                    .iter()
                    .any(|w| self.lower_is(content_from, w))
                || (!self.tok(content_from).capital && self.w(content_from).ends_with("ed"));
            // The subject is a short noun phrase, not a clause cut at "and".
            let subject_before = content_from > index
                && index > sentence.start + 1
                && self.tok(index - 1).is_punct(',')
                && predicate_opens
                && self.words_in(sentence.start, index - 1) <= 8
                && !self
                    .tok(index - 2)
                    .info
                    .is(class::STOP | class::SKIP | class::DETERMINER);
            let pieces = if subject_before {
                let first = self.trim_content(
                    self.tok(sentence.start).start,
                    self.tok(index - 2).end,
                    false,
                );
                let second = self.trim_content(
                    self.tok(content_from).start,
                    self.tok(content_to - 1).end,
                    true,
                );
                vec![first, second]
            } else {
                Vec::new()
            };
            let content_from = if subject_before {
                sentence.start
            } else {
                content_from
            };
            let from = self.tok(content_from).start;
            let to = self.tok(content_to - 1).end;
            let (mut start, mut end) = self.trim_content(from, to, true);
            let mut kind = self.reported_kind(content_from, content_to);
            // "According to Dorn, “the situation is stable.”": a whole quoted clause is direct.
            let quotes = self.quotes_between(content_from, content_to);
            if let [only] = quotes[..] {
                let quote = self.a.quotes[only];
                if pieces.is_empty()
                    && self.rest_is_empty(content_from, quote.open)
                    && self.rest_is_empty(quote.close + 1, content_to)
                {
                    (start, end) = (quote.start, quote.end);
                    kind = StatementKind::Direct;
                }
            }
            let speaker = self.speaker(np);
            let hedged = self.hedged_between(sentence.start, sentence.end);
            self.mark_quotes(content_from, content_to);
            for i in index..=np.last {
                self.token_used[i] = true;
            }
            self.push(Found {
                kind,
                start,
                end,
                pieces,
                speaker: Some(speaker),
                cue: Some(cue),
                hedged,
                rule: if content_from == sentence.start {
                    "en.reported.according-to-after"
                } else {
                    "en.reported.according-to"
                },
            });
            index = np.last + 1;
        }
    }

    /// `In her view, CLAUSE`, `CLAUSE, in the minister's opinion.`: an opinion its owner holds,
    /// reported as the owner's.
    fn in_the_view_of(&mut self, sentence: Sentence) {
        // Most sentences hold no such noun: look for it before anything else.
        let Some(noun) =
            (sentence.start + 2..sentence.end).find(|&i| self.tok(i).info.is(class::OPINION))
        else {
            return;
        };
        let start = self.after_heading(sentence.start, sentence.end);
        let Some(at) = (noun.saturating_sub(4).max(start)..noun - 1)
            .rev()
            .find(|&i| self.lower_is(i, "in"))
        else {
            return;
        };
        let opening = at == start;
        let closing = at > start && self.tok(at - 1).is_punct(',');
        if !(opening || closing) || self.tok(at).quote != NO_QUOTE {
            return;
        }
        let owner_at = noun - 1;
        let owner = self.tok(owner_at);
        let pronoun = owner_at == at + 1
            && owner.info.is(class::DET_POSS)
            && owner.info.pronoun.is_some()
            && !["my", "our", "your"]
                .iter()
                .any(|w| self.lower_is(owner_at, w));
        let named = !pronoun
            && self.possessive(owner_at)
            && (at + 1..=owner_at).all(|i| self.tok(i).is_word());
        if !(pronoun || named) {
            return;
        }
        let after = noun + 1;
        let (from, to) = if opening && after < sentence.end && self.tok(after).is_punct(',') {
            (after + 1, sentence.end)
        } else if closing
            && self.rest_is_empty(after, sentence.end)
            // "A few highlights, in his words:" announces the words that follow.
            && !(after..sentence.end).any(|i| self.tok(i).is_punct(':'))
        {
            (start, at - 1)
        } else {
            return;
        };
        if self.words_in(from, to) < 3 {
            return;
        }
        let speaker = self.speaker(NounPhrase {
            first: at + 1,
            last: owner_at,
            extent_last: owner_at,
        });
        let cue = (self.tok(at).start, self.tok(noun).end);
        self.push_reported(from, to, speaker, cue, false, "en.reported.in-the-view-of");
    }

    /// The most recent speaker before `position`, when it is one unnamed person ("the alliance's
    /// secretary general", "a senior official"): where it spoke and its description.
    fn recent_unnamed_speaker(&self, position: usize) -> Option<(usize, String)> {
        self.recent_unnamed(position, class::TITLE | class::ANON_HEAD)
    }

    /// The most recent speaker before `position`, when it is one unnamed speaker whose head word
    /// is of the `heads` classes: where it spoke and its description.
    fn recent_unnamed(&self, position: usize, heads: u32) -> Option<(usize, String)> {
        let last = self
            .found
            .iter()
            .filter_map(|f| f.speaker.as_ref())
            .filter(|s| s.mention.1 <= position && position - s.mention.1 < 1500)
            .max_by_key(|s| s.mention.0)?;
        let Resolved::Anonymous(description) = &last.resolved else {
            return None;
        };
        // "a Western diplomat in Lorm": the head stands before a preposition; "a Lesnian officer
        // familiar with the inquiry": before what describes it.
        let words: Vec<&str> = description.split(' ').collect();
        let head_at = (1..words.len())
            .find(|&i| self.lex.word(words[i]).is(class::STOP))
            .map_or(words.len() - 1, |stop| stop - 1);
        let head = (1..=head_at)
            .rev()
            .map(|i| words[i])
            .find(|w| self.lex.word(w).is(heads))
            .unwrap_or(words[head_at]);
        // "a deckhand", "one 41-year-old electrician": one person the lexicon has no word for,
        // named by what they do, when people are asked for.
        let agent_noun = || {
            ["er", "or", "ist", "ian", "ant", "man", "woman", "hand"]
                .iter()
                .any(|ending| head.ends_with(ending))
                && !self.lex.word(head).is(class::DOCUMENT | class::TIME)
        };
        let someone =
            heads & class::TITLE != 0 && ["a", "an", "one"].contains(&words[0]) && agent_noun();
        let one = description.contains(' ')
            && !head.ends_with('s')
            && (self.lex.word(head).is(heads) || someone);
        one.then(|| (last.mention.0, description.clone()))
    }

    /// Whether a verb can open a predicate at `index`: a reporting verb, "is"/"has", a form the
    /// lexicon marks finite ("did", "would", "took") or a past form ("The navy denied", not "The
    /// average weekly benefit").
    fn predicate_opens(&self, index: usize) -> bool {
        self.tok(index).info.is(class::VERB | class::FINITE)
            || self.is_be_or_have(index)
            || self.w(index).ends_with("ed")
    }

    /// The description of a body that opens the sentence of token `at`, or the sentence before,
    /// as "the" and a lower-case word for a body ("The navy did not dispute …", "The coast guard
    /// said"): what "it" there stands for when the text named no body.
    fn unnamed_body_subject(&self, at: usize) -> Option<String> {
        let sentence = self.sentence_of[at] as usize;
        (sentence.saturating_sub(1)..=sentence).rev().find_map(|k| {
            let s = self.a.sentences[k];
            let first = self.after_heading(s.start, s.end);
            let plain = |i: usize| i < s.end && self.tok(i).is_word() && !self.tok(i).capital;
            // "The navy", "The coast guard": a word for a body, perhaps after one modifier.
            let head = (first + 1..=first + 2)
                .find(|&i| plain(i) && self.tok(i).info.is(class::ORG_HEAD))?;
            (plain(first + 1)
                && head + 1 < s.end
                && head < at
                && self.tok(first).info.is(class::DET_DEF)
                && !self.tok(first + 1).info.is(class::STOP)
                && plain(head + 1)
                && self.predicate_opens(head + 1))
            .then(|| self.a.text[self.tok(first).start..self.tok(head).end].to_lowercase())
        })
    }

    /// The named sender of a document ("a letter from Vessgrid", "an update from the Harlen
    /// Water Board") in the sentence before the one at `at`, in the same paragraph, and where it
    /// was named.
    fn sender_of_document_before(&self, at: usize) -> Option<(usize, usize)> {
        let here = self.sentence_of[at] as usize;
        let before = self.a.sentences[here.checked_sub(1)?];
        if before.paragraph_end {
            return None;
        }
        (before.start..before.end.saturating_sub(2)).find_map(|j| {
            let document = self.tok(j).is_word() && self.tok(j).info.is(class::DOCUMENT);
            if !document || !self.lower_is(j + 1, "from") {
                return None;
            }
            let mut name = j + 2;
            if self.lower_is(name, "the") {
                name += 1;
            }
            let token = self.tok(name);
            (name < before.end && is_name_token(token))
                .then(|| self.entities.mentioned_in(token.start, token.end))
                .flatten()
                .map(|sender| (sender, token.start))
        })
    }

    /// "A Lesnian officer familiar with the inquiry said … The officer said": the unnamed speaker
    /// of the moment whose description has the definite phrase's head word `head`.
    fn unnamed_with_head(&self, position: usize, head: &str) -> Option<(usize, String)> {
        self.recent_unnamed_speaker(position)
            .filter(|(_, description)| description.split(' ').any(|w| w.eq_ignore_ascii_case(head)))
    }

    /// "A listener who works at Port Ashkel messaged the show. He says …": an unnamed person
    /// opening the sentence before the pronoun's, in the same paragraph, is what the sentence
    /// was about. Returns where it was mentioned and its description.
    /// "A Norvathi officer came down the line. Kasia asked him whether … He said": also two
    /// sentences back, when the sentence between speaks of the person as "him" or "her".
    fn unnamed_subject_before(&self, pronoun: usize) -> Option<(usize, String)> {
        let here = self.sentence_of[pronoun] as usize;
        self.unnamed_subject_of(here.checked_sub(1)?).or_else(|| {
            let between = self.a.sentences[here.checked_sub(1)?];
            let object = if self.lower_is(pronoun, "he") {
                "him"
            } else if self.lower_is(pronoun, "she") {
                "her"
            } else {
                return None;
            };
            (!between.paragraph_end
                && (between.start..between.end).any(|i| self.lower_is(i, object)))
            .then(|| self.unnamed_subject_of(here.checked_sub(2)?))
            .flatten()
        })
    }

    /// The unnamed person opening sentence `index`, within a paragraph that goes on after it.
    fn unnamed_subject_of(&self, index: usize) -> Option<(usize, String)> {
        let previous = self.a.sentences[index];
        if previous.paragraph_end {
            return None;
        }
        // After a speaker's label ("NOOR: A listener …").
        let mut first = previous.start;
        if let Some(colon) =
            (first..(first + 4).min(previous.end)).find(|&i| self.tok(i).is_punct(':'))
        {
            first = colon + 1;
        }
        // "The military blogger who posts as @zhuk took a different line.": a definite one too,
        // when a relative clause says who it is and no one named carries the role ("The father
        // of three does not like the word" is the man named before).
        let determiner = self.tok(first).info;
        if first >= previous.end || !determiner.is(class::DET_INDEF | class::DET_DEF) {
            return None;
        }
        let mut np = self.np_right(first, previous.end)?;
        // "A Norvathi officer came down the line": a verb the lexicon does not know may run on
        // the phrase; a person's noun ends it.
        if let Some(person) = (np.first + 1..np.last).find(|&i| {
            let t = self.tok(i);
            t.is_word() && !t.capital && t.info.is(class::ANON_HEAD | class::TITLE)
        }) {
            let next = self.tok(person + 1);
            if next.is_word()
                && !next.capital
                && (next.info.class == 0 || next.info.is(class::FINITE))
            {
                np.last = person;
            }
        }
        let head = self.tok(np.last);
        let mention = (self.tok(np.first).start, self.tok(np.last).end);
        // "Several men spoke at once" are many.
        let singular = ["a", "an", "one", "another", "the"]
            .iter()
            .any(|w| self.lower_is(first, w));
        let one_person = head.is_word()
            && !head.capital
            && singular
            && !self.w(np.last).ends_with('s')
            && head.info.is(class::ANON_HEAD | class::TITLE)
            && (determiner.is(class::DET_INDEF)
                || (self.lower_is(np.last + 1, "who")
                    && self
                        .entities
                        .role(self.a, self.w(np.last), None, mention.0)
                        .is_none()));
        one_person.then(|| {
            let description = describe(
                &self.a.text[mention.0..mention.1],
                self.common_word(np.first),
            );
            (mention.0, description)
        })
    }

    /// Whether a phrase can be a source: its head (before any preposition) is a name, a source
    /// noun, a role, an organisation or a document.
    fn can_be_source(&self, np: NounPhrase) -> bool {
        // "the release of prisoners" is an event, "a release from the ministry" a document.
        if let Some(of) = (np.first + 1..np.last).find(|&i| self.lower_is(i, "of")) {
            if self.tok(of - 1).info.is(class::DOCUMENT) {
                return false;
            }
        }
        let stop = (np.first + 1..=np.last).find(|&i| {
            self.lower_is(i, "to") || (self.tok(i).info.is(class::STOP) && !self.tok(i).capital)
        });
        let t = self.tok(stop.map_or(np.last, |stop| stop - 1));
        // "Canada's efforts to lure companies" are no one's words.
        is_name_token(t)
            || t.info.is(class::ANON_HEAD
                | class::TITLE
                | class::ORG_HEAD
                | class::PRONOUN
                | class::DOCUMENT)
    }

    /// "According to recent polling, …", "according to exit polls, …": a short run of plain words
    /// up to a comma is the source, though no name or determiner marks it.
    fn plain_source_before_comma(&self, from: usize, end: usize) -> Option<NounPhrase> {
        let comma = (from..(from + 7).min(end)).find(|&i| !self.tok(i).is_word())?;
        let plain = comma > from
            && self.tok(comma).is_punct(',')
            && (from..comma).all(|i| {
                let t = self.tok(i);
                !t.info.is(class::STOP | class::PRONOUN) && !self.is_verb(i)
            });
        plain.then(|| NounPhrase {
            first: from,
            last: comma - 1,
            extent_last: comma - 1,
        })
    }

    /// The last word of a source that runs from `from` to the sentence end, or to a closing
    /// parenthesis ("according to exit polls (a wide margin)"): a short phrase with no reporting
    /// verb, quote or clause break ("a study last year by two economists"). A verb's form opening
    /// the phrase is a noun ("state records") and one before "by" a participle ("exit polls
    /// reported by CNN").
    fn source_to_end(&self, from: usize, end: usize) -> Option<usize> {
        let end = (from..end)
            .find(|&i| self.tok(i).is_punct('('))
            .unwrap_or(end);
        let words = self.words_in(from, end);
        let plain = (1..=16).contains(&words)
            && (from..end).all(|i| {
                let t = self.tok(i);
                t.quote == NO_QUOTE
                    && !t.is_punct(';')
                    && !t.is_punct(':')
                    && !t.is_break()
                    && (i == from || !self.is_verb(i) || self.lower_is(i + 1, "by"))
                    && !(t.is_word() && t.info.is(class::PRONOUN) && self.is_pronoun_subject(i))
            });
        plain
            .then(|| (from..end).rev().find(|&i| self.tok(i).is_word()))
            .flatten()
    }

    // ----- rule: nominal ---------------------------------------------------------------------------

    /// `Reports on social media that CLAUSE are false.`, `Claims in some media that CLAUSE`: reports
    /// no one owns, placed by where they circulate, opening the sentence.
    fn circulating_reports(&mut self, sentence: Sentence) {
        const REPORT_NOUNS: [&str; 7] = [
            "reports",
            "claims",
            "rumours",
            "rumors",
            "rumour",
            "rumor",
            "allegations",
        ];
        let is_report_noun = |i: usize| {
            let t = self.tok(i);
            t.is_word() && t.capital && REPORT_NOUNS.iter().any(|w| self.lower_is(i, w))
        };
        // Most sentences hold no such noun near their start: look for it before anything else.
        if !(sentence.start..(sentence.start + 12).min(sentence.end)).any(is_report_noun) {
            return;
        }
        let first = self.after_heading(sentence.start, sentence.end);
        let t = *self.tok(first);
        if !is_report_noun(first) || !self.outside(first) || !self.is_preposition(first + 1) {
            return;
        }
        let Some(that) =
            (first + 2..(first + 10).min(sentence.end)).find(|&i| self.lower_is(i, "that"))
        else {
            return;
        };
        if (first + 1..that).any(|i| !self.tok(i).is_word() || self.is_verb(i)) {
            return;
        }
        let from = that + 1;
        let to = self.nominal_clause_end(from, sentence.end, false);
        if self.words_in(from, to) < 3 {
            return;
        }
        let mention = (t.start, self.tok(that - 1).end);
        let speaker = FoundSpeaker {
            mention,
            resolved: Resolved::Anonymous(describe(&self.a.text[mention.0..mention.1], true)),
        };
        let cue = (t.start, self.tok(that).end);
        let hedged = self.hedged_between(first, to);
        self.push_reported(from, to, speaker, cue, hedged, "en.reported.nominal");
    }

    /// `Malvenko's claim that CLAUSE`.
    fn nominal(&mut self, sentence: Sentence) {
        for index in sentence.start + 1..sentence.end.saturating_sub(1) {
            let t = *self.tok(index);
            if !(t.is_word() && t.info.is(class::NOMINAL) && self.outside(index)) {
                continue;
            }
            // "the claim of the Foreign Minister that …", "a claim by Deputy Minister Feliks Arno
            // that …".
            if self.lower_is(index + 1, "of") || self.lower_is(index + 1, "by") {
                self.nominal_of(sentence, index);
                continue;
            }
            if !self.lower_is(index + 1, "that") {
                continue;
            }
            // "Rubio's admission that", "the minister's claim that", "repeated his claim that";
            // a word may qualify the noun ("Her initial assurance that", "Tesk's earlier claim").
            let modifier = index >= sentence.start + 2 && {
                let m = self.tok(index - 1);
                m.is_word()
                    && !m.capital
                    && !m.info.is(class::STOP
                        | class::DETERMINER
                        | class::PRONOUN
                        | class::VERB
                        | class::NOMINAL)
                    && self.w(index - 1).chars().all(char::is_alphabetic)
                    && !self.w(index - 1).ends_with("ing")
            };
            let owner_at = if modifier { index - 2 } else { index - 1 };
            let owner_token = self.tok(owner_at);
            let pronoun_owner =
                owner_token.info.is(class::DET_POSS) && owner_token.info.pronoun.is_some();
            // "The delegation expressed its view that": "its" only as the object of a body that
            // speaks ("the report and its claim that" owns nothing).
            let thing_owner = self.lower_is(owner_at, "its");
            // "the army's denial that": a body's too.
            let owner_can_speak = owner_token.capital
                || owner_token
                    .info
                    .is(class::TITLE | class::ANON_HEAD | class::ORG_HEAD);
            let np = if pronoun_owner {
                NounPhrase {
                    first: owner_at,
                    last: owner_at,
                    extent_last: owner_at,
                }
            } else if owner_can_speak && self.possessive(owner_at) {
                let Some(np) = self.np_left(owner_at, sentence.start) else {
                    continue;
                };
                np
            } else {
                continue;
            };
            let from = index + 2;
            // "Obama repeated his contention that A will B": as an object the noun's clause runs
            // on; as a subject ("Rubio's admission that A had failed surprised …") it ends before
            // the sentence's own verb.
            let object = np.first > sentence.start && {
                let before = self.tok(np.first - 1);
                before.is_word() && !before.capital
            };
            let to = self.nominal_clause_end(from, sentence.end, object);
            // "Velesov repeated his claim": the owner is the subject of the verb before it.
            let owner = NounPhrase {
                first: np.first,
                last: owner_at,
                extent_last: owner_at,
            };
            // "told the court in her opening statement that": after a preposition the pronoun
            // stands for itself.
            let subject = (pronoun_owner && object && !self.is_preposition(np.first - 1))
                .then(|| self.subject_of(np.first - 1, sentence.start))
                .flatten()
                .map(|(subject, _)| subject)
                .filter(|&subject| self.person_like_subject(subject));
            // ("…, abandoning its insistence that" leaves the report to the main clause.)
            let after_verb = || {
                let before = self.tok(np.first - 1);
                !before.info.is(class::STOP) && !self.w(np.first - 1).ends_with("ing")
            };
            if thing_owner && (subject.is_none() || !after_verb()) {
                continue;
            }
            let owner = subject.unwrap_or(owner);
            if self.words_in(from, to) < 3 {
                continue;
            }
            let speaker = self.speaker(owner);
            self.token_used[index] = true;
            let cue = (t.start, self.tok(index + 1).end);
            // "the minister's claim that": the noun of a hedging verb hedges too.
            let hedged = self.hedged_between(index, to);
            self.push_reported(from, to, speaker, cue, hedged, "en.reported.nominal");
        }
    }

    /// "the claim of the Foreign Minister, Mr Tomas Brenkovic, that …", "the assertion of the
    /// ministry that …", "a claim by Deputy Energy Minister Feliks Arno that …": the owner after
    /// "of" or "by", then "that" and the clause; the noun at `index`.
    fn nominal_of(&mut self, sentence: Sentence, index: usize) {
        let Some(owner) = self.np_right(index + 2, sentence.end) else {
            return;
        };
        let owner = self.with_appositive_name(owner, sentence.end);
        let mut that = owner.extent_last + 1;
        if that < sentence.end && self.tok(that).is_punct(',') {
            that += 1;
        }
        // "his statement of 5 March that": a date, not an owner.
        let dated = (owner.first..=owner.last)
            .any(|i| self.tok(i).info.is(class::TIME) || self.is_number(i));
        if !self.lower_is(that, "that") || dated || !self.can_be_source(owner) {
            return;
        }
        let from = that + 1;
        // "We reject the claim of …": after a verb the noun is an object, and its clause runs on.
        let determiner = self.tok(index - 1).info.is(class::DETERMINER);
        let object = (index - usize::from(determiner))
            .checked_sub(1)
            .filter(|&before| before >= sentence.start)
            .is_some_and(|before| self.tok(before).is_word() && !self.tok(before).capital);
        let to = self.nominal_clause_end(from, sentence.end, object);
        if self.words_in(from, to) < 3 {
            return;
        }
        let speaker = self.speaker(owner);
        self.token_used[index] = true;
        let cue = (self.tok(index).start, self.tok(index).end);
        let hedged = self.hedged_between(index, to);
        self.push_reported(from, to, speaker, cue, hedged, "en.reported.nominal");
    }

    /// Where the clause after "X's claim that" ends: before the main verb of the sentence, taken as
    /// the second group of auxiliaries, or the only one; after a verb (`object`) at the first
    /// comma.
    fn nominal_clause_end(&self, from: usize, end: usize, object: bool) -> usize {
        let (groups, stop) = self.finite_groups(from + 1, end);
        match groups.len() {
            _ if object => stop,
            0 => stop,
            1 if self.words_in(from, groups[0]) >= 3 => groups[0],
            1 => stop,
            _ => groups[1],
        }
    }

    /// Where each finite verb group starts in `[from, end)` up to the first comma or semicolon
    /// ("had failed", "surprised"), and where that stretch stops.
    fn finite_groups(&self, from: usize, end: usize) -> (Vec<usize>, usize) {
        let mut groups = Vec::new();
        let mut index = from;
        while index < end {
            let is_aux = self.tok(index).is_word()
                && !self.tok(index).capital
                && matches!(
                    self.w(index),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "should"
                        | "would"
                        | "will"
                        | "could"
                        | "must"
                        | "has"
                        | "have"
                        | "had"
                        | "may"
                        | "might"
                        | "remains"
                        | "seems"
                );
            // "Rubio's admission that the plan had failed surprised his allies": a past tense
            // right after a noun or another verb is a finite verb of its own.
            // After the clause's own verb, so is an irregular past, also right after a closing
            // quote ("that the talks were “constructive” stood in contrast").
            let second_irregular = !groups.is_empty()
                && self.tok(index).info.is(class::FINITE)
                && !self.is_verb(index)
                && !matches!(self.w(index), "can" | "shall" | "did" | "does" | "do")
                && !self.w(index).contains('\'');
            let after_quote = !groups.is_empty()
                && self.tok(index - 1).is_mark()
                && self.tok(index - 1).quote != NO_QUOTE;
            let past_tense = !is_aux
                && index > from
                && self.tok(index).is_word()
                && !self.tok(index).capital
                && (self.w(index).ends_with("ed") || second_irregular)
                && (self.tok(index - 1).is_word() || after_quote)
                && !self
                    .tok(index - 1)
                    .info
                    .is(class::STOP | class::SKIP | class::DETERMINER | class::PRONOUN)
                && !self.w(index - 1).ends_with("ly")
                && !self.is_be_or_have(index - 1)
                && !matches!(self.w(index - 1), "to" | "be" | "been" | "being" | "not");
            if past_tense {
                groups.push(index);
            }
            if is_aux {
                groups.push(index);
                while index + 1 < end
                    && self.tok(index + 1).is_word()
                    && matches!(self.w(index + 1), "be" | "been" | "have" | "not")
                {
                    index += 1;
                }
            }
            if self.tok(index).is_punct(',') || self.tok(index).is_punct(';') {
                break;
            }
            index += 1;
        }
        (groups, index.min(end))
    }

    // ----- rule: reported speech -------------------------------------------------------------------

    fn reported(&mut self, sentence: Sentence) {
        self.impersonal_report(sentence);
        let mut headline = None;
        for verb in sentence.start..sentence.end {
            // Checked at every word: the first byte rules out almost all of them.
            let first_byte = self.w(verb).as_bytes().first().map(|b| b | 0x20);
            if (matches!(first_byte, Some(b'q' | b'c')) && self.quoted_as_saying(sentence, verb))
                || (first_byte == Some(b'p') && self.as_put_it(sentence, verb))
            {
                continue;
            }
            if !self.is_verb(verb) || self.token_used[verb] {
                continue;
            }
            // "Unconfirmed reports suggest …": a source noun before a reporting verb is the
            // subject, not a verb of its own.
            if self.tok(verb).info.is(class::ANON_HEAD | class::DOCUMENT)
                && verb + 1 < sentence.end
                && self.is_verb(verb + 1)
                && !self.tok(verb + 1).capital
            {
                continue;
            }
            // "Obama Says New Museum Will Tell of …": in a title-case headline the verb has a
            // capital, and what was said follows it ("Official Report — Tuesday 3 March" is a
            // record's heading).
            if self.tok(verb).capital
                && (verb == sentence.start
                    || verb + 1 >= sentence.end
                    || !self.tok(verb + 1).is_word()
                    || !*headline.get_or_insert_with(|| self.is_title_case_headline(sentence)))
            {
                continue;
            }
            if self.told_by(sentence, verb) {
                continue;
            }
            // "answered our questions", "denied its claims": after a possessive the form is a
            // noun ("her" may be an object: "heard her say").
            if verb > sentence.start
                && self.tok(verb - 1).info.is(class::DET_POSS)
                && !self.lower_is(verb - 1, "her")
            {
                continue;
            }
            self.reported_at(sentence, verb);
        }
    }

    /// `It is said that …`, `It was reported that …`, `It is understood that …`: a report with no
    /// source at all, anonymous and hedged; the cue is its description.
    fn impersonal_report(&mut self, sentence: Sentence) {
        let first = self.after_heading(sentence.start, sentence.end);
        if first + 4 >= sentence.end || !self.lower_is(first, "it") {
            return;
        }
        let mut verb = first + 1;
        if !self.is_be_or_have(verb) {
            return;
        }
        if self.lower_is(verb + 1, "been") {
            verb += 1;
        }
        verb += 1;
        let hearsay = [
            "said",
            "reported",
            "claimed",
            "alleged",
            "understood",
            "rumoured",
        ]
        .iter()
        .any(|w| self.lower_is(verb, w));
        // "It was announced on Monday that …": an official word, not hearsay.
        let announced = ["announced", "confirmed", "stated"]
            .iter()
            .any(|w| self.lower_is(verb, w));
        // A time may stand between the verb and "that".
        let mut that = verb + 1;
        while that < verb + 5
            && that < sentence.end
            && (self.tok(that).info.is(class::TIME)
                || self.is_number(that)
                || self.is_month(that)
                || (that == verb + 1 && ["on", "in", "at"].iter().any(|w| self.lower_is(that, w))))
        {
            that += 1;
        }
        if !(hearsay || announced)
            || !self.lower_is(that, "that")
            || self.words_in(that + 1, sentence.end) < 3
        {
            return;
        }
        self.token_used[verb] = true;
        let cue = (self.tok(first).start, self.tok(that).end);
        let mention = (self.tok(first).start, self.tok(verb).end);
        let speaker = FoundSpeaker {
            mention,
            resolved: Resolved::Anonymous(self.a.text[mention.0..mention.1].to_lowercase()),
        };
        // "…, though I have not been able to confirm that": the writer's own remark.
        let to = (that + 2..sentence.end)
            .find(|&i| {
                self.tok(i).is_punct(',')
                    && ["though", "although", "but"]
                        .iter()
                        .any(|w| self.lower_is(i + 1, w))
            })
            .unwrap_or(sentence.end);
        self.push_reported(
            that + 1,
            to,
            speaker,
            cue,
            hearsay,
            "en.reported.impersonal",
        );
    }

    /// `— We will hold the line, — said the commander.`: dialogue set off by dashes, as translated
    /// posts write it. The words between the opening and the closing dash are a direct quote.
    fn dash_dialogue(&mut self, sentence: Sentence) {
        let is_dash = |t: &Token| t.is_punct('—') || t.is_punct('–');
        if !is_dash(self.tok(sentence.start)) || !self.opens_paragraph(sentence.start) {
            return;
        }
        // The closing dash, after a comma or not ("— Not again – she whispered.").
        let Some(dash) = (sentence.start + 2..sentence.end.saturating_sub(1))
            .find(|&i| is_dash(self.tok(i)) && self.outside(i))
        else {
            return;
        };
        let content_last = dash - 1;
        let after = dash + 1;
        // "— …, — said the commander." or "— …, — the commander said."
        let found = if self.is_verb(after) && self.frames(after) & frame::INV != 0 {
            self.np_right(after + 1, sentence.end).map(|np| (after, np))
        } else {
            self.np_right(after, sentence.end).and_then(|np| {
                let verb = np.last + 1;
                (verb < sentence.end && self.is_verb(verb) && self.frames(verb) & frame::AFTER != 0)
                    .then_some((verb, np))
            })
        };
        let Some((verb, np)) = found else {
            return;
        };
        if self.token_used[verb] || self.words_in(sentence.start + 1, dash) < 2 {
            return;
        }
        self.token_used[verb] = true;
        let (start, end) = self.trim_content(
            self.tok(sentence.start + 1).start,
            self.tok(content_last).end,
            false,
        );
        let speaker = self.speaker(np);
        let hedged = self.hedged_between(np.first, np.last + 1);
        self.mark_quotes(sentence.start, dash);
        let cue = Some((self.tok(verb).start, self.tok(verb).end));
        self.push_direct((start, end), speaker, cue, hedged, "en.quote.dash");
    }

    /// `— Is the school still yours?` / `— The school is ours.`: in an interview written as dash
    /// lines, a line answering a question line is the interviewee's, the person the text named
    /// last before the first question (not the outlet's journalist).
    fn dash_answer(&mut self, sentence: Sentence) {
        let is_dash = |t: &Token| t.is_punct('—') || t.is_punct('–');
        let start = sentence.start;
        if !is_dash(self.tok(start)) || !self.opens_paragraph(start) || self.token_used[start] {
            return;
        }
        // The line: up to the next line break.
        let tokens = self.a.tokens.len();
        let line_end = (start..tokens)
            .find(|&i| self.tok(i).is_break())
            .unwrap_or(tokens);
        let last_word = self.last_before_breaks(start, line_end);
        if last_word.is_none_or(|i| self.tok(i).is_punct('?'))
            || self.words_in(start + 1, line_end) < 2
        {
            return;
        }
        // The line before: a question set off by a dash.
        let previous_line = |end: usize| {
            let stop = self.last_before_breaks(0, end)?;
            let first = (0..=stop)
                .rev()
                .find(|&i| i == 0 || self.tok(i - 1).is_break())?;
            Some((first, stop))
        };
        let Some((question, question_end)) = previous_line(start) else {
            return;
        };
        if !is_dash(self.tok(question)) || !self.tok(question_end).is_punct('?') {
            return;
        }
        // The first question of the run of dash lines.
        let mut first_question = question;
        while let Some((first, _)) = previous_line(first_question) {
            if !is_dash(self.tok(first)) {
                break;
            }
            first_question = first;
        }
        let Some(entity) = self.interviewee_before(self.tok(first_question).start) else {
            return;
        };
        self.token_used[start] = true;
        let label = (self.tok(start).start, self.tok(start).end);
        self.push_turn(label, start + 1, line_end, entity, "en.quote.dash-answer");
    }

    /// A paragraph of one sentence whose words, short function words aside, all open with a
    /// capital: a headline in title case.
    fn is_title_case_headline(&self, sentence: Sentence) -> bool {
        if !self.opens_paragraph(sentence.start) || !sentence.paragraph_end {
            return false;
        }
        let words: Vec<usize> = (sentence.start..sentence.end)
            .filter(|&i| self.tok(i).is_word() && self.tok(i).quote == NO_QUOTE)
            .filter(|&i| self.w(i).chars().count() > 3)
            .collect();
        words.len() >= 4
            && words
                .iter()
                .all(|&i| self.tok(i).capital || self.is_number(i))
    }

    /// "State media quoted the defence minister as saying (that) …": the one quoted speaks, not the
    /// outlet. Returns whether a statement was found.
    fn quoted_as_saying(&mut self, sentence: Sentence, quoted: usize) -> bool {
        if self.passive_quoted_as_saying(sentence, quoted) {
            return true;
        }
        if !["quoted", "quotes", "quoting"]
            .iter()
            .any(|w| self.lower_is(quoted, w))
        {
            return false;
        }
        // "quoted him as saying": an object pronoun stands for the speaker.
        let object_pronoun = ["him", "her", "them"]
            .iter()
            .any(|w| self.lower_is(quoted + 1, w))
            .then_some(NounPhrase {
                first: quoted + 1,
                last: quoted + 1,
                extent_last: quoted + 1,
            });
        let Some(np) = object_pronoun.or_else(|| self.np_right(quoted + 1, sentence.end)) else {
            return false;
        };
        // The object may carry an appositive: "quoted Ivan Drach, the mayor, as saying".
        let Some(saying) = (np.last + 2..(np.last + 14).min(sentence.end))
            .find(|&i| self.lower_is(i, "saying") && self.lower_is(i - 1, "as"))
        else {
            return false;
        };
        self.report_as_saying(
            sentence,
            quoted,
            saying,
            NounPhrase {
                extent_last: saying - 2,
                ..np
            },
        )
    }

    /// The report after "as saying (that)" at `saying`, spoken by `np`, cued from `quoted`.
    fn report_as_saying(
        &mut self,
        sentence: Sentence,
        quoted: usize,
        saying: usize,
        np: NounPhrase,
    ) -> bool {
        let from = if self.lower_is(saying + 1, "that") {
            saying + 2
        } else {
            saying + 1
        };
        if self.token_used[saying] || self.words_in(from, sentence.end) < 3 {
            return false;
        }
        self.token_used[saying] = true;
        let speaker = self.speaker(np);
        let cue = (self.tok(quoted).start, self.tok(from - 1).end);
        let hedged = self.hedged_between(sentence.start, sentence.end);
        // "as saying A and that B": one statement per clause.
        let mut next = Some(from);
        while let Some(clause) = next {
            let (to, resume) = match self.next_that_clause(clause, sentence.end) {
                Some((cut, resume)) => (cut, Some(resume)),
                None => (sentence.end, None),
            };
            self.push_reported(
                clause,
                to,
                speaker.clone(),
                cue,
                hedged,
                "en.reported.quoted-as-saying",
            );
            next = resume;
        }
        true
    }

    /// "Velesov was quoted by state media as saying that …", "The commander was cited by Interfax
    /// as saying …": in the passive the subject is the speaker.
    fn passive_quoted_as_saying(&mut self, sentence: Sentence, quoted: usize) -> bool {
        if !["quoted", "cited"].iter().any(|w| self.lower_is(quoted, w)) {
            return false;
        }
        // "was also quoted", "was later cited": an adverb after the auxiliary.
        let mut aux = quoted.saturating_sub(1);
        while aux > sentence.start + 1
            && self.tok(aux).is_word()
            && (self.tok(aux).info.is(class::SKIP) || self.w(aux).ends_with("ly"))
        {
            aux -= 1;
        }
        let passive = aux > sentence.start
            && ["is", "was", "are", "were", "been"]
                .iter()
                .any(|w| self.lower_is(aux, w));
        if !passive {
            return false;
        }
        let Some(saying) = (quoted + 1..(quoted + 10).min(sentence.end))
            .find(|&i| self.lower_is(i, "saying") && self.lower_is(i - 1, "as"))
        else {
            return false;
        };
        let mut subject_end = aux - 1;
        // "was widely quoted", "has been quoted"
        while subject_end > sentence.start
            && (self.tok(subject_end).info.is(class::SKIP)
                || ["has", "have", "had"]
                    .iter()
                    .any(|w| self.lower_is(subject_end, w)))
        {
            subject_end -= 1;
        }
        // "The ombudsman, Grigore Tandel, was quoted": the name in apposition.
        if subject_end > sentence.start + 1 && self.tok(subject_end).is_punct(',') {
            subject_end -= 1;
        }
        let Some(np) = self.np_left(subject_end, sentence.start) else {
            return false;
        };
        self.report_as_saying(sentence, quoted, saying, np)
    }

    /// "I am told by two officers in the area that …", "was assured by the ministry that …": in the
    /// passive the speaker is the agent after "by". Returns whether a statement was found.
    fn told_by(&mut self, sentence: Sentence, verb: usize) -> bool {
        // "I'm told by …", "we're told by …" too ("he's told" is a perfect).
        let passive = verb > sentence.start
            && (["am", "is", "are", "was", "were", "been", "being"]
                .iter()
                .any(|w| self.lower_is(verb - 1, w))
                || (self.tok(verb - 1).is_word() && {
                    let before = self.w(verb - 1).to_ascii_lowercase();
                    ["'m", "’m", "'re", "’re"]
                        .iter()
                        .any(|x| before.ends_with(x))
                }));
        if !passive || self.frames(verb) & frame::THAT == 0 || !self.lower_is(verb + 1, "by") {
            return false;
        }
        let Some(np) = self.np_right(verb + 2, sentence.end) else {
            return false;
        };
        let Some(that) = (np.last + 1..(np.last + 8).min(sentence.end))
            .find(|&i| self.lower_is(i, "that"))
            .filter(|&that| (np.last + 1..that).all(|i| self.tok(i).is_word() && !self.is_verb(i)))
        else {
            return false;
        };
        if self.words_in(that + 1, sentence.end) < 3 {
            return false;
        }
        self.token_used[verb] = true;
        let speaker = self.speaker(NounPhrase {
            extent_last: that - 1,
            ..np
        });
        let cue = (self.tok(verb).start, self.tok(verb + 1).end);
        let hedged = self.hedged_between(sentence.start, sentence.end);
        self.push_reported(
            that + 1,
            sentence.end,
            speaker,
            cue,
            hedged,
            "en.reported.told-by",
        );
        true
    }

    fn reported_at(&mut self, sentence: Sentence, verb: usize) {
        // "the remaining 105 reports", "the 1,102 reports we confirmed": after a figure, a
        // verb's form in -s is a plural noun.
        if verb > sentence.start && self.is_number(verb - 1) && self.w(verb).ends_with('s') {
            return;
        }
        let frames = self.frames(verb);
        let subject = self.subject_of(verb, sentence.start);
        // Participle after a comma: "…, saying that CLAUSE" — the subject is the sentence's.
        let participle =
            subject.is_none() && verb > sentence.start && self.shares_subject(sentence, verb);
        // "issued a statement saying …": the phrase before a participle is an object; the speaker
        // is the sentence's subject.
        // "Fiorina was upfront about her distaste for Trump, …, saying": after a preposition too,
        // but "with 47 percent saying" names who says it.
        let object_before_participle = subject.is_some_and(|(np, _)| {
            self.tok(verb).info.is(class::ING)
                && np.first > sentence.start
                && self.tok(np.first - 1).is_word()
                && !self.lower_is(np.first - 1, "with")
                && (!self.tok(np.first - 1).info.is(class::STOP)
                    || self.is_preposition(np.first - 1)
                    || ["about", "for", "of", "against"]
                        .iter()
                        .any(|w| self.lower_is(np.first - 1, w)))
        });
        let participle = participle || object_before_participle;
        // A report in a list of its subject's acts after a comma (see `shares_subject`).
        let in_act_list = participle
            && subject.is_none()
            && self.tok(verb - 1).is_punct(',')
            && !self.tok(verb).info.is(class::ING);
        let (np, hedged_subject) = match subject {
            Some(_) if object_before_participle => (self.participle_subject(sentence, verb), false),
            // "Essaria's prime minister, Joaquim Lerida, seemed to hedge, saying …": the name in
            // apposition, also when the subject stands far from the verb.
            Some((np, hedged)) => (Some(self.with_appositive_name(np, verb)), hedged),
            None if participle => (self.participle_subject(sentence, verb), false),
            None => (None, false),
        };
        // "what he said then": the words said are "what", an object, not a clause after the verb.
        if subject.is_some_and(|(np, _)| np.first > 0 && self.lower_is(np.first - 1, "what")) {
            return;
        }
        // "Geolocated footage published on Friday indicates that …", "Satellite images show …":
        // evidence, which no one said.
        // ("A soldier shown in TTA footage said" is the soldier's.)
        if np.is_some_and(|np| {
            let head = self.head_before_preposition(np);
            let opens_clause = np.first == sentence.start || !self.tok(np.first - 1).is_word();
            opens_clause
                && [
                    "footage",
                    "imagery",
                    "images",
                    "photos",
                    "photographs",
                    "video",
                    "videos",
                    "geolocation",
                ]
                .iter()
                .any(|w| self.lower_is(head, w))
        }) {
            return;
        }
        // Inverted at the end: "CLAUSE, said SPEAKER." A subject found before the comma belongs to
        // the clause ("… his colleagues, whom he has alienated, said Larry Sabato, director …").
        let inverted_name = || {
            self.np_right(verb + 1, sentence.end).filter(|np| {
                (np.first..=np.last).any(|i| is_name_token(self.tok(i)))
                    && (self.rest_is_empty(np.last + 1, sentence.end)
                        || self.appositive_tail(np.last + 1, sentence.end))
            })
        };
        // "Teodor Lasko, Dalmora's foreign minister, said …" names its subject before the comma:
        // an inverted report needs a clause there.
        let clause_before_comma = || self.has_finite_verb(sentence.start, verb - 1);
        let np = if np.is_some()
            && frames & frame::INV != 0
            && self.comma_just_before(verb, sentence.start)
            && inverted_name().is_some()
            && clause_before_comma()
        {
            None
        } else {
            np
        };
        if np.is_none() {
            if frames & frame::INV != 0 && self.comma_just_before(verb, sentence.start) {
                if let Some(np) = self.np_right(verb + 1, sentence.end) {
                    if self.rest_is_empty(np.last + 1, sentence.end)
                        || self.appositive_tail(np.last + 1, sentence.end)
                    {
                        let np = self.with_appositive_name(np, sentence.end);
                        self.clause_before(
                            sentence,
                            verb - 1,
                            verb,
                            np,
                            None,
                            "en.reported.said-inverted",
                        );
                    }
                }
            }
            return;
        }
        let np = match np {
            Some(np) => np,
            None => return,
        };
        if self.as_attribution(sentence, verb, np) {
            return;
        }
        // "X will tell you that …", "X could say …": what someone may say is not a statement made.
        if verb > np.last + 1
            && [
                "will", "shall", "can", "could", "might", "may", "should", "must",
            ]
            .iter()
            .any(|modal| self.lower_is(verb - 1, modal))
        {
            return;
        }
        // "Having announced that he would not send me to prison, Judge Berman proceeded …",
        // "Having said that, …": a perfect participle opening the sentence is background to the
        // main clause, whose subject comes after the comma.
        if verb > sentence.start && self.lower_is(verb - 1, "having") {
            return;
        }
        // What follows the verb.
        let mut index = verb + 1;
        let mut explicit_that = false;
        let mut cue_end = self.tok(verb).end;
        index = self.skip_adjuncts(index, sentence.end, frames);
        if index < sentence.end && self.tok(index).is_punct(',') {
            // "said, apparently without irony, that"
            if let Some(that) =
                (index + 1..(index + 8).min(sentence.end)).find(|&i| self.lower_is(i, "that"))
            {
                if (index + 1..that).any(|i| self.tok(i).is_punct(',')) {
                    index = that;
                }
            }
        }
        // "His deputy later denied that, telling reporters …": a pronoun, the object of the verb.
        // "said that, at the request of …, it has …" keeps its clause after the comma.
        let that_alone = index + 1 >= sentence.end
            || matches!(
                self.tok(index + 1).kind,
                TokenKind::Punct('.' | ';' | '!' | '?')
            )
            || (self.tok(index + 1).is_punct(',')
                && index + 2 < sentence.end
                && (self.w(index + 2).ends_with("ing")
                    || ["and", "but", "which"]
                        .iter()
                        .any(|w| self.lower_is(index + 2, w))));
        // "denied that account, saying …", "disputed that report on Monday.": "that" before one
        // bare noun, then the sentence's end (perhaps after a time) or a speech participle, is
        // the object's determiner.
        let that_determines = self.lower_is(index, "that") && index + 2 < sentence.end && {
            let noun = self.tok(index + 1);
            let mut after = index + 2;
            if after + 1 < sentence.end
                && self.is_preposition(after)
                && self.tok(after + 1).info.is(class::TIME)
            {
                after += 2;
            }
            let ends = after >= sentence.end
                || matches!(
                    self.tok(after).kind,
                    TokenKind::Punct('.' | ';' | '!' | '?')
                )
                || (self.tok(after).is_punct(',')
                    && after + 1 < sentence.end
                    && ["saying", "adding", "telling", "insisting", "arguing"]
                        .iter()
                        .any(|w| self.lower_is(after + 1, w)));
            noun.is_word()
                && !noun.capital
                && !noun
                    .info
                    .is(class::DETERMINER | class::PRONOUN | class::STOP)
                && !self.is_number(index + 1)
                && ends
        };
        if self.lower_is(index, "that") && (that_alone || that_determines) {
            return;
        }
        if self.lower_is(index, "that") {
            explicit_that = true;
            cue_end = self.tok(index).end;
            index += 1;
        } else if ["whether", "if", "why", "how"]
            .iter()
            .any(|w| self.lower_is(index, w))
        {
            // "asked whether the talks would resume" is a question, no statement of the asker's;
            // "explained how the talks would resume" is one.
            if [
                "ask",
                "asks",
                "asked",
                "asking",
                "question",
                "questions",
                "questioned",
                "questioning",
                "wonder",
                "wondered",
            ]
            .iter()
            .any(|w| self.w(verb).eq_ignore_ascii_case(w))
            {
                return;
            }
            if ["how", "why"].iter().any(|w| self.lower_is(index, w))
                && self.w(verb).to_ascii_lowercase().starts_with("explain")
            {
                explicit_that = true;
            }
        }
        // "who asked that her name not be used": a request for anonymity, not a statement.
        if explicit_that && self.w(verb).to_ascii_lowercase().starts_with("ask") {
            let clause_end = (index..sentence.end)
                .find(|&i| self.tok(i).is_punct(','))
                .unwrap_or(sentence.end);
            let anonymity = (index..clause_end).any(|i| {
                ["name", "surname", "identity", "identified", "named"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
            });
            if anonymity {
                return;
            }
        }
        // "Another blogger, writing under the name Sever, went further": a participle with only a
        // prepositional phrase before the next comma reports nothing.
        if participle
            && self.w(verb).ends_with("ing")
            && !explicit_that
            && index < sentence.end
            && (self.is_preposition(index) || self.tok(index).info.is(class::OPENER))
        {
            let phrase_end = (index..sentence.end)
                .find(|&i| self.tok(i).is_punct(','))
                .unwrap_or(sentence.end);
            if !self.has_finite_verb(index, phrase_end) && phrase_end < sentence.end {
                return;
            }
        }
        // "The emails were on work topics, the Times said, including speeches": verb-final too.
        let comma_before = self.comma_just_before(np.first, sentence.start);
        // "In Salem, Trump accused Cruz, the senator from Texas, of lying": a comma after an
        // act's object is the object's apposition, not the end of a verb-final report.
        // "CLAUSE, the network warned on Wednesday, in …": after a clause, a time is no object.
        let act_object = frames & frame::ACT != 0
            && self.act_object_follows(verb, sentence.end)
            && !(comma_before && self.only_time_follows(verb, sentence.end));
        // "…, the agency said in a June report, and those …": a prepositional adjunct before
        // the comma that goes on with what was said. "Any result, she told the Herald by
        // telephone, would be …": the clause split around it goes on with its verb.
        if comma_before && !explicit_that && index < sentence.end && self.is_preposition(index) {
            let clause_before = self.has_finite_verb(sentence.start, np.first);
            let adjunct_end = (index + 1..(index + 8).min(sentence.end))
                .find(|&i| self.tok(i).is_punct(','))
                .filter(|&c| {
                    !self.has_finite_verb(index, c)
                        && (index..c).all(|i| self.tok(i).quote == NO_QUOTE)
                        && (clause_before
                            || (c + 1 < sentence.end
                                && (self.is_be_or_have(c + 1)
                                    || self.tok(c + 1).info.is(class::FINITE))))
                });
            if let Some(comma) = adjunct_end {
                index = comma;
            }
        }
        let comma_after = index < sentence.end
            && self.tok(index).is_punct(',')
            && comma_before
            && !(act_object && index > verb + 1);
        // "CLAUSE, Udal said at the time." / "…, she said in an interview.": a short adjunct.
        // "urged residents to stay indoors until dawn" is an infinitive, not an adjunct.
        // "called on the United States to extradite him" has its infinitive after the object.
        let infinitive = || {
            frames & (frame::ACT | frame::TO) != 0
                && (self.lower_is(index, "to")
                    || (frames & frame::ACT != 0
                        && (index..sentence.end).any(|i| self.lower_is(i, "to"))))
        };
        // "CLAUSE, Carter told a Senate panel Wednesday.": a recipient ends the sentence.
        let recipient_only = frames & frame::OBJ != 0 && frames & frame::ACT == 0 && comma_before;
        // "…, Miller said pleasantly into the phone.": an adverb before the adjunct.
        let adverb = index + 1 < sentence.end
            && self.tok(index).is_word()
            && !self.tok(index).capital
            && self.w(index).ends_with("ly");
        // "Sanders continued to portray her as hiding": "to" and a verb's base form go on with
        // the sentence ("said to reporters" is a recipient).
        let to_verb = self.lower_is(index, "to") && index + 1 < sentence.end && {
            let next = self.tok(index + 1);
            next.is_word()
                && !next.capital
                && !self.w(index + 1).ends_with('s')
                && !self.is_number(index + 1)
                && !next.info.is(class::DETERMINER
                    | class::PRONOUN
                    | class::ANON_HEAD
                    | class::TITLE
                    | class::DOCUMENT
                    | class::MEDIUM
                    | class::TIME)
                // "to portray her", "to participate in": the verb's object or preposition follows.
                && self.a.tokens.get(index + 2).is_some_and(|after| {
                    after.is_word()
                        && !after.capital
                        && after.info.is(class::DETERMINER | class::PRONOUN | class::STOP)
                })
        };
        // "…, Mroz told a briefing, adding that …": the adjunct ends where a reporting verb's
        // participle opens a report of its own.
        let adjunct_opens = !explicit_that
            && !to_verb
            && index < sentence.end
            && (self.is_preposition(index)
                || (adverb && self.is_preposition(index + 1))
                || recipient_only);
        let adjunct_end = (index..sentence.end)
            .filter(|_| adjunct_opens)
            .find(|&i| {
                self.tok(i).is_punct(',')
                    && i + 1 < sentence.end
                    && self.reporting_participle(i + 1)
            })
            .unwrap_or(sentence.end);
        let adjunct_only = adjunct_opens
            && index < adjunct_end
            && self.words_in(index, adjunct_end) <= 10
            && !infinitive()
            && !self.has_finite_verb(index, adjunct_end)
            && (index..adjunct_end).all(|i| {
                self.tok(i).quote == NO_QUOTE
                    && !self.is_reporting_verb_form(i)
                    && !self.tok(i).is_punct(',')
            });
        // "In his first speech, Harlan said:": what follows the colon is what was said, and the
        // colon rules take it.
        if index < sentence.end && self.tok(index).is_punct(':') {
            return;
        }
        // "The gunmen had not asked for it, she said; they had …": a semicolon ends the report.
        let semicolon_after = index < sentence.end && self.tok(index).is_punct(';') && comma_before;
        if index >= sentence.end
            || self.rest_is_empty(index, sentence.end)
            || adjunct_only
            || semicolon_after
            || (comma_after && !explicit_that)
        {
            // Verb-final: "CLAUSE, SPEAKER said."
            if frames & (frame::AFTER | frame::INV) != 0 && comma_before {
                let after = (comma_after && !explicit_that).then_some(index + 1);
                self.clause_before(
                    sentence,
                    np.first - 1,
                    verb,
                    np,
                    after,
                    "en.reported.said-after",
                );
            }
            return;
        }
        if self.tok(index).is_punct(':') || self.tok(sentence.end - 1).is_punct(':') {
            return; // colon rules
        }
        // "What Colbeck said, and what she didn't"; but "accused Cruz, the senator from Texas, of
        // lying" goes on with its object.
        if self.tok(index).is_punct(',') && !explicit_that && !act_object {
            return;
        }
        // The writer's opinion is not a report ("I would say that …", "I think"); what the writer
        // told someone is ("I told the judge that …").
        // "I'm told that …" is what the writer heard.
        let writer_told = (self.tok(verb).info.is(class::FINITE) || self.w(verb).ends_with("ed"))
            && !["I'm", "I’m"].contains(&self.w(np.first));
        if np.first == np.last && self.is_writer(np.first) && !(writer_told && verb == np.last + 1)
        {
            return;
        }
        // "We assess that …", "We asked the ministry for comment": the voice of the text itself
        // (a newsroom, an institute, a channel), not a source it reports.
        if np.first == np.last && self.outside(np.first) && self.lower_is(np.first, "we") {
            return;
        }
        // "urged the party to drop the plan", "accused Udal of hiding losses", "called for talks":
        // the object and what follows it are the content.
        // "what an army calls a withdrawal": after a relative the object is fronted.
        let fronted = np.first > sentence.start
            && ["what", "which", "that", "whom", "who"]
                .iter()
                .any(|w| self.lower_is(np.first - 1, w));
        // "Announcing his expanded role, Manafort described …": a participle opening the sentence
        // is an adverbial, not an act.
        let opening_participle = verb == sentence.start && self.tok(verb).capital;
        // "One milblogger, who has previously criticized the MoD, claimed …": a perfect in a
        // relative clause about the speaker is background, not a report.
        let background = (np.last + 1..verb)
            .rev()
            .find(|&i| self.lower_is(i, "who") && self.tok(i - 1).is_punct(','))
            .is_some_and(|who| {
                (who + 1..verb).all(|i| !self.tok(i).is_punct(','))
                    && (who + 1..verb)
                        .any(|i| ["has", "have", "had"].iter().any(|w| self.lower_is(i, w)))
            });
        // "pleaded with Norvath to …" appeals; "pleaded guilty", "pleaded for calm" do not report.
        let plea_without_addressee = self.w(verb).to_ascii_lowercase().starts_with("plead")
            && !self.lower_is(verb + 1, "with");
        let act = !explicit_that
            && !background
            && !fronted
            && !opening_participle
            && !plea_without_addressee
            && self.person_like_subject(np)
            && ((frames & frame::ACT != 0 && self.act_object_follows(verb, sentence.end))
                || (frames & frame::TO != 0 && self.lower_is(verb + 1, "to")));
        if act {
            index = verb + 1;
            // "announced yesterday, in a televised meeting with his security council, a 72-hour
            // ceasefire": a time and a comma-enclosed aside before the object are not its words.
            while index < sentence.end
                && self.tok(index).info.is(class::TIME)
                && !self.tok(index).info.is(class::STOP)
            {
                index += 1;
            }
            // "announced on her Facebook page, …": where it was said, before a comma.
            if self.is_preposition(index) {
                let comma = (index + 1..(index + 8).min(sentence.end))
                    .find(|&i| self.tok(i).is_punct(','))
                    .filter(|&c| {
                        (index + 1..c).any(|i| self.is_medium(i))
                            && (index + 1..c)
                                .all(|i| !self.is_verb(i) && self.tok(i).quote == NO_QUOTE)
                    });
                if let Some(comma) = comma {
                    index = comma;
                }
            }
            if index < sentence.end && self.tok(index).is_punct(',') {
                let aside_end = (index + 1..(index + 14).min(sentence.end))
                    .find(|&i| self.tok(i).is_punct(',') || self.tok(i).quote != NO_QUOTE)
                    .filter(|&end| {
                        self.tok(end).is_punct(',') && (index + 1..end).all(|i| !self.is_verb(i))
                    });
                index = aside_end.unwrap_or(index) + 1;
            } else if index > verb + 1 {
                index = verb + 1;
            }
            // "called for an immediate ceasefire", "called on partners to …", "pleaded with
            // Norvath to …": the particle is the verb's.
            let stem = self.w(verb).to_ascii_lowercase();
            let particles: &[&str] = if stem.starts_with("call") {
                &["for", "on", "upon"]
            } else if stem.starts_with("plead") {
                &["with"]
            } else {
                &[]
            };
            if index == verb + 1
                && particles.iter().any(|w| self.lower_is(index, w))
                && index + 1 < sentence.end
            {
                index += 1;
            }
            // "asked Bogdan if he saw the truck": a question put to someone is no statement, and
            // "One reader asked me what the plan is": nor is an unnamed asker's.
            // "asked Pavla Renner, who has followed him longer than anyone, whether …": after a
            // relative aside too.
            let ask = self.w(verb).to_ascii_lowercase().starts_with("ask");
            // "asked her what the blast means", "asked him why": a question word too.
            let if_or_whether = |i: usize| {
                [
                    "if", "whether", "what", "why", "how", "when", "where", "which",
                ]
                .iter()
                .any(|w| self.lower_is(i, w))
            };
            if ask
                && ((verb + 1..(verb + 5).min(sentence.end)).any(if_or_whether)
                    || (verb + 3..(verb + 25).min(sentence.end)).any(|i| {
                        if_or_whether(i)
                            && self.tok(i - 1).is_punct(',')
                            && (verb + 1..i).any(|k| self.lower_is(k, "who"))
                    }))
            {
                // The person asked answers next: "… whether he would resign. “Never,” she said."
                let asked = verb + 1;
                if asked < sentence.end && is_name_token(self.tok(asked)) {
                    let at = self.tok(asked).start;
                    if let Some(entity) = self.entities.mentioned_in(at, at + 1) {
                        self.entities.note_speaker(at, entity);
                    }
                }
                return;
            }
            let question = ask
                && ["what", "why", "how", "when", "where", "who"]
                    .iter()
                    .any(|w| self.lower_is(verb + 2, w));
            let named = (np.first..=np.last).any(|i| {
                is_name_token(self.tok(i))
                    && !crate::speakers::is_function(self.tok(i))
                    && !self.tok(i).info.is(class::ANON_HEAD)
                    && !self.is_number(i)
            });
            if question && !named {
                return;
            }
            // "We asked his press office.": whom one asks is no request; "asked them to leave",
            // "asked him about the losses" are.
            let asked_nothing = ask
                && self.words_in(verb + 1, sentence.end) <= 4
                && !(verb + 2..sentence.end).any(|i| {
                    [
                        "to", "for", "about", "whether", "if", "what", "why", "how", "when",
                    ]
                    .iter()
                    .any(|w| self.lower_is(i, w))
                });
            if asked_nothing {
                return;
            }
        }
        if !explicit_that && !act && frames & frame::BARE == 0 {
            return;
        }
        // "Dzyuba says that is simply not true": "that" was the subject, not a complementiser.
        if explicit_that
            && self.tok(index).is_word()
            && ["is", "was", "has", "will", "would"]
                .iter()
                .any(|w| self.w(index).eq_ignore_ascii_case(w))
        {
            index -= 1;
            explicit_that = false;
            cue_end = self.tok(verb).end;
        }
        // A reported clause opens with its subject: "report has cleared the way" is a noun before a
        // verb, "added to the uncertainty" and "deny them permits" are not speech. After a relative
        // pronoun ("which the probe said were covered up") the subject is the relative.
        let relative = np.first > sentence.start
            && ["which", "who", "that"]
                .iter()
                .any(|w| self.lower_is(np.first - 1, w));
        // An act's object may be "them" or "to …", never an auxiliary ("Nomination questions are
        // likely to …" is a noun before its verb).
        let lower_word = self.tok(index).is_word() && !self.tok(index).capital;
        let auxiliary = lower_word
            && [
                "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
                "should", "may", "might", "must", "does", "did", "do", "been", "be",
            ]
            .iter()
            .any(|w| self.w(index).eq_ignore_ascii_case(w));
        let object_word = lower_word
            && ["to", "them", "him", "me", "us"]
                .iter()
                .any(|w| self.w(index).eq_ignore_ascii_case(w));
        if !relative && (auxiliary || (!act && object_word)) {
            return;
        }
        // "could say who came up with it": an indirect question belongs to "ask" verbs only; "said
        // goodbye", "said nothing", "said a prayer" take an object, not a clause.
        if !explicit_that
            && !act
            && [
                "who",
                "what",
                "how",
                "when",
                "where",
                "why",
                "whether",
                "something",
                "nothing",
                "anything",
                "goodbye",
                "hello",
                "farewell",
                "thanks",
                "sorry",
                "grace",
                "yes",
            ]
            .iter()
            .any(|w| self.lower_is(index, w))
        {
            return;
        }
        // "said in a video message": an adjunct, not a reported clause — unless a clause follows
        // it ("said after the convention he would …", "said about half of the cost was …").
        if !explicit_that
            && !act
            && (self.is_preposition(index)
                || ["of", "by", "about"]
                    .iter()
                    .any(|w| self.lower_is(index, w)))
        {
            match self.clause_after_adjunct(index, sentence.end) {
                Some(subject) => index = subject,
                None => return,
            }
        }
        // Content: up to the sentence end, cut before an embedded attribution or "and that".
        let mut to = sentence.end;
        let mut second = None;
        // "Graham, who says allies should send troops, tweeted that …": the relative clause ends
        // where the main verb comes back.
        let in_relative_clause =
            (np.last + 1..verb).any(|i| self.lower_is(i, "who") || self.lower_is(i, "which"));
        // "While only 7 percent said they are undecided, 27 percent …": a report inside a
        // subordinate clause ends at the comma before the main clause.
        let mut opener = np.first;
        while opener > sentence.start
            && self.tok(opener - 1).is_word()
            && (self.tok(opener - 1).info.is(class::SKIP) || self.lower_is(opener - 1, "only"))
        {
            opener -= 1;
        }
        let in_subordinate_clause = opener > sentence.start
            && [
                "while", "although", "though", "because", "since", "if", "when", "as", "whereas",
                "unless",
            ]
            .iter()
            .any(|w| self.lower_is(opener - 1, w))
            && (sentence.start..opener - 1).all(|i| !self.tok(i).is_word());
        for i in index..sentence.end {
            let t = self.tok(i);
            if in_subordinate_clause && t.is_punct(',') && self.words_in(index, i) >= 3 {
                to = i;
                break;
            }
            // After an object verb a comma ends the content when another report follows it
            // ("asked about it, a spokeswoman, Galina Tesh, said …").
            // "agreed to lend $5 million, and the union also stepped in": an act has no clause
            // of its own, so a new clause after ", and" is the writer's.
            let act_break = act
                && (t.is_punct(',') || t.is_punct('—'))
                && ((i + 1..(i + 14).min(sentence.end)).any(|v| self.is_verb(v))
                    || (["and", "but"].iter().any(|w| self.lower_is(i + 1, w))
                        && i + 2 < sentence.end
                        && (self.tok(i + 2).info.is(class::DETERMINER)
                            || is_name_token(self.tok(i + 2)))
                        && self.has_finite_verb(i + 3, (i + 9).min(sentence.end))));
            let relative_end = in_relative_clause
                && (t.is_punct(',') || self.is_dash(i))
                && i + 1 < sentence.end
                && (self.is_verb(i + 1) || self.is_be_or_have(i + 1) || {
                    let next = self.tok(i + 1);
                    next.is_word()
                        && !next.capital
                        && (self.w(i + 1).ends_with("ed") || next.info.is(class::FINITE))
                });
            if t.is_punct(';') || act_break || relative_end {
                to = i;
                break;
            }
            // "…, citing geolocated footage": the grounds, not the report.
            if t.is_punct(',') && i > index + 2 && self.is_citing(i + 1) {
                to = i;
                break;
            }
            if t.is_punct(',') && i + 1 < sentence.end {
                // ", according to", ", he said", ", officials said"
                if self.tok(i + 1).info.is(class::PHRASE_START)
                    && self.lex.source_phrases.iter().any(|p| {
                        p.words.len() > 1 && self.phrase_at(i + 1, &p.words, sentence.end).is_some()
                    })
                {
                    to = i;
                    break;
                }
                if (i + 1..(i + 6).min(sentence.end)).any(|v| {
                    self.is_verb(v)
                        && self.frames(v) & frame::AFTER != 0
                        && (self.rest_is_empty(v + 1, sentence.end)
                            || self.only_time_follows(v, sentence.end))
                }) {
                    to = i;
                    break;
                }
            }
            // "said A and suggested that B", "said A, adding that B": a second report ends the first.
            if i >= index + 2 && self.coordinated_report(i, sentence.end) {
                to = i;
                break;
            }
            // ", while …": a clause of the writer's own. So is a closing ", which …" that runs to
            // the end ("…, which the ministry called a fabrication"); one closed by a comma is part
            // of the report ("the plan, which was drafted in May, would fail").
            let closing_relative = || {
                (self.lower_is(i + 1, "which") || self.lower_is(i + 1, "who"))
                    && !(i + 2..sentence.end).any(|j| self.tok(j).is_punct(','))
            };
            // "…, a figure that could not be verified", "…, a claim residents dispute": the
            // writer's comment on the report.
            let closing_comment = || {
                ["a", "an"].iter().any(|w| self.lower_is(i + 1, w))
                    && i + 2 < sentence.end
                    && (self.tok(i + 2).info.is(class::NOMINAL)
                        || [
                            "figure", "number", "toll", "charge", "estimate", "version", "account",
                        ]
                        .iter()
                        .any(|w| self.lower_is(i + 2, w)))
                    && !(i + 3..sentence.end).any(|j| self.tok(j).is_punct(','))
            };
            // "…, even as the campaign rolled out new plans", "… — and the Senate is
            // negotiating": the writer goes on.
            let dash = t.is_punct('—') || t.is_punct('–');
            // "claimed that the bridge was destroyed, but posted no evidence": a second predicate
            // of the speaker, with no subject of its own.
            // "suggested that A, called her “third-rate” and …": so is a reporting verb in the
            // past after a bare comma; "…, but did not recommend that …" too.
            let past_predicate = |j: usize| {
                j < sentence.end
                    && self.tok(j).is_word()
                    && !self.tok(j).capital
                    && (self.w(j).ends_with("ed")
                        || ["did", "didn't", "didn’t", "does", "doesn't", "doesn’t"]
                            .iter()
                            .any(|w| self.lower_is(j, w)))
            };
            // "cut the ribbon, declared that A and thanked …": the "and" that closes a list of the
            // speaker's acts.
            let list_closes = in_act_list && self.lower_is(i, "and") && past_predicate(i + 1);
            let speaker_goes_on = list_closes
                || (t.is_punct(',')
                    && i + 1 < sentence.end
                    && ((self.lower_is(i + 1, "but") && past_predicate(i + 2))
                        || (self.is_verb(i + 1)
                            && self.w(i + 1).ends_with("ed")
                            && self.frames(i + 1) & frame::ACT != 0
                            && past_predicate(i + 1))));
            // "…, a day after the ministry conceded …", ", hours before the vote": the writer's time.
            // After a date it dates the date ("first saw the figures on 6 September, three days
            // after the statement was issued"), and the report goes on.
            let time_after = t.is_punct(',')
                && !self.ends_with_date(i)
                && (i + 1..(i + 4).min(sentence.end))
                    .find(|&j| ["after", "before"].iter().any(|w| self.lower_is(j, w)))
                    .is_some_and(|j| {
                        j > i + 1
                            && (i + 1..j).all(|k| {
                                let w = self.tok(k);
                                w.is_word()
                                    && (w.info.is(class::TIME | class::DETERMINER)
                                        || self.is_number(k)
                                        || ["day", "days", "hours", "weeks", "months", "years"]
                                            .iter()
                                            .any(|x| self.lower_is(k, x)))
                            })
                            && (i + 1..j).any(|k| !self.tok(k).info.is(class::DETERMINER))
                    });
            // "claimed that Ostravan forces seized Sarny, but ISW has not observed …": a named
            // third party's clause after "but"/"although" is the writer's.
            let third_party = t.is_punct(',')
                && ["but", "although", "though"]
                    .iter()
                    .any(|w| self.lower_is(i + 1, w))
                && {
                    // "but ISW has …", "but the Institute has …"
                    let subject = if self.lower_is(i + 2, "the") {
                        i + 3
                    } else {
                        i + 2
                    };
                    // "…, but footage shows otherwise": a document or a source noun too.
                    let source_noun = subject < sentence.end
                        && !self.tok(subject).capital
                        && self
                            .tok(subject)
                            .info
                            .is(class::DOCUMENT | class::ANON_HEAD | class::ORG_HEAD);
                    subject + 1 < sentence.end
                        && ((is_name_token(self.tok(subject))
                            && !crate::speakers::is_function(self.tok(subject)))
                            || source_noun)
                        && ((subject + 1..(subject + 4).min(sentence.end))
                            .any(|j| self.is_be_or_have(j) || self.tok(j).info.is(class::FINITE))
                            // "footage shows", "the ministry denied": a verb right after the noun.
                            || (source_noun && {
                                let next = self.tok(subject + 1);
                                let w = self.w(subject + 1);
                                next.is_word()
                                    && !next.capital
                                    && (self.is_verb(subject + 1)
                                        || w.ends_with("ed")
                                        || w.ends_with('s'))
                            }))
                };
            // "…, though he conceded that …": the speaker's second report, not the first's words.
            let second_report = t.is_punct(',')
                && i + 3 < sentence.end
                && ["but", "although", "though"]
                    .iter()
                    .any(|w| self.lower_is(i + 1, w))
                && self.is_pronoun_subject(i + 2)
                && (i + 3..(i + 5).min(sentence.end)).any(|v| self.is_verb(v));
            let writer_goes_on = speaker_goes_on
                || third_party
                || second_report
                || time_after
                || ((t.is_punct(',') || self.is_dash(i))
                    && self.lower_is(i + 1, "even")
                    && ["as", "though"].iter().any(|w| self.lower_is(i + 2, w)))
                || (dash
                    && self.lower_is(i + 1, "and")
                    && (i + 2..(i + 6).min(sentence.end)).any(|j| self.is_be_or_have(j)));
            let writers_clause = t.is_punct(',')
                && (["while", "whereas"].iter().any(|w| self.lower_is(i + 1, w))
                    || closing_relative()
                    || closing_comment());
            if i > index + 2 && (writers_clause || writer_goes_on) {
                to = i;
                break;
            }
            // "said A, that B": a list of reported clauses; "said A, but that B" too.
            let next_clause = if self.lower_is(i + 1, "that") {
                Some(i + 2)
            } else {
                (self.lower_is(i + 1, "but") && self.lower_is(i + 2, "that")).then_some(i + 3)
            };
            if let Some(next) = next_clause.filter(|_| t.is_punct(',') && i > index + 2) {
                to = i;
                second = Some(next);
                break;
            }
            if self.lower_is(i, "and") && self.lower_is(i + 1, "that") && i > index {
                to = i;
                second = Some(i + 2);
                break;
            }
        }
        // "The man who reported the fire was arrested", "Officials who said the bridge was down
        // were wrong": a restrictive relative inside the sentence's subject; the last finite verb
        // is the sentence's own, and without another the report has no clause.
        // "The man who sold bread said …": a relative with a verb of its own ends before the
        // sentence's verb, which reports.
        let restrictive_relative = np.last + 1 < verb
            && verb <= np.last + 4
            && self.lower_is(np.last + 1, "who")
            && (np.last + 2..verb).all(|i| {
                let t = self.tok(i);
                t.is_word() && (t.info.is(class::SKIP) || self.w(i).ends_with("ly"))
            });
        if restrictive_relative && !self.has_finite_verb(sentence.start, np.first) {
            let (groups, _) = self.finite_groups(index, to);
            match groups.last() {
                Some(&main) if groups.len() >= 2 => to = main,
                _ => return,
            }
        }
        // "asked to remain anonymous", "asked to not be named": about the source, not a report.
        if act
            && (index..to).any(|i| {
                ["named", "identified", "anonymous", "anonymity"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
            })
        {
            return;
        }
        // "promised a prisoner exchange before Easter": an object, not a reported clause.
        if !explicit_that && !act && frames & frame::CLAUSE != 0 && !self.has_finite_verb(index, to)
        {
            return;
        }
        // "said so again on Monday", "said as much": a pro-form stands for what was said.
        // "said little about how", "said nothing of the losses": a quantity of words, not words.
        let quantity = ["little", "nothing", "much", "something", "anything", "more"]
            .iter()
            .any(|w| self.lower_is(index, w))
            && (index + 1 >= to
                || ["about", "of", "on", "else", "publicly"]
                    .iter()
                    .any(|w| self.lower_is(index + 1, w)));
        let pro_form = self.lower_is(index, "so")
            || (self.lower_is(index, "as") && self.lower_is(index + 1, "much"))
            || quantity;
        if !explicit_that && pro_form && !self.has_finite_verb(index, to) {
            return;
        }
        // "wrote it on 17 September, the night before …", "said this in a statement": the object
        // stands for the words, whatever clause follows.
        let object_it = ["it", "this"].iter().any(|w| self.lower_is(index, w))
            && (index + 1 >= to || self.is_preposition(index + 1));
        if !explicit_that && object_it {
            return;
        }
        // "The jobs report cheered Democrats": a clause opens with its subject; a past tense with
        // its object after the "verb" shows the verb was a noun.
        let predicate_first = self.tok(index).is_word()
            && !self.tok(index).capital
            && self.w(index).ends_with("ed")
            && index + 1 < to
            && {
                let next = self.tok(index + 1);
                next.is_word()
                    && (is_name_token(next) || next.info.is(class::DETERMINER | class::PRONOUN))
            };
        if !explicit_that && !act && predicate_first {
            return;
        }
        // "A group calling itself Frost Legion": a reflexive object names the subject; nothing is
        // reported.
        if act
            && ["itself", "themselves", "himself", "herself"]
                .iter()
                .any(|w| self.lower_is(index, w))
        {
            return;
        }
        // "ordered the retreat himself": an emphatic reflexive is no part of what was ordered.
        let last_word = (index..to).rev().find(|&i| self.tok(i).is_word());
        let to = match last_word {
            Some(last)
                if act
                    && last > index
                    && ["himself", "herself", "themselves"]
                        .iter()
                        .any(|w| self.lower_is(last, w)) =>
            {
                last
            }
            _ => to,
        };
        // `says the convoy is "proceeding normally. Of course it is. …`: a quote that never
        // closes leaves the reported clause at its first full stop; the writer goes on.
        let to = self
            .quotes_between(index, to)
            .into_iter()
            .map(|q| self.a.quotes[q])
            .filter(|q| !self.tok(q.close).is_mark())
            .find_map(|q| {
                (q.open + 1..q.close).find(|&i| {
                    ['.', '!', '?'].iter().any(|&c| self.tok(i).is_punct(c))
                        && self.tok(i + 1).is_word()
                        && self.tok(i + 1).capital
                })
            })
            .map_or(to, |stop| stop.min(to));
        // `called the communiqué "a first step, and a real one"`: a quote opened in what was said
        // closes in it.
        let to = match self.tok(to - 1).quote {
            NO_QUOTE => to,
            q => {
                let quote = self.a.quotes[q as usize];
                if quote.open >= index && quote.close >= to && self.tok(quote.close).is_mark() {
                    quote.close + 1
                } else {
                    to
                }
            }
        };
        let quotes = self.quotes_between(index, to);
        // A quoted fragment may be short ("said it was “over”"); an act's object is at least
        // three words ("criticized the mayor's email use").
        let min_words = if act || quotes.is_empty() { 3 } else { 2 };
        if self.words_in(index, to) < min_words {
            return;
        }
        // A whole quoted clause after "that": direct.
        let whole_quote = quotes.len() == 1 && {
            let qq = self.a.quotes[quotes[0]];
            qq.open == index && self.rest_is_empty(qq.close + 1, to)
        };
        let kind = if whole_quote {
            StatementKind::Direct
        } else if quotes.is_empty() {
            StatementKind::Indirect
        } else {
            StatementKind::Mixed
        };
        let (start, end) = if whole_quote {
            let qq = self.a.quotes[quotes[0]];
            (qq.start, qq.end)
        } else {
            self.trim_content(self.tok(index).start, self.tok(to - 1).end, true)
        };
        self.mark_quotes(index, to);
        self.token_used[verb] = true;
        let hedged = hedged_subject || self.hedged_between(np.first, verb + 1);
        let speaker = self.speaker(np);
        let rule = if act {
            "en.reported.act"
        } else if participle {
            "en.reported.participle"
        } else if explicit_that {
            "en.reported.said-that"
        } else {
            "en.reported.said-bare"
        };
        let rule = if whole_quote {
            "en.quote.said-that"
        } else {
            rule
        };
        self.push(Found {
            kind,
            start,
            end,
            pieces: Vec::new(),
            speaker: Some(speaker.clone()),
            cue: Some((self.tok(verb).start, cue_end)),
            hedged,
            rule,
        });
        // "said A and that B", "said A, that B, and that C": one statement per clause.
        let mut next = second;
        while let Some(from) = next {
            let (to, resume) = match self.next_that_clause(from, sentence.end) {
                Some((cut, resume)) => (cut, Some(resume)),
                None => (sentence.end, None),
            };
            if self.words_in(from, to) >= 3 {
                let cue = (self.tok(verb).start, cue_end);
                let rule = "en.reported.said-that-and";
                self.push_reported(from, to, speaker.clone(), cue, hedged, rule);
            }
            next = resume;
        }
    }

    /// The next "and that" / ", that" after `from` outside quotation marks: where the clause before
    /// it ends and where the next one starts.
    fn next_that_clause(&self, from: usize, end: usize) -> Option<(usize, usize)> {
        (from + 3..end.saturating_sub(1)).find_map(|i| {
            let t = self.tok(i);
            let joins = (t.is_punct(',') || self.lower_is(i, "and"))
                && t.quote == NO_QUOTE
                && self.lower_is(i + 1, "that");
            joins.then_some((i, i + 2))
        })
    }

    /// "As the ministry noted on Thursday, the front is stable." / "The front is stable, as the
    /// ministry noted.": the clause outside the "as" phrase is what the speaker said. Returns
    /// whether a statement was found.
    fn as_attribution(&mut self, sentence: Sentence, verb: usize, np: NounPhrase) -> bool {
        // A verb of manner ("as the judge read") reports words only beside a quote.
        let frames = self.frames(verb);
        if frames & frame::AFTER == 0 || frames & (frame::THAT | frame::BARE) == 0 {
            return false;
        }
        self.as_clause(sentence, verb, verb, np)
    }

    /// "As one officer put it, …" / "…, as one officer put it.": "put it" reports like "said".
    fn as_put_it(&mut self, sentence: Sentence, put: usize) -> bool {
        if !self.lower_is(put, "put") || !self.lower_is(put + 1, "it") || put <= sentence.start {
            return false;
        }
        match self.np_left(put - 1, sentence.start) {
            Some(np) => self.as_clause(sentence, put, put + 1, np),
            None => false,
        }
    }

    /// The statement of an "as SPEAKER VERB" phrase whose verb runs from `verb` to `cue_last`.
    fn as_clause(
        &mut self,
        sentence: Sentence,
        verb: usize,
        cue_last: usize,
        np: NounPhrase,
    ) -> bool {
        if np.first == sentence.start || !self.lower_is(np.first - 1, "as") {
            return false;
        }
        let as_word = np.first - 1;
        let after = self.skip_adjuncts(cue_last + 1, sentence.end, 0);
        // The adjuncts may run on to the comma: "noted in an op-ed Thursday,"; "As one officer
        // put it: “…”" has a colon.
        let separator = |i: usize| self.tok(i).is_punct(',') || self.tok(i).is_punct(':');
        // ("at the final press conference": a verb's form inside the adjunct is a noun.)
        let comma = (after..(after + 8).min(sentence.end))
            .take_while(|&i| {
                (self.tok(i).is_word() && (!self.is_verb(i) || i > after)) || separator(i)
            })
            .find(|&i| separator(i));
        // "Observers, as their head stated at the briefing, recorded no violations": the clause
        // around the "as" phrase, in two pieces.
        let inside = !is_sentence_start(self, as_word)
            && self.comma_just_before(as_word, sentence.start)
            && comma.is_some_and(|c| {
                self.tok(c).is_punct(',')
                    && self.words_in(sentence.start, as_word) >= 1
                    && self.has_finite_verb(c + 1, sentence.end)
                    && !self.has_finite_verb(sentence.start, as_word)
            });
        if let Some(comma) = comma.filter(|_| inside) {
            let first = self.trim_content(
                self.tok(sentence.start).start,
                self.tok(as_word - 2).end,
                true,
            );
            let second = self.trim_content(
                self.tok(comma + 1).start,
                self.tok(sentence.end - 1).end,
                true,
            );
            if first.0 >= first.1 || second.0 >= second.1 {
                return false;
            }
            self.token_used[verb] = true;
            let hedged = self.hedged_between(sentence.start, sentence.end);
            let speaker = self.speaker(np);
            let kind = self.reported_kind(sentence.start, sentence.end);
            self.mark_quotes(sentence.start, sentence.end);
            self.push(Found {
                kind,
                start: first.0,
                end: second.1,
                pieces: vec![first, second],
                speaker: Some(speaker),
                cue: Some((self.tok(as_word).start, self.tok(cue_last).end)),
                hedged,
                rule: "en.reported.as-noted",
            });
            return true;
        }
        let (from, to) = if is_sentence_start(self, as_word) {
            match comma {
                Some(comma) => (comma + 1, sentence.end),
                None => return false,
            }
        } else if self.comma_just_before(as_word, sentence.start)
            && (self.rest_is_empty(after, sentence.end)
                || (comma.is_none()
                    && self.words_in(after, sentence.end) <= 6
                    && (after..sentence.end)
                        .all(|i| self.tok(i).quote == NO_QUOTE && !self.tok(i).is_punct(':'))))
        {
            (sentence.start, as_word - 1)
        } else {
            return false;
        };
        if self.words_in(from, to) < 3 {
            return false;
        }
        self.token_used[verb] = true;
        let hedged = self.hedged_between(sentence.start, sentence.end);
        let speaker = self.speaker(np);
        let cue = (self.tok(as_word).start, self.tok(cue_last).end);
        self.push_reported(from, to, speaker, cue, hedged, "en.reported.as-noted");
        true
    }

    /// A subject that can speak: a name, a personal pronoun, or a role, source or organisation head.
    fn person_like_subject(&self, np: NounPhrase) -> bool {
        if np.first == np.last && self.is_pronoun_subject(np.first) {
            return !self.lower_is(np.first, "it");
        }
        // "Some accused the mayor of lying", "Others called for calm": people, counted.
        if np.first == np.last && self.quantifier_alone(np.first, np.first) {
            return true;
        }
        // "His Russian counterpart, Sergei Lavrov, accused": the appositive names a person.
        if np.extent_last > np.last + 1
            && self.tok(np.last + 1).is_punct(',')
            && is_name_token(self.tok(np.extent_last))
        {
            return true;
        }
        let head = self.tok(np.last);
        // "The Democratic plan rejected …": a common noun after a name is not who acts.
        if !head.capital {
            return head
                .info
                .is(class::TITLE | class::ANON_HEAD | class::ORG_HEAD);
        }
        head.info
            .is(class::TITLE | class::ANON_HEAD | class::ORG_HEAD)
            || (np.first..=np.last).any(|i| {
                is_name_token(self.tok(i)) && !self.tok(i).info.is(class::DETERMINER | class::STOP)
            })
    }

    /// Only a time follows the verb at `verb` before a comma or the end ("warned on Wednesday,
    /// in …", "announced last week."), not what was warned of ("vowed last month to take …").
    fn only_time_follows(&self, verb: usize, end: usize) -> bool {
        let time_word = |i: usize| {
            self.tok(i).info.is(class::TIME)
                && !["on", "in", "at", "during"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
        };
        let from = verb + 1 + usize::from(self.lower_is(verb + 1, "on"));
        let mut after = from;
        while after < end && time_word(after) {
            after += 1;
        }
        after > from
            && (after >= end || self.tok(after).is_punct(',') || self.tok(after).is_punct('.'))
    }

    /// After an object verb: an object or a preposition opening the content, not a particle
    /// ("called up reservists", "called off the attack") or the end of the clause.
    fn act_object_follows(&self, verb: usize, end: usize) -> bool {
        let next = verb + 1;
        if next >= end || !(self.tok(next).is_word() || self.tok(next).is_mark()) {
            return false;
        }
        // "accused it of stalling" names a charge; "called it off" does not.
        let charged =
            self.lower_is(next, "it") && ["of", "for"].iter().any(|w| self.lower_is(next + 1, w));
        // "called a snap election", "called an emergency meeting": convening, not speaking.
        // "Called for a snap election" is a demand, and what is called by name has a definite
        // object ("called the summit “a gathering of …”").
        let convenes = self
            .w(verb)
            .get(..4)
            .is_some_and(|stem| stem.eq_ignore_ascii_case("call"))
            && !["for", "on", "upon"].iter().any(|w| self.lower_is(next, w))
            && !self.tok(next).info.is(class::DET_DEF | class::DET_POSS)
            && (next..(next + 4).min(end))
                .take_while(|&i| self.tok(i).is_word() && !self.tok(i).capital)
                .any(|i| self.tok(i).info.is(class::EVENT));
        // "called us this morning", "will call you about this contract": a person called or
        // told, and nothing said.
        let object_pronoun = ["us", "me", "you", "him", "her", "them"]
            .iter()
            .any(|w| self.lower_is(next, w));
        // ("accused us of lying", "urged them to leave", "called him a liar" say something.)
        let nothing_after = !["of", "for", "to", "as", "that", "a", "an", "the"]
            .iter()
            .any(|w| self.lower_is(next + 1, w))
            && (next + 1..end).all(|i| !self.is_verb(i) && self.tok(i).quote == NO_QUOTE);
        if convenes || (object_pronoun && nothing_after) {
            return false;
        }
        charged
            || ![
                "up", "off", "in", "out", "back", "away", "down", "it", "that", "about", "not",
            ]
            .iter()
            .any(|w| self.lower_is(next, w))
    }

    /// A second reporting verb coordinated at `at` ("and suggested that", ", adding that",
    /// "and he added that", "— and arguing that"): the end of the clause reported before it.
    fn coordinated_report(&self, at: usize, end: usize) -> bool {
        let t = self.tok(at);
        let comma = t.is_punct(',') || self.is_dash(at);
        // "claimed that A, though officials reported that B": a contrast with another's report.
        let contrast = |i: usize| {
            ["though", "although", "whereas", "while"]
                .iter()
                .any(|w| self.lower_is(i, w))
        };
        // "reiterated that A but claimed that B"
        if !(comma || self.lower_is(at, "and") || self.lower_is(at, "but")) {
            return false;
        }
        let mut j = at + 1;
        if comma && (self.lower_is(j, "and") || self.lower_is(j, "but") || contrast(j)) {
            j += 1;
        }
        let contrasted = contrast(j - 1);
        let and = self.lower_is(j - 1, "and") || self.lower_is(j - 1, "but") || contrasted;
        // "said A and that the ministry would reveal B": a second clause of the same report.
        if and && self.lower_is(j, "that") {
            return false;
        }
        let subject_at = j;
        if and && j < end && self.is_pronoun_subject(j) {
            j += 1;
        } else if and
            && j < end
            && !self.is_verb(j)
            && (j + 1..(j + if contrasted { 12 } else { 10 }).min(end)).any(|v| self.is_verb(v))
        {
            // ", and presidential spokesman Lev Sabanin said …", "and one in four said …": a new
            // speaker's report (only worth reading when a reporting verb is near).
            if let Some(np) = self.np_right(j, end).filter(|np| np.last - np.first < 6) {
                j = np.last + 1;
                // "and the envoy, Selim Haddar, told …": a name in apposition, or a short
                // description ("and Gen. Bramin, their own adviser, said …").
                if j < end && self.tok(j).is_punct(',') {
                    if let Some(close) =
                        (j + 2..(j + 6).min(end)).find(|&i| self.tok(i).is_punct(','))
                    {
                        let described = self.tok(j + 1).info.is(class::DETERMINER)
                            && (j + 1..close).all(|i| self.tok(i).is_word() && !self.is_verb(i));
                        if described || (j + 1..close).all(|i| is_name_token(self.tok(i))) {
                            j = close + 1;
                        }
                    }
                }
                // "though a spokesperson for a brigade operating in the area reported": a
                // participle phrase about the new speaker before its verb.
                if contrasted && j < end && self.participle_like(j) {
                    if let Some(verb) = (j + 1..(j + 6).min(end))
                        .take_while(|&i| self.tok(i).is_word())
                        .find(|&i| self.is_verb(i) && !self.tok(i).info.is(class::ING))
                    {
                        j = verb;
                    }
                }
            } else if let Some(verb) = (j + 1..(j + 5).min(end))
                .take_while(|&i| self.tok(i - 1).is_word() && !self.tok(i - 1).capital)
                .find(|&i| self.is_verb(i))
            {
                // "and one in four said …": a quantity as the subject.
                j = verb;
            }
        }
        // ", and the General Staff was still reporting fighting": an auxiliary after a new subject.
        if and && j > subject_at && j < end && self.is_be_or_have(j) {
            j += 1;
        }
        while j < end
            && self.tok(j).is_word()
            && !self.tok(j).capital
            && (["also", "then", "still"]
                .iter()
                .any(|w| self.lower_is(j, w))
                || self.w(j).ends_with("ly"))
        {
            j += 1;
        }
        if j >= end || !self.is_verb(j) || self.tok(j).capital || (contrasted && j == subject_at) {
            return false;
        }
        if !and && !self.tok(j).info.is(class::ING) {
            return false;
        }
        let frames = self.frames(j);
        let next = self.skip_adjuncts(j + 1, end, frames);
        // "said A and added, “…”": the quote is the second report.
        let quote_follows = next + 1 < end
            && (self.tok(next).is_punct(',') || self.tok(next).is_punct(':'))
            && self.tok(next + 1).is_mark()
            && self.tok(next + 1).quote != NO_QUOTE
            && self.a.quotes[self.tok(next + 1).quote as usize].open == next + 1;
        // "…, and urged them to stop counting", "… and accused it of stalling": an appeal or a
        // charge is a report of its own.
        // "planning to shell the ponds and blame Korvath": a bare verb goes on the clause
        // ("calling him a “stiff” and accusing him of …" are two).
        let finite = self.w(j).ends_with("ed")
            || self.w(j).ends_with('s')
            || self.tok(j).info.is(class::FINITE | class::ING);
        // "had been issued with rubber bullets and ordered to return them": a verb that needs
        // its object before "to" (not "vowed to") is passive without one and goes on the clause.
        let passive = self.lower_is(j + 1, "to")
            && [
                "ordered",
                "urged",
                "asked",
                "told",
                "instructed",
                "advised",
                "forced",
                "encouraged",
                "invited",
                "allowed",
                "directed",
            ]
            .iter()
            .any(|w| self.lower_is(j, w));
        let appeal = and
            && finite
            && !passive
            && frames & frame::ACT != 0
            && self.act_object_follows(j, end);
        next < end
            && (quote_follows
                || appeal
                || self.lower_is(next, "that")
                || (frames & frame::BARE != 0
                    && self.tok(next).is_word()
                    && !self.is_preposition(next)
                    && self.words_in(next, end) >= 3))
    }

    /// Whether the lower-case word at `index` ending in "-ed" follows a name, a role or an adverb
    /// ("Kasich announced", "the senator emailed", "passionately rebuked"): the clause's verb.
    fn finite_verb_after_subject(&self, index: usize, limit: usize) -> bool {
        let t = self.tok(index);
        if index <= limit || !t.is_word() || t.capital || !self.w(index).ends_with("ed") {
            return false;
        }
        let before = self.tok(index - 1);
        before.is_word()
            && (is_name_token(before)
                || (!before.capital && before.info.is(class::TITLE | class::ANON_HEAD))
                || (!before.capital && self.w(index - 1).ends_with("ly")))
            && !before.info.is(class::DETERMINER | class::STOP)
            // "Norvalia's armed forces": after a possessive, an adjective.
            && !self.possessive(index - 1)
    }

    /// Whether the word at `index` may stand between "and" and a verb that shares the subject
    /// before it: an adverb ("then", "also", "publicly") or the present perfect's auxiliary ("…
    /// and has since said"; a past perfect's is more often inside what was reported).
    fn between_coordinated_verbs(&self, index: usize) -> bool {
        let t = self.tok(index);
        t.is_word()
            && !t.capital
            && (self.w(index).ends_with("ly")
                || [
                    "then", "also", "later", "again", "still", "since", "has", "have",
                ]
                .iter()
                .any(|w| self.lower_is(index, w)))
    }

    /// A verb that takes the subject of the sentence's main clause: a participle after a comma or
    /// dash ("…, saying that"), after "by"/"while" ("by saying he would"), or a verb coordinated with
    /// "and"/"but" ("praised the plan and then said", "declined to elaborate but said").
    fn shares_subject(&self, sentence: Sentence, verb: usize) -> bool {
        let mut at = verb;
        while at > sentence.start {
            if !self.between_coordinated_verbs(at - 1) {
                break;
            }
            at -= 1;
        }
        if at == sentence.start || at + 4 < verb {
            return false;
        }
        let p = self.tok(at - 1);
        if self.lower_is(at - 1, "and") || self.lower_is(at - 1, "but") {
            return true;
        }
        // "Morozan signed the treaty, declared that … and promised …": a report in a list of
        // the subject's past acts that "and" closes.
        let past = |i: usize| {
            i < sentence.end
                && self.tok(i).is_word()
                && !self.tok(i).capital
                && (self.w(i).ends_with("ed") || self.tok(i).info.is(class::FINITE))
        };
        if p.is_punct(',')
            && at == verb
            && past(verb)
            && self.lower_is(verb + 1, "that")
            && (verb + 2..sentence.end).any(|i| self.lower_is(i, "and") && past(i + 1))
        {
            return true;
        }
        if !self.tok(verb).info.is(class::ING) {
            return false;
        }
        // "… what had been called the “Golden Week,” saying": the comma sits inside the quote.
        let comma_in_quote =
            p.is_mark() && at >= sentence.start + 2 && self.tok(at - 2).is_punct(',');
        comma_in_quote
            || p.is_punct(',')
            || p.is_punct('—')
            || p.is_punct('–')
            || p.is_punct('-')
            || ["by", "while", "when", "before", "after"]
                .iter()
                .any(|w| self.lower_is(at - 1, w))
    }

    /// The subject of a sentence's main clause: a pronoun, a name, or a definite role ("The
    /// retired neurosurgeon") before `verb`.
    fn clause_subject(&self, sentence: Sentence, verb: usize) -> Option<NounPhrase> {
        let mut index = self.after_dateline(sentence.start, verb);
        while index < verb && !self.tok(index).is_word() {
            index += 1;
        }
        // "Later, she said": a short opener before the subject.
        if index + 2 < verb
            && self.tok(index + 1).is_punct(',')
            && !(is_name_token(self.tok(index)) && self.is_known_name(index))
        {
            index += 2;
        }
        if index >= verb {
            return None;
        }
        if self.is_pronoun_subject(index) && !self.lower_is(index, "it") {
            return Some(NounPhrase {
                first: index,
                last: index,
                extent_last: index,
            });
        }
        let t = self.tok(index);
        // "His deputy denied the report, telling …": a possessive determiner too, and a possessive
        // name ("Belmara's water agency welcomed the findings but said …").
        if t.is_word()
            && (t.info.is(class::DETERMINER) || (is_name_token(t) && self.possessive(index)))
        {
            if let Some(mut np) = self.np_right(index, verb) {
                // "The judge rubbed his chin": a verb the lexicon lacks ends the phrase.
                if let Some(v) = (np.first + 1..=np.last).find(|&i| {
                    let w = self.w(i);
                    ((w.ends_with("ed") || w.ends_with('s'))
                        && i + 1 < verb
                        && self.tok(i + 1).info.is(class::DETERMINER | class::PRONOUN))
                        || self.finite_verb_after_subject(i, index)
                }) {
                    np.last = v - 1;
                    np.extent_last = v - 1;
                }
                let head = self.tok(np.last);
                // An indefinite subject must be a source ("One employee at the firm"), not a
                // scene ("Another night of drones").
                let speaks = t.info.is(class::DET_DEF)
                    || head
                        .info
                        .is(class::ANON_HEAD | class::TITLE | class::ORG_HEAD)
                    || is_name_token(head)
                    || (np.first..=np.last).any(|i| self.tok(i).info.is(class::ANON_HEAD));
                if np.last > np.first && speaks && !head.info.is(class::TIME | class::STOP) {
                    return Some(np);
                }
            }
        }
        None
    }

    /// Who speaks in "…, saying/adding that …": the speaker of a statement already found earlier in
    /// the sentence ("“…,” he said, adding that …"), else the sentence's first name.
    fn participle_subject(&self, sentence: Sentence, verb: usize) -> Option<NounPhrase> {
        // "The governor, Yana Dovha, insisted …, and urged …", "Aldmere's inspector general,
        // Leonie Brandt-Osei, declined … but said": the name in apposition too.
        self.participle_subject_phrase(sentence, verb)
            .map(|np| self.with_appositive_name(np, verb))
    }

    /// `participle_subject` without a name in apposition after the phrase.
    fn participle_subject_phrase(&self, sentence: Sentence, verb: usize) -> Option<NounPhrase> {
        // ("… and has said", "… but also said": an auxiliary or an adverb may come between.)
        let joined = (sentence.start..verb)
            .rev()
            .take(3)
            .find(|&i| !self.between_coordinated_verbs(i));
        let coordinated =
            joined.is_some_and(|i| self.lower_is(i, "and") || self.lower_is(i, "but"));
        // "Tom told Annette Guessford, who answered her door and said …": the relative's
        // antecedent is the subject of both its verbs.
        let relative = (sentence.start + 1..verb)
            .rev()
            .take(15)
            .take_while(|&i| !self.tok(i).is_punct(','))
            .find(|&i| self.lower_is(i, "who"));
        if let Some(who) = relative.filter(|_| coordinated) {
            let before = if self.tok(who - 1).is_punct(',') {
                who.saturating_sub(2)
            } else {
                who - 1
            };
            if let Some(np) = (before >= sentence.start)
                .then(|| self.np_left(before, sentence.start))
                .flatten()
            {
                return Some(np);
            }
        }
        // "Lazar said A and added, “…”", "another blogger denied the reports and stated that …": a
        // coordinated verb shares the subject of the verb before it.
        let embedded = |np: &NounPhrase| {
            np.first > sentence.start
                && ["what", "who", "which", "that"]
                    .iter()
                    .any(|w| self.lower_is(np.first - 1, w))
        };
        let earlier_report = (sentence.start..verb)
            .rev()
            .filter(|&v| coordinated && self.is_verb(v) && !self.tok(v).capital)
            .find_map(|v| {
                self.subject_of(v, sentence.start)
                    .filter(|(np, _)| !embedded(np))
                    .map(|(np, _)| (v, np))
            });
        let sentence_start = self.tok(sentence.start).start;
        let verb_start = self.tok(verb).start;
        let earlier = self.found.iter().rev().find(|f| {
            f.cue
                .is_some_and(|c| c.0 >= sentence_start && c.1 <= verb_start)
                && f.speaker.is_some()
        });
        // The statement found last in the sentence wins unless the coordinated verb comes after it
        // and outside what it said ("said they found it "troubling" and said …" is theirs).
        let report_is_later = earlier_report.is_some_and(|(v, _)| {
            let at = self.tok(v).start;
            earlier
                .is_none_or(|f| f.cue.is_none_or(|c| at > c.0) && !(f.start..f.end).contains(&at))
        });
        if report_is_later {
            return earlier_report.map(|(_, np)| np);
        }
        if let Some(mention) = earlier.and_then(|f| f.speaker.as_ref()).map(|s| s.mention) {
            let first = (sentence.start..verb).find(|&i| self.tok(i).start == mention.0);
            let last = (sentence.start..verb).find(|&i| self.tok(i).end == mention.1);
            if let (Some(first), Some(last)) = (first, last) {
                return Some(NounPhrase {
                    first,
                    last,
                    extent_last: last,
                });
            }
        }
        if let Some((_, np)) = earlier_report {
            return Some(np);
        }
        // "During a speech earlier in the day, Trump attacked Clinton, saying …": the subject
        // comes after the opening adjuncts.
        let main = Sentence {
            start: self.main_clause_start(sentence, verb),
            ..sentence
        };
        let subject = self.clause_subject(main, verb);
        if subject.is_some_and(|np| np.first == np.last) {
            return subject;
        }
        // A name after the participle is its object's, never its subject.
        let before_verb = Sentence { end: verb, ..main };
        self.first_named_np(before_verb).or(subject).or_else(|| {
            // "Sanders compared himself to Clinton, saying …": a lone name opening the sentence
            // (or a short opening phrase: "At the debate, Sanders …"), right before its verb.
            let opener_comma = (sentence.start..verb.min(sentence.start + 8))
                .find(|&i| self.tok(i).is_punct(','))
                .map_or(sentence.start, |c| c + 1);
            let first = [sentence.start, opener_comma]
                .into_iter()
                .filter_map(|from| (from..verb).find(|&i| self.tok(i).is_word()))
                .find(|&i| {
                    is_name_token(self.tok(i)) && !crate::speakers::is_function(self.tok(i))
                })?;
            let next = self.tok(first + 1);
            (is_name_token(self.tok(first))
                && !crate::speakers::is_function(self.tok(first))
                && next.is_word()
                && !next.capital
                && (self.w(first + 1).ends_with("ed")
                    || self.w(first + 1).ends_with('s')
                    || self.is_be_or_have(first + 1)
                    || next.info.is(class::FINITE)))
            .then_some(NounPhrase {
                first,
                last: first,
                extent_last: first,
            })
        })
    }

    /// Skips a recipient and time adverbials after a verb: "told reporters", "told the Calderran
    /// Ledger", "announced on Friday", "said in an interview".
    fn skip_adjuncts(&self, mut index: usize, end: usize, frames: u16) -> usize {
        // "shot back, “…”", "fired back that": the verb's own particle.
        if frames & frame::BACK != 0 && index < end && self.lower_is(index, "back") {
            index += 1;
        }
        // "a story that posted this week": a "that" before a verb opens a relative clause.
        let relative = |i: usize| {
            i + 1 < end && {
                let next = self.tok(i + 1);
                next.is_word()
                    && !next.capital
                    && (next.info.is(class::FINITE)
                        || self.is_be_or_have(i + 1)
                        || self.w(i + 1).ends_with("ed"))
            }
        };
        // A recipient: only when "that" follows soon, or a known recipient word.
        if frames & frame::OBJ != 0 && index < end {
            // "told the Senate foreign relations committee on Thursday that"
            // "told ABC's “Good Morning America” that": a quoted programme name too.
            if let Some(that) = (index..(index + 14).min(end)).find(|&i| {
                self.lower_is(i, "that")
                    && self.outside(i)
                    && !relative(i)
                    && !self.lower_is(i - 1, "and")
            }) {
                let in_recipient = |i: usize| {
                    let t = self.tok(i);
                    // "told state news agency VarTA that": a verb's base form modifies a noun.
                    let modifier = t.info.is(class::VERB_BASE)
                        && self.a.tokens.get(i + 1).is_some_and(|n| {
                            n.is_word() && !n.capital && !self.lower_is(i + 1, "that")
                        });
                    t.is_word()
                        && !self.is_pronoun_subject(i)
                        && ((!self.is_verb(i)
                            && !self.is_be_or_have(i)
                            && !t.info.is(class::FINITE))
                            || modifier
                            || (i > index && self.lower_is(i - 1, "that")))
                };
                // "told a news conference in the regional capital, Velgorod, that": a place in
                // apposition, set off by commas.
                let aside_closed = self.tok(that - 1).is_punct(',');
                if (index..that).all(|i| {
                    in_recipient(i)
                        || self.tok(i).is_punct('-')
                        || (self.tok(i).is_punct(',') && aside_closed)
                        || self.tok(i).is_mark()
                        || (self.tok(i).quote != NO_QUOTE && !self.tok(i).is_break())
                }) {
                    return that;
                }
            }
            // "told our correspondent they had not been warned": a short recipient, then the
            // clause's pronoun subject ("told the Courier before she met …" is a time clause).
            if let Some(subject) = (index + 1..(index + 5).min(end)).find(|&i| {
                self.is_pronoun_subject(i) && !self.lower_is(i, "it") && !self.lower_is(i, "i")
            }) {
                if (index..subject).all(|i| {
                    self.tok(i).is_word()
                        && !self.is_verb(i)
                        && !CLAUSE_CONJUNCTIONS.iter().any(|w| self.lower_is(i, w))
                }) && subject + 1 < end
                    && self.tok(subject + 1).is_word()
                {
                    return subject;
                }
            }
            if self.tok(index).info.is(class::RECIPIENT) && !self.lower_is(index, "the") {
                index += 1;
            } else if index + 1 < end
                && self.tok(index).is_word()
                && !self.tok(index).capital
                && !self
                    .tok(index)
                    .info
                    .is(class::STOP | class::DETERMINER | class::PRONOUN)
                && self.tok(index + 1).info.is(class::RECIPIENT)
                && !self.lower_is(index + 1, "the")
            {
                // "told local media", "told foreign reporters"
                index += 2;
            } else if self.tok(index).is_word() && self.tok(index).capital {
                while index < end && self.tok(index).is_word() && self.tok(index).capital {
                    index += 1;
                }
            } else if self.lower_is(index, "the")
                && index + 2 < end
                && (self.tok(index + 1).info.is(class::RECIPIENT)
                    // "told the minister the plan had failed": a role, then the clause's own
                    // subject.
                    || (self.tok(index + 1).info.is(class::TITLE)
                        && self
                            .tok(index + 2)
                            .info
                            .is(class::DETERMINER | class::PRONOUN)))
            {
                index += 2;
            } else if self.lower_is(index, "the")
                && index + 1 < end
                && is_name_token(self.tok(index + 1))
            {
                // "told the Harbour Gazette the budget had been cut"
                index += 1;
                while index < end && is_name_token(self.tok(index)) {
                    index += 1;
                }
            }
        } else if index < end
            && frames & frame::THAT != 0
            && (self.is_preposition(index) || self.lower_is(index, "for"))
            // "pointed to satellite images that show …": what an act points to is its object.
            && !(frames & frame::ACT != 0 && self.lower_is(index, "to"))
        {
            // "said in a brief statement that", "posted on social media that", "have said for
            // years that", "said in a story that posted this week that" (the first "that" opens a
            // relative clause), "said on CNN, where he is a contributor, that" (an aside).
            if let Some(that) =
                (index..(index + 20).min(end)).find(|&i| self.lower_is(i, "that") && !relative(i))
            {
                let aside_closed = self.tok(that - 1).is_punct(',');
                if (index..that).all(|i| {
                    let t = self.tok(i);
                    (t.is_word() && !(aside_closed && self.is_verb(i)))
                        || t.is_punct('-')
                        // "wrote on X (formerly Twitter) that"
                        || t.is_punct('(')
                        || t.is_punct(')')
                        || (t.is_punct(',') && aside_closed)
                        || t.is_punct('.') && self.is_abbrev_dot(i)
                }) && (aside_closed || self.words_in(index, that) <= 13)
                {
                    return that;
                }
            }
        }
        // "told the Post before he spoke that …", "said after the vote was counted that …": a
        // subordinate clause before the complementiser.
        if index < end
            && frames & frame::THAT != 0
            && CLAUSE_CONJUNCTIONS.iter().any(|w| self.lower_is(index, w))
        {
            if let Some(that) = (index + 2..(index + 12).min(end)).find(|&i| {
                self.lower_is(i, "that")
                    && self.outside(i)
                    && !relative(i)
                    && i + 1 < end
                    && !self.tok(i + 1).info.is(class::TIME)
            }) {
                if (index..that).all(|i| self.tok(i).is_word() && !self.is_verb(i)) {
                    return that;
                }
            }
        }
        // A particle before "that": "pointed out that", "made clear that".
        if index + 1 < end
            && ["out", "up", "clear", "back"]
                .iter()
                .any(|w| self.lower_is(index, w))
            && self.lower_is(index + 1, "that")
        {
            return index + 1;
        }
        // Time: "on Friday", "last week", "yesterday", "on 7 March"
        loop {
            if index >= end {
                return index;
            }
            let t = self.tok(index);
            // "said Tuesday that", "said Tuesday night the": a day or month alone, capitalised.
            if t.is_word() && t.info.is(class::TIME) && !self.lower_is(index, "that") {
                // "said Thursday during a tour": a preposition after the time opens an adjunct
                // of its own.
                let mut j = index + 1;
                while j < end
                    && self.tok(j).is_word()
                    && (self.tok(j).info.is(class::TIME)
                        || (self.tok(j).capital && !t.capital)
                        || self.w(j).chars().all(|c| c.is_ascii_digit()))
                    && !self.lower_is(j, "that")
                    && !self.is_preposition(j)
                {
                    j += 1;
                }
                if j == index + 1
                    && matches!(
                        self.w(index),
                        "on" | "in" | "at" | "last" | "this" | "next" | "during"
                    )
                {
                    return index;
                }
                // "says night trains will run": a time word alone before a bare noun belongs to
                // what was said ("said yesterday the talks failed" has its clause after it).
                let noun_follows = j == index + 1 && !t.capital && j < end && {
                    let next = self.tok(j);
                    next.is_word()
                        && !next.capital
                        && !next
                            .info
                            .is(class::DETERMINER | class::PRONOUN | class::STOP)
                        && !self.lower_is(j, "that")
                        && !self.is_number(j)
                };
                if noun_follows {
                    return index;
                }
                index = j;
                continue;
            }
            if t.is_word()
                && !t.capital
                && self.w(index).ends_with("ly")
                && index + 1 < end
                && self.lower_is(index + 1, "that")
            {
                index += 1;
                continue;
            }
            return index;
        }
    }

    fn is_preposition(&self, index: usize) -> bool {
        let t = self.tok(index);
        // "at least 14 drones": a quantity, not a place or time.
        let quantity = self.lower_is(index, "at")
            && (self.lower_is(index + 1, "least") || self.lower_is(index + 1, "most"));
        // "said by telephone": "by" and a medium is how it was said.
        let by_medium = self.lower_is(index, "by")
            && index + 1 < self.a.tokens.len()
            && self.is_medium(index + 1);
        t.is_word()
            && !t.capital
            && !quantity
            && (by_medium
                || [
                    "to", "in", "on", "at", "during", "after", "before", "with", "from", "via",
                    "over", "through", "into", "outside", "near",
                ]
                .iter()
                .any(|p| self.w(index).eq_ignore_ascii_case(p)))
    }

    /// ", director of the Center for Politics." after an inverted speaker: an appositive that runs
    /// to the end of the sentence, with no quote and no second report in it.
    fn appositive_tail(&self, from: usize, to: usize) -> bool {
        from < to
            && self.tok(from).is_punct(',')
            && self.words_in(from, to) <= 25
            && (from..to).all(|i| {
                let t = self.tok(i);
                t.quote == NO_QUOTE
                    && !t.is_punct(';')
                    && !t.is_punct(':')
                    && (!self.is_verb(i) || self.frames(i) & (frame::THAT | frame::BARE) == 0)
            })
    }

    /// Where the main clause starts after opening adjuncts set off by commas ("During a speech
    /// earlier in the day, …", "On Thursday, after remaining neutral, …", "Here in Columbia, …").
    fn main_clause_start(&self, sentence: Sentence, verb: usize) -> usize {
        let mut index = self.after_dateline(sentence.start, verb);
        while index < verb && !self.tok(index).is_word() {
            index += 1;
        }
        for round in 0..3 {
            // "Asked about the figures, …", "Speaking to reporters, …": a participle opening.
            let participle = round == 0
                && index < verb
                && self.tok(index).capital
                && (self.w(index).ends_with("ed") || self.w(index).ends_with("ing"));
            let opener = participle
                || (index < verb
                    && self.tok(index).is_word()
                    && self.tok(index).info.is(class::OPENER));
            if !opener {
                break;
            }
            let comma = (index + 1..(index + 30).min(verb))
                .take_while(|&i| self.outside(i) && !self.tok(i).is_break())
                .find(|&i| self.tok(i).is_punct(','));
            match comma {
                Some(comma) => index = comma + 1,
                None => break,
            }
        }
        index
    }

    /// Where a sentence's own words start after a dateline in capitals ("SELMA, N.C.—", "KYIV
    /// (Reuters) —"), or `from` when it has none.
    fn after_dateline(&self, from: usize, to: usize) -> usize {
        // The place opens in capitals; a region, an agency or an abbreviation may follow
        // ("KYIV, Ukraine (AP) —").
        let opens_in_capitals = from < to
            && self.tok(from).is_word()
            && self.w(from).chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !self.w(from).chars().any(char::is_lowercase);
        if !opens_in_capitals {
            return from;
        }
        // "KYRAVA, Nov 25 (Harbour Wire) -": a date too.
        let mut index = from + 1;
        while index < to
            && index < from + 12
            && (self.tok(index).capital
                || (self.tok(index).is_word() && self.is_number(index))
                || [',', '.', '(', ')']
                    .iter()
                    .any(|&c| self.tok(index).is_punct(c)))
        {
            index += 1;
        }
        let dash = |i: usize| {
            i < to
                && (self.tok(i).is_punct('—')
                    || self.tok(i).is_punct('–')
                    || self.tok(i).is_punct('-'))
        };
        if !dash(index) {
            return from;
        }
        while dash(index) {
            index += 1;
        }
        index
    }

    /// Whether `first` follows a label opening the sentence at `from`: a round-up's place, one to
    /// three capitalised words and a dash ("Peloris – Dessaly's government spokesman, …, said"),
    /// or a thread's post number ("7/ Our minister, Dan Orlescu, told").
    fn after_line_label(&self, from: usize, first: usize) -> bool {
        let place = first >= from + 2
            && first <= from + 4
            && (self.tok(first - 1).is_punct('–') || self.tok(first - 1).is_punct('—'))
            && (from..first - 1).all(|i| is_name_token(self.tok(i)));
        let post_number =
            first == from + 2 && self.is_number(from) && self.tok(from + 1).is_punct('/');
        (place || post_number) && is_sentence_start(self, from)
    }

    /// Where a sentence's own words start after a heading in capitals ("BREAKING —", "⚡️ UPDATE:")
    /// or a live blog's time stamp ("14:20 —"), which are the channel's, not the source's.
    fn after_heading(&self, from: usize, to: usize) -> usize {
        let mut index = from;
        while index < to && !self.tok(index).is_word() && !self.tok(index).is_mark() {
            index += 1;
        }
        if let Some(end) = self.time_stamp_end(index).filter(|&end| end < to) {
            return end;
        }
        let first = index;
        while index < to
            && self.tok(index).is_word()
            && self.w(index).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !self.w(index).chars().any(char::is_lowercase)
        {
            index += 1;
        }
        // "Exclusive:", "Analysis |": a heading word in title case too.
        if index == first && index < to && self.tok(index).info.is(class::HEADING) {
            index += 1;
        }
        let separator = index > first
            && index + 1 < to
            && [':', '—', '–', '-', '|']
                .iter()
                .any(|&c| self.tok(index).is_punct(c));
        if separator {
            index + 1
        } else {
            from
        }
    }

    /// Where a time stamp at `index` ends, with its brackets and its dash if it has them:
    /// "14:20 —", "[00:15]", "(06:30)", "08:10:45".
    fn time_stamp_end(&self, index: usize) -> Option<usize> {
        let digits = |i: usize| {
            i < self.a.tokens.len()
                && self.tok(i).is_word()
                && self.w(i).bytes().all(|b| b.is_ascii_digit())
        };
        let punct = |i: usize, c: char| i < self.a.tokens.len() && self.tok(i).is_punct(c);
        let bracket = ['[', '('].into_iter().find(|&c| punct(index, c));
        let mut end = index + usize::from(bracket.is_some());
        if !(digits(end) && punct(end + 1, ':') && digits(end + 2)) {
            return None;
        }
        end += 3;
        if punct(end, ':') && digits(end + 1) {
            end += 2;
        }
        if let Some(open) = bracket {
            if !punct(end, if open == '[' { ']' } else { ')' }) {
                return None;
            }
            end += 1;
        }
        if end < self.a.tokens.len() && self.is_dash(end) {
            end += 1;
        }
        Some(end)
    }

    /// "Forwarded from", "Repost", "Reposted from", "Reply from" at `index`: where the name of the
    /// channel whose post is passed on or answered starts.
    fn passed_on_from(&self, index: usize) -> Option<usize> {
        ["forwarded", "repost", "reposted", "reply"]
            .iter()
            .any(|w| self.lower_is(index, w))
            .then(|| index + 1 + usize::from(self.lower_is(index + 1, "from")))
    }

    /// Nothing but an aside in brackets between `from` and `to` ("(Civic Dawn spokesman)").
    fn rest_is_empty_or_aside(&self, from: usize, to: usize) -> bool {
        from == to
            || (self.tok(from).is_punct('(')
                && to > from + 1
                && self.tok(to - 1).is_punct(')')
                && (from + 1..to - 1).all(|i| !self.tok(i).is_punct(')')))
    }

    fn rest_is_empty(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| !self.tok(i).is_word() && self.tok(i).quote == NO_QUOTE)
    }

    /// "CLAUSE, SPEAKER said." — the clause before the comma at `comma` is the content.
    fn clause_before(
        &mut self,
        sentence: Sentence,
        comma: usize,
        verb: usize,
        np: NounPhrase,
        after: Option<usize>,
        rule: &'static str,
    ) {
        // "KYRAVA, Varnia (Harbour Wire) — …": a heading or a dateline is not what was said.
        let from = self.after_dateline(self.after_heading(sentence.start, comma), comma);
        // "The commander has no time for statistics: the unit, she says, needs …": an attribution
        // inside the clause after a colon is that clause's; the words before are the writer's.
        let from = (from..comma)
            .rev()
            .filter(|_| after.is_some())
            .find(|&i| self.tok(i).is_punct(':') && self.tok(i).quote == NO_QUOTE)
            .map_or(from, |colon| colon + 1);
        // ("Nobody died, she stressed.": two words that make a clause are enough.)
        let min_words = if after.is_some() {
            1
        } else if self.has_finite_verb(from, comma) {
            2
        } else {
            3
        };
        if comma <= from || self.words_in(from, comma) < min_words {
            return;
        }
        // The writer's own "I'm told" is not a source.
        if np.first == np.last && self.is_writer(np.first) {
            return;
        }
        // "… at Helm, where, the ministry says, waiting times are under four hours": after a
        // relative word the attribution is only that of the clause it opens.
        let relative = ["where", "which", "when", "whereas"]
            .iter()
            .any(|w| self.lower_is(comma - 1, w));
        if let Some(after) = after.filter(|&a| relative && self.words_in(a, sentence.end) >= 3) {
            self.token_used[verb] = true;
            let speaker = self.speaker(np);
            let cue = (self.tok(verb).start, self.tok(verb).end);
            let hedged = self.hedged_between(after, sentence.end);
            self.push_reported(
                after,
                sentence.end,
                speaker,
                cue,
                hedged,
                "en.reported.said-parenthetical",
            );
            return;
        }
        // "Asked whether she had spoken to him, she laughed.": the question put to the speaker.
        if ["asked", "pressed", "questioned"]
            .iter()
            .any(|w| self.lower_is(from, w))
        {
            return;
        }
        let quotes = self.quotes_between(from, comma);
        // A single quote is the quote rule's.
        if quotes.len() == 1 {
            let qq = self.a.quotes[quotes[0]];
            let only = self.rest_is_empty(from, qq.open) && self.rest_is_empty(qq.close + 1, comma);
            if only {
                return;
            }
        }
        let kind = if quotes.is_empty() {
            StatementKind::Indirect
        } else {
            StatementKind::Mixed
        };
        // A closing quote mark after the comma stays with the quoted words it closes.
        let content_end = if self.tok(comma).is_mark() {
            self.tok(comma).end
        } else {
            self.tok(comma - 1).end
        };
        let (mut start, mut end) = self.trim_content(self.tok(from).start, content_end, false);
        let mut kind = kind;
        // `'The situation is difficult," the spokesman admitted`: marks that failed to pair (a
        // misprint) still enclose the whole clause, a direct quote.
        let last_mark = if self.tok(comma).is_mark() {
            comma
        } else {
            comma - 1
        };
        if quotes.is_empty() && self.tok(from).is_mark() && self.tok(last_mark).is_mark() {
            start = self.tok(from).end;
            end = self.tok(last_mark).start;
            kind = StatementKind::Direct;
        }
        let mut pieces = Vec::new();
        let mut rule = if kind == StatementKind::Direct {
            "en.quote.unpaired-marks"
        } else {
            rule
        };
        // "The museum, Mr. Obama said, would make visitors face hard truths": the attribution
        // stands inside the clause; the statement is both pieces.
        // "…, two brokers said, without giving figures": an adjunct of the saying, not its words.
        // "…, the general staff said on Thursday, a day after the line broke": a time clause.
        let time_clause = |a: usize| {
            let Some(conjunction) = (a + 1..(a + 4).min(sentence.end)).find(|&i| {
                ["after", "before", "since"]
                    .iter()
                    .any(|w| self.lower_is(i, w))
            }) else {
                return false;
            };
            (a..conjunction).all(|i| {
                let t = self.tok(i);
                t.is_word()
                    && !t.capital
                    && (self.is_number(i)
                        || t.info.is(class::DETERMINER | class::TIME)
                        || [
                            "day", "days", "hour", "hours", "minutes", "weeks", "months", "years",
                            "moments", "shortly", "just", "soon", "only",
                        ]
                        .iter()
                        .any(|w| self.lower_is(i, w)))
            })
        };
        // "…, the Pentagon said on Friday, as lawmakers remain deadlocked": the writer's context.
        let writers_clause = |a: usize| {
            [
                "as", "while", "although", "though", "whereas", "amid", "despite", "even",
            ]
            .iter()
            .any(|w| self.lower_is(a, w))
        };
        // "…, Mroz said, adding that …": a reporting verb's participle opens a report of its own.
        let adjunct_after = |a: usize| {
            let t = self.tok(a);
            self.is_citing(a)
                || self.reporting_participle(a)
                || time_clause(a)
                || writers_clause(a)
                || ((self.is_preposition(a) || t.info.is(class::OPENER) || self.participle_like(a))
                    && !self.has_finite_verb(a, sentence.end))
        };
        if let Some(after) =
            after.filter(|&a| self.words_in(a, sentence.end) >= 2 && !adjunct_after(a))
        {
            let (second_start, second_end) =
                self.trim_content(self.tok(after).start, self.tok(sentence.end - 1).end, true);
            if second_start < second_end {
                pieces = vec![(start, end), (second_start, second_end)];
                end = second_end;
                rule = "en.reported.said-parenthetical";
                if !self.quotes_between(after, sentence.end).is_empty() {
                    kind = StatementKind::Mixed;
                }
                self.mark_quotes(after, sentence.end);
            }
        }
        self.mark_quotes(from, comma);
        self.token_used[verb] = true;
        let hedged = self.hedged_between(from, sentence.end);
        let speaker = self.speaker(np);
        self.push(Found {
            kind,
            start,
            end,
            pieces,
            speaker: Some(speaker),
            cue: Some((self.tok(verb).start, self.tok(verb).end)),
            hedged,
            rule,
        });
    }
}

/// Where the words of a line opening with a time in a recording (`[00:19] `, `[1:02:05] `) start.
fn recording_time_end(line: &str) -> Option<usize> {
    let inside = line.strip_prefix('[')?.split_once("] ")?.0;
    let is_time = inside.len() >= 4
        && inside.contains(':')
        && inside.bytes().all(|b| b.is_ascii_digit() || b == b':')
        && !inside.starts_with(':')
        && !inside.ends_with(':');
    is_time
        .then(|| inside.len() + 3)
        .filter(|&at| at < line.len())
}

/// A subtitle cue's timing line: `00:00:05,500 --> 00:00:10,200`.
fn is_cue_timing(line: &str) -> bool {
    let is_time = |time: &str| {
        let time = time.trim();
        time.len() >= 8
            && time
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b',' | b'.'))
            && time.bytes().filter(|&b| b == b':').count() == 2
    };
    line.split_once(" --> ")
        .is_some_and(|(from, to)| is_time(from) && is_time(to))
}

fn is_sentence_start(extractor: &Extractor, index: usize) -> bool {
    let sentence = extractor.a.sentences[extractor.sentence_of[index] as usize];
    let tokens = &extractor.a.tokens;
    let Some(first) = (sentence.start..index).find(|&i| tokens[i].is_word()) else {
        return true;
    };
    // "14:15 — Svitlana Pavliv, the governor, says", "[09:50] The city's chief physician, …": a
    // live blog's time stamp opens the entry, in brackets or before a dash.
    let marked_stamp = |at: usize| {
        extractor
            .time_stamp_end(at)
            .filter(|&end| !tokens[end - 1].is_word())
    };
    marked_stamp(sentence.start)
        .or_else(|| marked_stamp(first))
        .is_some_and(|end| end <= index && (end..index).all(|i| !tokens[i].is_word()))
}

/// A noun in -s that is no plural: "press", "status", "crisis", "politics", "news" (as in "a news
/// conference", where "conference" is no verb after a plural subject).
fn singular_in_s(word: &str) -> bool {
    ["ss", "us", "is", "ics", "news"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// Whether a capitalised word reads as a nationality ("Russian", "Chinese", "Polish",
/// "Israeli"), which names no organisation.
fn nationality_like(word: &str) -> bool {
    ["an", "ese", "ish", "i"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

fn text_ends_with_stop(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '…'])
}

/// An anonymous source's description: the mention without trailing punctuation, and without a
/// sentence-initial capital on its first word when that is a determiner or a source noun.
pub fn describe(mention: &str, common_first_word: bool) -> String {
    // "the minister's claim": the owner is "the minister".
    let trimmed = mention.trim().trim_end_matches([',', ':', ' ']);
    let trimmed = trimmed
        .strip_suffix("'s")
        .or_else(|| trimmed.strip_suffix("’s"))
        .unwrap_or(trimmed);
    let mut words = trimmed.split_whitespace();
    let first = words.next().unwrap_or("");
    if common_first_word {
        let mut out = first.to_lowercase();
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
        out
    } else {
        trimmed.to_string()
    }
}
