//! `onrecord documents` and `onrecord show`.

use onrecord_ledger::{DocumentDetail, DocumentRow, Ledger};
use onrecord_model::CharIndex;

use super::Outcome;
use crate::cli::{DocumentsArgs, OutputFormat, ShowArgs};
use crate::render;

pub fn list(ledger: &dyn Ledger, args: DocumentsArgs) -> anyhow::Result<Outcome> {
    let documents = ledger.documents(args.text, args.limit)?;
    let mut columns = vec!["id", "published", "source", "title", "statements", "url"];
    if args.text {
        columns.push("text");
    }
    render::emit(
        args.format.format,
        &documents,
        &columns,
        |d: &DocumentRow| {
            let mut row = vec![
                d.id.clone(),
                d.published.clone().unwrap_or_default(),
                d.source.clone().unwrap_or_default(),
                d.title.clone().unwrap_or_else(|| d.name.clone()),
                d.statements.to_string(),
                d.url.clone().unwrap_or_default(),
            ];
            if args.text {
                row.push(d.text.clone().unwrap_or_default());
            }
            row
        },
    )?;
    Ok(Outcome::Success)
}

pub fn show(ledger: &dyn Ledger, args: ShowArgs) -> anyhow::Result<Outcome> {
    let Some(detail) = ledger.document(&args.id)? else {
        anyhow::bail!(
            "no document {:?}; `onrecord documents` lists their ids",
            args.id
        );
    };
    match args.format.format {
        OutputFormat::Table => print!("{}", render_detail(&detail)),
        _ => println!("{}", serde_json::to_string_pretty(&detail)?),
    }
    Ok(Outcome::Success)
}

/// The document as text: metadata, the body with each statement wrapped in `[N ...]`, then the list.
fn render_detail(detail: &DocumentDetail) -> String {
    let document = &detail.document;
    let mut out = String::new();
    out.push_str(&format!(
        "{}  {}\n",
        document.id,
        document.title.as_deref().unwrap_or(&document.name)
    ));
    for (label, value) in [
        ("source", &document.source),
        ("published", &document.published),
        ("url", &document.url),
        ("reposted from", &document.reposted_from),
        ("near copy of", &document.near_copy_of),
    ] {
        if let Some(value) = value {
            out.push_str(&format!("{label:>13}: {value}\n"));
        }
    }
    let text = document.text.as_deref().unwrap_or("");
    let index = CharIndex::new(text);
    let mut marks: Vec<(usize, bool, usize)> = Vec::new();
    for (number, statement) in detail.statements.iter().enumerate() {
        marks.push((index.to_byte(statement.start as usize), true, number + 1));
        marks.push((index.to_byte(statement.end as usize), false, number + 1));
    }
    marks.sort_by_key(|&(byte, opens, number)| {
        (
            byte,
            opens,
            if opens { number } else { usize::MAX - number },
        )
    });
    out.push('\n');
    let mut at = 0;
    for (byte, opens, number) in marks {
        out.push_str(&text[at..byte.max(at)]);
        at = byte.max(at);
        out.push_str(&if opens {
            format!("[{number} ")
        } else {
            format!(" {number}]")
        });
    }
    out.push_str(&text[at..]);
    out.push_str("\n\n");
    for (number, statement) in detail.statements.iter().enumerate() {
        out.push_str(&format!(
            "[{}] {} {}{}: {}\n",
            number + 1,
            statement.kind,
            statement.speaker.as_deref().unwrap_or("?"),
            if statement.hedged { " (hedged)" } else { "" },
            render::cell(&statement.content, 100)
        ));
    }
    if !detail.facts.is_empty() {
        out.push_str(&format!("\nfacts: {}\n", detail.facts.len()));
        for fact in &detail.facts {
            out.push_str(&format!(
                "  {} {:?}\n",
                fact.fact["type"].as_str().unwrap_or("?"),
                fact.surface
            ));
        }
    }
    if detail.sightings.len() > 1 {
        out.push_str("\nseen at:\n");
        for sighting in &detail.sightings {
            out.push_str(&format!(
                "  {} {} {}\n",
                sighting.published.as_deref().unwrap_or(""),
                sighting.source.as_deref().unwrap_or(&sighting.name),
                sighting.url.as_deref().unwrap_or("")
            ));
        }
    }
    if !detail.near_copies.is_empty() {
        out.push_str(&format!(
            "\nnear copies: {}\n",
            detail.near_copies.join(", ")
        ));
    }
    out
}
