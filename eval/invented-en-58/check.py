#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-en-58. Exits 1 on any error."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = set('"“”«»„‘')          # marks that make a span "quoted" (ASCII ' and ’ are apostrophes)
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts, metas = {}, {}
    names = sorted(os.listdir(DOCS))
    for fn in names:
        path = os.path.join(DOCS, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: CR line ends")
            if not t.endswith("\n"):
                err(f"{fn}: no final newline")
            texts[fn[:-4]] = t
        elif fn.endswith(".meta.json"):
            try:
                metas[fn[:-10]] = json.load(open(path, encoding="utf-8"))
            except ValueError as e:
                err(f"{fn}: bad JSON ({e})")
        else:
            err(f"unexpected file docs/{fn}")
    for d in texts:
        m = metas.get(d)
        if m is None:
            err(f"{d}: missing meta.json")
            continue
        if set(m) != {"published", "lang"}:
            err(f"{d}: meta keys {sorted(m)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m.get("published", ""))):
            err(f"{d}: bad published {m.get('published')!r}")
        if m.get("lang") != "en":
            err(f"{d}: lang {m.get('lang')!r}")
    for d in metas:
        if d not in texts:
            err(f"{d}: meta.json without text")

    seen_spans = set()
    groups = defaultdict(list)
    n_stmt = n_ns = 0
    docs_with_lines = set()
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"gold.jsonl:{ln}"
            try:
                row = json.loads(line)
            except ValueError as e:
                err(f"{where}: bad JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            docs_with_lines.add(doc)
            text = texts[doc]
            if "not_statement" in row:
                n_ns += 1
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip() or ns not in text:
                    err(f"{where}: not_statement span not in text: {ns!r}")
                continue
            n_stmt += 1
            keys = set(row)
            if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
                err(f"{where}: keys {sorted(keys)}")
                continue
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if content != content.strip():
                err(f"{where}: content has outer whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}-{e}")
                continue
            if text[s:e] != content:
                err(f"{where}: text[{s}:{e}] != content ({text[s:e][:40]!r} vs {content[:40]!r})")
            key = (doc, s, e)
            if key in seen_spans:
                err(f"{where}: duplicate span {doc} {s}-{e}")
            seen_spans.add(key)
            has_q = any(c in QUOTES for c in content)
            if kind == "mixed" and not has_q:
                err(f"{where}: mixed without quotation marks")
            if kind == "indirect" and has_q:
                err(f"{where}: indirect with quotation marks")
            if kind == "direct" and (content[0] in '"“«' or content[-1] in '"”»'):
                err(f"{where}: direct content keeps its enclosing quotation marks")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional not bool")
            cue = row["cue"]
            if cue is not None and (not isinstance(cue, str) or not cue.strip()):
                err(f"{where}: bad cue {cue!r}")
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: bad speaker {spk!r}")
                else:
                    if not isinstance(spk["text"], str) or spk["text"] not in text:
                        err(f"{where}: speaker mention not in text: {spk['text']!r}")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"{where}: empty speaker name")
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: anonymous not bool")
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"{where}: bad group {row['group']!r}")
                groups[(doc, row["group"])].append(row)

    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only {len(rows)} piece")
        sig = {(r["kind"], json.dumps(r["speaker"], sort_keys=True), r["cue"], r["optional"])
               for r in rows}
        if len(sig) != 1:
            err(f"{doc} group {g}: pieces differ in kind/speaker/cue/optional")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
    for d in texts:
        if d not in docs_with_lines:
            err(f"{d}: no gold lines")

    for m in errors:
        print("ERROR", m)
    print(f"{len(texts)} documents, {n_stmt} statement lines, {n_ns} not_statement lines, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
