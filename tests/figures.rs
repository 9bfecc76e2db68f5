//! `contradiction/number` and `unsupported/number`: what each must catch, and
//! the look-alikes each must leave alone; which numbers are figures at all.

use claimlint::check_document;
use claimlint::claims::{ClaimKind, Story};
use claimlint::code::Code;
use claimlint::document::Document;
use claimlint::grammar::number::{Quantity, Tolerance, Unit, parse_quantity, stated};
use claimlint::rules::{Figure, Located, RuleSet};
use claimlint::span::Span;
use proptest::prelude::*;

fn at<T>(value: T) -> Located<T> {
    Located::new(value, Span::default())
}

fn figure(name: &str, value: &str, matches: &[&str], tolerance: Tolerance) -> Figure {
    Figure {
        name: at(name.to_string()),
        value: at(parse_quantity(value).expect("a valid figure")),
        matches: matches.iter().map(|m| at(m.to_string())).collect(),
        tolerance,
    }
}

/// One desk's figures: a pharma merger, its drug trial, a football transfer
/// and a court fine.
fn desk() -> RuleSet {
    let mut rules = RuleSet::empty("figures");
    rules.numbers = vec![
        figure(
            "takeover price",
            "$4.7 billion",
            &["takeover", "acquisition"],
            Tolerance::Exact,
        ),
        figure("share premium", "38.2%", &["premium"], Tolerance::Exact),
        figure(
            "Helix employees",
            "1,200",
            &["helix has", "helix employs"],
            Tolerance::Exact,
        ),
        figure(
            "patients in the trial",
            "2,400",
            &["trial enrolled", "enrolled"],
            Tolerance::Exact,
        ),
        figure(
            "stroke risk reduction",
            "27%",
            &["risk of stroke"],
            Tolerance::Absolute(0.5),
        ),
        figure(
            "transfer fee",
            "£85 million",
            &["transfer fee"],
            Tolerance::Exact,
        ),
        figure(
            "antitrust fine",
            "€2.4 billion",
            &["fined", "the fine"],
            Tolerance::Relative(0.01),
        ),
    ];
    rules
}

/// The codes `text` raises against the desk's figures, with each span's text.
fn findings(text: &str) -> Vec<(Code, String)> {
    let rules = desk();
    let story = Story::new(&rules);
    let doc = Document::parse("t.txt", text.as_bytes().to_vec()).expect("plain text");
    check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code, f.found))
        .collect()
}

fn assert_finds(text: &str, code: Code, found: &str) {
    assert_eq!(
        findings(text),
        vec![(code, found.to_string())],
        "in: {text}"
    );
}

fn assert_clean(text: &str) {
    assert_eq!(findings(text), vec![], "in: {text}");
}

fn assert_not(text: &str, code: Code) {
    let got = findings(text);
    assert!(got.iter().all(|(c, _)| *c != code), "in: {text}: {got:?}");
}

// --- contradiction/number: must catch ---

#[test]
fn a_different_takeover_price() {
    assert_finds(
        "The takeover values Helix Bio at $4.1 billion.",
        Code::ContradictionNumber,
        "$4.1 billion",
    );
}

#[test]
fn a_different_price_in_millions() {
    assert_finds(
        "The acquisition, worth $4,100 million, closes in June.",
        Code::ContradictionNumber,
        "$4,100 million",
    );
}

#[test]
fn a_different_premium() {
    assert_finds(
        "Northwind will pay a 45% premium to Helix shareholders.",
        Code::ContradictionNumber,
        "45%",
    );
}

#[test]
fn a_different_head_count() {
    assert_finds(
        "Helix has 900 employees in Basel.",
        Code::ContradictionNumber,
        "900",
    );
}

#[test]
fn a_different_trial_size() {
    assert_finds(
        "The trial enrolled 2,100 patients across 14 countries.",
        Code::ContradictionNumber,
        "2,100",
    );
}

#[test]
fn a_risk_reduction_beyond_tolerance() {
    assert_finds(
        "The drug cut the risk of stroke by 31 per cent.",
        Code::ContradictionNumber,
        "31 per cent",
    );
}

#[test]
fn a_different_transfer_fee() {
    assert_finds(
        "City paid a transfer fee of £58m for the striker.",
        Code::ContradictionNumber,
        "£58m",
    );
}

#[test]
fn a_fine_rounded_too_far() {
    assert_finds(
        "The court fined the search giant €2 bn on Tuesday.",
        Code::ContradictionNumber,
        "€2 bn",
    );
}

