#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (offsets, fields, kinds, quote marks, speakers, duplicates, groups,
metadata). Prints every error; exits 1 if there is any."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
DQ = set('"“”«»„')          # double-type quotation marks
ANYQ = DQ | set("‘’'")     # mixed may also use single marks
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
            except ValueError as e:
                err(f"{doc}: bad meta.json: {e}")
                meta = {}
            if set(meta) != {"published", "lang"}:
                err(f"{doc}: meta keys {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(meta.get("published", ""))):
                err(f"{doc}: bad published date")
            if meta.get("lang") != "en":
                err(f"{doc}: lang is not en")
        n = len(texts[doc].split())
        if not 200 <= n <= 320:
            err(f"{doc}: {n} words (expected about 230-300)")

seen_spans, groups, docs_with_lines = set(), {}, set()
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        where = f"gold.jsonl:{ln}"
        try:
            row = json.loads(line)
        except ValueError as e:
            err(f"{where}: bad JSON: {e}")
            continue
        doc = row.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        docs_with_lines.add(doc)
        text = texts[doc]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"{where}: not_statement not found in text: {ns!r}")
            continue
        missing = STMT_KEYS - set(row)
        extra = set(row) - STMT_KEYS - {"group"}
        if missing or extra:
            err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if content != content.strip():
            err(f"{where}: content has surrounding whitespace")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s},{e}")
        elif text[s:e] != content:
            err(f"{where}: text[start:end] != content ({text[s:e][:40]!r} vs {content[:40]!r})")
        if kind == "indirect" and any(c in DQ for c in content):
            err(f"{where}: indirect content contains quotation marks")
        if kind == "mixed" and not any(c in ANYQ for c in content):
            err(f"{where}: mixed content has no quotation marks")
        if kind == "direct" and content[0] in DQ:
            err(f"{where}: direct content starts with its enclosing quotation mark")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional is not a boolean")
        if row["cue"] is not None and not (isinstance(row["cue"], str) and row["cue"].strip()):
            err(f"{where}: cue must be a non-empty string or null")
        spk = row["speaker"]
        if spk is None:
            if not row["optional"]:
                err(f"{where}: null speaker on a scored line")
        elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker object")
        else:
            if not spk["text"] or spk["text"] not in text:
                err(f"{where}: speaker mention not in text: {spk['text']!r}")
            if not isinstance(spk["name"], str) or not spk["name"].strip():
                err(f"{where}: empty speaker name")
            if not isinstance(spk["anonymous"], bool):
                err(f"{where}: anonymous is not a boolean")
        key = (doc, s, e)
        if key in seen_spans:
            err(f"{where}: duplicate span {key}")
        seen_spans.add(key)
        if "group" in row:
            g = groups.setdefault((doc, row["group"]), [])
            g.append((ln, row))

for (doc, gid), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {gid}: only one piece")
    first = pieces[0][1]
    for ln, r in pieces:
        if r["speaker"] != first["speaker"] or r["kind"] != first["kind"] or r["optional"] != first["optional"]:
            err(f"gold.jsonl:{ln}: group {gid} pieces disagree on speaker/kind/optional")
    starts = [r["start"] for _, r in pieces]
    if starts != sorted(starts):
        err(f"{doc} group {gid}: pieces not in text order")
    for (_, a), (_, b) in zip(pieces, pieces[1:]):
        if b["start"] < a["end"]:
            err(f"{doc} group {gid}: pieces overlap")

for doc in texts:
    if doc not in docs_with_lines:
        err(f"{doc}: no gold lines")

for m in errors:
    print(m)
print(f"{len(texts)} documents, {len(seen_spans)} statement lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
