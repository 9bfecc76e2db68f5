//! Markdown (with optional YAML front matter).

use super::Document;

pub(super) fn build(doc: &mut Document) {
    // Placeholder until the Markdown layer lands: treat as plain text.
    super::text::build(doc);
}
