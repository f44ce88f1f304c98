//! Data-driven Russian/Ukrainian extraction tests: every `fixtures/{ru,uk}/NAME.txt` (invented sentences)
//! is extracted with its language and compared with `NAME.expected.jsonl`.
//! To accept new output: `UPDATE_EXPECT=1 cargo test -p onrecord-extract --test slavic_fixtures`.

mod common;

use onrecord_model::Lang;

#[test]
fn slavic_fixtures() {
    for (sub, lang) in [("ru", Lang::Ru), ("uk", Lang::Uk)] {
        common::check_fixtures(sub, lang);
    }
}
