#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-21. Exit 1 on any error. CC0 1.0."""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
QUOTES = "«»„“”\"‘’‚"
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    texts, metas = {}, {}
    for fn in sorted(os.listdir(DOCS)):
        path = os.path.join(DOCS, fn)
        if fn.endswith(".txt"):
            raw = open(path, "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{fn}: not UTF-8")
                continue
            if "\r" in t:
                err(f"{fn}: contains CR (line ends must be LF)")
            texts[fn[:-4]] = t
        elif fn.endswith(".meta.json"):
            try:
                metas[fn[:-10]] = json.load(open(path, encoding="utf-8"))
            except ValueError as e:
                err(f"{fn}: bad JSON: {e}")
        else:
            err(f"docs/{fn}: unexpected file")
    for d in texts:
        if not re.fullmatch(r"e\d\d", d):
            err(f"{d}: document id must be eNN")
        m = metas.get(d)
        if m is None:
            err(f"{d}: missing meta.json")
            continue
        if set(m) != {"published", "lang"}:
            err(f"{d}: meta keys must be exactly published, lang: {sorted(m)}")
        try:
            datetime.date.fromisoformat(m.get("published", ""))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", m["published"]):
                raise ValueError
        except (ValueError, TypeError):
            err(f"{d}: published must be YYYY-MM-DD: {m.get('published')!r}")
        if m.get("lang") not in ("ru", "uk"):
            err(f"{d}: lang must be ru or uk: {m.get('lang')!r}")
    for d in metas:
        if d not in texts:
            err(f"{d}: meta.json without text")
    langs = [m.get("lang") for m in metas.values()]
    if langs.count("ru") != langs.count("uk"):
        err(f"ru/uk split is not half-half: ru={langs.count('ru')} uk={langs.count('uk')}")
    return texts, metas


def strip_names(content, names):
    """Remove quotation marks that enclose only a not_statement span (a name)."""
    out = content
    for n in sorted(names, key=len, reverse=True):
        for o, c in (("«", "»"), ("„", "“"), ('"', '"')):
            out = out.replace(o + n + c, n)
    return out


def main():
    texts, _ = load_docs()
    lines = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            if not raw.strip():
                err(f"gold line {i}: empty line")
                continue
            try:
                lines.append((i, json.loads(raw)))
            except ValueError as e:
                err(f"gold line {i}: bad JSON: {e}")
    ns_by_doc = {}
    for i, x in lines:
        if "not_statement" in x:
            if set(x) != {"doc", "not_statement"}:
                err(f"line {i}: not_statement line has extra keys {sorted(x)}")
            d, s = x.get("doc"), x.get("not_statement")
            if d not in texts:
                err(f"line {i}: unknown doc {d!r}")
            elif not isinstance(s, str) or not s.strip() or s not in texts[d]:
                err(f"line {i}: not_statement span not in {d}: {s!r}")
            ns_by_doc.setdefault(d, set()).add(s)
    seen_spans, seen_ns, groups = set(), set(), {}
    stmt_count = 0
    for i, x in lines:
        if "not_statement" in x:
            key = (x.get("doc"), x.get("not_statement"))
            if key in seen_ns:
                err(f"line {i}: duplicate not_statement {key}")
            seen_ns.add(key)
            continue
        stmt_count += 1
        missing = STMT_KEYS - set(x)
        extra = set(x) - STMT_KEYS - {"group"}
        if missing:
            err(f"line {i}: missing fields {sorted(missing)}")
            continue
        if extra:
            err(f"line {i}: unknown fields {sorted(extra)}")
        d = x["doc"]
        if d not in texts:
            err(f"line {i}: unknown doc {d!r}")
            continue
        t = texts[d]
        kind, c, s, e = x["kind"], x["content"], x["start"], x["end"]
        if kind not in ("direct", "indirect", "mixed"):
            err(f"line {i}: bad kind {kind!r}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            err(f"line {i}: bad offsets {s}..{e}")
            continue
        if t[s:e] != c:
            err(f"line {i}: text[start:end] != content: {t[s:e]!r} vs {c!r}")
        if c != c.strip():
            err(f"line {i}: content has leading/trailing whitespace")
        if (d, s, e) in seen_spans:
            err(f"line {i}: duplicate span {d} {s}..{e}")
        seen_spans.add((d, s, e))
        if not isinstance(x["optional"], bool):
            err(f"line {i}: optional must be bool")
        if x["cue"] is not None and (not isinstance(x["cue"], str) or not x["cue"].strip()):
            err(f"line {i}: cue must be a non-empty string or null")
        sp = x["speaker"]
        if sp is None:
            if not x["optional"]:
                err(f"line {i}: speaker null is only allowed on optional lines")
        elif not isinstance(sp, dict) or set(sp) != {"text", "name", "anonymous"}:
            err(f"line {i}: speaker must have exactly text, name, anonymous")
        else:
            if not isinstance(sp["text"], str) or not sp["text"] or sp["text"] not in t:
                err(f"line {i}: speaker mention not in document: {sp['text']!r}")
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"line {i}: speaker name empty")
            if not isinstance(sp["anonymous"], bool):
                err(f"line {i}: speaker.anonymous must be bool")
        names = ns_by_doc.get(d, set())
        if kind == "mixed" and not any(q in c for q in QUOTES):
            err(f"line {i}: mixed content has no quotation marks: {c!r}")
        if kind == "indirect" and any(q in strip_names(c, names) for q in QUOTES):
            err(f"line {i}: indirect content has quotation marks (other than around a listed name): {c!r}")
        if kind == "direct" and (c[0] in QUOTES and c[-1] in QUOTES):
            err(f"line {i}: direct content keeps its enclosing quotation marks: {c!r}")
        if "group" in x:
            if not isinstance(x["group"], str) or not x["group"]:
                err(f"line {i}: group must be a non-empty string")
            groups.setdefault((d, x["group"]), []).append((i, x))
    for (d, g), pieces in groups.items():
        if len(pieces) < 2:
            err(f"{d} group {g}: only one piece")
        names = {json.dumps(p["speaker"], ensure_ascii=False, sort_keys=True) for _, p in pieces}
        if len(names) != 1:
            err(f"{d} group {g}: pieces have different speakers")
        if {p["kind"] for _, p in pieces} != {"direct"}:
            err(f"{d} group {g}: pieces must all be direct")
        if len({p["optional"] for _, p in pieces}) != 1 or len({p["cue"] for _, p in pieces}) != 1:
            err(f"{d} group {g}: pieces differ in optional or cue")
        spans = sorted((p["start"], p["end"]) for _, p in pieces)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{d} group {g}: pieces overlap")
    for d in texts:
        if not any(x.get("doc") == d and "kind" in x for _, x in lines):
            err(f"{d}: no statements")
    for m in errors:
        print("ERROR:", m)
    print(f"{len(texts)} documents, {stmt_count} statement lines, "
          f"{sum(len(v) for v in ns_by_doc.values())} not_statement lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
