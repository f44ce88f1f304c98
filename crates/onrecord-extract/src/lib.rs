//! Statement extraction: finds every attributed statement in a document's text and resolves its speaker.
//!
//! Pure: `&Document -> Vec<Statement>`. No IO, no clock, no globals that change, deterministic and
//! thread-safe. Lexicons are data files compiled into the binary. Every statement carries the id of the
//! rule that found it and code-point spans into `Document::text`.

use onrecord_model::{Document, Statement};

/// Extracts the attributed statements of one document, in text order.
pub fn extract(document: &Document) -> Vec<Statement> {
    let _ = document;
    Vec::new()
}
