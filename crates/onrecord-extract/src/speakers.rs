//! Speakers: turning a noun phrase into a [`Speaker`], and resolving names, roles and pronouns to one
//! entity per person or organisation within the document.

pub use crate::lexicon::Gender;
use crate::lexicon::{class, Lexicon, Office, PronounKind, WordHasher};
use crate::text::{Analysed, Token, TokenKind, NO_QUOTE};
use onrecord_model::EntityKind;
use std::hash::Hasher;

/// A noun phrase: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounPhrase {
    pub first: usize,
    pub last: usize,
    /// The whole mention, appositives included (for anonymity markers), as a token range.
    pub extent_last: usize,
}

#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical name as a byte range of the fullest mention.
    pub name: (usize, usize),
    pub name_tokens: usize,
    /// Lower-case last word of the name (possessive removed): the key names are matched on.
    pub key: String,
    /// Lower-case first word of the name, for a first name used alone ("Yarema").
    pub first_key: String,
    pub kind: EntityKind,
    pub gender: Option<Gender>,
    /// Titles and roles seen with this entity, as byte ranges.
    pub aliases: Vec<(usize, usize)>,
    /// Has been the speaker of a statement.
    pub spoke: bool,
    /// Written in capitals only ("NEW YORK --", a dateline or a heading): never a pronoun's antecedent.
    pub all_caps: bool,
    /// Named after a preposition of place ("in South Carolina"): a place unless shown to be a person.
    pub place_like: bool,
}

impl Entity {
    /// A person the text presents as such: a full name, a title, a known first name ("a resident
    /// named Caroline"), or a speaker already.
    pub fn person_like(&self) -> bool {
        self.kind == EntityKind::Person
            && (self.name_tokens >= 2
                || !self.aliases.is_empty()
                || self.spoke
                || self.gender.is_some())
    }
}

/// A speaker as found: the mention and what it resolved to.
#[derive(Debug, Clone)]
pub struct FoundSpeaker {
    pub mention: (usize, usize),
    pub resolved: Resolved,
}

#[derive(Debug, Clone)]
pub enum Resolved {
    Entity(usize),
    /// An unnamed or vague source, or a pronoun with nothing to refer to: its description.
    Anonymous(String),
}

/// Entities of one document, with every name mention in text order.
pub struct Entities {
    pub list: Vec<Entity>,
    /// (byte position, entity index), in text order.
    pub mentions: Vec<(usize, usize)>,
    /// Byte positions of mentions that open a sentence or clause (likely subjects), in text order.
    pub subject_mentions: Vec<(usize, usize)>,
    /// (byte position, entity index) of every statement's resolved speaker, in text order.
    pub speakers: Vec<(usize, usize)>,
    /// Byte positions of possessive mentions ("Carson's longtime friend"), in text order.
    pub possessive_mentions: Vec<usize>,
    /// Byte positions of mentions of someone putting a question ("Asked by Hanna Viik whether …",
    /// "Erik Solm of the Courier asked whether …"), in text order: the answer, and any "she" in
    /// the question, is someone else's.
    questioners: Vec<usize>,
    /// Reused for the keys of a name being registered: most names are known already, so their
    /// keys need no allocation of their own.
    key_buffers: (String, String),
    /// A hash of each entity's `key` and `first_key`, beside `list`: looking a name up scans these
    /// dense numbers and compares strings only where they agree.
    key_prints: Vec<u64>,
    first_key_prints: Vec<u64>,
}

/// Where `print` stands in `prints`, in order.
fn indices_of(prints: &[u64], print: u64) -> impl Iterator<Item = usize> + '_ {
    prints
        .iter()
        .enumerate()
        .filter(move |&(_, &p)| p == print)
        .map(|(i, _)| i)
}

/// A hash of a name key, for [`Entities::find`].
fn key_print(key: &str) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(key.as_bytes());
    hasher.finish()
}

pub fn word<'t>(analysed: &Analysed<'t>, token: &Token) -> &'t str {
    &analysed.text[token.start..token.end]
}

pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

pub fn key_of(word: &str) -> String {
    strip_possessive(word).to_lowercase()
}

/// Whether the capitalised words of `name` begin with the letters of `acronym`, in order and all of
/// them ("National Cyber Defence Centre" and "NCDC"; "of" and "the" are passed over).
fn initials_are(name: &str, acronym: &str) -> bool {
    let mut initials = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase());
    acronym
        .chars()
        .all(|letter| initials.next() == Some(letter))
        && initials.next().is_none()
}

