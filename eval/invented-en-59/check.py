#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (format: /work/shared/eval/FORMAT.md). Exit 1 on any error.

Checks: JSON shape and required fields of every line; kinds; text[start:end] == content (code points);
direct content not wrapped in its own quotation marks; mixed contains quotation marks and indirect
contains none; speaker.text occurs in the document; no duplicate statement spans; group pieces
consistent (>= 2 pieces, same kind/speaker/cue, in text order, not overlapping); not_statement spans
occur in their document; every doc has UTF-8 LF text and a meta file {"published": "YYYY-MM-DD",
"lang": "en"}. Standard library only. Licence: CC0 1.0.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
DOUBLE_MARKS = set('"“”«»„')
OPENERS = set('"“‘«„\'')
CLOSERS = set('"”’»\'')

errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    texts = {}
    names = sorted(os.listdir(DOCS_DIR))
    for fn in names:
        if fn.endswith(".txt"):
            did = fn[:-4]
            raw = open(os.path.join(DOCS_DIR, fn), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
                continue
            if "\r" in text:
                err(f"{fn}: CR line ends")
            if text.startswith("\ufeff"):
                err(f"{fn}: BOM")
            texts[did] = text
            meta_path = os.path.join(DOCS_DIR, did + ".meta.json")
            if not os.path.exists(meta_path):
                err(f"{did}: missing meta file")
                continue
            try:
                meta = json.load(open(meta_path, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{did}.meta.json: not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
                err(f"{did}.meta.json: keys must be exactly published, lang: {meta}")
                continue
            if meta.get("lang") != "en":
                err(f"{did}.meta.json: lang must be 'en'")
            pub = meta.get("published")
            if not isinstance(pub, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                err(f"{did}.meta.json: published must be YYYY-MM-DD")
            else:
                try:
                    datetime.date.fromisoformat(pub)
                except ValueError:
                    err(f"{did}.meta.json: invalid date {pub}")
        elif fn.endswith(".meta.json"):
            if not os.path.exists(os.path.join(DOCS_DIR, fn[:-10] + ".txt")):
                err(f"{fn}: meta without text")
        else:
            err(f"docs/{fn}: unexpected file")
    return texts


def main():
    texts = load_docs()
    spans = defaultdict(set)
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    docs_with_lines = set()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.jsonl:{n}"
            if not line.strip():
                err(f"{where}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: not JSON ({e})")
                continue
            if not isinstance(row, dict):
                err(f"{where}: not an object")
                continue
            did = row.get("doc")
            if did not in texts:
                err(f"{where}: unknown doc {did!r}")
                continue
            docs_with_lines.add(did)
            text = texts[did]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(set(row) - {'doc', 'not_statement'})}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"{where}: empty not_statement")
                elif ns not in text:
                    err(f"{where}: not_statement {ns!r} not in {did}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing:
                err(f"{where}: missing fields {sorted(missing)}")
                continue
            if extra:
                err(f"{where}: unexpected fields {sorted(extra)}")
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
            if (start, end) in spans[did]:
                err(f"{where}: duplicate span {did} {start}-{end}")
            spans[did].add((start, end))
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be a bool")
            cue = row["cue"]
            if cue is not None and (not isinstance(cue, str) or not cue.strip()):
                err(f"{where}: cue must be a non-empty string or null")
            marks = DOUBLE_MARKS & set(content)
            if kind == "indirect" and marks:
                err(f"{where}: indirect content contains quotation marks {sorted(marks)}")
            if kind == "mixed" and not marks and not re.search(r"(?:^|\W)[‘'][^‘’']+[’'](?:\W|$)", content):
                err(f"{where}: mixed content has no quotation marks")
            if kind == "direct":
                if start > 0 and end < len(text) and text[start - 1] in OPENERS and text[end] in CLOSERS \
                        and content[0] in OPENERS:
                    err(f"{where}: direct content seems to include its enclosing mark")
            sp = row["speaker"]
            if sp is not None:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have exactly text, name, anonymous")
                else:
                    if not isinstance(sp["text"], str) or not sp["text"].strip():
                        err(f"{where}: empty speaker.text")
                    elif sp["text"] not in text:
                        err(f"{where}: speaker.text {sp['text']!r} not in {did}")
                    if not isinstance(sp["name"], str) or not sp["name"].strip():
                        err(f"{where}: empty speaker.name")
                    if not isinstance(sp["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be a bool")
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"{where}: group must be a non-empty string")
                else:
                    groups[(did, row["group"])].append((n, row))
    for (did, g), pieces in groups.items():
        where = f"{did} group {g}"
        if len(pieces) < 2:
            err(f"{where}: only one piece")
        rows = [r for _, r in pieces]
        for key in ("kind", "cue", "optional"):
            if len({json.dumps(r[key]) for r in rows}) != 1:
                err(f"{where}: pieces differ in {key}")
        if len({(r["speaker"] or {}).get("name") for r in rows}) != 1:
            err(f"{where}: pieces differ in speaker name")
        ordered = sorted(rows, key=lambda r: r["start"])
        if ordered != rows:
            err(f"{where}: pieces not in text order in gold.jsonl")
        for a, b in zip(ordered, ordered[1:]):
            if a["end"] > b["start"]:
                err(f"{where}: pieces overlap")
    for did in texts:
        if did not in docs_with_lines:
            err(f"{did}: no gold lines")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
