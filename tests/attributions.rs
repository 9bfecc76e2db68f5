//! `unsupported/source`, `unsupported/anonymous` and `contradiction/claim`:
//! what each must catch, and the look-alikes each must leave alone.

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::code::Code;
use claimlint::document::Document;
use claimlint::rules::{ClaimRule, Entity, Located, Pattern, Person, RuleSet};
use claimlint::span::Span;

fn at<T>(value: T) -> Located<T> {
    Located::new(value, Span::default())
}

fn entity(name: &str, aliases: &[&str]) -> Entity {
    Entity {
        name: at(name.to_string()),
        aliases: aliases.iter().map(|a| at(a.to_string())).collect(),
    }
}

fn pattern(re: &str) -> Pattern {
    Pattern {
        regex: regex::RegexBuilder::new(re)
            .case_insensitive(true)
            .build()
            .unwrap(),
        span: Span::default(),
    }
}

/// A merger story: Northwind Pharmaceuticals buys Helix Bio.
fn merger() -> RuleSet {
    let mut rules = RuleSet::empty("northwind-helix");
    rules.sources = vec![
        entity("Reuters", &[]),
        entity(
            "Northwind Pharmaceuticals",
            &["Northwind", "the company", "a Northwind spokesperson"],
        ),
        entity("Securities and Exchange Commission", &["SEC"]),
    ];
    rules.people = vec![Person {
        name: at("Dana Ortiz".into()),
        aliases: vec![at("Ortiz".into())],
        roles: vec![],
    }];
    rules.claims = vec![ClaimRule {
        id: at("all-cash".into()),
        statement: "The deal is paid entirely in cash.".into(),
        supports: vec![pattern(r"(all|entirely in)[- ]cash")],
        contradicts: vec![pattern(
            r"(paid|financed) (partly |partially )?(in|with) (northwind )?(stock|shares)",
        )],
    }];
    rules
}

/// The codes `text` raises against `rules`, with the text of each span.
fn findings(rules: &RuleSet, text: &str) -> Vec<(Code, String)> {
    let story = Story::new(rules);
    let doc = Document::plain("a.txt", text);
    check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code, f.found))
        .collect()
}

fn assert_finds(text: &str, code: Code, found: &str) {
    let got = findings(&merger(), text);
    assert_eq!(got, vec![(code, found.to_string())], "in: {text}");
}

fn assert_clean(text: &str) {
    let got = findings(&merger(), text);
    assert_eq!(got, vec![], "in: {text}");
}

// --- unsupported/source: must catch ---

#[test]
fn according_to_an_unlisted_outlet() {
    assert_finds(
        "The deal values Helix highly, according to Bloomberg.",
        Code::UnsupportedSource,
        "Bloomberg",
    );
}

#[test]
fn unlisted_person_said() {
    assert_finds(
        "Marcus Lee said the board approved the offer unanimously.",
        Code::UnsupportedSource,
        "Marcus Lee",
    );
}

#[test]
fn unlisted_person_with_appositive_said() {
    assert_finds(
        "Priya Raman, an analyst at the firm, said the price was fair.",
        Code::UnsupportedSource,
        "Priya Raman",
    );
}

#[test]
fn inverted_said_after_a_quote() {
    assert_finds(
        "\"We expect no objections,\" said Tom Becker.",
        Code::UnsupportedSource,
        "Tom Becker",
    );
}

#[test]
fn reported_that() {
    assert_finds(
        "The Financial Times reported that talks began in March.",
        Code::UnsupportedSource,
        "The Financial Times",
    );
}

#[test]
fn source_line_naming_an_unlisted_outlet() {
    assert_finds(
        "Source: Harbor Street Journal",
        Code::UnsupportedSource,
        "Harbor Street Journal",
    );
}

#[test]
fn told_an_unlisted_outlet() {
    assert_finds(
        "Ortiz told Bloomberg the deal would close by June.",
        Code::UnsupportedSource,
        "Bloomberg",
    );
}

#[test]
fn per_an_unlisted_research_firm() {
    assert_finds(
        "Helix shareholders will receive a premium, per Morningstar.",
        Code::UnsupportedSource,
        "Morningstar",
    );
}

#[test]
fn analysts_at_a_named_bank() {
    assert_finds(
        "Analysts at Morgan Stanley said the premium was generous.",
        Code::UnsupportedSource,
        "Morgan Stanley",
    );
}

// --- unsupported/source: must leave alone ---

