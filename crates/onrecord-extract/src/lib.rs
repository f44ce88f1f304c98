//! Statement extraction: finds every attributed statement in a document's text and resolves its speaker.
//!
//! What this crate owns: the rules (`english`), the lexicons they read (`lexicon/<lang>/*.txt`, embedded
//! in the binary), tokenisation and quotation-mark pairing (`text`) and speaker resolution within one
//! document (`speakers`).
//!
//! What it must never do: IO, reading the clock, keeping mutable global state, panicking on any input.
//! [`extract`] is a pure, deterministic, thread-safe function `&Document -> Vec<Statement>`; the only
//! global is the compiled lexicon, built once and read-only after that.
//!
//! Every statement carries the stable id of the rule that found it (`en.quote.said-after`,
//! `en.reported.said-that`, `en.post.colon-block`, ...) and code-point spans into `Document::text`
//! (byte offsets are used inside and converted with [`CharIndex`] at the boundary).
//!
//! Languages: English rules run for `Lang::En` and `Lang::Other`; Russian and Ukrainian run the shared
//! `slavic` rules with their own lexicon folders (`lexicon/ru/`, `lexicon/uk/`). A document with lines
//! clearly in another language (`languages`) has those runs extracted by that language's rules.

mod english;
mod languages;
pub mod lexicon;
mod slavic;
mod speakers;
mod text;

use onrecord_model::{CharIndex, Document, EntityKind, Lang, Span, Speaker, Statement};

use crate::english::{Extractor, Found};
use crate::speakers::{Entities, Resolved};

/// Extracts the attributed statements of one document, in text order.
pub fn extract(document: &Document) -> Vec<Statement> {
    let text = document.text.as_str();
    let runs = languages::runs(text, document.lang);
    if let [only] = &runs[..] {
        return extract_in(text, only.lang);
    }
    let index = CharIndex::new(text);
    runs.iter()
        .flat_map(|run| {
            let offset = index.to_char(run.start);
            extract_in(&text[run.start..run.end], run.lang)
                .into_iter()
                .map(move |statement| shifted(statement, offset))
        })
        .collect()
}

fn extract_in(text: &str, lang: Lang) -> Vec<Statement> {
    match lang {
        Lang::En | Lang::Other => extract_english(text),
        Lang::Ru | Lang::Uk => slavic::extract(text, lang),
    }
}

/// A statement found in a run of the text, with its spans moved to count from the text's start.
fn shifted(mut statement: Statement, offset: usize) -> Statement {
    let shift = |span: &mut Span| {
        span.start += offset;
        span.end += offset;
    };
    shift(&mut statement.content);
    statement.pieces.iter_mut().for_each(shift);
    statement.cue.as_mut().map(shift);
    if let Some(span) = statement
        .speaker
        .as_mut()
        .and_then(|speaker| speaker.mention_span.as_mut())
    {
        shift(span);
    }
    statement
}

fn extract_english(text: &str) -> Vec<Statement> {
    let lexicon = lexicon::for_lang(Lang::En);
    let analysed = text::analyse(text, lexicon);
    let (found, entities) = Extractor::new(&analysed, lexicon).run();
    let index = CharIndex::new(text);
    found
        .into_iter()
        .map(|f| to_statement(text, &index, &entities, f))
        .collect()
}

fn span(index: &CharIndex, (start, end): (usize, usize)) -> Span {
    let start = index.to_char(start);
    let end = index.to_char(end).max(start);
    Span { start, end }
}

