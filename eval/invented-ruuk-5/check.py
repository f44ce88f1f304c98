#!/usr/bin/env python3
"""Validate gold.jsonl of this corpus against docs/*.txt.

Checks: JSON shape and fields, kinds, text[start:end] == content (code points), content not padded
with spaces or enclosing marks, speaker shape, optional is bool, groups (same doc/speaker/kind,
at least two pieces, non-overlapping, in order), not_statement spans present in the text, meta files,
LF line ends, word counts. Prints per-document counts and exits 1 on any error.
"""
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


texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        doc = f[:-4]
        raw = open(os.path.join(DOCS, f), "rb").read()
        if b"\r" in raw:
            err(f"{doc}: CR in text")
        texts[doc] = raw.decode("utf-8")
        meta_path = os.path.join(DOCS, doc + ".meta.json")
        if not os.path.exists(meta_path):
            err(f"{doc}: no meta.json")
        else:
            meta = json.load(open(meta_path, encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")):
                err(f"{doc}: bad published")
            if meta.get("lang") not in ("ru", "uk", "en"):
                err(f"{doc}: bad lang")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
groups = defaultdict(list)
per_doc = defaultdict(Counter)
for n, r in enumerate(rows, 1):
    doc = r.get("doc")
    if doc not in texts:
        err(f"line {n}: unknown doc {doc!r}")
        continue
    text = texts[doc]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: extra keys in not_statement line")
        if not r["not_statement"] or r["not_statement"] not in text:
            err(f"line {n}: not_statement span not in {doc}: {r['not_statement']!r}")
        per_doc[doc]["ns"] += 1
        continue
    missing = STMT_KEYS - set(r)
    extra = set(r) - STMT_KEYS - {"group"}
    if missing or extra:
        err(f"line {n}: missing {missing} extra {extra}")
        continue
    if r["kind"] not in KINDS:
        err(f"line {n}: bad kind {r['kind']}")
    s, e, c = r["start"], r["end"], r["content"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        err(f"line {n}: bad offsets {s} {e}")
    elif text[s:e] != c:
        err(f"line {n}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    opens_inner = c[:1] in "«„" and r["kind"] == "mixed" and ("»" in c or "“" in c)
    if c != c.strip() or (c[:1] in "«„\"—,." and not opens_inner) or c[-1:] in "»“\",—":
        # a content may end with "?" / "!" / inner closing mark only if it belongs to the words
        if not (c.endswith("»") and c.count("«") >= c.count("»")) and not (c.endswith("“") and c.count("„") >= c.count("“")):
            err(f"line {n}: content padded or keeps an enclosing mark: {c!r}")
    if r["kind"] == "mixed" and not re.search(r"[«„“]", c):
        err(f"line {n}: mixed without a quoted fragment")
    if r["kind"] == "indirect" and r["content"].endswith("."):
        err(f"line {n}: indirect content ends with a period")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not sp["text"] or not sp["name"] or \
                not isinstance(sp["anonymous"], bool):
            err(f"line {n}: bad speaker {sp}")
        elif sp["text"] not in text:
            err(f"line {n}: speaker text {sp['text']!r} not in {doc}")
    elif not r["optional"]:
        err(f"line {n}: scored line without speaker")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"].lower() not in text.lower()):
        err(f"line {n}: cue {r['cue']!r} not in text")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    if "group" in r:
        groups[(doc, r["group"])].append(r)
    per_doc[doc]["opt" if r["optional"] else r["kind"]] += 1

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{doc} group {g}: only one piece")
    if len({json.dumps(p["speaker"], sort_keys=True) for p in pieces}) != 1:
        err(f"{doc} group {g}: speakers differ")
    if len({p["kind"] for p in pieces}) != 1 or len({p["optional"] for p in pieces}) != 1:
        err(f"{doc} group {g}: kinds/optional differ")
    for a, b in zip(pieces, pieces[1:]):
        if not a["end"] <= b["start"]:
            err(f"{doc} group {g}: pieces overlap or out of order")

print(f"{'doc':<5}{'lang':>5}{'words':>6}{'dir':>5}{'ind':>5}{'mix':>5}{'scored':>7}{'opt':>5}{'ns':>4}")
total = Counter()
for doc in sorted(texts):
    c = per_doc[doc]
    lang = json.load(open(os.path.join(DOCS, doc + ".meta.json"), encoding="utf-8"))["lang"]
    words = len(re.findall(r"\w+", texts[doc]))
    scored = c["direct"] + c["indirect"] + c["mixed"]
    print(f"{doc:<5}{lang:>5}{words:>6}{c['direct']:>5}{c['indirect']:>5}{c['mixed']:>5}{scored:>7}{c['opt']:>5}{c['ns']:>4}")
    if not 120 <= words <= 280:
        print(f"  note: {doc} has {words} words (target 120-280)")
    if not 6 <= scored <= 12:
        err(f"{doc}: {scored} scored statements (target 6-12)")
    total += c
    total["words"] += words
print(f"total: {len(texts)} docs, {total['words']} words, direct {total['direct']}, indirect {total['indirect']}, "
      f"mixed {total['mixed']}, optional {total['opt']}, not_statement {total['ns']}, groups {len(groups)}")
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: 0 errors")
