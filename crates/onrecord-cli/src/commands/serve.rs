//! `onrecord serve`: the JSON API and web UI (crate `onrecord-server`) over the ledger.
//!
//! This module only turns arguments into a [`ServerConfig`]: the bind rule and token, the ledger
//! factory (any backend `--db` names), the same extractor `onrecord ingest` uses, and limits.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use onrecord_server::auth::{self, TokenOrigin};
use onrecord_server::{LedgerFactory, ServerConfig};

use super::{ingest, Outcome};
use crate::cli::ServeArgs;

pub fn run(db: &Path, args: ServeArgs) -> anyhow::Result<Outcome> {
    let addr: SocketAddr = args.addr;
    let (token, origin) = auth::token_for(addr, args.token.as_deref())?;
    let spec = db.to_path_buf();
    let factory: LedgerFactory = Arc::new(move || onrecord_ledger::open(&spec));
    let mut config = ServerConfig::new(factory, token.clone(), Arc::new(ingest::extract_document));
    config.pool_size = args.connections.clamp(1, 64);
    config.max_body_bytes = args.max_body_mb.clamp(1, 4096) * 1024 * 1024;
    config.request_timeout = Duration::from_secs(args.timeout_secs.clamp(1, 3600));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server runtime")?;
    runtime.block_on(async move {
        let app = onrecord_server::router(config)?;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        eprintln!(
            "onrecord: serving {} at http://{local}/ (API at http://{local}/api/v1/, Ctrl-C stops)",
            onrecord_ledger::LedgerSpec::parse(db).display()
        );
        match origin {
            TokenOrigin::Generated => {
                eprintln!("onrecord: write token (needed to ingest): {token}")
            }
            TokenOrigin::Given => {
                eprintln!("onrecord: writes need the token given with --token or ONRECORD_TOKEN")
            }
        }
        onrecord_server::serve(listener, app, shutdown()).await?;
        eprintln!("onrecord: stopped");
        anyhow::Ok(())
    })?;
    Ok(Outcome::Success)
}

async fn shutdown() {
    // If the signal handler cannot be installed, serve until the process is killed.
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}
