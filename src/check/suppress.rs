//! In-article suppressions: `<!-- claimlint-disable-next-line CODE -->`,
//! `<!-- claimlint-disable CODE -->` … `<!-- claimlint-enable -->`.
//!
//! A directive without codes covers every code. A directive that suppresses
//! nothing, or names an unknown code, is itself reported
//! (`config/unused-suppression`, info), so stale suppressions do not pile up.

use super::{Context, Finding};
use crate::code::Code;
use crate::span::{LineIndex, Span};

enum Scope {
    /// The first line after the directive that has text.
    NextLine(usize),
    /// Byte range from the directive to its `enable` (or the end).
    Range(Span),
}

struct Rule {
    directive: Span,
    /// `None`: every code.
    codes: Option<Vec<Code>>,
    scope: Scope,
    used: bool,
}

/// Drops the findings the article's directives suppress and adds one
/// finding per directive that suppressed nothing or cannot be read.
pub(super) fn apply(cx: &Context, findings: &mut Vec<Finding>) {
    if cx.doc.directives.is_empty() {
        return;
    }
    let source = cx.doc.source();
    let lines = LineIndex::new(source);
    let line_of = |offset: usize| lines.line_col(source, offset).0;
    let mut rules: Vec<Rule> = Vec::new();
    let mut problems: Vec<(Span, String)> = Vec::new();
    // The last line searched from and the non-blank line found after it:
    // directives in order reuse it, so a line of many directives before
    // many blank lines is not searched once per directive.
    let mut found: Option<(usize, Option<usize>)> = None;
    for directive in &cx.doc.directives {
        let text = directive
            .text
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        let mut words = text.split_whitespace();
        let kind = words.next().unwrap_or_default();
        let mut codes = Vec::new();
        let mut named = false;
        for word in words {
            named = true;
            match word.trim_end_matches(',').parse::<Code>() {
                Ok(code) => codes.push(code),
                Err(e) => problems.push((directive.span, format!("{e} in a claimlint directive"))),
            }
        }
        // No codes: every code. Only unknown codes: none (a typo must not
        // silence everything).
        let codes = named.then_some(codes);
        match kind {
            "claimlint-disable-next-line" => {
                let after = line_of(directive.span.end);
                let target = match found {
                    // Every line between `from` and `target` is blank.
                    Some((from, target)) if from <= after && target.is_none_or(|t| after < t) => {
                        target
                    }
                    _ => (after + 1..=lines.line_count()).find(|&l| {
                        let start = lines.line_start(l).unwrap_or(source.len());
                        let end = lines.line_start(l + 1).unwrap_or(source.len());
                        source.get(start..end).is_some_and(|t| !t.trim().is_empty())
                    }),
                };
                found = Some((after, target));
                rules.push(Rule {
                    directive: directive.span,
                    codes,
                    scope: Scope::NextLine(target.unwrap_or(usize::MAX)),
                    used: false,
                });
            }
            "claimlint-disable" => rules.push(Rule {
                directive: directive.span,
                codes,
                scope: Scope::Range(Span::new(directive.span.end, source.len())),
                used: false,
            }),
            "claimlint-enable" => {
                // Closes the open ranges it names (all, without codes).
                for rule in rules.iter_mut().rev() {
                    if let Scope::Range(range) = &mut rule.scope
                        && range.end == source.len()
                        && (codes.is_none() || rule.codes == codes)
                    {
                        range.end = directive.span.start;
                    }
                }
            }
            other => problems.push((
                directive.span,
                format!("unknown claimlint directive `{other}`"),
            )),
        }
    }
    findings.retain(|f| {
        let line = line_of(f.span.start);
        let mut suppressed = false;
        for rule in &mut rules {
            let covers = match rule.scope {
                Scope::NextLine(l) => l == line,
                Scope::Range(r) => r.contains(f.span),
            };
            if covers && rule.codes.as_ref().is_none_or(|c| c.contains(&f.code)) {
                rule.used = true;
                suppressed = true;
            }
        }
        !suppressed
    });
    for rule in rules.iter().filter(|r| !r.used) {
        problems.push((
            rule.directive,
            "this suppression suppresses nothing".to_string(),
        ));
    }
    for (span, message) in problems {
        let mut f = Finding::new(cx, Code::ConfigUnusedSuppression, span, message);
        f.label = "remove or correct this directive".into();
        f.help.push(
            "directives are `claimlint-disable-next-line CODE…`, `claimlint-disable CODE…` and `claimlint-enable`".into(),
        );
        findings.push(f);
    }
    findings.sort_by_key(|a| (a.span.start, a.span.end, a.code));
}
