//! The analysis commands: `reversals`, `figures`, `trace`, `digest`. Arguments in, calls into
//! `onrecord-analyze`, rendering out; every rendered item names the statements it rests on.

use std::fmt::Write as _;
use std::io::Write;

use onrecord_analyze::{
    Citation, Conflict, ConflictOptions, Digest, DigestOptions, FigureItem, Reversal,
    ReversalOptions, Trace, TraceSeed,
};
use onrecord_ledger::Ledger;
use serde::Serialize;

use super::{parse_date_arg, Outcome};
use crate::cli::{AnalysisFormat, DigestArgs, DigestFormat, FiguresArgs, ReversalsArgs, TraceArgs};
use crate::render::{cell, table};

/// What every reversal rendering says first.
pub const CANDIDATES_NOTE: &str =
    "Reversal candidates for a person to check, not verdicts: each pair only looks opposite.";

fn dates(
    since: &Option<String>,
    until: &Option<String>,
) -> anyhow::Result<(Option<chrono::NaiveDateTime>, Option<chrono::NaiveDateTime>)> {
    Ok((
        since
            .as_deref()
            .map(|d| parse_date_arg("--since", d, false))
            .transpose()?,
        until
            .as_deref()
            .map(|d| parse_date_arg("--until", d, true))
            .transpose()?,
    ))
}

fn print_json<T: Serialize>(format: AnalysisFormat, items: &[T]) -> anyhow::Result<bool> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        AnalysisFormat::Json => {
            serde_json::to_writer_pretty(&mut out, items)?;
            writeln!(out)?;
        }
        AnalysisFormat::Jsonl => {
            for item in items {
                serde_json::to_writer(&mut out, item)?;
                writeln!(out)?;
            }
        }
        _ => return Ok(false),
    }
    out.flush()?;
    Ok(true)
}

/// `[doc 120–156](url) Source, 2025-06-02` for Markdown.
fn md_cite(cite: &Citation) -> String {
    let place = format!("{} {}–{}", cite.doc, cite.start, cite.end);
    let place = match &cite.url {
        Some(url) => format!("[{place}]({url})"),
        None => format!("`{place}`"),
    };
    format!("{place}, {}", cite.short())
}

fn plain_cite(cite: &Citation) -> String {
    format!(
        "{} · {} {}–{}",
        cite.short(),
        cite.doc,
        cite.start,
        cite.end
    )
}

fn quote(text: &str, width: usize) -> String {
    format!("“{}”", cell(text, width))
}

pub fn reversals(ledger: &dyn Ledger, args: ReversalsArgs) -> anyhow::Result<Outcome> {
    let (since, until) = dates(&args.since, &args.until)?;
    let found = onrecord_analyze::reversals(
        ledger,
        &ReversalOptions {
            speaker: args.name.clone(),
            about: args.about.clone(),
            since,
            until,
            limit: args.limit,
            max_statements: 0,
        },
    )?;
    if print_json(args.format, &found)? {
        return Ok(Outcome::Success);
    }
    print!("{}", render_reversals(args.format, &found));
    if found.is_empty() {
        eprintln!("no reversal candidates");
    }
    Ok(Outcome::Success)
}

