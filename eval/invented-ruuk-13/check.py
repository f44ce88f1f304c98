#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, meta files, sizes.

    python3 check.py [CORPUS_DIR]
Exit status 1 on any error. Standard library only."""
import json, os, re, sys
from collections import defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
errors, warnings = [], []


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
for d in docs:
    mp = os.path.join(ROOT, "docs", d + ".meta.json")
    if not os.path.exists(mp):
        err(f"{d}: no meta.json")
        continue
    m = json.load(open(mp, encoding="utf-8"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("published", "")):
        err(f"{d}: bad published")
    if m.get("lang") not in ("en", "ru", "uk"):
        err(f"{d}: bad lang")

scored = defaultdict(int)
groups = defaultdict(list)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    r = json.loads(line)
    d = r.get("doc")
    if d not in docs:
        err(f"line {n}: unknown doc {d!r}")
        continue
    text = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields in not_statement line")
        if not r["not_statement"] or r["not_statement"] not in text:
            err(f"line {n}: not_statement span not in text")
        continue
    allowed = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
    if set(r) - allowed or not {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"} <= set(r):
        err(f"line {n}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: kind {r['kind']!r}")
    c, s, e = r["content"], r["start"], r["end"]
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        err(f"line {n}: bad offsets")
        continue
    if text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip() or c[-1] in ",;:" or (c.endswith(".") and not c.endswith("...")):
        err(f"line {n}: content has stray whitespace/punctuation at the end: {c!r}")
    if r["kind"] == "direct" and (c[0] in "«„\"" and c[-1] in "»“\""):
        err(f"line {n}: direct content keeps its enclosing marks")
    if r["kind"] == "direct" and (text[s - 1:s] not in ("«", "„", " ", "\n", "\"") ):
        warnings.append(f"line {n}: direct content not preceded by a quote mark/dash space: {text[max(0,s-3):s]!r}")
    if r["kind"] == "mixed" and not re.search(r"[«„\"]", c):
        err(f"line {n}: mixed without quote marks")
    if r["kind"] == "indirect" and "«" in c and c.count("«") != c.count("»"):
        err(f"line {n}: unbalanced marks in indirect content")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                or not sp["name"] or not sp["text"]:
            err(f"line {n}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"line {n}: speaker text {sp['text']!r} not in document")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
        err(f"line {n}: bad cue")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    if not r["optional"]:
        scored[d] += 1
    if "group" in r:
        groups[(d, r["group"])].append(r)

for (d, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{d} group {g}: only one piece")
    if len({json.dumps(x["speaker"], sort_keys=True) for x in rows}) != 1 or len({x["cue"] for x in rows}) != 1:
        err(f"{d} group {g}: pieces differ in speaker or cue")
    if len({x["optional"] for x in rows}) != 1:
        err(f"{d} group {g}: pieces differ in optional")
    rows = sorted(rows, key=lambda x: x["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")
        gap = docs[d][a["end"]:b["start"]]
        if len(gap) > 80:
            err(f"{d} group {g}: pieces far apart ({len(gap)} chars)")

for d, text in docs.items():
    w = len(re.findall(r"\w+", text))
    if not 120 <= w <= 280:
        warnings.append(f"{d}: {w} words (target 120-280)")
    if not 6 <= scored[d] <= 12:
        warnings.append(f"{d}: {scored[d]} scored statements (target 6-12)")

for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(docs)} documents checked, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
