#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-52. Exit 1 on any error. Standard library only.

    python3 check.py [CORPUS_DIR]
"""
import datetime
import json
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = '"“”«»„'
# a quoted segment: straight, curly double, guillemets, or curly single quotes
SEGMENT = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»|‘([^’]+)’')
errors = []


def err(msg):
    errors.append(msg)


def has_quote(s):
    return any(c in s for c in QUOTES) or "‘" in s


docs_dir = os.path.join(ROOT, "docs")
texts = {}
for fn in sorted(os.listdir(docs_dir)):
    path = os.path.join(docs_dir, fn)
    if fn.endswith(".txt"):
        raw = open(path, "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{fn}: not UTF-8 ({e})")
            continue
        if "\r" in t:
            err(f"{fn}: CR line ends")
        if t.startswith("\ufeff"):
            err(f"{fn}: BOM")
        texts[fn[:-4]] = t
for doc in texts:
    mp = os.path.join(docs_dir, doc + ".meta.json")
    if not os.path.exists(mp):
        err(f"{doc}: missing meta.json")
        continue
    try:
        meta = json.load(open(mp, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{doc}: meta not JSON ({e})")
        continue
    if not isinstance(meta, dict) or set(meta) - {"published", "lang", "source"} or not {"published", "lang"} <= set(meta):
        err(f"{doc}: meta keys must be published, lang (source optional): {meta}")
        continue
    if meta["lang"] not in ("en", "ru", "uk"):
        err(f"{doc}: bad lang {meta['lang']!r}")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
            raise ValueError
        datetime.date.fromisoformat(meta["published"])
    except (ValueError, TypeError):
        err(f"{doc}: bad published {meta['published']!r}")

rows = []
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"gold line {n}: blank line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"gold line {n}: not JSON ({e})")

ns_by_doc = {}
for n, r in rows:
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: not_statement line has extra keys {sorted(r)}")
        if r.get("doc") not in texts:
            err(f"line {n}: unknown doc {r.get('doc')!r}")
            continue
        s = r["not_statement"]
        if not isinstance(s, str) or not s.strip():
            err(f"line {n}: empty not_statement")
        elif s not in texts[r["doc"]]:
            err(f"line {n}: not_statement not in {r['doc']}: {s!r}")
        key = (r["doc"], s)
        if key in ns_by_doc:
            err(f"line {n}: duplicate not_statement {s!r}")
        ns_by_doc[key] = n

spans = {}
groups = {}
n_stmt = 0
for n, r in rows:
    if "not_statement" in r:
        continue
    n_stmt += 1
    missing = STMT_KEYS - set(r)
    extra = set(r) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"line {n}: missing {sorted(missing)} extra {sorted(extra)}")
        continue
    doc = r["doc"]
    if doc not in texts:
        err(f"line {n}: unknown doc {doc!r}")
        continue
    text = texts[doc]
    if r["kind"] not in KINDS:
        err(f"line {n}: bad kind {r['kind']!r}")
    c, s, e = r["content"], r["start"], r["end"]
    if not isinstance(c, str) or not c.strip() or c != c.strip():
        err(f"line {n}: empty content or surrounding whitespace: {c!r}")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s}-{e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional must be bool")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
        err(f"line {n}: cue must be a non-empty string or null")
    sp = r["speaker"]
    if sp is None:
        if not r["optional"]:
            err(f"line {n}: null speaker on a scored line")
    elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
        err(f"line {n}: speaker must have text, name, anonymous")
    else:
        if not isinstance(sp["anonymous"], bool):
            err(f"line {n}: speaker.anonymous must be bool")
        if not sp["text"] or sp["text"] not in text:
            err(f"line {n}: speaker mention not in {doc}: {sp['text']!r}")
        if not sp["name"]:
            err(f"line {n}: empty speaker.name")
    if r["kind"] == "mixed" and not has_quote(c):
        err(f"line {n}: mixed without quotation marks: {c!r}")
    if r["kind"] == "indirect" and has_quote(c):
        # allowed only when every quoted segment is a listed not_statement (a title/scare quote)
        segs = [next(g for g in m.groups() if g is not None) for m in SEGMENT.finditer(c)]
        stripped = SEGMENT.sub("", c)
        if not segs or has_quote(stripped) or any((doc, sg) not in ns_by_doc for sg in segs):
            err(f"line {n}: indirect with quotation marks not covered by not_statement: {c!r}")
    if r["kind"] == "direct" and c[0] in "“«„" and c.count(c[0]) == 1:
        err(f"line {n}: direct content starts with an unmatched opening mark: {c!r}")
    key = (doc, s, e)
    if key in spans:
        err(f"line {n}: duplicate span with line {spans[key]}")
    spans[key] = n
    if "group" in r:
        if not isinstance(r["group"], str) or not r["group"]:
            err(f"line {n}: group must be a non-empty string")
        groups.setdefault((doc, r["group"]), []).append((n, r))

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece (line {pieces[0][0]})")
        continue
    first = pieces[0][1]
    for n, r in pieces[1:]:
        for k in ("kind", "optional"):
            if r[k] != first[k]:
                err(f"{doc} group {g}: line {n} differs in {k}")
        if (r["speaker"] or {}).get("name") != (first["speaker"] or {}).get("name"):
            err(f"{doc} group {g}: line {n} differs in speaker name")
    ordered = sorted(pieces, key=lambda p: p[1]["start"])
    for (n1, a), (n2, b) in zip(ordered, ordered[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap (lines {n1}, {n2})")

for doc in texts:
    if not any(r.get("doc") == doc and "kind" in r for _, r in rows):
        err(f"{doc}: no statement lines")

for m in errors:
    print("ERROR", m)
print(f"check.py: {len(texts)} docs, {n_stmt} statement lines, {len(ns_by_doc)} not_statement lines, "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)
