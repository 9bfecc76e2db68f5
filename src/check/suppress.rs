//! In-article suppressions: `<!-- claimlint-disable-next-line CODE -->`,
//! `<!-- claimlint-disable CODE -->` … `<!-- claimlint-enable -->`.
//!
//! A directive without codes covers every code. A directive that suppresses
//! nothing, or names an unknown code, is itself reported
//! (`config/unused-suppression`, info), so stale suppressions do not pile up.

use std::collections::HashMap;

use super::cross::Fact;
use super::{Context, Finding};
use crate::code::Code;
use crate::document::DirectiveKind;
use crate::span::{LineIndex, Span};

/// The message of a directive that suppressed nothing.
const SUPPRESSES_NOTHING: &str = "this suppression suppresses nothing";

#[derive(Clone, Debug)]
enum Scope {
    /// The first line after the directive that has text.
    NextLine(usize),
    /// Byte range from the directive to its `enable` (or the end).
    Range(Span),
}

#[derive(Clone, Debug)]
struct Rule {
    directive: Span,
    /// `None`: every code.
    codes: Option<Vec<Code>>,
    scope: Scope,
    used: bool,
}

/// Directives of an article that suppressed nothing among its own
/// findings but cover one of its cross-article facts: whether they are used
/// is known only once the story's articles are compared.
#[derive(Clone, Debug, Default)]
pub struct Pending {
    rules: Vec<Rule>,
}

impl Pending {
    /// Marks the directives that suppress one of `findings` (the
    /// cross-article findings the article's directives suppress, each on
    /// the line in `lines`) and returns their spans, sorted: the
    /// `config/unused-suppression` findings that [`Pending::reported`] then
    /// withdraws.
    pub fn settle(&mut self, findings: &[Finding], lines: &[usize]) -> Vec<Span> {
        mark_used(&mut self.rules, findings, lines);
        let mut used: Vec<Span> = self
            .rules
            .iter()
            .filter(|r| r.used)
            .map(|r| r.directive)
            .collect();
        used.sort_unstable();
        used
    }

    /// Whether `f` reports one of the directives at `used` (sorted) as
    /// suppressing nothing.
    pub fn reported(f: &Finding, used: &[Span]) -> bool {
        Pending::unused(f) && used.binary_search(&f.span).is_ok()
    }

    /// Whether `f` reports a directive as suppressing nothing.
    pub fn unused(f: &Finding) -> bool {
        f.code == Code::ConfigUnusedSuppression && f.message == SUPPRESSES_NOTHING
    }
}

