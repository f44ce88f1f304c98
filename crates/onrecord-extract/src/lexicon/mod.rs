//! Lexicons: plain data files under `lexicon/<lang>/`, embedded in the binary and compiled once into
//! one word table per language.
//!
//! Every file has the same outer syntax: `#` comments, blank lines, entry lines, and example lines
//! (`+ TEXT` must yield a statement, `+ TEXT || NAME` a statement whose speaker's canonical name is
//! NAME, `- TEXT` must yield none). The examples run as tests (`tests/lexicon_examples.rs`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use onrecord_model::Lang;

/// The files of one language's lexicon, by file name.
pub struct LexiconFiles {
    pub speech_verbs: &'static str,
    pub titles: &'static str,
    pub anonymous: &'static str,
    pub hedges: &'static str,
    pub pronouns: &'static str,
    pub cues: &'static str,
    pub function_words: &'static str,
    pub organisations: &'static str,
    pub first_names: &'static str,
    pub offices: &'static str,
}

pub const ENGLISH_FILES: LexiconFiles = LexiconFiles {
    speech_verbs: include_str!("en/speech_verbs.txt"),
    titles: include_str!("en/titles.txt"),
    anonymous: include_str!("en/anonymous.txt"),
    hedges: include_str!("en/hedges.txt"),
    pronouns: include_str!("en/pronouns.txt"),
    cues: include_str!("en/cues.txt"),
    function_words: include_str!("en/function_words.txt"),
    organisations: include_str!("en/organisations.txt"),
    first_names: include_str!("en/first_names.txt"),
    offices: include_str!("en/offices.txt"),
};

/// Frames a reporting verb takes (see `speech_verbs.txt`).
pub mod frame {
    pub const THAT: u16 = 1;
    pub const BARE: u16 = 1 << 1;
    pub const AFTER: u16 = 1 << 2;
    pub const INV: u16 = 1 << 3;
    pub const OBJ: u16 = 1 << 4;
    pub const COLON: u16 = 1 << 5;
    pub const HEDGE: u16 = 1 << 6;
    /// The verb reports speech through its object: `urged X to …`, `accused X of …`, `called for …`.
    pub const ACT: u16 = 1 << 7;
    /// The verb reports a promise or a threat through an infinitive: `vowed to retake the town`.
    pub const TO: u16 = 1 << 8;
    /// Without "that" the verb reports only a clause with a finite verb: `promised the bridge
    /// would reopen`, never `promised a prisoner exchange`.
    pub const CLAUSE: u16 = 1 << 9;
    /// The verb reports only with the particle "back": `fired back that`, `"…," he shot back`.
    pub const BACK: u16 = 1 << 10;
}

