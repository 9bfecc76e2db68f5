//! Canonical names and their near misses.
//!
//! Every name, alias, listed misspelling and `distinct` name of a rule set
//! goes into one Aho-Corasick automaton, built once per rule set; one pass
//! over a sentence finds every mention of a known form. What the automaton
//! cannot see (other spacing or hyphenation, dropped or swapped letters) is
//! found through each name's *skeleton*, its letters and digits lower-cased
//! with diacritics folded (`Scale.AI`, `ScaleAI` and `Scale AI` share
//! `scaleai`): a run of capitalized words whose skeleton equals a name's is a
//! spelling variant, and one whose skeleton is a single edit away is a near
//! miss. Candidates come from a hash index of skeletons and their one-letter
//! deletions, so a run is never compared with every name.

use std::sync::Arc;

use foldhash::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::words::{Token, is_word_char, tokens};
use super::{Claim, ClaimKind, Context};
use crate::rules::{Located, RuleSet};
use crate::span::Span;

/// What kind of thing a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Source,
    Leader,
    Person,
    Model,
    Name,
}

/// How a mention relates to its canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Spelling {
    /// The canonical name or a declared alias, as written in the rule file.
    Exact,
    /// A name the rule file declares distinct: a real, different name.
    Distinct,
    /// A misspelling the rule file lists.
    Listed,
    /// The same letters in another case (`LLaMA 4`).
    Case,
    /// The same letters with other spacing, hyphenation, punctuation or
    /// diacritics (`Llama-4`, `ScaleAI`).
    Spacing,
    /// One letter dropped, added, changed or swapped (`Alexander Wang`).
    NearMiss,
}

/// A mention of a known name in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NameClaim {
    /// The canonical name the mention stands for (shared with the lexicon:
    /// an archive makes millions of these).
    pub canonical: Arc<str>,
    /// The declared form it is closest to (the canonical name or an alias).
    pub form: Arc<str>,
    pub entity: EntityKind,
    pub spelling: Spelling,
    /// Where the name (or the listed misspelling) is defined in the rule file.
    #[serde(skip)]
    pub fact: Span,
}

impl NameClaim {
    /// Whether the mention is spelled as the rule file wants.
    pub fn is_correct(&self) -> bool {
        matches!(self.spelling, Spelling::Exact | Spelling::Distinct)
    }
}

/// One declared form of a name.
#[derive(Clone, Debug)]
struct Form {
    text: Arc<str>,
    canonical: Arc<str>,
    entity: EntityKind,
    spelling: Spelling,
    fact: Span,
}

/// Every name, alias and misspelling of a rule set, built once.
#[derive(Debug, Default)]
pub struct Lexicon {
    forms: Vec<Form>,
    /// Exact text of a form → its index (the first declaration wins).
    by_text: HashMap<String, usize>,
    /// One automaton over the lower-cased forms.
    automaton: Option<AhoCorasick>,
    /// Lower-cased pattern of the automaton → the forms that have it.
    patterns: Vec<Vec<usize>>,
    /// Skeleton → the group of correct forms (canonical names and aliases)
    /// that have it.
    skeletons: HashMap<String, usize>,
    groups: Vec<Group>,
    /// Hash of a correct form's skeleton → the groups.
    skeleton_hashes: HashIndex,
    /// Hash of a skeleton with one character deleted → the groups.
    deletions: HashIndex,
    /// The skeleton of each form, and its number of words.
    keys: Vec<(String, usize)>,
    /// Shortest and longest skeleton of a correct form, in characters.
    lengths: (usize, usize),
    /// The first letters of correct forms' skeletons: a run starting with
    /// another letter is neither a variant nor a near miss.
    first_letters: HashSet<char>,
    /// Skeletons of `distinct` names and of listed misspellings' own
    /// correct spellings: never near misses.
    distinct: HashSet<String>,
    /// The most words a correct form has.
    max_words: usize,
    /// The first two and the last two characters of every correct form's
    /// skeleton. A near miss (five letters or more, one edit) keeps one pair
    /// or the other, so a run that has neither needs no hashing.
    ends: Ends,
}

/// The correct forms that share one skeleton (`Meta`, `META`, `me-ta`).
/// The hash index files each skeleton once, not each form: thousands of
/// forms of one skeleton made every near miss of it look at each of them
/// once per letter. Most groups are one form, which takes no allocation.
#[derive(Debug)]
struct Group {
    /// The first form declared.
    first: usize,
    /// The others, in the order declared.
    rest: Vec<usize>,
    /// The others a near miss is judged against: for each number of words,
    /// the first form, and the first after it that is of another name.
    /// The first form that fits a near miss, and whether one of another
    /// name fits too, are the same as over every form.
    near: Vec<usize>,
}

impl Group {
    fn forms(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    fn near(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.near.iter().copied())
    }
}

