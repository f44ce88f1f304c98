//! Bulk export reads for the PostgreSQL backend (see [`crate::export`]): rows are streamed from the
//! server (`query_raw`), never held whole in memory. An export is not retried on a lost connection:
//! it would hand the caller the same rows twice.

use ::postgres::fallible_iterator::FallibleIterator;
use ::postgres::types::ToSql;
use ::postgres::Row;

use super::PostgresLedger;
use crate::export::{
    DocumentRecord, EntityRecord, ExportRows, ExportTable, FigureData, FigureRecord,
    StatementRecord, EXPORT_BATCH,
};
use crate::Result;

type PgResult<T> = std::result::Result<T, ::postgres::Error>;

impl PostgresLedger {
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
        read: fn(&Row) -> PgResult<T>,
        wrap: fn(Vec<T>) -> ExportRows,
        on_rows: &mut dyn FnMut(ExportRows) -> Result<()>,
    ) -> Result<()> {
        let mut connection = self.connection.borrow_mut();
        let mut rows = connection
            .client
            .query_raw(sql, std::iter::empty::<&(dyn ToSql + Sync)>())?;
        let mut batch = Vec::with_capacity(EXPORT_BATCH);
        while let Some(row) = rows.next()? {
            batch.push(read(&row)?);
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

const STATEMENTS: &str = "SELECT s.id, s.document_id, s.seq, s.kind, s.content, s.start, s.\"end\", s.speaker_id,
    s.speaker_name, e.kind, s.mention, s.cue, s.hedged, s.rule, coalesce(s.said_at, s.date), d.source,
    d.url, d.lang, s.said_at
    FROM statements s JOIN documents d ON d.id = s.document_id LEFT JOIN entities e ON e.id = s.speaker_id
    ORDER BY s.id";

fn statement(row: &Row) -> PgResult<StatementRecord> {
    Ok(StatementRecord {
        id: row.try_get(0)?,
        document_id: row.try_get(1)?,
        seq: row.try_get(2)?,
        kind: row.try_get(3)?,
        content: row.try_get(4)?,
        start: row.try_get(5)?,
        end: row.try_get(6)?,
        speaker_id: row.try_get(7)?,
        speaker: row.try_get(8)?,
        speaker_kind: row.try_get(9)?,
        mention: row.try_get(10)?,
        cue: row.try_get(11)?,
        hedged: row.try_get(12)?,
        rule: row.try_get(13)?,
        date: row.try_get(14)?,
        source: row.try_get(15)?,
        url: row.try_get(16)?,
        lang: row.try_get(17)?,
        said_at: row.try_get(18)?,
    })
}

const DOCUMENTS: &str =
    "SELECT d.id, d.content_hash, d.name, d.source, d.url, d.title, d.author, d.published,
    d.lang, d.reposted_from, d.external_id, d.near_copy_of, d.similarity,
    (SELECT count(*) FROM statements s WHERE s.document_id = d.id), d.text
    FROM documents d ORDER BY d.published IS NULL, d.published, d.id COLLATE \"C\"";

fn document(row: &Row) -> PgResult<DocumentRecord> {
    Ok(DocumentRecord {
        id: row.try_get(0)?,
        content_hash: row.try_get(1)?,
        name: row.try_get(2)?,
        source: row.try_get(3)?,
        url: row.try_get(4)?,
        title: row.try_get(5)?,
        author: row.try_get(6)?,
        published: row.try_get(7)?,
        lang: row.try_get(8)?,
        reposted_from: row.try_get(9)?,
        external_id: row.try_get(10)?,
        near_copy_of: row.try_get(11)?,
        similarity: row.try_get(12)?,
        statements: row.try_get(13)?,
        text: row.try_get(14)?,
    })
}

const ENTITIES: &str = "SELECT e.id, e.name, e.kind,
    (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT string_agg(alias, chr(31) ORDER BY alias COLLATE \"C\") FROM entity_aliases a
        WHERE a.entity_id = e.id AND a.alias <> e.name),
    (SELECT min(date) FROM statements s WHERE s.speaker_id = e.id),
    (SELECT max(date) FROM statements s WHERE s.speaker_id = e.id)
    FROM entities e ORDER BY e.id";

fn entity(row: &Row) -> PgResult<EntityRecord> {
    let aliases: Option<String> = row.try_get(4)?;
    Ok(EntityRecord {
        id: row.try_get(0)?,
        name: row.try_get(1)?,
        kind: row.try_get(2)?,
        statements: row.try_get(3)?,
        aliases: aliases
            .map(|a| a.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
        first: row.try_get(5)?,
        last: row.try_get(6)?,
    })
}

const FIGURES: &str = "SELECT f.id, f.document_id, f.statement_id, s.speaker_id, s.speaker_name, f.start, f.\"end\",
    f.surface, f.low, f.high, f.unit, f.data::text, d.published, d.source
    FROM facts f JOIN documents d ON d.id = f.document_id LEFT JOIN statements s ON s.id = f.statement_id
    WHERE f.type = 'figure' ORDER BY f.id";

fn figure(row: &Row) -> PgResult<FigureRecord> {
    let data = FigureData::parse(&row.try_get::<_, String>(11)?);
    Ok(FigureRecord {
        id: row.try_get(0)?,
        document_id: row.try_get(1)?,
        statement_id: row.try_get(2)?,
        speaker_id: row.try_get(3)?,
        speaker: row.try_get(4)?,
        start: row.try_get(5)?,
        end: row.try_get(6)?,
        surface: row.try_get(7)?,
        low: row.try_get::<_, Option<f64>>(8)?.unwrap_or(f64::NAN),
        high: row.try_get::<_, Option<f64>>(9)?.unwrap_or(f64::NAN),
        unit: row.try_get::<_, Option<String>>(10)?.unwrap_or_default(),
        approx: data.approx,
        bound: data.bound.unwrap_or_else(|| "exact".into()),
        counted: data.counted,
        published: row.try_get(12)?,
        source: row.try_get(13)?,
    })
}
