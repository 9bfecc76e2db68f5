//! The `claimlint` command line: thin glue over the library.
//!
//! Every flag is defined once here; help text comes from these definitions.

mod check;
mod claims;
mod explain;
mod init;
mod sentences;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit code: no finding at or above `--fail-on`.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage error, unreadable input, invalid rule file or config.
pub const EXIT_ERROR: u8 = 2;

/// A claim-consistency checker for editors: checks articles against a
/// story's rule file of canonical facts.
#[derive(Debug, Parser)]
#[command(name = "claimlint", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint articles against their stories' rule files.
    Check(check::CheckArgs),
    /// Print the claims extracted from articles (what the checks see).
    Claims(claims::ClaimsArgs),
    /// Print the sentences of one article.
    Sentences(sentences::SentencesArgs),
    /// Draft a rule file from articles, to stdout.
    Init(init::InitArgs),
    /// Print what a finding code means, with an example.
    Explain(explain::ExplainArgs),
    /// Run the examples under `tests:` in rule files.
    Test(test::TestArgs),
}

/// When to colour output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

/// How an input given as `-` (stdin) is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Text,
    Markdown,
    Html,
}

impl From<InputFormat> for crate::document::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Text => crate::document::Format::Text,
            InputFormat::Markdown => crate::document::Format::Markdown,
            InputFormat::Html => crate::document::Format::Html,
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Sentences(args) => sentences::run(args),
        Command::Claims(args) => claims::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Init(args) => init::run(args),
        Command::Test(args) => test::run(args),
    };
    ExitCode::from(code)
}

/// Prints an error about claimlint's inputs to stderr, rustc style.
pub(crate) fn error(message: impl std::fmt::Display) {
    // A file name or a rule file's text in the message shows its control
    // characters escaped, as the report does.
    let message = message.to_string();
    to_stderr(format_args!(
        "error: {}\n",
        crate::report::visible(&message)
    ));
}

/// Writes to stdout. A reader that has gone away (`claimlint … | head`)
/// ends the output quietly; any other failure (a full disk) is reported,
/// and `false` tells the caller to exit with 2. (`print!` would panic.)
pub(crate) fn to_stdout(text: std::fmt::Arguments<'_>) -> bool {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let result = out.write_fmt(text).and_then(|()| out.flush());
    drop(out);
    result.ok_or_gone("to standard output")
}

/// How every command judges a write to stdout that failed.
pub(crate) trait Written {
    /// Whether the write succeeded or its reader is gone (a closed pipe,
    /// not an error); any other failure is reported as `cannot write
    /// {what}: …`.
    fn ok_or_gone(self, what: &str) -> bool;
}

impl Written for std::io::Result<()> {
    fn ok_or_gone(self, what: &str) -> bool {
        match self {
            Ok(()) => true,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
            Err(e) => {
                error(format_args!("cannot write {what}: {e}"));
                false
            }
        }
    }
}

/// Writes to stderr; when even that fails there is nowhere left to say so.
/// (`eprint!` would panic.)
pub(crate) fn to_stderr(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = std::io::stderr().lock().write_fmt(text);
}

/// An article's bytes, or why they were not read. `pipes` says whether the
/// command reads the article only once, so that a pipe will do.
pub(crate) fn read_article(
    path: &std::path::Path,
    pipes: crate::input::Pipes,
) -> Result<Vec<u8>, String> {
    use crate::input::ReadError;
    let limit = check::MAX_ARTICLE_BYTES;
    if path == std::path::Path::new("-") {
        return match pipes {
            crate::input::Pipes::Read => crate::input::read_stdin_limited(limit, "articles")
                .map_err(|e| format!("cannot read standard input: {e}")),
            crate::input::Pipes::Refused => Err(
                "`check` reads articles from files, not standard input, since its report reads each article again; save the text to a file and check that"
                    .into(),
            ),
        };
    }
    crate::input::read_limited(path, limit, "articles", pipes).map_err(|e| match e {
        ReadError::Io(e) => format!("cannot read the article: {e}"),
        // Only `check` refuses pipes: its report reads the article again.
        ReadError::NotAFile | ReadError::Pipe if pipes == crate::input::Pipes::Refused => {
            "not a regular file: `check` reads an article again to show its findings, \
             so it takes files, not pipes or devices"
                .into()
        }
        other => other.to_string(),
    })
}

/// Reads an input path (`-` is stdin) as bytes.
pub(crate) fn read_input(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let limit = check::MAX_ARTICLE_BYTES;
    if path == std::path::Path::new("-") {
        Ok(crate::input::read_stdin_limited(limit, "articles")?)
    } else {
        Ok(crate::input::read_limited(
            path,
            limit,
            "articles",
            crate::input::Pipes::Read,
        )?)
    }
}

/// The project's configuration and the rule files a command reads: those
/// named on the command line (a directory stands for its `*.yaml` and
/// `*.yml`), else the configuration's `rules`, else `rules/` under the
/// root. A configuration that cannot be read is reported: `None`, exit 2.
pub(crate) fn configured(
    root: &std::path::Path,
    named: &[PathBuf],
    color: bool,
) -> Option<(crate::config::Config, Vec<PathBuf>)> {
    let config = match crate::config::load(root) {
        Ok(config) => config.unwrap_or_default(),
        Err((path, source, errors)) => {
            to_stderr(format_args!(
                "{}",
                crate::report::rule_errors::render_config(&path, &source, &errors, color)
            ));
            return None;
        }
    };
    let files = if !named.is_empty() {
        let mut files = Vec::new();
        for path in named {
            if path.is_dir() {
                let found = crate::project::default_rule_files_in(path);
                if found.is_empty() {
                    error(format_args!(
                        "`{}` holds no rule files (`*.yaml`, `*.yml`); name a rule file or a directory of them",
                        crate::project::display_path(path)
                    ));
                    return None;
                }
                files.extend(found);
            } else {
                files.push(path.clone());
            }
        }
        files
    } else if !config.rules.is_empty() {
        config.rule_files()
    } else {
        crate::project::default_rule_files(root)
    };
    // A rule file named twice (`r.yaml ./r.yaml`, a file and its directory)
    // is read once.
    let mut seen = std::collections::HashSet::new();
    let files = files
        .into_iter()
        .filter(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())))
        .collect();
    Some((config, files))
}

pub(crate) fn default_paths(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    }
}
