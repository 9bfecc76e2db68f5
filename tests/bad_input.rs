//! Bad inputs: each gets a clear diagnostic and the right exit code, never
//! a panic, and the good articles beside it are still checked.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

mod common;

const RULES: &str = "story: s\nnames: [Helix Bio]\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), RULES).unwrap();
    std::fs::write(dir.path().join("good.txt"), "Helix bio rose.\n").unwrap();
    dir
}

/// claimlint, run in `dir`.
fn claimlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimlint").unwrap();
    cmd.current_dir(dir);
    cmd
}

/// `check` with the project's rule file, in the short format.
fn check(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    claimlint(dir)
        .args(["check", "--rules", "rules.yaml", "--format", "short"])
        .args(args)
        .assert()
}

/// A file of `len` bytes that takes no room on disk.
fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

fn bad(bytes: &[u8], stderr: &str) {
    let dir = project();
    std::fs::write(dir.path().join("bad.txt"), bytes).unwrap();
    check(dir.path(), &["bad.txt", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(stderr))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
}

#[test]
fn invalid_utf8_names_its_line_column_and_byte_offset() {
    bad(
        b"Helix Bio \xff rose.",
        "bad.txt: invalid UTF-8 at line 1, column 11 (byte 10)",
    );
    // Columns count characters; lines count newlines.
    bad(
        "Caf\u{e9} news.\r\nIt said \u{201c}"
            .as_bytes()
            .iter()
            .copied()
            .chain(*b"\xc3(")
            .collect::<Vec<_>>()
            .as_slice(),
        "bad.txt: invalid UTF-8 at line 2, column 10 (byte 24)",
    );
}

#[test]
fn utf16_is_refused_with_advice() {
    bad(b"\xff\xfeH\x00e\x00", "UTF-16");
}

#[test]
fn nul_bytes_mean_a_binary_file() {
    bad(
        b"Helix Bio\x00\x01\x02",
        "bad.txt: NUL byte at line 1, column 10 (byte 9): this looks like a binary file",
    );
    bad(
        b"PK\x03\x04\n\n\xff\xfe\x00",
        "bad.txt: NUL byte at line 3, column 3 (byte 8)",
    );
}

#[test]
fn unterminated_front_matter_is_an_error() {
    let dir = project();
    std::fs::write(
        dir.path().join("bad.md"),
        "---\nstory: s\n\nHelix bio rose.\n",
    )
    .unwrap();
    check(dir.path(), &["bad.md", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "bad.md: the front matter opened by `---` on line 1 is never closed; add a `---` line after it",
        ));
}

#[test]
fn a_bom_crlf_and_lone_cr_are_read() {
    let dir = project();
    std::fs::write(
        dir.path().join("bom.txt"),
        "\u{feff}Helix bio rose.\r\nIt fell.\rHelix bio again.\n",
    )
    .unwrap();
    check(dir.path(), &["bom.txt"])
        .code(1)
        .stdout("bom.txt:1:2: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\nbom.txt:2:10: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n");
}

#[test]
fn an_empty_file_is_clean() {
    let dir = project();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    check(dir.path(), &["empty.txt"]).code(0).stdout("");
}

#[test]
fn a_long_sentence_and_a_file_without_newlines() {
    let dir = project();
    let sentence = format!("Helix bio {} rose.", "and again ".repeat(100_000));
    std::fs::write(dir.path().join("long.txt"), &sentence).unwrap();
    check(dir.path(), &["long.txt"])
        .code(1)
        .stdout(predicate::str::contains(
            "long.txt:1:1: error[contradiction/name]",
        ));
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let dir = project();
    // One byte over `MAX_ARTICLE_BYTES` (1 GiB), sparse: it takes no room
    // on disk, and it must be refused before it is read.
    sparse(&dir.path().join("huge.txt"), (1 << 30) + 1);
    check(dir.path(), &["huge.txt", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "huge.txt: the file is 1073741825 bytes; articles are limited to 1024 MB",
        ))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
}

/// A device is never read (`/dev/zero` would never end), whether it is
/// given as an article or as the rule file.
#[cfg(unix)]
#[test]
fn a_device_is_refused_as_an_article_and_as_a_rule_file() {
    let dir = project();
    check(dir.path(), &["/dev/zero", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "/dev/zero: not a regular file: `check` reads an article again",
        ))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
    claimlint(dir.path())
        .args(["check", "--rules", "/dev/zero", "good.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read rule file `/dev/zero`: not a regular file (a device or a socket)",
        ));
}

/// `check` reads an article again for its report, so a pipe is refused
/// (without being opened: nothing blocks); `sentences` reads its input once
/// and takes standard input.
#[cfg(unix)]
#[test]
fn check_refuses_a_pipe_and_sentences_reads_standard_input() {
    let dir = project();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    check(dir.path(), &["pipe.txt", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "pipe.txt: not a regular file: `check` reads an article again",
        ))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
    Command::cargo_bin("claimlint")
        .unwrap()
        .args(["sentences", "-"])
        .write_stdin("Helix Bio rose. It fell.")
        .assert()
        .code(0)
        .stdout("Helix Bio rose.\nIt fell.\n");
}

/// Only a file named `claimlint.yaml` configures a project.
#[test]
fn a_directory_named_like_the_configuration_is_passed_by() {
    let dir = project();
    std::fs::create_dir(dir.path().join("claimlint.yaml")).unwrap();
    check(dir.path(), &["good.txt"])
        .code(1)
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
}

/// A configuration that is not UTF-8 is shown up to its bad byte, with
/// the caret under it.
#[test]
fn a_configuration_that_is_not_utf8_points_at_its_byte() {
    let dir = project();
    std::fs::write(
        dir.path().join("claimlint.yaml"),
        b"rules: [rules.yaml]\narticles: [\"caf\xe9\"]\n",
    )
    .unwrap();
    claimlint(dir.path())
        .args(["check", "--color", "never", "good.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "error: invalid UTF-8 at byte 35\n  \u{250c}\u{2500} claimlint.yaml:2:16\n",
        ))
        .stderr(predicate::str::contains("  \u{2502}                ^\n"))
        .stderr(predicate::str::contains(
            "has 1 error, so nothing was checked",
        ));
}

#[test]
fn a_rule_file_over_the_size_limit_is_refused_unread() {
    let dir = project();
    // One byte over `MAX_RULE_FILE_BYTES` (8 MiB), sparse.
    sparse(&dir.path().join("huge.yaml"), (8 << 20) + 1);
    claimlint(dir.path())
        .args(["check", "--rules", "huge.yaml", "good.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read rule file `huge.yaml`: the file is 8388609 bytes; rule files are limited to 8 MB",
        ));
}

/// One sentence, one line, thousands of names: every mention is judged and
/// placed, in time linear in the length of the line.
#[test]
fn a_long_line_full_of_names() {
    let dir = project();
    let unit = "Helix Bio and Helix Bi met, and ";
    let copies = 20_000;
    std::fs::write(dir.path().join("names.txt"), unit.repeat(copies)).unwrap();
    let output = claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", "short"])
        .arg("names.txt")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), copies);
    let column = (copies - 1) * unit.len() + "Helix Bio and ".len() + 1;
    assert_eq!(
        lines[copies - 1],
        format!(
            "names.txt:1:{column}: error[contradiction/name] `Helix Bi` is a misspelling of `Helix Bio`"
        )
    );
}

