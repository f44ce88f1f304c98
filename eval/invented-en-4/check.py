#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ and print the counts table.

    python3 check.py            # exits non-zero on any error
"""
import json
import os
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
OPEN_MARKS = "\"“‘«'"
DQ = "\"“”«»"
# indirect/mixed contents that legitimately begin with "that" (demonstrative, not complementiser)
THAT_OK = {("g24", "that makes him neither their friend nor their enemy")}


def main():
    errors, warnings = [], []
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            doc_id = fn[:-4]
            with open(os.path.join(docs_dir, fn), encoding="utf-8", newline="") as f:
                texts[doc_id] = f.read()
            meta_path = os.path.join(docs_dir, doc_id + ".meta.json")
            if not os.path.exists(meta_path):
                errors.append(f"{doc_id}: no meta.json")
            else:
                meta = json.load(open(meta_path, encoding="utf-8"))
                if set(meta) != {"published", "lang"} or meta["lang"] != "en" or \
                        not meta["published"].startswith("2026-"):
                    errors.append(f"{doc_id}: bad meta {meta}")
            n = len(texts[doc_id].split())
            if not 130 <= n <= 300:
                errors.append(f"{doc_id}: {n} words")
    rows = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: not JSON: {e}")
    groups = defaultdict(list)
    spans = defaultdict(set)
    contents = defaultdict(set)
    for n, r in rows:
        where = f"line {n} ({r.get('doc')})"
        if r.get("doc") not in texts:
            errors.append(f"{where}: unknown doc")
            continue
        text = texts[r["doc"]]
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                errors.append(f"{where}: extra keys in not_statement line")
            if not r["not_statement"] or r["not_statement"] not in text:
                errors.append(f"{where}: not_statement span not in text")
            continue
        keys = set(r)
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if k not in KINDS:
            errors.append(f"{where}: kind {k!r}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad offsets {s},{e}")
            continue
        if text[s:e] != c:
            errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != content {c!r}")
        if c != c.strip():
            errors.append(f"{where}: content has outer whitespace")
        if (s, e) in spans[r["doc"]]:
            errors.append(f"{where}: duplicate span")
        spans[r["doc"]].add((s, e))
        contents[r["doc"]].add(c)
        if not isinstance(r["optional"], bool):
            errors.append(f"{where}: optional not bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            errors.append(f"{where}: bad cue")
        if isinstance(r["cue"], str) and (r["cue"].endswith(":") or r["cue"].endswith(" that")):
            errors.append(f"{where}: cue keeps colon/'that' (convention: drop them)")
        sp = r["speaker"]
        if sp is not None:
            if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                    or not sp["text"] or not sp["name"]:
                errors.append(f"{where}: bad speaker {sp}")
            elif sp["text"] not in text:
                errors.append(f"{where}: speaker.text not in document: {sp['text']!r}")
        # kind-specific shape checks
        if k == "direct":
            if c[0] in DQ or c[-1] in DQ:
                errors.append(f"{where}: direct content keeps its enclosing marks")
            before = text[:s].rstrip(" ")
            if not (before and (before[-1] in OPEN_MARKS or before[-1] in ":\n")):
                errors.append(f"{where}: direct content not preceded by a quote mark, colon or line break")
        elif k == "mixed":
            if not any(ch in c for ch in DQ + "‘’'"):
                errors.append(f"{where}: mixed content has no quoted fragment")
        elif k == "indirect":
            if any(ch in c for ch in DQ):
                errors.append(f"{where}: indirect content contains double quotes")
        if k in ("indirect", "mixed") and c.lower().startswith("that ") and (r["doc"], c) not in THAT_OK:
            errors.append(f"{where}: content starts with complementiser 'that'")
        if "group" in r:
            groups[(r["doc"], r["group"])].append(r)
    for (doc_id, g), pieces in groups.items():
        if len(pieces) < 2:
            errors.append(f"{doc_id}: group {g} has a single piece")
        if len({json.dumps(p["speaker"], sort_keys=True) for p in pieces}) != 1:
            errors.append(f"{doc_id}: group {g} pieces disagree on speaker")
        if len({p["kind"] for p in pieces}) != 1 or len({p["optional"] for p in pieces}) != 1:
            errors.append(f"{doc_id}: group {g} pieces disagree on kind/optional")
    for n, r in rows:
        if "not_statement" in r and r["not_statement"] in contents.get(r["doc"], ()):
            errors.append(f"line {n}: not_statement equals a statement content")
    docs_with_rows = {r["doc"] for _, r in rows}
    for d in texts:
        if d not in docs_with_rows:
            warnings.append(f"{d}: no gold lines")

    # counts
    st = [r for _, r in rows if "kind" in r]
    table = Counter((r["kind"], r["optional"]) for r in st)
    print("| | non-optional | optional |")
    print("|---|---|---|")
    for k in ("direct", "indirect", "mixed"):
        print(f"| {k} | {table[(k, False)]} | {table[(k, True)]} |")
    print(f"| **all** | **{sum(v for (k, o), v in table.items() if not o)}** | "
          f"**{sum(v for (k, o), v in table.items() if o)}** |")
    print(f"statement lines: {len(st)}; not_statement lines: {sum(1 for _, r in rows if 'not_statement' in r)}")
    print(f"group pieces: {sum(1 for r in st if 'group' in r)} in {len(groups)} groups")
    anon = [r for r in st if r['speaker'] and r['speaker']['anonymous']]
    print(f"anonymous speakers: {len(anon)} lines ({sum(1 for r in anon if not r['optional'])} scored)")
    print(f"speaker null: {sum(1 for r in st if r['speaker'] is None)}")
    print(f"documents: {len(texts)}, words: {sum(len(t.split()) for t in texts.values())}")
    for w in warnings:
        print("warning:", w)
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("OK: 0 errors")


if __name__ == "__main__":
    main()
