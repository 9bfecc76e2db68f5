//! Segmenter throughput on a few MB of articles: the five seeds repeated, and
//! one long paragraph without line breaks (dense in abbreviations and numbers).
//!
//! `cargo bench --bench segment`; divan reports MB/s per case.

use claimlint::document::Document;
use claimlint::segment::segment;
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

/// About 4 MB per case.
const TARGET_BYTES: usize = 4 << 20;

fn main() {
    divan::main();
}

fn repeated(unit: &str) -> Document {
    let text = unit.repeat(TARGET_BYTES / unit.len().max(1) + 1);
    Document::plain("bench.txt", &text)
}

fn seeds() -> Document {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds directory")
        .map(|e| e.expect("seed entry").path())
        .collect();
    paths.sort();
    let mut all = String::new();
    for path in paths {
        all.push_str(&std::fs::read_to_string(path).expect("UTF-8 seed"));
        all.push_str("\n\n");
    }
    repeated(&all)
}

fn run(bencher: Bencher, doc: Document) {
    bencher
        .counter(BytesCount::new(doc.prose.len()))
        .bench(|| segment(black_box(&doc)));
}

#[divan::bench]
fn seed_articles(bencher: Bencher) {
    run(bencher, seeds());
}

#[divan::bench]
fn one_long_paragraph(bencher: Bencher) {
    run(
        bencher,
        repeated(
            "Dr. Ines Varga of Helix Bio Corp. said revenue rose 3.96% to $14.3 billion in the U.S. \
             The court adjourned at 5 p.m. on Friday. “Why now?” she asked. J. R. R. Tolkien agreed… ",
        ),
    );
}
