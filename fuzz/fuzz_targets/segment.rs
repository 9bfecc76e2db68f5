//! The segmenter on any text: never panics, sentences are in order, on
//! character boundaries and inside the file.
#![no_main]

use claimlint::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::plain("fuzz.txt", text);
    let mut last = 0;
    for s in claimlint::segment::segment(&doc) {
        assert!(s.span.start >= last && s.span.start <= s.span.end);
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        last = s.span.end;
    }
    assert!(last <= text.len());
});
