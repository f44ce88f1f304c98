#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (offsets, fields, kinds, groups, metadata). Exit 1 on any error."""
import json, os, re, sys
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    p = os.path.join(ROOT, "docs", f)
    if f.endswith(".txt"):
        raw = open(p, "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
    elif f.endswith(".meta.json"):
        m = json.load(open(p, encoding="utf-8"))
        if set(m) != {"published", "lang"} or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"]) \
                or m["lang"] not in ("en", "ru", "uk"):
            err(f"{f}: bad meta {m}")
    else:
        err(f"unexpected file docs/{f}")
for d in docs:
    if not os.path.exists(os.path.join(ROOT, "docs", d + ".meta.json")):
        err(f"{d}: no meta")

groups = defaultdict(list)
per_doc = defaultdict(Counter)
spans = defaultdict(set)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    r = json.loads(line)
    d = r.get("doc")
    if d not in docs:
        err(f"line {n}: unknown doc {d}")
        continue
    t = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"} or not r["not_statement"] or r["not_statement"] not in t:
            err(f"line {n}: bad not_statement {r}")
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
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)) or t[s:e] != c:
        err(f"line {n}: offsets {s}-{e} do not give content {c!r}")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    if (s, e) in spans[d]:
        err(f"line {n}: duplicate span")
    spans[d].add((s, e))
    sp = r["speaker"]
    if not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"} and sp["text"] and sp["name"]
            and isinstance(sp["anonymous"], bool)):
        err(f"line {n}: speaker {sp}")
    elif sp["text"] not in t:
        err(f"line {n}: speaker text {sp['text']!r} not in document")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"] not in t):
        err(f"line {n}: cue {r['cue']!r} not in document")
    q = any(ch in c for ch in "\"“”«»")
    if r["kind"] == "mixed" and not q:
        err(f"line {n}: mixed without quotation marks")
    if r["kind"] == "indirect" and q:
        err(f"line {n}: indirect containing quotation marks")
    if "group" in r:
        groups[(d, r["group"])].append(r)
    per_doc[d]["opt" if r["optional"] else "scored"] += 1

for (d, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{d} group {g}: single piece")
    if len({json.dumps(x["speaker"], sort_keys=True) for x in rows}) != 1:
        err(f"{d} group {g}: speakers differ")
    if len({x["kind"] for x in rows}) != 1 or len({x["optional"] for x in rows}) != 1:
        err(f"{d} group {g}: kinds/optional differ")
    rows = sorted(rows, key=lambda x: x["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")

for d, t in sorted(docs.items()):
    w = len(re.findall(r"\w+", t))
    c = per_doc[d]
    print(f"{d}: {w} words, {c['scored']} scored, {c['opt']} optional, {c['ns']} not_statement")
    if not (6 <= c["scored"] <= 12):
        print(f"  WARNING {d}: scored statements outside 6-12")
    if not (150 <= w <= 300):
        print(f"  WARNING {d}: words outside 150-300")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all gold lines valid")
