//! `--fix` and `--diff`: canonical names put right, atomically, and never
//! a byte lost.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

mod common;

const RULES: &str = "story: s
names:
  - Helix Bio
  - name: Veltrazumab
people:
  - name: Tomás Ferreira
    aliases: [Ferreira]
models:
  - name: Rook 2
    family: Rook
    misspellings: [ROOK 2]
";

const ARTICLE: &str = "Helix bio said on Monday that ROOK 2 and Veltrazumb\r\nwould ship.\r\nTomás Ferreira agreed; Rook 5 is a rumour.\r\n";

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), RULES).unwrap();
    std::fs::write(dir.path().join("article.txt"), ARTICLE).unwrap();
    dir
}

fn claimlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimlint").unwrap();
    cmd.current_dir(dir)
        .args(["check", "--rules", "rules.yaml", "--color", "never"]);
    cmd
}

#[test]
fn diff_prints_the_fixes_and_changes_nothing() {
    let dir = setup();
    claimlint(dir.path())
        .args(["--diff", "article.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--- a/article.txt"))
        .stdout(predicate::str::contains(
            "+Helix Bio said on Monday that Rook 2 and Veltrazumab\r\n",
        ));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("article.txt")).unwrap(),
        ARTICLE
    );
}

#[test]
fn fix_round_trip_changes_only_the_fixed_spans() {
    let dir = setup();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .stderr(predicate::str::contains("fixed 3 findings in 1 file"))
        // What cannot be fixed is still reported, against the new text.
        .stdout(predicate::str::contains("warning[unsupported/model]"))
        .stdout(predicate::str::contains("article.txt:3:"));
    let fixed = std::fs::read_to_string(dir.path().join("article.txt")).unwrap();
    assert_eq!(
        fixed,
        "Helix Bio said on Monday that Rook 2 and Veltrazumab\r\nwould ship.\r\nTomás Ferreira agreed; Rook 5 is a rumour.\r\n"
    );
    // Checked again: nothing fixable is left.
    claimlint(dir.path())
        .args(["--diff", "article.txt"])
        .assert()
        .code(0)
        .stdout("");
}

/// Fixing `Veltrazumb` must not make `Veltrazumab B` look like a misspelling
/// on the next run, nor may a fix ever delete the word after a name.
#[test]
fn fix_keeps_a_one_letter_word_after_a_name() {
    let dir = setup();
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "Patients on Veltrazumb B did well; Ferreira a dit oui. Helix Bio x rose.\n",
    )
    .unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("fixed 1 finding in 1 file"));
    assert_eq!(
        std::fs::read_to_string(&article).unwrap(),
        "Patients on Veltrazumab B did well; Ferreira a dit oui. Helix Bio x rose.\n"
    );
    claimlint(dir.path())
        .args(["--diff", "article.txt"])
        .assert()
        .code(0)
        .stdout("");
}

#[cfg(unix)]
#[test]
fn fix_on_a_read_only_file_is_an_error_and_leaves_it_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = setup();
    let article = dir.path().join("article.txt");
    std::fs::set_permissions(&article, std::fs::Permissions::from_mode(0o444)).unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot apply fixes"));
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    let mode = std::fs::metadata(&article).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn fix_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = setup();
    let article = dir.path().join("article.txt");
    std::fs::set_permissions(&article, std::fs::Permissions::from_mode(0o640)).unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(0);
    let mode = std::fs::metadata(&article).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left behind: {leftovers:?}"
    );
}

