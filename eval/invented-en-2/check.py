#!/usr/bin/env python3
"""Check this corpus's gold.jsonl against docs/ (FORMAT.md shape + sitreps-dev conventions).

    python3 check.py [CORPUS_DIR]      exit status 0 when clean
"""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”„«»‘’'"
DQ = "\"“”„«»"
problems, warnings = [], []

def bad(n, msg): problems.append(f"line {n}: {msg}")
def warn(n, msg): warnings.append(f"line {n}: {msg}")

texts = {}
for f in sorted(os.listdir(DOCS)):
    if f.endswith(".txt"):
        i = f[:-4]
        texts[i] = open(os.path.join(DOCS, f), encoding="utf-8").read()
        words = len(re.findall(r"\S+", texts[i]))
        if not 100 <= words <= 400:
            problems.append(f"{i}: {words} words (want 100-400)")
        mp = os.path.join(DOCS, i + ".meta.json")
        if not os.path.exists(mp):
            problems.append(f"{i}: no meta.json")
        else:
            m = json.load(open(mp, encoding="utf-8"))
            if not re.fullmatch(r"2026-\d\d-\d\d", m.get("published", "")) or m.get("lang") != "en":
                problems.append(f"{i}: bad meta {m}")

stmts, nots = defaultdict(list), defaultdict(list)
groups = defaultdict(list)
kinds, opt_kinds = Counter(), Counter()
anon = 0
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            bad(n, "empty line"); continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad(n, f"not JSON: {e}"); continue
        doc = r.get("doc")
        if doc not in texts:
            bad(n, f"doc {doc!r} has no docs/{doc}.txt"); continue
        text = texts[doc]
        if "not_statement" in r:
            ns = r["not_statement"]
            if set(r) != {"doc", "not_statement"}:
                bad(n, f"not_statement line has extra keys {sorted(r)}")
            if not isinstance(ns, str) or not ns.strip():
                bad(n, "empty not_statement")
            elif ns not in text:
                bad(n, f"not_statement {ns!r} not in {doc}")
            nots[doc].append(ns)
            continue
        need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
        missing = need - set(r)
        if missing:
            bad(n, f"missing keys {sorted(missing)}"); continue
        extra = set(r) - need - {"group"}
        if extra:
            bad(n, f"unknown keys {sorted(extra)}")
        k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if k not in KINDS:
            bad(n, f"kind {k!r}")
        if not isinstance(c, str) or not c.strip():
            bad(n, "empty content"); continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            bad(n, f"bad offsets {s},{e}"); continue
        if text[s:e] != c:
            bad(n, f"text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
        if c != c.strip():
            bad(n, "content has leading/trailing whitespace")
        if not isinstance(r["optional"], bool):
            bad(n, "optional not bool")
        sp = r["speaker"]
        if sp is None:
            if not r["optional"]:
                bad(n, "null speaker on a scored statement")
        elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            bad(n, f"speaker must have exactly text/name/anonymous: {sp}")
        else:
            if not isinstance(sp["anonymous"], bool):
                bad(n, "speaker.anonymous not bool")
            if not (isinstance(sp["name"], str) and sp["name"].strip()):
                bad(n, "speaker.name empty")
            if not (isinstance(sp["text"], str) and sp["text"].strip()):
                bad(n, "speaker.text empty")
            elif sp["text"] not in text:
                bad(n, f"speaker.text {sp['text']!r} not in {doc}")
            anon += bool(sp["anonymous"])
        cue = r["cue"]
        if cue is not None and (not isinstance(cue, str) or cue not in text):
            bad(n, f"cue {cue!r} not in {doc}")
        # conventions
        if k == "direct":
            if c[0] in DQ or c[-1] in DQ:
                bad(n, "direct content must exclude its enclosing quotation marks")
        if k == "mixed" and not any(q in c for q in DQ):
            bad(n, "mixed content without a quoted fragment")
        if k == "indirect" and any(q in c for q in DQ):
            bad(n, "indirect content contains double quotation marks (mixed?)")
        if k in ("indirect", "mixed") and re.match(r"that\b(?! (is|was|has|had)\b)", c) and not (s >= 4 and re.search(r"(and|but|,)\s+$", text[max(0, s - 6):s])):
            warn(n, f"indirect content starts with 'that' not after a coordinator: {c[:40]!r}")
        (opt_kinds if r["optional"] else kinds)[k] += 1
        if "group" in r:
            groups[(doc, r["group"])].append((n, r))
        stmts[doc].append((n, r))

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        problems.append(f"{doc} group {g}: only one piece")
    names = {json.dumps(p["speaker"], sort_keys=True) for _, p in pieces}
    if len(names) > 1:
        problems.append(f"{doc} group {g}: speakers differ")
    if len({p["kind"] for _, p in pieces}) > 1:
        problems.append(f"{doc} group {g}: kinds differ")
    ps = sorted((p["start"], p["end"]) for _, p in pieces)
    if any(ps[i][1] > ps[i + 1][0] for i in range(len(ps) - 1)):
        problems.append(f"{doc} group {g}: pieces overlap")

for doc, lst in stmts.items():
    spans = sorted((r["start"], r["end"], n, r["optional"]) for n, r in lst)
    for a, b in zip(spans, spans[1:]):
        if a[:2] == b[:2]:
            problems.append(f"{doc}: lines {a[2]} and {b[2]} have the same span")
        elif b[0] < a[1] and not (a[3] or b[3]):
            problems.append(f"{doc}: scored lines {a[2]} and {b[2]} overlap")

for i in texts:
    if not stmts.get(i):
        problems.append(f"{i}: no statements")

for w in warnings:
    print("warning:", w)
for p in problems:
    print("PROBLEM:", p)
print(f"documents: {len(texts)}")
print(f"scored statements: {sum(kinds.values())} {dict(sorted(kinds.items()))}")
print(f"optional statements: {sum(opt_kinds.values())} {dict(sorted(opt_kinds.items()))}")
print(f"group pieces: {sum(len(v) for v in groups.values())} in {len(groups)} groups; anonymous speakers: {anon}")
print(f"not_statement lines: {sum(len(v) for v in nots.values())}")
print("CLEAN" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
