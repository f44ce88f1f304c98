#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (run: python3 check.py [CORPUS_DIR]). Exit 1 on any error."""
import json, os, re, sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "indirect", "mixed"}
QUOTES = "\"“”«»"
errors, warnings = [], []


def err(msg):
    errors.append(msg)


docs = {}
for f in sorted(os.listdir(os.path.join(root, "docs"))):
    p = os.path.join(root, "docs", f)
    if f.endswith(".txt"):
        raw = open(p, "rb").read()
        if b"\r" in raw:
            err(f"{f}: CR line ends")
        docs[f[:-4]] = raw.decode("utf-8")
    elif f.endswith(".meta.json"):
        m = json.load(open(p, encoding="utf-8"))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("published", "")) or m.get("lang") not in ("en", "ru", "uk"):
            err(f"{f}: bad meta {m}")
for d in docs:
    if not os.path.exists(os.path.join(root, "docs", d + ".meta.json")):
        err(f"{d}: no meta.json")

groups = defaultdict(list)
seen = set()
per_doc = defaultdict(int)
for n, line in enumerate(open(os.path.join(root, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    r = json.loads(line)
    d = r.get("doc")
    where = f"gold line {n} ({d})"
    if d not in docs:
        err(f"{where}: unknown doc")
        continue
    text = docs[d]
    if "not_statement" in r:
        if set(r) != {"doc", "not_statement"}:
            err(f"{where}: extra keys in not_statement line")
        if r["not_statement"] not in text:
            err(f"{where}: not_statement span not in text")
        continue
    need = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
    if not need <= set(r) or set(r) - need - {"group"}:
        err(f"{where}: keys {sorted(r)}")
        continue
    per_doc[d] += 1
    k, c, s, e = r["kind"], r["content"], r["start"], r["end"]
    if k not in KINDS:
        err(f"{where}: kind {k}")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        err(f"{where}: bad offsets {s},{e}")
        continue
    if text[s:e] != c:
        err(f"{where}: text[{s}:{e}] = {text[s:e]!r} != content {c!r}")
    if c != c.strip():
        err(f"{where}: content has outer whitespace")
    if (d, s, e) in seen:
        err(f"{where}: duplicate span")
    seen.add((d, s, e))
    if not isinstance(r["optional"], bool):
        err(f"{where}: optional not bool")
    if r["cue"] is not None and (not isinstance(r["cue"], str) or r["cue"].lower() not in text.lower()):
        err(f"{where}: cue {r['cue']!r} not in text")
    spk = r["speaker"]
    if spk is not None:
        if set(spk) != {"text", "name", "anonymous"} or not isinstance(spk["anonymous"], bool) \
                or not spk["text"] or not spk["name"]:
            err(f"{where}: bad speaker {spk}")
        elif spk["text"] not in text:
            err(f"{where}: speaker.text {spk['text']!r} not in text")
    if k == "direct":
        if c[0] in QUOTES or (c[-1] in QUOTES and c.count('"') % 2 == 1 and '\n' not in c):
            err(f"{where}: direct content keeps an enclosing quotation mark")
        before = text[s - 1] if s else ""
        label = re.search(r"^[A-Z][A-Za-z .'-]*: $", text[text.rfind("\n", 0, s) + 1:s])  # transcript turn
        if before not in QUOTES + "'‘" and not r["optional"] and before != "\n" and not label:
            warnings.append(f"{where}: direct content not preceded by a quotation mark or line start")
    if k == "mixed" and "group" not in r and not any(q in c for q in QUOTES + "'‘’"):
        err(f"{where}: mixed content without a quoted fragment")
    if k == "indirect":
        if any(q in c for q in QUOTES):
            err(f"{where}: indirect content contains double quotation marks (should be mixed?)")
        if c.lower().startswith("that "):
            err(f"{where}: indirect content starts with complementiser 'that'")
    if "group" in r:
        groups[(d, r["group"])].append(r)

for (d, g), rows in groups.items():
    if len(rows) < 2:
        err(f"{d} group {g}: only one piece")
    if len({(x["speaker"] or {}).get("name") for x in rows}) != 1 or len({x["kind"] for x in rows}) != 1 \
            or len({x["optional"] for x in rows}) != 1:
        err(f"{d} group {g}: pieces disagree on speaker, kind or optional")
    if rows[0]["kind"] == "mixed" and not any(q in x["content"] for x in rows for q in QUOTES):
        err(f"{d} group {g}: mixed statement without a quoted fragment")
    rows = sorted(rows, key=lambda x: x["start"])
    for a, b in zip(rows, rows[1:]):
        if a["end"] > b["start"]:
            err(f"{d} group {g}: pieces overlap")
for d in docs:
    if not per_doc[d]:
        err(f"{d}: no statements in gold")

for w in warnings:
    print("warning:", w)
for e_ in errors:
    print("ERROR:", e_)
n = sum(per_doc.values())
print(f"{len(docs)} documents, {n} statement lines checked, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
