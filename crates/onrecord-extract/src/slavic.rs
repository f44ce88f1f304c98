//! Russian and Ukrainian statement rules (`ru.*`, `uk.*`).
//!
//! The two languages share one rule set; every word list is data under `lexicon/ru/` and
//! `lexicon/uk/` (reporting verbs, source phrases with the case of the speaker after them, anonymous
//! heads, hedges, pronouns, role-noun stems, words that introduce names in quotes, and the
//! oblique → nominative ending rules used to give speakers their canonical names).
//!
//! Rules, in order: dash speech paragraphs (`— A, — сказал X. — B.`), quotes with a trailing
//! attribution (`«…», — сказал X`), quotes after `X VERB:` / `X:`, reported speech (`X заявил, что …`),
//! source phrases (`По словам X, …`, `…, по словам X.`, `Как сообщает X, …`).
//! Everything works on code points, so spans are directly what [`Statement`] wants.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use onrecord_model::{EntityKind, Lang, Span, Speaker, Statement, StatementKind};

/// One language's compiled word lists.
struct Lex {
    prefix: &'static str,
    verbs: HashSet<String>,
    /// (words, speaker case, anonymous)
    sources: Vec<(Vec<String>, String, bool)>,
    anon: HashSet<String>,
    hedges: Vec<Vec<String>>,
    pronouns: HashMap<String, char>,
    titles: Vec<String>,
    endings: Vec<(String, String)>,
    exceptions: HashMap<String, String>,
    intros: Vec<String>,
    complementisers: &'static [&'static str],
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

#[allow(clippy::too_many_arguments)]
fn build(
    prefix: &'static str,
    verbs: &str,
    sources: &str,
    anon: &str,
    hedges: &str,
    pronouns: &str,
    titles: &str,
    morphology: &str,
    intros: &str,
    complementisers: &'static [&'static str],
) -> Lex {
    let mut endings = Vec::new();
    let mut exceptions = HashMap::new();
    for l in lines(morphology) {
        let parts: Vec<&str> = l.split_whitespace().collect();
        match parts.as_slice() {
            ["=", from, to] => {
                exceptions.insert(from.to_lowercase(), (*to).to_string());
            }
            [from, to] => {
                let to = if *to == "-" { "" } else { to };
                endings.push((from.to_string(), to.to_string()));
            }
            _ => {}
        }
    }
    // Longest ending first; stable so the file order breaks ties.
    endings.sort_by_key(|(from, _)| std::cmp::Reverse(from.chars().count()));
    Lex {
        prefix,
        verbs: lines(verbs).map(str::to_lowercase).collect(),
        sources: lines(sources)
            .map(|l| {
                let mut phrase = Vec::new();
                let mut case = String::from("nom");
                let mut anonymous = false;
                for w in l.split_whitespace() {
                    if let Some(flag) = w.strip_prefix('=') {
                        if flag == "anon" {
                            anonymous = true;
                        } else {
                            case = flag.to_string();
                        }
                    } else {
                        phrase.push(w.to_lowercase());
                    }
                }
                (phrase, case, anonymous)
            })
            .collect(),
        anon: lines(anon).map(str::to_lowercase).collect(),
        hedges: lines(hedges).map(words).collect(),
        pronouns: lines(pronouns)
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let w = it.next()?;
                let g = it.next()?.chars().next()?;
                Some((w.to_lowercase(), g))
            })
            .collect(),
        titles: lines(titles).map(str::to_lowercase).collect(),
        endings,
        exceptions,
        intros: lines(intros).map(str::to_lowercase).collect(),
        complementisers,
    }
}

fn lexicon(lang: Lang) -> &'static Lex {
    static RU: OnceLock<Lex> = OnceLock::new();
    static UK: OnceLock<Lex> = OnceLock::new();
    match lang {
        Lang::Uk => UK.get_or_init(|| {
            build(
                "uk",
                include_str!("lexicon/uk/speech_verbs.txt"),
                include_str!("lexicon/uk/sources.txt"),
                include_str!("lexicon/uk/anonymous.txt"),
                include_str!("lexicon/uk/hedges.txt"),
                include_str!("lexicon/uk/pronouns.txt"),
                include_str!("lexicon/uk/titles.txt"),
                include_str!("lexicon/uk/morphology.txt"),
                include_str!("lexicon/uk/name_intros.txt"),
                &["що", "мовляв"],
            )
        }),
        _ => RU.get_or_init(|| {
            build(
                "ru",
                include_str!("lexicon/ru/speech_verbs.txt"),
                include_str!("lexicon/ru/sources.txt"),
                include_str!("lexicon/ru/anonymous.txt"),
                include_str!("lexicon/ru/hedges.txt"),
                include_str!("lexicon/ru/pronouns.txt"),
                include_str!("lexicon/ru/titles.txt"),
                include_str!("lexicon/ru/morphology.txt"),
                include_str!("lexicon/ru/name_intros.txt"),
                &["что", "будто"],
            )
        }),
    }
}