#[test]
fn a_lower_bound_the_price_does_not_reach() {
    assert_finds(
        "The takeover is worth more than $5 billion.",
        Code::ContradictionNumber,
        "$5 billion",
    );
}

#[test]
fn an_approximation_too_far_off() {
    assert_finds(
        "The takeover is worth about $4 billion.",
        Code::ContradictionNumber,
        "$4 billion",
    );
}

#[test]
fn a_vague_amount_of_the_wrong_order() {
    assert_finds(
        "The fine runs to tens of millions of euros.",
        Code::ContradictionNumber,
        "tens of millions of euros",
    );
}

#[test]
fn a_contradiction_points_at_the_declared_value() {
    let rules = desk();
    let story = Story::new(&rules);
    let text = "Helix Bio agreed.\n\nThe takeover values it at $4.1 billion.";
    let doc = Document::parse("t.txt", text.as_bytes().to_vec()).unwrap();
    let findings = check_document(&story, &doc).findings;
    let [f] = findings.as_slice() else {
        panic!("{findings:?}")
    };
    let start = text.find("$4.1").unwrap();
    assert_eq!(f.span, Span::new(start, start + "$4.1 billion".len()));
    assert_eq!(f.expected.as_deref(), Some("$4.7 billion"));
    assert_eq!(f.help, ["the takeover price is $4.7 billion"]);
    assert!(f.fact.is_some());
}

// --- contradiction/number: must leave alone ---

#[test]
fn the_declared_price() {
    assert_clean("The takeover values Helix Bio at $4.7 billion.");
}

#[test]
fn the_declared_price_in_millions() {
    assert_clean("The acquisition, worth $4,700 million, closes in June.");
}

#[test]
fn an_approximation_within_ten_percent() {
    assert_clean("The takeover is worth about $5 billion.");
}

#[test]
fn a_lower_bound_the_price_meets() {
    assert_clean("The takeover is worth more than $4 billion.");
}

#[test]
fn nearly_the_price() {
    assert_clean("The acquisition is worth nearly $5 billion.");
}

#[test]
fn a_vague_amount_of_the_right_order() {
    assert_clean("The takeover is worth billions of dollars.");
}

#[test]
fn the_fine_within_tolerance() {
    assert_clean("The court fined the search giant €2.42bn on Tuesday.");
}

#[test]
fn the_fee_in_words() {
    assert_clean("City agreed a transfer fee of 85 million pounds.");
}

#[test]
fn the_premium_rounded_to_what_is_written() {
    assert_clean("Northwind will pay a premium of 38% to shareholders.");
}

#[test]
fn an_earlier_figure_beside_the_declared_one() {
    assert_finds(
        "The trial enrolled 2,400 patients, up from 1,900 patients in the pilot.",
        Code::UnsupportedNumber,
        "1,900",
    );
}

#[test]
fn another_unit_in_a_sentence_naming_a_figure() {
    assert_finds(
        "Northwind shares rose 4% after the takeover.",
        Code::UnsupportedNumber,
        "4%",
    );
}

#[test]
fn another_currency_in_a_sentence_naming_a_figure() {
    assert_not(
        "The fine, about $2.6 billion at today's rates, was upheld.",
        Code::ContradictionNumber,
    );
}

#[test]
fn another_unit_noun_in_a_sentence_naming_a_figure() {
    assert_finds(
        "Helix has 40 laboratories and 300 researchers.",
        Code::UnsupportedNumber,
        "300",
    );
}

#[test]
fn a_price_per_share_in_a_sentence_naming_the_deal_price() {
    assert_finds(
        "The takeover gives Helix holders $52 a share.",
        Code::UnsupportedNumber,
        "$52",
    );
}

// --- unsupported/number: must catch ---

#[test]
fn an_undeclared_purchase_price() {
    assert_finds(
        "Northwind also bought a lab in Basel for $300 million.",
        Code::UnsupportedNumber,
        "$300 million",
    );
}

#[test]
fn an_undeclared_percentage() {
    assert_finds(
        "Revenue rose 12 percent last year.",
        Code::UnsupportedNumber,
        "12 percent",
    );
}

#[test]
fn an_undeclared_weekly_wage() {
    assert_finds(
        "The striker's wage is £300,000 a week.",
        Code::UnsupportedNumber,
        "£300,000",
    );
}

#[test]
fn an_undeclared_settlement() {
    assert_finds(
        "A rival bank paid €900 million to settle.",
        Code::UnsupportedNumber,
        "€900 million",
    );
}

