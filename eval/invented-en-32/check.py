#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus (CC0 1.0). Exits 1 on any error.

    python3 check.py [CORPUS_DIR]
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

QUOTES = '"“”«»„‘’\''  # marks that may open/close a quoted fragment
DQUOTES = '"“”«»„'
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
OPT_KEYS = {"group"}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    err = errors.append
    docs_dir = os.path.join(root, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: CR line ends")
            if raw.startswith(b"\xef\xbb\xbf"):
                err(f"{fn}: BOM")
            texts[fn[:-4]] = t
        elif fn.endswith(".meta.json"):
            continue
        else:
            err(f"docs/{fn}: unexpected file")
    for doc in texts:
        mp = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: bad meta.json ({e})")
            continue
        if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
            err(f"{doc}: meta must have exactly published, lang: {meta}")
            continue
        if meta["lang"] not in ("en", "ru", "uk"):
            err(f"{doc}: bad lang {meta['lang']!r}")
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                raise ValueError
            datetime.date.fromisoformat(meta["published"])
        except (ValueError, TypeError):
            err(f"{doc}: bad published {meta['published']!r}")
    for fn in os.listdir(docs_dir):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: meta without text")

    spans, ns_seen = set(), set()
    groups = defaultdict(list)
    per_doc = Counter()
    n_stmt = n_ns = 0
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"gold.jsonl:{ln}"
            if not line.strip():
                err(f"{where}: blank line")
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                err(f"{where}: bad JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            per_doc[doc] += 1
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"{where}: empty not_statement")
                elif ns not in text:
                    err(f"{where}: not_statement not in text: {ns!r}")
                if (doc, ns) in ns_seen:
                    err(f"{where}: duplicate not_statement")
                ns_seen.add((doc, ns))
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - OPT_KEYS
            if missing:
                err(f"{where}: missing fields {sorted(missing)}")
                continue
            if extra:
                err(f"{where}: unknown fields {sorted(extra)}")
            kind, content, start, end = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if content != content.strip():
                err(f"{where}: content has leading/trailing whitespace")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                err(f"{where}: bad offsets {start}, {end}")
                continue
            if text[start:end] != content:
                err(f"{where}: text[start:end] != content: {text[start:end][:50]!r} vs {content[:50]!r}")
            if kind == "mixed" and not any(q in content for q in DQUOTES + "‘’"):
                err(f"{where}: mixed without quotation marks")
            if kind == "indirect" and any(q in content for q in DQUOTES):
                err(f"{where}: indirect with quotation marks")
            if kind == "direct" and start > 0 and end < len(text):
                before, after = text[start - 1], text[end]
                # a direct quote is either enclosed in marks or a block after a label/colon
                if before not in QUOTES and after not in QUOTES and not re.search(r"[:\n ]$", text[max(0, start - 2):start]):
                    err(f"{where}: direct statement neither quoted nor after a label")
            if (doc, start, end) in spans:
                err(f"{where}: duplicate span")
            spans.add((doc, start, end))
            sp = row["speaker"]
            if sp is not None:
                if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must be null or {{text, name, anonymous}}")
                else:
                    if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in text:
                        err(f"{where}: speaker mention not in text: {sp['text']!r}")
                    if not isinstance(sp["name"], str) or not sp["name"].strip():
                        err(f"{where}: empty speaker name")
                    if not isinstance(sp["anonymous"], bool):
                        err(f"{where}: speaker.anonymous not bool")
            elif not row["optional"]:
                err(f"{where}: scored statement without speaker")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be null or a non-empty string")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional not bool")
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"{where}: bad group")
                groups[(doc, row["group"])].append((ln, row))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        rows = [r for _, r in pieces]
        if len({r["kind"] for r in rows}) != 1 or rows[0]["kind"] != "direct":
            err(f"{doc} group {g}: pieces must all be direct")
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
            err(f"{doc} group {g}: pieces have different speakers")
        if len({r["optional"] for r in rows}) != 1:
            err(f"{doc} group {g}: pieces differ in optional")
        rows.sort(key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if not per_doc[doc]:
            err(f"{doc}: no gold lines")
    for e in errors:
        print("ERROR", e)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