#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    lower: String,
    cap: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn tokenize(chars: &[char]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if is_word_char(chars[i]) {
            let s = i;
            while i < chars.len()
                && (is_word_char(chars[i])
                    || (matches!(chars[i], '\'' | '’' | 'ʼ' | '-')
                        && i + 1 < chars.len()
                        && is_word_char(chars[i + 1])))
            {
                i += 1;
            }
            let w: String = chars[s..i].iter().collect();
            out.push(Tok {
                s,
                e: i,
                cap: chars[s].is_uppercase(),
                lower: w.to_lowercase(),
            });
        } else {
            i += 1;
        }
    }
    out
}

fn is_open(c: char) -> bool {
    matches!(c, '«' | '„')
}

fn is_close(c: char) -> bool {
    matches!(c, '»' | '“')
}

/// Outer quotes (open index, close index) of a text, ignoring nested ones.
fn outer_quotes(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if is_open(c) {
            if depth == 0 {
                start = i;
            }
            depth += 1;
        } else if is_close(c) && depth > 0 {
            depth -= 1;
            if depth == 0 {
                out.push((start, i));
            }
        } else if c == '\n' && depth > 0 && chars.get(i + 1) == Some(&'\n') {
            depth = 0;
        }
    }
    out
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–')
}

/// Sentences as (start, end) ranges; quotes and dash-paragraph lines stay whole per line.
fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        }
        if c == '\n' {
            out.push((start, i));
            depth = 0;
            start = i + 1;
        } else if depth == 0 && matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '.' | '!' | '?' | '…') {
                j += 1;
            }
            if j < chars.len() && chars[j] == ' ' {
                let next = chars.get(j + 1).copied().unwrap_or(' ');
                if next.is_uppercase() || is_open(next) || is_dash(next) {
                    out.push((start, j));
                    start = j + 1;
                    i = j;
                }
            }
        }
        i += 1;
    }
    if start < chars.len() {
        out.push((start, chars.len()));
    }
    out.into_iter()
        .map(|(s, e)| trim(chars, s, e))
        .filter(|(s, e)| s < e)
        .collect()
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// Trims whitespace and trailing sentence punctuation (a content span's end).
fn trim_content(chars: &[char], s: usize, e: usize) -> (usize, usize) {
    let (s, mut e) = trim(chars, s, e);
    while e > s && matches!(chars[e - 1], '.' | ',' | ';' | ':' | ' ') {
        e -= 1;
    }
    (s, e)
}

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    key: String,
    gender: char,
    titles: Vec<String>,
    positions: Vec<usize>,
}

#[derive(Debug, Clone)]
struct SpeakerOut {
    mention: (usize, usize),
    name: String,
    kind: EntityKind,
}

struct Ctx<'a> {
    lex: &'a Lex,
    chars: &'a [char],
    toks: Vec<Tok>,
    entities: Vec<Entity>,
    /// Char index -> (entity, position) of the last person speaker resolved so far.
    last_speakers: Vec<(usize, usize)>,
}

struct Found {
    kind: StatementKind,
    pieces: Vec<(usize, usize)>,
    speaker: Option<SpeakerOut>,
    cue: Option<(usize, usize)>,
    rule: String,
}

impl<'a> Ctx<'a> {
    fn text(&self, s: usize, e: usize) -> String {
        self.chars[s..e].iter().collect()
    }

    /// Token indices whose start lies in [s, e).
    fn toks_in(&self, s: usize, e: usize) -> std::ops::Range<usize> {
        let a = self.toks.partition_point(|t| t.s < s);
        let b = self.toks.partition_point(|t| t.s < e);
        a..b
    }

    fn nominative(&self, word: &str) -> String {
        if let Some(n) = self.lex.exceptions.get(&word.to_lowercase()) {
            return n.clone();
        }
        let chars: Vec<char> = word.chars().collect();
        for (from, to) in &self.lex.endings {
            let n = from.chars().count();
            if chars.len() > n + 2 && word.ends_with(from.as_str()) {
                let stem: String = chars[..chars.len() - n].iter().collect();
                return format!("{stem}{to}");
            }
        }
        word.to_string()
    }

    fn key(word: &str) -> String {
        word.to_lowercase().replace('ё', "е")
    }

    fn title_of(&self, lower: &str) -> Option<String> {
        self.lex
            .titles
            .iter()
            .filter(|t| lower.starts_with(t.as_str()))
            .max_by_key(|t| t.len())
            .cloned()
    }

