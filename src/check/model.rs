//! `unsupported/model`: a model of a declared family that the rule file
//! does not declare.

use super::{Context, Finding, join_some};
use crate::claims::ClaimKind;
use crate::code::Code;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::UnsupportedModel,
    "## What it does
Finds versioned names of a model family the rule file declares (`family:`)
that are not themselves declared: `Llama 5` or `Llama 3.1` when the rule file
lists only `Llama 4`. The family name alone (`Llama models`) is not a claim.

## Why is this bad?
A version number is a factual claim. A model the desk has not confirmed is
either a typo of the version or a claim nobody has checked.

## Example
```text
Meta will release Llama 5 this summer.
```
```text
warning[unsupported/model]: `Llama 5` is not a declared model of the `Llama` family
  = help: the rule file declares: Llama 4
```

## Fix safety
No automatic fix: add the model under `models:` if it is right.",
)];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    for (claim, model) in cx.claims_of(|k| match k {
        ClaimKind::Model(m) => Some(m),
        _ => None,
    }) {
        if model.declared {
            continue;
        }
        // Gathered once per rule set: an example of `claimlint test` is an
        // article of its own, and a rule file may hold thousands of both.
        let declared = cx.story.models.members(&model.family);
        let mut f = Finding::new(
            cx,
            Code::UnsupportedModel,
            claim.span,
            format!(
                "`{}` is not a declared model of the `{}` family",
                model.name, model.family
            ),
        )
        .with_fact(cx, model.fact);
        f.label = "not in the rule file".into();
        f.help.push(format!(
            "the rule file declares: {}; add `{}` under `models:` if it is right",
            join_some(declared.iter(), ", "),
            model.name
        ));
        out.push(f);
    }
}
