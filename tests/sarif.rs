//! `--format sarif` checked by the official SARIF validator
//! (`@microsoft/sarif-multitool`, which `.ci/run` installs from npm).
//!
//! Without the validator on this machine the test says so and passes,
//! unless `CLAIMLINT_REQUIRE_TOOLS` is set (as `.ci/run` sets it), where a
//! missing validator is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

fn validator() -> Option<PathBuf> {
    let local =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/node/node_modules/.bin/sarif-multitool");
    if local.exists() {
        return Some(local);
    }
    let on_path = Command::new("sarif-multitool").arg("--version").output();
    on_path.is_ok().then(|| PathBuf::from("sarif-multitool"))
}

#[test]
fn sarif_output_passes_the_official_validator() {
    let Some(validator) = validator() else {
        assert!(
            std::env::var_os("CLAIMLINT_REQUIRE_TOOLS").is_none(),
            "the SARIF validator is missing: run .ci/run, or npm install --prefix .ci/node @microsoft/sarif-multitool"
        );
        eprintln!("skipped: the SARIF validator is not installed (see .ci/run)");
        return;
    };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli");
    let output = assert_cmd::Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(&fixtures)
        .args(["check", "--rules", "rules/merger.yaml", "--format", "sarif"])
        .args([
            "articles/misspelled.txt",
            "articles/anonymous.txt",
            "articles/clean.txt",
        ])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let name = results
        .iter()
        .find(|r| r["ruleId"] == "contradiction/name")
        .expect("the misspelled name");
    assert_eq!(
        name["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "rules/merger.yaml"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("claimlint.sarif");
    std::fs::write(&file, &output.stdout).unwrap();
    let report = dir.path().join("validation.sarif");
    let status = Command::new(&validator)
        .arg("validate")
        .arg(&file)
        .arg("--output")
        .arg(&report)
        .status()
        .expect("the validator runs");
    assert!(status.success(), "the validator failed to run");
    let validation: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let problems: Vec<String> = validation["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["level"] == "error" || r["level"] == "warning")
        .map(|r| format!("{}: {}", r["ruleId"], r["message"]))
        .collect();
    assert!(
        problems.is_empty(),
        "the SARIF validator objects: {problems:#?}"
    );
}
