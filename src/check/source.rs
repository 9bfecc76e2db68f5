//! `unsupported/source` and `unsupported/anonymous`: attributions to sources
//! the story does not list, and to nobody in particular.

use super::{Context, Finding};
use crate::claims::ClaimKind;
use crate::code::Code;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[
    (
        Code::UnsupportedSource,
        "## What it does
Finds attributions to a named source that the story's rule file does not list:
\"according to X\", \"X said\", \"X reported that\", \"told X\", \"Source: X\".
A source is supported when it is one of `sources` (or an alias), the `leader`,
or one of `people`; \"a Meta spokesperson\" is supported when Meta is a source.

## Why is this bad?
Every claim an article attributes must be traceable to a source the desk has
vetted for this story. A new name in an attribution is either a source that was
never checked or a misremembered one.

## Example
```text
The deal closed on Friday, Harbor Street Journal reported.
```
```text
warning[unsupported/source]: `Harbor Street Journal` is not a source of this story
  = help: cite a listed source, or add `Harbor Street Journal` under `sources:`
```

## Fix safety
No automatic fix: whether the source is acceptable is an editor's decision.",
    ),
    (
        Code::UnsupportedAnonymous,
        "## What it does
Finds anonymous attributions: \"reportedly\", \"is said to\", \"sources say\",
\"people familiar with the matter\", \"analysts suggest\", \"experts note\",
\"observers highlight\", \"it is believed\". The phrases live in a table that
can be extended.

## Why is this bad?
An unnamed source cannot be checked by the reader. House style usually wants
each one justified; a gate that lists them lets an editor decide.

## Example
```text
Analysts suggest the merger could close early.
```
```text
warning[unsupported/anonymous]: anonymous attribution `Analysts suggest`
  = help: name the source, or attribute the claim to a listed one
```

## Fix safety
No automatic fix. Set `severity: {unsupported/anonymous: info}` in a rule file
where anonymous sourcing is accepted.",
    ),
];

/// Whether a declared source or person is named inside `span`, however
/// misspelled: a misspelling is `contradiction/name`'s to report, once.
fn names_someone_declared(cx: &Context, span: crate::span::Span) -> bool {
    use crate::claims::names::EntityKind;
    // Claims are in file order: only those starting inside `span` count.
    let from = cx.claims.partition_point(|c| c.span.start < span.start);
    cx.claims[from..]
        .iter()
        .take_while(|c| c.span.start < span.end)
        .any(|c| {
            matches!(&c.kind, ClaimKind::Name(n)
                if matches!(n.entity, EntityKind::Source | EntityKind::Leader | EntityKind::Person)
                    && !n.is_correct())
                && span.contains(c.span)
        })
}

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    for (claim, attribution) in cx.claims_of(|k| match k {
        ClaimKind::Attribution(a) => Some(a),
        _ => None,
    }) {
        if attribution.anonymous {
            let mut f = Finding::new(
                cx,
                Code::UnsupportedAnonymous,
                claim.span,
                format!("anonymous attribution `{}`", cx.doc.text_of(claim.span)),
            );
            f.label = "who says so?".into();
            f.help
                .push("name the source, or attribute the claim to a listed one".into());
            out.push(f);
        } else if attribution.resolved.is_none() && !names_someone_declared(cx, claim.span) {
            let mut f = Finding::new(
                cx,
                Code::UnsupportedSource,
                claim.span,
                format!("`{}` is not a source of this story", attribution.source),
            );
            f.label = "not a listed source".into();
            f.help.push(format!(
                "cite a listed source, or add `{}` under `sources:` in {}",
                attribution.source, cx.story.rules.path
            ));
            out.push(f);
        }
    }
}