/// What one word can be; several bits may be set.
pub mod class {
    pub const VERB: u32 = 1;
    pub const TITLE: u32 = 1 << 1;
    pub const ANON_HEAD: u32 = 1 << 2;
    pub const DET_DEF: u32 = 1 << 3;
    pub const DET_INDEF: u32 = 1 << 4;
    pub const DET_POSS: u32 = 1 << 5;
    pub const PRONOUN: u32 = 1 << 6;
    pub const STOP: u32 = 1 << 7;
    pub const SKIP: u32 = 1 << 8;
    pub const TIME: u32 = 1 << 9;
    pub const ABBREV: u32 = 1 << 10;
    pub const HEDGE: u32 = 1 << 11;
    pub const NOMINAL: u32 = 1 << 12;
    pub const RECIPIENT: u32 = 1 << 13;
    /// First word of a multi-word phrase (hedge, anonymity marker, source cue, title).
    pub const PHRASE_START: u32 = 1 << 14;
    pub const ING: u32 = 1 << 15;
    pub const ORG_HEAD: u32 = 1 << 16;
    pub const FEMALE_NAME: u32 = 1 << 17;
    pub const MALE_NAME: u32 = 1 << 18;
    pub const DOCUMENT: u32 = 1 << 19;
    /// The last word of a heading that ends in a colon ("Editor's note:"): never a speaker.
    pub const HEADING: u32 = 1 << 20;
    /// A noun in "-ing" that stays inside a noun phrase ("the evening bulletin", "youth wing").
    pub const NOUN_ING: u32 = 1 << 21;
    /// A verb form that is finite on its own: a modal or an irregular past ("would", "took").
    pub const FINITE: u32 = 1 << 22;
    /// The base form of a reporting verb ("say", "estimate"), listed first on its line.
    pub const VERB_BASE: u32 = 1 << 23;
    /// A word that ends a phrase without heading it ("dozen", "subsequent").
    pub const MODIFIER: u32 = 1 << 24;
    /// A text or an occasion through which someone speaks ("interview", "tweet").
    pub const MEDIUM: u32 = 1 << 25;
    /// A word that opens an adjunct before the main clause ("during", "here").
    pub const OPENER: u32 = 1 << 26;
    /// A one-word anonymity marker ("unnamed"); longer markers are phrases.
    pub const ANON_MARKER: u32 = 1 << 27;
    /// The last word of a title of several words ("manager" of "campaign manager").
    pub const TITLE_END: u32 = 1 << 28;
    /// A noun for what kind of body an organisation is, after its name ("the Tide Watch group").
    pub const BODY_KIND: u32 = 1 << 29;
    /// An event one convenes rather than says ("called a snap election").
    pub const EVENT: u32 = 1 << 30;
    /// A noun for an opinion its owner holds ("view" of "in her view").
    pub const OPINION: u32 = 1 << 31;
    pub const DETERMINER: u32 = DET_DEF | DET_INDEF | DET_POSS;
}

/// Gender or number a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    Male,
    Female,
    Plural,
    Thing,
    SelfRef,
}

/// Whether a title says its holder is a woman or a man ("Mrs.", "spokesman").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub class: u32,
    pub frames: u16,
    pub pronoun: Option<PronounKind>,
    /// What a title word says of its holder, packed so that the word table's entries stay eight
    /// bytes: the office it names as an index into [`Lexicon::offices`] plus one in the low six
    /// bits (0: none), and the holder's gender in the top two.
    title: u8,
}

impl WordInfo {
    const OFFICE_BITS: u8 = 0b0011_1111;
    const FEMALE: u8 = 0b0100_0000;
    const MALE: u8 = 0b1000_0000;

    pub fn is(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    /// Whether the word, as a title, says its holder is a woman or a man ("Mrs.", "spokesman").
    pub fn title_gender(&self) -> Option<Gender> {
        if self.title & Self::FEMALE != 0 {
            Some(Gender::Female)
        } else if self.title & Self::MALE != 0 {
            Some(Gender::Male)
        } else {
            None
        }
    }

    fn office(&self) -> Option<usize> {
        usize::from(self.title & Self::OFFICE_BITS).checked_sub(1)
    }
}

/// A multiply-rotate hash over eight bytes at a time: the word table is looked up once per token,
/// and a word hashes in one or two rounds instead of one round per byte (FNV) or SipHash's many. The
/// keys are the lexicon's own words, so hash flooding is not a concern.
#[derive(Default)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0xf135_7aea_2e62_a9c5;

    fn round(&mut self, chunk: u64) {
        self.0 = (self.0 ^ chunk).wrapping_mul(Self::SEED).rotate_left(26);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.round(u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]));
        }
        // The last one to seven bytes in at most two overlapping reads, no copy.
        let rest = chunks.remainder();
        let n = rest.len();
        let tail = match n {
            0 => 0,
            1..=3 => {
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
            }
            _ => {
                let head = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
                let last = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
                u64::from(head) | u64::from(last) << 32
            }
        };
        // The length keeps words that share their read bytes apart.
        self.round(tail ^ (n as u64) << 59);
    }

    fn write_u8(&mut self, byte: u8) {
        self.round(u64::from(byte));
    }

    fn write_u128(&mut self, packed: u128) {
        self.round(packed as u64);
        self.round((packed >> 64) as u64);
    }
}

