//! Stage 4: claims → [`Finding`]s, one file per finding family, each judging
//! claims against the rule set.

mod claim;
mod config;
pub mod cross;
mod date;
mod leader;
mod model;
mod name;
mod number;
mod source;
mod suppress;
mod title;

pub use suppress::Pending;

use crate::claims::{Claim, ClaimKind, Story};
use crate::code::{Code, Severity};
use crate::document::Document;
use crate::segment::Sentence;
use crate::span::Span;
use std::collections::HashMap;

/// Where a finding's fact is defined: a span of a rule file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactRef {
    pub path: String,
    pub span: Span,
}

/// A canonical replacement for a finding's span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub replacement: String,
    /// Safe fixes (a listed misspelling, an unambiguous near miss) are applied
    /// by `--fix`; the others are only suggested.
    pub safe: bool,
}

/// A secondary location in another article (cross-article findings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub path: String,
    pub span: Span,
    pub message: String,
}

/// One finding, ready to be rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// The primary span in the article.
    pub span: Span,
    /// The label under the primary span.
    pub label: String,
    /// The article text of `span`.
    pub found: String,
    /// The canonical value, when there is one.
    pub expected: Option<String>,
    /// The sentence the finding is in.
    pub sentence: Span,
    pub fact: Option<FactRef>,
    pub fix: Option<Fix>,
    /// `= help:` lines.
    pub help: Vec<String>,
    /// `= note:` lines.
    pub notes: Vec<String>,
    pub related: Vec<Related>,
}

impl Finding {
    /// A finding of `code` at `span` of `cx`'s article, with its default
    /// severity and the sentence filled in; the caller adds the rest.
    pub fn new(cx: &Context, code: Code, span: Span, message: impl Into<String>) -> Finding {
        // Sentences are in file order: the one holding `span` is the last
        // that starts at or before it.
        let i = cx.sentences.partition_point(|s| s.span.start <= span.start);
        let sentence = i
            .checked_sub(1)
            .and_then(|i| cx.sentences.get(i))
            .filter(|s| s.span.contains(span))
            .map_or(span, |s| s.span);
        Finding {
            path: cx.doc.path.clone(),
            code,
            severity: code.default_severity(),
            message: message.into(),
            span,
            label: String::new(),
            found: cx.doc.text_of(span).to_string(),
            expected: None,
            sentence,
            fact: None,
            fix: None,
            help: Vec::new(),
            notes: Vec::new(),
            related: Vec::new(),
        }
    }

    /// Points the finding at the rule-file fact at `span`.
    pub fn with_fact(mut self, cx: &Context, span: Span) -> Finding {
        self.fact = Some(FactRef {
            path: cx.story.rules.path.clone(),
            span,
        });
        self
    }
}

/// What a check sees of one article.
pub struct Context<'a> {
    pub story: &'a Story<'a>,
    pub doc: &'a Document,
    pub sentences: &'a [Sentence],
    pub claims: &'a [Claim],
    pub article_date: Option<crate::claims::dates::ArticleDate>,
    /// The rule file's exceptions that apply at the article's path.
    pub excusals: &'a Excusals<'a>,
}

/// The rule file's `exceptions` whose glob matches one path (relative to
/// the project root), prepared once for every article at that path: the
/// examples of `claimlint test` all share one.
#[derive(Debug, Default)]
pub struct Excusals<'r> {
    /// The first such exception (in the rule file's order) of each code
    /// and text, and of each code for any text (`None`).
    first: HashMap<(Code, Option<&'r str>), usize>,
}

impl<'r> Excusals<'r> {
    pub fn at(rules: &'r crate::rules::RuleSet, relative: &std::path::Path) -> Excusals<'r> {
        let mut first = HashMap::new();
        for (i, e) in rules.exceptions.iter().enumerate() {
            if e.path.is_match(relative) {
                first.entry((e.code, e.text.as_deref())).or_insert(i);
            }
        }
        Excusals { first }
    }

    /// The exception that excuses a finding of `code` on `found`: the
    /// earlier of the first for its text and the first for its code,
    /// looked up rather than sought among them all.
    fn excusing(&self, code: Code, found: &str) -> Option<usize> {
        let of_text = self.first.get(&(code, Some(found)));
        let of_code = self.first.get(&(code, None));
        of_text.into_iter().chain(of_code).min().copied()
    }
}

impl Context<'_> {
    /// The claims of one kind, with their claim record.
    pub fn claims_of<'c, T: 'c>(
        &'c self,
        pick: impl Fn(&'c ClaimKind) -> Option<&'c T> + 'c,
    ) -> impl Iterator<Item = (&'c Claim, &'c T)> + 'c {
        self.claims
            .iter()
            .filter_map(move |c| pick(&c.kind).map(|t| (c, t)))
    }
}

/// What the checks make of one article.
pub struct Judged {
    /// Its findings, with rule-file severities applied, supported sentences
    /// cleared of `unsupported/*`, the rule file's `exceptions` and the
    /// article's directives applied, and in file order.
    pub findings: Vec<Finding>,
    /// Which exceptions (indices into `exceptions`) excused a finding.
    pub used_exceptions: Vec<usize>,
    /// The facts to compare with the story's other articles, each marked
    /// with the exception or directive that would excuse a finding there.
    pub facts: Vec<cross::Fact>,
    /// The directives whose use depends on those facts.
    pub pending: Pending,
}