fn reasons_text(reversal: &Reversal) -> String {
    reversal
        .reasons
        .iter()
        .map(|r| format!("{} ({})", r.kind.replace('_', " "), r.detail))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn render_reversals(format: AnalysisFormat, found: &[Reversal]) -> String {
    let mut out = String::new();
    if format == AnalysisFormat::Md {
        let _ = writeln!(out, "_{CANDIDATES_NOTE}_\n");
        for r in found {
            let _ = writeln!(
                out,
                "{}. **{}** — {} (score {:.2}, {} apart)\n   - before: “{}” — {}\n   - after: “{}” — {}",
                r.rank,
                r.speaker,
                reasons_text(r),
                r.score,
                r.time_between.as_deref().unwrap_or("?"),
                r.a.quote,
                md_cite(&r.a),
                r.b.quote,
                md_cite(&r.b)
            );
        }
        return out;
    }
    let _ = writeln!(out, "{CANDIDATES_NOTE}");
    for r in found {
        let _ = writeln!(
            out,
            "\n#{} {} — score {:.2}, {} apart\n   why:    {}\n   before: {}  — {}\n   after:  {}  — {}",
            r.rank,
            r.speaker,
            r.score,
            r.time_between.as_deref().unwrap_or("?"),
            cell(&reasons_text(r), 110),
            quote(&r.a.quote, 90),
            plain_cite(&r.a),
            quote(&r.b.quote, 90),
            plain_cite(&r.b),
        );
    }
    out
}

pub fn figures(ledger: &dyn Ledger, args: FiguresArgs) -> anyhow::Result<Outcome> {
    let (since, until) = dates(&args.since, &args.until)?;
    let options = ConflictOptions {
        about: args.about.clone(),
        since,
        until,
        limit: args.limit,
        max_figures: 0,
    };
    if args.conflicts {
        let found = onrecord_analyze::figure_conflicts(ledger, &options)?;
        if print_json(args.format, &found)? {
            return Ok(Outcome::Success);
        }
        print!("{}", render_conflicts(args.format, &found));
        if found.is_empty() {
            eprintln!("no conflicting figures");
        }
        return Ok(Outcome::Success);
    }
    let mut items = onrecord_analyze::figures(ledger, &options)?;
    items.truncate(args.limit.max(1));
    if print_json(args.format, &items)? {
        return Ok(Outcome::Success);
    }
    print!("{}", render_figures(args.format, &items));
    Ok(Outcome::Success)
}

fn figure_line(item: &FigureItem) -> String {
    let mut what = item.class.clone().unwrap_or_else(|| "?".into());
    if let Some(event) = &item.event {
        what = format!("{what} {event}");
    }
    what
}

fn render_figures(format: AnalysisFormat, items: &[FigureItem]) -> String {
    if format == AnalysisFormat::Md {
        let mut out = String::new();
        for item in items {
            let _ = writeln!(
                out,
                "- **{}** ({}) — “{}” — {}",
                item.value,
                figure_line(item),
                item.cite.quote,
                md_cite(&item.cite)
            );
        }
        return out;
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            vec![
                item.cite
                    .date
                    .as_deref()
                    .map(onrecord_analyze::day)
                    .unwrap_or("")
                    .to_string(),
                cell(&item.value, 30),
                figure_line(item),
                cell(&item.attributed_to.clone().unwrap_or_default(), 30),
                cell(&item.places.join(", "), 30),
                format!("{} {}–{}", item.cite.doc, item.cite.start, item.cite.end),
            ]
        })
        .collect();
    table(
        &["date", "figure", "counts", "according to", "where", "cite"],
        &rows,
    )
}

fn side(item: &FigureItem) -> String {
    format!(
        "{} ({})",
        item.value,
        item.attributed_to.as_deref().unwrap_or("?")
    )
}

fn render_conflicts(format: AnalysisFormat, found: &[Conflict]) -> String {
    let mut out = String::new();
    for c in found {
        if format == AnalysisFormat::Md {
            let _ = writeln!(
                out,
                "{}. **{}**: {} vs {} — {}\n   - {} — {}\n   - {} — {}",
                c.rank,
                c.about,
                side(&c.a),
                side(&c.b),
                c.reason,
                c.a.cite.quote,
                md_cite(&c.a.cite),
                c.b.cite.quote,
                md_cite(&c.b.cite)
            );
        } else {
            let _ = writeln!(
                out,
                "#{} {} — score {:.2}\n   {} vs {}: {}\n   a: {}\n   b: {}\n",
                c.rank,
                c.about,
                c.score,
                side(&c.a),
                side(&c.b),
                c.reason,
                plain_cite(&c.a.cite),
                plain_cite(&c.b.cite)
            );
        }
    }
    out
}

