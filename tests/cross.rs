//! `consistency/cross-article`: articles of one story that disagree with
//! each other where the rule file is silent.

use assert_cmd::Command;

const RULES: &str = "story: merger
subject: Northwind Pharmaceuticals
sources: [Reuters]
names:
  - name: Northwind Pharmaceuticals
    aliases: [Northwind]
  - Helix Bio
";

fn run(articles: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), RULES).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "--rules",
            "rules.yaml",
            "--format",
            "short",
            "--fail-on",
            "never",
        ])
        .args(articles.iter().map(|(n, _)| *n))
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("cross-article"))
        .map(str::to_string)
        .collect()
}

#[test]
fn catches_figures_leaders_names_and_dates_that_disagree() {
    let found = run(&[
        (
            "a.txt",
            "Helix Bio employs 1,200 people.\n\nHelix Bio, led by Dana Ortiz, agreed to the deal.\n\nNorthwind announced the deal on March 2, 2026.\n",
        ),
        (
            "b.txt",
            "Helix Bio employs 1,500 people.\n\nHelix Bio, led by Marta Ruiz, agreed to the deal.\n\nNorthwind announced the deal on March 3, 2026.\n",
        ),
        (
            "c.txt",
            "Helix Bio, led by Dana Ortíz, agreed to the deal.\n",
        ),
    ]);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found[0].starts_with("b.txt:1:"), "{found:#?}");
    assert!(
        found
            .iter()
            .any(|l| l.contains("`1,500` here, but `1,200` in a.txt"))
    );
    assert!(
        found
            .iter()
            .any(|l| l.contains("`Marta Ruiz` here, but `Dana Ortiz` in a.txt"))
    );
    assert!(
        found
            .iter()
            .any(|l| l.contains("`March 3, 2026` here, but `March 2, 2026` in a.txt"))
    );
    assert!(found.iter().any(|l| l.starts_with("c.txt")
        && l.contains("`Dana Ortíz` here")
        && l.contains("spells this name")));
}

#[test]
fn leaves_agreement_and_unrelated_facts_alone() {
    for articles in [
        // The same facts, twice.
        vec![
            ("a.txt", "Helix Bio employs 1,200 people.\n"),
            ("b.txt", "Helix Bio employs 1,200 people.\n"),
        ],
        // Different organizations, different nouns.
        vec![
            ("a.txt", "Helix Bio employs 1,200 people.\n"),
            ("b.txt", "Northwind employs 9,000 people.\n"),
        ],
        vec![
            ("a.txt", "Helix Bio employs 1,200 people.\n"),
            ("b.txt", "Helix Bio runs 14 laboratories.\n"),
        ],
        // Approximate wording is not a disagreement.
        vec![
            ("a.txt", "Helix Bio employs 1,200 people.\n"),
            ("b.txt", "Helix Bio employs about 1,000 people.\n"),
        ],
        // One article alone.
        vec![(
            "a.txt",
            "Helix Bio employs 1,200 people. Helix Bio employs 1,500 people.\n",
        )],
        // A leader of another organization.
        vec![
            ("a.txt", "Helix Bio, led by Dana Ortiz, agreed.\n"),
            ("b.txt", "Reuters, led by Paul Bascobert, reported it.\n"),
        ],
    ] {
        assert_eq!(run(&articles), Vec::<String>::new(), "{articles:?}");
    }
}
