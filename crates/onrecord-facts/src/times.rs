//! Time expressions normalised to intervals against the publication date: datelines ("March 8",
//! "25.10"), weekdays, parts of the day ("last night", "at dawn on 8.03", "late on Friday"), clock
//! times, months, seasons, years, "since X", and relative phrases ("a week earlier", "yesterday").
//!
//! Owns the time grammar and the calendar arithmetic (conventions: `../shared/eval/FACTS.md`). It never
//! reads a clock: without a publication date, expressions that need one yield nothing.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use onrecord_model::{Granularity, TimeRef};

use crate::text::{Kind, Token};

/// A time expression with its token range `[start, end)`.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub time: TimeRef,
}

#[derive(Clone, Copy, PartialEq)]
struct Interval {
    from: NaiveDateTime,
    to: NaiveDateTime,
    granularity: Granularity,
}

const MONTHS: [(&str, u32); 23] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words that can start a time expression (sorted, lower case); numbers always can.
pub(crate) const TRIGGERS: &[&str] = &[
    "a",
    "an",
    "apr",
    "april",
    "at",
    "aug",
    "august",
    "autumn",
    "dec",
    "december",
    "during",
    "early",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fall",
    "feb",
    "february",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "friday",
    "in",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "late",
    "mar",
    "march",
    "may",
    "mid",
    "monday",
    "next",
    "nine",
    "nineteen",
    "ninety",
    "nov",
    "november",
    "oct",
    "october",
    "on",
    "one",
    "over",
    "overnight",
    "saturday",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "since",
    "six",
    "sixteen",
    "sixty",
    "spring",
    "summer",
    "sunday",
    "ten",
    "the",
    "thirteen",
    "thirty",
    "this",
    "three",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "twelve",
    "twenty",
    "two",
    "wednesday",
    "winter",
    "yesterday",
];

/// Words one of which stands in every time expression without digits, at most `REACH` tokens after
/// its start (lower case): month and weekday names, day words, parts of the day, seasons, units of
/// time. `find` tries a trigger only with one of them (or a number) in reach, so a word added to the
/// grammar that can be the only such word of an expression must be listed here.
pub(crate) const CORE: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "overnight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "dawn",
    "daybreak",
    "day",
    "days",
    "hour",
    "hours",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "quarter",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "war",
    "invasion",
    "вчера",
    "вчора",
    "сегодня",
    "сьогодні",
    "завтра",
    "ночью",
    "вночі",
    "ночі",
    "понедельник",
    "вторник",
    "среду",
    "среда",
    "четверг",
    "пятницу",
    "пятница",
    "субботу",
    "суббота",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середу",
    "середа",
    "четвер",
    "пʼятницю",
    "п'ятницю",
    "пятницю",
    "суботу",
    "субота",
    "неділю",
    "неділя",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
    "січні",
    "лютому",
    "березні",
    "квітні",
    "травні",
    "червні",
    "липні",
    "серпні",
    "вересні",
    "жовтні",
    "листопаді",
    "грудні",
    "рассвете",
    "світанку",
    "утром",
    "утра",
    "вранці",
    "зранку",
    "днем",
    "днём",
    "вдень",
    "вечером",
    "вечера",
    "ввечері",
    "увечері",
    "ночь",
    "ніч",
    "позавчера",
    "позавчора",
];

/// How far after its first token a time expression's first core word or number may stand ("since
/// the start of the war": 5; one more for safety).
const REACH: usize = 6;

fn is_core(token: &Token) -> bool {
    token.kind == Kind::Num || token.has(crate::text::TIME_CORE)
}

/// The ASCII words this grammar (and `numbers`, which it reads numbers with) compares tokens with,
/// besides those of `TRIGGERS`, `CORE`, `figures::CORE` and `numbers::SCALE_WORDS` (sorted, lower
/// case). Together they carry the `TIME_WORD` flag: an ASCII word without it is in no time
/// expression, so `find` tries no start before it. `grammar_words_are_time_words` checks that every
/// word written in this file and in `numbers.rs` has the flag.
pub(crate) const WORDS: &[&str] = &[
    "about",
    "ago",
    "aims",
    "am",
    "approximately",
    "around",
    "before",
    "beginning",
    "by",
    "came",
    "cet",
    "coming",
    "did",
    "due",
    "earlier",
    "ed",
    "end",
    "expect",
    "expected",
    "expects",
    "first",
    "following",
    "forecast",
    "fourth",
    "from",
    "full",
    "gmt",
    "had",
    "hit",
    "intends",
    "into",
    "is",
    "kyiv",
    "later",
    "local",
    "moscow",
    "nd",
    "of",
    "p",
    "planned",
    "plans",
    "pm",
    "possible",
    "previous",
    "rd",
    "reported",
    "said",
    "same",
    "scale",
    "scheduled",
    "second",
    "shall",
    "st",
    "start",
    "struck",
    "th",
    "third",
    "throughout",
    "time",
    "to",
    "told",
    "until",
    "upcoming",
    "utc",
    "was",
    "were",
    "will",
    "would",
];

/// Whether some time expression may hold `token`: a number, a mark, a word that is not all ASCII
/// (the Cyrillic grammar is not listed word by word) or a `TIME_WORD`.
fn may_hold(token: &Token) -> bool {
    token.kind != Kind::Word || !token.ascii || token.has(crate::text::TIME_WORD)
}

/// Russian and Ukrainian words that can start a time expression (lower case).
pub(crate) const TRIGGERS_CYRILLIC: &[&str] = &[
    "на",
    "рано",
    "утром",
    "утра",
    "вранці",
    "зранку",
    "днем",
    "днём",
    "вдень",
    "вечером",
    "вечера",
    "ввечері",
    "увечері",
    "позавчера",
    "позавчора",
    "в",
    "во",
    "у",
    "вчера",
    "вчора",
    "сегодня",
    "сьогодні",
    "завтра",
    "ночью",
    "вночі",
    "этой",
    "минулої",
    "прошлой",
    "понедельник",
    "вторник",
    "среду",
    "среда",
    "четверг",
    "пятницу",
    "пятница",
    "субботу",
    "суббота",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середу",
    "середа",
    "четвер",
    "пʼятницю",
    "п'ятницю",
    "пятницю",
    "суботу",
    "субота",
    "неділю",
    "неділя",
];

/// Russian and Ukrainian month names in the genitive ("12 марта", "12 березня").
const MONTHS_CYRILLIC: &[(&str, u32)] = &[
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
];

