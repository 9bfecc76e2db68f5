//! The whole check on (rule file, article) pairs: never panics, every
//! finding's span lies inside the article on character boundaries.
#![no_main]

use claimlint::claims::Story;
use claimlint::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str, u8)| {
    let (rules, article, format) = input;
    let Ok(rules) = claimlint::rules::load("fuzz.yaml", rules) else {
        return;
    };
    let path = ["a.txt", "a.md", "a.html"][usize::from(format % 3)];
    let Ok(doc) = Document::parse(path, article.as_bytes().to_vec()) else {
        return;
    };
    let story = Story::new(&rules);
    let checked = claimlint::check_document(&story, &doc);
    for f in &checked.findings {
        assert!(f.span.end <= doc.source.len());
        assert!(doc.source.is_char_boundary(f.span.start));
        assert!(doc.source.is_char_boundary(f.span.end));
    }
});
