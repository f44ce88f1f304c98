#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, metadata, sizes.

    python3 check.py [CORPUS_DIR]
Exit status 1 on any error. Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
errors = []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts, metas = {}, {}
for f in sorted(os.listdir(docs_dir)):
    stem, ext = f.split(".", 1)
    path = os.path.join(docs_dir, f)
    if ext == "txt":
        raw = open(path, "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        texts[stem] = raw.decode("utf-8")
    elif ext == "meta.json":
        metas[stem] = json.load(open(path, encoding="utf-8"))
    else:
        err(f"unexpected file {f}")
for d in texts:
    m = metas.get(d)
    if m is None:
        err(f"{d}: no meta.json")
        continue
    if set(m) != {"published", "lang"} or m["lang"] not in ("ru", "uk") or \
            not re.fullmatch(r"2025-\d\d-\d\d", m["published"]):
        err(f"{d}: bad meta {m}")
for d in metas:
    if d not in texts:
        err(f"{d}: meta without text")

stmts, nstmts = defaultdict(list), defaultdict(list)
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        d = row.get("doc")
        where = f"gold line {n} ({d})"
        if d not in texts:
            err(f"{where}: unknown doc")
            continue
        text = texts[d]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: bad not_statement keys")
            if row["not_statement"] not in text:
                err(f"{where}: not_statement not in text: {row['not_statement']!r}")
            nstmts[d].append(row)
            continue
        if not set(row) <= STMT_KEYS or not (STMT_KEYS - {"group"}) <= set(row):
            err(f"{where}: bad keys {sorted(row)}")
            continue
        if row["kind"] not in KINDS:
            err(f"{where}: bad kind {row['kind']}")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional not bool")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets")
        elif text[s:e] != c:
            err(f"{where}: text[start:end] != content: {text[s:e]!r} vs {c!r}")
        if c != c.strip() or c.endswith((".", ",")) and not c.endswith("..."):
            err(f"{where}: content has edge whitespace or trailing ./,: {c[-20:]!r}")
        if row["kind"] == "mixed" and "group" not in row and "«" not in c and "„" not in c:
            err(f"{where}: mixed without quote marks")
        spk = row["speaker"]
        if spk is not None:
            if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                    or not spk["name"] or not spk["text"]:
                err(f"{where}: bad speaker {spk}")
            elif spk["text"] not in text:
                err(f"{where}: speaker.text not in doc: {spk['text']!r}")
        elif not row["optional"]:
            err(f"{where}: null speaker on a scored line")
        cue = row["cue"]
        if cue is not None and cue.lower() not in text.lower():
            err(f"{where}: cue not in doc: {cue!r}")
        stmts[d].append(row)

# groups: same speaker, cue, optional; pieces ordered and disjoint; >= 2 pieces
for d, rows in stmts.items():
    groups = defaultdict(list)
    for r in rows:
        if "group" in r:
            groups[r["group"]].append(r)
    for g, pieces in groups.items():
        if len(pieces) < 2:
            err(f"{d} group {g}: fewer than 2 pieces")
        pieces.sort(key=lambda r: r["start"])
        for a, b in zip(pieces, pieces[1:]):
            if a["end"] > b["start"]:
                err(f"{d} group {g}: overlapping pieces")
            if a["speaker"] != b["speaker"] or a["cue"] != b["cue"] or a["optional"] != b["optional"] \
                    or a["kind"] != b["kind"]:
                err(f"{d} group {g}: pieces disagree on kind/speaker/cue/optional")
        if pieces[0]["kind"] == "mixed" and not any("«" in r["content"] or "„" in r["content"] for r in pieces):
            err(f"{d} group {g}: mixed group without quote marks")
    seen = Counter((r["start"], r["end"]) for r in rows)
    for k, v in seen.items():
        if v > 1:
            err(f"{d}: duplicate span {k}")

# sizes: 120-280 words; 6-12 scored statements (a group counts once)
per_lang = Counter()
for d, text in sorted(texts.items()):
    per_lang[metas.get(d, {}).get("lang")] += 1
    words = len(text.split())
    scored = {r.get("group") or (r["start"], r["end"]) for r in stmts[d] if not r["optional"]}
    if not 120 <= words <= 280:
        err(f"{d}: {words} words (want 120-280)")
    if not 6 <= len(scored) <= 12:
        err(f"{d}: {len(scored)} scored statements (want 6-12)")
    print(f"{d} {metas.get(d, {}).get('lang')} {metas.get(d, {}).get('published')} words={words} "
          f"scored={len(scored)} lines={len(stmts[d])} optional={sum(r['optional'] for r in stmts[d])} "
          f"not_statement={len(nstmts[d])}")
print("languages:", dict(per_lang))
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("check.py: 0 errors")
