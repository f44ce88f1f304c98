//! `onrecord export`: statements, documents, entities and figures as Parquet, JSON Lines or CSV
//! files that DuckDB, Polars and Spark read directly (see `docs/export.md` for the columns and
//! example queries). Rows stream from the ledger in batches, so memory stays flat.
//!
//! Parquet files are written with the `parquet` crate's Arrow writer: Snappy compression, one row
//! group per million rows, plain Arrow types only (`Int64`, `Float64`, `Boolean`, `Utf8`,
//! `List<Utf8>`, `Timestamp(µs, UTC)`), so every reader understands them without extensions.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{
    ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray,
    TimestampMicrosecondArray,
};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDateTime;
use onrecord_ledger::{
    DocumentRecord, EntityRecord, ExportRows, ExportTable, FigureRecord, Ledger, StatementRecord,
};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde::Serialize;

use super::Outcome;
use crate::cli::{ExportArgs, ExportFormat};

pub fn run(ledger: &dyn Ledger, args: ExportArgs) -> anyhow::Result<Outcome> {
    let tables = match &args.tables {
        Some(names) => names
            .iter()
            .map(|name| {
                ExportTable::parse(name).with_context(|| {
                    format!("--tables: unknown table {name:?} (statements, documents, entities, figures)")
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?,
        None => ExportTable::ALL.to_vec(),
    };
    export(ledger, &tables, args.format, &args.out)?;
    Ok(Outcome::Success)
}

/// Writes each table to `OUT/<table>.<ext>`, creating `OUT`; returns each file with its row count.
pub fn export(
    ledger: &dyn Ledger,
    tables: &[ExportTable],
    format: ExportFormat,
    out: &Path,
) -> anyhow::Result<Vec<(PathBuf, usize)>> {
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create the export directory {}", out.display()))?;
    let mut written = Vec::new();
    for &table in tables {
        let started = Instant::now();
        let extension = match format {
            ExportFormat::Parquet => "parquet",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
        };
        let path = out.join(format!("{}.{extension}", table.name()));
        let file =
            File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
        let mut sink: Box<dyn Sink> = match format {
            ExportFormat::Parquet => Box::new(ParquetSink::new(file, table)),
            ExportFormat::Jsonl => Box::new(JsonlSink(BufWriter::with_capacity(1 << 20, file))),
            ExportFormat::Csv => Box::new(CsvSink::new(file)),
        };
        let mut rows = 0;
        let mut failure: Option<anyhow::Error> = None;
        ledger
            .export(table, &mut |batch| {
                rows += batch.len();
                if let Err(error) = sink.write(batch) {
                    failure.get_or_insert(error);
                    return Err(onrecord_ledger::LedgerError::Corrupt(
                        "export aborted".into(),
                    ));
                }
                Ok(())
            })
            .map_err(|error| failure.take().unwrap_or_else(|| error.into()))?;
        sink.finish()
            .with_context(|| format!("cannot write {}", path.display()))?;
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        eprintln!(
            "{}: {rows} rows → {} ({:.1} MB) in {:.2} s",
            table.name(),
            path.display(),
            bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
        written.push((path, rows));
    }
    Ok(written)
}

trait Sink {
    fn write(&mut self, rows: ExportRows) -> anyhow::Result<()>;
    fn finish(self: Box<Self>) -> anyhow::Result<()>;
}

struct ParquetSink {
    file: Option<File>,
    writer: Option<ArrowWriter<File>>,
    table: ExportTable,
}

impl ParquetSink {
    fn new(file: File, table: ExportTable) -> ParquetSink {
        ParquetSink {
            file: Some(file),
            writer: None,
            table,
        }
    }
}

impl Sink for ParquetSink {
    fn write(&mut self, rows: ExportRows) -> anyhow::Result<()> {
        let batch = record_batch(&rows)?;
        if self.writer.is_none() {
            let properties = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_max_row_group_size(1 << 20)
                .build();
            let file = self.file.take().context("parquet file already closed")?;
            self.writer = Some(ArrowWriter::try_new(
                file,
                batch.schema(),
                Some(properties),
            )?);
        }
        if let Some(writer) = &mut self.writer {
            writer.write(&batch)?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        if self.writer.is_none() {
            // No rows: still a valid file with the table's columns.
            let empty = match self.table {
                ExportTable::Statements => ExportRows::Statements(Vec::new()),
                ExportTable::Documents => ExportRows::Documents(Vec::new()),
                ExportTable::Entities => ExportRows::Entities(Vec::new()),
                ExportTable::Figures => ExportRows::Figures(Vec::new()),
            };
            self.write(empty)?;
        }
        if let Some(writer) = self.writer.take() {
            writer.close()?;
        }
        Ok(())
    }
}

struct JsonlSink(BufWriter<File>);

impl Sink for JsonlSink {
    fn write(&mut self, rows: ExportRows) -> anyhow::Result<()> {
        fn lines<T: Serialize>(out: &mut BufWriter<File>, rows: &[T]) -> anyhow::Result<()> {
            for row in rows {
                serde_json::to_writer(&mut *out, row)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
        match &rows {
            ExportRows::Statements(rows) => lines(&mut self.0, rows),
            ExportRows::Documents(rows) => lines(&mut self.0, rows),
            ExportRows::Entities(rows) => lines(&mut self.0, rows),
            ExportRows::Figures(rows) => lines(&mut self.0, rows),
        }
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.0.flush()?;
        Ok(())
    }
}

struct CsvSink(csv::Writer<BufWriter<File>>);

impl CsvSink {
    fn new(file: File) -> CsvSink {
        CsvSink(csv::Writer::from_writer(BufWriter::with_capacity(
            1 << 20,
            file,
        )))
    }
}

/// An entity as a CSV row: its aliases joined with `; `.
#[derive(Serialize)]
struct EntityCsv<'a> {
    id: i64,
    name: &'a str,
    kind: &'a str,
    statements: i64,
    aliases: String,
    first: Option<String>,
    last: Option<String>,
}

impl Sink for CsvSink {
    fn write(&mut self, rows: ExportRows) -> anyhow::Result<()> {
        match &rows {
            ExportRows::Statements(rows) => rows.iter().try_for_each(|r| self.0.serialize(r))?,
            ExportRows::Documents(rows) => rows.iter().try_for_each(|r| self.0.serialize(r))?,
            ExportRows::Figures(rows) => rows.iter().try_for_each(|r| self.0.serialize(r))?,
            ExportRows::Entities(rows) => rows.iter().try_for_each(|r| {
                self.0.serialize(EntityCsv {
                    id: r.id,
                    name: &r.name,
                    kind: &r.kind,
                    statements: r.statements,
                    aliases: r.aliases.join("; "),
                    first: r.first.map(iso),
                    last: r.last.map(iso),
                })
            })?,
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.0.flush()?;
        Ok(())
    }
}

fn iso(date: NaiveDateTime) -> String {
    date.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// Columns under construction: a schema field and an array each.
#[derive(Default)]
struct Columns {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

impl Columns {
    fn push(&mut self, name: &str, nullable: bool, array: ArrayRef) {
        self.fields
            .push(Field::new(name, array.data_type().clone(), nullable));
        self.arrays.push(array);
    }

    fn int(&mut self, name: &str, values: impl Iterator<Item = i64>) {
        self.push(name, false, Arc::new(Int64Array::from_iter_values(values)));
    }

    fn opt_int(&mut self, name: &str, values: impl Iterator<Item = Option<i64>>) {
        self.push(name, true, Arc::new(Int64Array::from_iter(values)));
    }

    fn float(&mut self, name: &str, values: impl Iterator<Item = f64>) {
        self.push(
            name,
            false,
            Arc::new(Float64Array::from_iter_values(values)),
        );
    }

    fn opt_float(&mut self, name: &str, values: impl Iterator<Item = Option<f64>>) {
        self.push(name, true, Arc::new(Float64Array::from_iter(values)));
    }

    fn boolean(&mut self, name: &str, values: impl Iterator<Item = bool>) {
        self.push(
            name,
            false,
            Arc::new(BooleanArray::from(values.collect::<Vec<_>>())),
        );
    }

    fn text<'a>(&mut self, name: &str, values: impl Iterator<Item = &'a str>) {
        self.push(name, false, Arc::new(StringArray::from_iter_values(values)));
    }

    fn opt_text<'a>(&mut self, name: &str, values: impl Iterator<Item = Option<&'a str>>) {
        self.push(name, true, Arc::new(StringArray::from_iter(values)));
    }

    fn time(&mut self, name: &str, values: impl Iterator<Item = Option<NaiveDateTime>>) {
        let array = TimestampMicrosecondArray::from_iter(
            values.map(|v| v.map(|d| d.and_utc().timestamp_micros())),
        )
        .with_timezone("UTC");
        self.push(name, true, Arc::new(array));
    }

    fn text_list<'a>(&mut self, name: &str, values: impl Iterator<Item = &'a [String]>) {
        let mut builder = ListBuilder::new(StringBuilder::new()).with_field(Arc::new(Field::new(
            "item",
            DataType::Utf8,
            false,
        )));
        for list in values {
            for item in list {
                builder.values().append_value(item);
            }
            builder.append(true);
        }
        self.push(name, false, Arc::new(builder.finish()));
    }

    fn finish(self) -> anyhow::Result<RecordBatch> {
        Ok(RecordBatch::try_new(
            Arc::new(Schema::new(self.fields)),
            self.arrays,
        )?)
    }
}

/// Builds one Arrow record batch from a batch of exported rows.
pub fn record_batch(rows: &ExportRows) -> anyhow::Result<RecordBatch> {
    let mut c = Columns::default();
    match rows {
        ExportRows::Statements(rows) => statements(&mut c, rows),
        ExportRows::Documents(rows) => documents(&mut c, rows),
        ExportRows::Entities(rows) => entities(&mut c, rows),
        ExportRows::Figures(rows) => figures(&mut c, rows),
    }
    c.finish()
}

fn statements(c: &mut Columns, rows: &[StatementRecord]) {
    c.int("id", rows.iter().map(|r| r.id));
    c.text("document_id", rows.iter().map(|r| r.document_id.as_str()));
    c.int("seq", rows.iter().map(|r| r.seq));
    c.text("kind", rows.iter().map(|r| r.kind.as_str()));
    c.text("content", rows.iter().map(|r| r.content.as_str()));
    c.int("start", rows.iter().map(|r| r.start));
    c.int("end", rows.iter().map(|r| r.end));
    c.opt_int("speaker_id", rows.iter().map(|r| r.speaker_id));
    c.opt_text("speaker", rows.iter().map(|r| r.speaker.as_deref()));
    c.opt_text(
        "speaker_kind",
        rows.iter().map(|r| r.speaker_kind.as_deref()),
    );
    c.opt_text("mention", rows.iter().map(|r| r.mention.as_deref()));
    c.opt_text("cue", rows.iter().map(|r| r.cue.as_deref()));
    c.boolean("hedged", rows.iter().map(|r| r.hedged));
    c.text("rule", rows.iter().map(|r| r.rule.as_str()));
    c.time("date", rows.iter().map(|r| r.date));
    c.time("said_at", rows.iter().map(|r| r.said_at));
    c.opt_text("source", rows.iter().map(|r| r.source.as_deref()));
    c.opt_text("url", rows.iter().map(|r| r.url.as_deref()));
    c.text("lang", rows.iter().map(|r| r.lang.as_str()));
}

fn documents(c: &mut Columns, rows: &[DocumentRecord]) {
    c.text("id", rows.iter().map(|r| r.id.as_str()));
    c.text("content_hash", rows.iter().map(|r| r.content_hash.as_str()));
    c.text("name", rows.iter().map(|r| r.name.as_str()));
    c.opt_text("source", rows.iter().map(|r| r.source.as_deref()));
    c.opt_text("url", rows.iter().map(|r| r.url.as_deref()));
    c.opt_text("title", rows.iter().map(|r| r.title.as_deref()));
    c.opt_text("author", rows.iter().map(|r| r.author.as_deref()));
    c.time("published", rows.iter().map(|r| r.published));
    c.text("lang", rows.iter().map(|r| r.lang.as_str()));
    c.opt_text(
        "reposted_from",
        rows.iter().map(|r| r.reposted_from.as_deref()),
    );
    c.opt_text("external_id", rows.iter().map(|r| r.external_id.as_deref()));
    c.opt_text(
        "near_copy_of",
        rows.iter().map(|r| r.near_copy_of.as_deref()),
    );
    c.opt_float("similarity", rows.iter().map(|r| r.similarity));
    c.int("statements", rows.iter().map(|r| r.statements));
    c.text("text", rows.iter().map(|r| r.text.as_str()));
}

fn entities(c: &mut Columns, rows: &[EntityRecord]) {
    c.int("id", rows.iter().map(|r| r.id));
    c.text("name", rows.iter().map(|r| r.name.as_str()));
    c.text("kind", rows.iter().map(|r| r.kind.as_str()));
    c.int("statements", rows.iter().map(|r| r.statements));
    c.text_list("aliases", rows.iter().map(|r| r.aliases.as_slice()));
    c.time("first", rows.iter().map(|r| r.first));
    c.time("last", rows.iter().map(|r| r.last));
}

fn figures(c: &mut Columns, rows: &[FigureRecord]) {
    c.int("id", rows.iter().map(|r| r.id));
    c.text("document_id", rows.iter().map(|r| r.document_id.as_str()));
    c.opt_int("statement_id", rows.iter().map(|r| r.statement_id));
    c.opt_int("speaker_id", rows.iter().map(|r| r.speaker_id));
    c.opt_text("speaker", rows.iter().map(|r| r.speaker.as_deref()));
    c.int("start", rows.iter().map(|r| r.start));
    c.int("end", rows.iter().map(|r| r.end));
    c.text("surface", rows.iter().map(|r| r.surface.as_str()));
    c.float("low", rows.iter().map(|r| r.low));
    c.float("high", rows.iter().map(|r| r.high));
    c.text("unit", rows.iter().map(|r| r.unit.as_str()));
    c.boolean("approx", rows.iter().map(|r| r.approx));
    c.text("bound", rows.iter().map(|r| r.bound.as_str()));
    c.opt_text("counted", rows.iter().map(|r| r.counted.as_deref()));
    c.time("published", rows.iter().map(|r| r.published));
    c.opt_text("source", rows.iter().map(|r| r.source.as_deref()));
}
