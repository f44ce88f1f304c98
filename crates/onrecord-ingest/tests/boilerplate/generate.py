#!/usr/bin/env python3
"""Writes the boilerplate-removal reference pages: NAME.html beside NAME.expected.txt.

The article bodies are onrecord's own invented texts (examples/corpus) plus three invented
Cyrillic articles below; the page furniture (menus, cookie banners, share bars, ads, related
links, comments, footers) is written here in eight layouts modelled on common news-site shapes.
Run from the repository root: python3 crates/onrecord-ingest/tests/boilerplate/generate.py
The expected text is the article body only: no headline, byline, captions or furniture.
"""
import html, os, pathlib, random

ROOT = pathlib.Path(__file__).resolve().parents[4]
OUT = pathlib.Path(__file__).resolve().parent
CORPUS = ROOT / "examples" / "corpus"

def read_corpus(path):
    text = path.read_text(encoding="utf-8")
    meta = {}
    if text.startswith("---\n"):
        head, body = text[4:].split("\n---\n", 1)
        for line in head.splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    else:
        body = text
    paras = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return meta, paras

CYRILLIC = [
    ("ru-1251", "windows-1251", "ru", "Северный вестник", "Переговоры в Вене снова отложены", "2025-06-12T09:40:00+03:00", "Ирина Волкова", [
        "Очередной раунд переговоров в Вене перенесён на следующую неделю, сообщил в четверг представитель министерства иностранных дел.",
        "«Мы готовы продолжать диалог, но не на любых условиях», — заявил он журналистам, добавив, что делегация останется в городе до понедельника.",
        "По словам источника, знакомого с ходом встреч, стороны так и не договорились о линии разграничения у Дунхольта и о сроках обмена пленными.",
        "Наблюдатели отмечают, что за последние сутки обстрелы у переправы усилились, однако проверить сообщения обеих сторон пока невозможно.",
    ]),
    ("ru-koi8", "koi8-r", "ru", "Степной телеграф", "Мэр Сарна объявил эвакуацию", "2025-06-14T18:05:00+03:00", "Олег Сарин", [
        "Мэр Сарна объявил о частичной эвакуации жителей прибрежных кварталов после ночного удара по электростанции.",
        "Как сообщили в городской администрации, автобусы будут отправляться каждые два часа с центральной площади, а пункты обогрева открыты в трёх школах.",
        "\"Ситуация сложная, но под контролем\", - сказал мэр на брифинге. По его словам, без света остаются около 40 тысяч человек.",
        "Ранее региональные власти заявляли, что ремонт займёт не меньше недели.",
    ]),
    ("uk-utf8", "utf-8", "uk", "Вісник Узбережжя", "У Сарні відновили водопостачання", "2025-06-16T07:30:00+03:00", "Марія Ковальчук", [
        "У Сарні частково відновили водопостачання після нічної аварії на насосній станції, повідомили в міській раді.",
        "«Ми працюємо цілодобово, і до вечора вода має бути в усіх районах», — заявив заступник міського голови журналістам.",
        "За його словами, ремонтні бригади вже замінили пошкоджену ділянку труби, а підвезення води триває у трьох мікрорайонах.",
        "Мешканців просять не набирати воду про запас, щоб не створювати перепадів тиску в мережі.",
    ]),
]

def e(s):
    return html.escape(s, quote=True)

def cookie(rng):
    return rng.choice([
        '<div id="cookie-banner" class="cookie-consent"><p>We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. By continuing to browse, you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>',
        '<div class="gdpr-overlay" role="dialog"><h2>Your privacy matters to us</h2><p>We and our 214 partners store and access information on your device, such as cookies, for personalised advertising, measurement and audience insights.</p><a href="/privacy">Privacy policy</a></div>',
    ])

def nav(site):
    items = ["World", "Politics", "Conflict", "Economy", "Opinion", "Video", "Podcasts", "Newsletters"]
    return '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/{i.lower()}">{i}</a></li>' for i in items) + '</ul></nav>'

