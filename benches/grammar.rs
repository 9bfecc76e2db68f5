//! The date and figure grammars on their own: each nom parser on dates and
//! amounts as news copy writes them (and on words that are neither, which
//! is what it meets most), and the cheap `may_start` test that spares the
//! figure grammar most word starts of an article.
//!
//!     cargo bench --bench grammar

use claimlint::grammar::date::news_date;
use claimlint::grammar::number::{may_start, stated};
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};

fn main() {
    divan::main();
}

const DATES: &[&str] = &[
    "April 6, 2026",
    "6 April 2026",
    "Monday, April 6, 2026",
    "Sept. 30",
    "June 2025",
    "2026-04-06",
    "Tuesday",
    "Dec 1",
];

const AMOUNTS: &[&str] = &[
    "3.96 billion monthly users",
    "$14.3 billion deal",
    "€2 bn.",
    "US$5m fine",
    "40,000 staff",
    "14.3% of the market",
    "two million downloads",
    "tens of billions of dollars",
    "a few hundred engineers",
    "about 600 people",
];

const NEITHER: &[&str] = &[
    "the company said",
    "Meta Superintelligence Labs",
    "announced on its blog",
    "may open-source",
    "a spokesperson",
    "an apple",
    "March of progress",
    "tensor cores",
];

fn each(bencher: Bencher, inputs: &'static [&'static str], f: fn(&str) -> bool) {
    bencher
        .counter(ItemsCount::new(inputs.len()))
        .bench(|| inputs.iter().filter(|&&i| f(divan::black_box(i))).count());
}

#[divan::bench]
fn news_date_on_dates(bencher: Bencher) {
    each(bencher, DATES, |i| news_date(i).is_some());
}

#[divan::bench]
fn news_date_on_other_words(bencher: Bencher) {
    each(bencher, NEITHER, |i| news_date(i).is_some());
}

#[divan::bench]
fn stated_on_amounts(bencher: Bencher) {
    each(bencher, AMOUNTS, |i| stated(i).is_ok());
}

#[divan::bench]
fn stated_on_other_words(bencher: Bencher) {
    each(bencher, NEITHER, |i| stated(i).is_ok());
}

/// The seed articles, and where each of their words starts.
fn seed_words() -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .expect("seeds/")
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    for path in paths {
        text.push_str(&std::fs::read_to_string(path).expect("a seed article"));
        text.push('\n');
    }
    let starts = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    (text, starts)
}

/// What the figure extractor does at every word start: the cheap test,
/// then the grammar where the test lets it.
#[divan::bench]
fn figures_at_every_word_of_the_seeds(bencher: Bencher) {
    let (text, starts) = seed_words();
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        starts
            .iter()
            .filter(|&&i| may_start(&text[i..]) && stated(&text[i..]).is_ok())
            .count()
    });
}

/// The cheap test alone, at every word start.
#[divan::bench]
fn may_start_at_every_word_of_the_seeds(bencher: Bencher) {
    let (text, starts) = seed_words();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| starts.iter().filter(|&&i| may_start(&text[i..])).count());
}
