//! YAML front matter at the top of a Markdown article:
//!
//! ```text
//! ---
//! story: eu-merger-ruling
//! date: 2026-03-12
//! title: "Court blocks the merger"
//! ---
//! ```
//!
//! Only top-level `key: value` lines on one line each are read (plain,
//! single- or double-quoted scalars); that is all the article metadata
//! claimlint uses, and it keeps every value's span exact.

use super::{DocumentError, Field, FrontMatter};
use crate::span::Span;

/// Lines that open and close front matter.
const OPEN: &str = "---";
const CLOSE: [&str; 2] = ["---", "..."];

/// Reads the front matter that starts at `start` (after any BOM), if the
/// article has one.
pub(super) fn read(source: &str, start: usize) -> Result<Option<FrontMatter>, DocumentError> {
    let mut lines = lines(source, start);
    match lines.next() {
        Some((_, line)) if line.trim_end() == OPEN => {}
        _ => return Ok(None),
    }
    let mut front = FrontMatter::default();
    for (line_start, line) in lines {
        if CLOSE.contains(&line.trim_end()) {
            let end = line_start + line.len();
            front.span = Some(Span::new(start, end));
            return Ok(Some(front));
        }
        let Some((key, value)) = field(line, line_start) else {
            continue;
        };
        let slot = match key {
            "story" => &mut front.story,
            "date" => &mut front.date,
            "title" => &mut front.title,
            _ => continue,
        };
        slot.get_or_insert(value);
    }
    Err(DocumentError::UnterminatedFrontMatter { offset: start })
}

/// The lines from `start` on, each with its offset, without the line break.
fn lines(source: &str, start: usize) -> impl Iterator<Item = (usize, &str)> {
    let rest = source.get(start..).unwrap_or_default();
    let mut pos = start;
    rest.split_inclusive('\n').map(move |line| {
        let at = pos;
        pos += line.len();
        (at, line.trim_end_matches(['\n', '\r']))
    })
}

/// A top-level `key: value` line: the key and the value with its span.
fn field(line: &str, line_start: usize) -> Option<(&str, Field)> {
    if line.starts_with(char::is_whitespace) || line.starts_with('#') {
        return None;
    }
    let colon = line
        .find(": ")
        .or_else(|| line.ends_with(':').then(|| line.len() - 1))?;
    let key = line[..colon].trim();
    let raw = &line[colon + 1..];
    let lead = raw.len() - raw.trim_start().len();
    let value_start = colon + 1 + lead;
    let (value, span) = scalar(raw.trim())?;
    let span = span.shift(line_start + value_start);
    Some((key, Field { value, span }))
}

/// A one-line YAML scalar: its value and its span within `text` (inside the
/// quotes when quoted; a trailing ` # comment` dropped when plain).
fn scalar(text: &str) -> Option<(String, Span)> {
    if let Some(quote @ ('"' | '\'')) = text.chars().next() {
        let inner = &text[1..];
        let close = inner.rfind(quote)?;
        let body = &inner[..close];
        let value = if quote == '\'' {
            body.replace("''", "'")
        } else {
            body.replace("\\\"", "\"").replace("\\\\", "\\")
        };
        return Some((value, Span::new(1, 1 + close)));
    }
    let plain = text.find(" #").map_or(text, |i| &text[..i]).trim_end();
    (!plain.is_empty()).then(|| (plain.to_string(), Span::new(0, plain.len())))
}
