//! What codespan-reporting is given to render one diagnostic: the lines its
//! labels are on, with a line longer than [`LONG_LINE`] bytes cut down to
//! the parts around the labels' ends.
//!
//! A minified HTML article or a generated file can be one line of
//! megabytes; rendered whole, every finding on it would print all of it,
//! and counting its column from the start of the line would cost a scan of
//! it per finding. An excerpt holds only the lines the diagnostic shows,
//! keeps their true line numbers, and counts columns through the file's
//! [`LineIndex`], so a finding costs the same on any line.
//!
//! The excerpt's text is the file's with each control character a terminal
//! would act on replaced by a printable one of the same length in bytes
//! ([`printable`]), so that the labels' byte ranges and the columns stay
//! the file's and an article cannot move the cursor, change colours or
//! overwrite its own snippet. The file's name is escaped
//! ([`super::visible_name`]).

use std::ops::Range;

use codespan_reporting::diagnostic::Label;
use codespan_reporting::files::{Error, Files};

use crate::span::LineIndex;

/// Lines longer than this, in bytes, are cut around the labels.
pub const LONG_LINE: usize = 1024;
/// Bytes kept on either side of a label's end on a cut line.
const CONTEXT: usize = 120;
/// Stands for the text cut out of a line.
const CUT: &str = "…";
/// Stands, in the snippet, for a C0 control character (but tab and line
/// feed) or DEL: one byte for one byte.
const C0: char = '?';
/// Stands for a C1 control character (U+0080–U+009F): two bytes for two
/// bytes, one character for one.
const C1: char = '¿';

/// One file a diagnostic points into, whole.
pub struct Source<'s> {
    pub name: &'s str,
    pub text: &'s str,
    pub lines: &'s LineIndex,
}

/// The excerpts of every file of one diagnostic; file ids are the ids of
/// the labels given to [`Excerpts::new`].
pub struct Excerpts {
    files: Vec<(usize, Excerpt)>,
}

struct Excerpt {
    name: String,
    text: String,
    /// The lines shown, by true 0-based line index.
    lines: Vec<Line>,
}

struct Line {
    index: usize,
    /// The line's range in the excerpt's text, its newline included.
    range: Range<usize>,
    /// What is kept of the line, in order.
    parts: Vec<Part>,
}

/// A run of the line kept as it is.
struct Part {
    /// Its place in the file and in the excerpt.
    file: Range<usize>,
    excerpt: usize,
    /// The 1-based column of its first character in the file.
    column: usize,
}

impl Excerpts {
    /// Renders `diagnostic`, whose labels point into these excerpts, with
    /// or without ANSI colour.
    pub fn emit(
        &self,
        out: &mut Vec<u8>,
        color: bool,
        diagnostic: &codespan_reporting::diagnostic::Diagnostic<usize>,
    ) -> Result<(), Error> {
        use codespan_reporting::term::{self, Config, termcolor::Ansi};
        let config = Config::default();
        if color {
            term::emit_to_write_style(&mut Ansi::new(out), &config, self, diagnostic)
        } else {
            term::emit_to_io_write(out, &config, self, diagnostic)
        }
    }

    /// The excerpts for `labels`, whose file ids `source` resolves, and the
    /// labels moved into them. `None` when a label points outside its file.
    pub fn new<'s>(
        labels: &[Label<usize>],
        source: impl Fn(usize) -> Option<Source<'s>>,
    ) -> Option<(Excerpts, Vec<Label<usize>>)> {
        let mut ids: Vec<usize> = labels.iter().map(|l| l.file_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut files = Vec::new();
        for id in ids {
            let src = source(id)?;
            let ranges: Vec<Range<usize>> = labels
                .iter()
                .filter(|l| l.file_id == id)
                .map(|l| l.range.clone())
                .collect();
            files.push((id, Excerpt::new(&src, &ranges)?));
        }
        let excerpts = Excerpts { files };
        let moved = labels
            .iter()
            .map(|l| {
                let e = excerpts.get(l.file_id).ok()?;
                let mut label = l.clone();
                label.range = e.place(l.range.start)..e.place(l.range.end);
                Some(label)
            })
            .collect::<Option<Vec<_>>>()?;
        Some((excerpts, moved))
    }

    fn get(&self, id: usize) -> Result<&Excerpt, Error> {
        self.files
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, e)| e)
            .ok_or(Error::FileMissing)
    }
}

