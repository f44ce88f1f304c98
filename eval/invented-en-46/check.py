#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ of this corpus; exit 1 on any error. CC0 1.0."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = set('"“”«»„‘’')
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for f in sorted(os.listdir(docs_dir)):
        if f.endswith(".txt"):
            doc = f[:-4]
            raw = open(os.path.join(docs_dir, f), "rb").read()
            if b"\r" in raw:
                err(f"{doc}: CR line ends")
            try:
                texts[doc] = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{doc}: not UTF-8")
                continue
            mp = os.path.join(docs_dir, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: meta.json missing")
            else:
                meta = json.load(open(mp, encoding="utf-8"))
                if set(meta) != {"published", "lang"} or meta.get("lang") != "en" or \
                        not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                    err(f"{doc}: bad meta {meta}")
        elif not f.endswith(".meta.json"):
            err(f"unexpected file docs/{f}")
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"documents differ from e01..e24: {sorted(set(texts) ^ expected)}")
    spans, groups, ns_seen, n_stmt, n_ns = set(), defaultdict(list), set(), 0, 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}: not JSON ({e})")
                continue
            doc = r.get("doc")
            text = texts.get(doc)
            if text is None:
                err(f"line {ln}: unknown doc {doc!r}")
                continue
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    err(f"line {ln}: not_statement line has extra keys {sorted(r)}")
                ns = r["not_statement"]
                if not isinstance(ns, str) or not ns or ns not in text:
                    err(f"line {ln}: not_statement not found in {doc}: {ns!r}")
                if (doc, ns) in ns_seen:
                    err(f"line {ln}: duplicate not_statement {ns!r}")
                ns_seen.add((doc, ns))
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(r)
            extra = set(r) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"line {ln}: missing {sorted(missing)} extra {sorted(extra)}")
                continue
            kind, content, s, e = r["kind"], r["content"], r["start"], r["end"]
            if kind not in KINDS:
                err(f"line {ln}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip() or content != content.strip():
                err(f"line {ln}: empty content or outer whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"line {ln}: bad offsets {s}, {e}")
            elif text[s:e] != content:
                err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            has_q = any(c in QUOTES for c in content)
            if kind == "mixed" and not has_q:
                err(f"line {ln}: mixed without quotation marks")
            if kind == "indirect" and has_q:
                err(f"line {ln}: indirect with quotation marks")
            if not isinstance(r["optional"], bool):
                err(f"line {ln}: optional must be bool")
            if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"] not in text):
                err(f"line {ln}: cue not found in text: {r['cue']!r}")
            sp = r["speaker"]
            if sp is None:
                if not r["optional"]:
                    err(f"line {ln}: scored statement without speaker")
            elif set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                    or not sp["text"] or not sp["name"]:
                err(f"line {ln}: bad speaker {sp}")
            elif sp["text"] not in text:
                err(f"line {ln}: speaker mention not in text: {sp['text']!r}")
            if (doc, s, e) in spans:
                err(f"line {ln}: duplicate span {doc} {s}-{e}")
            spans.add((doc, s, e))
            if "group" in r:
                groups[(doc, r["group"])].append(r)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only one piece")
        rows.sort(key=lambda r: r["start"])
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1 or len({r["kind"] for r in rows}) != 1 \
                or len({r["optional"] for r in rows}) != 1:
            err(f"{doc} group {g}: pieces differ in speaker, kind or optional")
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
    for m in errors:
        print("ERROR", m)
    print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
