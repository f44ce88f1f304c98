//! Figures and conflicting figures: numbers about the same thing (same class of unit, same event,
//! same place, same time window) from different sources that do not agree.
//!
//! A figure's *class* comes from its unit through `data/units.tsv` ("troops" and "fighters" are
//! `soldier`); a unitless number takes the noun next to it ("9 killed", "the number of troops ... at
//! about 2,000"). Its *event* is the nearest event word in its sentence (`data/events.tsv`); its
//! *time* is a time fact in its sentence, else its publication; its *place* is the places and proper
//! names of its sentence and its document's title. Two figures conflict when their intervals, widened
//! by a tolerance (5% for exact numbers, 25% for approximate ones), do not overlap.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use onrecord_ledger::{ContextFact, FigureQuery, FigureRow, Ledger};
use serde::Serialize;

use crate::lexicon::{find_phrases, lexicons};
use crate::text::{is_function_word, stem, tokens, words, Token};
use crate::{parse_date, Citation, Result};

/// Relative tolerance on each side of an exact figure.
pub const EXACT_TOLERANCE: f64 = 0.05;
/// Relative tolerance on each side of an approximate figure ("about 2,000", "dozens").
pub const APPROX_TOLERANCE: f64 = 0.25;
/// Two figures are about the same time when their windows are at most this far apart.
pub const TIME_SLACK_HOURS: i64 = 36;
/// A time fact longer than this ("since the winter") does not date a figure.
const LONGEST_TIME_FACT_DAYS: i64 = 7;
/// How many later figures one figure is compared with at most (the sweep's bound).
const MAX_COMPARISONS: usize = 400;

#[derive(Debug, Clone, Default)]
pub struct ConflictOptions {
    /// Words the figures must be about: units ("drones"), places, other words of their context.
    pub about: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    /// How many results to return.
    pub limit: usize,
    /// How many figures to read from the ledger at most.
    pub max_figures: usize,
}

/// One figure as the analyses see it.
#[derive(Debug, Clone, Serialize)]
pub struct FigureItem {
    /// "4,700–6,300", "about 2,000", "at least 40".
    pub value: String,
    pub low: f64,
    /// `None` for an open upper bound ("at least 40").
    pub high: Option<f64>,
    pub approx: bool,
    pub unit: String,
    /// The class compared within ("soldier", "drone", "people"); `None` when it counts something
    /// that is never compared (hours, kilometres, sources) or is unknown.
    pub class: Option<String>,
    /// The event the figure counts, when its sentence names one ("killed", "launched").
    pub event: Option<String>,
    /// Places and proper names around the figure, lower case.
    pub places: Vec<String>,
    /// When the counted event happened, as far as the ledger tells: `[from, to)`.
    pub time_from: Option<String>,
    pub time_to: Option<String>,
    /// Who gives the figure: the speaker of its statement, else the document's source.
    pub attributed_to: Option<String>,
    /// Why the figure is not compared, when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_compared: Option<String>,
    pub cite: Citation,
    #[serde(skip)]
    interval: (f64, f64),
    #[serde(skip)]
    window: Option<(NaiveDateTime, NaiveDateTime)>,
    /// The figure's sentence and its document's title, for `--about` words (stemmed only when
    /// asked: most figures are never checked against other words).
    #[serde(skip)]
    context: std::sync::Arc<str>,
}

/// Two figures about the same thing that do not agree.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    pub rank: usize,
    pub score: f64,
    /// What both count: class, event, shared place.
    pub about: String,
    pub reason: String,
    pub a: FigureItem,
    pub b: FigureItem,
    pub time_between: Option<String>,
}

