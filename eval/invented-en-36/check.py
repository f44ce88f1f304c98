#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-36. Exits 1 on any error. CC0 1.0."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTE_MARKS = "\"“”«»‘"          # any of these makes a span "quoted" (’ alone is an apostrophe)
DOUBLE_MARKS = "\"“”«»"
errors = []


def err(msg):
    errors.append(msg)


def main():
    docdir = os.path.join(ROOT, "docs")
    texts, metas = {}, {}
    for fn in sorted(os.listdir(docdir)):
        path = os.path.join(docdir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            if b"\r" in raw:
                err(f"{fn}: CR line ends")
            try:
                texts[fn[:-4]] = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
        elif fn.endswith(".meta.json"):
            metas[fn[:-10]] = json.load(open(path, encoding="utf-8"))
        else:
            err(f"unexpected file docs/{fn}")
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"documents: expected e01..e24, got {sorted(texts)}")
    for d in texts:
        m = metas.get(d)
        if m is None:
            err(f"{d}: missing meta.json")
            continue
        if set(m) != {"published", "lang"}:
            err(f"{d}: meta keys {sorted(m)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m.get("published", ""))):
            err(f"{d}: bad published {m.get('published')!r}")
        if m.get("lang") != "en":
            err(f"{d}: lang {m.get('lang')!r}")
    for d in metas:
        if d not in texts:
            err(f"{d}: meta without text")

    spans = Counter()
    groups = defaultdict(list)
    docs_with_lines = set()
    n = 0
    for ln, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: not JSON ({e})")
            continue
        d = r.get("doc")
        if d not in texts:
            err(f"line {ln}: unknown doc {d!r}")
            continue
        docs_with_lines.add(d)
        text = texts[d]
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"line {ln}: not_statement line has keys {sorted(r)}")
            ns = r["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"line {ln}: not_statement not found in {d}: {ns!r}")
            continue
        n += 1
        keys = set(r)
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"line {ln}: keys {sorted(keys)}")
            continue
        kind, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if kind not in KINDS:
            err(f"line {ln}: kind {kind!r}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"line {ln}: bad offsets {s},{e}")
            continue
        if text[s:e] != c:
            err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(f"line {ln}: content has outer whitespace")
        if kind == "mixed" and not any(q in c for q in QUOTE_MARKS):
            err(f"line {ln}: mixed without quotation marks: {c!r}")
        if kind == "indirect" and any(q in c for q in DOUBLE_MARKS):
            err(f"line {ln}: indirect with quotation marks: {c!r}")
        if kind == "direct" and (c[:1] in DOUBLE_MARKS):
            err(f"line {ln}: direct content starts with its quotation mark")
        if not isinstance(r["optional"], bool):
            err(f"line {ln}: optional not bool")
        cue = r["cue"]
        if cue is not None and (not isinstance(cue, str) or cue.lower() not in text.lower()):
            err(f"line {ln}: cue {cue!r} not in {d}")
        sp = r["speaker"]
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"line {ln}: speaker shape {sp!r}")
            else:
                if not sp["text"] or sp["text"] not in text:
                    err(f"line {ln}: speaker mention {sp['text']!r} not in {d}")
                if not sp["name"] or not isinstance(sp["anonymous"], bool):
                    err(f"line {ln}: speaker name/anonymous invalid")
        spans[(d, s, e)] += 1
        if "group" in r:
            groups[(d, r["group"])].append((ln, r))
    for k, v in spans.items():
        if v > 1:
            err(f"duplicate span {k}")
    for (d, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{d} group {g}: only one piece")
        rows.sort(key=lambda x: x[1]["start"])
        first = rows[0][1]
        for ln, r in rows[1:]:
            if r["kind"] != first["kind"] or r["speaker"] != first["speaker"] or r["optional"] != first["optional"]:
                err(f"line {ln}: group {g} pieces disagree in kind/speaker/optional")
        for (_, a), (ln, b) in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                err(f"line {ln}: group {g} pieces overlap")
    for d in texts:
        if d not in docs_with_lines:
            err(f"{d}: no gold lines")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {n} statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
