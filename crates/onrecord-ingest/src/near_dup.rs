//! Near-duplicates: MinHash signatures over word shingles and LSH band keys.
//!
//! Owns the pure arithmetic that lets the ledger link a repost with a header added, or a copy with
//! small edits, to its earliest near-copy, in O(1) expected work per document instead of comparing
//! every pair. It never stores anything and never decides which copy is the original: the ledger
//! keeps the band keys and picks the earliest candidate.
//!
//! How the ledger uses it:
//! 1. `let signature = minhash_signature(&document.text);`
//! 2. `let keys = lsh_band_keys(&signature);` — [`BANDS`] keys, each a `u64` (store as
//!    `key as i64` in SQLite). Keep a table `near_dup_band(band_key INTEGER, document_id)` with an
//!    index on `band_key`, and the signature itself ([`Signature::to_bytes`], 960 bytes) per
//!    document.
//! 3. Candidates are the documents sharing at least one band key (one indexed lookup per key).
//!    Keep those with `estimate_jaccard(&signature, &candidate) >= threshold` (default
//!    [`DEFAULT_THRESHOLD`]) and link the document to the earliest of them.
//! 4. Insert the document's own keys.
//!
//! The numbers: [`NUM_HASHES`] = 120 hash functions in [`BANDS`] = 20 bands of [`ROWS`] = 6 rows;
//! shingles of [`SHINGLE_WORDS`] = 3 words, lower-cased, split on anything not a letter or digit.
//! Two texts with Jaccard similarity `s` share a band with probability `1 - (1 - s^6)^20`:
//! 0.998 at s = 0.8, 0.92 at s = 0.7, 0.62 at s = 0.6, 0.27 at s = 0.5, 0.015 at s = 0.3. So a
//! configured threshold is reliable from 0.7 up; below that, near-copies start to be missed.
//! The hashes are fixed (FNV-1a and SplitMix64 over the shingle, then 120 multiply-add
//! permutations with constant parameters): stored keys stay valid across versions and machines. Changing any number here invalidates every stored key.

use std::collections::HashMap;

pub const NUM_HASHES: usize = BANDS * ROWS;
pub const BANDS: usize = 20;
pub const ROWS: usize = 6;
pub const SHINGLE_WORDS: usize = 3;
/// The Jaccard similarity from which a document is a near-copy unless configured otherwise.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// A MinHash signature: the minimum of each of [`NUM_HASHES`] hash functions over the shingles.
/// An empty text has an empty signature (every slot `u64::MAX`), which matches nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature(pub [u64; NUM_HASHES]);

impl Signature {
    /// True for the signature of a text with no words.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&v| v == u64::MAX)
    }

    /// Little-endian bytes, 8 per slot, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// The inverse of [`Signature::to_bytes`]; `None` for a slice of the wrong length.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != NUM_HASHES * 8 {
            return None;
        }
        let mut slots = [0u64; NUM_HASHES];
        for (slot, chunk) in slots.iter_mut().zip(bytes.chunks_exact(8)) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            *slot = u64::from_le_bytes(word);
        }
        Some(Signature(slots))
    }
}

const fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The hash functions: `h_i(x) = MULTIPLIERS[i] * x + SEEDS[i]` (mod 2^64) over the SplitMix64 of
/// the shingle; odd multipliers make each a permutation of `u64`, and one multiply-add per slot
/// keeps signatures fast.
const SEEDS: [u64; NUM_HASHES] = constants(0x6F6E_7265_636F_7264, 0); // "onrecord"
const MULTIPLIERS: [u64; NUM_HASHES] = constants(0x6D69_6E68_6173_6821, 1); // "minhash!"

const fn constants(start: u64, or: u64) -> [u64; NUM_HASHES] {
    let mut values = [0u64; NUM_HASHES];
    let mut state = start;
    let mut i = 0;
    while i < NUM_HASHES {
        state = splitmix64(state);
        values[i] = state | or;
        i += 1;
    }
    values
}

fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    let mut hash = hash;
    for &byte in bytes {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    hash
}

const FNV_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;

/// The normalised words of a text: lower-cased runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn shingle_hashes(text: &str) -> Vec<u64> {
    let words = words(text);
    if words.is_empty() {
        return Vec::new();
    }
    let width = SHINGLE_WORDS.min(words.len());
    words
        .windows(width)
        .map(|window| {
            let mut hash = FNV_OFFSET;
            for word in window {
                hash = fnv1a(hash, word.as_bytes());
                hash = fnv1a(hash, b" ");
            }
            splitmix64(hash)
        })
        .collect()
}

/// The MinHash signature of a text.
pub fn minhash_signature(text: &str) -> Signature {
    let mut slots = [u64::MAX; NUM_HASHES];
    for shingle in shingle_hashes(text) {
        for ((slot, multiplier), seed) in slots.iter_mut().zip(&MULTIPLIERS).zip(&SEEDS) {
            let value = shingle.wrapping_mul(*multiplier).wrapping_add(*seed);
            *slot = (*slot).min(value);
        }
    }
    Signature(slots)
}

/// One key per band: documents sharing any key are candidates. Empty for an empty signature.
pub fn lsh_band_keys(signature: &Signature) -> Vec<u64> {
    if signature.is_empty() {
        return Vec::new();
    }
    signature
        .0
        .chunks_exact(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let mut key = splitmix64(band as u64 ^ 0xB4AD_0000);
            for &row in rows {
                key = splitmix64(key ^ row);
            }
            key
        })
        .collect()
}

