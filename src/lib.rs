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
}

/// Runs the whole pipeline on one document against one prepared story.
pub fn check_document(story: &Story, doc: &Document) -> Checked {
    let sentences = segment::segment(doc);
    let article_date = claims::dates::article_date(doc, &sentences);
    let claims = claims::extract_in(&claims::Context::new(story, doc, &sentences, article_date));
    let (findings, used_exceptions) = check::run(&check::Context {
        story,
        doc,
        sentences: &sentences,
        claims: &claims,
        article_date,
    });
    Checked {
        sentences,
        claims,
        findings,
        used_exceptions,
    }
}
