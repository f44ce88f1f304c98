//! `IngestError`: one bad input or record, with its path, location and a hint. Never aborts a batch.

use std::fmt;
use std::path::PathBuf;

/// Where inside an input a problem was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Line(u64),
    Byte(u64),
    Record(u64),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(line) => write!(f, "line {line}"),
            Location::Byte(byte) => write!(f, "byte {byte}"),
            Location::Record(record) => write!(f, "record {record}"),
        }
    }
}

/// One input, or one record of it, that could not be read. The rest of the input goes on.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", path.display(), location.as_ref().map(|l| format!(", {l}")).unwrap_or_default())]
pub struct IngestError {
    pub path: PathBuf,
    pub location: Option<Location>,
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl IngestError {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        IngestError {
            path: path.into(),
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}