#[test]
fn a_file_changed_since_it_was_read_is_left_alone() {
    let dir = setup();
    let article = dir.path().join("article.txt");
    let result = claimlint::fix::write_atomically(&article, b"what was read", b"the fix");
    assert!(matches!(result, Err(claimlint::fix::WriteError::Changed)));
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_original_intact() {
    use std::os::unix::fs::PermissionsExt;
    let dir = setup();
    let sub = dir.path().join("desk");
    std::fs::create_dir(&sub).unwrap();
    let article = sub.join("article.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o555)).unwrap();
    let Some(mut claimlint) = common::unprivileged::claimlint_in(dir.path()) else {
        return;
    };
    claimlint
        .args(["check", "--rules", "rules.yaml", "--color", "never"])
        .args(["--fix", "desk/article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot apply fixes"))
        .stderr(predicate::str::contains("Permission denied"));
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
}

/// The fix goes to a new file renamed over the article: the old file (here
/// still open to a reader) is never written, so a reader sees either the
/// old text or the new, never half of one.
#[cfg(unix)]
#[test]
fn fix_replaces_the_file_by_a_rename() {
    use std::io::Read;
    use std::os::unix::fs::MetadataExt;
    let dir = setup();
    let article = dir.path().join("article.txt");
    let mut reader = std::fs::File::open(&article).unwrap();
    let inode = std::fs::metadata(&article).unwrap().ino();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(0);
    assert_ne!(std::fs::metadata(&article).unwrap().ino(), inode);
    let mut old = String::new();
    reader.read_to_string(&mut old).unwrap();
    assert_eq!(old, ARTICLE);
    assert!(
        std::fs::read_to_string(&article)
            .unwrap()
            .starts_with("Helix Bio said")
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "left behind: {names:?}");
}

/// A write that fails part-way (here the temporary file cannot be created:
/// a directory is in its place) leaves the article as it was. Unlike a
/// read-only directory, this stops root too.
#[test]
fn a_write_that_fails_leaves_the_original_intact_even_as_root() {
    let dir = setup();
    let article = dir.path().join("article.txt");
    let temp = claimlint::fix::temp_path(&article);
    std::fs::create_dir(&temp).unwrap();
    let result =
        claimlint::fix::write_atomically(&article, ARTICLE.as_bytes(), b"Helix Bio said so.\n");
    assert!(
        matches!(result, Err(claimlint::fix::WriteError::Io(_))),
        "{result:?}"
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    assert!(
        temp.is_dir(),
        "what was in the temporary file's place is gone"
    );
}

/// A name with markup inside it (a comment, a link's start tag, an entity
/// cut by the name's end) is reported, but its fix would replace the markup
/// too: it stays a suggestion, and the file keeps every byte. The same name
/// in plain prose beside it is fixed.
#[test]
fn a_fix_over_markup_is_only_suggested() {
    let dir = setup();
    let cases = [
        (
            "c.md",
            "Helix <!-- legal: keep this --> bio rose. Helix bio fell.\n",
            "Helix <!-- legal: keep this --> bio rose. Helix Bio fell.\n",
        ),
        (
            "d.html",
            "<p>Helix <a href=\"https://example.com\">bio</a> rose. Helix bio fell.</p>\n",
            "<p>Helix <a href=\"https://example.com\">bio</a> rose. Helix Bio fell.</p>\n",
        ),
        (
            "e.html",
            "<p>Nestl&eacute; rose; Nestlé fell; Helix bio held.</p>\n",
            "<p>Nestl&eacute; rose; NESTLÉ fell; Helix Bio held.</p>\n",
        ),
    ];
    for (name, before, after) in cases {
        if name == "e.html" {
            std::fs::write(
                dir.path().join("rules.yaml"),
                RULES.replace("names:\n", "names:\n  - NESTLÉ\n"),
            )
            .unwrap();
        }
        std::fs::write(dir.path().join(name), before).unwrap();
        claimlint(dir.path())
            .args(["--format", "short", "--fix", name])
            .assert()
            .stderr(predicate::str::contains(if name == "e.html" {
                "fixed 2 findings in 1 file"
            } else {
                "fixed 1 finding in 1 file"
            }))
            .stdout(predicate::str::contains("error[contradiction/name]"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            after,
            "{name}"
        );
    }
}

/// `--fix` through a symbolic link rewrites the article it points to, and
/// the link stays a link. Named twice, through the link and directly, the
/// article is fixed once (two writers of one file would race).
#[cfg(unix)]
#[test]
fn fix_through_a_symlink_keeps_the_link() {
    let dir = setup();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    std::fs::rename(
        dir.path().join("article.txt"),
        dir.path().join("real/article.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink("real/article.txt", dir.path().join("link.txt")).unwrap();
    claimlint(dir.path())
        .args(["--fix", "link.txt", "real/article.txt", "./link.txt"])
        .assert()
        .stderr(predicate::str::contains("fixed 3 findings in 1 file"))
        .stderr(predicate::str::contains("cannot apply").not());
    let link = dir.path().join("link.txt");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        std::fs::read_to_string(dir.path().join("real/article.txt"))
            .unwrap()
            .starts_with("Helix Bio said on Monday that Rook 2 and Veltrazumab\r\n")
    );
    // No temporary file is left beside either.
    for d in [dir.path().to_path_buf(), dir.path().join("real")] {
        let stray: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("claimlint"))
            .collect();
        assert!(stray.is_empty(), "{stray:?}");
    }
}

/// `--fix` replaces an article with a fixed copy. The copy keeps the
/// article's owner and group (as root, fixing a user's article); a user who
/// may not write the article cannot replace it either, even in a directory
/// they may write; and one who may write it but cannot hand the copy to its
/// owner leaves it alone rather than take it over.
#[cfg(unix)]
#[test]
fn fix_never_takes_an_article_from_its_owner() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = setup();
    let article = dir.path().join("article.txt");
    let root = std::fs::metadata(&article).unwrap().uid() == 0;
    if !root {
        eprintln!("skipped: only root can give a file to another user");
        return;
    }
    // Root fixes nobody's article: it stays nobody's.
    std::os::unix::fs::chown(&article, Some(65534), Some(65534)).unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(0);
    let fixed = std::fs::metadata(&article).unwrap();
    assert_eq!((fixed.uid(), fixed.gid()), (65534, 65534));
    assert!(
        std::fs::read_to_string(&article)
            .unwrap()
            .starts_with("Helix Bio said")
    );

    // Nobody, in a directory open to all, on root's articles.
    let Some(mut cmd) = common::unprivileged::claimlint_in(dir.path()) else {
        return;
    };
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    cmd.args([
        "check",
        "--rules",
        "rules.yaml",
        "--color",
        "never",
        "--fix",
        "article.txt",
    ]);
    for (mode, says) in [(0o644, "Permission denied"), (0o666, "belongs to user 0")] {
        std::fs::write(&article, ARTICLE).unwrap();
        std::os::unix::fs::chown(&article, Some(0), Some(0)).unwrap();
        std::fs::set_permissions(&article, std::fs::Permissions::from_mode(mode)).unwrap();
        cmd.assert().code(2).stderr(
            predicate::str::contains("cannot apply fixes").and(predicate::str::contains(says)),
        );
        let after = std::fs::metadata(&article).unwrap();
        assert_eq!((after.uid(), after.gid()), (0, 0), "{mode:o}");
        assert_eq!(
            std::fs::read_to_string(&article).unwrap(),
            ARTICLE,
            "{mode:o}"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

/// A replaced file loses its other names' text: an article with hard links
/// is not fixed, and neither name changes.
#[cfg(unix)]
#[test]
fn fix_leaves_an_article_with_hard_links_alone() {
    let dir = setup();
    let article = dir.path().join("article.txt");
    let other = dir.path().join("other.txt");
    std::fs::hard_link(&article, &other).unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hard links"));
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    assert_eq!(std::fs::read_to_string(&other).unwrap(), ARTICLE);
    // Without the other name, it is fixed.
    std::fs::remove_file(&other).unwrap();
    claimlint(dir.path())
        .args(["--fix", "article.txt"])
        .assert()
        .code(0);
}

/// The temporary file's name is short: an article whose name is as long as
/// a name may be is fixed.
#[test]
fn fix_an_article_with_the_longest_name() {
    let dir = setup();
    let name = format!("{}.txt", "a".repeat(251));
    std::fs::rename(dir.path().join("article.txt"), dir.path().join(&name)).unwrap();
    claimlint(dir.path())
        .args(["--fix", &name])
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(dir.path().join(&name))
            .unwrap()
            .starts_with("Helix Bio said")
    );
}
