//! Figures: counts, amounts of money and percentages with their bounds and what they count
//! ("more than 400 children", "$1.2 bn", "15-20%", "between 3 and 5 thousand reservists").
//!
//! Owns the figure grammar over tokens. It never reads dates or clock times: the caller passes the
//! token ranges the time extractor claimed, and figures never start inside them.

use onrecord_model::{Bound, Figure};

use crate::numbers::{read_number, scale, Number};
use crate::text::{Kind, Token};

/// A figure with its byte span.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub figure: Figure,
}

const AT_LEAST: &[&[&str]] = &[
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["not", "less", "than"],
    &["in", "excess", "of"],
    &["more", "than"],
    &["at", "least"],
    &["upwards", "of"],
    &["over"],
    &["exceeded"],
    &["не", "менее"],
    &["не", "менше"],
    &["по", "меньшей", "мере"],
    &["более"],
    &["больше"],
    &["свыше"],
    &["минимум"],
    &["понад"],
    &["більше"],
    &["щонайменше"],
    &["принаймні"],
    &["exceeding"],
    &["exceeds"],
    &["surpassed"],
];
const AT_MOST: &[&[&str]] = &[
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["a", "maximum", "of"],
    &["не", "более"],
    &["не", "больше"],
    &["не", "більше"],
    &["менее"],
    &["меньше"],
    &["менше"],
    &["до"],
    &["up", "to"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "most"],
    &["under"],
];
const ABOUT: &[&[&str]] = &[
    &["an", "estimated"],
    &["около"],
    &["примерно"],
    &["почти"],
    &["порядка"],
    &["приблизно"],
    &["близько"],
    &["майже"],
    &["close", "to"],
    &["more", "or", "less"],
    &["about"],
    &["around"],
    &["roughly"],
    &["some"],
    &["nearly"],
    &["almost"],
    &["approximately"],
    &["approx"],
    &["estimated"],
    &["circa"],
];

/// Words that can start a figure (sorted, lower case); digits and currency signs always can.
pub(crate) const TRIGGERS: &[&str] = &[
    "a",
    "about",
    "almost",
    "an",
    "approx",
    "approximately",
    "around",
    "at",
    "between",
    "circa",
    "close",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "estimated",
    "eur",
    "exceeded",
    "exceeding",
    "exceeds",
    "fewer",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "gbp",
    "hundreds",
    "in",
    "less",
    "more",
    "nearly",
    "nine",
    "nineteen",
    "ninety",
    "no",
    "not",
    "one",
    "over",
    "pln",
    "roughly",
    "rub",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "some",
    "surpassed",
    "ten",
    "thirteen",
    "thirty",
    "thousands",
    "three",
    "twelve",
    "twenty",
    "two",
    "uah",
    "under",
    "up",
    "upwards",
    "usd",
];

/// Words one of which stands in every figure without digits, at most `REACH` tokens after its
/// start (lower case): number words, scale words, vague magnitudes. `find` tries a trigger only with
/// one of them, a number or a currency sign in reach.
pub(crate) const CORE: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "billion",
    "trillion",
    "several",
];

/// How far after its first token a figure's number may stand ("no fewer than $5": 4).
const REACH: usize = 6;

fn is_core(token: &Token) -> bool {
    match token.kind {
        Kind::Num => true,
        Kind::Word => token.has(crate::text::FIGURE_CORE),
        Kind::Punct => currency_symbol(token).is_some(),
    }
}

/// Russian and Ukrainian words that can start a figure (lower case).
pub(crate) const TRIGGERS_CYRILLIC: &[&str] = &[
    "более",
    "больше",
    "свыше",
    "не",
    "по",
    "минимум",
    "понад",
    "більше",
    "щонайменше",
    "принаймні",
    "до",
    "менее",
    "меньше",
    "менше",
    "около",
    "примерно",
    "почти",
    "порядка",
    "приблизно",
    "близько",
    "майже",
];

