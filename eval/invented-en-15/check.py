#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, not_statement spans, metadata.

    python3 check.py [CORPUS_DIR]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

KINDS = {"direct", "indirect", "mixed"}
FIELDS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}


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
            meta_path = os.path.join(docs_dir, name + ".meta.json")
            if not os.path.exists(meta_path):
                errors.append(f"{name}: no meta.json")
            else:
                meta = json.load(open(meta_path, encoding="utf-8"))
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")):
                    errors.append(f"{name}: bad published date")
                if meta.get("lang") not in ("en", "ru", "uk"):
                    errors.append(f"{name}: bad lang")
    groups = defaultdict(list)
    per_doc = defaultdict(Counter)
    ns_count = 0
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            where = f"line {n}"
            doc = row.get("doc")
            if doc not in texts:
                errors.append(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in row:
                ns_count += 1
                if set(row) != {"doc", "not_statement"}:
                    errors.append(f"{where}: extra fields on not_statement")
                if row["not_statement"] not in text:
                    errors.append(f"{where}: not_statement span not in text")
                continue
            extra = set(row) - FIELDS
            missing = FIELDS - {"group"} - set(row)
            if extra or missing:
                errors.append(f"{where}: extra {extra} missing {missing}")
                continue
            if row["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {row['kind']!r}")
            s, e, c = row["start"], row["end"], row["content"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad offsets {s}-{e}")
            elif text[s:e] != c:
                errors.append(f"{where}: text[{s}:{e}] != content ({text[s:e]!r} vs {c!r})")
            if c != c.strip():
                errors.append(f"{where}: content has outer whitespace")
            if not isinstance(row["optional"], bool):
                errors.append(f"{where}: optional not bool")
            spk = row["speaker"]
            if spk is not None:
                if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                        or not spk["text"] or not spk["name"]:
                    errors.append(f"{where}: bad speaker {spk}")
                elif spk["text"] not in text:
                    errors.append(f"{where}: speaker.text not in document: {spk['text']!r}")
            if row["cue"] is not None and not isinstance(row["cue"], str):
                errors.append(f"{where}: bad cue")
            if row["kind"] == "direct" and (c[0] in "\"“‘'«" and c[-1] in "\"”’'»"):
                errors.append(f"{where}: direct content keeps its enclosing marks")
            if row["kind"] == "mixed" and not re.search("[\"“”‘’']", c):
                errors.append(f"{where}: mixed content without a quotation mark")
            if row["kind"] == "indirect" and re.search("[\"“”]", c) and not re.search(r'"[A-Z][\w ]+"', c):
                errors.append(f"{where}: indirect content with a quoted fragment (mixed?)")
            if "group" in row:
                groups[(doc, row["group"])].append(row)
            per_doc[doc]["optional" if row["optional"] else "scored"] += 1
            per_doc[doc][row["kind"] + ("_opt" if row["optional"] else "")] += 1
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            errors.append(f"{doc} group {g}: only one piece")
        if len({r["kind"] for r in rows}) != 1 or len({json.dumps(r["speaker"]) for r in rows}) != 1 \
                or len({r["optional"] for r in rows}) != 1:
            errors.append(f"{doc} group {g}: pieces differ in kind/speaker/optional")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{doc} group {g}: pieces overlap")
            elif len(texts[doc][a["end"]:b["start"]]) > 80:
                errors.append(f"{doc} group {g}: pieces far apart")
    for doc in texts:
        if doc not in per_doc:
            errors.append(f"{doc}: no statements")
    tot = Counter()
    print(f"{'doc':<6}{'words':>6}{'scored':>7}{'opt':>5}")
    for doc in sorted(texts):
        c = per_doc[doc]
        tot.update(c)
        words = len(re.findall(r"\w+", texts[doc]))
        print(f"{doc:<6}{words:>6}{c['scored']:>7}{c['optional']:>5}")
    print("totals:", dict(sorted(tot.items())), "not_statement:", ns_count, "groups:", len(groups))
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
