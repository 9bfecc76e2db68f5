//! Plain text: all of it is prose; blocks are runs of non-blank lines.

use super::{Block, BlockKind, Document};
use crate::span::Span;

pub(super) fn build(doc: &mut Document) {
    if doc.source().starts_with('\u{feff}') {
        doc.prose = doc.source().to_string();
        super::blank(&mut doc.prose, Span::new(0, '\u{feff}'.len_utf8()));
    } else {
        // Every byte is prose: the view is the source itself.
        doc.prose = doc.source.take().unwrap_or_default();
    }
    doc.blocks = paragraphs(&doc.prose, Span::new(0, doc.prose.len()));
}

/// Runs of non-blank lines within `within`, each trimmed of surrounding
/// whitespace.
pub(crate) fn paragraphs(prose: &str, within: Span) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = within.start;
    let mut pos = within.start;
    for line in within.slice(prose).split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(trimmed(prose, Span::new(s, last_end)));
            }
        } else {
            start.get_or_insert(line_start);
            last_end = line_start + content.len();
        }
    }
    if let Some(s) = start {
        blocks.push(trimmed(prose, Span::new(s, last_end)));
    }
    blocks.retain(|b| !b.span.is_empty());
    blocks
}

fn trimmed(prose: &str, span: Span) -> Block {
    let text = span.slice(prose);
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    Block {
        span: Span::new(span.start + lead, span.end - trail),
        kind: BlockKind::Paragraph,
    }
}