/// Russian and Ukrainian function words that never are what a number counts.
const STOP_CYRILLIC: &[&str] = &[
    "и", "в", "во", "на", "по", "с", "со", "из", "за", "к", "от", "до", "что", "как", "а", "но",
    "у", "о", "об", "при", "під", "та", "і", "й", "з", "із", "від", "для", "не", "же", "года",
    "року", "году",
];

/// Words after a number that end the noun phrase it counts.
pub(crate) const STOP: &[&str] = &[
    "and", "or", "but", "were", "was", "are", "is", "be", "been", "had", "have", "has", "in", "on",
    "at", "to", "from", "by", "with", "for", "of", "the", "a", "an", "who", "which", "that", "as",
    "said", "per", "than", "this", "these", "those", "it", "its", "their", "his", "her", "into",
    "over", "across", "more", "less", "will", "would", "could", "may", "might", "after", "before",
    "since", "during", "while", "when", "where", "not", "no", "each", "every", "between", "among",
    "against", "toward", "towards", "near", "about", "around", "ago", "earlier", "later",
];

/// Plural nouns that do not end in "s", with their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "person"),
    ("men", "soldier"),
    ("servicemen", "soldier"),
    ("troops", "soldier"),
    ("soldiers", "soldier"),
    ("personnel", "soldier"),
    ("fighters", "fighter"),
    ("women", "woman"),
    ("children", "child"),
    ("police", "police officer"),
    ("staff", "staff"),
    ("aircraft", "aircraft"),
    ("cattle", "cattle"),
    ("livestock", "livestock"),
    ("equipment", "equipment"),
];

/// Singular measurement units accepted after a number.
const MEASURES: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("miles", "mile"),
    ("mile", "mile"),
    ("kg", "kg"),
    ("t", "tonne"),
    ("tonnes", "tonne"),
    ("tons", "tonne"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("hectares", "hectare"),
    ("ha", "hectare"),
];

const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnas", "UAH"),
    ("hryvnyas", "UAH"),
    ("uah", "UAH"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("rub", "RUB"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("pounds", "GBP"),
    ("gbp", "GBP"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("pln", "PLN"),
    ("рублей", "RUB"),
    ("рубля", "RUB"),
    ("рубль", "RUB"),
    ("руб", "RUB"),
    ("гривен", "UAH"),
    ("гривень", "UAH"),
    ("гривні", "UAH"),
    ("гривня", "UAH"),
    ("грн", "UAH"),
    ("долларов", "USD"),
    ("доллара", "USD"),
    ("доларів", "USD"),
    ("долара", "USD"),
    ("евро", "EUR"),
    ("євро", "EUR"),
];

fn currency_symbol(token: &Token) -> Option<&'static str> {
    if token.kind != Kind::Punct {
        return None;
    }
    match token.text {
        "$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        "₴" => Some("UAH"),
        "₽" => Some("RUB"),
        _ => None,
    }
}

fn phrase_at(tokens: &[Token], i: usize, phrase: &[&str]) -> bool {
    phrase
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)))
}

/// Bit `first letter - 'a'` of `MODIFIER_STARTS[len]` is set when the first word of some ASCII
/// modifier phrase (`AT_LEAST`, `AT_MOST`, `ABOUT`) has `len` bytes and starts with that letter.
const MODIFIER_STARTS: [u32; 16] = {
    let mut table = [0u32; 16];
    let lists = [AT_LEAST, AT_MOST, ABOUT];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let b = lists[l][k][0].as_bytes();
            if b[0] < 0x80 {
                assert!(b.len() < 16 && b[0].is_ascii_lowercase());
                table[b.len()] |= 1 << (b[0] - b'a');
            }
            k += 1;
        }
        l += 1;
    }
    table
};

