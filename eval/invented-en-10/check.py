#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-10 against docs/: offsets (code points), fields, kinds, groups,
not_statement spans, meta files. Prints per-document counts. Exit status 1 on any error."""
import json, os, re, sys
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
errors = []
def err(msg): errors.append(msg)

docs = {}
for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
    if f.endswith(".txt"):
        raw = open(os.path.join(ROOT, "docs", f), "rb").read()
        if b"\r" in raw: err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
        mp = os.path.join(ROOT, "docs", f[:-4] + ".meta.json")
        if not os.path.exists(mp): err(f"{f}: no meta"); continue
        m = json.load(open(mp, encoding="utf-8"))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("published", "")): err(f"{mp}: bad published")
        if m.get("lang") not in ("en", "ru", "uk"): err(f"{mp}: bad lang")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
groups = defaultdict(list)
spans = Counter()
per = defaultdict(lambda: Counter())
for n, r in enumerate(rows, 1):
    d = r.get("doc")
    if d not in docs: err(f"line {n}: unknown doc {d}"); continue
    t = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}: err(f"line {n}: extra fields on not_statement")
        if not r["not_statement"] or r["not_statement"] not in t: err(f"line {n}: not_statement not in text")
        per[d]["ns"] += 1
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r): err(f"line {n}: missing {need - set(r)}")
    if set(r) - need - {"group"}: err(f"line {n}: unknown fields {set(r) - need - {'group'}}")
    if r["kind"] not in KINDS: err(f"line {n}: bad kind {r['kind']}")
    if not isinstance(r["optional"], bool): err(f"line {n}: optional not bool")
    s, e = r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)): err(f"line {n}: bad offsets")
    elif t[s:e] != r["content"]: err(f"line {n}: text[{s}:{e}]={t[s:e]!r} != content {r['content']!r}")
    if r["content"] != r["content"].strip(): err(f"line {n}: content has outer whitespace")
    c = r["content"]
    if r["kind"] == "indirect" and any(q in c for q in '"“”«»'): err(f"line {n}: indirect with quotation marks")
    if r["kind"] == "mixed" and "group" not in r and not any(q in c for q in '"“”«»\''): err(f"line {n}: mixed without a quoted fragment")
    sp = r["speaker"]
    if sp is not None:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool): err(f"line {n}: bad speaker")
        elif sp["text"] not in t: err(f"line {n}: speaker.text {sp['text']!r} not in text")
    elif not r["optional"]: err(f"line {n}: null speaker on a scored line")
    if r["cue"] is not None and not isinstance(r["cue"], str): err(f"line {n}: bad cue")
    if (d, s, e) in spans: err(f"line {n}: duplicate span")
    spans[(d, s, e)] += 1
    if "group" in r: groups[(d, r["group"])].append(r)
    if "group" not in r:
        per[d][("opt" if r["optional"] else "scored") + "_" + r["kind"]] += 1
for (d, g), rs in groups.items():
    if len(rs) < 2: err(f"{d} group {g}: only one piece")
    if len({json.dumps([x["speaker"]["name"], x["speaker"]["anonymous"]]) for x in rs}) != 1: err(f"{d} group {g}: speakers differ")
    if rs[0]["kind"] == "mixed" and not any(q in "".join(x["content"] for x in rs) for q in '"“”«»\''): err(f"{d} group {g}: mixed without a quoted fragment")
    if len({x["optional"] for x in rs}) != 1: err(f"{d} group {g}: optional differs")
    if len({x["kind"] for x in rs}) != 1: err(f"{d} group {g}: kinds differ")
    rs = sorted(rs, key=lambda x: x["start"])
    for a, b in zip(rs, rs[1:]):
        if a["end"] > b["start"]: err(f"{d} group {g}: pieces overlap")
    per[d][("opt" if rs[0]["optional"] else "scored") + "_" + rs[0]["kind"]] += 1
    per[d]["group_pieces"] += len(rs)

tot = Counter()
print(f"{'doc':<5}{'words':>6}{'scored':>7}{'opt':>5}{'D':>4}{'I':>4}{'M':>4}{'ns':>4}")
for d in sorted(docs):
    c = per[d]; tot.update(c)
    sc = sum(v for k, v in c.items() if str(k).startswith("scored"))
    op = sum(v for k, v in c.items() if str(k).startswith("opt"))
    w = len(docs[d].split())
    print(f"{d:<5}{w:>6}{sc:>7}{op:>5}{c['scored_direct']:>4}{c['scored_indirect']:>4}{c['scored_mixed']:>4}{c['ns']:>4}")
    if not 150 <= w <= 300: print(f"  note: {d} has {w} words")
    if not 6 <= sc <= 12: print(f"  note: {d} has {sc} scored statements")
print("totals (statements, a split quote counted once):", dict(sorted((str(k), v) for k, v in tot.items())))
print(f"gold lines: {len(rows)}; statement lines: {sum(1 for r in rows if 'kind' in r)}; "
      f"scored lines: {sum(1 for r in rows if 'kind' in r and not r['optional'])}; "
      f"anonymous lines: {sum(1 for r in rows if 'kind' in r and r['speaker'] and r['speaker']['anonymous'])}")
if errors:
    print(f"{len(errors)} ERRORS"); print("\n".join(errors)); sys.exit(1)
print("OK: 0 errors")
