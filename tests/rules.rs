//! Rule files: a valid one read into the model, and every kind of broken
//! one reported as diagnostics at its line and column.

use claimlint::code::{Code, Level, Severity};
use claimlint::report::rule_errors;
use claimlint::rules::load;
use proptest::prelude::*;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn a_valid_rule_file_fills_every_part_of_the_model() {
    let source = read("tests/rules/transfer.yaml");
    let rules = load("tests/rules/transfer.yaml", &source).expect("valid");
    assert_eq!(rules.story.value, "valdora-transfer");
    assert_eq!(rules.story.span.slice(&source), "valdora-transfer");
    assert_eq!(
        rules.title.as_ref().unwrap().value,
        "Real Valdora signs Kofi Mensah-Boateng"
    );
    assert_eq!(rules.applies_to.len(), 2);
    assert_eq!(
        rules.date.as_ref().unwrap().span.slice(&source),
        "2026-07-14"
    );
    assert_eq!(rules.sources.len(), 2);
    assert_eq!(rules.sources[1].aliases[1].value, "a club spokesperson");
    // Leaders: the first leads the subject (no `of`), the second her own.
    assert_eq!(rules.leaders.len(), 2);
    assert_eq!(rules.leaders[0].of.value, "Real Valdora");
    assert_eq!(rules.leaders[0].person.roles[0].title, "head coach");
    assert_eq!(
        rules.leaders[0].person.roles[1].of.as_deref(),
        Some("Porto Azul")
    );
    assert!(rules.leaders[0].person.roles[1].until.is_some());
    assert_eq!(rules.leaders[1].of.value, "Valdora Holdings");
    assert_eq!(rules.people.len(), 2);
    assert!(rules.people[0].roles[0].since.is_some());
    assert_eq!(rules.people[1].name.value, "Diego Alves");
    assert_eq!(rules.models[0].family.as_ref().unwrap().value, "ScoutNet");
    assert_eq!(rules.models[0].misspellings[0].value, "Scoutnet 3");
    assert_eq!(rules.names[0].aliases[0].value, "the Marítimo");
    assert_eq!(rules.numbers.len(), 2);
    assert_eq!(rules.numbers[0].matches[1].value, "transfer fee");
    assert_eq!(rules.numbers[1].matches[0].value, "five-year contract");
    assert_eq!(rules.claims[0].supports.len(), 1);
    assert!(
        rules.claims[0].supports[0]
            .regex
            .is_match("He PASSED HIS MEDICAL on Monday")
    );
    assert_eq!(rules.distinct[0].value, "Kofi Mensah");
    assert_eq!(
        rules.level(Code::UnsupportedAnonymous),
        Level::On(Severity::Info)
    );
    assert_eq!(rules.level(Code::ConsistencyDate), Level::Off);
    assert_eq!(rules.exceptions.len(), 1);
    assert!(rules.exceptions[0].path.is_match("sport/archive/2019/a.md"));
    assert_eq!(rules.tests.len(), 2);
    assert_eq!(rules.tests[0].expect, [Code::ContradictionName]);
}

#[test]
fn the_seed_rule_file_is_valid() {
    let source = read("rules/meta-open-source.yaml");
    let rules = load("rules/meta-open-source.yaml", &source).expect("valid");
    assert_eq!(rules.leaders[0].person.name.value, "Alexandr Wang");
    assert_eq!(rules.leaders[0].of.value, "Meta Superintelligence Labs");
}

/// Every input in the `rules` fuzz target's seed corpus (the crashes it
/// found among them, such as `kelvin-sign-scale.yaml`) loads or fails
/// with errors that point inside the file, without a panic.
#[test]
fn every_fuzz_seed_loads_or_fails_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds/rules");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        if let Err(errors) = load("seed.yaml", &text) {
            for e in errors {
                assert!(e.span.end <= text.len(), "{}", path.display());
                assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            }
        }
        seen += 1;
    }
    assert!(seen >= 20, "{seen} seeds");
}

/// The rendered diagnostics of one broken rule file.
fn broken(name: &str) -> String {
    let path = format!("tests/rules/broken/{name}.yaml");
    let source = read(&path);
    match load(&path, &source) {
        Ok(_) => panic!("{path} loaded, but it is broken"),
        Err(errors) => rule_errors::render(&path, &source, &errors, false),
    }
}

macro_rules! broken_files {
    ($($test:ident => $file:literal,)*) => {
        $(
            #[test]
            fn $test() {
                insta::assert_snapshot!(broken($file));
            }
        )*
    };
}

broken_files! {
    unknown_key_in_a_mapping => "unknown-key",
    unknown_top_level_key => "unknown-top-key",
    wrong_types => "wrong-type",
    invalid_date => "invalid-date",
    invalid_regex => "invalid-regex",
    empty_names => "empty-name",
    a_name_declared_twice => "duplicate-name",
    a_figure_that_does_not_parse => "bad-number",
    missing_story => "missing-story",
    bad_severity => "bad-severity",
    yaml_syntax_error => "syntax-error",
    bad_tests => "bad-tests",
    alias_bomb => "alias-bomb",
    deep_nesting => "deep-nesting",
    bad_exceptions => "bad-exception",
    pattern_over_the_size_limit => "pattern-too-large",
    every_error_of_a_file_at_once => "three-errors",
}