    /// Finds an entity whose surname matches `word` in any case form.
    fn match_entity(&self, word: &str) -> Option<usize> {
        let k = Self::key(word);
        let nk = Self::key(&self.nominative(word));
        self.entities.iter().position(|e| {
            e.key == k
                || e.key == nk
                || Self::key(&self.nominative(&e.key)) == nk
                || (k.chars().count() >= 5 && e.key.starts_with(&k))
                || (e.key.chars().count() >= 5
                    && k.starts_with(&e.key)
                    && k.len() <= e.key.len() + 6)
        })
    }

    /// Pre-scan: runs of two or three capitalised words that are not sentence-initial-only become
    /// person entities, with the role nouns before them as titles.
    fn collect_entities(&mut self, sents: &[(usize, usize)]) {
        let quotes = outer_quotes(self.chars);
        let in_quote = |p: usize| quotes.iter().any(|&(a, b)| a < p && p < b);
        for &(s, e) in sents {
            let r = self.toks_in(s, e);
            let mut i = r.start;
            while i < r.end {
                if !self.toks[i].cap || in_quote(self.toks[i].s) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j + 1 < r.end
                    && self.toks[j + 1].cap
                    && self.gap_is_space(self.toks[j].e, self.toks[j + 1].s)
                {
                    j += 1;
                }
                let run_start = i;
                // Drop all-caps abbreviations and keep the last two words (`Ольховца Марина Белова`).
                let mut a = i;
                while a < j
                    && (j - a + 1 > 2
                        || is_abbrev(
                            &self.toks[a].lower,
                            self.text(self.toks[a].s, self.toks[a].e).as_str(),
                        ))
                {
                    a += 1;
                }
                let len = j - a + 1;
                let first_is_sentence_start = run_start == r.start && a == run_start;
                if (2..=3).contains(&len)
                    && !(first_is_sentence_start
                        && len == 2
                        && self.looks_common(&self.toks[a].lower))
                {
                    let first = self.text(self.toks[a].s, self.toks[a].e);
                    let last = self.text(self.toks[j].s, self.toks[j].e);
                    let oblique = self.oblique_form(&first);
                    let (first_nom, last_nom) = if oblique {
                        (self.nominative(&first), self.nominative(&last))
                    } else {
                        (first.clone(), last.clone())
                    };
                    let gender = if !oblique && (first.ends_with('а') || first.ends_with('я')) {
                        'f'
                    } else {
                        'm'
                    };
                    let mut titles = Vec::new();
                    for k in (r.start.max(run_start.saturating_sub(4))..a).rev() {
                        if let Some(t) = self.title_of(&self.toks[k].lower) {
                            titles.push(t);
                        }
                    }
                    let name = format!("{first_nom} {last_nom}");
                    if let Some(x) = self.match_entity(&last) {
                        self.entities[x].positions.push(self.toks[a].s);
                        self.entities[x].titles.extend(titles);
                    } else {
                        self.entities.push(Entity {
                            name,
                            key: Self::key(&last_nom),
                            gender,
                            titles,
                            positions: vec![self.toks[a].s],
                        });
                    }
                } else if len == 1 && !first_is_sentence_start {
                    let w = self.text(self.toks[a].s, self.toks[a].e);
                    if let Some(x) = self.match_entity(&w) {
                        self.entities[x].positions.push(self.toks[a].s);
                    }
                }
                i = j + 1;
            }
        }
    }

    /// A first name in an oblique case (instrumental, genitive of a masculine name, ...).
    fn oblique_form(&self, first: &str) -> bool {
        ["ом", "ем", "ою", "ей", "ого", "ому", "ові", "ія", "ея"]
            .iter()
            .any(|e| first.ends_with(e))
            || (first.ends_with('а')
                && !first.ends_with("на")
                && !first.ends_with("ла")
                && !first.ends_with("ра")
                && !first.ends_with("са")
                && !first.ends_with("я"))
    }

    fn looks_common(&self, lower: &str) -> bool {
        self.lex.verbs.contains(lower)
            || self.lex.pronouns.contains_key(lower)
            || self.lex.anon.contains(lower)
            || self.title_of(lower).is_some()
            || self.lex.sources.iter().any(|(p, _, _)| p[0] == lower)
            || matches!(
                lower,
                "в" | "на" | "по" | "как" | "за" | "у" | "під" | "под" | "як" | "і" | "и"
            )
    }

    fn gap_is_space(&self, a: usize, b: usize) -> bool {
        self.chars[a..b].iter().all(|c| *c == ' ')
    }

    fn person(&self, entity: usize, mention: (usize, usize)) -> SpeakerOut {
        SpeakerOut {
            mention,
            name: self.entities[entity].name.clone(),
            kind: EntityKind::Person,
        }
    }