/// Hashes → form indices: one open-addressing table (linear probing) of
/// the distinct hashes, each with its forms as one slice of a flat list.
/// Built in three linear passes (count, place, fill), without a bucket per
/// hash or a sort (a rule set of 5,000 names has some 170,000 deletion
/// hashes; sorting them was a tenth of its load). Equal hashes share one
/// slot: as entries of their own they made one probe chain, and thousands
/// of names with a deletion in common took a time quadratic in their number
/// to file.
#[derive(Debug, Default)]
struct HashIndex {
    /// `(hash, start, len)` of `forms`; `len == 0` marks a free slot. The
    /// length is a power of two, at least twice the number of entries.
    /// A rule file of at most 8 MiB has far fewer than 2^32 entries.
    slots: Vec<(u64, u32, u32)>,
    /// The forms of every hash, those of one hash together, in the order
    /// they were given.
    forms: Vec<usize>,
    /// `64 - log2(slots.len())`: the shift that maps a hash to its home.
    shift: u32,
}

impl HashIndex {
    fn new(entries: &[(u64, usize)]) -> HashIndex {
        let len = (entries.len() * 2).next_power_of_two().max(2);
        let mut index = HashIndex {
            slots: vec![(0, 0, 0); len],
            forms: vec![0; entries.len()],
            shift: 64 - len.trailing_zeros(),
        };
        // Count each hash's forms in its slot, and remember each entry's.
        let slot_of: Vec<usize> = entries
            .iter()
            .map(|&(hash, _)| {
                let at = index.find(hash);
                let slot = &mut index.slots[at];
                *slot = (hash, 0, slot.2 + 1);
                at
            })
            .collect();
        // Give each hash its stretch of `forms`, then fill the stretches
        // from their ends, last entry first: each slot's start is where
        // its first entry goes.
        let mut end = 0u32;
        for slot in &mut index.slots {
            end += slot.2;
            slot.1 = end;
        }
        for (&(_, form), &at) in entries.iter().zip(&slot_of).rev() {
            let slot = &mut index.slots[at];
            slot.1 -= 1;
            index.forms[slot.1 as usize] = form;
        }
        index
    }

    /// The slot of `hash`, or the free slot where it would go.
    fn find(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        // The polynomial hashes' low bits are weak: mix before taking the
        // high ones (Fibonacci hashing).
        let mut at = (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.slots[at].2 != 0 && self.slots[at].0 != hash {
            at = (at + 1) & mask;
        }
        at
    }

    /// The entries filed under `hash`, in the order they were given.
    fn get(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let forms: &[usize] = if self.slots.is_empty() {
            &[]
        } else {
            let (_, start, len) = self.slots[self.find(hash)];
            &self.forms[start as usize..(start + len) as usize]
        };
        forms.iter().copied()
    }
}

/// The ends of the correct forms' skeletons, with their lengths: a run
/// that is a name, or one edit from one, keeps its first letter, its length
/// within one, and either its first two or its last two letters.
#[derive(Debug, Default)]
struct Ends {
    /// First two characters → a bit per skeleton length.
    heads: HashMap<(char, char), u64>,
    /// First and last two characters → a bit per skeleton length.
    tails: HashMap<(char, char, char), u64>,
}

impl Ends {
    fn length_bit(n: usize) -> u64 {
        1 << n.min(63)
    }

    fn insert(&mut self, key: &[char]) {
        if let [a, b, .., y, z] = key {
            let bit = Self::length_bit(key.len());
            *self.heads.entry((*a, *b)).or_default() |= bit;
            *self.tails.entry((*a, *y, *z)).or_default() |= bit;
        }
    }

    /// Whether `key` (four characters or more) may be a name's skeleton or
    /// one edit from it. A near miss has five letters or more and the
    /// name's first letter, so its one edit spares one pair or the other.
    fn may_match(&self, key: &str) -> bool {
        let mut chars = key.chars();
        let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
            return true;
        };
        let mut back = chars.rev();
        let (Some(z), Some(y)) = (back.next(), back.next()) else {
            return true;
        };
        let n = key.chars().count();
        let near = Self::length_bit(n - 1) | Self::length_bit(n) | Self::length_bit(n + 1);
        self.heads.get(&(a, b)).is_some_and(|m| m & near != 0)
            || self.tails.get(&(a, y, z)).is_some_and(|m| m & near != 0)
    }
}

