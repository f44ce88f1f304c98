//! Helpers shared by the end-to-end tests: run the real binary against a real ledger file.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_onrecord")
}

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// Runs `onrecord --db DB ARGS...` and returns its output.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("ONRECORD_DB")
        .output()
        .expect("the onrecord binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs a command that must succeed and returns its stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let output = run(db, args);
    assert!(
        output.status.success(),
        "onrecord {args:?} failed:\n{}",
        stderr(&output)
    );
    stdout(&output)
}

pub fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = ok(db, args);
    serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("onrecord {args:?} printed no JSON ({e}):\n{out}"))
}

pub fn expected() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/expected.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("examples/expected.json exists"))
        .expect("valid JSON")
}
