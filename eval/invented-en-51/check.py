#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for the invented-en-51 corpus. Exits 1 on any error. CC0 1.0."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
DOUBLE_MARKS = set('"“”«»„')
# an opening single quote: ‘ anywhere, or ' / ’ at the start or after a non-word character
OPEN_SINGLE = re.compile(r"‘|(?:^|(?<=[\s(\[—–-]))['’](?=\w)")

errors = []


def err(msg):
    errors.append(msg)


def has_quote(s):
    return any(c in DOUBLE_MARKS for c in s) or bool(OPEN_SINGLE.search(s))


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            raw = open(os.path.join(DOCS, fn), "rb").read()
            if b"\r" in raw:
                err(f"{fn}: contains CR line ends")
            try:
                texts[fn[:-4]] = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
    for doc in texts:
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
            err(f"{doc}.meta.json: keys must be published, lang: {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}.meta.json: bad published {meta.get('published')!r}")
        if meta.get("lang") != "en":
            err(f"{doc}.meta.json: lang must be 'en'")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: no matching .txt")

    spans, groups, docs_with_lines = set(), {}, set()
    n_stmt = n_ns = 0
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
            if doc not in texts:
                err(f"line {ln}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            docs_with_lines.add(doc)
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    err(f"line {ln}: not_statement line has extra keys {sorted(r)}")
                if not isinstance(r["not_statement"], str) or r["not_statement"] not in text:
                    err(f"line {ln}: not_statement span not in {doc}: {r['not_statement']!r}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(r)
            extra = set(r) - STMT_KEYS - {"group"}
            if missing:
                err(f"line {ln}: missing fields {sorted(missing)}")
                continue
            if extra:
                err(f"line {ln}: unexpected fields {sorted(extra)}")
            kind, content, s, e = r["kind"], r["content"], r["start"], r["end"]
            if kind not in KINDS:
                err(f"line {ln}: bad kind {kind!r}")
            if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
                err(f"line {ln}: bad offsets {s}, {e}")
                continue
            if text[s:e] != content:
                err(f"line {ln}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            if content != content.strip():
                err(f"line {ln}: content has outer whitespace")
            if (doc, s, e) in spans:
                err(f"line {ln}: duplicate span {doc} {s}-{e}")
            spans.add((doc, s, e))
            if kind == "mixed" and not has_quote(content):
                err(f"line {ln}: mixed statement without quotation marks: {content!r}")
            if kind == "indirect" and has_quote(content):
                err(f"line {ln}: indirect statement with quotation marks: {content!r}")
            if kind == "direct" and content[:1] in DOUBLE_MARKS:
                err(f"line {ln}: direct content starts with its enclosing mark")
            if not isinstance(r["optional"], bool):
                err(f"line {ln}: optional must be a bool")
            if r["cue"] is not None and not isinstance(r["cue"], str):
                err(f"line {ln}: cue must be a string or null")
            sp = r["speaker"]
            if sp is None:
                if not r["optional"]:
                    err(f"line {ln}: null speaker on a scored line")
            else:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"line {ln}: speaker must have text, name, anonymous")
                else:
                    if not sp["text"] or sp["text"] not in text:
                        err(f"line {ln}: speaker mention {sp['text']!r} not in {doc}")
                    if not sp["name"]:
                        err(f"line {ln}: empty speaker name")
                    if not isinstance(sp["anonymous"], bool):
                        err(f"line {ln}: anonymous must be a bool")
            if "group" in r:
                groups.setdefault((doc, str(r["group"])), []).append((ln, r))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        kinds = {p["kind"] for _, p in pieces}
        names = {(p["speaker"] or {}).get("name") for _, p in pieces}
        opts = {p["optional"] for _, p in pieces}
        if len(kinds) != 1 or len(names) != 1 or len(opts) != 1:
            err(f"{doc} group {g}: pieces disagree on kind/speaker/optional")
        ordered = sorted(p["start"] for _, p in pieces)
        ends = sorted(p["end"] for _, p in pieces)
        if any(ends[i] > ordered[i + 1] for i in range(len(ordered) - 1)):
            err(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if doc not in docs_with_lines:
            err(f"{doc}: no gold lines")
    for m in errors:
        print("ERROR:", m)
    print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
