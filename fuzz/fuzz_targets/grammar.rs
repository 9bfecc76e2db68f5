//! The date and figure grammars on any text: never panic. The rule-file
//! grammars read the whole text; the article grammars (a figure, a news
//! date) read it at every word, as the extractors do, and what they read
//! ends inside the text on a character boundary.
#![no_main]

use claimlint::grammar::date::{FactDate, news_date};
use claimlint::grammar::number::{may_start, parse_quantity, parse_tolerance, stated};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = FactDate::parse_iso(text);
    let _ = parse_quantity(text);
    let _ = parse_tolerance(text);
    let words = std::iter::once(0).chain(text.match_indices(' ').map(|(i, _)| i + 1));
    for at in words {
        let rest = &text[at..];
        let _ = may_start(rest);
        if let Ok((left, _)) = stated(rest) {
            assert!(rest.ends_with(left));
        }
        if let Some(date) = news_date(rest) {
            assert!(date.len <= rest.len() && rest.is_char_boundary(date.len));
        }
    }
});
