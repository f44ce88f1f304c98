//! Places: names of countries, regions and towns found in the text and resolved against the bundled
//! gazetteer, in any spelling it knows (Kiev/Kyiv/Київ/Киев), with "X region"/"X oblast" forms and
//! simple Russian/Ukrainian case endings.
//!
//! Owns name matching, the context rules that keep people ("Paris Keane") and common words out, and
//! the choice among places that share a name (the one near the document's other places wins). It
//! never edits the gazetteer.

use onrecord_model::PlaceRef;

use crate::gazetteer::{distance_km, fold, fold_into, gazetteer, Entry, PlaceKind};
use crate::text::{Kind, Token};

pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub place: PlaceRef,
}

/// Capitalised words that may stand right before a place name without making it part of a
/// person's or organisation's name.
pub(crate) const FUNCTION_CAPS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "the",
    "near",
    "to",
    "for",
    "and",
    "but",
    "of",
    "by",
    "with",
    "outside",
    "around",
    "across",
    "towards",
    "toward",
    "into",
    "as",
    "while",
    "after",
    "before",
    "since",
    "when",
    "both",
    "between",
    "over",
    "under",
    "south",
    "north",
    "east",
    "west",
    "central",
    "western",
    "eastern",
    "northern",
    "southern",
    "greater",
    "occupied",
    "liberated",
    "via",
    "through",
    "beyond",
    "inside",
    "within",
    "if",
    "though",
    "although",
    "unlike",
    "like",
    "meanwhile",
    "also",
    "even",
    "only",
    "all",
    "that",
    "where",
    "yesterday",
    "today",
    "then",
    "now",
    "said",
    "says",
    "a",
    "an",
    "his",
    "her",
    "their",
    "our",
    "its",
    "whole",
    "entire",
    "neighbouring",
    "neighboring",
    "against",
    "about",
    "off",
    "up",
    "down",
    "along",
    "beside",
    "besides",
    "behind",
    "until",
    "till",
    "during",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "frontline",
    "annexed",
    // Russian and Ukrainian prepositions and conjunctions, capitalised at a sentence start.
    "в",
    "во",
    "на",
    "у",
    "під",
    "под",
    "из",
    "із",
    "з",
    "зі",
    "с",
    "со",
    "к",
    "ко",
    "от",
    "від",
    "до",
    "над",
    "за",
    "біля",
    "около",
    "возле",
    "вблизи",
    "поблизу",
    "между",
    "між",
    "через",
    "после",
    "після",
    "перед",
    "и",
    "і",
    "й",
    "та",
    "а",
    "но",
    "але",
    "по",
    "при",
    "для",
    "о",
    "об",
    "про",
    "как",
    "як",
];

/// Words before a name that mark it as a place even when it is also a common word.
const PLACE_CUES: &[&str] = &[
    "in",
    "near",
    "from",
    "to",
    "at",
    "outside",
    "towards",
    "toward",
    "around",
    "into",
    "across",
    "via",
    "through",
    "of",
    "over",
    "between",
    "beyond",
    "inside",
    "reached",
    "entered",
    "captured",
    "shelled",
    "struck",
    "liberated",
    "occupied",
    "besieged",
    "city",
    "в",
    "во",
    "на",
    "у",
    "під",
    "под",
    "из",
    "із",
    "з",
    "с",
    "к",
    "от",
    "від",
    "до",
    "над",
    "біля",
    "около",
    "возле",
    "поблизу",
    "через",
];

/// Words after a name that mark it as a place.
const PLACE_AFTER: &[&str] = &[
    "region",
    "oblast",
    "direction",
    "axis",
    "sector",
    "province",
    "district",
    "front",
];

/// Words after a name that make it a military unit's name.
const UNIT_AFTER: &[&str] = &[
    "brigade",
    "regiment",
    "battalion",
    "corps",
    "division",
    "battalions",
    "brigades",
];

/// Titles and words after which a capitalised next word does not make the name a person's.
const TITLES_AFTER: &[&str] = &[
    "president",
    "mayor",
    "governor",
    "minister",
    "oblast",
    "region",
    "city",
    "regional",
    "military",
];

/// Russian/Ukrainian adjective endings of region names ("Курской области", "Харківській області").
const ADJ_ENDINGS: &[&str] = &[
    "ская",
    "ской",
    "скую",
    "ском",
    "ська",
    "ської",
    "ській",
    "ську",
    "ському",
    "ськ",
    "ая",
    "ой",
    "ую",
    "ом",
    "ому",
    "ої",
    "ій",
    "ий",
    "ый",
    "а",
    "у",
];

/// `ADJ_ENDINGS` folded, shortest first, so the longest stem is tried first ("Покровск|ом" before
/// "Покров|ском").
fn adj_endings() -> &'static [String] {
    static CELL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let mut endings: Vec<String> = ADJ_ENDINGS.iter().map(|e| fold(e)).collect();
        endings.sort_by_key(|e| e.chars().count());
        endings
    })
}

