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

/// A rule file's `exceptions` globs are relative to the project root, as
/// its `applies-to` globs are: the same article is excused from the root
/// and from a subdirectory.
#[test]
fn exceptions_match_from_the_project_root_wherever_claimlint_runs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("rules")).unwrap();
    std::fs::create_dir_all(root.join("articles/sport")).unwrap();
    std::fs::write(root.join("claimlint.yaml"), "rules: [rules/]\n").unwrap();
    std::fs::write(
        root.join("rules/t.yaml"),
        "story: t
subject: Real Valdora
applies-to: [\"articles/sport/**\"]
names: [Real Valdora, Kofi Mensah-Boateng]
exceptions:
  - {path: \"articles/sport/**\", code: contradiction/name}
",
    )
    .unwrap();
    std::fs::write(
        root.join("articles/sport/a.txt"),
        "Real Valdora signed Kofi Mensah-Boatng on Friday.\n",
    )
    .unwrap();
    for (cwd, article) in [
        (root.to_path_buf(), "articles/sport/a.txt"),
        (root.join("articles"), "sport/a.txt"),
        (root.join("articles/sport"), "a.txt"),
    ] {
        let (code, out) = check(&cwd, &[article]);
        assert_eq!((code, out.as_str()), (0, ""), "from {}", cwd.display());
    }
    // An exception for another directory excuses nothing, wherever from.
    let rules = std::fs::read_to_string(root.join("rules/t.yaml")).unwrap();
    std::fs::write(
        root.join("rules/t.yaml"),
        rules.replace("path: \"articles/sport/**\"", "path: \"sport/**\""),
    )
    .unwrap();
    let (code, out) = check(&root.join("articles"), &["sport/a.txt"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("contradiction/name"), "{out}");
}

/// An article no rule file applies to is reported at the configuration's
/// severity for `config/no-rules` (no rule file's can apply).
#[test]
fn no_rules_takes_the_configurations_severity() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("rules")).unwrap();
    std::fs::write(
        root.join("rules/a.yaml"),
        "story: a\napplies-to: [\"a/**\"]\nnames: [Helix Bio]\n",
    )
    .unwrap();
    std::fs::write(
        root.join("rules/b.yaml"),
        "story: b\napplies-to: [\"b/**\"]\nnames: [Helix Bio]\n",
    )
    .unwrap();
    std::fs::write(root.join("stray.txt"), "Helix Bio rose.\n").unwrap();
    for (config, code, shown) in [
        ("", 0, "info[config/no-rules]"),
        (
            "severity:\n  config/no-rules: error\n",
            1,
            "error[config/no-rules]",
        ),
        ("severity:\n  config/no-rules: off\n", 0, ""),
    ] {
        std::fs::write(
            root.join("claimlint.yaml"),
            format!("rules: [rules/]\n{config}"),
        )
        .unwrap();
        let (got, out) = check(root, &["stray.txt"]);
        assert_eq!(got, code, "{config}: {out}");
        if shown.is_empty() {
            assert_eq!(out, "", "{config}");
        } else {
            assert!(out.contains(shown), "{config}: {out}");
        }
    }
}
