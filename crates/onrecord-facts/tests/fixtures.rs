//! Data-driven cases for figures, times and places (`tests/fixtures/*.txt`).
//!
//! Format, one case per block:
//! ```text
//! @published 2025-03-08          sets the publication date for the cases that follow
//! > text of the case             the document text (one line)
//! figure "SURFACE" LOW HIGH BOUND [UNIT]
//! time "SURFACE" FROM TO [ANCHOR]  ANCHOR: the date it was resolved against, or `none` (absolute)
//! place "SURFACE" NAME... [CC]   the last word is the country code when it has two capitals
//! no figure|time|place "SURFACE" nothing of that type overlaps SURFACE
//! counted "SURFACE" TEXT...      the figure at SURFACE counts TEXT
//! ```
//! SURFACE is found as the first occurrence in the text; a fact of the type must overlap it.

use chrono::NaiveDate;
use onrecord_facts::extract_facts;
use onrecord_model::{Fact, FactKind};

mod support;

use support::document;

fn char_range(text: &str, surface: &str) -> Option<(usize, usize)> {
    let byte = text.find(surface)?;
    let start = text[..byte].chars().count();
    Some((start, start + surface.chars().count()))
}

fn overlapping<'f>(facts: &'f [Fact], kind: &str, range: (usize, usize)) -> Vec<&'f Fact> {
    facts
        .iter()
        .filter(|f| f.span.start < range.1 && range.0 < f.span.end)
        .filter(|f| {
            matches!(
                (&f.kind, kind),
                (FactKind::Figure(_), "figure")
                    | (FactKind::Time(_), "time")
                    | (FactKind::Place(_), "place")
            )
        })
        .collect()
}

fn check(expect: &str, text: &str, facts: &[Fact]) -> Result<(), String> {
    let (negative, rest) = match expect.strip_prefix("no ") {
        Some(rest) => (true, rest),
        None => (false, expect),
    };
    let (kind, rest) = rest.split_once(' ').ok_or("no type")?;
    let (kind, counted) = if kind == "counted" {
        ("figure", true)
    } else {
        (kind, false)
    };
    let rest = rest.trim_start().strip_prefix('"').ok_or("no surface")?;
    let (surface, values) = rest.split_once('"').ok_or("unclosed surface")?;
    let values: Vec<&str> = values.split_whitespace().collect();
    let range =
        char_range(text, surface).ok_or_else(|| format!("surface {surface:?} not in text"))?;
    let found = overlapping(facts, kind, range);
    if negative {
        return match found.first() {
            Some(f) => Err(format!("unexpected {kind} at {surface:?}: {:?}", f.kind)),
            None => Ok(()),
        };
    }
    let Some(fact) = found.first() else {
        return Err(format!("missing {kind} {surface:?}"));
    };
    let ok = match &fact.kind {
        FactKind::Figure(f) if counted => f.counted.as_deref() == Some(values.join(" ").as_str()),
        FactKind::Figure(f) => {
            let low: f64 = values
                .first()
                .and_then(|v| v.parse().ok())
                .ok_or("bad low")?;
            let high: f64 = values
                .get(1)
                .and_then(|v| v.parse().ok())
                .ok_or("bad high")?;
            let bound = values.get(2).copied().unwrap_or("exact");
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0);
            let bound_ok = serde_json::to_value(f.bound)
                .ok()
                .and_then(|v| v.as_str().map(|s| s == bound))
                == Some(true);
            let unit_ok = values.get(3).is_none_or(|u| *u == f.unit);
            close(f.low, low) && close(f.high, high) && bound_ok && unit_ok
        }
        FactKind::Time(t) => {
            let anchor_ok = match values.get(2) {
                None => true,
                Some(&"none") => t.anchor.is_none(),
                Some(a) => t.anchor.as_deref() == Some(*a),
            };
            values.first() == Some(&t.from.as_str())
                && values.get(1) == Some(&t.to.as_str())
                && anchor_ok
        }
        FactKind::Place(p) => {
            let (name_words, cc) = match values.last() {
                Some(c) if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) => {
                    (&values[..values.len() - 1], Some(*c))
                }
                _ => (&values[..], None),
            };
            p.name == name_words.join(" ") && cc.is_none_or(|c| c == p.country)
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!("wrong value for {surface:?}: got {:?}", fact.kind))
    }
}

fn run(file: &str) {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("fixture file");
    let mut published = None;
    let mut text = String::new();
    let mut facts = Vec::new();
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in data.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(date) = line.strip_prefix("@published ") {
            published = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok();
        } else if let Some(t) = line.strip_prefix("> ") {
            text = t.to_string();
            facts = extract_facts(&document(&text, published));
        } else {
            cases += 1;
            if let Err(e) = check(line, &text, &facts) {
                failures.push(format!("{e}\n    in: {text}"));
            }
        }
    }
    assert!(cases > 0, "no cases in {file}");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed in {file}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn figures() {
    run("figures.txt");
}

#[test]
fn times() {
    run("times.txt");
}

#[test]
fn places() {
    run("places.txt");
}

#[test]
fn no_publication_date_means_no_relative_times() {
    let facts = extract_facts(&document(
        "Drones attacked last night and on Tuesday, 3 June 2024.",
        None,
    ));
    let times: Vec<_> = facts
        .iter()
        .filter(|f| matches!(f.kind, FactKind::Time(_)))
        .collect();
    assert_eq!(times.len(), 1, "{times:?}");
}

#[test]
fn spans_are_code_points() {
    let text = "Ночью «дроны» атаковали Київ; 14 drones hit Lviv.";
    let facts = extract_facts(&document(text, NaiveDate::from_ymd_opt(2025, 3, 8)));
    let chars: Vec<char> = text.chars().collect();
    let surfaces: Vec<String> = facts
        .iter()
        .map(|f| chars[f.span.start..f.span.end].iter().collect())
        .collect();
    assert!(surfaces.contains(&"Київ".to_string()), "{surfaces:?}");
    assert!(surfaces.contains(&"14 drones".to_string()), "{surfaces:?}");
    assert!(surfaces.contains(&"Lviv".to_string()), "{surfaces:?}");
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "-",
        "$",
        "€ bn",
        "1.",
        ".5",
        "between and",
        "since",
        "at 99:99 on",
        "4 700 700 700",
        "ʼs",
        "\u{301}x",
    ] {
        let _ = extract_facts(&document(text, NaiveDate::from_ymd_opt(2025, 1, 1)));
        let _ = extract_facts(&document(text, None));
        let _ = extract_facts(&document(text, Some(NaiveDate::MAX)));
        let _ = extract_facts(&document(text, Some(NaiveDate::MIN)));
    }
}
