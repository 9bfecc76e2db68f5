//! Key statements matched by the rule file's `supports` and `contradicts` patterns.

use serde::Serialize;

use super::{Claim, Context};

/// A sentence matching one of a claim rule's patterns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PatternClaim {
    /// The claim rule's `id`.
    pub id: String,
    /// `true` for a `supports` pattern, `false` for a `contradicts` one.
    pub supports: bool,
}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
