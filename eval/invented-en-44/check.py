#!/usr/bin/env python3
"""Validate gold.jsonl of this corpus against docs/ (standard library only). Exit 1 on any error.

Checks: JSON shape and required fields; kinds; text[start:end] == content; direct/indirect/mixed
quotation-mark rules (mixed needs a quotation mark, counted over the joined pieces of a group;
indirect may contain none); speaker mentions occur in the document; no duplicate spans; group pieces
in order, non-overlapping, same kind/speaker/cue/optional; not_statement spans occur in the text;
metadata files exist and have exactly {"published": "YYYY-MM-DD", "lang": "en"|"ru"|"uk"};
documents are UTF-8 with LF line ends.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
# Double quotes of any style, guillemets, and curly single quotes. The ASCII apostrophe is not
# counted (it is used for possessives such as "engineers' passwords"); no document uses ASCII
# single quotes inside a statement.
QUOTES = set('"“”«»„‘’')
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for f in sorted(os.listdir(DOCS)):
        if f.endswith(".txt"):
            raw = open(os.path.join(DOCS, f), "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{f}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{f}: CR line ends")
            texts[f[:-4]] = t
            meta_path = os.path.join(DOCS, f[:-4] + ".meta.json")
            if not os.path.exists(meta_path):
                err(f"{f}: no meta.json")
                continue
            meta = json.load(open(meta_path, encoding="utf-8"))
            if set(meta) != {"published", "lang"}:
                err(f"{meta_path}: keys {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
                err(f"{meta_path}: bad published {meta.get('published')!r}")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{meta_path}: bad lang {meta.get('lang')!r}")
    if not texts:
        err("no documents")
    spans, groups, n_stmt, n_ns = set(), defaultdict(list), 0, 0
    stmt_docs = set()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}: not JSON ({e})")
                continue
            doc = r.get("doc")
            if doc not in texts:
                err(f"line {ln}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    err(f"line {ln}: not_statement line has extra keys {sorted(r)}")
                if not r["not_statement"] or r["not_statement"] not in text:
                    err(f"line {ln}: not_statement span not in {doc}: {r['not_statement']!r}")
                continue
            n_stmt += 1
            stmt_docs.add(doc)
            missing = STMT_KEYS - set(r)
            extra = set(r) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"line {ln}: missing {sorted(missing)} extra {sorted(extra)}")
                continue
            if r["kind"] not in KINDS:
                err(f"line {ln}: bad kind {r['kind']!r}")
            c, s, e = r["content"], r["start"], r["end"]
            if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
                err(f"line {ln}: bad offsets {s}..{e}")
                continue
            if text[s:e] != c:
                err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
            if c != c.strip():
                err(f"line {ln}: content has surrounding whitespace")
            if (doc, s, e) in spans:
                err(f"line {ln}: duplicate span {doc} {s}..{e}")
            spans.add((doc, s, e))
            if not isinstance(r["optional"], bool):
                err(f"line {ln}: optional must be bool")
            if r["cue"] is not None and not isinstance(r["cue"], str):
                err(f"line {ln}: cue must be string or null")
            sp = r["speaker"]
            if sp is not None:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"line {ln}: bad speaker {sp!r}")
                else:
                    if not sp["text"] or sp["text"] not in text:
                        err(f"line {ln}: speaker mention {sp['text']!r} not in {doc}")
                    if not sp["name"]:
                        err(f"line {ln}: empty speaker name")
                    if not isinstance(sp["anonymous"], bool):
                        err(f"line {ln}: anonymous must be bool")
            has_q = any(ch in QUOTES for ch in c)
            if r["kind"] == "indirect" and has_q:
                err(f"line {ln}: indirect content contains quotation marks: {c!r}")
            if "group" in r:
                groups[(doc, str(r["group"]))].append((ln, r))
            elif r["kind"] == "mixed" and not has_q:
                err(f"line {ln}: mixed content has no quotation marks: {c!r}")
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        first = pieces[0][1]
        for ln, r in pieces:
            for k in ("kind", "cue", "optional"):
                if r[k] != first[k]:
                    err(f"line {ln}: group {g} piece differs in {k}")
            if (r["speaker"] or {}).get("name") != (first["speaker"] or {}).get("name"):
                err(f"line {ln}: group {g} piece has a different speaker name")
        for (l1, a), (l2, b) in zip(pieces, pieces[1:]):
            if not a["end"] <= b["start"]:
                err(f"line {l2}: group {g} pieces out of order or overlapping")
        if first["kind"] == "mixed" and not any(ch in QUOTES for _, r in pieces for ch in r["content"]):
            err(f"{doc} group {g}: mixed group without quotation marks")
    for doc in texts:
        if doc not in stmt_docs:
            err(f"{doc}: no statements in gold")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