/// Figures about `options.about` (all figures when `None`), in publication order.
pub fn figures(ledger: &dyn Ledger, options: &ConflictOptions) -> Result<Vec<FigureItem>> {
    let rows = fetch(ledger, options)?;
    let documents: Vec<String> = rows
        .iter()
        .map(|r| r.document_id.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(str::to_string)
        .collect();
    // The facts come grouped by document: index each document's run instead of copying them.
    let facts = ledger.context_facts(&documents)?;
    let mut context: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
    let mut start = 0;
    for end in 1..=facts.len() {
        if end == facts.len() || facts[end].document_id != facts[start].document_id {
            context.insert(facts[start].document_id.as_str(), start..end);
            start = end;
        }
    }
    let mut items: Vec<FigureItem> = crate::parallel_map(&rows, |row| {
        let range = context.get(row.document_id.as_str()).cloned();
        prepare(row, range.map_or(&[][..], |r| &facts[r]))
    });
    if let Some(about) = &options.about {
        items.retain(|item| is_about(item, about));
    }
    Ok(items)
}

/// Conflicting figures, most telling first.
pub fn figure_conflicts(ledger: &dyn Ledger, options: &ConflictOptions) -> Result<Vec<Conflict>> {
    let items = figures(ledger, options)?;
    Ok(conflicts(items, options.limit))
}

/// The conflicts among `items`: within each class, a sweep in time order compares each figure with
/// the later ones whose window starts within the slack of its own — and only with those that could
/// be about the same place: figures sharing a place name, or figures that name no place. So the work
/// grows with the figures of one class, place and time window, never with the square of a class.
pub fn conflicts(items: Vec<FigureItem>, limit: usize) -> Vec<Conflict> {
    let mut by_class: HashMap<String, Vec<FigureItem>> = HashMap::new();
    for item in items {
        if item.not_compared.is_some() {
            continue;
        }
        if let Some(class) = item.class.clone() {
            by_class.entry(class).or_default().push(item);
        }
    }
    let slack = Duration::hours(TIME_SLACK_HOURS);
    let mut classes: Vec<_> = by_class.into_iter().collect();
    classes.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, group) in classes.iter_mut() {
        group.sort_by_key(|item| item.window.map(|w| w.0));
    }
    // Scores only (no allocation) during the sweep; the best pair per two documents and class
    // (on equal scores the earliest pair in time order, whichever list met it first).
    let mut best: HashMap<(u32, u32, usize), (f64, usize, usize)> = HashMap::new();
    let mut documents: HashMap<&str, u32> = HashMap::new();
    let document_numbers: Vec<Vec<u32>> = classes
        .iter()
        .map(|(_, group)| {
            group
                .iter()
                .map(|item| {
                    let next = documents.len() as u32;
                    *documents
                        .entry(item.cite.document_id.as_str())
                        .or_insert(next)
                })
                .collect()
        })
        .collect();
    for (class, (_, group)) in classes.iter().enumerate() {
        let document = &document_numbers[class];
        // Positions in `group` (time order) of the figures naming each place, and of those naming none.
        let mut by_place: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut unplaced: Vec<usize> = Vec::new();
        let everyone: Vec<usize> = (0..group.len()).collect();
        for (i, item) in group.iter().enumerate() {
            if item.places.is_empty() {
                unplaced.push(i);
            }
            for place in &item.places {
                by_place.entry(place.as_str()).or_default().push(i);
            }
        }
        for (i, a) in group.iter().enumerate() {
            let Some((_, a_end)) = a.window else { continue };
            let mut lists: Vec<(&[usize], Option<&str>)> = Vec::new();
            if a.places.is_empty() {
                lists.push((&everyone, None));
            } else {
                lists.push((&unplaced, None));
                for place in &a.places {
                    lists.push((&by_place[place.as_str()], Some(place.as_str())));
                }
            }
            for (list, place) in lists {
                let later = list.partition_point(|&j| j <= i);
                for &j in list[later..].iter().take(MAX_COMPARISONS) {
                    let b = &group[j];
                    let Some((b_start, _)) = b.window else {
                        continue;
                    };
                    if b_start > a_end + slack {
                        break;
                    }
                    // A pair sharing several places is scored once, through the first of them.
                    if let Some(place) = place {
                        let first_shared = a.places.iter().find(|p| b.places.contains(p));
                        if first_shared.map(String::as_str) != Some(place) {
                            continue;
                        }
                    }
                    let Some(score) = score(a, b) else { continue };
                    let (x, y) = (document[i], document[j]);
                    let key = (x.min(y), x.max(y), class);
                    match best.get(&key) {
                        Some(&(s, bi, bj)) if s > score || (s == score && (bi, bj) <= (i, j)) => {}
                        _ => {
                            best.insert(key, (score, i, j));
                        }
                    }
                }
            }
        }
    }
    let mut chosen: Vec<(f64, usize, usize, usize)> = best
        .into_iter()
        .map(|((_, _, class), (score, i, j))| (score, class, i, j))
        .collect();
    // Build the full results for the best ones only (with slack for ties in the final order):
    // everything scoring at least the `limit`-th best score, found without sorting them all.
    let keep = limit.max(1);
    if chosen.len() > keep {
        chosen.select_nth_unstable_by(keep - 1, |x, y| y.0.total_cmp(&x.0));
        let cutoff = chosen[keep - 1].0;
        chosen.retain(|c| c.0 >= cutoff);
    }
    // Order them as the results are ordered (see `describe`: the earlier figure first) and build
    // only the first `limit`: many pairs may share the top score.
    let ordered = |&(_, class, i, j): &(f64, usize, usize, usize)| {
        let (a, b) = (&classes[class].1[i], &classes[class].1[j]);
        let (first, second) = if a.cite.date <= b.cite.date {
            (a, b)
        } else {
            (b, a)
        };
        (
            &first.cite.date,
            &first.cite.doc,
            first.cite.start,
            &second.cite.doc,
            second.cite.start,
        )
    };
    chosen.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then_with(|| ordered(x).cmp(&ordered(y)))
    });
    chosen.truncate(keep);
    chosen
        .into_iter()
        .filter_map(|(_, class, i, j)| compare(&classes[class].1[i], &classes[class].1[j]))
        .enumerate()
        .map(|(rank, mut conflict)| {
            conflict.rank = rank + 1;
            conflict
        })
        .collect()
}

