//! Key statements matched by the rule file's `supports` and `contradicts`
//! patterns.
//!
//! A rule set of many patterns puts them into one `RegexSet`, built once,
//! so a sentence is scanned once whatever the number of claims; only the
//! patterns the set reports are run again to find their span. A few
//! patterns are run one by one: each has its own literal prefilter, and a
//! set costs more to build (a few milliseconds, most of a short article's
//! check) than it saves.

use regex::RegexSet;
use serde::Serialize;

use super::{Claim, ClaimKind, Context};
use crate::rules::{Pattern, RuleSet};
use crate::span::Span;

/// A sentence matching one of a claim rule's patterns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PatternClaim {
    /// The claim rule's `id`.
    pub id: String,
    /// `true` for a `supports` pattern, `false` for a `contradicts` one.
    pub supports: bool,
    /// Where the pattern is defined in the rule file.
    #[serde(skip)]
    pub pattern: Span,
    /// The claim rule's place in the rule set's `claims`.
    #[serde(skip)]
    pub claim: usize,
}

/// From this many patterns on, they are matched as one set.
const SET_FROM: usize = 16;

/// Every pattern of a rule set, prepared once.
#[derive(Debug, Default)]
pub struct Matcher {
    set: Option<RegexSet>,
    /// For each pattern of the set: its claim rule, whether it supports,
    /// and its index in that rule's list.
    owners: Vec<(usize, bool, usize)>,
    /// For each pattern: whether it has no assertion (`^`, `$`, `\b` …),
    /// so that it matches a sentence only if it matches somewhere in the
    /// text around it. Such a pattern is first tried once on a whole
    /// article, and on its sentences only where that finds it.
    local: Vec<bool>,
}

impl Matcher {
    pub fn build(rules: &RuleSet) -> Matcher {
        let mut owners = Vec::new();
        let mut local = Vec::new();
        let mut sources = Vec::new();
        for (index, claim) in rules.claims.iter().enumerate() {
            for (patterns, supports) in [(&claim.supports, true), (&claim.contradicts, false)] {
                for (k, p) in patterns.iter().enumerate() {
                    owners.push((index, supports, k));
                    local.push(!has_assertion(p.regex.as_str()));
                    // Rule patterns are case-insensitive (the flag is not
                    // part of `as_str`).
                    sources.push(format!("(?i:{})", p.regex.as_str()));
                }
            }
        }
        // Each pattern compiled alone already; the set can only fail on its
        // combined size, and then each pattern is simply run on its own.
        let set = (sources.len() >= SET_FROM)
            .then(|| {
                regex::RegexSetBuilder::new(&sources)
                    .size_limit(64 << 20)
                    .build()
                    .ok()
            })
            .flatten();
        Matcher { set, owners, local }
    }

    fn pattern<'r>(&self, rules: &'r RuleSet, i: usize) -> Option<&'r Pattern> {
        let (claim, supports, k) = *self.owners.get(i)?;
        let claim = rules.claims.get(claim)?;
        if supports {
            claim.supports.get(k)
        } else {
            claim.contradicts.get(k)
        }
    }
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let matcher = &cx.story.patterns;
    let rules = cx.story.rules;
    let (Some(first), Some(last)) = (cx.sentences.first(), cx.sentences.last()) else {
        return;
    };
    if matcher.owners.is_empty() {
        return;
    }
    // One search of the whole text per pattern instead of one per
    // sentence, for the patterns that allow it: most articles match none.
    let whole = cx.doc.prose_of(Span::new(first.span.start, last.span.end));
    let may: Vec<bool> = match &matcher.set {
        // The set scans for every pattern at once: worth a pass over the
        // whole text only when that pass can rule out every sentence.
        Some(set) if matcher.local.iter().all(|&l| l) => {
            let anywhere = set.matches(whole);
            (0..matcher.owners.len())
                .map(|i| anywhere.matched(i))
                .collect()
        }
        Some(_) => vec![true; matcher.owners.len()],
        None => (0..matcher.owners.len())
            .map(|i| {
                !matcher.local[i]
                    || matcher
                        .pattern(rules, i)
                        .is_some_and(|p| p.regex.is_match(whole))
            })
            .collect(),
    };
    if !may.contains(&true) {
        return;
    }
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let text = cx.doc.prose_of(sentence.span);
        let hits: Vec<usize> = match &matcher.set {
            Some(set) => set.matches(text).into_iter().filter(|&i| may[i]).collect(),
            None => (0..matcher.owners.len()).filter(|&i| may[i]).collect(),
        };
        for i in hits {
            let Some(pattern) = matcher.pattern(rules, i) else {
                continue;
            };
            let Some(m) = pattern.regex.find(text) else {
                continue;
            };
            let (claim, supports, _) = matcher.owners[i];
            let span = Span::new(
                sentence.span.start + m.start(),
                sentence.span.start + m.end(),
            );
            out.push(Claim {
                span: within_characters(cx.doc.source(), span),
                sentence: index,
                kind: ClaimKind::Pattern(PatternClaim {
                    id: rules.claims[claim].id.value.clone(),
                    supports,
                    pattern: pattern.span,
                    claim,
                }),
            });
        }
    }
}

/// `span` narrowed to character boundaries of the file. The prose a
/// pattern reads has markup blanked byte by byte, so a match that starts or
/// ends on a blank (`helix {3}` before a code span holding `é`) can split a
/// character of the file; its edges move inward onto whole characters.
fn within_characters(source: &str, span: Span) -> Span {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start += 1;
    }
    let mut end = span.end.min(source.len());
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start, end.max(start))
}

/// Whether a pattern may hold an assertion (`^`, `$`, `\b`, `\B`, `\A`,
/// `\z`, `\<`, `\>`): one that looks past the match, so that a sentence
/// and the text around it can disagree. Errs on the side of yes.
fn has_assertion(pattern: &str) -> bool {
    pattern.contains(['^', '$'])
        || pattern
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'\\' && b"bBAz<>".contains(&w[1]))
}
