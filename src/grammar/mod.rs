//! nom grammars shared by the rule loader (values in rule files) and the claim
//! extractors (values in article text): calendar dates and figures.

pub mod date;
pub mod number;

use nom::IResult;

/// `tag` in any ASCII case: only ASCII letters are folded, every other
/// byte must match as it is. nom's `tag_no_case` lower-cases whole
/// characters and then takes the tag's length in bytes from the input,
/// which splits a character whose lower case is shorter: the Kelvin sign
/// `\u{212a}` lower-cases to `k`, and `$2\u{212a}` read as `$2k` panicked.
pub(crate) fn tag_ascii_no_case<'a>(
    tag: &'static str,
) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| match i.split_at_checked(tag.len()) {
        Some((head, rest)) if head.as_bytes().eq_ignore_ascii_case(tag.as_bytes()) => {
            Ok((rest, head))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// The shapes of a table of lower-case words: for each first byte, a bit per
/// length (up to 63 bytes) of the words that start with it. A word whose
/// ASCII-lower-cased first byte and length match no entry is ruled out
/// before it is hashed; most words of running text are.
#[derive(Debug)]
pub struct WordShapes([u64; 256]);

impl Default for WordShapes {
    fn default() -> Self {
        WordShapes([0; 256])
    }
}

impl WordShapes {
    /// Files `word` (already lower case).
    pub fn insert(&mut self, word: &[u8]) {
        if let Some(&first) = word.first() {
            self.0[usize::from(first)] |= 1 << word.len().min(63);
        }
    }

    /// Whether some word of the table has `word`'s first byte (ASCII
    /// lower-cased) and length.
    pub fn may_hold(&self, word: &[u8]) -> bool {
        word.first().is_some_and(|&first| {
            self.0[usize::from(first.to_ascii_lowercase())] & (1 << word.len().min(63)) != 0
        })
    }
}