/// [`key_of`] written into `buffer`, which it replaces.
fn key_into(buffer: &mut String, word: &str) {
    buffer.clear();
    let word = strip_possessive(word);
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        buffer.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// The gender the first-name lexicon gives a word, if it lists it.
fn listed_gender(info_class: u32) -> Option<Gender> {
    if info_class & class::FEMALE_NAME != 0 {
        Some(Gender::Female)
    } else if info_class & class::MALE_NAME != 0 {
        Some(Gender::Male)
    } else {
        None
    }
}

fn gender_of_first_name(first: &str, info_class: u32) -> Option<Gender> {
    if let Some(gender) = listed_gender(info_class) {
        Some(gender)
    } else if first.len() > 2 && first.ends_with('a') {
        Some(Gender::Female)
    } else {
        None
    }
}

fn gender_of_title(title: &str) -> Option<Gender> {
    let lower = title.to_lowercase();
    english().word(lower.trim_end_matches('.')).title_gender()
}

/// The part of a position-sorted list of mentions that comes before `position`.
pub fn before(list: &[(usize, usize)], position: usize) -> &[(usize, usize)] {
    &list[..list.partition_point(|m| m.0 < position)]
}

/// The gender a title marks ("Mrs.", "spokeswoman"), if any.
fn title_gender(analysed: &Analysed, title: Option<(usize, usize)>) -> Option<Gender> {
    let (start, end) = title?;
    analysed.text[start..end]
        .split_whitespace()
        .find_map(gender_of_title)
}

/// The gender a relation set off before a name says ("her nephew, Corporal Ilmar Kask", "his
/// daughter, Mira"), when the name at token `first` follows one.
fn relation_gender(analysed: &Analysed, first: usize) -> Option<Gender> {
    let tokens = &analysed.tokens;
    let comma = first.checked_sub(1).filter(|&i| tokens[i].is_punct(','))?;
    let relation = comma
        .checked_sub(1)
        .filter(|&i| tokens[i].is_word() && !tokens[i].capital)?;
    let owner = relation
        .checked_sub(1)
        .filter(|&i| tokens[i].info.is(class::DET_POSS))?;
    (owner + 1 == relation)
        .then(|| gender_of_title(word(analysed, &tokens[relation])))
        .flatten()
}

/// The gender a description set off after a name says ("Yannick Sorrel, 23, a rifleman in the
/// 14th Brigade", "Olena Dvir, his widow"), when the name ends at token `last`: a gendered title or
/// relation, or a noun in -man or -woman.
fn described_gender(analysed: &Analysed, last: usize) -> Option<Gender> {
    let tokens = &analysed.tokens;
    let mut at = last + 1;
    if !tokens.get(at)?.is_punct(',') {
        return None;
    }
    at += 1;
    // ", 23,": an age first.
    if is_digits(analysed, tokens.get(at)?) && tokens.get(at + 1).is_some_and(|t| t.is_punct(',')) {
        at += 2;
    }
    if tokens.get(at)?.info.is(class::DETERMINER | class::DET_POSS) {
        at += 1;
    }
    let noun = tokens.get(at).filter(|t| t.is_word() && !t.capital)?;
    let noun = word(analysed, noun).to_lowercase();
    gender_of_title(&noun).or_else(|| {
        if noun.ends_with("woman") {
            Some(Gender::Female)
        } else if noun.len() > 4 && noun.ends_with("man") && noun != "human" {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// What parts a byline's name from the writer's role, outlet or date: `,`, a dash or `|`.
fn is_byline_separator(token: &Token) -> bool {
    ['-', '–', '—', '|', ',']
        .into_iter()
        .any(|c| token.is_punct(c))
}

/// A name split out of a capitalised run: title tokens, then the name tokens.
pub struct NameRun {
    pub title_first: Option<usize>,
    pub first: usize,
    pub last: usize,
    pub organisation: bool,
}

/// Splits a run of capitalised tokens `first..=last` into title and name.
pub fn split_title(analysed: &Analysed, first: usize, last: usize) -> NameRun {
    let tokens = &analysed.tokens;
    // "Ministry of Defence", "Board of Elections": the head may stand before "of" or "for".
    let organisation = tokens[last].info.is(class::ORG_HEAD)
        || (first..last).any(|i| {
            tokens[i].info.is(class::ORG_HEAD)
                && tokens[i].capital
                && tokens[i + 1].is_word()
                && !tokens[i + 1].capital
                && is_of_or_for(word(analysed, &tokens[i + 1]))
        });
    let mut name_first = first;
    let mut title_first = None;
    if !organisation {
        // The name starts after the last title word ("Foreign Minister Arkady Velesov").
        for index in (first..last).rev() {
            if tokens[index].info.is(class::TITLE) {
                name_first = index + 1;
                title_first = Some(first);
                break;
            }
        }
    }
    // "Chief Of Staff Rahm Emanuel", "Deputy Minister of Defence Marta Quillon": "of" or "for"
    // and the portfolio after it are the title's; the name is the two words at the end, or
    // starts at a first name the lexicon knows.
    if title_first.is_some()
        && name_first + 1 < last
        && is_of_or_for(word(analysed, &tokens[name_first]))
    {
        let portfolio = name_first + 1;
        name_first = if last >= portfolio + 2 {
            (portfolio + 1..last)
                .find(|&i| listed_gender(tokens[i].info.class).is_some())
                .unwrap_or(last - 1)
        } else {
            portfolio + 1
        };
    }
    while name_first < last && !tokens[name_first].is_word() {
        name_first += 1;
    }
    NameRun {
        title_first,
        first: name_first,
        last,
        organisation,
    }
}

/// How close (in bytes) a person of unknown gender must be named before a he/she to win over one
/// of the right gender named earlier: about the sentence before.
const CLOSE_ANTECEDENT: usize = 400;

impl Entities {
    /// Collects every capitalised name run outside quotations.
    pub fn collect(analysed: &Analysed, lexicon: &Lexicon) -> Entities {
        let mut entities = Entities {
            list: Vec::new(),
            mentions: Vec::new(),
            subject_mentions: Vec::new(),
            possessive_mentions: Vec::new(),
            questioners: Vec::new(),
            key_buffers: (String::new(), String::new()),
            speakers: Vec::new(),
            key_prints: Vec::new(),
            first_key_prints: Vec::new(),
        };
        let tokens = &analysed.tokens;
        let mut index = 0;
        // The last token of the name registered last, and its entity.
        let mut last_name: Option<(usize, usize)> = None;
        while index < tokens.len() {
            if !is_name_token(&tokens[index]) {
                index += 1;
                continue;
            }
            let run_start = index;
            // A capitalised function word ("Of", "When", "She") ends a run: title-case headlines are
            // not names.
            loop {
                // "Repost @kolnik_front": a handle is a name of its own.
                if index + 1 < tokens.len()
                    && is_name_token(&tokens[index + 1])
                    && !word(analysed, &tokens[index + 1]).starts_with('@')
                    && !ends_possessive(analysed, index)
                    && !hyphenated_modifier(word(analysed, &tokens[index]))
                    && (!is_function(&tokens[index + 1])
                        || is_middle_initial(analysed, index + 1)
                        || verb_inside_body_name(tokens, index + 1))
                {
                    index += 1;
                    continue;
                }
                // "Fennick & Dorr": an ampersand joins a firm's names.
                if index + 2 < tokens.len()
                    && tokens[index + 1].is_punct('&')
                    && is_name_token(&tokens[index + 2])
                    && !is_function(&tokens[index + 2])
                {
                    index += 2;
                    continue;
                }
                // "The Ferry Pilots' Guild": a plural's possessive mark inside a body's name.
                if index + 2 < tokens.len()
                    && tokens[index + 1].is_mark()
                    && tokens[index + 1].quote == NO_QUOTE
                    && tokens[index + 1].start == tokens[index].end
                    && word(analysed, &tokens[index]).ends_with('s')
                    && is_name_token(&tokens[index + 2])
                    && tokens[index + 2].info.is(class::ORG_HEAD)
                {
                    index += 2;
                    continue;
                }
                // "Juan “Chico” Manriquez": a quoted nickname between names stays inside the run.
                if let Some(resume) = nickname_skip(analysed, index) {
                    index = resume;
                    continue;
                }
                // "Rep. Debbie Wasserman Schultz": an abbreviated title's dot stays inside the run,
                // and so does a middle initial's ("Rolf T. Dunmore").
                let initial =
                    index > run_start && word(analysed, &tokens[index]).chars().count() == 1;
                if index + 2 < tokens.len()
                    && (initial || tokens[index].info.is(class::ABBREV | class::TITLE))
                    && tokens[index + 1].is_punct('.')
                    && tokens[index + 1].start == tokens[index].end
                    && is_name_token(&tokens[index + 2])
                    && !is_function(&tokens[index + 2])
                {
                    index += 2;
                    continue;
                }
                break;
            }
            // "the Illinois Board of Elections", "the Institute for the Study of War": an
            // organisation's head goes on across "of" or "for" (and "the") to the name after it.
            let connective = |at: usize| {
                tokens
                    .get(at)
                    .is_some_and(|t| t.is_word() && !t.capital && is_of_or_for(word(analysed, t)))
            };
            if tokens[index].info.is(class::ORG_HEAD) && connective(index + 1) {
                let mut next = index + 2;
                if tokens.get(next).is_some_and(|t| word(analysed, t) == "the") {
                    next += 1;
                }
                if tokens
                    .get(next)
                    .is_some_and(|t| is_name_token(t) && !is_function(t))
                {
                    index = next;
                    while index + 1 < tokens.len()
                        && is_name_token(&tokens[index + 1])
                        && !is_function(&tokens[index + 1])
                        && !ends_possessive(analysed, index)
                    {
                        index += 1;
                    }
                }
            }
            // "Deputy Minister of Defence Marta Quillon": a title's portfolio after "of" or "for",
            // then its holder's name (split_title tells them apart).
            if tokens[index].info.is(class::TITLE)
                && !tokens[index].info.is(class::ORG_HEAD)
                && connective(index + 1)
            {
                let after = index + 2;
                let end = (after..tokens.len())
                    .take_while(|&i| is_name_token(&tokens[i]) && !is_function(&tokens[i]))
                    .last();
                if let Some(end) = end.filter(|&end| end >= after + 2) {
                    index = end;
                }
            }
            // "Tobias Quayle KC asks": letters after a name are no part of it.
            let mut run_end = index;
            while run_end > run_start && lexicon.follows_name(word(analysed, &tokens[run_end])) {
                run_end -= 1;
            }
            index += 1;
            // "a Los Angeles-area Sanders volunteer", "Kremlin-backed": a modifier, no name.
            if hyphenated_modifier(word(analysed, &tokens[run_end])) {
                continue;
            }
            // Drop leading function words ("The", "He", "Meanwhile" stays: it is unknown).
            let mut first = run_start;
            // "Entrusting Donald Trump …": a capitalised participle opening a sentence is no name.
            let opens_sentence = run_start == 0
                || tokens[run_start - 1].is_break()
                || tokens[run_start - 1].is_punct('.');
            // So is "Speaking to reporters …", "Asked about …" alone before a function word, and
            // a gerund before a past tense that reports nothing ("Swearing removed.", "Shelling
            // resumed at dawn").
            let participle_alone = run_start == run_end
                && tokens.get(run_end + 1).is_some_and(|next| {
                    let after = word(analysed, next);
                    next.is_word()
                        && !next.capital
                        && (next
                            .info
                            .is(class::STOP | class::DETERMINER | class::PRONOUN)
                            || after == "to"
                            || (after.ends_with("ed") && !next.info.is(class::VERB)))
                });
            // "Issued 12 February 2026, 16:00": a participle before a date opens a notice's line.
            let dated_participle = opens_sentence
                && run_start == run_end
                && word(analysed, &tokens[run_start]).ends_with("ed")
                && tokens
                    .get(run_end + 1)
                    .is_some_and(|next| is_digits(analysed, next));
            if dated_participle {
                continue;
            }
            // "Downing Street said": a name that ends in an organisation's head keeps its first word.
            if opens_sentence
                && (run_start < run_end || participle_alone)
                && word(analysed, &tokens[run_start]).ends_with("ing")
                && !(run_start < run_end && tokens[run_end].info.is(class::ORG_HEAD))
            {
                first += 1;
            }
            while first <= run_end && is_function(&tokens[first]) {
                first += 1;
            }
            if first > run_end {
                continue;
            }
            // "Apolitically and in all fairness, …", "Frankly, …": an adverb opening a sentence.
            if opens_sentence && first == run_end && is_adverb_form(word(analysed, &tokens[first]))
            {
                continue;
            }
            // "Transcript of the first part:", "Audio, 23:04.", "Courier — Live: …": a heading
            // word alone opening a sentence or before a colon is no name.
            if first == run_end
                && tokens[first].info.is(class::HEADING)
                && (opens_sentence || tokens.get(first + 1).is_some_and(|t| t.is_punct(':')))
            {
                continue;
            }
            // "13 March 2026", "March 13": a month or a day beside a number is a date ("May" alone
            // may be a surname).
            let number = |t: Option<&Token>| t.is_some_and(|t| is_digits(analysed, t));
            // ("March" and "May", verbs too, are no time words in the lexicon.)
            let month_or_day = tokens[first].info.is(class::TIME)
                || ["March", "May"].contains(&word(analysed, &tokens[first]));
            if first == run_end
                && month_or_day
                && (number(first.checked_sub(1).map(|i| &tokens[i]))
                    || number(tokens.get(first + 1)))
            {
                continue;
            }
            // "Thin and limping, he told …", "Tired but calm, she said …": a word coordinated with a
            // lower-case one before a comma is an adjective; names coordinate with names.
            if opens_sentence
                && first == run_end
                && tokens.get(run_end + 1).is_some_and(|next| {
                    next.is_word() && matches!(word(analysed, next), "and" | "but" | "or")
                })
                && tokens
                    .get(run_end + 2)
                    .is_some_and(|after| after.is_word() && !after.capital && !is_function(after))
                && tokens.get(run_end + 3).is_some_and(|t| t.is_punct(','))
            {
                continue;
            }
            // "Residents of the grey zone …", "Troops said …": a source noun opening a sentence is
            // no name.
            if opens_sentence
                && first == run_end
                && tokens[first].info.is(class::ANON_HEAD)
                && !tokens[first].info.is(class::ORG_HEAD | class::TITLE)
            {
                continue;
            }
            // "Top Sanders strategists said": before a source noun, a capital that only opens the
            // sentence is no part of a person already named in full.
            let modifies_source = tokens.get(run_end + 1).is_some_and(|next| {
                next.is_word()
                    && !next.capital
                    && next
                        .info
                        .is(class::TITLE | class::ANON_HEAD | class::DOCUMENT)
            });
            if opens_sentence
                && modifies_source
                && first < run_end
                && listed_gender(tokens[first].info.class).is_none()
            {
                let key = key_of(word(analysed, &tokens[run_end]));
                let first_key = key_of(word(analysed, &tokens[first]));
                let known = entities.list.iter().any(|e| {
                    e.key == key
                        && e.kind == EntityKind::Person
                        && e.name_tokens >= 2
                        && e.first_key != first_key
                });
                if known {
                    first += 1;
                }
            }
            let mut run = split_title_after_of(analysed, lexicon, first, run_end);
            // "Former Secretary of State …": a title alone, its holder named after it, is no name.
            let title_alone = !run.organisation
                && (run.first..=run.last).all(|i| {
                    !tokens[i].is_word()
                        || tokens[i].info.is(class::TITLE)
                        || ["former", "acting", "late"]
                            .iter()
                            .any(|w| word(analysed, &tokens[i]).eq_ignore_ascii_case(w))
                });
            let title_words = !run.organisation && names_office(analysed, run.first, run.last);
            // "The Prime Minister told this House", "the Energy Minister": a title of several
            // words alone.
            let title_phrase_alone = !run.organisation
                && (title_phrase_ending_at(analysed, lexicon, run.last)
                    .is_some_and(|start| start <= run.first)
                    || (run.first < run.last && title_words));
            // "LOTTE BRENNING (Energy Minister):": a title in brackets right after a name is that
            // person's office, no one of their own.
            let bracketed_office = title_words
                && run.first >= 2
                && tokens[run.first - 1].is_punct('(')
                && tokens.get(run.last + 1).is_some_and(|t| t.is_punct(')'));
            if bracketed_office {
                if let Some((_, entity)) = last_name.filter(|&(last, _)| last + 2 == run.first) {
                    entities.add_alias(entity, (tokens[run.first].start, tokens[run.last].end));
                    continue;
                }
            }
            if (title_alone && tokens[run.last].info.is(class::TITLE)) || title_phrase_alone {
                continue;
            }
            // A handle ("@harbour_watch") names a channel.
            run.organisation |= word(analysed, &tokens[run.first]).starts_with('@')
                || (run.first..run.last).any(|i| tokens[i].is_punct('&'));
            // "the Chancellery", "The Kremlin": one capitalised word after "the" that ends its
            // phrase names a body, not a person ("the Harlan campaign" is a person's campaign,
            // "the Texan" and "the Democrat" are people).
            let demonym = ["s", "an", "ese", "ish", "crat"]
                .iter()
                .any(|ending| word(analysed, &tokens[run.last]).ends_with(ending));
            run.organisation |= run.first == run.last
                && run.first > 0
                && word(analysed, &tokens[run.first - 1]).eq_ignore_ascii_case("the")
                && !demonym
                && !tokens[run.last]
                    .info
                    .is(class::TITLE | class::MALE_NAME | class::FEMALE_NAME)
                && tokens.get(run.last + 1).is_none_or(|next| {
                    // Neither a possessive nor a noun the name modifies follows.
                    let possessive = next.is_punct('\'') || next.is_punct('’');
                    let modified = next.is_word()
                        && !next.capital
                        && next.info.is(class::TITLE
                            | class::ANON_HEAD
                            | class::ORG_HEAD
                            | class::DOCUMENT);
                    !possessive && !modified
                });
            let run_words = (run.first..=run.last)
                .filter(|&i| tokens[i].is_word())
                .count();
            if run.first > run.last || (run_words >= 5 && !run.organisation) {
                continue;
            }
            // "Ostravan ombudswoman Larisa Petrenok": lower-case titles (and the capitalised words
            // among them) before the name belong to it, as its title and for finding the subject.
            // A title with "of" may start before the run ("Chief of Staff Rahm Emanuel").
            let mut lead = run.title_first.map_or(run_start, |t| t.min(run_start));
            loop {
                if lead > 0
                    && tokens[lead - 1].is_word()
                    && (tokens[lead - 1].info.is(class::TITLE) || is_name_token(&tokens[lead - 1]))
                    && !is_function(&tokens[lead - 1])
                {
                    lead -= 1;
                } else if let Some(start) = lead
                    .checked_sub(1)
                    .and_then(|last| title_phrase_ending_at(analysed, lexicon, last))
                {
                    // "campaign manager Barry Bennett": a title of several plain words.
                    lead = start;
                } else {
                    break;
                }
            }
            let title_start = if lead < run_start {
                Some(lead)
            } else {
                run.title_first
            };
            let title = title_start
                .filter(|&t| t < run.first)
                .map(|t| (tokens[t].start, tokens[run.first - 1].end));
            let known = entities.list.len();
            let entity = entities.register(analysed, &run, title);
            last_name = Some((run.last, entity));
            // "the charity Kindred Shore Relief", "the group Civic Dawn": the common noun before
            // the name is what "the charity" later refers to ("the campaign Manafort was running"
            // names a person the text already knows).
            let new_name =
                entity >= known || entities.list[entity].kind == EntityKind::Organisation;
            if lead >= 2 && run.first == lead && new_name {
                let noun = &tokens[lead - 1];
                let kind_word = noun.is_word()
                    && !noun.capital
                    && !ends_possessive(analysed, lead - 1)
                    && noun.info.is(class::ORG_HEAD | class::BODY_KIND);
                if kind_word && word(analysed, &tokens[lead - 2]).eq_ignore_ascii_case("the") {
                    entities.add_alias(entity, (noun.start, noun.end));
                    entities.list[entity].kind = EntityKind::Organisation;
                }
            }
            if lead > 0
                && [
                    "in",
                    "at",
                    "near",
                    "across",
                    "throughout",
                    "into",
                    "outside",
                ]
                .iter()
                .any(|p| word(analysed, &tokens[lead - 1]).eq_ignore_ascii_case(p))
                || opens_dateline(analysed, lead, run.last)
            {
                entities.list[entity].place_like = true;
            }
            // The person so introduced is usually what the sentence is about.
            if let Some(role) = introducing_role(analysed, lead) {
                entities.add_alias(entity, (tokens[role].start, tokens[role].end));
                entities
                    .subject_mentions
                    .push((tokens[run.first].start, entity));
                continue;
            }
            let subject = lead == 0 || {
                let before = &tokens[lead - 1];
                before.is_break()
                    || before.is_mark()
                    // "We wrote to Kostrytsa. He replied that …": the one a reporter contacted
                    // is who answers next.
                    || contacted_by_writer(analysed, lead)
                    || publisher_of_subject(analysed, lead)
                    || interviewed(analysed, lead)
                    || named_relation_opens(analysed, lead)
                    // "3/ Lumen Orbital has released …", "21:15 Dr Amos Kettle has given …": a
                    // thread's post number or a live blog's time opens the line.
                    || line_number_before(analysed, lead)
                    || matches!(
                        before.kind,
                        TokenKind::Punct('.' | '?' | '!' | ';' | '(' | ':' | '—' | '•' | '*' | '·')
                    )
                    // "Her deputy, Major Ilya Osin, was …" is the subject; "… said, not needing to
                    // name the author, Muhammad Ali, who died" names someone after the verb.
                    || (matches!(before.kind, TokenKind::Punct(','))
                        && !verb_earlier_in_sentence(analysed, lead))
                    // "The man who did the shouting is Foreign Minister Konstantin Drebin.", "… a
                    // resident named Caroline.": the person a sentence identifies is what the next
                    // "he" or "she" is about.
                    // "One of those men is Ivan Sokil, 78.": an age may follow the name, and a
                    // clause after it ("… was Corporal Bohdan Tyrsa, 31, captured in March.").
                    || ((tokens
                        .get(run.last + 1)
                        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.')))
                        || (tokens
                            .get(run.last + 1)
                            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',')))
                            && tokens
                                .get(run.last + 2)
                                .is_some_and(|t| is_digits(analysed, t))
                            && tokens
                                .get(run.last + 3)
                                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | ',')))))
                        && identified_by_copula(analysed, lead))
                    // "Erik Solm asked whether Dostan had seen the memo. She said …": whom a
                    // question is about answers it.
                    || asked_about(analysed, lead)
                    // "A man who gave his name only as Lev posted …", "identified only as
                    // Denis": the name a described person gives is who the sentence is about.
                    || (lead >= 2 && name_given_as(analysed, lead - 1))
                    // "Kordova's delegation is led by Grigor Malsev, a veteran diplomat.": the
                    // agent of a passive, introduced with a description, is who did it.
                    || (lead >= 2
                        && word(analysed, &tokens[lead - 1]) == "by"
                        && tokens[lead - 2].is_word()
                        && !tokens[lead - 2].capital
                        && word(analysed, &tokens[lead - 2]).ends_with("ed")
                        && run.last > run.first
                        && tokens.get(run.last + 1).is_some_and(|t| t.is_punct(','))
                        && tokens.get(run.last + 2).is_some_and(|t| {
                            t.is_word() && t.info.is(class::DET_INDEF | class::DET_DEF)
                        }))
            };
            // "A Western diplomat", "Ostravan milbloggers", "the Trump campaign": a name that
            // modifies a role or a source is not what the sentence is about.
            let modifier = tokens.get(run.last + 1).is_some_and(|next| {
                next.is_word()
                    && !next.capital
                    && next
                        .info
                        .is(class::TITLE | class::ANON_HEAD | class::ORG_HEAD | class::DOCUMENT)
            });
            // "Armstrong Williams, Carson's longtime friend, …": an owner in apposition is no
            // subject either ("Carson's renewed endorsement … He may add" opening a sentence is).
            // "Aldmere's special envoy, Helena Marsk, said": nor is the owner of an office, whose
            // holder speaks.
            let owner = ends_possessive(analysed, run.last)
                && ((lead > 0 && tokens[lead - 1].is_punct(','))
                    || tokens[run.last + 1..]
                        .iter()
                        .take(3)
                        .take_while(|t| t.is_word() && !t.capital)
                        .any(|t| t.info.is(class::TITLE)));
            // "By Lena Brandt" on a line of its own: the byline names the writer, whom no later
            // "the crew chief" or "she" is about.
            // "By Farid Olenko, diplomatic correspondent": the writer's role may follow, or the
            // date ("By Lotte Brannigan, 21 February 2026"), or, when "By" opens the line, the
            // outlet ("By Hanna Brevik, Stavrensk Observer").
            let by =
                (lead..run.first).find(|&i| word(analysed, &tokens[i]).eq_ignore_ascii_case("by"));
            let by_opens_line =
                by.is_some_and(|i| i.checked_sub(1).is_none_or(|p| tokens[p].is_break()));
            let line_ends = |from: usize| {
                tokens[from..]
                    .iter()
                    .take_while(|t| !t.is_break())
                    .take(7)
                    .all(|t| {
                        (t.is_word() && (by_opens_line || !t.capital || t.info.is(class::TIME)))
                            || is_byline_separator(t)
                    })
            };
            // "by Ilse Navarre, Deputy Spokesperson for the Secretary-General": a title in
            // apposition is what "the Deputy Spokesperson" later refers to.
            // "by the official spokesman, Major-General Arkadi Tsvelev,": and before the name.
            if entities.list[entity].kind == EntityKind::Person {
                let title = appositive_title_after(analysed, run.last)
                    .or_else(|| appositive_title_before(analysed, lead, run.last));
                if let Some(title) = title {
                    entities.add_alias(entity, title);
                } else if let Some(head) = appositive_body_after(analysed, run.last)
                    .filter(|_| entities.list[entity].gender.is_none())
                {
                    // "Open Cradle, a Tarnovets-based children's rights group,": what "the group"
                    // later is.
                    entities.list[entity].kind = EntityKind::Organisation;
                    entities.add_alias(entity, head);
                }
            }
            // ("By Tobias Wren - Northlight Weekly - 10 December 2025", "By Ana Roe | Harbour Post")
            let byline = by.is_some()
                && tokens.get(run.last + 1).is_none_or(|t| {
                    t.is_break() || (is_byline_separator(t) && line_ends(run.last + 2))
                });
            if puts_question(analysed, lead, run.last) {
                entities.questioners.push(tokens[run.first].start);
                continue;
            }
            if subject && (modifier || owner || byline || list_item(analysed, lead, run.last)) {
                continue;
            }
            if subject {
                // "Vessgrid has published its latest update. It now says …", "Grey Solstice, for
                // its part, …": a name of no known person that "its" refers back to in its own
                // clause is a body's.
                let listed = &mut entities.list[entity];
                if listed.kind == EntityKind::Person
                    && listed.gender.is_none()
                    && listed.aliases.is_empty()
                    && its_follows(analysed, run.last)
                {
                    listed.kind = EntityKind::Organisation;
                }
                entities
                    .subject_mentions
                    .push((tokens[run.first].start, entity));
            }
        }
        entities
    }

    fn register(
        &mut self,
        analysed: &Analysed,
        run: &NameRun,
        title: Option<(usize, usize)>,
    ) -> usize {
        let tokens = &analysed.tokens;
        let last_word = word(analysed, &tokens[run.last]);
        let (mut key, mut first_key) = std::mem::take(&mut self.key_buffers);
        key_into(&mut key, last_word);
        let name_tokens = run.last - run.first + 1;
        let start = tokens[run.first].start;
        let mut end = tokens[run.last].end;
        let stripped = strip_possessive(last_word);
        end -= last_word.len() - stripped.len();
        let kind = if run.organisation {
            EntityKind::Organisation
        } else {
            EntityKind::Person
        };
        let first = &tokens[run.first];
        // A listed first name outweighs a title: "Trump spokesman Hope Hicks" is a woman.
        let full_name = name_tokens >= 2 && !run.organisation;
        let gender = full_name
            .then(|| listed_gender(first.info.class))
            .flatten()
            .or_else(|| title_gender(analysed, title))
            .or_else(|| relation_gender(analysed, run.title_first.unwrap_or(run.first)))
            .or_else(|| {
                full_name
                    .then(|| described_gender(analysed, run.last))
                    .flatten()
            })
            .or_else(|| {
                full_name.then(|| {
                    gender_of_first_name(&word(analysed, first).to_lowercase(), first.info.class)
                })?
            });
        let position = start;
        key_into(&mut first_key, word(analysed, first));
        let found = self
            .find(&key, &first_key, name_tokens, position, gender)
            .or_else(|| {
                let acronym = strip_possessive(last_word);
                // "Oksana Terlych (OT)": a person's initials in brackets after their name.
                let bracketed = run.first > 0
                    && tokens[run.first - 1].is_punct('(')
                    && tokens.get(run.last + 1).is_some_and(|t| t.is_punct(')'));
                (name_tokens == 1)
                    .then(|| {
                        self.named_by_initials(analysed, acronym, position, |e| {
                            e.gender.is_none() || (bracketed && e.name.1 < position)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Father Elian" after "Father Elian Korrow", "a letter Maren had sent" after "Maren
                // Halloway": a first name alone is the one person the text named in full with it,
                // when the text made that a person ("Trump" is no "Trump Train").
                (name_tokens == 1 && !run.organisation)
                    .then(|| self.by_first_name(&key, position))
                    .flatten()
                    .filter(|&found| {
                        let e = &self.list[found];
                        title.is_some()
                            || e.gender.is_some()
                            || !e.aliases.is_empty()
                            || who_follows(analysed, e.name.1)
                    })
            })
            .or_else(|| {
                // "Her elder son, Rustam, …" and then "Rustam Dorabek said": the full name of the
                // person first named by a first name alone.
                (name_tokens >= 2 && !run.organisation)
                    .then(|| self.named_by_first_name_alone(&first_key, &key, position))
                    .flatten()
            })
            .or_else(|| {
                let label = tokens.get(run.last + 1).is_some_and(|t| t.is_punct(':'));
                (name_tokens == 1 && label && last_word.len() <= 3)
                    .then(|| {
                        self.named_by_initials(analysed, last_word, position, |e| {
                            e.kind == EntityKind::Person
                        })
                    })
                    .flatten()
            });
        // A first name alone ("a resident named Caroline") gives a new person a gender when the
        // lexicon lists it; a lone word that matches a known name (a surname) never changes it.
        let lone_first_name = (name_tokens == 1 && !run.organisation)
            .then(|| listed_gender(first.info.class))
            .flatten();
        let entity = match found {
            Some(i) => {
                let e = &mut self.list[i];
                let cased = || analysed.text[start..end].chars().any(char::is_lowercase);
                // "HALDRIAN UNION OF JOURNALISTS" heading a statement is named as the text names it;
                // a dateline ("WASHINGTON") is a place, and stays one.
                let heading_named =
                    || e.all_caps && run.organisation && name_tokens == e.name_tokens && cased();
                if name_tokens > e.name_tokens || heading_named() {
                    // A person first named by a first name alone is known by the surname now.
                    if e.key != key {
                        e.key.clone_from(&key);
                        self.key_prints[i] = key_print(&key);
                    }
                    e.all_caps = !cased();
                    e.first_key.clone_from(&first_key);
                    self.first_key_prints[i] = key_print(&first_key);
                    e.name = (start, end);
                    e.name_tokens = name_tokens;
                    e.kind = kind;
                }
                if e.gender.is_none() {
                    e.gender = gender;
                }
                if let Some(alias) = title {
                    e.aliases.push(alias);
                }
                self.key_buffers = (key, first_key);
                i
            }
            None => {
                self.key_prints.push(key_print(&key));
                self.first_key_prints.push(key_print(&first_key));
                self.list.push(Entity {
                    first_key,
                    name: (start, end),
                    name_tokens,
                    key,
                    kind,
                    gender: gender.or(lone_first_name),
                    aliases: title.into_iter().collect(),
                    spoke: false,
                    place_like: false,
                    all_caps: {
                        let name = &analysed.text[start..end];
                        name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                            && !name.chars().any(char::is_lowercase)
                    },
                });
                self.list.len() - 1
            }
        };
        self.mentions.push((position, entity));
        if ends_possessive(analysed, run.last) {
            let at = self.possessive_mentions.partition_point(|&p| p < position);
            self.possessive_mentions.insert(at, position);
        }
        entity
    }

    /// The entity a name refers to. A full name joins the entity with the same full name (or one
    /// known so far by its surname only): "Bill Clinton" and "Hillary Clinton" are two people. A
    /// surname alone ("Clinton") joins the one of them mentioned last before `position`.
    fn find(
        &self,
        key: &str,
        first_key: &str,
        name_tokens: usize,
        position: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let print = key_print(key);
        let with_print = |prints| indices_of(prints, print);
        if name_tokens >= 2 {
            return with_print(&self.key_prints).find(|&i| {
                let e = &self.list[i];
                e.key == key && (e.name_tokens < 2 || e.first_key == first_key)
            });
        }
        // "Mrs. Clinton" is not Bill Clinton.
        let fits = |e: &Entity| {
            e.key == key && (gender.is_none() || e.gender.is_none() || e.gender == gender)
        };
        let mut with_key = with_print(&self.key_prints).filter(|&i| fits(&self.list[i]));
        let first = with_key.next();
        if with_key.next().is_some() {
            let before = self.mentions.partition_point(|m| m.0 < position);
            let latest = self.mentions[..before]
                .iter()
                .rev()
                .find(|m| fits(&self.list[m.1]))
                .map(|m| m.1);
            if latest.is_some() {
                return latest;
            }
        }
        // "Lenox" for "Lenox Healthcare": an organisation may be named by its first word, a person
        // ("Trump Train" is neither) only by the last.
        first.or_else(|| {
            with_print(&self.first_key_prints).find(|&i| {
                let e = &self.list[i];
                e.first_key == key && e.kind == EntityKind::Organisation
            })
        })
    }

    /// The one person named in full before `position` whose first name has `key`.
    fn by_first_name(&self, key: &str, position: usize) -> Option<usize> {
        let print = key_print(key);
        let mut named = indices_of(&self.first_key_prints, print).filter(|&i| {
            let e = &self.list[i];
            e.first_key == key
                && e.kind == EntityKind::Person
                && e.name_tokens >= 2
                && e.name.0 < position
        });
        let person = named.next()?;
        named.next().is_none().then_some(person)
    }

    /// The person named before `position` by a first name alone that is `first_key`, and not yet
    /// by a full name whose surname is `key`: a known man or woman, or one of a family the text
    /// named already ("Ilvo Marrek … His elder brother, Tarik, …", not "Trump … Trump Train").
    fn named_by_first_name_alone(
        &self,
        first_key: &str,
        key: &str,
        position: usize,
    ) -> Option<usize> {
        let family_named =
            || indices_of(&self.key_prints, key_print(key)).any(|j| self.list[j].key == key);
        indices_of(&self.key_prints, key_print(first_key)).find(|&i| {
            let e = &self.list[i];
            e.key == first_key
                && e.kind == EntityKind::Person
                && e.name_tokens == 1
                && e.name.0 < position
                && (e.gender.is_some() || !e.aliases.is_empty() || family_named())
        })
    }

    /// The entity whose name `letters` at `position` abbreviate: the latest one named before it
    /// whose capitalised words begin with them, among those `fits` accepts. An acronym ("KGT"
    /// after "Keldaran Grid Transmission (KGT)") is no known man's or woman's; a turn's label of
    /// initials ("YD:" after "Yelena Dorosh") is a person's.
    fn named_by_initials(
        &self,
        analysed: &Analysed,
        letters: &str,
        position: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        if !(2..=6).contains(&letters.len()) || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        self.list.iter().rposition(|e| {
            e.name_tokens >= 2
                && e.name.0 < position
                && fits(e)
                && initials_are(&analysed.text[e.name.0..e.name.1], letters)
        })
    }

    /// The person a transcript's label of initials at `position` stands for ("IS:" after "Ingrid
    /// Sallow (IS)"), also where the letters spell a word the lexicon knows.
    pub fn person_by_initials(
        &self,
        analysed: &Analysed,
        letters: &str,
        position: usize,
    ) -> Option<usize> {
        self.named_by_initials(analysed, letters, position, |e| {
            e.kind == EntityKind::Person
        })
    }

    /// The entity a capitalised name resolves to, registering it if new.
    pub fn name_entity(
        &mut self,
        analysed: &Analysed,
        run: &NameRun,
        title: Option<(usize, usize)>,
    ) -> usize {
        let key = key_of(word(analysed, &analysed.tokens[run.last]));
        let first_key = key_of(word(analysed, &analysed.tokens[run.first]));
        let name_tokens = run.last + 1 - run.first;
        let position = analysed.tokens[run.first].start;
        let gender = title_gender(analysed, title);
        if let Some(i) = self.find(&key, &first_key, name_tokens, position, gender) {
            // "Defence", seen alone in "the Ministry of Defence", becomes the whole name.
            let e = &mut self.list[i];
            if run.organisation && name_tokens > e.name_tokens {
                e.name = (position, analysed.tokens[run.last].end);
                e.name_tokens = name_tokens;
                self.first_key_prints[i] = key_print(&first_key);
                e.first_key = first_key;
                e.kind = EntityKind::Organisation;
            }
            if let Some(alias) = title {
                if !self.list[i].aliases.contains(&alias) {
                    self.list[i].aliases.push(alias);
                }
            }
            return i;
        }
        let index = self.register(analysed, run, title);
        self.mentions.sort_by_key(|m| m.0);
        index
    }

    /// The entity a pronoun refers to at `position`: the most recent speaker or subject of the right
    /// gender, preferring a known gender over an unknown one.
    pub fn pronoun(
        &self,
        kind: PronounKind,
        position: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let window = if kind == PronounKind::Thing {
            600
        } else {
            3000
        };
        let wanted = match kind {
            PronounKind::Male => Some(Gender::Male),
            PronounKind::Female => Some(Gender::Female),
            _ => None,
        };
        let fits = |entity: usize, strict: bool| {
            let e = &self.list[entity];
            match kind {
                PronounKind::Male | PronounKind::Female => {
                    e.person_like()
                        && !e.all_caps
                        && !(e.place_like && e.gender.is_none() && !e.spoke && e.aliases.is_empty())
                        && if strict {
                            e.gender == wanted
                        } else {
                            e.gender.is_none()
                        }
                }
                PronounKind::Thing => e.kind == EntityKind::Organisation,
                _ => false,
            }
        };
        let recent = |list: &[(usize, usize)], strict: bool| {
            before(list, position)
                .iter()
                .rev()
                .take_while(|m| position - m.0 < window)
                .find(|m| fits(m.1, strict))
                .copied()
        };
        // Last resort for he/she: any person-kind subject of unknown gender ("Velesov arrived. …
        // he said").
        let loose = |list: &[(usize, usize)]| {
            before(list, position)
                .iter()
                .rev()
                .take_while(|m| position - m.0 < window)
                .find(|m| {
                    let e = &self.list[m.1];
                    wanted.is_some()
                        && e.kind == EntityKind::Person
                        && !e.place_like
                        && !e.all_caps
                        && e.gender.is_none_or(|g| Some(g) == wanted)
                })
                .map(|m| m.1)
        };
        let mut known_gender = None;
        for strict in [true, false] {
            // "After he gave her an answer about Social Security reform, she said": a name of
            // unknown gender in the sentence is the antecedent only as a subject or a speaker.
            // "Armstrong Williams, Carson's longtime friend, … he told the AP": an owner named
            // in passing is not who the sentence is about.
            let in_sentence = [&self.mentions, &self.subject_mentions, &self.speakers]
                .into_iter()
                .skip(usize::from(!strict))
                .filter_map(|list| {
                    before(list, position)
                        .iter()
                        .rev()
                        .take_while(|m| m.0 >= sentence_start)
                        .find(|m| {
                            fits(m.1, strict)
                                && self.possessive_mentions.binary_search(&m.0).is_err()
                                && self.questioners.binary_search(&m.0).is_err()
                        })
                })
                .max_by_key(|m| m.0);
            if let Some(m) = in_sentence {
                return Some(m.1);
            }
            // On a tie the speaker wins: "Clinton aide Jennifer Palmieri said …" opens with Clinton.
            let best = [
                recent(&self.subject_mentions, strict),
                recent(&self.speakers, strict),
            ]
            .into_iter()
            .flatten()
            .max_by_key(|m| m.0);
            match (strict, best, known_gender) {
                (true, Some(m), _) => known_gender = Some(m),
                // "Guessford was shocked. … she said": a person of unknown gender named just before
                // beats one of the right gender named further back.
                (false, Some(m), Some(known))
                    if m.0 > known.0 && position - m.0 < CLOSE_ANTECEDENT =>
                {
                    return Some(m.1)
                }
                (false, Some(m), None) => return Some(m.1),
                _ => {}
            }
        }
        if let Some(known) = known_gender {
            return Some(known.1);
        }
        loose(&self.subject_mentions).or_else(|| {
            wanted?;
            // "The first time Anastasia Gromova stood outside … Now, she says": with no subject or
            // speaker to take it, a person of the pronoun's gender named just before.
            before(&self.mentions, position)
                .iter()
                .rev()
                .take_while(|m| position - m.0 < CLOSE_ANTECEDENT)
                .find(|m| fits(m.1, true) && self.questioners.binary_search(&m.0).is_err())
                .map(|m| m.1)
        })
    }

    /// The entity that carries a role word ("minister") as an alias, most recent first.
    /// `qualifier` is the word that makes a two-word title of the role ("foreign" in "the foreign
    /// minister"): the carrier's title must have it too.
    pub fn role(
        &self,
        analysed: &Analysed,
        role: &str,
        qualifier: Option<&str>,
        position: usize,
    ) -> Option<usize> {
        // "the mediator's proposal": the owner is whoever "the mediator" is.
        let role = key_of(role);
        let abbreviation = title_abbreviation(&role);
        // "the spokesperson" is whoever the text titled "Navy spokesman": one title word in another
        // gendered form.
        let stem = title_stem(&role);
        let matches_word = |(s, end): (usize, usize)| {
            // Called for every alias of every entity at every role: a byte search first.
            let text = &analysed.text.as_bytes()[s..end];
            let contains = |needle: &str| {
                let needle = needle.as_bytes();
                let Some(&first) = needle.first() else {
                    return false;
                };
                let first = first.to_ascii_lowercase();
                text.windows(needle.len()).any(|w| {
                    w[0].to_ascii_lowercase() == first && w[1..].eq_ignore_ascii_case(&needle[1..])
                })
            };
            if !(contains(stem) || abbreviation.is_some_and(contains)) {
                return false;
            }
            let words = || alias_words(analysed, (s, end));
            // A bare "the minister" is not the "Prime Minister", nor "the president" the "Vice
            // President": those are other offices.
            let mut previous: Option<&str> = None;
            words().any(|w| {
                let other_office = qualifier.is_none()
                    && previous.is_some_and(|p| {
                        p.eq_ignore_ascii_case("prime") || p.eq_ignore_ascii_case("vice")
                    });
                previous = Some(w);
                !other_office
                    && (w.eq_ignore_ascii_case(&role)
                        || abbreviation.is_some_and(|a| w.eq_ignore_ascii_case(a))
                        || ((stem.len() < role.len() || stem.len() < w.len())
                            && title_stem(&w.to_ascii_lowercase()) == stem))
            }) && qualifier.is_none_or(|q| words().any(|w| w.eq_ignore_ascii_case(q)))
        };
        // "The Maravian Defence Forces said … The army maintains": an army by another name.
        let known_as = english().known_as(&role);
        // Which entities carry the role, once each; then the most recent mention of one of them.
        let carries: Vec<bool> = self
            .list
            .iter()
            .map(|e| {
                e.aliases.iter().any(|&alias| matches_word(alias))
                    || (e.kind == EntityKind::Organisation
                        && matches_word(e.name)
                        && organisation_head(analysed, e.name)
                            .is_some_and(|head| head.eq_ignore_ascii_case(&role)))
                    || (!known_as.is_empty()
                        && e.kind == EntityKind::Organisation
                        && organisation_head(analysed, e.name).is_some_and(|head| {
                            known_as.iter().any(|w| head.eq_ignore_ascii_case(w))
                        }))
            })
            .collect();
        if !carries.contains(&true) {
            return None;
        }
        // "the commission said": an organisation named for it ("the Central Electoral
        // Commission") before a person whose title has the word ("chair of the commission").
        let named_for: Vec<bool> = self
            .list
            .iter()
            .zip(&carries)
            .map(|(e, &carries)| {
                carries
                    && e.kind == EntityKind::Organisation
                    && e.name_tokens >= 2
                    && organisation_head(analysed, e.name)
                        .is_some_and(|head| head.eq_ignore_ascii_case(&role))
            })
            .collect();
        let carries = if named_for.contains(&true) {
            named_for
        } else {
            carries
        };
        before(&self.mentions, position)
            .iter()
            .rev()
            .find(|&&(_, entity)| carries[entity])
            .map(|&(_, entity)| entity)
    }

    /// The most recent subject or speaker before `position`, within `window` bytes, that is an
    /// organisation, or a name of two words or more with no title, gender or place about it
    /// ("Open Cradle"): what "the group" refers to when no body carries the word.
    pub fn recent_body(&self, position: usize, window: usize) -> Option<usize> {
        let body = |e: &Entity| {
            !e.all_caps
                && !e.place_like
                && (e.kind == EntityKind::Organisation
                    || (e.kind == EntityKind::Person
                        && e.name_tokens >= 2
                        && e.gender.is_none()
                        && e.aliases.is_empty()))
        };
        // Only the latest: "the group" does not reach past a person the text went on to.
        [&self.subject_mentions, &self.speakers]
            .into_iter()
            .filter_map(|list| {
                before(list, position)
                    .last()
                    .filter(|m| position - m.0 < window)
            })
            .max_by_key(|m| m.0)
            .map(|m| m.1)
            .filter(|&entity| body(&self.list[entity]))
    }

    /// The most recent person-like speaker or subject before `position`, within `window` bytes, that
    /// can carry the role: a person with titles of their own ("Senator Vorn") is not "the governor".
    pub fn recent_person(
        &self,
        analysed: &Analysed,
        role: &str,
        position: usize,
        window: usize,
    ) -> Option<usize> {
        let role = office(role);
        let can_carry = |e: &Entity| {
            let Some(role) = role else {
                return true;
            };
            let offices: Vec<&str> = e
                .aliases
                .iter()
                .flat_map(|&alias| alias_words(analysed, alias).filter_map(office))
                .collect();
            // "Major Yulia Kovalenko … the commander": any officer may command.
            let officer = |office: &&str| {
                matches!(
                    *office,
                    "captain"
                        | "major"
                        | "lieutenant"
                        | "sergeant"
                        | "general"
                        | "admiral"
                        | "colonel"
                )
            };
            offices.is_empty()
                || offices.contains(&role)
                || (role == "commander" && offices.iter().any(officer))
        };
        // "By morning, Stepan Hnatyuk's crew was on site … the crew chief said": an owner opening
        // a sentence or a clause is what it is about too ("… accused Ted Cruz's campaign" is not).
        let recent = before(&self.mentions, position);
        let from = recent.partition_point(|m| position - m.0 >= window);
        let owners: Vec<(usize, usize)> = recent[from..]
            .iter()
            .filter(|m| {
                let opens_sentence = analysed.text[..m.0]
                    .trim_end_matches([' ', '\t'])
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?' | ','));
                opens_sentence && self.possessive_mentions.binary_search(&m.0).is_ok()
            })
            .copied()
            .collect();
        // On a tie the speaker wins, as for pronouns.
        [&self.subject_mentions, &self.speakers, &owners]
            .into_iter()
            .filter_map(|list| {
                before(list, position)
                    .iter()
                    .rev()
                    .take_while(|m| position - m.0 < window)
                    .find(|m| {
                        let e = &self.list[m.1];
                        // "Moscow claims …": a single word that only spoke may be a city or a
                        // country speaking through its government, never "the president".
                        // A dateline in capitals ("NEW YORK (AP) —") is a place, not "the senator".
                        e.person_like()
                            && !e.all_caps
                            && (e.name_tokens >= 2 || !e.aliases.is_empty())
                            && can_carry(e)
                    })
                    .copied()
            })
            .max_by_key(|m| m.0)
            .map(|m| m.1)
    }

    /// The one person holding the office `role` names, titled so only after `position`: who a
    /// lede's "Varnia's foreign minister" is once the story names "Foreign Minister Anton Sybel".
    /// An owner ("Varnia's") rules out a holder titled with another country's adjective
    /// ("Ostravan Foreign Minister").
    pub fn sole_holder_named_after(
        &self,
        analysed: &Analysed,
        role: &str,
        qualifier: Option<&str>,
        owner: Option<&str>,
        position: usize,
    ) -> Option<usize> {
        let wanted = office(role)?;
        let stem = |w: &str| w.chars().take(4).collect::<String>().to_lowercase();
        let foreign = |w: &str| {
            owner.is_some_and(|owner| {
                w.starts_with(char::is_uppercase)
                    && ["an", "ian", "ese", "ish"].iter().any(|s| w.ends_with(s))
                    && stem(w) != stem(owner)
            })
        };
        let holds = |e: &Entity| {
            e.kind == EntityKind::Person
                && e.aliases.iter().any(|&(s, end)| {
                    let words = || alias_words(analysed, (s, end));
                    words().any(|w| office(w) == Some(wanted))
                        && qualifier.is_none_or(|q| words().any(|w| w.eq_ignore_ascii_case(q)))
                        && !words().any(foreign)
                })
        };
        let mut holders = self.list.iter().enumerate().filter(|(_, e)| holds(e));
        let (index, _) = holders.next()?;
        if holders.next().is_some() {
            return None;
        }
        let first_named = self.mentions.iter().find(|m| m.1 == index)?.0;
        (first_named > position).then_some(index)
    }

    /// The one person named in full whose first name is the whole name of `entity` ("Ines" and
    /// "Dr Ines Varga"), if `entity` is a lone word and exactly one such person exists.
    pub fn full_name_for_first(&self, entity: usize) -> Option<usize> {
        let lone = &self.list[entity];
        (lone.name_tokens == 1)
            .then(|| self.by_first_name(&lone.key, usize::MAX))
            .flatten()
    }

    /// The entity named by the first mention that starts in bytes `from..to`.
    pub fn mentioned_in(&self, from: usize, to: usize) -> Option<usize> {
        let at = self.mentions.partition_point(|m| m.0 < from);
        self.mentions.get(at).filter(|m| m.0 < to).map(|m| m.1)
    }

    /// Where `entity` was last named or spoken of before `position`.
    pub fn last_mention(&self, entity: usize, position: usize) -> Option<usize> {
        let named = before(&self.mentions, position)
            .iter()
            .rev()
            .find(|m| m.1 == entity);
        let spoke = before(&self.speakers, position)
            .iter()
            .rev()
            .find(|m| m.1 == entity);
        named.into_iter().chain(spoke).map(|m| m.0).max()
    }

    /// Records a role the text gives an entity in apposition ("A spokesman for the navy, Dmytro
    /// Pletenchuk"), so that "the president" later is not taken for him.
    pub fn add_alias(&mut self, entity: usize, alias: (usize, usize)) {
        let aliases = &mut self.list[entity].aliases;
        if !aliases.contains(&alias) {
            aliases.push(alias);
        }
    }

    pub fn note_speaker(&mut self, position: usize, entity: usize) {
        self.list[entity].spoke = true;
        let at = self.speakers.partition_point(|s| s.0 <= position);
        self.speakers.insert(at, (position, entity));
    }

    /// "Nadia keeps the bread. She says …": a person whose gender nothing gave is the gender of the
    /// he or she that stood for them, so a later "he" looks past her.
    pub fn learn_gender(&mut self, entity: usize, gender: Gender) {
        let e = &mut self.list[entity];
        if e.gender.is_none() && e.kind == EntityKind::Person {
            e.gender = Some(gender);
        }
    }

    /// Takes back a [`Self::note_speaker`] whose statement was not kept.
    pub fn forget_speaker(&mut self, position: usize, entity: usize) {
        if let Some(at) = self.speakers.iter().rposition(|&s| s == (position, entity)) {
            self.speakers.remove(at);
        }
    }
}

/// A title word without the ending that says its holder's gender ("spokes" of "spokesman" and
/// "spokesperson", "chair" of "chairwoman"), or the word itself; lower case in, lower case out.
fn title_stem(word: &str) -> &str {
    ["person", "woman", "man"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).filter(|stem| stem.len() >= 4))
        .unwrap_or(word)
}

/// The abbreviation a title is written with before a name ("Sen. Bernie Sanders" is "the
/// senator").
fn title_abbreviation(role: &str) -> Option<&'static str> {
    english().office(role)?.abbreviation.as_deref()
}

/// The words of a title or alias span ("Deputy Foreign Minister", "Sen."), hyphenated words whole.
pub fn alias_words<'t>(
    analysed: &Analysed<'t>,
    (start, end): (usize, usize),
) -> impl Iterator<Item = &'t str> {
    analysed.text[start..end].split(|c: char| !c.is_alphanumeric() && c != '-')
}

