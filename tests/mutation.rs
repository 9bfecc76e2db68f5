//! Mutation test: one error of each kind injected at a time into the seeds
//! and into articles of our own; exactly that finding must appear, at that
//! span, and nothing else may change.

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::code::Code;
use claimlint::document::Document;
use claimlint::rules::{RuleSet, load};
use claimlint::span::Span;

fn rules(path: &str) -> RuleSet {
    let source = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    load(path, &source).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn article(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn findings(rules: &RuleSet, path: &str, text: &str) -> Vec<(Code, Span)> {
    let story = Story::new(rules);
    let doc = Document::parse(path, text.as_bytes().to_vec()).unwrap();
    check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code, f.span))
        .collect()
}

/// One injected error: replace `from` (its first occurrence) with `to`;
/// the finding `code` must appear on `expect` (a substring of `to`).
struct Mutation {
    rules: &'static str,
    article: &'static str,
    from: &'static str,
    to: &'static str,
    code: Code,
    expect: &'static str,
}

const SEED_RULES: &str = "rules/meta-open-source.yaml";
const MERGER_RULES: &str = "tests/fixtures/mutation/merger.yaml";

fn mutations() -> Vec<Mutation> {
    use Code::*;
    let m = |rules, article, from, to, code, expect| Mutation {
        rules,
        article,
        from,
        to,
        code,
        expect,
    };
    let s001 = "seeds/001_d76ada1ce304338e.txt";
    let s003 = "seeds/003_c9fdb59b06ae3489.txt";
    let s004 = "seeds/004_00c9fd485b036d3e.txt";
    let brief = "tests/fixtures/mutation/meta-brief.md";
    let merger = "tests/fixtures/mutation/merger.txt";
    vec![
        // Misspelled names.
        m(
            SEED_RULES,
            s001,
            "Alexandr Wang",
            "Alexander Wang",
            ContradictionName,
            "Alexander Wang",
        ),
        m(
            SEED_RULES,
            s003,
            "Scale AI",
            "ScaleAI",
            ContradictionName,
            "ScaleAI",
        ),
        m(
            SEED_RULES,
            s004,
            "Anthropic has Amazon",
            "Antrhopic has Amazon",
            ContradictionName,
            "Antrhopic",
        ),
        m(
            SEED_RULES,
            brief,
            "Meta Superintelligence Labs",
            "Meta Superintelligance Labs",
            ContradictionName,
            "Meta Superintelligance Labs",
        ),
        m(
            MERGER_RULES,
            merger,
            "Ingrid Solberg",
            "Ingrid Solbreg",
            ContradictionName,
            "Ingrid Solbreg",
        ),
        // Swapped leaders.
        m(
            SEED_RULES,
            s001,
            "under the leadership of Alexandr Wang",
            "under the leadership of Chris Cox",
            ContradictionLeader,
            "Chris Cox",
        ),
        m(
            SEED_RULES,
            brief,
            "The work is led by Alexandr Wang, who runs",
            "The work is led by Alexandr Wang. Nat Friedman runs",
            ContradictionLeader,
            "Nat Friedman",
        ),
        m(
            MERGER_RULES,
            merger,
            "Ingrid Solberg, the company's CEO",
            "Peter Novak, the company's CEO",
            ContradictionLeader,
            "Peter Novak",
        ),
        // Undeclared sources.
        m(
            SEED_RULES,
            s003,
            "Industry analysts suggest that",
            "The Harbor Ledger reported that",
            UnsupportedSource,
            "The Harbor Ledger",
        ),
        m(
            SEED_RULES,
            brief,
            "the company said on Monday",
            "The Information said on Monday",
            UnsupportedSource,
            "The Information",
        ),
        m(
            MERGER_RULES,
            merger,
            "Reuters reported",
            "Bloomberg reported",
            UnsupportedSource,
            "Bloomberg",
        ),
        // Changed figures.
        m(
            SEED_RULES,
            s004,
            "3.96 billion monthly users",
            "3.6 billion monthly users",
            ContradictionNumber,
            "3.6 billion",
        ),
        m(
            SEED_RULES,
            brief,
            "3.96 billion monthly users",
            "4.5 billion monthly users",
            ContradictionNumber,
            "4.5 billion",
        ),
        m(
            MERGER_RULES,
            merger,
            "$4.1 billion",
            "$4.6 billion",
            ContradictionNumber,
            "$4.6 billion",
        ),
        m(
            MERGER_RULES,
            merger,
            "employs 1,200 people",
            "employs 1,500 people",
            ContradictionNumber,
            "1,500",
        ),
        // Changed dates.
        m(
            SEED_RULES,
            "seeds/000_14149c73c92afe75.txt",
            "Date: April 6, 2026",
            "Date: April 8, 2026",
            ContradictionDate,
            "April 8, 2026",
        ),
        m(
            SEED_RULES,
            brief,
            "on Monday, April 6, 2026",
            "on Thursday, April 9, 2026",
            ContradictionDate,
            "Thursday, April 9, 2026",
        ),
        m(
            MERGER_RULES,
            merger,
            "Date: March 2, 2026",
            "Date: March 4, 2026",
            ContradictionDate,
            "March 4, 2026",
        ),
        m(
            MERGER_RULES,
            merger,
            "agreed on Monday to buy",
            "agreed on Friday to buy",
            ContradictionDate,
            "Friday",
        ),
        // Undeclared models.
        m(
            SEED_RULES,
            s001,
            "Llama 4 models",
            "Llama 5 models",
            UnsupportedModel,
            "Llama 5",
        ),
        m(
            SEED_RULES,
            brief,
            "Meta's Llama 4 models",
            "Meta's Llama 3.1 models",
            UnsupportedModel,
            "Llama 3.1",
        ),
    ]
}

