#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, groups, metadata, document lengths.
Prints the counts table used in README.md. Exit status 1 on any error. Standard library only.

    python3 check.py            (run from the corpus folder or give its path)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
OPEN_MARKS = "«„“\""
errors = []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts, metas = {}, {}
for f in sorted(os.listdir(docs_dir)):
    if f.endswith(".txt"):
        texts[f[:-4]] = open(os.path.join(docs_dir, f), encoding="utf-8").read()
for d in texts:
    mp = os.path.join(docs_dir, d + ".meta.json")
    if not os.path.exists(mp):
        err(f"{d}: no meta.json")
        continue
    m = json.load(open(mp, encoding="utf-8"))
    metas[d] = m
    if set(m) != {"published", "lang"} or not re.fullmatch(r"2026-\d\d-\d\d", m["published"]) \
            or m["lang"] not in ("ru", "uk") or m["lang"][0] != d[0]:
        err(f"{d}: bad meta {m}")
    words = len(texts[d].split())
    if not 120 <= words <= 250:
        err(f"{d}: {words} words (want 120-250)")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
groups = defaultdict(list)
for n, r in enumerate(rows, 1):
    where = f"line {n} ({r.get('doc')})"
    if r.get("doc") not in texts:
        err(f"{where}: unknown doc")
        continue
    text = texts[r["doc"]]
    key = json.dumps(r, sort_keys=True, ensure_ascii=False)
    if key in seen:
        err(f"{where}: duplicate line")
    seen.add(key)
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"{where}: extra fields on not_statement")
        if r["not_statement"] not in text:
            err(f"{where}: not_statement not in text")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r) or set(r) - need - {"group"}:
        err(f"{where}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"{where}: kind {r['kind']}")
    c, s, e = r["content"], r["start"], r["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c:
        err(f"{where}: text[start:end] != content")
    if c != c.strip() or c[0] in ",.;:—-" or c[-1] in ",.;:—-" or c[0] in OPEN_MARKS:
        err(f"{where}: content edge {c[:20]!r}…{c[-20:]!r}")
    low = c.lower()
    if r["kind"] != "direct" and (low.startswith("что ") or low.startswith("що ")):
        err(f"{where}: indirect content starts with complementiser")
    if r["kind"] == "mixed" and not re.search(r"[«„“]", c):
        err(f"{where}: mixed without a quoted fragment")
    if r["kind"] == "direct" and not r["optional"]:
        before = text[max(0, s - 2):s]
        if not (before[-1:] in "«„“" or before == "— "):
            err(f"{where}: direct content not preceded by a quote mark or dash: {before!r}")
    spk = r["speaker"]
    if spk is not None:
        if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                or not spk["text"] or not spk["name"]:
            err(f"{where}: bad speaker {spk}")
        elif spk["text"] not in text:
            err(f"{where}: speaker.text not in document")
    elif not r["optional"]:
        err(f"{where}: speaker null on a scored line")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"]):
        err(f"{where}: bad cue")
    if not isinstance(r["optional"], bool):
        err(f"{where}: optional not bool")
    if "group" in r:
        groups[(r["doc"], r["group"])].append(r)
for (d, g), rs in groups.items():
    if len(rs) < 2:
        err(f"{d} {g}: group with one piece")
    if len({json.dumps(x["speaker"], sort_keys=True) for x in rs}) != 1 or len({x["cue"] for x in rs}) != 1 \
            or len({x["kind"] for x in rs}) != 1 or len({x["optional"] for x in rs}) != 1:
        err(f"{d} {g}: pieces differ in speaker/cue/kind/optional")
    rs = sorted(rs, key=lambda x: x["start"])
    for a, b in zip(rs, rs[1:]):
        if a["end"] > b["start"]:
            err(f"{d} {g}: pieces overlap")

# counts
cnt = Counter()
for r in rows:
    lang = metas.get(r["doc"], {}).get("lang", "?")
    if "not_statement" in r:
        cnt[(lang, "ns")] += 1
        continue
    tag = "opt" if r["optional"] else "scored"
    cnt[(lang, r["kind"], tag)] += 1
    cnt[(lang, "all", tag)] += 1
    if r.get("group"):
        cnt[(lang, "pieces")] += 1
    if r["speaker"] and r["speaker"]["anonymous"]:
        cnt[(lang, "anon", tag)] += 1
    if r["speaker"] is None:
        cnt[(lang, "null")] += 1
print("| | ru scored | ru optional | uk scored | uk optional | all scored | all optional |")
print("|---|---|---|---|---|---|---|")
for k in ("direct", "indirect", "mixed", "all"):
    cells = []
    for lang in ("ru", "uk"):
        cells += [cnt[(lang, k, "scored")], cnt[(lang, k, "opt")]]
    cells += [cells[0] + cells[2], cells[1] + cells[3]]
    label = f"**{k}**" if k == "all" else k
    print(f"| {label} | " + " | ".join(f"**{c}**" if k == "all" else str(c) for c in cells) + " |")
for what in ("anon",):
    print(f"anonymous speakers: scored ru {cnt[('ru', what, 'scored')]}, uk {cnt[('uk', what, 'scored')]}; "
          f"optional ru {cnt[('ru', what, 'opt')]}, uk {cnt[('uk', what, 'opt')]}")
print(f"group pieces: ru {cnt[('ru', 'pieces')]}, uk {cnt[('uk', 'pieces')]}; speaker null: "
      f"ru {cnt[('ru', 'null')]}, uk {cnt[('uk', 'null')]}")
print(f"not_statement: ru {cnt[('ru', 'ns')]}, uk {cnt[('uk', 'ns')]}")
print("words per doc: " + ", ".join(f"{d} {len(t.split())}" for d, t in sorted(texts.items())))
if errors:
    print(f"\n{len(errors)} ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"OK: {len(rows)} lines, {len(texts)} documents, 0 errors")
