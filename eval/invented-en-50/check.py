#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (CC0 1.0). Exits 1 on any error.

Checks: JSON shape and required fields; kind values; text[start:end] == content; direct/mixed/
indirect quotation-mark rules; speaker mentions occur in the document; no duplicate spans; split
pieces (group) consistent; not_statement spans occur in their document; meta.json shape; docs are
UTF-8 with LF line ends.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
DOUBLE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"
errors = []


def err(msg):
    errors.append(msg)


def has_quote_marks(s):
    if any(c in s for c in DOUBLE_MARKS) or "\u2018" in s:
        return True
    # an ASCII single quote that opens a quotation (at start or after whitespace/bracket)
    return re.search(r"(^|[\s(\[])'", s) is not None


def main():
    docdir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docdir)):
        path = os.path.join(docdir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: CR line ends")
            texts[fn[:-4]] = t
    for doc in texts:
        mp = os.path.join(docdir, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: meta.json missing")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: meta.json invalid JSON: {e}")
            continue
        if not isinstance(meta, dict) or set(meta) - {"published", "lang", "source"} or \
                not {"published", "lang"} <= set(meta):
            err(f"{doc}: meta.json keys {sorted(meta) if isinstance(meta, dict) else meta}")
            continue
        try:
            datetime.date.fromisoformat(meta["published"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{doc}: bad published date {meta.get('published')!r}")
        if meta["lang"] not in ("en", "ru", "uk"):
            err(f"{doc}: bad lang {meta['lang']!r}")

    spans = set()
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"gold.jsonl:{ln}"
            if not line.strip():
                err(f"{where}: empty line")
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                err(f"{where}: invalid JSON: {e}")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns or ns not in text:
                    err(f"{where}: not_statement {ns!r} not found in {doc}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
                continue
            kind, content, start, end = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                err(f"{where}: bad offsets {start}-{end}")
                continue
            if text[start:end] != content:
                err(f"{where}: text[{start}:{end}] = {text[start:end]!r} != content {content!r}")
            if content != content.strip():
                err(f"{where}: content has leading/trailing whitespace")
            if (doc, start, end) in spans:
                err(f"{where}: duplicate span {doc} {start}-{end}")
            spans.add((doc, start, end))
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be bool")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: bad speaker {spk!r}")
                else:
                    if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                        err(f"{where}: speaker mention {spk['text']!r} not in {doc}")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"{where}: empty speaker name")
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: anonymous must be bool")
            if "group" in row:
                groups[(doc, str(row["group"]))].append((ln, row))
            else:
                if kind == "mixed" and not has_quote_marks(content):
                    err(f"{where}: mixed without quotation marks: {content!r}")
                if kind == "indirect" and has_quote_marks(content):
                    err(f"{where}: indirect with quotation marks: {content!r}")
    for (doc, g), pieces in groups.items():
        where = f"{doc} group {g}"
        if len(pieces) < 2:
            err(f"{where}: only one piece")
        rows = [r for _, r in pieces]
        for key in ("kind", "cue", "optional"):
            if len({json.dumps(r[key]) for r in rows}) != 1:
                err(f"{where}: pieces differ in {key}")
        if len({json.dumps((r["speaker"] or {}).get("name")) for r in rows}) != 1 or \
                len({json.dumps((r["speaker"] or {}).get("anonymous")) for r in rows}) != 1:
            err(f"{where}: pieces differ in speaker")
        for a, b in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                err(f"{where}: pieces overlap or are out of order")
        joined = " ".join(r["content"] for r in rows)
        if rows[0]["kind"] == "mixed" and not has_quote_marks(joined):
            err(f"{where}: mixed group without quotation marks")
        if rows[0]["kind"] == "indirect" and has_quote_marks(joined):
            err(f"{where}: indirect group with quotation marks")
    docs_in_gold = {json.loads(l)["doc"] for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()}
    for doc in sorted(set(texts) - docs_in_gold):
        err(f"{doc}: no gold lines")
    for e in errors:
        print("ERROR", e)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
