//! Byte spans into an original file, and the line/column view of them.

use serde::Serialize;

/// A half-open byte range `start..end` into the ORIGINAL bytes of a file
/// (an article or a rule file). Both ends are UTF-8 character boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span moved `by` bytes to the right (a span relative to a slice
    /// made absolute).
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Line starts of one file, computed once, for 1-based line and column
/// numbers. Columns count Unicode scalar values, as the JSON contract says.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Inside lines longer than [`CHECKPOINT`] bytes, every [`CHECKPOINT`]
    /// bytes: the byte offset and its 0-based column. A column is counted
    /// from the checkpoint before it rather than from the start of its
    /// line, so the findings of a file without a newline cost no more than
    /// those of a file of short lines.
    checkpoints: Vec<(usize, usize)>,
}

/// The distance in bytes between two checkpoints of a long line.
const CHECKPOINT: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        // `match_indices` of a char finds it with memchr, a word at a time.
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::new();
        for (i, &start) in line_starts.iter().enumerate() {
            let end = line_starts.get(i + 1).copied().unwrap_or(bytes.len());
            let (mut at, mut column) = (start, 0);
            while at + CHECKPOINT < end {
                column += char_starts(&bytes[at..at + CHECKPOINT]);
                at += CHECKPOINT;
                checkpoints.push((at, column));
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// 1-based (line, column) of byte `offset` in `text` (the same text the
    /// index was built from). Offsets past the end clamp to the end.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        if !text.is_char_boundary(offset) {
            return (line + 1, offset - start + 1);
        }
        // The last checkpoint at or before `offset`, if it is on this line.
        let (from, column) = self
            .checkpoints
            .partition_point(|&(at, _)| at <= offset)
            .checked_sub(1)
            .map(|i| self.checkpoints[i])
            .filter(|&(at, _)| at > start)
            .unwrap_or((start, 0));
        let column = column + char_starts(&text.as_bytes()[from..offset]);
        (line + 1, column + 1)
    }

    /// The 0-based line that byte `offset` is on.
    pub fn index_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// The byte range of 0-based line `index`, its newline included, in a
    /// text of `len` bytes (empty past the last line).
    pub fn range_of(&self, index: usize, len: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(index).copied().unwrap_or(len).min(len);
        let end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(len)
            .clamp(start, len);
        start..end
    }

    /// 0-based byte offset where 1-based `line` starts, if the file has it.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        line.checked_sub(1)
            .and_then(|l| self.line_starts.get(l).copied())
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// 1-based (line, column) of byte `offset` in bytes that need not be UTF-8
/// after it: where an error points in a file that could not be read as
/// text. Lines and columns are counted as [`LineIndex`] counts them.
pub fn line_col_of_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let lines = before[..line_start].iter().filter(|&&b| b == b'\n').count();
    (lines + 1, char_starts(&before[line_start..]) + 1)
}

/// How many characters start in `bytes` (every byte but UTF-8
/// continuation bytes): on a whole string, its number of scalar values.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_bytes_that_are_not_text() {
        assert_eq!(line_col_of_bytes(b"", 0), (1, 1));
        assert_eq!(line_col_of_bytes(b"ab\xff", 2), (1, 3));
        assert_eq!(line_col_of_bytes(b"a\nb\n\xff", 4), (3, 1));
        // Columns count characters; a lone CR ends no line.
        assert_eq!(
            line_col_of_bytes("\u{e9}\r\u{e9}\x00".as_bytes(), 5),
            (1, 4)
        );
        // Past the end: clamped.
        assert_eq!(line_col_of_bytes(b"ab", 9), (1, 3));
    }

    #[test]
    fn line_and_column_count_scalar_values() {
        let text = "ab\nMeta’s lab\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        assert_eq!(index.line_col(text, 3), (2, 1));
        let lab = text.find("lab").unwrap();
        assert_eq!(index.line_col(text, lab), (2, 8));
        assert_eq!(index.line_col(text, text.len()), (3, 1));
    }

    #[test]
    fn columns_on_a_line_longer_than_a_checkpoint() {
        // Two- and three-byte characters straddle the checkpoints.
        let text = format!(
            "ab\n{}x\n{}",
            "é€".repeat(3 * CHECKPOINT),
            "z".repeat(CHECKPOINT + 1)
        );
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let column = text[line_start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset), (line, column), "at {offset}");
        }
    }
}
