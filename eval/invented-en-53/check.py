#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus. Exit 1 on any error. (CC0 1.0)"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
QUOTES = "\"“”«»„‘’"          # ASCII ' is an apostrophe, not a quote mark
DOUBLE_OR_OPEN = "\"“”«»„‘"
errors = []


def err(msg):
    errors.append(msg)


docs = {}
for path in sorted(glob.glob(os.path.join(ROOT, "docs", "*.txt"))):
    did = os.path.basename(path)[:-4]
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{did}: not UTF-8")
        continue
    if "\r" in text:
        err(f"{did}: CR line ends")
    docs[did] = text
    mp = os.path.join(ROOT, "docs", did + ".meta.json")
    if not os.path.exists(mp):
        err(f"{did}: missing meta.json")
        continue
    try:
        meta = json.load(open(mp, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{did}: meta not JSON ({e})")
        continue
    if set(meta) != {"published", "lang"}:
        err(f"{did}: meta keys {sorted(meta)}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
        err(f"{did}: bad published {meta.get('published')!r}")
    if meta.get("lang") != "en":
        err(f"{did}: lang {meta.get('lang')!r}")

if len(docs) != 24:
    err(f"expected 24 documents, found {len(docs)}")

seen_spans = set()
groups = {}
per_doc = {d: 0 for d in docs}
n_stmt = n_ns = 0
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
for i, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    where = f"gold line {i}"
    if not line.strip():
        err(f"{where}: empty line")
        continue
    try:
        o = json.loads(line)
    except Exception as e:  # noqa: BLE001
        err(f"{where}: not JSON ({e})")
        continue
    doc = o.get("doc")
    if doc not in docs:
        err(f"{where}: unknown doc {doc!r}")
        continue
    text = docs[doc]
    if "not_statement" in o:
        n_ns += 1
        if set(o) != {"doc", "not_statement"}:
            err(f"{where}: not_statement line has keys {sorted(o)}")
        if not isinstance(o["not_statement"], str) or not o["not_statement"] or o["not_statement"] not in text:
            err(f"{where}: not_statement {o['not_statement']!r} not in {doc}")
        continue
    n_stmt += 1
    per_doc[doc] += 1
    keys = set(o)
    if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
        err(f"{where}: keys {sorted(keys)}")
        continue
    kind, c, s, e = o["kind"], o["content"], o["start"], o["end"]
    if kind not in ("direct", "indirect", "mixed"):
        err(f"{where}: bad kind {kind!r}")
    if not isinstance(c, str) or not c.strip():
        err(f"{where}: empty content")
        continue
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"{where}: bad offsets {s}-{e}")
        continue
    if text[s:e] != c:
        err(f"{where}: text[{s}:{e}] != content ({text[s:e][:40]!r} vs {c[:40]!r})")
    if c != c.strip():
        err(f"{where}: content has outer whitespace")
    if kind == "mixed" and not any(q in c for q in QUOTES):
        err(f"{where}: mixed without quotation marks")
    if kind == "indirect" and any(q in c for q in DOUBLE_OR_OPEN + "’"):
        err(f"{where}: indirect with quotation marks")
    if kind == "direct" and (c[0] in "\"“«„" or c[-1] in "\"”»"):
        err(f"{where}: direct content keeps its enclosing quotation marks")
    if (doc, s, e) in seen_spans:
        err(f"{where}: duplicate span {doc} {s}-{e}")
    seen_spans.add((doc, s, e))
    if not isinstance(o["optional"], bool):
        err(f"{where}: optional not bool")
    if o["cue"] is not None and (not isinstance(o["cue"], str) or not o["cue"]):
        err(f"{where}: cue must be a non-empty string or null")
    sp = o["speaker"]
    if sp is None:
        if not o["optional"]:
            err(f"{where}: null speaker on a scored line")
    else:
        if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker {sp!r}")
        else:
            if not sp["text"] or sp["text"] not in text:
                err(f"{where}: speaker.text {sp['text']!r} not in {doc}")
            if not isinstance(sp["name"], str) or not sp["name"]:
                err(f"{where}: empty speaker.name")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: anonymous not bool")
    if "group" in o:
        groups.setdefault((doc, o["group"]), []).append(o)

for (doc, g), ps in groups.items():
    if len(ps) < 2:
        err(f"{doc} group {g}: only one piece")
    ps.sort(key=lambda x: x["start"])
    names = {(p["speaker"] or {}).get("name") for p in ps}
    if len(names) != 1:
        err(f"{doc} group {g}: speakers differ {names}")
    if len({p["optional"] for p in ps}) != 1:
        err(f"{doc} group {g}: optional differs")
    if len({p["kind"] for p in ps}) != 1:
        err(f"{doc} group {g}: kinds differ")
    for a, b in zip(ps, ps[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
        if b["start"] - a["end"] > 200:
            err(f"{doc} group {g}: pieces far apart")

for d, n in per_doc.items():
    if n == 0:
        err(f"{d}: no statements")

for m in errors:
    print("ERROR:", m)
print(f"{len(docs)} docs, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
