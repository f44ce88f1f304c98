//! Data-driven extraction tests: every `fixtures/en/NAME.txt` is extracted and compared with
//! `NAME.expected.jsonl`, one statement a line. A mismatch prints a line diff.
//! To accept new output after an intended change: `UPDATE_EXPECT=1 cargo test -p onrecord-extract --test fixtures`.

mod common;

use onrecord_model::Lang;

#[test]
fn english_fixtures() {
    common::check_fixtures("en", Lang::En);
}
