//! The lexicons behind the analyses, kept as data files in `data/` and embedded at build time:
//! negators, antonym pairs, stance phrases, modal words, figure units and event words. Each file
//! carries its own examples (`#+` / `#-` lines) that the tests run.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::{stem, tokens, Token};

pub const NEGATION: &str = include_str!("../data/negation.txt");
pub const ANTONYMS: &str = include_str!("../data/antonyms.tsv");
pub const STANCE: &str = include_str!("../data/stance.tsv");
pub const MODALITY: &str = include_str!("../data/modality.tsv");
pub const UNITS: &str = include_str!("../data/units.tsv");
pub const EVENTS: &str = include_str!("../data/events.tsv");

/// How sure a statement sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Possible,
    Certain,
}

#[derive(Debug, Clone)]
pub struct StancePhrase {
    pub dimension: String,
    /// +1 or -1.
    pub polarity: i8,
    pub stems: Vec<String>,
    pub text: String,
}

/// All lexicons, parsed once.
#[derive(Debug)]
pub struct Lexicons {
    pub negators: Vec<Vec<String>>,
    pub antonyms: HashMap<String, Vec<String>>,
    pub stance: Vec<StancePhrase>,
    pub modality: Vec<(Vec<String>, Modality)>,
    /// Lower-case unit or noun -> class; `None` for quantities that are never compared.
    pub units: HashMap<String, Option<String>>,
    pub events: Vec<(Vec<String>, String)>,
    /// Stance phrase positions in `stance`, by first stem, longest phrase first.
    pub stance_by_first: HashMap<String, Vec<usize>>,
    /// Positions in `negators` and `modality`, by first stem: a text is searched once, not once
    /// per phrase.
    pub negators_by_first: HashMap<String, Vec<usize>>,
    pub modality_by_first: HashMap<String, Vec<usize>>,
    pub events_by_first: HashMap<String, Vec<usize>>,
}

/// Positions of `phrases` by their first stem.
fn by_first<'a>(phrases: impl Iterator<Item = &'a Vec<String>>) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (position, phrase) in phrases.enumerate() {
        if let Some(first) = phrase.first() {
            index.entry(first.clone()).or_default().push(position);
        }
    }
    index
}

/// Where the phrases of `index` (positions into `phrases`) occur in `stems`: `(start, phrase)`.
pub fn find_phrases<'a>(
    stems: &[Option<String>],
    phrases: impl Fn(usize) -> &'a [String],
    index: &HashMap<String, Vec<usize>>,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (start, stem) in stems.iter().enumerate() {
        let Some(stem) = stem else { continue };
        for &position in index.get(stem).into_iter().flatten() {
            let phrase = phrases(position);
            if start + phrase.len() <= stems.len()
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(k, p)| stems[start + k].as_deref() == Some(p.as_str()))
            {
                found.push((start, position));
            }
        }
    }
    found
}

/// The embedded lexicons.
pub fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(Lexicons::parse)
}

/// Data lines: not blank, not comments, split on tabs.
fn lines(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// The stems of a phrase's words, in order.
pub fn phrase_stems(phrase: &str) -> Vec<String> {
    tokens(phrase)
        .into_iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(stem(&w)),
            Token::Break => None,
        })
        .collect()
}

impl Lexicons {
    fn parse() -> Lexicons {
        let negators: Vec<Vec<String>> = lines(NEGATION)
            .map(|f| phrase_stems(f[0]))
            .filter(|s| !s.is_empty())
            .collect();
        let mut antonyms: HashMap<String, Vec<String>> = HashMap::new();
        for fields in lines(ANTONYMS) {
            if let [a, b] = fields[..] {
                let (a, b) = (stem(a), stem(b));
                antonyms.entry(a.clone()).or_default().push(b.clone());
                antonyms.entry(b).or_default().push(a);
            }
        }
        let stance: Vec<StancePhrase> = lines(STANCE)
            .filter_map(|f| match f[..] {
                [dimension, sign, phrase] => Some(StancePhrase {
                    dimension: dimension.to_string(),
                    polarity: if sign == "-" { -1 } else { 1 },
                    stems: phrase_stems(phrase),
                    text: phrase.to_string(),
                }),
                _ => None,
            })
            .collect();
        let modality: Vec<(Vec<String>, Modality)> = lines(MODALITY)
            .filter_map(|f| match f[..] {
                [phrase, strength] => Some((
                    phrase_stems(phrase),
                    if strength == "certain" {
                        Modality::Certain
                    } else {
                        Modality::Possible
                    },
                )),
                _ => None,
            })
            .collect();
        let units = lines(UNITS)
            .filter_map(|f| match f[..] {
                [word, class] => Some((
                    word.to_lowercase(),
                    (class != "-").then(|| class.to_string()),
                )),
                _ => None,
            })
            .collect();
        let events: Vec<(Vec<String>, String)> = lines(EVENTS)
            .filter_map(|f| match f[..] {
                [phrase, event] => Some((phrase_stems(phrase), event.to_string())),
                _ => None,
            })
            .collect();
        let mut stance_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, phrase) in stance.iter().enumerate() {
            if let Some(first) = phrase.stems.first() {
                stance_by_first
                    .entry(first.clone())
                    .or_default()
                    .push(index);
            }
        }
        for list in stance_by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(stance[i].stems.len()));
        }
        let negators_by_first = by_first(negators.iter());
        let modality_by_first = by_first(modality.iter().map(|(phrase, _)| phrase));
        let events_by_first = by_first(events.iter().map(|(phrase, _)| phrase));
        Lexicons {
            stance_by_first,
            negators_by_first,
            modality_by_first,
            events_by_first,
            negators,
            antonyms,
            stance,
            modality,
            units,
            events,
        }
    }

    /// The class of a unit lemma or noun: `Some(Some(class))` when known, `Some(None)` when it is a
    /// quantity never compared, `None` when unknown.
    pub fn unit_class(&self, unit: &str) -> Option<Option<&str>> {
        let lower = unit.to_lowercase();
        self.units
            .get(&lower)
            .or_else(|| self.units.get(lower.trim_end_matches('s')))
            .map(Option::as_deref)
    }

    /// Every unit word of a class, for querying the ledger.
    pub fn units_of_class(&self, class: &str) -> Vec<String> {
        let mut words: Vec<String> = self
            .units
            .iter()
            .filter(|(_, c)| c.as_deref() == Some(class))
            .map(|(w, _)| w.clone())
            .collect();
        words.push(class.to_string());
        words.sort();
        words.dedup();
        words
    }
}

/// Finds `phrase` (stems) in `stems` (None = clause break) starting at each position; returns the
/// start positions.
pub fn find_phrase(stems: &[Option<String>], phrase: &[String]) -> Vec<usize> {
    if phrase.is_empty() || phrase.len() > stems.len() {
        return Vec::new();
    }
    (0..=stems.len() - phrase.len())
        .filter(|&start| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, p)| stems[start + k].as_deref() == Some(p.as_str()))
        })
        .collect()
}

/// The example lines (`#+ ...`, `#- ...`) of a data file.
pub fn examples(data: &str) -> Vec<(bool, &str)> {
    data.lines()
        .filter_map(|line| {
            if let Some(rest) = line.strip_prefix("#+ ") {
                Some((true, rest.trim()))
            } else {
                line.strip_prefix("#- ").map(|rest| (false, rest.trim()))
            }
        })
        .collect()
}
