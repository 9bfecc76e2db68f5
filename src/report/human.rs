//! `--format human`: rustc-style diagnostics rendered by codespan-reporting,
//! the article snippet with the span underlined and the rule-file fact as a
//! secondary label.
//!
//! Findings come in path order; each article's are rendered together, with
//! its text read again for them and dropped after, so the report holds one
//! article at a time.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};
use codespan_reporting::files::{Error, Files, SimpleFile, SimpleFiles};
use codespan_reporting::term::{self, Config, termcolor::Ansi};

use super::{Located, Options, Report};
use crate::code::Severity;

pub fn render(report: &Report, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let mut given = SimpleFiles::new();
    for f in &report.files {
        given.add(f.path, f.text);
    }
    let config = Config::default();
    let mut buffer = Vec::new();
    let mut rest = report.findings.as_slice();
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .take_while(|f| f.finding.path == first.finding.path)
            .count();
        let (group, after) = rest.split_at(same);
        rest = after;
        let files = GroupFiles::read(report, &given, group);
        for f in group {
            buffer.clear();
            let result = diagnostic(&files, f).map(|diagnostic| {
                if options.color {
                    term::emit_to_write_style(
                        &mut Ansi::new(&mut buffer),
                        &config,
                        &files,
                        &diagnostic,
                    )
                } else {
                    term::emit_to_io_write(&mut buffer, &config, &files, &diagnostic)
                }
            });
            match result {
                Some(Ok(())) => out.write_all(&buffer)?,
                // A span codespan cannot place (it never should): fall back
                // to the short form rather than lose the finding.
                _ => writeln!(out, "{}", super::short::line(f))?,
            }
        }
    }
    if !options.quiet {
        writeln!(out, "{}", report.summary_line())?;
    }
    Ok(())
}

fn diagnostic(files: &GroupFiles, f: &Located) -> Option<Diagnostic<usize>> {
    let finding = f.finding;
    let mut labels = Vec::new();
    if f.known {
        let file = files.id(&finding.path)?;
        labels.push(Label::primary(file, finding.span.range()).with_message(&finding.label));
    }
    for related in &finding.related {
        if let Some(i) = files.id(&related.path) {
            labels.push(Label::secondary(i, related.span.range()).with_message(&related.message));
        }
    }
    if let (Some(fact), Some((i, _))) = (&finding.fact, f.fact) {
        labels
            .push(Label::secondary(i, fact.span.range()).with_message("the fact is defined here"));
    }
    let notes = finding
        .help
        .iter()
        .map(|h| format!("help: {h}"))
        .chain(finding.notes.iter().map(|n| format!("note: {n}")))
        .collect();
    Some(
        Diagnostic::new(level(finding.severity))
            .with_code(finding.code)
            .with_message(&finding.message)
            .with_labels(labels)
            .with_notes(notes),
    )
}

/// The files one article's findings point into: the given ones (rule
/// files; ids `0..given`) and the articles read again for this group
/// (ids from `given` on).
struct GroupFiles<'f, 'a> {
    given: &'f SimpleFiles<&'a str, &'a str>,
    given_paths: Vec<&'a str>,
    read: Vec<SimpleFile<String, Cow<'a, str>>>,
}

impl<'f, 'a> GroupFiles<'f, 'a> {
    /// Reads the articles `group` points into that are not given.
    fn read(
        report: &Report<'a>,
        given: &'f SimpleFiles<&'a str, &'a str>,
        group: &[Located],
    ) -> Self {
        let given_paths: Vec<&str> = report.files.iter().map(|f| f.path).collect();
        let mut files = GroupFiles {
            given,
            given_paths,
            read: Vec::new(),
        };
        let paths = group.iter().flat_map(|f| {
            std::iter::once(f.finding.path.as_str())
                .chain(f.finding.related.iter().map(|r| r.path.as_str()))
        });
        for path in paths {
            if files.id(path).is_none()
                && let Some(text) = report.text_of(path)
            {
                files.read.push(SimpleFile::new(path.to_string(), text));
            }
        }
        files
    }

    fn id(&self, path: &str) -> Option<usize> {
        self.given_paths
            .iter()
            .position(|p| *p == path)
            .or_else(|| {
                self.read
                    .iter()
                    .position(|f| f.name() == path)
                    .map(|i| self.given_paths.len() + i)
            })
    }

    fn file(&self, id: usize) -> Result<Either<'_, 'a>, Error> {
        match id.checked_sub(self.given_paths.len()) {
            None => Ok(Either::Given(id)),
            Some(i) => self.read.get(i).map(Either::Read).ok_or(Error::FileMissing),
        }
    }
}

enum Either<'g, 'a> {
    Given(usize),
    Read(&'g SimpleFile<String, Cow<'a, str>>),
}

impl<'g> Files<'g> for GroupFiles<'_, '_> {
    type FileId = usize;
    type Name = String;
    type Source = &'g str;

    fn name(&'g self, id: usize) -> Result<String, Error> {
        match self.file(id)? {
            Either::Given(i) => self.given.name(i).map(str::to_string),
            Either::Read(f) => Ok(f.name().clone()),
        }
    }

    fn source(&'g self, id: usize) -> Result<&'g str, Error> {
        match self.file(id)? {
            Either::Given(i) => self.given.source(i),
            Either::Read(f) => Ok(f.source().as_ref()),
        }
    }

    fn line_index(&'g self, id: usize, byte_index: usize) -> Result<usize, Error> {
        match self.file(id)? {
            Either::Given(i) => self.given.line_index(i, byte_index),
            Either::Read(f) => f.line_index((), byte_index),
        }
    }

    fn line_range(&'g self, id: usize, line_index: usize) -> Result<Range<usize>, Error> {
        match self.file(id)? {
            Either::Given(i) => self.given.line_range(i, line_index),
            Either::Read(f) => f.line_range((), line_index),
        }
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Note,
    }
}