/// "of" or "for", the words that carry an organisation's or a title's name on ("Ministry of
/// Defence", "Institute for the Study of War").
fn is_of_or_for(word: &str) -> bool {
    word.eq_ignore_ascii_case("of") || word.eq_ignore_ascii_case("for")
}

/// An organisation's head word, before its first "of" or "for" or else its last: "the council" is
/// the St. Paul City Council and "the ministry" the Ministry of Defence, but "teachers" is not the
/// Badass Teachers Association.
pub fn organisation_head<'t>(analysed: &Analysed<'t>, name: (usize, usize)) -> Option<&'t str> {
    let mut head = None;
    for w in alias_words(analysed, name).filter(|w| !w.is_empty()) {
        if is_of_or_for(w) && head.is_some() {
            break;
        }
        head = Some(w);
    }
    head
}

/// Whether "who" follows the name that ends at byte `end` ("Ruben Ostrander, who spent eleven
/// years …"): the text made its bearer a person.
fn who_follows(analysed: &Analysed, end: usize) -> bool {
    let at = analysed.tokens.partition_point(|t| t.start < end);
    let mut after = analysed.tokens[at..].iter();
    let mut next = after.next();
    if next.is_some_and(|t| t.is_punct(',')) {
        next = after.next();
    }
    next.is_some_and(|t| t.is_word() && word(analysed, t).eq_ignore_ascii_case("who"))
}

