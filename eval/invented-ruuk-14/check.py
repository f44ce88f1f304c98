#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, meta, counts."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "«»„“\"”"
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
        meta_p = os.path.join(DOCS, name + ".meta.json")
        if not os.path.exists(meta_p):
            err(f"{name}: no meta.json")
            continue
        meta = json.load(open(meta_p, encoding="utf-8"))
        if set(meta) != {"published", "lang"} or meta["lang"] not in ("ru", "uk") \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["published"]):
            err(f"{name}: bad meta {meta}")
        nw = len(re.findall(r"\w+", texts[name]))
        if not 120 <= nw <= 280:
            err(f"{name}: {nw} words (want 120-280)")

groups = defaultdict(list)
scored = Counter()
seen = set()
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = texts[doc]
    if "not_statement" in row:
        if set(row) != {"doc", "not_statement"} or row["not_statement"] not in text:
            err(f"line {n}: bad not_statement {row}")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(row) or set(row) - need - {"group"}:
        err(f"line {n}: fields {sorted(row)}")
        continue
    if row["kind"] not in KINDS:
        err(f"line {n}: kind {row['kind']}")
    c, s, e = row["content"], row["start"], row["end"]
    if text[s:e] != c:
        err(f"line {n}: offsets do not give content: {text[s:e]!r} != {c!r}")
    if c != c.strip() or not c:
        err(f"line {n}: content has outer whitespace")
    if c[-1] in ".,":
        err(f"line {n}: content ends with {c[-1]!r}")
    if row["kind"] == "direct" and (c[0] in "«„" and c[-1] in "»“" and c.count("«") == 1):
        err(f"line {n}: direct content keeps its enclosing marks")
    if row["kind"] == "mixed" and not any(q in c for q in QUOTES):
        err(f"line {n}: mixed without quote marks")
    if row["kind"] == "indirect" and "«" in c and not row["optional"]:
        pass  # names/scare quotes inside indirect clauses are allowed
    sp = row["speaker"]
    if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
            or not sp["name"] or not sp["text"]:
        err(f"line {n}: speaker {sp}")
    elif sp["text"] not in text:
        err(f"line {n}: speaker.text not in doc: {sp['text']!r}")
    if row["cue"] is not None and (not isinstance(row["cue"], str) or row["cue"].lower() not in text.lower()
                                   and not all(w in text.lower() for w in row["cue"].lower().split())):
        err(f"line {n}: cue not in doc: {row['cue']!r}")
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    key = (doc, s, e)
    if key in seen:
        err(f"line {n}: duplicate span")
    seen.add(key)
    if "group" in row:
        groups[(doc, row["group"])].append((n, row))
    if not row["optional"]:
        scored[doc] += 1

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    rows.sort(key=lambda t: t[1]["start"])
    names = {r["speaker"]["name"] for _, r in rows}
    cues = {r["cue"] for _, r in rows}
    if len(names) != 1 or len(cues) != 1:
        err(f"{doc} group {g}: speakers/cues differ")
    for (_, a), (_, b) in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
    if all(r["optional"] for _, r in rows):
        err(f"{doc} group {g}: all pieces optional")

for doc in texts:
    if not 6 <= scored[doc] <= 12:
        err(f"{doc}: {scored[doc]} scored statements (want 6-12)")
langs = Counter(json.load(open(os.path.join(DOCS, d + ".meta.json")))["lang"] for d in texts)

if errors:
    print("\n".join(errors))
    sys.exit(f"check.py: {len(errors)} problem(s)")
print(f"check.py: OK — {len(texts)} documents ({dict(langs)}), {sum(scored.values())} scored statements, "
      f"{len(groups)} groups")