/// The word table. A word of up to 15 bytes, nearly every word, is packed with its length into one
/// integer that is its own key: a lookup hashes two rounds and compares one integer, where a string
/// key costs a pointer to follow and a byte comparison.
#[derive(Debug, Default)]
struct WordTable {
    short: HashMap<u128, WordInfo, BuildHasherDefault<WordHasher>>,
    long: HashMap<Box<str>, WordInfo, BuildHasherDefault<WordHasher>>,
}

impl WordTable {
    const SHORT: usize = 15;

    /// The word's bytes with its length in the top byte, for a word short enough.
    fn packed(word: &str) -> Option<u128> {
        let bytes = word.as_bytes();
        (bytes.len() <= Self::SHORT).then(|| {
            let mut buf = [0u8; 16];
            buf[..bytes.len()].copy_from_slice(bytes);
            buf[Self::SHORT] = bytes.len() as u8;
            u128::from_le_bytes(buf)
        })
    }

    fn get(&self, word: &str) -> Option<&WordInfo> {
        match Self::packed(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    fn entry(&mut self, word: String) -> &mut WordInfo {
        match Self::packed(&word) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.into_boxed_str()).or_default(),
        }
    }
}

/// A multi-word phrase of lower-case words.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub words: Vec<Box<str>>,
}

/// A compiled lexicon for one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: WordTable,
    pub hedge_phrases: Vec<Phrase>,
    /// Anonymity markers of two words or more; one-word markers are `class::ANON_MARKER`.
    pub anon_markers: Vec<Phrase>,
    pub source_phrases: Vec<Phrase>,
    pub title_phrases: Vec<Phrase>,
    /// The offices of `offices.txt`, in file order.
    offices: Vec<Office>,
    /// Abbreviations that end an organisation's name, as written, and the words they stand for
    /// (`spelled` lines of `organisations.txt`).
    spelled_out: Vec<(Box<str>, Box<str>)>,
    /// Common nouns that stand for an organisation named otherwise, and the heads such a name ends
    /// in (`known-as` lines of `organisations.txt`): "the army" is the "Defence Forces".
    known_as: Vec<(Box<str>, Vec<Box<str>>)>,
    /// Letters written after a name, as written (`after-name` lines of `titles.txt`): "Tobias
    /// Quayle KC" is Tobias Quayle.
    after_name: Vec<Box<str>>,
    /// Nouns for a body that a possessive name owns and so names (`owned-body` lines of
    /// `organisations.txt`): "Valdria's defence ministry" is a ministry of its own.
    owned_bodies: Vec<Box<str>>,
}

/// One office of `offices.txt`: the words that name it are one office ("Sen." and "senator").
#[derive(Debug)]
pub struct Office {
    pub name: Box<str>,
    /// Written before a name ("sen" of "Sen. Vorn"), without its full stop.
    pub abbreviation: Option<Box<str>>,
    /// Many hold it at once ("senator", "minister").
    pub shared: bool,
}