/// `Some(conflict)` when two figures of one class count the same thing and disagree.
fn compare(a: &FigureItem, b: &FigureItem) -> Option<Conflict> {
    let score = score(a, b)?;
    Some(describe(a, b, score))
}

/// The score of two figures of one class that count the same thing and disagree; `None` when
/// they do not. Allocates nothing: it runs for every pair the sweep meets.
fn score(a: &FigureItem, b: &FigureItem) -> Option<f64> {
    if a.attributed_to == b.attributed_to && a.cite.source == b.cite.source {
        return None;
    }
    if a.cite.document_id == b.cite.document_id && a.attributed_to == b.attributed_to {
        return None;
    }
    if let (Some(x), Some(y)) = (&a.event, &b.event) {
        if x != y {
            return None;
        }
    }
    let ((a_low, a_high), (b_low, b_high)) = (a.interval, b.interval);
    if a_low <= b_high && b_low <= a_high {
        return None;
    }
    let shared = a.places.iter().filter(|p| b.places.contains(p)).count();
    if !a.places.is_empty() && !b.places.is_empty() && shared == 0 {
        return None;
    }
    // How far apart, as a ratio of the nearer ends.
    let ratio = if a_high < b_low {
        b_low / a_high.max(f64::MIN_POSITIVE)
    } else {
        a_low / b_high.max(f64::MIN_POSITIVE)
    };
    let same_event = a.event.is_some() && a.event == b.event;
    if ratio > 30.0 && !same_event {
        // Numbers this far apart, with nothing else tying them, count different things.
        return None;
    }
    let mut score = 0.5;
    if same_event {
        score += 0.2;
    }
    if shared > 0 {
        score += 0.2;
    }
    if ratio > 30.0 {
        // Numbers this far apart usually count different things.
        score -= 0.4;
    } else {
        score += 0.1 * (ratio.ln() / 30f64.ln()).min(1.0);
    }
    Some((score * 1000.0).round() / 1000.0)
}

