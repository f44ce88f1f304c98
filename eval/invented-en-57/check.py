#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus. Exits 1 on any error. CC0 1.0."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
DOUBLE_MARKS = set('"\u201c\u201d\u00ab\u00bb\u201e')
SINGLE_MARKS = set("\u2018\u2019")
PAIRS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}

errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                texts[doc] = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
                continue
            if b"\r" in raw:
                err(f"{fn}: contains CR (LF line ends required)")
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
                err(f"{doc}.meta.json: keys must be published, lang; got {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
                err(f"{doc}.meta.json: bad published date {meta.get('published')!r}")
            if meta.get("lang") not in {"en", "ru", "uk"}:
                err(f"{doc}.meta.json: bad lang {meta.get('lang')!r}")
    if not texts:
        err("no documents")

    spans = Counter()
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    seen_docs = set()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold line {ln}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold line {ln}: not JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"gold line {ln}: unknown doc {doc!r}")
                continue
            seen_docs.add(doc)
            text = texts[doc]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"gold line {ln}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip() or ns not in text:
                    err(f"gold line {ln}: not_statement span not found in {doc}: {ns!r}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"gold line {ln}: missing keys {sorted(missing)} / unknown keys {sorted(extra)}")
                continue
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"gold line {ln}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"gold line {ln}: empty content")
                continue
            if content != content.strip():
                err(f"gold line {ln}: content has leading/trailing whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"gold line {ln}: bad offsets {s}, {e}")
                continue
            if text[s:e] != content:
                err(f"gold line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            if not isinstance(row["optional"], bool):
                err(f"gold line {ln}: optional must be bool")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"gold line {ln}: cue must be a non-empty string or null")
            if isinstance(row["cue"], str) and row["cue"] not in text:
                err(f"gold line {ln}: cue {row['cue']!r} not in {doc}")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"gold line {ln}: speaker must have exactly text, name, anonymous")
                else:
                    if not isinstance(spk["anonymous"], bool):
                        err(f"gold line {ln}: speaker.anonymous must be bool")
                    if not spk["name"] or not isinstance(spk["name"], str):
                        err(f"gold line {ln}: speaker.name empty")
                    if not spk["text"] or spk["text"] not in text:
                        err(f"gold line {ln}: speaker.text {spk['text']!r} does not occur in {doc}")
            chars = set(content)
            if kind == "indirect" and chars & (DOUBLE_MARKS | SINGLE_MARKS):
                err(f"gold line {ln}: indirect content contains quotation marks")
            if kind == "mixed" and not chars & (DOUBLE_MARKS | SINGLE_MARKS):
                err(f"gold line {ln}: mixed content has no quotation marks")
            if kind == "direct" and content[0] in PAIRS and content[-1] == PAIRS[content[0]] \
                    and content.count(content[0]) == 1:
                err(f"gold line {ln}: direct content includes its enclosing quotation marks")
            spans[(doc, s, e)] += 1
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"gold line {ln}: group must be a non-empty string")
                groups[(doc, row["group"])].append((ln, row))
    for key, n in spans.items():
        if n > 1:
            err(f"duplicate span {key} ({n} lines)")
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        rows = sorted((r for _, r in pieces), key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
        for r in rows[1:]:
            for k in ("kind", "optional", "cue"):
                if r[k] != rows[0][k]:
                    err(f"{doc} group {g}: pieces differ in {k}")
            if (r["speaker"] or {}).get("name") != (rows[0]["speaker"] or {}).get("name") or \
                    (r["speaker"] or {}).get("anonymous") != (rows[0]["speaker"] or {}).get("anonymous"):
                err(f"{doc} group {g}: pieces differ in speaker")
    for doc in sorted(set(texts) - seen_docs):
        err(f"{doc}: no gold lines")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
