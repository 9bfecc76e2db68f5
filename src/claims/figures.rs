//! Figures: numbers with scale words, currency, percent, unit nouns.

use serde::Serialize;

use super::{Claim, Context};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureClaim {}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
