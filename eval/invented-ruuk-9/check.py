#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, metadata. Exit 1 on any error."""
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
QUOTES = "«»„“”\"'"
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    path = os.path.join(ROOT, "docs", f)
    if f.endswith(".txt"):
        raw = open(path, "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
    elif f.endswith(".meta.json"):
        meta = json.load(open(path, encoding="utf-8"))
        if set(meta) != {"published", "lang"} or meta["lang"] not in ("ru", "uk", "en"):
            err(f"{f}: bad meta {meta}")
        if len(meta.get("published", "")) != 10:
            err(f"{f}: bad date")
for d in docs:
    if not os.path.exists(os.path.join(ROOT, "docs", d + ".meta.json")):
        err(f"{d}: no meta")

groups = defaultdict(list)
seen = set()
n_stmt = n_ns = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        d = row.get("doc")
        if d not in docs:
            err(f"line {n}: unknown doc {d}")
            continue
        text = docs[d]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"} or row["not_statement"] not in text:
                err(f"line {n}: bad not_statement {row}")
            continue
        n_stmt += 1
        if not set(row) <= STMT_KEYS or not (STMT_KEYS - {"group"}) <= set(row):
            err(f"line {n}: bad keys {sorted(row)}")
            continue
        if row["kind"] not in KINDS:
            err(f"line {n}: bad kind {row['kind']}")
        s, e, c = row["start"], row["end"], row["content"]
        if text[s:e] != c:
            err(f"line {n}: text[{s}:{e}] != content ({text[s:e]!r} vs {c!r})")
        for o, cl in (("«", "»"), ("„", "“")):
            # a quote running over paragraphs repeats the opening mark at each new paragraph
            if c.count(o) - c.count("\n\n" + o) != c.count(cl):
                err(f"line {n}: unbalanced {o}{cl} in content: {c!r}")
        if c != c.strip() or not c:
            err(f"line {n}: content has outer whitespace")
        if c[-1] in ".,—" or c[0] in "—,":
            err(f"line {n}: content starts/ends with punctuation: {c!r}")
        pairs = {"»": "«", "“": "„"}
        if row["kind"] == "direct" and (c[0] in "«„\"" or (c[-1] in pairs and pairs[c[-1]] not in c)):
            err(f"line {n}: direct content keeps enclosing mark: {c!r}")
        inner = any(q in c for q in "«„")
        if row["kind"] == "mixed" and not inner:
            err(f"line {n}: mixed without quoted fragment: {c!r}")
        if not isinstance(row["optional"], bool):
            err(f"line {n}: optional not bool")
        sp = row["speaker"]
        if sp is not None:
            if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool):
                err(f"line {n}: bad speaker {sp}")
            elif sp["text"] not in text or not sp["name"]:
                err(f"line {n}: speaker text not in doc / no name: {sp}")
        elif not row["optional"]:
            err(f"line {n}: scored line without speaker")
        key = (d, row["kind"], s, e)
        if key in seen:
            err(f"line {n}: duplicate statement")
        seen.add(key)
        if "group" in row:
            groups[(d, row["group"])].append(row)

for (d, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{d} group {g}: single piece")
    if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1 or len({r["cue"] for r in rows}) != 1:
        err(f"{d} group {g}: pieces differ in speaker or cue")
    if len({r["kind"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
        err(f"{d} group {g}: pieces differ in kind/optional")
    rows = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")

for e in errors:
    print("ERROR", e)
print(f"{len(docs)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups: "
      f"{'OK' if not errors else str(len(errors)) + ' errors'}")
sys.exit(1 if errors else 0)
