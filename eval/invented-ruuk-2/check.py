#!/usr/bin/env python3
"""Validate this corpus (docs/*.txt, docs/*.meta.json, gold.jsonl) against eval/FORMAT.md and the
ru-uk-dev conventions.  Usage: python3 check.py [CORPUS_DIR]   (exit status 1 on any error)."""
import json, os, re, sys
from collections import Counter, defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
docdir = os.path.join(root, "docs")
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = "«»„“”\""
OPEN_Q, CLOSE_Q = "«„“", "»“”"

# ---- documents and metadata
texts, langs = {}, {}
for fn in sorted(os.listdir(docdir)):
    if fn.endswith(".txt"):
        did = fn[:-4]
        with open(os.path.join(docdir, fn), encoding="utf-8") as f:
            texts[did] = f.read()
        mp = os.path.join(docdir, did + ".meta.json")
        if not os.path.exists(mp):
            err(f"{did}: missing meta.json"); continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except Exception as e:
            err(f"{did}: bad meta.json: {e}"); continue
        if set(meta) != {"published", "lang"}:
            err(f"{did}: meta keys {sorted(meta)} != ['lang', 'published']")
        if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(meta.get("published"))):
            err(f"{did}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{did}: bad lang {meta.get('lang')!r}")
        elif not did.startswith(meta["lang"]):
            err(f"{did}: id prefix does not match lang {meta['lang']}")
        langs[did] = meta.get("lang")
        t = texts[did]
        nw = len(re.findall(r"\w+(?:[-'’]\w+)*", t))
        if not 100 <= nw <= 350:
            err(f"{did}: {nw} words, outside 100-350")
        if meta.get("lang") == "uk" and "’" in t:
            err(f"{did}: typographic apostrophe ’ (convention: ASCII ')")
        if "\r" in t:
            err(f"{did}: CR in text")
        # quote marks balanced
        if t.count("«") != t.count("»"):
            err(f"{did}: unbalanced «» ({t.count('«')} vs {t.count('»')})")
        if t.count("„") != t.count("“"):
            err(f"{did}: unbalanced „“")
for fn in os.listdir(docdir):
    if fn.endswith(".meta.json") and fn[:-10] not in texts:
        err(f"{fn}: meta without text")

# ---- gold
stmts, nss = [], []
with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"gold:{n}: empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"gold:{n}: bad JSON: {e}"); continue
        did = o.get("doc")
        if did not in texts:
            err(f"gold:{n}: unknown doc {did!r}"); continue
        text = texts[did]
        if "not_statement" in o:
            if set(o) != {"doc", "not_statement"}:
                err(f"gold:{n}: not_statement line has extra keys {sorted(o)}")
            sp = o["not_statement"]
            if not isinstance(sp, str) or not sp.strip():
                err(f"gold:{n}: empty not_statement")
            elif sp not in text:
                err(f"gold:{n}: not_statement not in {did}: {sp!r}")
            nss.append((n, o)); continue
        keys = set(o)
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"gold:{n}: keys {sorted(keys)}"); continue
        where = f"gold:{n} {did}"
        if o["kind"] not in KINDS:
            err(f"{where}: bad kind {o['kind']!r}")
        c, s, e = o["content"], o["start"], o["end"]
        if not isinstance(c, str) or not c:
            err(f"{where}: empty content"); continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s},{e}"); continue
        if text[s:e] != c:
            err(f"{where}: text[{s}:{e}]={text[s:e]!r} != content {c!r}")
        if c != c.strip() or c[-1] in ",;:" or c[0] in ",;:—":
            err(f"{where}: content has stray whitespace/punctuation at an edge: {c!r}")
        if c[-1] == "." and not c.endswith("..."):
            err(f"{where}: content keeps the final period: {c!r}")
        if not isinstance(o["optional"], bool):
            err(f"{where}: optional not bool")
        if o["cue"] is not None and (not isinstance(o["cue"], str) or not o["cue"].strip()):
            err(f"{where}: cue must be non-empty str or null")
        sp = o["speaker"]
        if sp is None:
            if not o["optional"]:
                err(f"{where}: speaker null on a scored line")
        elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker {sp!r}")
        else:
            if not isinstance(sp["text"], str) or not sp["text"].strip():
                err(f"{where}: empty speaker.text")
            elif sp["text"] not in text:
                err(f"{where}: speaker.text {sp['text']!r} not in doc")
            else:
                # the mention should be near the statement (same paragraph block or close by)
                near = text[max(0, s - 400): e + 200]
                if sp["text"] not in near:
                    warn(f"{where}: speaker.text {sp['text']!r} not within the statement's neighbourhood")
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"{where}: empty speaker.name")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: anonymous not bool")
            if sp["anonymous"] is False and isinstance(sp["name"], str) and sp["name"][:1].islower() \
                    and not sp["name"].startswith(("пресс-служба", "мэрия", "командування", "обласна", "областная")):
                warn(f"{where}: named speaker with lower-case name {sp['name']!r}")
        # kind-specific checks
        inner = any(q in c for q in OPEN_Q)
        if o["kind"] == "mixed" and not inner:
            err(f"{where}: mixed without a quoted fragment: {c!r}")
        if o["kind"] == "direct":
            before = text[max(0, s - 3):s]
            after = text[e:e + 4]
            framed = any(q in before for q in "«„") or "— " in before or ": " in before or ":\n" in before \
                or before.endswith("\n")
            if not framed:
                err(f"{where}: direct content not preceded by a quote mark, dash or colon: {before!r}")
        if o["kind"] in ("indirect", "mixed") and s > 0 and text[s - 1] in "«„":
            err(f"{where}: {o['kind']} content starts right after an opening quote mark (direct?)")
        for q_open, q_close in (("«", "»"), ("„", "“")):
            if c.count(q_open) != c.count(q_close):
                err(f"{where}: unbalanced {q_open}{q_close} inside content")
        stmts.append((n, o))