impl Excerpt {
    fn new(src: &Source, ranges: &[Range<usize>]) -> Option<Excerpt> {
        let text = src.text;
        if ranges.iter().any(|r| r.start > r.end || r.end > text.len()) {
            return None;
        }
        // The lines the labels cover, and a single line between two of
        // them (codespan shows it rather than a break).
        let mut shown: Vec<usize> = Vec::new();
        for r in ranges {
            let (first, last) = (src.lines.index_of(r.start), src.lines.index_of(r.end));
            shown.extend(first..=last);
        }
        shown.sort_unstable();
        shown.dedup();
        let gaps: Vec<usize> = shown
            .windows(2)
            .filter(|w| w[1] - w[0] == 2)
            .map(|w| w[0] + 1)
            .collect();
        shown.extend(gaps);
        shown.sort_unstable();

        let mut excerpt = Excerpt {
            name: super::visible_name(src.name).into_owned(),
            text: String::new(),
            lines: Vec::new(),
        };
        for index in shown {
            let whole = src.lines.range_of(index, text.len());
            let content = whole.start..content_end(text, whole.clone());
            let start = excerpt.text.len();
            let mut parts = Vec::new();
            if content.len() <= LONG_LINE {
                parts.push(Part {
                    file: whole.clone(),
                    excerpt: start,
                    column: 1,
                });
                excerpt.text.push_str(&text[whole.clone()]);
            } else {
                let windows = windows(text, content.clone(), whole.end, ranges);
                for (k, w) in windows.iter().enumerate() {
                    if k > 0 || w.start > content.start {
                        excerpt.text.push_str(CUT);
                    }
                    parts.push(Part {
                        file: w.clone(),
                        excerpt: excerpt.text.len(),
                        column: src.lines.line_col(text, w.start).1,
                    });
                    excerpt.text.push_str(&text[w.clone()]);
                }
                if windows.last().is_some_and(|w| w.end == content.end) {
                    // The line's end is kept: its `\r\n` too, so that a
                    // label ending between the two keeps its column.
                    excerpt.text.push_str(&text[content.end..whole.end]);
                    if let Some(last) = parts.last_mut() {
                        last.file.end = whole.end;
                    }
                } else {
                    excerpt.text.push_str(CUT);
                    excerpt.text.push('\n');
                }
            }
            excerpt.lines.push(Line {
                index,
                range: start..excerpt.text.len(),
                parts,
            });
        }
        excerpt.text = printable(excerpt.text);
        Some(excerpt)
    }

    /// Where byte `at` of the file is in the excerpt: in the part that
    /// holds it, or at the nearest end of a part.
    fn place(&self, at: usize) -> usize {
        let mut parts = self.lines.iter().flat_map(|l| &l.parts);
        let mut best = parts.clone().next().map_or(0, |p| p.excerpt);
        for p in parts.by_ref() {
            if p.file.start > at {
                break;
            }
            if at <= p.file.end {
                return p.excerpt + (at - p.file.start);
            }
            best = p.excerpt + p.file.len();
        }
        best
    }

    fn line(&self, index: usize) -> Result<&Line, Error> {
        let i = self
            .lines
            .binary_search_by_key(&index, |l| l.index)
            .map_err(|_| Error::LineTooLarge {
                given: index,
                max: self.lines.last().map_or(0, |l| l.index),
            })?;
        Ok(&self.lines[i])
    }
}

/// `text` with each control character replaced by a printable stand-in of
/// the same length in bytes and in characters: C0 controls and DEL by
/// [`C0`], C1 controls by [`C1`]. Tabs and line ends are kept (a `\r` only
/// before a `\n`: a lone one would send the cursor back over the line).
fn printable(text: String) -> String {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\t' && c != '\n')
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' | '\n' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            '\u{80}'..='\u{9f}' => out.push(C1),
            c if c.is_control() => out.push(C0),
            c => out.push(c),
        }
    }
    debug_assert_eq!(out.len(), text.len());
    out
}

/// The end of a line's text, before its `\n` or `\r\n`.
fn content_end(text: &str, line: Range<usize>) -> usize {
    let s = &text[line.clone()];
    let s = s.strip_suffix('\n').unwrap_or(s);
    let s = s.strip_suffix('\r').unwrap_or(s);
    line.start + s.len()
}

