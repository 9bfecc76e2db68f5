//! `--format human`: rustc-style diagnostics rendered by codespan-reporting,
//! the article snippet with the span underlined and the rule-file fact as a
//! secondary label.
//!
//! Findings come in path order; each article's are rendered together, with
//! its text read again for them and dropped after, so the report holds one
//! article at a time. Each diagnostic is rendered from an excerpt of the
//! lines it shows ([`super::excerpt`]), so a finding on a line of megabytes
//! prints a few lines, not the line.
//!
//! Text from the input never reaches the terminal raw: the snippet's
//! control characters are replaced byte for byte ([`super::excerpt`]), and
//! those of messages, labels, notes and file names are escaped
//! ([`super::visible`]); only claimlint's own colour codes are written as
//! they are.

use std::borrow::Cow;
use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};

use super::excerpt::{Excerpts, Source};
use super::{Located, Options, Report, visible};
use crate::code::Severity;
use crate::span::LineIndex;

pub fn render(report: &Report, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let mut buffer = Vec::new();
    let mut files = GroupFiles {
        given: &report.files,
        read: Vec::new(),
    };
    let mut rest = report.findings.as_slice();
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .take_while(|f| f.finding.path == first.finding.path)
            .count();
        let (group, after) = rest.split_at(same);
        rest = after;
        files.read_for(report, group);
        for f in group {
            buffer.clear();
            let result = diagnostic(&files, f).map(|(excerpts, diagnostic)| {
                excerpts.emit(&mut buffer, options.color, &diagnostic)
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

/// The diagnostic of a finding, and the excerpts of the files it shows.
fn diagnostic(files: &GroupFiles, f: &Located) -> Option<(Excerpts, Diagnostic<usize>)> {
    let finding = f.finding;
    let mut labels = Vec::new();
    if f.known {
        let file = files.id(&finding.path)?;
        labels
            .push(Label::primary(file, finding.span.range()).with_message(visible(&finding.label)));
    }
    for related in &finding.related {
        if let Some(i) = files.id(&related.path) {
            labels.push(
                Label::secondary(i, related.span.range()).with_message(visible(&related.message)),
            );
        }
    }
    if let (Some(fact), Some((i, _))) = (&finding.fact, f.fact) {
        labels
            .push(Label::secondary(i, fact.span.range()).with_message("the fact is defined here"));
    }
    let (excerpts, labels) = Excerpts::new(&labels, |id| files.source(id))?;
    let notes = finding
        .help
        .iter()
        .map(|h| format!("help: {}", visible(h)))
        .chain(
            finding
                .notes
                .iter()
                .map(|n| format!("note: {}", visible(n))),
        )
        .collect();
    Some((
        excerpts,
        Diagnostic::new(level(finding.severity))
            .with_code(finding.code)
            .with_message(visible(&finding.message))
            .with_labels(labels)
            .with_notes(notes),
    ))
}

/// The files one article's findings point into: the given ones (rule
/// files; ids `0..given`) and the articles read again for this group
/// (ids from `given` on).
struct GroupFiles<'r, 'a> {
    given: &'r [super::SourceFile<'a>],
    read: Vec<(String, Cow<'a, str>, LineIndex)>,
}

impl<'a> GroupFiles<'_, 'a> {
    /// Holds the articles `group` points into that are not given: those
    /// the previous group read too are kept (an earlier article many later
    /// ones disagree with is read once), the others dropped.
    fn read_for(&mut self, report: &Report<'a>, group: &[Located]) {
        let paths: std::collections::BTreeSet<&str> = group
            .iter()
            .flat_map(|f| {
                std::iter::once(f.finding.path.as_str())
                    .chain(f.finding.related.iter().map(|r| r.path.as_str()))
            })
            .collect();
        self.read.retain(|(p, _, _)| paths.contains(p.as_str()));
        for path in paths {
            if self.id(path).is_none()
                && let Some(text) = report.text_of(path)
            {
                let lines = LineIndex::new(&text);
                self.read.push((path.to_string(), text, lines));
            }
        }
    }

    fn id(&self, path: &str) -> Option<usize> {
        self.given.iter().position(|f| f.path == path).or_else(|| {
            self.read
                .iter()
                .position(|(p, _, _)| p == path)
                .map(|i| self.given.len() + i)
        })
    }

    fn source(&self, id: usize) -> Option<Source<'_>> {
        match id.checked_sub(self.given.len()) {
            None => self.given.get(id).map(|f| Source {
                name: f.path,
                text: f.text,
                lines: &f.lines,
            }),
            Some(i) => self
                .read
                .get(i)
                .map(|(name, text, lines)| Source { name, text, lines }),
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
