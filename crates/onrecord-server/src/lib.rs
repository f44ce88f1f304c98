//! onrecord's server: a JSON API and a web UI over one ledger.
//!
//! Only this crate knows HTTP. It is thin: query strings and bodies in, calls into the ledger (and
//! the extractor it is handed, for uploads), JSON or server-rendered HTML out. Invariants:
//!
//! - **Everything shown is untrusted.** Pages are rendered by minijinja with HTML auto-escaping;
//!   no code path builds markup from stored text (see [`highlight`]), links are emitted only for
//!   `http`/`https` URLs, and every response carries a strict Content-Security-Policy that allows
//!   no inline script, so even a missed escape cannot run code.
//! - **Reads are open, writes need the token.** `POST /api/v1/documents` needs
//!   `Authorization: Bearer TOKEN`; the server binds to loopback by default and refuses a
//!   non-loopback address without an operator-chosen token ([`auth::token_for`]).
//! - **No input panics the server.** Query parsing is total ([`params`], property-tested); bodies
//!   are size-limited; each request has a timeout; a panic in a handler becomes a 500.
//! - **Backend-neutral.** The server holds a [`pool::LedgerPool`] of `Box<dyn Ledger + Send>`
//!   opened by a factory and used on blocking threads, so SQLite and PostgreSQL serve alike.
//! - **Self-contained.** Templates, CSS, JS and the basemap are embedded in the binary; pages load
//!   nothing from elsewhere.
//!
//! Routes: see [`router`] and the OpenAPI description at `/api/v1/openapi.json`.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use onrecord_ledger::ExtractedDocument;
use onrecord_model::Document;

mod analyses;
mod api;
mod assets;
pub mod auth;
pub mod error;
pub mod highlight;
mod ingest;
mod map;
mod pages;
pub mod params;
pub mod pool;
mod templates;

pub use error::ApiError;
pub use pool::{LedgerFactory, LedgerPool};

/// Runs every extractor over one document (the same pipeline `onrecord ingest` uses).
pub type Extractor = Arc<dyn Fn(Document) -> ExtractedDocument + Send + Sync + 'static>;

/// Request bodies larger than this are refused unless configured otherwise.
pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// Requests taking longer than this are answered with 408 unless configured otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Everything the server needs; built by `onrecord serve` or a test.
#[derive(Clone)]
pub struct ServerConfig {
    pub factory: LedgerFactory,
    /// Ledger connections kept open for requests.
    pub pool_size: usize,
    /// The write token (see [`auth::token_for`]).
    pub token: String,
    pub extract: Extractor,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
}

impl ServerConfig {
    pub fn new(factory: LedgerFactory, token: String, extract: Extractor) -> Self {
        ServerConfig {
            factory,
            pool_size: 4,
            token,
            extract,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            request_timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// Lists for the search form's facets, cached until the next ingest.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct Facets {
    pub speakers: Vec<String>,
    pub sources: Vec<String>,
}

pub(crate) struct AppState {
    pub pool: Arc<LedgerPool>,
    pub token: String,
    pub extract: Extractor,
    pub templates: minijinja::Environment<'static>,
    pub facets: RwLock<Option<Arc<Facets>>>,
    pub places: RwLock<Option<Arc<Vec<map::PlaceCount>>>>,
}

impl AppState {
    /// Forgets cached lists after the ledger changed.
    pub fn invalidate(&self) {
        *self.facets.write().unwrap_or_else(|p| p.into_inner()) = None;
        *self.places.write().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

pub(crate) type State = Arc<AppState>;

/// Builds the application. Opens one ledger connection first, so a bad ledger fails here.
pub fn router(config: ServerConfig) -> Result<Router, ApiError> {
    let pool = Arc::new(LedgerPool::new(config.factory, config.pool_size));
    pool.warm_up()?;
    let state: State = Arc::new(AppState {
        pool,
        token: config.token,
        extract: config.extract,
        templates: templates::environment()?,
        facets: RwLock::new(None),
        places: RwLock::new(None),
    });
    let app = Router::new()
        .merge(pages::routes())
        .merge(analyses::page_routes())
        .nest("/api/v1", api::routes().merge(analyses::api_routes()))
        .route("/assets/{name}", get(assets::asset))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(fallback)
        .with_state(state)
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            config.max_body_bytes,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(on_panic))
        .layer(middleware::from_fn(security_headers));
    Ok(app)
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

fn on_panic(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::internal("the request failed unexpectedly").into_response()
}

async fn fallback(
    axum::extract::State(state): axum::extract::State<State>,
    request: Request<axum::body::Body>,
) -> Response {
    if request.uri().path().starts_with("/api/") {
        ApiError::not_found("no such API route; see /api/v1/openapi.json").into_response()
    } else {
        pages::not_found_page(&state)
    }
}

/// The Content-Security-Policy every response carries: only this server's own scripts, styles and
/// images; no inline script, no plugins, no framing, forms post only here.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

async fn security_headers(request: Request<axum::body::Body>, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
