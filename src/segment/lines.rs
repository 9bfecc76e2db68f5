//! Line structure inside a block: which line breaks end a sentence whatever
//! the punctuation says.
//!
//! Plain text makes one block per run of non-blank lines, so a block can hold
//! a title, a navigation list and a soft-wrapped paragraph at once. A block is
//! cut into *units* (runs of lines a sentence may cross); sentence boundaries
//! are then found inside each unit.
//!
//! The break after a line is **soft** (the sentence may continue) when
//! - the line ends in terminal punctuation: the sentence rules decide there;
//! - the next line starts with a lowercase letter ("… holds\nleveraging …");
//! - the line ends in a comma, semicolon, dash, slash, ampersand or opening
//!   bracket, or on a word that cannot end a sentence ("… that the\nMinistry …",
//!   see [`RUN_ON_WORDS`]);
//! - the text is hard-wrapped: the line is at least [`WRAP_MIN_CHARS`] long and
//!   the next line's first word would not have fitted on it within the block's
//!   widest line (what a greedy wrapper produces).
//!
//! Every other break is **hard**: a title, a nav or ad line, "Source: Gizmodo"
//! stands alone. A line that opens with a bullet (• – - * …) or a number
//! ("1. Meta Cannot Win") always starts a unit of its own, a list item.

use std::ops::Range;

use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::recognize;
use nom::{IResult, Parser};

use super::abbreviations::RUN_ON_WORDS;
use super::boundary::{ends_in_terminal, first_letter_is_lowercase};

/// Shorter lines are titles or list lines, never a wrapped paragraph's line.
const WRAP_MIN_CHARS: usize = 40;

/// A run of lines a sentence may cross, as a byte range of the block's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Unit {
    /// From the first line's first non-blank byte to the last line's last one.
    pub range: Range<usize>,
    /// Where sentences may start to split: after a list marker ("1. "), whose
    /// own period is not a sentence end.
    pub body_start: usize,
    pub list_item: bool,
}

/// One line of the block, trimmed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    start: usize,
    end: usize,
    chars: usize,
    /// Byte length of the list marker and the spaces after it; 0 if none.
    marker: usize,
}

/// Cuts `text` (one block) into units; `lines` is scratch space reused across
/// blocks.
pub(super) fn units(text: &str, lines: &mut Vec<Line>, out: &mut Vec<Unit>) {
    lines.clear();
    let mut offset = 0;
    for raw in text.split('\n') {
        let content = raw.trim();
        let start = offset + (raw.len() - raw.trim_start().len());
        offset += raw.len() + 1;
        lines.push(Line {
            start,
            end: start + content.len(),
            chars: content.chars().count(),
            marker: list_marker(content).map_or(0, |(rest, _)| content.len() - rest.len()),
        });
    }
    let width = lines.iter().map(|l| l.chars).max().unwrap_or(0);

    let mut open: Option<Line> = None;
    let mut previous: Option<Line> = None;
    for &line in lines.iter() {
        if line.chars == 0 {
            close(open.take(), previous, out);
            previous = None;
            continue;
        }
        if let Some(prev) = previous
            && !is_soft_break(text, prev, line, width)
        {
            close(open.take(), Some(prev), out);
        }
        open.get_or_insert(line);
        previous = Some(line);
    }
    close(open, previous, out);
}

fn close(first: Option<Line>, last: Option<Line>, out: &mut Vec<Unit>) {
    if let (Some(first), Some(last)) = (first, last) {
        out.push(Unit {
            range: first.start..last.end,
            body_start: first.start + first.marker,
            list_item: first.marker > 0,
        });
    }
}

fn is_soft_break(text: &str, prev: Line, next: Line, width: usize) -> bool {
    if next.marker > 0 {
        return false;
    }
    let prev_text = &text[prev.start..prev.end];
    let next_text = &text[next.start..next.end];
    if ends_in_terminal(prev_text) || first_letter_is_lowercase(next_text) {
        return true;
    }
    if prev_text.ends_with([',', ';', '-', '–', '—', '/', '&', '(', '[', '“']) {
        return true;
    }
    let last_word = prev_text
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if RUN_ON_WORDS.contains(&last_word) {
        return true;
    }
    let next_word = next_text
        .split(char::is_whitespace)
        .next()
        .map_or(0, |w| w.chars().count());
    prev.chars >= WRAP_MIN_CHARS && prev.chars + 1 + next_word > width
}

/// A bullet (• ◦ ▪ ‣ · ● – — - * +) or a number of up to three digits with `.`
/// or `)`, followed by white space.
fn list_marker(line: &str) -> IResult<&str, &str> {
    let bullet = recognize(one_of("•◦▪‣·●■□➢►✓–—-*+"));
    let number = recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        alt((char('.'), char(')'))),
    ));
    let (rest, marker) = alt((bullet, number)).parse(line)?;
    let (rest, _) = satisfy(char::is_whitespace).parse(rest)?;
    let (rest, _) = take_while(char::is_whitespace).parse(rest)?;
    Ok((rest, marker))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_need_a_space_after_them() {
        assert!(list_marker("• reason").is_ok());
        assert!(list_marker("12. Final thoughts").is_ok());
        assert!(list_marker("3) Vote").is_ok());
        assert!(list_marker("-5% on the day").is_err());
        assert!(list_marker("2026. The year").is_err());
        assert!(list_marker("3.96 billion").is_err());
    }
}
