#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-56 (CC0 1.0). Exits 1 on any error.

Checks: JSON shape and required fields, kinds, text[start:end] == content, offsets in range,
mixed contains quotation marks and indirect contains none, direct content is not wrapped in its
enclosing marks, speaker mentions occur in the document, no duplicate spans, group pieces
consistent (>= 2 pieces, same speaker name and cue, in order, not overlapping), not_statement
spans occur in their document, metadata shape (published YYYY-MM-DD, lang en), UTF-8 / LF text.
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
DOUBLE = re.compile(r"[\"“”«»„]")
SINGLE_OPEN = re.compile(r"(?:^|[\s(\[—-])['‘][^\s]")
SINGLE_CLOSE = re.compile(r"[^\s]['’](?:$|[\s,.;:!?)\]])")

errors = []


def err(msg):
    errors.append(msg)


def has_quote(s):
    return bool(DOUBLE.search(s) or SINGLE_OPEN.search(s))


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                texts[doc] = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if b"\r" in raw:
                err(f"{fn}: CR line ends")
            meta_path = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(meta_path):
                err(f"{doc}: missing meta.json")
                continue
            try:
                meta = json.load(open(meta_path, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{doc}.meta.json: not JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{doc}.meta.json: keys {sorted(meta)} != ['lang', 'published']")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
                err(f"{doc}.meta.json: bad published {meta.get('published')!r}")
            if meta.get("lang") != "en":
                err(f"{doc}.meta.json: lang {meta.get('lang')!r} != 'en'")
    if not texts:
        err("no documents")

    spans = set()
    groups = defaultdict(list)
    n_st = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold line {ln}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold line {ln}: not JSON ({e})")
                continue
            doc = row.get("doc")
            where = f"gold line {ln} ({doc})"
            if doc not in texts:
                err(f"{where}: unknown doc")
                continue
            text = texts[doc]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(set(row) - {'doc', 'not_statement'})}")
                s = row["not_statement"]
                if not isinstance(s, str) or not s.strip() or s not in text:
                    err(f"{where}: not_statement span not found in text: {s!r}")
                continue
            n_st += 1
            missing = STMT_KEYS - set(row)
            if missing:
                err(f"{where}: missing fields {sorted(missing)}")
                continue
            extra = set(row) - STMT_KEYS - {"group"}
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
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be bool")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            if kind == "mixed" and not has_quote(content):
                err(f"{where}: mixed content has no quotation marks")
            if kind == "indirect" and has_quote(content):
                err(f"{where}: indirect content contains quotation marks")
            if kind == "direct":
                if DOUBLE.match(content[0]) or content[0] in "‘":
                    err(f"{where}: direct content starts with its enclosing mark")
                if content[-1] in "\"”»":
                    err(f"{where}: direct content ends with its enclosing mark")
            sp = row["speaker"]
            if sp is None:
                if not row["optional"]:
                    err(f"{where}: null speaker only allowed on optional lines")
            elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have exactly text, name, anonymous")
            else:
                if not isinstance(sp["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be bool")
                if not sp["name"] or not sp["text"]:
                    err(f"{where}: empty speaker text/name")
                elif sp["text"] not in text:
                    err(f"{where}: speaker mention {sp['text']!r} not in text")
            key = (doc, start, end)
            if key in spans:
                err(f"{where}: duplicate span {start}-{end}")
            spans.add(key)
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"{where}: group must be a non-empty string")
                else:
                    groups[(doc, row["group"])].append(row)

    for (doc, g), rows in groups.items():
        where = f"{doc} group {g}"
        if len(rows) < 2:
            err(f"{where}: only one piece")
        names = {json.dumps(r["speaker"], sort_keys=True) for r in rows}
        if len(names) != 1:
            err(f"{where}: pieces have different speakers")
        if len({r["cue"] for r in rows}) != 1:
            err(f"{where}: pieces have different cues")
        if len({r["optional"] for r in rows}) != 1:
            err(f"{where}: pieces differ in optional")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{where}: pieces overlap")
            elif b["start"] - a["end"] > 80:
                err(f"{where}: pieces more than 80 characters apart")

    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(texts)} docs, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
