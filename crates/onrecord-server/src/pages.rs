//! The web UI: server-rendered pages that work without JavaScript. Handlers gather rows through the
//! same functions as the API and hand plain values to auto-escaping templates.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State as AxumState};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::context;
use onrecord_ledger::StatementRow;
use serde::Serialize;

use crate::api::{self, by_day};
use crate::error::ApiError;
use crate::highlight::{document_blocks, highlight, Segment};
use crate::params::{Params, SearchParams};
use crate::{map, Facets, State};

pub fn routes() -> Router<State> {
    Router::new()
        .route("/", get(search_page))
        .route("/search", get(search_page))
        .route("/speakers", get(speakers_page))
        .route("/speakers/{id}", get(speaker_page))
        .route("/documents", get(documents_page))
        .route("/documents/{id}", get(document_page))
        .route("/places", get(places_page))
        .route("/ingest", get(ingest_page))
}

pub(crate) fn render(
    state: &State,
    name: &str,
    ctx: minijinja::Value,
    status: StatusCode,
) -> Response {
    let rendered = state
        .templates
        .get_template(name)
        .and_then(|template| template.render(ctx));
    match rendered {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the page could not be rendered: {error}"),
        )
            .into_response(),
    }
}

pub fn error_page(state: &State, error: &ApiError) -> Response {
    render(
        state,
        "error.html",
        context! { status => error.status.as_u16(), message => error.message },
        error.status,
    )
}

/// A 404 for unknown pages.
pub fn not_found_page(state: &State) -> Response {
    error_page(state, &ApiError::not_found("There is no such page."))
}

/// Only plain web links become `href`s; `javascript:`, `data:` and anything odd stay text.
pub fn safe_href(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    (web && clean && url.len() <= 2048).then(|| url.to_string())
}

