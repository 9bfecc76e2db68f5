//! HTML: the text of the body.
//! (placeholder while the tokenizer is written)

use super::Document;

pub(super) fn build(doc: &mut Document) {
    super::text::build(doc);
}
