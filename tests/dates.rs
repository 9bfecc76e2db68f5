//! `contradiction/date` and `consistency/date`, and the date grammar: what
//! each must catch, and the look-alikes each must leave alone. The stories
//! are our own: a court ruling and a merger.

mod common;

use claimlint::grammar::date::{NewsDate, news_date};
use common::{assert_findings, assert_quiet, rules};
use proptest::prelude::*;

/// The appeals court ruled on Tuesday, March 3, 2026.
const RULING: &str = r#"
story: harbor-ruling
subject: Harbor Appeals Court
date: 2026-03-03
sources:
  - name: Harbor Appeals Court
    aliases: [the court]
names:
  - Dunmore Shipping
leader:
  name: Maria Okonkwo
  aliases: [Okonkwo]
  title: chief judge
"#;

#[test]
fn catches_event_dates_that_differ() {
    let r = rules(RULING);
    for (text, found) in [
        (
            "The Harbor Appeals Court announced the ruling on March 5, 2026.",
            "March 5, 2026",
        ),
        (
            "Harbor Appeals Court said on Mar. 4, 2026 that the contract was void.",
            "Mar. 4, 2026",
        ),
        (
            "The court unveiled its decision on 10 March 2026.",
            "10 March 2026",
        ),
        (
            "Okonkwo said on Thursday, March 5 that the appeal failed.",
            "Thursday, March 5",
        ),
        (
            "Maria Okonkwo released the opinion on 2026-03-06.",
            "2026-03-06",
        ),
        ("The court confirmed the ruling on March 2.", "March 2"),
    ] {
        assert_findings(
            &r,
            &format!("Date: March 3, 2026\n\n{text}\n"),
            &[("contradiction/date", found)],
        );
    }
}

#[test]
fn catches_article_dates_that_differ() {
    let r = rules(RULING);
    assert_findings(
        &r,
        "Date: March 9, 2026\n\nThe court ruled for Dunmore Shipping.\n",
        &[("contradiction/date", "March 9, 2026")],
    );
    assert_findings(
        &r,
        "Published April 1, 2026\n\nThe court ruled for Dunmore Shipping.\n",
        &[("contradiction/date", "April 1, 2026")],
    );
    let doc = "---\ndate: 2026-03-10\n---\n\nThe court ruled for Dunmore Shipping.\n";
    let story = claimlint::claims::Story::new(&r);
    let doc = claimlint::document::Document::parse("a.md", doc.as_bytes().to_vec()).unwrap();
    let found: Vec<_> = claimlint::check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.found))
        .collect();
    assert_eq!(
        found,
        [("contradiction/date".to_string(), "2026-03-10".to_string())]
    );
}

#[test]
fn catches_relative_dates_that_resolve_elsewhere() {
    let r = rules(RULING);
    // March 3, 2026 was a Tuesday; "on Monday" in an article of that day is March 2.
    assert_findings(
        &r,
        "Date: March 3, 2026\n\nThe court announced the ruling on Monday.\n",
        &[("contradiction/date", "Monday")],
    );
    assert_findings(
        &r,
        "Date: March 3, 2026\n\nThe court said yesterday that the appeal failed.\n",
        &[("contradiction/date", "yesterday")],
    );
}

#[test]
fn leaves_other_events_and_right_dates_alone() {
    let r = rules(RULING);
    for text in [
        "The court announced the ruling on March 3, 2026.",
        "The court announced the ruling on Tuesday.",
        "The court said today that the appeal failed.",
        "In 2023, Dunmore Shipping signed the contract.",
        "Dunmore Shipping was founded in 1998.",
        "Dunmore Shipping filed the appeal on March 1, 2025.",
        "The hearing is set for May 12.",
        "The court may rule again.",
        "Okonkwo joined the court in March 2019.",
        "A ruling on 5 March would have been too late, the court said.",
    ] {
        assert_quiet(
            &r,
            &format!("Date: March 3, 2026\n\n{text}\n"),
            "contradiction/date",
        );
    }
}

