//! The ingest queue: a `jobs` table that any number of `onrecord worker` processes, on any number of
//! machines, pull from with `SELECT … FOR UPDATE SKIP LOCKED`.
//!
//! A job is one input file, its bytes stored in the row (so workers need no shared file system). A
//! worker *claims* a job by setting a lease (`lease_until`, by the database's clock, so machines'
//! clocks do not matter), renews the lease while it works, and finishes the job with its counts.
//! A worker that dies stops renewing; once its lease has run out another worker claims the job
//! again. Redoing a job duplicates nothing: documents are keyed by content hash and each one is
//! stored in its own transaction. Every update after the claim is fenced by `(worker, attempts)`, so
//! a worker that lost its lease cannot overwrite the state set by the one that took the job over.
//! A job whose workers died `max_attempts` times is marked failed rather than retried forever.
//! A finished job drops its bytes (they are in the ledger now); a failed one keeps them.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::PostgresLedger;
use crate::Result;

/// A job to add: one input's name (its path), detected or forced format, and its bytes.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub name: String,
    pub format: Option<String>,
    pub payload: Vec<u8>,
}

/// A claimed job.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub name: String,
    pub format: Option<String>,
    pub payload: Vec<u8>,
    /// Which attempt this is, from 1; with the worker's name it fences every later update.
    pub attempt: i32,
}

/// What processing a job did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobOutcome {
    pub documents: i64,
    pub new_documents: i64,
    pub statements: i64,
    /// Records that could not be read or extracted.
    pub errors: i64,
    /// The first errors' messages, one a line.
    pub error: Option<String>,
    /// True when the job as a whole failed (nothing in it could be stored).
    pub failed: bool,
}

/// One job as `onrecord jobs` shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct JobRow {
    pub id: i64,
    pub name: String,
    pub state: String,
    pub attempts: i32,
    pub worker: Option<String>,
    pub bytes: i64,
    pub documents: i64,
    pub new_documents: i64,
    pub statements: i64,
    pub errors: i64,
    pub error: Option<String>,
    pub enqueued_at: String,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
}

/// The queue at a glance.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct QueueSummary {
    pub queued: i64,
    pub running: i64,
    pub done: i64,
    pub failed: i64,
    pub documents: i64,
    pub new_documents: i64,
    pub statements: i64,
    pub errors: i64,
    /// Seconds from the first claim to the last finish.
    pub seconds: f64,
    /// Documents per second over that time.
    pub documents_per_second: f64,
}

