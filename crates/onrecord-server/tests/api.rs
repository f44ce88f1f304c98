//! The JSON API and the pages over a real SQLite ledger holding the example corpus, through a real
//! loopback socket.

mod support;

use std::collections::HashSet;

use support::{get, request, TOKEN};

fn server() -> (tempfile::TempDir, std::net::SocketAddr) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = support::example_ledger(dir.path());
    let addr = support::start(support::config(&db), 2);
    (dir, addr)
}

#[test]
fn cursor_pages_cover_every_statement_once() {
    let (_dir, addr) = server();
    let all = get(addr, "/api/v1/statements?limit=200").json();
    let total = all["statements"].as_array().expect("list").len();
    assert!(total > 20, "the example ledger has statements: {total}");
    let mut seen = HashSet::new();
    let mut target = "/api/v1/statements?limit=7".to_string();
    let mut pages = 0;
    loop {
        let reply = get(addr, &target);
        assert_eq!(reply.status, 200, "{}", reply.text());
        let page = reply.json();
        for row in page["statements"].as_array().expect("list") {
            assert!(
                seen.insert(row["id"].as_i64().expect("id")),
                "repeated {row}"
            );
        }
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(cursor) => target = format!("/api/v1/statements?limit=7&cursor={cursor}"),
            None => break,
        }
        assert!(pages < 1000, "pagination does not end");
    }
    assert_eq!(seen.len(), total);
    assert_eq!(pages, total.div_ceil(7));
}

#[test]
fn search_filters_and_words() {
    let (_dir, addr) = server();
    let page = get(addr, "/api/v1/statements?q=talks&kind=direct").json();
    let rows = page["statements"].as_array().expect("list");
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(row["kind"], "direct");
        assert!(
            row["content"]
                .as_str()
                .expect("content")
                .to_lowercase()
                .contains("talks")
                || row["speaker"].is_string()
        );
    }
    let speakers = get(addr, "/api/v1/speakers?limit=5").json();
    let first = &speakers["speakers"][0];
    let id = first["id"].as_i64().expect("speaker id");
    let timeline = get(addr, &format!("/api/v1/speakers/{id}/timeline")).json();
    assert_eq!(timeline["speaker"]["id"], id);
    let days = timeline["days"].as_array().expect("days");
    let count: usize = days
        .iter()
        .map(|d| d["statements"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(count as i64, first["statements"].as_i64().expect("count"));
    let dates: Vec<&str> = days
        .iter()
        .map(|d| d["date"].as_str().expect("date"))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "days are oldest first");

    let doc_id = get(addr, "/api/v1/statements?limit=1").json()["statements"][0]["document_id"]
        .as_str()
        .expect("document id")
        .to_string();
    let detail = get(addr, &format!("/api/v1/documents/{doc_id}")).json();
    assert_eq!(detail["document"]["id"], doc_id.as_str());
    assert!(detail["statements"]
        .as_array()
        .is_some_and(|s| !s.is_empty()));
}

