//! Query-string parsing: raw `key=value` pairs in, validated ledger queries out.
//!
//! Everything here takes untrusted input and must never panic: every value is length-capped,
//! numbers are range-checked, and dates go through the same parser the CLI uses. Property tests
//! (`tests/params.rs`) feed it arbitrary strings.

use chrono::{NaiveDateTime, NaiveTime};
use onrecord_ledger::{Cursor, SearchQuery};
use onrecord_model::StatementKind;
use serde::Serialize;

use crate::error::ApiError;

/// Results per page when the request does not say.
pub const DEFAULT_LIMIT: usize = 20;
/// The most results one page may ask for.
pub const MAX_LIMIT: usize = 200;
/// Longer parameter values are refused rather than searched.
pub const MAX_VALUE_CHARS: usize = 1000;

/// Decodes a query string into pairs; later duplicates win when looked up with [`Params::get`].
#[derive(Debug, Clone, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Params {
        let pairs = raw
            .map(|raw| {
                form_urlencoded::parse(raw.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Params { pairs }
    }

    /// The last non-blank value of `key`, trimmed.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn text(&self, key: &'static str) -> Result<Option<String>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(value) if value.chars().count() > MAX_VALUE_CHARS => Err(invalid(
                key,
                format!("{key} is longer than {MAX_VALUE_CHARS} characters"),
            )),
            Some(value) => Ok(Some(value.to_string())),
        }
    }
}

fn invalid(_key: &'static str, message: String) -> ApiError {
    ApiError::bad_request("invalid_parameter", message)
}

/// A validated search request, as the search page and `GET /api/v1/statements` take it. It keeps the
/// values as typed so that pages can put them back into the form and into shareable links.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub kind: Option<String>,
    pub hedged: Option<bool>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: usize,
    pub cursor: Option<String>,
}

impl SearchParams {
    pub fn from_params(params: &Params) -> Result<SearchParams, ApiError> {
        let kind = match params.get("kind") {
            None | Some("any") => None,
            Some(value) => Some(
                StatementKind::parse(value)
                    .ok_or_else(|| {
                        invalid(
                            "kind",
                            "kind must be one of direct, indirect, mixed".to_string(),
                        )
                    })?
                    .as_str()
                    .to_string(),
            ),
        };
        let hedged = match params.get("hedged") {
            None | Some("any") => None,
            Some(value) => Some(parse_bool(value).ok_or_else(|| {
                invalid(
                    "hedged",
                    "hedged must be true or false (or yes/no, 1/0)".to_string(),
                )
            })?),
        };
        let limit = match params.get("limit") {
            None => DEFAULT_LIMIT,
            Some(value) => match value.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    return Err(invalid(
                        "limit",
                        format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
                    ))
                }
            },
        };
        let cursor = params.text("cursor")?;
        if let Some(cursor) = &cursor {
            decode_cursor(cursor)?;
        }
        let since = params.text("since")?;
        if let Some(since) = &since {
            parse_date("since", since, false)?;
        }
        let until = params.text("until")?;
        if let Some(until) = &until {
            parse_date("until", until, true)?;
        }
        Ok(SearchParams {
            q: params.text("q")?,
            speaker: params.text("speaker")?,
            source: params.text("source")?,
            kind,
            hedged,
            since,
            until,
            limit,
            cursor,
        })
    }

    /// The ledger query for this page, asking one row more than shown to learn whether a next page
    /// exists.
    pub fn to_query(&self) -> Result<SearchQuery, ApiError> {
        Ok(SearchQuery {
            text: self.q.clone(),
            speaker: self.speaker.clone(),
            since: self
                .since
                .as_deref()
                .map(|v| parse_date("since", v, false))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|v| parse_date("until", v, true))
                .transpose()?,
            kind: self.kind.as_deref().and_then(StatementKind::parse),
            source: self.source.clone(),
            hedged: self.hedged,
            limit: self.limit + 1,
            after: self.cursor.as_deref().map(decode_cursor).transpose()?,
        })
    }

    /// The query string that reproduces this search, with another cursor (none for the first page).
    pub fn query_string(&self, cursor: Option<&str>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        let pairs: [(&str, Option<&str>); 7] = [
            ("q", self.q.as_deref()),
            ("speaker", self.speaker.as_deref()),
            ("source", self.source.as_deref()),
            ("kind", self.kind.as_deref()),
            (
                "hedged",
                self.hedged.map(|h| if h { "true" } else { "false" }),
            ),
            ("since", self.since.as_deref()),
            ("until", self.until.as_deref()),
        ];
        for (key, value) in pairs {
            if let Some(value) = value {
                out.append_pair(key, value);
            }
        }
        if self.limit != DEFAULT_LIMIT {
            out.append_pair("limit", &self.limit.to_string());
        }
        if let Some(cursor) = cursor {
            out.append_pair("cursor", cursor);
        }
        out.finish()
    }

    /// True when any filter beyond the words is set.
    pub fn has_filters(&self) -> bool {
        self.speaker.is_some()
            || self.source.is_some()
            || self.kind.is_some()
            || self.hedged.is_some()
            || self.since.is_some()
            || self.until.is_some()
    }
}

