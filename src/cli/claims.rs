//! `claimlint claims [PATHS…]`: every claim extracted, as the checks see them.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{EXIT_ERROR, EXIT_OK};
use crate::claims::{ClaimKind, Story};
use crate::document::Document;
use crate::project::{self, Selector};
use crate::rules::RuleSet;

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Articles or directories (default: the current directory).
    paths: Vec<PathBuf>,
    /// A rule file, or a directory of them, to read the articles against
    /// (repeatable; default: the configuration's `rules`, else
    /// `rules/*.yaml` under the project root).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// `table`: one claim a line; `json`: one JSON object.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    format: ClaimsFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ClaimsFormat {
    Table,
    Json,
}

pub fn run(args: ClaimsArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = project::find_root(&cwd).unwrap_or_else(|| cwd.clone());
    let Some((_, rule_files)) = super::configured(&root, &args.rules, false) else {
        return EXIT_ERROR;
    };
    let Some(mut sets) = super::check::load_rules(&rule_files, false) else {
        return EXIT_ERROR;
    };
    if sets.is_empty() {
        // Without facts, claims are still extracted: names and roles just
        // resolve to nothing.
        sets.push(RuleSet::empty("none"));
    }
    let stories: Vec<Story> = sets.iter().map(Story::new).collect();
    let selector = Selector::new(&sets);
    let (files, walk_errors) = project::article_files(&super::default_paths(args.paths));
    let mut status = if walk_errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_ERROR
    };
    for (path, error) in walk_errors {
        super::error(format_args!("{}: {error}", project::display_path(&path)));
    }

    let mut rows = Vec::new();
    for path in &files {
        let shown = project::display_path(path);
        let doc = match super::read_article(path, crate::input::Pipes::Read)
            .and_then(|b| Document::parse(&shown, b).map_err(|e| e.to_string()))
        {
            Ok(doc) => doc,
            Err(e) => {
                super::error(format_args!("{shown}: {e}"));
                status = EXIT_ERROR;
                continue;
            }
        };
        let relative = project::relative_to_root(path, &root);
        let chosen = selector.select(&sets, &doc, &relative);
        let story = &stories[chosen.first().copied().unwrap_or(0)];
        let checked = crate::check_document(story, &doc);
        for claim in checked.claims {
            rows.push((shown.clone(), doc.text_of(claim.span).to_string(), claim));
        }
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        ClaimsFormat::Json => {
            let claims: Vec<serde_json::Value> = rows
                .iter()
                .map(|(path, text, claim)| {
                    serde_json::json!({
                        "path": path,
                        "span": claim.span,
                        "sentence": claim.sentence,
                        "text": text,
                        "claim": claim.kind,
                    })
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({ "version": 1, "claims": claims })
                )
                .unwrap_or_default()
            )
        }
        ClaimsFormat::Table => rows.iter().try_for_each(|(path, text, claim)| {
            let value = serde_json::to_value(&claim.kind).unwrap_or_default();
            let detail: Vec<String> = value
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, v)| *k != "kind" && !v.is_null())
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            writeln!(
                out,
                "{path}:{}-{}\t{}\t{:?}\t{}",
                claim.span.start,
                claim.span.end,
                kind_name(&claim.kind),
                text,
                detail.join(" ")
            )
        }),
    };
    if !super::Written::ok_or_gone(written.and_then(|()| out.flush()), "to standard output") {
        return EXIT_ERROR;
    }
    status
}

fn kind_name(kind: &ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Name(_) => "name",
        ClaimKind::Model(_) => "model",
        ClaimKind::Person(_) => "person",
        ClaimKind::Leadership(_) => "leadership",
        ClaimKind::Title(_) => "title",
        ClaimKind::Date(_) => "date",
        ClaimKind::Attribution(_) => "attribution",
        ClaimKind::Figure(_) => "figure",
        ClaimKind::Pattern(_) => "pattern",
    }
}
