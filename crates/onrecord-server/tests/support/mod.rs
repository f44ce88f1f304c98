//! Shared by the server's tests and bench: an example ledger and a server on a loopback port.

#![allow(dead_code)] // each test binary uses a different subset

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use onrecord_ingest::{expand_inputs, into_document, read_input};
use onrecord_ledger::{ExtractedDocument, Ledger, SqliteLedger};
use onrecord_model::Document;
use onrecord_server::{Extractor, LedgerFactory, ServerConfig};

pub const TOKEN: &str = "test-token-0123456789abcdef";

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

pub fn extractor() -> Extractor {
    Arc::new(|document: Document| {
        let statements = onrecord_extract::extract(&document);
        let facts = onrecord_facts::extract_facts(&document);
        let said_at = statements
            .iter()
            .map(|statement| onrecord_facts::said_at(&document, statement, &facts))
            .collect();
        ExtractedDocument {
            document,
            statements,
            facts,
            said_at,
            near_dup_keys: Vec::new(),
            minhash: Vec::new(),
        }
    })
}

/// Ingests every file under `paths` into the ledger at `db`.
pub fn ingest(db: &Path, paths: &[PathBuf]) {
    let mut ledger = SqliteLedger::open(db).expect("ledger opens");
    let extract = extractor();
    for input in expand_inputs(paths) {
        let input = input.expect("input exists");
        for record in read_input(&input, None) {
            let record = record.expect("record reads");
            ledger
                .store(&extract(into_document(record)))
                .expect("document stores");
        }
    }
}

/// The example corpus in a fresh ledger inside `dir`.
pub fn example_ledger(dir: &Path) -> PathBuf {
    let db = dir.join("example.db");
    ingest(&db, &[corpus()]);
    db
}

pub fn config(db: &Path) -> ServerConfig {
    let path = db.to_path_buf();
    let factory: LedgerFactory = Arc::new(move || {
        let ledger: Box<dyn Ledger + Send> = Box::new(SqliteLedger::open(&path)?);
        Ok(ledger)
    });
    ServerConfig::new(factory, TOKEN.to_string(), extractor())
}

/// Starts the server on a free loopback port in a background runtime; it stops with the process.
pub fn start(config: ServerConfig, workers: usize) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind loopback");
            let addr = listener.local_addr().expect("address");
            let app = onrecord_server::router(config).expect("router");
            sender.send(addr).expect("send address");
            onrecord_server::serve(listener, app, std::future::pending())
                .await
                .expect("serve");
        });
    });
    receiver.recv().expect("server starts")
}

/// One HTTP response as the raw client read it.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A minimal blocking HTTP/1.1 client for tests (one request per connection).
pub fn request(
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .expect("timeout");
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write head");
    stream.write_all(body).expect("write body");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_reply(&raw).unwrap_or_else(|| panic!("bad reply: {}", String::from_utf8_lossy(&raw)))
}

pub fn get(addr: SocketAddr, target: &str) -> Reply {
    request(addr, "GET", target, &[], b"")
}

fn parse_reply(raw: &[u8]) -> Option<Reply> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body)?;
    }
    Some(Reply {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..line_end]).ok()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}
