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

/// `check` in a project of one rule file (`rules/t.yaml`), one article with
/// a miscased name (`articles/a.txt`) and `config` as its claimlint.yaml:
/// the exit code, stdout and stderr.
fn configured(config: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules")).unwrap();
    std::fs::create_dir_all(dir.path().join("articles")).unwrap();
    std::fs::write(
        dir.path().join("rules/t.yaml"),
        "story: t\nsubject: Helix Bio\nnames: [Helix Bio]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("articles/a.txt"), "Helix bio rose.\n").unwrap();
    std::fs::write(dir.path().join("claimlint.yaml"), config).unwrap();
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "short", "--color", "never"])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const FINDING: &str = "articles/a.txt:1:1: error[contradiction/name]";

/// The configuration is invalid: exit 2, nothing checked, and stderr holds
/// every one of `expected`.
fn refused(config: &str, expected: &[&str]) {
    let (code, out, err) = configured(config);
    assert_eq!(code, 2, "{config}\n{out}{err}");
    assert_eq!(out, "", "{config}");
    for e in expected {
        assert!(err.contains(e), "{config}: no {e:?} in\n{err}");
    }
    assert!(
        err.contains("the configuration file `claimlint.yaml` has"),
        "{err}"
    );
    assert!(!err.contains("rule file `claimlint.yaml`"), "{err}");
}

/// The configuration is read: `article.txt`'s finding is reported or not.
fn accepted(config: &str, finding: bool) {
    let (code, out, err) = configured(config);
    assert_eq!(err, "", "{config}");
    assert_eq!(out.contains(FINDING), finding, "{config}\n{out}");
    assert_eq!(code, i32::from(finding), "{config}\n{out}");
}

#[test]
fn a_configuration_value_of_the_wrong_type_is_an_error() {
    refused(
        "rules: 5\n",
        &[
            "claimlint.yaml:1:8",
            "`rules` must be a rule file or directory or a list of them, not a number or boolean",
            "help: write `rules: [rules/]`",
        ],
    );
    refused(
        "articles: {a: 1}\n",
        &[
            "claimlint.yaml:1:11",
            "`articles` must be a glob or a list of them, not a mapping",
        ],
    );
    refused(
        "articles: [5]\n",
        &[
            "claimlint.yaml:1:12",
            "an entry of `articles` must be a string, not a number or boolean",
            "write it in quotes: `\"5\"`",
        ],
    );
    refused(
        "severity: [contradiction/name]\n",
        &["claimlint.yaml:1:11", "`severity` must be a mapping"],
    );
    refused(
        "- rules/\n",
        &[
            "claimlint.yaml:1:1",
            "claimlint.yaml must be a mapping, not a list",
        ],
    );
    // The look-alikes: one string for a list, a quoted number, nothing at all.
    accepted("rules: rules/\narticles: articles/**\n", true);
    accepted("articles: [\"5\"]\n", false);
    accepted("rules:\narticles:\n", true);
    accepted("# nothing configured\n", true);
}

#[test]
fn configuration_values_are_read_as_yaml_reads_them() {
    // An escape in a double-quoted string: `\x2a` is `*`.
    accepted("articles: [\"articles/\\x2a*\"]\n", true);
    accepted("articles: ['articles/\\x2a*']\n", false);
    // A quoted key.
    accepted("severity: {\"contradiction/name\": off}\n", false);
    accepted("severity: {'contradiction/name': error}\n", true);
    // An alias stands for its anchor's value.
    accepted(
        "severity:\n  unsupported/anonymous: &quiet off\n  contradiction/name: *quiet\n",
        false,
    );
    refused(
        "articles: &a [articles/**]\nrules: *a\n",
        &[
            "claimlint.yaml:2:8",
            "there is no rule file or directory `articles/**`",
        ],
    );
    refused(
        "severity: {\"contradiction/nme\": off}\n",
        &["claimlint.yaml:1:12", "did you mean `contradiction/name`?"],
    );
}

