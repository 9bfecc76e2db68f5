//! `contradiction/name` and `unsupported/model`: what each must catch, and
//! the look-alikes each must leave alone. The stories are our own: a
//! pharmaceutical merger and a research lab's model launch.

mod common;

use common::{assert_findings, assert_quiet, rules};

const MERGER: &str = r#"
story: northwind-helix
subject: Northwind Pharmaceuticals
date: 2026-03-02
sources: [Reuters]
leader:
  name: Ingrid Solberg
  aliases: [Solberg]
  title: CEO
people:
  - name: Tomás Ferreira
    aliases: [Ferreira]
    title: CEO
    of: Helix Bio
names:
  - name: Northwind Pharmaceuticals
    aliases: [Northwind, the company]
  - name: Helix Bio
  - name: Veltrazumab
  - name: GlaxoSmithKline
  - name: McKinsey & Company
distinct: [Ingrid Sohlberg]
"#;

const LAB: &str = r#"
story: corvid-models
subject: Corvid Research
date: 2026-05-11
leader:
  name: Leila Haddad
  aliases: [Haddad]
  title: head
  of: Corvid Applied Lab
models:
  - name: Rook 2
    family: Rook
    misspellings: [ROOK 2, Rook II]
  - name: Rook 2 Mini
    family: Rook
  - name: Magpie-7B
names:
  - Corvid Research
  - name: Corvid Applied Lab
    aliases: [Applied Lab]
"#;

#[test]
fn catches_other_case() {
    let r = rules(MERGER);
    assert_findings(
        &r,
        "NorthWind Pharmaceuticals agreed to buy Helix Bio.",
        &[("contradiction/name", "NorthWind Pharmaceuticals")],
    );
    assert_findings(
        &r,
        "Helix bio shares rose.",
        &[("contradiction/name", "Helix bio")],
    );
    assert_findings(
        &r,
        "The deal values HELIX BIO at a premium.",
        &[("contradiction/name", "HELIX BIO")],
    );
}

#[test]
fn catches_spacing_and_hyphenation() {
    let r = rules(LAB);
    assert_findings(
        &r,
        "Corvid released Rook-2 on Monday.",
        &[("contradiction/name", "Rook-2")],
    );
    assert_findings(
        &r,
        "Corvid released Rook2 on Monday.",
        &[("contradiction/name", "Rook2")],
    );
    assert_findings(
        &r,
        "The Magpie 7B model is small.",
        &[("contradiction/name", "Magpie 7B")],
    );
    assert_findings(
        &r,
        "Engineers at CorvidResearch built it.",
        &[("contradiction/name", "CorvidResearch")],
    );
    assert_findings(
        &r,
        "Engineers at Corvid-Applied Lab built it.",
        &[("contradiction/name", "Corvid-Applied Lab")],
    );
}

#[test]
fn catches_dropped_added_and_swapped_letters() {
    let r = rules(MERGER);
    assert_findings(
        &r,
        "Ingrid Solberg and Tomas Ferriera signed the agreement.",
        &[("contradiction/name", "Tomas Ferriera")],
    );
    assert_findings(
        &r,
        "Trials of Veltrazumabb resume.",
        &[("contradiction/name", "Veltrazumabb")],
    );
    assert_findings(
        &r,
        "Trials of Veltrazuamb resume.",
        &[("contradiction/name", "Veltrazuamb")],
    );
    assert_findings(
        &r,
        "Ingrd Solberg will stay on.",
        &[("contradiction/name", "Ingrd Solberg")],
    );
    assert_findings(
        &r,
        "Advisers from GlaxoSmithKine were not involved.",
        &[("contradiction/name", "GlaxoSmithKine")],
    );
}

#[test]
fn catches_listed_misspellings_and_diacritics() {
    let r = rules(LAB);
    assert_findings(&r, "ROOK 2 is out.", &[("contradiction/name", "ROOK 2")]);
    assert_findings(&r, "Rook II is out.", &[("contradiction/name", "Rook II")]);
    let r = rules(MERGER);
    assert_findings(
        &r,
        "Tomas Ferreira will join the board.",
        &[("contradiction/name", "Tomas Ferreira")],
    );
}