    /// The most recent person before `pos` (by speakers, then by mentions) of a compatible gender.
    fn recent(&self, pos: usize, gender: char) -> Option<usize> {
        let ok = |e: usize| gender == '?' || self.entities[e].gender == gender;
        let by_speaker = self
            .last_speakers
            .iter()
            .rev()
            .find(|(e, p)| *p < pos && ok(*e))
            .map(|&(e, p)| (p, e));
        let by_mention = self
            .entities
            .iter()
            .enumerate()
            .filter(|(i, _)| ok(*i))
            .filter_map(|(i, e)| {
                e.positions
                    .iter()
                    .filter(|&&p| p < pos)
                    .max()
                    .map(|&p| (p, i))
            })
            .max();
        match (by_speaker, by_mention) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        }
    }

    /// Resolves the speaker phrase in [s, e) (as written); `case` is the case the grammar puts it in.
    fn resolve(&self, s: usize, e: usize, gender: char, oblique: bool) -> Option<SpeakerOut> {
        let (s, e) = trim_content(self.chars, s, e);
        let r = self.toks_in(s, e);
        if r.is_empty() {
            return None;
        }
        let first = &self.toks[r.start];
        // Pronoun.
        if r.len() == 1 {
            if let Some(&g) = self.lex.pronouns.get(&first.lower) {
                if g == 'p' {
                    return Some(SpeakerOut {
                        mention: (first.s, first.e),
                        name: first.lower.clone(),
                        kind: EntityKind::Anonymous,
                    });
                }
                let g = if gender == '?' { g } else { gender };
                return self
                    .recent(s, g)
                    .map(|x| self.person(x, (first.s, first.e)));
            }
        }
        // Anonymous heads.
        if r.clone()
            .take(2)
            .any(|i| self.lex.anon.contains(&self.toks[i].lower))
        {
            let name = self.text(s, e);
            let mut lowered = name.chars();
            let name = match lowered.next() {
                Some(c) => c.to_lowercase().chain(lowered).collect(),
                None => name,
            };
            return Some(SpeakerOut {
                mention: (s, e),
                name,
                kind: EntityKind::Anonymous,
            });
        }
        // A quoted name (`издания «Западный курьер»`) names an outlet or project.
        if let Some(&(a, b)) = outer_quotes(&self.chars[s..e]).first() {
            return Some(SpeakerOut {
                mention: (s, e),
                name: self.text(s + a + 1, s + b),
                kind: EntityKind::Organisation,
            });
        }
        // Capitalised run: the last one in the phrase.
        let caps: Vec<usize> = r.clone().filter(|&i| self.toks[i].cap).collect();
        if let Some(&last) = caps.iter().rev().find(|&&i| i != r.start || r.len() <= 3) {
            let mut first_cap = last;
            while first_cap > r.start
                && self.toks[first_cap - 1].cap
                && self.gap_is_space(self.toks[first_cap - 1].e, self.toks[first_cap].s)
            {
                first_cap -= 1;
            }
            let word = self.text(self.toks[last].s, self.toks[last].e);
            let mention = (self.toks[first_cap].s, self.toks[last].e);
            if let Some(x) = self.match_entity(&word) {
                return Some(self.person(x, mention));
            }
            // A title earlier in the phrase names an organisation or a person we did not collect.
            let run: Vec<String> = (first_cap..=last)
                .map(|i| {
                    let w = self.text(self.toks[i].s, self.toks[i].e);
                    if oblique {
                        self.nominative(&w)
                    } else {
                        w
                    }
                })
                .collect();
            let kind = if first_cap == last
                && self.toks[last].lower.chars().count() <= 5
                && self
                    .text(self.toks[last].s, self.toks[last].e)
                    .chars()
                    .all(|c| c.is_uppercase())
            {
                EntityKind::Organisation
            } else {
                EntityKind::Person
            };
            return Some(SpeakerOut {
                mention,
                name: run.join(" "),
                kind,
            });
        }
        // Role noun.
        for i in r.clone() {
            if let Some(t) = self.title_of(&self.toks[i].lower) {
                let found = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, en)| en.titles.contains(&t))
                    .filter_map(|(k, en)| {
                        en.positions
                            .iter()
                            .filter(|&&p| p < s)
                            .max()
                            .map(|&p| (p, k))
                    })
                    .max();
                if let Some((_, k)) = found {
                    return Some(self.person(k, (self.toks[i].s, self.toks[i].e)));
                }
            }
        }
        let name = self.text(s, e);
        Some(SpeakerOut {
            mention: (s, e),
            name,
            kind: EntityKind::Organisation,
        })
    }

    /// The speaker right after a reporting verb (`— сказал Сидоренко на брифинге.`).
    fn speaker_after(&self, verb: usize, end: usize) -> Option<SpeakerOut> {
        let gender = verb_gender(&self.toks[verb].lower);
        let mut r = self.toks_in(self.toks[verb].e, end);
        if r.is_empty() {
            return None;
        }
        // Phrases like `говорится в заявлении` have no speaker word.
        let first = &self.toks[r.start];
        if matches!(first.lower.as_str(), "в" | "у" | "во") {
            let s = first.s;
            let stop = self.clause_end(s, end);
            return Some(SpeakerOut {
                mention: (s, stop),
                name: self.text(s, stop),
                kind: EntityKind::Organisation,
            });
        }
        // Skip a dative recipient (журналистам) or adverb before the subject.
        let mut s = first.s;
        if !first.cap
            && !self.lex.pronouns.contains_key(&first.lower)
            && !self.lex.anon.contains(&first.lower)
            && self.title_of(&first.lower).is_none()
            && r.len() > 1
        {
            r.start += 1;
            s = self.toks[r.start].s;
        }
        let stop = self.clause_end(s, end);
        // Keep the subject phrase short: up to the first lower-case preposition after a name.
        let mut e = stop;
        for i in self.toks_in(s, stop) {
            let t = &self.toks[i];
            if i > r.start
                && matches!(
                    t.lower.as_str(),
                    "на" | "во"
                        | "в"
                        | "у"
                        | "после"
                        | "після"
                        | "під"
                        | "под"
                        | "перед"
                        | "по"
                        | "при"
                        | "журналистам"
                        | "журналістам"
                        | "агентству"
                        | "агенції"
                        | "изданию"
                        | "виданню"
                )
                && !self.lex.anon.contains(&self.toks[r.start].lower)
            {
                e = t.s;
                break;
            }
        }
        self.resolve(s, e, gender, false)
    }

    fn clause_end(&self, s: usize, end: usize) -> usize {
        let mut i = s;
        while i < end {
            if matches!(self.chars[i], ',' | '.' | ';' | ':' | '!' | '?') || is_dash(self.chars[i])
            {
                return i;
            }
            i += 1;
        }
        end
    }

    /// The subject before a reporting verb within its clause.
    fn speaker_before(&self, verb: usize, clause_start: usize) -> Option<SpeakerOut> {
        let gender = verb_gender(&self.toks[verb].lower);
        let vs = self.toks[verb].s;
        // Clause start: the last comma/colon/dash before the verb not inside a quote.
        let mut s = clause_start;
        let mut depth = 0i32;
        for i in clause_start..vs {
            let c = self.chars[i];
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                depth -= 1;
            } else if depth == 0 && matches!(c, ',' | ':' | ';') {
                s = i + 1;
            }
        }
        let r = self.toks_in(s, vs);
        if r.is_empty() {
            // Gerund after a comma (`…, заявив, що`): the subject of the sentence.
            return self.speaker_before_any(verb, clause_start, gender);
        }
        // Drop adverbs right before the verb (также, також, вновь).
        let mut end_tok = r.end;
        while end_tok > r.start
            && matches!(
                self.toks[end_tok - 1].lower.as_str(),
                "также"
                    | "також"
                    | "вновь"
                    | "знову"
                    | "уже"
                    | "вже"
                    | "ещё"
                    | "ще"
                    | "прямо"
                    | "не"
                    | "еще"
                    | "тоже"
                    | "теж"
                    | "публично"
                    | "публічно"
                    | "официально"
                    | "офіційно"
                    | "позже"
                    | "пізніше"
                    | "затем"
                    | "потім"
                    | "вчера"
                    | "вчора"
                    | "сегодня"
                    | "сьогодні"
            )
        {
            end_tok -= 1;
        }
        if end_tok == r.start {
            return self.speaker_before_any(verb, clause_start, gender);
        }
        // Start the phrase at an anonymous head, pronoun or title, else the whole clause.
        let mut start_tok = r.start;
        for i in r.start..end_tok {
            let l = &self.toks[i].lower;
            if self.lex.anon.contains(l) || self.lex.pronouns.contains_key(l) {
                start_tok = i;
                break;
            }
        }
        // Drop leading prepositional phrases like `В нём` / `Тем временем`.
        let e = self.toks[end_tok - 1].e;
        self.resolve(self.toks[start_tok].s, e, gender, false)
    }

    fn speaker_before_any(
        &self,
        verb: usize,
        clause_start: usize,
        gender: char,
    ) -> Option<SpeakerOut> {
        let r = self.toks_in(clause_start, self.toks[verb].s);
        for i in r {
            let t = &self.toks[i];
            if self.lex.pronouns.contains_key(&t.lower) || t.cap {
                let stop = self.clause_end(t.s, self.toks[verb].s);
                return self.resolve(t.s, stop, gender, false);
            }
        }
        None
    }

    fn hedged(&self, s: usize, e: usize) -> bool {
        let r = self.toks_in(s, e);
        let ws: Vec<&str> = r.map(|i| self.toks[i].lower.as_str()).collect();
        self.lex.hedges.iter().any(|h| {
            ws.windows(h.len())
                .any(|w| w.iter().zip(h).all(|(a, b)| *a == b))
        })
    }

    /// Kind of a reported clause: mixed when it holds a quoted fragment of speech (not a name).
    fn clause_kind(&self, s: usize, e: usize) -> StatementKind {
        for (a, b) in outer_quotes(&self.chars[s..e]) {
            let (a, b) = (a + s, b + s);
            let inner = self.toks_in(a, b);
            let prev = self.toks_in(s, a).last();
            let named = prev.is_some_and(|p| {
                let l = &self.toks[p].lower;
                self.lex.intros.iter().any(|x| l.starts_with(x.as_str()))
            }) || (inner.len() <= 2
                && self.chars.get(a + 1).is_some_and(|c| c.is_uppercase()));
            if !named && !inner.is_empty() {
                return StatementKind::Mixed;
            }
        }
        StatementKind::Indirect
    }
}

