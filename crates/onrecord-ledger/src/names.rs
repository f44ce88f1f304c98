//! Name keys: the folded form under which speakers and aliases are matched, across scripts.
//!
//! One person is written many ways: Зеленский (Russian), Зеленський (Ukrainian), Zelensky, Zelenskyy,
//! Zelenskiy (English practice and national systems), Selenskyj (German). The key folds them all to one
//! string, driven by the table in `data/name_fold.tsv`: Cyrillic and Latin spellings map to a small
//! phonetic alphabet with three vowel classes, doubled letters collapse. Given names keep only their
//! first letter and consonants, because Russian and Ukrainian forms of one name differ in vowels
//! (Владимир / Володимир / Vladimir / Volodymyr all fold to "vldmr"); surnames keep their vowel classes,
//! so Ivanov and Ivanova stay apart. Patronymics and middle initials are left out.
//!
//! A key is for matching, never for display: entities keep the name as first written.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// The fold rules, longest written form first so the scan can take the first that matches.
fn fold_rules() -> &'static [(Vec<char>, &'static str)] {
    static RULES: OnceLock<Vec<(Vec<char>, &'static str)>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules: Vec<(Vec<char>, &'static str)> = include_str!("../data/name_fold.tsv")
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let (from, to) = line.split_once('\t').unwrap_or((line, ""));
                (from.chars().collect(), to)
            })
            .collect();
        rules.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
        rules
    })
}

/// Folds a name for matching. "Arkady  Velesov." and "arkady velesov" share a key, and so do
/// "Владимир Зеленский", "Volodymyr Zelenskyy" and "Wladimir Selenskyj".
pub fn name_key(name: &str) -> String {
    let words = words(name);
    let last = words.len().saturating_sub(1);
    let mut key = String::new();
    for (position, word) in words.iter().enumerate() {
        let folded = fold_word(word);
        let is_middle = position != 0 && position != last;
        if folded.is_empty() || (is_middle && (word.chars().count() == 1 || is_patronymic(&folded)))
        {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        if position == last {
            key.push_str(&folded);
        } else {
            key.push_str(&given_name_skeleton(&folded));
        }
    }
    key
}

/// Lower-case words of letters and digits; apostrophes join (O'Neill, Мар'яна), other marks split.
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            word.push(ch);
        } else if !matches!(ch, '\'' | '’' | 'ʼ') && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// One word through the fold table; letters the table does not know lose their diacritics
/// (é → e) and then fold like the plain letter. Repeated letters collapse (Zelenskyy → one i).
fn fold_word(word: &str) -> String {
    let chars: Vec<char> = word.nfc().collect();
    let mut folded = String::with_capacity(word.len());
    let mut at = 0;
    while at < chars.len() {
        let rest = &chars[at..];
        if let Some((from, to)) = fold_rules().iter().find(|(from, _)| rest.starts_with(from)) {
            folded.push_str(to);
            at += from.len();
            continue;
        }
        let base: Vec<char> = rest[0]
            .to_string()
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .collect();
        match fold_rules().iter().find(|(from, _)| from[..] == base[..]) {
            Some((_, to)) => folded.push_str(to),
            None => folded.extend(base),
        }
        at += 1;
    }
    let mut collapsed = String::with_capacity(folded.len());
    for ch in folded.chars() {
        if !collapsed.ends_with(ch) {
            collapsed.push(ch);
        }
    }
    collapsed
}

fn is_combining_mark(ch: char) -> bool {
    matches!(ch, '\u{300}'..='\u{36f}')
}

/// Russian and Ukrainian patronymics after folding: -ович, -евич, -ич, -овна, -івна, -ична.
fn is_patronymic(folded: &str) -> bool {
    ["viC", "iC", "vna", "iCna"]
        .iter()
        .any(|suffix| folded.len() > suffix.len() + 2 && folded.ends_with(suffix))
}

