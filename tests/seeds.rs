//! The seed story: the five seed articles checked against
//! `rules/meta-open-source.yaml`, as a snapshot whose every finding was
//! read and judged right by an editor.

use std::path::Path;

use assert_cmd::Command;

#[test]
fn seeds_against_their_rule_file() {
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["check", "seeds/", "--rules", "rules/meta-open-source.yaml"])
        .args([
            "--color",
            "never",
            "--format",
            "short",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}

#[test]
fn seed_rule_file_examples_pass() {
    Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["test", "rules/"])
        .assert()
        .code(0);
}