/// The parts of a long line to keep: [`CONTEXT`] bytes around each label
/// end on the line (a short label whole), merged where they meet, on
/// character boundaries. A line inside a label that neither starts nor
/// ends on it keeps its head.
fn windows(
    text: &str,
    line: Range<usize>,
    line_end: usize,
    ranges: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut wanted: Vec<Range<usize>> = Vec::new();
    // A position in the line's `\r\n` counts as at the end of its text.
    let on = |p: usize| (line.start <= p && p < line_end) || p == line.end;
    let around = |a: usize, b: usize| {
        a.min(line.end).saturating_sub(CONTEXT)..b.min(line.end).saturating_add(CONTEXT)
    };
    for r in ranges {
        let (starts, ends) = (on(r.start), on(r.end));
        if starts && ends && r.len() <= LONG_LINE / 2 {
            wanted.push(around(r.start, r.end));
        } else {
            if starts {
                wanted.push(around(r.start, r.start));
            }
            if ends {
                wanted.push(around(r.end, r.end));
            }
        }
    }
    if wanted.is_empty() {
        wanted.push(line.start..line.start + CONTEXT);
    }
    let clip = |w: Range<usize>| {
        let mut start = w.start.max(line.start);
        let mut end = w.end.min(line.end);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        start..end
    };
    wanted.sort_unstable_by_key(|w| w.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for w in wanted.into_iter().map(clip) {
        match merged.last_mut() {
            Some(last) if w.start <= last.end + CUT.len() => last.end = last.end.max(w.end),
            _ => merged.push(w),
        }
    }
    merged
}

impl<'a> Files<'a> for Excerpts {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, Error> {
        Ok(&self.get(id)?.name)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, Error> {
        Ok(&self.get(id)?.text)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, Error> {
        let e = self.get(id)?;
        let i = e
            .lines
            .partition_point(|l| l.range.start <= byte_index)
            .saturating_sub(1);
        e.lines.get(i).map(|l| l.index).ok_or(Error::FileMissing)
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, Error> {
        Ok(self.get(id)?.line(line_index)?.range.clone())
    }

    fn column_number(
        &'a self,
        id: usize,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, Error> {
        let e = self.get(id)?;
        let line = e.line(line_index)?;
        let part = line
            .parts
            .iter()
            .rev()
            .find(|p| p.excerpt <= byte_index)
            .or(line.parts.first())
            .ok_or(Error::FileMissing)?;
        let from = part.excerpt.min(byte_index);
        let to = byte_index.min(part.excerpt + part.file.len());
        let chars = e.text.get(from..to).map_or(0, |s| s.chars().count());
        Ok(part.column + chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn excerpt_of(text: &str, ranges: &[Range<usize>]) -> (Excerpts, Vec<Label<usize>>) {
        let lines = LineIndex::new(text);
        let labels: Vec<Label<usize>> = ranges
            .iter()
            .map(|r| Label::primary(0, r.clone()))
            .collect();
        Excerpts::new(&labels, |_| {
            Some(Source {
                name: "a.txt",
                text,
                lines: &lines,
            })
        })
        .expect("labels inside the file")
    }

    #[test]
    fn a_long_line_is_cut_around_the_label() {
        let text = format!(
            "short\n{}Helix bio{}\nend\n",
            "ab ".repeat(10_000),
            "cd ".repeat(10_000)
        );
        let at = text.find("Helix").unwrap();
        let (excerpts, labels) = excerpt_of(&text, std::slice::from_ref(&(at..at + 9)));
        let source = excerpts.source(0).unwrap();
        assert!(source.len() < 2 * CONTEXT + 20, "{} bytes", source.len());
        assert!(source.starts_with(CUT) && source.ends_with(&format!("{CUT}\n")));
        assert_eq!(&source[labels[0].range.clone()], "Helix bio");
        let location = excerpts.location(0, labels[0].range.start).unwrap();
        assert_eq!((location.line_number, location.column_number), (2, 30_001));
    }

    #[test]
    fn short_lines_are_kept_whole_with_the_line_between_two_labels() {
        let text = "one\ntwo Helix\nthree\nfour Bio\nfive\n";
        let a = text.find("Helix").unwrap();
        let b = text.find("Bio").unwrap();
        let (excerpts, labels) = excerpt_of(text, &[a..a + 5, b..b + 3]);
        assert_eq!(excerpts.source(0).unwrap(), "two Helix\nthree\nfour Bio\n");
        assert_eq!(excerpts.line_range(0, 2).unwrap(), 10..16);
        let location = excerpts.location(0, labels[1].range.start).unwrap();
        assert_eq!((location.line_number, location.column_number), (4, 6));
    }

    #[test]
    fn a_label_ending_inside_a_long_lines_crlf_keeps_its_column() {
        let text = format!("{}\r\nnext\r\n", "x".repeat(2000));
        for range in [10..2001, 2001..2001] {
            let (excerpts, labels) = excerpt_of(&text, std::slice::from_ref(&range));
            let end = excerpts.location(0, labels[0].range.end).unwrap();
            assert_eq!((end.line_number, end.column_number), (1, 2002), "{range:?}");
        }
    }

    #[test]
    fn control_characters_are_replaced_byte_for_byte_and_line_ends_kept() {
        let text = "Decoy.\rHelix bio \u{1b}]0;x\u{7}\u{1b}[2J \u{9b}1m\u{7f}\tcafé\r\nnext\n";
        let at = text.find("Helix").unwrap();
        let end = text.find("\r\n").unwrap();
        let (excerpts, labels) = excerpt_of(text, &[at..at + 9, end..end]);
        let source = excerpts.source(0).unwrap();
        assert_eq!(
            source, "Decoy.?Helix bio ?]0;x??[2J ¿1m?\tcafé\r\n",
            "a tab, an accented letter and the CRLF line end stay as they are"
        );
        assert_eq!(&source[labels[0].range.clone()], "Helix bio");
        let columns = [8, text[..end].chars().count() + 1];
        for (label, column) in labels.iter().zip(columns) {
            let location = excerpts.location(0, label.range.start).unwrap();
            assert_eq!((location.line_number, location.column_number), (1, column));
        }
    }

    #[test]
    fn a_file_name_with_control_characters_is_escaped() {
        let lines = LineIndex::new("Helix\n");
        let (excerpts, _) = Excerpts::new(&[Label::primary(0, 0..5)], |_| {
            Some(Source {
                name: "a\u{1b}[31m\n.txt",
                text: "Helix\n",
                lines: &lines,
            })
        })
        .unwrap();
        assert_eq!(excerpts.name(0).unwrap(), "a\\u{1b}[31m\\u{a}.txt");
    }

    proptest! {
        /// Every label lands on the same text in the excerpt, at the line
        /// and column it has in the file.
        #[test]
        fn labels_keep_their_text_line_and_column(
            lines in proptest::collection::vec(("[a-zé \t\r\u{1b}\u{85}]{0,3}", 0usize..1500, any::<bool>()), 1..6),
            picks in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..300), 1..4),
        ) {
            let text: String = lines
                .iter()
                .map(|(unit, n, crlf)| {
                    format!("{}{}", unit.repeat(*n % 700), if *crlf { "\r\n" } else { "\n" })
                })
                .collect();
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let ranges: Vec<Range<usize>> = picks
                .iter()
                .map(|(i, len)| {
                    let start = *i.get(&bounds);
                    let end = bounds.iter().copied().find(|&b| b >= start + len).unwrap_or(text.len());
                    start..end
                })
                .collect();
            let (excerpts, labels) = excerpt_of(&text, &ranges);
            let index = LineIndex::new(&text);
            let source = excerpts.source(0).unwrap();
            // The file as its snippet shows it: its control characters
            // replaced, byte for byte.
            let shown = printable(text.clone());
            prop_assert_eq!(shown.len(), text.len());
            let mut chars = source.chars().peekable();
            while let Some(c) = chars.next() {
                let line_end = c == '\r' && chars.peek() == Some(&'\n');
                prop_assert!(!c.is_control() || matches!(c, '\t' | '\n') || line_end);
            }
            for (r, l) in ranges.iter().zip(&labels) {
                prop_assert!(source.is_char_boundary(l.range.start));
                prop_assert!(source.is_char_boundary(l.range.end));
                let single_line = index.index_of(r.start) == index.index_of(r.end);
                if single_line && r.len() <= LONG_LINE / 2 {
                    prop_assert_eq!(&source[l.range.clone()], &shown[r.clone()]);
                }
                for (at, moved) in [(r.start, l.range.start), (r.end, l.range.end)] {
                    let location = excerpts.location(0, moved).unwrap();
                    prop_assert_eq!(
                        (location.line_number, location.column_number),
                        index.line_col(&text, at)
                    );
                }
            }
        }
    }
}