fn describe(a: &FigureItem, b: &FigureItem, score: f64) -> Conflict {
    let shared: Vec<&String> = a.places.iter().filter(|p| b.places.contains(p)).collect();
    let (first, second) = if a.cite.date <= b.cite.date {
        (a, b)
    } else {
        (b, a)
    };
    let class = a.class.clone().unwrap_or_default();
    let mut about = class.clone();
    if let Some(event) = a.event.as_ref().or(b.event.as_ref()) {
        about = format!("{about} {event}");
    }
    if !shared.is_empty() {
        let names: Vec<&str> = shared.iter().take(3).map(|s| s.as_str()).collect();
        about = format!("{about} — {}", names.join(", "));
    }
    let reason = if a.high.is_some() && b.high.is_some() && !a.approx && !b.approx {
        format!(
            "{} vs {}: differ by more than {:.0}%",
            first.value,
            second.value,
            EXACT_TOLERANCE * 200.0
        )
    } else {
        format!(
            "{} vs {}: the ranges do not overlap (approximate figures get {:.0}% either way)",
            first.value,
            second.value,
            APPROX_TOLERANCE * 100.0
        )
    };
    Conflict {
        rank: 0,
        score,
        about,
        reason,
        time_between: crate::elapsed(first.cite.date.as_deref(), second.cite.date.as_deref()),
        a: first.clone(),
        b: second.clone(),
    }
}

fn fetch(ledger: &dyn Ledger, options: &ConflictOptions) -> Result<Vec<FigureRow>> {
    let limit = if options.max_figures == 0 {
        100_000
    } else {
        options.max_figures
    };
    let base = FigureQuery {
        since: options.since,
        until: options.until,
        limit,
        ..FigureQuery::default()
    };
    let Some(about) = options.about.as_deref().filter(|a| !a.trim().is_empty()) else {
        return Ok(ledger.figures(&base)?);
    };
    let lexicons = lexicons();
    let about_words = words(about);
    let mut unit_candidates = Vec::new();
    let mut other_words = Vec::new();
    for word in &about_words {
        let singular = word.trim_end_matches('s').to_string();
        let mut candidates = vec![word.clone(), singular.clone(), stem(word)];
        if let Some(Some(class)) = lexicons.unit_class(word) {
            candidates.extend(lexicons.units_of_class(class));
        }
        let found = ledger.figure_units(&candidates)?;
        if found.is_empty() {
            other_words.push(word.clone());
        } else {
            unit_candidates.extend(found);
        }
    }
    let mut place_candidates = Vec::new();
    let raw: Vec<&str> = about.split_whitespace().collect();
    for n in 1..=3.min(raw.len()) {
        for gram in raw.windows(n) {
            let phrase = gram.join(" ");
            place_candidates.push(phrase.clone());
            place_candidates.push(title_case(&phrase));
        }
    }
    let places = ledger.place_names(&place_candidates)?;
    let place_words: HashSet<String> = places.iter().flat_map(|p| words(p)).collect();
    let other_words: Vec<String> = other_words
        .into_iter()
        .filter(|w| !place_words.contains(w) && !is_function_word(w))
        .collect();
    // Units (and unitless numbers, which take their class from their context) narrowed by known
    // places; other words are checked against each figure's sentence afterwards.
    let mut rows: Vec<FigureRow> = if !unit_candidates.is_empty() {
        let mut units = unit_candidates.clone();
        units.push(String::new());
        ledger.figures(&FigureQuery {
            units,
            places: places.clone(),
            ..base.clone()
        })?
    } else if !places.is_empty() {
        ledger.figures(&FigureQuery {
            places: places.clone(),
            ..base.clone()
        })?
    } else if !other_words.is_empty() {
        ledger.figures(&FigureQuery {
            text: Some(other_words.join(" ")),
            ..base.clone()
        })?
    } else {
        Vec::new()
    };
    let mut seen = HashSet::new();
    rows.retain(|row| seen.insert(row.fact_id));
    Ok(rows)
}

