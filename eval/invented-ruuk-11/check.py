#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, speakers, groups, not_statements, meta files.

    python3 check.py [CORPUS_DIR]     (default: the folder of this script)

Exit status 1 and a list of problems if anything is wrong.
"""
import json
import os
import re
import sys
from collections import defaultdict

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = "«»„“”\""


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ddir = os.path.join(root, "docs")
    problems = []
    texts, langs = {}, {}
    for f in sorted(os.listdir(ddir)):
        if f.endswith(".txt"):
            doc = f[:-4]
            raw = open(os.path.join(ddir, f), "rb").read()
            if b"\r" in raw:
                problems.append(f"{doc}: CR in text")
            texts[doc] = raw.decode("utf-8")
            mpath = os.path.join(ddir, doc + ".meta.json")
            if not os.path.exists(mpath):
                problems.append(f"{doc}: no meta.json")
                continue
            meta = json.load(open(mpath, encoding="utf-8"))
            if set(meta) != {"published", "lang"} or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]) \
                    or meta["lang"] not in {"ru", "uk", "en"}:
                problems.append(f"{doc}: bad meta {meta}")
            langs[doc] = meta.get("lang")
    groups = defaultdict(list)
    seen = set()
    n_stmt = n_ns = 0
    docs_with_stmt = set()
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"gold line {n}"
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
                    problems.append(f"{where}: extra keys in not_statement line")
                if not row["not_statement"] or row["not_statement"] not in text:
                    problems.append(f"{where}: not_statement not in text: {row['not_statement']!r}")
                continue
            n_stmt += 1
            docs_with_stmt.add(doc)
            keys = set(row)
            if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
                problems.append(f"{where}: keys {sorted(keys)}")
                continue
            if row["kind"] not in KINDS:
                problems.append(f"{where}: bad kind {row['kind']!r}")
            c, s, e = row["content"], row["start"], row["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s}-{e}")
            elif text[s:e] != c:
                problems.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
            if c != c.strip() or c.endswith((",", ".", ";", ":")) and not c.endswith("..."):
                problems.append(f"{where}: content has stray whitespace or final punctuation: {c!r}")
            multi = "\n\n«" in c or "\n\n„" in c  # quote over paragraphs: opening mark repeated
            if row["kind"] == "direct" and (c[0] in QUOTES + "—" or not multi and (
                    c.count("«") != c.count("»") or c.count("„") != c.count("“"))):
                problems.append(f"{where}: direct content keeps its enclosing marks: {c!r}")
            if row["kind"] == "mixed" and "group" not in row and not any(q in c for q in "«„\""):
                problems.append(f"{where}: mixed content without a quoted fragment: {c!r}")
            if not isinstance(row["optional"], bool):
                problems.append(f"{where}: optional must be bool")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"]):
                problems.append(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is not None:
                if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                        or not spk["name"] or (spk["text"] is not None and spk["text"] not in text):
                    problems.append(f"{where}: bad speaker {spk}")
            key = (doc, s, e)
            if key in seen:
                problems.append(f"{where}: duplicate span")
            seen.add(key)
            if "group" in row:
                groups[(doc, row["group"])].append(row)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            problems.append(f"{doc} group {g}: only one piece")
        names = {r["speaker"]["name"] if r["speaker"] else None for r in rows}
        if len(names) != 1:
            problems.append(f"{doc} group {g}: different speakers {names}")
        if len({r["kind"] for r in rows}) != 1 or len({r["optional"] for r in rows}) != 1:
            problems.append(f"{doc} group {g}: pieces differ in kind or optional")
        rows = sorted(rows, key=lambda r: r["start"])
        if rows[0]["kind"] == "mixed" and not any(q in r["content"] for r in rows for q in "«„\""):
            problems.append(f"{doc} group {g}: mixed statement without a quoted fragment")
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                problems.append(f"{doc} group {g}: pieces overlap or are out of order")
    for doc in texts:
        if doc not in docs_with_stmt:
            problems.append(f"{doc}: no statements")
    for p in problems:
        print("PROBLEM", p)
    print(f"check: {len(texts)} documents ({sum(1 for l in langs.values() if l == 'ru')} ru, "
          f"{sum(1 for l in langs.values() if l == 'uk')} uk), {n_stmt} statement lines, "
          f"{n_ns} not_statement lines, {len(groups)} groups, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
