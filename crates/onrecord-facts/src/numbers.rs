//! Numbers as written: digit groups in English and European formats ("4,700", "4 700", "4.700",
//! "4,7", "1.2") and English number words ("twenty-four", "a dozen", "two dozen", "a thousand").
//!
//! Owns reading a number at a token position. It never decides whether a number is a figure, a date
//! or a clock time; callers do.

use crate::text::{Kind, Token};

/// A number found at a token position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    /// Token index one past the number's last token.
    pub end: usize,
    /// Written in words ("four", "a dozen").
    pub words: bool,
}

const UNITS: [(&str, f64); 20] = [
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

const TENS: [(&str, f64); 8] = [
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Every scale word `scale` knows, lower case (flagged `text::SCALE` at tokenisation).
pub(crate) const SCALE_WORDS: &[&str] = &[
    "thousand",
    "k",
    "million",
    "mn",
    "mln",
    "m",
    "billion",
    "bn",
    "bln",
    "b",
    "trillion",
    "tn",
    "тыс",
    "тысяч",
    "тысячи",
    "тысяча",
    "тысячу",
    "тис",
    "тисяч",
    "тисячі",
    "тисяча",
    "тисячу",
    "млн",
    "миллион",
    "миллиона",
    "миллионов",
    "мільйон",
    "мільйона",
    "мільйонів",
    "млрд",
    "миллиард",
    "миллиарда",
    "миллиардов",
    "мільярд",
    "мільярда",
    "мільярдів",
];

/// Scale words that multiply what stands before them.
pub(crate) fn scale(token: &Token) -> Option<f64> {
    if token.kind != Kind::Word || !token.has(crate::text::SCALE) {
        return None;
    }
    let t = token.text;
    let value = if t.eq_ignore_ascii_case("thousand") || t == "k" || t == "K" {
        1e3
    } else if t.eq_ignore_ascii_case("million")
        || t.eq_ignore_ascii_case("mn")
        || t.eq_ignore_ascii_case("mln")
        || t == "m"
        || t == "M"
    {
        1e6
    } else if t.eq_ignore_ascii_case("billion")
        || t.eq_ignore_ascii_case("bn")
        || t.eq_ignore_ascii_case("bln")
        || t == "b"
    {
        1e9
    } else if t.eq_ignore_ascii_case("trillion") || t.eq_ignore_ascii_case("tn") {
        1e12
    } else if !t.is_ascii() {
        const CYRILLIC: &[(&str, f64)] = &[
            ("тыс", 1e3),
            ("тысяч", 1e3),
            ("тысячи", 1e3),
            ("тысяча", 1e3),
            ("тысячу", 1e3),
            ("тис", 1e3),
            ("тисяч", 1e3),
            ("тисячі", 1e3),
            ("тисяча", 1e3),
            ("тисячу", 1e3),
            ("млн", 1e6),
            ("миллион", 1e6),
            ("миллиона", 1e6),
            ("миллионов", 1e6),
            ("мільйон", 1e6),
            ("мільйона", 1e6),
            ("мільйонів", 1e6),
            ("млрд", 1e9),
            ("миллиард", 1e9),
            ("миллиарда", 1e9),
            ("миллиардов", 1e9),
            ("мільярд", 1e9),
            ("мільярда", 1e9),
            ("мільярдів", 1e9),
        ];
        return CYRILLIC.iter().find(|(w, _)| token.is(w)).map(|(_, v)| *v);
    } else {
        return None;
    };
    Some(value)
}

/// Russian and Ukrainian number words in their common case forms (apostrophes written `'`; the
/// lexicon also knows them with `’` and `ʼ`), with collective numerals ("пятеро", "п'ятеро").
pub(crate) const CYRILLIC_NUMBERS: &[(&str, f64)] = &[
    ("один", 1.0),
    ("одна", 1.0),
    ("одно", 1.0),
    ("одне", 1.0),
    ("одного", 1.0),
    ("одной", 1.0),
    ("одну", 1.0),
    ("два", 2.0),
    ("две", 2.0),
    ("дві", 2.0),
    ("двух", 2.0),
    ("двох", 2.0),
    ("двое", 2.0),
    ("двоє", 2.0),
    ("три", 3.0),
    ("трех", 3.0),
    ("трёх", 3.0),
    ("трьох", 3.0),
    ("трое", 3.0),
    ("троє", 3.0),
    ("четыре", 4.0),
    ("четырех", 4.0),
    ("четырёх", 4.0),
    ("чотири", 4.0),
    ("чотирьох", 4.0),
    ("четверо", 4.0),
    ("пять", 5.0),
    ("пяти", 5.0),
    ("п'ять", 5.0),
    ("п'яти", 5.0),
    ("пятеро", 5.0),
    ("п'ятеро", 5.0),
    ("шесть", 6.0),
    ("шести", 6.0),
    ("шість", 6.0),
    ("шестеро", 6.0),
    ("семь", 7.0),
    ("семи", 7.0),
    ("сім", 7.0),
    ("семеро", 7.0),
    ("восемь", 8.0),
    ("восьми", 8.0),
    ("вісім", 8.0),
    ("девять", 9.0),
    ("девяти", 9.0),
    ("дев'ять", 9.0),
    ("дев'яти", 9.0),
    ("десять", 10.0),
    ("десяти", 10.0),
    ("десятеро", 10.0),
    ("одиннадцать", 11.0),
    ("одинадцять", 11.0),
    ("двенадцать", 12.0),
    ("дванадцять", 12.0),
    ("тринадцать", 13.0),
    ("тринадцять", 13.0),
    ("четырнадцать", 14.0),
    ("чотирнадцять", 14.0),
    ("пятнадцать", 15.0),
    ("п'ятнадцять", 15.0),
    ("шестнадцать", 16.0),
    ("шістнадцять", 16.0),
    ("семнадцать", 17.0),
    ("сімнадцять", 17.0),
    ("восемнадцать", 18.0),
    ("вісімнадцять", 18.0),
    ("девятнадцать", 19.0),
    ("дев'ятнадцять", 19.0),
    ("двадцать", 20.0),
    ("двадцати", 20.0),
    ("двадцять", 20.0),
    ("тридцать", 30.0),
    ("тридцати", 30.0),
    ("тридцять", 30.0),
    ("сорок", 40.0),
    ("сорока", 40.0),
    ("пятьдесят", 50.0),
    ("пятидесяти", 50.0),
    ("п'ятдесят", 50.0),
    ("шестьдесят", 60.0),
    ("шістдесят", 60.0),
    ("семьдесят", 70.0),
    ("сімдесят", 70.0),
    ("восемьдесят", 80.0),
    ("вісімдесят", 80.0),
    ("девяносто", 90.0),
    ("дев'яносто", 90.0),
    ("сто", 100.0),
    ("ста", 100.0),
    ("двести", 200.0),
    ("двухсот", 200.0),
    ("двісті", 200.0),
    ("триста", 300.0),
    ("трехсот", 300.0),
    ("трёхсот", 300.0),
    ("четыреста", 400.0),
    ("чотириста", 400.0),
    ("пятьсот", 500.0),
    ("пятисот", 500.0),
    ("п'ятсот", 500.0),
    ("шестьсот", 600.0),
    ("шістсот", 600.0),
    ("семьсот", 700.0),
    ("сімсот", 700.0),
    ("восемьсот", 800.0),
    ("вісімсот", 800.0),
    ("девятьсот", 900.0),
    ("дев'ятсот", 900.0),
];

/// The value of a Russian or Ukrainian number word.
pub(crate) fn cyrillic_value(token: &Token) -> Option<f64> {
    if !token.is_cyrillic() || !token.has(crate::text::FIGURE_CORE) {
        return None;
    }
    let lower: String = token
        .text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, '’' | 'ʼ') { '\'' } else { c })
        .collect();
    CYRILLIC_NUMBERS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, v)| *v)
}