impl Lexicon {
    pub fn build(rules: &RuleSet) -> Lexicon {
        let mut lexicon = Lexicon::default();
        let add_entity = |lexicon: &mut Lexicon,
                          entity: EntityKind,
                          name: &Located<String>,
                          aliases: &[Located<String>]| {
            lexicon.add(&name.value, &name.value, entity, Spelling::Exact, name.span);
            for alias in aliases {
                lexicon.add(
                    &alias.value,
                    &name.value,
                    entity,
                    Spelling::Exact,
                    alias.span,
                );
            }
        };
        for leader in &rules.leaders {
            let p = &leader.person;
            add_entity(&mut lexicon, EntityKind::Leader, &p.name, &p.aliases);
        }
        for p in &rules.people {
            add_entity(&mut lexicon, EntityKind::Person, &p.name, &p.aliases);
        }
        for m in &rules.models {
            add_entity(&mut lexicon, EntityKind::Model, &m.name, &m.aliases);
        }
        for s in &rules.sources {
            add_entity(&mut lexicon, EntityKind::Source, &s.name, &s.aliases);
        }
        for n in &rules.names {
            add_entity(&mut lexicon, EntityKind::Name, &n.name, &n.aliases);
        }
        for leader in &rules.leaders {
            for role in &leader.person.roles {
                if let Some(of) = &role.of {
                    lexicon.add(of, of, EntityKind::Name, Spelling::Exact, role.span);
                }
            }
            let of = &leader.of;
            lexicon.add(
                &of.value,
                &of.value,
                EntityKind::Name,
                Spelling::Exact,
                of.span,
            );
        }
        if let Some(subject) = &rules.subject {
            lexicon.add(
                &subject.value,
                &subject.value,
                EntityKind::Name,
                Spelling::Exact,
                subject.span,
            );
        }
        for m in &rules.models {
            for wrong in &m.misspellings {
                lexicon.add(
                    &wrong.value,
                    &m.name.value,
                    EntityKind::Model,
                    Spelling::Listed,
                    wrong.span,
                );
            }
        }
        for d in &rules.distinct {
            lexicon.add(
                &d.value,
                &d.value,
                EntityKind::Person,
                Spelling::Distinct,
                d.span,
            );
            lexicon.distinct.insert(skeleton(&d.value));
        }
        lexicon.index();
        lexicon
    }

    fn add(
        &mut self,
        text: &str,
        canonical: &str,
        entity: EntityKind,
        spelling: Spelling,
        fact: Span,
    ) {
        let text = text.trim();
        if text.is_empty() || self.by_text.contains_key(text) {
            return;
        }
        self.by_text.insert(text.to_string(), self.forms.len());
        self.forms.push(Form {
            text: text.into(),
            canonical: canonical.into(),
            entity,
            spelling,
            fact,
        });
    }

