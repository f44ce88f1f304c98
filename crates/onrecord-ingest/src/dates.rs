//! Publication dates in the shapes inputs carry them. Pure; never reads a clock.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};

/// Parses the publication dates inputs carry: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, RFC 3339 with a
/// zone (converted to its local wall time, which is what relative dates in the text refer to) and
/// RFC 2822 (feeds). Returns `None` for anything else.
pub fn parse_published(value: &str) -> Option<NaiveDateTime> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Some(date.and_time(NaiveTime::MIN));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(datetime) = NaiveDateTime::parse_from_str(value, format) {
            return Some(datetime);
        }
    }
    if let Ok(datetime) = DateTime::parse_from_rfc3339(value) {
        return Some(datetime.naive_local());
    }
    if let Ok(datetime) = DateTime::parse_from_rfc2822(value) {
        return Some(datetime.naive_local());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse_published;

    #[test]
    fn accepts_the_usual_shapes() {
        for (input, expected) in [
            ("2025-03-07", "2025-03-07 00:00:00"),
            ("2025-03-07T08:15", "2025-03-07 08:15:00"),
            ("2025-03-07T08:15:30", "2025-03-07 08:15:30"),
            ("2025-03-07T08:15:30+02:00", "2025-03-07 08:15:30"),
            ("Fri, 07 Mar 2025 08:15:00 +0000", "2025-03-07 08:15:00"),
        ] {
            assert_eq!(
                parse_published(input).map(|d| d.to_string()).as_deref(),
                Some(expected),
                "{input}"
            );
        }
    }

    #[test]
    fn rejects_garbage() {
        for input in ["", "yesterday", "2025-13-01", "07/03/2025"] {
            assert_eq!(parse_published(input), None, "{input}");
        }
    }
}
