//! Figures: numbers with scale words, currency, percent, unit nouns.
//!
//! The grammar (`grammar::number`) reads an amount; this extractor decides
//! whether it is a figure a sentence claims. A figure has a scale word
//! (`3.96 billion`), a currency (`$5m`), a percent sign (`49%`), a unit noun
//! (`600 employees`) or thousands separators (`40,000`). Years, list
//! numbers, ordinals, times, dates, versions and phone numbers are not
//! figures, nor are bare or spelt-out small numbers (`4 models`, `two people`).

use std::collections::HashSet;

use serde::Serialize;

use super::{Claim, ClaimKind, Context};
use crate::grammar::number::{Precision, Stated, Unit, may_start, stated};
use crate::span::Span;

/// The words of one declared figure (`numbers:` of the rule file), read
/// once per rule set for the checks that compare figures with it.
#[derive(Debug)]
pub struct DeclaredWords {
    /// The name and the `match` phrases, lower-cased.
    pub texts: Vec<String>,
    /// The stem of every word of those ([`stem`]).
    pub stems: HashSet<String>,
}

impl DeclaredWords {
    /// The words of every declared figure of `rules`, in its order.
    pub fn of_rules(rules: &crate::rules::RuleSet) -> Vec<DeclaredWords> {
        rules
            .numbers
            .iter()
            .map(|f| {
                let phrases =
                    std::iter::once(&f.name.value).chain(f.matches.iter().map(|m| &m.value));
                let stems = phrases
                    .clone()
                    .flat_map(|phrase| phrase.split(|c: char| !c.is_alphanumeric()))
                    .filter(|w| !w.is_empty())
                    .map(stem)
                    .collect();
                DeclaredWords {
                    texts: phrases.map(|t| t.to_lowercase()).collect(),
                    stems,
                }
            })
            .collect()
    }
}

/// The `match` phrases of every declared figure, in one automaton: a
/// sentence is read once for all of them.
#[derive(Debug)]
pub struct Phrases {
    automaton: Option<aho_corasick::AhoCorasick>,
    /// The declared figure (its index) of each phrase.
    owner: Vec<usize>,
}

impl Phrases {
    pub fn of_rules(rules: &crate::rules::RuleSet) -> Phrases {
        // `match` phrases are lower-cased by the rule-file loader.
        let (owner, phrases): (Vec<usize>, Vec<String>) = rules
            .numbers
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.matches
                    .iter()
                    .map(move |m| (i, super::words::decomposed_caseless(&m.value)))
            })
            .filter(|(_, p)| !p.is_empty())
            .unzip();
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&phrases)
            .ok()
            .filter(|_| !phrases.is_empty());
        Phrases { automaton, owner }
    }

    /// Where the phrases occur in `lower` (a sentence folded by
    /// [`super::words::decomposed_caseless_mapped`]) as whole
    /// words, as (declared figure, byte offset), sorted. Each phrase's
    /// occurrences do not overlap each other, as `str::match_indices` finds
    /// them.
    pub fn find(&self, lower: &str) -> Vec<(usize, usize)> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let is_word = |c: Option<char>| c.is_some_and(super::words::is_word_char);
        // The end of each phrase's last occurrence taken.
        let mut taken: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        let mut out = Vec::new();
        for m in automaton.find_overlapping_iter(lower) {
            let phrase = m.pattern().as_usize();
            if taken.get(&phrase).is_some_and(|&end| m.start() < end) {
                continue;
            }
            taken.insert(phrase, m.end());
            if !is_word(lower[..m.start()].chars().next_back())
                && !is_word(lower[m.end()..].chars().next())
            {
                out.push((self.owner[phrase], m.start()));
            }
        }
        out.sort_unstable();
        out
    }
}

/// A word without its plural `s`, lower-cased: `Users` and `user` share
/// `user`.
pub fn stem(word: &str) -> String {
    word.trim_end_matches('s').to_lowercase()
}

/// How a sentence qualifies its figure, and so how the check judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// Stated as is: equal within tolerance, or the declared value rounded
    /// to the digits written (`4 billion` for 3.96 billion).
    Exact,
    /// `about`, `roughly`: within 10% of the declared value.
    About,
    /// `nearly`, `almost`: at most the stated value and within 10% of it.
    Nearly,
    /// `more than`, `over`, `at least`: a lower bound.
    AtLeast,
    /// `less than`, `under`, `up to`: an upper bound.
    AtMost,
}

