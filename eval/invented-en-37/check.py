#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-en-37; CC0 1.0).

    python3 check.py [CORPUS_DIR]

Checks: every line is JSON of one of the two shapes in FORMAT.md; required fields and types; kind is
direct/indirect/mixed; text[start:end] == content (Unicode code points); mixed content contains a
quotation mark and indirect content none; speaker mentions occur in the document; no duplicate spans;
pieces of a split quote (`group`) are consistent; not_statement spans occur in their document;
docs are UTF-8 with LF line ends; every docs/<id>.txt has a docs/<id>.meta.json of the right shape.
Prints every error and exits 1 if there is any.
"""
import datetime
import json
import os
import re
import sys

QUOTES = set('"“”‘’«»„')  # ASCII ' is used only as an apostrophe in this corpus
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
LANGS = {"en", "ru", "uk"}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    docs_dir = os.path.join(root, "docs")
    errors = []

    def err(msg):
        errors.append(msg)

    texts = {}
    for f in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, f)
        if f.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{f}: not UTF-8 ({e})")
                continue
            if "\r" in t:
                err(f"{f}: contains CR (line ends must be LF)")
            if t.startswith("\ufeff"):
                err(f"{f}: has a BOM")
            texts[f[:-4]] = t
        elif f.endswith(".meta.json"):
            pass
        else:
            err(f"docs/{f}: unexpected file")
    if not texts:
        err("no documents in docs/")
    for doc_id in texts:
        mpath = os.path.join(docs_dir, doc_id + ".meta.json")
        if not os.path.exists(mpath):
            err(f"{doc_id}: missing meta.json")
            continue
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc_id}.meta.json: not JSON ({e})")
            continue
        if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
            err(f"{doc_id}.meta.json: keys must be exactly published, lang (got {meta!r})")
            continue
        p = meta["published"]
        if not (isinstance(p, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", p)):
            err(f"{doc_id}.meta.json: published not YYYY-MM-DD: {p!r}")
        else:
            try:
                datetime.date.fromisoformat(p)
            except ValueError:
                err(f"{doc_id}.meta.json: invalid date {p!r}")
        if meta["lang"] not in LANGS:
            err(f"{doc_id}.meta.json: lang {meta['lang']!r} not in {sorted(LANGS)}")

    spans, groups, nots = set(), {}, set()
    n_stmt = n_not = 0
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"gold.jsonl:{n}"
            if not line.strip():
                err(f"{where}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: not JSON ({e})")
                continue
            doc_id = row.get("doc")
            if doc_id not in texts:
                err(f"{where}: unknown doc {doc_id!r}")
                continue
            text = texts[doc_id]
            if "not_statement" in row:
                n_not += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(set(row))}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"{where}: empty not_statement")
                elif ns not in text:
                    err(f"{where}: not_statement not in text: {ns!r}")
                if (doc_id, ns) in nots:
                    err(f"{where}: duplicate not_statement {ns!r}")
                nots.add((doc_id, ns))
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
                err(f"{where}: content has leading/trailing whitespace")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                err(f"{where}: bad offsets {start}-{end}")
                continue
            if text[start:end] != content:
                err(f"{where}: text[{start}:{end}] = {text[start:end][:60]!r} != content {content[:60]!r}")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be a boolean")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have exactly text, name, anonymous")
                else:
                    if not isinstance(spk["text"], str) or spk["text"] not in text:
                        err(f"{where}: speaker mention not in text: {spk['text']!r}")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"{where}: empty speaker name")
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be a boolean")
            elif not row["optional"]:
                err(f"{where}: a scored statement needs a speaker")
            if (doc_id, start, end) in spans:
                err(f"{where}: duplicate span {start}-{end}")
            spans.add((doc_id, start, end))
            has_q = any(c in QUOTES for c in content)
            if "group" in row:
                g = row["group"]
                if not isinstance(g, str) or not g:
                    err(f"{where}: group must be a non-empty string")
                groups.setdefault((doc_id, g), []).append((n, row))
            else:
                if kind == "mixed" and not has_q:
                    err(f"{where}: mixed statement without quotation marks")
                if kind == "indirect" and has_q:
                    err(f"{where}: indirect statement with quotation marks")

    for (doc_id, g), pieces in groups.items():
        where = f"{doc_id} group {g}"
        if len(pieces) < 2:
            err(f"{where}: a group needs at least two pieces")
        rows = sorted((r for _, r in pieces), key=lambda r: r["start"])
        kinds = {r["kind"] for r in rows}
        if len(kinds) != 1:
            err(f"{where}: pieces have different kinds {sorted(kinds)}")
        for key in ("cue", "optional"):
            if len({json.dumps(r[key]) for r in rows}) != 1:
                err(f"{where}: pieces differ in {key}")
        names = {json.dumps(r["speaker"] and [r["speaker"]["name"], r["speaker"]["anonymous"]]) for r in rows}
        if len(names) != 1:
            err(f"{where}: pieces differ in speaker")
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

    for e in errors:
        print("ERROR", e)
    print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_not} not_statement lines, "
          f"{len(groups)} groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
