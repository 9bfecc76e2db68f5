//! `claimlint init`: a draft rule file that `check` accepts unchanged and
//! that comes close to what an editor writes by hand.

use std::path::Path;

use assert_cmd::Command;

fn init(dir: &Path, args: &[&str]) -> String {
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir)
        .arg("init")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_seed_draft_is_a_valid_rule_file_close_to_the_hand_written_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let draft = init(root, &["seeds/"]);
    let rules = claimlint::rules::load("draft.yaml", &draft).expect("check accepts the draft");
    assert_eq!(rules.subject.as_ref().unwrap().value, "Meta");
    assert_eq!(rules.leaders[0].person.name.value, "Alexandr Wang");
    assert!(rules.sources.iter().any(|s| s.name.value == "Gizmodo"));
    assert!(rules.models.iter().any(|m| m.name.value == "Llama 4"));
    for rival in ["OpenAI", "Anthropic", "Google"] {
        assert!(
            rules.names.iter().any(|n| n.name.value == rival),
            "{rival} missing"
        );
    }
    // Every value says where it was seen.
    assert!(draft.contains("# 4 mentions in 2 articles; first seeds/"));
}

#[test]
fn a_draft_from_other_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Valdora signs striker\n\nReal Valdora signed Kofi Mensah-Boateng on Friday, Reuters reported. The club, led by Luca Bianchi, beat Porto Azul to the deal.\nMensah-Boateng joins from Accra Lions.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "# Mensah-Boateng to Valdora\n\nKofi Mensah-Boateng will wear the No. 9 shirt at Real Valdora, Reuters reported. Bianchi said Mensah-Boateng was his first choice.\n",
    )
    .unwrap();
    let draft = init(dir.path(), &["."]);
    let rules = claimlint::rules::load("draft.yaml", &draft).expect("check accepts the draft");
    assert_eq!(rules.leaders[0].person.name.value, "Luca Bianchi");
    assert!(rules.sources.iter().any(|s| s.name.value == "Reuters"));
    let people: Vec<&str> = rules.people.iter().map(|p| p.name.value.as_str()).collect();
    assert!(
        people.contains(&"Kofi Mensah-Boateng"),
        "{people:?}\n{draft}"
    );
}

/// A path with a line break: its comment would end at the break and the
/// rest of the name would be read as YAML (here a key of the rule file).
/// The draft escapes it and loads; an accented name and a tab are kept.
#[test]
fn a_path_with_a_line_break_stays_in_its_comment() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    let text = "Jane Doe leads Acme Labs. Doe said so, according to Acme Labs.\n";
    std::fs::write(dir.path().join("a/ok.txt"), text).unwrap();
    let hostile = "a\napplies-to: [\"**\"]\r#\u{1b}[2J\u{85}\u{2028}.txt";
    std::fs::write(dir.path().join("a").join(hostile), text).unwrap();
    let draft = init(dir.path(), &["a"]);
    let rules = claimlint::rules::load("draft.yaml", &draft).expect("check accepts the draft");
    assert_eq!(rules.subject.as_ref().unwrap().value, "Acme Labs");
    assert!(
        draft.contains(
            "; first a/a\\u{a}applies-to: [\"**\"]\\u{d}#\\u{1b}[2J\\u{85}\\u{2028}.txt:1\n"
        ),
        "{draft}"
    );
    assert!(!draft.contains(['\r', '\u{1b}', '\u{85}', '\u{2028}']));
    assert!(
        !draft.lines().any(|l| l.starts_with("applies-to")),
        "{draft}"
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("é\tb.txt"), text).unwrap();
    let draft = init(dir.path(), &["."]);
    claimlint::rules::load("draft.yaml", &draft).expect("check accepts the draft");
    assert!(draft.contains("; first é\tb.txt:1\n"), "{draft}");
}

/// A headline with characters YAML refuses raw (DEL, a C1 control, a
/// noncharacter) or reads as a line break: the title is quoted with each
/// escaped, and reads back as the headline.
#[test]
fn a_title_with_control_characters_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let title = "Acme\u{7f} Labs \u{9b}2J\u{fffe} grows\u{2028} \"fast\" \\ café";
    std::fs::write(
        dir.path().join("a.md"),
        format!("# {title}\n\nJane Doe leads Acme Labs. Doe said so, according to Acme Labs.\n"),
    )
    .unwrap();
    let draft = init(dir.path(), &["."]);
    let rules = claimlint::rules::load("draft.yaml", &draft).expect("check accepts the draft");
    assert_eq!(rules.title.as_ref().unwrap().value, title, "{draft}");
    assert!(
        draft.contains(r#"title: "Acme\u007f Labs \u009b2J\ufffe grows\u2028 \"fast\" \\ café""#),
        "{draft}"
    );
}
