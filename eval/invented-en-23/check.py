#!/usr/bin/env python3
"""Validate gold.jsonl against docs/*.txt for this corpus (standard library only)."""
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
FIELDS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(n, msg):
    errors.append(f"gold line {n}: {msg}")


docs = {}
ddir = os.path.join(ROOT, "docs")
for f in sorted(os.listdir(ddir)):
    if f.endswith(".txt"):
        raw = open(os.path.join(ddir, f), "rb").read()
        if b"\r" in raw:
            errors.append(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
        meta = json.load(open(os.path.join(ddir, f[:-4] + ".meta.json"), encoding="utf-8"))
        if set(meta) != {"published", "lang"} or meta["lang"] != "en" or len(meta["published"]) != 10:
            errors.append(f"{f}: bad meta {meta}")

groups = {}
seen_docs = set()
n_stmt = n_ns = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        doc = row.get("doc")
        if doc not in docs:
            err(n, f"unknown doc {doc!r}")
            continue
        seen_docs.add(doc)
        text = docs[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(n, "not_statement line with extra fields")
            if row["not_statement"] not in text:
                err(n, f"not_statement {row['not_statement']!r} not in text")
            continue
        n_stmt += 1
        missing = FIELDS - set(row)
        extra = set(row) - FIELDS - {"group"}
        if missing or extra:
            err(n, f"missing {missing} extra {extra}")
            continue
        if row["kind"] not in KINDS:
            err(n, f"bad kind {row['kind']}")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(n, "bad offsets")
        elif text[s:e] != c:
            err(n, f"text[{s}:{e}]={text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(n, "content has outer whitespace")
        q = any(m in c for m in '"“”«»')
        if row["kind"] == "mixed" and not q:
            err(n, "mixed without a quoted fragment")
        if row["kind"] == "indirect" and q and row.get("group") is None:
            err(n, "indirect containing quotation marks")
        if row["kind"] == "direct":
            before = text[max(0, s - 1):s]
            if before not in ('"', '“', "‘", "'", "\n", " ") and row.get("group") is None:
                err(n, f"direct not preceded by an opening mark or block start: {before!r}")
        sp = row["speaker"]
        if not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"}
                and isinstance(sp["anonymous"], bool) and sp["text"] and sp["name"]):
            err(n, f"bad speaker {sp}")
        if not isinstance(row["optional"], bool):
            err(n, "optional not bool")
        if row["cue"] is not None and not isinstance(row["cue"], str):
            err(n, "cue not str/null")
        if "group" in row:
            groups.setdefault((doc, row["group"]), []).append((n, row))

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        errors.append(f"{doc} group {g}: only one piece")
    names = {r["speaker"]["name"] for _, r in rows}
    opts = {r["optional"] for _, r in rows}
    if len(names) != 1 or len(opts) != 1:
        errors.append(f"{doc} group {g}: pieces disagree on speaker/optional")
    starts = [r["start"] for _, r in rows]
    if starts != sorted(starts):
        errors.append(f"{doc} group {g}: pieces out of order")
    for (_, a), (_, b) in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            errors.append(f"{doc} group {g}: pieces overlap")

for d in docs:
    if d not in seen_docs:
        errors.append(f"{d}: no gold lines")

for e in errors:
    print(e)
print(f"{len(docs)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups, "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)
