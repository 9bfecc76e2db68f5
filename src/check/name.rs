//! `contradiction/name`: canonical names spelled otherwise.

use super::{Context, Finding, Fix};
use crate::claims::ClaimKind;
use crate::claims::names::Spelling;
use crate::code::Code;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::ContradictionName,
    "## What it does
Finds names that are near misses of a canonical name of the story's rule file:
another case (`LLaMA 4`), other spacing, hyphenation or punctuation (`Llama-4`,
`ScaleAI`, `Scale.AI`), diacritics, one letter dropped, added, changed or
swapped (`Alexander Wang`, `Lama 4`, `Superintelligance Labs`), or a
misspelling the rule file lists under `misspellings:`.

A correct name, a declared alias, a possessive (`Wang's`) and an ordinary
word are never reported; neither is a name listed under `distinct:` (a real,
different person or product whose name looks like a near miss). A difference
of a digit is a different version (`Llama 5`), left to `unsupported/model`.

## Why is this bad?
A misspelled name is the error readers notice first and trust least.

## Example
```text
Meta's lab, led by Alexander Wang, will ship Llama 4.
```
```text
error[contradiction/name]: `Alexander Wang` is a misspelling of `Alexandr Wang`
  = help: write `Alexandr Wang`
```

## Fix safety
`--fix` replaces listed misspellings and unambiguous variants (case, spacing,
one edit that only one canonical name is near) with the canonical form.",
)];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    for (claim, name) in cx.claims_of(|k| match k {
        ClaimKind::Name(n) => Some(n),
        _ => None,
    }) {
        if name.is_correct() {
            continue;
        }
        let written = cx.doc.text_of(claim.span);
        let how = match name.spelling {
            Spelling::Case => "is written in another case than",
            Spelling::Spacing => "differs in spacing, punctuation or accents from",
            Spelling::Listed | Spelling::NearMiss | Spelling::Exact | Spelling::Distinct => {
                "is a misspelling of"
            }
        };
        let mut f = Finding::new(
            cx,
            Code::ContradictionName,
            claim.span,
            format!("`{written}` {how} `{}`", name.form),
        )
        .with_fact(cx, name.fact);
        f.label = format!("did you mean `{}`?", name.form);
        f.expected = Some(name.form.to_string());
        f.help.push(format!("write `{}`", name.form));
        if name.spelling == Spelling::NearMiss {
            f.notes.push(format!(
                "if `{written}` is a different name, add it under `distinct:` in the rule file"
            ));
        }
        f.fix = Some(Fix {
            replacement: name.form.to_string(),
            safe: true,
        });
        out.push(f);
    }
}
