#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-en-34). Exits 1 on any error. CC0 1.0.

Checks: metadata shape; UTF-8 / LF text; required fields and types; kinds; text[start:end] ==
content; mixed contains a quotation mark and indirect contains none; speaker mention and cue occur
in the document; no duplicate spans; not_statement spans occur; split-quote groups consistent.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = set('"“”«»„‘')          # marks that make a span "quoted" (’ is not used as a quote mark here)
INDIRECT_FORBIDDEN = set('"“”«»„‘’')
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}

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
                err(f"{fn}: CR line ends")
            mp = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{doc}.meta.json: not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
                err(f"{doc}.meta.json: keys must be exactly published, lang: {meta}")
                continue
            try:
                datetime.date.fromisoformat(meta["published"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                    raise ValueError
            except (ValueError, TypeError):
                err(f"{doc}.meta.json: bad published {meta['published']!r}")
            if meta["lang"] not in ("en", "ru", "uk"):
                err(f"{doc}.meta.json: bad lang {meta['lang']!r}")
    if not texts:
        err("no documents")

    spans, nots, groups = set(), set(), defaultdict(list)
    per_doc = Counter()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold line {n}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold line {n}: not JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"gold line {n}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            per_doc[doc] += 1
            if "not_statement" in row:
                if set(row) != {"doc", "not_statement"}:
                    err(f"gold line {n}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"gold line {n}: empty not_statement")
                elif ns not in text:
                    err(f"gold line {n}: not_statement {ns!r} not in {doc}")
                if (doc, ns) in nots:
                    err(f"gold line {n}: duplicate not_statement {ns!r}")
                nots.add((doc, ns))
                continue
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"gold line {n}: missing {sorted(missing)} extra {sorted(extra)}")
                continue
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"gold line {n}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip() or content != content.strip():
                err(f"gold line {n}: content empty or with outer whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"gold line {n}: bad offsets {s}, {e}")
                continue
            if text[s:e] != content:
                err(f"gold line {n}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            if (doc, s, e) in spans:
                err(f"gold line {n}: duplicate span {doc} {s}-{e}")
            spans.add((doc, s, e))
            if kind == "mixed" and not (set(content) & QUOTES):
                err(f"gold line {n}: mixed without quotation marks")
            if kind == "indirect" and set(content) & INDIRECT_FORBIDDEN:
                err(f"gold line {n}: indirect containing quotation marks")
            if kind == "direct" and len(content) > 1 and content[0] in '"“«' and content[-1] in '"”»':
                err(f"gold line {n}: direct content keeps its enclosing quotation marks")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"gold line {n}: speaker must have text, name, anonymous")
                else:
                    if not isinstance(spk["anonymous"], bool):
                        err(f"gold line {n}: speaker.anonymous not bool")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"gold line {n}: empty speaker.name")
                    st = spk["text"]
                    if not isinstance(st, str) or not re.search(r"(?<!\w)" + re.escape(st) + r"(?!\w)", text):
                        err(f"gold line {n}: speaker.text {st!r} does not occur in {doc}")
            cue = row["cue"]
            if cue is not None and (not isinstance(cue, str) or cue not in text):
                err(f"gold line {n}: cue {cue!r} does not occur in {doc}")
            if not isinstance(row["optional"], bool):
                err(f"gold line {n}: optional not bool")
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"gold line {n}: bad group")
                groups[(doc, row["group"])].append((n, row))

    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only one piece")
        kinds = {r["kind"] for _, r in rows}
        names = {(r["speaker"] or {}).get("name") for _, r in rows}
        opts = {r["optional"] for _, r in rows}
        if kinds != {"direct"} or len(names) != 1 or len(opts) != 1:
            err(f"{doc} group {g}: pieces differ in kind/speaker/optional")
        pos = sorted((r["start"], r["end"]) for _, r in rows)
        for (s1, e1), (s2, e2) in zip(pos, pos[1:]):
            if s2 < e1:
                err(f"{doc} group {g}: overlapping pieces")
    for doc in texts:
        if per_doc[doc] == 0:
            err(f"{doc}: no gold lines")

    for m in errors:
        print("ERROR:", m)
    print(f"check.py: {len(texts)} documents, {len(spans)} statements, {len(nots)} not_statement lines, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
