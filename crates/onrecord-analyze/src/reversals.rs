//! Reversal candidates: pairs of statements by one speaker on one topic that point opposite ways.
//!
//! Topic: shared content words (stemmed, function words and the speaker's own name left out) or a
//! shared stance dimension (`data/stance.tsv`: `front`, `concede`, `talks`, ...). Direction: negation
//! of a shared word ("they don't have the cards" / "they have all the cards"), an antonym pair
//! (`data/antonyms.tsv`), opposite values on a stance dimension ("fully stable" / "withdrawing to
//! prepared positions"), a change of modality (`data/modality.tsv`: "will" / "might") or a figure
//! that changed. Candidates are for a person to check, never verdicts.
//!
//! Cost: pairs come from an inverted index over one speaker's statements (content stems and stance
//! dimensions); very common stems are skipped, so the work grows with the pairs that share a topic,
//! not with the square of the speaker's statements.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDateTime;
use onrecord_ledger::{FigureQuery, Ledger, SearchQuery, StatementRow};
use serde::Serialize;

use crate::lexicon::{find_phrases, lexicons, Modality};
use crate::text::{is_function_word, stem, tokens, Token};
use crate::{AnalyzeError, Citation, Result};

/// How far (in words) a negator reaches forward within its clause.
const NEGATION_SCOPE: usize = 4;
/// Capitalised words that name no place or party.
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i",
];
/// A stem shared by more of one speaker's statements than this does not make a topic.
const MAX_POSTINGS: usize = 2000;
/// Each statement is compared with at most this many later statements per shared key.
const NEAREST: usize = 12;

#[derive(Debug, Clone, Default)]
pub struct ReversalOptions {
    /// One speaker (any alias or spelling); `None` looks at every speaker.
    pub speaker: Option<String>,
    /// Only pairs where at least one statement contains these words.
    pub about: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub limit: usize,
    /// How many statements to read at most when no speaker is given.
    pub max_statements: usize,
}

/// Why a pair looks like a reversal.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Reason {
    /// `stance_change`, `negation_flip`, `antonym_pair`, `modality_change` or `figure_change`.
    pub kind: String,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reversal {
    pub rank: usize,
    pub score: f64,
    pub speaker: String,
    /// What both statements are about: their shared words or stance dimension.
    pub topic: String,
    pub reasons: Vec<Reason>,
    /// The earlier statement, then the later one.
    pub a: Citation,
    pub b: Citation,
    pub time_between: Option<String>,
    /// Always true: a pair for a person to check.
    pub candidate: bool,
}

/// What one statement says, in the terms the comparison needs.
#[derive(Debug, Clone)]
pub struct Features {
    /// Content stems, each with whether it stands under a negation.
    pub content: HashMap<String, bool>,
    /// Stance dimension -> +1 / -1 (0 when the statement says both).
    pub stances: BTreeMap<String, i8>,
    pub stance_phrases: Vec<String>,
    pub modality: Option<Modality>,
    pub normalised: String,
    /// Capitalised names in the text (not its first word, not the speaker's own), lower case.
    pub names: HashSet<String>,
    /// `content` as sorted hashes of its stems with their negation: two statements are compared
    /// by merging these before anything allocates (see `could_point_opposite`).
    keys: Vec<(u64, bool)>,
    /// Whether any content stem has an antonym in the lexicon.
    antonymous: bool,
}

