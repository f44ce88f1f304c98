#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statements, meta files.

    python3 check.py [CORPUS_DIR]
"""
import json
import os
import re
import sys
from collections import defaultdict

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    docs_dir = os.path.join(root, "docs")
    texts, errors = {}, []
    for f in sorted(os.listdir(docs_dir)):
        if f.endswith(".txt"):
            name = f[:-4]
            raw = open(os.path.join(docs_dir, f), "rb").read()
            if b"\r" in raw:
                errors.append(f"{name}: CR line ends")
            texts[name] = raw.decode("utf-8")
            meta_path = os.path.join(docs_dir, name + ".meta.json")
            if not os.path.exists(meta_path):
                errors.append(f"{name}: no meta.json")
            else:
                meta = json.load(open(meta_path, encoding="utf-8"))
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")):
                    errors.append(f"{name}: bad published")
                if meta.get("lang") not in ("ru", "uk", "en"):
                    errors.append(f"{name}: bad lang")
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    seen_docs = set()
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            doc = r.get("doc")
            where = f"line {n} ({doc})"
            if doc not in texts:
                errors.append(f"{where}: unknown doc")
                continue
            seen_docs.add(doc)
            text = texts[doc]
            if "not_statement" in r:
                n_ns += 1
                if set(r) != {"doc", "not_statement"}:
                    errors.append(f"{where}: extra fields on not_statement")
                if r["not_statement"] not in text:
                    errors.append(f"{where}: not_statement not in text")
                continue
            n_stmt += 1
            missing = STMT_KEYS - set(r)
            extra = set(r) - STMT_KEYS - {"group"}
            if missing or extra:
                errors.append(f"{where}: missing {missing} extra {extra}")
                continue
            if r["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {r['kind']}")
            s, e, c = r["start"], r["end"], r["content"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad offsets")
            elif text[s:e] != c:
                errors.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != {c!r}")
            if c != c.strip():
                errors.append(f"{where}: content has outer whitespace")
            if not isinstance(r["optional"], bool):
                errors.append(f"{where}: optional not bool")
            if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
                errors.append(f"{where}: bad cue")
            sp = r["speaker"]
            if sp is not None:
                if set(sp) != {"text", "name", "anonymous"} or not sp["name"] or not sp["text"] \
                        or not isinstance(sp["anonymous"], bool):
                    errors.append(f"{where}: bad speaker {sp}")
            if r["kind"] == "direct" and c[:1] in "«„“\"":
                errors.append(f"{where}: direct content starts with a quote mark")
            if r["kind"] == "mixed" and "group" not in r and not re.search(r"[«»„“”\"]", c):
                errors.append(f"{where}: mixed content without quote marks")
            if "group" in r:
                groups[(doc, r["group"])].append(r)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            errors.append(f"{doc} group {g}: only one piece")
        keys = {(json.dumps(x["speaker"], ensure_ascii=False, sort_keys=True), x["cue"], x["optional"], x["kind"])
                for x in rows}
        if len(keys) > 1:
            errors.append(f"{doc} group {g}: pieces differ in speaker/cue/optional/kind")
        if rows[0]["kind"] == "mixed" and not any(re.search(r"[«»„“”\"]", x["content"]) for x in rows):
            errors.append(f"{doc} group {g}: mixed statement without quote marks")
        rows = sorted(rows, key=lambda x: x["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{doc} group {g}: pieces overlap")
    for doc in texts:
        if doc not in seen_docs:
            errors.append(f"{doc}: no gold lines")
    for e in errors:
        print("ERROR", e)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
