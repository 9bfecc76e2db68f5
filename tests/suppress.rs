//! Suppressions: directives in Markdown and HTML, and rule-file exceptions;
//! a suppression that suppresses nothing is reported.

mod common;

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::document::Document;

const RULES: &str = "story: s
names: [Helix Bio, Veltrazumab]
";

fn codes_of(path: &str, text: &str) -> Vec<(String, String)> {
    let rules = common::rules(RULES);
    let story = Story::new(&rules);
    let doc = Document::parse(path, text.as_bytes().to_vec()).unwrap();
    check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.found))
        .collect()
}

#[test]
fn disable_next_line_covers_only_the_next_line() {
    let text = "<!-- claimlint-disable-next-line contradiction/name -->\nHelix bio rose.\n\nHelix bio fell.\n";
    assert_eq!(
        codes_of("a.md", text),
        [("contradiction/name".to_string(), "Helix bio".to_string())]
    );
    assert_eq!(codes_of("a.md", text).len(), 1);
}

#[test]
fn disable_and_enable_cover_a_range() {
    let text = "<!-- claimlint-disable -->\n\nHelix bio rose.\n\nVeltrazumabb works.\n\n<!-- claimlint-enable -->\n\nHelix bio fell.\n";
    let found = codes_of("a.md", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Helix bio");
    assert!(text[text.find("enable").unwrap()..].contains(&found[0].1));
}

/// An `enable` with codes closes the ranges disabled for exactly those
/// codes; one without codes closes every range.
#[test]
fn an_enable_closes_the_ranges_of_its_codes() {
    let name = |found: &str| ("contradiction/name".to_string(), found.to_string());
    let text = "<!-- claimlint-disable contradiction/name -->\n\
                <!-- claimlint-disable unsupported/anonymous -->\n\
                Helix bio rose.\n\n\
                <!-- claimlint-enable unsupported/anonymous -->\n\
                Helix bIo fell.\n\n\
                <!-- claimlint-enable contradiction/name -->\n\
                Helix biO rose again.\n";
    let found = codes_of("a.md", text);
    assert!(!found.contains(&name("Helix bio")), "{found:?}");
    assert!(!found.contains(&name("Helix bIo")), "{found:?}");
    assert!(found.contains(&name("Helix biO")), "{found:?}");
    // The other code's range was closed, though it suppressed nothing.
    let unused = found
        .iter()
        .filter(|(c, _)| c == "config/unused-suppression");
    assert_eq!(unused.count(), 1, "{found:?}");

    let text = "<!-- claimlint-disable contradiction/name -->\n\
                <!-- claimlint-enable contradiction/date -->\n\
                Helix bio rose.\n\n\
                <!-- claimlint-enable -->\n\
                Helix bIo fell.\n";
    let found = codes_of("a.md", text);
    assert!(!found.contains(&name("Helix bio")), "{found:?}");
    assert!(found.contains(&name("Helix bIo")), "{found:?}");
}

#[test]
fn a_directive_for_another_code_does_not_suppress() {
    let text = "<!-- claimlint-disable-next-line unsupported/anonymous -->\nHelix bio rose.\n";
    let found = codes_of("a.md", text);
    assert!(found.contains(&("contradiction/name".to_string(), "Helix bio".to_string())));
    assert!(found.iter().any(|(c, _)| c == "config/unused-suppression"));
}

#[test]
fn html_directives_work_too() {
    let text = "<body><!-- claimlint-disable-next-line contradiction/name -->\n<p>Helix bio rose.</p>\n<p>Helix Bio fell.</p></body>";
    assert!(codes_of("a.html", text).is_empty());
}

#[test]
fn unused_and_unknown_directives_are_reported() {
    let text = "<!-- claimlint-disable-next-line contradiction/name -->\nHelix Bio rose.\n\n<!-- claimlint-disable-next-line contradiction/nmae -->\nHelix Bio fell.\n";
    let found = codes_of("a.md", text);
    let unused: Vec<_> = found
        .iter()
        .filter(|(c, _)| c == "config/unused-suppression")
        .collect();
    assert_eq!(unused.len(), 3, "{found:?}");
}

#[test]
fn rule_file_exceptions_excuse_matching_findings() {
    let rules = common::rules(
        "story: s
names: [Helix Bio]
exceptions:
  - {path: 'archive/**', code: contradiction/name, text: Helix bio}
",
    );
    let story = Story::new(&rules);
    let check = |path: &str, text: &str| {
        let doc = Document::parse(path, text.as_bytes().to_vec()).unwrap();
        check_document(&story, &doc).findings.len()
    };
    assert_eq!(check("archive/2019/a.txt", "Helix bio rose."), 0);
    assert_eq!(check("news/a.txt", "Helix bio rose."), 1);
    assert_eq!(check("archive/2019/a.txt", "HeLix Bio rose."), 1);
}

/// Codes in a directive are separated by spaces or commas, as the README
/// writes them, and both spellings suppress.
#[test]
fn codes_separated_by_commas_without_spaces() {
    for directive in [
        "<!-- claimlint-disable-next-line unsupported/anonymous,contradiction/name -->",
        "<!-- claimlint-disable-next-line unsupported/anonymous, contradiction/name -->",
        "<!-- claimlint-disable-next-line unsupported/anonymous contradiction/name -->",
    ] {
        let text = format!("{directive}\nHelix bio rose. Analysts suggest more.\n");
        assert_eq!(codes_of("a.md", &text), [], "{directive}");
    }
    // One of the two: the other is still reported.
    let text = "<!-- claimlint-disable-next-line contradiction/name,config/no-rules -->\nHelix bio rose. Analysts suggest more.\n";
    let found = codes_of("a.md", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "unsupported/anonymous");
}

/// A directive whose comment is never closed hides the rest of the article:
/// one diagnostic says so, at its first line, instead of one unknown code per
/// word after it. A closed one beside it is read as usual.
#[test]
fn an_unclosed_directive_is_one_diagnostic() {
    for (path, text) in [
        (
            "a.md",
            "<!-- claimlint-disable-next-line\nHelix bio rose. Analysts suggest more.\n\nHelix bio fell.\n",
        ),
        (
            "a.html",
            "<p>Helix Bio.</p><!-- claimlint-disable-next-line\n<p>Helix bio rose.</p>\n",
        ),
    ] {
        let rules = common::rules(RULES);
        let story = Story::new(&rules);
        let doc = Document::parse(path, text.as_bytes().to_vec()).unwrap();
        let findings = check_document(&story, &doc).findings;
        assert_eq!(findings.len(), 1, "{path}: {findings:#?}");
        let f = &findings[0];
        assert!(f.message.contains("is never closed"), "{}", f.message);
        assert_eq!(
            &text[f.span.range()],
            "<!-- claimlint-disable-next-line",
            "{path}"
        );
    }
    let closed = "<!-- claimlint-disable-next-line -->\nHelix bio rose.\n";
    assert_eq!(codes_of("a.md", closed), []);
}

/// `config/unused-suppression` takes the rule file's severity like any
/// code: off, a stale directive is not reported.
#[test]
fn unused_suppressions_follow_the_rule_files_severity() {
    let text = "<!-- claimlint-disable-next-line contradiction/name -->\nHelix Bio rose.\n";
    assert_eq!(codes_of("a.md", text).len(), 1);
    for (level, count) in [("\"off\"", 0), ("warning", 1)] {
        let rules = common::rules(&format!(
            "{RULES}severity:\n  config/unused-suppression: {level}\n"
        ));
        let story = Story::new(&rules);
        let doc = Document::parse("a.md", text.as_bytes().to_vec()).unwrap();
        let findings = check_document(&story, &doc).findings;
        assert_eq!(findings.len(), count, "{level}: {findings:#?}");
        if let Some(f) = findings.first() {
            assert_eq!(f.severity, claimlint::code::Severity::Warning);
        }
    }
}

/// A finding two exceptions would excuse, one for its text and one for its
/// whole code, is excused by the earlier of them in the rule file, and only
/// that one counts as used: the other is reported if it excuses nothing.
#[test]
fn the_first_exception_that_fits_is_the_one_used() {
    let used = |exceptions: &str| {
        let rules = common::rules(&format!(
            "story: s\nnames: [Helix Bio]\nexceptions:\n{exceptions}"
        ));
        let story = Story::new(&rules);
        let doc = Document::parse("a.txt", b"Helix bio rose. HeLix Bio fell.".to_vec()).unwrap();
        let check = check_document(&story, &doc);
        assert_eq!(check.findings, [], "{exceptions}");
        check.used_exceptions
    };
    let text = "  - {path: '**', code: contradiction/name, text: Helix bio}\n";
    let code = "  - {path: '**', code: contradiction/name}\n";
    let other = "  - {path: '**', code: unsupported/number, text: Helix bio}\n";
    assert_eq!(used(&format!("{text}{code}")), [0, 1]);
    assert_eq!(used(&format!("{code}{text}")), [0]);
    assert_eq!(used(&format!("{other}{text}{text}{code}")), [1, 3]);
    assert_eq!(used(&format!("{other}{code}{text}")), [1]);
}
