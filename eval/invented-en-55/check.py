#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ for this corpus. Exits 1 on any error (CC0 1.0)."""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, 'docs')
QUOTES = '"“”«»„'
KINDS = {'direct', 'indirect', 'mixed'}
ST_KEYS = {'doc', 'kind', 'content', 'start', 'end', 'speaker', 'cue', 'optional'}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for fn in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, fn)
    if fn.endswith('.txt'):
        raw = open(path, 'rb').read()
        if b'\r' in raw:
            err(f'{fn}: contains CR (line ends must be LF)')
        try:
            texts[fn[:-4]] = raw.decode('utf-8')
        except UnicodeDecodeError:
            err(f'{fn}: not UTF-8')
    elif fn.endswith('.meta.json'):
        pass
    else:
        err(f'docs/{fn}: unexpected file')
for doc in texts:
    mp = os.path.join(DOCS, doc + '.meta.json')
    if not os.path.exists(mp):
        err(f'{doc}: missing meta.json')
        continue
    try:
        meta = json.load(open(mp, encoding='utf-8'))
    except Exception as e:  # noqa: BLE001
        err(f'{doc}: meta.json unreadable: {e}')
        continue
    if not isinstance(meta, dict) or set(meta) != {'published', 'lang'}:
        err(f'{doc}: meta.json must have exactly "published" and "lang"')
        continue
    if meta['lang'] != 'en':
        err(f'{doc}: lang must be "en"')
    if not isinstance(meta['published'], str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', meta['published']):
        err(f'{doc}: published must be YYYY-MM-DD')
    else:
        try:
            datetime.date.fromisoformat(meta['published'])
        except ValueError:
            err(f'{doc}: invalid date {meta["published"]}')
for fn in os.listdir(DOCS):
    if fn.endswith('.meta.json') and fn[:-10] not in texts:
        err(f'{fn}: meta without document')

spans = set()
nots = set()
groups = defaultdict(list)
n_st = n_ns = 0
docs_with_st = set()
with open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        where = f'gold.jsonl:{i}'
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f'{where}: bad JSON: {e}')
            continue
        doc = r.get('doc')
        if doc not in texts:
            err(f'{where}: unknown doc {doc!r}')
            continue
        text = texts[doc]
        if 'not_statement' in r:
            n_ns += 1
            if set(r) != {'doc', 'not_statement'}:
                err(f'{where}: not_statement line has extra keys')
            ns = r['not_statement']
            if not isinstance(ns, str) or not ns.strip() or ns not in text:
                err(f'{where}: not_statement not found in text: {ns!r}')
            if (doc, ns) in nots:
                err(f'{where}: duplicate not_statement {ns!r}')
            nots.add((doc, ns))
            continue
        n_st += 1
        docs_with_st.add(doc)
        missing = ST_KEYS - set(r)
        extra = set(r) - ST_KEYS - {'group'}
        if missing or extra:
            err(f'{where}: missing {sorted(missing)} / unexpected {sorted(extra)} keys')
            continue
        kind, content, s, e = r['kind'], r['content'], r['start'], r['end']
        if kind not in KINDS:
            err(f'{where}: bad kind {kind!r}')
        if not isinstance(content, str) or not content or content != content.strip():
            err(f'{where}: content empty or padded with whitespace')
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f'{where}: bad offsets {s}-{e}')
            continue
        if text[s:e] != content:
            err(f'{where}: text[start:end] != content ({text[s:e]!r} vs {content!r})')
        has_q = any(c in QUOTES for c in content)
        if kind == 'mixed' and not has_q:
            err(f'{where}: mixed statement without quotation marks')
        if kind == 'indirect' and has_q:
            err(f'{where}: indirect statement with quotation marks')
        if not isinstance(r['optional'], bool):
            err(f'{where}: optional must be bool')
        if r['cue'] is not None and (not isinstance(r['cue'], str) or not r['cue'].strip()):
            err(f'{where}: cue must be null or a non-empty string')
        sp = r['speaker']
        if sp is not None:
            if not isinstance(sp, dict) or set(sp) != {'text', 'name', 'anonymous'}:
                err(f'{where}: speaker must have exactly text, name, anonymous')
            else:
                if not isinstance(sp['text'], str) or not sp['text'] or sp['text'] not in text:
                    err(f'{where}: speaker mention not in text: {sp["text"]!r}')
                if not isinstance(sp['name'], str) or not sp['name'].strip():
                    err(f'{where}: speaker name missing')
                if not isinstance(sp['anonymous'], bool):
                    err(f'{where}: speaker.anonymous must be bool')
        elif not r['optional']:
            err(f'{where}: scored statement with null speaker')
        if (doc, s, e) in spans:
            err(f'{where}: duplicate span {s}-{e}')
        spans.add((doc, s, e))
        if (doc, content) in nots:
            err(f'{where}: statement content also listed as not_statement')
        if 'group' in r:
            if not isinstance(r['group'], str) or not r['group']:
                err(f'{where}: group must be a non-empty string')
            groups[(doc, r['group'])].append((i, r))

# not_statement lines may precede or follow statements of the same doc: re-check both ways
with open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        r = json.loads(line)
        if 'kind' in r and (r['doc'], r['content']) in nots:
            err(f'gold.jsonl:{i}: statement content equals a not_statement span')

for (doc, g), pieces in groups.items():
    if len(pieces) < 2:
        err(f'{doc} group {g}: only one piece')
        continue
    rs = [r for _, r in pieces]
    for key in ('kind', 'optional', 'cue'):
        if len({json.dumps(r[key]) for r in rs}) != 1:
            err(f'{doc} group {g}: pieces differ in {key}')
    names = {(r['speaker'] or {}).get('name') for r in rs}
    anons = {(r['speaker'] or {}).get('anonymous') for r in rs}
    if len(names) != 1 or len(anons) != 1:
        err(f'{doc} group {g}: pieces differ in speaker')
    rs.sort(key=lambda r: r['start'])
    for a, b in zip(rs, rs[1:]):
        if b['start'] < a['end']:
            err(f'{doc} group {g}: pieces overlap')

for doc in texts:
    if doc not in docs_with_st:
        err(f'{doc}: no statements in gold')

for m in errors:
    print('ERROR', m)
print(f'{len(texts)} documents, {n_st} statement lines, {n_ns} not_statement lines, '
      f'{len(groups)} groups: {len(errors)} errors')
sys.exit(1 if errors else 0)
