//! `contradiction/leader`: someone else said to lead the story's subject or
//! the leader's organization.

use super::{Context, Finding, Fix, join_some};
use crate::claims::ClaimKind;
use crate::code::Code;
use crate::rules::Person;
use crate::span::Span;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::ContradictionLeader,
    "## What it does
Finds leadership statements about the story's subject, or about the
organization the rule file's `leader` leads, that name someone else. Every
common phrasing is read: `led by X`, `headed by X`, `run by X`, `under X`,
`under X's leadership`, `under the leadership of X`, `X-led`, `X leads / runs /
heads / oversees Y`, `X, who leads Y`, `X, head of Y`, `Y chief executive X`.

Each statement is first resolved to the organization it is about: a declared
name near the phrase, `the company` (the subject) or `the lab` (the leader's
organization). Statements about other organizations (`OpenAI, led by …`) are
left alone, and so is anyone the rule file gives a leading role of that
organization (Zuckerberg running Meta does not contradict Wang leading its
lab). Negated sentences are not claims.

## Why is this bad?
Who leads what is the fact readers quote; getting it wrong is a correction.

## Example
```text
Meta's superintelligence lab, run by Mark Zuckerberg, will open its models.
```
```text
error[contradiction/leader]: `Mark Zuckerberg` does not lead Meta Superintelligence Labs
  = help: the rule file says Meta Superintelligence Labs is led by Alexandr Wang
```

## Fix safety
A replacement with the leader's name is suggested, never applied: the
sentence may need rewriting.",
)];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    let leaders = &cx.story.leaders;
    for claim in cx.claims {
        let (person, person_span, org, what) = match &claim.kind {
            ClaimKind::Leadership(l) => {
                (&l.person, l.person_span, l.org.as_deref(), l.phrase.clone())
            }
            ClaimKind::Title(t) => match t.org.as_deref() {
                Some(org) if leaders.is_leading_title(&t.office, org) => {
                    (&t.person, t.person_span, Some(org), t.title.clone())
                }
                _ => continue,
            },
            _ => continue,
        };
        let Some(org) = org else { continue };
        // `None` when the rule file does not say who leads it: the
        // statement is then not judged.
        let Some(allowed) = leaders.of(org) else {
            continue;
        };
        if allowed.people.is_empty() {
            continue;
        }
        if person
            .declared
            .as_deref()
            .is_some_and(|d| allowed.includes(d))
        {
            continue;
        }
        let shown = person.full_name.as_deref().unwrap_or(&person.name);
        out.push(leader_finding(
            cx,
            person_span,
            shown,
            org,
            &what,
            &allowed.people,
        ));
    }
}

fn leader_finding(
    cx: &Context,
    span: Span,
    who: &str,
    org: &str,
    phrase: &str,
    allowed: &[&Person],
) -> Finding {
    let leaders = || allowed.iter().map(|p| &p.name.value);
    let first = allowed[0];
    let mut f = Finding::new(
        cx,
        Code::ContradictionLeader,
        span,
        format!("`{who}` does not lead {org}"),
    )
    .with_fact(cx, first.name.span);
    f.label = format!("`{phrase}` names someone other than the leader");
    f.expected = Some(join_some(leaders(), ", "));
    f.help.push(format!(
        "the rule file says {org} is led by {}",
        join_some(leaders(), " and ")
    ));
    f.fix = Some(Fix {
        replacement: first.name.value.clone(),
        safe: false,
    });
    f
}
