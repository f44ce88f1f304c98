#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-en-28). Exits 1 on any error. CC0 1.0.

Checks: JSON shape and required fields; kinds; text[start:end] == content; content not empty and without
leading/trailing whitespace; mixed content has quotation marks and indirect content has none (for split
statements the pieces of a group are checked joined); speaker mention occurs in the document; cue is a
string or null; no duplicate spans or not_statement lines; not_statement text occurs in the document;
group pieces consistent (same speaker/kind, at least two, in order, not overlapping); every document
has a .meta.json of the right shape; files are UTF-8 with LF line ends.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = set('"“”«»„')
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if b"\r" in raw:
                err(f"{fn}: CR line ends")
            texts[fn[:-4]] = t
            mp = os.path.join(DOCS, fn[:-4] + ".meta.json")
            if not os.path.exists(mp):
                err(f"{fn}: no meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except Exception as e:  # noqa: BLE001
                err(f"{mp}: bad JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{mp}: keys must be published, lang (got {sorted(meta)})")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                err(f"{mp}: published not YYYY-MM-DD")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{mp}: lang must be en/ru/uk")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: meta without text")
    if not texts:
        err("no documents")

    spans, ns_seen, groups = set(), set(), defaultdict(list)
    n_stmt = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        err("gold.jsonl: CR line ends")
    for n, line in enumerate(raw.decode("utf-8").split("\n"), 1):
        if not line.strip():
            continue
        where = f"gold.jsonl:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: not JSON ({e})")
            continue
        doc = row.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(set(row) - {'doc', 'not_statement'})}")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"{where}: not_statement {ns!r} not in document")
            if (doc, ns) in ns_seen:
                err(f"{where}: duplicate not_statement {ns!r}")
            ns_seen.add((doc, ns))
            continue
        n_stmt += 1
        missing = STMT_KEYS - set(row)
        if missing:
            err(f"{where}: missing {sorted(missing)}")
            continue
        extra = set(row) - STMT_KEYS - {"group"}
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if content != content.strip():
            err(f"{where}: content has leading/trailing whitespace")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}, {e}")
        elif text[s:e] != content:
            err(f"{where}: text[{s}:{e}] = {text[s:e][:50]!r} != content {content[:50]!r}")
        if (doc, s, e) in spans:
            err(f"{where}: duplicate span {s}-{e}")
        spans.add((doc, s, e))
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional must be bool")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
            err(f"{where}: cue must be a non-empty string or null")
        spk = row["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have text, name, anonymous")
            else:
                if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker.text {spk['text']!r} not in document")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"{where}: speaker.name empty")
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be bool")
        elif not row["optional"]:
            err(f"{where}: scored statement without speaker")
        if "group" in row:
            groups[(doc, row["group"])].append((n, row))
        else:
            has_q = any(c in QUOTES for c in content)
            if kind == "mixed" and not has_q:
                err(f"{where}: mixed without quotation marks")
            if kind == "indirect" and has_q:
                err(f"{where}: indirect with quotation marks")
    for (doc, g), pieces in groups.items():
        where = f"group {doc}/{g}"
        if len(pieces) < 2:
            err(f"{where}: only one piece")
        rows = sorted((r for _, r in pieces), key=lambda r: r["start"])
        kinds = {r["kind"] for r in rows}
        if len(kinds) != 1:
            err(f"{where}: pieces of different kinds {sorted(kinds)}")
        names = {(r["speaker"] or {}).get("name") for r in rows}
        if len(names) != 1:
            err(f"{where}: pieces with different speakers")
        if len({r["optional"] for r in rows}) != 1:
            err(f"{where}: pieces differ in optional")
        for a, b in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                err(f"{where}: pieces overlap")
        joined = " ".join(r["content"] for r in rows)
        has_q = any(c in QUOTES for c in joined)
        kind = rows[0]["kind"]
        if kind == "mixed" and not has_q:
            err(f"{where}: mixed group without quotation marks")
        if kind == "indirect" and has_q:
            err(f"{where}: indirect group with quotation marks")
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} groups; {len(errors)} errors")
    for m in errors:
        print("ERROR:", m)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
