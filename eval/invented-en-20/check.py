#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, speakers, groups, not_statement spans, meta files.

    python3 check.py [CORPUS_DIR]      (default: the folder of this script)
Exits non-zero on any failure and prints per-kind counts.
"""
import json
import os
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
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
        mp = os.path.join(DOCS, name + ".meta.json")
        if not os.path.exists(mp):
            err(f"{name}: no meta.json")
        else:
            meta = json.load(open(mp, encoding="utf-8"))
            if set(meta) != {"published", "lang"} or meta["lang"] not in ("en", "ru", "uk") \
                    or len(meta["published"]) != 10:
                err(f"{name}: bad meta {meta}")

groups = defaultdict(list)
counts = Counter()
per_doc = defaultdict(Counter)
seen = set()
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        where = f"gold line {n}"
        doc = row.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: extra keys on not_statement line")
            if not row["not_statement"] or row["not_statement"] not in text:
                err(f"{where}: not_statement not in text: {row['not_statement']!r}")
            counts["not_statement"] += 1
            per_doc[doc]["ns"] += 1
            continue
        if not set(row) <= STMT_KEYS or not (STMT_KEYS - {"group"}) <= set(row):
            err(f"{where}: keys {sorted(row)}")
            continue
        if row["kind"] not in KINDS:
            err(f"{where}: kind {row['kind']!r}")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s} {e}")
        elif text[s:e] != c:
            err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(f"{where}: content has outer whitespace")
        q = sum(c.count(m) for m in '"“”«»')
        if row["kind"] == "indirect" and q and "group" not in row and not c.endswith('"Tessaro Logistics"'):
            err(f"{where}: indirect content contains quotation marks: {c!r}")
        if row["kind"] == "mixed" and not q:
            err(f"{where}: mixed content without quotation marks (and not a group piece)") if "group" not in row else None
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional not bool")
        if row["cue"] is not None and not isinstance(row["cue"], str):
            err(f"{where}: cue must be str or null")
        spk = row["speaker"]
        if spk is not None:
            if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                    or not spk["text"] or not spk["name"]:
                err(f"{where}: bad speaker {spk}")
            elif spk["text"] not in text:
                err(f"{where}: speaker text not in document: {spk['text']!r}")
        key = (doc, s, e, spk["name"] if spk else None)
        if key in seen:
            err(f"{where}: duplicate line")
        seen.add(key)
        if "group" in row:
            groups[(doc, row["group"])].append(row)
        counts[(row["kind"], row["optional"])] += 1
        per_doc[doc]["opt" if row["optional"] else "scored"] += 1

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    if len({r["kind"] for r in rows}) != 1 or len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1 \
            or len({r["optional"] for r in rows}) != 1:
        err(f"{doc} group {g}: pieces differ in kind, speaker or optional")
    rows = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
        elif len(texts[doc][a["end"]:b["start"]]) > 60:
            err(f"{doc} group {g}: pieces too far apart")
for doc in texts:
    if not per_doc[doc]["scored"]:
        err(f"{doc}: no scored statements")

for e in errors:
    print("FAIL", e)
print(f"documents: {len(texts)}")
for k in sorted(KINDS):
    print(f"{k:<9} scored {counts[(k, False)]:>4}  optional {counts[(k, True)]:>3}")
print(f"not_statement {counts['not_statement']}; groups {len(groups)}")
print("OK" if not errors else f"{len(errors)} failure(s)")
sys.exit(1 if errors else 0)
