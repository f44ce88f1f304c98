#!/usr/bin/env python3
"""Validate invented-en-6/gold.jsonl against docs/ (standard library only).

    python3 src/check.py [CORPUS_DIR]      # default: the folder above src/

Checks: every line is JSON with the FORMAT.md fields and types; text[start:end] == content (code
points); kinds are consistent with quotation marks; speaker.text and cue occur in the document;
not_statement spans occur; group pieces share doc, speaker and are >= 2; no duplicate spans;
every doc has meta (published, lang) and 180-450 words and 6-14 scored statements.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
DQ = '"“”«»'          # double-type quotation marks
ANYQ = DQ + "‘’'"     # plus single marks (an apostrophe is allowed inside words)
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}

fail = []


def err(msg):
    fail.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts = {}
for fn in sorted(os.listdir(docs_dir)):
    if fn.endswith(".txt"):
        doc = fn[:-4]
        with open(os.path.join(docs_dir, fn), encoding="utf-8") as f:
            texts[doc] = f.read()
        meta_path = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: no meta.json")
        else:
            with open(meta_path, encoding="utf-8") as f:
                meta = json.load(f)
            if not re.fullmatch(r"2026-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") != "en":
                err(f"{doc}: bad meta {meta}")
        n = len(texts[doc].split())
        if not 180 <= n <= 450:
            err(f"{doc}: {n} words")

rows = []
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {ln}: not JSON: {e}")

scored = Counter()
groups = defaultdict(list)
spans = Counter()
for ln, r in rows:
    doc = r.get("doc")
    if doc not in texts:
        err(f"line {ln}: unknown doc {doc!r}")
        continue
    text = texts[doc]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {ln}: extra keys on not_statement line")
        if r["not_statement"] not in text:
            err(f"line {ln}: not_statement not in {doc}: {r['not_statement']!r}")
        continue
    missing = STMT_KEYS - set(r)
    extra = set(r) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"line {ln}: missing {missing} extra {extra}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {ln}: kind {r['kind']!r}")
    c, s, e = r["content"], r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {ln}: bad offsets {s}..{e}")
        continue
    if text[s:e] != c:
        err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip():
        err(f"line {ln}: content has outer whitespace")
    spans[(doc, s, e)] += 1
    sp = r["speaker"]
    if sp is not None:
        if not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"}
                and isinstance(sp["text"], str) and isinstance(sp["name"], str) and isinstance(sp["anonymous"], bool)):
            err(f"line {ln}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"line {ln}: speaker.text not in document: {sp['text']!r}")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"] not in text):
        err(f"line {ln}: cue not in document: {r['cue']!r}")
    if not isinstance(r["optional"], bool):
        err(f"line {ln}: optional must be bool")
    # kind vs quotation marks
    if r["kind"] == "direct":
        before = text[s - 1] if s > 0 else ""
        if c[0] in DQ or c[-1] in DQ:
            err(f"line {ln}: direct content keeps its enclosing mark: {c[:40]!r}")
        # a direct span must sit inside quotation marks or follow a 'Name:' colon block
        opened = text.rfind("\n", 0, s)
        line_start = text[opened + 1:s]
        if before not in ANYQ and not line_start.rstrip().endswith(":") and not re.search(r":\s*$", text[:s][-3:]):
            err(f"line {ln}: direct content not preceded by a quotation mark or colon: {c[:40]!r}")
    elif r["kind"] == "indirect":
        if any(q in c for q in DQ):
            err(f"line {ln}: indirect content contains a quotation mark: {c[:60]!r}")
    elif r["kind"] == "mixed" and "group" not in r:
        if not any(q in c for q in DQ):
            err(f"line {ln}: mixed content has no quoted fragment: {c[:60]!r}")
    if "group" in r:
        groups[(doc, r["group"])].append(r)
    if not r["optional"]:
        scored[doc] += 1

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    if len({json.dumps(p['speaker'], sort_keys=True) for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces with different speakers")
    if len({p["optional"] for p in pieces}) != 1:
        err(f"{doc} group {g}: mixed optional flags")
    if pieces[0]["kind"] == "mixed" and not any(any(q in p["content"] for q in DQ) for p in pieces):
        err(f"{doc} group {g}: mixed group without a quoted fragment")
    starts = [p["start"] for p in pieces]
    if starts != sorted(starts):
        err(f"{doc} group {g}: pieces not in text order")

for key, n in spans.items():
    if n > 1:
        err(f"{key}: {n} statements with the same span")
for doc in texts:
    if not 6 <= scored[doc] <= 14:
        err(f"{doc}: {scored[doc]} scored statements")

if fail:
    print("\n".join(fail))
    print(f"FAILED: {len(fail)} problem(s)")
    sys.exit(1)
print(f"OK: {len(texts)} documents, {sum(1 for _, r in rows if 'not_statement' not in r)} statement lines, "
      f"{sum(1 for _, r in rows if 'not_statement' in r)} not_statement lines, {sum(scored.values())} scored")