/// What a region adjective's stem may need to become its city's name ("Запорож|ской" →
/// "Запорожье").
const ADJ_STEM_ADDS: &[&str] = &["", "ь", "а", "ье", "я"];

/// Russian/Ukrainian case endings tried when a Cyrillic name is not found as written.
const CASE_ENDINGS: &[(&str, &str)] = &[
    ("е", ""),
    ("у", ""),
    ("а", ""),
    ("ом", ""),
    ("ем", ""),
    ("і", ""),
    ("ой", "а"),
    ("е", "а"),
    ("у", "а"),
    ("ы", "а"),
    ("і", "а"),
    ("и", "а"),
    ("ю", "я"),
    ("е", "ь"),
    ("я", "ь"),
    // Ukrainian і/о and ї/є alternations: Харків → Харкова, Харкові; Київ → Києва, Києві;
    // Дніпро → Дніпрі.
    ("ова", "ів"),
    ("ові", "ів"),
    ("овом", "ів"),
    ("єва", "ів"),
    ("єві", "ів"),
    ("євом", "ів"),
    ("і", "о"),
    ("ом", "о"),
];

fn is_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Strips a possessive "'s" / "’s": returns the byte length of the name part.
fn name_len(token: &Token) -> usize {
    for suffix in ["'s", "’s", "ʼs"] {
        if let Some(stem) = token.text.strip_suffix(suffix) {
            return stem.len();
        }
    }
    token.text.len()
}

struct Candidate {
    start_tok: usize,
    end_tok: usize,
    start: usize,
    end: usize,
    entries: &'static [Entry],
}

fn lower_eq_any(token: &Token, list: &[&str]) -> bool {
    list.iter().any(|w| token.is(w))
}

