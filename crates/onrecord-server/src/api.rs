//! `/api/v1`: JSON over the ledger. Handlers parse, call the ledger on a pooled connection, and
//! wrap the rows in small envelopes; errors are `{"error": {"code", "message"}}`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use onrecord_ledger::{DocumentDetail, EntityRow, Ledger, StatementRow};
use serde::Serialize;

use crate::error::ApiError;
use crate::params::{self, Params, SearchParams};
use crate::{ingest, State};

pub fn routes() -> Router<State> {
    Router::new()
        .route("/statements", get(statements))
        .route("/speakers", get(speakers))
        .route("/speakers/{id}", get(speaker))
        .route("/speakers/{id}/timeline", get(timeline))
        .route("/documents", get(documents).post(ingest::post_documents))
        .route("/documents/{id}", get(document))
        .route("/stats", get(stats))
        .route("/openapi.json", get(openapi))
}

/// One page of search results.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub statements: Vec<StatementRow>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

pub(crate) async fn run_search(
    state: &State,
    search: &SearchParams,
) -> Result<SearchPage, ApiError> {
    let query = search.to_query()?;
    let limit = search.limit;
    state
        .pool
        .run(move |ledger| {
            let mut statements = ledger.search(&query)?;
            let next_cursor = if statements.len() > limit {
                statements.truncate(limit);
                statements
                    .last()
                    .map(|row| params::encode_cursor(row.cursor()))
            } else {
                None
            };
            Ok(SearchPage {
                statements,
                next_cursor,
            })
        })
        .await
}

async fn statements(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<SearchPage>, ApiError> {
    let search = SearchParams::from_params(&Params::parse(raw.as_deref()))?;
    Ok(Json(run_search(&state, &search).await?))
}

#[derive(Serialize)]
struct Speakers {
    speakers: Vec<EntityRow>,
}

async fn speakers(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Speakers>, ApiError> {
    let params = Params::parse(raw.as_deref());
    let limit = params::limit_param(&params, 100, 10_000)?;
    let name = params.get("q").map(str::to_string);
    let speakers = state
        .pool
        .run(move |ledger| {
            Ok(match name {
                Some(name) => {
                    let mut found = ledger.find_entities(&name)?;
                    found.truncate(limit);
                    found
                }
                None => ledger.speakers(limit)?,
            })
        })
        .await?;
    Ok(Json(Speakers { speakers }))
}

/// A speaker with statements, oldest first.
pub(crate) struct SpeakerStatements {
    pub speaker: EntityRow,
    pub statements: Vec<StatementRow>,
}

pub(crate) fn parse_id(value: &str) -> Result<i64, ApiError> {
    value
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request("invalid_id", "a speaker id is a whole number"))
}

/// Finds an entity by id through its statements: the ledger has no lookup by id, so the speaker's
/// own statements name it, and `find_entities` on that name brings its aliases.
fn entity_with_statements(
    ledger: &mut dyn Ledger,
    id: i64,
    about: Option<&str>,
    since: Option<chrono::NaiveDateTime>,
    until: Option<chrono::NaiveDateTime>,
) -> Result<Option<SpeakerStatements>, ApiError> {
    let all = ledger.said(&[id], None, None, None)?;
    let Some(first) = all.first() else {
        return Ok(None);
    };
    let name = first.speaker.clone().unwrap_or_default();
    let speaker = ledger
        .find_entities(&name)?
        .into_iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| EntityRow {
            id,
            name: name.clone(),
            kind: first.speaker_kind.clone().unwrap_or_default(),
            statements: all.len() as i64,
            aliases: Vec::new(),
            first: all.first().and_then(|r| r.date.clone()),
            last: all.last().and_then(|r| r.date.clone()),
        });
    let statements = if about.is_none() && since.is_none() && until.is_none() {
        all
    } else {
        ledger.said(&[id], about, since, until)?
    };
    Ok(Some(SpeakerStatements {
        speaker,
        statements,
    }))
}