/// Percent-encodes one path segment.
pub fn path_segment(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

fn document_href(id: &str) -> String {
    format!("/documents/{}", path_segment(id))
}

/// A statement ready to show: its row, its highlighted text and the link to its place in the
/// document.
#[derive(Debug, Clone, Serialize)]
struct Hit {
    #[serde(flatten)]
    row: StatementRow,
    segments: Vec<Segment>,
    doc_href: String,
}

fn hit(row: StatementRow, query: Option<&str>) -> Hit {
    Hit {
        segments: highlight(&row.content, query),
        doc_href: format!("{}#s{}", document_href(&row.document_id), row.id),
        row,
    }
}

async fn facets(state: &State) -> Arc<Facets> {
    if let Some(facets) = state
        .facets
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
    {
        return facets;
    }
    let computed = state
        .pool
        .run(|ledger| {
            let speakers = ledger
                .speakers(300)?
                .into_iter()
                .filter(|e| e.kind != "anonymous")
                .map(|e| e.name)
                .collect();
            let mut sources: Vec<String> = ledger
                .documents(false, 50_000)?
                .into_iter()
                .filter_map(|d| d.source)
                .collect();
            sources.sort();
            sources.dedup();
            Ok(Facets { speakers, sources })
        })
        .await
        .unwrap_or_default();
    let computed = Arc::new(computed);
    *state.facets.write().unwrap_or_else(|p| p.into_inner()) = Some(computed.clone());
    computed
}

#[derive(Serialize)]
struct RefineItem {
    label: String,
    count: usize,
    href: String,
}

#[derive(Serialize)]
struct RefineGroup {
    title: &'static str,
    items: Vec<RefineItem>,
}

/// Links that add one filter to the current search, with counts among the hits shown.
fn refine(search: &SearchParams, rows: &[StatementRow]) -> Vec<RefineGroup> {
    let mut groups = Vec::new();
    let link = |edit: &dyn Fn(&mut SearchParams)| {
        let mut next = search.clone();
        next.cursor = None;
        edit(&mut next);
        format!("/?{}", next.query_string(None))
    };
    if search.speaker.is_none() {
        let counts = api::counts(rows.iter().filter_map(|r| r.speaker.as_deref()));
        let items = counts
            .into_iter()
            .take(8)
            .map(|(label, count)| RefineItem {
                href: link(&|p| p.speaker = Some(label.clone())),
                label,
                count,
            })
            .collect::<Vec<_>>();
        if !items.is_empty() {
            groups.push(RefineGroup {
                title: "Speakers",
                items,
            });
        }
    }
    if search.source.is_none() {
        let counts = api::counts(rows.iter().filter_map(|r| r.source.as_deref()));
        let items = counts
            .into_iter()
            .take(8)
            .map(|(label, count)| RefineItem {
                href: link(&|p| p.source = Some(label.clone())),
                label,
                count,
            })
            .collect::<Vec<_>>();
        if !items.is_empty() {
            groups.push(RefineGroup {
                title: "Sources",
                items,
            });
        }
    }
    if search.kind.is_none() {
        let counts = api::counts(rows.iter().map(|r| r.kind.as_str()));
        let items = counts
            .into_iter()
            .map(|(label, count)| RefineItem {
                href: link(&|p| p.kind = Some(label.clone())),
                label,
                count,
            })
            .collect::<Vec<_>>();
        if items.len() > 1 {
            groups.push(RefineGroup {
                title: "Kind",
                items,
            });
        }
    }
    if search.hedged.is_none() {
        let hedged = rows.iter().filter(|r| r.hedged).count();
        if hedged > 0 && hedged < rows.len() {
            groups.push(RefineGroup {
                title: "Hedged",
                items: vec![
                    RefineItem {
                        label: "hedged".into(),
                        count: hedged,
                        href: link(&|p| p.hedged = Some(true)),
                    },
                    RefineItem {
                        label: "not hedged".into(),
                        count: rows.len() - hedged,
                        href: link(&|p| p.hedged = Some(false)),
                    },
                ],
            });
        }
    }
    groups
}

async fn search_page(AxumState(state): AxumState<State>, RawQuery(raw): RawQuery) -> Response {
    let facets = facets(&state).await;
    let parsed = SearchParams::from_params(&Params::parse(raw.as_deref()));
    let (search, result) = match parsed {
        Ok(search) => {
            let result = api::run_search(&state, &search).await;
            (search, result)
        }
        Err(error) => (SearchParams::default(), Err(error)),
    };
    let (hits, next_href, error, status, refine_groups) = match result {
        Ok(page) => {
            let groups = refine(&search, &page.statements);
            let next = page
                .next_cursor
                .as_deref()
                .map(|c| format!("/?{}", search.query_string(Some(c))));
            let hits: Vec<Hit> = page
                .statements
                .into_iter()
                .map(|row| hit(row, search.q.as_deref()))
                .collect();
            (hits, next, None, StatusCode::OK, groups)
        }
        Err(error) => (
            Vec::new(),
            None,
            Some(error.message),
            error.status,
            Vec::new(),
        ),
    };
    render(
        &state,
        "search.html",
        context! {
            nav => "search",
            p => &search,
            filtered => search.has_filters(),
            facets => &*facets,
            hits => hits,
            next_href => next_href,
            first_href => format!("/?{}", search.query_string(None)),
            error => error,
            refine => refine_groups,
        },
        status,
    )
}

async fn speakers_page(AxumState(state): AxumState<State>, RawQuery(raw): RawQuery) -> Response {
    let params = Params::parse(raw.as_deref());
    let q = params.get("q").map(str::to_string);
    let name = q.clone().filter(|q| q.chars().count() <= 500);
    let result = state
        .pool
        .run(move |ledger| {
            Ok(match name {
                Some(name) => ledger.find_entities(&name)?,
                None => ledger.speakers(500)?,
            })
        })
        .await;
    match result {
        Ok(speakers) => render(
            &state,
            "speakers.html",
            context! { nav => "speakers", q => q, speakers => speakers },
            StatusCode::OK,
        ),
        Err(error) => error_page(&state, &error),
    }
}

async fn speaker_page(
    AxumState(state): AxumState<State>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let params = Params::parse(raw.as_deref());
    let result = async {
        let id = api::parse_id(&id)?;
        api::speaker_statements(&state, id, &params).await
    }
    .await;
    let found = match result {
        Ok(found) => found,
        Err(error) => return error_page(&state, &error),
    };
    let q = params.get("q").map(str::to_string);
    let hits: Vec<Hit> = found
        .statements
        .into_iter()
        .map(|row| hit(row, q.as_deref()))
        .collect();
    let days = by_day(hits, |h| h.row.date.as_deref());
    let speaker_query: String =
        form_urlencoded::byte_serialize(found.speaker.name.as_bytes()).collect();
    // Reversal candidates are a bonus: if the analysis fails, the timeline still shows.
    let (reversals, reversal_note) = if found.speaker.kind == "anonymous" {
        (
            Vec::new(),
            "Anonymous sources are not compared for reversals.",
        )
    } else {
        match crate::analyses::run_reversals(&state, Some(found.speaker.name.clone()), &params)
            .await
        {
            Ok(reversals) => (
                crate::analyses::reversal_views(&reversals),
                "No reversal candidates: nothing this speaker said looks like a turn-around.",
            ),
            Err(_) => (
                Vec::new(),
                "Reversal candidates could not be computed for this speaker.",
            ),
        }
    };
    render(
        &state,
        "speaker.html",
        context! {
            nav => "speakers",
            speaker => found.speaker,
            speaker_query => speaker_query,
            days => days,
            q => q,
            since => params.get("since"),
            until => params.get("until"),
            reversals => reversals,
            reversal_note => reversal_note,
        },
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct DocumentLink {
    #[serde(flatten)]
    row: onrecord_ledger::DocumentRow,
    href: String,
}

async fn documents_page(AxumState(state): AxumState<State>) -> Response {
    match state
        .pool
        .run(|ledger| Ok(ledger.documents(false, 2000)?))
        .await
    {
        Ok(rows) => {
            let mut documents: Vec<DocumentLink> = rows
                .into_iter()
                .map(|row| DocumentLink {
                    href: document_href(&row.id),
                    row,
                })
                .collect();
            documents.reverse();
            render(
                &state,
                "documents.html",
                context! { nav => "documents", documents => documents },
                StatusCode::OK,
            )
        }
        Err(error) => error_page(&state, &error),
    }
}

#[derive(Serialize)]
struct FactView {
    surface: String,
    tip: String,
}

#[derive(Serialize)]
struct SightingView {
    #[serde(flatten)]
    sighting: onrecord_ledger::Sighting,
    href: Option<String>,
}

#[derive(Serialize)]
struct Link {
    id: String,
    href: String,
}

async fn document_page(AxumState(state): AxumState<State>, Path(id): Path<String>) -> Response {
    let mut detail = match api::document_detail(&state, &id).await {
        Ok(detail) => detail,
        Err(error) => return error_page(&state, &error),
    };
    let blocks = document_blocks(&detail);
    detail.document.text = None;
    let facts: Vec<FactView> = blocks
        .iter()
        .flat_map(|b| b.pieces.iter())
        .filter(|p| matches!(p.class, "figure" | "time" | "place"))
        .map(|p| FactView {
            surface: p.text.clone(),
            tip: p.tip.clone(),
        })
        .collect();
    let doc = &detail.document;
    let url_href = doc.url.as_deref().and_then(safe_href);
    let repost_href = doc.reposted_from.as_deref().and_then(safe_href);
    let near_copy_of_href = doc.near_copy_of.as_deref().map(document_href);
    let near_copies: Vec<Link> = detail
        .near_copies
        .iter()
        .map(|id| Link {
            id: id.clone(),
            href: document_href(id),
        })
        .collect();
    let sightings: Vec<SightingView> = detail
        .sightings
        .iter()
        .map(|s| SightingView {
            href: s.url.as_deref().and_then(safe_href),
            sighting: s.clone(),
        })
        .collect();
    render(
        &state,
        "document.html",
        context! {
            nav => "documents",
            doc => doc,
            doc_path => path_segment(&doc.id),
            url_href => url_href,
            repost_href => repost_href,
            near_copy_of_href => near_copy_of_href,
            near_copies => near_copies,
            blocks => blocks,
            statements => &detail.statements,
            facts => facts,
            sightings => sightings,
        },
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct PlaceView {
    name: String,
    country: String,
    mentions: usize,
    query: String,
    docs: Vec<DocLabel>,
}

#[derive(Serialize)]
struct DocLabel {
    href: String,
    label: String,
}

pub(crate) async fn places(state: &State) -> Result<Arc<Vec<map::PlaceCount>>, ApiError> {
    if let Some(places) = state
        .places
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
    {
        return Ok(places);
    }
    let places = Arc::new(state.pool.run(map::count_places).await?);
    *state.places.write().unwrap_or_else(|p| p.into_inner()) = Some(places.clone());
    Ok(places)
}

async fn places_page(AxumState(state): AxumState<State>) -> Response {
    let places = match places(&state).await {
        Ok(places) => places,
        Err(error) => return error_page(&state, &error),
    };
    let scanned = state
        .pool
        .run(|ledger| Ok(ledger.stats()?.documents))
        .await
        .unwrap_or(0)
        .min(map::MAX_DOCUMENTS_SCANNED as i64);
    let view = map::map_view(&places);
    let rows: Vec<PlaceView> = places
        .iter()
        .map(|p| PlaceView {
            name: p.name.clone(),
            country: p.country.clone(),
            mentions: p.mentions,
            query: form_urlencoded::byte_serialize(p.name.as_bytes()).collect(),
            docs: p
                .documents
                .iter()
                .map(|(id, label)| DocLabel {
                    href: document_href(id),
                    label: label.clone(),
                })
                .collect(),
        })
        .collect();
    render(
        &state,
        "places.html",
        context! { nav => "places", map => view, places => rows, scanned => scanned },
        StatusCode::OK,
    )
}

async fn ingest_page(AxumState(state): AxumState<State>) -> Response {
    render(
        &state,
        "ingest.html",
        context! {
            nav => "ingest",
            formats => ["text", "jsonl", "html", "feed", "telegram", "telegram-html", "warc"],
        },
        StatusCode::OK,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_become_hrefs() {
        assert_eq!(
            safe_href("https://example.org/a?b=c").as_deref(),
            Some("https://example.org/a?b=c")
        );
        assert_eq!(safe_href(" HTTP://x.org ").as_deref(), Some("HTTP://x.org"));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "//evil.org",
            "https://x.org/\"><script>",
            "http://x.org/a b",
            "vbscript:x",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