/// Whether many people hold the office at once, so that "the senator" is most likely the one
/// the text is about at that point rather than the last person titled so.
pub fn shared_office(word: &str) -> bool {
    office_entry(word).is_some_and(|office| office.shared)
}

/// The office an alias names ("Foreign Minister", "Sen."), if any: "Mr" and "the 58-year-old"
/// name none.
pub fn alias_office(analysed: &Analysed, alias: (usize, usize)) -> Option<&'static str> {
    alias_words(analysed, alias).find_map(office)
}

/// The name of the office a title word names (`offices.txt`), abbreviations spelled out: "Sen."
/// and "senator" are one office. Roles that are not offices ("candidate", "nominee") return
/// `None`: anyone can carry them.
fn office(word: &str) -> Option<&'static str> {
    office_entry(word).map(|office| &*office.name)
}

fn office_entry(word: &str) -> Option<&'static Office> {
    // Called for every word of every title: lower-case into a stack buffer, no allocation.
    let word = word
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches("'S")
        .trim_end_matches('.');
    let mut buffer = [0u8; 16];
    let bytes = word.as_bytes();
    if bytes.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    buffer[..bytes.len()].copy_from_slice(bytes);
    buffer[..bytes.len()].make_ascii_lowercase();
    english().office(std::str::from_utf8(&buffer[..bytes.len()]).ok()?)
}

