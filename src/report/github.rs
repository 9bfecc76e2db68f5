//! `--format github`: workflow commands that GitHub Actions turns into
//! annotations on the pull request's diff.

use std::io::{self, Write};

use super::Report;
use crate::code::Severity;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let finding = f.finding;
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&finding.path),
            f.position.line,
            f.position.column,
            f.position.end_line,
            f.position.end_column,
            property(&format!("claimlint {}", finding.code)),
            data(&finding.message),
        )?;
    }
    Ok(())
}

/// Escapes a workflow-command message: line breaks the way workflow
/// commands do, other control characters as `\u{1b}` (the command is
/// printed to the job's log, where they would reach the log's terminal).
fn data(text: &str) -> String {
    super::escape_controls(text, &['\t', '\n', '\r'])
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(data("a\u{1b}[2J\r\tb\u{9b}é"), "a\\u{1b}[2J%0D\tb\\u{9b}é");
        assert_eq!(property("a\u{1b}]0;x\u{7}.txt"), "a\\u{1b}]0;x\\u{7}.txt");
    }
}
