#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (run from this folder or give the folder as argument).

Checks: metadata shape; UTF-8, LF-only documents; every gold line has the required fields with the
right types; kind is direct/indirect/mixed; text[start:end] == content; mixed contains quotation
marks and indirect contains none; speaker mention occurs in the document; no duplicate spans;
group pieces consistent; not_statement spans occur in their document.  Exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DQ = set('"“”«»„‘')  # quotation marks (ASCII/curly apostrophe ' ’ excluded: it is also an apostrophe)
errors = []


def err(msg):
    errors.append(msg)


docs = {}
docs_dir = os.path.join(ROOT, "docs")
for f in sorted(os.listdir(docs_dir)):
    if f.endswith(".txt"):
        doc = f[:-4]
        raw = open(os.path.join(docs_dir, f), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        if "\r" in text:
            err(f"{doc}: contains CR characters")
        docs[doc] = text
        mp = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc}: meta not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)} != ['lang', 'published']")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("en", "ru", "uk"):
            err(f"{doc}: bad lang {meta.get('lang')!r}")
for f in os.listdir(docs_dir):
    if f.endswith(".meta.json") and f[:-10] not in docs:
        err(f"{f}: meta without document")

REQ = {"doc": str, "kind": str, "content": str, "start": int, "end": int, "speaker": dict, "optional": bool}
spans = set()
groups = defaultdict(list)
n_stmt = n_ns = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: not JSON ({e})")
            continue
        doc = row.get("doc")
        if doc not in docs:
            err(f"line {ln}: unknown doc {doc!r}")
            continue
        text = docs[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"line {ln}: not_statement line has extra keys {sorted(row)}")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"line {ln}: not_statement {ns!r} not found in {doc}")
            continue
        n_stmt += 1
        for k, t in REQ.items():
            if not isinstance(row.get(k), t):
                err(f"line {ln}: field {k!r} missing or not {t.__name__}")
        if "cue" not in row or not (row["cue"] is None or isinstance(row["cue"], str)):
            err(f"line {ln}: cue must be present, string or null")
        extra = set(row) - set(REQ) - {"cue", "group"}
        if extra:
            err(f"line {ln}: unexpected keys {sorted(extra)}")
        if errors and errors[-1].startswith(f"line {ln}:"):
            continue
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in ("direct", "indirect", "mixed"):
            err(f"line {ln}: bad kind {kind!r}")
        if not (0 <= s < e <= len(text)) or text[s:e] != content:
            err(f"line {ln}: {doc}[{s}:{e}] != content {content[:60]!r}")
        if content != content.strip():
            err(f"line {ln}: content has leading/trailing whitespace")
        has_q = any(c in DQ for c in content)
        if kind == "mixed" and not has_q:
            err(f"line {ln}: mixed without quotation marks")
        if kind == "indirect" and has_q:
            err(f"line {ln}: indirect with quotation marks")
        sp = row["speaker"]
        if set(sp) != {"text", "name", "anonymous"}:
            err(f"line {ln}: speaker keys {sorted(sp)}")
        elif not (isinstance(sp["text"], str) and sp["text"] and isinstance(sp["name"], str) and sp["name"]
                  and isinstance(sp["anonymous"], bool)):
            err(f"line {ln}: speaker fields must be non-empty strings and a bool")
        elif sp["text"] not in text:
            err(f"line {ln}: speaker mention {sp['text']!r} not in {doc}")
        key = (doc, s, e)
        if key in spans:
            err(f"line {ln}: duplicate span {key}")
        spans.add(key)
        if "group" in row:
            if not isinstance(row["group"], str) or not row["group"]:
                err(f"line {ln}: group must be a non-empty string")
            else:
                groups[(doc, row["group"])].append((ln, row))

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    rows = [r for _, r in pieces]
    if len({r["kind"] for r in rows}) != 1 or len({r["speaker"]["name"] for r in rows}) != 1 \
            or len({r["optional"] for r in rows}) != 1:
        err(f"{doc} group {g}: pieces differ in kind, speaker or optional")
    rows.sort(key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
        elif len(docs[doc][a["end"]:b["start"]]) > 200:
            err(f"{doc} group {g}: pieces more than 200 characters apart")

for m in errors:
    print("ERROR:", m)
print(f"check.py: {len(docs)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
