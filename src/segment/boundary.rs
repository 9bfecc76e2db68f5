//! Sentence boundaries inside one unit of lines.
//!
//! A boundary can only follow terminal punctuation (`.` `?` `!` `…`, possibly
//! with closing quotes and brackets after it) that is followed by white space:
//! the inner periods of 3.96, $14.3, example.com/a.b, jane@court.gov or U.S.
//! never qualify. At such a candidate:
//! - `?` and `!` end the sentence unless a lowercase word follows on the same
//!   line, or after a closing quote, a lowercase word or a speaker and a speech
//!   verb (`"Why now?" she asked.`, `"Why now?" Senator Walsh asked.`);
//! - an ellipsis ends it before a capital letter or a line break;
//! - a period ends it unless the word before it is an abbreviation: after
//!   [`BEFORE_NAME`] words never, after [`MAY_END_SENTENCE`] words, dotted
//!   acronyms (U.S., p.m.) and initials (J.) only before a
//!   [`SENTENCE_OPENERS`] word; after any other word, unless a lowercase word
//!   follows on the same line.
//!
//! Quotations of several sentences are split like any other text: the
//! attribution after the last one stays with it (`… wrong," she said.`).

use std::ops::Range;

use nom::bytes::complete::{take_while, take_while_m_n, take_while1};
use nom::character::complete::char;
use nom::combinator::{all_consuming, recognize};
use nom::multi::many1_count;
use nom::{IResult, Parser};

use super::abbreviations::{BEFORE_NAME, MAY_END_SENTENCE, SENTENCE_OPENERS, SPEECH_VERBS};
use super::lines::Unit;
use super::{Sentence, SentenceKind};
use crate::span::Span;

/// Punctuation that can end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}')
}

/// Opening quotes and brackets before the first word of a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '„' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// Terminal punctuation and the closers after it.
fn terminator(input: &str) -> IResult<&str, (&str, &str)> {
    (take_while1(is_terminal), take_while(is_closer)).parse(input)
}

/// Letter groups joined by periods: U.S, a.m, Ph.D (the final period is not
/// part of the word).
fn dotted_acronym(word: &str) -> IResult<&str, &str> {
    let letters = || take_while_m_n(1, 2, char::is_alphabetic);
    all_consuming(recognize((letters(), many1_count((char('.'), letters()))))).parse(word)
}

/// Whether a line's text ends a sentence by its punctuation.
pub(super) fn ends_in_terminal(text: &str) -> bool {
    text.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// Whether `text`, after opening quotes, starts with a lowercase word. Brand
/// names such as iPhone or eBay count as capitalised.
pub(super) fn first_letter_is_lowercase(text: &str) -> bool {
    let mut chars = text.trim_start_matches(is_opener).chars();
    chars.next().is_some_and(char::is_lowercase) && !chars.next().is_some_and(char::is_uppercase)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    Period,
    Ellipsis,
    Question,
}

/// What the word before a period says about the boundary.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    Word,
    Abbreviation,
    MayEnd,
}

/// Splits one unit of `text` (a block, starting at byte `base` of the file)
/// into sentences appended to `out`.
pub(super) fn split(text: &str, unit: &Unit, base: usize, list: bool, out: &mut Vec<Sentence>) {
    let end = unit.range.end;
    let bytes = text.as_bytes();
    let mut start = unit.range.start;
    let mut pos = unit.body_start;
    while let Some(offset) = bytes.get(pos..end).and_then(|b| {
        b.iter()
            .position(|&b| matches!(b, b'.' | b'?' | b'!' | 0xE2))
    }) {
        // ASCII or a UTF-8 lead byte: always a character boundary.
        let at = pos + offset;
        let Some(rest) = text.get(at..end) else { break };
        let Ok((after_rest, (stops, closers))) = terminator(rest) else {
            pos = at + 1;
            continue;
        };
        let after = end - after_rest.len();
        pos = after;
        if after_rest.starts_with(|c: char| !c.is_whitespace()) {
            continue;
        }
        if ends_sentence(text, start..at, (stops, closers), after_rest) {
            let kind = kind(text, start..after, true, list);
            push(text, start..after, base, kind, out);
            start = after;
        }
    }
    let last = text.get(start..end).unwrap_or("");
    let kind = kind(text, start..end, ends_in_terminal(last), list);
    push(text, start..end, base, kind, out);
}