/// Reads one statement's features.
pub fn features(text: &str, ignore: &HashSet<String>) -> Features {
    let lexicons = lexicons();
    let tokens = tokens(text);
    let stems: Vec<Option<String>> = tokens
        .iter()
        .map(|t| match t {
            Token::Word(w) => Some(stem(w)),
            Token::Break => None,
        })
        .collect();
    // negator_end[i]: a negator ends right before i (and which span it covers).
    let negators: Vec<(usize, usize)> = find_phrases(
        &stems,
        |i| &lexicons.negators[i],
        &lexicons.negators_by_first,
    )
    .into_iter()
    .map(|(start, i)| (start, start + lexicons.negators[i].len()))
    .collect();
    let negated_at = |position: usize, own: (usize, usize)| -> bool {
        negators.iter().any(|&(start, end)| {
            let inside_own = start >= own.0 && end <= own.1;
            !inside_own
                && end <= position
                && position - end < NEGATION_SCOPE
                && stems[end..position].iter().all(Option::is_some)
        })
    };
    let mut content = HashMap::new();
    for (i, token) in tokens.iter().enumerate() {
        if let Token::Word(w) = token {
            if is_function_word(w) || w.chars().all(|c| c.is_ascii_digit()) || w.len() < 3 {
                continue;
            }
            let s = stem(w);
            if ignore.contains(&s) {
                continue;
            }
            let negated = negated_at(i, (i, i + 1));
            let entry = content.entry(s).or_insert(negated);
            *entry = *entry || negated;
        }
    }
    // "have"/"has" carry the claim in "they (don't) have the cards".
    for (i, token) in tokens.iter().enumerate() {
        if matches!(token, Token::Word(w) if w == "have" || w == "has") {
            content.insert("have".into(), negated_at(i, (i, i + 1)));
        }
    }
    let mut stances: BTreeMap<String, i8> = BTreeMap::new();
    let mut stance_phrases = Vec::new();
    let mut covered: Vec<(usize, usize, String)> = Vec::new();
    // Longer phrases first, so "no encirclement" wins over "encirclement".
    let mut found: Vec<(usize, &crate::lexicon::StancePhrase)> = Vec::new();
    for (start, stem) in stems.iter().enumerate() {
        let Some(stem) = stem else { continue };
        for &index in lexicons.stance_by_first.get(stem).into_iter().flatten() {
            let phrase = &lexicons.stance[index];
            let end = start + phrase.stems.len();
            if end <= stems.len()
                && phrase
                    .stems
                    .iter()
                    .enumerate()
                    .all(|(k, p)| stems[start + k].as_deref() == Some(p.as_str()))
            {
                found.push((start, phrase));
            }
        }
    }
    found.sort_by_key(|(start, phrase)| (std::cmp::Reverse(phrase.stems.len()), *start));
    for (start, phrase) in found {
        {
            let end = start + phrase.stems.len();
            if covered
                .iter()
                .any(|(s, e, d)| *d == phrase.dimension && start < *e && *s < end)
            {
                continue;
            }
            covered.push((start, end, phrase.dimension.clone()));
            let value = if negated_at(start, (start, end)) {
                -phrase.polarity
            } else {
                phrase.polarity
            };
            stance_phrases.push(if value == phrase.polarity {
                phrase.text.clone()
            } else {
                format!("not {}", phrase.text)
            });
            stances
                .entry(phrase.dimension.clone())
                .and_modify(|v| {
                    if *v != value {
                        *v = 0
                    }
                })
                .or_insert(value);
        }
    }
    let mut modality = None;
    for (_, i) in find_phrases(
        &stems,
        |i| &lexicons.modality[i].0,
        &lexicons.modality_by_first,
    ) {
        modality = modality.max(Some(lexicons.modality[i].1));
    }
    let normalised = stems
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let names = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| {
            !is_function_word(w) && !CALENDAR.contains(&w.as_str()) && !ignore.contains(&stem(w))
        })
        .collect();
    let mut keys: Vec<(u64, bool)> = content
        .iter()
        .map(|(stem, &negated)| (hash(stem), negated))
        .collect();
    keys.sort_unstable();
    let antonymous = content.keys().any(|k| lexicons.antonyms.contains_key(k));
    Features {
        keys,
        antonymous,
        names,
        content,
        stances,
        stance_phrases,
        modality,
        normalised,
    }
}

fn hash(stem: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(stem)
}

/// A cheap necessary condition for [`compare`] to find a reason: it merges the two sorted key lists
/// instead of looking words up, and allocates nothing. It may say yes where `compare` then says no
/// (a hash collision only adds shared words), never the other way round.
fn could_point_opposite(a: &Features, b: &Features) -> bool {
    let (mut x, mut y, mut shared, mut flipped) = (0, 0, 0usize, false);
    while x < a.keys.len() && y < b.keys.len() {
        match a.keys[x].0.cmp(&b.keys[y].0) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                flipped |= a.keys[x].1 != b.keys[y].1;
                x += 1;
                y += 1;
            }
        }
    }
    let union = a.keys.len() + b.keys.len() - shared;
    let overlap = if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    };
    let stance = a.stances.iter().any(|(dimension, &value)| {
        b.stances
            .get(dimension)
            .is_some_and(|&other| value != 0 && other != 0 && value != other)
    });
    stance
        || (flipped && shared >= 2 && overlap >= 0.2)
        || (shared > 0 && a.antonymous && b.antonymous)
        || (a.modality.is_some()
            && b.modality.is_some()
            && a.modality != b.modality
            && overlap >= 0.4)
}

