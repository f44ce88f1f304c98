//! The digest of a period: who said most (with their most quotable statements), reversal candidates
//! whose later statement falls in the period, conflicting figures of the period, and claims that
//! spread (the same content in several documents or places). Deterministic: the same ledger and
//! arguments give the same digest. Every item carries its citations; the renderer prints no sentence
//! without one.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDateTime;
use onrecord_ledger::{Ledger, SearchQuery, StatementRow};
use serde::Serialize;

use crate::figures::{self, Conflict, ConflictOptions};
use crate::reversals::{self, Reversal};
use crate::text::{is_function_word, stem, words};
use crate::trace::{containment, RESTATEMENT_OVERLAP};
use crate::{Citation, Result};

/// Reversals are looked for among the period's busiest speakers, this many at most ...
pub const REVERSAL_SPEAKERS: usize = 100;
/// ... whose earlier statement is at most this many days before the period.
pub const REVERSAL_LOOKBACK_DAYS: i64 = 30;

#[derive(Debug, Clone)]
pub struct DigestOptions {
    pub since: NaiveDateTime,
    /// Exclusive.
    pub until: NaiveDateTime,
    pub about: Option<String>,
    /// How many speakers, and statements per speaker.
    pub speakers: usize,
    pub per_speaker: usize,
    pub reversals: usize,
    pub conflicts: usize,
    pub claims: usize,
    /// How many statements of the period to read at most.
    pub max_statements: usize,
}