/// Russian and Ukrainian weekday names (nominative and accusative).
const WEEKDAYS_CYRILLIC: &[(&str, Weekday)] = &[
    ("понедельник", Weekday::Mon),
    ("вторник", Weekday::Tue),
    ("среду", Weekday::Wed),
    ("среда", Weekday::Wed),
    ("четверг", Weekday::Thu),
    ("пятницу", Weekday::Fri),
    ("пятница", Weekday::Fri),
    ("субботу", Weekday::Sat),
    ("суббота", Weekday::Sat),
    ("воскресенье", Weekday::Sun),
    ("понеділок", Weekday::Mon),
    ("вівторок", Weekday::Tue),
    ("середу", Weekday::Wed),
    ("середа", Weekday::Wed),
    ("четвер", Weekday::Thu),
    ("пʼятницю", Weekday::Fri),
    ("п'ятницю", Weekday::Fri),
    ("пятницю", Weekday::Fri),
    ("суботу", Weekday::Sat),
    ("субота", Weekday::Sat),
    ("неділю", Weekday::Sun),
    ("неділя", Weekday::Sun),
];

/// Words that make a sentence speak of the future.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "next",
    "due",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "planned",
    "plans",
    "upcoming",
    "possible",
    "forecast",
    "intends",
    "aims",
    "would",
    "coming",
];

/// Words that make a sentence speak of the past (besides words in "-ed").
const PAST: &[&str] = &[
    "said", "was", "were", "had", "did", "ago", "told", "reported", "came", "struck", "hit",
];

/// Bit `first letter - 'a'` of `TENSE_STARTS[len]` is set when a word of `FUTURE` or `PAST` has
/// `len` bytes and starts with that letter: `Ctx::future` skips most words without comparing.
const TENSE_STARTS: [u32; 16] = {
    let mut table = [0u32; 16];
    let lists = [FUTURE, PAST];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let b = lists[l][k].as_bytes();
            assert!(b.len() < 16 && b[0].is_ascii_lowercase());
            table[b.len()] |= 1 << (b[0] - b'a');
            k += 1;
        }
        l += 1;
    }
    table
};

fn month_of(token: &Token) -> Option<u32> {
    // Every month name is a core word (`CORE`), flagged at tokenisation.
    if !token.has(crate::text::TIME_CORE) {
        return None;
    }
    if token.kind == Kind::Word && token.is_cyrillic() {
        return MONTHS_CYRILLIC
            .iter()
            .find(|(n, _)| token.is(n))
            .map(|(_, m)| *m);
    }
    if token.kind != Kind::Word || !token.is_capitalised() {
        return None;
    }
    if token.text.eq_ignore_ascii_case("dec") {
        return Some(12);
    }
    MONTHS.iter().find(|(n, _)| token.is(n)).map(|(_, m)| *m)
}

/// Russian and Ukrainian month names in the locative ("в марте", "у березні").
const MONTHS_LOCATIVE: &[(&str, u32)] = &[
    ("январе", 1),
    ("феврале", 2),
    ("марте", 3),
    ("апреле", 4),
    ("мае", 5),
    ("июне", 6),
    ("июле", 7),
    ("августе", 8),
    ("сентябре", 9),
    ("октябре", 10),
    ("ноябре", 11),
    ("декабре", 12),
    ("січні", 1),
    ("лютому", 2),
    ("березні", 3),
    ("квітні", 4),
    ("травні", 5),
    ("червні", 6),
    ("липні", 7),
    ("серпні", 8),
    ("вересні", 9),
    ("жовтні", 10),
    ("листопаді", 11),
    ("грудні", 12),
];

fn month_locative(token: &Token) -> Option<u32> {
    if !token.is_cyrillic() {
        return None;
    }
    MONTHS_LOCATIVE
        .iter()
        .find(|(n, _)| token.is(n))
        .map(|(_, m)| *m)
}

/// Russian and Ukrainian one-word parts of the day, as hours from the day's midnight (night: the
/// night that ends on the day).
const PARTS_CYRILLIC: &[(&str, i64, i64)] = &[
    ("утром", 6, 12),
    ("утра", 6, 12),
    ("вранці", 6, 12),
    ("зранку", 6, 12),
    ("днем", 12, 18),
    ("днём", 12, 18),
    ("вдень", 12, 18),
    ("вечером", 18, 24),
    ("вечера", 18, 24),
    ("ввечері", 18, 24),
    ("увечері", 18, 24),
    ("ночью", -6, 6),
    ("вночі", -6, 6),
];

fn cyrillic_part(token: &Token) -> Option<(i64, i64)> {
    PARTS_CYRILLIC
        .iter()
        .find(|(w, _, _)| token.is(w))
        .map(|(_, a, b)| (*a, *b))
}

/// Words after a year that belong to it ("в 2024 году", "у 2024 році").
const YEAR_WORDS: &[&str] = &["года", "году", "год", "року", "році", "рік", "рр", "г"];

fn weekday_of(token: &Token) -> Option<Weekday> {
    // Every weekday name is a core word (`CORE`), flagged at tokenisation.
    if !token.has(crate::text::TIME_CORE) {
        return None;
    }
    if token.kind == Kind::Word && token.is_cyrillic() {
        return WEEKDAYS_CYRILLIC
            .iter()
            .find(|(n, _)| token.is(n))
            .map(|(_, w)| *w);
    }
    if token.kind != Kind::Word || !token.is_capitalised() {
        return None;
    }
    WEEKDAYS.iter().find(|(n, _)| token.is(n)).map(|(_, w)| *w)
}

fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN) + Duration::hours(i64::from(hour))
}

fn day(date: NaiveDate) -> Interval {
    Interval {
        from: at(date, 0),
        to: at(date + Duration::days(1), 0),
        granularity: Granularity::Day,
    }
}

fn hours(date: NaiveDate, from: i64, to: i64) -> Interval {
    let base = at(date, 0);
    Interval {
        from: base + Duration::hours(from),
        to: base + Duration::hours(to),
        granularity: Granularity::PartOfDay,
    }
}

fn month(year: i32, m: u32) -> Option<Interval> {
    let from = NaiveDate::from_ymd_opt(year, m, 1)?;
    let to = if m == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, m + 1, 1)?
    };
    Some(Interval {
        from: at(from, 0),
        to: at(to, 0),
        granularity: Granularity::Month,
    })
}

fn year(y: i32) -> Option<Interval> {
    Some(Interval {
        from: at(NaiveDate::from_ymd_opt(y, 1, 1)?, 0),
        to: at(NaiveDate::from_ymd_opt(y + 1, 1, 1)?, 0),
        granularity: Granularity::Year,
    })
}

/// Meteorological season starting in `start_month` of `y` (winter starts in December).
fn season(y: i32, start_month: u32) -> Option<Interval> {
    let from = NaiveDate::from_ymd_opt(y, start_month, 1)?;
    let end_month = start_month + 3;
    let to = if end_month > 12 {
        NaiveDate::from_ymd_opt(y + 1, end_month - 12, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, end_month, 1)?
    };
    Some(Interval {
        from: at(from, 0),
        to: at(to, 0),
        granularity: Granularity::Season,
    })
}

