//! `onrecord ingest`: read, extract in parallel, store one document per transaction.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use onrecord_ingest::near_dup;
use onrecord_ledger::{ExtractedDocument, Ledger, StoreOutcome};
use rayon::prelude::*;

use super::{inputs, Outcome};
use crate::cli::InputArgs;

/// What one ingest run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub new: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    pub statements: usize,
    pub bytes: usize,
}

pub fn run(ledger: &mut dyn Ledger, input: &InputArgs, progress: bool) -> anyhow::Result<Outcome> {
    let summary = ingest(ledger, input, progress)?;
    Ok(if summary.failed > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Success
    })
}

pub fn ingest(
    ledger: &mut dyn Ledger,
    input: &InputArgs,
    progress: bool,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let bar = if progress && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} documents {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut summary = Summary::default();
    summary.failed = inputs::for_each_batch(input, |batch| {
        let extracted: Vec<ExtractedDocument> =
            batch.into_par_iter().map(extract_document).collect();
        for document in &extracted {
            summary.bytes += document.document.text.len();
            match ledger.store(document)? {
                StoreOutcome::New { statements } => {
                    summary.new += 1;
                    summary.statements += statements;
                }
                StoreOutcome::Replaced { statements } => {
                    summary.replaced += 1;
                    summary.statements += statements;
                }
                StoreOutcome::Unchanged => summary.unchanged += 1,
            }
            bar.inc(1);
            bar.set_message(format!(
                "({} new, {} statements)",
                summary.new, summary.statements
            ));
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    let megabytes = summary.bytes as f64 / 1e6;
    eprintln!(
        "{} documents new, {} unchanged, {} replaced by edits, {} failed; {} statements stored; {:.1} MB in {:.2} s ({:.1} MB/s)",
        summary.new, summary.unchanged, summary.replaced, summary.failed, summary.statements, megabytes, seconds, megabytes / seconds
    );
    if summary.new == 0 && summary.replaced == 0 && summary.unchanged > 0 {
        eprintln!("nothing new: every document was already in the ledger");
    }
    Ok(summary)
}

/// Runs every extractor over one document. Pure and parallel-safe.
pub fn extract_document(document: onrecord_model::Document) -> ExtractedDocument {
    let statements = onrecord_extract::extract(&document);
    let facts = onrecord_facts::extract_facts(&document);
    let said_at = statements
        .iter()
        .map(|statement| onrecord_facts::said_at(&document, statement, &facts))
        .collect();
    let signature = near_dup::minhash_signature(&document.text);
    let (near_dup_keys, minhash) = if signature.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        // Band keys are stored as signed integers; MinHash slots keep their low 32 bits, which
        // leaves the chance of two different slots comparing equal at 2^-32.
        let keys = near_dup::lsh_band_keys(&signature)
            .into_iter()
            .map(|key| key as i64)
            .collect();
        (keys, signature.0.iter().map(|&slot| slot as u32).collect())
    };
    ExtractedDocument {
        document,
        statements,
        facts,
        said_at,
        near_dup_keys,
        minhash,
    }
}