/// The English lexicon, whose offices and title words the functions here read.
fn english() -> &'static Lexicon {
    crate::lexicon::for_lang(onrecord_model::Lang::En)
}

/// The person noun that introduces a name: "a resident named Caroline", "another blogger, writing
/// under the name Sever", "a commander with the call sign Fox". A place named so ("a village named
/// Kolnik") has no person noun, so no role.
fn introducing_role(analysed: &Analysed, lead: usize) -> Option<usize> {
    let tokens = &analysed.tokens;
    let introducer = lead.checked_sub(1)?;
    let w = word(analysed, &tokens[introducer]);
    let is = |candidates: &[&str]| candidates.iter().any(|c| w.eq_ignore_ascii_case(c));
    let search_from = if is(&["named", "nicknamed"]) {
        introducer
    } else if is(&["name", "sign", "handle", "pseudonym"]) {
        introducer.saturating_sub(8)
    } else {
        return None;
    };
    let person =
        |t: &Token| t.is_word() && !t.capital && t.info.is(class::TITLE | class::ANON_HEAD);
    if search_from == introducer {
        return introducer.checked_sub(1).filter(|&i| person(&tokens[i]));
    }
    (search_from..introducer)
        .rev()
        .find(|&i| person(&tokens[i]))
}

/// Whether the "as" at `at` gives a name: "who gave his name only as Lev", "identified only as
/// Denis".
pub fn name_given_as(analysed: &Analysed, at: usize) -> bool {
    let tokens = &analysed.tokens;
    word(analysed, &tokens[at]).eq_ignore_ascii_case("as")
        && tokens[at.saturating_sub(3)..at].iter().any(|t| {
            let w = word(analysed, t);
            w.eq_ignore_ascii_case("name") || w.eq_ignore_ascii_case("identified")
        })
}