/// The estimated Jaccard similarity of the two texts' shingle sets: the share of equal slots.
pub fn estimate_jaccard(a: &Signature, b: &Signature) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let equal = a.0.iter().zip(b.0.iter()).filter(|(x, y)| x == y).count();
    equal as f64 / NUM_HASHES as f64
}

/// The exact Jaccard similarity of two texts' shingle sets (for tests and calibration).
pub fn exact_jaccard(a: &str, b: &str) -> f64 {
    use std::collections::HashSet;
    let a: HashSet<u64> = shingle_hashes(a).into_iter().collect();
    let b: HashSet<u64> = shingle_hashes(b).into_iter().collect();
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / a.union(&b).count() as f64
}

/// An in-memory index of the same scheme, for one run or for tests; the ledger keeps its own.
#[derive(Debug, Default)]
pub struct NearDupIndex {
    threshold: f64,
    buckets: HashMap<u64, Vec<usize>>,
    signatures: Vec<Signature>,
}

impl NearDupIndex {
    pub fn new(threshold: f64) -> Self {
        NearDupIndex {
            threshold,
            ..NearDupIndex::default()
        }
    }

    /// Adds a signature under the next number (0, 1, ...) and returns the earliest earlier entry
    /// at or above the threshold, with its estimated similarity.
    pub fn insert(&mut self, signature: Signature) -> Option<(usize, f64)> {
        let keys = lsh_band_keys(&signature);
        let mut best: Option<(usize, f64)> = None;
        for key in &keys {
            for &candidate in self.buckets.get(key).map(Vec::as_slice).unwrap_or(&[]) {
                if best.is_some_and(|(b, _)| b <= candidate) {
                    continue;
                }
                let similarity = estimate_jaccard(&signature, &self.signatures[candidate]);
                if similarity >= self.threshold {
                    best = Some((candidate, similarity));
                }
            }
        }
        let number = self.signatures.len();
        for key in keys {
            self.buckets.entry(key).or_default().push(number);
        }
        self.signatures.push(signature);
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Talks between the two delegations stalled on Thursday, officials said, after a \
        second round in Vienna ended without a joint statement. The foreign minister told reporters \
        that a third round was possible but that no date had been set. Both sides accused each other \
        of shelling near the river crossing, and observers said the reports could not be verified \
        independently. Aid convoys were again delayed at the checkpoint north of the city, where \
        hundreds of trucks have waited since Monday.";

    #[test]
    fn a_repost_with_a_header_is_near() {
        let repost = format!("⚡️ REPOST from @frontline_watch:\n\n{ARTICLE}\n\nSubscribe!");
        let a = minhash_signature(ARTICLE);
        let b = minhash_signature(&repost);
        let estimate = estimate_jaccard(&a, &b);
        let exact = exact_jaccard(ARTICLE, &repost);
        assert!(exact > 0.8, "{exact}");
        assert!((estimate - exact).abs() < 0.12, "{estimate} vs {exact}");
        let shared = lsh_band_keys(&a)
            .iter()
            .zip(lsh_band_keys(&b).iter())
            .filter(|(x, y)| x == y)
            .count();
        assert!(shared > 0);
    }

    #[test]
    fn different_texts_are_far() {
        let other =
            "Министр заявил, что наступление начнётся весной, а переговоры продолжатся в Стамбуле.";
        let a = minhash_signature(ARTICLE);
        let b = minhash_signature(other);
        assert!(estimate_jaccard(&a, &b) < 0.1);
    }

    const PINNED_FIRST_KEY: u64 = 13_009_817_699_738_873_513;

    #[test]
    fn signatures_round_trip_and_are_stable() {
        let signature = minhash_signature("one two three four");
        assert_eq!(
            Signature::from_bytes(&signature.to_bytes()),
            Some(signature.clone())
        );
        // Stored keys must not change between versions: pin one.
        assert_eq!(lsh_band_keys(&signature).len(), BANDS);
        assert_eq!(lsh_band_keys(&signature)[0], PINNED_FIRST_KEY);
        assert!(lsh_band_keys(&minhash_signature("")).is_empty());
        assert!(minhash_signature("…!").is_empty());
    }

    #[test]
    fn estimates_track_exact_similarity() {
        let words: Vec<&str> = ARTICLE.split_whitespace().collect();
        let mut total_error = 0.0;
        let mut cases = 0.0;
        for step in [2, 3, 5, 7, 11, 17] {
            let edited: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    if i % step == 0 {
                        format!("x{i}")
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            let edited = edited.join(" ");
            let exact = exact_jaccard(ARTICLE, &edited);
            let estimate =
                estimate_jaccard(&minhash_signature(ARTICLE), &minhash_signature(&edited));
            total_error += (exact - estimate).abs();
            cases += 1.0;
        }
        assert!(
            total_error / cases < 0.06,
            "mean error {}",
            total_error / cases
        );
    }

    #[test]
    fn the_index_links_to_the_earliest_copy() {
        let mut index = NearDupIndex::new(DEFAULT_THRESHOLD);
        assert_eq!(index.insert(minhash_signature(ARTICLE)), None);
        assert_eq!(
            index.insert(minhash_signature(
                "Something else entirely, about grain prices in the port."
            )),
            None
        );
        let edited = ARTICLE.replace("Thursday", "Friday");
        let found = index.insert(minhash_signature(&edited));
        assert_eq!(found.map(|f| f.0), Some(0));
        let again = index.insert(minhash_signature(&format!("Breaking: {ARTICLE}")));
        assert_eq!(again.map(|f| f.0), Some(0));
    }
}
