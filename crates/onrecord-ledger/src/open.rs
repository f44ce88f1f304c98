//! Choosing a backend: a `postgres://` or `postgresql://` URL is a PostgreSQL ledger, anything else a
//! SQLite file path.

use std::path::{Path, PathBuf};

use crate::{is_postgres_url, Ledger, PostgresLedger, Result, SqliteLedger};

/// Where a ledger lives, as given to `--db` or `ONRECORD_DB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerSpec {
    Sqlite(PathBuf),
    Postgres(String),
}

impl LedgerSpec {
    pub fn parse(spec: &Path) -> LedgerSpec {
        match spec.to_str() {
            Some(url) if is_postgres_url(url) => LedgerSpec::Postgres(url.to_string()),
            _ => LedgerSpec::Sqlite(spec.to_path_buf()),
        }
    }

    /// How to name it in messages (a URL without its password).
    pub fn display(&self) -> String {
        match self {
            LedgerSpec::Sqlite(path) => path.display().to_string(),
            LedgerSpec::Postgres(url) => crate::postgres::redact(url),
        }
    }
}

/// Opens the ledger at `spec`, creating it (and migrating it to the current schema) if needed.
pub fn open(spec: &Path) -> Result<Box<dyn Ledger + Send>> {
    Ok(match LedgerSpec::parse(spec) {
        LedgerSpec::Sqlite(path) => Box::new(SqliteLedger::open(&path)?),
        LedgerSpec::Postgres(url) => Box::new(PostgresLedger::open(&url)?),
    })
}

/// Opens an existing ledger without creating one; `Ok(None)` when there is none at `spec`.
pub fn open_existing(spec: &Path) -> Result<Option<Box<dyn Ledger + Send>>> {
    Ok(match LedgerSpec::parse(spec) {
        LedgerSpec::Sqlite(path) => {
            SqliteLedger::open_existing(&path)?.map(|l| Box::new(l) as Box<dyn Ledger + Send>)
        }
        LedgerSpec::Postgres(url) => {
            PostgresLedger::open_existing(&url)?.map(|l| Box::new(l) as Box<dyn Ledger + Send>)
        }
    })
}
