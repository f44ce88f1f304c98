#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-ruuk-27). Exits 1 on any error. CC0 1.0.

    python3 check.py [CORPUS_DIR]
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
QUOTES = "«»„“”\""
QUOTED = re.compile(r"«([^«»]*)»|„([^„“]*)“|\"([^\"]*)\"")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in text:
                err(f"{fn}: CR line ends")
            if raw.startswith(b"\xef\xbb\xbf"):
                err(f"{fn}: BOM")
            texts[fn[:-4]] = text
    expected = {f"e{i:02d}" for i in range(1, 25)}
    if set(texts) != expected:
        err(f"documents: expected e01..e24, got {sorted(texts)}")
    langs = defaultdict(int)
    for d in sorted(texts):
        mpath = os.path.join(docs_dir, d + ".meta.json")
        if not os.path.exists(mpath):
            err(f"{d}: missing meta.json")
            continue
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{d}: meta not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{d}: meta keys must be published, lang: {sorted(meta)}")
        if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(meta.get("published"))):
            err(f"{d}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{d}: bad lang {meta.get('lang')!r}")
        langs[meta.get("lang")] += 1
    if langs.get("ru") != 12 or langs.get("uk") != 12:
        err(f"language split must be 12 ru / 12 uk: {dict(langs)}")

    rows = []
    with open(os.path.join(ROOT, "gold.jsonl"), "rb") as f:
        data = f.read()
    if b"\r" in data:
        err("gold.jsonl: CR line ends")
    for n, line in enumerate(data.decode("utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"gold.jsonl line {n}: not JSON ({e})")

    not_stmts = defaultdict(set)
    for n, r in rows:
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"line {n}: not_statement line has extra keys {sorted(r)}")
            if r.get("doc") not in texts:
                err(f"line {n}: unknown doc {r.get('doc')!r}")
            elif not isinstance(r["not_statement"], str) or not r["not_statement"].strip():
                err(f"line {n}: empty not_statement")
            elif r["not_statement"] not in texts[r["doc"]]:
                err(f"line {n}: not_statement not found in {r['doc']}: {r['not_statement']!r}")
            not_stmts[r.get("doc")].add(r["not_statement"])
            continue

    spans = set()
    groups = defaultdict(list)
    per_doc = defaultdict(int)
    for n, r in rows:
        if "not_statement" in r:
            continue
        where = f"line {n} ({r.get('doc')})"
        missing = STMT_KEYS - set(r)
        extra = set(r) - STMT_KEYS - {"group"}
        if missing or extra:
            err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        d = r["doc"]
        if d not in texts:
            err(f"{where}: unknown doc")
            continue
        text = texts[d]
        per_doc[d] += 1
        c, s, e = r["content"], r["start"], r["end"]
        if r["kind"] not in KINDS:
            err(f"{where}: bad kind {r['kind']!r}")
        if not isinstance(c, str) or not c.strip():
            err(f"{where}: empty content")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}-{e}")
            continue
        if text[s:e] != c:
            err(f"{where}: text[start:end] != content: {text[s:e]!r} vs {c!r}")
        if c != c.strip():
            err(f"{where}: content has outer whitespace")
        if (d, s, e) in spans:
            err(f"{where}: duplicate span {s}-{e}")
        spans.add((d, s, e))
        if not isinstance(r["optional"], bool):
            err(f"{where}: optional must be bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"{where}: cue must be a non-empty string or null")
        # kind-specific shape
        if r["kind"] == "direct":
            if c[0] in "«„\"" or (c[-1] in "»“\"" and not re.search(r"[«„\"][^«»„“\"]*[»“\"]$", c)):
                err(f"{where}: direct content keeps its enclosing quotation marks")
            if c.startswith("—") or c.endswith(","):
                err(f"{where}: direct content keeps a dash or trailing comma")
        elif r["kind"] == "mixed":
            if not any(q in c for q in QUOTES):
                err(f"{where}: mixed without quotation marks")
        elif r["kind"] == "indirect":
            if any(q in c for q in QUOTES):
                inner = [next(g for g in m.groups() if g is not None) for m in QUOTED.finditer(c)]
                if not inner or any(x not in not_stmts[d] for x in inner):
                    err(f"{where}: indirect with quotation marks around something other than a listed name")
        # speaker
        sp = r["speaker"]
        if sp is None:
            if not r["optional"]:
                err(f"{where}: null speaker only allowed on optional lines")
        elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: speaker must have text, name, anonymous")
        else:
            if not sp["text"] or sp["text"] not in text:
                err(f"{where}: speaker.text not in document: {sp['text']!r}")
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"{where}: empty speaker.name")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: speaker.anonymous must be bool")
        if "group" in r:
            groups[(d, r["group"])].append(r)
    for (d, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{d} group {g}: only one piece")
            continue
        pieces.sort(key=lambda x: x["start"])
        first = pieces[0]
        for p in pieces[1:]:
            for k in ("kind", "cue", "optional"):
                if p[k] != first[k]:
                    err(f"{d} group {g}: pieces differ in {k}")
            if (p["speaker"] or {}).get("name") != (first["speaker"] or {}).get("name"):
                err(f"{d} group {g}: pieces differ in speaker name")
        for a, b in zip(pieces, pieces[1:]):
            if b["start"] < a["end"]:
                err(f"{d} group {g}: pieces overlap")
    for d in texts:
        if per_doc[d] == 0:
            err(f"{d}: no statements")
    for m in errors:
        print("ERROR:", m)
    n_st = sum(per_doc.values())
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, "
          f"{sum(len(v) for v in not_stmts.values())} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
