//! A newsroom repository with three stories: `claimlint.yaml` found upward,
//! its rule directories, article globs and severities; rule files chosen per
//! article by front matter, then `applies-to`, then the only one.

use std::path::Path;

use assert_cmd::Command;

fn newsroom() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/newsroom")
}

fn check(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir)
        .args(["check", "--format", "short", "--color", "never"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn each_article_is_checked_against_its_own_story() {
    let (code, out) = check(&newsroom(), &[]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            // front matter `story:` picks the merger; its own severity wins
            // over the configuration's.
            "articles/business/merger.md:5:41: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`",
            "articles/business/merger.md:5:52: warning[unsupported/anonymous] anonymous attribution `Analysts suggest`",
            // No rule file applies: reported once, not skipped.
            "articles/business/unassigned.txt:1:1: info[config/no-rules] no rule file applies to this article, so it is not checked",
            // `applies-to` picks the ruling; the configuration makes anonymous sourcing info.
            "articles/courts/ruling.txt:3:50: info[unsupported/anonymous] anonymous attribution `Observers highlight`",
            "articles/sport/signing.md:3:21: error[contradiction/name] `Kofi Mensah-Boatng` is a misspelling of `Kofi Mensah-Boateng`",
            "articles/sport/signing.md:3:69: info[unsupported/anonymous] anonymous attribution `Sources say`",
        ]
    );
    // `drafts/` is outside the configuration's article globs.
    assert!(!out.contains("drafts/"));
}

#[test]
fn the_configuration_is_found_from_a_subdirectory() {
    let (code, out) = check(&newsroom().join("articles/courts"), &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "ruling.txt:3:50: info[unsupported/anonymous] anonymous attribution `Observers highlight`\n"
    );
}

#[test]
fn an_invalid_configuration_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claimlint.yaml"), "rulez: [rules/]\n").unwrap();
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("did you mean `rules`?"), "{stderr}");
    assert!(stderr.contains("claimlint.yaml:1:1"), "{stderr}");
}