/// A minified or generated article is one line of megabytes: the human
/// format shows the part of it around each finding, not the whole line.
#[test]
fn the_human_format_cuts_a_long_line_around_each_finding() {
    let dir = project();
    let filler = "the cohort grew, ".repeat(100_000);
    let text = format!("{filler}Helix bio rose, {filler}and Helix Bi fell.");
    std::fs::write(dir.path().join("one-line.html"), format!("<p>{text}</p>")).unwrap();
    let output = claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--color", "never"])
        .arg("one-line.html")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.len() < 3_000, "{} bytes of output", stdout.len());
    let first = 3 + filler.len() + 1;
    let second = first + "Helix bio rose, ".len() + filler.len() + "and ".len();
    assert!(
        stdout.contains(&format!("one-line.html:1:{first}\n")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("one-line.html:1:{second}\n")),
        "{stdout}"
    );
    assert!(stdout.contains("1 │ … the cohort grew, the"), "{stdout}");
    assert!(
        stdout.contains("grew, Helix bio rose, the cohort grew"),
        "{stdout}"
    );
    assert!(stdout.contains("and Helix Bi fell.</p>\n"), "{stdout}");
}

#[test]
fn deeply_nested_markdown_is_read() {
    let dir = project();
    let text = format!("{}Helix bio rose.\n", "> ".repeat(5_000));
    std::fs::write(dir.path().join("deep.md"), text).unwrap();
    check(dir.path(), &["deep.md"]).code(1);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_passed_by_in_a_walk_and_reported_when_named() {
    let dir = project();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    std::fs::write(dir.path().join("articles/a.txt"), "Helix bio rose.\n").unwrap();
    std::os::unix::fs::symlink("loop", dir.path().join("articles/loop")).unwrap();
    // Walks do not follow symbolic links, so a loop is no trap.
    check(dir.path(), &["articles"])
        .code(1)
        .stdout(predicate::str::contains(
            "a.txt:1:1: error[contradiction/name]",
        ));
    check(dir.path(), &["articles/loop", "good.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "articles/loop: cannot read the article: Too many levels of symbolic links",
        ))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
}

/// `check` of `locked`, made unreadable, beside `good.txt`, by a user whom
/// permissions stop: an error naming it, and the good article checked.
/// `None` where no such user can be had (see `common::unprivileged`).
#[cfg(unix)]
fn check_unreadable(dir: &Path, locked: &str) -> Option<assert_cmd::assert::Assert> {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(locked);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let assert = common::unprivileged::claimlint_in(dir)?
        .args(["check", "--rules", "rules.yaml", "--format", "short"])
        .args([locked, "good.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(locked))
        .stderr(predicate::str::contains("Permission denied"))
        .stdout(predicate::str::contains(
            "good.txt:1:1: error[contradiction/name]",
        ));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    Some(assert)
}

#[cfg(unix)]
#[test]
fn an_unreadable_directory_is_an_error_and_the_rest_is_checked() {
    let dir = project();
    std::fs::create_dir(dir.path().join("locked")).unwrap();
    std::fs::write(dir.path().join("locked/a.txt"), "x").unwrap();
    if let Some(assert) = check_unreadable(dir.path(), "locked") {
        // Named once, with what to do about it.
        assert
            .stderr(predicate::str::contains(
                "error: locked: cannot read it: Permission denied",
            ))
            .stderr(predicate::str::contains("give claimlint read permission"));
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_article_is_an_error_and_the_rest_is_checked() {
    let dir = project();
    std::fs::write(dir.path().join("locked.txt"), "Helix bio agreed.\n").unwrap();
    if let Some(assert) = check_unreadable(dir.path(), "locked.txt") {
        assert.stdout(predicate::str::contains("locked.txt:").not());
    }
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_checked() {
    use std::os::unix::ffi::OsStrExt;
    let dir = project();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), "Helix bio rose.\n").unwrap();
    claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", "short"])
        .arg(name)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "caf\u{fffd}.txt:1:1: error[contradiction/name]",
        ));
}

/// On Unix a backslash is a character of a file's name: every format names
/// the file as it is, not a `q1/q2.txt` that does not exist.
#[cfg(unix)]
#[test]
fn a_backslash_in_a_file_name_is_kept() {
    let dir = project();
    std::fs::write(dir.path().join("q1\\q2.txt"), "Helix bio rose.\n").unwrap();
    std::fs::create_dir(dir.path().join("q1")).unwrap();
    std::fs::write(dir.path().join("q1/q2.txt"), "Helix bio rose.\n").unwrap();
    let output = claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", "short"])
        .args(["q1\\q2.txt", "q1/q2.txt"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let files: Vec<&str> = stdout
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(files, ["q1/q2.txt", "q1\\q2.txt"], "{stdout}");
    let output = claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", "json", "."])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut paths: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    paths.sort();
    assert_eq!(paths, ["good.txt", "q1/q2.txt", "q1\\q2.txt"]);
    let output = claimlint(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", "sarif"])
        .args(["q1\\q2.txt", "q1/q2.txt"])
        .output()
        .unwrap();
    let sarif = String::from_utf8(output.stdout).unwrap();
    assert!(sarif.contains("\"uri\": \"q1%5Cq2.txt\""), "{sarif}");
    assert!(sarif.contains("\"uri\": \"q1/q2.txt\""), "{sarif}");
}

/// The current directory is shown as `.`, never as an empty name.
#[test]
fn the_current_directory_is_named_dot() {
    let dir = project();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    claimlint(&empty)
        .args(["check", "--rules", ".", "../good.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`.` holds no rule files"));
    let cwd = empty.canonicalize().unwrap();
    claimlint(&cwd)
        .args(["check", "--rules"])
        .arg(&cwd)
        .arg("../good.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`.` holds no rule files"));
    claimlint(dir.path())
        .args(["sentences", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`.`"));
    // A file under it keeps its own name.
    claimlint(dir.path())
        .args(["check", "--rules", "./missing.yaml", "good.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read rule file `missing.yaml`:",
        ));
}

#[test]
fn a_rule_file_with_a_catastrophic_looking_pattern_stays_linear() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rules.yaml"),
        "story: s\nclaims:\n  - id: x\n    contradicts: ['(a+)+$', '(x|x|x)*y']\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        format!("{}!\n", "a".repeat(50_000)),
    )
    .unwrap();
    check(dir.path(), &["a.txt"]).code(0);
}

#[test]
fn a_rule_file_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), b"story: caf\xe9\n").unwrap();
    std::fs::write(dir.path().join("a.txt"), "x").unwrap();
    check(dir.path(), &["a.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "rules.yaml: invalid UTF-8 at line 1, column 11 (byte 10); re-save the rule file as UTF-8",
        ));
}

/// A rule file whose name and text hold escape sequences: its diagnostic
/// shows them escaped (the name, the parser's message quoting the text) or
/// replaced (the snippet), never raw; an accented name is shown as it is.
#[test]
fn a_rule_file_with_control_characters_is_reported_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "r\u{1b}[31m.yaml";
    std::fs::write(
        dir.path().join(hostile),
        "story: t\nnames: [Helix Bio]\nbogus\u{1b}[2J: 1\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("règles.yaml"), "story: t\nbogus: 1\n").unwrap();
    std::fs::write(dir.path().join("a.txt"), "Helix bio rose.\n").unwrap();
    for (rules, name, snippet) in [
        (hostile, "r\\u{1b}[31m.yaml", "3 │ bogus?[2J: 1\n"),
        ("règles.yaml", "règles.yaml", "2 │ bogus: 1\n"),
    ] {
        let output = claimlint(dir.path())
            .args(["check", "--color", "never", "--rules", rules, "a.txt"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            !stderr.contains(|c: char| c.is_control() && c != '\n'),
            "{stderr:?}"
        );
        assert!(
            stderr.contains(&format!("the rule file `{name}` has 1 error")),
            "{stderr}"
        );
        assert!(stderr.contains(snippet), "{stderr}");
    }
}

/// A lone CR and escape sequences in an article's text are read as text:
/// findings after them keep their line and column, in every format.
#[test]
fn escape_sequences_in_an_article_are_read_as_text() {
    let dir = project();
    std::fs::write(
        dir.path().join("esc.txt"),
        "\u{1b}[2J\u{1b}]0;x\u{7}It fell.\rHelix bio rose.\n",
    )
    .unwrap();
    check(dir.path(), &["esc.txt"])
        .code(1)
        .stdout("esc.txt:1:20: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n");
}

/// Markup is blanked byte by byte in the prose a pattern reads, so a match
/// can end on a blank that stands for half of a character of the file
/// (`é` in a code span, in a tag's attribute). The claim keeps to whole
/// characters, and every command that shows it reads it.
#[test]
fn a_pattern_that_ends_inside_blanked_markup_keeps_to_whole_characters() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("a.md", "Helix `é` fell today.\n", "helix {3}"),
        ("b.md", "Helix `é` fell today.\n", "\\s{2}fell"),
        (
            "c.html",
            "<p>Helix <b title=\"é\">fell</b> today.</p>\n",
            "helix {12}",
        ),
    ];
    for (name, text, pattern) in cases {
        std::fs::write(dir.path().join(name), text).unwrap();
        std::fs::write(
            dir.path().join("rules.yaml"),
            format!("story: s\nclaims:\n  - id: c1\n    contradicts: ['{pattern}']\n"),
        )
        .unwrap();
        for format in ["human", "json"] {
            let out = claimlint(dir.path())
                .args(["check", "--rules", "rules.yaml", "--format", format, name])
                .assert()
                .code(1)
                .get_output()
                .clone();
            assert!(
                String::from_utf8_lossy(&out.stdout).contains("contradiction/claim"),
                "{name} {pattern} {format}"
            );
        }
        claimlint(dir.path())
            .args(["claims", "--rules", "rules.yaml", name])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("c1"));
    }
}

