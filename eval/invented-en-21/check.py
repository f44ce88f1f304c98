#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-21 against docs/ (standard library only).

    python3 check.py [CORPUS_DIR]
"""
import json
import os
import sys
from collections import defaultdict

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
# "that" as a demonstrative subject, not the complementiser (e18: officials say that could take years)
THAT_SUBJECT = {("e18", "that could take years")}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ddir = os.path.join(root, "docs")
    errors = []
    texts = {}
    for f in sorted(os.listdir(ddir)):
        if f.endswith(".txt"):
            name = f[:-4]
            raw = open(os.path.join(ddir, f), "rb").read()
            if b"\r" in raw:
                errors.append(f"{name}: CR line ends")
            texts[name] = raw.decode("utf-8")
            mpath = os.path.join(ddir, name + ".meta.json")
            if not os.path.exists(mpath):
                errors.append(f"{name}: no meta.json")
            else:
                meta = json.load(open(mpath, encoding="utf-8"))
                if meta.get("lang") != "en" or len(meta.get("published", "")) != 10:
                    errors.append(f"{name}: bad meta {meta}")
    nonstmt = defaultdict(set)
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if "not_statement" in row:
                nonstmt[row["doc"]].add(row["not_statement"])
    groups = defaultdict(list)
    scored = defaultdict(set)
    n_lines = 0
    spans = defaultdict(list)
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n_lines += 1
            row = json.loads(line)
            doc = row.get("doc")
            where = f"line {ln} ({doc})"
            if doc not in texts:
                errors.append(f"{where}: unknown doc")
                continue
            text = texts[doc]
            if "not_statement" in row:
                if set(row) != {"doc", "not_statement"} or row["not_statement"] not in text:
                    errors.append(f"{where}: bad not_statement {row}")
                continue
            keys = set(row)
            if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
                errors.append(f"{where}: fields {sorted(keys)}")
                continue
            if row["kind"] not in KINDS:
                errors.append(f"{where}: kind {row['kind']}")
            c, s, e = row["content"], row["start"], row["end"]
            if text[s:e] != c:
                errors.append(f"{where}: text[{s}:{e}] != content")
            if not c or c != c.strip():
                errors.append(f"{where}: content empty or padded")
            if row["kind"] == "direct" and (c[0] in "\"“«" or c[-1] in "\"”»"):
                errors.append(f"{where}: direct content keeps its enclosing mark")
            if row["kind"] == "mixed" and not any(q in c for q in "\"“”‘’«»") and "group" not in row:
                errors.append(f"{where}: mixed without a quoted fragment")
            if row["kind"] == "indirect" and any(q in c for q in "\"“”«»"):
                # allowed only when the quoted words are a name listed as not_statement (a camp name)
                inner = [n for n in nonstmt[doc] if f"“{n}”" in c or f'"{n}"' in c]
                if not inner:
                    errors.append(f"{where}: indirect with quotation marks")
            if row["kind"] == "indirect" and c.lower().startswith("that ") and (doc, c) not in THAT_SUBJECT:
                errors.append(f"{where}: indirect keeps 'that'")
            spk = row["speaker"]
            if spk is not None:
                if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                        or not spk["name"] or not spk["text"]:
                    errors.append(f"{where}: speaker {spk}")
                elif spk["text"] not in text:
                    errors.append(f"{where}: speaker.text not in document: {spk['text']!r}")
            elif not row["optional"]:
                errors.append(f"{where}: scored line without speaker")
            if row["cue"] is not None and not isinstance(row["cue"], str):
                errors.append(f"{where}: cue")
            if not isinstance(row["optional"], bool):
                errors.append(f"{where}: optional not bool")
            for (s2, e2, l2) in spans[doc]:
                if s < e2 and s2 < e:
                    errors.append(f"{where}: overlaps line {l2}")
            spans[doc].append((s, e, ln))
            if "group" in row:
                groups[(doc, row["group"])].append((ln, row))
            if not row["optional"]:
                scored[doc].add(("g", row["group"]) if "group" in row else ("l", ln))
    for (doc, g), rows in groups.items():
        where = f"{doc} group {g}"
        if len(rows) < 2:
            errors.append(f"{where}: single piece")
        names = {r["speaker"]["name"] if r["speaker"] else None for _, r in rows}
        opts = {r["optional"] for _, r in rows}
        kinds = {r["kind"] for _, r in rows}
        if len(names) > 1 or len(opts) > 1 or len(kinds) > 1:
            errors.append(f"{where}: pieces disagree (speaker/optional/kind)")
        if kinds == {"mixed"} and not any(q in r["content"] for _, r in rows for q in "\"“”‘’«»"):
            errors.append(f"{where}: mixed group without a quoted fragment")
        starts = [r["start"] for _, r in rows]
        if starts != sorted(starts):
            errors.append(f"{where}: pieces out of order")
    for doc, text in texts.items():
        words = len(text.split())
        n = len(scored[doc])
        if not 150 <= words <= 300:
            errors.append(f"{doc}: {words} words (want 150-300)")
        if not 6 <= n <= 12:
            errors.append(f"{doc}: {n} scored statements (want 6-12)")
    for e in errors:
        print("check:", e)
    print(f"check: {len(texts)} documents, {n_lines} gold lines, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
