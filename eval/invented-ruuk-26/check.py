#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-26. Exit 1 on any error. (CC0 1.0)"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "«»„“”\"‘’"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        doc = f[:-4]
        raw = open(os.path.join(DOCS, f), "rb").read()
        if b"\r" in raw:
            err(f"{doc}: CR line ends")
        try:
            texts[doc] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{doc}: not UTF-8")
            continue
        meta_path = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: missing meta.json")
            continue
        meta = json.load(open(meta_path, encoding="utf-8"))
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta.get("published", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{doc}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in {"ru", "uk"}:
            err(f"{doc}: bad lang {meta.get('lang')!r}")

expected = {f"e{i:02d}" for i in range(1, 25)}
if set(texts) != expected:
    err(f"documents: expected e01..e24, got {sorted(texts)}")

spans = defaultdict(set)
groups = defaultdict(list)
contents = defaultdict(set)
nots = []
n = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
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
            if set(r) != {"doc", "not_statement"}:
                err(f"line {ln}: not_statement line has keys {sorted(r)}")
            ns = r["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"line {ln}: not_statement not found in {doc}: {ns!r}")
            nots.append((ln, doc, ns))
            continue
        n += 1
        keys = set(r)
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"line {ln}: keys {sorted(keys)}")
            continue
        kind, content, start, end = r["kind"], r["content"], r["start"], r["end"]
        if kind not in KINDS:
            err(f"line {ln}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"line {ln}: empty content")
            continue
        if content != content.strip():
            err(f"line {ln}: content has outer whitespace")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"line {ln}: bad offsets {start}-{end}")
        elif text[start:end] != content:
            err(f"line {ln}: text[{start}:{end}] != content ({text[start:end]!r} vs {content!r})")
        has_q = any(c in content for c in QUOTES)
        if kind == "mixed" and not has_q:
            err(f"line {ln}: mixed without quotation marks")
        if kind == "indirect" and has_q:
            err(f"line {ln}: indirect with quotation marks")
        if kind == "direct" and (content[0] in "«„\"" and content[-1] in "»“\""):
            err(f"line {ln}: direct content keeps its enclosing quotation marks")
        if not isinstance(r["optional"], bool):
            err(f"line {ln}: optional not bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"line {ln}: bad cue {r['cue']!r}")
        spk = r["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"line {ln}: bad speaker {spk!r}")
            else:
                if not isinstance(spk["text"], str) or spk["text"] not in text:
                    err(f"line {ln}: speaker mention not in text: {spk['text']!r}")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"line {ln}: empty speaker name")
                if not isinstance(spk["anonymous"], bool):
                    err(f"line {ln}: anonymous not bool")
        elif not r["optional"]:
            err(f"line {ln}: scored statement without speaker")
        key = (start, end)
        if key in spans[doc]:
            err(f"line {ln}: duplicate span {doc} {start}-{end}")
        spans[doc].add(key)
        contents[doc].add(content)
        if "group" in r:
            groups[(doc, r["group"])].append((ln, r))

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{doc} group {g}: only one piece")
    first = rows[0][1]
    for ln, r in rows[1:]:
        for k in ("kind", "speaker", "cue", "optional"):
            if r[k] != first[k]:
                err(f"line {ln}: group {g} piece differs in {k}")
    rs = sorted((r for _, r in rows), key=lambda r: r["start"])
    for a, b in zip(rs, rs[1:]):
        if b["start"] < a["end"]:
            err(f"{doc} group {g}: overlapping pieces")

seen = set()
for ln, doc, ns in nots:
    if (doc, ns) in seen:
        err(f"line {ln}: duplicate not_statement {ns!r}")
    seen.add((doc, ns))
    if ns in contents[doc]:
        err(f"line {ln}: not_statement equals a statement content: {ns!r}")

for e in errors:
    print("ERROR:", e)
print(f"{n} statement lines, {len(nots)} not_statement lines, {len(texts)} documents, {len(errors)} errors")
sys.exit(1 if errors else 0)
