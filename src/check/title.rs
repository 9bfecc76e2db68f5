//! `contradiction/title`: a declared person given a title none of their
//! roles has, or a past role stated as current.

use super::{Context, Finding, Fix, join_some};
use crate::claims::ClaimKind;
use crate::claims::leadership::{LEADING_OFFICES, TitleClaim, office_of};
use crate::claims::words::{caseless, same_caseless};
use crate::code::Code;
use crate::rules::{Person, Role};

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[(
    Code::ContradictionTitle,
    "## What it does
Finds titles given to a person the rule file declares that none of their
roles has (`Meta CEO Alexandr Wang` when he is Meta's chief AI officer), and
past roles stated as current: a role with `until:` before the article's date,
written without `former` (`Scale AI CEO Alexandr Wang` in 2026), or a current
role written as `former`. Titles are compared by office (`CEO` = `chief
executive`), organizations by name; a unit of the subject counts as the
subject (`Meta Superintelligence Labs` is part of `Meta`). The article's date
(front matter or dateline; else the rule file's `date`) decides what is past.

## Why is this bad?
A wrong or stale title misinforms readers about who holds power.

## Example
```text
Scale AI CEO Alexandr Wang will lead the effort.
```
```text
error[contradiction/title]: `Alexandr Wang` is no longer CEO of Scale AI
  = help: write `former Scale AI CEO`
```

## Fix safety
Suggested, not applied: `--fix` only changes canonical names.",
)];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    let rules = cx.story.rules;
    let today = cx
        .article_date
        .map(|d| d.date)
        .or_else(|| rules.date.as_ref().map(|d| d.value.first_day()));
    for claim in cx.claims {
        let ClaimKind::Title(t) = &claim.kind else {
            continue;
        };
        let Some(name) = t.person.declared.as_deref() else {
            continue;
        };
        // A person declared without roles: the rule file says nothing to
        // judge a title by.
        let Some(person) = cx.story.leaders.with_roles(name) else {
            continue;
        };
        if reported_as_leader(cx, t) {
            continue;
        }
        let subject = rules.subject.as_ref().map(|s| s.value.as_str());
        let matching: Vec<&Role> = person
            .roles
            .iter()
            .filter(|r| {
                office_matches(&t.office, r)
                    && org_matches(cx, r.of.as_deref(), t.org.as_deref(), subject)
            })
            .collect();
        let held = |r: &&Role| {
            today.is_none_or(|d| {
                r.until.is_none_or(|u| u.last_day() >= d)
                    && r.since.is_none_or(|s| s.first_day() <= d)
            })
        };
        let of = t
            .org
            .as_deref()
            .map(|o| format!(" of {o}"))
            .unwrap_or_default();
        let written = cx.doc.text_of(t.title_span);
        if matching.is_empty() {
            let mut f = Finding::new(
                cx,
                Code::ContradictionTitle,
                t.title_span,
                format!("`{name}` is not {}{of}", t.title),
            )
            .with_fact(cx, person.name.span);
            f.label = "no declared role of this person has this title".into();
            let roles = roles_text(person);
            f.help.push(format!("the rule file gives {name}: {roles}"));
            f.expected = Some(roles);
            out.push(f);
        } else if !t.former && !matching.iter().any(held) {
            let mut f = Finding::new(
                cx,
                Code::ContradictionTitle,
                t.title_span,
                format!("`{name}` is no longer {}{of}", t.title),
            )
            .with_fact(cx, matching[0].span);
            f.label = "a past role, stated as current".into();
            f.expected = Some(format!("former {written}"));
            f.help.push(format!("write `former {written}`"));
            f.fix = Some(Fix {
                replacement: format!("former {written}"),
                safe: false,
            });
            out.push(f);
        } else if t.former
            && matching.iter().all(|r| r.until.is_none())
            && matching.iter().any(held)
        {
            let mut f = Finding::new(
                cx,
                Code::ContradictionTitle,
                t.title_span,
                format!("`{name}` still is {}{of}", t.title),
            )
            .with_fact(cx, matching[0].span);
            f.label = "a current role, stated as past".into();
            f.help.push("drop `former`".into());
            out.push(f);
        }
    }
}

/// Whether the leader check already reports this title (someone else
/// named as the organization's leader): one finding per mistake.
fn reported_as_leader(cx: &Context, t: &TitleClaim) -> bool {
    let Some(org) = t.org.as_deref() else {
        return false;
    };
    let leaders = &cx.story.leaders;
    if !leaders.is_leading_title(&t.office, org) {
        return false;
    }
    leaders.of(org).is_some_and(|allowed| {
        !allowed.people.is_empty()
            && !t
                .person
                .declared
                .as_deref()
                .is_some_and(|d| allowed.includes(d))
    })
}

/// `head` is whoever leads: it matches any leading office.
fn office_matches(office: &str, role: &Role) -> bool {
    let declared = office_of(&role.title);
    declared == office
        || (office == "head"
            && (LEADING_OFFICES.contains(&declared.as_str()) || declared == "chief ai officer"))
}

/// Organizations match when equal, when the title names none, or when the
/// declared one is a unit of the stated one: its name starts with it
/// (`Meta Superintelligence Labs` is part of `Meta`), or it is a leader's
/// organization and the stated one is the subject.
fn org_matches(
    cx: &Context,
    declared: Option<&str>,
    stated: Option<&str>,
    subject: Option<&str>,
) -> bool {
    let is_subject = |o: &str| subject.is_some_and(|s| same_caseless(s, o));
    match (declared, stated) {
        (_, None) => true,
        (None, Some(stated)) => is_subject(stated),
        (Some(d), Some(s)) => {
            same_caseless(d, s)
                || caseless(d).starts_with(&format!("{} ", caseless(s)))
                || (is_subject(s) && cx.story.leaders.declared_for(d))
        }
    }
}

fn roles_text(person: &Person) -> String {
    let roles = person.roles.iter().map(|r| {
        let mut s = r.title.clone();
        if let Some(of) = &r.of {
            s.push_str(&format!(" of {of}"));
        }
        if let Some(until) = r.until {
            s.push_str(&format!(" (until {until})"));
        }
        s
    });
    join_some(roles, ", ")
}