fn is_abbrev(lower: &str, word: &str) -> bool {
    word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) && !lower.is_empty()
}

/// Gender of a past-tense verb form: `-ла` female, `-ли` plural, else unknown.
fn verb_gender(lower: &str) -> char {
    if lower.ends_with("ла") {
        'f'
    } else if lower.ends_with("ли") {
        'p'
    } else if lower.ends_with('л')
        || lower.ends_with("ив")
        || lower.ends_with("ав")
        || lower.ends_with("ів")
    {
        'm'
    } else {
        '?'
    }
}

/// Extracts Russian (`Lang::Ru`) or Ukrainian (`Lang::Uk`) statements.
pub fn extract(text: &str, lang: Lang) -> Vec<Statement> {
    let lex = lexicon(lang);
    let chars: Vec<char> = text.chars().collect();
    let toks = tokenize(&chars);
    let sents = sentences(&chars);
    let mut ctx = Ctx {
        lex,
        chars: &chars,
        toks,
        entities: Vec::new(),
        last_speakers: Vec::new(),
    };
    ctx.collect_entities(&sents);
    let mut found: Vec<Found> = Vec::new();
    let mut used: Vec<(usize, usize)> = Vec::new();
    let overlaps =
        |used: &[(usize, usize)], s: usize, e: usize| used.iter().any(|&(a, b)| s < b && a < e);

    // Whole lines for dash speech.
    let mut line_start = 0;
    let mut line_ranges = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            line_ranges.push((line_start, i));
            line_start = i + 1;
        }
    }
    line_ranges.push((line_start, chars.len()));

    let mut candidates: Vec<(usize, Found)> = Vec::new();
    for &(ls, le) in &line_ranges {
        let (ls, le) = trim(&chars, ls, le);
        if ls < le && is_dash(chars[ls]) {
            if let Some(f) = dash_line(&mut ctx, ls, le) {
                used.push((ls, le));
                candidates.push((ls, f));
            }
        }
    }
    for (_, f) in &candidates {
        if let Some(sp) = &f.speaker {
            note(&mut ctx, sp);
        }
    }
    found.extend(candidates.into_iter().map(|(_, f)| f));

    for &(s, e) in &sents {
        if overlaps(&used, s, e) {
            continue;
        }
        let mut here = sentence_rules(&mut ctx, s, e);
        found.append(&mut here);
    }
    found.sort_by_key(|f| f.pieces.first().map(|p| p.0).unwrap_or(0));
    found
        .into_iter()
        .map(|f| {
            let start = f.pieces.first().map(|p| p.0).unwrap_or(0);
            let end = f.pieces.last().map(|p| p.1).unwrap_or(start);
            let hedged = f.pieces.iter().any(|&(a, b)| ctx.hedged(a, b));
            Statement {
                kind: f.kind,
                content: Span { start, end },
                pieces: if f.pieces.len() > 1 {
                    f.pieces
                        .iter()
                        .map(|&(a, b)| Span { start: a, end: b })
                        .collect()
                } else {
                    Vec::new()
                },
                speaker: f.speaker.map(|sp| Speaker {
                    mention: ctx.text(sp.mention.0, sp.mention.1),
                    mention_span: Some(Span {
                        start: sp.mention.0,
                        end: sp.mention.1,
                    }),
                    name: sp.name,
                    kind: sp.kind,
                    aliases: Vec::new(),
                }),
                cue: f.cue.map(|(a, b)| Span { start: a, end: b }),
                hedged,
                rule: f.rule,
            }
        })
        .collect()
}

