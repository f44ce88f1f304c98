#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, metadata.

    python3 check.py [CORPUS_DIR]      (default: the folder of this script)
Exit status 1 on any error. Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = '"“”«»‘’'


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    docs_dir = os.path.join(root, "docs")
    errors = []
    texts = {}
    for f in sorted(os.listdir(docs_dir)):
        if f.endswith(".txt"):
            name = f[:-4]
            raw = open(os.path.join(docs_dir, f), "rb").read()
            if b"\r" in raw:
                errors.append(f"{name}: CR line ends")
            texts[name] = raw.decode("utf-8")
            mp = os.path.join(docs_dir, name + ".meta.json")
            if not os.path.exists(mp):
                errors.append(f"{name}: no meta.json")
            else:
                meta = json.load(open(mp, encoding="utf-8"))
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")) or meta.get("lang") not in ("en", "ru", "uk"):
                    errors.append(f"{name}: bad meta {meta}")
    groups = defaultdict(list)
    spans = Counter()
    per_doc = Counter()
    n = 0
    for ln, line in enumerate(open(os.path.join(root, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        n += 1
        doc = row.get("doc")
        where = f"line {ln} ({doc})"
        if doc not in texts:
            errors.append(f"{where}: unknown doc")
            continue
        text = texts[doc]
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                errors.append(f"{where}: extra keys on not_statement line")
            if row["not_statement"] not in text:
                errors.append(f"{where}: not_statement span not in text")
            continue
        missing = STMT_KEYS - set(row)
        extra = set(row) - STMT_KEYS - {"group"}
        if missing or extra:
            errors.append(f"{where}: missing {missing} extra {extra}")
            continue
        if row["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {row['kind']}")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad offsets")
        elif text[s:e] != c:
            errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != content {c!r}")
        if c != c.strip():
            errors.append(f"{where}: content has outer whitespace")
        if not isinstance(row["optional"], bool):
            errors.append(f"{where}: optional not bool")
        spk = row["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                    or not spk["name"]:
                errors.append(f"{where}: bad speaker {spk}")
            elif spk["text"] is not None and spk["text"] not in text:
                errors.append(f"{where}: speaker text {spk['text']!r} not in document")
        if row["cue"] is not None and not isinstance(row["cue"], str):
            errors.append(f"{where}: bad cue")
        # kind sanity: direct content should not start with a quotation mark; mixed must contain one
        if row["kind"] == "mixed" and not any(q in c for q in QUOTES) and "group" not in row:
            errors.append(f"{where}: mixed without a quoted fragment")
        if row["kind"] == "indirect" and any(q in c for q in '"“”«»'):
            errors.append(f"{where}: indirect containing quotation marks")
        if row["kind"] == "direct" and c[0] in '"“«':
            errors.append(f"{where}: direct content starts with its quotation mark")
        spans[(doc, s, e)] += 1
        if "group" in row:
            groups[(doc, row["group"])].append(row)
        if not row["optional"]:
            per_doc[doc] += 1
    for k, v in spans.items():
        if v > 1:
            errors.append(f"{k}: duplicate span")
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            errors.append(f"{doc} group {g}: only one piece")
        if len({(r["speaker"] or {}).get("name") for r in rows}) != 1:
            errors.append(f"{doc} group {g}: speakers differ")
        if len({r["optional"] for r in rows}) != 1:
            errors.append(f"{doc} group {g}: optional differs")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if doc not in per_doc:
            errors.append(f"{doc}: no scored statement")
    for e in errors:
        print("ERROR", e)
    print(f"checked {n} gold lines in {len(texts)} documents: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
