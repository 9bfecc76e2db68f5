//! Person mentions: declared people found by the name lexicon, and person
//! names read from the text where a statement needs one ("led by Ana de
//! Souza", "J. R. Okafor, head of …").
//!
//! A person name is a run of capitalized words, initials (`J.`) and the
//! particles of surnames (`de`, `van`, `bin` …), ending at the first other
//! word. A single surname resolves to the full name seen earlier in the
//! article, or to a declared person whose surname or alias it is.

use serde::Serialize;

use super::names::{EntityKind, NameClaim, Spelling};
use super::words::Token;
use super::{Claim, ClaimKind, Context};
use crate::span::Span;

/// A person the text names.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonClaim {
    /// The name as written (possessive removed).
    pub name: String,
    /// The full name a surname refers to, when the article or the rule file
    /// gives it.
    pub full_name: Option<String>,
    /// The declared person (canonical name), when it is one.
    pub declared: Option<String>,
}

/// Lower-case words that may sit inside a person's name.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "bin",
    "ibn", "al", "ter", "ten", "af",
];

/// Capitalized words that start a sentence or a clause but are not names.
pub const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Under",
    "According",
    "Meanwhile",
    "However",
    "In",
    "On",
    "At",
    "For",
    "With",
    "By",
    "As",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Former",
    "Chief",
    "CEO",
    "Head",
    "President",
    "Executive",
    "Officer",
];

/// A person reference found at some tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonRef {
    pub span: Span,
    pub claim: PersonClaim,
}

/// The persons and organizations an article's names stand for, and the
/// full names seen so far (for surname references).
pub struct Reader<'a> {
    /// Name claims of the article, sorted by start.
    names: Vec<(Span, &'a NameClaim)>,
    /// Surname → the full names (two words or more) that end with it, with
    /// where each was met, in order.
    full_names: foldhash::HashMap<String, Vec<(usize, String)>>,
}

/// How far before a span, in bytes, a name covering it is looked for: the
/// longest name a rule file may declare (an article may write it with more
/// spaces, which this does not allow for).
const LONGEST_NAME: usize = crate::rules::MAX_NAME_BYTES;

