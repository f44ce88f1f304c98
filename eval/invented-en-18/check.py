#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-18 against docs/*.txt (standard library only).

Checks: JSON shape and field types; kind in direct/indirect/mixed; text[start:end] == content
(code points); content not empty and without surrounding whitespace; direct content does not start
or end with an enclosing quotation mark; mixed content contains a quotation mark; groups have at
least two pieces, same kind family and speaker, and do not overlap; not_statement spans occur in the
text; every doc has a .txt and a .meta.json with published/lang; no duplicate statement lines; files
are UTF-8 with LF line ends."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
QUOTES = "\"“”‘’«»'"
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    if f.endswith(".txt"):
        raw = open(os.path.join(ROOT, "docs", f), "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
        meta_path = os.path.join(ROOT, "docs", f[:-4] + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{f}: no meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") != "en":
                err(f"{f}: bad meta {meta}")

rows = [json.loads(line) for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if line.strip()]
groups = defaultdict(list)
seen = set()
per_doc = defaultdict(lambda: [0, 0])
for n, r in enumerate(rows, 1):
    doc = r.get("doc")
    where = f"line {n} ({doc})"
    if doc not in docs:
        err(f"{where}: unknown doc")
        continue
    text = docs[doc]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"{where}: extra fields on not_statement")
        if r["not_statement"] not in text:
            err(f"{where}: not_statement not in text")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r) or not set(r) <= need | {"group"}:
        err(f"{where}: fields {sorted(r)}")
        continue
    if r["kind"] not in ("direct", "indirect", "mixed"):
        err(f"{where}: kind {r['kind']}")
    c, s, e = r["content"], r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"{where}: bad offsets")
        continue
    if text[s:e] != c:
        err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip() or not c:
        err(f"{where}: whitespace at content edge")
    if r["kind"] == "direct" and (c[0] in "\"“«" or c[-1] in "\"”»"):
        err(f"{where}: direct content includes enclosing mark")
    if r["kind"] == "mixed" and not any(q in c for q in "\"“”‘’«»"):
        err(f"{where}: mixed content without a quotation mark")
    if r["kind"] == "indirect" and any(q in c for q in "\"“”«»"):
        err(f"{where}: indirect content with a double quotation mark")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                or not sp["text"] or not sp["name"]:
            err(f"{where}: bad speaker {sp}")
    if not isinstance(r["optional"], bool):
        err(f"{where}: optional not bool")
    if r["cue"] is not None and not isinstance(r["cue"], str):
        err(f"{where}: cue not str/null")
    key = (doc, s, e)
    if key in seen:
        err(f"{where}: duplicate span")
    seen.add(key)
    if "group" in r:
        groups[(doc, r["group"])].append(r)
    per_doc[doc][1 if r["optional"] else 0] += 1

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    pieces.sort(key=lambda p: p["start"])
    if len({p["speaker"]["name"] for p in pieces}) != 1 or len({p["optional"] for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in speaker/optional")
    for a, b in zip(pieces, pieces[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")

for doc in docs:
    if doc not in per_doc:
        err(f"{doc}: no statements")
    elif not 6 <= per_doc[doc][0] <= 12:
        err(f"{doc}: {per_doc[doc][0]} scored statements (want 6-12)")

for e in errors:
    print("ERROR", e)
print(f"{len(docs)} docs, {len(rows)} gold lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
