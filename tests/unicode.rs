//! Text outside ASCII: accents typed decomposed (`e` and U+0301, as some
//! editors and macOS write them), and letters whose cases do not map one
//! to one (`ß` and `SS`, Turkish dotted and dotless `i`). Each must be read
//! as a reader reads it: no finding for a name written as declared, the
//! right one for a name that is not.

mod common;

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::document::Document;
use common::{assert_findings, rules};

const STORY: &str = r#"
story: helix-bank
subject: Helix Bank
date: 2026-02-10
leader:
  name: José Martínez
  aliases: [Martínez]
  title: CEO
  of: Helix Bank
people:
  - name: Ayşe Şahin
    title: chief economist
    of: Helix Bank
sources: [Reuters, Straße Zeitung]
names:
  - Helix Bank
  - Helix Café
  - Großmann Werke
  - Işık Holding
"#;

/// `(found, message)` of every finding.
fn messages(text: &str) -> Vec<(String, String)> {
    let r = rules(STORY);
    let story = Story::new(&r);
    let doc = Document::plain("a.txt", text);
    check_document(&story, &doc)
        .findings
        .iter()
        .map(|f| (doc.text_of(f.span).to_string(), f.message.clone()))
        .collect()
}

#[test]
fn decomposed_accents_are_the_letters_they_compose() {
    let r = rules(STORY);
    for text in [
        "Helix Bank, led by Jose\u{301} Marti\u{301}nez, grew.",
        "Profits rose, Marti\u{301}nez said.",
        "The Helix Cafe\u{301} opened.",
        // And as composed, for comparison.
        "Helix Bank, led by José Martínez, grew.",
        "Profits rose, Martínez said.",
        "The Helix Café opened.",
    ] {
        assert_findings(&r, text, &[]);
    }
}

#[test]
fn a_decomposed_accent_belongs_to_its_word() {
    // An accent the rule file does not have: the whole word is reported,
    // accent included, and the fix replaces it whole.
    let r = rules("story: c\nnames: [Helix Cafe]\n");
    let story = Story::new(&r);
    let text = "The Helix Cafe\u{301} opened.";
    let doc = Document::plain("a.txt", text);
    let findings = check_document(&story, &doc).findings;
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(doc.text_of(findings[0].span), "Helix Cafe\u{301}");
    let (fixed, _) = claimlint::fix::apply(text, &findings);
    assert_eq!(fixed, "The Helix Cafe opened.");
    // A leader's name with decomposed accents is the leader, not `Jose`.
    assert_findings(
        &rules(STORY),
        "Helix Bank, led by Jose\u{301} Marti\u{301}nez and Ayşe Şahin, grew.",
        &[],
    );
}

#[test]
fn sources_are_resolved_in_any_case() {
    let r = rules(STORY);
    for text in [
        "Profits rose, ŞAHİN said.",
        "Profits rose, Şahin said.",
        "Profits fell, according to Reuters.",
    ] {
        assert_findings(&r, text, &[]);
    }
    assert_findings(
        &r,
        "Profits fell, according to Kessler.",
        &[("unsupported/source", "Kessler")],
    );
}

#[test]
fn sharp_s_and_dotless_i_in_other_cases() {
    let case = |found: &str, form: &str| {
        vec![(
            found.to_string(),
            format!("`{found}` is written in another case than `{form}`"),
        )]
    };
    assert_eq!(
        messages("GROSSMANN WERKE rose."),
        case("GROSSMANN WERKE", "Großmann Werke")
    );
    assert_eq!(
        messages("GROẞMANN WERKE rose."),
        case("GROẞMANN WERKE", "Großmann Werke")
    );
    assert_eq!(
        messages("IŞIK HOLDING rose."),
        case("IŞIK HOLDING", "Işık Holding")
    );
    assert_eq!(
        messages("Profits fell, according to STRASSE ZEITUNG."),
        case("STRASSE ZEITUNG", "Straße Zeitung")
    );
    // `ss` for `ß` in lower case is another spelling, not another case.
    assert_eq!(
        messages("Grossmann Werke rose."),
        vec![(
            "Grossmann Werke".to_string(),
            "`Grossmann Werke` differs in spacing, punctuation or accents from `Großmann Werke`"
                .to_string()
        )]
    );
    // As declared: nothing.
    for text in [
        "Großmann Werke rose.",
        "Işık Holding rose.",
        "Helix Café opened.",
    ] {
        assert_eq!(messages(text), vec![], "{text}");
    }
}