# ---- groups
groups = defaultdict(list)
for n, o in stmts:
    if "group" in o:
        if not isinstance(o["group"], str) or not o["group"]:
            err(f"gold:{n}: bad group")
        groups[(o["doc"], o["group"])].append(o)
for (did, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f"{did} {g}: group with a single piece")
    pieces.sort(key=lambda o: o["start"])
    for a, b in zip(pieces, pieces[1:]):
        if a["end"] > b["start"]:
            err(f"{did} {g}: overlapping pieces")
        for k in ("kind", "speaker", "cue", "optional"):
            if a[k] != b[k]:
                err(f"{did} {g}: pieces differ in {k}")
        gap = texts[did][a["end"]:b["start"]]
        if len(gap) > 120:
            warn(f"{did} {g}: long gap between pieces ({len(gap)} chars)")

# ---- duplicates, overlaps, collisions with not_statement
seen = {}
bydoc = defaultdict(list)
for n, o in stmts:
    key = (o["doc"], o["start"], o["end"])
    if key in seen:
        err(f"gold:{n}: duplicate span of gold:{seen[key]}")
    seen[key] = n
    bydoc[o["doc"]].append(o)
for did, lst in bydoc.items():
    lst.sort(key=lambda o: o["start"])
    for i, a in enumerate(lst):
        for b in lst[i + 1:]:
            if b["start"] >= a["end"]:
                break
            nested = a["start"] <= b["start"] and b["end"] <= a["end"]
            if not nested:
                err(f"{did}: partially overlapping statements {a['content'][:30]!r} / {b['content'][:30]!r}")
            elif not (a["optional"] or b["optional"]):
                err(f"{did}: nested statements both scored: {b['content'][:40]!r}")
ns_by_doc = defaultdict(set)
for n, o in nss:
    if o["not_statement"] in ns_by_doc[o["doc"]]:
        err(f"gold:{n}: duplicate not_statement")
    ns_by_doc[o["doc"]].add(o["not_statement"])
    for s in bydoc.get(o["doc"], []):
        if s["content"] == o["not_statement"]:
            err(f"gold:{n}: not_statement equals a statement's content")
for did in texts:
    if not bydoc.get(did):
        err(f"{did}: no statements")

# ---- report
for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print()
tab = Counter()
for n, o in stmts:
    lang = langs.get(o["doc"], "?")
    tab[(lang, o["kind"], "optional" if o["optional"] else "scored")] += 1
print(f"documents: {len(texts)} ({sum(1 for l in langs.values() if l == 'ru')} ru, "
      f"{sum(1 for l in langs.values() if l == 'uk')} uk)")
print(f"{'':10}{'ru scored':>11}{'ru opt':>8}{'uk scored':>11}{'uk opt':>8}{'all scored':>12}{'all opt':>9}")
for k in ("direct", "indirect", "mixed"):
    r = [tab[(l, k, x)] for l in ("ru", "uk") for x in ("scored", "optional")]
    print(f"{k:10}{r[0]:>11}{r[1]:>8}{r[2]:>11}{r[3]:>8}{r[0] + r[2]:>12}{r[1] + r[3]:>9}")
r = [sum(tab[(l, k, x)] for k in KINDS) for l in ("ru", "uk") for x in ("scored", "optional")]
print(f"{'all':10}{r[0]:>11}{r[1]:>8}{r[2]:>11}{r[3]:>8}{r[0] + r[2]:>12}{r[1] + r[3]:>9}")
anon = sum(1 for _, o in stmts if o["speaker"] and o["speaker"]["anonymous"])
print(f"statement lines: {len(stmts)}; group pieces: {sum(len(v) for v in groups.values())} "
      f"in {len(groups)} groups; anonymous speakers: {anon}; speaker null: "
      f"{sum(1 for _, o in stmts if o['speaker'] is None)}; cue null: {sum(1 for _, o in stmts if o['cue'] is None)}")
print(f"not_statement lines: {len(nss)} (ru {sum(1 for _, o in nss if langs[o['doc']] == 'ru')}, "
      f"uk {sum(1 for _, o in nss if langs[o['doc']] == 'uk')})")
print(f"errors: {len(errors)}, warnings: {len(warnings)}")
sys.exit(1 if errors else 0)
