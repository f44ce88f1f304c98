#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (see ../../shared/eval/FORMAT.md). Exits 1 on any error.

Checks: JSON shape and required fields; kinds; text[start:end] == content; direct content does not
start/end with its enclosing quotation mark; mixed content contains a quotation mark and indirect
content none; speaker mention occurs in the document; no duplicate spans or not_statement lines;
group pieces consistent (>= 2 pieces, same speaker/kind, in order, not overlapping); not_statement
spans occur in the document; metadata shape; UTF-8 text with LF line ends. Licence: CC0 1.0.
"""
import datetime
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = set('"“”«»„')          # double marks; single ‘ ’ ' are not used as outer marks in this corpus
REQUIRED = ("doc", "kind", "content", "start", "end", "speaker", "cue", "optional")

errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    texts = {}
    for fn in sorted(os.listdir(DOCS_DIR)):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        raw = open(os.path.join(DOCS_DIR, fn), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        if "\r" in text:
            err(f"{doc}: CR line ends")
        if not text.endswith("\n"):
            err(f"{doc}: no final LF")
        texts[doc] = text
        meta_path = os.path.join(DOCS_DIR, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(meta_path, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc}: meta.json not JSON ({e})")
            continue
        if not isinstance(meta, dict) or set(meta) - {"published", "lang", "source"} or \
                not {"published", "lang"} <= set(meta):
            err(f"{doc}: meta.json keys must be published, lang (source optional): {meta}")
            continue
        try:
            datetime.date.fromisoformat(meta["published"])
            if len(meta["published"]) != 10:
                raise ValueError
        except (TypeError, ValueError):
            err(f"{doc}: bad published date {meta['published']!r}")
        if meta["lang"] not in ("en", "ru", "uk"):
            err(f"{doc}: bad lang {meta['lang']!r}")
    return texts


def main():
    texts = load_docs()
    if not texts:
        err("no documents")
    spans, nots, groups = set(), set(), defaultdict(list)
    per_doc = defaultdict(int)
    n_stmt = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"gold.jsonl:{ln}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: not JSON ({e})")
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
                    err(f"{where}: not_statement does not occur in {doc}: {ns!r}")
                if (doc, ns) in nots:
                    err(f"{where}: duplicate not_statement {ns!r}")
                nots.add((doc, ns))
                continue
            n_stmt += 1
            per_doc[doc] += 1
            missing = [k for k in REQUIRED if k not in row]
            if missing:
                err(f"{where}: missing fields {missing}")
                continue
            extra = set(row) - set(REQUIRED) - {"group"}
            if extra:
                err(f"{where}: unexpected fields {sorted(extra)}")
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}-{e}")
                continue
            if text[s:e] != content:
                err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            if content != content.strip():
                err(f"{where}: content has outer whitespace")
            has_q = any(c in QUOTES for c in content)
            if kind == "mixed" and not has_q:
                err(f"{where}: mixed content has no quotation mark")
            if kind == "indirect" and has_q:
                err(f"{where}: indirect content contains a quotation mark")
            if kind == "direct" and (content[0] in QUOTES or content[-1] in QUOTES) and \
                    content.count('"') % 2 == 1:
                err(f"{where}: direct content seems to include its enclosing quotation mark")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be boolean")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"]):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have text, name, anonymous")
                else:
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be boolean")
                    if not spk["text"] or spk["text"] not in text:
                        err(f"{where}: speaker mention {spk['text']!r} not in {doc}")
                    if not spk["name"]:
                        err(f"{where}: empty speaker.name")
            elif not row["optional"]:
                err(f"{where}: speaker null on a scored line")
            if (doc, s, e) in spans:
                err(f"{where}: duplicate span {doc} {s}-{e}")
            spans.add((doc, s, e))
            if "group" in row:
                groups[(doc, str(row["group"]))].append(row)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only one piece")
        rows = sorted(rows, key=lambda r: r["start"])
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
            err(f"{doc} group {g}: pieces have different speakers")
        if len({r["kind"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
            err(f"{doc} group {g}: pieces differ in kind or optional")
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if not per_doc[doc]:
            err(f"{doc}: no statement lines")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
