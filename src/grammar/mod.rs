//! nom grammars shared by the rule loader (values in rule files) and the claim
//! extractors (values in article text): calendar dates and figures.

pub mod date;
pub mod number;
