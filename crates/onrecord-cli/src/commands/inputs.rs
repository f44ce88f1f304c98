//! Shared input handling: expand paths, read records in parallel batches, report bad inputs on stderr.

use onrecord_ingest::{
    expand_inputs, into_document, read_input_counted, Format, IngestError, Record,
};
use onrecord_model::Document;
use rayon::prelude::*;

use crate::cli::InputArgs;

/// Documents are processed in batches of this many, so memory stays flat however large the input.
pub const BATCH: usize = 256;

/// Reads every input as documents, calling `on_batch` with batches in input order, and reports each
/// bad input or record on stderr. Returns how many errors there were.
pub fn for_each_batch(
    args: &InputArgs,
    mut on_batch: impl FnMut(Vec<Document>) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let forced = args.input_format.as_deref().and_then(Format::parse);
    let mut errors = 0;
    let mut batch = Vec::with_capacity(BATCH);
    for input in expand_inputs(&args.paths) {
        let input = match input {
            Ok(input) => input,
            Err(error) => {
                report(&error);
                errors += 1;
                continue;
            }
        };
        let (records, skipped) = read_input_counted(&input, forced);
        for record in records {
            match record {
                Ok(record) => batch.push(record),
                Err(error) => {
                    report(&error);
                    errors += 1;
                }
            }
            if batch.len() == BATCH {
                on_batch(documents(std::mem::replace(
                    &mut batch,
                    Vec::with_capacity(BATCH),
                )))?;
            }
        }
        if let Some(summary) = skipped.summary() {
            eprintln!("{}: {summary}", input.display_path().display());
        }
    }
    if !batch.is_empty() {
        on_batch(documents(batch))?;
    }
    Ok(errors)
}

/// Hashes and language-detects a batch on every core.
fn documents(records: Vec<Record>) -> Vec<Document> {
    records.into_par_iter().map(into_document).collect()
}

pub fn report(error: &IngestError) {
    eprintln!("error: {error}");
    if let Some(hint) = &error.hint {
        eprintln!("hint: {hint}");
    }
}
