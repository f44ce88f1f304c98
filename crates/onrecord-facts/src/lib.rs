//! Facts inside documents: figures, time expressions and places, normalised.
//!
//! Pure: text plus the document's publication time in, facts out. No IO, no clock (relative times are
//! anchored to the publication time), deterministic. The gazetteer is generated data compiled in.

use onrecord_model::{Document, Fact};

/// Extracts figures, times and places of one document, ordered by span start.
pub fn extract_facts(document: &Document) -> Vec<Fact> {
    let _ = document;
    Vec::new()
}
