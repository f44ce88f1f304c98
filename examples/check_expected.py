#!/usr/bin/env python3
"""Verify examples/expected.json against examples/corpus/.

Checks: every {"doc", "quote"|"text"} entry is an exact substring of the named
document body (the text after the front matter, or the "text" field of a JSON
Lines post addressed as "channel-posts.jsonl#N", 1-based); counts.documents
matches; front matter is well formed; URLs use .example domains; every body is
60-250 words; the planted exact/near copies really are copies.
Usage: python3 examples/check_expected.py   (exit status 0 = pass)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KEYS = {"published", "source", "title", "url", "author", "reposted_from"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
URL = re.compile(r"^https://[a-z0-9.-]+\.example(/|$)")
errors = []


def parse_txt(path):
    raw = open(path, encoding="utf-8").read()
    if not raw.startswith("---\n"):
        errors.append(f"{path}: no front matter")
        return {}, raw
    head, sep, body = raw[4:].partition("\n---\n")
    if not sep:
        errors.append(f"{path}: front matter not closed")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta, body


def check_meta(name, meta):
    for k in meta:
        if k not in KEYS:
            errors.append(f"{name}: unknown key {k!r}")
    for k in ("published", "source", "url"):
        if not meta.get(k):
            errors.append(f"{name}: missing {k}")
    if meta.get("published") and not DATE.match(meta["published"]):
        errors.append(f"{name}: bad published {meta['published']!r}")
    if meta.get("url") and not URL.match(meta["url"]):
        errors.append(f"{name}: url not on a .example domain: {meta['url']}")


docs = {}
for fn in sorted(os.listdir(CORPUS)):
    p = os.path.join(CORPUS, fn)
    if fn.endswith(".txt"):
        meta, body = parse_txt(p)
        check_meta(fn, meta)
        docs[fn[:-4]] = body
    elif fn.endswith(".jsonl"):
        with open(p, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    continue
                o = json.loads(line)
                name = f"{fn}#{i}"
                check_meta(name, {k: v for k, v in o.items() if k not in ("text", "lang")})
                if o.get("lang") != "en":
                    errors.append(f"{name}: lang must be 'en'")
                docs[name] = o["text"]

for name, body in docs.items():
    n = len(body.split())
    if not 60 <= n <= 250:
        errors.append(f"{name}: {n} words (want 60-250)")

exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
checked = 0


def walk(node, path):
    global checked
    if isinstance(node, dict):
        if "doc" in node and ("quote" in node or "text" in node):
            s = node.get("quote", node.get("text"))
            if node["doc"] not in docs:
                errors.append(f"{path}: unknown doc {node['doc']!r}")
            elif s not in docs[node["doc"]]:
                errors.append(f"{path}: not a substring of {node['doc']}: {s!r}")
            checked += 1
        for k, v in node.items():
            walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]")


walk(exp, "$")

if exp["counts"]["documents"] != len(docs):
    errors.append(f"counts.documents={exp['counts']['documents']} but corpus has {len(docs)}")

for r in exp["propagation"]["repeats"]:
    if "copy_of" not in r:
        continue
    orig, copy = docs.get(r["copy_of"], "").strip(), docs.get(r["doc"], "").strip()
    if r["how"] == "exact" and orig != copy:
        errors.append(f"{r['doc']}: marked exact copy of {r['copy_of']} but text differs")
    if r["how"] == "near" and (orig == copy or not copy.startswith("REPOST from")):
        errors.append(f"{r['doc']}: near copy should differ and start with 'REPOST from'")

for s in exp["speakers"]:
    for m in s["mentions"]:
        if not any(m in docs.get(d, "") for d in s["docs"]):
            errors.append(f"speaker {s['name']}: mention {m!r} not found in its docs")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(docs)} documents, {checked} quotes checked")
