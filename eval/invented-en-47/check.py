#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (run from anywhere: python3 check.py). Exits 1 on any error."""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = '"“”«»‘'          # marks that make a span "quoted" (’ doubles as an apostrophe, so not counted)
KINDS = {"direct", "indirect", "mixed"}
FIELDS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        did = f[:-4]
        raw = open(os.path.join(DOCS, f), "rb").read()
        try:
            texts[did] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{f}: not UTF-8")
            continue
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        if not re.fullmatch(r"e\d\d", did):
            err(f"{f}: unexpected document name")
    elif f.endswith(".meta.json"):
        if not os.path.exists(os.path.join(DOCS, f[:-10] + ".txt")):
            err(f"{f}: meta without text")
    else:
        err(f"docs/{f}: unexpected file")

for did in texts:
    p = os.path.join(DOCS, did + ".meta.json")
    try:
        meta = json.load(open(p, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{did}: meta missing or not JSON ({e})")
        continue
    if set(meta) != {"published", "lang"}:
        err(f"{did}: meta keys {sorted(meta)}")
    if meta.get("lang") != "en":
        err(f"{did}: lang {meta.get('lang')!r}")
    try:
        datetime.date.fromisoformat(meta.get("published", ""))
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["published"]):
            raise ValueError
    except (ValueError, TypeError):
        err(f"{did}: bad published {meta.get('published')!r}")

seen_spans, seen_ns, groups = set(), set(), defaultdict(list)
per_doc = defaultdict(int)
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        where = f"gold.jsonl:{n}"
        if not line.strip():
            err(f"{where}: empty line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: not JSON ({e})")
            continue
        did = r.get("doc")
        if did not in texts:
            err(f"{where}: unknown doc {did!r}")
            continue
        text = texts[did]
        per_doc[did] += 1
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(r)}")
            ns = r["not_statement"]
            if not isinstance(ns, str) or not ns.strip() or ns not in text:
                err(f"{where}: not_statement {ns!r} not in {did}")
            if (did, ns) in seen_ns:
                err(f"{where}: duplicate not_statement {ns!r}")
            seen_ns.add((did, ns))
            continue
        missing = FIELDS - set(r)
        extra = set(r) - FIELDS - {"group"}
        if missing or extra:
            err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        kind, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s},{e}")
            continue
        if text[s:e] != c:
            err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(f"{where}: content has surrounding whitespace")
        has_q = any(q in c for q in QUOTES)
        if kind == "mixed" and not has_q:
            err(f"{where}: mixed without quotation marks")
        if kind == "indirect" and has_q:
            err(f"{where}: indirect with quotation marks")
        if kind == "direct" and (c[0] in '"“«' or c[-1] in '"”»'):
            err(f"{where}: direct content keeps its enclosing quotation mark")
        if (did, s, e) in seen_spans:
            err(f"{where}: duplicate span {s},{e}")
        seen_spans.add((did, s, e))
        if not isinstance(r["optional"], bool):
            err(f"{where}: optional not bool")
        cue = r["cue"]
        if cue is not None and (not isinstance(cue, str) or cue.lower() not in text.lower()):
            err(f"{where}: cue {cue!r} not in text")
        spk = r["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: bad speaker {spk!r}")
            else:
                if not isinstance(spk["text"], str) or spk["text"] not in text:
                    err(f"{where}: speaker mention {spk['text']!r} not in text")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"{where}: speaker name empty")
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous not bool")
        if "group" in r:
            if not isinstance(r["group"], str) or not r["group"]:
                err(f"{where}: bad group")
            groups[(did, r["group"])].append(r)

for (did, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{did} group {g}: only one piece")
    rows.sort(key=lambda r: r["start"])
    if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
        err(f"{did} group {g}: pieces have different speakers")
    if len({r["kind"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
        err(f"{did} group {g}: pieces differ in kind/optional")
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{did} group {g}: pieces overlap")
        elif b["start"] - a["end"] > 80:
            err(f"{did} group {g}: pieces too far apart")

for did in texts:
    if not per_doc[did]:
        err(f"{did}: no gold lines")

for m in errors:
    print("ERROR", m)
print(f"check.py: {len(texts)} documents, {sum(per_doc.values())} gold lines, {len(errors)} errors")
sys.exit(1 if errors else 0)
