#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-en-45). Exits 1 on any error. Standard library only."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
QUOTES = set('"“”‘’«»„')
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in text:
                err(f"{fn}: CR line ends")
            texts[fn[:-4]] = text
        elif fn.endswith(".meta.json"):
            try:
                meta = json.load(open(path, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{fn}: bad JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{fn}: keys must be exactly published, lang: {sorted(meta)}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                err(f"{fn}: bad published date {meta.get('published')!r}")
            if meta.get("lang") != "en":
                err(f"{fn}: lang must be 'en'")
        else:
            err(f"docs/{fn}: unexpected file")
    for d in texts:
        if not os.path.exists(os.path.join(docs_dir, d + ".meta.json")):
            err(f"{d}: missing meta.json")
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"documents should be e01..e24, found {sorted(texts)}")

    spans, groups, n_st, n_ns = set(), defaultdict(list), 0, 0
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
            text = texts[doc]
            where = f"gold line {ln} ({doc})"
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                if not isinstance(row["not_statement"], str) or row["not_statement"] not in text:
                    err(f"{where}: not_statement span not found in text")
                continue
            n_st += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"{where}: missing keys {sorted(missing)} / extra keys {sorted(extra)}")
                continue
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
            elif text[start:end] != content:
                err(f"{where}: text[start:end] != content: {text[start:end]!r} vs {content!r}")
            if kind == "mixed" and not (QUOTES & set(content)):
                err(f"{where}: mixed content has no quotation marks")
            if kind == "indirect" and (QUOTES & set(content)):
                err(f"{where}: indirect content contains quotation marks")
            if kind == "direct" and content[0] in QUOTES and content[-1] in QUOTES:
                err(f"{where}: direct content keeps its enclosing quotation marks")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be true/false")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is None:
                if not row["optional"]:
                    err(f"{where}: null speaker only allowed on optional lines")
            elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have text, name, anonymous")
            else:
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be a bool")
                if not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker mention {spk['text']!r} not in text")
                if not spk["name"]:
                    err(f"{where}: empty speaker name")
            key = (doc, start, end)
            if key in spans:
                err(f"{where}: duplicate span {start}-{end}")
            spans.add(key)
            if "group" in row:
                groups[(doc, row["group"])].append((ln, row))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        rows = [r for _, r in pieces]
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
            err(f"{doc} group {g}: pieces have different speakers")
        if len({r["kind"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
            err(f"{doc} group {g}: pieces differ in kind or optional")
        ordered = sorted(rows, key=lambda r: r["start"])
        if [r["start"] for r in rows] != [r["start"] for r in ordered]:
            err(f"{doc} group {g}: pieces not in text order")
        for a, b in zip(ordered, ordered[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
            elif b["start"] - a["end"] > 200:
                err(f"{doc} group {g}: pieces too far apart")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
