//! `unsupported/model`.

use super::{Context, Finding};
use crate::code::Code;

/// The `explain` text of each code this check raises.
pub(super) const EXPLAIN: &[(Code, &str)] = &[];

pub(super) fn check(cx: &Context, out: &mut Vec<Finding>) {
    let _ = (cx, out);
}
