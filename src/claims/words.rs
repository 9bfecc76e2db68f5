//! Words and punctuation of a sentence, with spans: the tokens extractors
//! that read phrases ("according to X", "X said") walk over.

use super::cues::Cues;
use crate::span::Span;

/// A token of prose: a word (letters, digits, inner apostrophes, hyphens and
/// dots) or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub is_word: bool,
    /// The cue lists ([`super::cues`]) the word is in.
    pub cue: u32,
}

impl<'a> Token<'a> {
    /// Starts with an upper-case letter (a name, or the first word of a sentence).
    pub fn is_capitalized(&self) -> bool {
        self.is_word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word with a possessive `'s` / `’s` removed.
    pub fn stem(&self) -> &'a str {
        stem_of(self.text)
    }

    /// Whether the word is in any of the cue lists `bits` names.
    pub fn cued(&self, bits: u32) -> bool {
        self.cue & bits != 0
    }

    pub fn is(&self, word: &str) -> bool {
        self.is_word && self.text.eq_ignore_ascii_case(word)
    }
}

/// `word` with a possessive `'s` / `’s` removed.
fn stem_of(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// `text` as a key for caseless comparison: accents composed alike (NFC),
/// lower-cased, and the letters whose cases do not map one to one folded
/// (`ß` and `SS`, Turkish dotted and dotless `i`), so that `ŞAHİN` is
/// `Şahin`, `STRASSE` is `Straße` and `Jose\u{301}` is `José`. Only for
/// comparing: its byte offsets are not the text's.
pub fn caseless(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    let mut out = String::with_capacity(text.len());
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        for lower in text.chars().flat_map(char::to_lowercase) {
            push_folded(&mut out, lower);
        }
    } else {
        for lower in text.nfc().flat_map(char::to_lowercase) {
            push_folded(&mut out, lower);
        }
    }
    // Composed again: a capital with an accent that has no composed form
    // (`J̌`, `W̊`) lower-cases to a letter and accent that do (`ǰ`, `ẘ`), as
    // does a dotless `ı` folded to `i` before a diaeresis. Without this, one
    // text would have two keys, by its case.
    if !out.is_ascii() && is_nfc_quick(out.chars()) != IsNormalized::Yes {
        out = out.nfc().collect();
    }
    out
}

/// Pushes a lower-cased character, folding those whose cases do not map
/// one to one.
fn push_folded(out: &mut String, lower: char) {
    match lower {
        // `İ` lower-cases to `i` and a combining dot above.
        '\u{307}' if out.ends_with('i') => {}
        'ı' => out.push('i'),
        // `Σ` lower-cases to `σ` one letter at a time; a word's last
        // sigma is written `ς`.
        'ς' => out.push('σ'),
        'ß' => out.push_str("ss"),
        c => out.push(c),
    }
}

/// Pushes `c` decomposed (NFD), lower-cased and folded.
fn push_decomposed(out: &mut String, c: char) {
    unicode_normalization::char::decompose_canonical(c, |d| {
        for lower in d.to_lowercase() {
            push_folded(out, lower);
        }
    });
}

/// `text` folded for caseless matching like [`caseless`], but with every
/// accent decomposed (NFD) rather than composed, so that each character
/// folds on its own; with, for each byte of the result, the offset in
/// `text` of the character it comes from. Phrases folded the same way
/// ([`decomposed_caseless`]) are found in the result and placed in `text`.
pub fn decomposed_caseless_mapped(text: &str) -> (String, Vec<usize>) {
    if text.is_ascii() {
        return (text.to_ascii_lowercase(), (0..text.len()).collect());
    }
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        push_decomposed(&mut out, c);
        from.resize(out.len(), at);
    }
    (out, from)
}

/// [`decomposed_caseless_mapped`] without the offsets.
pub fn decomposed_caseless(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_decomposed(&mut out, c);
    }
    out
}

/// Whether `a` and `b` are the same text in any case, as [`caseless`]
/// compares (without its cost when both are ASCII).
pub fn same_caseless(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || (!(a.is_ascii() && b.is_ascii()) && caseless(a) == caseless(b))
}

