//! `--format json`: the contract of the README's "JSON output", field for
//! field and in that order (`schema/findings.schema.json` pins it).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Report;
use crate::code::Severity;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(report))?;
    writeln!(out)
}

/// The report as the contract's JSON value.
pub fn to_value(report: &Report) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let finding = f.finding;
            json!({
                "path": finding.path,
                "code": finding.code.as_str(),
                "severity": finding.severity.as_str(),
                "message": finding.message,
                "span": {"start": finding.span.start, "end": finding.span.end},
                "line": f.position.line,
                "column": f.position.column,
                "end_line": f.position.end_line,
                "end_column": f.position.end_column,
                "found": finding.found,
                "expected": finding.expected,
                "sentence": {"start": finding.sentence.start, "end": finding.sentence.end},
                "fact": match (&finding.fact, f.fact) {
                    (Some(fact), Some((_, line))) => json!({"path": fact.path, "line": line}),
                    _ => Value::Null,
                },
                "fix": finding.fix.as_ref().map(|fix| json!({"replacement": fix.replacement})),
            })
        })
        .collect();
    json!({
        "version": 1,
        "findings": findings,
        "summary": {
            "files": report.file_count,
            "sentences": report.sentences,
            "error": report.count(Severity::Error),
            "warning": report.count(Severity::Warning),
            "info": report.count(Severity::Info),
        },
    })
}