#[test]
fn a_rules_entry_must_name_a_rule_file_or_directory_that_exists() {
    refused(
        "rules: [\"\"]\n",
        &[
            "claimlint.yaml:1:9",
            "an entry of `rules` is empty",
            "help: write a rule file or directory, or remove the entry",
        ],
    );
    refused(
        "rules: [rules/, \"rules/*.yaml\"]\n",
        &[
            "claimlint.yaml:1:17",
            "there is no rule file or directory `rules/*.yaml`",
            "globs are not expanded here",
        ],
    );
    refused(
        "rules:\n  - rules/t.yaml\n  - rules/gone.yaml\n",
        &[
            "claimlint.yaml:3:5",
            "there is no rule file or directory `rules/gone.yaml`",
        ],
    );
    refused(
        "rules: [claimlint.yaml]\n",
        &["`claimlint.yaml` is this configuration file, not a rule file"],
    );
    refused("articles: [\"\"]\n", &["an entry of `articles` is empty"]);
    // The look-alikes: a rule file and a directory that exist.
    accepted("rules: [rules/t.yaml]\n", true);
    accepted("rules: [rules]\n", true);
}

/// The root as a rule directory: its rule files are read, the configuration
/// beside them is not.
#[test]
fn the_configuration_is_no_rule_file_of_its_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("t.yaml"),
        "story: t\nsubject: Helix Bio\nnames: [Helix Bio]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Helix bio rose.\n").unwrap();
    for rules in ["\".\"", "./", "."] {
        let config = format!("rules: [{rules}]\narticles: [\"*.txt\"]\n");
        std::fs::write(dir.path().join("claimlint.yaml"), &config).unwrap();
        let (code, out) = check(dir.path(), &[]);
        assert_eq!(code, 1, "{config}\n{out}");
        assert_eq!(
            out,
            "a.txt:1:1: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n",
            "{config}"
        );
    }
}

/// `articles:` globs are matched together: an article matched by any one of
/// them is read, one matched by none is not.
#[test]
fn an_article_matched_by_any_article_glob_is_read() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["rules", "a", "b", "c/d"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    std::fs::write(
        dir.path().join("rules/t.yaml"),
        "story: t\nsubject: Helix Bio\nnames: [Helix Bio]\n",
    )
    .unwrap();
    for file in ["a/1.txt", "b/2.md", "b/3.txt", "c/d/4.txt", "5.txt"] {
        std::fs::write(dir.path().join(file), "Helix bio rose.\n").unwrap();
    }
    let mut config = String::from("articles:\n");
    for i in 0..500 {
        config.push_str(&format!("  - \"zz{i}/**/*.txt\"\n"));
    }
    config.push_str("  - \"a/**\"\n  - \"b/*.md\"\n  - \"c/**/*.txt\"\n  - \"{x,y}.txt\"\n");
    std::fs::write(dir.path().join("claimlint.yaml"), &config).unwrap();
    let (code, out) = check(dir.path(), &[]);
    assert_eq!(code, 1, "{out}");
    let files: Vec<&str> = out.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(files, ["a/1.txt", "b/2.md", "c/d/4.txt"]);
    // Paths given on the command line are read whatever the globs.
    let (_, out) = check(dir.path(), &["5.txt"]);
    assert!(out.starts_with("5.txt:1:1:"), "{out}");
}

/// A path through `..` is matched as the path it names.
#[test]
fn globs_match_a_path_through_a_parent_directory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("rules")).unwrap();
    std::fs::create_dir_all(root.join("articles/sport")).unwrap();
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    std::fs::write(root.join("claimlint.yaml"), "rules: [rules/]\n").unwrap();
    std::fs::write(
        root.join("rules/t.yaml"),
        "story: t\nnames: [Kofi Mensah-Boateng]\nexceptions:\n  - {path: \"articles/sport/*\", code: contradiction/name}\n",
    )
    .unwrap();
    let text = "Real Valdora signed Kofi Mensah-Boatng on Friday.\n";
    std::fs::write(root.join("articles/sport/a.txt"), text).unwrap();
    std::fs::write(root.join("drafts/a.txt"), text).unwrap();
    let (code, out) = check(&root.join("drafts"), &["../articles/sport/a.txt"]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out) = check(&root.join("articles/sport"), &["../../drafts/a.txt"]);
    assert_eq!(code, 1, "{out}");
}
