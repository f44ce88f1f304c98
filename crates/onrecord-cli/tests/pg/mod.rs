//! A throwaway PostgreSQL database per test, on the cluster whose URL is in `ONRECORD_TEST_PG`.
//!
//! The test command starts that cluster (`scripts/pg-test-cluster.sh start DIR` prints the URL) and
//! stops it afterwards. Without the variable the PostgreSQL tests fail — they never skip, because a
//! test that silently skips is a test that cannot fail.

#![allow(dead_code)] // each test binary uses a different subset

use std::sync::atomic::{AtomicUsize, Ordering};

pub const ENV: &str = "ONRECORD_TEST_PG";

/// The cluster's URL (any database on it); panics with what to do when it is not set.
pub fn cluster_url() -> String {
    std::env::var(ENV).unwrap_or_else(|_| {
        panic!(
            "{ENV} is not set: these tests need a PostgreSQL server.\n\
             hint: run the tests through .ci/run, or start one with\n  \
             export {ENV}=$(scripts/pg-test-cluster.sh start /tmp/onrecord-pg)\n\
             and stop it afterwards with scripts/pg-test-cluster.sh stop /tmp/onrecord-pg"
        )
    })
}

/// `url` with its database name replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let authority_end = base[scheme_end..]
        .find('/')
        .map(|i| scheme_end + i)
        .unwrap_or(base.len());
    let mut out = format!("{}/{database}", &base[..authority_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// A fresh, empty database, dropped when this value is.
pub struct TestDatabase {
    pub url: String,
    name: String,
    admin: String,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestDatabase {
    pub fn new(label: &str) -> TestDatabase {
        let admin = cluster_url();
        let name = format!(
            "onrecord_{}_{}_{}",
            label
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .take(30)
                .collect::<String>()
                .to_lowercase(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut client = connect(&admin);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("cannot create test database {name}: {e}"));
        TestDatabase {
            url: with_database(&admin, &name),
            name,
            admin,
        }
    }

    pub fn client(&self) -> postgres::Client {
        connect(&self.url)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

pub fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap_or_else(|e| {
        panic!("cannot connect to the test PostgreSQL at {url}: {e}\nhint: is the cluster of {ENV} running?")
    })
}
