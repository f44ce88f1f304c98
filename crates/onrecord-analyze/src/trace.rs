//! Propagation: where a claim first appeared and who repeated it, in time order — across exact
//! copies (one document seen in several places), near copies and reposts (linked documents), and
//! restatements (other statements with the same content, found through the full-text index and
//! confirmed by word overlap).

use std::collections::{BTreeSet, HashMap, HashSet};

use onrecord_ledger::{Ledger, SearchQuery, StatementRow};
use serde::Serialize;

use crate::text::{is_function_word, stem, words};
use crate::{AnalyzeError, Citation, Result};

/// A statement is a restatement of the seed when this share of the smaller one's content words is
/// shared.
pub const RESTATEMENT_OVERLAP: f64 = 0.6;
/// How many full-text matches to look at.
const MAX_MATCHES: usize = 2000;
/// How many documents are looked up for their repost header.
const MAX_DOCUMENT_LOOKUPS: usize = 200;

#[derive(Debug, Clone)]
pub enum TraceSeed {
    /// Words of the claim (all must occur in a statement).
    Query(String),
    /// A statement id, as `search --format json` prints it.
    Statement(i64),
}

#[derive(Debug, Clone, Serialize)]
pub struct TraceEntry {
    pub order: usize,
    /// True for the earliest sighting.
    pub first: bool,
    /// `first`, `restatement`, `same speaker`, `exact copy`, `near copy` or `repost`.
    pub how: String,
    /// Share of content words shared with the seed statement.
    pub overlap: f64,
    /// The document this one copies, for copies and reposts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
    pub cite: Citation,
}

#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    /// The seed statement's text.
    pub claim: String,
    pub seed: Citation,
    pub entries: Vec<TraceEntry>,
}

fn content_stems(text: &str) -> HashSet<String> {
    words(text)
        .iter()
        .filter(|w| !is_function_word(w) && w.chars().count() > 2)
        .map(|w| stem(w))
        .collect()
}

