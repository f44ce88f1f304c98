//! Bulk export reads for the SQLite backend (see [`crate::export`]).

use rusqlite::Row;

use super::SqliteLedger;
use crate::export::{
    parse_date, DocumentRecord, EntityRecord, ExportRows, ExportTable, FigureData, FigureRecord,
    StatementRecord, EXPORT_BATCH,
};
use crate::Result;

impl SqliteLedger {
    pub(super) fn export_impl(
        &self,
        table: ExportTable,
        on_rows: &mut dyn FnMut(ExportRows) -> Result<()>,
    ) -> Result<()> {
        match table {
            ExportTable::Statements => {
                self.stream(STATEMENTS, statement, ExportRows::Statements, on_rows)
            }
            ExportTable::Documents => {
                self.stream(DOCUMENTS, document, ExportRows::Documents, on_rows)
            }
            ExportTable::Entities => self.stream(ENTITIES, entity, ExportRows::Entities, on_rows),
            ExportTable::Figures => self.stream(FIGURES, figure, ExportRows::Figures, on_rows),
        }
    }

    fn stream<T>(
        &self,
        sql: &str,
        read: fn(&Row) -> rusqlite::Result<T>,
        wrap: fn(Vec<T>) -> ExportRows,
        on_rows: &mut dyn FnMut(ExportRows) -> Result<()>,
    ) -> Result<()> {
        let mut statement = self.connection.prepare(sql)?;
        let mut rows = statement.query([])?;
        let mut batch = Vec::with_capacity(EXPORT_BATCH);
        while let Some(row) = rows.next()? {
            batch.push(read(row)?);
            if batch.len() == EXPORT_BATCH {
                on_rows(wrap(std::mem::replace(
                    &mut batch,
                    Vec::with_capacity(EXPORT_BATCH),
                )))?;
            }
        }
        if !batch.is_empty() {
            on_rows(wrap(batch))?;
        }
        Ok(())
    }
}

const STATEMENTS: &str = "SELECT s.id, s.document_id, s.seq, s.kind, s.content, s.start, s.end, s.speaker_id,
    s.speaker_name, e.kind, s.mention, s.cue, s.hedged, s.rule, coalesce(s.said_at, s.date), d.source,
    d.url, d.lang, s.said_at
    FROM statements s JOIN documents d ON d.id = s.document_id LEFT JOIN entities e ON e.id = s.speaker_id
    ORDER BY s.id";

fn statement(row: &Row) -> rusqlite::Result<StatementRecord> {
    Ok(StatementRecord {
        id: row.get(0)?,
        document_id: row.get(1)?,
        seq: row.get(2)?,
        kind: row.get(3)?,
        content: row.get(4)?,
        start: row.get(5)?,
        end: row.get(6)?,
        speaker_id: row.get(7)?,
        speaker: row.get(8)?,
        speaker_kind: row.get(9)?,
        mention: row.get(10)?,
        cue: row.get(11)?,
        hedged: row.get(12)?,
        rule: row.get(13)?,
        date: parse_date(row.get(14)?),
        source: row.get(15)?,
        url: row.get(16)?,
        lang: row.get(17)?,
        said_at: parse_date(row.get(18)?),
    })
}

const DOCUMENTS: &str =
    "SELECT d.id, d.content_hash, d.name, d.source, d.url, d.title, d.author, d.published,
    d.lang, d.reposted_from, d.external_id, d.near_copy_of, d.similarity,
    (SELECT count(*) FROM statements s WHERE s.document_id = d.id), d.text
    FROM documents d ORDER BY d.published IS NULL, d.published, d.id";

fn document(row: &Row) -> rusqlite::Result<DocumentRecord> {
    Ok(DocumentRecord {
        id: row.get(0)?,
        content_hash: row.get(1)?,
        name: row.get(2)?,
        source: row.get(3)?,
        url: row.get(4)?,
        title: row.get(5)?,
        author: row.get(6)?,
        published: parse_date(row.get(7)?),
        lang: row.get(8)?,
        reposted_from: row.get(9)?,
        external_id: row.get(10)?,
        near_copy_of: row.get(11)?,
        similarity: row.get(12)?,
        statements: row.get(13)?,
        text: row.get(14)?,
    })
}

const ENTITIES: &str = "SELECT e.id, e.name, e.kind,
    (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias != e.name ORDER BY alias)),
    (SELECT min(date) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT max(date) FROM statements s WHERE s.speaker_id = e.id)
    FROM entities e ORDER BY e.id";

fn entity(row: &Row) -> rusqlite::Result<EntityRecord> {
    let aliases: Option<String> = row.get(4)?;
    Ok(EntityRecord {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: row.get(2)?,
        statements: row.get(3)?,
        aliases: aliases
            .map(|a| a.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
        first: parse_date(row.get(5)?),
        last: parse_date(row.get(6)?),
    })
}

const FIGURES: &str = "SELECT f.id, f.document_id, f.statement_id, s.speaker_id, s.speaker_name, f.start, f.end,
    f.surface, f.low, f.high, f.unit, f.data, d.published, d.source
    FROM facts f JOIN documents d ON d.id = f.document_id LEFT JOIN statements s ON s.id = f.statement_id
    WHERE f.type = 'figure' ORDER BY f.id";

fn figure(row: &Row) -> rusqlite::Result<FigureRecord> {
    let data = FigureData::parse(&row.get::<_, String>(11)?);
    Ok(FigureRecord {
        id: row.get(0)?,
        document_id: row.get(1)?,
        statement_id: row.get(2)?,
        speaker_id: row.get(3)?,
        speaker: row.get(4)?,
        start: row.get(5)?,
        end: row.get(6)?,
        surface: row.get(7)?,
        low: row.get::<_, Option<f64>>(8)?.unwrap_or(f64::NAN),
        high: row.get::<_, Option<f64>>(9)?.unwrap_or(f64::NAN),
        unit: row.get::<_, Option<String>>(10)?.unwrap_or_default(),
        approx: data.approx,
        bound: data.bound.unwrap_or_else(|| "exact".into()),
        counted: data.counted,
        published: parse_date(row.get(12)?),
        source: row.get(13)?,
    })
}
