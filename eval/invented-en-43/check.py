#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (run from this folder). Exits 1 on any error. CC0 1.0."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = set('"“”‘’«»„')
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for fn in sorted(os.listdir(DOCS)):
    if fn.endswith(".txt"):
        doc = fn[:-4]
        raw = open(os.path.join(DOCS, fn), "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        if "\r" in t:
            err(f"{doc}: CR line ends")
        texts[doc] = t
        mp = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: bad meta.json: {e}")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}: bad published date")
        if meta.get("lang") not in {"en", "ru", "uk"}:
            err(f"{doc}: bad lang")
if not texts:
    err("no documents")

spans = set()
groups = defaultdict(list)
nstmt = nns = 0
ns_seen = set()
docs_with_lines = set()
for ln, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    where = f"gold.jsonl:{ln}"
    if not line.strip():
        err(f"{where}: empty line")
        continue
    try:
        o = json.loads(line)
    except ValueError as e:
        err(f"{where}: bad JSON: {e}")
        continue
    doc = o.get("doc")
    if doc not in texts:
        err(f"{where}: unknown doc {doc!r}")
        continue
    text = texts[doc]
    docs_with_lines.add(doc)
    if "not_statement" in o:
        nns += 1
        if set(o) != {"doc", "not_statement"}:
            err(f"{where}: not_statement line has extra keys")
        ns = o["not_statement"]
        if not isinstance(ns, str) or not ns or ns not in text:
            err(f"{where}: not_statement not in text: {ns!r}")
        if (doc, ns) in ns_seen:
            err(f"{where}: duplicate not_statement")
        ns_seen.add((doc, ns))
        continue
    nstmt += 1
    missing = STMT_KEYS - set(o)
    extra = set(o) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
        continue
    kind, c, s, e = o["kind"], o["content"], o["start"], o["end"]
    if kind not in KINDS:
        err(f"{where}: bad kind {kind!r}")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        err(f"{where}: bad offsets")
        continue
    if text[s:e] != c:
        err(f"{where}: text[start:end] != content ({text[s:e]!r} vs {c!r})")
    if c != c.strip():
        err(f"{where}: content has outer whitespace")
    if kind == "mixed" and not (set(c) & QUOTES):
        err(f"{where}: mixed without quotation marks")
    if kind == "indirect" and (set(c) & QUOTES):
        err(f"{where}: indirect with quotation marks")
    if kind == "direct" and (c[0] in QUOTES and c[0] != "'"):
        err(f"{where}: direct content starts with its enclosing mark")
    if (doc, s, e) in spans:
        err(f"{where}: duplicate span")
    spans.add((doc, s, e))
    if not isinstance(o["optional"], bool):
        err(f"{where}: optional not bool")
    if o["cue"] is not None and (not isinstance(o["cue"], str) or not o["cue"]):
        err(f"{where}: bad cue")
    sp = o["speaker"]
    if sp is not None:
        if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker shape")
        else:
            if not sp["text"] or sp["text"] not in text:
                err(f"{where}: speaker mention not in text: {sp['text']!r}")
            if not isinstance(sp["name"], str) or not sp["name"]:
                err(f"{where}: empty speaker name")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: anonymous not bool")
    if "group" in o:
        groups[(doc, o["group"])].append((ln, o))

for (doc, g), items in groups.items():
    if len(items) < 2:
        err(f"{doc} group {g}: only one piece")
    items.sort(key=lambda x: x[1]["start"])
    names = {json.dumps(x[1]["speaker"], sort_keys=True) for x in items}
    if len(names) != 1:
        err(f"{doc} group {g}: pieces have different speakers")
    if len({x[1]["kind"] for x in items}) != 1 or len({x[1]["optional"] for x in items}) != 1:
        err(f"{doc} group {g}: pieces differ in kind/optional")
    for (_, a), (_, b) in zip(items, items[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")

for doc in texts:
    if doc not in docs_with_lines:
        err(f"{doc}: no gold lines")

for m in errors:
    print("ERROR", m)
print(f"{len(texts)} documents, {nstmt} statement lines, {nns} not_statement lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
