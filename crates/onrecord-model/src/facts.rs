//! Facts found inside documents: figures, times and places. Their serialised shapes are the ones of
//! `../shared/eval/FACTS.md` (the `extract --facts` wire format), so keep field names stable.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How a figure's number relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Exact,
    AtLeast,
    AtMost,
    About,
}

/// A number with what it counts: "4,700 to 6,300 fighters surrounded in the Kursk region".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub low: f64,
    pub high: f64,
    /// True for vague or approximate numbers ("about", "dozens").
    pub approx: bool,
    pub bound: Bound,
    /// The normalised unit lemma: "fighter", "drone", "percent", "USD".
    pub unit: String,
    /// What is counted, as the text says it, when it says more than the unit.
    pub counted: Option<String>,
}

/// How precise a time expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Instant,
    PartOfDay,
    Day,
    Week,
    Month,
    Season,
    Year,
    /// A quarter of a year ("in the first quarter").
    Quarter,
    /// A stretch between two points of different kinds ("since Monday": Monday to the end of the
    /// publication day).
    Range,
}

/// A time expression normalised to an interval: `from` inclusive, `to` exclusive, local time,
/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeRef {
    pub from: String,
    pub to: String,
    pub granularity: Granularity,
    /// The day the expression was resolved against, `YYYY-MM-DD`: the publication date for
    /// "yesterday", "on Tuesday" or "7 March" (its year), the day the text last spoke of for "a week
    /// earlier" or "the next day", the first day of the month last named for "the same month last
    /// year"; `None` (serialised `null`) when the expression is absolute ("7 March 2024", "in 2023").
    /// An extra field beyond FACTS.md; absent in older stored data, hence the default.
    #[serde(default)]
    pub anchor: Option<String>,
}

/// A place resolved against the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// The canonical English (GeoNames-style) name: "Kyiv", "Kursk Oblast".
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// What a fact says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum FactKind {
    Figure(Figure),
    Time(TimeRef),
    Place(PlaceRef),
}

/// One fact with its span in the document text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub span: Span,
    #[serde(flatten)]
    pub kind: FactKind,
}