/// The most items of a rule-file list a finding's text names.
const MAX_LISTED: usize = 10;

/// Joins the first [`MAX_LISTED`] of `items` with `sep` and says how many
/// more there are. A finding holds its text: naming every model of a family
/// of thousands in each of thousands of findings took memory in their
/// product.
fn join_some<I>(items: I, sep: &str) -> String
where
    I: ExactSizeIterator,
    I::Item: AsRef<str>,
{
    let more = items.len().saturating_sub(MAX_LISTED);
    let mut out = String::new();
    for (i, item) in items.take(MAX_LISTED).enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    if more > 0 {
        out.push_str(&format!(" and {more} more"));
    }
    out
}

/// Runs every check on one article.
pub fn run(cx: &Context) -> Judged {
    let mut out = Vec::new();
    name::check(cx, &mut out);
    leader::check(cx, &mut out);
    title::check(cx, &mut out);
    date::check(cx, &mut out);
    number::check(cx, &mut out);
    claim::check(cx, &mut out);
    source::check(cx, &mut out);
    model::check(cx, &mut out);

    // A fix replaces the file's bytes under its span. Where those are not
    // the prose the checks read (a tag or a comment blanked inside a name,
    // an entity decoded), writing it would cut the markup: it stays a
    // suggestion.
    for f in &mut out {
        if let Some(fix) = &mut f.fix
            && fix.safe
            && cx.doc.source().get(f.span.range()) != cx.doc.prose.get(f.span.range())
        {
            fix.safe = false;
        }
    }

    // One finding per mistake: an attribution to a name already reported
    // as a contradiction (a wrong leader, a misspelling) is not also an
    // unsupported source.
    let contradicted: Vec<Span> = out
        .iter()
        .filter(|f| f.code.category() == "contradiction")
        .map(|f| f.span)
        .collect::<Vec<Span>>();
    let mut contradicted = contradicted;
    contradicted.sort_unstable();
    out.retain(|f| f.code != Code::UnsupportedSource || !overlaps_any(&contradicted, f.span));

    let mut supported: Vec<Span> = cx
        .claims
        .iter()
        .filter(|c| matches!(&c.kind, ClaimKind::Pattern(p) if p.supports))
        .filter_map(|c| cx.sentences.get(c.sentence).map(|s| s.span))
        .collect();
    supported.sort_unstable();
    out.retain_mut(|f| {
        if f.code.category() == "unsupported" && supported.binary_search(&f.sentence).is_ok() {
            return false;
        }
        cx.story.rules.level(f.code).apply(f)
    });
    out.sort_by_key(|a| (a.span.start, a.span.end, a.code));
    out.dedup_by(|a, b| a.span == b.span && a.code == b.code);
    let mut facts = cross::facts(cx);
    let used = apply_exceptions(cx, &mut out, &mut facts);
    let pending = suppress::apply(cx, &mut out, &mut facts);
    Judged {
        findings: out,
        used_exceptions: used,
        facts,
        pending,
    }
}

/// Whether `span` overlaps one of `spans` (sorted by start, as findings
/// and claims are), without a scan of them all.
pub(crate) fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.start < span.end);
    spans[..i].iter().rev().take(64).any(|s| s.overlaps(span))
}

/// Drops the findings a rule file's `exceptions` excuse: same code, an
/// article path the glob matches, and (when given) the same found text.
/// Marks the cross-article facts whose finding one would excuse.
fn apply_exceptions(
    cx: &Context,
    findings: &mut Vec<Finding>,
    facts: &mut [cross::Fact],
) -> Vec<usize> {
    let excusals = cx.excusals;
    if excusals.first.is_empty() {
        return Vec::new();
    }
    let mut used = Vec::new();
    findings.retain(|f| {
        let excused = excusals.excusing(f.code, &f.found);
        if let Some(i) = excused {
            used.push(i);
        }
        excused.is_none()
    });
    for fact in facts {
        fact.excused = excusals.excusing(Code::ConsistencyCrossArticle, &fact.found);
    }
    used.sort_unstable();
    used.dedup();
    used
}

/// What `claimlint explain CODE` prints: each check's own documentation.
pub fn explain(code: Code) -> &'static str {
    [
        name::EXPLAIN,
        leader::EXPLAIN,
        title::EXPLAIN,
        date::EXPLAIN,
        number::EXPLAIN,
        claim::EXPLAIN,
        source::EXPLAIN,
        model::EXPLAIN,
        cross::EXPLAIN,
        config::EXPLAIN,
    ]
    .iter()
    .flat_map(|e| e.iter())
    .find(|(c, _)| *c == code)
    .map_or("", |(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::join_some;

    #[test]
    fn a_long_list_is_named_in_part() {
        let short = ["Rook 1", "Rook 2"];
        assert_eq!(join_some(short.iter(), ", "), "Rook 1, Rook 2");
        assert_eq!(join_some(short.iter(), " and "), "Rook 1 and Rook 2");
        let long: Vec<String> = (1..=2_000).map(|i| format!("Rook {i}")).collect();
        let text = join_some(long.iter(), ", ");
        assert!(text.starts_with("Rook 1, Rook 2, "), "{text}");
        assert!(text.ends_with("Rook 10 and 1990 more"), "{text}");
        assert_eq!(join_some(long[..10].iter(), ", ").matches(", ").count(), 9);
    }
}