/// Whether the terminal punctuation `stops` (and the `closers` after it) ends
/// `sentence` (so far), given the text that follows.
fn ends_sentence(
    text: &str,
    sentence: Range<usize>,
    (stops, closers): (&str, &str),
    following: &str,
) -> bool {
    let next = following.trim_start();
    if next.is_empty() {
        return true;
    }
    // ". . ." and "?!": let the last mark decide.
    if next.starts_with(is_terminal) {
        return false;
    }
    let gap = &following[..following.len() - next.len()];
    let new_line = gap.contains('\n');
    let word = next.trim_start_matches(is_opener);
    let first = word.chars().next();
    let lowercase = first_letter_is_lowercase(word);
    let stop = if stops.contains(['?', '!']) {
        Stop::Question
    } else if stops.len() > 1 {
        Stop::Ellipsis
    } else {
        Stop::Period
    };
    match stop {
        // `"Where is the money?" Senator Walsh asked.` is one sentence.
        Stop::Question => {
            if closers.contains(['"', '”', '’', '\'', '»']) {
                !lowercase && !attribution_follows(word)
            } else {
                new_line || !lowercase
            }
        }
        Stop::Ellipsis => new_line || first.is_some_and(char::is_uppercase),
        Stop::Period => match classify(word_before(text, sentence)) {
            Before::Word => new_line || !lowercase,
            Before::Abbreviation => false,
            Before::MayEnd => opens_sentence(word),
        },
    }
}

/// Whether `text` starts with a speaker and a speech verb ("Senator Walsh
/// asked"), not a sentence of its own ("The minister said …").
fn attribution_follows(text: &str) -> bool {
    !opens_sentence(text)
        && text
            .split_whitespace()
            .take(4)
            .any(|w| SPEECH_VERBS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// The word just before a period, without opening quotes or brackets.
fn word_before(text: &str, sentence: Range<usize>) -> &str {
    let before = text.get(sentence).unwrap_or("");
    before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(is_opener)
}

fn classify(word: &str) -> Before {
    if BEFORE_NAME.contains(&word) {
        return Before::Abbreviation;
    }
    let mut chars = word.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if initial || MAY_END_SENTENCE.contains(&word) || dotted_acronym(word).is_ok() {
        Before::MayEnd
    } else {
        Before::Word
    }
}

/// Whether `text` starts with a typical sentence opener ("The", "In"), and not
/// with an initial ("A. Smith").
fn opens_sentence(text: &str) -> bool {
    let len = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(len);
    SENTENCE_OPENERS.contains(&word) && !(word.len() == 1 && rest.starts_with('.'))
}

/// The kind of the sentence at `range`: only one without terminal
/// punctuation that fills its line alone is a stand-alone line.
fn kind(text: &str, range: Range<usize>, terminated: bool, list: bool) -> SentenceKind {
    if list {
        return SentenceKind::ListItem;
    }
    let sentence = text.get(range.clone()).unwrap_or("");
    let start = range.start + (sentence.len() - sentence.trim_start().len());
    let sentence = sentence.trim();
    let before = text.get(..start).unwrap_or("");
    let before_line = before.trim_end_matches([' ', '\t', '\r']);
    let at_line_start = before_line.is_empty() || before_line.ends_with('\n');
    if !terminated && at_line_start && !sentence.contains('\n') && !sentence.ends_with(':') {
        SentenceKind::Line
    } else {
        SentenceKind::Prose
    }
}

/// Appends `range` of `text`, trimmed, unless it is blank.
fn push(text: &str, range: Range<usize>, base: usize, kind: SentenceKind, out: &mut Vec<Sentence>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = range.start + (slice.len() - slice.trim_start().len());
    out.push(Sentence {
        span: Span::new(base + start, base + start + trimmed.len()),
        kind,
    });
}
