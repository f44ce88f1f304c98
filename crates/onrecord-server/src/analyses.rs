//! Reversals, figure conflicts, claim traces and digests from `onrecord-analyze`, as JSON and as
//! pages. The analyses run on a pooled connection like every other read; results are candidates
//! for a person to check, and every one cites its statements.

use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDateTime;
use minijinja::context;
use onrecord_analyze::{
    AnalyzeError, Citation, Conflict, ConflictOptions, Digest, DigestOptions, Reversal,
    ReversalOptions, Trace, TraceSeed,
};
use serde::Serialize;

use crate::error::ApiError;
use crate::pages::{error_page, path_segment, render};
use crate::params::{self, Params};
use crate::State;

/// The longest digest period, in days; longer ones are refused rather than computed.
const MAX_DIGEST_DAYS: i64 = 366;

pub fn api_routes() -> Router<State> {
    Router::new()
        .route("/reversals", get(reversals_api))
        .route("/figures/conflicts", get(conflicts_api))
        .route("/trace/{statement_id}", get(trace_api))
        .route("/digest", get(digest_api))
}

pub fn page_routes() -> Router<State> {
    Router::new()
        .route("/figures", get(figures_page))
        .route("/trace/{statement_id}", get(trace_page))
        .route("/digest", get(digest_page))
}

impl From<AnalyzeError> for ApiError {
    fn from(error: AnalyzeError) -> Self {
        match error {
            AnalyzeError::Ledger(error) => error.into(),
            AnalyzeError::UnknownSpeaker(_) | AnalyzeError::UnknownStatement(_) => {
                ApiError::not_found(error.to_string())
            }
        }
    }
}

fn words(params: &Params, key: &'static str) -> Result<Option<String>, ApiError> {
    match params.get(key) {
        Some(value) if value.chars().count() > params::MAX_VALUE_CHARS => Err(
            ApiError::bad_request("invalid_parameter", format!("{key} is too long")),
        ),
        value => Ok(value.map(str::to_string)),
    }
}

pub(crate) async fn run_reversals(
    state: &State,
    speaker: Option<String>,
    params: &Params,
) -> Result<Vec<Reversal>, ApiError> {
    let options = ReversalOptions {
        speaker,
        about: words(params, "q")?,
        since: params::date_param(params, "since", false)?,
        until: params::date_param(params, "until", true)?,
        limit: params::limit_param(params, 20, 200)?,
        max_statements: 0,
    };
    state
        .pool
        .run(move |ledger| Ok(onrecord_analyze::reversals(&*ledger, &options)?))
        .await
}

#[derive(Serialize)]
struct Reversals {
    reversals: Vec<Reversal>,
}

async fn reversals_api(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Reversals>, ApiError> {
    let params = Params::parse(raw.as_deref());
    let speaker = words(&params, "speaker")?;
    Ok(Json(Reversals {
        reversals: run_reversals(&state, speaker, &params).await?,
    }))
}

async fn run_conflicts(state: &State, params: &Params) -> Result<Vec<Conflict>, ApiError> {
    let options = ConflictOptions {
        about: words(params, "q")?,
        since: params::date_param(params, "since", false)?,
        until: params::date_param(params, "until", true)?,
        limit: params::limit_param(params, 50, 500)?,
        max_figures: 0,
    };
    state
        .pool
        .run(move |ledger| Ok(onrecord_analyze::figure_conflicts(&*ledger, &options)?))
        .await
}

#[derive(Serialize)]
struct Conflicts {
    conflicts: Vec<Conflict>,
}

async fn conflicts_api(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Conflicts>, ApiError> {
    let params = Params::parse(raw.as_deref());
    Ok(Json(Conflicts {
        conflicts: run_conflicts(&state, &params).await?,
    }))
}

async fn run_trace(state: &State, id: &str) -> Result<Trace, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad_request("invalid_id", "a statement id is a whole number"))?;
    state
        .pool
        .run(move |ledger| {
            Ok(onrecord_analyze::trace(
                &*ledger,
                &TraceSeed::Statement(id),
            )?)
        })
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no statement {id}")))
}