#[test]
fn listed_outlet() {
    assert_clean("The deal closed on Friday, Reuters reported.");
}

#[test]
fn listed_person_by_surname_alias() {
    assert_clean("Ortiz said the board approved the offer unanimously.");
}

#[test]
fn listed_person_full_name_with_appositive() {
    assert_clean("Dana Ortiz, Northwind's chief executive, said the price was fair.");
}

#[test]
fn spokesperson_of_a_listed_source() {
    assert_clean("A Northwind spokesperson said the filing was routine.");
}

#[test]
fn lowercase_alias_of_a_listed_source() {
    assert_clean("The company said the filing was routine.");
}

#[test]
fn pronoun_subject() {
    assert_clean("She said the filing was routine.");
}

#[test]
fn reported_as_an_ordinary_verb() {
    assert_clean("Helix reported a loss last quarter.");
}

#[test]
fn per_share_is_not_a_source() {
    assert_clean("Shareholders get cash per share under the terms.");
}

#[test]
fn an_unattributed_report_is_not_a_named_source() {
    assert_clean("The report said the filing was routine.");
}

#[test]
fn according_to_a_listed_agency_alias() {
    assert_clean("According to the SEC filing, the deal needs no further review.");
}

// --- unsupported/anonymous: must catch ---

#[test]
fn reportedly() {
    assert_finds(
        "Northwind is reportedly weighing a higher bid.",
        Code::UnsupportedAnonymous,
        "reportedly",
    );
}

#[test]
fn analysts_suggest() {
    assert_finds(
        "Industry analysts suggest the bid undervalues Helix.",
        Code::UnsupportedAnonymous,
        "Industry analysts suggest",
    );
}

#[test]
fn experts_note() {
    assert_finds(
        "Experts note that regulators rarely block such deals.",
        Code::UnsupportedAnonymous,
        "Experts note",
    );
}

#[test]
fn people_familiar_with_the_matter() {
    assert_finds(
        "The board met twice, people familiar with the matter said.",
        Code::UnsupportedAnonymous,
        "people familiar with the matter",
    );
}

#[test]
fn it_is_believed() {
    assert_finds(
        "It is believed the deal includes a breakup fee.",
        Code::UnsupportedAnonymous,
        "It is believed",
    );
}

#[test]
fn is_said_to() {
    assert_finds(
        "Helix is said to have rejected two earlier offers.",
        Code::UnsupportedAnonymous,
        "is said to",
    );
}

#[test]
fn observers_highlight() {
    assert_finds(
        "Market observers highlight the timing of the offer.",
        Code::UnsupportedAnonymous,
        "Market observers highlight",
    );
}

#[test]
fn critics_have_argued() {
    assert_finds(
        "Critics have argued the merger will raise drug prices.",
        Code::UnsupportedAnonymous,
        "Critics have argued",
    );
}

#[test]
fn sources_say() {
    assert_finds(
        "Sources say the vote could come as soon as May.",
        Code::UnsupportedAnonymous,
        "Sources say",
    );
}

// --- unsupported/anonymous: must leave alone ---

#[test]
fn analysts_as_an_object() {
    assert_clean("Northwind briefed analysts on the deal on Monday.");
}

#[test]
fn experts_as_a_subject_of_another_verb() {
    assert_clean("Experts from both companies will join the integration team.");
}

#[test]
fn said_with_a_named_listed_source() {
    assert_clean("Reuters said the deal was signed late on Sunday.");
}

#[test]
fn reportedly_inside_a_word_is_not_the_cue() {
    assert_clean("The misreportedly-named file was renamed.");
}

#[test]
fn sources_of_revenue() {
    assert_clean("Helix has two sources of revenue in Europe.");
}

#[test]
fn believed_in_first_person() {
    assert_clean("Ortiz said she believed the price was fair.");
}

#[test]
fn critics_of_the_deal_as_object() {
    assert_clean("Northwind met critics of the deal in Brussels.");
}

#[test]
fn observers_as_a_noun_phrase() {
    assert_clean("Two observers will sit on the Helix board.");
}

// --- contradiction/claim ---

