//! Rendering: the JSON wire shapes (FORMAT.md and FACTS.md lines) and plain-text tables.

use std::borrow::Cow;
use std::io::Write;

use onrecord_model::{CharIndex, Document, Fact, FactKind, Span, Statement};
use serde::Serialize;

use crate::cli::OutputFormat;

/// Widest a table cell gets before it is shortened with `…`.
const CELL_WIDTH: usize = 72;

/// Prints `items` in the chosen format: JSON array, JSON Lines, CSV (full values) or a table
/// (shortened values). `row` gives one value per column name.
pub fn emit<T: Serialize>(
    format: OutputFormat,
    items: &[T],
    columns: &[&str],
    row: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, items)?;
            writeln!(out)?;
        }
        OutputFormat::Jsonl => {
            for item in items {
                serde_json::to_writer(&mut out, item)?;
                writeln!(out)?;
            }
        }
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(columns)?;
            for item in items {
                writer.write_record(row(item))?;
            }
            writer.flush()?;
        }
        OutputFormat::Table => {
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|item| {
                    row(item)
                        .iter()
                        .map(|value| cell(value, CELL_WIDTH))
                        .collect()
                })
                .collect();
            write!(out, "{}", table(columns, &rows))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The text of a code-point span.
pub fn span_text<'a>(text: &'a str, index: &CharIndex, span: Span) -> &'a str {
    index.slice(text, span)
}

/// One statement as the evaluation format (`../shared/eval/FORMAT.md`) prints it, plus extras.
/// Fields are declared in alphabetical order, the order the lines have always had.
#[derive(Serialize)]
pub struct StatementLine<'a> {
    content: Cow<'a, str>,
    cue: Option<CueLine<'a>>,
    doc: &'a str,
    doc_id: &'a str,
    end: usize,
    hedged: bool,
    kind: &'static str,
    rule: &'a str,
    speaker: Option<SpeakerLine<'a>>,
    start: usize,
}

#[derive(Serialize)]
struct CueLine<'a> {
    end: usize,
    start: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct SpeakerLine<'a> {
    anonymous: bool,
    end: Option<usize>,
    kind: &'static str,
    name: &'a str,
    start: Option<usize>,
    text: &'a str,
}

pub fn statement_json<'a>(
    document: &'a Document,
    index: &CharIndex,
    statement: &'a Statement,
) -> StatementLine<'a> {
    let text = &document.text;
    StatementLine {
        content: statement.said(text, index),
        cue: statement.cue.map(|cue| CueLine {
            end: cue.end,
            start: cue.start,
            text: span_text(text, index, cue),
        }),
        doc: &document.name,
        doc_id: &document.id,
        end: statement.content.end,
        hedged: statement.hedged,
        kind: statement.kind.as_str(),
        rule: &statement.rule,
        speaker: statement.speaker.as_ref().map(|speaker| SpeakerLine {
            anonymous: speaker.is_anonymous(),
            end: speaker.mention_span.map(|s| s.end),
            kind: speaker.kind.as_str(),
            name: &speaker.name,
            start: speaker.mention_span.map(|s| s.start),
            text: &speaker.mention,
        }),
        start: statement.content.start,
    }
}

/// One fact as FACTS.md prints it: `{"type", ...fields, "doc", "start", "end", "surface"}`.
#[derive(Serialize)]
pub struct FactLine<'a> {
    #[serde(flatten)]
    fact: &'a FactKind,
    doc: &'a str,
    start: usize,
    end: usize,
    surface: &'a str,
}

pub fn fact_json<'a>(document: &'a Document, index: &CharIndex, fact: &'a Fact) -> FactLine<'a> {
    FactLine {
        fact: &fact.kind,
        doc: &document.name,
        start: fact.span.start,
        end: fact.span.end,
        surface: span_text(&document.text, index, fact.span),
    }
}

/// Shortens text for a table cell, on a character boundary, folding whitespace.
pub fn cell(text: &str, width: usize) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= width {
        folded
    } else {
        let mut short: String = folded.chars().take(width.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

/// A plain-text table with a header row; columns are padded to their widest cell.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, value) in widths.iter_mut().zip(row) {
            *width = (*width).max(value.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        let last = cells.len().saturating_sub(1);
        for (column, value) in cells.iter().enumerate() {
            out.push_str(value);
            if column < last {
                let pad = widths[column] - value.chars().count() + 2;
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push('\n');
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_on_characters() {
        assert_eq!(cell("Мы  готовы\nговорить", 8), "Мы гото…");
        assert_eq!(cell("short", 8), "short");
    }

    #[test]
    fn tables_align() {
        let rendered = table(&["a", "bb"], &[vec!["xyz".into(), "1".into()]]);
        assert_eq!(rendered, "a    bb\nxyz  1\n");
    }
}