/// Compares an earlier and a later statement of one speaker; `None` when nothing points opposite.
pub fn compare(a: &Features, b: &Features) -> Option<(f64, String, Vec<Reason>)> {
    if !could_point_opposite(a, b) || a.normalised == b.normalised {
        return None;
    }
    let lexicons = lexicons();
    let shared: Vec<&String> = a
        .content
        .keys()
        .filter(|k| b.content.contains_key(*k))
        .collect();
    let union = a.content.len() + b.content.len() - shared.len();
    let overlap = if union == 0 {
        0.0
    } else {
        shared.len() as f64 / union as f64
    };
    let mut reasons = Vec::new();
    let mut score: f64 = 0.0;
    let mut topic = Vec::new();
    for (dimension, &value) in &a.stances {
        if let Some(&other) = b.stances.get(dimension) {
            if value != 0 && other != 0 && value != other {
                reasons.push(Reason {
                    kind: "stance_change".into(),
                    detail: format!(
                        "{dimension}: {} → {}",
                        phrases_of(a, dimension),
                        phrases_of(b, dimension)
                    ),
                });
                topic.push(dimension.clone());
                score = score.max(0.6 + 0.3 * overlap);
            }
        }
    }
    let flipped: Vec<&String> = shared
        .iter()
        .copied()
        .filter(|k| a.content[*k] != b.content[*k])
        .collect();
    if !flipped.is_empty() && shared.len() >= 2 && overlap >= 0.2 {
        let mut words: Vec<&str> = flipped.iter().map(|s| s.as_str()).collect();
        words.sort_unstable();
        reasons.push(Reason {
            kind: "negation_flip".into(),
            detail: format!("negated in one, not in the other: {}", words.join(", ")),
        });
        score = score.max(0.5 + 0.5 * overlap);
    }
    if !shared.is_empty() || !topic.is_empty() {
        let mut pairs = Vec::new();
        for (word, negated) in &a.content {
            if let Some(opposites) = lexicons.antonyms.get(word) {
                for opposite in opposites {
                    if let Some(other_negated) = b.content.get(opposite) {
                        if negated == other_negated && !b.content.contains_key(word) {
                            pairs.push(format!("{word} / {opposite}"));
                        }
                    }
                }
            }
        }
        if !pairs.is_empty() {
            pairs.sort();
            reasons.push(Reason {
                kind: "antonym_pair".into(),
                detail: pairs.join("; "),
            });
            score = score.max(0.45 + 0.5 * overlap);
        }
    }
    if let (Some(x), Some(y)) = (a.modality, b.modality) {
        if x != y && overlap >= 0.4 {
            reasons.push(Reason {
                kind: "modality_change".into(),
                detail: format!("{x:?} → {y:?}").to_lowercase(),
            });
            score = score.max(0.3 + 0.5 * overlap);
        }
    }
    if reasons.is_empty() {
        return None;
    }
    // Named places and entities: two statements about different named things are less likely one
    // topic ("around Kolvash" / "west of Dunholt").
    if !a.names.is_empty() && !b.names.is_empty() {
        if a.names.is_disjoint(&b.names) {
            score -= 0.15;
        } else {
            score += 0.05;
        }
    }
    let mut shared_words: Vec<&str> = shared.iter().map(|s| s.as_str()).collect();
    shared_words.sort_unstable();
    topic.extend(shared_words.iter().take(6).map(|s| s.to_string()));
    score += 0.05 * (reasons.len() as f64 - 1.0);
    Some((score.min(1.0), topic.join(", "), reasons))
}

fn phrases_of(features: &Features, dimension: &str) -> String {
    let lexicons = lexicons();
    let phrases: Vec<&str> = features
        .stance_phrases
        .iter()
        .filter(|p| {
            let bare = p.strip_prefix("not ").unwrap_or(p);
            lexicons
                .stance
                .iter()
                .any(|s| s.dimension == dimension && s.text == bare)
        })
        .map(String::as_str)
        .collect();
    format!("\"{}\"", phrases.join("\", \""))
}

