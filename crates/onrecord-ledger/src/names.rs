//! Name keys: the folded form under which speakers and aliases are matched.

/// Folds a name for matching: lower case, letters and digits only, single spaces; `ё` as `е`.
/// "Arkady  Velesov" and "arkady velesov." share a key.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut pending_space = false;
    for ch in name.chars().flat_map(char::to_lowercase) {
        let ch = if ch == 'ё' { 'е' } else { ch };
        if ch.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.push(ch);
        } else if ch != '\'' && ch != '’' {
            pending_space = true;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn folds_case_punctuation_and_yo() {
        assert_eq!(name_key("  Arkady   Velesov. "), "arkady velesov");
        assert_eq!(name_key("O'Neill-Smith"), "oneill smith");
        assert_eq!(name_key("Пётр Сёмин"), "петр семин");
    }
}