/// Finds every place name.
pub(crate) fn find(tokens: &[Token]) -> Vec<Found> {
    let gaz = gazetteer();
    let mut cands: Vec<Candidate> = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind != Kind::Word || !t.is_capitalised() {
            i += 1;
            continue;
        }
        // Most capitalised words start no name: tell them by a hash of their letters alone.
        if t.ascii
            && t.text.bytes().all(|b| b.is_ascii_alphabetic())
            && !gaz.may_start_ascii(t.text)
        {
            i += 1;
            continue;
        }
        // Longest match first, over words joined by spaces or glued hyphens.
        let mut best: Option<(usize, usize, &'static [Entry])> = None;
        key.clear();
        let mut j = i;
        let mut words = 0;
        while j < tokens.len() && words < gaz.max_words {
            let tj = &tokens[j];
            if tj.kind != Kind::Word {
                break;
            }
            if words > 0 && !tj.space_before && !(j > 0 && tokens[j - 1].is_punct('-')) {
                break;
            }
            if words > 0 {
                key.push(' ');
            }
            let len = name_len(tj);
            fold_into(&mut key, &tj.text[..len]);
            words += 1;
            if let Some(entries) = gaz.lookup(&key) {
                best = Some((j + 1, tj.start + len, entries));
            }
            if len < tj.text.len() {
                break; // a possessive ends the name
            }
            // Continue over a glued hyphen ("Ivano-Frankivsk", "Rostov-on-Don").
            if tokens
                .get(j + 1)
                .is_some_and(|n| n.is_punct('-') && !n.space_before)
                && tokens
                    .get(j + 2)
                    .is_some_and(|n| n.kind == Kind::Word && !n.space_before)
            {
                j += 2;
            } else {
                j += 1;
            }
            let goes_on = tokens.get(j).is_some_and(|n| {
                n.kind == Kind::Word && (n.space_before || tokens[j - 1].is_punct('-'))
            });
            if !goes_on || words >= gaz.max_words || !gaz.may_extend(&key) {
                break; // no longer name starts with these words
            }
        }
        if best.is_none() && is_cyrillic(t.text) {
            best = cyrillic_match(tokens, i);
        }
        // Month and weekday names are never places (asked only now: few words get this far).
        if best.is_some() && is_calendar_word(t) {
            best = None;
        }
        match best {
            Some((end_tok, end, entries)) => {
                cands.push(Candidate {
                    start_tok: i,
                    end_tok,
                    start: t.start,
                    end,
                    entries,
                });
                i = end_tok;
            }
            None => i += 1,
        }
    }

    plural_regions(tokens, &mut cands);

    // Context filters.
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        let first = &tokens[c.start_tok];
        let prev = c.start_tok.checked_sub(1).map(|k| &tokens[k]);
        let next = tokens.get(c.end_tok);
        let dateline = first.is_all_caps() && (c.start_tok == 0 || first.wide_gap);
        let all_caps_short = first.is_all_caps() && first.text.len() <= 3;
        // A place followed by a capitalised word is a person's or an organisation's name ("Paris
        // Keane", "Kyiv Independent"), unless that word is a place too.
        let possessive = c.end < tokens[c.end_tok - 1].end();
        if let Some(n) = next.filter(|_| !possessive) {
            let glued_to_name = n.kind == Kind::Word
                && n.is_capitalised()
                && n.space_before
                && !first.is_all_caps();
            if glued_to_name
                && !is_place_word(n)
                && !lower_eq_any(n, TITLES_AFTER)
                && !is_calendar_word(n)
            {
                continue;
            }
        }
        // A capitalised word before it that is no function word makes it a surname ("James
        // Lincoln") or part of a name.
        if let Some(p) = prev {
            let name_before = p.kind == Kind::Word
                && p.is_capitalised()
                && !p.is_all_caps()
                && !p.has(crate::text::FUNCTION_CAP)
                && !is_place_word(p)
                && !is_calendar_word(p)
                && !p.text.ends_with("ian")
                && !p.text.ends_with("ish");
            if name_before && tokens[c.start_tok].space_before {
                continue;
            }
        }
        // "Moscow-installed", "Kyiv-based": an adjective, not the place.
        if next.is_some_and(|n| n.is_punct('-') && !n.space_before)
            && tokens
                .get(c.end_tok + 1)
                .is_some_and(|w| w.kind == Kind::Word && !w.is_capitalised())
        {
            continue;
        }
        // Units and bodies named after places ("Azov regiment") and seas ("Sea of Azov").
        if next.is_some_and(|n| lower_eq_any(n, UNIT_AFTER)) {
            continue;
        }
        if prev.is_some_and(|p| p.is("of")) && c.start_tok >= 2 && tokens[c.start_tok - 2].is("Sea")
        {
            continue;
        }
        let all_ambiguous = c.entries.iter().all(|e| e.ambiguous);
        if all_ambiguous && !dateline && !all_caps_short {
            let cue_before = prev.is_some_and(|p| lower_eq_any(p, PLACE_CUES));
            let cue_after = next.is_some_and(|n| lower_eq_any(n, PLACE_AFTER));
            // "Vienna and Geneva": a name listed right after a place is read as one too.
            let listed_after_place = prev
                .is_some_and(|p| p.is("and") || p.is("or") || p.is_punct(','))
                && kept
                    .last()
                    .is_some_and(|k: &Candidate| k.end_tok + 1 == c.start_tok);
            if !(cue_before || cue_after || listed_after_place) {
                continue;
            }
        }
        // Two-letter all-caps words are codes, not places, unless the gazetteer lists them exactly.
        if first.is_all_caps()
            && first.text.chars().count() <= 3
            && !c.entries.iter().any(|e| e.primary)
        {
            continue;
        }
        kept.push(c);
    }

    // Anchors: places with one clear reading.
    let mut anchors: Vec<u32> = kept
        .iter()
        .filter_map(|c| {
            let first = c.entries.first()?.place;
            c.entries.iter().all(|e| e.place == first).then_some(first)
        })
        .collect();
    anchors.sort_unstable();
    anchors.dedup();

    let mut out = Vec::new();
    for c in kept {
        let best = if c.entries.len() == 1 {
            c.entries.first()
        } else {
            c.entries
                .iter()
                .map(|e| (e, score(e, &anchors)))
                .max_by(|(a, sa), (b, sb)| sa.total_cmp(sb).then(b.place.cmp(&a.place)))
                .map(|(e, _)| e)
        };
        let Some(&entry) = best else { continue };
        let p = gaz.place(entry);
        out.push(Found {
            start: c.start,
            end: c.end,
            place: PlaceRef {
                name: p.name.to_string(),
                country: p.country.to_string(),
                lat: (p.lat * 100.0).round() / 100.0,
                lon: (p.lon * 100.0).round() / 100.0,
            },
        });
    }
    out
}

/// "the Bryansk, Kursk and Belgorod regions": each name stands for its region.
fn plural_regions(tokens: &[Token], cands: &mut [Candidate]) {
    let gaz = gazetteer();
    let mut run_start = 0;
    for k in 0..cands.len() {
        if k > run_start {
            let between = &tokens[cands[k - 1].end_tok..cands[k].start_tok];
            let joined = !between.is_empty()
                && between
                    .iter()
                    .all(|t| t.is_punct(',') || t.is("and") || t.is("or"));
            if !joined {
                run_start = k;
            }
        }
        let after = tokens.get(cands[k].end_tok);
        if !after.is_some_and(|t| t.is("regions") || t.is("oblasts") || t.is("provinces")) {
            continue;
        }
        for c in &mut cands[run_start..=k] {
            let surface: Vec<&str> = tokens[c.start_tok..c.end_tok]
                .iter()
                .map(|t| t.text)
                .collect();
            let key = format!("{} region", fold(&surface.join(" ")));
            if let Some(regions) = gaz.lookup(&key) {
                c.entries = regions;
            }
        }
        run_start = k + 1;
    }
}

