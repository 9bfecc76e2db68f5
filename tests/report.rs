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

/// A project of one rule file and `articles` (name, text), checked in
/// `format` with `args`; the output, stdout then stderr.
fn check_project(articles: &[(&str, &str)], format: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rules.yaml"),
        "story: t\nsubject: Helix Bio\nnames: [Helix Bio]\n",
    )
    .unwrap();
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", format])
        .args(args)
        .args(articles.iter().map(|(name, _)| name))
        .output()
        .unwrap();
    let mut text = String::from_utf8(output.stdout).unwrap();
    text.push_str(&String::from_utf8(output.stderr).unwrap());
    text
}

/// An article whose name sets the colour and whose text clears the screen,
/// sets the window's title, rings the bell, starts a C1 command and sends
/// the cursor back over its line with a lone CR.
const HOSTILE: (&str, &str) = (
    "a\u{1b}[31m.txt",
    "Decoy.\rHelix bio \u{1b}]0;x\u{7}\u{1b}[2J \u{9b}1m rose.\n",
);

/// The column (in characters) at which `needle` is on the snippet line and
/// at which the carets start on the line below it.
fn caret_at(human: &str, needle: &str) -> (usize, usize) {
    let lines: Vec<&str> = human.lines().collect();
    let i = lines.iter().position(|l| l.contains(needle)).unwrap();
    let column = |line: &str, of: &str| line[..line.find(of).unwrap()].chars().count();
    (column(lines[i], needle), column(lines[i + 1], "^"))
}

#[test]
fn control_characters_from_the_input_never_reach_the_terminal() {
    let human = check_project(&[HOSTILE], "human", &["--color", "never"]);
    assert!(
        !human.contains(|c: char| c.is_control() && c != '\n'),
        "{human:?}"
    );
    assert!(human.contains("┌─ a\\u{1b}[31m.txt:1:8\n"), "{human}");
    // The snippet is the line byte for byte, each control character a `?`
    // (a C1 one a `¿`): the carets are under the text the finding is about.
    assert!(
        human.contains("1 │ Decoy.?Helix bio ?]0;x??[2J ¿1m rose.\n"),
        "{human}"
    );
    let (text, carets) = caret_at(&human, "Helix bio ?");
    assert_eq!(text, carets, "{human}");

    let short = check_project(&[HOSTILE], "short", &[]);
    assert_eq!(
        short,
        "a\\u{1b}[31m.txt:1:8: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n"
    );
    let github = check_project(&[HOSTILE], "github", &[]);
    assert!(
        github.starts_with("::error file=a\\u{1b}[31m.txt,line=1,col=8,"),
        "{github}"
    );
    assert!(!github.contains('\u{1b}'), "{github}");
}

#[test]
fn colour_codes_are_claimlints_own_only() {
    let human = check_project(&[HOSTILE], "human", &["--color", "always"]);
    // Only colour (SGR) sequences, and no other control character.
    let colours = regex::Regex::new("\u{1b}\\[[0-9;]*m").unwrap();
    assert!(colours.is_match(&human));
    let plain = colours.replace_all(&human, "");
    assert!(
        !plain.contains(|c: char| c.is_control() && c != '\n'),
        "{plain:?}"
    );
    assert!(plain.contains("Decoy.?Helix bio ?]0;x??[2J ¿1m rose."));
    assert!(plain.contains("a\\u{1b}[31m.txt:1:8"));
}

#[test]
fn tabs_accents_and_crlf_line_ends_are_shown_as_before() {
    let article = ("café.txt", "Tab\there, café: Helix bio rose.\r\nNext.\r\n");
    let human = check_project(&[article], "human", &["--color", "never"]);
    assert!(human.contains("┌─ café.txt:1:17\n"), "{human}");
    // codespan shows a tab as spaces (to the next stop); nothing is
    // replaced.
    assert!(
        human.contains("1 │ Tab here, café: Helix bio rose.\n"),
        "{human}"
    );
    assert!(!human.contains(['¿', '\\', '\r']), "{human}");
    let (text, carets) = caret_at(&human, "Helix bio rose");
    assert_eq!(text, carets, "{human}");
    assert_eq!(
        check_project(&[article], "short", &[]),
        "café.txt:1:17: error[contradiction/name] `Helix bio` is written in another case than `Helix Bio`\n"
    );
}

#[test]
fn json_escapes_control_characters_itself() {
    let json = check_project(&[HOSTILE], "json", &[]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["findings"][0]["path"], "a\u{1b}[31m.txt");
    assert!(json.contains(r#""path": "a\u001b[31m.txt""#), "{json}");
    assert!(!json.contains('\u{1b}'));
}
