//! `contradiction/leader` and `contradiction/title`: what each must catch,
//! and the look-alikes each must leave alone. The stories are our own: a
//! biotech's oncology unit and a football club.

mod common;

use common::{assert_findings, assert_quiet, rules};

/// Helix Therapeutics' oncology unit is led by Amara Okafor; the company by
/// Martin Kessler. Okafor ran the Broadway Institute's lab until 2024.
const BIOTECH: &str = r#"
story: helix-trial
subject: Helix Therapeutics
date: 2026-02-10
leader:
  name: Amara Okafor
  aliases: [Okafor]
  title: Chief Medical Officer
  of: Helix Oncology Unit
  roles:
    - {title: director, of: Broadway Institute, until: 2024-08}
    - {title: founder, of: Okafor Labs}
people:
  - name: Martin Kessler
    aliases: [Kessler]
    title: CEO
    of: Helix Therapeutics
  - name: Rosa Lindqvist
    aliases: [Lindqvist]
    title: CEO
    of: Atria Health
names:
  - name: Helix Therapeutics
    aliases: [Helix, the company]
  - name: Helix Oncology Unit
    aliases: [the oncology unit]
  - Broadway Institute
  - Atria Health
  - Okafor Labs
"#;

#[test]
fn catches_someone_else_leading_the_unit() {
    let r = rules(BIOTECH);
    for (text, who) in [
        (
            "The Helix Oncology Unit, led by Martin Kessler, ran the trial.",
            "Martin Kessler",
        ),
        (
            "Helix Oncology Unit is headed by Rosa Lindqvist.",
            "Rosa Lindqvist",
        ),
        (
            "The unit, run by Peter Novak, enrolled its first patients.",
            "Peter Novak",
        ),
        (
            "Under the leadership of Peter Novak, the oncology unit grew.",
            "Peter Novak",
        ),
        ("Peter Novak leads the Helix Oncology Unit.", "Peter Novak"),
        (
            "Peter Novak, who oversees Helix Oncology Unit, declined to comment.",
            "Peter Novak",
        ),
        (
            "The Kessler-led Helix Oncology Unit reported results.",
            "Kessler",
        ),
        (
            "Helix Oncology Unit head Peter Novak presented the data.",
            "Peter Novak",
        ),
        (
            "Peter Novak, head of Helix Oncology Unit, presented the data.",
            "Peter Novak",
        ),
        (
            "Rosa Lindqvist, the president of Helix Therapeutics, spoke first.",
            "Rosa Lindqvist",
        ),
    ] {
        assert_findings(&r, text, &[("contradiction/leader", who)]);
    }
}

#[test]
fn leaves_true_and_unrelated_leadership_alone() {
    let r = rules(BIOTECH);
    for text in [
        "The Helix Oncology Unit, led by Amara Okafor, ran the trial.",
        "Okafor leads the oncology unit.",
        "Under Okafor's leadership, the unit grew.",
        "Helix Therapeutics, led by Martin Kessler, raised $200 million.",
        "Kessler runs Helix Therapeutics.",
        "Atria Health, led by Rosa Lindqvist, declined to comment.",
        "Rosa Lindqvist runs Atria Health.",
        "It is not true that Peter Novak leads the oncology unit.",
        "Reports that Peter Novak runs the unit were denied.",
        "The study was led by researchers in Oslo.",
        "Prices were driven under pressure from insurers.",
        "Helix Oncology Unit head Amara Okafor presented the data.",
    ] {
        assert_quiet(&r, text, "contradiction/leader");
    }
}

#[test]
fn catches_titles_no_role_has() {
    let r = rules(BIOTECH);
    assert_findings(
        &r,
        "Helix Therapeutics CEO Amara Okafor presented the data.",
        &[("contradiction/title", "Helix Therapeutics CEO")],
    );
    assert_findings(
        &r,
        "Atria Health chief executive Martin Kessler spoke first.",
        &[("contradiction/title", "Atria Health chief executive")],
    );
    assert_findings(
        &r,
        "Martin Kessler, Atria Health's CEO, spoke first.",
        &[("contradiction/title", "Atria Health's CEO")],
    );
    assert_findings(
        &r,
        "Okafor Labs CEO Amara Okafor spoke first.",
        &[("contradiction/title", "Okafor Labs CEO")],
    );
    assert_findings(
        &r,
        "Rosa Lindqvist, the founder of Atria Health, spoke first.",
        &[("contradiction/title", "founder of Atria Health")],
    );
}

#[test]
fn catches_past_roles_stated_as_current_and_back() {
    let r = rules(BIOTECH);
    assert_findings(
        &r,
        "Broadway Institute director Amara Okafor will lead the trial.",
        &[("contradiction/title", "Broadway Institute director")],
    );
    assert_findings(
        &r,
        "Amara Okafor, director of Broadway Institute, will lead the trial.",
        &[("contradiction/title", "director of Broadway Institute")],
    );
    assert_findings(
        &r,
        "Former Helix Therapeutics CEO Martin Kessler spoke.",
        &[("contradiction/title", "Former Helix Therapeutics CEO")],
    );
}

#[test]
fn leaves_true_titles_alone() {
    let r = rules(BIOTECH);
    for text in [
        "Helix Therapeutics CEO Martin Kessler presented the data.",
        "Martin Kessler, the company's CEO, spoke first.",
        "Former Broadway Institute director Amara Okafor will lead the trial.",
        "Amara Okafor, the former director of Broadway Institute, spoke.",
        "Okafor Labs founder Amara Okafor spoke.",
        "Chief Medical Officer Amara Okafor spoke.",
        "Helix chief medical officer Amara Okafor spoke.",
        "Amara Okafor, known for her work as director of Broadway Institute, spoke.",
        "Atria Health CEO Rosa Lindqvist spoke.",
        "Novartis CEO Vas Narasimhan spoke.",
    ] {
        assert_quiet(&r, text, "contradiction/title");
    }
}