    fn index(&mut self) {
        let mut lowered: HashMap<String, usize> = HashMap::default();
        let mut pattern_texts: Vec<String> = Vec::new();
        for (i, form) in self.forms.iter().enumerate() {
            // The text is searched ASCII lower-cased (which keeps every
            // byte offset), so a form is searched for in ASCII lower case
            // (`Øresund Bank` as `Øresund bank`: found in `ØRESUND BANK`)
            // and, when that differs, in full lower case (`øresund bank`).
            let ascii = form.text.to_ascii_lowercase();
            let full = form.text.to_lowercase();
            let keys = if full == ascii {
                [Some(ascii), None]
            } else {
                [Some(ascii), Some(full)]
            };
            for lower in keys.into_iter().flatten() {
                let slot = match lowered.get(&lower) {
                    Some(&slot) => slot,
                    None => {
                        lowered.insert(lower.clone(), pattern_texts.len());
                        pattern_texts.push(lower);
                        self.patterns.push(Vec::new());
                        pattern_texts.len() - 1
                    }
                };
                self.patterns[slot].push(i);
            }
        }
        // The automaton and the skeleton tables are independent: built side
        // by side, a large rule set loads in about half the time.
        let (automaton, ()) = rayon::join(
            // Case-sensitive over lower-cased patterns, run on an ASCII
            // lower-cased copy of the text: the same matches as an ASCII
            // case-insensitive automaton, which takes six times as long to
            // build (twice the transitions in every state).
            || {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&pattern_texts)
                    .ok()
            },
            || self.index_skeletons(),
        );
        self.automaton = automaton;
    }

    /// The skeleton tables: exact skeletons, their one-letter deletions,
    /// lengths, first letters and ends.
    fn index_skeletons(&mut self) {
        let mut hashes = Vec::new();
        let mut deletions = Vec::new();
        let mut skeleton_hashes = Vec::new();
        for (i, form) in self.forms.iter().enumerate() {
            let key = skeleton(&form.text);
            let words = form.text.split_whitespace().count();
            if form.spelling == Spelling::Exact && !key.is_empty() {
                self.max_words = self.max_words.max(words);
                if let Some(&g) = self.skeletons.get(&key) {
                    let (group, keys, forms) = (&mut self.groups[g], &self.keys, &self.forms);
                    group.rest.push(i);
                    let wanted = {
                        let mut same = group.near().filter(|&j| keys[j].1 == words);
                        match (same.next(), same.next()) {
                            (None, _) => true,
                            (Some(j), None) => forms[j].canonical != form.canonical,
                            _ => false,
                        }
                    };
                    if wanted {
                        group.near.push(i);
                    }
                    self.keys.push((key, words));
                    continue;
                }
                let g = self.groups.len();
                let chars: Vec<char> = key.chars().collect();
                let n = chars.len();
                self.lengths = if self.skeletons.is_empty() {
                    (n, n)
                } else {
                    (self.lengths.0.min(n), self.lengths.1.max(n))
                };
                hashes.clear();
                let whole = deletion_hashes(&chars, &mut hashes);
                // Deleting any letter of a run of one letter gives one
                // string: file it once.
                hashes.dedup();
                deletions.extend(hashes.iter().map(|&h| (h, g)));
                skeleton_hashes.push((whole, g));
                self.first_letters.extend(chars.first().copied());
                self.ends.insert(&chars);
                self.skeletons.insert(key.clone(), g);
                self.groups.push(Group {
                    first: i,
                    rest: Vec::new(),
                    near: Vec::new(),
                });
            }
            self.keys.push((key, words));
        }
        self.deletions = HashIndex::new(&deletions);
        self.skeleton_hashes = HashIndex::new(&skeleton_hashes);
    }

    /// Every name mention in `span` of `prose`, in order, without overlaps.
    pub fn find(&self, prose: &str, span: Span) -> Vec<(Span, NameClaim)> {
        let lower = span.slice(prose).to_ascii_lowercase();
        self.find_lowered(prose, &lower, span, &tokens(prose, span))
    }

    /// [`Lexicon::find`] given `lower`, the ASCII lower-cased text of `span`
    /// (which keeps every byte offset), and the tokens of `span`.
    pub fn find_lowered(
        &self,
        prose: &str,
        lower: &str,
        span: Span,
        toks: &[Token],
    ) -> Vec<(Span, NameClaim)> {
        debug_assert_eq!(lower.len(), span.len());
        let mut found: Vec<(Span, NameClaim)> = Vec::new();
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_iter(lower) {
                let at = Span::new(span.start + m.start(), span.start + m.end());
                if !at_word_boundaries(prose, at) {
                    continue;
                }
                let candidates = &self.patterns[m.pattern().as_usize()];
                if let Some(claim) = self.judge_exact(at.slice(prose), candidates) {
                    found.push((at, claim));
                }
            }
        }
        self.find_variants(toks, &mut found);
        found.sort_by_key(|(s, _)| s.start);
        found
    }

    /// A mention the automaton found: a declared form, or one in another case.
    fn judge_exact(&self, written: &str, candidates: &[usize]) -> Option<NameClaim> {
        if let Some(&i) = self.by_text.get(written) {
            return Some(self.claim(i, self.forms[i].spelling));
        }
        // Only other case from here: the forms share the lower-cased text.
        let &i = candidates
            .iter()
            .find(|&&i| self.forms[i].spelling == Spelling::Exact)
            .or_else(|| candidates.first())?;
        Some(self.judge_case(written, i))
    }

    /// A mention of form `i` in another case.
    fn judge_case(&self, written: &str, i: usize) -> NameClaim {
        let form = &self.forms[i];
        if form.spelling == Spelling::Distinct {
            return self.claim(i, Spelling::Distinct);
        }
        if case_is_incidental(written, &form.text) {
            return self.claim(i, Spelling::Exact);
        }
        self.claim(i, Spelling::Case)
    }

    fn claim(&self, i: usize, spelling: Spelling) -> NameClaim {
        let form = &self.forms[i];
        NameClaim {
            canonical: form.canonical.clone(),
            form: if form.spelling == Spelling::Listed {
                form.canonical.clone()
            } else {
                form.text.clone()
            },
            entity: form.entity,
            spelling,
            fact: form.fact,
        }
    }

    /// Runs of capitalized words whose skeleton equals a name's or is one
    /// edit from it, outside the mentions already found.
    fn find_variants(&self, toks: &[Token], found: &mut Vec<(Span, NameClaim)>) {
        if self.skeletons.is_empty() {
            return;
        }
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        let variants = SCRATCH.with_borrow_mut(|scratch| {
            scratch.bounds.clear();
            scratch.skeletons.clear();
            scratch.from = 0;
            self.variants(toks, found, scratch)
        });
        // Variants are in order and never overlap either: the only one that
        // can hold a mention is the last to start at or before it.
        found.retain(|(s, _)| {
            let i = variants.partition_point(|(v, _)| v.start <= s.start);
            !i.checked_sub(1).is_some_and(|i| variants[i].0.contains(*s))
        });
        found.extend(variants);
    }

    /// The variants of [`Lexicon::find_variants`], given the mentions
    /// `found` so far.
    fn variants(
        &self,
        toks: &[Token],
        found: &[(Span, NameClaim)],
        scratch: &mut Scratch,
    ) -> Vec<(Span, NameClaim)> {
        // The mentions found so far are in order and never overlap, so the
        // ones a run meets are a slice found by binary search: a sentence
        // of a million words costs no more per run than a short one.
        debug_assert!(found.is_sorted_by_key(|(s, _)| s.start));
        let meets = |at: Span| {
            let from = found.partition_point(|(c, _)| c.end <= at.start);
            let to = from + found[from..].partition_point(|(c, _)| c.start < at.end);
            &found[from..to]
        };
        // A run may swallow whole mentions (`Alexander Wang` holds the alias
        // `Wang`) but never cut one in two.
        let admissible = |at: Span| meets(at).iter().all(|(c, _)| at.contains(*c) && at != *c);
        let mut variants: Vec<(Span, NameClaim)> = Vec::new();
        let mut taken_until = 0;
        for start in 0..toks.len() {
            let first = &toks[start];
            if !first.is_word
                || first.span.start < taken_until
                || !starts_like_a_name(first)
                || !first.text.chars().next().is_some_and(|c| {
                    fold(c)
                        .to_lowercase()
                        .any(|l| self.first_letters.contains(&l))
                })
            {
                continue;
            }
            // Every run from here, shortest first; the longest run that is a
            // name wins, so `Meta Super Intelligence Labs` is judged whole
            // rather than `Meta Super` (but see below for a run that only
            // adds a word).
            let mut best: Option<(Span, NameClaim)> = None;
            for len in 1..=(self.max_words + 1) {
                let Some(last) = toks.get(start + len - 1).filter(|t| t.is_word) else {
                    break;
                };
                let key = scratch.key(toks, start, start + len - 1);
                let key = &scratch.skeletons[key];
                // Longer runs only grow: past every name and its near misses.
                if key.len() > self.lengths.1 + 1 && key.chars().count() > self.lengths.1 + 1 {
                    break;
                }
                let at = Span::new(first.span.start, last.span.start + last.stem().len());
                if !self.ends.may_match(key) || !admissible(at) {
                    continue;
                }
                let run = &toks[start..start + len];
                let Some(claim) = self.judge_run(run, key, &mut scratch.near) else {
                    continue;
                };
                // A run that swallows a mention of the very form it would be
                // put right to is that mention plus another word (`Ostravimab
                // B`, `Achterberg a dit`): the mention is judged on its own,
                // and the other word is no typo of it.
                if meets(at).iter().any(|(_, c)| c.form == claim.form) {
                    continue;
                }
                // A longer run put right to the same form as a shorter one
                // adds a word the name does not need (`Veltrazumb B` is
                // `Veltrazumb` and `B`), unless it turns a near miss into a
                // mere spacing variant (`Veltrazuma b`), which keeps every
                // letter.
                if let Some((_, shorter)) = &best
                    && shorter.form == claim.form
                    && !(shorter.spelling == Spelling::NearMiss
                        && claim.spelling == Spelling::Spacing)
                {
                    continue;
                }
                best = Some((at, claim));
            }
            if let Some((at, claim)) = best {
                taken_until = at.end;
                variants.push((at, claim));
            }
        }
        variants
    }

    /// Judges a run whose skeleton is `key`.
    fn judge_run(&self, run: &[Token], key: &str, scratch: &mut Near) -> Option<NameClaim> {
        if key.is_empty() || self.distinct.contains(key) {
            return None;
        }
        let written_words = run.len();
        if let Some(&g) = self.skeletons.get(key) {
            let group = &self.groups[g];
            let i = group.first;
            // A run of more words than the name and its one split: not it.
            if written_words > self.keys[i].1 + 1 {
                return None;
            }
            let written = join_words(run);
            if self.by_text.contains_key(written.as_str()) {
                return None;
            }
            // A name has a few forms of one skeleton; of a rule file that
            // gives one thousands, the first are looked at.
            let letters: Vec<char> = written.nfc().collect();
            let forms = || group.forms().take(MAX_SPELLINGS_COMPARED);
            // The same text with its accents composed otherwise (`Cafe\u{301}`
            // for `Café`): the name as declared.
            if let Some(i) = forms().find(|&i| letters.iter().copied().eq(self.forms[i].text.nfc()))
            {
                return Some(self.claim(i, self.forms[i].spelling));
            }
            // Another case that the automaton, searching ASCII lower case,
            // could not see (`Łukasz šimek` for `Łukasz Šimek`).
            if let Some(i) = forms().find(|&i| in_other_case(&letters, &self.forms[i].text)) {
                return Some(self.judge_case(&written, i));
            }
            return Some(self.claim(i, Spelling::Spacing));
        }
        // Near misses: one edit from a name's skeleton. Candidates come from
        // hashes of one-character deletions; each is verified exactly.
        scratch.chars.clear();
        scratch.chars.extend(key.chars());
        let n = scratch.chars.len();
        if n + 1 < self.lengths.0 || n > self.lengths.1 + 1 || n < 4 {
            return None;
        }
        let whole = deletion_hashes(&scratch.chars, &mut scratch.hashes);
        scratch.hashes.dedup();
        // Candidates in the order met, each once. Names that share a
        // deletion can make a bucket of thousands: past a few, the ones
        // seen are kept in a set rather than searched for one by one.
        let mut candidates: Vec<usize> = Vec::new();
        let mut seen: foldhash::HashSet<usize> = foldhash::HashSet::default();
        let mut consider = |ids: &mut dyn Iterator<Item = usize>| {
            for i in ids {
                if candidates.len() < 32 {
                    if !candidates.contains(&i) {
                        candidates.push(i);
                    }
                } else {
                    if seen.is_empty() {
                        seen.extend(candidates.iter().copied());
                    }
                    if seen.insert(i) {
                        candidates.push(i);
                    }
                }
            }
        };
        consider(&mut self.deletions.get(whole));
        for &h in &scratch.hashes {
            consider(&mut self.skeleton_hashes.get(h));
            consider(&mut self.deletions.get(h));
        }
        let mut hits = candidates
            .into_iter()
            .map(|g| &self.groups[g])
            .filter(|group| one_edit_apart(&self.keys[group.first].0, key))
            .flat_map(Group::near)
            .filter(|&i| {
                let (name_key, words) = &self.keys[i];
                written_words.abs_diff(*words) <= 1 && typo_worthy(name_key, key, *words)
            });
        let first = hits.next()?;
        // Two different names one edit away: the typo is ambiguous, stay quiet.
        if hits.any(|i| self.forms[i].canonical != self.forms[first].canonical) {
            return None;
        }
        Some(self.claim(first, Spelling::NearMiss))
    }
}

