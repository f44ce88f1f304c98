#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, metadata. Exit 1 on any error."""
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}


def main():
    errors = []
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            raw = open(os.path.join(docs_dir, fn), "rb").read()
            if b"\r" in raw:
                errors.append(f"{fn}: CR line ends")
            texts[fn[:-4]] = raw.decode("utf-8")
            meta_p = os.path.join(docs_dir, fn[:-4] + ".meta.json")
            if not os.path.exists(meta_p):
                errors.append(f"{fn}: no meta.json")
            else:
                meta = json.load(open(meta_p, encoding="utf-8"))
                if meta.get("lang") not in ("ru", "uk") or len(meta.get("published", "")) != 10:
                    errors.append(f"{fn}: bad meta {meta}")
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    seen = set()
    for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        row = json.loads(line)
        doc = row.get("doc")
        where = f"gold line {n} ({doc})"
        if doc not in texts:
            errors.append(f"{where}: unknown doc")
            continue
        text = texts[doc]
        if "not_statement" in row:
            n_ns += 1
            if set(row) != {"doc", "not_statement"}:
                errors.append(f"{where}: extra keys in not_statement line")
            if row["not_statement"] not in text:
                errors.append(f"{where}: not_statement not in text")
            continue
        n_stmt += 1
        if not set(row) <= STMT_KEYS or not (STMT_KEYS - {"group"}) <= set(row):
            errors.append(f"{where}: keys {sorted(row)}")
            continue
        if row["kind"] not in KINDS:
            errors.append(f"{where}: kind {row['kind']}")
        s, e = row["start"], row["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad offsets {s} {e}")
        elif text[s:e] != row["content"]:
            errors.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {row['content']!r}")
        c = row["content"]
        if c != c.strip() or c.endswith((",", ";")) or c.startswith(("«", "„", "—")) and row["kind"] == "direct":
            errors.append(f"{where}: suspicious content edges {c!r}")
        if row["kind"] == "mixed" and "group" not in row and not any(q in c for q in "«„"):
            errors.append(f"{where}: mixed without a quoted fragment")
        if row["kind"] == "indirect" and ("«" in c) and doc:
            pass  # quotes around names are allowed in indirect
        if not isinstance(row["optional"], bool):
            errors.append(f"{where}: optional not bool")
        spk = row["speaker"]
        if spk is not None:
            if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool):
                errors.append(f"{where}: bad speaker {spk}")
            elif spk["text"] not in text:
                errors.append(f"{where}: speaker text not in document")
            elif not spk["name"]:
                errors.append(f"{where}: empty speaker name")
        if row["cue"] is not None and not isinstance(row["cue"], str):
            errors.append(f"{where}: cue not a string")
        key = (doc, s, e)
        if key in seen:
            errors.append(f"{where}: duplicate span")
        seen.add(key)
        if "group" in row:
            groups[(doc, row["group"])].append(row)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            errors.append(f"{doc} group {g}: only one piece")
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rows}) != 1:
            errors.append(f"{doc} group {g}: speakers differ")
        if len({(r["kind"], r["cue"], r["optional"]) for r in rows}) != 1:
            errors.append(f"{doc} group {g}: kind/cue/optional differ")
        if rows[0]["kind"] == "mixed" and not any(q in r["content"] for r in rows for q in "«„"):
            errors.append(f"{doc} group {g}: mixed without a quoted fragment")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{doc} group {g}: pieces overlap")
    for e in errors:
        print("ERROR", e)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, {len(groups)} groups: "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
