//! Every output format, rendered from the same findings, as snapshots that
//! were read and agreed with.

use std::path::Path;

use assert_cmd::Command;

fn render(format: &str) -> String {
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli"))
        .args([
            "check",
            "--rules",
            "rules/merger.yaml",
            "--color",
            "never",
            "--format",
            format,
        ])
        .args([
            "articles/misspelled.txt",
            "articles/anonymous.txt",
            "articles/clean.txt",
        ])
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn human() {
    insta::assert_snapshot!(render("human"));
}

#[test]
fn short() {
    insta::assert_snapshot!(render("short"));
}

#[test]
fn json() {
    insta::assert_snapshot!(render("json"));
}

#[test]
fn github() {
    insta::assert_snapshot!(render("github"));
}

#[test]
fn sarif() {
    // The version changes with every release; the rest is the contract.
    let sarif = render("sarif").replace(env!("CARGO_PKG_VERSION"), "[version]");
    insta::assert_snapshot!(sarif);
}

#[test]
fn colour_only_when_asked() {
    let plain = render("human");
    assert!(!plain.contains('\u{1b}'));
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli"))
        .args(["check", "--rules", "rules/merger.yaml", "--color", "always"])
        .arg("articles/misspelled.txt")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains('\u{1b}'));
}
