//! Which language a text is in: English, Russian or Ukrainian from letter statistics, offline, in one
//! pass. Ingest tags each document with it; extraction asks it again per paragraph of a mixed text.

use crate::Lang;

/// How many letters of each kind a text has: what the language decision reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Letters {
    pub latin: usize,
    pub cyrillic: usize,
    /// і ї є ґ: letters only Ukrainian uses.
    pub ukrainian_only: usize,
    /// ы э ъ ё: letters only Russian uses.
    pub russian_only: usize,
}

impl Letters {
    pub fn count(text: &str) -> Letters {
        let mut letters = Letters::default();
        for ch in text.chars() {
            if ch.is_ascii_alphabetic() {
                letters.latin += 1;
            } else if ('\u{0400}'..='\u{04FF}').contains(&ch) {
                letters.cyrillic += 1;
                match ch {
                    'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                        letters.ukrainian_only += 1
                    }
                    'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э' | 'Ъ' | 'Ё' => {
                        letters.russian_only += 1
                    }
                    _ => {}
                }
            }
        }
        letters
    }

    /// Ukrainian when its own letters outnumber Russian's, Russian when the reverse, else neither.
    pub fn cyrillic_lang(&self) -> Option<Lang> {
        match self.ukrainian_only.cmp(&self.russian_only) {
            std::cmp::Ordering::Greater => Some(Lang::Uk),
            std::cmp::Ordering::Less => Some(Lang::Ru),
            std::cmp::Ordering::Equal => None,
        }
    }
}

impl Lang {
    /// Detects English, Russian or Ukrainian from the letters of the first 20,000 characters.
    ///
    /// Cyrillic text is Ukrainian when letters only Ukrainian uses (і ї є ґ) outnumber those only Russian
    /// uses (ы э ъ ё), else Russian. Latin-script text is English; text with few letters of either is
    /// [`Lang::Other`].
    pub fn detect(text: &str) -> Lang {
        let head = match text.char_indices().nth(20_000) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let letters = Letters::count(head);
        if letters.latin + letters.cyrillic < 3 {
            Lang::Other
        } else if letters.cyrillic > letters.latin {
            letters.cyrillic_lang().unwrap_or(Lang::Ru)
        } else {
            Lang::En
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Lang;

    #[test]
    fn tells_the_three_apart() {
        assert_eq!(
            Lang::detect("The minister said the front is stable."),
            Lang::En
        );
        assert_eq!(
            Lang::detect("Министр заявил, что фронт стабилен и мы готовы."),
            Lang::Ru
        );
        assert_eq!(
            Lang::detect("Міністр заявив, що фронт стабільний і ми готові."),
            Lang::Uk
        );
        assert_eq!(Lang::detect("12 34 !!"), Lang::Other);
    }
}
