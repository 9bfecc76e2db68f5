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
