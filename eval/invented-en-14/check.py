#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, metadata, sizes."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = "\"“”«»‘’"
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        name = f[:-4]
        raw = open(os.path.join(DOCS, f), "rb").read()
        if b"\r" in raw:
            err(f"{name}: CR line ends")
        texts[name] = raw.decode("utf-8")
        meta_path = os.path.join(DOCS, name + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{name}: no meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != {"published", "lang"} or meta["lang"] != "en" or \
                    not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                err(f"{name}: bad meta {meta}")

per_doc = defaultdict(list)
groups = defaultdict(list)
ns_count = 0
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = texts[doc]
    if "not_statement" in row:
        ns_count += 1
        if set(row) != {"doc", "not_statement"} or row["not_statement"] not in text:
            err(f"line {n}: bad not_statement {row}")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(row) or set(row) - need - {"group"}:
        err(f"line {n}: fields {sorted(row)}")
        continue
    k, c, s, e = row["kind"], row["content"], row["start"], row["end"]
    if k not in ("direct", "indirect", "mixed"):
        err(f"line {n}: kind {k}")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
        err(f"line {n}: offsets do not give content ({doc} {s}-{e})")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    sp = row["speaker"]
    if not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"} and sp["text"] and sp["name"]
            and isinstance(sp["anonymous"], bool)):
        err(f"line {n}: speaker {sp}")
    elif sp["text"] not in text:
        err(f"line {n}: speaker.text not in document: {sp['text']!r}")
    if not (row["cue"] is None or isinstance(row["cue"], str) and row["cue"]):
        err(f"line {n}: cue {row['cue']!r}")
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    has_q = any(q in c for q in QUOTES.replace("’", ""))
    if k == "mixed" and not has_q:
        err(f"line {n}: mixed without a quoted fragment")
    if k == "indirect" and any(q in c for q in "\"“”«»"):
        err(f"line {n}: indirect with quotation marks")
    if k == "direct" and c[0] in QUOTES:
        err(f"line {n}: direct content starts with a quotation mark")
    if "group" in row:
        groups[(doc, row["group"])].append(row)
    per_doc[doc].append(row)

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    if len({r["speaker"]["name"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
        err(f"{doc} group {g}: pieces disagree on speaker/optional")
    rows = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] >= b["start"]:
            err(f"{doc} group {g}: pieces overlap")
        gap = texts[doc][a["end"]:b["start"]]
        if "\n\n" in gap:
            err(f"{doc} group {g}: pieces in different paragraphs")

for doc, rows in per_doc.items():
    rows = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if b["start"] < a["end"] and not (a["content"] in b["content"] or b["content"] in a["content"]):
            err(f"{doc}: statements overlap: {a['content'][:40]!r} / {b['content'][:40]!r}")

counts = Counter()
for doc, text in texts.items():
    words = len(re.findall(r"\w+", text))
    scored = sum(1 for r in per_doc[doc] if not r["optional"])
    if not 150 <= words <= 300:
        err(f"{doc}: {words} words (150-300 wanted)")
    if not 6 <= scored <= 12:
        err(f"{doc}: {scored} scored statements (6-12 wanted)")
    for r in per_doc[doc]:
        counts[(r["kind"], r["optional"])] += 1
    print(f"{doc}: {words:4d} words, {scored:2d} scored, {len(per_doc[doc]) - scored} optional")

print("kind      scored optional")
for k in ("direct", "indirect", "mixed"):
    print(f"{k:<9}{counts[(k, False)]:7d}{counts[(k, True)]:9d}")
print(f"all      {sum(v for (k, o), v in counts.items() if not o):7d}{sum(v for (k, o), v in counts.items() if o):9d}")
print(f"not_statement lines: {ns_count}; groups: {len(groups)}; "
      f"anonymous lines: {sum(r['speaker']['anonymous'] for rs in per_doc.values() for r in rs)}")
if errors:
    print(f"{len(errors)} ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: 0 errors")