#[test]
fn errors_are_json_with_a_code() {
    let (_dir, addr) = server();
    for (target, status, code) in [
        ("/api/v1/statements?kind=shouted", 400, "invalid_parameter"),
        ("/api/v1/statements?limit=-1", 400, "invalid_parameter"),
        (
            "/api/v1/statements?since=tomorrow",
            400,
            "invalid_parameter",
        ),
        (
            "/api/v1/statements?cursor=not-a-cursor",
            400,
            "invalid_cursor",
        ),
        ("/api/v1/speakers/abc/timeline", 400, "invalid_id"),
        ("/api/v1/speakers/999999/timeline", 404, "not_found"),
        ("/api/v1/documents/ffffffffffff", 404, "not_found"),
        ("/api/v1/nothing-here", 404, "not_found"),
    ] {
        let reply = get(addr, target);
        assert_eq!(reply.status, status, "{target}: {}", reply.text());
        assert_eq!(reply.json()["error"]["code"], code, "{target}");
        assert!(reply.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn writes_need_the_token() {
    let (_dir, addr) = server();
    let body = br#"{"text": "\"We will hold the line,\" General Tomas Brenn said on Monday.", "title": "Brenn", "source": "Test Wire", "published": "2025-07-01"}"#;
    let json = [("Content-Type", "application/json")];
    let reply = request(addr, "POST", "/api/v1/documents", &json, body);
    assert_eq!(reply.status, 401);
    assert_eq!(reply.json()["error"]["code"], "unauthorized");
    assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
    let wrong = [
        ("Content-Type", "application/json"),
        ("Authorization", "Bearer wrong-token-wrong-token"),
    ];
    assert_eq!(
        request(addr, "POST", "/api/v1/documents", &wrong, body).status,
        401
    );

    let bearer = format!("Bearer {TOKEN}");
    let good = [
        ("Content-Type", "application/json"),
        ("Authorization", bearer.as_str()),
    ];
    let reply = request(addr, "POST", "/api/v1/documents", &good, body);
    assert_eq!(reply.status, 200, "{}", reply.text());
    let report = reply.json();
    assert_eq!(report["new"], 1, "{report}");
    let again = request(addr, "POST", "/api/v1/documents", &good, body).json();
    assert_eq!(again["unchanged"], 1, "{again}");
    let found = get(addr, "/api/v1/statements?q=hold+line").json();
    assert!(
        found["statements"]
            .as_array()
            .is_some_and(|s| !s.is_empty()),
        "{found}"
    );

    let text = [
        ("Content-Type", "text/plain"),
        ("Authorization", bearer.as_str()),
    ];
    let reply = request(
        addr,
        "POST",
        "/api/v1/documents?name=note.txt",
        &text,
        b"---\ntitle: Pasted\n---\nThe mayor said the bridge was closed.\n",
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json()["new"], 1);
    let empty = request(addr, "POST", "/api/v1/documents", &text, b"  ");
    assert_eq!(empty.status, 400);
}

#[test]
fn bodies_over_the_limit_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = support::example_ledger(dir.path());
    let mut config = support::config(&db);
    config.max_body_bytes = 1024;
    let addr = support::start(config, 1);
    let bearer = format!("Bearer {TOKEN}");
    let headers = [
        ("Content-Type", "text/plain"),
        ("Authorization", bearer.as_str()),
    ];
    let reply = request(
        addr,
        "POST",
        "/api/v1/documents",
        &headers,
        &vec![b'a'; 4096],
    );
    assert_eq!(reply.status, 413, "{}", reply.text());
}

#[test]
fn every_response_carries_a_strict_content_security_policy() {
    let (_dir, addr) = server();
    for target in [
        "/",
        "/speakers",
        "/documents",
        "/places",
        "/ingest",
        "/api/v1/statements",
        "/nope",
    ] {
        let reply = get(addr, target);
        let csp = reply.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("script-src 'self'"), "{target}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{target}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    }
}

#[test]
fn pages_render_and_link_to_each_other() {
    let (_dir, addr) = server();
    let search = get(addr, "/?q=talks");
    assert_eq!(search.status, 200);
    // minijinja escapes `/` in HTML as `&#x2f;`; browsers read both the same.
    let html = search.text().replace("&#x2f;", "/");
    assert!(
        html.contains("<mark>talks</mark>") || html.contains("<mark>Talks</mark>"),
        "matches are highlighted"
    );
    assert!(html.contains("href=\"/speakers/"));
    assert!(html.contains("href=\"/documents/"));
    let paged = get(addr, "/?limit=3").text();
    assert!(paged.contains("id=\"next-page\""), "a next page link");
    let bad = get(addr, "/?kind=loud");
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("kind must be one of"));
    assert_eq!(get(addr, "/documents/0000000000000000").status, 404);
    assert_eq!(get(addr, "/speakers/x").status, 400);
    let openapi = get(addr, "/api/v1/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.1.0");
    assert!(openapi["paths"]["/statements"].is_object());
    assert_eq!(get(addr, "/assets/app.css").status, 200);
    assert_eq!(get(addr, "/assets/nope.js").status, 404);
}

#[test]
fn hostile_query_strings_never_fail_the_server() {
    let (_dir, addr) = server();
    for raw in [
        "q=%22",
        "q=*",
        "q=NEAR(a+b)",
        "q=a+OR+b+NOT+c",
        "q=%00",
        "q=%FF%FE",
        "q=-",
        "q=%27%3B+DROP+TABLE+statements%3B--",
        "q=\u{0}",
        "speaker=%25",
        "source=%27",
        "q=a*b*c",
        "q=((((",
        "q=title:x",
        "since=9999-12-31&until=0001-01-01",
        "cursor=-9223372036854775808.1",
        "cursor=9223372036854775807.9223372036854775807",
        "limit=200&q=e*",
    ] {
        for base in ["/api/v1/statements", "/", "/speakers"] {
            let reply = get(addr, &format!("{base}?{raw}"));
            assert!(
                reply.status < 500,
                "{base}?{raw}: {} {}",
                reply.status,
                reply.text()
            );
        }
    }
}

#[test]
fn analyses_answer_as_json_and_pages() {
    let (_dir, addr) = server();
    let reversals = get(addr, "/api/v1/reversals?limit=5");
    assert_eq!(reversals.status, 200, "{}", reversals.text());
    assert!(reversals.json()["reversals"].is_array());
    let conflicts = get(addr, "/api/v1/figures/conflicts");
    assert_eq!(conflicts.status, 200, "{}", conflicts.text());
    assert!(conflicts.json()["conflicts"].is_array());
    let id = get(addr, "/api/v1/statements?q=talks&limit=1").json()["statements"][0]["id"]
        .as_i64()
        .expect("a statement");
    let trace = get(addr, &format!("/api/v1/trace/{id}"));
    assert_eq!(trace.status, 200, "{}", trace.text());
    assert!(trace.json()["entries"].is_array());
    assert_eq!(
        get(addr, "/api/v1/trace/99999999").json()["error"]["code"],
        "not_found"
    );
    assert_eq!(
        get(addr, "/api/v1/trace/x").json()["error"]["code"],
        "invalid_id"
    );
    let digest = get(addr, "/api/v1/digest");
    assert_eq!(digest.status, 200, "{}", digest.text());
    assert!(digest.json()["statements"].as_u64().is_some());
    assert_eq!(
        get(addr, "/api/v1/digest?since=2025-06-10&until=2025-06-01").status,
        400
    );
    assert_eq!(
        get(addr, "/api/v1/digest?since=2000-01-01&until=2025-06-01").status,
        400
    );
    assert_eq!(
        get(addr, "/api/v1/reversals?speaker=Nobody+Atall").status,
        404
    );
    for page in [
        "/figures",
        "/digest",
        "/digest?since=2025-06-01&until=2025-06-30",
        &format!("/trace/{id}"),
    ] {
        let reply = get(addr, page);
        assert_eq!(reply.status, 200, "{page}: {}", reply.text());
    }
}
