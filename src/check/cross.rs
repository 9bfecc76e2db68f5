//! `consistency/cross-article`: articles of one story, checked in one run,
//! that disagree with each other where the rule file is silent.
//!
//! Each article leaves a few comparable facts: the persons it names in full
//! (a name spelled two ways across articles), who it says leads an
//! organization, the figures it states with their unit noun, and the date it
//! gives the event. Facts with the same key and different values in two
//! articles are a disagreement; the finding points at the later article and
//! names the earlier one.

use super::{Finding, Related};
use crate::claims::figures::Qualifier;
use crate::claims::names::skeleton;
use crate::claims::{Claim, ClaimKind};
use crate::code::Code;
use crate::document::Document;
use crate::rules::RuleSet;
use crate::span::Span;

/// What a fact is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
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
}

/// The comparable facts of one checked article. Declared names and figures
/// are left to the rule-file checks.
pub fn facts(rules: &RuleSet, doc: &Document, claims: &[Claim]) -> Vec<Fact> {
    let mut out = Vec::new();
    // The first correctly spelled name of each sentence: what its figures
    // are about.
    let mut first_name: std::collections::HashMap<usize, &str> = std::collections::HashMap::new();
    for c in claims {
        if let ClaimKind::Name(n) = &c.kind
            && n.is_correct()
        {
            first_name.entry(c.sentence).or_insert(&*n.canonical);
        }
    }
    for claim in claims {
        match &claim.kind {
            // A figure of a unit noun, stated exactly, in a sentence about a
            // named organization: `Helix Bio employs 1,200 people`.
            ClaimKind::Figure(f) if f.qualifier == Qualifier::Exact => {
                let Some(noun) = &f.noun else { continue };
                if declared_noun(rules, noun) {
                    continue;
                }
                let Some(about) = first_name.get(&claim.sentence) else {
                    continue;
                };
                out.push(Fact {
                    topic: Topic::Figure,
                    key: format!("{noun} of {about}"),
                    value: format!("{:?}{}", f.unit, f.value),
                    shown: doc.text_of(claim.span).to_string(),
                    span: claim.span,
                });
            }
            // The event's date, when the rule file does not give it.
            ClaimKind::Date(d) if d.event && rules.date.is_none() => {
                if let Some(day) = d.day {
                    out.push(Fact {
                        topic: Topic::EventDate,
                        key: "event".into(),
                        value: day.to_string(),
                        shown: doc.text_of(claim.span).to_string(),
                        span: claim.span,
                    });
                }
            }
            ClaimKind::Leadership(l) if l.person.declared.is_none() => {
                if let (Some(org), Some(full)) = (&l.org, &l.person.full_name) {
                    out.push(Fact {
                        topic: Topic::Leader,
                        key: org.clone(),
                        value: full.clone(),
                        shown: full.clone(),
                        span: l.person_span,
                    });
                }
                if l.person.name.contains(' ') {
                    out.push(person_fact(doc, &l.person.name, l.person_span));
                }
            }
            ClaimKind::Title(t) if t.person.declared.is_none() && t.person.name.contains(' ') => {
                out.push(person_fact(doc, &t.person.name, t.person_span));
            }
            ClaimKind::Leadership(l)
                if l.person.declared.is_none() && l.person.name.contains(' ') =>
            {
                out.push(person_fact(doc, &l.person.name, l.person_span));
            }
            _ => {}
        }
    }
    out
}

/// Whether a declared figure is about this unit noun (its name or a
/// `match` phrase has it).
fn declared_noun(rules: &RuleSet, noun: &str) -> bool {
    let stem = noun.trim_end_matches('s');
    rules.numbers.iter().any(|f| {
        std::iter::once(&f.name.value)
            .chain(f.matches.iter().map(|m| &m.value))
            .any(|text| text.to_lowercase().contains(stem))
    })
}

fn person_fact(doc: &Document, name: &str, span: Span) -> Fact {
    Fact {
        topic: Topic::PersonName,
        key: skeleton(name),
        value: doc.text_of(span).to_string(),
        shown: name.to_string(),
        span,
    }
}

/// Compares the facts of the articles of one story (in path order) and
/// returns one finding per disagreement, at the later article.
pub fn compare(articles: &[(String, Vec<Fact>)]) -> Vec<Finding> {
    let mut out = Vec::new();
    // The first statement of each (topic, key): who said what first.
    let mut first: Vec<(&Topic, &str, &str, &Fact)> = Vec::new();
    for (path, facts) in articles {
        for fact in facts {
            let earlier = first
                .iter()
                .find(|(t, k, p, _)| **t == fact.topic && *k == fact.key && *p != path);
            match earlier {
                // Two spellings of one leader are a name's disagreement,
                // reported once, by the name.
                Some((_, _, _, other))
                    if fact.topic == Topic::Leader
                        && skeleton(&other.value) == skeleton(&fact.value) => {}
                Some((_, _, other_path, other)) if other.value != fact.value => {
                    out.push(finding(path, fact, other_path, other));
                }
                Some(_) => {}
                None => {
                    if !first
                        .iter()
                        .any(|(t, k, _, _)| **t == fact.topic && *k == fact.key)
                    {
                        first.push((&fact.topic, &fact.key, path, fact));
                    }
                }
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
        found: fact.value.clone(),
        expected: Some(other.value.clone()),
        sentence: fact.span,
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
