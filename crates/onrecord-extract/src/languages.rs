//! Mixed-language documents: which stretches of a text are in which language.
//!
//! A document carries one language, but a Ukrainian channel may quote a Russian statement in its own
//! paragraph, and an English article may carry a Ukrainian post. Paragraphs (lines) whose letters say
//! clearly that they are in another language form their own run, extracted with that language's rules.
//! Lines too short to tell, or mixed, stay with the run before them.

use onrecord_model::{Lang, Letters};

/// Fewer letters than this cannot outvote the document's own language.
const MIN_LETTERS: usize = 12;

/// One stretch of text in one language: byte range and language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
}

/// Splits `text` into language runs. A text in one language is one run of `document` (the document's
/// own tag wins over any per-line guess), so single-language documents are extracted exactly as before.
pub(crate) fn runs(text: &str, document: Lang) -> Vec<Run> {
    let whole = || {
        vec![Run {
            start: 0,
            end: text.len(),
            lang: document,
        }]
    };
    // Without Cyrillic (its UTF-8 lead bytes) every line is in Latin script, so in one language.
    if !text.bytes().any(|b| matches!(b, 0xD0..=0xD3)) {
        return whole();
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut line_start = 0;
    // Where the label line just before this one starts: it goes with the message below it.
    let mut label_start = None;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let lang = line_lang(line, document);
        match runs.last_mut() {
            Some(run) if lang.is_none_or(|lang| lang == run.lang) => run.end = line_end,
            last => {
                let start = match (last, label_start) {
                    (Some(run), Some(label)) if label > run.start => {
                        run.end = label;
                        label
                    }
                    _ => line_start,
                };
                runs.push(Run {
                    start,
                    end: line_end,
                    lang: lang.unwrap_or(document),
                });
            }
        }
        label_start = is_label(line).then_some(line_start);
        line_start = line_end;
    }
    if runs.len() <= 1 {
        return whole();
    }
    runs
}

/// A label before a message (`[3.10 18:41] Nata_Lipovaya:`, `Оля Ткач:`, a messenger's copied
/// `mama_solomiyky, [15.09.2025 10:44]`): a name, in no language, that goes with the lines after it.
fn is_label(line: &str) -> bool {
    let line = line.trim_end();
    let copied_stamp = line.ends_with(']') && line.contains(", [");
    (line.ends_with(':') || copied_stamp) && line.split_whitespace().count() <= 4
}

/// The language a line is clearly written in, if any. Cyrillic without letters that tell Russian and
/// Ukrainian apart takes the document's language when that is one of the two.
fn line_lang(line: &str, document: Lang) -> Option<Lang> {
    let letters = Letters::count(line);
    if is_label(line) || letters.latin + letters.cyrillic < MIN_LETTERS {
        return None;
    }
    if letters.cyrillic > 3 * letters.latin {
        let undecided = match document {
            Lang::Ru | Lang::Uk => document,
            Lang::En | Lang::Other => Lang::Ru,
        };
        Some(letters.cyrillic_lang().unwrap_or(undecided))
    } else if letters.latin > 3 * letters.cyrillic {
        match document {
            Lang::Other => Some(Lang::Other),
            _ => Some(Lang::En),
        }
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{runs, Run};
    use onrecord_model::Lang;

    fn langs(text: &str, document: Lang) -> Vec<(String, Lang)> {
        runs(text, document)
            .into_iter()
            .map(|Run { start, end, lang }| (text[start..end].to_string(), lang))
            .collect()
    }

    #[test]
    fn one_language_is_one_run_of_the_document_language() {
        let text = "The minister said the line holds.\nOfficials said otherwise.";
        assert_eq!(langs(text, Lang::En), vec![(text.to_string(), Lang::En)]);
        let russian = "Министр заявил, что фронт стабилен.\nЭто так.";
        assert_eq!(
            langs(russian, Lang::Ru),
            vec![(russian.to_string(), Lang::Ru)]
        );
        assert_eq!(langs("", Lang::Uk), vec![(String::new(), Lang::Uk)]);
    }

    #[test]
    fn a_quoted_paragraph_in_another_language_is_its_own_run() {
        let text = "Канал пише:\nМіністр заявив, що фронт стабільний і ми готові.\n\"We are ready,\" the minister told reporters in English.\nОК\n";
        assert_eq!(
            langs(text, Lang::Uk),
            vec![
                (
                    "Канал пише:\nМіністр заявив, що фронт стабільний і ми готові.\n".into(),
                    Lang::Uk
                ),
                (
                    "\"We are ready,\" the minister told reporters in English.\nОК\n".into(),
                    Lang::En
                ),
            ]
        );
    }

    #[test]
    fn a_label_in_latin_letters_stays_with_its_message() {
        let text = "Чат района, выгрузка.\n[3.10 18:41] Nata_Lipovaya:\nтолько что на остановке затолкали мужика в бус.\n";
        assert_eq!(langs(text, Lang::Ru), vec![(text.to_string(), Lang::Ru)]);
    }

    #[test]
    fn a_label_goes_with_the_message_in_another_language_below_it() {
        let text = "Чат района, выгрузка сообщений.\n[3.10 18:41] Оля Ткач:\nЗавтра о дванадцятій біля центру відбудеться зібрання.\n";
        let found = langs(text, Lang::Ru);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1].0,
            "[3.10 18:41] Оля Ткач:\nЗавтра о дванадцятій біля центру відбудеться зібрання.\n"
        );
        assert_eq!(found[1].1, Lang::Uk);
    }

    #[test]
    fn russian_inside_ukrainian_is_told_apart_by_its_letters() {
        let text = "Міністр заявив, що фронт стабільний.\nМы это уже слышали, ответил депутат.\n";
        let found = langs(text, Lang::Uk);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, Lang::Ru);
    }
}