const FIGURES: &str = r#"
story: istanbul-exchange
numbers:
  - name: revenue
    value: $5 billion
    match: [revenue]
  - name: profit
    value: $1 billion
    match: [profit]
  - name: trading volume
    value: €3 billion
    match: [işlem hacmi]
  - name: export sales
    value: €2 billion
    match: [außenumsatz, exportumsätze]
"#;

/// `match` phrases are found in any case and placed where they are written:
/// a dotted capital `İ` before them (two bytes, three lower-cased) does not
/// move them nearer another figure.
#[test]
fn match_phrases_in_any_case_and_in_place() {
    let r = rules(FIGURES);
    assert_findings(
        &r,
        "İş Bankası's İzmir and İstanbul units said profit fell on $7 billion revenue.",
        &[("contradiction/number", "$7 billion")],
    );
    let story = Story::new(&r);
    let message = |text: &str| {
        let doc = Document::plain("a.txt", text);
        check_document(&story, &doc)
            .findings
            .into_iter()
            .map(|f| f.message)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        message("İş Bankası's İzmir and İstanbul units said profit fell on $7 billion revenue."),
        ["`$7 billion` contradicts the declared revenue: $5 billion"]
    );
    for (text, found, declared) in [
        (
            "İŞLEM HACMİ €5 billion oldu.",
            "€5 billion",
            "trading volume: €3 billion",
        ),
        (
            "İşlem hacmi €5 billion oldu.",
            "€5 billion",
            "trading volume: €3 billion",
        ),
        (
            "AUSSENUMSATZ €7 billion.",
            "€7 billion",
            "export sales: €2 billion",
        ),
        (
            "Die Exportumsa\u{308}tze: €7 billion.",
            "€7 billion",
            "export sales: €2 billion",
        ),
    ] {
        assert_eq!(
            message(text),
            [format!("`{found}` contradicts the declared {declared}")],
            "{text}"
        );
    }
    // The declared figures, in any case: nothing.
    for text in ["İŞLEM HACMİ €3 billion oldu.", "Außenumsatz: €2 billion."] {
        assert_eq!(message(text), Vec::<String>::new(), "{text}");
    }
}

const TITLES: &str = r#"
story: helix-board
people:
  - name: Martin Kessler
    title: Président
    of: Helix Therapeutics
  - name: Rosa Lindqvist
    title: Ärztliche Direktorin
    of: Atria Health
names: [Helix Therapeutics, Atria Health]
"#;

/// A rule file's title whose first word has a letter outside ASCII is read
/// in the article, in any case.
#[test]
fn titles_with_letters_outside_ascii() {
    let r = rules(TITLES);
    for text in [
        "Atria Health Président Martin Kessler spoke first.",
        "Atria Health PRÉSIDENT Martin Kessler spoke first.",
        "Helix Therapeutics Ärztliche Direktorin Rosa Lindqvist spoke.",
    ] {
        assert_eq!(common::codes(&r, text), ["contradiction/title"], "{text}");
    }
    for text in [
        "Helix Therapeutics Président Martin Kessler spoke first.",
        "Helix Therapeutics PRÉSIDENT Martin Kessler spoke first.",
        "Atria Health ÄRZTLICHE DIREKTORIN Rosa Lindqvist spoke.",
        "Atria Health Ärztliche Direktorin Rosa Lindqvist spoke.",
    ] {
        assert_findings(&r, text, &[]);
    }
}

