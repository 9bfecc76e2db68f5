//! `claimlint init [PATHS…]`: draft a rule file from articles, to stdout.

use std::path::PathBuf;

use clap::Args;

use super::{EXIT_ERROR, EXIT_OK};
use crate::document::Document;
use crate::project;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Articles or directories to read (default: the current directory).
    paths: Vec<PathBuf>,
}

pub fn run(args: InitArgs) -> u8 {
    let (files, walk_errors) = project::article_files(&super::default_paths(args.paths));
    let mut status = EXIT_OK;
    for (path, error) in walk_errors {
        super::error(format_args!("{}: {error}", project::display_path(&path)));
        status = EXIT_ERROR;
    }
    let mut docs = Vec::new();
    for path in &files {
        let shown = project::display_path(path);
        match super::read_article(path, crate::input::Pipes::Read)
            .and_then(|b| Document::parse(&shown, b).map_err(|e| e.to_string()))
        {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                super::error(format_args!("{shown}: {e}"));
                status = EXIT_ERROR;
            }
        }
    }
    if docs.is_empty() {
        super::error("no articles to read; pass article files or directories");
        return EXIT_ERROR;
    }
    if !super::to_stdout(format_args!("{}", crate::init::draft(&docs))) {
        return EXIT_ERROR;
    }
    status
}
