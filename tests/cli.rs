//! The command line as users and scripts meet it: exit codes, `--fail-on`,
//! output formats, unreadable inputs among good ones, `explain` and `test`.

use std::path::Path;

use assert_cmd::Command;
use claimlint::code::Code;
use predicates::prelude::*;

const FIXTURES: &str = "tests/fixtures/cli";

fn claimlint() -> Command {
    let mut cmd = Command::cargo_bin("claimlint").expect("the binary is built");
    cmd.current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES));
    cmd
}

fn check(args: &[&str]) -> Command {
    let mut cmd = claimlint();
    cmd.args(["check", "--rules", "rules/merger.yaml", "--color", "never"])
        .args(args);
    cmd
}

#[test]
fn a_clean_article_exits_0() {
    check(&["articles/clean.txt"])
        .assert()
        .code(0)
        .stdout("1 file, 0 errors, 0 warnings\n");
}

#[test]
fn a_contradiction_exits_1() {
    check(&["articles/misspelled.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[contradiction/name]"));
}

#[test]
fn fail_on_sets_the_threshold() {
    // A warning only: fails from `warning` down, passes at `error` and `never`.
    let cases = [("error", 0), ("warning", 1), ("info", 1), ("never", 0)];
    for (level, code) in cases {
        check(&["--fail-on", level, "articles/anonymous.txt"])
            .assert()
            .code(code);
    }
    // An error fails at every level but `never`.
    for (level, code) in [("error", 1), ("warning", 1), ("info", 1), ("never", 0)] {
        check(&["--fail-on", level, "articles/misspelled.txt"])
            .assert()
            .code(code);
    }
    // An info finding fails only at `info`.
    for (level, code) in [("error", 0), ("warning", 0), ("info", 1), ("never", 0)] {
        claimlint()
            .args(["check", "--rules", "rules/lenient.yaml", "--fail-on", level])
            .arg("articles/anonymous.txt")
            .assert()
            .code(code);
    }
}

