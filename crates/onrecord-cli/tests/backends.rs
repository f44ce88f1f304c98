//! One end-to-end suite, run against both backends: the real binary over a SQLite file and over a
//! PostgreSQL database (`ONRECORD_TEST_PG`, see `tests/pg/mod.rs`). Each test body is written once;
//! `on_both_backends!` runs it as `sqlite::NAME` and `postgres::NAME`. A last test ingests the same
//! inputs into both and requires identical answers: ids, counts, orders.

mod common;
mod pg;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// A ledger for one test: a SQLite file in a temporary directory, or a fresh PostgreSQL database.
pub struct Backend {
    db: PathBuf,
    dir: tempfile::TempDir,
    _postgres: Option<pg::TestDatabase>,
}

impl Backend {
    pub fn sqlite() -> Backend {
        let dir = tempfile::tempdir().unwrap();
        Backend {
            db: dir.path().join("ledger.db"),
            dir,
            _postgres: None,
        }
    }

    pub fn postgres(label: &str) -> Backend {
        let database = pg::TestDatabase::new(label);
        Backend {
            db: PathBuf::from(&database.url),
            dir: tempfile::tempdir().unwrap(),
            _postgres: Some(database),
        }
    }

    pub fn is_postgres(&self) -> bool {
        self._postgres.is_some()
    }

    /// A scratch directory for input files.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn run(&self, args: &[&str]) -> Output {
        common::run(&self.db, args)
    }

    pub fn ok(&self, args: &[&str]) -> String {
        common::ok(&self.db, args)
    }

    pub fn json(&self, args: &[&str]) -> Value {
        common::json(&self.db, args)
    }
}

/// Runs each named test body once per backend.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() { super::$name(&super::Backend::sqlite()) } )*
        }
        mod postgres {
            $( #[test] fn $name() { super::$name(&super::Backend::postgres(stringify!($name))) } )*
        }
    };
}

on_both_backends!(
    ingesting_the_corpus_twice_stores_nothing_new,
    search_matches_words_in_any_case_script_and_accent,
    search_filters_by_speaker_and_dates,
    said_lists_a_speaker_oldest_first_with_sources,
    show_finds_a_document_by_id_prefix_or_name,
    a_bad_jsonl_line_is_named_and_the_rest_goes_in,
    reading_commands_never_create_a_ledger,
    export_writes_files_that_an_independent_reader_reads_back,
    search_json_carries_the_facts_inside_each_statement,
    said_finds_one_speaker_in_every_script,
    said_orders_by_when_the_cue_says_it_was_said,
);

/// Posts with accents, Cyrillic, hyphenated names and several dates, for search and `said`.
const FIXTURE: &str = concat!(
    r#"{"id": "mueller-1", "text": "\"The talks in Zürich have failed,\" Anna Müller said on Monday.", "published": "2025-05-05", "source": "Alpine Wire"}"#,
    "\n",
    r#"{"id": "petrenko-1", "text": "\"We will not leave Київ,\" Oleh Petrenko said. Officials said that the Sky-Shield plan was ready.", "published": "2025-05-06", "source": "Kyiv Desk"}"#,
    "\n",
    r#"{"id": "mueller-2", "text": "\"The bridge at Zürich stays open,\" Anna Müller said. \"Nobody is leaving,\" Müller added.", "published": "2025-05-08", "source": "Alpine Wire"}"#,
    "\n",
    r#"{"id": "petrenko-2", "text": "\"The bridges are mined,\" Oleh Petrenko told reporters in КИЇВ.", "published": "2025-05-09", "source": "Kyiv Desk"}"#,
    "\n",
);

fn write_fixture(backend: &Backend) -> String {
    let path = backend.dir().join("fixture.jsonl");
    std::fs::write(&path, FIXTURE).unwrap();
    path.to_str().unwrap().to_string()
}

fn contents(rows: &Value) -> Vec<String> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| row["content"].as_str().unwrap().to_string())
        .collect()
}

