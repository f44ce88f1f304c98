#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (CC0 1.0). Exits 1 on any error.

Checks: every line is JSON of one of the two shapes in ../FORMAT.md; required fields and types;
kind in direct/indirect/mixed; text[start:end] == content; direct content does not keep its
enclosing quotation marks; mixed content contains a quoted fragment; indirect content contains no
quotation marks except around a name listed as not_statement for the same document; speaker.text
occurs in the document; no duplicate spans; pieces of a group agree (direct, same speaker and cue,
at least two, in order, not overlapping); not_statement spans occur in their document; every
document has a meta file {"published": "YYYY-MM-DD", "lang": "ru"|"uk"}; UTF-8 and LF line ends.
"""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTED = re.compile(r"«([^«»]*)»|„([^„“”]*)[“”]|\"([^\"]*)\"")
QUOTE_CHARS = "«»„“”\""
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for f in sorted(os.listdir(DOCS)):
        path = os.path.join(DOCS, f)
        if f.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{f}: not UTF-8")
                continue
            if b"\r" in raw:
                err(f"{f}: CR line ends")
            texts[f[:-4]] = text
    for doc in texts:
        mpath = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(mpath):
            err(f"{doc}: no meta.json")
            continue
        try:
            meta = json.load(open(mpath, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc}.meta.json: not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}.meta.json: keys {sorted(meta)} != ['lang', 'published']")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
            err(f"{doc}.meta.json: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{doc}.meta.json: bad lang {meta.get('lang')!r}")

    rows, ns = [], defaultdict(list)
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold line {n}: not JSON ({e})")
                continue
            r["_n"] = n
            if r.get("doc") not in texts:
                err(f"gold line {n}: unknown doc {r.get('doc')!r}")
                continue
            if "not_statement" in r:
                if set(r) - {"_n"} != {"doc", "not_statement"}:
                    err(f"gold line {n}: not_statement line has extra keys")
                if not isinstance(r["not_statement"], str) or r["not_statement"] not in texts[r["doc"]]:
                    err(f"gold line {n}: not_statement not in text: {r['not_statement']!r}")
                ns[r["doc"]].append(r["not_statement"])
            else:
                rows.append(r)

    spans, groups = set(), defaultdict(list)
    for r in rows:
        n, doc = r["_n"], r["doc"]
        text = texts[doc]
        keys = set(r) - {"_n"}
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"gold line {n}: keys {sorted(keys)}")
            continue
        if r["kind"] not in ("direct", "indirect", "mixed"):
            err(f"gold line {n}: bad kind {r['kind']!r}")
        c, s, e = r["content"], r["start"], r["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"gold line {n}: bad offsets {s}-{e}")
            continue
        if text[s:e] != c:
            err(f"gold line {n}: text[{s}:{e}] != content ({text[s:e][:40]!r} vs {c[:40]!r})")
        if c != c.strip():
            err(f"gold line {n}: content has outer whitespace")
        if (doc, s, e) in spans:
            err(f"gold line {n}: duplicate span {doc} {s}-{e}")
        spans.add((doc, s, e))
        if not isinstance(r["optional"], bool):
            err(f"gold line {n}: optional is not bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
            err(f"gold line {n}: cue must be a non-empty string or null")
        if r["kind"] == "direct":
            if c[0] in "«„\"" and c.count("«") + c.count("„") == 1:
                err(f"gold line {n}: direct content keeps its opening quotation mark")
        if c.count("«") != c.count("»") and "\n" not in c:
            err(f"gold line {n}: unbalanced «» in content (enclosing mark kept?)")
        if c.count("„") != c.count("“") + c.count("”"):
            err(f"gold line {n}: unbalanced „“ in content")
        if r["kind"] == "mixed" and not QUOTED.search(c):
            err(f"gold line {n}: mixed without a quoted fragment")
        if r["kind"] == "indirect":
            names = set(ns[doc])
            for m in QUOTED.finditer(c):
                inner = next(g for g in m.groups() if g is not None)
                if inner not in names:
                    err(f"gold line {n}: indirect contains a quoted fragment that is not a listed name: {inner!r}")
            if any(ch in QUOTE_CHARS for ch in QUOTED.sub("", c)):
                err(f"gold line {n}: indirect has a stray quotation mark")
        spk = r["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"gold line {n}: bad speaker {spk!r}")
            else:
                if not spk["text"] or spk["text"] not in text:
                    err(f"gold line {n}: speaker mention not in text: {spk['text']!r}")
                if not spk["name"]:
                    err(f"gold line {n}: speaker without name")
                if not isinstance(spk["anonymous"], bool):
                    err(f"gold line {n}: anonymous is not bool")
        elif not r["optional"]:
            err(f"gold line {n}: speaker null on a scored line")
        if "group" in r:
            groups[(doc, r["group"])].append(r)

    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        if len({json.dumps(p["speaker"], sort_keys=True) for p in pieces}) != 1 or \
                len({p["cue"] for p in pieces}) != 1 or {p["kind"] for p in pieces} != {"direct"} or \
                len({p["optional"] for p in pieces}) != 1:
            err(f"{doc} group {g}: pieces disagree (speaker, cue, kind or optional)")
        pieces = sorted(pieces, key=lambda p: p["start"])
        for a, b in zip(pieces, pieces[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")

    for e in errors:
        print("ERROR:", e)
    n_opt = sum(r["optional"] for r in rows)
    print(f"check.py: {len(texts)} documents, {len(rows)} statement lines ({len(rows) - n_opt} scored, "
          f"{n_opt} optional), {sum(len(v) for v in ns.values())} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
