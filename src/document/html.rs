//! HTML: the text of the body.

use super::Document;

pub(super) fn build(doc: &mut Document) {
    // Placeholder until the HTML layer lands: treat as plain text.
    super::text::build(doc);
}