impl Lexicon {
    /// Looks up a word already in lower case.
    pub fn word(&self, lower: &str) -> WordInfo {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// The office a title word names ("sen", "congressman"), the word in lower case without a
    /// full stop.
    pub fn office(&self, lower: &str) -> Option<&Office> {
        self.offices.get(self.word(lower).office()?)
    }

    /// A canonical name with the abbreviation that ends it spelled out ("Halvaran MoD" → "Halvaran
    /// Defence Ministry"); `None` when it ends in none.
    pub fn spell_out(&self, name: &str) -> Option<String> {
        self.spelled_out.iter().find_map(|(abbreviation, words)| {
            let stem = name.strip_suffix(&**abbreviation)?;
            (stem.is_empty() || stem.ends_with(' ')).then(|| format!("{stem}{words}"))
        })
    }

    /// The heads of the organisations a bare common noun can stand for ("army" → "army", "forces");
    /// empty for a noun that names no organisation by another name. The noun in lower case.
    pub fn known_as(&self, noun: &str) -> &[Box<str>] {
        self.known_as
            .iter()
            .find(|(known, _)| **known == *noun)
            .map_or(&[], |(_, heads)| heads.as_slice())
    }

    /// Whether a noun, in lower case, names a body of its own after a possessive name
    /// ("ministry" of "Valdria's defence ministry"; not "campaign" of "Rubio's campaign").
    pub fn owned_body(&self, noun: &str) -> bool {
        self.owned_bodies.iter().any(|body| **body == *noun)
    }

    /// Whether a word, as written, is letters that follow a name ("KC", "MP", "PhD").
    pub fn follows_name(&self, word: &str) -> bool {
        self.after_name.iter().any(|letters| **letters == *word)
    }

    fn add(&mut self, word: &str, update: impl FnOnce(&mut WordInfo)) {
        update(self.words.entry(word.to_lowercase()));
    }

    fn add_phrase(&mut self, phrase: &str, single_class: u32) -> Option<Phrase> {
        let words: Vec<Box<str>> = phrase
            .split_whitespace()
            .map(|w| w.to_lowercase().into_boxed_str())
            .collect();
        match words.len() {
            0 => None,
            1 => {
                self.add(&words[0], |info| info.class |= single_class);
                None
            }
            _ => {
                self.add(&words[0], |info| info.class |= class::PHRASE_START);
                Some(Phrase { words })
            }
        }
    }

    /// Compiles a lexicon from its files. Malformed lines are skipped; the examples test catches them.
    pub fn compile(files: &LexiconFiles) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for line in entries(files.speech_verbs) {
            let Some((forms, frames)) = line.split_once(':') else {
                continue;
            };
            let mut bits = 0u16;
            for name in frames.split_whitespace() {
                bits |= match name {
                    "that" => frame::THAT,
                    "bare" => frame::BARE,
                    "clause" => frame::BARE | frame::CLAUSE,
                    "after" => frame::AFTER,
                    "inv" => frame::INV,
                    "obj" => frame::OBJ,
                    "colon" => frame::COLON,
                    "hedge" => frame::HEDGE,
                    "act" => frame::ACT,
                    "to" => frame::TO,
                    "back" => frame::BACK,
                    _ => 0,
                };
            }
            for (n, form) in forms.split_whitespace().enumerate() {
                let ing = form.ends_with("ing");
                lexicon.add(form, |info| {
                    info.class |= class::VERB
                        | if ing { class::ING } else { 0 }
                        | if n == 0 { class::VERB_BASE } else { 0 };
                    info.frames |= bits;
                });
            }
        }
        for line in entries(files.titles) {
            if let Some(letters) = line.strip_prefix("after-name ") {
                lexicon
                    .after_name
                    .extend(letters.split_whitespace().map(Box::from));
                continue;
            }
            if let Some(phrase) = lexicon.add_phrase(line, class::TITLE) {
                if let Some(last) = phrase.words.last() {
                    lexicon.add(last, |info| info.class |= class::TITLE_END);
                }
                lexicon.title_phrases.push(phrase);
            }
        }
        for line in entries(files.anonymous) {
            if let Some(head) = line.strip_prefix("head ") {
                lexicon.add(head.trim(), |info| info.class |= class::ANON_HEAD);
            } else if let Some(marker) = line.strip_prefix("marker ") {
                if let Some(phrase) = lexicon.add_phrase(marker, class::ANON_MARKER) {
                    lexicon.anon_markers.push(phrase);
                }
            }
        }
        for line in entries(files.hedges) {
            if let Some(phrase) = lexicon.add_phrase(line, class::HEDGE) {
                lexicon.hedge_phrases.push(phrase);
            }
        }
        for line in entries(files.pronouns) {
            let mut parts = line.split_whitespace();
            let (Some(word), Some(kind)) = (parts.next(), parts.next()) else {
                continue;
            };
            let kind = match kind {
                "male" => PronounKind::Male,
                "female" => PronounKind::Female,
                "plural" => PronounKind::Plural,
                "thing" => PronounKind::Thing,
                _ => PronounKind::SelfRef,
            };
            lexicon.add(word, |info| {
                info.class |= class::PRONOUN;
                info.pronoun = Some(kind);
            });
        }
        for line in entries(files.cues) {
            let Some((kind, rest)) = line.split_once(' ') else {
                continue;
            };
            let rest = rest.trim();
            match kind {
                "source" => {
                    if let Some(phrase) = lexicon.add_phrase(rest, 0) {
                        lexicon.source_phrases.push(phrase);
                    } else {
                        lexicon.source_phrases.push(Phrase {
                            words: vec![rest.into()],
                        });
                        lexicon.add(rest, |info| info.class |= class::PHRASE_START);
                    }
                }
                "nominal" => lexicon.add(rest, |info| info.class |= class::NOMINAL),
                "recipient" => lexicon.add(rest, |info| info.class |= class::RECIPIENT),
                "document" => lexicon.add(rest, |info| info.class |= class::DOCUMENT),
                "opinion" => lexicon.add(rest, |info| info.class |= class::OPINION),
                _ => {}
            }
        }
        for line in entries(files.function_words) {
            let Some((kind, words)) = line.split_once(' ') else {
                continue;
            };
            let bits = match kind {
                "det-def" => class::DET_DEF,
                "det-indef" => class::DET_INDEF,
                "det-poss" => class::DET_POSS,
                "stop" => class::STOP,
                "skip" => class::SKIP,
                "time" => class::TIME,
                "abbrev" => class::ABBREV,
                "heading" => class::HEADING,
                "noun-ing" => class::NOUN_ING,
                "finite" => class::FINITE,
                "modifier" => class::MODIFIER,
                "medium" => class::MEDIUM,
                "opener" => class::OPENER,
                "body-kind" => class::BODY_KIND,
                "event" => class::EVENT,
                _ => 0,
            };
            for word in words.split_whitespace() {
                lexicon.add(word, |info| info.class |= bits);
            }
        }
        for line in entries(files.organisations) {
            if let Some(rest) = line.strip_prefix("spelled ") {
                if let Some((abbreviation, words)) = rest.split_once(' ') {
                    lexicon
                        .spelled_out
                        .push((abbreviation.into(), words.trim().into()));
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("owned-body ") {
                lexicon
                    .owned_bodies
                    .extend(rest.split_whitespace().map(|w| w.to_lowercase().into()));
                continue;
            }
            if let Some(rest) = line.strip_prefix("known-as ") {
                let mut words = rest.split_whitespace();
                if let Some(noun) = words.next() {
                    let heads = words.map(|w| w.to_lowercase().into_boxed_str()).collect();
                    lexicon.known_as.push((noun.to_lowercase().into(), heads));
                }
                continue;
            }
            for word in line.split_whitespace() {
                lexicon.add(word, |info| info.class |= class::ORG_HEAD);
            }
        }
        for line in entries(files.offices) {
            let Some((kind, words)) = line.split_once(' ') else {
                continue;
            };
            let words = words.split_whitespace();
            match kind {
                "office" => {
                    let words: Vec<&str> = words.collect();
                    let Some(name) = words.first() else {
                        continue;
                    };
                    lexicon.offices.push(Office {
                        name: (*name).into(),
                        abbreviation: words
                            .iter()
                            .find_map(|w| w.strip_suffix('.'))
                            .map(Into::into),
                        shared: false,
                    });
                    // Six bits hold an office; `offices_fit_their_bits` keeps the file within them.
                    let index = u8::try_from(lexicon.offices.len())
                        .ok()
                        .filter(|&index| index <= WordInfo::OFFICE_BITS)
                        .unwrap_or(0);
                    for word in words {
                        lexicon.add(word.trim_end_matches('.'), |info| {
                            info.title = info.title & !WordInfo::OFFICE_BITS | index;
                        });
                    }
                }
                "shared" => {
                    for word in words {
                        if let Some(office) = lexicon.offices.iter_mut().find(|o| &*o.name == word)
                        {
                            office.shared = true;
                        }
                    }
                }
                "female" | "male" => {
                    let gender = if kind == "female" {
                        WordInfo::FEMALE
                    } else {
                        WordInfo::MALE
                    };
                    for word in words {
                        lexicon.add(word, |info| info.title |= gender);
                    }
                }
                _ => {}
            }
        }
        for line in entries(files.first_names) {
            let Some((kind, names)) = line.split_once(' ') else {
                continue;
            };
            let bits = if kind == "female" {
                class::FEMALE_NAME
            } else {
                class::MALE_NAME
            };
            for name in names.split_whitespace() {
                lexicon.add(name, |info| info.class |= bits);
            }
        }
        lexicon
    }
}

/// Entry lines of a lexicon file: not comments, not examples, not blank.
fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines().map(str::trim).filter(|line| {
        !line.is_empty()
            && !line.starts_with('#')
            && !line.starts_with("+ ")
            && !line.starts_with("- ")
    })
}

/// One example line of a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconExample {
    pub file: &'static str,
    pub text: &'static str,
    /// `None` for a negative example (must yield no statement).
    pub expect_statement: bool,
    pub speaker_name: Option<&'static str>,
}

