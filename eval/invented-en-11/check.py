#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, meta files."""
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    path = os.path.join(ROOT, "docs", f)
    raw = open(path, "rb").read()
    if f.endswith(".txt"):
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
    elif f.endswith(".meta.json"):
        m = json.loads(raw.decode("utf-8"))
        if m.get("lang") != "en" or len(m.get("published", "")) != 10:
            err(f"{f}: bad meta {m}")
    else:
        err(f"unexpected file {f}")
for d in docs:
    if not os.path.exists(os.path.join(ROOT, "docs", d + ".meta.json")):
        err(f"{d}: no meta")

groups = defaultdict(list)
seen_spans = set()
n_stmt = n_ns = 0
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row.get("doc")
    if doc not in docs:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = docs[doc]
    if "not_statement" in row:
        n_ns += 1
        if set(row) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields on not_statement")
        if row["not_statement"] not in text:
            err(f"line {n}: not_statement span not in text")
        continue
    n_stmt += 1
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(row) or set(row) - need - {"group"}:
        err(f"line {n}: fields {sorted(row)}")
        continue
    if row["kind"] not in KINDS:
        err(f"line {n}: kind {row['kind']}")
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    s, e = row["start"], row["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets")
    elif text[s:e] != row["content"]:
        err(f"line {n}: text[{s}:{e}]={text[s:e]!r} != content {row['content']!r}")
    c = row["content"]
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    if (doc, s, e) in seen_spans:
        err(f"line {n}: duplicate span")
    seen_spans.add((doc, s, e))
    has_q = any(q in c for q in '"“”‘’«»') or "'" in c.replace("’", "")
    if row["kind"] == "mixed" and not any(q in c for q in '"“”«»'):
        err(f"line {n}: mixed without quotation marks")
    if row["kind"] == "indirect" and any(q in c for q in '"“”«»'):
        err(f"line {n}: indirect with quotation marks")
    sp = row["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not sp["name"] or not isinstance(sp["anonymous"], bool):
            err(f"line {n}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"line {n}: speaker text not in document: {sp['text']!r}")
    if row["cue"] is not None and not isinstance(row["cue"], str):
        err(f"line {n}: cue not string/null")
    if "group" in row:
        groups[(doc, row["group"])].append((n, row))

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    names = {r["speaker"]["name"] if r["speaker"] else None for _, r in rows}
    if len(names) != 1:
        err(f"{doc} group {g}: speakers differ {names}")
    if len({r["optional"] for _, r in rows}) != 1:
        err(f"{doc} group {g}: optional differs")
    spans = sorted((r["start"], r["end"]) for _, r in rows)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            err(f"{doc} group {g}: pieces overlap")

print(f"{len(docs)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups")
if errors:
    print(f"{len(errors)} errors:")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK: 0 errors")
