//! A YAML document as a tree of nodes that remember their byte spans, read
//! with serde-saphyr under input budgets. Validation walks this tree, so
//! every error can point at its node and all errors of a file are found in
//! one pass.

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::span::{LineIndex, Span};

/// The largest rule file read at all.
pub const MAX_RULE_FILE_BYTES: usize = 8 * 1024 * 1024;

/// A YAML value.
#[derive(Clone, Debug)]
pub enum Value {
    Null,
    /// A scalar that is not a string (a number or a boolean), with its
    /// text as written where it is defined (an alias's is its anchor's).
    Scalar(String),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// A value and where it stands in the file.
#[derive(Clone, Debug)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

impl Node {
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Scalar(_) => "a number or boolean",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// What serde-saphyr gives: values wrapped with their locations.
enum Raw {
    Null,
    Scalar,
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_i128<E>(self, _: i128) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_u128<E>(self, _: u128) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Raw, E> {
        Ok(Raw::Scalar)
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Raw>>()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Raw>>()? {
            let value = map.next_value::<Spanned<Raw>>()?;
            entries.push((key, value));
        }
        Ok(Raw::Map(entries))
    }
}

/// A YAML syntax error or a budget overrun, located.
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}

/// Parses `source` into a tree of located nodes.
pub fn parse(source: &str) -> Result<Node, SyntaxError> {
    if source.len() > MAX_RULE_FILE_BYTES {
        return Err(SyntaxError {
            span: Span::new(0, 0),
            message: format!(
                "the rule file is {} bytes; rule files are limited to {} MB",
                source.len(),
                MAX_RULE_FILE_BYTES / (1024 * 1024)
            ),
        });
    }
    let lines = LineIndex::new(source);
    let raw: Spanned<Raw> =
        serde_saphyr::from_str_with_options(source, options()).map_err(|e| {
            let span = e
                .location()
                .map_or(Span::default(), |l| locate(source, &lines, &l));
            let message = e.without_snippet().to_string();
            SyntaxError {
                span,
                message: first_line(&message),
            }
        })?;
    Ok(convert(source, &lines, raw))
}

/// Budgets that refuse hostile YAML (alias bombs, deep nesting, huge
/// scalars) long before it costs memory.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 500_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 32;
    budget.max_documents = 1;
    budget.max_nodes = 250_000;
    budget.max_total_scalar_bytes = MAX_RULE_FILE_BYTES;
    // Every event inside an anchored node is recorded, used or not: an
    // anchored list of 5,000 names with an alias each is some 40,000.
    budget.max_recorded_anchor_events = 100_000;
    budget.max_recorded_anchor_bytes = 1024 * 1024;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    // What aliases may replay: a rule file that shares a list or two needs
    // hundreds of events; an alias bomb stops here after some milliseconds
    // of work.
    options.alias_limits.max_total_replayed_events = 20_000;
    options.alias_limits.max_replay_stack_depth = 16;
    options.alias_limits.max_alias_expansions_per_anchor = 100;
    options
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_string()
}

/// The byte span of a location: its byte offset and length when the parser
/// gives them, else its line and column (counted in characters).
fn locate(source: &str, lines: &LineIndex, location: &serde_saphyr::Location) -> Span {
    let span = location.span();
    let start = match span.byte_offset() {
        Some(offset) => usize::try_from(offset).unwrap_or(usize::MAX),
        None => {
            let line = usize::try_from(location.line()).unwrap_or(1).max(1);
            let column = usize::try_from(location.column()).unwrap_or(1).max(1);
            let line_start = lines.line_start(line).unwrap_or(source.len());
            source[line_start.min(source.len())..]
                .char_indices()
                .nth(column - 1)
                .map_or(source.len(), |(i, _)| line_start + i)
        }
    };
    let start = floor_boundary(source, start.min(source.len()));
    let len = span
        .byte_len()
        .and_then(|l| usize::try_from(l).ok())
        .unwrap_or(0);
    let end = floor_boundary(source, start.saturating_add(len).min(source.len()));
    Span::new(start, end.max(start))
}

fn floor_boundary(source: &str, mut at: usize) -> usize {
    while at > 0 && !source.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn convert(source: &str, lines: &LineIndex, raw: Spanned<Raw>) -> Node {
    let mut span = locate(source, lines, &raw.referenced);
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Scalar => Value::Scalar(written(source, lines, &raw.defined)),
        Raw::Str(s) => Value::Str(s),
        Raw::Seq(items) => Value::Seq(
            items
                .into_iter()
                .map(|i| convert(source, lines, i))
                .collect(),
        ),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(source, lines, k), convert(source, lines, v)))
                .collect(),
        ),
    };
    // A scalar without a length: up to the end of its line.
    if span.is_empty() && matches!(value, Value::Scalar(_) | Value::Str(_)) {
        span = to_line_end(source, span);
    }
    Node { value, span }
}

/// A scalar without a length: up to the end of its line.
fn to_line_end(source: &str, span: Span) -> Span {
    let end = source[span.start..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| span.start + i);
    Span::new(span.start, end)
}

/// The text of the plain scalar defined at `defined`, as written.
fn written(source: &str, lines: &LineIndex, defined: &serde_saphyr::Location) -> String {
    let mut span = locate(source, lines, defined);
    if span.is_empty() {
        span = to_line_end(source, span);
    }
    source
        .get(span.range())
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::{Value, parse};

    fn scalars(source: &str) -> Vec<String> {
        let Ok(node) = parse(source) else {
            panic!("{source:?} does not parse")
        };
        let Value::Map(entries) = node.value else {
            panic!("{source:?} is no mapping")
        };
        let mut out = Vec::new();
        for (_, value) in entries {
            let items = match value.value {
                Value::Seq(items) => items,
                other => vec![super::Node {
                    value: other,
                    span: value.span,
                }],
            };
            for item in items {
                if let Value::Scalar(text) = item.value {
                    out.push(text);
                }
            }
        }
        out
    }

    /// A number or boolean is read as written where it is defined: an
    /// alias as its anchor's text, without the anchor, a tag or a comment.
    #[test]
    fn a_scalar_is_read_as_written_where_it_is_defined() {
        assert_eq!(scalars("a: &q off\nb: *q\n"), ["off", "off"]);
        assert_eq!(
            scalars("a: &q 5 # five\nb: [*q, 7, 3.96 ]\n"),
            ["5", "5", "7", "3.96"]
        );
        assert_eq!(scalars("a: !!bool true\n"), ["true"]);
    }
}
