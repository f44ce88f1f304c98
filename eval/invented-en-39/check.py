#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (see ../../shared/eval/FORMAT.md). Exits 1 on any error.

Usage: python3 check.py [CORPUS_DIR]   (default: the folder of this script)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = set('"“”«»„')
STATEMENT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
LANG = "en"

errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    docs = {}
    ddir = os.path.join(ROOT, "docs")
    for fn in sorted(os.listdir(ddir)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(ddir, fn), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{doc}: not UTF-8")
                continue
            if "\r" in text:
                err(f"{doc}: CR line ends")
            if not text.endswith("\n"):
                err(f"{doc}: no final LF")
            docs[doc] = text
            mp = os.path.join(ddir, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{doc}: meta.json not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
                err(f"{doc}: meta.json must have exactly published and lang: {meta}")
                continue
            if meta.get("lang") != LANG:
                err(f"{doc}: meta lang {meta.get('lang')!r} != {LANG!r}")
            pub = meta.get("published")
            if not isinstance(pub, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                err(f"{doc}: bad published {pub!r}")
            else:
                try:
                    datetime.date.fromisoformat(pub)
                except ValueError:
                    err(f"{doc}: invalid date {pub!r}")
        elif fn.endswith(".meta.json"):
            if not os.path.exists(os.path.join(ddir, fn[:-len(".meta.json")] + ".txt")):
                err(f"{fn}: meta without document")
        else:
            err(f"docs/{fn}: unexpected file")
    return docs


def main():
    docs = load_docs()
    spans = set()
    groups = defaultdict(list)
    per_doc = Counter()
    ns_seen = set()
    n_st = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        err("gold.jsonl: CR line ends")
    for ln, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"gold.jsonl:{ln}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: not JSON ({e})")
            continue
        if not isinstance(row, dict):
            err(f"{where}: not an object")
            continue
        doc = row.get("doc")
        if doc not in docs:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = docs[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(set(row) - {'doc', 'not_statement'})}")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns.strip():
                err(f"{where}: empty not_statement")
            elif ns not in text:
                err(f"{where}: not_statement not in {doc}: {ns!r}")
            if (doc, ns) in ns_seen:
                err(f"{where}: duplicate not_statement {ns!r}")
            ns_seen.add((doc, ns))
            continue
        n_st += 1
        missing = STATEMENT_KEYS - set(row)
        extra = set(row) - STATEMENT_KEYS - {"group"}
        if missing:
            err(f"{where}: missing fields {sorted(missing)}")
            continue
        if extra:
            err(f"{where}: unknown fields {sorted(extra)}")
        kind, content, start, end = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if content != content.strip():
            err(f"{where}: content has leading/trailing whitespace")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"{where}: bad offsets {start}-{end}")
            continue
        if text[start:end] != content:
            err(f"{where}: text[{start}:{end}] = {text[start:end]!r} != content {content!r}")
        if (doc, start, end) in spans:
            err(f"{where}: duplicate span {doc} {start}-{end}")
        spans.add((doc, start, end))
        has_q = any(c in QUOTES for c in content)
        if kind == "mixed" and not has_q:
            err(f"{where}: mixed without quotation marks: {content!r}")
        if kind == "indirect" and has_q:
            err(f"{where}: indirect with quotation marks: {content!r}")
        if kind == "direct" and content[0] in QUOTES:
            err(f"{where}: direct content starts with its enclosing quotation mark")
        sp = row["speaker"]
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must be null or {{text, name, anonymous}}")
            else:
                if not isinstance(sp["text"], str) or not sp["text"]:
                    err(f"{where}: empty speaker.text")
                elif sp["text"] not in text:
                    err(f"{where}: speaker mention {sp['text']!r} not in {doc}")
                if not isinstance(sp["name"], str) or not sp["name"]:
                    err(f"{where}: empty speaker.name")
                if not isinstance(sp["anonymous"], bool):
                    err(f"{where}: speaker.anonymous not bool")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"]):
            err(f"{where}: cue must be a non-empty string or null")
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional not bool")
        if not row["optional"]:
            per_doc[doc] += 1
        if "group" in row:
            if not isinstance(row["group"], str) or not row["group"]:
                err(f"{where}: bad group")
            else:
                groups[(doc, row["group"])].append((start, end, row))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc}: group {g} has only one piece")
        pieces.sort(key=lambda t: t[0])
        for (s1, e1, r1), (s2, e2, r2) in zip(pieces, pieces[1:]):
            if s2 < e1:
                err(f"{doc}: group {g} pieces overlap")
        for attr in ("kind", "optional", "speaker", "cue"):
            vals = {json.dumps(p[2][attr], sort_keys=True) for p in pieces}
            if len(vals) > 1:
                err(f"{doc}: group {g} pieces differ in {attr}")
    for doc in docs:
        if per_doc[doc] == 0:
            err(f"{doc}: no scored statement")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(docs)} documents, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
