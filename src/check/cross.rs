//! `consistency/cross-article`: articles of one story, checked in one run,
//! that disagree with each other where the rule file is silent.
//!
//! Each article leaves a few comparable facts: the persons it names in full
//! (a name spelled two ways across articles), who it says leads an
//! organization, the figures it states with their unit noun, and the date it
//! gives the event. Facts with the same key and different values in two
//! articles are a disagreement; the finding points at the later article and
//! names the earlier one.

use std::collections::HashMap;

use super::{Context, Finding, Related};
use crate::claims::figures::Qualifier;
use crate::claims::names::skeleton;
use crate::claims::{Claim, ClaimKind};
use crate::code::{Code, Level};
use crate::span::Span;

/// What a fact is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// A person's name, keyed by its skeleton (spellings that share letters).
    PersonName,
    /// Who leads an organization.
    Leader,
    /// A figure of a unit noun (`monthly users`).
    Figure,
    /// The date the event happened.
    EventDate,
}

/// One comparable fact of one article.
#[derive(Clone, Debug)]
pub struct Fact {
    pub topic: Topic,
    /// What the fact is about (a skeleton, an organization, a unit noun).
    pub key: String,
    /// What the article says (compared exactly).
    pub value: String,
    /// Shown to the reader.
    pub shown: String,
    pub span: Span,
    /// The sentence the fact is in.
    pub sentence: Span,
    /// The article's text under `span`: a finding's `found`.
    pub found: String,
    /// The line of `span.start`, 1-based.
    pub line: usize,
    /// Whether one of the article's directives suppresses a finding here.
    pub suppressed: bool,
    /// The rule file's exception (an index) that excuses a finding here.
    pub excused: Option<usize>,
}