/// Whether the name at `lead` follows a possessive and the noun for who the person is to someone,
/// opening the sentence: "Her neighbour Mykola Drozd, a welder, is angrier.", "His wife Nadia
/// says": the person so named is what the sentence is about.
fn named_relation_opens(analysed: &Analysed, lead: usize) -> bool {
    let tokens = &analysed.tokens;
    let plain = |t: &Token| {
        t.is_word()
            && !t.capital
            && !t
                .info
                .is(class::STOP | class::VERB | class::DETERMINER | class::PRONOUN)
    };
    // "Her colleague, the surgeon Dr. Pavel Kordin,": the relation in apposition before "the" and
    // a title.
    let end = if lead >= 3
        && tokens[lead - 1].info.is(class::DET_DEF)
        && tokens[lead - 2].is_punct(',')
        && plain(&tokens[lead - 3])
    {
        lead - 2
    } else {
        lead
    };
    let Some(mut first) = end.checked_sub(1).filter(|&i| plain(&tokens[i])) else {
        return false;
    };
    while first > 0 && end - first < 3 && plain(&tokens[first - 1]) {
        first -= 1;
    }
    let Some(owner) = first.checked_sub(1) else {
        return false;
    };
    tokens[owner].info.is(class::DET_POSS)
        && tokens[owner].info.pronoun.is_some()
        && owner.checked_sub(1).is_none_or(|i| {
            let t = &tokens[i];
            t.is_break() || t.is_mark() || matches!(t.kind, TokenKind::Punct('.' | '?' | '!'))
        })
}

/// Whether the name at `lead` is the one the writer contacted, opening the sentence: "We
/// contacted Ilse Marr", "I wrote to Kostrytsa", "We reached Marr by phone".
fn contacted_by_writer(analysed: &Analysed, lead: usize) -> bool {
    let tokens = &analysed.tokens;
    let is = |i: usize, words: &[&str]| word_is(analysed, i, words);
    let contact = [
        "contacted",
        "called",
        "reached",
        "emailed",
        "phoned",
        "messaged",
        "asked",
        "interviewed",
    ];
    // "I showed these figures to Professor Oren Malacki", "We put the claim to Ms Varga": what
    // the writer handed on, and to whom.
    let handed = [
        "showed",
        "put",
        "sent",
        "read",
        "passed",
        "forwarded",
        "took",
        "gave",
    ];
    let verb = match lead.checked_sub(1) {
        Some(to) if is(to, &["to"]) && to > 0 && is(to - 1, &["wrote", "spoke", "talked"]) => {
            to - 1
        }
        Some(verb) if is(verb, &contact) => verb,
        Some(to) if is(to, &["to"]) => match (to.saturating_sub(5)..to).find(|&v| is(v, &handed)) {
            Some(verb) if (verb + 1..to).all(|i| tokens[i].is_word()) => verb,
            _ => return false,
        },
        _ => return false,
    };
    verb > 0
        && is(verb - 1, &["we", "i"])
        && (verb == 1 || tokens[verb - 2].is_break() || tokens[verb - 2].is_punct('.'))
}

