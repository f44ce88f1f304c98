//! What the facts test files share.

use chrono::NaiveDate;
use onrecord_model::{Document, Lang};

/// A one-text English document published at midnight of `published`.
pub fn document(text: &str, published: Option<NaiveDate>) -> Document {
    Document {
        id: "t".into(),
        content_hash: String::new(),
        name: "t".into(),
        source: None,
        url: None,
        title: None,
        author: None,
        published: published.and_then(|d| d.and_hms_opt(0, 0, 0)),
        lang: Lang::En,
        text: text.into(),
        reposted_from: None,
        external_id: None,
    }
}