fn season_start(token: &Token) -> Option<u32> {
    if token.is("spring") {
        Some(3)
    } else if token.is("summer") {
        Some(6)
    } else if token.is("autumn") || token.is("fall") {
        Some(9)
    } else if token.is("winter") {
        Some(12)
    } else {
        None
    }
}

/// Most recent `weekday` on or before `pub_date`, or the next on or after it when `future`.
fn resolve_weekday(pub_date: NaiveDate, weekday: Weekday, future: bool) -> NaiveDate {
    let today = pub_date.weekday().num_days_from_monday() as i64;
    let target = weekday.num_days_from_monday() as i64;
    if future {
        pub_date + Duration::days((target - today).rem_euclid(7))
    } else {
        pub_date - Duration::days((today - target).rem_euclid(7))
    }
}

/// The year that puts month/day nearest the publication date.
fn nearest_year(pub_date: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let y = pub_date.year();
    let mut best: Option<NaiveDate> = None;
    for cand in [y - 1, y, y + 1] {
        if let Some(date) = NaiveDate::from_ymd_opt(cand, m, d) {
            let dist = (date - pub_date).num_days().abs();
            if best.is_none_or(|b| dist < (b - pub_date).num_days().abs()) {
                best = Some(date);
            }
        }
    }
    best
}

#[derive(Clone, Copy)]
struct Ctx<'t, 'a> {
    tokens: &'t [Token<'a>],
    published: Option<NaiveDate>,
    /// The latest day an event in the text was placed on, for "a week earlier".
    last_event: Option<NaiveDate>,
    /// The latest month named, for "the same month last year".
    last_month: Option<(i32, u32)>,
}