/// The comparable facts of one checked article, none when the rule file
/// turns the check off. Declared names and figures are left to the
/// rule-file checks.
pub fn facts(cx: &Context) -> Vec<Fact> {
    let rules = cx.story.rules;
    let doc = cx.doc;
    let mut out = Vec::new();
    if rules.level(Code::ConsistencyCrossArticle) == Level::Off {
        return out;
    }
    let fact = |topic, key, value, shown, claim: &Claim, span: Span| Fact {
        topic,
        key,
        value,
        shown,
        span,
        sentence: cx
            .sentences
            .get(claim.sentence)
            .map(|s| s.span)
            .filter(|s| s.contains(span))
            .unwrap_or(span),
        found: doc.text_of(span).to_string(),
        line: 0,
        suppressed: false,
        excused: None,
    };
    // The first correctly spelled name of each sentence: what its figures
    // are about.
    let mut first_name: HashMap<usize, &str> = HashMap::new();
    for c in cx.claims {
        if let ClaimKind::Name(n) = &c.kind
            && n.is_correct()
        {
            first_name.entry(c.sentence).or_insert(&*n.canonical);
        }
    }
    // Whether a declared figure has the noun, per noun: an article states
    // few nouns, many times.
    let mut declared_nouns: HashMap<&str, bool> = HashMap::new();
    // A person's name as the article spells it: the prose under the span
    // (markup inside the name blanked) with its spaces collapsed, so a
    // name set in bold or in a link is spelled as it reads.
    let spelled = |span: Span| {
        doc.prose_of(span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for claim in cx.claims {
        match &claim.kind {
            // A figure of a unit noun, stated exactly, in a sentence about a
            // named organization: `Helix Bio employs 1,200 people`.
            ClaimKind::Figure(f) if f.qualifier == Qualifier::Exact => {
                let Some(noun) = &f.noun else { continue };
                let declared = *declared_nouns
                    .entry(noun.as_str())
                    .or_insert_with(|| cx.story.declares_noun(noun));
                if declared {
                    continue;
                }
                let Some(about) = first_name.get(&claim.sentence) else {
                    continue;
                };
                out.push(fact(
                    Topic::Figure,
                    format!("{noun} of {about}"),
                    format!("{:?}{}", f.unit, f.value),
                    doc.text_of(claim.span).to_string(),
                    claim,
                    claim.span,
                ));
            }
            // The event's date, when the rule file does not give it.
            ClaimKind::Date(d) if d.event && rules.date.is_none() => {
                if let Some(day) = d.day {
                    out.push(fact(
                        Topic::EventDate,
                        "event".into(),
                        day.to_string(),
                        doc.text_of(claim.span).to_string(),
                        claim,
                        claim.span,
                    ));
                }
            }
            ClaimKind::Leadership(l) if l.person.declared.is_none() => {
                if let (Some(org), Some(full)) = (&l.org, &l.person.full_name) {
                    out.push(fact(
                        Topic::Leader,
                        org.clone(),
                        full.clone(),
                        full.clone(),
                        claim,
                        l.person_span,
                    ));
                }
                if l.person.name.contains(' ') {
                    let span = l.person_span;
                    let spelling = spelled(span);
                    let key = skeleton(&l.person.name);
                    out.push(fact(
                        Topic::PersonName,
                        key,
                        spelling.clone(),
                        spelling,
                        claim,
                        span,
                    ));
                }
            }
            ClaimKind::Title(t) if t.person.declared.is_none() && t.person.name.contains(' ') => {
                let span = t.person_span;
                let spelling = spelled(span);
                let key = skeleton(&t.person.name);
                out.push(fact(
                    Topic::PersonName,
                    key,
                    spelling.clone(),
                    spelling,
                    claim,
                    span,
                ));
            }
            _ => {}
        }
    }
    out
}

/// A disagreement between two articles of one story: the finding, and the
/// fact it reports (an index into `articles`, then into its facts).
pub struct Disagreement {
    pub article: usize,
    pub fact: usize,
    pub finding: Finding,
}

/// Compares the facts of the articles of one story (in path order) and
/// returns one disagreement per fact that differs from the first statement
/// of its topic and key in another article, reported at the later one.
pub fn compare(articles: &[(&str, &[Fact])]) -> Vec<Disagreement> {
    let mut out = Vec::new();
    // The first statement of each (topic, key): who said what first.
    let mut first: HashMap<(&Topic, &str), (&str, &Fact)> = HashMap::new();
    for (a, &(path, facts)) in articles.iter().enumerate() {
        for (i, fact) in facts.iter().enumerate() {
            let Some(&(other_path, other)) = first.get(&(&fact.topic, fact.key.as_str())) else {
                first.insert((&fact.topic, &fact.key), (path, fact));
                continue;
            };
            // Two spellings of one leader are a name's disagreement,
            // reported once, by the name.
            let same_leader =
                fact.topic == Topic::Leader && skeleton(&other.value) == skeleton(&fact.value);
            if other_path != path && !same_leader && other.value != fact.value {
                out.push(Disagreement {
                    article: a,
                    fact: i,
                    finding: finding(path, fact, other_path, other),
                });
            }
        }
    }
    out
}

fn finding(path: &str, fact: &Fact, other_path: &str, other: &Fact) -> Finding {
    let what = match fact.topic {
        Topic::PersonName => "spells this name".to_string(),
        Topic::Leader => format!("says {} is led by someone else", fact.key),
        Topic::Figure => format!("gives another figure for {}", fact.key),
        Topic::EventDate => "gives the event another date".to_string(),
    };
    let code = Code::ConsistencyCrossArticle;
    Finding {
        path: path.to_string(),
        code,
        severity: code.default_severity(),
        message: format!(
            "`{}` here, but `{}` in {other_path}: another article of this story {what}",
            fact.shown, other.shown
        ),
        span: fact.span,
        label: format!("`{}` in {other_path}", other.shown),
        found: fact.found.clone(),
        expected: Some(other.shown.clone()),
        sentence: fact.sentence,
        fact: None,
        fix: None,
        help: vec![
            "settle which is right, then declare it in the rule file so every article is checked against it".into(),
        ],
        notes: Vec::new(),
        related: vec![Related {
            path: other_path.to_string(),
            span: other.span,
            message: format!("`{}` here", other.shown),
        }],
    }
}

/// The `explain` text of the code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::ConsistencyCrossArticle,
    "## What it does
Compares the articles of one story checked in the same run and reports where
they disagree with each other on facts the rule file does not declare: a
person's name spelled two ways, two people said to lead the same
organization, two figures for the same unit noun, two dates for the event.
The finding points at the later article (in path order) and names the
earlier one.

## Why is this bad?
Readers see a newsroom's articles side by side. Two versions of one fact mean
at least one article is wrong, even before anyone has written the fact down.

## Example
```text
a.md: The lab, led by Yann LeCun, …
b.md: The lab, led by Yann Lecun, …
```
```text
warning[consistency/cross-article]: `Yann Lecun` here, but `Yann LeCun` in a.md
  = help: settle which is right, then declare it in the rule file
```

## Fix safety
No automatic fix: which article is right is an editor's call.",
)];
