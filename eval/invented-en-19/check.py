#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, meta files."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”‘’«»'"
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        name = f[:-4]
        raw = open(os.path.join(DOCS, f), "rb").read()
        if b"\r" in raw:
            err(f"{name}: CR line ends")
        texts[name] = raw.decode("utf-8")
        mp = os.path.join(DOCS, name + ".meta.json")
        if not os.path.exists(mp):
            err(f"{name}: no meta.json")
        else:
            meta = json.load(open(mp, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")):
                err(f"{name}: bad published")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{name}: bad lang")

groups = defaultdict(list)
seen = set()
n_stmt = n_ns = 0
per_doc = defaultdict(int)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    row = json.loads(line)
    key = json.dumps(row, sort_keys=True)
    if key in seen:
        err(f"line {n}: duplicate")
    seen.add(key)
    doc = row.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = texts[doc]
    if "not_statement" in row:
        n_ns += 1
        if set(row) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields on not_statement")
        if row["not_statement"] not in text:
            err(f"line {n}: not_statement span not in text: {row['not_statement']!r}")
        continue
    n_stmt += 1
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    missing = need - set(row)
    if missing:
        err(f"line {n}: missing {missing}")
        continue
    extra = set(row) - need - {"group"}
    if extra:
        err(f"line {n}: unknown fields {extra}")
    if row["kind"] not in KINDS:
        err(f"line {n}: bad kind {row['kind']}")
    c, s, e = row["content"], row["start"], row["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s},{e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    if row["kind"] == "direct" and c[0] in "\"“«" and c[-1] in "\"”»":
        err(f"line {n}: direct content keeps its enclosing quotation mark")
    if row["kind"] == "mixed" and not any(q in c for q in "\"“”‘’«»"):
        if "group" not in row:
            err(f"line {n}: mixed without a quoted fragment")
    sp = row["speaker"]
    if sp is not None:
        if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"line {n}: bad speaker {sp}")
        elif not isinstance(sp["anonymous"], bool) or not sp["name"] or not sp["text"]:
            err(f"line {n}: bad speaker values {sp}")
        elif sp["text"] not in text:
            err(f"line {n}: speaker.text not in document: {sp['text']!r}")
    if row["cue"] is not None and not isinstance(row["cue"], str):
        err(f"line {n}: bad cue")
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    if "group" in row:
        groups[(doc, row["group"])].append(row)
    if not row["optional"]:
        per_doc[doc] += 1

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    rows = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
    for key in ("kind", "optional", "cue"):
        if len({json.dumps(r[key]) for r in rows}) != 1:
            err(f"{doc} group {g}: pieces differ in {key}")
    if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
        err(f"{doc} group {g}: pieces differ in speaker")

for doc in texts:
    if doc not in per_doc:
        err(f"{doc}: no scored statement")

for e in errors:
    print("ERROR", e)
print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups: "
      f"{'OK' if not errors else str(len(errors)) + ' errors'}")
sys.exit(1 if errors else 0)