fn timestamp(value: Option<DateTime<Utc>>) -> Option<String> {
    value.map(|v| v.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
}

impl PostgresLedger {
    /// Adds jobs, in one transaction; returns their ids.
    pub fn enqueue(&mut self, jobs: &[NewJob]) -> Result<Vec<i64>> {
        let connection = self.connection.get_mut();
        let mut tx = connection.client.transaction()?;
        let insert = tx.prepare(
            "INSERT INTO jobs (name, format, payload, bytes) VALUES ($1, $2, $3, $4) RETURNING id",
        )?;
        let mut ids = Vec::with_capacity(jobs.len());
        for job in jobs {
            let row = tx.query_one(
                &insert,
                &[
                    &job.name,
                    &job.format,
                    &job.payload,
                    &(job.payload.len() as i64),
                ],
            )?;
            ids.push(row.try_get(0)?);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Claims the oldest open job — queued, or running under a lease that has run out — for
    /// `worker`, with a lease of `lease`. Jobs that were already claimed `max_attempts` times and
    /// lost again are marked failed first. `None` when there is nothing to do.
    pub fn claim(&self, worker: &str, lease: Duration, max_attempts: i32) -> Result<Option<Job>> {
        let lease_ms = lease.as_millis() as i64;
        self.with_connection(|c| {
            c.client.execute(
                "UPDATE jobs SET state = 'failed', finished_at = now(),
                    error = concat_ws(E'\\n', error, 'gave up: ' || attempts || ' workers stopped (crashed or lost the database) while working on it')
                 WHERE state = 'running' AND lease_until < now() AND attempts >= $1",
                &[&max_attempts],
            )?;
            let claim = c.prepare(
                "WITH next AS (
                    SELECT id FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                    ORDER BY id
                    FOR UPDATE SKIP LOCKED
                    LIMIT 1)
                 UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = $1,
                    lease_until = now() + $2::bigint * interval '1 millisecond', started_at = now(),
                    finished_at = NULL
                 FROM next WHERE j.id = next.id
                 RETURNING j.id, j.name, j.format, j.payload, j.attempts",
            )?;
            match c.client.query_opt(&claim, &[&worker, &lease_ms])? {
                Some(row) => Ok(Some(Job {
                    id: row.try_get(0)?,
                    name: row.try_get(1)?,
                    format: row.try_get(2)?,
                    payload: row.try_get(3)?,
                    attempt: row.try_get(4)?,
                })),
                None => Ok(None),
            }
        })
    }

    /// Extends the lease on a job this worker holds; `false` when the job is no longer this
    /// worker's (the lease ran out and another worker took it over).
    pub fn renew(&self, job: &Job, worker: &str, lease: Duration) -> Result<bool> {
        let lease_ms = lease.as_millis() as i64;
        self.with_connection(|c| {
            let renew = c.prepare(
                "UPDATE jobs SET lease_until = now() + $4::bigint * interval '1 millisecond'
                 WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'",
            )?;
            Ok(c.client
                .execute(&renew, &[&job.id, &worker, &job.attempt, &lease_ms])?
                == 1)
        })
    }

    /// Records a job's outcome; `false` when the job was no longer this worker's.
    pub fn finish(&self, job: &Job, worker: &str, outcome: &JobOutcome) -> Result<bool> {
        let state = if outcome.failed { "failed" } else { "done" };
        self.with_connection(|c| {
            let finish = c.prepare(
                // A done job's bytes are in the ledger now; only a failed job keeps them, to retry.
                "UPDATE jobs SET state = $4, finished_at = now(), lease_until = NULL, documents = $5,
                    payload = CASE WHEN $4 = 'done' THEN ''::bytea ELSE payload END,
                    new_documents = $6, statements = $7, errors = $8, error = $9
                 WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'",
            )?;
            Ok(c.client.execute(
                &finish,
                &[
                    &job.id,
                    &worker,
                    &job.attempt,
                    &state,
                    &outcome.documents,
                    &outcome.new_documents,
                    &outcome.statements,
                    &outcome.errors,
                    &outcome.error,
                ],
            )? == 1)
        })
    }

    /// Counts by state and totals over finished jobs.
    pub fn queue_summary(&self) -> Result<QueueSummary> {
        self.with_connection(|c| {
            let row = c.client.query_one(
                "SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
                        count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed'),
                        coalesce(sum(documents), 0)::bigint, coalesce(sum(new_documents), 0)::bigint,
                        coalesce(sum(statements), 0)::bigint, coalesce(sum(errors), 0)::bigint,
                        coalesce(extract(epoch FROM max(finished_at) - min(started_at)), 0)::float8
                 FROM jobs",
                &[],
            )?;
            let seconds: f64 = row.try_get(8)?;
            let documents: i64 = row.try_get(4)?;
            Ok(QueueSummary {
                queued: row.try_get(0)?,
                running: row.try_get(1)?,
                done: row.try_get(2)?,
                failed: row.try_get(3)?,
                documents,
                new_documents: row.try_get(5)?,
                statements: row.try_get(6)?,
                errors: row.try_get(7)?,
                seconds,
                documents_per_second: if seconds > 0.0 {
                    documents as f64 / seconds
                } else {
                    0.0
                },
            })
        })
    }

    /// Jobs, unfinished and failed first, then the most recent; optionally only in one state.
    pub fn jobs(&self, state: Option<&str>, limit: usize) -> Result<Vec<JobRow>> {
        self.with_connection(|c| {
            let rows = c.client.query(
                "SELECT id, name, state, attempts, worker, bytes, documents, new_documents, statements,
                        errors, error, enqueued_at, started_at, finished_at
                 FROM jobs WHERE $1::text IS NULL OR state = $1
                 ORDER BY CASE state WHEN 'running' THEN 0 WHEN 'failed' THEN 1 WHEN 'queued' THEN 2 ELSE 3 END,
                          id DESC
                 LIMIT $2",
                &[&state, &(limit as i64)],
            )?;
            rows.iter()
                .map(|row| {
                    Ok(JobRow {
                        id: row.try_get(0)?,
                        name: row.try_get(1)?,
                        state: row.try_get(2)?,
                        attempts: row.try_get(3)?,
                        worker: row.try_get(4)?,
                        bytes: row.try_get(5)?,
                        documents: row.try_get(6)?,
                        new_documents: row.try_get(7)?,
                        statements: row.try_get(8)?,
                        errors: row.try_get(9)?,
                        error: row.try_get(10)?,
                        enqueued_at: timestamp(row.try_get(11)?).unwrap_or_default(),
                        started_at: timestamp(row.try_get(12)?),
                        finished_at: timestamp(row.try_get(13)?),
                    })
                })
                .collect()
        })
    }
}