#[test]
fn an_invalid_rule_file_exits_2_with_every_error() {
    claimlint()
        .args([
            "check",
            "--rules",
            "rules/broken.yaml",
            "articles/clean.txt",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("rules/broken.yaml:4:"))
        .stderr(predicate::str::contains("rules/broken.yaml:5:"));
}

#[test]
fn a_missing_article_exits_2_and_the_others_are_still_checked() {
    check(&["articles/misspelled.txt", "articles/nowhere.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("articles/nowhere.txt"))
        .stdout(predicate::str::contains("error[contradiction/name]"));
}

#[test]
fn a_non_utf8_article_exits_2_with_its_byte_offset() {
    check(&["articles/latin1.txt", "articles/misspelled.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("latin1.txt"))
        .stderr(predicate::str::contains("byte 60"))
        .stdout(predicate::str::contains("error[contradiction/name]"));
}

#[test]
fn a_usage_error_exits_2() {
    claimlint()
        .args(["check", "--format", "xml"])
        .assert()
        .code(2);
    claimlint().args(["frobnicate"]).assert().code(2);
}

#[test]
fn short_format_is_one_line_per_finding() {
    check(&["--format", "short", "articles/misspelled.txt"])
        .assert()
        .code(1)
        .stdout(
            "articles/misspelled.txt:2:1: error[contradiction/name] `Ingrid Solbreg` is a misspelling of `Ingrid Solberg`\n",
        );
}

#[test]
fn quiet_prints_only_findings() {
    check(&["--quiet", "articles/clean.txt"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn statistics_count_findings_per_code() {
    check(&[
        "--statistics",
        "--format",
        "short",
        "articles/misspelled.txt",
        "articles/anonymous.txt",
    ])
    .assert()
    .stdout(predicate::str::contains("    1  contradiction/name\n"))
    .stdout(predicate::str::contains("    1  unsupported/anonymous\n"));
}

#[test]
fn json_output_follows_the_schema() {
    let output = check(&[
        "--format",
        "json",
        "articles/misspelled.txt",
        "articles/anonymous.txt",
        "articles/clean.txt",
    ])
    .output()
    .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/findings.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("findings.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("findings.schema.json", &mut schemas)
        .unwrap();
    if let Err(e) = schemas.validate(&value, index) {
        panic!("the JSON output breaks the schema: {e:#}");
    }
    assert_eq!(value["summary"]["files"], 3);
    let name = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "contradiction/name")
        .expect("the misspelled name");
    assert_eq!(name["found"], "Ingrid Solbreg");
    assert_eq!(name["fix"]["replacement"], "Ingrid Solberg");
    assert_eq!(name["fact"]["path"], "rules/merger.yaml");
    assert_eq!(name["fact"]["line"], 11);
    assert_eq!(
        (name["line"].clone(), name["column"].clone()),
        (2.into(), 1.into())
    );
    // Findings are sorted by path: anonymous.txt before misspelled.txt.
    let paths: Vec<&str> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn the_json_schema_rejects_a_drifted_report() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/findings.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("findings.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("findings.schema.json", &mut schemas)
        .unwrap();
    let drifted = serde_json::json!({
        "version": 1,
        "findings": [{"path": "a.txt", "code": "contradiction/name"}],
        "summary": {"files": 1, "sentences": 1, "error": 1, "warning": 0, "info": 0}
    });
    assert!(schemas.validate(&drifted, index).is_err());
}

#[test]
fn output_is_the_same_bytes_across_runs_and_thread_counts() {
    let run = |threads: &str| {
        check(&[
            "--format",
            "json",
            "articles/misspelled.txt",
            "articles/anonymous.txt",
            "articles/clean.txt",
        ])
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .unwrap()
        .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

#[test]
fn explain_knows_every_code() {
    for code in Code::ALL {
        claimlint()
            .args(["explain", code.as_str()])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("## What it does"));
    }
    claimlint()
        .args(["explain", "contradiction/nmae"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("contradiction/name"));
}

#[test]
fn test_runs_the_examples_of_rule_files() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("story.yaml");
    std::fs::write(
        &rules,
        "story: s\nnames: [Helix Bio]\ntests:\n  - text: Helix bio rose.\n    expect: [contradiction/name]\n  - text: Helix Bio rose.\n    expect: []\n",
    )
    .unwrap();
    claimlint()
        .arg("test")
        .arg(&rules)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("2 passed, 0 failed"));
    std::fs::write(
        &rules,
        "story: s\nnames: [Helix Bio]\ntests:\n  - text: Helix bio rose.\n    expect: []\n",
    )
    .unwrap();
    claimlint()
        .arg("test")
        .arg(&rules)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("contradiction/name"));
}

#[test]
fn an_exception_that_excuses_nothing_is_reported_where_it_applies() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rules.yaml"),
        "story: s\nnames: [Helix Bio]\nexceptions:\n  - {path: 'news/*', code: contradiction/name, text: Helix bio}\n  - {path: 'archive/*', code: contradiction/name}\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("news")).unwrap();
    std::fs::write(dir.path().join("news/a.txt"), "Helix Bio rose.\n").unwrap();
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "--rules",
            "rules.yaml",
            "--format",
            "short",
            "news/a.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "rules.yaml:4:5: info[config/unused-suppression] this exception excuses no finding\n"
    );
}

/// `--quiet` hides info findings but the exit code still counts them:
/// what fails a gate does not depend on what is shown.
#[test]
fn quiet_does_not_change_the_exit_code() {
    check(&["--fail-on", "info", "articles/anonymous.txt"])
        .assert()
        .code(1);
    check(&["--fail-on", "info", "--quiet", "articles/anonymous.txt"])
        .assert()
        .code(1);
    check(&["--quiet", "articles/anonymous.txt"])
        .assert()
        .code(0);
}

/// `--diff` reports an article it cannot read, as `check` does, and exits 2.
#[test]
fn diff_reports_unreadable_articles() {
    check(&["--diff", "articles/missing.txt", "articles/clean.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("articles/missing.txt"));
    check(&["--diff", "articles/latin1.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid UTF-8"));
    check(&["--diff", "articles/clean.txt"]).assert().code(0);
}

/// An article named twice (`a.txt ./a.txt`) is checked once.
#[test]
fn an_article_named_twice_is_checked_once() {
    let once = check(&["--format", "short", "articles/misspelled.txt"])
        .output()
        .unwrap();
    let twice = check(&[
        "--format",
        "short",
        "articles/misspelled.txt",
        "./articles/misspelled.txt",
    ])
    .output()
    .unwrap();
    assert!(!once.stdout.is_empty());
    assert_eq!(once.stdout, twice.stdout);
}

/// `claims` and `sentences` read standard input as `-`; `check` says why it
/// does not.
#[test]
fn standard_input_is_read_by_claims_and_refused_by_check_with_a_reason() {
    claimlint()
        .args(["claims", "--rules", "rules/merger.yaml", "-"])
        .write_stdin("Helix bio rose.\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"Helix bio\""));
    check(&["-", "articles/clean.txt"])
        .write_stdin("Helix bio rose.\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not standard input"));
}

/// Rule files are chosen alike by `check`, `claims` and `test`: named (a
/// directory stands for its rule files), else the configuration's, else
/// `rules/`. Two rule files of one story id are an error.
#[test]
fn rule_files_from_the_command_line_the_configuration_or_rules() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("desk")).unwrap();
    std::fs::create_dir_all(root.join("empty")).unwrap();
    std::fs::write(
        root.join("desk/t.yaml"),
        "story: t\nnames: [Helix Bio]\ntests:\n  - text: Helix bio rose.\n    expect: [contradiction/name]\n",
    )
    .unwrap();
    std::fs::write(root.join("a.txt"), "Helix bio rose.\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("claimlint").unwrap();
        cmd.current_dir(root).args(args);
        cmd.assert()
    };
    // Named as a directory.
    run(&["check", "--format", "short", "--rules", "desk", "a.txt"])
        .code(1)
        .stdout(predicate::str::contains("contradiction/name"));
    run(&["check", "--rules", "empty", "a.txt"])
        .code(2)
        .stderr(predicate::str::contains("holds no rule files"));
    // From the configuration, for every command.
    std::fs::write(root.join("claimlint.yaml"), "rules: [desk/]\n").unwrap();
    run(&["check", "--format", "short", "a.txt"])
        .code(1)
        .stdout(predicate::str::contains("contradiction/name"));
    run(&["claims", "a.txt"])
        .code(0)
        .stdout(predicate::str::contains("spelling=\"case\""));
    run(&["test"]).code(0).stdout("1 passed, 0 failed\n");
    // A broken configuration stops them all.
    std::fs::write(root.join("claimlint.yaml"), "rulez: [desk/]\n").unwrap();
    for command in [&["check", "a.txt"][..], &["claims", "a.txt"], &["test"]] {
        run(command).code(2);
    }
    // One story id, two rule files.
    std::fs::remove_file(root.join("claimlint.yaml")).unwrap();
    std::fs::copy(root.join("desk/t.yaml"), root.join("desk/u.yaml")).unwrap();
    run(&["check", "--rules", "desk", "a.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "desk/u.yaml:1:8: story `t` is also the story of desk/t.yaml",
        ));
}

/// A rule file named twice is read once; a directory of rule files at the
/// project root does not take `claimlint.yaml` for one.
#[test]
fn a_rule_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("r.yaml"), "story: t\nnames: [Helix Bio]\n").unwrap();
    std::fs::write(root.join("a.txt"), "Helix bio rose.\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("claimlint").unwrap();
        cmd.current_dir(root).args(args);
        cmd.assert()
    };
    for args in [
        &[
            "check", "--format", "short", "--rules", "r.yaml", "--rules", "./r.yaml", "a.txt",
        ][..],
        &[
            "check", "--format", "short", "--rules", ".", "--rules", "r.yaml", "a.txt",
        ],
    ] {
        run(args)
            .code(1)
            .stdout("a.txt:1:1: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n");
    }
    std::fs::write(root.join("claimlint.yaml"), "rules: [., r.yaml]\n").unwrap();
    run(&["check", "--format", "short", "a.txt"]).code(1);
    run(&["check", "--format", "short", "--rules", ".", "a.txt"]).code(1);
    run(&["test", "."]).code(0);
}

/// An article two rule files apply to reads its directives once per story,
/// but reports each once: unused only when no story used it.
#[test]
fn a_directive_is_reported_once_whatever_the_number_of_stories() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for story in ["one", "two"] {
        std::fs::write(
            root.join(format!("{story}.yaml")),
            format!("story: {story}\napplies-to: [\"*.md\"]\nnames: [Helix Bio]\n"),
        )
        .unwrap();
    }
    let run = |text: &str| {
        std::fs::write(root.join("b.md"), text).unwrap();
        let output = Command::cargo_bin("claimlint")
            .unwrap()
            .current_dir(root)
            .args([
                "check", "--rules", "one.yaml", "--rules", "two.yaml", "--format", "short", "b.md",
            ])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let unused = run("<!-- claimlint-disable-next-line unsupported/source -->\nHelix Bio rose.\n");
    assert_eq!(unused.matches("suppresses nothing").count(), 1, "{unused}");
    let unknown = run("<!-- claimlint-disable-next-line no/such-code -->\nHelix Bio rose.\n");
    assert_eq!(unknown.matches("no/such-code").count(), 1, "{unknown}");
    let used = run("<!-- claimlint-disable-next-line contradiction/name -->\nHelix bio rose.\n");
    assert!(!used.contains("config/unused-suppression"), "{used}");
    assert!(!used.contains("contradiction/name"), "{used}");
}
