#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-22.  Exits 1 on any error.  CC0 1.0."""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTE_CHARS = "«»„“”\""
QUOTED = re.compile(r"«([^«»]*)»|„([^„“]*)“|\"([^\"]*)\"")
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts = {}
    ids = sorted(f[:-4] for f in os.listdir(DOCS) if f.endswith(".txt"))
    if ids != [f"e{i:02d}" for i in range(1, 25)]:
        err(f"docs/ should hold e01..e24, found {ids}")
    langs = {}
    for i in ids:
        raw = open(os.path.join(DOCS, i + ".txt"), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{i}.txt: not UTF-8 ({e})")
            continue
        if "\r" in text:
            err(f"{i}.txt: CR line ends")
        if not text.endswith("\n"):
            err(f"{i}.txt: no final LF")
        texts[i] = text
        mp = os.path.join(DOCS, i + ".meta.json")
        if not os.path.exists(mp):
            err(f"{i}: missing meta.json")
            continue
        try:
            meta = json.load(open(mp, encoding="utf-8"))
        except ValueError as e:
            err(f"{i}.meta.json: not JSON ({e})")
            continue
        if set(meta) != {"published", "lang"}:
            err(f"{i}.meta.json: keys must be published, lang: {sorted(meta)}")
        try:
            datetime.date.fromisoformat(meta.get("published", ""))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta["published"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{i}.meta.json: bad published {meta.get('published')!r}")
        if meta.get("lang") not in ("ru", "uk"):
            err(f"{i}.meta.json: lang must be ru or uk")
        langs[i] = meta.get("lang")
    if sorted(langs.values()).count("ru") != 12 or sorted(langs.values()).count("uk") != 12:
        err(f"expected 12 ru and 12 uk documents: {sorted(langs.values())}")

    rows = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"gold.jsonl:{n}: empty line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                err(f"gold.jsonl:{n}: not JSON ({e})")
    ns_by_doc, seen_ns, spans, groups = {}, set(), {}, {}
    for n, r in rows:
        if "not_statement" in r:
            if set(r) != {"doc", "not_statement"}:
                err(f"line {n}: not_statement line has extra keys {sorted(r)}")
            d, s = r.get("doc"), r.get("not_statement")
            if d not in texts:
                err(f"line {n}: unknown doc {d!r}")
            elif not isinstance(s, str) or not s or s not in texts[d]:
                err(f"line {n}: not_statement not found in {d}: {s!r}")
            if (d, s) in seen_ns:
                err(f"line {n}: duplicate not_statement {s!r}")
            seen_ns.add((d, s))
            ns_by_doc.setdefault(d, set()).add(s)
    for n, r in rows:
        if "not_statement" in r:
            continue
        where = f"line {n} ({r.get('doc')})"
        missing = STMT_KEYS - set(r)
        extra = set(r) - STMT_KEYS - {"group"}
        if missing or extra:
            err(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        d = r["doc"]
        if d not in texts:
            err(f"{where}: unknown doc")
            continue
        text = texts[d]
        kind, c, s, e = r["kind"], r["content"], r["start"], r["end"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(c, str) or not c:
            err(f"{where}: empty content")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}..{e}")
            continue
        if text[s:e] != c:
            err(f"{where}: text[{s}:{e}] != content: {text[s:e]!r} vs {c!r}")
        if c != c.strip():
            err(f"{where}: content has outer whitespace")
        if c.endswith((".", ",")) and not c.endswith("..."):
            err(f"{where}: content ends with a period/comma (convention: dropped)")
        if not isinstance(r["optional"], bool):
            err(f"{where}: optional must be bool")
        quoted = [next(g for g in m.groups() if g is not None) for m in QUOTED.finditer(c)]
        if kind == "mixed" and not any(ch in c for ch in QUOTE_CHARS):
            err(f"{where}: mixed without quotation marks")
        if kind == "indirect":
            bad = [q for q in quoted if q not in ns_by_doc.get(d, set())]
            if bad or (any(ch in c for ch in QUOTE_CHARS) and not quoted):
                err(f"{where}: indirect contains quotation marks around non-names {bad} "
                    f"(only not_statement names/mentions may be quoted inside indirect)")
        sp = r["speaker"]
        if sp is None:
            if not r["optional"]:
                err(f"{where}: speaker null on a scored line")
        elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"{where}: speaker must have text, name, anonymous")
        else:
            if not isinstance(sp["text"], str) or sp["text"] not in text:
                err(f"{where}: speaker.text not in document: {sp['text']!r}")
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"{where}: empty speaker.name")
            if not isinstance(sp["anonymous"], bool):
                err(f"{where}: speaker.anonymous must be bool")
        cue = r["cue"]
        if cue is not None and (not isinstance(cue, str) or cue.lower() not in text.lower()):
            err(f"{where}: cue not in document: {cue!r}")
        key = (d, s, e)
        if key in spans:
            err(f"{where}: duplicate span (also line {spans[key]})")
        spans[key] = n
        if "group" in r:
            if not isinstance(r["group"], str) or not r["group"]:
                err(f"{where}: bad group")
            groups.setdefault((d, r["group"]), []).append(r)
    for (d, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{d} group {g}: only one piece")
        for fld in ("kind", "speaker", "cue", "optional"):
            if len({json.dumps(p[fld], sort_keys=True, ensure_ascii=False) for p in pieces}) != 1:
                err(f"{d} group {g}: pieces differ in {fld}")
        pieces = sorted(pieces, key=lambda p: p["start"])
        for a, b in zip(pieces, pieces[1:]):
            if b["start"] < a["end"]:
                err(f"{d} group {g}: pieces overlap")
    for i in texts:
        if not any(r.get("doc") == i and "kind" in r for _, r in rows):
            err(f"{i}: no statements in gold")
    n_st = sum(1 for _, r in rows if "kind" in r)
    for m in errors:
        print("ERROR:", m)
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, "
          f"{len(rows) - n_st} not_statement lines, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
