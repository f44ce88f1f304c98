#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-40. Exits 1 on any error. Standard library only."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = set('"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e')
STATEMENT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


# ---- documents and metadata
texts = {}
for fn in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, fn)
    if fn.endswith(".txt"):
        raw = open(path, "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{fn}: not UTF-8 ({e})")
            continue
        if "\r" in t:
            err(f"{fn}: contains CR (line ends must be LF)")
        texts[fn[:-4]] = t
for doc in texts:
    if not re.fullmatch(r"e\d\d", doc):
        err(f"{doc}: unexpected document id")
    mp = os.path.join(DOCS, doc + ".meta.json")
    if not os.path.exists(mp):
        err(f"{doc}: missing meta.json")
        continue
    try:
        meta = json.load(open(mp, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{doc}.meta.json: not JSON ({e})")
        continue
    if set(meta) != {"published", "lang"}:
        err(f"{doc}.meta.json: keys must be published, lang (got {sorted(meta)})")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(meta.get("published", ""))):
        err(f"{doc}.meta.json: bad published date")
    if meta.get("lang") != "en":
        err(f"{doc}.meta.json: lang must be en")
expected = {f"e{i:02d}" for i in range(1, 25)}
if set(texts) != expected:
    err(f"documents: expected e01..e24, got {sorted(texts)}")

# ---- gold lines
seen_spans, groups = set(), defaultdict(list)
n_stat = n_not = 0
docs_with_statements = set()
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        where = f"gold.jsonl:{n}"
        if not line.strip():
            err(f"{where}: empty line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: not JSON ({e})")
            continue
        doc = row.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            n_not += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(row)}")
            span = row["not_statement"]
            if not isinstance(span, str) or not span.strip() or span not in text:
                err(f"{where}: not_statement span not found in {doc}: {span!r}")
            continue
        n_stat += 1
        missing = STATEMENT_KEYS - set(row)
        if missing:
            err(f"{where}: missing fields {sorted(missing)}")
            continue
        extra = set(row) - STATEMENT_KEYS - {"group"}
        if extra:
            err(f"{where}: unexpected fields {sorted(extra)}")
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if content != content.strip():
            err(f"{where}: content has leading/trailing whitespace")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}..{e}")
        elif text[s:e] != content:
            err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {content[:60]!r}")
        if kind == "mixed" and not (set(content) & QUOTES):
            err(f"{where}: mixed content has no quotation marks")
        if kind == "indirect" and (set(content) & QUOTES):
            err(f"{where}: indirect content contains quotation marks")
        if kind == "direct" and isinstance(s, int) and 0 < s and text[s - 1] not in QUOTES | {"\n", " ", "'"}:
            err(f"{where}: direct content does not start after a quotation mark, space or line break")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional must be true/false")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
            err(f"{where}: cue must be a non-empty string or null")
        elif row["cue"] is not None and row["cue"].lower() not in text.lower():
            err(f"{where}: cue {row['cue']!r} not found in {doc}")
        spk = row["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have exactly text, name, anonymous")
            else:
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be a bool")
                if not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker mention {spk['text']!r} not found in {doc}")
                if not spk["name"]:
                    err(f"{where}: empty speaker.name")
        key = (doc, s, e)
        if key in seen_spans:
            err(f"{where}: duplicate span {key}")
        seen_spans.add(key)
        docs_with_statements.add(doc)
        if "group" in row:
            groups[(doc, str(row["group"]))].append((n, row))

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    names = {json.dumps(p["speaker"], sort_keys=True) for _, p in pieces}
    if len(names) != 1:
        err(f"{doc} group {g}: pieces have different speakers")
    if len({p["optional"] for _, p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in optional")
    spans = sorted((p["start"], p["end"]) for _, p in pieces)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            err(f"{doc} group {g}: pieces overlap")
        elif len(texts[doc][b1:a2]) > 200:
            err(f"{doc} group {g}: pieces too far apart")

for doc in texts:
    if doc not in docs_with_statements:
        err(f"{doc}: no statements")

for m in errors:
    print("ERROR", m)
print(f"check.py: {len(texts)} documents, {n_stat} statement lines, {n_not} not_statement lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