#[test]
fn contradicting_statements_are_caught() {
    for (text, found) in [
        (
            "The deal is financed partly with shares, the company said.",
            "financed partly with shares",
        ),
        ("The acquisition will be paid in stock.", "paid in stock"),
        (
            "It was paid partially in Northwind stock.",
            "paid partially in Northwind stock",
        ),
        (
            "The deal, financed with stock, closes in June.",
            "financed with stock",
        ),
        ("Helix holders are paid with shares.", "paid with shares"),
        (
            "Everything is PAID IN STOCK, Reuters reported.",
            "PAID IN STOCK",
        ),
        (
            "The offer is financed in stock and debt.",
            "financed in stock",
        ),
        (
            "Half will be paid in shares of Northwind.",
            "paid in shares",
        ),
    ] {
        let got = findings(&merger(), text);
        assert_eq!(
            got,
            vec![(Code::ContradictionClaim, found.to_string())],
            "in: {text}"
        );
    }
}

#[test]
fn supporting_and_unrelated_statements_are_left_alone() {
    for text in [
        "The deal is paid entirely in cash.",
        "It is an all-cash deal.",
        "Northwind will pay partly in stock.",
        "Shares of Helix were paid a premium.",
        "The company has paid dividends in cash for years.",
        "Northwind financed its last deal with bonds.",
        "Stock analysts were briefed.",
        "In stock market trading, Helix jumped.",
    ] {
        assert_eq!(findings(&merger(), text), vec![], "in: {text}");
    }
}

/// The merger's rules with twenty more claim rules: enough patterns that
/// they are matched as one set rather than one by one.
fn merger_with_many_patterns() -> RuleSet {
    let mut rules = merger();
    for i in 0..20 {
        rules.claims.push(ClaimRule {
            id: at(format!("dividend-{i}")),
            statement: format!("The dividend stays at {i} cents."),
            supports: vec![],
            contradicts: vec![pattern(&format!(r"dividend (of|at) {} cents", i + 100))],
        });
    }
    rules
}

#[test]
fn many_patterns_are_matched_as_a_set_with_the_same_findings() {
    let many = merger_with_many_patterns();
    for text in [
        "The deal is financed partly with shares, the company said.",
        "Everything is PAID IN STOCK, Reuters reported.",
        "The deal is paid entirely in cash.",
        "In stock market trading, Helix jumped.",
        "Northwind cut its dividend of 5 cents.",
    ] {
        assert_eq!(
            findings(&many, text),
            findings(&merger(), text),
            "in: {text}"
        );
    }
    assert_eq!(
        findings(
            &many,
            "The board set a dividend of 119 cents, paid in stock."
        ),
        vec![
            (
                Code::ContradictionClaim,
                "dividend of 119 cents".to_string()
            ),
            (Code::ContradictionClaim, "paid in stock".to_string()),
        ]
    );
}

/// A pattern is matched within one sentence: one that looks past its match
/// (`^`, `$`, `\b`) sees the sentence's edges, and none spans two
/// sentences, whether the patterns run one by one or as a set.
#[test]
fn patterns_match_within_a_sentence() {
    let anchored = |mut rules: RuleSet| {
        rules.claims[0].contradicts.extend([
            pattern(r"^financing comes from (stock|shares)"),
            pattern(r"swaps are planned\.$"),
            pattern(r"\bequity\b swap"),
        ]);
        rules
    };
    for rules in [anchored(merger()), anchored(merger_with_many_patterns())] {
        let text = "Northwind agreed the deal. Financing comes from shares. \
                    The rest is paid in shares. An equity swap is due. \
                    Stock swaps are planned. Northwind said it is paid. \
                    In stock markets, Helix rose.";
        assert_eq!(
            findings(&rules, text),
            vec![
                (
                    Code::ContradictionClaim,
                    "Financing comes from shares".to_string()
                ),
                (Code::ContradictionClaim, "paid in shares".to_string()),
                (Code::ContradictionClaim, "equity swap".to_string()),
                (Code::ContradictionClaim, "swaps are planned.".to_string()),
            ],
            "{} patterns",
            rules
                .claims
                .iter()
                .map(|c| c.contradicts.len())
                .sum::<usize>()
        );
        // `paid. In stock` spans two sentences: no match.
        assert_eq!(
            findings(
                &rules,
                "Northwind said it is paid. In stock markets, Helix rose."
            ),
            vec![]
        );
        // Mid-sentence, the anchored patterns do not match.
        assert_eq!(
            findings(
                &rules,
                "Its financing comes from shares held in shares trusts, not an equityswap."
            ),
            vec![]
        );
    }
}

#[test]
fn a_supported_sentence_raises_no_unsupported_finding() {
    assert_clean("Northwind is reportedly paying entirely in cash.");
}
