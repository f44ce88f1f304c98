#!/usr/bin/env python3
"""Validate invented-ruuk-7: every gold line against its document, fields, kinds, groups, metadata.
    python3 check.py            (from anywhere; checks the folder this file is in)
Exit status 1 on any error."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


texts, metas = {}, {}
for f in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, f)
    if f.endswith(".txt"):
        raw = open(path, "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        texts[f[:-4]] = raw.decode("utf-8")
    elif f.endswith(".meta.json"):
        metas[f[:-10]] = json.load(open(path, encoding="utf-8"))
    else:
        err(f"unexpected file docs/{f}")
for d in texts:
    m = metas.get(d)
    if m is None:
        err(f"{d}: no meta.json")
        continue
    if set(m) != {"published", "lang"} or m["lang"] not in ("ru", "uk") or \
            not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"]):
        err(f"{d}: bad meta {m}")
for d in metas:
    if d not in texts:
        err(f"{d}: meta without text")

rows = []
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            err(f"gold line {n}: empty")
            continue
        rows.append((n, json.loads(line)))

scored, optional, ns_count = Counter(), Counter(), Counter()
groups = defaultdict(list)
spans = Counter()
for n, r in rows:
    doc = r.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc}")
        continue
    text = texts[doc]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra keys in not_statement line")
        if not r["not_statement"] or r["not_statement"] not in text:
            err(f"line {n}: not_statement {r['not_statement']!r} not in {doc}")
        ns_count[doc] += 1
        continue
    keys = set(r)
    if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
        err(f"line {n}: keys {sorted(keys)}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: kind {r['kind']}")
    s, e, c = r["start"], r["end"], r["content"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s},{e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != {c!r}")
    if c != c.strip() or c[:1] in "«„\"" and r["kind"] == "direct" or c[-1:] in ",":
        err(f"line {n}: content has surrounding space, opening mark or trailing comma: {c!r}")
    if r["kind"] == "direct" and c.endswith("»") and "«" not in c:
        err(f"line {n}: direct content ends with a closing mark: {c!r}")
    if r["kind"] == "mixed" and not re.search(r"[«„“\"]", c):
        err(f"line {n}: mixed without a quoted fragment")
    if r["kind"] == "indirect" and re.search(r"[«„]", c):
        # allowed only for marks around names (checked by eye; listed here)
        pass
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not sp["text"] or not sp["name"] or \
                not isinstance(sp["anonymous"], bool):
            err(f"line {n}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"line {n}: speaker text {sp['text']!r} not in {doc}")
    elif not r["optional"]:
        err(f"line {n}: null speaker on a scored line")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
        err(f"line {n}: bad cue")
    if r["cue"] is not None and r["cue"].lower() not in text.lower():
        err(f"line {n}: cue {r['cue']!r} not in text")
    key = (doc, s, e)
    spans[key] += 1
    if spans[key] > 1:
        err(f"line {n}: duplicate span {key}")
    if "group" in r:
        groups[(doc, r["group"])].append(r)
    (optional if r["optional"] else scored)[doc] += 1

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    if len({json.dumps(p["speaker"], sort_keys=True) for p in pieces}) != 1 or \
            len({p["cue"] for p in pieces}) != 1 or len({p["optional"] for p in pieces}) != 1 or \
            len({p["kind"] for p in pieces}) != 1:
        err(f"{doc} group {g}: pieces differ in speaker, cue, kind or optional")
    ordered = sorted(pieces, key=lambda p: p["start"])
    for a, b in zip(ordered, ordered[1:]):
        if a["end"] >= b["start"]:
            err(f"{doc} group {g}: pieces overlap or touch")

for d, text in sorted(texts.items()):
    words = len(re.findall(r"\w+(?:[-'’]\w+)*", text))
    if not 120 <= words <= 280:
        err(f"{d}: {words} words (want 120-280)")
    if not 6 <= scored[d] <= 12:
        err(f"{d}: {scored[d]} scored statements (want 6-12)")
    print(f"{d} {metas[d]['lang']} {metas[d]['published']} words={words} scored={scored[d]} "
          f"optional={optional[d]} not_statement={ns_count[d]}")

langs = Counter(m["lang"] for m in metas.values())
print(f"documents {len(texts)} {dict(langs)}; scored {sum(scored.values())}, optional {sum(optional.values())}, "
      f"not_statement {sum(ns_count.values())}, groups {len(groups)}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: 0 errors")