def related(rng, heading="Related stories"):
    titles = rng.sample([
        "Night of drones: what we know about the attack on the port",
        "Analysis: why the ceasefire talks keep stalling in Vienna",
        "Explainer: the three roads into Dunholt and who holds them",
        "Aid convoys wait for days at the northern checkpoint",
        "Opinion: the long winter ahead for the grid",
        "Refugees describe crossing the river at night under fire",
        "Markets shrug off new sanctions package, for now",
        "Interview: a field medic on six months at the front",
    ], 4)
    return f'<aside class="related-articles"><h3>{heading}</h3><ul>' + "".join(f'<li><a href="/story/{i}">{e(t)}</a></li>' for i, t in enumerate(titles)) + '</ul></aside>'

def comments(rng):
    people = ["grey_owl", "Mariner1979", "Tomas K.", "justasking", "Eleni P."]
    bodies = [
        "This is the third time this month the same claim has been made, and every time it turns out to be exaggerated. Where is the evidence, exactly, and why does nobody ask for it?",
        "Thank you for the careful reporting. It is rare to see both sides quoted at length, with the caveats spelled out.",
        "I live forty kilometres from there and we heard the explosions all night long. Nobody tells us anything, as usual.",
        "The minister said the opposite last week, if I remember correctly. Somebody should put the two statements side by side.",
    ]
    out = '<section id="comments" class="comments-area"><h3>' + str(rng.randint(12, 240)) + ' comments</h3><ol class="comment-list">'
    for body in rng.sample(bodies, 3):
        out += f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b>{rng.choice(people)}</b> <time datetime="2025-06-20T10:00">3 hours ago</time></footer><div class="comment-content"><p>{e(body)}</p></div><a class="reply" href="#">Reply</a></article></li>'
    return out + '</ol><form class="comment-form"><textarea>Write a comment</textarea><button>Post</button></form></section>'

def share():
    return '<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a><a href="#">Email</a><a href="#">Copy link</a></div>'

def footer(site):
    return f'<footer class="site-footer"><div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/jobs">Careers</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></div><p>© 2025 {e(site)}. All rights reserved. Reproduction without permission is prohibited.</p></footer>'

def newsletter():
    return '<div class="newsletter-signup"><h4>The morning briefing</h4><p>Get the day\'s most important conflict reporting in your inbox, every weekday at 7am.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'

def head(a, charset="utf-8", extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{a["lang"]}"><head><meta charset="{charset}">\n'
            f'<title>{e(a["title"])} | {e(a["site"])}</title>\n'
            f'<meta property="og:title" content="{e(a["title"])}">\n<meta property="og:site_name" content="{e(a["site"])}">\n'
            f'<link rel="canonical" href="{e(a["url"])}">\n<meta property="article:published_time" content="{a["published"]}">\n'
            f'<meta name="author" content="{e(a["author"])}">\n{extra}'
            '<link rel="stylesheet" href="/static/site.css"><script src="/static/analytics.js"></script>\n'
            '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>\n'
            '<style>.hidden{display:none} body{font-family:serif}</style></head>\n')

def paras_html(paras, rng, ad_every=0, readmore=False):
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{e(p)}</p>")
        if ad_every and i % ad_every == ad_every - 1 and i < len(paras) - 1:
            out.append(rng.choice([
                '<div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1" class="adslot"></div></div>',
                '<div class="inline-promo"><a href="/subscribe">Support independent reporting from the front line. Subscribe from 1 a month.</a></div>',
            ]))
        if readmore and i == 1:
            out.append('<p class="read-also"><strong>Read more:</strong> <a href="/story/99">Earlier clashes near the river crossing left the bridge impassable</a></p>')
    return "\n".join(out)

# Layout 1: wire service, semantic HTML5
def layout_wire(a, rng):
    return (head(a) + '<body class="article-page">' + cookie(rng) + '<header class="site-header"><a class="logo" href="/">' + e(a["site"]) + '</a>' + nav(a["site"]) + '</header>\n'
        + '<main id="main-content"><article class="story">\n<header class="story-header"><h1>' + e(a["title"]) + '</h1><p class="byline">By <a rel="author" href="/authors/x">' + e(a["author"]) + '</a></p><time datetime="' + a["published"] + '">June 2025</time></header>\n'
        + share() + '\n<div class="story-body">\n' + paras_html(a["paras"], rng, ad_every=2) + '\n</div>\n'
        + '<div class="tags"><a href="/t/conflict">Conflict</a> <a href="/t/diplomacy">Diplomacy</a></div>' + share() + '</article>\n' + related(rng) + '</main>\n'
        + comments(rng) + footer(a["site"]) + '</body></html>\n')

