//! Properties of the JSON report on generated articles: always valid JSON,
//! and every finding's line and column agree with its byte offsets.

use claimlint::check_document;
use claimlint::claims::Story;
use claimlint::document::Document;
use claimlint::report::{self, Format, Options, Report};
use proptest::prelude::*;

const RULES: &str = "story: s\nnames: [Helix Bio, Zoë Ångström]\n";

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Helix bio",
        "Helix Bio",
        "Zoe Angstrom",
        "Zoë Ångström",
        "é",
        "日本",
        "\n",
        "\r\n",
        " ",
        "rose",
        ".",
        "Analysts suggest",
        "\"",
        "—",
        "\t",
    ])
}

/// 1-based line and column (in characters) of byte `offset`, counted afresh.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn positions_agree_with_offsets(pieces in prop::collection::vec(piece(), 0..60)) {
        let text: String = pieces.concat();
        let rules = claimlint::rules::load("rules.yaml", RULES).unwrap();
        let story = Story::new(&rules);
        let doc = Document::parse("a.txt", text.as_bytes().to_vec()).unwrap();
        let findings = check_document(&story, &doc).findings;
        let sources = vec![("a.txt".to_string(), text.clone()), ("rules.yaml".to_string(), RULES.to_string())];
        let report = Report::new(&sources, &findings, 1, 0);
        let mut out = Vec::new();
        report::render(Format::Json, &report, &Options::default(), &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        for f in value["findings"].as_array().unwrap() {
            let start = f["span"]["start"].as_u64().unwrap() as usize;
            let end = f["span"]["end"].as_u64().unwrap() as usize;
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start <= end);
            prop_assert_eq!(f["found"].as_str().unwrap(), &text[start..end]);
            let (line, column) = line_col(&text, start);
            prop_assert_eq!(f["line"].as_u64().unwrap() as usize, line);
            prop_assert_eq!(f["column"].as_u64().unwrap() as usize, column);
            let (end_line, end_column) = line_col(&text, end);
            prop_assert_eq!(f["end_line"].as_u64().unwrap() as usize, end_line);
            prop_assert_eq!(f["end_column"].as_u64().unwrap() as usize, end_column);
        }
    }
}
