#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, layout. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
OPEN_Q = "\"“‘«"
errors = []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts = {}
for f in sorted(os.listdir(docs_dir)):
    if f.endswith(".txt"):
        doc = f[:-4]
        raw = open(os.path.join(docs_dir, f), "rb").read()
        if b"\r" in raw:
            err(f"{doc}: CR characters (need LF line ends)")
        texts[doc] = raw.decode("utf-8")
        meta_path = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: missing meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != {"published", "lang"} or meta["lang"] != "en" or \
                    not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                err(f"{doc}: bad meta {meta}")
    elif not f.endswith(".meta.json"):
        err(f"unexpected file docs/{f}")

stmts = defaultdict(list)
nss = defaultdict(list)
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        doc = row.get("doc")
        if doc not in texts:
            err(f"line {n}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"line {n}: bad not_statement keys {sorted(row)}")
            if row["not_statement"] not in text:
                err(f"line {n}: not_statement not in text: {row['not_statement']!r}")
            nss[doc].append(row["not_statement"])
            continue
        keys = set(row)
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"line {n}: bad keys {sorted(keys)}")
            continue
        if row["kind"] not in KINDS:
            err(f"line {n}: bad kind {row['kind']}")
        c, s, e = row["content"], row["start"], row["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"line {n}: bad offsets {s}-{e}")
        elif text[s:e] != c:
            err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(f"line {n}: content has outer whitespace")
        if not isinstance(row["optional"], bool):
            err(f"line {n}: optional not bool")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or row["cue"] not in text):
            err(f"line {n}: cue not in text: {row['cue']!r}")
        spk = row["speaker"]
        if spk is not None:
            if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                    or not spk["name"] or spk["text"] not in text:
                err(f"line {n}: bad speaker {spk}")
        elif not row["optional"]:
            err(f"line {n}: null speaker on a scored line")
        has_q = any(ch in c for ch in "\"“”«»") or "‘" in c
        if row["kind"] == "direct" and c[0] in OPEN_Q and "\n" not in c:
            err(f"line {n}: direct content starts with a quotation mark")
        if row["kind"] == "mixed" and not has_q:
            err(f"line {n}: mixed content without a quoted fragment")
        if row["kind"] == "indirect" and has_q:
            err(f"line {n}: indirect content with quotation marks")
        if row["kind"] == "direct" and s > 0 and e < len(text):
            before, after = text[s - 1], text[e] if e < len(text) else ""
            block = before == "\n" or before == " " and text[s - 2] == ":"
            if before not in OPEN_Q and not block:
                err(f"line {n}: direct content not preceded by a quotation mark or a block start: {before!r}")
        row["_n"] = n
        stmts[doc].append(row)

for doc, rows in stmts.items():
    spans = [(r["start"], r["end"]) for r in rows]
    if len(spans) != len(set(spans)):
        err(f"{doc}: duplicate spans")
    groups = defaultdict(list)
    for r in rows:
        if "group" in r:
            groups[r["group"]].append(r)
    for g, members in groups.items():
        members.sort(key=lambda r: r["start"])
        if len(members) < 2:
            err(f"{doc}: group {g} has one piece")
        if len({json.dumps(m["speaker"], sort_keys=True) for m in members}) != 1:
            err(f"{doc}: group {g} pieces have different speakers")
        if len({m["optional"] for m in members}) != 1 or len({m["cue"] for m in members}) != 1:
            err(f"{doc}: group {g} pieces differ in optional/cue")
        for a, b in zip(members, members[1:]):
            if a["end"] > b["start"]:
                err(f"{doc}: group {g} pieces overlap")
            gap = texts[doc][a["end"]:b["start"]]
            if len(gap) > 80:
                err(f"{doc}: group {g} gap too long: {gap!r}")

for doc in texts:
    if doc not in stmts:
        err(f"{doc}: no statements")

# corpus-level summary (brief: 150-300 words, 6-12 scored statements per document)
print(f"{'doc':<5}{'words':>6}{'scored':>8}{'optional':>9}{'ns':>4}")
for doc in sorted(texts):
    rows = stmts[doc]
    words = len(texts[doc].split())
    scored = {r.get("group") or f"_{r['_n']}" for r in rows if not r["optional"]}
    opt = sum(r["optional"] for r in rows)
    print(f"{doc:<5}{words:>6}{len(scored):>8}{opt:>9}{len(nss[doc]):>4}")
    if not 150 <= words <= 300:
        err(f"{doc}: {words} words (want 150-300)")
    if not 6 <= len(scored) <= 12:
        err(f"{doc}: {len(scored)} scored statements (want 6-12)")

all_rows = [r for rows in stmts.values() for r in rows]
print(f"documents {len(texts)}, statement lines {len(all_rows)}, "
      f"scored {sum(not r['optional'] for r in all_rows)}, optional {sum(r['optional'] for r in all_rows)}, "
      f"not_statement {sum(len(v) for v in nss.values())}")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("check.py: all gold lines valid (0 problems)")
