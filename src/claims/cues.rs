//! Cue words: which extractors' word lists a token is in, found with one
//! table lookup when the sentence is tokenized.
//!
//! Extractors read phrases around a few words ("said", "according to",
//! "April", "led by", "chief executive"). Rather than compare every token
//! with every list, each token carries the bits of the lists its lower-cased
//! text is in, and a sentence with none of an extractor's bits is skipped
//! whole. The lists stay where they are read; this module only indexes them.

use crate::claims::attribution_phrases as phrases;
use crate::claims::{dates, leadership};
use crate::grammar::{WordShapes, date};

/// A verb after a source: "X said".
pub const SPEECH: u32 = 1 << 0;
/// The first word of a phrase before a source: "according to X".
pub const SOURCE_BEFORE: u32 = 1 << 1;
/// A group whose view is reported without a name: "analysts".
pub const ANONYMOUS_SUBJECT: u32 = 1 << 2;
/// A verb that ties a date to the story's event.
pub const EVENT_VERB: u32 = 1 << 3;
/// A month or weekday name, `today` or `yesterday`.
pub const DATE_WORD: u32 = 1 << 4;
/// A verb or preposition of leading: "leads", "led (by)", "under".
pub const LEAD: u32 = 1 << 5;
/// A word ending in `-led`: "Wang-led".
pub const LED_SUFFIX: u32 = 1 << 6;
/// The first word of a title: "chief", "CEO", a rule file's own titles.
pub const OFFICE: u32 = 1 << 7;

/// The cue table of a rule set: the built-in lists and the rule file's
/// title words.
#[derive(Debug)]
pub struct Cues {
    /// Lower-cased word → its bits; keyed by bytes, so that a token
    /// lower-cased in a buffer is looked up without a UTF-8 check.
    words: foldhash::HashMap<Box<[u8]>, u32>,
    /// The longest word in the table, in bytes: longer tokens are no cue.
    longest: usize,
    /// The first bytes and lengths of the table's words: most tokens are
    /// ruled out before any hashing.
    shapes: WordShapes,
    /// The first letters of the table's words, for tokens outside ASCII,
    /// whose folded first byte and length [`Cues::shapes`] cannot tell
    /// (`İcra` folds to `icra`, `Pre\u{301}sident` to a longer word).
    first_letters: foldhash::HashSet<char>,
}

impl Cues {
    /// The built-in lists, with the first words of `offices`' phrases.
    pub fn new(offices: &leadership::Offices) -> Cues {
        let mut cues = Cues {
            words: foldhash::HashMap::default(),
            longest: 0,
            shapes: WordShapes::default(),
            first_letters: foldhash::HashSet::default(),
        };
        for word in phrases::VERBS_AFTER_SOURCE {
            cues.add(word, SPEECH);
        }
        for phrase in phrases::PHRASES_BEFORE_SOURCE {
            cues.add(first_word(phrase), SOURCE_BEFORE);
        }
        for word in phrases::ANONYMOUS_SUBJECTS {
            cues.add(word, ANONYMOUS_SUBJECT);
        }
        for word in dates::EVENT_VERBS {
            cues.add(word, EVENT_VERB);
        }
        for (word, _) in date::MONTHS {
            cues.add(word, DATE_WORD);
        }
        for (word, _) in date::WEEKDAYS {
            cues.add(word, DATE_WORD);
        }
        for word in ["today", "yesterday"] {
            cues.add(word, DATE_WORD);
        }
        let lead_words = leadership::LEAD_VERBS
            .iter()
            .chain(leadership::LED_BY)
            .chain(leadership::BARE_LEAD_VERBS)
            .chain(&["under"]);
        for word in lead_words {
            cues.add(word, LEAD);
        }
        for word in offices.first_words() {
            cues.add(word, OFFICE);
        }
        cues
    }

    /// The table without a rule file's titles, for tokens read outside a
    /// story.
    pub fn standard() -> &'static Cues {
        static STANDARD: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
        STANDARD.get_or_init(|| Cues::new(&leadership::Offices::new(&[])))
    }

    fn add(&mut self, word: &str, bits: u32) {
        let word = super::words::caseless(word);
        self.longest = self.longest.max(word.len());
        if let Some(first) = word.chars().next() {
            self.first_letters.insert(first);
            // A word whose accented first letter is typed decomposed
            // starts with the bare letter.
            unicode_normalization::char::decompose_canonical(first, |c| {
                self.first_letters.insert(c);
            });
        }
        self.shapes.insert(word.as_bytes());
        *self
            .words
            .entry(word.into_bytes().into_boxed_slice())
            .or_default() |= bits;
    }

    /// The cue bits of a word token whose possessive-less form is `stem`.
    pub fn of(&self, text: &str, stem: &str) -> u32 {
        let mut bits = self.lookup(text);
        if stem.len() != text.len() {
            // "CEO's": a title with its possessive.
            bits |= self.lookup(stem) & OFFICE;
        }
        if text.len() > 4 && text.is_char_boundary(text.len() - 4) {
            let tail = &text[text.len() - 4..];
            if tail.eq_ignore_ascii_case("-led") {
                bits |= LED_SUFFIX;
            }
        }
        bits
    }

    fn lookup(&self, word: &str) -> u32 {
        if !word.is_ascii() {
            return self.lookup_folded(word);
        }
        let mut buf = [0u8; 32];
        if word.len() > self.longest || word.len() > buf.len() {
            return 0;
        }
        if !self.shapes.may_hold(word.as_bytes()) {
            return 0;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.words.get(&*lower).copied().unwrap_or(0)
    }
}

impl Cues {
    /// [`Cues::lookup`] for a word outside ASCII (`Président`, `İcra`,
    /// `РУКОВОДИТЕЛЬ`, a rule file's titles): folded in full, as the
    /// table's words are, once its first letter may start one of them.
    fn lookup_folded(&self, word: &str) -> u32 {
        // Folding never makes a word more than three times shorter
        // (`\u{212a}`, three bytes, folds to `k`); accents typed
        // decomposed make it longer.
        if word.len() > 3 * self.longest + 3 {
            return 0;
        }
        let Some(first) = word.chars().next().and_then(|c| c.to_lowercase().next()) else {
            return 0;
        };
        if !self.first_letters.contains(&first) {
            return 0;
        }
        let folded = super::words::caseless(word);
        self.words.get(folded.as_bytes()).copied().unwrap_or(0)
    }
}

fn first_word(phrase: &str) -> &str {
    phrase.split(' ').next().unwrap_or(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length filter never hides a word of the table, whatever the
    /// case of its ASCII letters, and a word outside it has no cue.
    #[test]
    fn every_word_of_the_table_is_found() {
        let cues = Cues::standard();
        assert!(!cues.words.is_empty());
        for (word, &bits) in &cues.words {
            let word = std::str::from_utf8(word).unwrap();
            let mut title = word.to_string();
            if let Some(first) = title.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            for written in [word.to_string(), title, word.to_ascii_uppercase()] {
                assert_eq!(cues.lookup(&written), bits, "{written}");
            }
        }
        for other in ["", "x", "Helix", "tensor", "saidd"] {
            assert_eq!(cues.lookup(other), 0, "{other}");
        }
        assert_ne!(cues.of("said", "said") & SPEECH, 0);
        assert_ne!(cues.of("Meta-led", "Meta-led") & LED_SUFFIX, 0);
    }
}