#[test]
fn catches_weekdays_that_do_not_match_and_impossible_days() {
    let r = rules(RULING);
    for (text, found) in [
        (
            "The merger closed on Monday, March 3, 2026.",
            "Monday, March 3, 2026",
        ),
        (
            "Shares fell on Friday, January 8, 2026.",
            "Friday, January 8, 2026",
        ),
        (
            "The vote is due on Saturday, 12 April 2026.",
            "Saturday, 12 April 2026",
        ),
        ("Talks resumed Thu., Feb. 4, 2026.", "Thu., Feb. 4, 2026"),
        (
            "The deal was signed on February 30, 2026.",
            "February 30, 2026",
        ),
        ("The filing is dated April 31, 2026.", "April 31, 2026"),
        ("The hearing is on 31 June 2026.", "31 June 2026"),
        (
            "Dunmore Shipping paid on February 29, 2025.",
            "February 29, 2025",
        ),
    ] {
        assert_findings(
            &r,
            &format!("Date: March 3, 2026\n\n{text}\n"),
            &[("consistency/date", found)],
        );
    }
}

#[test]
fn leaves_consistent_dates_alone() {
    let r = rules(RULING);
    for text in [
        "The merger closed on Tuesday, March 3, 2026.",
        "Shares fell on Friday, January 9, 2026.",
        "The vote was on Sunday, 12 April 2026? No: Sunday, 12 April 2026 is a Sunday.",
        "Dunmore Shipping paid on February 29, 2024.",
        "The filing is dated April 30, 2026.",
        "The case number is 31-06-2026.",
        "It rose 3.5 percent on Monday.",
        "Section 30 of the act, not section 31.",
    ] {
        assert_quiet(
            &r,
            &format!("Date: March 3, 2026\n\n{text}\n"),
            "consistency/date",
        );
    }
}

/// Year, month, day and length of a parsed date.
type Parsed = Option<(Option<i16>, i8, Option<i8>, usize)>;

fn parsed(text: &str) -> Parsed {
    news_date(text).map(
        |NewsDate {
             year,
             month,
             day,
             len,
             ..
         }| (year, month, day, len),
    )
}

#[test]
fn the_grammar_reads_news_dates() {
    let cases: &[(&str, Parsed)] = &[
        ("April 6, 2026", Some((Some(2026), 4, Some(6), 13))),
        ("April 6 2026", Some((Some(2026), 4, Some(6), 12))),
        ("Apr. 6, 2026", Some((Some(2026), 4, Some(6), 12))),
        ("Sept. 6", Some((None, 9, Some(6), 7))),
        ("Sep 6, 2025 was", Some((Some(2025), 9, Some(6), 11))),
        ("6 April 2026", Some((Some(2026), 4, Some(6), 12))),
        ("6 April", Some((None, 4, Some(6), 7))),
        ("2026-04-06", Some((Some(2026), 4, Some(6), 10))),
        ("Monday, April 6", Some((None, 4, Some(6), 15))),
        ("Mon., April 6, 2026", Some((Some(2026), 4, Some(6), 19))),
        ("April 2026", Some((Some(2026), 4, None, 10))),
        ("April 6th, 2026", Some((Some(2026), 4, Some(6), 15))),
        ("December 31, 1999,", Some((Some(1999), 12, Some(31), 17))),
        ("February 30, 2026", Some((Some(2026), 2, Some(30), 17))),
        ("june 1", Some((None, 6, Some(1), 6))),
        ("1 June, 2026", Some((Some(2026), 6, Some(1), 12))),
        ("April 6, 20260", Some((None, 4, Some(6), 7))),
        ("May", None),
        ("may release", None),
        ("April", None),
        ("Monday", None),
        ("04/06/2026", None),
        ("3.96 billion", None),
        ("2026", None),
        ("40,000 GPUs", None),
        ("April 600", None),
        ("Marchers 6", None),
        ("6 Aprils", None),
        ("12:30 April", None),
        ("2026-4-6", None),
    ];
    for (text, want) in cases {
        assert_eq!(parsed(text), *want, "{text}");
    }
}

proptest! {
    #[test]
    fn the_grammar_never_panics(text in "\\PC{0,40}") {
        if let Some(d) = news_date(&text) {
            prop_assert!(d.len <= text.len() && text.is_char_boundary(d.len));
        }
    }
}
