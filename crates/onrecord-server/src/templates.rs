//! The embedded templates. minijinja auto-escapes every `.html` template, so `{{ value }}` is always
//! text; nothing in this crate marks a value safe.

use minijinja::Environment;

use crate::error::ApiError;

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("search.html", include_str!("../templates/search.html")),
    ("speakers.html", include_str!("../templates/speakers.html")),
    ("speaker.html", include_str!("../templates/speaker.html")),
    (
        "documents.html",
        include_str!("../templates/documents.html"),
    ),
    ("document.html", include_str!("../templates/document.html")),
    ("places.html", include_str!("../templates/places.html")),
    ("ingest.html", include_str!("../templates/ingest.html")),
    ("figures.html", include_str!("../templates/figures.html")),
    ("trace.html", include_str!("../templates/trace.html")),
    ("digest.html", include_str!("../templates/digest.html")),
    ("error.html", include_str!("../templates/error.html")),
];

pub fn environment() -> Result<Environment<'static>, ApiError> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Lenient);
    env.add_filter("day", day);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|error| ApiError::internal(format!("template {name}: {error}")))?;
    }
    Ok(env)
}

/// `2025-06-02T14:00:00` → `2025-06-02`.
fn day(value: Option<String>) -> String {
    match value {
        Some(value) => value.chars().take(10).collect(),
        None => "undated".to_string(),
    }
}
