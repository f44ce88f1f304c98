#!/usr/bin/env python3
"""Validate the corpus: gold.jsonl against docs/, plus counts. Exit 1 on any error.

    python3 src/check.py [CORPUS_DIR]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"\w+", re.UNICODE)
QUOTES = "«»„“”\"'"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


docs_dir = os.path.join(ROOT, "docs")
texts, metas = {}, {}
for fn in sorted(os.listdir(docs_dir)):
    if fn.endswith(".txt"):
        texts[fn[:-4]] = open(os.path.join(docs_dir, fn), encoding="utf-8").read()
    elif fn.endswith(".meta.json"):
        metas[fn[:-10]] = json.load(open(os.path.join(docs_dir, fn), encoding="utf-8"))
    else:
        err(f"unexpected file docs/{fn}")

if set(texts) != set(metas):
    err(f"txt/meta mismatch: {sorted(set(texts) ^ set(metas))}")
for d, m in metas.items():
    if set(m) != {"published", "lang"}:
        err(f"{d}: meta keys {sorted(m)}")
    if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", m.get("published", "")):
        err(f"{d}: bad published {m.get('published')}")
    if m.get("lang") not in ("ru", "uk"):
        err(f"{d}: bad lang {m.get('lang')}")

# language sanity: Ukrainian letters only in uk docs, Russian-only letters only in ru docs
for d, t in texts.items():
    lang = metas.get(d, {}).get("lang")
    uk_only = set("іїєґІЇЄҐ") & set(t)
    ru_only = set("ыэъёЫЭЪЁ") & set(t)
    if lang == "ru" and uk_only:
        err(f"{d}: ru document contains Ukrainian letters {uk_only}")
    if lang == "uk" and ru_only:
        # Ukrainian text may quote Russian; flag only for review
        print(f"note: {d} (uk) contains {sorted(ru_only)}")
    n = len(WORD.findall(t))
    if not 120 <= n <= 320:
        err(f"{d}: {n} words (want 120-320)")

stmts, nss = defaultdict(list), defaultdict(list)
for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    r = json.loads(line)
    d = r.get("doc")
    if d not in texts:
        err(f"line {n}: unknown doc {d}")
        continue
    t = texts[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"line {n}: not_statement keys {sorted(r)}")
        if r["not_statement"] not in t:
            err(f"line {n}: not_statement not in text")
        nss[d].append(r)
        continue
    keys = set(r)
    if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
        err(f"line {n}: keys {sorted(keys)}")
        continue
    if r["kind"] not in ("direct", "indirect", "mixed"):
        err(f"line {n}: kind {r['kind']}")
    if not (isinstance(r["start"], int) and isinstance(r["end"], int) and 0 <= r["start"] < r["end"] <= len(t)):
        err(f"line {n}: bad offsets")
        continue
    c = r["content"]
    if t[r["start"]:r["end"]] != c:
        err(f"line {n}: text[start:end] != content")
    if c != c.strip() or c.endswith(".") or c.endswith(","):
        err(f"line {n}: content has outer whitespace or final period/comma: {c[-20:]!r}")
    closes = {"»": "«", "“": "„", "”": "“"}
    if r["kind"] == "direct" and (c[0] in QUOTES or (c[-1] in closes and closes[c[-1]] not in c[:-1])
                                  or (c[-1] in QUOTES and c[-1] not in closes)):
        err(f"line {n}: direct content keeps enclosing quote mark: {c!r}")
    if r["kind"] == "indirect" and re.search(r"[«»„“]", c):
        # allowed only around names (checked by hand); report for review
        print(f"note: {d} indirect with quote marks: {c}")
    if r["kind"] == "mixed" and not re.search(r"[«»„“]", c):
        err(f"line {n}: mixed without quote marks")
    if r["kind"] != "mixed" and re.match(r"(что|що)\s", c):
        err(f"line {n}: content starts with complementiser")
    if not isinstance(r["optional"], bool):
        err(f"line {n}: optional not bool")
    if r["cue"] is not None:
        if not isinstance(r["cue"], str) or r["cue"].lower() not in t.lower():
            err(f"line {n}: cue {r['cue']!r} not in text")
    sp = r["speaker"]
    if sp is None:
        if not r["optional"]:
            err(f"line {n}: speaker null on a scored line")
    else:
        if set(sp) != {"text", "name", "anonymous"} or not isinstance(sp["anonymous"], bool):
            err(f"line {n}: speaker fields {sp}")
        elif sp["text"] not in t:
            err(f"line {n}: speaker.text {sp['text']!r} not in text")
        elif not sp["name"]:
            err(f"line {n}: empty speaker.name")
    stmts[d].append(r)

# groups: same speaker and cue
for d, rows in stmts.items():
    groups = defaultdict(list)
    for r in rows:
        if "group" in r:
            groups[r["group"]].append(r)
    for g, rs in groups.items():
        if len(rs) < 2:
            err(f"{d}: group {g} has one piece")
        if len({json.dumps(x["speaker"], sort_keys=True) for x in rs}) != 1 or len({x["cue"] for x in rs}) != 1:
            err(f"{d}: group {g} pieces differ in speaker/cue")
    # not_statement must not coincide with a scored statement's content
    for ns in nss[d]:
        for r in rows:
            if ns["not_statement"] == r["content"]:
                err(f"{d}: not_statement equals a statement content")

for d in texts:
    scored = [r for r in stmts[d] if not r["optional"]]
    if not 5 <= len(scored) <= 12:
        err(f"{d}: {len(scored)} scored statements (want 5-12)")

# counts
tab = Counter()
for d, rows in stmts.items():
    lang = metas[d]["lang"]
    for r in rows:
        tab[(lang, r["kind"], r["optional"])] += 1
print("           ru scored  ru opt  uk scored  uk opt  all scored  all opt")
for k in ("direct", "indirect", "mixed"):
    a = [tab[("ru", k, False)], tab[("ru", k, True)], tab[("uk", k, False)], tab[("uk", k, True)]]
    print(f"{k:<10}{a[0]:>10}{a[1]:>8}{a[2]:>11}{a[3]:>8}{a[0]+a[2]:>12}{a[1]+a[3]:>9}")
tot = lambda lang, o: sum(v for (l, k, oo), v in tab.items() if l == lang and oo == o)
print(f"{'all':<10}{tot('ru', False):>10}{tot('ru', True):>8}{tot('uk', False):>11}{tot('uk', True):>8}"
      f"{tot('ru', False)+tot('uk', False):>12}{tot('ru', True)+tot('uk', True):>9}")
allrows = [r for rows in stmts.values() for r in rows]
anon = [r for r in allrows if r["speaker"] and r["speaker"]["anonymous"]]
print(f"documents {len(texts)} (ru {sum(m['lang']=='ru' for m in metas.values())}, "
      f"uk {sum(m['lang']=='uk' for m in metas.values())}); words {sum(len(WORD.findall(t)) for t in texts.values())}")
print(f"statement lines {len(allrows)}; grouped lines {sum('group' in r for r in allrows)} "
      f"in {len({(r['doc'], r['group']) for r in allrows if 'group' in r})} groups; "
      f"anonymous {len(anon)} (scored {sum(not r['optional'] for r in anon)}); "
      f"speaker null {sum(r['speaker'] is None for r in allrows)}; cue null {sum(r['cue'] is None for r in allrows)}")
print(f"not_statement lines {sum(len(v) for v in nss.values())} "
      f"(ru {sum(len(v) for d, v in nss.items() if metas[d]['lang']=='ru')}, "
      f"uk {sum(len(v) for d, v in nss.items() if metas[d]['lang']=='uk')})")
print("per document (scored/optional/ns, words):",
      " ".join(f"{d}:{sum(not r['optional'] for r in stmts[d])}/{sum(r['optional'] for r in stmts[d])}/{len(nss[d])},{len(WORD.findall(texts[d]))}w"
               for d in sorted(texts)))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: 0 errors")