impl Ctx<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(word))
    }

    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// Whether the clause around token `i` speaks of the future: the nearest tense marker before it
    /// (then after it) decides; none means past, the usual tense of reports.
    fn future(&self, i: usize) -> bool {
        let marker = |t: &Token| -> Option<bool> {
            if t.kind != Kind::Word {
                return None;
            }
            // The markers are ASCII words: a non-ASCII token is none, and most ASCII ones are told
            // apart by their length and first letter.
            let first = t.text.as_bytes().first().map_or(0, |b| b | 0x20);
            let len = t.text.len();
            if t.ascii
                && len < TENSE_STARTS.len()
                && first.is_ascii_lowercase()
                && TENSE_STARTS[len] & (1 << (first - b'a')) != 0
            {
                if FUTURE.iter().any(|w| t.is(w)) {
                    return Some(true);
                }
                if PAST.iter().any(|w| t.is(w)) {
                    return Some(false);
                }
            }
            if t.text.len() > 4 && t.text.ends_with("ed") {
                return Some(false);
            }
            None
        };
        let boundary = |k: usize| {
            let t = &self.tokens[k];
            let decimal = (t.is_punct('.') || t.is_punct(','))
                && !t.space_before
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && !n.space_before);
            t.kind == Kind::Punct
                && !decimal
                && matches!(
                    t.text,
                    "." | "," | ";" | ":" | "!" | "?" | "–" | "—" | "(" | ")"
                )
        };
        let mut k = i;
        let mut seen = 0;
        while k > 0 && seen < 14 {
            k -= 1;
            if boundary(k) {
                break;
            }
            if let Some(f) = marker(&self.tokens[k]) {
                return f;
            }
            seen += 1;
        }
        let mut k = i;
        let mut seen = 0;
        while k < self.tokens.len() && seen < 14 {
            if boundary(k) {
                break;
            }
            if let Some(f) = marker(&self.tokens[k]) {
                return f;
            }
            k += 1;
            seen += 1;
        }
        false
    }

    fn num(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.text.len() <= 4 {
            t.text.parse().ok()
        } else {
            None
        }
    }

    fn four_digit_year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.text.len() == 4 {
            let y: i32 = t.text.parse().ok()?;
            (1900..=2100).contains(&y).then_some(y)
        } else {
            None
        }
    }

    /// An ordinal suffix glued to a number ("7th").
    fn ordinal_suffix(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            !t.space_before
                && t.kind == Kind::Word
                && ["st", "nd", "rd", "th"].iter().any(|s| t.is(s))
        })
    }

    /// A calendar date at `i`: "7 March [2025]", "March 7[th][, 2025]", "8.03[.2025]", "the 7th of March".
    fn date(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let resolve = |m: u32, d: u32, y: Option<i32>| -> Option<NaiveDate> {
            match y {
                Some(y) => NaiveDate::from_ymd_opt(y, m, d),
                None => {
                    let pubd = self.published?;
                    nearest_year(pubd, m, d)
                }
            }
        };
        // "2025-03-07"
        if let Some(y) = self.four_digit_year(i) {
            let glued = |k: usize| self.tok(k).is_some_and(|t| !t.space_before);
            let dash = |k: usize| self.tok(k).is_some_and(|t| t.is_punct('-'));
            if dash(i + 1)
                && glued(i + 1)
                && glued(i + 2)
                && dash(i + 3)
                && glued(i + 3)
                && glued(i + 4)
            {
                let m = self.num(i + 2)?;
                let d = self.num(i + 4)?;
                return Some((NaiveDate::from_ymd_opt(y, m, d)?, i + 5));
            }
            return None;
        }
        // "7 March", "7th March", "7 March 2025"
        if let Some(d) = self.num(i).filter(|d| (1..=31).contains(d)) {
            let mut j = i + 1;
            if self.ordinal_suffix(j) {
                j += 1;
            }
            if self.is(j, "of") {
                j += 1;
            }
            if let Some(m) = self.tok(j).and_then(month_of) {
                j += 1;
                let y = self.four_digit_year(j);
                if y.is_some() {
                    j += 1;
                }
                return Some((resolve(m, d, y)?, j));
            }
            // "8.03", "25.10", "8.03.2025"
            let t = self.tok(i)?;
            if t.text.len() <= 2
                && self
                    .tok(i + 1)
                    .is_some_and(|p| p.is_punct('.') && !p.space_before)
            {
                let mt = self.tok(i + 2)?;
                if mt.kind == Kind::Num && mt.text.len() == 2 && !mt.space_before {
                    let m: u32 = mt.text.parse().ok()?;
                    if !(1..=12).contains(&m) {
                        return None;
                    }
                    let mut j = i + 3;
                    let mut y = None;
                    if self
                        .tok(j)
                        .is_some_and(|p| p.is_punct('.') && !p.space_before)
                    {
                        if let Some(yy) = self.four_digit_year(j + 1) {
                            y = Some(yy);
                            j += 2;
                        }
                    }
                    // Not a decimal figure: "1.20 million", "3.50%".
                    if let Some(next) = self.tok(j) {
                        if next.is_punct('%') || crate::numbers::scale(next).is_some() {
                            return None;
                        }
                        if next.is_punct('.')
                            && !next.space_before
                            && self
                                .tok(j + 1)
                                .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
                        {
                            return None;
                        }
                    }
                    return Some((resolve(m, d, y)?, j));
                }
            }
            return None;
        }
        // "March 7", "March 7th, 2025", "Sept 12"
        let m = self.tok(i).and_then(month_of)?;
        let mut j = i + 1;
        if self
            .tok(j)
            .is_some_and(|t| t.is_punct('.') && !t.space_before)
        {
            j += 1;
        }
        let d = self.num(j).filter(|d| (1..=31).contains(d))?;
        if self.tok(j).is_some_and(|t| t.text.len() > 2) {
            return None;
        }
        j += 1;
        if self.ordinal_suffix(j) {
            j += 1;
        }
        let mut y = None;
        if self.tok(j).is_some_and(|t| t.is_punct(',')) {
            if let Some(yy) = self.four_digit_year(j + 1) {
                y = Some(yy);
                j += 2;
            }
        } else if let Some(yy) = self.four_digit_year(j) {
            y = Some(yy);
            j += 1;
        }
        Some((resolve(m, d, y)?, j))
    }

    /// A day: a date, a weekday, yesterday/today/tomorrow.
    fn day_at(&self, i: usize) -> Option<(NaiveDate, usize)> {
        if let Some(r) = self.date(i) {
            return Some(r);
        }
        let pubd = self.published?;
        let t = self.tok(i)?;
        if let Some(w) = weekday_of(t) {
            let fut = (i > 0 && self.is(i - 1, "next")) || self.future(i);
            let mut date = resolve_weekday(pubd, w, fut);
            if i > 0 && self.is(i - 1, "last") && date == pubd {
                date -= Duration::days(7);
            }
            if i > 0 && self.is(i - 1, "next") && date == pubd {
                date += Duration::days(7);
            }
            // "Friday, March 7" / "Friday 7 March": the date decides.
            let j = if self.tok(i + 1).is_some_and(|p| p.is_punct(',')) {
                i + 2
            } else {
                i + 1
            };
            if let Some((d, e)) = self.date(j) {
                return Some((d, e));
            }
            return Some((date, i + 1));
        }
        if self.seq(i, &["the", "day", "before", "yesterday"]) {
            return Some((pubd - Duration::days(2), i + 4));
        }
        if t.is("вчера") || t.is("вчора") {
            return Some((pubd - Duration::days(1), i + 1));
        }
        if t.is("позавчера") || t.is("позавчора") {
            return Some((pubd - Duration::days(2), i + 1));
        }
        if t.is("сегодня") || t.is("сьогодні") {
            return Some((pubd, i + 1));
        }
        if t.is("yesterday") {
            return Some((pubd - Duration::days(1), i + 1));
        }
        if t.is("today") {
            return Some((pubd, i + 1));
        }
        if t.is("tomorrow") {
            return Some((pubd + Duration::days(1), i + 1));
        }
        None
    }

    /// "3am", "3 a.m.", "10:30 pm", "10.30pm": hour, minute and the end token.
    fn am_pm(&self, j: usize) -> Option<(u32, u32, usize)> {
        let h = self.num(j)?;
        let mut k = j + 1;
        let mut minute = 0;
        if self
            .tok(k)
            .is_some_and(|p| (p.is_punct(':') || p.is_punct('.')) && !p.space_before)
        {
            let m = self
                .tok(k + 1)
                .filter(|m| m.kind == Kind::Num && m.text.len() == 2)?;
            minute = m.text.parse().ok()?;
            k += 2;
        }
        let t = self.tok(k)?;
        let pm = if t.is("am")
            || (t.is("a")
                && self.tok(k + 1).is_some_and(|p| p.is_punct('.'))
                && self.is(k + 2, "m"))
        {
            false
        } else if t.is("pm")
            || (t.is("p")
                && self.tok(k + 1).is_some_and(|p| p.is_punct('.'))
                && self.is(k + 2, "m"))
        {
            true
        } else {
            return None;
        };
        let end = if t.text.len() == 2 { k + 1 } else { k + 3 };
        let end = if self
            .tok(end)
            .is_some_and(|p| p.is_punct('.') && !p.space_before)
            && t.text.len() == 1
        {
            end + 1
        } else {
            end
        };
        if !(1..=12).contains(&h) || minute > 59 {
            return None;
        }
        let hour = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        Some((hour, minute, end))
    }

    /// "7 to 8 March", "7-8 March", "March 7-8", "March 7 to 8": the first day and the end token.
    fn night_span(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let joiner = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.is_punct('-') || t.is_punct('–') || t.is("to") || t.is("into"))
        };
        let (m, d1, d2_at) = if let Some(m) = self.tok(i).and_then(month_of) {
            (m, self.num(i + 1)?, i + 2)
        } else {
            let d1 = self.num(i)?;
            let d2 = self.num(i + 2)?;
            let m = self.tok(i + 3).and_then(month_of)?;
            if !joiner(i + 1) || d2 != d1 + 1 {
                return None;
            }
            let date = match self.four_digit_year(i + 4) {
                Some(y) => NaiveDate::from_ymd_opt(y, m, d1)?,
                None => nearest_year(self.published?, m, d1)?,
            };
            let end = if self.four_digit_year(i + 4).is_some() {
                i + 5
            } else {
                i + 4
            };
            return Some((date, end));
        };
        if !joiner(d2_at) || self.num(d2_at + 1)? != d1 + 1 {
            return None;
        }
        Some((nearest_year(self.published?, m, d1)?, d2_at + 2))
    }

    /// "early March", "mid-March", "late March", "the end of March": a third of the month.
    fn month_part(&self, i: usize) -> Option<(Interval, usize)> {
        let (third, j) = if self.is(i, "early")
            || self.seq(i, &["the", "beginning", "of"])
            || self.seq(i, &["the", "start", "of"])
        {
            (0, if self.is(i, "early") { i + 1 } else { i + 3 })
        } else if self.is(i, "mid") && self.tok(i + 1).is_some_and(|t| t.is_punct('-')) {
            (1, i + 2)
        } else if self.is(i, "late") || self.seq(i, &["the", "end", "of"]) {
            (2, if self.is(i, "late") { i + 1 } else { i + 3 })
        } else {
            return None;
        };
        let (month_iv, e) = self.month_at(j)?;
        let start = month_iv.from.date();
        let from = start + Duration::days(10 * third);
        let to = if third == 2 {
            month_iv.to.date()
        } else {
            from + Duration::days(10)
        };
        Some((
            Interval {
                from: at(from, 0),
                to: at(to, 0),
                granularity: Granularity::Range,
            },
            e,
        ))
    }

    /// A month name with an optional year: "February", "March 2024", "May" only with context.
    fn month_at(&self, i: usize) -> Option<(Interval, usize)> {
        let t = self.tok(i)?;
        let m = month_of(t).or_else(|| month_locative(t))?;
        if t.text.len() < 3 {
            return None;
        }
        let short = t.text.len() <= 4 && !t.is("june") && !t.is("july") && !t.is("may");
        if short {
            return None;
        }
        if let Some(y) = self.four_digit_year(i + 1) {
            return Some((month(y, m)?, i + 2));
        }
        if t.is("may") {
            let prev_ok = i > 0
                && [
                    "in",
                    "since",
                    "of",
                    "until",
                    "by",
                    "early",
                    "late",
                    "mid",
                    "during",
                    "from",
                    "throughout",
                ]
                .iter()
                .any(|w| self.is(i - 1, w));
            if !prev_ok {
                return None;
            }
        }
        let pubd = self.published?;
        let y = if m <= pubd.month() || self.future(i) {
            pubd.year()
        } else {
            pubd.year() - 1
        };
        Some((month(y, m)?, i + 1))
    }

    fn season_at(&self, i: usize, since: bool) -> Option<(Interval, usize)> {
        let det = self.tok(i)?;
        let rel = ["the", "this", "last", "next"]
            .into_iter()
            .find(|w| det.is(w))?;
        let j = i + 1;
        let start = season_start(self.tok(j)?)?;
        let mut end = j + 1;
        // "the spring of 2024"
        if self.is(end, "of") {
            if let Some(y) = self.four_digit_year(end + 1) {
                end += 2;
                return Some((season(if start == 12 { y - 1 } else { y }, start)?, end));
            }
        }
        let pubd = self.published?;
        let future = !since && (rel == "next" || self.future(i));
        // Candidates around the publication date.
        let y0 = pubd.year();
        let cands = [y0 - 2, y0 - 1, y0, y0 + 1, y0 + 2].map(|y| season(y, start));
        let now = at(pubd, 0);
        let current = cands
            .iter()
            .flatten()
            .copied()
            .find(|s| s.from <= now && now < s.to);
        let past = cands
            .iter()
            .flatten()
            .copied()
            .filter(|s| s.to <= now)
            .max_by_key(|s| s.from);
        let next = cands
            .iter()
            .flatten()
            .copied()
            .filter(|s| s.from > now)
            .min_by_key(|s| s.from);
        let chosen = match rel {
            "last" => past,
            "next" => next,
            _ => current.or(if future { next } else { past }),
        };
        Some((chosen?, end))
    }

    /// Any time expression at `i` without "since": returns the interval and the end token.
    fn core(&mut self, i: usize) -> Option<(Interval, usize)> {
        let tokens = self.tokens;
        let t = *tokens.get(i)?;
        if t.is("at") {
            if let Some(r) = self.clock(i) {
                return Some(r);
            }
        }
        self.core_rest(i, t)
    }

    /// Clock time: "at [about] 05:40 [local time] [on Friday]".
    fn clock(&mut self, i: usize) -> Option<(Interval, usize)> {
        {
            let mut j = i + 1;
            if self.is(j, "about") || self.is(j, "around") || self.is(j, "approximately") {
                j += 1;
            }
            let h = self.num(j)?;
            // "at 3am", "at 3 a.m.", "at 10.30 pm"
            if let Some((hour, minute, end)) = self.am_pm(j) {
                let mut k = end;
                let mut date = self.published;
                if self.is(k, "on") {
                    if let Some((d, e)) = self.day_at(k + 1) {
                        date = Some(d);
                        k = e;
                    }
                }
                let from = date?.and_hms_opt(hour, minute, 0)?;
                self.last_event = date;
                return Some((
                    Interval {
                        from,
                        to: from + Duration::minutes(1),
                        granularity: Granularity::Instant,
                    },
                    k,
                ));
            }
            let colon = self
                .tok(j + 1)
                .is_some_and(|p| (p.is_punct(':') || p.is_punct('.')) && !p.space_before);
            let mt = self
                .tok(j + 2)
                .filter(|m| m.kind == Kind::Num && m.text.len() == 2 && !m.space_before);
            if !(colon && mt.is_some() && h < 24) {
                return None;
            }
            let mi: u32 = mt?.text.parse().ok()?;
            if mi > 59 {
                return None;
            }
            let mut k = j + 3;
            if self.seq(k, &["local", "time"])
                || self.seq(k, &["Kyiv", "time"])
                || self.seq(k, &["Moscow", "time"])
            {
                k += 2;
            } else if self.is(k, "GMT") || self.is(k, "UTC") || self.is(k, "CET") {
                k += 1;
            }
            let mut date = self.published;
            if self.is(k, "on") {
                if let Some((d, e)) = self.day_at(k + 1) {
                    date = Some(d);
                    k = e;
                }
            } else if let Some((d, e)) = self.day_at(k) {
                date = Some(d);
                k = e;
            }
            let date = date?;
            let from = date.and_hms_opt(h, mi, 0)?;
            self.last_event = Some(date);
            Some((
                Interval {
                    from,
                    to: from + Duration::minutes(1),
                    granularity: Granularity::Instant,
                },
                k,
            ))
        }
    }

    fn core_rest(&mut self, i: usize, t: Token<'_>) -> Option<(Interval, usize)> {
        // A bare clock time with am/pm: "by 9 p.m.", "3am".
        if t.kind == Kind::Num {
            if let Some((hour, minute, end)) = self.am_pm(i) {
                let from = self.published?.and_hms_opt(hour, minute, 0)?;
                return Some((
                    Interval {
                        from,
                        to: from + Duration::minutes(1),
                        granularity: Granularity::Instant,
                    },
                    end,
                ));
            }
        }
        // Part of the day that precedes a day: "late on Friday", "early on Friday", "at dawn on 8.03",
        // "early in the morning of 7.03", "in the early hours of Monday", "on the night of 7 March".
        const PARTS: &[(&[&str], i64, i64)] = &[
            (&["early", "in", "the", "morning", "of"], 0, 6),
            (&["in", "the", "early", "morning", "of"], 0, 6),
            (&["early", "on", "the", "morning", "of"], 0, 6),
            (&["in", "the", "early", "hours", "of"], 0, 6),
            (&["the", "early", "hours", "of"], 0, 6),
            (&["early", "morning", "of"], 0, 6),
            (&["at", "dawn", "on"], 4, 8),
            (&["at", "dawn", "of"], 4, 8),
            (&["at", "daybreak", "on"], 4, 8),
            (&["on", "the", "morning", "of"], 6, 12),
            (&["in", "the", "morning", "of"], 6, 12),
            (&["on", "the", "evening", "of"], 18, 24),
            (&["on", "the", "night", "of"], 18, 30),
            (&["late", "on"], 18, 24),
            (&["early", "on"], 0, 6),
            (&["late", "in", "the", "day", "on"], 18, 24),
        ];
        for (words, a, b) in PARTS {
            // `t` is token `i`: its first word tells most phrases apart without a call.
            if t.is(words[0]) && self.seq(i, words) {
                let j = i + words.len();
                // "the night of 7 to 8 March", "the night of March 7-8": the first night.
                if *a == 18 && *b == 30 {
                    if let Some((d, e)) = self.night_span(j) {
                        self.last_event = Some(d);
                        return Some((hours(d, 18, 30), e));
                    }
                }
                if let Some((d, e)) = self.day_at(j) {
                    self.last_event = Some(d);
                    return Some((hours(d, *a, *b), e));
                }
            }
        }
        // Russian and Ukrainian parts of the day before a day: "на рассвете 7 марта", "ночью 7
        // марта", "утром в понедельник", "в ночь на 8 марта", "у ніч на 8 березня"; alone, the
        // publication day's ("утром", "на світанку").
        if t.is_cyrillic() {
            if let Some(r) = self.cyrillic_part_of_day(i) {
                return Some(r);
            }
        }
        // A day, maybe followed by a part of it: "Thursday night", "yesterday morning".
        let (prefix, j) = if t.is("on") || t.is("в") || t.is("во") || t.is("у") {
            (true, i + 1)
        } else {
            (false, i)
        };
        if let Some((d, e)) = self.day_at(j) {
            let _ = prefix;
            let part = self.tok(e).map(|p| {
                if p.is("night") {
                    Some((18, 30))
                } else if p.is("morning") {
                    Some((6, 12))
                } else if p.is("afternoon") {
                    Some((12, 18))
                } else if p.is("evening") {
                    Some((18, 24))
                } else if p.is_cyrillic() {
                    cyrillic_part(p).filter(|(a, _)| *a >= 0)
                } else {
                    None
                }
            });
            self.last_event = Some(d);
            if let Some(Some((a, b))) = part {
                return Some((hours(d, a, b), e + 1));
            }
            return Some((day(d), e));
        }
        let pubd = self.published;
        // "last night", "overnight", "tonight", "this morning".
        if let Some(p) = pubd {
            let cyrillic_night = t.is("ночью")
                || t.is("вночі")
                || self.seq(i, &["этой", "ночью"])
                || self.seq(i, &["прошлой", "ночью"])
                || self.seq(i, &["минулої", "ночі"]);
            if cyrillic_night {
                let e = if t.is("ночью") || t.is("вночі") {
                    i + 1
                } else {
                    i + 2
                };
                return Some((hours(p, -6, 6), e));
            }
            if self.seq(i, &["last", "night"]) {
                return Some((hours(p, -6, 6), i + 2));
            }
            if t.is("overnight") || self.seq(i, &["the", "night"]) {
                // "overnight into Monday", "the night to Friday": the night that ends on that day.
                let k = if t.is("overnight") { i + 1 } else { i + 2 };
                if self.is(k, "into") || self.is(k, "to") || (t.is("overnight") && self.is(k, "on"))
                {
                    if let Some((d, e)) = self.day_at(k + 1) {
                        self.last_event = Some(d);
                        return Some((hours(d, -6, 6), e));
                    }
                }
                if t.is("overnight") {
                    return Some((hours(p, -6, 6), i + 1));
                }
            }
            if t.is("tonight") {
                return Some((hours(p, 18, 30), i + 1));
            }
            for (w, a, b) in [
                ("morning", 6, 12),
                ("afternoon", 12, 18),
                ("evening", 18, 24),
            ] {
                if self.seq(i, &["this", w]) {
                    return Some((hours(p, a, b), i + 2));
                }
            }
            // Without a day: the publication day ("in the early hours", "early this morning").
            for words in [
                &["in", "the", "early", "hours"][..],
                &["early", "this", "morning"],
                &["early", "morning"],
            ] {
                if self.seq(i, words) && !self.is(i + words.len(), "of") {
                    return Some((hours(p, 0, 6), i + words.len()));
                }
            }
            if self.seq(i, &["at", "dawn"]) {
                return Some((hours(p, 4, 8), i + 2));
            }
        }
        // Month, with an optional "in".
        let (mi, has_in) = if t.is("in") || t.is("during") || t.is("в") || t.is("во") || t.is("у")
        {
            (i + 1, true)
        } else {
            (i, false)
        };
        if let Some((iv, e)) = self.month_part(mi) {
            return Some((iv, e));
        }
        if let Some((iv, e)) = self.month_at(mi) {
            self.last_month = Some((iv.from.year(), iv.from.month()));
            return Some((iv, e));
        }
        // Season: "in the spring", "the summer", "this autumn".
        if let Some((iv, e)) = self.season_at(mi, false) {
            return Some((iv, e));
        }
        // Years: "2026", "in 2023".
        if let Some(y) = self.four_digit_year(mi) {
            let next = self.tok(mi + 1);
            let unit_after = next.is_some_and(|n| {
                n.is_punct('%')
                    || (n.kind == Kind::Word
                        && n.text.chars().next().is_some_and(char::is_lowercase)
                        && n.text.ends_with('s')
                        && !n.is("was")
                        && !n.is("is"))
            });
            let prev_num = mi > 0
                && (self.tokens[mi - 1].kind == Kind::Num
                    || self.tokens[mi - 1].text.starts_with(['$', '€', '£']));
            let glued_prev =
                mi > 0 && !self.tokens[mi].space_before && self.tokens[mi - 1].kind != Kind::Punct;
            // "the 1990s", "Resolution 2231", "Flight 1804": not this year.
            let glued_next = next.is_some_and(|n| !n.space_before && n.kind == Kind::Word);
            let label_before = mi > 0 && {
                let p = &self.tokens[mi - 1];
                p.kind == Kind::Word
                    && p.is_capitalised()
                    && !p.has(crate::text::CALENDAR)
                    && !p.has(crate::text::FUNCTION_CAP)
                    && !p.is_all_caps()
            };
            if !unit_after && !prev_num && !glued_prev && !glued_next && !label_before {
                return Some((year(y)?, mi + 1));
            }
            return None;
        }
        let _ = has_in;
        let p = pubd?;
        // this/next/last year|month|week
        for (rel, off) in [("this", 0i32), ("next", 1), ("last", -1)] {
            if self.is(i, rel) {
                if self.is(i + 1, "year") {
                    return Some((year(p.year() + off)?, i + 2));
                }
                if self.is(i + 1, "month") {
                    let total = p.year() * 12 + p.month() as i32 - 1 + off;
                    return Some((
                        month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)?,
                        i + 2,
                    ));
                }
                if self.is(i + 1, "week") {
                    let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64)
                        + Duration::days(7 * off as i64);
                    let iv = Interval {
                        from: at(monday, 0),
                        to: at(monday + Duration::days(7), 0),
                        granularity: Granularity::Week,
                    };
                    return Some((iv, i + 2));
                }
                if self.is(i + 1, "weekend") {
                    return Some((self.weekend(p, off), i + 2));
                }
            }
        }
        // "over the weekend", "at the weekend"
        if (t.is("over") || t.is("at") || t.is("during")) && self.seq(i + 1, &["the", "weekend"]) {
            return Some((self.weekend(p, 0), i + 3));
        }
        // "the same month last year"
        if self.seq(i, &["the", "same", "month", "last", "year"]) {
            let (y, m) = self.last_month.unwrap_or((p.year(), p.month()));
            return Some((month(y - 1, m)?, i + 5));
        }
        // "in the first quarter [of 2025]"
        let qi = if t.is("in") { i + 1 } else { i };
        if self.is(qi, "the") {
            let q = ["first", "second", "third", "fourth"]
                .iter()
                .position(|w| self.is(qi + 1, w));
            if let (Some(q), true) = (q, self.is(qi + 2, "quarter")) {
                let mut e = qi + 3;
                let y = if self.is(e, "of") && self.four_digit_year(e + 1).is_some() {
                    let y = self.four_digit_year(e + 1)?;
                    e += 2;
                    y
                } else {
                    let cur_q = (p.month() as usize - 1) / 3;
                    if q <= cur_q || self.future(i) {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                };
                let from = NaiveDate::from_ymd_opt(y, q as u32 * 3 + 1, 1)?;
                let to = if q == 3 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(y, q as u32 * 3 + 4, 1)?
                };
                return Some((
                    Interval {
                        from: at(from, 0),
                        to: at(to, 0),
                        granularity: Granularity::Quarter,
                    },
                    e,
                ));
            }
        }
        // Relative: "a week earlier", "two days later", "twenty-four hours later", "three days ago",
        // "the next day", "the day before".
        if self.seq(i, &["the", "next", "day"]) || self.seq(i, &["the", "following", "day"]) {
            let base = self.last_event.unwrap_or(p) + Duration::days(1);
            self.last_event = Some(base);
            return Some((day(base), i + 3));
        }
        if self.seq(i, &["the", "day", "before"]) || self.seq(i, &["the", "previous", "day"]) {
            let base = self.last_event.unwrap_or(p) - Duration::days(1);
            self.last_event = Some(base);
            return Some((day(base), i + 3));
        }
        let (n, e) = if t.is("a") || t.is("an") || t.is("one") {
            (1i64, i + 1)
        } else if let Some(num) = crate::numbers::read_number(self.tokens, i) {
            if num.value.fract() != 0.0 || num.value > 400.0 {
                return None;
            }
            (num.value as i64, num.end)
        } else {
            return None;
        };
        let unit = self.tok(e)?;
        let days = if unit.is("day") || unit.is("days") {
            n
        } else if unit.is("week") || unit.is("weeks") {
            7 * n
        } else if unit.is("hours") || unit.is("hour") {
            if n % 24 != 0 {
                return None;
            }
            n / 24
        } else {
            return None;
        };
        let dir = self.tok(e + 1)?;
        let date = if dir.is("earlier") {
            self.last_event.unwrap_or(p) - Duration::days(days)
        } else if dir.is("later") {
            self.last_event.unwrap_or(p) + Duration::days(days)
        } else if dir.is("ago") {
            p - Duration::days(days)
        } else {
            return None;
        };
        self.last_event = Some(date);
        Some((day(date), e + 2))
    }

    fn weekend(&self, p: NaiveDate, off: i32) -> Interval {
        let wd = p.weekday().num_days_from_monday() as i64;
        let saturday = if wd >= 5 {
            p - Duration::days(wd - 5)
        } else {
            p - Duration::days(wd + 2)
        };
        let saturday = saturday + Duration::days(7 * off as i64);
        Interval {
            from: at(saturday, 0),
            to: at(saturday + Duration::days(2), 0),
            granularity: Granularity::Week,
        }
    }

    /// Russian and Ukrainian parts of the day, before a day or alone (see `core_rest`).
    fn cyrillic_part_of_day(&mut self, i: usize) -> Option<(Interval, usize)> {
        const PHRASES: &[(&[&str], i64, i64)] = &[
            (&["в", "ночь", "на"], -6, 6),
            (&["во", "ночь", "на"], -6, 6),
            (&["у", "ніч", "на"], -6, 6),
            (&["в", "ніч", "на"], -6, 6),
            (&["ночью", "на"], -6, 6),
            (&["вночі", "на"], -6, 6),
            (&["на", "рассвете"], 4, 8),
            (&["на", "світанку"], 4, 8),
            (&["рано", "утром"], 0, 6),
            (&["рано", "вранці"], 0, 6),
        ];
        let (a, b, j) = PHRASES
            .iter()
            .find(|(words, _, _)| self.seq(i, words))
            .map(|(words, a, b)| (*a, *b, i + words.len()))
            .or_else(|| {
                let (a, b) = cyrillic_part(self.tok(i)?)?;
                Some((a, b, i + 1))
            })?;
        // "утром в понедельник": the weekday's preposition.
        let k = if self.is(j, "в") || self.is(j, "во") || self.is(j, "у") {
            j + 1
        } else {
            j
        };
        if let Some((d, e)) = self.day_at(k) {
            self.last_event = Some(d);
            return Some((hours(d, a, b), e));
        }
        // Alone: the publication day's ("ночью" alone is last night, read elsewhere).
        if a < 0 || j != i + 1 && !self.is(i, "на") && !self.is(i, "рано") {
            return None;
        }
        let p = self.published?;
        Some((hours(p, a, b), j))
    }

    /// "since X": from the start of X to the end of the publication day.
    fn since(&mut self, i: usize) -> Option<(Interval, usize)> {
        let p = self.published?;
        let j = i + 1;
        let end = at(p + Duration::days(1), 0);
        let (from, e) = if self.seq(j, &["the", "start", "of", "the", "year"])
            || self.seq(j, &["the", "beginning", "of", "the", "year"])
        {
            (at(NaiveDate::from_ymd_opt(p.year(), 1, 1)?, 0), j + 5)
        } else if self.seq(j, &["the", "start", "of", "the", "month"])
            || self.seq(j, &["the", "beginning", "of", "the", "month"])
        {
            (
                at(NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?, 0),
                j + 5,
            )
        } else if self.seq(j, &["the", "start", "of", "the", "war"])
            || self.seq(j, &["the", "full", "-", "scale", "invasion"])
        {
            (at(NaiveDate::from_ymd_opt(2022, 2, 24)?, 0), j + 5)
        } else if let Some((iv, e)) = self.month_part(j) {
            (iv.from, e)
        } else if let Some((iv, e)) = self.season_at(j, true) {
            (iv.from, e)
        } else if let Some((d, e)) = self.day_at(j) {
            let d = if d > p { d - Duration::days(7) } else { d };
            (at(d, 0), e)
        } else if let Some((iv, e)) = self.month_at(j) {
            let mut from = iv.from;
            if from > at(p, 0) {
                from = at(
                    NaiveDate::from_ymd_opt(from.year() - 1, from.month(), 1)?,
                    0,
                );
            }
            (from, e)
        } else if let Some(y) = self.four_digit_year(j) {
            (at(NaiveDate::from_ymd_opt(y, 1, 1)?, 0), j + 1)
        } else if let Some((iv, e)) = self.core(j) {
            // "since last year", "since last week", "since this morning"
            (iv.from, e)
        } else {
            return None;
        };
        if from >= end {
            return None;
        }
        Some((
            Interval {
                from,
                to: end,
                granularity: Granularity::Range,
            },
            e,
        ))
    }
}

