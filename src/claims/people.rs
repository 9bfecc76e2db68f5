//! Person mentions.

use serde::Serialize;

use super::{Claim, Context};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonClaim {}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
