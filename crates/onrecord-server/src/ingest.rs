//! `POST /api/v1/documents`: uploads (files, pasted text, JSON Lines) through the same readers and
//! extractor as `onrecord ingest`, one transaction per document.
//!
//! An upload is written to a private temporary directory under a sanitised name and read with
//! `onrecord_ingest::read_input`, so format detection, decoding and limits are exactly the CLI's.
//! One bad record is reported and skipped; the rest are stored.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, RawQuery, Request, State as AxumState};
use axum::http::{header, HeaderMap};
use axum::Json;
use onrecord_ingest::{into_document, read_input, Format, Input};
use onrecord_ledger::{Ledger, StoreOutcome};
use serde::Serialize;

use crate::error::ApiError;
use crate::params::Params;
use crate::{Extractor, State};

/// The most files one request may carry.
const MAX_FILES: usize = 100;

/// One uploaded input before reading.
#[derive(Debug, Clone)]
pub struct Upload {
    pub name: String,
    pub format: Option<Format>,
    pub bytes: Vec<u8>,
}

/// What one upload request did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct IngestReport {
    pub new: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    pub statements: usize,
    pub documents: Vec<IngestedDocument>,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IngestedDocument {
    pub id: String,
    pub name: String,
    /// `new`, `unchanged` or `replaced`.
    pub outcome: &'static str,
    pub statements: usize,
}

pub async fn post_documents(
    AxumState(state): AxumState<State>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    request: Request,
) -> Result<Json<IngestReport>, ApiError> {
    crate::api::require_token(&state, &headers)?;
    let params = Params::parse(raw.as_deref());
    let forced = match params.get("format") {
        Some(name) => Some(Format::parse(name).ok_or_else(|| {
            ApiError::bad_request(
                "invalid_parameter",
                format!("format must be one of {}", Format::NAMES.join(", ")),
            )
        })?),
        None => None,
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let uploads = if mime == "multipart/form-data" {
        multipart_uploads(
            Multipart::from_request(request, &state)
                .await
                .map_err(|e| {
                    ApiError::bad_request(
                        "invalid_body",
                        format!("not a valid multipart body: {e}"),
                    )
                })?,
            forced,
        )
        .await?
    } else {
        let bytes = read_body(request.into_body()).await?;
        let (default_name, format) = match mime.as_str() {
            "application/json" => ("upload.jsonl", Some(Format::Jsonl)),
            "application/x-ndjson" | "application/jsonl" | "application/x-jsonlines" => {
                ("upload.jsonl", Some(Format::Jsonl))
            }
            "text/html" => ("upload.html", Some(Format::Html)),
            "text/plain" => ("upload.txt", Some(Format::Text)),
            _ => ("upload", None),
        };
        let bytes = if mime == "application/json" {
            json_to_lines(&bytes)?
        } else {
            bytes
        };
        vec![Upload {
            name: params.get("name").unwrap_or(default_name).to_string(),
            format: forced.or(format),
            bytes,
        }]
    };
    if uploads
        .iter()
        .all(|u| u.bytes.iter().all(u8::is_ascii_whitespace))
    {
        return Err(ApiError::bad_request(
            "empty_body",
            "nothing to ingest: the body is empty",
        ));
    }
    let extract = state.extract.clone();
    let report = state
        .pool
        .run(move |ledger| ingest_uploads(ledger, &extract, uploads))
        .await?;
    state.invalidate();
    Ok(Json(report))
}

async fn read_body(body: Body) -> Result<Vec<u8>, ApiError> {
    axum::body::to_bytes(body, usize::MAX)
        .await
        .map(|b| b.to_vec())
        .map_err(|e| {
            ApiError::new(
                axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                format!("the body could not be read (too large?): {e}"),
            )
        })
}

/// A JSON object or an array of objects becomes JSON Lines for the JSONL reader.
fn json_to_lines(bytes: &[u8]) -> Result<Vec<u8>, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad_request("invalid_body", format!("the body is not JSON: {e}")))?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        object @ serde_json::Value::Object(_) => vec![object],
        _ => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "send a JSON object {\"text\": ...} or an array of them",
            ))
        }
    };
    let mut out = Vec::new();
    for item in items {
        out.extend(serde_json::to_vec(&item).map_err(|e| ApiError::internal(e.to_string()))?);
        out.push(b'\n');
    }
    Ok(out)
}