impl<'a> Reader<'a> {
    pub fn new<'t>(
        claims: &'a [Claim],
        sentences: impl IntoIterator<Item = &'t [super::words::Token<'t>]>,
    ) -> Self {
        let mut names: Vec<(Span, &NameClaim)> = claims
            .iter()
            .filter_map(|c| match &c.kind {
                ClaimKind::Name(n) => Some((c.span, n)),
                _ => None,
            })
            .collect();
        names.sort_by_key(|(s, _)| (s.start, s.end));
        let mut reader = Reader {
            names,
            full_names: foldhash::HashMap::default(),
        };
        for toks in sentences {
            let mut i = 0;
            while i < toks.len() {
                match reader.raw_name(toks, i) {
                    Some(end) if end - i >= 2 => {
                        let text = join(&toks[i..end]);
                        let surname = text.rsplit(' ').next().unwrap_or_default().to_string();
                        reader
                            .full_names
                            .entry(surname)
                            .or_default()
                            .push((toks[i].span.start, text));
                        i = end;
                    }
                    _ => i += 1,
                }
            }
        }
        reader
    }

    /// The name claims that may touch `span`: those starting before its end
    /// and not too long before its start, found by binary search.
    fn near(&self, span: Span) -> &[(Span, &'a NameClaim)] {
        let from = span.start.saturating_sub(LONGEST_NAME);
        let lo = self.names.partition_point(|(s, _)| s.start < from);
        let hi = self
            .names
            .partition_point(|(s, _)| s.start < span.end.max(span.start + 1));
        &self.names[lo..hi.max(lo)]
    }

    /// The name claim exactly at `span`, if any.
    pub fn name_at(&self, span: Span) -> Option<&'a NameClaim> {
        self.near(span)
            .iter()
            .find(|(s, _)| *s == span)
            .map(|(_, n)| *n)
    }

    /// The name claim that covers `span` (a word of a longer name).
    pub fn name_covering(&self, span: Span) -> Option<&'a NameClaim> {
        self.near(span)
            .iter()
            .find(|(s, _)| s.contains(span) || span.contains(*s))
            .map(|(_, n)| *n)
    }

    /// The name claims inside `span`.
    pub fn names_in(&self, span: Span) -> impl Iterator<Item = (Span, &'a NameClaim)> + '_ {
        self.near(span)
            .iter()
            .filter(move |(s, _)| span.contains(*s))
            .copied()
    }

    /// The end (exclusive token index) of a run of name words starting at
    /// `i`, whether or not it names a person.
    pub fn raw_name(&self, toks: &[Token], i: usize) -> Option<usize> {
        // A name starts with a capital (a word or an initial).
        if !toks.get(i).is_some_and(Token::is_capitalized) {
            return None;
        }
        let mut end = i;
        while end - i < 8 {
            let Some(len) = name_piece(toks, end, end == i) else {
                break;
            };
            end += len;
            // A possessive ends the name.
            let last = &toks[end - 1];
            if last.stem().len() != last.text.len() {
                break;
            }
        }
        // A name ends on a word, not on a particle.
        while end > i && !toks[end - 1].is_capitalized() && toks[end - 1].text != "." {
            end -= 1;
        }
        (end > i).then_some(end)
    }

    /// A person named by the tokens starting at `i`: returns the token
    /// index after the name and the reference. Organizations, products and
    /// sources the rule file declares are not persons.
    pub fn person_at(&self, toks: &[Token], i: usize) -> Option<(usize, PersonRef)> {
        let end = self.raw_name(toks, i)?;
        Some((end, self.person_of(&toks[i..end])?))
    }

    /// A person named by tokens ending (exclusive) at `end`: the longest
    /// name that ends exactly there.
    pub fn person_ending_at(&self, toks: &[Token], end: usize) -> Option<(usize, PersonRef)> {
        let start = (end.saturating_sub(8)..end).find(|&s| self.raw_name(toks, s) == Some(end))?;
        Some((start, self.person_of(&toks[start..end])?))
    }

    fn person_of(&self, run: &[Token]) -> Option<PersonRef> {
        let first = run.first()?;
        let last = run.last()?;
        let span = Span::new(first.span.start, last.span.start + last.stem().len());
        self.person_named(join(run), span, run.len() > 1)
    }

    /// The person `written` at `span` stands for; `full` when the name has
    /// more than one word.
    pub fn person_named(&self, written: String, span: Span, full: bool) -> Option<PersonRef> {
        // The lexicon knows this name: a person, or not a person at all.
        let known = self.near(span).iter().find(|(s, _)| s.overlaps(span));
        if let Some((_, name)) = known {
            return match name.entity {
                EntityKind::Leader | EntityKind::Person => Some(PersonRef {
                    span,
                    claim: PersonClaim {
                        name: written,
                        full_name: Some(name.canonical.to_string()),
                        declared: (name.spelling != Spelling::Distinct)
                            .then(|| name.canonical.to_string()),
                    },
                }),
                _ => None,
            };
        }
        let full_name = if !full {
            self.full_names.get(written.as_str()).and_then(|seen| {
                let before = seen.partition_point(|(at, _)| *at < span.start);
                before
                    .checked_sub(1)
                    .and_then(|i| seen.get(i))
                    .map(|(_, full)| full.clone())
            })
        } else {
            Some(written.clone())
        };
        Some(PersonRef {
            span,
            claim: PersonClaim {
                name: written,
                full_name,
                declared: None,
            },
        })
    }
}

/// A capitalized word that may be part of a person's name.
pub fn is_name_token(t: &Token) -> bool {
    t.is_capitalized() && t.text.chars().any(char::is_lowercase) && !not_a_name(t.stem())
}

/// Whether `word` is one of [`NOT_NAMES`], by one hash lookup.
fn not_a_name(word: &str) -> bool {
    static SET: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().copied().collect())
        .contains(word)
}

/// How many tokens the name piece at `k` takes: a capitalized word (1), an
/// initial and its dot (2), or a surname particle before a capitalized word.
fn name_piece(toks: &[Token], k: usize, first: bool) -> Option<usize> {
    let t = toks.get(k)?;
    if !t.is_word {
        return None;
    }
    let mut letters = t.text.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if initial && toks.get(k + 1).is_some_and(|d| d.text == ".") {
        return Some(2);
    }
    if t.is_capitalized() && t.text.chars().any(char::is_lowercase) && !not_a_name(t.stem()) {
        return Some(1);
    }
    if !first && PARTICLES.contains(&t.text) && toks.get(k + 1).is_some_and(|n| n.is_capitalized())
    {
        return Some(1);
    }
    None
}

fn join(run: &[Token]) -> String {
    let mut out = String::new();
    for (i, t) in run.iter().enumerate() {
        if i > 0 && t.text != "." {
            out.push(' ');
        }
        out.push_str(if i + 1 == run.len() { t.stem() } else { t.text });
    }
    out
}

/// Every mention of a declared person.
pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let mentions: Vec<Claim> = out
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Name(n) if matches!(n.entity, EntityKind::Leader | EntityKind::Person) => {
                Some(Claim {
                    span: c.span,
                    sentence: c.sentence,
                    kind: ClaimKind::Person(PersonClaim {
                        name: cx.doc.text_of(c.span).to_string(),
                        full_name: Some(n.canonical.to_string()),
                        declared: (n.spelling != Spelling::Distinct)
                            .then(|| n.canonical.to_string()),
                    }),
                })
            }
            _ => None,
        })
        .collect();
    out.extend(mentions);
}
