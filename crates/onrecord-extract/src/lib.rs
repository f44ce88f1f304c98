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

/// `@suvar_front` is the channel the document also calls `Suvar Front`: a handle is named by the
/// display name it spells, when the document gives one.
fn handle_display_name<'t>(text: &'t str, entities: &Entities, name: &str) -> Option<&'t str> {
    let handle = name.strip_prefix('@')?.to_lowercase();
    entities.list.iter().find_map(|e| {
        let display = text.get(e.name.0..e.name.1)?;
        let spelled: String = display
            .chars()
            .map(|c| if c == ' ' || c == '-' { '_' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        (!display.starts_with('@') && spelled == handle).then_some(display)
    })
}

fn to_statement(text: &str, index: &CharIndex, entities: &Entities, found: Found) -> Statement {
    let speaker = found.speaker.map(|s| {
        let mention = text.get(s.mention.0..s.mention.1).unwrap_or("").to_string();
        match s.resolved {
            Resolved::Entity(e) => {
                let entity = &entities.list[e];
                let written = text.get(entity.name.0..entity.name.1).unwrap_or("");
                let name = handle_display_name(text, entities, written)
                    .unwrap_or(written)
                    .to_string();
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
                    kind: entity.kind,
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
