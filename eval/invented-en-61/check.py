#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (CC0 1.0). Exits 1 on any error.

Checks: JSON shape and required fields; kinds; text[start:end] == content; direct content without
enclosing quotation marks; mixed contains a quotation mark and indirect contains none; speaker
mentions occur in the document; no duplicate spans or not_statement lines; split-quote groups
consistent; metadata shape (published YYYY-MM-DD, lang en/ru/uk); UTF-8 text with LF line ends.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
DOUBLE_MARKS = '"“”„«»‘‚'
REQUIRED = ("doc", "kind", "content", "start", "end", "speaker", "cue", "optional")

errors = []


def err(msg):
    errors.append(msg)


def has_quote(s):
    return any(c in s for c in DOUBLE_MARKS) or bool(re.search(r"(?<!\w)'\w", s))


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: CR characters (LF line ends required)")
            if not t.endswith("\n"):
                err(f"{fn}: does not end with a newline")
            texts[doc] = t
            mp = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{doc}.meta.json: not JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{doc}.meta.json: keys must be published, lang (got {sorted(meta)})")
            try:
                datetime.date.fromisoformat(str(meta.get("published")))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                    raise ValueError
            except ValueError:
                err(f"{doc}.meta.json: bad published date {meta.get('published')!r}")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{doc}.meta.json: bad lang {meta.get('lang')!r}")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: no matching .txt")

    spans, groups, nss = set(), defaultdict(list), set()
    n_st = n_ns = 0
    docs_with_lines = set()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold.jsonl:{ln}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold.jsonl:{ln}: not JSON ({e})")
                continue
            where = f"gold.jsonl:{ln} ({r.get('doc')})"
            doc = r.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc")
                continue
            text = texts[doc]
            docs_with_lines.add(doc)
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(r)}")
                ns = r["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"{where}: empty not_statement")
                elif ns not in text:
                    err(f"{where}: not_statement not in text: {ns!r}")
                if (doc, ns) in nss:
                    err(f"{where}: duplicate not_statement {ns!r}")
                nss.add((doc, ns))
                continue
            n_st += 1
            missing = [k for k in REQUIRED if k not in r]
            if missing:
                err(f"{where}: missing fields {missing}")
                continue
            extra = set(r) - set(REQUIRED) - {"group"}
            if extra:
                err(f"{where}: unexpected fields {sorted(extra)}")
            kind, c, s, e = r["kind"], r["content"], r["start"], r["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(c, str) or not c.strip():
                err(f"{where}: empty content")
                continue
            if c != c.strip():
                err(f"{where}: content has leading/trailing whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}-{e}")
            elif text[s:e] != c:
                err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
            if not isinstance(r["optional"], bool):
                err(f"{where}: optional must be a boolean")
            if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            if kind == "mixed" and not has_quote(c):
                err(f"{where}: mixed statement without quotation marks")
            if kind == "indirect" and has_quote(c):
                err(f"{where}: indirect statement with quotation marks")
            if kind == "direct" and (c[0] in '"“«„' or c[-1] in '"”»'):
                err(f"{where}: direct content keeps its enclosing quotation marks")
            sp = r["speaker"]
            if sp is not None:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have exactly text, name, anonymous")
                else:
                    if not isinstance(sp["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be a boolean")
                    if not sp["name"] or not isinstance(sp["name"], str):
                        err(f"{where}: empty speaker.name")
                    if not sp["text"] or sp["text"] not in text:
                        err(f"{where}: speaker.text not in document: {sp['text']!r}")
            if (doc, s, e) in spans:
                err(f"{where}: duplicate span {s}-{e}")
            spans.add((doc, s, e))
            if "group" in r:
                if not isinstance(r["group"], str) or not r["group"]:
                    err(f"{where}: group must be a non-empty string")
                groups[(doc, r["group"])].append(r)
    for (doc, g), rows in groups.items():
        where = f"{doc} group {g}"
        if len(rows) < 2:
            err(f"{where}: a group needs at least two pieces")
        if len({json.dumps(x["speaker"], sort_keys=True) for x in rows}) != 1:
            err(f"{where}: pieces have different speakers")
        if len({x["kind"] for x in rows}) != 1 or len({x["optional"] for x in rows}) != 1:
            err(f"{where}: pieces differ in kind or optional")
        rows = sorted(rows, key=lambda x: x["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{where}: pieces overlap")
    for doc in texts:
        if doc not in docs_with_lines:
            err(f"{doc}: no gold lines at all")
    for m in errors:
        print("ERROR", m)
    print(f"{len(texts)} documents, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