# Layout 2: WordPress-style blog with widgets
def layout_blog(a, rng):
    widget_about = '<section class="widget widget_text"><h2 class="widget-title">About this blog</h2><div class="textwidget"><p>Independent notes on the war, written by volunteers since 2022. We check what we can and say so when we cannot, and we correct our mistakes in public.</p></div></section>'
    recent = '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>' + "".join(f'<li><a href="/p/{i}">Sitrep {i}: overnight strikes, river crossings and a quiet morning in the south</a></li>' for i in range(5)) + '</ul></section>'
    return (head(a) + '<body class="post-template-default single single-post">\n<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        + '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">' + e(a["site"]) + '</a></p><p class="site-description">Notes from the grey zone</p></div>' + nav(a["site"]) + '</header>\n'
        + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n<article id="post-1" class="post type-post status-publish">\n'
        + '<header class="entry-header"><h1 class="entry-title">' + e(a["title"]) + '</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="' + a["published"] + '">June 2025</time></span> <span class="byline">by ' + e(a["author"]) + '</span></div></header>\n'
        + '<div class="entry-content">\n' + paras_html(a["paras"], rng, readmore=True) + '\n<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>'
        + '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/p/7">Earlier: the Kolvash bridge question</a></p></div></div>\n'
        + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/sitreps">Sitreps</a></span></footer></article>\n'
        + '<nav class="navigation post-navigation"><a href="/prev">Previous post: Sitrep, the night before</a> <a href="/next">Next post: Sitrep, the morning after</a></nav>\n'
        + comments(rng) + '</main></div>\n<aside id="secondary" class="widget-area">' + widget_about + recent + '</aside></div>\n' + footer(a["site"]) + '</div></body></html>\n')

# Layout 3: div soup with meaningless class names
def layout_soup(a, rng):
    links = "".join(f'<div class="k2"><a href="/x/{i}">{t}</a></div>' for i, t in enumerate(["Top stories", "Latest", "Front line map", "Live updates", "In pictures", "Weather"]))
    side = '<div class="q7"><div class="q8">Most popular</div>' + "".join(f'<div class="q9"><a href="/m/{i}">{t}</a></div>' for i, t in enumerate(["Strikes hit the port overnight, officials report damage", "What the minister really said about the pull-back", "Ten photos from the evacuation of the coastal districts", "The grain deal, explained in five questions"])) + '</div>'
    body = "".join(f'<div class="t4">{e(p)}</div>' if i % 2 else f'<p class="t5">{e(p)}</p>' for i, p in enumerate(a["paras"]))
    return (head(a) + '<body><div class="w0"><div class="k1">' + links + '</div>\n<div class="r1"><div class="c3"><div class="h9">' + e(a["title"]) + '</div><div class="d2">' + e(a["author"]) + ' · 12 June 2025</div>\n'
        + '<div class="b7">' + body + '</div>\n<div class="s5"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Send</a></div></div>\n'
        + '<div class="c4">' + side + '</div></div>\n<div class="f1"><a href="/">Home</a> | <a href="/rss">RSS</a> | <a href="/contacts">Contacts</a> | © ' + e(a["site"]) + '</div></div></body></html>\n')