pub(crate) async fn speaker_statements(
    state: &State,
    id: i64,
    params: &Params,
) -> Result<SpeakerStatements, ApiError> {
    let about = params.get("q").map(str::to_string);
    if about
        .as_ref()
        .is_some_and(|a| a.chars().count() > params::MAX_VALUE_CHARS)
    {
        return Err(ApiError::bad_request("invalid_parameter", "q is too long"));
    }
    let since = params::date_param(params, "since", false)?;
    let until = params::date_param(params, "until", true)?;
    state
        .pool
        .run(move |ledger| entity_with_statements(ledger, id, about.as_deref(), since, until))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no speaker {id} with statements")))
}

async fn speaker(
    AxumState(state): AxumState<State>,
    Path(id): Path<String>,
) -> Result<Json<EntityRow>, ApiError> {
    let id = parse_id(&id)?;
    let found = speaker_statements(&state, id, &Params::default()).await?;
    Ok(Json(found.speaker))
}

/// A day of a speaker's statements.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Day<T> {
    pub date: String,
    pub statements: Vec<T>,
}

/// Groups statements (oldest first) by the day they were said.
pub(crate) fn by_day<T>(rows: Vec<T>, date: impl Fn(&T) -> Option<&str>) -> Vec<Day<T>> {
    let mut days: Vec<Day<T>> = Vec::new();
    for row in rows {
        let day: String = date(&row)
            .map(|d| d.chars().take(10).collect())
            .unwrap_or_else(|| "undated".to_string());
        match days.last_mut() {
            Some(last) if last.date == day => last.statements.push(row),
            _ => days.push(Day {
                date: day,
                statements: vec![row],
            }),
        }
    }
    days
}

#[derive(Serialize)]
struct Timeline {
    speaker: EntityRow,
    days: Vec<Day<StatementRow>>,
}

async fn timeline(
    AxumState(state): AxumState<State>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Timeline>, ApiError> {
    let id = parse_id(&id)?;
    let found = speaker_statements(&state, id, &Params::parse(raw.as_deref())).await?;
    Ok(Json(Timeline {
        speaker: found.speaker,
        days: by_day(found.statements, |r| r.date.as_deref()),
    }))
}

#[derive(Serialize)]
struct Documents {
    documents: Vec<onrecord_ledger::DocumentRow>,
}

async fn documents(
    AxumState(state): AxumState<State>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Documents>, ApiError> {
    let params = Params::parse(raw.as_deref());
    let limit = params::limit_param(&params, 100, 10_000)?;
    let documents = state
        .pool
        .run(move |ledger| Ok(ledger.documents(false, limit)?))
        .await?;
    Ok(Json(Documents { documents }))
}

pub(crate) async fn document_detail(state: &State, id: &str) -> Result<DocumentDetail, ApiError> {
    if id.is_empty() || id.chars().count() > 200 {
        return Err(ApiError::not_found("no such document"));
    }
    let key = id.to_string();
    state
        .pool
        .run(move |ledger| Ok(ledger.document(&key)?))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))
}

async fn document(
    AxumState(state): AxumState<State>,
    Path(id): Path<String>,
) -> Result<Json<DocumentDetail>, ApiError> {
    Ok(Json(document_detail(&state, &id).await?))
}

async fn stats(AxumState(state): AxumState<State>) -> Result<Response, ApiError> {
    let stats = state.pool.run(|ledger| Ok(ledger.stats()?)).await?;
    let mut value = serde_json::to_value(stats).map_err(|e| ApiError::internal(e.to_string()))?;
    // The ledger's file path is the operator's business, not the reader's.
    if let Some(object) = value.as_object_mut() {
        object.remove("ledger");
    }
    Ok(Json(value).into_response())
}

static OPENAPI: &str = include_str!("../assets/openapi.json");

async fn openapi() -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI,
    )
        .into_response()
}

/// Reads the write token from the headers (shared with the upload handler).
pub(crate) fn require_token(
    state: &Arc<crate::AppState>,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    crate::auth::check(headers, &state.token)
}

/// Counts by key, most first (for facet summaries).
pub(crate) fn counts<'a>(values: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut map: BTreeMap<&str, usize> = BTreeMap::new();
    for value in values {
        *map.entry(value).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = map.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
