#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus (CC0 1.0). Exits 1 on any error.

Checks: JSON shape and required fields; kinds; text[start:end] == content; mixed contains quotation
marks (for split pieces: the group as a whole) and indirect contains none; speaker mentions occur in
the document; no duplicate spans; group pieces consistent; not_statement spans occur in the
document; docs are UTF-8 with LF line ends; metadata shape {"published": "YYYY-MM-DD", "lang": ...}.
"""
import datetime
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
DQ = set('"“”«»„')
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    docs = {}
    ddir = os.path.join(ROOT, "docs")
    names = sorted(os.listdir(ddir))
    for n in names:
        if n.endswith(".txt"):
            stem = n[:-4]
            raw = open(os.path.join(ddir, n), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{n}: not UTF-8")
                continue
            if "\r" in text:
                err(f"{n}: CR line ends")
            if text.startswith("\ufeff"):
                err(f"{n}: BOM")
            docs[stem] = text
            mp = os.path.join(ddir, stem + ".meta.json")
            if not os.path.exists(mp):
                err(f"{stem}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except ValueError as e:
                err(f"{stem}.meta.json: not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
                err(f"{stem}.meta.json: keys must be exactly published, lang: {meta}")
                continue
            try:
                datetime.date.fromisoformat(meta["published"])
                if len(meta["published"]) != 10:
                    raise ValueError
            except (ValueError, TypeError):
                err(f"{stem}.meta.json: bad published {meta.get('published')!r}")
            if meta["lang"] not in ("en", "ru", "uk"):
                err(f"{stem}.meta.json: bad lang {meta['lang']!r}")
        elif n.endswith(".meta.json"):
            if not os.path.exists(os.path.join(ddir, n[:-10] + ".txt")):
                err(f"{n}: no matching .txt")
        else:
            err(f"docs/{n}: unexpected file")
    return docs


def main():
    docs = load_docs()
    spans = set()
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        raw_lines = f.read()
    if "\r" in raw_lines:
        err("gold.jsonl: CR line ends")
    for ln, line in enumerate(raw_lines.split("\n"), 1):
        if not line.strip():
            continue
        where = f"gold.jsonl:{ln}"
        try:
            row = json.loads(line)
        except ValueError as e:
            err(f"{where}: not JSON ({e})")
            continue
        if not isinstance(row, dict):
            err(f"{where}: not an object")
            continue
        doc = row.get("doc")
        if doc not in docs:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text = docs[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has extra keys {sorted(set(row))}")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in text:
                err(f"{where}: not_statement not found in {doc}: {ns!r}")
            continue
        n_stmt += 1
        missing = STMT_KEYS - set(row)
        extra = set(row) - STMT_KEYS - {"group"}
        if missing:
            err(f"{where}: missing fields {sorted(missing)}")
            continue
        if extra:
            err(f"{where}: unexpected fields {sorted(extra)}")
        kind, content, start, end = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(f"{where}: empty content")
            continue
        if content != content.strip():
            err(f"{where}: content has surrounding whitespace")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"{where}: bad offsets {start}-{end}")
            continue
        if text[start:end] != content:
            err(f"{where}: text[{start}:{end}] = {text[start:end]!r} != content {content!r}")
        if (doc, start, end) in spans:
            err(f"{where}: duplicate span {doc} {start}-{end}")
        spans.add((doc, start, end))
        if not isinstance(row["optional"], bool):
            err(f"{where}: optional must be bool")
        cue = row["cue"]
        if cue is not None and (not isinstance(cue, str) or not cue.strip()):
            err(f"{where}: cue must be a non-empty string or null")
        spk = row["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have exactly text, name, anonymous")
            else:
                if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker.text not in document: {spk['text']!r}")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"{where}: empty speaker.name")
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be bool")
        if "group" in row:
            if not isinstance(row["group"], str) or not row["group"]:
                err(f"{where}: group must be a non-empty string")
            groups[(doc, row["group"])].append((start, row, where))
        else:
            if kind == "mixed" and not (set(content) & DQ):
                err(f"{where}: mixed without quotation marks: {content!r}")
        if kind == "indirect" and set(content) & DQ and not _only_name_quotes(content):
            err(f"{where}: indirect with quotation marks: {content!r}")
    for (doc, g), pieces in groups.items():
        pieces.sort(key=lambda t: t[0])
        where = pieces[0][2]
        if len(pieces) < 2:
            err(f"{where}: group {g} in {doc} has a single piece")
        rows = [p[1] for p in pieces]
        if len({r["kind"] for r in rows}) != 1:
            err(f"{where}: group {g} in {doc} mixes kinds")
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
            err(f"{where}: group {g} in {doc} has different speakers")
        if len({r["optional"] for r in rows}) != 1:
            err(f"{where}: group {g} in {doc} mixes optional flags")
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{where}: group {g} in {doc} pieces overlap")
        joined = " ".join(r["content"] for r in rows)
        if rows[0]["kind"] == "mixed" and not (set(joined) & DQ):
            err(f"{where}: mixed group {g} in {doc} without quotation marks")
    for e in errors:
        print("ERROR", e)
    print(f"check.py: {len(docs)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


def _only_name_quotes(content):
    """Indirect lines may contain straight quotes only around a name or a mentioned phrase (see README)."""
    return content in ALLOWED_INDIRECT_QUOTES


ALLOWED_INDIRECT_QUOTES = {
    'At least 18,000 "Bastion-3" vests delivered to the Merovan army last winter failed the state\'s own ballistic tests',
    'the phrase "as discussed" proved nothing about what Blansky knew',
}

if __name__ == "__main__":
    main()
