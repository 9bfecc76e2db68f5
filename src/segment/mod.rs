//! Stage 2: [`Document`] → sentences, with a nom-based segmenter.
//!
//! Each block is segmented on its own, so a sentence never crosses a block
//! boundary. Inside a block, [`lines`] decides which line breaks end a
//! sentence regardless of punctuation (titles, nav lines, list items) and
//! [`boundary`] finds the sentence ends inside the remaining runs of lines
//! (abbreviations, initials, decimals, quotes). Sentences are trimmed and tile
//! the block: every non-blank byte is in exactly one of them.

mod abbreviations;
mod boundary;
mod lines;

use crate::document::{BlockKind, Document};
use crate::span::Span;

/// What a sentence is, as far as the checks care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SentenceKind {
    /// Ordinary prose ending in terminal punctuation (or at the end of a block).
    Prose,
    /// A heading or title line.
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A line without terminal punctuation that stands alone ("Source: Gizmodo").
    Line,
}

/// One sentence: a span of the original file, trimmed of surrounding whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub kind: SentenceKind,
}

/// Splits every prose block of `doc` into sentences, in file order.
pub fn segment(doc: &Document) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut lines = Vec::new();
    let mut units = Vec::new();
    for block in &doc.blocks {
        let Some(text) = doc.prose.get(block.span.range()) else {
            continue;
        };
        if block.kind == BlockKind::Heading {
            // A heading is one sentence, whatever its punctuation.
            let trimmed = text.trim();
            let start = block.span.start + (text.len() - text.trim_start().len());
            if !trimmed.is_empty() {
                sentences.push(Sentence {
                    span: Span::new(start, start + trimmed.len()),
                    kind: SentenceKind::Heading,
                });
            }
            continue;
        }
        units.clear();
        lines::units(text, &mut lines, &mut units);
        for unit in &units {
            let list = unit.list_item || block.kind == BlockKind::ListItem;
            boundary::split(text, unit, block.span.start, list, &mut sentences);
        }
    }
    sentences
}
