#!/usr/bin/env python3
"""Validate gold.jsonl of this corpus against docs/ (CC0 1.0).

    python3 check.py            # prints every error, exits 1 if there is any

Checks: metadata shape; UTF-8 / LF text; line shapes and required fields; kinds; text[start:end] == content;
speaker mentions occur in the document; mixed content has quotation marks and indirect content has none
except around spans listed as not_statement (names); direct content without enclosing marks/dashes;
no duplicate spans; spans either disjoint or nested; group pieces consistent; not_statement spans occur.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"direct", "indirect", "mixed"}
STMT_KEYS = {"doc", "kind", "content", "start", "end", "speaker", "cue", "optional"}
QUOTE_CHARS = "«»„“”\""
QUOTED = re.compile(r"«([^«»]*)»|„([^„“]*)“|\"([^\"]*)\"|“([^“”]*)”")

errors = []


def err(msg):
    errors.append(msg)


def load_docs():
    texts = {}
    names = os.listdir(DOCS)
    for f in sorted(names):
        if f.endswith(".txt"):
            doc = f[:-4]
            raw = open(os.path.join(DOCS, f), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                err(f"{f}: not UTF-8 ({e})")
                continue
            if "\r" in text:
                err(f"{f}: CR line ends")
            texts[doc] = text
            mp = os.path.join(DOCS, doc + ".meta.json")
            if not os.path.exists(mp):
                err(f"{doc}: no .meta.json")
                continue
            try:
                meta = json.load(open(mp, encoding="utf-8"))
            except ValueError as e:
                err(f"{doc}.meta.json: not JSON ({e})")
                continue
            if not isinstance(meta, dict) or set(meta) != {"published", "lang"}:
                err(f"{doc}.meta.json: keys must be exactly published, lang: {meta}")
                continue
            try:
                datetime.date.fromisoformat(meta["published"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                    raise ValueError
            except (ValueError, TypeError):
                err(f"{doc}.meta.json: bad published date {meta['published']!r}")
            if meta["lang"] not in ("ru", "uk", "en"):
                err(f"{doc}.meta.json: bad lang {meta['lang']!r}")
        elif f.endswith(".meta.json"):
            if not os.path.exists(os.path.join(DOCS, f[:-10] + ".txt")):
                err(f"{f}: no matching .txt")
        else:
            err(f"docs/{f}: unexpected file")
    return texts


def main():
    texts = load_docs()
    stmts, nss = defaultdict(list), defaultdict(list)
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"gold.jsonl:{n}: empty line")
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                err(f"gold.jsonl:{n}: not JSON ({e})")
                continue
            where = f"gold.jsonl:{n}"
            doc = row.get("doc") if isinstance(row, dict) else None
            if doc not in texts:
                err(f"{where}: unknown doc {doc!r}")
                continue
            text = texts[doc]
            if "not_statement" in row:
                if set(row) != {"doc", "not_statement"}:
                    err(f"{where}: not_statement line has keys {sorted(row)}")
                ns = row["not_statement"]
                if not isinstance(ns, str) or not ns.strip():
                    err(f"{where}: empty not_statement")
                elif ns not in text:
                    err(f"{where}: not_statement not in {doc}: {ns!r}")
                else:
                    if ns in nss[doc]:
                        err(f"{where}: duplicate not_statement {ns!r}")
                    nss[doc].append(ns)
                continue
            missing = STMT_KEYS - set(row)
            extra = set(row) - STMT_KEYS - {"group"}
            if missing or extra:
                err(f"{where}: missing {sorted(missing)} / unknown {sorted(extra)} keys")
                continue
            row["_line"] = n
            if row["kind"] not in KINDS:
                err(f"{where}: bad kind {row['kind']!r}")
            c, s, e = row["content"], row["start"], row["end"]
            if not isinstance(c, str) or not c or c != c.strip():
                err(f"{where}: content empty or with outer whitespace")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: bad offsets {s}-{e}")
            elif text[s:e] != c:
                err(f"{where}: text[{s}:{e}] = {text[s:e][:50]!r} != content {c[:50]!r}")
            if not isinstance(row["optional"], bool):
                err(f"{where}: optional must be bool")
            if row["cue"] is not None and (not isinstance(row["cue"], str) or not row["cue"].strip()):
                err(f"{where}: cue must be a non-empty string or null")
            spk = row["speaker"]
            if spk is None:
                if not row["optional"]:
                    err(f"{where}: speaker null on a scored line")
            elif not isinstance(spk, dict) or set(spk) != {"text", "name", "anonymous"}:
                err(f"{where}: speaker must have exactly text, name, anonymous")
            else:
                if not isinstance(spk["text"], str) or not spk["text"] or spk["text"] not in text:
                    err(f"{where}: speaker mention not in {doc}: {spk['text']!r}")
                if not isinstance(spk["name"], str) or not spk["name"].strip():
                    err(f"{where}: speaker name empty")
                if not isinstance(spk["anonymous"], bool):
                    err(f"{where}: speaker.anonymous must be bool")
            if "group" in row and (not isinstance(row["group"], str) or not row["group"]):
                err(f"{where}: bad group")
            stmts[doc].append(row)
    for doc in texts:
        if not stmts[doc]:
            err(f"{doc}: no statement lines")
    for doc, rows in stmts.items():
        text, names = texts[doc], set(nss[doc])
        seen = set()
        for r in rows:
            key = (r["start"], r["end"])
            if key in seen:
                err(f"gold.jsonl:{r['_line']}: duplicate span {key} in {doc}")
            seen.add(key)
        for a in rows:
            for b in rows:
                if a is b or not (a["start"] < b["end"] and b["start"] < a["end"]):
                    continue
                nested = (a["start"] <= b["start"] and b["end"] <= a["end"]) or \
                         (b["start"] <= a["start"] and a["end"] <= b["end"])
                if not nested:
                    err(f"gold.jsonl:{a['_line']}/{b['_line']}: spans overlap without nesting in {doc}")
        units = defaultdict(list)
        for r in rows:
            units[r.get("group") or ("#", r["_line"])].append(r)
        for gid, pieces in units.items():
            pieces.sort(key=lambda r: r["start"])
            first = pieces[0]
            if isinstance(gid, str):
                if len(pieces) < 2:
                    err(f"gold.jsonl:{first['_line']}: group {gid!r} in {doc} has a single piece")
                for p in pieces[1:]:
                    for k in ("kind", "speaker", "cue", "optional"):
                        if p[k] != first[k]:
                            err(f"gold.jsonl:{p['_line']}: group {gid!r} in {doc}: {k} differs between pieces")
                for p, q in zip(pieces, pieces[1:]):
                    if q["start"] < p["end"]:
                        err(f"gold.jsonl:{q['_line']}: group {gid!r} pieces overlap")
            joined = " ".join(p["content"] for p in pieces)
            kind, line = first["kind"], first["_line"]
            if kind == "mixed" and not any(ch in joined for ch in QUOTE_CHARS):
                err(f"gold.jsonl:{line}: mixed without quotation marks: {joined[:60]!r}")
            if kind == "indirect":
                bad = [m.group(0) for m in QUOTED.finditer(joined) if next(g for g in m.groups() if g is not None) not in names]
                rest = QUOTED.sub("", joined)
                if bad or any(ch in rest for ch in QUOTE_CHARS):
                    err(f"gold.jsonl:{line}: indirect with quotation marks not around a not_statement name: {bad or joined[:60]!r}")
            if kind == "direct":
                for p in pieces:
                    if p["content"][0] in "«„“\"—" or p["content"].endswith(("»,", "“,", ", —")):
                        err(f"gold.jsonl:{p['_line']}: direct content keeps an enclosing mark or dash: {p['content'][:40]!r}")
    n_st = sum(len(v) for v in stmts.values())
    for m in errors:
        print("ERROR", m)
    print(f"check.py: {len(texts)} documents, {n_st} statement lines, {sum(len(v) for v in nss.values())} "
          f"not_statement lines, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