#[test]
fn every_injected_error_is_found_alone() {
    let mut detected = 0;
    let mut spurious = Vec::new();
    let mut missed = Vec::new();
    let all = mutations();
    for m in &all {
        let rules = rules(m.rules);
        let text = article(m.article);
        let at = text
            .find(m.from)
            .unwrap_or_else(|| panic!("`{}` is not in {}", m.from, m.article));
        let mutated = format!("{}{}{}", &text[..at], m.to, &text[at + m.from.len()..]);
        let delta = m.to.len() as isize - m.from.len() as isize;
        let changed = Span::new(at, at + m.to.len());
        // The baseline's findings, moved to where they stand after the edit;
        // those inside the edited text are not compared.
        let before: Vec<(Code, Span)> = findings(&rules, m.article, &text)
            .into_iter()
            .filter(|(_, s)| !s.overlaps(Span::new(at, at + m.from.len())))
            .map(|(c, s)| {
                if s.start >= at + m.from.len() {
                    let shift = |x: usize| (x as isize + delta) as usize;
                    (c, Span::new(shift(s.start), shift(s.end)))
                } else {
                    (c, s)
                }
            })
            .collect();
        let after = findings(&rules, m.article, &mutated);
        let expect_at = at + m.to.find(m.expect).expect("expect is part of `to`");
        let expected = (m.code, Span::new(expect_at, expect_at + m.expect.len()));
        let new: Vec<&(Code, Span)> = after
            .iter()
            .filter(|f| {
                !before.contains(f) && changed.overlaps(f.1)
                    || !before.contains(f) && !changed.overlaps(f.1)
            })
            .collect();
        if new.contains(&&expected) {
            detected += 1;
        } else {
            missed.push(format!("{} in {}: {:?}", m.to, m.article, new));
        }
        for f in new.iter().filter(|f| ***f != expected) {
            spurious.push(format!(
                "{:?} at {:?} ({}) after `{}`",
                f.0,
                f.1,
                &mutated[f.1.range()],
                m.to
            ));
        }
        for f in before.iter().filter(|f| !after.contains(f)) {
            spurious.push(format!("lost {:?} at {:?} after `{}`", f.0, f.1, m.to));
        }
    }
    eprintln!(
        "mutation test: {detected} of {} injected errors found, {} spurious changes",
        all.len(),
        spurious.len()
    );
    assert!(missed.is_empty(), "missed: {missed:#?}");
    assert!(spurious.is_empty(), "spurious: {spurious:#?}");
}