# Layout 4: portal with a table layout and <br><br> paragraphs
def layout_table(a, rng, charset="utf-8"):
    menu = "".join(f'<a href="/r/{i}">{t}</a><br>' for i, t in enumerate(a.get("menu", ["News", "Analysis", "Front", "Archive", "Forum", "Contacts"])))
    body = "<br><br>\n".join(e(p) for p in a["paras"])
    return (head(a, charset, f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' if a.get("declare", True) else "")
        + '<body bgcolor="#ffffff"><table width="100%" border="0"><tr><td colspan="2" class="top"><font size="5">' + e(a["site"]) + '</font></td></tr>\n'
        + '<tr><td width="180" valign="top" class="leftmenu">' + menu + '</td>\n<td valign="top" class="main"><h1>' + e(a["title"]) + '</h1>\n<font face="Arial" size="2">' + body + '</font>\n'
        + '<div class="social-links"><a href="#">VK</a> <a href="#">OK</a> <a href="#">Telegram</a></div></td></tr>\n'
        + '<tr><td colspan="2" class="bottom"><small>' + e(a.get("copyright", "All rights reserved.")) + '</small></td></tr></table></body></html>\n')

# Layout 5: think-tank report with subheads, a quote box, a bio and a signup form
def layout_report(a, rng):
    paras = list(a["paras"])
    body = []
    for i, p in enumerate(paras):
        if i == 2 and len(paras) > 4:
            body.append("<h2>What comes next</h2>")
            a["expected_extra"].insert(i, "What comes next")
        body.append(f"<p>{e(p)}</p>")
    return (head(a) + '<body><div class="page-wrapper has-sidebar"><header role="banner"><div class="brand">' + e(a["site"]) + '</div>' + nav(a["site"]) + '<form role="search"><input name="q"></form></header>\n'
        + '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/research">Research</a> › <a href="/research/commentary">Commentary</a></div>\n'
        + '<div class="layout"><div class="report-content"><h1>' + e(a["title"]) + '</h1><div class="report-meta"><span class="author">' + e(a["author"]) + '</span>, Senior Fellow · <span class="date">June 2025</span> · 6 min read</div>\n'
        + "\n".join(body) + '\n<div class="author-bio"><img src="/a.jpg" alt=""><p>' + e(a["author"]) + ' is a senior fellow in the security programme. Previously she worked for a decade as a correspondent in the region.</p></div>\n'
        + '<div class="footnotes-nav"><a href="#top">Back to top</a></div></div>\n<aside class="sidebar"><div class="widget"><h3>Related research</h3><ul><li><a href="/r/1">Deterrence on the cheap: drones and the new front line</a></li><li><a href="/r/2">The economics of a frozen conflict</a></li></ul></div>' + newsletter() + '</aside></div>\n'
        + footer(a["site"]) + '</div></body></html>\n')

# Layout 6: modern news app: JSON-LD, figures, hidden elements, modal, most-read
def layout_app(a, rng):
    ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","author":[{"@type":"Person","name":%s}],"publisher":{"@type":"Organization","name":%s}}' % (
        json_str(a["title"]), a["published"], json_str(a["author"]), json_str(a["site"]))
    paras = a["paras"]
    fig = '<figure class="media"><img src="/img/1.jpg" alt="A damaged bridge"><figcaption>The damaged bridge on Tuesday. Photo: Staff photographer</figcaption></figure>'
    body = ""
    for i, p in enumerate(paras):
        body += f'<div class="paragraph" data-block="p"><p>{e(p)}</p></div>\n'
        if i == 0:
            body += fig + "\n"
        if i == 2:
            body += '<div aria-hidden="true" class="visually-hidden-ad">Sponsored content continues below the fold</div>\n'
    most = '<section class="most-read"><h2>Most read</h2><ol>' + "".join(f'<li><a href="/n/{i}"><span class="rank">{i+1}</span> {t}</a></li>' for i, t in enumerate(["Overnight strikes cut power to half the city", "Minister denies rift with army chief", "How the evacuation buses are organised", "Live: the second day of talks in Vienna"])) + '</ol></section>'
    return (head(a, extra=f'<script type="application/ld+json">{ld}</script>\n') + '<body><div id="root"><div class="app-shell">'
        + '<div class="top-bar"><a href="/">' + e(a["site"]) + '</a><button class="menu-toggle">Menu</button><a class="subscribe-button" href="/subscribe">Subscribe</a></div>\n'
        + '<div class="article-container"><div class="headline-block"><span class="kicker">War in the east</span><h1>' + e(a["title"]) + '</h1><div class="article-byline">' + e(a["author"]) + '</div></div>\n'
        + '<div class="article-text">' + body + '</div>\n' + share() + '</div>\n' + most + '\n'
        + '<div class="modal newsletter-modal" style="display: none"><p>Don\'t miss a story. Sign up for breaking news alerts and our weekly digest of the best reporting.</p></div>\n'
        + '<div class="comments-container"><p>Comments are loading…</p></div>' + footer(a["site"]) + '</div></div>'
        + '<script>window.__STATE__ = {"article": {"body": "duplicate body should not appear"}};</script></body></html>\n')

