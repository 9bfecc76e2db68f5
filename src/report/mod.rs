//! Stage 5: findings → text. One renderer per `--format`; every renderer
//! reads the same [`Report`], whose line and column numbers are computed once
//! per file.

mod excerpt;
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
    /// Whether the article's text was known, so `position` is where the
    /// finding is (else 1:1).
    pub known: bool,
    pub position: Position,
    /// The rule file of the fact and the fact's 1-based line.
    pub fact: Option<(usize, usize)>,
}

/// Reads an article's text again for the report, by its shown path:
/// articles are not held in memory between their check and the report.
pub type Articles<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Everything a renderer needs.
pub struct Report<'a> {
    /// The texts given whole: every rule file (and, in tests, articles).
    pub files: Vec<SourceFile<'a>>,
    pub findings: Vec<Located<'a>>,
    /// How many articles were read.
    pub file_count: usize,
    pub sentences: usize,
    /// The texts of articles not among `files`, read when needed.
    pub articles: Articles<'a>,
}

impl<'a> Report<'a> {
    /// `sources` are `(path, text)` of every file a finding or a fact
    /// points into; `findings` are in their final order.
    pub fn new(
        sources: &'a [(String, String)],
        findings: &'a [Finding],
        file_count: usize,
        sentences: usize,
    ) -> Report<'a> {
        Report::with_articles(sources, findings, file_count, sentences, &|_| None)
    }

    /// As [`Report::new`], with `articles` to read the text of an article
    /// that is not among `sources`. Findings in path order read each such
    /// article once, and only one is held at a time.
    pub fn with_articles(
        sources: &'a [(String, String)],
        findings: &'a [Finding],
        file_count: usize,
        sentences: usize,
        articles: Articles<'a>,
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
        // The article read last: (path, text, line index).
        let mut read: Option<(&str, Option<(String, LineIndex)>)> = None;
        let findings = findings
            .iter()
            .map(|finding| {
                let path = finding.path.as_str();
                let text_and_lines = match by_path.get(path) {
                    Some(&i) => Some((files[i].text, &files[i].lines)),
                    None => {
                        if read.as_ref().is_none_or(|(p, _)| *p != path) {
                            let text = articles(path).map(|t| {
                                let lines = LineIndex::new(&t);
                                (t, lines)
                            });
                            read = Some((path, text));
                        }
                        read.as_ref()
                            .and_then(|(_, t)| t.as_ref())
                            .map(|(t, l)| (t.as_str(), l))
                    }
                };
                let known = text_and_lines.is_some();
                let position = text_and_lines.map_or(
                    Position {
                        line: 1,
                        column: 1,
                        end_line: 1,
                        end_column: 1,
                    },
                    |(text, lines)| {
                        let (line, column) = lines.line_col(text, finding.span.start);
                        let (end_line, end_column) = lines.line_col(text, finding.span.end);
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
                    known,
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
            articles,
        }
    }

    /// The text of the file at `path`: a given source, else the article
    /// read again.
    pub fn text_of(&self, path: &str) -> Option<std::borrow::Cow<'a, str>> {
        match self.files.iter().find(|f| f.path == path) {
            Some(f) => Some(std::borrow::Cow::Borrowed(f.text)),
            None => (self.articles)(path).map(std::borrow::Cow::Owned),
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

/// Text read from the input (an article, a rule file, a file name) as the
/// terminal is to show it: each control character (C0, DEL and C1) but those
/// in `keep` written as its escape, `\u{1b}`, so that none of them moves the
/// cursor, changes colours or sends the terminal a command. Other text,
/// accented letters included, is left as it is.
pub(crate) fn escape_controls<'t>(text: &'t str, keep: &[char]) -> std::borrow::Cow<'t, str> {
    let escaped = |c: char| c.is_control() && !keep.contains(&c);
    if !text.chars().any(escaped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A message, label or note quoting the input, for the terminal: tabs and
/// line breaks (`\n`) kept, every other control character escaped.
pub(crate) fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    escape_controls(text, &['\t', '\n'])
}

/// A file name for the terminal: every control character escaped, a line
/// break too.
pub(crate) fn visible_name(text: &str) -> std::borrow::Cow<'_, str> {
    escape_controls(text, &[])
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A JSON array written element by element as it is serialized, never
/// held whole.
pub(crate) struct Seq<I>(std::cell::RefCell<Option<I>>);

impl<I> Seq<I> {
    pub(crate) fn new(items: I) -> Self {
        Seq(std::cell::RefCell::new(Some(items)))
    }
}

impl<I: Iterator<Item = serde_json::Value>> serde::Serialize for Seq<I> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Serialized once; a second time it is empty.
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
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
