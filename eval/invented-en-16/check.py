#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-16 against docs/: offsets, fields, kinds, groups, not_statements."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
FIELDS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = "\"“”‘’«»"


def main():
    errors = []
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for f in sorted(os.listdir(docs_dir)):
        if f.endswith(".txt"):
            raw = open(os.path.join(docs_dir, f), "rb").read()
            if b"\r" in raw:
                errors.append(f"{f}: CR line ends")
            texts[f[:-4]] = raw.decode("utf-8")
            meta_p = os.path.join(docs_dir, f[:-4] + ".meta.json")
            if not os.path.exists(meta_p):
                errors.append(f"{f}: no meta.json")
            else:
                meta = json.load(open(meta_p, encoding="utf-8"))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")) or meta.get("lang") != "en":
                    errors.append(f"{f}: bad meta {meta}")
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    per_doc = defaultdict(int)
    for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        row = json.loads(line)
        doc = row.get("doc")
        if doc not in texts:
            errors.append(f"line {n}: unknown doc {doc}")
            continue
        text = texts[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                errors.append(f"line {n}: extra fields on not_statement")
            if row["not_statement"] not in text:
                errors.append(f"line {n}: not_statement not in text: {row['not_statement']!r}")
            continue
        n_stmt += 1
        missing = FIELDS - set(row)
        extra = set(row) - FIELDS - {"group"}
        if missing or extra:
            errors.append(f"line {n}: missing {missing} extra {extra}")
            continue
        if row["kind"] not in KINDS:
            errors.append(f"line {n}: bad kind {row['kind']}")
        s, e, c = row["start"], row["end"], row["content"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
            errors.append(f"line {n}: offsets do not match content {c[:40]!r}")
        if c != c.strip():
            errors.append(f"line {n}: content has outer whitespace")
        if not isinstance(row["optional"], bool):
            errors.append(f"line {n}: optional not bool")
        spk = row["speaker"]
        if spk is not None:
            if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                    or not spk["text"] or not spk["name"]:
                errors.append(f"line {n}: bad speaker {spk}")
            elif spk["text"] not in text:
                errors.append(f"line {n}: speaker.text not in document: {spk['text']!r}")
        if row["cue"] is not None and row["cue"] not in text:
            errors.append(f"line {n}: cue not in document: {row['cue']!r}")
        inner = any(q in c for q in QUOTES)
        if row["kind"] == "mixed" and not inner and "group" not in row:
            errors.append(f"line {n}: mixed without a quoted fragment")
        if row["kind"] == "indirect" and inner:
            errors.append(f"line {n}: indirect with quotation marks inside")
        if row["kind"] == "direct" and c[0] in QUOTES:
            errors.append(f"line {n}: direct content starts with its quotation mark")
        if "group" in row:
            groups[(doc, row["group"])].append((n, row))
        per_doc[doc] += 0 if row["optional"] else 1
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            errors.append(f"{doc} group {g}: only one piece")
        names = {r["speaker"]["name"] if r["speaker"] else None for _, r in rows}
        opts = {r["optional"] for _, r in rows}
        starts = [r["start"] for _, r in rows]
        if len(names) != 1 or len(opts) != 1:
            errors.append(f"{doc} group {g}: pieces disagree on speaker or optional")
        kinds = {r["kind"] for _, r in rows}
        if len(kinds) != 1:
            errors.append(f"{doc} group {g}: pieces disagree on kind")
        if kinds == {"mixed"} and not any(q in r["content"] for _, r in rows for q in QUOTES):
            errors.append(f"{doc} group {g}: mixed group without a quoted fragment")
        if starts != sorted(starts):
            errors.append(f"{doc} group {g}: pieces out of order")
        for (_, a), (_, b) in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if not 6 <= per_doc[doc] <= 12:
            errors.append(f"{doc}: {per_doc[doc]} scored statements (want 6-12)")
    for e in errors:
        print("ERROR", e)
    print(f"check: {len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
