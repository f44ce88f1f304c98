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

pub(crate) struct Gazetteer {
    pub places: Vec<Place>,
    keys: HashMap<&'static str, Vec<Entry>, FnvBuild>,
    /// The longest key in words.
    pub max_words: usize,
}

impl Gazetteer {
    pub fn lookup(&self, key: &str) -> Option<&[Entry]> {
        self.keys.get(key).map(Vec::as_slice)
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
    let mut keys: HashMap<&'static str, Vec<Entry>, FnvBuild> = HashMap::default();
    let mut max_words = 1;
    for line in data.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [name, country, lat, lon, kind, pop, key_list] = cols[..] else {
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
            keys.entry(key).or_default().push(Entry {
                place: index,
                primary,
                ambiguous,
            });
        }
    }
    Gazetteer {
        places,
        keys,
        max_words: max_words.min(6),
    }
}

/// The lookup key of a name: lower case, diacritics removed, apostrophes and dots dropped, hyphens
/// as spaces. Must agree with `fold` in `gazetteer/build.py`.
pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() && !text.contains([' ', '-', '\'', '.', '`', '\t', '\n']) {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
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
    if out.ends_with(' ') {
        out.pop();
    }
    out
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
    }
}
