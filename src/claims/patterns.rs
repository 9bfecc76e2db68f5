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
}

impl Matcher {
    pub fn build(rules: &RuleSet) -> Matcher {
        let mut owners = Vec::new();
        let mut sources = Vec::new();
        for (index, claim) in rules.claims.iter().enumerate() {
            for (patterns, supports) in [(&claim.supports, true), (&claim.contradicts, false)] {
                for (k, p) in patterns.iter().enumerate() {
                    owners.push((index, supports, k));
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
        Matcher { set, owners }
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
    if matcher.owners.is_empty() {
        return;
    }
    for (index, sentence) in cx.sentences.iter().enumerate() {
        let text = cx.doc.prose_of(sentence.span);
        let hits: Vec<usize> = match &matcher.set {
            Some(set) => set.matches(text).into_iter().collect(),
            None => (0..matcher.owners.len()).collect(),
        };
        for i in hits {
            let Some(pattern) = matcher.pattern(rules, i) else {
                continue;
            };
            let Some(m) = pattern.regex.find(text) else {
                continue;
            };
            let (claim, supports, _) = matcher.owners[i];
            out.push(Claim {
                span: Span::new(
                    sentence.span.start + m.start(),
                    sentence.span.start + m.end(),
                ),
                sentence: index,
                kind: ClaimKind::Pattern(PatternClaim {
                    id: rules.claims[claim].id.value.clone(),
                    supports,
                    pattern: pattern.span,
                }),
            });
        }
    }
}
