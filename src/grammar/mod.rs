//! nom grammars shared by the rule loader (values in rule files) and the claim
//! extractors (values in article text): calendar dates and figures.

pub mod date;
pub mod number;

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