/// "двадцать пять", "сто двадцать": a number word and the smaller ones after it.
fn read_cyrillic(tokens: &[Token], i: usize) -> Option<Number> {
    let mut value = cyrillic_value(tokens.get(i)?)?;
    let mut end = i + 1;
    let mut last = value;
    while let Some(next) = tokens.get(end).and_then(cyrillic_value) {
        // Each part must be of a smaller order: hundreds, then tens, then units.
        let order = |v: f64| {
            if v >= 100.0 {
                2
            } else if v >= 20.0 {
                1
            } else {
                0
            }
        };
        if order(next) >= order(last) || (last < 20.0) {
            break;
        }
        value += next;
        last = next;
        end += 1;
    }
    Some(Number {
        value,
        end,
        words: true,
    })
}

fn word_value(text: &str) -> Option<(f64, bool)> {
    for (w, v) in UNITS {
        if text.eq_ignore_ascii_case(w) {
            return Some((v, false));
        }
    }
    for (w, v) in TENS {
        if text.eq_ignore_ascii_case(w) {
            return Some((v, true));
        }
    }
    None
}

fn digits(token: &Token) -> Option<f64> {
    if token.kind == Kind::Num && token.text.len() <= 15 {
        token.text.parse::<f64>().ok()
    } else {
        None
    }
}

fn adjacent(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| !t.space_before)
}

