#!/usr/bin/env python3
"""Validate gold.jsonl against docs/: offsets, fields, kinds, quotes, speakers, groups, metadata.

Usage: python3 check.py   (from the corpus folder). Exits 1 on any error.
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTE_SPAN = re.compile(r"«([^«»]*)»|„([^„“]*)“|“([^“”]*)”|\"([^\"]*)\"")
QUOTE_CHARS = set("«»„“”\"")
errors = []


def err(msg):
    errors.append(msg)


def main():
    texts, langs = {}, {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                texts[doc] = raw.decode("utf-8")
            except UnicodeDecodeError:
                err(f"{doc}: not UTF-8")
                continue
            if b"\r" in raw:
                err(f"{doc}: CR line ends")
            mp = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: missing meta.json")
                continue
            meta = json.load(open(mp, encoding="utf-8"))
            if set(meta) != {"published", "lang"}:
                err(f"{doc}: meta keys {sorted(meta)} (want published, lang)")
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")):
                    raise ValueError
                datetime.date.fromisoformat(meta["published"])
            except (ValueError, TypeError):
                err(f"{doc}: bad published {meta.get('published')!r}")
            if meta.get("lang") not in ("ru", "uk"):
                err(f"{doc}: bad lang {meta.get('lang')!r}")
            langs[doc] = meta.get("lang")
    expected = [f"e{i:02d}" for i in range(1, 25)]
    if sorted(texts) != expected:
        err(f"documents {sorted(texts)} != e01..e24")
    if sorted(langs.values()).count("ru") != 12 or sorted(langs.values()).count("uk") != 12:
        err("want 12 ru and 12 uk documents")

    stmts, nonstmts = [], {}
    for n, line in enumerate(open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
            continue
        doc = row.get("doc")
        if doc not in texts:
            err(f"line {n}: unknown doc {doc!r}")
            continue
        if "not_statement" in row:
            if set(row) != {"doc", "not_statement"}:
                err(f"line {n}: not_statement line has extra keys")
            ns = row["not_statement"]
            if not isinstance(ns, str) or not ns or ns not in texts[doc]:
                err(f"line {n}: not_statement {ns!r} not in {doc}")
            if ns in nonstmts.setdefault(doc, set()):
                err(f"line {n}: duplicate not_statement {ns!r}")
            nonstmts[doc].add(ns)
            continue
        row["_n"] = n
        stmts.append(row)

    seen = {}
    for row in stmts:
        n, doc, text = row["_n"], row["doc"], texts[row["doc"]]
        keys = set(row) - {"_n"}
        if not STMT_KEYS <= keys or keys - STMT_KEYS - {"group"}:
            err(f"line {n}: keys {sorted(keys)}")
            continue
        kind, content, s, e = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(f"line {n}: bad kind {kind!r}")
        if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
            err(f"line {n}: bad offsets {s}, {e}")
            continue
        if text[s:e] != content:
            err(f"line {n}: text[{s}:{e}] != content ({text[s:e]!r} vs {content!r})")
        if content != content.strip():
            err(f"line {n}: content has outer whitespace")
        if content[0] in "«„“\"—" and kind == "direct":
            err(f"line {n}: direct content starts with a quotation mark or dash")
        if content[-1] in "»“”\"" and kind == "direct" and content.count(content[-1]) > content.count({"»": "«", "“": "„", "”": "“"}.get(content[-1], content[-1])):
            err(f"line {n}: direct content ends with an enclosing mark")
        names = nonstmts.get(doc, set())
        quoted = [next(g for g in m.groups() if g is not None) for m in QUOTE_SPAN.finditer(content)]
        if kind == "mixed":
            if not any(q not in names for q in quoted):
                err(f"line {n}: mixed without a quoted fragment (other than names)")
        if kind == "indirect":
            if any(q not in names for q in quoted) or (QUOTE_CHARS & set(content) and not quoted):
                err(f"line {n}: indirect contains quotation marks around something other than a listed name")
            if content.endswith("."):
                err(f"line {n}: indirect content keeps the final period")
        if not isinstance(row["optional"], bool):
            err(f"line {n}: optional not bool")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"]):
            err(f"line {n}: cue must be a non-empty string or null")
        sp = row["speaker"]
        if sp is None:
            if not row["optional"]:
                err(f"line {n}: null speaker on a scored line")
        else:
            if set(sp) != {"text", "name", "anonymous"}:
                err(f"line {n}: speaker keys {sorted(sp)}")
            elif not sp["text"] or sp["text"] not in text:
                err(f"line {n}: speaker mention {sp['text']!r} not in {doc}")
            elif not isinstance(sp["name"], str) or not sp["name"].strip():
                err(f"line {n}: empty speaker name")
            elif not isinstance(sp["anonymous"], bool):
                err(f"line {n}: anonymous not bool")
        key = (doc, s, e)
        if key in seen:
            err(f"line {n}: duplicate span (also line {seen[key]})")
        seen[key] = n
        if content in names:
            err(f"line {n}: content is also a not_statement")

    groups = {}
    for row in stmts:
        if "group" in row:
            groups.setdefault((row["doc"], row["group"]), []).append(row)
    for (doc, g), rows in groups.items():
        if len(rows) < 2:
            err(f"{doc} group {g}: only one piece")
        rows.sort(key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                err(f"{doc} group {g}: pieces overlap")
        for r in rows[1:]:
            for f in ("kind", "cue", "optional"):
                if r[f] != rows[0][f]:
                    err(f"{doc} group {g}: pieces differ in {f}")
            if (r["speaker"] or {}).get("name") != (rows[0]["speaker"] or {}).get("name"):
                err(f"{doc} group {g}: pieces differ in speaker")

    for doc in texts:
        if not any(r["doc"] == doc and not r["optional"] for r in stmts):
            err(f"{doc}: no scored statement")

    for m in errors:
        print("ERROR", m)
    scored = sum(not r["optional"] for r in stmts)
    print(f"{len(texts)} documents, {len(stmts)} statement lines ({scored} scored), "
          f"{sum(len(v) for v in nonstmts.values())} not_statement lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
