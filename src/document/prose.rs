//! The prose view under construction, shared by the Markdown and HTML layers.
//!
//! It starts fully blanked (spaces, newlines kept) and the format's parser
//! copies back what is prose. Every write replaces whole characters with
//! text of the same byte length, so the view stays valid UTF-8 and offsets
//! into it are offsets into the original file.

use super::{Block, BlockKind};
use crate::span::Span;

pub(super) struct ProseView {
    bytes: Vec<u8>,
}

impl ProseView {
    /// A view of `source` with nothing kept yet.
    pub(super) fn blank(source: &str) -> ProseView {
        ProseView {
            bytes: source
                .bytes()
                .map(|b| if b == b'\n' { b'\n' } else { b' ' })
                .collect(),
        }
    }

    /// Keeps `span` of `source` as prose.
    pub(super) fn keep(&mut self, source: &str, span: Span) {
        if let (Some(text), Some(out)) =
            (source.get(span.range()), self.bytes.get_mut(span.range()))
        {
            out.copy_from_slice(text.as_bytes());
        }
    }

    /// Writes `decoded` (what a character reference or escape in `span`
    /// stands for) padded with spaces to the span's length; when it does not
    /// fit, the original text stays.
    pub(super) fn write(&mut self, source: &str, span: Span, decoded: &str) {
        if source.get(span.range()).is_none() {
            return;
        }
        match self.bytes.get_mut(span.range()) {
            Some(out) if decoded.len() <= out.len() => {
                let (head, pad) = out.split_at_mut(decoded.len());
                head.copy_from_slice(decoded.as_bytes());
                pad.fill(b' ');
            }
            _ => self.keep(source, span),
        }
    }

    /// The block `span` makes once bare URLs are blanked and surrounding
    /// whitespace trimmed; `None` when no prose is left.
    pub(super) fn block(&mut self, span: Span, kind: BlockKind) -> Option<Block> {
        let bytes = self.bytes.get_mut(span.range())?;
        blank_urls(bytes);
        let text = std::str::from_utf8(bytes).ok()?;
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| Block {
            span: Span::new(span.start + lead, span.start + lead + trimmed.len()),
            kind,
        })
    }

    /// The finished view. Writes keep whole characters, so this is always
    /// valid UTF-8; should that ever fail, everything is blanked rather than
    /// the length changed.
    pub(super) fn finish(self) -> String {
        String::from_utf8(self.bytes).unwrap_or_else(|e| {
            let bytes = e.into_bytes();
            bytes
                .iter()
                .map(|&b| if b == b'\n' { '\n' } else { ' ' })
                .collect()
        })
    }
}

/// How a bare URL starts (matched case-insensitively at the start of a word).
const URL_STARTS: [&[u8]; 3] = [b"http://", b"https://", b"www."];

/// Punctuation that ends a sentence rather than a URL written just before it.
const URL_TRAILING: &[u8] = b".,;:!?)]}'\"";

/// Blanks bare URLs (`https://…`, `www.…`) up to the next whitespace, minus
/// trailing punctuation. Stops only at ASCII bytes, so whole characters go.
fn blank_urls(bytes: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0
            || matches!(
                bytes[i - 1],
                b' ' | b'\n' | b'\t' | b'(' | b'<' | b'"' | b'\''
            );
        let is_url = at_word_start
            && URL_STARTS.iter().any(|start| {
                bytes
                    .get(i..i + start.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(start))
                    // A host name follows, not "www.-less".
                    && bytes.get(i + start.len()).is_some_and(u8::is_ascii_alphanumeric)
            });
        if !is_url {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len()
            && !bytes[end].is_ascii_whitespace()
            && !matches!(bytes[end], b'<' | b'>' | b'"')
        {
            end += 1;
        }
        while end > i && URL_TRAILING.contains(&bytes[end - 1]) {
            end -= 1;
        }
        bytes[i..end].fill(b' ');
        i = end.max(i + 1);
    }
}
