#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-27. Exits 1 on any error."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = set('"“”‘’«»„')
INNER_QUOTES_MIXED = re.compile(r'["“”«»„]|‘[^’]*’|(?<!\w)\'[^\']+\'(?!\w)')
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    names = sorted(os.listdir(DOCS))
    for f in names:
        path = os.path.join(DOCS, f)
        if f.endswith(".txt"):
            doc = f[:-4]
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{f}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{f}: contains CR (line ends must be LF)")
            texts[doc] = t
            meta_p = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(meta_p):
                err(f"{doc}: missing meta.json")
                continue
            try:
                meta = json.load(open(meta_p, encoding="utf-8"))
            except ValueError as e:
                err(f"{doc}.meta.json: invalid JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{doc}.meta.json: keys must be published, lang; got {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
                err(f"{doc}.meta.json: bad published {meta.get('published')!r}")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{doc}.meta.json: bad lang {meta.get('lang')!r}")
        elif f.endswith(".meta.json"):
            if not os.path.exists(os.path.join(DOCS, f[:-10] + ".txt")):
                err(f"{f}: meta without text")
        else:
            err(f"docs/{f}: unexpected file")
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"doc set differs from e01..e24: missing {sorted(expected - set(texts))}, "
            f"extra {sorted(set(texts) - expected)}")

    spans = set()
    groups = defaultdict(list)
    docs_with_stmt = set()
    n_stmt = n_ns = 0
    for ln, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f"line {ln}: invalid JSON ({e})")
            continue
        doc = r.get("doc")
        if doc not in texts:
            err(f"line {ln}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in r:
            n_ns += 1
            if set(r) != {"doc", "not_statement"}:
                err(f"line {ln}: not_statement line has extra keys {sorted(r)}")
            ns = r["not_statement"]
            if not isinstance(ns, str) or not ns.strip() or ns not in text:
                err(f"line {ln}: not_statement {ns!r} not found in {doc}")
            continue
        n_stmt += 1
        docs_with_stmt.add(doc)
        req = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
        missing = req - set(r)
        if missing:
            err(f"line {ln}: missing fields {sorted(missing)}")
            continue
        extra = set(r) - req - {"group"}
        if extra:
            err(f"line {ln}: unexpected fields {sorted(extra)}")
        kind, content, s, e = r["kind"], r["content"], r["start"], r["end"]
        if kind not in ("direct", "indirect", "mixed"):
            err(f"line {ln}: bad kind {kind!r}")
        if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
            err(f"line {ln}: bad offsets {s}, {e}")
            continue
        if text[s:e] != content:
            err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
        if content != content.strip():
            err(f"line {ln}: content has leading/trailing whitespace")
        if kind == "direct" and content[0] in '"“«' and content[-1] in '"”»' and content.count(content[0]) == 1:
            err(f"line {ln}: direct content includes its enclosing quotation marks")
        if kind == "mixed" and not INNER_QUOTES_MIXED.search(content):
            err(f"line {ln}: mixed content has no quotation marks")
        if kind == "indirect" and any(ch in QUOTES for ch in content):
            err(f"line {ln}: indirect content contains quotation marks")
        if kind == "indirect" and re.match(r"that\s", content):
            err(f"line {ln}: indirect content starts with complementiser 'that'")
        if not isinstance(r["optional"], bool):
            err(f"line {ln}: optional must be bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"line {ln}: cue must be null or a non-empty string")
        if isinstance(r["cue"], str) and r["cue"].lower() not in text.lower():
            err(f"line {ln}: cue {r['cue']!r} not in text")
        sp = r["speaker"]
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"line {ln}: speaker must have text, name, anonymous")
            else:
                if not isinstance(sp["anonymous"], bool):
                    err(f"line {ln}: speaker.anonymous must be bool")
                if not sp["name"] or not isinstance(sp["name"], str):
                    err(f"line {ln}: empty speaker.name")
                if not sp["text"] or sp["text"] not in text:
                    err(f"line {ln}: speaker.text {sp['text']!r} does not occur in {doc}")
        key = (doc, s, e)
        if key in spans:
            err(f"line {ln}: duplicate span {key}")
        spans.add(key)
        if "group" in r:
            if not isinstance(r["group"], str) or not r["group"]:
                err(f"line {ln}: group must be a non-empty string")
            groups[(doc, r["group"])].append((ln, r))

    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        rs = [p[1] for p in pieces]
        if len({r["kind"] for r in rs}) != 1 or rs[0]["kind"] != "direct":
            err(f"{doc} group {g}: pieces must all be direct")
        if len({(r["speaker"] or {}).get("name") for r in rs}) != 1:
            err(f"{doc} group {g}: pieces have different speakers")
        if len({r["optional"] for r in rs}) != 1:
            err(f"{doc} group {g}: pieces differ in optional")
        rs = sorted(rs, key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
            elif b["start"] - a["end"] > 200:
                err(f"{doc} group {g}: pieces too far apart")
    for doc in texts:
        if doc not in docs_with_stmt:
            err(f"{doc}: no statements")

    for m in errors:
        print("ERROR:", m)
    print(f"checked {len(texts)} docs, {n_stmt} statement lines, {n_ns} not_statement lines: "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
