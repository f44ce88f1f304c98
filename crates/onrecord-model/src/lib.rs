//! The shared data model of onrecord: what a document, an entity, a statement and a fact are.
//!
//! Every other crate speaks these types, so this crate stays small and dependency-light: plain data,
//! serde derives, helpers for spans, and the one classification several stages share (which language
//! a text is in, from letter statistics). It never does IO, never knows SQL or HTTP, and holds no other
//! logic beyond what keeps its own values consistent.
//!
//! Offsets: every [`Span`] counts Unicode code points into [`Document::text`], end exclusive, exactly as
//! the evaluation format (`../shared/eval/FORMAT.md`) does. Crates that work on byte offsets internally
//! convert with [`CharIndex`] at their boundary.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

mod char_index;
mod facts;
mod lang;

pub use char_index::CharIndex;
pub use facts::{Bound, Fact, FactKind, Figure, Granularity, PlaceRef, TimeRef};
pub use lang::Letters;

/// A half-open range of code points `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The languages onrecord extracts from. Anything else is stored as [`Lang::Other`] and only searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
    Uk,
    Other,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Other => "und",
        }
    }

    /// Parses an ISO 639-1 code or a BCP 47 tag such as `en-GB`; unknown codes are [`Lang::Other`].
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" | "eng" => Lang::En,
            "ru" | "rus" => Lang::Ru,
            "uk" | "ukr" | "ua" => Lang::Uk,
            _ => Lang::Other,
        }
    }
}

/// One ingested text with its metadata. Identity is the content hash of the normalised text:
/// the same text seen twice is one document with two sightings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short stable id (a prefix of `content_hash`), what `onrecord show` takes.
    pub id: String,
    /// Hex digest of the normalised text.
    pub content_hash: String,
    /// A human name for the document: the file stem, or the record's key inside an archive or feed.
    pub name: String,
    /// Where it came from: a channel, an outlet, a feed title.
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    /// When it was published; date-only sources carry midnight.
    pub published: Option<NaiveDateTime>,
    pub lang: Lang,
    pub text: String,
    /// The post this one reposts or forwards, when the input says so (a channel name or URL).
    pub reposted_from: Option<String>,
    /// The record's identity at its source (a Telegram `channel/message` id, a feed item guid), when
    /// it has one: a later record with the same key and other text is an edit that replaces it.
    pub external_id: Option<String>,
}

/// The kind of speaker an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Channel,
    /// An unnamed source ("a senior European diplomat"); never merged with another.
    Anonymous,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Channel => "channel",
            EntityKind::Anonymous => "anonymous",
        }
    }

    pub fn parse(value: &str) -> Option<EntityKind> {
        Some(match value {
            "person" => EntityKind::Person,
            "organisation" => EntityKind::Organisation,
            "channel" => EntityKind::Channel,
            "anonymous" => EntityKind::Anonymous,
            _ => return None,
        })
    }
}

/// Direct (verbatim), indirect (reported) or mixed (reported with a quoted fragment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Direct,
    Indirect,
    Mixed,
}

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
            StatementKind::Mixed => "mixed",
        }
    }

    pub fn parse(value: &str) -> Option<StatementKind> {
        Some(match value {
            "direct" => StatementKind::Direct,
            "indirect" => StatementKind::Indirect,
            "mixed" => StatementKind::Mixed,
            _ => return None,
        })
    }
}

/// Who made a statement, as resolved within one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The mention nearest the statement as written ("he", "the minister", "Velesov").
    pub mention: String,
    /// Where that mention stands, when it stands in the text (a channel post's speaker may not).
    pub mention_span: Option<Span>,
    /// The canonical name: the fullest name the document gives, or the description of an anonymous
    /// source ("a senior European diplomat").
    pub name: String,
    pub kind: EntityKind,
    /// Titles and other forms the document uses for the same speaker ("Foreign Minister", "Velesov").
    pub aliases: Vec<String>,
}

impl Speaker {
    pub fn is_anonymous(&self) -> bool {
        self.kind == EntityKind::Anonymous
    }
}

/// One attributed statement found in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub kind: StatementKind,
    /// What was said; for direct quotes, without the enclosing quotation marks. A quote split around
    /// its attribution is one statement whose span runs from the first piece to the last.
    pub content: Span,
    /// The pieces of a split quote, in order, when there is more than one.
    pub pieces: Vec<Span>,
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// True when the text hedges the statement ("reportedly", "allegedly", "is said to").
    pub hedged: bool,
    /// The stable id of the rule that found it, e.g. `en.quote.said-after`.
    pub rule: String,
}

impl Statement {
    /// What was said, as text: the content span, or for a statement split around its attribution
    /// (`"A," he said, "B."`) its pieces joined by a space, without the attribution between them.
    pub fn said<'a>(&self, text: &'a str, index: &CharIndex) -> std::borrow::Cow<'a, str> {
        if self.pieces.len() > 1 {
            let pieces: Vec<&str> = self.pieces.iter().map(|&p| index.slice(text, p)).collect();
            std::borrow::Cow::Owned(pieces.join(" "))
        } else {
            std::borrow::Cow::Borrowed(index.slice(text, self.content))
        }
    }
}

/// Everything extraction finds in one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub statements: Vec<Statement>,
    pub facts: Vec<Fact>,
}