/// Reversal candidates, most telling first.
pub fn reversals(ledger: &dyn Ledger, options: &ReversalOptions) -> Result<Vec<Reversal>> {
    let rows = match &options.speaker {
        Some(name) => {
            let entities = ledger.find_entities(name)?;
            if entities.is_empty() {
                return Err(AnalyzeError::UnknownSpeaker(name.clone()));
            }
            let ids: Vec<i64> = entities.iter().map(|e| e.id).collect();
            let mut rows = ledger.said(&ids, None, options.since, options.until)?;
            // Aliases of one person are one speaker here.
            for row in &mut rows {
                row.speaker_id = Some(ids[0]);
                row.speaker = Some(entities[0].name.clone());
            }
            rows
        }
        None => ledger.search(&SearchQuery {
            since: options.since,
            until: options.until,
            limit: if options.max_statements == 0 {
                200_000
            } else {
                options.max_statements
            },
            ..SearchQuery::default()
        })?,
    };
    let figure_changes = figure_changes(ledger, &rows)?;
    let c = candidates(&rows, options.about.as_deref(), &figure_changes);
    Ok(rank(c, options.limit))
}

/// A candidate before ranking: what it takes to rank it, with the rows it cites borrowed. A busy
/// speaker has tens of thousands of candidates; only the ranked few become [`Reversal`]s, with
/// their citations copied.
pub(crate) struct Found<'a> {
    score: f64,
    speaker: std::sync::Arc<str>,
    topic: String,
    reasons: Vec<Reason>,
    /// The earlier statement, then the later one.
    pub(crate) a: &'a StatementRow,
    pub(crate) b: &'a StatementRow,
}

/// Candidates among `rows` (any speakers), unranked; figure changes are not looked up.
pub(crate) fn candidates_for<'a>(rows: &'a [StatementRow], about: Option<&str>) -> Vec<Found<'a>> {
    candidates(rows, about, &HashMap::new())
}

pub(crate) fn rank_public(found: Vec<Found>, limit: usize) -> Vec<Reversal> {
    rank(found, limit)
}

/// Ranks and numbers candidates, keeping the best `limit`.
fn rank(mut found: Vec<Found>, limit: usize) -> Vec<Reversal> {
    found.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.a.date.cmp(&y.a.date))
            .then_with(|| x.a.id.cmp(&y.a.id))
            .then_with(|| x.b.id.cmp(&y.b.id))
    });
    found.truncate(limit.max(1));
    found
        .into_iter()
        .enumerate()
        .map(|(rank, found)| Reversal {
            rank: rank + 1,
            score: found.score,
            speaker: found.speaker.to_string(),
            topic: found.topic,
            reasons: found.reasons,
            time_between: crate::elapsed(found.a.date.as_deref(), found.b.date.as_deref()),
            a: Citation::of_statement(found.a),
            b: Citation::of_statement(found.b),
            candidate: true,
        })
        .collect()
}

/// Figures in statements: statement id -> (class or unit, low, high).
type StatementFigures = HashMap<i64, Vec<(String, f64, f64, String)>>;

fn figure_changes(ledger: &dyn Ledger, rows: &[StatementRow]) -> Result<StatementFigures> {
    let speakers: Vec<i64> = rows
        .iter()
        .filter_map(|r| r.speaker_id)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut found: StatementFigures = HashMap::new();
    if speakers.is_empty() || speakers.len() > 1000 {
        return Ok(found);
    }
    let wanted: HashSet<i64> = rows.iter().map(|r| r.id).collect();
    let figures = ledger.figures(&FigureQuery {
        speaker_ids: speakers,
        limit: 100_000,
        ..FigureQuery::default()
    })?;
    for figure in figures {
        let Some(id) = figure.statement_id.filter(|id| wanted.contains(id)) else {
            continue;
        };
        let class = match lexicons().unit_class(&figure.unit) {
            Some(None) => continue,
            Some(Some(class)) => class.to_string(),
            None if figure.unit.is_empty() => continue,
            None => figure.unit.clone(),
        };
        found.entry(id).or_default().push((
            class,
            figure.low,
            figure.high.max(figure.low),
            figure.surface,
        ));
    }
    Ok(found)
}

