//! `onrecord extract`: statements (and optionally facts) of files, printed without a ledger.

use std::io::Write;

use anyhow::Context;
use onrecord_ingest::parse_published;
use onrecord_model::{CharIndex, Document, Fact, FactKind, Statement};
use rayon::prelude::*;
use serde_json::Value;

use super::{inputs, Outcome};
use crate::cli::{ExtractArgs, ExtractFormat};
use crate::render;

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let published = match &args.published {
        Some(value) => Some(
            parse_published(value)
                .with_context(|| format!("--published {value:?} is not a date (use YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut json_items = Vec::new();
    let errors = inputs::for_each_batch(&args.input, |mut batch| {
        if published.is_some() {
            for document in &mut batch {
                document.published = published;
            }
        }
        // Extraction and rendering both run on every core; only writing is in input order. Each
        // extractor runs over the whole batch in turn: alternating them document by document
        // evicted each one's lexicons from the cache for the other and slowed both.
        let statements: Vec<Vec<Statement>> =
            batch.par_iter().map(onrecord_extract::extract).collect();
        let facts: Vec<Vec<Fact>> = if args.facts {
            batch
                .par_iter()
                .map(onrecord_facts::extract_facts)
                .collect()
        } else {
            batch.iter().map(|_| Vec::new()).collect()
        };
        let rendered: Vec<anyhow::Result<Rendered>> = batch
            .par_iter()
            .zip(&statements)
            .zip(&facts)
            .map(|((document, statements), facts)| {
                render_document(args.format, document, statements, facts)
            })
            .collect();
        for item in rendered {
            match item? {
                Rendered::Text(text) => out.write_all(text.as_bytes())?,
                Rendered::Values(values) => json_items.extend(values),
            }
        }
        Ok(())
    })?;
    if args.format == ExtractFormat::Json {
        serde_json::to_writer_pretty(&mut out, &Value::Array(json_items))?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if errors > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Success
    })
}

/// One document's output, rendered off the writing thread.
enum Rendered {
    /// JSON Lines or a table, ready to write.
    Text(String),
    /// Items of the one JSON array printed at the end.
    Values(Vec<Value>),
}

fn render_document(
    format: ExtractFormat,
    document: &Document,
    statements: &[Statement],
    facts: &[Fact],
) -> anyhow::Result<Rendered> {
    let index = CharIndex::new(&document.text);
    let statement_lines = statements
        .iter()
        .map(|s| render::statement_json(document, &index, s));
    let fact_lines = facts.iter().map(|f| render::fact_json(document, &index, f));
    Ok(match format {
        ExtractFormat::Jsonl => {
            let mut text = Vec::new();
            for line in statement_lines {
                serde_json::to_writer(&mut text, &line)?;
                text.push(b'\n');
            }
            for line in fact_lines {
                serde_json::to_writer(&mut text, &line)?;
                text.push(b'\n');
            }
            Rendered::Text(String::from_utf8(text)?)
        }
        ExtractFormat::Json => Rendered::Values(
            statement_lines
                .map(serde_json::to_value)
                .chain(fact_lines.map(serde_json::to_value))
                .collect::<Result<_, _>>()?,
        ),
        ExtractFormat::Table => {
            let mut text = Vec::new();
            write_table(&mut text, document, &index, statements, facts)?;
            Rendered::Text(String::from_utf8(text)?)
        }
    })
}

fn write_table(
    out: &mut impl Write,
    document: &Document,
    index: &CharIndex,
    statements: &[Statement],
    facts: &[Fact],
) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = statements
        .iter()
        .map(|statement| {
            vec![
                statement.kind.as_str().to_string(),
                statement
                    .speaker
                    .as_ref()
                    .map(|s| render::cell(&s.name, 28))
                    .unwrap_or_else(|| "?".into()),
                if statement.hedged {
                    "hedged".into()
                } else {
                    String::new()
                },
                render::cell(
                    render::span_text(&document.text, index, statement.content),
                    80,
                ),
            ]
        })
        .collect();
    writeln!(
        out,
        "== {} ({} statements, {} facts)",
        document.name,
        statements.len(),
        facts.len()
    )?;
    if !rows.is_empty() {
        write!(
            out,
            "{}",
            render::table(&["kind", "speaker", "", "content"], &rows)
        )?;
    }
    for fact in facts {
        let kind = match &fact.kind {
            FactKind::Figure(_) => "figure",
            FactKind::Time(_) => "time",
            FactKind::Place(_) => "place",
        };
        let surface = render::span_text(&document.text, index, fact.span);
        writeln!(out, "  {kind} {surface:?}")?;
    }
    Ok(())
}