/// Buffers reused across the runs of a sentence.
#[derive(Default)]
struct Scratch {
    /// The skeletons of consecutive tokens from `from` on, one after
    /// another: the skeleton of a run of words (the last one without its
    /// possessive) is one slice of it.
    skeletons: String,
    /// For each token from `from`: where its skeleton starts and where its
    /// stem's ends in `skeletons`.
    bounds: Vec<(usize, usize)>,
    from: usize,
    near: Near,
}

impl Scratch {
    /// Where the skeleton of `toks[start..=last]` is in `skeletons`. Runs
    /// are asked for in order of their start, so tokens no run reaches are
    /// never folded.
    fn key(&mut self, toks: &[Token], start: usize, last: usize) -> std::ops::Range<usize> {
        if start < self.from || start >= self.from + self.bounds.len() {
            self.from = start;
            self.bounds.clear();
            self.skeletons.clear();
        }
        while self.from + self.bounds.len() <= last {
            let t = &toks[self.from + self.bounds.len()];
            let at = self.skeletons.len();
            let stem = t.stem();
            push_skeleton(&mut self.skeletons, stem);
            let stem_end = self.skeletons.len();
            push_skeleton(&mut self.skeletons, &t.text[stem.len()..]);
            self.bounds.push((at, stem_end));
        }
        self.bounds[start - self.from].0..self.bounds[last - self.from].1
    }
}