/// Reads digits at `i`: thousands groups separated by ',', '.', or one space, then a decimal part.
fn read_digits(tokens: &[Token], i: usize) -> Option<Number> {
    let first = tokens.get(i)?;
    let mut value = digits(first)?;
    let mut end = i + 1;
    let mut grouped = false;
    if first.text.len() <= 3 {
        while let Some(sep) = tokens.get(end) {
            let group_at = |j: usize| {
                tokens
                    .get(j)
                    .filter(|t| t.kind == Kind::Num && t.text.len() == 3)
            };
            // "4,700" / "4.700": a separator glued on both sides, then exactly three digits that
            // are not followed by more glued digits ("4.7001").
            let glued = (sep.is_punct(',') || sep.is_punct('.'))
                && !sep.space_before
                && adjacent(tokens, end + 1)
                && group_at(end + 1).is_some()
                && !(sep.is_punct('.') && first.text == "0" && !grouped)
                && !(tokens
                    .get(end + 2)
                    .is_some_and(|t| !t.space_before && (t.is_num())));
            if glued {
                value = value * 1000.0 + digits(&tokens[end + 1]).unwrap_or(0.0);
                end += 2;
                grouped = true;
                continue;
            }
            // "4 700": one plain space, exactly three digits, not followed by a glued decimal.
            if sep.kind == Kind::Num && sep.text.len() == 3 && sep.space_before && !sep.wide_gap {
                let after = tokens.get(end + 1);
                let after_is_more = after.is_some_and(|t| {
                    (t.is_punct('.') || t.is_punct(':') || t.is_punct('/'))
                        && !t.space_before
                        && tokens
                            .get(end + 2)
                            .is_some_and(|n| n.is_num() && !n.space_before)
                });
                if !after_is_more {
                    value = value * 1000.0 + digits(sep).unwrap_or(0.0);
                    end += 1;
                    grouped = true;
                    continue;
                }
            }
            break;
        }
    }
    // Decimal part: "4,7" (decimal comma) or "1.2".
    if let (Some(sep), Some(frac)) = (tokens.get(end), tokens.get(end + 1)) {
        let is_sep = (sep.is_punct('.') || sep.is_punct(',')) && !sep.space_before;
        let comma_ok = sep.is_punct('.') || !grouped;
        if is_sep && comma_ok && frac.kind == Kind::Num && !frac.space_before {
            let text = format!("0.{}", frac.text);
            if let Ok(f) = text.parse::<f64>() {
                value += f;
                end += 2;
            }
        }
    }
    Some(Number {
        value,
        end,
        words: false,
    })
}

/// Reads English number words at `i`: "four", "twenty-four", "a dozen", "two dozen", "a thousand",
/// "one hundred and twenty".
fn read_words(tokens: &[Token], i: usize) -> Option<Number> {
    let first = tokens.get(i)?;
    if first.kind != Kind::Word {
        return None;
    }
    let mut end = i;
    let mut value;
    if first.is("a") || first.is("an") {
        let next = tokens.get(i + 1)?;
        if next.is("dozen") {
            return Some(Number {
                value: 12.0,
                end: i + 2,
                words: true,
            });
        }
        let s = scale(next).filter(|_| next.text.len() > 2)?;
        if next.is("hundred") {
            value = 100.0;
        } else {
            value = s;
        }
        return Some(Number {
            value,
            end: i + 2,
            words: true,
        });
    }
    if first.is("hundred") {
        return None;
    }
    if !first.has(crate::text::FIGURE_CORE) {
        return None;
    }
    if first.is_cyrillic() {
        return read_cyrillic(tokens, i);
    }
    let (v, is_ten) = word_value(first.text)?;
    value = v;
    end += 1;
    if is_ten {
        if let (Some(dash), Some(unit)) = (tokens.get(end), tokens.get(end + 1)) {
            if dash.is_punct('-') && !dash.space_before {
                if let Some((u, false)) = word_value(unit.text) {
                    if u < 10.0 && u > 0.0 {
                        value += u;
                        end += 2;
                    }
                }
            }
        }
    }
    if let Some(next) = tokens.get(end) {
        if next.is("dozen") {
            return Some(Number {
                value: value * 12.0,
                end: end + 1,
                words: true,
            });
        }
        if next.is("hundred") {
            value *= 100.0;
            end += 1;
        }
    }
    Some(Number {
        value,
        end,
        words: true,
    })
}

/// Reads a number at `i`, digits or words, without any scale word after it.
pub(crate) fn read_number(tokens: &[Token], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    match t.kind {
        Kind::Num => read_digits(tokens, i),
        Kind::Word => read_words(tokens, i),
        Kind::Punct => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn flag_lists_cover_the_words_read_here() {
        for (w, _) in UNITS.iter().chain(TENS.iter()) {
            assert!(crate::figures::CORE.contains(w), "{w}");
        }
        for w in SCALE_WORDS {
            let tokens = tokenize(w);
            assert!(scale(&tokens[0]).is_some(), "{w}");
        }
    }

    fn num(s: &str) -> f64 {
        let tokens = tokenize(s);
        read_number(&tokens, 0).map(|n| n.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn formats() {
        assert_eq!(num("4,700"), 4700.0);
        assert_eq!(num("4 700"), 4700.0);
        assert_eq!(num("4.700"), 4700.0);
        assert_eq!(num("4700"), 4700.0);
        assert_eq!(num("4,7"), 4.7);
        assert_eq!(num("1.2"), 1.2);
        assert_eq!(num("0.700"), 0.7);
        assert_eq!(num("1,234,567"), 1_234_567.0);
        assert_eq!(num("twenty-four"), 24.0);
        assert_eq!(num("two dozen"), 24.0);
        assert_eq!(num("a dozen"), 12.0);
        assert_eq!(num("a thousand"), 1000.0);
        assert_eq!(num("двадцать пять"), 25.0);
        assert_eq!(num("сто двадцать три"), 123.0);
        assert_eq!(num("п’ятеро"), 5.0);
        assert_eq!(num("дві"), 2.0);
    }
}
