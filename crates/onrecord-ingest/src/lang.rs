//! Offline language detection (en, ru, uk) from letter statistics. Pure; never downloads a model.

use onrecord_model::Lang;

/// Detects English, Russian or Ukrainian from letter statistics, offline and in one pass.
///
/// Cyrillic text is Ukrainian when letters only Ukrainian uses (і ї є ґ) outnumber those only Russian
/// uses (ы э ъ ё), else Russian. Latin-script text is English; text with few letters of either is
/// [`Lang::Other`].
pub fn detect_lang(text: &str) -> Lang {
    let (mut latin, mut cyrillic, mut ukrainian_only, mut russian_only) =
        (0usize, 0usize, 0usize, 0usize);
    for ch in text.chars().take(20_000) {
        if ch.is_ascii_alphabetic() {
            latin += 1;
        } else if ('\u{0400}'..='\u{04FF}').contains(&ch) {
            cyrillic += 1;
            match ch.to_lowercase().next().unwrap_or(ch) {
                'і' | 'ї' | 'є' | 'ґ' => ukrainian_only += 1,
                'ы' | 'э' | 'ъ' | 'ё' => russian_only += 1,
                _ => {}
            }
        }
    }
    if latin + cyrillic < 3 {
        return Lang::Other;
    }
    if cyrillic > latin {
        if ukrainian_only > russian_only {
            Lang::Uk
        } else {
            Lang::Ru
        }
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::detect_lang;
    use onrecord_model::Lang;

    #[test]
    fn tells_the_three_apart() {
        assert_eq!(
            detect_lang("The minister said the front is stable."),
            Lang::En
        );
        assert_eq!(
            detect_lang("Министр заявил, что фронт стабилен и мы готовы."),
            Lang::Ru
        );
        assert_eq!(
            detect_lang("Міністр заявив, що фронт стабільний і ми готові."),
            Lang::Uk
        );
        assert_eq!(detect_lang("12 34 !!"), Lang::Other);
    }
}
