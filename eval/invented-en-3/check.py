#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (run from anywhere): offsets, kinds, fields, conventions."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
DQ = "\"“”„«»"  # double quotation marks (not allowed in indirect content)
errors = []


def err(n, msg):
    errors.append(f"gold.jsonl line {n}: {msg}")


docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    if f.endswith(".txt"):
        did = f[:-4]
        docs[did] = open(os.path.join(ROOT, "docs", f), encoding="utf-8").read()
        meta = json.load(open(os.path.join(ROOT, "docs", did + ".meta.json"), encoding="utf-8"))
        if set(meta) != {"published", "lang"} or meta["lang"] != "en" or \
                not re.fullmatch(r"2026-\d\d-\d\d", meta["published"]):
            errors.append(f"{did}.meta.json: bad {meta}")
        words = len(re.findall(r"\w+(?:[’'\-]\w+)*", docs[did]))
        if not 130 <= words <= 300:
            errors.append(f"{did}: {words} words")
if sorted(docs) != [f"f{i:02d}" for i in range(1, 31)]:
    errors.append(f"documents: {sorted(docs)}")

ns_spans = defaultdict(set)
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    if "not_statement" in r:
        ns_spans[r["doc"]].add(r["not_statement"])
stmts, groups, spans = 0, defaultdict(list), defaultdict(list)
counts = Counter()
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    r = json.loads(line)
    did = r.get("doc")
    if did not in docs:
        err(n, f"unknown doc {did}")
        continue
    text = docs[did]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(n, f"extra fields {set(r)}")
        if not r["not_statement"] or r["not_statement"] not in text:
            err(n, f"not_statement not in text: {r['not_statement']!r}")
        counts["not_statement"] += 1
        continue
    stmts += 1
    allowed = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional", "group"}
    if not set(r) <= allowed or not {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"} <= set(r):
        err(n, f"fields {sorted(r)}")
        continue
    k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
    if k not in KINDS:
        err(n, f"kind {k!r}")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(n, f"bad offsets {s},{e}")
    elif text[s:e] != c:
        err(n, f"text[{s}:{e}]={text[s:e]!r} != content {c!r}")
    if c != c.strip():
        err(n, "content has outer whitespace")
    if not isinstance(r["optional"], bool):
        err(n, "optional not bool")
    if r["cue"] is not None and not (isinstance(r["cue"], str) and r["cue"]):
        err(n, "cue must be a non-empty string or null")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool) \
                or not sp["text"] or not sp["name"]:
            err(n, f"speaker {sp}")
        elif sp["text"] not in text:
            err(n, f"speaker.text not in document: {sp['text']!r}")
    elif not r["optional"]:
        err(n, "null speaker only allowed on optional lines")
    # conventions (README "Decisions")
    if k == "direct":
        if c[0] in DQ + "‘'" or c[-1] in DQ:
            err(n, "direct content must exclude the enclosing marks")
        before = text[:s].rstrip(" ")
        line_start = before[before.rfind("\n") + 1:]
        block = not re.search(r"\w", line_start)  # only a dash / emoji bullet before it on its line
        if before and before[-1] not in DQ + "‘'\n:" and not before.endswith("that") and not block:
            err(n, f"direct content not preceded by a mark, colon/newline block or 'that': {before[-20:]!r}")
    if k == "indirect" and any(q in c for q in DQ):
        # allowed only around a scare-quoted name that is listed as not_statement
        if not all(m in ns_spans[did] for m in re.findall(r"[\"“„«]([^\"”»“]+)[\"”»]", c)):
            err(n, "indirect content contains a double quotation mark (should be mixed)")
    if k == "mixed" and not any(q in c for q in DQ):
        err(n, "mixed content has no quotation mark")
    if k in ("indirect", "mixed") and re.match(r"that\b", c):
        err(n, "content starts with the complementiser 'that'")
    if "group" in r:
        groups[(did, r["group"])].append(r)
    spans[did].append((s, e, n))
    counts[(k, r["optional"])] += 1
    if sp and sp["anonymous"]:
        counts["anonymous"] += 1

for (did, g), rows in groups.items():
    if len(rows) < 2:
        errors.append(f"{did} group {g}: only one piece")
    if len({json.dumps(x["speaker"], sort_keys=True) for x in rows}) != 1:
        errors.append(f"{did} group {g}: speakers differ")
    if len({x["kind"] for x in rows}) != 1:
        errors.append(f"{did} group {g}: kinds differ")
for did, ss in spans.items():
    ss.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(ss, ss[1:]):
        if s2 < e1:
            errors.append(f"{did}: lines {n1} and {n2} overlap")

for x in errors:
    print(x)
print(f"{stmts} statement lines, {counts['not_statement']} not_statement lines, "
      f"{sum(len(v) for v in groups.values())} group pieces, {counts['anonymous']} anonymous")
for k in ("direct", "indirect", "mixed"):
    print(f"  {k:8s} scored {counts[(k, False)]:3d}  optional {counts[(k, True)]:2d}")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
