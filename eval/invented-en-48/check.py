#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (see README.md). Prints every error; exits 1 if there is any.

Checks: JSON shape and required fields; kinds; text[start:end] == content; mixed content contains a
quotation mark and indirect content none; direct content does not start/end with an enclosing mark;
speaker mentions occur in the document; no duplicate spans; group pieces consistent; not_statement
spans occur in their document; docs are UTF-8 with LF line ends; metadata shape.
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES_ANY = '"“”«»‘'          # marks that open or close a quotation (’ doubles as apostrophe)
QUOTES_MIXED = '"“”«»‘’'
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(docs_dir, fn), "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
                continue
            if "\r" in t:
                err(f"{fn}: CR line ends")
            if not re.fullmatch(r"e\d\d", doc):
                err(f"{fn}: unexpected document name")
            texts[doc] = t
            mp = os.path.join(docs_dir, doc + ".meta.json")
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
            if meta.get("lang") != "en":
                err(f"{doc}.meta.json: lang must be 'en'")
            try:
                datetime.date.fromisoformat(meta.get("published", ""))
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["published"]):
                    raise ValueError
            except (ValueError, TypeError):
                err(f"{doc}.meta.json: bad published date {meta.get('published')!r}")
    for fn in os.listdir(docs_dir):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: meta without document")

    spans, groups, n_stmt, n_ns, docs_with_gold = set(), {}, 0, 0, set()
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
            where = f"gold line {ln} ({doc})"
            if doc not in texts:
                err(f"{where}: unknown doc")
                continue
            text = texts[doc]
            docs_with_gold.add(doc)
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip() or ns not in text:
                    err(f"{where}: not_statement span not found in text: {ns!r}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            if missing:
                err(f"{where}: missing fields {sorted(missing)}")
                continue
            extra = set(row) - STMT_KEYS - {"group"}
            if extra:
                err(f"{where}: unexpected fields {sorted(extra)}")
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if content != content.strip():
                err(f"{where}: content has surrounding whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}, {e}")
                continue
            if text[s:e] != content:
                err(f"{where}: text[{s}:{e}] != content: {text[s:e]!r} vs {content!r}")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be a boolean")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            if kind == "mixed" and not any(q in content for q in QUOTES_MIXED):
                err(f"{where}: mixed content has no quotation mark")
            if kind == "indirect" and any(q in content for q in QUOTES_ANY):
                err(f"{where}: indirect content contains a quotation mark")
            if kind == "direct" and (content[0] in '"“«‘' or content[-1] in '"”»'):
                err(f"{where}: direct content keeps an enclosing quotation mark")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must have exactly text, name, anonymous")
                else:
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be boolean")
                    if not spk["text"] or spk["text"] not in text:
                        err(f"{where}: speaker mention not in text: {spk['text']!r}")
                    if not spk["name"]:
                        err(f"{where}: speaker.name empty")
            elif not row["optional"]:
                err(f"{where}: null speaker only allowed on optional lines")
            key = (doc, s, e)
            if key in spans:
                err(f"{where}: duplicate span {s}-{e}")
            spans.add(key)
            if "group" in row:
                groups.setdefault((doc, str(row["group"])), []).append((ln, row))
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only one piece")
        r0 = rows[0][1]
        for ln, r in rows:
            if r["kind"] != "direct":
                err(f"{doc} group {g} (line {ln}): group pieces must be direct")
            for k in ("optional", "cue"):
                if r[k] != r0[k]:
                    err(f"{doc} group {g} (line {ln}): {k} differs between pieces")
            if (r["speaker"] or {}).get("name") != (r0["speaker"] or {}).get("name"):
                err(f"{doc} group {g} (line {ln}): speaker differs between pieces")
        ordered = sorted(r["start"] for _, r in rows)
        ends = sorted((r["start"], r["end"]) for _, r in rows)
        for (s1, e1), (s2, e2) in zip(ends, ends[1:]):
            if s2 < e1:
                err(f"{doc} group {g}: pieces overlap")
        if [r["start"] for _, r in rows] != ordered:
            err(f"{doc} group {g}: pieces not in text order")
    for doc in texts:
        if doc not in docs_with_gold:
            err(f"{doc}: no gold lines")
    for m in errors:
        print("ERROR:", m)
    print(f"check.py: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(groups)} split groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
