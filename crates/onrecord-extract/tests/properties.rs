//! Property tests: extraction never panics and every span it returns is inside the text, on
//! character boundaries (code points, so always), and ordered — whatever the input.

mod common;

use onrecord_model::{Document, Lang};
use proptest::prelude::*;

fn check(text: &str) {
    check_in(text, Lang::En);
}

fn check_in(text: &str, lang: Lang) {
    let document = Document {
        lang,
        ..common::document(text)
    };
    let statements = onrecord_extract::extract(&document);
    let len = text.chars().count();
    for s in &statements {
        assert!(s.content.start <= s.content.end, "start after end: {s:?}");
        assert!(
            s.content.end <= len,
            "content out of bounds: {s:?} (len {len})"
        );
        for piece in &s.pieces {
            assert!(
                piece.start <= piece.end && piece.end <= len,
                "piece out of bounds: {s:?}"
            );
            assert!(
                s.content.start <= piece.start && piece.end <= s.content.end,
                "piece outside content: {s:?}"
            );
        }
        if let Some(cue) = s.cue {
            assert!(
                cue.start <= cue.end && cue.end <= len,
                "cue out of bounds: {s:?}"
            );
        }
        if let Some(span) = s.speaker.as_ref().and_then(|sp| sp.mention_span) {
            assert!(
                span.start <= span.end && span.end <= len,
                "mention out of bounds: {s:?}"
            );
        }
        assert!(!s.rule.is_empty());
    }
    // Deterministic.
    assert_eq!(statements, onrecord_extract::extract(&document));
}

/// Text built from pieces that stress the quote pairing and the attribution rules.
fn quoteish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "''",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        " he said",
        " said",
        " that",
        " according to",
        "Velesov",
        " Minister",
        "'s",
        " the",
        " sources",
        " reportedly",
        "é",
        "Зеленский",
        "🎙",
        "#Tag",
        "A",
        "b",
        "1",
        "’90s",
        " and",
        " as",
        " put it",
        " both",
        " in the",
        " of",
        " for",
        " citing",
        " quoted",
        " as saying",
        " Ministry",
        " 5th",
        "•",
        " One report",
        " That is from",
        " claim that",
        "’s",
        " who",
        " and said",
        " and added,",
        " saying",
        "SELMA",
        " (AP)",
        " himself",
        "From",
        " per",
        " Another",
        " in a post",
        " sent us",
        "I",
        " told",
        "@",
        "_ua",
        " via",
        " but",
        " called",
        " --",
        " - who",
        " Tuesday",
        " March 5",
        " before she",
        " Forwarded from",
        " who said",
        " his claim",
        " even as",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

/// Russian and Ukrainian text built from the pieces its rules read: dash lines, questions and
/// answers, guillemets, colon posts, source phrases.
fn slavic_pieces() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "—",
        "– ",
        "?",
        "\n",
        "\n\n",
        ", ",
        ". ",
        ": ",
        "«",
        "»",
        "„",
        "“",
        " ",
        "Песков",
        "Андрей Степанов",
        " заявил",
        " сказал он",
        ", что",
        ", — сказал",
        " По словам",
        " его",
        "Источник",
        " в Минобороны",
        "Военкор",
        "Рыбарь",
        " повідомив",
        ", що",
        "Джерело",
        " в ОП",
        "За даними",
        " видання",
        " Как отметил",
        " президент",
        "В Генштабе",
        " сообщили",
        "Ілля",
        "⚡️",
        "1",
        "а",
        "Я",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn russian_and_ukrainian_structures_are_safe(text in slavic_pieces(), ukrainian: bool) {
        check_in(&text, if ukrainian { Lang::Uk } else { Lang::Ru });
    }

    #[test]
    fn arbitrary_unicode_is_safe(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn invalid_quote_structures_are_safe(text in quoteish()) {
        check(&text);
    }
}

#[test]
fn edge_cases_are_safe() {
    for text in [
        "",
        "\"",
        "“",
        "'",
        "\n\n\"",
        ":\n",
        "A:\n",
        "A:\n\"",
        "“a",
        "„x“",
        "said that",
        ", he said.",
        // A source phrase at the very end of the text.
        "\"''''””, according to” that",
        "according to",
        "As per",
        // Intros before a colon that end the text or the paragraph.
        "Kessler on:",
        "Kessler, asked:",
        "Rezident:",
        "Rezident: a",
        "One report:",
        "the governor's:",
        "quoted X as saying",
        // "as saying … and that" with nothing after the last "that": an empty clause.
        "  quoted he said as saying and and added, that",
        "The Ministry of",
        "The Centre for A and",
        "A and B both",
        "he and",
        "As X put it",
        ", as X put it",
        "As the X noted,",
        "That is from",
        "Our sources in the 5th",
        "\"a\" — B",
        "\"a\" (B,",
        // A comma closing the text after a coordinated report.
        "” both One report and added,",
        "X said the bridge fell, but",
        "X said the bridge fell, called",
        "Ostrava: The ministry says",
        "Forwarded from",
        "The man who said",
        "said at the rally, where",
        "told the Post before she",
        "A -- B, who -- said",
        "\"a\" (",
        "X, B, on:",
        "— a —",
        "— a, — said",
        "—",
        // This session's shapes, cut short.
        "who and said",
        "X, who and said",
        "SELMA —",
        "SELMA, A —",
        "KYIV (",
        "himself said",
        "From a:",
        "From:",
        "Per A,",
        "per",
        "Another said",
        "Another",
        "X in a post said",
        "X sent us:",
        "I told",
        "I said",
        "said about",
        "said after a he would",
        "a b, like C, say",
        "X, citing",
        ", citing",
        "that have said",
        "said A and added, \"b\"",
        "\"a,\" saying",
        "— and is",
        ", even as",
        "@",
        "@_",
        "a@b",
        "@@x",
        "via @x:",
        "@x_:",
        "A \"B\" C",
        "A \"B\"",
        "A \"",
        "the call sign \"B\" said",
        "It is said that",
        "It has been said that a",
        "It was reported",
    ] {
        check(text);
    }
}