/// Words before a figure that qualify it. Longer phrases first.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("an estimated", Qualifier::About),
    ("approximately", Qualifier::About),
    ("close to", Qualifier::About),
    ("roughly", Qualifier::About),
    ("around", Qualifier::About),
    ("about", Qualifier::About),
    ("some", Qualifier::About),
    ("circa", Qualifier::About),
    ("just under", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("in excess of", Qualifier::AtLeast),
    ("upwards of", Qualifier::AtLeast),
    ("more than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("exceeding", Qualifier::AtLeast),
    ("above", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("fewer than", Qualifier::AtMost),
    ("less than", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("below", Qualifier::AtMost),
];

/// Nouns that make a number a count (`600 employees`), lower case, singular
/// and plural. Add a newsroom's own units here.
pub const UNIT_NOUNS: &[&str] = &[
    "user",
    "users",
    "customer",
    "customers",
    "subscriber",
    "subscribers",
    "employee",
    "employees",
    "worker",
    "workers",
    "staff",
    "job",
    "jobs",
    "people",
    "person",
    "member",
    "members",
    "developer",
    "developers",
    "engineer",
    "engineers",
    "researcher",
    "researchers",
    "student",
    "students",
    "patient",
    "patients",
    "participant",
    "participants",
    "dose",
    "doses",
    "death",
    "deaths",
    "case",
    "cases",
    "voter",
    "voters",
    "vote",
    "votes",
    "seat",
    "seats",
    "fan",
    "fans",
    "spectator",
    "spectators",
    "visitor",
    "visitors",
    "viewer",
    "viewers",
    "reader",
    "readers",
    "download",
    "downloads",
    "install",
    "installs",
    "gpu",
    "gpus",
    "chip",
    "chips",
    "server",
    "servers",
    "accelerator",
    "accelerators",
    "parameter",
    "parameters",
    "token",
    "tokens",
    "device",
    "devices",
    "share",
    "shares",
    "store",
    "stores",
    "vehicle",
    "vehicles",
    "home",
    "homes",
    "barrel",
    "barrels",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "acre",
    "acres",
];

/// Words that may sit between a number and its unit noun (`3.96 billion
/// monthly users`) only if they are not one of these: a preposition or
/// article ends the phrase (`600 in the lab`).
const PHRASE_BREAKS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per",
    "than", "that", "the", "to", "which", "who", "with",
];

/// Capitalised words that may stand before a number without making it part
/// of a name or version (`Llama 4`, `Windows 11`, `Section 230`).
const NOT_NAMES: &[&str] = &[
    "a", "about", "after", "all", "almost", "and", "another", "around", "at", "but", "by", "for",
    "from", "her", "his", "in", "its", "just", "more", "nearly", "of", "on", "only", "our", "over",
    "roughly", "some", "than", "the", "their", "these", "those", "to", "under", "with",
];

/// A figure stated in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureClaim {
    /// Normalised value: 3.96e9 for `3.96 billion`, 14.3 for `14.3%`.
    pub value: f64,
    pub unit: Unit,
    /// The unit noun it counts (`users`), or what a rate is per (`share`
    /// in `$52 a share`), lower case.
    pub noun: Option<String>,
    pub precision: Precision,
    pub qualifier: Qualifier,
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let Some(text) = cx.doc.prose.get(sentence.span.range()) else {
            continue;
        };
        // An amount starts where a word starts: at a token, or inside one
        // after a joiner (`-`, `.`, `'`, `&`). Whitespace starts none.
        let mut next = 0;
        for tok in cx.tokens(index) {
            let start = tok.span.start - sentence.span.start;
            // Most tokens are ASCII letters and digits: no joiner to look at.
            let joined = tok.text.bytes().skip(1).any(|b| !b.is_ascii_alphanumeric());
            let inner = tok
                .text
                .char_indices()
                .skip(1)
                .take_while(|_| joined)
                .filter(|&(_, c)| !c.is_alphanumeric())
                .map(|(j, c)| start + j + c.len_utf8());
            for pos in std::iter::once(start).chain(inner) {
                if pos < next || pos >= text.len() || !may_start(&text[pos..]) {
                    continue;
                }
                let Ok((rest, amount)) = stated(&text[pos..]) else {
                    continue;
                };
                let end = text.len() - rest.len();
                if let Some(figure) = figure_at(text, pos, end, &amount) {
                    out.push(Claim {
                        span: Span::new(pos, end).shift(sentence.span.start),
                        sentence: index,
                        kind: ClaimKind::Figure(Box::new(figure)),
                    });
                }
                next = end.max(pos + 1);
            }
        }
    }
}