fn note(ctx: &mut Ctx, sp: &SpeakerOut) {
    if sp.kind == EntityKind::Person {
        if let Some(x) = ctx.entities.iter().position(|e| e.name == sp.name) {
            ctx.last_speakers.push((x, sp.mention.0));
        }
    }
}

/// `— A, — сказал X. — B.` on one line.
fn dash_line(ctx: &mut Ctx, ls: usize, le: usize) -> Option<Found> {
    let chars = ctx.chars;
    let a_start = ls + 1;
    // Find `, — ` / `! — ` / `? — ` outside quotes.
    let mut depth = 0i32;
    let mut sep = None;
    for i in a_start..le {
        let c = chars[i];
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth -= 1;
        } else if depth == 0
            && matches!(c, ',' | '!' | '?' | '…')
            && i + 2 < le
            && chars[i + 1] == ' '
            && is_dash(chars[i + 2])
        {
            sep = Some(i);
            break;
        }
    }
    let sep = sep?;
    let piece_a_end = if chars[sep] == ',' { sep } else { sep + 1 };
    let piece_a = trim(chars, a_start, piece_a_end);
    let attr_start = sep + 3;
    let verb = ctx.toks_in(attr_start, le).next()?;
    if !ctx.lex.verbs.contains(&ctx.toks[verb].lower) {
        return None;
    }
    // The attribution runs to `. — ` / `, — ` or the end of the line.
    let mut attr_end = le;
    let mut rest = None;
    for i in attr_start..le {
        if matches!(chars[i], '.' | ',' | ':')
            && i + 2 < le
            && chars[i + 1] == ' '
            && is_dash(chars[i + 2])
        {
            attr_end = i;
            rest = Some(i + 3);
            break;
        }
    }
    let speaker = ctx.speaker_after(verb, attr_end);
    let mut pieces = vec![piece_a];
    if let Some(r) = rest {
        pieces.push(trim_content(chars, r, le));
    }
    let cue = (ctx.toks[verb].s, ctx.toks[verb].e);
    Some(Found {
        kind: StatementKind::Direct,
        pieces,
        speaker,
        cue: Some(cue),
        rule: format!("{}.dash.said-after", ctx.lex.prefix),
    })
}

