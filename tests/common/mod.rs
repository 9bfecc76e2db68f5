//! Shared by the integration tests: check a text against a rule file given
//! as YAML, and list what was found.

#![allow(dead_code)]

#[cfg(unix)]
pub mod unprivileged;

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::document::Document;
use claimlint::rules::{RuleSet, load};

/// The rule set of a YAML text; panics with the errors when it is invalid.
pub fn rules(yaml: &str) -> RuleSet {
    match load("rules.yaml", yaml) {
        Ok(rules) => rules,
        Err(errors) => panic!("invalid test rule file: {errors:#?}"),
    }
}

/// `(code, found text)` of every finding of `text` (a plain-text article)
/// against `rules`, in file order.
pub fn findings(rules: &RuleSet, text: &str) -> Vec<(String, String)> {
    let story = Story::new(rules);
    let doc = Document::parse("article.txt", text.as_bytes().to_vec()).expect("valid article");
    check_document(&story, &doc)
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.found))
        .collect()
}

/// The codes of every finding of `text` against `rules`.
pub fn codes(rules: &RuleSet, text: &str) -> Vec<String> {
    findings(rules, text).into_iter().map(|(c, _)| c).collect()
}

/// Asserts that `text` raises exactly `expected` `(code, found)` pairs.
#[track_caller]
pub fn assert_findings(rules: &RuleSet, text: &str, expected: &[(&str, &str)]) {
    let got = findings(rules, text);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, f)| (c.to_string(), f.to_string()))
        .collect();
    assert_eq!(got, want, "\n  text: {text}");
}

/// Asserts that `text` raises no finding of a code starting with `prefix`.
#[track_caller]
pub fn assert_quiet(rules: &RuleSet, text: &str, prefix: &str) {
    let got: Vec<(String, String)> = findings(rules, text)
        .into_iter()
        .filter(|(c, _)| c.starts_with(prefix))
        .collect();
    assert!(got.is_empty(), "unexpected {got:?}\n  text: {text}");
}
