//! The places map: resolved places counted over the ledger's documents, drawn as an inline SVG over
//! a bundled basemap (Natural Earth 1:110m country outlines from the `world-atlas` npm package,
//! converted by `assets/basemap/build.js`). No tiles, no script: the map works offline and
//! without JavaScript.

use std::collections::BTreeMap;

use onrecord_ledger::Ledger;
use serde::Serialize;

use crate::error::ApiError;

static COUNTRIES: &str = include_str!("../assets/basemap/countries.tsv");

/// At most this many documents are scanned for places (newest ledgers stay responsive).
pub const MAX_DOCUMENTS_SCANNED: usize = 5000;

/// One place with how often documents mention it.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceCount {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub mentions: usize,
    /// Up to ten documents that mention it: (id, title or name).
    pub documents: Vec<(String, String)>,
}

/// Counts resolved places over the ledger's documents.
pub fn count_places(ledger: &mut dyn Ledger) -> Result<Vec<PlaceCount>, ApiError> {
    let mut places: BTreeMap<String, PlaceCount> = BTreeMap::new();
    for row in ledger.documents(false, MAX_DOCUMENTS_SCANNED)? {
        let Some(detail) = ledger.document(&row.id)? else {
            continue;
        };
        let label = detail
            .document
            .title
            .clone()
            .unwrap_or_else(|| detail.document.name.clone());
        for fact in &detail.facts {
            let fact = &fact.fact;
            if fact.get("type").and_then(|t| t.as_str()) != Some("place") {
                continue;
            }
            let (Some(name), Some(lat), Some(lon)) = (
                fact.get("name").and_then(|v| v.as_str()),
                fact.get("lat").and_then(|v| v.as_f64()),
                fact.get("lon").and_then(|v| v.as_f64()),
            ) else {
                continue;
            };
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                continue;
            }
            let country = fact
                .get("country")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            let entry = places
                .entry(format!("{name}\u{1f}{country}"))
                .or_insert_with(|| PlaceCount {
                    name: name.to_string(),
                    country,
                    lat,
                    lon,
                    mentions: 0,
                    documents: Vec::new(),
                });
            entry.mentions += 1;
            if entry.documents.len() < 10 && !entry.documents.iter().any(|(id, _)| *id == row.id) {
                entry.documents.push((row.id.clone(), label.clone()));
            }
        }
    }
    let mut out: Vec<PlaceCount> = places.into_values().collect();
    out.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(out)
}

/// An SVG ready for the template: a view box, country outlines inside it, and place markers.
#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    pub view_box: String,
    pub countries: Vec<Outline>,
    pub markers: Vec<Marker>,
    pub stroke: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outline {
    pub name: &'static str,
    pub d: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub label: String,
}

struct Bounds {
    min_x: f64,
    min_y: f64,
    max_x: f64,
    max_y: f64,
}

impl Bounds {
    fn of_path(d: &str) -> Option<Bounds> {
        let mut numbers = d
            .split(['M', 'L', 'Z', ' '])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse::<f64>().ok());
        let mut bounds: Option<Bounds> = None;
        while let (Some(x), Some(y)) = (numbers.next(), numbers.next()) {
            let b = bounds.get_or_insert(Bounds {
                min_x: x,
                min_y: y,
                max_x: x,
                max_y: y,
            });
            b.min_x = b.min_x.min(x);
            b.min_y = b.min_y.min(y);
            b.max_x = b.max_x.max(x);
            b.max_y = b.max_y.max(y);
        }
        bounds
    }

    fn intersects(&self, other: &Bounds) -> bool {
        self.min_x <= other.max_x
            && other.min_x <= self.max_x
            && self.min_y <= other.max_y
            && other.min_y <= self.max_y
    }
}

/// Frames the places (with a margin; the whole world when there are none) and keeps the outlines
/// that fall in the frame.
pub fn map_view(places: &[PlaceCount]) -> MapView {
    let mut frame = Bounds {
        min_x: -180.0,
        min_y: -85.0,
        max_x: 180.0,
        max_y: 60.0,
    };
    if let Some(first) = places.first() {
        let mut b = Bounds {
            min_x: first.lon,
            min_y: -first.lat,
            max_x: first.lon,
            max_y: -first.lat,
        };
        for place in places {
            b.min_x = b.min_x.min(place.lon);
            b.max_x = b.max_x.max(place.lon);
            b.min_y = b.min_y.min(-place.lat);
            b.max_y = b.max_y.max(-place.lat);
        }
        let margin = ((b.max_x - b.min_x).max(b.max_y - b.min_y) * 0.15).max(4.0);
        frame = Bounds {
            min_x: (b.min_x - margin).max(-180.0),
            min_y: (b.min_y - margin).max(-90.0),
            max_x: (b.max_x + margin).min(180.0),
            max_y: (b.max_y + margin).min(90.0),
        };
        // Keep a landscape shape.
        let (w, h) = (frame.max_x - frame.min_x, frame.max_y - frame.min_y);
        if w < h * 1.5 {
            let grow = (h * 1.5 - w) / 2.0;
            frame.min_x -= grow;
            frame.max_x += grow;
        }
    }
    let width = frame.max_x - frame.min_x;
    let height = frame.max_y - frame.min_y;
    let countries = COUNTRIES
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(_, d)| Bounds::of_path(d).is_some_and(|b| b.intersects(&frame)))
        .map(|(name, d)| Outline { name, d })
        .collect();
    let most = places.iter().map(|p| p.mentions).max().unwrap_or(1).max(1) as f64;
    let unit = width.max(height) / 100.0;
    let markers = places
        .iter()
        .enumerate()
        .map(|(index, place)| Marker {
            index,
            x: round(place.lon),
            y: round(-place.lat),
            r: round(unit * (0.8 + 2.2 * (place.mentions as f64 / most).sqrt())),
            label: format!(
                "{} ({}): {} mentions",
                place.name, place.country, place.mentions
            ),
        })
        .collect();
    MapView {
        view_box: format!(
            "{} {} {} {}",
            round(frame.min_x),
            round(frame.min_y),
            round(width),
            round(height)
        ),
        countries,
        markers,
        stroke: round(unit * 0.15),
    }
}

fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basemap_parses_and_frames_places() {
        let world = map_view(&[]);
        assert!(world.countries.len() > 150, "{}", world.countries.len());
        let kyiv = PlaceCount {
            name: "Kyiv".into(),
            country: "UA".into(),
            lat: 50.45,
            lon: 30.52,
            mentions: 3,
            documents: Vec::new(),
        };
        let view = map_view(&[kyiv]);
        assert!(view.countries.iter().any(|c| c.name == "Ukraine"));
        assert!(!view.countries.iter().any(|c| c.name == "Brazil"));
        assert_eq!(view.markers.len(), 1);
    }
}
