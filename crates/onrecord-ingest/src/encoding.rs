//! Character encodings: turns the bytes of a page or feed into text.
//!
//! Owns the order of evidence (byte-order mark, then the transport's `charset` such as a WARC
//! record's HTTP header, then the document's own declaration — `<meta charset>`,
//! `<meta http-equiv="Content-Type">` or `<?xml encoding?>` — then detection with chardetng) and
//! the fallbacks when a declaration lies (a page that says UTF-8 but is not is detected instead).
//! It never fails: undecodable bytes become U+FFFD, so a page with one bad byte still goes in.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How far into a document a `<meta charset>` or XML declaration is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Decodes `bytes`, trusting a byte-order mark first, then `transport` (a `charset` label from
/// outside the document), then the document's own declaration, then detection.
pub fn decode_document(bytes: &[u8], transport: Option<&str>) -> (String, &'static Encoding) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), encoding);
    }
    let declared = transport
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| declared_charset(bytes));
    let encoding = match declared {
        // A document that reached us as bytes cannot really be UTF-16 without a BOM (HTML spec).
        Some(encoding) if encoding == UTF_16LE || encoding == UTF_16BE => UTF_8,
        // A UTF-8 declaration is believed only when the bytes agree.
        Some(encoding) if encoding == UTF_8 => {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                detect(bytes)
            }
        }
        Some(encoding) => encoding,
        None => {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                detect(bytes)
            }
        }
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (into_string(text), encoding)
}

fn into_string(text: Cow<'_, str>) -> String {
    text.into_owned()
}

/// Guesses the encoding of bytes that declare none, with chardetng (Cyrillic single-byte
/// encodings — windows-1251, KOI8-R/U, IBM866 — included).
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // Feeding once with `last = true` and guessing without a TLD are the documented no-panic uses.
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The encoding a document declares in its first bytes: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, or `<?xml ... encoding="..."?>`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let window = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower = window.to_ascii_lowercase();
    if lower.starts_with(b"<?xml") {
        let end = lower.iter().position(|b| *b == b'>').unwrap_or(lower.len());
        if let Some(label) = attribute_value(&lower[..end], b"encoding") {
            return Encoding::for_label(label);
        }
    }
    let mut rest = &lower[..];
    while let Some(start) = crate::formats::find(rest, b"<meta") {
        let tag = &rest[start..];
        let end = tag.iter().position(|b| *b == b'>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(position) = crate::formats::find(tag, b"charset") {
            let after = &tag[position + b"charset".len()..];
            let after = after.trim_ascii_start();
            if let Some(after) = after.strip_prefix(b"=") {
                let after = after.trim_ascii_start();
                let after = after
                    .strip_prefix(b"\"")
                    .or_else(|| after.strip_prefix(b"'"))
                    .unwrap_or(after);
                let label_end = after
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(after.len());
                if let Some(encoding) = Encoding::for_label(&after[..label_end]) {
                    return Some(encoding);
                }
            }
        }
        rest = &rest[start + end.max(1)..];
    }
    None
}

/// The value of `name="value"` (or single-quoted) inside a tag's bytes.
fn attribute_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let position = crate::formats::find(tag, name)?;
    let after = tag[position + name.len()..].trim_ascii_start();
    let after = after.strip_prefix(b"=")?.trim_ascii_start();
    let quote = *after.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let after = &after[1..];
    let end = after.iter().position(|b| *b == quote)?;
    Some(&after[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{KOI8_R, WINDOWS_1251};

    const RUSSIAN: &str = "Министр обороны заявил журналистам, что наступление начнётся весной. \
        По словам источника, войска готовы к операции и ждут приказа.";

    #[test]
    fn declared_windows_1251_is_used() {
        let (bytes, _, _) = WINDOWS_1251.encode(RUSSIAN);
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>".to_vec();
        page.extend_from_slice(&bytes);
        let (text, encoding) = decode_document(&page, None);
        assert_eq!(encoding, WINDOWS_1251);
        assert!(text.contains(RUSSIAN));
    }

    #[test]
    fn undeclared_koi8_r_and_windows_1251_are_detected() {
        for encoding in [KOI8_R, WINDOWS_1251] {
            let (bytes, _, _) = encoding.encode(RUSSIAN);
            let (text, _) = decode_document(&bytes, None);
            assert_eq!(text, RUSSIAN, "{}", encoding.name());
        }
    }

    #[test]
    fn a_false_utf8_declaration_is_not_believed() {
        let (bytes, _, _) = WINDOWS_1251.encode(RUSSIAN);
        let mut page = b"<meta charset=\"utf-8\">".to_vec();
        page.extend_from_slice(&bytes);
        let (text, _) = decode_document(&page, None);
        assert!(text.contains(RUSSIAN));
    }

    #[test]
    fn transport_charset_wins_over_meta() {
        let (bytes, _, _) = KOI8_R.encode(RUSSIAN);
        let mut page = b"<meta charset=\"windows-1251\">".to_vec();
        page.extend_from_slice(&bytes);
        let (text, encoding) = decode_document(&page, Some("koi8-r"));
        assert_eq!(encoding, KOI8_R);
        assert!(text.contains(RUSSIAN));
    }

    #[test]
    fn xml_declaration_is_read() {
        assert_eq!(
            declared_charset(b"<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss>"),
            Some(KOI8_R)
        );
    }
}
