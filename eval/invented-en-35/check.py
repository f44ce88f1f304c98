#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-35 (CC0 1.0).

Checks: document files (UTF-8, LF only), metadata shape, required fields and types, kinds,
text[start:end] == content, mixed contains quotation marks and indirect contains none,
speaker mentions occur in the document, no duplicate spans, split-statement groups consistent,
not_statement spans occur in their document.  Prints every error; exits 1 if there is any.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = set('"“”«»„‘’')
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}

errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        path = os.path.join(DOCS, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: contains CR")
            texts[fn[:-4]] = t
    for doc in texts:
        mp = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: bad meta.json ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}: bad published {meta.get('published')!r}")
        if meta.get("lang") != "en":
            err(f"{doc}: lang {meta.get('lang')!r}")
    if len(texts) != 24:
        err(f"expected 24 documents, found {len(texts)}")

    spans = set()
    groups = defaultdict(list)
    n_st = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = f"line {i}"
            try:
                r = json.loads(line)
            except ValueError as e:
                err(f"{where}: invalid JSON ({e})")
                continue
            doc = r.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has keys {sorted(r)}")
                ns = r["not_statement"]
                if not isinstance(ns, str) or not ns or ns not in text:
                    err(f"{where}: not_statement not found in {doc}: {ns!r}")
                continue
            n_st += 1
            keys = set(r)
            if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            kind, content, s, e = r["kind"], r["content"], r["start"], r["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if content != content.strip():
                err(f"{where}: content has surrounding whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}-{e}")
            elif text[s:e] != content:
                err(f"{where}: text[{s}:{e}] != content ({text[s:e][:40]!r} vs {content[:40]!r})")
            has_q = any(ch in QUOTES for ch in content)
            if kind == "mixed" and not has_q:
                err(f"{where}: mixed without quotation marks")
            if kind == "indirect" and has_q:
                err(f"{where}: indirect with quotation marks")
            if not isinstance(r["optional"], bool):
                err(f"{where}: optional not bool")
            if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
                err(f"{where}: bad cue")
            sp = r["speaker"]
            if sp is not None:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"{where}: bad speaker {sp!r}")
                else:
                    if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in text:
                        err(f"{where}: speaker mention not in text: {sp['text']!r}")
                    if not isinstance(sp["name"], str) or not sp["name"]:
                        err(f"{where}: empty speaker name")
                    if not isinstance(sp["anonymous"], bool):
                        err(f"{where}: anonymous not bool")
            elif not r["optional"] and kind == "direct":
                err(f"{where}: scored direct statement without speaker")
            key = (doc, s, e)
            if key in spans:
                err(f"{where}: duplicate span {key}")
            spans.add(key)
            if "group" in r:
                if not isinstance(r["group"], str) or not r["group"]:
                    err(f"{where}: bad group")
                else:
                    groups[(doc, r["group"])].append((s, e, r))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        pieces.sort(key=lambda p: p[0])
        first = pieces[0][2]
        for s, e, r in pieces[1:]:
            for fld in ("kind", "optional", "cue"):
                if r[fld] != first[fld]:
                    err(f"{doc} group {g}: pieces differ in {fld}")
            if (r["speaker"] or {}).get("name") != (first["speaker"] or {}).get("name"):
                err(f"{doc} group {g}: pieces differ in speaker name")
        for (s1, e1, _), (s2, e2, _) in zip(pieces, pieces[1:]):
            if s2 < e1:
                err(f"{doc} group {g}: pieces overlap")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(texts)} documents, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