impl DigestOptions {
    pub fn new(since: NaiveDateTime, until: NaiveDateTime) -> DigestOptions {
        DigestOptions {
            since,
            until,
            about: None,
            speakers: 10,
            per_speaker: 3,
            reversals: 10,
            conflicts: 10,
            claims: 10,
            max_statements: 500_000,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSection {
    pub speaker: String,
    pub kind: Option<String>,
    pub statements: usize,
    pub top: Vec<Citation>,
}

/// A claim seen in several documents or places.
#[derive(Debug, Clone, Serialize)]
pub struct Spread {
    pub claim: String,
    /// The earliest sighting.
    pub first: Citation,
    /// The later ones, in time order.
    pub repeats: Vec<Citation>,
    pub sources: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Digest {
    pub since: String,
    pub until: String,
    pub about: Option<String>,
    pub statements: usize,
    pub speakers_total: usize,
    /// True when the period held more statements than were read.
    pub truncated: bool,
    pub speakers: Vec<SpeakerSection>,
    pub reversals: Vec<Reversal>,
    pub conflicts: Vec<Conflict>,
    pub claims: Vec<Spread>,
}

pub fn digest(ledger: &dyn Ledger, options: &DigestOptions) -> Result<Digest> {
    let rows = ledger.search(&SearchQuery {
        text: options.about.clone(),
        since: Some(options.since),
        until: Some(options.until),
        limit: options.max_statements,
        ..SearchQuery::default()
    })?;
    let truncated = rows.len() >= options.max_statements;
    let mut by_speaker: HashMap<i64, Vec<&StatementRow>> = HashMap::new();
    for row in &rows {
        if let Some(id) = row.speaker_id {
            by_speaker.entry(id).or_default().push(row);
        }
    }
    let speakers_total = by_speaker.len();
    let mut named: Vec<(i64, Vec<&StatementRow>)> = by_speaker
        .iter()
        .filter(|(_, s)| s[0].speaker_kind.as_deref() != Some("anonymous"))
        .map(|(id, s)| (*id, s.clone()))
        .collect();
    named.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then_with(|| a.1[0].speaker.cmp(&b.1[0].speaker))
            .then(a.0.cmp(&b.0))
    });
    let speakers = named
        .iter()
        .take(options.speakers)
        .map(|(_, statements)| {
            let mut ranked = statements.clone();
            ranked.sort_by(|a, b| {
                quotability(b)
                    .cmp(&quotability(a))
                    .then(a.date.cmp(&b.date))
                    .then(a.id.cmp(&b.id))
            });
            let mut top: Vec<Citation> = ranked
                .iter()
                .take(options.per_speaker)
                .map(|r| Citation::of_statement(r))
                .collect();
            top.sort_by(|a, b| a.date.cmp(&b.date));
            SpeakerSection {
                speaker: statements[0].speaker.clone().unwrap_or_default(),
                kind: statements[0].speaker_kind.clone(),
                statements: statements.len(),
                top,
            }
        })
        .collect();

    // Reversals: the recent history of the period's busiest named speakers, keeping pairs whose
    // later statement is in the period.
    let ids: Vec<i64> = named
        .iter()
        .take(REVERSAL_SPEAKERS)
        .map(|(id, _)| *id)
        .collect();
    let mut history = Vec::new();
    let lookback = options.since - chrono::Duration::days(REVERSAL_LOOKBACK_DAYS);
    for chunk in ids.chunks(500) {
        history.extend(ledger.said(chunk, None, Some(lookback), Some(options.until))?);
    }
    let since = options.since.format("%Y-%m-%dT%H:%M:%S").to_string();
    let found = reversals::candidates_for(&history, options.about.as_deref())
        .into_iter()
        .filter(|r| r.b.date.as_deref().is_some_and(|d| d >= since.as_str()))
        .collect();
    let reversals = reversals::rank_public(found, options.reversals);

    let conflicts = figures::figure_conflicts(
        ledger,
        &ConflictOptions {
            about: options.about.clone(),
            since: Some(options.since),
            until: Some(options.until),
            limit: options.conflicts,
            max_figures: 200_000,
        },
    )?;

    let claims = spreads(ledger, &rows, options.claims)?;
    Ok(Digest {
        since: options.since.format("%Y-%m-%d").to_string(),
        until: options.until.format("%Y-%m-%d").to_string(),
        about: options.about.clone(),
        statements: rows.len(),
        speakers_total,
        truncated,
        speakers,
        reversals,
        conflicts,
        claims,
    })
}

/// Direct quotes first, unhedged before hedged, then statements of a readable length.
fn quotability(row: &StatementRow) -> (u8, u8, usize) {
    let kind = match row.kind.as_str() {
        "direct" => 2,
        "mixed" => 1,
        _ => 0,
    };
    let length = words(&row.content).len();
    let readable = if (6..=40).contains(&length) {
        100
    } else {
        length.min(99)
    };
    (kind, u8::from(!row.hedged), readable)
}

/// Claims of the period seen in more than one document or place: statements grouped through shared
/// three-word shingles (a capped inverted index) and confirmed by word overlap.
fn spreads(ledger: &dyn Ledger, rows: &[StatementRow], limit: usize) -> Result<Vec<Spread>> {
    let stems: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            words(&r.content)
                .iter()
                .filter(|w| !is_function_word(w) && w.chars().count() > 2)
                .map(|w| stem(w))
                .collect()
        })
        .collect();
    let sets: Vec<HashSet<String>> = stems.iter().map(|s| s.iter().cloned().collect()).collect();
    let mut postings: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
    for (i, s) in stems.iter().enumerate() {
        if s.len() < 4 {
            continue;
        }
        for w in s.windows(3) {
            postings
                .entry((w[0].clone(), w[1].clone(), w[2].clone()))
                .or_default()
                .push(i);
        }
    }
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    fn find(parent: &mut [usize], i: usize) -> usize {
        let mut root = i;
        while parent[root] != root {
            root = parent[root];
        }
        let mut i = i;
        while parent[i] != root {
            let next = parent[i];
            parent[i] = root;
            i = next;
        }
        root
    }
    let mut checked = HashSet::new();
    for list in postings.values() {
        if list.len() < 2 || list.len() > 50 {
            continue;
        }
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                if rows[i].document_id == rows[j].document_id || !checked.insert((i, j)) {
                    continue;
                }
                if containment(&sets[i], &sets[j]) >= RESTATEMENT_OVERLAP {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..rows.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut spread: Vec<Spread> = Vec::new();
    let grouped: Vec<Vec<usize>> = groups.into_values().collect();
    // Exact copies: documents of the period seen in more than one place.
    let candidates: Vec<String> = grouped
        .iter()
        .flat_map(|g| g.iter().map(|&i| rows[i].document_id.clone()))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut sightings: HashMap<String, Vec<onrecord_ledger::Sighting>> = HashMap::new();
    if candidates.len() <= 20_000 {
        for sighting in ledger.sightings(&candidates)? {
            sightings
                .entry(sighting.document_id.clone())
                .or_default()
                .push(sighting);
        }
    }
    for group in grouped {
        let mut cites: Vec<Citation> = Vec::new();
        for &i in &group {
            let row = &rows[i];
            cites.push(Citation::of_statement(row));
            for sighting in sightings.get(&row.document_id).into_iter().flatten() {
                if sighting.name != row.doc || sighting.source != row.source {
                    let mut cite = Citation::of_statement(row);
                    cite.doc = sighting.name.clone();
                    cite.source = sighting.source.clone();
                    cite.url = sighting.url.clone();
                    cite.date = sighting.published.clone();
                    cites.push(cite);
                }
            }
        }
        if cites.len() < 2 {
            continue;
        }
        cites.sort_by(|a, b| a.date.cmp(&b.date).then(a.doc.cmp(&b.doc)));
        let sources = cites
            .iter()
            .map(|c| c.source.clone())
            .collect::<HashSet<_>>()
            .len();
        let first = cites.remove(0);
        spread.push(Spread {
            claim: first.quote.clone(),
            first,
            repeats: cites,
            sources,
        });
    }
    spread.sort_by(|a, b| {
        b.sources
            .cmp(&a.sources)
            .then(b.repeats.len().cmp(&a.repeats.len()))
            .then(a.first.date.cmp(&b.first.date))
            .then(a.first.doc.cmp(&b.first.doc))
            .then(a.first.start.cmp(&b.first.start))
    });
    spread.truncate(limit);
    Ok(spread)
}