/// Buffers of the near-miss search.
#[derive(Default)]
struct Near {
    chars: Vec<char>,
    hashes: Vec<u64>,
}

/// The most forms of one skeleton a run with that skeleton is compared
/// with, letter by letter.
const MAX_SPELLINGS_COMPARED: usize = 64;

const HASH_BASE: u64 = 0x0000_0100_0000_01b3;

/// The polynomial hash of `chars`, and into `out` the hash of every string
/// made by deleting one of them, in linear time.
fn deletion_hashes(chars: &[char], out: &mut Vec<u64>) -> u64 {
    let n = chars.len();
    out.clear();
    // suffix[k] = hash of chars[k..]; pow[k] = BASE^k. Names are short:
    // the work stays on the stack for any name up to 64 letters.
    let mut suffix_buf = [0u64; 65];
    let mut pow_buf = [1u64; 65];
    let mut suffix_vec;
    let mut pow_vec;
    let (suffix, pow): (&mut [u64], &mut [u64]) = if n < 65 {
        (&mut suffix_buf[..=n], &mut pow_buf[..=n])
    } else {
        suffix_vec = vec![0u64; n + 1];
        pow_vec = vec![1u64; n + 1];
        (&mut suffix_vec, &mut pow_vec)
    };
    for k in 1..=n {
        pow[k] = pow[k - 1].wrapping_mul(HASH_BASE);
    }
    for k in (0..n).rev() {
        suffix[k] = (chars[k] as u64 + 1)
            .wrapping_mul(pow[n - 1 - k])
            .wrapping_add(suffix[k + 1]);
    }
    let mut prefix = 0u64;
    for i in 0..n {
        let rest = n - 1 - i;
        out.push(prefix.wrapping_mul(pow[rest]).wrapping_add(suffix[i + 1]));
        prefix = prefix
            .wrapping_mul(HASH_BASE)
            .wrapping_add(chars[i] as u64 + 1);
    }
    suffix[0]
}

