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
pub mod document;
pub mod grammar;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

pub use code::{Code, Severity};
pub use span::{LineIndex, Span};