/// Drops the findings the article's directives suppress and adds one
/// finding per directive that suppressed nothing or cannot be read. Marks
/// the cross-article `facts` a directive covers, with their lines, and
/// returns the directives whose use depends on them.
pub(super) fn apply(cx: &Context, findings: &mut Vec<Finding>, facts: &mut [Fact]) -> Pending {
    if cx.doc.directives.is_empty() {
        return Pending::default();
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
    // The `disable` ranges not yet closed by an `enable`, by their codes:
    // an `enable` of some codes closes only the ranges of exactly those, so
    // it looks at no other (thousands of `disable`s left open by `enable`s
    // of other codes were each looked at by every `enable`).
    let mut open: HashMap<Option<Vec<Code>>, Vec<usize>> = HashMap::new();
    for directive in &cx.doc.directives {
        let mut codes = Vec::new();
        for word in &directive.codes {
            match word.parse::<Code>() {
                Ok(code) => codes.push(code),
                Err(e) => problems.push((directive.span, format!("{e} in a claimlint directive"))),
            }
        }
        // No codes: every code. Only unknown codes: none (a typo must not
        // silence everything).
        let codes = (!directive.codes.is_empty()).then_some(codes);
        match directive.kind {
            DirectiveKind::DisableNextLine => {
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
            DirectiveKind::Disable => {
                open.entry(codes.clone()).or_default().push(rules.len());
                rules.push(Rule {
                    directive: directive.span,
                    codes,
                    scope: Scope::Range(Span::new(directive.span.end, source.len())),
                    used: false,
                });
            }
            DirectiveKind::Enable => {
                // Closes the open ranges of its codes (all, without codes).
                // Each range is closed once.
                let closed: Vec<usize> = match &codes {
                    None => open.drain().flat_map(|(_, ranges)| ranges).collect(),
                    Some(_) => open.remove(&codes).unwrap_or_default(),
                };
                for i in closed {
                    if let Scope::Range(range) = &mut rules[i].scope {
                        range.end = directive.span.start;
                    }
                }
            }
            DirectiveKind::Unknown => {
                let name = directive.text.split(|c: char| c.is_whitespace() || c == ',');
                problems.push((
                    directive.span,
                    format!("unknown claimlint directive `{}`", name.take(1).collect::<String>()),
                ));
            }
            DirectiveKind::Unclosed => problems.push((
                directive.span,
                format!(
                    "`{}` is never closed with `-->`, so the rest of the article is a comment and is not checked",
                    directive.text
                ),
            )),
        }
    }
    let lines_of: Vec<usize> = findings.iter().map(|f| line_of(f.span.start)).collect();
    mark_used(&mut rules, findings, &lines_of);
    let covered = Coverage::new(&rules);
    let mut i = 0;
    findings.retain(|f| {
        let line = lines_of[i];
        i += 1;
        !covered.suppresses(f.code, f.span, line)
    });
    let mut any_suppressed = false;
    for fact in facts.iter_mut() {
        fact.line = line_of(fact.span.start);
        fact.suppressed = covered.suppresses(Code::ConsistencyCrossArticle, fact.span, fact.line);
        any_suppressed |= fact.suppressed;
    }
    for rule in rules.iter().filter(|r| !r.used) {
        problems.push((rule.directive, SUPPRESSES_NOTHING.to_string()));
    }
    let pending = Pending {
        rules: rules
            .into_iter()
            .filter(|r| {
                any_suppressed && !r.used && codes_of(r).contains(&Code::ConsistencyCrossArticle)
            })
            .collect(),
    };
    // Reported at the rule file's level for the code, like any finding.
    let level = cx.story.rules.level(Code::ConfigUnusedSuppression);
    for (span, message) in problems {
        let mut f = Finding::new(cx, Code::ConfigUnusedSuppression, span, message);
        if !level.apply(&mut f) {
            continue;
        }
        f.label = "remove or correct this directive".into();
        f.help.push(
            "directives are `claimlint-disable-next-line CODE…`, `claimlint-disable CODE…` and `claimlint-enable`".into(),
        );
        findings.push(f);
    }
    findings.sort_by_key(|a| (a.span.start, a.span.end, a.code));
    pending
}

/// The codes a rule names: every code when it names none.
fn codes_of(rule: &Rule) -> &[Code] {
    rule.codes.as_deref().unwrap_or(Code::ALL)
}

/// Marks the rules that cover some finding of a code they name. Findings
/// are in file order; per code, the smallest end among the findings from
/// each one on tells in one binary search whether a range holds one, so
/// many directives over many findings cost no more than a sort.
fn mark_used(rules: &mut [Rule], findings: &[Finding], lines: &[usize]) {
    use std::collections::{HashMap, HashSet};
    let mut by_code: HashMap<Code, Vec<Span>> = HashMap::new();
    let mut on_line: HashSet<(usize, Code)> = HashSet::new();
    for (f, &line) in findings.iter().zip(lines) {
        by_code.entry(f.code).or_default().push(f.span);
        on_line.insert((line, f.code));
    }
    let by_code: HashMap<Code, (Vec<Span>, Vec<usize>)> = by_code
        .into_iter()
        .map(|(code, mut spans)| {
            spans.sort_unstable_by_key(|s| s.start);
            let mut least = vec![usize::MAX; spans.len() + 1];
            for k in (0..spans.len()).rev() {
                least[k] = least[k + 1].min(spans[k].end);
            }
            (code, (spans, least))
        })
        .collect();
    for rule in rules.iter_mut() {
        rule.used = codes_of(rule).iter().any(|code| match rule.scope {
            Scope::NextLine(line) => on_line.contains(&(line, *code)),
            Scope::Range(range) => by_code.get(code).is_some_and(|(spans, least)| {
                let from = spans.partition_point(|s| s.start < range.start);
                least[from] <= range.end
            }),
        });
    }
}

/// What the rules cover, per code: the lines of `next-line` rules, and the
/// ranges of `disable` rules by start with the furthest end reached so far.
struct Coverage {
    lines: std::collections::HashSet<(usize, Code)>,
    ranges: std::collections::HashMap<Code, Vec<(usize, usize)>>,
}

impl Coverage {
    fn new(rules: &[Rule]) -> Coverage {
        let mut lines = std::collections::HashSet::new();
        let mut ranges: std::collections::HashMap<Code, Vec<(usize, usize)>> =
            std::collections::HashMap::new();
        for rule in rules {
            for &code in codes_of(rule) {
                match rule.scope {
                    Scope::NextLine(line) => {
                        lines.insert((line, code));
                    }
                    Scope::Range(r) => ranges.entry(code).or_default().push((r.start, r.end)),
                }
            }
        }
        for list in ranges.values_mut() {
            list.sort_unstable();
            let mut furthest = 0;
            for (_, end) in list.iter_mut() {
                furthest = furthest.max(*end);
                *end = furthest;
            }
        }
        Coverage { lines, ranges }
    }

    /// Whether a rule covers a finding of `code` at `span`, which starts on
    /// `line`: a `next-line` rule of its line, or a range that starts at or
    /// before it and ends at or after its end.
    fn suppresses(&self, code: Code, span: Span, line: usize) -> bool {
        self.lines.contains(&(line, code))
            || self.ranges.get(&code).is_some_and(|list| {
                let k = list.partition_point(|&(start, _)| start <= span.start);
                k > 0 && list[k - 1].1 >= span.end
            })
    }
}
