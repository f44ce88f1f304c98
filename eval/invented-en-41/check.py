#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-41 (rules: /work/shared/eval/FORMAT.md).
Exits 1 on any error. Standard library only. CC0 1.0."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”‘’«»„"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for fn in sorted(os.listdir(DOCS)):
    if fn.endswith(".txt"):
        doc = fn[:-4]
        raw = open(os.path.join(DOCS, fn), "rb").read()
        if b"\r" in raw:
            err(f"{doc}: CR line ends")
        try:
            texts[doc] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        if not re.fullmatch(r"e\d\d", doc):
            err(f"{doc}: unexpected document id")
        mp = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
        else:
            try:
                meta = json.load(open(mp, encoding="utf-8"))
                if set(meta) != {"published", "lang"}:
                    err(f"{doc}: meta keys {sorted(meta)}")
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(meta.get("published"))):
                    err(f"{doc}: bad published date")
                if meta.get("lang") != "en":
                    err(f"{doc}: lang is not en")
            except json.JSONDecodeError as e:
                err(f"{doc}: meta.json not JSON ({e})")
    elif fn.endswith(".meta.json"):
        if not os.path.exists(os.path.join(DOCS, fn[:-10] + ".txt")):
            err(f"{fn}: meta without text")
if len(texts) != 24:
    err(f"expected 24 documents, found {len(texts)}")

spans, groups, n_stmt, n_ns, ns_seen = set(), defaultdict(list), 0, 0, set()
docs_with_lines = set()
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    where = f"gold.jsonl:{n}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"{where}: not JSON ({e})")
        continue
    doc = row.get("doc")
    if doc not in texts:
        err(f"{where}: unknown doc {doc!r}")
        continue
    docs_with_lines.add(doc)
    text = texts[doc]
    if "not_statement" in row:
        n_ns += 1
        if set(row) != {"doc", "not_statement"}:
            err(f"{where}: not_statement line has extra keys")
        ns = row["not_statement"]
        if not isinstance(ns, str) or not ns or ns not in text:
            err(f"{where}: not_statement span not in text: {ns!r}")
        if (doc, ns) in ns_seen:
            err(f"{where}: duplicate not_statement")
        ns_seen.add((doc, ns))
        continue
    n_stmt += 1
    missing = STMT_KEYS - set(row)
    extra = set(row) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
        continue
    kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
    if kind not in KINDS:
        err(f"{where}: bad kind {kind!r}")
    if not isinstance(content, str) or not content.strip() or content != content.strip():
        err(f"{where}: empty content or surrounding whitespace")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"{where}: bad offsets {s}-{e}")
    elif text[s:e] != content:
        err(f"{where}: text[start:end] != content ({text[s:e]!r} vs {content!r})")
    has_q = any(c in QUOTES for c in content)
    if kind == "indirect" and has_q:
        err(f"{where}: indirect content contains quotation marks")
    if kind == "mixed" and not has_q:
        err(f"{where}: mixed content has no quotation marks")
    if kind == "direct" and content[0] in "\"“‘«" and content[-1] in "\"”’»":
        err(f"{where}: direct content keeps its enclosing quotation marks")
    if kind == "indirect" and re.match(r"that\b", content):
        err(f"{where}: indirect content starts with the complementiser 'that'")
    if not isinstance(row["optional"], bool):
        err(f"{where}: optional is not a bool")
    if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
        err(f"{where}: cue must be a non-empty string or null")
    spk = row["speaker"]
    if spk is not None:
        if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker shape")
        else:
            if not spk["text"] or spk["text"] not in text:
                err(f"{where}: speaker mention not in text: {spk['text']!r}")
            if not spk["name"]:
                err(f"{where}: speaker name empty")
            if not isinstance(spk["anonymous"], bool):
                err(f"{where}: anonymous is not a bool")
    elif not row["optional"]:
        err(f"{where}: null speaker on a scored line")
    key = (doc, s, e)
    if key in spans:
        err(f"{where}: duplicate span {key}")
    spans.add(key)
    if "group" in row:
        groups[(doc, row["group"])].append((n, row))

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    first = rows[0][1]
    for n, r in rows[1:]:
        for k in ("kind", "optional", "cue"):
            if r[k] != first[k]:
                err(f"{doc} group {g}: {k} differs between pieces (line {n})")
        if (r["speaker"] or {}).get("name") != (first["speaker"] or {}).get("name"):
            err(f"{doc} group {g}: speaker differs between pieces (line {n})")
    ordered = sorted(r["start"] for _, r in rows)
    if [r["start"] for _, r in rows] != ordered:
        err(f"{doc} group {g}: pieces not in text order")
    for (_, a), (_, b) in zip(rows, rows[1:]):
        if b["start"] < a["end"]:
            err(f"{doc} group {g}: pieces overlap")

for doc in texts:
    if doc not in docs_with_lines:
        err(f"{doc}: no gold lines")

for m in errors:
    print("ERROR", m)
print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)
