//! Reading commands over statements and speakers: `search`, `stats`, `speakers`, `said`.

use std::collections::HashMap;

use onrecord_ledger::{EntityRow, FactRow, Ledger, PlaceRow, SearchQuery, StatementRow};
use serde::Serialize;

use super::{parse_date_arg, Outcome};
use crate::cli::{FormatArgs, OutputFormat, SaidArgs, SearchArgs, SpeakersArgs};
use crate::render::{self, cell};

const STATEMENT_COLUMNS: &[&str] = &["date", "speaker", "kind", "content", "source", "doc_id"];

fn statement_columns(row: &StatementRow) -> Vec<String> {
    vec![
        row.date
            .as_deref()
            .map(|d| d.replace("T00:00:00", ""))
            .unwrap_or_default(),
        row.speaker.clone().unwrap_or_else(|| "?".into()),
        if row.hedged {
            format!("{} (hedged)", row.kind)
        } else {
            row.kind.clone()
        },
        row.content.clone(),
        row.source.clone().unwrap_or_default(),
        row.document_id.clone(),
    ]
}

pub fn search(ledger: &dyn Ledger, args: SearchArgs) -> anyhow::Result<Outcome> {
    let query = SearchQuery {
        text: Some(args.query.clone()),
        speaker: args.speaker.clone(),
        since: args
            .since
            .as_deref()
            .map(|d| parse_date_arg("--since", d, false))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|d| parse_date_arg("--until", d, true))
            .transpose()?,
        limit: args.limit,
        ..SearchQuery::default()
    };
    let rows = ledger.search(&query)?;
    let nothing_found = rows.is_empty();
    if matches!(args.format.format, OutputFormat::Json | OutputFormat::Jsonl) {
        let items = with_facts(ledger, rows)?;
        render::emit(args.format.format, &items, STATEMENT_COLUMNS, |item| {
            statement_columns(&item.statement)
        })?;
    } else {
        render::emit(
            args.format.format,
            &rows,
            STATEMENT_COLUMNS,
            statement_columns,
        )?;
    }
    if nothing_found && args.format.format == OutputFormat::Table {
        eprintln!("no statements match {:?}", args.query);
    }
    Ok(Outcome::Success)
}

/// A statement with the figures, times and places inside it, as JSON output shows it.
#[derive(Serialize)]
struct StatementWithFacts {
    #[serde(flatten)]
    statement: StatementRow,
    facts: Vec<FactRow>,
}

fn with_facts(
    ledger: &dyn Ledger,
    rows: Vec<StatementRow>,
) -> anyhow::Result<Vec<StatementWithFacts>> {
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let mut facts: HashMap<i64, Vec<FactRow>> = HashMap::new();
    for fact in ledger.statement_facts(&ids)? {
        if let Some(id) = fact.statement_id {
            facts.entry(id).or_default().push(fact);
        }
    }
    Ok(rows
        .into_iter()
        .map(|statement| StatementWithFacts {
            facts: facts.remove(&statement.id).unwrap_or_default(),
            statement,
        })
        .collect())
}

pub fn stats(ledger: &dyn Ledger, args: FormatArgs) -> anyhow::Result<Outcome> {
    let stats = ledger.stats()?;
    match args.format {
        OutputFormat::Table => {
            println!("ledger          {}", stats.ledger);
            println!("schema version  {}", stats.schema_version);
            println!("documents       {}", stats.documents);
            println!("statements      {}", stats.statements);
            println!("speakers        {}", stats.speakers);
            println!("sources         {}", stats.sources);
            println!("facts           {}", stats.facts);
        }
        OutputFormat::Json | OutputFormat::Jsonl => println!("{}", serde_json::to_string(&stats)?),
        OutputFormat::Csv => render::emit(
            args.format,
            &[&stats],
            &[
                "documents",
                "statements",
                "speakers",
                "sources",
                "facts",
                "schema_version",
                "ledger",
            ],
            |s| {
                vec![
                    s.documents.to_string(),
                    s.statements.to_string(),
                    s.speakers.to_string(),
                    s.sources.to_string(),
                    s.facts.to_string(),
                    s.schema_version.to_string(),
                    s.ledger.clone(),
                ]
            },
        )?,
    }
    Ok(Outcome::Success)
}

fn entity_columns(entity: &EntityRow) -> Vec<String> {
    vec![
        entity.id.to_string(),
        entity.name.clone(),
        entity.kind.clone(),
        entity.statements.to_string(),
        entity.aliases.join("; "),
    ]
}

pub fn speakers(ledger: &dyn Ledger, args: SpeakersArgs) -> anyhow::Result<Outcome> {
    let speakers = ledger.speakers(args.limit)?;
    render::emit(
        args.format.format,
        &speakers,
        &["id", "speaker", "kind", "statements", "aliases"],
        entity_columns,
    )?;
    Ok(Outcome::Success)
}

pub fn said(ledger: &dyn Ledger, args: SaidArgs) -> anyhow::Result<Outcome> {
    let entities = ledger.find_entities(&args.name)?;
    if entities.is_empty() {
        anyhow::bail!(
            "no speaker matches {:?}; `onrecord speakers` lists them",
            args.name
        );
    }
    let ids: Vec<i64> = entities.iter().map(|e| e.id).collect();
    let since = args
        .since
        .as_deref()
        .map(|d| parse_date_arg("--since", d, false))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|d| parse_date_arg("--until", d, true))
        .transpose()?;
    let rows = ledger.said(&ids, args.about.as_deref(), since, until)?;
    if args.format.format != OutputFormat::Table {
        render::emit(
            args.format.format,
            &rows,
            STATEMENT_COLUMNS,
            statement_columns,
        )?;
        return Ok(Outcome::Success);
    }
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    println!("{} — {} statements", names.join(" / "), rows.len());
    let mut day = None;
    for row in &rows {
        let this_day = row
            .date
            .as_deref()
            .map(|d| d[..10.min(d.len())].to_string());
        if this_day != day {
            println!("\n== {}", this_day.as_deref().unwrap_or("undated"));
            day = this_day;
        }
        let hedge = if row.hedged { " [hedged]" } else { "" };
        println!("  {} ({}){hedge}", cell(&row.content, 110), row.kind);
        println!(
            "      — {}, {} · show {}",
            row.source.as_deref().unwrap_or("?"),
            row.doc,
            row.document_id
        );
    }
    Ok(Outcome::Success)
}

pub fn places(ledger: &dyn Ledger, args: SpeakersArgs) -> anyhow::Result<Outcome> {
    let places = ledger.places(args.limit)?;
    let columns = ["place", "country", "lat", "lon", "mentions", "documents"];
    render::emit(args.format.format, &places, &columns, |place: &PlaceRow| {
        let coordinate = |value: Option<f64>| value.map(|v| format!("{v:.2}")).unwrap_or_default();
        vec![
            place.name.clone(),
            place.country.clone().unwrap_or_default(),
            coordinate(place.lat),
            coordinate(place.lon),
            place.mentions.to_string(),
            place.documents.to_string(),
        ]
    })?;
    Ok(Outcome::Success)
}