impl Ctx<'_, '_> {
    /// The time expression starting at token `i`, if any.
    fn at(&mut self, i: usize) -> Option<(Interval, usize)> {
        if self.tokens[i].is("since") {
            self.since(i)
        } else {
            self.core(i)
        }
    }
}

/// The day the expression at `i` was resolved against, found by reading it again without each
/// possible anchor in turn: the day the text last spoke of, the month last named, the publication
/// date. The first whose absence changes the reading is the anchor; none means the expression is
/// absolute. Runs only for expressions found, and the first two probes only for the few phrases
/// that can use them, so its cost does not grow with the text.
fn anchor(before: Ctx, i: usize, found: (Interval, usize)) -> Option<NaiveDate> {
    let differs = |mut probe: Ctx| probe.at(i) != Some(found);
    // Only these words read the day or month the text last spoke of ("a week earlier", "the next
    // day", "the same month last year"); other expressions skip those probes.
    let span = &before.tokens[i..found.1];
    let relative = |words: &[&str]| span.iter().any(|t| words.iter().any(|w| t.is(w)));
    if before.last_event.is_some()
        && relative(&[
            "earlier",
            "later",
            "next",
            "following",
            "before",
            "previous",
        ])
    {
        let event = before.last_event?;
        if differs(Ctx {
            last_event: None,
            ..before
        }) {
            return Some(event);
        }
    }
    if let Some((y, m)) = before.last_month.filter(|_| relative(&["same"])) {
        if differs(Ctx {
            last_month: None,
            ..before
        }) {
            return NaiveDate::from_ymd_opt(y, m, 1);
        }
    }
    let published = before.published?;
    differs(Ctx {
        published: None,
        ..before
    })
    .then_some(published)
}