async fn trace_api(
    AxumState(state): AxumState<State>,
    Path(id): Path<String>,
) -> Result<Json<Trace>, ApiError> {
    Ok(Json(run_trace(&state, &id).await?))
}

/// The digest period: `since`/`until` when given, else the seven days up to the newest statement.
async fn digest_range(
    state: &State,
    params: &Params,
) -> Result<(NaiveDateTime, NaiveDateTime), ApiError> {
    let since = params::date_param(params, "since", false)?;
    let until = params::date_param(params, "until", true)?;
    let (since, until) = match (since, until) {
        (Some(since), Some(until)) => (since, until),
        (since, until) => {
            let newest = state
                .pool
                .run(|ledger| {
                    Ok(ledger
                        .search(&onrecord_ledger::SearchQuery {
                            limit: 1,
                            ..Default::default()
                        })?
                        .into_iter()
                        .next()
                        .and_then(|row| row.date))
                })
                .await?;
            let end = until
                .or_else(|| {
                    newest
                        .as_deref()
                        .and_then(onrecord_analyze::parse_date)
                        .map(|d| {
                            d.date().and_hms_opt(0, 0, 0).unwrap_or(d) + chrono::Duration::days(1)
                        })
                })
                .unwrap_or_else(|| chrono::Utc::now().naive_utc());
            let start = since.unwrap_or(end - chrono::Duration::days(7));
            (start, end)
        }
    };
    if until <= since {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            "until must be after since",
        ));
    }
    if (until - since).num_days() > MAX_DIGEST_DAYS {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            format!("a digest covers at most {MAX_DIGEST_DAYS} days"),
        ));
    }
    Ok((since, until))
}

async fn run_digest(state: &State, params: &Params) -> Result<Digest, ApiError> {
    let (since, until) = digest_range(state, params).await?;
    let mut options = DigestOptions::new(since, until);
    options.about = words(params, "q")?;
    state
        .pool
        .run(move |ledger| Ok(onrecord_analyze::digest(&*ledger, &options)?))
        .await
}

async fn digest_api(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Digest>, ApiError> {
    Ok(Json(
        run_digest(&state, &Params::parse(raw.as_deref())).await?,
    ))
}

/// A citation ready to show: its fields and the link to it in its document.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Cited {
    #[serde(flatten)]
    pub cite: Citation,
    pub href: String,
}

pub(crate) fn cited(cite: &Citation) -> Cited {
    let anchor = cite
        .statement_id
        .map(|id| format!("#s{id}"))
        .unwrap_or_default();
    Cited {
        href: format!("/documents/{}{anchor}", path_segment(&cite.document_id)),
        cite: cite.clone(),
    }
}

#[derive(Serialize)]
pub(crate) struct ReversalView {
    pub topic: String,
    pub speaker: String,
    pub reasons: Vec<String>,
    pub time_between: Option<String>,
    pub a: Cited,
    pub b: Cited,
}

pub(crate) fn reversal_views(reversals: &[Reversal]) -> Vec<ReversalView> {
    reversals
        .iter()
        .map(|r| ReversalView {
            topic: r.topic.clone(),
            speaker: r.speaker.clone(),
            reasons: r.reasons.iter().map(|x| x.detail.clone()).collect(),
            time_between: r.time_between.clone(),
            a: cited(&r.a),
            b: cited(&r.b),
        })
        .collect()
}

#[derive(Serialize)]
struct ConflictView {
    reason: String,
    time_between: Option<String>,
    a_value: String,
    b_value: String,
    a_by: Option<String>,
    b_by: Option<String>,
    a: Cited,
    b: Cited,
}

#[derive(Serialize)]
struct ConflictGroup {
    about: String,
    conflicts: Vec<ConflictView>,
}