/// Share of the smaller set's members that the other also has.
pub fn containment(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

/// Traces a claim. `Ok(None)` when nothing matches the query.
pub fn trace(ledger: &dyn Ledger, seed: &TraceSeed) -> Result<Option<Trace>> {
    let seed_row = match seed {
        TraceSeed::Statement(id) => ledger
            .statements_by_id(&[*id])?
            .into_iter()
            .next()
            .ok_or(AnalyzeError::UnknownStatement(*id))?,
        TraceSeed::Query(query) => {
            let mut matches = ledger.search(&SearchQuery {
                text: Some(query.clone()),
                limit: MAX_MATCHES,
                ..SearchQuery::default()
            })?;
            if matches.is_empty() {
                return Ok(None);
            }
            // The earliest match is the seed; ties go to the longest text.
            matches.sort_by(|a, b| {
                a.date
                    .cmp(&b.date)
                    .then(b.content.len().cmp(&a.content.len()))
                    .then(a.id.cmp(&b.id))
            });
            matches.swap_remove(0)
        }
    };
    let seed_stems = content_stems(&seed_row.content);
    // Distinctive words: the longest content words, as prefixes so that inflections match.
    let mut distinctive: Vec<String> = words(&seed_row.content)
        .into_iter()
        .filter(|w| {
            !is_function_word(w) && w.chars().count() > 3 && w.chars().all(char::is_alphanumeric)
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    distinctive.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    distinctive.truncate(4);
    let query: Vec<String> = distinctive
        .iter()
        .map(|w| format!("{}*", stem(w)))
        .collect();
    let mut related: Vec<StatementRow> = if query.is_empty() {
        Vec::new()
    } else {
        ledger.search(&SearchQuery {
            text: Some(query.join(" ")),
            limit: MAX_MATCHES,
            ..SearchQuery::default()
        })?
    };
    if !related.iter().any(|r| r.id == seed_row.id) {
        related.push(seed_row.clone());
    }
    let mut kept: Vec<(StatementRow, f64)> = related
        .into_iter()
        .filter_map(|row| {
            let overlap = if row.id == seed_row.id {
                1.0
            } else {
                containment(&seed_stems, &content_stems(&row.content))
            };
            (overlap >= RESTATEMENT_OVERLAP).then_some((row, overlap))
        })
        .collect();
    // One statement per document: the closest.
    kept.sort_by(|a, b| {
        a.0.document_id
            .cmp(&b.0.document_id)
            .then(b.1.total_cmp(&a.1))
    });
    kept.dedup_by(|a, b| a.0.document_id == b.0.document_id);
    let documents: Vec<String> = kept.iter().map(|(r, _)| r.document_id.clone()).collect();
    let sightings = ledger.sightings(&documents)?;
    let linked = ledger.near_copies(&documents)?;
    let doc_name: HashMap<String, String> = kept
        .iter()
        .map(|(r, _)| (r.document_id.clone(), r.doc.clone()))
        .collect();
    let mut links: HashMap<String, String> = HashMap::new();
    for document in &linked {
        if let Some(original) = &document.near_copy_of {
            if doc_name.contains_key(&document.id) {
                if let Some(name) = doc_name.get(original) {
                    links.insert(document.id.clone(), name.clone());
                }
            }
        }
    }
    // Reposts the input declared ("REPOST from ...", a forward).
    let mut reposts: HashMap<String, String> = HashMap::new();
    for (row, _) in kept.iter().take(MAX_DOCUMENT_LOOKUPS) {
        if let Some(detail) = ledger.document(&row.document_id)? {
            if let Some(from) = detail.document.reposted_from {
                reposts.insert(row.document_id.clone(), from);
            }
        }
    }
    let mut entries: Vec<TraceEntry> = Vec::new();
    for (row, overlap) in &kept {
        let how = if let Some(original) = links.get(&row.document_id) {
            ("near copy", Some(original.clone()))
        } else if let Some(from) = reposts.get(&row.document_id) {
            ("repost", Some(from.clone()))
        } else if row.id == seed_row.id {
            ("first", None)
        } else if row.speaker_id.is_some() && row.speaker_id == seed_row.speaker_id {
            ("same speaker", None)
        } else {
            ("restatement", None)
        };
        entries.push(TraceEntry {
            order: 0,
            first: false,
            how: how.0.to_string(),
            overlap: (overlap * 100.0).round() / 100.0,
            copy_of: how.1,
            cite: Citation::of_statement(row),
        });
        // Every further place the same text was seen is an exact copy.
        for sighting in sightings.iter().filter(|s| {
            s.document_id == row.document_id && (s.name != row.doc || s.source != row.source)
        }) {
            let mut cite = Citation::of_statement(row);
            cite.doc = sighting.name.clone();
            cite.source = sighting.source.clone();
            cite.url = sighting.url.clone();
            cite.date = sighting.published.clone();
            entries.push(TraceEntry {
                order: 0,
                first: false,
                how: "exact copy".into(),
                overlap: (overlap * 100.0).round() / 100.0,
                copy_of: Some(row.doc.clone()),
                cite,
            });
        }
    }
    entries.sort_by(|a, b| {
        a.cite
            .date
            .is_none()
            .cmp(&b.cite.date.is_none())
            .then(a.cite.date.cmp(&b.cite.date))
            .then(a.cite.doc.cmp(&b.cite.doc))
    });
    for (order, entry) in entries.iter_mut().enumerate() {
        entry.order = order + 1;
        entry.first = order == 0;
        if entry.first && entry.how != "exact copy" {
            entry.how = "first".into();
        } else if entry.how == "first" {
            entry.how = "restatement".into();
        }
    }
    Ok(Some(Trace {
        claim: seed_row.content.clone(),
        seed: Citation::of_statement(&seed_row),
        entries,
    }))
}
