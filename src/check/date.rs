//! `contradiction/date` and `consistency/date`.

use super::{Context, Finding};
use crate::claims::ClaimKind;
use crate::code::Code;
use crate::grammar::date::{written, written_fact};

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[
    (
        Code::ContradictionDate,
        "## What it does
Compares with the rule file's `date` the article's own date (front matter
`date:`, or a dateline: `Date: April 6, 2026`, `Published April 6, 2026`, a
leading `April 6, 2026 —`) and every date a sentence ties to the story's
event: a sentence naming the subject, the leader or the leader's
organization, with an event verb (announced, unveiled, said, plans,
released …) before `on DATE`. Relative dates (`on Monday`, `yesterday`) are
resolved against the article's date. A month or a year in the rule file
stands for its whole span.

Years alone and the dates of other events (`In 2023, Meta released …`,
`founded in 2016`) are not the event's date and are left alone.

## Why is this bad?
A wrong date is the easiest error for a reader to check and the most
embarrassing to correct.

## Example
```text
Meta announced the plan on April 9, 2026.
```
```text
error[contradiction/date]: `April 9, 2026` is not the date of the event
  = help: the rule file dates it April 6, 2026
```

## Fix safety
Suggested only: the sentence may mean another event.",
    ),
    (
        Code::ConsistencyDate,
        "## What it does
Finds dates that cannot be right whatever the facts: a weekday that does not
match its date (`Monday, April 7, 2026` was a Tuesday) and a day that does
not exist (`February 30`, `April 31`).

## Why is this bad?
One of the two parts is wrong, and the reader cannot tell which.

## Example
```text
The court ruled on Monday, April 7, 2026.
```
```text
warning[consistency/date]: April 7, 2026 was a Tuesday, not a Monday
```

## Fix safety
No automatic fix: either the weekday or the date is wrong.",
    ),
];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    let rules = cx.story.rules;
    for (claim, date) in cx.claims_of(|k| match k {
        ClaimKind::Date(d) => Some(d),
        _ => None,
    }) {
        if date.impossible {
            let mut f = Finding::new(
                cx,
                Code::ConsistencyDate,
                claim.span,
                format!("`{}` does not exist", cx.doc.text_of(claim.span)),
            );
            f.label = "no such day".into();
            f.help.push("check the day and the month".into());
            out.push(f);
            continue;
        }
        if let (Some(day), Some(stated)) = (date.day, date.stated_weekday)
            && day.weekday() != stated
        {
            let mut f = Finding::new(
                cx,
                Code::ConsistencyDate,
                claim.span,
                format!(
                    "{} was a {:?}, not a {stated:?}",
                    written(day),
                    day.weekday()
                ),
            );
            f.label = "the weekday and the date disagree".into();
            f.help
                .push("correct the weekday or the date; one of them is wrong".into());
            out.push(f);
        }
        let Some(fact) = &rules.date else { continue };
        let Some(day) = date.day else { continue };
        if !(date.dateline || date.event) || fact.value.contains(day) {
            continue;
        }
        let expected = written_fact(fact.value);
        let what = if date.dateline {
            "the article is dated"
        } else {
            "the event is dated"
        };
        let mut f = Finding::new(
            cx,
            Code::ContradictionDate,
            claim.span,
            format!(
                "{what} {}, but the story's date is {expected}",
                written(day)
            ),
        )
        .with_fact(cx, fact.span);
        f.label = if date.relative {
            format!("this means {}", written(day))
        } else {
            "not the story's date".into()
        };
        f.expected = Some(expected.clone());
        f.help
            .push(format!("the rule file dates the event {expected}"));
        out.push(f);
    }
}
