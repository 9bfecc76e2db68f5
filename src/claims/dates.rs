//! Dates: the article's own date and the dates its sentences state.

use serde::Serialize;

use super::{Claim, Context};
use crate::document::Document;
use crate::segment::Sentence;
use crate::span::Span;

/// The article's own date: from front matter or a dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleDate {
    pub date: jiff::civil::Date,
    pub span: Span,
}

/// Finds the article's own date.
pub fn article_date(doc: &Document, sentences: &[Sentence]) -> Option<ArticleDate> {
    let _ = (doc, sentences);
    None
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateClaim {}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
