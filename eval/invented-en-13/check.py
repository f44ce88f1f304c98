#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-13 against docs/: offsets, fields, kinds, groups, counts.

    python3 check.py [CORPUS_DIR]      (exit status 1 on any error)
"""
import json
import os
import re
import sys
from collections import defaultdict, Counter

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
QUOTES = "\"“”«»"
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts = {}
for f in sorted(os.listdir(docs_dir)):
    if f.endswith(".txt"):
        raw = open(os.path.join(docs_dir, f), "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        texts[f[:-4]] = raw.decode("utf-8")
        meta_p = os.path.join(docs_dir, f[:-4] + ".meta.json")
        if not os.path.exists(meta_p):
            err(f"{f}: no meta.json")
        else:
            meta = json.load(open(meta_p, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{f}: bad meta {meta}")

groups = defaultdict(list)
scored, optional = Counter(), Counter()
per_doc = defaultdict(Counter)
ns_count = 0
stmts = defaultdict(list)
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        where = f"gold line {n}"
        doc = row.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: extra keys in not_statement line")
            if row["not_statement"] not in text:
                err(f"{where}: not_statement span not in text")
            ns_count += 1
            continue
        extra = set(row) - STMT_KEYS
        missing = STMT_KEYS - {"group"} - set(row)
        if extra or missing:
            err(f"{where}: keys extra={extra} missing={missing}")
            continue
        if row["kind"] not in KINDS:
            err(f"{where}: bad kind {row['kind']}")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}-{e}")
        elif text[s:e] != c:
            err(f"{where}: text[start:end] != content: {text[s:e]!r} vs {c!r}")
        if c != c.strip():
            err(f"{where}: content has outer whitespace")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional not bool")
        if row["cue"] is not None and not isinstance(row["cue"], str):
            err(f"{where}: cue not str/null")
        sp = row["speaker"]
        if sp is not None:
            if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                    or not sp["text"] or not sp["name"]:
                err(f"{where}: bad speaker {sp}")
            elif sp["text"] not in text:
                err(f"{where}: speaker text not in document: {sp['text']!r}")
        k = row["kind"]
        inner_quotes = any(q in c for q in QUOTES)
        if k == "indirect" and inner_quotes:
            err(f"{where}: indirect content contains quotation marks")
        if k == "mixed" and not inner_quotes and "group" not in row:
            err(f"{where}: mixed content has no quoted fragment")
        if k == "direct" and (c[0] in QUOTES or c[-1] in QUOTES):
            err(f"{where}: direct content includes its enclosing quotation mark")
        if k == "direct":
            before = text[max(0, s - 1):s]
            after = text[e:e + 1]
            if before not in QUOTES + "'‘" and not text[:s].rstrip(" ").endswith(("\n", ":", "—")):
                warn(f"{where}: direct content not preceded by a quote mark or block start: {c[:40]!r}")
        if "group" in row:
            groups[(doc, row["group"])].append(row)
        (optional if row["optional"] else scored)[k] += 1
        if not row["optional"]:
            per_doc[doc][k] += 1
        stmts[doc].append(row)

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    rows_sorted = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(rows_sorted, rows_sorted[1:]):
        if a["end"] > b["start"]:
            err(f"{doc} group {g}: pieces overlap")
    if len({(r["speaker"] or {}).get("name") for r in rows}) != 1:
        err(f"{doc} group {g}: pieces have different speakers")
    if len({r["optional"] for r in rows}) != 1:
        err(f"{doc} group {g}: pieces differ in optional")
    if rows[0]["kind"] == "mixed" and not any(q in r["content"] for r in rows for q in QUOTES):
        err(f"{doc} group {g}: mixed statement has no quoted fragment in any piece")
    if len({r["kind"] for r in rows}) != 1:
        warn(f"{doc} group {g}: pieces differ in kind")

for doc, rows in stmts.items():
    seen = set()
    for r in rows:
        key = (r["start"], r["end"])
        if key in seen:
            err(f"{doc}: duplicate span {key}")
        seen.add(key)

for doc, text in sorted(texts.items()):
    words = len(re.findall(r"\w+(?:[-'’]\w+)*", text))
    n = sum(per_doc[doc].values())
    n_stmt = n - sum(len(rs) - 1 for (d, g), rs in groups.items() if d == doc and not rs[0]["optional"])
    print(f"{doc}: {words:4d} words, {n:2d} scored lines ({n_stmt} statements), "
          f"d/i/m {per_doc[doc]['direct']}/{per_doc[doc]['indirect']}/{per_doc[doc]['mixed']}")
    if not 150 <= words <= 330:
        warn(f"{doc}: {words} words")
    if not 6 <= n_stmt <= 12:
        warn(f"{doc}: {n_stmt} scored statements")

print(f"scored {dict(scored)} = {sum(scored.values())}; optional {dict(optional)} = {sum(optional.values())}; "
      f"not_statement {ns_count}; groups {len(groups)}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
