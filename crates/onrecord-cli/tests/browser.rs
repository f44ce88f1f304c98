//! Browser tests: the real `onrecord serve` driven by headless Chromium through chromedriver's W3C
//! WebDriver protocol (plain HTTP on loopback, no extra crate).
//!
//! Needs Debian's `chromium` and `chromium-driver` (scripts/test.sh installs them). These tests
//! FAIL when either is missing: a browser test that skips cannot catch anything. Override the
//! binaries with `ONRECORD_CHROMIUM` and `ONRECORD_CHROMEDRIVER`. Screenshots of every page visited
//! are written to `target/browser-artifacts/` (or `ONRECORD_BROWSER_ARTIFACTS`).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const TOKEN: &str = "browser-test-token-0123456789";

/// Payloads that would run script if any text were rendered as markup. Each, if it ran, sets
/// `window.__xss` or the page title, which the tests check.
const PAYLOADS: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=2\">",
    "<svg onload=window.__xss=3>",
    "\"><script>document.title='XSS'</script>",
    "</textarea></title><script>window.__xss=4</script>",
    "<a href=\"javascript:window.__xss=5\">click</a>",
    "<iframe srcdoc=\"<script>parent.__xss=6</script>\"></iframe>",
    "<div onmouseover=\"window.__xss=7\" style=\"position:fixed;inset:0\">x</div>",
    "{{ 7*7 }} {% raw %} <!-- unclosed",
    "<b>broken <i>markup</b",
];

// ---------------------------------------------------------------------------------------------
// The server under test.

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(db: &Path) -> Server {
    let mut child = Command::new(common::binary())
        .arg("--db")
        .arg(db)
        .args(["serve", "--addr", "127.0.0.1:0", "--token", TOKEN])
        .env_remove("ONRECORD_DB")
        .env_remove("ONRECORD_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("onrecord serve starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut lines = BufReader::new(stderr).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("onrecord serve printed its address before exiting")
            .expect("stderr is UTF-8");
        if let Some(rest) = line.split(" at http://").nth(1) {
            let addr = rest.split('/').next().expect("address");
            break format!("http://{addr}");
        }
    };
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, base }
}

// ---------------------------------------------------------------------------------------------
// Minimal HTTP and WebDriver clients.

fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("timeout");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write");
    stream.write_all(body).expect("write body");
    // Read the head, then exactly the body: chromedriver keeps connections open whatever we ask.
    let mut raw = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    let end = loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let n = stream.read(&mut chunk).expect("read response head");
        assert!(n > 0, "connection closed before the response head");
        raw.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let length: Option<usize> = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == "content-length")
        .and_then(|(_, v)| v.trim().parse().ok());
    let chunked = head.contains("transfer-encoding: chunked");
    let mut body = raw[end + 4..].to_vec();
    loop {
        let complete = match length {
            Some(length) => body.len() >= length,
            None if chunked => body.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if complete {
            break;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    if chunked {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..line_end]).trim(), 16)
            .unwrap_or(0);
        data = &data[line_end + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[(size + 2).min(data.len())..];
    }
    out
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn find_binary(env: &str, names: &[&str]) -> PathBuf {
    if let Ok(path) = std::env::var(env) {
        return PathBuf::from(path);
    }
    for name in names {
        for dir in std::env::var("PATH")
            .unwrap_or_default()
            .split(':')
            .chain(["/usr/bin", "/usr/lib/chromium"])
        {
            let candidate = Path::new(dir).join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "{} not found: browser tests need Debian's chromium and chromium-driver \
         (apt-get install -y chromium chromium-driver), or set {env}",
        names[0]
    );
}

struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
    _profile: tempfile::TempDir,
    artifacts: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = http(
            self.addr,
            "DELETE",
            &format!("/session/{}", self.session),
            &[],
            b"",
        );
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Browser {
    fn start() -> Browser {
        let chromium = find_binary("ONRECORD_CHROMIUM", &["chromium", "chromium-browser"]);
        let chromedriver = find_binary("ONRECORD_CHROMEDRIVER", &["chromedriver"]);
        let port = free_port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromedriver.display()));
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("address");
        let started = Instant::now();
        loop {
            if TcpStream::connect(addr).is_ok() && http(addr, "GET", "/status", &[], b"").0 == 200 {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium.display().to_string(),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1200,1000",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }
        }}});
        let artifacts = std::env::var("ONRECORD_BROWSER_ARTIFACTS")
            .map(PathBuf::from)
            .unwrap_or_else(|_| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/browser-artifacts")
            });
        std::fs::create_dir_all(&artifacts).expect("artifacts directory");
        let mut browser = Browser {
            driver,
            addr,
            session: String::new(),
            _profile: profile,
            artifacts,
        };
        let created = browser.call("POST", "/session", Some(capabilities));
        browser.session = created["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        browser
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let headers = [("Content-Type", "application/json")];
        let (status, reply) = http(self.addr, method, path, &headers, body.as_bytes());
        let value: Value = serde_json::from_slice(&reply).unwrap_or(Value::Null);
        assert_eq!(status, 200, "webdriver {method} {path} failed: {value}");
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn goto(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({"url": url})));
    }

    fn script(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    fn find(&self, css: &str) -> String {
        let found = self.session_call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("element id")
            .to_string()
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        self.session_call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.session_call(
            "POST",
            &format!("/element/{element}/clear"),
            Some(json!({})),
        );
        self.session_call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({"text": text})),
        );
    }

    fn url(&self) -> String {
        self.session_call("GET", "/url", None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    fn text(&self) -> String {
        self.script("return document.body.innerText;")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    fn screenshot(&self, name: &str) {
        let data = self.session_call("GET", "/screenshot", None);
        let png = base64_decode(data.as_str().expect("base64 screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        std::fs::write(self.artifacts.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Asserts that nothing injected ran or became markup on the current page.
    fn assert_no_script_ran(&self, page: &str) {
        let verdict = self.script(
            "return {
                xss: window.__xss === undefined ? null : window.__xss,
                title: document.title,
                inline_scripts: document.querySelectorAll('script:not([src])').length,
                handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
                js_links: document.querySelectorAll('a[href^=\"javascript:\" i]').length,
                frames: document.querySelectorAll('iframe,object,embed').length,
            };",
        );
        assert_eq!(
            verdict["xss"],
            Value::Null,
            "{page}: injected script ran: {verdict}"
        );
        assert!(
            !verdict["title"]
                .as_str()
                .unwrap_or_default()
                .starts_with("XSS"),
            "{page}: {verdict}"
        );
        for key in ["inline_scripts", "handlers", "js_links", "frames"] {
            assert_eq!(
                verdict[key], 0,
                "{page}: injected markup became elements: {verdict}"
            );
        }
    }
}

/// Waits (up to 20 s) until the page's URL contains `needle` — a click that submits a form or
/// follows a link returns before the navigation it starts has finished — and returns the URL.
fn wait_for_url(browser: &Browser, needle: &str) -> String {
    let started = Instant::now();
    loop {
        let url = browser.url();
        if url.contains(needle) || started.elapsed() > Duration::from_secs(20) {
            return url;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits (up to 20 s) until the element's text contains `needle`, and returns the text.
fn wait_for_text(browser: &Browser, css: &str, needle: &str) -> String {
    let started = Instant::now();
    loop {
        let script =
            format!("var el = document.querySelector({css:?}); return el ? el.textContent : '';");
        let text = browser
            .script(&script)
            .as_str()
            .unwrap_or_default()
            .to_string();
        if text.contains(needle) || started.elapsed() > Duration::from_secs(20) {
            return text;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter_map(value) {
        buffer = (buffer << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Fixtures.

fn example_ledger(dir: &Path) -> PathBuf {
    let db = dir.join("browser.db");
    common::ok(
        &db,
        &["ingest", common::corpus().to_str().expect("UTF-8 path")],
    );
    db
}

/// Stores statements whose speaker names, mentions and aliases are payloads, straight through the
/// ledger (the extractor would not resolve such names from text).
fn store_hostile_speakers(db: &Path) {
    use onrecord_ledger::{ExtractedDocument, Ledger};
    use onrecord_model::{EntityKind, Span, Speaker, Statement, StatementKind};
    let mut ledger = onrecord_ledger::SqliteLedger::open(db).expect("ledger opens");
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let name = format!("Speaker{i} {payload}");
        let text = format!("{name} said: \"The line holds at {payload}.\" Nothing else.");
        let chars = |s: &str| s.chars().count();
        let quote_start = chars(&name) + chars(" said: \"");
        let quote = format!("The line holds at {payload}.");
        let document = onrecord_ingest::into_document(onrecord_ingest::Record {
            name: format!("speaker-{i}"),
            text,
            source: Some(format!("Channel {payload}")),
            title: Some(format!("Speaker title {payload}")),
            ..onrecord_ingest::Record::default()
        });
        let statement = Statement {
            kind: StatementKind::Direct,
            content: Span::new(quote_start, quote_start + chars(&quote)),
            pieces: Vec::new(),
            speaker: Some(Speaker {
                mention: name.clone(),
                mention_span: Some(Span::new(0, chars(&name))),
                name: name.clone(),
                kind: EntityKind::Person,
                aliases: vec![format!("alias {payload}")],
            }),
            cue: Some(Span::new(chars(&name) + 1, chars(&name) + 5)),
            hedged: false,
            rule: format!("test.hostile.{payload}"),
        };
        ledger
            .store(&ExtractedDocument {
                document,
                statements: vec![statement],
                facts: Vec::new(),
                said_at: Vec::new(),
                near_dup_keys: Vec::new(),
                minhash: Vec::new(),
            })
            .expect("document stores");
    }
}

/// JSON Lines of documents whose every field carries payloads.
fn hostile_jsonl() -> String {
    let mut lines = Vec::new();
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let record = json!({
            "title": format!("Title {i} {payload}"),
            "source": format!("Source {payload}"),
            "url": if i % 2 == 0 { format!("javascript:window.__xss={}", 100 + i) } else { format!("https://example.org/{i}?q=\"><script>window.__xss=1</script>") },
            "published": format!("2025-07-{:02}", i + 1),
            "text": format!(
                "\"We hold the bridge {payload} at Kyiv,\" General Ivo {i}Payload said on Monday.\n\n\
                 {payload}: \"Night attack on {payload} repelled, 14 drones down.\"\n\n\
                 According to Colonel <b>Mara</b> Voss{i}, the crossing {payload} was still open. \
                 Voss{i} said that \"{payload}\" was written on the wall."
            ),
        });
        lines.push(record.to_string());
    }
    lines.join("\n") + "\n"
}

fn ingest_hostile(server: &Server) -> Value {
    let addr: SocketAddr = server
        .base
        .trim_start_matches("http://")
        .parse()
        .expect("server address");
    let bearer = format!("Bearer {TOKEN}");
    let headers = [
        ("Content-Type", "application/x-ndjson"),
        ("Authorization", bearer.as_str()),
    ];
    let (status, body) = http(
        addr,
        "POST",
        "/api/v1/documents?name=hostile.jsonl",
        &headers,
        hostile_jsonl().as_bytes(),
    );
    let report: Value = serde_json::from_slice(&body).expect("JSON report");
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        report["new"].as_u64(),
        Some(PAYLOADS.len() as u64),
        "{report}"
    );
    report
}

fn api(server: &Server, path: &str) -> Value {
    let addr: SocketAddr = server
        .base
        .trim_start_matches("http://")
        .parse()
        .expect("server address");
    let (status, body) = http(addr, "GET", path, &[], b"");
    assert_eq!(status, 200, "{path}");
    serde_json::from_slice(&body).expect("JSON")
}

// ---------------------------------------------------------------------------------------------
// Tests.

#[test]
fn xss_payloads_show_as_text_and_never_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_ledger(dir.path());
    store_hostile_speakers(&db);
    let server = start_server(&db);
    let report = ingest_hostile(&server);
    let browser = Browser::start();

    // Every hostile document page: the title, source, URL and text show literally.
    for (i, document) in report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .enumerate()
    {
        let id = document["id"].as_str().expect("id");
        browser.goto(&format!("{}/documents/{id}", server.base));
        browser.assert_no_script_ran(&format!("document {id}"));
        let text = browser.text();
        let payload = PAYLOADS[i];
        assert!(
            text.contains(&format!("Title {i} {payload}")),
            "document {id}: title not literal in:\n{text}"
        );
        assert!(
            text.contains(&format!("Source {payload}")),
            "document {id}: source not literal"
        );
        assert!(
            text.contains(&format!("We hold the bridge {payload} at Kyiv")),
            "document {id}: text not literal"
        );
        if i == 0 || i == 3 {
            browser.screenshot(&format!("xss-document-{i}"));
        }
        // Hovering a highlight shows what was resolved, still as text.
        browser.script("var el = document.querySelector('#doctext [data-tip]'); if (el) el.focus(); return null;");
        browser.assert_no_script_ran(&format!("document {id} after focus"));
    }

    // Search pages that match the payloads, in the box and in the highlights.
    for payload in ["script", "onerror", "javascript", "iframe", "bridge"] {
        browser.goto(&format!("{}/?q={payload}", server.base));
        browser.assert_no_script_ran(&format!("search {payload}"));
    }
    browser.goto(&format!("{}/", server.base));
    browser.type_into("#q", "<script>window.__xss=9</script> bridge");
    browser.click("form.search button[type=submit]");
    browser.assert_no_script_ran("search typed payload");
    assert!(browser
        .script("return document.getElementById('q').value;")
        .as_str()
        .unwrap_or_default()
        .contains("<script>"));
    browser.screenshot("xss-search");

    // Speaker pages and lists, whatever names the extractor resolved from hostile text.
    let speakers = api(&server, "/api/v1/speakers?limit=500");
    let mut hostile_speakers = 0;
    for speaker in speakers["speakers"].as_array().expect("speakers") {
        let name = speaker["name"].as_str().unwrap_or_default();
        if name.contains('<') || name.contains("Payload") || name.contains("Voss") {
            hostile_speakers += usize::from(name.contains('<'));
            let id = speaker["id"].as_i64().expect("id");
            browser.goto(&format!("{}/speakers/{id}", server.base));
            browser.assert_no_script_ran(&format!("speaker {name}"));
            let text = browser.text();
            assert!(text.contains(name), "speaker name {name:?} not literal");
            for alias in speaker["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                assert!(text.contains(alias), "alias {alias:?} not literal");
            }
            if hostile_speakers == 1 && name.contains('<') {
                browser.screenshot("xss-speaker");
            }
            // Their statements in search, highlighted, and their document with the mention marked.
            browser.goto(&format!(
                "{}/?speaker={}&q=line",
                server.base,
                percent_encode(name)
            ));
            browser.assert_no_script_ran(&format!("search by speaker {name}"));
        }
    }
    assert_eq!(
        hostile_speakers,
        PAYLOADS.len(),
        "every hostile speaker name was checked"
    );
    for (i, payload) in PAYLOADS.iter().enumerate() {
        browser.goto(&format!("{}/documents/speaker-{i}", server.base));
        browser.assert_no_script_ran(&format!("hostile speaker document {i}"));
        let text = browser.text();
        assert!(
            text.contains(&format!("Speaker{i} {payload}")),
            "document speaker-{i}: name not literal"
        );
        let marked =
            browser.script("return document.querySelectorAll('#doctext .f.speaker').length;");
        assert!(
            marked.as_u64().unwrap_or(0) >= 1,
            "the hostile mention is highlighted: {marked}"
        );
    }
    // Analyses quote the same hostile text: traces of every hostile statement, figures, digest.
    for statement in api(&server, "/api/v1/statements?q=line&limit=200")["statements"]
        .as_array()
        .expect("statements")
    {
        let id = statement["id"].as_i64().expect("id");
        browser.goto(&format!("{}/trace/{id}", server.base));
        browser.assert_no_script_ran(&format!("trace {id}"));
    }
    browser.screenshot("xss-trace");
    for page in [
        "/speakers",
        "/documents",
        "/places",
        "/ingest",
        "/figures",
        "/digest?since=2025-07-01&until=2025-07-31",
        "/digest?since=2025-07-01&until=2025-07-31&q=bridge",
        "/?source=Source+%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
    ] {
        browser.goto(&format!("{}{page}", server.base));
        browser.assert_no_script_ran(page);
    }
    browser.screenshot("xss-documents");
}

#[test]
fn search_speaker_document_highlights_and_paging() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_ledger(dir.path());
    let server = start_server(&db);
    let browser = Browser::start();

    // Search from the box; the URL carries the query, matches are marked.
    browser.goto(&format!("{}/", server.base));
    browser.screenshot("search-empty");
    browser.type_into("#q", "talks");
    browser.click("form.search button[type=submit]");
    let url = wait_for_url(&browser, "q=talks");
    assert!(url.contains("q=talks"), "the URL reflects the query: {url}");
    let marks = browser.script("return Array.from(document.querySelectorAll('.hits mark')).map(m => m.textContent.toLowerCase());");
    let marks: Vec<&str> = marks
        .as_array()
        .expect("marks")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        !marks.is_empty() && marks.iter().all(|m| *m == "talks"),
        "{marks:?}"
    );
    browser.screenshot("search-talks");

    // A shared link opens the same filtered search.
    browser.goto(&format!("{}/?q=talks&kind=direct", server.base));
    let kinds = browser.script("return Array.from(document.querySelectorAll('.hits .tag[class*=kind-]')).map(t => t.textContent);");
    assert!(
        kinds
            .as_array()
            .is_some_and(|k| !k.is_empty() && k.iter().all(|t| t == "direct")),
        "{kinds}"
    );
    assert_eq!(
        browser.script("return document.querySelector('select[name=kind]').value;"),
        "direct"
    );

    // Page through everything, three at a time, with the keyboard's `n`.
    browser.goto(&format!("{}/?limit=3", server.base));
    let mut seen = std::collections::HashSet::new();
    let mut pages = 0;
    loop {
        let ids = browser.script("return Array.from(document.querySelectorAll('.hits a.open')).map(a => a.getAttribute('href'));");
        for id in ids.as_array().expect("links") {
            assert!(
                seen.insert(id.as_str().unwrap_or_default().to_string()),
                "a statement shown twice: {id}"
            );
        }
        pages += 1;
        if pages == 2 {
            browser.screenshot("search-page-2");
        }
        let has_next = browser.script("return !!document.getElementById('next-page');");
        if has_next != Value::Bool(true) {
            break;
        }
        let before = browser.url();
        browser.session_call(
            "POST",
            "/actions",
            Some(
                json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": "n"}, {"type": "keyUp", "value": "n"}]}]}),
            ),
        );
        let started = Instant::now();
        while browser.url() == before {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "`n` did not go to the next page"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(pages < 200, "paging does not end");
    }
    let total = api(&server, "/api/v1/stats")["statements"]
        .as_u64()
        .expect("count") as usize;
    assert_eq!(seen.len(), total, "paging shows every statement once");

    // Open a speaker from a result.
    browser.goto(&format!("{}/?q=talks", server.base));
    browser.click(".hits a.who");
    let url = wait_for_url(&browser, "/speakers/");
    assert!(url.contains("/speakers/"), "{url}");
    let days = browser.script("return document.querySelectorAll('.timeline h3.day').length;");
    assert!(
        days.as_u64().unwrap_or(0) >= 1,
        "the timeline groups by day"
    );
    browser.screenshot("speaker");

    // Open a document from a statement: the statement is highlighted and targeted.
    browser.click(".hits a.open");
    let url = wait_for_url(&browser, "/documents/");
    assert!(url.contains("/documents/"), "{url}");
    let highlights = browser.script(
        "return {
            statements: document.querySelectorAll('#doctext mark.st').length,
            speakers: document.querySelectorAll('#doctext .f.speaker').length,
            facts: document.querySelectorAll('#doctext .f.place, #doctext .f.time, #doctext .f.figure').length,
            target: location.hash && document.querySelector(location.hash) ? document.querySelector(location.hash).className : null,
        };",
    );
    assert!(
        highlights["statements"].as_u64().unwrap_or(0) >= 1,
        "{highlights}"
    );
    assert_eq!(highlights["target"], "st", "{highlights}");
    // Focus a highlight: the panel says what was resolved.
    let tip = browser.script(
        "var el = document.querySelector('#doctext [data-tip]'); el.focus();
         var panel = document.getElementById('tip-panel');
         return panel.hidden ? null : panel.textContent;",
    );
    assert!(tip.as_str().is_some_and(|t| !t.is_empty()), "{tip}");
    browser.screenshot("document");

    // The remaining pages render; dark mode follows the toggle.
    // A speaker with reversal candidates shows them side by side.
    let reversals = api(&server, "/api/v1/reversals?limit=1");
    if let Some(name) = reversals["reversals"][0]["speaker"].as_str() {
        let found = api(
            &server,
            &format!("/api/v1/speakers?q={}", percent_encode(name)),
        );
        let id = found["speakers"][0]["id"]
            .as_i64()
            .expect("the reversing speaker");
        browser.goto(&format!("{}/speakers/{id}", server.base));
        let pairs =
            browser.script("return document.querySelectorAll('.reversals .pair .side').length;");
        assert!(
            pairs.as_u64().unwrap_or(0) >= 2,
            "reversals side by side: {pairs}"
        );
        browser.screenshot("speaker-reversals");
    }

    browser.goto(&format!("{}/?q=talks", server.base));
    browser.click(".hits a.trace");
    let url = wait_for_url(&browser, "/trace/");
    assert!(url.contains("/trace/"), "{url}");
    let entries = browser.script("return document.querySelectorAll('.trace .hit').length;");
    assert!(
        entries.as_u64().unwrap_or(0) >= 1,
        "a trace lists sightings: {entries}"
    );
    browser.screenshot("trace");
    for (page, name) in [
        ("/speakers", "speakers"),
        ("/documents", "documents"),
        ("/places", "places"),
        ("/ingest", "ingest"),
        ("/figures", "figures"),
        ("/digest", "digest"),
    ] {
        browser.goto(&format!("{}{page}", server.base));
        browser.screenshot(name);
    }
    // Ingest from the page: a wrong token is refused, the right one stores the pasted text.
    browser.goto(&format!("{}/ingest", server.base));
    browser.type_into("#token", "not-the-token-at-all");
    browser.type_into("textarea[name=text]", "---\ntitle: Pasted in the browser\n---\n\"The ferry runs again,\" Harbour Master Olin Dace said on Tuesday.\n");
    browser.click("#ingest-form button[type=submit]");
    let refused = wait_for_text(&browser, "#ingest-result", "Refused");
    assert!(refused.contains("Refused"), "{refused}");
    browser.type_into("#token", TOKEN);
    browser.click("#ingest-form button[type=submit]");
    let stored = wait_for_text(&browser, "#ingest-result", "new");
    assert!(stored.starts_with("1 new"), "{stored}");
    browser.screenshot("ingest-done");
    let found = api(&server, "/api/v1/statements?q=ferry");
    assert_eq!(
        found["statements"].as_array().map(Vec::len),
        Some(1),
        "{found}"
    );

    browser.goto(&format!("{}/places", server.base));
    let markers = browser.script("return document.querySelectorAll('.map circle').length;");
    assert!(
        markers.as_u64().unwrap_or(0) >= 1,
        "places are drawn: {markers}"
    );
    browser.click("#theme-toggle");
    let theme = browser.script("return document.documentElement.getAttribute('data-theme');");
    assert!(theme == "dark" || theme == "light", "{theme}");
    browser.goto(&format!("{}/?q=talks", server.base));
    browser.screenshot("search-theme-toggled");

    // Readable on a phone: nothing wider than the screen.
    browser.session_call(
        "POST",
        "/window/rect",
        Some(json!({"width": 390, "height": 844})),
    );
    for (page, name) in [("/?q=talks", "phone-search"), ("/places", "phone-places")] {
        browser.goto(&format!("{}{page}", server.base));
        let overflow = browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
        );
        assert!(
            overflow.as_i64().unwrap_or(0) <= 0,
            "{page} scrolls sideways on a phone: {overflow}"
        );
        browser.screenshot(name);
    }
}