async fn multipart_uploads(
    mut multipart: Multipart,
    forced: Option<Format>,
) -> Result<Vec<Upload>, ApiError> {
    let bad = |e: axum::extract::multipart::MultipartError| {
        ApiError::bad_request("invalid_body", format!("could not read the upload: {e}"))
    };
    let mut uploads = Vec::new();
    let mut forced = forced;
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        if uploads.len() >= MAX_FILES {
            return Err(ApiError::bad_request(
                "too_many_files",
                format!("at most {MAX_FILES} files per request"),
            ));
        }
        let field_name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(bad)?.to_vec();
        match (field_name.as_str(), file_name) {
            ("format", None) => {
                let name = String::from_utf8_lossy(&bytes).trim().to_string();
                if !name.is_empty() && name != "auto" {
                    forced = Some(Format::parse(&name).ok_or_else(|| {
                        ApiError::bad_request(
                            "invalid_parameter",
                            format!("format must be one of {}", Format::NAMES.join(", ")),
                        )
                    })?);
                }
            }
            (_, Some(file_name)) if !bytes.is_empty() => uploads.push(Upload {
                name: file_name,
                format: None,
                bytes,
            }),
            ("text", None) if !bytes.is_empty() => uploads.push(Upload {
                name: "pasted.txt".into(),
                format: Some(Format::Text),
                bytes,
            }),
            ("jsonl", None) if !bytes.is_empty() => uploads.push(Upload {
                name: "pasted.jsonl".into(),
                format: Some(Format::Jsonl),
                bytes,
            }),
            _ => {}
        }
    }
    if let Some(format) = forced {
        for upload in &mut uploads {
            if upload.name != "pasted.txt" && upload.name != "pasted.jsonl" {
                upload.format = Some(format);
            }
        }
    }
    Ok(uploads)
}

/// Keeps letters, digits, `.`, `-` and `_`; never a path, never hidden, never empty.
pub fn sanitize_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .take(100)
        .collect();
    let cleaned = cleaned.trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "upload".to_string()
    } else {
        cleaned
    }
}

/// Reads, extracts and stores uploads; one bad file or record is reported and skipped.
pub fn ingest_uploads(
    ledger: &mut dyn Ledger,
    extract: &Extractor,
    uploads: Vec<Upload>,
) -> Result<IngestReport, ApiError> {
    let dir = tempfile::tempdir()
        .map_err(|e| ApiError::internal(format!("cannot create a temporary directory: {e}")))?;
    let mut report = IngestReport::default();
    for (n, upload) in uploads.into_iter().enumerate() {
        let mut name = sanitize_name(&upload.name);
        if dir.path().join(&name).exists() {
            name = format!("{n}-{name}");
        }
        let path = dir.path().join(&name);
        std::fs::write(&path, &upload.bytes)
            .map_err(|e| ApiError::internal(format!("cannot write the upload: {e}")))?;
        for record in read_input(&Input::File(path), upload.format) {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    report.failed += 1;
                    if report.errors.len() < 100 {
                        report.errors.push(
                            error
                                .to_string()
                                .replace(&dir.path().display().to_string(), ""),
                        );
                    }
                    continue;
                }
            };
            let extracted = extract(into_document(record));
            let (outcome, statements) = match ledger.store(&extracted)? {
                StoreOutcome::New { statements } => {
                    report.new += 1;
                    ("new", statements)
                }
                StoreOutcome::Replaced { statements } => {
                    report.replaced += 1;
                    ("replaced", statements)
                }
                StoreOutcome::Unchanged => {
                    report.unchanged += 1;
                    ("unchanged", 0)
                }
            };
            report.statements += statements;
            if report.documents.len() < 1000 {
                report.documents.push(IngestedDocument {
                    id: extracted.document.id.clone(),
                    name: extracted.document.name.clone(),
                    outcome,
                    statements,
                });
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sanitised() {
        assert_eq!(sanitize_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitize_name(".hidden"), "hidden");
        assert_eq!(sanitize_name("<script>.txt"), "script.txt");
        assert_eq!(sanitize_name(""), "upload");
        assert_eq!(sanitize_name("C:\\x\\a b.jsonl"), "ab.jsonl");
    }
}
