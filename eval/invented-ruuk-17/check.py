#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-ruuk-17). Exit 1 on any error."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
ST_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTE_CHARS = "«»„“”\""
QUOTED = re.compile(r"«([^«»]*)»|„([^„“”]*)[“”]|\"([^\"]*)\"")
errors = []


def err(msg):
    errors.append(msg)


# ---- documents and metadata
texts, metas = {}, {}
for fn in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, fn)
    if fn.endswith(".txt"):
        raw = open(path, "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(fn + ": not UTF-8")
            continue
        if b"\r" in raw:
            err(fn + ": CR line ends")
        if t.startswith("\ufeff"):
            err(fn + ": BOM")
        texts[fn[:-4]] = t
    elif fn.endswith(".meta.json"):
        try:
            metas[fn[:-10]] = json.load(open(path, encoding="utf-8"))
        except ValueError as e:
            err(fn + ": bad JSON: %s" % e)
    else:
        err("unexpected file in docs/: " + fn)
for d in sorted(set(texts) | set(metas)):
    if d not in texts:
        err(d + ": meta without text")
        continue
    if d not in metas:
        err(d + ": text without meta")
        continue
    m = metas[d]
    if set(m) != {"published", "lang"}:
        err(d + ": meta keys must be exactly published, lang: %s" % sorted(m))
    if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(m.get("published", ""))):
        err(d + ": bad published date %r" % m.get("published"))
    if m.get("lang") not in ("ru", "uk", "en"):
        err(d + ": bad lang %r" % m.get("lang"))

# ---- gold
stmts, nots = [], defaultdict(list)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        err("line %d: empty" % n)
        continue
    try:
        r = json.loads(line)
    except ValueError as e:
        err("line %d: bad JSON: %s" % (n, e))
        continue
    doc = r.get("doc")
    if doc not in texts:
        err("line %d: unknown doc %r" % (n, doc))
        continue
    text = texts[doc]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err("line %d: not_statement line has extra keys %s" % (n, sorted(r)))
        s = r["not_statement"]
        if not isinstance(s, str) or not s or s not in text:
            err("line %d: not_statement span not found in %s: %r" % (n, doc, s))
        if s in nots[doc]:
            err("line %d: duplicate not_statement %r" % (n, s))
        nots[doc].append(s)
        continue
    missing = ST_KEYS - set(r)
    extra = set(r) - ST_KEYS - {"group"}
    if missing or extra:
        err("line %d: missing %s extra %s" % (n, sorted(missing), sorted(extra)))
        continue
    r["_line"] = n
    stmts.append(r)
    k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
    if k not in KINDS:
        err("line %d: bad kind %r" % (n, k))
    if not isinstance(c, str) or not c or c != c.strip():
        err("line %d: empty content or surrounding whitespace" % n)
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err("line %d: bad offsets %r %r" % (n, s, e))
    elif text[s:e] != c:
        err("line %d: text[start:end] != content (%r)" % (n, text[s:e][:40]))
    if not isinstance(r["optional"], bool):
        err("line %d: optional must be bool" % n)
    if r["cue"] is not None:
        if not isinstance(r["cue"], str) or not r["cue"]:
            err("line %d: cue must be a non-empty string or null" % n)
        elif r["cue"].lower() not in text.lower():
            err("line %d: cue %r not in text" % (n, r["cue"]))
    sp = r["speaker"]
    if sp is None:
        if not r["optional"]:
            err("line %d: null speaker only allowed on optional lines" % n)
    elif not (isinstance(sp, dict) and set(sp) == {"text", "name", "anonymous"}):
        err("line %d: speaker must have exactly text, name, anonymous" % n)
    else:
        if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in text:
            err("line %d: speaker mention %r not in text" % (n, sp["text"]))
        if not isinstance(sp["name"], str) or not sp["name"].strip():
            err("line %d: empty speaker name" % n)
        if not isinstance(sp["anonymous"], bool):
            err("line %d: anonymous must be bool" % n)
    if "group" in r and (not isinstance(r["group"], str) or not r["group"]):
        err("line %d: bad group" % n)

# ---- kinds vs quotation marks (per statement, or per group for split statements)
def names_only(content, doc):
    """True if every quoted segment of content is a not_statement span (a name)."""
    for m in QUOTED.finditer(content):
        inner = next(g for g in m.groups() if g is not None)
        if inner not in nots[doc]:
            return False
    return True


units = defaultdict(list)
for r in stmts:
    key = (r["doc"], r["group"]) if "group" in r else (r["doc"], "#%d" % r["_line"])
    units[key].append(r)
for key, rs in units.items():
    rs.sort(key=lambda r: r["start"])
    doc = key[0]
    joined = " ".join(r["content"] for r in rs)
    kinds = {r["kind"] for r in rs}
    if len(rs) > 1:
        if len(kinds) != 1:
            err("%s group %s: mixed kinds %s" % (doc, key[1], kinds))
        if len({json.dumps(r["speaker"], sort_keys=True) for r in rs}) != 1:
            err("%s group %s: speakers differ" % (doc, key[1]))
        if len({r["cue"] for r in rs}) != 1:
            err("%s group %s: cues differ" % (doc, key[1]))
        if len({r["optional"] for r in rs}) != 1:
            err("%s group %s: optional differs" % (doc, key[1]))
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                err("%s group %s: pieces overlap" % (doc, key[1]))
    elif key[1][0] != "#":
        err("%s group %s: a group needs at least two pieces" % (doc, key[1]))
    k = rs[0]["kind"]
    has_q = any(ch in joined for ch in QUOTE_CHARS)
    if k == "mixed" and not has_q:
        err("%s line %d: mixed without quotation marks" % (doc, rs[0]["_line"]))
    if k == "indirect" and has_q and not names_only(joined, doc):
        err("%s line %d: indirect with quoted words (only not_statement names may be quoted)" % (doc, rs[0]["_line"]))
    if k == "direct" and joined[0] in "«„\"" and joined[-1] in "»“\"" and QUOTED.fullmatch(joined):
        err("%s line %d: direct content keeps its enclosing quotation marks" % (doc, rs[0]["_line"]))

# ---- duplicates and coverage
seen = {}
for r in stmts:
    k = (r["doc"], r["start"], r["end"])
    if k in seen:
        err("line %d: duplicate span of line %d" % (r["_line"], seen[k]))
    seen[k] = r["_line"]
for d in texts:
    if not any(r["doc"] == d for r in stmts):
        err(d + ": no statements")
    for s in nots[d]:
        for r in stmts:
            if r["doc"] == d and r["content"] == s:
                err("%s: span %r is both a statement and a not_statement" % (d, s))

n_opt = sum(r["optional"] for r in stmts)
print("docs %d, statement lines %d (%d scored, %d optional), not_statement %d"
      % (len(texts), len(stmts), len(stmts) - n_opt, n_opt, sum(len(v) for v in nots.values())))
for e in errors:
    print("ERROR:", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