/// Whether the name at tokens `lead..=last` puts a question to someone else: "Asked by Hanna Viik
/// whether …", "Erik Solm of the Courier asked whether …", "Viik asked the governor if …".
fn puts_question(analysed: &Analysed, lead: usize, last: usize) -> bool {
    let tokens = &analysed.tokens;
    let is = |i: usize, words: &[&str]| word_is(analysed, i, words);
    if lead >= 2 && is(lead - 1, &["by"]) && is(lead - 2, &["asked", "questioned", "pressed"]) {
        return true;
    }
    // "… of the Courier", "… of Northwind Wire": the asker's outlet.
    let mut verb = last + 1;
    if is(verb, &["of"]) {
        verb += 1;
        if is(verb, &["the"]) {
            verb += 1;
        }
        while tokens.get(verb).is_some_and(is_name_token) {
            verb += 1;
        }
    }
    if !is(verb, &["asked"]) {
        return false;
    }
    const QUESTION: [&str; 9] = [
        "whether", "if", "why", "what", "how", "when", "who", "where", "about",
    ];
    // "asked the governor whether": whom the question is put to may come first.
    (verb + 1..=verb + 3).any(|i| is(i, &QUESTION))
        && (verb + 1..=verb + 3)
            .take_while(|&i| !is(i, &QUESTION))
            .all(|i| tokens.get(i).is_some_and(|t| t.is_word()))
}

/// Whether the name at `lead` opens a question a named asker put: "Erik Solm of the Courier asked
/// whether Dostan had seen". Who "was asked whether" someone would act answers for them.
fn asked_about(analysed: &Analysed, lead: usize) -> bool {
    let tokens = &analysed.tokens;
    lead >= 3
        && word_is(analysed, lead - 1, &["whether", "if"])
        && (lead.saturating_sub(5).max(1)..lead - 1)
            .any(|i| word_is(analysed, i, &["asked"]) && is_name_token(&tokens[i - 1]))
}

/// Whether the token at `i` is a word among `words` (lower case), whatever its case. Called for
/// every name: the length is compared before the letters.
fn word_is(analysed: &Analysed, i: usize, words: &[&str]) -> bool {
    analysed.tokens.get(i).is_some_and(|t| {
        t.is_word()
            && words
                .iter()
                .any(|w| t.end - t.start == w.len() && word(analysed, t).eq_ignore_ascii_case(w))
    })
}

/// Whether the name at tokens `lead..=last`, after a comma, is the next-to-last item of a list
/// ("sent Podesta, Mook and Abedin a message", "immigration, Social Security and more") rather
/// than the subject after an opening phrase ("In Lorm, Velesov and Drebin met").
fn list_item(analysed: &Analysed, lead: usize, last: usize) -> bool {
    let tokens = &analysed.tokens;
    if lead == 0 || !tokens[lead - 1].is_punct(',') {
        return false;
    }
    // Only "and"/"or" closes a list: a comma after the name is as likely an apposition's ("Its
    // spokeswoman, Marina Zhelud, said").
    let continues = tokens
        .get(last + 1)
        .is_some_and(|next| ["and", "or"].contains(&word(analysed, next)));
    let element_opens_phrase = tokens[..lead - 1]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .any(|t| t.info.is(class::OPENER));
    continues && !element_opens_phrase
}

/// Whether "its" follows the name ending at `last` among the lower-case words of its clause.
fn its_follows(analysed: &Analysed, last: usize) -> bool {
    analysed.tokens[last + 1..]
        .iter()
        .take(6)
        .take_while(|t| (t.is_word() && !t.capital) || t.is_punct(','))
        .any(|t| word(analysed, t) == "its")
}

/// Whether a token is a number written in digits ("13", "2026").
fn is_digits(analysed: &Analysed, token: &Token) -> bool {
    token.is_word() && word(analysed, token).bytes().all(|b| b.is_ascii_digit())
}

/// Whether a thread's post number ("3/", "3/8") or a live blog's time ("21:15") opening a line
/// stands just before `lead`.
fn line_number_before(analysed: &Analysed, lead: usize) -> bool {
    let tokens = &analysed.tokens;
    let number = |i: usize| is_digits(analysed, &tokens[i]);
    // "3/ Name", "3/8 Name" or "21:15 Name".
    let separator = match lead {
        l if l >= 2 && tokens[l - 1].is_punct('/') => l - 1,
        l if l >= 3
            && number(l - 1)
            && matches!(tokens[l - 2].kind, TokenKind::Punct('/' | ':')) =>
        {
            l - 2
        }
        _ => return false,
    };
    number(separator - 1) && (separator == 1 || tokens[separator - 2].is_break())
}

/// Whether the name at `lead` published what its sentence is about: "Satellite images published by
/// Orbis Lumen Imaging show …", so a later "the company" is that body. A source given in passing
/// between commas ("The email, released by Judicial Watch, was sent by …") is not.
fn publisher_of_subject(analysed: &Analysed, lead: usize) -> bool {
    lead >= 3
        && word_is(analysed, lead - 1, &["by"])
        && word_is(
            analysed,
            lead - 2,
            &[
                "published",
                "released",
                "issued",
                "provided",
                "shared",
                "posted",
            ],
        )
        && !analysed.tokens[lead - 3].is_punct(',')
}

/// Whether the name at `lead` is the one a text says was interviewed: "The Dorn Herald carries an
/// interview with Kamal Issen. He tells the paper …": who was interviewed answers next.
fn interviewed(analysed: &Analysed, lead: usize) -> bool {
    lead >= 2
        && word_is(analysed, lead - 1, &["with"])
        && word_is(
            analysed,
            lead - 2,
            &["interview", "interviews", "conversation"],
        )
}

/// Whether "is"/"was" stands before the name starting at `lead`, with at most a few lower-case
/// words between ("was the deputy harbour master Tomas Leder").
fn identified_by_copula(analysed: &Analysed, lead: usize) -> bool {
    let tokens = &analysed.tokens;
    let mut index = lead;
    while index > 0 && lead - index < 5 {
        index -= 1;
        let t = &tokens[index];
        if !t.is_word() {
            return false;
        }
        let w = word(analysed, t);
        if ["is", "was", "named"]
            .iter()
            .any(|copula| w.eq_ignore_ascii_case(copula))
        {
            return true;
        }
        if t.capital {
            return false;
        }
    }
    false
}

/// After the name word at `index`, a quoted nickname of one or two capitalised words followed by
/// another name word ("Juan “Chico” Manriquez"): the index of that name word.
fn nickname_skip(analysed: &Analysed, index: usize) -> Option<usize> {
    let tokens = &analysed.tokens;
    let open = tokens.get(index + 1).filter(|t| t.is_mark())?;
    let quote = analysed.quotes.get(open.quote as usize)?;
    let words = quote.close.checked_sub(index + 2)?;
    let after = quote.close + 1;
    ((1..=2).contains(&words)
        && quote.open == index + 1
        && (index + 2..quote.close).all(|i| tokens[i].is_word() && tokens[i].capital)
        && tokens
            .get(after)
            .is_some_and(|t| is_name_token(t) && !is_function(t)))
    .then_some(after)
}

/// [`split_title`] for a run that may start with the end of a title with "of" ("Chief of Staff
/// Rahm Emanuel": the name is "Rahm Emanuel", the title starts at "Chief").
pub fn split_title_after_of(
    analysed: &Analysed,
    lexicon: &Lexicon,
    first: usize,
    last: usize,
) -> NameRun {
    // "Edwin Marle KC": letters after a name are no part of it.
    let mut last = last;
    while last > first && lexicon.follows_name(word(analysed, &analysed.tokens[last])) {
        last -= 1;
    }
    let title_of = (first < last)
        .then(|| title_with_of_ending_at(analysed, lexicon, first))
        .flatten();
    let mut run = split_title(analysed, first + usize::from(title_of.is_some()), last);
    if title_of.is_some() {
        run.title_first = title_of;
    }
    run
}

/// Where a title with "of" ("chief of staff", "secretary of state") starts when it ends at
/// `index`, the first word of a capitalised run: "Chief of Staff Rahm Emanuel".
pub fn title_with_of_ending_at(
    analysed: &Analysed,
    lexicon: &Lexicon,
    index: usize,
) -> Option<usize> {
    let tokens = &analysed.tokens;
    // Cheap first: the word before must be "of" ("Chief of Staff").
    let after_of = index >= 2
        && tokens[index - 1].is_word()
        && word(analysed, &tokens[index - 1]).eq_ignore_ascii_case("of");
    if !after_of {
        return None;
    }
    lexicon
        .title_phrases
        .iter()
        .filter(|p| p.words.len() >= 3 && p.words.iter().any(|w| w.as_ref() == "of"))
        .find_map(|p| phrase_ending_at(analysed, p, index))
}

/// Where `phrase` starts when its words end at token `index`.
fn phrase_ending_at(
    analysed: &Analysed,
    phrase: &crate::lexicon::Phrase,
    index: usize,
) -> Option<usize> {
    let tokens = &analysed.tokens;
    let start = (index + 1).checked_sub(phrase.words.len())?;
    (start..=index)
        .zip(phrase.words.iter())
        .all(|(i, w)| tokens[i].is_word() && word(analysed, &tokens[i]).eq_ignore_ascii_case(w))
        .then_some(start)
}

/// Where a title of several words ("campaign manager", "chief executive") starts when it ends
/// at `index`.
fn title_phrase_ending_at(analysed: &Analysed, lexicon: &Lexicon, index: usize) -> Option<usize> {
    let tokens = &analysed.tokens;
    if !tokens[index].info.is(class::TITLE_END) {
        return None;
    }
    let last = word(analysed, &tokens[index]);
    lexicon
        .title_phrases
        .iter()
        .filter(|p| p.words.last().is_some_and(|w| w.eq_ignore_ascii_case(last)))
        .find_map(|p| phrase_ending_at(analysed, p, index))
}

/// A word with an adverb's ending that names seldom have: "Apolitically", "Frankly" is not
/// one of them, "Kelly" and "Daly" are names.
fn is_adverb_form(word: &str) -> bool {
    let bytes = word.as_bytes();
    [
        "ally", "ously", "ively", "fully", "ently", "antly", "edly", "ingly", "lessly",
    ]
    .iter()
    .any(|ending| {
        bytes.len() > ending.len() + 2
            && bytes[bytes.len() - ending.len()..].eq_ignore_ascii_case(ending.as_bytes())
    })
}

/// A capitalised word with a lower-case part after a hyphen, which makes it a modifier:
/// "Angeles-area", "Kremlin-backed", "London-based" (but "Jean-Pierre" is a name).
pub fn hyphenated_modifier(word: &str) -> bool {
    word.len() > 3
        && word.rsplit_once('-').is_some_and(|(before, after)| {
            !before.is_empty() && after.chars().next().is_some_and(char::is_lowercase)
        })
}

