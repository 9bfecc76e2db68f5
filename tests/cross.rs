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
    output(RULES, articles, "short")
        .0
        .lines()
        .filter(|l| l.contains("cross-article"))
        .map(str::to_string)
        .collect()
}

/// The whole stdout of a check of `articles` against `rules` in `format`,
/// and the exit code.
fn output(rules: &str, articles: &[(&str, &str)], format: &str) -> (String, i32) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rules.yaml"), rules).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let output = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--rules", "rules.yaml", "--format", format])
        .args(articles.iter().map(|(n, _)| *n))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    (stdout, output.status.code().unwrap())
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

/// The JSON contract: `found` is the article's text, `expected` the other
/// article's, `sentence` the sentence the finding is in.
#[test]
fn json_fields_are_article_text() {
    let (json, _) = output(
        RULES,
        &[
            (
                "a.txt",
                "Intro. Helix Bio employs 1,200 people. Northwind announced the deal on March 2, 2026.\n",
            ),
            (
                "b.txt",
                "Intro. Helix Bio employs 1,500 people. Northwind announced the deal on March 3, 2026.\n",
            ),
        ],
        "json",
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "consistency/cross-article")
        .collect();
    let fields: Vec<(&str, &str, u64, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["found"].as_str().unwrap(),
                f["expected"].as_str().unwrap(),
                f["sentence"]["start"].as_u64().unwrap(),
                f["sentence"]["end"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("1,500", "1,200", 7, 38),
            ("March 3, 2026", "March 2, 2026", 39, 85)
        ],
        "{json:#}"
    );
}

/// The rule file's `severity` sets the finding's severity, or turns it off.
#[test]
fn severity_from_the_rule_file() {
    let articles = [
        ("a.txt", "Helix Bio employs 1,200 people.\n"),
        ("b.txt", "Helix Bio employs 1,500 people.\n"),
    ];
    let error = format!("{RULES}severity:\n  consistency/cross-article: error\n");
    let (out, code) = output(&error, &articles, "short");
    assert!(out.contains("error[consistency/cross-article]"), "{out}");
    assert_eq!(code, 1);
    let off = format!("{RULES}severity:\n  consistency/cross-article: \"off\"\n");
    let (out, code) = output(&off, &articles, "short");
    assert!(!out.contains("cross-article"), "{out}");
    assert_eq!(code, 0, "{out}");
    // By default, a warning.
    let (out, _) = output(RULES, &articles, "short");
    assert!(out.contains("warning[consistency/cross-article]"), "{out}");
}

/// An exception of the rule file excuses a disagreement, and is used; one
/// for another article or another text excuses nothing and says so.
#[test]
fn exceptions_excuse_it() {
    let articles = [
        ("a.txt", "Helix Bio employs 1,200 people.\n"),
        ("b.txt", "Helix Bio employs 1,500 people.\n"),
    ];
    for (exception, excused) in [
        ("{path: b.txt, code: consistency/cross-article}", true),
        (
            "{path: b.txt, code: consistency/cross-article, text: \"1,500\"}",
            true,
        ),
        ("{path: a.txt, code: consistency/cross-article}", false),
        (
            "{path: b.txt, code: consistency/cross-article, text: \"1,200\"}",
            false,
        ),
    ] {
        let rules = format!("{RULES}exceptions:\n  - {exception}\n");
        let (out, _) = output(&rules, &articles, "short");
        assert_eq!(
            !out.contains("[consistency/cross-article]"),
            excused,
            "{exception}: {out}"
        );
        assert_eq!(
            out.contains("excuses no finding"),
            !excused,
            "{exception}: {out}"
        );
    }
}

/// An article's directives suppress a disagreement found in it and are
/// used; one over a fact no other article contradicts suppresses nothing.
#[test]
fn directives_suppress_it() {
    let a = ("a.md", "Helix Bio employs 1,200 people.\n");
    for (b, suppressed) in [
        (
            "<!-- claimlint-disable-next-line consistency/cross-article -->\nHelix Bio employs 1,500 people.\n",
            true,
        ),
        (
            "<!-- claimlint-disable consistency/cross-article -->\n\nHelix Bio employs 1,500 people.\n",
            true,
        ),
        (
            "<!-- claimlint-disable-next-line -->\nHelix Bio employs 1,500 people.\n",
            true,
        ),
        // Another line, another code, or no disagreement: nothing to suppress.
        (
            "<!-- claimlint-disable-next-line consistency/cross-article -->\nIntro.\n\nHelix Bio employs 1,500 people.\n",
            false,
        ),
        (
            "<!-- claimlint-disable-next-line contradiction/name -->\nHelix Bio employs 1,500 people.\n",
            false,
        ),
        (
            "<!-- claimlint-disable-next-line consistency/cross-article -->\nHelix Bio employs 1,200 people.\n",
            false,
        ),
    ] {
        let (out, _) = output(RULES, &[a, ("b.md", b)], "short");
        let disagrees = b.contains("1,500");
        assert_eq!(
            out.contains("[consistency/cross-article]"),
            disagrees && !suppressed,
            "{b}: {out}"
        );
        assert_eq!(
            out.contains("suppresses nothing"),
            !suppressed,
            "{b}: {out}"
        );
    }
}

/// A name is compared as it reads: markup inside it is no other spelling; a
/// real one still is.
#[test]
fn names_are_compared_as_they_read() {
    let plain = ("a.txt", "Helix Bio, led by Dana Ortiz, agreed.\n");
    for (other, disagrees) in [
        (
            (
                "b.html",
                "<p>Helix Bio, led by Dana <b>Ortiz</b>, agreed.</p>\n",
            ),
            false,
        ),
        (("b.md", "Helix Bio, led by Dana *Ortiz*, agreed.\n"), false),
        (
            (
                "b.html",
                "<p>Helix Bio, led by Dana <b>Ortíz</b>, agreed.</p>\n",
            ),
            true,
        ),
        (("b.md", "Helix Bio, led by Dana *OrTiz*, agreed.\n"), true),
    ] {
        let found = run(&[plain, other]);
        assert_eq!(!found.is_empty(), disagrees, "{other:?}: {found:#?}");
    }
}
