//! The name lexicon's cost: built once per rule set, then matching stays
//! linear in the text and grows slowly with the number of names (about 2×
//! from 10 names to 5,000; BENCHMARKS.md has the figures). `load` and
//! `parse` time a whole rule file of names with aliases: YAML, validation,
//! and every table and automaton of the story. `yaml_alone` is serde-saphyr
//! reading the same file into nothing: the floor under `parse`.
//!
//!     cargo bench --bench lexicon

use claimlint::claims::names::Lexicon;
use claimlint::rules::{Entity, Located, RuleSet};
use claimlint::span::Span;

fn main() {
    divan::main();
}

/// `n` distinct capitalized two-word names, deterministic.
fn names(n: usize) -> Vec<String> {
    const FIRST: &[&str] = &[
        "Amara", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
        "Kofi", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomas",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let surname: String = (0..7)
                .map(|k| (b'a' + ((state >> (k * 5)) % 26) as u8) as char)
                .collect();
            let mut surname = surname;
            surname[..1].make_ascii_uppercase();
            format!("{} {surname}{i}", FIRST[i % FIRST.len()])
        })
        .collect()
}

fn rules(n: usize) -> RuleSet {
    let mut rules = RuleSet::empty("bench");
    rules.names = names(n)
        .into_iter()
        .map(|name| Entity {
            name: Located::new(name, Span::default()),
            aliases: Vec::new(),
        })
        .collect();
    rules.names.push(Entity {
        name: Located::new("Meta Superintelligence Labs".into(), Span::default()),
        aliases: Vec::new(),
    });
    rules
}

fn text() -> String {
    let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .expect("seeds/")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect::<Vec<_>>()
        .join("\n");
    seeds.repeat(4)
}

#[divan::bench(args = [10, 5000])]
fn build(bencher: divan::Bencher, n: usize) {
    let rules = rules(n);
    bencher.bench(|| Lexicon::build(divan::black_box(&rules)));
}

#[divan::bench(args = [10, 5000])]
fn find(bencher: divan::Bencher, n: usize) {
    let lexicon = Lexicon::build(&rules(n));
    let text = text();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| lexicon.find(divan::black_box(&text), Span::new(0, text.len())));
}

/// A rule file of `n` names, each with an alias, as YAML.
fn rule_file(n: usize) -> String {
    let mut yaml = String::from("story: bench\nnames:\n");
    for name in names(n) {
        let surname = name.split(' ').nth(1).unwrap_or_default().to_string();
        yaml.push_str(&format!(
            "  - name: {name}\n    aliases: [{surname} Group]\n"
        ));
    }
    yaml
}

/// The whole rule-file load: YAML, validation, and every table and
/// automaton a check needs.
#[divan::bench(args = [10, 5000])]
fn load(bencher: divan::Bencher, n: usize) {
    let yaml = rule_file(n);
    bencher.bench(|| {
        let rules = claimlint::rules::load("rules.yaml", divan::black_box(&yaml)).expect("valid");
        let story = claimlint::claims::Story::new(&rules);
        divan::black_box(&story);
    });
}

/// The YAML and its validation alone.
#[divan::bench(args = [10, 5000])]
fn parse(bencher: divan::Bencher, n: usize) {
    let yaml = rule_file(n);
    bencher.bench(|| claimlint::rules::load("rules.yaml", divan::black_box(&yaml)).expect("valid"));
}

/// The YAML parser alone, reading the same file into nothing: the floor
/// under `parse`, set by serde-saphyr rather than by claimlint.
#[divan::bench(args = [10, 5000])]
fn yaml_alone(bencher: divan::Bencher, n: usize) {
    let yaml = rule_file(n);
    bencher
        .counter(divan::counter::BytesCount::new(yaml.len()))
        .bench(|| {
            serde_saphyr::from_str::<serde::de::IgnoredAny>(divan::black_box(&yaml)).expect("valid")
        });
}
