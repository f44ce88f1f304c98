//! The bundled gazetteer: countries, first-level regions and populated places with coordinates,
//! generated from GeoNames (CC BY 4.0) by `gazetteer/build.py` into `data/gazetteer.tsv`.
//!
//! Owns loading that file once (lazily, behind a `OnceLock`) and looking names up by folded key.
//! It never touches the file system or network at run time: the data is compiled in.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;

use crate::text::FnvBuild;
use unicode_normalization::UnicodeNormalization;

const DATA: &str = include_str!("../data/gazetteer.tsv");

/// What kind of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Country,
    Region,
    Populated,
}

#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub name: &'static str,
    pub country: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub kind: PlaceKind,
    pub population: u64,
}

/// One way to reach a place from a key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub place: u32,
    /// The key is the place's own name, not an alternate or generated variant.
    pub primary: bool,
    /// The key is also a common English word: accept it only with place context.
    pub ambiguous: bool,
}

/// The entries of one key. Most keys reach one place: kept inline, parsing allocates nothing for
/// them (a `Vec` per key made parsing twice as slow, and it runs at every start).
enum Entries {
    One(Entry),
    Many(Vec<Entry>),
}

impl Entries {
    fn as_slice(&self) -> &[Entry] {
        match self {
            Entries::One(entry) => std::slice::from_ref(entry),
            Entries::Many(entries) => entries,
        }
    }

    fn push(&mut self, entry: Entry) {
        match self {
            Entries::One(first) => *self = Entries::Many(vec![*first, entry]),
            Entries::Many(entries) => entries.push(entry),
        }
    }
}

pub(crate) struct Gazetteer {
    pub places: Vec<Place>,
    keys: HashMap<&'static str, Entries, FnvBuild>,
    /// Every key, so that most words that name no place skip the (cache-missing) map lookup.
    key_filter: Filter,
    /// Every proper prefix of a key that ends before a space ("chasiv" of "chasiv yar"): a name
    /// that is none of these cannot grow into a longer key.
    prefix_filter: Filter,
    /// Every key's first word: a word that is none of these starts no name.
    start_filter: Filter,
    /// The longest key in words.
    pub max_words: usize,
}

impl Gazetteer {
    pub fn lookup(&'static self, key: &str) -> Option<&'static [Entry]> {
        if !self.key_filter.may_contain(key) {
            return None;
        }
        self.keys.get(key).map(Entries::as_slice)
    }

    /// Whether some key starts with `key` followed by a space.
    pub fn may_extend(&self, key: &str) -> bool {
        self.prefix_filter.may_contain(key)
    }

    /// Whether a name may start with `word`, a run of ASCII letters in any case (its key is the
    /// word in lower case): it is a key or the first word of one. Spares most capitalised words
    /// building a key.
    pub fn may_start_ascii(&self, word: &str) -> bool {
        // Setting bit 5 lower-cases an ASCII letter.
        self.start_filter
            .may_contain_hash(Filter::hash_words(word.as_bytes(), 0x20))
    }

    pub fn place(&self, entry: Entry) -> &Place {
        &self.places[entry.place as usize]
    }
}

/// The gazetteer, parsed on first use. Lines that do not parse are skipped (the generator writes
/// well-formed lines; the data-file test checks that none is skipped).
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static CELL: OnceLock<Gazetteer> = OnceLock::new();
    CELL.get_or_init(|| parse(DATA))
}

fn parse(data: &'static str) -> Gazetteer {
    let mut places = Vec::new();
    // The data holds about one key per 24 bytes: sized once, the map never grows.
    let mut keys: HashMap<&'static str, Entries, FnvBuild> =
        HashMap::with_capacity_and_hasher(data.len() / 24, FnvBuild::default());
    let mut max_words = 1;
    for line in data.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        // Tuple fields are evaluated left to right: the columns in order, and no eighth.
        let (
            Some(name),
            Some(country),
            Some(lat),
            Some(lon),
            Some(kind),
            Some(pop),
            Some(key_list),
            None,
        ) = (
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
        )
        else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        let kind = match kind {
            "C" => PlaceKind::Country,
            "A" => PlaceKind::Region,
            _ => PlaceKind::Populated,
        };
        let index = places.len() as u32;
        places.push(Place {
            name,
            country,
            lat,
            lon,
            kind,
            population: pop.parse().unwrap_or(0),
        });
        for raw in key_list.split('|') {
            let ambiguous = raw.starts_with('*');
            let rest = raw.trim_start_matches('*');
            let primary = rest.starts_with('=');
            let key = rest.trim_start_matches('=');
            if key.is_empty() {
                continue;
            }
            max_words = max_words.max(key.split(' ').count());
            let entry = Entry {
                place: index,
                primary,
                ambiguous,
            };
            keys.entry(key)
                .and_modify(|entries| entries.push(entry))
                .or_insert(Entries::One(entry));
        }
    }
    let mut key_filter = Filter::new(keys.len());
    let prefixes: Vec<&str> = keys
        .keys()
        .flat_map(|key| key.match_indices(' ').map(|(at, _)| &key[..at]))
        .collect();
    let mut prefix_filter = Filter::new(prefixes.len());
    for key in keys.keys() {
        key_filter.insert(key);
    }
    for prefix in prefixes {
        prefix_filter.insert(prefix);
    }
    let mut start_filter = Filter::new(keys.len());
    for key in keys.keys() {
        start_filter.insert(key.split(' ').next().unwrap_or(key));
    }
    Gazetteer {
        places,
        keys,
        key_filter,
        prefix_filter,
        start_filter,
        max_words: max_words.min(6),
    }
}

