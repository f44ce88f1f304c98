#!/usr/bin/env python3
"""Validate gold.jsonl of invented-en-31 against docs/ (CC0 1.0). Exit 1 on any error."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, 'docs')
KINDS = {'direct', 'indirect', 'mixed'}
QUOTES = '"\u201c\u201d\u00ab\u00bb\u2018'   # ASCII ' and U+2019 are apostrophes, not quote marks
STMT_KEYS = {'doc', 'kind', 'content', 'start', 'end', 'speaker', 'cue', 'optional'}
errors = []


def err(msg):
    errors.append(msg)


texts = {}
for fn in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, fn)
    if fn.endswith('.txt'):
        raw = open(path, 'rb').read()
        if b'\r' in raw:
            err(f'{fn}: CR line ends')
        try:
            texts[fn[:-4]] = raw.decode('utf-8')
        except UnicodeDecodeError:
            err(f'{fn}: not UTF-8')
for doc in texts:
    mp = os.path.join(DOCS, doc + '.meta.json')
    if not os.path.exists(mp):
        err(f'{doc}: missing meta.json')
        continue
    meta = json.load(open(mp, encoding='utf-8'))
    if set(meta) != {'published', 'lang'}:
        err(f'{doc}: meta keys {sorted(meta)}')
    if not re.fullmatch(r'\d{4}-\d\d-\d\d', str(meta.get('published', ''))):
        err(f'{doc}: bad published date')
    if meta.get('lang') != 'en':
        err(f'{doc}: lang must be en')
    n = len([w for w in texts[doc].split() if re.search(r'\w', w)])
    if not 230 <= n <= 300:
        err(f'{doc}: {n} words (expected 230-300)')
if sorted(texts) != [f'e{i:02d}' for i in range(1, 25)]:
    err(f'documents are not e01..e24: {sorted(texts)}')

seen, groups, nstmt, nns = set(), {}, 0, 0
docs_with_stmt = set()
for ln, line in enumerate(open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8'), 1):
    where = f'gold.jsonl:{ln}'
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        err(f'{where}: bad JSON ({e})')
        continue
    doc = row.get('doc')
    if doc not in texts:
        err(f'{where}: unknown doc {doc!r}')
        continue
    text = texts[doc]
    if 'not_statement' in row:
        nns += 1
        if set(row) != {'doc', 'not_statement'}:
            err(f'{where}: not_statement line has extra keys')
        if not row['not_statement'] or row['not_statement'] not in text:
            err(f'{where}: not_statement span not in text')
        continue
    nstmt += 1
    docs_with_stmt.add(doc)
    missing = STMT_KEYS - set(row)
    extra = set(row) - STMT_KEYS - {'group'}
    if missing or extra:
        err(f'{where}: missing {sorted(missing)} extra {sorted(extra)}')
        continue
    kind, content, s, e = row['kind'], row['content'], row['start'], row['end']
    if kind not in KINDS:
        err(f'{where}: bad kind {kind!r}')
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        err(f'{where}: bad offsets')
        continue
    if text[s:e] != content:
        err(f'{where}: text[{s}:{e}]={text[s:e]!r} != content {content!r}')
    if content != content.strip():
        err(f'{where}: content has outer whitespace')
    has_q = any(q in content for q in QUOTES)
    if kind == 'mixed' and not has_q:
        err(f'{where}: mixed without quotation marks')
    if kind == 'indirect' and has_q:
        err(f'{where}: indirect with quotation marks')
    if not isinstance(row['optional'], bool):
        err(f'{where}: optional not bool')
    if row['cue'] is not None and (not isinstance(row['cue'], str) or not row['cue']):
        err(f'{where}: bad cue')
    spk = row['speaker']
    if spk is not None:
        if not isinstance(spk, dict) or set(spk) != {'text', 'name', 'anonymous'}:
            err(f'{where}: bad speaker object')
        else:
            if not spk['text'] or spk['text'] not in text:
                err(f'{where}: speaker mention {spk["text"]!r} not in text')
            if not spk['name'] or not isinstance(spk['anonymous'], bool):
                err(f'{where}: speaker name/anonymous invalid')
    elif not row['optional']:
        err(f'{where}: null speaker on a scored line')
    key = (doc, s, e)
    if key in seen:
        err(f'{where}: duplicate span')
    seen.add(key)
    if 'group' in row:
        groups.setdefault((doc, row['group']), []).append(row)

for (doc, g), rows in groups.items():
    if len(rows) < 2:
        err(f'{doc} group {g}: only one piece')
    if len({r['kind'] for r in rows}) != 1 or len({r['optional'] for r in rows}) != 1:
        err(f'{doc} group {g}: pieces differ in kind/optional')
    if len({json.dumps(r['speaker'], sort_keys=True) for r in rows}) != 1:
        err(f'{doc} group {g}: pieces differ in speaker')
    rows = sorted(rows, key=lambda r: r['start'])
    for a, b in zip(rows, rows[1:]):
        if a['end'] > b['start']:
            err(f'{doc} group {g}: pieces overlap')
for doc in texts:
    if doc not in docs_with_stmt:
        err(f'{doc}: no statements')

for m in errors:
    print('ERROR', m)
print(f'{len(texts)} documents, {nstmt} statement lines, {nns} not_statement lines, {len(errors)} errors')
sys.exit(1 if errors else 0)