fn title_case(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when every word of `about` matches the figure: its unit or class, its places, or a word of
/// its sentence.
fn is_about(item: &FigureItem, about: &str) -> bool {
    let lexicons = lexicons();
    words(about)
        .iter()
        .filter(|w| !is_function_word(w))
        .all(|word| {
            let class = lexicons.unit_class(word).flatten();
            (class.is_some() && class == item.class.as_deref())
                || item.unit.eq_ignore_ascii_case(word)
                || item.unit.eq_ignore_ascii_case(word.trim_end_matches('s'))
                || item.places.iter().any(|p| p == word)
                || {
                    let wanted = stem(word);
                    words(&item.context).iter().any(|w| stem(w) == wanted)
                }
        })
}

/// Character-indexed view of a figure's context.
struct Sentence {
    /// Code-point range of the sentence in the document.
    start: i64,
    end: i64,
    text: String,
    before: String,
    after: String,
}

fn sentence_of(row: &FigureRow) -> Sentence {
    let chars: Vec<char> = row.context.chars().collect();
    let fig_start = ((row.start - row.context_start).max(0) as usize).min(chars.len());
    let fig_end = ((row.end - row.context_start).max(0) as usize).clamp(fig_start, chars.len());
    let is_end = |i: usize| -> bool {
        let c = chars[i];
        c == '\n'
            || (matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace()))
    };
    let mut start = fig_start;
    while start > 0 && !is_end(start - 1) {
        start -= 1;
    }
    let mut end = fig_end;
    while end < chars.len() && !is_end(end) {
        end += 1;
    }
    let end = (end + 1).min(chars.len());
    let collect = |a: usize, b: usize| chars[a..b.max(a)].iter().collect::<String>();
    Sentence {
        start: row.context_start + start as i64,
        end: row.context_start + end as i64,
        text: collect(start, end),
        before: collect(start, fig_start),
        after: collect(fig_end, end),
    }
}

/// The class of a unitless figure from the noun next to it.
fn infer_class(sentence: &Sentence) -> Option<String> {
    let lexicons = lexicons();
    if let Some(next) = words(&sentence.after).first() {
        if let Some(Some(class)) = lexicons.unit_class(next) {
            return Some(class.to_string());
        }
    }
    // "the number of Senlari troops in the Dunholt area at about 2,000"
    let before = words(&sentence.before);
    if let Some(at) = before.iter().rposition(|w| w == "number") {
        if before.get(at + 1).map(String::as_str) == Some("of") {
            for word in before.iter().skip(at + 2).take(3) {
                if let Some(Some(class)) = lexicons.unit_class(word) {
                    return Some(class.to_string());
                }
            }
        }
    }
    None
}

/// The nearest event named within eight words of the figure.
fn event_of(sentence: &Sentence) -> Option<String> {
    let lexicons = lexicons();
    let stems_of = |text: &str| -> Vec<Option<String>> {
        tokens(text)
            .into_iter()
            .map(|t| match t {
                Token::Word(w) => Some(stem(&w)),
                Token::Break => None,
            })
            .collect()
    };
    let before = stems_of(&sentence.before);
    let after = stems_of(&sentence.after);
    let phrase = |i: usize| &lexicons.events[i].0[..];
    // The nearest match; on equal distances the earlier lexicon line, and after the figure before
    // before it.
    let mut best: Option<(usize, usize, u8)> = None;
    let mut consider = |candidate: (usize, usize, u8)| {
        if best.is_none_or(|b| candidate < b) {
            best = Some(candidate);
        }
    };
    for (start, i) in find_phrases(&after, phrase, &lexicons.events_by_first) {
        consider((start, i, 0));
    }
    for (start, i) in find_phrases(&before, phrase, &lexicons.events_by_first) {
        consider((before.len() - start - phrase(i).len(), i, 1));
    }
    let best = best.map(|(distance, i, _)| (distance, lexicons.events[i].1.as_str()));
    best.filter(|(d, _)| *d <= 8).map(|(_, e)| e.to_string())
}

