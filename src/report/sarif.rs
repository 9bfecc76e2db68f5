//! `--format sarif`: SARIF 2.1.0 for code-scanning services. Rules carry the
//! text of `claimlint explain`; results carry a region in the article and,
//! when the finding has one, a related location at the fact in the rule file.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::Report;
use crate::code::{Code, Severity};

/// The SARIF log, its results written one by one.
#[derive(Serialize)]
#[serde(bound = "")]
struct Log<I: Iterator<Item = Value>> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<I>; 1],
}

#[derive(Serialize)]
#[serde(bound = "", rename_all = "camelCase")]
struct Run<I: Iterator<Item = Value>> {
    tool: Value,
    column_kind: &'static str,
    results: super::Seq<I>,
}

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: tool(),
            column_kind: "unicodeCodePoints",
            results: super::Seq::new(report.findings.iter().map(result)),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn tool() -> Value {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|&code| {
            let explain = crate::check::explain(code);
            let short = explain.lines().next().unwrap_or(code.as_str());
            json!({
                "id": code.as_str(),
                "shortDescription": {"text": short},
                "help": {"text": if explain.is_empty() { code.as_str() } else { explain }},
                "defaultConfiguration": {"level": level(code.default_severity())},
            })
        })
        .collect();
    json!({"driver": {
        "name": "claimlint",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": "https://github.com/claimlint/claimlint",
        "rules": rules,
    }})
}

fn result(f: &super::Located) -> Value {
    let finding = f.finding;
    let rule_index = Code::ALL.iter().position(|&c| c == finding.code);
    let mut result = json!({
        "ruleId": finding.code.as_str(),
        "ruleIndex": rule_index,
        "level": level(finding.severity),
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&finding.path)},
                "region": {
                    "startLine": f.position.line,
                    "startColumn": f.position.column,
                    "endLine": f.position.end_line,
                    "endColumn": f.position.end_column,
                    "byteOffset": finding.span.start,
                    "byteLength": finding.span.len(),
                },
            },
        }],
    });
    let mut related = Vec::new();
    if let (Some(fact), Some((_, line))) = (&finding.fact, f.fact) {
        related.push(json!({
            "id": related.len(),
            "message": {"text": "the fact is defined here"},
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&fact.path)},
                "region": {"startLine": line},
            },
        }));
    }
    for other in &finding.related {
        related.push(json!({
            "id": related.len(),
            "message": {"text": other.message},
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&other.path)},
                "region": {"byteOffset": other.span.start, "byteLength": other.span.len()},
            },
        }));
    }
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    result
}

/// A relative path as a URI reference: forward slashes, reserved bytes
/// percent-encoded. A backslash separates directories on Windows only;
/// elsewhere it is part of a file's name, encoded like any reserved byte.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let path = if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path.to_string()
    };
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
