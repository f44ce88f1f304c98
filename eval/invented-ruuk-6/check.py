#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (python3 check.py [CORPUS_DIR]). Exit 1 on any error."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts, langs = {}, {}
for fn in sorted(os.listdir(docs_dir)):
    if fn.endswith(".txt"):
        doc = fn[:-4]
        raw = open(os.path.join(docs_dir, fn), "rb").read()
        if b"\r" in raw:
            err(f"{doc}: CR in text")
        texts[doc] = raw.decode("utf-8")
        meta_path = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: no meta.json")
            continue
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != {"published", "lang"} or meta["lang"] not in ("ru", "uk", "en") \
                or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
            err(f"{doc}: bad meta {meta}")
        langs[doc] = meta.get("lang")

groups = defaultdict(list)
scored = defaultdict(set)
spans = defaultdict(list)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row.get("doc")
    where = f"gold line {n} ({doc})"
    if doc not in texts:
        err(f"{where}: unknown doc")
        continue
    text = texts[doc]
    if "not_statement" in row:
        if set(row) != {"doc", "not_statement"}:
            err(f"{where}: extra keys in not_statement line")
        if row["not_statement"] not in text:
            err(f"{where}: not_statement span not in text: {row['not_statement']!r}")
        continue
    if not set(row) <= STMT_KEYS or not (STMT_KEYS - {"group"}) <= set(row):
        err(f"{where}: keys {sorted(row)}")
        continue
    if row["kind"] not in KINDS:
        err(f"{where}: kind {row['kind']!r}")
    c, s, e = row["content"], row["start"], row["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
        err(f"{where}: text[{s}:{e}] != content {c!r}")
    if c != c.strip() or c[-1] in ",;:" or (c[-1] == "." and not c.endswith("...")):
        err(f"{where}: content has stray whitespace/punctuation at an end: {c!r}")
    if row["kind"] == "direct" and (c[0] in "«„\"" and c[-1] in "»“\""):
        err(f"{where}: direct content keeps its enclosing marks")
    if row["kind"] == "mixed" and not row.get("group") and not re.search(r"[«„\"]", c):
        err(f"{where}: mixed content without a quoted fragment")
    if row["kind"] == "indirect" and re.search(r"[«„]", c) and not row.get("group"):
        warnings.append(f"{where}: indirect with quote marks (names/mentions only?): {c!r}")
    if not isinstance(row["optional"], bool):
        err(f"{where}: optional not bool")
    sp = row["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                or not sp["text"] or not sp["name"]:
            err(f"{where}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"{where}: speaker.text not in document: {sp['text']!r}")
    if row["cue"] is not None:
        if not isinstance(row["cue"], str) or not row["cue"]:
            err(f"{where}: bad cue")
        elif row["cue"].lower() not in text.lower() and not all(
                w in text.lower() for w in row["cue"].lower().replace(",", "").split()):
            err(f"{where}: cue words not in document: {row['cue']!r}")
    if "group" in row:
        groups[(doc, row["group"])].append(row)
    if not row["optional"]:
        scored[doc].add(("g", row["group"]) if "group" in row else ("l", n))
    spans[doc].append((s, e, row))

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    keys = {(r["kind"], json.dumps(r["speaker"], ensure_ascii=False), r["cue"], r["optional"]) for r in rows}
    if len(keys) != 1:
        err(f"{doc} group {g}: pieces differ in kind/speaker/cue/optional")
    if rows[0]["kind"] == "mixed" and not any(re.search(r"[«„\"]", r["content"]) for r in rows):
        err(f"{doc} group {g}: mixed statement without a quoted fragment")
    rows_sorted = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows_sorted, rows_sorted[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")

for doc, lst in spans.items():
    lst.sort(key=lambda t: t[0])
    for i, (s, e, r) in enumerate(lst):
        for s2, e2, r2 in lst[i + 1:]:
            if s2 >= e:
                break
            if not (r["optional"] or r2["optional"]):
                err(f"{doc}: scored spans overlap: {r['content'][:40]!r} / {r2['content'][:40]!r}")

for doc, text in texts.items():
    words = len(re.findall(r"\w+(?:[-'’]\w+)*", text))
    k = len(scored[doc])
    if not 120 <= words <= 280:
        warnings.append(f"{doc}: {words} words (target 120-280)")
    if not 6 <= k <= 12:
        warnings.append(f"{doc}: {k} scored statements (target 6-12)")

for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
n_lines = sum(1 for _ in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"))
print(f"{len(texts)} documents ({sum(1 for l in langs.values() if l == 'ru')} ru, "
      f"{sum(1 for l in langs.values() if l == 'uk')} uk), {n_lines} gold lines, "
      f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
