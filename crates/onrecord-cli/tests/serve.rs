//! `onrecord serve` start-up rules, through the real binary: loopback by default, a generated
//! token printed at start, and no public address without a token.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn serve(db: &std::path::Path, args: &[&str]) -> Command {
    let mut command = Command::new(common::binary());
    command
        .arg("--db")
        .arg(db)
        .arg("serve")
        .args(args)
        .env_remove("ONRECORD_DB")
        .env_remove("ONRECORD_TOKEN");
    command
}

#[test]
fn a_public_address_without_a_token_refuses_to_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("l.db");
    for addr in ["0.0.0.0:0", "[::]:0"] {
        let output = serve(&db, &["--addr", addr]).output().expect("runs");
        assert!(!output.status.success(), "{addr} started without a token");
        let stderr = common::stderr(&output);
        assert!(stderr.contains("without a token"), "{stderr}");
    }
    let output = serve(&db, &["--addr", "127.0.0.1:0", "--token", "short"])
        .output()
        .expect("runs");
    assert!(!output.status.success(), "a short token was accepted");
}

#[test]
fn loopback_without_a_token_prints_a_generated_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("l.db");
    let mut child = serve(&db, &["--addr", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let stderr = child.stderr.take().expect("piped");
    let lines: Vec<String> = BufReader::new(stderr)
        .lines()
        .take(2)
        .map(|l| l.expect("UTF-8"))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    assert!(lines[0].contains("at http://127.0.0.1:"), "{lines:?}");
    let token = lines[1].rsplit(' ').next().unwrap_or_default();
    assert!(lines[1].contains("token"), "{lines:?}");
    assert_eq!(token.len(), 64, "{lines:?}");
    assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
}
