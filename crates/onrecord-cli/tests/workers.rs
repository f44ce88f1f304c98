//! The ingest queue under faults, with real worker processes on a real PostgreSQL: a worker killed
//! with SIGKILL mid-job, two workers racing for the same jobs, the database restarted mid-ingest,
//! documents that fail. Every test checks the ledger afterwards: every document once, nothing
//! duplicated, failures recorded with their error.

mod common;
mod pg;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One post per line, `count` of them, each with a quote and a reported statement.
fn posts(prefix: &str, count: usize) -> String {
    (0..count)
        .map(|n| {
            format!(
                "{{\"text\": \"{prefix} post {n}. \\\"We will hold sector {n},\\\" Colonel Ada Marsh said on Monday. Officials said that convoy {prefix}-{n} arrived.\", \"published\": \"2025-06-{:02}\", \"source\": \"Channel {}\"}}\n",
                1 + n % 28,
                n % 7
            )
        })
        .collect()
}

fn write_files(dir: &Path, files: usize, posts_each: usize) -> Vec<PathBuf> {
    (0..files)
        .map(|f| {
            let path = dir.join(format!("batch-{f:03}.jsonl"));
            std::fs::write(&path, posts(&format!("b{f}"), posts_each)).unwrap();
            path
        })
        .collect()
}