/// Candidate pairs within each speaker's statements.
fn candidates<'a>(
    rows: &'a [StatementRow],
    about: Option<&str>,
    figures: &StatementFigures,
) -> Vec<Found<'a>> {
    let about_stems: Vec<String> = about
        .map(|a| {
            crate::text::words(a)
                .iter()
                .filter(|w| !is_function_word(w))
                .map(|w| stem(w))
                .collect()
        })
        .unwrap_or_default();
    let mut by_speaker: BTreeMap<i64, Vec<&StatementRow>> = BTreeMap::new();
    for row in rows {
        if row.speaker_kind.as_deref() == Some("anonymous") {
            continue;
        }
        if let Some(id) = row.speaker_id {
            by_speaker.entry(id).or_default().push(row);
        }
    }
    let mut found = Vec::new();
    for (_, mut statements) in by_speaker {
        if statements.len() < 2 {
            continue;
        }
        statements.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        let name: std::sync::Arc<str> = statements[0].speaker.as_deref().unwrap_or_default().into();
        let ignore: HashSet<String> = crate::text::words(&name).iter().map(|w| stem(w)).collect();
        let analysed = features_of(&statements, &ignore);
        // Inverted indexes: content stem -> statement positions, stance dimension -> positions. Keys
        // borrow from the features: building them copies no strings.
        let mut words: HashMap<&str, Vec<u32>> = HashMap::new();
        let mut dimensions: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for (i, f) in analysed.iter().enumerate() {
            for key in f.content.keys() {
                words.entry(key.as_str()).or_default().push(i as u32);
            }
            for dimension in f.stances.keys() {
                dimensions
                    .entry(dimension.as_str())
                    .or_default()
                    .push(i as u32);
            }
        }
        // Candidate pairs only where a reason can fire (opposite stances on one dimension, a shared
        // word negated on one side, two modal statements sharing a word, an antonym pair), and each
        // statement is paired with at most the next few statements of each list: the work is linear
        // in the speaker's statements.
        let modal: Vec<bool> = analysed.iter().map(|f| f.modality.is_some()).collect();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (dimension, list) in &dimensions {
            if list.len() > MAX_POSTINGS {
                continue;
            }
            let value = |i: u32| {
                analysed[i as usize]
                    .stances
                    .get(*dimension)
                    .copied()
                    .unwrap_or(0)
            };
            let positive: Vec<u32> = list.iter().copied().filter(|&i| value(i) > 0).collect();
            let negative: Vec<u32> = list.iter().copied().filter(|&i| value(i) < 0).collect();
            for (from, to) in [(&positive, &negative), (&negative, &positive)] {
                for &i in from.iter() {
                    let later = to.partition_point(|&j| j <= i);
                    pairs.extend(to[later..].iter().take(NEAREST).map(|&j| (i, j)));
                }
            }
        }
        for (key, list) in &words {
            if list.len() > MAX_POSTINGS {
                continue;
            }
            // A shared word pairs two statements when it is negated in one and not the other, or
            // when both are modal; antonyms pair through their own lists below.
            let negated: Vec<bool> = list
                .iter()
                .map(|&i| analysed[i as usize].content.get(*key) == Some(&true))
                .collect();
            for (k, &i) in list.iter().enumerate() {
                let modal_i = modal[i as usize];
                let end = (k + 1 + NEAREST).min(list.len());
                for l in k + 1..end {
                    let j = list[l];
                    if negated[k] != negated[l] || (modal_i && modal[j as usize]) {
                        pairs.push((i, j));
                    }
                }
            }
        }
        let lexicons = lexicons();
        for (i, f) in analysed.iter().enumerate() {
            let i = i as u32;
            for word in f.content.keys() {
                for opposite in lexicons.antonyms.get(word).into_iter().flatten() {
                    let Some(list) = words.get(opposite.as_str()) else {
                        continue;
                    };
                    let later = list.partition_point(|&j| j <= i);
                    pairs.extend(list[later..].iter().take(NEAREST).map(|&j| (i, j)));
                    let earlier = list.partition_point(|&j| j < i);
                    pairs.extend(list[..earlier].iter().rev().take(NEAREST).map(|&j| (j, i)));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let compared = crate::parallel_map(&pairs, |&(i, j)| {
            let (i, j) = (i as usize, j as usize);
            let (a, b) = (statements[i], statements[j]);
            if a.document_id == b.document_id {
                return None;
            }
            if !about_stems.is_empty() {
                let mentions = |f: &Features| about_stems.iter().any(|s| f.content.contains_key(s));
                if !mentions(&analysed[i]) && !mentions(&analysed[j]) {
                    return None;
                }
            }
            let mut result = compare(&analysed[i], &analysed[j]);
            if let Some(change) = figure_change(figures.get(&a.id), figures.get(&b.id)) {
                let (score, topic, mut reasons) =
                    result.unwrap_or((0.0, String::new(), Vec::new()));
                reasons.push(change);
                result = Some((score.max(0.45), topic, reasons));
            }
            let (score, topic, reasons) = result?;
            Some(Found {
                score: (score * 1000.0).round() / 1000.0,
                speaker: name.clone(),
                topic,
                reasons,
                a,
                b,
            })
        });
        found.extend(compared.into_iter().flatten());
    }
    found
}

/// Features of many statements, on every core for long lists (each statement is independent).
fn features_of(statements: &[&StatementRow], ignore: &HashSet<String>) -> Vec<Features> {
    crate::parallel_map(statements, |s| features(&s.content, ignore))
}

fn figure_change(
    a: Option<&Vec<(String, f64, f64, String)>>,
    b: Option<&Vec<(String, f64, f64, String)>>,
) -> Option<Reason> {
    let (a, b) = (a?, b?);
    for (class, low, high, surface) in a {
        for (other_class, other_low, other_high, other_surface) in b {
            if class == other_class
                && (high * 1.05 < other_low * 0.95 || other_high * 1.05 < low * 0.95)
            {
                return Some(Reason {
                    kind: "figure_change".into(),
                    detail: format!("{surface} → {other_surface}"),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{examples, ANTONYMS, MODALITY, NEGATION, STANCE};

    fn f(text: &str) -> Features {
        features(text, &HashSet::new())
    }

    #[test]
    fn negation_examples() {
        for (positive, text) in examples(NEGATION) {
            let negated = f(text).content.values().any(|&n| n)
                || f(text).stance_phrases.iter().any(|p| p.starts_with("not "))
                || f(text).stances.values().any(|&v| v < 0);
            assert_eq!(negated, positive, "{text}");
        }
    }

    #[test]
    fn stance_examples() {
        for (_, line) in examples(STANCE) {
            let (head, text) = line.split_once(" | ").expect("`dimension sign | text`");
            let (dimension, sign) = head.split_once(' ').expect("`dimension sign`");
            let expected: i8 = if sign == "-" { -1 } else { 1 };
            assert_eq!(
                f(text).stances.get(dimension).copied(),
                Some(expected),
                "{text}: {:?}",
                f(text).stances
            );
        }
    }

    #[test]
    fn modality_examples() {
        for (_, line) in examples(MODALITY) {
            let (strength, text) = line.split_once(" | ").expect("`strength | text`");
            let found = f(text).modality.map(|m| format!("{m:?}").to_lowercase());
            assert_eq!(found.as_deref().unwrap_or("none"), strength, "{text}");
        }
    }

    #[test]
    fn antonym_examples() {
        for (positive, line) in examples(ANTONYMS) {
            let (a, b) = line.split_once(" | ").expect("`a | b`");
            let found = compare(&f(a), &f(b))
                .is_some_and(|(_, _, reasons)| reasons.iter().any(|r| r.kind == "antonym_pair"));
            assert_eq!(found, positive, "{a} / {b}");
        }
    }

    #[test]
    fn the_planted_pairs_point_opposite_ways_and_the_negatives_do_not() {
        for (a, b) in [
            ("They don't have the cards", "They have all the cards"),
            (
                "The front is fully stable",
                "Our units are withdrawing to prepared positions west of Dunholt",
            ),
            (
                "We will not give up a single village",
                "Everything is open for discussion, including the line of contact",
            ),
            (
                "There will be no talks while Senlari troops stand on the Sarn crossing",
                "We are ready to talk anywhere, without preconditions",
            ),
        ] {
            assert!(compare(&f(a), &f(b)).is_some(), "{a} / {b}");
        }
        for (a, b) in [
            (
                "The front is fully stable",
                "the situation around Kolvash was under control",
            ),
            (
                "We will not give up a single village",
                "Senlar would not cede any territory in exchange for a ceasefire",
            ),
            (
                "neither side can win this on the battlefield",
                "neither side can win this on the battlefield",
            ),
            (
                "Our positions north of Kolvash are holding",
                "Our supply lines are open",
            ),
        ] {
            assert!(
                compare(&f(a), &f(b)).is_none(),
                "{a} / {b}: {:?}",
                compare(&f(a), &f(b))
            );
        }
    }
}