fn sentence_rules(ctx: &mut Ctx, s: usize, e: usize) -> Vec<Found> {
    let chars = ctx.chars;
    let lex = ctx.lex;
    let mut out: Vec<Found> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let quotes: Vec<(usize, usize)> = outer_quotes(&chars[s..e])
        .into_iter()
        .map(|(a, b)| (a + s, b + s))
        .collect();
    let in_quote = |p: usize| quotes.iter().any(|&(a, b)| a < p && p < b);

    // 1. Quotes.
    for &(qa, qb) in &quotes {
        let inner = (qa + 1, qb);
        // After: `», — VERB X` (also `?» — VERB`).
        let mut j = qb + 1;
        while j < e && matches!(chars[j], ',' | ' ') {
            j += 1;
        }
        if j < e && is_dash(chars[j]) {
            if let Some(verb) = ctx.toks_in(j, e).next() {
                if lex.verbs.contains(&ctx.toks[verb].lower) {
                    let speaker = ctx.speaker_after(verb, e);
                    if let Some(sp) = &speaker {
                        note(ctx, sp);
                    }
                    covered.push((qa, qb));
                    out.push(Found {
                        kind: StatementKind::Direct,
                        pieces: vec![inner],
                        speaker,
                        cue: Some((ctx.toks[verb].s, ctx.toks[verb].e)),
                        rule: format!("{}.quote.said-after", lex.prefix),
                    });
                    continue;
                }
            }
        }
        // Before: `X VERB: «…»` or `X: «…»`.
        let mut k = qa;
        while k > s && chars[k - 1] == ' ' {
            k -= 1;
        }
        if k > s && chars[k - 1] == ':' {
            let prefix_end = k - 1;
            let r = ctx.toks_in(s, prefix_end);
            let verb = r
                .clone()
                .rev()
                .find(|&i| lex.verbs.contains(&ctx.toks[i].lower) && !in_quote(ctx.toks[i].s));
            let (speaker, cue, rule) = match verb {
                Some(v) => (
                    ctx.speaker_before(v, s),
                    Some((ctx.toks[v].s, ctx.toks[v].e)),
                    "quote.said-colon",
                ),
                None => {
                    if r.is_empty() {
                        continue;
                    }
                    (ctx.resolve(s, prefix_end, '?', false), None, "quote.colon")
                }
            };
            if let Some(sp) = &speaker {
                note(ctx, sp);
            }
            covered.push((qa, qb));
            out.push(Found {
                kind: StatementKind::Direct,
                pieces: vec![inner],
                speaker,
                cue,
                rule: format!("{}.{rule}", lex.prefix),
            });
        }
    }

    // 2. Reported speech: VERB (…) , что CLAUSE.
    let r = ctx.toks_in(s, e);
    for v in r.clone() {
        let t = ctx.toks[v].clone();
        if in_quote(t.s)
            || !lex.verbs.contains(&t.lower)
            || covered.iter().any(|&(a, b)| a < t.s && t.s < b)
        {
            continue;
        }
        // Complementiser within four tokens after a comma.
        let comp = (v + 1..r.end.min(v + 6)).find(|&i| {
            lex.complementisers.contains(&ctx.toks[i].lower.as_str())
                && chars[..ctx.toks[i].s].iter().rev().find(|c| **c != ' ') == Some(&',')
        });
        let colon_after = {
            let mut i = t.e;
            let lim = (t.e + 40).min(e);
            let mut found = None;
            while i < lim {
                if chars[i] == ':' {
                    found = Some(i);
                    break;
                }
                if matches!(chars[i], ',' | '.' | '«') {
                    break;
                }
                i += 1;
            }
            found
        };
        let (cs, ce) = if let Some(c) = comp {
            trim_content(chars, ctx.toks[c].e, e)
        } else if let Some(c) = colon_after {
            if quotes.iter().any(|&(a, _)| a > c) {
                continue;
            }
            trim_content(chars, c + 1, e)
        } else {
            continue;
        };
        if cs >= ce || covered.iter().any(|&(a, b)| cs < b && a < ce) {
            continue;
        }
        let speaker = ctx.speaker_before(v, s);
        if let Some(sp) = &speaker {
            note(ctx, sp);
        }
        // Whole clause quoted → direct.
        let q = quotes.iter().find(|&&(a, b)| a == cs && b + 1 >= ce);
        let (kind, piece) = match q {
            Some(&(a, b)) => (StatementKind::Direct, (a + 1, b)),
            None => (ctx.clause_kind(cs, ce), (cs, ce)),
        };
        covered.push((cs, ce));
        out.push(Found {
            kind,
            pieces: vec![piece],
            speaker,
            cue: Some((t.s, t.e)),
            rule: format!("{}.reported.said-that", lex.prefix),
        });
    }

    // 3. Source phrases.
    let words: Vec<String> = r.clone().map(|i| ctx.toks[i].lower.clone()).collect();
    'phrases: for (pi, w0) in words.iter().enumerate() {
        let _ = w0;
        for (phrase, case, anonymous) in &lex.sources {
            if pi + phrase.len() > words.len() {
                continue;
            }
            let mut wild = None;
            let ok = phrase.iter().enumerate().all(|(k, p)| {
                if p == "*" {
                    wild = Some(r.start + pi + k);
                    lex.pronouns.contains_key(&words[pi + k])
                } else {
                    words[pi + k] == *p
                }
            });
            if !ok {
                continue;
            }
            let first = r.start + pi;
            let last = r.start + pi + phrase.len() - 1;
            if in_quote(ctx.toks[first].s) {
                continue;
            }
            let cue = (ctx.toks[first].s, ctx.toks[last].e);
            // Speaker phrase: after the phrase up to the next comma (or none).
            let after = ctx.toks[last].e;
            let (speaker, sp_end) = if *anonymous {
                (
                    Some(SpeakerOut {
                        mention: cue,
                        name: ctx.text(cue.0, cue.1).to_lowercase(),
                        kind: EntityKind::Anonymous,
                    }),
                    after,
                )
            } else if let Some(wi) = wild {
                let t = &ctx.toks[wi];
                (ctx.resolve(t.s, t.e, '?', false), after)
            } else {
                let stop = ctx.clause_end(after, e);
                (ctx.resolve(after, stop, '?', case != "nom"), stop)
            };
            let phrase_at_start = chars[s..cue.0].iter().all(|c| !c.is_alphanumeric())
                || ctx.toks_in(s, cue.0).is_empty();
            let (cs, ce) = if phrase_at_start {
                trim_content(chars, sp_end + 1, e)
            } else {
                // Content before: from sentence start to the comma before the phrase.
                let mut k = cue.0;
                while k > s && matches!(chars[k - 1], ' ' | ',' | '(' | '—') {
                    k -= 1;
                }
                // Or content after a mid-sentence phrase (`…, по словам X, CLAUSE`)?
                trim_content(chars, s, k)
            };
            if cs >= ce || covered.iter().any(|&(a, b)| cs < b && a < ce) {
                continue;
            }
            if let Some(sp) = &speaker {
                note(ctx, sp);
            }
            let kind = ctx.clause_kind(cs, ce);
            covered.push((cs, ce));
            out.push(Found {
                kind,
                pieces: vec![(cs, ce)],
                speaker,
                cue: Some(cue),
                rule: format!("{}.reported.source-phrase", lex.prefix),
            });
            continue 'phrases;
        }
    }
    out
}
