//! claimlint: a claim-consistency checker for editors.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! file bytes ─▶ Document ─▶ Sentences ─▶ Claims ─▶ Findings ─▶ Report
//!   document      segment     claims      check      report
//! ```
//!
//! `rules` loads and validates the rule files the checks judge against; `cli` is
//! the thin glue behind the `claimlint` binary.

pub mod check;
pub mod claims;
pub mod cli;
pub mod code;
pub mod config;
pub mod document;
pub mod fix;
pub mod grammar;
pub mod init;
pub mod input;
pub mod project;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

pub use code::{Code, Severity};
pub use span::{LineIndex, Span};

use check::Finding;
use claims::{Claim, Story};
use document::Document;
use segment::Sentence;

/// What the pipeline makes of one article.
#[derive(Clone, Debug)]
pub struct Checked {
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// Indices of the rule file's `exceptions` that excused a finding.
    pub used_exceptions: Vec<usize>,
    /// What `consistency/cross-article` compares with the story's other
    /// articles, and the directives whose use that decides.
    pub facts: Vec<check::cross::Fact>,
    pub pending: check::Pending,
}

/// Articles up to this size are read whole; a larger one (an archive in
/// one file) is read in chunks of sentences of about [`CHUNK_BYTES`], on
/// every core, so that no per-token table holds the whole file.
pub const WHOLE_BYTES: usize = 4 << 20;
pub const CHUNK_BYTES: usize = 1 << 20;

/// Runs the whole pipeline on one document against one prepared story;
/// the rule file's `exceptions` match the document's path.
pub fn check_document(story: &Story, doc: &Document) -> Checked {
    let path = std::path::Path::new(doc.path.trim_start_matches("./"));
    check_document_at(story, doc, path)
}

/// As [`check_document`], for a document at `relative` (to the project
/// root, as the rule file's `exceptions` globs are written).
pub fn check_document_at(story: &Story, doc: &Document, relative: &std::path::Path) -> Checked {
    check_document_excused(story, doc, &check::Excusals::at(story.rules, relative))
}

/// As [`check_document`], with the rule file's exceptions that apply at
/// the document's path already gathered ([`check::Excusals::at`]): for
/// many documents at one path, such as a rule file's examples.
pub fn check_document_excused(
    story: &Story,
    doc: &Document,
    excusals: &check::Excusals,
) -> Checked {
    let sentences = segment::segment(doc);
    let article_date = claims::dates::article_date(doc, &sentences);
    let claims = if doc.prose.len() <= WHOLE_BYTES {
        claims::extract_in(&claims::Context::new(story, doc, &sentences, article_date))
    } else {
        extract_in_chunks(story, doc, &sentences, article_date)
    };
    let judged = check::run(&check::Context {
        story,
        doc,
        sentences: &sentences,
        claims: &claims,
        article_date,
        excusals,
    });
    Checked {
        sentences,
        claims,
        findings: judged.findings,
        used_exceptions: judged.used_exceptions,
        facts: judged.facts,
        pending: judged.pending,
    }
}

/// The claims of a large article, extracted chunk by chunk in parallel.
/// Each chunk is read as an article of its own that shares the whole
/// article's date: a surname refers back to a full name in the same chunk
/// only.
fn extract_in_chunks(
    story: &Story,
    doc: &Document,
    sentences: &[Sentence],
    article_date: Option<claims::dates::ArticleDate>,
) -> Vec<Claim> {
    use rayon::prelude::*;
    let mut chunks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, s) in sentences.iter().enumerate() {
        if s.span.end.saturating_sub(sentences[start].span.start) >= CHUNK_BYTES {
            chunks.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < sentences.len() {
        chunks.push(start..sentences.len());
    }
    // The dateline claim belongs to the chunk of its sentence (the first
    // chunk for a date in front matter).
    let dated = article_date
        .and_then(|a| sentences.iter().position(|s| s.span.contains(a.span)))
        .unwrap_or(0);
    let per_chunk: Vec<Vec<Claim>> = chunks
        .par_iter()
        .map(|range| {
            let mut cx = claims::Context::new(story, doc, &sentences[range.clone()], article_date);
            cx.owns_article_date = range.contains(&dated);
            let mut claims = claims::extract_in(&cx);
            for claim in &mut claims {
                claim.sentence += range.start;
            }
            // Without the slack of its growth: the chunks wait for each
            // other, and claims are the largest table of a large article.
            claims.shrink_to_fit();
            claims
        })
        .collect();
    // One allocation of the final size, each chunk freed once moved.
    let mut all = Vec::with_capacity(per_chunk.iter().map(Vec::len).sum());
    for chunk in per_chunk {
        all.extend(chunk);
    }
    all
}
