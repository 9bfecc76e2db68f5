//! Rule-file errors as compiler diagnostics pointing at the YAML.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, termcolor::Ansi};

use crate::rules::RuleError;

/// Renders every error of one rule file, then a line saying the file was
/// not loaded.
pub fn render(path: &str, source: &str, errors: &[RuleError], color: bool) -> String {
    let mut out = diagnostics(path, source, errors, color);
    let n = errors.len();
    out.push_str(&format!(
        "error: the rule file `{path}` has {n} error{} and was not loaded\n",
        if n == 1 { "" } else { "s" }
    ));
    out
}

/// Renders each error as a diagnostic pointing into the rule file.
pub fn diagnostics(path: &str, source: &str, errors: &[RuleError], color: bool) -> String {
    let file = SimpleFile::new(path, source);
    let config = Config::default();
    let mut out = Vec::new();
    for error in errors {
        let end = error.span.end.min(source.len());
        let start = error.span.start.min(end);
        let mut diagnostic = Diagnostic::error()
            .with_message(&error.message)
            .with_labels(vec![Label::primary((), start..end)]);
        if let Some(help) = &error.help {
            diagnostic = diagnostic.with_notes(vec![format!("help: {help}")]);
        }
        let result = if color {
            term::emit_to_write_style(&mut Ansi::new(&mut out), &config, &file, &diagnostic)
        } else {
            term::emit_to_io_write(&mut out, &config, &file, &diagnostic)
        };
        if result.is_err() {
            out.extend_from_slice(format!("error: {path}: {}\n", error.message).as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