/// An organization the rule file writes in capitals is the one the
/// article names, whatever its letters.
#[test]
fn organizations_compare_in_any_case() {
    let r = rules(
        "story: l\nsubject: SØREN BANK\nleader:\n  name: Amara Okafor\n  title: CEO\n  of: SØREN BANK\nnames: [Søren Bank]\n",
    );
    assert_findings(
        &r,
        "Søren Bank, led by Peter Novak, grew.",
        &[("contradiction/leader", "Peter Novak")],
    );
    assert_findings(&r, "Søren Bank, led by Amara Okafor, grew.", &[]);
}

/// Greek capitals: a word's final `Σ` is `ς` in lower case, so a source,
/// a `match` phrase or a title in capitals is the one the rule file writes.
#[test]
fn greek_capitals_with_a_final_sigma() {
    let r = rules(
        "story: g\nsources: [Ελεύθερος Τύπος]\nnumbers:\n  - name: monthly users\n    value: 3.96 billion\n    match: [μηνιαίοι χρήστες]\n",
    );
    assert_findings(&r, "Helix Bank grew, according to ΕΛΕΎΘΕΡΟΣ ΤΎΠΟΣ.", &[]);
    assert_findings(
        &r,
        "ΜΗΝΙΑΊΟΙ ΧΡΉΣΤΕΣ της Meta: 2 billion.",
        &[("contradiction/number", "2 billion")],
    );
}

/// Titles outside ASCII are found as the rule file writes them, in
/// capitals and typed decomposed, in Turkish, Greek and Cyrillic.
#[test]
fn titles_in_other_scripts_and_cases() {
    let r = rules(
        "story: b\npeople:\n  - {name: Ali Koç, title: İcra Başkanı, of: Atria Health}\n  - {name: Rosa Lindqvist, title: Πρόεδρος, of: Atria Health}\n  - {name: Ivan Petrov, title: Руководитель, of: Atria Health}\n  - {name: Martin Kessler, title: Président, of: Atria Health}\nnames: [Helix Therapeutics, Atria Health]\n",
    );
    for title_and_name in [
        "İcra Başkanı Ali Koç",
        "İCRA BAŞKANI Ali Koç",
        "Πρόεδρος Rosa Lindqvist",
        "ΠΡΌΕΔΡΟΣ Rosa Lindqvist",
        "Руководитель Ivan Petrov",
        "РУКОВОДИТЕЛЬ Ivan Petrov",
        "Pre\u{301}sident Martin Kessler",
    ] {
        assert_eq!(
            common::codes(&r, &format!("Helix Therapeutics {title_and_name} spoke.")),
            ["contradiction/title"],
            "{title_and_name}"
        );
        assert_findings(&r, &format!("Atria Health {title_and_name} spoke."), &[]);
    }
}

/// Lower-case dotless `ı` and `i` are two letters: only a capital may
/// stand for either. A variation selector after a name (an emoji's) is no
/// part of it.
#[test]
fn dotless_i_and_variation_selectors() {
    let spacing = |found: &str, form: &str| {
        vec![(
            found.to_string(),
            format!("`{found}` differs in spacing, punctuation or accents from `{form}`"),
        )]
    };
    assert_eq!(
        messages("Helix Bank bought Işik Holding."),
        spacing("Işik Holding", "Işık Holding")
    );
    assert_eq!(messages("Helix Bank\u{fe0f} grew."), vec![]);
    assert_eq!(messages("Helix Bank\u{20e3} grew."), vec![]);
}

/// A model family in capitals that are not its letters one for one.
#[test]
fn model_families_in_capitals() {
    let r = rules(
        "story: m\nmodels:\n  - name: Işık 2\n    family: Işık\n  - name: Straße 1\n    family: Straße\n",
    );
    for (text, found) in [
        ("IŞIK 3 launched.", "IŞIK 3"),
        ("Işık 3 launched.", "Işık 3"),
        ("STRASSE 3 came.", "STRASSE 3"),
    ] {
        assert_findings(&r, text, &[("unsupported/model", found)]);
    }
    assert_findings(&r, "Straße 1 came, and Işık 2.", &[]);
}