fn ingesting_the_corpus_twice_stores_nothing_new(backend: &Backend) {
    let corpus = common::corpus();
    let first = backend.run(&["ingest", corpus.to_str().unwrap()]);
    assert!(first.status.success(), "{}", common::stderr(&first));
    let expected = common::expected();
    let records = expected["counts"]["documents"].as_i64().unwrap();
    let exact_copies = expected["propagation"]["repeats"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|repeat| repeat["how"] == "exact")
        .count() as i64;
    let stats = backend.json(&["stats", "--format", "json"]);
    assert_eq!(stats["documents"], records - exact_copies);
    assert_eq!(stats["schema_version"], onrecord_ledger::SCHEMA_VERSION);
    assert!(stats["statements"].as_i64().unwrap() > 50, "{stats}");

    let second = backend.run(&["ingest", corpus.to_str().unwrap()]);
    assert!(second.status.success());
    let message = common::stderr(&second);
    assert!(message.contains("0 documents new"), "{message}");
    assert!(message.contains("nothing new"), "{message}");
    assert_eq!(backend.json(&["stats", "--format", "json"]), stats);
}

fn search_matches_words_in_any_case_script_and_accent(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture]);
    let search = |words: &str| contents(&backend.json(&["search", words, "--format", "json"]));
    let zurich = search("zurich");
    assert_eq!(zurich.len(), 2, "{zurich:?}");
    assert_eq!(search("Zürich"), zurich);
    assert_eq!(
        search("ZÜRICH talks"),
        vec!["The talks in Zürich have failed,"]
    );
    assert_eq!(search("київ"), vec!["We will not leave Київ,"]);
    assert_eq!(search("Київ"), search("КИЇВ"));
    assert_eq!(search("sky-shield").len(), 1);
    assert_eq!(
        search("shield-sky").len(),
        0,
        "a hyphenated word is a phrase"
    );
    assert_eq!(
        search("bridge").len(),
        1,
        "no stemming: 'bridge' is not 'bridges'"
    );
    assert_eq!(search("bridge*").len(), 2, "a prefix");
    // Speakers' names are searchable too.
    assert_eq!(search("petrenko").len(), 2);
    // Newest first.
    assert_eq!(
        search("bridge*"),
        vec!["The bridges are mined,", "The bridge at Zürich stays open,"]
    );
}

fn search_filters_by_speaker_and_dates(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture]);
    let rows = backend.json(&["search", "*", "--speaker", "müller", "--format", "json"]);
    let speakers: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, vec!["Anna Müller"; 3]);
    let rows = backend.json(&[
        "search",
        "*",
        "--since",
        "2025-05-06",
        "--until",
        "2025-05-08",
        "--format",
        "json",
    ]);
    let dates: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["date"].as_str().unwrap())
        .collect();
    assert!(!dates.is_empty());
    assert!(
        dates
            .iter()
            .all(|d| ("2025-05-06".."2025-05-09").contains(d)),
        "{dates:?}"
    );
    let limited = backend.json(&["search", "*", "--limit", "2", "--format", "json"]);
    assert_eq!(limited.as_array().unwrap().len(), 2);
}

fn said_lists_a_speaker_oldest_first_with_sources(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture]);
    let rows = backend.json(&["said", "Petrenko", "--format", "json"]);
    assert_eq!(
        contents(&rows),
        vec!["We will not leave Київ,", "The bridges are mined,"]
    );
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|row| row["source"] == "Kyiv Desk"));
    let about = backend.json(&[
        "said",
        "Anna Müller",
        "--about",
        "bridge",
        "--format",
        "json",
    ]);
    assert_eq!(contents(&about), vec!["The bridge at Zürich stays open,"]);
}

fn search_json_carries_the_facts_inside_each_statement(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture]);
    for format in ["json", "jsonl"] {
        let output = backend.ok(&["search", "leave", "--format", format]);
        let first_line = output.lines().next().unwrap_or_default();
        let row: Value = if format == "json" {
            serde_json::from_str::<Value>(&output).unwrap()[0].clone()
        } else {
            serde_json::from_str(first_line).unwrap()
        };
        assert_eq!(row["content"], "We will not leave Київ,");
        let facts = row["facts"].as_array().unwrap();
        assert_eq!(facts.len(), 1, "{row}");
        assert_eq!(facts[0]["surface"], "Київ");
        assert_eq!(facts[0]["fact"]["type"], "place");
        assert_eq!(facts[0]["fact"]["name"], "Kyiv");
    }
    let plain = backend.json(&["search", "mined", "--format", "json"]);
    assert_eq!(plain[0]["facts"], serde_json::json!([]));
}

