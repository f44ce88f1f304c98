#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-20 (see ../../shared/eval/FORMAT.md).

Checks: JSON shape and required fields, kinds, text[start:end] == content, quotation marks in mixed
(and none in indirect, except around a name listed as not_statement for the same document), speaker
mentions occurring in the text, duplicate spans, split-quote groups, not_statement spans, document
encoding/line ends and metadata shape. Exits 1 on any error. CC0 1.0.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
QUOTES = "«»„“”\""
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docdir = os.path.join(ROOT, "docs")
    texts, langs = {}, {}
    for fn in sorted(os.listdir(docdir)):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        raw = open(os.path.join(docdir, fn), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        if "\r" in text:
            err(f"{doc}: CR line ends")
        if not text.endswith("\n"):
            err(f"{doc}: no final LF")
        if text.startswith("\ufeff"):
            err(f"{doc}: BOM")
        texts[doc] = text
        mp = os.path.join(docdir, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: meta.json missing")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: meta.json invalid JSON: {e}")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)} != ['lang', 'published']")
        pub = meta.get("published")
        try:
            if not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub)):
                raise ValueError
            datetime.date.fromisoformat(pub)
        except ValueError:
            err(f"{doc}: bad published {pub!r}")
        if meta.get("lang") not in {"ru", "uk", "en"}:
            err(f"{doc}: bad lang {meta.get('lang')!r}")
        langs[doc] = meta.get("lang")
    for fn in os.listdir(docdir):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: meta without text")
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"document set differs from e01..e24: missing {sorted(expected - set(texts))}, extra {sorted(set(texts) - expected)}")

    stmts = defaultdict(list)
    ns = defaultdict(list)
    for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            err(f"line {n}: invalid JSON: {e}")
            continue
        doc = rec.get("doc")
        if doc not in texts:
            err(f"line {n}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in rec:
            if set(rec) != {"doc", "not_statement"}:
                err(f"line {n}: not_statement line has extra keys {sorted(rec)}")
            s = rec["not_statement"]
            if not isinstance(s, str) or not s.strip():
                err(f"line {n}: empty not_statement")
            elif s not in text:
                err(f"line {n}: not_statement {s!r} not in {doc}")
            if s in ns[doc]:
                err(f"line {n}: duplicate not_statement {s!r}")
            ns[doc].append(s)
            continue
        missing = STMT_KEYS - set(rec)
        extra = set(rec) - STMT_KEYS - {"group"}
        if missing:
            err(f"line {n}: missing fields {sorted(missing)}")
            continue
        if extra:
            err(f"line {n}: unexpected fields {sorted(extra)}")
        kind, content, start, end = rec["kind"], rec["content"], rec["start"], rec["end"]
        if kind not in KINDS:
            err(f"line {n}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"line {n}: empty content")
            continue
        if content != content.strip():
            err(f"line {n}: content has outer whitespace")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"line {n}: bad offsets {start}-{end}")
            continue
        if text[start:end] != content:
            err(f"line {n}: text[{start}:{end}] = {text[start:end][:50]!r} != content {content[:50]!r}")
        if not isinstance(rec["optional"], bool):
            err(f"line {n}: optional not bool")
        if rec["cue"] is not None and (not isinstance(rec["cue"], str) or not rec["cue"].strip()):
            err(f"line {n}: cue must be a non-empty string or null")
        sp = rec["speaker"]
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"line {n}: bad speaker shape {sp!r}")
            else:
                if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in text:
                    err(f"line {n}: speaker text {sp['text']!r} does not occur in {doc}")
                if not isinstance(sp["name"], str) or not sp["name"].strip():
                    err(f"line {n}: empty speaker name")
                if not isinstance(sp["anonymous"], bool):
                    err(f"line {n}: speaker.anonymous not bool")
        elif not rec["optional"]:
            err(f"line {n}: scored statement with null speaker")
        if "group" in rec and (not isinstance(rec["group"], str) or not rec["group"]):
            err(f"line {n}: bad group")
        stmts[doc].append((n, rec))

    for doc, items in stmts.items():
        names = ns.get(doc, [])
        spans = {}
        groups = defaultdict(list)
        for n, rec in items:
            key = (rec["start"], rec["end"])
            if key in spans:
                err(f"line {n}: duplicate span of line {spans[key]} in {doc}")
            spans[key] = n
            c = rec["content"]
            if rec["kind"] == "mixed" and not any(q in c for q in QUOTES):
                err(f"line {n}: mixed without quotation marks")
            if rec["kind"] == "indirect" and any(q in c for q in QUOTES):
                rest = c
                for name in names:
                    for l, r in (("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')):
                        rest = rest.replace(l + name + r, "")
                if any(q in rest for q in QUOTES):
                    err(f"line {n}: indirect with quotation marks not around a listed name")
            if "group" in rec:
                groups[rec["group"]].append((n, rec))
        for g, pieces in groups.items():
            if len(pieces) < 2:
                err(f"{doc}: group {g} has a single piece")
            first = pieces[0][1]
            for n, rec in pieces:
                if rec["kind"] != "direct":
                    err(f"line {n}: group piece not direct")
                if rec["speaker"] != first["speaker"] or rec["cue"] != first["cue"] or rec["optional"] != first["optional"]:
                    err(f"line {n}: group {g} pieces disagree on speaker/cue/optional")
            for (n1, a), (n2, b) in zip(pieces, pieces[1:]):
                if a["end"] > b["start"]:
                    err(f"line {n2}: group {g} pieces overlap or are out of order")
    for doc in texts:
        if not stmts.get(doc):
            err(f"{doc}: no statements")

    scored = sum(1 for items in stmts.values() for _, r in items if not r["optional"])
    total = sum(len(v) for v in stmts.values())
    print(f"{len(texts)} documents ({sum(1 for l in langs.values() if l == 'ru')} ru, "
          f"{sum(1 for l in langs.values() if l == 'uk')} uk), {total} statement lines "
          f"({scored} scored, {total - scored} optional), {sum(len(v) for v in ns.values())} not_statement lines")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