/// `@suvar_front` is the channel the document also calls `Suvar Front`, and `@IlonaCastrell` or
/// `@CastrellGov` the person it calls `Ilona Castrell` or `Ms Castrell`: the entity behind a handle
/// is the one whose name the handle spells, when the document gives one. Returns it and whether it
/// is a person spelled so (a channel's display name says nothing of what the channel is).
fn handle_owner(text: &str, entities: &Entities, name: &str) -> Option<(usize, bool)> {
    let handle = name.strip_prefix('@')?;
    let lower = handle.to_lowercase();
    let parts = handle_parts(handle);
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    for (index, e) in entities.list.iter().enumerate() {
        let Some(display) = text.get(e.name.0..e.name.1) else {
            continue;
        };
        if display.starts_with('@') || e.kind == EntityKind::Anonymous || e.place_like {
            continue;
        }
        let spelled = || {
            display
                .chars()
                .map(|c| if c == ' ' || c == '-' { '_' } else { c })
                .flat_map(char::to_lowercase)
        };
        if display.len() == handle.len() && spelled().eq(lower.chars()) {
            return Some((index, false));
        }
        // Only a person's name may leave a word of the handle over (`Gov`, a first name the
        // document does not give): `@DravicMFA` is not whoever is called `Dravic`.
        if !e.person_like() {
            continue;
        }
        let covered = spelled_by_parts(display, &parts);
        if covered == 0 {
            continue;
        }
        match best {
            Some((_, most)) if most > covered => {}
            Some((_, most)) if most == covered => tied = true,
            _ => {
                best = Some((index, covered));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(index, _)| (index, true))
}

/// The words a handle is written in: `IlonaCastrell` is `ilona`, `castrell`; `tessa_hullwater` is
/// `tessa`, `hullwater`; `DravicMFA` is `dravic`, `mfa`.
fn handle_parts(handle: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    for c in handle.chars() {
        let starts_word = match previous {
            None => true,
            Some(p) => {
                !p.is_alphanumeric()
                    || (c.is_uppercase() && p.is_lowercase())
                    || (c.is_ascii_digit() != p.is_ascii_digit())
            }
        };
        if c.is_alphanumeric() {
            if starts_word || parts.is_empty() {
                parts.push(String::new());
            }
            parts
                .last_mut()
                .expect("pushed above")
                .extend(c.to_lowercase());
        }
        previous = Some(c);
    }
    parts
}

/// How many of a handle's words a person's or organisation's name spells: all its words in a row, in
/// either order, with at most one word of the handle left over (`Gov`, a first name the document
/// does not give). A name spelled only in part, or a handle with more left over, is another account.
fn spelled_by_parts(display: &str, parts: &[String]) -> usize {
    let words: Vec<&str> = display
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    if n == 0 || n > parts.len() || parts.len() > n + 1 || words.iter().any(|w| w.len() < 3) {
        return 0;
    }
    // Compared lower-cased character by character: this runs for every person in the document.
    let same =
        |word: &str, part: &String| word.chars().flat_map(char::to_lowercase).eq(part.chars());
    let in_order = |run: &[String]| run.iter().zip(&words).all(|(part, word)| same(word, part));
    let reversed = |run: &[String]| {
        run.iter()
            .zip(words.iter().rev())
            .all(|(part, word)| same(word, part))
    };
    let found = parts
        .windows(n)
        .any(|run| in_order(run) || (n == 2 && reversed(run)));
    if found {
        n
    } else {
        0
    }
}

/// A name written in capitals as a name is written: "ROUX-LIND" → "Roux-Lind", "O'NEIL" →
/// "O'Neil".
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for ch in name.chars() {
        if word_start {
            out.extend(ch.to_uppercase());
        } else {
            out.extend(ch.to_lowercase());
        }
        word_start = !ch.is_alphanumeric();
    }
    out
}

fn to_statement(text: &str, index: &CharIndex, entities: &Entities, found: Found) -> Statement {
    let speaker = found.speaker.map(|s| {
        let mention = text.get(s.mention.0..s.mention.1).unwrap_or("").to_string();
        match s.resolved {
            Resolved::Entity(e) => {
                let written = &entities.list[e].name;
                let written = text.get(written.0..written.1).unwrap_or("");
                let (owner, person) = handle_owner(text, entities, written).unwrap_or((e, false));
                let entity = &entities.list[owner];
                let kind = if person {
                    EntityKind::Person
                } else {
                    entities.list[e].kind
                };
                let written_name = text.get(entity.name.0..entity.name.1).unwrap_or("");
                let name = lexicon::for_lang(onrecord_model::Lang::En)
                    .spell_out(written_name)
                    .unwrap_or_else(|| written_name.to_string());
                // "PIET ROSSMAN:" labels a transcript's turn; the person is Piet Rossman, and "COL.
                // VARNE:" Varne (one word in capitals with no title, "KGT", may be an acronym).
                let capitals = !name.chars().any(char::is_lowercase)
                    && (name.contains(' ') || !entity.aliases.is_empty());
                let name = if kind == EntityKind::Person && capitals {
                    title_case(&name)
                } else {
                    name
                };
                let mut aliases: Vec<String> = Vec::new();
                for &(a, b) in &entity.aliases {
                    let alias = text.get(a..b).unwrap_or("").to_string();
                    if !alias.is_empty() && !aliases.contains(&alias) {
                        aliases.push(alias);
                    }
                }
                if mention != name && !aliases.contains(&mention) {
                    aliases.push(mention.clone());
                }
                Speaker {
                    mention,
                    mention_span: Some(span(index, s.mention)),
                    name,
                    kind,
                    aliases,
                }
            }
            Resolved::Anonymous(description) => Speaker {
                mention,
                mention_span: Some(span(index, s.mention)),
                name: description,
                kind: EntityKind::Anonymous,
                aliases: Vec::new(),
            },
        }
    });
    Statement {
        kind: found.kind,
        content: span(index, (found.start, found.end)),
        pieces: found.pieces.iter().map(|&p| span(index, p)).collect(),
        speaker,
        cue: found.cue.map(|c| span(index, c)),
        hedged: found.hedged,
        rule: found.rule.to_string(),
    }
}