pub fn trace(ledger: &dyn Ledger, args: TraceArgs) -> anyhow::Result<Outcome> {
    let seed = match args.query.trim().parse::<i64>() {
        Ok(id) => TraceSeed::Statement(id),
        Err(_) => TraceSeed::Query(args.query.clone()),
    };
    let Some(trace) = onrecord_analyze::trace(ledger, &seed)? else {
        anyhow::bail!("no statement matches {:?}", args.query);
    };
    match args.format {
        AnalysisFormat::Json => println!("{}", serde_json::to_string_pretty(&trace)?),
        AnalysisFormat::Jsonl => {
            for entry in &trace.entries {
                println!("{}", serde_json::to_string(entry)?);
            }
        }
        format => print!("{}", render_trace(format, &trace)),
    }
    Ok(Outcome::Success)
}

fn render_trace(format: AnalysisFormat, trace: &Trace) -> String {
    let mut out = String::new();
    if format == AnalysisFormat::Md {
        let _ = writeln!(out, "Claim: “{}” — {}\n", trace.claim, md_cite(&trace.seed));
        for e in &trace.entries {
            let first = if e.first { " **(first sighting)**" } else { "" };
            let _ = writeln!(
                out,
                "{}. {}{} — {} — {}",
                e.order,
                e.how,
                first,
                e.cite.speaker.as_deref().unwrap_or("?"),
                md_cite(&e.cite)
            );
        }
        return out;
    }
    let _ = writeln!(out, "claim: {}", quote(&trace.claim, 110));
    let rows: Vec<Vec<String>> = trace
        .entries
        .iter()
        .map(|e| {
            vec![
                if e.first {
                    "▶ first".into()
                } else {
                    e.order.to_string()
                },
                e.cite.date.clone().unwrap_or_default().replace("T", " "),
                e.how.clone(),
                cell(e.cite.source.as_deref().unwrap_or("?"), 24),
                cell(e.cite.speaker.as_deref().unwrap_or("?"), 30),
                format!("{} {}–{}", e.cite.doc, e.cite.start, e.cite.end),
            ]
        })
        .collect();
    out.push_str(&table(
        &["#", "date", "how", "source", "speaker", "cite"],
        &rows,
    ));
    out
}

pub fn digest(ledger: &dyn Ledger, args: DigestArgs) -> anyhow::Result<Outcome> {
    let since = parse_date_arg("--since", &args.since, false)?;
    let until = parse_date_arg("--until", &args.until, true)?;
    let mut options = DigestOptions::new(since, until);
    options.about = args.about.clone();
    let digest = onrecord_analyze::digest(ledger, &options)?;
    match args.format {
        DigestFormat::Json => println!("{}", serde_json::to_string_pretty(&digest)?),
        DigestFormat::Md => print!("{}", digest_markdown(&digest)),
        DigestFormat::Html => print!("{}", digest_html(&digest_markdown(&digest))),
    }
    Ok(Outcome::Success)
}

