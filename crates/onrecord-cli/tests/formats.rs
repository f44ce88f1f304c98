//! End-to-end: the real binary on fixtures of every input format (`tests/fixtures/formats/`,
//! written by `make.py` there): HTML (UTF-8, windows-1251, gzipped), RSS, Atom, a Telegram Desktop
//! export in JSON (with its photos folder) and in HTML, a multi-member `.warc.gz`, JSON Lines and
//! text. Bad inputs (truncated WARC and gzip, a feed that is not XML, a JSON export of unknown
//! shape, a PNG named `.html`, a 2 GB file) must each be reported with the file, a location and a
//! hint, exit code 1, while everything else still goes in.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn onrecord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .args(args)
        .env_remove("ONRECORD_DB")
        .output()
        .expect("the onrecord binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn lines(output: &Output) -> Vec<serde_json::Value> {
    text(&output.stdout)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("JSON Lines"))
        .collect()
}

/// The `doc` names of `extract --format jsonl` output.
fn docs(output: &Output) -> BTreeSet<String> {
    lines(output)
        .iter()
        .filter_map(|v| v["doc"].as_str().map(String::from))
        .collect()
}

fn path(relative: &str) -> String {
    fixtures().join(relative).display().to_string()
}

#[test]
fn extract_reads_every_format_in_a_directory() {
    let output = onrecord(&["extract", "--format", "jsonl", &path("good")]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    // The photos folder of the Telegram export is passed over, not reported; records that are
    // skipped on purpose are counted per input, never reported as errors.
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(stderr.contains("crawl.warc.gz: 4 skipped (metadata record: 1, non-HTML response: 1, request record: 1, warcinfo record: 1)"), "{stderr}");
    assert!(
        stderr.lines().all(|line| line.contains(" skipped (")),
        "{stderr}"
    );
    let found = docs(&output);
    for expected in [
        "article",
        "article-copy",
        "column:1",
        "crawl:3",
        "feed:1",
        "feed:2",
        "Frontline Watch/3",
        "Steppe Wire/11",
        "note",
        "post-1",
    ] {
        assert!(
            found.contains(expected),
            "{expected} missing from {found:?}"
        );
    }
    // Boilerplate is gone: the comment's quote is not a statement.
    let contents: Vec<String> = lines(&output)
        .iter()
        .filter_map(|v| v["content"].as_str().map(String::from))
        .collect();
    assert!(
        !contents.iter().any(|c| c.contains("Nonsense")),
        "{contents:?}"
    );
}

#[test]
fn forced_format_stdin_and_patterns() {
    // --input-format overrides detection: the HTML page read as plain text keeps its markup, and
    // a text file read as JSON Lines is an error.
    let output = onrecord(&[
        "extract",
        "--format",
        "jsonl",
        "--input-format",
        "text",
        &path("good/article.html"),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(docs(&output).contains("article"), "{:?}", docs(&output));
    let output = onrecord(&[
        "extract",
        "--format",
        "jsonl",
        "--input-format",
        "jsonl",
        &path("good/note.txt"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("line 1"),
        "{}",
        text(&output.stderr)
    );
    // Standard input is detected by content.
    let mut child = Command::new(env!("CARGO_BIN_EXE_onrecord"))
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let html = std::fs::read(fixtures().join("good/article.html")).unwrap();
    child.stdin.take().unwrap().write_all(&html).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let contents: Vec<String> = lines(&output)
        .iter()
        .filter_map(|v| v["content"].as_str().map(String::from))
        .collect();
    assert!(
        contents.iter().any(|c| c.contains("We came back")),
        "{contents:?}"
    );
    // A pattern the shell did not expand is expanded by onrecord.
    let pattern = format!("{}/good/*.atom", fixtures().display());
    let output = onrecord(&["extract", "--format", "jsonl", &pattern]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(docs(&output), BTreeSet::from(["column:1".to_string()]));
}

#[test]
fn bad_inputs_are_explained_and_the_rest_goes_in() {
    let output = onrecord(&[
        "extract",
        "--format",
        "jsonl",
        &path("bad"),
        &path("good/note.txt"),
    ]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "stdout: {}",
        text(&output.stdout)
    );
    let stderr = text(&output.stderr);
    for (file, says) in [
        ("truncated.warc", "truncated"),
        ("truncated.warc.gz", "byte"),
        ("notxml.rss", "not a feed"),
        ("unknown.json", "not a Telegram Desktop export"),
        ("picture.html", "PNG image"),
        ("broken.txt.gz", "byte"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("no message for {file} in:\n{stderr}"));
        assert!(line.contains(says), "{file}: {line}");
    }
    assert!(stderr.matches("hint:").count() >= 6, "{stderr}");
    let found = docs(&output);
    // The complete records before the truncation went in, and so did the good file.
    assert!(found.contains("truncated:3"), "{found:?}");
    assert!(found.contains("note"), "{found:?}");
}

#[test]
fn a_two_gigabyte_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    let mut file = std::fs::File::create(&big).unwrap();
    file.write_all(&b"A line of text that goes on.\n".repeat(1000))
        .unwrap();
    // Sparse: 2 GiB on paper, nothing on disk.
    file.set_len(2 << 30).unwrap();
    drop(file);
    let output = onrecord(&[
        "extract",
        "--format",
        "jsonl",
        big.to_str().unwrap(),
        &path("good/note.txt"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("big.txt") && stderr.contains("larger than"),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(docs(&output).contains("note"));
}

#[test]
fn ingest_keeps_metadata_and_edits_replace() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let db = db.to_str().unwrap();
    let output = onrecord(&["--db", db, "ingest", &path("good")]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = onrecord(&["--db", db, "documents", "--format", "jsonl", "--text"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let documents = lines(&output);
    let by_name = |name: &str| {
        documents
            .iter()
            .find(|d| d["name"] == name)
            .unwrap_or_else(|| panic!("{name} not among {documents:?}"))
            .clone()
    };
    let article = by_name("article");
    assert_eq!(article["title"], "Harbour talks resume");
    assert_eq!(article["url"], "https://harborwire.example/talks-resume");
    assert_eq!(article["source"], "Harbor Wire");
    assert_eq!(article["author"], "Petra Holm");
    assert_eq!(article["published"], "2025-06-11T09:30:00");
    let ru = by_name("ru-1251");
    assert_eq!(ru["lang"], "ru");
    assert!(
        ru["text"]
            .as_str()
            .unwrap()
            .contains("«Мы готовы продолжать диалог»"),
        "{ru}"
    );
    assert!(!ru["text"].as_str().unwrap().contains("Главная"), "{ru}");
    let forward = by_name("Frontline Watch/3");
    assert_eq!(forward["reposted_from"], "Ridge Monitor");
    assert_eq!(forward["source"], "Frontline Watch");
    assert_eq!(forward["published"], "2025-06-12T09:00:00");
    let bold = by_name("Frontline Watch/2");
    assert_eq!(
        bold["text"],
        "Velesov: \"If they don't want to end it, we're leaving.\" #Vienna"
    );
    let page = by_name("crawl:3");
    assert_eq!(page["url"], "https://sitrep.example/13");
    assert_eq!(page["published"], "2025-06-13T10:00:02");
    assert_eq!(by_name("feed:2")["url"], "https://ridge.example/2");
    assert_eq!(
        by_name("Steppe Wire/11")["published"],
        "2025-06-12T11:00:00"
    );
    // Service messages, the photo-only message, WARC request/metadata/PNG records: not documents.
    assert_eq!(documents.len(), 12, "{documents:?}");

    // A later export where message 3 was edited: the document is replaced, not duplicated.
    let edited_dir = dir.path().join("export2");
    std::fs::create_dir(&edited_dir).unwrap();
    let export = std::fs::read_to_string(fixtures().join("good/telegram/result.json")).unwrap();
    let edited = export.replace("until Monday,", "until Tuesday,");
    assert_ne!(edited, export);
    std::fs::write(edited_dir.join("result.json"), edited).unwrap();
    let output = onrecord(&["--db", db, "ingest", edited_dir.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = onrecord(&["--db", db, "documents", "--format", "jsonl", "--text"]);
    let documents = lines(&output);
    let forwards: Vec<_> = documents
        .iter()
        .filter(|d| d["name"] == "Frontline Watch/3")
        .collect();
    assert_eq!(forwards.len(), 1, "{forwards:?}");
    assert!(forwards[0]["text"]
        .as_str()
        .unwrap()
        .contains("until Tuesday"));
    assert_eq!(documents.len(), 12);
}
