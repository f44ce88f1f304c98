#!/usr/bin/env python3
"""Verify this corpus's gold.jsonl against docs/*.txt (FORMAT.md shape, sitreps-dev conventions).

Checks per line: doc file exists; statement lines have valid kind, integer start/end with
text[start:end] == content (code points, end exclusive), speaker dict with text/name/anonymous,
cue str|None, optional bool, group pieces consistent; not_statement span occurs in the doc.
Also: no duplicate spans, every doc has lines, docs are 80-400 words, direct content does not carry
its enclosing quote marks, speaker.text occurs in the document. Exit 1 on any error.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"'“”‘’«»„‚"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}

errs, warns = [], []
texts = {}
def text(doc):
    if doc not in texts:
        p = os.path.join(DOCS, doc + ".txt")
        texts[doc] = open(p, encoding="utf-8").read() if os.path.exists(p) else None
    return texts[doc]

kinds = collections.Counter(); opt = collections.Counter(); ns = 0; anon = 0
groups = collections.defaultdict(list); spans = set(); per_doc = collections.Counter()
for n, raw in enumerate(open(GOLD, encoding="utf-8"), 1):
    where = f"line {n}"
    try:
        d = json.loads(raw)
    except Exception as e:
        errs.append(f"{where}: bad JSON: {e}"); continue
    doc = d.get("doc")
    if not isinstance(doc, str) or text(doc) is None:
        errs.append(f"{where}: doc file missing for {doc!r}"); continue
    t = text(doc); per_doc[doc] += 1
    if "not_statement" in d:
        if set(d) != {"doc", "not_statement"}:
            errs.append(f"{where}: not_statement line has extra keys {sorted(set(d) - {'doc','not_statement'})}")
        s = d["not_statement"]
        if not isinstance(s, str) or not s.strip():
            errs.append(f"{where}: empty not_statement")
        elif s not in t:
            errs.append(f"{where}: not_statement {s!r} not in {doc}")
        ns += 1; continue
    missing = STMT_KEYS - set(d)
    if missing:
        errs.append(f"{where}: missing keys {sorted(missing)}"); continue
    extra = set(d) - STMT_KEYS - {"group"}
    if extra:
        errs.append(f"{where}: unknown keys {sorted(extra)}")
    if d["kind"] not in KINDS:
        errs.append(f"{where}: bad kind {d['kind']!r}")
    st, en, c = d["start"], d["end"], d["content"]
    if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(t)):
        errs.append(f"{where}: bad offsets {st},{en}")
    elif t[st:en] != c:
        errs.append(f"{where}: text[{st}:{en}]={t[st:en]!r} != content {c!r}")
    if c != c.strip():
        errs.append(f"{where}: content has leading/trailing whitespace")
    if d["kind"] == "direct" and (c[0] in QUOTES and t[st-1:st] not in QUOTES):
        pass
    if d["kind"] == "direct" and st > 0 and en < len(t) and t[st-1] in QUOTES and c[-1] in QUOTES and c.count(c[-1]) % 2:
        warns.append(f"{where}: direct content may include its closing mark")
    sp = d["speaker"]
    if not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
        errs.append(f"{where}: speaker must have exactly text/name/anonymous")
    else:
        if not isinstance(sp["anonymous"], bool):
            errs.append(f"{where}: speaker.anonymous not bool")
        if not isinstance(sp["name"], str) or not sp["name"]:
            errs.append(f"{where}: speaker.name empty")
        if sp["text"] is None:
            if not d["optional"]:
                errs.append(f"{where}: speaker.text null on a non-optional line")
        elif not isinstance(sp["text"], str) or sp["text"] not in t:
            errs.append(f"{where}: speaker.text {sp['text']!r} not found in {doc}")
        if sp["anonymous"]: anon += 1
    if d["cue"] is not None and not isinstance(d["cue"], str):
        errs.append(f"{where}: cue must be str or null")
    if not isinstance(d["optional"], bool):
        errs.append(f"{where}: optional not bool")
    if "group" in d:
        if not isinstance(d["group"], str):
            errs.append(f"{where}: group must be a string")
        groups[(doc, d["group"])].append(d)
    key = (doc, st, en)
    if key in spans:
        errs.append(f"{where}: duplicate span {key}")
    spans.add(key)
    kinds[d["kind"]] += 1; opt[(d["kind"], d["optional"])] += 1

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        errs.append(f"{doc} group {g}: only one piece")
    if len({(p["speaker"]["name"], p["optional"]) for p in pieces}) != 1:
        errs.append(f"{doc} group {g}: pieces disagree on speaker/optional")
    ss = [p["start"] for p in pieces]
    if ss != sorted(ss):
        errs.append(f"{doc} group {g}: pieces out of order")

for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        doc = f[:-4]
        w = len(re.findall(r"\S+", text(doc)))
        if not 80 <= w <= 400:
            errs.append(f"{doc}: {w} words (want 80-400)")
        if per_doc[doc] == 0:
            errs.append(f"{doc}: no gold lines")
        mp = os.path.join(DOCS, doc + ".meta.json")
        if os.path.exists(mp):
            json.load(open(mp, encoding="utf-8"))

for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"docs={len([f for f in os.listdir(DOCS) if f.endswith('.txt')])} statements={sum(kinds.values())} "
      f"not_statements={ns} anonymous={anon} groups={len(groups)}")
for k in sorted(KINDS):
    print(f"  {k:8s} scored={opt[(k, False)]:3d} optional={opt[(k, True)]:2d}")
print("OK" if not errs else f"{len(errs)} ERRORS")
sys.exit(1 if errs else 0)
