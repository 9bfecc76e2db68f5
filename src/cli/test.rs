//! `claimlint test [RULES…]`: run the examples under each rule file's
//! `tests:` against that rule file.

use std::path::PathBuf;

use clap::Args;

use super::{ColorChoice, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::claims::Story;
use crate::code::Code;
use crate::document::Document;
use crate::project;
use crate::rules::{RuleError, RuleSet};

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Rule files or directories of rule files (default: the configuration's
    /// `rules`, else `rules/` under the project root).
    rules: Vec<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

pub fn run(args: TestArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = project::find_root(&cwd).unwrap_or(cwd);
    let Some((_, files)) = super::configured(&root, &args.rules, args.color.enabled()) else {
        return EXIT_ERROR;
    };
    if files.is_empty() {
        super::error("no rule files to test; pass a rule file or a directory of them");
        return EXIT_ERROR;
    }
    let color = args.color.enabled();
    let Some(sets) = super::check::load_rules(&files, color) else {
        return EXIT_ERROR;
    };
    let (mut passed, mut failed) = (0, 0);
    for set in &sets {
        let failures = run_examples(set);
        passed += set.tests.len() - failures.len();
        failed += failures.len();
        if !failures.is_empty() {
            let shown =
                crate::report::rule_errors::diagnostics(&set.path, &set.source, &failures, color);
            if !super::to_stdout(format_args!("{shown}")) {
                return EXIT_ERROR;
            }
        }
    }
    if !super::to_stdout(format_args!("{passed} passed, {failed} failed\n")) {
        return EXIT_ERROR;
    }
    if failed > 0 { EXIT_FINDINGS } else { EXIT_OK }
}

/// Runs every example of `set`; returns one diagnostic per failing example.
pub fn run_examples(set: &RuleSet) -> Vec<RuleError> {
    let story = Story::new(set);
    // Every example is checked as a document at one path, and so under the
    // same exceptions: they are gathered once.
    const PATH: &str = "<example>";
    let excusals = crate::check::Excusals::at(set, std::path::Path::new(PATH));
    set.tests
        .iter()
        .filter_map(|example| {
            let doc = Document::plain(PATH, &example.text);
            let got: Vec<Code> = crate::check_document_excused(&story, &doc, &excusals)
                .findings
                .iter()
                .map(|f| f.code)
                .collect();
            (got != example.expect).then(|| RuleError {
                span: example.span,
                message: format!(
                    "example expected {}, got {}",
                    codes(&example.expect),
                    codes(&got)
                ),
                help: Some(
                    "fix the rule file's facts, or the example's `expect:` list".to_string(),
                ),
            })
        })
        .collect()
}

fn codes(codes: &[Code]) -> String {
    if codes.is_empty() {
        "no findings".to_string()
    } else {
        let names: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        format!("[{}]", names.join(", "))
    }
}