/// One person quoted in English, Russian and Ukrainian is one speaker, found by any spelling.
fn said_finds_one_speaker_in_every_script(backend: &Backend) {
    let posts = concat!(
        r#"{"id": "en", "text": "\"We hold the line,\" Volodymyr Zelenskyy said.", "published": "2025-05-01"}"#,
        "\n",
        r#"{"id": "ru", "text": "«Мы держим оборону», — заявил Владимир Зеленский.", "published": "2025-05-02"}"#,
        "\n",
        r#"{"id": "uk", "text": "«Ми тримаємо оборону», — сказав Зеленський.", "published": "2025-05-03"}"#,
        "\n",
    );
    let path = backend.dir().join("scripts.jsonl");
    std::fs::write(&path, posts).unwrap();
    backend.ok(&["ingest", path.to_str().unwrap()]);
    let speakers = backend.json(&["speakers", "--format", "json"]);
    assert_eq!(speakers.as_array().unwrap().len(), 1, "{speakers}");
    assert_eq!(speakers[0]["statements"], 3, "{speakers}");
    for name in ["zelensky", "Зеленский", "Zelenskiy", "Selenskyj"] {
        let rows = backend.json(&["said", name, "--format", "json"]);
        assert_eq!(
            contents(&rows),
            vec![
                "We hold the line,",
                "Мы держим оборону",
                "Ми тримаємо оборону"
            ],
            "said {name}"
        );
    }
}

/// Published on Saturday but said on Friday: listed before a statement published Friday noon.
fn said_orders_by_when_the_cue_says_it_was_said(backend: &Backend) {
    let posts = concat!(
        r#"{"id": "sat", "text": "Arkady Velesov said on Friday that the bridge was held.", "published": "2025-03-08T09:00:00"}"#,
        "\n",
        r#"{"id": "noon", "text": "Arkady Velesov said that the road was open.", "published": "2025-03-07T12:00:00"}"#,
        "\n",
    );
    let path = backend.dir().join("dated.jsonl");
    std::fs::write(&path, posts).unwrap();
    backend.ok(&["ingest", path.to_str().unwrap()]);
    let rows = backend.json(&["said", "Velesov", "--format", "json"]);
    let order: Vec<(&str, &Value, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["content"].as_str().unwrap(),
                &row["said_at"],
                row["date"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            (
                "the bridge was held",
                &Value::from("2025-03-07T00:00:00"),
                "2025-03-07T00:00:00"
            ),
            ("the road was open", &Value::Null, "2025-03-07T12:00:00"),
        ]
    );
}

fn show_finds_a_document_by_id_prefix_or_name(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture]);
    let documents = backend.json(&["documents", "--format", "json"]);
    let first = &documents[0];
    assert_eq!(first["name"], "mueller-1");
    let id = first["id"].as_str().unwrap();
    let by_id = backend.json(&["show", id, "--format", "json"]);
    let by_prefix = backend.json(&["show", &id[..6], "--format", "json"]);
    let by_name = backend.json(&["show", "mueller-1", "--format", "json"]);
    assert_eq!(by_id, by_prefix);
    assert_eq!(by_id, by_name);
    let missing = backend.run(&["show", "no-such-document"]);
    assert_eq!(missing.status.code(), Some(1));
}

