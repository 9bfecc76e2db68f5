//! `--format json`: the contract of the README's "JSON output", field for
//! field and in that order (`schema/findings.schema.json` pins it).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::Report;
use crate::code::Severity;

/// The contract's object, its findings written one by one: the output
/// of a large archive is never held whole.
#[derive(Serialize)]
#[serde(bound = "")]
struct Contract<I: Iterator<Item = Value>> {
    version: u32,
    findings: super::Seq<I>,
    summary: Value,
}

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let contract = Contract {
        version: 1,
        findings: super::Seq::new(report.findings.iter().map(finding)),
        summary: summary(report),
    };
    serde_json::to_writer_pretty(&mut *out, &contract)?;
    writeln!(out)
}

fn summary(report: &Report) -> Value {
    json!({
        "files": report.file_count,
        "sentences": report.sentences,
        "error": report.count(Severity::Error),
        "warning": report.count(Severity::Warning),
        "info": report.count(Severity::Info),
    })
}

fn finding(f: &super::Located) -> Value {
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
}