/// Forms of one name that differ only in punctuation or spacing share a
/// skeleton and are filed once; a near miss is still judged against each,
/// and one near two names of one skeleton stays quiet.
#[test]
fn spellings_of_one_skeleton_are_judged_each() {
    let r = rules(
        r#"
story: s
names:
  - name: Bayline Ferries
    aliases: [Bay-Line Ferries, BayLine, Bay Line]
  - name: Bay-Line
  - name: Corvid Research
    aliases: [Corvid-Research, CorvidResearch]
  - name: Łukasz Šimek
    aliases: [Łukasz-Šimek]
"#,
    );
    assert_findings(
        &r,
        "Tickets from Bayliine Ferries sold out.",
        &[("contradiction/name", "Bayliine Ferries")],
    );
    assert_findings(
        &r,
        "Staff at Corvid Reserach left.",
        &[("contradiction/name", "Corvid Reserach")],
    );
    // Another case of the second spelling, which the automaton does not
    // see; capitals throughout are only a style.
    assert_findings(
        &r,
        "The łukasz-šimek case.",
        &[("contradiction/name", "łukasz-šimek")],
    );
    assert_quiet(&r, "The ŁUKASZ-ŠIMEK case.", "contradiction/name");
    // `Baylnie` is one edit from `Bayline` and `Bay-Line`, two names.
    assert_quiet(&r, "Tickets from Baylnie sold out.", "contradiction/name");
    for text in [
        "Bay Line and Bay-Line Ferries sold out.",
        "Corvid-Research and CorvidResearch left.",
    ] {
        assert_quiet(&r, text, "contradiction/name");
    }
}

#[test]
fn leaves_correct_names_aliases_and_possessives_alone() {
    let r = rules(MERGER);
    for text in [
        "Northwind Pharmaceuticals agreed to buy Helix Bio, Reuters reported.",
        "Northwind’s offer values Helix Bio at $4 billion.",
        "Solberg's team and Ferreira’s board met on Friday.",
        "The company said the deal would close in June.",
        "the company said so",
        "McKinsey & Company advised on the deal.",
        "Tomás Ferreira will join the board.",
        "Ingrid Sohlberg, a Norwegian painter, is unrelated.",
    ] {
        assert_quiet(&r, text, "contradiction/name");
    }
}

/// A correct name and a one-letter word after it are one edit from the
/// name: not a misspelling of it, and never a fix that deletes the word.
#[test]
fn a_name_followed_by_a_one_letter_word_is_not_a_misspelling() {
    let r = rules(MERGER);
    for text in [
        "Patients on Veltrazumab B were followed for a year.",
        "Ingrid Solberg a dit non.",
        "Solberg a dit non.",
        "Shares of Helix Bio é rose.",
    ] {
        assert_quiet(&r, text, "contradiction/name");
    }
    // The mention itself is still judged on its own.
    assert_findings(
        &r,
        "Patients on Veltrazumb B did well.",
        &[("contradiction/name", "Veltrazumb")],
    );
    assert_findings(
        &r,
        "Shares of Helix bio x rose.",
        &[("contradiction/name", "Helix bio")],
    );
    let r = rules(LAB);
    assert_quiet(&r, "Rook 2 X is a codename.", "contradiction/name");
    assert_findings(
        &r,
        "ROOK 2 X is a codename.",
        &[("contradiction/name", "ROOK 2")],
    );
}

#[test]
fn leaves_ordinary_words_alone() {
    let r = rules(MERGER);
    for text in [
        "Northbound traffic slowed near the Helix bridge.",
        "Helixes and spirals appear in the drawing.",
        "Northwinds blew across the harbor.",
        "A velvet curtain and a vector diagram.",
        "Solbergs is a common name in Bergen.",
        "Ingrid and Solveig went home.",
    ] {
        assert_quiet(&r, text, "contradiction/name");
    }
    let r = rules(LAB);
    for text in [
        "A rook is a chess piece; Rook 2 is a model.",
        "Magpies nest in spring.",
        "Rook 3 is rumored.",
    ] {
        assert_quiet(&r, text, "contradiction/name");
    }
}

