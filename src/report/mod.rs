//! Stage 5: findings → text. One renderer per `--format`; every renderer
//! reads the same [`Report`], whose line and column numbers are computed once
//! per file.

mod github;
mod human;
mod json;
pub mod rule_errors;
mod sarif;
mod short;

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::check::Finding;
use crate::code::{Code, Severity};
use crate::span::LineIndex;

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with snippets (codespan-reporting).
    Human,
    /// `path:line:col: severity[code] message`, one per line.
    Short,
    /// One JSON object (see the README's JSON contract).
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

/// How to render.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub color: bool,
    pub statistics: bool,
    pub quiet: bool,
}

/// One file a finding or a fact points into.
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub lines: LineIndex,
}

/// 1-based line and column of both ends of a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// A finding with its positions resolved.
pub struct Located<'a> {
    pub finding: &'a Finding,
    /// Index into [`Report::files`] of the article, when its text is known.
    pub file: Option<usize>,
    pub position: Position,
    /// The rule file of the fact and the fact's 1-based line.
    pub fact: Option<(usize, usize)>,
}

/// Everything a renderer needs.
pub struct Report<'a> {
    pub files: Vec<SourceFile<'a>>,
    pub findings: Vec<Located<'a>>,
    /// How many articles were read.
    pub file_count: usize,
    pub sentences: usize,
}

impl<'a> Report<'a> {
    /// `sources` are `(path, text)` of every article with findings and every
    /// rule file; `findings` are in their final order.
    pub fn new(
        sources: &'a [(String, String)],
        findings: &'a [Finding],
        file_count: usize,
        sentences: usize,
    ) -> Report<'a> {
        let files: Vec<SourceFile> = sources
            .iter()
            .map(|(path, text)| SourceFile {
                path,
                text,
                lines: LineIndex::new(text),
            })
            .collect();
        let by_path: BTreeMap<&str, usize> =
            files.iter().enumerate().map(|(i, f)| (f.path, i)).collect();
        let findings = findings
            .iter()
            .map(|finding| {
                let file = by_path.get(finding.path.as_str()).copied();
                let position = file.map_or(
                    Position {
                        line: 1,
                        column: 1,
                        end_line: 1,
                        end_column: 1,
                    },
                    |i| {
                        let f = &files[i];
                        let (line, column) = f.lines.line_col(f.text, finding.span.start);
                        let (end_line, end_column) = f.lines.line_col(f.text, finding.span.end);
                        Position {
                            line,
                            column,
                            end_line,
                            end_column,
                        }
                    },
                );
                let fact = finding.fact.as_ref().and_then(|fact| {
                    let i = *by_path.get(fact.path.as_str())?;
                    let f = &files[i];
                    Some((i, f.lines.line_col(f.text, fact.span.start).0))
                });
                Located {
                    finding,
                    file,
                    position,
                    fact,
                }
            })
            .collect();
        Report {
            files,
            findings,
            file_count,
            sentences,
        }
    }

    /// Findings per severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.finding.severity == severity)
            .count()
    }

    /// Findings per code, in code order.
    pub fn statistics(&self) -> BTreeMap<Code, usize> {
        let mut counts = BTreeMap::new();
        for f in &self.findings {
            *counts.entry(f.finding.code).or_insert(0) += 1;
        }
        counts
    }

    /// `5 files, 3 errors, 12 warnings` (and infos when there are some).
    pub fn summary_line(&self) -> String {
        let mut line = format!(
            "{}, {}, {}",
            plural(self.file_count, "file"),
            plural(self.count(Severity::Error), "error"),
            plural(self.count(Severity::Warning), "warning"),
        );
        let infos = self.count(Severity::Info);
        if infos > 0 {
            line.push_str(&format!(", {}", plural(infos, "info")));
        }
        line
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Writes `report` in `format` to `out`.
pub fn render(
    format: Format,
    report: &Report,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(report, options, out)?,
        Format::Short => short::render(report, out)?,
        Format::Json => json::render(report, out)?,
        Format::Sarif => sarif::render(report, out)?,
        Format::Github => github::render(report, out)?,
    }
    if options.statistics {
        match format {
            Format::Human | Format::Short => write_statistics(report, out)?,
            // Machine formats keep stdout parseable: the table goes to stderr.
            _ => write_statistics(report, &mut io::stderr().lock())?,
        }
    }
    Ok(())
}

fn write_statistics(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for (code, n) in report.statistics() {
        writeln!(out, "{n:>5}  {code}")?;
    }
    Ok(())
}