/// Whether a verb (a reporting verb, a finite form or a lower-case past tense) of the main clause
/// stands between the start of the sentence and `index`; an opening adverbial ("Filling in for
/// Sanders at the event where Clinton appeared, West …") is not the main clause.
fn verb_earlier_in_sentence(analysed: &Analysed, index: usize) -> bool {
    let tokens = &analysed.tokens;
    let mut start = index;
    while start > 0
        && index - start < 60
        && !tokens[start - 1].is_break()
        && !matches!(tokens[start - 1].kind, TokenKind::Punct('.' | '!' | '?'))
    {
        start -= 1;
    }
    let first_word = (start..index).find(|&i| tokens[i].is_word());
    let opener = first_word.is_some_and(|i| {
        let w = word(analysed, &tokens[i]);
        tokens[i].capital
            && (tokens[i].info.is(class::OPENER) || w.ends_with("ing") || w.ends_with("ed"))
    });
    // "Asked by the chairman, Stefan Orlik, whether the memo was read, Motescu did not answer":
    // the opening adjunct ends at the last comma before the name, whatever it holds.
    if opener {
        if let Some(comma) = (start..index).rev().find(|&i| tokens[i].is_punct(',')) {
            start = comma + 1;
        }
    }
    tokens[start..index].iter().any(|t| {
        t.is_word()
            && !t.capital
            && t.quote == NO_QUOTE
            && (t.info.is(class::VERB | class::FINITE) || word(analysed, t).ends_with("ed"))
    })
}

/// The full stop of an initial, glued to a single capital letter: "Rolf T. Dunmore".
pub fn is_initial_dot(analysed: &Analysed, dot: usize) -> bool {
    let tokens = &analysed.tokens;
    dot > 0
        && dot < tokens.len()
        && tokens[dot].is_punct('.')
        && tokens[dot].start == tokens[dot - 1].end
        && tokens[dot - 1].capital
        && word(analysed, &tokens[dot - 1]).chars().count() == 1
}

/// A capital letter with its full stop between names, even one that spells a word: the "A" of
/// "Jock A. Finlayson", the "I" of "Mary I. Smith".
fn is_middle_initial(analysed: &Analysed, index: usize) -> bool {
    let tokens = &analysed.tokens;
    index + 2 < tokens.len()
        && is_initial_dot(analysed, index + 1)
        && is_name_token(&tokens[index + 2])
        && !is_function(&tokens[index + 2])
}

/// "Messelund, 9 October 2026 - Press release", "KORVESH, Sept 1 (CWS) -": a name opening a
/// paragraph before a comma and a date is the dateline's place.
fn opens_dateline(analysed: &Analysed, first: usize, last: usize) -> bool {
    let tokens = &analysed.tokens;
    let is_number = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.is_word() && word(analysed, t).starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let is_month = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.is_word() && t.capital && t.info.is(class::TIME | class::ABBREV))
    };
    let date =
        (is_number(last + 2) && is_month(last + 3)) || (is_month(last + 2) && is_number(last + 3));
    (first == 0 || tokens[first - 1].is_break())
        && tokens.get(last + 1).is_some_and(|t| t.is_punct(','))
        && date
}

/// "the official spokesman, Major-General Arkadi Tsvelev,": a definite title set off by a comma
/// right before a name that the apposition closes after. ("Asked about the minister, Vorn said"
/// is no apposition: the name goes on into the clause.)
fn appositive_title_before(
    analysed: &Analysed,
    lead: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let tokens = &analysed.tokens;
    let comma = lead.checked_sub(1)?;
    let head = comma.checked_sub(1)?;
    // "…, Ambassador Tomas Avelar of the Republic of Salenta": where the holder is from may
    // follow the name.
    let closes = tokens.get(last + 1).is_none_or(|t| {
        t.is_break() || t.is_punct(',') || t.is_punct('.') || word(analysed, t) == "of"
    });
    let title = &tokens[head];
    if !tokens[comma].is_punct(',') || !closes || !title.is_word() {
        return None;
    }
    // "under the auspices of the Mediator, Ambassador Tomas Avelar": an office capitalised as
    // its one holder's.
    if title.capital
        && title.info.is(class::TITLE)
        && head
            .checked_sub(1)
            .is_some_and(|the| word(analysed, &tokens[the]).eq_ignore_ascii_case("the"))
    {
        return Some((title.start, title.end));
    }
    // "The head of the State Cyber Protection Service, Viktor Holm,": a title and the body it
    // heads, named in capitals.
    if title.capital {
        let of = (head.saturating_sub(8)..head).find(|&i| word(analysed, &tokens[i]) == "of")?;
        let office = of.checked_sub(1)?;
        let body_named = (of + 1..=head).all(|i| {
            let t = &tokens[i];
            t.is_word() && (t.capital || word(analysed, t) == "the")
        });
        let definite = office
            .checked_sub(1)
            .is_some_and(|i| word(analysed, &tokens[i]).eq_ignore_ascii_case("the"));
        let office_token = &tokens[office];
        return (body_named
            && definite
            && !office_token.capital
            && office_token.info.is(class::TITLE))
        .then_some((office_token.start, title.end));
    }
    if !title.info.is(class::TITLE) {
        return None;
    }
    let first = (head.saturating_sub(3)..head)
        .rev()
        .take_while(|&i| {
            let t = &tokens[i];
            t.is_word()
                && !t.capital
                && !ends_possessive(analysed, i)
                && !t
                    .info
                    .is(class::VERB | class::STOP | class::PRONOUN | class::DETERMINER)
        })
        .last()
        .unwrap_or(head);
    // "the official spokesman", "his lawyer", "Sverdan's lawyer": a title that is someone's.
    let definite = first.checked_sub(1).is_some_and(|i| {
        word(analysed, &tokens[i]).eq_ignore_ascii_case("the")
            || tokens[i].info.is(class::DET_POSS)
            || ends_possessive(analysed, i)
    });
    definite.then(|| (tokens[first].start, tokens[head].end))
}

/// The head noun of a body's description in apposition after its name: "Open Cradle, a
/// Tarnovets-based children's rights group," gives "group".
fn appositive_body_after(analysed: &Analysed, last: usize) -> Option<(usize, usize)> {
    let tokens = &analysed.tokens;
    if !tokens.get(last + 1)?.is_punct(',') {
        return None;
    }
    let first = last + 2;
    if !tokens
        .get(first)?
        .info
        .is(class::DET_INDEF | class::DET_DEF)
    {
        return None;
    }
    let head = (first + 1..tokens.len().min(first + 8))
        .take_while(|&i| {
            let t = &tokens[i];
            // "seafarers' rights group": a plural's possessive mark.
            (t.is_mark() && t.quote == NO_QUOTE)
                || (t.is_word()
                    && !t
                        .info
                        .is(class::VERB | class::STOP | class::PRONOUN | class::TITLE))
        })
        .find(|&i| {
            tokens[i].info.is(class::ORG_HEAD)
                && !tokens[i].capital
                && tokens
                    .get(i + 1)
                    .is_none_or(|t| t.is_break() || t.is_punct(',') || t.is_punct('.'))
        })?;
    Some((tokens[head].start, tokens[head].end))
}

/// The title in apposition after the name ending at `last`, as a byte range: `, Deputy
/// Spokesperson for …`, `, the foreign minister,`. At most four words, ending in a title word,
/// followed by a comma, a full stop, "of", "for" or the line's end.
fn appositive_title_after(analysed: &Analysed, last: usize) -> Option<(usize, usize)> {
    let tokens = &analysed.tokens;
    let mut comma = last + 1;
    // "Marek from Kassov, a former platoon sergeant,": where the person is from may come first.
    if tokens
        .get(comma)
        .is_some_and(|t| word(analysed, t) == "from")
    {
        comma += 1;
        while tokens.get(comma).is_some_and(is_name_token) {
            comma += 1;
        }
    }
    if !tokens.get(comma)?.is_punct(',') {
        return None;
    }
    let mut first = comma + 1;
    if word(analysed, tokens.get(first)?).eq_ignore_ascii_case("the") {
        first += 1;
    }
    let end = (first..tokens.len().min(first + 4))
        .take_while(|&i| {
            let t = &tokens[i];
            t.is_word() && !t.info.is(class::VERB | class::STOP | class::PRONOUN)
        })
        .filter(|&i| tokens[i].info.is(class::TITLE))
        .last()?;
    let closes = tokens.get(end + 1).is_none_or(|t| {
        t.is_break() || t.is_punct(',') || t.is_punct('.') || is_of_or_for(word(analysed, t))
    });
    // "At a briefing in Istrana, the ministry's spokesman, Pavel Ostrogin, said": a full name
    // after the title is whose title it is.
    let names_next = tokens.get(end + 1).is_some_and(|t| t.is_punct(','))
        && tokens.get(end + 2).is_some_and(is_name_token)
        && tokens.get(end + 3).is_some_and(is_name_token);
    (closes && !names_next).then(|| (tokens[first].start, tokens[end].end))
}

/// Whether tokens `first..=last` are capitalised words that end in a title and name no one: "Energy
/// Minister", "Prime Minister", but not "CNN President" or "Tomas Judge".
pub fn names_office(analysed: &Analysed, first: usize, last: usize) -> bool {
    let tokens = &analysed.tokens;
    tokens[last].info.is(class::TITLE)
        && !tokens[last].info.is(class::ORG_HEAD)
        && (first..last).all(|i| qualifies_title(analysed, &tokens[i]))
}

/// Whether a capitalised word before a title can be part of the title rather than a name: not a
/// first name or an organisation's head, and no brand or abbreviation ("CNN President", "HuffPost
/// Pollster"), as "Energy" in "the Energy Minister".
fn qualifies_title(analysed: &Analysed, token: &Token) -> bool {
    token.is_word()
        && token.capital
        && !token
            .info
            .is(class::MALE_NAME | class::FEMALE_NAME | class::ORG_HEAD)
        && !word(analysed, token)
            .chars()
            .skip(1)
            .any(char::is_uppercase)
}

pub fn is_name_token(token: &Token) -> bool {
    token.is_word() && token.capital && token.quote == NO_QUOTE
}

pub fn ends_possessive(analysed: &Analysed, index: usize) -> bool {
    ends_possessive_word(word(analysed, &analysed.tokens[index]))
}

pub fn ends_possessive_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// "Corvalan State Railways": a capitalised word that is also a verb, between a name's words
/// and the organisation's head, is part of the name (a title-case headline's verb, "Obama Says
/// New Museum …", is followed by no such head).
fn verb_inside_body_name(tokens: &[Token], at: usize) -> bool {
    !tokens[at].info.is(FUNCTION_BUT_VERB)
        && tokens
            .get(at + 1)
            .is_some_and(|next| is_name_token(next) && next.info.is(class::ORG_HEAD))
}

/// The classes of words that are no part of a name, but verbs.
const FUNCTION_BUT_VERB: u32 =
    class::DETERMINER | class::STOP | class::PRONOUN | class::SKIP | class::TIME | class::HEDGE;

pub fn is_function(token: &Token) -> bool {
    token.info.is(FUNCTION_BUT_VERB | class::VERB) && !token.info.is(class::TITLE)
}
