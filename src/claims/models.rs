//! Model names of declared families.

use serde::Serialize;

use super::{Claim, Context};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ModelClaim {}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