/// The digest as Markdown: headings, then one cited line per item.
pub fn digest_markdown(d: &Digest) -> String {
    let mut out = String::new();
    let about = d
        .about
        .as_deref()
        .map(|a| format!(" about “{a}”"))
        .unwrap_or_default();
    let _ = writeln!(out, "# Digest {} – {}{about}\n", d.since, d.until);
    let _ = writeln!(
        out,
        "_{} statements by {} speakers in the ledger for this period{}._\n",
        d.statements,
        d.speakers_total,
        if d.truncated {
            " (more were not read)"
        } else {
            ""
        }
    );
    let _ = writeln!(out, "## Who said most\n");
    for s in &d.speakers {
        let _ = writeln!(out, "### {} ({} statements)\n", s.speaker, s.statements);
        for c in &s.top {
            let hedge = if c.hedged { " _(hedged)_" } else { "" };
            let _ = writeln!(out, "- “{}”{hedge} — {}", cell(&c.quote, 300), md_cite(c));
        }
        out.push('\n');
    }
    if !d.reversals.is_empty() {
        let _ = writeln!(out, "## Reversal candidates\n\n_{CANDIDATES_NOTE}_\n");
        for r in &d.reversals {
            let _ = writeln!(
                out,
                "- **{}**, {} apart ({}): “{}” — {}; later “{}” — {}",
                r.speaker,
                r.time_between.as_deref().unwrap_or("?"),
                reasons_text(r),
                cell(&r.a.quote, 200),
                md_cite(&r.a),
                cell(&r.b.quote, 200),
                md_cite(&r.b)
            );
        }
        out.push('\n');
    }
    if !d.conflicts.is_empty() {
        let _ = writeln!(out, "## Conflicting figures\n");
        for c in &d.conflicts {
            let _ = writeln!(
                out,
                "- **{}**: {} — {}; vs {} — {}",
                c.about,
                side(&c.a),
                md_cite(&c.a.cite),
                side(&c.b),
                md_cite(&c.b.cite)
            );
        }
        out.push('\n');
    }
    if !d.claims.is_empty() {
        let _ = writeln!(out, "## Claims that spread\n");
        for s in &d.claims {
            let _ = writeln!(
                out,
                "- “{}” — first {}; repeated {} times by {} sources:",
                cell(&s.claim, 200),
                md_cite(&s.first),
                s.repeats.len(),
                s.sources
            );
            for r in &s.repeats {
                let _ = writeln!(out, "  - {}", md_cite(r));
            }
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A minimal HTML rendering of the Markdown digest: headings, list items, links, emphasis.
pub fn digest_html(markdown: &str) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>onrecord digest</title></head><body>\n",
    );
    let mut in_list = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        let is_item = trimmed.starts_with("- ");
        if in_list && !is_item {
            out.push_str("</ul>\n");
            in_list = false;
        }
        if let Some(rest) = line.strip_prefix("### ") {
            let _ = writeln!(out, "<h3>{}</h3>", inline(rest));
        } else if let Some(rest) = line.strip_prefix("## ") {
            let _ = writeln!(out, "<h2>{}</h2>", inline(rest));
        } else if let Some(rest) = line.strip_prefix("# ") {
            let _ = writeln!(out, "<h1>{}</h1>", inline(rest));
        } else if is_item {
            if !in_list {
                out.push_str("<ul>\n");
                in_list = true;
            }
            let _ = writeln!(out, "<li>{}</li>", inline(&trimmed[2..]));
        } else if !line.trim().is_empty() {
            let _ = writeln!(out, "<p>{}</p>", inline(line));
        }
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// `[text](url)`, `**b**`, `_i_` and backticks to HTML, everything else escaped.
fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        out.push_str(&emphasis(&escape(&rest[..open])));
        let _ = write!(
            out,
            "<a href=\"{}\">{}</a>",
            escape(&rest[close + 2..end]),
            escape(&rest[open + 1..close])
        );
        rest = &rest[end + 1..];
    }
    out.push_str(&emphasis(&escape(rest)));
    out
}

fn emphasis(text: &str) -> String {
    let mut out = String::new();
    let mut bold = false;
    let mut italic = false;
    let mut code = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '*' && chars.get(i + 1) == Some(&'*') {
            out.push_str(if bold { "</b>" } else { "<b>" });
            bold = !bold;
            i += 2;
            continue;
        }
        let word_edge = |j: usize| j >= chars.len() || !chars[j].is_alphanumeric();
        if chars[i] == '_' && (word_edge(i + 1) || i == 0 || !chars[i - 1].is_alphanumeric()) {
            out.push_str(if italic { "</i>" } else { "<i>" });
            italic = !italic;
        } else if chars[i] == '`' {
            out.push_str(if code { "</code>" } else { "<code>" });
            code = !code;
        } else {
            out.push(chars[i]);
        }
        i += 1;
    }
    out
}