/// A case difference an editor would not call a misspelling: a lower-case
/// alias capitalized at the start of a sentence (`The company`), or a name
/// set in capitals (`META`, a headline or a ticker).
fn case_is_incidental(written: &str, form: &str) -> bool {
    let mut w = written.chars();
    let mut f = form.chars();
    let first_only = match (w.next(), f.next()) {
        (Some(a), Some(b)) => a.to_lowercase().eq(b.to_lowercase()) && w.as_str() == f.as_str(),
        _ => false,
    };
    let common_phrase = !form.chars().any(char::is_uppercase);
    let all_caps = written.chars().any(char::is_alphabetic)
        && !written.chars().any(char::is_lowercase)
        && form.split_whitespace().count() == 1;
    first_only || all_caps || common_phrase
}

/// Whether a word may start a name: capitalized, or a digit-led product
/// name is never a start.
fn starts_like_a_name(t: &Token) -> bool {
    t.is_capitalized()
}

/// Whether one edit between two skeletons is likely a typo of the name
/// rather than another word: long enough, same first letter, and not a
/// change of a digit (`Llama 5` is another version, not a misspelling).
fn typo_worthy(name: &str, written: &str, words: usize) -> bool {
    let min = if words > 1 || name.chars().any(|c| c.is_ascii_digit()) {
        5
    } else {
        7
    };
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    // The name with an `s` after it is a plural or a possessive without its
    // apostrophe (`Solbergs`), not a misspelling.
    let plural = written.strip_suffix('s') == Some(name);
    !plural
        && name.chars().count().min(written.chars().count()) >= min
        && name.chars().next() == written.chars().next()
        && digits(name) == digits(written)
}

fn join_words(run: &[Token]) -> String {
    let mut out = String::new();
    for (i, t) in run.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(if i + 1 == run.len() { t.stem() } else { t.text });
    }
    out
}

/// Whether `span` starts and ends between words (a possessive `’s` or
/// `'s` after it is fine: the name is still the whole word).
fn at_word_boundaries(prose: &str, span: Span) -> bool {
    let before = prose[..span.start].chars().next_back();
    let after = prose[span.end..].chars().next();
    let inner_first = prose[span.start..].chars().next();
    let inner_last = prose[..span.end].chars().next_back();
    let joins = |outside: Option<char>, inside: Option<char>| {
        outside.is_some_and(is_word_char) && inside.is_some_and(is_word_char)
    };
    !joins(before, inner_first) && !joins(after, inner_last)
}

/// Whether `written` is `form` in other case, letter by letter with
/// accents composed alike: `SS` in capitals stands for `ß` (`GROSSMANN`
/// for `Großmann`, but not `Grossmann`), Turkish `I` for `ı` and `İ` for
/// `i`, and `Σ` for a final `ς`; lower-case `ı` and `i` stay two letters.
fn in_other_case(written: &[char], form: &str) -> bool {
    let same_letter = |a: char, b: char| {
        a == b
            || a.to_lowercase().eq(b.to_lowercase())
            || matches!(
                (a, b),
                ('I', 'ı') | ('ı', 'I') | ('İ', 'i') | ('i', 'İ') | ('Σ', 'ς') | ('ς', 'Σ')
            )
    };
    // The form is read as it is composed, and only as far as it agrees.
    let mut i = 0;
    for f in form.nfc() {
        let w = written.get(i).copied();
        if f == 'ß' && w == Some('S') && written.get(i + 1) == Some(&'S') {
            i += 2;
        } else if w.is_some_and(|w| same_letter(w, f)) {
            i += 1;
        } else {
            return false;
        }
    }
    i == written.len()
}

/// A name's letters and digits, lower-cased, diacritics folded.
pub fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_skeleton(&mut out, text);
    out
}

fn push_skeleton(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if matches!(c, 'ß' | 'ẞ') {
            // `Großmann` is `GROSSMANN` in capitals, and `Grossmann` in Swiss
            // spelling.
            out.push_str("ss");
        } else if c.is_alphanumeric() {
            let c = fold(c);
            out.extend(c.to_lowercase());
        }
    }
}