/// `print!` panics on a closed or full stdout; claimlint's commands stop
/// quietly when the reader is gone (`| head`) and say so when the disk is
/// full.
#[test]
fn a_closed_or_full_stdout_is_no_panic() {
    let dir = project();
    let bin = assert_cmd::cargo::cargo_bin("claimlint");
    for args in [
        &["explain", "all"][..],
        &["explain", "contradiction/name"],
        &["test", "rules.yaml"],
        &["init", "good.txt"],
        &["sentences", "good.txt"],
        &["check", "--rules", "rules.yaml", "good.txt"],
        &["check", "--rules", "rules.yaml", "--diff", "good.txt"],
    ] {
        // A reader that is gone before the first byte: the pipe's read end
        // is closed before claimlint starts, so its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(&bin)
            .args(args)
            .current_dir(dir.path())
            .stdout(writer)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}");
        // The reader left on purpose: nothing to report.
        assert!(!stderr.contains("cannot write"), "{args:?}: {stderr}");

        if Path::new("/dev/full").exists() {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let out = std::process::Command::new(&bin)
                .args(args)
                .current_dir(dir.path())
                .stdout(full)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(
                stderr.contains("No space left on device"),
                "{args:?}: {stderr}"
            );
        }
    }
}

/// Every capitalized word of an article starts a search for runs as long as
/// the longest name, so a name of thousands of words would make the check
/// quadratic: names are limited, with a diagnostic that shows an excerpt of
/// the line rather than all of it.
#[test]
fn a_name_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let name: Vec<String> = (0..3000).map(|i| format!("Word{i}")).collect();
    std::fs::write(
        dir.path().join("rules.yaml"),
        format!("story: s\nnames:\n  - name: {}\n", name.join(" ")),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Word1 Word2 Word3.\n").unwrap();
    let out = check(dir.path(), &["a.txt"])
        .code(2)
        .stderr(predicate::str::contains(
            "is too long (3000 words, 25889 bytes); names, titles and organizations are limited to 16 words and 256 bytes",
        ))
        .get_output()
        .clone();
    // The one line of the rule file is cut around the error.
    assert!(out.stderr.len() < 4000, "{}", out.stderr.len());

    // Sixteen words pass, in a name, an alias or a distinct name.
    let sixteen = name[..16].join(" ");
    std::fs::write(
        dir.path().join("rules.yaml"),
        format!("story: s\nnames:\n  - name: {sixteen}\n    aliases: [{sixteen} Inc]\n"),
    )
    .unwrap();
    check(dir.path(), &["a.txt"])
        .code(2)
        .stderr(predicate::str::contains("(17 words, "));
    std::fs::write(
        dir.path().join("rules.yaml"),
        format!(
            "story: s\nnames:\n  - name: {sixteen}\ndistinct: ['{}']\n",
            "x".repeat(300)
        ),
    )
    .unwrap();
    check(dir.path(), &["a.txt"])
        .code(2)
        .stderr(predicate::str::contains("(1 word, 300 bytes)"));
    std::fs::write(
        dir.path().join("rules.yaml"),
        format!("story: s\nnames:\n  - name: {sixteen}\n"),
    )
    .unwrap();
    check(dir.path(), &["a.txt"]).code(0);
}

/// An error about an input (here an article that is not UTF-8) names the
/// file with its control characters escaped, as the report does: a file
/// name cannot send the terminal a command.
#[test]
fn an_error_names_a_hostile_file_name_escaped() {
    let dir = project();
    std::fs::write(dir.path().join("x\u{1b}[31m.txt"), b"caf\xe9\n").unwrap();
    std::fs::write(dir.path().join("caf\u{e9}.txt"), b"caf\xe9\n").unwrap();
    let out = check(dir.path(), &["x\u{1b}[31m.txt", "caf\u{e9}.txt"])
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(
        stderr.contains("x\\u{1b}[31m.txt: invalid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("caf\u{e9}.txt: invalid UTF-8"), "{stderr}");
}