#[test]
fn an_undeclared_count_with_separators() {
    assert_finds(
        "The lab trained its model on 40,000 GPUs.",
        Code::UnsupportedNumber,
        "40,000",
    );
}

#[test]
fn an_undeclared_count_of_a_unit_noun() {
    assert_finds(
        "Some 600 employees signed the letter.",
        Code::UnsupportedNumber,
        "600",
    );
}

#[test]
fn an_undeclared_scale_word() {
    assert_finds(
        "The chatbot now has 3.96 billion monthly users.",
        Code::UnsupportedNumber,
        "3.96 billion",
    );
}

#[test]
fn an_undeclared_turnout() {
    assert_finds(
        "Turnout reached 49% in the capital.",
        Code::UnsupportedNumber,
        "49%",
    );
}

#[test]
fn an_undeclared_amount_in_words() {
    assert_finds(
        "Two million viewers watched the final.",
        Code::UnsupportedNumber,
        "Two million",
    );
}

#[test]
fn an_undeclared_amount_with_a_compact_scale() {
    assert_finds(
        "The striker earns US$5m a season.",
        Code::UnsupportedNumber,
        "US$5m",
    );
}

// --- unsupported/number: must leave alone ---

#[test]
fn a_year() {
    assert_clean("The ruling came in 2023, after 2019 hearings.");
}

#[test]
fn a_list_number() {
    assert_clean("1. Northwind Cannot Win");
}

#[test]
fn an_ordinal() {
    assert_clean("She finished 4th in the final, her fourth podium.");
}

#[test]
fn times_of_day() {
    assert_clean("The hearing starts at 10:30 and ends at 5 p.m.");
}

#[test]
fn a_date() {
    assert_clean("The merger was signed on April 6, 2026.");
}

#[test]
fn model_versions() {
    assert_clean("Qwen 3.5 beat Llama 4 and GPT-4o on 3 benchmarks.");
}

#[test]
fn phone_numbers() {
    assert_clean("Call the desk on 555-0142 or +1 415 555 0100.");
}

#[test]
fn small_bare_numbers() {
    assert_clean("The club has won 3 of its last 5 games, and two players left.");
}

#[test]
fn a_vague_amount_alone() {
    assert_clean("Billions of users rely on the app.");
}

#[test]
fn a_declared_figure_without_its_phrase() {
    assert_clean("Helix shareholders will receive $4.7 billion in cash.");
}

#[test]
fn statute_numbers() {
    assert_clean("The company filed for Chapter 11 under Section 230 rules.");
}

// --- which numbers are figures ---

/// The figures the extractor finds in `text`, as their text and value.
fn figures_in(text: &str) -> Vec<(String, f64)> {
    let rules = RuleSet::empty("x");
    let story = Story::new(&rules);
    let doc = Document::parse("t.txt", text.as_bytes().to_vec()).unwrap();
    check_document(&story, &doc)
        .claims
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Figure(f) => Some((doc.text_of(c.span).to_string(), f.value)),
            _ => None,
        })
        .collect()
}

