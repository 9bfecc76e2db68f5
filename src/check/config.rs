//! Findings about claimlint's own inputs: an article no rule file applies
//! to, and suppressions that suppress nothing.

use crate::code::Code;

/// The `explain` text of each code of this family.
pub(super) const EXPLAIN: &[(Code, &str)] = &[
    (
        Code::ConfigNoRules,
        "## What it does
Reports, once per article, an article that no rule file applies to: no rule
file's `story` matches its front-matter `story:`, no `applies-to` glob matches
its path, and more than one rule file (or none) is loaded.

## Why is this bad?
An article that is not checked must not look like an article that passed.

## Example
```text
claimlint check articles/ --rules rules/a.yaml --rules rules/b.yaml
```
```text
note[config/no-rules]: no rule file applies to this article, so it is not checked
  = help: add `story: <id>` to the article's front matter, or an `applies-to` glob to a rule file
```

## Fix safety
Nothing to fix in the article: say which story it belongs to.",
    ),
    (
        Code::ConfigUnusedSuppression,
        "## What it does
Reports a suppression that suppresses nothing: a `claimlint-disable…`
directive in an article, or an `exceptions` entry of a rule file, that no
finding matched; and a directive naming an unknown code.

## Why is this bad?
Stale suppressions hide the next real finding at that place, and a misspelt
code silently suppresses nothing.

## Example
```markdown
<!-- claimlint-disable-next-line contradiction/nmae -->
```
```text
note[config/unused-suppression]: unknown finding code `contradiction/nmae` in a claimlint directive
```

## Fix safety
Remove the directive or correct its code.",
    ),
];
