//! `--format short`: `path:line:col: severity[code] message`, the shape
//! editors' quickfix lists and `grep` understand.

use std::io::{self, Write};

use super::Report;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        writeln!(out, "{}", line(f))?;
    }
    Ok(())
}

/// One finding as a `short` line.
pub(super) fn line(f: &super::Located) -> String {
    let finding = f.finding;
    format!(
        "{}:{}:{}: {}[{}] {}",
        super::visible_name(&finding.path),
        f.position.line,
        f.position.column,
        finding.severity,
        finding.code,
        super::visible(&one_line(&finding.message)),
    )
}

/// Messages quote article text; a line break in it would split the record.
/// (Other control characters are escaped after, by [`super::visible`].)
pub(super) fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.replace(['\n', '\r'], " ").into()
    } else {
        text.into()
    }
}
