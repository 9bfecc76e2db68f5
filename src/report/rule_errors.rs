//! Rule-file errors as compiler diagnostics pointing at the YAML. Like a
//! finding, each shows an excerpt of its lines, so an error on a rule file
//! that is one long line does not print all of it. The rule file's text,
//! its name and messages quoting it reach the terminal with their control
//! characters replaced or escaped, as a finding's do.

use codespan_reporting::diagnostic::{Diagnostic, Label};

use super::excerpt::{Excerpts, Source};
use super::{visible, visible_name};
use crate::rules::RuleError;
use crate::span::LineIndex;

/// Renders every error of one rule file, then a line saying the file was
/// not loaded.
pub fn render(path: &str, source: &str, errors: &[RuleError], color: bool) -> String {
    let mut out = diagnostics(path, source, errors, color);
    let n = errors.len();
    out.push_str(&format!(
        "error: the rule file `{}` has {n} error{} and was not loaded\n",
        visible_name(path),
        if n == 1 { "" } else { "s" }
    ));
    out
}

/// Renders every error of the project configuration, then a line saying
/// nothing was checked.
pub fn render_config(path: &str, source: &str, errors: &[RuleError], color: bool) -> String {
    let mut out = diagnostics(path, source, errors, color);
    let n = errors.len();
    out.push_str(&format!(
        "error: the configuration file `{path}` has {n} error{}, so nothing was checked\n",
        if n == 1 { "" } else { "s" }
    ));
    out
}

/// Renders each error as a diagnostic pointing into the rule file.
pub fn diagnostics(path: &str, source: &str, errors: &[RuleError], color: bool) -> String {
    let lines = LineIndex::new(source);
    let file = |_| {
        Some(Source {
            name: path,
            text: source,
            lines: &lines,
        })
    };
    let mut out = Vec::new();
    for error in errors {
        let end = error.span.end.min(source.len());
        let start = error.span.start.min(end);
        let result =
            Excerpts::new(&[Label::primary(0, start..end)], file).map(|(excerpts, labels)| {
                let mut diagnostic = Diagnostic::error()
                    .with_message(visible(&error.message))
                    .with_labels(labels);
                if let Some(help) = &error.help {
                    diagnostic = diagnostic.with_notes(vec![format!("help: {}", visible(help))]);
                }
                excerpts.emit(&mut out, color, &diagnostic)
            });
        if !matches!(result, Some(Ok(()))) {
            out.extend_from_slice(
                format!(
                    "error: {}: {}\n",
                    visible_name(path),
                    visible(&error.message)
                )
                .as_bytes(),
            );
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