/// A blocked Bloom filter over strings: one 64-bit word per key, four bits in it. No false
/// negatives; a few false positives in a hundred at the sizes used here.
struct Filter {
    words: Vec<u64>,
    mask: u64,
}

impl Filter {
    fn new(keys: usize) -> Filter {
        // 8 to 16 bits per key, as a power of two of 64-bit words: small enough to stay in cache.
        let words = (keys / 4).max(64).next_power_of_two() / 2;
        Filter {
            words: vec![0; words],
            mask: words as u64 - 1,
        }
    }

    const SEED: u64 = 0xcbf2_9ce4_8422_2325;

    /// Hashes `bytes` eight at a time (each byte or-ed with `set`, the last word padded with
    /// zeros): one multiply per word rather than per byte.
    fn hash_words(bytes: &[u8], set: u8) -> u64 {
        let h = bytes.chunks(8).fold(Self::SEED, |h, chunk| {
            let mut w = 0u64;
            for (k, b) in chunk.iter().enumerate() {
                w |= u64::from(b | set) << (8 * k);
            }
            (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
        });
        Self::finish(h)
    }

    /// Mixes the high bits down: a multiply's low bits are weak.
    fn finish(mut h: u64) -> u64 {
        h ^= h >> 29;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^ (h >> 32)
    }

    fn hash(key: &str) -> u64 {
        Self::hash_words(key.as_bytes(), 0)
    }

    fn bits(h: u64) -> u64 {
        (1 << (h & 63)) | (1 << ((h >> 6) & 63)) | (1 << ((h >> 12) & 63)) | (1 << ((h >> 18) & 63))
    }

    fn insert(&mut self, key: &str) {
        let h = Self::hash(key);
        self.words[((h >> 32) & self.mask) as usize] |= Self::bits(h);
    }

    fn may_contain(&self, key: &str) -> bool {
        self.may_contain_hash(Self::hash(key))
    }

    fn may_contain_hash(&self, h: u64) -> bool {
        let bits = Self::bits(h);
        self.words[((h >> 32) & self.mask) as usize] & bits == bits
    }
}

/// The lookup key of a name: lower case, diacritics removed, apostrophes and dots dropped, hyphens
/// as spaces. Must agree with `fold` in `gazetteer/build.py`.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// Appends the key of `text` (see [`fold`]) to `out`.
pub(crate) fn fold_into(out: &mut String, text: &str) {
    let start = out.len();
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    // Cyrillic words of the Russian and Ukrainian alphabets: lower case, and the letters that
    // decompose lose their marks (й → и, ё → е, ї → і), without the normalisation tables.
    if !text.is_ascii() && fold_cyrillic(out, text) {
        return;
    }
    if text.is_ascii() {
        let mut last_space = true;
        for b in text.bytes() {
            match b {
                b'\'' | b'.' | b'`' => {}
                b'-' | b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => {
                    if !last_space {
                        out.push(' ');
                        last_space = true;
                    }
                }
                _ => {
                    out.push(b.to_ascii_lowercase() as char);
                    last_space = false;
                }
            }
        }
        if out.len() > start && out.ends_with(' ') {
            out.pop();
        }
        return;
    }
    let mut last_space = true;
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let mapped: &str = match c {
            'ł' | 'Ł' => "l",
            'ø' | 'Ø' => "o",
            'đ' | 'Đ' => "d",
            'ß' => "ss",
            'æ' | 'Æ' => "ae",
            'œ' => "oe",
            'ı' => "i",
            '’' | '\'' | 'ʼ' | '`' | '.' => "",
            '-' => " ",
            _ => {
                if c.is_whitespace() {
                    if !last_space {
                        out.push(' ');
                        last_space = true;
                    }
                } else {
                    out.extend(c.to_lowercase());
                    last_space = false;
                }
                continue;
            }
        };
        if mapped == " " {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else if !mapped.is_empty() {
            out.push_str(mapped);
            last_space = false;
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// `fold_into` for a word made of Russian and Ukrainian letters only; false (writing nothing) for
/// anything else.
fn fold_cyrillic(out: &mut String, text: &str) -> bool {
    let simple = text.chars().all(|c| {
        matches!(
            c,
            'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' | 'Ї' | 'ї' | 'Є' | 'є' | 'Ґ' | 'ґ'
        )
    });
    if !simple {
        return false;
    }
    for c in text.chars() {
        let lower = match c {
            'Й' | 'й' => 'и',
            'Ё' | 'ё' => 'е',
            'Ї' | 'ї' | 'І' => 'і',
            'Є' => 'є',
            'Ґ' => 'ґ',
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            _ => c,
        };
        out.push(lower);
    }
    true
}

/// Great-circle distance in kilometres.
pub(crate) fn distance_km(a: &Place, b: &Place) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.lat.to_radians(),
        a.lon.to_radians(),
        b.lat.to_radians(),
        b.lon.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses() {
        let lines = DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        assert_eq!(gazetteer().places.len(), lines);
    }

    #[test]
    fn folds_like_the_generator() {
        assert_eq!(fold("Rzeszów"), "rzeszow");
        assert_eq!(fold("Kup'yans'k"), "kupyansk");
        assert_eq!(fold("Ivano-Frankivsk"), "ivano frankivsk");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Київ"), "киів");
        assert_eq!(fold("KHARKIV"), "kharkiv");
        for word in [
            "Київ",
            "КИЇВ",
            "Йошкар",
            "Ёлки",
            "Єнакієве",
            "Ґрунт",
            "Запоріжжя",
        ] {
            let mut slow = String::new();
            for c in word.nfd().filter(|c| !is_combining_mark(*c)) {
                slow.extend(c.to_lowercase());
            }
            assert_eq!(fold(word), slow, "{word}");
        }
    }
}
