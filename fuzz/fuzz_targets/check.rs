//! The whole check on (rule file, article) pairs: never panics, every
//! claim's and finding's span lies inside the article on character
//! boundaries (a claim that is no finding is still shown by `claimlint
//! claims`), every report format renders (the JSON and SARIF valid, every
//! human diagnostic with its snippet), and `--fix` in memory changes the
//! text only under the fixes it applies, and what it writes reads and
//! checks again.
#![no_main]

use claimlint::claims::Story;
use claimlint::document::Document;
use claimlint::report::{self, Format, Options, Report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str, u8)| {
    let (rules_text, article, format) = input;
    let Ok(rules) = claimlint::rules::load("fuzz.yaml", rules_text) else {
        return;
    };
    let path = ["a.txt", "a.md", "a.html"][usize::from(format % 3)];
    let Ok(doc) = Document::parse(path, article.as_bytes().to_vec()) else {
        return;
    };
    let story = Story::new(&rules);
    let checked = claimlint::check_document(&story, &doc);
    let spans = checked.findings.iter().map(|f| f.span);
    for span in spans.chain(checked.claims.iter().map(|c| c.span)) {
        assert!(span.start <= span.end && span.end <= doc.source().len());
        assert!(doc.source().is_char_boundary(span.start));
        assert!(doc.source().is_char_boundary(span.end));
    }
    if checked.findings.is_empty() {
        return;
    }
    let sources = [
        (path.to_string(), article.to_string()),
        ("fuzz.yaml".to_string(), rules_text.to_string()),
    ];
    let report = Report::new(&sources, &checked.findings, 1, 0);
    for format in [
        Format::Human,
        Format::Short,
        Format::Json,
        Format::Sarif,
        Format::Github,
    ] {
        let mut out = Vec::new();
        report::render(format, &report, &Options::default(), &mut out).expect("in memory");
        match format {
            Format::Json | Format::Sarif => {
                serde_json::from_slice::<serde_json::Value>(&out).expect("valid JSON");
            }
            Format::Human => {
                // A diagnostic codespan could not render falls back to the
                // short form (`a.txt:1:1: error[…]`): that must never be
                // needed.
                let text = String::from_utf8_lossy(&out);
                let short = format!("{path}:");
                assert!(!text.lines().any(|l| l.starts_with(&short)), "{text}");
            }
            Format::Short | Format::Github => {}
        }
    }

    // `--fix` in memory: outside the applied fixes the text is unchanged,
    // and the fixed text is an article that checks without panicking.
    let (fixed, applied) = claimlint::fix::apply(article, &checked.findings);
    if applied.is_empty() {
        assert_eq!(fixed, article);
        return;
    }
    let mut at = 0;
    let mut rebuilt = String::new();
    for f in &applied {
        let fix = f.fix.as_ref().expect("an applied finding has a fix");
        assert!(fix.safe && f.span.start >= at);
        rebuilt.push_str(&article[at..f.span.start]);
        rebuilt.push_str(&fix.replacement);
        at = f.span.end;
    }
    rebuilt.push_str(&article[at..]);
    assert_eq!(rebuilt, fixed);
    let _ = claimlint::fix::diff(path, article, &fixed);
    if let Ok(doc) = Document::parse(path, fixed.clone().into_bytes()) {
        let again = claimlint::check_document(&story, &doc);
        for f in &again.findings {
            assert!(f.span.end <= fixed.len() && fixed.is_char_boundary(f.span.start));
            assert!(fixed.is_char_boundary(f.span.end));
        }
    }
});