fn modifier_at(tokens: &[Token], i: usize) -> Option<(Bound, usize)> {
    // Every modifier starts with a trigger word (checked by a test).
    let first = tokens.get(i)?;
    if !first.starts_figure() {
        return None;
    }
    // An ASCII word opens a modifier only with the length and first letter of one.
    if first.ascii {
        let len = first.text.len();
        let letter = first.text.as_bytes().first().map_or(0, |b| b | 0x20);
        if len >= MODIFIER_STARTS.len()
            || !letter.is_ascii_lowercase()
            || MODIFIER_STARTS[len] & (1 << (letter - b'a')) == 0
        {
            return None;
        }
    }
    for (bound, list) in [
        (Bound::AtLeast, AT_LEAST),
        (Bound::AtMost, AT_MOST),
        (Bound::About, ABOUT),
    ] {
        for phrase in list {
            if phrase.first().is_some_and(|w| first.is(w)) && phrase_at(tokens, i, phrase) {
                return Some((bound, phrase.len()));
            }
        }
    }
    None
}

fn lower(token: &Token) -> String {
    token.text.to_lowercase()
}

/// The lemma of a plural count noun, or None when `word` is not one.
fn count_noun(word: &str) -> Option<String> {
    // Most words are no plural and no irregular noun: tell them without allocating.
    if word.is_ascii()
        && !word.ends_with(['s', 'S'])
        && !IRREGULAR.iter().any(|(w, _)| w.eq_ignore_ascii_case(word))
    {
        return None;
    }
    let lw = word.to_lowercase();
    for (w, lemma) in IRREGULAR {
        if lw == *w {
            return Some((*lemma).to_string());
        }
    }
    if lw.len() < 3
        || !lw.ends_with('s')
        || lw.ends_with("ss")
        || lw.ends_with("us")
        || lw.ends_with("is")
    {
        return None;
    }
    if !lw.chars().all(char::is_alphabetic) {
        return None;
    }
    let lemma = if let Some(stem) = lw.strip_suffix("ies") {
        format!("{stem}y")
    } else if lw.ends_with("ches")
        || lw.ends_with("shes")
        || lw.ends_with("xes")
        || lw.ends_with("sses")
    {
        lw[..lw.len() - 2].to_string()
    } else {
        lw[..lw.len() - 1].to_string()
    };
    Some(lemma)
}

fn measure(word: &str) -> Option<&'static str> {
    // The measures are ASCII words.
    if !word.is_ascii() {
        return None;
    }
    MEASURES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, u)| *u)
}

fn is_stop(token: &Token) -> bool {
    token.kind != Kind::Word || token.has(crate::text::FIGURE_STOP)
}

/// A number that belongs to a name or code ("Su-34", "F16", "No. 5") or is an ordinal ("7th").
fn is_code_or_ordinal(tokens: &[Token], start: usize, number: &Number) -> bool {
    let t = &tokens[start];
    // A list marker at the start of a line: "1." or "2)".
    if t.kind == Kind::Num
        && (start == 0 || t.wide_gap)
        && tokens
            .get(number.end)
            .is_some_and(|n| (n.is_punct('.') || n.is_punct(')')) && !n.space_before)
        && tokens.get(number.end + 1).is_none_or(|n| n.space_before)
    {
        return true;
    }
    if t.kind == Kind::Num {
        if start > 0 && !t.space_before {
            let prev = &tokens[start - 1];
            if prev.kind == Kind::Word {
                return true;
            }
            if (prev.is_punct('-')
                || prev.is_punct('/')
                || prev.is_punct('#')
                || prev.is_punct('№'))
                && start >= 2
                && (tokens[start - 2].kind != Kind::Punct)
                && !tokens[start - 2].is_num()
            {
                return true;
            }
            if (prev.is_punct('-')
                || prev.is_punct('/')
                || prev.is_punct(':')
                || prev.is_punct('.'))
                && start >= 2
                && tokens[start - 2].is_num()
            {
                return true;
            }
        }
        if start > 0 {
            let prev = &tokens[start - 1];
            if prev.is("No") || prev.is("no") && tokens.get(start).is_some_and(|_| false) {
                return true;
            }
            if start >= 2 && tokens[start - 1].is_punct('.') && tokens[start - 2].is("No") {
                return true;
            }
        }
        if let Some(next) = tokens.get(number.end) {
            if !next.space_before
                && next.kind == Kind::Word
                && ["st", "nd", "rd", "th"].iter().any(|s| next.is(s))
            {
                return true;
            }
            if !next.space_before
                && next.kind == Kind::Word
                && scale(next).is_none()
                && measure(next.text).is_none()
            {
                return true;
            }
            if next.is_punct(':')
                && !next.space_before
                && tokens.get(number.end + 1).is_some_and(|n| n.is_num())
            {
                return true;
            }
            if next.is_punct('/') && !next.space_before {
                return true;
            }
        }
        // "45-year-old"
        if tokens.get(number.end).is_some_and(|t| t.is_punct('-'))
            && tokens.get(number.end + 1).is_some_and(|t| t.is("year"))
        {
            return true;
        }
    }
    false
}