/// Capitalised words that are not the first of their sentence or function words, lower case.
fn proper_names(text: &str, skip_first: bool) -> Vec<String> {
    let mut names = Vec::new();
    let mut first = skip_first;
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        if token.is_empty() {
            continue;
        }
        let was_first = std::mem::replace(&mut first, false);
        let word = token.trim_end_matches("'s").trim_end_matches("’s");
        if word.chars().next().is_some_and(char::is_uppercase) && !was_first {
            let lower = word.to_lowercase();
            if !is_function_word(&lower) && lower.chars().count() > 2 {
                names.push(lower);
            }
        }
    }
    names
}

fn prepare(row: &FigureRow, context: &[ContextFact]) -> FigureItem {
    let lexicons = lexicons();
    let sentence = sentence_of(row);
    let mut not_compared = None;
    let class = if row.unit.is_empty() {
        let inferred = infer_class(&sentence);
        if inferred.is_none() {
            not_compared = Some("no unit".to_string());
        }
        inferred
    } else {
        match lexicons.unit_class(&row.unit) {
            Some(Some(class)) => Some(class.to_string()),
            Some(None) => {
                not_compared = Some(format!("{} are not compared", row.unit));
                None
            }
            None => Some(row.unit.to_lowercase()),
        }
    };
    if row.in_mention {
        not_compared = Some("counts the speakers".into());
    }
    let surface = row.surface.to_lowercase();
    if surface.contains(" of the ") || surface.contains(" of its ") || surface.contains(" of our ")
    {
        not_compared = Some("part of a larger number".into());
    }
    let event = event_of(&sentence);
    let mut places: Vec<String> = context
        .iter()
        .filter(|f| f.kind == "place" && f.start >= sentence.start && f.end <= sentence.end)
        .filter_map(|f| f.place.as_ref().map(|p| p.to_lowercase()))
        .collect();
    places.extend(proper_names(&sentence.text, true));
    if let Some(title) = &row.title {
        places.extend(proper_names(title, false));
    }
    if let Some(speaker) = &row.speaker {
        let own: HashSet<String> = words(speaker).into_iter().collect();
        places.retain(|p| !own.contains(p));
    }
    if let Some(source) = &row.source {
        let own: HashSet<String> = words(source).into_iter().collect();
        places.retain(|p| !own.contains(p));
    }
    places.sort();
    places.dedup();
    let published = row.published.as_deref().and_then(parse_date);
    let dated = context
        .iter()
        .filter(|f| f.kind == "time" && f.start >= sentence.start && f.end <= sentence.end)
        .filter_map(|f| {
            let from = parse_date(f.time_from.as_deref()?)?;
            let to = parse_date(f.time_to.as_deref()?)?;
            (to - from <= Duration::days(LONGEST_TIME_FACT_DAYS) && to > from).then_some((from, to))
        })
        .min_by_key(|(from, _)| published.map_or(0, |p| (p - *from).num_minutes().abs()));
    let window = dated.or_else(|| published.map(|p| (p - Duration::hours(24), p)));
    let high = (row.bound != "at_least").then_some(row.high.max(row.low));
    let tolerance = if row.approx || row.bound == "about" {
        APPROX_TOLERANCE
    } else {
        EXACT_TOLERANCE
    };
    let interval = match row.bound.as_str() {
        "at_least" => (row.low * (1.0 - tolerance), f64::INFINITY),
        "at_most" => (0.0, row.high * (1.0 + tolerance)),
        _ => (
            row.low * (1.0 - tolerance),
            row.high.max(row.low) * (1.0 + tolerance),
        ),
    };
    let context: std::sync::Arc<str> = match &row.title {
        Some(title) => format!("{}\n{title}", sentence.text).into(),
        None => sentence.text.as_str().into(),
    };
    FigureItem {
        value: value_text(row),
        low: row.low,
        high,
        approx: row.approx,
        unit: row.unit.clone(),
        class,
        event,
        places,
        time_from: window.map(|w| crate::format_minute(w.0)),
        time_to: window.map(|w| crate::format_minute(w.1)),
        attributed_to: row.speaker.clone().or_else(|| row.source.clone()),
        not_compared,
        cite: Citation::of_figure(row),
        interval,
        window,
        context,
    }
}

