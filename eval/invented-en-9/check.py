#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, layout.

    python3 check.py [CORPUS_DIR]      (default: the folder of this script)

Exit status 1 and a list of problems if anything is wrong.
"""
import json
import os
import re
import sys
from collections import defaultdict

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
OPEN_MARKS = "\"“‘«'"
CLOSE_MARKS = "\"”’»'"


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    docs_dir = os.path.join(root, "docs")
    problems = []
    texts = {}
    for f in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, f)
        if f.endswith(".txt"):
            raw = open(path, "rb").read()
            if b"\r" in raw:
                problems.append(f"{f}: CR line ends")
            try:
                texts[f[:-4]] = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                problems.append(f"{f}: not UTF-8 ({e})")
        elif f.endswith(".meta.json"):
            meta = json.load(open(path, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(meta.get("published", ""))):
                problems.append(f"{f}: bad or missing published date")
            if meta.get("lang") not in ("en", "ru", "uk"):
                problems.append(f"{f}: bad lang")
        else:
            problems.append(f"{f}: unexpected file in docs/")
    for d in texts:
        if not os.path.exists(os.path.join(docs_dir, d + ".meta.json")):
            problems.append(f"{d}: no meta.json")

    groups = defaultdict(list)
    seen_spans = set()
    n_stmt = n_ns = 0
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"gold.jsonl:{n}"
            if not line.strip():
                problems.append(f"{where}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                problems.append(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    problems.append(f"{where}: not_statement line has extra fields {sorted(set(row))}")
                span = row["not_statement"]
                if not isinstance(span, str) or not span or span not in text:
                    problems.append(f"{where}: not_statement span not in text: {span!r}")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing:
                problems.append(f"{where}: missing fields {sorted(missing)}")
                continue
            if extra:
                problems.append(f"{where}: unknown fields {sorted(extra)}")
            if row["kind"] not in KINDS:
                problems.append(f"{where}: bad kind {row['kind']!r}")
            s, e, c = row["start"], row["end"], row["content"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s}..{e}")
                continue
            if text[s:e] != c:
                problems.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
            if c != c.strip():
                problems.append(f"{where}: content has outer whitespace")
            if (doc, s, e) in seen_spans:
                problems.append(f"{where}: duplicate span")
            seen_spans.add((doc, s, e))
            if not isinstance(row["optional"], bool):
                problems.append(f"{where}: optional must be a bool")
            spk = row["speaker"]
            if spk is not None:
                if set(spk) != {"text", "name", "anonymous"}:
                    problems.append(f"{where}: speaker fields {sorted(spk)}")
                elif not isinstance(spk["anonymous"], bool) or not spk["name"]:
                    problems.append(f"{where}: speaker name/anonymous invalid")
                elif spk["text"] not in text:
                    problems.append(f"{where}: speaker.text not in document: {spk['text']!r}")
            if row["cue"] is not None and row["cue"] not in text:
                problems.append(f"{where}: cue not in document: {row['cue']!r}")
            # kind vs quotation marks
            has_mark = any(ch in c for ch in "\"“”«»")
            if row["kind"] == "direct":
                before = text[s - 1] if s > 0 else ""
                if c[0] in OPEN_MARKS:
                    problems.append(f"{where}: direct content starts with a quotation mark")
            if row["kind"] == "indirect" and has_mark:
                problems.append(f"{where}: indirect content contains quotation marks (mixed?)")
            if row["kind"] == "mixed" and "group" not in row and not has_mark and "‘" not in c and "’" not in c:
                problems.append(f"{where}: mixed content without a quoted fragment")
            if "group" in row:
                groups[(doc, row["group"])].append((n, row))

    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            problems.append(f"{doc} group {g}: only one piece")
            continue
        first = rows[0][1]
        for n, r in rows[1:]:
            if r["speaker"] != first["speaker"] or r["optional"] != first["optional"]:
                problems.append(f"gold.jsonl:{n}: group {g} pieces disagree on speaker/optional")
        if any(r["kind"] != first["kind"] for _, r in rows):
            problems.append(f"{doc} group {g}: pieces disagree on kind")
        if first["kind"] == "mixed" and not any(ch in r["content"] for _, r in rows for ch in "\"“”«»‘’"):
            problems.append(f"{doc} group {g}: mixed group without a quoted fragment")
        spans = sorted((r["start"], r["end"]) for _, r in rows)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                problems.append(f"{doc} group {g}: pieces overlap")
    docs_with_gold = {json.loads(l)["doc"] for l in open(os.path.join(root, "gold.jsonl"), encoding="utf-8") if l.strip()}
    for d in texts:
        if d not in docs_with_gold:
            problems.append(f"{d}: no gold lines")

    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: every line checked, 0 problems")


if __name__ == "__main__":
    main()