#[test]
fn a_huge_rule_file_is_refused_before_parsing() {
    let source = format!(
        "story: big\nnames:\n{}",
        "  - Some Name\n".repeat(1_000_000)
    );
    let errors = load("big.yaml", &source).unwrap_err();
    assert!(errors[0].message.contains("limited to"), "{errors:?}");
}

/// A rule file's patterns are bounded in compiled size together, so that
/// thousands of patterns that each compile near the size limit
/// (`\pL{10}` compiles to about 600 KB) cannot take all memory: one error
/// at the first pattern past the budget, and none compiled after it. A
/// rule file of many short patterns loads.
#[test]
fn a_rule_file_of_patterns_too_large_together_is_refused() {
    use claimlint::rules::MAX_PATTERNS_BYTES;
    let file = |n: usize, pattern: &str| {
        claims_file(n, |i| {
            format!("    supports: [\"{pattern} {i}\"]\n    contradicts: [\"not {i}\"]\n")
        })
    };
    let rules = load("rules.yaml", &file(2_000, "helix")).expect("valid");
    assert_eq!(rules.claims.len(), 2_000);
    let source = file(200, "\\\\pL{10}");
    let errors = load("rules.yaml", &source).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].message,
        format!(
            "the rule file's patterns compile to more than {} MB together",
            MAX_PATTERNS_BYTES >> 20
        )
    );
    // Counted at the largest limit each (1 MiB), with the short patterns
    // beside them at the smallest (16 KB), they fill the budget before the
    // 64th.
    assert_eq!(&source[errors[0].span.range()], "\"\\\\pL{10} 63\"");
}

/// A rule file of story `s` with `n` claims `c0`, `c1`, …, each given the
/// lines `claim(i)` after its id.
fn claims_file(n: usize, claim: impl Fn(usize) -> String) -> String {
    let mut source = String::from("story: s\nclaims:\n");
    for i in 0..n {
        source.push_str(&format!("  - id: c{i}\n{}", claim(i)));
    }
    source
}

/// The regex crate folds the case of a class by visiting each of its code
/// points, so a class of nearly every character took about 10 ms to
/// compile, and 3 KB of them in one pattern (a fuzzing input) took
/// seconds. The rule file's classes share a budget, counted before any is
/// compiled; classes of letters cost only their cased ranges.
#[test]
fn a_rule_file_of_classes_of_every_character_is_refused_before_it_compiles() {
    use claimlint::rules::MAX_FOLDED_CODE_POINTS;
    let file =
        |n: usize, pattern: &str| claims_file(n, |i| format!("    supports: ['{pattern} {i}']\n"));
    // 1,114,112 code points each: 30 fit, the 31st does not.
    let rules = load("rules.yaml", &file(30, "[a[^b]]")).expect("valid");
    assert_eq!(rules.claims.len(), 30);
    let source = file(100, "[a[^b]]");
    let errors = load("rules.yaml", &source).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].message,
        format!(
            "the rule file's patterns have classes of more than {} million characters together",
            MAX_FOLDED_CODE_POINTS / 1_000_000
        )
    );
    assert_eq!(&source[errors[0].span.range()], "'[a[^b]] 30'");
    // One pattern of them is refused the same way.
    let one = format!(
        "story: s\nclaims:\n  - id: c\n    supports: ['{}']\n",
        "[a[^b]]".repeat(400)
    );
    let errors = load("rules.yaml", &one).unwrap_err();
    assert!(
        errors[0].message.contains("million characters"),
        "{errors:?}"
    );
    // Look-alikes that load: classes of letters, negated classes of
    // punctuation, ideographs, in hundreds of patterns.
    let source = claims_file(150, |i| {
        format!(
            "    supports: ['\\pL+ said [^.]+ {i}', 'open[- ]source[\\w-]* {i}']\n    \
             contradicts: ['(?:never|not) [\\p{{L}}\\s-]+ \\p{{Han}} {i}']\n"
        )
    });
    let rules = load("rules.yaml", &source).expect("valid");
    assert_eq!(rules.claims.len(), 150);
}

/// The alias budgets stop bombs, not rule files that share a list: every
/// event inside an anchored list counts, used or not.
#[test]
fn an_anchored_list_of_thousands_of_names_loads() {
    let mut source = String::from("story: s\nnames: &everyone\n");
    for i in 0..5_000 {
        source.push_str(&format!(
            "  - name: Person{i} Surname\n    aliases: [Surname{i}]\n"
        ));
    }
    source.push_str("distinct: [Person1 Surnames]\n");
    let rules = load("rules.yaml", &source).expect("valid");
    assert_eq!(rules.names.len(), 5_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn loading_never_panics_and_errors_point_inside_the_file(text in "\\PC*") {
        if let Err(errors) = load("p.yaml", &text) {
            for e in errors {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len());
                prop_assert!(text.is_char_boundary(e.span.start));
                prop_assert!(text.is_char_boundary(e.span.end));
            }
        }
    }

    #[test]
    fn yaml_like_text_never_panics(text in "(story: [a-z]{1,5}\n)?((names|people|leader|numbers|tests|severity|claims): ?(\\[|\\{|\n  - |&a |\\*a |\"|'|[a-zA-Z0-9 :%$.]{0,12}|\n    name: |\n    value: ){0,6}\n){0,6}") {
        let _ = load("p.yaml", &text);
    }
}
