//! Leadership statements ("led by X") and titles ("Meta CEO X").

use serde::Serialize;

use super::{Claim, Context};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeadershipClaim {}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TitleClaim {}

pub(crate) fn extract(cx: &Context, out: &mut Vec<Claim>) {
    let _ = (cx, out);
}
