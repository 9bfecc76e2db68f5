//! The date and figure grammars on any text: never panic.
#![no_main]

use claimlint::grammar::date::FactDate;
use claimlint::grammar::number::{parse_quantity, parse_tolerance};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = FactDate::parse_iso(text);
    let _ = parse_quantity(text);
    let _ = parse_tolerance(text);
});
