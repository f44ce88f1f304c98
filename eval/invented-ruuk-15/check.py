#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (CC0 1.0). Exit 1 on any error.

Checks: document files (UTF-8, LF only) and metadata shape; every line is one of the two shapes of
../FORMAT.md with the required fields; text[start:end] == content; kinds; a direct statement has no
enclosing quotation marks left in its content; mixed content contains quotation marks; indirect
content contains none, except around a span listed as not_statement for the document (a name such
as КПП «Ковыльный"); speaker mentions occur in the document; no duplicate spans; group pieces are
consistent (at least two pieces, same kind, speaker name and cue, in text order, not overlapping);
not_statement spans occur in the document.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
QUOTES = "«»„“”\"‘’"
KINDS = {"direct", "indirect", "mixed"}
errors = []


def err(msg):
    errors.append(msg)


def main():
    docs_dir = os.path.join(ROOT, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        path = os.path.join(docs_dir, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            if b"\r" in raw:
                err(f"{fn}: contains CR")
            try:
                texts[fn[:-4]] = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
    for doc in texts:
        mp = os.path.join(docs_dir, doc + ".meta.json")
        if not os.path.exists(mp):
            err(f"{doc}: no meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{doc}.meta.json: not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{doc}.meta.json: keys must be published, lang: {sorted(meta)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published", ""))):
            err(f"{doc}.meta.json: bad published date")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{doc}.meta.json: lang must be ru or uk")
    for fn in os.listdir(docs_dir):
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
    nots = {}
    for n, r in rows:
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"gold.jsonl:{n}: not_statement line has extra keys {sorted(r)}")
            if r.get("doc") not in texts:
                err(f"gold.jsonl:{n}: unknown doc {r.get('doc')!r}")
            elif not r["not_statement"] or r["not_statement"] not in texts[r["doc"]]:
                err(f"gold.jsonl:{n}: not_statement not in document: {r['not_statement']!r}")
            nots.setdefault(r.get("doc"), []).append(r["not_statement"])
    spans, groups = set(), {}
    required = ["doc", "kind", "content", "start", "end", "speaker", "cue", "optional"]
    for n, r in rows:
        if "not_statement" in r:
            continue
        where = f"gold.jsonl:{n}"
        missing = [k for k in required if k not in r]
        if missing:
            err(f"{where}: missing {missing}")
            continue
        extra = set(r) - set(required) - {"group"}
        if extra:
            err(f"{where}: unexpected keys {sorted(extra)}")
        doc = r["doc"]
        if doc not in texts:
            err(f"{where}: unknown doc {doc!r}")
            continue
        text, c = texts[doc], r["content"]
        if r["kind"] not in KINDS:
            err(f"{where}: bad kind {r['kind']!r}")
        if not isinstance(c, str) or not c.strip() or c != c.strip():
            err(f"{where}: empty content or surrounding whitespace")
            continue
        if not (isinstance(r["start"], int) and isinstance(r["end"], int) and 0 <= r["start"] < r["end"] <= len(text)):
            err(f"{where}: bad offsets")
        elif text[r["start"]:r["end"]] != c:
            err(f"{where}: text[start:end] != content ({text[r['start']:r['end']][:40]!r} vs {c[:40]!r})")
        if not isinstance(r["optional"], bool):
            err(f"{where}: optional must be bool")
        if r["cue"] is not None and (not isinstance(r["cue"], str) or not r["cue"].strip()):
            err(f"{where}: cue must be a non-empty string or null")
        spk = r["speaker"]
        if spk is not None:
            if not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have text, name, anonymous")
            else:
                if not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker mention not in document: {spk['text']!r}")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"{where}: empty speaker name")
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: anonymous must be bool")
        elif not r["optional"]:
            err(f"{where}: speaker null is only used on optional lines")
        has_q = any(ch in c for ch in QUOTES)
        if r["kind"] == "mixed" and not has_q:
            err(f"{where}: mixed without quotation marks")
        if r["kind"] == "indirect" and has_q:
            stripped = c
            for ns in nots.get(doc, []):
                for a, b in (("«", "»"), ("„", "“"), ("\"", "\"")):
                    stripped = stripped.replace(a + ns + b, "")
            if any(ch in stripped for ch in QUOTES):
                err(f"{where}: indirect with quotation marks outside a listed name")
        if r["kind"] == "direct" and (c[0] in "«„“\"" and c[-1] in "»“”\"" and c.count(c[0]) == 1):
            err(f"{where}: direct content still has its enclosing marks")
        key = (doc, r.get("start"), r.get("end"))
        if key in spans:
            err(f"{where}: duplicate span")
        spans.add(key)
        if "group" in r:
            groups.setdefault((doc, r["group"]), []).append((n, r))
    for (doc, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{doc} group {g}: only one piece")
        first = pieces[0][1]
        for n, r in pieces:
            sk = lambda x: (x["speaker"] or {}).get("name")  # noqa: E731
            if r["kind"] != first["kind"] or sk(r) != sk(first) or r["cue"] != first["cue"] or r["optional"] != first["optional"]:
                err(f"gold.jsonl:{n}: group {g} piece differs in kind/speaker/cue/optional")
        order = sorted(p[1]["start"] for p in pieces)
        if order != [p[1]["start"] for p in pieces]:
            err(f"{doc} group {g}: pieces not in text order")
        for (_, a), (_, b) in zip(pieces, pieces[1:]):
            if a["end"] > b["start"]:
                err(f"{doc} group {g}: pieces overlap")
    docs_with_lines = {r["doc"] for _, r in rows}
    for doc in texts:
        if doc not in docs_with_lines:
            err(f"{doc}: no gold lines")
    st = [r for _, r in rows if "not_statement" not in r]
    print(f"documents: {len(texts)}; statement lines: {len(st)} "
          f"(scored {sum(not r['optional'] for r in st)}, optional {sum(r['optional'] for r in st)}); "
          f"not_statement lines: {sum('not_statement' in r for _, r in rows)}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