/// A given name's first letter and its consonants: the part Russian, Ukrainian and English forms share.
fn given_name_skeleton(folded: &str) -> String {
    let mut chars = folded.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first
        + &chars
            .filter(|c| !matches!(c, 'a' | 'i' | 'u'))
            .collect::<String>()
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn folds_case_punctuation_and_spacing() {
        assert_eq!(name_key("  Arkady   Velesov. "), name_key("arkady velesov"));
        assert_eq!(name_key("O'Neill-Smith"), name_key("oneill smith"));
        assert_eq!(name_key("Пётр Сёмин"), name_key("Петр Семин"));
        assert_eq!(name_key("…"), "");
    }

    #[test]
    fn one_person_in_every_script_and_romanisation() {
        let groups: &[&[&str]] = &[
            &[
                "Зеленский",
                "Зеленський",
                "Zelensky",
                "Zelenskyy",
                "Zelenskiy",
                "Zelenskyi",
                "Selenskyj",
            ],
            &["Сырский", "Сирський", "Syrsky", "Syrskyi", "Syrskiy"],
            &["Песков", "Peskov", "Peskow"],
            &["Шойгу", "Shoigu", "Schoigu", "Šojgu"],
            &["Захарова", "Zakharova"],
            &[
                "Владимир Зеленский",
                "Володимир Зеленський",
                "Volodymyr Zelenskyy",
                "Vladimir Zelensky",
                "Wladimir Selenskyj",
            ],
            &[
                "Олександр Сирський",
                "Александр Сырский",
                "Oleksandr Syrskyi",
            ],
            &[
                "Дмитрий Песков",
                "Dmitry Peskov",
                "Dmitri Peskov",
                "Dmytro Peskov",
            ],
            &[
                "Сергей Лавров",
                "Sergei Lavrov",
                "Sergey Lavrov",
                "Serhiy Lavrov",
            ],
            &[
                "Владимир Владимирович Путин",
                "Vladimir Putin",
                "Vladimir V. Putin",
            ],
        ];
        for group in groups {
            let key = name_key(group[0]);
            for name in &group[1..] {
                assert_eq!(name_key(name), key, "{name} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_people_stay_apart() {
        let pairs = [
            ("Ivanov", "Ivanova"),
            ("Peskov", "Lavrov"),
            ("Marco Rubio", "Mark Rubin"),
            ("John Smith", "Jane Smith"),
            ("Зеленский", "Зеленская"),
        ];
        for (one, other) in pairs {
            assert_ne!(name_key(one), name_key(other), "{one} vs {other}");
        }
    }

    /// Every romanisation the project's tables generate folds to the Cyrillic form's key.
    #[test]
    fn romanisation_tables_fold_to_the_cyrillic_key() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../onrecord-facts/gazetteer");
        let surnames = [
            "Зеленский",
            "Сырский",
            "Шмыгаль",
            "Подоляк",
            "Ермак",
            "Кулеба",
            "Буданов",
            "Залужный",
            "Щербина",
            "Хоменко",
            "Чернышёв",
            "Юрченко",
            "Яценко",
            "Гончаренко",
            "Жуков",
        ];
        for table in ["translit_ru.tsv", "translit_uk.tsv"] {
            let text = std::fs::read_to_string(format!("{dir}/{table}")).expect("translit table");
            let rules: Vec<(String, Vec<String>)> = text
                .lines()
                .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
                .map(|line| {
                    let mut columns = line.split('\t');
                    let from = columns.next().unwrap_or_default().to_string();
                    (from, columns.map(str::to_string).collect())
                })
                .collect();
            for column in 0..2 {
                for surname in surnames {
                    let romanised = romanise(surname, &rules, column);
                    assert_eq!(
                        name_key(&romanised),
                        name_key(surname),
                        "{surname} → {romanised} ({table}, column {column})"
                    );
                }
            }
        }
    }

    /// Applies a translit table the way the gazetteer build does: `^x` at a word's start, `x$` at
    /// its end, otherwise longest match first.
    fn romanise(word: &str, rules: &[(String, Vec<String>)], column: usize) -> String {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        let mut out = String::new();
        let mut at = 0;
        while at < chars.len() {
            let rest: String = chars[at..].iter().collect();
            let mut best: Option<(usize, &str)> = None;
            for (from, to) in rules {
                let (pattern, at_start, at_end) = (
                    from.trim_start_matches('^').trim_end_matches('$'),
                    from.starts_with('^'),
                    from.ends_with('$'),
                );
                let fits = rest.starts_with(pattern)
                    && (!at_start || at == 0)
                    && (!at_end || rest.chars().count() == pattern.chars().count());
                let length = pattern.chars().count();
                if fits && best.is_none_or(|(best_length, _)| length > best_length) {
                    best = Some((length, to.get(column).map(String::as_str).unwrap_or("")));
                }
            }
            match best {
                Some((length, to)) => {
                    out.push_str(to);
                    at += length;
                }
                None => {
                    out.push(chars[at]);
                    at += 1;
                }
            }
        }
        out
    }
}