fn a_bad_jsonl_line_is_named_and_the_rest_goes_in(backend: &Backend) {
    let input = backend.dir().join("posts.jsonl");
    std::fs::write(
        &input,
        "{\"text\": \"First post.\"}\n{not json\n{\"text\": \"Third post.\"}\n",
    )
    .unwrap();
    let output = backend.run(&["ingest", input.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = common::stderr(&output);
    assert!(message.contains("posts.jsonl, line 2"), "{message}");
    assert_eq!(backend.json(&["stats", "--format", "json"])["documents"], 2);
}

fn reading_commands_never_create_a_ledger(backend: &Backend) {
    for args in [&["search", "bridge"][..], &["stats"], &["documents"]] {
        let output = backend.run(args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            common::stderr(&output).contains("no ledger at"),
            "{}",
            common::stderr(&output)
        );
    }
    if !backend.is_postgres() {
        assert!(!backend.db.exists());
    }
}

fn export_writes_files_that_an_independent_reader_reads_back(backend: &Backend) {
    let fixture = write_fixture(backend);
    backend.ok(&["ingest", &fixture, common::corpus().to_str().unwrap()]);
    let stats = backend.json(&["stats", "--format", "json"]);
    let out = backend.dir().join("export");
    let out = out.to_str().unwrap();
    backend.ok(&["export", "--format", "parquet", out]);
    let statements = read_parquet(&Path::new(out).join("statements.parquet"));
    assert_eq!(
        statements.len() as i64,
        stats["statements"].as_i64().unwrap()
    );
    let mueller = statements
        .iter()
        .find(|row| row["content"] == "The talks in Zürich have failed,")
        .expect("the statement is exported");
    assert_eq!(mueller["speaker"], "Anna Müller");
    assert_eq!(mueller["kind"], "direct");
    assert_eq!(mueller["source"], "Alpine Wire");
    assert_eq!(mueller["hedged"], false);
    // Timestamps are microseconds since the epoch, labelled UTC.
    assert_eq!(mueller["date"], 1_746_403_200_000_000i64);
    // "said on Monday", published on Monday: the cue dates it that day.
    assert_eq!(mueller["said_at"], 1_746_403_200_000_000i64);
    let undated = statements
        .iter()
        .find(|row| row["content"] == "We will not leave Київ,")
        .expect("the statement is exported");
    assert_eq!(undated["said_at"], Value::Null);
    let documents = read_parquet(&Path::new(out).join("documents.parquet"));
    assert_eq!(documents.len() as i64, stats["documents"].as_i64().unwrap());
    let entities = read_parquet(&Path::new(out).join("entities.parquet"));
    let venn = entities.iter().find(|e| e["name"] == "Orla Venn").unwrap();
    assert!(
        venn["aliases"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Venn")),
        "{venn}"
    );
    let figures = read_parquet(&Path::new(out).join("figures.parquet"));
    assert!(!figures.is_empty());
    assert!(figures
        .iter()
        .all(|f| f["low"].as_f64().unwrap() <= f["high"].as_f64().unwrap()));

    backend.ok(&[
        "export",
        "--format",
        "jsonl",
        "--tables",
        "statements,entities",
        out,
    ]);
    let jsonl = std::fs::read_to_string(Path::new(out).join("statements.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), statements.len());
    backend.ok(&["export", "--format", "csv", "--tables", "figures", out]);
    let csv = std::fs::read_to_string(Path::new(out).join("figures.csv")).unwrap();
    assert_eq!(
        csv.lines().count(),
        figures.len() + 1,
        "a header and one line per figure"
    );
}

/// Reads a Parquet file with the parquet crate's row reader (not the Arrow writer's code path) into
/// JSON objects, one per row.
fn read_parquet(path: &Path) -> Vec<Value> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let file = std::fs::File::open(path).unwrap();
    let reader = SerializedFileReader::new(file).unwrap();
    let rows: Vec<Value> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            let row = row.unwrap();
            let object = row
                .get_column_iter()
                .map(|(name, field)| (name.clone(), field_json(field)))
                .collect();
            Value::Object(object)
        })
        .collect();
    assert_eq!(
        rows.len() as i64,
        reader.metadata().file_metadata().num_rows(),
        "{}",
        path.display()
    );
    rows
}

fn field_json(field: &parquet::record::Field) -> Value {
    use parquet::record::{Field, ListAccessor};
    match field {
        Field::Null => Value::Null,
        Field::Bool(b) => Value::from(*b),
        Field::Long(n) => Value::from(*n),
        Field::Double(f) => Value::from(*f),
        Field::Str(s) => Value::from(s.as_str()),
        Field::TimestampMicros(t) => Value::from(*t),
        Field::ListInternal(list) => Value::Array(
            (0..list.len())
                .map(|i| Value::from(list.get_string(i).unwrap().as_str()))
                .collect(),
        ),
        other => panic!("unexpected Parquet field {other:?}"),
    }
}

#[test]
fn migrating_a_sqlite_ledger_to_postgres_keeps_every_answer() {
    let sqlite = Backend::sqlite();
    let fixture = write_fixture(&sqlite);
    sqlite.ok(&[
        "ingest",
        "--quiet",
        common::corpus().to_str().unwrap(),
        &fixture,
    ]);
    let postgres = Backend::postgres("migrate");
    let url = postgres.db.to_str().unwrap().to_string();
    let output = std::process::Command::new(common::binary())
        .args([
            "migrate",
            "--from",
            sqlite.db.to_str().unwrap(),
            "--to",
            &url,
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    let expected = questions(&sqlite);
    let found = questions(&postgres);
    assert_eq!(expected.len(), found.len());
    for ((question, expected), (_, found)) in expected.iter().zip(&found) {
        assert_eq!(
            found, expected,
            "`onrecord {question}` differs after migrate"
        );
    }
    // New documents continue after the copied ids.
    let more = sqlite.dir().join("more.jsonl");
    std::fs::write(
        &more,
        "{\"text\": \"\\\"We stay,\\\" Anna Müller said.\", \"published\": \"2025-07-01\"}\n",
    )
    .unwrap();
    postgres.ok(&["ingest", more.to_str().unwrap()]);
    sqlite.ok(&["ingest", more.to_str().unwrap()]);
    assert_eq!(
        normalise(postgres.json(&["search", "stay", "--format", "json"])),
        normalise(sqlite.json(&["search", "stay", "--format", "json"]))
    );
    // A second migrate into the now non-empty ledger is refused and changes nothing.
    let again = std::process::Command::new(common::binary())
        .args([
            "migrate",
            "--from",
            sqlite.db.to_str().unwrap(),
            "--to",
            &url,
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(
        common::stderr(&again).contains("only into an empty one"),
        "{}",
        common::stderr(&again)
    );
}

/// Drops what legitimately differs between two ledgers holding the same data: where the ledger is,
/// and when each sighting was recorded.
fn normalise(mut value: Value) -> Value {
    match &mut value {
        Value::Object(map) => {
            map.remove("ledger");
            map.remove("seen_at");
            for (_, v) in map.iter_mut() {
                *v = normalise(v.take());
            }
        }
        Value::Array(items) => {
            for v in items.iter_mut() {
                *v = normalise(v.take());
            }
        }
        _ => {}
    }
    value
}

/// The questions the end-to-end comparison asks of both ledgers.
fn questions(backend: &Backend) -> Vec<(String, Value)> {
    let mut questions: Vec<Vec<String>> = vec![
        vec!["stats".into()],
        vec!["speakers".into(), "--limit".into(), "1000".into()],
        vec!["documents".into(), "--text".into()],
        vec!["reversals".into()],
        vec!["figures".into(), "--limit".into(), "1000".into()],
        vec!["figures".into(), "--conflicts".into()],
        vec!["figures".into(), "--about".into(), "drones".into()],
        vec!["trace".into(), "two brigades Sarn crossing".into()],
        vec![
            "digest".into(),
            "--since".into(),
            "2025-06-02".into(),
            "--until".into(),
            "2025-06-14".into(),
        ],
    ];
    for words in [
        "*",
        "bridge",
        "bridge*",
        "zurich",
        "київ",
        "sky-shield",
        "ceasefire",
        "talks",
        "said",
        "minister",
        "drones",
        "withdraw*",
    ] {
        questions.push(vec![
            "search".into(),
            words.into(),
            "--limit".into(),
            "1000".into(),
        ]);
    }
    let speakers = backend.json(&["speakers", "--limit", "1000", "--format", "json"]);
    for speaker in speakers.as_array().unwrap().iter().take(15) {
        let name = speaker["name"].as_str().unwrap().to_string();
        questions.push(vec!["said".into(), name.clone()]);
        questions.push(vec![
            "said".into(),
            name.clone(),
            "--about".into(),
            "the".into(),
        ]);
        questions.push(vec![
            "search".into(),
            "*".into(),
            "--speaker".into(),
            name,
            "--since".into(),
            "2025-06-05".into(),
        ]);
    }
    let documents = backend.json(&["documents", "--format", "json"]);
    for document in documents.as_array().unwrap() {
        questions.push(vec!["show".into(), document["id"].as_str().unwrap().into()]);
        questions.push(vec![
            "show".into(),
            document["name"].as_str().unwrap().into(),
        ]);
    }
    questions
        .into_iter()
        .map(|mut args| {
            args.extend(["--format".to_string(), "json".to_string()]);
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            (args.join(" "), normalise(backend.json(&refs)))
        })
        .collect()
}

#[test]
fn both_backends_give_identical_results() {
    let sqlite = Backend::sqlite();
    let postgres = Backend::postgres("identical");
    for backend in [&sqlite, &postgres] {
        let fixture = write_fixture(backend);
        backend.ok(&[
            "ingest",
            "--quiet",
            common::corpus().to_str().unwrap(),
            &fixture,
        ]);
    }
    let expected = questions(&sqlite);
    let found = questions(&postgres);
    assert!(expected.len() > 60, "{} questions", expected.len());
    assert_eq!(expected.len(), found.len());
    for ((question, expected), (_, found)) in expected.iter().zip(&found) {
        assert_eq!(
            found, expected,
            "`onrecord {question}` differs between SQLite and PostgreSQL"
        );
    }
}
