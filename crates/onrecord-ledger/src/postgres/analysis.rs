//! PostgreSQL side of the analysis reads (see `crate::analysis`): the queries of the SQLite backend
//! with PostgreSQL's spellings (`= ANY($n)` for IN lists, `greatest`, `tsvector` matching) and its
//! implicit orders made explicit, so both backends answer alike.

use ::postgres::Row;

use super::{document_row, format_date, fts, refs, statement_row, Params, PostgresLedger};
use super::{DOCUMENT_SELECT, STATEMENT_COLUMNS};
use crate::{
    ContextFact, DocumentRow, FigureQuery, FigureRow, Result, Sighting, StatementRow,
    FIGURE_CONTEXT_CHARS,
};

type PgResult<T> = std::result::Result<T, ::postgres::Error>;

impl PostgresLedger {
    pub(super) fn figures_impl(&self, query: &FigureQuery) -> Result<Vec<FigureRow>> {
        let mut values: Params = Vec::new();
        let mut conditions = vec!["f.type = 'figure'".to_string()];
        if !query.units.is_empty() {
            values.push(Box::new(query.units.clone()));
            conditions.push(format!("f.unit = ANY(${})", values.len()));
        }
        if !query.places.is_empty() {
            values.push(Box::new(query.places.clone()));
            conditions.push(format!(
                "f.document_id IN (SELECT document_id FROM facts WHERE place = ANY(${}))",
                values.len()
            ));
        }
        if let Some(text) = query.text.as_deref().and_then(fts::tsquery) {
            values.push(Box::new(text));
            conditions.push(format!(
                "f.document_id IN (SELECT t.document_id FROM statements t WHERE t.fts @@ to_tsquery('simple', ${}))",
                values.len()
            ));
        }
        if !query.speaker_ids.is_empty() {
            values.push(Box::new(query.speaker_ids.clone()));
            let ids = values.len();
            conditions.push(format!(
                "f.document_id IN (SELECT document_id FROM statements WHERE speaker_id = ANY(${ids}))"
            ));
            conditions.push(format!("s.speaker_id = ANY(${ids})"));
        }
        if !query.document_ids.is_empty() {
            values.push(Box::new(query.document_ids.clone()));
            conditions.push(format!("f.document_id = ANY(${})", values.len()));
        }
        if query.since.is_some() || query.until.is_some() {
            let mut period = Vec::new();
            if let Some(since) = query.since {
                values.push(Box::new(since));
                period.push(format!("published >= ${}", values.len()));
            }
            if let Some(until) = query.until {
                values.push(Box::new(until));
                period.push(format!("published < ${}", values.len()));
            }
            conditions.push(format!(
                "f.document_id IN (SELECT id FROM documents WHERE {})",
                period.join(" AND ")
            ));
        }
        let context = FIGURE_CONTEXT_CHARS;
        let sql = format!(
            "SELECT f.id, f.document_id, d.name, f.start, f.\"end\", f.surface, coalesce(f.unit, ''), f.low, f.high,
                f.data::text, f.statement_id, s.speaker_id, s.speaker_name,
                EXISTS (SELECT 1 FROM statements m WHERE m.document_id = f.document_id
                        AND m.mention_start <= f.start AND m.mention_end >= f.\"end\"),
                d.published, d.source, d.url, d.title,
                substr(d.text, (greatest(f.start - {context}, 0) + 1)::int,
                       (f.\"end\" - greatest(f.start - {context}, 0) + {context})::int),
                greatest(f.start - {context}, 0)
             FROM facts f JOIN documents d ON d.id = f.document_id
             LEFT JOIN statements s ON s.id = f.statement_id
             WHERE {}
             ORDER BY d.published NULLS FIRST, f.document_id COLLATE \"C\", f.start, f.id
             LIMIT {}",
            conditions.join(" AND "),
            query.limit.max(1)
        );
        self.with_connection(|c| {
            c.client
                .query(sql.as_str(), &refs(&values))?
                .iter()
                .map(figure_row)
                .collect()
        })
    }

    pub(super) fn context_facts_impl(&self, document_ids: &[String]) -> Result<Vec<ContextFact>> {
        self.with_connection(|c| {
            c.client
                .query(
                    "SELECT document_id, type, start, \"end\", place, time_from, time_to FROM facts
                     WHERE type IN ('time', 'place') AND document_id = ANY($1)
                     ORDER BY document_id COLLATE \"C\", start, id",
                    &[&document_ids],
                )?
                .iter()
                .map(|row| {
                    Ok(ContextFact {
                        document_id: row.try_get(0)?,
                        kind: row.try_get(1)?,
                        start: row.try_get(2)?,
                        end: row.try_get(3)?,
                        place: row.try_get(4)?,
                        time_from: row.try_get(5)?,
                        time_to: row.try_get(6)?,
                    })
                })
                .collect()
        })
    }

    /// The values of `column` (a facts column) that occur among `candidates`.
    pub(super) fn known_values(&self, column: &str, candidates: &[String]) -> Result<Vec<String>> {
        let sql = format!(
            "SELECT DISTINCT {column} COLLATE \"C\" FROM facts WHERE {column} = ANY($1) ORDER BY 1"
        );
        self.with_connection(|c| {
            c.client
                .query(sql.as_str(), &[&candidates])?
                .iter()
                .map(|row| row.try_get(0))
                .collect()
        })
    }

    pub(super) fn statements_by_id_impl(&self, ids: &[i64]) -> Result<Vec<StatementRow>> {
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
             WHERE s.id = ANY($1) ORDER BY s.date_key, s.id"
        );
        self.with_connection(|c| {
            c.client
                .query(sql.as_str(), &[&ids])?
                .iter()
                .map(statement_row)
                .collect()
        })
    }

    pub(super) fn sightings_impl(&self, document_ids: &[String]) -> Result<Vec<Sighting>> {
        self.with_connection(|c| {
            c.client
                .query(
                    "SELECT document_id, name, source, url, published, seen_at FROM sightings
                     WHERE document_id = ANY($1)
                     ORDER BY published NULLS FIRST, seen_at, document_id COLLATE \"C\", name COLLATE \"C\",
                        source COLLATE \"C\" NULLS FIRST, url COLLATE \"C\" NULLS FIRST",
                    &[&document_ids],
                )?
                .iter()
                .map(|row| {
                    Ok(Sighting {
                        document_id: row.try_get(0)?,
                        name: row.try_get(1)?,
                        source: row.try_get(2)?,
                        url: row.try_get(3)?,
                        published: format_date(row.try_get(4)?),
                        seen_at: format_date(row.try_get(5)?).unwrap_or_default(),
                    })
                })
                .collect()
        })
    }

    pub(super) fn near_copies_impl(&self, document_ids: &[String]) -> Result<Vec<DocumentRow>> {
        let sql = format!(
            "{DOCUMENT_SELECT} WHERE d.near_copy_of = ANY($1)
                OR d.id IN (SELECT near_copy_of FROM documents WHERE id = ANY($1))
             ORDER BY d.published NULLS FIRST, d.ingested_at, d.id COLLATE \"C\""
        );
        self.with_connection(|c| {
            c.client
                .query(sql.as_str(), &[&document_ids])?
                .iter()
                .map(|row| document_row(row, false))
                .collect()
        })
    }
}

fn figure_row(row: &Row) -> PgResult<FigureRow> {
    let data: String = row.try_get(9)?;
    let data: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
    Ok(FigureRow {
        fact_id: row.try_get(0)?,
        document_id: row.try_get(1)?,
        doc: row.try_get(2)?,
        start: row.try_get(3)?,
        end: row.try_get(4)?,
        surface: row.try_get(5)?,
        unit: row.try_get(6)?,
        low: row.try_get::<_, Option<f64>>(7)?.unwrap_or_default(),
        high: row.try_get::<_, Option<f64>>(8)?.unwrap_or_default(),
        approx: data["approx"].as_bool().unwrap_or(false),
        bound: data["bound"].as_str().unwrap_or("exact").to_string(),
        counted: data["counted"].as_str().map(str::to_string),
        statement_id: row.try_get(10)?,
        speaker_id: row.try_get(11)?,
        speaker: row.try_get(12)?,
        in_mention: row.try_get(13)?,
        published: format_date(row.try_get(14)?),
        source: row.try_get(15)?,
        url: row.try_get(16)?,
        title: row.try_get(17)?,
        context: row.try_get(18)?,
        context_start: row.try_get(19)?,
    })
}