#[test]
fn model_versions_not_declared_are_unsupported() {
    let r = rules(LAB);
    for (text, found) in [
        ("Corvid Research will ship Rook 3 next year.", "Rook 3"),
        ("Rook 2.5 is in testing.", "Rook 2.5"),
        ("A rook-3 preview leaked.", "rook-3"),
        ("Rook 1 was never released.", "Rook 1"),
        ("Work on Rook 4o has begun.", "Rook 4o"),
        ("Rook 10 is a long way off.", "Rook 10"),
        ("Insiders compare Rook 2 with Rook 5.", "Rook 5"),
        ("Researchers tuned ROOK 7 on legal text.", "ROOK 7"),
    ] {
        assert_findings(&r, text, &[("unsupported/model", found)]);
    }
}

/// A family declared in two cases is one family: a finding lists the
/// models declared under either.
#[test]
fn a_family_declared_in_two_cases_lists_the_models_of_both() {
    let r = rules(
        "story: s
models:
  - {name: Rook 2, family: Rook}
  - {name: Magpie 1, family: Magpie}
  - {name: ROOK 2 Mini, family: ROOK}
",
    );
    let story = claimlint::claims::Story::new(&r);
    let doc = claimlint::document::Document::plain("a.txt", "Rook 5 shipped.");
    let findings = claimlint::check_document(&story, &doc).findings;
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].found, "Rook 5");
    assert_eq!(
        findings[0].help[0],
        "the rule file declares: Rook 2, ROOK 2 Mini; add `Rook 5` under `models:` if it is right"
    );
}

#[test]
fn declared_models_and_family_words_are_supported() {
    let r = rules(LAB);
    for text in [
        "Corvid Research will ship Rook 2 next week.",
        "Rook 2 Mini runs on phones.",
        "The Rook family of models keeps growing.",
        "Rook models are open.",
        "A rook moved to e4.",
        "Magpie-7B is the small one.",
        "Rooksby, a village, has 2 pubs.",
        "In 2026, Rook grew.",
    ] {
        assert_quiet(&r, text, "unsupported/model");
    }
}

/// Names with capitals outside ASCII (`Ø`, `É`, `Ł`, `Š`, Cyrillic): the
/// text is searched ASCII lower-cased, so such a name is searched for in
/// both lower cases. Another case is called another case, not "spacing or
/// accents", and the name written as declared is a mention of it.
#[test]
fn names_with_capitals_outside_ascii() {
    use claimlint::claims::names::Spelling;
    use claimlint::claims::{ClaimKind, Story};
    use claimlint::document::Document;
    let r = rules("story: nordic\nnames: [Øresund Bank, Éric Martin, Łukasz Šimek, Газпром]\n");
    let story = Story::new(&r);
    let spelled = |text: &str| -> Vec<(String, Spelling, Option<String>)> {
        let doc = Document::plain("a.txt", text);
        let checked = claimlint::check_document(&story, &doc);
        checked
            .claims
            .iter()
            .filter_map(|c| match &c.kind {
                ClaimKind::Name(n) => Some((
                    doc.text_of(c.span).to_string(),
                    n.spelling,
                    checked
                        .findings
                        .iter()
                        .find(|f| f.span == c.span)
                        .map(|f| f.message.clone()),
                )),
                _ => None,
            })
            .collect()
    };
    let case = |found: &str, form: &str| {
        Some(format!(
            "`{found}` is written in another case than `{form}`"
        ))
    };
    // Caught, as another case.
    for (text, form) in [
        ("ØRESUND BANK", "Øresund Bank"),
        ("Øresund bank", "Øresund Bank"),
        ("øresund bank", "Øresund Bank"),
        ("ÉRIC MARTIN", "Éric Martin"),
        ("Łukasz šimek", "Łukasz Šimek"),
        ("ŁUKASZ ŠIMEK", "Łukasz Šimek"),
    ] {
        assert_eq!(
            spelled(&format!("Yesterday {text} said so.")),
            [(text.to_string(), Spelling::Case, case(text, form))],
            "{text}"
        );
    }
    // Left alone: the names as declared, a one-word name in capitals (a
    // headline's), and the accent dropped is still another spelling.
    for text in [
        "Øresund Bank",
        "Éric Martin",
        "Łukasz Šimek",
        "Газпром",
        "ГАЗПРОМ",
    ] {
        assert_eq!(
            spelled(&format!("Yesterday {text} said so.")),
            [(text.to_string(), Spelling::Exact, None)],
            "{text}"
        );
    }
    assert_eq!(
        spelled("Yesterday Eric Martin said so.")[0].1,
        Spelling::Spacing
    );
}
