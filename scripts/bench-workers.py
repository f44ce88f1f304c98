#!/usr/bin/env python3
"""Ingest-queue throughput: the same generated documents ingested by 1 worker, then by 2 workers.

Starts its own throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh), generates DOCS documents
(news-like text built from the example corpus, about 2.5 kB each, every one unique) in files of 100,
and for each worker count: a fresh database, `onrecord enqueue`, then N `onrecord worker
--exit-when-empty` processes started together, timed from start to the last exit. Besides
documents per second it reports the measured per-document costs that docs/scaling.md builds on:
worker CPU, PostgreSQL server CPU (the postmaster's children), WAL bytes and on-disk bytes.

    cargo build --release -p onrecord-cli
    python3 scripts/bench-workers.py [--docs 6000] [--bin target/release/onrecord]

Needs Debian's postgresql package. Prints a Markdown table and a JSON line.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "pg-test-cluster.sh"


def corpus_bodies():
    bodies = []
    for path in sorted((ROOT / "examples" / "corpus").glob("*.txt")):
        text = path.read_text()
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        bodies.append(text.strip())
    return bodies


def generate(directory: Path, docs: int, per_file: int = 100):
    rng = random.Random(11)
    bodies = corpus_bodies()
    sources = ["Ridgeline Monitor", "Harbor Wire", "Courier", "Grey Zone Notes", "Meridian"]
    total_bytes = 0
    for start in range(0, docs, per_file):
        lines = []
        for n in range(start, min(docs, start + per_file)):
            text = f"Report {n}.\n\n" + "\n\n".join(rng.sample(bodies, 3))
            total_bytes += len(text.encode())
            lines.append(json.dumps({
                "text": text,
                "published": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}",
                "source": sources[n % len(sources)],
            }))
        (directory / f"docs-{start // per_file:05d}.jsonl").write_text("\n".join(lines) + "\n")
    return total_bytes


def psql(url, sql):
    return subprocess.run(["psql", "-Atq", url, "-c", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


def postmaster_cpu(cluster: Path) -> float:
    """CPU seconds of the server: the postmaster and every child it has reaped (exited backends)."""
    pid = int((cluster / "data" / "postmaster.pid").read_text().split()[0])
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(fields[i]) for i in (11, 12, 13, 14))
    live = 0
    for child in Path("/proc").iterdir():
        if not child.name.isdigit():
            continue
        try:
            stat = (child / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[1]) == pid:
            live += int(stat[11]) + int(stat[12])
    return (utime + stime + cutime + cstime + live) / os.sysconf("SC_CLK_TCK")


def run(binary, url, cluster, inputs, workers, docs):
    database = f"bench_{workers}_workers"
    psql(url, f"DROP DATABASE IF EXISTS {database}")
    psql(url, f"CREATE DATABASE {database}")
    db = url.replace("/postgres?", f"/{database}?")
    subprocess.run([binary, "--db", db, "enqueue", str(inputs)], check=True, capture_output=True)
    wal_before = psql(db, "SELECT pg_current_wal_lsn()")
    cpu_before = postmaster_cpu(cluster)
    started = time.monotonic()
    processes = [subprocess.Popen([binary, "--db", db, "worker", "--exit-when-empty", "--poll-ms", "20"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for _ in range(workers)]
    worker_cpu = 0.0
    for process in processes:
        _, status, usage = os.wait4(process.pid, 0)
        if status != 0:
            sys.exit(f"a worker failed with status {status}")
        worker_cpu += usage.ru_utime + usage.ru_stime
    seconds = time.monotonic() - started
    server_cpu = postmaster_cpu(cluster) - cpu_before
    wal = int(psql(db, f"SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '{wal_before}')"))
    stored = int(psql(db, "SELECT count(*) FROM documents"))
    statements = int(psql(db, "SELECT count(*) FROM statements"))
    facts = int(psql(db, "SELECT count(*) FROM facts"))
    if stored != docs:
        sys.exit(f"{workers} workers stored {stored} documents, expected {docs}")
    ledger_bytes = int(psql(db, "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'jobs'"))
    return {
        "workers": workers,
        "documents": stored,
        "statements": statements,
        "facts": facts,
        "seconds": round(seconds, 2),
        "documents_per_second": round(stored / seconds, 1),
        "worker_cpu_ms_per_document": round(1000 * worker_cpu / stored, 3),
        "server_cpu_ms_per_document": round(1000 * server_cpu / stored, 3),
        "wal_bytes_per_document": round(wal / stored),
        "ledger_bytes_per_document": round(ledger_bytes / stored),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=6000)
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "onrecord"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="onrecord-bench-"))
    cluster = Path(f"/tmp/onrecord-bench-pg-{os.getpid()}")
    try:
        inputs = work / "inputs"
        inputs.mkdir()
        size = generate(inputs, args.docs)
        url = subprocess.run(["bash", str(SCRIPT), "start", str(cluster)], check=True,
                             capture_output=True, text=True).stdout.strip()
        results = [run(args.bin, url, cluster, inputs, workers, args.docs) for workers in (1, 2)]
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(cluster)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.docs} documents, {size / args.docs / 1000:.1f} kB each, {os.cpu_count()} cores\n")
    keys = list(results[0].keys())
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for result in results:
        print("| " + " | ".join(str(result[k]) for k in keys) + " |")
    speedup = results[1]["documents_per_second"] / results[0]["documents_per_second"]
    print(f"\n2 workers / 1 worker: {speedup:.2f}x")
    print(json.dumps({"results": results, "speedup": round(speedup, 3)}))


if __name__ == "__main__":
    main()