/// The denominator of a fraction word ("thirds" -> 3).
fn fraction_word(token: &Token) -> Option<f64> {
    const WORDS: &[(&str, f64)] = &[
        ("half", 2.0),
        ("halves", 2.0),
        ("third", 3.0),
        ("thirds", 3.0),
        ("quarter", 4.0),
        ("quarters", 4.0),
        ("fifth", 5.0),
        ("fifths", 5.0),
        ("tenth", 10.0),
        ("tenths", 10.0),
    ];
    WORDS.iter().find(|(w, _)| token.is(w)).map(|(_, d)| *d)
}

/// Reads an optional scale word after a number ("million", "bn"; one-letter "m", "k" only glued).
fn read_scale(tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    let t = tokens.get(j)?;
    let s = scale(t)?;
    if t.is_cyrillic() {
        // "тыс.", "млн": skip an abbreviation's dot.
        let dot = tokens
            .get(j + 1)
            .is_some_and(|d| d.is_punct('.') && !d.space_before);
        let followed = tokens
            .get(j + 2)
            .is_some_and(|n| n.is_word() && n.text.chars().next().is_some_and(char::is_lowercase));
        return Some((s, if dot && followed { j + 2 } else { j + 1 }));
    }
    let short = t.text.len() <= 2 && !t.is("bn") && !t.is("mn") && !t.is("tn");
    if short && t.space_before {
        return None;
    }
    Some((s, j + 1))
}

fn percent_at(tokens: &[Token], j: usize) -> Option<usize> {
    let t = tokens.get(j)?;
    if t.is_punct('%') {
        return Some(j + 1);
    }
    const CYRILLIC: &[&str] = &[
        "процентов",
        "процента",
        "процент",
        "відсотків",
        "відсотка",
        "відсоток",
    ];
    if CYRILLIC.iter().any(|w| t.is(w)) {
        return Some(j + 1);
    }
    if t.is("percent") || t.is("pct") {
        return Some(j + 1);
    }
    if t.is("per") && tokens.get(j + 1).is_some_and(|n| n.is("cent")) {
        return Some(j + 2);
    }
    None
}

fn currency_word_at(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let t = tokens.get(j)?;
    if t.kind != Kind::Word {
        return None;
    }
    CURRENCY_WORDS
        .iter()
        .find(|(w, _)| t.is(w))
        .map(|(_, c)| (*c, j + 1))
}

struct Unit {
    lemma: String,
    /// Token index one past the unit noun.
    end: usize,
}

