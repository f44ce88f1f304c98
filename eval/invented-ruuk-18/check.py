#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-18. Exit 1 on any error.

Usage: python3 check.py [CORPUS_DIR]   (default: the folder of this script)
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
LANGS = {"ru", "uk", "en"}
QUOTES = "«»„“”\"‘’"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def quoted_spans(s):
    """Pieces inside «…», „…“, “…” (outermost only, simple scan)."""
    out = []
    for m in re.finditer(r"«([^«»]*)»|„([^„“]*)“|“([^“”]*)”", s):
        out.append(next(g for g in m.groups() if g is not None))
    return out


# ---- documents and metadata
texts, metas = {}, {}
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*.txt"))):
    doc = os.path.basename(p)[:-4]
    raw = open(p, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{doc}: not UTF-8")
        continue
    if "\r" in t:
        err(f"{doc}: CR characters (must be LF only)")
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{doc}: BOM")
    texts[doc] = t
    mp = p[:-4] + ".meta.json"
    if not os.path.exists(mp):
        err(f"{doc}: missing meta.json")
        continue
    try:
        m = json.load(open(mp, encoding="utf-8"))
    except ValueError as e:
        err(f"{doc}: meta.json invalid JSON: {e}")
        continue
    if set(m) != {"published", "lang"}:
        err(f"{doc}: meta keys must be exactly published, lang: {sorted(m)}")
    try:
        datetime.date.fromisoformat(m.get("published", ""))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"]):
            raise ValueError
    except (ValueError, TypeError):
        err(f"{doc}: bad published date {m.get('published')!r}")
    if m.get("lang") not in LANGS:
        err(f"{doc}: bad lang {m.get('lang')!r}")
    metas[doc] = m
for mp in glob.glob(os.path.join(ROOT, "docs", "*.meta.json")):
    if os.path.basename(mp)[:-10] not in texts:
        err(f"orphan meta file {mp}")
if not texts:
    err("no documents in docs/")

# ---- gold
stmts, nots = [], []
gp = os.path.join(ROOT, "gold.jsonl")
for n, line in enumerate(open(gp, encoding="utf-8"), 1):
    if not line.strip():
        err(f"gold line {n}: empty line")
        continue
    try:
        r = json.loads(line)
    except ValueError as e:
        err(f"gold line {n}: invalid JSON: {e}")
        continue
    where = f"gold line {n} ({r.get('doc')})"
    if r.get("doc") not in texts:
        err(f"{where}: unknown doc")
        continue
    text = texts[r["doc"]]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"{where}: not_statement line has extra keys {sorted(r)}")
        s = r["not_statement"]
        if not isinstance(s, str) or not s.strip():
            err(f"{where}: empty not_statement")
        elif s not in text:
            err(f"{where}: not_statement span not in text: {s!r}")
        nots.append(r)
        continue
    missing = STMT_KEYS - set(r)
    extra = set(r) - STMT_KEYS - {"group"}
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        continue
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)}")
    if r["kind"] not in KINDS:
        err(f"{where}: bad kind {r['kind']!r}")
    c, s, e = r["content"], r["start"], r["end"]
    if not isinstance(c, str) or not c.strip() or c != c.strip():
        err(f"{where}: content empty or has outer whitespace: {c!r}")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"{where}: bad offsets {s}-{e}")
    elif text[s:e] != c:
        err(f"{where}: text[start:end] != content: {text[s:e][:50]!r} vs {c[:50]!r}")
    if not isinstance(r["optional"], bool):
        err(f"{where}: optional must be bool")
    cue = r["cue"]
    if cue is not None and (not isinstance(cue, str) or not cue.strip()):
        err(f"{where}: cue must be null or a non-empty string")
    elif cue is not None and cue.lower() not in text.lower():
        err(f"{where}: cue not found in text: {cue!r}")
    sp = r["speaker"]
    if sp is not None:
        if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: speaker must have text, name, anonymous")
        else:
            if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in text:
                err(f"{where}: speaker text not in document: {sp['text']!r}")
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"{where}: speaker name empty")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: speaker.anonymous must be bool")
    elif not r["optional"]:
        err(f"{where}: speaker null is only allowed on optional lines")
    if isinstance(c, str):
        doc_nots = None  # filled later
        if r["kind"] == "mixed" and not any(q in c for q in QUOTES):
            err(f"{where}: mixed without quotation marks")
        if r["kind"] == "direct" and (c[0] in "«„“\"" and c[-1] in "»“”\"" and c.count(c[0]) == 1):
            err(f"{where}: direct content keeps its enclosing marks")
    if "group" in r and (not isinstance(r["group"], str) or not r["group"]):
        err(f"{where}: bad group")
    stmts.append(r)

# indirect: quotation marks allowed only around spans listed as not_statement (names)
nots_by_doc = {}
for r in nots:
    nots_by_doc.setdefault(r["doc"], set()).add(r["not_statement"])
for r in stmts:
    if r["kind"] == "indirect" and any(q in r["content"] for q in QUOTES):
        inner = quoted_spans(r["content"])
        bad = [q for q in inner if q not in nots_by_doc.get(r["doc"], set())]
        if bad or not inner:
            err(f"{r['doc']}: indirect contains quotation marks not around a listed name: {r['content'][:60]!r}")

# duplicates
seen = set()
for r in stmts:
    k = (r["doc"], r["start"], r["end"])
    if k in seen:
        err(f"{r['doc']}: duplicate span {r['start']}-{r['end']}")
    seen.add(k)
seen = set()
for r in nots:
    k = (r["doc"], r["not_statement"])
    if k in seen:
        err(f"{r['doc']}: duplicate not_statement {r['not_statement']!r}")
    seen.add(k)
    # a not_statement must not be exactly the content of a statement of the same doc
    if any(s["doc"] == r["doc"] and s["content"] == r["not_statement"] for s in stmts):
        err(f"{r['doc']}: not_statement equals a statement content: {r['not_statement']!r}")

# groups
groups = {}
for r in stmts:
    if "group" in r:
        groups.setdefault((r["doc"], r["group"]), []).append(r)
for (doc, g), rs in groups.items():
    if len(rs) < 2:
        err(f"{doc}: group {g} has a single piece")
    rs = sorted(rs, key=lambda x: x["start"])
    for a, b in zip(rs, rs[1:]):
        if a["end"] > b["start"]:
            err(f"{doc}: group {g} pieces overlap")
    for key in ("speaker", "cue", "kind", "optional"):
        if len({json.dumps(x[key], ensure_ascii=False, sort_keys=True) for x in rs}) != 1:
            err(f"{doc}: group {g} pieces differ in {key}")

for doc in texts:
    if not any(r["doc"] == doc for r in stmts):
        err(f"{doc}: no statements")

# ---- report
kinds = {k: [0, 0] for k in sorted(KINDS)}
for r in stmts:
    kinds[r["kind"]][1 if r["optional"] else 0] += 1
print(f"documents: {len(texts)}  statement lines: {len(stmts)}  not_statement lines: {len(nots)}")
for k, (sc, op) in kinds.items():
    print(f"  {k:9s} scored {sc:3d}  optional {op:3d}")
if errors:
    print(f"{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("0 errors")
