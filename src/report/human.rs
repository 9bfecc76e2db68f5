//! `--format human`: rustc-style diagnostics rendered by codespan-reporting,
//! the article snippet with the span underlined and the rule-file fact as a
//! secondary label.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as Level};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor::Ansi};

use super::{Options, Report};
use crate::code::Severity;

pub fn render(report: &Report, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let mut files = SimpleFiles::new();
    for f in &report.files {
        files.add(f.path, f.text);
    }
    let config = Config::default();
    let mut buffer = Vec::new();
    for f in &report.findings {
        let finding = f.finding;
        let mut labels = Vec::new();
        if let Some(file) = f.file {
            labels.push(Label::primary(file, finding.span.range()).with_message(&finding.label));
        }
        for related in &finding.related {
            if let Some(i) = report.files.iter().position(|s| s.path == related.path) {
                labels
                    .push(Label::secondary(i, related.span.range()).with_message(&related.message));
            }
        }
        if let (Some(fact), Some((i, _))) = (&finding.fact, f.fact) {
            labels.push(
                Label::secondary(i, fact.span.range()).with_message("the fact is defined here"),
            );
        }
        let notes = finding
            .help
            .iter()
            .map(|h| format!("help: {h}"))
            .chain(finding.notes.iter().map(|n| format!("note: {n}")))
            .collect();
        let diagnostic = Diagnostic::new(level(finding.severity))
            .with_code(finding.code)
            .with_message(&finding.message)
            .with_labels(labels)
            .with_notes(notes);
        buffer.clear();
        let result = if options.color {
            term::emit_to_write_style(&mut Ansi::new(&mut buffer), &config, &files, &diagnostic)
        } else {
            term::emit_to_io_write(&mut buffer, &config, &files, &diagnostic)
        };
        match result {
            Ok(()) => out.write_all(&buffer)?,
            // A span codespan cannot place (it never should): fall back to
            // the short form rather than lose the finding.
            Err(_) => writeln!(out, "{}", super::short::line(f))?,
        }
    }
    if !options.quiet {
        writeln!(out, "{}", report.summary_line())?;
    }
    Ok(())
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Note,
    }
}