fn onrecord(db: &str, args: &[&str]) -> std::process::Output {
    Command::new(common::binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("ONRECORD_DB")
        .output()
        .unwrap()
}

fn ok(db: &str, args: &[&str]) -> String {
    let output = onrecord(db, args);
    assert!(
        output.status.success(),
        "onrecord {args:?}: {}",
        common::stderr(&output)
    );
    common::stdout(&output)
}

/// Starts a worker process whose stderr goes to `log`.
fn spawn_worker(db: &str, log: &Path, args: &[&str], env: &[(&str, &str)]) -> Child {
    let mut command = Command::new(common::binary());
    command
        .arg("--db")
        .arg(db)
        .arg("worker")
        .args(args)
        .env_remove("ONRECORD_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::from(std::fs::File::create(log).unwrap()));
    for (key, value) in env {
        command.env(key, value);
    }
    command.spawn().unwrap()
}

fn wait(child: &mut Child, limit: Duration, what: &str) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{what} exited with {status}");
            return;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{what} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn wait_until(limit: Duration, what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn count(client: &mut postgres::Client, sql: &str) -> i64 {
    client.query_one(sql, &[]).unwrap().get(0)
}

/// Job ids a worker log says were claimed.
fn claimed(log: &Path) -> Vec<i64> {
    std::fs::read_to_string(log)
        .unwrap()
        .lines()
        .filter_map(|line| line.split("claimed job ").nth(1))
        .filter_map(|rest| rest.split(' ').next()?.parse().ok())
        .collect()
}

/// Asserts the ledger holds every document exactly once with all its statements and one sighting.
fn assert_stored_once(client: &mut postgres::Client, documents: i64, statements_each: i64) {
    assert_eq!(count(client, "SELECT count(*) FROM documents"), documents);
    assert_eq!(
        count(client, "SELECT count(*) FROM statements"),
        documents * statements_each
    );
    assert_eq!(count(client, "SELECT count(*) FROM sightings"), documents);
    assert_eq!(
        count(
            client,
            "SELECT count(*) FROM (SELECT key FROM entities GROUP BY key HAVING count(*) > 1) d"
        ),
        0
    );
}

/// How many statements one generated post yields, measured with a SQLite ingest of one post.
fn statements_per_post() -> i64 {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("one.jsonl");
    std::fs::write(&input, posts("probe", 1)).unwrap();
    let db = dir.path().join("probe.db");
    common::ok(&db, &["ingest", input.to_str().unwrap()]);
    let n = common::json(&db, &["stats", "--format", "json"])["statements"]
        .as_i64()
        .unwrap();
    assert!(n >= 1, "the generated post has statements");
    n
}

#[test]
fn two_workers_never_process_one_job_twice() {
    let database = pg::TestDatabase::new("two_workers");
    let dir = tempfile::tempdir().unwrap();
    let files = write_files(dir.path(), 40, 25);
    let mut args = vec!["enqueue"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    ok(&database.url, &args);
    let logs = [dir.path().join("a.log"), dir.path().join("b.log")];
    let mut workers: Vec<Child> = logs
        .iter()
        .map(|log| {
            spawn_worker(
                &database.url,
                log,
                &["--concurrency", "2", "--exit-when-empty", "--poll-ms", "20"],
                &[],
            )
        })
        .collect();
    for worker in &mut workers {
        wait(worker, Duration::from_secs(300), "a worker");
    }
    let (a, b) = (claimed(&logs[0]), claimed(&logs[1]));
    assert!(
        !a.is_empty() && !b.is_empty(),
        "both workers took jobs: {a:?} {b:?}"
    );
    let mut all: Vec<i64> = a.iter().chain(&b).copied().collect();
    all.sort_unstable();
    let before = all.len();
    all.dedup();
    assert_eq!(all.len(), before, "a job was claimed twice");
    assert_eq!(all.len(), 40);

    let mut client = database.client();
    assert_eq!(
        count(
            &mut client,
            "SELECT count(*) FROM jobs WHERE state = 'done' AND attempts = 1"
        ),
        40
    );
    assert_stored_once(&mut client, 40 * 25, statements_per_post());
    let jobs: serde_json::Value =
        serde_json::from_str(&ok(&database.url, &["jobs", "--format", "json"])).unwrap();
    assert_eq!(jobs["summary"]["done"], 40);
    assert_eq!(jobs["summary"]["documents"], 1000);
}

#[test]
fn a_worker_killed_mid_job_has_its_job_redone_and_nothing_duplicated() {
    let database = pg::TestDatabase::new("kill9");
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.jsonl");
    let total = 3000;
    std::fs::write(&big, posts("big", total)).unwrap();
    ok(&database.url, &["enqueue", big.to_str().unwrap()]);
    let mut client = database.client();

    let mut first = spawn_worker(
        &database.url,
        &dir.path().join("first.log"),
        &["--lease-seconds", "2", "--poll-ms", "20"],
        &[],
    );
    wait_until(
        Duration::from_secs(120),
        "the first worker to store documents",
        || count(&mut client, "SELECT count(*) FROM documents") > 300,
    );
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first worker finished too soon"
    );
    first.kill().unwrap(); // SIGKILL: no clean-up, the lease is simply not renewed.
    first.wait().unwrap();
    let partial = count(&mut client, "SELECT count(*) FROM documents");
    assert!(
        partial < total as i64,
        "the kill came too late to test anything"
    );
    assert_eq!(
        count(
            &mut client,
            "SELECT count(*) FROM jobs WHERE state = 'running'"
        ),
        1
    );

    let mut second = spawn_worker(
        &database.url,
        &dir.path().join("second.log"),
        &[
            "--lease-seconds",
            "2",
            "--poll-ms",
            "20",
            "--exit-when-empty",
        ],
        &[],
    );
    wait(&mut second, Duration::from_secs(300), "the second worker");
    let row = client
        .query_one("SELECT state, attempts, documents FROM jobs", &[])
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "done");
    assert_eq!(row.get::<_, i32>(1), 2, "the job was redone once");
    assert_eq!(row.get::<_, i64>(2), total as i64);
    assert_stored_once(&mut client, total as i64, statements_per_post());
}

#[test]
fn documents_that_fail_are_recorded_with_their_error_and_the_rest_go_in() {
    let database = pg::TestDatabase::new("failures");
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "\"The road is open,\" the mayor said.").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 owner said the road was open.").unwrap();
    let mixed = dir.path().join("mixed.jsonl");
    std::fs::write(
        &mixed,
        "{\"text\": \"FAILPOINT-MARKER: the general said nothing.\"}\n{\"text\": \"The minister said the bridge stands.\"}\n",
    )
    .unwrap();
    ok(
        &database.url,
        &[
            "enqueue",
            good.to_str().unwrap(),
            latin1.to_str().unwrap(),
            mixed.to_str().unwrap(),
        ],
    );
    let mut worker = spawn_worker(
        &database.url,
        &dir.path().join("worker.log"),
        &["--exit-when-empty", "--poll-ms", "20"],
        &[("ONRECORD_FAILPOINT", "extract-panic:FAILPOINT-MARKER")],
    );
    wait(&mut worker, Duration::from_secs(120), "the worker");

    let failed: serde_json::Value = serde_json::from_str(&ok(
        &database.url,
        &["jobs", "--state", "failed", "--format", "json"],
    ))
    .unwrap();
    let failed = failed["jobs"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0]["name"].as_str().unwrap().ends_with("latin1.txt"));
    let error = failed[0]["error"].as_str().unwrap();
    assert!(error.contains("not valid UTF-8"), "{error}");
    assert!(
        error.contains(latin1.to_str().unwrap()),
        "the error names the input: {error}"
    );

    let mut client = database.client();
    let row = client
        .query_one(
            "SELECT state, documents, errors, error FROM jobs WHERE name LIKE '%mixed.jsonl'",
            &[],
        )
        .unwrap();
    assert_eq!(
        row.get::<_, String>(0),
        "done",
        "the job's other document went in"
    );
    assert_eq!((row.get::<_, i64>(1), row.get::<_, i64>(2)), (1, 1));
    assert!(row.get::<_, String>(3).contains("extraction failed"));
    assert_eq!(count(&mut client, "SELECT count(*) FROM documents"), 2);
    assert_eq!(
        count(
            &mut client,
            "SELECT count(*) FROM jobs WHERE state = 'done'"
        ),
        2
    );
}

