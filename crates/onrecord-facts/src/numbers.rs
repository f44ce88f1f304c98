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

/// Scale words that multiply what stands before them.
pub(crate) fn scale(token: &Token) -> Option<f64> {
    if token.kind != Kind::Word {
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
            ("тис", 1e3),
            ("тисяч", 1e3),
            ("тисячі", 1e3),
            ("тисяча", 1e3),
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
    }
}
