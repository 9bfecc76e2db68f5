//! `contradiction/claim`: a sentence that says the opposite of one of the
//! story's key statements.

use super::{Context, Finding};
use crate::claims::ClaimKind;
use crate::code::Code;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::ContradictionClaim,
    "## What it does
Matches every sentence against the `contradicts` patterns of the rule file's
`claims:` (case-insensitive regular expressions) and reports each match.

## Why is this bad?
The key statements of a story are what the desk has established; a sentence
that contradicts one is either wrong or news that needs a second look.

## Example
```yaml
claims:
  - id: partial-openness
    statement: Some of the largest models stay proprietary at first.
    contradicts: ['all (of )?(its|the) (new )?models will be (fully )?open']
```
```text
Meta says all of its new models will be fully open from day one.
```
```text
error[contradiction/claim]: this contradicts the key statement `partial-openness`
  = note: the story holds: Some of the largest models stay proprietary at first.
```

## Fix safety
No automatic fix: the sentence has to be rewritten by its author.",
)];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    for (claim, pattern) in cx.claims_of(|k| match k {
        ClaimKind::Pattern(p) => Some(p),
        _ => None,
    }) {
        if pattern.supports {
            continue;
        }
        let Some(rule) = cx.story.rules.claims.get(pattern.claim) else {
            continue;
        };
        let mut f = Finding::new(
            cx,
            Code::ContradictionClaim,
            claim.span,
            format!("this contradicts the key statement `{}`", pattern.id),
        )
        .with_fact(cx, pattern.pattern);
        f.label = "contradicts the story".into();
        f.expected = Some(rule.statement.clone());
        f.notes.push(format!("the story holds: {}", rule.statement));
        out.push(f);
    }
}
