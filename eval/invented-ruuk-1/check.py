#!/usr/bin/env python3
"""Verify this corpus's gold.jsonl against docs/ (FORMAT.md shape + local conventions).
Exit status 1 if any error; prints counts at the end."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "docs")
errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

docs, langs = {}, {}
for fn in sorted(os.listdir(DOCDIR)):
    if fn.endswith(".txt"):
        doc = fn[:-4]
        with open(os.path.join(DOCDIR, fn), encoding="utf-8") as f:
            docs[doc] = f.read()
        mp = os.path.join(DOCDIR, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: missing meta.json"); continue
        meta = json.load(open(mp, encoding="utf-8"))
        if set(meta) != {"published", "lang"}:
            err(f"{doc}: meta keys {sorted(meta)}")
        if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(meta.get("published"))):
            err(f"{doc}: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{doc}: bad lang {meta.get('lang')!r}")
        langs[doc] = meta.get("lang")
        nw = len(re.findall(r"\w+(?:[-'’]\w+)*", docs[doc]))
        if not 60 <= nw <= 300:
            err(f"{doc}: {nw} words (want 60-300)")

STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTES = "«»„“”\"'"
rows, nots = [], []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        where = f"line {n}"
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{where}: not JSON ({e})"); continue
        doc = r.get("doc")
        if doc not in docs:
            err(f"{where}: unknown doc {doc!r}"); continue
        text = docs[doc]
        where = f"line {n} ({doc})"
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"{where}: not_statement line has keys {sorted(r)}")
            span = r["not_statement"]
            if not isinstance(span, str) or not span.strip():
                err(f"{where}: empty not_statement")
            elif span not in text:
                err(f"{where}: not_statement not in doc: {span!r}")
            nots.append(r); continue
        extra = set(r) - STMT_KEYS - {"group"}
        if extra or not STMT_KEYS <= set(r):
            err(f"{where}: keys {sorted(r)}"); continue
        k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if k not in ("direct", "indirect", "mixed"):
            err(f"{where}: bad kind {k!r}")
        if not isinstance(c, str) or not c:
            err(f"{where}: empty content"); continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s},{e}"); continue
        if text[s:e] != c:
            err(f"{where}: text[{s}:{e}]={text[s:e]!r} != content {c!r}")
        if c != c.strip():
            err(f"{where}: content has outer whitespace")
        if c[-1] in ".,;:—" or c[0] in ",;:—":
            err(f"{where}: content has stray outer punctuation: {c!r}")
        if k == "direct" and (c[0] in QUOTES or (c[-1] in QUOTES and not any(q in c[:-1] for q in "«„"))):
            err(f"{where}: direct content includes its enclosing quote marks: {c!r}")
        if k == "mixed" and not any(q in c for q in "«„“\""):
            err(f"{where}: mixed content has no quoted fragment")
        if k == "direct" and s > 0 and text[s - 1] not in "«„“\"" and not re.search(r"(— |: |\n)(#\w+ )?$", text[:s]):
            warn(f"{where}: direct content not preceded by a quote mark, dash or colon")
        if not isinstance(r["optional"], bool):
            err(f"{where}: optional not bool")
        cue = r["cue"]
        if cue is not None and (not isinstance(cue, str) or cue.lower() not in text.lower()):
            err(f"{where}: cue {cue!r} not found in doc")
        spk = r["speaker"]
        if spk is None:
            if not r["optional"]:
                err(f"{where}: null speaker on a scored statement")
        elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
            err(f"{where}: bad speaker {spk!r}")
        else:
            if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                err(f"{where}: speaker.text {spk['text']!r} not in doc")
            if not isinstance(spk["name"], str) or not spk["name"].strip():
                err(f"{where}: empty speaker.name")
            if not isinstance(spk["anonymous"], bool):
                err(f"{where}: speaker.anonymous not bool")
        if "group" in r and (not isinstance(r["group"], str) or not r["group"]):
            err(f"{where}: bad group")
        rows.append(r)

# groups: >= 2 pieces, same speaker and cue, in order without overlap
groups = defaultdict(list)
for r in rows:
    if "group" in r:
        groups[(r["doc"], r["group"])].append(r)
for (doc, g), ps in groups.items():
    if len(ps) < 2:
        err(f"{doc}/{g}: group with one piece")
    if len({json.dumps(p["speaker"], ensure_ascii=False) for p in ps}) > 1 or len({p["cue"] for p in ps}) > 1:
        err(f"{doc}/{g}: pieces disagree on speaker or cue")
    ps.sort(key=lambda p: p["start"])
    for a, b in zip(ps, ps[1:]):
        if a["end"] > b["start"]:
            err(f"{doc}/{g}: pieces overlap")

# duplicates and overlaps among scored statements; not_statement vs scored content
by_doc = defaultdict(list)
for r in rows:
    by_doc[r["doc"]].append(r)
for doc, rs in by_doc.items():
    spans = Counter((r["start"], r["end"]) for r in rs)
    for sp, cnt in spans.items():
        if cnt > 1:
            err(f"{doc}: duplicate span {sp}")
    scored = sorted((r for r in rs if not r["optional"]), key=lambda r: r["start"])
    for a, b in zip(scored, scored[1:]):
        if a["end"] > b["start"]:
            err(f"{doc}: scored statements overlap: {a['content']!r} / {b['content']!r}")
for ns in nots:
    for r in by_doc.get(ns["doc"], []):
        if not r["optional"] and r["content"] == ns["not_statement"]:
            err(f"{ns['doc']}: not_statement equals a scored statement: {ns['not_statement']!r}")
for doc in docs:
    if doc not in by_doc:
        err(f"{doc}: no statements")

for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)

# summary
print(f"documents: {len(docs)}  " + "  ".join(f"{l}={n}" for l, n in sorted(Counter(langs.values()).items())))
tab = Counter()
for r in rows:
    tab[(langs[r["doc"]], r["kind"], r["optional"])] += 1
for lang in ("ru", "uk", "all"):
    parts = []
    for k in ("direct", "indirect", "mixed"):
        sc = sum(v for (l, kk, o), v in tab.items() if kk == k and not o and lang in (l, "all"))
        op = sum(v for (l, kk, o), v in tab.items() if kk == k and o and lang in (l, "all"))
        parts.append(f"{k} {sc}+{op}opt")
    print(f"{lang}: " + ", ".join(parts))
print(f"statement lines: {len(rows)} (scored {sum(not r['optional'] for r in rows)}, optional "
      f"{sum(r['optional'] for r in rows)}); split-quote pieces: {sum('group' in r for r in rows)} in {len(groups)} groups; "
      f"anonymous speakers: {sum(1 for r in rows if r['speaker'] and r['speaker']['anonymous'])}; "
      f"null speakers: {sum(1 for r in rows if r['speaker'] is None)}; not_statement: {len(nots)}")
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
