#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus (format: /work/shared/eval/FORMAT.md).

    python3 check.py            # prints errors, exits 1 if there are any

Standard library only. Licence: CC0 1.0.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
# quotation marks: double marks, guillemets, curly singles, and a straight ' that is not an apostrophe
QUOTE = re.compile(r"[\"“”«»„‘]|’(?!\w)|(?<!\w)'|'(?!\w)")
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            raw = open(os.path.join(DOCS, fn), "rb").read()
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
            mp = os.path.join(DOCS, fn[:-4] + ".meta.json")
            if not os.path.exists(mp):
                err(f"{fn}: missing .meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{mp}: bad JSON {e}")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{fn[:-4]}.meta.json: keys must be published, lang; got {sorted(meta)}")
            if meta.get("lang") != "en":
                err(f"{fn[:-4]}.meta.json: lang must be 'en'")
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                    raise ValueError
                datetime.date.fromisoformat(meta["published"])
            except (ValueError, KeyError):
                err(f"{fn[:-4]}.meta.json: published must be YYYY-MM-DD")
    if not texts:
        err("no documents")
    spans, groups, nots, per_doc = set(), defaultdict(list), set(), defaultdict(int)
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.jsonl:{n}"
            if not line.strip():
                err(f"{where}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: not JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in row:
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has extra keys")
                sp = row["not_statement"]
                if not isinstance(sp, str) or not sp or sp not in text:
                    err(f"{where}: not_statement span not found in {doc}: {sp!r}")
                if (doc, sp) in nots:
                    err(f"{where}: duplicate not_statement {sp!r}")
                nots.add((doc, sp))
                continue
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"{where}: missing keys {sorted(missing)} / unexpected keys {sorted(extra)}")
                continue
            per_doc[doc] += 1
            kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
            if not isinstance(content, str) or not content.strip():
                err(f"{where}: empty content")
                continue
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}, {e}")
            elif text[s:e] != content:
                err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {content!r}")
            if content != content.strip():
                err(f"{where}: content has leading/trailing whitespace")
            if kind == "mixed" and not QUOTE.search(content):
                err(f"{where}: mixed content has no quotation marks")
            if kind == "indirect" and QUOTE.search(content):
                err(f"{where}: indirect content contains quotation marks")
            if kind == "direct" and content[0] in "\"“«„":
                err(f"{where}: direct content starts with its enclosing quotation mark")
            if (doc, s, e) in spans:
                err(f"{where}: duplicate span {doc} {s}-{e}")
            spans.add((doc, s, e))
            spk = row["speaker"]
            if spk is not None:
                if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                    err(f"{where}: speaker must be null or {{text, name, anonymous}}")
                else:
                    if not isinstance(spk["text"], str) or spk["text"] not in text:
                        err(f"{where}: speaker mention {spk['text']!r} does not occur in {doc}")
                    if not isinstance(spk["name"], str) or not spk["name"].strip():
                        err(f"{where}: speaker name empty")
                    if not isinstance(spk["anonymous"], bool):
                        err(f"{where}: speaker.anonymous must be a boolean")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be a boolean")
            if "group" in row:
                if not isinstance(row["group"], str) or not row["group"]:
                    err(f"{where}: group must be a non-empty string")
                else:
                    groups[(doc, row["group"])].append((n, row))
    for (doc, g), rows in groups.items():
        where = f"{doc} group {g}"
        if len(rows) < 2:
            err(f"{where}: a group needs at least two pieces")
        names = {(r["speaker"] or {}).get("name") for _, r in rows}
        if len(names) != 1:
            err(f"{where}: pieces have different speakers {names}")
        if len({r["optional"] for _, r in rows}) != 1:
            err(f"{where}: pieces differ in optional")
        ordered = sorted((r["start"], r["end"]) for _, r in rows)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
            if s2 < e1:
                err(f"{where}: pieces overlap")
    for doc in texts:
        if not per_doc[doc]:
            err(f"{doc}: no statement lines")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {sum(per_doc.values())} statement lines, {len(nots)} not_statement lines, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