/// A letter, a digit, or a combining mark: a name typed with decomposed
/// accents (`Jose\u{301}`, as some editors and macOS file names write
/// `José`) is one word, not `Jose` and a stray accent.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || (!c.is_ascii()
            && unicode_normalization::char::is_combining_mark(c)
            // Variation selectors (an emoji's `\u{fe0f}`) and enclosing
            // marks (a keycap's `\u{20e3}`) change how a character is
            // drawn, not which letter it is.
            && !matches!(c, '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' | '\u{20dd}'..='\u{20e4}' | '\u{488}' | '\u{489}' | '\u{a670}'..='\u{a672}' | '\u{1abe}'))
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The tokens of every sentence of an article in one buffer, read once.
#[derive(Debug, Default)]
pub struct Tokens<'a> {
    all: Vec<Token<'a>>,
    /// Where each sentence's tokens end in `all`.
    ends: Vec<usize>,
}

impl<'a> Tokens<'a> {
    pub fn of_sentences(
        prose: &'a str,
        sentences: &[crate::segment::Sentence],
        cues: &Cues,
    ) -> Self {
        // About one token per five bytes of the sentences (a chunk of a
        // large article is not the whole of it).
        let bytes = match (sentences.first(), sentences.last()) {
            (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
            _ => 0,
        };
        let mut all = Vec::with_capacity(bytes / 5);
        let mut ends = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            push_tokens(prose, sentence.span, cues, &mut all);
            ends.push(all.len());
        }
        Tokens { all, ends }
    }

    /// The tokens of sentence `index` (none for an index out of range).
    pub fn of(&self, index: usize) -> &[Token<'a>] {
        let Some(&end) = self.ends.get(index) else {
            return &[];
        };
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        &self.all[start..end]
    }
}

/// Tokenizes `span` of `prose`. Whitespace separates tokens and is dropped.
pub fn tokens(prose: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    push_tokens(prose, span, Cues::standard(), &mut out);
    out
}

/// Appends the tokens of `span` of `prose` to `out`.
pub fn push_tokens<'a>(prose: &'a str, span: Span, cues: &Cues, out: &mut Vec<Token<'a>>) {
    let text = span.slice(prose);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_word_char(c) {
            let end = i + len;
            out.push(Token {
                text: &text[i..end],
                span: Span::new(span.start + i, span.start + end),
                is_word: false,
                cue: 0,
            });
            i = end;
            continue;
        }
        let mut end = i + len;
        while let Some((d, len)) = char_at(text, end) {
            // A joiner stays inside the word only between word characters.
            let joins =
                || is_joiner(d) && char_at(text, end + len).is_some_and(|(e, _)| is_word_char(e));
            if is_word_char(d) || joins() {
                end += len;
            } else {
                break;
            }
        }
        let word = &text[i..end];
        let stem = stem_of(word);
        out.push(Token {
            text: word,
            span: Span::new(span.start + i, span.start + end),
            is_word: true,
            cue: cues.of(word, stem),
        });
        i = end;
    }
}

/// The character at byte `i` of `text` (a character boundary) and its
/// length; ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let &b = text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `caseless` is a key: texts the same in any case, or in any
    /// composition of their accents, get the same one.
    #[test]
    fn caseless_composes_what_lower_casing_leaves_decomposed() {
        for (a, b) in [
            ("J\u{30c}et", "j\u{30c}et"),
            ("J\u{30c}et", "\u{1f0}et"),
            ("W\u{30a}", "\u{1e98}"),
            ("NAı\u{308}VE", "naïve"),
            ("Naı\u{308}ve", "Nai\u{308}ve"),
        ] {
            assert_eq!(caseless(a), caseless(b), "{a:?} {b:?}");
            assert!(same_caseless(a, b), "{a:?} {b:?}");
            assert_eq!(caseless(&caseless(a)), caseless(a), "{a:?}");
        }
        assert_ne!(caseless("jet"), caseless("\u{1f0}et"));
    }

    #[test]
    fn words_keep_inner_joiners() {
        let text = "Meta’s lab, per Scale.AI — “yes.”";
        let toks: Vec<&str> = tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            toks,
            [
                "Meta’s", "lab", ",", "per", "Scale.AI", "—", "“", "yes", ".", "”"
            ]
        );
    }
}
