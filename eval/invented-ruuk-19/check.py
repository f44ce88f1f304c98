#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-19. Exit 1 on any error.

Checks: file layout and metadata shape; UTF-8 and LF line ends; every gold line
has the required fields with valid types; text[start:end] == content; kinds;
mixed contains quotation marks; indirect contains none except around spans
listed as not_statement for the same document (names such as «дев'ятки»);
direct content is not wrapped in its own marks; speaker mentions occur in the
document; no duplicate spans; group pieces are consistent; not_statement spans
occur in the document. Licence: CC0 1.0.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "«»„“”\"‘’"
QUOTED = re.compile(r"«([^«»]*)»|„([^„“]*)“|\"([^\"]*)\"")
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
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
            texts[fn[:-4]] = t
    for doc in texts:
        mp = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{doc}: bad meta.json ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk", "en"):
            err(f"{doc}: bad lang {meta.get('lang')!r}")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: meta without text")

    lines = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold line {i}: empty")
                continue
            try:
                lines.append((i, json.loads(line)))
            except ValueError as e:
                err(f"gold line {i}: bad JSON ({e})")

    ns_by_doc = defaultdict(set)
    for i, r in lines:
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"gold line {i}: not_statement line has keys {sorted(r)}")
            if r.get("doc") not in texts:
                err(f"gold line {i}: unknown doc {r.get('doc')!r}")
            elif not isinstance(r["not_statement"], str) or r["not_statement"] not in texts[r["doc"]]:
                err(f"gold line {i}: not_statement not in text: {r['not_statement']!r}")
            else:
                ns_by_doc[r["doc"]].add(r["not_statement"])

    spans = set()
    groups = defaultdict(list)
    required = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    for i, r in lines:
        if "not_statement" in r:
            continue
        missing = required - set(r)
        extra = set(r) - required - {"group"}
        if missing or extra:
            err(f"gold line {i}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        doc = r["doc"]
        if doc not in texts:
            err(f"gold line {i}: unknown doc {doc!r}")
            continue
        t = texts[doc]
        c = r["content"]
        if r["kind"] not in KINDS:
            err(f"gold line {i}: bad kind {r['kind']!r}")
        if not isinstance(c, str) or not c or c != c.strip():
            err(f"gold line {i}: empty content or surrounding whitespace")
            continue
        s, e = r["start"], r["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            err(f"gold line {i}: bad offsets {s}-{e}")
            continue
        if t[s:e] != c:
            err(f"gold line {i}: text[{s}:{e}] != content ({t[s:e][:40]!r} vs {c[:40]!r})")
        if (doc, s, e) in spans:
            err(f"gold line {i}: duplicate span {doc} {s}-{e}")
        spans.add((doc, s, e))
        if not isinstance(r["optional"], bool):
            err(f"gold line {i}: optional not bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"gold line {i}: bad cue {r['cue']!r}")
        has_q = any(ch in c for ch in QUOTES)
        if r["kind"] == "mixed" and not has_q:
            err(f"gold line {i}: mixed without quotation marks")
        if r["kind"] == "indirect" and has_q:
            inner = [next(g for g in m.groups() if g is not None) for m in QUOTED.finditer(c)]
            stripped = QUOTED.sub("", c)
            if any(ch in stripped for ch in QUOTES) or any(x not in ns_by_doc[doc] for x in inner):
                err(f"gold line {i}: indirect contains quotation marks around a non-name: {c[:60]!r}")
        if c.count("«") != c.count("»") or c.count("„") != c.count("“") or c.count('"') % 2:
            err(f"gold line {i}: unbalanced quotation marks (enclosing marks kept or cut?)")
        sp = r["speaker"]
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
                err(f"gold line {i}: bad speaker {sp!r}")
            else:
                if not isinstance(sp["text"], str) or sp["text"] not in t:
                    err(f"gold line {i}: speaker mention not in document: {sp['text']!r}")
                if not isinstance(sp["name"], str) or not sp["name"]:
                    err(f"gold line {i}: empty speaker name")
                if not isinstance(sp["anonymous"], bool):
                    err(f"gold line {i}: anonymous not bool")
        elif not r["optional"]:
            err(f"gold line {i}: speaker null on a scored line")
        if "group" in r:
            groups[(doc, r["group"])].append((i, r))

    for (doc, g), items in groups.items():
        if len(items) < 2:
            err(f"{doc} group {g}: only one piece")
        keys = {(r["kind"], json.dumps(r["speaker"], sort_keys=True), r["cue"], r["optional"]) for _, r in items}
        if len(keys) != 1:
            err(f"{doc} group {g}: pieces differ in kind/speaker/cue/optional")
        items.sort(key=lambda x: x[1]["start"])
        for (_, a), (_, b) in zip(items, items[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")

    docs_in_gold = {r["doc"] for _, r in lines}
    for d in texts:
        if d not in docs_in_gold:
            err(f"{d}: no gold lines")

    n_st = sum(1 for _, r in lines if "kind" in r)
    n_ns = sum(1 for _, r in lines if "not_statement" in r)
    for m in errors:
        print("ERROR", m)
    print(f"{len(texts)} docs, {n_st} statement lines, {n_ns} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
