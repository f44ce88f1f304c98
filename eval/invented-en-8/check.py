#!/usr/bin/env python3
"""Validate gold.jsonl against docs/*.txt for invented-en-8.

Checks: JSON shape and field types; kind in direct/indirect/mixed; text[start:end] == content (code points);
direct content has no enclosing quotation marks; speaker.text and cue occur in the document; group pieces
share doc, speaker, cue and optional flag, do not overlap and are in text order; not_statement spans occur in
the text; every document has meta with published/lang; documents have 150-300 words and 6-12 scored
statements (a group counts once). Prints per-document counts; exits 1 on any failure.
"""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"'“”‘’«»"
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for fn in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    if fn.endswith(".txt"):
        name = fn[:-4]
        raw = open(os.path.join(ROOT, "docs", fn), "rb").read()
        if b"\r" in raw:
            err(f"{name}: CR characters")
        docs[name] = raw.decode("utf-8")
        mp = os.path.join(ROOT, "docs", name + ".meta.json")
        if not os.path.exists(mp):
            err(f"{name}: no meta")
        else:
            meta = json.load(open(mp, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")) or meta.get("lang") != "en":
                err(f"{name}: bad meta {meta}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
groups = defaultdict(list)
scored = defaultdict(set)
counts = defaultdict(lambda: defaultdict(int))
for n, r in enumerate(rows, 1):
    d = r.get("doc")
    if d not in docs:
        err(f"line {n}: unknown doc {d}")
        continue
    text = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields in not_statement")
        if r["not_statement"] not in text:
            err(f"line {n}: not_statement not in text: {r['not_statement']!r}")
        counts[d]["ns"] += 1
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r) or not set(r) <= need | {"group"}:
        err(f"line {n}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: kind {r['kind']}")
    if not isinstance(r["start"], int) or not isinstance(r["end"], int) or text[r["start"]:r["end"]] != r["content"]:
        err(f"line {n}: offsets do not give content: {r['content'][:60]!r}")
    if r["content"] != r["content"].strip():
        err(f"line {n}: content has outer whitespace")
    if r["kind"] == "direct" and r["content"][0] in QUOTES and r["content"][-1] in QUOTES and "group" not in r:
        err(f"line {n}: direct content keeps enclosing marks")
    if r["kind"] == "mixed" and not any(q in r["content"] for q in QUOTES.replace("'", "")) and "‘" not in r["content"] \
            and "group" not in r and "'" not in r["content"]:
        err(f"line {n}: mixed without a quoted fragment")
    if r["kind"] == "indirect" and any(q in r["content"] for q in "\"“”«»"):
        err(f"line {n}: indirect contains quotation marks")
    sp = r["speaker"]
    if not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"} and isinstance(sp["anonymous"], bool)
            and sp["text"] and sp["name"]):
        err(f"line {n}: bad speaker {sp}")
    elif sp["text"] not in text:
        err(f"line {n}: speaker.text not in document: {sp['text']!r}")
    if r["cue"] is not None and r["cue"] not in text:
        err(f"line {n}: cue not in document: {r['cue']!r}")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    if "group" in r:
        groups[(d, r["group"])].append(r)
    if not r["optional"]:
        scored[d].add(("g", r["group"]) if "group" in r else ("s", n))
        counts[d][r["kind"]] += 1
    else:
        counts[d]["opt"] += 1

for (d, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{d} group {g}: only one piece")
    keys = {(p["speaker"]["name"], p["speaker"]["anonymous"], p["cue"], p["optional"], p["kind"]) for p in pieces}
    if len(keys) != 1:
        err(f"{d} group {g}: pieces disagree {keys}")
    ps = sorted(pieces, key=lambda p: p["start"])
    for a, b in zip(ps, ps[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")

# statements must not duplicate spans
seen = set()
for r in rows:
    if "content" in r:
        k = (r["doc"], r["start"], r["end"])
        if k in seen:
            err(f"{r['doc']}: duplicate span {r['content'][:50]!r}")
        seen.add(k)

print(f"{'doc':<5}{'words':>6}{'scored':>7}{'dir':>5}{'ind':>5}{'mix':>5}{'opt':>5}{'ns':>4}")
for d in sorted(docs):
    words = len(re.findall(r"\S+", docs[d]))
    s = len(scored[d])
    c = counts[d]
    print(f"{d:<5}{words:>6}{s:>7}{c['direct']:>5}{c['indirect']:>5}{c['mixed']:>5}{c['opt']:>5}{c['ns']:>4}")
    if not 150 <= words <= 300:
        err(f"{d}: {words} words (want 150-300)")
    if not 6 <= s <= 12:
        err(f"{d}: {s} scored statements (want 6-12)")

tot = defaultdict(int)
for d in docs:
    for k, v in counts[d].items():
        tot[k] += v
print("totals:", dict(tot), "statement lines:", sum(1 for r in rows if "content" in r),
      "groups:", len(groups), "group lines:", sum(len(v) for v in groups.values()),
      "anonymous:", sum(1 for r in rows if "content" in r and r["speaker"]["anonymous"]))
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all gold lines check out")
