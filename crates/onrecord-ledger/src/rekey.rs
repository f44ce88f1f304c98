//! Recomputing name keys after [`name_key`](crate::name_key) changed: what each backend's migration
//! must do so that an upgraded ledger resolves speakers exactly as a fresh one would.
//!
//! The plan is pure (rows in, changes out); each backend applies it with its own SQL. Entities whose
//! new keys collide are merged into the lowest id (the one a fresh ledger would have created first,
//! whose name it would show): their statements and aliases move to it and the others are dropped.

use std::collections::HashMap;

use crate::name_key;

/// One `entities` row as the plan needs it.
pub(crate) struct EntityKeyRow {
    pub id: i64,
    pub key: String,
    pub last_key: String,
    pub name: String,
}

/// What to change.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct RekeyPlan {
    /// `(dropped, kept)`: move the dropped entity's statements and aliases to the kept one.
    pub merges: Vec<(i64, i64)>,
    /// `(id, key, last_key)` for kept entities whose keys changed.
    pub keys: Vec<(i64, String, String)>,
}

/// The key an entity would get today: named speakers by their name key, anonymous sources by their
/// document and name key (see `entity_for`). `old_key` tells which kind of key it is.
fn key_for(old_key: &str, name: &str) -> (String, String) {
    let folded = name_key(name);
    let last_key = folded.rsplit(' ').next().unwrap_or_default().to_string();
    let key = match old_key.strip_prefix("anonymous:") {
        // `anonymous:{document}:{name key}`; a name key holds no ':', so the last one ends the document.
        Some(_) => match old_key.rsplit_once(':') {
            Some((document, _)) => format!("{document}:{folded}"),
            None => old_key.to_string(),
        },
        None => folded,
    };
    (key, last_key)
}

/// Plans the new keys of `rows` (in any order).
pub(crate) fn plan(mut rows: Vec<EntityKeyRow>) -> RekeyPlan {
    rows.sort_by_key(|row| row.id);
    let mut kept: HashMap<String, i64> = HashMap::new();
    let mut plan = RekeyPlan::default();
    for row in rows {
        let (key, last_key) = key_for(&row.key, &row.name);
        match kept.get(&key) {
            Some(&keeper) => plan.merges.push((row.id, keeper)),
            None => {
                kept.insert(key.clone(), row.id);
                if key != row.key || last_key != row.last_key {
                    plan.keys.push((row.id, key, last_key));
                }
            }
        }
    }
    plan
}

/// A temporary key no real key can equal (real keys hold no control characters), so that keys can
/// be rewritten in any order without a transient collision on the unique index.
pub(crate) fn placeholder_key(id: i64) -> String {
    format!("\u{1}{id}")
}

/// The new alias key when it changed.
pub(crate) fn alias_key(alias: &str, old: &str) -> Option<String> {
    let key = name_key(alias);
    (key != old).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, key: &str, name: &str) -> EntityKeyRow {
        EntityKeyRow {
            id,
            key: key.into(),
            last_key: key.rsplit(' ').next().unwrap_or_default().into(),
            name: name.into(),
        }
    }

    #[test]
    fn colliding_keys_merge_into_the_lowest_id_and_stale_keys_are_rewritten() {
        let current = name_key("Arkady Velesov");
        let plan = plan(vec![
            row(7, "stale key", "Arkady  Velesov."),
            row(3, "also stale", "Arkady Velesov"),
            row(5, &name_key("Orla Venn"), "Orla Venn"),
            row(9, "anonymous:doc-1:old", "a senior official"),
        ]);
        assert_eq!(plan.merges, vec![(7, 3)]);
        let last = current.rsplit(' ').next().unwrap().to_string();
        assert_eq!(
            plan.keys,
            vec![
                (3, current.clone(), last),
                (
                    9,
                    format!("anonymous:doc-1:{}", name_key("a senior official")),
                    name_key("a senior official")
                        .rsplit(' ')
                        .next()
                        .unwrap()
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn anonymous_sources_of_different_documents_never_merge() {
        let plan = plan(vec![
            row(1, "anonymous:d1:x", "a source"),
            row(2, "anonymous:d2:x", "a source"),
        ]);
        assert!(plan.merges.is_empty());
    }
}