#[test]
fn figures_in_news_text() {
    let cases: &[(&str, &str, f64)] = &[
        (
            "Meta has 3.96 billion monthly users.",
            "3.96 billion",
            3.96e9,
        ),
        ("It counts 3,960 million users.", "3,960 million", 3.96e9),
        (
            "The fund holds 1.2 trillion yen.",
            "1.2 trillion yen",
            1.2e12,
        ),
        ("Sales hit 14.3bn last year.", "14.3bn", 14.3e9),
        ("A $5m fine followed.", "$5m", 5e6),
        ("The bid was €2 bn.", "€2 bn", 2e9),
        ("A £300 million fee.", "£300 million", 3e8),
        ("Approval fell to 12 per cent.", "12 per cent", 12.0),
        ("It bought 40,000 GPUs.", "40,000", 4e4),
        ("It cut 600 jobs.", "600", 600.0),
        ("Some two million fans came.", "two million", 2e6),
        (
            "It spent tens of billions of dollars.",
            "tens of billions of dollars",
            1e10,
        ),
    ];
    for (text, found, value) in cases {
        let got = figures_in(text);
        assert!(
            matches!(got.as_slice(), [(f, v)] if f == found && (v - value).abs() <= value * 1e-12),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn numbers_that_are_not_figures() {
    for text in [
        "It happened in 2023.",
        "2026 was a good year.",
        "1. Meta Cannot Win",
        "She came 4th.",
        "He came fourth.",
        "See you at 5 p.m. sharp.",
        "Doors open at 10:30.",
        "It launched on April 6.",
        "Llama 4 models ship today.",
        "GPT-4o answered.",
        "Qwen 3.5 users wrote in.",
        "Call 555-0142 now.",
        "It was dated 2026-04-06.",
        "A 24/7 service.",
        "Three players were injured.",
        "It has 12 labs.",
    ] {
        assert_eq!(figures_in(text), vec![], "{text}");
    }
}

#[test]
fn equal_figures_in_any_notation() {
    let a = parse_quantity("3,960 million").unwrap();
    let b = parse_quantity("3.96 billion").unwrap();
    assert_eq!(a.unit, Unit::Count);
    assert!(Tolerance::Exact.accepts(b.value, a.value));
    assert_eq!(
        parse_quantity("£300 million"),
        Some(Quantity {
            value: 3e8,
            unit: Unit::Currency("GBP".into())
        })
    );
}

/// The extractor tries an amount at every group of a chain of comma-grouped
/// digits (a comma joins no word). A chain longer than any finite number
/// is no amount, and is read no further than that: read to its end at every
/// group, 200 KB of `,111` took 37 seconds.
#[test]
fn a_chain_of_digit_groups_longer_than_any_number_is_no_amount() {
    let chain = |groups: usize| format!("1{}", ",111".repeat(groups));
    let value = |text: &str| stated(text).ok().map(|(_, s)| s.quantity.value);
    assert_eq!(value("1,111,111"), Some(1_111_111.0));
    // 307 digits: about 1.1 × 10^306, the longest chain that is read.
    assert!(value(&chain(102)).is_some_and(|v| v > 1e306 && v.is_finite()));
    for groups in [103, 104, 5_000] {
        let text = chain(groups);
        assert_eq!(value(&text), None, "{groups} groups");
        // What follows the chain is still read as the amount it is.
        let tail = parse_quantity(&text[text.len() - 7..]).map(|q| q.value);
        assert_eq!(tail, Some(111_111.0));
    }
    // In an article, a figure after a long chain is still found.
    let text = format!("{} and then 40,000 people.", chain(5_000));
    let figures = figures_in(&text);
    assert!(
        figures.contains(&("40,000".to_string(), 40_000.0)),
        "{:?}",
        &figures[figures.len().saturating_sub(3)..]
    );
}

/// Found by the `rules` fuzz target: the Kelvin sign lower-cases to `k`,
/// one byte for three, and the scale `k` was then cut out of the middle of
/// the sign. Scale words and suffixes now fold ASCII letters only.
#[test]
fn a_letter_whose_lower_case_is_shorter_is_no_scale() {
    for text in [
        "$2\u{212a}",
        "2\u{212a} users",
        "\u{20b9}2\u{212a}\u{212a}k",
        "4th\u{212a}",
    ] {
        let _ = stated(text);
        assert_eq!(parse_quantity(text), None, "{text}");
        let _ = findings(&format!("Helix paid {text} for it."));
    }
    // The ASCII spellings still read.
    assert_eq!(parse_quantity("$2K").map(|q| q.value), Some(2e3));
    assert_eq!(parse_quantity("$2k").map(|q| q.value), Some(2e3));
    // In a rule file it is a value that does not read, not a panic.
    assert!(
        claimlint::rules::load(
            "k.yaml",
            "story: k\nnumbers:\n  - name: users\n    value: \"\u{20b9}2\u{212a}\"\n"
        )
        .is_err()
    );
}

proptest! {
    #[test]
    fn the_grammar_never_panics(text in "\\PC{0,40}") {
        let _ = stated(&text);
        let _ = parse_quantity(&text);
    }

    #[test]
    fn the_grammar_never_panics_on_number_like_text(
        text in "[0-9$€£¥,. %a-zA-Z:/+-]{0,30}"
    ) {
        let _ = stated(&text);
        let _ = parse_quantity(&text);
        let _ = findings(&text);
    }

    /// Letters whose lower or upper case has another length in UTF-8 (the
    /// Kelvin and Angstrom signs, the Ohm sign, dotted capital I, capital
    /// sharp s, long s) beside the digits, scales and suffixes they fold to.
    #[test]
    fn the_grammar_never_panics_on_letters_that_fold_to_ascii(
        text in "([$\u{20b9}]?[0-9]{1,3}[ .,]?[kKmMbBnsStTh\u{212a}\u{212b}\u{2126}\u{130}\u{1e9e}\u{17f}]{1,3} ?){1,4}"
    ) {
        let _ = stated(&text);
        let _ = parse_quantity(&text);
        let _ = findings(&text);
    }
}
