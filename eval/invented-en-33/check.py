#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (invented-en-33). Exits 1 on any error. Standard library only."""
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
QUOTES = set('"“”«»„‘')  # opening/closing marks; the ASCII and curly apostrophe (’) are not counted
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            did = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{fn}: not UTF-8 ({e})")
                continue
            if "\r" in text:
                err(f"{fn}: CR line ends")
            texts[did] = text
            mp = os.path.join(DOCS, did + ".meta.json")
            if not os.path.exists(mp):
                err(f"{did}: missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(f"{did}.meta.json: not JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(f"{did}.meta.json: keys must be published, lang (got {sorted(meta)})")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
                err(f"{did}.meta.json: bad published date {meta.get('published')!r}")
            if meta.get("lang") not in ("en", "ru", "uk"):
                err(f"{did}.meta.json: bad lang {meta.get('lang')!r}")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(f"{fn}: no matching .txt")

    rows = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold.jsonl:{n}: empty line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"gold.jsonl:{n}: not JSON ({e})")

    not_stmts = defaultdict(list)
    for n, r in rows:
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"line {n}: not_statement line has extra keys {sorted(r)}")
            did = r.get("doc")
            if did not in texts:
                err(f"line {n}: unknown doc {did!r}")
            elif not isinstance(r["not_statement"], str) or not r["not_statement"].strip():
                err(f"line {n}: empty not_statement")
            elif r["not_statement"] not in texts[did]:
                err(f"line {n}: not_statement not found in {did}: {r['not_statement']!r}")
            elif r["not_statement"] in not_stmts[did]:
                err(f"line {n}: duplicate not_statement {r['not_statement']!r}")
            else:
                not_stmts[did].append(r["not_statement"])

    spans, groups = set(), defaultdict(list)
    for n, r in rows:
        if "not_statement" in r:
            continue
        missing = STMT_KEYS - set(r)
        extra = set(r) - STMT_KEYS - {"group"}
        if missing or extra:
            err(f"line {n}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        did, kind, content, s, e = r["doc"], r["kind"], r["content"], r["start"], r["end"]
        if did not in texts:
            err(f"line {n}: unknown doc {did!r}")
            continue
        text = texts[did]
        if kind not in KINDS:
            err(f"line {n}: bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip() or content != content.strip():
            err(f"line {n}: empty content or content with outer whitespace")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"line {n}: bad offsets {s}-{e}")
            continue
        if text[s:e] != content:
            err(f"line {n}: text[{s}:{e}] != content ({text[s:e][:50]!r} vs {content[:50]!r})")
        if (did, s, e) in spans:
            err(f"line {n}: duplicate span {did} {s}-{e}")
        spans.add((did, s, e))
        if not isinstance(r["optional"], bool):
            err(f"line {n}: optional must be bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"line {n}: cue must be a non-empty string or null")
        spk = r["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"line {n}: speaker must have exactly text, name, anonymous")
            else:
                if not isinstance(spk["anonymous"], bool):
                    err(f"line {n}: speaker.anonymous must be bool")
                if not spk["name"] or not isinstance(spk["name"], str):
                    err(f"line {n}: empty speaker.name")
                if not spk["text"] or spk["text"] not in text:
                    err(f"line {n}: speaker.text not found in {did}: {spk['text']!r}")
        elif not r["optional"]:
            err(f"line {n}: speaker null is only allowed on optional lines")
        has_q = any(c in QUOTES for c in content)
        if kind == "mixed" and not has_q:
            err(f"line {n}: mixed statement without quotation marks")
        if kind == "indirect" and has_q:
            stripped = content
            for ns in not_stmts[did]:
                for q in ('"%s"' % ns, "“%s”" % ns, "‘%s’" % ns):
                    stripped = stripped.replace(q, ns)
            if any(c in QUOTES for c in stripped):
                err(f"line {n}: indirect statement with quotation marks (other than around a not_statement name)")
        if kind == "direct" and content[0] in '"“«':
            err(f"line {n}: direct content must exclude the enclosing quotation mark")
        if "group" in r:
            groups[(did, r["group"])].append((s, e, r))
    for (did, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{did} group {g!r}: only one piece")
        pieces.sort(key=lambda t: t[0])
        for (s1, e1, a), (s2, e2, b) in zip(pieces, pieces[1:]):
            if e1 > s2:
                err(f"{did} group {g!r}: pieces overlap")
        if len({p[2]["kind"] for p in pieces}) != 1 or len({json.dumps(p[2]["speaker"], sort_keys=True) for p in pieces}) != 1 \
                or len({p[2]["optional"] for p in pieces}) != 1:
            err(f"{did} group {g!r}: pieces differ in kind, speaker or optional")
    for did in texts:
        if not any(r.get("doc") == did for _, r in rows):
            err(f"{did}: no gold lines")

    n_st = sum(1 for _, r in rows if "not_statement" not in r)
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, "
          f"{sum(len(v) for v in not_stmts.values())} not_statement lines, {len(errors)} errors")
    for m in errors:
        print("  ERROR:", m)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