fn format(dt: NaiveDateTime, granularity: Granularity) -> String {
    let mut out = format_date(dt.date());
    if matches!(granularity, Granularity::Instant | Granularity::PartOfDay) {
        let (h, m) = (dt.hour(), dt.minute());
        out.push('T');
        for v in [h / 10, h % 10] {
            out.push(char::from(b'0' + v as u8));
        }
        out.push(':');
        for v in [m / 10, m % 10] {
            out.push(char::from(b'0' + v as u8));
        }
    }
    out
}

/// `YYYY-MM-DD`, written by hand: chrono's `format` parses its pattern on every call.
fn format_date(date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    if !(0..=9999).contains(&y) {
        return date.format("%Y-%m-%d").to_string();
    }
    let y = y as u32;
    let digit = |v: u32| b'0' + (v % 10) as u8;
    let bytes = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ];
    // Room for the `THH:MM` that `format` may add, so it never grows the string.
    let mut out = String::with_capacity(16);
    out.extend(bytes.map(char::from));
    out
}

/// Finds every time expression.
pub(crate) fn find(tokens: &[Token], published: Option<NaiveDateTime>) -> Vec<Found> {
    // Calendar arithmetic stays far from chrono's limits: a publication date outside years
    // 1000..=9000 is treated as unknown rather than risking an overflow.
    let published = published
        .map(|p| p.date())
        .filter(|d| (1000..=9000).contains(&d.year()));
    let mut ctx = Ctx {
        tokens,
        published,
        last_event: None,
        last_month: None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    // The first core token at or after `i` (or the end).
    let mut next_core = 0;
    // The last token before `next_core` that no time expression holds (`barrier_core` is the
    // `next_core` it was looked for).
    let mut barrier = None;
    let mut barrier_core = usize::MAX;
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
        // Every expression holds a core, so one starting at `i` runs at least to `next_core` and
        // holds every token between: none can start before a token no expression holds.
        if barrier_core != next_core {
            barrier_core = next_core;
            barrier = (i..next_core).rev().find(|&k| !may_hold(&tokens[k]));
        }
        if let Some(b) = barrier.filter(|&b| b >= i) {
            i = b + 1;
            continue;
        }
        let t = &tokens[i];
        let quick = t.kind == Kind::Num || t.starts_time();
        if !quick {
            i += 1;
            continue;
        }
        let before = ctx;
        let read = ctx.at(i);
        let found = read.map(|(iv, mut e)| {
            // "в 2024 году", "7 марта 2025 года": the year's noun belongs to the expression.
            if e > i
                && tokens[e - 1].kind == Kind::Num
                && tokens[e - 1].text.len() == 4
                && tokens
                    .get(e)
                    .is_some_and(|t| YEAR_WORDS.iter().any(|w| t.is(w)))
            {
                e += 1;
            }
            (iv, e)
        });
        match found {
            Some((iv, e)) if e > i => {
                out.push(Found {
                    start: i,
                    end: e,
                    time: TimeRef {
                        from: format(iv.from, iv.granularity),
                        to: format(iv.to, iv.granularity),
                        granularity: iv.granularity,
                        anchor: read.and_then(|r| anchor(before, i, r)).map(format_date),
                    },
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
    use crate::text::tokenize;

    /// `find` tries an expression only with a core word in reach: every name the grammar reads
    /// as a month, weekday, season or part of the day must be one.
    #[test]
    fn calendar_words_are_core() {
        let names = MONTHS
            .iter()
            .map(|(w, _)| *w)
            .chain(WEEKDAYS.iter().map(|(w, _)| *w))
            .chain(MONTHS_CYRILLIC.iter().map(|(w, _)| *w))
            .chain(WEEKDAYS_CYRILLIC.iter().map(|(w, _)| *w))
            .chain(MONTHS_LOCATIVE.iter().map(|(w, _)| *w))
            .chain(PARTS_CYRILLIC.iter().map(|(w, _, _)| *w))
            .chain(["dec", "spring", "summer", "autumn", "fall", "winter"]);
        for name in names {
            assert!(CORE.contains(&name), "{name} is not in times::CORE");
        }
    }

    /// `find` tries no start before a word without the `TIME_WORD` flag: every word the grammar
    /// compares a token with (a string literal of this file or of `numbers.rs`) must carry it.
    #[test]
    fn grammar_words_are_time_words() {
        for source in [include_str!("times.rs"), include_str!("numbers.rs")] {
            let grammar = source.split("#[cfg(test)]").next().unwrap_or(source);
            let literals = grammar.split('"').skip(1).step_by(2);
            for word in literals.filter(|l| {
                !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'')
            }) {
                let tokens = tokenize(word);
                assert!(
                    tokens.len() == 1 && tokens[0].has(crate::text::TIME_WORD),
                    "{word:?} is in no list of times::WORDS"
                );
            }
        }
    }
}