/// "4,700–6,300", "about 2,000", "at least 40", "$1.2 bn" stays as the number 1,200,000,000.
fn value_text(row: &FigureRow) -> String {
    let number = |n: f64| -> String {
        if n.fract() != 0.0 {
            return format!("{n}");
        }
        let digits = format!("{}", n as i64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 && c != '-' {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let core = if row.high > row.low {
        format!("{}–{}", number(row.low), number(row.high))
    } else {
        number(row.low)
    };
    let core = match row.bound.as_str() {
        "at_least" => format!("at least {core}"),
        "at_most" => format!("at most {core}"),
        _ if row.approx => format!("about {core}"),
        _ => core,
    };
    if row.unit.is_empty() {
        core
    } else {
        format!("{core} {}", row.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        surface: &str,
        context: &str,
        unit: &str,
        low: f64,
        high: f64,
        bound: &str,
    ) -> FigureRow {
        let start = context.find(surface).expect("surface in context");
        let start = context[..start].chars().count() as i64;
        FigureRow {
            fact_id: 1,
            document_id: "d".into(),
            doc: "doc".into(),
            start,
            end: start + surface.chars().count() as i64,
            surface: surface.into(),
            unit: unit.into(),
            low,
            high,
            approx: bound == "about",
            bound: bound.into(),
            counted: None,
            statement_id: None,
            speaker_id: None,
            speaker: None,
            in_mention: false,
            published: Some("2025-06-07T20:30:00".into()),
            source: Some("S".into()),
            url: None,
            title: None,
            context: context.into(),
            context_start: 0,
        }
    }

    #[test]
    fn unit_examples_infer_their_class() {
        for (expected, text) in crate::lexicon::examples(crate::lexicon::UNITS) {
            let (class, text) = text.split_once(" | ").expect("`class | text`");
            assert!(expected);
            let surface = text
                .split_whitespace()
                .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .expect("a number")
                .trim_end_matches(',');
            let item = prepare(&row(surface, text, "", 1.0, 1.0, "exact"), &[]);
            let unit_word = text
                .split_whitespace()
                .skip_while(|w| !w.starts_with(surface))
                .nth(1)
                .unwrap_or("");
            let direct = lexicons()
                .unit_class(unit_word)
                .flatten()
                .map(str::to_string);
            assert_eq!(item.class.or(direct).as_deref(), Some(class), "{text}");
        }
    }

    #[test]
    fn event_examples_name_their_event() {
        for (_, line) in crate::lexicon::examples(crate::lexicon::EVENTS) {
            let (event, text) = line.split_once(" | ").expect("`event | text`");
            let surface = text
                .split_whitespace()
                .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .expect("a number");
            let item = prepare(&row(surface, text, "", 1.0, 1.0, "exact"), &[]);
            assert_eq!(item.event.as_deref(), Some(event), "{text}");
        }
    }

    #[test]
    fn ranges_that_overlap_agree_and_others_conflict() {
        let mut a = prepare(
            &row(
                "18 vehicles",
                "18 vehicles were destroyed in Kolvash.",
                "vehicle",
                18.0,
                18.0,
                "exact",
            ),
            &[],
        );
        let mut b = prepare(
            &row(
                "16 and 20",
                "between 16 and 20 destroyed vehicles near Kolvash.",
                "vehicle",
                16.0,
                20.0,
                "exact",
            ),
            &[],
        );
        b.attributed_to = Some("T".into());
        b.cite.document_id = "e".into();
        assert!(compare(&a, &b).is_none());
        a.interval = (11.0 * 0.95, 11.0 * 1.05);
        assert!(compare(&a, &b).is_some());
    }
}