/// The figure `amount` (at `start..end` of a sentence's `text`) states, if
/// it is one.
fn figure_at(text: &str, start: usize, end: usize, amount: &Stated) -> Option<FigureClaim> {
    let before = &text[..start];
    let after = &text[end..];
    let mut next = after.chars();
    let joined_after = match (next.next(), next.next()) {
        (Some(c), _) if c.is_alphanumeric() => true,
        (Some('-' | '/' | ':' | '.'), Some(d)) => d.is_ascii_digit(),
        _ => false,
    };
    let mut prev = before.chars().rev();
    let joined_before = matches!(
        (prev.next(), prev.next()),
        (Some('-' | '/' | ':' | '.'), Some(p)) if p.is_alphanumeric()
    );
    // 4th, 5G, GPT-4o, 555-0142, 10:30, 2026-04-06, 24/7.
    if joined_after || joined_before {
        return None;
    }
    let qualifier = qualifier_before(before);
    let noun = if amount.quantity.unit == Unit::Count {
        unit_noun(after, matches!(amount.precision, Precision::Vague { .. }))
    } else {
        rate_noun(after)
    };
    let is_figure = amount.marked
        || (!amount.written
            && !is_time(after)
            && !is_year(&text[start..end])
            && (qualifier.is_some() || !follows_a_name(before))
            && (noun.is_some() || amount.separated));
    is_figure.then(|| FigureClaim {
        value: amount.quantity.value,
        unit: amount.quantity.unit.clone(),
        noun,
        precision: amount.precision,
        qualifier: qualifier.unwrap_or(Qualifier::Exact),
    })
}

/// The qualifier that ends `before`, as a whole phrase.
fn qualifier_before(before: &str) -> Option<Qualifier> {
    let before = before.trim_end();
    QUALIFIERS.iter().find_map(|&(phrase, qualifier)| {
        let cut = before.len().checked_sub(phrase.len())?;
        let tail = before.get(cut..)?;
        let whole = !before[..cut]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        (whole && tail.eq_ignore_ascii_case(phrase)).then_some(qualifier)
    })
}

/// The unit noun after a number: the first of `UNIT_NOUNS` among the next
/// three words, before any punctuation or phrase break. `of` may lead after
/// a vague amount (`thousands of fans`).
fn unit_noun(after: &str, vague: bool) -> Option<String> {
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let mut words = after.split_whitespace().peekable();
    if vague && words.peek().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        words.next();
    }
    for raw in words.take(3) {
        let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        if UNIT_NOUNS.contains(&lower.as_str()) {
            return Some(lower);
        }
        let modifier = !word.is_empty()
            && word.chars().all(|c| c.is_lowercase() || c == '-')
            && !PHRASE_BREAKS.contains(&word);
        if !modifier || word.len() != raw.len() {
            return None;
        }
    }
    None
}

/// What a rate is per: `$52 a share`, `£300,000 per week` give `share`,
/// `week`. A price per share is not the price of the whole deal.
fn rate_noun(after: &str) -> Option<String> {
    let mut words = after.split_whitespace();
    let per = words.next()?;
    let noun = words
        .next()?
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    (["a", "an", "per", "each"]
        .iter()
        .any(|p| per.eq_ignore_ascii_case(p))
        && !noun.is_empty()
        && noun.chars().all(char::is_alphabetic))
    .then(|| noun.to_lowercase())
}

/// `5 p.m.`, `9 am`: a time of day.
fn is_time(after: &str) -> bool {
    // Compared in place: a copy of the rest of the sentence per number
    // made a sentence of numbers quadratic.
    let next = after.trim_start();
    ["a.m", "p.m", "am", "pm"].iter().any(|t| {
        next.get(..t.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(t))
            && !next[t.len()..].starts_with(char::is_alphanumeric)
    })
}

/// `2026`: four plain digits in the range of years.
fn is_year(number: &str) -> bool {
    number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && number
            .parse::<u16>()
            .is_ok_and(|y| (1000..=2999).contains(&y))
}

/// The number comes right after a capitalised word (`Llama 4`, `Qwen 3.5`,
/// `April 6`): a name, a version or a date.
fn follows_a_name(before: &str) -> bool {
    if !before.ends_with(' ') {
        return false;
    }
    let word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphanumeric)
        && !NOT_NAMES.contains(&word.to_lowercase().as_str())
}
