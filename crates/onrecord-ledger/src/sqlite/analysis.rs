//! SQLite side of the analysis reads: figures with context, time and place facts of documents,
//! single statements, sightings and near-copies. Plain SQL (IN lists, sub-selects, `substr`) so
//! that it ports to PostgreSQL as it is.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::{
    document_row, format_date, fts_query, statement_row, DOCUMENT_SELECT, STATEMENT_COLUMNS,
};
use crate::{
    ContextFact, DocumentRow, FigureQuery, FigureRow, Result, Sighting, SqliteLedger, StatementRow,
    FIGURE_CONTEXT_CHARS,
};

/// IN lists are sent in chunks of this many values.
const CHUNK: usize = 500;

/// `?n, ?n+1, ...` placeholders for `count` values after `values` already bound.
fn placeholders(values: &mut Vec<Value>, items: impl IntoIterator<Item = Value>) -> String {
    let mut marks = Vec::new();
    for item in items {
        values.push(item);
        marks.push(format!("?{}", values.len()));
    }
    if marks.is_empty() {
        "NULL".into()
    } else {
        marks.join(",")
    }
}

impl SqliteLedger {
    pub(super) fn figures_impl(&self, query: &FigureQuery) -> Result<Vec<FigureRow>> {
        let mut values: Vec<Value> = Vec::new();
        let mut conditions = vec!["f.type = 'figure'".to_string()];
        if !query.units.is_empty() {
            let marks = placeholders(&mut values, query.units.iter().cloned().map(Value::from));
            conditions.push(format!("f.unit IN ({marks})"));
        }
        if !query.places.is_empty() {
            let marks = placeholders(&mut values, query.places.iter().cloned().map(Value::from));
            conditions.push(format!(
                "f.document_id IN (SELECT document_id FROM facts WHERE place IN ({marks}))"
            ));
        }
        if let Some(text) = query.text.as_deref().and_then(fts_query) {
            values.push(text.into());
            conditions.push(format!(
                "f.document_id IN (SELECT t.document_id FROM statements_fts JOIN statements t ON t.sort_key = statements_fts.rowid
                    WHERE statements_fts MATCH ?{})",
                values.len()
            ));
        }
        if !query.speaker_ids.is_empty() {
            let marks = placeholders(
                &mut values,
                query.speaker_ids.iter().map(|&i| Value::from(i)),
            );
            conditions.push(format!(
                "f.document_id IN (SELECT document_id FROM statements WHERE speaker_id IN ({marks}))"
            ));
            let marks = placeholders(
                &mut values,
                query.speaker_ids.iter().map(|&i| Value::from(i)),
            );
            conditions.push(format!("s.speaker_id IN ({marks})"));
        }
        if !query.document_ids.is_empty() {
            let marks = placeholders(
                &mut values,
                query.document_ids.iter().cloned().map(Value::from),
            );
            conditions.push(format!("f.document_id IN ({marks})"));
        }
        if query.since.is_some() || query.until.is_some() {
            let mut period = Vec::new();
            if let Some(since) = format_date(query.since) {
                values.push(since.into());
                period.push(format!("published >= ?{}", values.len()));
            }
            if let Some(until) = format_date(query.until) {
                values.push(until.into());
                period.push(format!("published < ?{}", values.len()));
            }
            conditions.push(format!(
                "f.document_id IN (SELECT id FROM documents WHERE {})",
                period.join(" AND ")
            ));
        }
        let context = FIGURE_CONTEXT_CHARS;
        let sql = format!(
            "SELECT f.id, f.document_id, d.name, f.start, f.end, f.surface, coalesce(f.unit, ''), f.low, f.high, f.data,
                f.statement_id, s.speaker_id, s.speaker_name,
                EXISTS (SELECT 1 FROM statements m WHERE m.document_id = f.document_id
                        AND m.mention_start <= f.start AND m.mention_end >= f.end),
                d.published, d.source, d.url, d.title,
                substr(d.text, max(f.start - {context}, 0) + 1, f.end - max(f.start - {context}, 0) + {context}),
                max(f.start - {context}, 0)
             FROM facts f JOIN documents d ON d.id = f.document_id
             LEFT JOIN statements s ON s.id = f.statement_id
             WHERE {}
             ORDER BY d.published, f.document_id, f.start
             LIMIT {}",
            conditions.join(" AND "),
            query.limit.max(1)
        );
        let mut statement = self.connection.prepare(&sql)?;
        let rows = statement.query_map(params_from_iter(values), |row| {
            let data: String = row.get(9)?;
            let data: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
            Ok(FigureRow {
                fact_id: row.get(0)?,
                document_id: row.get(1)?,
                doc: row.get(2)?,
                start: row.get(3)?,
                end: row.get(4)?,
                surface: row.get(5)?,
                unit: row.get(6)?,
                low: row.get::<_, Option<f64>>(7)?.unwrap_or_default(),
                high: row.get::<_, Option<f64>>(8)?.unwrap_or_default(),
                approx: data["approx"].as_bool().unwrap_or(false),
                bound: data["bound"].as_str().unwrap_or("exact").to_string(),
                counted: data["counted"].as_str().map(str::to_string),
                statement_id: row.get(10)?,
                speaker_id: row.get(11)?,
                speaker: row.get(12)?,
                in_mention: row.get(13)?,
                published: row.get(14)?,
                source: row.get(15)?,
                url: row.get(16)?,
                title: row.get(17)?,
                context: row.get(18)?,
                context_start: row.get(19)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn context_facts_impl(&self, document_ids: &[String]) -> Result<Vec<ContextFact>> {
        // One statement for any number of documents (a JSON array parameter), not one per chunk.
        let ids = serde_json::to_string(document_ids)
            .map_err(|error| crate::LedgerError::Corrupt(error.to_string()))?;
        let mut statement = self.connection.prepare_cached(
            "SELECT document_id, type, start, end, place, time_from, time_to FROM facts
             WHERE type IN ('time', 'place') AND document_id IN (SELECT value FROM json_each(?1))
             ORDER BY document_id, start",
        )?;
        let rows = statement.query_map([ids], |row| {
            Ok(ContextFact {
                document_id: row.get(0)?,
                kind: row.get(1)?,
                start: row.get(2)?,
                end: row.get(3)?,
                place: row.get(4)?,
                time_from: row.get(5)?,
                time_to: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The values of `column` (a facts column) that occur among `candidates`.
    pub(super) fn known_values(&self, column: &str, candidates: &[String]) -> Result<Vec<String>> {
        let mut found = Vec::new();
        for chunk in candidates.chunks(CHUNK) {
            let mut values = Vec::new();
            let marks = placeholders(&mut values, chunk.iter().cloned().map(Value::from));
            let sql = format!(
                "SELECT DISTINCT {column} FROM facts WHERE {column} IN ({marks}) ORDER BY 1"
            );
            let mut statement = self.connection.prepare(&sql)?;
            let rows = statement.query_map(params_from_iter(values), |row| row.get(0))?;
            for row in rows {
                found.push(row?);
            }
        }
        Ok(found)
    }

    pub(super) fn statements_by_id_impl(&self, ids: &[i64]) -> Result<Vec<StatementRow>> {
        let mut found = Vec::new();
        for chunk in ids.chunks(CHUNK) {
            let mut values = Vec::new();
            let marks = placeholders(&mut values, chunk.iter().map(|&i| Value::from(i)));
            let sql = format!(
                "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id
                 WHERE s.id IN ({marks}) ORDER BY s.date_key, s.id"
            );
            let mut statement = self.connection.prepare(&sql)?;
            let rows = statement.query_map(params_from_iter(values), statement_row)?;
            for row in rows {
                found.push(row?);
            }
        }
        Ok(found)
    }

    pub(super) fn sightings_impl(&self, document_ids: &[String]) -> Result<Vec<Sighting>> {
        let mut found = Vec::new();
        for chunk in document_ids.chunks(CHUNK) {
            let mut values = Vec::new();
            let marks = placeholders(&mut values, chunk.iter().cloned().map(Value::from));
            let sql = format!(
                "SELECT document_id, name, source, url, published, seen_at FROM sightings
                 WHERE document_id IN ({marks}) ORDER BY published, seen_at"
            );
            let mut statement = self.connection.prepare(&sql)?;
            let rows = statement.query_map(params_from_iter(values), |row| {
                Ok(Sighting {
                    document_id: row.get(0)?,
                    name: row.get(1)?,
                    source: row.get(2)?,
                    url: row.get(3)?,
                    published: row.get(4)?,
                    seen_at: row.get(5)?,
                })
            })?;
            for row in rows {
                found.push(row?);
            }
        }
        Ok(found)
    }

    pub(super) fn near_copies_impl(&self, document_ids: &[String]) -> Result<Vec<DocumentRow>> {
        let mut found = Vec::new();
        for chunk in document_ids.chunks(CHUNK) {
            let mut values = Vec::new();
            let marks = placeholders(&mut values, chunk.iter().cloned().map(Value::from));
            let sql = format!(
                "{DOCUMENT_SELECT} WHERE d.near_copy_of IN ({marks})
                    OR d.id IN (SELECT near_copy_of FROM documents WHERE id IN ({marks}))
                 ORDER BY d.published"
            );
            let mut statement = self.connection.prepare(&sql)?;
            let rows =
                statement.query_map(params_from_iter(values), |row| document_row(row, false))?;
            for row in rows {
                found.push(row?);
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;
    use onrecord_model::{
        Bound, Document, EntityKind, Fact, FactKind, Figure, Lang, PlaceRef, Span, Speaker,
        Statement, StatementKind,
    };

    use crate::{ExtractedDocument, FigureQuery, Ledger, SqliteLedger};

    fn stored(ledger: &mut SqliteLedger, name: &str, text: &str, facts: Vec<Fact>) {
        let quote_end = text.find("\" said").unwrap_or(text.len());
        let document = Document {
            id: format!("{name}-id"),
            content_hash: format!("hash-{name}-{text}"),
            name: name.into(),
            source: Some(format!("{name} source")),
            url: None,
            title: Some("Мерен: ночь".into()),
            author: None,
            published: NaiveDateTime::parse_from_str("2025-06-06T07:00:00", "%Y-%m-%dT%H:%M:%S")
                .ok(),
            lang: Lang::En,
            text: text.into(),
            reposted_from: None,
            external_id: None,
        };
        let statement = Statement {
            kind: StatementKind::Direct,
            content: Span::new(1, text[..quote_end].chars().count()),
            pieces: Vec::new(),
            speaker: Some(Speaker {
                mention: "Ada Marsh".into(),
                mention_span: None,
                name: "Ada Marsh".into(),
                kind: EntityKind::Person,
                aliases: Vec::new(),
            }),
            cue: None,
            hedged: false,
            rule: "test".into(),
        };
        ledger
            .store(&ExtractedDocument {
                document,
                statements: vec![statement],
                facts,
                said_at: Vec::new(),
                near_dup_keys: Vec::new(),
                minhash: Vec::new(),
            })
            .unwrap();
    }

    fn figure(start: usize, end: usize, unit: &str, value: f64) -> Fact {
        Fact {
            span: Span::new(start, end),
            kind: FactKind::Figure(Figure {
                low: value,
                high: value,
                approx: true,
                bound: Bound::About,
                unit: unit.into(),
                counted: None,
            }),
        }
    }

    #[test]
    fn figures_come_with_their_context_speaker_and_places() {
        let dir = tempfile::tempdir().unwrap();
        let mut ledger = SqliteLedger::open(&dir.path().join("l.db")).unwrap();
        // Code points, not bytes: the Cyrillic word before the figure is two bytes a letter.
        let text = "\"Мерен: 14 drones came\" said Ada Marsh in Kyiv.";
        stored(
            &mut ledger,
            "a",
            text,
            vec![
                figure(8, 17, "drone", 14.0),
                Fact {
                    span: Span::new(42, 46),
                    kind: FactKind::Place(PlaceRef {
                        name: "Kyiv".into(),
                        country: "UA".into(),
                        lat: 50.45,
                        lon: 30.52,
                    }),
                },
            ],
        );
        stored(
            &mut ledger,
            "b",
            "\"9 missiles\" said Ada Marsh.",
            vec![figure(1, 11, "missile", 9.0)],
        );
        let rows = ledger
            .figures(&FigureQuery {
                units: vec!["drone".into()],
                places: vec!["Kyiv".into()],
                limit: 10,
                ..FigureQuery::default()
            })
            .unwrap();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.surface, "14 drones");
        assert_eq!(row.context, text);
        assert_eq!(row.context_start, 0);
        assert!(row.approx);
        assert_eq!(row.bound, "about");
        assert_eq!(row.speaker.as_deref(), Some("Ada Marsh"));
        assert!(!row.in_mention);
        let by_speaker = ledger
            .figures(&FigureQuery {
                speaker_ids: vec![row.speaker_id.unwrap()],
                limit: 10,
                ..FigureQuery::default()
            })
            .unwrap();
        assert_eq!(by_speaker.len(), 2);
        let places = ledger.context_facts(&["a-id".into()]).unwrap();
        assert_eq!(places[0].place.as_deref(), Some("Kyiv"));
        assert_eq!(
            ledger
                .figure_units(&["drone".into(), "tank".into()])
                .unwrap(),
            ["drone"]
        );
        assert_eq!(
            ledger.place_names(&["Kyiv".into(), "Lviv".into()]).unwrap(),
            ["Kyiv"]
        );
        let statement = ledger
            .statements_by_id(&[row.statement_id.unwrap()])
            .unwrap();
        assert_eq!(statement[0].content, "Мерен: 14 drones came");
        assert_eq!(ledger.sightings(&["a-id".into()]).unwrap().len(), 1);
        assert!(ledger.near_copies(&["a-id".into()]).unwrap().is_empty());
    }
}