async fn figures_page(AxumState(state): AxumState<State>, RawQuery(raw): RawQuery) -> Response {
    let params = Params::parse(raw.as_deref());
    let conflicts = match run_conflicts(&state, &params).await {
        Ok(conflicts) => conflicts,
        Err(error) => return error_page(&state, &error),
    };
    let mut groups: Vec<ConflictGroup> = Vec::new();
    for conflict in &conflicts {
        let view = ConflictView {
            reason: conflict.reason.clone(),
            time_between: conflict.time_between.clone(),
            a_value: conflict.a.value.clone(),
            b_value: conflict.b.value.clone(),
            a_by: conflict.a.attributed_to.clone(),
            b_by: conflict.b.attributed_to.clone(),
            a: cited(&conflict.a.cite),
            b: cited(&conflict.b.cite),
        };
        match groups.iter_mut().find(|g| g.about == conflict.about) {
            Some(group) => group.conflicts.push(view),
            None => groups.push(ConflictGroup {
                about: conflict.about.clone(),
                conflicts: vec![view],
            }),
        }
    }
    render(
        &state,
        "figures.html",
        context! {
            nav => "figures",
            groups => groups,
            total => conflicts.len(),
            q => params.get("q"),
            since => params.get("since"),
            until => params.get("until"),
        },
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct TraceEntryView {
    order: usize,
    first: bool,
    how: String,
    overlap: u32,
    cite: Cited,
}

async fn trace_page(AxumState(state): AxumState<State>, Path(id): Path<String>) -> Response {
    let trace = match run_trace(&state, &id).await {
        Ok(trace) => trace,
        Err(error) => return error_page(&state, &error),
    };
    let entries: Vec<TraceEntryView> = trace
        .entries
        .iter()
        .map(|e| TraceEntryView {
            order: e.order,
            first: e.first,
            how: e.how.clone(),
            overlap: (e.overlap * 100.0).round().clamp(0.0, 100.0) as u32,
            cite: cited(&e.cite),
        })
        .collect();
    render(
        &state,
        "trace.html",
        context! {
            nav => "search",
            claim => trace.claim,
            seed => cited(&trace.seed),
            entries => entries,
        },
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct SpeakerDigest {
    speaker: String,
    kind: Option<String>,
    statements: usize,
    top: Vec<Cited>,
}

#[derive(Serialize)]
struct SpreadView {
    claim: String,
    sources: usize,
    first: Cited,
    repeats: Vec<Cited>,
}

async fn digest_page(AxumState(state): AxumState<State>, RawQuery(raw): RawQuery) -> Response {
    let params = Params::parse(raw.as_deref());
    let digest = match run_digest(&state, &params).await {
        Ok(digest) => digest,
        Err(error) => return error_page(&state, &error),
    };
    let speakers: Vec<SpeakerDigest> = digest
        .speakers
        .iter()
        .map(|s| SpeakerDigest {
            speaker: s.speaker.clone(),
            kind: s.kind.clone(),
            statements: s.statements,
            top: s.top.iter().map(cited).collect(),
        })
        .collect();
    let claims: Vec<SpreadView> = digest
        .claims
        .iter()
        .map(|c| SpreadView {
            claim: c.claim.clone(),
            sources: c.sources,
            first: cited(&c.first),
            repeats: c.repeats.iter().map(cited).collect(),
        })
        .collect();
    let conflicts: Vec<(String, String, Cited, Cited)> = digest
        .conflicts
        .iter()
        .map(|c| {
            (
                c.about.clone(),
                c.reason.clone(),
                cited(&c.a.cite),
                cited(&c.b.cite),
            )
        })
        .collect();
    render(
        &state,
        "digest.html",
        context! {
            nav => "digest",
            since => digest.since.chars().take(10).collect::<String>(),
            until => digest.until.chars().take(10).collect::<String>(),
            q => digest.about,
            statements => digest.statements,
            speakers_total => digest.speakers_total,
            truncated => digest.truncated,
            speakers => speakers,
            reversals => reversal_views(&digest.reversals),
            conflicts => conflicts,
            claims => claims,
        },
        StatusCode::OK,
    )
}
