#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus (CC0 1.0). Exits 1 on any error.

Checks: JSON shape and required fields; kinds; text[start:end] == content; direct/indirect/mixed
quotation-mark rules; speaker mentions occur in the document; no duplicate spans; group pieces
consistent; not_statement spans occur; docs are UTF-8 with LF line ends; metadata shape.
"""
import datetime
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”«»„‘"          # ’ and ' are also apostrophes, so they do not count as quotation marks
FIELDS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def has_quote(s):
    return any(q in s for q in QUOTES)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            did = fn[:-4]
            raw = open(os.path.join(docs_dir, fn), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in text:
                err(f"{fn}: CR line ends")
            texts[did] = text
            mp = os.path.join(docs_dir, did + ".meta.json")
            if not os.path.exists(mp):
                err(f"{did}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except ValueError as e:
                err(f"{did}.meta.json: not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) - {"published", "lang", "source"} or \
                    not {"published", "lang"} <= set(meta):
                err(f"{did}.meta.json: keys must be published, lang (source optional): {meta}")
                continue
            try:
                datetime.date.fromisoformat(meta["published"])
                if len(meta["published"]) != 10:
                    raise ValueError
            except (TypeError, ValueError):
                err(f"{did}.meta.json: bad published {meta['published']!r}")
            if meta["lang"] not in ("en", "ru", "uk"):
                err(f"{did}.meta.json: bad lang {meta['lang']!r}")
    for fn in os.listdir(docs_dir):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: no matching .txt")

    spans, groups = set(), defaultdict(list)
    n_st = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"gold.jsonl:{ln}"
            try:
                row = json.loads(line)
            except ValueError as e:
                err(f"{where}: not JSON ({e})")
                continue
            did = row.get("doc")
            if did not in texts:
                err(f"{where}: unknown doc {did!r}")
                continue
            text = texts[did]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip() or ns not in text:
                    err(f"{where}: not_statement span not found in {did}: {ns!r}")
                continue
            n_st += 1
            missing = FIELDS - set(row)
            extra = set(row) - FIELDS - {"group"}
            if missing or extra:
                err(f"{where}: missing {sorted(missing)} / unexpected {sorted(extra)}")
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
                continue
            if text[start:end] != content:
                err(f"{where}: text[{start}:{end}] = {text[start:end]!r} != content {content!r}")
            if (did, start, end) in spans:
                err(f"{where}: duplicate span {did} {start}-{end}")
            spans.add((did, start, end))
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be true/false")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have text, name, anonymous")
                else:
                    if not isinstance(spk["text"], str) or spk["text"] not in text:
                        err(f"{where}: speaker mention {spk['text']!r} not in {did}")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"{where}: empty speaker name")
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be true/false")
            elif not row["optional"]:
                err(f"{where}: speaker null on a scored line")
            if "group" in row:
                groups[(did, str(row["group"]))].append((ln, row))
                continue
            check_kind(where, kind, content)
    for (did, g), pieces in groups.items():
        where = f"{did} group {g}"
        if len(pieces) < 2:
            err(f"{where}: a group needs at least two pieces")
        rows = [r for _, r in sorted(pieces, key=lambda p: p[1]["start"])]
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{where}: pieces overlap")
        for key in ("kind", "optional"):
            if len({json.dumps(r[key]) for r in rows}) != 1:
                err(f"{where}: pieces differ in {key}")
        if len({json.dumps(r["speaker"] and r["speaker"]["name"]) for r in rows}) != 1:
            err(f"{where}: pieces differ in speaker name")
        check_kind(where, rows[0]["kind"], " ".join(r["content"] for r in rows))
    for e in errors:
        print("ERROR", e)
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups, {len(errors)} errors")
    return 1 if errors else 0


def check_kind(where, kind, content):
    if kind == "mixed" and not has_quote(content):
        err(f"{where}: mixed content has no quotation marks: {content[:60]!r}")
    if kind == "indirect" and has_quote(content):
        err(f"{where}: indirect content has quotation marks: {content[:60]!r}")
    if kind == "direct" and content[0] in "\"“«„" and content[-1] in "\"”»“":
        err(f"{where}: direct content keeps its enclosing quotation marks")


if __name__ == "__main__":
    sys.exit(main())