/// The base letter of a Latin letter with a diacritic.
fn fold(c: char) -> char {
    const FROM: &str =
        "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŃńŚśŹźŻżĞğŞşİı";
    const TO: &str =
        "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlNnSsZzZzGgSsIi";
    if c.is_ascii() {
        return c;
    }
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// Whether `a` and `b` differ by exactly one insertion, deletion,
/// substitution or swap of neighbours.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => rb.len() == ra.len() + 1 && ra == &rb[1..],
        std::cmp::Ordering::Greater => ra.len() == rb.len() + 1 && &ra[1..] == rb,
    }
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let (prose, lower) = (&cx.doc.prose, cx.lower_of(sentence.span));
        for (span, claim) in
            cx.story
                .names
                .find_lowered(prose, &lower, sentence.span, cx.tokens(index))
        {
            out.push(Claim {
                span,
                sentence: index,
                kind: ClaimKind::Name(claim),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_index_gives_every_form_of_a_hash_in_order() {
        assert_eq!(HashIndex::default().get(7).count(), 0);
        assert_eq!(HashIndex::new(&[]).get(7).count(), 0);
        // Many equal hashes and many that share a home slot: probe chains
        // run past each other and wrap around the table's end.
        let mut entries: Vec<(u64, usize)> = Vec::new();
        for form in 0..300 {
            entries.push((form as u64 % 7, form));
            entries.push((u64::MAX - form as u64 % 3, 1000 + form));
        }
        let index = HashIndex::new(&entries);
        for hash in (0..7).chain([u64::MAX, u64::MAX - 1, u64::MAX - 2]) {
            let want: Vec<usize> = entries
                .iter()
                .filter(|&&(h, _)| h == hash)
                .map(|&(_, f)| f)
                .collect();
            assert_eq!(index.get(hash).collect::<Vec<_>>(), want, "hash {hash}");
        }
        assert_eq!(index.get(8).count(), 0);
    }

    #[test]
    fn one_edit() {
        assert!(one_edit_apart("alexandrwang", "alexanderwang"));
        assert!(one_edit_apart("llama4", "lama4"));
        assert!(one_edit_apart(
            "superintelligencelabs",
            "superintelligancelabs"
        ));
        assert!(one_edit_apart("abcd", "abdc"));
        assert!(!one_edit_apart("abcd", "abcd"));
        assert!(!one_edit_apart("abcd", "badc"));
        assert!(!one_edit_apart("meta", "metal1"));
    }

    #[test]
    fn skeletons_fold_spacing_and_diacritics() {
        assert_eq!(skeleton("Scale.AI"), "scaleai");
        assert_eq!(skeleton("Llama-4"), "llama4");
        assert_eq!(skeleton("Zoë Ångström"), "zoeangstrom");
    }
}

#[cfg(test)]
mod lexicon_tests {
    use super::*;
    use crate::rules::{Entity, Model, Person};

    fn located(s: &str) -> Located<String> {
        Located::new(s.to_string(), Span::default())
    }

    fn rules() -> RuleSet {
        let mut rules = RuleSet::empty("t");
        rules.people.push(Person {
            name: located("Alexandr Wang"),
            aliases: vec![located("Wang")],
            roles: Vec::new(),
        });
        rules.models.push(Model {
            name: located("Llama 4"),
            aliases: Vec::new(),
            family: Some(located("Llama")),
            misspellings: vec![located("LLaMA 4")],
        });
        rules.names.push(Entity {
            name: located("Scale AI"),
            aliases: Vec::new(),
        });
        rules.names.push(Entity {
            name: located("Meta Superintelligence Labs"),
            aliases: vec![located("Superintelligence Labs")],
        });
        rules.sources.push(Entity {
            name: located("Meta"),
            aliases: vec![located("the company")],
        });
        rules
    }

    fn find(text: &str) -> Vec<(String, Spelling)> {
        let lexicon = Lexicon::build(&rules());
        lexicon
            .find(text, Span::new(0, text.len()))
            .into_iter()
            .map(|(s, c)| (s.slice(text).to_string(), c.spelling))
            .collect()
    }

    #[test]
    fn variants_and_near_misses() {
        use Spelling::*;
        assert_eq!(
            find("Alexander Wang and ScaleAI shipped Llama-4 at Meta Super Intelligence Labs."),
            [
                ("Alexander Wang".to_string(), NearMiss),
                ("ScaleAI".to_string(), Spacing),
                ("Llama-4".to_string(), Spacing),
                ("Meta Super Intelligence Labs".to_string(), Spacing),
            ]
        );
        assert_eq!(
            find("LLaMA 4, Lama 4 and Superintelligance Labs"),
            [
                ("LLaMA 4".to_string(), Listed),
                ("Lama 4".to_string(), NearMiss),
                ("Superintelligance Labs".to_string(), NearMiss),
            ]
        );
    }

    #[test]
    fn correct_forms_and_ordinary_words() {
        use Spelling::*;
        assert_eq!(
            find("The company said Wang’s Meta Superintelligence Labs uses Llama 4 and Llama 5."),
            [
                ("The company".to_string(), Exact),
                ("Wang".to_string(), Exact),
                ("Meta Superintelligence Labs".to_string(), Exact),
                ("Llama 4".to_string(), Exact),
            ]
        );
        assert!(find("Metadata, metaphors and a metal scale: Alexandra Wong.").is_empty());
    }
}