/// A private cluster for the restart test, so restarting it disturbs no other test.
struct PrivateCluster {
    dir: PathBuf,
    url: String,
}

fn cluster_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/pg-test-cluster.sh")
}

impl PrivateCluster {
    fn start() -> PrivateCluster {
        // Directly under /tmp: the cluster runs as the `postgres` user, who must reach it.
        let dir = PathBuf::from(format!("/tmp/onrecord-pg-restart-{}", std::process::id()));
        let output = Command::new("bash")
            .arg(cluster_script())
            .args(["start", dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", common::stderr(&output));
        let url = common::stdout(&output).trim().to_string();
        PrivateCluster { dir, url }
    }

    fn restart(&self) {
        let output = Command::new("bash")
            .arg(cluster_script())
            .args(["restart", self.dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", common::stderr(&output));
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(cluster_script())
            .args(["stop", self.dir.to_str().unwrap()])
            .output();
    }
}

#[test]
fn the_database_restarting_mid_ingest_loses_nothing() {
    let cluster = PrivateCluster::start();
    let db = pg::with_database(&cluster.url, "restart");
    pg::connect(&cluster.url)
        .batch_execute("CREATE DATABASE restart")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = write_files(dir.path(), 20, 100);
    let mut args = vec!["enqueue"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    ok(&db, &args);
    let mut workers: Vec<Child> = ["a.log", "b.log"]
        .iter()
        .map(|log| {
            spawn_worker(
                &db,
                &dir.path().join(log),
                &["--exit-when-empty", "--poll-ms", "20"],
                &[],
            )
        })
        .collect();
    wait_until(
        Duration::from_secs(120),
        "the workers to store documents",
        || {
            postgres::Client::connect(&db, postgres::NoTls)
                .ok()
                .map(|mut c| count(&mut c, "SELECT count(*) FROM documents"))
                .is_some_and(|n| n > 200)
        },
    );
    let before = count(&mut pg::connect(&db), "SELECT count(*) FROM documents");
    assert!(before < 2000, "the restart came too late to test anything");
    assert!(
        workers.iter_mut().all(|w| w.try_wait().unwrap().is_none()),
        "the workers were still working when the database went down"
    );
    cluster.restart();
    for worker in &mut workers {
        wait(
            worker,
            Duration::from_secs(300),
            "a worker across the restart",
        );
    }
    let mut client = pg::connect(&db);
    assert_eq!(
        count(
            &mut client,
            "SELECT count(*) FROM jobs WHERE state = 'done'"
        ),
        20
    );
    assert_stored_once(&mut client, 2000, statements_per_post());
}

#[test]
fn the_queue_needs_a_postgresql_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let output = common::run(&db, &["enqueue", common::corpus().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        common::stderr(&output).contains("needs a PostgreSQL ledger"),
        "{}",
        common::stderr(&output)
    );
}
