//! `onrecord demo`: the bundled example corpus into a fresh ledger, and one screen of what it answers.

use onrecord_ledger::{Ledger, SearchQuery, SqliteLedger};

use super::{ingest, Outcome};
use crate::cli::{DemoArgs, InputArgs};
use crate::render::cell;

mod corpus {
    include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));
}

pub fn run(args: DemoArgs) -> anyhow::Result<Outcome> {
    let dir = tempfile::tempdir()?;
    for (name, contents) in corpus::FILES {
        std::fs::write(dir.path().join(name), contents)?;
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut path = args.demo_db.clone().into_os_string();
        path.push(suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error.into()),
        }
    }
    let mut ledger = SqliteLedger::open(&args.demo_db)?;
    let input = InputArgs {
        paths: vec![dir.path().to_path_buf()],
        input_format: None,
    };
    println!("onrecord keeps a ledger of who said what. Ingesting the bundled example corpus ({} files)…", corpus::FILES.len());
    ingest::ingest(&mut ledger, &input, false)?;
    let stats = ledger.stats()?;
    println!(
        "\nThe ledger {} now holds {} documents from {} sources, {} statements by {} speakers, {} facts.",
        args.demo_db.display(),
        stats.documents,
        stats.sources,
        stats.statements,
        stats.speakers,
        stats.facts
    );

    println!("\nTop speakers (onrecord speakers):");
    let speakers = ledger.speakers(8)?;
    for speaker in &speakers {
        println!(
            "  {:>3}  {} ({})",
            speaker.statements, speaker.name, speaker.kind
        );
    }

    if let Some(person) = speakers.iter().find(|s| s.kind == "person") {
        println!(
            "\nWhat {} said, in order (onrecord said {:?}):",
            person.name, person.name
        );
        for row in ledger.said(&[person.id], None, None, None)?.iter().take(6) {
            let day = row
                .date
                .as_deref()
                .map(|d| &d[..10.min(d.len())])
                .unwrap_or("undated");
            println!(
                "  {day}  {}  — {}",
                cell(&row.content, 80),
                row.source.as_deref().unwrap_or("?")
            );
        }
    }

    let word = "talks";
    println!("\nStatements mentioning {word:?} (onrecord search {word}):");
    let query = SearchQuery {
        text: Some(word.into()),
        limit: 5,
        ..SearchQuery::default()
    };
    for row in ledger.search(&query)? {
        println!(
            "  {}  {}: {}",
            row.date
                .as_deref()
                .map(|d| &d[..10.min(d.len())])
                .unwrap_or("?"),
            row.speaker.as_deref().unwrap_or("?"),
            cell(&row.content, 70)
        );
    }

    println!("\nExplore it yourself: onrecord --db {} speakers | said NAME | search WORDS | documents | show ID", args.demo_db.display());
    Ok(Outcome::Success)
}
