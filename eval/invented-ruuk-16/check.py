#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for invented-ruuk-16. Exits 1 on any error.  (CC0 1.0)

Checks: JSON shape and required fields; kinds; text[start:end] == content; direct content without
its enclosing marks; mixed content holds a quoted fragment; indirect content holds no quotation marks
except around a name listed as a not_statement of the same document; speaker mention occurs in the
document; speaker null only on optional lines; no duplicate spans or duplicate not_statement lines;
split-quote groups consistent; metadata shape; UTF-8 text with LF line ends.
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
QUOTE_CHARS = "«»„“”\""
FRAGMENT = re.compile(r"«([^«»]*)»|„([^„“”]*)[“”]|\"([^\"]*)\"")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def main():
    texts = {}
    for fn in sorted(os.listdir(DOCS)):
        if fn.endswith(".txt"):
            doc = fn[:-4]
            raw = open(os.path.join(DOCS, fn), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(fn, f"not UTF-8 ({e})")
                continue
            if "\r" in text:
                err(fn, "CR line ends")
            if not text.endswith("\n"):
                err(fn, "no final newline")
            texts[doc] = text
            mp = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(mp):
                err(fn, "missing meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except json.JSONDecodeError as e:
                err(mp, f"not JSON ({e})")
                continue
            if set(meta) != {"published", "lang"}:
                err(mp, f"keys must be published, lang: {sorted(meta)}")
            try:
                datetime.date.fromisoformat(meta.get("published", ""))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                    raise ValueError
            except (ValueError, TypeError):
                err(mp, f"bad published date {meta.get('published')!r}")
            if meta.get("lang") not in ("ru", "uk"):
                err(mp, f"lang must be ru or uk: {meta.get('lang')!r}")
    for fn in os.listdir(DOCS):
        if fn.endswith(".meta.json") and fn[:-10] not in texts:
            err(fn, "meta.json without a .txt")

    stmts, nots = [], {}
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.jsonl:{n}"
            if not line.strip():
                err(where, "blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"not JSON ({e})")
                continue
            doc = row.get("doc")
            if doc not in texts:
                err(where, f"unknown doc {doc!r}")
                continue
            if "not_statement" in row:
                if set(row) != {"doc", "not_statement"}:
                    err(where, f"not_statement line has extra keys {sorted(row)}")
                span = row["not_statement"]
                if not isinstance(span, str) or not span.strip():
                    err(where, "empty not_statement")
                elif span not in texts[doc]:
                    err(where, f"not_statement not in text: {span!r}")
                if span in nots.setdefault(doc, set()):
                    err(where, f"duplicate not_statement {span!r}")
                nots[doc].add(span)
                continue
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(where, f"missing {sorted(missing)} / unknown {sorted(extra)} keys")
                continue
            row["_where"] = where
            stmts.append(row)

    seen_spans = set()
    groups = {}
    per_doc = {}
    for row in stmts:
        where, doc, text = row["_where"], row["doc"], texts[row["doc"]]
        per_doc[doc] = per_doc.get(doc, 0) + 1
        kind, content, start, end = row["kind"], row["content"], row["start"], row["end"]
        if kind not in KINDS:
            err(where, f"bad kind {kind!r}")
        if not isinstance(content, str) or not content.strip():
            err(where, "empty content")
            continue
        if content != content.strip():
            err(where, "content has leading/trailing whitespace")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(where, f"bad offsets {start}-{end}")
            continue
        if text[start:end] != content:
            err(where, f"text[start:end] != content ({text[start:end][:40]!r} vs {content[:40]!r})")
        if (doc, start, end) in seen_spans:
            err(where, "duplicate span")
        seen_spans.add((doc, start, end))
        if not isinstance(row["optional"], bool):
            err(where, "optional must be a boolean")
        if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
            err(where, "cue must be a non-empty string or null")
        frags = [next(g for g in m.groups() if g is not None) for m in FRAGMENT.finditer(content)]
        if kind == "direct":
            if content[0] in "«„“\"" and content[-1] in "»“”\"" and len(frags) == 1 and frags[0] == content[1:-1]:
                err(where, "direct content keeps its enclosing quotation marks")
        elif kind == "mixed":
            if not frags:
                err(where, "mixed content has no quoted fragment")
        elif kind == "indirect":
            stray = [c for c in FRAGMENT.sub("", content) if c in QUOTE_CHARS]
            if stray:
                err(where, "indirect content has unpaired quotation marks")
            for fr in frags:
                if fr not in nots.get(doc, set()):
                    err(where, f"indirect content quotes {fr!r}, which is not a not_statement name")
        spk = row["speaker"]
        if spk is None:
            if not row["optional"]:
                err(where, "speaker null on a scored line")
        elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
            err(where, f"speaker must have text, name, anonymous: {spk!r}")
        else:
            if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                err(where, f"speaker mention not in text: {spk['text']!r}")
            if not isinstance(spk["name"], str) or not spk["name"].strip():
                err(where, "speaker name empty")
            if not isinstance(spk["anonymous"], bool):
                err(where, "speaker.anonymous must be boolean")
        if "group" in row:
            groups.setdefault((doc, row["group"]), []).append(row)

    for (doc, g), rows in groups.items():
        where = f"{doc} group {g}"
        if len(rows) < 2:
            err(where, "a group needs at least two pieces")
        names = {json.dumps(r["speaker"], sort_keys=True) for r in rows}
        if len(names) != 1:
            err(where, "pieces have different speakers")
        if len({r["kind"] for r in rows}) != 1 or len({r["cue"] for r in rows}) != 1 \
                or len({r["optional"] for r in rows}) != 1:
            err(where, "pieces differ in kind, cue or optional")
        rows = sorted(rows, key=lambda r: r["start"])
        for a, b in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                err(where, "pieces overlap")

    for doc in texts:
        if not per_doc.get(doc):
            err(doc, "document has no statement line")

    n_scored = sum(1 for r in stmts if not r["optional"])
    print(f"check.py: {len(texts)} documents, {len(stmts)} statement lines ({n_scored} scored), "
          f"{sum(len(v) for v in nots.values())} not_statement lines, {len(groups)} groups")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
