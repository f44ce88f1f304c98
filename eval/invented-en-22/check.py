#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, meta files. Prints per-doc counts."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
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
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") not in ("en", "ru", "uk"):
            err(f"{f}: bad meta {meta}")
for d in docs:
    if not os.path.exists(os.path.join(ROOT, "docs", d + ".meta.json")):
        err(f"{d}: no meta file")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
groups = defaultdict(list)
per_doc = defaultdict(lambda: {"scored": 0, "optional": 0, "ns": 0})
seen = set()
for n, r in enumerate(rows, 1):
    d = r.get("doc")
    if d not in docs:
        err(f"line {n}: unknown doc {d}")
        continue
    text = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields on not_statement")
        if r["not_statement"] not in text:
            err(f"line {n}: not_statement {r['not_statement']!r} not in text")
        per_doc[d]["ns"] += 1
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r) or set(r) - need - {"group"}:
        err(f"line {n}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: kind {r['kind']}")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    s, e, c = r["start"], r["end"], r["content"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
        err(f"line {n}: offsets {s}-{e} do not give content {c[:50]!r}")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    if (d, s, e) in seen:
        err(f"line {n}: duplicate span")
    seen.add((d, s, e))
    if r["kind"] == "mixed" and "group" not in r and not re.search(r"[\"“”‘’']", c):
        err(f"line {n}: mixed without a quoted fragment")
    if r["kind"] == "direct" and c[:1] in "\"“" and c[-1:] in "\"”":
        err(f"line {n}: direct content keeps its enclosing quotes")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not sp["text"] or not sp["name"] or not isinstance(sp["anonymous"], bool):
            err(f"line {n}: bad speaker {sp}")
    if r["cue"] is not None and not isinstance(r["cue"], str):
        err(f"line {n}: cue not a string")
    if "group" in r:
        groups[(d, r["group"])].append(r)
    per_doc[d]["optional" if r["optional"] else "scored"] += 1

for (d, g), items in groups.items():
    if len(items) < 2:
        err(f"{d} group {g}: only one piece")
    items.sort(key=lambda r: r["start"])
    for a, b in zip(items, items[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")
    if len({json.dumps(i["speaker"], sort_keys=True) for i in items}) != 1:
        err(f"{d} group {g}: speakers differ")
    if items[0]["kind"] == "mixed" and not any(re.search(r"[\"“”‘’']", i["content"]) for i in items):
        err(f"{d} group {g}: mixed without a quoted fragment")
    if len({i["kind"] for i in items}) != 1 or len({i["optional"] for i in items}) != 1:
        err(f"{d} group {g}: kinds/optional differ")

print(f"{'doc':<6}{'words':>7}{'scored':>8}{'opt':>5}{'ns':>4}")
for d in sorted(docs):
    words = len(re.findall(r"\w+(?:['’-]\w+)*", docs[d]))
    c = per_doc[d]
    flag = "" if 6 <= c["scored"] <= 12 and 150 <= words <= 300 else "  <-- out of range"
    print(f"{d:<6}{words:>7}{c['scored']:>8}{c['optional']:>5}{c['ns']:>4}{flag}")
print(f"{len(docs)} documents, {len(rows)} gold lines, {len(errors)} errors")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