# Layout 7: agency page with an in-body related box and a live ticker
def layout_agency(a, rng):
    paras = a["paras"]
    mid = max(1, len(paras) // 2)
    ticker = '<div class="ticker"><span>LIVE</span> <a href="/l/1">Sirens in the capital</a> · <a href="/l/2">Rail line reopened</a> · <a href="/l/3">New figures on the wounded</a></div>'
    box = '<div class="inline-related"><span>See also</span><ul><li><a href="/s/1">Timeline: five days that changed the front line</a></li><li><a href="/s/2">Who commands the northern group</a></li></ul></div>'
    return (head(a) + '<body>' + ticker + '<div class="header"><div class="logo">' + e(a["site"]) + '</div>' + nav(a["site"]) + '</div>\n'
        + '<div class="container"><div class="col-main"><h1 class="title">' + e(a["title"]) + '</h1><div class="dateline">' + e(a["author"]) + ', June 2025</div>\n<div class="text">'
        + paras_html(paras[:mid], rng) + box + paras_html(paras[mid:], rng) + '</div>\n<p class="copyright-note">© ' + e(a["site"]) + '. Republication only with a link to the source.</p></div>\n'
        + '<div class="col-side">' + related(rng, "Latest news") + newsletter() + '</div></div>\n' + footer(a["site"]) + '</body></html>\n')

# Layout 8: print-friendly page with a long navigation and little furniture
def layout_print(a, rng):
    return (head(a) + '<body><div id="skip"><a href="#article">Skip to article</a></div>'
        + '<div id="navigation">' + nav(a["site"]) + '<ul class="subnav">' + "".join(f'<li><a href="/region/{i}">{t}</a></li>' for i, t in enumerate(["North", "South", "East", "West", "Capital", "Abroad"])) + '</ul></div>\n'
        + '<div id="article"><h1>' + e(a["title"]) + '</h1>\n' + "\n".join(f"<p>{e(p)}</p>" for p in a["paras"]) + '\n</div>\n'
        + '<div id="print-footer"><p>Printed from ' + e(a["url"]) + '</p></div></body></html>\n')

# Layout 9: a short article under a long comment thread of long comments
def layout_longcomments(a, rng):
    long_comments = "".join(
        f'<div class="c-item"><div class="c-author">reader{i}</div><div class="c-text"><p>{e(t)}</p></div></div>'
        for i, t in enumerate([
            "I have followed this conflict since the very first week, and I must say that the pattern here is familiar: first a denial, then a partial admission, then a new version of events that nobody can check, while the people on the ground pay for every delay with their homes and their health.",
            "With respect to the previous commenter, the situation is more complicated than that. The supply lines along the river have been contested for months, and both sides have good reasons, military and political, to describe the same withdrawal in completely different words.",
            "Does anyone know whether the evacuation buses are still running from the central square? My parents are still there and the phone lines keep dropping every few hours, so any information at all would help us a great deal.",
            "This newspaper has published three contradictory stories about the same bridge in one week, and no correction has been printed for any of them, which says something about how carefully these claims are being checked before they go out.",
        ]))
    return (head(a) + '<body><div class="top">' + nav(a["site"]) + '</div><div class="wrap"><div class="story"><h1>' + e(a["title"]) + '</h1>\n'
        + "\n".join(f"<p>{e(p)}</p>" for p in a["paras"]) + '\n</div>\n<div class="discussion"><h3>Discussion</h3>' + long_comments + '</div></div>' + footer(a["site"]) + '</body></html>\n')

# Layout 10: the article split in two by a large promo block, halves in sibling containers
def layout_split(a, rng):
    paras = a["paras"]
    mid = max(1, len(paras) // 2)
    promo = '<div class="promo-block"><h3>Our coverage, in depth</h3><ul>' + "".join(f'<li><a href="/d/{i}">Deep dive {i}: the long road to the Vienna talks and what it means</a></li>' for i in range(6)) + '</ul></div>'
    return (head(a) + '<body>' + nav(a["site"]) + '<div class="page"><h1>' + e(a["title"]) + '</h1>\n<section class="body-part">'
        + "\n".join(f"<p>{e(p)}</p>" for p in paras[:mid]) + '</section>\n' + promo + '\n<section class="body-part">'
        + "\n".join(f"<p>{e(p)}</p>" for p in paras[mid:]) + '</section></div>\n' + footer(a["site"]) + '</body></html>\n')

# Layout 11: an essay page with a long prose "about the author" box and an editor's note
def layout_essay(a, rng):
    about = ('<div class="box"><h4>About the author</h4><p>' + e(a["author"]) + ' has reported from the region for over a decade, for newspapers, radio and television, and is the author of two books on the politics of the border provinces, one of which was shortlisted for a national prize.</p></div>')
    note = '<div class="box"><h4>Editor\'s note</h4><p>This essay is part of our series on the war\'s second year, in which writers from both sides of the front line reflect on what has changed and what has not.</p></div>'
    return (head(a) + '<body><div id="wrapper"><div id="top">' + nav(a["site"]) + '</div><div id="left"><h1>' + e(a["title"]) + '</h1>\n'
        + "\n".join(f"<p>{e(p)}</p>" for p in a["paras"]) + '\n</div><div id="right">' + about + note + '</div></div>' + footer(a["site"]) + '</body></html>\n')

import json
def json_str(s):
    return json.dumps(s, ensure_ascii=False)

LAYOUTS = [layout_wire, layout_blog, layout_soup, layout_table, layout_report, layout_app, layout_agency, layout_print]

def main():
    rng = random.Random(20250612)
    files = sorted(CORPUS.glob("*.txt"))[:22]
    extra = sorted(CORPUS.glob("*.txt"))[22:28]
    pages = []
    for i, path in enumerate(files):
        meta, paras = read_corpus(path)
        a = {"title": meta.get("title", path.stem), "site": meta.get("source", "News"), "published": meta.get("published", "2025-06-01") + (":00+02:00" if "T" in meta.get("published", "") else "T08:00:00+02:00"),
             "author": rng.choice(["Lena Ortis", "Tomas Brannik", "Ana Vell", "Petra Holm", "Jon Castell"]), "url": meta.get("url", f"https://news.example/{path.stem}"), "lang": "en", "paras": paras, "expected_extra": list(paras)}
        layout = LAYOUTS[i % len(LAYOUTS)]
        page = layout(a, rng)
        pages.append((f"{i+1:02d}-{layout.__name__[7:]}-{path.stem[3:]}", page, a["expected_extra"], "utf-8"))
    for k, path in enumerate(extra):
        meta, paras = read_corpus(path)
        a = {"title": meta.get("title", path.stem), "site": meta.get("source", "News"), "published": meta.get("published", "2025-06-01") + ":00+02:00",
             "author": rng.choice(["Lena Ortis", "Tomas Brannik", "Ana Vell"]), "url": meta.get("url", f"https://news.example/{path.stem}"), "lang": "en", "paras": paras, "expected_extra": list(paras)}
        layout = [layout_longcomments, layout_split, layout_essay][k % 3]
        pages.append((f"{26+k:02d}-{layout.__name__[7:]}-{path.stem[3:]}", layout(a, rng), a["expected_extra"], "utf-8"))
    for j, (name, charset, lang, site, title, published, author, paras) in enumerate(CYRILLIC):
        a = {"title": title, "site": site, "published": published, "author": author, "url": f"https://cyr.example/{name}", "lang": lang, "paras": paras, "expected_extra": list(paras),
             "menu": ["Новости", "Политика", "Фронт", "Экономика", "Архив", "Контакты"], "copyright": "Все права защищены. Перепечатка только со ссылкой.", "declare": charset != "koi8-r"}
        if charset == "utf-8":
            page = layout_wire(a, rng)
        else:
            page = layout_table(a, rng, charset)
            if charset == "koi8-r":
                page = page.replace('<meta charset="koi8-r">\n', '')
        pages.append((f"{23+j:02d}-{name}", page, a["expected_extra"], charset))
    for name, page, expected, charset in pages:
        (OUT / f"{name}.html").write_bytes(page.encode(charset))
        (OUT / f"{name}.expected.txt").write_text("\n\n".join(expected) + "\n", encoding="utf-8")
    print(f"wrote {len(pages)} pages to {OUT}")

if __name__ == "__main__":
    main()
