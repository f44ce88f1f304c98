#!/usr/bin/env python3
"""Validate invented-en-5/gold.jsonl against docs/ (independent of build.py).

    python3 check.py [CORPUS_DIR]     (default: the folder above this script)

Checks: JSON shape and field types; kind values; text[start:end] == content (code points);
content has no outer whitespace; speaker.text occurs in the document; cue occurs in the document;
indirect content has no double quotation marks; group pieces share doc, kind and speaker name and
have at least two pieces; not_statement strings occur in the document; every doc has a meta.json
with published YYYY-MM-DD and lang "en"; every gold doc exists and every doc has gold lines;
5-12 scored statements and 130-320 words per document. Exits 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts = {}
for f in sorted(os.listdir(docs_dir)):
    if f.endswith(".txt"):
        did = f[:-4]
        with open(os.path.join(docs_dir, f), encoding="utf-8", newline="") as fh:
            texts[did] = fh.read()
        meta_p = os.path.join(docs_dir, did + ".meta.json")
        if not os.path.exists(meta_p):
            err(f"{did}: no meta.json")
        else:
            meta = json.load(open(meta_p, encoding="utf-8"))
            if not re.fullmatch(r"2026-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") != "en":
                err(f"{did}: bad meta {meta}")

rows = []
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}: not JSON: {e}")

scored = Counter()
kinds = Counter()
optional = Counter()
ns_count = 0
groups = defaultdict(list)
spans = set()
for n, r in rows:
    did = r.get("doc")
    if did not in texts:
        err(f"line {n}: unknown doc {did!r}")
        continue
    text = texts[did]
    if "not_statement" in r:
        ns_count += 1
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra keys on not_statement line")
        if not isinstance(r["not_statement"], str) or r["not_statement"] not in text:
            err(f"line {n}: not_statement {r['not_statement']!r} not in {did}")
        continue
    missing = STMT_KEYS - set(r)
    extra = set(r) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"line {n}: missing {missing} extra {extra}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: bad kind {r['kind']!r}")
    c, s, e = r["content"], r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s}, {e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if (did, s, e) in spans:
        err(f"line {n}: duplicate span")
    spans.add((did, s, e))
    if c != c.strip() or not c:
        err(f"line {n}: empty content or outer whitespace")
    spk = r["speaker"]
    if not (isinstance(spk, dict) and set(spk) == {"text", "name", "anonymous"}
            and isinstance(spk["text"], str) and isinstance(spk["name"], str) and isinstance(spk["anonymous"], bool)):
        err(f"line {n}: bad speaker {spk!r}")
    elif spk["text"] not in text:
        err(f"line {n}: speaker.text {spk['text']!r} not in {did}")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"] not in text):
        err(f"line {n}: cue {r['cue']!r} not in {did}")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    if r["kind"] == "indirect" and any(ch in c for ch in "\"“”«»"):
        err(f"line {n}: indirect content contains double quotation marks")
    if "group" in r:
        groups[(did, r["group"])].append(r)
    if r["optional"]:
        optional[r["kind"]] += 1
    else:
        scored[did] += 1
        kinds[r["kind"]] += 1

for (did, g), rs in groups.items():
    if len(rs) < 2:
        err(f"{did} group {g}: single piece")
    if len({x["kind"] for x in rs}) > 1 or len({x["speaker"]["name"] for x in rs}) > 1:
        err(f"{did} group {g}: pieces differ in kind or speaker")
    if len({x["optional"] for x in rs}) > 1:
        err(f"{did} group {g}: pieces differ in optional")

for did, text in texts.items():
    w = len(text.split())
    if not 130 <= w <= 320:
        err(f"{did}: {w} words")
    if not 5 <= scored[did] <= 12:
        err(f"{did}: {scored[did]} scored statements")

for m in errors:
    print("ERROR:", m)
print(f"documents {len(texts)}; statement lines {sum(kinds.values()) + sum(optional.values())} "
      f"(scored {sum(kinds.values())}: {dict(kinds)}; optional {sum(optional.values())}: {dict(optional)}); "
      f"groups {len(groups)}; not_statement {ns_count}")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
