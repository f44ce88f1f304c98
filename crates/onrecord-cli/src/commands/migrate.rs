//! `onrecord migrate --from FILE --to URL`: moves a laptop ledger (SQLite) into a shared one
//! (PostgreSQL), keeping every id, in one transaction on the PostgreSQL side.

use std::time::Instant;

use anyhow::Context;
use onrecord_ledger::{Ledger, LedgerSpec, PostgresLedger, SqliteLedger};

use super::Outcome;
use crate::cli::MigrateArgs;

pub fn run(args: MigrateArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let LedgerSpec::Sqlite(from) = LedgerSpec::parse(&args.from) else {
        anyhow::bail!("--from must be a SQLite ledger file, not a URL");
    };
    let LedgerSpec::Postgres(to) = LedgerSpec::parse(&args.to) else {
        anyhow::bail!("--to must be a postgres:// or postgresql:// URL");
    };
    let source = SqliteLedger::open_existing(&from)?
        .with_context(|| format!("no ledger at {}", from.display()))?;
    let mut target = PostgresLedger::open(&to)?;
    let summary =
        onrecord_ledger::migrate::sqlite_to_postgres(&source, &mut target, &mut |_, _| {})
            .context("migration failed; the PostgreSQL ledger was left as it was")?;
    for (table, rows) in &summary {
        eprintln!("{table:>16}  {rows} rows");
    }
    let stats = target.stats()?;
    eprintln!(
        "migrated {} documents and {} statements from {} to {} in {:.1} s",
        stats.documents,
        stats.statements,
        from.display(),
        target.url(),
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Success)
}