fn score(entry: &Entry, anchors: &[u32]) -> f64 {
    let gaz = gazetteer();
    let p = gaz.place(*entry);
    let mut s = 0.0;
    if entry.primary {
        s += 2.0;
    }
    // The domain prior: war news about Ukraine and its neighbours.
    s += match p.country {
        "UA" => 1.5,
        "RU" | "BY" | "MD" | "PL" | "LT" | "LV" | "EE" => 0.5,
        _ => 0.0,
    };
    s += match p.kind {
        PlaceKind::Country => 4.0,
        PlaceKind::Region => 1.0,
        PlaceKind::Populated => 0.0,
    };
    // GeoNames gives some towns no population (0): count them as small towns, not as nothing.
    let population = if p.population == 0 {
        5_000
    } else {
        p.population
    };
    s += (population as f64).log10();
    if entry.ambiguous {
        s -= 1.0;
    }
    if anchors.binary_search(&entry.place).is_ok() {
        s += 3.0;
    } else {
        // Near a town or region the document names, or inside a country it names.
        let near = anchors.iter().any(|&a| {
            let anchor = &gaz.places[a as usize];
            anchor.kind != PlaceKind::Country && distance_km(anchor, p) < 250.0
        });
        let inside = anchors.iter().any(|&a| {
            let anchor = &gaz.places[a as usize];
            anchor.kind == PlaceKind::Country && anchor.country == p.country
        });
        if near {
            s += 2.0;
        }
        if inside {
            s += 1.5;
        }
    }
    s
}

fn is_place_word(token: &Token) -> bool {
    let key = fold(&token.text[..name_len(token)]);
    gazetteer()
        .lookup(&key)
        .is_some_and(|es| es.iter().any(|e| !e.ambiguous))
}

/// Month and weekday names.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "sept",
];

fn is_calendar_word(token: &Token) -> bool {
    token.has(crate::text::CALENDAR)
}

/// Cyrillic names in other cases ("Киеве", "Харкові") and region adjectives ("Курской области").
fn cyrillic_match(tokens: &[Token], i: usize) -> Option<(usize, usize, &'static [Entry])> {
    let gaz = gazetteer();
    let t = &tokens[i];
    let word = fold(t.text);
    let next = tokens.get(i + 1).map(|n| fold(n.text)).unwrap_or_default();
    let next_is_oblast =
        next.starts_with("област") || next.starts_with("регион") || next.starts_with("край");
    // "на Покровском направлении", "на Покровському напрямку": the place is the town.
    if next.starts_with("направлен") || next.starts_with("напрям") {
        for ending in adj_endings() {
            if let Some(stem) = word.strip_suffix(ending.as_str()) {
                for add in ADJ_STEM_ADDS {
                    let Some(entries) = gaz.lookup(&format!("{stem}{add}")) else {
                        continue;
                    };
                    if entries
                        .iter()
                        .any(|e| gaz.place(*e).kind == PlaceKind::Populated)
                    {
                        return Some((i + 1, t.end(), entries));
                    }
                }
            }
        }
    }
    if next_is_oblast {
        for ending in adj_endings() {
            if let Some(stem) = word.strip_suffix(ending.as_str()) {
                for add in ADJ_STEM_ADDS {
                    let city_key = format!("{stem}{add}");
                    let Some(entries) = gaz.lookup(&city_key) else {
                        continue;
                    };
                    let Some(city) = entries
                        .iter()
                        .filter(|e| gaz.place(**e).kind == PlaceKind::Populated)
                        .max_by_key(|e| gaz.place(**e).population)
                    else {
                        continue;
                    };
                    let region_key = format!("{} oblast", fold(gaz.place(*city).name));
                    if let Some(regions) = gaz.lookup(&region_key) {
                        return Some((i + 2, tokens[i + 1].end(), regions));
                    }
                }
            }
        }
    }
    let mut key = String::with_capacity(word.len() + 4);
    for (ending, add) in case_endings() {
        if let Some(stem) = word.strip_suffix(ending.as_str()) {
            if stem.chars().count() + add.chars().count() < 3 {
                continue;
            }
            key.clear();
            key.push_str(stem);
            key.push_str(add);
            if let Some(entries) = gaz.lookup(&key) {
                return Some((i + 1, t.end(), entries));
            }
        }
    }
    None
}

/// `CASE_ENDINGS` folded once.
fn case_endings() -> &'static [(String, String)] {
    static CELL: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        CASE_ENDINGS
            .iter()
            .map(|(ending, add)| (fold(ending), fold(add)))
            .collect()
    })
}
