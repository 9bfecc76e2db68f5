//! The document layer on any bytes, as each format: never panics, the prose
//! view keeps the file's length, blocks lie inside it on character
//! boundaries.
#![no_main]

use claimlint::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for path in ["fuzz.md", "fuzz.html", "fuzz.txt"] {
        if let Ok(doc) = Document::parse(path, data.to_vec()) {
            assert_eq!(doc.prose.len(), doc.source().len());
            for b in &doc.blocks {
                assert!(b.span.start <= b.span.end && b.span.end <= doc.source().len());
                assert!(doc.source().is_char_boundary(b.span.start));
                assert!(doc.source().is_char_boundary(b.span.end));
            }
            let _ = claimlint::segment::segment(&doc);
        }
    }
});
