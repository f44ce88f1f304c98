#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, meta files."""
import json, os, re, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”‘’«»'"
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        raw = open(os.path.join(DOCS, f), "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        texts[f[:-4]] = raw.decode("utf-8")
        meta_path = os.path.join(DOCS, f[:-4] + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{f}: no meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != {"published", "lang"} or meta["lang"] != "en" or \
                    not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                err(f"{f}: bad meta {meta}")

groups = defaultdict(list)
seen = set()
per_doc = defaultdict(int)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = texts[doc]
    if "not_statement" in row:
        if set(row) != {"doc", "not_statement"}:
            err(f"line {n}: extra fields on not_statement")
        if row["not_statement"] not in text:
            err(f"line {n}: not_statement span not in text: {row['not_statement']!r}")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(row) or set(row) - need - {"group"}:
        err(f"line {n}: fields {sorted(row)}")
        continue
    if row["kind"] not in KINDS:
        err(f"line {n}: bad kind {row['kind']}")
    c, s, e = row["content"], row["start"], row["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s},{e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip():
        err(f"line {n}: content has outer whitespace")
    key = (doc, s, e)
    if key in seen:
        err(f"line {n}: duplicate span")
    seen.add(key)
    if not isinstance(row["optional"], bool):
        err(f"line {n}: optional not bool")
    spk = row["speaker"]
    if spk is not None:
        if set(spk) != {"text", "name", "anonymous"} or not spk["text"] or not spk["name"] or \
                not isinstance(spk["anonymous"], bool):
            err(f"line {n}: bad speaker {spk}")
        elif spk["text"] not in text:
            err(f"line {n}: speaker text not in document: {spk['text']!r}")
    if row["cue"] is not None and not isinstance(row["cue"], str):
        err(f"line {n}: bad cue")
    k = row["kind"]
    has_quote = any(q in c for q in "\"“”«»") or re.search(r"(^|\W)'\w|\w'(\W|$)", c.replace("'s", "").replace("n't", "").replace("'ve", "").replace("'m", "").replace("'d", "").replace("'ll", "").replace("'re", ""))
    if k == "mixed" and not has_quote and "group" not in row:
        err(f"line {n}: mixed without a quoted fragment: {c!r}")
    if k == "indirect" and any(q in c for q in "\"“”«»"):
        err(f"line {n}: indirect containing quotation marks: {c!r}")
    if k == "direct" and (c[0] in "\"“«" or (c[-1] in "\"”»" and not any(q in c[:-1] for q in "\"“«"))):
        err(f"line {n}: direct content includes its enclosing marks: {c!r}")
    if "group" in row:
        groups[(doc, row["group"])].append(row)
    if not row["optional"]:
        per_doc[doc] += 1

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    if any(r["kind"] == "mixed" for r in rows) and not any(q in r["content"] for r in rows for q in "\"“”«»"):
        err(f"{doc} group {g}: mixed group without a quoted fragment")
    names = {r["speaker"]["name"] if r["speaker"] else None for r in rows}
    if len(names) != 1:
        err(f"{doc} group {g}: speakers differ {names}")
    if len({r["optional"] for r in rows}) != 1:
        err(f"{doc} group {g}: optional differs")
    rows_sorted = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows_sorted, rows_sorted[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
        if b["start"] - a["end"] > 120:
            err(f"{doc} group {g}: pieces far apart")

for doc in texts:
    words = len(texts[doc].split())
    if not 6 <= per_doc[doc] <= 12:
        err(f"{doc}: {per_doc[doc]} scored statements (want 6-12)")
    if not 150 <= words <= 300:
        err(f"{doc}: {words} words")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(texts)} documents, gold checked, 0 problems")