pub fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Some(true),
        "false" | "no" | "0" | "off" => Some(false),
        _ => None,
    }
}

/// Parses a date parameter. `end_of_day` makes a date-only `until` include its whole day.
pub fn parse_date(
    key: &'static str,
    value: &str,
    end_of_day: bool,
) -> Result<NaiveDateTime, ApiError> {
    let parsed = onrecord_ingest::parse_published(value).ok_or_else(|| {
        invalid(
            key,
            format!("{key} must be a date: YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
        )
    })?;
    Ok(if end_of_day && parsed.time() == NaiveTime::MIN {
        parsed
            .checked_add_signed(chrono::Duration::days(1))
            .unwrap_or(parsed)
    } else {
        parsed
    })
}

/// An optional date parameter.
pub fn date_param(
    params: &Params,
    key: &'static str,
    end_of_day: bool,
) -> Result<Option<NaiveDateTime>, ApiError> {
    params
        .get(key)
        .map(|value| parse_date(key, value, end_of_day))
        .transpose()
}

/// A `limit` parameter within `1..=max`, or `default`.
pub fn limit_param(params: &Params, default: usize, max: usize) -> Result<usize, ApiError> {
    match params.get("limit") {
        None => Ok(default),
        Some(value) => match value.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(invalid(
                "limit",
                format!("limit must be a whole number from 1 to {max}"),
            )),
        },
    }
}

/// Cursors are opaque to clients: `DATEKEY.ID` in result order, where undated statements carry the
/// smallest date key.
pub fn encode_cursor(cursor: Cursor) -> String {
    format!("{}.{}", cursor.published, cursor.statement_id)
}

pub fn decode_cursor(value: &str) -> Result<Cursor, ApiError> {
    let bad = || {
        ApiError::bad_request(
            "invalid_cursor",
            "cursor is not one this server handed out; start again from the first page",
        )
    };
    let (published, id) = value.split_once('.').ok_or_else(bad)?;
    Ok(Cursor {
        published: published.parse().map_err(|_| bad())?,
        statement_id: id.parse().map_err(|_| bad())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(raw: &str) -> Result<SearchParams, ApiError> {
        SearchParams::from_params(&Params::parse(Some(raw)))
    }

    #[test]
    fn empty_query_is_the_first_page_of_everything() {
        let params = search("").expect("valid");
        assert_eq!(params.limit, DEFAULT_LIMIT);
        assert_eq!(params.q, None);
        assert_eq!(params.query_string(None), "");
    }

    #[test]
    fn blank_values_do_not_filter() {
        let params = search("q=&speaker=+&kind=&hedged=any").expect("valid");
        assert_eq!(params, search("").expect("valid"));
    }

    #[test]
    fn query_string_round_trips() {
        let raw = "q=bridge+%22quote%22&speaker=Velesov&kind=direct&hedged=true&since=2025-03-01&until=2025-03-31&limit=5";
        let params = search(raw).expect("valid");
        let again = search(&params.query_string(None)).expect("valid");
        assert_eq!(params, again);
    }

    #[test]
    fn bad_values_are_named() {
        for (raw, needle) in [
            ("kind=loud", "kind"),
            ("hedged=maybe", "hedged"),
            ("limit=0", "limit"),
            ("limit=100000", "limit"),
            ("since=yesterday", "since"),
            ("until=2025-13-40", "until"),
        ] {
            let error = search(raw).expect_err(raw);
            assert_eq!(error.code, "invalid_parameter");
            assert!(error.message.contains(needle), "{raw}: {}", error.message);
        }
        assert_eq!(
            search("cursor=abc").expect_err("cursor").code,
            "invalid_cursor"
        );
    }

    #[test]
    fn cursor_round_trips() {
        for cursor in [
            Cursor {
                published: i64::MIN,
                statement_id: 1,
            },
            Cursor {
                published: 1_700_000_000,
                statement_id: i64::MAX,
            },
        ] {
            assert_eq!(
                decode_cursor(&encode_cursor(cursor)).expect("valid"),
                cursor
            );
        }
    }

    #[test]
    fn until_a_date_includes_that_day() {
        let until = parse_date("until", "2025-03-01", true).expect("valid");
        assert_eq!(until.to_string(), "2025-03-02 00:00:00");
    }
}
