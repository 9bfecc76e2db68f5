//! `--fix` leaves nothing fixable: on generated articles mixing correct
//! names, listed misspellings, case and spacing variants and near misses,
//! `claimlint check --fix` followed by `claimlint check --format json`
//! reports no finding with a fix.
//!
//! The story is our own: a biotech's trial results.

use std::path::Path;

use assert_cmd::Command;
use proptest::prelude::*;

const RULES: &str = "story: quillon-trial
subject: Quillon Therapeutics
names:
  - name: Quillon Therapeutics
    aliases: [Quillon]
  - name: Ostravimab
  - Brennholt Institute
people:
  - name: Marisol Achterberg
    aliases: [Achterberg]
models:
  - name: Pathfinder 3
    family: Pathfinder
    misspellings: [PATHFINDER 3, Path-Finder 3]
";

/// Sentences using the rule file's names: correct, as listed misspellings,
/// in another case or spacing, one edit away, and ordinary words that look
/// a little like them.
const SENTENCES: &[&str] = &[
    // Correct.
    "Quillon Therapeutics reported results for Ostravimab.",
    "Marisol Achterberg led the trial at the Brennholt Institute.",
    "Pathfinder 3 chose the dose.",
    "Achterberg's team and Quillon's board met.",
    // Listed misspellings.
    "PATHFINDER 3 chose the dose.",
    "The Path-Finder 3 model ranked the candidates.",
    // Another case.
    "Quillon therapeutics rose.",
    "QUILLON THERAPEUTICS rose.",
    "shares of ostravimab's maker rose.",
    "marisol achterberg declined to comment.",
    "The brennholt institute ran the assays.",
    // Other spacing, hyphenation or accents.
    "QuillonTherapeutics filed on Friday.",
    "Quillon-Therapeutics filed on Friday.",
    "Pathfinder3 chose the dose.",
    "Pathfinder-3 chose the dose.",
    "Marisol Achtérberg spoke.",
    "Brennholt-Institute staff agreed.",
    // One edit away.
    "Quilon Therapeutics rose.",
    "Ostravimb is dosed weekly.",
    "Ostravimabb is dosed weekly.",
    "Ostarvimab is dosed weekly.",
    "Marisol Achterburg spoke.",
    "Marisol Achterbreg spoke.",
    "The Brenholt Institute ran the assays.",
    // Near misses side by side, and a possessive of one.
    "Quilon Therapeutics and Ostravimb.",
    "Marisol Achterburg's Ostravimabb.",
    // A one-letter word after a name, right or one edit away: after the
    // fix it must not read as the name with a letter added.
    "Ostravimb B was dosed.",
    "Marisol Achterburg a dit oui.",
    "Quillon é",
    // Look-alikes that are not names.
    "A quill and a therapy.",
    "Pathfinder 4 is rumoured.",
    "Pathfinders explore.",
    "Brennholts live nearby.",
];

fn article() -> impl Strategy<Value = String> {
    let sentence = prop::sample::select(SENTENCES);
    let separator = prop::sample::select(&[" ", "  ", "\n", "\r\n", "\n\n"][..]);
    prop::collection::vec((sentence, separator), 1..10).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(s, sep)| [s, sep])
            .collect::<String>()
    })
}

fn claimlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimlint").unwrap();
    cmd.current_dir(dir)
        .args(["check", "--rules", "rules.yaml", "--color", "never"]);
    cmd
}

/// The findings of `--format json` that carry a fix.
fn fixable(dir: &Path) -> Vec<serde_json::Value> {
    let output = claimlint(dir)
        .args(["--format", "json", "article.txt"])
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "check failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["fix"].is_null())
        .cloned()
        .collect()
}

/// Runs `--fix` then `--format json` on `text`; the fixable findings left.
fn fix_then_check(text: &str) -> (String, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), RULES).unwrap();
    std::fs::write(dir.path().join("article.txt"), text).unwrap();
    let output = claimlint(dir.path())
        .args(["--fix", "--format", "short", "article.txt"])
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "--fix failed on {text:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let fixed = std::fs::read_to_string(dir.path().join("article.txt")).unwrap();
    (fixed, fixable(dir.path()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn fix_leaves_nothing_fixable(text in article()) {
        let (fixed, left) = fix_then_check(&text);
        prop_assert!(left.is_empty(), "after --fix of {text:?}\nthe file is {fixed:?}\nand still fixable: {left:#?}");
    }
}

/// Every sentence of the pool on its own, and all of them together.
#[test]
fn fix_leaves_nothing_fixable_in_any_pool_sentence() {
    for text in SENTENCES
        .iter()
        .map(|s| s.to_string())
        .chain([SENTENCES.join(" ")])
    {
        let (fixed, left) = fix_then_check(&text);
        assert!(
            left.is_empty(),
            "after --fix of {text:?}\nthe file is {fixed:?}\nand still fixable: {left:#?}"
        );
    }
}
