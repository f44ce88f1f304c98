#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-30. Exits 1 on any error. Standard library only."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
DQ = '"“”«»„'
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
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{fn}: not UTF-8 ({e})")
            continue
        if "\r" in text:
            err(f"{fn}: CR line ends")
        texts[doc] = text
        mp = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc}.meta.json: not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}.meta.json: keys {sorted(meta)} (want published, lang)")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}.meta.json: bad published {meta.get('published')!r}")
        if meta.get("lang") != "en":
            err(f"{doc}.meta.json: lang must be 'en'")

if not texts:
    err("no documents in docs/")

spans = defaultdict(set)
groups = defaultdict(list)
docs_with_lines = set()
n_stmt = n_ns = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
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
        text = texts[doc]
        docs_with_lines.add(doc)
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(row)}")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"{where}: not_statement {ns!r} not found in {doc}")
            continue
        n_stmt += 1
        missing = STMT_KEYS - set(row)
        extra = set(row) - STMT_KEYS - {"group"}
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
            continue
        if extra:
            err(f"{where}: unexpected keys {sorted(extra)}")
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}, {e}")
            continue
        if text[s:e] != content:
            err(f"{where}: text[{s}:{e}] = {text[s:e][:50]!r} != content {content[:50]!r}")
        if content != content.strip():
            err(f"{where}: content has leading/trailing whitespace")
        if kind == "mixed" and not any(c in content for c in DQ):
            err(f"{where}: mixed content has no quotation marks")
        if kind == "indirect" and any(c in content for c in DQ):
            err(f"{where}: indirect content contains quotation marks")
        if kind == "direct" and content[0] in DQ:
            err(f"{where}: direct content starts with a quotation mark")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional must be a bool")
        cue = row["cue"]
        if cue is not None and (not isinstance(cue, str) or not cue.strip()):
            err(f"{where}: cue must be a non-empty string or null")
        spk = row["speaker"]
        if spk is None:
            if not row["optional"]:
                err(f"{where}: null speaker on a scored line")
        elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
            err(f"{where}: speaker must have text, name, anonymous")
        else:
            if not isinstance(spk["anonymous"], bool):
                err(f"{where}: speaker.anonymous must be a bool")
            if not spk["text"] or spk["text"] not in text:
                err(f"{where}: speaker mention {spk['text']!r} not in {doc}")
            if not spk["name"]:
                err(f"{where}: empty speaker.name")
        if (s, e) in spans[doc]:
            err(f"{where}: duplicate span {s}-{e} in {doc}")
        spans[doc].add((s, e))
        if "group" in row:
            groups[(doc, row["group"])].append((s, e, kind, json.dumps(spk, sort_keys=True),
                                                row["optional"], where))

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    pieces.sort()
    if len({p[2] for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in kind")
    if len({p[3] for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in speaker")
    if len({p[4] for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in optional")
    for a, b in zip(pieces, pieces[1:]):
        if b[0] < a[1]:
            err(f"{doc} group {g}: pieces overlap")

for doc in texts:
    if doc not in docs_with_lines:
        err(f"{doc}: no gold lines")

for m in errors:
    print("ERROR:", m)
print(f"checked {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines: "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)
