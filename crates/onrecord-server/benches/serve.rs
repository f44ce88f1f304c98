//! Load benchmark: the server in-process on loopback over the example ledger, hit by keep-alive
//! connections from a client in the same process. Bounded: at most `REQUESTS` requests per scenario
//! and `DEADLINE` of wall time. Prints requests per second and p50/p99 latency.
//!
//! Run: `cargo bench -p onrecord-server --bench serve` (set `ONRECORD_BENCH_REQUESTS` to change the
//! count). The server runtime gets two worker threads, like the two cores this project targets.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[path = "../tests/support/mod.rs"]
mod support;

const DEADLINE: Duration = Duration::from_secs(30);
const CONNECTIONS: usize = 16;

/// The request target for the i-th request of a scenario.
type Target = Box<dyn Fn(usize) -> String>;

fn main() {
    let requests: usize = std::env::var("ONRECORD_BENCH_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000)
        .min(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = support::example_ledger(dir.path());
    let addr = support::start(support::config(&db), 2);
    let client = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let words = [
        "talks",
        "bridge",
        "drones",
        "ceasefire",
        "said",
        "troops",
        "grid",
        "offensive",
    ];
    let scenarios: [(&str, Target); 3] = [
        (
            "api search (GET /api/v1/statements?q=…)",
            Box::new(move |i| format!("/api/v1/statements?q={}&limit=20", words[i % words.len()])),
        ),
        (
            "html search page (GET /?q=…)",
            Box::new(move |i| format!("/?q={}", words[i % words.len()])),
        ),
        (
            "api list, no words (GET /api/v1/statements)",
            Box::new(|_| "/api/v1/statements?limit=20".to_string()),
        ),
    ];
    println!("onrecord-server load: {requests} requests per scenario, {CONNECTIONS} keep-alive connections, at most {DEADLINE:?}, server on 2 worker threads");
    for (name, target) in &scenarios {
        // Warm up caches and connections.
        client.block_on(run(addr, 200, &**target));
        let (done, elapsed, mut latencies, errors) =
            client.block_on(run(addr, requests, &**target));
        latencies.sort_unstable();
        let pct = |p: f64| -> Duration {
            latencies
                .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
                .copied()
                .unwrap_or_default()
        };
        println!(
            "{name}: {done} requests in {:.2} s = {:.0} req/s; p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {errors} errors",
            elapsed.as_secs_f64(),
            done as f64 / elapsed.as_secs_f64(),
            pct(0.50).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3,
            latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        );
    }
}

async fn run(
    addr: SocketAddr,
    requests: usize,
    target: &dyn Fn(usize) -> String,
) -> (usize, Duration, Vec<Duration>, usize) {
    let started = Instant::now();
    let per_connection = requests.div_ceil(CONNECTIONS);
    let mut tasks = Vec::new();
    let local = tokio::task::LocalSet::new();
    for c in 0..CONNECTIONS {
        let count = per_connection.min(requests.saturating_sub(c * per_connection));
        let targets: Vec<String> = (0..count).map(|i| target(c * per_connection + i)).collect();
        tasks.push(local.spawn_local(connection(addr, targets, started)));
    }
    let results = local
        .run_until(async {
            let mut all = Vec::new();
            for task in tasks {
                all.push(task.await.unwrap_or_default());
            }
            all
        })
        .await;
    let elapsed = started.elapsed();
    let mut latencies = Vec::new();
    let mut errors = 0;
    for (lat, err) in results {
        latencies.extend(lat);
        errors += err;
    }
    (latencies.len(), elapsed, latencies, errors)
}

async fn connection(
    addr: SocketAddr,
    targets: Vec<String>,
    started: Instant,
) -> (Vec<Duration>, usize) {
    let mut latencies = Vec::with_capacity(targets.len());
    let mut errors = 0;
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return (latencies, targets.len());
    };
    let _ = stream.set_nodelay(true);
    let mut buffer = Vec::with_capacity(64 * 1024);
    for target in targets {
        if started.elapsed() > DEADLINE {
            break;
        }
        let sent = Instant::now();
        let head = format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
        if stream.write_all(head.as_bytes()).await.is_err() {
            errors += 1;
            break;
        }
        match read_response(&mut stream, &mut buffer).await {
            Some(200) => latencies.push(sent.elapsed()),
            Some(_) => errors += 1,
            None => {
                errors += 1;
                break;
            }
        }
    }
    (latencies, errors)
}

/// Reads one response with a Content-Length body; returns its status.
async fn read_response(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<u16> {
    buffer.clear();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let status: u16 = head.split(' ').nth(1)?.parse().ok()?;
    let length: usize = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())?;
    while buffer.len() < head_end + length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    Some(status)
}