/// Finds the noun a number counts: "ballistic missiles", "of the drones", "anti-tank mines".
fn unit_after(tokens: &[Token], mut j: usize) -> Option<Unit> {
    let first = tokens.get(j)?;
    if first.is("of")
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.is("the") || t.is("them") || t.is("those"))
    {
        if tokens.get(j + 1).is_some_and(|t| t.is("them")) {
            return None;
        }
        j += 2;
    }
    let mut words = 0;
    while let Some(t) = tokens.get(j) {
        if t.kind == Kind::Punct {
            if t.is_punct('-')
                && !t.space_before
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| !n.space_before && n.is_word())
            {
                j += 1;
                continue;
            }
            return None;
        }
        if t.kind == Kind::Num || is_stop(t) {
            return None;
        }
        if t.is_cyrillic() {
            // Russian/Ukrainian: the first content word is what is counted ("14 дронов").
            if STOP_CYRILLIC.iter().any(|w| t.is(w)) {
                return None;
            }
            return Some(Unit {
                lemma: t.text.to_lowercase(),
                end: j + 1,
            });
        }
        let hyphen_next = tokens
            .get(j + 1)
            .is_some_and(|n| n.is_punct('-') && !n.space_before);
        let after_hyphen = j > 0 && tokens[j - 1].is_punct('-') && !t.space_before;
        if !hyphen_next && !after_hyphen {
            if let Some(u) = measure(t.text) {
                return Some(Unit {
                    lemma: u.to_string(),
                    end: j + 1,
                });
            }
            if let Some(lemma) = count_noun(t.text) {
                return Some(Unit { lemma, end: j + 1 });
            }
            words += 1;
            if words >= 3 {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// A participle phrase after the unit ("surrounded in the Kursk region"), for `counted`.
fn participle_end(tokens: &[Token], j: usize) -> usize {
    let Some(t) = tokens.get(j) else { return j };
    let lw = lower(t);
    if t.kind != Kind::Word || !(lw.ends_with("ed") || lw.ends_with("en")) || lw == "were" {
        return j;
    }
    let mut k = j + 1;
    while let Some(t) = tokens.get(k) {
        if t.kind == Kind::Punct && !t.is_punct('-') || k - j > 6 || t.is("and") || t.is("but") {
            break;
        }
        k += 1;
    }
    k
}

/// Russian and Ukrainian scale words in the singular: one thousand, one million.
const SINGULAR_SCALES: &[&str] = &[
    "тысяча",
    "тысячу",
    "тисяча",
    "тисячу",
    "миллион",
    "мільйон",
    "миллиард",
    "мільярд",
];

/// Russian and Ukrainian vague magnitudes ("десятки дронов", "сотні людей", "тысячи беженцев")
/// with their ranges, read like "dozens of", "hundreds of", "thousands of".
pub(crate) const VAGUE_CYRILLIC: &[&str] = &[
    "десятки",
    "десятков",
    "десятків",
    "сотни",
    "сотен",
    "сотні",
    "сотень",
    "тысячи",
    "тисячі",
];

fn vague_cyrillic(token: &Token) -> Option<(f64, f64)> {
    if !token.is_cyrillic() {
        return None;
    }
    let at = VAGUE_CYRILLIC.iter().position(|w| token.is(w))?;
    Some(match at {
        0..=2 => (24.0, 99.0),
        3..=6 => (200.0, 999.0),
        _ => (2000.0, 9999.0),
    })
}

fn try_vague(tokens: &[Token], i: usize) -> Option<(usize, usize, Figure)> {
    let t = &tokens[i];
    if let Some((low, high)) = vague_cyrillic(t) {
        // "десятки тысяч": tens of thousands.
        let (mul, end) = match tokens.get(i + 1).and_then(scale) {
            Some(s) => (s, i + 2),
            None => (1.0, i + 1),
        };
        let unit = unit_after(tokens, end).filter(|u| u.end <= end + 1)?;
        let figure = Figure {
            low: low * mul,
            high: high * mul,
            approx: true,
            bound: Bound::About,
            unit: unit.lemma,
            counted: None,
        };
        return Some((i, unit.end, figure));
    }
    let (low, high, end) = if (t.is("dozens") || t.is("hundreds") || t.is("thousands"))
        && tokens.get(i + 1).is_some_and(|n| n.is("of"))
    {
        let (l, h) = if t.is("dozens") {
            (24.0, 99.0)
        } else if t.is("hundreds") {
            (200.0, 999.0)
        } else {
            (2000.0, 9999.0)
        };
        (l, h, i + 2)
    } else if t.is("several") {
        (3.0, 3.0, i + 1)
    } else {
        return None;
    };
    let unit = unit_after(tokens, end).filter(|u| u.end <= end + 2)?;
    let figure = Figure {
        low,
        high,
        approx: true,
        bound: Bound::About,
        unit: unit.lemma,
        counted: None,
    };
    Some((i, unit.end, figure))
}

fn match_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    claimed: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize, Figure)> {
    let mut j = i;
    let mut bound = Bound::Exact;
    let mut between = false;
    if let Some((b, len)) = modifier_at(tokens, j) {
        bound = b;
        j += len;
    } else if tokens[j].is("between") {
        between = true;
        j += 1;
    }
    let mut currency = None;
    if let Some(c) = tokens.get(j).and_then(currency_symbol) {
        currency = Some(c);
        j += 1;
    } else if let Some(c) = tokens
        .get(j)
        .filter(|t| t.is_all_caps())
        .and_then(|_| currency_word_at(tokens, j))
    {
        // "UAH 2.5 billion", "EUR 800m"
        if tokens.get(j + 1).is_some_and(|n| n.is_num()) {
            currency = Some(c.0);
            j += 1;
        }
    }
    // "более тысячи", "тысяча человек", "понад мільйон": a Russian or Ukrainian scale word alone
    // is one of it when a bound stands before it or it is in the singular ("тысячи" alone is
    // "thousands", read as a vague magnitude).
    let bare_scale = tokens.get(j).is_some_and(|t| {
        t.is_cyrillic()
            && scale(t).is_some_and(|s| s >= 1e3)
            && t.text.chars().count() > 3
            && (j > i || SINGULAR_SCALES.iter().any(|w| t.is(w)))
    });
    let n1 = if bare_scale {
        Number {
            value: 1.0,
            end: j,
            words: true,
        }
    } else {
        read_number(tokens, j)?
    };
    if claimed(j) {
        return None;
    }
    if n1.words {
        let w = &tokens[j];
        let scaled = tokens.get(n1.end).and_then(scale).is_some();
        let bare_one = (w.is("one") || w.is("zero") || (w.is_cyrillic() && n1.value == 1.0))
            && n1.end == j + 1
            && !scaled;
        let bare_a = (w.is("a") || w.is("an")) && n1.value < 12.0;
        if bare_one || bare_a {
            return None;
        }
    }
    if is_code_or_ordinal(tokens, j, &n1) {
        return None;
    }
    // "two-thirds", "three quarters": a fraction, not a count.
    if n1.words {
        let (dash, frac_at) = match tokens.get(n1.end) {
            Some(t) if t.is_punct('-') && !t.space_before => (true, n1.end + 1),
            _ => (false, n1.end),
        };
        let _ = dash;
        if let Some(denominator) = tokens.get(frac_at).and_then(fraction_word) {
            let figure = Figure {
                low: n1.value / denominator,
                high: n1.value / denominator,
                approx: bound == Bound::About,
                bound,
                unit: "fraction".into(),
                counted: None,
            };
            return Some((i, frac_at + 1, figure));
        }
    }
    let mut k = n1.end;
    let mut low = n1.value;
    let mut s1 = None;
    if let Some((s, e)) = read_scale(tokens, k) {
        s1 = Some(s);
        k = e;
    }
    // Range.
    let mut high = None;
    let mut s2 = None;
    let from_before = i > 0 && tokens[i - 1].is("from");
    let range_word = tokens.get(k).is_some_and(|t| {
        (t.is_punct('-') || t.is_punct('–')) && !(t.space_before && t.is_punct('-'))
            || t.is("to") && !from_before
            || between && t.is("and")
    });
    if range_word {
        let mut m = k + 1;
        if tokens.get(m).and_then(currency_symbol).is_some() {
            m += 1;
        }
        if let Some(n2) = read_number(tokens, m).filter(|n| n.words == n1.words && !claimed(m)) {
            let mut e = n2.end;
            if let Some((s, e2)) = read_scale(tokens, e) {
                s2 = Some(s);
                e = e2;
            }
            high = Some(n2.value);
            k = e;
        }
    }
    if between && high.is_none() {
        bound = Bound::Exact;
    }
    let (mul1, mul2) = match (s1, s2) {
        (Some(a), Some(b)) => (a, b),
        (None, Some(b)) => (b, b),
        (Some(a), None) => (a, a),
        (None, None) => (1.0, 1.0),
    };
    low *= mul1;
    let mut high = high.map_or(low, |h| h * mul2);
    if high < low {
        std::mem::swap(&mut low, &mut high);
    }
    if high != low {
        bound = Bound::Exact;
    }
    // What it is: percent, money, or a count of something.
    let mut unit = String::new();
    let mut counted = None;
    if let Some(e) = percent_at(tokens, k) {
        unit = "percent".into();
        k = e;
    } else if let Some((c, e)) = currency_word_at(tokens, k) {
        unit = c.into();
        k = e;
    } else if let Some(c) = currency {
        unit = c.into();
    } else if let Some(u) = unit_after(tokens, k) {
        let p_end = participle_end(tokens, u.end);
        let phrase_start = tokens[k].start;
        // What is counted, as written, when the text says more than the unit noun.
        let phrase = text
            .get(phrase_start..tokens[p_end.max(u.end) - 1].end())
            .unwrap_or("");
        let plain = phrase.eq_ignore_ascii_case(&u.lemma)
            || phrase.eq_ignore_ascii_case(tokens[u.end - 1].text);
        if !plain && !phrase.is_empty() {
            counted = Some(phrase.to_string());
        }
        unit = u.lemma;
        k = u.end;
    } else if n1.words && s1.is_none() && high == low && bound == Bound::Exact {
        // A bare number word ("two") that counts nothing nameable is too often not a figure.
        let next_is_verb = tokens
            .get(k)
            .is_some_and(|t| t.is("were") || t.is("was") || t.is("of") || t.is("died"));
        // "killing two and wounding five": the object of a casualty verb.
        let after_verb = i > 0 && {
            let p = &tokens[i - 1];
            p.kind == Kind::Word
                && (p.text.ends_with("ing") || p.text.ends_with("ed"))
                && p.text.len() > 4
        };
        if !next_is_verb && !after_verb {
            return None;
        }
    }
    let approx = bound == Bound::About;
    let figure = Figure {
        low,
        high,
        approx,
        bound,
        unit,
        counted,
    };
    Some((i, k, figure))
}

/// Finds every figure; `claimed(token index)` tells which tokens belong to time expressions.
pub(crate) fn find(text: &str, tokens: &[Token], claimed: &dyn Fn(usize) -> bool) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    // The first core token at or after `i` (or the end).
    let mut next_core = 0;
    while i < tokens.len() {
        if next_core < i {
            next_core = i;
        }
        while next_core < tokens.len() && !is_core(&tokens[next_core]) {
            next_core += 1;
        }
        if next_core == tokens.len() {
            break;
        }
        if next_core > i + REACH {
            i = next_core - REACH;
        }
        let t = &tokens[i];
        let candidate = match t.kind {
            Kind::Num => true,
            Kind::Word => t.starts_figure(),
            Kind::Punct => currency_symbol(t).is_some(),
        };
        if !candidate || claimed(i) {
            i += 1;
            continue;
        }
        let found = match_at(text, tokens, i, claimed).or_else(|| {
            if t.kind == Kind::Word {
                try_vague(tokens, i)
            } else {
                None
            }
        });
        match found {
            Some((s, e, figure)) if e > s => {
                out.push(Found {
                    start: tokens[s].start,
                    end: tokens[e - 1].end(),
                    figure,
                });
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifiers_start_with_triggers() {
        for list in [AT_LEAST, AT_MOST, ABOUT] {
            for phrase in list {
                let first = phrase[0];
                assert!(
                    TRIGGERS.contains(&first) || TRIGGERS_CYRILLIC.contains(&first),
                    "{first}"
                );
            }
        }
    }
}
