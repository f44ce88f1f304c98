#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statements, per-document counts."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”«»"
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    if f.endswith(".txt"):
        raw = open(os.path.join(ROOT, "docs", f), "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        text = raw.decode("utf-8")
        docs[f[:-4]] = text
        meta_path = os.path.join(ROOT, "docs", f[:-4] + ".meta.json")
        try:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")) or meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{meta_path}: bad meta {meta}")
        except Exception as e:  # noqa: BLE001
            err(f"{meta_path}: {e}")
        words = len(text.split())
        if not 150 <= words <= 300:
            err(f"{f}: {words} words")

groups = defaultdict(list)
scored = Counter()
n_lines = 0
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    n_lines += 1
    row = json.loads(line)
    doc = row.get("doc")
    if doc not in docs:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = docs[doc]
    if "not_statement" in row:
        if set(row) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields on not_statement")
        if row["not_statement"] not in text:
            err(f"line {n}: not_statement {row['not_statement']!r} not in text")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(row) or set(row) - need - {"group"}:
        err(f"line {n}: fields {sorted(row)}")
        continue
    if row["kind"] not in KINDS:
        err(f"line {n}: kind {row['kind']}")
    s, e, c = row["start"], row["end"], row["content"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
        err(f"line {n}: span {s}-{e} {text[s:e]!r} != {c!r}")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    spk = row["speaker"]
    if spk is not None:
        if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                or not spk["text"] or not spk["name"]:
            err(f"line {n}: speaker {spk}")
        elif spk["text"] not in text:
            err(f"line {n}: speaker text {spk['text']!r} not in document")
    elif not row["optional"]:
        err(f"line {n}: null speaker on a scored line")
    if row["cue"] is not None and row["cue"] not in text:
        err(f"line {n}: cue {row['cue']!r} not in document")
    has_q = any(q in c for q in QUOTES)
    if row["kind"] == "direct" and (c[0] in QUOTES or c[-1] in QUOTES):
        err(f"line {n}: direct content keeps enclosing quote marks")
    if row["kind"] == "indirect" and has_q:
        err(f"line {n}: indirect content contains quotation marks")
    if row["kind"] == "mixed" and not (has_q or "'" in c):
        if row.get("group") is None:
            err(f"line {n}: mixed content without a quoted fragment")
    if row["kind"] == "indirect" and re.match(r"that\b", c):
        err(f"line {n}: indirect content starts with 'that'")
    if "group" in row:
        groups[(doc, row["group"])].append(row)
    elif not row["optional"]:
        scored[doc] += 1

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: single piece")
    if len({r["speaker"]["name"] if r["speaker"] else None for r in rows}) != 1:
        err(f"{doc} group {g}: speakers differ")
    if len({r["optional"] for r in rows}) != 1 or len({r["kind"] for r in rows}) != 1:
        err(f"{doc} group {g}: optional/kind differ")
    rows_sorted = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows_sorted, rows_sorted[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
    if not rows[0]["optional"]:
        scored[doc] += 1
    if any(any(q in r["content"] for q in QUOTES) for r in rows) is False and rows[0]["kind"] == "mixed":
        err(f"{doc} group {g}: mixed group without a quoted fragment")

for doc in docs:
    if not 6 <= scored[doc] <= 12:
        err(f"{doc}: {scored[doc]} scored statements (groups counted once)")

print(f"{len(docs)} documents, {n_lines} gold lines checked")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