/// The examples of every file of a language's lexicon, for the examples test.
pub fn examples(files: &LexiconFiles) -> Vec<LexiconExample> {
    let named = [
        ("speech_verbs.txt", files.speech_verbs),
        ("titles.txt", files.titles),
        ("anonymous.txt", files.anonymous),
        ("hedges.txt", files.hedges),
        ("pronouns.txt", files.pronouns),
        ("cues.txt", files.cues),
        ("function_words.txt", files.function_words),
        ("organisations.txt", files.organisations),
        ("first_names.txt", files.first_names),
        ("offices.txt", files.offices),
    ];
    let mut out = Vec::new();
    for (file, content) in named {
        for line in content.lines() {
            let line = line.trim();
            if let Some(text) = line.strip_prefix("+ ") {
                let (text, speaker_name) = match text.split_once(" || ") {
                    Some((text, name)) => (text, Some(name.trim())),
                    None => (text, None),
                };
                out.push(LexiconExample {
                    file,
                    text,
                    expect_statement: true,
                    speaker_name,
                });
            } else if let Some(text) = line.strip_prefix("- ") {
                out.push(LexiconExample {
                    file,
                    text,
                    expect_statement: false,
                    speaker_name: None,
                });
            }
        }
    }
    out
}

/// The compiled lexicon for a language. Russian and Ukrainian get their own files later; until then
/// every language uses the English lexicon.
pub fn for_lang(lang: Lang) -> &'static Lexicon {
    static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
    match lang {
        Lang::En | Lang::Other | Lang::Ru | Lang::Uk => {
            ENGLISH.get_or_init(|| Lexicon::compile(&ENGLISH_FILES))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Lexicon, WordInfo, ENGLISH_FILES};

    #[test]
    fn offices_fit_their_bits() {
        let lexicon = Lexicon::compile(&ENGLISH_FILES);
        assert!(lexicon.offices.len() <= usize::from(WordInfo::OFFICE_BITS));
        let senator = lexicon.office("sen").map(|office| &*office.name);
        assert_eq!(senator, Some("senator"));
        assert_eq!(
            lexicon.office("congresswoman").map(|o| &*o.name),
            Some("representative")
        );
        assert!(lexicon.office("candidate").is_none());
    }
}
